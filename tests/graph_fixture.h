/* graph_fixture.h - what the tests of one document's graph share
 * (test_graph_things.c, test_graph_clock_times.c): the document written as
 * N-Triples, and the number of violations of ontology/shapes.ttl in an
 * N-Triples text.  Include it once, from a test file: its functions are
 * static. */
#ifndef NKG_TESTS_GRAPH_FIXTURE_H
#define NKG_TESTS_GRAPH_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/graph.h"
#include "graph/validate.h"

/* d as N-Triples (malloc'd; the caller frees it). */
static char *write_nt(const struct nkg_doc *d)
{
	struct nkg_graph_options opt = {NKG_FORMAT_NTRIPLES, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	char *out = NULL;
	size_t len = 0, n = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	assert_int_equal(nkg_writer_new(&opt, fp, &w), 0);
	assert_int_equal(nkg_writer_add(w, d, &n), 0);
	assert_int_equal(nkg_writer_finish(w), 0);
	nkg_writer_free(w);
	fclose(fp);
	return out;
}

/* How many violations of the default shapes the N-Triples text nt has. */
static size_t shape_violations(const char *nt)
{
	struct nkg_validator *v = NULL;
	struct nkg_violations vs;
	size_t len, n;
	const char *shapes = nkg_validate_default_shapes(&len);
	nkg_violations_init(&vs);
	assert_int_equal(nkg_validator_new(&v), 0);
	assert_int_equal(nkg_validator_load_shapes(v, shapes, len), 0);
	assert_int_equal(nkg_validator_run(v, nt, strlen(nt), "ntriples", &vs), 0);
	n = vs.n;
	nkg_violations_release(&vs);
	nkg_validator_free(v);
	return n;
}

#endif
