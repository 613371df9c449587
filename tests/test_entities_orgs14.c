/* test_entities_orgs14.c - organisations' edges and kinds mended in
 * session 10: the complement of an office names no one ("the Minister for
 * Foreign Affairs"); a share of a poll moves no company's price ("fell 4
 * percent in the poll"); a legal form in lower case or after an ampersand
 * ends a company's name ("Holdings plc", "& Co."), "of" and a place after
 * a company's head is its seat ("Airways of Ghana"), a plural people noun
 * in the possessive starts a body's name ("People's Bank"); a British town
 * and "City" is a club ("Leicester City"); a whole name before its acronym
 * in brackets is a person's or an organisation's by its first word ("Marcus
 * Albert Quinlan (MAQ)", "Frente Popular de Liberacion Zorvana (FPLZ)");
 * diseases are no names ("COVID-19", "H5N1"); a small town the article
 * also names as a company is the company where nothing makes it the town
 * ("took over at Nokia ... Nokia said its profit fell"). */
#include "entities_fixture.h"

/* An office's complement of ordinary words is a portfolio, nobody. */
static void test_orgs14_offices(void **state)
{
	struct fixture *f = *state;
	run(f, "The Minister for Foreign Affairs met reporters on Monday.");
	assert_string_equal(render(f), "");
	run(f, "Officials said the Commissioner for Home Affairs would resign.");
	assert_string_equal(render(f), "");
}

/* What stays: the holder named after the office, a place as its
 * complement. */
static void test_orgs14_offices_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Minister for Foreign Affairs Penny Wong said the talks would go on.");
	assert_string_equal(render(f), "person Penny Wong [role: Minister for Foreign Affairs]\n");
	run(f, "The Minister for Foreign Affairs of Ghana spoke.");
	assert_string_equal(render(f), "country Ghana\n");
}

/* A candidate's share of a poll is no company's price. */
static void test_orgs14_polls(void **state)
{
	struct fixture *f = *state;
	run(f, "Quillborne fell 4 percent in the latest poll.");
	assert_string_equal(render(f), "");
	run(f, "Quillborne gained 3 percent in polling after the debate.");
	assert_string_equal(render(f), "");
}

static void test_orgs14_polls_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Quillborne fell 4 percent on Monday.");
	assert_string_equal(render(f), "corp Quillborne\n");
}

/* The edges of a company's name: a legal form in lower case or after an
 * ampersand ends it, "of" and a place after its head is its seat, a
 * people noun in the possessive starts it. */
static void test_orgs14_edges(void **state)
{
	struct fixture *f = *state;
	run(f, "Shares of Varnley Holdings plc fell on Monday.");
	assert_string_equal(render_mentions(f), "Varnley Holdings plc>Varnley Holdings");
	run(f, "Dorrance Pike & Co. advised the buyer.");
	assert_string_equal(render_mentions(f), "Dorrance Pike & Co.>Dorrance Pike");
	run(f, "Varnley Airways of Ghana bought ten jets.");
	assert_string_equal(render_mentions(f), "Varnley Airways>Varnley Airways | Ghana>Ghana");
	run(f, "The People's Bank of Zorvia cut rates.");
	assert_string_equal(render_mentions(f), "People's Bank of Zorvia>People's Bank of Zorvia");
}

/* What stays: a bank of a place, a plain ampersand's neighbours. */
static void test_orgs14_edges_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Bank of America and the Royal Bank of Canada agreed.");
	assert_string_equal(render_mentions(f), "Bank of America>Bank of America | "
	                                        "Royal Bank of Canada>Royal Bank of Canada");
	run(f, "The Varnley Holdings board met in Ghana.");
	assert_string_equal(render_mentions(f), "Varnley Holdings>Varnley Holdings | Ghana>Ghana");
}

/* A British town and "City" that the gazetteer does not hold is a club. */
static void test_orgs14_city_clubs(void **state)
{
	struct fixture *f = *state;
	run(f, "The owners of Leicester City hired a new coach.");
	assert_string_equal(render(f), "org Leicester City\n");
}

static void test_orgs14_city_clubs_not(void **state)
{
	struct fixture *f = *state;
	run(f, "He moved to Cebu City in 2010.");
	assert_string_equal(render(f), "city Cebu City [in: Philippines]\ncountry Philippines\n");
	run(f, "Leicester City Council met on Monday.");
	assert_string_equal(render(f), "gov Leicester City Council\n");
}

/* A whole name before its acronym: a person's with a given name first, an
 * organisation's otherwise; the acronym names it later. */
static void test_orgs14_acronym_wholes(void **state)
{
	struct fixture *f = *state;
	run(f, "Marcus Albert Quinlan (MAQ) spoke on Monday. MAQ said he would run.");
	assert_string_equal(render(f), "person Marcus Albert Quinlan [alt: MAQ]\n");
	run(f, "Frente Popular de Liberacion Zorvana (FPLZ) signed the deal. FPLZ said it would "
	       "disarm.");
	assert_string_equal(render(f), "org Frente Popular de Liberacion Zorvana [alt: FPLZ]\n");
}

/* Diseases and viruses are no names; an acronym defined in brackets is. */
static void test_orgs14_diseases(void **state)
{
	struct fixture *f = *state;
	run(f, "Doctors said COVID-19 and H5N1 spread, and HIV cases rose.");
	assert_string_equal(render(f), "");
	run(f, "The Pretoria Revenue Service (SARS) said taxes rose.");
	assert_string_equal(render(f), "org Pretoria Revenue Service [alt: SARS]\n");
}

/* A small town that the article also names as a company is the company
 * wherever no "in" or settlement noun makes it the town. */
static void test_orgs14_company_towns(void **state)
{
	struct fixture *f = *state;
	run(f, "Stephen Elop took over at Nokia in September. Nokia said its profit fell.");
	assert_string_equal(render_mentions(f), "Stephen Elop>Stephen Elop | Nokia>Nokia | "
	                                        "Nokia>Nokia");
	assert_string_equal(render(f), "person Stephen Elop\ncorp Nokia\n");
}

static void test_orgs14_company_towns_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Tourists visited Nokia last summer.");
	assert_string_equal(render(f), "city Nokia [in: Finland]\ncountry Finland\n");
	run(f, "The mill in Nokia closed. Nokia said its profit fell.");
	assert_string_equal(render_mentions(f), "Nokia>Nokia | Nokia>Nokia");
	assert_string_equal(render(f), "city Nokia [in: Finland]\ncountry Finland\ncorp Nokia\n");
	run(f,
	    "The mill in Nokia closed, and a school in Nokia opened. Nokia said its profit fell.");
	assert_string_equal(render_mentions(f), "Nokia>Nokia | Nokia>Nokia | Nokia>Nokia");
	assert_string_equal(render(f), "city Nokia [in: Finland]\ncountry Finland\ncorp Nokia\n");
}

/* Every allocation the rules above make may fail: each failure is
 * reported, and the run that succeeds gives the same answer. */
static void test_orgs14_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "Shares of Varnley Airways of Ghana rose. The "
	                                    "People's Bank of Zorvia cut rates.") > 5);
	assert_string_equal(render_mentions(f), "Varnley Airways>Varnley Airways | Ghana>Ghana | "
	                                        "People's Bank of Zorvia>People's Bank of Zorvia");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_orgs14_offices, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_offices_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_polls, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_polls_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_edges, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_edges_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_city_clubs, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_city_clubs_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_acronym_wholes, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_diseases, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_company_towns, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_company_towns_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_orgs14_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
