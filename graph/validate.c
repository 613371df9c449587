/* validate.c - SHACL shapes compiled to SPARQL, run with librdf (see validate.h).
 *
 * Loading shapes: the Turtle is parsed into a "trees" model; every sh: term
 * used is checked against the list this file understands (anything else is
 * an error); each node shape's targets become a group of focus nodes T,
 *   { ?this rdf:type <C> } UNION { ?this <p> ?nkg_o } ...
 * and each constraint a SELECT that joins T with a pattern returning
 * the violations as ?this (focus), ?value and, for SPARQL constraints, ?path.
 * rasqal 0.9.33 has no property paths, EXISTS or MINUS, its COUNT counts
 * unbound values, and its aggregates and sub-selects leak memory, so absence
 * is OPTIONAL { ... BIND(true AS ?nkg_ok) } + FILTER(!BOUND(?nkg_ok)), and
 * counts are joins of pairwise different values (distinct_values).  DISTINCT
 * leaks too; duplicate rows are removed after sorting instead.
 *
 * Running: each data file is parsed into its own "trees" model and every
 * check is executed over it; the rows become violations, sorted.
 */
#include "validate.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <redland.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../extract/embedded.h"

/* Generated from the ontology folder's .ttl files by tools/embed.c (see the Makefile). */
extern const struct nkg_embedded_file nkg_ontology_files[];

#define SH        "http://www.w3.org/ns/shacl#"
#define RDF       "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD       "http://www.w3.org/2001/XMLSchema#"
#define TYPE      "<" RDF "type>"
#define DATA_BASE "https://w3id.org/newskg/validate/"

struct check {
	char *query;   /* the SPARQL SELECT that returns violations */
	char *message; /* template */
	char *path;    /* N-Triples form, or NULL */
	char *shape;   /* N-Triples form of an IRI shape, or NULL */
	const char *component;
};

struct nkg_validator {
	librdf_world *world;
	struct check *checks;
	size_t n_checks;
	char error[1024];
	char logged[512]; /* the latest error librdf/raptor/rasqal reported */
};

/* Shape compilation state. */
struct compiler {
	struct nkg_validator *v;
	librdf_model *m;
	struct check *checks;
	size_t n, cap;
	char **seen; /* N-Triples forms of the shapes and constraints compiled */
	size_t n_seen, cap_seen;
	int rc;
};

/* Sorted objects of (subject, predicate): new nodes, freed by nodes_free. */
struct nodes {
	librdf_node **n;
	char **nt;
	size_t len;
};

static const char *const sh_terms[] = {
        "class",     "datatype", "deactivated", "declare",         "description",      "equals",
        "flags",     "hasValue", "maxCount",    "message",         "minCount",         "name",
        "namespace", "path",     "pattern",     "prefix",          "prefixes",         "property",
        "select",    "sparql",   "targetClass", "targetObjectsOf", "targetSubjectsOf",
};
static const char *const sh_types[] = {"NodeShape", "PropertyShape", "SPARQLConstraint"};
static const char *const node_shape_terms[] = {
        "targetClass", "targetObjectsOf", "targetSubjectsOf", "property", "sparql", "message",
        "name",        "description",     "deactivated",
};
static const char *const property_shape_terms[] = {
        "targetClass",      "targetObjectsOf",
        "targetSubjectsOf", "path",
        "minCount",         "maxCount",
        "datatype",         "class",
        "pattern",          "flags",
        "equals",           "hasValue",
        "message",          "name",
        "description",      "deactivated",
};
/* Datatypes whose lexical form rasqal checks when casting (measured). */
static const char *const castable[] = {
        XSD "boolean", XSD "date", XSD "dateTime", XSD "decimal", XSD "double", XSD "integer",
};

static bool in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}
#define IN_LIST(s, list) in_list((s), (list), sizeof(list) / sizeof((list)[0]))

static int on_log(void *user_data, librdf_log_message *m)
{
	struct nkg_validator *v = user_data;
	if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) {
		const char *msg = librdf_log_message_message(m);
		snprintf(v->logged, sizeof(v->logged), "%s", msg ? msg : "unknown error");
	}
	return 1;
}

static void set_error(struct nkg_validator *v, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
static void set_error(struct nkg_validator *v, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(v->error, sizeof(v->error), fmt, ap);
	va_end(ap);
}

/* ---- nodes as text ------------------------------------------------------ */

static int add_escaped(struct nkg_buf *b, const unsigned char *s, size_t len)
{
	int rc = 0;
	for (size_t i = 0; i < len && !rc; i++) {
		switch (s[i]) {
		case '"': rc = nkg_buf_addstr(b, "\\\""); break;
		case '\\': rc = nkg_buf_addstr(b, "\\\\"); break;
		case '\n': rc = nkg_buf_addstr(b, "\\n"); break;
		case '\r': rc = nkg_buf_addstr(b, "\\r"); break;
		case '\t': rc = nkg_buf_addstr(b, "\\t"); break;
		default:
			if (s[i] < 0x20 || s[i] == 0x7f)
				rc = nkg_buf_addf(b, "\\u%04X", s[i]);
			else
				rc = nkg_buf_addch(b, (char)s[i]);
		}
	}
	return rc;
}

/* Appends n in N-Triples form (also valid SPARQL). */
static int add_node(struct nkg_buf *b, librdf_node *n)
{
	size_t len = 0;
	const unsigned char *s;
	librdf_uri *dt;
	const char *lang;
	int rc;

	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
		if ((rc = nkg_buf_addch(b, '<')) || (rc = nkg_buf_add(b, s, len)))
			return rc;
		return nkg_buf_addch(b, '>');
	case LIBRDF_NODE_TYPE_LITERAL:
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		if ((rc = nkg_buf_addch(b, '"')) || (rc = add_escaped(b, s, len)) ||
		    (rc = nkg_buf_addch(b, '"')))
			return rc;
		if ((lang = librdf_node_get_literal_value_language(n)) != NULL)
			return nkg_buf_addf(b, "@%s", lang);
		if ((dt = librdf_node_get_literal_value_datatype_uri(n)) != NULL)
			return nkg_buf_addf(b, "^^<%s>", (const char *)librdf_uri_as_string(dt));
		return 0;
	case LIBRDF_NODE_TYPE_BLANK:
		s = librdf_node_get_counted_blank_identifier(n, &len);
		if ((rc = nkg_buf_addstr(b, "_:")))
			return rc;
		return nkg_buf_add(b, s, len);
	default: return NKG_ERDF;
	}
}

/* n in N-Triples form: new, free with nkg_free; NULL when out of memory. */
static char *node_nt(librdf_node *n)
{
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	if (add_node(&b, n) || !b.ptr) {
		nkg_buf_release(&b);
		return NULL;
	}
	return nkg_buf_detach(&b, NULL);
}

/* The IRI of a resource node (borrowed), or NULL. */
static const char *node_iri(librdf_node *n)
{
	if (!n || librdf_node_get_type(n) != LIBRDF_NODE_TYPE_RESOURCE)
		return NULL;
	return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

/* The lexical form of a literal node (borrowed), or NULL. */
static const char *node_lit(librdf_node *n)
{
	if (!n || librdf_node_get_type(n) != LIBRDF_NODE_TYPE_LITERAL)
		return NULL;
	return (const char *)librdf_node_get_literal_value(n);
}

/* ---- reading the shapes graph ------------------------------------------- */

static void nodes_free(struct nodes *ns)
{
	for (size_t i = 0; i < ns->len; i++) {
		if (ns->n[i])
			librdf_free_node(ns->n[i]);
		nkg_free(ns->nt[i]);
	}
	nkg_free(ns->n);
	nkg_free(ns->nt);
	memset(ns, 0, sizeof(*ns));
}

static int fail(struct compiler *c, int rc)
{
	if (!c->rc)
		c->rc = rc;
	return c->rc;
}

/* The objects of (s, sh:<local>), sorted by N-Triples form. */
static int objects(struct compiler *c, librdf_node *s, const char *local, struct nodes *out)
{
	char iri[128];
	librdf_node *p;
	librdf_iterator *it;
	size_t cap = 0;

	memset(out, 0, sizeof(*out));
	snprintf(iri, sizeof(iri), "%s%s", strncmp(local, "http", 4) ? SH : "", local);
	if (!(p = librdf_new_node_from_uri_string(c->v->world, (const unsigned char *)iri)))
		return fail(c, NKG_ENOMEM);
	it = librdf_model_get_targets(c->m, s, p);
	librdf_free_node(p);
	if (!it)
		return fail(c, NKG_ERDF);
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *o = librdf_iterator_get_object(it);
		if (out->len == cap) {
			size_t nc = cap ? 2 * cap : 4;
			librdf_node **nn = nkg_realloc(out->n, nc * sizeof(*nn));
			if (nn)
				out->n = nn;
			char **nt = nn ? nkg_realloc(out->nt, nc * sizeof(*nt)) : NULL;
			if (!nt)
				goto oom;
			out->nt = nt;
			cap = nc;
		}
		if (!(out->n[out->len] = librdf_new_node_from_node(o)))
			goto oom;
		if (!(out->nt[out->len] = node_nt(o))) {
			librdf_free_node(out->n[out->len]);
			goto oom;
		}
		out->len++;
	}
	librdf_free_iterator(it);
	/* Insertion sort: a handful of values. */
	for (size_t i = 1; i < out->len; i++) {
		for (size_t j = i; j > 0 && strcmp(out->nt[j - 1], out->nt[j]) > 0; j--) {
			librdf_node *tn = out->n[j];
			char *ts = out->nt[j];
			out->n[j] = out->n[j - 1], out->nt[j] = out->nt[j - 1];
			out->n[j - 1] = tn, out->nt[j - 1] = ts;
		}
	}
	return 0;
oom:
	librdf_free_iterator(it);
	nodes_free(out);
	return fail(c, NKG_ENOMEM);
}

static int mark_seen(struct compiler *c, const char *nt)
{
	if (c->n_seen == c->cap_seen) {
		size_t nc = c->cap_seen ? 2 * c->cap_seen : 16;
		char **ns = nkg_realloc(c->seen, nc * sizeof(*ns));
		if (!ns)
			return fail(c, NKG_ENOMEM);
		c->seen = ns;
		c->cap_seen = nc;
	}
	if (!(c->seen[c->n_seen] = nkg_strndup(nt, strlen(nt))))
		return fail(c, NKG_ENOMEM);
	c->n_seen++;
	return 0;
}

static bool was_seen(const struct compiler *c, const char *nt)
{
	for (size_t i = 0; i < c->n_seen; i++)
		if (!strcmp(c->seen[i], nt))
			return true;
	return false;
}

/* Fails unless every sh: predicate of s is in allowed. */
static int only_terms(struct compiler *c, librdf_node *s, const char *what, const char *name,
                      const char *const *allowed, size_t n_allowed)
{
	librdf_statement *q = librdf_new_statement_from_nodes(
	        c->v->world, librdf_new_node_from_node(s), NULL, NULL);
	librdf_stream *st;
	int rc = 0;

	if (!q)
		return fail(c, NKG_ENOMEM);
	st = librdf_model_find_statements(c->m, q);
	librdf_free_statement(q);
	if (!st)
		return fail(c, NKG_ERDF);
	for (; !librdf_stream_end(st) && !rc; librdf_stream_next(st)) {
		const char *p =
		        node_iri(librdf_statement_get_predicate(librdf_stream_get_object(st)));
		if (p && !strncmp(p, SH, strlen(SH)) &&
		    !in_list(p + strlen(SH), allowed, n_allowed)) {
			set_error(c->v, "sh:%s is not supported on %s %s", p + strlen(SH), what,
			          name);
			rc = fail(c, NKG_EINVAL);
		}
	}
	librdf_free_stream(st);
	return rc;
}

/* At most one object of (s, sh:local): *out is a new node or NULL. */
static int at_most_one(struct compiler *c, librdf_node *s, const char *local, const char *name,
                       librdf_node **out)
{
	struct nodes ns;
	*out = NULL;
	if (objects(c, s, local, &ns))
		return c->rc;
	if (ns.len > 1) {
		set_error(c->v, "%s has %zu values of sh:%s, at most one is supported", name,
		          ns.len, local);
		nodes_free(&ns);
		return fail(c, NKG_EINVAL);
	}
	if (ns.len) {
		*out = ns.n[0];
		ns.n[0] = NULL;
	}
	nodes_free(&ns);
	return 0;
}

/* ---- compiling ------------------------------------------------------------ */

/* sh:deactivated true: the shape or constraint is skipped (and says so). */
static bool deactivated(struct compiler *c, librdf_node *s)
{
	struct nodes ns;
	bool off = false;
	if (objects(c, s, "deactivated", &ns))
		return false;
	for (size_t i = 0; i < ns.len; i++)
		off = off || (node_lit(ns.n[i]) && !strcmp(node_lit(ns.n[i]), "true"));
	nodes_free(&ns);
	return off;
}

static int add_check(struct compiler *c, struct nkg_buf *query, const char *message,
                     const char *path, const char *shape, const char *component)
{
	struct check *k;
	if (c->n == c->cap) {
		size_t nc = c->cap ? 2 * c->cap : 16;
		struct check *nk = nkg_realloc(c->checks, nc * sizeof(*nk));
		if (!nk)
			return fail(c, NKG_ENOMEM);
		c->checks = nk;
		c->cap = nc;
	}
	k = &c->checks[c->n];
	memset(k, 0, sizeof(*k));
	k->component = component;
	if (!(k->query = nkg_buf_detach(query, NULL)) ||
	    !(k->message = nkg_strndup(message, strlen(message))) ||
	    (path && !(k->path = nkg_strndup(path, strlen(path)))) ||
	    (shape && !(k->shape = nkg_strndup(shape, strlen(shape))))) {
		nkg_free(k->query);
		nkg_free(k->message);
		nkg_free(k->path);
		return fail(c, NKG_ENOMEM);
	}
	c->n++;
	return 0;
}

static void check_release(struct check *k)
{
	nkg_free(k->query);
	nkg_free(k->message);
	nkg_free(k->path);
	nkg_free(k->shape);
}

/* The shape's focus nodes as a sub-select of ?this, into t. */
static int targets(struct compiler *c, librdf_node *shape, const char *name, struct nkg_buf *t)
{
	/* No sh:targetNode: rasqal 0.9.33 drops rows when a VALUES branch of the
	 * targets' UNION is followed by an OPTIONAL (measured). */
	static const char *const kinds[] = {"targetClass", "targetSubjectsOf", "targetObjectsOf"};
	struct nkg_buf alt;
	size_t n_alt = 0;
	int rc = 0;

	nkg_buf_init(&alt, 0);
	for (size_t k = 0; k < 3 && !rc; k++) {
		struct nodes ns;
		if ((rc = objects(c, shape, kinds[k], &ns)))
			break;
		for (size_t i = 0; i < ns.len && !rc; i++) {
			if (!node_iri(ns.n[i])) {
				set_error(c->v, "sh:%s of %s must be an IRI", kinds[k], name);
				rc = fail(c, NKG_EINVAL);
				break;
			}
			if (n_alt && (rc = nkg_buf_addstr(&alt, " UNION ")))
				break;
			switch (k) {
			case 0: rc = nkg_buf_addf(&alt, "{ ?this " TYPE " %s }", ns.nt[i]); break;
			case 1: rc = nkg_buf_addf(&alt, "{ ?this %s ?nkg_o }", ns.nt[i]); break;
			default: rc = nkg_buf_addf(&alt, "{ ?nkg_s %s ?this }", ns.nt[i]); break;
			}
			n_alt++;
		}
		nodes_free(&ns);
	}
	if (!rc && !n_alt) {
		set_error(c->v,
		          "shape %s has no target (sh:targetClass, sh:targetSubjectsOf or "
		          "sh:targetObjectsOf)",
		          name);
		rc = fail(c, NKG_EINVAL);
	}
	if (!rc && nkg_buf_addstr(t, alt.ptr))
		rc = fail(c, NKG_ENOMEM);
	nkg_buf_release(&alt);
	return rc ? fail(c, rc) : 0;
}

static int message_of(struct compiler *c, librdf_node *s, struct nkg_buf *out)
{
	struct nodes ns;
	int rc = 0;
	if (objects(c, s, "message", &ns))
		return c->rc;
	/* Several (languages): the first in N-Triples order, plain before tagged. */
	for (size_t i = 0; i < ns.len; i++) {
		if (node_lit(ns.n[i])) {
			if (nkg_buf_addstr(out, node_lit(ns.n[i])))
				rc = fail(c, NKG_ENOMEM);
			break;
		}
	}
	nodes_free(&ns);
	return rc;
}

/* A non-negative integer literal. */
static int count_of(struct compiler *c, librdf_node *n, const char *name, const char *what,
                    unsigned long *out)
{
	const char *s = node_lit(n);
	char *end;
	if (!s || !*s || *s == '-' || *s == '+') {
		set_error(c->v, "sh:%s of %s must be a non-negative integer", what, name);
		return fail(c, NKG_EINVAL);
	}
	*out = strtoul(s, &end, 10);
	if (*end) {
		set_error(c->v, "sh:%s of %s must be a non-negative integer", what, name);
		return fail(c, NKG_EINVAL);
	}
	return 0;
}

/* Appends s as a SPARQL string literal. */
static int add_string(struct nkg_buf *b, const char *s)
{
	int rc;
	if ((rc = nkg_buf_addch(b, '"')) ||
	    (rc = add_escaped(b, (const unsigned char *)s, strlen(s))))
		return rc;
	return nkg_buf_addch(b, '"');
}

/* The most values sh:minCount / sh:maxCount + 1 may ask for: the pattern
 * below joins that many copies of the path. */
#define MAX_COUNT 8

/* n pairwise different values of path: "?this P ?nkg_v1 . ?this P ?nkg_v2 .
 * FILTER(!sameTerm(?nkg_v1, ?nkg_v2)) ".  Counting with aggregates is out:
 * rasqal 0.9.33 leaks in aggregate and sub-select queries (measured with
 * valgrind), and its COUNT counts unbound values. */
static int distinct_values(struct nkg_buf *q, const char *path, unsigned long n)
{
	int rc = 0;
	for (unsigned long i = 1; i <= n && !rc; i++)
		rc = nkg_buf_addf(q, "?this %s ?nkg_v%lu . ", path, i);
	if (!rc && n > 1)
		rc = nkg_buf_addstr(q, "FILTER(");
	for (unsigned long i = 1; i <= n && !rc; i++)
		for (unsigned long j = i + 1; j <= n && !rc; j++)
			rc = nkg_buf_addf(q, "%s!sameTerm(?nkg_v%lu, ?nkg_v%lu)",
			                  i == 1 && j == 2 ? "" : " && ", i, j);
	if (!rc && n > 1)
		rc = nkg_buf_addstr(q, ") ");
	return rc;
}

/* One SELECT per constraint of a property shape. */
static int property_shape(struct compiler *c, librdf_node *ps, const char *ps_name,
                          const char *target, const char *shape_iri)
{
	static const char *const kinds[] = {"minCount", "maxCount", "datatype", "class",
	                                    "pattern",  "equals",   "hasValue"};
	librdf_node *path = NULL, *flags = NULL;
	const char *path_nt_s;
	char *path_nt = NULL;
	struct nkg_buf msg, q;
	size_t n_constraints = 0;
	int rc = 0;

	nkg_buf_init(&msg, 0);
	nkg_buf_init(&q, 0);
	if (only_terms(c, ps, "property shape", ps_name, property_shape_terms,
	               sizeof(property_shape_terms) / sizeof(property_shape_terms[0])) ||
	    at_most_one(c, ps, "path", ps_name, &path) ||
	    at_most_one(c, ps, "flags", ps_name, &flags) || message_of(c, ps, &msg))
		goto out;
	if (!node_iri(path)) {
		set_error(c->v, "%s needs one sh:path, an IRI (path expressions are not supported)",
		          ps_name);
		fail(c, NKG_EINVAL);
		goto out;
	}
	if (flags && !node_lit(flags)) {
		set_error(c->v, "sh:flags of %s must be a literal", ps_name);
		fail(c, NKG_EINVAL);
		goto out;
	}
	if (!(path_nt = node_nt(path))) {
		fail(c, NKG_ENOMEM);
		goto out;
	}
	path_nt_s = path_nt;
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]) && !c->rc; k++) {
		struct nodes ns;
		if (objects(c, ps, kinds[k], &ns))
			break;
		for (size_t i = 0; i < ns.len && !c->rc; i++) {
			const char *component = NULL;
			char dflt[256];
			unsigned long count = 0;

			nkg_buf_reset(&q);
			if (k >= 2 && k <= 5 && k != 4 && !node_iri(ns.n[i])) {
				set_error(c->v, "sh:%s of %s must be an IRI", kinds[k], ps_name);
				fail(c, NKG_EINVAL);
				break;
			}
			if (k == 4 && !node_lit(ns.n[i])) {
				set_error(c->v, "sh:pattern of %s must be a literal", ps_name);
				fail(c, NKG_EINVAL);
				break;
			}
			if (k <= 1 && count_of(c, ns.n[i], ps_name, kinds[k], &count))
				break;
			if (k <= 1 && count + k > MAX_COUNT) {
				set_error(c->v, "sh:%s %lu of %s is more than newskg checks (%d)",
				          kinds[k], count, ps_name, MAX_COUNT - (int)k);
				fail(c, NKG_EINVAL);
				break;
			}
			switch (k) {
			case 0:
				component = "MinCountConstraintComponent";
				snprintf(dflt, sizeof(dflt), "fewer than %lu values", count);
				if (!count)
					break; /* sh:minCount 0 constrains nothing */
				rc = nkg_buf_addf(&q, "SELECT ?this WHERE {\n\t%s\n\tOPTIONAL { ",
				                  target);
				if (!rc)
					rc = distinct_values(&q, path_nt_s, count);
				if (!rc)
					rc = nkg_buf_addstr(&q, "BIND(true AS ?nkg_ok) }\n"
					                        "\tFILTER(!BOUND(?nkg_ok))\n}\n");
				break;
			case 1:
				component = "MaxCountConstraintComponent";
				snprintf(dflt, sizeof(dflt), "more than %lu values", count);
				rc = nkg_buf_addf(&q, "SELECT ?this WHERE {\n\t%s\n\t", target);
				if (!rc)
					rc = distinct_values(&q, path_nt_s, count + 1);
				if (!rc)
					rc = nkg_buf_addstr(&q, "\n}\n");
				break;
			case 2:
				component = "DatatypeConstraintComponent";
				snprintf(dflt, sizeof(dflt),
				         "the value is not a valid literal of %s", ns.nt[i]);
				/* A language-tagged literal's datatype is rdf:langString,
				 * but DATATYPE() of one is an error in rasqal (SPARQL 1.0),
				 * which would hide the violation: test LANG() first. */
				if (!strcmp(ns.nt[i], "<" RDF "langString>")) {
					rc = nkg_buf_addf(&q,
					                  "SELECT ?this ?value WHERE {\n\t%s\n"
					                  "\t?this %s ?value .\n"
					                  "\tFILTER(!isLiteral(?value) || "
					                  "LANG(?value) = \"\")\n}\n",
					                  target, path_nt_s);
					break;
				}
				rc = nkg_buf_addf(
				        &q,
				        "SELECT ?this ?value WHERE {\n\t%s\n"
				        "\t?this %s ?value .\n"
				        "\tFILTER(!isLiteral(?value) || LANG(?value) != \"\" || "
				        "!sameTerm(DATATYPE(?value), %s)",
				        target, path_nt_s, ns.nt[i]);
				if (!rc && IN_LIST(node_iri(ns.n[i]), castable))
					rc = nkg_buf_addf(
					        &q,
					        "\n\t       || sameTerm(COALESCE(%s(STR(?value)), "
					        "\"!\"), \"!\")",
					        ns.nt[i]);
				if (!rc)
					rc = nkg_buf_addstr(&q, ")\n}\n");
				break;
			case 3:
				component = "ClassConstraintComponent";
				snprintf(dflt, sizeof(dflt), "the value is not a %s", ns.nt[i]);
				rc = nkg_buf_addf(&q,
				                  "SELECT ?this ?value WHERE {\n\t%s\n"
				                  "\t?this %s ?value .\n"
				                  "\tOPTIONAL { ?value " TYPE
				                  " %s . BIND(true AS ?nkg_ok) }\n"
				                  "\tFILTER(!BOUND(?nkg_ok))\n}\n",
				                  target, path_nt_s, ns.nt[i]);
				break;
			case 4:
				component = "PatternConstraintComponent";
				snprintf(dflt, sizeof(dflt), "the value does not match %s",
				         ns.nt[i]);
				rc = nkg_buf_addf(
				        &q,
				        "SELECT ?this ?value WHERE {\n\t%s\n"
				        "\t?this %s ?value .\n"
				        "\tFILTER(isBlank(?value) || !REGEX(STR(?value), ",
				        target, path_nt_s);
				if (!rc)
					rc = add_string(&q, node_lit(ns.n[i]));
				if (!rc && flags)
					rc = nkg_buf_addstr(&q, ", ");
				if (!rc && flags)
					rc = add_string(&q, node_lit(flags));
				if (!rc)
					rc = nkg_buf_addstr(&q, "))\n}\n");
				break;
			case 5:
				component = "EqualsConstraintComponent";
				snprintf(dflt, sizeof(dflt), "the values differ from those of %s",
				         ns.nt[i]);
				rc = nkg_buf_addf(
				        &q,
				        "SELECT ?this ?value WHERE {\n\t%s\n"
				        "\t{ ?this %s ?value OPTIONAL { ?this %s ?value . "
				        "BIND(true AS ?nkg_ok) } FILTER(!BOUND(?nkg_ok)) }\n"
				        "\tUNION\n"
				        "\t{ ?this %s ?value OPTIONAL { ?this %s ?value . "
				        "BIND(true AS ?nkg_ok) } FILTER(!BOUND(?nkg_ok)) }\n}\n",
				        target, path_nt_s, ns.nt[i], ns.nt[i], path_nt_s);
				break;
			default:
				component = "HasValueConstraintComponent";
				snprintf(dflt, sizeof(dflt), "missing the value %s", ns.nt[i]);
				rc = nkg_buf_addf(
				        &q,
				        "SELECT ?this WHERE {\n\t%s\n"
				        "\tOPTIONAL { ?this %s %s . BIND(true AS ?nkg_ok) }\n"
				        "\tFILTER(!BOUND(?nkg_ok))\n}\n",
				        target, path_nt_s, ns.nt[i]);
				break;
			}
			if (rc) {
				fail(c, NKG_ENOMEM);
				break;
			}
			n_constraints++;
			if (q.len)
				add_check(c, &q, msg.len ? msg.ptr : dflt, path_nt_s, shape_iri,
				          component);
		}
		nodes_free(&ns);
	}
	if (!c->rc && !n_constraints) {
		set_error(c->v, "%s has no constraint", ps_name);
		fail(c, NKG_EINVAL);
	}
out:
	if (path)
		librdf_free_node(path);
	if (flags)
		librdf_free_node(flags);
	nkg_free(path_nt);
	nkg_buf_release(&msg);
	nkg_buf_release(&q);
	return c->rc;
}

/* PREFIX lines from sh:prefixes -> sh:declare [ sh:prefix ; sh:namespace ]. */
static int prefixes(struct compiler *c, librdf_node *sc, const char *name, struct nkg_buf *out)
{
	struct nodes ps;
	if (objects(c, sc, "prefixes", &ps))
		return c->rc;
	for (size_t i = 0; i < ps.len && !c->rc; i++) {
		struct nodes ds;
		if (objects(c, ps.n[i], "declare", &ds))
			break;
		for (size_t j = 0; j < ds.len && !c->rc; j++) {
			librdf_node *p = NULL, *ns = NULL;
			if (!at_most_one(c, ds.n[j], "prefix", name, &p) &&
			    !at_most_one(c, ds.n[j], "namespace", name, &ns)) {
				if (!node_lit(p) || !node_lit(ns)) {
					set_error(c->v,
					          "a sh:declare of the sh:prefixes of %s needs "
					          "one sh:prefix and one sh:namespace",
					          name);
					fail(c, NKG_EINVAL);
				} else if (nkg_buf_addf(out, "PREFIX %s: <%s>\n", node_lit(p),
				                        node_lit(ns))) {
					fail(c, NKG_ENOMEM);
				}
			}
			if (p)
				librdf_free_node(p);
			if (ns)
				librdf_free_node(ns);
		}
		nodes_free(&ds);
	}
	nodes_free(&ps);
	return c->rc;
}

/* A SPARQL-based constraint: the query with the targets joined in front. */
static int sparql_constraint(struct compiler *c, librdf_node *sc, const char *sc_name,
                             const char *target, const char *shape_msg, const char *shape_iri)
{
	static const char *const sparql_terms[] = {"select", "message", "prefixes", "deactivated"};
	static const char *const unsupported_vars[] = {"$PATH", "$currentShape", "$shapesGraph"};
	librdf_node *sel = NULL;
	struct nkg_buf q, msg;
	const char *text, *brace, *p;

	nkg_buf_init(&q, 0);
	nkg_buf_init(&msg, 0);
	if (only_terms(c, sc, "SPARQL constraint", sc_name, sparql_terms, 4) ||
	    at_most_one(c, sc, "select", sc_name, &sel) || message_of(c, sc, &msg) ||
	    prefixes(c, sc, sc_name, &q))
		goto out;
	if (!(text = node_lit(sel))) {
		set_error(c->v, "%s needs one sh:select, a literal", sc_name);
		fail(c, NKG_EINVAL);
		goto out;
	}
	for (size_t i = 0; i < 3; i++) {
		if (strstr(text, unsupported_vars[i])) {
			set_error(c->v, "%s uses %s, which is not supported", sc_name,
			          unsupported_vars[i]);
			fail(c, NKG_EINVAL);
			goto out;
		}
	}
	brace = strchr(text, '{');
	p = strstr(text, "$this");
	if (!brace || !p || p > brace) {
		set_error(c->v, "the sh:select of %s must select $this and have a WHERE pattern",
		          sc_name);
		fail(c, NKG_EINVAL);
		goto out;
	}
	/* $this -> ?this; the targets right after the first '{'. */
	for (p = text; *p && !c->rc; p++) {
		int rc = 0;
		if (!strncmp(p, "$this", 5) &&
		    !(p[5] == '_' || (p[5] >= '0' && p[5] <= '9') || (p[5] >= 'a' && p[5] <= 'z') ||
		      (p[5] >= 'A' && p[5] <= 'Z'))) {
			rc = nkg_buf_addstr(&q, "?this");
			p += 4;
		} else {
			rc = nkg_buf_addch(&q, *p);
		}
		if (!rc && p == brace)
			rc = nkg_buf_addf(&q, "\n\t%s", target);
		if (rc)
			fail(c, NKG_ENOMEM);
	}
	if (!c->rc && q.len && q.ptr[q.len - 1] != '\n' && nkg_buf_addch(&q, '\n'))
		fail(c, NKG_ENOMEM);
	if (!c->rc)
		add_check(c, &q,
		          msg.len                   ? msg.ptr
		          : shape_msg && *shape_msg ? shape_msg
		                                    : "a SPARQL constraint fails",
		          NULL, shape_iri, "SPARQLConstraintComponent");
out:
	if (sel)
		librdf_free_node(sel);
	nkg_buf_release(&q);
	nkg_buf_release(&msg);
	return c->rc;
}

/* A shape with targets: its property shapes and SPARQL constraints. */
static int node_shape(struct compiler *c, librdf_node *s, const char *name)
{
	struct nkg_buf target, msg, label;
	struct nodes ns;
	const char *shape_iri = node_iri(s) ? name : NULL;
	bool has_path;
	int n_done = 0;

	nkg_buf_init(&target, 0);
	nkg_buf_init(&msg, 0);
	nkg_buf_init(&label, 0);
	if (objects(c, s, "path", &ns))
		goto out;
	has_path = ns.len > 0;
	nodes_free(&ns);
	if (mark_seen(c, name) || deactivated(c, s) || c->rc || targets(c, s, name, &target))
		goto out;
	if (has_path) { /* a property shape with targets of its own */
		property_shape(c, s, name, target.ptr, shape_iri);
		goto out;
	}
	if (only_terms(c, s, "node shape", name, node_shape_terms,
	               sizeof(node_shape_terms) / sizeof(node_shape_terms[0])) ||
	    message_of(c, s, &msg) || objects(c, s, "property", &ns))
		goto out;
	for (size_t i = 0; i < ns.len && !c->rc; i++, n_done++) {
		nkg_buf_reset(&label);
		if (nkg_buf_addf(&label, "a property shape of %s", name)) {
			fail(c, NKG_ENOMEM);
			break;
		}
		if (!mark_seen(c, ns.nt[i]) && !deactivated(c, ns.n[i]) && !c->rc)
			property_shape(c, ns.n[i], node_iri(ns.n[i]) ? ns.nt[i] : label.ptr,
			               target.ptr, node_iri(ns.n[i]) ? ns.nt[i] : shape_iri);
	}
	nodes_free(&ns);
	if (c->rc || objects(c, s, "sparql", &ns))
		goto out;
	for (size_t i = 0; i < ns.len && !c->rc; i++, n_done++) {
		nkg_buf_reset(&label);
		if (nkg_buf_addf(&label, "a sh:sparql constraint of %s", name)) {
			fail(c, NKG_ENOMEM);
			break;
		}
		if (!mark_seen(c, ns.nt[i]) && !deactivated(c, ns.n[i]) && !c->rc)
			sparql_constraint(c, ns.n[i], label.ptr, target.ptr, msg.ptr, shape_iri);
	}
	nodes_free(&ns);
	if (!c->rc && !n_done) {
		set_error(c->v, "shape %s has no constraint", name);
		fail(c, NKG_EINVAL);
	}
out:
	nkg_buf_release(&target);
	nkg_buf_release(&msg);
	nkg_buf_release(&label);
	return c->rc;
}

/* Every sh: predicate and sh: class used is one we compile; collects the
 * shapes that have targets (or are declared sh:NodeShape) into *shapes. */
static int scan(struct compiler *c, struct nodes *shapes)
{
	librdf_stream *st = librdf_model_as_stream(c->m);
	size_t cap = 0;

	memset(shapes, 0, sizeof(*shapes));
	if (!st)
		return fail(c, NKG_ERDF);
	for (; !librdf_stream_end(st) && !c->rc; librdf_stream_next(st)) {
		librdf_statement *t = librdf_stream_get_object(st);
		const char *p = node_iri(librdf_statement_get_predicate(t));
		const char *o = node_iri(librdf_statement_get_object(t));
		librdf_node *s = librdf_statement_get_subject(t);
		bool is_shape = false;
		char *nt;

		if (p && !strncmp(p, SH, strlen(SH))) {
			if (!IN_LIST(p + strlen(SH), sh_terms)) {
				set_error(c->v, "sh:%s is not supported", p + strlen(SH));
				fail(c, NKG_EINVAL);
				break;
			}
			is_shape = !strncmp(p + strlen(SH), "target", 6);
		}
		if (p && !strcmp(p, RDF "type") && o && !strncmp(o, SH, strlen(SH))) {
			if (!IN_LIST(o + strlen(SH), sh_types)) {
				set_error(c->v, "sh:%s is not supported", o + strlen(SH));
				fail(c, NKG_EINVAL);
				break;
			}
			is_shape = !strcmp(o + strlen(SH), "NodeShape");
		}
		if (!is_shape)
			continue;
		if (!(nt = node_nt(s))) {
			fail(c, NKG_ENOMEM);
			break;
		}
		bool dup = false;
		for (size_t i = 0; i < shapes->len && !dup; i++)
			dup = !strcmp(shapes->nt[i], nt);
		if (dup) {
			nkg_free(nt);
			continue;
		}
		if (shapes->len == cap) {
			size_t nc = cap ? 2 * cap : 16;
			librdf_node **nn = nkg_realloc(shapes->n, nc * sizeof(*nn));
			if (nn)
				shapes->n = nn;
			char **nts = nn ? nkg_realloc(shapes->nt, nc * sizeof(*nts)) : NULL;
			if (!nts) {
				nkg_free(nt);
				fail(c, NKG_ENOMEM);
				break;
			}
			shapes->nt = nts;
			cap = nc;
		}
		shapes->nt[shapes->len] = nt;
		if (!(shapes->n[shapes->len] = librdf_new_node_from_node(s))) {
			nkg_free(nt);
			fail(c, NKG_ENOMEM);
			break;
		}
		shapes->len++;
	}
	librdf_free_stream(st);
	return c->rc;
}

/* Every property shape (sh:path) and SPARQL constraint (sh:select) must have
 * been reached from a shape with targets, or it would silently check nothing. */
static int all_used(struct compiler *c, const char *local, const char *what)
{
	char iri[64];
	librdf_node *p;

	snprintf(iri, sizeof(iri), SH "%s", local);
	if (!(p = librdf_new_node_from_uri_string(c->v->world, (const unsigned char *)iri)))
		return fail(c, NKG_ENOMEM);
	librdf_statement *q = librdf_new_statement_from_nodes(c->v->world, NULL, p, NULL);
	librdf_stream *st = q ? librdf_model_find_statements(c->m, q) : NULL;
	if (q)
		librdf_free_statement(q);
	if (!st)
		return fail(c, NKG_ERDF);
	for (; !librdf_stream_end(st) && !c->rc; librdf_stream_next(st)) {
		librdf_node *s = librdf_statement_get_subject(librdf_stream_get_object(st));
		char *nt = node_nt(s);
		if (!nt) {
			fail(c, NKG_ENOMEM);
			break;
		}
		if (!was_seen(c, nt)) {
			set_error(c->v, "%s %s is not used by any shape with a target", what,
			          node_iri(s) ? nt : "(a blank node)");
			fail(c, NKG_EINVAL);
		}
		nkg_free(nt);
	}
	librdf_free_stream(st);
	return c->rc;
}

static int cmp_check(const void *a, const void *b)
{
	const struct check *x = a, *y = b;
	int r = strcmp(x->query, y->query);
	return r ? r : strcmp(x->message, y->message);
}

static void free_checks(struct check *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		check_release(&k[i]);
	nkg_free(k);
}

int nkg_validator_load_shapes(struct nkg_validator *v, const char *ttl, size_t len)
{
	struct compiler c = {.v = v};
	librdf_storage *storage = NULL;
	librdf_parser *parser = NULL;
	librdf_uri *base = NULL;
	struct nodes shapes = {0};

	v->error[0] = v->logged[0] = '\0';
	if (!(storage = librdf_new_storage(v->world, "trees", NULL, NULL)) ||
	    !(c.m = librdf_new_model(v->world, storage, NULL)) ||
	    !(parser = librdf_new_parser(v->world, "turtle", NULL, NULL)) ||
	    !(base = librdf_new_uri(v->world, (const unsigned char *)DATA_BASE))) {
		set_error(v, "cannot set up librdf");
		fail(&c, NKG_ERDF);
		goto out;
	}
	if (librdf_parser_parse_counted_string_into_model(parser, (const unsigned char *)ttl, len,
	                                                  base, c.m) ||
	    v->logged[0]) {
		set_error(v, "the shapes do not parse: %s", v->logged[0] ? v->logged : "error");
		fail(&c, NKG_ERDF);
		goto out;
	}
	if (scan(&c, &shapes))
		goto out;
	for (size_t i = 0; i < shapes.len && !c.rc; i++)
		node_shape(&c, shapes.n[i], shapes.nt[i]);
	if (c.rc || all_used(&c, "path", "the property shape") ||
	    all_used(&c, "select", "the SPARQL constraint"))
		goto out;
	if (!c.n) {
		set_error(v, "the shapes contain no constraint");
		fail(&c, NKG_EINVAL);
		goto out;
	}
	qsort(c.checks, c.n, sizeof(*c.checks), cmp_check);
	free_checks(v->checks, v->n_checks);
	v->checks = c.checks;
	v->n_checks = c.n;
	c.checks = NULL;
	c.n = 0;
out:
	free_checks(c.checks, c.n);
	for (size_t i = 0; i < c.n_seen; i++)
		nkg_free(c.seen[i]);
	nkg_free(c.seen);
	nodes_free(&shapes);
	if (base)
		librdf_free_uri(base);
	if (parser)
		librdf_free_parser(parser);
	if (c.m)
		librdf_free_model(c.m);
	if (storage)
		librdf_free_storage(storage);
	if (c.rc == NKG_ENOMEM && !v->error[0])
		set_error(v, "out of memory");
	return c.rc;
}

/* ---- the validator --------------------------------------------------------- */

int nkg_validator_new(struct nkg_validator **out)
{
	struct nkg_validator *v = nkg_calloc(1, sizeof(*v));
	if (!v)
		return NKG_ENOMEM;
	if (!(v->world = librdf_new_world())) {
		nkg_free(v);
		return NKG_ERDF;
	}
	librdf_world_set_logger(v->world, v, on_log);
	librdf_world_open(v->world);
	*out = v;
	return 0;
}

void nkg_validator_free(struct nkg_validator *v)
{
	if (!v)
		return;
	free_checks(v->checks, v->n_checks);
	librdf_free_world(v->world);
	nkg_free(v);
}

size_t nkg_validator_check_count(const struct nkg_validator *v)
{
	return v->n_checks;
}

const char *nkg_validator_check_query(const struct nkg_validator *v, size_t i)
{
	return i < v->n_checks ? v->checks[i].query : NULL;
}

const char *nkg_validator_error(const struct nkg_validator *v)
{
	return v->error[0] ? v->error : NULL;
}

const char *nkg_validate_default_shapes(size_t *len)
{
	for (size_t i = 0; nkg_ontology_files[i].name; i++) {
		if (!strcmp(nkg_ontology_files[i].name, "shapes.ttl")) {
			*len = nkg_ontology_files[i].len;
			return nkg_ontology_files[i].data;
		}
	}
	*len = 0;
	return NULL;
}

/* ---- violations ------------------------------------------------------------ */

void nkg_violations_init(struct nkg_violations *vs)
{
	memset(vs, 0, sizeof(*vs));
}

static void violation_release(struct nkg_violation *x)
{
	nkg_free(x->focus);
	nkg_free(x->path);
	nkg_free(x->value);
	nkg_free(x->message);
	nkg_free(x->shape);
}

void nkg_violations_release(struct nkg_violations *vs)
{
	for (size_t i = 0; i < vs->n; i++)
		violation_release(&vs->v[i]);
	nkg_free(vs->v);
	nkg_violations_init(vs);
}

static int cmp_opt(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int cmp_violation(const void *a, const void *b)
{
	const struct nkg_violation *x = a, *y = b;
	int r;
	if ((r = strcmp(x->focus, y->focus)) || (r = cmp_opt(x->path, y->path)) ||
	    (r = strcmp(x->message, y->message)) || (r = cmp_opt(x->value, y->value)))
		return r;
	return cmp_opt(x->shape, y->shape);
}

/* The N-Triples form of a result variable (new), or NULL when unbound. */
static char *binding(librdf_query_results *r, const char *name, int *rc)
{
	librdf_node *n = librdf_query_results_get_binding_value_by_name(r, name);
	char *s;
	if (!n)
		return NULL;
	if (!(s = node_nt(n)))
		*rc = NKG_ENOMEM;
	librdf_free_node(n);
	return s;
}

/* A binding as a message shows it: literals of other datatypes than
 * xsd:string by their lexical form (1569, not "1569"^^xsd:nonNegativeInteger),
 * everything else in N-Triples form.  New, or NULL when unbound. */
static char *shown(librdf_query_results *r, const char *name, int *rc)
{
	librdf_node *n = librdf_query_results_get_binding_value_by_name(r, name);
	librdf_uri *dt;
	char *s;
	if (!n)
		return NULL;
	if (librdf_node_get_type(n) == LIBRDF_NODE_TYPE_LITERAL &&
	    (dt = librdf_node_get_literal_value_datatype_uri(n)) != NULL &&
	    strcmp((const char *)librdf_uri_as_string(dt), XSD "string")) {
		const char *lex = (const char *)librdf_node_get_literal_value(n);
		s = nkg_strndup(lex, strlen(lex));
	} else {
		s = node_nt(n);
	}
	if (!s)
		*rc = NKG_ENOMEM;
	librdf_free_node(n);
	return s;
}

/* The message template with {?name} and {$name} replaced by the bindings. */
static char *fill_message(librdf_query_results *r, const char *tmpl, int *rc)
{
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	for (const char *p = tmpl; *p && !*rc; p++) {
		const char *e;
		if (p[0] == '{' && (p[1] == '?' || p[1] == '$') && (e = strchr(p, '}')) != NULL &&
		    e - p - 2 > 0 && e - p - 2 < 64) {
			char name[64];
			char *val;
			memcpy(name, p + 2, (size_t)(e - p - 2));
			name[e - p - 2] = '\0';
			val = shown(r, name, rc);
			if (*rc)
				break;
			if (nkg_buf_addstr(&b, val ? val : "(unbound)"))
				*rc = NKG_ENOMEM;
			nkg_free(val);
			p = e;
		} else if (nkg_buf_addch(&b, *p)) {
			*rc = NKG_ENOMEM;
		}
	}
	if (!*rc && !b.ptr && nkg_buf_addstr(&b, ""))
		*rc = NKG_ENOMEM;
	if (*rc) {
		nkg_buf_release(&b);
		return NULL;
	}
	return nkg_buf_detach(&b, NULL);
}

static int push(struct nkg_violations *vs, struct nkg_violation *x)
{
	if (vs->n == vs->cap) {
		size_t nc = vs->cap ? 2 * vs->cap : 16;
		struct nkg_violation *nv = nkg_realloc(vs->v, nc * sizeof(*nv));
		if (!nv)
			return NKG_ENOMEM;
		vs->v = nv;
		vs->cap = nc;
	}
	vs->v[vs->n++] = *x;
	return 0;
}

static int run_check(struct nkg_validator *v, const struct check *k, librdf_model *model,
                     struct nkg_violations *out)
{
	librdf_query *q;
	librdf_query_results *r;
	int rc = 0;

	q = librdf_new_query(v->world, "sparql", NULL, (const unsigned char *)k->query, NULL);
	if (!q) {
		set_error(v, "the query of a check does not parse: %s\n%s", v->logged, k->query);
		return NKG_ERDF;
	}
	if (!(r = librdf_query_execute(q, model))) {
		set_error(v, "a check failed to run: %s\n%s", v->logged, k->query);
		librdf_free_query(q);
		return NKG_ERDF;
	}
	for (; !librdf_query_results_finished(r) && !rc && !v->logged[0];
	     librdf_query_results_next(r)) {
		struct nkg_violation x = {.component = k->component};
		if (!(x.focus = binding(r, "this", &rc)))
			continue;
		x.path = binding(r, "path", &rc);
		if (!rc && !x.path && k->path && !(x.path = nkg_strndup(k->path, strlen(k->path))))
			rc = NKG_ENOMEM;
		if (!rc)
			x.value = binding(r, "value", &rc);
		if (!rc)
			x.message = fill_message(r, k->message, &rc);
		if (!rc && k->shape && !(x.shape = nkg_strndup(k->shape, strlen(k->shape))))
			rc = NKG_ENOMEM;
		if (!rc)
			rc = push(out, &x);
		if (rc)
			violation_release(&x);
	}
	librdf_free_query_results(r);
	librdf_free_query(q);
	if (!rc && v->logged[0]) { /* rasqal reports some failures only to the logger */
		set_error(v, "a check failed to run: %s\n%s", v->logged, k->query);
		rc = NKG_ERDF;
	}
	if (rc == NKG_ENOMEM)
		set_error(v, "out of memory");
	return rc;
}

/* ---- N-Quads -> N-Triples ------------------------------------------------- */

/* Skips one N-Triples term at p (an IRI, a blank node or a literal with its
 * language tag or datatype); NULL when there is none. */
static const char *skip_term(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end)
		return NULL;
	if (*p == '<') {
		const char *q = memchr(p, '>', (size_t)(end - p));
		return q ? q + 1 : NULL;
	}
	if (*p == '_') {
		while (p < end && *p != ' ' && *p != '\t')
			p++;
		return p;
	}
	if (*p != '"')
		return NULL;
	for (p++; p < end && *p != '"'; p++)
		if (*p == '\\')
			p++;
	if (p >= end)
		return NULL;
	p++;
	if (p < end && *p == '@')
		while (p < end && *p != ' ' && *p != '\t')
			p++;
	else if (end - p > 2 && p[0] == '^' && p[1] == '^')
		return skip_term(p + 2, end);
	return p;
}

/* Drops the graph term of every quad, so the Turtle parser reads the rest:
 * raptor 2.0.15's N-Quads parser leaks references to raptor's and rasqal's
 * vocabulary URIs on typed literals (measured with valgrind).  Lines it does
 * not understand are copied as they are, for the parser to reject. */
static int nquads_to_ntriples(const char *data, size_t len, struct nkg_buf *out)
{
	const char *p = data, *end = data + len;
	int rc = 0;

	while (p < end && !rc) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *le = eol ? eol : end, *t = p;
		const char *o_end = NULL;
		for (int i = 0; i < 3 && t; i++)
			t = skip_term(t, le);
		o_end = t;
		if (t && (t = skip_term(t, le)) != NULL) { /* a graph term: drop it */
			rc = nkg_buf_add(out, p, (size_t)(o_end - p));
			if (!rc)
				rc = nkg_buf_add(out, t, (size_t)(le - t));
		} else {
			rc = nkg_buf_add(out, p, (size_t)(le - p));
		}
		if (!rc)
			rc = nkg_buf_addch(out, '\n');
		p = eol ? eol + 1 : end;
	}
	if (!rc && !out->ptr)
		rc = nkg_buf_addstr(out, "");
	return rc;
}

int nkg_validator_run(struct nkg_validator *v, const char *data, size_t len, const char *syntax,
                      struct nkg_violations *out)
{
	static const char *const syntaxes[] = {"turtle", "ntriples", "nquads"};
	struct nkg_violations found = {0};
	librdf_storage *storage = NULL;
	librdf_model *model = NULL;
	librdf_parser *parser = NULL;
	librdf_uri *base = NULL;
	struct nkg_buf nt;
	int rc = 0;

	nkg_buf_init(&nt, 0);
	v->error[0] = v->logged[0] = '\0';
	if (!v->n_checks || !syntax || !IN_LIST(syntax, syntaxes)) {
		set_error(v, v->n_checks ? "unknown RDF syntax" : "no shapes loaded");
		return NKG_EINVAL;
	}
	if (!(storage = librdf_new_storage(v->world, "trees", NULL, NULL)) ||
	    !(model = librdf_new_model(v->world, storage, NULL)) ||
	    /* Everything through the Turtle parser (N-Triples is a subset;
	     * N-Quads lose their graph term first): see nquads_to_ntriples. */
	    !(parser = librdf_new_parser(v->world, "turtle", NULL, NULL)) ||
	    !(base = librdf_new_uri(v->world, (const unsigned char *)DATA_BASE))) {
		set_error(v, "cannot set up librdf");
		rc = NKG_ERDF;
		goto out;
	}
	if (!strcmp(syntax, "nquads")) {
		if ((rc = nquads_to_ntriples(data, len, &nt))) {
			set_error(v, "out of memory");
			goto out;
		}
		data = nt.ptr;
		len = nt.len;
	}
	if (librdf_parser_parse_counted_string_into_model(parser, (const unsigned char *)data, len,
	                                                  base, model) ||
	    v->logged[0]) {
		set_error(v, "not valid %s: %s", syntax, v->logged[0] ? v->logged : "parse error");
		rc = NKG_ERDF;
		goto out;
	}
	for (size_t i = 0; i < v->n_checks && !rc; i++)
		rc = run_check(v, &v->checks[i], model, &found);
	if (rc)
		goto out;
	if (found.n)
		qsort(found.v, found.n, sizeof(*found.v), cmp_violation);
	size_t m = 0;
	for (size_t i = 0; i < found.n; i++) {
		if (m && !cmp_violation(&found.v[m - 1], &found.v[i]))
			violation_release(&found.v[i]);
		else
			found.v[m++] = found.v[i];
	}
	found.n = m;
	if (out->n + m > out->cap) {
		struct nkg_violation *nv = nkg_realloc(out->v, (out->n + m) * sizeof(*nv));
		if (!nv) {
			set_error(v, "out of memory");
			rc = NKG_ENOMEM;
			goto out;
		}
		out->v = nv;
		out->cap = out->n + m;
	}
	if (m)
		memcpy(out->v + out->n, found.v, m * sizeof(*found.v));
	out->n += m;
	nkg_free(found.v);
	found.v = NULL;
	found.n = 0;
out:
	nkg_buf_release(&nt);
	if (rc)
		nkg_violations_release(&found);
	if (base)
		librdf_free_uri(base);
	if (parser)
		librdf_free_parser(parser);
	if (model)
		librdf_free_model(model);
	if (storage)
		librdf_free_storage(storage);
	return rc;
}
