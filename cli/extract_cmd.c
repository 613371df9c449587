/* extract_cmd.c - newskg extract: articles in, one RDF stream out.
 *
 * Every input is turned into documents one at a time (cli/input.h reads and
 * checks them), each document goes through the extraction pipeline and is
 * written by one writer for the whole run.  A failed article is reported,
 * named by file (and line), and the run goes on with the next one.  With -o
 * the output is written to a temporary file beside FILE and renamed over it
 * only when the run wrote at least one article and every write succeeded.
 * With --store each article also goes to a persistent store (graph/store.h),
 * one named graph per article, replaced when the article comes again; then
 * no file is written unless -o or -f is given too.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "../extract/doc.h"
#include "../extract/extract.h"
#include "../graph/graph.h"
#include "../graph/store.h"
#include "commands.h"
#include "input.h"

#define STDIN_NAME "<stdin>"
/* Largest --max-article-bytes accepted: 1 GiB. */
#define MAX_ARTICLE_CAP ((size_t)1 << 30)

static const char usage_text[] =
        "usage: newskg extract [OPTIONS] [FILE|DIR|-]...\n"
        "\n"
        "Reads news articles and writes their knowledge graph as RDF.\n"
        "\n"
        "Inputs (none or '-' reads standard input):\n"
        "  FILE      a plain-text UTF-8 article, or JSON Lines if it ends in .jsonl\n"
        "  DIR       every *.txt and *.jsonl file below it, in byte order of their\n"
        "            paths; hidden files and folders and other files are skipped\n"
        "  JSON Lines: one object per line with \"text\" and optional \"id\", \"url\",\n"
        "  \"title\", \"date\", \"source\"; other fields are ignored, blank lines skipped\n"
        "\n"
        "Options:\n"
        "  -f, --format FORMAT       turtle (default), ntriples, nquads or dot\n"
        "  -o, --output FILE         write to FILE, replaced atomically at the end; it is\n"
        "                            left untouched when no article could be processed\n"
        "      --store SPEC          add each article to a persistent store as its own\n"
        "                            named graph, replacing the article's earlier graph;\n"
        "                            no file is written then unless -o or -f is given.\n"
        "                            SPEC: sqlite:PATH or postgresql:host=H,port=P,\n"
        "                            database=D,user=U,password=X[,name=MODEL]\n"
        "      --base IRI            prefix of the minted IRIs (default " NKG_DEFAULT_BASE ")\n"
        "      --date YYYY-MM-DD     publication date of articles that carry none\n"
        "      --jsonl               read every input (and standard input) as JSON Lines\n"
        "      --lenient             replace invalid UTF-8 by U+FFFD (with a warning)\n"
        "                            instead of rejecting the article\n"
        "      --max-article-bytes N largest article (or JSON Lines line) accepted;\n"
        "                            suffixes K, M, G (binary); default 16M\n"
        "  -q, --quiet               no warnings (errors are still shown)\n"
        "  -v, --verbose             a line per article and a summary on stderr\n"
        "  -h, --help                show this help\n"
        "      --version             show the version\n"
        "\n"
        "Exit status: 0 all articles written, 1 some input failed (the others are\n"
        "written), 2 usage error or the output could not be written.\n";

struct opts {
	enum nkg_format format;
	const char *output;
	const char *store;
	bool format_given;
	const char *base;
	const char *date;
	bool jsonl, lenient;
	int verbosity; /* -1 quiet, 0 normal, 1 verbose */
	size_t max_bytes;
};

struct run {
	const struct opts *o;
	struct nkg_writer *w;    /* NULL when only storing */
	struct nkg_store *store; /* --store, else NULL */
	struct nkg_buf raw;      /* a whole plain-text article */
	struct nkg_buf repair;   /* --lenient: the repaired text */
	size_t n_read, n_written, n_failed, n_triples;
	bool output_failed; /* fatal: stop reading */
	bool store_failed;  /* the store failed (message printed) */
	int output_errno;
};

static void msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("newskg: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* An input that failed: counted, named, and the run goes on. */
static void fail_input(struct run *r, const char *origin, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static void fail_input(struct run *r, const char *origin, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "newskg: '%s': ", origin);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	r->n_failed++;
}

/* The run cannot go on: the output (path, NULL for stdout) failed. */
static void write_error(const char *path, int errnum)
{
	if (path)
		msg("cannot write to '%s': %s", path, strerror(errnum ? errnum : EIO));
	else
		msg("cannot write to standard output: %s", strerror(errnum ? errnum : EIO));
}

static void fail_open(struct run *r, const char *path, int errnum)
{
	msg("cannot open '%s': %s", path, strerror(errnum));
	r->n_failed++;
}

static void warn_replaced(const struct run *r, const char *origin, size_t n)
{
	if (r->o->verbosity >= 0)
		msg("warning: '%s': replaced %zu invalid UTF-8 sequence%s by U+FFFD", origin, n,
		    n == 1 ? "" : "s");
}

/* ---- one article ---------------------------------------------------------- */

struct meta {
	struct nkg_str id, url, title, source, date;
	enum nkg_date_origin date_origin;
};

/* Checks raw[0..n) and runs one document through extraction and the writer.
 * raw is the article's bytes (may be modified by nobody: text is borrowed). */
static void process_article(struct run *r, const char *origin, const char *raw, size_t n,
                            const struct meta *m)
{
	struct nkg_doc doc;
	struct nkg_str text;
	size_t replaced = 0, off = 0, triples = 0;
	char why[160];
	int rc;

	r->n_read++;
	rc = nkg_input_check_text(raw, n, r->o->lenient ? &r->repair : NULL, &text, &replaced,
	                          &off);
	if (rc) {
		nkg_input_describe(rc, off, r->o->max_bytes, why, sizeof(why));
		fail_input(r, origin, "%s", why);
		return;
	}
	if (replaced)
		warn_replaced(r, origin, replaced);

	nkg_doc_init(&doc, text.ptr, text.len);
	doc.origin = nkg_str_from_cstr(origin);
	doc.id = m->id;
	doc.url = m->url;
	doc.title = m->title;
	doc.source = m->source;
	doc.date = m->date;
	doc.date_origin = m->date.len ? m->date_origin : NKG_DATE_NONE;
	doc.n_replaced = replaced;

	if ((rc = nkg_extract(&doc)) != 0) {
		fail_input(r, origin, "cannot extract: %s", nkg_strerror(rc));
		goto out;
	}
	errno = 0;
	if (r->w && (rc = nkg_writer_add(r->w, &doc, &triples)) != 0) {
		if (rc == NKG_EIO) {
			r->output_failed = true;
			r->output_errno = errno;
			r->n_failed++;
			goto out;
		}
		const char *detail = rc == NKG_ERDF ? nkg_writer_last_error(r->w) : NULL;
		if (detail)
			fail_input(r, origin, "cannot build its graph: %s (%s)", nkg_strerror(rc),
			           detail);
		else
			fail_input(r, origin, "cannot build its graph: %s", nkg_strerror(rc));
		goto out;
	}
	if (r->store && (rc = nkg_store_add_doc(r->store, &doc, &triples)) != 0) {
		if (rc == NKG_ERDF || rc == NKG_ENOMEM) {
			/* The store itself failed: the next articles would too. */
			msg("%s", nkg_store_error(r->store));
			r->store_failed = true;
			r->output_failed = true;
			r->n_failed++;
			goto out;
		}
		fail_input(r, origin, "%s", nkg_store_error(r->store));
		goto out;
	}
	r->n_written++;
	r->n_triples += triples;
	if (r->o->verbosity > 0)
		msg("'%s': %u entities, %u events, %u quotes, %zu triples", origin, doc.n_entities,
		    doc.n_events, doc.n_quotes, triples);
out:
	nkg_doc_release(&doc);
}

/* ---- plain text and JSON Lines ----------------------------------------------- */

static struct meta option_meta(const struct opts *o)
{
	struct meta m = {0};
	m.date = nkg_str_from_cstr(o->date);
	m.date_origin = NKG_DATE_OPTION;
	return m;
}

static void process_text_stream(struct run *r, const char *origin, FILE *f)
{
	struct meta m = option_meta(r->o);
	char why[160];

	errno = 0;
	int rc = nkg_input_read_stream(f, r->o->max_bytes, &r->raw);
	if (rc == NKG_EIO) {
		fail_input(r, origin, "cannot read: %s", strerror(errno));
		return;
	}
	if (rc) {
		nkg_input_describe(rc, 0, r->o->max_bytes, why, sizeof(why));
		r->n_read++;
		fail_input(r, origin, "%s", why);
		return;
	}
	process_article(r, origin, r->raw.ptr, r->raw.len, &m);
}

static void process_text_file(struct run *r, const char *path)
{
	struct meta m = option_meta(r->o);
	char why[160];

	errno = 0;
	int rc = nkg_input_read_file(path, r->o->max_bytes, &r->raw);
	if (rc == NKG_EIO) {
		fail_open(r, path, errno);
		return;
	}
	if (rc) {
		nkg_input_describe(rc, 0, r->o->max_bytes, why, sizeof(why));
		r->n_read++;
		fail_input(r, path, "%s", why);
		return;
	}
	process_article(r, path, r->raw.ptr, r->raw.len, &m);
	/* Give back the memory of a big article at once. */
	if (r->raw.cap > ((size_t)4 << 20))
		nkg_buf_release(&r->raw);
}

static bool is_blank(const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r' && s[k] != '\f' && s[k] != '\v')
			return false;
	return true;
}

static void process_record(struct run *r, const char *origin, char *line, size_t n)
{
	struct nkg_record rec;
	struct meta m;
	char why[200];
	size_t off;
	int rc;

	/* The whole line must be UTF-8 before JSON is parsed; --lenient
	 * repairs it first (the repair never touches JSON's ASCII syntax). */
	if (nkg_utf8_validate(line, n, &off) != 0) {
		if (!r->o->lenient) {
			r->n_read++;
			fail_input(r, origin, "invalid UTF-8 at byte %zu", off);
			return;
		}
		/* A repaired line goes through this function once more. */
		struct nkg_buf fixed;
		size_t replaced = 0;
		nkg_buf_init(&fixed, 0);
		if ((rc = nkg_utf8_repair(line, n, &fixed, &replaced)) != 0) {
			nkg_buf_release(&fixed);
			r->n_read++;
			fail_input(r, origin, "%s", nkg_strerror(rc));
			return;
		}
		warn_replaced(r, origin, replaced);
		process_record(r, origin, fixed.ptr, fixed.len);
		nkg_buf_release(&fixed);
		return;
	}
	if ((rc = nkg_input_parse_record(line, n, &rec, why, sizeof(why))) != 0) {
		r->n_read++;
		fail_input(r, origin, "%s", why);
		return;
	}
	m.id = rec.id;
	m.url = rec.url;
	m.title = rec.title;
	m.source = rec.source;
	if (rec.date.len) {
		m.date = rec.date;
		m.date_origin = NKG_DATE_METADATA;
	} else {
		m.date = nkg_str_from_cstr(r->o->date);
		m.date_origin = NKG_DATE_OPTION;
	}
	process_article(r, origin, rec.text.ptr, rec.text.len, &m);
}

static void process_jsonl_stream(struct run *r, const char *name, FILE *f)
{
	struct nkg_line_reader lr;
	struct nkg_buf origin;
	size_t records = 0;
	char why[160];
	int rc = 0;

	nkg_buf_init(&origin, 0);
	if (nkg_line_reader_init(&lr, f, r->o->max_bytes) != 0) {
		fail_input(r, name, "%s", nkg_strerror(NKG_ENOMEM));
		goto out;
	}
	while (!r->output_failed) {
		errno = 0;
		rc = nkg_line_reader_next(&lr);
		if (rc == 0)
			break;
		if (rc == NKG_EIO) {
			fail_input(r, name, "cannot read: %s", strerror(errno));
			break;
		}
		nkg_buf_reset(&origin);
		if (nkg_buf_addf(&origin, "%s:%zu", name, lr.lineno) != 0) {
			fail_input(r, name, "%s", nkg_strerror(NKG_ENOMEM));
			break;
		}
		if (rc == NKG_ELIMIT || rc == NKG_ENOMEM) {
			records++;
			r->n_read++;
			nkg_input_describe(rc, 0, r->o->max_bytes, why, sizeof(why));
			fail_input(r, origin.ptr, "%s", why);
			continue;
		}
		if (is_blank(lr.line.ptr, lr.line.len))
			continue;
		records++;
		char *line = lr.line.ptr;
		size_t n = lr.line.len;
		if (lr.lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3; /* a byte order mark before the first record */
			n -= 3;
		}
		process_record(r, origin.ptr, line, n);
	}
	if (records == 0 && !r->output_failed && rc == 0)
		fail_input(r, name, "no articles (no JSON Lines records)");
	nkg_line_reader_release(&lr);
out:
	nkg_buf_release(&origin);
}

static void process_jsonl_file(struct run *r, const char *path)
{
	struct stat st;
	FILE *f = fopen(path, "rb");
	if (!f) {
		fail_open(r, path, errno);
		return;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		fail_open(r, path, EISDIR);
		return;
	}
	process_jsonl_stream(r, path, f);
	fclose(f);
}

static void process_file(struct run *r, const char *path, enum nkg_input_kind kind)
{
	if (kind == NKG_INPUT_JSONL || r->o->jsonl)
		process_jsonl_file(r, path);
	else
		process_text_file(r, path);
}

static void walk_error(void *ctx, const char *path, int errnum)
{
	fail_open(ctx, path, errnum);
}

static int process_arg(struct run *r, const char *arg)
{
	struct stat st;

	if (strcmp(arg, "-") == 0) {
		if (r->o->jsonl)
			process_jsonl_stream(r, STDIN_NAME, stdin);
		else
			process_text_stream(r, STDIN_NAME, stdin);
		return 0;
	}
	if (stat(arg, &st) != 0) {
		fail_open(r, arg, errno);
		return 0;
	}
	if (!S_ISDIR(st.st_mode)) {
		size_t n = strlen(arg);
		bool jsonl = n >= 6 && nkg_str_eq_nocase((struct nkg_str){arg + n - 6, 6},
		                                         NKG_STR_LIT(".jsonl"));
		process_file(r, arg, jsonl ? NKG_INPUT_JSONL : NKG_INPUT_TEXT);
		return 0;
	}
	struct nkg_path_list files;
	nkg_path_list_init(&files);
	errno = 0;
	int rc = nkg_input_walk(arg, &files, walk_error, r);
	if (rc == NKG_ENOTFOUND)
		fail_input(r, arg, "no article files (*.txt, *.jsonl) in this folder");
	else if (rc == NKG_EIO)
		fail_open(r, arg, errno);
	else if (rc == NKG_ENOMEM)
		fail_input(r, arg, "%s", nkg_strerror(rc));
	for (size_t k = 0; rc == 0 && k < files.n && !r->output_failed; k++)
		process_file(r, files.paths[k], nkg_input_classify(files.paths[k]));
	nkg_path_list_release(&files);
	return rc == NKG_ENOMEM ? rc : 0;
}

/* ---- output -------------------------------------------------------------------- */

struct output {
	const char *path; /* -o FILE, or NULL for stdout */
	char *target;     /* what gets replaced: path, or the file a symlink names (owned) */
	char *tmp;        /* the temporary beside it (owned), NULL when writing directly */
	FILE *f;
};

static int output_open(struct output *out, const char *path)
{
	struct stat st;

	out->path = path;
	out->target = NULL;
	out->tmp = NULL;
	out->f = NULL;
	if (!path) {
		out->f = stdout;
		return 0;
	}
	/* A device or pipe (-o /dev/stdout) cannot be replaced: write to it. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		out->f = fopen(path, "wb");
		if (!out->f) {
			msg("cannot open '%s': %s", path, strerror(errno));
			return NKG_EIO;
		}
		return 0;
	}
	/* Replace the file a symbolic link names, not the link. */
	out->target = realpath(path, NULL);
	if (!out->target) {
		out->target = nkg_strndup(path, strlen(path));
		if (!out->target)
			return NKG_ENOMEM;
	} else {
		char *copy = nkg_strndup(out->target, strlen(out->target));
		free(out->target);
		out->target = copy;
		if (!copy)
			return NKG_ENOMEM;
	}
	const char *slash = strrchr(out->target, '/');
	size_t dir_len = slash ? (size_t)(slash - out->target) + 1 : 0;
	const char *base = out->target + dir_len;
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	if (nkg_buf_add(&b, out->target, dir_len) || nkg_buf_addf(&b, ".%s.XXXXXX", base)) {
		nkg_buf_release(&b);
		return NKG_ENOMEM;
	}
	out->tmp = nkg_buf_detach(&b, NULL);
	int fd = mkstemp(out->tmp);
	if (fd < 0) {
		msg("cannot create a temporary file beside '%s': %s", path, strerror(errno));
		nkg_free(out->tmp);
		out->tmp = NULL;
		return NKG_EIO;
	}
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || !(out->f = fdopen(fd, "wb"))) {
		msg("cannot write '%s': %s", out->tmp, strerror(errno));
		close(fd);
		unlink(out->tmp);
		return NKG_EIO;
	}
	return 0;
}

/* Removes the temporary, if any, and frees what output_open allocated. */
static void output_discard(struct output *out)
{
	if (out->f && out->f != stdout)
		fclose(out->f);
	out->f = NULL;
	if (out->tmp)
		unlink(out->tmp);
	nkg_free(out->tmp);
	nkg_free(out->target);
	out->tmp = out->target = NULL;
}

/* Flushes, syncs and renames into place.  0, or NKG_EIO with the message
 * printed; the temporary is gone either way. */
static int output_commit(struct output *out)
{
	int rc = 0;

	errno = 0;
	if (fflush(out->f) != 0 || ferror(out->f)) {
		write_error(out->path, errno);
		rc = NKG_EIO;
		goto out;
	}
	if (out->tmp) {
		if (fsync(fileno(out->f)) != 0) {
			write_error(out->path, errno);
			rc = NKG_EIO;
			goto out;
		}
		FILE *f = out->f;
		out->f = NULL;
		if (fclose(f) != 0) {
			write_error(out->path, errno);
			rc = NKG_EIO;
			goto out;
		}
		if (rename(out->tmp, out->target) != 0) {
			msg("cannot rename '%s' to '%s': %s", out->tmp, out->target,
			    strerror(errno));
			rc = NKG_EIO;
			goto out;
		}
		nkg_free(out->tmp);
		out->tmp = NULL;
		/* Make the rename itself durable. */
		char *slash = strrchr(out->target, '/');
		if (slash) {
			*slash = '\0';
			FILE *d = fopen(*out->target ? out->target : "/", "r");
			*slash = '/';
			if (d) {
				fsync(fileno(d));
				fclose(d);
			}
		}
	}
out:
	output_discard(out);
	return rc;
}

/* ---- options --------------------------------------------------------------------- */

/* "4096", "64K", "16M", "1G" (binary multiples) -> *out; false if invalid. */
static bool parse_size(const char *s, size_t *out)
{
	size_t v = 0, mult = 1;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return false;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (SIZE_MAX - 9) / 10)
			return false;
		v = v * 10 + (size_t)(*p - '0');
	}
	switch (*p) {
	case '\0': break;
	case 'k':
	case 'K':
		mult = (size_t)1 << 10;
		p++;
		break;
	case 'm':
	case 'M':
		mult = (size_t)1 << 20;
		p++;
		break;
	case 'g':
	case 'G':
		mult = (size_t)1 << 30;
		p++;
		break;
	default: return false;
	}
	if (*p != '\0' || v == 0 || v > MAX_ARTICLE_CAP / mult)
		return false;
	*out = v * mult;
	return true;
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("newskg: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	fputs("usage: newskg extract [OPTIONS] [FILE|DIR|-]...  (see 'newskg extract --help')\n",
	      stderr);
	return 2;
}

enum { OPT_BASE = 256, OPT_DATE, OPT_JSONL, OPT_LENIENT, OPT_MAX_BYTES, OPT_VERSION, OPT_STORE };

/* Parses argv into *o; returns -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
	        {"format", required_argument, NULL, 'f'},
	        {"output", required_argument, NULL, 'o'},
	        {"store", required_argument, NULL, OPT_STORE},
	        {"base", required_argument, NULL, OPT_BASE},
	        {"date", required_argument, NULL, OPT_DATE},
	        {"jsonl", no_argument, NULL, OPT_JSONL},
	        {"lenient", no_argument, NULL, OPT_LENIENT},
	        {"max-article-bytes", required_argument, NULL, OPT_MAX_BYTES},
	        {"quiet", no_argument, NULL, 'q'},
	        {"verbose", no_argument, NULL, 'v'},
	        {"help", no_argument, NULL, 'h'},
	        {"version", no_argument, NULL, OPT_VERSION},
	        {NULL, 0, NULL, 0},
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->format = NKG_FORMAT_TURTLE;
	o->max_bytes = NKG_DEFAULT_MAX_ARTICLE_BYTES;
	optind = 0; /* glibc: start afresh (the command may run more than once) */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:o:qvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (nkg_format_parse(optarg, &o->format) != 0)
				return usage_error("unknown format '%s' (expected turtle, ntriples "
				                   "or nquads)",
				                   optarg);
			o->format_given = true;
			break;
		case 'o':
			if (!*optarg)
				return usage_error("empty file name for --output");
			o->output = optarg;
			break;
		case OPT_BASE: o->base = optarg; break;
		case OPT_STORE: {
			char why[256];
			if (nkg_store_spec_check(optarg, why, sizeof(why)) != 0)
				return usage_error("invalid --store: %s", why);
			o->store = optarg;
			break;
		}
		case OPT_DATE:
			if (!nkg_input_date_valid(optarg, strlen(optarg)))
				return usage_error("invalid --date '%s' (expected a real calendar "
				                   "date as YYYY-MM-DD)",
				                   optarg);
			o->date = optarg;
			break;
		case OPT_JSONL: o->jsonl = true; break;
		case OPT_LENIENT: o->lenient = true; break;
		case OPT_MAX_BYTES:
			if (!parse_size(optarg, &o->max_bytes))
				return usage_error("invalid --max-article-bytes '%s' (expected "
				                   "a size from 1 to 1G, e.g. 4096, 64K, 16M)",
				                   optarg);
			break;
		case 'q': o->verbosity = -1; break;
		case 'v': o->verbosity = 1; break;
		case 'h':
			fputs(usage_text, stdout);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
		case OPT_VERSION:
			printf("newskg %s\n", NKG_VERSION);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
		case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			if (optopt && optopt < 256)
				return usage_error("unknown option '-%c'", optopt);
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	return -1;
}

int nkg_cmd_extract(int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct output out = {0};
	int status = parse_options(argc, argv, &o);
	if (status >= 0)
		return status;

	memset(&r, 0, sizeof(r));
	r.o = &o;
	nkg_buf_init(&r.raw, 0);
	nkg_buf_init(&r.repair, 0);
	/* --store alone writes no file; -o or -f ask for one as well. */
	bool to_file = !o.store || o.output || o.format_given;
	int rc;

	/* The store first: librdf gives storage modules to the first world only. */
	if (o.store) {
		struct nkg_store_options sopt = {
		        .mode = NKG_STORE_WRITE,
		        .base = o.base,
		        .tool_version = "newskg " NKG_VERSION,
		};
		rc = nkg_store_open(o.store, &sopt, &r.store);
		if (rc == NKG_EINVAL) {
			status = usage_error("invalid --base '%s' (expected an absolute IRI ending "
			                     "in '/' or '#')",
			                     o.base ? o.base : "");
			goto out;
		}
		if (rc) {
			msg("%s", rc == NKG_ENOMEM ? nkg_strerror(rc) : nkg_store_error(r.store));
			status = 2;
			goto out;
		}
		size_t n = nkg_store_recovered(r.store);
		if (n && o.verbosity >= 0)
			msg("warning: removed %zu incomplete article graph%s from the store "
			    "(an earlier run stopped midway)",
			    n, n == 1 ? "" : "s");
	}

	if (to_file) {
		if (output_open(&out, o.output) != 0) {
			status = 2;
			goto out;
		}
		struct nkg_graph_options gopt = {
		        .format = o.format,
		        .base = o.base,
		        .tool_version = "newskg " NKG_VERSION,
		};
		rc = nkg_writer_new(&gopt, out.f, &r.w);
		if (rc == NKG_EINVAL) {
			status = usage_error("invalid --base '%s' (expected an absolute IRI ending "
			                     "in '/' or '#')",
			                     o.base ? o.base : "");
			goto out;
		}
		if (rc) {
			msg("cannot start the RDF writer: %s", nkg_strerror(rc));
			status = 2;
			goto out;
		}
	}
	if (optind >= argc) {
		process_arg(&r, "-");
	} else {
		for (int k = optind; k < argc && !r.output_failed; k++) {
			if (process_arg(&r, argv[k]) != 0)
				break;
		}
	}
	if (r.store_failed) {
		status = 2;
		goto out;
	}

	errno = 0;
	if (r.w && !r.output_failed && nkg_writer_finish(r.w) != 0) {
		r.output_failed = true;
		r.output_errno = errno;
	}
	nkg_writer_free(r.w);
	r.w = NULL;
	if (r.output_failed) {
		write_error(o.output, r.output_errno);
		status = 2;
		goto out;
	}
	if (o.output && r.n_written == 0) {
		msg("'%s' not written: no article could be processed", o.output);
		status = 1;
		goto out;
	}
	if (to_file && output_commit(&out) != 0) {
		status = 2;
		goto out;
	}
	status = r.n_failed ? 1 : 0;
out:
	if (o.verbosity > 0)
		msg("%zu article%s read, %zu written, %zu failed, %zu triples", r.n_read,
		    r.n_read == 1 ? "" : "s", r.n_written, r.n_failed, r.n_triples);
	nkg_writer_free(r.w);
	nkg_store_free(r.store);
	output_discard(&out);
	nkg_buf_release(&r.raw);
	nkg_buf_release(&r.repair);
	return status;
}
