/* test_entities_names17.c - names mended in session 13: a capitalised
 * settlement or area word ending a place's name is part of it ("Gaza
 * City", "Kurdistan Region"); regions news names alone ("the Gulf"); a
 * month after a given name is a surname ("Theresa May"); "ST." in a
 * dateline's capitals is Saint's abbreviation ("ST. LOUIS"); a sport's
 * word before a country is its national body ("Cricket Australia"); a
 * party's one-word name ("Labour"). */
#include "entities_fixture.h"

/* A region news names alone, over a far subdivision of the same name,
 * and a country's name without "the" (extract/lexicon: curated.py). */
static void test_names17_regions(void **state)
{
	struct fixture *f = *state;
	run(f, "Ships in the Gulf were attacked and drought hit the Sahel.");
	assert_string_equal(render_mentions(f), "Gulf>Gulf | Sahel>Sahel");
	assert_string_equal(render(f), "place Gulf\nplace Sahel\n");
	run(f, "Refugees from the Democratic Republic of Congo arrived.");
	assert_string_equal(render_mentions(f), "Democratic Republic of Congo>Democratic Republic of the Congo");
}

/* What stays: the word inside a longer name, and in lower case. */
static void test_names17_regions_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Oil leaked into the Gulf of Mexico across the gulf.");
	assert_string_equal(render_mentions(f), "Gulf of Mexico>Gulf of Mexico");
}

/* The settlement word stays in the place's name. */
static void test_names17_settlement_cues(void **state)
{
	struct fixture *f = *state;
	run(f, "Protesters marched from Gaza City to Sadr City.");
	assert_string_equal(render_mentions(f), "Gaza City>Gaza | Sadr City>Sadr City");
	run(f, "Troops left the Kurdistan Region for the Old Town.");
	assert_string_equal(render_mentions(f),
	                    "Kurdistan Region>Kurdistan Region | Old Town>Old Town");
	assert_string_equal(render(f), "area Kurdistan Region\ncity Old Town\n");
}

/* What stays: a British town and "City" is a club, a known city keeps its
 * gazetteer name, a lower-case cue is no part of the name. */
static void test_names17_settlement_cues_not(void **state)
{
	struct fixture *f = *state;
	run(f, "Manchester City beat Stoke City.");
	assert_string_equal(render_mentions(f),
	                    "Manchester City>Manchester City | Stoke City>Stoke City");
	run(f, "Hundreds fled Gaza city on Monday.");
	assert_string_equal(render_mentions(f), "Gaza>Gaza");
}

/* A month's name after a given name is the person's surname. */
static void test_names17_month_surnames(void **state)
{
	struct fixture *f = *state;
	run(f, "Prime Minister Theresa May met Carl June on Monday.");
	assert_string_equal(render_mentions(f), "Theresa May>Theresa May | Carl June>Carl June");
}

/* What stays: a month with a day after it, or after a preposition. */
static void test_names17_month_surnames_not(void **state)
{
	struct fixture *f = *state;
	/* The tagger of session 13 misses the lone given name "Maria" here
	 * (that of session 12 found it; neither finds it in "He met Maria in
	 * Paris."): a miss of the model, pinned so that a change is seen.
	 * What this test is about: neither "May" is a surname. */
	run(f, "Anderson said Chelsea May 5 was a good day. He met Maria in May.");
	assert_string_equal(render_mentions(f), "Anderson>Anderson | Chelsea>Chelsea");
}

/* Saint, Mount and Fort in a dateline's capitals keep their period and
 * the place's name whole (extract/token.c). */
static void test_names17_caps_saints(void **state)
{
	struct fixture *f = *state;
	run(f, "ST. LOUIS (AP) - The team won on Monday.");
	assert_string_equal(render_mentions(f), "ST. LOUIS>ST. LOUIS | AP>AP");
}

/* A sport's or a service's word before a country is its national body. */
static void test_names17_national_bodies(void **state)
{
	struct fixture *f = *state;
	run(f, "Cricket Australia fined him. Officials at Transport Canada and Athletics South "
	       "Africa agreed.");
	assert_string_equal(render_mentions(f), "Cricket Australia>Cricket Australia | "
	                                        "Transport Canada>Transport Canada | "
	                                        "Athletics South Africa>Athletics South Africa");
	assert_string_equal(render(f), "org Cricket Australia\norg Transport Canada\n"
	                               "org Athletics South Africa\n");
}

/* What stays: the word in lower case, or before a city. */
static void test_names17_national_bodies_not(void **state)
{
	struct fixture *f = *state;
	run(f, "He played cricket in Australia before Tennis Melbourne hired him.");
	assert_string_equal(render_mentions(f), "Australia>Australia | Tennis Melbourne>Tennis Melbourne");
}

/* A party's one-word name inside a sentence. */
static void test_names17_party_words(void **state)
{
	struct fixture *f = *state;
	run(f, "Voters backed Labour and the Greens on Monday.");
	assert_string_equal(render(f), "party Labour\nparty Greens\n");
}

/* What stays: a longer name, and a word in lower case. */
static void test_names17_party_words_not(void **state)
{
	struct fixture *f = *state;
	run(f, "The Labour Party said child labour fell.");
	assert_string_equal(render_mentions(f), "Labour Party>Labour Party");
}

static void test_names17_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "Crowds left Gaza City.") > 5);
	assert_string_equal(render_mentions(f), "Gaza City>Gaza");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_names17_settlement_cues, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_settlement_cues_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_regions, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_regions_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_month_surnames, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_month_surnames_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_caps_saints, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_national_bodies, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_national_bodies_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_party_words, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_party_words_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names17_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
