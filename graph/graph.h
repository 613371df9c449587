/* graph.h - document model -> RDF, written as Turtle, N-Triples or N-Quads.
 *
 * The only module that includes <redland.h>.  A writer owns one librdf world
 * and writes documents one after another to a FILE: each document becomes a
 * small in-memory model ("trees" storage) that is serialized and freed, so
 * memory stays flat however many documents pass.  Output is deterministic:
 * every node is an IRI or literal minted from the document's content (no
 * blank nodes, no clock, no pid), and triples are written sorted.
 */
#ifndef NKG_GRAPH_H
#define NKG_GRAPH_H

#include <stddef.h>
#include <stdio.h>

#include "../extract/doc.h"

#define NKG_DEFAULT_BASE "https://w3id.org/newskg/id/"

/* NKG_FORMAT_DOT: a Graphviz digraph per document (raptor's "dot" serializer),
 * for looking at a graph, not for reading it back: only nkg_writer_* write it. */
enum nkg_format { NKG_FORMAT_TURTLE, NKG_FORMAT_NTRIPLES, NKG_FORMAT_NQUADS, NKG_FORMAT_DOT };

/* "turtle", "ntriples", "nquads", "dot" (also "ttl", "nt", "nq", "gv") -> *out;
 * 0 or NKG_EINVAL. */
int nkg_format_parse(const char *name, enum nkg_format *out);

struct nkg_graph_options {
	enum nkg_format format;
	const char *base;         /* IRI prefix for minted IRIs; NULL = NKG_DEFAULT_BASE.
	                             Must be an absolute IRI ending in '/', without '#'
	                             (documents get "#char=B,E" fragments). */
	const char *tool_version; /* recorded in the provenance, e.g. "newskg 0.1.0" */
};

struct nkg_writer;

/* Opens a writer on out (borrowed: the caller closes it after
 * nkg_writer_free).  opt is read during the call only.  *w receives a new
 * writer, free with nkg_writer_free.  0, NKG_EINVAL (bad base IRI or format,
 * empty tool_version), NKG_ENOMEM or NKG_ERDF.  The graph written is
 * documented at the top of graph/graph.c. */
int nkg_writer_new(const struct nkg_graph_options *opt, FILE *out, struct nkg_writer **w);

/* Builds the graph of one document and writes it.  doc is borrowed for the
 * call.  *n_triples (may be NULL) receives the number of triples written.
 * 0, NKG_ENOMEM, NKG_EINVAL (a span off the text or not on a character
 * boundary, an index out of range, an empty TIMEX value), NKG_ELIMIT,
 * NKG_ERDF or NKG_EIO.  On failure nothing of this document has been written
 * unless the FILE itself failed (NKG_EIO). */
int nkg_writer_add(struct nkg_writer *w, const struct nkg_doc *doc, size_t *n_triples);

/* Makes the writer write the next documents to out (borrowed, as in
 * nkg_writer_new) instead; nothing is pending between two documents, so the
 * bytes of each nkg_writer_add go whole to the FILE current at that call.
 * Used to serialize each document into its own memory FILE
 * (open_memstream) on a worker thread; one writer per thread. */
void nkg_writer_set_output(struct nkg_writer *w, FILE *out);

/* Flushes what is buffered.  0 or NKG_EIO. */
int nkg_writer_finish(struct nkg_writer *w);

/* The last error message librdf/raptor reported during the latest
 * nkg_writer_add (borrowed, valid until the next call on w), or NULL.  Use it
 * to explain an NKG_ERDF. */
const char *nkg_writer_last_error(const struct nkg_writer *w);

/* Frees w and its librdf world; accepts NULL. */
void nkg_writer_free(struct nkg_writer *w);

/* The document's IRI (new, free with nkg_free): base + "doc/" + a slug of
 * doc->id, else of doc->url, else "sha256-" + the first 32 hex digits of the
 * SHA-256 of the text.  NULL when out of memory. */
char *nkg_doc_iri(const char *base, const struct nkg_doc *doc);

#endif
