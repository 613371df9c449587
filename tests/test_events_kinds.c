/* test_events_kinds.c - (issue 4) event kinds a reader of the news
 * expects: a conference as a meeting (not a press conference, a
 * conference call or a sports league), an aircraft's flight
 * (NKG_EVENT_FLIGHT: a kind of flight, an airline, a flight number or
 * aviation near; not a flight attendant, a flight of stairs, a top-flight
 * club), a player placed on injured reserve (NKG_EVENT_INJURED_RESERVE:
 * the team the agent, the player the patient).  As in the other event
 * tests, the entities are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
}

static void test_kinds_conference(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The bank chief addressed a conference in Wyoming on Friday. Jane Doe spoke "
	              "at a news conference in Denver on Monday. Jack Roe joined a conference "
	              "call in Denver on Tuesday.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Wyoming");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "meeting @2024-03-08 in:Wyoming [conference]");
	fx_release(&f);

	/* a sports league's conference, a capitalised name */
	fx_sunday(&f, "The Tar Heels won their first conference game 20-13 in Denver on Monday. "
	              "Jane Doe attended the Macworld Conference in Denver on Tuesday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_ORGANIZATION, "Tar Heels");
	fx_run(&f);
	EVENTS_ARE(&f, "sports-match agent:Tar Heels @2024-03-04 in:Denver [won][game]");
	fx_release(&f);

	fx_sunday(&f, "The Tar Heels, 20-13 winners, lead the conference in Denver on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_ORGANIZATION, "Tar Heels");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

static void test_kinds_flight(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The A380 made its maiden flight to New York on Monday. This will be "
	              "branded as a Qantas flight from Frankfurt on Friday.\n");
	named(&f, NKG_CLASS_CITY, "New York");
	named(&f, NKG_CLASS_CITY, "Frankfurt");
	named(&f, NKG_CLASS_CORPORATION, "Qantas");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-04 [flight]; flight agent:Qantas @2024-03-15 [flight]");
	fx_release(&f);

	/* a word of aviation in its clause; a flight number */
	fx_sunday(&f, "The plane left Denver on Monday. The flight landed in Oslo on Monday. "
	              "Passengers on flight 447 died in Oslo on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-04 in:Oslo [flight][flight]; death @2024-03-04 in:Oslo "
	               "[died]");
	fx_release(&f);

	/* a kind of flight alone */
	fx_sunday(&f, "The return flight reached Oslo on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-04 [flight]");
	fx_release(&f);
}

static void test_kinds_flight_none(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f,
	          "A flight attendant walked up a flight of stairs in Oslo on Monday. The "
	          "top flight club lost in Oslo on Monday. Investors took flight in Oslo on "
	          "Monday. The flight recorder was found in Oslo on Monday. The refugees' "
	          "flight from Oslo on Monday was slow. The airline grounded flights in Oslo on "
	          "Monday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	/* near a word of aviation still */
	fx_sunday(&f, "The pilot thanked a flight attendant in Oslo on Monday. Investors took "
	              "flight as the airline failed in Oslo on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

static void test_kinds_injured_reserve(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The New Orleans Saints placed running back Reggie Bush on injured reserve "
	              "on Wednesday. Pierre Thomas was placed on IR on Thursday. The Saints placed "
	              "Chris Ivory on the injured list.\n");
	named(&f, NKG_CLASS_ORGANIZATION, "New Orleans Saints");
	ent(&f, NKG_CLASS_ORGANIZATION, "New Orleans Saints", "Saints");
	named(&f, NKG_CLASS_PERSON, "Reggie Bush");
	named(&f, NKG_CLASS_PERSON, "Pierre Thomas");
	named(&f, NKG_CLASS_PERSON, "Chris Ivory");
	fx_run(&f);
	EVENTS_ARE(&f, "injured-reserve agent:New Orleans Saints patient:Reggie Bush @2024-03-06 "
	               "[placed]; injured-reserve patient:Pierre Thomas @2024-03-07 [placed]; "
	               "injured-reserve agent:New Orleans Saints patient:Chris Ivory [placed]");
	fx_release(&f);

	/* a headline's reduced passive */
	fx_sunday(&f, "Reggie Bush placed on injured reserve\n\nThe Saints made the move on "
	              "Wednesday.\n");
	named(&f, NKG_CLASS_ORGANIZATION, "Saints");
	named(&f, NKG_CLASS_PERSON, "Reggie Bush");
	fx_run(&f);
	EVENTS_ARE(&f, "injured-reserve patient:Reggie Bush [placed]");
	fx_release(&f);

	/* not a bet, a wreath, leave */
	fx_sunday(&f, "Reggie Bush placed a bet on the Saints on Wednesday. Pierre Thomas placed "
	              "a wreath on the grave on Thursday. Chris Ivory was placed on leave on "
	              "Friday.\n");
	named(&f, NKG_CLASS_ORGANIZATION, "Saints");
	named(&f, NKG_CLASS_PERSON, "Reggie Bush");
	named(&f, NKG_CLASS_PERSON, "Pierre Thomas");
	named(&f, NKG_CLASS_PERSON, "Chris Ivory");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* An airline is no flight's identity: two flights of one airline on one
 * day are two events; a flight number tells flights apart; one flight told
 * twice is one. */
static void test_kinds_two_flights(void **state)
{
	(void)state;
	struct fx f;
	/* no key: the IRI of a flight is not its airline's */
	assert_int_equal(nkg_event_key_role(NKG_EVENT_FLIGHT), NKG_ROLE_COUNT);
	assert_false(nkg_event_key_accepts(NKG_EVENT_FLIGHT, NKG_CLASS_CORPORATION));
	fx_sunday(&f, "An Emirates flight from Dubai landed in Oslo on Friday. A second Emirates "
	              "flight from Doha landed in Oslo on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Dubai");
	named(&f, NKG_CLASS_CITY, "Doha");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_CORPORATION, "Emirates");
	fx_run(&f);
	EVENTS_ARE(&f, "flight agent:Emirates @2024-03-08 in:Oslo [flight]; flight agent:Emirates "
	               "@2024-03-08 in:Oslo [flight]");
	fx_release(&f);

	fx_sunday(&f, "The pilot of flight 212 landed in Oslo on Friday. The pilot of flight "
	              "318 landed in Oslo on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-08 in:Oslo [flight]; flight @2024-03-08 in:Oslo [flight]");
	fx_release(&f);

	/* what the commit got right: one flight told twice, its airline the
	 * agent */
	fx_sunday(&f, "An Emirates flight landed in Oslo on Friday. The flight carried 300 "
	              "passengers from the airport.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_CORPORATION, "Emirates");
	fx_run(&f);
	EVENTS_ARE(&f, "flight agent:Emirates @2024-03-08 in:Oslo [flight][flight]");
	fx_release(&f);
}

/* Fleeing and finance are no flights, even with aviation in the sentence
 * outside the clause or in the sentence before; a kind of flight or an
 * aircraft after "of" is. */
static void test_kinds_flight_senses(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Families joined the flight from the town in Gaza on Friday as smoke rose "
	              "over the airport. The gang leader's flight from the police ended at Oslo "
	              "airport on Friday. Bonds rallied on Friday in a flight to quality as Boeing "
	              "shares slid. The airline's collapse set off a flight to safety in Oslo on "
	              "Friday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_CITY, "Gaza");
	named(&f, NKG_CLASS_CORPORATION, "Boeing");
	fx_run(&f);
	EVENTS_ARE(&f, "market-rise @2024-03-08 [rallied]; market-fall instrument:Boeing [slid]");
	fx_release(&f);

	fx_sunday(&f, "The first flight of the Airbus A321XLR took place in Hamburg on Friday. "
	              "Embraer made the maiden flight of its new jet in Oslo on Thursday.\n");
	named(&f, NKG_CLASS_CITY, "Hamburg");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_CORPORATION, "Embraer");
	fx_run(&f);
	EVENTS_ARE(&f,
	           "flight @2024-03-08 in:Hamburg [flight]; flight @2024-03-07 in:Oslo [flight]");
	fx_release(&f);

	/* "first flight" is a kind of flight */
	fx_sunday(&f, "The new model was shown in Hamburg on Friday. First flight is planned for "
	              "Oslo on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Hamburg");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-11 [flight]");
	fx_release(&f);

	/* what the commit got right: a kind of flight, no flight of stairs */
	fx_sunday(&f, "A charter flight left Oslo on Friday. Staff climbed a flight of steps in "
	              "Hamburg on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Hamburg");
	named(&f, NKG_CLASS_CITY, "Oslo");
	fx_run(&f);
	EVENTS_ARE(&f, "flight @2024-03-08 [flight]");
	fx_release(&f);
}

/* "the 10-day injured list": the standard baseball wording; a conference
 * table is no meeting. */
static void test_kinds_days_and_tables(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The Mets placed Pete Alonso on the 10-day injured list on Friday. The "
	              "envoys sat at the conference table in Bergen on Thursday.\n");
	named(&f, NKG_CLASS_ORGANIZATION, "Mets");
	named(&f, NKG_CLASS_PERSON, "Pete Alonso");
	named(&f, NKG_CLASS_CITY, "Bergen");
	fx_run(&f);
	EVENTS_ARE(&f, "injured-reserve agent:Mets patient:Pete Alonso @2024-03-08 [placed]");
	fx_release(&f);

	/* what the commit got right: a gathering, no leave */
	fx_sunday(&f, "The envoys met at a trade conference in Bergen on Thursday. The Mets "
	              "placed Pete Alonso on paid leave on Friday.\n");
	named(&f, NKG_CLASS_ORGANIZATION, "Mets");
	named(&f, NKG_CLASS_PERSON, "Pete Alonso");
	named(&f, NKG_CLASS_CITY, "Bergen");
	fx_run(&f);
	EVENTS_ARE(&f, "meeting @2024-03-07 in:Bergen [conference]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_kinds_conference),
	        cmocka_unit_test(test_kinds_flight),
	        cmocka_unit_test(test_kinds_flight_none),
	        cmocka_unit_test(test_kinds_injured_reserve),
	        cmocka_unit_test(test_kinds_two_flights),
	        cmocka_unit_test(test_kinds_flight_senses),
	        cmocka_unit_test(test_kinds_days_and_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
