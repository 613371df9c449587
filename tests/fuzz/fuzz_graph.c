/* fuzz_graph.c - the whole text -> triples path: any text the CLI would
 * accept goes through nkg_extract() and nkg_writer_add() as N-Triples into
 * memory, and the bytes written must parse, in process, with raptor's strict
 * N-Triples parser without a warning or an error; every IRI must be absolute
 * (a scheme, and nothing resolved against the parser's base), every literal
 * valid UTF-8, and the number of triples parsed must equal the number the
 * writer reports.  The same input written twice gives the same bytes.
 *
 * Even-length inputs are read with --date 2020-01-24, odd ones without. */
#include <string.h>

#include <raptor2.h>

#include "../../core/err.h"
#include "../../extract/extract.h"
#include "../../graph/graph.h"
#include "check_doc.h"

#define PARSE_BASE "http://parse-base.invalid/"

static struct nkg_writer *writer;
static FILE *mem;
static char *mem_buf;
static size_t mem_len;
static raptor_world *rworld;

struct parse_state {
	size_t n_triples;
	int problems;
};

static void on_log(void *user_data, raptor_log_message *message)
{
	struct parse_state *st = user_data;
	fprintf(stderr, "raptor: %s\n", message->text);
	st->problems++;
}

static int scheme_ok(const unsigned char *s)
{
	size_t k = 0;
	if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
		return 0;
	while (s[k] && s[k] != ':') {
		unsigned char c = s[k];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '+' || c == '-' || c == '.'))
			return 0;
		k++;
	}
	return s[k] == ':' && strncmp((const char *)s, PARSE_BASE, strlen(PARSE_BASE)) != 0;
}

static void check_term(const raptor_term *t)
{
	FUZZ_CHECK(t != NULL);
	if (t->type == RAPTOR_TERM_TYPE_URI) {
		FUZZ_CHECK(scheme_ok(raptor_uri_as_string(t->value.uri)));
	} else if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
		const char *s = (const char *)t->value.literal.string;
		FUZZ_CHECK(nkg_utf8_validate(s, t->value.literal.string_len, NULL) == 0);
		if (t->value.literal.datatype)
			FUZZ_CHECK(scheme_ok(raptor_uri_as_string(t->value.literal.datatype)));
	} else {
		FUZZ_CHECK(!"a blank node in the output");
	}
}

static void on_triple(void *user_data, raptor_statement *st)
{
	struct parse_state *ps = user_data;
	check_term(st->subject);
	check_term(st->predicate);
	check_term(st->object);
	FUZZ_CHECK(st->subject->type == RAPTOR_TERM_TYPE_URI);
	FUZZ_CHECK(st->predicate->type == RAPTOR_TERM_TYPE_URI);
	ps->n_triples++;
}

static void parse_ntriples(const char *s, size_t n, size_t expect_triples)
{
	struct parse_state ps = {0, 0};
	raptor_parser *p = raptor_new_parser(rworld, "ntriples");
	raptor_uri *base = raptor_new_uri(rworld, (const unsigned char *)PARSE_BASE);

	FUZZ_CHECK(p != NULL && base != NULL);
	raptor_world_set_log_handler(rworld, &ps, on_log);
	raptor_parser_set_statement_handler(p, &ps, on_triple);
	FUZZ_CHECK(raptor_parser_parse_start(p, base) == 0);
	FUZZ_CHECK(raptor_parser_parse_chunk(p, (const unsigned char *)s, n, 1) == 0);
	FUZZ_CHECK(ps.problems == 0);
	FUZZ_CHECK(ps.n_triples == expect_triples);
	raptor_world_set_log_handler(rworld, NULL, NULL);
	raptor_free_uri(base);
	raptor_free_parser(p);
}

/* Writes doc into the memory stream from its start; returns the length. */
static size_t write_doc(const struct nkg_doc *doc, size_t *n_triples)
{
	FUZZ_CHECK(fseek(mem, 0, SEEK_SET) == 0);
	int rc = nkg_writer_add(writer, doc, n_triples);
	if (rc != 0)
		fprintf(stderr, "nkg_writer_add: %s (%s)\n", nkg_strerror(rc),
		        nkg_writer_last_error(writer) ? nkg_writer_last_error(writer) : "");
	FUZZ_CHECK(rc == 0);
	FUZZ_CHECK(fflush(mem) == 0);
	long end = ftell(mem);
	FUZZ_CHECK(end >= 0 && (size_t)end <= mem_len);
	return (size_t)end;
}

static void setup(void)
{
	struct nkg_graph_options opt = {NKG_FORMAT_NTRIPLES, NULL, "newskg fuzz"};

	if (writer)
		return;
	mem = open_memstream(&mem_buf, &mem_len);
	FUZZ_CHECK(mem != NULL);
	FUZZ_CHECK(nkg_writer_new(&opt, mem, &writer) == 0);
	rworld = raptor_new_world();
	FUZZ_CHECK(rworld != NULL && raptor_world_open(rworld) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nkg_doc doc;
	size_t len = 0, n1 = 0, n2 = 0;
	char *text = fuzz_article_text(data, size, &len);

	if (!text)
		return 0;
	setup();
	nkg_doc_init(&doc, text, len);
	if (size % 2 == 0) {
		doc.date = NKG_STR_LIT("2020-01-24");
		doc.date_origin = NKG_DATE_OPTION;
	}
	FUZZ_CHECK(nkg_extract(&doc) == 0);
	fuzz_check_doc(&doc);

	size_t l1 = write_doc(&doc, &n1);
	char *first = malloc(l1 ? l1 : 1);
	FUZZ_CHECK(first != NULL);
	memcpy(first, mem_buf, l1);
	size_t l2 = write_doc(&doc, &n2);
	FUZZ_CHECK(l1 == l2 && n1 == n2 && memcmp(first, mem_buf, l1) == 0);
	FUZZ_CHECK(n1 > 0);
	parse_ntriples(first, l1, n1);

	free(first);
	nkg_doc_release(&doc);
	free(text);
	return 0;
}
