/* test_timex16.c - time expressions: session 12's rules (reported
 * subjects, plans since replaced, forecasts of a business year, "the
 * future" as a noun, "the last few quarters", fiscal years by their last
 * month, closing prices, clock times on the story's day). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* A time in the possessive opening a reported clause takes that clause's
 * tense, not the verb of saying's (2011-02-28 is a Monday). */
static void test_reported_subject(void **state)
{
	(void)state;
	CHECK("Forecasters said Wednesday's high would reach 30 degrees.", "2011-02-28",
	      "Wednesday=2011-03-02:D");
	CHECK("Forecasters said that Wednesday's high would reach 30 degrees.", "2011-02-28",
	      "Wednesday=2011-03-02:D");
	/* the reported verb is past: the last one */
	CHECK("Officials said Saturday's vote was rigged.", "2011-02-28", "Saturday=2011-02-26:D");
	/* no verb of saying before it: as before */
	CHECK("Shares fell below Friday's low.", "2011-02-28", "Friday=2011-02-25:D");
}

/* A plan since replaced, or one in an aside of a past clause, is the
 * nearest such time, not one to come. */
static void test_plans_replaced(void **state)
{
	(void)state;
	CHECK("The launch, originally planned for March, took place in June.", "2011-08-15",
	      "March=2011-03:D|June=2011-06:D");
	CHECK("The meeting originally scheduled for October was moved.", "2011-08-15",
	      "October=2011-10:D");
	CHECK("The vote, scheduled for March, was postponed.", "2011-08-15", "March=2011-03:D");
	/* a plan still to come stays so */
	CHECK("The vote, scheduled for March, will be postponed.", "2011-08-15", "March=2012-03:D");
	CHECK("The launch is scheduled for March.", "2011-08-15", "March=2012-03:D");
}

/* A forecast "for the year to March" is of the business year running. */
static void test_forecast_year_to(void **state)
{
	(void)state;
	CHECK("Nippon Steel expects a net profit of 370 billion yen for the year to March.",
	      "2021-07-29", "the year=P1Y:U|March=2022-03:D");
	CHECK("Sony said it now expected a net loss for the year to March.", "2014-02-06",
	      "now=PRESENT_REF:D|the year=P1Y:U|March=2014-03:D");
	/* a result reported is of the year gone */
	CHECK("It reported a profit of 2 billion yen for the year to March.", "2021-07-29",
	      "the year=P1Y:U|March=2021-03:D");
}

/* "the future" as a noun is FUTURE_REF; the adjective is no time. */
static void test_future_noun(void **state)
{
	(void)state;
	CHECK("This is the future of notebooks.", "2010-10-23", "the future=FUTURE_REF:D");
	CHECK("Workers worried about their future after the sale.", "2010-04-01",
	      "their future=FUTURE_REF:D");
	CHECK("Nokia ties its future to Microsoft.", "2011-02-11", "its future=FUTURE_REF:D");
	CHECK("He said the company's future was uncertain.", "2022-04-25",
	      "the company's future=FUTURE_REF:D");
	CHECK("Prices will stay high for the foreseeable future.", "2022-04-25",
	      "the foreseeable future=FUTURE_REF:D");
	CHECK("It will decide in the future.", "2022-04-25", "the future=FUTURE_REF:D");
	CHECK("The future king spoke at a future date.", "2022-04-25", "");
	CHECK("It invests through the Future Fund.", "2022-04-25", "");
}

/* "the last few quarters" as "the past few quarters"; a game's not. */
static void test_last_few_quarters(void **state)
{
	(void)state;
	CHECK("Sales fell in the last few quarters.", "2011-02-28", "the last few quarters=PXQ:U");
	CHECK("Profits fell over the past several quarters.", "2011-02-28",
	      "the past several quarters=PXQ:U");
	CHECK("They led in the last few quarters of the game.", "2011-02-28", "");
}

/* "the fiscal year ending in March" is named by the year of its last
 * month; the month as a period's end is resolved as "the year to March". */
static void test_fiscal_year_ending(void **state)
{
	(void)state;
	CHECK("Sharp said that it expected a net loss for the fiscal year ending in March.",
	      "2012-11-01", "the fiscal year=FY2013:D|March=2013-03:D");
	CHECK("Ryanair said that it expected profit for the fiscal year that ended in March "
	      "to rise.",
	      "2005-04-18", "the fiscal year=FY2005:D|March=2005-03:D");
	CHECK("Toyota expects a net profit of 1.27 trillion yen for the fiscal year ending in "
	      "March.",
	      "2006-03-10", "the fiscal year=FY2006:D|March=2006-03:D");
	CHECK("It lost 376 billion yen in the fiscal year to March 2012.", "2012-11-01",
	      "the fiscal year=FY2012:D|March 2012=2012-03:D");
	/* no end month: not this rule's */
	CHECK("It raised its forecast for the fiscal year.", "2012-11-01", "");
}

/* A closing price on a weekday is one already set, in any tense. */
static void test_closing_price_on(void **state)
{
	(void)state;
	CHECK("Oracle will pay $9.50 a share, 42 percent more than Sun's closing price on "
	      "Friday.",
	      "2009-04-27", "Friday=2009-04-24:D");
	CHECK("The offer is 10 percent above its close on Friday.", "2009-04-27",
	      "Friday=2009-04-24:D");
	/* the verb "close" is no price */
	CHECK("Trading will close on Friday.", "2009-04-27", "Friday=2009-05-01:D");
}

/* "were likely on Friday", told in the past, is the nearest Friday. */
static void test_likely_in_past(void **state)
{
	(void)state;
	CHECK("JetBlue said more cancellations were likely on Friday.", "2007-02-15",
	      "Friday=2007-02-16:D");
}

/* A clock time whose sentence names no day is on the story's day (the
 * first day of its body), not on the day the sentence before told. */
static void test_clock_story_day(void **state)
{
	(void)state;
	CHECK("Qantas flights resume\n\nQantas resumed flights on Monday. Alan Joyce had "
	      "grounded the fleet on Saturday. The first flight left Sydney at about 2 p.m.",
	      "2011-10-31",
	      "Monday=2011-10-31:D|Saturday=2011-10-29:D|about 2 p.m.=2011-10-31T14:00:T");
	/* a day in its own sentence still gives it */
	CHECK("Flights resume\n\nQantas resumed flights on Monday. The fleet was grounded "
	      "at 5 p.m. on Saturday.",
	      "2011-10-31", "Monday=2011-10-31:D|5 p.m.=2011-10-29T17:00:T|Saturday=2011-10-29:D");
	/* the headline's day is not the story's */
	CHECK("Black Friday crowds\n\nShoppers filled the mall on Thursday evening. The "
	      "mall opened at 8 p.m.",
	      "2013-11-29",
	      "Black Friday=2013-11-29:D|Thursday evening=2013-11-28TEV:T|"
	      "8 p.m.=2013-11-28T20:00:T");
}

/* A price compared with on a weekday is one already paid; "as soon as" a
 * weekday is the coming one. */
static void test_price_compared_and_as_soon_as(void **state)
{
	(void)state;
	CHECK("HP will pay $25 a share, 32 percent more than the price of EDS stock on Friday.",
	      "2008-05-13", "Friday=2008-05-09:D");
	CHECK("Holders will get 69 percent more than the price on Friday.", "2010-09-27",
	      "Friday=2010-09-24:D");
	/* prices cut on a day to come are no comparison */
	CHECK("It will lower prices on Friday.", "2008-05-13", "Friday=2008-05-16:D");
	CHECK("A deal could be announced as soon as Tuesday, people familiar with the talks "
	      "said on Monday.",
	      "2011-02-14", "Tuesday=2011-02-15:D|Monday=2011-02-14:D");
	CHECK("Shares fell as early as Friday, traders said.", "2011-02-14", "Friday=2011-02-11:D");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_reported_subject),
	        cmocka_unit_test(test_plans_replaced),
	        cmocka_unit_test(test_forecast_year_to),
	        cmocka_unit_test(test_future_noun),
	        cmocka_unit_test(test_last_few_quarters),
	        cmocka_unit_test(test_fiscal_year_ending),
	        cmocka_unit_test(test_closing_price_on),
	        cmocka_unit_test(test_likely_in_past),
	        cmocka_unit_test(test_clock_story_day),
	        cmocka_unit_test(test_price_compared_and_as_soon_as),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
