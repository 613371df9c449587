/* test_extract_metadata.c - headline, dateline, publication date and source line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "extract/extract.h"

struct meta {
	char title[256], place[64], region[64], source[128], date[16], sources[128],
	        contributors[128];
	enum nkg_date_origin origin;
};

static void copy(char *dst, size_t cap, struct nkg_str s)
{
	assert_true(s.len < cap);
	memcpy(dst, s.ptr ? s.ptr : "", s.len);
	dst[s.len] = '\0';
}

/* Runs the metadata stage on text with an optional date of the given origin. */
static void run(const char *text, const char *date, enum nkg_date_origin origin, struct meta *m)
{
	struct nkg_doc doc;
	struct nkg_tokens toks;
	nkg_doc_init(&doc, text, strlen(text));
	if (date) {
		doc.date = nkg_str_from_cstr(date);
		doc.date_origin = origin;
	}
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	assert_int_equal(nkg_find_metadata(&doc, &toks), 0);
	/* Every slice that is not a normalised date points into the text. */
	if (doc.title.len)
		assert_true(doc.title.ptr >= text &&
		            doc.title.ptr + doc.title.len <= text + strlen(text));
	copy(m->title, sizeof(m->title), doc.title);
	copy(m->place, sizeof(m->place), doc.dateline_place);
	copy(m->region, sizeof(m->region), doc.dateline_region);
	copy(m->source, sizeof(m->source), doc.source);
	copy(m->date, sizeof(m->date), doc.date);
	copy(m->sources, sizeof(m->sources), nkg_doc_slice(&doc, doc.credit_sources));
	copy(m->contributors, sizeof(m->contributors),
	     nkg_doc_slice(&doc, doc.credit_contributors));
	m->origin = doc.date_origin;
	nkg_doc_release(&doc);
}

static const char sample_head[] =
        "Iraq rallies demanding an end to US troops presence\n"
        "Iraq rallies demanding an end to US troops presence\n"
        "Crowd of people in Iraq rallied to call for an end to US military presence.\n"
        "\n"
        "TEHRAN (Iran News) \xe2\x80\x93 Crowd of people in Iraq rallied.\n"
        "\n"
        "AFP and Press TV contributed to this story.\n"
        "\n"
        "  \xe2\x80\xa2 source : Reuters, Irannews\n";

static void test_metadata_headline_dateline_and_source(void **state)
{
	(void)state;
	struct meta m;
	run(sample_head, "2020-01-24", NKG_DATE_OPTION, &m);
	assert_string_equal(m.title, "Iraq rallies demanding an end to US troops presence");
	assert_string_equal(m.place, "TEHRAN");
	/* The dateline's agency wins over the trailing source line; the credit
	 * lines are kept whoever the publisher is. */
	assert_string_equal(m.source, "Iran News");
	assert_string_equal(m.sources, "Reuters, Irannews");
	assert_string_equal(m.contributors, "AFP and Press TV");
	assert_string_equal(m.date, "2020-01-24");
	assert_int_equal(m.origin, NKG_DATE_OPTION);
}

static void test_metadata_source_line_when_no_dateline_agency(void **state)
{
	(void)state;
	struct meta m;
	run("Strike hits convoy\nA drone strike hit a convoy.\n\nSource: AP\n", NULL, NKG_DATE_NONE,
	    &m);
	assert_string_equal(m.title, "Strike hits convoy");
	assert_string_equal(m.source, "AP");
	assert_string_equal(m.place, "");
	run("Body text only.\nMore text.\n* Sources : Reuters.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.source, "Reuters");
	/* "Source" inside ordinary text is not a source line. */
	run("Title\nThe source said it.\nSourced: no\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.source, "");
	assert_string_equal(m.sources, "");
	/* Credit lines only among the last three lines. */
	run("Title\nReuters contributed to this report.\nOne.\nTwo.\nThree.\n", NULL, NKG_DATE_NONE,
	    &m);
	assert_string_equal(m.contributors, "");
	run("Title\nText.\nReuters contributed to this report\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.contributors, "Reuters");
}

static void test_metadata_headline_rules(void **state)
{
	(void)state;
	struct meta m;
	/* A sentence with a full stop is no headline. */
	run("Crowds rallied in Baghdad on Friday.\nMore text here.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.title, "");
	/* Nothing follows: no headline. */
	run("Just one line\n\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.title, "");
	/* Leading blank lines and spaces are skipped, the title is trimmed. */
	run("\n\n   Votes counted  \nText.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.title, "Votes counted");
	/* A dateline paragraph is no headline. */
	run("WASHINGTON (AP) \xe2\x80\x94 Talks resumed.\nMore.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.title, "");
	assert_string_equal(m.place, "WASHINGTON");
	assert_string_equal(m.source, "AP");
}

static void test_metadata_dateline_dates(void **state)
{
	(void)state;
	struct meta m;
	/* Month and day without a year: the year cannot be known. */
	run("BAGHDAD, Jan 24 (Reuters) - Crowds rallied.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "BAGHDAD");
	assert_string_equal(m.source, "Reuters");
	assert_string_equal(m.date, "");
	assert_int_equal(m.origin, NKG_DATE_NONE);
	run("BAGHDAD, Jan. 24 (Reuters) - Crowds rallied.\n", "2020-01-20", NKG_DATE_OPTION, &m);
	assert_string_equal(m.date, "2020-01-20");
	assert_int_equal(m.origin, NKG_DATE_OPTION);
	/* A complete date fills an empty one and overrides --date. */
	run("LONDON, March 3, 2019 /PRNewswire/ -- A company said.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "LONDON");
	assert_string_equal(m.source, "PRNewswire");
	assert_string_equal(m.date, "2019-03-03");
	assert_int_equal(m.origin, NKG_DATE_DATELINE);
	run("NEW YORK, 3 March 2019 (AP) \xe2\x80\x94 Stocks fell.\n", "2020-01-01",
	    NKG_DATE_OPTION, &m);
	assert_string_equal(m.place, "NEW YORK");
	assert_string_equal(m.date, "2019-03-03");
	assert_int_equal(m.origin, NKG_DATE_DATELINE);
	/* ... but never a date from the record's metadata. */
	run("LONDON, March 3, 2019 (AP) -- A company said.\n", "2019-03-04", NKG_DATE_METADATA, &m);
	assert_string_equal(m.date, "2019-03-04");
	assert_int_equal(m.origin, NKG_DATE_METADATA);
	/* An impossible date is ignored. */
	run("LONDON, Feb. 29, 2019 (AP) -- A company said.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "");
	assert_string_equal(m.place, "LONDON");
	run("LONDON, Feb. 29, 2020 (AP) -- A company said.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "2020-02-29");
	/* The state or country after the place, with or without a date. */
	run("SANTIAGO, Chile (AP) \xe2\x80\x94 Thousands marched.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "SANTIAGO");
	assert_string_equal(m.region, "Chile");
	assert_string_equal(m.source, "AP");
	assert_string_equal(m.date, "");
	run("LAS CRUCES, New Mexico, March 3, 2019 (AP) - A fire.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "LAS CRUCES");
	assert_string_equal(m.region, "New Mexico");
	assert_string_equal(m.source, "AP");
	assert_string_equal(m.date, "2019-03-03");
	run("AUSTIN, Texas -- A storm hit.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "AUSTIN");
	assert_string_equal(m.region, "Texas");
	/* AP's state abbreviations keep their periods. */
	run("BIRMINGHAM, Ala. (AP) -- A storm hit.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "BIRMINGHAM");
	assert_string_equal(m.region, "Ala.");
	/* A place without a region has none. */
	run("LONDON (AP) -- A storm hit.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.region, "");
	/* Mixed case needs an agency with a region too; a region must be
	 * capitalised; a month after the comma must be a date. */
	run("Title\nAustin, Texas - a storm hit.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "");
	run("Title\nAUSTIN, the capital - a storm.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "");
	run("Title\nAUSTIN, March (AP) - a storm.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "");
}

static void test_metadata_date_lines(void **state)
{
	(void)state;
	struct meta m;
	/* A line that is only a date, under the headline, fills an empty date. */
	run("Airbus test flight delayed\n\nSeptember 01, 2007\n\nA test flight was delayed.\n",
	    NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.title, "Airbus test flight delayed");
	assert_string_equal(m.date, "2007-09-01");
	assert_int_equal(m.origin, NKG_DATE_DATELINE);
	run("Robots win\n\nFriday, July 21, 2017\n\nA team won.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "2017-07-21");
	run("2019-03-04\nStocks fell today.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "2019-03-04");
	assert_string_equal(m.title, "");
	/* It never replaces --date or the record's date. */
	run("Robots win\n\nFriday, July 21, 2017\n\nA team won.\n", "2017-07-18", NKG_DATE_OPTION,
	    &m);
	assert_string_equal(m.date, "2017-07-18");
	assert_int_equal(m.origin, NKG_DATE_OPTION);
	/* Not date lines: words after the date, no day, no year, an invalid day. */
	run("Title\nThe vote is on July 21, 2017.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "");
	run("Title\nJuly 21, 2017 was calm\nMore.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "");
	run("Title\n\nJuly 2017\n\nText.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "");
	run("Title\n\nFriday, July 21\n\nText.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "");
	run("Title\n\nFebruary 30, 2019\n\nText.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.date, "");
}

static void test_metadata_not_datelines(void **state)
{
	(void)state;
	struct meta m;
	/* Mixed case without an agency, a dash inside a sentence, a lone letter. */
	run("Title here\nBaghdad - the capital - was calm.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "");
	run("Title here\nIraq said the strike \xe2\x80\x93 a US one \xe2\x80\x93 was illegal.\n",
	    NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "");
	run("Title here\nA - b c.\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "");
	/* A dateline on the first line with nothing after the dash but a word. */
	run("LONDON (AP) - x\n", NULL, NKG_DATE_NONE, &m);
	assert_string_equal(m.place, "LONDON");
}

static void test_metadata_out_of_memory(void **state)
{
	(void)state;
	static const char text[] = "LONDON, March 3, 2019 (AP) -- A company said.\n";
	int rc = -1;
	nkg_arena_set_debug(1);
	for (unsigned long n = 1; n < 50 && rc != 0; n++) {
		struct nkg_doc doc;
		struct nkg_tokens toks;
		nkg_doc_init(&doc, text, sizeof(text) - 1);
		assert_int_equal(nkg_tokenize(&doc, &toks), 0);
		nkg_alloc_fail_after(n, 1);
		rc = nkg_find_metadata(&doc, &toks);
		nkg_alloc_fail_after(0, 0);
		if (rc)
			assert_int_equal(rc, NKG_ENOMEM);
		else
			assert_string_equal(doc.date.ptr, "2019-03-03");
		nkg_doc_release(&doc);
	}
	assert_int_equal(rc, 0);
	nkg_arena_set_debug(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_metadata_headline_dateline_and_source),
	        cmocka_unit_test(test_metadata_source_line_when_no_dateline_agency),
	        cmocka_unit_test(test_metadata_headline_rules),
	        cmocka_unit_test(test_metadata_dateline_dates),
	        cmocka_unit_test(test_metadata_date_lines),
	        cmocka_unit_test(test_metadata_not_datelines),
	        cmocka_unit_test(test_metadata_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
