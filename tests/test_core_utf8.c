/* test_core_utf8.c - validation, repair, decoding and counting of UTF-8. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "core/utf8.h"

static void test_validate_accepts_valid_text(void **state)
{
	(void)state;
	const char *s = "Baghd\xc4\x81"
	                "d \xe2\x80\x9cquote\xe2\x80\x9d \xf0\x9f\x98\x80";
	size_t off = 99;
	assert_int_equal(nkg_utf8_validate(s, strlen(s), &off), 0);
	assert_int_equal(off, 99); /* untouched on success */
}

static void test_validate_reports_first_bad_byte(void **state)
{
	(void)state;
	size_t off = 0;
	assert_int_equal(nkg_utf8_validate("ab\xff"
	                                   "cd",
	                                   5, &off),
	                 NKG_EUTF8);
	assert_int_equal(off, 2);
	/* Overlong encoding of '/', a surrogate, a value above U+10FFFF. */
	assert_int_equal(nkg_utf8_validate("x\xc0\xaf", 3, &off), NKG_EUTF8);
	assert_int_equal(off, 1);
	assert_int_equal(nkg_utf8_validate("\xed\xa0\x80", 3, &off), NKG_EUTF8);
	assert_int_equal(off, 0);
	assert_int_equal(nkg_utf8_validate("ok\xf4\x90\x80\x80", 6, &off), NKG_EUTF8);
	assert_int_equal(off, 2);
	/* Truncated sequence at the end. */
	assert_int_equal(nkg_utf8_validate("abc\xe2\x80", 5, &off), NKG_EUTF8);
	assert_int_equal(off, 3);
}

static void test_repair_replaces_maximal_subparts(void **state)
{
	(void)state;
	struct nkg_buf b;
	size_t n = 0;
	nkg_buf_init(&b, 0);
	/* "a" + truncated 3-byte sequence (one U+FFFD) + "b" + lone 0xFF + "c" */
	assert_int_equal(nkg_utf8_repair("a\xe2\x80"
	                                 "b\xff"
	                                 "c",
	                                 6, &b, &n),
	                 0);
	assert_int_equal(n, 2);
	assert_string_equal(b.ptr, "a\xef\xbf\xbd"
	                           "b\xef\xbf\xbd"
	                           "c");
	assert_int_equal(nkg_utf8_validate(b.ptr, b.len, NULL), 0);
	nkg_buf_release(&b);
}

static void test_repair_keeps_valid_text(void **state)
{
	(void)state;
	struct nkg_buf b;
	size_t n = 7;
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_utf8_repair("caf\xc3\xa9", 5, &b, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(b.len, 5);
	assert_memory_equal(b.ptr, "caf\xc3\xa9", 5);
	nkg_buf_release(&b);
}

static void test_decode_encode_roundtrip(void **state)
{
	(void)state;
	const uint32_t cps[] = {0x41, 0xE9, 0x201C, 0x1F600, 0x10FFFF};
	for (size_t i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		char buf[4];
		uint32_t cp = 0;
		size_t n = nkg_utf8_encode(cps[i], buf);
		assert_int_equal(nkg_utf8_decode(buf, n, &cp), n);
		assert_int_equal(cp, cps[i]);
	}
	uint32_t cp;
	assert_int_equal(nkg_utf8_decode("\xc3", 1, &cp), 0);
}

static void test_next_prev_walk(void **state)
{
	(void)state;
	const char *s = "a\xc3\xa9\xe2\x80\x94z";
	size_t n = strlen(s), i = 0;
	assert_int_equal(nkg_utf8_next(s, n, &i), 'a');
	assert_int_equal(nkg_utf8_next(s, n, &i), 0xE9);
	assert_int_equal(nkg_utf8_next(s, n, &i), 0x2014);
	assert_int_equal(i, 6);
	assert_int_equal(nkg_utf8_prev(s, &i), 0x2014);
	assert_int_equal(i, 3);
	assert_int_equal(nkg_utf8_prev(s, &i), 0xE9);
	assert_int_equal(i, 1);
}

static void test_count_code_points(void **state)
{
	(void)state;
	assert_int_equal(nkg_utf8_count("Baghd\xc4\x81"
	                                "d",
	                                8),
	                 7);
	assert_int_equal(nkg_utf8_count("", 0), 0);
	assert_int_equal(nkg_utf8_count("\xf0\x9f\x98\x80!", 5), 2);
}

static void test_repair_fails_cleanly_without_memory(void **state)
{
	(void)state;
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	nkg_alloc_fail_after(1, 1);
	assert_int_equal(nkg_utf8_repair("a\xff", 2, &b, NULL), NKG_ENOMEM);
	nkg_alloc_fail_after(0, 0);
	assert_int_equal(b.len, 0);
	nkg_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_validate_accepts_valid_text),
	        cmocka_unit_test(test_validate_reports_first_bad_byte),
	        cmocka_unit_test(test_repair_replaces_maximal_subparts),
	        cmocka_unit_test(test_repair_keeps_valid_text),
	        cmocka_unit_test(test_decode_encode_roundtrip),
	        cmocka_unit_test(test_next_prev_walk),
	        cmocka_unit_test(test_count_code_points),
	        cmocka_unit_test(test_repair_fails_cleanly_without_memory),
	};
	return cmocka_run_group_tests_name("core_utf8", tests, NULL, NULL);
}
