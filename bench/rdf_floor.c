/* rdf_floor.c - what raptor/librdf alone need to build and serialize newskg's triples.
 *
 *   rdf_floor [-f ntriples|turtle] [-p PREFIXES.ttl] [-n DOCS] [-r RUNS] [-o OUT] INPUT
 *
 * INPUT is newskg's own output: N-Quads (".nq": the graph name of each quad
 * says which document it belongs to) or N-Triples (".nt": split into DOCS
 * equal runs of consecutive triples, the average document, since N-Triples
 * carries no document boundary).  It is parsed once with raptor into memory
 * (terms kept as strings) OUTSIDE the timed region.  The timed region then
 * does, for every document, what newskg's writer does: a new "trees" model,
 * one librdf statement per triple built from fresh nodes, added statement by
 * statement, the model serialized (-f, default ntriples) to OUT (default
 * /dev/null), the model freed.  -p names a Turtle file whose @prefix
 * declarations are given to the serializer (as newskg does for Turtle).
 *
 * The timed region is repeated RUNS times (default 3); the output is one
 * line per run and a summary line:
 *
 *   run=1 seconds=0.123456 cpu_seconds=0.120000
 *   docs=886 triples=123456 format=ntriples median_seconds=0.123456
 *     median_cpu_seconds=0.120000 grouping=nquads-graph
 *
 * (the summary is one line).  seconds is wall time (CLOCK_MONOTONIC), cpu_seconds the
 * process CPU time (CLOCK_PROCESS_CPUTIME_ID), less sensitive to a busy
 * machine.
 *
 * Exit status 0, 1 on any failure (message on standard error).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <raptor2.h>
#include <redland.h>

enum kind { K_URI, K_BLANK, K_LITERAL };

/* One triple: offsets into the string pool; 0 (the empty string put there
 * first) means none for lang and dt. */
struct triple {
	unsigned char skind, okind;
	size_t s, p, o, lang, dt;
	size_t graph;
};

struct store {
	char *pool;
	size_t pool_len, pool_cap;
	struct triple *t;
	size_t n, cap;
	int failed;
};

struct prefixes {
	char **uri, **prefix;
	size_t n, cap;
};

static size_t pool_add(struct store *st, const unsigned char *s, size_t len)
{
	size_t off;

	if (st->pool_len + len + 1 > st->pool_cap) {
		size_t cap = st->pool_cap ? st->pool_cap : 1 << 20;
		char *p;

		while (st->pool_len + len + 1 > cap)
			cap *= 2;
		p = realloc(st->pool, cap);
		if (!p) {
			st->failed = 1;
			return 0;
		}
		st->pool = p;
		st->pool_cap = cap;
	}
	off = st->pool_len;
	memcpy(st->pool + off, s, len);
	st->pool[off + len] = '\0';
	st->pool_len += len + 1;
	return off;
}

static size_t term_add(struct store *st, const raptor_term *term, unsigned char *kind,
		       size_t *lang, size_t *dt)
{
	size_t len;
	const unsigned char *s;

	switch (term->type) {
	case RAPTOR_TERM_TYPE_URI:
		*kind = K_URI;
		s = raptor_uri_as_counted_string(term->value.uri, &len);
		return pool_add(st, s, len);
	case RAPTOR_TERM_TYPE_BLANK:
		*kind = K_BLANK;
		return pool_add(st, term->value.blank.string, term->value.blank.string_len);
	case RAPTOR_TERM_TYPE_LITERAL:
		*kind = K_LITERAL;
		if (lang && term->value.literal.language)
			*lang = pool_add(st, term->value.literal.language,
					 term->value.literal.language_len);
		if (dt && term->value.literal.datatype) {
			s = raptor_uri_as_counted_string(term->value.literal.datatype, &len);
			*dt = pool_add(st, s, len);
		}
		return pool_add(st, term->value.literal.string, term->value.literal.string_len);
	case RAPTOR_TERM_TYPE_UNKNOWN:
	default:
		st->failed = 1;
		return 0;
	}
}

static void on_statement(void *user, raptor_statement *rs)
{
	struct store *st = user;
	struct triple *t;
	unsigned char pk;

	if (st->failed)
		return;
	if (st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 65536;
		struct triple *nt = realloc(st->t, cap * sizeof(*nt));

		if (!nt) {
			st->failed = 1;
			return;
		}
		st->t = nt;
		st->cap = cap;
	}
	t = &st->t[st->n];
	memset(t, 0, sizeof(*t));
	t->s = term_add(st, rs->subject, &t->skind, NULL, NULL);
	t->p = term_add(st, rs->predicate, &pk, NULL, NULL);
	t->o = term_add(st, rs->object, &t->okind, &t->lang, &t->dt);
	if (rs->graph) {
		unsigned char gk;

		t->graph = term_add(st, rs->graph, &gk, NULL, NULL);
	}
	st->n++;
}

static void on_namespace(void *user, raptor_namespace *ns)
{
	struct prefixes *px = user;
	raptor_uri *uri = raptor_namespace_get_uri(ns);
	const unsigned char *prefix = raptor_namespace_get_prefix(ns);

	size_t i;

	if (!uri || !prefix)
		return;
	for (i = 0; i < px->n; i++)   /* newskg repeats its prefixes per document */
		if (strcmp(px->prefix[i], (const char *)prefix) == 0)
			return;
	if (px->n == px->cap) {
		size_t cap = px->cap ? px->cap * 2 : 16;
		char **u = realloc(px->uri, cap * sizeof(*u));
		char **p;

		if (!u)
			return;
		px->uri = u;
		p = realloc(px->prefix, cap * sizeof(*p));
		if (!p)
			return;
		px->prefix = p;
		px->cap = cap;
	}
	px->uri[px->n] = strdup((const char *)raptor_uri_as_string(uri));
	px->prefix[px->n] = strdup((const char *)prefix);
	if (px->uri[px->n] && px->prefix[px->n])
		px->n++;
}

static int parse_file(raptor_world *rw, const char *path, const char *syntax, void *user,
		      raptor_statement_handler sh, raptor_namespace_handler nh)
{
	raptor_parser *parser = raptor_new_parser(rw, syntax);
	raptor_uri *uri = NULL, *base = NULL;
	unsigned char *uri_string = NULL;
	int rc = -1;

	if (!parser)
		goto out;
	if (sh)
		raptor_parser_set_statement_handler(parser, user, sh);
	if (nh)
		raptor_parser_set_namespace_handler(parser, user, nh);
	uri_string = raptor_uri_filename_to_uri_string(path);
	if (!uri_string)
		goto out;
	uri = raptor_new_uri(rw, uri_string);
	base = uri ? raptor_uri_copy(uri) : NULL;
	if (!base)
		goto out;
	rc = raptor_parser_parse_file(parser, uri, base) ? -1 : 0;
out:
	if (base)
		raptor_free_uri(base);
	if (uri)
		raptor_free_uri(uri);
	if (uri_string)
		raptor_free_memory(uri_string);
	if (parser)
		raptor_free_parser(parser);
	return rc;
}

static double now(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static librdf_node *make_node(librdf_world *w, const struct store *st, unsigned char kind,
			      size_t off, size_t lang, size_t dt)
{
	const unsigned char *s = (const unsigned char *)st->pool + off;
	librdf_node *n;
	librdf_uri *dt_uri;

	switch (kind) {
	case K_URI:
		return librdf_new_node_from_uri_string(w, s);
	case K_BLANK:
		return librdf_new_node_from_blank_identifier(w, s);
	default:
		if (!dt)
			return librdf_new_node_from_typed_literal(
				w, s, lang ? st->pool + lang : NULL, NULL);
		dt_uri = librdf_new_uri(w, (const unsigned char *)st->pool + dt);
		if (!dt_uri)
			return NULL;
		n = librdf_new_node_from_typed_literal(w, s, NULL, dt_uri);
		librdf_free_uri(dt_uri);
		return n;
	}
}

/* A serializer for one document.  A new one per document: librdf's Turtle
 * serializer, when reused, keeps every URI it has seen and each document
 * then costs time in proportion to all the documents before it (measured:
 * 886 documents of 150 triples take minutes instead of a second). */
static librdf_serializer *new_serializer(librdf_world *w, const char *format,
					 const struct prefixes *px)
{
	librdf_serializer *ser = librdf_new_serializer(w, format, NULL, NULL);
	size_t i;

	if (!ser)
		return NULL;
	for (i = 0; i < px->n; i++) {
		librdf_uri *u = librdf_new_uri(w, (const unsigned char *)px->uri[i]);

		if (!u) {
			librdf_free_serializer(ser);
			return NULL;
		}
		/* fails harmlessly for a prefix raptor declares itself (rdf) */
		librdf_serializer_set_namespace(ser, u, px->prefix[i]);
		librdf_free_uri(u);
	}
	return ser;
}

/* Builds and serializes the triples [from, to) as one document. */
static int one_doc(librdf_world *w, const char *format, const struct prefixes *px, FILE *out,
		   const struct store *st, size_t from, size_t to)
{
	librdf_storage *storage = librdf_new_storage(w, "trees", NULL, NULL);
	librdf_model *model = storage ? librdf_new_model(w, storage, NULL) : NULL;
	librdf_serializer *ser = NULL;
	int rc = -1;
	size_t i;

	if (!model)
		goto out;
	for (i = from; i < to; i++) {
		const struct triple *t = &st->t[i];
		librdf_node *s = make_node(w, st, t->skind, t->s, 0, 0);
		librdf_node *p = librdf_new_node_from_uri_string(
			w, (const unsigned char *)st->pool + t->p);
		librdf_node *o = make_node(w, st, t->okind, t->o, t->lang, t->dt);
		librdf_statement *stmt;
		int bad;

		if (!s || !p || !o) {
			if (s)
				librdf_free_node(s);
			if (p)
				librdf_free_node(p);
			if (o)
				librdf_free_node(o);
			goto out;
		}
		stmt = librdf_new_statement_from_nodes(w, s, p, o);
		if (!stmt)
			goto out;
		bad = librdf_model_add_statement(model, stmt);
		librdf_free_statement(stmt);
		if (bad)
			goto out;
	}
	ser = new_serializer(w, format, px);
	if (!ser || librdf_serializer_serialize_model_to_file_handle(ser, out, NULL, model))
		goto out;
	rc = 0;
out:
	if (ser)
		librdf_free_serializer(ser);
	if (model)
		librdf_free_model(model);
	if (storage)
		librdf_free_storage(storage);
	return rc;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Sorts v[0..n) and returns its median. */
static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void usage(void)
{
	fprintf(stderr, "usage: rdf_floor [-f ntriples|turtle] [-p PREFIXES.ttl] [-n DOCS] "
			"[-r RUNS] [-o OUT] INPUT.nq|INPUT.nt\n");
}

int main(int argc, char **argv)
{
	const char *format = "ntriples", *prefix_file = NULL, *out_path = "/dev/null";
	struct store st = { 0 };
	struct prefixes px = { 0 };
	size_t *bounds = NULL, ndocs = 0, want_docs = 0, i;
	int runs = 3, opt, r, status = 1, by_graph;
	double *times = NULL, *cpu = NULL;
	librdf_world *world = NULL;
	raptor_world *rw;
	const char *input, *dot;

	while ((opt = getopt(argc, argv, "f:p:n:r:o:")) != -1) {
		switch (opt) {
		case 'f':
			format = optarg;
			break;
		case 'p':
			prefix_file = optarg;
			break;
		case 'n':
			want_docs = strtoul(optarg, NULL, 10);
			break;
		case 'r':
			runs = atoi(optarg);
			break;
		case 'o':
			out_path = optarg;
			break;
		default:
			usage();
			return 2;
		}
	}
	if (optind + 1 != argc || runs < 1 ||
	    (strcmp(format, "ntriples") != 0 && strcmp(format, "turtle") != 0)) {
		usage();
		return 2;
	}
	input = argv[optind];
	dot = strrchr(input, '.');
	by_graph = dot && strcmp(dot, ".nq") == 0;
	if (!by_graph && want_docs == 0) {
		fprintf(stderr, "rdf_floor: N-Triples input needs -n DOCS\n");
		return 2;
	}

	world = librdf_new_world();
	if (!world)
		goto out;
	librdf_world_open(world);
	rw = librdf_world_get_raptor(world);

	/* ---- untimed: parse newskg's output into memory ---- */
	pool_add(&st, (const unsigned char *)"", 0);
	if (parse_file(rw, input, by_graph ? "nquads" : "ntriples", &st, on_statement, NULL) ||
	    st.failed) {
		fprintf(stderr, "rdf_floor: cannot parse '%s'\n", input);
		goto out;
	}
	if (prefix_file && parse_file(rw, prefix_file, "turtle", &px, NULL, on_namespace)) {
		fprintf(stderr, "rdf_floor: cannot parse '%s'\n", prefix_file);
		goto out;
	}
	bounds = malloc((st.n + 2) * sizeof(*bounds));
	times = malloc((size_t)runs * sizeof(*times));
	cpu = malloc((size_t)runs * sizeof(*cpu));
	if (!bounds || !times || !cpu)
		goto out;
	bounds[ndocs++] = 0;
	if (by_graph) {
		for (i = 1; i < st.n; i++)
			if (strcmp(st.pool + st.t[i].graph, st.pool + st.t[i - 1].graph) != 0)
				bounds[ndocs++] = i;
	} else {
		size_t d;

		for (d = 1; d < want_docs && d < st.n; d++)
			bounds[ndocs++] = st.n * d / want_docs;
	}
	bounds[ndocs] = st.n;

	/* ---- timed: per document, build a model and serialize it ---- */
	for (r = 0; r < runs; r++) {
		FILE *out;
		double t0, t1, c0, c1;
		size_t d;
		int bad = 0;

		out = fopen(out_path, "w");
		if (!out) {
			fprintf(stderr, "rdf_floor: cannot open '%s': %s\n", out_path,
				strerror(errno));
			goto out;
		}
		t0 = now(CLOCK_MONOTONIC);
		c0 = now(CLOCK_PROCESS_CPUTIME_ID);
		for (d = 0; d < ndocs && !bad; d++)
			bad = one_doc(world, format, &px, out, &st, bounds[d], bounds[d + 1]);
		if (fflush(out))
			bad = 1;
		t1 = now(CLOCK_MONOTONIC);
		c1 = now(CLOCK_PROCESS_CPUTIME_ID);
		fclose(out);
		if (bad) {
			fprintf(stderr, "rdf_floor: librdf failed on document %zu\n", d);
			goto out;
		}
		times[r] = t1 - t0;
		cpu[r] = c1 - c0;
		printf("run=%d seconds=%.6f cpu_seconds=%.6f\n", r + 1, times[r], cpu[r]);
		fflush(stdout);
	}
	printf("docs=%zu triples=%zu format=%s median_seconds=%.6f median_cpu_seconds=%.6f "
	       "grouping=%s\n",
	       ndocs, st.n, format, median(times, runs), median(cpu, runs),
	       by_graph ? "nquads-graph" : "equal-split");
	status = 0;
out:
	for (i = 0; i < px.n; i++) {
		free(px.uri[i]);
		free(px.prefix[i]);
	}
	free(px.uri);
	free(px.prefix);
	free(times);
	free(cpu);
	free(bounds);
	free(st.t);
	free(st.pool);
	if (world)
		librdf_free_world(world);
	return status;
}
