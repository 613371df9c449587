/* test_events_reading.c - what reading fresh news articles showed the event
 * stage getting wrong (session 7): a player who "added 104 yards" is no
 * speaker, a name after "as" is its clause's subject, and a crowd counted
 * with an adjective ("thousands of young protesters") is still counted.
 *
 * The entity stage is another module: entities and their mentions are added
 * by hand (events_fixture.h), then the time and event stages run. */
#include "events_fixture.h"
#include "extract/timex_internal.h"

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

/* An agreement "agreed" is made ("agree" calls for what its "to" governs,
 * not for the agreement it takes: the lemma of "agreed" is "agree", which
 * the lemmatiser's guess gave as "agre"); one discussed is hypothetical,
 * one proposed called for ("proposed" was "propos"). */
static void test_reading_agreements_made_or_discussed(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Israel agreed a ceasefire with Hamas on Monday. "
	        "The two sides discussed a ceasefire in Cairo on Tuesday. "
	        "Egypt proposed an agreement in Leeds on Wednesday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_COUNTRY, "Israel", "Israel");
	ent(&f, NKG_CLASS_ARMED_GROUP, "Hamas", "Hamas");
	ent(&f, NKG_CLASS_COUNTRY, "Egypt", "Egypt");
	ent(&f, NKG_CLASS_CITY, "Cairo", "Cairo");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0,
	         "agreement time=2024-07-01 place=- participant:Hamas "
	         "[ceasefire]");
	assert_int_equal(f.doc.events[0].factuality, NKG_FACT_ASSERTED);
	EVENT_IS(&f, 1, "agreement time=2024-07-02 place=Cairo [ceasefire]");
	assert_int_equal(f.doc.events[1].factuality, NKG_FACT_HYPOTHETICAL);
	EVENT_IS(&f, 2, "agreement time=2024-07-03 place=Leeds [agreement]");
	assert_int_equal(f.doc.events[2].factuality, NKG_FACT_CALLED_FOR);
	fx_release(&f);
}

static void guess_is(const char *word, const char *lemma)
{
	char out[32];
	enum nkg_word_form f = NKG_FORM_BASE;
	size_t n = nkg_lemmatize(nkg_str_from_cstr(word), NULL, out, sizeof(out), &f);
	assert_int_equal(n, strlen(lemma));
	assert_string_equal(out, lemma);
	assert_int_equal(f,
	                 strcmp(word + strlen(word) - 3, "ing") == 0 ? NKG_FORM_ING : NKG_FORM_ED);
}

/* The lemmatiser's guess without a word list: a stem in -ee keeps it
 * ("agreed", "freed"), one in -s before -ed or -ing ends in -se
 * ("proposed", "raised"; "passed" is "pass"). */
static void test_reading_lemma_guesses(void **state)
{
	(void)state;
	guess_is("agreed", "agree");
	guess_is("freed", "free");
	guess_is("proposed", "propose");
	guess_is("raised", "raise");
	guess_is("releasing", "release");
	guess_is("passed", "pass");
	guess_is("missing", "miss");
	guess_is("discussed", "discuss");
	guess_is("needed", "need");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_reading_added_is_not_always_said),
	        cmocka_unit_test(test_reading_subject_after_as),
	        cmocka_unit_test(test_reading_crowd_count_with_adjective),
	        cmocka_unit_test(test_reading_agreements_made_or_discussed),
	        cmocka_unit_test(test_reading_lemma_guesses),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
