/* query.h - SPARQL over RDF files: load them into an indexed in-memory
 * model and run a query through librdf/rasqal.
 *
 * A struct nkg_query owns one librdf world (one per process: create it once)
 * and one model on a "trees" storage (indexed and sorted; the "memory"
 * storage is never used: its adds are O(N^2)).  Files are parsed into the
 * model; a query is run against it and its results written to a FILE in the
 * chosen format.  librdf's and rasqal's messages never reach stderr: errors
 * are kept for nkg_query_last_error().
 *
 * Deterministic output:
 * - SELECT rows come out in the query's ORDER BY order; a query without
 *   ORDER BY has its rows sorted by their TSV form (N-Triples terms joined
 *   by tabs), byte-wise, so output is byte-stable whatever the engine's order.
 * - CONSTRUCT/DESCRIBE results go into a sorted model before being written
 *   (duplicates merge).
 * - Blank-node labels come from librdf, which puts the time and pid in the
 *   ones it mints: data with blank nodes gives labels that differ run to run
 *   (newskg extract writes none).
 *
 * The graph of N-Quads input: the "trees" storage has no contexts, so graph
 * names are dropped and every quad's triple goes into the one default graph.
 */
#ifndef NKG_QUERY_H
#define NKG_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "graph.h"

/* The result formats of SELECT (and ASK). */
enum nkg_results_format {
	NKG_RESULTS_TABLE, /* aligned text for people: a header, a rule, a row per
	                      result; IRIs shortened with the prefixes of
	                      ontology/terms.h where the rest is a plain name,
	                      literals as their lexical form, unbound as empty */
	NKG_RESULTS_CSV,   /* SPARQL 1.1 Query Results CSV: RFC 4180, CRLF line
	                      ends, plain values (IRI, lexical form, _:label) */
	NKG_RESULTS_TSV,   /* SPARQL 1.1 Query Results TSV: "?var" header, terms in
	                      N-Triples syntax, LF line ends */
	NKG_RESULTS_JSON   /* SPARQL 1.1 Query Results JSON */
};

/* "table", "csv", "tsv", "json" -> *out; 0 or NKG_EINVAL. */
int nkg_results_format_parse(const char *name, enum nkg_results_format *out);

/* The raptor parser name for a file's extension: .ttl/.turtle "turtle",
 * .nt "ntriples", .nq "nquads", .rdf/.xml/.owl "rdfxml" (static), or NULL
 * when the extension says nothing. */
const char *nkg_query_syntax_for_path(const char *path);

/* Checks an -i FORMAT name: "turtle", "ntriples", "nquads", "rdfxml" (also
 * "ttl", "nt", "nq", "xml") -> the raptor parser name (static), else NULL. */
const char *nkg_query_syntax_name(const char *name);

enum nkg_query_kind { NKG_QUERY_SELECT, NKG_QUERY_ASK, NKG_QUERY_GRAPH };

struct nkg_query_output {
	enum nkg_results_format results; /* SELECT and ASK */
	enum nkg_format graph;           /* CONSTRUCT/DESCRIBE: NKG_FORMAT_NTRIPLES or
	                                    NKG_FORMAT_TURTLE (prefixes of terms.h) */
};

/* What a run produced. */
struct nkg_query_info {
	enum nkg_query_kind kind;
	bool ordered;  /* SELECT: the query has ORDER BY (rows kept in its order) */
	bool boolean;  /* ASK: the answer */
	size_t n_rows; /* SELECT: rows written; GRAPH: triples written */
	/* Non-empty when the query has a shape known to return wrong rows with
	 * rasqal 0.9.33, the SPARQL engine of Debian 12's librdf: the variables
	 * at risk, each with its '?', joined by ", " ("?e, ?p"); a list that
	 * does not fit ends with ", ...".  rasqal decides which part of a group
	 * binds a variable as if the parts were UNION branches: an OPTIONAL or
	 * nested group that shares a variable with an earlier basic pattern of
	 * the group binds it again, and clears it when it is exhausted.  A row
	 * the earlier pattern then yields without binding the variable anew
	 * (because one of its later triple patterns moved to its next match)
	 * lacks the variable and is joined with every row of the OPTIONAL:
	 *     { ?e a <A> ; a ?c . OPTIONAL { ?e <t> ?t } }
	 * pairs one ?e's classes with another ?e's ?t.  Only a later triple
	 * pattern that binds a variable of its own can move on, so a variable
	 * is at risk when a triple before the last triple of its basic pattern
	 * that binds a new variable mentions it, and a later part of the group
	 * mentions it too.  A sub-SELECT counts as its inner patterns (sorted,
	 * DISTINCT or LIMITed, it is no safer).  A sorted sub-SELECT after the
	 * first part of its group loses rows, so when the query may hold one
	 * (see expr_hazard), a part holding a sub-SELECT puts at risk every
	 * variable it shares with an earlier part: make it the group's first
	 * part.  Exact and always possible otherwise: keep the shared variable
	 * out of the later part's triples, which then scans every match, as
	 * rasqal's OPTIONAL does anyway:
	 *     OPTIONAL { ?e2 <t> ?t FILTER(sameTerm(?e2, ?e)) }
	 * or, when the pattern allows it, make the first triple that mentions
	 * ?e the last one of its pattern that binds a new variable
	 * ({ ?e a ?c . ?e a <A> . OPTIONAL ... } is safe). */
	char hazard[128];
	/* Non-empty (a list as hazard) when a FILTER or BIND may read a
	 * sub-SELECT's variables wrongly: the sub-SELECT's variables that a
	 * FILTER of its group or an expression (FILTER, BIND) of a later part
	 * reads; all of its variables for a FILTER of the group that reads none
	 * of them.  After a sub-SELECT with ORDER BY, rasqal 0.9.33 gives such
	 * an expression no values (a FILTER of the group empties every row; a
	 * BIND binds nothing; the correlated OPTIONAL above pairs wrong rows).
	 * Without ORDER BY they are right.  rasqal has no accessor for a
	 * sub-SELECT's ORDER BY, so the query text tells: when it holds more
	 * ORDER BY clauses than the query's own (a comment or string saying
	 * "order by" counts too), every sub-SELECT is taken as sorted, and
	 * else none is.  Put the expression inside the sub-SELECT, or drop the
	 * sub-SELECT's ORDER BY. */
	char expr_hazard[64];
};

struct nkg_query;

/* A new engine with an empty model: *q receives it, free with
 * nkg_query_free.  0, NKG_ENOMEM or NKG_ERDF (librdf could not start). */
int nkg_query_new(struct nkg_query **q);

/* Empties the model (the world stays).  0, NKG_ERDF. */
int nkg_query_reset(struct nkg_query *q);

/* Largest RDF file nkg_query_load_file reads: 1 GiB (a model that size
 * would not fit in memory anyway). */
#define NKG_QUERY_MAX_FILE_BYTES ((size_t)1 << 30)

/* Parses the RDF file at path (borrowed) into the model.  syntax is a raptor
 * parser name (nkg_query_syntax_name) or NULL to guess from the extension.
 * 0; NKG_EINVAL when syntax is NULL and the extension says nothing;
 * NKG_EIO when the file cannot be opened or read (errno tells why);
 * NKG_ELIMIT past NKG_QUERY_MAX_FILE_BYTES;
 * NKG_ERDF when the parser reports an error (see nkg_query_last_error; the
 * triples read before the error may stay in the model); NKG_ENOMEM. */
int nkg_query_load_file(struct nkg_query *q, const char *path, const char *syntax);

/* Parses text[0..len) (borrowed) in syntax (a raptor parser name) into the
 * model; base (NULL for none) resolves relative IRIs.  0, NKG_EINVAL,
 * NKG_ERDF, NKG_ENOMEM. */
int nkg_query_load_string(struct nkg_query *q, const char *text, size_t len, const char *syntax,
                          const char *base);

/* Triples in the model. */
size_t nkg_query_size(const struct nkg_query *q);

/* Runs the SPARQL query (NUL-terminated, borrowed) and writes its results to
 * out (borrowed) as o says: SELECT as o->results, ASK as "true"/"false" (a
 * JSON object for NKG_RESULTS_JSON), CONSTRUCT/DESCRIBE as o->graph.  *info
 * (may be NULL) receives what was produced.  0; NKG_EINVAL for a query that
 * does not parse or is not SELECT/ASK/CONSTRUCT/DESCRIBE (the message is in
 * nkg_query_last_error); NKG_ERDF when execution fails; NKG_EIO when out
 * fails; NKG_ENOMEM.  A query with VALUES (rasqal 0.9.33 crashes or returns
 * wrong rows on it) or MINUS (it cannot run it) is refused with NKG_EINVAL
 * and the reason in nkg_query_last_error.  Nothing is written unless the query ran. */
int nkg_query_run(struct nkg_query *q, const char *query, const struct nkg_query_output *o,
                  FILE *out, struct nkg_query_info *info);

/* Parses the query (NUL-terminated, borrowed) and checks its shape as
 * nkg_query_run does, without running it: *info receives ordered, hazard
 * and expr_hazard (the rest zero).  0; NKG_EINVAL for a query that does not
 * parse, VALUES or MINUS (the message in nkg_query_last_error); NKG_ERDF;
 * NKG_ENOMEM. */
int nkg_query_check(struct nkg_query *q, const char *query, struct nkg_query_info *info);

/* The first error librdf, raptor or rasqal reported during the latest load
 * or run, with its line when known ("line 3: syntax error, unexpected ..."),
 * or NULL (borrowed, valid until the next call on q). */
const char *nkg_query_last_error(const struct nkg_query *q);

/* Frees q, its model and world; accepts NULL. */
void nkg_query_free(struct nkg_query *q);

#endif
