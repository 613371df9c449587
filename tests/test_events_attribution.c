/* test_events_attribution.c - which event each speaker, time, place and
 * count of a sentence belongs to (issue 4): a clause reported with a
 * subject of its own keeps its participants from the speaker ("Toha said
 * police arrested 14 people" is no arrest by Toha), a time or place before
 * a closing attribution ("..., the agency said.") belongs to what was said
 * and never to the saying, "his keynote address" is the speech of the
 * person who opens the clause after it, "demonstrate" and "address" are
 * events only in their protest and speech senses, a time in the possessive
 * dates the noun it determines ("the vote in Saturday's election") and no
 * other event, ", killing at least 68" after a crash is the crash's
 * toll, and an apposition's names and places ("Microsoft, based in
 * Redmond, Washington, said") are neither the speaker nor where it spoke. *
 * As in test_extract_events.c, the entities of the entity stage are added
 * by hand (every whole-word occurrence of a surface form); the time and
 * event stages run on the tokens. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, 0);
}

/* A count opens the reported clause: the arrested are the 14, not the
 * speaker (the arrest keeps its date; it has no named patient). */
static void test_attribution_count_subject_is_not_the_speaker(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Carolina Toha said 14 people were arrested on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Carolina Toha");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Carolina Toha; arrest @2024-03-04");
	fx_release(&f);
}

/* A plural noun for people opens it too: the police arrested, not Toha. */
static void test_attribution_group_subject_is_not_the_speaker(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Carolina Toha said police arrested 14 people on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "Carolina Toha");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Carolina Toha; arrest @2024-03-04");
	fx_release(&f);
}

/* Without a subject of its own the clause's verb is still the speaker's
 * ("said he was arrested" resolves "he"; "said it would buy" follows "it"):
 * unchanged. */
static void test_attribution_pronoun_subject_resolves(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "John Smith said he was arrested on Monday.\n");
	named(&f, NKG_CLASS_PERSON, "John Smith");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:John Smith; arrest patient:John Smith @2024-03-04");
	fx_release(&f);
}

/* A time before the comma of a closing attribution dates what was said
 * (the cyclone), never the saying; with no event before the comma to take
 * it, it dates nothing. */
static void test_attribution_closing_time_is_not_the_sayings(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The cyclone made landfall near the port late on Sunday night, "
	              "the Meteorological Department said.\n");
	named(&f, NKG_CLASS_GOVERNMENT_ORG, "Meteorological Department");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-10TNI; statement speaker:Meteorological Department");
	fx_release(&f);

	fx_sunday(&f, "Remal made landfall near the port late on Sunday night, "
	              "the Meteorological Department said.\n");
	named(&f, NKG_CLASS_GOVERNMENT_ORG, "Meteorological Department");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Meteorological Department");
	fx_release(&f);
}

/* The same for a place; an event before the comma takes both. */
static void test_attribution_closing_place_goes_to_the_event(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Williams was pulled over on a freeway outside San Diego, the California "
	              "Highway Patrol said.\n");
	named(&f, NKG_CLASS_PERSON, "Williams");
	named(&f, NKG_CLASS_CITY, "San Diego");
	named(&f, NKG_CLASS_GOVERNMENT_ORG, "California Highway Patrol");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:California Highway Patrol");
	fx_release(&f);

	fx_sunday(&f, "Police arrested Williams on a freeway outside San Diego on Saturday, "
	              "the California Highway Patrol said.\n");
	named(&f, NKG_CLASS_PERSON, "Williams");
	named(&f, NKG_CLASS_CITY, "San Diego");
	named(&f, NKG_CLASS_GOVERNMENT_ORG, "California Highway Patrol");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Williams @2024-03-09 in:San Diego; "
	               "statement speaker:California Highway Patrol");
	fx_release(&f);
}

/* "In his keynote address Wednesday, Jobs announced": Jobs's speech; with
 * no person after the comma, no speaker. */
static void test_attribution_his_address_is_the_subjects(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "In his keynote address Wednesday, Steve Jobs announced the new laptops.\n");
	named(&f, NKG_CLASS_PERSON, "Steve Jobs");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Steve Jobs @2024-03-06");
	fx_release(&f);

	fx_sunday(&f, "In his keynote address Wednesday, the company announced new laptops.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "statement @2024-03-06");
	fx_release(&f);
}

/* "address" is a speech after a speech adjective or before "to the";
 * never a postal or web address. */
static void test_attribution_address_senses(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Gabriel Boric defended the plan in a televised address on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Gabriel Boric");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Gabriel Boric @2024-03-10");
	fx_release(&f);

	fx_sunday(&f, "Gabriel Boric gave an address to the nation on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Gabriel Boric");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Gabriel Boric @2024-03-10");
	fx_release(&f);

	fx_sunday(&f, "Gabriel Boric changed his email address on Sunday.\n");
	named(&f, NKG_CLASS_PERSON, "Gabriel Boric");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* "demonstrate" is a protest when nothing is demonstrated: intransitive,
 * before a preposition of place, time or cause, or at the end. */
static void test_attribution_demonstrate_senses(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "More than 50,000 people demonstrated in Santiago on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Santiago");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-09 in:Santiago");
	fx_release(&f);

	fx_sunday(&f, "Apple demonstrated the new phone in Santiago on Saturday.\n");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	named(&f, NKG_CLASS_CITY, "Santiago");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	/* a company showing something "in" a place is no protest either */
	fx_sunday(&f, "Apple demonstrated in Santiago on Saturday how the phone works.\n");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	named(&f, NKG_CLASS_CITY, "Santiago");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_sunday(&f, "Researchers demonstrated in a video on Saturday that the drug works.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* "Saturday's election" is the election's date, not the vote's before it
 * (a candidate's share of the vote is that election: one event, the
 * candidate its participant); "Saturday's budget" dates no event. */
static void test_attribution_possessive_time_dates_its_noun(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "John Mahama took 56 percent of the vote in Saturday's election.\n");
	named(&f, NKG_CLASS_PERSON, "John Mahama");
	fx_run(&f);
	EVENTS_ARE(&f, "election participant:John Mahama @2024-03-09");
	fx_release(&f);

	fx_sunday(&f, "Thousands joined Friday's massive protest in Accra.\n");
	named(&f, NKG_CLASS_CITY, "Accra");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-08 in:Accra");
	fx_release(&f);

	/* over a number: "Friday night's 88-72 loss" */
	fx_sunday(&f, "Police broke up Sunday's 5000 person protest in Accra.\n");
	named(&f, NKG_CLASS_CITY, "Accra");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-10 in:Accra");
	fx_release(&f);

	fx_sunday(&f, "The vote on Saturday's budget was delayed in Accra.\n");
	named(&f, NKG_CLASS_CITY, "Accra");
	fx_run(&f);
	EVENTS_ARE(&f, "vote in:Accra");
	fx_release(&f);
}

/* ", killing N" after an act verb joins that act and counts its toll. */
static void test_attribution_participle_toll_joins_the_act(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A plane carrying 72 people crashed into a gorge near Pokhara on Saturday, "
	              "killing at least 68 people.\n");
	named(&f, NKG_CLASS_CITY, "Pokhara");
	fx_run(&f);
	EVENTS_ARE(&f, "accident @2024-03-09 in:Pokhara");
	assert_int_equal(f.doc.events[0].quantity.len, strlen("at least 68"));
	assert_memory_equal(f.doc.events[0].quantity.ptr, "at least 68", 11);
	fx_release(&f);

	fx_sunday(&f,
	          "A powerful earthquake struck the province on Saturday, killing 120 people.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-09");
	assert_int_equal(f.doc.events[0].quantity.len, 3);
	assert_memory_equal(f.doc.events[0].quantity.ptr, "120", 3);
	fx_release(&f);

	/* a killing with its own subject stays a killing */
	fx_sunday(&f, "A plane crashed near Pokhara on Saturday. Gunmen later killed 12 people.\n");
	named(&f, NKG_CLASS_CITY, "Pokhara");
	fx_run(&f);
	EVENTS_ARE(&f, "accident @2024-03-09 in:Pokhara; killing");
	assert_int_equal(f.doc.events[0].quantity.len, 0);
	fx_release(&f);
}

/* The speaker of "X, <apposition>, said" is X, not a name inside the
 * apposition; "based in", "raised in" places an entity, not an event. */
static void test_attribution_apposition_head_and_places(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Microsoft, based in Redmond, Washington, said on Wednesday it would cut "
	              "jobs.\n");
	named(&f, NKG_CLASS_CORPORATION, "Microsoft");
	named(&f, NKG_CLASS_CITY, "Redmond");
	named(&f, NKG_CLASS_ADMIN_AREA, "Washington");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Microsoft @2024-03-06; layoff agent:Microsoft");
	fx_release(&f);

	fx_sunday(&f, "George Bush, speaking alongside Henry Paulson, said on Wednesday that "
	              "markets would recover.\n");
	named(&f, NKG_CLASS_PERSON, "George Bush");
	named(&f, NKG_CLASS_PERSON, "Henry Paulson");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:George Bush @2024-03-06");
	fx_release(&f);

	fx_sunday(&f, "John Nichols, who was raised in Baltimore, confessed to the killing on "
	              "Monday.\n");
	named(&f, NKG_CLASS_PERSON, "John Nichols");
	named(&f, NKG_CLASS_CITY, "Baltimore");
	fx_run(&f);
	EVENTS_ARE(&f, "killing @2024-03-04");
	fx_release(&f);

	/* a place after a verb of the event's own still places it */
	fx_sunday(&f, "Thousands protested in Redmond, Washington, on Wednesday.\n");
	named(&f, NKG_CLASS_CITY, "Redmond");
	named(&f, NKG_CLASS_ADMIN_AREA, "Washington");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-06 in:Redmond");
	fx_release(&f);
}

/* A keynote is a speech: who gave it its speaker; not "keynote" before
 * the noun it modifies ("a keynote speech": the speech is the event). */
static void test_attribution_keynote(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Steve Jobs gave his annual keynote in San Francisco on Monday.\n");
	named(&f, NKG_CLASS_CITY, "San Francisco");
	named(&f, NKG_CLASS_PERSON, "Steve Jobs");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Steve Jobs @2024-03-04 in:San Francisco");
	fx_release(&f);

	fx_sunday(&f, "Tim Cook was the keynote speaker in San Francisco on Monday.\n");
	named(&f, NKG_CLASS_CITY, "San Francisco");
	named(&f, NKG_CLASS_PERSON, "Tim Cook");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_attribution_count_subject_is_not_the_speaker),
	        cmocka_unit_test(test_attribution_group_subject_is_not_the_speaker),
	        cmocka_unit_test(test_attribution_pronoun_subject_resolves),
	        cmocka_unit_test(test_attribution_closing_time_is_not_the_sayings),
	        cmocka_unit_test(test_attribution_closing_place_goes_to_the_event),
	        cmocka_unit_test(test_attribution_his_address_is_the_subjects),
	        cmocka_unit_test(test_attribution_address_senses),
	        cmocka_unit_test(test_attribution_demonstrate_senses),
	        cmocka_unit_test(test_attribution_possessive_time_dates_its_noun),
	        cmocka_unit_test(test_attribution_participle_toll_joins_the_act),
	        cmocka_unit_test(test_attribution_apposition_head_and_places),
	        cmocka_unit_test(test_attribution_keynote),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
