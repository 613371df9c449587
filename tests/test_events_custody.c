/* test_events_custody.c - a prisoner's escape (issue 4, NKG_EVENT_ESCAPE):
 * "escaped", "escape", "jailbreak" where the text is about custody, who
 * escaped its agent (a person only: "A Texas inmate escaped" is where,
 * "an escaped inmate" names nobody), never escaping injury, death or the
 * heat.  As in the other event tests, the entities are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS);
}

/* The escape from a prison van, its escaper, time and place; the noun
 * after a custody word joins it. */
static void test_custody_escape(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Arcade Comeaux escaped from a prison van in Baytown on Monday. The "
	              "escape renewed calls for reform.\n");
	named(&f, NKG_CLASS_CITY, "Baytown");
	named(&f, NKG_CLASS_PERSON, "Arcade Comeaux");
	fx_run(&f);
	EVENTS_ARE(&f, "escape agent:Arcade Comeaux @2024-03-04 in:Baytown [escaped][escape]");
	fx_release(&f);

	/* a custody word in the sentence before is enough */
	fx_sunday(&f, "Arcade Comeaux is serving three life sentences in a Texas prison. He "
	              "escaped on Monday.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Texas");
	named(&f, NKG_CLASS_PERSON, "Arcade Comeaux");
	fx_run(&f);
	EVENTS_ARE(&f, "escape agent:Arcade Comeaux @2024-03-04 [escaped]");
	fx_release(&f);
}

/* Who escaped is a person: a place before the verb is its place, an
 * organisation or the subject of "an escaped inmate" no agent. */
static void test_custody_escaper_is_a_person(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "A Texas inmate escaped from a jail on Monday.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Texas");
	fx_run(&f);
	EVENTS_ARE(&f, "escape @2024-03-04 in:Texas [escaped]");
	fx_release(&f);

	fx_sunday(&f, "Acme Prisons is searching for an escaped inmate in Baytown. Sheriff Tom "
	              "Lane is searching for an escaped inmate in Dayton.\n");
	named(&f, NKG_CLASS_CITY, "Baytown");
	named(&f, NKG_CLASS_CITY, "Dayton");
	named(&f, NKG_CLASS_ORGANIZATION, "Acme Prisons");
	named(&f, NKG_CLASS_PERSON, "Tom Lane");
	fx_run(&f);
	EVENTS_ARE(&f, "escape in:Baytown [escaped]; escape in:Dayton [escaped]");
	fx_release(&f);
}

/* No escape where nothing is about custody, nor "narrowly escaped",
 * "escaped injury", "escape the heat", "an escape route". */
static void test_custody_no_escape(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Tom Lane escaped from a burning car in Baytown on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Baytown");
	named(&f, NKG_CLASS_PERSON, "Tom Lane");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);

	fx_sunday(&f, "In the prison yard, Tom Lane narrowly escaped from a fire on Monday. "
	              "Two inmates escaped injury in Baytown on Friday. Prisoners escaped the "
	              "heat in Baytown on Friday. Inmates dug an escape route in Baytown.\n");
	named(&f, NKG_CLASS_CITY, "Baytown");
	named(&f, NKG_CLASS_PERSON, "Tom Lane");
	fx_run(&f);
	EVENTS_ARE(&f, "fire @2024-03-04 [fire]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_custody_escape),
	        cmocka_unit_test(test_custody_escaper_is_a_person),
	        cmocka_unit_test(test_custody_no_escape),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
