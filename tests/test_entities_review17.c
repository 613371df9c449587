/* test_entities_review17.c - session 13's review of the entity commits
 * (/work/notes/review17.md, E1-E7), mended: a month after a given name that
 * is a place ("Victoria May Lift ..."), a gerund opening a sentence before a
 * country ("Cycling Vietnam ..."), an event named after a feature ("the Gulf
 * War"), a subdivision named as a feature ("Gulf Province", IRIs), and a
 * town's club ("Grimsby Town beat ..."). */
#include "entities_fixture.h"

/* E1: a state's or country's name before "May" is the place, the month the
 * modal verb; a city before a month in a headline or after "in" too. */
static void test_review17_month_after_place(void **state)
{
	struct fixture *f = *state;
	run(f, "Runoff in Georgia May Decide Control of Senate");
	assert_string_equal(render_mentions(f), "Georgia>Georgia");
	run(f, "The vote in Georgia May decide the race.");
	assert_string_equal(render_mentions(f), "Georgia>Georgia");
	run(f, "Sales at Victoria August events fell.");
	assert_string_equal(render_mentions(f), "Victoria>Victoria");
	run(f, "Florence April Floods Revisited");
	assert_string_equal(render_mentions(f), "Florence>Florence");
	run(f, "Victoria May Lift Lockdown Early");
	assert_string_equal(render_mentions(f), "");
}

/* What stays: a person's given name that is no such place, and a city's
 * name that is a given name ("Elizabeth") with no headline or "in". */
static void test_review17_month_after_place_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Prime Minister Theresa May met Elizabeth May on Monday.");
	assert_string_equal(render_mentions(f), "Theresa May>Theresa May | Elizabeth May>Elizabeth May");
}

/* E7: an -ing word opening a sentence before a country is a gerund. */
static void test_review17_gerund_country(void **state)
{
	struct fixture *f = *state;
	run(f, "Cycling Vietnam from north to south takes a month, the guide said.");
	assert_string_equal(render_mentions(f), "Vietnam>Vietnam");
	run(f, "Sailing Croatia is cheaper than sailing Greece, tour operators say.");
	assert_string_equal(render_mentions(f), "Croatia>Croatia | Greece>Greece");
	run(f, "Skiing Switzerland costs more this winter.");
	assert_string_equal(render_mentions(f), "Switzerland>Switzerland");
}

/* What stays: a national body inside a sentence, or in a headline. */
static void test_review17_gerund_country_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Swimming England Wins Bid");
	assert_string_equal(render_mentions(f), "Swimming England>Swimming England");
	run(f, "Officials said Cycling Australia fined him.");
	assert_string_equal(render_mentions(f), "Cycling Australia>Cycling Australia");
}

/* E3: an event named after a feature is no place. */
static void test_review17_feature_event(void **state)
{
	struct fixture *f = *state;
	run(f, "Veterans of the Gulf War marched in Washington.");
	assert_string_equal(render_mentions(f), "Washington>Washington D.C.");
	run(f, "Oil leaked into the Gulf of Mexico.");
	assert_string_equal(render_mentions(f), "Gulf of Mexico>Gulf of Mexico");
}

/* E4: the feature and the subdivision have two canonical names. */
static void test_review17_feature_subdivision(void **state)
{
	struct fixture *f = *state;
	run(f, "Tensions in the Gulf grew. Police in Gulf Province arrested three men.");
	assert_string_equal(render_mentions(f), "Gulf>Gulf | Gulf Province>Gulf Province");
	assert_string_equal(render(f), "place Gulf\n"
	                               "area Gulf Province [in: Papua New Guinea]\n"
	                               "country Papua New Guinea\n");
	run(f, "Gunmen raided the Sahel Region of Burkina Faso and fled across the Sahel.");
	assert_string_equal(render_mentions(f), "Sahel Region>Sahel Region | Burkina Faso>Burkina Faso | Sahel>Sahel");
}

/* E2: a town's club no team list knows, used as a team. */
static void test_review17_town_clubs(void **state)
{
	struct fixture *f = *state;
	run(f, "Grimsby Town beat Cheltenham Town 3-1 on Saturday. Brechin City lost to Cove Rangers.");
	assert_string_equal(render(f), "org Grimsby Town\norg Cheltenham Town\norg Brechin City\n"
	                               "org Cove Rangers\n");
}

/* What stays: a gazetteer city whole (a team here by the older rules), and
 * a district named with an ordinary word. */
static void test_review17_town_clubs_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Kansas City beat Denver 24-10 in the league. Fans filled the Old Town.");
	assert_string_equal(render(f), "org Kansas City\norg Denver\ncity Old Town\n");
}

static void test_review17_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "Veterans of the Gulf War left Gulf Province.") > 5);
	assert_string_equal(render_mentions(f), "Gulf Province>Gulf Province");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_review17_month_after_place, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_month_after_place_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_gerund_country, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_gerund_country_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_feature_event, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_feature_subdivision, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_town_clubs, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_town_clubs_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_review17_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
