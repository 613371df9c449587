/* dot.h - a librdf model drawn as a Graphviz digraph (internal to graph/).
 *
 * raptor 2.0.15's own "dot" serializer leaks its namespace stack (8.5 KB
 * "definitely lost" per serializer, also in `rapper -o dot`), and labels
 * every node with its full IRI; this writer has neither problem.  The
 * output: one "digraph" whose edges are the model's statements in the
 * model's order (a "trees" storage gives them sorted), then each node once,
 * in byte order of its id, with a short label: an IRI under a prefix of
 * ontology/terms.h as prefix:local, under the base as the rest of the IRI
 * ("person/ana-ruiz"), else the whole IRI; a literal as its text, with
 * "@lang" or "^^" and its datatype's short name.  IRIs are ellipses,
 * literals boxes.  Every string is escaped for Graphviz (\" \\ \n), so any
 * literal is safe.  Deterministic: nothing but the model decides the bytes.
 */
#ifndef NKG_GRAPH_DOT_H
#define NKG_GRAPH_DOT_H

#include <stdio.h>

#include <redland.h>

/* Writes model (borrowed) to out (borrowed) as one digraph named name
 * (borrowed, may be NULL: unnamed).  base (borrowed, may be NULL) is the
 * prefix cut from IRIs in labels.  0, NKG_ENOMEM, NKG_ERDF (librdf gave no
 * stream or a node of no known type) or NKG_EIO (out failed). */
int nkg_dot_write(librdf_model *model, const char *name, const char *base, FILE *out);

#endif
