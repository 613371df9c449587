/* test_graph_writer_output.c - nkg_writer_set_output: one writer, one FILE per
 * document (what extract -j does on each worker thread). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../extract/doc.h"
#include "../extract/extract.h"
#include "../graph/graph.h"

static const char text[] = "BAGHDAD (Reuters) - Prime Minister Adel Abdul Mahdi spoke in "
                           "Baghdad on Friday.\n";

/* Serializes the document with w into a fresh memory FILE; returns the bytes
 * (free()) and their length in *len. */
static char *write_to_memory(struct nkg_writer *w, const struct nkg_doc *doc, size_t *len)
{
	char *p = NULL;
	size_t n = 0, triples = 0;
	FILE *f = open_memstream(&p, &n);
	assert_non_null(f);
	nkg_writer_set_output(w, f);
	assert_int_equal(nkg_writer_add(w, doc, &triples), 0);
	assert_true(triples > 0);
	nkg_writer_set_output(w, NULL);
	assert_int_equal(fclose(f), 0);
	*len = n;
	return p;
}

static void check_format(enum nkg_format format)
{
	struct nkg_graph_options opt = {.format = format, .tool_version = "newskg 0.1.0"};
	struct nkg_writer *w = NULL;
	struct nkg_doc doc;
	char *a, *b, *c = NULL;
	size_t na, nb, nc = 0;

	nkg_doc_init(&doc, text, sizeof(text) - 1);
	doc.date = NKG_STR_LIT("2020-01-24");
	doc.date_origin = NKG_DATE_OPTION;
	assert_int_equal(nkg_extract(&doc), 0);

	assert_int_equal(nkg_writer_new(&opt, NULL, &w), 0);
	a = write_to_memory(w, &doc, &na);
	b = write_to_memory(w, &doc, &nb);
	/* The same bytes in each FILE: nothing of one document is left pending
	 * for the next FILE, nothing is written only once per writer. */
	assert_true(na > 0);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na);

	/* A writer that writes both to one FILE writes the two chunks. */
	FILE *f = open_memstream(&c, &nc);
	assert_non_null(f);
	nkg_writer_set_output(w, f);
	assert_int_equal(nkg_writer_add(w, &doc, NULL), 0);
	assert_int_equal(nkg_writer_add(w, &doc, NULL), 0);
	assert_int_equal(nkg_writer_finish(w), 0);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(nc, 2 * na);
	assert_memory_equal(c, a, na);
	assert_memory_equal(c + na, a, na);
	if (format == NKG_FORMAT_TURTLE)
		assert_non_null(strstr(b, "@prefix"));
	free(a);
	free(b);
	free(c);
	nkg_writer_free(w);
	nkg_doc_release(&doc);
}

static void test_set_output_turtle_chunks_stand_alone(void **state)
{
	(void)state;
	check_format(NKG_FORMAT_TURTLE);
}

static void test_set_output_ntriples_chunks_stand_alone(void **state)
{
	(void)state;
	check_format(NKG_FORMAT_NTRIPLES);
}

static void test_set_output_nquads_chunks_stand_alone(void **state)
{
	(void)state;
	check_format(NKG_FORMAT_NQUADS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_set_output_turtle_chunks_stand_alone),
	        cmocka_unit_test(test_set_output_ntriples_chunks_stand_alone),
	        cmocka_unit_test(test_set_output_nquads_chunks_stand_alone),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
