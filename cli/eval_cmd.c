/* eval_cmd.c - newskg eval: run the extractor on gold files and print scores.
 *
 *   newskg eval [--set NAME] [--split dev|test|all] [--exclude FILE] [--tsv | --errors]
 *               GOLD.jsonl...
 *   newskg eval [--set NAME] [--tsv | --errors] --conll FILE
 *
 * --errors prints, instead of the tables, every difference the tables count
 * (nkg_eval_errors_doc(): missed, spurious, wrong type, wrong value), one
 * tab-separated line each, so that one can see where the extractor errs.
 *
 * --exclude names articles to leave out of the scores: one id a line (the
 * gold's "id"), or an id prefix ending in '*' ("ecbplus/4_*"); anything
 * after the id (white space, then a reason) and lines starting with '#' are
 * comments.  eval/seen-in-development.txt lists the test articles that were
 * read while the rules were written, so `make eval` reports test scores
 * without them.
 *
 * The scorer itself is cli/eval.c (eval.h); this file reads the inputs,
 * builds one struct nkg_doc per article and runs nkg_extract() on it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "../extract/extract.h"
#include "commands.h"
#include "eval.h"

#define MAX_FILE (1u << 30)

static const char usage[] =
        "usage: newskg eval [--set NAME] [--split dev|test|all] [--exclude FILE]\n"
        "                   [--tsv | --errors] GOLD.jsonl...\n"
        "   or: newskg eval [--set NAME] [--tsv | --errors] --conll FILE\n"
        "\n"
        "Runs the extractor on every gold article and prints precision, recall and F1:\n"
        "names (exact span and type PER/ORG/LOC), times (TempEval-3 strict/relaxed span,\n"
        "type and value), event triggers (exact span) and, where the gold has them\n"
        "(MEANTIME), the participants and dates of the gold events it finds (PropBank\n"
        "A0/A1/A2 against its roles; dates exact or compatible).  The default split is\n"
        "dev; the test split is for reporting only.  --exclude FILE leaves out the\n"
        "articles whose ids FILE lists, one a line ('#' comments; 'prefix*' matches a\n"
        "prefix).  --tsv prints tab-separated lines: set, split, task, label, gold,\n"
        "system, correct, precision, recall, F1 (value accuracy in the F1 column).\n"
        "--errors lists, instead of the tables, each difference the tables count, one\n"
        "tab-separated line: id, layer (names, times, events, participants, dates),\n"
        "kind (missed, spurious, type; for times span, type, value; for participants\n"
        "role; for dates undated, compatible, value), then the gold and the system\n"
        "side, each as span (code points b-e), label[=value] and text ('-' when\n"
        "absent).  Gold format: eval/README.md.\n";

/* Reads a whole file into buf (NUL-terminated). */
static int slurp(const char *path, struct nkg_buf *buf)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n;
	int rc = 0;

	if (!f) {
		fprintf(stderr, "newskg: cannot open '%s': %s\n", path, strerror(errno));
		return NKG_EIO;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if ((rc = nkg_buf_add(buf, chunk, n)) != 0) {
			fprintf(stderr, "newskg: cannot read '%s': %s\n", path, nkg_strerror(rc));
			break;
		}
	}
	if (!rc && ferror(f)) {
		fprintf(stderr, "newskg: cannot read '%s': %s\n", path, strerror(errno));
		rc = NKG_EIO;
	}
	fclose(f);
	return rc;
}

/* The set's name: --set, else the file name without directory and extension. */
static void set_name(const char *opt, const char *path, char *out, size_t len)
{
	if (opt) {
		snprintf(out, len, "%s", opt);
		return;
	}
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t n = strcspn(base, ".");
	if (n == 0)
		n = strlen(base);
	snprintf(out, len, "%.*s", (int)n, base);
}

/* Extracts and scores one article, or (score NULL) prints its errors.  0, or
 * a negative code after a message. */
static int score_article(struct nkg_eval_score *score, const struct nkg_eval_record *rec,
                         const struct nkg_eval_gold *gold, const char *where)
{
	struct nkg_doc doc;
	int rc;

	nkg_doc_init(&doc, rec->text.ptr, rec->text.len);
	doc.origin = nkg_str_from_cstr(where);
	doc.id = rec->id;
	doc.title = rec->title;
	if (rec->date.len) {
		doc.date = rec->date;
		doc.date_origin = NKG_DATE_METADATA;
	}
	if ((rc = nkg_extract(&doc)) != 0)
		fprintf(stderr, "newskg: %s: extraction failed: %s\n", where, nkg_strerror(rc));
	else if ((rc = score ? nkg_eval_score_doc(score, &doc, gold)
	                     : nkg_eval_errors_doc(stdout, rec->id, &doc, gold)) != 0)
		fprintf(stderr, "newskg: %s: scoring failed: %s\n", where, nkg_strerror(rc));
	nkg_doc_release(&doc);
	return rc;
}

/* Article ids to leave out (--exclude): NUL-terminated, in one buffer. */
struct exclude {
	struct nkg_buf text;
	const char **ids;
	size_t n;
};

static void exclude_release(struct exclude *x)
{
	nkg_buf_release(&x->text);
	nkg_free(x->ids);
	memset(x, 0, sizeof(*x));
}

/* Reads an --exclude file: the first field of each line that is not empty
 * and does not start with '#'. */
static int exclude_load(struct exclude *x, const char *path)
{
	int rc;
	size_t cap = 0;

	nkg_buf_init(&x->text, MAX_FILE);
	if ((rc = slurp(path, &x->text)) != 0)
		return rc;
	if ((rc = nkg_buf_add(&x->text, "\n", 1)) != 0)
		goto nomem;
	for (char *p = x->text.ptr, *end = x->text.ptr + x->text.len; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t id = strcspn(p, " \t\r\n");
		if (id && p[0] != '#') {
			if (x->n == cap) {
				size_t c = cap ? cap * 2 : 64;
				const char **ids = nkg_realloc(x->ids, c * sizeof(*ids));
				if (!ids) {
					rc = NKG_ENOMEM;
					goto nomem;
				}
				x->ids = ids;
				cap = c;
			}
			x->ids[x->n++] = p;
			p[id] = '\0';
		}
		p = nl + 1;
	}
	return 0;
nomem:
	fprintf(stderr, "newskg: cannot read '%s': %s\n", path, nkg_strerror(rc));
	return rc;
}

static bool excluded(const struct exclude *x, struct nkg_str id)
{
	for (size_t i = 0; x && i < x->n; i++) {
		size_t n = strlen(x->ids[i]);
		if (n && x->ids[i][n - 1] == '*') {
			if (id.len >= n - 1 && memcmp(id.ptr, x->ids[i], n - 1) == 0)
				return true;
		} else if (nkg_str_eq_cstr(id, x->ids[i])) {
			return true;
		}
	}
	return false;
}

/* One JSON Lines gold file.  Returns 0, 1 when some record failed, or a
 * negative code when the file could not be read. */
static int eval_jsonl(const char *path, const char *set_opt, const char *split,
                      const struct exclude *skip, bool tsv, bool errors)
{
	struct nkg_buf buf;
	struct nkg_eval_score score;
	char set[128], where[512], err[160];
	int status = 0, rc;

	nkg_buf_init(&buf, MAX_FILE);
	nkg_eval_score_init(&score);
	if ((rc = slurp(path, &buf)) != 0)
		goto out;
	char *line = buf.ptr;
	char *end = buf.ptr + buf.len;
	for (size_t lineno = 1; line && line < end; lineno++) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
		char *next = nl ? nl + 1 : NULL;
		struct nkg_eval_record rec;
		struct nkg_eval_gold gold;

		if (n && line[n - 1] == '\r')
			n--;
		snprintf(where, sizeof(where), "%s:%zu", path, lineno);
		if (strspn(line, " \t\r") >= n) {
			line = next;
			continue;
		}
		nkg_eval_gold_init(&gold);
		rc = nkg_eval_parse_record(line, n, &rec, &gold, err, sizeof(err));
		if (rc == NKG_ENOMEM) {
			fprintf(stderr, "newskg: %s: %s\n", where, nkg_strerror(rc));
			status = 1;
		} else if (rc) {
			fprintf(stderr, "newskg: %s: %s\n", where, err);
			status = 1;
		} else if ((strcmp(split, "all") == 0 || rec.split.len == 0 ||
		            nkg_str_eq_cstr(rec.split, split)) &&
		           !excluded(skip, rec.id)) {
			if (score_article(errors ? NULL : &score, &rec, &gold, where) != 0)
				status = 1;
		}
		nkg_eval_gold_release(&gold);
		line = next;
	}
	set_name(set_opt, path, set, sizeof(set));
	if (!errors)
		nkg_eval_print(stdout, set, split, &score, tsv);
	rc = status;
out:
	nkg_buf_release(&buf);
	return rc;
}

/* ---- CoNLL-2003 ------------------------------------------------------------ */

struct conll_doc {
	struct nkg_buf text;
	struct nkg_eval_gold gold;
	uint32_t n_cp;      /* code points in text */
	uint32_t ent_begin; /* open entity's first code point */
	char ent_type[8];   /* open entity's type, "" when none */
	bool line_start;
};

static int conll_close(struct conll_doc *d, uint32_t end)
{
	int rc = 0;
	if (d->ent_type[0] && strcmp(d->ent_type, "MISC") != 0)
		rc = nkg_eval_anns_add(&d->gold.entities, d->ent_begin, end, d->ent_type,
		                       NKG_STR_NULL);
	d->ent_type[0] = '\0';
	return rc;
}

static void conll_reset(struct conll_doc *d)
{
	nkg_buf_reset(&d->text);
	nkg_eval_gold_release(&d->gold);
	nkg_eval_gold_init(&d->gold);
	d->gold.entities.present = true;
	d->n_cp = 0;
	d->ent_type[0] = '\0';
	d->line_start = true;
}

/* Adds one token with its NE tag (IOB1 or IOB2). */
static int conll_token(struct conll_doc *d, const char *tok, size_t n, const char *tag, size_t tn)
{
	int rc;
	if (!d->line_start) {
		if ((rc = nkg_buf_addch(&d->text, ' ')))
			return rc;
		d->n_cp++;
	}
	d->line_start = false;
	uint32_t begin = d->n_cp;
	char type[8] = "";
	bool b_tag = false;
	if (tn > 2 && (tag[0] == 'B' || tag[0] == 'I' || tag[0] == 'E' || tag[0] == 'S') &&
	    tag[1] == '-' && tn - 2 < sizeof(type)) {
		memcpy(type, tag + 2, tn - 2);
		type[tn - 2] = '\0';
		b_tag = tag[0] == 'B' || tag[0] == 'S';
	}
	/* An entity goes on with I- of the same type; B-, another type or O ends it. */
	if (d->ent_type[0] && (b_tag || strcmp(type, d->ent_type) != 0)) {
		/* The closed entity ends before the space just written. */
		if ((rc = conll_close(d, begin - 1)))
			return rc;
	}
	if (type[0] && !d->ent_type[0]) {
		memcpy(d->ent_type, type, sizeof(type));
		d->ent_begin = begin;
	}
	if ((rc = nkg_buf_add(&d->text, tok, n)))
		return rc;
	d->n_cp += (uint32_t)nkg_utf8_count(tok, n);
	return 0;
}

static int conll_sentence_end(struct conll_doc *d)
{
	int rc = 0;
	if (d->ent_type[0])
		rc = conll_close(d, d->n_cp);
	if (!rc && !d->line_start) {
		rc = nkg_buf_addch(&d->text, '\n');
		d->n_cp++;
		d->line_start = true;
	}
	return rc;
}

static int conll_flush(struct conll_doc *d, struct nkg_eval_score *score, const char *path,
                       unsigned doc_no)
{
	char where[512], id[32];
	int rc;

	if ((rc = conll_sentence_end(d)))
		return rc;
	if (d->text.len == 0)
		return 0;
	snprintf(where, sizeof(where), "%s: document %u", path, doc_no);
	snprintf(id, sizeof(id), "%u", doc_no);
	struct nkg_eval_record rec = {.id = nkg_str_from_cstr(id), .text = nkg_buf_str(&d->text)};
	rc = score_article(score, &rec, &d->gold, where);
	conll_reset(d);
	return rc;
}

static int eval_conll(const char *path, const char *set_opt, bool tsv, bool errors)
{
	struct nkg_buf buf;
	struct nkg_eval_score score;
	struct conll_doc d;
	char set[128];
	unsigned doc_no = 1;
	size_t bad;
	int rc, status = 0;

	nkg_buf_init(&buf, MAX_FILE);
	nkg_buf_init(&d.text, 0);
	nkg_eval_gold_init(&d.gold);
	conll_reset(&d);
	nkg_eval_score_init(&score);
	if ((rc = slurp(path, &buf)) != 0)
		goto out;
	if (nkg_utf8_validate(buf.ptr, buf.len, &bad)) {
		fprintf(stderr, "newskg: '%s': invalid UTF-8 at byte %zu\n", path, bad);
		rc = NKG_EUTF8;
		goto out;
	}
	char *line = buf.ptr, *end = buf.ptr + buf.len;
	for (size_t lineno = 1; line < end; lineno++) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
		char *next = nl ? nl + 1 : end;
		while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
			n--;
		if (n == 0) {
			rc = conll_sentence_end(&d);
		} else if (n >= 10 && memcmp(line, "-DOCSTART-", 10) == 0) {
			if (d.text.len) {
				if (conll_flush(&d, errors ? NULL : &score, path, doc_no) != 0)
					status = 1;
				doc_no++;
			}
			rc = 0;
		} else {
			/* The token is the first column, the NE tag the last. */
			size_t tn = strcspn(line, " \t");
			if (tn > n)
				tn = n;
			const char *tag = line + n;
			while (tag > line && tag[-1] != ' ' && tag[-1] != '\t')
				tag--;
			if (tn == n) {
				fprintf(stderr, "newskg: %s:%zu: expected a token and a tag\n",
				        path, lineno);
				rc = NKG_EINVAL;
				goto out;
			}
			rc = conll_token(&d, line, tn, tag, (size_t)(line + n - tag));
		}
		if (rc) {
			fprintf(stderr, "newskg: %s:%zu: %s\n", path, lineno, nkg_strerror(rc));
			goto out;
		}
		line = next;
	}
	if (d.text.len && conll_flush(&d, errors ? NULL : &score, path, doc_no) != 0)
		status = 1;
	set_name(set_opt, path, set, sizeof(set));
	if (!errors)
		nkg_eval_print(stdout, set, "all", &score, tsv);
	rc = status;
out:
	nkg_buf_release(&buf);
	nkg_buf_release(&d.text);
	nkg_eval_gold_release(&d.gold);
	return rc;
}

int nkg_cmd_eval(int argc, char **argv)
{
	const char *set = NULL, *split = "dev", *conll = NULL, *exclude_path = NULL;
	struct exclude skip = {0};
	bool tsv = false, errors = false;
	int i, status = 0, n_files = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			return 0;
		} else if (strcmp(a, "--tsv") == 0) {
			tsv = true;
		} else if (strcmp(a, "--errors") == 0) {
			errors = true;
		} else if (strcmp(a, "--set") == 0 || strcmp(a, "--split") == 0 ||
		           strcmp(a, "--conll") == 0 || strcmp(a, "--exclude") == 0) {
			if (i + 1 >= argc) {
				fprintf(stderr, "newskg: option '%s' needs a value\n", a);
				return 2;
			}
			const char *v = argv[++i];
			if (a[2] == 'c')
				conll = v;
			else if (a[2] == 'e')
				exclude_path = v;
			else if (strcmp(a, "--set") == 0)
				set = v;
			else
				split = v;
		} else if (a[0] == '-' && a[1] != '\0') {
			fprintf(stderr, "newskg: unknown option '%s'\n%s", a, usage);
			return 2;
		} else {
			break;
		}
	}
	if (strcmp(split, "dev") != 0 && strcmp(split, "test") != 0 && strcmp(split, "all") != 0) {
		fprintf(stderr, "newskg: --split must be dev, test or all, not '%s'\n", split);
		return 2;
	}
	n_files = argc - i;
	if ((conll && (n_files || exclude_path)) || (!conll && n_files == 0) || (tsv && errors)) {
		fputs(usage, stderr);
		return 2;
	}
	if (conll) {
		int rc = eval_conll(conll, set, tsv, errors);
		return rc < 0 ? 2 : rc;
	}
	if (exclude_path && exclude_load(&skip, exclude_path) != 0) {
		exclude_release(&skip);
		return 2;
	}
	for (; i < argc; i++) {
		int rc = eval_jsonl(argv[i], set, split, &skip, tsv, errors);
		if (rc != 0)
			status = 1;
	}
	exclude_release(&skip);
	return status;
}
