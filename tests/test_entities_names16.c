/* test_entities_names16.c - names mended in session 12: the agency in the
 * brackets of any dateline of a wire digest is a news organisation, no
 * acronym of the city before it ("GENEVA (AP) -"); a country's own name
 * that is also its adjective is the country ("Uganda and Burundi"); a sea,
 * river, mountain range or region no gazetteer holds is a place ("the
 * Atlantic", "the Pyrenees": extract/lexicon/features.tsv); a city goes by
 * the name news gives it ("Frankfurt", "Bangalore", "Tacloban"); a
 * dateline's city in capitals in any paragraph is a place and its state's
 * abbreviation the state ("MONACA, Pa. -").  Mended after session 12 review: only
 * a real dateline's brackets hold an agency ("US officials said the ...
 * (IRGC)" defines an acronym) and only a real dateline's end makes its
 * city ("OPEC, Russia, Saudi Arabia agree"); a feature's name used for a
 * person or cut short from a company's is neither's feature. */
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

/* session 12 review, N1: a paragraph that opens with a word in capitals ("US",
 * "NATO", "UN", "EU") has no dateline for that alone; an acronym defined
 * in it is its long name's, not a news organisation.  ("UN>Un", a town of
 * India for a sentence's first word, is an older error of its own.) */
static void test_names16_acronyms_after_capitals(void **state)
{
	struct fixture *f = *state;
	run(f, "US officials said the Islamic Revolutionary Guard Corps (IRGC) seized a tanker. "
	       "The IRGC denied it.");
	assert_string_equal(render_mentions(f),
	                    "US>United States | "
	                    "Islamic Revolutionary Guard Corps>Islamic Revolutionary Guard Corps | "
	                    "IRGC>Islamic Revolutionary Guard Corps | "
	                    "IRGC>Islamic Revolutionary Guard Corps");
	assert_string_equal(render(f), "country United States [alt: US]\n"
	                               "gov Islamic Revolutionary Guard Corps [alt: IRGC]\n");
	run(f, "NATO and the African Union (AU) met in Addis Ababa. The AU welcomed the talks.");
	assert_string_equal(render(f), "org African Union [alt: AU]\n"
	                               "city Addis Ababa [in: Ethiopia]\n"
	                               "country Ethiopia\n"
	                               "org NATO\n");
	run(f, "UN envoys met the Free Syrian Army (FSA) in Geneva. The FSA said talks went well.");
	assert_string_equal(render_mentions(f), "UN>Un | Free Syrian Army>Free Syrian Army | "
	                                        "FSA>Free Syrian Army | Geneva>Geneva | "
	                                        "FSA>Free Syrian Army");
	/* a later paragraph, after a headline */
	run(f,
	    "News\n\nEU ministers and the World Health Organization (WHO) met. The WHO said so.");
	assert_string_equal(render(f), "org World Health Organization [alt: WHO]\n"
	                               "org EU\n");
}

/* What stays: a dateline with a date between the city (and its region)
 * and the agency is one ("LONDON, March 3 (Reuters) -"). */
static void test_names16_dateline_agencies_dated(void **state)
{
	struct fixture *f = *state;
	run(f, "News\n\nLONDON, March 3 (Reuters) - Britain voted.\n\n"
	       "AUSTIN, Texas, March 3 (AP) - Texas voted.");
	assert_string_equal(render_mentions(f),
	                    "LONDON>London | Reuters>Reuters | Britain>United Kingdom | "
	                    "AUSTIN>Austin | Texas>Texas | AP>AP | Texas>Texas");
	assert_string_equal(render(f), "area Texas [in: United States]\n"
	                               "country United States\n"
	                               "city London [in: United Kingdom]\n"
	                               "country United Kingdom [alt: Britain]\n"
	                               "news Reuters\n"
	                               "city Austin [in: Texas]\n"
	                               "news AP\n");
	/* a region the gazetteer writes otherwise ("The Gambia") */
	run(f, "News\n\nBANJUL, The Gambia (AP) - Barrow was sworn in.");
	assert_string_equal(render_mentions(f), "BANJUL>Banjul | Gambia>Gambia | AP>AP");
}

/* A line that opens with a name in capitals, a comma and a country goes
 * on as a list, no dateline, unless a dash, the agency's brackets and a
 * dash, or a date end it: OPEC and NATO are no cities. */
static void test_names16_dateline_places_listed(void **state)
{
	struct fixture *f = *state;
	run(f, "OPEC, Russia, Saudi Arabia agree to cut output\n\nOil prices rose on Monday.");
	assert_string_equal(render_mentions(f),
	                    "OPEC>OPEC | Russia>Russia | Saudi Arabia>Saudi Arabia");
	assert_string_equal(render(f), "country Russia\ncountry Saudi Arabia\norg OPEC\n");
	run(f, "Summit\n\nNATO, France (which holds the presidency) and Germany met on Monday.");
	assert_string_equal(render(f), "country France\ncountry Germany\norg NATO\n");
	run(f, "News\n\nUS, China (and Japan) agreed.");
	assert_string_equal(render(f), "country United States [alt: US]\n"
	                               "country China\ncountry Japan\n");
}

/* A feature's name that a title comes before or a person's verb after,
 * anywhere in the article, is a person's name in all its mentions
 * ("President McKinley ... McKinley died": the mountain was renamed
 * Denali; "Sabine said"). */
static void test_names16_features_persons(void **state)
{
	struct fixture *f = *state;
	run(f, "President McKinley was shot in 1901. McKinley died eight days later.");
	assert_string_equal(render_mentions(f), "McKinley>McKinley | McKinley>McKinley");
	assert_string_equal(render(f), "person McKinley [role: President]\n");
	run(f, "Sabine won the match in straight sets. Sabine said she was tired.");
	assert_string_equal(render(f), "person Sabine\n");
	run(f, "Judah said he would stay.");
	assert_string_equal(render(f), "person Judah\n");
	/* what stays: a place coordinated before the verb */
	run(f, "Hoteliers in Tunisia and Majorca said they were owed millions.");
	assert_string_equal(render(f), "country Tunisia\nplace Majorca\n");
}

/* A feature's name that starts a company's name of the article is that
 * name cut short; after "the" it stays the feature.  A feature's name in
 * capitals alone is an acronym or a unit ("128 GB"), no place. */
static void test_names16_features_cut_short(void **state)
{
	struct fixture *f = *state;
	run(f, "Sunbelt Rentals grew. Sunbelt trucks sold.");
	assert_string_equal(render(f), "corp Sunbelt Rentals [alt: Sunbelt]\n");
	run(f, "The Atlantic Council met. Storms crossed the Atlantic.");
	assert_string_equal(render_mentions(f),
	                    "Atlantic Council>Atlantic Council | Atlantic>Atlantic");
	assert_string_equal(render(f), "gov Atlantic Council\nplace Atlantic\n");
	run(f, "Flooding on the Thames closed roads. The Thames rose on Monday.");
	assert_string_equal(render(f), "place Thames\n");
	/* the name alone after a place's preposition in the article */
	run(f, "Maui Memorial Medical Center is full. Doctors on Maui are busy.");
	assert_string_equal(render(f), "org Maui Memorial Medical Center\nplace Maui\n");
	/* an organisation by the later rules of acronyms; no place */
	run(f, "The phone has 128 GB of storage.");
	assert_string_equal(render(f), "org GB\n");
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
	        cmocka_unit_test_setup_teardown(test_names16_acronyms_after_capitals, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names16_dateline_agencies_dated, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names16_dateline_places_listed, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names16_features_persons, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_features_cut_short, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names16_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
