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

	fx_sunday(&f, "Police blamed the bombing, claimed by a group based in Syria on Monday, "
	              "on militants.\n");
	named(&f, NKG_CLASS_COUNTRY, "Syria");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 [bombing]");
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
	               "vote @2024-03-05 in:Ohio [vote]; attack @2024-03-08 in:Oslo [attacked] | 2 "
	               "negated");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_undone_aside_dates_the_noun),
	        cmocka_unit_test(test_undone_aside_not_the_noun),
	        cmocka_unit_test(test_undone_verbs),
	        cmocka_unit_test(test_undone_happened),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
