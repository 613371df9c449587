/* arena.c - block allocator for per-document data. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"

#define ARENA_BLOCK_SIZE (64 * 1024)
#define ARENA_ALIGN      (alignof(max_align_t))

struct nkg_arena_block {
	struct nkg_arena_block *next;
	size_t size; /* usable bytes in data */
	size_t off;  /* next free byte */
	alignas(max_align_t) unsigned char data[];
};

static int default_debug = -1;

void nkg_arena_set_debug(int on)
{
	default_debug = on ? 1 : 0;
}

void nkg_arena_init(struct nkg_arena *a)
{
	if (default_debug < 0) {
		const char *e = getenv("NKG_ARENA_DEBUG");
		default_debug = (e && *e && *e != '0') ? 1 : 0;
	}
	a->head = NULL;
	a->used = 0;
	a->limit = 0;
	a->debug = default_debug;
}

void nkg_arena_release(struct nkg_arena *a)
{
	struct nkg_arena_block *b = a->head;
	while (b) {
		struct nkg_arena_block *next = b->next;
		nkg_free(b);
		b = next;
	}
	a->head = NULL;
	a->used = 0;
}

void nkg_arena_reset(struct nkg_arena *a)
{
	struct nkg_arena_block *b = a->head, *keep = NULL;
	while (b) {
		struct nkg_arena_block *next = b->next;
		if (!keep && !a->debug && b->size == ARENA_BLOCK_SIZE) {
			keep = b;
		} else {
			nkg_free(b);
		}
		b = next;
	}
	if (keep) {
		keep->next = NULL;
		keep->off = 0;
	}
	a->head = keep;
	a->used = 0;
}

static size_t align_up(size_t n)
{
	return (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
}

void *nkg_arena_alloc(struct nkg_arena *a, size_t n)
{
	struct nkg_arena_block *b = a->head;
	size_t need = align_up(n ? n : 1);

	if (need < n)
		return NULL;
	if (a->limit && (a->used + need > a->limit || a->used + need < a->used))
		return NULL;
	if (a->debug || !b || b->size - b->off < need) {
		size_t size = a->debug ? need : (need > ARENA_BLOCK_SIZE ? need : ARENA_BLOCK_SIZE);
		if (size > SIZE_MAX - sizeof(*b))
			return NULL;
		b = nkg_malloc(sizeof(*b) + size);
		if (!b)
			return NULL;
		b->size = size;
		b->off = 0;
		/* A large one-off block goes behind the current one so that the
		 * current block's free space is not abandoned. */
		if (a->head && !a->debug && size > ARENA_BLOCK_SIZE) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = b->data + b->off;
	b->off += need;
	a->used += need;
	return p;
}

void *nkg_arena_calloc(struct nkg_arena *a, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		return NULL;
	void *p = nkg_arena_alloc(a, count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

char *nkg_arena_strndup(struct nkg_arena *a, const char *s, size_t n)
{
	if (n == SIZE_MAX)
		return NULL;
	char *r = nkg_arena_alloc(a, n + 1);
	if (!r)
		return NULL;
	if (n)
		memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

int nkg_arena_str(struct nkg_arena *a, struct nkg_str s, struct nkg_str *out)
{
	char *r = nkg_arena_strndup(a, s.ptr, s.len);
	if (!r)
		return NKG_ENOMEM;
	out->ptr = r;
	out->len = s.len;
	return 0;
}

int nkg_arena_grow(struct nkg_arena *a, void **items, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return NKG_ENOMEM;
		ncap *= 2;
	}
	if (elem && ncap > SIZE_MAX / elem)
		return NKG_ENOMEM;
	void *n = nkg_arena_alloc(a, ncap * elem);
	if (!n)
		return NKG_ENOMEM;
	if (*cap && *items)
		memcpy(n, *items, *cap * elem);
	*items = n;
	*cap = ncap;
	return 0;
}
