/* test_entities_openings.c - where a name starts.  Gazetteer places whose
 * own name starts with "The" ("The Hague", "The Bronx"): "The" is a stop
 * word, never a name word of a run, so the run is extended over it only
 * when the gazetteer's name holds it; "The U.S. Treasury Department", which
 * the place lookup would also read as a place, keeps its name without
 * "The".  The dash that ends a dateline starts a sentence, so a capitalised
 * modifier after it is no part of the name ("ACCRA, Ghana — Former
 * President John Mahama").  "Ex-President" is a title.  Initials start a
 * person's name ("A. J. Smith", "J. K. Rowling"), not a state's
 * abbreviation ("W. Va."). */
#include "entities_fixture.h"

static void test_the_places_hold_their_the(void **state)
{
	struct fixture *f = *state;
	run(f, "Mark Rutte met the king in The Hague on Saturday.");
	assert_string_equal(render(f), "person Mark Rutte\n"
	                               "city The Hague [in: Netherlands]\n"
	                               "country Netherlands\n");
	assert_string_equal(render_mentions(f), "Mark Rutte>Mark Rutte | The Hague>The Hague");
	run(f, "THE HAGUE (Reuters) - Mark Rutte resigned on Friday.");
	assert_string_equal(render_mentions(f), "THE HAGUE>The Hague | Reuters>Reuters | "
	                                        "Mark Rutte>Mark Rutte");
	run(f, "He flew from Los Angeles to The Bronx.");
	assert_string_equal(render_mentions(f), "Los Angeles>Los Angeles | The Bronx>The Bronx");
}

static void test_the_places_not_for_other_names(void **state)
{
	struct fixture *f = *state;
	/* (the country and the department, as the written conventions split
	 * them: department_countries) */
	run(f, "Officials of The U.S. Treasury Department met on Monday.");
	assert_string_equal(render_mentions(f),
	                    "U.S.>United States | Treasury Department>Treasury Department");
}

/* run(), with the metadata stage before the entities (it finds datelines). */
static void run_article(struct fixture *f, const char *text)
{
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_metadata(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities(&f->doc, &f->toks), 0);
}

static void test_openings_after_a_dateline_dash(void **state)
{
	struct fixture *f = *state;
	run_article(f, "ACCRA, Ghana — Former President John Mahama won the election.");
	assert_string_equal(render_mentions(f), "ACCRA>Accra | Ghana>Ghana | "
	                                        "John Mahama>John Mahama");
	run_article(f, "ACCRA (Reuters) - Former President John Mahama won.");
	assert_string_equal(render_mentions(f), "ACCRA>Accra | Reuters>Reuters | "
	                                        "John Mahama>John Mahama");
}

static void test_openings_ex_title(void **state)
{
	struct fixture *f = *state;
	run(f, "Ex-President Donald Trump spoke on Monday.");
	assert_string_equal(render(f), "person Donald Trump [role: Ex-President]\n");
}

static void test_openings_initials(void **state)
{
	struct fixture *f = *state;
	run(f, "General manager A. J. Smith said on Monday.");
	assert_string_equal(render(f), "person A. J. Smith [role: manager]\n");
	run(f, "J. K. Rowling said on Monday.");
	assert_string_equal(render_mentions(f), "J. K. Rowling>J. K. Rowling");
	run(f, "Officials said J. Smith would play.");
	assert_string_equal(render_mentions(f), "J. Smith>J. Smith");
	run(f, "Rep. Nick Rahall, D - W. Va., chairs the committee.");
	assert_string_equal(render_mentions(f), "Nick Rahall>Nick Rahall");
	run(f, "The J. Crew Group said on Monday.");
	assert_string_equal(render(f), "org J. Crew Group\n");
}

/* Out of memory anywhere in a text with such a place fails cleanly. */
static void test_the_places_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "Mark Rutte met the king in The Hague.") > 5);
	assert_string_equal(render_mentions(f), "Mark Rutte>Mark Rutte | The Hague>The Hague");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_the_places_hold_their_the, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_the_places_not_for_other_names, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_openings_after_a_dateline_dash, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_openings_ex_title, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_openings_initials, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_the_places_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
