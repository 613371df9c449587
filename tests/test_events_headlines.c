/* test_events_headlines.c - triggers in headlines written in title case or
 * capitals ("Chargers' Jamal Williams Arrested For DUI", "CHARGERS'
 * RECEIVER ARRESTED"), whose capitalised words are no names by that
 * alone, while a capitalised word inside an ordinary sentence still is
 * ("Fire Station 5", "the punk band Riot"); and a place named with an attack, killing or arrest
 * noun is where it happened ("the Brooklyn shooting", "the shooting of a
 * Brooklyn mother"), never who did it or whom it befell, while a country
 * before an attack is who attacked.  Entities are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
}

/* A title-case headline's verb is a trigger, and joins the body's event. */
static void test_headlines_title_case(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Chargers' Jamal Williams Arrested For Drunk Driving\n\n"
	              "Jamal Williams was arrested in San Diego on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	named(&f, NKG_CLASS_CITY, "San Diego");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Jamal Williams @2024-03-10 in:San Diego "
	               "[Arrested][arrested]; driving-offence agent:Jamal Williams "
	               "[Drunk Driving]");
	fx_release(&f);
}

/* In capitals too. */
static void test_headlines_capitals(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "CHARGERS' RECEIVER VINCENT JACKSON ARRESTED\n\n"
	              "Vincent Jackson was arrested in San Diego on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Vincent Jackson");
	ent(&f, NKG_CLASS_PERSON, "Vincent Jackson", "VINCENT JACKSON");
	named(&f, NKG_CLASS_CITY, "San Diego");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Vincent Jackson @2024-03-10 in:San Diego "
	               "[ARRESTED][arrested]");
	fx_release(&f);
}

/* A sentence with lower-case words keeps its capitalised words for names:
 * "Fire" of "Fire Station 5" is no fire, "Riot" of a band no riot; in a
 * title-case headline "Fire" is one. */
static void test_headlines_sentence_case_keeps_names(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The firefighters of Fire Station 5 in Wasilla were thanked on "
	              "Monday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_sunday(&f, "The punk band Riot played to a crowd in Wasilla on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_sunday(&f, "Church Destroyed By Fire In Wasilla\n\n"
	              "A fire destroyed the church in Wasilla on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "fire @2024-03-08 in:Wasilla [Fire][fire]");
	fx_release(&f);
}

/* A place below a country with an attack, killing or arrest noun is where
 * it happened; a country before an attack is who attacked. */
static void test_headlines_place_of_local_acts(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Police investigated the Brooklyn shooting on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Brooklyn [shooting]");
	fx_release(&f);

	fx_sunday(&f, "Police investigated the shooting of a Brooklyn mother on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Brooklyn [shooting]");
	fx_release(&f);

	fx_sunday(&f, "Teen Arrested In Shooting Of Hero Brooklyn Mom\n\n"
	              "A teen was arrested on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:\"A teen\" @2024-03-04 [Arrested][arrested]; "
	               "attack in:Brooklyn [Shooting]");
	fx_release(&f);

	fx_sunday(&f, "A US attack on the base killed two soldiers on Monday.\n");
	named(&f, NKG_CLASS_COUNTRY, "US");
	fx_run(&f);
	EVENTS_ARE(&f, "attack agent:US @2024-03-04 [attack][killed]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_headlines_title_case),
	        cmocka_unit_test(test_headlines_capitals),
	        cmocka_unit_test(test_headlines_sentence_case_keeps_names),
	        cmocka_unit_test(test_headlines_place_of_local_acts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
