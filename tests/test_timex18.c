/* test_timex18.c - time expressions: session 14's rules, read on real
 * news (the hand-marked ECB+ dev times): a date and its clock time as one
 * expression, a local time zone's offset out of the value, no bare
 * "later", no "soon" of a past narrative. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "timex_fixture.h"

/* A day's date and the clock time right after it are one TIME, the day
 * and "T" the time; detokenized spacing reads the same. */
static void test_date_with_clock(void **state)
{
	(void)state;
	CHECK("Posted May 2, 2013 1: 35 pm\n\nThe fire spread.", "2013-05-02",
	      "May 2, 2013 1: 35 pm=2013-05-02T13:35:T");
	CHECK("Saturday, December 05, 2009 8:28 PM\n\nThe fire spread.", "2009-12-05",
	      "Saturday, December 05, 2009 8:28 PM=2009-12-05T20:28:T");
	CHECK("Updated August 8, 2012 - 4: 43 pm\n\nThe fire spread.", "2012-08-08",
	      "August 8, 2012 - 4: 43 pm=2012-08-08T16:43:T");
	CHECK("Published 12 January 2010 @ 09: 29 pm\n\nThe fire spread.", "2010-01-12",
	      "12 January 2010 @ 09: 29 pm=2010-01-12T21:29:T");
	/* a bare 24-hour clock time is one after a date */
	CHECK("26 September 2013, 10: 00\n\nThe vote was set.", "2013-09-26",
	      "26 September 2013, 10: 00=2013-09-26T10:00:T");
	/* a weekday with its clock time, which it dates */
	CHECK("The game kicks off Saturday at 4:30 p.m.", "2011-01-05",
	      "Saturday at 4:30 p.m.=2011-01-08T16:30:T");
	/* a time, a comma and a dated weekday: one stamp */
	CHECK("Last updated at 22: 07 GMT, 7 July 2012\n\nThe race ended.", "2012-07-07",
	      "22: 07 GMT, 7 July 2012=2012-07-07T22:07Z:T");
	CHECK("Updated 8: 41 p. m. EST, Tue March 3, 2009\n\nThe rule fell.", "2009-03-03",
	      "8: 41 p. m. EST, Tue March 3, 2009=2009-03-03T20:41@-05:00:T");
	/* "on" keeps them two, as the written gold marks them */
	CHECK("It hit at 1:41 p.m. on Sunday.", "2011-10-25",
	      "1:41 p.m.=2011-10-23T13:41:T|Sunday=2011-10-23:D");
	/* a bare "10:00" after no date is no time; a month is no day */
	CHECK("The score was 10:00 at the break.", "2013-09-26", "");
	CHECK("In September 2013, 10: 00 was the hour.", "2013-09-26", "September 2013=2013-09:D");
}

/* A local zone is inside the span but not in the value; UTC is "Z". */
static void test_local_zone_no_offset(void **state)
{
	(void)state;
	CHECK("Posted June 13, 2013 4: 59 PM EDT\n\nThe fire spread.", "2013-06-13",
	      "June 13, 2013 4: 59 PM EDT=2013-06-13T16:59@-04:00:T");
	CHECK("The plane landed at 11: 06 PM CEST and left at 22:07 GMT.", "2009-04-02",
	      "11: 06 PM CEST=2009-04-02T23:06@+02:00:T|22:07 GMT=2009-04-02T22:07Z:T");
	CHECK("Trading resumed at 12:30 EST on Monday.", "2007-03-21",
	      "12:30 EST=2007-03-19T12:30@-05:00:T|Monday=2007-03-19:D");
}

/* A bare "later" is no time; one opening a participle clause stays
 * (MEANTIME's); "later tonight", "N days later" are other rules'. */
static void test_bare_later(void **state)
{
	(void)state;
	CHECK("He later founded Perot Systems.", "2011-01-17", "");
	CHECK("More details will be released later.", "2011-01-17", "");
	CHECK("He rested in early 2009, later revealing he had a transplant.", "2011-01-17",
	      "early 2009=2009:D|later=XXXX-XX-XX:D");
}

/* "soon" told in a past narrative is its next step, not the future. */
static void test_soon_in_story(void **state)
{
	(void)state;
	CHECK("Reports soon surfaced that she was at the clinic.", "2013-05-03", "");
	CHECK("He arrived, and soon the entire roof was engulfed.", "2013-05-03", "");
	CHECK("The firemen who arrived soon thereafter fought the fire.", "2013-05-03", "");
	/* a future told in the past stays */
	CHECK("He said the firm was unlikely to earn a profit soon.", "2013-05-03",
	      "soon=FUTURE_REF:D");
	CHECK("The board said it would name a successor soon.", "2013-05-03",
	      "soon=FUTURE_REF:D");
	CHECK("The plant will reopen soon.", "2013-05-03", "soon=FUTURE_REF:D");
}

/* Now phrases: "right now", "at this time", "presently", "these days". */
static void test_now_phrases(void **state)
{
	(void)state;
	CHECK("\"Right now, things are tense,\" he said.", "2013-03-12",
	      "Right now=PRESENT_REF:D");
	CHECK("Her focus right now is the funeral.", "2013-03-12", "right now=PRESENT_REF:D");
	CHECK("\"We are providing consular assistance at this time.\"", "2013-09-16",
	      "this time=PRESENT_REF:D");
	CHECK("Presently, parliament has one member.", "2013-09-26", "Presently=PRESENT_REF:D");
	CHECK("More athletes are making news these days.", "2009-02-05",
	      "these days=PRESENT_REF:D");
	/* not a season's time, a past narrative's, nor days told before */
	CHECK("Sales are weak at this time of year.", "2013-09-16", "");
	CHECK("At this time, the police said, the men fled.", "2013-09-16", "");
	CHECK("He fasted during these days of protest.", "2013-09-16", "");
	/* "now - defunct" is "now-defunct", one word */
	CHECK("He ran the now - defunct creamery.", "2013-09-16", "");
	/* "one day" after a modal is some day to come */
	CHECK("Craters could one day supply water for one day.", "2013-09-16",
	      "one day=FUTURE_REF:D|one day=P1D:U");
}

/* "midnight regulations" are a government's last rules, no time. */
static void test_midnight_rules(void **state)
{
	(void)state;
	CHECK("Obama overturns Bush midnight rules on science.", "2009-03-03", "");
	CHECK("It took steps against another midnight regulation.", "2009-03-03", "");
	CHECK("They will head off Bush's midnight hour rules.", "2009-03-03", "");
	CHECK("The ban ended at midnight.", "2009-03-03", "midnight=2009-03-03T00:00:T");
}

/* Detokenized forms: a spaced ISO date, a short year, "5: 03p". */
static void test_spaced_and_short_forms(void **state)
{
	(void)state;
	CHECK("Vote set 2013 - 09 - 26 for parties.", "2013-09-26",
	      "2013 - 09 - 26=2013-09-26:D");
	CHECK("The All-Star (1983, '86, '87) retired.", "2005-05-23",
	      "1983=1983:D|'86=1986:D|'87=1987:D");
	CHECK("Houston and the \xe2\x80\x99 66 squad gained 380 yards.", "2012-12-23",
	      "\xe2\x80\x99 66=1966:D");
	CHECK("He played in '03 and '04.", "2005-05-23", "'03=2003:D|'04=2004:D");
	/* a short year takes the century of "the '00s" (short_century), one
	 * year ahead allowed; a decade none */
	CHECK("He played in '05, as in the '00s.", "2005-05-23", "'05=2005:D|the '00s=200:D");
	CHECK("He plays in '06 and '07, unlike the '10s.", "2005-05-23",
	      "'06=2006:D|'07=1907:D|the '10s=191:D");
	CHECK("He played in '05.", NULL, "'05=1905:D");
	/* a quotation opening on a count is no year */
	CHECK("He said ' 66 people died '.", "2005-05-23", "");
	/* a version after a name is no year */
	CHECK("Apple released its iLife '11 suite.", "2010-10-23", "");
	CHECK("Posted Dec 23 2012, 5: 03p\n\nThe game ended.", "2012-12-23",
	      "Dec 23 2012, 5: 03p=2012-12-23T17:03:T");
}

/* "the same date" is "the same day"; "the day" in apposition to a date
 * is that date. */
static void test_same_date_and_day_in_apposition(void **state)
{
	(void)state;
	CHECK("King took over on May 26, 2003. That is the same date that Brown resigned.",
	      "2005-05-24", "May 26, 2003=2003-05-26:D|the same date=2003-05-26:D");
	CHECK("The season ended on May 3, the day that the Pistons eliminated them.",
	      "2005-05-24", "May 3=2005-05-03:D|the day=2005-05-03:D");
	/* not a day a clause tells without a date before it */
	CHECK("He recalled the day that the Pistons eliminated them.", "2005-05-24", "");
}

/* A range of counts is a vague duration, as every hand-marked set
 * writes it; "a minute or two" too. */
static void test_range_duration(void **state)
{
	(void)state;
	CHECK("It would pass within three or four days.", "2013-09-16", "three or four days=PXD:U");
	CHECK("It lasted two to three weeks.", "2013-09-16", "two to three weeks=PXW:U");
	CHECK("It took a minute or two.", "2013-09-16", "a minute or two=PTXM:U");
	/* a doubled dash, a decimal lower bound */
	CHECK("The search lasts 30 -- 40 days and 1.5 to 2 years.", "2013-09-16",
	      "30 -- 40 days=PXD:U|1.5 to 2 years=PXY:U");
	/* a unit after "or" is an expression of its own */
	CHECK("It took a day or two hours.", "2013-09-16", "a day=P1D:U|two hours=PT2H:U");
}

/* A spaced year range's end is a date of its own, as in one token. */
static void test_spaced_year_range(void **state)
{
	(void)state;
	CHECK("He coached at Dayton (1989 - 94) and from 1995-99.", "2005-05-23",
	      "1989=1989:D|94=1994:D|1995=1995:D|99=1999:D");
	CHECK("He posted a record of 43 - 39 in 1999 - 00.", "2005-05-23",
	      "1999=1999:D|00=2000:D");
	/* a score is no range */
	CHECK("They won 43 - 39.", "2005-05-23", "");
}

/* "over the years", "in the days after X": a vague duration. */
static void test_the_plural_units(void **state)
{
	(void)state;
	CHECK("Teva got billions in tax breaks over the years.", "2013-09-16",
	      "the years=PXY:U");
	CHECK("It protects memory in the months after surgery.", "2013-09-16",
	      "the months=PXM:U");
	/* not years named, nor days of something, nor days with no event */
	CHECK("Over the years 2008 and 2009 it grew.", "2013-09-16", "");
	CHECK("He recalled the days of the war. In the days, he slept.", "2013-09-16", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_date_with_clock),
	        cmocka_unit_test(test_local_zone_no_offset),
	        cmocka_unit_test(test_bare_later),
	        cmocka_unit_test(test_soon_in_story),
	        cmocka_unit_test(test_now_phrases),
	        cmocka_unit_test(test_midnight_rules),
	        cmocka_unit_test(test_spaced_and_short_forms),
	        cmocka_unit_test(test_same_date_and_day_in_apposition),
	        cmocka_unit_test(test_range_duration),
	        cmocka_unit_test(test_spaced_year_range),
	        cmocka_unit_test(test_the_plural_units),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
