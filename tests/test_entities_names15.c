/* test_entities_names15.c - names mended in session 11: a continent is a
 * place wherever it stands ("Europe's biggest carmaker", "between Asia and
 * Europe"), as a country is; capitalised words and an ampersand before a
 * company's name with a head or a legal form start it ("Procter & Gamble
 * Co.", "AT&T Inc."), and so do they with "and" where they name no other
 * body, person or town ("Avon and Somerset Police"); a state's abbreviation after a city and a
 * comma is the state's mention ("Fresno, Calif."). */
#include "entities_fixture.h"

/* A continent is a place of no country, also where no preposition of
 * place stands before it. */
static void test_names15_continents(void **state)
{
	struct fixture *f = *state;
	run(f, "The firm is Europe's biggest carmaker.");
	assert_string_equal(render_mentions(f), "Europe>Europe");
	assert_string_equal(render(f), "place Europe\n");
	run(f, "Flights between Asia and Europe grew, and Africa lagged.");
	assert_string_equal(render_mentions(f), "Asia>Asia | Europe>Europe | Africa>Africa");
	run(f, "EUROPE STOCKS FALL AS BANKS SLIDE");
	assert_string_equal(render_mentions(f), "EUROPE>Europe");
}

/* What stays: a continent inside a body's name, a word in lower case. */
static void test_names15_continents_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The Council of Europe met on Monday.");
	assert_string_equal(render_mentions(f), "Council of Europe>Council of Europe");
	run(f, "Prices in europe rose.");
	assert_string_equal(render_mentions(f), "");
}

/* An ampersand and the capitalised words before it start the name of a
 * body with a head or a legal form. */
static void test_names15_ampersands(void **state)
{
	struct fixture *f = *state;
	run(f, "Shares of Dorrance & Pike Holdings Inc. fell on Monday.");
	assert_string_equal(render_mentions(f),
	                    "Dorrance & Pike Holdings Inc.>Dorrance & Pike Holdings");
	run(f, "The grant came from the Quill & Varnley Foundation on Monday.");
	assert_string_equal(render_mentions(f),
	                    "Quill & Varnley Foundation>Quill & Varnley Foundation");
	run(f, "Analysts said Harold Quill & Varnley Co. rose.");
	assert_string_equal(render_mentions(f),
	                    "Harold Quill & Varnley Co.>Harold Quill & Varnley");
	run(f, "Shares of QX&T Inc. fell.");
	assert_string_equal(render_mentions(f), "QX&T Inc.>QX&T");
}

/* What stays: a title or a stop word before the ampersand. */
static void test_names15_ampersands_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Reporters saw The & Varnley Foundation open.");
	assert_string_equal(render_mentions(f), "Varnley Foundation>Varnley Foundation");
	run(f, "The grant came from the President & Varnley Foundation.");
	assert_string_equal(render_mentions(f), "Varnley Foundation>Varnley Foundation");
}

/* Capitalised words and "and" start the name of a body with a head or
 * a legal form. */
static void test_names15_and_names(void **state)
{
	struct fixture *f = *state;
	run(f, "He spoke to the House Water and Fisheries Committee on Monday.");
	assert_string_equal(render_mentions(f), "House Water and Fisheries Committee>House Water "
	                                        "and Fisheries Committee");
	run(f, "The England and Wales Rowing Board said.");
	assert_string_equal(render_mentions(f),
	                    "England and Wales Rowing Board>England and Wales Rowing Board");
}

/* What stays: a body, a known company or a town before "and". */
static void test_names15_and_names_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Analysts said Microsoft and Varnley Holdings Inc. are rivals.");
	assert_string_equal(render_mentions(f),
	                    "Microsoft>Microsoft | Varnley Holdings Inc.>Varnley Holdings");
	run(f, "Microsoft and Varnley Holdings Inc. are rivals.");
	assert_string_equal(render_mentions(f),
	                    "Microsoft>Microsoft | Varnley Holdings Inc.>Varnley Holdings");
	run(f, "Analysts said Dorrance Pike Group and Quill Holdings Inc. merged.");
	assert_string_equal(
	        render_mentions(f),
	        "Dorrance Pike Group>Dorrance Pike Group | Quill Holdings Inc.>Quill Holdings");
	/* the tagger of session 12 also finds the street (that of session 11
	 * did not) */
	run(f, "Glass fell near E. 31st St. and Varnley Bank on Monday.");
	assert_string_equal(render_mentions(f),
	                    "E. 31st St.>E. 31st St. | Varnley Bank>Varnley Bank");
	run(f, "He was shot. Detectives and Varnley Affairs Bureau officers came.");
	assert_string_equal(render_mentions(f), "Varnley Affairs Bureau>Varnley Affairs Bureau");
	run(f, "Toyota and Honda Motor Co. said.");
	assert_string_equal(render_mentions(f), "Toyota>Toyota | Honda Motor Co.>Honda Motor");
}

/* A state's abbreviation after a city and a comma is a mention of the
 * state, in running text and in a dateline. */
static void test_names15_state_abbreviations(void **state)
{
	struct fixture *f = *state;
	run(f, "The mill in Tulsa, Okla., closed on Monday.");
	assert_string_equal(render_mentions(f), "Tulsa>Tulsa | Okla.>Oklahoma");
	assert_string_equal(render(f), "area Oklahoma [alt: Okla.] [in: United States]\n"
	                               "country United States\ncity Tulsa [in: Oklahoma]\n");
	run(f, "FRESNO, Calif. (AP) - The mill closed on Monday.");
	assert_string_equal(render_mentions(f), "FRESNO>Fresno | Calif.>California | AP>AP");
}

/* What stays: an abbreviation after a party's letter, or after a word
 * that is no city of the state, is no mention. */
static void test_names15_state_abbreviations_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Sen. Dana Holt, R - Okla., voted no.");
	assert_string_equal(render_mentions(f), "Dana Holt>Dana Holt");
}

/* A person's name that extract/orgs.h knows as a company, in a list with
 * a company, is the company there and wherever the article writes it. */
static void test_names15_coordinated_companies(void **state)
{
	struct fixture *f = *state;
	run(f, "Banks including Barclays and Morgan Stanley managed the sale. Morgan Stanley "
	       "declined to comment.");
	assert_string_equal(render(f), "corp Morgan Stanley\ncorp Barclays\n");
	assert_string_equal(render_mentions(f),
	                    "Barclays>Barclays | Morgan Stanley>Morgan Stanley | "
	                    "Morgan Stanley>Morgan Stanley");
}

/* What stays: a person no table knows as a company. */
static void test_names15_coordinated_companies_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Banks including Barclays and Morgan Whitfield managed the sale.");
	assert_string_equal(render(f), "person Morgan Whitfield\ncorp Barclays\n");
}

/* "in" and a country after a body's name with a connector and no head
 * at its end are part of the name. */
static void test_names15_in_countries(void **state)
{
	struct fixture *f = *state;
	run(f, "The Council of Varnley Traders in Ghana said.");
	assert_string_equal(
	        render_mentions(f),
	        "Council of Varnley Traders in Ghana>Council of Varnley Traders in Ghana");
	run(f, "The Council on Varnley Trade in the United States said.");
	assert_string_equal(render_mentions(f), "Council on Varnley Trade in the United States>"
	                                        "Council on Varnley Trade in the United States");
}

/* What stays: a city after "in", a name a head or a place ends. */
static void test_names15_in_countries_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The Committee on Varnley Trade in Accra said.");
	assert_string_equal(render_mentions(f),
	                    "Committee on Varnley Trade>Committee on Varnley Trade | Accra>Accra");
	run(f, "The Food and Drug Administration in the United States said.");
	assert_string_equal(render_mentions(f), "Food and Drug Administration>Food and Drug "
	                                        "Administration | United States>United States");
	run(f, "The Bank of Varnley Commission in Ghana said.");
	assert_string_equal(render_mentions(f),
	                    "Bank of Varnley Commission>Bank of Varnley Commission | Ghana>Ghana");
	run(f, "He studied at the University of Adelaide in Australia.");
	assert_string_equal(render_mentions(f), "University of Adelaide>University of Adelaide | "
	                                        "Australia>Australia");
}

/* Every allocation the rules above make may fail: each failure is
 * reported, and the run that succeeds gives the same answer. */
static void test_names15_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "In Europe, Quill & Varnley Foundation gave money to "
	                                    "the mill in Tulsa, Okla., on Monday.") > 5);
	assert_string_equal(render_mentions(f),
	                    "Europe>Europe | Quill & Varnley Foundation>Quill & Varnley "
	                    "Foundation | Tulsa>Tulsa | Okla.>Oklahoma");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_names15_continents, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_continents_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_ampersands, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_ampersands_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_and_names, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_and_names_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_state_abbreviations, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_state_abbreviations_not, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names15_coordinated_companies, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names15_coordinated_companies_not, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names15_in_countries, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_in_countries_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names15_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
