/* test_events16.c - (issue 4) driving offences (NKG_EVENT_DRIVING_OFFENCE:
 * "arrested on suspicion of drunken driving", "faces DUI charges", "pulled
 * over for speeding"; the offender the agent, an arrest's time and place
 * shared), and a killing in a relative clause after the noun of an act
 * with a toll ("a hit and run accident that killed Jane Doe": one
 * accident, the killing its mention, no killing of its own), and
 * kidnappings (NKG_EVENT_KIDNAPPING: "kidnapped", "the abduction of",
 * "took two guards hostage").  As in the other event tests, the entities
 * are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS | FX_COUNT);
}

/* Arrested for an offence: the offender the agent, the arrest's time and
 * place the offence's too (the driver is stopped in the act). */
static void test_offence_arrested(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Vincent Jackson was arrested on suspicion of drunken driving on Tuesday "
	              "in San Diego.\n");
	named(&f, NKG_CLASS_PERSON, "Vincent Jackson");
	named(&f, NKG_CLASS_CITY, "San Diego");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Vincent Jackson @2024-03-05 in:San Diego [arrested]; "
	               "driving-offence agent:Vincent Jackson @2024-03-05 in:San Diego "
	               "[drunken driving]");
	fx_release(&f);

	/* the time before the offence; "driving under the influence" whole */
	fx_sunday(&f, "Jamal Williams was arrested early Sunday in San Diego for suspicion of "
	              "driving under the influence.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	named(&f, NKG_CLASS_CITY, "San Diego");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Jamal Williams @2024-03-10 in:San Diego [arrested]; "
	               "driving-offence agent:Jamal Williams @2024-03-10 in:San Diego "
	               "[driving under the influence]");
	fx_release(&f);

	/* "drink - driving" as the corpus writes it; "DUI" in capitals */
	fx_sunday(&f, "Vincent Jackson was arrested on suspicion of drink- driving on Tuesday. "
	              "Jamal Williams was arrested for DWI on Friday.\n");
	named(&f, NKG_CLASS_PERSON, "Vincent Jackson");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Vincent Jackson @2024-03-05 [arrested]; "
	               "driving-offence agent:Vincent Jackson @2024-03-05 [drink- driving]; "
	               "arrest patient:Jamal Williams @2024-03-08 [arrested]; "
	               "driving-offence agent:Jamal Williams @2024-03-08 [DWI]");
	fx_release(&f);
}

/* A headline in title case and the article's sentence: one offence of one
 * driver; speeding is another offence of his. */
static void test_offence_headline(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Chargers' Jamal Williams Arrested For DUI\n\n"
	              "Jamal Williams faces DUI charges. Jamal Williams was pulled over for "
	              "speeding on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Jamal Williams [Arrested]; "
	               "driving-offence agent:Jamal Williams [DUI][DUI]; "
	               "driving-offence agent:Jamal Williams @2024-03-10 [speeding]");
	fx_release(&f);

	/* "he was speeding": the one "he" names; a grade before the offence
	 * is in its span, the one charged its agent */
	fx_sunday(&f, "Jamal Williams was stopped on Sunday after he was speeding down Route 94, "
	              "police said. The office may file misdemeanor drunken-driving charges "
	              "against Jamal Williams.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	fx_run(&f);
	EVENTS_ARE(&f, "driving-offence agent:Jamal Williams [speeding]; statement [said]; "
	               "driving-offence agent:Jamal Williams [misdemeanor drunken-driving]; "
	               "charge patient:Jamal Williams [charges]");
	fx_release(&f);
}

/* Drunk driving in general, a DUI checkpoint or lawyer, what the law says
 * of a first offence, speeding cars: no offence of anyone. */
static void test_offence_none(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The dangers of drunk driving are known in San Diego. Police set up a DUI "
	              "checkpoint in San Diego on Monday. A first DUI arrest leads to a "
	              "referral. Jamal Williams has a DUI lawyer. Speeding cars raced through "
	              "San Diego on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	named(&f, NKG_CLASS_CITY, "San Diego");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* "the accident that killed Jane Doe": the act's toll, as "the accident
 * killed Jane Doe" is; over what follows the noun ("the crash of an Airbus
 * in Karachi that killed 97 people"); not when the nearest event noun has
 * no toll ("bombings at a rally in Ankara that killed 100"). */
static void test_relative_toll(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Police arrested a suspect after a hit and run accident that killed Jane Doe "
	              "in Queens on Friday.\n");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_CITY, "Queens");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:\"a suspect\" [arrested]; "
	               "accident patient:Jane Doe @2024-03-08 in:Queens [accident][killed]");
	fx_release(&f);

	fx_sunday(&f, "The statement followed the crash of an Airbus in Karachi that killed 97 "
	              "people.\n");
	named(&f, NKG_CLASS_CITY, "Karachi");
	fx_run(&f);
	EVENTS_ARE(&f, "accident in:Karachi q:97 [crash][killed]");
	fx_release(&f);

	fx_sunday(&f, "Suicide bombings hit a peace rally in Ankara that killed more than 100 "
	              "people.\n");
	named(&f, NKG_CLASS_CITY, "Ankara");
	fx_run(&f);
	EVENTS_ARE(&f, "protest in:Ankara [rally]; killing q:more than 100 [killed]");
	fx_release(&f);
}

/* Kidnappings: the one taken the patient (a person only), the kidnapper
 * the agent; "took X hostage" one phrase from the verb; not a kidnapping
 * ring, a hostage crisis, kidnappings in general. */
static void test_kidnapping(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Gunmen kidnapped John Smith in Lagos on Monday. Jane Doe was abducted by "
	              "Boko Haram in Kano on Tuesday.\n");
	named(&f, NKG_CLASS_PERSON, "John Smith");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_ORGANIZATION, "Boko Haram");
	named(&f, NKG_CLASS_CITY, "Lagos");
	named(&f, NKG_CLASS_CITY, "Kano");
	fx_run(&f);
	EVENTS_ARE(&f, "kidnapping patient:John Smith @2024-03-04 in:Lagos [kidnapped]; "
	               "kidnapping patient:Jane Doe agent:Boko Haram @2024-03-05 in:Kano "
	               "[abducted]");
	fx_release(&f);

	/* the noun, "of" its patient; a place is no patient */
	fx_sunday(&f, "The kidnapping of John Smith in Lagos on Monday shocked the city. Boko "
	              "Haram kidnapped Dapchi schoolgirls on Tuesday.\n");
	named(&f, NKG_CLASS_PERSON, "John Smith");
	named(&f, NKG_CLASS_ORGANIZATION, "Boko Haram");
	named(&f, NKG_CLASS_CITY, "Lagos");
	named(&f, NKG_CLASS_CITY, "Dapchi");
	fx_run(&f);
	EVENTS_ARE(&f, "kidnapping patient:John Smith @2024-03-04 in:Lagos [kidnapping]; "
	               "kidnapping agent:Boko Haram @2024-03-05 [kidnapped]");
	fx_release(&f);

	/* hostage-takings: the phrase from its verb */
	fx_sunday(&f, "Arcade Comeaux took two transport officers hostage on Monday. Hulusi Akar "
	              "was held hostage in Ankara on Friday.\n");
	named(&f, NKG_CLASS_PERSON, "Arcade Comeaux");
	named(&f, NKG_CLASS_PERSON, "Hulusi Akar");
	named(&f, NKG_CLASS_CITY, "Ankara");
	fx_run(&f);
	EVENTS_ARE(&f, "kidnapping agent:Arcade Comeaux @2024-03-04 "
	               "[took two transport officers hostage]; kidnapping patient:Hulusi Akar "
	               "@2024-03-08 in:Ankara [held hostage]");
	fx_release(&f);

	/* none of these */
	fx_sunday(&f, "Police broke up a kidnapping ring in Lagos on Monday. The hostage crisis "
	              "in Lagos ended on Monday. Doctors fled Lagos to escape kidnappings on "
	              "Monday.\n");
	named(&f, NKG_CLASS_CITY, "Lagos");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_offence_arrested),
	        cmocka_unit_test(test_offence_headline),
	        cmocka_unit_test(test_offence_none),
	        cmocka_unit_test(test_relative_toll),
	        cmocka_unit_test(test_kidnapping),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
