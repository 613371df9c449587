/* test_events16b.c - (issue 4) participants that are descriptions ("A
 * driver has been charged with DWI", "a gunman killed a woman"): an event
 * told as having happened whose participants the text describes without
 * a name is kept, the description in its role (struct nkg_described); the
 * generic, negated and hypothetical stay dropped; the graph gives each
 * description a node of its article (nkg:DescribedParticipant, a
 * schema:Person, labelled as written) and never an IRI another article
 * could share.  As in the other event tests, the entities are added by
 * hand. */
#include "events_fixture.h"

#include "graph/graph.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
}

/* A charge of a described driver, and the offence he is charged with:
 * the driver its offender. */
static void test_described_driver(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A driver has been charged with DWI.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "charge patient:\"A driver\" [charged]; "
	               "driving-offence agent:\"A driver\" [DWI]");
	fx_release(&f);

	/* a named driver is the entity, and no description is added */
	fx_sunday(&f, "Jamal Williams has been charged with DWI.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	fx_run(&f);
	EVENTS_ARE(&f, "charge patient:Jamal Williams [charged]; "
	               "driving-offence agent:Jamal Williams [DWI]");
	fx_release(&f);
}

/* Subject and object of an active verb, the subject of a passive and its
 * "by" phrase, the one who died; modifiers and a compound head kept as
 * written. */
static void test_described_roles(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A gunman killed a woman. The suspect was arrested by a police officer. "
	              "A 23-year-old man died.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "killing agent:\"A gunman\" patient:\"a woman\" [killed]; "
	               "arrest patient:\"The suspect\" agent:\"a police officer\" [arrested]; "
	               "death patient:\"A 23-year-old man\" [died]");
	fx_release(&f);

	/* a name fills its role; the description only the other one */
	fx_sunday(&f, "A gunman killed John Smith in Leeds.\n");
	named(&f, NKG_CLASS_PERSON, "John Smith");
	named(&f, NKG_CLASS_CITY, "Leeds");
	fx_run(&f);
	EVENTS_ARE(&f, "killing patient:John Smith agent:\"A gunman\" in:Leeds [killed]");
	fx_release(&f);
}

/* What must stay dropped: the hypothetical ("could be arrested"), the
 * negated ("was not killed"), the generic present ("is arrested"), a
 * description that does not open its clause ("the wife of a man killed":
 * the man is no subject of "killed"), a possessive's owner ("a woman's
 * car"), a noun that is no person ("a car"). */
static void test_described_dropped(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A driver who drinks could be arrested. A woman was not killed. "
	              "A driver who speeds is arrested. The wife of a man killed spoke. "
	              "A woman's car was attacked. A car was attacked.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* The graph: a node under the article's IRI for each description, a
 * person labelled and named as written, in its role of the event. */
static void test_described_graph(void **state)
{
	(void)state;
	struct fx f;
	char *text = NULL;
	size_t len = 0, n = 0;
	fx_sunday(&f, "A gunman killed a woman.\n");
	f.doc.id = nkg_str_from_cstr("t1");
	fx_run(&f);
	FILE *fp = open_memstream(&text, &len);
	assert_non_null(fp);
	struct nkg_graph_options opt = {NKG_FORMAT_NTRIPLES, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	assert_int_equal(nkg_writer_new(&opt, fp, &w), 0);
	assert_int_equal(nkg_writer_add(w, &f.doc, &n), 0);
	assert_int_equal(nkg_writer_finish(w), 0);
	nkg_writer_free(w);
	fclose(fp);
#define DOC "<https://w3id.org/newskg/id/doc/t1"
	static const char *const lines[] = {
	        DOC "/described/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
	            "<https://w3id.org/newskg/ns#DescribedParticipant> .",
	        DOC "/described/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
	            "<http://schema.org/Person> .",
	        DOC "/described/1> <http://www.w3.org/2000/01/rdf-schema#label> \"A gunman\" .",
	        DOC "/described/1> <http://schema.org/name> \"A gunman\" .",
	        DOC "/described/2> <http://schema.org/name> \"a woman\" .",
	        DOC "/event/killing-1> <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> " DOC
	            "/described/2> .",
	        DOC "/event/killing-1> <https://w3id.org/newskg/ns#hasRole> " DOC
	            "/described/1/role/agent> .",
	        DOC "/described/1/role/agent> <http://semanticweb.cs.vu.nl/2009/11/sem/roleType> "
	            "<https://w3id.org/newskg/ns#Agent> .",
	        DOC
	        "/described/2/role/patient> <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> " DOC
	        "/described/2> .",
	};
#undef DOC
	for (size_t k = 0; k < sizeof(lines) / sizeof(lines[0]); k++) {
		if (!strstr(text, lines[k]))
			fail_msg("missing: %s\n%s", lines[k], text);
	}
	free(text);
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_described_driver),
	        cmocka_unit_test(test_described_roles),
	        cmocka_unit_test(test_described_dropped),
	        cmocka_unit_test(test_described_graph),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
