/* merge_cmd.c - newskg merge: several RDF graphs in, their smushed union out.
 *
 * Every input is parsed whole into one in-memory merge (graph/merge.h); an
 * input that cannot be opened or parsed is reported, left out entirely, and
 * the run goes on.  Then owl:sameAs classes are smushed and the result is
 * written, with -o to a temporary file renamed over FILE at the end
 * (cli/output.h), and only when at least one input was merged.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/err.h"
#include "../graph/graph.h"
#include "../graph/merge.h"
#include "commands.h"
#include "output.h"
#include "msg.h"

static const char usage_text[] =
        "usage: newskg merge [OPTIONS] FILE... [-o OUT]\n"
        "\n"
        "Reads RDF graphs (newskg output or any other), takes their union and\n"
        "smushes the nodes linked by owl:sameAs into one canonical node each.\n"
        "\n"
        "Inputs: files in Turtle (.ttl), N-Triples (.nt), N-Quads (.nq), TriG\n"
        "(.trig) or RDF/XML (.rdf, .owl, .xml); '-' reads standard input (needs -i).\n"
        "\n"
        "Options:\n"
        "  -i, --input-format SYNTAX  turtle, ntriples, nquads, trig or rdfxml, for\n"
        "                             every input (default: from each file's name)\n"
        "  -f, --format FORMAT        turtle, ntriples or nquads (default: from the\n"
        "                             name of -o: .nt, .nq; otherwise turtle)\n"
        "  -o, --output FILE          write to FILE, replaced atomically at the end;\n"
        "                             left untouched when no input could be merged\n"
        "                             (\"-\": standard output, the default)\n"
        "      --base IRI             canonical IRIs are preferably under IRI\n"
        "                             (default " NKG_DEFAULT_BASE ")\n"
        "      --report FILE          write 'CANONICAL<TAB>MERGED' lines, sorted, then\n"
        "                             with --link 'link<TAB>RULE<TAB>A<TAB>B' lines\n"
        "      --link                 also link people, organisations and venues of\n"
        "                             different articles whose names say they are one\n"
        "                             (owl:sameAs, then smushed; rules in graph/merge.h)\n"
        "  -q, --quiet                no summary on stderr\n"
        "  -h, --help                 show this help\n"
        "\n"
        "Canonical node of a sameAs class: an IRI under the base first, then any\n"
        "IRI before a blank node, then the shortest, then the smallest in byte\n"
        "order.  Subjects and objects are rewritten; predicates, graph names and\n"
        "literals never are.  N-Triples and N-Quads come sorted; only N-Quads\n"
        "keeps graph names.  The whole graph is held in memory.\n"
        "\n"
        "Exit status: 0 every input merged, 1 some input failed (the others are\n"
        "merged and written), 2 usage error or the output could not be written.\n";

struct opts {
	enum nkg_format format;
	bool format_set, quiet, link;
	const char *syntax, *output, *base, *report;
};

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("newskg merge: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputs("\nSee 'newskg merge --help'.\n", stderr);
	va_end(ap);
	return 2;
}

enum { OPT_BASE = 256, OPT_REPORT, OPT_LINK };

/* -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct opts *o)
{
	static const struct option longs[] = {
	        {"input-format", required_argument, NULL, 'i'},
	        {"format", required_argument, NULL, 'f'},
	        {"output", required_argument, NULL, 'o'},
	        {"base", required_argument, NULL, OPT_BASE},
	        {"report", required_argument, NULL, OPT_REPORT},
	        {"link", no_argument, NULL, OPT_LINK},
	        {"quiet", no_argument, NULL, 'q'},
	        {"help", no_argument, NULL, 'h'},
	        {NULL, 0, NULL, 0},
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->format = NKG_FORMAT_TURTLE;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:f:o:qh", longs, NULL)) != -1) {
		switch (c) {
		case 'i':
			if (!nkg_merge_syntax_ok(optarg))
				return usage_error("unknown input syntax '%s' (expected turtle, "
				                   "ntriples, nquads, trig or rdfxml)",
				                   optarg);
			o->syntax = optarg;
			break;
		case 'f':
			if (nkg_format_parse(optarg, &o->format) != 0 ||
			    o->format == NKG_FORMAT_DOT)
				return usage_error("unknown format '%s' (expected turtle, ntriples "
				                   "or nquads)",
				                   optarg);
			o->format_set = true;
			break;
		case 'o':
			if (!*optarg)
				return usage_error("empty file name for --output");
			o->output = optarg;
			break;
		case OPT_BASE:
			if (!*optarg)
				return usage_error("empty --base");
			o->base = optarg;
			break;
		case OPT_REPORT:
			if (!*optarg)
				return usage_error("empty file name for --report");
			o->report = optarg;
			break;
		case OPT_LINK: o->link = true; break;
		case 'q': o->quiet = true; break;
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
	if (optind >= argc)
		return usage_error("no input graphs");
	if (!o->format_set && o->output) {
		const char *syn = nkg_merge_syntax_for_name(o->output);
		if (syn && !strcmp(syn, "ntriples"))
			o->format = NKG_FORMAT_NTRIPLES;
		else if (syn && !strcmp(syn, "nquads"))
			o->format = NKG_FORMAT_NQUADS;
	}
	if (o->output && o->report && !strcmp(o->output, o->report))
		return usage_error("--report and --output name the same file");
	return -1;
}

/* Adds one input; false when it failed (reported). */
static bool add_input(struct nkg_merge *m, const struct opts *o, const char *arg, int *fatal)
{
	char err[256];
	struct stat st;
	bool is_stdin = !strcmp(arg, "-");
	const char *name = is_stdin ? "<stdin>" : arg;
	const char *syntax = o->syntax ? o->syntax : nkg_merge_syntax_for_name(arg);
	FILE *f;

	if (is_stdin) {
		f = stdin;
	} else if (!(f = fopen(arg, "rb"))) {
		nkg_msg("cannot open '%s': %s", arg, strerror(errno));
		return false;
	} else if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		nkg_msg("cannot open '%s': %s", arg, strerror(EISDIR));
		return false;
	}
	if (!syntax) {
		nkg_msg("'%s': cannot tell its syntax from its name (use -i)", name);
		if (!is_stdin)
			fclose(f);
		return false;
	}
	/* Relative IRIs of stdin resolve against a fixed base, not the folder. */
	int rc = nkg_merge_add_stream(m, f, name, syntax, is_stdin ? "file:///dev/stdin" : NULL,
	                              err, sizeof(err));
	if (!is_stdin)
		fclose(f);
	if (rc == NKG_ENOMEM) {
		nkg_msg("'%s': %s", name, nkg_strerror(rc));
		*fatal = 1;
		return false;
	}
	if (rc) {
		nkg_msg("'%s': %s", name, err[0] ? err : nkg_strerror(rc));
		return false;
	}
	return true;
}

int nkg_cmd_merge(int argc, char **argv)
{
	struct opts o;
	struct nkg_merge *m = NULL;
	struct nkg_merge_stats stats = {0};
	struct nkg_output out = {0}, rep = {0};
	size_t n_failed = 0, n_out = 0, n_links = 0;
	int fatal = 0, rc;
	int status = parse_options(argc, argv, &o);
	if (status >= 0)
		return status;

	status = 2;
	if ((rc = nkg_merge_new(o.base, &m)) != 0) {
		nkg_msg("cannot start the RDF library: %s", nkg_strerror(rc));
		goto out;
	}
	for (int k = optind; k < argc && !fatal; k++)
		if (!add_input(m, &o, argv[k], &fatal))
			n_failed++;
	if (fatal)
		goto out;
	if (o.link && (rc = nkg_merge_link(m, &n_links)) != 0) {
		nkg_msg("cannot link: %s", nkg_strerror(rc));
		goto out;
	}
	if ((rc = nkg_merge_smush(m, &stats)) != 0) {
		nkg_msg("cannot merge: %s", nkg_strerror(rc));
		goto out;
	}
	if (stats.inputs == 0) {
		if (o.output)
			nkg_msg("'%s' not written: no input could be merged", o.output);
		status = 1;
		goto out;
	}
	if (nkg_output_open(&out, o.output) != 0 ||
	    (o.report && nkg_output_open(&rep, o.report) != 0))
		goto out;
	errno = 0;
	if ((rc = nkg_merge_write(m, o.format, out.f, &n_out)) != 0) {
		if (rc == NKG_EIO)
			nkg_output_write_error(o.output, errno);
		else
			nkg_msg("cannot write the merged graph: %s", nkg_strerror(rc));
		goto out;
	}
	errno = 0;
	if (o.report && (nkg_merge_write_report(m, rep.f) != 0 ||
	                 (o.link && nkg_merge_write_links(m, rep.f) != 0))) {
		nkg_output_write_error(o.report, errno);
		goto out;
	}
	if (nkg_output_commit(&out) != 0 || (o.report && nkg_output_commit(&rep) != 0))
		goto out;
	if (!o.quiet && o.link)
		nkg_msg("linked %zu pair%s of entities", n_links, n_links == 1 ? "" : "s");
	if (!o.quiet)
		nkg_msg("merged %zu of %zu inputs: %zu triples in, %zu out; %zu sameAs class%s, "
		        "%zu node%s merged, %zu triple%s rewritten",
		        stats.inputs, stats.inputs + n_failed, stats.triples_in, n_out,
		        stats.classes, stats.classes == 1 ? "" : "es", stats.nodes_rewritten,
		        stats.nodes_rewritten == 1 ? "" : "s", stats.stmts_rewritten,
		        stats.stmts_rewritten == 1 ? "" : "s");
	status = n_failed ? 1 : 0;
out:
	nkg_output_discard(&out);
	nkg_output_discard(&rep);
	nkg_merge_free(m);
	return status;
}
