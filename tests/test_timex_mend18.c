/* test_timex_mend18.c - time expressions: the bounds of the quotation's
 * reach that quote_tense, day_of_saying and habit_said share (quote_reach
 * in extract/timex.c), and the fiscal year's end told after it, which
 * m_fiscal's two forms read with one function.  The values are those the
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_quote_reach_habit),
	        cmocka_unit_test(test_quote_reach_tense_and_day),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
