/* validate.h - check RDF graphs against SHACL shapes, with SPARQL made from the shapes.
 *
 * There is no SHACL engine for C in Debian, so a validator compiles a shapes
 * graph (Turtle, e.g. ontology/shapes.ttl) into one SPARQL SELECT per
 * constraint, each of which returns the violations of that constraint, and
 * runs them with librdf's query engine over an indexed in-memory model of the
 * data.  Understood (anything else in the sh: namespace is rejected, so the
 * shapes can never promise more than is checked):
 *   targets      sh:targetClass (nodes typed with the class itself; rdfs:subClassOf
 *                is not followed), sh:targetSubjectsOf, sh:targetObjectsOf
 *   constraints  sh:property with an IRI sh:path and sh:minCount, sh:maxCount,
 *                sh:datatype, sh:class, sh:pattern (+ sh:flags), sh:equals,
 *                sh:hasValue; sh:sparql [ sh:select ; sh:message ; sh:prefixes ]
 *                on node shapes (prefixes from sh:declare [ sh:prefix ; sh:namespace ])
 *   annotations  sh:message, sh:name, sh:description; sh:deactivated true skips
 *                a shape or constraint
 * sh:datatype also rejects ill-formed literals of xsd:date, xsd:dateTime,
 * xsd:double, xsd:integer, xsd:decimal and xsd:boolean (e.g. "2020-02-30"^^xsd:date).
 * A SPARQL constraint's $this is bound by joining the shape's targets in front
 * of the query's own WHERE pattern.
 *
 * Nodes in results are written as in N-Triples: <iri>, "literal"^^<dt>,
 * "literal"@lang, _:blank.
 */
#ifndef NKG_VALIDATE_H
#define NKG_VALIDATE_H

#include <stddef.h>

/* One violation; every string is owned by the list that holds it. */
struct nkg_violation {
	char *focus;           /* the focus node (N-Triples form) */
	char *path;            /* the path IRI (N-Triples form), or NULL */
	char *value;           /* the offending value (N-Triples form), or NULL */
	char *message;         /* sh:message with {?var} / {$var} filled in */
	char *shape;           /* the source shape when it is an IRI, else NULL */
	const char *component; /* static local name, e.g. "MinCountConstraintComponent" */
};

/* A caller-owned list; zero-initialise it (or nkg_violations_init). */
struct nkg_violations {
	struct nkg_violation *v;
	size_t n, cap;
};

void nkg_violations_init(struct nkg_violations *vs);
/* Frees every violation and the array; vs can be reused after init. */
void nkg_violations_release(struct nkg_violations *vs);

struct nkg_validator;

/* A new validator without shapes (its own librdf world); free with
 * nkg_validator_free.  0, NKG_ENOMEM or NKG_ERDF. */
int nkg_validator_new(struct nkg_validator **v);

/* Frees v and its world; accepts NULL. */
void nkg_validator_free(struct nkg_validator *v);

/* Parses shapes (Turtle, len bytes, borrowed for the call) and compiles them,
 * replacing any shapes loaded before.  0; NKG_ERDF when the Turtle does not
 * parse; NKG_EINVAL when the shapes use something unsupported or are
 * malformed (nkg_validator_error says what); NKG_ENOMEM. */
int nkg_validator_load_shapes(struct nkg_validator *v, const char *ttl, size_t len);

/* The number of compiled checks (one per constraint), and the SPARQL of check
 * i < count (borrowed, valid until the next load or free).  Checks are sorted
 * by their query text. */
size_t nkg_validator_check_count(const struct nkg_validator *v);
const char *nkg_validator_check_query(const struct nkg_validator *v, size_t i);

/* Parses data (len bytes, borrowed for the call; syntax "turtle", "ntriples"
 * or "nquads"; graph names are dropped and everything is read by the Turtle
 * parser, which accepts a little more than N-Triples) and appends its violations to *out,
 * sorted by focus, path, message, value, without duplicates.  0 (whether or
 * not it conforms); NKG_EINVAL (no shapes loaded, unknown syntax); NKG_ERDF
 * (the data does not parse or a query fails: nkg_validator_error says why);
 * NKG_ENOMEM.  On failure *out is as it was. */
int nkg_validator_run(struct nkg_validator *v, const char *data, size_t len, const char *syntax,
                      struct nkg_violations *out);

/* The message of the latest failure (borrowed, valid until the next call on
 * v), or NULL. */
const char *nkg_validator_error(const struct nkg_validator *v);

/* ontology/shapes.ttl as compiled into the binary (borrowed, static);
 * *len receives its length. */
const char *nkg_validate_default_shapes(size_t *len);

#endif
