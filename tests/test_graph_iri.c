/* test_graph_iri.c - slugs, percent-encoding, IRI checks and document IRIs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/err.h"
#include "graph/graph.h"
#include "graph/iri.h"

/* The slug of s, in a static buffer. */
static const char *slug(const char *s, size_t n)
{
	static char out[512];
	struct nkg_buf b;
	struct nkg_str str = {s, n};
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_iri_add_slug(&b, str), 0);
	assert_true(b.len < sizeof(out));
	memcpy(out, b.ptr, b.len + 1);
	nkg_buf_release(&b);
	return out;
}

#define SLUG(lit) slug(lit, sizeof(lit) - 1)

static void test_slug_ascii(void **state)
{
	(void)state;
	assert_string_equal(SLUG("Reuters"), "reuters");
	assert_string_equal(SLUG("Abu Mahdi al-Muhandis"), "abu-mahdi-al-muhandis");
	assert_string_equal(SLUG("  U.S.  State Department!! "), "us-state-department");
	assert_string_equal(SLUG("Kata'ib Hezbollah"), "kataib-hezbollah");
	assert_string_equal(SLUG("Popular Mobilization Forces (PMF)"),
	                    "popular-mobilization-forces-pmf");
	assert_string_equal(SLUG("a\"b<c>d\\e\nf\tg"), "a-b-c-d-e-f-g");
}

/* The dots of an initialism join its letters: "U.S." and "US" are one slug,
 * as are "A. J." and "A.J."; a dot after a longer word, before a word or
 * a digit, separates. */
static void test_slug_initialisms(void **state)
{
	(void)state;
	assert_string_equal(SLUG("U.S. Army"), SLUG("US Army"));
	assert_string_equal(SLUG("U.S. Army"), "us-army");
	assert_string_equal(SLUG("U.S.A. Rugby"), "usa-rugby");
	assert_string_equal(SLUG("J.P. Morgan"), "jp-morgan");
	assert_string_equal(SLUG("E.ON"), "eon");
	assert_string_equal(SLUG("A. J. Smith"), "aj-smith");
	assert_string_equal(SLUG("A. J. Smith"), SLUG("A.J. Smith"));
	assert_string_equal(SLUG("George H. W. Bush"), "george-hw-bush");
	assert_string_equal(SLUG("George W. Bush"), "george-w-bush");
	assert_string_equal(SLUG("J. Smith"), "j-smith");
	assert_string_equal(SLUG("Plan A. B"), "plan-a-b");
	assert_string_equal(SLUG("St.Louis"), "st-louis");
	assert_string_equal(SLUG("No.1 Ltd"), "no-1-ltd");
	assert_string_equal(SLUG("Washington, D.C."), "washington-dc");
}

static void test_slug_diacritics(void **state)
{
	(void)state;
	assert_string_equal(SLUG("Baghdād"), "baghdad");
	assert_string_equal(SLUG("Ṣanʿāʾ"), "sana");
	assert_string_equal(SLUG("Émile Zola"), "emile-zola");
	assert_string_equal(SLUG("Straße"), "strasse");
	assert_string_equal(SLUG("Łódź"), "lodz");
	assert_string_equal(SLUG("Øresund Æbleø"), "oresund-aebleo");
	assert_string_equal(SLUG("Ali Al‑Sistani"), "ali-al-sistani"); /* U+2011 hyphen */
	assert_string_equal(SLUG("O’Brien"), "obrien");
	/* A combining accent (NFD) folds like the precomposed letter. */
	assert_string_equal(SLUG("Baghda\xcc\x84"
	                         "d"),
	                    "baghdad");
	/* Full-width Latin. */
	assert_string_equal(SLUG("\xef\xbc\xa1\xef\xbd\x82\xef\xbc\x91"), "ab1");
}

static void test_slug_other_scripts(void **state)
{
	(void)state;
	/* بغداد: Arabic letters are kept, percent-encoded. */
	assert_string_equal(SLUG("بغداد"), "%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF");
	/* Arabic vowel signs are dropped: مُحَمَّد = محمد. */
	assert_string_equal(SLUG("مُحَمَّد"), SLUG("محمد"));
	assert_string_equal(SLUG("محمد علي"), "%D9%85%D8%AD%D9%85%D8%AF-%D8%B9%D9%84%D9%8A");
	/* Cyrillic is lower-cased before encoding: Москва = москва. */
	assert_string_equal(SLUG("Москва"), SLUG("москва"));
	assert_string_equal(SLUG("東京"), "%E6%9D%B1%E4%BA%AC");
	/* Distinct non-Latin names get distinct slugs. */
	assert_string_not_equal(SLUG("بغداد"), "x-e3b0c44298fc1c14");
}

static void test_slug_empty_names(void **state)
{
	(void)state;
	/* "x-" + the first 16 hex digits of SHA-256 of the name. */
	assert_string_equal(SLUG(""), "x-e3b0c44298fc1c14");
	/* printf !!! | sha256sum */
	assert_string_equal(SLUG("!!!"), "x-e84c538e7fe25073");
	assert_string_equal(SLUG("\"\""), "x-12ae32cb1ec02d01");
}

static void test_slug_long_names(void **state)
{
	char name[300];
	const char *s;
	(void)state;
	memset(name, 'a', sizeof(name));
	s = slug(name, sizeof(name));
	assert_int_equal(strlen(s), NKG_SLUG_MAX + 1 + 16);
	assert_int_equal(s[NKG_SLUG_MAX], '-');
	/* Never cut inside a %XX escape: 40 Arabic letters = 80 escapes. */
	char ar[80];
	for (int i = 0; i < 80; i += 2)
		ar[i] = (char)0xD8, ar[i + 1] = (char)0xA8;
	s = slug(ar, sizeof(ar));
	const char *dash = strrchr(s, '-');
	assert_non_null(dash);
	assert_int_equal((dash - s) % 3, 0);
	assert_int_equal(dash - s, 99);
	assert_int_equal(strlen(dash + 1), 16);
}

/* "Centre" and "Theatre" as words of their own are spelled the American way,
 * so that both spellings are one IRI; the name itself stays as written. */
static void test_slug_us_spelling(void **state)
{
	(void)state;
	assert_string_equal(SLUG("Betty Ford Centre"), "betty-ford-center");
	assert_string_equal(SLUG("Betty Ford Center"), "betty-ford-center");
	assert_string_equal(SLUG("NATIONAL THEATRE"), "national-theater");
	assert_string_equal(SLUG("Théâtre du Châtelet"), "theater-du-chatelet");
	assert_string_equal(SLUG("Centre-Val de Loire"), "center-val-de-loire");
	/* only whole words */
	assert_string_equal(SLUG("Centrepoint Theatres"), "centrepoint-theatres");
	assert_string_equal(SLUG("Labour Centred"), "labour-centred");
	/* a long name cut with a hash: one hash for both spellings */
	char a[160], b[160];
	memset(a, 'x', sizeof(a));
	memcpy(a + 120, " Centre ", 8);
	memcpy(b, a, sizeof(b));
	memcpy(b + 120, " Center ", 8);
	char *sa = strdup(slug(a, sizeof(a)));
	assert_non_null(sa);
	assert_string_equal(slug(b, sizeof(b)), sa);
	assert_int_equal(strlen(sa), NKG_SLUG_MAX + 1 + 16);
	free(sa);
}

static void test_slug_failure_leaves_buffer(void **state)
{
	struct nkg_buf b;
	(void)state;
	nkg_buf_init(&b, 12);
	assert_int_equal(nkg_buf_addstr(&b, "base/"), 0);
	assert_int_equal(nkg_iri_add_slug(&b, nkg_str_from_cstr("a much longer name")), NKG_ELIMIT);
	assert_string_equal(b.ptr, "base/");
	assert_int_equal(b.len, 5);
	nkg_buf_release(&b);
}

static void test_pct_values(void **state)
{
	struct nkg_buf b;
	(void)state;
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_iri_add_pct(&b, nkg_str_from_cstr("2020-01-24T10:30")), 0);
	assert_string_equal(b.ptr, "2020-01-24T10:30");
	nkg_buf_reset(&b);
	assert_int_equal(nkg_iri_add_pct(&b, nkg_str_from_cstr("a b/c#d%é")), 0);
	assert_string_equal(b.ptr, "a%20b%2Fc%23d%25%C3%A9");
	nkg_buf_release(&b);
}

static void test_iri_safety(void **state)
{
	(void)state;
	assert_true(nkg_iri_is_safe(nkg_str_from_cstr("https://example.com/a?b=c#d")));
	assert_true(nkg_iri_is_safe(nkg_str_from_cstr("https://ar.wikipedia.org/wiki/بغداد")));
	assert_true(nkg_iri_is_safe(nkg_str_from_cstr("https://x.org/a%20b")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("https://x.org/a b")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("https://x.org/a>b")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("https://x.org/a%2")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("relative/path")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("1http://x")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("http:")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("")));
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("http://x/\xc2\x85")));     /* U+0085 */
	assert_false(nkg_iri_is_safe(nkg_str_from_cstr("http://x/\xef\xbf\xbe"))); /* U+FFFE */
	assert_true(nkg_iri_base_ok("https://w3id.org/newskg/id/"));
	assert_true(nkg_iri_base_ok("urn:x-newskg:/"));
	assert_false(nkg_iri_base_ok("https://example.org/kg"));
	assert_false(nkg_iri_base_ok("https://example.org/kg#"));
	assert_false(nkg_iri_base_ok("https://example.org/a#b/"));
	assert_false(nkg_iri_base_ok("kg/"));
	assert_false(nkg_iri_base_ok("http://ex ample.org/"));
}

static void test_doc_iri_sources(void **state)
{
	static const char text[] = "abc";
	struct nkg_doc d;
	char *iri;
	(void)state;
	nkg_doc_init(&d, text, 3);
	iri = nkg_doc_iri(NULL, &d);
	assert_string_equal(
	        iri, "https://w3id.org/newskg/id/doc/sha256-ba7816bf8f01cfea414140de5dae2223");
	nkg_free(iri);
	d.url = nkg_str_from_cstr("https://www.Reuters.com/world/iraq-rallies-2020");
	iri = nkg_doc_iri("http://kg.example/", &d);
	assert_string_equal(iri,
	                    "http://kg.example/doc/https-www-reuters-com-world-iraq-rallies-2020");
	nkg_free(iri);
	d.id = nkg_str_from_cstr("Reuters 2020/01/24 #7");
	iri = nkg_doc_iri(NULL, &d);
	assert_string_equal(iri, "https://w3id.org/newskg/id/doc/reuters-2020-01-24-7");
	nkg_free(iri);
	nkg_doc_release(&d);
}

static void test_doc_iri_out_of_memory(void **state)
{
	static const char text[] = "abc";
	struct nkg_doc d;
	(void)state;
	nkg_doc_init(&d, text, 3);
	d.id = nkg_str_from_cstr("x");
	for (unsigned long n = 1;; n++) {
		nkg_alloc_fail_after(n, 1);
		char *iri = nkg_doc_iri(NULL, &d);
		nkg_alloc_fail_after(0, 0);
		if (iri) {
			assert_string_equal(iri, "https://w3id.org/newskg/id/doc/x");
			nkg_free(iri);
			break;
		}
		assert_true(n < 100);
	}
	nkg_doc_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_slug_ascii),
	        cmocka_unit_test(test_slug_initialisms),
	        cmocka_unit_test(test_slug_diacritics),
	        cmocka_unit_test(test_slug_other_scripts),
	        cmocka_unit_test(test_slug_empty_names),
	        cmocka_unit_test(test_slug_long_names),
	        cmocka_unit_test(test_slug_us_spelling),
	        cmocka_unit_test(test_slug_failure_leaves_buffer),
	        cmocka_unit_test(test_pct_values),
	        cmocka_unit_test(test_iri_safety),
	        cmocka_unit_test(test_doc_iri_sources),
	        cmocka_unit_test(test_doc_iri_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
