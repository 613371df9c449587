/* test_timex_mend18.c - time expressions: the bounds of the quotation's
 * reach that quote_tense, day_of_saying and habit_said share (quote_reach
 * in extract/timex.c), the fiscal year's end told after it, which
 * m_fiscal's two forms read with one function, and the flashback scan's
 * state, reset where a sentence starts.  The values are those the
 * rules gave before they were written once: the pins show the mend moved
 * nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* habit_said: a word of frequency counts within QUOTE_REACH - 1 tokens
 * after the time and inside the quotation, not beyond, nor after the
 * closing mark, nor before the opening one; an indefinite subject counts
 * within reach of the time, not out of it (2026-11-27 is a Friday). */
static void test_quote_reach_habit(void **state)
{
	(void)state;
	CHECK("\"We start at 7 a.m. and we finish late at night, every single day,\" he said.",
	      "2026-11-27", "7 a.m.=XXXX-XX-XXT07:00:T");
	CHECK("\"We start at 7 a.m. and we finish very late at night, every single day,\" he "
	      "said.",
	      "2026-11-27", "7 a.m.=2026-11-27T07:00:T");
	CHECK("\"We start at 7 a.m.,\" he said every time.", "2026-11-27",
	      "7 a.m.=2026-11-27T07:00:T");
	CHECK("Every day he says: \"We start at 7 a.m.\"", "2026-11-27",
	      "Every day=P1D:S|7 a.m.=2026-11-27T07:00:T");
	CHECK("\"A nurse on the third floor starts at 7 a.m.,\" he said.", "2026-11-27",
	      "7 a.m.=XXXX-XX-XXT07:00:T");
	CHECK("\"A nurse in the big old ward on the third floor starts at 7 a.m.,\" he said.",
	      "2026-11-27", "7 a.m.=2026-11-27T07:00:T");
	/* a quoted sentence of its own (no mark in it) whose first token is
	 * exactly QUOTE_REACH tokens before the time is within reach: its bare
	 * plural subject makes a habit (before the mend one token short) */
	CHECK("The mill reopened. \"We were tired. Workers in town of Wexford get to the mill "
	      "at 7 a.m.\" said John Byrne.",
	      "2026-11-27", "7 a.m.=XXXX-XX-XXT07:00:T");
	CHECK("The mill reopened. \"We were tired. Workers in the town of Wexford get to the "
	      "mill at 7 a.m.\" said John Byrne.",
	      "2026-11-27", "7 a.m.=2026-11-27T07:00:T");
}

/* quote_tense and day_of_saying read inside the quotation only: a past
 * before the opening mark is not the quoted clause's, a "yesterday"
 * before it is no other day told in the quotation (2026-11-29 is a
 * Sunday). */
static void test_quote_reach_tense_and_day(void **state)
{
	(void)state;
	CHECK("A launch was called off on Saturday. \"Today we were not ready,\" Blackwell said.",
	      "2026-11-29", "Saturday=2026-11-28:D|Today=2026-11-28:D");
	CHECK("A launch was called off on Saturday. Blackwell said he was sorry: \"Today we are "
	      "not ready.\"",
	      "2026-11-29", "Saturday=2026-11-28:D|Today=2026-11-29:D");
	CHECK("Belgium won the final on Saturday. \"Yesterday was good, and tonight he is the "
	      "happiest man,\" she said.",
	      "2026-11-29", "Saturday=2026-11-28:D|Yesterday=2026-11-28:D|tonight=2026-11-29TNI:T");
	CHECK("Belgium won the final on Saturday. She spoke of yesterday: \"Tonight he is the "
	      "happiest man,\" she said.",
	      "2026-11-29", "Saturday=2026-11-28:D|yesterday=2026-11-28:D|Tonight=2026-11-28TNI:T");
}

/* fiscal_end_month, in m_fiscal's two forms: a period's end after "the
 * fiscal year" ("ending in", "to", "through", no "on" nor a preposition
 * after "to"), and a stated year end after "this/the current fiscal year"
 * (a comma, "which runs to", "that ends", no bare "to"). */
static void test_fiscal_end_month_forms(void **state)
{
	(void)state;
	CHECK("Profit rose in the fiscal year ending in March.", "2026-11-20",
	      "the fiscal year=FY2026:D|March=2026-03:D");
	CHECK("Profit rose in the fiscal year to March 2007.", "2026-11-20",
	      "the fiscal year=FY2007:D|March 2007=2007-03:D");
	CHECK("Sales fell in the fiscal year through June.", "2026-11-20",
	      "the fiscal year=FY2026:D|June=2026-06:D");
	CHECK("Sales fell in the fiscal year ending on March 31.", "2026-11-20",
	      "March 31=2026-03-31:D");
	CHECK("Sales fell in the fiscal year to in March.", "2026-11-20", "March=2026-03:D");
	CHECK("Profit could fall in the current fiscal year, which runs to September.",
	      "2026-11-20", "the current fiscal year=FY2027:D|September=2027-09:D");
	CHECK("Profit could fall in the current fiscal year that ends September 30.", "2026-11-20",
	      "the current fiscal year=FY2027:D|September 30=2026-09-30:D");
	CHECK("Profit could fall in the current fiscal year to September.", "2026-11-20",
	      "the current fiscal year=FY2026:D|September=2027-09:D");
}

/* flashback_before reads each sentence afresh: a "had" in a sentence
 * before the day's is no flashback of it (2026-11-30 is a Monday). */
static void test_flashback_per_sentence(void **state)
{
	(void)state;
	CHECK("Rescuers reached the town on Monday. The airline had grounded the fleet on "
	      "Saturday. The first flight left at 2 p.m.",
	      "2026-11-30", "Monday=2026-11-30:D|Saturday=2026-11-28:D|2 p.m.=2026-11-30T14:00:T");
	CHECK("Rescuers reached the town on Monday. The airline had grounded the fleet. Engineers "
	      "checked it on Saturday. The first flight left at 2 p.m.",
	      "2026-11-30", "Monday=2026-11-30:D|Saturday=2026-11-28:D|2 p.m.=2026-11-28T14:00:T");
	CHECK("Rescuers reached the town on Monday. The airline grounded the fleet on Saturday "
	      "after it had checked it. The first flight left at 2 p.m.",
	      "2026-11-30", "Monday=2026-11-30:D|Saturday=2026-11-28:D|2 p.m.=2026-11-28T14:00:T");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_quote_reach_habit),
	        cmocka_unit_test(test_quote_reach_tense_and_day),
	        cmocka_unit_test(test_fiscal_end_month_forms),
	        cmocka_unit_test(test_flashback_per_sentence),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
