/* timex_internal.h - calendar and word helpers shared by metadata.c, timex.c and events.c.
 *
 * Internal to extract/: not part of the public API.  Dates are proleptic
 * Gregorian; "days" count from 1970-01-01 (day 0), negative before it.
 */
#ifndef NKG_TIMEX_INTERNAL_H
#define NKG_TIMEX_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/str.h"

struct nkg_ymd {
	int y, m, d;
};

/* 1..12 for an English month name or abbreviation ("January", "Jan",
 * "Jan.", "Sept."), compared case-insensitively; 0 otherwise. */
int nkg_month_number(struct nkg_str word);

/* 1 (Monday) .. 7 (Sunday) for "Monday".."Sunday" (case-insensitive), with
 * *plural set for "Mondays"..  (plural may be NULL); 0 otherwise. */
int nkg_weekday_number(struct nkg_str word, bool *plural);

/* True when y-m-d is a real calendar date (leap years included). */
bool nkg_date_valid(int y, int m, int d);

/* Parses exactly "YYYY-MM-DD" (a valid date) into *out; false otherwise. */
bool nkg_date_parse_iso(struct nkg_str s, struct nkg_ymd *out);

/* Days since 1970-01-01 and back. */
int64_t nkg_days_from_ymd(struct nkg_ymd d);
struct nkg_ymd nkg_ymd_from_days(int64_t days);

/* ISO 8601 weekday of a date: 1 (Monday) .. 7 (Sunday). */
int nkg_weekday(struct nkg_ymd d);

/* ISO 8601 week-numbering year and week (1..53) of a date. */
void nkg_iso_week(struct nkg_ymd d, int *iso_year, int *week);

/* How a word was inflected, as far as regular morphology can tell. */
enum nkg_word_form {
	NKG_FORM_BASE, /* no suffix removed: "rally", "strike", "meeting" */
	NKG_FORM_S,    /* -s/-es/-ies: plural noun or third person verb */
	NKG_FORM_ED,   /* -ed/-d/-ied, or an irregular past ("struck", "met") */
	NKG_FORM_ING   /* -ing */
};

/* Lemma of an English word: lower-cases it, looks it up in WordNet's
 * irregular forms (nkg_lex_base_form: verbs, then nouns), then tries regular suffixes (-ies/-ied ->
 * y, -es, -s, -ed/-d, -ing, with consonant undoubling and a restored silent e).  known (may be
 * NULL) says which candidate lemmas exist: the word itself is tried first, then the candidates in
 * that order, and the first known one wins; with NULL the morphological guess is returned.  Writes
 * the NUL-terminated lemma to out (cap bytes) and the inflection to *form.  Returns the lemma's
 * length, or 0 when the word is empty, too long for out, or known accepts
 * none of the candidates. */
size_t nkg_lemmatize(struct nkg_str word, bool (*known)(const char *lemma), char *out, size_t cap,
                     enum nkg_word_form *form);

#endif
