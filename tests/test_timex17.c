/* test_timex17.c - time expressions: session 13's rules (clock times of a
 * habit told in a quotation, seasons told by their weather or a
 * superlative, winters named by the year they begin in). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* A clock time in a quoted present-tense clause with no day is a habit,
 * any day (2014-03-10 is a Monday). */
static void test_quoted_habit(void **state)
{
	(void)state;
	CHECK("\"I leave my house at five in the morning to reach Marina by eight,\" she said.",
	      "2014-03-10", "five in the morning=XXXX-XX-XXT05:00:T");
	CHECK("\xe2\x80\x9cWorkers start at 7 a.m.,\xe2\x80\x9d he said.", "2014-03-10",
	      "7 a.m.=XXXX-XX-XXT07:00:T");
	/* a quoted past is a moment of the story: its day stays */
	CHECK("\"We left Seville at noon,\" he said.", "2014-03-10", "noon=2014-03-10T12:00:T");
	/* outside the quotation, the present is the story's day */
	CHECK("\"It is over,\" he said. Trading resumes at 9 a.m.", "2014-03-10",
	      "9 a.m.=2014-03-10T09:00:T");
	/* a day in the quoted sentence gives the time its day */
	CHECK("\"We will meet on Tuesday at 9 a.m.,\" he said.", "2014-03-10",
	      "Tuesday at 9 a.m.=2014-03-11T09:00:T");
	/* a quotation ends with its paragraph */
	CHECK("\"The trains are late.\n\nThe shop opens at 9 a.m.", "2014-03-10",
	      "9 a.m.=2014-03-10T09:00:T");
}

/* "tonight", or "today" in a past clause, quoted in a report of the day
 * before is the story's day (2022-12-11 is a Sunday). */
static void test_quoted_story_day(void **state)
{
	(void)state;
	CHECK("Morocco beat Portugal on Saturday. \"Tonight he is the happiest man,\" she said.",
	      "2022-12-11", "Saturday=2022-12-10:D|Tonight=2022-12-10TNI:T");
	CHECK("The launch was called off on Saturday. \"Today we were not ready,\" he said.",
	      "2022-12-11", "Saturday=2022-12-10:D|Today=2022-12-10:D");
	/* a present "today" stays the report's */
	CHECK("The bank was sold on Saturday. \"We are a different company today than the one "
	      "that went into it,\" he said.",
	      "2022-12-11", "Saturday=2022-12-10:D|today=2022-12-11:D");
	/* outside a quotation, or with no story day, the report's day */
	CHECK("Morocco beat Portugal on Saturday. Fans celebrate tonight.", "2022-12-11",
	      "Saturday=2022-12-10:D|tonight=2022-12-11TNI:T");
	CHECK("\"Tonight he is the happiest man,\" she said.", "2022-12-11",
	      "Tonight=2022-12-11TNI:T");
}

/* The hours of a curfew are every night's, no one day; a day told with
 * them stays (2019-04-12 is a Friday). */
static void test_curfew_hours(void **state)
{
	(void)state;
	CHECK("The council said a curfew from 10 p.m. to 4 a.m. was imposed.", "2019-04-12",
	      "10 p.m.=XXXX-XX-XXT22:00:T|4 a.m.=XXXX-XX-XXT04:00:T");
	CHECK("A night curfew runs from 6:30 p.m. to 5 a.m. every day.", "2019-04-12",
	      "6:30 p.m.=XXXX-XX-XXT18:30:T|5 a.m.=XXXX-XX-XXT05:00:T|every day=P1D:S");
	CHECK("He announced a curfew from 9 p.m. tonight.", "2019-04-12",
	      "9 p.m.=2019-04-12T21:00:T|tonight=2019-04-12TNI:T");
	CHECK("A curfew will run from 9 p.m. on Saturday.", "2019-04-12",
	      "9 p.m.=2019-04-13T21:00:T|Saturday=2019-04-13:D");
	/* hours of something else */
	CHECK("The shop was open from 10 a.m. to 4 p.m.", "2019-04-12",
	      "10 a.m.=2019-04-12T10:00:T|4 p.m.=2019-04-12T16:00:T");
}

/* "spent the night" is a night, as "through the night" (2013-07-07 is a
 * Sunday). */
static void test_spent_the_night(void **state)
{
	(void)state;
	CHECK("Residents were evacuated on Saturday and spent the night at a school.", "2013-07-07",
	      "Saturday=2013-07-06:D|the night=2013-07-06TNI:T");
	CHECK("The night shift spent the night shift budget.", "2013-07-07", "");
}

/* A fixture in the bare present ten words before its day, and an event a
 * verb of inviting, calling or planning arranges, are to come
 * (2014-11-05 is a Wednesday). */
static void test_weekday_to_come(void **state)
{
	(void)state;
	CHECK("They play the Oakland Raiders at home on Sunday.", "2014-11-05",
	      "Sunday=2014-11-09:D");
	CHECK("South Africa play Uruguay in Pretoria at the Loftus Versfeld Stadium on Friday.",
	      "2014-11-05", "Friday=2014-11-07:D");
	CHECK("He had invited the leaders of both parties to a meeting on Friday.", "2014-11-05",
	      "Friday=2014-11-07:D");
	CHECK("Merkel and Hollande met in Paris and called for a summit of euro zone leaders in "
	      "Brussels on Friday.",
	      "2014-11-05", "Friday=2014-11-07:D");
	CHECK("The government went ahead with plans for a referendum on Saturday.", "2014-11-05",
	      "Saturday=2014-11-08:D");
	/* a past event, or one no verb arranged */
	CHECK("He invited them to a meeting that ended on Friday.", "2014-11-05",
	      "Friday=2014-10-31:D");
	CHECK("He went to a meeting on Friday.", "2014-11-05", "Friday=2014-10-31:D");
	CHECK("They played the Oakland Raiders at home and lost heavily on Sunday.", "2014-11-05",
	      "Sunday=2014-11-02:D");
}

/* "all day" is a day's duration; seconds with decimals alone are a race
 * time. */
static void test_all_day_and_race_time(void **state)
{
	(void)state;
	CHECK("Phones had been ringing all day.", "2008-08-17", "all day=P1D:U");
	CHECK("Bolt won in 9.69 seconds.", "2008-08-17", "9.69 seconds=PT9.69S:U");
	CHECK("She ran 3 minutes 29.97 seconds.", "2008-08-17",
	      "3 minutes 29.97 seconds=PT3M29.97S:U");
	CHECK("They met all days and all nights; an all-day event.", "2008-08-17", "");
}

/* "the current/last/previous financial year": a financial year runs to
 * March and is named by the year it ends in; a fiscal year by the
 * publication year. */
static void test_financial_year(void **state)
{
	(void)state;
	CHECK("Profit could fall in the current financial year.", "2004-06-02",
	      "the current financial year=FY2005:D");
	CHECK("Walmart lost $1.1 billion in its last financial year.", "2018-05-09",
	      "last financial year=FY2018:D");
	CHECK("Profit rose in the previous financial year.", "2004-02-02",
	      "the previous financial year=FY2003:D");
	CHECK("Profit could fall in the current fiscal year.", "2004-06-02",
	      "the current fiscal year=FY2004:D");
	CHECK("Profit rose in the financial year to March.", "2004-06-02",
	      "the financial year=FY2004:D|March=2004-03:D");
	CHECK("The financial crisis lasted a year.", "2004-06-02", "a year=P1Y:U");
}

/* A month as the subject of its weather record (2016-06-03). */
static void test_month_weather_record(void **state)
{
	(void)state;
	CHECK("Meteo-France said May had been the wettest in the region since 1873.",
	      "2016-06-03", "May=2016-05:D|1873=1873:D");
	CHECK("October had been one of the driest on record.", "2016-11-03",
	      "October=2016-10:D");
	CHECK("May had been the longest-serving minister. June was the youngest.", "2016-06-03",
	      "");
}

/* A season a word of its weather or a superlative describes is that
 * season of the year; a modifier or a water spring is none. */
static void test_season_by_quality(void **state)
{
	(void)state;
	CHECK("Reservoirs were at record lows after a dry spring.", "2016-01-28",
	      "a dry spring=2015-SP:D");
	CHECK("Colorado had its driest spring on record.", "2012-06-26",
	      "its driest spring=2012-SP:D");
	CHECK("Russia is suffering its hottest summer since records began.", "2010-08-06",
	      "its hottest summer=2010-SU:D");
	CHECK("Friends described it as a very difficult summer.", "2008-08-12",
	      "a very difficult summer=2008-SU:D");
	CHECK("Herders Count Losses After Harsh Winter", "2012-04-11", "Harsh Winter=2011-WI:D");
	CHECK("The city's driest summer and autumn on record has left the dams low.",
	      "2020-11-14", "driest summer=2020-SU:D|autumn=2020-FA:D");
	/* modifiers, water, other words in -est */
	CHECK("It was the worst winter weather in decades.", "2014-02-11", "decades=PXY:U");
	CHECK("Bathers visited a hot spring.", "2014-02-11", "");
	CHECK("Shares had their worst fall since 1987.", "2019-10-11", "1987=1987:D");
	CHECK("Protest summer camps opened.", "2014-02-11", "");
}

/* A winter told from January to April is the one that began the December
 * before, unless the clause looks ahead. */
static void test_winter_year(void **state)
{
	(void)state;
	CHECK("Herders lost thousands of animals this winter.", "2012-04-11",
	      "this winter=2011-WI:D");
	CHECK("The Met Office said it had been the wettest winter since 1910.", "2014-02-11",
	      "the wettest winter=2013-WI:D|1910=1910:D");
	CHECK("Pickets stood outside the gates through the winter.", "2012-02-03",
	      "the winter=2011-WI:D");
	CHECK("Visitors will return for the winter.", "2012-02-03", "the winter=2012-WI:D");
	CHECK("Herders lost animals this winter.", "2012-11-11", "this winter=2012-WI:D");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_quoted_habit),
	        cmocka_unit_test(test_quoted_story_day),
	        cmocka_unit_test(test_curfew_hours),
	        cmocka_unit_test(test_spent_the_night),
	        cmocka_unit_test(test_weekday_to_come),
	        cmocka_unit_test(test_all_day_and_race_time),
	        cmocka_unit_test(test_financial_year),
	        cmocka_unit_test(test_month_weather_record),
	        cmocka_unit_test(test_season_by_quality),
	        cmocka_unit_test(test_winter_year),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
