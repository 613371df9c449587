/* test_cli_extract.c - newskg extract driven in-process: statuses, messages,
 * -o, and every allocation failing in turn. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.h"
#include "core/alloc.h"
#include "core/sha256.h"

#define ARTICLE                                                                                    \
	"Protesters rally in Madrid\n\nThousands of people marched through Madrid on "             \
	"Friday, the organisers said.\n"

struct fx {
	char dir[64];
	char in[96], out[96], err[96], missing[96], big[96], out2[96];
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/nkg-extract-XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	snprintf(f->in, sizeof(f->in), "%s/a.txt", f->dir);
	snprintf(f->out, sizeof(f->out), "%s/kg.nt", f->dir);
	snprintf(f->err, sizeof(f->err), "%s/stderr", f->dir);
	snprintf(f->missing, sizeof(f->missing), "%s/missing.txt", f->dir);
	snprintf(f->big, sizeof(f->big), "%s/big.txt", f->dir);
	snprintf(f->out2, sizeof(f->out2), "%s/kg2.nt", f->dir);
	FILE *in = fopen(f->in, "wb");
	if (!in || fputs(ARTICLE, in) < 0 || fclose(in) != 0)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	int rc = system(cmd);
	free(f);
	return rc == 0 ? 0 : -1;
}

/* Runs newskg extract with args (NULL-terminated) and stderr sent to f->err. */
static int run(struct fx *f, ...)
{
	char *argv[16];
	int argc = 0;
	va_list ap;

	argv[argc++] = (char *)"extract";
	va_start(ap, f);
	for (char *a; (a = va_arg(ap, char *)) != NULL;) {
		assert_true(argc < 15);
		argv[argc++] = a;
	}
	va_end(ap);
	argv[argc] = NULL;
	fflush(stderr);
	int saved = dup(2);
	int fd = open(f->err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, 2);
	close(fd);
	int status = nkg_cmd_extract(argc, argv);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	return status;
}

/* The whole of a small file, NUL-terminated (static buffer). */
static const char *slurp(const char *path)
{
	static char buf[1 << 16];
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Number of entries in the folder besides "." and "..". */
static int count_entries(const char *dir)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "ls -A '%s' | wc -l", dir);
	FILE *p = popen(cmd, "r");
	int n = -1;
	if (p) {
		if (fscanf(p, "%d", &n) != 1)
			n = -1;
		pclose(p);
	}
	return n;
}

static void test_extract_writes_output_file(void **state)
{
	struct fx *f = *state;
	char hex[33], iri[128];

	assert_int_equal(
	        run(f, "-f", "ntriples", "--date", "2020-01-24", "-o", f->out, f->in, NULL), 0);
	assert_string_equal(slurp(f->err), "");
	nkg_sha256_hex(ARTICLE, strlen(ARTICLE), hex, 32);
	snprintf(iri, sizeof(iri), "<https://w3id.org/newskg/id/doc/sha256-%s>", hex);
	const char *nt = slurp(f->out);
	assert_non_null(nt);
	assert_non_null(strstr(nt, iri));
	/* a.txt, kg.nt, stderr: no temporary left. */
	assert_int_equal(count_entries(f->dir), 3);
}

static void test_extract_failed_input_keeps_going(void **state)
{
	struct fx *f = *state;
	char want[200];

	assert_int_equal(run(f, "-f", "ntriples", "-o", f->out, f->missing, f->in, NULL), 1);
	snprintf(want, sizeof(want), "newskg: cannot open '%s': No such file or directory\n",
	         f->missing);
	assert_string_equal(slurp(f->err), want);
	assert_true(exists(f->out));
}

static void test_extract_nothing_written_leaves_no_file(void **state)
{
	struct fx *f = *state;
	char want[300];

	assert_int_equal(run(f, "-o", f->out, f->missing, NULL), 1);
	snprintf(want, sizeof(want),
	         "newskg: cannot open '%s': No such file or directory\n"
	         "newskg: '%s' not written: no article could be processed\n",
	         f->missing, f->out);
	assert_string_equal(slurp(f->err), want);
	assert_false(exists(f->out));
	assert_int_equal(count_entries(f->dir), 2);
}

static void test_extract_usage_errors(void **state)
{
	struct fx *f = *state;

	assert_int_equal(run(f, "--date", "2021-02-29", "-o", f->out, f->in, NULL), 2);
	assert_string_equal(slurp(f->err),
	                    "newskg: invalid --date '2021-02-29' (expected a real calendar date as "
	                    "YYYY-MM-DD)\n"
	                    "usage: newskg extract [OPTIONS] [FILE|DIR|-]...  (see 'newskg extract "
	                    "--help')\n");
	assert_false(exists(f->out));
	/* The command can run again in the same process (getopt starts afresh). */
	assert_int_equal(run(f, "-q", "-o", f->out, f->in, NULL), 0);
	assert_true(exists(f->out));
}

/* An article whose N-Triples (about 5.5 MB) outgrow what -j 1 holds in
 * memory (4 MiB): written straight to the output, between two small ones. */
static void write_big_article(const struct fx *f)
{
	FILE *big = fopen(f->big, "wb");
	assert_non_null(big);
	assert_true(fputs("Protesters rally in Madrid\n\n", big) >= 0);
	for (int k = 0; k < 900; k++)
		assert_true(fputs("Thousands of people marched through Madrid on Friday, the "
		                  "organisers said. ",
		                  big) >= 0);
	assert_int_equal(fclose(big), 0);
}

static long file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void test_extract_big_article_written_through_same_bytes(void **state)
{
	struct fx *f = *state;
	char cmd[256];

	write_big_article(f);
	assert_int_equal(run(f, "-f", "ntriples", "--date", "2020-01-24", "-j", "1", "-o", f->out,
	                     f->in, f->big, f->in, NULL),
	                 0);
	assert_string_equal(slurp(f->err), "");
	/* -j 2 holds every article in memory and writes in input order */
	assert_int_equal(run(f, "-f", "ntriples", "--date", "2020-01-24", "-j", "2", "-o", f->out2,
	                     f->in, f->big, f->in, NULL),
	                 0);
	assert_string_equal(slurp(f->err), "");
	assert_true(file_size(f->out) > 5000000);
	assert_int_equal(file_size(f->out), file_size(f->out2));
	snprintf(cmd, sizeof(cmd), "cmp -s '%s' '%s'", f->out, f->out2);
	assert_int_equal(system(cmd), 0);
}

static void test_extract_big_article_to_full_device(void **state)
{
	struct fx *f = *state;

	write_big_article(f);
	assert_int_equal(run(f, "-f", "ntriples", "-o", "/dev/full", f->big, f->in, NULL), 2);
	assert_string_equal(slurp(f->err),
	                    "newskg: cannot write to '/dev/full': No space left on device\n");
	assert_int_equal(run(f, "-f", "ntriples", "-o", "/dev/full", f->in, NULL), 2);
	assert_string_equal(slurp(f->err),
	                    "newskg: cannot write to '/dev/full': No space left on device\n");
}

static void test_extract_out_of_memory(void **state)
{
	struct fx *f = *state;
	unsigned long n;
	int oom = 0;

	/* Fail the 1st, 2nd, ... allocation of our code, until a run makes
	 * fewer allocations than that.  Each run must end cleanly: exit 1
	 * naming the article (2 when the writer itself could not start), no
	 * partial file, and no leak (ASan and valgrind watch); or, where our
	 * code can do without the memory, exit 0 with the file.  Past the
	 * first 500 points the step grows (1 %) to bound the time under
	 * valgrind. */
	for (n = 1; n < 10000000; n += n < 500 ? 1 : n / 100) {
		unsigned long before = nkg_alloc_count();
		nkg_alloc_fail_after(n, 0);
		int status = run(f, "-f", "ntriples", "-o", f->out, f->in, NULL);
		nkg_alloc_fail_after(0, 0);
		unsigned long made = nkg_alloc_count() - before;
		if (made < n) {
			assert_int_equal(status, 0);
			break;
		}
		if (status == 0) {
			assert_true(exists(f->out));
			assert_int_equal(unlink(f->out), 0);
			continue;
		}
		assert_true(status == 1 || status == 2);
		assert_false(exists(f->out));
		assert_int_equal(count_entries(f->dir), 2);
		oom++;
	}
	assert_true(oom > 0);
	assert_true(n < 10000000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_extract_writes_output_file, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_extract_failed_input_keeps_going, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_extract_nothing_written_leaves_no_file, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_extract_usage_errors, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_extract_big_article_written_through_same_bytes,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(test_extract_big_article_to_full_device, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_extract_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
