/* test_core_json.c - the JSON Lines record parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/err.h"
#include "core/json.h"

enum { F_ID, F_TITLE, F_TEXT, F_N };

struct fixture {
	char line[512];
	struct nkg_json_member m[F_N];
	struct nkg_json_error err;
};

/* Copies src into the fixture's mutable line and parses it. */
static int parse(struct fixture *f, const char *src)
{
	size_t n = strlen(src);
	assert_true(n < sizeof(f->line));
	memcpy(f->line, src, n + 1);
	f->m[F_ID].key = "id";
	f->m[F_TITLE].key = "title";
	f->m[F_TEXT].key = "text";
	memset(&f->err, 0, sizeof(f->err));
	return nkg_json_parse_record(f->line, n, f->m, F_N, &f->err);
}

static void assert_slice(struct nkg_str s, const char *want)
{
	assert_int_equal(s.len, strlen(want));
	assert_memory_equal(s.ptr, want, s.len);
}

static void assert_error(const char *src, size_t column, const char *msg)
{
	struct fixture f;
	assert_int_equal(parse(&f, src), NKG_EJSON);
	assert_string_equal(f.err.msg, msg);
	assert_int_equal(f.err.column, column);
}

static void test_record_extracts_fields(void **state)
{
	(void)state;
	struct fixture f;
	assert_int_equal(parse(&f, "{\"id\": \"a-1\", \"title\":\"Rally\" ,"
	                           "\"text\":\"Hello.\"}"),
	                 0);
	assert_int_equal(f.m[F_ID].type, NKG_JSON_STRING);
	assert_slice(f.m[F_ID].value, "a-1");
	assert_int_equal(f.m[F_ID].column, 8);
	assert_slice(f.m[F_TITLE].value, "Rally");
	assert_slice(f.m[F_TEXT].value, "Hello.");
	/* Strings come back NUL-terminated in the line. */
	assert_string_equal(f.m[F_TEXT].value.ptr, "Hello.");
}

static void test_record_absent_and_null(void **state)
{
	(void)state;
	struct fixture f;
	assert_int_equal(parse(&f, "  {\"text\": \"x\", \"title\": null}  "), 0);
	assert_int_equal(f.m[F_ID].type, NKG_JSON_ABSENT);
	assert_int_equal(f.m[F_ID].column, 0);
	assert_int_equal(f.m[F_TITLE].type, NKG_JSON_NULL);
	assert_int_equal(f.m[F_TITLE].value.len, 0);
	assert_int_equal(parse(&f, "{}"), 0);
	assert_int_equal(f.m[F_TEXT].type, NKG_JSON_ABSENT);
}

static void test_record_unescapes(void **state)
{
	(void)state;
	struct fixture f;
	assert_int_equal(parse(&f, "{\"text\":\"a\\nb\\t\\\"q\\\" \\\\ \\/ \\b\\f\\r\"}"), 0);
	assert_slice(f.m[F_TEXT].value, "a\nb\t\"q\" \\ / \b\f\r");
	/* \u escapes: ASCII, 2-byte, 3-byte, and a surrogate pair (U+1F600). */
	assert_int_equal(parse(&f, "{\"text\":\"\\u0041\\u00e9\\u20AC\\ud83d\\ude00!\"}"), 0);
	assert_slice(f.m[F_TEXT].value, "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80!");
	/* Raw UTF-8 is copied as it is. */
	assert_int_equal(parse(&f, "{\"text\":\"Bagd\xc4\x81\x64\"}"), 0);
	assert_slice(f.m[F_TEXT].value, "Bagd\xc4\x81\x64");
}

static void test_record_escaped_key_matches(void **state)
{
	(void)state;
	struct fixture f;
	assert_int_equal(parse(&f, "{\"te\\u0078t\":\"k\"}"), 0);
	assert_int_equal(f.m[F_TEXT].type, NKG_JSON_STRING);
	assert_slice(f.m[F_TEXT].value, "k");
}

static void test_record_rejects_bad_escapes(void **state)
{
	(void)state;
	assert_error("{\"text\":\"a\\x\"}", 11, "invalid escape in string");
	assert_error("{\"text\":\"\\u12G4\"}", 10, "invalid \\u escape: expected 4 hex digits");
	assert_error("{\"text\":\"\\u12\"}", 10, "invalid \\u escape: expected 4 hex digits");
	assert_error("{\"text\":\"x\\ud83d\"}", 11, "invalid \\u escape: lone high surrogate");
	assert_error("{\"text\":\"\\ud83d\\u0041\"}", 10,
	             "invalid \\u escape: lone high surrogate");
	assert_error("{\"text\":\"\\ude00\\ud83d\"}", 10, "invalid \\u escape: lone low surrogate");
	assert_error("{\"text\":\"a\\u0000b\"}", 11, "\\u0000 is not allowed in strings");
	assert_error("{\"text\":\"a\tb\"}", 11, "control character in string (escape it)");
	assert_error("{\"text\":\"abc", 13, "unterminated string");
	assert_error("{\"text\":\"abc\\", 14, "unterminated string");
}

static void test_record_error_positions(void **state)
{
	(void)state;
	assert_error("", 1, "expected an object");
	assert_error("[1]", 1, "expected an object");
	assert_error("{\"id\" \"x\"}", 7, "expected ':'");
	assert_error("{\"id\":\"x\" \"text\":\"y\"}", 11, "expected ',' or '}'");
	assert_error("{\"id\":\"x\",}", 11, "expected a string key");
	assert_error("{id:1}", 2, "expected a string key");
	assert_error("{\"id\":}", 7, "expected a value");
	assert_error("{\"id\":nul}", 7, "expected a value");
	assert_error("{\"id\":1} x", 10, "unexpected characters after the object");
	assert_error("{\"id\":1}{}", 9, "unexpected characters after the object");
	assert_error("{\"id\":1", 8, "expected ',' or '}'");
}

static void test_record_numbers(void **state)
{
	(void)state;
	struct fixture f;
	assert_int_equal(parse(&f, "{\"id\":42,\"text\":\"t\"}"), 0);
	assert_int_equal(f.m[F_ID].type, NKG_JSON_NUMBER);
	assert_slice(f.m[F_ID].value, "42");
	assert_int_equal(parse(&f, "{\"id\":-0.5e+10}"), 0);
	assert_slice(f.m[F_ID].value, "-0.5e+10");
	assert_error("{\"id\":012}", 8, "invalid number: leading zero");
	assert_error("{\"id\":1.}", 9, "invalid number: expected a digit after '.'");
	assert_error("{\"id\":1e}", 9, "invalid number: expected a digit in the exponent");
	assert_error("{\"id\":-}", 8, "invalid number");
	assert_error("{\"id\":+1}", 7, "expected a value");
}

static void test_record_skips_nested_values(void **state)
{
	(void)state;
	struct fixture f;
	assert_int_equal(parse(&f, "{\"meta\":{\"text\":\"inner\",\"a\":[1,[2,{}],[],\"\\u00e9\"]},"
	                           "\"tags\":[true,false,null],\"text\":\"outer\"}"),
	                 0);
	assert_slice(f.m[F_TEXT].value, "outer");
	assert_int_equal(f.m[F_TEXT].column, 85);
	/* Asked-for keys may hold containers: the type says so. */
	assert_int_equal(parse(&f, "{\"title\":[\"a\"],\"text\":{}}"), 0);
	assert_int_equal(f.m[F_TITLE].type, NKG_JSON_ARRAY);
	assert_int_equal(f.m[F_TEXT].type, NKG_JSON_OBJECT);
	/* Errors inside skipped values are still errors. */
	assert_error("{\"meta\":[1,2}", 13, "expected ',' or ']'");
	assert_error("{\"meta\":{\"a\" 1}}", 14, "expected ':'");
}

static void test_record_nesting_limit(void **state)
{
	(void)state;
	char src[300];
	size_t n = 0;
	n += (size_t)sprintf(src, "{\"a\":");
	for (int k = 0; k < NKG_JSON_MAX_DEPTH; k++)
		src[n++] = '[';
	src[n] = '\0';
	/* Depth 1 is the record's own object: the 64th bracket is one too many. */
	assert_error(src, 6 + NKG_JSON_MAX_DEPTH - 1, "nesting too deep");
	n = (size_t)sprintf(src, "{\"a\":");
	for (int k = 0; k < NKG_JSON_MAX_DEPTH - 1; k++)
		src[n++] = '[';
	for (int k = 0; k < NKG_JSON_MAX_DEPTH - 1; k++)
		src[n++] = ']';
	src[n++] = '}';
	src[n] = '\0';
	struct fixture f;
	assert_int_equal(parse(&f, src), 0);
	assert_int_equal(f.m[F_TEXT].type, NKG_JSON_ABSENT);
}

static void test_record_duplicate_keys(void **state)
{
	(void)state;
	struct fixture f;
	assert_error("{\"text\":\"a\",\"text\":\"b\"}", 13, "duplicate key \"text\"");
	/* Unknown keys may repeat: they are skipped. */
	assert_int_equal(parse(&f, "{\"x\":1,\"x\":2,\"text\":\"t\"}"), 0);
	assert_slice(f.m[F_TEXT].value, "t");
}

static void test_record_type_names(void **state)
{
	(void)state;
	assert_string_equal(nkg_json_type_name(NKG_JSON_STRING), "string");
	assert_string_equal(nkg_json_type_name(NKG_JSON_NUMBER), "number");
	assert_string_equal(nkg_json_type_name(NKG_JSON_OBJECT), "object");
	assert_string_equal(nkg_json_type_name(NKG_JSON_NULL), "null");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_record_extracts_fields),
	        cmocka_unit_test(test_record_absent_and_null),
	        cmocka_unit_test(test_record_unescapes),
	        cmocka_unit_test(test_record_escaped_key_matches),
	        cmocka_unit_test(test_record_rejects_bad_escapes),
	        cmocka_unit_test(test_record_error_positions),
	        cmocka_unit_test(test_record_numbers),
	        cmocka_unit_test(test_record_skips_nested_values),
	        cmocka_unit_test(test_record_nesting_limit),
	        cmocka_unit_test(test_record_duplicate_keys),
	        cmocka_unit_test(test_record_type_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
