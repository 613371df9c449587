/* test_events_headlines.c - triggers in headlines written in title case or
 * capitals ("Chargers' Jamal Williams Arrested For DUI", "CHARGERS'
 * RECEIVER ARRESTED"), whose capitalised words are no names by that
 * alone, while a capitalised word inside an ordinary sentence still is
 * ("Fire Station 5", "the punk band Riot"); and a place named with an attack, killing or arrest
 * noun is where it happened ("the Brooklyn shooting", "the shooting of a
 * Brooklyn mother"), never who did it or whom it befell, while a country
 * before an attack is who attacked.  Entities are added by hand. */
#include "events_fixture.h"

/* Every article here is published on Sunday 2024-03-10. */
static void fx_start(struct fx *f, const char *text)
{
	fx_init(f, text, "2024-03-10");
}

static void named(struct fx *f, enum nkg_entity_class cls, const char *name)
{
	ent(f, cls, name, name);
}

/* Every event, "class role:Name ... @time in:Place [trigger]..." joined by
 * "; ". */
static void events_of(const struct fx *f, char *out, size_t cap)
{
	size_t len = 0;
	out[0] = 0;
	for (uint32_t i = 0; i < f->doc.n_events; i++) {
		const struct nkg_event *e = &f->doc.events[i];
		len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? "; " : "",
		                        nkg_event_class_name(e->cls));
		len = fx_roles(f, i, out, cap, len);
		if (e->time != NKG_NONE) {
			struct nkg_str v = f->doc.times[e->time].value;
			len += (size_t)snprintf(out + len, cap - len, " @%.*s", (int)v.len, v.ptr);
		}
		if (e->place != NKG_NONE)
			len += (size_t)snprintf(out + len, cap - len, " in:%s",
			                        fx_ename(f, e->place));
		len = fx_triggers(f, i, out, cap, len);
		assert_true(len < cap);
	}
}

#define EVENTS_ARE(f, expected)                                                                    \
	do {                                                                                       \
		char got_[1024];                                                                   \
		events_of((f), got_, sizeof(got_));                                                \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

/* A title-case headline's verb is a trigger, and joins the body's event. */
static void test_headlines_title_case(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "Chargers' Jamal Williams Arrested For Drunk Driving\n\n"
	             "Jamal Williams was arrested in San Diego on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Jamal Williams");
	named(&f, NKG_CLASS_CITY, "San Diego");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Jamal Williams @2024-03-10 in:San Diego "
	               "[Arrested][arrested]");
	fx_release(&f);
}

/* In capitals too. */
static void test_headlines_capitals(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "CHARGERS' RECEIVER VINCENT JACKSON ARRESTED\n\n"
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
	fx_start(&f, "The firefighters of Fire Station 5 in Wasilla were thanked on "
	             "Monday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_start(&f, "The punk band Riot played to a crowd in Wasilla on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_start(&f, "Church Destroyed By Fire In Wasilla\n\n"
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
	fx_start(&f, "Police investigated the Brooklyn shooting on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Brooklyn [shooting]");
	fx_release(&f);

	fx_start(&f, "Police investigated the shooting of a Brooklyn mother on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Brooklyn [shooting]");
	fx_release(&f);

	fx_start(&f, "Teen Arrested In Shooting Of Hero Brooklyn Mom\n\n"
	             "A teen was arrested on Monday.\n");
	named(&f, NKG_CLASS_DISTRICT, "Brooklyn");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest @2024-03-04 [Arrested][arrested]; attack in:Brooklyn [Shooting]");
	fx_release(&f);

	fx_start(&f, "A US attack on the base killed two soldiers on Monday.\n");
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
