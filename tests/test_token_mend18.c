/* test_token_mend18.c - the capitals "ST", "MT" and "FT" (Saint, Mount,
 * Fort of a dateline's place) are entries of the abbreviations table,
 * as titles: their period is theirs and ends no sentence; the table's
 * case is the text's ("Ft." is no title and may end one). */
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
static void check(const char *text, const char *expected)
{
	struct nkg_doc doc;
	struct nkg_tokens toks;
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	nkg_doc_init(&doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	for (uint32_t k = 0; k < toks.n; k++) {
		const struct nkg_token *t = &toks.toks[k];
		if (k > 0)
			nkg_buf_addstr(&b, (t->flags & NKG_TOK_SENT_START) ? " / " : "|");
		nkg_buf_add(&b, text + t->begin, t->end - t->begin);
	}
	assert_string_equal(b.ptr ? b.ptr : "", expected);
	nkg_doc_release(&doc);
	nkg_buf_release(&b);
}

static void test_token_dateline_capitals(void **state)
{
	(void)state;
	check("ST. LOUIS (AP) - The team won.", "ST.|LOUIS|(|AP|)|-|The|team|won|.");
	check("FT. WORTH, Texas - The plant closed.", "FT.|WORTH|,|Texas|-|The|plant|closed|.");
	check("Fog on MT. Rainier. It cleared.", "Fog|on|MT.|Rainier|. / It|cleared|.");
	/* titles: no sentence ends after them, before a sentence opener too */
	check("They met at ST. The army followed.", "They|met|at|ST.|The|army|followed|.");
	check("They fled to the St. The army followed.",
	      "They|fled|to|the|St.|The|army|followed|.");
	/* "Ft." is another abbreviation: a sentence opener after it ends one */
	check("They fled to the Ft. The army followed.",
	      "They|fled|to|the|Ft. / The|army|followed|.");
	/* the case is the text's: "st." is no abbreviation */
	check("The st. The end.", "The|st|. / The|end|.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_token_dateline_capitals),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
