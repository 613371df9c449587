/* test_entities_mend18.c - a person's name before a word of kin ("the
 * Lerner family") is a mention of rule "entities.family", found by the
 * extractor from the text (it was merge --link's reading of nif:isString),
 * and what stays of the mention: its entity in the article. */
#include "entities_fixture.h"

/* The mentions as render_mentions, each with its rule: "span>entity:rule". */
static const char *render_rules(struct fixture *f)
{
	struct nkg_doc *d = &f->doc;
	nkg_doc_sort_mentions(d);
	nkg_buf_reset(&f->out);
	for (uint32_t m = 0; m < d->n_mentions; m++) {
		const struct nkg_mention *mt = &d->mentions[m];
		if (m)
			nkg_buf_addstr(&f->out, " | ");
		add_str(&f->out, nkg_doc_slice(d, mt->span));
		nkg_buf_addstr(&f->out, ">");
		add_str(&f->out, d->entities[mt->target].name);
		nkg_buf_addstr(&f->out, ":");
		nkg_buf_addstr(&f->out, mt->rule);
	}
	return f->out.ptr ? f->out.ptr : "";
}

/* family-mention: the surname before "family" keeps the entity coreference
 * gave it, the person the article names in full (the article names him;
 * a person "Obama" of its own would be a false person), and takes the rule
 * that says it names his family; the full name and the later bare surname
 * keep their own rules. */
static void test_mend18_family_mention_keeps_person(void **state)
{
	struct fixture *f = *state;
	run(f, "The Obama family arrived on Friday. Barack Obama said they were glad. "
	       "Obama spoke later.");
	assert_string_equal(render_rules(f), "Obama>Barack Obama:entities.family | "
	                                     "Barack Obama>Barack Obama:entities.capitalized-run | "
	                                     "Obama>Barack Obama:entities.coref.same-name");
	assert_string_equal(render(f), "person Barack Obama [alt: Obama]\n");
}

/* A bare surname named only before a kin word: its own person, every
 * mention so written of rule entities.family (in any case; another word of
 * kin after a full name's surname); merge --link reads the rule. */
static void test_mend18_family_mention_alone(void **state)
{
	struct fixture *f = *state;
	run(f, "Officials said the Lerner family, which owns the team, agreed.");
	assert_string_equal(render_rules(f), "Lerner>Lerner:entities.family");
	run(f, "Officials said the LERNER FAMILY, which owns the team, agreed.");
	assert_string_equal(render_rules(f), "LERNER>LERNER:entities.family");
	run(f, "Ted Lerner said the Lerner brothers, who own the team, agreed.");
	assert_string_equal(render_rules(f), "Ted Lerner>Ted Lerner:entities.given-name | "
	                                     "Lerner>Ted Lerner:entities.family");
	run(f, "Ted Lerner runs the Lerner family-owned team.");
	assert_string_equal(render_rules(f), "Ted Lerner>Ted Lerner:entities.given-name | "
	                                     "Lerner>Ted Lerner:entities.family");
	/* the tagger's organisation "Lerner": no person, no family mark */
	run(f, "Officials said the Lerner family-owned team agreed.");
	assert_string_equal(render_rules(f), "Lerner>Lerner:entities.model");
}

/* Not a word of kin: a longer word that starts like one ("familiar"), two
 * spaces, or a word between; and the rule is a person's only. */
static void test_mend18_family_mention_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Officials said Anna Lutz familiarized herself with the case.");
	assert_string_equal(render_rules(f), "Anna Lutz>Anna Lutz:entities.given-name");
	run(f, "Officials said Anna Lutz  family members agreed.");
	assert_string_equal(render_rules(f), "Anna Lutz>Anna Lutz:entities.given-name");
	run(f, "Officials said Anna Lutz's family agreed.");
	assert_string_equal(render_rules(f), "Anna Lutz>Anna Lutz:entities.given-name");
	run(f, "Officials in France said the family agreed.");
	assert_string_equal(render_rules(f), "France>France:entities.gazetteer.country");
	run(f, "The Sony family of brands grew.");
	assert_string_equal(render_rules(f), "Sony>Sony:entities.known-org");
}

static void test_mend18_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "The Obama family met Barack Obama.") > 5);
	assert_string_equal(render_mentions(f), "Obama>Barack Obama | Barack Obama>Barack Obama");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_mend18_family_mention_keeps_person, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_mend18_family_mention_alone, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_mend18_family_mention_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_mend18_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
