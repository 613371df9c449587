/* test_events_phrases.c - (issue 4) news events written as phrases or in
 * forms the single-word triggers missed: "took office" and "sworn in" (an
 * appointment, the one who takes office its patient), "jailed for six
 * years" (a verdict, not "jailed without trial"), "a hit and run" as a noun
 * (an accident; not "a hit-and-run crash", where the crash is the event),
 * and a fire whose verb follows an adverb ("a fire virtually destroyed").
 * As in the other event tests, the entities are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
}

static void test_phrases_took_office(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Maria Lopez took office in Austin on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Maria Lopez");
	named(&f, NKG_CLASS_CITY, "Austin");
	fx_run(&f);
	EVENTS_ARE(&f, "appointment patient:Maria Lopez @2024-03-04 in:Austin [took office]");
	fx_release(&f);

	/* the city of an office is not where it was taken */
	fx_sunday(&f, "Maria Lopez took office as mayor of Austin on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Maria Lopez");
	named(&f, NKG_CLASS_CITY, "Austin");
	fx_run(&f);
	EVENTS_ARE(&f, "appointment patient:Maria Lopez @2024-03-04 [took office]");
	fx_release(&f);

	/* "takes office" in the present; not "took the office furniture" */
	fx_sunday(&f, "Jack Roe takes office in Denver today. Jane Doe took the office "
	              "chairs to Denver on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "appointment patient:Jack Roe @2024-03-10 in:Denver [takes office]");
	fx_release(&f);

	/* "he": not said whom */
	fx_sunday(&f, "Jack Roe met Jane Doe in Denver on Monday. He took office on Tuesday.\n");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "meeting agent:Jack Roe participant:Jane Doe @2024-03-04 in:Denver [met]; "
	               "appointment @2024-03-05 [took office]");
	fx_release(&f);

	/* in the future, planned; "take" elsewhere is none */
	fx_sunday(&f, "Jack Roe will take office in Denver on Friday. Jane Doe took a train "
	              "to Denver on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "appointment patient:Jack Roe @2024-03-15 in:Denver [take office]");
	assert_int_equal(f.doc.events[0].factuality, NKG_FACT_CALLED_FOR);
	fx_release(&f);
}

static void test_phrases_sworn_in(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Maria Lopez was sworn in as governor in Texas on Tuesday.\n");
	named(&f, NKG_CLASS_PERSON, "Maria Lopez");
	named(&f, NKG_CLASS_ADMIN_AREA, "Texas");
	fx_run(&f);
	EVENTS_ARE(&f, "appointment patient:Maria Lopez @2024-03-05 in:Texas [sworn in]");
	fx_release(&f);

	/* a witness sworn in court, "swore in a statement": no office */
	fx_sunday(&f, "Jack Roe was sworn in court in Denver on Tuesday. Jane Doe swore in a "
	              "letter that she was in Denver on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

static void test_phrases_jailed(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Tom Hayes was jailed for 14 years in London on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Tom Hayes");
	named(&f, NKG_CLASS_CITY, "London");
	fx_run(&f);
	EVENTS_ARE(&f, "verdict patient:Tom Hayes @2024-03-04 in:London [jailed]");
	fx_release(&f);

	/* the place before the term; a term without "for" */
	fx_sunday(&f, "Tom Hayes was jailed in London for 14 years on Monday. Jack Roe was jailed "
	              "in Denver six years after the crash.\n");
	named(&f, NKG_CLASS_PERSON, "Tom Hayes");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	named(&f, NKG_CLASS_CITY, "London");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "verdict patient:Tom Hayes @2024-03-04 in:London [jailed]");
	fx_release(&f);

	/* for life; no term, no verdict */
	fx_sunday(&f, "Tom Hayes was jailed for life in London on Monday. Jack Roe was jailed "
	              "in Denver on Tuesday. Jane Doe was jailed for contempt in "
	              "Denver on Friday.\n");
	named(&f, NKG_CLASS_PERSON, "Tom Hayes");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_CITY, "London");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "verdict patient:Tom Hayes @2024-03-04 in:London [jailed]");
	fx_release(&f);
}

static void test_phrases_hit_and_run(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A woman died in a hit and run in Denver on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	/* the death is the accident's toll */
	EVENTS_ARE(&f, "death patient:\"A woman\" [died]; accident @2024-03-09 in:Denver [hit]");
	fx_release(&f);

	/* "&", "- run" */
	fx_sunday(&f, "Driver Charged In Fatal Queens Hit & Run\n");
	named(&f, NKG_CLASS_CITY, "Queens");
	fx_run(&f);
	EVENTS_ARE(&f, "accident in:Queens [Hit]");
	fx_release(&f);

	/* the crash is the event, the driver none */
	fx_sunday(&f, "A man was charged in a hit-and-run crash in Denver on Saturday. Police "
	              "found the hit and run driver in Denver on Sunday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	fx_run(&f);
	EVENTS_ARE(&f, "charge patient:\"A man\" @2024-03-09 [charged]; accident in:Denver [crash]");
	fx_release(&f);
}

static void test_phrases_fire_adverb(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A suspicious fire virtually destroyed a church in Wasilla on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "fire @2024-03-09 in:Wasilla [fire]");
	fx_release(&f);

	/* an adverb before no verb of burning: "the fire safely" */
	fx_sunday(&f, "Crews put the fire quickly out in Wasilla on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* A flight's number is its ident (what the graph keys it by): two
 * numbered flights from one city on one day stay two events. */
static void test_phrases_flight_ident(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The plane on flight 447 landed in Oslo on Monday. The plane on flight QF2 "
	              "landed in Oslo on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-04 in:Oslo [flight]; flight @2024-03-04 in:Oslo [flight]");
	assert_int_equal(f.doc.n_events, 2);
	assert_true(nkg_str_eq_cstr(f.doc.events[0].ident, "447"));
	assert_true(nkg_str_eq_cstr(f.doc.events[1].ident, "QF2"));
	fx_release(&f);

	/* no number, no ident */
	fx_sunday(&f, "The return flight landed in Oslo on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-04 in:Oslo [flight]");
	assert_int_equal(f.doc.events[0].ident.len, 0);
	fx_release(&f);
}

/* A vigil, a funeral, a memorial service (NKG_EVENT_COMMEMORATION): the
 * one mourned after "for" or "of" the patient, a place before it where;
 * not a funeral home, not "kept vigil", not "a memorial" alone. */
static void test_phrases_commemoration(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Hundreds held a candlelight vigil for Kimani Gray in Brooklyn on Monday. "
	              "The funeral of Kimani Gray was held in Brooklyn on Saturday.\n");
	named(&f, NKG_CLASS_PERSON, "Kimani Gray");
	named(&f, NKG_CLASS_CITY, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "commemoration patient:Kimani Gray @2024-03-04 in:Brooklyn [vigil]; "
	               "commemoration patient:Kimani Gray @2024-03-09 in:Brooklyn [funeral]");
	fx_release(&f);

	/* a vigil and a funeral on one day are two gatherings */
	fx_sunday(&f, "A vigil was held in Brooklyn on Monday. The funeral was held in Brooklyn on "
	              "Monday.\n");
	named(&f, NKG_CLASS_CITY, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "commemoration @2024-03-04 in:Brooklyn [vigil]; commemoration @2024-03-04 "
	               "in:Brooklyn [funeral]");
	fx_release(&f);

	/* a place before it is where; "memorial service" the span */
	fx_sunday(&f, "The Brooklyn vigil drew hundreds on Monday. A memorial service was held in "
	              "Oslo on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Brooklyn");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "commemoration @2024-03-04 in:Brooklyn [vigil]; commemoration @2024-03-08 "
	               "in:Oslo [memorial service]");
	fx_release(&f);

	/* none of these */
	fx_sunday(&f, "The funeral home in Oslo closed on Monday. Jack Roe kept vigil at her "
	              "bedside in Oslo on Monday. A memorial to the dead stands in Oslo.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* A vigil after "during", "after", "following" is the background of the
 * event before it: the place and the time before it are that event's. */
static void test_phrases_commemoration_background(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A riot broke out in Brooklyn on Monday during a vigil for Kimani Gray.\n");
	named(&f, NKG_CLASS_PERSON, "Kimani Gray");
	named(&f, NKG_CLASS_CITY, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-04 in:Brooklyn [riot]; commemoration patient:Kimani Gray "
	               "[vigil]");
	fx_release(&f);

	/* with no other event, the vigil keeps them */
	fx_sunday(&f, "Mourners gathered in Brooklyn on Monday for a vigil.\n");
	named(&f, NKG_CLASS_CITY, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "commemoration @2024-03-04 in:Brooklyn [vigil]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_phrases_took_office),
	        cmocka_unit_test(test_phrases_sworn_in),
	        cmocka_unit_test(test_phrases_jailed),
	        cmocka_unit_test(test_phrases_hit_and_run),
	        cmocka_unit_test(test_phrases_fire_adverb),
	        cmocka_unit_test(test_phrases_flight_ident),
	        cmocka_unit_test(test_phrases_commemoration),
	        cmocka_unit_test(test_phrases_commemoration_background),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
