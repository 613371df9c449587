/* test_extract_token.c - tokens and sentences on the original text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/buf.h"
#include "extract/token.h"

/* Tokens of text joined by '|', sentences separated by " / ". */
static void render(const char *text, struct nkg_buf *out)
{
	struct nkg_doc doc;
	struct nkg_tokens toks;
	nkg_doc_init(&doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	nkg_buf_reset(out);
	for (uint32_t k = 0; k < toks.n; k++) {
		const struct nkg_token *t = &toks.toks[k];
		if (k > 0)
			nkg_buf_addstr(out, (t->flags & NKG_TOK_SENT_START) ? " / " : "|");
		nkg_buf_add(out, text + t->begin, t->end - t->begin);
		assert_int_equal(t->sentence < toks.n_sents, 1);
	}
	nkg_doc_release(&doc);
}

static void check(const char *text, const char *expected)
{
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	render(text, &b);
	assert_string_equal(b.ptr ? b.ptr : "", expected);
	nkg_buf_release(&b);
}

static void test_token_words_keep_hyphens_and_particles(void **state)
{
	(void)state;
	check("Muqtada al-Sadr called a million-strong rally.",
	      "Muqtada|al-Sadr|called|a|million-strong|rally|.");
}

static void test_token_possessive_is_split(void **state)
{
	(void)state;
	check("Iraq\xe2\x80\x99s parliament and Iran's army don't care.",
	      "Iraq|\xe2\x80\x99s|parliament|and|Iran|'s|army|don't|care|.");
}

static void test_token_numbers_keep_separators(void **state)
{
	(void)state;
	check("More than 2.5 million, around 5,200 troops in the 1990s.",
	      "More|than|2.5|million|,|around|5,200|troops|in|the|1990s|.");
}

static void test_token_titles_do_not_end_sentences(void **state)
{
	(void)state;
	check("Iranian Lt. Gen. Qassem Soleimani died. Dr. Smith spoke.",
	      "Iranian|Lt.|Gen.|Qassem|Soleimani|died|. / Dr.|Smith|spoke|.");
}

static void test_token_initialisms(void **state)
{
	(void)state;
	check("The U.S. envoy met U.N. staff in the U.S. The talks ended.",
	      "The|U.S.|envoy|met|U.N.|staff|in|the|U.S. / The|talks|ended|.");
}

static void test_token_curly_quotes_and_dashes(void **state)
{
	(void)state;
	check("TEHRAN (Iran News) \xe2\x80\x93 \xe2\x80\x9cGet out!\xe2\x80\x9d they said.",
	      "TEHRAN|(|Iran|News|)|\xe2\x80\x93|\xe2\x80\x9c|Get|out|!|\xe2\x80\x9d|they|said|.");
}

static void test_token_quote_closes_sentence(void **state)
{
	(void)state;
	check("He said \xe2\x80\x9cno.\xe2\x80\x9d Then he left.",
	      "He|said|\xe2\x80\x9c|no|.|\xe2\x80\x9d / Then|he|left|.");
}

static void test_token_lines_and_paragraphs(void **state)
{
	(void)state;
	check("Iraq rallies against troops\n\nCrowds rallied,\nthen left\nAFP said",
	      "Iraq|rallies|against|troops / Crowds|rallied|,|then|left / AFP|said");
}

static void test_token_nbsp_and_bullets_are_not_words(void **state)
{
	(void)state;
	check("a\xc2\xa0"
	      "b \xe2\x80\xa2 source : Reuters",
	      "a|b|\xe2\x80\xa2|source|:|Reuters");
}

static void test_token_flags_and_offsets(void **state)
{
	(void)state;
	const char *text = "\xe2\x80\x9cUS troops\xe2\x80\x9d left NATO.";
	struct nkg_doc doc;
	struct nkg_tokens toks;
	nkg_doc_init(&doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	assert_int_equal(toks.n, 7);
	assert_int_equal(toks.toks[0].begin, 0);
	assert_int_equal(toks.toks[0].end, 3);
	assert_int_equal(toks.toks[0].flags &
	                         (NKG_TOK_QUOTE | NKG_TOK_OPEN_QUOTE | NKG_TOK_SENT_START),
	                 NKG_TOK_QUOTE | NKG_TOK_OPEN_QUOTE | NKG_TOK_SENT_START);
	assert_int_equal(toks.toks[1].begin, 3);
	assert_int_equal(toks.toks[1].flags & (NKG_TOK_CAPITALIZED | NKG_TOK_ALL_CAPS),
	                 NKG_TOK_CAPITALIZED | NKG_TOK_ALL_CAPS);
	assert_int_equal(toks.toks[3].flags & NKG_TOK_OPEN_QUOTE, 0);
	assert_int_equal(toks.toks[5].flags & NKG_TOK_ALL_CAPS, NKG_TOK_ALL_CAPS);
	assert_int_equal(toks.toks[6].flags & NKG_TOK_SENT_END, NKG_TOK_SENT_END);
	assert_int_equal(toks.n_sents, 1);
	assert_int_equal(toks.sents[0].begin, 0);
	assert_int_equal(toks.sents[0].end, strlen(text));
	assert_int_equal(toks.sents[0].count, 7);
	nkg_doc_release(&doc);
}

static void test_token_empty_and_space_only(void **state)
{
	(void)state;
	struct nkg_doc doc;
	struct nkg_tokens toks;
	nkg_doc_init(&doc, " \n\t ", 4);
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	assert_int_equal(toks.n, 0);
	assert_int_equal(toks.n_sents, 0);
	nkg_doc_release(&doc);
}

static void test_token_non_latin_letters(void **state)
{
	(void)state;
	check("\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf, Zo\xc3\xab and "
	      "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0.",
	      "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf|,|Zo\xc3\xab|and|"
	      "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0|.");
}

static void test_token_at_byte_offset(void **state)
{
	(void)state;
	static const char text[] = "Sadr  rallied, Friday.";
	struct nkg_doc doc;
	struct nkg_tokens toks;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	assert_int_equal(toks.n, 5); /* Sadr|rallied|,|Friday|. */
	assert_int_equal(nkg_token_at(&toks, 0), 0);
	assert_int_equal(nkg_token_at(&toks, 1), 1); /* inside "Sadr": the next one */
	assert_int_equal(nkg_token_at(&toks, 5), 1); /* in the spaces */
	assert_int_equal(nkg_token_at(&toks, 6), 1);
	assert_int_equal(nkg_token_at(&toks, 13), 2);
	assert_int_equal(nkg_token_at(&toks, 21), 4);
	assert_int_equal(nkg_token_at(&toks, 22), 5); /* past the last: n */
	nkg_doc_release(&doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_token_words_keep_hyphens_and_particles),
	        cmocka_unit_test(test_token_possessive_is_split),
	        cmocka_unit_test(test_token_numbers_keep_separators),
	        cmocka_unit_test(test_token_titles_do_not_end_sentences),
	        cmocka_unit_test(test_token_initialisms),
	        cmocka_unit_test(test_token_curly_quotes_and_dashes),
	        cmocka_unit_test(test_token_quote_closes_sentence),
	        cmocka_unit_test(test_token_lines_and_paragraphs),
	        cmocka_unit_test(test_token_nbsp_and_bullets_are_not_words),
	        cmocka_unit_test(test_token_flags_and_offsets),
	        cmocka_unit_test(test_token_empty_and_space_only),
	        cmocka_unit_test(test_token_non_latin_letters),
	        cmocka_unit_test(test_token_at_byte_offset),
	};
	return cmocka_run_group_tests_name("extract_token", tests, NULL, NULL);
}
