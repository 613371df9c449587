/* test_events_session 12 review.c - the review of session 12's event rules
 * (session 12 review, E1-E6, K1-K2, H1-H2): driving offences, a killing in a
 * relative clause after an act's noun, kidnappings and hostages, each on
 * the reviewer's sentences and near variants.  The entities are added by
 * hand, as in the other event tests; a factuality other than asserted is
 * shown as "!name". */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS | FX_COUNT);
	/* the factuality of each event that is not asserted, after all */
	size_t len = strlen(out);
	for (uint32_t i = 0; i < f->doc.n_events; i++)
		if (f->doc.events[i].factuality != NKG_FACT_ASSERTED)
			len += (size_t)snprintf(out + len, cap - len, " !%u:%s", i,
			                        nkg_factuality_name(f->doc.events[i].factuality));
	assert_true(len < cap);
}

/* An article of Monday 2012-06-04, the reviewer's date for offences and
 * killings. */
static void fx_june(struct fx *f, const char *text)
{
	fx_init(f, text, "2012-06-04");
}

/* An article of Monday 2014-05-12, the reviewer's date for kidnappings. */
static void fx_may(struct fx *f, const char *text)
{
	fx_init(f, text, "2014-05-12");
}

/* Runs text through the time and event stages with the entities the
 * trailing statements add, and compares every event with expected. */
#define CASE(setup, text, expected, ...)                                                           \
	do {                                                                                       \
		struct fx f;                                                                       \
		setup(&f, text);                                                                   \
		__VA_ARGS__;                                                                       \
		fx_run(&f);                                                                        \
		EVENTS_ARE(&f, expected);                                                          \
		fx_release(&f);                                                                    \
	} while (0)
#define P(n) named(&f, NKG_CLASS_PERSON, n)
#define C(n) named(&f, NKG_CLASS_CITY, n)
#define S(n) named(&f, NKG_CLASS_ADMIN_AREA, n)

/* E1, E2: an offence told at a legal step (a charge, a conviction, a plea,
 * a case) is not dated or placed by that step: its time and place are the
 * step's. */
static void test_offence_legal_step(void **state)
{
	(void)state;
	CASE(fx_june, "Anna Kim, charged with DWI on Friday in Albany, pleaded not guilty.\n",
	     "charge patient:Anna Kim @2012-06-01 in:Albany [charged]; "
	     "driving-offence agent:Anna Kim [DWI]",
	     P("Anna Kim"), C("Albany"));
	CASE(fx_june,
	     "Tom Reed was charged with DUI on Monday. He was convicted of drunk driving in 2009 "
	     "in Ohio.\n",
	     "charge patient:Tom Reed @2012-06-04 [charged]; "
	     "driving-offence agent:Tom Reed [DUI][drunk driving]; "
	     "verdict patient:Tom Reed @2009 in:Ohio [convicted]",
	     P("Tom Reed"), S("Ohio"));
	CASE(fx_june, "Anna Kim is expected to plead guilty to DUI next week in Reno.\n",
	     "driving-offence agent:Anna Kim [DUI] !0:called-for", P("Anna Kim"), C("Reno"));
	CASE(fx_june, "Anna Kim's DUI case was dismissed on Monday in Reno.\n",
	     "driving-offence agent:Anna Kim [DUI]", P("Anna Kim"), C("Reno"));
	/* near variant: a conviction with its date after the offence */
	CASE(fx_june, "Tom Reed was convicted of DUI on Friday in Reno.\n",
	     "verdict patient:Tom Reed @2012-06-01 in:Reno [convicted]; "
	     "driving-offence agent:Tom Reed [DUI]",
	     P("Tom Reed"), C("Reno"));
}

/* E3: "not charged with" tells of no offence; E5: a time or a place between
 * the verb and "for/with", a second offence after "and", the object of an
 * active "arrested"; an offence dated apart from its arrest. */
static void test_offence_context(void **state)
{
	(void)state;
	CASE(fx_june,
	     "John Smith was not charged with drunk driving after the crash on Saturday in "
	     "Austin.\n",
	     "charge patient:John Smith [charged]; accident @2012-06-02 in:Austin [crash] "
	     "!0:negated",
	     P("John Smith"), C("Austin"));
	CASE(fx_june, "Tom Reed was arrested in Dallas for drunk driving.\n",
	     "arrest patient:Tom Reed in:Dallas [arrested]; "
	     "driving-offence agent:Tom Reed in:Dallas [drunk driving]",
	     P("Tom Reed"), C("Dallas"));
	CASE(fx_june,
	     "Tom Reed was charged on Monday in Ohio with driving while intoxicated and "
	     "speeding.\n",
	     "driving-offence agent:Tom Reed [driving while intoxicated]; "
	     "driving-offence agent:Tom Reed [speeding]",
	     P("Tom Reed"), S("Ohio"));
	CASE(fx_june, "Tom Reed was charged with DWI and speeding on Monday.\n",
	     "charge patient:Tom Reed @2012-06-04 [charged]; driving-offence agent:Tom Reed [DWI]; "
	     "driving-offence agent:Tom Reed [speeding]",
	     P("Tom Reed"));
	CASE(fx_june, "Tom Reed was arrested for speeding and drunk driving on Monday.\n",
	     "arrest patient:Tom Reed @2012-06-04 [arrested]; "
	     "driving-offence agent:Tom Reed @2012-06-04 [speeding]; "
	     "driving-offence agent:Tom Reed @2012-06-04 [drunk driving]",
	     P("Tom Reed"));
	CASE(fx_june,
	     "Tom Reed was arrested on Monday in Dallas for drunk driving he committed on "
	     "Saturday in Austin.\n",
	     "arrest patient:Tom Reed @2012-06-04 in:Dallas [arrested]; "
	     "driving-offence agent:Tom Reed @2012-06-02 [drunk driving]",
	     P("Tom Reed"), C("Dallas"), C("Austin"));
	CASE(fx_june, "Police arrested Jamal Williams on Sunday on suspicion of drunk driving.\n",
	     "arrest patient:Jamal Williams @2012-06-03 [arrested]; "
	     "driving-offence agent:Jamal Williams @2012-06-03 [drunk driving]",
	     P("Jamal Williams"));
	CASE(fx_june,
	     "Tom Reed apologised on Saturday. Deputies arrested him on suspicion of drunken "
	     "driving in Malibu.\n",
	     "arrest in:Malibu [arrested]; driving-offence agent:Tom Reed in:Malibu [drunken "
	     "driving]",
	     P("Tom Reed"), C("Malibu"));
	/* E6: the arrest's "later" (no date) is not copied to the offence;
	 * a bare "later" is no time now (session 14), so both are Friday's,
	 * the day the clause before tells */
	CASE(fx_june,
	     "Tom Reed was pulled over for speeding on Interstate 5 on Friday and later arrested "
	     "on suspicion of drunk driving.\n",
	     "driving-offence agent:Tom Reed [speeding]; arrest patient:Tom Reed @2012-06-01 "
	     "[arrested]; driving-offence agent:Tom Reed @2012-06-01 [drunk driving]",
	     P("Tom Reed"));
}

/* K1: a time in the main clause after a relative killing with no toll's act
 * is the main clause's noun's; K2: a fire's toll joins the fire. */
static void test_relative_killing(void **state)
{
	(void)state;
	CASE(fx_june, "The trial of the gunman in Oslo that killed 77 people began on Monday.\n",
	     "trial @2012-06-04 in:Oslo [trial]; killing q:77 [killed]", C("Oslo"));
	CASE(fx_june, "A fire at a factory in Dhaka that killed 12 workers broke out on Sunday.\n",
	     "fire @2012-06-03 in:Dhaka q:12 [fire][killed]", C("Dhaka"));
	/* what the rule was made for, kept */
	CASE(fx_june, "The storm that killed 30 people in Manila on Saturday weakened on Sunday.\n",
	     "disaster @2012-06-02 in:Manila q:30 [storm][killed]", C("Manila"));
	CASE(fx_june, "A crash in Karachi that killed 97 people happened on Sunday.\n",
	     "accident @2012-06-03 in:Karachi q:97 [crash][killed]", C("Karachi"));
}

/* H1: "hostage" before a noun, after a determiner, after a preposition
 * phrase, or with a thing held: no kidnapping.  H2: "a kidnapping
 * expert".  Kept: people taken or held hostage, kidnapped. */
static void test_hostage_figures(void **state)
{
	(void)state;
	CASE(fx_may,
	     "John Smith took the hostage crisis seriously, officials in Lagos said on Monday.\n",
	     "statement @2014-05-12 in:Lagos [said]", P("John Smith"), C("Lagos"));
	CASE(fx_may, "The deal may hold prices hostage, John Smith said in Lagos on Monday.\n",
	     "statement speaker:John Smith @2014-05-12 in:Lagos [said]", P("John Smith"),
	     C("Lagos"));
	CASE(fx_may, "Talks were held in Doha on the hostage release on Monday.\n",
	     "meeting @2014-05-12 in:Doha [Talks]", C("Doha"));
	CASE(fx_may, "Anna Kim will take the hostage negotiation course in Paris on Monday.\n", "",
	     P("Anna Kim"), C("Paris"));
	CASE(fx_may, "John Smith, a kidnapping expert, spoke in London on Monday.\n", "",
	     P("John Smith"), C("London"));
	/* near variants */
	CASE(fx_may, "The union held the economy hostage in Lagos on Monday.\n", "", C("Lagos"));
	CASE(fx_may, "Gunmen took two aid workers hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [took two aid workers hostage]", C("Lagos"));
	CASE(fx_may, "Gunmen held tourists hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [held tourists hostage]", C("Lagos"));
	CASE(fx_may, "Gunmen took a priest and worshippers hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [took a priest and worshippers hostage]", C("Lagos"));
	CASE(fx_may, "Anna Kim was held hostage in Lagos on Monday.\n",
	     "kidnapping patient:Anna Kim @2014-05-12 in:Lagos [held hostage]", P("Anna Kim"),
	     C("Lagos"));
	CASE(fx_may, "Gunmen held them hostage temporarily in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [held them hostage]", C("Lagos"));
	CASE(fx_may, "Gunmen kidnapped Anna Kim in Lagos on Monday.\n",
	     "kidnapping patient:Anna Kim @2014-05-12 in:Lagos [kidnapped]", P("Anna Kim"),
	     C("Lagos"));
}

/* mend18: a second offence joined by "and" or "or" to the first, however
 * long the first's phrase ("driving under the influence": its head four
 * tokens before the "and"), is in the same context and has the same
 * offender (trig_ending_at, which offence_context and
 * offence_participants share). */
static void test_offence_joined(void **state)
{
	(void)state;
	CASE(fx_june,
	     "Tom Reed was arrested for driving under the influence and speeding on Monday.\n",
	     "arrest patient:Tom Reed @2012-06-04 [arrested]; "
	     "driving-offence agent:Tom Reed @2012-06-04 [driving under the influence]; "
	     "driving-offence agent:Tom Reed @2012-06-04 [speeding]",
	     P("Tom Reed"));
	CASE(fx_june, "Tom Reed was charged with speeding or drunk driving on Monday.\n",
	     "charge patient:Tom Reed @2012-06-04 [charged]; "
	     "driving-offence agent:Tom Reed [speeding]; "
	     "driving-offence agent:Tom Reed [drunk driving]",
	     P("Tom Reed"));
	/* no offence before the "and": none joined */
	CASE(fx_june, "Tom Reed bought a car and drunk driving was on the news on Monday.\n", "",
	     P("Tom Reed"));
}

/* mend18: people held hostage are a victim noun (victim_nouns: "protesters"
 * and "fans" were a figure of speech before it was read here, as "prices"
 * still is) or one of hostage_taken's ("sailors", "dozens"). */
static void test_hostage_people(void **state)
{
	(void)state;
	CASE(fx_may, "Gunmen held protesters hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [held protesters hostage]", C("Lagos"));
	CASE(fx_may, "Gunmen held fans hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [held fans hostage]", C("Lagos"));
	CASE(fx_may, "Gunmen held sailors hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [held sailors hostage]", C("Lagos"));
	CASE(fx_may, "Gunmen held dozens hostage in Lagos on Monday.\n",
	     "kidnapping @2014-05-12 in:Lagos [held dozens hostage]", C("Lagos"));
	CASE(fx_may, "The union held the city hostage in Lagos on Monday.\n", "", C("Lagos"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_offence_legal_step), cmocka_unit_test(test_offence_context),
	        cmocka_unit_test(test_relative_killing),   cmocka_unit_test(test_hostage_figures),
	        cmocka_unit_test(test_offence_joined),     cmocka_unit_test(test_hostage_people),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
