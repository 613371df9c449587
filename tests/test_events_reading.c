/* test_events_reading.c - what reading fresh news articles showed the event
 * stage getting wrong (session 7): a player who "added 104 yards" is no
 * speaker, a name after "as" is its clause's subject, and a crowd counted
 * with an adjective ("thousands of young protesters") is still counted.
 *
 * The entity stage is another module: entities and their mentions are added
 * by hand (events_fixture.h), then the time and event stages run. */
#include "events_fixture.h"

/* "class time=V place=P role:Name... q=\"count\" [trigger][trigger]" */
static void describe(const struct fx *f, uint32_t i, char *out, size_t cap)
{
	const struct nkg_doc *d = &f->doc;
	const struct nkg_event *e = &d->events[i];
	size_t len = (size_t)snprintf(out, cap, "%s time=%s place=%s", nkg_event_class_name(e->cls),
	                              e->time == NKG_NONE ? "-" : d->times[e->time].value.ptr,
	                              fx_ename(f, e->place));
	len = fx_roles(f, i, out, cap, len);
	if (e->quantity.len)
		len += (size_t)snprintf(out + len, cap - len, " q=\"%.*s\"", (int)e->quantity.len,
		                        e->quantity.ptr);
	len = fx_triggers(f, i, out, cap, len);
	assert_true(len < cap);
}

/* "add" is speech with a quote, a clause or nothing after it; with an
 * object it counts ("added 104 yards", "added a second goal", "added to
 * the pressure") it is no statement. */
static void test_reading_added_is_not_always_said(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Derrick Henry added 104 yards on 22 carries. "
	        "Tyler Smith added 17 points for the Vols. "
	        "Anna Berg added a second goal in Leeds. "
	        "Tom Hale added to the pressure on Monday. "
	        "\"We are ready for January,\" Derrick Henry added. "
	        "Tom Hale added that the club would appeal.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_PERSON, "Derrick Henry", "Derrick Henry");
	ent(&f, NKG_CLASS_PERSON, "Tyler Smith", "Tyler Smith");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "statement time=- place=- speaker:Derrick Henry [added]");
	EVENT_IS(&f, 1, "statement time=- place=- speaker:Tom Hale [added]");
	fx_release(&f);
}

/* "ran for another as the Ravens beat the Steelers": "as" starts a clause
 * whose subject is the name before the verb, not the object of "for". */
static void test_reading_subject_after_as(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Lamar Jackson threw two touchdown passes and ran for another as the "
	        "Baltimore Ravens beat the Pittsburgh Steelers 27-20 on Sunday.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_PERSON, "Lamar Jackson", "Lamar Jackson");
	ent(&f, NKG_CLASS_ORGANIZATION, "Baltimore Ravens", "Baltimore Ravens");
	ent(&f, NKG_CLASS_ORGANIZATION, "Pittsburgh Steelers", "Pittsburgh Steelers");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0,
	         "sports-match time=2024-06-23 place=- agent:Baltimore Ravens "
	         "patient:Pittsburgh Steelers [beat]");
	fx_release(&f);
}

/* "Thousands of young protesters marched": the count, over one adjective
 * before the people it counts. */
static void test_reading_crowd_count_with_adjective(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Thousands of young protesters marched through Nairobi on Tuesday. "
	        "Hundreds of angry farmers marched in Leeds on Sunday.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_CITY, "Nairobi", "Nairobi");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "protest time=2024-06-25 place=Nairobi q=\"Thousands\" [marched]");
	EVENT_IS(&f, 1, "protest time=2024-06-23 place=Leeds q=\"Hundreds\" [marched]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_reading_added_is_not_always_said),
	        cmocka_unit_test(test_reading_subject_after_as),
	        cmocka_unit_test(test_reading_crowd_count_with_adjective),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
