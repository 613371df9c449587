/* alloc.c - allocation wrappers with a failure hook for tests. */
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

static unsigned long alloc_calls;
static unsigned long fail_at;   /* 0: off; else fail when alloc_calls reaches it */
static int fail_sticky;

static int should_fail(void)
{
	alloc_calls++;
	if (fail_at == 0)
		return 0;
	if (alloc_calls == fail_at)
		return 1;
	return fail_sticky && alloc_calls > fail_at;
}

void *nkg_malloc(size_t n)
{
	if (should_fail())
		return NULL;
	return malloc(n ? n : 1);
}

void *nkg_calloc(size_t count, size_t size)
{
	if (should_fail())
		return NULL;
	return calloc(count ? count : 1, size ? size : 1);
}

void *nkg_realloc(void *p, size_t n)
{
	if (should_fail())
		return NULL;
	return realloc(p, n ? n : 1);
}

void nkg_free(void *p)
{
	free(p);
}

char *nkg_strndup(const char *s, size_t n)
{
	char *r = nkg_malloc(n + 1);
	if (!r)
		return NULL;
	if (n)
		memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

void nkg_alloc_fail_after(unsigned long n, int sticky)
{
	fail_at = n ? alloc_calls + n : 0;
	fail_sticky = sticky;
}

unsigned long nkg_alloc_count(void)
{
	return alloc_calls;
}
