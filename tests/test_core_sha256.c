/* test_core_sha256.c - SHA-256 against the FIPS 180-4 / NIST test vectors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/sha256.h"

static void hex_of(const unsigned char d[NKG_SHA256_LEN], char out[65])
{
	static const char digits[] = "0123456789abcdef";
	for (int i = 0; i < NKG_SHA256_LEN; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[64] = '\0';
}

static void check(const char *msg, size_t n, const char *expected)
{
	unsigned char d[NKG_SHA256_LEN];
	char hex[65];
	nkg_sha256(msg, n, d);
	hex_of(d, hex);
	assert_string_equal(hex, expected);
}

static void test_sha256_empty(void **state)
{
	(void)state;
	check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	check(NULL, 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_sha256_abc(void **state)
{
	(void)state;
	check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void test_sha256_two_blocks(void **state)
{
	static const char m[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	(void)state;
	check(m, sizeof(m) - 1, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

/* 55, 56 and 64 bytes: the padding boundaries. */
static void test_sha256_padding_edges(void **state)
{
	char a[64];
	(void)state;
	memset(a, 'a', sizeof(a));
	check(a, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	check(a, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	check(a, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

/* One million 'a' fed in uneven pieces: exercises the streaming buffer. */
static void test_sha256_million_a_streamed(void **state)
{
	char a[1000];
	struct nkg_sha256 c;
	unsigned char d[NKG_SHA256_LEN];
	char hex[65];
	size_t left = 1000000, step = 1;
	(void)state;
	memset(a, 'a', sizeof(a));
	nkg_sha256_init(&c);
	while (left) {
		size_t n = step < left ? step : left;
		nkg_sha256_update(&c, a, n);
		left -= n;
		step = step % 991 + 7; /* stays below sizeof(a) */
	}
	nkg_sha256_final(&c, d);
	hex_of(d, hex);
	assert_string_equal(hex,
	                    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void test_sha256_hex_prefix(void **state)
{
	char hex[33];
	(void)state;
	memset(hex, 'z', sizeof(hex));
	nkg_sha256_hex("abc", 3, hex, 32);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_sha256_empty),
	        cmocka_unit_test(test_sha256_abc),
	        cmocka_unit_test(test_sha256_two_blocks),
	        cmocka_unit_test(test_sha256_padding_edges),
	        cmocka_unit_test(test_sha256_million_a_streamed),
	        cmocka_unit_test(test_sha256_hex_prefix),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
