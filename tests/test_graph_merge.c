/* test_graph_merge.c - union and owl:sameAs smushing of RDF graphs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../graph/merge.h"

#define SAME "<http://www.w3.org/2002/07/owl#sameAs>"
#define NAME "<http://schema.org/name>"
#define KG   "https://w3id.org/newskg/id/"
#define XSD  "http://www.w3.org/2001/XMLSchema#"

/* The merge of the given inputs (N-Triples unless the name says otherwise),
 * smushed, written in format; returns the output (free with free()). */
static char *run(enum nkg_format format, int n, const char *const *names, const char *const *data,
                 struct nkg_merge_stats *st)
{
	struct nkg_merge *m = NULL;
	char err[200], *buf = NULL;
	size_t len = 0;

	assert_int_equal(nkg_merge_new(NULL, &m), 0);
	for (int i = 0; i < n; i++)
		assert_int_equal(nkg_merge_add_bytes(m, data[i], strlen(data[i]), names[i], NULL,
		                                     "http://example.org/base/", err, sizeof(err)),
		                 0);
	assert_int_equal(nkg_merge_smush(m, st), 0);
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(nkg_merge_write(m, format, f, NULL), 0);
	fclose(f);
	nkg_merge_free(m);
	return buf;
}

static char *run_nt(const char *a, const char *b, struct nkg_merge_stats *st)
{
	const char *names[] = {"a.nt", "b.nt"};
	const char *data[] = {a, b};
	return run(NKG_FORMAT_NTRIPLES, b ? 2 : 1, names, data, st);
}

static void test_merge_union_sorted_without_duplicates(void **state)
{
	(void)state;
	struct nkg_merge_stats st;
	char *out =
	        run_nt("<http://x/b> " NAME " \"B\" .\n<http://x/a> " NAME " \"A\" .\n",
	               "<http://x/a> " NAME " \"A\" .\n<http://x/c> " NAME " \"C\"@en .\n", &st);
	assert_string_equal(out, "<http://x/a> " NAME " \"A\" .\n"
	                         "<http://x/b> " NAME " \"B\" .\n"
	                         "<http://x/c> " NAME " \"C\"@en .\n");
	assert_int_equal(st.inputs, 2);
	assert_int_equal(st.triples_in, 4);
	assert_int_equal(st.triples_out, 3);
	assert_int_equal(st.classes, 0);
	free(out);
}

static void test_merge_chain_collapses_to_base_iri(void **state)
{
	(void)state;
	struct nkg_merge_stats st;
	/* a = b in one input, b = c in the other: one class of three; the IRI
	 * under the newskg base wins although it is the longest. */
	char *out = run_nt("<http://a.org/x> " SAME " <http://b.org/y> .\n"
	                   "<http://a.org/x> " NAME " \"X\" .\n",
	                   "<http://b.org/y> " SAME " <" KG "person/x> .\n"
	                   "<http://q/z> <http://q/knows> <http://b.org/y> .\n",
	                   &st);
	/* "<http:" sorts before "<https", as in LC_ALL=C sort. */
	assert_string_equal(out, "<http://q/z> <http://q/knows> <" KG "person/x> .\n"
	                         "<" KG "person/x> " NAME " \"X\" .\n"
	                         "<" KG "person/x> " SAME " <http://a.org/x> .\n"
	                         "<" KG "person/x> " SAME " <http://b.org/y> .\n");
	assert_int_equal(st.classes, 1);
	assert_int_equal(st.nodes_rewritten, 2);
	assert_int_equal(st.stmts_rewritten, 2);
	assert_int_equal(st.triples_out, 4);
	free(out);
}

static void test_merge_cycle_is_one_class(void **state)
{
	(void)state;
	struct nkg_merge_stats st;
	char *out = run_nt("<http://a/1> " SAME " <http://b/22> .\n"
	                   "<http://b/22> " SAME " <http://c/3> .\n"
	                   "<http://c/3> " SAME " <http://a/1> .\n"
	                   "<http://a/1> " SAME " <http://a/1> .\n",
	                   NULL, &st);
	/* No base IRI: the shortest wins, then the smaller in byte order. */
	assert_string_equal(out, "<http://a/1> " SAME " <http://b/22> .\n"
	                         "<http://a/1> " SAME " <http://c/3> .\n");
	assert_int_equal(st.classes, 1);
	assert_int_equal(st.nodes_rewritten, 2);
	free(out);
}

static void test_merge_literals_untouched(void **state)
{
	(void)state;
	struct nkg_merge_stats st;
	/* A literal spelled like an IRI of the class stays a literal; a
	 * sameAs to a literal links nothing and is kept. */
	char *out = run_nt("<http://z/long> " SAME " <http://z/s> .\n"
	                   "<http://z/long> " NAME " \"http://z/long\" .\n"
	                   "<http://z/long> " SAME " \"http://z/s\" .\n",
	                   NULL, &st);
	assert_string_equal(out, "<http://z/s> " NAME " \"http://z/long\" .\n"
	                         "<http://z/s> " SAME " \"http://z/s\" .\n"
	                         "<http://z/s> " SAME " <http://z/long> .\n");
	assert_int_equal(st.classes, 1);
	free(out);
}

static void test_merge_iri_beats_blank_and_predicates_stay(void **state)
{
	(void)state;
	struct nkg_merge_stats st;
	/* The predicate <http://p/q> is in a class but is not rewritten. */
	char *out = run_nt("_:a " SAME " <http://p/longer-iri> .\n"
	                   "_:a <http://p/q> \"v\" .\n"
	                   "<http://p/q> " SAME " <http://p/r> .\n",
	                   NULL, &st);
	assert_string_equal(out, "<http://p/longer-iri> <http://p/q> \"v\" .\n"
	                         "<http://p/longer-iri> " SAME " _:i1ua .\n"
	                         "<http://p/q> " SAME " <http://p/r> .\n");
	assert_int_equal(st.classes, 2);
	assert_int_equal(st.nodes_rewritten, 2);
	free(out);
}

static void test_merge_blank_nodes_local_to_input(void **state)
{
	(void)state;
	char *out = run_nt("_:b <http://p/v> \"1\" .\n", "_:b <http://p/v> \"1\" .\n", NULL);
	assert_string_equal(out, "_:i1ub <http://p/v> \"1\" .\n"
	                         "_:i2ub <http://p/v> \"1\" .\n");
	free(out);
	/* A labelled node is "u" + label, an unlabelled one "g" + a count. */
	const char *names[] = {"a.ttl", "b.ttl"};
	const char *data[] = {"_:b <http://p/v> [ <http://p/w> 2 ] .\n", "_:b <http://p/v> 3 .\n"};
	out = run(NKG_FORMAT_NTRIPLES, 2, names, data, NULL);
	assert_string_equal(out, "_:i1g1 <http://p/w> \"2\"^^<" XSD "integer> .\n"
	                         "_:i1ub <http://p/v> _:i1g1 .\n"
	                         "_:i2ub <http://p/v> \"3\"^^<" XSD "integer> .\n");
	free(out);
}

static void test_merge_order_of_inputs_does_not_matter(void **state)
{
	(void)state;
	const char *a = "<http://a/x> " SAME " <http://b/x> .\n<http://a/x> " NAME " \"1\" .\n";
	const char *b = "<http://b/x> " SAME " <http://c/x> .\n<http://c/x> " NAME " \"2\" .\n";
	char *ab = run_nt(a, b, NULL), *ba = run_nt(b, a, NULL);
	assert_string_equal(ab, ba);
	assert_string_equal(ab, "<http://a/x> " NAME " \"1\" .\n"
	                        "<http://a/x> " NAME " \"2\" .\n"
	                        "<http://a/x> " SAME " <http://b/x> .\n"
	                        "<http://a/x> " SAME " <http://c/x> .\n");
	free(ab);
	free(ba);
}

static void test_merge_nquads_keep_graph_names(void **state)
{
	(void)state;
	const char *names[] = {"a.nq", "b.ttl"};
	const char *data[] = {
	        "<http://a/x> " NAME " \"X\" <http://g/1> .\n"
	        "<http://a/x> " NAME " \"X\" <http://g/2> .\n"
	        "<http://a/x> " SAME " <http://b/x> <http://g/1> .\n",
	        "@prefix s: <http://schema.org/> .\n<http://a/x> s:name \"X\" .\n",
	};
	char *nq = run(NKG_FORMAT_NQUADS, 2, names, data, NULL);
	assert_string_equal(nq, "<http://a/x> " NAME " \"X\" .\n"
	                        "<http://a/x> " NAME " \"X\" <http://g/1> .\n"
	                        "<http://a/x> " NAME " \"X\" <http://g/2> .\n"
	                        "<http://a/x> " SAME " <http://b/x> .\n");
	char *nt = run(NKG_FORMAT_NTRIPLES, 2, names, data, NULL);
	assert_string_equal(nt, "<http://a/x> " NAME " \"X\" .\n"
	                        "<http://a/x> " SAME " <http://b/x> .\n");
	free(nq);
	free(nt);
}

static void test_merge_turtle_output(void **state)
{
	(void)state;
	const char *names[] = {"a.nt"};
	const char *data[] = {"<" KG "person/x> " SAME " <http://b/x> .\n"};
	char *ttl = run(NKG_FORMAT_TURTLE, 1, names, data, NULL);
	assert_non_null(strstr(ttl, "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"));
	assert_non_null(strstr(ttl, "<" KG "person/x>\n    owl:sameAs <http://b/x> .\n"));
	free(ttl);
}

static void test_merge_relative_iris_resolve_against_base(void **state)
{
	(void)state;
	const char *names[] = {"r.ttl"};
	const char *data[] = {"<x> <p> \"1\" .\n"};
	char *out = run(NKG_FORMAT_NTRIPLES, 1, names, data, NULL);
	assert_string_equal(out,
	                    "<http://example.org/base/x> <http://example.org/base/p> \"1\" .\n");
	free(out);
}

static void test_merge_bad_input_is_all_or_nothing(void **state)
{
	(void)state;
	struct nkg_merge *m;
	struct nkg_merge_stats st;
	char err[200], *buf = NULL;
	size_t len = 0;
	const char *good = "<http://a/x> " NAME " \"ok\" .\n";
	const char *bad = "<http://a/y> " NAME " \"kept?\" .\n<http://a/z> " NAME " oops .\n";

	assert_int_equal(nkg_merge_new(NULL, &m), 0);
	assert_int_equal(
	        nkg_merge_add_bytes(m, good, strlen(good), "good.nt", NULL, NULL, err, sizeof(err)),
	        0);
	assert_int_equal(
	        nkg_merge_add_bytes(m, bad, strlen(bad), "bad.nt", NULL, NULL, err, sizeof(err)),
	        NKG_ERDF);
	assert_int_equal(strncmp(err, "line 2: ", 8), 0);
	assert_int_equal(nkg_merge_add_bytes(m, good, strlen(good), "what.txt", NULL, NULL, err,
	                                     sizeof(err)),
	                 NKG_EINVAL);
	assert_string_equal(err, "unknown syntax: use -i");
	assert_int_equal(
	        nkg_merge_add_bytes(m, good, strlen(good), "x", "n3", NULL, err, sizeof(err)),
	        NKG_EINVAL);
	assert_int_equal(nkg_merge_smush(m, &st), 0);
	assert_int_equal(st.inputs, 1);
	assert_int_equal(st.triples_in, 1);
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(nkg_merge_write(m, NKG_FORMAT_NTRIPLES, f, NULL), 0);
	fclose(f);
	assert_string_equal(buf, good);
	free(buf);
	nkg_merge_free(m);
}

static void test_merge_report_lines(void **state)
{
	(void)state;
	struct nkg_merge *m;
	char err[200], *buf = NULL;
	size_t len = 0;
	const char *in = "<http://b/2> " SAME " <http://b/10> .\n"
	                 "<http://a/9> " SAME " <http://a/1> .\n"
	                 "<http://a/9> " SAME " <http://a/5> .\n";

	assert_int_equal(nkg_merge_new("http://b/", &m), 0);
	assert_int_equal(
	        nkg_merge_add_bytes(m, in, strlen(in), "r.nt", NULL, NULL, err, sizeof(err)), 0);
	assert_int_equal(nkg_merge_smush(m, NULL), 0);
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(nkg_merge_write_report(m, f), 0);
	fclose(f);
	/* With base http://b/: the shorter b IRI wins its class; a/1 wins the
	 * other one because it is smaller in byte order. */
	assert_string_equal(buf, "<http://a/1>\t<http://a/5>\n"
	                         "<http://a/1>\t<http://a/9>\n"
	                         "<http://b/2>\t<http://b/10>\n");
	free(buf);
	nkg_merge_free(m);
}

static int count_visit(void *ctx, const struct nkg_merge_term *s, const struct nkg_merge_term *p,
                       const struct nkg_merge_term *o, const struct nkg_merge_term *g)
{
	int *n = ctx;
	(void)p;
	if (*n == 0) {
		assert_int_equal(s->kind, NKG_MERGE_IRI);
		assert_int_equal(s->value.len, 10);
		assert_memory_equal(s->value.ptr, "http://a/x", 10);
		assert_int_equal(o->kind, NKG_MERGE_LITERAL);
		assert_int_equal(o->value.len, 1);
		assert_memory_equal(o->value.ptr, "7", 1);
		assert_memory_equal(o->datatype.ptr, "http://www.w3.org/2001/XMLSchema#integer",
		                    o->datatype.len);
		assert_non_null(g);
		assert_memory_equal(g->value.ptr, "http://g/1", 10);
	}
	return ++*n == 2 ? 42 : 0;
}

static void test_merge_visit_terms_and_stop(void **state)
{
	(void)state;
	struct nkg_merge *m;
	char err[200];
	int n = 0;
	/* TriG, not N-Quads: raptor's N-Quads parser leaks typed literals. */
	const char *in = "<http://g/1> { <http://a/x> <http://p/n> 7 }\n"
	                 "<http://a/y> <http://p/n> \"8\" .\n<http://a/z> <http://p/n> \"9\" .\n";

	assert_int_equal(nkg_merge_new(NULL, &m), 0);
	assert_int_equal(
	        nkg_merge_add_bytes(m, in, strlen(in), "v.trig", NULL, NULL, err, sizeof(err)), 0);
	assert_int_equal(nkg_merge_smush(m, NULL), 0);
	assert_int_equal(nkg_merge_visit(m, count_visit, &n), 42);
	assert_int_equal(n, 2);
	nkg_merge_free(m);
}

static void test_merge_syntax_for_name(void **state)
{
	(void)state;
	assert_string_equal(nkg_merge_syntax_for_name("a.ttl"), "turtle");
	assert_string_equal(nkg_merge_syntax_for_name("dir/A.NT"), "ntriples");
	assert_string_equal(nkg_merge_syntax_for_name("x.nq"), "nquads");
	assert_string_equal(nkg_merge_syntax_for_name("x.rdf"), "rdfxml");
	assert_string_equal(nkg_merge_syntax_for_name("x.owl"), "rdfxml");
	assert_null(nkg_merge_syntax_for_name("x.txt"));
	assert_null(nkg_merge_syntax_for_name(".nt"));
	assert_null(nkg_merge_syntax_for_name(NULL));
	assert_int_equal(nkg_merge_syntax_ok("rdfxml"), 1);
	assert_int_equal(nkg_merge_syntax_ok("rdfa"), 0);
}

/* Fails each allocation of a whole merge in turn: every failure is a clean
 * NKG_ENOMEM (or an error of the parse it broke) and nothing leaks. */
static void test_merge_out_of_memory(void **state)
{
	(void)state;
	const char *in = "<http://a/x> " SAME " <http://b/x> .\n_:q " SAME " <http://a/x> .\n"
	                 "<http://b/x> " NAME " \"n\" .\n";
	unsigned long fails = 0, k;

	for (k = 1; k < 500; k++) {
		struct nkg_merge *m = NULL;
		char err[200], *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		int rc;

		nkg_alloc_fail_after(k, 0);
		rc = nkg_merge_new(NULL, &m);
		if (rc == 0)
			rc = nkg_merge_add_bytes(m, in, strlen(in), "t.nt", NULL, NULL, err,
			                         sizeof(err));
		if (rc == 0)
			rc = nkg_merge_smush(m, NULL);
		if (rc == 0)
			rc = nkg_merge_write(m, NKG_FORMAT_TURTLE, f, NULL);
		nkg_alloc_fail_after(0, 0);
		nkg_merge_free(m);
		fclose(f);
		free(buf);
		if (rc == 0)
			break;
		assert_int_equal(rc, NKG_ENOMEM);
		fails++;
	}
	assert_true(k < 500);
	assert_true(fails > 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_merge_union_sorted_without_duplicates),
	        cmocka_unit_test(test_merge_chain_collapses_to_base_iri),
	        cmocka_unit_test(test_merge_cycle_is_one_class),
	        cmocka_unit_test(test_merge_literals_untouched),
	        cmocka_unit_test(test_merge_iri_beats_blank_and_predicates_stay),
	        cmocka_unit_test(test_merge_blank_nodes_local_to_input),
	        cmocka_unit_test(test_merge_order_of_inputs_does_not_matter),
	        cmocka_unit_test(test_merge_nquads_keep_graph_names),
	        cmocka_unit_test(test_merge_turtle_output),
	        cmocka_unit_test(test_merge_relative_iris_resolve_against_base),
	        cmocka_unit_test(test_merge_bad_input_is_all_or_nothing),
	        cmocka_unit_test(test_merge_report_lines),
	        cmocka_unit_test(test_merge_visit_terms_and_stop),
	        cmocka_unit_test(test_merge_syntax_for_name),
	        cmocka_unit_test(test_merge_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
