/* merge.h - the union of RDF graphs, with owl:sameAs-linked nodes smushed.
 *
 * A merge holds every statement of the graphs added to it IN MEMORY (one
 * interned copy of each distinct term, 16 bytes per statement): roughly the
 * size of the inputs as N-Triples, so it is meant for the graphs of a
 * collection of articles, not for a whole knowledge base.
 *
 * Union.  Statements are kept with their graph name (N-Quads); the same
 * statement in several inputs is kept once (per graph name).  Blank nodes
 * are local to their input: "_:b1" of the second input becomes "_:i2b1",
 * so two inputs never share a blank node by accident.
 *
 * Smushing (nkg_merge_smush).  The owl:sameAs statements whose subject and
 * object are IRIs or blank nodes define an equivalence (symmetric,
 * transitive, reflexive: union-find over the nodes).  In every class of
 * more than one node, ONE CANONICAL NODE is chosen by this rule, first
 * difference wins:
 *   1. an IRI that starts with the base (default NKG_DEFAULT_BASE) before
 *      other IRIs, and any IRI before a blank node;
 *   2. the shorter IRI (or blank node id), in bytes;
 *   3. the lexically smaller, comparing bytes.
 * Then every statement's subject and object that is a member of a class is
 * replaced by the class's canonical node.  Predicates and graph names are
 * NOT rewritten (a predicate or a document graph is never smushed), and
 * literals are never touched (an owl:sameAs whose object is a literal is
 * kept as it is and links nothing).  The owl:sameAs statements between
 * members of one class are replaced by exactly one statement
 * "canonical owl:sameAs member" for each other member, without graph name.
 *
 * Parsers are raptor's.  N-Triples goes through the Turtle parser (a
 * superset), because raptor 2.0.15's N-Triples parser leaks a URI per
 * typed literal and the terms of a rejected line; its N-Quads parser is the
 * same code and has the same leak, which only matters to valgrind (the
 * memory is a few dozen bytes per typed literal, returned at exit).
 *
 * Output (nkg_merge_write) is deterministic: N-Triples and N-Quads lines
 * come in byte order (as LC_ALL=C sort would put them), without duplicates;
 * Turtle goes through a librdf "trees" model, which is sorted, with the
 * prefixes of ontology/terms.c.  N-Triples and Turtle drop graph names.
 */
#ifndef NKG_GRAPH_MERGE_H
#define NKG_GRAPH_MERGE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/str.h"
#include "graph.h"

struct nkg_merge;

/* Counts of what happened, for the summary. */
struct nkg_merge_stats {
	size_t inputs;          /* inputs added successfully */
	size_t triples_in;      /* statements parsed from them (duplicates included) */
	size_t classes;         /* sameAs classes of more than one node */
	size_t nodes_rewritten; /* non-canonical members replaced */
	size_t stmts_rewritten; /* statements whose subject or object was replaced */
	size_t triples_out;     /* distinct statements after smushing (graph names count) */
};

/* A new, empty merge.  base (borrowed during the call; NULL =
 * NKG_DEFAULT_BASE) is the prefix preferred for canonical IRIs.
 * 0, NKG_ENOMEM or NKG_ERDF (the librdf world did not open). */
int nkg_merge_new(const char *base, struct nkg_merge **out);

/* Frees m and its librdf world; accepts NULL. */
void nkg_merge_free(struct nkg_merge *m);

/* The raptor syntax name for a file name's extension: ".ttl", ".turtle" ->
 * "turtle"; ".nt" -> "ntriples"; ".nq" -> "nquads"; ".rdf", ".owl", ".xml"
 * -> "rdfxml"; ".trig" -> "trig" (ASCII case ignored).  Static string, or
 * NULL when the extension says nothing. */
const char *nkg_merge_syntax_for_name(const char *name);

/* True when syntax is one nkg_merge_add_* accepts: "turtle", "ntriples",
 * "nquads", "rdfxml" or "trig". */
int nkg_merge_syntax_ok(const char *syntax);

/* Parses the graph in the open stream f (borrowed; read to its end) in
 * syntax (see above; NULL = from name's extension) and adds its statements.
 * name (borrowed) names the input in errors; base_uri (borrowed; NULL = a
 * file: URI made from name) resolves relative IRIs.  All or nothing: when
 * the parser reports an error, none of this input's statements is kept.
 * 0; NKG_EINVAL (no syntax known), NKG_ERDF (a syntax error: err[0..errlen)
 * says "line 3: ..."), NKG_ENOMEM. */
int nkg_merge_add_stream(struct nkg_merge *m, FILE *f, const char *name, const char *syntax,
                         const char *base_uri, char *err, size_t errlen);

/* As nkg_merge_add_stream on the bytes data[0..len) (borrowed). */
int nkg_merge_add_bytes(struct nkg_merge *m, const char *data, size_t len, const char *name,
                        const char *syntax, const char *base_uri, char *err, size_t errlen);

/* Computes the sameAs classes and rewrites the statements as the header
 * says; call once, after the last add.  *stats (may be NULL) receives the
 * counts.  0 or NKG_ENOMEM (m is then unusable but can be freed). */
int nkg_merge_smush(struct nkg_merge *m, struct nkg_merge_stats *stats);

/* Writes the merged graph to out (borrowed) in format.  Call after
 * nkg_merge_smush (or without it: the plain union).  *n_written (may be
 * NULL) receives the number of statements written (N-Triples and Turtle
 * write a triple found in several graphs once).  0, NKG_ERDF, NKG_ENOMEM
 * or NKG_EIO (the FILE failed). */
int nkg_merge_write(struct nkg_merge *m, enum nkg_format format, FILE *out, size_t *n_written);

/* Writes what was merged, one line per non-canonical node, sorted:
 * "CANONICAL<TAB>MEMBER\n", both in N-Triples syntax (<iri> or _:id).
 * 0 or NKG_EIO. */
int nkg_merge_write_report(const struct nkg_merge *m, FILE *out);

/* One term of a statement handed to a visitor: kind, its IRI / blank id /
 * lexical form (value), and a literal's language and datatype IRI (empty
 * when none).  All slices are borrowed, valid during the call. */
enum nkg_merge_kind { NKG_MERGE_IRI, NKG_MERGE_BLANK, NKG_MERGE_LITERAL };
struct nkg_merge_term {
	enum nkg_merge_kind kind;
	struct nkg_str value, lang, datatype;
};

/* Called for each distinct statement in output order; g is NULL for the
 * default graph.  Return 0 to go on, anything else stops the walk and is
 * returned by nkg_merge_visit. */
typedef int nkg_merge_visit_fn(void *ctx, const struct nkg_merge_term *s,
                               const struct nkg_merge_term *p, const struct nkg_merge_term *o,
                               const struct nkg_merge_term *g);

/* Walks the statements (after nkg_merge_smush, or the plain union).
 * 0, NKG_ENOMEM, or what fn returned. */
int nkg_merge_visit(struct nkg_merge *m, nkg_merge_visit_fn *fn, void *ctx);

#endif
