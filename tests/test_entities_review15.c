/* test_entities_review15.c - the review of session 11's entity rules
 * (/work/briefs/review15e.md): a government department's name does not go
 * on over "in" and a country ("the Ministry of Defence in Britain"); "and"
 * joins no place a preposition governs ("officials from Texas and Louisiana
 * State University") and no body named by its head alone ("the Senate and
 * House Armed Services Committee") to the next name; a continent with a
 * number after it is no place of its own ("Europe 1"); a time zone in
 * capitals after a clock time is no name ("at noon ET"). */
#include "entities_fixture.h"

/* "in" and a country after a ministry, department or bureau "of" a field
 * say where it is. */
static void test_review15_department_in_country(void **state)
{
	struct fixture *f = *state;
	run(f, "The Ministry of Varnley Affairs in Ghana said on Monday.");
	assert_string_equal(
	        render_mentions(f),
	        "Ministry of Varnley Affairs>Ministry of Varnley Affairs | Ghana>Ghana");
	run(f, "The Department of Quill Trade in the United States said.");
	assert_string_equal(render_mentions(f), "Department of Quill Trade>Department of Quill "
	                                        "Trade | United States>United States");
}

/* What stays: another body's name goes on over "in" and a country. */
static void test_review15_department_in_country_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The Coordinating Office for Varnley Trade in Ghana said.");
	assert_string_equal(render_mentions(f), "Coordinating Office for Varnley Trade in Ghana>"
	                                        "Coordinating Office for Varnley Trade in Ghana");
}

/* A place after a preposition, or a legislature, before "and" starts no
 * body's name. */
static void test_review15_and_names_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Officials from Ohio and Indiana Quill College met.");
	assert_string_equal(render_mentions(f),
	                    "Ohio>Ohio | Indiana Quill College>Indiana Quill College");
	run(f, "The Senate and House Varnley Committee agreed.");
	assert_string_equal(render_mentions(f),
	                    "Senate>Senate | House Varnley Committee>House Varnley Committee");
}

/* What stays: "and" after "the" and a place starts a name whose first
 * word is a place of the same kind. */
static void test_review15_and_names(void **state)
{
	struct fixture *f = *state;
	run(f, "The England and Wales Rowing Board said.");
	assert_string_equal(render_mentions(f),
	                    "England and Wales Rowing Board>England and Wales Rowing Board");
}

/* A country before the words and "and" is the body's own and starts its
 * name; after a preposition it is the place, and the words after it start
 * the name. */
static void test_review15_and_names_country(void **state)
{
	struct fixture *f = *state;
	run(f, "The Ghana Timber and Quill Association said.");
	assert_string_equal(render_mentions(f), "Ghana Timber and Quill Association>Ghana Timber "
	                                        "and Quill Association");
	run(f, "Exports from Ghana Timber and Quill Association members rose.");
	assert_string_equal(
	        render_mentions(f),
	        "Ghana>Ghana | Timber and Quill Association>Timber and Quill Association");
}

/* A continent and a number after it is no place alone. */
static void test_review15_continent_numbered(void **state)
{
	struct fixture *f = *state;
	run(f, "The French station Europe 1 broadcast the interview.");
	assert_string_equal(render_mentions(f), "Europe 1>Europe 1");
}

/* What stays: after "in" the continent is the place. */
static void test_review15_continent_numbered_not(void **state)
{
	struct fixture *f = *state;
	run(f, "He said that in Europe 2 banks failed.");
	assert_string_equal(render_mentions(f), "Europe>Europe");
	assert_string_equal(render(f), "place Europe\n");
}

/* A time zone in capitals after a clock time is no name. */
static void test_review15_clock_zones(void **state)
{
	struct fixture *f = *state;
	run(f, "Polls close at noon ET on Tuesday.");
	assert_string_equal(render_mentions(f), "");
	run(f, "The summit begins at 14:00 CET in Brussels.");
	assert_string_equal(render_mentions(f), "Brussels>Brussels");
	run(f, "The show starts at 8 p.m. BST tonight.");
	assert_string_equal(render_mentions(f), "");
}

/* What stays: the same letters elsewhere are an acronym's. */
static void test_review15_clock_zones_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The BST unit said on Monday.");
	assert_string_equal(render_mentions(f), "BST>BST");
}

/* "D.C." alone is the city of Washington, not an acronym's body. */
static void test_review15_dc(void **state)
{
	struct fixture *f = *state;
	run(f, "The meeting was held in Washington, D.C., on Friday. She moved to D.C. later.");
	assert_string_equal(render_mentions(f),
	                    "Washington>Washington D.C. | D.C.>Washington D.C. | "
	                    "D.C.>Washington D.C.");
}

/* What stays: "D.C." in a longer name is that name's. */
static void test_review15_dc_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The D.C. Council voted on Monday.");
	assert_string_equal(render_mentions(f), "D.C. Council>D.C. Council");
}

/* Every allocation failing in turn through these rules fails cleanly. */
static void test_review15_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f,
	                                 "The Ministry of Varnley Affairs in Ghana and the "
	                                 "Senate and House Varnley Committee met at noon ET.") > 5);
	assert_string_equal(
	        render_mentions(f),
	        "Ministry of Varnley Affairs>Ministry of Varnley Affairs | Ghana>Ghana | "
	        "Senate>Senate | House Varnley Committee>House Varnley Committee");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_review15_department_in_country, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_review15_department_in_country_not, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_review15_and_names_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_and_names, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_and_names_country, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_continent_numbered, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_continent_numbered_not, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_review15_clock_zones, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_clock_zones_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_dc, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_dc_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review15_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
