/* test_core_memory.c - arena, growable buffer, allocation failure hook. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/err.h"
#include "core/str.h"

static void test_arena_alloc_is_aligned_and_distinct(void **state)
{
	(void)state;
	struct nkg_arena a;
	nkg_arena_init(&a);
	char *p = nkg_arena_alloc(&a, 3);
	double *d = nkg_arena_alloc(&a, sizeof(double));
	assert_non_null(p);
	assert_non_null(d);
	assert_int_equal((uintptr_t)d % _Alignof(double), 0);
	assert_true((char *)d >= p + 3);
	*d = 1.5;
	memcpy(p, "abc", 3);
	assert_memory_equal(p, "abc", 3);
	nkg_arena_release(&a);
	assert_null(a.head);
	assert_int_equal(a.used, 0);
}

static void test_arena_large_allocation_keeps_block(void **state)
{
	(void)state;
	struct nkg_arena a;
	nkg_arena_init(&a);
	char *small = nkg_arena_strndup(&a, "first", 5);
	char *big = nkg_arena_alloc(&a, 1 << 20);
	char *small2 = nkg_arena_strndup(&a, "second", 6);
	assert_non_null(big);
	memset(big, 'x', 1 << 20);
	assert_string_equal(small, "first");
	assert_string_equal(small2, "second");
	nkg_arena_release(&a);
}

static void test_arena_limit_refuses(void **state)
{
	(void)state;
	struct nkg_arena a;
	nkg_arena_init(&a);
	a.limit = 64;
	assert_non_null(nkg_arena_alloc(&a, 32));
	assert_null(nkg_arena_alloc(&a, 64));
	nkg_arena_release(&a);
}

static void test_arena_grow_copies(void **state)
{
	(void)state;
	struct nkg_arena a;
	int *items = NULL;
	size_t cap = 0;
	nkg_arena_init(&a);
	for (int i = 0; i < 100; i++) {
		assert_int_equal(
		        nkg_arena_grow(&a, (void **)&items, &cap, (size_t)i + 1, sizeof(int)), 0);
		items[i] = i * 3;
	}
	assert_int_equal(cap, 128);
	for (int i = 0; i < 100; i++)
		assert_int_equal(items[i], i * 3);
	nkg_arena_release(&a);
}

static void test_arena_str_copies_slice(void **state)
{
	(void)state;
	struct nkg_arena a;
	struct nkg_str out = NKG_STR_NULL;
	const char text[] = "Muqtada al-Sadr said";
	nkg_arena_init(&a);
	assert_int_equal(nkg_arena_str(&a, (struct nkg_str){text + 8, 7}, &out), 0);
	assert_int_equal(out.len, 7);
	assert_string_equal(out.ptr, "al-Sadr");
	assert_true(out.ptr != text + 8);
	nkg_arena_release(&a);
}

static void test_arena_fails_cleanly_without_memory(void **state)
{
	(void)state;
	struct nkg_arena a;
	nkg_arena_init(&a);
	nkg_alloc_fail_after(1, 0);
	assert_null(nkg_arena_alloc(&a, 10));
	assert_non_null(nkg_arena_alloc(&a, 10)); /* not sticky: the next succeeds */
	nkg_arena_release(&a);
}

static void test_arena_reset_reuses_one_block(void **state)
{
	(void)state;
	struct nkg_arena a;
	nkg_arena_init(&a);
	a.debug = 0;
	a.limit = 1 << 20;
	char *first = nkg_arena_strndup(&a, "first", 5);
	assert_non_null(first);
	assert_non_null(nkg_arena_alloc(&a, 200000)); /* a large block of its own */
	nkg_arena_reset(&a);
	assert_int_equal(a.used, 0);
	assert_int_equal(a.limit, 1 << 20);
	unsigned long before = nkg_alloc_count();
	char *again = nkg_arena_strndup(&a, "again", 5);
	/* the kept block serves it from its start, without a malloc */
	assert_ptr_equal(again, first);
	assert_int_equal(nkg_alloc_count(), before);
	assert_string_equal(again, "again");
	nkg_arena_release(&a);
	assert_null(a.head);
}

static void test_arena_reset_in_debug_mode_frees_all(void **state)
{
	(void)state;
	struct nkg_arena a;
	nkg_arena_init(&a);
	a.debug = 1;
	assert_non_null(nkg_arena_alloc(&a, 16));
	assert_non_null(nkg_arena_alloc(&a, 16));
	nkg_arena_reset(&a);
	assert_null(a.head);
	assert_int_equal(a.used, 0);
	assert_int_equal(a.debug, 1);
	nkg_arena_release(&a);
}

static void test_buf_add_and_format(void **state)
{
	(void)state;
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_buf_addstr(&b, "char="), 0);
	assert_int_equal(nkg_buf_addf(&b, "%d,%d", 12, 345), 0);
	assert_int_equal(nkg_buf_addch(&b, '!'), 0);
	assert_string_equal(b.ptr, "char=12,345!");
	assert_int_equal(b.len, 12);
	/* Longer than the formatting fast path. */
	nkg_buf_reset(&b);
	char long_s[600];
	memset(long_s, 'y', sizeof(long_s) - 1);
	long_s[sizeof(long_s) - 1] = '\0';
	assert_int_equal(nkg_buf_addf(&b, "<%s>", long_s), 0);
	assert_int_equal(b.len, 601);
	assert_int_equal(b.ptr[0], '<');
	assert_int_equal(b.ptr[600], '>');
	size_t len = 0;
	char *p = nkg_buf_detach(&b, &len);
	assert_int_equal(len, 601);
	assert_null(b.ptr);
	nkg_free(p);
}

static void test_buf_cap_is_enforced(void **state)
{
	(void)state;
	struct nkg_buf b;
	nkg_buf_init(&b, 8);
	assert_int_equal(nkg_buf_add(&b, "12345678", 8), 0);
	assert_int_equal(nkg_buf_addch(&b, '9'), NKG_ELIMIT);
	assert_int_equal(b.len, 8);
	assert_string_equal(b.ptr, "12345678");
	nkg_buf_release(&b);
}

static void test_str_compare(void **state)
{
	(void)state;
	assert_true(nkg_str_eq_nocase(NKG_STR_LIT("TEHRAN"), NKG_STR_LIT("Tehran")));
	assert_false(nkg_str_eq_nocase(NKG_STR_LIT("Tehran"), NKG_STR_LIT("Tehra")));
	assert_true(nkg_str_eq_cstr(NKG_STR_LIT("Iraq"), "Iraq"));
	assert_int_equal(nkg_str_cmp(NKG_STR_LIT("ab"), NKG_STR_LIT("abc")) < 0, 1);
	assert_int_equal(nkg_str_cmp(NKG_STR_LIT("b"), NKG_STR_LIT("abc")) > 0, 1);
	assert_int_equal(nkg_str_cmp(NKG_STR_NULL, NKG_STR_NULL), 0);
}

static void test_alloc_hook_sticky(void **state)
{
	(void)state;
	nkg_alloc_fail_after(2, 1);
	void *a = nkg_malloc(4);
	void *b = nkg_malloc(4);
	void *c = nkg_calloc(1, 4);
	nkg_alloc_fail_after(0, 0);
	assert_non_null(a);
	assert_null(b);
	assert_null(c);
	nkg_free(a);
	assert_string_equal(nkg_strerror(NKG_ENOMEM), "out of memory");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_arena_alloc_is_aligned_and_distinct),
	        cmocka_unit_test(test_arena_large_allocation_keeps_block),
	        cmocka_unit_test(test_arena_limit_refuses),
	        cmocka_unit_test(test_arena_grow_copies),
	        cmocka_unit_test(test_arena_str_copies_slice),
	        cmocka_unit_test(test_arena_fails_cleanly_without_memory),
	        cmocka_unit_test(test_arena_reset_reuses_one_block),
	        cmocka_unit_test(test_arena_reset_in_debug_mode_frees_all),
	        cmocka_unit_test(test_buf_add_and_format),
	        cmocka_unit_test(test_buf_cap_is_enforced),
	        cmocka_unit_test(test_str_compare),
	        cmocka_unit_test(test_alloc_hook_sticky),
	};
	return cmocka_run_group_tests_name("core_memory", tests, NULL, NULL);
}
