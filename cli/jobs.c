/* jobs.c - an ordered worker pool and a progress line (jobs.h).
 *
 * The pool is a ring of `window` slots.  The submitting thread appends at
 * `tail` and retires finished items from `head` (running done() in order);
 * workers take the next unstarted slot at `next`.  One mutex guards the
 * indexes and the finished flags; workers wait on `work_cv`, the submitter
 * waits on `done_cv` for the head item.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "jobs.h"

struct slot {
	void *item;
	bool finished;
};

struct nkg_pool {
	nkg_pool_work_fn *work;
	nkg_pool_done_fn *done;
	void *ctx;
	unsigned n_workers, n_started;
	pthread_t *threads;
	struct worker_arg {
		struct nkg_pool *pool;
		unsigned index;
	} * args;
	struct slot *slots;
	size_t window;
	size_t head, next, tail; /* sequence numbers: head <= next <= tail */
	bool stopping;
	pthread_mutex_t mu;
	pthread_cond_t work_cv, done_cv;
};

static void *worker_main(void *arg)
{
	struct worker_arg *a = arg;
	struct nkg_pool *p = a->pool;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->next == p->tail && !p->stopping)
			pthread_cond_wait(&p->work_cv, &p->mu);
		if (p->next == p->tail)
			break; /* stopping and nothing left */
		struct slot *s = &p->slots[p->next % p->window];
		p->next++;
		pthread_mutex_unlock(&p->mu);
		p->work(p->ctx, s->item, a->index);
		pthread_mutex_lock(&p->mu);
		s->finished = true;
		pthread_cond_signal(&p->done_cv);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

int nkg_pool_new(unsigned n_workers, size_t window, nkg_pool_work_fn *work, nkg_pool_done_fn *done,
                 void *ctx, struct nkg_pool **out)
{
	struct nkg_pool *p;

	if (n_workers < 1 || n_workers > NKG_POOL_MAX_WORKERS || window < n_workers || !work ||
	    !done)
		return NKG_EINVAL;
	if (!(p = nkg_calloc(1, sizeof(*p))))
		return NKG_ENOMEM;
	p->work = work;
	p->done = done;
	p->ctx = ctx;
	p->n_workers = n_workers;
	p->window = window;
	if (!(p->slots = nkg_calloc(window, sizeof(*p->slots)))) {
		nkg_free(p);
		return NKG_ENOMEM;
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work_cv, NULL);
	pthread_cond_init(&p->done_cv, NULL);
	if (n_workers == 1) {
		*out = p;
		return 0;
	}
	p->threads = nkg_calloc(n_workers, sizeof(*p->threads));
	p->args = nkg_calloc(n_workers, sizeof(*p->args));
	if (!p->threads || !p->args) {
		nkg_pool_free(p);
		return NKG_ENOMEM;
	}
	for (unsigned k = 0; k < n_workers; k++) {
		p->args[k].pool = p;
		p->args[k].index = k;
		if (pthread_create(&p->threads[k], NULL, worker_main, &p->args[k]) != 0) {
			nkg_pool_free(p);
			return NKG_EIO;
		}
		p->n_started++;
	}
	*out = p;
	return 0;
}

/* Retires the head item if finished, or waits for it with wait.  Called and
 * returns with the mutex held; false when there is nothing to retire. */
static bool retire_one(struct nkg_pool *p, bool wait)
{
	if (p->head == p->tail)
		return false;
	struct slot *s = &p->slots[p->head % p->window];
	while (!s->finished) {
		if (!wait)
			return false;
		pthread_cond_wait(&p->done_cv, &p->mu);
	}
	void *item = s->item;
	s->item = NULL;
	s->finished = false;
	p->head++;
	pthread_mutex_unlock(&p->mu);
	p->done(p->ctx, item);
	pthread_mutex_lock(&p->mu);
	return true;
}

void nkg_pool_submit(struct nkg_pool *p, void *item)
{
	if (p->n_started == 0) {
		p->work(p->ctx, item, 0);
		p->done(p->ctx, item);
		return;
	}
	pthread_mutex_lock(&p->mu);
	while (p->tail - p->head == p->window)
		retire_one(p, true);
	struct slot *s = &p->slots[p->tail % p->window];
	s->item = item;
	s->finished = false;
	p->tail++;
	pthread_cond_signal(&p->work_cv);
	while (retire_one(p, false))
		;
	pthread_mutex_unlock(&p->mu);
}

void nkg_pool_drain(struct nkg_pool *p)
{
	if (p->n_started == 0)
		return;
	pthread_mutex_lock(&p->mu);
	while (retire_one(p, true))
		;
	pthread_mutex_unlock(&p->mu);
}

void nkg_pool_free(struct nkg_pool *p)
{
	if (!p)
		return;
	nkg_pool_drain(p);
	pthread_mutex_lock(&p->mu);
	p->stopping = true;
	pthread_cond_broadcast(&p->work_cv);
	pthread_mutex_unlock(&p->mu);
	for (unsigned k = 0; k < p->n_started; k++)
		pthread_join(p->threads[k], NULL);
	pthread_cond_destroy(&p->done_cv);
	pthread_cond_destroy(&p->work_cv);
	pthread_mutex_destroy(&p->mu);
	nkg_free(p->threads);
	nkg_free(p->args);
	nkg_free(p->slots);
	nkg_free(p);
}

unsigned nkg_online_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		return 1;
	return n > (long)NKG_POOL_MAX_WORKERS ? NKG_POOL_MAX_WORKERS : (unsigned)n;
}

/* ---- progress line --------------------------------------------------------- */

double nkg_monotonic_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void nkg_progress_init(struct nkg_progress *p, FILE *f, bool enabled, size_t total)
{
	memset(p, 0, sizeof(*p));
	p->f = f;
	p->enabled = enabled;
	p->total = total;
	p->start = nkg_monotonic_seconds();
	p->last_draw = -1.0;
}

void nkg_progress_format(size_t done, size_t total, double elapsed, char *out, size_t size)
{
	int n;

	if (total)
		n = snprintf(out, size, "%zu/%zu articles", done, total);
	else
		n = snprintf(out, size, "%zu article%s", done, done == 1 ? "" : "s");
	if (n < 0 || (size_t)n >= size || elapsed < 0.05 || done == 0)
		return;
	double rate = (double)done / elapsed;
	size_t len = (size_t)n;
	n = snprintf(out + len, size - len, "  %.1f/s", rate);
	if (n < 0 || (size_t)n >= size - len || !total || done > total)
		return;
	len += (size_t)n;
	double eta = (double)(total - done) / rate;
	if (eta > 359999.0)
		eta = 359999.0; /* 99:59:59 */
	unsigned long s = (unsigned long)(eta + 0.5);
	if (s >= 3600)
		snprintf(out + len, size - len, "  ETA %lu:%02lu:%02lu", s / 3600, s / 60 % 60,
		         s % 60);
	else
		snprintf(out + len, size - len, "  ETA %lu:%02lu", s / 60, s % 60);
}

void nkg_progress_update(struct nkg_progress *p, size_t done, size_t total, bool force)
{
	char line[96];

	p->done = done;
	if (total)
		p->total = total;
	if (p->total && p->done > p->total)
		p->total = p->done; /* the inputs changed since they were counted */
	if (!p->enabled)
		return;
	double now = nkg_monotonic_seconds();
	if (!force && p->last_draw >= 0 && now - p->last_draw < 0.1)
		return;
	p->last_draw = now;
	nkg_progress_format(p->done, p->total, now - p->start, line, sizeof(line));
	fprintf(p->f, "\r%s\033[K", line);
	fflush(p->f);
	p->shown = true;
}

void nkg_progress_clear(struct nkg_progress *p)
{
	if (!p->enabled || !p->shown)
		return;
	fputs("\r\033[K", p->f);
	fflush(p->f);
	p->shown = false;
}
