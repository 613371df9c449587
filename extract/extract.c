/* extract.c - runs the extraction stages in order. */
#include "extract.h"

int nkg_extract(struct nkg_doc *doc)
{
	struct nkg_tokens toks;
	int rc;

	if ((rc = nkg_tokenize(doc, &toks)) != 0)
		return rc;
	if ((rc = nkg_find_metadata(doc, &toks)) != 0)
		return rc;
	if ((rc = nkg_find_entities(doc, &toks)) != 0)
		return rc;
	if ((rc = nkg_find_times(doc, &toks)) != 0)
		return rc;
	if ((rc = nkg_find_events(doc, &toks)) != 0)
		return rc;
	nkg_doc_sort_mentions(doc);
	return 0;
}
