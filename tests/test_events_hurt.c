/* test_events_hurt.c - who was hurt and who died (issue 4): the persons an
 * act wounded are its patients when it is an attack, strike, disaster or
 * accident ("wounding two officers, John Doe and Mark Roe", "Alice Brown
 * was wounded in the shooting"), never a killing's (its patients are whom
 * it killed); and a death whose "he" names nobody surely stays apart from
 * a named person's death, while one whose "he" the resolver names is that
 * person's.  As in the other event tests, the entities are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS | FX_HURT);
}

/* The persons after "wounding" are the attack's patients, with the count. */
static void test_hurt_named_after_wounding(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A bomb exploded in Kabul on Monday, wounding two officers, John Doe and "
	              "Mark Roe.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	named(&f, NKG_CLASS_PERSON, "John Doe");
	named(&f, NKG_CLASS_PERSON, "Mark Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:John Doe patient:Mark Roe @2024-03-04 in:Kabul hurt:two "
	               "[exploded]");
	fx_release(&f);
}

/* A passive's person before "was wounded" is the patient of the act after
 * it in the sentence, or of the last act of the sentence before; a
 * person not right before the be-form is not ("Mark Roe's son was
 * injured"). */
static void test_hurt_named_passive(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Alice Brown was wounded in the shooting at a mall in Dayton on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Dayton");
	named(&f, NKG_CLASS_PERSON, "Alice Brown");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Alice Brown @2024-03-09 in:Dayton [shooting]");
	fx_release(&f);

	fx_sunday(&f, "A bomb exploded in Kabul on Monday. Mark Roe was injured.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	named(&f, NKG_CLASS_PERSON, "Mark Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Mark Roe @2024-03-04 in:Kabul [exploded]");
	fx_release(&f);

	fx_sunday(&f, "A bomb exploded in Kabul on Monday. Mark Roe's son was injured.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	named(&f, NKG_CLASS_PERSON, "Mark Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Kabul [exploded]");
	fx_release(&f);
}

/* A killing's patients are whom it killed: the wounded named after it are
 * not, its injured count stays. */
static void test_hurt_not_a_killings_patients(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Gunmen killed three villagers in Dayton on Monday, wounding John Doe.\n");
	named(&f, NKG_CLASS_CITY, "Dayton");
	named(&f, NKG_CLASS_PERSON, "John Doe");
	fx_run(&f);
	EVENTS_ARE(&f, "killing @2024-03-04 in:Dayton [killed]");
	fx_release(&f);
}

/* "He died" whose "he" the resolver names is that person's death, apart
 * from another person's; one whose "he" may be the one who told of it (the
 * subject of a speech verb just before) names nobody and joins no named
 * death (undated and unplaced, it is no event), nor does anything join it. */
static void test_hurt_deaths_by_pronoun(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Carl Olsen died on Sunday in Denver.\n\n"
	              "Police found Erik Olsen in his car on Monday. He died at a hospital.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Carl Olsen");
	named(&f, NKG_CLASS_PERSON, "Erik Olsen");
	fx_run(&f);
	EVENTS_ARE(&f, "death patient:Carl Olsen @2024-03-10 in:Denver [died]; "
	               "death patient:Erik Olsen [died]");
	fx_release(&f);

	fx_sunday(&f, "Carl Olsen died on Sunday in Denver.\n\n"
	              "Chief Tom Lane said a second man was found in a river. He died at a "
	              "hospital.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Carl Olsen");
	named(&f, NKG_CLASS_PERSON, "Tom Lane");
	fx_run(&f);
	EVENTS_ARE(&f, "death patient:Carl Olsen @2024-03-10 in:Denver [died]; "
	               "statement speaker:Tom Lane [said]");
	fx_release(&f);

	/* nor does anything join such a death: "his death" after it is Carl
	 * Olsen's as much as the second man's, and joins the named one */
	fx_sunday(&f, "Carl Olsen died on Sunday in Denver.\n\n"
	              "Chief Tom Lane said a second man was found in a river. He died at a "
	              "hospital. The town mourned his death.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Carl Olsen");
	named(&f, NKG_CLASS_PERSON, "Tom Lane");
	fx_run(&f);
	EVENTS_ARE(&f, "death patient:Carl Olsen @2024-03-10 in:Denver [died][death]; "
	               "statement speaker:Tom Lane [said]");
	fx_release(&f);

	fx_sunday(&f, "Carl Olsen fell ill in Denver on Friday. He died on Sunday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Carl Olsen");
	fx_run(&f);
	EVENTS_ARE(&f, "death patient:Carl Olsen @2024-03-10 [died]");
	fx_release(&f);
}

/* People hurt where nothing is reported that hurt them are an injury of
 * their own: the count before the passive its injured, a person named
 * right before the be-form its patient, over an adverb ("was badly
 * hurt"); a person noun or a pronoun as the subject is enough. */
static void test_hurt_injury_of_its_own(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Two officers were injured in Lyon on Tuesday.\n");
	named(&f, NKG_CLASS_CITY, "Lyon");
	fx_run(&f);
	EVENTS_ARE(&f, "injury @2024-03-05 in:Lyon hurt:Two [injured]");
	fx_release(&f);

	fx_sunday(&f, "Alice Brown was badly hurt in Dayton on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Dayton");
	named(&f, NKG_CLASS_PERSON, "Alice Brown");
	fx_run(&f);
	EVENTS_ARE(&f, "injury patient:Alice Brown @2024-03-09 in:Dayton [hurt]");
	fx_release(&f);

	/* one injury, as nothing tells them apart; two named people's two */
	fx_sunday(&f, "At least 40 people have been seriously wounded in Dayton. A teenager was "
	              "injured on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Dayton");
	fx_run(&f);
	EVENTS_ARE(&f, "injury patient:\"A teenager\" @2024-03-08 in:Dayton hurt:At least 40 "
	               "[wounded][injured]");
	fx_release(&f);

	fx_sunday(&f, "Alice Brown was injured in Dayton. Mark Roe got hurt on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Dayton");
	named(&f, NKG_CLASS_PERSON, "Alice Brown");
	named(&f, NKG_CLASS_PERSON, "Mark Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "injury patient:Alice Brown in:Dayton [injured]; "
	               "injury patient:Mark Roe @2024-03-08 [hurt]");
	fx_release(&f);
}

/* No injury where none was hurt, nor a hurt that is no person's: "No one
 * was injured", "nobody", "no passengers", "sales were hurt", "hurt his
 * knee" (not a passive), "would be injured" (no be-form of a fact). */
static void test_hurt_no_injury(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "No one was injured in Lyon on Tuesday. Nobody was hurt in Dayton on "
	              "Friday. In Lyon on Monday no passengers were injured.\n");
	named(&f, NKG_CLASS_CITY, "Lyon");
	named(&f, NKG_CLASS_CITY, "Dayton");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_sunday(&f, "Sales were hurt in Lyon on Tuesday. Alice Brown hurt her knee in Dayton on "
	              "Friday. Two officers would be injured in Lyon on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Lyon");
	named(&f, NKG_CLASS_CITY, "Dayton");
	named(&f, NKG_CLASS_PERSON, "Alice Brown");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* The hurt of a sentence that reports the act, or whose sentence before
 * does, are that act's: its injured count, no injury beside it; a fire
 * is such an act too. */
static void test_hurt_belong_to_the_act(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Five people were injured when a bus overturned near Madrid on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Madrid");
	fx_run(&f);
	EVENTS_ARE(&f, "accident @2024-03-04 in:Madrid hurt:Five [overturned]");
	fx_release(&f);

	fx_sunday(&f, "A fire broke out at a warehouse in Dayton on Thursday. Three firefighters "
	              "were hurt.\n");
	named(&f, NKG_CLASS_CITY, "Dayton");
	fx_run(&f);
	EVENTS_ARE(&f, "fire @2024-03-07 in:Dayton hurt:Three [fire]");
	fx_release(&f);

	fx_sunday(&f, "A bomb exploded in Kabul on Monday. Two officers were injured.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Kabul hurt:Two [exploded]");
	fx_release(&f);

	/* a death in the sentence: one incident, the death keeps its date */
	fx_sunday(&f, "One protester died and 84 people were injured in Kabul on Wednesday.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "death @2024-03-06 in:Kabul [died]");
	fx_release(&f);
}

/* A disaster takes the place it struck, hit, battered, tore through:
 * the place right after such a verb that follows a named storm or a
 * disaster noun, over a determiner and modifiers; a storm the entity
 * stage took whole as a name is a storm still. */
static void test_hurt_disaster_struck(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Hurricane Katrina struck New Orleans on Monday.\n");
	named(&f, NKG_CLASS_CITY, "New Orleans");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-04 in:New Orleans [Hurricane Katrina]");
	fx_release(&f);

	fx_sunday(&f, "Hurricane Katrina battered New Orleans on Monday.\n");
	named(&f, NKG_CLASS_CITY, "New Orleans");
	named(&f, NKG_CLASS_PERSON, "Hurricane Katrina");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-04 in:New Orleans [Hurricane Katrina]");
	fx_release(&f);

	fx_sunday(&f, "The earthquake later hit central Italy. The storm tore through the "
	              "Philippines.\n");
	named(&f, NKG_CLASS_COUNTRY, "Italy");
	named(&f, NKG_CLASS_COUNTRY, "Philippines");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster in:Italy [earthquake]; disaster in:Philippines [storm]");
	fx_release(&f);

	/* only right after the disaster: not a place a clause away */
	fx_sunday(&f, "The storm that Tom Lane said could hit Miami weakened.\n");
	named(&f, NKG_CLASS_CITY, "Miami");
	named(&f, NKG_CLASS_PERSON, "Tom Lane");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Tom Lane [said]");
	fx_release(&f);
}

/* A killing in the passive right before "in" or "by" and the noun of an
 * act with a toll is that act's toll, whom it killed its patients ("was
 * killed in a car accident": one accident); not over a place between. */
static void test_hurt_killed_in_an_act(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Jamar Gray was killed in a car accident in Queens on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Queens");
	named(&f, NKG_CLASS_PERSON, "Jamar Gray");
	fx_run(&f);
	EVENTS_ARE(&f, "accident patient:Jamar Gray @2024-03-04 in:Queens [killed][accident]");
	fx_release(&f);

	fx_sunday(&f, "Three soldiers were killed by a roadside bomb blast in Kabul on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Kabul [killed][blast]");
	fx_release(&f);

	fx_sunday(&f, "Jamar Gray was killed in Queens in a bomb blast on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Queens");
	named(&f, NKG_CLASS_PERSON, "Jamar Gray");
	fx_run(&f);
	EVENTS_ARE(&f, "killing patient:Jamar Gray in:Queens [killed]; attack @2024-03-04 [blast]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_hurt_named_after_wounding),
	        cmocka_unit_test(test_hurt_named_passive),
	        cmocka_unit_test(test_hurt_not_a_killings_patients),
	        cmocka_unit_test(test_hurt_deaths_by_pronoun),
	        cmocka_unit_test(test_hurt_injury_of_its_own),
	        cmocka_unit_test(test_hurt_no_injury),
	        cmocka_unit_test(test_hurt_belong_to_the_act),
	        cmocka_unit_test(test_hurt_disaster_struck),
	        cmocka_unit_test(test_hurt_killed_in_an_act),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
