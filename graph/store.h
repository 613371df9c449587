/* store.h - a persistent knowledge graph: one named graph per article.
 *
 * A store is a Redland model on a persistent storage, named by a SPEC:
 *
 *   sqlite:PATH     an SQLite file (librdf's "sqlite" storage, Debian package
 *                   librdf-storage-sqlite); created when missing
 *   postgresql:host=H,port=P,database=D,user=U,password=X[,name=N]
 *                   a PostgreSQL database (librdf's "postgresql" storage,
 *                   package librdf-storage-postgresql); the tables are
 *                   created when missing.  name (default "newskg") is the
 *                   librdf model name: each name is a table of its own, so
 *                   one database can hold several stores.  Values may not
 *                   contain ',', '\'' or '\\'.
 *
 * LAYOUT.  Every statement of an article's graph is stored in the librdf
 * context (named graph) DOC, the document IRI of graph.h (nkg_doc_iri).  A
 * bookkeeping graph NKG_STORE_BOOK_GRAPH holds one completion marker per
 * complete article:
 *
 *   DOC nkg:ingestComplete "true"^^xsd:boolean   (in graph NKG_STORE_BOOK_GRAPH)
 *
 * Readers (newskg query) must treat an article graph without a marker as
 * absent.
 *
 * ATOMICITY PER ARTICLE.  Putting an article replaces its graph: (1) remove
 * its marker, (2) remove every statement of the context DOC, (3) add the new
 * statements in DOC, (4) add the marker, last.  Ingesting the same article
 * twice therefore leaves the store as one ingest does.
 *   - SQLite: the four steps run in one transaction
 *     (librdf_model_transaction_start/commit): a crash leaves the article as
 *     it was before.
 *   - PostgreSQL: librdf's storage only works in autocommit mode (in a
 *     transaction its own duplicate-key inserts abort the transaction), so
 *     each statement commits alone.  A crash between (1) and (4) leaves an
 *     article graph without a marker; opening the store for writing removes
 *     every such graph (recovery), so a reader of a recovered store sees
 *     every article either complete or not at all.  Removing an article
 *     removes its marker first for the same reason.  Only one writer may use
 *     a PostgreSQL store at a time: the writer holds a session advisory lock
 *     (pg_try_advisory_lock on a hash of the model name) for its lifetime, and
 *     a second writer fails instead of "recovering" the first one's
 *     article in progress (NKG_ERDF, "... is in use by another writer").
 *   Recovery runs for SQLite stores too (it finds nothing after a crash,
 *   transactions having done their work; it costs one scan of the contexts).
 *
 * INDEXES.  librdf's default schemas make adds quadratic.  A new SQLite store
 * gets the indexes blankindex, literalindex and sbindex; a PostgreSQL model
 * table gets an index on (subject, predicate, object, context) and one on
 * (context).  They are created (IF NOT EXISTS) at every open for writing, so
 * stores made by other librdf programs get them too.
 *
 * ONE WORLD FIRST.  librdf loads its storage modules only into the first
 * world alive in a process (a later world finds no "sqlite" storage while the
 * first lives).  Open the store before making any other librdf world (an
 * nkg_writer makes one), or pass the process's first world in
 * nkg_store_options.world.
 *
 * Errors.  Functions return 0 or a negative enum nkg_err; nkg_store_error()
 * then gives a message for people (borrowed, valid until the next call on
 * the store), e.g. "cannot connect to PostgreSQL: ...".
 */
#ifndef NKG_STORE_H
#define NKG_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../extract/doc.h"
#include "graph.h"

/* Redland's types, without including <redland.h> here. */
struct librdf_world_s;
struct librdf_model_s;

/* The bookkeeping graph and the marker's predicate. */
#define NKG_STORE_BOOK_GRAPH "https://w3id.org/newskg/id/store/complete"
/* The marker's predicate, nkg:ingestComplete (NKG_T_NKG_INGESTCOMPLETE in
 * ontology/terms.h, declared in ontology/newskg.ttl); spelled out for tests. */
#define NKG_STORE_MARKER "https://w3id.org/newskg/ns#ingestComplete"

enum nkg_store_mode {
	NKG_STORE_WRITE, /* create when missing, add indexes, lock (PostgreSQL), recover */
	NKG_STORE_READ,  /* open an existing store as it is: no creation, no recovery */
};

struct nkg_store_options {
	enum nkg_store_mode mode;
	/* For nkg_store_add_doc only, as in struct nkg_graph_options: the base of
	 * minted IRIs (NULL = NKG_DEFAULT_BASE) and the tool version recorded. */
	const char *base;
	const char *tool_version;
	/* A librdf world to use (borrowed; must outlive the store), or NULL for
	 * a world of the store's own. */
	struct librdf_world_s *world;
};

struct nkg_store;

/* Checks a SPEC's syntax without opening anything.  0 or NKG_EINVAL with a
 * message in why[0..why_len). */
int nkg_store_spec_check(const char *spec, char *why, size_t why_len);

/* Opens the store named by spec (read during the call only).  opt may be
 * NULL (NKG_STORE_WRITE, default base).  *out receives a new store, free
 * with nkg_store_free; on failure *out receives NULL or, when a store object
 * could be made, a store that only carries the message (nkg_store_error):
 * free it too.  Returns 0, NKG_EINVAL (bad spec or base), NKG_ENOTFOUND
 * (NKG_STORE_READ on a store that does not exist), NKG_ERDF (librdf, the
 * storage module or the database refused; another writer holds the
 * PostgreSQL store), NKG_ENOMEM. */
int nkg_store_open(const char *spec, const struct nkg_store_options *opt, struct nkg_store **out);

/* The store's librdf model and world (borrowed, valid until nkg_store_free).
 * Statements carry their article graph as context; see LAYOUT above. */
struct librdf_model_s *nkg_store_model(struct nkg_store *st);
struct librdf_world_s *nkg_store_world(struct nkg_store *st);

/* Number of article graphs removed by recovery when the store was opened. */
size_t nkg_store_recovered(const struct nkg_store *st);

/* Builds doc's graph (graph.h, with the base and tool version given at open)
 * and puts it in the store, replacing the article's previous graph.  doc is
 * borrowed for the call.  *n_triples (may be NULL) receives the number of
 * statements of the graph.  0, NKG_EINVAL / NKG_ELIMIT (the document cannot
 * be written, see nkg_writer_add), NKG_ENOMEM, NKG_ERDF.  On failure the
 * article is as it was (SQLite) or absent (PostgreSQL, after recovery). */
int nkg_store_add_doc(struct nkg_store *st, const struct nkg_doc *doc, size_t *n_triples);

/* Puts the graph given as N-Triples nt[0..len) (no blank nodes) as the
 * graph of doc_iri, replacing its previous graph.  Same atomicity and
 * returns as nkg_store_add_doc; NKG_EINVAL when nt does not parse or holds a
 * blank node (a blank node would be shared by every graph that names it). */
int nkg_store_put_ntriples(struct nkg_store *st, const char *doc_iri, const char *nt, size_t len,
                           size_t *n_triples);

/* Withdraws the article doc_iri: its marker, then its graph.  *found (may be
 * NULL) receives whether the store held a marker or a statement for it.
 * 0, NKG_ENOMEM or NKG_ERDF. */
int nkg_store_remove(struct nkg_store *st, const char *doc_iri, bool *found);

/* Calls fn(doc_iri, ctx) for each complete article (one with a marker), in
 * byte order of the IRIs.  Stops at the first non-zero return of fn and
 * returns it; else 0, NKG_ENOMEM or NKG_ERDF. */
int nkg_store_each_doc(struct nkg_store *st, int (*fn)(const char *doc_iri, void *ctx), void *ctx);

/* Writes every statement of the store (bookkeeping graph included) as
 * N-Quads to out, one line each, sorted in byte order: two stores with the
 * same content give the same bytes.  0, NKG_ENOMEM, NKG_ERDF or NKG_EIO. */
int nkg_store_dump(struct nkg_store *st, FILE *out);

/* The message of the latest failure (borrowed, valid until the next call
 * on st), or "" when there is none.  Accepts NULL (returns ""). */
const char *nkg_store_error(const struct nkg_store *st);

/* Closes the store (the data stays), frees it; accepts NULL. */
void nkg_store_free(struct nkg_store *st);

#endif
