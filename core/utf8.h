/* utf8.h - UTF-8 validation, repair and decoding.
 *
 * Input is validated once when it is read (jq's jvp_utf8_next): either
 * rejected with the byte offset of the first bad sequence, or repaired by
 * replacing each bad sequence with U+FFFD.  Everything downstream may assume
 * valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
 */
#ifndef NKG_UTF8_H
#define NKG_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define NKG_UTF8_REPLACEMENT 0xFFFDu

/* 0 when s[0..n) is valid UTF-8; else NKG_EUTF8 and, if bad_off is not NULL,
 * the byte offset of the first invalid sequence in *bad_off. */
int nkg_utf8_validate(const char *s, size_t n, size_t *bad_off);

/* Appends s[0..n) to out with every maximal invalid subsequence replaced by
 * U+FFFD (the Unicode "best practice" of W3C/WHATWG decoders).  *replaced
 * (may be NULL) receives the number of replacements.  0 or NKG_ENOMEM/ELIMIT. */
int nkg_utf8_repair(const char *s, size_t n, struct nkg_buf *out, size_t *replaced);

/* Length in bytes of the valid sequence at s[0..n), 0 if it is invalid or n == 0.
 * On success *cp receives the code point. */
size_t nkg_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Decodes the code point at s[*i] from VALID UTF-8 and advances *i past it. */
uint32_t nkg_utf8_next(const char *s, size_t n, size_t *i);

/* Decodes the code point that ends just before s[*i] in VALID UTF-8 and moves
 * *i back to its first byte; *i must be > 0. */
uint32_t nkg_utf8_prev(const char *s, size_t *i);

/* Writes cp (<= U+10FFFF, not a surrogate) as 1-4 bytes; returns the count. */
size_t nkg_utf8_encode(uint32_t cp, char out[4]);

/* Number of code points in VALID UTF-8 s[0..n). */
size_t nkg_utf8_count(const char *s, size_t n);

#endif
