/* alloc.h - the one place our code asks libc for memory.
 *
 * Every allocation in newskg's own code goes through these wrappers so that a
 * test can make the Nth one fail (curl's "torture", SQLite's faultsim) and
 * prove each failure path returns a clean error and leaks nothing.
 * Memory allocated inside Redland/raptor is not covered.
 */
#ifndef NKG_ALLOC_H
#define NKG_ALLOC_H

#include <stddef.h>

/* malloc/calloc/realloc that honour the failure hook. Free with nkg_free. */
void *nkg_malloc(size_t n);
void *nkg_calloc(size_t count, size_t size);
void *nkg_realloc(void *p, size_t n);
void nkg_free(void *p);

/* Copy of the n bytes at s plus a NUL (new, free with nkg_free); NULL on failure. */
char *nkg_strndup(const char *s, size_t n);

/* Make the nth allocation from now on fail (1 = the next one), and every one
 * after it if sticky is nonzero.  n == 0 switches the hook off.  Not thread-safe:
 * for tests only (the counters themselves are atomic, so threads may allocate). */
void nkg_alloc_fail_after(unsigned long n, int sticky);

/* Number of allocations made since the process started (for torture loops). */
unsigned long nkg_alloc_count(void);

#endif
