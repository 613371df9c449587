/* timex_internal.h - calendar helpers shared by metadata.c, timex.c and events.c.
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

#endif
