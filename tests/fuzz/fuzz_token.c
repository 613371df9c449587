/* fuzz_token.c - extract/token.h on any text the CLI would accept: tokens
 * non-empty, in order, inside the text, on code point boundaries, with only
 * white space between them; sentences partition the tokens in order
 * (check_doc.h).  Tokenizing twice gives the same tokens. */
#include "../../extract/token.h"
#include "check_doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nkg_doc doc;
	struct nkg_tokens t1, t2;
	size_t len = 0;
	char *text = fuzz_article_text(data, size, &len);

	if (!text)
		return 0;
	nkg_doc_init(&doc, text, len);
	FUZZ_CHECK(nkg_tokenize(&doc, &t1) == 0);
	fuzz_check_tokens(&doc, &t1);
	FUZZ_CHECK(nkg_tokenize(&doc, &t2) == 0);
	FUZZ_CHECK(t1.n == t2.n && t1.n_sents == t2.n_sents);
	FUZZ_CHECK(t1.n == 0 || memcmp(t1.toks, t2.toks, t1.n * sizeof(*t1.toks)) == 0);
	FUZZ_CHECK(t1.n_sents == 0 ||
	           memcmp(t1.sents, t2.sents, t1.n_sents * sizeof(*t1.sents)) == 0);
	nkg_doc_release(&doc);
	free(text);
	return 0;
}
