/* arena.h - region allocator for everything that lives as long as a document.
 *
 * Allocations are carved from large blocks and released together by
 * nkg_arena_release().  Define NKG_ARENA_DEBUG=1 in the environment (or call
 * nkg_arena_set_debug) to make every allocation a separate malloc, so ASan
 * and valgrind can see overflows between them (git mem-pool, SQLite lookaside).
 */
#ifndef NKG_ARENA_H
#define NKG_ARENA_H

#include <stddef.h>

#include "str.h"

struct nkg_arena_block;

/* Caller-owned; zero-initialise or use nkg_arena_init. */
struct nkg_arena {
	struct nkg_arena_block *head;
	size_t used;  /* bytes handed out, for limits and statistics */
	size_t limit; /* 0: none; else allocations beyond it fail */
	int debug;    /* one malloc per allocation */
};

void nkg_arena_init(struct nkg_arena *a);

/* Frees every allocation made from a; a can be reused afterwards. */
void nkg_arena_release(struct nkg_arena *a);

/* As nkg_arena_release, but keeps one standard-size block (64 KiB) for the
 * next allocations, so that a loop over many small documents does not
 * return a block to malloc and take it back for each one.  Larger blocks
 * and debug-mode allocations are freed; a->limit and a->debug are kept. */
void nkg_arena_reset(struct nkg_arena *a);

/* n bytes aligned for any type, valid until nkg_arena_release; NULL when out
 * of memory or past a->limit.  Never returns NULL for n == 0 unless out of memory. */
void *nkg_arena_alloc(struct nkg_arena *a, size_t n);

/* As nkg_arena_alloc, zero-filled. */
void *nkg_arena_calloc(struct nkg_arena *a, size_t count, size_t size);

/* NUL-terminated copy of n bytes at s, owned by the arena. */
char *nkg_arena_strndup(struct nkg_arena *a, const char *s, size_t n);

/* Copy of a slice into the arena (the copy is also NUL-terminated). */
int nkg_arena_str(struct nkg_arena *a, struct nkg_str s, struct nkg_str *out);

/* Grows an arena array: *items holds *cap elements of size elem; on success
 * *items points to a copy with room for at least need elements.  Old storage
 * stays in the arena until release. */
int nkg_arena_grow(struct nkg_arena *a, void **items, size_t *cap, size_t need, size_t elem);

/* Process-wide default for new arenas (reads NKG_ARENA_DEBUG once if never set). */
void nkg_arena_set_debug(int on);

#endif
