/* timex.c - time expressions normalised to TIMEX3 values.
 *
 * Each expression found in the tokens becomes a struct nkg_time (shared by
 * value through nkg_doc_add_time) and an NKG_MENTION_TIME mention over the
 * expression itself (a leading "on"/"in" is not part of it; "last", "next",
 * "every" are).  Values never claim more precision than the text gives.
 *
 * Resolution against the publication date (doc->date, "YYYY-MM-DD"; the
 * anchor is recorded in nkg_time.anchor when a value depends on it):
 *  - "January 3" / "3 January": the year that puts the date nearest to the
 *    publication date (of the year before, the same and the year after; a tie
 *    goes to the earlier), unless that is more than two months on the other
 *    side of the date than the tense says ("it happened on Sept. 13" in
 *    April: the last one; "will launch on December 2" in March: the next).
 *    Bare months after a preposition ("in March") the
 *    same, by months.  Without a date: "XXXX-01-03", "XXXX-03".  Holidays of
 *    fixed date likewise: "Christmas Eve", "New Year's Day", "May Day", "Christmas"
 *    before a verb but not in a compound ("Christmas tree"), "Halloween",
 *    "Valentine's Day", a year after one ("Christmas 2008"); holidays
 *    that move, "Thanksgiving" (the United States'), "Memorial Day",
 *    "Easter", "Good Friday", "Easter Monday", in the year so chosen; Independence
 *    Day only as the United States' ("US Independence Day", "the Fourth of
 *    July"), since every country has its own.
 *  - a weekday before a date is part of it: "Friday, July 21, 2017" is one
 *    expression with the date's value;
 *  - weekdays: "next Friday" is the first Friday strictly after the date,
 *    "last Friday" the last one strictly before; "this Friday" and a Friday
 *    governed by a future cue the first on or after; otherwise (past tense
 *    or no verb) the most recent Friday on or before the date (but the
 *    bare present of a timetable, "the museum reopens on Saturday", "talks
 *    resume on Thursday", is the coming one), so "on Friday" in a past-tense sentence of an article
 *    published on a Friday is that same day.  Without a date: "XXXX-WXX-5".
 *  - the tense (TimeML: the governing verb's) is the future cue or
 *    past-tense verb nearest to the expression in its sentence, within 40
 *    tokens (tense_at); the later months of a list have the first's.
 *    Future cues (is_future_at): "will", "shall", "'ll", "going to"; "would"
 *    after a past speech verb ("said it would vote"); be + expected / due /
 *    set / scheduled / likely... + "to" or a time phrase ("is expected to
 *    vote", "are scheduled for June"), and "the election scheduled for
 *    June", "the report, due in April"; "plans to", "hopes to", "is
 *    preparing to"; "is to visit"; the present progressive of an
 *    arrangement ("is meeting on Monday"); a noun's future modifier ("the
 *    upcoming / planned / proposed vote", "next week's meeting").  After
 *    "was", "were", "had been" a plan is a future in the past, still to
 *    come or already over when it was told ("was due to land on Monday"):
 *    its time is the nearest occurrence (future_in_past); a time after "since" is
 *    past; a bare present ("votes in March") has no tense; a participle
 *    after "be" is none ("will be held": the future of "will"); "due at",
 *    "are forecast through", "has scheduled a hearing for", "before
 *    Friday's deadline" are future; "and" + an auxiliary opens a
 *    clause of its own ("was recalled on Thursday and will sit").  A date
 *    after "since" is no reference time (below): it bounds a period.
 *  - seasons without a year after any preposition of time ("over the
 *    summer", "planned for the autumn"), not a noun's modifier ("the
 *    summer months") nor "the fall of Rome"; a month after "for" when it
 *    is no one's name ("figures for December").
 *  - today, yesterday, tomorrow, tonight ("2020-01-24TNI"), "last night" (the
 *    day before, TNI), "this morning", "yesterday afternoon" ("...TAF");
 *    last/this/next week ("2020-W03"), month ("2020-02"), year ("2019"),
 *    decade ("201"), century ("20"), "this past week" (= last week);
 *    "N days/weeks/months/years/decades ago" at the unit's precision ("a
 *    decade ago" in years), its modifiers inside ("[more than a year ago]");
 *    "a few days ago", "some years ago", "years ago" -> "PAST_REF" ("[Ten]
 *    years ago", a count in brackets, counts); "two weeks from now"
 *    -> "2020-W06"; "the day before yesterday", "the day after tomorrow".
 *    These need the
 *    date: without one their values are TimeML's unknowns, "XXXX-XX-XX"
 *    (today, yesterday, "two days ago"), "XXXX-XX-XXTNI" (tonight, last
 *    night), "XXXX-WXX" (last week), "XXXX-XX" (next month, "last May"),
 *    "XXXX" (last year, "two years ago").
 *  - the reference time (TimeML): the last date mentioned, at the precision
 *    it was given (the publication date before any), moved by every date
 *    found.  "two days later", "a year earlier", "a day after" (phrase-final),
 *    "the next day", "the following week", "the previous year", "the
 *    previous quarter", "the following weekend", "the same quarter last
 *    year" / "the same period a year earlier" (one expression; a year
 *    before a quarter is that quarter, "2008-Q1"), "the day
 *    before", "year-earlier" count from it, at the unit's precision (the
 *    unit's unknown point "XXXX-XX-XX" when the reference is coarser),
 *    and leave it where it was when they count back ("from a year
 *    earlier" twice is one year) but move it forward ("the following
 *    year ... in October of that year");
 *    "the day", "that day", "the same day" are its day, "that year", "the
 *    same month", "later that week", "May of that year" its year, month,
 *    week (its year), "on the 15th" a
 *    day of its month, "that night", "in the morning", "in the late afternoon",
 *    "through the night" parts of its day
 *    ("the night of Sept. 13" -> "...-09-13TNI"), and a clock time falls
 *    on it unless it names its own day ("7 p.m. Friday", "1:30 a.m. Feb. 1"
 *    are one expression; "2 p.m. on February 3" takes that date).
 *  - durations "three days" -> "P3D", "three straight weeks", "two full
 *    days", "one more year" (an adjective of extent inside), "two-day" ->
 *    "P2D" (and "90 - day" spaced, not the age "16 - year - old": MEANTIME, ECB+ and GUM leave
 *    ages unmarked), "24 hours" -> "PT24H", "several years" -> "PXY";
 *    "a week" where the phrase ends after it ("took a year.", "a week
 *    since", "a day of mourning"; not a rate "$5 a day", not "a day when");
 *    ranges "three to five years", "8 - 10 months" (one expression, the
 *    upper count); "two nights" -> "P2NI"; "year-long", "weeklong" ->
 *    "P1Y", "P1W"; "hundreds of years" -> "PXY"; "a couple of days" ->
 *    "P2D"; halves "half an hour" -> "PT30M", "two and a half years",
 *    "1.5 years" -> "P2.5Y", "P1.5Y";
 *    sets "weekly" -> "P1W", "quarterly" -> "P3M"
 *    (not before its noun, "quarterly profit", as "annual"), "every day"
 *    -> "P1D", "twice a week", "three times per month" -> "P1W", "P1M",
 *    "every Friday" / "Fridays" / "every other Friday" -> "XXXX-WXX-5" (type
 *    SET), "every other week" -> "P2W", "on weekends", "every weekend" ->
 *    "XXXX-WXX-WE".
 *  - absolute: "2020-01-24", "Jan. 3, 2020", "3 January 2020" (-> full date),
 *    day ranges "March 3-5", "March 3 to 5, 2008", "Jan. 6 and 7 during
 *    a strike" as two dates ("5" is the
 *    second), "between 2001 and 2003",
 *    "December 15 of this year", "in June last year" -> "2008-06" (one
 *    expression), "27/09/2013" and "05 / 02 / 2013" (month first, as
 *    US news writes them, unless the first number is over 12 or the
 *    document writes its numeric dates day first),
 *    "January 2020" -> "2020-01", "2019" (after a preposition or a
 *    determiner, "a 1999 incident" but not "a 1500 mile trip", or not
 *    followed by a lower-case word; never inside a name
 *    such as "Russell 2000", but an acronym's edition "WWDC 2005" near the
 *    date; the second year of a range "2000 - 2050"; both ends of one
 *    token "1999-2003", "1974-78" -> "1999", "2003"; "1974", "1978"; a year before
 *    1800 only after "in" or "since" and closing its phrase, "struck in
 *    [1770]."),
 *    "[the 1990s]", "the 1990's" -> "199" ("the" only when the decade heads
 *    its phrase),
 *    "the sixties" -> "196", "the 20th century" -> "19", "the late 12th
 *    century" -> "11"; "the following decade" -> "187" after 1861, "the
 *    following summer" -> "1965-SU" after 1964 (from the reference).
 *  - a sentence that opens "In 2024," puts its bare months in that year
 *    (unless the tense says otherwise);
 *  - bare months follow the tense when there is one ("was introduced in
 *    January": the last January; "is expected to vote in March": the next
 *    March), else the nearest; "mid-March" too, and "mid-2011" -> "2011",
 *    "[the mid-2030s]" -> "203";
 *    every month and year of a list is a time ("in October and November",
 *    "in 2007, 2008 and 2009"), a later month in the year of the one before;
 *    "for June" only after a word of scheduling ("scheduled for June");
 *  - clock times "14:58 UTC" -> "2008-09-20T14:58Z", "3 p.m." -> "...T15:00",
 *    "11pm", "2.30am", "7:30pm", "9.15 p.m.", "4 o'clock in the afternoon"
 *    -> "...T16:00"; "noon"; "Friday morning",
 *    "Thursday night" -> "...TMO", "...TNI" (TIME); "the early hours of
 *    Sunday" -> "...TMO" (one TIME);
 *    "the night before", "the next morning", "the following night" (the
 *    day before or after the reference day, "...TNI", "...TMO"); "every
 *    night" -> "XXXX-XX-XXTNI" (SET); "an hour later" (the duration);
 *    "the day", "that day" (the reference day); the period the text is
 *    about, "for [the year]", "in [the quarter]", "up 3% on [the week]" (the
 *    reference's year, quarter, week) and the one a superlative ranks,
 *    "their best [week] since November"; "earlier in the week",
 *    "later in the year" (the reference's week, year); "the beginning of the
 *    year"; "this weekend" -> "2010-W04-WE", "this past weekend" the last one,
 *    "over the weekend" without a date "XXXX-WXX-WE";
 *    quarters and halves "the third quarter of this year" -> "2009-Q3", "the
 *    first half of 2019" -> "2019-H1", "the second half of the year" (the
 *    reference's year; the publication's when the reference is an earlier
 *    year's and an aside's or the sentence is not past) -> "2009-H2",
 *    "Q3 2008", "3Q", "H1 2009",
 *    "third-quarter [profit]" (without a year the latest such quarter, the
 *    coming one in a future sentence); fiscal years "fiscal 2009", "FY2009",
 *    "the 2009 fiscal year" -> "FY2009", "this fiscal year", "last fiscal
 *    year" -> "FY2013", "FY2012" in 2013; time zones inside the span, only UTC
 *    in the value: "14:58 UTC" -> "...T14:58Z", "9 a.m. EST" -> "...T09:00"
 *    (zone_suffix), "8 a.m. local time";
 *    seasons "the fall of 2011" ->
 *    "2011-FA", "last summer", "in the spring" (the publication year's,
 *    unless the tense puts it in the next or the last year); references
 *    "now", "currently" (PRESENT_REF),
 *    "recently" (PAST_REF), "soon", "later" (FUTURE_REF; "XXXX-XX-XX" in a
 *    past sentence, "later revealing he had...", as MEANTIME writes it);
 *    "the past decade" -> "P10Y" (decades and centuries in years), "within
 *    [the next week]", "over [the coming year]" -> "P1W", "P1Y"; vague
 *    "recent years", "the coming months" -> "PXY", "PXM"; "the current
 *    quarter", "the current year"; "the early 1990s" -> "199"; vague
 *    "for years", "in minutes", "can take years", "decades-long" -> "PXY",
 *    "PTXM";
 *    fortnights: "a fortnight ago" -> "2026-W08", "a fortnight later", "the
 *    past fortnight", "a fortnight" -> "P2W", "fortnightly" (SET "P2W").
 *  - business and market news: "three straight quarters", "the past two
 *    quarters", "[the first three quarters of this year]" -> "P3Q", "P2Q",
 *    "P3Q"; "[the year-ago quarter]" (a year before the first quarter the
 *    text names, else the last that ended); "[the quarter]" after a report's
 *    date is the quarter reported (the first one named); "[the first quarter
 *    of fiscal 2010]", "[the fiscal 2009 fourth quarter]" -> "FY2010-Q1",
 *    "FY2009-Q4"; "[its fiscal third quarter]" without "its", "[fiscal
 *    fourth-quarter] profit" -> "FY2009-Q3" (the publication year's fiscal
 *    year); "[the July-September quarter]", "[the April-June period]" ->
 *    "2010-Q3", "2010-Q2" (the latest such quarter, the coming one in a future
 *    sentence); "between October 2007 and [March]" -> "2008-03" (the first such
 *    month after the range's start); "[the holiday quarter]" (the fourth:
 *    the last one ended before October, else this year's); "in [the weeks
 *    ahead]", "[the year ahead]" -> "PXW", "P1Y"; "by [mid-afternoon]" in a
 *    past sentence is the publication's day even after a date to come;
 *    "[the last financial quarter]" (the
 *    calendar's); "during [the month]" after "last week" (that week's month);
 *    "[the week of February 1]" -> "2010-W05"; "by [mid-afternoon]" (the
 *    reference day's "TAF"), "mid-day" (noon); "in [a single day]",
 *    "[single-day]", "[an intraday] low" -> "P1D"; "in a matter of [minutes]";
 *    "at [one point]" in a past sentence (PAST_REF, as MEANTIME marks it), "at
 *    [the moment]" (PRESENT_REF), "in [the long term]" (FUTURE_REF); "the
 *    September 11 attacks" -> "2001-09-11"; "over [the last year]" -> "P1Y" (as
 *    "the past year"; "the last year of his term" is neither); "ended [the
 *    week] higher", "Stocks end [week] higher" (the reference's week, as "to
 *    end [the day]"), "its worst [week]" after "Last week"; "[a quarter
 *    century]", "[a quarter of a century]" -> "P25Y".
 *  - tense and reference in news: a date after "until" is no reference time
 *    (as after "since"); a regular "-ed" word after a count or a determiner
 *    ("2,600 salaried jobs", "with detailed plans", "as planned") or opening
 *    an aside (", priced from") gives no tense; "spent", "sold", "bought",
 *    "built", "grew", "flew", "chose", "fled", "broke", "swept", "tore" are
 *    pasts; "could", "may", "might" before a verb's base look ahead ("could
 *    strike as early as Saturday"; not "could be seen", "may have", "could
 *    not"); what is "pushed back to", "delayed until", "postponed to" a month
 *    is to come, as the infinitive of "expects sales to recover in March"
 *    ("told them to return in December") and a clause "and plans to" opens; a
 *    comma after the time closes its clause when a verb is before it ("which
 *    reported a loss in October, expects ..."); "by March", "by May" are
 *    months (not "written by May"); a past in a "when"/"once" clause under
 *    "would" is that future ("said ... would be infused when they opened on
 *    Friday"), and "announced that" reaches a "would" further on.
 *  - written news (session 8, from annotators who never saw this code):
 *    a weekday after "for" is arranged ("called a summit for [Tuesday]",
 *    not "jailed for Tuesday's attack"), "until at least [Tuesday]" as
 *    "until"; "said late on [Sunday] it would" is the Sunday it was said;
 *    "are expected [Monday]";
 *    fixtures "host Boston on [Friday]", "travel to Leeds to play on
 *    [Sunday]", "plays for third place on [Saturday]" the coming one; a
 *    quarter two or more before the current one in a future sentence is
 *    next year's ("will double purchases in [the second quarter]" in
 *    December); rates "2.4 million barrels [a day]", "earn 200,000 euros
 *    [a year]" (SET "P1D", "P1Y"); "[hours] after the vote", "[minutes]
 *    before" ("PTXH", "PTXM"), "could last [months]"; "at [dawn]", "before
 *    [dawn]" (the reference day's "TMO"), "by [early afternoon]", "by
 *    [evening]"; "through [the night] under", "late into [the night]",
 *    "for [the afternoon]"; "collapsed [overnight]" (the night of the day
 *    last mentioned, the night before the publication date when none
 *    was); "for [a fifth day]", "[their first day] of trading", "for [a
 *    second night]", "It's [a sad day]" (the reference day; the publication
 *    day in the present; nothing without a date); a month before its noun,
 *    "the [July] arrest", "a [December] runoff" (the nearest such month),
 *    and "beyond [March]".  Their conventions that MEANTIME's differ from
 *    stay MEANTIME's: ages "58-year-old" unmarked, "more than" outside the
 *    extent and "over" inside, ranges "three to four days" by the upper
 *    count ("P4D", not "PXD"), "a week ago" at the week's precision, bare
 *    "later" marked, "two weeks later" one DATE, "the worst [day]" the
 *    unit alone.
 *  - session 9, from fresh annotated articles and paragraphs of the times
 *    engineer: a future in the past is to come ("was due to arrive on
 *    [Thursday]", "was expected to lead the list in [May]", "was supposed
 *    to", "with Walcott expected to play on [Saturday]"); "plans" with its
 *    object ("the union plans two more strikes on [Wednesday]"), "needs
 *    to", "has to", "must" look ahead; ", but", "as" and "while" close the
 *    time's clause; a present passive is no past ("if no deal is approved
 *    by [Oct. 19]"), and a past tense puts a day more than two weeks ahead
 *    in the year before ("the deal closed on [January 1]" in November);
 *    "revenue for [2008] was"; a business year's halves without a year in
 *    a sentence about money ("profit rose in [the first half]", the latest
 *    such half, the coming one in a future sentence; not a match's); a
 *    period up to a date, "in [the year] to [March]", "[the quarter] ended
 *    June 30", "[the quarter] that ended in April" -> "P1Y", "P3M" (as "the
 *    six months to September"); "[At present]" (PRESENT_REF).  What was
 *    promised comes after the promise ("promised to bring the troops home
 *    by [June 30]"; not "had promised", nor a time before the verb); a
 *    base verb may end in "ss", "us", "ing" ("is due to address", "to
 *    bring"); a team or a country is a plural subject of a fixture ("Iran
 *    face the United States on [Tuesday]"); "a politically charged" is an
 *    adjective; centuries as adjectives, "a [13th-century] church" -> "12";
 *    "before [dawn Sunday]" is one TIME, as "Sunday morning", and "before
 *    [dawn] on [Sunday]" that Sunday's dawn; a time inside the subject of a
 *    reported "would" ("said their match this weekend would be moved").
 *  - session 10, from the rest of MEANTIME's dev articles, which an
 *    annotator marked by MEANTIME's conventions: the adjectives "the
 *    [current] crisis", "Apple's [current] OS" (PRESENT_REF) and "the
 *    [recent] slump" (PAST_REF; not after a possessive, as GUM), "a
 *    [recently]-announced plan"; "since [the start of 2009]" ->
 *    "2009-01-01"; "[every quarter]" -> "P3M"; "[2007] was the year";
 *    "at [a later date]" (FUTURE_REF; "later delivery" no time); "[For the
 *    next year], the agency will" -> "P1Y"; "has in [the past] ordered";
 *    sports seasons "[this season]" in the year it began; "a second
 *    checked bag" no duration.  After review: "the budget for [next
 *    year]" names the year (a length only after a clause's start or a
 *    verb of lasting); "on [Sunday] Times Square"; "current" not the
 *    noun ("the current of the river", "an electric current"), not "Current
 *    Media", "at current exchange rates"; not "every quarter of the city",
 *    "2000 is the maximum fine", "at this point near the river", "at a
 *    later date" in a past narrative, "living in the past"; "since the
 *    start of the 2009 season" is no 1 January.  Sports seasons by the
 *    kind of sport the article reports (sport_kind), none outside one.
 *  - session 11, from technology and business articles two annotators
 *    marked without running newskg: a plan told in the past with its own
 *    time is the nearest ("the flight was now expected in [the fourth
 *    quarter]"); "expired at [midnight]" the midnight that opened the day,
 *    "[midnight Tuesday]" the next day's first minute; "by [the
 *    afternoon]"; "[the same day] that", "[the opening day] of the air
 *    show"; a price's day is past ("over [Friday]'s closing price"); East
 *    Asian trading on the day after the story's date ("fell in Tokyo on
 *    [Wednesday]"); "goes on sale on", "take effect on" a timetable's;
 *    fixtures under "UP NEXT"; "[Black Friday]" the day after Thanksgiving,
 *    "Black Monday" no day; "for [decades]" -> "PXY"; "[the coming year]"
 *    the next one; "[the next few quarters]" -> "PXQ"; "at the age of four
 *    months" no time; "over" of a span a preposition ("invest over [a
 *    decade]", but "in [over six years]").  Then: a bare month under a
 *    timetable's present is to come ("the World Cup, which starts in
 *    [November]"), one a price came "down from" past; an aside ("owned
 *    by", "which ...") between a subject and its verb is no tense;
 *    "earlier in [the week]" after a bare year the publication's week;
 *    "after [years] of losses", "[days] after the vote", "[months]
 *    before" some of them (not decades: ECB+ leaves "after decades of
 *    isolation"; not "months of the year", "30 years of age").  Then:
 *    "agreed", "blew" and other irregular pasts ("agreed by" a
 *    participle); "said the tower, the tallest in the world, would open"
 *    over the apposition; "oil [tomorrow] for dollars [today]" FUTURE_REF
 *    and PRESENT_REF; "after [a weekend] of protests", "over [a holiday
 *    weekend]" the weekend near the date, as "the weekend"; "in January
 *    from [a year earlier]" that month ("2017-01"); rates "300,000 cars [a
 *    year] once running", "24 hours [a day]" (SET); "within [hours] of the
 *    launch"; "waited for [this day]" the publication's day; "agreed on Sunday to cut
 *    output in [May]" a promise.  Reviewed: a session's or a high's day to come
 *    ("will watch [Friday]'s session"); no East Asian next day in a week gone
 *    by; "today or tomorrow" two days; "spent [a weekend]" P1WE; "the mine
 *    shut in [November]" after "resumes" past; "the agreed price" no past;
 *    "takes effect at [midnight]" the coming one; "In 2015 ... [the coming
 *    year]" 2016; "The Nets, owned by ..., play on [Thursday]"; "[well over a
 *    decade]"; "the plant closes on [Oct. 1]" told in March, the coming one.
 *
 * Extents follow TimeML as MEANTIME and TempEval-3 annotate them (checked on
 * the MEANTIME dev split): modifiers and determiners are inside ("[nearly
 * five months]", "[the next four years]", "[the three days]" but "the
 * [two-year] deal", "[early 2009]", "[later this year]", "[the start of
 * this year]", "[late in the day]", "[Wednesday of next week]"; not the
 * verb "to last [six weeks]"), the governing
 * preposition outside ("on [Friday]", "over [the next four years]"), and
 * "more than" too, which MEANTIME and ECB+ leave out ("more than [a
 * week]"; but "[less than a month]").  The
 * date line under a MEANTIME/ECB+ headline is annotated there as the
 * document creation time, so it is a time mention here too.
 */
#include "extract.h"

#include <stdio.h>
#include <string.h>

#include "../core/err.h"
#include "timex_internal.h"

/* ---- calendar ------------------------------------------------------------ */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* s equals the NUL-terminated w, ASCII case-insensitively (as
 * nkg_str_eq_nocase).  One pass that stops at the first difference: no
 * strlen of w, which matters because every token meets dozens of words. */
static inline bool eq_nocase(struct nkg_str s, const char *w)
{
	size_t i;
	for (i = 0; i < s.len; i++)
		if (!w[i] || lower(s.ptr[i]) != lower(w[i]))
			return false;
	return w[i] == '\0';
}

/* strlen(w) when s starts with w (ASCII case-insensitively), else 0. */
static inline size_t prefix_nocase(struct nkg_str s, const char *w)
{
	size_t i;
	for (i = 0; w[i]; i++)
		if (i >= s.len || lower(s.ptr[i]) != lower(w[i]))
			return 0;
	return i;
}

int nkg_month_number(struct nkg_str w)
{
	static const char *const full[12] = {"january",   "february", "march",    "april",
	                                     "may",       "june",     "july",     "august",
	                                     "september", "october",  "november", "december"};
	if (w.len && w.ptr[w.len - 1] == '.')
		w.len--;
	if (w.len < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		if (eq_nocase(w, full[m]))
			return m + 1;
		/* Three-letter abbreviations, and "Sept". */
		if (w.len == 3 && full[m][3] && nkg_str_eq_nocase(w, (struct nkg_str){full[m], 3}))
			return m + 1;
	}
	if (eq_nocase(w, "sept"))
		return 9;
	return 0;
}

int nkg_weekday_number(struct nkg_str w, bool *plural)
{
	static const char *const names[7] = {"monday", "tuesday",  "wednesday", "thursday",
	                                     "friday", "saturday", "sunday"};
	bool pl = false;
	if (w.len > 6 && lower(w.ptr[w.len - 1]) == 's') {
		w.len--;
		pl = true;
	}
	for (int d = 0; d < 7; d++) {
		if (eq_nocase(w, names[d])) {
			if (plural)
				*plural = pl;
			return d + 1;
		}
	}
	return 0;
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool nkg_date_valid(int y, int m, int d)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return false;
	int max = mdays[m - 1] + (m == 2 && is_leap(y));
	return d <= max;
}

bool nkg_date_parse_iso(struct nkg_str s, struct nkg_ymd *out)
{
	if (s.len != 10 || s.ptr[4] != '-' || s.ptr[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_digit(s.ptr[i]))
			return false;
	struct nkg_ymd d;
	d.y = (s.ptr[0] - '0') * 1000 + (s.ptr[1] - '0') * 100 + (s.ptr[2] - '0') * 10 +
	      (s.ptr[3] - '0');
	d.m = (s.ptr[5] - '0') * 10 + (s.ptr[6] - '0');
	d.d = (s.ptr[8] - '0') * 10 + (s.ptr[9] - '0');
	if (!nkg_date_valid(d.y, d.m, d.d))
		return false;
	*out = d;
	return true;
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
int64_t nkg_days_from_ymd(struct nkg_ymd d)
{
	int64_t y = d.y - (d.m <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct nkg_ymd nkg_ymd_from_days(int64_t z)
{
	struct nkg_ymd r;
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

int nkg_weekday(struct nkg_ymd d)
{
	int64_t z = nkg_days_from_ymd(d);
	/* 1970-01-01 was a Thursday (4). */
	int64_t w = (z % 7 + 7 + 3) % 7; /* 0 = Monday */
	return (int)w + 1;
}

void nkg_iso_week(struct nkg_ymd d, int *iso_year, int *week)
{
	int64_t z = nkg_days_from_ymd(d);
	/* The Thursday of this week decides the year. */
	int64_t thu = z - nkg_weekday(d) + 4;
	struct nkg_ymd t = nkg_ymd_from_days(thu);
	struct nkg_ymd jan1 = {t.y, 1, 1};
	*iso_year = t.y;
	*week = (int)((thu - nkg_days_from_ymd(jan1)) / 7 + 1);
}

/* ---- matching context -------------------------------------------------------- */

struct tctx {
	struct nkg_doc *doc;
	const struct nkg_tokens *toks;
	uint32_t first, end; /* the sentence's tokens: [first, end) */
	uint32_t floor;      /* first token not yet inside an emitted expression */
	bool has_anchor;
	struct nkg_ymd anchor;
	int64_t anchor_days;
	/* The reference time (TimeML): the last date mentioned, at the
	 * precision the text gave it (ref.m, ref.d 0 when unknown), the
	 * publication date before any; ref.y 0 when there is neither. */
	struct nkg_ymd ref;
	/* The last day the narrative gave, which a clock time falls on: ref
	 * but for the dates of sayings ("..., officials said on Saturday.
	 * The quake hit at 8:55 p.m." is Friday's, the day told before);
	 * clock_ref.d 0 when there is none. */
	struct nkg_ymd clock_ref;
	/* The first token of the expression that set clock_ref. */
	uint32_t clock_ref_at;
	/* clock_ref was told in a flashback ("had grounded the fleet on
	 * Saturday", "after cutting its price on Wednesday"): a day behind
	 * the story's, which the narrative leaves. */
	bool clock_ref_back;
	/* flashback_before's scan of the sentence: tokens [first, back_next)
	 * read, back_seen whether a flashback word was among them (times are
	 * emitted left to right, so a sentence is read once, not once per time
	 * in it); both are reset where a sentence starts, as quote_next is. */
	uint32_t back_next;
	bool back_seen;
	/* The index of the sentence being read. */
	uint32_t sent;
	/* The story's day: the first clock_ref of the body (not of the
	 * headline, the first sentence, nor of a dateline); d 0 when none. */
	struct nkg_ymd topic_day;
	/* The quarter (1-4) when the reference time was given as one
	 * ("2009-Q3": ref.y 2009, ref_q 3), else 0. */
	int ref_q;
	/* The last quarter mentioned ("2009-Q2": last_qy 2009, last_q 2),
	 * which later days do not replace: "the same quarter last year". */
	int last_qy, last_q;
	/* The first quarter mentioned, the one an earnings report is about
	 * ("third-quarter profit ... during [the quarter]"). */
	int topic_qy, topic_q;
	/* The week when the reference time was given as one ("last week":
	 * "2008-W41", ref_wk_y 2008, ref_wk 41), else 0. */
	int ref_wk_y, ref_wk;
	/* The document writes numeric dates day first ("27/09/2013" and no
	 * "12/25/2011"): m_slash_date's order for ambiguous ones. */
	bool day_first;
	/* count_unit's first test for token unit_at: is the next token a unit
	 * or a spaced hyphen (three matchers ask it of every token). */
	uint32_t unit_at;
	bool unit_next;
	/* Byte bounds that override the first and last token's for the next
	 * emit_at (0: none): "March 3-5" is two expressions in three tokens. */
	uint32_t cut_begin, cut_end;
	/* The UTC offset of the next emit_at's time (zone_offset: "-04:00"), or
	 * empty; emit_at empties it. */
	char offset[16];
	/* The tense of the bare month that ends before token list_end: the
	 * later months of its list have it ("rose in January, ... and
	 * December"), however far the list runs from the verb. */
	uint32_t list_end;
	int list_tense;
	/* The last item of the list list_goes_on found last: the items before
	 * it after bare commas are in a list. */
	uint32_t list_until;
	/* The tokens [ref_b, ref_e) of the expression emitted last that could
	 * set the reference time. */
	uint32_t ref_b, ref_e;
	/* in_quote's scan: quote_open_first whether a direct quotation is open
	 * at the sentence's first token (carried from sentence to sentence, a
	 * paragraph closes it); tokens [c->first, quote_next) read, quote_open
	 * whether one is open before quote_next. */
	bool quote_open_first, quote_open;
	uint32_t quote_next;
	/* The document reports a game of quarters and halves (game_report):
	 * "late in the fourth quarter" is the game's; -1 not read yet (most
	 * documents have no quarter to ask it for). */
	int game_report;
};

static struct nkg_str tok(const struct tctx *c, uint32_t i)
{
	return nkg_token_str(c->doc, &c->toks->toks[i]);
}

static bool has(const struct tctx *c, uint32_t i)
{
	return i >= c->first && i < c->end;
}

static bool tok_is_cstr(const struct tctx *c, uint32_t i, const char *w)
{
	return has(c, i) && eq_nocase(tok(c, i), w);
}

/* Token i is the word w of n bytes (ASCII case-insensitively). */
static inline bool tok_is_n(const struct tctx *c, uint32_t i, const char *w, size_t n)
{
	if (!has(c, i))
		return false;
	const struct nkg_token *t = &c->toks->toks[i];
	return t->end - t->begin == n &&
	       nkg_str_eq_nocase((struct nkg_str){c->doc->text + t->begin, n},
	                         (struct nkg_str){w, n});
}

/* Token i is n bytes long: tok_is's first test, small enough to be inlined
 * wherever tok_is is used, so a token of another length costs no call. */
static inline bool tok_len_is(const struct tctx *c, uint32_t i, size_t n)
{
	return i >= c->first && i < c->end && c->toks->toks[i].end - c->toks->toks[i].begin == n;
}

/* Token i is the string literal w: its length is a compile-time constant, so
 * most tokens are rejected by one comparison ("" w "" refuses non-literals). */
#define tok_is(c, i, w)                                                                            \
	(tok_len_is((c), (i), sizeof("" w "") - 1) &&                                              \
	 tok_is_n((c), (i), "" w "", sizeof("" w "") - 1))

static bool tok_cap(const struct tctx *c, uint32_t i)
{
	return has(c, i) && (c->toks->toks[i].flags & NKG_TOK_CAPITALIZED);
}

/* A plain unsigned integer of at most max_digits digits. */
static bool str_uint(struct nkg_str s, size_t max_digits, int *out)
{
	if (s.len == 0 || s.len > max_digits)
		return false;
	int v = 0;
	for (size_t i = 0; i < s.len; i++) {
		if (!is_digit(s.ptr[i]))
			return false;
		v = v * 10 + (s.ptr[i] - '0');
	}
	*out = v;
	return true;
}

/* A day of the month: "3", "03", "3rd", "21st". */
static bool tok_day(const struct tctx *c, uint32_t i, int *out)
{
	if (!has(c, i))
		return false;
	struct nkg_str s = tok(c, i);
	if (s.len > 2 && !is_digit(s.ptr[s.len - 1])) {
		struct nkg_str suf = {s.ptr + s.len - 2, 2};
		if (!eq_nocase(suf, "st") && !eq_nocase(suf, "nd") && !eq_nocase(suf, "rd") &&
		    !eq_nocase(suf, "th"))
			return false;
		s.len -= 2;
	}
	int v;
	if (!str_uint(s, 2, &v) || v < 1 || v > 31)
		return false;
	*out = v;
	return true;
}

static bool tok_year(const struct tctx *c, uint32_t i, int *out)
{
	int v;
	if (!has(c, i) || !str_uint(tok(c, i), 4, &v) || tok(c, i).len != 4 || v < 1000)
		return false;
	*out = v;
	return true;
}

/* A capitalised month name.  "May" and "March" are ordinary words too: the
 * callers only accept them next to a day or a year, or after a preposition. */
static int tok_month(const struct tctx *c, uint32_t i)
{
	if (!tok_cap(c, i))
		return 0;
	return nkg_month_number(tok(c, i));
}

static int number_word(struct nkg_str s)
{
	static const char *const small[] = {
	        "zero",     "one",     "two",     "three",     "four",     "five",    "six",
	        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
	        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
	static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
	                                   "sixty",  "seventy", "eighty", "ninety"};
	/* Every number word is 3 ("one") to 13 ("seventy-seven") bytes and
	 * starts with one of these letters: most tokens stop here. */
	if (s.len < 3 || s.len > 13 || !strchr("zotfsenh", lower(s.ptr[0])))
		return -1;
	for (int i = 0; i < 20; i++)
		if (eq_nocase(s, small[i]))
			return i;
	for (int i = 0; i < 8; i++) {
		size_t tl = prefix_nocase(s, tens[i]);
		if (!tl)
			continue;
		if (tl == s.len)
			return (i + 2) * 10;
		/* "twenty-five" */
		if (s.len > tl + 1 && s.ptr[tl] == '-') {
			int u = number_word((struct nkg_str){s.ptr + tl + 1, s.len - tl - 1});
			if (u >= 1 && u <= 9)
				return (i + 2) * 10 + u;
		}
	}
	if (eq_nocase(s, "hundred"))
		return 100;
	return -1;
}

/* A count: digits (up to 4) or a number word; -1 if not one. */
static int str_count(struct nkg_str s)
{
	int v;
	if (str_uint(s, 4, &v))
		return v;
	return number_word(s);
}

enum unit {
	U_NONE,
	U_SECOND,
	U_MINUTE,
	U_HOUR,
	U_DAY,
	U_WEEK,
	U_MONTH,
	U_YEAR,
	U_DECADE,
	U_CENTURY
};

/* A time unit, singular or plural. */
static enum unit str_unit(struct nkg_str s, bool *plural)
{
	static const struct {
		const char *sg, *pl;
		enum unit u;
	} units[] = {
	        {"second", "seconds", U_SECOND},     {"minute", "minutes", U_MINUTE},
	        {"hour", "hours", U_HOUR},           {"day", "days", U_DAY},
	        {"week", "weeks", U_WEEK},           {"month", "months", U_MONTH},
	        {"year", "years", U_YEAR},           {"decade", "decades", U_DECADE},
	        {"century", "centuries", U_CENTURY},
	};
	/* Units are 3 ("day") to 9 ("centuries") bytes, first letters s m h d w y c. */
	if (s.len < 3 || s.len > 9 || !strchr("smhdwyc", lower(s.ptr[0])))
		return U_NONE;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (eq_nocase(s, units[i].sg)) {
			if (plural)
				*plural = false;
			return units[i].u;
		}
		if (eq_nocase(s, units[i].pl)) {
			if (plural)
				*plural = true;
			return units[i].u;
		}
	}
	return U_NONE;
}

/* Writes the TIMEX3 duration for n units ("P3D", "PT24H", "P2DE"); n < 0: "X". */
static int duration_value(char *buf, size_t cap, int n, enum unit u)
{
	char num[16];
	if (n < 0)
		snprintf(num, sizeof(num), "X");
	else
		snprintf(num, sizeof(num), "%d", n);
	switch (u) {
	case U_SECOND: return snprintf(buf, cap, "PT%sS", num);
	case U_MINUTE: return snprintf(buf, cap, "PT%sM", num);
	case U_HOUR: return snprintf(buf, cap, "PT%sH", num);
	case U_DAY: return snprintf(buf, cap, "P%sD", num);
	case U_WEEK: return snprintf(buf, cap, "P%sW", num);
	case U_MONTH: return snprintf(buf, cap, "P%sM", num);
	case U_YEAR: return snprintf(buf, cap, "P%sY", num);
	/* Decades and centuries in years, as TempEval and MEANTIME write them,
	 * the uncounted ones too: "for decades" is "PXY" as "decades-long" and
	 * "centuries" are, and as "two decades" is "P20Y" (MEANTIME and the ECB
	 * annotators write it so; the written sets' annotators wrote TimeML's
	 * "PXDE", which no counted decade here uses). */
	case U_DECADE:
		return n < 0 ? snprintf(buf, cap, "PXY") : snprintf(buf, cap, "P%dY", n * 10);
	case U_CENTURY:
		return n < 0 ? snprintf(buf, cap, "PXY") : snprintf(buf, cap, "P%dY", n * 100);
	case U_NONE: break;
	}
	return 0;
}

static const char *const dur_mods[] = {"nearly",  "almost",  "about", "around", "approximately",
                                       "roughly", "some",    "over",  "under",  "barely",
                                       "fully",   "another", "a",     "the",    "further",
                                       NULL};
static const char *const point_mods[] = {"early",  "late",  "mid",           "earlier", "later",
                                         "around", "about", "approximately", NULL};
static const char *const span_words[] = {"next",   "past",     "last",      "first",
                                         "coming", "previous", "following", NULL};

static bool tok_in(const struct tctx *c, uint32_t i, const char *const *list)
{
	for (; *list; list++)
		if (tok_is_cstr(c, i, *list))
			return true;
	return false;
}

/* A word of list stands anywhere in the sentence. */
static bool sentence_has(const struct tctx *c, const char *const *list)
{
	for (uint32_t k = c->first; k < c->end; k++)
		if (tok_in(c, k, list))
			return true;
	return false;
}

/* "over" at token i is the preposition of a span ("will invest $8 billion
 * over [a decade]", "expects 250,000 visitors over [four days]"), not
 * "more than" ("at its lowest level in [over six years]", "lasted [over
 * two hours]", "[just over a month]", "a little [over a month]"), which
 * follows a preposition, a verb of lasting, "just" or "little", or opens
 * the sentence. */
static bool over_is_preposition(const struct tctx *c, uint32_t i)
{
	static const char *const before_more[] = {
	        "in",     "for",    "of",      "within", "after", "before", "than", "at",
	        "by",     "from",   "since",   "during", "with",  "just",   "only", "little",
	        "well",   "lasted", "lasting", "last",   "lasts", "took",   "take", "takes",
	        "taking", "spent",  "spend",   "spends", "is",    "was",    "are",  "were",
	        "be",     "been",   "to",      "and",    "or",    "(",      ",",    "-",
	        "–",      "—",      "\"",      NULL};
	if (!tok_is(c, i, "over") || i <= c->first)
		return false;
	return !tok_in(c, i - 1, before_more);
}

/* TimeML extents (TempEval-3, MEANTIME): the expression takes its
 * modifiers and determiner, not the preposition that governs it.
 * Durations: "[nearly five months]", "[over six years]", "[less than two
 * years]" (but "more than [two years]"), "[the next four years]", "[the past nine days]"; points:
 * "[early 2009]", "[later this year]", "[earlier today]", "[the start of this year]", "[late in the
 * day]".  Returns the new first token. */
static uint32_t extend_left(const struct tctx *c, uint32_t b, enum nkg_timex_type type)
{
	uint32_t lo = c->floor > c->first ? c->floor : c->first;
	if (b <= lo)
		return b;
	if (type == NKG_TIMEX_DURATION) {
		/* "over [the past months]": a modifier comes after the article. */
		if (tok_is(c, b, "the"))
			return b;
		/* not the verb "last": "is expected to last [six weeks]", "could
		 * last [two years]" */
		if (b >= lo + 1 && tok_is(c, b - 1, "last") && b >= lo + 2 &&
		    (tok_is(c, b - 2, "to") || tok_is(c, b - 2, "will") ||
		     tok_is(c, b - 2, "could") || tok_is(c, b - 2, "can") ||
		     tok_is(c, b - 2, "may") || tok_is(c, b - 2, "might") ||
		     tok_is(c, b - 2, "should") || tok_is(c, b - 2, "would") ||
		     tok_is(c, b - 2, "must") || tok_is(c, b - 2, "usually") ||
		     tok_is(c, b - 2, "typically")))
			return b;
		/* "a previous [one-day] strike", "another [one-year] term": a
		 * compound is its noun's modifier, the determiners and
		 * adjectives before it are the noun's ("[nearly eight-minute]"
		 * keeps its approximation) */
		struct nkg_str w = tok(c, b);
		const char *dash = memchr(w.ptr, '-', w.len);
		if (((dash && dash > w.ptr &&
		      str_unit((struct nkg_str){dash + 1, (size_t)(w.ptr + w.len - dash - 1)},
		               NULL) != U_NONE) ||
		     (tok_is(c, b + 1, "-") && has(c, b + 2) &&
		      str_unit(tok(c, b + 2), NULL) != U_NONE)) &&
		    b >= lo + 1 &&
		    (tok_in(c, b - 1, span_words) || tok_is(c, b - 1, "another") ||
		     tok_is(c, b - 1, "further")))
			return b;
		if (b >= lo + 1 && tok_in(c, b - 1, span_words)) {
			b--;
			if (b >= lo + 1 && tok_is(c, b - 1, "the"))
				b--;
			return b;
		}
		/* "more than [a week]": MEANTIME and ECB+ leave "more than"
		 * out (three of three on dev), as they keep "[less than a
		 * month]" in (ECB+, four of four). */
		if (b >= lo + 2 && tok_is(c, b - 1, "than") &&
		    (tok_is(c, b - 2, "less") || tok_is(c, b - 2, "fewer")))
			return b - 2;
		if (b >= lo + 2 && tok_is(c, b - 1, "than") && tok_is(c, b - 2, "more"))
			return b;
		if (b >= lo + 2 && tok_is(c, b - 2, "at") && tok_is(c, b - 1, "least"))
			return b - 2;
		if (b >= lo + 2 && tok_is(c, b - 2, "up") && tok_is(c, b - 1, "to"))
			return b - 2;
		/* "over [the three days]", "[the 12 months] to November", "during
		 * [those 20 minutes]": the determiner of a counted span is inside
		 * (TimeML), as in "[the next four years]"; not an adjective's
		 * ("the [two-year] deal") */
		bool pl = false;
		if (b >= lo + 1 &&
		    (tok_is(c, b - 1, "the") || tok_is(c, b - 1, "those") ||
		     tok_is(c, b - 1, "these")) &&
		    str_count(tok(c, b)) > 1 && has(c, b + 1) &&
		    str_unit(tok(c, b + 1), &pl) != U_NONE && pl)
			return b - 1;
		if (b >= lo + 1 && tok_in(c, b - 1, dur_mods) && !tok_is(c, b - 1, "a") &&
		    !tok_is(c, b - 1, "the") && !over_is_preposition(c, b - 1)) {
			b--;
			/* "[just over a month]", "[just under five minutes]", "[well
			 * over a decade]" */
			if (b >= lo + 1 &&
			    (tok_is(c, b - 1, "just") || tok_is(c, b - 1, "only") ||
			     tok_is(c, b - 1, "well")) &&
			    (tok_is(c, b, "over") || tok_is(c, b, "under")))
				b--;
			return b;
		}
		return b;
	}
	if (type == NKG_TIMEX_SET)
		return b;
	/* "the start of", "the end of the" */
	uint32_t j = b;
	if (j >= lo + 1 && tok_is(c, j - 1, "the") && j >= lo + 2 && tok_is(c, j - 2, "of"))
		j--;
	if (j >= lo + 3 && tok_is(c, j - 1, "of") &&
	    (tok_is(c, j - 2, "start") || tok_is(c, j - 2, "beginning") ||
	     tok_is(c, j - 2, "end") || tok_is(c, j - 2, "middle") || tok_is(c, j - 2, "rest")) &&
	    tok_is(c, j - 3, "the"))
		return j - 3;
	/* "late in the day" */
	if (b >= lo + 2 && tok_is(c, b - 1, "in") &&
	    (tok_is(c, b - 2, "early") || tok_is(c, b - 2, "late") || tok_is(c, b - 2, "later") ||
	     tok_is(c, b - 2, "earlier")) &&
	    tok_is(c, b, "the"))
		return b - 2;
	if (b >= lo + 1 && tok_in(c, b - 1, point_mods))
		return b - 1;
	return b;
}

/* A value "YYYY", "YYYY-MM", "YYYY-MM-DD" (a time may follow: "...T14:58")
 * becomes the reference time, at its precision; others leave it. */
static void set_ref(struct tctx *c, const char *v)
{
	int y, m = 0, d = 0;
	size_t n = strlen(v);
	if (n < 4 || !str_uint((struct nkg_str){v, 4}, 4, &y) || y < 1 || (n > 4 && v[4] != '-'))
		return;
	c->ref_q = n == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' ? v[6] - '0' : 0;
	c->ref_wk = 0;
	if (n == 8 && v[5] == 'W' && str_uint((struct nkg_str){v + 6, 2}, 2, &c->ref_wk_y)) {
		c->ref_wk = c->ref_wk_y; /* "2008-W41" */
		c->ref_wk_y = y;
	}
	if (c->ref_q) {
		c->last_qy = y;
		c->last_q = c->ref_q;
		if (!c->topic_q) {
			c->topic_qy = y;
			c->topic_q = c->ref_q;
		}
	}
	if (n >= 7 && str_uint((struct nkg_str){v + 5, 2}, 2, &m) && (n == 7 || v[7] == '-')) {
		if (n >= 10 && str_uint((struct nkg_str){v + 8, 2}, 2, &d) &&
		    (n == 10 || v[10] == 'T') && nkg_date_valid(y, m, d)) {
			c->ref = (struct nkg_ymd){y, m, d};
			return;
		}
		if (n == 7 && m >= 1 && m <= 12) {
			c->ref = (struct nkg_ymd){y, m, 0};
			return;
		}
	}
	/* "2009", and the year of "2009-Q3", "2009-W11", "2009-SU" */
	if (n == 4 || (n > 5 && !(n >= 10 && v[7] == '-')))
		c->ref = (struct nkg_ymd){y, 0, 0};
}

/* Whether the expression at b dates a saying: a speech verb right before
 * it or before its "on" ("officials said on Saturday"). */
static bool after_saying(const struct tctx *c, uint32_t b)
{
	static const char *const saying[] = {"said",      "says",     "told",    "announced",
	                                     "reported",  "added",    "stated",  "confirmed",
	                                     "announces", "confirms", "reports", NULL};
	if (b > c->first && tok_is(c, b - 1, "on"))
		b--;
	return b > c->first && tok_in(c, b - 1, saying);
}

static bool clause_word(const struct tctx *c, uint32_t i);

static bool in_headline(const struct tctx *c);
/* The sentence is the article's title: the headline the document gives,
 * or a first sentence without a full stop (a title line over the text). */
/* A paragraph opens after token k, up to the sentence being read: the
 * narrative has moved on since k. */
static bool new_paragraph_since(const struct tctx *c, uint32_t k)
{
	for (uint32_t t = k + 1; t <= c->first && t < c->end; t++)
		if (c->toks->toks[t].flags & NKG_TOK_PARA_START)
			return true;
	return false;
}

static bool title_line(const struct tctx *c)
{
	return in_headline(c) ||
	       (c->sent == 0 && !(tok_is(c, c->end - 1, ".") || tok_is(c, c->end - 1, "!") ||
	                          tok_is(c, c->end - 1, "?") || tok_is(c, c->end - 1, "\"")));
}

/* The expression [b, e) is a dateline's date: near the start of its
 * sentence, a dash or an opening bracket right after it ("LIMA, Dec 8
 * (Reuters) -", "LONDON, March 3 -"). */
static bool dateline_at(const struct tctx *c, uint32_t b, uint32_t e)
{
	return b <= c->first + 4 && has(c, e) &&
	       (tok_is(c, e, "(") || tok_is(c, e, "-") || tok_is(c, e, "\xe2\x80\x94") ||
	        tok_is(c, e, "\xe2\x80\x93"));
}

/* A flashback word before token b in its sentence: "had", or "after" and
 * a word in -ing ("after cutting its price range on Wednesday").  Reads
 * each token of a sentence once however many times it holds (the state
 * in tctx: back_next, back_seen); a query behind the cursor reads the
 * sentence again from its start. */
static bool flashback_before(struct tctx *c, uint32_t b)
{
	if (c->back_next < c->first || c->back_next > b) {
		c->back_next = c->first;
		c->back_seen = false;
	}
	for (; c->back_next < b; c->back_next++) {
		uint32_t k = c->back_next;
		struct nkg_str g = has(c, k + 1) ? tok(c, k + 1) : NKG_STR_NULL;
		if (tok_is(c, k, "had") || (tok_is(c, k, "after") && g.len > 4 &&
		                            memcmp(g.ptr + g.len - 3, "ing", 3) == 0))
			c->back_seen = true;
	}
	return c->back_seen;
}

/* A clock time read at token i (read_clock): the hour on the 24-hour
 * clock (24: midnight), the minute, the second (-1: none) and the token
 * after it (its meridiem too, not its zone). */
struct clock_read {
	int h, m, sec;
	uint32_t e;
};

static bool read_clock(const struct tctx *c, uint32_t i, bool after_date, struct clock_read *k);
static int emit_clock(struct tctx *c, uint32_t i, const struct clock_read *clk);

/* Date with clock: a day's date and the clock time right after it are one
 * TIME expression in TimeML, valued the day and "T" the time ("May 2, 2013
 * 1:35 pm", "Saturday, December 05, 2009 8:28 PM", "August 8, 2012 - 4:43
 * pm", "May 3, 2013 at 7:31 AM ET", "12 January 2010 @ 09:29 pm" ->
 * "2013-05-02T13:35"), as the time before its date already is ("12:52 p.m.
 * EDT May 2, 2013", m_clock).  News sites stamp their stories so, and the
 * hand-marked ECB+ times mark each stamp as one.  "on" keeps the two apart
 * ("1:41 p.m. on Sunday" is two expressions in the written gold), so only a
 * comma, a dash, "at" or "@" may stand between.  value is the date's
 * ("YYYY-MM-DD"), [b, e) its tokens.  When a clock time follows, emits the
 * one TIME over both (the date is the clock time's day) and returns the
 * tokens from b it covers; 0 (nothing emitted, nothing changed) when none
 * does; a negative error. */
static int date_with_clock(struct tctx *c, const char *value, uint32_t b, uint32_t e)
{
	uint32_t k = e;
	if (strlen(value) != 10 || !is_digit(value[0]) || value[4] != '-' || value[7] != '-' ||
	    c->cut_begin || c->cut_end)
		return 0;
	if (tok_is(c, k, ",") || tok_is(c, k, "-") || tok_is(c, k, "\xe2\x80\x93") ||
	    tok_is(c, k, "at") || tok_is(c, k, "@"))
		k++;
	struct clock_read clk;
	if (!has(c, k) || !(c->toks->toks[k].flags & NKG_TOK_NUMBER) ||
	    !read_clock(c, k, true, &clk))
		return 0;
	uint32_t before = c->doc->n_mentions;
	/* the date is the reference time and the clock time's day */
	set_ref(c, value);
	c->clock_ref = c->ref;
	c->clock_ref_at = b;
	c->clock_ref_back = false;
	int n = emit_clock(c, k, &clk); /* one TIME mention, or an error */
	if (n < 0)
		return n;
	c->doc->mentions[before].span.begin = c->toks->toks[b].begin;
	return (int)(k + (uint32_t)n - b);
}

/* Adds the time and its mention over tokens [b, e), extended to the left
 * over its modifiers (extend_left), resolved against anchor (empty: none). */
static int emit_at(struct tctx *c, enum nkg_timex_type type, const char *value,
                   struct nkg_str anchor, uint32_t b, uint32_t e, float conf, const char *rule)
{
	char offset[sizeof(c->offset)]; /* this time's, and no later one's */
	memcpy(offset, c->offset, sizeof(offset));
	c->offset[0] = '\0';
	uint32_t idx, start = b;
	char first_day[16];
	b = extend_left(c, b, type);
	/* An age is no time: "at the age of four months" (GUM leaves it, as
	 * MEANTIME, ECB+ and GUM leave "16-year-old"; GUM does mark "aged
	 * 8-10 years", so that stays) */
	if (type == NKG_TIMEX_DURATION &&
	    ((b >= c->first + 2 && tok_is(c, b - 1, "of") && tok_is(c, b - 2, "age")) ||
	     (tok_is(c, e, "of") && tok_is(c, e + 1, "age"))))
		return (int)(e - start); /* nor "30 years of age" */
	if (type == NKG_TIMEX_DATE) {
		int n = date_with_clock(c, value, b, e);
		if (n)
			return n < 0 ? n : n - (int)(start - b);
	}
	/* "since [the start of 2009]", "since [the beginning of this year]":
	 * the period is counted from the year's first day (MEANTIME:
	 * "2009-01-01"); "at the beginning of the year" stays the year. */
	if (type == NKG_TIMEX_DATE && b < start && b > c->first && tok_is(c, b - 1, "since") &&
	    tok_is(c, b, "the") && (tok_is(c, b + 1, "start") || tok_is(c, b + 1, "beginning")) &&
	    strlen(value) == 4 && value[0] >= '0' && value[0] <= '9' &&
	    (!has(c, e) || !(c->toks->toks[e].flags & NKG_TOK_WORD) || clause_word(c, e))) {
		/* (not "the start of the 2009 season": a season, a war or a
		 * campaign does not start on 1 January) */
		snprintf(first_day, sizeof(first_day), "%s-01-01", value);
		value = first_day;
	}
	int rc = nkg_doc_add_zoned_time(c->doc, type, nkg_str_from_cstr(value),
	                                nkg_str_from_cstr(offset), anchor, rule, &idx);
	if (rc)
		return rc;
	struct nkg_span sp = {c->cut_begin ? c->cut_begin : c->toks->toks[b].begin,
	                      c->cut_end ? c->cut_end : c->toks->toks[e - 1].end};
	rc = nkg_doc_add_mention(c->doc, sp, NKG_MENTION_TIME, idx, conf, rule);
	if (rc)
		return rc;
	/* A date after "since" or "until" bounds a period ("has not missed a
	 * dividend since 2009", "the swap lines will be available until
	 * January 30"): the text is not about it, so it is no reference. */
	if ((type == NKG_TIMEX_DATE || type == NKG_TIMEX_TIME) &&
	    !(b > c->first && (tok_is(c, b - 1, "since") || tok_is(c, b - 1, "until")))) {
		set_ref(c, value);
		c->ref_b = b;
		c->ref_e = e;
		if (!after_saying(c, b)) {
			c->clock_ref = c->ref;
			c->clock_ref_at = b;
			/* a flashback: past perfect, or a prior act in "after
			 * cutting its price range on Wednesday" */
			c->clock_ref_back = flashback_before(c, b);
			if (!c->topic_day.d && c->ref.d && !title_line(c) && !dateline_at(c, b, e))
				c->topic_day = c->ref;
		}
	}
	return (int)(e - start);
}

/* emit_at, resolved against the publication date when anchored. */
static int emit(struct tctx *c, enum nkg_timex_type type, const char *value, bool anchored,
                uint32_t b, uint32_t e, float conf, const char *rule)
{
	return emit_at(c, type, value, anchored ? c->doc->date : NKG_STR_NULL, b, e, conf, rule);
}

static void fmt_date(char *buf, size_t cap, struct nkg_ymd d)
{
	snprintf(buf, cap, "%04d-%02d-%02d", d.y, d.m, d.d);
}

/* The year y-1, y or y+1 that puts month/day nearest the anchor; 0 if none is valid. */
static int nearest_year(const struct tctx *c, int m, int d)
{
	int best = 0;
	int64_t best_dist = INT64_MAX;
	for (int y = c->anchor.y - 1; y <= c->anchor.y + 1; y++) {
		if (!nkg_date_valid(y, m, d))
			continue;
		int64_t dist = nkg_days_from_ymd((struct nkg_ymd){y, m, d}) - c->anchor_days;
		if (dist < 0)
			dist = -dist;
		if (dist < best_dist) {
			best_dist = dist;
			best = y;
		}
	}
	return best;
}

static int tense_at(const struct tctx *c, uint32_t i);

/* Token k opens (1) or closes (-1) a direct quotation, or is no double
 * quotation mark (0): the tokenizer tells an opening one by its glyph or
 * position; single quotes are left out (an apostrophe, a quote in a
 * quote). */
static int quote_mark(const struct tctx *c, uint32_t k)
{
	const struct nkg_token *t = &c->toks->toks[k];
	if (!(t->flags & NKG_TOK_QUOTE))
		return 0;
	struct nkg_str s = tok(c, k);
	if (s.len == 1 && s.ptr[0] == '\'')
		return 0;
	if (s.len == 3 && !memcmp(s.ptr, "\xe2\x80", 2) &&
	    ((unsigned char)s.ptr[2] == 0x98 || (unsigned char)s.ptr[2] == 0x99))
		return 0; /* U+2018, U+2019 */
	return (t->flags & NKG_TOK_OPEN_QUOTE) ? 1 : -1;
}

/* Token i is inside a direct quotation: a quote mark opened before it in
 * its paragraph (in this sentence or an earlier one) is not closed yet.
 * The sentence is read once from left to right, as times are emitted
 * (quote_next, quote_open in tctx); a query behind the cursor reads the
 * sentence again from its start. */
static bool in_quote(struct tctx *c, uint32_t i)
{
	if (c->quote_next < c->first || c->quote_next > i) {
		c->quote_next = c->first;
		c->quote_open = c->quote_open_first;
	}
	for (; c->quote_next < i && c->quote_next < c->end; c->quote_next++) {
		uint32_t k = c->quote_next;
		if (c->toks->toks[k].flags & NKG_TOK_PARA_START)
			c->quote_open = false;
		int q = quote_mark(c, k);
		if (q)
			c->quote_open = q > 0;
	}
	return c->quote_open;
}

/* The reach of the quotation around token i that the quoted-clause rules
 * read (quote_tense, day_of_saying, habit_said): before it, tokens [*lo,
 * i), back to the nearest quote mark (not included) or QUOTE_REACH
 * tokens, not before the sentence's start; after it, tokens (i, *hi), up
 * to the next quote mark, QUOTE_REACH - 1 tokens or the sentence's end
 * (hi may be NULL).  True when a quote mark bounds it before.  The reach
 * is fixed, so a sentence of many times is read in linear time. */
#define QUOTE_REACH 10
static bool quote_reach(const struct tctx *c, uint32_t i, uint32_t *lo, uint32_t *hi)
{
	bool mark = false;
	uint32_t k = i;
	while (k > c->first && k + QUOTE_REACH > i) {
		if (quote_mark(c, k - 1)) {
			mark = true;
			break;
		}
		k--;
	}
	*lo = k;
	if (hi) {
		for (k = i + 1; k < c->end && k < i + QUOTE_REACH && !quote_mark(c, k); k++)
			;
		*hi = k;
	}
	return mark;
}

/* The tense of the quoted clause around token i: the first tense cue
 * (tense_cue) in its quote_reach, the nearest before it first, then
 * after it (not the tense of the verb of saying outside it, "\"...,\"
 * she said"); 0 none. */
static int tense_cue(const struct tctx *c, uint32_t j);
static int quote_tense(const struct tctx *c, uint32_t i)
{
	uint32_t lo, hi;
	quote_reach(c, i, &lo, &hi);
	for (uint32_t k = i; k > lo;) {
		int t = tense_cue(c, --k);
		if (t)
			return t;
	}
	/* after it, not into a clause of its own ("a different company
	 * [today] than the one that went") */
	static const char *const opens[] = {"that", "which",   "who", "than",
	                                    "when", "because", NULL};
	for (uint32_t k = i + 1; k < hi; k++) {
		if (tok_in(c, k, opens))
			break;
		int t = tense_cue(c, k);
		if (t)
			return t;
	}
	return 0;
}

/* The day a word told right after a clock time names, in days from the
 * publication date: "tomorrow" +1, "yesterday" and "last night" -1,
 * "today", "tonight", "this morning/afternoon/evening" 0; CLOCK_NO_DAY
 * if none. */
#define CLOCK_NO_DAY INT64_MIN
static int64_t clock_day_after(const struct tctx *c, uint32_t e)
{
	if (tok_is(c, e, "tomorrow"))
		return 1;
	if (tok_is(c, e, "yesterday") || (tok_is(c, e, "last") && tok_is(c, e + 1, "night")))
		return -1;
	if (tok_is(c, e, "today") || tok_is(c, e, "tonight"))
		return 0;
	if (tok_is(c, e, "this") && (tok_is(c, e + 1, "morning") || tok_is(c, e + 1, "afternoon") ||
	                             tok_is(c, e + 1, "evening")))
		return 0;
	return CLOCK_NO_DAY;
}

/* A clock time that bounds the hours of a curfew, "a curfew from [10
 * p.m.] to [4 a.m.]", "a night curfew runs from [6 p.m.] to [5 a.m.]",
 * "a curfew between [midnight] and [5 a.m.]": the hours of every night it
 * lasts, no one day ("XXXX-XX-XXT22:00", as the geo and wn2 annotators
 * mark them; TimeML leaves the day unknown).  Read over the ten tokens
 * before it, so in linear time; a day told with the time ("from [9 p.m.
 * tonight]", "to [8 a.m. Wednesday]") keeps its day (not asked then). */
static bool curfew_hours(const struct tctx *c, uint32_t i, uint32_t e)
{
	if (clock_day_after(c, e) != CLOCK_NO_DAY || tok_is(c, e, "on") ||
	    (tok_cap(c, e) && nkg_weekday_number(tok(c, e), NULL)))
		return false;
	static const char *const links[] = {"runs", "run", "running", "lasting", "that",
	                                    "will", "be",  "in",      "force",   "effect",
	                                    "was",  "is",  "would",   "imposed", NULL};
	for (uint32_t k = i; k > c->first && k + 10 > i;) {
		k--;
		if (tok_is(c, k, ".") || tok_is(c, k, ";"))
			return false;
		if (!tok_is(c, k, "from") && !tok_is(c, k, "between"))
			continue;
		uint32_t m = k;
		while (m > c->first && m + 4 > k && tok_in(c, m - 1, links))
			m--;
		return m > c->first && (tok_is(c, m - 1, "curfew") || tok_is(c, m - 1, "curfews"));
	}
	return false;
}

/* "tonight" ("this evening"), or "today" ("this morning") in a past-tense
 * clause, said in a direct quotation of a story whose day (topic_day) is
 * one or two days before the report's: the day the speaker spoke is the
 * story's ("\"[Tonight] he is the happiest man in Belgium\"" after
 * Saturday's match, in Sunday's report; "\"[Today] we were not ready,\"
 * Blackwell said" of a launch called off the day before), as the written,
 * geo and wnews annotators mark it.  A present "today" in a quotation is
 * as often the report's own day or today's world ("\"We are a different
 * company [today]\"", "\"Trading from [today]\""), so it stays the
 * publication day, as does "today" outside quotations. */
static int quote_tense(const struct tctx *c, uint32_t i);
static bool day_of_saying(const struct tctx *c, uint32_t i);
static bool quoted_story_day(struct tctx *c, uint32_t i, const char *part)
{
	if (!c->has_anchor || !c->topic_day.d)
		return false;
	int64_t back = c->anchor_days - nkg_days_from_ymd(c->topic_day);
	if (back < 1 || back > 2 || !in_quote(c, i))
		return false;
	bool evening = part && (!strcmp(part, "TNI") || !strcmp(part, "TEV"));
	return (evening || quote_tense(c, i) < 0) && !day_of_saying(c, i);
}

/* The sentence of the quotation around token i tells the day it was said
 * ("...,\" the coach said on [Sunday]", "told reporters [today]", "in a
 * statement on [Sunday]"), or the quotation tells another day relative to
 * the publication ("\"[Tomorrow] we rest, tonight we party\""): the
 * speaker's day is then that one, or the publication's, not the story's
 * (review17 F6).  Read over QUOTE_REACH tokens before token i and thirty
 * after it: linear. */
static bool day_of_saying(const struct tctx *c, uint32_t i)
{
	uint32_t lo;
	quote_reach(c, i, &lo, NULL);
	for (uint32_t k = lo; k < i; k++)
		if (tok_is(c, k, "tomorrow") || tok_is(c, k, "yesterday"))
			return true;
	bool outside = false;
	for (uint32_t k = i + 1; k < c->end && k < i + 30; k++) {
		if (quote_mark(c, k) < 0)
			outside = true;
		else if (quote_mark(c, k) > 0)
			outside = false;
		if (tok_is(c, k, "tomorrow") || tok_is(c, k, "yesterday"))
			return true;
		if (outside && (tok_is(c, k, "today") || tok_is(c, k, "tonight") ||
		                (tok_cap(c, k) && nkg_weekday_number(tok(c, k), NULL))))
			return true;
	}
	return false;
}

/* A clock time or a part of a day a speaker tells in a direct quotation
 * in the present tense, whose sentence names no day ("\"I leave my house
 * at [five in the morning] to reach Marina by eight,\" said ...", "\"A
 * worker leaves home at [five in the morning]\""): a habit, any day, so
 * its day is unknown ("XXXX-XX-XXT05:00", as the geo and wnews annotators
 * mark it), not the story's day nor the publication's.  A quoted past
 * ("\"We left Seville at [noon]\"") is a moment of the story: the
 * annotators give it the story's day as often as not, so it keeps it. */
static bool habit_said(const struct tctx *c, uint32_t i);
static bool quoted_habit(struct tctx *c, uint32_t i)
{
	return c->has_anchor && in_quote(c, i) &&
	       !(c->clock_ref.d && c->clock_ref_at >= c->first) &&
	       !(c->ref_e > c->first && c->ref_b >= c->first && c->ref_b < i) &&
	       quote_tense(c, i) == 0 && habit_said(c, i);
}

/* The quoted present around token i tells a habit, not a plan nor a
 * moment: a word of frequency within QUOTE_REACH tokens of it in the
 * quotation ("\"I [never] see the sky go black in [the afternoon]\"",
 * "\"We start at 7 a.m. [every] day\""), or a clause whose subject is
 * anyone of a kind: "I", an indefinite "a/an/every/each/most ..." or a
 * bare plural ("\"[A] domestic worker ... leaves home at [five in the
 * morning]\"", "\"[Workers] start at 7 a.m.\"").  A definite subject
 * ("\"The press conference starts at [3 p.m.]\"", "\"The polls close at
 * ...\"", "\"It is [10 p.m.]\"", "\"We fly home at [3 p.m.]\"") tells one
 * event of the day, a schedule or a plan, which keeps its day (review17
 * F1).  The clause starts after the quote mark or at the sentence start,
 * looked for over QUOTE_REACH tokens: linear. */
static bool habit_said(const struct tctx *c, uint32_t i)
{
	static const char *const often[] = {
	        "every",     "each",      "always",  "usually", "normally",  "often",
	        "never",     "sometimes", "rarely",  "seldom",  "generally", "typically",
	        "routinely", "daily",     "nightly", "mostly",  "regularly", NULL};
	uint32_t lo, hi;
	bool mark = quote_reach(c, i, &lo, &hi);
	for (uint32_t k = lo; k < hi; k++)
		if (k != i && tok_in(c, k, often))
			return true;
	/* the clause's start: after the quote mark, or the sentence's first
	 * token within reach; when it is out of reach, no subject is read */
	uint32_t s = (mark || lo == c->first) ? lo : i;
	if (s >= i)
		return false;
	static const char *const anyone[] = {"I", "a", "an", "every", "each", "most", "many", NULL};
	if (tok_in(c, s, anyone))
		return true;
	/* a bare plural: "Workers", "Commuters" (not "The polls", "We") */
	struct nkg_str w = tok(c, s);
	static const char *const not_plural[] = {"this", "is", "was", "has",  "us", "its",
	                                         "his",  "as", "yes", "thus", NULL};
	return w.len > 3 && (w.ptr[w.len - 1] == 's' || w.ptr[w.len - 1] == 'S') &&
	       w.ptr[w.len - 2] != 's' && (c->toks->toks[s].flags & NKG_TOK_WORD) &&
	       !tok_in(c, s, not_plural);
}
static bool scheduled_present_before(const struct tctx *c, uint32_t b);
static bool participle_between(const struct tctx *c, uint32_t i);

/* tense_at's value for a future told in the past ("was due to arrive on
 * Thursday"): a future (> 0) to every rule but the three that place a
 * date, a weekday and a month, which take the nearest one. */
#define TENSE_NEAREST 2

static int tense_cue(const struct tctx *c, uint32_t j);

/* The past verb itself governs the date at token b: right before it or
 * before its "on" ("closed on December 20", "was arrested on December
 * 25", "struck December 20"); not a date after until, to, by, from,
 * starting ("was adjourned until December 18"), nor one whose verb is
 * said ("said the deal closes on December 20"). */
static bool past_verb_on(const struct tctx *c, uint32_t b)
{
	uint32_t v = b > c->first && tok_is(c, b - 1, "on") ? b - 1 : b;
	return v > c->first && tense_cue(c, v - 1) < 0;
}

/* Month and day, with or without a year; part (NULL: none) a part of the
 * day, "TNI" for "the night of Sept. 13", which makes it a TIME.  Without
 * a year: the nearest year (nearest_year), unless that puts the date more
 * than two months (60 days) on the wrong side of the publication date for
 * the tense ("it happened on Sept. 13", published in April: the last
 * September; the tense cue is a guess, so only away from the date), or
 * more than 14 days ahead when a past verb governs the date itself
 * (past_verb_on: "the deal closed on December 20" in early December). */
static bool resolve_month_day(const struct tctx *c, int y, int m, int d, uint32_t b,
                              struct nkg_ymd *out);

static int emit_month_day(struct tctx *c, int y, int m, int d, uint32_t b, uint32_t e,
                          const char *part, const char *rule)
{
	char buf[32];
	enum nkg_timex_type type = part ? NKG_TIMEX_TIME : NKG_TIMEX_DATE;
	struct nkg_ymd r;
	if (!part)
		part = "";
	/* "the September 11 attacks": the attacks' day, not this year's */
	if (!y && m == 9 && d == 11 &&
	    (tok_is(c, e, "attacks") || tok_is(c, e, "attack") || tok_is(c, e, "terrorist") ||
	     tok_is(c, e, "terror") || tok_is(c, e, "hijackings")))
		y = 2001;
	if (!resolve_month_day(c, y, m, d, b, &r))
		return 0;
	if (!r.y) {
		snprintf(buf, sizeof(buf), "XXXX-%02d-%02d%s", m, d, part);
		return emit(c, type, buf, false, b, e, 0.9f, rule);
	}
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d%s", r.y, r.m, r.d, part);
	return emit(c, type, buf, !y, b, e, y ? 1.0f : 0.9f, rule);
}

/* The date of month m, day d, year y (0: none, found as emit_month_day
 * says) named at token b; r.y 0 when the year cannot be known.  False when
 * there is no such date. */
static bool resolve_month_day(const struct tctx *c, int y, int m, int d, uint32_t b,
                              struct nkg_ymd *out)
{
	if (y) {
		if (!nkg_date_valid(y, m, d))
			return false;
		*out = (struct nkg_ymd){y, m, d};
		return true;
	}
	if (!nkg_date_valid(2000, m, d)) /* 2000 is a leap year: Feb 29 passes */
		return false;
	if (!c->has_anchor) {
		*out = (struct nkg_ymd){0, m, d};
		return true;
	}
	int ny = nearest_year(c, m, d);
	if (!ny)
		return false;
	int64_t dist = nkg_days_from_ymd((struct nkg_ymd){ny, m, d}) - c->anchor_days;
	if (dist > 14 || dist < -60) {
		int tense = tense_at(c, b);
		if (tense < 0 && dist > 60 && scheduled_present_before(c, b))
			tense = 0; /* "rules, which take effect on Sept. 1, cover" */
		/* "the plant closes on Oct. 1" told in March: a timetable's
		 * present is to come, even when the past date is nearer */
		if (tense == 0 && dist < -60 && scheduled_present_before(c, b) &&
		    !participle_between(c, b))
			tense = 1;
		if (tense < 0 && (dist > 60 || (dist > 14 && past_verb_on(c, b))) &&
		    nkg_date_valid(ny - 1, m, d))
			ny--;
		else if (tense == 1 && dist < -60 && nkg_date_valid(ny + 1, m, d))
			ny++;
	}
	*out = (struct nkg_ymd){ny, m, d};
	return true;
}

/* A lower-case plural noun at token i ("at present prices", "rates"). */
static bool plural_noun_at(const struct tctx *c, uint32_t i)
{
	if (!has(c, i) || tok_cap(c, i) || !(c->toks->toks[i].flags & NKG_TOK_WORD))
		return false;
	struct nkg_str w = tok(c, i);
	return w.len > 3 && lower(w.ptr[w.len - 1]) == 's' && lower(w.ptr[w.len - 2]) != 's' &&
	       lower(w.ptr[w.len - 2]) != 'u';
}

/* ---- matchers: each returns tokens consumed (> 0), 0, or a negative error ---- */

static bool is_dash(const struct tctx *c, uint32_t i);

/* "2020-01-24" */
static int m_iso(struct tctx *c, uint32_t i)
{
	struct nkg_ymd d;
	char buf[40];
	if (!nkg_date_parse_iso(tok(c, i), &d)) {
		/* Spaced ISO date: detokenized text writes "2013-09-26" as
		 * "2013 - 09 - 26" (ECB+, MEANTIME): the same date */
		int y, m, dd;
		if (!tok_len_is(c, i, 4) || !str_uint(tok(c, i), 4, &y) || !is_dash(c, i + 1) ||
		    !tok_len_is(c, i + 2, 2) || !str_uint(tok(c, i + 2), 2, &m) ||
		    !is_dash(c, i + 3) || !tok_len_is(c, i + 4, 2) ||
		    !str_uint(tok(c, i + 4), 2, &dd) || !nkg_date_valid(y, m, dd) ||
		    (has(c, i + 5) && (is_dash(c, i + 5) || tok_is(c, i + 5, ":"))))
			return 0;
		fmt_date(buf, sizeof(buf), (struct nkg_ymd){y, m, dd});
		return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 5, 1.0f, "timex:iso-date");
	}
	fmt_date(buf, sizeof(buf), d);
	return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 1.0f, "timex:iso-date");
}

/* The end of a range of years that starts at y: "2003" or "03" (the
 * century of y, or the next when "99-00" turns it), after y by at most 50
 * years and not past 2199, from 1800 on; 0 when it is none.  The one
 * reader of a range's end for year_range_token ("1995-99") and
 * m_year_range_end ("1995 - 99"). */
static int year_range_end(int y, struct nkg_str s)
{
	int y2;
	if ((s.len != 2 && s.len != 4) || !str_uint(s, 4, &y2))
		return 0;
	if (s.len == 2)
		y2 += y / 100 * 100 + (y2 < y % 100 ? 100 : 0); /* "1999-00" */
	if (y < 1800 || y2 <= y || y2 > 2199 || y2 - y > 50)
		return 0;
	return y2;
}

/* Spaced year range: detokenized text writes "1995-99" as "1995 - 99"
 * ("coached at Dayton (1989 - 94)", "in 2004 - 05"): its end is a date of
 * its own, read by year_range_end as year_range_token reads the one
 * token (TimeML marks both ends; the ECB+ annotators mark "1995" and "99"
 * -> "1999").  The start is m_year's. */
static int m_year_range_end(struct tctx *c, uint32_t i)
{
	int y, y2;
	if (i < c->first + 2 || !tok_len_is(c, i, 2) || !is_dash(c, i - 1) ||
	    !(c->toks->toks[i - 1].flags & NKG_TOK_SPACE_BEFORE) ||
	    !(c->toks->toks[i].flags & NKG_TOK_SPACE_BEFORE) || !tok_len_is(c, i - 2, 4) ||
	    !str_uint(tok(c, i - 2), 4, &y) || !(y2 = year_range_end(y, tok(c, i))) ||
	    (has(c, i + 1) && (is_dash(c, i + 1) || tok_is(c, i + 1, ":"))))
		return 0;
	char buf[16];
	snprintf(buf, sizeof(buf), "%04d", y2);
	return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.8f, "timex:year-range");
}

/* The year of a two-digit year or decade whose century is left out ("'86",
 * "the '90s"; v 86, 90): the century that puts it no later than the date
 * and the years ahead it allows (a year one: "the '08 season" in 2007;
 * a decade none); without a date the 20th (a decade below 20 the 21st). */
static int short_century(const struct tctx *c, int v, int ahead)
{
	int y = 2000 + v;
	if (!c->has_anchor ? v >= 20 || ahead : y > c->anchor.y + ahead)
		y -= 100;
	return y;
}

static bool count_noun(const struct tctx *c, uint32_t i);

/* Short year: "'86", "’86", detokenized "’ 66" -> "1986", "1966" (the
 * apostrophe stands for the century): short_century's, as for "the
 * '90s", a year ahead allowed ("'03" in 2005 is 2003, "'06" 2006, "'88"
 * 1988; 19YY without a date).  Lists of them ("(1983,
 * '86, '87, '88)") and "the ’66 squad"; not a quotation that opens on a
 * count ("'66 people", "'15 percent"). */
static int m_short_year(struct tctx *c, uint32_t i)
{
	int yy;
	if (i <= c->first || !tok_len_is(c, i, 2) || !str_uint(tok(c, i), 2, &yy) ||
	    !(tok_is(c, i - 1, "'") || tok_is(c, i - 1, "\xe2\x80\x99") ||
	      tok_is(c, i - 1, "\xe2\x80\x98")))
		return 0;
	/* the apostrophe opens the word: after a space, a bracket or the
	 * sentence's start, not a closing quotation mark after a word */
	if (i - 1 > c->first && !(c->toks->toks[i - 1].flags & NKG_TOK_SPACE_BEFORE) &&
	    !tok_is(c, i - 2, "("))
		return 0;
	/* after a preposition, an article or a list's comma: a name before it
	 * makes it a version ("iLife '11", MEANTIME leaves it) */
	static const char *const before_year[] = {
	        "the", "in",     "of",    "since",   "from",   "and",   "or",  "to",    "until",
	        "by",  "during", "circa", "between", "before", "after", "its", "their", NULL};
	if (i - 1 > c->first && !(c->toks->toks[i - 2].flags & NKG_TOK_PUNCT) &&
	    !tok_in(c, i - 2, before_year))
		return 0;
	if (has(c, i + 1) &&
	    (is_dash(c, i + 1) || tok_is(c, i + 1, "%") || tok_is(c, i + 1, "percent") ||
	     tok_is(c, i + 1, "per") || tok_is(c, i + 1, ":") || count_noun(c, i + 1) ||
	     str_unit(tok(c, i + 1), NULL) != U_NONE ||
	     (c->toks->toks[i + 1].flags & NKG_TOK_NUMBER)))
		return 0;
	char buf[16];
	snprintf(buf, sizeof(buf), "%04d", short_century(c, yy, 1));
	c->cut_begin = c->toks->toks[i - 1].begin;
	int rc = emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.8f, "timex:short-year");
	c->cut_begin = 0;
	return rc;
}

/* A full or yearless date at token i, "July 21, 2017", "July 21", "21 July
 * 2017", "8 October 2011": month, day, year (0 when absent) and the token
 * after it; false when there is none. */
static bool parse_date_at(const struct tctx *c, uint32_t i, int *y, int *m, int *d, uint32_t *e)
{
	*y = 0;
	if ((*m = tok_month(c, i)) && tok_day(c, i + 1, d) && !tok_is(c, i + 2, ":")) {
		*e = i + 2;
		if (tok_is(c, *e, ",") && tok_year(c, *e + 1, y))
			*e += 2;
		else if (tok_year(c, *e, y))
			*e += 1;
		else
			*y = 0;
		return true;
	}
	if (tok_day(c, i, d) && (*m = tok_month(c, i + 1))) {
		*e = i + 2;
		if (tok_year(c, *e, y))
			*e += 1;
		else if (tok_is(c, *e, ",") && tok_year(c, *e + 1, y))
			*e += 2;
		else
			*y = 0;
		return true;
	}
	return false;
}

static bool year_after_of(const struct tctx *c, uint32_t i, int *y, uint32_t *n);

/* The year a month or date is placed in by the words at token i: "of
 * 2009", "of this year", "last year", "next year" ("in June last year" is
 * one expression); writes the year and the tokens used. */
static bool year_phrase(const struct tctx *c, uint32_t i, int *y, uint32_t *n)
{
	if (year_after_of(c, i, y, n))
		return true;
	if (!c->has_anchor || !tok_is(c, i + 1, "year"))
		return false;
	int shift = tok_is(c, i, "last")   ? -1
	            : tok_is(c, i, "this") ? 0
	            : tok_is(c, i, "next") ? 1
	                                   : 2;
	if (shift == 2)
		return false;
	*y = c->anchor.y + shift;
	*n = 2;
	return true;
}

/* "January 3", "Jan. 3, 2020", "January 3rd 2020", "January 2020". */
static bool is_dash(const struct tctx *c, uint32_t i);
static bool clause_word(const struct tctx *c, uint32_t i);
static bool name_goes_on(const struct tctx *c, uint32_t e);

/* Without a publication date, "of this year", "last year" after a month
 * and day belong to the date, which stays "XXXX-12-15" ("December 15 of
 * this year" is one expression).  Returns the tokens they take. */
static uint32_t unknown_year_phrase(const struct tctx *c, uint32_t i)
{
	uint32_t k = tok_is(c, i, "of") ? i + 1 : i;
	if ((tok_is(c, k, "this") || tok_is(c, k, "last") || tok_is(c, k, "next")) &&
	    tok_is(c, k + 1, "year"))
		return k + 2 - i;
	return 0;
}

/* "March 3 to 5", "March 3 - 5, 2009", "June 1 and 2": the first day and
 * the second are two expressions (TimeML), the year after the second
 * belongs to both.  The month and day m, d are tokens [b, e).  Returns the
 * tokens used, 0 when no range follows, or a negative error. */
/* The year written at token e, "2008" or ", 2008": the tokens it takes
 * (1 or 2) with the year in *y, or 0 with *y = 0. */
static uint32_t written_year(const struct tctx *c, uint32_t e, int *y)
{
	if (tok_is(c, e, ",") && tok_year(c, e + 1, y))
		return 2;
	if (tok_year(c, e, y))
		return 1;
	*y = 0;
	return 0;
}

static int month_day_range(struct tctx *c, int m, int d, uint32_t b, uint32_t e)
{
	int d2, y = 0;
	uint32_t k = e;
	if (!(is_dash(c, k) || tok_is(c, k, "to") || tok_is(c, k, "through") ||
	      tok_is(c, k, "and")) ||
	    !tok_day(c, k + 1, &d2) || d2 <= d || tok_month(c, k + 2) || tok_is(c, k + 2, ":"))
		return 0;
	/* after "and" the second day is followed by punctuation or a word
	 * that starts a phrase of its own ("Jan. 6 and 7 during a strike") */
	static const char *const after_and[] = {"in",     "on",    "at",    "for",     "with",
	                                        "to",     "by",    "from",  "after",   "before",
	                                        "during", "since", "until", "or",      "but",
	                                        "when",   "while", "as",    "because", NULL};
	uint32_t e2 = k + 2, took = written_year(c, e2, &y);
	if (!took && has(c, e2) && !(c->toks->toks[e2].flags & NKG_TOK_PUNCT) &&
	    (tok_is(c, k, "and") ? !tok_in(c, e2, after_and) : !clause_word(c, e2)))
		return 0; /* "March 3 and 5 others" */
	e2 += took;
	int rc = emit_month_day(c, y, m, d, b, e, NULL, "timex:month-day-range");
	if (rc <= 0)
		return rc;
	rc = emit_month_day(c, y, m, d2, k + 1, e2, NULL, "timex:month-day-range");
	return rc < 0 ? rc : (int)(e2 - b);
}

static int m_month_first(struct tctx *c, uint32_t i)
{
	int m = tok_month(c, i), d, y = 0;
	char buf[16];
	if (!m)
		return 0;
	if (tok_day(c, i + 1, &d) && !tok_is(c, i + 2, ":")) {
		uint32_t e = i + 2;
		e += written_year(c, e, &y);
		/* "December 15 of this year", "June 5 last year" */
		uint32_t used;
		if (!y && year_phrase(c, e, &y, &used))
			e += used;
		else if (!y && !c->has_anchor)
			e += unknown_year_phrase(c, e);
		if (!y) {
			int rc = month_day_range(c, m, d, i, e);
			if (rc)
				return rc;
		}
		return emit_month_day(c, y, m, d, i, e, NULL,
		                      y ? "timex:month-day-year" : "timex:month-day");
	}
	/* "March 3-5" in one token: two dates, "March 3" and "5" */
	struct nkg_str t = has(c, i + 1) ? tok(c, i + 1) : NKG_STR_NULL;
	const char *dash = t.len >= 3 && t.len <= 5 ? memchr(t.ptr, '-', t.len) : NULL;
	int d2;
	if (dash && str_uint((struct nkg_str){t.ptr, (size_t)(dash - t.ptr)}, 2, &d) &&
	    str_uint((struct nkg_str){dash + 1, (size_t)(t.ptr + t.len - dash - 1)}, 2, &d2) &&
	    d >= 1 && d2 > d && d2 <= 31) {
		uint32_t e = i + 2;
		e += written_year(c, e, &y);
		if (!y && (tok_year(c, e, &y) || !clause_word(c, e)))
			return 0;
		uint32_t first_end = (uint32_t)(dash - c->doc->text);
		c->cut_end = first_end;
		int rc = emit_month_day(c, y, m, d, i, i + 2, NULL, "timex:month-day-range");
		c->cut_end = 0;
		if (rc <= 0)
			return rc;
		c->cut_begin = first_end + 1;
		rc = emit_month_day(c, y, m, d2, i + 1, e, NULL, "timex:month-day-range");
		c->cut_begin = 0;
		return rc < 0 ? rc : (int)(e - i);
	}
	if (tok_year(c, i + 1, &y) || (tok_is(c, i + 1, ",") && tok_year(c, i + 2, &y))) {
		uint32_t e = tok_is(c, i + 1, ",") ? i + 3 : i + 2;
		snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, e, 1.0f, "timex:month-year");
	}
	return 0;
}

/* The numbers of a numeric date at token i, "27/09/2013" (one token) or
 * "05 / 02 / 2013" (spaced, as the ECB+ text is detokenized): first a,
 * second b, year y, and the token after it; false when there is none. */
static bool slash_parts(const struct tctx *c, uint32_t i, int *a, int *b, int *y, uint32_t *e)
{
	struct nkg_str s = tok(c, i);
	if (s.len == 0 || !is_digit(s.ptr[0]))
		return false;
	if (s.len >= 8 && s.len <= 10) {
		/* one token "27/09/2013" */
		const char *p1 = memchr(s.ptr, '/', s.len);
		if (!p1)
			return false;
		const char *p2 = memchr(p1 + 1, '/', (size_t)(s.ptr + s.len - p1 - 1));
		if (!p2 || s.ptr + s.len - p2 - 1 != 4 ||
		    !str_uint((struct nkg_str){s.ptr, (size_t)(p1 - s.ptr)}, 2, a) ||
		    !str_uint((struct nkg_str){p1 + 1, (size_t)(p2 - p1 - 1)}, 2, b) ||
		    !str_uint((struct nkg_str){p2 + 1, 4}, 4, y))
			return false;
		*e = i + 1;
	} else if (str_uint(s, 2, a) && tok_is(c, i + 1, "/") && has(c, i + 2) &&
	           str_uint(tok(c, i + 2), 2, b) && tok_is(c, i + 3, "/") &&
	           tok_year(c, i + 4, y)) {
		*e = i + 5;
	} else {
		return false;
	}
	return *y >= 1000;
}

/* Numeric dates "27/09/2013", "05 / 02 / 2013": month first, as US news
 * writes them, unless the first number cannot be a month (> 12) or the
 * text writes day first elsewhere (c->day_first: some numeric date of the
 * document has a first number above 12 and none a second one). */
static int m_slash_date(struct tctx *c, uint32_t i)
{
	int a, b, y, m, d;
	uint32_t e;
	if (!slash_parts(c, i, &a, &b, &y, &e))
		return 0;
	bool md = nkg_date_valid(y, a, b), dm = nkg_date_valid(y, b, a);
	if (md && dm && c->day_first)
		md = false;
	if (md) {
		m = a;
		d = b;
	} else if (dm) {
		m = b;
		d = a;
	} else {
		return 0;
	}
	return emit_month_day(c, y, m, d, i, e, NULL, "timex:numeric-date");
}

/* "3 January", "3rd of January 2020", "3 January, 2020". */
static int m_day_first(struct tctx *c, uint32_t i)
{
	int d, m, y = 0;
	if (!tok_day(c, i, &d))
		return 0;
	uint32_t j = i + 1;
	if (tok_is(c, j, "of"))
		j++;
	if (!(m = tok_month(c, j)))
		return 0;
	uint32_t e = j + 1;
	e += written_year(c, e, &y);
	return emit_month_day(c, y, m, d, i, e, NULL,
	                      y ? "timex:day-month-year" : "timex:day-month");
}

static bool is_time_prep(const struct tctx *c, uint32_t i)
{
	return tok_is(c, i, "in") || tok_is(c, i, "since") || tok_is(c, i, "by") ||
	       tok_is(c, i, "until") || tok_is(c, i, "till") || tok_is(c, i, "from") ||
	       tok_is(c, i, "to") || tok_is(c, i, "through") || tok_is(c, i, "before") ||
	       tok_is(c, i, "after") || tok_is(c, i, "during") || tok_is(c, i, "of") ||
	       tok_is(c, i, "early") || tok_is(c, i, "late") || tok_is(c, i, "mid") ||
	       tok_is(c, i, "around") || tok_is(c, i, "between") || tok_is(c, i, "beyond");
}

/* A month before its noun, after "the", "a" or "an": "the [July] arrest",
 * "a [December] runoff", "an [April] shooting", "the [January] transfer
 * window" (not May, a name too: "the May government", "a May spokesman");
 * or after a possessive, "Microsoft's [September]". */
static bool month_attributive(const struct tctx *c, uint32_t i)
{
	if (i <= c->first || !tok_cap(c, i) || !has(c, i + 1))
		return false;
	int m = tok_month(c, i);
	/* "Microsoft's [September] continues to grow worse": a month after a
	 * possessive is one (not May or March: "Theresa May", "the March") */
	static const char *const time_owners[] = {"year", "month", "week", "season", NULL};
	if ((c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE) && m && m != 3 && m != 5 &&
	    tok(c, i).len >= 4 && tok(c, i).ptr[tok(c, i).len - 1] != '.' &&
	    !(c->toks->toks[i].flags & NKG_TOK_POSSESSIVE) && !tok_cap(c, i + 1) &&
	    !tok_is(c, i + 1, ":") && i >= c->first + 2 && !tok_in(c, i - 2, time_owners))
		return true;
	if (!(tok_is(c, i - 1, "the") || tok_is(c, i - 1, "a") || tok_is(c, i - 1, "an")))
		return false;
	const struct nkg_token *n = &c->toks->toks[i + 1];
	return m && m != 5 && (n->flags & NKG_TOK_WORD) && !(n->flags & NKG_TOK_CAPITALIZED) &&
	       !(n->flags & NKG_TOK_NUMBER) && !(c->toks->toks[i].flags & NKG_TOK_POSSESSIVE) &&
	       !clause_word(c, i + 1);
}

/* The list item at token i goes on, through more items same accepts after
 * bare commas, to "and" or "or" (", and", ", or") and one more: "[2008]
 * and 2009", "[2008], 2009 and 2010".  A list found so is remembered in
 * list_until, so a list of thousands is read once. */
static bool list_goes_on(struct tctx *c, uint32_t i,
                         bool (*same)(const struct tctx *c, uint32_t last))
{
	if (i < c->list_until)
		return true;
	for (uint32_t j = i + 1; has(c, j);) {
		bool comma = tok_is(c, j, ",");
		j += comma;
		bool conj = tok_is(c, j, "and") || tok_is(c, j, "or");
		j += conj;
		if ((!comma && !conj) || !has(c, j) || !same(c, j))
			return false;
		if (conj) {
			c->list_until = j;
			return true;
		}
		j++;
	}
	return false;
}

/* Token i is the next conjunct of a list of times (TimeML marks each one):
 * the expression found last in the sentence ends right before "and", "or",
 * ", and", ", or" at i - 1, or a bare "," when the list goes on to "and"
 * or "or" (list_goes_on), and its last token is what same accepts: "in
 * October and [November]", "in [2007], [2008] and [2009]"; not "In
 * October, May said". */
static bool next_conjunct(struct tctx *c, uint32_t i,
                          bool (*same)(const struct tctx *c, uint32_t last))
{
	if (i < c->first + 2 || c->floor <= c->first)
		return false;
	uint32_t last = c->floor - 1;
	bool conj = tok_is(c, i - 1, "and") || tok_is(c, i - 1, "or");
	if (last == i - 3 && conj && tok_is(c, i - 2, ","))
		return same(c, last);
	if (last != i - 2 || !same(c, last))
		return false;
	return conj || (tok_is(c, i - 1, ",") && list_goes_on(c, i, same));
}

static bool month_token(const struct tctx *c, uint32_t i)
{
	return tok_cap(c, i) && nkg_month_number(tok(c, i));
}

/* Token i is a lower-case plural noun, what a count is of: "2000 homes",
 * "3000 people" (a word in -s of four letters or more, or an irregular
 * plural). */
static bool count_noun(const struct tctx *c, uint32_t i)
{
	static const char *const irregular[] = {"people",   "men",    "women",
	                                        "children", "police", NULL};
	static const char *const not_plural[] = {"this",    "thus",    "plus",       "less",
	                                         "unless",  "across",  "versus",     "always",
	                                         "perhaps", "whereas", "afterwards", NULL};
	if (!has(c, i) || !(c->toks->toks[i].flags & NKG_TOK_WORD) ||
	    (c->toks->toks[i].flags & NKG_TOK_NUMBER))
		return false;
	struct nkg_str s = tok(c, i);
	if (!(s.ptr[0] >= 'a' && s.ptr[0] <= 'z'))
		return false;
	if (tok_in(c, i, irregular))
		return true;
	return s.len >= 4 && s.ptr[s.len - 1] == 's' && s.ptr[s.len - 2] != 's' &&
	       !tok_in(c, i, not_plural);
}

static bool year_token(const struct tctx *c, uint32_t i)
{
	int y;
	return tok_year(c, i, &y) && y >= 1800 && y <= 2199;
}

/* The year of month m, relative to the publication date: shift -1 "last",
 * 0 "this", 1 "next", 2 none ("in January"), then the tense decides (the
 * month's tense_at). */
static int month_year(const struct tctx *c, int m, int shift, int tense)
{
	int am = c->anchor.m, y = c->anchor.y;
	if (shift == -1)
		y = m < am ? y : y - 1;
	else if (shift == 1)
		y = m > am ? y : y + 1;
	else if (shift == 2) {
		/* The tense decides when there is one ("was introduced in
		 * January": the last January); else the year that puts the
		 * month within six months, a tie going to the past. */
		int diff = m - am;
		if (tense < 0)
			y = m <= am ? y : y - 1;
		else if (tense == 1)
			y = m >= am ? y : y + 1;
		else if (diff >= 6)
			y--;
		else if (diff < -6)
			y++;
	}
	return y;
}

/* Token i is "for" after a word of scheduling: "scheduled for [June]",
 * "set for [May]", "due for [March]" (not "voted for May"). */
static bool scheduled_for(const struct tctx *c, uint32_t i)
{
	static const char *const words[] = {"scheduled", "rescheduled", "slated",     "set",
	                                    "planned",   "due",         "timetabled", "pencilled",
	                                    "penciled",  "earmarked",   "booked",     NULL};
	return tok_is(c, i, "for") && i > c->first && tok_in(c, i - 1, words);
}

/* A month at token i after "for": after a word of scheduling ("scheduled
 * for June"), or one that is no one's name ("figures for December", not
 * "voted for June"). */
static bool month_after_for(const struct tctx *c, uint32_t i)
{
	if (i <= c->first)
		return false;
	if (scheduled_for(c, i - 1))
		return true;
	if (!tok_is(c, i - 1, "for") || !tok_cap(c, i))
		return false;
	int m = tok_month(c, i);
	return m == 1 || m == 2 || m == 7 || m >= 9;
}

/* Token i ends a range "between [October 2009] and [February]": "and"
 * right after the expression found last, which "between" opens. */
static bool range_end(const struct tctx *c, uint32_t i)
{
	if (i < c->first + 3 || c->floor != i - 1 || !tok_is(c, i - 1, "and"))
		return false;
	for (uint32_t k = i - 2; k > c->first && k + 5 > i; k--)
		if (tok_is(c, k, "between"))
			return c->ref_b == k + 1 && c->ref_e == i - 1;
	return false;
}

static bool is_past_verb(const struct tctx *c, uint32_t i);

/* A past participle or past verb of its own governs the time at token i,
 * between it and a timetable's verb a few words before: "work resumes at
 * the mine shut in [November]", "production starts at the plant closed in
 * [November]" (no punctuation between). */
static bool participle_between(const struct tctx *c, uint32_t i)
{
	static const char *const same_form[] = {"shut", "hit", "cut", "put", "set", "quit", NULL};
	for (uint32_t k = 1; k <= 6 && i >= c->first + k; k++) {
		uint32_t j = i - k;
		if (c->toks->toks[j].flags & NKG_TOK_PUNCT)
			return false;
		if (is_past_verb(c, j) || tok_in(c, j, same_form))
			return true;
	}
	return false;
}

/* How far back from a period forecast_before reads for its verb (tokens). */
enum { FORECAST_REACH = 60 };

/* A word of forecasting before token i in its sentence: "expects",
 * "forecast", "predicts", "sees", "outlook", "guidance", "is expected"
 * (a forecast is of a time not yet over).  Only a forecast still held
 * counts: a past form only after a present "is"/"are" or told after a
 * verb of saying ("said it now expected"), none after "had" ("Analysts
 * had expected Toyota to post ..." is a past expectation, of the year
 * then running), and none in a relative
 * aside closed before token i ("Sony, which had forecast a loss,
 * reported a profit for the year to March": the aside is not the verb
 * of the period's clause). */
static bool forecast_before(const struct tctx *c, uint32_t i)
{
	static const char *const words[] = {"expects",     "expect",   "forecast", "forecasts",
	                                    "forecasting", "predicts", "projects", "sees",
	                                    "estimates",   "outlook",  "guidance", "anticipates",
	                                    NULL};
	static const char *const participles[] = {"expected", "predicted", "projected",
	                                          "forecast", "estimated", NULL};
	static const char *const relative[] = {"which", "who", "whose", NULL};
	static const char *const say[] = {"said", "told", "added", "announced", "says", NULL};
	bool reported = false; /* "Sony said it now expected": a forecast told */
	/* The last comma before i, and the latest token w <= k opening a
	 * relative aside (", which" just before it): a word at k is inside an
	 * aside closed before i when w is less than 8 tokens back and a comma
	 * follows k.  One pass over the FORECAST_REACH tokens before i, so a
	 * sentence of many periods costs each of them that much, not the
	 * whole sentence. */
	uint32_t last_comma = NKG_NONE, aside_at = NKG_NONE;
	uint32_t from = i - c->first > FORECAST_REACH ? i - FORECAST_REACH : c->first;
	for (uint32_t e = i; e-- > from;)
		if (tok_is(c, e, ",")) {
			last_comma = e;
			break;
		}
	for (uint32_t k = from; k < i; k++) {
		if (k > c->first + 1 && tok_in(c, k - 1, relative) && tok_is(c, k - 2, ","))
			aside_at = k;
		bool held = k > c->first && tok_in(c, k, participles) &&
		            (tok_is(c, k - 1, "is") || tok_is(c, k - 1, "are") || reported);
		reported = reported || tok_in(c, k, say);
		if ((k > c->first && tok_is(c, k - 1, "had")) ||
		    (k > c->first + 1 && tok_is(c, k - 2, "had")))
			continue;
		if (!held && !tok_in(c, k, words))
			continue;
		bool aside = aside_at != NKG_NONE && aside_at + 8 > k && last_comma != NKG_NONE &&
		             last_comma > k;
		if (!aside)
			return true;
	}
	return false;
}

/* "[October] had been one of the driest on record", "The Met Office
 * said [July] had been the driest": month m at token i is the subject of
 * its weather record, a superlative of weather after "had/has been" or
 * "was" ("one of", "the", "its" between); not another superlative ("May
 * had been the longest-serving", "June was the youngest": names). */
static bool month_record_subject(const struct tctx *c, uint32_t i, int m)
{
	static const char *const weather_est[] = {"wettest",   "driest",   "hottest",  "coldest",
	                                          "warmest",   "sunniest", "snowiest", "rainiest",
	                                          "stormiest", NULL};
	if (!m || !tok_cap(c, i) || !has(c, i + 2))
		return false;
	/* "Theresa May was the coldest of hosts": a capitalised word before
	 * the month makes it a surname (review17 F13) */
	if (i > c->first && tok_cap(c, i - 1) && (c->toks->toks[i - 1].flags & NKG_TOK_WORD))
		return false;
	uint32_t k;
	if ((tok_is(c, i + 1, "had") || tok_is(c, i + 1, "has")) && tok_is(c, i + 2, "been"))
		k = i + 3;
	else if (tok_is(c, i + 1, "was"))
		k = i + 2;
	else
		return false;
	if (tok_is(c, k, "one") && tok_is(c, k + 1, "of"))
		k += 2;
	if (tok_is(c, k, "the") || tok_is(c, k, "its"))
		k++;
	/* "the warmest of leaders", "the warmest of the three sisters": the
	 * superlative picks one of a group of people or things, not a
	 * record of weather ("of the year", "of any month" are one) */
	if (tok_is(c, k + 1, "of") && !tok_is(c, k + 2, "any") && !tok_is(c, k + 2, "all") &&
	    !tok_is(c, k + 2, "record") &&
	    !(tok_is(c, k + 2, "the") && (tok_is(c, k + 3, "year") || tok_is(c, k + 3, "decade") ||
	                                  tok_is(c, k + 3, "century"))))
		return false;
	return tok_in(c, k, weather_est);
}

/* A bare month after a preposition or last/this/next: "in January", "last March". */
static int m_bare_month(struct tctx *c, uint32_t i)
{
	char buf[16];
	int shift = 2; /* 2: nearest; -1 last; 0 this; 1 next */
	uint32_t b = i;
	if (tok_is(c, i, "last") || tok_is(c, i, "this") || tok_is(c, i, "next")) {
		shift = tok_is(c, i, "last") ? -1 : tok_is(c, i, "this") ? 0 : 1;
		i++;
	} else if (!month_record_subject(c, i, tok_month(c, i)) &&
	           (i == c->first || (!is_time_prep(c, i - 1) && !month_after_for(c, i) &&
	                              !next_conjunct(c, i, month_token) && !range_end(c, i) &&
	                              !month_attributive(c, i)))) {
		return 0;
	}
	bool attributive = shift == 2 && month_attributive(c, i);
	int m = tok_month(c, i);
	if (!m)
		return 0;
	/* "in October and [November]": a capitalised month after a month;
	 * never May or March after a bare comma ("In October, May said") */
	bool listed = shift == 2 && tok_cap(c, i) &&
	              ((next_conjunct(c, i, month_token) &&
	                !((m == 3 || m == 5) && tok_is(c, i - 1, ","))) ||
	               range_end(c, i));
	/* "May" and "March" only where the month reading is certain. */
	bool part_of = tok_is(c, i - 1, "of") &&
	               (tok_is(c, i - 2, "end") || tok_is(c, i - 2, "beginning") ||
	                tok_is(c, i - 2, "start") || tok_is(c, i - 2, "middle"));
	/* "decide by [March]", "pushed back to [March]": not the agent of a
	 * passive ("was led by May", "written by May"), nor "the year to
	 * March" (a period's end), nor "spoke to May" */
	struct nkg_str pp = i >= c->first + 2 ? tok(c, i - 2) : NKG_STR_NULL;
	bool participle =
	        pp.len > 3 &&
	        ((lower(pp.ptr[pp.len - 2]) == 'e' &&
	          (lower(pp.ptr[pp.len - 1]) == 'd' || lower(pp.ptr[pp.len - 1]) == 'n')) ||
	         eq_nocase(pp, "said") || eq_nocase(pp, "told") || eq_nocase(pp, "led") ||
	         eq_nocase(pp, "spoke"));
	/* "the year to [March]", "the six months to [May]": a period's end */
	bool period_end =
	        tok_is(c, i - 1, "to") && (eq_nocase(pp, "year") || eq_nocase(pp, "months") ||
	                                   eq_nocase(pp, "quarter") || eq_nocase(pp, "weeks"));
	/* and "the fiscal year ending in [March]", "the year that ends in
	 * [June]", "the quarter ended in [April]" */
	for (uint32_t k = i - 1; !period_end && k > c->first && k + 4 > i; k--) {
		if (!(tok_is(c, k, "ending") || tok_is(c, k, "ends") || tok_is(c, k, "ended")))
			continue;
		uint32_t n = k - 1 - (tok_is(c, k - 1, "that") && k > c->first + 1);
		period_end = (tok_is(c, n, "year") || tok_is(c, n, "quarter")) &&
		             (k + 1 == i || (k + 2 == i && tok_is(c, i - 1, "in")));
	}
	bool by_to = tok_cap(c, i) && ((tok_is(c, i - 1, "by") && !participle) || period_end ||
	                               (m == 3 && tok_is(c, i - 1, "to") &&
	                                (eq_nocase(pp, "back") || eq_nocase(pp, "delayed") ||
	                                 eq_nocase(pp, "postponed") || eq_nocase(pp, "moved"))));
	bool record_subject = shift == 2 && month_record_subject(c, i, m);
	if ((m == 3 || m == 5) && shift == 2 && !record_subject && !tok_is(c, i - 1, "in") &&
	    !tok_is(c, i - 1, "since") && !tok_is(c, i - 1, "until") &&
	    !tok_is(c, i - 1, "beyond") && !tok_is(c, i - 1, "early") &&
	    !tok_is(c, i - 1, "late") && !tok_is(c, i - 1, "mid") && !tok_is(c, i - 1, "between") &&
	    !part_of && !scheduled_for(c, i - 1) && !listed && !by_to && !attributive)
		return 0;
	if (!listed && shift == 2 && !is_time_prep(c, i - 1) && !month_after_for(c, i) &&
	    !attributive && !record_subject)
		return 0;
	int y;
	uint32_t used;
	if (shift == 2 && year_phrase(c, i + 1, &y, &used)) {
		/* "in June last year", "the end of March of 2009" */
		int given;
		bool relative = !tok_year(c, i + 2, &given); /* "last year", not "of 2009" */
		snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
		return emit(c, NKG_TIMEX_DATE, buf, relative, b, i + 1 + used, 0.8f, "timex:month");
	}
	if (!c->has_anchor) {
		/* "in January", "last May": a month of an unknown year. */
		snprintf(buf, sizeof(buf), "XXXX-%02d", m);
		return emit(c, NKG_TIMEX_DATE, buf, false, b, i + 1, 0.8f, "timex:month");
	}
	/* A later month of a list has the tense of the first (found once per
	 * list, not once per month: a list of thousands stays linear). */
	/* an attributive month is its noun's, whatever the clause's tense
	 * ("could lead to attacks like the [February] bombing", "Apple
	 * announced a [September] launch"): the nearest; but after "a" or
	 * "an" in a clause of the past a past one, unless its noun is a
	 * plan's ("a gun was used in an [April] shooting", not "the Fed
	 * signalled a [December] rate cut") */
	static const char *const plans[] = {
	        "launch",     "release",  "election", "vote",  "meeting", "rate",   "cut",
	        "hike",       "delivery", "deadline", "debut", "opening", "start",  "summit",
	        "trial",      "hearing",  "visit",    "tour",  "ballot",  "runoff", "referendum",
	        "conference", "date",     "target",   NULL};
	bool past_event = attributive && (tok_is(c, i - 1, "a") || tok_is(c, i - 1, "an")) &&
	                  !tok_in(c, i + 1, plans) && !tok_in(c, i + 2, plans) &&
	                  tense_at(c, i) < 0;
	int tense = shift != 2                          ? 0
	            : past_event                        ? -1
	            : attributive                       ? 0
	            : listed && c->list_end == c->floor ? c->list_tense
	                                                : tense_at(c, i);
	/* a timetable's present, "the World Cup, which starts in [November]",
	 * "whose term ends in [September], has made", is to come, whatever
	 * the other clause's tense; a level a price came "down from" or "up
	 * from" in [April] is past */
	if (shift == 2 && !attributive && tense <= 0 && !listed) {
		if (scheduled_present_before(c, i) && !participle_between(c, i))
			tense = 1;
		for (uint32_t k = 2; k <= 8 && i >= c->first + k; k++)
			if (tok_is(c, i - k, "from") &&
			    (tok_is(c, i - k - 1, "down") || tok_is(c, i - k - 1, "up")) &&
			    tok_is(c, i - 1, "in"))
				tense = -1;
	}
	/* "in October and November": a later month of a list is in the year
	 * of the month before it (the reference time). */
	int year = month_year(c, m, shift, tense);
	/* "In 2024, sales fell in March": the month of the year the sentence
	 * opens with ("In 2024," / "During 2024,"; not "since its launch in
	 * 2003 and as of February"), unless the tense says otherwise */
	int y0;
	if (shift == 2 && (tok_is(c, c->first, "in") || tok_is(c, c->first, "during")) &&
	    tok_year(c, c->first + 1, &y0) && tok_is(c, c->first + 2, ",") && c->first + 2 < b &&
	    (y0 < c->anchor.y ? tense <= 0 : y0 > c->anchor.y && tense >= 0))
		year = y0;
	if (listed && c->ref.m && c->ref.m < m && !c->ref.d && c->ref.y != year) {
		/* unless the tense forbids it ("was in March and June" in April) */
		int k = c->ref.y * 12 + m, now = c->anchor.y * 12 + c->anchor.m;
		if (!(tense < 0 && k > now) && !(tense > 0 && k < now))
			year = c->ref.y;
	}
	/* "expects a net profit of 370 billion yen for the year to [March]":
	 * a forecast is for the business year still running, which ends in
	 * the first such month from the publication on (July 2021: March
	 * 2022), whatever the tense of the verb of saying ("said it now
	 * expected a loss for the year to March") */
	if (period_end && forecast_before(c, i) && !tok_is(c, i - 1, "ended") &&
	    !(tok_is(c, i - 1, "in") && tok_is(c, i - 2, "ended")))
		year = m >= c->anchor.m ? c->anchor.y : c->anchor.y + 1;
	/* "between October 2007 and [March]": the range ends in the first such
	 * month after its start ("2008-03") */
	if (range_end(c, i) && c->ref.y && c->ref.m)
		year = c->ref.y + (m <= c->ref.m);
	snprintf(buf, sizeof(buf), "%04d-%02d", year, m);
	int rc = emit(c, NKG_TIMEX_DATE, buf, true, b, i + 1, 0.8f, "timex:month");
	if (rc > 0) {
		c->list_end = i + 1;
		c->list_tense = tense;
	}
	return rc;
}

/* "mid-2011" -> "2011", "mid-March" -> the month as "in March" (TimeML
 * keeps "mid" as a modifier, not in the value). */
static int m_mid(struct tctx *c, uint32_t i)
{
	char buf[16];
	struct nkg_str s = tok(c, i);
	int y, m;
	/* Most tokens stop at the length or the first letter. */
	if (s.len < 7 || lower(s.ptr[0]) != 'm')
		return 0;
	size_t k = prefix_nocase(s, "mid-");
	if (!k)
		return 0;
	struct nkg_str rest = {s.ptr + k, s.len - k};
	if (rest.len == 4 && str_uint(rest, 4, &y) && y >= 1000) {
		snprintf(buf, sizeof(buf), "%04d", y);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.9f, "timex:mid");
	}
	/* "[the mid-2030s]" -> "203", as "[the early 1990s]" */
	if (rest.len == 5 && lower(rest.ptr[4]) == 's' &&
	    str_uint((struct nkg_str){rest.ptr, 4}, 4, &y) && y >= 1000 && y % 10 == 0) {
		snprintf(buf, sizeof(buf), "%03d", y / 10);
		uint32_t b = i > c->floor && tok_is(c, i - 1, "the") ? i - 1 : i;
		int rc = emit(c, NKG_TIMEX_DATE, buf, false, b, i + 1, 0.9f, "timex:mid");
		return rc > 0 ? 1 : rc; /* the tokens from i */
	}
	if (!(rest.ptr[0] >= 'A' && rest.ptr[0] <= 'Z') || !(m = nkg_month_number(rest)))
		return 0;
	if (c->has_anchor)
		snprintf(buf, sizeof(buf), "%04d-%02d", month_year(c, m, 2, tense_at(c, i)), m);
	else
		snprintf(buf, sizeof(buf), "XXXX-%02d", m);
	return emit(c, NKG_TIMEX_DATE, buf, c->has_anchor, i, i + 1, 0.8f, "timex:mid");
}

/* The decade of a word "sixties" (1960s: 6), 0 for none. */
static int decade_word(struct nkg_str s)
{
	static const char *const names[] = {"twenties", "thirties",  "forties",  "fifties",
	                                    "sixties",  "seventies", "eighties", "nineties"};
	if (s.len < 7 || s.len > 9 || lower(s.ptr[s.len - 1]) != 's')
		return 0;
	for (int k = 0; k < 8; k++)
		if (eq_nocase(s, names[k]))
			return k + 2;
	return 0;
}

/* The century of "20th" / "twentieth" (1..21), 0 for none. */
static int century_ordinal(struct nkg_str s)
{
	static const char *const names[] = {"sixteenth",  "seventeenth", "eighteenth",
	                                    "nineteenth", "twentieth",   "twenty-first"};
	int v;
	if (s.len == 4 && str_uint((struct nkg_str){s.ptr, 2}, 2, &v) && v >= 1 && v <= 21 &&
	    (eq_nocase((struct nkg_str){s.ptr + 2, 2}, "th") ||
	     eq_nocase((struct nkg_str){s.ptr + 2, 2}, "st")))
		return v;
	for (int k = 0; k < 6; k++)
		if (eq_nocase(s, names[k]))
			return k + 16;
	return 0;
}

/* The sentence tells a temperature or a price ("highs in the late 90s",
 * "the stock hit the late 30s"): its "90s" are no decade. */
static bool measure_in_sentence(const struct tctx *c)
{
	static const char *const measures[] = {
	        "highs", "lows",   "high",  "low",    "degrees", "temperature", "temperatures",
	        "stock", "shares", "price", "prices", "traded",  "trading",     NULL};
	return sentence_has(c, measures);
}

/* The decade of "the '90s" (v 90), as TIMEX3 "199": the century of
 * short_century. */
static void short_decade(const struct tctx *c, int v, char *buf, size_t cap)
{
	snprintf(buf, cap, "%03d", short_century(c, v, 0) / 10);
}

/* "1990s" -> "199", "the 1960s" (the article is part of the expression when
 * the decade heads its noun phrase, not in "the 1950s pin-up"); "the sixties"
 * -> "196" (twentieth century); "the 20th century" -> "19". */
static int m_decade(struct tctx *c, uint32_t i)
{
	struct nkg_str s = tok(c, i);
	int v;
	char buf[16];
	uint32_t b = i, i0 = i;
	/* "a [13th-century] church", "the [19th - century] emperor": the
	 * adjective, without the noun's article */
	if (s.len > 8 && eq_nocase((struct nkg_str){s.ptr + s.len - 8, 8}, "-century") &&
	    (v = century_ordinal((struct nkg_str){s.ptr, s.len - 8}))) {
		snprintf(buf, sizeof(buf), "%02d", v - 1);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.9f, "timex:century");
	}
	if (is_dash(c, i + 1) && tok_is(c, i + 2, "century") && (v = century_ordinal(s))) {
		snprintf(buf, sizeof(buf), "%02d", v - 1);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 3, 0.9f, "timex:century");
	}
	if (tok_is(c, i, "the") && has(c, i + 1)) {
		struct nkg_str w = tok(c, i + 1);
		if ((v = decade_word(w)) && !(c->toks->toks[i + 1].flags & NKG_TOK_CAPITALIZED)) {
			snprintf(buf, sizeof(buf), "19%d", v);
			return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 2, 0.8f, "timex:decade");
		}
		if (tok_is(c, i + 2, "century") && (v = century_ordinal(w))) {
			snprintf(buf, sizeof(buf), "%02d", v - 1);
			return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 3, 0.9f, "timex:century");
		}
		/* "the late 12th century" -> "11", the modifier inside */
		if ((tok_is(c, i + 1, "early") || tok_is(c, i + 1, "late") ||
		     tok_is(c, i + 1, "mid")) &&
		    tok_is(c, i + 3, "century") && (v = century_ordinal(tok(c, i + 2)))) {
			snprintf(buf, sizeof(buf), "%02d", v - 1);
			return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 4, 0.9f, "timex:century");
		}
		b = i++;
		/* "the early 1990s", "the late 1980s": the article and the
		 * modifier are the expression's. */
		if (tok_is(c, i, "early") || tok_is(c, i, "late") || tok_is(c, i, "mid"))
			i++;
		s = tok(c, i);
		/* "the '90s", "the late '80s": the century is the one that puts
		 * the decade before the date (the 20th without one) */
		struct nkg_str t = has(c, i + 1) ? tok(c, i + 1) : NKG_STR_NULL;
		if ((eq_nocase(s, "'") || eq_nocase(s, "\xe2\x80\x99")) && t.len == 3 &&
		    t.ptr[2] == 's' && str_uint((struct nkg_str){t.ptr, 2}, 2, &v) && v % 10 == 0) {
			short_decade(c, v, buf, sizeof(buf));
			int rc =
			        emit(c, NKG_TIMEX_DATE, buf, false, b, i + 2, 0.9f, "timex:decade");
			return rc > 0 ? (int)(i + 2 - i0) : rc;
		}
		/* "the late 90s", "the early 80s" without the apostrophe: only
		 * with "early" or "late" ("highs in the 90s", "the mid 80s" are
		 * temperatures as often), and not beside a temperature or a
		 * price ("the stock hit the late 30s") */
		if (i == b + 2 && !tok_is(c, b + 1, "mid") && s.len == 3 && s.ptr[2] == 's' &&
		    str_uint((struct nkg_str){s.ptr, 2}, 2, &v) && v % 10 == 0 &&
		    !measure_in_sentence(c)) {
			short_decade(c, v, buf, sizeof(buf));
			int rc =
			        emit(c, NKG_TIMEX_DATE, buf, false, b, i + 1, 0.8f, "timex:decade");
			return rc > 0 ? (int)(i + 1 - i0) : rc;
		}
	}
	/* "the 1990's": the decade spelt with an apostrophe (after "the"; a
	 * year's possessive otherwise, "1990's budget") */
	uint32_t e = i + 1;
	if (b < i && s.len == 4 && has(c, i + 1) &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) && str_uint(s, 4, &v) && v >= 1000 &&
	    v % 10 == 0)
		e = i + 2;
	else if (s.len != 5 || s.ptr[4] != 's' || !str_uint((struct nkg_str){s.ptr, 4}, 4, &v) ||
	         v < 1000 || v % 10 != 0)
		return 0;
	/* "the 1950s pin-up": the decade modifies the noun, "the" is the noun's
	 * (not before a word that ends the phrase: "founded in [the 1990s] by"). */
	static const char *const ends_phrase[] = {
	        "and",   "or",      "to",    "by",     "in",    "on",      "at",   "with",
	        "when",  "as",      "after", "before", "until", "for",     "from", "but",
	        "while", "through", "that",  "which",  "where", "because", "than", NULL};
	if (b < i && has(c, e) && (c->toks->toks[e].flags & NKG_TOK_WORD) &&
	    !(c->toks->toks[e].flags & NKG_TOK_CAPITALIZED) && !tok_in(c, e, ends_phrase))
		b = i;
	snprintf(buf, sizeof(buf), "%03d", v / 10);
	int rc = emit(c, NKG_TIMEX_DATE, buf, false, b, e, 1.0f, "timex:decade");
	return rc > 0 ? (int)(e - i0) : rc; /* the tokens from i0 on are used */
}

static bool is_dash(const struct tctx *c, uint32_t i)
{
	return tok_is(c, i, "-") || tok_is(c, i, "–") || tok_is(c, i, "—");
}

/* A range of years in one token, "1999-2003", "1974-78", "2008-09": two
 * dates (TimeML annotates both ends), "1999" and "2003", "1974" and "78"
 * (1978), the second cut at the hyphen; not right after a capitalised word
 * that is no month or sentence start ("Windows 2000-2003", and so also not
 * "Jobs 1955-2011": the rule of m_year). */
static int year_range_token(struct tctx *c, uint32_t i)
{
	struct nkg_str s = tok(c, i);
	int y, y2;
	if (s.len != 7 && s.len != 9)
		return 0;
	if (s.ptr[4] != '-' || !str_uint((struct nkg_str){s.ptr, 4}, 4, &y) ||
	    !(y2 = year_range_end(y, (struct nkg_str){s.ptr + 5, s.len - 5})))
		return 0;
	if (i > c->first && tok_cap(c, i - 1) &&
	    !(c->toks->toks[i - 1].flags & NKG_TOK_SENT_START) &&
	    !nkg_month_number(tok(c, i - 1)) && !is_time_prep(c, i - 1))
		return 0;
	char buf[16];
	uint32_t b = c->toks->toks[i].begin;
	snprintf(buf, sizeof(buf), "%04d", y);
	c->cut_end = b + 4;
	int rc = emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.8f, "timex:year-range");
	c->cut_end = 0;
	if (rc <= 0)
		return rc;
	snprintf(buf, sizeof(buf), "%04d", y2);
	c->cut_begin = b + 5;
	rc = emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.8f, "timex:year-range");
	c->cut_begin = 0;
	return rc < 0 ? rc : 1;
}

/* Makes of cars (a year before one is the model's) and the words that end
 * a street's name (a number before one is a house's). */
static const char *const vehicle_makes[] = {
        "Toyota",      "Honda",    "Ford",  "Chevrolet", "Chevy",      "GMC",
        "Dodge",       "Nissan",   "BMW",   "Mercedes",  "Audi",       "Bentley",
        "Jeep",        "Hyundai",  "Kia",   "Lexus",     "Cadillac",   "Buick",
        "Chrysler",    "Subaru",   "Mazda", "Volvo",     "Porsche",    "Ferrari",
        "Pontiac",     "Tesla",    "Acura", "Infiniti",  "Mitsubishi", "Volkswagen",
        "Lamborghini", "Maserati", "Saab",  "Mercury",   "Oldsmobile", NULL};
static const char *const car_owners[] = {"a", "an", "his", "her", "their", "my", "your", NULL};
static const char *const car_colours[] = {"gray",   "grey",   "black", "white", "red",
                                          "blue",   "silver", "green", "dark",  "used",
                                          "stolen", "new",    NULL};
/* what follows a maker's name when it is the company's, not a car's */
static const char *const not_models[] = {"IPO",   "Championship", "Prize",  "Open",
                                         "Cup",   "Classic",      "Award",  "Awards",
                                         "Group", "Motor",        "Motors", NULL};
static const char *const at_places[] = {"at", "inside", "outside", "near", "behind", NULL};
static const char *const street_words[] = {
        "Ave",  "Ave.", "Avenue",  "St",    "St.",       "Street",  "Rd",
        "Rd.",  "Road", "Blvd",    "Blvd.", "Boulevard", "Dr.",     "Drive",
        "Lane", "Ln.",  "Parkway", "Pkwy",  "Pkwy.",     "Terrace", NULL};

static int m_year(struct tctx *c, uint32_t i)
{
	int y;
	if (!(c->toks->toks[i].flags & NKG_TOK_NUMBER))
		return 0;
	if (!tok_year(c, i, &y))
		return year_range_token(c, i);
	/* An older year only after a preposition of time and before no word
	 * it could count: "struck in [1770]", "founded in [1602]," (not "in
	 * 1500 homes", "by 1200 votes") */
	if (y < 1800 && !(i > c->first && (tok_is(c, i - 1, "in") || tok_is(c, i - 1, "since")) &&
	                  (!has(c, i + 1) || (c->toks->toks[i + 1].flags & NKG_TOK_PUNCT))))
		return 0;
	if (y > 2199)
		return 0;
	bool ok = is_time_prep(c, i - 1) || tok_is(c, i - 1, "year") ||
	          tok_is(c, i - 1, "between") || tok_is(c, i - 1, "into");
	/* Lists of years, each one a time: "in 2007, [2008] and [2009]",
	 * "in [both 2008] and 2009" (the first before "and" and a year, after
	 * a preposition of its own); not counts before a plural noun: "1900
	 * or 2000 homes", "between 1800 and 2000 soldiers". */
	bool pair = (tok_is(c, i + 1, "and") || tok_is(c, i + 1, "or")) && year_token(c, i + 2);
	if (pair && count_noun(c, i + 3) && (!ok || tok_is(c, i - 1, "between")))
		return 0;
	if (next_conjunct(c, i, year_token) && !count_noun(c, i + 1))
		ok = true;
	if (pair && i >= c->first + 2 && (tok_is(c, i - 1, "both") || tok_is(c, i - 1, "either")) &&
	    is_time_prep(c, i - 2))
		ok = true;
	/* "an injury-plagued [2010] season": a season's year (not "2000
	 * season tickets") */
	if ((tok_is(c, i + 1, "season") || tok_is(c, i + 1, "seasons")) && y >= 1900 &&
	    !tok_is(c, i + 2, "tickets") && !tok_is(c, i + 2, "ticket") &&
	    !tok_is(c, i + 2, "holders") && !tok_is(c, i + 2, "passes"))
		ok = true;
	/* "a 1999 incident", "a 2011 release date": after "a" a number is
	 * no count, unless a measure follows ("a 1500 mile trip") */
	if (!ok && i > c->first && (tok_is(c, i - 1, "a") || tok_is(c, i - 1, "an")) &&
	    has(c, i + 1) && !tok_is(c, i + 1, "mile") && !tok_is(c, i + 1, "page") &&
	    !tok_is(c, i + 1, "word") && !tok_is(c, i + 1, "foot") && !tok_is(c, i + 1, "meter") &&
	    !tok_is(c, i + 1, "metre") && !tok_is(c, i + 1, "square") && !tok_is(c, i + 1, "ton") &&
	    !tok_is(c, i + 1, "point") && !tok_is(c, i + 1, "percent") &&
	    !tok_is(c, i + 1, "people") && !tok_is(c, i + 1, "strong") &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_WORD) &&
	    !(c->toks->toks[i + 1].flags & NKG_TOK_NUMBER))
		ok = true;
	/* "revenue for [2008] was", "its forecast for [2009]," (not "for 2000
	 * people", "for 1500 yen": after "for" only a verb, a conjunction or
	 * no word at all follows the year) */
	static const char *const after_for[] = {"was",  "were",  "is",       "are",   "has",  "had",
	                                        "will", "would", "rose",     "fell",  "grew", "and",
	                                        "or",   "as",    "compared", "stood", NULL};
	/* not an amount: "sell for 1999 or more" */
	static const char *const amount[] = {"more", "less", "fewer", "above", "below", "up", NULL};
	if (!ok && i > c->first && tok_is(c, i - 1, "for") && y >= 1900 &&
	    (!has(c, i + 1) || !(c->toks->toks[i + 1].flags & NKG_TOK_WORD) ||
	     tok_in(c, i + 1, after_for)) &&
	    !((tok_is(c, i + 1, "or") || tok_is(c, i + 1, "and")) && tok_in(c, i + 2, amount)))
		ok = true;
	/* "[2007] was the year of the iPhone", "[2008] saw a crash": a year
	 * opening its sentence before a verb */
	/* ("2000 is the maximum fine", "2000 will be given to each family"
	 * are amounts: "is", "was", "will" need "year" or "will see / mark /
	 * bring" within the next four words) */
	static const char *const opens[] = {"saw", "brought", "marked", NULL};
	static const char *const will_verbs[] = {"see", "mark", "bring", NULL};
	if (!ok && y >= 1900 && (i == c->first || (c->toks->toks[i].flags & NKG_TOK_SENT_START))) {
		if (tok_in(c, i + 1, opens))
			ok = true;
		else if (tok_is(c, i + 1, "was") || tok_is(c, i + 1, "is") ||
		         tok_is(c, i + 1, "will"))
			for (uint32_t k = i + 2; k <= i + 5 && has(c, k) && !ok; k++)
				ok = tok_is(c, k, "year") ||
				     (k == i + 2 && tok_is(c, i + 1, "will") &&
				      tok_in(c, k, will_verbs));
	}
	/* The second year of a range: "2000 - 2050", "1996–2008". */
	int y0;
	if (i >= c->first + 2 && is_dash(c, i - 1) && tok_year(c, i - 2, &y0) && y0 < y)
		ok = true;
	/* "the 1991 agreement", "its 2011 version" */
	if (!ok && i > c->first &&
	    (tok_is(c, i - 1, "the") || tok_is(c, i - 1, "its") || tok_is(c, i - 1, "their") ||
	     tok_is(c, i - 1, "his") || tok_is(c, i - 1, "her") ||
	     (c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE)))
		ok = true;
	/* Not the first number of a count range: "the 2050 - 2000 people" (a
	 * range of years ascends: "2000 - 2050", "1995 - 99", "2013 - 09 - 26"). */
	int y1;
	if (is_dash(c, i + 1) && has(c, i + 2) && tok_year(c, i + 2, &y1) && y1 >= 1800 && y1 < y)
		return 0;
	/* Not a name: "Russell 2000 Index", "Windows 2000"; but the edition
	 * of an event named by an acronym is its year: "WWDC 2005", "CES 2008"
	 * (within five years of the publication date). */
	bool edition = i > c->first && (c->toks->toks[i - 1].flags & NKG_TOK_ALL_CAPS) &&
	               c->has_anchor && y >= c->anchor.y - 5 && y <= c->anchor.y + 5;
	if (i > c->first && tok_cap(c, i - 1) &&
	    !(c->toks->toks[i - 1].flags & NKG_TOK_SENT_START) &&
	    !nkg_month_number(tok(c, i - 1)) && !is_time_prep(c, i - 1) && !edition)
		return 0;
	/* Not a car's model year: after an owner any car, "his 2013 Toyota
	 * Camry", "his 2008 Bentley about 1:30 a.m."; after "a" or "an" only
	 * with its model's name, "a gray 2013 Toyota Camry" (not "a 2010 Toyota
	 * recall", "a 2010 Tesla IPO", nor "the 2009 Chrysler bankruptcy").
	 * Nor a house number after a preposition of place, "inside 1800 Pitkin
	 * Ave." (not "a 2008 Wall Street Journal report"). */
	uint32_t owner = i - 1;
	if (i > c->first + 1 && tok_in(c, owner, car_colours))
		owner--;
	bool indefinite = tok_is(c, owner, "a") || tok_is(c, owner, "an");
	if (i > c->first && tok_cap(c, i + 1) && tok_in(c, i + 1, vehicle_makes) &&
	    tok_in(c, owner, car_owners) && !tok_in(c, i + 2, not_models) &&
	    (!indefinite || (tok_cap(c, i + 2) && !nkg_month_number(tok(c, i + 2)))))
		return 0;
	if (i > c->first && tok_in(c, i - 1, at_places) && tok_cap(c, i + 1) &&
	    (tok_in(c, i + 2, street_words) ||
	     (tok_cap(c, i + 2) && tok_in(c, i + 3, street_words))))
		return 0;
	if (!ok) {
		/* Not "2019 people": the next token must not be a lower-case word. */
		if (!has(c, i + 1))
			ok = true;
		else {
			const struct nkg_token *t = &c->toks->toks[i + 1];
			struct nkg_str n = tok(c, i + 1);
			ok = !(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_CAPITALIZED) ||
			     (n.len && !(n.ptr[0] >= 'a' && n.ptr[0] <= 'z'));
		}
	}
	if (!ok)
		return 0;
	char buf[16];
	snprintf(buf, sizeof(buf), "%04d", y);
	return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 1, 0.9f, "timex:year");
}

/* ---- tense: months, weekdays, seasons, quarters ---------------------------------- */

static bool is_future_cue(const struct tctx *c, uint32_t i)
{
	struct nkg_str s = tok(c, i);
	if (eq_nocase(s, "will") || eq_nocase(s, "shall") || eq_nocase(s, "won't") ||
	    eq_nocase(s, "won’t"))
		return true;
	if (eq_nocase(s, "going") && tok_is(c, i + 1, "to"))
		return true;
	if (s.len > 3 &&
	    (nkg_str_eq_nocase((struct nkg_str){s.ptr + s.len - 3, 3}, NKG_STR_LIT("'ll"))))
		return true;
	if (s.len > 5 &&
	    nkg_str_eq_nocase((struct nkg_str){s.ptr + s.len - 5, 5}, NKG_STR_LIT("’ll")))
		return true;
	return false;
}

static bool is_past_verb(const struct tctx *c, uint32_t i)
{
	static const char *const irregular[] = {
	        "said",    "was",       "were",    "had",      "did",   "took",       "told",
	        "held",    "met",       "came",    "went",     "gave",  "made",       "left",
	        "began",   "saw",       "got",     "found",    "spoke", "wrote",      "stood",
	        "sent",    "led",       "fought",  "won",      "lost",  "thought",    "brought",
	        "kept",    "ran",       "fell",    "struck",   "knew",  "became",     "rose",
	        "shot",    "sought",    "drew",    "heard",    "paid",  "spent",      "sold",
	        "bought",  "built",     "grew",    "flew",     "chose", "fled",       "broke",
	        "swept",   "tore",      "threw",   "drove",    "sank",  "stole",      "shook",
	        "froze",   "caught",    "forgave", "withdrew", "blew",  "slid",       "wore",
	        "rode",    "felt",      "meant",   "sat",      "stuck", "swung",      "woke",
	        "sprang",  "spun",      "hung",    "fed",      "sped",  "slept",      "lent",
	        "dealt",   "hid",       "rang",    "sang",     "swam",  "forgot",     "understood",
	        "oversaw", "underwent", "arose",   "agreed",   "freed", "guaranteed", "overtook"};
	const struct nkg_token *t = &c->toks->toks[i];
	struct nkg_str s = tok(c, i);
	if (!(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_CAPITALIZED && i != c->first))
		return false;
	/* "output cuts agreed by OPEC": a participle after its noun */
	if ((eq_nocase(s, "agreed") || eq_nocase(s, "guaranteed")) && tok_is(c, i + 1, "by"))
		return false;
	/* An adjective after a count or a determiner ("a further 2,600
	 * salaried jobs", "its unsecured debt", "the agreed price", "a
	 * guaranteed return") has no tense. */
	static const char *const before_adj[] = {"a",       "an",    "the",  "its", "their",
	                                         "further", "newly", "with", "as",  NULL};
	bool irregular_form = false;
	for (size_t k = 0; k < sizeof(irregular) / sizeof(irregular[0]); k++)
		irregular_form = irregular_form || eq_nocase(s, irregular[k]);
	if (irregular_form)
		return !(i > c->first && tok_in(c, i - 1, before_adj) && !tok_is(c, i - 1, "as") &&
		         !tok_is(c, i - 1, "with"));
	if (s.len >= 5 && lower(s.ptr[s.len - 2]) == 'e' && lower(s.ptr[s.len - 1]) == 'd' &&
	    lower(s.ptr[s.len - 3]) != 'e' && !eq_nocase(s, "hundred")) {
		/* A participle that opens an aside ("will go on sale in March,
		 * priced from $499") has no tense either. */
		static const char *const after_part[] = {"from", "at", "by", "with", NULL};
		if (i > c->first &&
		    ((c->toks->toks[i - 1].flags & NKG_TOK_NUMBER) || tok_in(c, i - 1, before_adj)))
			return false;
		/* "a politically charged match", "the newly elected": an
		 * adverb between the determiner and the adjective */
		struct nkg_str adv = i > c->first ? tok(c, i - 1) : NKG_STR_NULL;
		if (i > c->first + 1 && adv.len > 4 && lower(adv.ptr[adv.len - 2]) == 'l' &&
		    lower(adv.ptr[adv.len - 1]) == 'y' && tok_in(c, i - 2, before_adj))
			return false;
		if (i > c->first && tok_is(c, i - 1, ",") && tok_in(c, i + 1, after_part))
			return false;
		return true;
	}
	return false;
}

/* Token i is an adverb that may stand between an auxiliary and its verb:
 * "is also expected", "are now scheduled", "is not due", "is tentatively set". */
static bool is_aux_adverb(const struct tctx *c, uint32_t i)
{
	static const char *const words[] = {"also", "still", "now", "already",
	                                    "not",  "again", NULL};
	if (!has(c, i) || tok_cap(c, i))
		return false;
	struct nkg_str s = tok(c, i);
	if (s.len > 4 && lower(s.ptr[s.len - 2]) == 'l' && lower(s.ptr[s.len - 1]) == 'y')
		return true;
	return tok_in(c, i, words);
}

/* The form of "be" before token j, over at most one adverb: 1 present
 * ("is", "are", "am", "isn't", "they're", "it's"), 2 "be" or "has/have
 * been", -1 past ("was", "were", "had been"), 0 none. */
static int be_before(const struct tctx *c, uint32_t j)
{
	static const char *const present[] = {"is",     "are",   "am",     "isn't",
	                                      "aren't", "isn’t", "aren’t", NULL};
	static const char *const past[] = {"was",    "were",    "wasn't", "weren't",
	                                   "wasn’t", "weren’t", NULL};
	static const char *const pronouns[] = {"it",   "he",  "she",  "that", "there",
	                                       "what", "who", "here", NULL};
	uint32_t k = j - 1;
	if (is_aux_adverb(c, k))
		k--;
	if (!has(c, k) || !(c->toks->toks[k].flags & NKG_TOK_WORD))
		return 0;
	struct nkg_str s = tok(c, k);
	if (tok_in(c, k, present))
		return 1;
	if (s.len > 3 &&
	    (nkg_str_eq_nocase((struct nkg_str){s.ptr + s.len - 3, 3}, NKG_STR_LIT("'re")) ||
	     (s.len > 5 &&
	      nkg_str_eq_nocase((struct nkg_str){s.ptr + s.len - 5, 5}, NKG_STR_LIT("’re")))))
		return 1;
	/* "it's": the tokenizer splits the 's off; after a noun it is a possessive. */
	if ((tok_is(c, k, "'s") || tok_is(c, k, "’s")) && tok_in(c, k - 1, pronouns))
		return 1;
	if (tok_in(c, k, past))
		return -1;
	if (tok_is(c, k, "be"))
		return 2;
	if (tok_is(c, k, "been"))
		return tok_is(c, k - 1, "has") || tok_is(c, k - 1, "have") ? 2 : -1;
	return 0;
}

/* Token i starts a time phrase or its preposition: "[in] March", "[for] June",
 * "[on] Monday", "[next] week", "[later] this year". */
static bool starts_time_phrase(const struct tctx *c, uint32_t i)
{
	static const char *const words[] = {
	        "for",  "in",       "on",    "at",      "next",  "this",   "later",   "early",
	        "late", "tomorrow", "today", "tonight", "until", "before", "through", NULL};
	/* "Opening statements are expected [Monday]" */
	return tok_in(c, i, words) || (tok_cap(c, i) && nkg_weekday_number(tok(c, i), NULL));
}

/* "by" before a time ("are expected by early Wednesday", "by Friday", "by
 * the end of"), not the agent of a passive ("expected by analysts"). */
static bool by_a_time(const struct tctx *c, uint32_t i)
{
	static const char *const words[] = {"early", "late",     "mid",   "next",
	                                    "this",  "tomorrow", "today", "tonight",
	                                    "noon",  "midnight", "the",   NULL};
	if (!tok_is(c, i, "by") || !has(c, i + 1))
		return false;
	if (tok_is(c, i + 1, "the"))
		return tok_is(c, i + 2, "end") || tok_is(c, i + 2, "start") ||
		       tok_is(c, i + 2, "middle") || tok_is(c, i + 2, "beginning");
	return tok_in(c, i + 1, words) || (c->toks->toks[i + 1].flags & NKG_TOK_NUMBER) ||
	       (tok_cap(c, i + 1) &&
	        (nkg_weekday_number(tok(c, i + 1), NULL) || nkg_month_number(tok(c, i + 1))));
}

/* "due to" + a verb ("is due to start"), not the cause "due to the storm". */
static bool due_to_verb(const struct tctx *c, uint32_t i)
{
	static const char *const not_verbs[] = {
	        "the",    "a",        "an",    "his",      "her",     "its",       "their",
	        "our",    "my",       "your",  "this",     "that",    "these",     "those",
	        "some",   "lack",     "poor",  "bad",      "high",    "low",       "heavy",
	        "rising", "concerns", "fears", "security", "weather", "technical", "financial",
	        "health", "what",     NULL};
	if (!tok_is(c, i, "to") || !has(c, i + 1) || tok_cap(c, i + 1) ||
	    !(c->toks->toks[i + 1].flags & NKG_TOK_WORD) ||
	    (c->toks->toks[i + 1].flags & NKG_TOK_NUMBER))
		return false;
	struct nkg_str s = tok(c, i + 1);
	/* not "-ing" nor a plural noun; a verb may end in "ss" or "us"
	 * ("is due to address", "to discuss", "to focus"), or in "ing"
	 * ("to bring", "to sing") */
	static const char *const ing_verbs[] = {"bring", "sing",  "ring",   "swing", "sting",
	                                        "cling", "fling", "spring", "wring", NULL};
	/* "due to illness", "due to stress": nouns; verbs by name */
	static const char *const ss_verbs[] = {
	        "address", "discuss", "focus",   "pass",     "press",   "assess", "express",
	        "cross",   "dismiss", "miss",    "confess",  "harass",  "bypass", "stress",
	        "access",  "process", "possess", "progress", "impress", NULL};
	if (s.len > 2 && lower(s.ptr[s.len - 1]) == 's' &&
	    (lower(s.ptr[s.len - 2]) == 's' || lower(s.ptr[s.len - 2]) == 'u') &&
	    !tok_in(c, i + 1, ss_verbs))
		return false;
	if (s.len > 3 && ((prefix_nocase((struct nkg_str){s.ptr + s.len - 3, 3}, "ing") &&
	                   !tok_in(c, i + 1, ing_verbs)) ||
	                  (lower(s.ptr[s.len - 1]) == 's' && lower(s.ptr[s.len - 2]) != 's' &&
	                   lower(s.ptr[s.len - 2]) != 'u')))
		return false;
	return !tok_in(c, i + 1, not_verbs);
}

/* A clause of its own in the subject of a reported "would" at token e,
 * among tokens b..e-1: a past verb or "who", "which" ("said the man who
 * was arrested on Monday would", "said a bridge damaged by floods on
 * Monday would"), its time that clause's; not before the last "that",
 * which opens what was said ("said X was not involved and that the
 * election would"), nor a verb that "and would" shares a subject with. */
static bool clause_between(const struct tctx *c, uint32_t b, uint32_t e)
{
	if (tok_is(c, e - 1, "and"))
		return false;
	for (uint32_t k = e; k-- > b;) {
		if (tok_is(c, k, "that"))
			return false;
		if (is_past_verb(c, k) || tok_is(c, k, "who") || tok_is(c, k, "which"))
			return true;
	}
	return false;
}

/* A speech or thought verb in the past tense within the ten tokens before
 * token i: "said it would", "told reporters that the talks would". */
static bool past_speech_before(const struct tctx *c, uint32_t i);

/* Past verbs of saying that tell who said a clause ("said on Sunday",
 * ", officials said."): speech_just_before and past_speech_after. */
static const char *const speech_verbs[] = {"said",     "told",    "announced", "added",
                                           "stated",   "warned",  "confirmed", "reported",
                                           "declared", "claimed", NULL};

/* "The company would not say on Tuesday", "would only say", "would not
 * rule out": a refusal already made, no future (token j the "would"). */
static bool refusal_after(const struct tctx *c, uint32_t j)
{
	static const char *const adv[] = {"not", "only", "never", "n't", NULL};
	static const char *const say[] = {"say",     "comment",  "confirm", "disclose", "elaborate",
	                                  "discuss", "rule",     "give",    "reveal",   "name",
	                                  "specify", "identify", NULL};
	return tok_in(c, j + 1, adv) && tok_in(c, j + 2, say);
}

/* The sentence of token i ends in an attribution of past speech: ",
 * officials said.", ", a spokesman told reporters.", ", the company said
 * in a statement." (a comma, at most four words of a speaker, the verb);
 * "The crossing would reopen on Sunday, officials said" is what was said,
 * so its "would" a future told in the past (the caller leaves a story's
 * "who would later seize"). */
static bool past_speech_after(const struct tctx *c, uint32_t i)
{
	uint32_t comma = UINT32_MAX;
	for (uint32_t k = i + 1; k < c->end && k < i + 40; k++)
		if (tok_is(c, k, ","))
			comma = k;
	if (comma == UINT32_MAX)
		return false;
	for (uint32_t k = comma + 1; k < c->end && k <= comma + 5; k++) {
		if (tok_in(c, k, speech_verbs))
			return true;
		if (!(c->toks->toks[k].flags & NKG_TOK_WORD))
			return false;
	}
	return false;
}

static bool past_speech_before(const struct tctx *c, uint32_t i)
{
	static const char *const verbs[] = {
	        "said",      "told",      "announced", "added",    "stated",    "promised",
	        "warned",    "pledged",   "vowed",     "insisted", "confirmed", "indicated",
	        "predicted", "agreed",    "decided",   "reported", "wrote",     "claimed",
	        "explained", "suggested", "signalled", "signaled", "revealed",  "declared",
	        "hoped",     "expected",  "thought",   "believed", "estimated", "forecast",
	        NULL};
	/* "said their match at AMI Stadium this weekend would be moved": a
	 * subject of up to ten words between */
	for (uint32_t k = 1; k <= 10 && i >= c->first + k; k++)
		if (tok_in(c, i - k, verbs))
			return k <= 6 || !clause_between(c, i - k + 2, i);
	/* "announced that 500 billion rubles (US$19.7 billion) would": the
	 * "that" of the reported clause reaches further */
	for (uint32_t k = 7; k <= 16 && i >= c->first + k; k++)
		if (tok_is(c, i - k + 1, "that") && tok_in(c, i - k, verbs))
			return true;
	/* "said that Burj Dubai, the tower at the centre of its
	 * development, would open": over an apposition between commas */
	if (i > c->first + 2 && tok_is(c, i - 1, ",")) {
		for (uint32_t o = i - 2; o > c->first && o + 20 > i; o--) {
			if (!tok_is(c, o, ","))
				continue;
			for (uint32_t k = 1; k <= 8 && o >= c->first + k; k++)
				if (tok_in(c, o - k, verbs))
					return true;
			break;
		}
	}
	return false;
}

/* "expected" at token j as a reduced passive: "with" one to eight words
 * before it, no verb between ("with Walcott and Arshavin expected to
 * play"), or a comma
 * right before it ("Smith, expected to testify"); not the active past of
 * a noun subject ("Investors expected to hear from the Fed"). */
static bool reduced_after_with(const struct tctx *c, uint32_t j)
{
	if (tok_is(c, j - 1, ","))
		return true;
	for (uint32_t k = 1; k <= 8 && j >= c->first + k; k++) {
		uint32_t w = j - k;
		if (tok_is(c, w, "with"))
			return true;
		if (is_past_verb(c, w) || !(c->toks->toks[w].flags & NKG_TOK_WORD))
			return false;
	}
	return false;
}

/* "was due to arrive on Thursday", "was expected to lead the list in
 * May", "had been due to convene on Monday", "was supposed to be a father
 * in December": a future in the past, still to come when it was told or
 * already over ("was due to land on Monday, crashed"), so its time is the
 * nearest one (TENSE_NEAREST), which news tells near its publication. */
static bool future_in_past(const struct tctx *c, uint32_t j)
{
	static const char *const plans[] = {"planned", "scheduled", "set",        "slated",
	                                    "due",     "expected",  "timetabled", NULL};
	static const char *const once[] = {"originally", "initially", "previously", NULL};
	/* "The launch, originally planned for [March], took place in June",
	 * "the meeting initially scheduled for [October]": a plan since
	 * replaced, told whatever the tense around it, so the nearest */
	if (j > c->first && tok_in(c, j - 1, once) && tok_in(c, j, plans) &&
	    (tok_is(c, j + 1, "for") || starts_time_phrase(c, j + 1) ||
	     (tok_is(c, j + 1, "to") && due_to_verb(c, j + 1))))
		return true;
	/* "The vote, scheduled for [March], was postponed": a plan in an
	 * aside of a clause that puts it off or drops it (its verb right
	 * after the closing comma) may have come or not, so the nearest too;
	 * "will be" keeps it to come, and so does any other past verb ("The
	 * summit, set for March, was announced": the plan still stands) */
	static const char *const dropped[] = {
	        "postponed", "delayed", "cancelled", "canceled",  "scrapped",    "moved",
	        "deferred",  "shelved", "abandoned", "suspended", "rescheduled", "called",
	        "put",       "pushed",  "dropped",   "axed",      "brought",     NULL};
	static const char *const be_past[] = {"was",  "were",  "had",          "has",  "have",
	                                      "been", "later", "subsequently", "then", NULL};
	if (j > c->first && tok_is(c, j - 1, ",") && tok_in(c, j, plans) &&
	    tok_is(c, j + 1, "for")) {
		for (uint32_t k = j + 2; k <= j + 8 && has(c, k); k++) {
			if (!tok_is(c, k, ","))
				continue;
			uint32_t v = k + 1;
			while (has(c, v) && v < k + 5 &&
			       (tok_in(c, v, be_past) || is_aux_adverb(c, v)))
				v++;
			return has(c, v) && tok_in(c, v, dropped);
		}
	}
	/* "Con Edison said it hoped to restore power by [Saturday]", "the
	 * rebels vowed to march on [Friday]": an intention told in the past,
	 * to come from where it was told, so the nearest such day */
	static const char *const meant[] = {"hoped",    "planned", "intended", "aimed",
	                                    "promised", "vowed",   "pledged",  NULL};
	if (tok_in(c, j, meant) && tok_is(c, j + 1, "to") && due_to_verb(c, j + 1))
		return true;
	/* "They were to play the first leg on [Wednesday]": a plan told in
	 * the past (not "was to blame", "the drama was to come", nor what
	 * one did or an act was: "What it did was to close", "His first act
	 * was to drop") */
	static const char *const not_plans[] = {"did",  "do",       "does",     "act",  "move",
	                                        "step", "response", "reaction", "job",  "task",
	                                        "role", "aim",      "goal",     "idea", NULL};
	if ((tok_is(c, j, "was") || tok_is(c, j, "were")) && tok_is(c, j + 1, "to") &&
	    !tok_is(c, j + 2, "blame") && !tok_is(c, j + 2, "come") && due_to_verb(c, j + 1)) {
		/* the subject's noun a few words back ("His first act as
		 * captain was to drop") */
		for (uint32_t k = j; k > c->first && k + 4 > j; k--) {
			if (tok_is(c, k - 1, ","))
				break;
			if (tok_in(c, k - 1, not_plans))
				return false;
		}
		return true;
	}
	/* (and "said more cancellations were likely on [Friday]") */
	if (be_before(c, j) >= 0 ||
	    !(tok_is(c, j, "due") || tok_is(c, j, "expected") || tok_is(c, j, "scheduled") ||
	      tok_is(c, j, "set") || tok_is(c, j, "slated") || tok_is(c, j, "supposed") ||
	      tok_is(c, j, "likely")))
		return false;
	if (tok_is(c, j + 1, "to"))
		return due_to_verb(c, j + 1);
	/* "the first flight was now expected in the fourth quarter", "the
	 * vote was scheduled for March": the plan's own time */
	if (tok_is(c, j, "set"))
		return tok_is(c, j + 1, "for"); /* not "was set on fire" */
	/* "were likely on [Friday]": the time right after the preposition;
	 * "was likely in the building on Friday" is the adverb (probably),
	 * with a place, which says nothing of a plan */
	if (tok_is(c, j, "likely") && (tok_is(c, j + 1, "in") || tok_is(c, j + 1, "on") ||
	                               tok_is(c, j + 1, "at") || tok_is(c, j + 1, "for"))) {
		static const char *const soon[] = {"next", "this", "coming", "early",
		                                   "late", "mid",  "later",  NULL};
		static const char *const units[] = {"coming",  "next",   "weekend", "week",
		                                    "month",   "year",   "morning", "afternoon",
		                                    "evening", "night",  "end",     "days",
		                                    "weeks",   "months", NULL};
		if (!has(c, j + 2))
			return false;
		if (tok_is(c, j + 2, "the"))
			return tok_in(c, j + 3, units);
		return tok_in(c, j + 2, soon) || (c->toks->toks[j + 2].flags & NKG_TOK_NUMBER) ||
		       (tok_cap(c, j + 2) && (nkg_weekday_number(tok(c, j + 2), NULL) ||
		                              nkg_month_number(tok(c, j + 2))));
	}
	return !tok_is(c, j, "supposed") && starts_time_phrase(c, j + 1);
}

/* Token j makes its clause future, as TimeML reads the governing verb:
 *  - will, shall, won't, 'll, going to (is_future_cue);
 *  - "would" after a speech verb in the past ("said it would vote"), not
 *    "would have";
 *  - be + expected/due/set/scheduled/slated/planned/poised/likely/about/bound
 *    + "to" or a time phrase ("is expected to vote", "are set for June",
 *    "is due on Monday", "has been scheduled for May"), and without be the
 *    reduced relative "the election scheduled for June", "the report, due
 *    in March" (not after was/were/had been);
 *  - intention verbs in the present + "to": "plans to", "intends to",
 *    "aims to", "hopes to", "expects to", "wants to", "prepares to";
 *  - be + "to" + verb: "is to visit", "are to travel";
 *  - the present progressive of a verb of arrangement ("is meeting on
 *    Monday", "are holding a rally", "is travelling");
 *  - a future modifier of a noun: "the upcoming/planned/scheduled/proposed
 *    vote", "upcoming elections", "next week's meeting". */
static bool is_future_at(const struct tctx *c, uint32_t j)
{
	static const char *const sched[] = {"expected", "due",      "set",      "scheduled",
	                                    "slated",   "planned",  "poised",   "likely",
	                                    "about",    "bound",    "unlikely", "timetabled",
	                                    "forecast", "eligible", "ready",    NULL};
	static const char *const reduced[] = {"scheduled", "slated",     "set", "due",
	                                      "planned",   "timetabled", NULL};
	static const char *const intend[] = {
	        "plans",     "plan",      "intends", "intend",  "aims",     "aim",       "hopes",
	        "hope",      "expects",   "expect",  "wants",   "want",     "seeks",     "seek",
	        "prepares",  "prepare",   "vows",    "pledges", "promises", "threatens", "planning",
	        "preparing", "intending", "hoping",  "looking", NULL};
	/* Verbs whose progressive names an arrangement, not an ongoing state
	 * ("is facing charges", "is getting worse" are not here). */
	static const char *const arrange[] = {
	        "meeting",    "visiting",   "hosting",    "holding",   "travelling", "traveling",
	        "leaving",    "arriving",   "flying",     "heading",   "returning",  "launching",
	        "releasing",  "opening",    "reopening",  "attending", "staging",    "organising",
	        "organizing", "publishing", "unveiling",  "voting",    "speaking",   "appearing",
	        "competing",  "retiring",   "stepping",   "resuming",  "performing", "marrying",
	        "convening",  "debuting",   "premiering", "signing",   NULL};
	static const char *const modifier[] = {
	        "upcoming", "forthcoming", "impending", "planned", "scheduled",   "proposed",
	        "expected", "anticipated", "coming",    "looming", "prospective", NULL};
	static const char *const determiners[] = {"the", "a",     "an",   "its",  "their", "his",
	                                          "her", "our",   "your", "this", "these", "'s",
	                                          "’s",  "whose", "any",  NULL};
	static const char *const pronouns[] = {"they", "he", "she", "we", "i",
	                                       "you",  "it", "who", NULL};
	static const char *const paving[] = {"pave",   "paves",   "paved",    "paving", "clear",
	                                     "clears", "cleared", "clearing", NULL};
	static const char *const setting[] = {"set", "sets", "setting", NULL};
	const struct nkg_token *t = &c->toks->toks[j];
	if (!(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_NUMBER))
		return false;
	if (is_future_cue(c, j))
		return true;
	if ((t->flags & NKG_TOK_CAPITALIZED) && j != c->first)
		return false;
	if (tok_is(c, j, "would"))
		return !tok_is(c, j + 1, "have") &&
		       (past_speech_before(c, j) ||
		        (past_speech_after(c, j) && !tok_is(c, j + 1, "later") &&
		         !tok_is(c, j + 1, "eventually") && !tok_is(c, j - 1, "who") &&
		         !(tok_is(c, j + 1, "go") && tok_is(c, j + 2, "on")) &&
		         !refusal_after(c, j)));
	/* "could go on strike as early as Saturday", "may rise in March": a
	 * possibility still to come, a verb's base after the modal (not
	 * "could not", "may have", nor "could see" of a past ability) */
	if ((tok_is(c, j, "could") || tok_is(c, j, "may") || tok_is(c, j, "might")) &&
	    has(c, j + 1)) {
		static const char *const not_after[] = {"have",  "be",   "not",  "n't",
		                                        "never", "see",  "hear", "feel",
		                                        "only",  "also", NULL};
		/* "could be sidelined on Sunday", "may be delayed until
		 * March", "who did not return by Monday could be fired.": a
		 * passive still to come, its time right after it or the
		 * clause ending (not "could be seen", "may be linked to a
		 * robbery on Tuesday", "could be found only on Tuesday") */
		static const char *const same_form[] = {"cut",  "shut", "hit",   "put",    "hurt",
		                                        "cast", "shed", "split", "spread", NULL};
		if (tok_is(c, j + 1, "be") && has(c, j + 2) && !tok_is(c, j + 2, "seen") &&
		    !tok_is(c, j + 2, "heard") && !tok_is(c, j + 2, "felt") &&
		    (is_past_verb(c, j + 2) || tok_in(c, j + 2, same_form)) &&
		    (!has(c, j + 3) || !(c->toks->toks[j + 3].flags & NKG_TOK_WORD) ||
		     starts_time_phrase(c, j + 3) || by_a_time(c, j + 3)))
			return true;
		const struct nkg_token *v = &c->toks->toks[j + 1];
		struct nkg_str w = tok(c, j + 1);
		return (v->flags & NKG_TOK_WORD) && !(v->flags & NKG_TOK_CAPITALIZED) &&
		       !tok_in(c, j + 1, not_after) && !is_past_verb(c, j + 1) && w.len > 1 &&
		       lower(w.ptr[w.len - 1]) != 's';
	}
	if (tok_is(c, j, "next")) /* "next week's meeting" */
		return has(c, j + 2) && (c->toks->toks[j + 2].flags & NKG_TOK_POSSESSIVE);
	if (tok_is(c, j, "upcoming") || tok_is(c, j, "forthcoming") || tok_is(c, j, "impending"))
		return true;
	int be = be_before(c, j);
	if (future_in_past(c, j))
		return true;
	if (tok_in(c, j, sched)) {
		if (be > 0) {
			if (tok_is(c, j, "due"))
				return due_to_verb(c, j + 1) ||
				       (starts_time_phrase(c, j + 1) || tok_is(c, j + 1, "by"));
			if (tok_is(c, j + 1, "to"))
				return true;
			return (tok_is(c, j, "expected") || tok_is(c, j, "set") ||
			        tok_is(c, j, "scheduled") || tok_is(c, j, "slated") ||
			        tok_is(c, j, "planned") || tok_is(c, j, "forecast")) &&
			       (starts_time_phrase(c, j + 1) || by_a_time(c, j + 1));
		}
		if (be == 0 && tok_in(c, j, reduced) && !tok_in(c, j - 1, pronouns) &&
		    !tok_is(c, j - 1, "had") && !tok_is(c, j - 1, "has") &&
		    !tok_is(c, j - 1, "have")) {
			if (tok_is(c, j, "due")
			            ? due_to_verb(c, j + 1) || tok_is(c, j + 1, "in") ||
			                      tok_is(c, j + 1, "on") || tok_is(c, j + 1, "by") ||
			                      tok_is(c, j + 1, "at")
			    : tok_is(c, j, "planned")
			            ? tok_is(c, j + 1, "for")
			            : tok_is(c, j + 1, "for") || tok_is(c, j + 1, "to"))
				return true;
		}
		/* "with Walcott expected to play on Saturday", "Smith, expected
		 * to testify in March": the reduced passive after a noun or a
		 * comma (not "analysts had expected to", "he expected to") */
		if (be == 0 && tok_is(c, j, "expected") && tok_is(c, j + 1, "to") &&
		    due_to_verb(c, j + 1) && j > c->first && !tok_in(c, j - 1, pronouns) &&
		    !tok_is(c, j - 1, "had") && !tok_is(c, j - 1, "has") &&
		    !tok_is(c, j - 1, "have") && !tok_is(c, j - 1, "as") &&
		    !tok_is(c, j - 1, "than") && reduced_after_with(c, j))
			return true;
	}
	/* "has scheduled a hearing for Friday", "have set the vote for June":
	 * what is arranged now for a time to come */
	if ((tok_is(c, j - 1, "has") || tok_is(c, j - 1, "have")) &&
	    (tok_is(c, j, "scheduled") || tok_is(c, j, "rescheduled") || tok_is(c, j, "set") ||
	     tok_is(c, j, "planned") || tok_is(c, j, "slated"))) {
		for (uint32_t k = j + 1; k <= j + 5 && has(c, k); k++)
			if (tok_is(c, k, "for"))
				return true;
	}
	/* "expects sales to recover", "wants the board to approve", "told the
	 * carmakers to return", "urged them to vote": the object's infinitive
	 * is to come (a few plain words between) */
	if ((tok_is(c, j, "expects") || tok_is(c, j, "expect") || tok_is(c, j, "wants") ||
	     tok_is(c, j, "want") || tok_is(c, j, "told") || tok_is(c, j, "asked") ||
	     tok_is(c, j, "urged") || tok_is(c, j, "ordered")) &&
	    !tok_is(c, j + 1, "to")) {
		for (uint32_t k = j + 1; k <= j + 4 && has(c, k); k++) {
			if (tok_is(c, k, "to"))
				return k > j + 1 && has(c, k + 1) &&
				       (c->toks->toks[k + 1].flags & NKG_TOK_WORD) &&
				       !tok_cap(c, k + 1);
			if (!(c->toks->toks[k].flags & NKG_TOK_WORD) || tok_is(c, k, "that") ||
			    is_past_verb(c, k))
				break;
		}
	}
	/* "the union plans two more strikes on Wednesday", "is planning a
	 * stock split": the verb with its object, not the noun ("its plans",
	 * "expansion plans for") */
	if ((tok_is(c, j, "plans") || tok_is(c, j, "plan") ||
	     (be == 1 && tok_is(c, j, "planning"))) &&
	    has(c, j + 1) && !tok_in(c, j - 1, determiners) &&
	    !(j > c->first && (c->toks->toks[j - 1].flags & NKG_TOK_POSSESSIVE)) &&
	    !((tok_is(c, j + 1, "a") || tok_is(c, j + 1, "an")) && has(c, j + 2) &&
	      str_unit(tok(c, j + 2), NULL) != U_NONE) &&
	    ((c->toks->toks[j + 1].flags & NKG_TOK_NUMBER) || tok_is(c, j + 1, "a") ||
	     tok_is(c, j + 1, "an") || tok_is(c, j + 1, "another") || tok_is(c, j + 1, "more") ||
	     tok_is(c, j + 1, "further") || (!tok_cap(c, j + 1) && number_word(tok(c, j + 1)) > 1)))
		return true;
	/* "needs to complete the sale by March", "has to repay it by
	 * Friday", "must file by June": what is owed is still to come */
	if ((tok_is(c, j, "needs") || tok_is(c, j, "need") || tok_is(c, j, "has") ||
	     tok_is(c, j, "have")) &&
	    tok_is(c, j + 1, "to") && due_to_verb(c, j + 1) &&
	    !(tok_is(c, j, "have") && tok_is(c, j - 1, "would")))
		return true;
	if (tok_is(c, j, "must") && has(c, j + 1) && !tok_is(c, j + 1, "have") &&
	    !tok_is(c, j + 1, "be") && !tok_cap(c, j + 1) &&
	    (c->toks->toks[j + 1].flags & NKG_TOK_WORD) && !is_past_verb(c, j + 1))
		return true;
	/* "plans to", "is planning to"; not "was planning to" */
	if (tok_in(c, j, intend) && tok_is(c, j + 1, "to") &&
	    (!prefix_nocase((struct nkg_str){tok(c, j).ptr + tok(c, j).len - 3, 3}, "ing") ||
	     be == 1))
		return true;
	if (be == 1 && tok_in(c, j, arrange))
		return true;
	/* "paving the way for an election in November", "set the stage for
	 * talks in March": what a step prepares is still to come */
	if (tok_is(c, j, "for") && j >= c->first + 3 && tok_is(c, j - 2, "the") &&
	    ((tok_is(c, j - 1, "way") && tok_in(c, j - 3, paving)) ||
	     (tok_is(c, j - 1, "stage") && tok_in(c, j - 3, setting))))
		return true;
	/* "is to visit", "are to travel" */
	if ((tok_is(c, j, "is") || tok_is(c, j, "are")) && tok_is(c, j + 1, "to") &&
	    has(c, j + 2) && !tok_cap(c, j + 2) && !tok_in(c, j + 2, determiners))
		return true;
	if (tok_in(c, j, modifier) && tok_in(c, j - 1, determiners) && has(c, j + 1) &&
	    !tok_cap(c, j + 1) && (c->toks->toks[j + 1].flags & NKG_TOK_WORD) &&
	    !tok_is(c, j + 1, "to") && !tok_is(c, j + 1, "by") && !tok_is(c, j + 1, "in"))
		return true;
	return false;
}

/* Token j is a past verb of promising or deciding before an infinitive:
 * "promised to", "vowed to", "agreed to" (not after "had"). */
static bool promise_to(const struct tctx *c, uint32_t j, uint32_t i)
{
	static const char *const verbs[] = {"promised",   "pledged", "vowed", "agreed", "decided",
	                                    "threatened", "offered", "voted", NULL};
	if (!tok_in(c, j, verbs) ||
	    (j > c->first && (tok_is(c, j - 1, "had") || tok_is(c, j - 1, "'d"))))
		return false;
	/* "agreed on Sunday to cut output in [May]", "vowed today to": the
	 * promise's own day between (the time promised comes after "to") */
	uint32_t t = j + 1;
	if (tok_is(c, t, "today") || tok_is(c, t, "yesterday"))
		t++;
	else if (tok_is(c, t, "on") && tok_cap(c, t + 1) && nkg_weekday_number(tok(c, t + 1), NULL))
		t += 2;
	return tok_is(c, t, "to") && due_to_verb(c, t) && i > t;
}

/* How far tense_at looks each way: a governing verb is near its time, and
 * a bound keeps a sentence of thousands of times linear. */
#define TENSE_REACH 40

/* A present passive at token j that tells of the past: "is accused of
 * stealing", "is alleged to have taken", "is wanted over a killing", "is
 * charged with" (not "if no deal is approved by Oct. 19"). */
static bool reports_past(const struct tctx *c, uint32_t j)
{
	static const char *const verbs[] = {"accused",  "alleged", "charged",   "suspected",
	                                    "believed", "thought", "said",      "reported",
	                                    "wanted",   "blamed",  "convicted", NULL};
	return tok_in(c, j, verbs) || tok_is(c, j + 1, "of") || tok_is(c, j + 1, "with") ||
	       tok_is(c, j + 1, "over") || tok_is(c, j + 1, "to");
}

/* The tense token j gives its clause: 1 future (is_future_at), -1 past, 0
 * none ("will be held": a participle after "be" has no tense of its own;
 * the auxiliary before it has), TENSE_NEAREST a future told in the past
 * (future_in_past). */
static int tense_cue(const struct tctx *c, uint32_t j)
{
	if (is_future_at(c, j))
		return future_in_past(c, j) ? TENSE_NEAREST : 1;
	/* "will be held", and the present passive "if no deal is approved by
	 * Oct. 19"; "will stay closed on Thursday": a participle after a verb
	 * of staying is a state, the verb before it has the tense */
	static const char *const stay[] = {"stay",      "stays",   "remain", "remains",
	                                   "remaining", "staying", NULL};
	static const char *const det[] = {"the", "a", "an", "its", "his", "her", "their", NULL};
	bool stays = j > c->first + 1 && tok_in(c, j - 1, stay) && !tok_in(c, j - 2, det);
	if (is_past_verb(c, j) &&
	    !(j > c->first &&
	      (tok_is(c, j - 1, "be") || stays || (be_before(c, j) == 1 && !reports_past(c, j)))))
		return -1;
	return 0;
}

/* A tense cue within TENSE_REACH tokens before token i in its sentence. */
static bool tensed_before(const struct tctx *c, uint32_t i)
{
	for (uint32_t dist = 1; dist <= TENSE_REACH && i >= c->first + dist; dist++)
		if (tense_cue(c, i - dist))
			return true;
	return false;
}

/* "and" that opens a clause of its own, an auxiliary or modal after it:
 * "was recalled on Thursday and will sit until midnight". */
static bool and_clause(const struct tctx *c, uint32_t j)
{
	static const char *const aux[] = {"will",  "would", "shall", "can",  "could", "may",
	                                  "might", "must",  "is",    "are",  "was",   "were",
	                                  "has",   "have",  "had",   "does", "did",   NULL};
	/* "took delivery in October and plans to receive one in February" */
	static const char *const intends[] = {"plans",   "expects", "hopes", "aims",
	                                      "intends", "wants",   NULL};
	return tok_is(c, j, "and") &&
	       (tok_in(c, j + 1, aux) || (tok_in(c, j + 1, intends) && tok_is(c, j + 2, "to")));
}

/* A past verb of saying just before the time at token i, at most two words
 * between ("said on Sunday", "announced late on Friday"). */
static bool speech_just_before(const struct tctx *c, uint32_t i)
{
	for (uint32_t k = 1; k <= 3 && i >= c->first + k; k++)
		if (tok_in(c, i - k, speech_verbs))
			return true;
	return false;
}

/* The nearest tense cue to token i in its sentence, within TENSE_REACH
 * tokens: 1 future (is_future_at), -1 past tense, 0 none.  A time after
 * "since" is past ("closed since March"). */
/* Token o opens an aside after a comma: a participle of description
 * ("owned by", "based in", "founded in", "led by") or a relative pronoun
 * ("which", "who", "whose"). */
static bool aside_opens(const struct tctx *c, uint32_t o)
{
	static const char *const words[] = {"owned", "based",   "founded",    "led",
	                                    "known", "backed",  "controlled", "headed",
	                                    "run",   "created", "named",      "headquartered",
	                                    "which", "who",     "whose",      NULL};
	return tok_in(c, o, words);
}

/* Token j lies inside an aside that aside_opens opens after a comma and
 * a comma closes, each within twelve tokens of it. */
static bool in_aside(const struct tctx *c, uint32_t j)
{
	uint32_t o = j;
	while (o > c->first && o + 12 > j && !tok_is(c, o - 1, ","))
		o--;
	if (o == c->first || o + 12 <= j || !aside_opens(c, o))
		return false;
	for (uint32_t k = j + 1; k < c->end && k < j + 12; k++)
		if (tok_is(c, k, ","))
			return true;
	return false;
}

/* A time in the possessive that opens the subject of a reported clause,
 * right after its verb of saying (or its "that"): "Forecasters said
 * [Wednesday]'s high would reach 30 degrees", "said that [Friday]'s vote
 * was rigged".  The time belongs to what was said, so the reported verb
 * after the subject gives its tense (the coming Wednesday), not the verb
 * of saying, which is nearer but tells when it was said.  The subject is
 * at most four plain words after the possessive; 0 when the shape is not
 * this one or the reported verb has no tense the rules know. */
/* Whether a reported future tells the possessed event itself to come
 * (reported_subject_tense), for the subject words [b, k) and the tense
 * cue at k: a forecast's quantity ("[Wednesday]'s high would reach"), or
 * a verb of taking place ("Saturday's match will be played", "will go
 * ahead", "will be sunny").  Any other future tells what follows from an
 * event that may well be past ("said Sunday's crash will be
 * investigated", "Monday's flooding will cost millions", "Saturday's
 * march would be remembered"), which says nothing of its day. */
static bool reported_occurrence(const struct tctx *c, uint32_t b, uint32_t k)
{
	static const char *const forecast_nouns[] = {
	        "high",     "low",  "highs",    "lows", "temperature", "temperatures", "weather",
	        "forecast", "rain", "rainfall", "snow", "snowfall",    "winds",        NULL};
	static const char *const aux[] = {"will", "would", "shall", "'ll", "is",  "are",
	                                  "be",   "to",    "set",   "due", "now", NULL};
	static const char *const occur[] = {
	        "take",      "go",      "begin",    "start",     "open",     "kick",
	        "see",       "feature", "last",     "continue",  "end",      "finish",
	        "held",      "played",  "staged",   "contested", "run",      "broadcast",
	        "televised", "shown",   "streamed", "hosted",    "attended", NULL};
	for (uint32_t w = b; w < k; w++)
		if (tok_in(c, w, forecast_nouns))
			return true;
	uint32_t v = k;
	while (has(c, v) && v < k + 6 && (tok_in(c, v, aux) || is_aux_adverb(c, v)))
		v++;
	if (!has(c, v) || !(c->toks->toks[v].flags & NKG_TOK_WORD))
		return false;
	if (tok_in(c, v, occur))
		return true;
	/* "will be sunny", "will be a sell-out": "be" with no participle */
	return v > k && tok_is(c, v - 1, "be") && !is_past_verb(c, v);
}

static int reported_subject_tense(const struct tctx *c, uint32_t i)
{
	static const char *const say[] = {
	        "said",      "told",     "announced", "added",     "stated",   "warned",
	        "predicted", "forecast", "expected",  "estimated", "reported", "confirmed",
	        "says",      "say",      "predicts",  "forecasts", "expects",  NULL};
	if (!has(c, i + 1) || !(c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) || i <= c->first)
		return 0;
	uint32_t v = tok_is(c, i - 1, "that") && i > c->first + 1 ? i - 2 : i - 1;
	if (!tok_in(c, v, say))
		return 0;
	for (uint32_t k = i + 2; k <= i + 6 && has(c, k); k++) {
		if (!(c->toks->toks[k].flags & NKG_TOK_WORD))
			return 0;
		int t = tense_cue(c, k);
		if (t == 1 && !reported_occurrence(c, i + 2, k))
			return 0;
		if (t)
			return t;
	}
	return 0;
}

static int tense_at(const struct tctx *c, uint32_t i)
{
	/* A clause that opens after the time has a verb of its own when the
	 * time's own clause has one before it: "joined a march on Friday that
	 * will be remembered" is last Friday.  Without one the clause is
	 * inside the subject and the main verb follows it: "On Friday, the
	 * company that makes the iPhone will report" is the coming Friday. */
	static const char *const opens[] = {"that",    "which",    "who",    "whom", "whose",
	                                    "because", "although", "though", "but",  "as",
	                                    "while",   "whereas",  NULL};
	bool right_open = true;
	int left = -1; /* tensed_before(c, i), once it is asked */
	if (i > c->first && tok_is(c, i - 1, "since"))
		return -1;
	int reported = reported_subject_tense(c, i);
	if (reported)
		return reported;
	/* "The meeting originally scheduled for [October] was moved": the
	 * plan right before the time is its verb, nearer than any after */
	if (i >= c->first + 2 && tok_is(c, i - 1, "for") && tense_cue(c, i - 2) == TENSE_NEAREST)
		return TENSE_NEAREST;
	/* "pushed back to [September]", "delayed until [March]", "postponed
	 * to [May]": the new date of what was put off is still to come */
	static const char *const put_off[] = {
	        "delayed", "postponed", "deferred", "rescheduled", "moved",    "back",       "off",
	        "delay",   "postpone",  "push",     "pushing",     "delaying", "postponing", NULL};
	if (i >= c->first + 2 && (tok_is(c, i - 1, "to") || tok_is(c, i - 1, "until")) &&
	    tok_in(c, i - 2, put_off) &&
	    !(tok_is(c, i - 2, "back") &&
	      !(tok_is(c, i - 3, "pushed") || tok_is(c, i - 3, "push") ||
	        tok_is(c, i - 3, "pushing") || tok_is(c, i - 3, "put") ||
	        tok_is(c, i - 3, "set"))) &&
	    !(tok_is(c, i - 2, "off") && !tok_is(c, i - 3, "put")))
		return 1;
	/* "pushed the launch back from the end of the year to [March]",
	 * "moved the vote from May to [June]": the new date */
	if (i >= c->first + 2 && tok_is(c, i - 1, "to")) {
		for (uint32_t f = i - 2; f > c->first && f + 9 > i; f--) {
			if (!tok_is(c, f, "from"))
				continue;
			for (uint32_t v = f - 1; v >= c->first && v + 4 > f; v--) {
				if (tok_in(c, v, put_off) || tok_is(c, v, "pushed"))
					return 1;
				if (v == c->first)
					break;
			}
			break;
		}
	}
	for (uint32_t dist = 1; dist <= TENSE_REACH && dist < c->end - c->first; dist++) {
		bool seen = false;
		uint32_t cand[2] = {i >= dist ? i - dist : UINT32_MAX, i + dist};
		for (int k = 0; k < 2; k++) {
			uint32_t j = cand[k];
			if (j == UINT32_MAX || !has(c, j) || (k == 1 && !right_open))
				continue;
			/* a comma closes the time's clause too when it has a
			 * verb before it: "which reported a loss in October,
			 * expects sales to recover" */
			/* ", but" opens a clause of its own even when the
			 * time's verb is none the rules know ("put 120 billion
			 * yuan into the system on Friday, but officials have
			 * given no sign they will") */
			if (k == 1 &&
			    ((tok_is(c, j, "but") && tok_is(c, j - 1, ",") &&
			      !tok_is(c, j + 1, "not") && !tok_is(c, j + 1, "also")) ||
			     ((tok_in(c, j, opens) || and_clause(c, j) || tok_is(c, j, ",")) &&
			      (left < 0 ? (left = tensed_before(c, i)) : left)))) {
				right_open = false;
				continue;
			}
			seen = true;
			/* "The Nets, owned by Joe Tsai, play the Lakers on
			 * [Thursday]", "On [Thursday], Acme, which was founded in
			 * 1990, will report": an aside between the subject and its
			 * verb tells nothing of the time's tense */
			if (in_aside(c, j) && !in_aside(c, i))
				continue;
			int t = tense_cue(c, j);
			/* "promised to bring the troops home by [June 30]", "vowed
			 * to return in [March]": what was promised comes after the
			 * promise (not "had promised to resign by Wednesday", nor
			 * "On Wednesday, BP agreed to", the promise's own day, nor
			 * "agreed to buy Sun on Monday", said on that Monday: only
			 * a deadline, "by", "until", "before"; a month after "in"
			 * may be the promise's own, "agreed to disarm in
			 * November", so the nearest) */
			if (k == 0 && promise_to(c, j, i) && i > c->first &&
			    (tok_is(c, i - 1, "by") || tok_is(c, i - 1, "until") ||
			     tok_is(c, i - 1, "before")))
				return 1;
			if (k == 0 && promise_to(c, j, i) && i > c->first && tok_is(c, i - 1, "in"))
				return TENSE_NEAREST;
			/* "the bombing on Wednesday must not go unpunished",
			 * "the crash on Tuesday has to do with": an obligation
			 * after the time is its subject's, not the time's (only
			 * before it, "must register by Monday") */
			if (t > 0 && k == 1 &&
			    (tok_is(c, j, "must") || tok_is(c, j, "needs") ||
			     tok_is(c, j, "need") || tok_is(c, j, "has") || tok_is(c, j, "have")))
				continue;
			/* "said late on Sunday it would widen": the time said
			 * when, the "would" after it is what was said */
			if (t > 0 && k == 1 && tok_is(c, j, "would") && speech_just_before(c, i))
				continue;
			/* "said ... would be infused when they opened on Friday":
			 * a past in a time clause under a future in the past is
			 * that future */
			if (t < 0 && j >= c->first + 2 && has(c, j - 2) &&
			    (tok_is(c, j - 2, "when") || tok_is(c, j - 2, "once")) &&
			    (c->toks->toks[j - 1].flags & NKG_TOK_WORD)) {
				for (uint32_t w = j - 2; w > c->first && w + 15 > j; w--)
					if (tok_is(c, w - 1, "would") && is_future_at(c, w - 1))
						return 1;
			}
			if (t)
				return t;
		}
		if (!seen)
			break;
	}
	return 0;
}

/* True when the nearest tense cue to token i in its sentence is a future one. */
static bool future_context(const struct tctx *c, uint32_t i)
{
	return tense_at(c, i) > 0;
}

/* The TIMEX3 suffix of a part of the day at token i ("morning" -> "TMO",
 * "afternoon", "evening", "night"), NULL when token i is not one. */
static const char *part_of_day(const struct tctx *c, uint32_t i)
{
	if (tok_is(c, i, "morning"))
		return "TMO";
	if (tok_is(c, i, "afternoon"))
		return "TAF";
	if (tok_is(c, i, "evening"))
		return "TEV";
	if (tok_is(c, i, "night"))
		return "TNI";
	return NULL;
}

/* Whether the sentence lies in the article's headline (the title sliced
 * from the text; a title given apart from the text is no sentence of it). */
static bool in_headline(const struct tctx *c)
{
	struct nkg_str t = c->doc->title;
	const char *text = c->doc->text;
	if (!t.len || t.ptr < text || t.ptr >= text + c->doc->text_len)
		return false;
	size_t tb = (size_t)(t.ptr - text);
	uint32_t b = c->toks->toks[c->first].begin;
	return b >= tb && b < tb + t.len;
}

/* The name at token n opens its clause, as a subject does: first in the
 * sentence, after punctuation, "and", "when", "the" or another capital
 * ("the United States play"); not the object of a verb the rules do not
 * know ("Officials let Russia host the talks"). */
static bool opens_clause(const struct tctx *c, uint32_t n)
{
	if (n == c->first)
		return true;
	return !(c->toks->toks[n - 1].flags & NKG_TOK_WORD) || tok_cap(c, n - 1) ||
	       tok_is(c, n - 1, "and") || tok_is(c, n - 1, "when") || tok_is(c, n - 1, "the");
}

/* A verb of a timetable in the bare present a few words before token b,
 * with no punctuation between: "The museum reopens to the public on
 * [Saturday]", "the trial begins on [Monday]" (the coming one; a bare
 * present of another verb keeps no tense). */
static bool scheduled_present_before(const struct tctx *c, uint32_t b)
{
	static const char *const verbs[] = {
	        "opens",   "reopens",   "begins",  "starts",   "resumes",    "meets",
	        "arrives", "departs",   "returns", "kicks",    "hosts",      "convenes",
	        "debuts",  "premieres", "airs",    "launches", "reconvenes", "plays",
	        "faces",   "votes",     "elects",  NULL};
	/* the same verbs after a plural subject: "talks resume on Thursday" */
	static const char *const base[] = {"open",    "reopen", "begin",     "start",  "resume",
	                                   "meet",    "arrive", "depart",    "return", "host",
	                                   "convene", "debut",  "reconvene", "play",   "face",
	                                   "visit",   "vote",   "elect",     NULL};
	/* ends of a timetable, not in a headline's present ("Strike ends on
	 * Monday" reports a past end): "Early voting ends on Saturday" */
	static const char *const ends[] = {"ends",      "closes", "expires", "finishes",
	                                   "concludes", "wraps",  NULL};
	bool headline = in_headline(c);
	/* ten words: "They play the Oakland Raiders at home on [Sunday]",
	 * "South Africa play Uruguay in Pretoria at the Loftus Versfeld
	 * Stadium on [Wednesday]"; a past verb between ends the search
	 * ("plays ... and scored on Sunday") */
	for (uint32_t k = 1; k <= 10 && b >= c->first + k; k++) {
		uint32_t j = b - k;
		if (c->toks->toks[j].flags & NKG_TOK_PUNCT)
			return false;
		if (k > 6 && is_past_verb(c, j))
			return false;
		if (tok_in(c, j, verbs) || (!headline && tok_in(c, j, ends)))
			return true;
		/* "Turkmens go to the polls Sunday" */
		if (j >= c->first + 3 && tok_is(c, j, "polls") && tok_is(c, j - 1, "the") &&
		    tok_is(c, j - 2, "to") &&
		    (tok_is(c, j - 3, "go") || tok_is(c, j - 3, "goes") ||
		     tok_is(c, j - 3, "head") || tok_is(c, j - 3, "heads")))
			return true;
		/* "the rules, which take effect on Sept. 1", "the iPhone 4S
		 * goes on sale on Friday" */
		if (j >= c->first + 2 && ((tok_is(c, j, "effect") && (tok_is(c, j - 1, "take") ||
		                                                      tok_is(c, j - 1, "takes"))) ||
		                          (tok_is(c, j, "sale") && tok_is(c, j - 1, "on") &&
		                           (tok_is(c, j - 2, "go") || tok_is(c, j - 2, "goes")))))
			return true;
		if (j > c->first && tok_in(c, j, base)) {
			/* the subject: the word before the verb, or before an
			 * aside that ends there ("The Nets, owned by Joe Tsai,
			 * play the Lakers on Thursday") */
			uint32_t sj = j - 1;
			if (tok_is(c, sj, ",") && sj > c->first + 2 && in_aside(c, sj - 1)) {
				uint32_t o = sj - 1;
				while (o > c->first && !tok_is(c, o - 1, ","))
					o--;
				if (o >= c->first + 2)
					sj = o - 2;
			}
			struct nkg_str p = tok(c, sj);
			/* "The vote follows", "The meet": a noun after its
			 * article, no team's verb */
			static const char *const subject_dets[] = {"the",   "a",   "an",  "this",
			                                           "that",  "its", "his", "her",
			                                           "their", "our", NULL};
			/* a fixture list's "Flyers: Host Boston on Friday",
			 * "travel to Leeds to play Hull on Sunday" (the
			 * sentence has no tense of its own) */
			if (tok_is(c, sj, ":") || tok_is(c, sj, "to"))
				return true;
			/* a team or a country as a plural: "Iran face the
			 * United States on Tuesday", "Arsenal host Everton" */
			if (tok_is(c, sj, "they") || tok_is(c, sj, "we") ||
			    (tok_cap(c, sj) && !tok_is(c, sj, "I") &&
			     !tok_in(c, sj, subject_dets) && opens_clause(c, sj) &&
			     (tok_is(c, j, "face") || tok_is(c, j, "host") ||
			      tok_is(c, j, "play") || tok_is(c, j, "meet") ||
			      tok_is(c, j, "vote") || tok_is(c, j, "elect"))) ||
			    (p.len > 3 && lower(p.ptr[p.len - 1]) == 's' &&
			     lower(p.ptr[p.len - 2]) != 's' &&
			     (c->toks->toks[sj].flags & NKG_TOK_WORD) &&
			     !(c->toks->toks[sj].flags & NKG_TOK_POSSESSIVE)))
				return true;
		}
	}
	return false;
}

/* The sentence follows a sports report's "UP NEXT" heading, whose lines
 * are fixtures to come ("Clippers: At San Antonio on Thursday."): the
 * heading within the twelve tokens before it, in capitals. */
static bool after_up_next(const struct tctx *c)
{
	for (uint32_t k = c->first; k > 0 && k + 12 > c->first; k--) {
		struct nkg_str a = tok(c, k - 1);
		if (nkg_str_eq(a, NKG_STR_LIT("NEXT")) && k >= 2 &&
		    nkg_str_eq(tok(c, k - 2), NKG_STR_LIT("UP")))
			return true;
	}
	return false;
}

/* The sentence tells of trading in East Asia or Australia, whose day
 * begins before Europe's and America's: "in Tokyo", "in early Asian
 * trade", "on the Ho Chi Minh Stock Exchange", "the KOSPI rose". */
static bool in_asian_trading(const struct tctx *c)
{
	static const char *const places[] = {"Tokyo",     "Seoul", "Shanghai", "Shenzhen", "Taipei",
	                                     "Sydney",    "Asian", "Nikkei",   "KOSPI",    "Kospi",
	                                     "Topix",     "Minh",  "Osaka",    "Kong",     "Hang",
	                                     "Singapore", NULL};
	static const char *const trade[] = {"shares", "stocks",  "stock",    "index",
	                                    "trade",  "trading", "exchange", "Exchange",
	                                    "market", "markets", "percent",  NULL};
	bool place = false, market = false;
	for (uint32_t k = c->first; k < c->end; k++) {
		place = place || tok_in(c, k, places);
		market = market || tok_in(c, k, trade);
	}
	return place && market;
}

/* The sentence tells of a week before the publication's: the reference
 * time is such a week ("Last week was rough for Asian markets."), or the
 * sentence says "last week", "the previous week", "a week ago". */
static bool of_an_earlier_week(const struct tctx *c)
{
	if (c->ref_wk && c->has_anchor) {
		int ay, aw;
		nkg_iso_week(c->anchor, &ay, &aw);
		if (c->ref_wk_y < ay || (c->ref_wk_y == ay && c->ref_wk < aw))
			return true;
	}
	for (uint32_t k = c->first + 1; k < c->end; k++)
		if (tok_is(c, k, "week") &&
		    (tok_is(c, k - 1, "last") || tok_is(c, k - 1, "previous") ||
		     tok_is(c, k - 1, "past") || tok_is(c, k + 1, "ago") ||
		     tok_is(c, k + 1, "earlier")))
			return true;
	return false;
}

/* An event that a verb of inviting, calling or planning arranges, on the
 * day at token b ("on" before it): "had invited the leaders of both
 * parties to a meeting on [Friday]", "called for a summit of euro zone
 * leaders in Brussels on [Tuesday]", "has called a no-confidence vote ...
 * and a march to the Union Buildings on [Thursday]", "went ahead with
 * plans for a referendum on [Saturday]": the event is still to come,
 * whatever the tense of the arranging.  Read over the fourteen words
 * before the day (punctuation ends the search; so does another past
 * verb: "invited them to a meeting that ended on Friday" is no plan). */
static bool arranged_event_before(const struct tctx *c, uint32_t b, uint32_t i)
{
	static const char *const events[] = {
	        "meeting",    "summit",        "vote",       "march",  "referendum", "final",
	        "semi-final", "quarter-final", "protest",    "strike", "talks",      "election",
	        "rally",      "hearing",       "conference", "ballot", "runoff",     "run-off",
	        "debate",     "ceremony",      NULL};
	static const char *const invite[] = {"invited", "invite", "invites", "inviting", NULL};
	static const char *const call[] = {"called", "calls", "call", "calling", NULL};
	static const char *const plan[] = {"plans", "plan", "planned", "planning", NULL};
	if (b < c->first + 3 || !tok_is(c, b - 1, "on"))
		return false;
	/* "plans for a vote on Friday were dropped": the plan's own past,
	 * told by the verb right after the day */
	if (tok_is(c, i + 1, "was") || tok_is(c, i + 1, "were") || tok_is(c, i + 1, "had"))
		return false;
	/* ...or by a past main verb after it: right after the day ("Leaders
	 * invited to the summit on Thursday [agreed] a ceasefire"), or in a
	 * clause "and" joins to it within five words ("called for a strike
	 * on Friday, and thousands of workers [walked] out", "invited ... on
	 * Sunday and [praised] her work"): the event took place (review17
	 * F9) */
	if (i + 1 < c->end && is_past_verb(c, i + 1))
		return false;
	uint32_t a = i + 1 + tok_is(c, i + 1, ",");
	static const char *const saying[] = {"said",      "told",   "added", "warned",
	                                     "announced", "stated", NULL};
	if (tok_is(c, a, "and"))
		for (uint32_t k = a + 1; k < c->end && k < a + 6; k++)
			if (is_past_verb(c, k) && !tok_in(c, k, saying))
				return false;
	static const char *const dets[] = {"the",   "a",   "an",   "his",  "her", "its",
	                                   "their", "our", "this", "that", NULL};
	bool event = false;
	for (uint32_t k = b - 1; k > c->first && k + 15 > b;) {
		k--;
		if (!(c->toks->toks[k].flags & NKG_TOK_WORD))
			return false;
		if (tok_in(c, k, events)) {
			event = true;
			continue;
		}
		if (tok_in(c, k, invite))
			return event;
		/* "called for a summit", "has called a vote" (not "called a
		 * strike on Friday", which may tell the day of the call) */
		/* not the noun: "answered [the call] for a march" */
		if (tok_in(c, k, call) && !(k > c->first && tok_in(c, k - 1, dets)) &&
		    (tok_is(c, k + 1, "for") ||
		     ((tok_is(c, k + 1, "a") || tok_is(c, k + 1, "an")) && k > c->first &&
		      (tok_is(c, k - 1, "has") || tok_is(c, k - 1, "have")))))
			return event;
		if (tok_in(c, k, plan) && (tok_is(c, k + 1, "for") || tok_is(c, k + 1, "to")))
			return event;
		if (is_past_verb(c, k))
			return false;
	}
	return false;
}

/* After token i, a word that opens a clause of its own ("since", "after",
 * "that", "which", "because", "when") comes before any tense cue: "vote
 * on [Monday] in the first election since Mugabe was forced out" (not "A
 * Commons vote on [Tuesday] ended in defeat", whose past is its own). */
static bool clause_before_cue(const struct tctx *c, uint32_t i)
{
	static const char *const opens[] = {"since", "after",   "that",     "which",
	                                    "who",   "because", "when",     "until",
	                                    "while", "though",  "although", NULL};
	for (uint32_t k = i + 1; k < c->end && k <= i + TENSE_REACH; k++) {
		if (tok_in(c, k, opens))
			return true;
		if (tense_cue(c, k))
			return false;
	}
	return false;
}

/* Days from the publication date to weekday w named at token i (the
 * expression starting at b) with no last/next/this: the coming one in a
 * future sentence or after "until" ("closed until Friday"), else the most
 * recent one on or before the date. */
static int64_t weekday_by_tense(const struct tctx *c, uint32_t i, uint32_t b, int w)
{
	int aw = nkg_weekday(c->anchor);
	int tense = tense_at(c, i);
	/* "before Friday's deadline": a deadline not yet past */
	bool deadline = has(c, i + 1) && (c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) &&
	                tok_is(c, i + 2, "deadline");
	/* "until at least Tuesday" as "until Tuesday" */
	uint32_t p = b >= c->first + 3 && tok_is(c, b - 1, "least") && tok_is(c, b - 2, "at")
	                     ? b - 2
	                     : b;
	/* "called a summit for Tuesday", "set the vote for Friday": what is
	 * arranged for a day (not "jailed for Tuesday's attack") */
	bool arranged = b > c->first && tok_is(c, b - 1, "for") &&
	                !(has(c, i + 1) && (c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE));
	/* "was due to land on Monday": the Monday within three days; three
	 * days ahead or four back, the past when a past verb follows ("which
	 * was due to land on Monday, crashed"; not "officials said") */
	static const char *const said[] = {"said",   "told",      "added",    "announced",
	                                   "stated", "confirmed", "reported", NULL};
	if (tense == TENSE_NEAREST) {
		int64_t ahead = (w - aw + 7) % 7;
		bool past_after = false;
		for (uint32_t k = i + 1; ahead == 3 && k < c->end && k <= i + TENSE_REACH; k++)
			past_after = past_after || (tense_cue(c, k) < 0 && !tok_in(c, k, said));
		return ahead < 3 || (ahead == 3 && !past_after) ? ahead : ahead - 7;
	}
	/* "will pay a premium over Friday's closing price": a price already
	 * set; "fell below Friday's high" too, but "will watch Thursday's
	 * session", "said Wednesday's high would reach 25 degrees" are to come */
	static const char *const closing[] = {"close", "closing", "price", "prices", NULL};
	static const char *const levels[] = {"session", "level", "levels", "high", "low", NULL};
	if (has(c, i + 1) && (c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) &&
	    (tok_in(c, i + 2, closing) || (tense <= 0 && tok_in(c, i + 2, levels))))
		return -(int64_t)((aw - w + 7) % 7);
	/* "will pay $9.50 a share, 42 percent more than Sun's closing price
	 * on [Friday]", "above its close on [Monday]": the same price set
	 * on the day gone, whatever the tense of the offer; not the close
	 * as a time, after a preposition of time ("tender their shares
	 * before the close on [Friday]": a deadline, the end of trading) */
	static const char *const by_time[] = {"before", "by", "until", "till",
	                                      "after",  "at", "near",  NULL};
	if (b >= c->first + 3 && tok_is(c, b - 1, "on") &&
	    ((tok_is(c, b - 2, "close") &&
	      (tok_is(c, b - 3, "its") || tok_is(c, b - 3, "the") || tok_is(c, b - 3, "their") ||
	       (c->toks->toks[b - 3].flags & NKG_TOK_POSSESSIVE)) &&
	      !(b >= c->first + 4 && tok_in(c, b - 4, by_time))) ||
	     (tok_is(c, b - 3, "closing") && tok_in(c, b - 2, closing)) ||
	     (tok_is(c, b - 3, "closing") && tok_in(c, b - 2, levels))))
		return -(int64_t)((aw - w + 7) % 7);
	/* "32 percent more than the price of EDS stock on [Friday]", "a
	 * premium over the price on [Friday]": a price compared with is one
	 * already paid, a few words before the day */
	if (b >= c->first + 3 && tok_is(c, b - 1, "on")) {
		static const char *const compare[] = {"than", "over", "above", "below", NULL};
		for (uint32_t k = b - 2; k > c->first && k + 7 > b; k--) {
			if (!(c->toks->toks[k].flags & NKG_TOK_WORD))
				break;
			if (!(tok_is(c, k, "price") || tok_is(c, k, "prices")))
				continue;
			uint32_t d = k - 1;
			if (d > c->first && (tok_is(c, d, "the") || tok_is(c, d, "its") ||
			                     (c->toks->toks[d].flags & NKG_TOK_POSSESSIVE)))
				d--;
			if ((c->toks->toks[d].flags & NKG_TOK_POSSESSIVE) && d > c->first + 1)
				d -= 2; /* "than Sun's price": the owner's 's and name */
			if (tok_in(c, d, compare))
				return -(int64_t)((aw - w + 7) % 7);
			break;
		}
	}
	/* "could be announced as soon as [Tuesday]", "may close as early as
	 * [Friday]": the earliest a thing to come may happen (whatever the
	 * tense of who told it) */
	if (p >= c->first + 3 && tok_is(c, p - 1, "as") && tok_is(c, p - 3, "as") &&
	    (tok_is(c, p - 2, "soon") || (tok_is(c, p - 2, "early") && tense >= 0)))
		return (w - aw + 7) % 7;
	/* "King Salman declared [Wednesday] a public holiday", "declared a
	 * day of national mourning on [Thursday]": a day set aside is the
	 * coming one (the publication day itself when it is that day) */
	static const char *const declare[] = {"declared", "declares", "declare", "declaring", NULL};
	static const char *const set_aside[] = {"holiday", "mourning", NULL};
	if (b > c->first && tok_in(c, b - 1, declare) &&
	    (tok_is(c, i + 1, "a") || tok_is(c, i + 1, "an") || tok_is(c, i + 1, "as")))
		return (w - aw + 7) % 7;
	if (b >= c->first + 3 && (tok_is(c, b - 1, "on") || tok_is(c, b - 1, "for"))) {
		bool aside = false;
		for (uint32_t k = b - 2; k > c->first && k + 10 > b; k--) {
			if (!(c->toks->toks[k].flags & NKG_TOK_WORD))
				break;
			aside = aside || tok_in(c, k, set_aside);
			if (tok_in(c, k, declare)) {
				if (aside)
					return (w - aw + 7) % 7;
				break;
			}
		}
	}
	/* "All the candidates in Sunday's election represent ...", "heading
	 * into Saturday's semifinals": in a clause of the present or of no
	 * tense cue, the day of an event named after it is the nearest (the
	 * coming one, three days ahead at most); not after a word that puts
	 * it behind ("shares are down after [Thursday]'s vote", "still
	 * digesting [Thursday]'s meeting") */
	static const char *const fixtures[] = {"election",   "vote",    "referendum", "game",
	                                       "match",      "final",   "semifinal",  "semifinals",
	                                       "semi-final", "playoff", "race",       "summit",
	                                       "meeting",    "talks",   "rally",      "debate",
	                                       "ballot",     "runoff",  NULL};
	static const char *const behind[] = {"after", "following", "since",     "despite",
	                                     "amid",  "over",      "digesting", NULL};
	/* "was speaking ahead of [Sunday]'s election", "heading into
	 * [Saturday]'s semifinals", "were focused on [Sunday]'s match": an
	 * event that a progressive or a readiness looks toward is after the
	 * clause's time, whatever its tense, so the nearest too (not "flocked
	 * to [Saturday]'s rally", "turnout for", "arrests ahead of": a past
	 * verb's event has been) */
	static const char *const toward[] = {"before",  "into", "to", "toward",
	                                     "towards", "for",  NULL};
	uint32_t prep =
	        b > c->first + 1 && ((tok_is(c, b - 1, "of") && tok_is(c, b - 2, "ahead")) ||
	                             (tok_is(c, b - 1, "on") && tok_is(c, b - 2, "focused")))
	                ? b - 2
	        : b > c->first && tok_in(c, b - 1, toward) ? b - 1
	                                                   : 0;
	bool looked_toward = prep && (tok_is(c, prep, "focused") ||
	                              (tok_is(c, prep - 1, "ready") && tok_is(c, prep, "for")));
	/* the -ing word right before it, or a progressive ("was speaking in
	 * support of a candidate ahead of") back to a comma or a past verb */
	for (uint32_t k = prep; !looked_toward && k > c->first && k + 12 > prep; k--) {
		uint32_t v = k - 1;
		struct nkg_str word = tok(c, v);
		if (tok_is(c, v, ",") || is_past_verb(c, v))
			break;
		looked_toward =
		        word.len > 5 && (!tok_cap(c, v) || v == c->first) &&
		        prefix_nocase((struct nkg_str){word.ptr + word.len - 3, 3}, "ing") &&
		        (v + 1 == prep || be_before(c, v) != 0);
	}
	/* the event's noun right after the possessive, or after at most
	 * two plain words ("[Sunday]'s upper house election"; not "'s attack
	 * on election officials") */
	static const char *const gap_stop[] = {"on", "of",  "in", "at", "for", "by",  "with",
	                                       "to", "and", "or", "a",  "an",  "the", NULL};
	uint32_t fx = i + 2;
	while (fx < i + 4 && has(c, fx + 1) && !tok_in(c, fx, fixtures) &&
	       (c->toks->toks[fx].flags & NKG_TOK_WORD) && !tok_cap(c, fx) &&
	       !tok_in(c, fx, gap_stop))
		fx++;
	if ((tense == 0 || (looked_toward && tense < 0)) && has(c, i + 1) &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) && tok_in(c, fx, fixtures) &&
	    !(b > c->first && tok_in(c, b - 1, behind)) && !tok_is(c, fx + 1, "results") &&
	    !tok_is(c, fx + 1, "result") && !tok_is(c, fx + 1, "outcome")) {
		int64_t ahead = (w - aw + 7) % 7;
		return ahead <= 3 ? ahead : ahead - 7;
	}
	/* "Zimbabweans vote on [Monday] in the first election since Mugabe
	 * was forced out": a timetable's present before the day governs it,
	 * a past after it (with no tense before it) is another clause's */
	bool timetable = tense <= 0 && scheduled_present_before(c, b) &&
	                 (tense == 0 || (!tensed_before(c, i) && clause_before_cue(c, i)));
	if (tense > 0 || timetable || (tense == 0 && deadline) ||
	    (p > c->first && (tok_is(c, p - 1, "until") || tok_is(c, p - 1, "till"))) || arranged ||
	    (tense == 0 && after_up_next(c)) || arranged_event_before(c, b, i))
		return (w - aw + 7) % 7;
	/* "Sony shares fell 12.8 percent in Tokyo on Wednesday" in a story
	 * dated Tuesday: East Asia's trading day is already the next one (not
	 * in a week gone by: "Last week ... The Nikkei fell on Wednesday") */
	if ((w - aw + 7) % 7 == 1 && in_asian_trading(c) && !of_an_earlier_week(c))
		return 1;
	return -(int64_t)((aw - w + 7) % 7);
}

/* The weekdays' abbreviations of datelines and time stamps, without the
 * period ("Sun Sep 15 2013", "Tue March 3, 2009"). */
static const char *const weekday_abbrevs[] = {"Mon",   "Tue", "Tues", "Wed", "Thu", "Thur",
                                              "Thurs", "Fri", "Sat",  "Sun", NULL};

/* "Sun Sep 15 2013", "Mon, 16 Sep 2013": a weekday's abbreviation (no
 * period: "Sun", "Wed", "Sat" are words too) only before a date, which
 * gives the value, and not after a name ("Edmonton Sun, August 16",
 * "The Sun"); the two are one expression. */
static int weekday_abbrev_date(struct tctx *c, uint32_t i)
{
	const char *const *abbr = weekday_abbrevs;
	struct nkg_str s = tok(c, i);
	if (s.len < 3 || s.len > 5)
		return 0;
	/* Not a newspaper's name: "Edmonton Sun, August 16, 2008", "The Sun" */
	if (i > c->first && tok_cap(c, i - 1) &&
	    (!(c->toks->toks[i - 1].flags & NKG_TOK_SENT_START) || tok_is(c, i - 1, "the")))
		return 0;
	bool found = false;
	for (size_t k = 0; abbr[k] && !found; k++)
		found = nkg_str_eq(s, nkg_str_from_cstr(abbr[k]));
	int y, m, d;
	uint32_t e;
	if (!found || !parse_date_at(c, tok_is(c, i + 1, ",") ? i + 2 : i + 1, &y, &m, &d, &e))
		return 0;
	return emit_month_day(c, y, m, d, i, e, NULL, "timex:weekday-date");
}

/* "Friday", "on Friday", "last Friday", "next Friday", "every Friday",
 * "Fridays", "Friday night", "Friday, July 21, 2017". */
static int m_weekday(struct tctx *c, uint32_t i)
{
	char buf[32];
	uint32_t b = i;
	enum { W_TENSE, W_LAST, W_THIS, W_NEXT, W_EVERY } mode = W_TENSE;
	bool plural = false;

	if (tok_is(c, i, "last"))
		mode = W_LAST;
	else if (tok_is(c, i, "this"))
		mode = W_THIS;
	else if (tok_is(c, i, "next"))
		mode = W_NEXT;
	else if (tok_is(c, i, "every") || tok_is(c, i, "each"))
		mode = W_EVERY;
	if (mode != W_TENSE)
		i++;
	/* "every other Thursday": the weekday's set (TimeML keeps "other" in
	 * the extent and out of the value) */
	if (mode == W_EVERY && tok_is(c, i - 1, "every") && tok_is(c, i, "other"))
		i++;
	if (!tok_cap(c, i))
		return 0;
	/* "the Good Friday Agreement" names no day; nor do the crashes of
	 * "Black Monday" (1987) and "Black Wednesday" (1992), */
	if (mode == W_TENSE && i > c->first && tok_is(c, i - 1, "Good") && name_goes_on(c, i + 1))
		return 0;
	if (mode == W_TENSE && i > c->first && tok_is(c, i - 1, "Black"))
		return 0;
	/* nor Microsoft's monthly "Patch Tuesday" (the ECB annotators leave it),
	 * nor a kind of day's doings, its noun ending the phrase: "a Sunday
	 * walk.", "Sunday congregations of up to 1,000", "the Free Sunday
	 * newspapers," (but "a [Tuesday] news conference", "the [Sunday] mass
	 * shooting", "its [Monday] edition", "The [Monday] papers reported") */
	static const char *const kinds[] = {
	        "congregation", "congregations", "service",   "services",   "worship",
	        "mass",         "school",        "newspaper", "newspapers", "paper",
	        "papers",       "edition",       "editions",  "bulletin",   "bulletins",
	        "walk",         "walks",         "brunch",    NULL};
	if (i > c->first && tok_cap(c, i - 1) && tok_is(c, i - 1, "Patch") &&
	    tok_is(c, i, "Tuesday"))
		return 0;
	static const char *const day_owners[] = {"on", "its", "the", "this", "that", "last", NULL};
	static const char *const phrase_ends[] = {"of", "in", "at", "for", "with", "and",
	                                          "to", "a",  "an", "by",  "from", NULL};
	if (mode == W_TENSE && i > c->first && !tok_in(c, i - 1, day_owners) &&
	    tok_in(c, i + 1, kinds) &&
	    (!has(c, i + 2) || !(c->toks->toks[i + 2].flags & NKG_TOK_WORD) ||
	     tok_in(c, i + 2, phrase_ends)))
		return 0;
	int w = nkg_weekday_number(tok(c, i), &plural);
	if (!w && mode == W_TENSE)
		return weekday_abbrev_date(c, i);
	if (!w)
		return 0;
	/* a Sunday paper names no day: "the [Sunday Times] reported", "Martin
	 * O'Hagan of the Sunday World", "Sunday's Sunday Times"; a paper's
	 * name never follows "on", "by", "last" ("On [Sunday] Times Square
	 * was closed") */
	static const char *const papers[] = {"Times",    "Telegraph", "Mirror",      "World",
	                                     "Express",  "Herald",    "Post",        "Mail",
	                                     "Observer", "Tribune",   "Independent", NULL};
	static const char *const day_before[] = {
	        "on",    "by",   "since",  "until", "till",    "from",  "last", "this", "next",
	        "early", "late", "before", "after", "through", "every", "each", NULL};
	if (mode == W_TENSE && w == 7 && !plural && tok_cap(c, i + 1) && tok_in(c, i + 1, papers) &&
	    !(i > c->first && !(c->toks->toks[i].flags & NKG_TOK_SENT_START) &&
	      tok_in(c, i - 1, day_before)))
		return 0;
	if (plural && mode != W_TENSE)
		return 0;
	if (mode == W_EVERY || plural) {
		snprintf(buf, sizeof(buf), "XXXX-WXX-%d", w);
		return emit(c, NKG_TIMEX_SET, buf, false, b, i + 1, 0.9f, "timex:weekday-set");
	}
	/* "Wednesday of next week": that day of that week, one expression */
	if (mode == W_TENSE && c->has_anchor && tok_is(c, i + 1, "of") &&
	    (tok_is(c, i + 2, "next") || tok_is(c, i + 2, "last") || tok_is(c, i + 2, "this")) &&
	    tok_is(c, i + 3, "week")) {
		int shift = tok_is(c, i + 2, "next") ? 1 : tok_is(c, i + 2, "last") ? -1 : 0;
		int64_t monday = c->anchor_days - (nkg_weekday(c->anchor) - 1);
		fmt_date(buf, sizeof(buf), nkg_ymd_from_days(monday + 7 * shift + (w - 1)));
		return emit(c, NKG_TIMEX_DATE, buf, true, b, i + 4, 0.9f, "timex:weekday-of-week");
	}
	/* "Friday, July 21, 2017", "Saturday 8 October 2011": one expression,
	 * the date's value (TimeML: the weekday only repeats the date). */
	int y, m, d;
	uint32_t e;
	if (mode == W_TENSE &&
	    parse_date_at(c, tok_is(c, i + 1, ",") ? i + 2 : i + 1, &y, &m, &d, &e))
		return emit_month_day(c, y, m, d, b, e, NULL, "timex:weekday-date");
	const char *part = part_of_day(c, i + 1);
	if (!c->has_anchor) {
		/* "next Friday" without a date: some Friday, no more. */
		snprintf(buf, sizeof(buf), "XXXX-WXX-%d%s", w, part ? part : "");
		return emit(c, part ? NKG_TIMEX_TIME : NKG_TIMEX_DATE, buf, false, b,
		            i + (part ? 2 : 1), 0.7f, "timex:weekday");
	}
	int aw = nkg_weekday(c->anchor);
	int64_t delta;
	const char *rule;
	switch (mode) {
	case W_LAST:
		delta = -(int64_t)((aw - w + 7) % 7);
		if (delta == 0)
			delta = -7;
		rule = "timex:weekday-last";
		break;
	case W_NEXT:
		delta = (w - aw + 7) % 7;
		if (delta == 0)
			delta = 7;
		rule = "timex:weekday-next";
		break;
	case W_THIS:
		delta = (w - aw + 7) % 7;
		rule = "timex:weekday-this";
		break;
	default:
		delta = weekday_by_tense(c, i, b, w);
		rule = delta > 0 ? "timex:weekday-future" : "timex:weekday-past";
		break;
	}
	fmt_date(buf, sizeof(buf), nkg_ymd_from_days(c->anchor_days + delta));
	if (part) {
		/* "Friday morning", "last Thursday night": "2020-01-24TMO". */
		strcat(buf, part);
		return emit(c, NKG_TIMEX_TIME, buf, true, b, i + 2, 0.8f, rule);
	}
	return emit(c, NKG_TIMEX_DATE, buf, true, b, i + 1, 0.8f, rule);
}

/* ---- relative expressions --------------------------------------------------- */

static void fmt_week(char *buf, size_t cap, int64_t days)
{
	int iy, iw;
	nkg_iso_week(nkg_ymd_from_days(days), &iy, &iw);
	snprintf(buf, cap, "%04d-W%02d", iy, iw);
}

static void fmt_month_shift(char *buf, size_t cap, struct nkg_ymd a, int months)
{
	int total = a.y * 12 + (a.m - 1) + months;
	snprintf(buf, cap, "%04d-%02d", total / 12, total % 12 + 1);
}

static int ordinal_word(struct nkg_str s);

/* "[the second Tuesday of each month]", "the first Monday of every
 * month": a day of every month, one SET ("P1M", as the ECB annotators
 * mark Microsoft's patch day); not "the second Tuesday of March". */
static int m_weekday_of_every_month(struct tctx *c, uint32_t i)
{
	uint32_t k = i + tok_is(c, i, "the");
	bool pl;
	if (!has(c, k + 4) || !ordinal_word(tok(c, k)) || !tok_cap(c, k + 1) ||
	    !nkg_weekday_number(tok(c, k + 1), &pl) || pl || !tok_is(c, k + 2, "of") ||
	    !(tok_is(c, k + 3, "each") || tok_is(c, k + 3, "every")) || !tok_is(c, k + 4, "month"))
		return 0;
	return emit(c, NKG_TIMEX_SET, "P1M", false, i, k + 5, 0.8f, "timex:set-weekday");
}

/* "[the first week of December]", "the last week of March 2009": that
 * week, the month's weeks counted as ISO 8601 counts a year's (the first
 * holds the month's 4th day, most of it in the month: then the 11th, 18th,
 * 25th; the last holds its last day but three), the month's year told or
 * found as for a month and day. */
static int m_week_of_month(struct tctx *c, uint32_t i)
{
	char buf[16];
	int n, m, y = 0;
	if (!tok_is(c, i, "the") || !has(c, i + 4) || !(n = ordinal_word(tok(c, i + 1))) ||
	    !tok_is(c, i + 2, "week") || !tok_is(c, i + 3, "of") || !tok_cap(c, i + 4) ||
	    !(m = tok_month(c, i + 4)))
		return 0;
	uint32_t e = i + 5;
	if (tok_year(c, e, &y))
		e++;
	/* the day that fixes the week */
	int d = n < 5 ? 4 + 7 * (n - 1) : 28;
	while (n == 5 && nkg_date_valid(2001, m, d + 1)) /* 2001: no Feb 29 */
		d++;
	if (n == 5)
		d -= 3;
	struct nkg_ymd r;
	if (!resolve_month_day(c, y, m, d, i + 4, &r))
		return 0;
	if (!r.y)
		return emit(c, NKG_TIMEX_DATE, "XXXX-WXX", false, i, e, 0.8f,
		            "timex:week-of-month");
	if (n == 5 && m == 2 && nkg_date_valid(r.y, 2, 29))
		r.d = 26; /* a leap year's February: its 29th but three */
	fmt_week(buf, sizeof(buf), nkg_days_from_ymd(r));
	return emit(c, NKG_TIMEX_DATE, buf, !y, i, e, 0.8f, "timex:week-of-month");
}

static void anchor_date(const struct tctx *c, char *buf, size_t cap, int64_t delta);

/* The word other ("today" or "tomorrow") within six tokens of token i in
 * its sentence, set against it by "for", "or", "versus" between them with a
 * thing of its own on the far side ("oil tomorrow for dollars today", "cash
 * today or shares tomorrow"; not "the vote is today and the count
 * tomorrow", nor two days offered as alternatives: "will vote today or
 * tomorrow", "moved to tomorrow instead of today"). */
static bool contrast_today_tomorrow(const struct tctx *c, uint32_t i, const char *other)
{
	static const char *const against[] = {"for", "or", "versus", "vs", "instead", NULL};
	static const char *const no_thing[] = {"of",    "either", "perhaps", "maybe",  "possibly",
	                                       "even",  "at",     "the",     "latest", "most",
	                                       "early", "late",   "later",   "else",   NULL};
	for (uint32_t k = i > c->first + 6 ? i - 6 : c->first; k < c->end && k <= i + 6; k++) {
		if (k == i || !tok_is_cstr(c, k, other))
			continue;
		bool set_against = false, thing = false;
		for (uint32_t m = (k < i ? k : i) + 1; m < (k < i ? i : k); m++) {
			if (tok_in(c, m, against))
				set_against = true;
			else if (set_against && (c->toks->toks[m].flags & NKG_TOK_WORD) &&
			         !tok_in(c, m, no_thing))
				thing = true;
		}
		if (thing)
			return true;
	}
	return false;
}

/* today, yesterday, tomorrow, tonight, last night, this morning/afternoon/evening;
 * "yesterday afternoon". */
static int m_relative_day(struct tctx *c, uint32_t i)
{
	char buf[32];
	struct nkg_str s = tok(c, i);
	int64_t delta;
	uint32_t e = i + 1;
	const char *part = NULL;
	/* "the day before yesterday", "the day after tomorrow" */
	if (s.len == 3 && eq_nocase(s, "the") && tok_is(c, i + 1, "day") &&
	    ((tok_is(c, i + 2, "before") && tok_is(c, i + 3, "yesterday")) ||
	     (tok_is(c, i + 2, "after") && tok_is(c, i + 3, "tomorrow")))) {
		anchor_date(c, buf, sizeof(buf), tok_is(c, i + 2, "before") ? -2 : 2);
		return emit(c, NKG_TIMEX_DATE, buf, c->has_anchor, i, i + 4, 0.9f,
		            "timex:relative-day");
	}
	/* Every word here starts with t, y or l: most tokens stop at once. */
	char c0 = s.len >= 4 ? lower(s.ptr[0]) : '\0';
	if (c0 != 't' && c0 != 'y' && c0 != 'l')
		return 0;
	/* Without a publication date the day is unknown: "XXXX-XX-XX" (TimeML),
	 * so the expression and its type are still there. */
	if (eq_nocase(s, "today"))
		delta = 0;
	else if (eq_nocase(s, "yesterday"))
		delta = -1;
	else if (eq_nocase(s, "tomorrow"))
		delta = 1;
	else if (tok_is(c, i, "last") && tok_is(c, i + 1, "night")) {
		delta = -1; /* the night before the publication day */
		part = "TNI";
		e = i + 2;
	} else if (eq_nocase(s, "tonight")) {
		delta = 0;
		part = "TNI";
	} else if (eq_nocase(s, "this") && has(c, i + 1) && (part = part_of_day(c, i + 1)) &&
	           !tok_is(c, i + 1, "night")) {
		delta = 0;
		e = i + 2;
	} else
		return 0;
	if (!part && (part = part_of_day(c, i + 1)))
		e = i + 2; /* "yesterday afternoon" -> "2015-09-11TAF" */
	/* "trading oil tomorrow for dollars today", "cash today or shares
	 * tomorrow": the two set against each other are the present and the
	 * future in general (TimeML's PRESENT_REF, FUTURE_REF) */
	if (!part && delta >= 0 && contrast_today_tomorrow(c, i, delta ? "today" : "tomorrow"))
		return emit(c, NKG_TIMEX_DATE, delta ? "FUTURE_REF" : "PRESENT_REF", false, i, e,
		            0.7f, "timex:relative-day");
	anchor_date(c, buf, sizeof(buf), delta);
	if (delta == 0 && quoted_story_day(c, i, part)) {
		/* "\"[Tonight] we are champions,\" Fae said": the speaker's
		 * day, the story's, the day before the report */
		char ref[16];
		fmt_date(buf, sizeof(buf), c->topic_day);
		fmt_date(ref, sizeof(ref), c->topic_day);
		if (part)
			strcat(buf, part);
		return emit_at(c, part ? NKG_TIMEX_TIME : NKG_TIMEX_DATE, buf,
		               nkg_str_from_cstr(ref), i, e, 0.8f, "timex:quoted-today");
	}
	if (part) {
		strcat(buf, part);
		return emit(c, NKG_TIMEX_TIME, buf, c->has_anchor, i, e, 0.9f,
		            e == i + 1 ? "timex:tonight" : "timex:part-of-day");
	}
	return emit(c, NKG_TIMEX_DATE, buf, c->has_anchor, i, e, 0.9f, "timex:relative-day");
}

/* last/this/next week, month, year; "this past week" (last week). */
static int m_relative_unit(struct tctx *c, uint32_t i)
{
	char buf[32];
	int shift;
	uint32_t j = i + 1;
	/* "the last year of his term" is no last year */
	if (tok_is(c, i, "last") && i > c->first && tok_is(c, i - 1, "the"))
		return 0;
	if (tok_is(c, i, "last"))
		shift = -1;
	else if (tok_is(c, i, "this") && tok_is(c, j, "past")) {
		shift = -1; /* "this past week" is last week */
		j++;
	} else if (tok_is(c, i, "this"))
		shift = 0;
	else if (tok_is(c, i, "the") && tok_is(c, j, "current")) {
		shift = 0; /* "the current year" */
		j++;
	} else if (tok_is(c, i, "next"))
		shift = 1;
	else
		return 0;
	bool plural = false;
	enum unit u = has(c, j) ? str_unit(tok(c, j), &plural) : U_NONE;
	if (u == U_NONE || plural)
		return 0;
	if (!c->has_anchor) {
		/* Some week, month, year: TimeML's unknown values. */
		const char *v = u == U_WEEK      ? "XXXX-WXX"
		                : u == U_MONTH   ? "XXXX-XX"
		                : u == U_DECADE  ? "XXX"
		                : u == U_CENTURY ? "XX"
		                                 : "XXXX";
		if (u != U_WEEK && u != U_MONTH && u != U_YEAR && u != U_DECADE && u != U_CENTURY)
			return 0;
		return emit(c, NKG_TIMEX_DATE, v, false, i, j + 1, 0.7f, "timex:relative-unit");
	}
	switch (u) {
	case U_WEEK: fmt_week(buf, sizeof(buf), c->anchor_days + 7 * shift); break;
	case U_MONTH: fmt_month_shift(buf, sizeof(buf), c->anchor, shift); break;
	case U_YEAR: snprintf(buf, sizeof(buf), "%04d", c->anchor.y + shift); break;
	/* "this decade" -> "200", "last century" -> "19" (TimeML) */
	case U_DECADE: snprintf(buf, sizeof(buf), "%03d", c->anchor.y / 10 + shift); break;
	case U_CENTURY: snprintf(buf, sizeof(buf), "%02d", c->anchor.y / 100 + shift); break;
	default: return 0;
	}
	return emit(c, NKG_TIMEX_DATE, buf, true, i, j + 1, 0.9f, "timex:relative-unit");
}

/* The count of "N units": digits, a number word, "a"/"an"; "two-day" in one
 * token.  On success *n, *u and the token after the unit in *after. */
static bool count_unit(struct tctx *c, uint32_t i, bool allow_a, int *n, enum unit *u,
                       uint32_t *after, bool *hyphen)
{
	struct nkg_str s = tok(c, i);
	bool plural;
	*hyphen = false;
	/* One token "two-day", "25-year". */
	for (size_t k = s.len; k > 0; k--) {
		if (s.ptr[k - 1] != '-')
			continue;
		/* "a single-day record": one */
		int v = eq_nocase((struct nkg_str){s.ptr, k - 1}, "single")
		                ? 1
		                : str_count((struct nkg_str){s.ptr, k - 1});
		enum unit uu = str_unit((struct nkg_str){s.ptr + k, s.len - k}, &plural);
		if (v > 0 && uu != U_NONE && !plural) {
			*n = v;
			*u = uu;
			*after = i + 1;
			*hyphen = true;
			return true;
		}
		break;
	}
	/* "three straight weeks", "two full days", "one more year": an
	 * adjective of extent between the count and its unit */
	static const char *const extent[] = {"straight", "consecutive", "successive", "full",
	                                     "more",     "whole",       "additional", "extra",
	                                     "long",     "single",      NULL};
	/* "a couple of days" (2), "a few weeks", "a few more weeks", "some
	 * years ago" (some) */
	if ((s.len == 1 || s.len == 4) && has(c, i + 2) &&
	    (tok_is(c, i, "a") || tok_is(c, i, "some"))) {
		uint32_t k = tok_is(c, i, "some")                                   ? i + 1
		             : tok_is(c, i + 1, "couple") && tok_is(c, i + 2, "of") ? i + 3
		             : tok_is(c, i + 1, "few")                              ? i + 2
		                                                                    : 0;
		if (k && k > i + 1 && tok_in(c, k, extent) && has(c, k + 1) &&
		    str_unit(tok(c, k + 1), NULL) != U_NONE)
			k++;
		enum unit uu = k && has(c, k) ? str_unit(tok(c, k), &plural) : U_NONE;
		if (uu != U_NONE && plural && (!tok_is(c, i, "some") || tok_is(c, k + 1, "ago"))) {
			*n = tok_is(c, i + 1, "couple") ? 2 : -1;
			*u = uu;
			*after = k + 1;
			return true;
		}
	}
	/* The next word must be a unit or a spaced hyphen: most tokens stop
	 * here, before any number-word comparison. */
	if (!has(c, i + 1))
		return false;
	bool spaced = tok_is(c, i + 1, "-");
	uint32_t ui = i + 1;
	if (c->unit_at != i) {
		c->unit_at = i;
		c->unit_next = spaced || str_unit(tok(c, i + 1), NULL) != U_NONE ||
		               (has(c, i + 2) && tok_in(c, i + 1, extent) &&
		                str_unit(tok(c, i + 2), NULL) != U_NONE);
	}
	if (!c->unit_next)
		return false;
	if (!spaced && str_unit(tok(c, i + 1), NULL) == U_NONE)
		ui = i + 2;
	int v = str_count(s);
	/* "90 - day", "three - month": a compound spelt with a spaced hyphen
	 * (as the MEANTIME and ECB+ texts are detokenized). */
	if (v > 0 && spaced && has(c, i + 2) &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_SPACE_BEFORE)) {
		enum unit uu = str_unit(tok(c, i + 2), &plural);
		/* Not an age: "16 - year - old", "59 - year old". */
		bool age = tok_is(c, i + 3, "old") ||
		           (tok_is(c, i + 3, "-") && tok_is(c, i + 4, "old"));
		if (uu != U_NONE && !plural && !age) {
			*n = v;
			*u = uu;
			*after = i + 3;
			*hyphen = true;
			return true;
		}
	}
	if (v < 0 && allow_a && (eq_nocase(s, "a") || eq_nocase(s, "an")))
		v = 1;
	if (v < 0 && (eq_nocase(s, "several") || eq_nocase(s, "few") || eq_nocase(s, "many")))
		v = -2;
	if (v == -1 || !has(c, ui))
		return false;
	enum unit uu = str_unit(tok(c, ui), &plural);
	if (uu == U_NONE)
		return false;
	/* "one days", "three day"; but "a four day rally" (a modifier) */
	if ((v == 1) == plural && v != -2 &&
	    !(ui == i + 1 && v > 1 && !plural && has(c, i + 2) &&
	      (c->toks->toks[i + 2].flags & NKG_TOK_WORD) &&
	      !(c->toks->toks[i + 2].flags & NKG_TOK_CAPITALIZED) && !tok_is(c, i + 2, "of") &&
	      !tok_is(c, i + 2, "and") && !tok_is(c, i + 2, "or") && !tok_is(c, i + 2, "to") &&
	      !tok_is(c, i + 2, "in") && !tok_is(c, i + 2, "later") && !tok_is(c, i + 2, "ago")))
		return false;
	if (v == -2 && !plural)
		return false;
	/* "FIFA World Cup 2018 day five": a year, not 2018 days. */
	if (v >= 1000 && !plural)
		return false;
	*n = v == -2 ? -1 : v;
	*u = uu;
	*after = ui + 1;
	return true;
}

/* Modifiers of a counted expression, TimeML's mod: "[more than a year
 * ago]", "[nearly a decade ago]", "[some two weeks later]", "[just over 24
 * hours ago]".  Returns the new first token. */
static uint32_t count_mods_left(const struct tctx *c, uint32_t b)
{
	static const char *const mods[] = {
	        "nearly", "almost", "about",  "around", "approximately", "roughly", "some",
	        "over",   "under",  "barely", "just",   "only",          "exactly", NULL};
	uint32_t lo = c->floor > c->first ? c->floor : c->first;
	if (b >= lo + 2 && tok_is(c, b - 1, "than") &&
	    (tok_is(c, b - 2, "more") || tok_is(c, b - 2, "less")))
		b -= 2;
	else if (b >= lo + 2 && tok_is(c, b - 2, "at") && tok_is(c, b - 1, "least"))
		b -= 2;
	else if (b >= lo + 1 && tok_in(c, b - 1, mods))
		b--;
	/* "just over", "only about" */
	if (b >= lo + 1 && (tok_is(c, b - 1, "just") || tok_is(c, b - 1, "only")))
		b--;
	return b;
}

/* The value n units (days, weeks, months, years, decades; n may be
 * negative) from the date base, at the unit's precision: "2020-01-26",
 * "2020-W05", "2020-03", "2021".  base.m, base.d 0: not known; false when the
 * unit needs more than base gives. */
static bool shift_value(struct nkg_ymd base, enum unit u, int n, char *buf, size_t cap)
{
	switch (u) {
	case U_DAY:
	case U_WEEK:
		if (!base.d)
			return false;
		if (u == U_DAY)
			fmt_date(buf, cap, nkg_ymd_from_days(nkg_days_from_ymd(base) + n));
		else
			fmt_week(buf, cap, nkg_days_from_ymd(base) + 7 * (int64_t)n);
		return true;
	case U_MONTH:
		if (!base.m)
			return false;
		fmt_month_shift(buf, cap, base, n);
		return true;
	case U_YEAR: snprintf(buf, cap, "%04d", base.y + n); return base.y + n >= 1;
	case U_DECADE: snprintf(buf, cap, "%04d", base.y + 10 * n); return base.y + 10 * n >= 1;
	default: return false;
	}
}

/* TimeML's unknown point of a unit's precision: "XXXX-XX-XX", "XXXX-WXX". */
static const char *unknown_point(enum unit u)
{
	switch (u) {
	case U_DAY: return "XXXX-XX-XX";
	case U_WEEK: return "XXXX-WXX";
	case U_MONTH: return "XXXX-XX";
	case U_YEAR:
	case U_DECADE: return "XXXX";
	default: return NULL;
	}
}

/* "two years ago" over tokens [b, ago]: the date value (anchored: against
 * the publication date) over the phrase, then the duration dur ("P2Y",
 * "PXY") over the words before "ago" (NKG_RULE_TIMEX_AGO_DURATION in
 * extract.h says why both).  Returns what emit returns for the date. */
static int emit_ago(struct tctx *c, const char *value, bool anchored, uint32_t b, uint32_t ago,
                    float conf, const char *dur)
{
	uint32_t before = c->doc->n_mentions, idx;
	int rc = emit(c, NKG_TIMEX_DATE, value, anchored, b, ago + 1, conf, NKG_RULE_TIMEX_AGO);
	if (rc <= 0 || c->doc->n_mentions != before + 1 || ago <= b)
		return rc;
	struct nkg_span sp = {c->doc->mentions[before].span.begin, c->toks->toks[ago - 1].end};
	int err = nkg_doc_add_time(c->doc, NKG_TIMEX_DURATION, nkg_str_from_cstr(dur), NKG_STR_NULL,
	                           NKG_RULE_TIMEX_AGO_DURATION, &idx);
	if (!err)
		err = nkg_doc_add_mention(c->doc, sp, NKG_MENTION_TIME, idx, conf,
		                          NKG_RULE_TIMEX_AGO_DURATION);
	return err ? err : rc;
}

/* "two days ago", "a year ago", "nearly a decade ago" (in years, as GUM's
 * TEI dates give it: "a decade ago" in 2011 is 2001): the publication date
 * is the anchor, at the unit's precision. */
static int m_ago(struct tctx *c, uint32_t i)
{
	char buf[32];
	int n;
	enum unit u;
	uint32_t after;
	bool hy;
	if (!count_unit(c, i, true, &n, &u, &after, &hy) || hy)
		return 0;
	uint32_t b = count_mods_left(c, i);
	/* "two weeks from now", "a month from today": ahead of the date */
	if (n > 0 && tok_is(c, after, "from") &&
	    (tok_is(c, after + 1, "now") || tok_is(c, after + 1, "today"))) {
		if (!c->has_anchor || !shift_value(c->anchor, u, n, buf, sizeof(buf)))
			snprintf(buf, sizeof(buf), "%s",
			         unknown_point(u) ? unknown_point(u) : "FUTURE_REF");
		int rc = emit(c, NKG_TIMEX_DATE, buf, c->has_anchor, b, after + 2, 0.8f,
		              "timex:from-now");
		return rc > 0 ? (int)(after + 2 - i) : rc;
	}
	if (!tok_is(c, after, "ago"))
		return 0;
	char dur[32];
	duration_value(dur, sizeof(dur), n, u);
	/* "a few days ago", "several years ago", "some years ago": some time
	 * before the date, how long is not said (TimeML's PAST_REF) */
	if (n < 0) {
		int rc = emit_ago(c, "PAST_REF", false, b, after, 0.7f, dur);
		return rc > 0 ? (int)(after + 1 - i) : rc;
	}
	if (!c->has_anchor) {
		/* A point in time of an unknown date, not a duration. */
		const char *v = unknown_point(u);
		if (!v)
			return (int)(after + 1 - i);
		int rc = emit_ago(c, v, false, b, after, 0.7f, dur);
		return rc > 0 ? (int)(after + 1 - i) : rc;
	}
	if (!shift_value(c->anchor, u, -n, buf, sizeof(buf)))
		return 0;
	int rc = emit_ago(c, buf, true, b, after, 0.9f, dur);
	return rc > 0 ? (int)(after + 1 - i) : rc;
}

/* The reference time as text, "2020-01-24", "2020-01", "2020". */
static void fmt_ref(const struct nkg_ymd *r, char *buf, size_t cap)
{
	if (r->d)
		fmt_date(buf, cap, *r);
	else if (r->m)
		snprintf(buf, cap, "%04d-%02d", r->y, r->m);
	else
		snprintf(buf, cap, "%04d", r->y);
}

/* A word after "before"/"after" that ends the phrase: "[a day after],",
 * "[the week before]." (not "two days after the vote"). */
static bool phrase_ends(const struct tctx *c, uint32_t i)
{
	return !has(c, i) || !(c->toks->toks[i].flags & NKG_TOK_WORD) || tok_is(c, i, "and") ||
	       tok_is(c, i, "but");
}

/* Points relative to the reference time (TimeML: the last date the text
 * mentioned, else the publication date): "two days later", "a year
 * earlier", "a day after", "the next day", "the following week", "the
 * previous year", "the day before", "year-earlier".  When the reference is less precise than
 * the unit ("in 2007 ... two days later") the value is the unit's unknown
 * point, "XXXX-XX-XX". */
/* "the previous quarter", "the following weekend": the quarter or weekend
 * before or after the reference time's ("2026-Q3" after "the fourth
 * quarter" of 2026, the publication date's after a bare year; "2026-W47-WE"
 * before a Wednesday of week 48); the reference stays where it was. */
static int ref_relative_period(struct tctx *c, uint32_t i, int sign)
{
	char buf[32], ref[16];
	struct nkg_ymd r = c->ref;
	if (tok_is(c, i + 2, "quarter")) {
		int q = c->ref_q ? c->ref_q : r.m ? (r.m + 2) / 3 : 0;
		/* a reference of a bare year ("by 2030") has no quarter: the
		 * publication date's */
		if (!q && c->has_anchor) {
			r = c->anchor;
			q = (r.m + 2) / 3;
		}
		if (!r.y || !q)
			return 0;
		int k = r.y * 4 + (q - 1) + sign;
		snprintf(buf, sizeof(buf), "%04d-Q%d", k / 4, k % 4 + 1);
	} else {
		if (!r.d)
			return 0;
		fmt_week(buf, sizeof(buf), nkg_days_from_ymd(r) + 7 * (int64_t)sign);
		strcat(buf, "-WE");
	}
	fmt_ref(&r, ref, sizeof(ref));
	struct nkg_ymd keep = c->ref;
	int keep_q = c->ref_q;
	uint32_t keep_b = c->ref_b, keep_e = c->ref_e;
	int rc = emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, i + 3, 0.8f,
	                 "timex:ref-relative");
	c->ref = keep;
	c->ref_q = keep_q;
	c->ref_b = keep_b;
	c->ref_e = keep_e;
	return rc > 0 ? 3 : rc;
}

static int emit_keep_ref(struct tctx *c, const char *buf, const char *ref, uint32_t b, uint32_t e,
                         const char *rule);

/* "the same quarter last year", "the same period a year earlier", "the
 * same month a year ago": one expression, a year before the last quarter
 * mentioned ("2008-Q2" after "second-quarter" of 2009), or the reference's
 * month for "month"; else only the year is known. */
static int m_same_period(struct tctx *c, uint32_t i)
{
	char buf[32], ref[16];
	bool month = tok_is(c, i + 2, "month");
	if (!tok_is(c, i, "the") || !tok_is(c, i + 1, "same") ||
	    !(tok_is(c, i + 2, "quarter") || tok_is(c, i + 2, "period") || month ||
	      tok_is(c, i + 2, "time")))
		return 0;
	uint32_t k = i + 3, e;
	if (tok_is(c, k, "last") && tok_is(c, k + 1, "year"))
		e = k + 2;
	else if (tok_is(c, k, "a") && tok_is(c, k + 1, "year") &&
	         (tok_is(c, k + 2, "earlier") || tok_is(c, k + 2, "ago") ||
	          tok_is(c, k + 2, "before")))
		e = k + 3;
	else if (tok_is(c, k, "of") && tok_is(c, k + 1, "last") && tok_is(c, k + 2, "year"))
		e = k + 3;
	else
		return 0;
	/* "last year", "a year ago" count from now; "a year earlier" from the
	 * reference */
	bool from_now = tok_is(c, e - 1, "ago") || tok_is(c, e - 2, "last");
	struct nkg_ymd r = from_now ? c->anchor : c->ref;
	if (!r.y || (from_now && !c->has_anchor))
		return 0;
	if (month && (c->ref.m || r.m)) /* the reference's month: "sales in March ... */
		snprintf(buf, sizeof(buf), "%04d-%02d", r.y - 1, c->ref.m ? c->ref.m : r.m);
	else if (!month && c->last_q)
		snprintf(buf, sizeof(buf), "%04d-Q%d", c->last_qy - 1, c->last_q);
	else
		snprintf(buf, sizeof(buf), "%04d", r.y - 1);
	fmt_ref(&r, ref, sizeof(ref));
	return emit_keep_ref(c, buf, ref, i, e, "timex:same-period");
}

static int m_ref_relative(struct tctx *c, uint32_t i)
{
	char buf[32], ref[16];
	int n, sign = 0;
	enum unit u;
	uint32_t after, b = i, e;
	bool hy, plural = false;
	/* "[the year-ago quarter]": that quarter a year before the one the text
	 * reports on (the first quarter it names, else the reference's, else
	 * the last that ended before the publication date) */
	if (tok_is(c, i, "the") &&
	    (tok_is(c, i + 1, "year-ago") || tok_is(c, i + 1, "year-earlier")) &&
	    tok_is(c, i + 2, "quarter")) {
		int qy = c->topic_q ? c->topic_qy : c->ref.y;
		int q = c->topic_q ? c->topic_q : c->ref_q;
		ref[0] = '\0';
		if (!q && c->has_anchor) {
			int k = c->anchor.y * 4 + (c->anchor.m - 1) / 3 - 1;
			qy = k / 4;
			q = k % 4 + 1;
			fmt_date(ref, sizeof(ref), c->anchor);
		}
		if (!q)
			return 0;
		snprintf(buf, sizeof(buf), "%04d-Q%d", qy - 1, q);
		return emit_keep_ref(c, buf, ref, i, i + 3, "timex:ref-relative");
	}
	/* "the year-earlier quarter", "the year-ago period" */
	bool ago = tok_is(c, i, "year-ago");
	if (tok_is(c, i, "year-earlier") || ago) {
		u = U_YEAR;
		n = 1;
		sign = -1;
		e = i + 1;
	} else if (tok_is(c, i, "the") && has(c, i + 2)) {
		if (tok_is(c, i + 1, "following") || tok_is(c, i + 1, "next"))
			sign = 1;
		else if (tok_is(c, i + 1, "previous") || tok_is(c, i + 1, "preceding") ||
		         tok_is(c, i + 1, "prior"))
			sign = -1;
		if (sign && (tok_is(c, i + 2, "quarter") || tok_is(c, i + 2, "weekend")))
			return ref_relative_period(c, i, sign);
		if (sign) {
			u = str_unit(tok(c, i + 2), &plural);
			/* "the next week" may be a span ("over the next week"): only
			 * "the next day" with "next". */
			if (u == U_NONE || plural || (tok_is(c, i + 1, "next") && u != U_DAY))
				return 0;
			e = i + 3;
		} else {
			u = str_unit(tok(c, i + 1), &plural);
			if (plural || u == U_NONE ||
			    !(tok_is(c, i + 2, "before") || tok_is(c, i + 2, "after")) ||
			    !phrase_ends(c, i + 3))
				return 0;
			sign = tok_is(c, i + 2, "before") ? -1 : 1;
			e = i + 3;
		}
		n = 1;
	} else {
		if (!count_unit(c, i, true, &n, &u, &after, &hy) || hy || n <= 0)
			return 0;
		if (tok_is(c, after, "later") || tok_is(c, after, "after"))
			sign = 1;
		else if (tok_is(c, after, "earlier") || tok_is(c, after, "before"))
			sign = -1;
		else
			return 0;
		/* "three days later than planned" compares; "a day after the
		 * vote" is a duration before an event. */
		if (((tok_is(c, after, "later") || tok_is(c, after, "earlier")) &&
		     tok_is(c, after + 1, "than")) ||
		    ((tok_is(c, after, "after") || tok_is(c, after, "before")) &&
		     !phrase_ends(c, after + 1)))
			return 0;
		b = count_mods_left(c, i);
		e = after + 1;
	}
	if (unknown_point(u) == NULL)
		return 0;
	/* Counted from the reference at its own precision (TimeML): a
	 * reference coarser than the unit ("in 2007 ... two days later")
	 * gives the unit's unknown point, never a date counted from another
	 * anchor; so does no reference at all. */
	struct nkg_ymd base = ago ? c->anchor : c->ref, keep = c->ref;
	int keep_q = c->ref_q;
	uint32_t keep_b = c->ref_b, keep_e = c->ref_e;
	if (!base.y || !shift_value(base, u, sign * n, buf, sizeof(buf))) {
		snprintf(buf, sizeof(buf), "%s", unknown_point(u));
		base.y = 0;
	} else if (u == U_DECADE && tok_is(c, i, "the") && base.y / 10 + sign >= 1) {
		/* "the following decade" names a decade: "187" after 1861 */
		snprintf(buf, sizeof(buf), "%03d", base.y / 10 + sign);
	} else if (!ago && u == U_YEAR && c->ref_q && base.y + sign * n >= 1) {
		/* "profit in the first quarter fell from a year earlier": the
		 * same quarter of that year (TimeML's "2008-Q1") */
		snprintf(buf, sizeof(buf), "%04d-Q%d", base.y + sign * n, c->ref_q);
	} else if (!ago && u == U_YEAR && base.m && !base.d && base.y + sign * n >= 1 &&
	           !(c->ref_b > c->first &&
	             (tok_is(c, c->ref_b - 1, "to") || tok_is(c, c->ref_b - 1, "ended") ||
	              tok_is(c, c->ref_b - 1, "ending") || tok_is(c, c->ref_b - 1, "through")))) {
		/* "pay rose 2.9 percent in January from a year earlier": that
		 * month of that year (not the end of "the six months to
		 * September") */
		snprintf(buf, sizeof(buf), "%04d-%02d", base.y + sign * n, base.m);
	}
	if (base.y)
		fmt_ref(&base, ref, sizeof(ref));
	int rc = emit_at(c, NKG_TIMEX_DATE, buf, base.y ? nkg_str_from_cstr(ref) : NKG_STR_NULL, b,
	                 e, 0.8f, "timex:ref-relative");
	/* Back in time the reference stays: "up from $2 a year earlier ...
	 * from $3 a year earlier" compare with one period, not a chain back in
	 * time.  Forward it moves, as a narrative does: "returned the
	 * following year and was appointed in October of that year". */
	if (sign < 0 || ago || !base.y) {
		c->ref = keep;
		c->ref_q = keep_q;
		c->ref_b = keep_b;
		c->ref_e = keep_e;
	}
	return rc > 0 ? (int)(e - i) : rc;
}

static bool clause_word(const struct tctx *c, uint32_t i);

/* "weekly", "every day", "each week", "every two weeks"; not "quarterly
 * profit" (an adjective before its noun). */
static int m_set(struct tctx *c, uint32_t i)
{
	static const struct {
		const char *w;
		const char *v;
	} adverbs[] = {{"hourly", "PT1H"}, {"daily", "P1D"},   {"nightly", "P1D"},
	               {"weekly", "P1W"},  {"monthly", "P1M"}, {"quarterly", "P3M"},
	               {"yearly", "P1Y"},  {"annually", "P1Y"}};
	char buf[32];
	struct nkg_str s = tok(c, i);
	/* Not in a name: "the Daily News", "Us Weekly". */
	bool in_name = tok_cap(c, i) && !(c->toks->toks[i].flags & NKG_TOK_SENT_START);
	/* Every adverb ends in "ly": most tokens skip the loop. */
	bool ly = s.len >= 5 && lower(s.ptr[s.len - 1]) == 'y' && lower(s.ptr[s.len - 2]) == 'l';
	for (size_t k = 0; k < sizeof(adverbs) / sizeof(adverbs[0]) && ly && !in_name; k++)
		if (eq_nocase(s, adverbs[k].w)) {
			/* "quarterly profit" qualifies a thing, as "annual" does:
			 * MEANTIME leaves adjectival ones unmarked. */
			if (eq_nocase(s, "quarterly") && !clause_word(c, i + 1))
				return 0;
			return emit(c, NKG_TIMEX_SET, adverbs[k].v, false, i, i + 1, 0.9f,
			            "timex:set-adverb");
		}
	/* "once a week", "twice a year", "three times a day", "four times per
	 * month": the whole phrase is the set (TimeML), valued by its period. */
	uint32_t k = i + 1;
	if ((s.len >= 4 && s.len <= 6 &&
	     (eq_nocase(s, "once") || eq_nocase(s, "twice") || eq_nocase(s, "thrice"))) ||
	    (tok_is(c, k, "times") && str_count(s) > 1 && k++))
		if (tok_is(c, k, "a") || tok_is(c, k, "an") || tok_is(c, k, "per") ||
		    tok_is(c, k, "every") || tok_is(c, k, "each")) {
			bool pl;
			enum unit pu = has(c, k + 1) ? str_unit(tok(c, k + 1), &pl) : U_NONE;
			if (pu != U_NONE && !pl) {
				duration_value(buf, sizeof(buf), 1, pu);
				return emit(c, NKG_TIMEX_SET, buf, false, i, k + 2, 0.9f,
				            "timex:set-times");
			}
		}
	if (!eq_nocase(s, "every") && !eq_nocase(s, "each"))
		return 0;
	/* "his every day life", "people's every day lives": "everyday" spelt
	 * apart, after a possessive. */
	if (i > c->first &&
	    ((c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE) || tok_is(c, i - 1, "his") ||
	     tok_is(c, i - 1, "her") || tok_is(c, i - 1, "their") || tok_is(c, i - 1, "our") ||
	     tok_is(c, i - 1, "my") || tok_is(c, i - 1, "your") || tok_is(c, i - 1, "its")))
		return 0;
	bool plural;
	enum unit u = has(c, i + 1) ? str_unit(tok(c, i + 1), &plural) : U_NONE;
	if (u != U_NONE && !plural) {
		duration_value(buf, sizeof(buf), 1, u);
		return emit(c, NKG_TIMEX_SET, buf, false, i, i + 2, 0.9f, "timex:set-every");
	}
	/* "every quarter": "P3M", as "quarterly" */
	if (tok_is(c, i + 1, "quarter") && !tok_is(c, i + 2, "of"))
		return emit(c, NKG_TIMEX_SET, "P3M", false, i, i + 2, 0.9f, "timex:set-every");
	/* "every other week": every second one, "P2W" */
	if (eq_nocase(s, "every") && tok_is(c, i + 1, "other") && has(c, i + 2) &&
	    (u = str_unit(tok(c, i + 2), &plural)) != U_NONE && !plural) {
		duration_value(buf, sizeof(buf), 2, u);
		return emit(c, NKG_TIMEX_SET, buf, false, i, i + 3, 0.9f, "timex:set-every");
	}
	/* "every night", "each morning": that part of every day */
	const char *part = has(c, i + 1) ? part_of_day(c, i + 1) : NULL;
	if (part) {
		snprintf(buf, sizeof(buf), "XXXX-XX-XX%s", part);
		return emit(c, NKG_TIMEX_SET, buf, false, i, i + 2, 0.9f, "timex:set-every");
	}
	int n;
	uint32_t after;
	bool hy;
	if (eq_nocase(s, "every") && has(c, i + 1) &&
	    count_unit(c, i + 1, false, &n, &u, &after, &hy) && !hy && n > 1) {
		duration_value(buf, sizeof(buf), n, u);
		return emit(c, NKG_TIMEX_SET, buf, false, i, after, 0.9f, "timex:set-every");
	}
	return 0;
}

/* A duration of n and a half units (n >= 0): "PT30M" for half an hour,
 * "PT12H" half a day, "P6M" half a year, decades and centuries in years;
 * n and a half in whole smaller units as the written, mbiz and geo
 * annotators write them ("an hour and a half" "PT1H30M", "a day and a
 * half" "PT36H", "two and a half years" "P2Y6M"), else the decimal TimeML
 * and ISO 8601 allow (seconds, weeks, months: "P2.5W"). */
static void half_value(char *buf, size_t cap, int n, enum unit u)
{
	if (n == 0) {
		switch (u) {
		case U_MINUTE: snprintf(buf, cap, "PT30S"); return;
		case U_HOUR: snprintf(buf, cap, "PT30M"); return;
		case U_DAY: snprintf(buf, cap, "PT12H"); return;
		case U_YEAR: snprintf(buf, cap, "P6M"); return;
		default: break;
		}
	}
	switch (u) {
	case U_SECOND: snprintf(buf, cap, "PT%d.5S", n); return;
	case U_MINUTE: snprintf(buf, cap, "PT%dM30S", n); return;
	case U_HOUR: snprintf(buf, cap, "PT%dH30M", n); return;
	case U_DAY: snprintf(buf, cap, "PT%dH", n * 24 + 12); return;
	case U_WEEK: snprintf(buf, cap, "P%d.5W", n); return;
	case U_MONTH: snprintf(buf, cap, "P%d.5M", n); return;
	case U_YEAR: snprintf(buf, cap, "P%dY6M", n); return;
	case U_DECADE: snprintf(buf, cap, "P%dY", n * 10 + 5); return;
	case U_CENTURY: snprintf(buf, cap, "P%dY", n * 100 + 50); return;
	case U_NONE: break;
	}
	buf[0] = '\0';
}

/* Halves and decimals: "half an hour", "half a century", "two and a half
 * years", "an hour and a half", "1.5 years".  Returns the tokens used (the
 * expression starts at i), 0 when there is none, or a negative error. */
static int half_duration(struct tctx *c, uint32_t i)
{
	char buf[32];
	bool plural;
	enum unit u;
	int n = -1;
	uint32_t e = 0;
	struct nkg_str s = tok(c, i);
	/* Every form has "half" first, "and" second or third, or a decimal */
	if (!(s.len == 4 || tok_is(c, i + 1, "and") || tok_is(c, i + 2, "and") ||
	      (c->toks->toks[i].flags & NKG_TOK_NUMBER)))
		return 0;
	if (eq_nocase(s, "half") && (tok_is(c, i + 1, "a") || tok_is(c, i + 1, "an")) &&
	    has(c, i + 2) && (u = str_unit(tok(c, i + 2), &plural)) != U_NONE && !plural) {
		n = 0; /* "half an hour" */
		e = i + 3;
	} else if (has(c, i + 4) && tok_is(c, i + 1, "and") && tok_is(c, i + 2, "a") &&
	           tok_is(c, i + 3, "half") && (n = str_count(s)) > 0 &&
	           (u = str_unit(tok(c, i + 4), &plural)) != U_NONE && plural) {
		e = i + 5; /* "two and a half years" */
	} else if ((eq_nocase(s, "a") || eq_nocase(s, "an") || eq_nocase(s, "one")) &&
	           has(c, i + 4) && (u = str_unit(tok(c, i + 1), &plural)) != U_NONE && !plural &&
	           tok_is(c, i + 2, "and") && tok_is(c, i + 3, "a") && tok_is(c, i + 4, "half")) {
		n = 1; /* "an hour and a half" */
		e = i + 5;
	} else if (s.len >= 3 && s.len <= 5 && (c->toks->toks[i].flags & NKG_TOK_NUMBER) &&
	           has(c, i + 1) && (u = str_unit(tok(c, i + 1), &plural)) != U_NONE && plural) {
		/* "1.5 years", "2.5 hours": only halves, as the words say them */
		const char *dot = memchr(s.ptr, '.', s.len);
		if (!dot || dot + 2 != s.ptr + s.len || dot[1] != '5' ||
		    !str_uint((struct nkg_str){s.ptr, (size_t)(dot - s.ptr)}, 2, &n))
			return 0;
		e = i + 2;
	} else {
		return 0;
	}
	half_value(buf, sizeof(buf), n, u);
	/* "a year and a half ago", "two and a half months ago": the date too,
	 * as for "two years ago" (emit_ago), at the precision a half allows:
	 * the month of the years' and months' ("2010-12" from June 2012), the
	 * week of the weeks' */
	char date[16];
	if (tok_is(c, e, "ago") && c->has_anchor && (u == U_YEAR || u == U_MONTH || u == U_WEEK)) {
		if (u == U_YEAR)
			fmt_month_shift(date, sizeof(date), c->anchor, -(12 * n + 6));
		else if (u == U_MONTH) /* n and a half months: 30 n + 15 days */
			fmt_month_shift(date, sizeof(date),
			                nkg_ymd_from_days(c->anchor_days - 30 * (int64_t)n - 15),
			                0);
		else
			fmt_week(date, sizeof(date), c->anchor_days - 7 * (int64_t)n - 3);
		int rc = emit_ago(c, date, true, count_mods_left(c, i), e, 0.8f, buf);
		return rc > 0 ? (int)(e + 1 - i) : rc;
	}
	int rc = emit(c, NKG_TIMEX_DURATION, buf, false, i, e, 0.8f, "timex:duration");
	return rc > 0 ? (int)(e - i) : rc;
}

/* The count of a clock unit in a compound duration: digits, a number
 * word, "a"/"an" (first part only), seconds also with decimals ("29.97");
 * *u its unit (second, minute, hour), *frac the decimals' text. */
static bool clock_count(const struct tctx *c, uint32_t i, bool first, int *n, enum unit *u,
                        struct nkg_str *frac)
{
	bool plural;
	struct nkg_str s = tok(c, i);
	frac->ptr = NULL;
	frac->len = 0;
	if (!has(c, i + 1))
		return false;
	*u = str_unit(tok(c, i + 1), &plural);
	if (*u != U_SECOND && *u != U_MINUTE && *u != U_HOUR)
		return false;
	if (first && (eq_nocase(s, "a") || eq_nocase(s, "an")))
		*n = 1;
	else if ((*n = str_count(s)) > 0)
		;
	else {
		const char *dot = memchr(s.ptr, '.', s.len);
		if (*u != U_SECOND || !dot || dot == s.ptr || dot + 1 == s.ptr + s.len ||
		    !str_uint((struct nkg_str){s.ptr, (size_t)(dot - s.ptr)}, 2, n))
			return false;
		for (const char *q = dot + 1; q < s.ptr + s.len; q++)
			if (!is_digit(*q))
				return false;
		frac->ptr = dot;
		frac->len = (size_t)(s.ptr + s.len - dot);
	}
	return *n == 1 ? !plural || *u == U_SECOND : plural;
}

/* Durations of two or three clock units, one TIMEX3 in whole units as
 * TimeML writes them: "[an hour and 45 minutes]" "PT1H45M", "[four hours
 * and 50 minutes]" "PT4H50M", "[2 hours 14 minutes 13 seconds]"
 * "PT2H14M13S", "[3 minutes 29.97 seconds]" "PT3M29.97S" (race times);
 * each unit smaller than the one before, "and" allowed between them; and
 * seconds with decimals alone, "[9.69 seconds]" "PT9.69S". */
static int compound_duration(struct tctx *c, uint32_t i)
{
	char buf[48];
	int n[3] = {0, 0, 0}; /* hours, minutes, seconds */
	struct nkg_str frac = {NULL, 0}, f;
	enum unit u, last = U_NONE;
	int parts = 0, v;
	uint32_t k = i;
	for (;;) {
		uint32_t j = k;
		if (parts && tok_is(c, j, "and"))
			j++;
		if (!clock_count(c, j, parts == 0, &v, &u, &f) || (parts && u >= last))
			break;
		n[U_HOUR - u] = v;
		frac = f;
		last = u;
		parts++;
		k = j + 2;
		if (f.len)
			break; /* decimals end it: the smallest unit */
	}
	/* one unit alone is m_duration's, but for seconds with decimals, a
	 * race time: "in [9.69 seconds]" "PT9.69S" */
	if (parts < 2 && !(parts == 1 && frac.len))
		return 0;
	int len = snprintf(buf, sizeof(buf), "PT");
	if (n[0])
		len += snprintf(buf + len, sizeof(buf) - (size_t)len, "%dH", n[0]);
	if (n[1])
		len += snprintf(buf + len, sizeof(buf) - (size_t)len, "%dM", n[1]);
	if (n[2] || frac.len)
		snprintf(buf + len, sizeof(buf) - (size_t)len, "%d%.*sS", n[2], (int)frac.len,
		         frac.ptr ? frac.ptr : "");
	int rc = emit(c, NKG_TIMEX_DURATION, buf, false, i, k, 0.8f, "timex:duration");
	return rc > 0 ? (int)(k - i) : rc;
}

/* "[a quarter century]", "[a quarter of a century]", "[a quarter-century]"
 * -> "P25Y" (not "a century"); "[a half-century]" -> "P50Y". */
static int quarter_century(struct tctx *c, uint32_t i)
{
	uint32_t e = 0;
	if (!tok_is(c, i, "a"))
		return 0;
	if (tok_is(c, i + 1, "quarter") && tok_is(c, i + 2, "century"))
		e = i + 3;
	else if (tok_is(c, i + 1, "quarter") && tok_is(c, i + 2, "of") && tok_is(c, i + 3, "a") &&
	         tok_is(c, i + 4, "century"))
		e = i + 5;
	else if (tok_is(c, i + 1, "quarter-century"))
		e = i + 2;
	else if (tok_is(c, i + 1, "half-century"))
		e = i + 2;
	if (!e)
		return 0;
	int rc = emit(c, NKG_TIMEX_DURATION, tok_is(c, i + 1, "half-century") ? "P50Y" : "P25Y",
	              false, i, e, 0.8f, "timex:duration");
	return rc > 0 ? (int)(e - i) : rc;
}

/* "a week", "an hour" elsewhere than after "for", "than", "over"...: a
 * duration (TimeML) when the phrase ends after the unit ("took a year.",
 * "a week since the shooting", "a year after making the playoffs", "a day
 * of mourning"), but not a rate ("$5 a day", "12 hours a day", "5% a
 * year": a set, m_rate), not "a second" (an ordinal too),
 * not a possessive ("a day's work"), a compound ("a day trip") or "a day
 * when" (a point). */
static bool a_unit_is_duration(const struct tctx *c, uint32_t i)
{
	static const char *const rate[] = {"once",    "twice",   "thrice",   "times",    "per",
	                                   "million", "billion", "trillion", "thousand", "hundred",
	                                   "percent", "%",       "dollars",  "euros",    "pounds",
	                                   "cents",   NULL};
	bool plural;
	enum unit u = has(c, i + 1) ? str_unit(tok(c, i + 1), &plural) : U_NONE;
	if (u == U_NONE || plural || u == U_SECOND)
		return false;
	if (i > c->first) {
		if ((c->toks->toks[i - 1].flags & NKG_TOK_NUMBER) || tok_in(c, i - 1, rate))
			return false;
		bool pl;
		if (str_unit(tok(c, i - 1), &pl) != U_NONE && pl)
			return false;
	}
	/* "an hour later", "a minute earlier": the length (points relative
	 * to the reference are counted in days and longer units only) */
	if (u < U_DAY && (tok_is(c, i + 2, "later") || tok_is(c, i + 2, "earlier")))
		return true;
	/* "there came a day when": an indefinite point, not a length */
	if (tok_is(c, i + 2, "when") ||
	    (has(c, i + 2) && (c->toks->toks[i + 2].flags & NKG_TOK_POSSESSIVE)))
		return false;
	return tok_is(c, i + 2, "of") || clause_word(c, i + 2);
}

/* The period of a rate: "2.4 million barrels [a day]", "150,000 cars [a
 * year]", "earn 200,000 euros [a year]", "60 euros [per day]": the set of
 * every such period (TimeML's SET, "P1D"), after an amount (a number, a
 * word of one, a currency or a plural noun) and closing its phrase (not
 * "a day after", "a year earlier", "a day of mourning"). */
static int m_rate(struct tctx *c, uint32_t i)
{
	static const char *const amount[] = {
	        "million", "billion", "trillion", "thousand", "hundred", "percent", "%",
	        "cents",   "dollars", "euros",    "pounds",   "yen",     "yuan",    NULL};
	static const char *const not_plural[] = {"was", "has", "is", "does", "this", "its",
	                                         "his", "us",  "as", "thus", "plus", NULL};
	char buf[16];
	bool plural;
	if (!(tok_is(c, i, "a") || tok_is(c, i, "an") || tok_is(c, i, "per")) || i <= c->first ||
	    !has(c, i + 1))
		return 0;
	enum unit u = str_unit(tok(c, i + 1), &plural);
	if (u == U_NONE || plural || u == U_SECOND || u > U_YEAR)
		return 0;
	static const char *const relative[] = {"of",    "after", "before", "later", "earlier",
	                                       "ago",   "since", "when",   "than",  "old",
	                                       "until", "or",    "-",      NULL};
	/* "300,000 vehicles [a year] once fully running", "5 billion euros
	 * [a year] without closing plants", "open 24 hours [a day] despite" */
	static const char *const goes_on[] = {"once",       "without",  "despite", "through",
	                                      "throughout", "starting", NULL};
	if ((c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) || tok_in(c, i + 2, relative) ||
	    !(clause_word(c, i + 2) || tok_in(c, i + 2, goes_on)))
		return 0;
	const struct nkg_token *p = &c->toks->toks[i - 1];
	struct nkg_str w = tok(c, i - 1);
	bool amt =
	        (p->flags & NKG_TOK_NUMBER) || tok_in(c, i - 1, amount) ||
	        ((p->flags & NKG_TOK_WORD) && !(p->flags & NKG_TOK_CAPITALIZED) &&
	         !(p->flags & NKG_TOK_POSSESSIVE) && w.len > 3 && lower(w.ptr[w.len - 1]) == 's' &&
	         lower(w.ptr[w.len - 2]) != 's' && lower(w.ptr[w.len - 2]) != 'u' &&
	         !tok_in(c, i - 1, not_plural) && str_unit(w, &plural) == U_NONE);
	/* "24 hours [a day]", "eight hours [a day]": a count of smaller units
	 * per period (not "two days a week"? that too: "[a week]") */
	enum unit pu = str_unit(w, &plural);
	if (!amt && pu != U_NONE && plural && pu < u && i >= c->first + 2 &&
	    ((c->toks->toks[i - 2].flags & NKG_TOK_NUMBER) || number_word(tok(c, i - 2)) > 0))
		amt = true;
	if (!amt)
		return 0;
	duration_value(buf, sizeof(buf), 1, u);
	return emit(c, NKG_TIMEX_SET, buf, false, i, i + 2, 0.8f, "timex:rate");
}

/* "left [before dawn]" without the preposition: "at dawn", "before
 * dawn", "until dawn", "by [early afternoon]", "by [evening]", "until
 * [late evening]": the part of the reference day (of the publication date
 * before any), dawn as the morning ("TMO"); "dawn raids" is no time. */
static int m_dawn(struct tctx *c, uint32_t i)
{
	static const char *const before_dawn[] = {"at",    "before", "by",   "until",
	                                          "after", "till",   "from", NULL};
	static const char *const before_part[] = {"by", "until", "till", NULL};
	char buf[32], ref[16];
	if (i <= c->first)
		return 0;
	uint32_t pi = tok_is(c, i, "early") || tok_is(c, i, "late") ? i + 1 : i;
	const char *part = NULL;
	if (tok_is(c, pi, "dawn") && tok_in(c, i - 1, before_dawn))
		part = "TMO";
	else if (tok_in(c, i - 1, before_part) && !tok_is(c, pi, "night"))
		part = part_of_day(c, pi);
	if (!part || tok_cap(c, pi) ||
	    !(clause_word(c, pi + 1) || tok_is(c, pi + 1, "under") || tok_is(c, pi + 1, "with")))
		return 0;
	struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
	/* "before [dawn Sunday]" is one expression, as "Sunday morning"; in
	 * "before [dawn] on [Sunday]" the dawn is that Sunday's */
	uint32_t wd = tok_is(c, pi + 1, "on") ? pi + 2 : pi + 1;
	int w = tok_cap(c, wd) ? nkg_weekday_number(tok(c, wd), NULL) : 0;
	if (w && c->has_anchor) {
		int64_t dd = c->anchor_days + weekday_by_tense(c, wd, wd > pi + 1 ? pi + 1 : i, w);
		day = nkg_ymd_from_days(dd);
		fmt_date(buf, sizeof(buf), day);
		strcat(buf, part);
		if (wd == pi + 1)
			return emit(c, NKG_TIMEX_TIME, buf, true, i, wd + 1, 0.8f,
			            "timex:part-of-day");
		return emit(c, NKG_TIMEX_TIME, buf, true, i, pi + 1, 0.7f, "timex:part-of-day");
	}
	if (!day.d) {
		snprintf(buf, sizeof(buf), "XXXX-XX-XX%s", part);
		return emit(c, NKG_TIMEX_TIME, buf, false, i, pi + 1, 0.7f, "timex:part-of-day");
	}
	fmt_date(buf, sizeof(buf), day);
	fmt_date(ref, sizeof(ref), day);
	strcat(buf, part);
	return emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, pi + 1, 0.7f,
	               "timex:part-of-day");
}

/* "overnight" as an adverb closing its phrase ("the bridge collapsed
 * [overnight].", "struck 200 targets [overnight] across Gaza"; not "an
 * overnight fire"): the night of the day last mentioned ("on Sunday ...
 * fell below freezing overnight"), the night before the publication date
 * when none was (its own night in a future sentence). */
static int m_overnight(struct tctx *c, uint32_t i)
{
	static const char *const after[] = {"in",   "after", "across", "and",   "until", "to",
	                                    "as",   "when",  "with",   "from",  "on",    "near",
	                                    "into", "amid",  "at",     "while", NULL};
	char buf[32], ref[16];
	if (!tok_is(c, i, "overnight") || i <= c->first || tok_cap(c, i) ||
	    (c->toks->toks[i - 1].flags & NKG_TOK_PUNCT) || tok_is(c, i - 1, "an") ||
	    tok_is(c, i - 1, "the") || tok_is(c, i - 1, "a"))
		return 0;
	if (has(c, i + 1) && !(c->toks->toks[i + 1].flags & NKG_TOK_PUNCT) &&
	    !tok_in(c, i + 1, after))
		return 0;
	struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
	if (!day.d)
		return emit(c, NKG_TIMEX_TIME, "XXXX-XX-XXTNI", false, i, i + 1, 0.7f,
		            "timex:part-of-day");
	fmt_date(ref, sizeof(ref), day);
	fmt_date(buf, sizeof(buf),
	         nkg_ymd_from_days(nkg_days_from_ymd(day) -
	                           (tense_at(c, i) > 0 || nkg_days_from_ymd(day) !=
	                                                          nkg_days_from_ymd(c->anchor)
	                                    ? 0
	                                    : 1)));
	strcat(buf, "TNI");
	int rc = emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, i + 1, 0.7f,
	                 "timex:part-of-day");
	c->ref = day; /* the reference stays, as for "the night before" */
	return rc;
}

/* A day or night counted or judged: "protests went on for [a fifth day]",
 * "rose 38 percent in [their first day] of trading", "police clashed with
 * them for [a second night]", "It's [a sad day]", "This is [a great day]
 * for Alabama": the reference day (the publication date before any), that
 * night "...TNI"; not "the first day of March" (a date of its own), nor
 * in a text without a date. */
static int m_nth_day(struct tctx *c, uint32_t i)
{
	static const char *const dets[] = {"a", "an", "the", "their", "its", "his", "her", NULL};
	static const char *const ords[] = {"first",    "second",  "third",  "fourth", "fifth",
	                                   "sixth",    "seventh", "eighth", "ninth",  "tenth",
	                                   "eleventh", "twelfth", NULL};
	static const char *const judged[] = {"great",   "sad",  "historic",  "huge",      "proud",
	                                     "tragic",  "big",  "momentous", "dark",      "black",
	                                     "special", "good", "bad",       "memorable", NULL};
	static const char *const copula[] = {"is", "was", "'s", "’s", "be", "been", NULL};
	char buf[32], ref[16];
	if (!tok_in(c, i, dets) || !has(c, i + 2))
		return 0;
	bool night = tok_is(c, i + 2, "night");
	if (!night && !tok_is(c, i + 2, "day"))
		return 0;
	if (c->toks->toks[i + 2].flags & NKG_TOK_POSSESSIVE)
		return 0;
	if (tok_in(c, i + 1, ords)) {
		/* "the first day of March", "the second day of the year" */
		if (tok_is(c, i + 3, "of") &&
		    (month_token(c, i + 4) || tok_is(c, i + 5, "year") ||
		     tok_is(c, i + 5, "month") || tok_is(c, i + 5, "week")))
			return 0;
	} else if (!(tok_in(c, i + 1, judged) && tok_is(c, i, "a") && i > c->first &&
	             tok_in(c, i - 1, copula))) {
		return 0;
	}
	if (!(clause_word(c, i + 3) || tok_is(c, i + 3, "of") ||
	      (c->toks->toks[i + 3].flags & NKG_TOK_PUNCT)))
		return 0;
	/* without a day to name it is no more than a count ("for the
	 * second day" of something undated): left unmarked */
	struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
	/* "It's [a sad day]" in the present: the day it is said on */
	bool today = !tok_in(c, i + 1, ords) && !tok_is(c, i - 1, "was") &&
	             !tok_is(c, i - 1, "been") && c->anchor.d;
	struct nkg_ymd keep = c->ref;
	if (today)
		day = c->anchor;
	if (!day.d)
		return 0;
	fmt_date(buf, sizeof(buf), day);
	fmt_date(ref, sizeof(ref), day);
	if (night)
		strcat(buf, "TNI");
	int rc = emit_at(c, night ? NKG_TIMEX_TIME : NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i,
	                 i + 3, 0.7f, "timex:nth-day");
	c->ref = keep;
	return rc;
}

/* Some day: "one day" after a modal is some future day, no duration:
 * "craters that could [one day] supply water", "would [one day] be bigger
 * than Walmart" (FUTURE_REF, as the Wikinews sets mark it). */
static bool some_day(const struct tctx *c, uint32_t i)
{
	static const char *const modal[] = {"will", "would", "could", "might",
	                                    "may",  "can",   "shall", NULL};
	return i > c->first && tok_is(c, i, "one") && tok_is(c, i + 1, "day") &&
	       tok_in(c, i - 1, modal) && has(c, i + 2) &&
	       (c->toks->toks[i + 2].flags & NKG_TOK_WORD) && !tok_cap(c, i + 2) &&
	       !tok_is(c, i + 2, "of") && !tok_is(c, i + 2, "and") && !tok_is(c, i + 2, "or");
}

/* "three days", "24 hours", "two-day", "several years". */
static int m_duration(struct tctx *c, uint32_t i)
{
	char buf[32];
	int n;
	enum unit u;
	uint32_t after;
	bool hy;
	if (some_day(c, i))
		return emit(c, NKG_TIMEX_DATE, "FUTURE_REF", false, i, i + 2, 0.7f,
		            "timex:reference");
	/* "a week" only as "for a week", "more than a week", "over a decade" (not
	 * "a year earlier", a point relative to another event). */
	bool allow_a = i > c->first && (tok_is(c, i - 1, "for") || tok_is(c, i - 1, "than") ||
	                                tok_is(c, i - 1, "over") || tok_is(c, i - 1, "nearly") ||
	                                tok_is(c, i - 1, "almost") || tok_is(c, i - 1, "within") ||
	                                tok_is(c, i - 1, "about"));
	/* "lost 9.6% in [a single day]" */
	if (!allow_a && tok_is(c, i, "a") && tok_is(c, i + 1, "single"))
		allow_a = true;
	if (!allow_a && (tok_is(c, i, "a") || tok_is(c, i, "an")))
		allow_a = a_unit_is_duration(c, i);
	/* Counts are digits or number words (number_word's first letters):
	 * most tokens skip the tests below. */
	struct nkg_str s = tok(c, i);
	bool count = (c->toks->toks[i].flags & NKG_TOK_NUMBER) ||
	             (s.len >= 3 && strchr("zotfsenh", lower(s.ptr[0])));
	if (count || s.len <= 2) {
		int rc = half_duration(c, i);
		if (!rc)
			rc = compound_duration(c, i);
		if (!rc)
			rc = quarter_century(c, i);
		if (rc)
			return rc;
	}
	/* "two nights" (on the mountain, of protests): days, "P2D", as every
	 * annotator of the written, geo and wnews sets counts them (TIMEX3
	 * durations have no night unit; "NI" is a part of a day's point). */
	if (count && tok_is(c, i + 1, "nights") && (n = str_count(tok(c, i))) >= 2 &&
	    !tok_is(c, i + 2, "ago")) {
		snprintf(buf, sizeof(buf), "P%dD", n);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 2, 0.8f, "timex:duration");
	}
	/* "three straight quarters (of profit)", "the past two quarters" ->
	 * "P3Q", "P2Q" (TimeML's quarter unit); not the fraction "three
	 * quarters of", nor a game's "3 1/2 quarters" */
	if (count && (n = str_count(tok(c, i))) >= 2 && n < 100) {
		uint32_t q = tok_is(c, i + 1, "straight") || tok_is(c, i + 1, "consecutive") ||
		                             tok_is(c, i + 1, "successive")
		                     ? i + 2
		                     : i + 1;
		/* (a game's quarters: "for 3 1/2 quarters") */
		bool fin = q == i + 2 || (i > c->first && tok_in(c, i - 1, span_words));
		if (fin && tok_is(c, q, "quarters") && !tok_is(c, q + 1, "ago") &&
		    !tok_is(c, q + 1, "later") && !tok_is(c, q + 1, "earlier")) {
			/* "[the first three quarters of this year]": the year is
			 * inside, as for "[the first nine months of the year]" */
			uint32_t e = q + 1;
			int py;
			uint32_t pn;
			if (tok_is(c, e, "of") && tok_is(c, e + 1, "the") &&
			    tok_is(c, e + 2, "year"))
				e += 3;
			else if (year_after_of(c, e, &py, &pn))
				e += pn;
			snprintf(buf, sizeof(buf), "P%dQ", n);
			int rc = emit(c, NKG_TIMEX_DURATION, buf, false, i, e, 0.8f,
			              "timex:duration");
			return rc > 0 ? (int)(e - i) : rc;
		}
	}
	/* "three to five years", "8-10 years", "two or three days": one
	 * expression.  Range duration: its value is a vague count, "PXY",
	 * "PXD", as every hand-marked set writes it (the written, geo,
	 * MEANTIME rest and ECB+ times: "two to three years" PXY, "1.5 to 2
	 * years" PXY, "three or four days" PXD); so is "[a minute or two]". */
	uint32_t b = i;
	int lo;
	bool range = false;
	/* (the dash may be doubled, "30 -- 40 days"; the lower bound a
	 * decimal, "1.5 to 2 years"); read only where a range can start */
	bool to = count && (tok_is(c, i + 1, "to") || tok_is(c, i + 1, "or") || is_dash(c, i + 1));
	uint32_t sep = 1;
	lo = -1;
	if (to) {
		sep = is_dash(c, i + 1) && is_dash(c, i + 2) ? 2 : 1;
		lo = str_count(tok(c, i));
		if (lo < 0 && (c->toks->toks[i].flags & NKG_TOK_NUMBER) &&
		    memchr(s.ptr, '.', s.len) && s.len <= 4)
			lo = 0; /* "1.5": below any whole upper bound but one */
	}
	if (to && has(c, i + 1 + sep) && lo >= 0 && lo < 1000 &&
	    count_unit(c, i + 1 + sep, false, &n, &u, &after, &hy) && !hy && n > lo && n > 1 &&
	    !tok_is(c, after, "ago") && !tok_is(c, after, "later") &&
	    !tok_is(c, after, "earlier")) {
		i += 1 + sep;
		range = true;
	} else if (!count_unit(c, i, allow_a, &n, &u, &after, &hy)) {
		return 0;
	}
	if (n == 0)
		return 0;
	int upper = !hy && n == 1 && tok_is(c, after, "or") && has(c, after + 1)
	                    ? str_count(tok(c, after + 1))
	                    : -1;
	if (upper > 1 && upper < 10 &&
	    !(has(c, after + 2) && str_unit(tok(c, after + 2), NULL) != U_NONE)) {
		after += 2; /* "a minute or two", "a day or two" */
		range = true;
	}
	if (range)
		n = -1;
	/* "for a second time", "a second term", "for a second checked bag"
	 * (an adjective, not a verb, after the ordinal): the ordinal. */
	if (u == U_SECOND && !hy && (tok_is(c, i, "a") || tok_is(c, i, "an")) &&
	    ((!clause_word(c, after) && !tok_is(c, after, "of")) ||
	     (is_past_verb(c, after) && !clause_word(c, after + 1))))
		return 0;
	/* "[the first nine months of the year]", "[the last six months of
	 * 2008]": the period the span is cut from is inside (TimeML) */
	int py;
	uint32_t pn;
	if (!hy && b > c->first && (tok_is(c, b - 1, "first") || tok_is(c, b - 1, "last")) &&
	    tok_is(c, after, "of")) {
		if (tok_is(c, after + 1, "the") && tok_is(c, after + 2, "year"))
			after += 3;
		else if (year_after_of(c, after, &py, &pn))
			after += pn;
	}
	duration_value(buf, sizeof(buf), n, u);
	int rc = emit(c, NKG_TIMEX_DURATION, buf, false, b, after, 0.9f, "timex:duration");
	return rc > 0 ? (int)(after - b) : rc;
}

/* ---- second round: clock times, parts of days, references, quarters, seasons -- */

/* The date part of an anchored value: "2020-01-24", or "XXXX-XX-XX". */
static void anchor_date(const struct tctx *c, char *buf, size_t cap, int64_t delta)
{
	if (c->has_anchor)
		fmt_date(buf, cap, nkg_ymd_from_days(c->anchor_days + delta));
	else
		snprintf(buf, cap, "XXXX-XX-XX");
}

/* "a.m.", "am", "p.m.", "pm", and "p." "m." split in two; *n tokens. */
static int meridiem(const struct tctx *c, uint32_t i, uint32_t *n)
{
	struct nkg_str s = has(c, i) ? tok(c, i) : NKG_STR_NULL;
	if (eq_nocase(s, "a.m.") || eq_nocase(s, "am") || eq_nocase(s, "a.m")) {
		*n = 1;
		return 1;
	}
	if (eq_nocase(s, "p.m.") || eq_nocase(s, "pm") || eq_nocase(s, "p.m")) {
		*n = 1;
		return 2;
	}
	if ((eq_nocase(s, "a.") || eq_nocase(s, "p.")) &&
	    (tok_is(c, i + 1, "m.") || tok_is(c, i + 1, "m"))) {
		*n = 2;
		return lower(s.ptr[0]) == 'a' ? 1 : 2;
	}
	return 0;
}

static bool is_utc(const struct tctx *c, uint32_t i)
{
	return tok_is(c, i, "UTC") || tok_is(c, i, "GMT") || tok_is(c, i, "Z");
}

/* A zone a clock time names: its offset from UTC in minutes, and for the
 * zones that change with summer (the United States' "ET", "PT"...) the
 * rule they change by.  Only UTC's is written in the value (zone_suffix);
 * the others' offsets go beside it (zone_offset, nkg_time.offset). */
enum zone_summer { ZONE_FIXED, ZONE_US };
struct zone {
	const char *name;
	int minutes;
	enum zone_summer summer;
};

/* The time zone after a clock time at token i: "UTC", "GMT", "Z"; "EST",
 * "ET", "CET", ...; "local time".  Returns the tokens used (0: none), which
 * the expression takes in (TimeML), and sets *z (NULL for "local time"). */
static uint32_t time_zone(const struct tctx *c, uint32_t i, const struct zone **z)
{
	static const struct zone zones[] = {
	        {"EST", -300, ZONE_FIXED}, {"EDT", -240, ZONE_FIXED}, {"CST", -360, ZONE_FIXED},
	        {"CDT", -300, ZONE_FIXED}, {"MST", -420, ZONE_FIXED}, {"MDT", -360, ZONE_FIXED},
	        {"PST", -480, ZONE_FIXED}, {"PDT", -420, ZONE_FIXED}, {"ET", -300, ZONE_US},
	        {"CT", -360, ZONE_US},     {"MT", -420, ZONE_US},     {"PT", -480, ZONE_US},
	        {"BST", 60, ZONE_FIXED},   {"CET", 60, ZONE_FIXED},   {"CEST", 120, ZONE_FIXED},
	        {"JST", 540, ZONE_FIXED},  {"AEST", 600, ZONE_FIXED}, {"AEDT", 660, ZONE_FIXED},
	        {"Z", 0, ZONE_FIXED}};
	*z = NULL;
	if (!has(c, i))
		return 0;
	if (is_utc(c, i)) {
		*z = &zones[sizeof(zones) / sizeof(zones[0]) - 1];
		return 1;
	}
	if (tok_is(c, i, "local") && tok_is(c, i + 1, "time"))
		return 2;
	struct nkg_str s = tok(c, i);
	if (s.len < 2 || s.len > 4 || !(c->toks->toks[i].flags & NKG_TOK_ALL_CAPS))
		return 0;
	for (size_t k = 0; k + 1 < sizeof(zones) / sizeof(zones[0]); k++) {
		if (nkg_str_eq(s, nkg_str_from_cstr(zones[k].name))) {
			*z = &zones[k];
			return 1;
		}
	}
	return 0;
}

/* Local zone, no offset: the value's suffix for zone z, "Z" for UTC and
 * "" for any other.  A local zone's offset stays out of the value, as the
 * time is the wall clock's: the hand-marked MEANTIME rest writes "12:30
 * EST" "2007-03-19T12:30" and the ECB+ annotators "4: 59 PM EDT" and
 * "11: 06 PM CEST" without offsets, who followed MEANTIME, whose own
 * parts write only UTC's "Z" ("14:58 UTC" "2008-09-20T14:58Z"). */
static void zone_suffix(const struct zone *z, char *out, size_t cap)
{
	out[0] = '\0';
	if (z && !strcmp(z->name, "Z"))
		snprintf(out, cap, "Z");
}

/* The United States keep summer time at hour h of day d: since 2007 from
 * 2 a.m. of the second Sunday of March to 2 a.m. of the first Sunday of
 * November, from 1987 to 2006 from the first Sunday of April to the last
 * Sunday of October (the repeated hour after 1 a.m. on the last day
 * counts as summer's); -1 before 1987. */
static int us_summer(struct nkg_ymd d, int h)
{
	int sm, sd, em, ed;
	if (d.y < 1987)
		return -1;
	if (d.y >= 2007) {
		sm = 3, em = 11;
		sd = 1 + (7 - nkg_weekday((struct nkg_ymd){d.y, 3, 1})) % 7 + 7;
		ed = 1 + (7 - nkg_weekday((struct nkg_ymd){d.y, 11, 1})) % 7;
	} else {
		sm = 4, em = 10;
		sd = 1 + (7 - nkg_weekday((struct nkg_ymd){d.y, 4, 1})) % 7;
		ed = 31 - nkg_weekday((struct nkg_ymd){d.y, 10, 31}) % 7;
	}
	int md = d.m * 100 + d.d, start = sm * 100 + sd, end = em * 100 + ed;
	if (md == start)
		return h >= 2;
	if (md == end)
		return h < 2;
	return md > start && md < end;
}

/* The offset from UTC of zone z at hour h of day d, "-04:00" (empty: UTC,
 * whose value says "Z" itself, no zone, or a summer rule the day does not
 * settle: no day, or before the rule). */
static void zone_offset(const struct zone *z, struct nkg_ymd d, int h, char *out, size_t cap)
{
	out[0] = '\0';
	if (!z || !strcmp(z->name, "Z"))
		return;
	int min = z->minutes;
	if (z->summer == ZONE_US) {
		int summer = d.y && d.d ? us_summer(d, h) : -1;
		if (summer < 0)
			return;
		min += 60 * summer;
	}
	int a = min < 0 ? -min : min;
	snprintf(out, cap, "%c%02d:%02d", min < 0 ? '-' : '+', a / 60, a % 60);
}

/* A clock time in one token: "11pm", "2.30am", "9.15a.m." (*h, *m and 1
 * for a.m., 2 for p.m.), or "9.15" (-1: a meridiem must follow); 0 when
 * it is neither.  The minutes are two digits, 00..59; *h is not checked. */
static int clock_token(struct nkg_str s, int *h, int *m)
{
	size_t k = 0, hd, md = 0;
	int hh = 0, mm = 0, mer = -1;
	while (k < s.len && k < 3 && is_digit(s.ptr[k]))
		hh = hh * 10 + (s.ptr[k++] - '0');
	hd = k;
	if (hd == 0 || hd > 2)
		return 0;
	if (k < s.len && s.ptr[k] == '.' && k + 2 < s.len && is_digit(s.ptr[k + 1])) {
		k++;
		while (k < s.len && is_digit(s.ptr[k]) && md < 3) {
			mm = mm * 10 + (s.ptr[k++] - '0');
			md++;
		}
		if (md != 2 || mm > 59)
			return 0;
	}
	struct nkg_str rest = {s.ptr + k, s.len - k};
	if (rest.len) {
		if (eq_nocase(rest, "am") || eq_nocase(rest, "a.m.") || eq_nocase(rest, "a.m"))
			mer = 1;
		else if (eq_nocase(rest, "pm") || eq_nocase(rest, "p.m.") || eq_nocase(rest, "p.m"))
			mer = 2;
		else
			return 0;
	} else if (!md) {
		return 0; /* a bare number */
	}
	*h = hh;
	*m = mm;
	return mer;
}

/* "midnight" at token i on day *day (T24:00, its end): "midnight
 * Saturday" is the night that ends Saturday, written as the next day's
 * first minute ("2008-03-30T00:00"); "expired at midnight", "began just
 * after midnight" the midnight that opened the day ("T00:00"), in the
 * future ("will expire at midnight") the one that ends it, written the
 * same way; "before" and "until midnight" stay its end ("landed shortly
 * before midnight", "will sit until midnight"). */
static void midnight_day(const struct tctx *c, uint32_t i, bool named_day, struct nkg_ymd *day,
                         int *h)
{
	if (named_day) {
		*day = nkg_ymd_from_days(nkg_days_from_ymd(*day) + 1);
		*h = 0;
		return;
	}
	uint32_t k = i > c->first && tok_is(c, i - 1, "just") ? i - 1 : i;
	if (!(k > c->first && (tok_is(c, k - 1, "at") || tok_is(c, k - 1, "after"))))
		return;
	/* "would cease to be legal tender at midnight", "the ceasefire takes
	 * effect at midnight", "the offer expires at midnight": the coming
	 * one, the next day's first minute */
	int tense = tense_at(c, i);
	if (tense > 0 || (tense == 0 && scheduled_present_before(c, k)))
		*day = nkg_ymd_from_days(nkg_days_from_ymd(*day) + 1);
	*h = 0;
}

/* The date at token k that names a clock time's day ("7 p.m. Friday, July
 * 24", "1:30 a.m. Feb. 1", "8:41 p.m. EST, Tue March 3, 2009"): the one
 * reader of a date after a clock time, parse_date_at's date as
 * resolve_month_day sets its year, and *de the token after it; with_year,
 * only a date that writes its year.  False when there is none. */
static bool clock_date_at(const struct tctx *c, uint32_t k, bool with_year, uint32_t *de,
                          struct nkg_ymd *r)
{
	int y, m, d;
	return parse_date_at(c, k, &y, &m, &d, de) && (y || !with_year) &&
	       resolve_month_day(c, y, m, d, k, r);
}

/* Stamp date after: a comma, a weekday (or its abbreviation) and a full
 * date with its year after a clock time are the time's day and one
 * expression with it, as a page stamps a story ("22:07 GMT, 7 July 2012",
 * "8:41 p.m. EST, Tue March 3, 2009"; the ECB+ annotators mark each as
 * one, as TimeML does "12:52 p.m. EDT May 2, 2013").  The year keeps out
 * a list ("at 5 p.m., July 4 ..."). */
static bool stamp_date_after(const struct tctx *c, uint32_t e, uint32_t *de, struct nkg_ymd *r)
{
	uint32_t k = e + 1;
	if (!tok_is(c, e, ","))
		return false;
	bool pl = false;
	if (has(c, k) && tok_cap(c, k) &&
	    ((nkg_weekday_number(tok(c, k), &pl) && !pl) || tok_in(c, k, weekday_abbrevs))) {
		k++;
		if (tok_is(c, k, "."))
			k++;
		if (tok_is(c, k, ","))
			k++;
	}
	return clock_date_at(c, k, true, de, r);
}

/* The minutes of a clock time that carry its meridiem, "30pm", "30p.m.",
 * or one letter of it as sports pages stamp "5:03p", "11:55a" (*m and 1
 * for a.m., 2 for p.m.); 0 when t is none or its minutes pass 59. */
static int minutes_meridiem(struct nkg_str t, int *m)
{
	int mer = 0, n_min;
	if (t.len == 3 && str_uint((struct nkg_str){t.ptr, 2}, 2, m) &&
	    (lower(t.ptr[2]) == 'a' || lower(t.ptr[2]) == 'p'))
		mer = lower(t.ptr[2]) == 'a' ? 1 : 2;
	else if (t.len > 2 && is_digit(t.ptr[1]) && !is_digit(t.ptr[2]) && t.ptr[2] != '.')
		mer = clock_token(t, m, &n_min);
	return mer > 0 && *m <= 59 ? mer : 0;
}

/* "17:59", or "17:59:13" when sec >= 0. */
static void fmt_clock(char *buf, size_t cap, int h, int m, int sec)
{
	if (sec >= 0)
		snprintf(buf, cap, "%02d:%02d:%02d", h, m, sec);
	else
		snprintf(buf, cap, "%02d:%02d", h, m);
}

/* Reads the clock time at token i, "14:58", "0800 UTC", "9:45 a.m.", "3
 * p.m.", "noon", "midnight", into *k: false when there is none.  A bare
 * "10:00" is one only after "at" or "by", before a zone or "local", or
 * after_date (right after a day's date, date_with_clock: "26 September
 * 2013, 10:00").  Changes nothing in c. */
static bool read_clock(const struct tctx *c, uint32_t i, bool after_date, struct clock_read *k)
{
	static const char *const clock_preps[] = {"at",      "until", "till",  "by",     "before",
	                                          "after",   "from",  "since", "around", "about",
	                                          "between", "and",   "to",    NULL};
	int h = -1, m = 0, sec = -1, glued = 0;
	uint32_t e = i + 1, n;
	struct nkg_str s = tok(c, i);
	if (eq_nocase(s, "noon") || eq_nocase(s, "midday") || eq_nocase(s, "mid-day")) {
		h = 12;
	} else if (eq_nocase(s, "midnight")) {
		/* Midnight rules: "midnight regulations", "the midnight rule"
		 * are a departing government's last rules, no time of day */
		uint32_t r = tok_is(c, i + 1, "hour") ? i + 2 : i + 1;
		if (tok_is(c, r, "regulation") || tok_is(c, r, "regulations") ||
		    tok_is(c, r, "rule") || tok_is(c, r, "rules") || tok_is(c, r, "rulemaking"))
			return false;
		h = 24;
	} else if (tok_is(c, i + 1, ":") && str_uint(s, 2, &h) && has(c, i + 2) &&
	           tok(c, i + 2).len == 2 && str_uint(tok(c, i + 2), 2, &m)) {
		e = i + 3;
		if (h > 23 || m > 59)
			return false;
		/* "5: 59: 13 PM": seconds, a web page's stamp */
		if (tok_is(c, e, ":") && has(c, e + 1) && tok(c, e + 1).len == 2 &&
		    str_uint(tok(c, e + 1), 2, &sec) && sec <= 59)
			e += 2;
		else
			sec = -1;
	} else if (s.len == 4 && str_uint(s, 4, &h) && is_utc(c, i + 1)) {
		m = h % 100;
		h /= 100;
		if (h > 23 || m > 59)
			return false;
	} else if (str_uint(s, 2, &h) && meridiem(c, i + 1, &n)) {
		if (h < 1 || h > 12)
			return false;
	} else if ((str_uint(s, 2, &h) || (h = number_word(s)) > 0) && h >= 1 && h <= 12 &&
	           (tok_is(c, i + 1, "o'clock") ||
	            tok_is(c, i + 1,
	                   "o\xe2\x80\x99"
	                   "clock") ||
	            (!(c->toks->toks[i].flags & NKG_TOK_NUMBER) && i > c->first &&
	             tok_in(c, i - 1, clock_preps) && tok_is(c, i + 1, "in") &&
	             tok_is(c, i + 2, "the") &&
	             (tok_is(c, i + 3, "morning") || tok_is(c, i + 3, "afternoon") ||
	              tok_is(c, i + 3, "evening")) &&
	             (!has(c, i + 4) || !(c->toks->toks[i + 4].flags & NKG_TOK_WORD) ||
	              clause_word(c, i + 4))))) {
		/* "3 o'clock", "five o'clock", "3 o'clock in the afternoon" (a
		 * p.m. hour); a number word with the part of the day after a
		 * preposition of time, "at [five in the morning]", "until [three
		 * in the morning]", "at [four in the afternoon]" (TimeML: one
		 * TIME, "T05:00", "T16:00"; not "scored two in the morning
		 * session") */
		e = tok_is(c, i + 1, "in") ? i + 1 : i + 2;
		if (tok_is(c, e, "in") && tok_is(c, e + 1, "the") &&
		    (tok_is(c, e + 2, "morning") || tok_is(c, e + 2, "afternoon") ||
		     tok_is(c, e + 2, "evening"))) {
			if (!tok_is(c, e + 2, "morning") && h < 12)
				h += 12;
			else if (tok_is(c, e + 2, "morning") && h == 12)
				h = 0;
			e += 3;
		} else if (tok_is(c, e, "at") && tok_is(c, e + 1, "night") && h >= 6 && h < 12) {
			h += 12;
			e += 2;
		}
	} else if ((glued = clock_token(s, &h, &m)) != 0) {
		/* "11pm", "2.30am"; "9.15" only before "a.m."/"p.m." */
		if (glued < 0 && !meridiem(c, i + 1, &n))
			return false;
	} else if (tok_is(c, i + 1, ":") && str_uint(s, 2, &h) && has(c, i + 2) &&
	           (glued = minutes_meridiem(tok(c, i + 2), &m)) > 0) {
		/* "7:30pm" is "7", ":", "30pm": the minutes carry the meridiem */
		e = i + 3;
	} else {
		return false;
	}
	int mer = glued > 0 ? glued : meridiem(c, e, &n);
	if (glued > 0) {
		if (h < 1 || h > 12)
			return false;
		h = (h % 12) + (mer == 2 ? 12 : 0);
	} else if (mer) {
		if (h < 1 || h > 12)
			return false;
		h = (h % 12) + (mer == 2 ? 12 : 0);
		e += n;
	} else if ((e == i + 3 || sec >= 0) && !is_utc(c, e) && !tok_is(c, i - 1, "at") &&
	           !tok_is(c, i - 1, "by") && !tok_is(c, e, "local") && !after_date) {
		return false; /* "3:1" scores, "14:05 left" */
	}
	*k = (struct clock_read){h, m, sec, e};
	return true;
}

/* Emits the clock time clk read at token i (read_clock) on its day, with the
 * zone, the weekday or the date after it. */
static int emit_clock(struct tctx *c, uint32_t i, const struct clock_read *clk)
{
	char buf[128], date[16], hm[40]; /* room for what the compiler cannot bound */
	int h = clk->h, m = clk->m, sec = clk->sec;
	uint32_t e = clk->e;
	/* The day is the reference time's (TimeML): the last day the
	 * narrative mentioned (clock_ref), else the last day mentioned, else
	 * the publication date. */
	struct nkg_ymd day = c->clock_ref.d ? c->clock_ref : c->ref.d ? c->ref : c->anchor;
	/* ...but a day told in an earlier sentence is often another event's
	 * ("... to ground the fleet on Saturday.  The first flight left at
	 * [about 2 p.m.]" on Monday, the story's day; "Some had waited since
	 * [6 a.m.]"): a clock time whose own sentence gives no day is on the
	 * story's day, the first day its body tells (topic_day: not the
	 * headline's nor the dateline's), else on the publication date.
	 * Only when the day told before was a flashback's ("had grounded")
	 * or of an earlier paragraph: right after a day the narrative tells
	 * ("The quake struck on Saturday. It hit at [4:15 a.m.]") the clock
	 * time elaborates that day. */
	if (c->has_anchor && !(c->clock_ref.d && c->clock_ref_at >= c->first) &&
	    (!c->clock_ref.d || c->clock_ref_back || new_paragraph_since(c, c->clock_ref_at)))
		day = c->topic_day.d ? c->topic_day : c->anchor;
	if (quoted_habit(c, i) || curfew_hours(c, i, e))
		day = (struct nkg_ymd){0, 0, 0};
	char zone[16] = "";
	const struct zone *tz;
	e += time_zone(c, e, &tz);
	/* "7 p.m. Friday", "midnight Saturday": one expression on that day. */
	bool pl = false;
	int w = tok_cap(c, e) ? nkg_weekday_number(tok(c, e), &pl) : 0;
	uint32_t de;
	struct nkg_ymd r;
	if (w && !pl && c->has_anchor) {
		day = nkg_ymd_from_days(c->anchor_days + weekday_by_tense(c, e, i, w));
		/* "7 p.m. Friday, July 24": the date names the day */
		if (clock_date_at(c, e + 1 + tok_is(c, e + 1, ","), false, &de, &r))
			day = r;
		e++;
		if (part_of_day(c, e)) /* "7 p.m. Wednesday night" */
			e++;
	} else if (w && !pl) {
		e++;
		if (part_of_day(c, e))
			e++;
		zone_suffix(tz, zone, sizeof(zone));
		zone_offset(tz, (struct nkg_ymd){0, 0, 0}, h, c->offset, sizeof(c->offset));
		fmt_clock(hm, sizeof(hm), h, m, sec);
		snprintf(buf, sizeof(buf), "XXXX-WXX-%dT%s%s", w, hm, zone);
		return emit(c, NKG_TIMEX_TIME, buf, false, i, e, 0.8f, "timex:clock");
	} else if (clock_date_at(c, e, false, &de, &r)) {
		/* "1:30 a.m. Feb. 1": one expression on that date */
		day = r;
		e = de;
	} else if (stamp_date_after(c, e, &de, &r)) {
		day = r;
		e = de;
	} else if (tok_is(c, e, "on") && clock_date_at(c, e + 1, false, &de, &r)) {
		day = r; /* "1:30 a.m. on February 1": the date is its own expression */
	} else if (tok_is(c, e, "on") && c->has_anchor && tok_cap(c, e + 1) &&
	           (w = nkg_weekday_number(tok(c, e + 1), &pl)) && !pl) {
		/* "3 p.m. on Sunday, July 26": the date names the day */
		if (clock_date_at(c, e + 2 + tok_is(c, e + 2, ","), false, &de, &r))
			day = r;
		else
			day = nkg_ymd_from_days(c->anchor_days +
			                        weekday_by_tense(c, e + 1, e + 1, w));
	} else if (c->has_anchor) {
		/* "6 a.m. tomorrow", "8 p.m. yesterday", "6 p.m. last night",
		 * "6 a.m. this morning": the day told after the time is its
		 * own expression, and the time's day (review17 F1, F7),
		 * even in a quotation or a curfew's hours. */
		int64_t back = clock_day_after(c, e);
		if (back != CLOCK_NO_DAY)
			day = nkg_ymd_from_days(c->anchor_days + back);
	}
	if (h == 24 && day.y && day.d)
		midnight_day(c, i, w && !pl && c->has_anchor, &day, &h);
	zone_suffix(tz, zone, sizeof(zone));
	zone_offset(tz, day, h, c->offset, sizeof(c->offset));
	fmt_clock(hm, sizeof(hm), h, m, sec);
	if (!day.y && day.d) {
		snprintf(buf, sizeof(buf), "XXXX-%02d-%02dT%s%s", day.m, day.d, hm, zone);
		return emit(c, NKG_TIMEX_TIME, buf, false, i, e, 0.8f, "timex:clock");
	}
	if (day.d)
		fmt_date(date, sizeof(date), day);
	else
		snprintf(date, sizeof(date), "XXXX-XX-XX");
	snprintf(buf, sizeof(buf), "%sT%s%s", date, hm, zone);
	char ref[16];
	fmt_date(ref, sizeof(ref), day);
	return emit_at(c, NKG_TIMEX_TIME, buf, day.d ? nkg_str_from_cstr(ref) : NKG_STR_NULL, i, e,
	               0.9f, "timex:clock");
}

/* Clock times: "14:58 UTC", "0800 UTC", "9:45 a.m.", "3 p.m.", "noon",
 * "midnight" -> the publication date with the time ("2008-09-20T14:58Z"
 * in UTC, else local "2020-01-24T15:00"). */
static int m_clock(struct tctx *c, uint32_t i)
{
	struct clock_read k;
	return read_clock(c, i, false, &k) ? emit_clock(c, i, &k) : 0;
}

/* Past, present and future references: "now", "currently" (PRESENT_REF),
 * "recently", "more recently", "previously", "in the past" (PAST_REF),
 * "soon", "later", "in the future", "the near term" (FUTURE_REF). */
/* The adjectives "current" and "recent" before their noun: "the [current]
 * financial situation", "Apple's [current] OS", "[Current] PowerPC
 * programs", "the [recent] slump", "inked [recent] deals" (MEANTIME marks
 * them PRESENT_REF and PAST_REF).  Not the noun ("a strong current", "the
 * current carried him"), not "the current quarter", "recent years" (the
 * unit's matchers own them), not offices and accounts ("the bloc's current
 * chairman", "the current account"), "current levels", "recent history"
 * or "recent memory"; not graded ("the most recent"), and "recent" not
 * after a possessive noun ("PC World's recent analysis": GUM leaves it;
 * "Aeroflot's [current] fleet" is marked, though MEANTIME's dev articles
 * once leave "the nation's current ageing fleet"). */
static bool word_ing(const struct tctx *c, uint32_t i)
{
	struct nkg_str w = tok(c, i);
	return w.len > 4 && eq_nocase((struct nkg_str){w.ptr + w.len - 3, 3}, "ing");
}

static bool current_or_recent(const struct tctx *c, uint32_t i)
{
	static const char *const not_after_current[] = {
	        "account",        "accounts",     "assets",     "liabilities", "chairman",
	        "chairwoman",     "chair",        "president",  "champion",    "champions",
	        "holder",         "holders",      "title",      "leader",      "head",
	        "members",        "member",       "ceo",        "chief",       "coach",
	        "captain",        "owner",        "owners",     "director",    "manager",
	        "minister",       "secretary",    "governor",   "mayor",       "prime",
	        "editor",         "levels",       "level",      "affairs",     "flows",
	        "flow",           "rate",         "rates",      "user",        "users",
	        "ambassador",     "envoy",        "striker",    "player",      "players",
	        "boss",           "commissioner", "senator",    "spokesman",   "spokeswoman",
	        "representative", "squad",        "midfielder", "defender",    "goalkeeper",
	        "winger",         "forward",      NULL};
	static const char *const not_a_time_head[] = {
	        "account", "accounts", "assets", "liabilities", "levels", "level", "affairs",
	        "flows",   "flow",     "rate",   "rates",       "user",   "users", NULL};
	static const char *const before_current[] = {
	        "the",    "a",     "an",      "its",     "their", "his",   "her",   "our",
	        "my",     "your",  "this",    "these",   "that",  "those", "under", "at",
	        "in",     "from",  "with",    "by",      "for",   "on",    "to",    "about",
	        "into",   "amid",  "despite", "during",  "over",  "and",   "or",    "main",
	        "entire", "whole", "only",    "overall", NULL};
	static const char *const not_after_recent[] = {"history", "memory", "past", "times", NULL};
	static const char *const graded[] = {"most",   "more", "less", "relatively",
	                                     "fairly", "very", "so",   NULL};
	bool recent = tok_is(c, i, "recent");
	if (!recent && !tok_is(c, i, "current"))
		return false;
	/* "recent" is no noun: a plural after it is its noun ("the recent
	 * falls"), not a verb */
	struct nkg_str w = has(c, i + 1) ? tok(c, i + 1) : NKG_STR_NULL;
	bool plural_noun = recent && w.len > 3 && lower(w.ptr[w.len - 1]) == 's' &&
	                   !tok_is(c, i + 1, "was") && !tok_is(c, i + 1, "has") &&
	                   !tok_is(c, i + 1, "does");
	if (!has(c, i + 1) || !(c->toks->toks[i + 1].flags & NKG_TOK_WORD) ||
	    (!tok_cap(c, i + 1) && clause_word(c, i + 1) && !plural_noun) ||
	    str_unit(tok(c, i + 1), NULL) != U_NONE ||
	    tok_in(c, i + 1, recent ? not_after_recent : not_after_current))
		return false;
	if (!recent) {
		static const char *const object[] = {"the", "a",     "an",  "his",  "her",
		                                     "its", "their", "him", "them", NULL};
		static const char *const particle[] = {
		        "away", "along",   "downstream", "upstream", "north", "south", "east",
		        "west", "through", "across",     "out",      "off",   "down",  NULL};
		bool opens = i == c->first || (c->toks->toks[i].flags & NKG_TOK_SENT_START);
		/* the noun, water's or electricity's: "the current of the
		 * river", "the current carries debris downstream" (an -s verb
		 * before its object or a particle), "an electric current",
		 * "the ocean current" (a word before it that is no determiner,
		 * possessive or preposition) */
		bool s_verb = !opens && (tok_is(c, i - 1, "the") || tok_is(c, i - 1, "a")) &&
		              !tok_cap(c, i + 1) && w.len > 3 && lower(w.ptr[w.len - 1]) == 's' &&
		              !strchr("siu", lower(w.ptr[w.len - 2])) &&
		              (tok_in(c, i + 2, object) || tok_in(c, i + 2, particle) ||
		               tok_in(c, i + 3, particle));
		if (tok_is(c, i + 1, "of") || s_verb ||
		    !(opens || tok_in(c, i - 1, before_current) ||
		      (c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE) ||
		      !(c->toks->toks[i - 1].flags & NKG_TOK_WORD) || is_past_verb(c, i - 1)))
			return false;
		/* "Shares in [Current Media]": a name */
		if (!opens && tok_cap(c, i) && tok_cap(c, i + 1))
			return false;
		/* a rate or an account behind a modifier: "at current
		 * exchange rates", "the current trade account" (the head noun
		 * is checked; an office behind a name is marked, as MEANTIME's
		 * dev articles mark "current Apple CEO Steve Jobs") */
		for (uint32_t k = i + 2; k <= i + 3 && has(c, k); k++) {
			if (!(c->toks->toks[k].flags & NKG_TOK_WORD) ||
			    (!tok_cap(c, k) && clause_word(c, k)))
				break;
			if (tok_in(c, k, not_a_time_head))
				return false;
		}
	}
	/* "the current financial year", "its recent fiscal quarter": the
	 * period's matchers own them */
	if ((tok_is(c, i + 1, "fiscal") || tok_is(c, i + 1, "financial") ||
	     tok_is(c, i + 1, "calendar")) &&
	    has(c, i + 2) && str_unit(tok(c, i + 2), NULL) != U_NONE)
		return false;
	if (i > c->first && tok_in(c, i - 1, graded))
		return false;
	return !recent || i == c->first || !(c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE);
}

/* "the future" as a noun with its determiner, wherever it stands: "[the
 * future] of notebooks", "a bet on [the future]", "Nokia ties [its
 * future] to Microsoft", "worried about [their future]", "[the
 * company's future]", "for [the foreseeable future]", "[a future] in
 * which" (TimeML's FUTURE_REF, as MEANTIME's and the written set's
 * annotators mark them; "in [the future]" and "[the near future]" have
 * their own rules).  Not the adjective before its noun ("the future
 * king", "a future date", "its future growth"): the word after "future"
 * is no lowercase word outside a short list of those that follow a noun.
 * Returns the end token, 0 when there is none at token i. */
static uint32_t future_noun(const struct tctx *c, uint32_t i)
{
	static const char *const dets[] = {"the", "a",   "its",  "their", "our",
	                                   "his", "her", "your", "my",    NULL};
	static const char *const adjs[] = {"foreseeable", "distant",   "immediate", "uncertain",
	                                   "bright",      "long-term", NULL};
	static const char *const after_noun[] = {
	        "of",      "for",    "in",      "and",    "or",    "but",    "is",      "was",
	        "looks",   "look",   "remains", "remain", "seems", "seemed", "will",    "would",
	        "as",      "at",     "on",      "with",   "to",    "than",   "that",    "he",
	        "she",     "it",     "they",    "we",     "were",  "has",    "had",     "holds",
	        "lies",    "where",  "when",    "which",  "after", "if",     "because", "under",
	        "without", "beyond", "during",  "until",  "while", "unless", "before",  "since",
	        "despite", "amid",   NULL};
	uint32_t f = i + 1;
	if (!tok_in(c, i, dets))
		return 0;
	/* "the company's future": the owner between the article and the noun */
	if (tok_is(c, i, "the") && has(c, i + 2) && !tok_cap(c, i + 1) &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_WORD) &&
	    (c->toks->toks[i + 2].flags & NKG_TOK_POSSESSIVE))
		f = i + 3;
	else if (tok_in(c, f, adjs))
		f++;
	if (!tok_is(c, f, "future") || (i > c->first && tok_is(c, i - 1, "in") && f == i + 1))
		return 0;
	/* any other word after it, capitalised too, makes "future" an
	 * adjective: "the future Prime Minister", "the future King Charles" */
	if (has(c, f + 1) && (c->toks->toks[f + 1].flags & NKG_TOK_WORD) &&
	    !tok_in(c, f + 1, after_noun))
		return 0;
	/* "the future and former members": coordinated adjectives of times */
	static const char *const paired[] = {"former", "past", "current", "present", NULL};
	if ((tok_is(c, f + 1, "and") || tok_is(c, f + 1, "or")) && tok_in(c, f + 2, paired))
		return 0;
	/* not a name's word ("the Future Fund", "Future Group"): lowercase */
	if (tok_cap(c, f) && f != c->first)
		return 0;
	return f + 1;
}

/* Bare later: the adverb "later" on its own, not opening a participle
 * clause ("[later] revealing he had...", MEANTIME's). */
static bool bare_later(const struct tctx *c, uint32_t i)
{
	return !(has(c, i + 1) && word_ing(c, i + 1));
}

/* "would"/"could" before token i in its sentence: a future told in the
 * past ("said it would announce bans [soon]"), still ahead of the saying. */
static bool would_before(const struct tctx *c, uint32_t i)
{
	for (uint32_t k = i; k > c->first && i - k < 6; k--)
		if (tok_is(c, k - 1, "would") || tok_is(c, k - 1, "could"))
			return true;
	return false;
}

/* Soon in the story: "soon" at token i tells the narrative's next step,
 * not a future: in a past sentence (no "would" before it) before a past
 * verb or "thereafter" ("reports [soon] surfaced", "arrived soon
 * thereafter"), after "was"/"were" ("were soon working again"), or
 * opening a clause ("and soon the entire roof was engulfed").  Not a
 * future told in the past: "was unlikely to earn a profit soon", "called
 * for an election to be held soon" (the written gold marks those). */
static bool soon_in_story(const struct tctx *c, uint32_t i)
{
	if (tense_at(c, i) >= 0 || would_before(c, i))
		return false;
	return is_past_verb(c, i + 1) || tok_is(c, i + 1, "thereafter") ||
	       tok_is(c, i + 1, "afterwards") || tok_is(c, i + 1, "afterward") || i == c->first ||
	       tok_is(c, i - 1, "was") || tok_is(c, i - 1, "were") || tok_is(c, i - 1, "and") ||
	       tok_is(c, i - 1, "but") || tok_is(c, i - 1, ",");
}

static int m_reference(struct tctx *c, uint32_t i)
{
	static const struct {
		const char *w;
		const char *v;
	} words[] = {{"now", "PRESENT_REF"},      {"currently", "PRESENT_REF"},
	             {"nowadays", "PRESENT_REF"}, {"presently", "PRESENT_REF"},
	             {"recently", "PAST_REF"},    {"lately", "PAST_REF"},
	             {"soon", "FUTURE_REF"},      {"later", "FUTURE_REF"}};
	struct nkg_str s = tok(c, i);
	if ((tok_is(c, i, "the") && tok_is(c, i + 1, "past") && !has(c, i + 2)) ||
	    (tok_is(c, i, "the") && tok_is(c, i + 1, "near") &&
	     (tok_is(c, i + 2, "future") || tok_is(c, i + 2, "term"))))
		return emit(c, NKG_TIMEX_DATE, tok_is(c, i + 1, "past") ? "PAST_REF" : "FUTURE_REF",
		            false, i, i + (tok_is(c, i + 1, "past") ? 2 : 3), 0.8f,
		            "timex:reference");
	/* "at [the moment]" (now; ECB+ and GUM mark it),
	 * "at [one point]" in a past sentence (MEANTIME: PAST_REF), "in [the
	 * long term]", "over [the short term]" (as "the near term") */
	if (i > c->first && i - 1 >= c->floor) {
		/* not "at the moment of impact", "at the moment when it fell" */
		static const char *const not_now[] = {"of",    "when", "that", "where",
		                                      "which", "he",   "she",  "it",
		                                      "they",  "we",   "i",    NULL};
		if (tok_is(c, i, "the") && tok_is(c, i + 1, "moment") && tok_is(c, i - 1, "at") &&
		    !tok_in(c, i + 2, not_now))
			return emit(c, NKG_TIMEX_DATE, "PRESENT_REF", false, i, i + 2, 0.7f,
			            "timex:reference");
		/* "at [this point]" (now, as "at the moment"), not in a past
		 * narrative ("At this point, the police said") nor "at this
		 * point in his career" */
		static const char *const place[] = {"in",    "near", "on", "along",
		                                    "where", "than", "of", NULL};
		/* Now phrases: "at [this time]" is now as "at this point" (the
		 * ECB+ annotators mark it by MEANTIME's conventions: "We are
		 * providing consular assistance at this time"), in a quotation
		 * by the quoted clause's tense, not the saying's ("\"We
		 * appreciate your privacy at this time,\" he said"), not "at this
		 * time of year", "at this time last year" */
		if (tok_is(c, i, "this") &&
		    (tok_is(c, i + 1, "point") ||
		     (tok_is(c, i + 1, "time") && !tok_is(c, i + 2, "last") &&
		      !tok_is(c, i + 2, "next") && !tok_is(c, i + 2, "tomorrow") &&
		      !tok_is(c, i + 2, "yesterday"))) &&
		    tok_is(c, i - 1, "at") && !tok_in(c, i + 2, not_now) &&
		    !tok_in(c, i + 2, place) &&
		    (in_quote(c, i) ? quote_tense(c, i) >= 0 : tense_at(c, i) >= 0))
			return emit(c, NKG_TIMEX_DATE, "PRESENT_REF", false, i, i + 2, 0.7f,
			            "timex:reference");
		if (tok_is(c, i, "one") && tok_is(c, i + 1, "point") && tok_is(c, i - 1, "at") &&
		    !tok_in(c, i + 2, not_now) && tense_at(c, i) < 0)
			return emit(c, NKG_TIMEX_DATE, "PAST_REF", false, i, i + 2, 0.7f,
			            "timex:reference");
		if (tok_is(c, i, "the") && tok_is(c, i + 2, "term") &&
		    (tok_is(c, i + 1, "long") || tok_is(c, i + 1, "short") ||
		     tok_is(c, i + 1, "medium") || tok_is(c, i + 1, "longer") ||
		     tok_is(c, i + 1, "shorter")) &&
		    (tok_is(c, i - 1, "in") || tok_is(c, i - 1, "over") ||
		     tok_is(c, i - 1, "for")) &&
		    phrase_ends(c, i + 3))
			return emit(c, NKG_TIMEX_DATE, "FUTURE_REF", false, i, i + 3, 0.7f,
			            "timex:reference");
	}
	/* Now phrases: "[right now]" is one PRESENT_REF (the written gold and
	 * the ECB+ annotators mark both words); "[these days]" is now ("sells
	 * more cars in China than in America [these days]"), not days named
	 * before ("during these days", "these days of protest") */
	if (tok_is(c, i, "right") && tok_is(c, i + 1, "now") && !tok_is(c, i + 2, "that"))
		return emit(c, NKG_TIMEX_DATE, "PRESENT_REF", false, i, i + 2, 0.8f,
		            "timex:reference");
	static const char *const over_days[] = {"for",   "during", "over",  "within", "of",
	                                        "after", "before", "those", NULL};
	if (tok_is(c, i, "these") && tok_is(c, i + 1, "days") &&
	    !(i > c->first && tok_in(c, i - 1, over_days)) && !tok_is(c, i + 2, "of") &&
	    !tok_is(c, i + 2, "ago") && !tok_is(c, i + 2, "later") && !tok_is(c, i + 2, "were") &&
	    !tok_is(c, i + 2, "are"))
		return emit(c, NKG_TIMEX_DATE, "PRESENT_REF", false, i, i + 2, 0.7f,
		            "timex:reference");
	/* "[At present] the company makes ...": the words are one expression */
	if (tok_is(c, i, "at") && tok_is(c, i + 1, "present") && !tok_is(c, i + 2, "day") &&
	    !is_dash(c, i + 2) && !plural_noun_at(c, i + 2))
		return emit(c, NKG_TIMEX_DATE, "PRESENT_REF", false, i, i + 2, 0.8f,
		            "timex:reference");
	if (tok_is(c, i, "the") && tok_is(c, i + 1, "future") && tok_is(c, i - 1, "in"))
		return emit(c, NKG_TIMEX_DATE, "FUTURE_REF", false, i, i + 2, 0.8f,
		            "timex:reference");
	uint32_t fe = future_noun(c, i);
	if (fe) {
		/* (a preposition before it stays out: "about [their future]") */
		c->cut_begin = c->toks->toks[i].begin;
		int rc = emit(c, NKG_TIMEX_DATE, "FUTURE_REF", false, i, fe, 0.8f,
		              "timex:reference");
		c->cut_begin = 0;
		return rc;
	}
	/* "has in [the past] ordered buyers to", "has spoken in [the past]
	 * about": a past verb or "about" after it, not "the past decade" */
	static const char *const dwell[] = {"living", "live",     "lives", "lived", "stuck",
	                                    "dwell",  "dwelling", "dwelt", NULL};
	if (tok_is(c, i, "the") && tok_is(c, i + 1, "past") && tok_is(c, i - 1, "in") &&
	    !(i >= c->first + 2 && tok_in(c, i - 2, dwell)) &&
	    (!has(c, i + 2) || !(c->toks->toks[i + 2].flags & NKG_TOK_WORD) ||
	     tok_is(c, i + 2, "and") || tok_is(c, i + 2, "but") || tok_is(c, i + 2, "about") ||
	     (is_past_verb(c, i + 2) && !tok_is(c, i + 2, "was") && !tok_is(c, i + 2, "were") &&
	      !tok_is(c, i + 2, "had"))))
		return emit(c, NKG_TIMEX_DATE, "PAST_REF", false, i, i + 2, 0.8f,
		            "timex:reference");
	/* "a [recently]-announced restructuring": the adverb of one token */
	if (s.len > 9 && s.ptr[8] == '-' && eq_nocase((struct nkg_str){s.ptr, 8}, "recently")) {
		c->cut_end = c->toks->toks[i].begin + 8;
		int rc = emit(c, NKG_TIMEX_DATE, "PAST_REF", false, i, i + 1, 0.7f,
		              "timex:reference");
		c->cut_end = 0;
		return rc;
	}
	/* "later" before its noun: "at [a later date]" (FUTURE_REF, MEANTIME),
	 * but "for later delivery" is no time */
	if (eq_nocase(s, "later") && i > c->first && has(c, i + 1) &&
	    (tok_is(c, i - 1, "a") || tok_is(c, i - 1, "for") || tok_is(c, i - 1, "the")) &&
	    !clause_word(c, i + 1) && !word_ing(c, i + 1)) {
		/* (in a past narrative it is later than the past event, not
		 * the future: "at a later date returned"; but what was put off
		 * is still to come: "was postponed to [a later date]") */
		static const char *const put_off[] = {"postponed", "delayed",     "deferred",
		                                      "adjourned", "rescheduled", "off",
		                                      "back",      "moved",       NULL};
		bool put = false;
		for (uint32_t k = i - 1; k > c->first && i - k <= 3 && !put; k--)
			put = tok_in(c, k - 1, put_off);
		if (tok_is(c, i - 1, "a") &&
		    (tok_is(c, i + 1, "date") || tok_is(c, i + 1, "stage") ||
		     tok_is(c, i + 1, "time") || tok_is(c, i + 1, "point")) &&
		    (put || tense_at(c, i) >= 0))
			return emit(c, NKG_TIMEX_DATE, "FUTURE_REF", false, i - 1, i + 2, 0.7f,
			            "timex:reference");
		return 0;
	}
	if (current_or_recent(c, i))
		return emit(c, NKG_TIMEX_DATE, tok_is(c, i, "recent") ? "PAST_REF" : "PRESENT_REF",
		            false, i, i + 1, 0.7f, "timex:reference");
	/* The words are 3 ("now") to 9 ("nowadays", "currently") letters. */
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]) && s.len >= 3 && s.len <= 9; k++) {
		if (!eq_nocase(s, words[k].w))
			continue;
		/* Bare adverb "later" is no time: "He later founded Perot
		 * Systems", "details will be released later" are marked in no
		 * hand-marked set (written, Wikinews, ECB+: none of about 120),
		 * TimeML leaves a relation word to the events; MEANTIME's one
		 * is a participle clause's, "took six months off in early 2009,
		 * [later] revealing he had undergone", which stays.  So "later
		 * than", "later in" and the rest below are no time either, and
		 * the rules after this one read only a "later" before an -ing
		 * word. */
		if (eq_nocase(s, "later") && bare_later(c, i))
			return 0;
		/* "soon" as an adverb only: not "soon after X", "soon as". */
		if (eq_nocase(s, "soon") &&
		    (tok_is(c, i + 1, "than") || tok_is(c, i + 1, "after") ||
		     tok_is(c, i + 1, "as") || tok_is(c, i + 1, "this") ||
		     tok_is(c, i + 1, "that") || tok_is(c, i + 1, "in") ||
		     tok_is(c, i + 1, "today") || tok_is(c, i + 1, "tonight") ||
		     tok_is(c, i + 1, "next") ||
		     (has(c, i + 1) && (c->toks->toks[i + 1].flags & NKG_TOK_NUMBER))))
			return 0;
		/* "six minutes later": relative to the event before, not a future
		 * reference; the duration is the time expression. */
		if (eq_nocase(s, "later") && i > c->first &&
		    str_unit(tok(c, i - 1), NULL) != U_NONE)
			return 0;
		/* "soon" in a past narrative is shortly after the story's
		 * event, no future ("reports soon surfaced", "they soon dropped
		 * them"). */
		if (eq_nocase(s, "soon") && soon_in_story(c, i))
			return 0;
		/* "the now - defunct creamery": the first part of a compound
		 * spelt with a spaced hyphen, as "now-defunct" (one token, no
		 * time in any gold set) */
		if (eq_nocase(s, "now") && tok_is(c, i + 1, "-") &&
		    (c->toks->toks[i + 1].flags & NKG_TOK_SPACE_BEFORE) && has(c, i + 2) &&
		    (c->toks->toks[i + 2].flags & NKG_TOK_WORD))
			return 0;
		if (eq_nocase(s, "now") && (tok_is(c, i - 1, "right") ||
		                            tok_is(c, i - 1, "until") || tok_is(c, i - 1, "from")))
			return 0;
		/* "Now that's a record", "Now that is what I call": a
		 * discourse "now" before a pronoun's verb, no time */
		if (eq_nocase(s, "now") && tok_is(c, i + 1, "that") &&
		    (tok_is(c, i + 2, "is") || tok_is(c, i + 2, "was") || tok_is(c, i + 2, "'s") ||
		     tok_is(c, i + 2, "’s")))
			return 0;
		/* "later revealing he had...": in a past narrative "later" is
		 * after the reference, not after now; TimeML's unknown day, as
		 * MEANTIME annotates it (a future or bare sentence keeps
		 * FUTURE_REF) */
		const char *v = words[k].v;
		if (eq_nocase(s, "later") && tense_at(c, i) < 0)
			v = "XXXX-XX-XX";
		uint32_t b = i;
		if (eq_nocase(s, "recently") &&
		    (tok_is(c, i - 1, "more") || tok_is(c, i - 1, "most") ||
		     tok_is(c, i - 1, "very")) &&
		    i - 1 >= c->floor && i > c->first)
			b = i - 1;
		return emit(c, NKG_TIMEX_DATE, v, false, b, i + 1, 0.7f, "timex:reference");
	}
	return 0;
}

/* The reference time's week, month or year (unit u) as a value in buf
 * ("2026-W47", "2026-11", "2026"), or the unit's unknown point when the
 * reference is coarser; ref receives the reference as written in the
 * anchor, or "" with the unknown point. */
static void ref_unit_or_unknown(const struct tctx *c, enum unit u, char *buf, size_t cap, char *ref,
                                size_t ref_cap)
{
	struct nkg_ymd r = c->ref;
	const char *unknown = unknown_point(u);
	if (u == U_WEEK && r.d)
		fmt_week(buf, cap, nkg_days_from_ymd(r));
	else if (u == U_MONTH && r.m)
		snprintf(buf, cap, "%04d-%02d", r.y, r.m);
	else if (u == U_YEAR && r.y)
		snprintf(buf, cap, "%04d", r.y);
	else
		snprintf(buf, cap, "%s", unknown);
	ref[0] = '\0';
	if (strcmp(buf, unknown))
		fmt_ref(&r, ref, ref_cap);
}

/* "the day", "that day", "the same day": the reference time's day,
 * extended by extend_left to "late in the day", "the start of the day". */
static int m_the_day(struct tctx *c, uint32_t i)
{
	char buf[16];
	/* "we waited eight months for [this day]": the day of the news (not
	 * "to this day", until now) */
	if (tok_is(c, i, "this") && tok_is(c, i + 1, "day") && i > c->first &&
	    tok_is(c, i - 1, "for") && c->has_anchor && clause_word(c, i + 2) &&
	    !(has(c, i + 2) && (c->toks->toks[i + 2].flags & NKG_TOK_WORD) && !tok_cap(c, i + 2) &&
	      !tok_is(c, i + 2, "and"))) {
		fmt_date(buf, sizeof(buf), c->anchor);
		return emit(c, NKG_TIMEX_DATE, buf, true, i, i + 2, 0.7f, "timex:this-day");
	}
	if (!tok_is(c, i, "the") && !tok_is(c, i, "that"))
		return 0;
	uint32_t j = i + 1;
	bool same = tok_is(c, j, "same");
	/* "signed on [the opening day] of the Paris Air Show": the day of
	 * the event the text is about (the reference day) */
	bool opening = tok_is(c, i, "the") && tok_is(c, j, "opening") && tok_is(c, j + 1, "day");
	if (same || opening)
		j++;
	/* Not "the day of the vote", "the day before", "the day when", "the day's";
	 * but "late in the day after falling 250 points" is the day itself. */
	bool late_in = i >= c->first + 2 && tok_is(c, i - 1, "in") &&
	               (tok_is(c, i - 2, "late") || tok_is(c, i - 2, "early") ||
	                tok_is(c, i - 2, "later") || tok_is(c, i - 2, "earlier"));
	bool plural;
	enum unit u = late_in && tok_is(c, i, "the") && j == i + 1 && has(c, j)
	                      ? str_unit(tok(c, j), &plural)
	                      : U_NONE;
	if ((u == U_WEEK || u == U_MONTH || u == U_YEAR) && !plural) {
		/* "earlier in the week", "later in the year": the reference
		 * time's week, month or year (extend_left takes "earlier in") */
		char ref[16];
		/* a reference coarser than the week ("2011", "in May") says
		 * nothing of which week: the publication's, as "this week" */
		if (u == U_WEEK && !c->ref.d && c->has_anchor &&
		    (!c->ref.y || c->ref.y == c->anchor.y)) {
			fmt_week(buf, sizeof(buf), c->anchor_days);
			fmt_date(ref, sizeof(ref), c->anchor);
			return emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, j + 1,
			               0.7f, "timex:in-the-unit");
		}
		ref_unit_or_unknown(c, u, buf, sizeof(buf), ref, sizeof(ref));
		return emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, j + 1, 0.7f,
		               "timex:in-the-unit");
	}
	/* "that year", "the same month", "later that week": the reference
	 * time's year, month or week (its unknown point when the reference is
	 * coarser); not "that year-end", "that week after week" */
	u = (tok_is(c, i, "that") || j == i + 2) && has(c, j) ? str_unit(tok(c, j), &plural)
	                                                      : U_NONE;
	if ((u == U_WEEK || u == U_MONTH || u == U_YEAR) && !plural && !tok_is(c, j + 1, "after") &&
	    !tok_is(c, j + 1, "of") && !is_dash(c, j + 1)) {
		char ref[16];
		ref_unit_or_unknown(c, u, buf, sizeof(buf), ref, sizeof(ref));
		return emit_keep_ref(c, buf, ref, i, j + 1, "timex:that-unit");
	}
	/* Same date: "That is [the same date] that Brown resigned" is "the
	 * same day" */
	if (!tok_is(c, j, "day") && !(same && tok_is(c, j, "date")))
		return 0;
	/* Day in apposition: "ended on May 3, [the day] that the Pistons
	 * eliminated them": the day the date before the comma names */
	bool apposition = i >= c->first + 2 && tok_is(c, i - 1, ",") && c->ref_e == i - 1 &&
	                  c->ref.d && tok_is(c, i, "the");
	/* "the same day that Intel said ...": that clause tells what else
	 * happened on it, not which day it is */
	if ((tok_is(c, j + 1, "of") && !opening) ||
	    (!late_in && (tok_is(c, j + 1, "before") || tok_is(c, j + 1, "after"))) ||
	    tok_is(c, j + 1, "when") || (tok_is(c, j + 1, "that") && !same && !apposition) ||
	    (has(c, j + 1) && (c->toks->toks[j + 1].flags & NKG_TOK_POSSESSIVE)))
		return 0;
	/* "the day", "that day", "the same day" point back at the reference
	 * time (TimeML): the last day mentioned, which is the publication day
	 * in a report that names no other ("ending the day down 31 points"). */
	bool back = c->ref.d;
	if (!back && !c->has_anchor)
		return 0;
	char ref[16];
	fmt_date(buf, sizeof(buf), back ? c->ref : c->anchor);
	fmt_date(ref, sizeof(ref), back ? c->ref : c->anchor);
	return emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, j + 1, 0.7f,
	               back ? "timex:that-day" : "timex:the-day");
}

/* The reference time was set by an aside before token i in its sentence:
 * the expression ends at a comma that closes what a comma at most six
 * tokens before it opened (", founded in 1998,", ", which opened in
 * 2007,"; not the sentence's first phrase "In 2007,"). */
static bool ref_in_aside(const struct tctx *c, uint32_t i)
{
	if (c->ref_b <= c->first || c->ref_e >= i || !tok_is(c, c->ref_e, ","))
		return false;
	for (uint32_t k = 1; k <= 6 && c->ref_b >= c->first + k + 1; k++)
		if (tok_is(c, c->ref_b - k, ","))
			return true;
	return false;
}

/* The reference time for a period named at token i ("for the year", "the
 * second half of the year"): the reference, but one of an earlier year than
 * the publication in a sentence that is not in the past, or one an aside
 * set, is not the period's ("Acme, founded in 1998, expects sales to rise
 * in the second half of the year": the publication year's half), so the
 * publication date. */
static struct nkg_ymd period_ref(const struct tctx *c, uint32_t i)
{
	if (c->has_anchor && c->ref.y && c->ref.y < c->anchor.y &&
	    (ref_in_aside(c, i) || tense_at(c, i) >= 0))
		return c->anchor;
	return c->ref;
}

/* The reference time's unit at token u ("week", "month", "quarter", "year";
 * "day" only when the caller allows it) as its TIMEX3 value, with the
 * reference written to ref; false when the unit is another or the
 * reference is coarser than it (a quarter needs a quarter, a month or a
 * day). */
static bool ref_unit_value(const struct tctx *c, uint32_t u, bool day, char *buf, size_t cap,
                           char *ref, size_t rcap)
{
	bool plural = false;
	if (!has(c, u))
		return false;
	const struct nkg_ymd r = period_ref(c, u);
	if (!r.y)
		return false;
	if (tok_is(c, u, "quarter")) {
		int q = c->ref_q && r.y == c->ref.y ? c->ref_q : r.m ? (r.m + 2) / 3 : 0;
		if (!q)
			return false;
		/* A day of the quarter after the one the text reports on (a
		 * report's date, "on Friday") still means the reported one. */
		int qy = r.y, k = r.y * 4 + q - 1 - (c->topic_qy * 4 + c->topic_q - 1);
		if (c->topic_q && !(c->ref_q && r.y == c->ref.y) && k == 1) {
			qy = c->topic_qy;
			q = c->topic_q;
		}
		snprintf(buf, cap, "%04d-Q%d", qy, q);
	} else {
		switch (str_unit(tok(c, u), &plural)) {
		case U_DAY:
			if (!day || !r.d)
				return false;
			fmt_date(buf, cap, r);
			break;
		case U_WEEK:
			/* "Last week, the index fell 18%, its worst [week] since
			 * 1933": the week the reference was given as */
			if (!r.d && c->ref_wk && r.y == c->ref.y && !r.m) {
				snprintf(buf, cap, "%04d-W%02d", c->ref_wk_y, c->ref_wk);
				break;
			}
			if (!r.d)
				return false;
			fmt_week(buf, cap, nkg_days_from_ymd(r));
			break;
		case U_MONTH:
			/* "Boeing said last week it received 47 orders during
			 * [the month]": the month of that week (its Thursday) */
			if (!r.m && c->ref_wk && r.y == c->ref.y) {
				struct nkg_ymd j4 = {c->ref_wk_y, 1, 4};
				int64_t mon = nkg_days_from_ymd(j4) - (nkg_weekday(j4) - 1) +
				              7 * (int64_t)(c->ref_wk - 1);
				struct nkg_ymd th = nkg_ymd_from_days(mon + 3);
				snprintf(buf, cap, "%04d-%02d", th.y, th.m);
				break;
			}
			if (!r.m)
				return false;
			snprintf(buf, cap, "%04d-%02d", r.y, r.m);
			break;
		case U_YEAR: snprintf(buf, cap, "%04d", r.y); break;
		default: return false;
		}
	}
	/* not "the years", nor "the quarter's first month" (the "'s" is a
	 * token of its own) */
	if (plural || (has(c, u + 1) && (c->toks->toks[u + 1].flags & NKG_TOK_POSSESSIVE)))
		return false;
	fmt_ref(&r, ref, rcap);
	return true;
}

/* A period named by the reference time (TimeML: "the quarter" is the one
 * the text is about): "for [the year]", "in [the quarter]", "[the week]"
 * after "for", "in", "during", "on", "over", "through", "throughout", where
 * the phrase ends ("profit for the year rose", "up 3% on the week"; not
 * "the year of the iPhone", "the week following the shooting", "the year
 * to March", "the year 2000"); and the period a superlative ranks among
 * its kind, the unit alone as MEANTIME marks it: "their best [week] since
 * November", "the worst [day] in years", "its biggest [quarter] ever". */
/* A DATE that names the reference time's own period ("for [the week]",
 * "its best [month]"): it is read from the reference, so it leaves the
 * reference at its precision ("the week" after "Wednesday" keeps the day
 * for the next "the week"). */
static int emit_keep_ref(struct tctx *c, const char *buf, const char *ref, uint32_t b, uint32_t e,
                         const char *rule)
{
	struct nkg_ymd keep = c->ref;
	int keep_q = c->ref_q;
	uint32_t keep_b = c->ref_b, keep_e = c->ref_e;
	int rc = emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), b, e, 0.7f, rule);
	c->ref = keep;
	c->ref_q = keep_q;
	c->ref_b = keep_b;
	c->ref_e = keep_e;
	return rc;
}

static int m_the_unit(struct tctx *c, uint32_t i)
{
	static const char *const preps[] = {"for",  "in",      "during",     "on",
	                                    "over", "through", "throughout", NULL};
	static const char *const not_after[] = {
	        "of",    "before", "after", "following", "earlier", "later", "ago",
	        "ahead", "to",     "ended", "ending",    "through", "since", "when",
	        "that",  "which",  "in",    "prior",     "from",    "until", NULL};
	/* "ended [the week] higher", "closed [the year] at", "Stocks end
	 * [week] higher" (a headline): the period a market's run ends or
	 * starts, as MEANTIME marks "to end [the day]" */
	static const char *const ending[] = {
	        "end",       "ends",     "ended",  "ending", "finish",  "finishes",  "finished",
	        "finishing", "close",    "closes", "closed", "closing", "start",     "starts",
	        "started",   "starting", "began",  "begin",  "begins",  "beginning", NULL};
	char buf[16], ref[16];
	if (!tok_is(c, i, "the") && i > c->floor && tok_in(c, i - 1, ending) &&
	    (tok_is(c, i, "week") || tok_is(c, i, "month") || tok_is(c, i, "year") ||
	     tok_is(c, i, "quarter")) &&
	    ref_unit_value(c, i, false, buf, sizeof(buf), ref, sizeof(ref)))
		return emit_keep_ref(c, buf, ref, i, i + 1, "timex:the-unit");
	if (tok_is(c, i, "the")) {
		if (i <= c->floor || !(tok_in(c, i - 1, preps) || tok_in(c, i - 1, ending)) ||
		    !has(c, i + 1))
			return 0;
		/* "in [the year] to March", "for [the quarter] ended June 30",
		 * "in [the quarter] that ended in April": the period up to a
		 * date, its length as the six months to September are */
		uint32_t e = tok_is(c, i + 2, "that") ? i + 3 : i + 2;
		if ((tok_is(c, e, "to") || tok_is(c, e, "ended") || tok_is(c, e, "ending") ||
		     (e > i + 2 && tok_is(c, e, "ends"))) &&
		    has(c, e + 1) &&
		    (tok_is(c, e + 1, "in") ? tok_month(c, e + 2) : tok_month(c, e + 1))) {
			const char *len = tok_is(c, i + 1, "year")      ? "P1Y"
			                  : tok_is(c, i + 1, "quarter") ? "P3M"
			                  : tok_is(c, i + 1, "month")   ? "P1M"
			                  : tok_is(c, i + 1, "week")    ? "P1W"
			                                                : NULL;
			if (len)
				return emit(c, NKG_TIMEX_DURATION, len, false, i, i + 2, 0.8f,
				            "timex:period-to");
		}
		/* "in the year 2000" */
		if (has(c, i + 2) &&
		    ((c->toks->toks[i + 2].flags & NKG_TOK_NUMBER) || tok_in(c, i + 2, not_after) ||
		     is_dash(c, i + 2) || (tok_is(c, i + 2, "and") && tok_is(c, i + 3, "a"))))
			return 0;
		if (!ref_unit_value(c, i + 1, false, buf, sizeof(buf), ref, sizeof(ref)))
			return 0;
		return emit_keep_ref(c, buf, ref, i, i + 2, "timex:the-unit");
	}
	/* "their best week since": a superlative after a determiner or a
	 * possessive, then "since", "ever", "in", "for" or the phrase's end. */
	if (i < c->first + 2 || i - 1 < c->floor)
		return 0;
	struct nkg_str adj = tok(c, i - 1);
	bool sup = eq_nocase(adj, "best") || eq_nocase(adj, "worst") ||
	           (adj.len > 4 && lower(adj.ptr[adj.len - 3]) == 'e' &&
	            lower(adj.ptr[adj.len - 2]) == 's' && lower(adj.ptr[adj.len - 1]) == 't');
	if (!sup || (c->toks->toks[i - 1].flags & NKG_TOK_CAPITALIZED))
		return 0;
	const struct nkg_token *d = &c->toks->toks[i - 2];
	if (!(tok_is(c, i - 2, "the") || tok_is(c, i - 2, "its") || tok_is(c, i - 2, "their") ||
	      tok_is(c, i - 2, "his") || tok_is(c, i - 2, "her") ||
	      (d->flags & NKG_TOK_POSSESSIVE)))
		return 0;
	if (has(c, i + 1) && !tok_is(c, i + 1, "since") && !tok_is(c, i + 1, "ever") &&
	    !tok_is(c, i + 1, "in") && !tok_is(c, i + 1, "for") &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_WORD))
		return 0;
	if (!ref_unit_value(c, i, true, buf, sizeof(buf), ref, sizeof(ref)))
		return 0;
	return emit_keep_ref(c, buf, ref, i, i + 1, "timex:superlative-unit");
}

/* Parts of a day named by the reference time: "the night of Sept. 13" (one
 * TIME, "2013-09-13TNI"), "that night", "that morning", "in the afternoon",
 * "early in the morning" (the reference day, "...TAF"). */
static int m_part_of_day_ref(struct tctx *c, uint32_t i)
{
	char buf[32], ref[16];
	const char *part;
	/* "the night before" (phrase-final, as "the day before"), "the next
	 * morning", "the following night", "the previous evening": a part of
	 * the day before or after the reference day */
	if (tok_is(c, i, "the") && has(c, i + 2)) {
		const char *p2 = NULL;
		int delta = 0;
		if ((tok_is(c, i + 1, "next") || tok_is(c, i + 1, "following")) &&
		    (p2 = part_of_day(c, i + 2)))
			delta = 1;
		else if (tok_is(c, i + 1, "previous") && (p2 = part_of_day(c, i + 2)))
			delta = -1;
		else if ((p2 = part_of_day(c, i + 1)) && tok_is(c, i + 2, "before") &&
		         phrase_ends(c, i + 3))
			delta = -1;
		if (delta) {
			struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
			if (!day.d) {
				snprintf(buf, sizeof(buf), "XXXX-XX-XX%s", p2);
				return emit(c, NKG_TIMEX_TIME, buf, false, i, i + 3, 0.7f,
				            "timex:part-of-day");
			}
			fmt_date(ref, sizeof(ref), day);
			fmt_date(buf, sizeof(buf),
			         nkg_ymd_from_days(nkg_days_from_ymd(day) + delta));
			strcat(buf, p2);
			int rc = emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, i + 3,
			                 0.7f, "timex:part-of-day");
			c->ref = day; /* the reference stays, as for "the day before" */
			return rc;
		}
	}
	/* "in the late afternoon", "in the early morning": the part, its
	 * modifier inside the extent */
	uint32_t pi = i + 1;
	if (tok_is(c, i, "the") && (tok_is(c, pi, "early") || tok_is(c, pi, "late")) &&
	    part_of_day(c, pi + 1))
		pi++;
	if (!(tok_is(c, i, "the") || tok_is(c, i, "that")) || !has(c, pi) ||
	    !(part = part_of_day(c, pi)))
		return 0;
	int y, m, d;
	uint32_t e;
	if (tok_is(c, i, "the") && pi == i + 1 && tok_is(c, i + 2, "of")) {
		if (!parse_date_at(c, i + 3, &y, &m, &d, &e))
			return 0;
		return emit_month_day(c, y, m, d, i, e, part, "timex:part-of-date");
	}
	/* "the morning" only as a time adverbial ("in the morning", "had
	 * patched its services by the afternoon", not "the morning papers");
	 * "that night" anywhere. */
	if (tok_is(c, i, "the") &&
	    !(i > c->first &&
	      (tok_is(c, i - 1, "in") || tok_is(c, i - 1, "during") ||
	       tok_is(c, i - 1, "overnight") || tok_is(c, i - 1, "through") ||
	       tok_is(c, i - 1, "throughout") || tok_is(c, i - 1, "into") ||
	       tok_is(c, i - 1, "until") || (tok_is(c, i - 1, "by") && pi == i + 1) ||
	       (tok_is(c, i - 1, "for") && pi == i + 1 && !tok_is(c, pi, "night")) ||
	       /* "had spent [the night] in evacuation centres": a night spent
	        * is a time, as "through the night" */
	       /* ("spent the night before the election": another night,
	        * its modifier names it, review17 F8) */
	       (pi == i + 1 && tok_is(c, pi, "night") && !tok_is(c, pi + 1, "before") &&
	        !tok_is(c, pi + 1, "after") && !tok_is(c, pi + 1, "of") &&
	        (tok_is(c, i - 1, "spent") || tok_is(c, i - 1, "spend") ||
	         tok_is(c, i - 1, "spends") || tok_is(c, i - 1, "spending"))) ||
	       /* "the real story of [the night]", "the big hit of [the
	        * evening]": the night an event filled, in a past clause
	        * (every one of the dev sets' four is marked; not "Babies
	        * wake in the middle of the night", "the Queen of the Night") */
	       (tok_is(c, i - 1, "of") && pi == i + 1 &&
	        (tok_is(c, pi, "night") || tok_is(c, pi, "evening")) && !tok_cap(c, pi) &&
	        !(has(c, pi + 1) && tok_cap(c, pi + 1)) && tense_at(c, i) < 0))) &&
	    /* "[The night] began with hope", "[The night], however, belonged
	     * to Hansbrough": the night as a sentence's subject */
	    !(i == c->first && pi == i + 1 && tok_is(c, pi, "night") &&
	      (tok_is(c, pi + 1, ",") || is_past_verb(c, pi + 1))))
		return 0;
	/* "worked through the night under floodlights", "celebrated late into
	 * the night with songs": a preposition after it opens no compound */
	static const char *const preps[] = {"under",   "with", "in",   "on",      "at",
	                                    "to",      "for",  "as",   "into",    "amid",
	                                    "outside", "near", "from", "without", NULL};
	/* "that night on the mountain", "that morning in Paris": after "that",
	 * any word that starts a phrase (clause_word) ends the expression. */
	uint32_t n = pi + 1; /* the word after the part */
	bool that_ends = tok_is(c, i, "that") && clause_word(c, n);
	if (!that_ends && has(c, n) && (c->toks->toks[n].flags & NKG_TOK_WORD) &&
	    !(c->toks->toks[n].flags & NKG_TOK_CAPITALIZED) && !tok_in(c, n, preps) &&
	    !tok_is(c, n, "and") && !tok_is(c, n, "but") && !is_future_cue(c, n) &&
	    !is_past_verb(c, n) && !tok_is(c, n, "when") && !tok_is(c, n, "before") &&
	    !tok_is(c, n, "after") && !tok_is(c, n, "it") && !tok_is(c, n, "he") &&
	    !tok_is(c, n, "she") && !tok_is(c, n, "they") && !tok_is(c, n, "we") &&
	    !tok_is(c, n, "there"))
		return 0; /* "the morning papers", "the night shift" */
	/* "worked through [the night] on [Thursday]": the part is that
	 * weekday's (as "before [dawn] on [Sunday]"), not the reference day's */
	int wdn = 0;
	uint32_t wk = n;
	for (; wk < n + 4 && has(c, wk + 1) && (c->toks->toks[wk].flags & NKG_TOK_WORD); wk++)
		if (tok_is(c, wk, "on") && tok_cap(c, wk + 1) &&
		    (wdn = nkg_weekday_number(tok(c, wk + 1), NULL)))
			break; /* "through [the night] under floodlights on [Tuesday]" */
	if (wdn && c->has_anchor) {
		struct nkg_ymd wday =
		        nkg_ymd_from_days(c->anchor_days + weekday_by_tense(c, wk + 1, wk, wdn));
		fmt_date(buf, sizeof(buf), wday);
		fmt_date(ref, sizeof(ref), wday);
		strcat(buf, part);
		return emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, n, 0.7f,
		               "timex:part-of-day");
	}
	struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
	if (!day.d || quoted_habit(c, i)) { /* "\"By [evening] it is spoiled\"" */
		snprintf(buf, sizeof(buf), "XXXX-XX-XX%s", part);
		return emit(c, NKG_TIMEX_TIME, buf, false, i, n, 0.7f, "timex:part-of-day");
	}
	/* "Rescuers searched through [the night]", "fans celebrated through
	 * [the night]" in a past sentence that names no day: the night of the
	 * story's day (topic_day, the first day its body tells, as for clock
	 * times: "beat Egypt on Sunday. ... Fans celebrated through [the
	 * night]" is Sunday's, though a later sentence told Monday); with no
	 * such day, or when it is the publication day itself (the day of the
	 * report: "officials said on Saturday ... worked through [the night]"),
	 * the night before the publication date (as "overnight"), not the one
	 * still to come (written, geo and wnews annotators alike) */
	if (!strcmp(part, "TNI") && c->has_anchor && tense_at(c, i) < 0 &&
	    !(c->clock_ref.d && c->clock_ref_at >= c->first))
		day = c->topic_day.d && nkg_days_from_ymd(c->topic_day) !=
		                                nkg_days_from_ymd(c->anchor)
		              ? c->topic_day
		              : nkg_ymd_from_days(nkg_days_from_ymd(c->anchor) - 1);
	fmt_date(buf, sizeof(buf), day);
	fmt_date(ref, sizeof(ref), day);
	strcat(buf, part);
	return emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, n, 0.7f,
	               "timex:part-of-day");
}

/* "[the week of February 1]": the ISO week of the date, one expression
 * ("2010-W05"); "XXXX-WXX" when the year cannot be known. */
static int m_week_of(struct tctx *c, uint32_t i)
{
	int y, m, d;
	uint32_t e;
	struct nkg_ymd r;
	char buf[16];
	if (!tok_is(c, i, "the") || !tok_is(c, i + 1, "week") || !tok_is(c, i + 2, "of") ||
	    !parse_date_at(c, i + 3, &y, &m, &d, &e) || !resolve_month_day(c, y, m, d, i + 3, &r))
		return 0;
	if (!r.y)
		return emit(c, NKG_TIMEX_DATE, "XXXX-WXX", false, i, e, 0.8f, "timex:week-of");
	fmt_week(buf, sizeof(buf), nkg_days_from_ymd(r));
	return emit(c, NKG_TIMEX_DATE, buf, !y, i, e, 0.8f, "timex:week-of");
}

/* The middle of a part of the day, one TIME of the reference day: "by
 * [mid-afternoon]", "[mid-morning] trading" ("...TAF", "...TMO"), also
 * spelt "mid - afternoon" (detokenized text); after a preposition of time
 * or before "trading" / "session" / "deals" / a comma, not "a
 * mid-morning snack".  "midday", "mid-day" are noon (m_clock). */
static int m_midday(struct tctx *c, uint32_t i)
{
	static const char *const preps[] = {"by",    "at",     "in",      "around", "until",
	                                    "till",  "before", "after",   "since",  "from",
	                                    "about", "near",   "through", NULL};
	static const struct {
		const char *w, *part;
	} words[] = {{"mid-afternoon", "TAF"},
	             {"midafternoon", "TAF"},
	             {"mid-morning", "TMO"},
	             {"midmorning", "TMO"},
	             {"mid-evening", "TEV"}};
	static const struct {
		const char *w, *part;
	} spaced[] = {{"afternoon", "TAF"}, {"morning", "TMO"}, {"evening", "TEV"}};
	struct nkg_str s = tok(c, i);
	const char *part = NULL;
	uint32_t e = i + 1;
	if (s.len < 3 || lower(s.ptr[0]) != 'm')
		return 0;
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]) && !part; k++)
		if (eq_nocase(s, words[k].w))
			part = words[k].part;
	if (!part && eq_nocase(s, "mid") && tok_is(c, i + 1, "-") && has(c, i + 2)) {
		for (size_t k = 0; k < sizeof(spaced) / sizeof(spaced[0]) && !part; k++)
			if (tok_is_cstr(c, i + 2, spaced[k].w))
				part = spaced[k].part;
		e = i + 3;
	}
	if (!part)
		return 0;
	bool after_prep = i > c->first && i - 1 >= c->floor && tok_in(c, i - 1, preps);
	bool before_noun = tok_is(c, e, "trading") || tok_is(c, e, "session") ||
	                   tok_is(c, e, "deals") || tok_is(c, e, ",") || !has(c, e) ||
	                   (c->toks->toks[e].flags & NKG_TOK_PUNCT);
	if (!after_prep && !before_noun)
		return 0;
	char buf[32], ref[16];
	struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
	/* "will report on April 22. Shares jumped by [mid-afternoon]": a past
	 * sentence's day is not one still to come, but the publication's */
	if (c->ref.d && c->has_anchor && nkg_days_from_ymd(c->ref) > c->anchor_days &&
	    tense_at(c, i) < 0)
		day = c->anchor;
	if (!day.d) {
		snprintf(buf, sizeof(buf), "XXXX-XX-XX%s", part);
		return emit(c, NKG_TIMEX_TIME, buf, false, i, e, 0.7f, "timex:midday");
	}
	fmt_date(buf, sizeof(buf), day);
	fmt_date(ref, sizeof(ref), day);
	strcat(buf, part);
	return emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, e, 0.7f, "timex:midday");
}

/* "the early hours of Sunday", "the small hours of March 3", "the early
 * hours": the first hours of that day (or of the reference day), morning
 * hours as the clock counts them, one TIME "...TMO" (TimeML). */
static int m_early_hours(struct tctx *c, uint32_t i)
{
	char buf[32], ref[16];
	if (!tok_is(c, i, "the") ||
	    !(tok_is(c, i + 1, "early") || tok_is(c, i + 1, "small") || tok_is(c, i + 1, "wee")) ||
	    !tok_is(c, i + 2, "hours"))
		return 0;
	uint32_t e = i + 3;
	int y, m, d, w = 0;
	uint32_t de;
	bool pl = false;
	if (tok_is(c, e, "of") && parse_date_at(c, e + 1, &y, &m, &d, &de))
		return emit_month_day(c, y, m, d, i, de, "TMO", "timex:early-hours");
	if (tok_is(c, e, "of") && tok_cap(c, e + 1))
		w = nkg_weekday_number(tok(c, e + 1), &pl);
	if (w && !pl) {
		if (!c->has_anchor)
			snprintf(buf, sizeof(buf), "XXXX-WXX-%dTMO", w);
		else
			fmt_date(buf, sizeof(buf),
			         nkg_ymd_from_days(c->anchor_days +
			                           weekday_by_tense(c, e + 1, i, w)));
		if (c->has_anchor)
			strcat(buf, "TMO");
		return emit(c, NKG_TIMEX_TIME, buf, c->has_anchor, i, e + 2, 0.8f,
		            "timex:early-hours");
	}
	/* "the early hours of the morning" is the same */
	if (tok_is(c, e, "of") && tok_is(c, e + 1, "the") && tok_is(c, e + 2, "morning"))
		e += 3;
	struct nkg_ymd day = c->ref.d ? c->ref : c->anchor;
	if (!day.d) {
		return emit(c, NKG_TIMEX_TIME, "XXXX-XX-XXTMO", false, i, e, 0.7f,
		            "timex:early-hours");
	}
	fmt_date(buf, sizeof(buf), day);
	fmt_date(ref, sizeof(ref), day);
	strcat(buf, "TMO");
	return emit_at(c, NKG_TIMEX_TIME, buf, nkg_str_from_cstr(ref), i, e, 0.7f,
	               "timex:early-hours");
}

/* Token i starts a clause or a phrase rather than naming the head noun of
 * a compound with the word before it ("Christmas [was] quiet", "on the
 * 15th [he] left", "sales grew quarterly [by] 5%", against "Christmas
 * tree", "the 15th floor", "quarterly profit"): not a lower-case word, or
 * a pronoun, determiner, preposition, conjunction, auxiliary, a past-tense
 * verb or a future cue, or an -ly adverb. */
static bool clause_word(const struct tctx *c, uint32_t i)
{
	static const char *const words[] = {
	        "he",     "she",   "they",  "it",      "we",     "i",     "you",     "the",
	        "a",      "an",    "this",  "that",    "these",  "those", "his",     "her",
	        "their",  "its",   "our",   "my",      "your",   "in",    "on",      "at",
	        "for",    "with",  "to",    "by",      "from",   "after", "before",  "during",
	        "since",  "until", "and",   "or",      "but",    "when",  "while",   "as",
	        "if",     "so",    "than",  "because", "is",     "are",   "was",     "were",
	        "be",     "been",  "will",  "would",   "can",    "could", "may",     "might",
	        "should", "must",  "has",   "have",    "had",    "do",    "does",    "did",
	        "not",    "comes", "falls", "brings",  "begins", "ends",  "there",   "here",
	        "again",  "too",   "also",  "now",     "then",   "still", "already", "alone",
	        NULL};
	if (!has(c, i))
		return true;
	const struct nkg_token *t = &c->toks->toks[i];
	if (!(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_CAPITALIZED))
		return true;
	struct nkg_str s = tok(c, i);
	if (s.len > 3 && lower(s.ptr[s.len - 2]) == 'l' && lower(s.ptr[s.len - 1]) == 'y')
		return true;
	return tok_in(c, i, words) || is_past_verb(c, i) || is_future_cue(c, i);
}

/* Holidays of fixed dates that every country keeps on the same day:
 * "Christmas", "Christmas Eve", "Christmas Day", "New Year's Day", "New
 * Year's Eve", in the year a date would take (emit_month_day); not
 * "Christmas tree" (clause_word).  Independence days differ by country, so
 * only the United States' named as such: "US Independence Day", "America's
 * Independence Day" (the holiday's name is the expression), "the Fourth of
 * July", "July Fourth"; a bare "Independence Day" is no date. */
/* Whether a capitalised word at token e carries a holiday's name on into
 * the name of something else: "Easter Island", "the Good Friday
 * Agreement", "Christmas Island" (not a year, not a sentence's first
 * word). */
static bool name_goes_on(const struct tctx *c, uint32_t e)
{
	return has(c, e) && tok_cap(c, e) && !year_token(c, e) &&
	       !(c->toks->toks[e].flags & NKG_TOK_SENT_START);
}

/* Western Easter Sunday of year y (the anonymous Gregorian computus). */
static struct nkg_ymd easter(int y)
{
	int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
	int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return (struct nkg_ymd){y, month, day};
}

/* The date of holiday kind h in year y: 1 Thanksgiving (the United
 * States', fourth Thursday of November), 2 Memorial Day (last Monday of
 * May), 3 Easter Sunday, 4 Good Friday, 5 Easter Monday, 6 Black Friday. */
static struct nkg_ymd holiday_date(int h, int y)
{
	if (h == 1) {
		int w1 = nkg_weekday((struct nkg_ymd){y, 11, 1});
		return (struct nkg_ymd){y, 11, 1 + (4 - w1 + 7) % 7 + 21};
	}
	if (h == 2) {
		int w31 = nkg_weekday((struct nkg_ymd){y, 5, 31});
		return (struct nkg_ymd){y, 5, 31 - (w31 - 1 + 7) % 7};
	}
	if (h == 6) /* Black Friday: the day after Thanksgiving */
		return nkg_ymd_from_days(nkg_days_from_ymd(holiday_date(1, y)) + 1);
	int64_t days = nkg_days_from_ymd(easter(y)) + (h == 4 ? -2 : h == 5 ? 1 : 0);
	return nkg_ymd_from_days(days);
}

/* Holidays whose date moves: "Thanksgiving" (before a clause word or as
 * "Thanksgiving Day", not "Thanksgiving dinner"), "Memorial Day",
 * "Easter" ("Easter Sunday", "Easter Monday"; not "Easter eggs"), "Good
 * Friday", "Black Friday"; a year after one is theirs, else the year that puts the day
 * nearest the publication date as for "March 3". */
static int floating_holiday(struct tctx *c, uint32_t i)
{
	char buf[16];
	int h = 0;
	uint32_t e = i + 1;
	if (tok_is(c, i, "Thanksgiving")) {
		h = 1;
		if (tok_is(c, e, "Day"))
			e++;
		else if (!clause_word(c, e) && !year_token(c, e))
			return 0;
	} else if (tok_is(c, i, "Memorial") && tok_is(c, e, "Day")) {
		h = 2;
		e++;
	} else if (tok_is(c, i, "Easter")) {
		h = 3;
		if (tok_is(c, e, "Sunday") || tok_is(c, e, "Day")) {
			e++;
		} else if (tok_is(c, e, "Monday")) {
			h = 5;
			e++;
		} else if (!clause_word(c, e) && !year_token(c, e)) {
			return 0;
		}
	} else if (tok_is(c, i, "Good") && tok_is(c, e, "Friday")) {
		h = 4;
		e++;
	} else if (tok_is(c, i, "Black") && tok_is(c, e, "Friday")) {
		h = 6; /* "Black Friday shoppers" */
		e++;
	} else {
		return 0;
	}
	if (name_goes_on(c, e))
		return 0; /* "Easter Island", "the Good Friday Agreement" */
	int y = 0;
	struct nkg_ymd r;
	if (year_token(c, e) && tok_year(c, e, &y)) {
		e++;
		r = holiday_date(h, y);
	} else {
		/* the year as for the holiday's usual date, then its own day */
		struct nkg_ymd usual = holiday_date(h, c->has_anchor ? c->anchor.y : 2000);
		if (!c->has_anchor || !resolve_month_day(c, 0, usual.m, usual.d, i, &r))
			return 0;
		r = holiday_date(h, r.y);
	}
	fmt_date(buf, sizeof(buf), r);
	return emit(c, NKG_TIMEX_DATE, buf, !y, i, e, y ? 1.0f : 0.9f, "timex:holiday");
}

static int m_holiday(struct tctx *c, uint32_t i)
{
	if (!tok_cap(c, i))
		return 0;
	int m = 0, d = 0;
	uint32_t e = i + 1;
	if (tok_is(c, i, "Christmas")) {
		m = 12;
		d = 25;
		if (tok_is(c, e, "Eve") || tok_is(c, e, "Day")) {
			d = tok_is(c, e, "Eve") ? 24 : 25;
			e++;
		} else if (!clause_word(c, e) && !year_token(c, e)) {
			return 0; /* "Christmas shopping", "Christmas tree" */
		}
	} else if (tok_is(c, i, "New") && tok_is(c, i + 1, "Year") && has(c, i + 2) &&
	           (c->toks->toks[i + 2].flags & NKG_TOK_POSSESSIVE) &&
	           (tok_is(c, i + 3, "Day") || tok_is(c, i + 3, "Eve"))) {
		m = tok_is(c, i + 3, "Day") ? 1 : 12;
		d = m == 1 ? 1 : 31;
		e = i + 4;
	} else if (tok_is(c, i, "New") &&
	           (tok_is(c, i + 1, "Year's") || tok_is(c, i + 1, "Year’s")) &&
	           (tok_is(c, i + 2, "Day") || tok_is(c, i + 2, "Eve"))) {
		m = tok_is(c, i + 2, "Day") ? 1 : 12;
		d = m == 1 ? 1 : 31;
		e = i + 3;
	} else if (tok_is(c, i, "Independence") && tok_is(c, i + 1, "Day") && i > c->first &&
	           (tok_is(c, i - 1, "US") || tok_is(c, i - 1, "U.S.") ||
	            tok_is(c, i - 1, "American") ||
	            ((c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE) &&
	             tok_is(c, i - 2, "America")))) {
		m = 7;
		d = 4;
		e = i + 2;
	} else if (tok_is(c, i, "Fourth") && tok_is(c, i + 1, "of") && tok_is(c, i + 2, "July")) {
		m = 7;
		d = 4;
		e = i + 3;
		if (i > c->first && i - 1 >= c->floor && tok_is(c, i - 1, "the")) {
			int rc = emit_month_day(c, 0, m, d, i - 1, e, NULL, "timex:holiday");
			return rc > 0 ? (int)(e - i) : rc;
		}
	} else if (tok_is(c, i, "July") && tok_is(c, i + 1, "Fourth")) {
		m = 7;
		d = 4;
		e = i + 2;
	} else if (tok_is(c, i, "May") && tok_is(c, i + 1, "Day")) {
		m = 5; /* "May Day rallies": the first of May, everywhere */
		d = 1;
		e = i + 2;
	} else if (tok_is(c, i, "Halloween") && (clause_word(c, e) || year_token(c, e))) {
		m = 10;
		d = 31;
	} else if (tok_is(c, i, "Valentine") && has(c, i + 1) &&
	           (c->toks->toks[i + 1].flags & NKG_TOK_POSSESSIVE) && tok_is(c, i + 2, "Day")) {
		m = 2;
		d = 14;
		e = i + 3;
	} else {
		return floating_holiday(c, i);
	}
	if (name_goes_on(c, e))
		return 0; /* "Christmas Island", "the May Day Parade" */
	/* "Christmas 2008": of that year */
	int y = 0;
	if (year_token(c, e) && tok_year(c, e, &y))
		e++;
	return emit_month_day(c, y, m, d, i, e, NULL, "timex:holiday");
}

/* A day of the month alone, after a preposition: "on the 15th", "by the
 * 3rd" (not "the 15th floor", "the 20th century").  The month is the
 * reference time's, else the publication's: "XXXX-XX-15" without either. */
static int m_ordinal_day(struct tctx *c, uint32_t i)
{
	char buf[16];
	int d;
	if (!tok_is(c, i, "the") || i == c->first || !has(c, i + 1))
		return 0;
	struct nkg_str s = tok(c, i + 1);
	if (s.len < 3 || is_digit(s.ptr[s.len - 1]) || !tok_day(c, i + 1, &d))
		return 0;
	if (!(tok_is(c, i - 1, "on") || tok_is(c, i - 1, "by") || tok_is(c, i - 1, "until") ||
	      tok_is(c, i - 1, "since") || tok_is(c, i - 1, "before") || tok_is(c, i - 1, "after")))
		return 0;
	/* "on the 15th floor" names a floor; "on the 15th he left" a day. */
	if (!clause_word(c, i + 2))
		return 0;
	struct nkg_ymd base = c->ref.m ? c->ref : c->anchor;
	if (!base.m) {
		snprintf(buf, sizeof(buf), "XXXX-XX-%02d", d);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, i + 2, 0.7f, "timex:ordinal-day");
	}
	if (!nkg_date_valid(base.y, base.m, d))
		return 0;
	char ref[16];
	fmt_ref(&base, ref, sizeof(ref));
	fmt_date(buf, sizeof(buf), (struct nkg_ymd){base.y, base.m, d});
	return emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, i + 2, 0.7f,
	               "timex:ordinal-day");
}

/* "the beginning of the year", "the end of the month", "the rest of the
 * week": the publication's year, month, week (extend_left takes "the
 * beginning of"). */
static int m_part_of_unit(struct tctx *c, uint32_t i)
{
	char buf[16];
	bool plural;
	if (!tok_is(c, i, "the") || i < c->first + 2 || !tok_is(c, i - 1, "of") ||
	    !(tok_is(c, i - 2, "beginning") || tok_is(c, i - 2, "start") ||
	      tok_is(c, i - 2, "end") || tok_is(c, i - 2, "rest") || tok_is(c, i - 2, "middle")) ||
	    !c->has_anchor || !has(c, i + 1))
		return 0;
	switch (str_unit(tok(c, i + 1), &plural)) {
	case U_YEAR: snprintf(buf, sizeof(buf), "%04d", c->anchor.y); break;
	case U_MONTH: fmt_month_shift(buf, sizeof(buf), c->anchor, 0); break;
	case U_WEEK: fmt_week(buf, sizeof(buf), c->anchor_days); break;
	/* "the end of the decade" -> "201" (TimeML's decade), "of the century" -> "20" */
	case U_DECADE: snprintf(buf, sizeof(buf), "%03d", c->anchor.y / 10); break;
	case U_CENTURY: snprintf(buf, sizeof(buf), "%02d", c->anchor.y / 100); break;
	default: return 0;
	}
	if (plural || tok_is(c, i + 2, "of"))
		return 0;
	return emit(c, NKG_TIMEX_DATE, buf, true, i, i + 2, 0.7f, "timex:part-of-unit");
}

static int ordinal_word(struct nkg_str s)
{
	static const char *const ords[] = {"first", "second", "third", "fourth"};
	static const char *const nums[] = {"1st", "2nd", "3rd", "4th"};
	for (int k = 0; k < 4; k++)
		if (eq_nocase(s, ords[k]) || eq_nocase(s, nums[k]))
			return k + 1;
	if (eq_nocase(s, "last") || eq_nocase(s, "final"))
		return 5;
	return 0;
}

/* A year phrase after "of": "of 2009", "of this year", "of last year";
 * writes the year and the tokens used; false otherwise. */
static bool year_after_of(const struct tctx *c, uint32_t i, int *y, uint32_t *n)
{
	if (!tok_is(c, i, "of"))
		return false;
	if (tok_year(c, i + 1, y)) {
		*n = 2;
		return true;
	}
	/* "May of that year", "the fall of the same year": the reference's */
	if (c->ref.y && tok_is(c, i + 1, "that") && tok_is(c, i + 2, "year")) {
		*y = c->ref.y;
		*n = 3;
		return true;
	}
	if (c->ref.y && tok_is(c, i + 1, "the") && tok_is(c, i + 2, "same") &&
	    tok_is(c, i + 3, "year")) {
		*y = c->ref.y;
		*n = 4;
		return true;
	}
	if (c->has_anchor && tok_is(c, i + 2, "year") &&
	    (tok_is(c, i + 1, "this") || tok_is(c, i + 1, "last") || tok_is(c, i + 1, "next"))) {
		*y = c->anchor.y + (tok_is(c, i + 1, "last")   ? -1
		                    : tok_is(c, i + 1, "next") ? 1
		                                               : 0);
		*n = 3;
		return true;
	}
	return false;
}

/* Token k is a word of money or trade (money_near). */
static bool money_word(const struct tctx *c, uint32_t k)
{
	static const char *const words[] = {
	        "percent", "%",        "profit",   "profits",    "revenue",   "revenues", "sales",
	        "loss",    "losses",   "earnings", "income",     "turnover",  "growth",   "economy",
	        "output",  "exports",  "imports",  "deliveries", "inflation", "$",        "€",
	        "£",       "dividend", "margin",   NULL};
	if (tok_in(c, k, words))
		return true;
	struct nkg_str s = tok(c, k);
	return s.len && (s.ptr[0] == '$' || prefix_nocase(s, "US$") || prefix_nocase(s, "€") ||
	                 prefix_nocase(s, "£"));
}

/* The half at tokens i..j is one of a business year: a currency sign, a
 * percentage or a word of accounts in its own clause, within eight words
 * and no comma or "but" between ("net profit rose 8 percent in [the first
 * half]", "For [the first half], revenue was"), and no word of a match in
 * the sentence ("the striker, signed for £20 million, scored in the first
 * half", "had 70 percent of possession in the first half"). */
static bool money_near(const struct tctx *c, uint32_t i, uint32_t j)
{
	static const char *const match[] = {
	        "scored",  "score",   "goal",      "goals",    "led",      "lead",       "match",
	        "game",    "break",   "minute",    "minutes",  "booed",    "possession", "striker",
	        "penalty", "kickoff", "half-time", "halftime", "interval", NULL};
	if (sentence_has(c, match))
		return false;
	for (uint32_t k = i; k > c->first && k + 8 > i; k--) {
		if (tok_is(c, k - 1, ",") || tok_is(c, k - 1, "but") || tok_is(c, k - 1, ";"))
			break;
		if (money_word(c, k - 1))
			return true;
	}
	for (uint32_t k = j + 1; k < c->end && k <= j + 8; k++) {
		if ((tok_is(c, k, ",") && !(k == j + 1 && i == c->first + 1)) ||
		    tok_is(c, k, "but") || tok_is(c, k, ";"))
			break;
		if (money_word(c, k))
			return true;
	}
	return false;
}

/* The sentence forecasts ("Analysts expect deliveries in the second
 * half", "sees growth in the fourth quarter"): a later quarter or half of
 * the year, at token b, in a clause of no tense, is this year's, still to
 * come; not one it is compared with ("expects 35 billion, compared with
 * 43.6 billion in the fourth quarter"). */
static bool forecast_told(const struct tctx *c, uint32_t b)
{
	/* verbs of a forecast, not the nouns ("beat forecasts", "its guidance
	 * is unchanged from the third quarter") */
	static const char *const verbs[] = {"expect",  "expects",  "anticipate", "anticipates",
	                                    "predict", "predicts", "sees",       NULL};
	static const char *const compared[] = {"than", "compared", "from", "versus", "vs", NULL};
	for (uint32_t k = b; k > c->first && k + 6 > b;)
		if (tok_in(c, --k, compared))
			return false;
	return sentence_has(c, verbs);
}

/* The words of a game of quarters or halves (American football,
 * basketball): its plays, and the leagues, which business news names too
 * (game_report). */
static const char *const game_plays[] = {
        "touchdown",     "touchdowns",     "quarterback", "quarterbacks",
        "halftime",      "half-time",      "fumble",      "fumbled",
        "free-throw",    "free-throws",    "3-pointer",   "3-pointers",
        "three-pointer", "three-pointers", "field-goal",  NULL};
static const char *const game_leagues[] = {"NFL", "NBA", "WNBA", NULL};

/* The document reports a game: two plays, a play and a league, or two
 * leagues (not one league named twice: "The NFL signed a TV deal. The
 * NFL's ratings rose in the fourth quarter"). */
static bool game_report(const struct nkg_doc *doc, const struct nkg_tokens *toks)
{
	int plays = 0;
	const char *league = NULL;
	for (uint32_t i = 0; i < toks->n; i++) {
		struct nkg_str w = nkg_token_str(doc, &toks->toks[i]);
		for (const char *const *p = game_plays; *p; p++)
			if (eq_nocase(w, *p))
				plays++;
		for (const char *const *l = game_leagues; *l; l++)
			if (eq_nocase(w, *l)) {
				if (plays || (league && league != *l))
					return true;
				league = *l;
			}
		if (plays >= 2 || (plays && league))
			return true;
	}
	return false;
}

/* A quarter or half of a game, "late in [the fourth quarter]", "a
 * second-half surge": in a game report, in a sentence without a company's
 * figures ("profit in the fourth quarter" stays a quarter of the year). */
static bool game_period(struct tctx *c)
{
	static const char *const figures[] = {
	        "earnings", "revenue",    "revenues",  "profit",   "profits",  "sales",
	        "fiscal",   "quarterly",  "income",    "percent",  "%",        "economy",
	        "GDP",      "growth",     "shares",    "results",  "dividend", "loss",
	        "losses",   "deliveries", "shipments", "orders",   "output",   "production",
	        "prices",   "analysts",   "expects",   "forecast", "company",  NULL};
	if (c->game_report < 0) /* read once, at the first quarter or half */
		c->game_report = game_report(c->doc, c->toks);
	return c->game_report && !sentence_has(c, figures);
}

/* Quarters and halves of a year: "the third quarter of this year" ->
 * "2009-Q3", "the fourth quarter" (the latest one not after the
 * publication date), "the first half of 2019" -> "2019-H1". */
static int m_quarter(struct tctx *c, uint32_t i)
{
	char buf[32];
	if (!tok_is(c, i, "the") && !tok_is(c, i, "this") && !tok_is(c, i, "last") &&
	    !tok_is(c, i, "next"))
		return 0;
	uint32_t j = i + 1;
	int q = tok_is(c, i, "the") ? has(c, j) ? ordinal_word(tok(c, j)) : 0 : -1;
	if (q == 0 && tok_is(c, i, "the") && tok_is(c, j, "current"))
		q = -1; /* "the current quarter": this one */
	if (q != 0 && tok_is(c, i, "the"))
		j++;
	else if (q == 0)
		return 0;
	/* "in [the last financial quarter]", "[the current fiscal quarter]":
	 * the calendar's (a fiscal first quarter is another's, so "fiscal"
	 * only with last, this, next and current) */
	if (tok_is(c, j + 1, "quarter") &&
	    (tok_is(c, j, "financial") || (tok_is(c, j, "fiscal") && (q == -1 || q == 5))))
		j++;
	bool half = tok_is(c, j, "half");
	if (!tok_is(c, j, "quarter") && !half)
		return 0;
	if (half && q > 2 && q != 5)
		return 0;
	if (q > 0 && !year_after_of(c, j + 1, &(int){0}, &(uint32_t){0}) && game_period(c))
		return 0;
	int y, n = 0;
	uint32_t used;
	/* "[the first quarter of fiscal 2010]", "[the second half of fiscal
	 * year 2009]": the fiscal year's ("FY2010-Q1") */
	if (q > 0 && q < 5 && tok_is(c, j + 1, "of") && tok_is(c, j + 2, "fiscal")) {
		uint32_t fy = tok_is(c, j + 3, "year") ? j + 4 : j + 3;
		if (tok_year(c, fy, &y)) {
			snprintf(buf, sizeof(buf), "FY%04d-%c%d", y, half ? 'H' : 'Q', q);
			return emit(c, NKG_TIMEX_DATE, buf, false, i, fy + 1, 0.8f,
			            "timex:quarter");
		}
	}
	bool explicit_year = year_after_of(c, j + 1, &y, &used);
	/* "the second half of the year", "the last quarter of the year": of
	 * the reference time's year (TimeML), "XXXX-H2" without one. */
	if (!explicit_year && q > 0 && tok_is(c, j + 1, "of") && tok_is(c, j + 2, "the") &&
	    tok_is(c, j + 3, "year") &&
	    !(has(c, j + 4) && (c->toks->toks[j + 4].flags & NKG_TOK_POSSESSIVE))) {
		char ref[16] = "";
		struct nkg_ymd r = period_ref(c, j + 3);
		n = q == 5 ? (half ? 2 : 4) : q;
		if (r.y) {
			snprintf(buf, sizeof(buf), "%04d-%c%d", r.y, half ? 'H' : 'Q', n);
			fmt_ref(&r, ref, sizeof(ref));
		} else {
			snprintf(buf, sizeof(buf), "XXXX-%c%d", half ? 'H' : 'Q', n);
		}
		return emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, j + 4, 0.8f,
		               "timex:quarter");
	}
	if (!explicit_year) {
		/* "the first half" of a match is not a date: require a year or
		 * the publication date, and for halves a sentence about money
		 * ("net profit rose 8 percent in [the first half]"). */
		if (!c->has_anchor ||
		    (half && (!money_near(c, i, j) || tok_is(c, j + 1, "of") || i <= c->first ||
		              !(tok_is(c, i - 1, "in") || tok_is(c, i - 1, "during") ||
		                tok_is(c, i - 1, "for") || tok_is(c, i - 1, "over") ||
		                tok_is(c, i - 1, "through") || tok_is(c, i - 1, "since") ||
		                tok_is(c, i - 1, "by")))))
			return 0;
		used = 0;
	}
	int per = half ? 2 : 4, cur = half ? (c->anchor.m + 5) / 6 : (c->anchor.m + 2) / 3;
	if (!explicit_year)
		y = c->anchor.y;
	if (q == -1) { /* this / last / next quarter */
		int k = c->anchor.y * per + cur - 1 +
		        (tok_is(c, i, "last")   ? -1
		         : tok_is(c, i, "next") ? 1
		                                : 0);
		y = k / per;
		n = k % per + 1;
	} else if (q == 5) { /* "the last quarter": the one before the current */
		if (explicit_year) {
			n = per;
		} else {
			int k = c->anchor.y * per + cur - 2;
			y = k / per;
			n = k % per + 1;
		}
	} else {
		n = q;
		int tense = explicit_year ? 0 : tense_at(c, j);
		if (!explicit_year && n > cur && tense <= 0 && !(tense == 0 && forecast_told(c, i)))
			y--;
		/* "will double purchases in the second quarter" in December:
		 * next year's (a quarter just ended may still be reported on,
		 * "will report second-quarter results" in August) */
		if (!explicit_year && n + 2 <= cur && tense > 0)
			y++;
	}
	snprintf(buf, sizeof(buf), "%04d-%c%d", y, half ? 'H' : 'Q', n);
	return emit(c, NKG_TIMEX_DATE, buf, !explicit_year, i, j + 1 + used, 0.8f, "timex:quarter");
}

static int quarter_token(struct nkg_str s, bool *half);

/* A quarter or half of a fiscal year that is not named: "[its fiscal third
 * quarter]" without "its", "[the fiscal first half]", "[fiscal
 * fourth-quarter] profit": of the fiscal year that the publication year
 * names (TimeML's "FY2009-Q3"); companies name a fiscal year by the
 * calendar year it ends in, and report a quarter soon after it ends. */
static int m_fiscal_quarter(struct tctx *c, uint32_t i)
{
	char buf[32];
	uint32_t j = i;
	if (tok_is(c, j, "the"))
		j++;
	else if (i > c->first && tok_is(c, i - 1, "the"))
		return 0; /* from "the" */
	if (!tok_is(c, j, "fiscal") || !has(c, j + 1) || !c->has_anchor)
		return 0;
	bool half;
	uint32_t e;
	int q = quarter_token(tok(c, j + 1), &half);
	if (q && tok(c, j + 1).len > 2) {
		e = j + 2; /* "fiscal third-quarter" */
	} else {
		q = ordinal_word(tok(c, j + 1));
		half = tok_is(c, j + 2, "half");
		if (q < 1 || q > (half ? 2 : 4) || !(half || tok_is(c, j + 2, "quarter")))
			return 0;
		e = j + 3;
	}
	/* "the fiscal third quarter of 2009": m_quarter's "of fiscal" reads
	 * the year after "of" as the fiscal year too */
	int y = c->anchor.y;
	if (tok_is(c, e, "of") &&
	    (tok_year(c, e + 1, &y) || (tok_is(c, e + 1, "fiscal") && tok_year(c, e + 2, &y))))
		e += tok_is(c, e + 1, "fiscal") ? 3 : 2;
	else if (tok_year(c, e, &y))
		e++;
	else
		y = c->anchor.y;
	snprintf(buf, sizeof(buf), "FY%04d-%c%d", y, half ? 'H' : 'Q', q);
	return emit(c, NKG_TIMEX_DATE, buf, true, i, e, 0.8f, "timex:fiscal-quarter");
}

/* "the July-September quarter", "the April-June period", "the
 * October-December quarter of 2008": the calendar quarter those three
 * months make ("2010-Q3"); without a year the latest such quarter that
 * began before the publication date (the coming one in a future
 * sentence). */
static int m_month_range_quarter(struct tctx *c, uint32_t i)
{
	char buf[32];
	if (!tok_is(c, i, "the") || !has(c, i + 2))
		return 0;
	struct nkg_str s = tok(c, i + 1);
	const char *dash = s.len >= 7 ? memchr(s.ptr, '-', s.len) : NULL;
	if (!dash)
		return 0;
	int m1 = nkg_month_number((struct nkg_str){s.ptr, (size_t)(dash - s.ptr)});
	int m2 = nkg_month_number((struct nkg_str){dash + 1, (size_t)(s.ptr + s.len - dash - 1)});
	if (!m1 || m2 != m1 + 2 || (m1 - 1) % 3 || !tok_cap(c, i + 1) ||
	    !(tok_is(c, i + 2, "quarter") || tok_is(c, i + 2, "period")))
		return 0;
	int q = (m1 + 2) / 3, y;
	uint32_t e = i + 3;
	bool anchored = false;
	if (tok_year(c, e, &y))
		e++;
	else if (tok_is(c, e, "of") && tok_year(c, e + 1, &y))
		e += 2;
	else if (c->has_anchor) {
		anchored = true;
		y = c->anchor.y;
		if (m1 > c->anchor.m && tense_at(c, i) <= 0)
			y--;
	} else {
		snprintf(buf, sizeof(buf), "XXXX-Q%d", q);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, e, 0.8f, "timex:quarter");
	}
	snprintf(buf, sizeof(buf), "%04d-Q%d", y, q);
	return emit(c, NKG_TIMEX_DATE, buf, anchored, i, e, 0.8f, "timex:quarter");
}

/* "[the holiday quarter]", "the holiday-season quarter": the calendar's
 * fourth, the one of the shopping season (of the publication year from
 * October on or in a future sentence, else of the year before). */
static int m_holiday_quarter(struct tctx *c, uint32_t i)
{
	char buf[32];
	uint32_t j = i + 2;
	if (!tok_is(c, i, "the") ||
	    !(tok_is(c, i + 1, "holiday") || tok_is(c, i + 1, "holiday-season")))
		return 0;
	if (tok_is(c, i + 1, "holiday") && tok_is(c, j, "season") && tok_is(c, j + 1, "quarter"))
		j++;
	if (!tok_is(c, j, "quarter") || !c->has_anchor)
		return 0;
	int y = c->anchor.y - (c->anchor.m < 10 && tense_at(c, i) <= 0);
	snprintf(buf, sizeof(buf), "%04d-Q4", y);
	return emit(c, NKG_TIMEX_DATE, buf, true, i, j + 1, 0.8f, "timex:quarter");
}

/* The quarter or half of one token: "Q3" / "3Q" (quarter 3), "H1" (half 1),
 * "third-quarter", "first-half"; 0 for none. */
static int quarter_token(struct nkg_str s, bool *half)
{
	static const char *const ords[] = {"first-", "second-", "third-", "fourth-"};
	*half = false;
	if (s.len == 2) {
		char a = s.ptr[0], b = s.ptr[1];
		if ((a == 'Q' || a == 'H') && b >= '1' && b <= (a == 'Q' ? '4' : '2')) {
			*half = a == 'H';
			return b - '0';
		}
		if (b == 'Q' && a >= '1' && a <= '4')
			return a - '0';
		return 0;
	}
	if (s.len < 10 || s.len > 14)
		return 0;
	for (int k = 0; k < 4; k++) {
		size_t n = prefix_nocase(s, ords[k]);
		if (!n)
			continue;
		struct nkg_str rest = {s.ptr + n, s.len - n};
		if (eq_nocase(rest, "quarter"))
			return k + 1;
		if (k < 2 && eq_nocase(rest, "half")) {
			*half = true;
			return k + 1;
		}
	}
	return 0;
}

/* "Q3", "Q3 2008", "3Q", "H1 2009" (halves only with their year),
 * "third-quarter", "first-half" (as in "third-quarter profit"): the
 * year given, else the one of the latest such quarter not after the
 * publication date (the coming one in a future sentence). */
static int m_quarter_word(struct tctx *c, uint32_t i)
{
	char buf[32];
	bool half;
	struct nkg_str s = tok(c, i);
	int q = quarter_token(s, &half), y;
	uint32_t e = i + 1;
	if (!q || (!tok_year(c, e, &y) && game_period(c)))
		return 0;
	/* Not inside a name or code ("Audi Q3", "the H1N1 ..."). */
	if (s.len == 2 && i > c->first && tok_cap(c, i - 1) &&
	    !(c->toks->toks[i - 1].flags & NKG_TOK_SENT_START))
		return 0;
	if (tok_year(c, e, &y)) {
		e++;
	} else if (tok_is(c, e, "of") && tok_year(c, e + 1, &y)) {
		e += 2;
	} else {
		if (!c->has_anchor || (half && s.len == 2))
			return 0;
		int cur = half ? (c->anchor.m + 5) / 6 : (c->anchor.m + 2) / 3;
		y = c->anchor.y;
		int tense = tense_at(c, i);
		if (q > cur && tense <= 0 && !(tense == 0 && forecast_told(c, i)))
			y--;
		snprintf(buf, sizeof(buf), "%04d-%c%d", y, half ? 'H' : 'Q', q);
		return emit(c, NKG_TIMEX_DATE, buf, true, i, e, 0.8f, "timex:quarter");
	}
	snprintf(buf, sizeof(buf), "%04d-%c%d", y, half ? 'H' : 'Q', q);
	return emit(c, NKG_TIMEX_DATE, buf, false, i, e, 0.9f, "timex:quarter");
}

/* The month that ends a period, told after its noun from token t:
 * "[that|which] VERB [PREP] Month", VERB one of verbs, PREP one of preps,
 * none after a VERB that is itself a preposition ("to [March]", "through
 * [June]"); its token, 0 when there is none.  m_fiscal reads two forms
 * with it: a period's end (period_end_*: "[the fiscal year] ending in
 * [March]", "that ended in [March]", "to [March] 2007") and a stated year
 * end (year_end_*: "[the current financial year], which ends on [June]
 * 30", "that runs to [September]", after a comma).  A fixed reach. */
static const char *const period_end_verbs[] = {"ending", "ended",   "ends", "end",
                                               "to",     "through", NULL};
static const char *const period_end_preps[] = {"in", NULL};
static const char *const year_end_verbs[] = {"ends", "ending", "ended", "runs", "run", "end", NULL};
static const char *const year_end_preps[] = {"on", "in", "to", "at", "through", NULL};
static uint32_t fiscal_end_month(const struct tctx *c, uint32_t t, const char *const *verbs,
                                 const char *const *preps)
{
	if (tok_is(c, t, "that") || tok_is(c, t, "which"))
		t++;
	if (!tok_in(c, t, verbs))
		return 0;
	t++;
	if (tok_in(c, t, preps) && !tok_is(c, t - 1, "to") && !tok_is(c, t - 1, "through"))
		t++;
	return has(c, t) && tok_cap(c, t) && tok_month(c, t) ? t : 0;
}

/* Fiscal years, TimeML's "FY": "fiscal 2009", "fiscal year 2010",
 * "fiscal-year 2010", "FY2009", "FY 2009", "the 2009 fiscal year". */
static int m_fiscal(struct tctx *c, uint32_t i)
{
	char buf[32];
	struct nkg_str s = tok(c, i);
	int y;
	uint32_t b = i, e;
	if (s.len == 6 && (s.ptr[0] == 'F' && s.ptr[1] == 'Y') &&
	    str_uint((struct nkg_str){s.ptr + 2, 4}, 4, &y) && y >= 1000) {
		e = i + 1; /* "FY2009" */
	} else if (tok_is(c, i, "FY") && tok_year(c, i + 1, &y)) {
		e = i + 2;
	} else if ((tok_is(c, i, "fiscal") || tok_is(c, i, "fiscal-year")) &&
	           tok_year(c, i + 1, &y)) {
		e = i + 2;
	} else if (tok_is(c, i, "fiscal") && tok_is(c, i + 1, "year") && tok_year(c, i + 2, &y)) {
		e = i + 3;
	} else if (tok_year(c, i, &y) && tok_is(c, i + 1, "fiscal") && tok_is(c, i + 2, "year")) {
		e = i + 3;
		if (i > c->floor && tok_is(c, i - 1, "the"))
			b = i - 1;
	} else if (tok_is(c, i, "the") &&
	           (tok_is(c, i + 1, "fiscal") || tok_is(c, i + 1, "financial")) &&
	           tok_is(c, i + 2, "year") && c->has_anchor &&
	           (e = fiscal_end_month(c, i + 3, period_end_verbs, period_end_preps)) != 0) {
		/* "[the fiscal year] ending in March", "[the fiscal year] that
		 * ended in March", "[the fiscal year] to March 2007": the year
		 * is named by its last month's (as the written set's "FY2013"
		 * for the year ending in March 2013), the month resolved as
		 * m_bare_month resolves it: a forecast's is the year still
		 * running, "ended" the last one, else the tense's */
		int m = tok_month(c, e), am = c->anchor.m;
		if (tok_year(c, e + 1, &y))
			;
		else if (tok_is(c, i + 3, "ended") || tok_is(c, i + 4, "ended"))
			y = m <= am ? c->anchor.y : c->anchor.y - 1;
		else if (forecast_before(c, i))
			y = m >= am ? c->anchor.y : c->anchor.y + 1;
		else
			y = month_year(c, m, 2, tense_at(c, e));
		snprintf(buf, sizeof(buf), "FY%04d", y);
		int rc = emit(c, NKG_TIMEX_DATE, buf, true, i, i + 3, 0.8f, "timex:fiscal");
		return rc > 0 ? 3 : rc;
	} else if (c->has_anchor &&
	           (tok_is(c, i, "this") || tok_is(c, i, "last") || tok_is(c, i, "next") ||
	            (tok_is(c, i, "the") &&
	             (tok_is(c, i + 1, "current") || tok_is(c, i + 1, "previous") ||
	              tok_is(c, i + 1, "prior") || tok_is(c, i + 1, "last") ||
	              tok_is(c, i + 1, "next")))) &&
	           (tok_is(c, i + 1 + tok_is(c, i, "the"), "fiscal") ||
	            tok_is(c, i + 1 + tok_is(c, i, "the"), "financial")) &&
	           tok_is(c, i + 2 + tok_is(c, i, "the"), "year")) {
		/* "this fiscal year", "last fiscal year", "the current fiscal
		 * year": the fiscal year the publication year names, and the
		 * one before or after it.  A "financial year" (British,
		 * Commonwealth and Japanese usage) mostly runs from April to
		 * March and is named by the year it ends in: "the current
		 * financial year" said in June 2004 is FY2005, "last financial
		 * year" said in May 2018 FY2018 (the written set's values). */
		uint32_t k = tok_is(c, i, "the") ? i + 1 : i;
		int shift =
		        tok_is(c, k, "last") || tok_is(c, k, "previous") || tok_is(c, k, "prior")
		                ? -1
		        : tok_is(c, k, "next") ? 1
		                               : 0;
		/* "the last fiscal year of the scheme": the final one */
		if (k > c->first && tok_is(c, k - 1, "the") && tok_is(c, k, "last") &&
		    tok_is(c, k + 3, "of"))
			return 0;
		y = c->anchor.y + shift;
		/* the year's last month, told after it ("the current financial
		 * year, which ends on June 30": Australian, New Zealand, July to
		 * June, review17 F12), else March for a financial year */
		uint32_t em = fiscal_end_month(c, k + 3 + tok_is(c, k + 3, ","), year_end_verbs,
		                               year_end_preps);
		int end = em ? tok_month(c, em) : 0;
		if (!end && tok_is(c, k + 1, "financial"))
			end = 3;
		if (end && c->anchor.m > end)
			y++;
		snprintf(buf, sizeof(buf), "FY%04d", y);
		return emit(c, NKG_TIMEX_DATE, buf, true, i, k + 3, 0.8f, "timex:fiscal");
	} else {
		return 0;
	}
	/* "[the fiscal 2009 fourth quarter]", "fiscal 2010 first-half": a
	 * quarter or half of the fiscal year, one expression */
	int q = has(c, e) ? ordinal_word(tok(c, e)) : 0;
	bool half = false;
	if (q > 0 && q < 5 && (tok_is(c, e + 1, "quarter") || tok_is(c, e + 1, "half"))) {
		half = tok_is(c, e + 1, "half");
		e += 2;
	} else if (has(c, e) && (q = quarter_token(tok(c, e), &half)) > 0) {
		e += 1;
	} else {
		q = 0;
	}
	if (q && half && q > 2)
		return 0;
	if (q && b == i && i > c->floor && tok_is(c, i - 1, "the"))
		b = i - 1;
	if (q)
		snprintf(buf, sizeof(buf), "FY%04d-%c%d", y, half ? 'H' : 'Q', q);
	else
		snprintf(buf, sizeof(buf), "FY%04d", y);
	int rc = emit(c, NKG_TIMEX_DATE, buf, false, b, e, 0.9f, "timex:fiscal");
	return rc > 0 ? (int)(e - i) : rc;
}

/* Seasons: "the fall of 2011" -> "2011-FA", "this summer", "last winter",
 * "in the spring" (the publication year), "summer 2019". */
/* A preposition that puts a season in time: "in", "over", "during",
 * "through", "throughout", "until", "till", "for", "by", "since", "before",
 * "after", "into". */
static bool season_prep(const struct tctx *c, uint32_t i)
{
	static const char *const w[] = {"in",     "over",  "during", "through", "throughout",
	                                "until",  "till",  "for",    "by",      "since",
	                                "before", "after", "into",   NULL};
	return tok_in(c, i, w);
}

/* A word that may follow a season phrase without making the season a
 * modifier ("over the summer and ...", "in the spring when ..."): a
 * conjunction, a preposition, a relative or an adverb of the clause.  A
 * noun after it ("the summer months", "the summer break") makes it one. */
static bool season_follower(struct nkg_str s)
{
	static const char *const w[] = {"and",    "or",    "but",     "when", "as",    "after",
	                                "before", "while", "to",      "with", "at",    "in",
	                                "on",     "for",   "because", "than", "that",  "if",
	                                "until",  "amid",  "despite", "so",   "alone", "too"};
	for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (eq_nocase(s, w[k]))
			return true;
	return false;
}

/* A word that tells the weather or the quality of a season of the year,
 * before it: "a dry spring", "a cold winter", "a very difficult summer";
 * or a superlative, "the wettest winter", "its hottest summer", "the
 * worst winter" (news of weather and harvests). */
static bool season_quality(const struct tctx *c, uint32_t k)
{
	static const char *const w[] = {
	        "dry",    "wet",    "cold",     "warm",    "hot",       "mild",   "harsh",
	        "hard",   "severe", "snowy",    "rainy",   "stormy",    "wintry", "difficult",
	        "tough",  "bitter", "freezing", "brutal",  "scorching", "cool",   "long",
	        "record", "busy",   "quiet",    "dismal",  "bad",       "good",   "worst",
	        "poor",   "humid",  "chilly",   "drought", NULL};
	if (!has(c, k) || !(c->toks->toks[k].flags & NKG_TOK_WORD) ||
	    (c->toks->toks[k].flags & NKG_TOK_NUMBER))
		return false;
	struct nkg_str s = tok(c, k);
	/* nouns and adjectives in "-est" that are no superlatives */
	static const char *const est[] = {
	        "interest", "harvest", "forest",    "protest",   "contest",   "request",
	        "arrest",   "midwest", "southwest", "northwest", "southeast", "northeast",
	        "conquest", "honest",  "modest",    "earnest",   "manifest",  "digest",
	        "suggest",  "invest",  "unrest",    "inquest",   "tempest",   NULL};
	return tok_in(c, k, w) ||
	       (s.len >= 6 && eq_nocase((struct nkg_str){s.ptr + s.len - 3, 3}, "est") &&
	        !tok_in(c, k, est));
}

/* The season phrase told by its quality that starts at token i: a
 * determiner or possessive pronoun ("a", "the", "its", "their"...), or
 * nothing after a preposition of time or a possessive "'s" ("after harsh
 * winter", "Russia's hottest summer"); an optional degree word ("very",
 * "unusually"); a quality (season_quality); the season word at *j.  Not
 * "a hot spring" (water), nor a modifier ("a dry summer day", "the worst
 * winter weather", "a cold winter coat"): after the season only
 * punctuation, a word of the clause (season_follower) or "since", "on",
 * "of", "in", or a verb of being or having. */
static bool season_by_quality(const struct tctx *c, uint32_t i, uint32_t *j)
{
	static const char *const dets[] = {"a",   "an",  "the", "its",  "their", "his",
	                                   "her", "our", "my",  "your", NULL};
	static const char *const degree[] = {"very",       "unusually",  "particularly",
	                                     "extremely",  "relatively", "exceptionally",
	                                     "especially", "fairly",     NULL};
	static const char *const after[] = {"since", "on",  "of",   "in",    "was",  "is",
	                                    "has",   "had", "have", "ended", "left", NULL};
	uint32_t k = i;
	if (tok_in(c, k, dets))
		k++;
	else if (!(i > c->first &&
	           (season_prep(c, i - 1) || (c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE))))
		return false;
	if (tok_in(c, k, degree))
		k++;
	if (!season_quality(c, k) || !has(c, k + 1))
		return false;
	/* "a hot spring" is water, "their worst fall since 1987" a decline */
	if ((tok_is(c, k, "hot") && tok_is(c, k + 1, "spring")) || tok_is(c, k + 1, "fall"))
		return false;
	if (has(c, k + 2) && !(c->toks->toks[k + 2].flags & NKG_TOK_PUNCT) &&
	    !season_follower(tok(c, k + 2)) && !tok_in(c, k + 2, after))
		return false;
	*j = k + 1;
	return true;
}

/* What kind of sport the whole document reports, from the names of its
 * competitions and the words of its games: 1 a sport whose seasons are
 * calendar years (baseball, cricket, Formula One, MLS), 2 one whose
 * season runs from late summer over New Year into spring or early summer
 * (European football's leagues and cups, the NBA, the NHL), 3 a sport not
 * told apart (the NFL's season ends in February), 0 none. */
static int sport_kind(const struct tctx *c)
{
	static const char *const calendar_words[] = {"baseball", "inning",   "innings",
	                                             "pitcher",  "pitchers", "cricket",
	                                             "wicket",   "wickets",  NULL};
	static const char *const calendar_names[] = {"MLB",    "IPL",     "F1",      "Prix", "MLS",
	                                             "NASCAR", "Yankees", "Dodgers", "Sox",  NULL};
	static const char *const winter[] = {"Bundesliga",  "Liga", "Serie",  "Ligue",
	                                     "NBA",         "NHL",  "Europa", "Eredivisie",
	                                     "Premiership", NULL};
	static const char *const sport[] = {
	        "goal",       "goals",        "scored",      "club",      "coach",    "team",
	        "teams",      "league",       "match",       "matches",   "game",     "games",
	        "tournament", "championship", "players",     "player",    "striker",  "midfielder",
	        "defender",   "goalkeeper",   "squad",       "fixture",   "fixtures", "playoffs",
	        "play-offs",  "NFL",          "quarterback", "touchdown", "transfer", NULL};
	int kind = 0;
	for (uint32_t k = 0; k < c->toks->n; k++) {
		struct nkg_str w = nkg_token_str(c->doc, &c->toks->toks[k]);
		struct nkg_str next = k + 1 < c->toks->n
		                              ? nkg_token_str(c->doc, &c->toks->toks[k + 1])
		                              : NKG_STR_NULL;
		bool cap = w.len > 1 && w.ptr[0] >= 'A' && w.ptr[0] <= 'Z';
		const char *const *l;
		for (l = calendar_words; *l; l++)
			if (eq_nocase(w, *l))
				return 1;
		/* "Formula One", "spring training" */
		if ((eq_nocase(w, "Formula") && eq_nocase(next, "One")) ||
		    (eq_nocase(w, "spring") && eq_nocase(next, "training")))
			return 1;
		for (l = calendar_names; cap && *l; l++)
			if (eq_nocase(w, *l))
				return 1;
		for (l = winter; cap && *l; l++)
			if (eq_nocase(w, *l))
				kind = 2;
		/* "Premier League", "Champions League", "FA Cup" */
		if (cap &&
		    (eq_nocase(w, "Premier") || eq_nocase(w, "Champions") || eq_nocase(w, "FA")) &&
		    (eq_nocase(next, "League") || eq_nocase(next, "Cup")))
			kind = 2;
		if (!kind)
			for (l = sport; *l; l++)
				if (eq_nocase(w, *l)) {
					kind = 3;
					break;
				}
	}
	return kind;
}

/* A season, "[this season]", "[last season]", "[next season]": the year
 * it began in, as the written set's annotators give it ("XXXX" without a
 * date).  Mostly a sport's, but not only: the annotators mark a crop's
 * ("next season's crop") and a holiday's too, so it is not restricted to
 * sports reports.  A calendar-year sport's is the publication year's
 * ("last season" in February 2020 is 2019); a season that spans New Year
 * began the year before until June ("this season" in May 2019 is the
 * 2018-19 one, 2018); otherwise the year before until March ("this
 * season" in January 2018 is 2017, "last season" in April 2024 2023).
 * "last season - their best" with a spaced dash is one, "a last
 * season-ticket holder" not. */
static int m_sports_season(struct tctx *c, uint32_t i)
{
	char buf[8];
	int off, kind;
	if (tok_is(c, i, "this"))
		off = 0;
	else if (tok_is(c, i, "last"))
		off = -1;
	else if (tok_is(c, i, "next"))
		off = 1;
	else
		return 0;
	if (!tok_is(c, i + 1, "season") ||
	    (is_dash(c, i + 2) && c->toks->toks[i + 2].begin == c->toks->toks[i + 1].end))
		return 0;
	kind = sport_kind(c);
	if (!c->has_anchor) /* without a date: which year is unknown */
		return emit(c, NKG_TIMEX_DATE, "XXXX", false, i, i + 2, 0.7f,
		            "timex:sports-season");
	snprintf(buf, sizeof(buf), "%04d",
	         c->anchor.y + off -
	                 (kind == 1   ? 0
	                  : kind == 2 ? c->anchor.m <= 6
	                              : c->anchor.m <= 3));
	return emit(c, NKG_TIMEX_DATE, buf, true, i, i + 2, 0.7f, "timex:sports-season");
}

/* Token k is a season's name, the one the matcher just emitted for "the
 * driest summer and [autumn]" ("fall" left out: the verb). */
static bool season_word(const struct tctx *c, uint32_t k)
{
	return tok_is(c, k, "spring") || tok_is(c, k, "summer") || tok_is(c, k, "autumn") ||
	       tok_is(c, k, "winter");
}

/* A winter season phrase (tokens i..j, shift 0 for "this", 2 for none)
 * said in January to April is told as the one that began the December
 * before: in January and February, inside it, unless the clause looks
 * ahead; in March and April, after it, only in a past clause or after
 * "after", "since", "following" ("Herders count losses after [harsh
 * winter]"): a present there is a plan or a habit ("The resort opens in
 * [the winter]", said in April: the coming one, review17 F4). */
static bool winter_told_past(const struct tctx *c, uint32_t i, uint32_t j, int shift)
{
	if (c->anchor.m <= 2 || shift == 0)
		return tense_at(c, j) <= 0;
	/* the clause's own verb before it, not a verb of saying after it
	 * ("opens in the winter, its owner [said]") */
	for (uint32_t k = i; k > c->first && k + 10 > i;) {
		int tk = tense_cue(c, --k);
		if (tk)
			return tk < 0;
	}
	return i > c->first && (tok_is(c, i - 1, "after") || tok_is(c, i - 1, "since") ||
	                        tok_is(c, i - 1, "following"));
}

static int m_season(struct tctx *c, uint32_t i)
{
	static const struct {
		const char *w, *v;
	} seasons[] = {{"spring", "SP"},
	               {"summer", "SU"},
	               {"fall", "FA"},
	               {"autumn", "FA"},
	               {"winter", "WI"}};
	char buf[16];
	int shift = 2;
	uint32_t j = i;
	/* "the following summer", "the previous winter": from the reference */
	if (tok_is(c, i, "the") &&
	    (tok_is(c, i + 1, "following") || tok_is(c, i + 1, "previous")) && has(c, i + 2)) {
		const char *sv = NULL;
		for (size_t k = 0; k < sizeof(seasons) / sizeof(seasons[0]); k++)
			if (eq_nocase(tok(c, i + 2), seasons[k].w))
				sv = seasons[k].v;
		if (!sv || !c->ref.y || tok_is(c, i + 3, "of"))
			return 0;
		int rel = tok_is(c, i + 1, "following") ? 1 : -1, y = c->ref.y + rel;
		if (c->ref.m && sv[0] != 'W') {
			int first = sv[0] == 'S' ? (sv[1] == 'P' ? 3 : 6) : 9;
			y = rel > 0 ? (c->ref.m < first ? c->ref.y : c->ref.y + 1)
			            : (c->ref.m > first + 2 ? c->ref.y : c->ref.y - 1);
		}
		char ref[16];
		fmt_ref(&c->ref, ref, sizeof(ref));
		snprintf(buf, sizeof(buf), "%04d-%s", y, sv);
		return emit_at(c, NKG_TIMEX_DATE, buf, nkg_str_from_cstr(ref), i, i + 3, 0.8f,
		               "timex:season");
	}
	bool quality = false;
	if (tok_is(c, i, "this") || tok_is(c, i, "last") || tok_is(c, i, "next")) {
		shift = tok_is(c, i, "last") ? -1 : tok_is(c, i, "this") ? 0 : 1;
		j++;
	} else if (season_by_quality(c, i, &j)) {
		quality = true; /* "a dry [spring]", "the wettest winter" */
	} else if (tok_is(c, i, "the")) {
		j++;
	}
	const char *v = NULL;
	/* Season names are 4 to 6 letters: most tokens skip the loop. */
	size_t n = has(c, j) ? tok(c, j).len : 0;
	for (size_t k = 0; k < sizeof(seasons) / sizeof(seasons[0]) && n >= 4 && n <= 6; k++)
		if (eq_nocase(tok(c, j), seasons[k].w))
			v = seasons[k].v;
	if (!v)
		return 0;
	int y;
	uint32_t used = 0;
	if (year_after_of(c, j + 1, &y, &used) || (tok_year(c, j + 1, &y) && (used = 1))) {
		snprintf(buf, sizeof(buf), "%04d-%s", y, v);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, j + 1 + used, 0.9f, "timex:season");
	}
	/* "a dry spring in 2019", "a cold winter in 2021": the year after
	 * "in" is the season's (review17 F3); the year is its own
	 * expression, matched next */
	if (quality && tok_is(c, j + 1, "in") && tok_year(c, j + 2, &y)) {
		snprintf(buf, sizeof(buf), "%04d-%s", y, v);
		return emit(c, NKG_TIMEX_DATE, buf, false, i, j + 1, 0.8f, "timex:season");
	}
	/* Without a year: only where the season reading is certain, "the
	 * summer" after a preposition of time ("in", "over", "during", "for",
	 * "until"...), and never a noun's modifier ("the summer months", "the
	 * Summer Olympics") or "the fall of Rome". */
	/* "the driest summer and [autumn]": a season coordinated with one just
	 * emitted is one too */
	bool coordinated = j == i && i >= c->first + 2 && i - 1 >= c->floor &&
	                   (tok_is(c, i - 1, "and") || tok_is(c, i - 1, "or")) &&
	                   c->floor == i - 1 && season_word(c, i - 2);
	if (shift == 2 && !quality && !coordinated &&
	    !(tok_is(c, i, "the") && season_prep(c, i - 1)))
		return 0;
	if (shift == 2 && !quality && has(c, j + 1) &&
	    (tok_is(c, j + 1, "of") ||
	     (!(c->toks->toks[j + 1].flags & NKG_TOK_PUNCT) && !season_follower(tok(c, j + 1)))))
		return 0;
	/* "after the fall in prices", "since the fall to $40": a decline */
	if (shift == 2 && v[0] == 'F' && eq_nocase(tok(c, j), "fall") &&
	    (tok_is(c, j + 1, "in") || tok_is(c, j + 1, "to") || tok_is(c, j + 1, "from")))
		return 0;
	if (j == i && shift == 2 && !coordinated)
		return 0;
	if (!c->has_anchor)
		return 0;
	y = c->anchor.y + (shift == 2 ? 0 : shift);
	/* "lost animals [this winter]", "it had been [the wettest winter]",
	 * said in January to April: the winter that began last December
	 * (TimeML names a winter by the year it begins in, as the written
	 * and geo annotators do), unless the clause looks ahead ("will
	 * return for the winter") */
	if (v[0] == 'W' && shift != -1 && shift != 1 && c->anchor.m <= 4 &&
	    winter_told_past(c, i, j, shift))
		y--;
	/* ...so "last winter" said in January or February, inside this
	 * winter, is the one before it, and "next winter" the one to begin
	 * this December, unless said in December (review17 F2) */
	if (v[0] == 'W' && shift == -1 && c->anchor.m <= 2)
		y--;
	if (v[0] == 'W' && shift == 1 && c->anchor.m < 12)
		y--;
	if (v[0] != 'W') {
		/* Spring is March to May, summer June to August, fall September
		 * to November (winter spans two years: as given).  "last summer"
		 * is the last one over ("last summer", said in December: this
		 * year's), "next summer" the first to begin ("next summer", said
		 * in February: this year's).  "in the spring": the publication
		 * year's, unless the tense says it is over ("will resume in the
		 * spring", said in August: next year's) or yet to come ("resumed
		 * in the fall", said in August: last year's). */
		int first = v[0] == 'S' ? (v[1] == 'P' ? 3 : 6) : 9;
		bool over = c->anchor.m > first + 2, begun = c->anchor.m >= first;
		int tense = shift == 2 ? tense_at(c, j) : 0;
		if (shift == -1)
			y = c->anchor.y - (over ? 0 : 1);
		else if (shift == 1)
			y = c->anchor.y + (begun ? 1 : 0);
		else if (shift == 2 && tense > 0 && over)
			y++;
		else if (shift == 2 && tense < 0 && !begun)
			y--;
	}
	snprintf(buf, sizeof(buf), "%04d-%s", y, v);
	return emit(c, NKG_TIMEX_DATE, buf, true, i, j + 1, 0.8f, "timex:season");
}

/* "this weekend", "last weekend", "this past weekend", "the weekend", "next weekend":
 * "2010-W04-WE". */
static int m_weekend(struct tctx *c, uint32_t i)
{
	char buf[24];
	int shift;
	uint32_t b = i;
	/* "on weekends", "at weekends", "every weekend": the set of them */
	if ((tok_is(c, i, "weekends") && i > c->first &&
	     (tok_is(c, i - 1, "on") || tok_is(c, i - 1, "at") || tok_is(c, i - 1, "during"))) ||
	    ((tok_is(c, i, "every") || tok_is(c, i, "each")) && tok_is(c, i + 1, "weekend")))
		return emit(c, NKG_TIMEX_SET, "XXXX-WXX-WE", false, i,
		            i + (tok_is(c, i, "weekends") ? 1 : 2), 0.8f, "timex:weekend-set");
	if (tok_is(c, i, "this") && tok_is(c, i + 1, "past"))
		i++; /* "this past weekend" */
	/* "over [a single weekend]", "after [a weekend] of protests", "over [a
	 * holiday weekend]": a weekend near the date, as "the weekend" (not
	 * "a weekend trip") */
	static const char *const after_a_weekend[] = {
	        "of", "in", "when", "that", "at", "and", "before", "after", "for", "which", NULL};
	bool a_weekend = false;
	if (tok_is(c, i, "a") && c->has_anchor) {
		uint32_t w = tok_is(c, i + 1, "weekend") ? i + 1 : i + 2;
		a_weekend = tok_is(c, w, "weekend") &&
		            (w == i + 1 ||
		             ((c->toks->toks[i + 1].flags & NKG_TOK_WORD) && !tok_cap(c, i + 1) &&
		              !tok_is(c, i + 1, "long") && number_word(tok(c, i + 1)) <= 0)) &&
		            (!has(c, w + 1) || !(c->toks->toks[w + 1].flags & NKG_TOK_WORD) ||
		             tok_in(c, w + 1, after_a_weekend));
		if (!a_weekend)
			return 0;
		/* a length after a verb of spending or "for" ("spent [a
		 * weekend] in Paris", "close for [a weekend] in August"), else
		 * the weekend near the date ("ending [a weekend] in which") */
		static const char *const spending[] = {"spent",    "spend", "spends",
		                                       "spending", "for",   NULL};
		if (i > c->first && tok_in(c, i - 1, spending) && w == i + 1)
			return emit(c, NKG_TIMEX_DURATION, "P1WE", false, i, w + 1, 0.7f,
			            "timex:weekend");
		i = w - 1;
	}
	if (tok_is(c, i, "this") || tok_is(c, i, "the") || a_weekend)
		shift = 0;
	else if (tok_is(c, i, "last") || tok_is(c, i, "past"))
		shift = -1;
	else if (tok_is(c, i, "next") || tok_is(c, i, "coming"))
		shift = 1;
	else
		return 0;
	if (!tok_is(c, i + 1, "weekend"))
		return 0;
	if (!c->has_anchor) {
		/* Some weekend; "the weekend" only after a preposition of time
		 * ("over the weekend", "at the weekend"), not "the weekend edition". */
		if (!tok_is(c, i, "the") ||
		    (i > c->first && (tok_is(c, i - 1, "over") || tok_is(c, i - 1, "at") ||
		                      tok_is(c, i - 1, "during") || tok_is(c, i - 1, "on") ||
		                      tok_is(c, i - 1, "until") || tok_is(c, i - 1, "through") ||
		                      tok_is(c, i - 1, "throughout") || tok_is(c, i - 1, "by"))))
			return emit(c, NKG_TIMEX_DATE, "XXXX-WXX-WE", false, b, i + 2, 0.7f,
			            "timex:weekend");
		return 0;
	}
	/* "the weekend" before Friday is the one before; from Friday on, this one.
	 * "this weekend" in a past-tense sentence before Friday is the one just
	 * gone ("was a guest at the fair this weekend", said on a Tuesday). */
	int aw = nkg_weekday(c->anchor);
	if ((tok_is(c, i, "the") || a_weekend) && aw < 5)
		shift = future_context(c, i) ? 0 : -1;
	else if (tok_is(c, i, "this") && b == i && aw < 5 && tense_at(c, i) < 0)
		shift = -1;
	fmt_week(buf, sizeof(buf), c->anchor_days + 7 * shift);
	strcat(buf, "-WE");
	return emit(c, NKG_TIMEX_DATE, buf, true, b, i + 2, 0.8f, "timex:weekend");
}

/* "[For the next year], the Treasury will insure...", "stay closed for
 * [the coming month]", "remain in charge for [the coming year]": "for"
 * gives a length only where it opens the sentence or a clause (after a
 * comma) or follows a verb of lasting or holding, alone or with its
 * object or complement (three words back at most); after a noun it names
 * the period ("the budget for the next year", "the outlook for the
 * coming year"), and "scheduled for the next week" names it too. */
static bool for_a_span(const struct tctx *c, uint32_t f)
{
	static const char *const lasting[] = {
	        "stay",      "stays",      "stayed",     "staying",  "remain",    "remains",
	        "remained",  "remaining",  "last",       "lasts",    "lasted",    "lasting",
	        "run",       "runs",       "ran",        "running",  "continue",  "continues",
	        "continued", "continuing", "serve",      "serves",   "served",    "serving",
	        "close",     "closes",     "closed",     "closing",  "shut",      "shuts",
	        "freeze",    "freezes",    "froze",      "frozen",   "freezing",  "suspend",
	        "suspends",  "suspended",  "suspending", "ban",      "bans",      "banned",
	        "banning",   "extend",     "extends",    "extended", "extending", "insure",
	        "insures",   "insured",    "insuring",   "keep",     "keeps",     "kept",
	        "keeping",   "hold",       "holds",      "held",     "holding",   "be",
	        "been",      NULL};
	if (!tok_is(c, f, "for"))
		return false;
	if (f == c->first || (c->toks->toks[f].flags & NKG_TOK_SENT_START) || tok_is(c, f - 1, ","))
		return true;
	for (uint32_t k = f - 1; k >= c->first && f - k <= 3; k--) {
		if (tok_in(c, k, lasting))
			return true;
		if (!(c->toks->toks[k].flags & NKG_TOK_WORD) ||
		    (c->toks->toks[k].flags & NKG_TOK_SENT_START) || k == c->first)
			return false;
	}
	return false;
}

/* "the past decade", "the past year", "the last few years", "the next
 * six months": durations with a determiner (the count forms are
 * extended by extend_left). */
static int m_the_past(struct tctx *c, uint32_t i)
{
	char buf[24];
	bool plural = false;
	enum unit u;
	/* "recent years", "recent weeks": some years up to now. */
	if (tok_is(c, i, "recent") && has(c, i + 1) &&
	    (u = str_unit(tok(c, i + 1), &plural)) != U_NONE && plural && u != U_SECOND &&
	    !tok_is(c, i + 2, "of")) {
		duration_value(buf, sizeof(buf), -1, u);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 2, 0.8f, "timex:the-past");
	}
	/* "in [the weeks ahead]", "[the months ahead]" (some of them, as "the
	 * coming weeks"), "[the year ahead]" (one) */
	if (tok_is(c, i, "the") && tok_is(c, i + 2, "ahead") && has(c, i + 1) &&
	    (u = str_unit(tok(c, i + 1), &plural)) != U_NONE && u != U_SECOND) {
		duration_value(buf, sizeof(buf), plural ? -1 : 1, u);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 3, 0.8f, "timex:the-past");
	}
	if (!tok_is(c, i, "the") || !(tok_is(c, i + 1, "past") || tok_is(c, i + 1, "last") ||
	                              tok_is(c, i + 1, "next") || tok_is(c, i + 1, "coming")))
		return 0;
	uint32_t j = i + 2;
	int n = 1;
	if (tok_is(c, j, "few") || tok_is(c, j, "several") || tok_is(c, j, "many")) {
		n = -1;
		j++;
	}
	/* "the next few quarters", "the last few quarters": some quarters to
	 * come or gone (not a game's "the last few quarters of the season";
	 * "the past/next few quarters of the downturn" are still a span) */
	if (n == -1 && tok_is(c, j, "quarters") &&
	    !(tok_is(c, i + 1, "last") && tok_is(c, j + 1, "of")))
		return emit(c, NKG_TIMEX_DURATION, "PXQ", false, i, j + 1, 0.8f, "timex:the-past");
	u = has(c, j) ? str_unit(tok(c, j), &plural) : U_NONE;
	/* "the coming months", "the past weeks": how many is not said; not "the
	 * last years of his life". */
	if (n == 1 && plural && u != U_SECOND && !tok_is(c, j + 1, "of"))
		n = -1;
	if (u == U_NONE || (n == 1 && plural) || (n == -1 && !plural))
		return 0;
	/* "the last week" of a month, "the next day": only past/last + year,
	 * decade, century, or a plural; "over [the last year]", "[the last
	 * month] has been hard" (not "the last year of his term", "the last
	 * week before the vote", "the last week in March", "the last year to
	 * March") */
	bool last_period =
	        tok_is(c, i + 1, "last") && (u == U_YEAR || u == U_MONTH || u == U_WEEK) &&
	        !tok_is(c, j + 1, "of") && !tok_is(c, j + 1, "before") && !tok_is(c, j + 1, "in") &&
	        !tok_is(c, j + 1, "that") && !tok_is(c, j + 1, "when") &&
	        !(tok_is(c, j + 1, "to") &&
	          (tok_cap(c, j + 2) ||
	           (has(c, j + 2) && (c->toks->toks[j + 2].flags & NKG_TOK_NUMBER)))) &&
	        !tok_is(c, j + 1, "-") &&
	        !(has(c, j + 1) && (c->toks->toks[j + 1].flags & NKG_TOK_POSSESSIVE));
	/* "within [the next week]", "over [the coming year]": the span to
	 * come, as "the past year" is the one gone (not "the next week" as a
	 * subject or after "by", which names that week) */
	bool span_ahead =
	        (tok_is(c, i + 1, "next") || tok_is(c, i + 1, "coming")) &&
	        (u == U_YEAR || u == U_MONTH || u == U_WEEK) && i > c->first &&
	        (tok_is(c, i - 1, "within") || tok_is(c, i - 1, "over") ||
	         tok_is(c, i - 1, "during") || tok_is(c, i - 1, "throughout") ||
	         for_a_span(c, i - 1)) &&
	        !tok_is(c, j + 1, "of") && !tok_is(c, j + 1, "or") &&
	        !(has(c, j + 1) && (c->toks->toks[j + 1].flags & NKG_TOK_POSSESSIVE)) &&
	        !(tok_is(c, j + 1, "and") && tok_is(c, j + 2, "a") && tok_is(c, j + 3, "half"));
	/* "growing in [the coming year]", "the outlook for the coming
	 * month": the next one, as "next year" (not the span of "over the
	 * coming year") */
	/* (from a year the sentence told before it, that year's next: "In
	 * 2015, it said it expected growth in [the coming year]", 2016) */
	bool other_year = c->ref.y && c->has_anchor && c->ref.y != c->anchor.y &&
	                  c->ref_b >= c->first && c->ref_b < i;
	if (n == 1 && tok_is(c, i + 1, "coming") && !span_ahead && c->has_anchor &&
	    (u == U_YEAR || u == U_MONTH || u == U_WEEK) && !tok_is(c, j + 1, "of") &&
	    !(has(c, j + 1) && (c->toks->toks[j + 1].flags & NKG_TOK_POSSESSIVE))) {
		if (other_year && u == U_YEAR && c->ref.y < 9999) {
			snprintf(buf, sizeof(buf), "%04d", c->ref.y + 1);
			return emit(c, NKG_TIMEX_DATE, buf, true, i, j + 1, 0.8f, "timex:the-past");
		}
		if (!other_year && shift_value(c->anchor, u, 1, buf, sizeof(buf)))
			return emit(c, NKG_TIMEX_DATE, buf, true, i, j + 1, 0.8f, "timex:the-past");
	}
	if (n == 1 && !tok_is(c, i + 1, "past") && u != U_DECADE && u != U_CENTURY &&
	    !last_period && !span_ahead)
		return 0;
	duration_value(buf, sizeof(buf), n, u);
	return emit(c, NKG_TIMEX_DURATION, buf, false, i, j + 1, 0.8f, "timex:the-past");
}

/* The plural span: "over [the years]", "throughout [the decades]", "in
 * [the days] after the breach", "in [the months] before the poll": a
 * vague duration, "PXY", "PXD" (written-times marks four of four, wn4 and
 * the ECB+ annotators theirs); not "the years 2008 and 2009", "the days
 * of", nor "in the days" with no event to count from. */
static int m_the_plural_units(struct tctx *c, uint32_t i)
{
	static const char *const across[] = {"over", "through", "throughout", NULL};
	/* ("in the days ahead" is m_the_past's, a matcher before this one) */
	static const char *const around[] = {"after",     "before",  "since",
	                                     "following", "leading", NULL};
	bool plural = false;
	if (i <= c->first || !tok_is(c, i, "the") || !has(c, i + 1))
		return 0;
	enum unit u = str_unit(tok(c, i + 1), &plural);
	if (!plural || !(u == U_DAY || u == U_WEEK || u == U_MONTH || u == U_YEAR || u == U_DECADE))
		return 0;
	bool span =
	        (tok_in(c, i - 1, across) &&
	         (!has(c, i + 2) || (c->toks->toks[i + 2].flags & NKG_TOK_PUNCT) ||
	          clause_word(c, i + 2) || tok_is(c, i + 2, "to") || tok_is(c, i + 2, "and"))) ||
	        ((tok_is(c, i - 1, "in") || tok_is(c, i - 1, "during")) &&
	         tok_in(c, i + 2, around));
	if (!span || tok_is(c, i + 2, "of") ||
	    (has(c, i + 2) && (c->toks->toks[i + 2].flags & NKG_TOK_NUMBER)))
		return 0;
	char buf[16];
	duration_value(buf, sizeof(buf), -1, u);
	return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 2, 0.7f, "timex:the-plural-units");
}

/* Bare plural units as vague durations: "for years", "in minutes", "in
 * years", "decades-long" -> "PXY", "PTXM". */
static int m_vague_duration(struct tctx *c, uint32_t i)
{
	char buf[24];
	bool plural;
	struct nkg_str s = tok(c, i);
	/* "decades-long", "years-long" (some); "year-long", "weeklong" (one) */
	if (s.len > 6 &&
	    nkg_str_eq_nocase((struct nkg_str){s.ptr + s.len - 4, 4}, NKG_STR_LIT("long"))) {
		size_t n = s.len - 4 - (s.ptr[s.len - 5] == '-');
		enum unit u = str_unit((struct nkg_str){s.ptr, n}, &plural);
		if (u == U_NONE)
			return 0;
		duration_value(buf, sizeof(buf), plural ? -1 : 1, u);
		if (plural && u == U_DECADE)
			snprintf(buf, sizeof(buf), "PXY"); /* MEANTIME's "decades-long" */
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 1, 0.7f,
		            plural ? "timex:vague" : "timex:duration");
	}
	/* "set [an intraday] low", "its biggest [intraday] drop": within one
	 * (trading) day, "P1D" as MEANTIME marks it, with "an" before it */
	if ((eq_nocase(s, "intraday") || eq_nocase(s, "intra-day")) && has(c, i + 1) &&
	    (c->toks->toks[i + 1].flags & NKG_TOK_WORD)) {
		uint32_t b = i > c->floor && i > c->first &&
		                             (tok_is(c, i - 1, "an") || tok_is(c, i - 1, "a"))
		                     ? i - 1
		                     : i;
		int rc =
		        emit(c, NKG_TIMEX_DURATION, "P1D", false, b, i + 1, 0.7f, "timex:duration");
		return rc > 0 ? 1 : rc;
	}
	/* "hundreds of years", "dozens of days": some number of them */
	if (s.len >= 6 && tok_is(c, i + 1, "of") && has(c, i + 2) &&
	    (eq_nocase(s, "hundreds") || eq_nocase(s, "thousands") || eq_nocase(s, "dozens") ||
	     eq_nocase(s, "millions"))) {
		enum unit u = str_unit(tok(c, i + 2), &plural);
		if (u == U_NONE || !plural)
			return 0;
		duration_value(buf, sizeof(buf), -1, u);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 3, 0.7f, "timex:vague");
	}
	enum unit u = str_unit(s, &plural);
	if (u == U_NONE || !plural || u == U_SECOND)
		return 0;
	/* "years ago" (some time before the date, TimeML's PAST_REF, as "a
	 * few years ago"); "hours later" (the vague length, as "six hours
	 * later" gives "six hours") */
	if (tok_is(c, i + 1, "ago")) {
		/* "[Ten] years ago": a count an editor put in brackets in a quote */
		int n;
		if (i >= c->first + 3 && i - 3 >= c->floor && tok_is(c, i - 1, "]") &&
		    tok_is(c, i - 3, "[") && (n = str_count(tok(c, i - 2))) > 0 && c->has_anchor &&
		    shift_value(c->anchor, u, -n, buf, sizeof(buf))) {
			char dur[32];
			duration_value(dur, sizeof(dur), n, u);
			int rc = emit_ago(c, buf, true, i - 3, i + 1, 0.8f, dur);
			return rc > 0 ? 2 : rc;
		}
		duration_value(buf, sizeof(buf), -1, u);
		return emit_ago(c, "PAST_REF", false, i, i + 1, 0.7f, buf);
	}
	if (tok_is(c, i + 1, "later") || tok_is(c, i + 1, "earlier")) {
		duration_value(buf, sizeof(buf), -1, u);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 1, 0.7f, "timex:vague");
	}
	/* "filed on Monday, [hours] after the deal", "resigned [minutes]
	 * before the vote": some hours or minutes from another event (not
	 * "the hours after", "opening hours before") */
	static const char *const not_before_bare[] = {
	        "the",  "these",   "those",   "their",  "its",      "his",     "her",
	        "our",  "working", "opening", "office", "business", "trading", "visiting",
	        "peak", "off",     "man",     "early",  "late",     "of",      NULL};
	/* and "[days] after the attack", "[weeks] before the vote", "after
	 * [years] of losses", "ending [months] of uncertainty": some days,
	 * weeks, months, years (the annotators mark them; ECB+ leaves "after
	 * decades of isolation", so not decades; not "years of age") */
	static const char *const not_before_of[] = {
	        "final",  "last",   "first", "closing", "dark",    "busy",    "glory", "salad",
	        "school", "sick",   "all",   "few",     "many",    "several", "some",  "most",
	        "early",  "later",  "other", "same",    "good",    "old",     "happy", "best",
	        "worst",  "waning", "dying", "heady",   "opening", NULL};
	bool of_what = tok_is(c, i + 1, "of") && has(c, i + 2) && !tok_is(c, i + 2, "age") &&
	               !(tok_is(c, i + 2, "the") &&
	                 (tok_is(c, i + 3, "year") || tok_is(c, i + 3, "week"))) &&
	               (c->toks->toks[i + 2].flags & NKG_TOK_WORD) && u != U_HOUR &&
	               u != U_MINUTE && u != U_DECADE &&
	               !(i > c->first && tok_in(c, i - 1, not_before_of));
	/* not "renamed months after himself" */
	static const char *const named_after[] = {"himself", "herself", "itself", "themselves",
	                                          NULL};
	if (((tok_is(c, i + 1, "after") && !tok_in(c, i + 2, named_after)) ||
	     tok_is(c, i + 1, "before") || of_what) &&
	    (i == c->first || (!tok_in(c, i - 1, not_before_bare) &&
	                       !(c->toks->toks[i - 1].flags & NKG_TOK_NUMBER) &&
	                       !(c->toks->toks[i - 1].flags & NKG_TOK_POSSESSIVE)))) {
		duration_value(buf, sizeof(buf), -1, u);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 1, 0.7f, "timex:vague");
	}
	if (i <= c->first)
		return 0;
	uint32_t p = i - 1;
	if (p > c->first && (tok_is(c, p, "just") || tok_is(c, p, "only")))
		p--;
	/* "could last [months]", "expected to last [weeks]": the verb after a
	 * modal or "to", not "the last weeks", "the year's last months" */
	static const char *const modals[] = {"could", "will",   "would", "may", "might", "can",
	                                     "to",    "should", "must",  "'ll", "not",   NULL};
	if (tok_is(c, p, "last") && p > c->first && tok_in(c, p - 1, modals) &&
	    !tok_is(c, i + 1, "of")) {
		duration_value(buf, sizeof(buf), -1, u);
		return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 1, 0.7f, "timex:vague");
	}
	/* "for years", "in minutes", and the object of a verb of spending
	 * time: "can take years", "lasted months", "spent weeks" */
	static const char *const spend[] = {"take",     "takes",   "took",  "taking", "lasted",
	                                    "lasts",    "lasting", "spent", "spend",  "spends",
	                                    "spending", "waited",  NULL};
	/* "in a matter of [minutes]", "within a matter of [days]" */
	bool matter = p >= c->first + 2 && tok_is(c, p, "of") && tok_is(c, p - 1, "matter") &&
	              tok_is(c, p - 2, "a");
	if (!(tok_is(c, p, "for") || tok_is(c, p, "in") || tok_is(c, p, "within") ||
	      tok_in(c, p, spend) || matter))
		return 0;
	/* "in years past", "for years to come" keep the reading; "in minutes of
	 * play" does not, "within [hours] of the launch" does. */
	if (tok_is(c, i + 1, "of") && !tok_is(c, p, "within"))
		return 0;
	duration_value(buf, sizeof(buf), -1, u);
	return emit(c, NKG_TIMEX_DURATION, buf, false, i, i + 1, 0.7f, "timex:vague");
}

/* "all day", "all week", "all year": the whole unit, a DURATION ("phones
 * had been ringing [all day]" "P1D", as the written, geo and wnews
 * annotators mark it).  Not "all night" (the geo annotator leaves it),
 * not "all-day" (one token), nor "all days" (plural). */
static int m_all_unit(struct tctx *c, uint32_t i)
{
	static const struct {
		const char *w, *v;
	} units[] = {{"day", "P1D"}, {"week", "P1W"}, {"month", "P1M"}, {"year", "P1Y"}};
	if (!tok_is(c, i, "all") || !has(c, i + 1))
		return 0;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (tok_is_cstr(c, i + 1, units[k].w))
			return emit(c, NKG_TIMEX_DURATION, units[k].v, false, i, i + 2, 0.7f,
			            "timex:all-unit");
	return 0;
}

/* A fortnight, two weeks (British news): "a fortnight ago" ("2026-W08"),
 * "a fortnight later" (from the reference), "the past fortnight", "a
 * fortnight" ("P2W"), "fortnightly" (a SET, "P2W"). */
static int m_fortnight(struct tctx *c, uint32_t i)
{
	char buf[32], ref[16];
	if (tok_is(c, i, "fortnightly"))
		return emit(c, NKG_TIMEX_SET, "P2W", false, i, i + 1, 0.9f, "timex:set-adverb");
	uint32_t k = i + 1;
	if (tok_is(c, i, "the") &&
	    (tok_is(c, k, "past") || tok_is(c, k, "last") || tok_is(c, k, "next") ||
	     tok_is(c, k, "coming")) &&
	    tok_is(c, k + 1, "fortnight"))
		return emit(c, NKG_TIMEX_DURATION, "P2W", false, i, k + 2, 0.8f, "timex:fortnight");
	if (!(tok_is(c, i, "a") || tok_is(c, i, "one")) || !tok_is(c, k, "fortnight"))
		return 0;
	if (tok_is(c, k + 1, "ago")) {
		if (!c->has_anchor)
			return emit_ago(c, "XXXX-WXX", false, i, k + 1, 0.8f, "P2W");
		fmt_week(buf, sizeof(buf), c->anchor_days - 14);
		return emit_ago(c, buf, true, i, k + 1, 0.8f, "P2W");
	}
	if ((tok_is(c, k + 1, "later") || tok_is(c, k + 1, "earlier")) &&
	    !tok_is(c, k + 2, "than")) {
		int64_t sign = tok_is(c, k + 1, "later") ? 1 : -1;
		if (!c->ref.d)
			return emit(c, NKG_TIMEX_DATE, "XXXX-WXX", false, i, k + 2, 0.8f,
			            "timex:ref-relative");
		fmt_week(buf, sizeof(buf), nkg_days_from_ymd(c->ref) + 14 * sign);
		fmt_ref(&c->ref, ref, sizeof(ref));
		return emit_keep_ref(c, buf, ref, i, k + 2, "timex:ref-relative");
	}
	return emit(c, NKG_TIMEX_DURATION, "P2W", false, i, k + 1, 0.8f, "timex:fortnight");
}

typedef int (*matcher)(struct tctx *c, uint32_t i);

int nkg_find_times(struct nkg_doc *doc, const struct nkg_tokens *toks)
{
	static const matcher matchers[] = {m_iso,
	                                   m_short_year,
	                                   m_year_range_end,
	                                   m_slash_date,
	                                   m_month_first,
	                                   m_day_first,
	                                   m_decade,
	                                   m_clock,
	                                   m_mid,
	                                   m_weekday_of_every_month,
	                                   m_week_of_month,
	                                   m_weekday,
	                                   m_relative_day,
	                                   m_relative_unit,
	                                   m_bare_month,
	                                   m_fiscal_quarter,
	                                   m_month_range_quarter,
	                                   m_holiday_quarter,
	                                   m_quarter,
	                                   m_quarter_word,
	                                   m_fiscal,
	                                   m_sports_season,
	                                   m_season,
	                                   m_weekend,
	                                   m_same_period,
	                                   m_ref_relative,
	                                   m_ordinal_day,
	                                   m_part_of_day_ref,
	                                   m_dawn,
	                                   m_overnight,
	                                   m_nth_day,
	                                   m_midday,
	                                   m_week_of,
	                                   m_early_hours,
	                                   m_holiday,
	                                   m_the_day,
	                                   m_the_unit,
	                                   m_part_of_unit,
	                                   m_the_past,
	                                   m_ago,
	                                   m_set,
	                                   m_rate,
	                                   m_duration,
	                                   m_vague_duration,
	                                   m_the_plural_units,
	                                   m_reference,
	                                   m_fortnight,
	                                   m_all_unit,
	                                   m_year};
	struct tctx c = {0};
	c.doc = doc;
	c.toks = toks;
	c.unit_at = UINT32_MAX;
	if (doc->date.len && nkg_date_parse_iso(doc->date, &c.anchor)) {
		c.has_anchor = true;
		c.anchor_days = nkg_days_from_ymd(c.anchor);
		c.ref = c.anchor;
	}
	/* The order of the document's numeric dates, from those that show it. */
	bool dm_seen = false, md_seen = false;
	for (uint32_t s = 0; s < toks->n_sents; s++) {
		c.first = toks->sents[s].first;
		c.end = c.first + toks->sents[s].count;
		for (uint32_t i = c.first; i < c.end; i++) {
			int a, b, y;
			uint32_t e;
			if (!(toks->toks[i].flags & NKG_TOK_PUNCT) &&
			    slash_parts(&c, i, &a, &b, &y, &e)) {
				dm_seen |= a > 12 && b >= 1 && b <= 12;
				md_seen |= b > 12 && a >= 1 && a <= 12;
			}
		}
	}
	c.day_first = dm_seen && !md_seen;
	c.game_report = -1;
	for (uint32_t s = 0; s < toks->n_sents; s++) {
		c.first = toks->sents[s].first;
		c.end = c.first + toks->sents[s].count;
		c.floor = c.first;
		c.sent = (uint32_t)s;
		c.quote_next = c.first;
		c.quote_open = c.quote_open_first;
		c.back_next = c.first;
		c.back_seen = false;
		uint32_t i = c.first;
		while (i < c.end) {
			int n = 0;
			/* No expression starts at punctuation. */
			if (toks->toks[i].flags & NKG_TOK_PUNCT) {
				i++;
				continue;
			}
			for (size_t k = 0; k < sizeof(matchers) / sizeof(matchers[0]); k++) {
				n = matchers[k](&c, i);
				if (n)
					break;
			}
			if (n < 0)
				return n;
			i += n > 0 ? (uint32_t)n : 1;
			if (n > 0)
				c.floor = i;
		}
		/* the quotation state the sentence leaves to the next one */
		c.quote_open_first = in_quote(&c, c.end);
	}
	return 0;
}
