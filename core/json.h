/* json.h - a small strict JSON parser for one JSON Lines record.
 *
 * A record is one JSON object (RFC 8259) on one line.  The parser walks it
 * once, without allocating: the string values of the members the caller asks
 * for are unescaped IN PLACE in the caller's line buffer (an escape never
 * decodes to more bytes than it takes), and handed back as slices of it.
 * Members that were not asked for are checked for well-formedness and
 * skipped, whatever they hold (nested objects and arrays included, up to
 * NKG_JSON_MAX_DEPTH levels).
 *
 * Decisions where JSON leaves a choice:
 * - Strings: every escape of RFC 8259 is decoded; \uXXXX surrogate pairs
 *   give one code point; a lone or reversed surrogate is an error, and so is
 *   \u0000 (a NUL would cut the value short in C); raw control characters
 *   (below U+0020) are errors, as the RFC says.
 * - Duplicate keys: an error when the key is one the caller asked for (which
 *   value wins is not defined by JSON, so we refuse to guess); repeated keys
 *   the caller did not ask for are skipped like any unknown member.
 * - Numbers follow the RFC grammar exactly (no leading zeros, no "+", no
 *   NaN); their text is handed back unchanged, so an id 42 reads as "42".
 * - The line must hold one object and nothing else but whitespace.
 * - Bytes >= 0x80 are copied as they are: validate the line as UTF-8 first
 *   (core/utf8.h).
 */
#ifndef NKG_JSON_H
#define NKG_JSON_H

#include <stddef.h>

#include "str.h"

#define NKG_JSON_MAX_DEPTH 64

enum nkg_json_type {
	NKG_JSON_ABSENT = 0, /* the key did not occur */
	NKG_JSON_NULL,
	NKG_JSON_FALSE,
	NKG_JSON_TRUE,
	NKG_JSON_NUMBER,
	NKG_JSON_STRING,
	NKG_JSON_ARRAY,
	NKG_JSON_OBJECT
};

/* One member the caller wants: key in, the rest out. */
struct nkg_json_member {
	const char *key;         /* in: NUL-terminated UTF-8, compared byte for byte */
	enum nkg_json_type type; /* out: NKG_JSON_ABSENT when the key did not occur */
	struct nkg_str value;    /* out: STRING: the unescaped bytes (a slice of the line,
	                            NUL-terminated there); NUMBER: the number's text (not
	                            NUL-terminated); otherwise empty */
	size_t column;           /* out: 1-based byte column where the value starts, 0 if absent */
};

struct nkg_json_error {
	size_t column; /* 1-based byte column where the problem was found */
	char msg[96];  /* e.g. "expected ':'", "duplicate key \"id\"" */
};

/* Parses the object in line[0..n) and fills members[0..n_members): every
 * member's type/value/column is reset first, then set for each key found.
 * line is modified (strings unescaped in place) and must stay alive as long
 * as the returned slices are used.  Returns 0, or NKG_EJSON with *err (may be
 * NULL) describing the first problem; members are then unspecified. */
int nkg_json_parse_record(char *line, size_t n, struct nkg_json_member *members, size_t n_members,
                          struct nkg_json_error *err);

/* Lower-case name of a type ("string", "number", "null"...), static. */
const char *nkg_json_type_name(enum nkg_json_type type);

#endif
