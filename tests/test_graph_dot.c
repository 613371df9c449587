/* test_graph_dot.c - the Graphviz output (-f dot): documents built by hand,
 * written as dot, and the exact lines looked for. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/err.h"
#include "graph/graph.h"

#define S(lit) nkg_str_from_cstr(lit)
#define ID     "https://w3id.org/newskg/id/"

struct out {
	char *text; /* malloc'd by open_memstream */
	size_t len;
	size_t n_triples;
	int rc;
};

static struct out write_docs(const struct nkg_doc *const *docs, size_t n_docs, enum nkg_format f)
{
	struct out o = {NULL, 0, 0, 0};
	struct nkg_graph_options opt = {f, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	FILE *fp = open_memstream(&o.text, &o.len);

	assert_non_null(fp);
	o.rc = nkg_writer_new(&opt, fp, &w);
	for (size_t i = 0; !o.rc && i < n_docs; i++) {
		size_t n = 0;
		o.rc = nkg_writer_add(w, docs[i], &n);
		o.n_triples += n;
	}
	if (!o.rc)
		o.rc = nkg_writer_finish(w);
	nkg_writer_free(w);
	fclose(fp);
	return o;
}

/* The number of lines of text equal to line (without its '\n'). */
static size_t count_line(const char *text, const char *line)
{
	size_t n = 0, len = strlen(line);
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t l = nl ? (size_t)(nl - p) : strlen(p);
		n += l == len && !memcmp(p, line, len);
		p += l + (nl != NULL);
	}
	return n;
}

static const char text_a[] = "Ana Ruiz spoke in Quito.";

static void doc_a(struct nkg_doc *d)
{
	uint32_t person, city;
	nkg_doc_init(d, text_a, sizeof(text_a) - 1);
	d->id = S("a1");
	d->title = S("Ana Ruiz in Quito");
	assert_int_equal(
	        nkg_doc_add_entity(d, NKG_CLASS_PERSON, S("Ana Ruiz"), 0.75f, "name", &person), 0);
	assert_int_equal(nkg_doc_add_entity(d, NKG_CLASS_CITY, S("Quito"), 1.0f, "gaz", &city), 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){0, 8}, NKG_MENTION_ENTITY, person,
	                                     0.75f, "name"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){18, 23}, NKG_MENTION_ENTITY, city,
	                                     1.0f, "gaz"),
	                 0);
}

static const char text_b[] = "Quito voted.";

static void doc_b(struct nkg_doc *d)
{
	uint32_t city;
	nkg_doc_init(d, text_b, sizeof(text_b) - 1);
	d->id = S("b2");
	assert_int_equal(nkg_doc_add_entity(d, NKG_CLASS_CITY, S("Quito"), 1.0f, "gaz", &city), 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){0, 5}, NKG_MENTION_ENTITY, city,
	                                     1.0f, "gaz"),
	                 0);
}

static void test_dot_format_names(void **state)
{
	enum nkg_format f = NKG_FORMAT_TURTLE;
	(void)state;
	assert_int_equal(nkg_format_parse("dot", &f), 0);
	assert_int_equal(f, NKG_FORMAT_DOT);
	f = NKG_FORMAT_TURTLE;
	assert_int_equal(nkg_format_parse("gv", &f), 0);
	assert_int_equal(f, NKG_FORMAT_DOT);
	f = NKG_FORMAT_TURTLE;
	assert_int_equal(nkg_format_parse("DOT", &f), NKG_EINVAL);
	assert_int_equal(nkg_format_parse("graphviz", &f), NKG_EINVAL);
	assert_int_equal(f, NKG_FORMAT_TURTLE);
}

/* Edges between exact node ids, with the predicate shortened by its prefix;
 * each node once, labelled short. */
static void test_dot_edges_and_nodes(void **state)
{
	struct nkg_doc d;
	const struct nkg_doc *docs[] = {&d};
	struct out o;
	(void)state;
	doc_a(&d);
	o = write_docs(docs, 1, NKG_FORMAT_DOT);
	assert_int_equal(o.rc, 0);
	assert_int_equal(count_line(o.text, "digraph \"" ID "doc/a1\" {"), 1);
	assert_int_equal(count_line(o.text, "}"), 1);
	assert_int_equal(count_line(o.text, "\t\"R" ID "person/ana-ruiz\" -> \"L8:Ana Ruiz\" "
	                                    "[label=\"schema:name\"];"),
	                 1);
	assert_int_equal(count_line(o.text, "\t\"R" ID "person/ana-ruiz\" -> "
	                                    "\"Rhttp://schema.org/Person\" [label=\"rdf:type\"];"),
	                 1);
	assert_int_equal(count_line(o.text, "\t\"R" ID "place/quito\" "
	                                    "[label=\"place/quito\", shape=ellipse];"),
	                 1);
	assert_int_equal(count_line(o.text, "\t\"Rhttp://schema.org/Person\" "
	                                    "[label=\"schema:Person\", shape=ellipse];"),
	                 1);
	assert_int_equal(count_line(o.text, "\t\"L8:Ana Ruiz\" [label=\"Ana Ruiz\", shape=box];"),
	                 1);
	assert_int_equal(count_line(o.text,
	                            "\t\"L6:7.5E-1^^http://www.w3.org/2001/XMLSchema#double\" "
	                            "[label=\"7.5E-1 (xsd:double)\", shape=box];"),
	                 1);
	free(o.text);
	nkg_doc_release(&d);
}

/* Quotes, backslashes and line ends are escaped (Graphviz would end the
 * string, or read \N as the node's name); long labels are cut. */
static void test_dot_escapes_labels(void **state)
{
	struct nkg_doc d;
	const struct nkg_doc *docs[] = {&d};
	struct out o;
	(void)state;
	doc_a(&d);
	d.title = S("Ana \"Red\" Ruiz \\N wins\nall of the seventy-two places in the Quito city "
	            "council");
	o = write_docs(docs, 1, NKG_FORMAT_DOT);
	assert_int_equal(o.rc, 0);
	assert_int_equal(count_line(o.text, "\t\"L78:Ana \\\"Red\\\" Ruiz \\\\N wins\\nall of the "
	                                    "seventy-two places in the Quito city council\" "
	                                    "[label=\"Ana \\\"Red\\\" Ruiz \\\\N wins\\nall of the "
	                                    "seventy-two places in the ...\", shape=box];"),
	                 1);
	free(o.text);
	nkg_doc_release(&d);
}

/* One digraph per document, as many edges as triples, the same bytes twice. */
static void test_dot_one_digraph_per_document(void **state)
{
	struct nkg_doc a, b;
	const struct nkg_doc *docs[] = {&a, &b};
	struct out o, again, nt;
	size_t edges = 0;
	(void)state;
	doc_a(&a);
	doc_b(&b);
	o = write_docs(docs, 2, NKG_FORMAT_DOT);
	again = write_docs(docs, 2, NKG_FORMAT_DOT);
	nt = write_docs(docs, 2, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_int_equal(nt.rc, 0);
	assert_int_equal(count_line(o.text, "digraph \"" ID "doc/a1\" {"), 1);
	assert_int_equal(count_line(o.text, "digraph \"" ID "doc/b2\" {"), 1);
	assert_int_equal(count_line(o.text, "}"), 2);
	for (const char *p = o.text; (p = strstr(p, "\" -> \"")); p++)
		edges++;
	assert_int_equal(o.n_triples, nt.n_triples);
	assert_int_equal(edges, nt.n_triples);
	assert_int_equal(again.len, o.len);
	assert_memory_equal(again.text, o.text, o.len);
	free(o.text);
	free(again.text);
	free(nt.text);
	nkg_doc_release(&a);
	nkg_doc_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_dot_format_names),
	        cmocka_unit_test(test_dot_edges_and_nodes),
	        cmocka_unit_test(test_dot_escapes_labels),
	        cmocka_unit_test(test_dot_one_digraph_per_document),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
