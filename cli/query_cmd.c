/* query_cmd.c - newskg query: SPARQL over RDF files.
 *
 * Every FILE is parsed into one indexed in-memory model (graph/query.h),
 * then the query runs once over all of them.  Inputs are RDF only: the
 * articles go through 'newskg extract' first.  Any input that cannot be read
 * or parsed stops the run (a query over part of the data would give a
 * quietly wrong answer).
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../graph/graph.h"
#include "../graph/query.h"
#include "commands.h"
#include "msg.h"

/* Largest query text read from a file: 1 MiB. */
#define MAX_QUERY_BYTES ((size_t)1 << 20)
/* Largest RDF read from standard input: 1 GiB. */
#define MAX_STDIN_BYTES ((size_t)1 << 30)

static const char usage_text[] =
        "usage: newskg query (-q SPARQL | -Q FILE.rq) [OPTIONS] FILE...\n"
        "\n"
        "Runs a SPARQL query over RDF files, e.g. what 'newskg extract' wrote:\n"
        "  newskg extract -o kg.ttl articles/ && newskg query -Q people.rq kg.ttl\n"
        "The inputs are RDF, not articles.  All FILEs are loaded into one indexed\n"
        "in-memory graph (N-Quads graph names are dropped) and the query runs once.\n"
        "\n"
        "Inputs: FILE is parsed by its extension: .ttl turtle, .nt ntriples,\n"
        "  .nq nquads, .rdf/.xml/.owl rdfxml; '-' is standard input (-i, default\n"
        "  ntriples).  -i FORMAT sets the syntax of every input.\n"
        "\n"
        "Options:\n"
        "  -q, --query SPARQL        the query text\n"
        "  -Q, --query-file FILE     read the query from FILE\n"
        "  -i, --input-format FORMAT turtle, ntriples, nquads or rdfxml\n"
        "  -r, --results FORMAT      SELECT results as table (default: aligned text,\n"
        "                            IRIs shortened with newskg's prefixes), csv, tsv\n"
        "                            or json (the W3C SPARQL 1.1 result formats)\n"
        "  -f, --format FORMAT       CONSTRUCT/DESCRIBE output: ntriples (default) or\n"
        "                            turtle\n"
        "  -h, --help                show this help\n"
        "\n"
        "Output order: rows follow the query's ORDER BY; a query without ORDER BY\n"
        "has its rows sorted by their TSV form (byte order), so the output is\n"
        "byte-stable.  CONSTRUCT/DESCRIBE triples come out sorted.\n"
        "ASK prints true or false ({\"head\":{},\"boolean\":...} with -r json).\n"
        "\n"
        "The engine is rasqal 0.9.33: it has no MINUS, EXISTS or property paths and\n"
        "crashes on VALUES, so MINUS and VALUES are refused; a query of a shape known\n"
        "to return wrong rows runs with a warning on stderr that says how to rewrite\n"
        "it (README, 'query').\n"
        "\n"
        "Exit status: 0 success (ASK: true), 1 ASK answered false, 2 usage error,\n"
        "an input that cannot be read or parsed, a query that does not parse or\n"
        "fails, or output that cannot be written.\n";

struct opts {
	const char *query, *query_file, *syntax;
	struct nkg_query_output out;
};

/* Usage errors: the message, then the command's usage line (cli/msg.h). */
static const char usage_line[] = "usage: newskg query (-q SPARQL | -Q FILE.rq) [OPTIONS] FILE...  "
                                 "(see 'newskg query --help')\n";
#define usage_error(...) nkg_usage_error(usage_line, __VA_ARGS__)

/* Parses argv into *o; returns -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
	        {"query", required_argument, NULL, 'q'},
	        {"query-file", required_argument, NULL, 'Q'},
	        {"input-format", required_argument, NULL, 'i'},
	        {"results", required_argument, NULL, 'r'},
	        {"format", required_argument, NULL, 'f'},
	        {"help", no_argument, NULL, 'h'},
	        {NULL, 0, NULL, 0},
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->out.results = NKG_RESULTS_TABLE;
	o->out.graph = NKG_FORMAT_NTRIPLES;
	optind = 0; /* glibc: start afresh (the command may run more than once) */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":q:Q:i:r:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'q':
		case 'Q':
			if (o->query || o->query_file)
				return usage_error("give one query: -q or -Q, once");
			if (c == 'q')
				o->query = optarg;
			else
				o->query_file = optarg;
			break;
		case 'i':
			if (!(o->syntax = nkg_query_syntax_name(optarg)))
				return usage_error("unknown input format '%s' (expected turtle, "
				                   "ntriples, nquads or rdfxml)",
				                   optarg);
			break;
		case 'r':
			if (nkg_results_format_parse(optarg, &o->out.results))
				return usage_error("unknown results format '%s' "
				                   "(expected table, "
				                   "csv, tsv or json)",
				                   optarg);
			break;
		case 'f':
			if (nkg_format_parse(optarg, &o->out.graph) ||
			    o->out.graph == NKG_FORMAT_NQUADS || o->out.graph == NKG_FORMAT_DOT)
				return usage_error("unknown graph format '%s' "
				                   "(expected ntriples "
				                   "or turtle)",
				                   optarg);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
		case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			if (optopt && optopt < 256)
				return usage_error("unknown option '-%c'", optopt);
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (!o->query && !o->query_file)
		return usage_error("no query: give -q SPARQL or -Q FILE");
	if (optind >= argc)
		return usage_error("no input: give the RDF files to query");
	return -1;
}

/* Reads all of f into b (at most max bytes).  0, NKG_EIO, NKG_ELIMIT, NKG_ENOMEM. */
static int read_all(FILE *f, struct nkg_buf *b, size_t max)
{
	char chunk[65536];
	size_t n;

	nkg_buf_init(b, max);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		int rc = nkg_buf_add(b, chunk, n);
		if (rc)
			return rc;
	}
	if (ferror(f))
		return NKG_EIO;
	return nkg_buf_addch(b, '\0') ? NKG_ENOMEM : (b->len--, 0);
}

static int read_query_file(const char *path, struct nkg_buf *b)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	int rc;

	if (!f) {
		nkg_msg("cannot open '%s': %s", path, strerror(errno));
		return 2;
	}
	errno = 0;
	rc = read_all(f, b, MAX_QUERY_BYTES);
	if (f != stdin)
		fclose(f);
	if (rc == NKG_EIO)
		nkg_msg("cannot read '%s': %s", path, strerror(errno ? errno : EIO));
	else if (rc == NKG_ELIMIT)
		nkg_msg("'%s': the query is larger than 1 MiB", path);
	else if (rc)
		nkg_msg("'%s': %s", path, nkg_strerror(rc));
	else if (memchr(b->ptr, '\0', b->len))
		nkg_msg("'%s': the query holds a NUL byte", path);
	else
		return 0;
	return 2;
}

static int load_input(struct nkg_query *q, const char *path, const char *syntax)
{
	int rc;

	if (!strcmp(path, "-")) {
		struct nkg_buf b;
		const char *syn = syntax ? syntax : "ntriples";
		errno = 0;
		rc = read_all(stdin, &b, MAX_STDIN_BYTES);
		if (rc == NKG_EIO)
			nkg_msg("cannot read standard input: %s", strerror(errno ? errno : EIO));
		else if (rc)
			nkg_msg("standard input: %s", nkg_strerror(rc));
		else if ((rc = nkg_query_load_string(q, b.ptr, b.len, syn, NULL)) != 0)
			nkg_msg("cannot parse standard input as %s: %s", syn,
			        nkg_query_last_error(q) ? nkg_query_last_error(q)
			                                : nkg_strerror(rc));
		nkg_buf_release(&b);
		return rc ? 2 : 0;
	}
	if (!syntax && !nkg_query_syntax_for_path(path)) {
		nkg_msg("cannot tell the RDF syntax of '%s' from its name: use -i "
		        "FORMAT",
		        path);
		return 2;
	}
	errno = 0;
	rc = nkg_query_load_file(q, path, syntax);
	if (rc == NKG_EIO) {
		nkg_msg("cannot open '%s': %s", path, strerror(errno ? errno : EIO));
		return 2;
	}
	if (rc) {
		const char *why = nkg_query_last_error(q);
		nkg_msg("cannot parse '%s' as %s: %s", path,
		        syntax ? syntax : nkg_query_syntax_for_path(path),
		        why ? why : nkg_strerror(rc));
		return 2;
	}
	return 0;
}

/* The warning for nkg_query_info.hazard: vars is "?e" or "?e, ?p, ...". */
static void warn_join_hazard(const char *vars)
{
	size_t n = strcspn(vars, ","); /* the first variable, for the example */

	nkg_msg("warning: rows may be wrong: a shape known to return wrong rows with rasqal "
	        "0.9.33: %s, bound early in a pattern or sub-SELECT (or shared with a later "
	        "sub-SELECT), %s used again by a later OPTIONAL or group; exact and always "
	        "possible: write %.*s2 for %.*s in the later part and add "
	        "FILTER(sameTerm(%.*s2, %.*s)) inside it (a later sub-SELECT: make it the first "
	        "part of its group instead); or make the first triple that mentions %.*s the "
	        "last one of its pattern that binds a new variable (README, 'query')",
	        vars, vars[n] ? "are" : "is", (int)n, vars, (int)n, vars, (int)n, vars, (int)n,
	        vars, (int)n, vars);
}

int nkg_cmd_query(int argc, char **argv)
{
	struct opts o;
	struct nkg_query *q = NULL;
	struct nkg_query_info info;
	struct nkg_buf qtext;
	const char *text;
	int status = parse_options(argc, argv, &o), rc;

	if (status >= 0)
		return status;
	nkg_buf_init(&qtext, 0);
	status = 2;
	if (o.query_file && read_query_file(o.query_file, &qtext))
		goto out;
	text = o.query_file ? qtext.ptr : o.query;
	if ((rc = nkg_query_new(&q)) != 0) {
		nkg_msg("cannot start the RDF library: %s", nkg_strerror(rc));
		goto out;
	}
	for (int k = optind; k < argc; k++)
		if (load_input(q, argv[k], o.syntax))
			goto out;
	errno = 0;
	rc = nkg_query_run(q, text, &o.out, stdout, &info);
	if (rc == NKG_EINVAL) {
		const char *why = nkg_query_last_error(q);
		if (o.query_file)
			nkg_msg("bad query in '%s': %s", o.query_file,
			        why ? why : "does not parse");
		else
			nkg_msg("bad query: %s", why ? why : "does not parse");
		goto out;
	}
	if (rc == NKG_EIO) {
		nkg_msg("cannot write to standard output: %s", strerror(errno ? errno : EIO));
		goto out;
	}
	if (rc) {
		const char *why = nkg_query_last_error(q);
		nkg_msg("the query failed: %s", why ? why : nkg_strerror(rc));
		goto out;
	}
	if (info.hazard[0])
		warn_join_hazard(info.hazard);
	if (info.expr_hazard[0])
		nkg_msg("warning: rows may be wrong: a FILTER or BIND that reads %s of a "
		        "sub-SELECT is a shape known to return wrong rows with rasqal 0.9.33 "
		        "(after "
		        "a sub-SELECT with ORDER BY it sees no values); put it inside the "
		        "sub-SELECT, or drop the sub-SELECT's ORDER BY (README, 'query')",
		        info.expr_hazard);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		nkg_msg("cannot write to standard output: %s", strerror(errno ? errno : EIO));
		goto out;
	}
	status = info.kind == NKG_QUERY_ASK && !info.boolean ? 1 : 0;
out:
	nkg_query_free(q);
	nkg_buf_release(&qtext);
	return status;
}
