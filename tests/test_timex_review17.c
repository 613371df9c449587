/* test_timex_review17.c - time expressions: the mends of review17's
 * findings on session 13's time rules (F1-F14, /work/notes/review17.md):
 * the reviewer's sentences and near variants, with exact values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* F1: a quoted present is a habit only with a word of frequency or a
 * subject that is anyone of a kind; a scheduled time of the day keeps its
 * day, and a day told after the time is its day (2026-11-27 is a
 * Friday). */
static void test_quoted_schedule_not_habit(void **state)
{
	(void)state;
	CHECK("\"The press conference starts at 3 p.m.,\" a spokesman said.", "2026-11-27",
	      "3 p.m.=2026-11-27T15:00:T");
	CHECK("\"The vote is at noon,\" the speaker told reporters.", "2026-11-27",
	      "noon=2026-11-27T12:00:T");
	CHECK("\"The polls close at 8 p.m. and counting starts at once,\" the commission said.",
	      "2026-11-27", "8 p.m.=2026-11-27T20:00:T");
	CHECK("\"It is 10 p.m. and the streets are empty,\" a resident told AFP.", "2026-11-27",
	      "10 p.m.=2026-11-27T22:00:T");
	CHECK("\"The match is over,\" he said. \"We fly home at 3 p.m.\"", "2026-11-27",
	      "3 p.m.=2026-11-27T15:00:T");
	CHECK("\"The ship arrives at 6 a.m. tomorrow,\" the captain said.", "2026-11-27",
	      "6 a.m.=2026-11-28T06:00:T|tomorrow=2026-11-28:D");
	CHECK("The ship left at 9 p.m. yesterday.", "2026-11-27",
	      "9 p.m.=2026-11-26T21:00:T|yesterday=2026-11-26:D");
	/* habits: frequency, "I", an indefinite or a bare plural subject */
	CHECK("\"We start at 7 a.m. every day,\" he said.", "2026-11-27",
	      "7 a.m.=XXXX-XX-XXT07:00:T|every day=P1D:S");
	CHECK("\"A nurse in the ward starts at 7 a.m.,\" he said.", "2026-11-27",
	      "7 a.m.=XXXX-XX-XXT07:00:T");
	CHECK("\"Commuters leave at 6 a.m.,\" he said.", "2026-11-27",
	      "6 a.m.=XXXX-XX-XXT06:00:T");
	CHECK("\"I have never seen the sky go black in the afternoon,\" she said.", "2026-11-27",
	      "the afternoon=XXXX-XX-XXTAF:T");
}

/* F2, F4: "last winter" said in January or February is the one before
 * this winter, "next winter" the one to begin in December; a present said
 * in April looks ahead. */
static void test_winter_last_next(void **state)
{
	(void)state;
	CHECK("Skiers have enjoyed this winter more than last winter.", "2026-02-10",
	      "this winter=2025-WI:D|last winter=2024-WI:D");
	CHECK("Last winter was mild; this winter is colder, forecasters say.", "2026-01-05",
	      "Last winter=2024-WI:D|this winter=2025-WI:D");
	CHECK("Last winter was mild.", "2026-04-20", "Last winter=2025-WI:D");
	CHECK("Utilities are buying gas for next winter.", "2026-02-10", "next winter=2026-WI:D");
	CHECK("Utilities are buying gas for next winter.", "2026-11-27", "next winter=2026-WI:D");
	CHECK("Utilities are buying gas for next winter.", "2026-12-10", "next winter=2027-WI:D");
	CHECK("The resort opens in the winter, its owner said.", "2026-04-20",
	      "the winter=2026-WI:D");
	CHECK("Herders lost many animals in the winter.", "2026-04-20", "the winter=2025-WI:D");
}

/* F3: the year after "in" is the season's. */
static void test_season_quality_year(void **state)
{
	(void)state;
	CHECK("Farmers lost half their crop after a dry spring in 2019, the report said.",
	      "2026-11-27", "a dry spring=2019-SP:D|2019=2019:D");
	CHECK("The region had a cold winter in 2021 and a hot summer in 2022.", "2026-11-27",
	      "a cold winter=2021-WI:D|2021=2021:D|a hot summer=2022-SU:D|2022=2022:D");
}

/* F6: a day of saying in the sentence, or another relative day in the
 * quotation, makes "tonight" the speaker's day, not the story's
 * (2026-11-29 is a Sunday). */
static void test_quoted_tonight_day_of_saying(void **state)
{
	(void)state;
	CHECK("Belgium won the final on Saturday. \"Tonight we will celebrate again with the fans "
	      "in Brussels,\" the coach said on Sunday.",
	      "2026-11-29", "Saturday=2026-11-28:D|Tonight=2026-11-29TNI:T|Sunday=2026-11-29:D");
	CHECK("Belgium won the final on Saturday. \"Tonight we fly home,\" the captain told "
	      "reporters today.",
	      "2026-11-29", "Saturday=2026-11-28:D|Tonight=2026-11-29TNI:T|today=2026-11-29:D");
	CHECK("Belgium won the final on Saturday. \"Tomorrow we rest, tonight we party,\" the "
	      "captain said.",
	      "2026-11-29", "Saturday=2026-11-28:D|Tomorrow=2026-11-30:D|tonight=2026-11-29TNI:T");
	CHECK("A storm hit on Friday. \"Tonight the army will start clearing roads,\" the governor "
	      "said in a statement on Sunday.",
	      "2026-11-29", "Friday=2026-11-27:D|Tonight=2026-11-29TNI:T|Sunday=2026-11-29:D");
	/* no day of saying: the story's */
	CHECK("Belgium won the final on Saturday. \"Tonight he is the happiest man,\" she said.",
	      "2026-11-29", "Saturday=2026-11-28:D|Tonight=2026-11-28TNI:T");
}

/* F7: a day after a curfew's hour is its day; "in force", "in effect". */
static void test_curfew_day_after(void **state)
{
	(void)state;
	CHECK("A curfew was imposed from 8 p.m. yesterday, police said.", "2026-11-29",
	      "8 p.m.=2026-11-28T20:00:T|yesterday=2026-11-28:D");
	CHECK("Troops enforced a curfew from 6 p.m. last night until 6 a.m. this morning.",
	      "2026-11-29",
	      "6 p.m.=2026-11-28T18:00:T|last night=2026-11-28TNI:T|6 a.m.=2026-11-29T06:00:T|"
	      "this morning=2026-11-29TMO:T");
	CHECK("A curfew is in force from 10 p.m. to 5 a.m.", "2026-11-29",
	      "10 p.m.=XXXX-XX-XXT22:00:T|5 a.m.=XXXX-XX-XXT05:00:T");
	CHECK("A curfew will be in effect from 10 p.m.", "2026-11-29",
	      "10 p.m.=XXXX-XX-XXT22:00:T");
}

/* F8: "spent the night before/of ..." is another night. */
static void test_spent_night_modified(void **state)
{
	(void)state;
	CHECK("She spent the night before the election writing a speech.", "2026-11-29", "");
	CHECK("Residents spent the night of the storm in a school.", "2026-11-29", "");
	CHECK("Residents were evacuated on Saturday and spent the night at a school.", "2026-11-29",
	      "Saturday=2026-11-28:D|the night=2026-11-28TNI:T");
}

/* F9: the noun "call", or a past main verb after the day, tells an event
 * that took place (2026-11-30 is a Monday). */
static void test_arranged_event_past(void **state)
{
	(void)state;
	CHECK("Thousands answered the call for a march on Sunday and filled the central square.",
	      "2026-11-30", "Sunday=2026-11-29:D");
	CHECK("The union called for a strike on Friday, and thousands of workers walked out across "
	      "the country.",
	      "2026-11-30", "Friday=2026-11-27:D");
	CHECK("Leaders invited to the summit on Thursday agreed a ceasefire.", "2026-11-30",
	      "Thursday=2026-11-26:D");
	CHECK("The king invited the prime minister to the ceremony on Sunday and praised her work.",
	      "2026-11-30", "Sunday=2026-11-29:D");
	/* still to come */
	CHECK("The union called for a strike on Friday and said it would be peaceful.",
	      "2026-11-30", "Friday=2026-12-04:D");
	CHECK("He had invited the leaders of both parties to a meeting on Friday.", "2026-11-30",
	      "Friday=2026-12-04:D");
}

/* F12: a financial year's stated end; "the last fiscal year of" is the
 * final one. */
static void test_financial_year_end(void **state)
{
	(void)state;
	CHECK("Qantas said profit rose in the current financial year, which ends on June 30.",
	      "2026-05-20", "the current financial year=FY2026:D|June 30=2026-06-30:D");
	CHECK("Profit rose in the current financial year, which ends in June.", "2026-08-20",
	      "the current financial year=FY2027:D|June=2027-06:D");
	CHECK("Profit could fall in the current fiscal year, which ends in September.",
	      "2026-11-20", "the current fiscal year=FY2027:D|September=2027-09:D");
	CHECK("He served in the last fiscal year of the scheme.", "2026-05-20", "");
	CHECK("Profit fell in the last fiscal year.", "2026-05-20",
	      "the last fiscal year=FY2025:D");
}

/* F13: a surname "May", or a superlative of a group, is no month's
 * weather record. */
static void test_month_record_not_name(void **state)
{
	(void)state;
	CHECK("Theresa May was the coldest of hosts, critics said.", "2026-11-27", "");
	CHECK("Theresa May had been the warmest of leaders toward Berlin.", "2026-11-27", "");
	CHECK("June was the warmest of the three sisters.", "2026-11-27", "");
	CHECK("July was the hottest of the year.", "2026-11-27", "July=2026-07:D");
	CHECK("October had been one of the driest on record.", "2026-11-27", "October=2026-10:D");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_quoted_schedule_not_habit),
	        cmocka_unit_test(test_winter_last_next),
	        cmocka_unit_test(test_season_quality_year),
	        cmocka_unit_test(test_quoted_tonight_day_of_saying),
	        cmocka_unit_test(test_curfew_day_after),
	        cmocka_unit_test(test_spent_night_modified),
	        cmocka_unit_test(test_arranged_event_past),
	        cmocka_unit_test(test_financial_year_end),
	        cmocka_unit_test(test_month_record_not_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
