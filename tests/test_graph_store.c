/* test_graph_store.c - persistent stores: replace, remove, recovery, dumps.
 *
 * Every test runs on SQLite (a fresh file in a temporary folder) and, when
 * NEWSKG_TEST_PG names a server (tools/pg-test-server.sh), on PostgreSQL
 * with a model of its own.  Without a server the PostgreSQL runs are
 * skipped with a message, except under CI=true where that is a failure. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <redland.h>

#include "core/err.h"
#include "extract/extract.h"
#include "graph/store.h"

#define BOOK "<" NKG_STORE_BOOK_GRAPH ">"
#define MARK(doc)                                                                                  \
	"<" doc "> <" NKG_STORE_MARKER                                                             \
	"> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> " BOOK " .\n"

/* LeakSanitizer (ASan builds): loading librdf's postgresql module leaks in
 * raptor_concepts_init and rasqal_xsd_init, which no caller can free
 * (tests/valgrind.supp, tests/lsan.supp); matching them by name needs the
 * slow unwinder, whose frames reach into the Debian libraries. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:raptor_concepts_init\nleak:rasqal_xsd_init\n";
}
const char *__lsan_default_options(void)
{
	return "fast_unwind_on_malloc=0:print_suppressions=0";
}

static char tmpdir[] = "/tmp/nkg-store-test-XXXXXX";
static int counter;
/* One world for every store: librdf loads its storage modules only into the
 * first world alive in a process. */
static librdf_world *world;

/* A new store SPEC for one test (static buffer). */
static const char *fresh_spec(bool pg)
{
	static char spec[1024];
	counter++;
	if (pg)
		snprintf(spec, sizeof(spec), "postgresql:%s,name=unit%ld_%d",
		         getenv("NEWSKG_TEST_PG"), (long)getpid(), counter);
	else
		snprintf(spec, sizeof(spec), "sqlite:%s/s%d.db", tmpdir, counter);
	return spec;
}

static bool pg_wanted(void)
{
	return getenv("NEWSKG_TEST_PG") && *getenv("NEWSKG_TEST_PG");
}

static struct nkg_store *open_ok(const char *spec, enum nkg_store_mode mode)
{
	struct nkg_store_options o = {mode, NULL, "newskg 9.9.9-test", world};
	struct nkg_store *st = NULL;
	int rc = nkg_store_open(spec, &o, &st);
	if (rc)
		fprintf(stderr, "open %s: %s\n", spec, nkg_store_error(st));
	assert_int_equal(rc, 0);
	assert_non_null(st);
	return st;
}

/* The store's dump (malloc'd). */
static char *dump(struct nkg_store *st)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	assert_non_null(f);
	assert_int_equal(nkg_store_dump(st, f), 0);
	fclose(f);
	return text;
}

static void expect_dump(struct nkg_store *st, const char *want)
{
	char *got = dump(st);
	assert_string_equal(got, want);
	free(got);
}

static void put(struct nkg_store *st, const char *doc, const char *nt, size_t want_n)
{
	size_t n = 0;
	int rc = nkg_store_put_ntriples(st, doc, nt, strlen(nt), &n);
	if (rc)
		fprintf(stderr, "put %s: %s\n", doc, nkg_store_error(st));
	assert_int_equal(rc, 0);
	assert_int_equal(n, want_n);
}

/* Article IRIs sort after the subjects, so markers come last in dumps. */
#define A "http://ex.org/~doc/a"
#define B "http://ex.org/~doc/b"

static const char nt_a1[] = "<http://ex.org/x> <http://ex.org/p> \"one\"@en .\n"
                            "<http://ex.org/x> <http://ex.org/q> <http://ex.org/y> .\n";
static const char nt_a2[] = "<http://ex.org/x> <http://ex.org/p> \"two\" .\n"
                            "<http://ex.org/z> <http://ex.org/n> "
                            "\"2020-01-24\"^^<http://www.w3.org/2001/XMLSchema#date> .\n";
static const char nt_b[] = "<http://ex.org/x> <http://ex.org/q> <http://ex.org/y> .\n";

/* ---- behaviours, each run on one kind of store ------------------------------------------ */

static void idempotent(bool pg)
{
	const char *spec = fresh_spec(pg);
	struct nkg_store *st = open_ok(spec, NKG_STORE_WRITE);
	static const char want[] =
	        "<http://ex.org/x> <http://ex.org/p> \"one\"@en <" A "> .\n"
	        "<http://ex.org/x> <http://ex.org/q> <http://ex.org/y> <" A "> .\n" MARK(A);
	put(st, A, nt_a1, 2);
	expect_dump(st, want);
	put(st, A, nt_a1, 2);
	expect_dump(st, want);
	nkg_store_free(st);
	/* Reopened: the same content, nothing recovered. */
	st = open_ok(spec, NKG_STORE_WRITE);
	assert_int_equal(nkg_store_recovered(st), 0);
	expect_dump(st, want);
	nkg_store_free(st);
}

static void replace(bool pg)
{
	struct nkg_store *st = open_ok(fresh_spec(pg), NKG_STORE_WRITE);
	put(st, A, nt_a1, 2);
	put(st, A, nt_a2, 2);
	expect_dump(st,
	            "<http://ex.org/x> <http://ex.org/p> \"two\" <" A "> .\n"
	            "<http://ex.org/z> <http://ex.org/n> "
	            "\"2020-01-24\"^^<http://www.w3.org/2001/XMLSchema#date> <" A "> .\n" MARK(A));
	nkg_store_free(st);
}

/* A triple in two graphs is two quads: removing one article keeps the other's. */
static void remove_one(bool pg)
{
	struct nkg_store *st = open_ok(fresh_spec(pg), NKG_STORE_WRITE);
	bool found = false;
	put(st, A, nt_a1, 2);
	put(st, B, nt_b, 1);
	assert_int_equal(nkg_store_remove(st, A, &found), 0);
	assert_true(found);
	expect_dump(st,
	            "<http://ex.org/x> <http://ex.org/q> <http://ex.org/y> <" B "> .\n" MARK(B));
	found = true;
	assert_int_equal(nkg_store_remove(st, A, &found), 0);
	assert_false(found);
	assert_int_equal(nkg_store_remove(st, B, &found), 0);
	assert_true(found);
	expect_dump(st, "");
	nkg_store_free(st);
}

static int collect(const char *iri, void *ctx)
{
	char *buf = ctx;
	strcat(buf, iri);
	strcat(buf, "\n");
	return 0;
}

static int stop_at_first(const char *iri, void *ctx)
{
	(void)iri;
	(void)ctx;
	return 7;
}

static void each_doc(bool pg)
{
	struct nkg_store *st = open_ok(fresh_spec(pg), NKG_STORE_WRITE);
	char buf[256] = "";
	put(st, B, nt_b, 1);
	put(st, A, nt_a1, 2);
	assert_int_equal(nkg_store_each_doc(st, collect, buf), 0);
	assert_string_equal(buf, A "\n" B "\n");
	assert_int_equal(nkg_store_each_doc(st, stop_at_first, NULL), 7);
	nkg_store_free(st);
}

/* What a crash between the first add and the marker leaves: a graph
 * without a marker.  A reader sees it as it is; a writer removes it. */
static void recovery(bool pg)
{
	const char *spec = fresh_spec(pg);
	char keep[1024];
	struct nkg_store *st = open_ok(spec, NKG_STORE_WRITE);
	snprintf(keep, sizeof(keep), "%s", spec);
	put(st, A, nt_a1, 2);
	librdf_world *w = nkg_store_world(st);
	librdf_model *m = nkg_store_model(st);
	librdf_node *ctx = librdf_new_node_from_uri_string(w, (const unsigned char *)B);
	librdf_statement *x = librdf_new_statement_from_nodes(
	        w, librdf_new_node_from_uri_string(w, (const unsigned char *)"http://ex.org/half"),
	        librdf_new_node_from_uri_string(w, (const unsigned char *)"http://ex.org/p"),
	        librdf_new_node_from_literal(w, (const unsigned char *)"partial", NULL, 0));
	assert_int_equal(librdf_model_context_add_statement(m, ctx, x), 0);
	librdf_free_statement(x);
	librdf_free_node(ctx);
	nkg_store_free(st);

	static const char full[] =
	        "<http://ex.org/half> <http://ex.org/p> \"partial\" <" B "> .\n"
	        "<http://ex.org/x> <http://ex.org/p> \"one\"@en <" A "> .\n"
	        "<http://ex.org/x> <http://ex.org/q> <http://ex.org/y> <" A "> .\n" MARK(A);
	st = open_ok(keep, NKG_STORE_READ);
	assert_int_equal(nkg_store_recovered(st), 0);
	expect_dump(st, full);
	nkg_store_free(st);

	st = open_ok(keep, NKG_STORE_WRITE);
	assert_int_equal(nkg_store_recovered(st), 1);
	expect_dump(st, full + strlen("<http://ex.org/half> <http://ex.org/p> \"partial\" <" B
	                              "> .\n"));
	nkg_store_free(st);
}

static void blank_rejected(bool pg)
{
	struct nkg_store *st = open_ok(fresh_spec(pg), NKG_STORE_WRITE);
	static const char bad[] = "_:b1 <http://ex.org/p> \"x\" .\n";
	put(st, A, nt_a1, 2);
	assert_int_equal(nkg_store_put_ntriples(st, A, bad, strlen(bad), NULL), NKG_EINVAL);
	assert_string_equal(nkg_store_error(st), "the graph of <" A "> holds a blank node");
	/* The article is as it was. */
	expect_dump(st,
	            "<http://ex.org/x> <http://ex.org/p> \"one\"@en <" A "> .\n"
	            "<http://ex.org/x> <http://ex.org/q> <http://ex.org/y> <" A "> .\n" MARK(A));
	nkg_store_free(st);
}

/* An extracted article: the store holds exactly what -f nquads writes. */
static void article(bool pg)
{
	static const char text[] = "Protesters rallied in Baghdad on Friday, police said.\n";
	struct nkg_store *st = open_ok(fresh_spec(pg), NKG_STORE_WRITE);
	struct nkg_doc doc;
	size_t n1 = 0, n2 = 0;
	char *once, *twice;

	nkg_doc_init(&doc, text, strlen(text));
	doc.id = nkg_str_from_cstr("store-test-1");
	doc.date = nkg_str_from_cstr("2020-01-24");
	doc.date_origin = NKG_DATE_OPTION;
	assert_int_equal(nkg_extract(&doc), 0);
	assert_int_equal(nkg_store_add_doc(st, &doc, &n1), 0);
	once = dump(st);
	assert_int_equal(nkg_store_add_doc(st, &doc, &n2), 0);
	twice = dump(st);
	assert_int_equal(n1, n2);
	assert_string_equal(once, twice);

	/* The same document through the N-Quads writer, sorted, plus the marker. */
	char *nq = NULL;
	size_t len = 0, lines = 0;
	FILE *f = open_memstream(&nq, &len);
	struct nkg_graph_options go = {NKG_FORMAT_NQUADS, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	assert_int_equal(nkg_writer_new(&go, f, &w), 0);
	assert_int_equal(nkg_writer_add(w, &doc, NULL), 0);
	assert_int_equal(nkg_writer_finish(w), 0);
	nkg_writer_free(w);
	fclose(f);
	for (size_t k = 0; k < len; k++)
		lines += nq[k] == '\n';
	assert_int_equal(lines, n1);
	/* Every written quad is in the dump, and the dump has one line more. */
	size_t dump_lines = 0;
	for (const char *p = once; *p; p++)
		dump_lines += *p == '\n';
	assert_int_equal(dump_lines, n1 + 1);
	for (char *line = strtok(nq, "\n"); line; line = strtok(NULL, "\n"))
		assert_non_null(strstr(once, line));
	assert_non_null(strstr(once, MARK("https://w3id.org/newskg/id/doc/store-test-1")));
	free(nq);
	free(once);
	free(twice);
	nkg_doc_release(&doc);
	nkg_store_free(st);
}

/* ---- SQLite ------------------------------------------------------------------------------ */

static void test_store_sqlite_idempotent(void **state)
{
	(void)state;
	idempotent(false);
}
static void test_store_sqlite_replace(void **state)
{
	(void)state;
	replace(false);
}
static void test_store_sqlite_remove(void **state)
{
	(void)state;
	remove_one(false);
}
static void test_store_sqlite_each_doc(void **state)
{
	(void)state;
	each_doc(false);
}
static void test_store_sqlite_recovery(void **state)
{
	(void)state;
	recovery(false);
}
static void test_store_sqlite_blank_rejected(void **state)
{
	(void)state;
	blank_rejected(false);
}
static void test_store_sqlite_article(void **state)
{
	(void)state;
	article(false);
}

/* ---- PostgreSQL ---------------------------------------------------------------------------- */

static void need_pg(void)
{
	if (pg_wanted())
		return;
	if (getenv("CI") && !strcmp(getenv("CI"), "true"))
		fail_msg("CI=true but NEWSKG_TEST_PG is not set: no PostgreSQL server to test");
	fprintf(stderr, "skipped: NEWSKG_TEST_PG is not set (sh tools/pg-test-server.sh start "
	                "DIR prints a value for it)\n");
	skip();
}

static void test_store_pg_idempotent(void **state)
{
	(void)state;
	need_pg();
	idempotent(true);
}
static void test_store_pg_replace(void **state)
{
	(void)state;
	need_pg();
	replace(true);
}
static void test_store_pg_remove(void **state)
{
	(void)state;
	need_pg();
	remove_one(true);
}
static void test_store_pg_recovery(void **state)
{
	(void)state;
	need_pg();
	recovery(true);
}
static void test_store_pg_article(void **state)
{
	(void)state;
	need_pg();
	article(true);
}

/* Two writers on one PostgreSQL store: the second is refused. */
static void test_store_pg_one_writer(void **state)
{
	(void)state;
	need_pg();
	const char *spec = fresh_spec(true);
	char keep[1024], want[1200];
	struct nkg_store *first = open_ok(spec, NKG_STORE_WRITE), *second = NULL;
	snprintf(keep, sizeof(keep), "%s", spec);
	struct nkg_store_options o = {NKG_STORE_WRITE, NULL, NULL, world};
	assert_int_equal(nkg_store_open(keep, &o, &second), NKG_ERDF);
	assert_non_null(second);
	const char *name = strstr(keep, ",name=") + 6;
	snprintf(want, sizeof(want), "is in use by another writer");
	assert_non_null(strstr(nkg_store_error(second), want));
	assert_non_null(strstr(nkg_store_error(second), name));
	/* No password in messages. */
	assert_null(strstr(nkg_store_error(second), "password"));
	nkg_store_free(second);
	/* A reader may open it. */
	second = open_ok(keep, NKG_STORE_READ);
	nkg_store_free(second);
	nkg_store_free(first);
	second = open_ok(keep, NKG_STORE_WRITE);
	nkg_store_free(second);
}

/* ---- specs and opening ------------------------------------------------------------------------
 */

static void spec_fails(const char *spec, const char *why)
{
	char got[256];
	assert_int_equal(nkg_store_spec_check(spec, got, sizeof(got)), NKG_EINVAL);
	assert_string_equal(got, why);
}

static void test_store_spec_check(void **state)
{
	char why[256];
	(void)state;
	assert_int_equal(nkg_store_spec_check("sqlite:kg.db", why, sizeof(why)), 0);
	assert_int_equal(nkg_store_spec_check("postgresql:host=h,port=1,database=d,user=u,"
	                                      "password=p,name=m",
	                                      why, sizeof(why)),
	                 0);
	spec_fails("", "empty store specification");
	spec_fails("sqlite:", "'sqlite:': no file name after 'sqlite:'");
	spec_fails("mysql:x", "'mysql': unknown kind of store (expected sqlite:PATH or "
	                      "postgresql:host=...,database=...,user=...,password=...)");
	spec_fails("postgresql:host=h,port=1,database=d,user=u",
	           "the PostgreSQL store needs 'password=' (host, port, database, user, password)");
	spec_fails("postgresql:host=h,port=1,database=d,user=u,password=",
	           "the PostgreSQL store needs a password (librdf's storage refuses to start "
	           "without one)");
	spec_fails("postgresql:host=h,port=1,database=d,user=u,password=a'b",
	           "the PostgreSQL store setting 'password' contains a quote or a backslash");
	spec_fails("postgresql:host=h,dbname=d", "unknown PostgreSQL store setting 'dbname' "
	                                         "(expected host, port, database, user, password, "
	                                         "name)");
	spec_fails("postgresql:host", "'host' in the PostgreSQL store is not KEY=VALUE");
}

static void test_store_open_read_missing(void **state)
{
	struct nkg_store_options o = {NKG_STORE_READ, NULL, NULL, world};
	struct nkg_store *st = NULL;
	char spec[600], want[700];
	(void)state;
	snprintf(spec, sizeof(spec), "sqlite:%s/missing.db", tmpdir);
	assert_int_equal(nkg_store_open(spec, &o, &st), NKG_ENOTFOUND);
	snprintf(want, sizeof(want), "cannot open '%s/missing.db': No such file or directory",
	         tmpdir);
	assert_string_equal(nkg_store_error(st), want);
	nkg_store_free(st);
	/* Not created by a reader. */
	snprintf(spec, sizeof(spec), "%s/missing.db", tmpdir);
	assert_int_equal(access(spec, F_OK), -1);
}

static void test_store_open_bad_base(void **state)
{
	struct nkg_store_options o = {NKG_STORE_WRITE, "relative/", NULL, world};
	struct nkg_store *st = NULL;
	(void)state;
	assert_int_equal(nkg_store_open(fresh_spec(false), &o, &st), NKG_EINVAL);
	assert_string_equal(nkg_store_error(st), "invalid base IRI 'relative/'");
	nkg_store_free(st);
}

static int setup(void **state)
{
	(void)state;
	if (!(world = librdf_new_world()))
		return -1;
	librdf_world_open(world);
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[600];
	(void)state;
	librdf_free_world(world);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_store_spec_check),
	        cmocka_unit_test(test_store_open_read_missing),
	        cmocka_unit_test(test_store_open_bad_base),
	        cmocka_unit_test(test_store_sqlite_idempotent),
	        cmocka_unit_test(test_store_sqlite_replace),
	        cmocka_unit_test(test_store_sqlite_remove),
	        cmocka_unit_test(test_store_sqlite_each_doc),
	        cmocka_unit_test(test_store_sqlite_recovery),
	        cmocka_unit_test(test_store_sqlite_blank_rejected),
	        cmocka_unit_test(test_store_sqlite_article),
	        cmocka_unit_test(test_store_pg_idempotent),
	        cmocka_unit_test(test_store_pg_replace),
	        cmocka_unit_test(test_store_pg_remove),
	        cmocka_unit_test(test_store_pg_recovery),
	        cmocka_unit_test(test_store_pg_article),
	        cmocka_unit_test(test_store_pg_one_writer),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
