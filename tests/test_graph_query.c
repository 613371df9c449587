/* test_graph_query.c - SPARQL over a loaded model: rows in each format,
 * order, ASK, CONSTRUCT, errors, allocation failures. */
#include <errno.h>
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
#include "../graph/query.h"

static const char data[] =
        "<http://ex.org/a> <http://schema.org/name> \"Alice\" .\n"
        "<http://ex.org/b> <http://schema.org/name> \"Bob, \\\"the\\\" builder\"@en .\n"
        "<http://ex.org/c> <http://schema.org/name> \"line1\\nl\\u00EFne2\" .\n"
        "<http://ex.org/a> <http://ex.org/age> "
        "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
        "<http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<http://schema.org/Person> .\n"
        "<http://ex.org/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<http://schema.org/Person> .\n";

#define NAMES "PREFIX s: <http://schema.org/> SELECT ?s ?n WHERE { ?s s:name ?n }"

struct fixture {
	struct nkg_query *q;
	char *text; /* what the latest run wrote */
	size_t len;
};

static int group_setup(void **state)
{
	static struct fixture f;
	if (nkg_query_new(&f.q) != 0)
		return -1;
	*state = &f;
	return 0;
}

static int group_teardown(void **state)
{
	struct fixture *f = *state;
	nkg_query_free(f->q);
	return 0;
}

static int setup(void **state)
{
	struct fixture *f = *state;
	if (nkg_query_reset(f->q) != 0)
		return -1;
	return nkg_query_load_string(f->q, data, strlen(data), "ntriples", NULL);
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	free(f->text);
	f->text = NULL;
	nkg_alloc_fail_after(0, 0);
	return 0;
}

/* Runs query; the output lands in f->text. */
static int run(struct fixture *f, const char *query, enum nkg_results_format rf,
               struct nkg_query_info *info)
{
	struct nkg_query_output o = {.results = rf, .graph = NKG_FORMAT_NTRIPLES};
	FILE *out;
	int rc;

	free(f->text);
	f->text = NULL;
	out = open_memstream(&f->text, &f->len);
	assert_non_null(out);
	rc = nkg_query_run(f->q, query, &o, out, info);
	assert_int_equal(fclose(out), 0);
	return rc;
}

static void test_query_loads_all_triples(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(nkg_query_size(f->q), 6);
}

static void test_query_tsv_rows_sorted(void **state)
{
	struct fixture *f = *state;
	struct nkg_query_info info;
	assert_int_equal(run(f, NAMES, NKG_RESULTS_TSV, &info), 0);
	assert_string_equal(f->text, "?s\t?n\n"
	                             "<http://ex.org/a>\t\"Alice\"\n"
	                             "<http://ex.org/b>\t\"Bob, \\\"the\\\" builder\"@en\n"
	                             "<http://ex.org/c>\t\"line1\\nl\xC3\xAFne2\"\n");
	assert_int_equal(info.kind, NKG_QUERY_SELECT);
	assert_false(info.ordered);
	assert_int_equal(info.n_rows, 3);
}

static void test_query_csv_quotes_and_crlf(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(run(f, NAMES, NKG_RESULTS_CSV, NULL), 0);
	assert_string_equal(f->text, "s,n\r\n"
	                             "http://ex.org/a,Alice\r\n"
	                             "http://ex.org/b,\"Bob, \"\"the\"\" builder\"\r\n"
	                             "http://ex.org/c,\"line1\nl\xC3\xAFne2\"\r\n");
}

static void test_query_json_bindings(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(run(f, "SELECT ?s ?age WHERE { ?s <http://ex.org/age> ?age }",
	                     NKG_RESULTS_JSON, NULL),
	                 0);
	assert_string_equal(f->text,
	                    "{\"head\":{\"vars\":[\"s\",\"age\"]},\"results\":{\"bindings\":[\n"
	                    "{\"s\":{\"type\":\"uri\",\"value\":\"http://ex.org/a\"},"
	                    "\"age\":{\"type\":\"literal\",\"value\":\"42\",\"datatype\":"
	                    "\"http://www.w3.org/2001/XMLSchema#integer\"}}\n"
	                    "]}}\n");
	assert_int_equal(run(f, NAMES " ORDER BY DESC(?s) LIMIT 1", NKG_RESULTS_JSON, NULL), 0);
	assert_string_equal(f->text,
	                    "{\"head\":{\"vars\":[\"s\",\"n\"]},\"results\":{\"bindings\":[\n"
	                    "{\"s\":{\"type\":\"uri\",\"value\":\"http://ex.org/c\"},"
	                    "\"n\":{\"type\":\"literal\",\"value\":\"line1\\nl\xC3\xAFne2\"}}\n"
	                    "]}}\n");
}

static void test_query_json_unbound_left_out(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(run(f,
	                     "SELECT ?s ?t WHERE { ?s <http://schema.org/name> ?n "
	                     "OPTIONAL { ?s a ?t } } ORDER BY DESC(?s) LIMIT 1",
	                     NKG_RESULTS_JSON, NULL),
	                 0);
	assert_string_equal(f->text,
	                    "{\"head\":{\"vars\":[\"s\",\"t\"]},\"results\":{\"bindings\":[\n"
	                    "{\"s\":{\"type\":\"uri\",\"value\":\"http://ex.org/c\"}}\n"
	                    "]}}\n");
	assert_int_equal(
	        run(f, "SELECT ?s WHERE { ?s <http://nothing> ?o }", NKG_RESULTS_JSON, NULL), 0);
	assert_string_equal(f->text,
	                    "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}\n");
}

static void test_query_table_aligned_and_shortened(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(run(f,
	                     "SELECT ?n ?t WHERE { ?s <http://schema.org/name> ?n "
	                     "OPTIONAL { ?s a ?t } }",
	                     NKG_RESULTS_TABLE, NULL),
	                 0);
	/* Widths count characters (the i with diaeresis is one), unbound is
	 * empty, no line ends in spaces. */
	assert_string_equal(f->text, "n                   t\n"
	                             "------------------  -------------\n"
	                             "Alice               schema:Person\n"
	                             "Bob, \"the\" builder  schema:Person\n"
	                             "line1\\nl\xC3\xAFne2\n");
}

static void test_query_order_by_is_kept(void **state)
{
	struct fixture *f = *state;
	struct nkg_query_info info;
	assert_int_equal(run(f, NAMES " ORDER BY DESC(?s)", NKG_RESULTS_CSV, &info), 0);
	assert_string_equal(f->text, "s,n\r\n"
	                             "http://ex.org/c,\"line1\nl\xC3\xAFne2\"\r\n"
	                             "http://ex.org/b,\"Bob, \"\"the\"\" builder\"\r\n"
	                             "http://ex.org/a,Alice\r\n");
	assert_true(info.ordered);
}

static void test_query_ask(void **state)
{
	struct fixture *f = *state;
	struct nkg_query_info info;
	assert_int_equal(
	        run(f, "ASK { ?s <http://schema.org/name> \"Alice\" }", NKG_RESULTS_TABLE, &info),
	        0);
	assert_string_equal(f->text, "true\n");
	assert_int_equal(info.kind, NKG_QUERY_ASK);
	assert_true(info.boolean);
	assert_int_equal(
	        run(f, "ASK { ?s <http://schema.org/name> \"Carol\" }", NKG_RESULTS_JSON, &info),
	        0);
	assert_string_equal(f->text, "{\"head\":{},\"boolean\":false}\n");
	assert_false(info.boolean);
}

static void test_query_construct_sorted_ntriples(void **state)
{
	struct fixture *f = *state;
	struct nkg_query_info info;
	assert_int_equal(run(f,
	                     "CONSTRUCT { ?s <http://ex.org/label> ?n } "
	                     "WHERE { ?s a <http://schema.org/Person> ; "
	                     "<http://schema.org/name> ?n }",
	                     NKG_RESULTS_TABLE, &info),
	                 0);
	assert_string_equal(f->text, "<http://ex.org/a> <http://ex.org/label> \"Alice\" .\n"
	                             "<http://ex.org/b> <http://ex.org/label> "
	                             "\"Bob, \\\"the\\\" builder\"@en .\n");
	assert_int_equal(info.kind, NKG_QUERY_GRAPH);
	assert_int_equal(info.n_rows, 2);
	assert_int_equal(run(f, "CONSTRUCT { ?s ?p ?o } WHERE { ?s <http://nothing> ?o }",
	                     NKG_RESULTS_TABLE, &info),
	                 0);
	assert_string_equal(f->text, "");
	assert_int_equal(info.n_rows, 0);
}

static void test_query_syntax_error_message(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(run(f, "SELECT ?s WHERE { ?s ?p }", NKG_RESULTS_TSV, NULL), NKG_EINVAL);
	assert_string_equal(nkg_query_last_error(f->q), "line 1: syntax error, unexpected '}'");
	assert_string_equal(f->text, "");
	assert_int_equal(
	        run(f, "SELECT ?s\nWHERE {\n ?s ?p ?o .\n FILTER( }", NKG_RESULTS_TSV, NULL),
	        NKG_EINVAL);
	assert_string_equal(nkg_query_last_error(f->q), "line 4: syntax error, unexpected '}'");
	/* The next good query clears the error. */
	assert_int_equal(run(f, NAMES, NKG_RESULTS_TSV, NULL), 0);
	assert_null(nkg_query_last_error(f->q));
}

static void test_query_bad_data_named(void **state)
{
	struct fixture *f = *state;
	static const char bad[] = "<http://ex.org/x> <http://ex.org/p> \"open .\n";
	assert_int_equal(nkg_query_load_string(f->q, bad, strlen(bad), "ntriples", NULL), NKG_ERDF);
	assert_non_null(nkg_query_last_error(f->q));
	assert_int_equal(strncmp(nkg_query_last_error(f->q), "line 1: ", 8), 0);
}

static void test_query_missing_file(void **state)
{
	struct fixture *f = *state;
	errno = 0;
	assert_int_equal(nkg_query_load_file(f->q, "/nonexistent/kg.nt", NULL), NKG_EIO);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(nkg_query_load_file(f->q, "/nonexistent/kg.unknown", NULL), NKG_EINVAL);
	errno = 0;
	assert_int_equal(nkg_query_load_file(f->q, "/", "ntriples"), NKG_EIO);
	assert_int_equal(errno, EISDIR);
}

static void test_query_syntax_names(void **state)
{
	(void)state;
	assert_string_equal(nkg_query_syntax_for_path("a/b.ttl"), "turtle");
	assert_string_equal(nkg_query_syntax_for_path("kg.nt"), "ntriples");
	assert_string_equal(nkg_query_syntax_for_path("kg.nq"), "nquads");
	assert_string_equal(nkg_query_syntax_for_path("x.rdf"), "rdfxml");
	assert_null(nkg_query_syntax_for_path("dir.nt/file"));
	assert_null(nkg_query_syntax_for_path("kg."));
	assert_string_equal(nkg_query_syntax_name("ttl"), "turtle");
	assert_null(nkg_query_syntax_name("json"));
	enum nkg_results_format rf = NKG_RESULTS_TABLE;
	assert_int_equal(nkg_results_format_parse("tsv", &rf), 0);
	assert_int_equal(rf, NKG_RESULTS_TSV);
	assert_int_equal(nkg_results_format_parse("xml", &rf), NKG_EINVAL);
	assert_int_equal(rf, NKG_RESULTS_TSV);
}

/* Failing each of our allocations in turn: a clean NKG_ENOMEM, nothing
 * written, nothing leaked (valgrind and ASan watch). */
static void test_query_alloc_failures(void **state)
{
	struct fixture *f = *state;
	static const enum nkg_results_format formats[] = {NKG_RESULTS_TABLE, NKG_RESULTS_CSV,
	                                                  NKG_RESULTS_TSV, NKG_RESULTS_JSON};
	for (size_t k = 0; k < sizeof(formats) / sizeof(formats[0]); k++) {
		unsigned long n;
		for (n = 1; n < 10000; n++) {
			int rc;
			nkg_alloc_fail_after(n, 0);
			rc = run(f,
			         "SELECT * WHERE { ?s <http://schema.org/name> ?n "
			         "OPTIONAL { ?s a ?t } }",
			         formats[k], NULL);
			nkg_alloc_fail_after(0, 0);
			if (rc == 0)
				break;
			assert_int_equal(rc, NKG_ENOMEM);
			assert_string_equal(f->text, "");
		}
		assert_true(n > 5);
		assert_true(n < 10000);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_query_loads_all_triples, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_tsv_rows_sorted, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_csv_quotes_and_crlf, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_json_bindings, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_json_unbound_left_out, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_table_aligned_and_shortened, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_query_order_by_is_kept, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_ask, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_construct_sorted_ntriples, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_query_syntax_error_message, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_bad_data_named, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_query_missing_file, setup, teardown),
	        cmocka_unit_test(test_query_syntax_names),
	        cmocka_unit_test_setup_teardown(test_query_alloc_failures, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
