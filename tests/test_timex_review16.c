/* test_timex_session 12 review.c - time expressions: the reviewer's sentences
 * against session 12's time rules (the review of session 12, T0-T4, C1-C3) and
 * near variants: each rule keeps its own case and stops at these. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* T0: a reported verb that tells what follows from a past event (it will
 * be investigated, it will cost, it would be remembered) says nothing of
 * when the event was; only one telling the event itself happen, or a
 * forecast's quantity, moves the day ahead (2011-03-02 is a Wednesday). */
static void test_reported_consequence(void **state)
{
	(void)state;
	CHECK("Officials said Sunday's crash will be investigated by a federal panel.",
	      "2011-03-02", "Sunday=2011-02-27:D");
	CHECK("The mayor said Monday's flooding will cost the city millions.", "2011-03-02",
	      "Monday=2011-02-28:D");
	CHECK("Organisers said Saturday's march would be remembered as a turning point.",
	      "2011-03-02", "Saturday=2011-02-26:D");
	CHECK("Police said Friday's attack will be examined.", "2011-03-02", "Friday=2011-02-25:D");
	/* the rule's own cases stay */
	CHECK("Forecasters said Saturday's high would reach 30 degrees.", "2011-03-02",
	      "Saturday=2011-03-05:D");
	CHECK("Officials said Saturday's match will be played behind closed doors.", "2011-03-02",
	      "Saturday=2011-03-05:D");
	CHECK("Organisers said Sunday's march will go ahead.", "2011-03-02", "Sunday=2011-03-06:D");
}

/* T1: only a present forecast verb of the clause governing the period
 * makes it the business year still running; a past one ("had
 * expected", "which had forecast") or one in an aside does not. */
static void test_forecast_clause(void **state)
{
	(void)state;
	CHECK("Sony, which had forecast a loss, reported a profit for the year to March.",
	      "2021-07-29", "the year=P1Y:U|March=2021-03:D");
	CHECK("The company, which sees China as its largest market, posted a profit for the "
	      "year to March.",
	      "2021-07-29", "the year=P1Y:U|March=2021-03:D");
	CHECK("Analysts had expected Toyota to post a profit of 2 trillion yen for the year to "
	      "March.",
	      "2021-05-12", "the year=P1Y:U|March=2021-03:D");
	/* the forecast itself, present, stays the running year */
	CHECK("Sony expects a net profit for the year to March.", "2021-07-29",
	      "the year=P1Y:U|March=2022-03:D");
	CHECK("Toyota sees a profit of 2 trillion yen for the year to March.", "2021-07-29",
	      "the year=P1Y:U|March=2022-03:D");
}

/* T2: only a verb of putting off or dropping says a plan in an aside is
 * gone; "was announced", "was confirmed" keep it to come. */
static void test_aside_plan_kept(void **state)
{
	(void)state;
	CHECK("The summit, set for March, was announced on Monday.", "2011-08-15",
	      "March=2012-03:D|Monday=2011-08-15:D");
	CHECK("The trial, scheduled for March, was confirmed by the court on Friday.", "2011-08-15",
	      "March=2012-03:D|Friday=2011-08-12:D");
	CHECK("The vote, scheduled for March, was approved by parliament.", "2011-08-15",
	      "March=2012-03:D");
	/* the rule's own cases stay */
	CHECK("The vote, scheduled for March, was postponed.", "2011-08-15", "March=2011-03:D");
	CHECK("The vote, scheduled for March, was later cancelled.", "2011-08-15",
	      "March=2011-03:D");
}

/* T3: "future" before a capitalised name or title is an adjective ("the
 * future King Charles"), as before a lowercase noun. */
static void test_future_adjective(void **state)
{
	(void)state;
	CHECK("He met the future Prime Minister in 1990.", "2022-04-25", "1990=1990:D");
	CHECK("The future King Charles visited the school.", "2022-04-25", "");
	CHECK("They discussed the future Olympic host city.", "2022-04-25", "");
	CHECK("The future and former members of the board met.", "2022-04-25", "");
	/* the noun stays */
	CHECK("They discussed the future of Europe.", "2022-04-25", "the future=FUTURE_REF:D");
	CHECK("In the future, Britain will trade more.", "2022-04-25", "the future=FUTURE_REF:D");
}

/* T4: "the past/next few quarters of X" is still a span of quarters; only
 * "the last few quarters of the game" is a game's. */
static void test_few_quarters_of(void **state)
{
	(void)state;
	CHECK("Sales have fallen over the past few quarters of the downturn.", "2011-02-28",
	      "the past few quarters=PXQ:U");
	CHECK("Margins will improve over the next few quarters of the year.", "2011-02-28",
	      "the next few quarters=PXQ:U");
	CHECK("He scored 20 points in the last few quarters of the game.", "2011-02-28", "");
}

/* C1: a clock time with no day in its sentence elaborates the day the
 * sentence before told, not the story's first day. */
static void test_clock_previous_day(void **state)
{
	(void)state;
	CHECK("Rescuers reached the village on Monday. The quake struck on Saturday. It hit at "
	      "4:15 a.m. and lasted a minute.",
	      "2011-02-28",
	      "Monday=2011-02-28:D|Saturday=2011-02-26:D|4:15 a.m.=2011-02-26T04:15:T|a "
	      "minute=PT1M:U");
	CHECK("The ship sank on Monday. The alarm sounded at 2 a.m. Rescuers arrived on Tuesday. "
	      "They found survivors at 6 p.m.",
	      "2011-03-02",
	      "Monday=2011-02-28:D|2 a.m.=2011-02-28T02:00:T|Tuesday=2011-03-01:D|6 "
	      "p.m.=2011-03-01T18:00:T");
	/* after a paragraph break the story's day comes back (the commit's
	 * own case: a day of another event in the paragraph before) */
	CHECK("Two men were charged after a shooting on Saturday night, police said on "
	      "Monday.\n\nThey appeared in court on Monday morning.\n\nPolice said a dispute "
	      "broke out at about 10:40 p.m.",
	      "2022-03-14",
	      "Saturday night=2022-03-12TNI:T|Monday=2022-03-14:D|Monday "
	      "morning=2022-03-14TMO:T|about 10:40 p.m.=2022-03-12T22:40:T");
	/* a prior act in "after cutting ... on Wednesday" is a flashback too */
	CHECK("Shares of Google rose 18 percent on Thursday. Google sold shares at $85, after "
	      "cutting its price range on Wednesday. Trading began at 11:56 a.m.",
	      "2004-08-19",
	      "Thursday=2004-08-19:D|Wednesday=2004-08-18:D|11:56 a.m.=2004-08-19T11:56:T");
}

/* C2: "likely" as an adverb of a past "was" is no plan. */
static void test_likely_adverb(void **state)
{
	(void)state;
	CHECK("Police said the gunman was likely in the building on Friday.", "2011-03-02",
	      "Friday=2011-02-25:D");
	CHECK("Police said the gunman was probably in the building on Friday.", "2011-03-02",
	      "Friday=2011-02-25:D");
	/* the rule's own case stays */
	CHECK("He said more cancellations were likely on Friday.", "2011-03-02",
	      "Friday=2011-03-04:D");
}

/* C3: "before the close on Friday" is a deadline to come, not a price. */
static void test_close_deadline(void **state)
{
	(void)state;
	CHECK("Shareholders must tender their shares before the close on Friday.", "2011-03-03",
	      "Friday=2011-03-04:D");
	CHECK("Shareholders must tender their shares by the close on Friday.", "2011-03-03",
	      "Friday=2011-03-04:D");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_reported_consequence),
	        cmocka_unit_test(test_forecast_clause),
	        cmocka_unit_test(test_aside_plan_kept),
	        cmocka_unit_test(test_future_adjective),
	        cmocka_unit_test(test_few_quarters_of),
	        cmocka_unit_test(test_clock_previous_day),
	        cmocka_unit_test(test_likely_adverb),
	        cmocka_unit_test(test_close_deadline),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
