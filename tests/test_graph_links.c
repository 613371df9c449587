/* test_graph_links.c - owl:sameAs from a place to its Wikidata item and its
 * GeoNames feature, written only for places whose gazetteer id carries one;
 * and from an organisation to its Wikidata item (extract/orgs.h), written
 * only under the rule of graph/graph.c's header comment: organisations
 * only, unambiguous keys, weak names only as the canonical name of an
 * organisation with a specific class, and never when two names of one
 * entity find two organisations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "extract/lexicon.h"
#include "extract/orgs.h"
#include "graph/graph.h"

#define S(lit) nkg_str_from_cstr(lit)

#define SAME  "> <http://www.w3.org/2002/07/owl#sameAs> "
#define PLACE "<https://w3id.org/newskg/id/place/"
#define ORG   "<https://w3id.org/newskg/id/organization/"
#define WD    "<http://www.wikidata.org/entity/"

static const char text[] = "Iraq Baghdad Jadiriyah Atlantis Sadr Paris Paris";

/* Iraq (country "IQ"), Baghdad (city), Jadiriyah (a district the gazetteer
 * lacks), Atlantis (an id the gazetteer does not know) and a person whose
 * lex_id names a country: only the first two get links.  Two cities called
 * Paris: the one the name alone names (France) is place/paris, the other
 * (Texas, as a dateline's region chooses) place/paris-texas. */
static void links_doc(struct nkg_doc *d)
{
	static const struct {
		enum nkg_entity_class cls;
		const char *name, *lex_id;
		uint32_t b, e;
	} ents[] = {
	        {NKG_CLASS_COUNTRY, "Iraq", "IQ", 0, 4},
	        {NKG_CLASS_CITY, "Baghdad", "city:IQ:baghdad", 5, 12},
	        {NKG_CLASS_DISTRICT, "Jadiriyah", "", 13, 22},
	        {NKG_CLASS_CITY, "Atlantis", "city:XX:atlantis", 23, 31},
	        {NKG_CLASS_PERSON, "Sadr", "IQ", 32, 36},
	        {NKG_CLASS_CITY, "Paris", "city:FR:paris", 37, 42},
	        {NKG_CLASS_CITY, "Paris", "city:US:paris", 43, 48},
	};
	nkg_doc_init(d, text, sizeof(text) - 1);
	d->id = S("links");
	for (size_t i = 0; i < sizeof(ents) / sizeof(ents[0]); i++) {
		uint32_t k;

		assert_int_equal(nkg_doc_add_entity(d, ents[i].cls, S(ents[i].name), 1.0f, "t", &k),
		                 0);
		d->entities[k].lex_id = S(ents[i].lex_id);
		assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){ents[i].b, ents[i].e},
		                                     NKG_MENTION_ENTITY, k, 1.0f, "t"),
		                 0);
	}
}

/* Writes d as N-Triples; returns the malloc'd text, rc in *rc. */
static char *write_nt(const struct nkg_doc *d, int *rc, unsigned long fail_at)
{
	struct nkg_graph_options opt = {NKG_FORMAT_NTRIPLES, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	char *out = NULL;
	size_t len = 0, n = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	assert_int_equal(nkg_writer_new(&opt, fp, &w), 0);
	if (fail_at)
		nkg_alloc_fail_after(fail_at, 1);
	*rc = nkg_writer_add(w, d, &n);
	nkg_alloc_fail_after(0, 0);
	if (!*rc)
		*rc = nkg_writer_finish(w);
	nkg_writer_free(w);
	fclose(fp);
	return out;
}

/* The lines of text holding owl:sameAs, in order, each ending in '\n'. */
static void same_as_lines(const char *nt, char *out, size_t cap)
{
	char *copy = strdup(nt);
	size_t n = 0;

	assert_non_null(copy);
	out[0] = '\0';
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		if (strstr(line, SAME))
			n += (size_t)snprintf(out + n, cap - n, "%s\n", line);
		assert_true(n < cap);
	}
	free(copy);
}

static const char want_links[] = PLACE "baghdad" SAME "<https://sws.geonames.org/98182/> .\n" PLACE
                                       "iraq" SAME "<http://www.wikidata.org/entity/Q796> .\n" PLACE
                                       "paris" SAME "<https://sws.geonames.org/2988507/> .\n" PLACE
                                       "paris-texas" SAME "<https://sws.geonames.org/4717560/> .\n";

static void test_links_only_known_places(void **state)
{
	struct nkg_doc d;
	char got[2048];
	int rc;
	(void)state;
	links_doc(&d);
	char *out = write_nt(&d, &rc, 0);
	assert_int_equal(rc, 0);
	same_as_lines(out, got, sizeof(got));
	assert_string_equal(got, want_links);
	free(out);
	nkg_doc_release(&d);
}

/* Writes d with every allocation failing in turn until one run succeeds:
 * each failed run is NKG_ENOMEM with nothing written, never a graph
 * silently without its links; the run that succeeds has exactly want. */
static void links_survive_failures(const struct nkg_doc *d, const char *want)
{
	char got[2048];
	int rc;

	for (unsigned long n = 1;; n++) {
		char *out = write_nt(d, &rc, n);

		if (rc == 0) {
			same_as_lines(out, got, sizeof(got));
			assert_string_equal(got, want);
			free(out);
			break;
		}
		assert_int_equal(rc, NKG_ENOMEM);
		assert_true(out == NULL || out[0] == '\0');
		free(out);
		assert_true(n < 100000);
	}
}

/* The gazetteer's first load inside the writer included. */
static void test_links_out_of_memory(void **state)
{
	struct nkg_doc d;
	(void)state;
	nkg_lexicon_free(); /* so that the load happens inside the writer */
	links_doc(&d);
	links_survive_failures(&d, want_links);
	nkg_doc_release(&d);
}

/* ---- organisations ----------------------------------------------------------- */

static const char org_text[] =
        "NISSAN Boeing Toyota Amazon Target Amazon.com Renault Group Renault "
        "Shell Airbus Boeing Co. Ministry of Defence";

struct ent {
	enum nkg_entity_class cls;
	const char *name;
	const char *alt; /* or NULL */
};

/* Each entity's name is found in org_text for its mention. */
static void org_doc(struct nkg_doc *d)
{
	static const struct ent ents[] = {
	        {NKG_CLASS_CORPORATION, "NISSAN", NULL},              /* folded: Q20165 */
	        {NKG_CLASS_PERSON, "Boeing", NULL},                   /* a person: no link */
	        {NKG_CLASS_CITY, "Toyota", NULL},                     /* a place: no org link */
	        {NKG_CLASS_ORGANIZATION, "Target", NULL},             /* weak, plain Organization */
	        {NKG_CLASS_CORPORATION, "Amazon", NULL},              /* weak, but a Corporation */
	        {NKG_CLASS_ORGANIZATION, "Renault Group", "Renault"}, /* by its alt name */
	        {NKG_CLASS_ORGANIZATION, "Shell", NULL},              /* ambiguous: no link */
	        {NKG_CLASS_ORGANIZATION, "Airbus", "Boeing"}, /* two organisations: no link */
	        /* an operator named for its kind: no link even for a specific class */
	        {NKG_CLASS_GOVERNMENT_ORG, "Ministry of Defence", NULL},
	};
	nkg_doc_init(d, org_text, sizeof(org_text) - 1);
	d->id = S("org-links");
	for (size_t i = 0; i < sizeof(ents) / sizeof(ents[0]); i++) {
		const char *at = strstr(org_text, ents[i].name);
		uint32_t k, b;

		assert_non_null(at);
		b = (uint32_t)(at - org_text);
		assert_int_equal(nkg_doc_add_entity(d, ents[i].cls, S(ents[i].name), 1.0f, "t", &k),
		                 0);
		if (ents[i].alt)
			assert_int_equal(nkg_entity_add_alt_name(d, k, S(ents[i].alt)), 0);
		assert_int_equal(nkg_doc_add_mention(
		                         d,
		                         (struct nkg_span){b, b + (uint32_t)strlen(ents[i].name)},
		                         NKG_MENTION_ENTITY, k, 1.0f, "t"),
		                 0);
	}
}

static const char want_org_links[] = ORG "amazon" SAME WD "Q3884> .\n" ORG "nissan" SAME WD
                                         "Q20165> .\n" ORG "renault-group" SAME WD "Q6686> .\n";

static void test_org_links_by_rule(void **state)
{
	struct nkg_doc d;
	char got[2048];
	int rc;
	(void)state;
	org_doc(&d);
	char *out = write_nt(&d, &rc, 0);
	assert_int_equal(rc, 0);
	same_as_lines(out, got, sizeof(got));
	assert_string_equal(got, want_org_links);
	free(out);
	nkg_doc_release(&d);
}

/* Both tables' first loads inside the writer included. */
static void test_org_links_out_of_memory(void **state)
{
	struct nkg_doc d;
	(void)state;
	nkg_orgs_free(); /* so that the loads happen inside the writer */
	nkg_lexicon_free();
	org_doc(&d);
	links_survive_failures(&d, want_org_links);
	nkg_doc_release(&d);
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_orgs_free();
	nkg_lexicon_free();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_links_only_known_places),
	        cmocka_unit_test(test_links_out_of_memory),
	        cmocka_unit_test(test_org_links_by_rule),
	        cmocka_unit_test(test_org_links_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
