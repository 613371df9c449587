/* str.h - counted strings: slices that borrow their bytes.
 *
 * A struct nkg_str never owns its bytes: it points into a buffer that
 * someone else keeps alive (the document text, an arena, a static table).
 * The bytes are not NUL-terminated unless the owner says so.
 */
#ifndef NKG_STR_H
#define NKG_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct nkg_str {
	const char *ptr;
	size_t len;
};

#define NKG_STR_NULL ((struct nkg_str){NULL, 0})
/* A slice of a string literal: NKG_STR_LIT("abc"). */
#define NKG_STR_LIT(s) ((struct nkg_str){(s), sizeof(s) - 1})

/* A slice of a NUL-terminated string (borrowed; NULL gives the empty slice). */
static inline struct nkg_str nkg_str_from_cstr(const char *s)
{
	struct nkg_str r = {s, s ? strlen(s) : 0};
	return r;
}

static inline bool nkg_str_eq(struct nkg_str a, struct nkg_str b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

static inline bool nkg_str_eq_cstr(struct nkg_str a, const char *b)
{
	return nkg_str_eq(a, nkg_str_from_cstr(b));
}

/* ASCII-only case-insensitive comparison; other bytes compare exactly. */
bool nkg_str_eq_nocase(struct nkg_str a, struct nkg_str b);

/* Ordering as memcmp, shorter prefix first: <0, 0, >0. */
int nkg_str_cmp(struct nkg_str a, struct nkg_str b);

#endif
