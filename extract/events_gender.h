/* events_gender.h - the sex a given name tells (extract/events.c: which
 * person "he" or "she" can be). */
#ifndef NKG_EVENTS_GENDER_H
#define NKG_EVENTS_GENDER_H

#include <stdbool.h>

#include "../core/str.h"

enum nkg_gender { NKG_GENDER_UNKNOWN = 0, NKG_GENDER_MALE = 1, NKG_GENDER_FEMALE = 2 };

/* The sex of a given name, ASCII case-insensitively ("Mary", "JOHN"):
 * NKG_GENDER_UNKNOWN for a name borne by both ("Jamie"), one not listed,
 * or anything else.  word is borrowed; no allocation. */
enum nkg_gender nkg_given_name_gender(struct nkg_str word);

#endif
