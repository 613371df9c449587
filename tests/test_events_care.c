/* test_events_care.c - a person admitted to care (issue 4,
 * NKG_EVENT_ADMISSION): "checked into", "checked herself into", "checks
 * in", "entered" and "hospitalized" where the text names care, the span
 * the verb and its particle, the person its patient; never a hotel.  As
 * in the other event tests, the entities are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
}

/* The verb and its particle are the mention; the person its patient;
 * "entered" with a care word right after it joins. */
static void test_care_checked_into(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Tara Reid has checked herself into Promises Treatment Center in Malibu on "
	              "Tuesday. Reid entered rehab after a long year.\n");
	named(&f, NKG_CLASS_CITY, "Malibu");
	named(&f, NKG_CLASS_PERSON, "Tara Reid");
	ent(&f, NKG_CLASS_PERSON, "Tara Reid", "Reid");
	named(&f, NKG_CLASS_ORGANIZATION, "Promises Treatment Center");
	fx_run(&f);
	EVENTS_ARE(&f, "admission patient:Tara Reid @2024-03-05 in:Malibu [checked herself "
	               "into][entered]");
	fx_release(&f);

	fx_sunday(&f, "Lindsay Lohan checks into rehab in Malibu. Jack Roe was hospitalized in "
	              "Denver on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Malibu");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Lindsay Lohan");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "admission patient:Lindsay Lohan in:Malibu [checks into]; "
	               "admission patient:Jack Roe @2024-03-08 in:Denver [hospitalized]");
	fx_release(&f);
}

/* No admission without care, nor into a hotel near a hospital, nor
 * "entered" far from a care word. */
static void test_care_none(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Jack Roe checked into a hotel near the hospital in Denver on Monday. "
	              "Jack Roe checked into the Grand in Denver on Monday. Jack Roe entered the "
	              "race in Denver on Monday, a year after his treatment.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_care_checked_into),
	        cmocka_unit_test(test_care_none),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
