/* test_entities_reading.c - what reading fresh news articles showed the
 * entity stage getting wrong (session 7).  A title's complement ("of
 * State", "for Health and Human Services") belongs to the title, and the
 * person's name starts at the given name after it; a title with its
 * complement and no name after it is an office, nobody ("the Secretary of
 * State said").  A country whose name starts with a demonym ("Saudi
 * Arabia", "American Samoa") is that country: only a demonym alone is no
 * place.  A British spelling is an ordinary word like its American one
 * ("Neighbouring Iran" is Iran).  "on" joins a body's subject to its name
 * ("Council on Foreign Relations"). */
#include "entities_fixture.h"

static void test_offices_title_complement(void **state)
{
	struct fixture *f = *state;
	run(f, "U.S. Secretary of State Antony Blinken met him on Monday.");
	assert_string_equal(render_mentions(f),
	                    "U.S.>United States | Antony Blinken>Antony Blinken");
	run(f, "Secretary of Health and Human Services Xavier Becerra said it.");
	assert_string_equal(render_mentions(f), "Xavier Becerra>Xavier Becerra");
	/* a surname alone after the complement (review) */
	run(f, "Secretary of State Blinken met him on Monday.");
	assert_string_equal(render_mentions(f), "Blinken>Blinken");
}

static void test_offices_name_nobody(void **state)
{
	struct fixture *f = *state;
	run(f, "The Secretary of State said it on Monday.");
	assert_string_equal(render(f), "");
	assert_string_equal(render_mentions(f), "");
}

/* A title with its complement that the tagger reads as an organisation is
 * an office all the same, nobody and no body: "Secretary of Commerce". */
static void test_offices_tagger_organisation_is_an_office(void **state)
{
	struct fixture *f = *state;
	run(f, "The Secretary of Commerce said the tariffs would stay.");
	assert_string_equal(render(f), "");
	assert_string_equal(render_mentions(f), "");
	/* no title in front: a body */
	run(f, "The Bank of Commerce said the rates would stay.");
	assert_string_equal(render_mentions(f), "Bank of Commerce>Bank of Commerce");
}

static void test_offices_demonym_led_countries(void **state)
{
	struct fixture *f = *state;
	run(f, "Saudi Arabia has said it will act.");
	assert_string_equal(render_mentions(f), "Saudi Arabia>Saudi Arabia");
	run(f, "He flew to American Samoa on Monday.");
	assert_string_equal(render_mentions(f), "American Samoa>American Samoa");
	run(f, "The Saudi said it on Monday.");
	assert_string_equal(render_mentions(f), "");
}

static void test_reading_british_spellings(void **state)
{
	struct fixture *f = *state;
	run(f, "Neighbouring Iran offered to send rescue teams.");
	assert_string_equal(render_mentions(f), "Iran>Iran");
	run(f, "Organised by Amnesty International, the march began.");
	assert_string_equal(render_mentions(f), "Amnesty International>Amnesty International");
	assert_int_equal(nkg_lex_word(nkg_str_from_cstr("neighbouring")), NKG_LEX_COMMON);
	assert_int_equal(nkg_lex_word(nkg_str_from_cstr("criticising")), NKG_LEX_COMMON);
	assert_int_equal(nkg_lex_word(nkg_str_from_cstr("Zourbakh")), 0);
	assert_int_equal(nkg_lex_word(nkg_str_from_cstr("Labour")), NKG_LEX_COMMON);
}

/* "on" joins a committee's, council's or commission's subject to its name,
 * like "of" and "for" after any organisation head; not after other words. */
static void test_reading_bodies_on_subjects(void **state)
{
	struct fixture *f = *state;
	run(f, "The Kenya National Commission on Human Rights said it on Monday.");
	assert_string_equal(render_mentions(f), "Kenya National Commission on Human Rights>"
	                                        "Kenya National Commission on Human Rights");
	run(f, "The Senate Committee on Foreign Relations met in Washington.");
	assert_string_equal(render_mentions(f),
	                    "Senate Committee on Foreign Relations>Senate Committee on Foreign "
	                    "Relations | Washington>Washington D.C.");
	/* a place after "on" is what the body is on (review) */
	run(f, "The Senate Intelligence Committee on Russia issued its report.");
	assert_string_equal(render_mentions(f),
	                    "Senate Intelligence Committee>Senate Intelligence Committee | "
	                    "Russia>Russia");
	run(f, "Amnesty International on Tuesday said it.");
	assert_string_equal(render_mentions(f), "Amnesty International>Amnesty International");
}

/* Out of memory anywhere in a text with a title's complement fails cleanly. */
static void test_offices_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "Secretary of State Antony Blinken met him.") > 5);
	assert_string_equal(render_mentions(f), "Antony Blinken>Antony Blinken");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_offices_title_complement, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_offices_name_nobody, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_offices_tagger_organisation_is_an_office,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(test_offices_demonym_led_countries, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_reading_british_spellings, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_reading_bodies_on_subjects, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_offices_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
