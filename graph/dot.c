/* dot.c - a librdf model drawn as a Graphviz digraph (see dot.h). */
#include "dot.h"

#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../ontology/terms.h"

/* Labels longer than this many code points are cut, with "..." after. */
#define LABEL_MAX 60

/* Appends n bytes of s escaped for a quoted Graphviz string: \" and \\, line
 * ends as \n (a line break in a label), other control bytes as \xNN. */
static int add_escaped(struct nkg_buf *b, const char *s, size_t n)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			rc = nkg_buf_addch(b, '\\') || nkg_buf_addch(b, (char)c);
		else if (c == '\n')
			rc = nkg_buf_addstr(b, "\\n");
		else if (c < 0x20 && c != '\t')
			rc = nkg_buf_addf(b, "\\\\x%02X", c);
		else
			rc = nkg_buf_addch(b, (char)c);
	}
	return rc ? NKG_ENOMEM : 0;
}

/* Appends the short name of iri: prefix:local, the part after base, or iri. */
static int add_short_iri(struct nkg_buf *b, const char *iri, const char *base)
{
	size_t n_pfx, len;
	const struct nkg_prefix *pfx = nkg_prefixes(&n_pfx);

	for (size_t i = 0; i < n_pfx; i++) {
		len = strlen(pfx[i].iri);
		if (!strncmp(iri, pfx[i].iri, len) && iri[len]) {
			if (nkg_buf_addstr(b, pfx[i].prefix) || nkg_buf_addch(b, ':'))
				return NKG_ENOMEM;
			return add_escaped(b, iri + len, strlen(iri + len));
		}
	}
	len = base ? strlen(base) : 0;
	if (len && !strncmp(iri, base, len) && iri[len])
		iri += len;
	return add_escaped(b, iri, strlen(iri));
}

/* The byte length of the first max code points of s (valid UTF-8). */
static size_t cut_utf8(const char *s, size_t n, size_t max)
{
	size_t i = 0;
	for (size_t cps = 0; i < n && cps < max; cps++)
		for (i++; i < n && ((unsigned char)s[i] & 0xC0) == 0x80; i++)
			;
	return i;
}

/* Appends the node's id: R iri, L <length>:<lexical form>@lang or ^^datatype,
 * B blank id (the length keeps "a@en" and "a"@en apart). */
static int add_id(struct nkg_buf *b, librdf_node *node)
{
	if (librdf_node_is_resource(node)) {
		const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
		return nkg_buf_addch(b, 'R') ? NKG_ENOMEM : add_escaped(b, iri, strlen(iri));
	}
	if (librdf_node_is_literal(node)) {
		size_t len = 0;
		const char *v =
		        (const char *)librdf_node_get_literal_value_as_counted_string(node, &len);
		const char *lang = librdf_node_get_literal_value_language(node);
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(node);
		int rc = nkg_buf_addf(b, "L%zu:", len) ? NKG_ENOMEM : add_escaped(b, v, len);
		if (!rc && lang)
			rc = nkg_buf_addch(b, '@') || nkg_buf_addstr(b, lang) ? NKG_ENOMEM : 0;
		if (!rc && dt) {
			const char *d = (const char *)librdf_uri_as_string(dt);
			rc = nkg_buf_addstr(b, "^^") ? NKG_ENOMEM : add_escaped(b, d, strlen(d));
		}
		return rc;
	}
	if (librdf_node_is_blank(node)) {
		const char *id = (const char *)librdf_node_get_blank_identifier(node);
		return nkg_buf_addch(b, 'B') ? NKG_ENOMEM : add_escaped(b, id, strlen(id));
	}
	return NKG_ERDF;
}

/* Appends the node's label and shape attributes. */
static int add_label(struct nkg_buf *b, librdf_node *node, const char *base)
{
	int rc;
	if (nkg_buf_addstr(b, "label=\""))
		return NKG_ENOMEM;
	if (librdf_node_is_resource(node)) {
		const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
		if ((rc = add_short_iri(b, iri, base)) != 0)
			return rc;
		return nkg_buf_addstr(b, "\", shape=ellipse") ? NKG_ENOMEM : 0;
	}
	if (librdf_node_is_literal(node)) {
		size_t len = 0, cut;
		const char *v =
		        (const char *)librdf_node_get_literal_value_as_counted_string(node, &len);
		const char *lang = librdf_node_get_literal_value_language(node);
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(node);
		cut = cut_utf8(v, len, LABEL_MAX);
		if ((rc = add_escaped(b, v, cut)) != 0)
			return rc;
		if (cut < len && nkg_buf_addstr(b, "..."))
			return NKG_ENOMEM;
		if (lang && (nkg_buf_addch(b, '@') || nkg_buf_addstr(b, lang)))
			return NKG_ENOMEM;
		if (dt) {
			if (nkg_buf_addstr(b, " ("))
				return NKG_ENOMEM;
			if ((rc = add_short_iri(b, (const char *)librdf_uri_as_string(dt), NULL)) !=
			    0)
				return rc;
			if (nkg_buf_addch(b, ')'))
				return NKG_ENOMEM;
		}
		return nkg_buf_addstr(b, "\", shape=box") ? NKG_ENOMEM : 0;
	}
	return nkg_buf_addstr(b, "\", shape=circle") ? NKG_ENOMEM : 0;
}

/* A node's line: \t"id" [label="...", shape=...];\n (new, free with nkg_free). */
static int node_line(librdf_node *node, const char *base, char **line)
{
	struct nkg_buf b;
	int rc = NKG_ENOMEM;
	nkg_buf_init(&b, 0);
	if (nkg_buf_addstr(&b, "\t\""))
		goto out;
	if ((rc = add_id(&b, node)) != 0)
		goto out;
	rc = NKG_ENOMEM;
	if (nkg_buf_addstr(&b, "\" ["))
		goto out;
	if ((rc = add_label(&b, node, base)) != 0)
		goto out;
	rc = NKG_ENOMEM;
	if (nkg_buf_addstr(&b, "];\n") || !(*line = nkg_buf_detach(&b, NULL)))
		goto out;
	rc = 0;
out:
	nkg_buf_release(&b);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the edge line of st to b. */
static int add_edge(struct nkg_buf *b, librdf_statement *st, const char *base)
{
	librdf_node *p = librdf_statement_get_predicate(st);
	int rc;
	if (!librdf_node_is_resource(p))
		return NKG_ERDF;
	if (nkg_buf_addstr(b, "\t\""))
		return NKG_ENOMEM;
	if ((rc = add_id(b, librdf_statement_get_subject(st))) != 0)
		return rc;
	if (nkg_buf_addstr(b, "\" -> \""))
		return NKG_ENOMEM;
	if ((rc = add_id(b, librdf_statement_get_object(st))) != 0)
		return rc;
	if (nkg_buf_addstr(b, "\" [label=\""))
		return NKG_ENOMEM;
	if ((rc = add_short_iri(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(p)),
	                        base)) != 0)
		return rc;
	return nkg_buf_addstr(b, "\"];\n") ? NKG_ENOMEM : 0;
}

int nkg_dot_write(librdf_model *model, const char *name, const char *base, FILE *out)
{
	struct nkg_buf text;
	librdf_stream *st = NULL;
	char **nodes = NULL;
	size_t n_nodes = 0, cap = 0;
	int rc = NKG_ENOMEM;

	nkg_buf_init(&text, 0);
	if (nkg_buf_addstr(&text, "digraph "))
		goto out;
	if (name && (nkg_buf_addch(&text, '"') || add_escaped(&text, name, strlen(name)) ||
	             nkg_buf_addstr(&text, "\" ")))
		goto out;
	if (nkg_buf_addstr(&text, "{\n\trankdir=LR;\n\tcharset=\"utf-8\";\n"
	                          "\tnode [fontname=\"Helvetica\", fontsize=10];\n"
	                          "\tedge [fontname=\"Helvetica\", fontsize=9];\n"))
		goto out;
	rc = NKG_ERDF;
	if (!(st = librdf_model_as_stream(model)))
		goto out;
	for (; !librdf_stream_end(st); librdf_stream_next(st)) {
		librdf_statement *s = librdf_stream_get_object(st); /* borrowed */
		librdf_node *ends[2];
		if (!s) {
			rc = NKG_ERDF;
			goto out;
		}
		if ((rc = add_edge(&text, s, base)) != 0)
			goto out;
		ends[0] = librdf_statement_get_subject(s);
		ends[1] = librdf_statement_get_object(s);
		for (int k = 0; k < 2; k++) {
			if (n_nodes == cap) {
				size_t ncap = cap ? 2 * cap : 64;
				char **grown = nkg_realloc(nodes, ncap * sizeof(*nodes));
				rc = NKG_ENOMEM;
				if (!grown)
					goto out;
				nodes = grown;
				cap = ncap;
			}
			if ((rc = node_line(ends[k], base, &nodes[n_nodes])) != 0)
				goto out;
			n_nodes++;
		}
	}
	qsort(nodes, n_nodes, sizeof(*nodes), cmp_str);
	rc = NKG_ENOMEM;
	if (nkg_buf_addch(&text, '\n'))
		goto out;
	for (size_t i = 0; i < n_nodes; i++)
		if ((!i || strcmp(nodes[i], nodes[i - 1])) && nkg_buf_addstr(&text, nodes[i]))
			goto out;
	if (nkg_buf_addstr(&text, "}\n"))
		goto out;
	rc = fwrite(text.ptr, 1, text.len, out) == text.len && !ferror(out) ? 0 : NKG_EIO;
out:
	if (st)
		librdf_free_stream(st);
	for (size_t i = 0; i < n_nodes; i++)
		nkg_free(nodes[i]);
	nkg_free(nodes);
	nkg_buf_release(&text);
	return rc;
}
