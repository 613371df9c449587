/* test_entities_names16.c - names mended in session 12: the agency in the
 * brackets of any dateline of a wire digest is a news organisation, no
 * acronym of the city before it ("GENEVA (AP) -"); a country's own name
 * that is also its adjective is the country ("Uganda and Burundi"); a sea,
 * river, mountain range or region no gazetteer holds is a place ("the
 * Atlantic", "the Pyrenees": extract/lexicon/features.tsv); a city goes by
 * the name news gives it ("Frankfurt", "Bangalore", "Tacloban"); a
 * dateline's city in capitals in any paragraph is a place and its state's
 * abbreviation the state ("MONACA, Pa. -"). */
#include "entities_fixture.h"

/* Every dateline's agency is an organisation of its own, the first one's
 * and a later one's of a digest alike. */
static void test_names16_dateline_agencies(void **state)
{
	struct fixture *f = *state;
	run(f, "Wire digest\n\nCOLOMBO, Sri Lanka (Reuters) - The toll rose on Tuesday.\n\n"
	       "GENEVA (AP) - United Nations officials met.");
	assert_string_equal(render_mentions(f),
	                    "COLOMBO>Colombo | Sri Lanka>Sri Lanka | Reuters>Reuters | "
	                    "GENEVA>Geneva | AP>AP | United Nations>United Nations");
	assert_string_equal(render(f), "city Colombo [in: Sri Lanka]\n"
	                               "country Sri Lanka\n"
	                               "news Reuters\n"
	                               "city Geneva [in: Switzerland]\n"
	                               "country Switzerland\n"
	                               "news AP\n"
	                               "org United Nations\n");
}

/* What stays: an acronym in brackets after a place in running text is
 * the place's ("The United Arab Emirates (UAE)"). */
static void test_names16_dateline_agencies_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The United Arab Emirates (UAE) said on Monday.");
	assert_string_equal(render_mentions(f), "United Arab Emirates>United Arab Emirates | "
	                                        "UAE>United Arab Emirates");
	assert_string_equal(render(f), "country United Arab Emirates [alt: UAE]\n");
}

/* A country's own name that the demonym table also holds as its
 * adjective is the country, alone and before a noun. */
static void test_names16_country_adjectives(void **state)
{
	struct fixture *f = *state;
	run(f, "Troops from Uganda and Burundi pushed back.");
	assert_string_equal(render_mentions(f), "Uganda>Uganda | Burundi>Burundi");
	run(f, "Burundi troops pushed back.");
	assert_string_equal(render_mentions(f), "Burundi>Burundi");
	assert_string_equal(render(f), "country Burundi\n");
}

/* What stays: an adjective that is only another name of the country is
 * no place alone ("Kazakh" for Kazakhstan). */
static void test_names16_country_adjectives_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The Kazakh team won.");
	assert_string_equal(render_mentions(f), "");
}

/* Seas, rivers, mountain ranges and regions are places of no country. */
static void test_names16_features(void **state)
{
	struct fixture *f = *state;
	run(f, "Ships crossed the Atlantic to the Nile delta.");
	assert_string_equal(render_mentions(f), "Atlantic>Atlantic | Nile>Nile");
	assert_string_equal(render(f), "place Atlantic\nplace Nile\n");
	run(f, "Hikers left the Pyrenees for Kashmir.");
	assert_string_equal(render_mentions(f), "Pyrenees>Pyrenees | Kashmir>Kashmir");
}

/* What stays: a feature's name inside a longer name, a feature's name
 * the data leave out for a team ("West Indies"), a word in lower case. */
static void test_names16_features_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The Atlantic Council said on Monday.");
	assert_string_equal(render_mentions(f), "Atlantic Council>Atlantic Council");
	run(f, "The West Indies won the match.");
	assert_string_equal(render(f), "org West Indies\n");
	run(f, "The pacific crowd left.");
	assert_string_equal(render_mentions(f), "");
}

/* A city by the name news gives it: "Frankfurt" (GeoNames' Frankfurt am
 * Main), "Bangalore" (Bengaluru), a Philippine city without "City". */
static void test_names16_cities(void **state)
{
	struct fixture *f = *state;
	run(f, "Jobs may move to Dublin, Frankfurt or Bangalore.");
	assert_string_equal(render_mentions(f), "Dublin>Dublin | Frankfurt>Frankfurt am Main | "
	                                        "Bangalore>Bengaluru");
	run(f, "The storm hit Tacloban on Friday.");
	assert_string_equal(render(f), "city Tacloban City [alt: Tacloban] [in: Philippines]\n"
	                               "country Philippines\n");
}

/* A dateline's city in capitals in any paragraph is a place, whatever the
 * gazetteer knows of it, and its state's abbreviation is the state. */
static void test_names16_dateline_places(void **state)
{
	struct fixture *f = *state;
	run(f, "Storm Hits Coast\n\nMONACA, Pa. - Shell has begun.\n\n"
	       "ABBOTT PARK, Ill. (AP) - Abbott Laboratories said.");
	assert_string_equal(render_mentions(f),
	                    "MONACA>MONACA | Pa.>Pennsylvania | ABBOTT PARK>ABBOTT PARK | "
	                    "Ill.>Illinois | AP>AP | Abbott Laboratories>Abbott Laboratories");
}

/* What stays: a city and a state in running text, a region the gazetteer
 * does not hold, a word in lower case before the comma. */
static void test_names16_dateline_places_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Storm\n\nHe lives in Monaca, Pa. now.");
	assert_string_equal(render_mentions(f), "Monaca>Monaca");
	run(f, "Storm\n\nMONACA, Zzyzx - Shell has begun.");
	assert_string_equal(render(f), "org MONACA\norg Shell\n");
}

/* Every allocation of the new rules may fail cleanly. */
static void test_names16_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "News\n\nROME (AP) - Ships from Burundi crossed the "
	                                    "Atlantic.") > 5);
	assert_string_equal(render_mentions(f),
	                    "ROME>Rome | AP>AP | Burundi>Burundi | Atlantic>Atlantic");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_names16_dateline_agencies, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_dateline_agencies_not, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names16_country_adjectives, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_country_adjectives_not, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names16_features, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_features_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_cities, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_dateline_places, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_dateline_places_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
