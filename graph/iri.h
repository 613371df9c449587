/* iri.h - minting IRIs (internal to graph/).
 *
 * librdf accepts any string as a URI and raptor then writes output strict
 * parsers reject (FACTS.md), so every IRI newskg writes is built here from
 * safe pieces: a checked base, fixed ASCII path words, slugs and
 * percent-encoded values.
 */
#ifndef NKG_GRAPH_IRI_H
#define NKG_GRAPH_IRI_H

#include <stdbool.h>

#include "../core/buf.h"
#include "../core/str.h"

/* Slugs longer than this (bytes) are cut and given a hash suffix. */
#define NKG_SLUG_MAX 100

/* Appends the slug of name (borrowed, valid UTF-8) to out:
 *  - Latin letters with diacritics fold to ASCII ("Baghdād" -> "baghdad",
 *    "ß" -> "ss"), combining marks and Arabic vowel signs are dropped, and
 *    ASCII, Greek and Cyrillic letters are lower-cased;
 *  - apostrophes (' ’ ‘ ʼ ʾ ʿ `) vanish ("O'Brien" -> "obrien");
 *  - the words "centre" and "theatre" (whole words of ASCII letters, any
 *    case) are spelled "center", "theater", so that "Betty Ford Centre" and
 *    "Betty Ford Center" are one IRI (README "Canonical names"); the hash of
 *    a cut slug is taken over the name so spelled too;
 *  - every run of other ASCII characters, spaces and punctuation becomes one
 *    "-", never at either end;
 *  - letters without an ASCII folding (Arabic, CJK...) are kept as their
 *    percent-encoded UTF-8 bytes (upper-case hex), so they stay distinct;
 *  - a slug longer than NKG_SLUG_MAX bytes is cut there (never inside a %XX)
 *    and gets "-" + the first 16 hex digits of the SHA-256 of name;
 *  - a name with nothing left ("", "!!!") becomes "x-" + those 16 digits.
 * 0, NKG_ENOMEM or NKG_ELIMIT (out's cap); out is unchanged on failure. */
int nkg_iri_add_slug(struct nkg_buf *out, struct nkg_str name);

/* Appends s with every byte outside [A-Za-z0-9-._~:] written as %XX. */
int nkg_iri_add_pct(struct nkg_buf *out, struct nkg_str s);

/* True when s can be written as an absolute IRI as it is: a scheme, no
 * spaces, controls, <>"{}|\^` or bad %-escapes, valid code points. */
bool nkg_iri_is_safe(struct nkg_str s);

/* True when base is a safe absolute IRI ending in '/' and without '#'
 * (fragments of our own, "#char=0,N", are appended to document IRIs). */
bool nkg_iri_base_ok(const char *base);

#endif
