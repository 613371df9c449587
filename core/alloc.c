/* alloc.c - allocation wrappers with a failure hook for tests. */
#include "alloc.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Relaxed atomics: extraction threads (-j N) allocate concurrently; only the
 * single-threaded failure tests read the counts meaningfully. */
static atomic_ulong alloc_calls;
static atomic_ulong fail_at; /* 0: off; else fail when alloc_calls reaches it */
static atomic_int fail_sticky;

static int should_fail(void)
{
	unsigned long n = atomic_fetch_add_explicit(&alloc_calls, 1, memory_order_relaxed) + 1;
	unsigned long at = atomic_load_explicit(&fail_at, memory_order_relaxed);
	if (at == 0)
		return 0;
	if (n == at)
		return 1;
	return atomic_load_explicit(&fail_sticky, memory_order_relaxed) && n > at;
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
	unsigned long now = atomic_load_explicit(&alloc_calls, memory_order_relaxed);
	atomic_store_explicit(&fail_sticky, sticky, memory_order_relaxed);
	atomic_store_explicit(&fail_at, n ? now + n : 0, memory_order_relaxed);
}

unsigned long nkg_alloc_count(void)
{
	return atomic_load_explicit(&alloc_calls, memory_order_relaxed);
}
