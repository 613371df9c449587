/* fuzz_extract.c - every extraction stage on any text the CLI would accept,
 * run one at a time as nkg_extract() does (tokens, metadata, entities,
 * times, events), with the document model's invariants (check_doc.h) checked
 * after each stage, and the mentions sorted at the end.
 *
 * The publication date varies with the input so both paths are fuzzed: an
 * input of even length is read with --date 2020-01-24, an odd one without
 * a date (the dateline may then set it). */
#include "../../extract/extract.h"
#include "check_doc.h"

static void check_sorted(const struct nkg_doc *doc)
{
	for (uint32_t k = 1; k < doc->n_mentions; k++) {
		const struct nkg_mention *a = &doc->mentions[k - 1], *b = &doc->mentions[k];
		FUZZ_CHECK(a->span.begin <= b->span.begin);
		if (a->span.begin == b->span.begin) {
			FUZZ_CHECK(a->span.end <= b->span.end);
			if (a->span.end == b->span.end) {
				FUZZ_CHECK(a->kind <= b->kind);
				if (a->kind == b->kind)
					FUZZ_CHECK(a->target <= b->target);
			}
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nkg_doc doc;
	struct nkg_tokens toks;
	size_t len = 0;
	char *text = fuzz_article_text(data, size, &len);

	if (!text)
		return 0;
	nkg_doc_init(&doc, text, len);
	if (size % 2 == 0) {
		doc.date = NKG_STR_LIT("2020-01-24");
		doc.date_origin = NKG_DATE_OPTION;
	}
	FUZZ_CHECK(nkg_tokenize(&doc, &toks) == 0);
	fuzz_check_tokens(&doc, &toks);
	FUZZ_CHECK(nkg_find_metadata(&doc, &toks) == 0);
	fuzz_check_doc(&doc);
	if (doc.date.len)
		FUZZ_CHECK(nkg_input_date_valid(doc.date.ptr, doc.date.len));
	FUZZ_CHECK(nkg_find_entities(&doc, &toks) == 0);
	fuzz_check_doc(&doc);
	FUZZ_CHECK(nkg_find_times(&doc, &toks) == 0);
	fuzz_check_doc(&doc);
	FUZZ_CHECK(nkg_find_events(&doc, &toks) == 0);
	fuzz_check_doc(&doc);
	nkg_doc_sort_mentions(&doc);
	fuzz_check_doc(&doc);
	check_sorted(&doc);
	nkg_doc_release(&doc);
	free(text);
	return 0;
}
