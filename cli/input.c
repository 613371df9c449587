/* input.c - finding, reading and checking the articles. */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/json.h"
#include "../core/utf8.h"

#define READ_CHUNK ((size_t)64 * 1024)

/* ---- classification ----------------------------------------------------- */

static bool ends_with_nocase(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	if (n < k)
		return false;
	return nkg_str_eq_nocase((struct nkg_str){s + n - k, k}, (struct nkg_str){suffix, k});
}

enum nkg_input_kind nkg_input_classify(const char *name)
{
	const char *slash = strrchr(name, '/');
	if (slash)
		name = slash + 1;
	if (name[0] == '.' || name[0] == '\0')
		return NKG_INPUT_SKIP;
	/* The extension alone is not an article name: ".txt" is hidden anyway. */
	if (ends_with_nocase(name, ".txt"))
		return NKG_INPUT_TEXT;
	if (ends_with_nocase(name, ".jsonl"))
		return NKG_INPUT_JSONL;
	return NKG_INPUT_SKIP;
}

/* ---- path lists and folder walking --------------------------------------- */

void nkg_path_list_init(struct nkg_path_list *l)
{
	l->paths = NULL;
	l->n = 0;
	l->cap = 0;
}

void nkg_path_list_release(struct nkg_path_list *l)
{
	for (size_t k = 0; k < l->n; k++)
		nkg_free(l->paths[k]);
	nkg_free(l->paths);
	nkg_path_list_init(l);
}

/* Appends path (consumed: owned by the list on success, freed on failure). */
static int list_push(struct nkg_path_list *l, char *path)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 16;
		char **p = nkg_realloc(l->paths, ncap * sizeof(*p));
		if (!p) {
			nkg_free(path);
			return NKG_ENOMEM;
		}
		l->paths = p;
		l->cap = ncap;
	}
	l->paths[l->n++] = path;
	return 0;
}

static char *path_join(const char *dir, const char *name)
{
	size_t dn = strlen(dir), nn = strlen(name);
	bool slash = dn > 0 && dir[dn - 1] != '/';
	char *p = nkg_malloc(dn + slash + nn + 1);
	if (!p)
		return NULL;
	memcpy(p, dir, dn);
	if (slash)
		p[dn] = '/';
	memcpy(p + dn + slash, name, nn + 1);
	return p;
}

static int cmp_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the article files under dir, unsorted.  Returns 0, NKG_ENOMEM, or
 * NKG_EIO (errno set) when dir itself cannot be opened. */
static int walk(const char *dir, struct nkg_path_list *out, nkg_walk_error_fn *on_error, void *ctx)
{
	struct nkg_path_list subdirs;
	struct dirent *de;
	int rc = 0;

	DIR *d = opendir(dir);
	if (!d)
		return NKG_EIO;
	nkg_path_list_init(&subdirs);
	for (;;) {
		errno = 0;
		de = readdir(d);
		if (!de) {
			if (errno && on_error)
				on_error(ctx, dir, errno);
			break;
		}
		if (de->d_name[0] == '.')
			continue; /* hidden, ".", ".." */
		char *path = path_join(dir, de->d_name);
		if (!path) {
			rc = NKG_ENOMEM;
			goto out;
		}
		struct stat st;
		if (lstat(path, &st) != 0) {
			if (on_error)
				on_error(ctx, path, errno);
			nkg_free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if ((rc = list_push(&subdirs, path)) != 0)
				goto out;
			continue;
		}
		enum nkg_input_kind kind = nkg_input_classify(de->d_name);
		if (kind != NKG_INPUT_SKIP && S_ISLNK(st.st_mode)) {
			/* A link counts like the file it points to; links to
			 * folders are not followed. */
			if (stat(path, &st) != 0) {
				if (on_error)
					on_error(ctx, path, errno);
				nkg_free(path);
				continue;
			}
		}
		if (kind == NKG_INPUT_SKIP || !S_ISREG(st.st_mode)) {
			nkg_free(path);
			continue;
		}
		if ((rc = list_push(out, path)) != 0)
			goto out;
	}
	closedir(d);
	d = NULL;
	for (size_t k = 0; k < subdirs.n; k++) {
		rc = walk(subdirs.paths[k], out, on_error, ctx);
		if (rc == NKG_EIO) {
			if (on_error)
				on_error(ctx, subdirs.paths[k], errno);
			rc = 0;
		} else if (rc) {
			goto out;
		}
	}
out:
	if (d)
		closedir(d);
	nkg_path_list_release(&subdirs);
	return rc;
}

int nkg_input_walk(const char *dir, struct nkg_path_list *out, nkg_walk_error_fn *on_error,
                   void *ctx)
{
	size_t first = out->n;
	int rc = walk(dir, out, on_error, ctx);
	if (rc)
		return rc;
	if (out->n == first)
		return NKG_ENOTFOUND;
	qsort(out->paths + first, out->n - first, sizeof(*out->paths), cmp_paths);
	return 0;
}

/* ---- reading ------------------------------------------------------------ */

int nkg_input_read_stream(FILE *f, size_t max, struct nkg_buf *out)
{
	int rc;

	out->max = 0;
	nkg_buf_reset(out);
	for (;;) {
		/* Read at most max + 1 bytes: one more than allowed proves the
		 * article is too large without reading the rest. */
		size_t room = max + 1 - out->len;
		size_t want = room < READ_CHUNK ? room : READ_CHUNK;
		if ((rc = nkg_buf_grow(out, want)) != 0)
			return rc;
		size_t got = fread(out->ptr + out->len, 1, want, f);
		out->len += got;
		out->ptr[out->len] = '\0';
		if (out->len > max)
			return NKG_ELIMIT;
		if (got < want) {
			if (ferror(f))
				return NKG_EIO;
			return 0;
		}
	}
}

int nkg_input_read_file(const char *path, size_t max, struct nkg_buf *out)
{
	struct stat st;
	int rc;

	FILE *f = fopen(path, "rb");
	if (!f)
		return NKG_EIO;
	if (fstat(fileno(f), &st) != 0) {
		rc = NKG_EIO;
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		rc = NKG_EIO;
		goto out;
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > (uintmax_t)max) {
		rc = NKG_ELIMIT;
		goto out;
	}
	rc = nkg_input_read_stream(f, max, out);
out:
	if (rc == NKG_EIO) {
		int saved = errno;
		fclose(f);
		errno = saved;
	} else {
		fclose(f);
	}
	return rc;
}

int nkg_line_reader_init(struct nkg_line_reader *r, FILE *f, size_t max)
{
	r->f = f;
	r->max = max;
	nkg_buf_init(&r->line, 0);
	r->lineno = 0;
	r->pos = 0;
	r->len = 0;
	r->eof = false;
	r->chunk = nkg_malloc(READ_CHUNK);
	return r->chunk ? 0 : NKG_ENOMEM;
}

void nkg_line_reader_release(struct nkg_line_reader *r)
{
	nkg_buf_release(&r->line);
	nkg_free(r->chunk);
	r->chunk = NULL;
}

/* 0, or NKG_EIO; sets r->eof at the end of the stream. */
static int refill(struct nkg_line_reader *r)
{
	size_t got = fread(r->chunk, 1, READ_CHUNK, r->f);
	r->pos = 0;
	r->len = got;
	if (got == 0) {
		if (ferror(r->f))
			return NKG_EIO;
		r->eof = true;
	}
	return 0;
}

int nkg_line_reader_next(struct nkg_line_reader *r)
{
	bool too_long = false;
	int rc;

	nkg_buf_reset(&r->line);
	if (r->pos == r->len && !r->eof && (rc = refill(r)) != 0)
		return rc;
	if (r->pos == r->len)
		return 0;
	r->lineno++;
	for (;;) {
		if (r->pos == r->len) {
			if (r->eof)
				break;
			if ((rc = refill(r)) != 0)
				return rc;
			continue;
		}
		const char *seg = r->chunk + r->pos;
		const char *nl = memchr(seg, '\n', r->len - r->pos);
		size_t seg_len = nl ? (size_t)(nl - seg) : r->len - r->pos;
		/* Room for a "\r" before the "\n", dropped below. */
		if (!too_long && r->line.len + seg_len > r->max + 1) {
			too_long = true;
			nkg_buf_release(&r->line);
		}
		if (!too_long && (rc = nkg_buf_add(&r->line, seg, seg_len)) != 0)
			return rc;
		r->pos += seg_len + (nl ? 1 : 0);
		if (nl)
			break;
	}
	if (too_long)
		return NKG_ELIMIT;
	if (r->line.len && r->line.ptr[r->line.len - 1] == '\r')
		r->line.ptr[--r->line.len] = '\0';
	if (r->line.len > r->max) {
		nkg_buf_reset(&r->line);
		return NKG_ELIMIT;
	}
	if (!r->line.ptr && (rc = nkg_buf_grow(&r->line, 0)) != 0)
		return rc; /* an empty line still gets a NUL-terminated buffer */
	return 1;
}

/* ---- checking ----------------------------------------------------------- */

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int nkg_input_check_text(const char *s, size_t n, struct nkg_buf *repair, struct nkg_str *text,
                         size_t *n_replaced, size_t *bad_off)
{
	size_t bom = 0, off, replaced = 0;
	struct nkg_str t;
	int rc;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		bom = 3;
	const char *nul = memchr(s, '\0', n);
	if (nul) {
		*bad_off = (size_t)(nul - s);
		return NKG_EBINARY;
	}
	if (repair) {
		nkg_buf_reset(repair);
		if ((rc = nkg_utf8_repair(s + bom, n - bom, repair, &replaced)) != 0)
			return rc;
		if (!repair->ptr && (rc = nkg_buf_grow(repair, 0)) != 0)
			return rc;
		t.ptr = repair->ptr;
		t.len = repair->len;
	} else {
		if (nkg_utf8_validate(s + bom, n - bom, &off) != 0) {
			*bad_off = off + bom;
			return NKG_EUTF8;
		}
		t.ptr = s + bom;
		t.len = n - bom;
	}
	size_t k = 0;
	while (k < t.len && is_space(t.ptr[k]))
		k++;
	if (k == t.len)
		return NKG_EEMPTY;
	*text = t;
	if (n_replaced)
		*n_replaced = replaced;
	return 0;
}

void nkg_input_describe(int err, size_t off, size_t limit, char *out, size_t size)
{
	switch (err) {
	case NKG_EUTF8: snprintf(out, size, "invalid UTF-8 at byte %zu", off); break;
	case NKG_EBINARY: snprintf(out, size, "binary file (NUL byte at %zu)", off); break;
	case NKG_EEMPTY: snprintf(out, size, "no text"); break;
	case NKG_ELIMIT:
		snprintf(out, size, "article is larger than the limit of %zu bytes %s", limit,
		         "(--max-article-bytes)");
		break;
	default: snprintf(out, size, "%s", nkg_strerror(err)); break;
	}
}

/* ---- dates -------------------------------------------------------------- */

static int digits(const char *s, size_t k)
{
	int v = 0;
	for (size_t i = 0; i < k; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool nkg_input_date_valid(const char *s, size_t n)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 1 || m < 1 || m > 12 || d < 1)
		return false;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

/* hh:mm[:ss[.f+]] at s[0..n): the length matched, 0 if none. */
static size_t match_time(const char *s, size_t n)
{
	size_t i = 0;
	if (n < 5 || s[2] != ':')
		return 0;
	int h = digits(s, 2), mi = digits(s + 3, 2);
	if (h < 0 || h > 23 || mi < 0 || mi > 59)
		return 0;
	i = 5;
	if (i < n && s[i] == ':') {
		if (n - i < 3)
			return 0;
		int sec = digits(s + i + 1, 2);
		if (sec < 0 || sec > 60)
			return 0;
		i += 3;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			size_t f = ++i;
			while (i < n && s[i] >= '0' && s[i] <= '9')
				i++;
			if (i == f)
				return 0;
		}
	}
	return i;
}

/* Z, +hh:mm, +hhmm, +hh (or '-') exactly filling s[0..n). */
static bool match_zone(const char *s, size_t n)
{
	if (n == 1 && (s[0] == 'Z' || s[0] == 'z'))
		return true;
	if (n < 3 || (s[0] != '+' && s[0] != '-'))
		return false;
	int h = digits(s + 1, 2);
	if (h < 0 || h > 23)
		return false;
	if (n == 3)
		return true;
	size_t m = s[3] == ':' ? 4 : 3;
	if (n != m + 2)
		return false;
	int mi = digits(s + m, 2);
	return mi >= 0 && mi <= 59;
}

int nkg_input_date_from_iso(struct nkg_str in, struct nkg_str *date)
{
	if (in.len < 10 || !nkg_input_date_valid(in.ptr, 10))
		return NKG_EINVAL;
	if (in.len > 10) {
		const char *s = in.ptr + 11;
		size_t n = in.len - 11;
		char sep = in.ptr[10];
		if (sep != 'T' && sep != 't' && sep != ' ')
			return NKG_EINVAL;
		size_t t = match_time(s, n);
		if (t == 0)
			return NKG_EINVAL;
		if (t < n && !match_zone(s + t, n - t))
			return NKG_EINVAL;
	}
	date->ptr = in.ptr;
	date->len = 10;
	return 0;
}

/* ---- JSON Lines records ------------------------------------------------- */

enum { R_ID, R_URL, R_TITLE, R_SOURCE, R_DATE, R_TEXT, R_COUNT };

int nkg_input_parse_record(char *line, size_t n, struct nkg_record *rec, char *msg, size_t msg_size)
{
	struct nkg_json_member m[R_COUNT] = {
	        [R_ID] = {.key = "id"},       [R_URL] = {.key = "url"},
	        [R_TITLE] = {.key = "title"}, [R_SOURCE] = {.key = "source"},
	        [R_DATE] = {.key = "date"},   [R_TEXT] = {.key = "text"},
	};
	struct nkg_str *dest[R_COUNT] = {
	        &rec->id, &rec->url, &rec->title, &rec->source, &rec->date, &rec->text,
	};
	struct nkg_json_error jerr;

	if (nkg_json_parse_record(line, n, m, R_COUNT, &jerr) != 0) {
		snprintf(msg, msg_size, "malformed JSON at column %zu: %s", jerr.column, jerr.msg);
		return NKG_EJSON;
	}
	for (size_t k = 0; k < R_COUNT; k++) {
		enum nkg_json_type t = m[k].type;
		bool ok = t == NKG_JSON_ABSENT || t == NKG_JSON_NULL || t == NKG_JSON_STRING ||
		          (k == R_ID && t == NKG_JSON_NUMBER);
		if (!ok) {
			const char *art = t == NKG_JSON_ARRAY || t == NKG_JSON_OBJECT ? "an "
			                  : t == NKG_JSON_NUMBER                      ? "a "
			                                                              : "";
			snprintf(msg, msg_size, "\"%s\" must be a string, not %s%s", m[k].key, art,
			         nkg_json_type_name(t));
			return NKG_EINVAL;
		}
	}
	if (m[R_TEXT].type != NKG_JSON_STRING) {
		snprintf(msg, msg_size, "no \"text\" field");
		return NKG_EINVAL;
	}
	struct nkg_str date = m[R_DATE].value;
	if (m[R_DATE].type == NKG_JSON_STRING && date.len > 0 &&
	    nkg_input_date_from_iso(m[R_DATE].value, &date) != 0) {
		snprintf(msg, msg_size,
		         "invalid \"date\" '%.40s' (expected YYYY-MM-DD or an ISO 8601 date-time)",
		         m[R_DATE].value.ptr);
		return NKG_EINVAL;
	}
	for (size_t k = 0; k < R_COUNT; k++)
		*dest[k] = m[k].value;
	rec->date = date;
	rec->text_column = m[R_TEXT].column;
	return 0;
}
