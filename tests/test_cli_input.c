/* test_cli_input.c - finding, reading and checking articles (cli/input.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/input.h"
#include "core/alloc.h"
#include "core/err.h"

/* ---- helpers ------------------------------------------------------------- */

struct tmp {
	char dir[64];
};

static int tmp_setup(void **state)
{
	struct tmp *t = calloc(1, sizeof(*t));
	if (!t)
		return -1;
	strcpy(t->dir, "/tmp/nkg-input-XXXXXX");
	if (!mkdtemp(t->dir)) {
		free(t);
		return -1;
	}
	*state = t;
	return 0;
}

static int tmp_teardown(void **state)
{
	struct tmp *t = *state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", t->dir);
	int rc = system(cmd);
	free(t);
	return rc == 0 ? 0 : -1;
}

/* Writes n bytes to dir/rel (creating no folders). */
static void put(const struct tmp *t, const char *rel, const char *bytes, size_t n)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", t->dir, rel);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

static void mkdir_in(const struct tmp *t, const char *rel)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", t->dir, rel);
	assert_int_equal(mkdir(path, 0755), 0);
}

static void link_in(const struct tmp *t, const char *target, const char *rel)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", t->dir, rel);
	assert_int_equal(symlink(target, path), 0);
}

/* The path relative to the temporary folder. */
static const char *rel(const struct tmp *t, const char *path)
{
	size_t n = strlen(t->dir);
	assert_memory_equal(path, t->dir, n);
	assert_int_equal(path[n], '/');
	return path + n + 1;
}

static void assert_slice(struct nkg_str s, const char *want)
{
	assert_int_equal(s.len, strlen(want));
	if (s.len)
		assert_memory_equal(s.ptr, want, s.len);
}

struct errors {
	int count;
	char last[256];
	int errnum;
};

static void record_error(void *ctx, const char *path, int errnum)
{
	struct errors *e = ctx;
	e->count++;
	snprintf(e->last, sizeof(e->last), "%s", path);
	e->errnum = errnum;
}

/* ---- classification -------------------------------------------------------- */

static void test_classify_by_extension(void **state)
{
	(void)state;
	assert_int_equal(nkg_input_classify("a.txt"), NKG_INPUT_TEXT);
	assert_int_equal(nkg_input_classify("dir/A.TXT"), NKG_INPUT_TEXT);
	assert_int_equal(nkg_input_classify("x/feed.jsonl"), NKG_INPUT_JSONL);
	assert_int_equal(nkg_input_classify("feed.JsonL"), NKG_INPUT_JSONL);
	assert_int_equal(nkg_input_classify("README"), NKG_INPUT_SKIP);
	assert_int_equal(nkg_input_classify("a.json"), NKG_INPUT_SKIP);
	assert_int_equal(nkg_input_classify("notes.txt.bak"), NKG_INPUT_SKIP);
	assert_int_equal(nkg_input_classify(".hidden.txt"), NKG_INPUT_SKIP);
	assert_int_equal(nkg_input_classify("d/.txt"), NKG_INPUT_SKIP);
	assert_int_equal(nkg_input_classify("d/"), NKG_INPUT_SKIP);
}

/* ---- folder walking ----------------------------------------------------------- */

static void test_walk_sorted_recursive_skipping_hidden(void **state)
{
	struct tmp *t = *state;
	struct nkg_path_list l;
	struct errors e = {0};

	mkdir_in(t, "d");
	mkdir_in(t, "d/sub");
	mkdir_in(t, "d/.git");
	mkdir_in(t, "d/sub/deeper");
	put(t, "d/b.txt", "b", 1);
	put(t, "d/a.jsonl", "{}", 2);
	put(t, "d/sub-x.txt", "x", 1); /* '-' sorts before '/' */
	put(t, "d/sub/c.TXT", "c", 1);
	put(t, "d/sub/deeper/z.txt", "z", 1);
	put(t, "d/README", "r", 1);
	put(t, "d/.h.txt", "h", 1);
	put(t, "d/.git/x.txt", "x", 1);
	put(t, "outside.txt", "o", 1);
	link_in(t, "../outside.txt", "d/link.txt");
	link_in(t, "..", "d/loop"); /* a link to a folder is not followed */

	char dir[128];
	snprintf(dir, sizeof(dir), "%s/d", t->dir);
	nkg_path_list_init(&l);
	assert_int_equal(nkg_input_walk(dir, &l, record_error, &e), 0);
	assert_int_equal(e.count, 0);
	assert_int_equal(l.n, 6);
	assert_string_equal(rel(t, l.paths[0]), "d/a.jsonl");
	assert_string_equal(rel(t, l.paths[1]), "d/b.txt");
	assert_string_equal(rel(t, l.paths[2]), "d/link.txt");
	assert_string_equal(rel(t, l.paths[3]), "d/sub-x.txt");
	assert_string_equal(rel(t, l.paths[4]), "d/sub/c.TXT");
	assert_string_equal(rel(t, l.paths[5]), "d/sub/deeper/z.txt");
	nkg_path_list_release(&l);

	/* A trailing slash gives no double slash. */
	snprintf(dir, sizeof(dir), "%s/d/sub/", t->dir);
	assert_int_equal(nkg_input_walk(dir, &l, NULL, NULL), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(rel(t, l.paths[0]), "d/sub/c.TXT");
	assert_string_equal(rel(t, l.paths[1]), "d/sub/deeper/z.txt");
	nkg_path_list_release(&l);
}

static void test_walk_appends_after_existing(void **state)
{
	struct tmp *t = *state;
	struct nkg_path_list l;

	put(t, "b.txt", "b", 1);
	put(t, "a.txt", "a", 1);
	nkg_path_list_init(&l);
	/* The list owns its strings, allocated with nkg_malloc. */
	l.paths = nkg_malloc(sizeof(char *));
	assert_non_null(l.paths);
	l.paths[0] = nkg_strndup("zzz.txt", 7);
	assert_non_null(l.paths[0]);
	l.n = l.cap = 1;
	assert_int_equal(nkg_input_walk(t->dir, &l, NULL, NULL), 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.paths[0], "zzz.txt"); /* earlier entries stay put */
	assert_string_equal(rel(t, l.paths[1]), "a.txt");
	assert_string_equal(rel(t, l.paths[2]), "b.txt");
	nkg_path_list_release(&l);
}

static void test_walk_empty_and_missing(void **state)
{
	struct tmp *t = *state;
	struct nkg_path_list l;
	char dir[128];

	mkdir_in(t, "empty");
	put(t, "empty/notes.md", "n", 1);
	mkdir_in(t, "empty/.hidden");
	put(t, "empty/.hidden/a.txt", "a", 1);
	snprintf(dir, sizeof(dir), "%s/empty", t->dir);
	nkg_path_list_init(&l);
	assert_int_equal(nkg_input_walk(dir, &l, NULL, NULL), NKG_ENOTFOUND);
	assert_int_equal(l.n, 0);

	snprintf(dir, sizeof(dir), "%s/missing", t->dir);
	errno = 0;
	assert_int_equal(nkg_input_walk(dir, &l, NULL, NULL), NKG_EIO);
	assert_int_equal(errno, ENOENT);
	nkg_path_list_release(&l);
}

static void test_walk_reports_dangling_link(void **state)
{
	struct tmp *t = *state;
	struct nkg_path_list l;
	struct errors e = {0};

	put(t, "ok.txt", "o", 1);
	link_in(t, "nowhere.txt", "dangling.txt");
	nkg_path_list_init(&l);
	assert_int_equal(nkg_input_walk(t->dir, &l, record_error, &e), 0);
	assert_int_equal(e.count, 1);
	assert_string_equal(rel(t, e.last), "dangling.txt");
	assert_int_equal(e.errnum, ENOENT);
	assert_int_equal(l.n, 1);
	assert_string_equal(rel(t, l.paths[0]), "ok.txt");
	nkg_path_list_release(&l);
}

static void test_walk_out_of_memory(void **state)
{
	struct tmp *t = *state;
	struct nkg_path_list l;
	char name[32];

	mkdir_in(t, "s");
	for (int k = 0; k < 20; k++) {
		snprintf(name, sizeof(name), "%c.txt", 'a' + k);
		put(t, name, "x", 1);
		snprintf(name, sizeof(name), "s/%c.txt", 'a' + k);
		put(t, name, "x", 1);
	}
	/* Fail each allocation in turn: a clean NKG_ENOMEM every time, and the
	 * list (released) leaks nothing, which ASan and valgrind check. */
	int failures = 0;
	for (unsigned long n = 1; n < 1000; n++) {
		nkg_path_list_init(&l);
		nkg_alloc_fail_after(n, 0);
		int rc = nkg_input_walk(t->dir, &l, NULL, NULL);
		nkg_alloc_fail_after(0, 0);
		nkg_path_list_release(&l);
		if (rc == 0)
			break;
		assert_int_equal(rc, NKG_ENOMEM);
		failures++;
	}
	assert_true(failures > 40);
	nkg_path_list_init(&l);
	assert_int_equal(nkg_input_walk(t->dir, &l, NULL, NULL), 0);
	assert_int_equal(l.n, 40);
	nkg_path_list_release(&l);
}

/* ---- reading ----------------------------------------------------------------- */

static void test_read_file_limits(void **state)
{
	struct tmp *t = *state;
	struct nkg_buf b;
	char path[128];

	put(t, "ten.txt", "0123456789", 10);
	snprintf(path, sizeof(path), "%s/ten.txt", t->dir);
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_input_read_file(path, 10, &b), 0);
	assert_int_equal(b.len, 10);
	assert_string_equal(b.ptr, "0123456789");
	assert_int_equal(nkg_input_read_file(path, 9, &b), NKG_ELIMIT);

	snprintf(path, sizeof(path), "%s/none.txt", t->dir);
	errno = 0;
	assert_int_equal(nkg_input_read_file(path, 10, &b), NKG_EIO);
	assert_int_equal(errno, ENOENT);
	errno = 0;
	assert_int_equal(nkg_input_read_file(t->dir, 10, &b), NKG_EIO);
	assert_int_equal(errno, EISDIR);
	nkg_buf_release(&b);
}

static void test_read_stream_caps_memory(void **state)
{
	(void)state;
	static char big[200000];
	struct nkg_buf b;

	memset(big, 'a', sizeof(big));
	nkg_buf_init(&b, 0);
	FILE *f = fmemopen(big, sizeof(big), "rb");
	assert_non_null(f);
	assert_int_equal(nkg_input_read_stream(f, sizeof(big), &b), 0);
	assert_int_equal(b.len, sizeof(big));
	fclose(f);

	f = fmemopen(big, sizeof(big), "rb");
	assert_non_null(f);
	assert_int_equal(nkg_input_read_stream(f, 1000, &b), NKG_ELIMIT);
	/* It stopped after one byte too many. */
	assert_int_equal(b.len, 1001);
	fclose(f);
	nkg_buf_release(&b);
}

static void test_line_reader_lines_and_limits(void **state)
{
	(void)state;
	static const char src[] = "first\r\n\n0123456789ABC\n0123456789\nlast";
	struct nkg_line_reader r;

	FILE *f = fmemopen((void *)src, sizeof(src) - 1, "rb");
	assert_non_null(f);
	assert_int_equal(nkg_line_reader_init(&r, f, 10), 0);
	assert_int_equal(nkg_line_reader_next(&r), 1);
	assert_int_equal(r.lineno, 1);
	assert_string_equal(r.line.ptr, "first");
	assert_int_equal(nkg_line_reader_next(&r), 1);
	assert_int_equal(r.lineno, 2);
	assert_int_equal(r.line.len, 0);
	assert_string_equal(r.line.ptr, "");
	assert_int_equal(nkg_line_reader_next(&r), NKG_ELIMIT);
	assert_int_equal(r.lineno, 3);
	assert_int_equal(nkg_line_reader_next(&r), 1);
	assert_int_equal(r.lineno, 4);
	assert_string_equal(r.line.ptr, "0123456789");
	assert_int_equal(nkg_line_reader_next(&r), 1);
	assert_int_equal(r.lineno, 5);
	assert_string_equal(r.line.ptr, "last");
	assert_int_equal(nkg_line_reader_next(&r), 0);
	assert_int_equal(nkg_line_reader_next(&r), 0);
	assert_int_equal(r.lineno, 5);
	nkg_line_reader_release(&r);
	fclose(f);
}

static void test_line_reader_long_lines_across_chunks(void **state)
{
	(void)state;
	/* Lines longer than the 64 KiB read-ahead, one over the cap. */
	size_t n1 = 150000, n2 = 150001, total = n1 + 1 + n2 + 1 + 2;
	char *src = malloc(total);
	assert_non_null(src);
	memset(src, 'x', n1);
	src[n1] = '\n';
	memset(src + n1 + 1, 'y', n2);
	memcpy(src + n1 + 1 + n2, "\nz\n", 3);
	struct nkg_line_reader r;
	FILE *f = fmemopen(src, total, "rb");
	assert_non_null(f);
	assert_int_equal(nkg_line_reader_init(&r, f, n1), 0);
	assert_int_equal(nkg_line_reader_next(&r), 1);
	assert_int_equal(r.line.len, n1);
	assert_int_equal(r.line.ptr[n1 - 1], 'x');
	assert_int_equal(nkg_line_reader_next(&r), NKG_ELIMIT);
	assert_int_equal(r.lineno, 2);
	assert_int_equal(nkg_line_reader_next(&r), 1);
	assert_int_equal(r.lineno, 3);
	assert_string_equal(r.line.ptr, "z");
	assert_int_equal(nkg_line_reader_next(&r), 0);
	nkg_line_reader_release(&r);
	fclose(f);
	free(src);
}

/* ---- checking ------------------------------------------------------------------ */

static void test_check_text_accepts_and_strips_bom(void **state)
{
	(void)state;
	struct nkg_str text;
	size_t off = 99, rep = 99;
	static const char s[] = "\xEF\xBB\xBFHello \xC3\xA9t\xC3\xA9.";

	assert_int_equal(nkg_input_check_text(s, sizeof(s) - 1, NULL, &text, &rep, &off), 0);
	assert_slice(text, "Hello \xC3\xA9t\xC3\xA9.");
	assert_int_equal(rep, 0);
}

static void test_check_text_rejections(void **state)
{
	(void)state;
	struct nkg_str text = NKG_STR_NULL;
	size_t off = 0;

	assert_int_equal(nkg_input_check_text("ab\0cd\0", 6, NULL, &text, NULL, &off), NKG_EBINARY);
	assert_int_equal(off, 2);
	/* The offset counts the BOM. */
	assert_int_equal(nkg_input_check_text("\xEF\xBB\xBF"
	                                      "abc\xC3(",
	                                      8, NULL, &text, NULL, &off),
	                 NKG_EUTF8);
	assert_int_equal(off, 6);
	assert_int_equal(nkg_input_check_text("ok \xED\xA0\x80", 6, NULL, &text, NULL, &off),
	                 NKG_EUTF8);
	assert_int_equal(off, 3);
	assert_int_equal(nkg_input_check_text("", 0, NULL, &text, NULL, &off), NKG_EEMPTY);
	assert_int_equal(nkg_input_check_text(" \t\r\n\f\v", 6, NULL, &text, NULL, &off),
	                 NKG_EEMPTY);
	assert_int_equal(nkg_input_check_text("\xEF\xBB\xBF\n", 4, NULL, &text, NULL, &off),
	                 NKG_EEMPTY);
	assert_null(text.ptr); /* not written on failure */
}

static void test_check_text_repairs_when_lenient(void **state)
{
	(void)state;
	struct nkg_buf rep;
	struct nkg_str text;
	size_t n = 0, off = 0;

	nkg_buf_init(&rep, 0);
	assert_int_equal(nkg_input_check_text("a\xFF"
	                                      "b\xC3(c",
	                                      6, &rep, &text, &n, &off),
	                 0);
	assert_slice(text, "a\xEF\xBF\xBD"
	                   "b\xEF\xBF\xBD(c");
	assert_int_equal(n, 2);
	/* Binary is refused even when lenient. */
	assert_int_equal(nkg_input_check_text("a\0b", 3, &rep, &text, &n, &off), NKG_EBINARY);
	assert_int_equal(off, 1);
	/* Nothing but a bad byte is not "no text": U+FFFD is text. */
	assert_int_equal(nkg_input_check_text("\x80", 1, &rep, &text, &n, &off), 0);
	assert_slice(text, "\xEF\xBF\xBD");
	assert_int_equal(n, 1);
	nkg_buf_release(&rep);
}

static void test_describe_messages(void **state)
{
	(void)state;
	char m[128];

	nkg_input_describe(NKG_EUTF8, 1234, 0, m, sizeof(m));
	assert_string_equal(m, "invalid UTF-8 at byte 1234");
	nkg_input_describe(NKG_EBINARY, 17, 0, m, sizeof(m));
	assert_string_equal(m, "binary file (NUL byte at 17)");
	nkg_input_describe(NKG_EEMPTY, 0, 0, m, sizeof(m));
	assert_string_equal(m, "no text");
	nkg_input_describe(NKG_ELIMIT, 0, 16777216, m, sizeof(m));
	assert_string_equal(m, "article is larger than the limit of 16777216 bytes "
	                       "(--max-article-bytes)");
	nkg_input_describe(NKG_ENOMEM, 0, 0, m, sizeof(m));
	assert_string_equal(m, "out of memory");
	nkg_input_describe(NKG_EUTF8, 5, 0, m, 10);
	assert_string_equal(m, "invalid U");
}

/* ---- dates and records ----------------------------------------------------------- */

static void test_date_valid_calendar(void **state)
{
	(void)state;
	assert_true(nkg_input_date_valid("2020-01-24", 10));
	assert_true(nkg_input_date_valid("2020-02-29", 10));
	assert_true(nkg_input_date_valid("2000-02-29", 10));
	assert_true(nkg_input_date_valid("0001-01-01", 10));
	assert_true(nkg_input_date_valid("9999-12-31", 10));
	assert_false(nkg_input_date_valid("2019-02-29", 10));
	assert_false(nkg_input_date_valid("1900-02-29", 10));
	assert_false(nkg_input_date_valid("2020-04-31", 10));
	assert_false(nkg_input_date_valid("2020-13-01", 10));
	assert_false(nkg_input_date_valid("2020-00-10", 10));
	assert_false(nkg_input_date_valid("2020-01-00", 10));
	assert_false(nkg_input_date_valid("0000-01-01", 10));
	assert_false(nkg_input_date_valid("2020-1-024", 10));
	assert_false(nkg_input_date_valid("2020/01/24", 10));
	assert_false(nkg_input_date_valid("2020-01-24 ", 11));
	assert_false(nkg_input_date_valid("20200124", 8));
	assert_false(nkg_input_date_valid("+020-01-24", 10));
}

static void assert_iso(const char *in, int want_rc, const char *want)
{
	struct nkg_str d = NKG_STR_NULL;
	assert_int_equal(nkg_input_date_from_iso(nkg_str_from_cstr(in), &d), want_rc);
	if (want_rc == 0)
		assert_slice(d, want);
}

static void test_date_from_iso_variants(void **state)
{
	(void)state;
	assert_iso("2020-01-24", 0, "2020-01-24");
	assert_iso("2020-01-24T10:00:00Z", 0, "2020-01-24");
	assert_iso("2020-01-24T23:59:60.123+03:00", 0, "2020-01-24");
	assert_iso("2020-01-24t10:00-0500", 0, "2020-01-24");
	assert_iso("2020-01-24 10:00", 0, "2020-01-24");
	assert_iso("2020-01-24T10:00+05", 0, "2020-01-24");
	assert_iso("2020-01-24T24:00:00Z", NKG_EINVAL, NULL);
	assert_iso("2020-01-24T10:00:00X", NKG_EINVAL, NULL);
	assert_iso("2020-01-24T10", NKG_EINVAL, NULL);
	assert_iso("2020-01-24T10:00:00.Z", NKG_EINVAL, NULL);
	assert_iso("2020-01-24Z", NKG_EINVAL, NULL);
	assert_iso("2020-02-30T10:00:00Z", NKG_EINVAL, NULL);
	assert_iso("Jan 24, 2020", NKG_EINVAL, NULL);
	assert_iso("", NKG_EINVAL, NULL);
}

static int record(const char *src, struct nkg_record *rec, char *msg, size_t size)
{
	static char line[512];
	size_t n = strlen(src);
	assert_true(n < sizeof(line));
	memcpy(line, src, n + 1);
	return nkg_input_parse_record(line, n, rec, msg, size);
}

static void test_record_fields(void **state)
{
	(void)state;
	struct nkg_record r;
	char msg[160] = "";

	assert_int_equal(record("{\"id\":\"a1\",\"url\":\"https://e.org/x\",\"title\":\"T\","
	                        "\"source\":\"Reuters\",\"date\":\"2020-01-24T10:00:00Z\","
	                        "\"extra\":[1],\"text\":\"Body \\u00e9\"}",
	                        &r, msg, sizeof(msg)),
	                 0);
	assert_slice(r.id, "a1");
	assert_slice(r.url, "https://e.org/x");
	assert_slice(r.title, "T");
	assert_slice(r.source, "Reuters");
	assert_slice(r.date, "2020-01-24");
	assert_slice(r.text, "Body \xC3\xA9");
	assert_int_equal(r.text_column, 116);

	assert_int_equal(record("{\"id\":17,\"date\":null,\"title\":null,\"text\":\"x\"}", &r, msg,
	                        sizeof(msg)),
	                 0);
	assert_slice(r.id, "17");
	assert_int_equal(r.date.len, 0);
	assert_int_equal(r.title.len, 0);
	assert_int_equal(r.url.len, 0);
	assert_int_equal(record("{\"date\":\"\",\"text\":\"x\"}", &r, msg, sizeof(msg)), 0);
	assert_int_equal(r.date.len, 0);
}

static void test_record_errors(void **state)
{
	(void)state;
	struct nkg_record r;
	char msg[160];

	assert_int_equal(record("{\"id\" 1}", &r, msg, sizeof(msg)), NKG_EJSON);
	assert_string_equal(msg, "malformed JSON at column 7: expected ':'");
	assert_int_equal(record("{\"title\":3,\"text\":\"x\"}", &r, msg, sizeof(msg)), NKG_EINVAL);
	assert_string_equal(msg, "\"title\" must be a string, not a number");
	assert_int_equal(record("{\"text\":[\"x\"]}", &r, msg, sizeof(msg)), NKG_EINVAL);
	assert_string_equal(msg, "\"text\" must be a string, not an array");
	assert_int_equal(record("{\"url\":true,\"text\":\"x\"}", &r, msg, sizeof(msg)), NKG_EINVAL);
	assert_string_equal(msg, "\"url\" must be a string, not true");
	assert_int_equal(record("{\"id\":\"x\"}", &r, msg, sizeof(msg)), NKG_EINVAL);
	assert_string_equal(msg, "no \"text\" field");
	assert_int_equal(record("{\"text\":null}", &r, msg, sizeof(msg)), NKG_EINVAL);
	assert_string_equal(msg, "no \"text\" field");
	assert_int_equal(record("{\"date\":\"2020-13-01\",\"text\":\"x\"}", &r, msg, sizeof(msg)),
	                 NKG_EINVAL);
	assert_string_equal(msg, "invalid \"date\" '2020-13-01' (expected YYYY-MM-DD or an "
	                         "ISO 8601 date-time)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_classify_by_extension),
	        cmocka_unit_test_setup_teardown(test_walk_sorted_recursive_skipping_hidden,
	                                        tmp_setup, tmp_teardown),
	        cmocka_unit_test_setup_teardown(test_walk_appends_after_existing, tmp_setup,
	                                        tmp_teardown),
	        cmocka_unit_test_setup_teardown(test_walk_empty_and_missing, tmp_setup,
	                                        tmp_teardown),
	        cmocka_unit_test_setup_teardown(test_walk_reports_dangling_link, tmp_setup,
	                                        tmp_teardown),
	        cmocka_unit_test_setup_teardown(test_walk_out_of_memory, tmp_setup, tmp_teardown),
	        cmocka_unit_test_setup_teardown(test_read_file_limits, tmp_setup, tmp_teardown),
	        cmocka_unit_test(test_read_stream_caps_memory),
	        cmocka_unit_test(test_line_reader_lines_and_limits),
	        cmocka_unit_test(test_line_reader_long_lines_across_chunks),
	        cmocka_unit_test(test_check_text_accepts_and_strips_bom),
	        cmocka_unit_test(test_check_text_rejections),
	        cmocka_unit_test(test_check_text_repairs_when_lenient),
	        cmocka_unit_test(test_describe_messages),
	        cmocka_unit_test(test_date_valid_calendar),
	        cmocka_unit_test(test_date_from_iso_variants),
	        cmocka_unit_test(test_record_fields),
	        cmocka_unit_test(test_record_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
