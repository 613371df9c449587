/* buf.h - growable byte buffer with a hard size cap (git strbuf, curl dynbuf).
 *
 * The buffer owns its bytes (heap); they are always NUL-terminated after a
 * successful call.  Growth past max fails with NKG_ELIMIT and leaves the
 * buffer as it was.
 */
#ifndef NKG_BUF_H
#define NKG_BUF_H

#include <stddef.h>

#include "str.h"

struct nkg_buf {
	char *ptr;
	size_t len;
	size_t cap;
	size_t max; /* 0: no cap */
};

/* Caller-owned struct; max = 0 means unbounded. */
void nkg_buf_init(struct nkg_buf *b, size_t max);
/* Frees the bytes; b can be reused after nkg_buf_init. */
void nkg_buf_release(struct nkg_buf *b);
/* Empties b, keeping its storage. */
void nkg_buf_reset(struct nkg_buf *b);

int nkg_buf_grow(struct nkg_buf *b, size_t extra);
int nkg_buf_add(struct nkg_buf *b, const void *p, size_t n);
int nkg_buf_addstr(struct nkg_buf *b, const char *s);
int nkg_buf_addch(struct nkg_buf *b, char c);
/* printf into the buffer. */
int nkg_buf_addf(struct nkg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Hands the bytes to the caller (free with nkg_free) and re-initialises b. */
char *nkg_buf_detach(struct nkg_buf *b, size_t *len);

static inline struct nkg_str nkg_buf_str(const struct nkg_buf *b)
{
	struct nkg_str s = {b->ptr, b->len};
	return s;
}

#endif
