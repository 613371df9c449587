/* test_timex16b.c - time expressions: session 12's second round of rules,
 * from the geo and wnews articles (nights gone, clock times told in
 * words, durations of two units). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* "The night" in a past sentence: the night of a weekday told after it in
 * its clause, else of the story's day, else (or when the story's day is
 * the publication day, the day of the report) the night before the
 * publication date; a future one stays the publication day's
 * (2020-12-31 is a Thursday). */
static void test_night_gone(void **state)
{
	(void)state;
	CHECK("Rescue workers searched through the night for ten missing people.", "2020-12-31",
	      "the night=2020-12-30TNI:T");
	CHECK("Rescuers worked through the night on Wednesday in the hill towns.", "2020-12-31",
	      "the night=2020-12-30TNI:T|Wednesday=2020-12-30:D");
	CHECK("Rescuers searched through the night under floodlights on Tuesday for survivors.",
	      "2020-12-31", "the night=2020-12-29TNI:T|Tuesday=2020-12-29:D");
	/* the story's day, told in an earlier sentence of the body */
	CHECK("Floods hit the town. The river burst its banks on Monday. Volunteers worked "
	      "through the night.",
	      "2020-12-31", "Monday=2020-12-28:D|the night=2020-12-28TNI:T");
	/* the story's day is the day of the report: the night before it */
	CHECK("Floods hit the town. Officials said on Thursday that 20 died. Volunteers worked "
	      "through the night.",
	      "2020-12-31", "Thursday=2020-12-31:D|the night=2020-12-30TNI:T");
	/* to come: the publication day's */
	CHECK("Fans will celebrate through the night.", "2020-12-31", "the night=2020-12-31TNI:T");
}

/* A clock hour in words with its part of the day after a preposition of
 * time, or before "o'clock": one TIME on the story's day (2009-02-09 is a
 * Monday). */
static void test_clock_words(void **state)
{
	(void)state;
	CHECK("\"The sky went black at four in the afternoon,\" he said.", "2009-02-09",
	      "four in the afternoon=2009-02-09T16:00:T");
	CHECK("\"We danced in the street until three in the morning,\" she said.", "2009-02-09",
	      "three in the morning=2009-02-09T03:00:T");
	CHECK("\"I queued from five o'clock at Paddington,\" he said.", "2009-02-09",
	      "five o'clock=2009-02-09T05:00:T");
	CHECK("Stay indoors between noon and four in the afternoon.", "2009-02-09",
	      "noon=2009-02-09T12:00:T|four in the afternoon=2009-02-09T16:00:T");
	/* no preposition of time: a count, no clock */
	CHECK("He scored two in the morning session.", "2009-02-09", "");
	CHECK("She signed two in the afternoon.", "2009-02-09", "the afternoon=2009-02-09TAF:T");
}

/* Halves in whole smaller units, nights counted as days, and durations of
 * two or three clock units as one. */
static void test_duration_units(void **state)
{
	(void)state;
	CHECK("It took two and a half hours.", "2009-02-09", "two and a half hours=PT2H30M:U");
	CHECK("He served three and a half years.", "2009-02-09", "three and a half years=P3Y6M:U");
	CHECK("The search lasted a day and a half.", "2009-02-09", "a day and a half=PT36H:U");
	CHECK("They camped there for three nights.", "2009-02-09", "three nights=P3D:U");
	CHECK("She won in 2 hours 14 minutes 13 seconds.", "2009-02-09",
	      "2 hours 14 minutes 13 seconds=PT2H14M13S:U");
	CHECK("The flight took about an hour and 45 minutes.", "2009-02-09",
	      "about an hour and 45 minutes=PT1H45M:U");
	CHECK("He set a record of 3 minutes 29.97 seconds.", "2009-02-09",
	      "3 minutes 29.97 seconds=PT3M29.97S:U");
	/* a larger unit after a smaller one is two durations */
	CHECK("It took 45 minutes and two hours.", "2009-02-09",
	      "45 minutes=PT45M:U|two hours=PT2H:U");
}

/* A day set aside by a declaration is the coming one; an intention told
 * in the past ("hoped to") the nearest such day (2010-11-23 is a
 * Tuesday). */
static void test_declared_and_hoped(void **state)
{
	(void)state;
	CHECK("The king declared Wednesday a public holiday.", "2010-11-23",
	      "Wednesday=2010-11-24:D");
	CHECK("He declared a day of national mourning on Thursday.", "2010-11-23",
	      "a day=P1D:U|Thursday=2010-11-25:D");
	CHECK("The utility said it hoped to restore power by Thursday.", "2010-11-23",
	      "Thursday=2010-11-25:D");
	/* no declaration: the past tense keeps the last one */
	CHECK("He held a day of national mourning on Thursday.", "2010-11-23",
	      "a day=P1D:U|Thursday=2010-11-18:D");
	CHECK("The utility said it restored power by Thursday.", "2010-11-23",
	      "Thursday=2010-11-18:D");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_night_gone),
	        cmocka_unit_test(test_clock_words),
	        cmocka_unit_test(test_duration_units),
	        cmocka_unit_test(test_declared_and_hoped),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
