/* metadata.c - article metadata written in the text: headline, dateline, source line.
 *
 * Works on the raw lines of doc->text (the tokens are not needed: these are
 * layout conventions).  Every string set here is a slice of doc->text, or a
 * copy in doc->arena for the normalised date.
 *
 * Headline: when doc->title is empty, the first non-empty line (trimmed) if it
 * is at most NKG_HEADLINE_MAX bytes, does not end with a full stop, is not
 * itself a dateline paragraph, and more text follows it.
 *
 * Dateline: the first of the first DATELINE_LINES non-empty lines that starts
 *     PLACE [, REGION] [, DATE] [(SOURCE)] [/SOURCE/] DASH
 * where PLACE is one to four capitalised words, REGION one to three (the
 * state or country: "SANTIAGO, Chile (AP) -", "AUSTIN, Texas -"), DASH is "-", "--", "–", "—"
 * or "―" followed by a space, and either PLACE is written in capitals or a
 * source is given ("BAGHDAD, Jan 24 (Reuters) -", "TEHRAN (Iran News) –",
 * "WASHINGTON (AP) —", "LONDON, March 3, 2019 /PRNewswire/ --").  It sets
 * doc->dateline_place (as written) and doc->source when that is empty.
 *
 * Publication date rules (doc->date, doc->date_origin):
 *  1. A date from the record's metadata (NKG_DATE_METADATA) is never changed.
 *  2. A dateline with a complete date (day, month and year) replaces a date
 *     given with --date (NKG_DATE_OPTION) and fills an empty one; the origin
 *     becomes NKG_DATE_DATELINE.  The dateline is closer to the article than
 *     an option that may cover a whole batch of files.
 *  3. A dateline with a month and day but no year never sets the date: the
 *     year cannot be known from the text, and a guessed year would claim a
 *     precision the text does not give.  An invalid date (February 30) is
 *     ignored likewise.
 *  4. Without a dateline date, a date line (one of the first DATELINE_LINES
 *     non-empty lines that is nothing but a complete date, after an optional
 *     weekday: "September 01, 2007", "Friday, July 21, 2017", "2020-01-24")
 *     fills an empty date, with origin NKG_DATE_DATELINE.  It never replaces
 *     --date: a batch's option may be the right date where a page shows
 *     when it was last edited.
 *
 * Source line: one of the last SOURCE_LINES non-empty lines reading
 * "[bullet] Source[s] : X" (any case) sets doc->source to X when it is still
 * empty after the dateline (the dateline's agency wins: it wrote the text).
 *
 * Credit lines, among the last SOURCE_LINES non-empty lines: the names of
 * the source line go to doc->credit_sources whoever the publisher is, and
 * "X [and Y] contributed to this story|report|article" gives
 * doc->credit_contributors (the span of "X [and Y]").
 */
#include "extract.h"

#include <stdio.h>
#include <string.h>

#include "../core/err.h"
#include "../core/utf8.h"
#include "timex_internal.h"

#define NKG_HEADLINE_MAX 200
#define DATELINE_LINES   6
#define SOURCE_LINES     3
#define SOURCE_MAX       200

struct line {
	uint32_t begin, end; /* trimmed, bytes of doc->text */
};

static bool is_upper_ascii(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_lower_ascii(char c)
{
	return c >= 'a' && c <= 'z';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Trims white space (Unicode spaces included) from both ends of [b, e). */
static struct line trim(const char *s, uint32_t b, uint32_t e)
{
	struct line l;
	while (b < e) {
		size_t i = b;
		uint32_t cp = nkg_utf8_next(s, e, &i);
		if (!nkg_cp_is_space(cp))
			break;
		b = (uint32_t)i;
	}
	while (e > b) {
		size_t i = e;
		uint32_t cp = nkg_utf8_prev(s, &i);
		if (!nkg_cp_is_space(cp))
			break;
		e = (uint32_t)i;
	}
	l.begin = b;
	l.end = e;
	return l;
}

/* Next non-empty trimmed line at or after *pos; false at the end. */
static bool next_line(const struct nkg_doc *doc, size_t *pos, struct line *out)
{
	size_t n = doc->text_len;
	while (*pos < n) {
		size_t b = *pos, e = b;
		while (e < n && doc->text[e] != '\n')
			e++;
		*pos = e < n ? e + 1 : e;
		struct line l = trim(doc->text, (uint32_t)b, (uint32_t)e);
		if (l.end > l.begin) {
			*out = l;
			return true;
		}
	}
	return false;
}

/* ---- dateline ------------------------------------------------------------ */

struct dateline {
	struct nkg_str place;
	struct nkg_str region; /* "Texas" in "PARIS, Texas (AP) -", or empty */
	struct nkg_str source;
	int y, m, d; /* y == 0: no year; m == 0: no date */
};

static void skip_spaces(const char *s, size_t e, size_t *i)
{
	while (*i < e && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
}

/* A run of word characters starting at *i: letters (any non-ASCII byte
 * counts as a letter), digits, '.', '\'', '-'.  Returns its end. */
static size_t word_end(const char *s, size_t e, size_t i)
{
	while (i < e) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || is_upper_ascii((char)c) || is_lower_ascii((char)c) ||
		    is_digit((char)c) || c == '.' || c == '\'' || c == '-')
			i++;
		else
			break;
	}
	/* A trailing hyphen belongs to a dash, not to the word. */
	while (i > 0 && s[i - 1] == '-')
		i--;
	return i;
}

static bool parse_int(const char *s, size_t e, size_t *i, int max_digits, int *out)
{
	size_t j = *i;
	int v = 0, n = 0;
	while (j < e && is_digit(s[j]) && n < max_digits + 1) {
		v = v * 10 + (s[j] - '0');
		j++;
		n++;
	}
	if (n == 0 || n > max_digits)
		return false;
	*i = j;
	*out = v;
	return true;
}

/* DATE after the comma: "Jan 24", "Jan. 24", "March 3, 2019", "24 January
 * 2020", "2020-01-24".  On success advances *i and fills y (0 if absent), m, d. */
static bool parse_dateline_date(const char *s, size_t e, size_t *i, struct dateline *dl)
{
	size_t j = *i;
	struct nkg_ymd iso;

	if (e - j >= 10 && nkg_date_parse_iso((struct nkg_str){s + j, 10}, &iso) &&
	    (e - j == 10 || !is_digit(s[j + 10]))) {
		dl->y = iso.y;
		dl->m = iso.m;
		dl->d = iso.d;
		*i = j + 10;
		return true;
	}
	int day = 0, month = 0, year = 0;
	size_t we = word_end(s, e, j);
	if (we > j && is_upper_ascii(s[j])) {
		month = nkg_month_number((struct nkg_str){s + j, we - j});
		if (!month)
			return false;
		j = we;
		skip_spaces(s, e, &j);
		if (!parse_int(s, e, &j, 2, &day))
			return false;
		size_t k = j;
		if (k < e && s[k] == ',')
			k++;
		skip_spaces(s, e, &k);
		if (parse_int(s, e, &k, 4, &year) && year >= 1000)
			j = k;
		else
			year = 0;
	} else if (parse_int(s, e, &j, 2, &day)) {
		skip_spaces(s, e, &j);
		we = word_end(s, e, j);
		month = we > j ? nkg_month_number((struct nkg_str){s + j, we - j}) : 0;
		if (!month)
			return false;
		j = we;
		size_t k = j;
		if (k < e && s[k] == ',')
			k++;
		skip_spaces(s, e, &k);
		if (parse_int(s, e, &k, 4, &year) && year >= 1000)
			j = k;
		else
			year = 0;
	} else {
		return false;
	}
	if (day < 1 || day > 31)
		return false;
	dl->y = year;
	dl->m = month;
	dl->d = day;
	*i = j;
	return true;
}

/* The end of REGION in "PLACE, REGION": one to three capitalised words
 * separated by single spaces, none of them a month ("Chile", "New Mexico",
 * "Calif.", "D.C."); i when there is none. */
static size_t region_end(const char *s, size_t e, size_t i)
{
	size_t end = i;
	for (int words = 0; words < 3 && i < e && is_upper_ascii(s[i]); words++) {
		size_t we = word_end(s, e, i);
		if (nkg_month_number((struct nkg_str){s + i, we - i}))
			break;
		end = we;
		if (we + 1 < e && s[we] == ' ' && is_upper_ascii(s[we + 1]))
			i = we + 1;
		else
			break;
	}
	return end;
}

/* Parses a dateline at the start of line l; true and *out filled on success. */
static bool parse_dateline(const struct nkg_doc *doc, struct line l, struct dateline *out)
{
	const char *s = doc->text;
	size_t e = l.end, i = l.begin;
	struct dateline dl = {NKG_STR_NULL, NKG_STR_NULL, NKG_STR_NULL, 0, 0, 0};
	bool caps = true;
	int words = 0;
	size_t place_end = i;

	/* PLACE: capitalised words separated by single spaces. */
	while (i < e && words < 4) {
		if (!is_upper_ascii(s[i]))
			break;
		size_t we = word_end(s, e, i);
		for (size_t k = i; k < we; k++)
			if (is_lower_ascii(s[k]))
				caps = false;
		words++;
		place_end = we;
		i = we;
		if (i + 1 < e && s[i] == ' ' && is_upper_ascii(s[i + 1]) &&
		    !nkg_month_number((struct nkg_str){s + i + 1, word_end(s, e, i + 1) - (i + 1)}))
			i++;
		else
			break;
	}
	if (words == 0)
		return false;
	dl.place = (struct nkg_str){s + l.begin, place_end - l.begin};
	i = place_end;
	if (dl.place.len < 2)
		return false;

	if (i < e && s[i] == ',') {
		size_t j = i + 1;
		skip_spaces(s, e, &j);
		if (!parse_dateline_date(s, e, &j, &dl)) {
			/* ", REGION [, DATE]": the state or country of the place
			 * ("SANTIAGO, Chile (AP) -", "AUSTIN, Texas, March 3 -"). */
			size_t r = region_end(s, e, j);
			if (r == j)
				return false;
			dl.region = (struct nkg_str){s + j, r - j};
			j = r;
			if (j < e && s[j] == ',') {
				j++;
				skip_spaces(s, e, &j);
				if (!parse_dateline_date(s, e, &j, &dl))
					return false;
			}
		}
		i = j;
	}
	size_t j = i;
	skip_spaces(s, e, &j);
	if (j < e && s[j] == '(') {
		size_t k = j + 1;
		while (k < e && s[k] != ')' && s[k] != '(')
			k++;
		if (k >= e || s[k] != ')' || k == j + 1 || k - j - 1 > SOURCE_MAX)
			return false;
		struct line src = trim(s, (uint32_t)(j + 1), (uint32_t)k);
		dl.source = (struct nkg_str){s + src.begin, src.end - src.begin};
		i = k + 1;
		j = i;
		skip_spaces(s, e, &j);
	}
	if (j < e && s[j] == '/') {
		size_t k = j + 1;
		while (k < e && s[k] != '/' && s[k] != ' ')
			k++;
		if (k >= e || s[k] != '/' || k == j + 1)
			return false;
		if (!dl.source.len)
			dl.source = (struct nkg_str){s + j + 1, k - j - 1};
		i = k + 1;
		j = i;
		skip_spaces(s, e, &j);
	}
	/* DASH, then a space and more text. */
	if (j >= e)
		return false;
	size_t k = j;
	uint32_t cp = nkg_utf8_next(s, e, &k);
	if (!nkg_cp_is_dash(cp))
		return false;
	if (cp == '-' && k < e && s[k] == '-')
		k++;
	if (k >= e || (s[k] != ' ' && s[k] != '\t'))
		return false;
	if (!caps && !dl.source.len)
		return false;
	*out = dl;
	return true;
}

/* A line that is nothing but a complete date, after an optional weekday
 * and comma ("Friday, July 21, 2017"); true and *out's date filled. */
static bool parse_date_line(const struct nkg_doc *doc, struct line l, struct dateline *out)
{
	const char *s = doc->text;
	size_t e = l.end, i = l.begin;
	struct dateline dl = {NKG_STR_NULL, NKG_STR_NULL, NKG_STR_NULL, 0, 0, 0};
	bool plural = false;

	size_t we = word_end(s, e, i);
	if (we > i && nkg_weekday_number((struct nkg_str){s + i, we - i}, &plural) && !plural) {
		i = we;
		if (i < e && s[i] == ',')
			i++;
		skip_spaces(s, e, &i);
	}
	if (!parse_dateline_date(s, e, &i, &dl) || !dl.y)
		return false;
	skip_spaces(s, e, &i);
	if (i != e)
		return false;
	*out = dl;
	return true;
}

/* ---- source line ----------------------------------------------------------- */

/* "• source : Reuters, Irannews" -> "Reuters, Irannews". */
static bool parse_source_line(const struct nkg_doc *doc, struct line l, struct nkg_str *out)
{
	const char *s = doc->text;
	size_t i = l.begin, e = l.end;

	/* Leading bullets and spaces. */
	while (i < e) {
		size_t k = i;
		uint32_t cp = nkg_utf8_next(s, e, &k);
		if (cp == 0x2022 || cp == 0x00B7 || cp == 0x25AA || cp == '*' ||
		    nkg_cp_is_dash(cp) || nkg_cp_is_space(cp))
			i = k;
		else
			break;
	}
	static const char kw[] = "source";
	if (e - i < sizeof(kw) - 1 ||
	    !nkg_str_eq_nocase((struct nkg_str){s + i, sizeof(kw) - 1}, NKG_STR_LIT(kw)))
		return false;
	i += sizeof(kw) - 1;
	if (i < e && (s[i] == 's' || s[i] == 'S'))
		i++;
	skip_spaces(s, e, &i);
	if (i >= e || s[i] != ':')
		return false;
	struct line v = trim(s, (uint32_t)(i + 1), (uint32_t)e);
	if (v.end > v.begin && s[v.end - 1] == '.')
		v.end--;
	if (v.end <= v.begin || v.end - v.begin > SOURCE_MAX)
		return false;
	*out = (struct nkg_str){s + v.begin, v.end - v.begin};
	return true;
}

/* "AFP and Press TV contributed to this story." -> "AFP and Press TV". */
static bool parse_contributors_line(const struct nkg_doc *doc, struct line l, struct nkg_span *out)
{
	static const char *const tails[] = {" contributed to this story",
	                                    " contributed to this report",
	                                    " contributed to this article", NULL};
	const char *s = doc->text;
	uint32_t e = l.end;
	if (e > l.begin && s[e - 1] == '.')
		e--;
	for (size_t k = 0; tails[k]; k++) {
		size_t n = strlen(tails[k]);
		if (e - l.begin > n && e - l.begin - n <= SOURCE_MAX &&
		    nkg_str_eq_nocase((struct nkg_str){s + e - n, n},
		                      nkg_str_from_cstr(tails[k]))) {
			*out = (struct nkg_span){l.begin, (uint32_t)(e - n)};
			return true;
		}
	}
	return false;
}

/* ---- the stage ------------------------------------------------------------- */

static int set_dateline_date(struct nkg_doc *doc, const struct dateline *dl)
{
	char buf[16];
	struct nkg_str copy;

	if (!dl->m || !dl->y || !nkg_date_valid(dl->y, dl->m, dl->d))
		return 0;
	if (doc->date_origin == NKG_DATE_METADATA && doc->date.len)
		return 0;
	int n = snprintf(buf, sizeof(buf), "%04d-%02d-%02d", dl->y, dl->m, dl->d);
	int rc = nkg_arena_str(&doc->arena, (struct nkg_str){buf, (size_t)n}, &copy);
	if (rc)
		return rc;
	doc->date = copy;
	doc->date_origin = NKG_DATE_DATELINE;
	return 0;
}

int nkg_find_metadata(struct nkg_doc *doc, const struct nkg_tokens *toks)
{
	struct line l, first = {0, 0};
	size_t pos = 0;
	bool have_first = false;
	struct dateline dl, dated;
	bool have_dl = false, have_dated = false;
	int rc;

	(void)toks;
	if (!doc->text || !doc->text_len)
		return 0;

	/* Dateline among the first lines. */
	for (int k = 0; k < DATELINE_LINES && next_line(doc, &pos, &l); k++) {
		if (!have_first) {
			first = l;
			have_first = true;
		}
		if (parse_dateline(doc, l, &dl)) {
			have_dl = true;
			if (k == 0)
				have_first = false; /* a dateline paragraph is no headline */
			break;
		}
		if (!have_dated && parse_date_line(doc, l, &dated)) {
			have_dated = true;
			if (k == 0)
				have_first = false; /* nor is a date */
		}
	}

	if (!doc->title.len && have_first && first.end - first.begin <= NKG_HEADLINE_MAX &&
	    doc->text[first.end - 1] != '.') {
		size_t after = first.end;
		struct line more;
		if (next_line(doc, &after, &more)) {
			doc->title =
			        (struct nkg_str){doc->text + first.begin, first.end - first.begin};
		}
	}

	if (have_dl) {
		doc->dateline_place = dl.place;
		doc->dateline_region = dl.region;
		if (!doc->source.len && dl.source.len)
			doc->source = dl.source;
		if ((rc = set_dateline_date(doc, &dl)) != 0)
			return rc;
	}
	if (have_dated && !doc->date.len && (rc = set_dateline_date(doc, &dated)) != 0)
		return rc;

	/* Source and credit lines among the last SOURCE_LINES lines. */
	struct line last[SOURCE_LINES];
	uint32_t n = 0;
	pos = 0;
	while (next_line(doc, &pos, &l)) {
		last[n % SOURCE_LINES] = l;
		n++;
	}
	uint32_t from = n > SOURCE_LINES ? n - SOURCE_LINES : 0;
	bool have_src = false, have_contrib = false;
	for (uint32_t k = n; k > from; k--) {
		struct line cur = last[(k - 1) % SOURCE_LINES];
		struct nkg_str src;
		if (!have_src && parse_source_line(doc, cur, &src)) {
			have_src = true;
			if (!doc->source.len)
				doc->source = src;
			doc->credit_sources =
			        (struct nkg_span){(uint32_t)(src.ptr - doc->text),
			                          (uint32_t)(src.ptr - doc->text + src.len)};
		} else if (!have_contrib &&
		           parse_contributors_line(doc, cur, &doc->credit_contributors)) {
			have_contrib = true;
		}
	}
	return 0;
}
