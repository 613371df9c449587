/* test_events_undone.c - (issue 4) what an aside after an event noun says
 * of it, and events the text says did not take place.  "The protest, which
 * took place in Lyon on Sunday,", "an accident that hurt a woman in Queens
 * on Friday": the aside's or relative clause's time and place are the
 * noun's; an event escaped, foiled, thwarted, prevented, averted, avoided,
 * called off or cancelled did not happen (negated), one postponed is still
 * to come (called-for), "failed to" did not happen; "survived an attack"
 * did.  As in the other event tests, the entities are added by hand. */
#include "events_fixture.h"

/* Every event with its factuality when it is not asserted. */
static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
	size_t len = strlen(out);
	for (uint32_t i = 0; i < f->doc.n_events; i++)
		if (f->doc.events[i].factuality != NKG_FACT_ASSERTED)
			len += (size_t)snprintf(out + len, cap - len, " | %u %s", i,
			                        nkg_factuality_name(f->doc.events[i].factuality));
	assert_true(len < cap);
}

/* A relative clause or a participle set off by commas right after an event
 * noun gives it its time and place. */
static void test_undone_aside_dates_the_noun(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The protest, which took place in Lyon on Tuesday, drew a large crowd. "
	              "The attack, carried out near Kandahar on Monday, killed four soldiers.\n");
	named(&f, NKG_CLASS_CITY, "Lyon");
	named(&f, NKG_CLASS_CITY, "Kandahar");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-05 in:Lyon [protest]; "
	               "attack @2024-03-04 in:Kandahar [attack][killed]");
	fx_release(&f);

	/* two events, two asides: each keeps its own */
	fx_sunday(&f, "The shooting, which happened in Bristol on Friday, left two people "
	              "injured. Jack Roe denied the assault in Leeds on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Bristol");
	named(&f, NKG_CLASS_CITY, "Leeds");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-08 in:Bristol [shooting]; "
	               "statement speaker:Jack Roe [denied]; "
	               "attack @2024-03-09 in:Leeds [assault] | 2 negated");
	fx_release(&f);

	/* a relative clause with no comma and no event of its own; not one
	 * after a noun that is no event, nor over punctuation */
	fx_sunday(&f, "There was an accident that hurt a woman in Queens on Friday night. The "
	              "firm that once sold milk in Alaska on Monday closed. The fire that caused "
	              "$1 million in damage in Wasilla on Friday was arson.\n");
	named(&f, NKG_CLASS_DISTRICT, "Queens");
	named(&f, NKG_CLASS_ADMIN_AREA, "Alaska");
	named(&f, NKG_CLASS_CITY, "Wasilla");
	fx_run(&f);
	EVENTS_ARE(&f, "accident @2024-03-08TNI in:Queens [accident]");
	fx_release(&f);

	/* a statement's "that" opens what it says */
	fx_sunday(&f, "Jane Doe made a statement that prices were high in Ohio in 2023.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Ohio");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:Jane Doe [statement]");
	fx_release(&f);
}

/* Not an aside of the noun: a comma that closes a clause the noun ends, a
 * time of another noun inside the aside, an aside of a describing
 * participle. */
static void test_undone_aside_not_the_noun(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Jack Roe, who argued he was insane when he carried out the killings, "
	              "spoke in court on Saturday.\n");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "killing agent:Jack Roe [killings]");
	fx_release(&f);

	fx_sunday(&f, "Voters went to the polls in the election, held under the framework of a "
	              "new constitution approved in September. Voters backed the election, "
	              "hailed as the start of reforms in May.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	/* Monday is when the group claimed the bombing, not its date: the
	 * bombing, with no time or place of its own, is too vague to write */
	fx_sunday(&f, "Police blamed the bombing, claimed by a group based in Syria on Monday, "
	              "on militants.\n");
	named(&f, NKG_CLASS_COUNTRY, "Syria");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* An aside about what others did about the event (a reaction, a claim,
 * an object relative whose subject acts on it) neither dates nor places
 * it; one that tells of the event still does. */
static void test_undone_aside_of_a_reaction(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The shooting, denounced by church leaders in York on Tuesday, wounded "
	              "three people in Leeds. The riot, which the mayor of the port of Hull had "
	              "predicted on Wednesday, spread across Derby.\n");
	named(&f, NKG_CLASS_CITY, "York");
	named(&f, NKG_CLASS_CITY, "Leeds");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	fx_run(&f);
	EVENTS_ARE(&f, "attack in:Leeds [shooting]");
	fx_release(&f);

	/* an aside with an event of its own keeps its place */
	fx_sunday(&f, "Officers read a post written before the riot, which hailed a gunman who "
	              "shot four people in Derby in 2019.\n");
	named(&f, NKG_CLASS_CITY, "Derby");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2019 in:Derby [shot]");
	fx_release(&f);

	/* a bare plural subject before the relative's verb */
	fx_sunday(&f, "The strike, which unions called in Hull on Monday, shut schools in "
	              "Derby.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	/* what the commits got right: an aside that situates the event */
	fx_sunday(&f, "The rally, which brought 5,000 people to Derby on Thursday, ended "
	              "peacefully. The summit, staged by Norway in Bergen on Friday, closed "
	              "with a deal.\n");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_CITY, "Bergen");
	named(&f, NKG_CLASS_COUNTRY, "Norway");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-07 [rally]; meeting @2024-03-08 in:Bergen [summit]");
	fx_release(&f);
}

/* A relative clause with no comma: only a subject relative tells of the
 * noun; the main verb's time, whose subject the noun is, wins over the
 * clause's. */
static void test_undone_relative_of_a_reaction(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Ministers debated the bombing that Hamas blamed on Fatah in Gaza on "
	              "Wednesday. The march that the council in Bath banned on Tuesday went ahead "
	              "on Thursday.\n");
	named(&f, NKG_CLASS_ORGANIZATION, "Hamas");
	named(&f, NKG_CLASS_ORGANIZATION, "Fatah");
	named(&f, NKG_CLASS_CITY, "Gaza");
	named(&f, NKG_CLASS_CITY, "Bath");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-07 [march]");
	fx_release(&f);

	fx_sunday(&f, "The summit that moved to Vienna two years ago began on Tuesday evening. "
	              "The agreement that troops would quit Mali by 2030 was signed in 2021.\n");
	named(&f, NKG_CLASS_CITY, "Vienna");
	named(&f, NKG_CLASS_COUNTRY, "Mali");
	fx_run(&f);
	EVENTS_ARE(&f, "meeting @2024-03-05TEV [summit]; agreement @2021 [agreement]");
	fx_release(&f);

	/* a time in the main verb's object is not the main verb's */
	fx_sunday(&f, "A fire that started on Monday night destroyed the town's 17th-century "
	              "church in Hull.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	fx_run(&f);
	EVENTS_ARE(&f, "fire @2024-03-04TNI [fire]");
	fx_release(&f);

	/* nor after a determiner */
	fx_sunday(&f, "A fire that started on Monday night destroyed the 17th-century church in "
	              "Hull.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	fx_run(&f);
	EVENTS_ARE(&f, "fire @2024-03-04TNI in:Hull [fire]");
	fx_release(&f);

	/* what the commits got right: a subject relative dates the noun */
	fx_sunday(&f, "There was a crash that injured four cyclists in Hull on Thursday. The "
	              "protest that started in York on Monday spread to Leeds.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "York");
	named(&f, NKG_CLASS_CITY, "Leeds");
	fx_run(&f);
	EVENTS_ARE(&f,
	           "accident @2024-03-07 in:Hull [crash]; protest @2024-03-04 in:York [protest]");
	fx_release(&f);
}

/* A verb that undoes its object: the event did not happen. */
static void test_undone_verbs(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Jane Doe narrowly escaped being stabbed in Oslo on Friday. Police in "
	              "Madrid foiled a bombing on Tuesday. Troops prevented an attack in Herat on "
	              "Monday.\n");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_CITY, "Madrid");
	named(&f, NKG_CLASS_CITY, "Herat");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Jane Doe @2024-03-08 in:Oslo [stabbed]; "
	               "attack @2024-03-05 in:Madrid [bombing]; "
	               "attack @2024-03-04 in:Herat [attack] | 0 negated | 1 negated | "
	               "2 negated");
	fx_release(&f);

	/* called off, the passive after the noun (over an aside), postponed */
	fx_sunday(&f, "Unions called off the strike in Paris on Monday. The summit in Geneva, "
	              "planned for months, was called off on Tuesday. The march in Lille was "
	              "postponed on "
	              "Friday. The attack in Kabul on Thursday was thwarted.\n");
	named(&f, NKG_CLASS_CITY, "Paris");
	named(&f, NKG_CLASS_CITY, "Geneva");
	named(&f, NKG_CLASS_CITY, "Lille");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "labour-strike @2024-03-04 in:Paris [strike]; "
	               "meeting @2024-03-05 in:Geneva [summit]; "
	               "protest @2024-03-08 in:Lille [march]; "
	               "attack @2024-03-07 in:Kabul [attack] | 0 negated | 1 negated | "
	               "2 called-for | 3 negated");
	fx_release(&f);

	/* escaping an attack or a killing: a noun over its modifiers */
	fx_sunday(&f, "Jane Doe escaped an assassination attempt in Lyon on Monday. The meeting "
	              "in Oslo was cancelled on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Lyon");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	fx_run(&f);
	EVENTS_ARE(&f, "killing patient:Jane Doe @2024-03-04 in:Lyon [assassination]; "
	               "meeting @2024-03-08 in:Oslo [meeting] | 0 negated | 1 negated");
	fx_release(&f);
}

/* What happened still did: "survived an attack", "failed to prevent",
 * "escaped injury in the attack", a clause after a comma. */
static void test_undone_happened(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Jane Doe survived an attack in Denver on Wednesday. Police failed to "
	              "prevent a bombing in Lyon on Monday. Jack Roe escaped injury in the "
	              "shooting in Oslo on Friday.\n");
	named(&f, NKG_CLASS_CITY, "Denver");
	named(&f, NKG_CLASS_CITY, "Lyon");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	named(&f, NKG_CLASS_PERSON, "Jack Roe");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Jane Doe @2024-03-06 in:Denver [attack]; "
	               "attack @2024-03-04 in:Lyon [bombing]; "
	               "attack @2024-03-08 in:Oslo [shooting]");
	fx_release(&f);

	/* a clause after a comma is not what the verb undoes, and one fails
	 * to do what did not happen */
	fx_sunday(&f, "An inmate used the gun to escape, the agency announced on Tuesday. The "
	              "guards avoided him, attacking the inmates in Lyon on Monday. "
	              "Jane Doe failed to vote in Ohio on Tuesday. A man who escaped the crowd "
	              "attacked a guard in Oslo on Friday.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Ohio");
	named(&f, NKG_CLASS_CITY, "Oslo");
	named(&f, NKG_CLASS_PERSON, "Jane Doe");
	fx_run(&f);
	EVENTS_ARE(&f, "statement @2024-03-05 [announced]; attack @2024-03-04 [attacking]; "
	               "vote @2024-03-05 in:Ohio [vote]; attack patient:\"a guard\" @2024-03-08 in:Oslo [attacked] | 2 "
	               "negated");
	fx_release(&f);
}

/* What an undoing verb undoes is its direct object, and only when the
 * verb itself is not negated or failed. */
static void test_undone_only_the_object(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Shops cancelled their sales during the riot in Hull on Friday. Guards "
	              "prevented reporters from filming the site of the crash in Derby on "
	              "Thursday. Rangers avoided the area amid the protest in York on Tuesday.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_CITY, "York");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-08 in:Hull [riot]; accident @2024-03-07 in:Derby [crash]; "
	               "protest @2024-03-05 in:York [protest]");
	fx_release(&f);

	fx_sunday(&f, "Police could not prevent the riot in Hull on Friday. The navy was unable "
	              "to avert the attack on the port of Derby on Thursday. The guards did "
	              "nothing to prevent the assault in York on Tuesday. Officials urged "
	              "residents to avoid the march in Leeds on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_CITY, "York");
	named(&f, NKG_CLASS_CITY, "Leeds");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-08 in:Hull [riot]; attack patient:Derby @2024-03-07 "
	               "[attack]; attack @2024-03-05 in:York [assault]; statement [urged]; protest "
	               "@2024-03-16 in:Leeds [march] | 4 called-for");
	fx_release(&f);

	/* what the commits got right: a direct object is undone */
	fx_sunday(&f, "Police foiled a car bombing in Hull on Friday. Soldiers averted an "
	              "attack on a convoy in Derby on Thursday. Guards prevented the inmates from "
	              "rioting in York on Tuesday.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_CITY, "York");
	fx_run(&f);
	EVENTS_ARE(&f,
	           "attack @2024-03-08 in:Hull [bombing]; attack @2024-03-07 in:Derby [attack]; "
	           "protest @2024-03-05 in:York [rioting] | 0 negated | 1 negated | 2 negated");
	fx_release(&f);
}

/* A passive that undoes the noun is the noun's own verb, not a later
 * clause's; a delay by hours still took place. */
static void test_undone_passive_of_the_noun(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "The riot in Hull on Friday meant the concert was cancelled. The vote in "
	              "Derby was delayed by three hours and took place on Thursday.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	fx_run(&f);
	EVENTS_ARE(&f, "protest @2024-03-08 in:Hull [riot]; vote @2024-03-07 in:Derby [vote]");
	fx_release(&f);

	/* what the commits got right: delayed to a later time, postponed,
	 * called off over an aside */
	fx_sunday(&f, "The summit in Bergen was delayed until April. The march, due on Friday, "
	              "was called off in Leeds.\n");
	named(&f, NKG_CLASS_CITY, "Bergen");
	named(&f, NKG_CLASS_CITY, "Leeds");
	fx_run(&f);
	EVENTS_ARE(&f, "meeting in:Bergen [summit]; protest @2024-03-15 in:Leeds [march] | 0 "
	               "called-for | 1 negated");
	fx_release(&f);
}

/* An attack one escaped or survived took place; a killing attempted on
 * one who escaped or survived did not, whichever the verb. */
static void test_undone_escaped_attack(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Governor Ann Lee escaped a gun attack in Hull on Friday. Judge Tom Reed "
	              "survived an assassination attempt in Derby on Thursday. Jane Roe was the "
	              "target of a murder plot in York on Wednesday.\n");
	named(&f, NKG_CLASS_CITY, "York");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_PERSON, "Ann Lee");
	named(&f, NKG_CLASS_PERSON, "Tom Reed");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Ann Lee @2024-03-08 in:Hull [attack]; killing patient:Tom "
	               "Reed @2024-03-07 in:Derby [assassination]; killing @2024-03-06 in:York "
	               "[murder] | 1 "
	               "negated | 2 negated");
	fx_release(&f);

	/* what the commits got right */
	fx_sunday(&f, "Ann Lee, who survived the bombing in Hull, spoke on Friday. Tom Reed "
	              "narrowly escaped being shot in Derby on Thursday.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_PERSON, "Ann Lee");
	named(&f, NKG_CLASS_PERSON, "Tom Reed");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Ann Lee in:Hull [bombing]; attack patient:Tom Reed "
	               "@2024-03-07 in:Derby [shot] | 1 negated");
	fx_release(&f);
}

/* "escaped unharmed from the attack": the one who escaped is its patient;
 * not the speaker whose relative survived an attack. */
static void test_undone_escaped_unharmed(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Governor Ann Lee escaped unharmed from the gun attack in Hull on Friday. "
	              "Tom Reed, whose sister survived the 2019 attack in Derby, spoke on "
	              "Thursday.\n");
	named(&f, NKG_CLASS_CITY, "Hull");
	named(&f, NKG_CLASS_CITY, "Derby");
	named(&f, NKG_CLASS_PERSON, "Ann Lee");
	named(&f, NKG_CLASS_PERSON, "Tom Reed");
	fx_run(&f);
	EVENTS_ARE(&f, "attack patient:Ann Lee @2024-03-08 in:Hull [attack]; attack @2019 in:Derby "
	               "[attack]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_undone_aside_dates_the_noun),
	        cmocka_unit_test(test_undone_aside_not_the_noun),
	        cmocka_unit_test(test_undone_verbs),
	        cmocka_unit_test(test_undone_happened),
	        cmocka_unit_test(test_undone_aside_of_a_reaction),
	        cmocka_unit_test(test_undone_relative_of_a_reaction),
	        cmocka_unit_test(test_undone_only_the_object),
	        cmocka_unit_test(test_undone_passive_of_the_noun),
	        cmocka_unit_test(test_undone_escaped_attack),
	        cmocka_unit_test(test_undone_escaped_unharmed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
