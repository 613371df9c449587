/* buf.c - growable byte buffer. */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "err.h"

void nkg_buf_init(struct nkg_buf *b, size_t max)
{
	b->ptr = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
}

void nkg_buf_release(struct nkg_buf *b)
{
	nkg_free(b->ptr);
	nkg_buf_init(b, b->max);
}

void nkg_buf_reset(struct nkg_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

int nkg_buf_grow(struct nkg_buf *b, size_t extra)
{
	if (extra > SIZE_MAX - 1 - b->len)
		return NKG_ENOMEM;
	size_t need = b->len + extra + 1;
	if (b->max && b->len + extra > b->max)
		return NKG_ELIMIT;
	if (need <= b->cap)
		return 0;
	size_t ncap = b->cap ? b->cap : 64;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	char *p = nkg_realloc(b->ptr, ncap);
	if (!p)
		return NKG_ENOMEM;
	b->ptr = p;
	b->cap = ncap;
	return 0;
}

int nkg_buf_add(struct nkg_buf *b, const void *p, size_t n)
{
	int rc = nkg_buf_grow(b, n);
	if (rc)
		return rc;
	if (n)
		memcpy(b->ptr + b->len, p, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return 0;
}

int nkg_buf_addstr(struct nkg_buf *b, const char *s)
{
	return nkg_buf_add(b, s, strlen(s));
}

int nkg_buf_addch(struct nkg_buf *b, char c)
{
	return nkg_buf_add(b, &c, 1);
}

int nkg_buf_addf(struct nkg_buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];

	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return NKG_EINVAL;
	if ((size_t)n < sizeof(small))
		return nkg_buf_add(b, small, (size_t)n);
	int rc = nkg_buf_grow(b, (size_t)n);
	if (rc)
		return rc;
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

char *nkg_buf_detach(struct nkg_buf *b, size_t *len)
{
	char *p = b->ptr;
	if (!p) {
		p = nkg_malloc(1);
		if (!p)
			return NULL;
		p[0] = '\0';
	}
	if (len)
		*len = b->len;
	nkg_buf_init(b, b->max);
	return p;
}
