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
 *
 * Memory: each article's RDF is serialized into memory (so that -j N writes
 * in input order and a failed article leaves nothing behind), through one
 * stdio stream per worker (fopencookie) into the job's buffer.  Jobs are
 * recycled with their buffers and one arena block, so a run over millions
 * of small articles does not malloc and free them for each one.  With one
 * thread an article whose RDF outgrows SPILL_BYTES is written straight to
 * the output instead of being held whole: a huge article then costs its
 * graph, not its graph and its text twice.  If such an article fails after
 * part of it was written, the run stops (exit 2; -o leaves FILE untouched).
 */
#define _GNU_SOURCE /* fopencookie */
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
#include "../core/arena.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "../extract/doc.h"
#include "../extract/extract.h"
#include "../extract/lexicon.h"
#include "../extract/ner.h"
#include "../graph/graph.h"
#include "../graph/store.h"
#include "commands.h"
#include "input.h"
#include "jobs.h"
#include "output.h"
#include "msg.h"

#define STDIN_NAME "<stdin>"
/* Largest --max-article-bytes accepted: 1 GiB. */
#define MAX_ARTICLE_CAP ((size_t)1 << 30)
/* With -j 1, an article's RDF beyond this goes straight to the output. */
#define SPILL_BYTES ((size_t)4 << 20)
/* stdio buffer of the output file. */
#define OUT_BUF_BYTES ((size_t)1 << 20)
/* A recycled job keeps buffers up to this size, and frees larger ones. */
#define KEEP_BUF_BYTES ((size_t)1 << 20)

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
        "                            (\"-\": standard output, the default)\n"
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
        "  -j, --jobs N              extract on N threads (default 1; 0 = one per\n"
        "                            CPU); the output is the same as with -j 1, in\n"
        "                            input order; --store is still written by one\n"
        "                            thread, in order\n"
        "  -q, --quiet               no warnings (errors are still shown)\n"
        "  -v, --verbose             a line per article and a summary on stderr\n"
        "  A progress line is shown on stderr when it is a terminal and the graph is\n"
        "  not written to one (not with -q, -v).\n"
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
	unsigned jobs; /* -j: worker threads; 0 = one per online CPU */
};

/* One unit of work, in input order: an article to extract (a whole text file,
 * or one JSON Lines line), or only a message from reading (a file that cannot
 * be opened...).  The reader (main thread) makes it; a worker checks,
 * extracts and serializes it into memory; the main thread then prints its
 * messages, writes its bytes and adds it to the store, in input order. */
enum job_kind { JOB_NOTE, JOB_TEXT, JOB_RECORD };

struct job {
	enum job_kind kind;
	char *origin;          /* owned */
	struct nkg_buf raw;    /* the article's bytes, or the JSON Lines line */
	struct nkg_buf fixed;  /* --lenient: the repaired line */
	struct nkg_buf repair; /* --lenient: the repaired text */
	unsigned units;        /* 1 when it counts in the progress line */
	/* results, from the worker */
	struct nkg_buf msgs; /* "newskg: ...\n" lines for stderr, in order */
	size_t n_read, n_failed;
	bool ok;            /* extracted (and serialized when writing a file) */
	int fatal_errno;    /* the output stream failed: the run stops */
	struct nkg_buf out; /* serialized bytes not yet written */
	bool spilled;       /* -j 1: part of the RDF went straight to the output */
	bool partial;       /* failed after spilling: the run stops */
	size_t triples;
	unsigned n_entities, n_events, n_quotes;
	bool has_doc;       /* doc holds this article (kept for the store) */
	struct nkg_doc doc; /* zeroed or reusable (nkg_doc_reuse) when !has_doc */
	struct job *next_spare;
};

/* A worker's output stream: what the writer writes goes to the current
 * job's buffer, or (spilling) to the run's output. */
struct sink {
	struct run *r;
	struct job *j; /* the article being written, else NULL */
	FILE *f;       /* fopencookie stream on this sink, given to the writer */
	int err;       /* errno of the first failed write of the article */
};

struct run {
	const struct opts *o;
	FILE *out;             /* the output file, NULL when only storing */
	struct nkg_writer **w; /* one per worker (NULL when only storing) */
	struct sink *sinks;    /* one per worker, beside w */
	unsigned n_workers;
	struct job *spare;       /* recycled jobs (main thread only) */
	struct nkg_store *store; /* --store, else NULL */
	struct nkg_pool *pool;
	struct nkg_progress progress;
	size_t units_submitted, units_done;
	size_t n_read, n_written, n_failed, n_triples;
	bool output_failed; /* fatal: stop reading */
	bool store_failed;  /* the store failed (message printed) */
	bool oom;           /* a job could not be made (message printed) */
	bool partial;       /* an article failed after part of it was written */
	int output_errno;
};

/* Appends "newskg: " [ "'origin': " ] fmt "\n" to j's messages. */
static void job_vmsg(struct job *j, const char *origin, const char *fmt, va_list ap)
        __attribute__((format(printf, 3, 0)));
static void job_vmsg(struct job *j, const char *origin, const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	if (nkg_buf_addstr(&j->msgs, "newskg: ") ||
	    (origin && nkg_buf_addf(&j->msgs, "'%s': ", origin)) ||
	    nkg_buf_grow(&j->msgs, (size_t)n + 2))
		return;
	vsnprintf(j->msgs.ptr + j->msgs.len, (size_t)n + 1, fmt, ap);
	j->msgs.len += (size_t)n;
	nkg_buf_addch(&j->msgs, '\n');
}

/* An input that failed: counted, named, and the run goes on. */
static void fail_input(struct job *j, const char *origin, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static void fail_input(struct job *j, const char *origin, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	job_vmsg(j, origin, fmt, ap);
	va_end(ap);
	j->n_failed++;
}

static void warn_replaced(const struct run *r, struct job *j, const char *origin, size_t n)
{
	if (r->o->verbosity < 0)
		return;
	fail_input(j, NULL, "warning: '%s': replaced %zu invalid UTF-8 sequence%s by U+FFFD",
	           origin, n, n == 1 ? "" : "s");
	j->n_failed--; /* a warning, not a failure */
}

static void job_free(struct job *j)
{
	if (!j)
		return;
	nkg_doc_release(&j->doc);
	nkg_buf_release(&j->out);
	nkg_buf_release(&j->raw);
	nkg_buf_release(&j->fixed);
	nkg_buf_release(&j->repair);
	nkg_buf_release(&j->msgs);
	nkg_free(j->origin);
	nkg_free(j);
}

/* Empties b for the next job, keeping its storage unless it is large. */
static void buf_recycle(struct nkg_buf *b)
{
	if (b->cap > KEEP_BUF_BYTES)
		nkg_buf_release(b);
	else
		nkg_buf_reset(b);
}

/* Done with j: it goes to the spare list with its buffers and one arena
 * block, for job_new to take again. */
static void job_recycle(struct run *r, struct job *j)
{
	struct job keep = *j;

	if (j->has_doc)
		nkg_doc_reuse(&keep.doc, NULL, 0);
	nkg_free(j->origin);
	buf_recycle(&keep.raw);
	buf_recycle(&keep.fixed);
	buf_recycle(&keep.repair);
	buf_recycle(&keep.msgs);
	buf_recycle(&keep.out);
	memset(j, 0, sizeof(*j));
	j->raw = keep.raw;
	j->fixed = keep.fixed;
	j->repair = keep.repair;
	j->msgs = keep.msgs;
	j->out = keep.out;
	j->doc = keep.doc;
	j->next_spare = r->spare;
	r->spare = j;
}

static struct job *job_new(struct run *r, enum job_kind kind, const char *origin, unsigned units)
{
	struct job *j = r->spare;
	if (j) {
		r->spare = j->next_spare;
		j->next_spare = NULL;
	} else if ((j = nkg_calloc(1, sizeof(*j))) != NULL) {
		nkg_buf_init(&j->raw, 0);
		nkg_buf_init(&j->fixed, 0);
		nkg_buf_init(&j->repair, 0);
		nkg_buf_init(&j->msgs, 0);
		nkg_buf_init(&j->out, 0);
	}
	if (j && !(j->origin = nkg_strndup(origin, strlen(origin)))) {
		job_free(j);
		j = NULL;
	}
	if (!j) {
		if (!r->oom) {
			if (r->pool)
				nkg_pool_drain(r->pool);
			nkg_progress_clear(&r->progress);
			nkg_msg("%s", nkg_strerror(NKG_ENOMEM));
		}
		r->oom = true;
		r->output_failed = true; /* stop reading */
		return NULL;
	}
	j->kind = kind;
	j->units = units;
	return j;
}

static void submit(struct run *r, struct job *j)
{
	r->units_submitted += j->units;
	nkg_pool_submit(r->pool, j);
}

/* A message from reading, in its place among the articles' messages;
 * counted as a failure (and as a read article when `read`). */
static void note(struct run *r, unsigned units, bool read, const char *origin, const char *fmt, ...)
        __attribute__((format(printf, 5, 6)));
static void note(struct run *r, unsigned units, bool read, const char *origin, const char *fmt, ...)
{
	struct job *j = job_new(r, JOB_NOTE, origin ? origin : "", units);
	va_list ap;

	if (!j)
		return;
	va_start(ap, fmt);
	job_vmsg(j, origin, fmt, ap);
	va_end(ap);
	j->n_failed = 1;
	j->n_read = read;
	submit(r, j);
}

static void fail_open(struct run *r, unsigned units, const char *path, int errnum)
{
	note(r, units, false, NULL, "cannot open '%s': %s", path, strerror(errnum));
}

/* ---- one article (on a worker) -------------------------------------------- */

/* fopencookie write: appends to the job's buffer; with one thread, past
 * SPILL_BYTES, writes what it holds and everything after to the output
 * (this article is next in the output then: done() ran for all before). */
static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
	struct sink *s = cookie;
	struct job *j = s->j;
	struct run *r = s->r;

	if (!j) {
		errno = EINVAL;
		return -1;
	}
	if (!j->spilled && r->n_workers == 1 && r->out && j->out.len + n > SPILL_BYTES) {
		errno = 0;
		if (j->out.len && fwrite(j->out.ptr, 1, j->out.len, r->out) != j->out.len)
			goto fail;
		nkg_buf_release(&j->out);
		j->spilled = true;
	}
	if (j->spilled) {
		errno = 0;
		if (fwrite(buf, 1, n, r->out) != n)
			goto fail;
		return (ssize_t)n;
	}
	if (nkg_buf_add(&j->out, buf, n) != 0) {
		errno = ENOMEM;
		goto fail;
	}
	return (ssize_t)n;
fail:
	if (!s->err)
		s->err = errno ? errno : EIO;
	errno = s->err;
	return -1;
}

/* Opens each worker's stream (r->w set); NKG_ENOMEM or NKG_EIO. */
static int sinks_open(struct run *r)
{
	static const cookie_io_functions_t io = {.write = sink_write};

	if (!(r->sinks = nkg_calloc(r->n_workers, sizeof(*r->sinks))))
		return NKG_ENOMEM;
	for (unsigned k = 0; k < r->n_workers; k++) {
		struct sink *s = &r->sinks[k];
		s->r = r;
		if (!(s->f = fopencookie(s, "w", io)))
			return NKG_EIO;
		/* The writer buffers 64 KiB itself: no second copy in stdio. */
		if (setvbuf(s->f, NULL, _IONBF, 0) != 0)
			return NKG_EIO;
	}
	return 0;
}

static void sinks_close(struct run *r)
{
	for (unsigned k = 0; r->sinks && k < r->n_workers; k++)
		if (r->sinks[k].f)
			fclose(r->sinks[k].f);
	nkg_free(r->sinks);
	r->sinks = NULL;
}

struct meta {
	struct nkg_str id, url, title, source, date;
	enum nkg_date_origin date_origin;
};

/* Checks raw[0..n) and runs one document through extraction and the
 * worker's writer; raw stays owned by j until j is freed. */
static void process_article(struct run *r, struct job *j, unsigned worker, const char *raw,
                            size_t n, const struct meta *m)
{
	struct nkg_doc *doc = &j->doc;
	struct nkg_str text;
	size_t replaced = 0, off = 0, triples = 0;
	const char *origin = j->origin;
	char why[160];
	int rc;

	j->n_read++;
	rc = nkg_input_check_text(raw, n, r->o->lenient ? &j->repair : NULL, &text, &replaced,
	                          &off);
	if (rc) {
		nkg_input_describe(rc, off, r->o->max_bytes, why, sizeof(why));
		fail_input(j, origin, "%s", why);
		return;
	}
	if (replaced)
		warn_replaced(r, j, origin, replaced);

	nkg_doc_reuse(doc, text.ptr, text.len);
	j->has_doc = true;
	doc->origin = nkg_str_from_cstr(origin);
	doc->id = m->id;
	doc->url = m->url;
	doc->title = m->title;
	doc->source = m->source;
	doc->date = m->date;
	doc->date_origin = m->date.len ? m->date_origin : NKG_DATE_NONE;
	doc->n_replaced = replaced;

	if ((rc = nkg_extract(doc)) != 0) {
		fail_input(j, origin, "cannot extract: %s", nkg_strerror(rc));
		goto drop;
	}
	if (r->w) {
		struct nkg_writer *w = r->w[worker];
		struct sink *s = &r->sinks[worker];
		s->j = j;
		s->err = 0;
		nkg_writer_set_output(w, s->f);
		rc = nkg_writer_add(w, doc, &triples);
		nkg_writer_set_output(w, NULL);
		if ((fflush(s->f) != 0 || ferror(s->f)) && !rc)
			rc = NKG_EIO;
		clearerr(s->f);
		s->j = NULL;
		if (rc == NKG_EIO) {
			j->fatal_errno = s->err ? s->err : EIO;
			goto drop;
		}
		if (rc && j->spilled) {
			fail_input(j, origin,
			           "cannot build its graph: %s; part of it was already written: "
			           "stopping",
			           nkg_strerror(rc));
			j->partial = true;
			goto drop;
		}
		if (rc) {
			const char *detail = rc == NKG_ERDF ? nkg_writer_last_error(w) : NULL;
			if (detail)
				fail_input(j, origin, "cannot build its graph: %s (%s)",
				           nkg_strerror(rc), detail);
			else
				fail_input(j, origin, "cannot build its graph: %s",
				           nkg_strerror(rc));
			goto drop;
		}
	}
	j->ok = true;
	j->triples = triples;
	j->n_entities = doc->n_entities;
	j->n_events = doc->n_events;
	j->n_quotes = doc->n_quotes;
	if (r->store)
		return; /* the main thread adds the document to the store */
drop:
	nkg_doc_reuse(doc, NULL, 0);
	j->has_doc = false;
	if (!j->ok)
		nkg_buf_reset(&j->out);
}

static struct meta option_meta(const struct opts *o)
{
	struct meta m = {0};
	m.date = nkg_str_from_cstr(o->date);
	m.date_origin = NKG_DATE_OPTION;
	return m;
}

static void process_record(struct run *r, struct job *j, unsigned worker, char *line, size_t n)
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
			j->n_read++;
			fail_input(j, j->origin, "invalid UTF-8 at byte %zu", off);
			return;
		}
		size_t replaced = 0;
		if ((rc = nkg_utf8_repair(line, n, &j->fixed, &replaced)) != 0) {
			j->n_read++;
			fail_input(j, j->origin, "%s", nkg_strerror(rc));
			return;
		}
		warn_replaced(r, j, j->origin, replaced);
		line = j->fixed.ptr;
		n = j->fixed.len;
	}
	if ((rc = nkg_input_parse_record(line, n, &rec, why, sizeof(why))) != 0) {
		j->n_read++;
		fail_input(j, j->origin, "%s", why);
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
	process_article(r, j, worker, rec.text.ptr, rec.text.len, &m);
}

/* nkg_pool_work_fn: on a worker thread. */
static void job_work(void *ctx, void *item, unsigned worker)
{
	struct run *r = ctx;
	struct job *j = item;

	if (j->kind == JOB_TEXT) {
		struct meta m = option_meta(r->o);
		process_article(r, j, worker, j->raw.ptr, j->raw.len, &m);
	} else if (j->kind == JOB_RECORD) {
		char *line = j->raw.ptr;
		size_t n = j->raw.len;
		process_record(r, j, worker, line, n);
	}
}

static void print_msgs(struct run *r, const struct nkg_buf *b)
{
	if (!b->len)
		return;
	nkg_progress_clear(&r->progress);
	fwrite(b->ptr, 1, b->len, stderr);
}

/* nkg_pool_done_fn: on the main thread, in input order. */
static void job_done(void *ctx, void *item)
{
	struct run *r = ctx;
	struct job *j = item;
	int rc;

	if (r->output_failed)
		goto out; /* the run is over: as if never read */
	print_msgs(r, &j->msgs);
	r->n_read += j->n_read;
	r->n_failed += j->n_failed;
	r->units_done += j->units;
	if (j->fatal_errno) {
		r->output_failed = true;
		r->output_errno = j->fatal_errno;
		r->n_failed++;
		goto out;
	}
	if (j->partial) {
		r->output_failed = true;
		r->partial = true;
		goto out;
	}
	if (!j->ok)
		goto progress;
	if (r->out) {
		errno = 0;
		/* (nothing left to write when the article went straight out) */
		if ((j->out.len && fwrite(j->out.ptr, 1, j->out.len, r->out) != j->out.len) ||
		    ferror(r->out)) {
			r->output_failed = true;
			r->output_errno = errno;
			r->n_failed++;
			goto out;
		}
	}
	if (r->store && (rc = nkg_store_add_doc(r->store, &j->doc, &j->triples)) != 0) {
		nkg_progress_clear(&r->progress);
		if (rc == NKG_ERDF || rc == NKG_ENOMEM) {
			/* The store itself failed: the next articles would too. */
			nkg_msg("%s", nkg_store_error(r->store));
			r->store_failed = true;
			r->output_failed = true;
			r->n_failed++;
			goto out;
		}
		nkg_msg("'%s': %s", j->origin, nkg_store_error(r->store));
		r->n_failed++;
		goto progress;
	}
	r->n_written++;
	r->n_triples += j->triples;
	if (r->o->verbosity > 0)
		nkg_msg("'%s': %u entities, %u events, %u quotes, %zu triples", j->origin,
		        j->n_entities, j->n_events, j->n_quotes, j->triples);
progress:
	nkg_progress_update(&r->progress, r->units_done, 0, false);
out:
	job_recycle(r, j);
}

/* ---- reading (main thread) ------------------------------------------------- */

static void process_text_stream(struct run *r, const char *origin, FILE *f)
{
	char why[160];
	struct job *j = job_new(r, JOB_TEXT, origin, 1);
	if (!j)
		return;
	errno = 0;
	int rc = nkg_input_read_stream(f, r->o->max_bytes, &j->raw);
	if (rc == NKG_EIO) {
		j->kind = JOB_NOTE;
		fail_input(j, origin, "cannot read: %s", strerror(errno));
	} else if (rc) {
		j->kind = JOB_NOTE;
		nkg_input_describe(rc, 0, r->o->max_bytes, why, sizeof(why));
		j->n_read++;
		fail_input(j, origin, "%s", why);
	}
	if (j->kind == JOB_NOTE)
		nkg_buf_release(&j->raw);
	submit(r, j);
}

static void process_text_file(struct run *r, const char *path)
{
	char why[160];
	struct job *j = job_new(r, JOB_TEXT, path, 1);
	if (!j)
		return;
	errno = 0;
	int rc = nkg_input_read_file(path, r->o->max_bytes, &j->raw);
	if (rc == NKG_EIO) {
		j->kind = JOB_NOTE;
		fail_input(j, NULL, "cannot open '%s': %s", path, strerror(errno));
	} else if (rc) {
		j->kind = JOB_NOTE;
		nkg_input_describe(rc, 0, r->o->max_bytes, why, sizeof(why));
		j->n_read++;
		fail_input(j, path, "%s", why);
	}
	if (j->kind == JOB_NOTE)
		nkg_buf_release(&j->raw);
	submit(r, j);
}

static bool is_blank(const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r' && s[k] != '\f' && s[k] != '\v')
			return false;
	return true;
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
		note(r, 0, false, name, "%s", nkg_strerror(NKG_ENOMEM));
		goto out;
	}
	while (!r->output_failed) {
		errno = 0;
		rc = nkg_line_reader_next(&lr);
		if (rc == 0)
			break;
		if (rc == NKG_EIO) {
			note(r, 0, false, name, "cannot read: %s", strerror(errno));
			break;
		}
		nkg_buf_reset(&origin);
		if (nkg_buf_addf(&origin, "%s:%zu", name, lr.lineno) != 0) {
			note(r, 0, false, name, "%s", nkg_strerror(NKG_ENOMEM));
			break;
		}
		if (rc == NKG_ELIMIT || rc == NKG_ENOMEM) {
			records++;
			nkg_input_describe(rc, 0, r->o->max_bytes, why, sizeof(why));
			note(r, 1, true, origin.ptr, "%s", why);
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
		struct job *j = job_new(r, JOB_RECORD, origin.ptr, 1);
		if (!j)
			break;
		if (nkg_buf_add(&j->raw, line, n) != 0) {
			j->kind = JOB_NOTE;
			j->n_read++;
			fail_input(j, origin.ptr, "%s", nkg_strerror(NKG_ENOMEM));
		}
		submit(r, j);
	}
	if (records == 0 && !r->output_failed && rc == 0)
		note(r, 0, false, name, "no articles (no JSON Lines records)");
	nkg_line_reader_release(&lr);
out:
	nkg_buf_release(&origin);
}

static void process_jsonl_file(struct run *r, const char *path)
{
	struct stat st;
	FILE *f = fopen(path, "rb");
	if (!f) {
		fail_open(r, 0, path, errno);
		return;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		fail_open(r, 0, path, EISDIR);
		return;
	}
	process_jsonl_stream(r, path, f);
	fclose(f);
}

static bool is_jsonl(const struct opts *o, const char *path, enum nkg_input_kind kind)
{
	(void)path;
	return kind == NKG_INPUT_JSONL || o->jsonl;
}

static void process_file(struct run *r, const char *path, enum nkg_input_kind kind)
{
	if (is_jsonl(r->o, path, kind))
		process_jsonl_file(r, path);
	else
		process_text_file(r, path);
}

static void walk_error(void *ctx, const char *path, int errnum)
{
	fail_open(ctx, 0, path, errnum);
}

static enum nkg_input_kind arg_kind(const char *arg)
{
	size_t n = strlen(arg);
	bool jsonl = n >= 6 &&
	             nkg_str_eq_nocase((struct nkg_str){arg + n - 6, 6}, NKG_STR_LIT(".jsonl"));
	return jsonl ? NKG_INPUT_JSONL : NKG_INPUT_TEXT;
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
		fail_open(r, 1, arg, errno);
		return 0;
	}
	if (!S_ISDIR(st.st_mode)) {
		process_file(r, arg, arg_kind(arg));
		return 0;
	}
	struct nkg_path_list files;
	nkg_path_list_init(&files);
	errno = 0;
	int rc = nkg_input_walk(arg, &files, walk_error, r);
	if (rc == NKG_ENOTFOUND)
		note(r, 0, false, arg, "no article files (*.txt, *.jsonl) in this folder");
	else if (rc == NKG_EIO)
		fail_open(r, 0, arg, errno);
	else if (rc == NKG_ENOMEM)
		note(r, 0, false, arg, "%s", nkg_strerror(rc));
	for (size_t k = 0; rc == 0 && k < files.n && !r->output_failed; k++)
		process_file(r, files.paths[k], nkg_input_classify(files.paths[k]));
	nkg_path_list_release(&files);
	return rc == NKG_ENOMEM ? rc : 0;
}

/* The number of articles the arguments hold when it is known without reading
 * them (plain-text files only), else 0. */
static size_t count_articles(const struct opts *o, int argc, char **argv, int first)
{
	size_t total = 0;
	struct stat st;

	if (first >= argc)
		return 0; /* standard input */
	for (int k = first; k < argc; k++) {
		if (strcmp(argv[k], "-") == 0)
			return 0;
		if (stat(argv[k], &st) != 0) {
			total++;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (is_jsonl(o, argv[k], arg_kind(argv[k])))
				return 0;
			total++;
			continue;
		}
		struct nkg_path_list files;
		nkg_path_list_init(&files);
		int rc = nkg_input_walk(argv[k], &files, NULL, NULL);
		for (size_t i = 0; rc == 0 && i < files.n; i++) {
			if (is_jsonl(o, files.paths[i], nkg_input_classify(files.paths[i]))) {
				nkg_path_list_release(&files);
				return 0;
			}
			total++;
		}
		nkg_path_list_release(&files);
	}
	return total;
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

/* Usage errors: the message, then the command's usage line (cli/msg.h). */
static const char usage_line[] =
        "usage: newskg extract [OPTIONS] [FILE|DIR|-]...  (see 'newskg extract --help')\n";
#define usage_error(...) nkg_usage_error(usage_line, __VA_ARGS__)
/* The writer and the store refuse the same bases (nkg_iri_base_ok): a
 * document's IRI takes fragments ("#char=0,5"), so the base has none. */
#define BAD_BASE "invalid --base '%s' (expected an absolute IRI ending in '/', without '#')"

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
	        {"jobs", required_argument, NULL, 'j'},
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
	o->jobs = 1;
	optind = 0; /* glibc: start afresh (the command may run more than once) */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:o:j:qvh", longopts, NULL)) != -1) {
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
		case 'j': {
			char *end;
			errno = 0;
			unsigned long v = strtoul(optarg, &end, 10);
			if (*optarg < '0' || *optarg > '9' || *end || errno ||
			    v > NKG_POOL_MAX_WORKERS)
				return usage_error("invalid --jobs '%s' (expected a number of "
				                   "threads from 0 to %u; 0 = one per CPU)",
				                   optarg, NKG_POOL_MAX_WORKERS);
			o->jobs = (unsigned)v;
			break;
		}
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

/* Articles arrive as whole serialized graphs (~12 KB for a two-line
 * article): write them in 1 MiB pieces, not two syscalls each (stdio's
 * default is 4 KiB; glibc ignores a size given without a buffer).  The
 * buffer is static because standard output outlives the command; it is set
 * on standard output once, and never on a terminal. */
static void buffer_output(FILE *f)
{
	static char buf[OUT_BUF_BYTES];
	static bool stdout_done;

	if (isatty(fileno(f)) || (f == stdout && stdout_done))
		return;
	if (f == stdout)
		stdout_done = true;
	setvbuf(f, buf, _IOFBF, sizeof(buf));
}

int nkg_cmd_extract(int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct nkg_output out = {0};
	double start = nkg_monotonic_seconds();
	int status = parse_options(argc, argv, &o);
	if (status >= 0)
		return status;

	memset(&r, 0, sizeof(r));
	r.o = &o;
	r.n_workers = o.jobs ? o.jobs : nkg_online_cpus();
	nkg_progress_init(&r.progress, stderr, false, 0);
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
			status = usage_error(BAD_BASE, o.base ? o.base : "");
			goto out;
		}
		if (rc) {
			nkg_msg("%s",
			        rc == NKG_ENOMEM ? nkg_strerror(rc) : nkg_store_error(r.store));
			status = 2;
			goto out;
		}
		size_t n = nkg_store_recovered(r.store);
		if (n && o.verbosity >= 0)
			nkg_msg("warning: removed %zu incomplete article graph%s from the store "
			        "(an earlier run stopped midway)",
			        n, n == 1 ? "" : "s");
	}

	if (to_file) {
		if (nkg_output_open(&out, o.output) != 0) {
			status = 2;
			goto out;
		}
		r.out = out.f;
		buffer_output(r.out);
		/* One writer (one librdf world) per worker: worlds are not
		 * thread-safe. */
		struct nkg_graph_options gopt = {
		        .format = o.format,
		        .base = o.base,
		        .tool_version = "newskg " NKG_VERSION,
		};
		if (!(r.w = nkg_calloc(r.n_workers, sizeof(*r.w)))) {
			nkg_msg("cannot start the RDF writer: %s", nkg_strerror(NKG_ENOMEM));
			status = 2;
			goto out;
		}
		for (unsigned k = 0; k < r.n_workers; k++) {
			rc = nkg_writer_new(&gopt, NULL, &r.w[k]);
			if (rc == NKG_EINVAL) {
				status = usage_error(BAD_BASE, o.base ? o.base : "");
				goto out;
			}
			if (rc) {
				nkg_msg("cannot start the RDF writer: %s", nkg_strerror(rc));
				status = 2;
				goto out;
			}
		}
		if ((rc = sinks_open(&r)) != 0) {
			nkg_msg("cannot start the RDF writer: %s",
			        rc == NKG_EIO ? strerror(errno) : nkg_strerror(rc));
			status = 2;
			goto out;
		}
	}
	if (r.n_workers > 1) {
		/* Load the shared tables before the threads start; a failure shows
		 * again, per article, in nkg_extract. */
		const struct nkg_ner_model *model;
		struct nkg_arena a;
		(void)nkg_lexicon_load();
		(void)nkg_ner_default(&model);
		/* The first arena reads NKG_ARENA_DEBUG into a global: here,
		 * before the threads, not racing in each of them. */
		nkg_arena_init(&a);
		nkg_arena_release(&a);
	}
	/* The progress line only beside a graph that goes elsewhere: when the
	 * graph itself is written to a terminal, that terminal is most often
	 * stderr's too, and a pseudo-terminal that records both streams (a
	 * console session, `script`) would hold the line inside the Turtle.
	 * Nor for one article, which has no progress to tell: a terminal that
	 * shows or records the graph of one article after a pipe ("| tee")
	 * holds only the graph. */
	if (isatty(STDERR_FILENO) && o.verbosity == 0 && !(r.out && isatty(fileno(r.out)))) {
		size_t total = count_articles(&o, argc, argv, optind);
		if (total != 1)
			nkg_progress_init(&r.progress, stderr, true, total);
	}
	rc = nkg_pool_new(r.n_workers, (size_t)r.n_workers * 2, job_work, job_done, &r, &r.pool);
	if (rc) {
		nkg_msg("cannot start %u threads: %s", r.n_workers,
		        rc == NKG_EIO ? strerror(errno) : nkg_strerror(rc));
		status = 2;
		goto out;
	}
	if (optind >= argc) {
		process_arg(&r, "-");
	} else {
		for (int k = optind; k < argc && !r.output_failed; k++) {
			if (process_arg(&r, argv[k]) != 0)
				break;
		}
	}
	nkg_pool_drain(r.pool);
	nkg_progress_update(&r.progress, r.units_done, r.units_submitted, false);
	nkg_progress_clear(&r.progress);
	if (r.store_failed || r.oom || r.partial) {
		status = 2;
		goto out;
	}
	if (r.output_failed) {
		nkg_output_write_error(o.output, r.output_errno);
		status = 2;
		goto out;
	}
	if (o.output && r.n_written == 0) {
		nkg_msg("'%s' not written: no article could be processed", o.output);
		status = 1;
		goto out;
	}
	if (to_file && nkg_output_commit(&out) != 0) {
		status = 2;
		goto out;
	}
	status = r.n_failed ? 1 : 0;
out:
	nkg_pool_free(r.pool);
	nkg_progress_clear(&r.progress);
	if (o.verbosity > 0) {
		double secs = nkg_monotonic_seconds() - start;
		nkg_msg("%zu article%s read, %zu written, %zu failed, %zu triples", r.n_read,
		        r.n_read == 1 ? "" : "s", r.n_written, r.n_failed, r.n_triples);
		nkg_msg("%.2f s elapsed, %.1f articles/s, %u thread%s", secs,
		        secs > 0 ? (double)r.n_read / secs : 0.0, r.n_workers,
		        r.n_workers == 1 ? "" : "s");
	}
	for (unsigned k = 0; r.w && k < r.n_workers; k++)
		nkg_writer_free(r.w[k]);
	nkg_free(r.w);
	sinks_close(&r);
	while (r.spare) {
		struct job *j = r.spare;
		r.spare = j->next_spare;
		job_free(j);
	}
	nkg_store_free(r.store);
	nkg_output_discard(&out);
	return status;
}
