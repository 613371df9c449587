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

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_hurt_named_after_wounding),
	        cmocka_unit_test(test_hurt_named_passive),
	        cmocka_unit_test(test_hurt_not_a_killings_patients),
	        cmocka_unit_test(test_hurt_deaths_by_pronoun),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
