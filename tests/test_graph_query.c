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

/* ---- rasqal 0.9.33's wrong-row shapes (nkg_query_info.hazard) ------------- */

/* Two things of class A, each with one more class, a ?t and a ?u; two ?k
 * pointing at the extra classes. */
static const char hz_data[] =
        "<http://x/e1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/A> .\n"
        "<http://x/e1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/B> .\n"
        "<http://x/e1> <http://x/t> \"1\" .\n"
        "<http://x/e1> <http://x/u> \"u1\" .\n"
        "<http://x/e2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/A> .\n"
        "<http://x/e2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C> .\n"
        "<http://x/e2> <http://x/t> \"2\" .\n"
        "<http://x/e2> <http://x/u> \"u2\" .\n"
        "<http://x/k1> <http://x/k> <http://x/B> .\n"
        "<http://x/k2> <http://x/k> <http://x/C> .\n";

static int setup_hz(void **state)
{
	struct fixture *f = *state;
	if (nkg_query_reset(f->q) != 0)
		return -1;
	return nkg_query_load_string(f->q, hz_data, strlen(hz_data), "ntriples", NULL);
}

#define X "PREFIX : <http://x/> "
/* The correlated OPTIONAL on ?e, exact with rasqal 0.9.33. */
#define T_OF_E "OPTIONAL { ?e2 :t ?t FILTER(sameTerm(?e2, ?e)) }"
/* Its rows on hz_data after ?e a :A ; a ?c. */
#define ROWS_ECT                                                                                   \
	"?e\t?c\t?t\n"                                                                             \
	"<http://x/e1>\t<http://x/A>\t\"1\"\n"                                                     \
	"<http://x/e1>\t<http://x/B>\t\"1\"\n"                                                     \
	"<http://x/e2>\t<http://x/A>\t\"2\"\n"                                                     \
	"<http://x/e2>\t<http://x/C>\t\"2\"\n"

static const struct hazard_case {
	const char *query;
	const char *hazard;      /* nkg_query_info.hazard */
	const char *expr_hazard; /* nkg_query_info.expr_hazard */
} hazard_cases[] = {
        /* the basic shape: ?e bound by the first triple, ?c by the second */
        {X "SELECT * WHERE { ?e a :A ; a ?c . OPTIONAL { ?e :t ?t } }", "?e", ""},
        /* the reordered safe shape */
        {X "SELECT * WHERE { ?e a ?c . ?e a :A . OPTIONAL { ?e :t ?t } }", "", ""},
        /* the correlated form */
        {X "SELECT * WHERE { ?e a :A ; a ?c . " T_OF_E " }", "", ""},
        /* several OPTIONALs: every early variable a later one uses, once */
        {X "SELECT * WHERE { ?e a :A ; a ?c ; :u ?u . OPTIONAL { ?e :t ?t } "
           "OPTIONAL { ?k :k ?c } OPTIONAL { ?e :u ?u2 } }",
         "?e, ?c", ""},
        /* ?u, bound by the last triple that binds, is safe */
        {X "SELECT * WHERE { ?e a :A ; :u ?u . OPTIONAL { ?x :u ?u } }", "", ""},
        /* OPTIONAL inside OPTIONAL */
        {X "SELECT * WHERE { ?e a :A . OPTIONAL { ?e :t ?t ; :u ?u . "
           "OPTIONAL { ?e :u ?u2 } } }",
         "?e", ""},
        /* UNION then OPTIONAL */
        {X "SELECT * WHERE { { ?e a :A ; a ?c } UNION { ?e :u ?c } OPTIONAL { ?e :t ?t } }", "?e",
         ""},
        /* FILTER before and after: a FILTER binds nothing */
        {X "SELECT * WHERE { ?e a :A ; a ?c . FILTER(?c != :B) OPTIONAL { ?e :t ?t } }", "?e", ""},
        {X "SELECT * WHERE { ?e a :A ; a ?c . OPTIONAL { ?e :t ?t } FILTER(bound(?t)) }", "?e", ""},
        {X "SELECT * WHERE { ?e a :A ; a ?c . FILTER(?e != :e3) }", "", ""},
        /* BIND between the patterns */
        {X "SELECT * WHERE { ?e a :A ; a ?c . BIND(STR(?c) AS ?n) OPTIONAL { ?e :t ?t } }", "?e",
         ""},
        /* a later required pattern is a later part too */
        {X "SELECT * WHERE { ?e a :A ; a ?c . OPTIONAL { ?e :t ?t } ?e :u ?u }", "?e", ""},
        /* sub-SELECTs before an OPTIONAL: unsorted, sorted, DISTINCT, LIMIT */
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a :A ; a ?c } } "
           "OPTIONAL { ?e :t ?t } }",
         "?e", ""},
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a :A ; a ?c } ORDER BY ?e ?c } "
           "OPTIONAL { ?e :t ?t } }",
         "?e", ""},
        {X "SELECT * WHERE { { SELECT DISTINCT ?e ?c WHERE { ?e a :A ; a ?c } } "
           "OPTIONAL { ?e :t ?t } }",
         "?e", ""},
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a :A ; a ?c } LIMIT 3 } "
           "OPTIONAL { ?e :t ?t } }",
         "?e", ""},
        /* the correlated OPTIONAL after a sub-SELECT reads ?e in its FILTER:
         * wrong after a sorted one, right after one without ORDER BY (the
         * query's own ORDER BY does not count) */
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a :A ; a ?c } ORDER BY ?e } " T_OF_E " }",
         "", "?e"},
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a :A ; a ?c } } " T_OF_E " } "
           "ORDER BY ?e",
         "", ""},
        /* a sub-SELECT after the first part, sharing ?e: sorted, and not */
        {X "SELECT * WHERE { ?e :u ?u . { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?e } }", "?e",
         ""},
        {X "SELECT * WHERE { ?e :u ?u . { SELECT ?e ?c WHERE { ?e a ?c } } }", "", ""},
        {X "SELECT * WHERE { ?e :u ?u . OPTIONAL { SELECT ?e ?c WHERE { ?e a ?c } "
           "order\nby ?e } }",
         "?e", ""},
        /* the first part being a sub-SELECT that shares ?e is safe */
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?e } ?e :u ?u }", "", ""},
        /* BIND after a sub-SELECT: reading its variable, and not */
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?e } "
           "BIND(STR(?c) AS ?x) }",
         "", "?c"},
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?e } BIND(1 AS ?x) }", "",
         ""},
        /* a FILTER of a sub-SELECT's group, before or after it; one that reads
         * none of its variables names them all */
        {X "SELECT * WHERE { FILTER(?c != :B) { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?c } }", "",
         "?c"},
        {X "SELECT * WHERE { { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?c } FILTER(true) }", "",
         "?e, ?c"},
        /* inside the sub-SELECT, the expression is safe */
        {X "SELECT * WHERE { { SELECT ?e ?c ?x WHERE { ?e a ?c BIND(STR(?c) AS ?x) } "
           "ORDER BY ?e } }",
         "", ""},
};

/* The table's checks, without running the queries (a DISTINCT sub-SELECT
 * leaks inside rasqal 0.9.33); test_hazard_runs_match_check runs the others. */
static void test_hazard_table(void **state)
{
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof(hazard_cases) / sizeof(hazard_cases[0]); i++) {
		struct nkg_query_info info;
		memset(&info, 0x55, sizeof(info));
		if (nkg_query_check(f->q, hazard_cases[i].query, &info) != 0)
			fail_msg("case %zu does not parse: %s", i, hazard_cases[i].query);
		if (strcmp(info.hazard, hazard_cases[i].hazard) ||
		    strcmp(info.expr_hazard, hazard_cases[i].expr_hazard))
			fail_msg("case %zu: hazard '%s' expr '%s', expected '%s' '%s': %s", i,
			         info.hazard, info.expr_hazard, hazard_cases[i].hazard,
			         hazard_cases[i].expr_hazard, hazard_cases[i].query);
	}
}

/* nkg_query_run reports what nkg_query_check does. */
static void test_hazard_runs_match_check(void **state)
{
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof(hazard_cases) / sizeof(hazard_cases[0]); i++) {
		struct nkg_query_info info;
		if (strstr(hazard_cases[i].query, "DISTINCT"))
			continue;
		memset(&info, 0x55, sizeof(info));
		if (run(f, hazard_cases[i].query, NKG_RESULTS_TSV, &info) != 0)
			fail_msg("case %zu does not run: %s", i, hazard_cases[i].query);
		assert_string_equal(info.hazard, hazard_cases[i].hazard);
		assert_string_equal(info.expr_hazard, hazard_cases[i].expr_hazard);
	}
}

/* Each hazard shape's rewrite: no warning and its exact rows (the same as
 * Oxigraph's). */
static const struct rewrite_case {
	const char *query;
	const char *rows;
} rewrite_cases[] = {
        /* the basic shape, correlated and reordered */
        {X "SELECT ?e ?c ?t WHERE { ?e a :A ; a ?c . " T_OF_E " }", ROWS_ECT},
        {X "SELECT ?e ?c ?t WHERE { ?e a ?c . ?e a :A . OPTIONAL { ?e :t ?t } }", ROWS_ECT},
        /* several OPTIONALs */
        {X "SELECT ?e ?c ?t ?k WHERE { ?e a :A ; a ?c ; :u ?u . " T_OF_E
           " OPTIONAL { ?k :k ?c2 FILTER(sameTerm(?c2, ?c)) } }",
         "?e\t?c\t?t\t?k\n"
         "<http://x/e1>\t<http://x/A>\t\"1\"\t\n"
         "<http://x/e1>\t<http://x/B>\t\"1\"\t<http://x/k1>\n"
         "<http://x/e2>\t<http://x/A>\t\"2\"\t\n"
         "<http://x/e2>\t<http://x/C>\t\"2\"\t<http://x/k2>\n"},
        /* OPTIONAL inside OPTIONAL */
        {X "SELECT ?e ?t ?u2 WHERE { ?e a :A . OPTIONAL { ?e :t ?t ; :u ?u . "
           "OPTIONAL { ?e2 :u ?u2 FILTER(sameTerm(?e2, ?e)) } } }",
         "?e\t?t\t?u2\n"
         "<http://x/e1>\t\"1\"\t\"u1\"\n"
         "<http://x/e2>\t\"2\"\t\"u2\"\n"},
        /* UNION then OPTIONAL */
        {X "SELECT ?e ?c ?t WHERE { { ?e a :A ; a ?c } UNION { ?e :u ?c } " T_OF_E " }",
         "?e\t?c\t?t\n"
         "<http://x/e1>\t\"u1\"\t\"1\"\n"
         "<http://x/e1>\t<http://x/A>\t\"1\"\n"
         "<http://x/e1>\t<http://x/B>\t\"1\"\n"
         "<http://x/e2>\t\"u2\"\t\"2\"\n"
         "<http://x/e2>\t<http://x/A>\t\"2\"\n"
         "<http://x/e2>\t<http://x/C>\t\"2\"\n"},
        /* FILTER, BIND */
        {X "SELECT ?e ?c ?t WHERE { ?e a :A ; a ?c . FILTER(?c != :B) " T_OF_E " }",
         "?e\t?c\t?t\n"
         "<http://x/e1>\t<http://x/A>\t\"1\"\n"
         "<http://x/e2>\t<http://x/A>\t\"2\"\n"
         "<http://x/e2>\t<http://x/C>\t\"2\"\n"},
        {X "SELECT ?e ?n ?t WHERE { ?e a :A ; a ?c . BIND(STR(?c) AS ?n) " T_OF_E " }",
         "?e\t?n\t?t\n"
         "<http://x/e1>\t\"http://x/A\"\t\"1\"\n"
         "<http://x/e1>\t\"http://x/B\"\t\"1\"\n"
         "<http://x/e2>\t\"http://x/A\"\t\"2\"\n"
         "<http://x/e2>\t\"http://x/C\"\t\"2\"\n"},
        /* sub-SELECTs (no ORDER BY) with the correlated OPTIONAL */
        {X "SELECT ?e ?c ?t WHERE { { SELECT ?e ?c WHERE { ?e a :A ; a ?c } } " T_OF_E " }",
         ROWS_ECT},
        /* (DISTINCT too, not run here: rasqal 0.9.33 leaks its distinct rowsource
         * in a sub-SELECT, which valgrind reports) */
        /* a sub-SELECT after the first part: first, or correlated */
        {X "SELECT ?e ?c ?u WHERE { { SELECT ?e ?c WHERE { ?e a ?c } ORDER BY ?e } ?e :u ?u }",
         "?e\t?c\t?u\n"
         "<http://x/e1>\t<http://x/A>\t\"u1\"\n"
         "<http://x/e1>\t<http://x/B>\t\"u1\"\n"
         "<http://x/e2>\t<http://x/A>\t\"u2\"\n"
         "<http://x/e2>\t<http://x/C>\t\"u2\"\n"},
        /* BIND inside the sub-SELECT */
        {X "SELECT ?e ?x WHERE { { SELECT ?e ?x WHERE { ?e a ?c BIND(STR(?c) AS ?x) } "
           "ORDER BY ?e ?x } }",
         "?e\t?x\n"
         "<http://x/e1>\t\"http://x/A\"\n"
         "<http://x/e1>\t\"http://x/B\"\n"
         "<http://x/e2>\t\"http://x/A\"\n"
         "<http://x/e2>\t\"http://x/C\"\n"},
};

static void test_hazard_rewrites_exact(void **state)
{
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof(rewrite_cases) / sizeof(rewrite_cases[0]); i++) {
		struct nkg_query_info info;
		if (run(f, rewrite_cases[i].query, NKG_RESULTS_TSV, &info) != 0)
			fail_msg("rewrite %zu does not run: %s", i, rewrite_cases[i].query);
		assert_string_equal(info.hazard, "");
		assert_string_equal(info.expr_hazard, "");
		if (strcmp(f->text, rewrite_cases[i].rows))
			fail_msg("rewrite %zu: rows\n%s\nexpected\n%s", i, f->text,
			         rewrite_cases[i].rows);
	}
}

/* The basic shape's rows really are wrong (so the table above tests a live
 * bug: when rasqal is fixed, this fails and the warning can go). */
static void test_hazard_basic_shape_is_wrong(void **state)
{
	struct fixture *f = *state;
	struct nkg_query_info info;

	assert_int_equal(run(f,
	                     X "SELECT ?e ?c ?t WHERE { ?e a :A ; a ?c . OPTIONAL { ?e :t ?t } }",
	                     NKG_RESULTS_TSV, &info),
	                 0);
	assert_string_equal(info.hazard, "?e");
	assert_string_not_equal(f->text, ROWS_ECT);
}

/* A chain ?v0 :p ?v1 . ... ?v69 :p ?v70 (early: ?v0 .. ?v69) and an
 * OPTIONAL over ?v[first] .. ?v[last]: past 64 variables the check still
 * sees them all, and a long list ends with ", ...". */
static char *chain_query(int first, int last)
{
	char *q = malloc(8192);
	int n;

	assert_non_null(q);
	n = snprintf(q, 8192, "SELECT * WHERE { ");
	for (int i = 0; i < 70; i++)
		n += snprintf(q + n, 8192 - (size_t)n, "?v%d <http://x/p> ?v%d . ", i, i + 1);
	n += snprintf(q + n, 8192 - (size_t)n, "OPTIONAL { ");
	for (int i = first; i <= last; i++)
		n += snprintf(q + n, 8192 - (size_t)n, "?v%d <http://x/q> ?z%d . ", i, i);
	snprintf(q + n, 8192 - (size_t)n, "} }");
	return q;
}

static void test_hazard_many_variables(void **state)
{
	struct fixture *f = *state;
	struct nkg_query_info info;
	char *q = chain_query(68, 68);

	assert_int_equal(run(f, q, NKG_RESULTS_TSV, &info), 0);
	assert_string_equal(info.hazard, "?v68");
	free(q);
	q = chain_query(0, 40);
	assert_int_equal(run(f, q, NKG_RESULTS_TSV, &info), 0);
	assert_string_equal(info.hazard, "?v0, ?v1, ?v2, ?v3, ?v4, ?v5, ?v6, ?v7, ?v8, ?v9, ?v10, "
	                                 "?v11, ?v12, ?v13, ?v14, ?v15, ?v16, ?v17, ?v18, ?v19, "
	                                 "?v20, ?v21, ...");
	free(q);
	/* one name longer than the field */
	char name[131];
	memset(name, 'n', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	q = malloc(512);
	assert_non_null(q);
	snprintf(q, 512,
	         "SELECT * WHERE { ?%s <http://x/p> ?c ; <http://x/q> ?d . "
	         "OPTIONAL { ?%s <http://x/t> ?t } }",
	         name, name);
	assert_int_equal(nkg_query_check(f->q, q, &info), 0);
	assert_string_equal(info.hazard, "...");
	free(q);
}

/* VALUES (rasqal 0.9.33 crashes or returns nonsense) and MINUS (it cannot
 * run it) are refused before they run. */
static void test_hazard_values_and_minus_refused(void **state)
{
	struct fixture *f = *state;
	static const char *const values[] = {
	        X "SELECT * WHERE { ?e a :A ; a ?c . VALUES ?e { :e1 :e2 } }",
	        X "SELECT * WHERE { ?e a ?c } VALUES ?e { :e1 :e2 }",
	        X "SELECT * WHERE { VALUES ?e { :e1 :e2 } ?e a ?c }",
	        X "SELECT * WHERE { ?e a ?c OPTIONAL { VALUES ?t { \"1\" } ?e :t ?t } }",
	};

	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		assert_int_equal(run(f, values[i], NKG_RESULTS_TSV, NULL), NKG_EINVAL);
		assert_string_equal(nkg_query_last_error(f->q),
		                    "VALUES is not supported: rasqal 0.9.33 crashes or returns "
		                    "wrong rows on it");
		assert_string_equal(f->text, "");
	}
	assert_int_equal(
	        run(f, X "SELECT * WHERE { ?e a ?c MINUS { ?e :t \"1\" } }", NKG_RESULTS_TSV, NULL),
	        NKG_EINVAL);
	assert_string_equal(nkg_query_last_error(f->q),
	                    "MINUS is not supported: rasqal 0.9.33 cannot run it");
	assert_string_equal(f->text, "");
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
	        cmocka_unit_test_setup_teardown(test_hazard_table, setup_hz, teardown),
	        cmocka_unit_test_setup_teardown(test_hazard_runs_match_check, setup_hz, teardown),
	        cmocka_unit_test_setup_teardown(test_hazard_rewrites_exact, setup_hz, teardown),
	        cmocka_unit_test_setup_teardown(test_hazard_basic_shape_is_wrong, setup_hz,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_hazard_many_variables, setup_hz, teardown),
	        cmocka_unit_test_setup_teardown(test_hazard_values_and_minus_refused, setup_hz,
	                                        teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
