/* test_cli_jobs.c - the ordered worker pool and the progress line (cli/jobs.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "../cli/jobs.h"
#include "../core/err.h"

#define N_ITEMS 200

struct item {
	size_t seq;
	unsigned long value; /* set by work() */
	unsigned worker;
};

struct ctx {
	size_t next_done; /* the seq done() expects next */
	size_t out_of_order;
	size_t in_flight, max_in_flight; /* submitted, not yet done (main thread) */
	unsigned long sum;
	unsigned workers_seen; /* bit per worker index */
};

static void work(void *c, void *p, unsigned worker)
{
	struct item *it = p;
	(void)c;
	/* Uneven work, so that later items often finish first. */
	struct timespec ts = {0, (long)((it->seq * 7919) % 5) * 200000L};
	nanosleep(&ts, NULL);
	it->value = it->seq * it->seq;
	it->worker = worker;
}

static void done(void *c, void *p)
{
	struct ctx *x = c;
	struct item *it = p;
	if (it->seq != x->next_done)
		x->out_of_order++;
	x->next_done = it->seq + 1;
	x->sum += it->value;
	x->in_flight--;
	if (it->worker < 32)
		x->workers_seen |= 1u << it->worker;
}

static void run_pool(unsigned n, size_t window, struct ctx *x)
{
	static struct item items[N_ITEMS];
	struct nkg_pool *p = NULL;
	unsigned long want = 0;

	memset(x, 0, sizeof(*x));
	assert_int_equal(nkg_pool_new(n, window, work, done, x, &p), 0);
	for (size_t k = 0; k < N_ITEMS; k++) {
		items[k] = (struct item){.seq = k};
		want += (unsigned long)(k * k);
		x->in_flight++;
		if (x->in_flight > x->max_in_flight)
			x->max_in_flight = x->in_flight;
		nkg_pool_submit(p, &items[k]);
	}
	nkg_pool_free(p);
	assert_int_equal(x->next_done, N_ITEMS);
	assert_int_equal(x->out_of_order, 0);
	assert_int_equal(x->in_flight, 0);
	assert_int_equal(x->sum, want);
}

static void test_pool_one_worker_runs_inline(void **state)
{
	struct ctx x;
	(void)state;
	run_pool(1, 1, &x);
	/* submit ran work() and done() at once: never two in flight. */
	assert_int_equal(x.max_in_flight, 1);
	assert_int_equal(x.workers_seen, 1);
}

static void test_pool_many_workers_keep_input_order(void **state)
{
	struct ctx x;
	(void)state;
	run_pool(4, 8, &x);
	/* At most the window (8) in flight, plus the one being submitted. */
	assert_in_range(x.max_in_flight, 1, 9);
	run_pool(3, 3, &x);
	assert_in_range(x.max_in_flight, 1, 4);
}

static void test_pool_drain_runs_every_done(void **state)
{
	struct item items[5];
	struct ctx x;
	struct nkg_pool *p = NULL;
	(void)state;
	memset(&x, 0, sizeof(x));
	assert_int_equal(nkg_pool_new(2, 10, work, done, &x, &p), 0);
	for (size_t k = 0; k < 5; k++) {
		items[k] = (struct item){.seq = k};
		x.in_flight++;
		nkg_pool_submit(p, &items[k]);
	}
	nkg_pool_drain(p);
	assert_int_equal(x.next_done, 5);
	assert_int_equal(x.sum, 0 + 1 + 4 + 9 + 16);
	nkg_pool_free(p);
	nkg_pool_free(NULL);
}

static void test_pool_rejects_bad_arguments(void **state)
{
	struct nkg_pool *p = NULL;
	struct ctx x;
	(void)state;
	assert_int_equal(nkg_pool_new(0, 4, work, done, &x, &p), NKG_EINVAL);
	assert_int_equal(nkg_pool_new(4, 3, work, done, &x, &p), NKG_EINVAL);
	assert_int_equal(nkg_pool_new(NKG_POOL_MAX_WORKERS + 1, 1000, work, done, &x, &p),
	                 NKG_EINVAL);
	assert_int_equal(nkg_pool_new(2, 4, NULL, done, &x, &p), NKG_EINVAL);
	assert_null(p);
}

static void test_progress_format_with_total(void **state)
{
	char b[96];
	(void)state;
	nkg_progress_format(3, 10, 2.0, b, sizeof(b));
	assert_string_equal(b, "3/10 articles  1.5/s  ETA 0:05");
	nkg_progress_format(1, 7201, 1.0, b, sizeof(b));
	assert_string_equal(b, "1/7201 articles  1.0/s  ETA 2:00:00");
	nkg_progress_format(10, 10, 4.0, b, sizeof(b));
	assert_string_equal(b, "10/10 articles  2.5/s  ETA 0:00");
	/* Nothing done yet, or too early for a rate. */
	nkg_progress_format(0, 10, 3.0, b, sizeof(b));
	assert_string_equal(b, "0/10 articles");
	nkg_progress_format(2, 10, 0.01, b, sizeof(b));
	assert_string_equal(b, "2/10 articles");
}

static void test_progress_format_without_total(void **state)
{
	char b[96];
	(void)state;
	nkg_progress_format(1, 0, 0.5, b, sizeof(b));
	assert_string_equal(b, "1 article  2.0/s");
	nkg_progress_format(55, 0, 0.1, b, sizeof(b));
	assert_string_equal(b, "55 articles  550.0/s");
	nkg_progress_format(55, 0, 0.1, b, 6);
	assert_string_equal(b, "55 ar");
}

static void test_progress_disabled_draws_nothing(void **state)
{
	char mem[64] = {0};
	struct nkg_progress p;
	(void)state;
	FILE *f = fmemopen(mem, sizeof(mem), "w");
	assert_non_null(f);
	nkg_progress_init(&p, f, false, 4);
	nkg_progress_update(&p, 2, 0, true);
	nkg_progress_clear(&p);
	fflush(f);
	assert_int_equal(ftell(f), 0);
	assert_int_equal(p.done, 2);
	assert_int_equal(p.total, 4);
	/* Enabled: a forced draw, then the erase. */
	nkg_progress_init(&p, f, true, 4);
	nkg_progress_update(&p, 1, 0, true);
	nkg_progress_clear(&p);
	nkg_progress_clear(&p); /* once only */
	fclose(f);
	assert_memory_equal(mem, "\r1/4 articles\033[K\r\033[K", 20);
	assert_int_equal(mem[20], '\0');
}

static void test_progress_total_grows_with_done(void **state)
{
	struct nkg_progress p;
	(void)state;
	nkg_progress_init(&p, stderr, false, 2);
	nkg_progress_update(&p, 3, 0, false);
	assert_int_equal(p.total, 3);
	nkg_progress_update(&p, 3, 9, false);
	assert_int_equal(p.total, 9);
	assert_in_range(nkg_online_cpus(), 1, NKG_POOL_MAX_WORKERS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_pool_one_worker_runs_inline),
	        cmocka_unit_test(test_pool_many_workers_keep_input_order),
	        cmocka_unit_test(test_pool_drain_runs_every_done),
	        cmocka_unit_test(test_pool_rejects_bad_arguments),
	        cmocka_unit_test(test_progress_format_with_total),
	        cmocka_unit_test(test_progress_format_without_total),
	        cmocka_unit_test(test_progress_disabled_draws_nothing),
	        cmocka_unit_test(test_progress_total_grows_with_done),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
