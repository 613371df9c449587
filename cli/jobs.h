/* jobs.h - an ordered worker pool and a progress line for batch commands.
 *
 * The pool runs work(ctx, item, worker) on N threads and then done(ctx, item)
 * on the thread that submits, strictly in submission order, so a command that
 * writes its output in done() writes exactly what a single-threaded run
 * would.  At most `window` items are in flight (submitted, not yet done):
 * nkg_pool_submit blocks, running done() on finished items, while the window
 * is full, which keeps memory bounded however long the input is.  With N = 1
 * no thread is started: submit runs work() and then done() at once.
 *
 * Threads: work() runs on a worker thread and must touch only its item and
 * what belongs to that worker (index `worker`, 0..N-1); done() always runs on
 * the submitting thread, which therefore owns every shared state (output,
 * counters, stderr).  Items are owned by the caller throughout: done() is the
 * last call that sees an item, and the natural place to free it.
 */
#ifndef NKG_CLI_JOBS_H
#define NKG_CLI_JOBS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef void nkg_pool_work_fn(void *ctx, void *item, unsigned worker);
typedef void nkg_pool_done_fn(void *ctx, void *item);

struct nkg_pool;

/* Starts n_workers threads (1..NKG_POOL_MAX_WORKERS; 1 starts none) with a
 * reorder window of `window` items (>= n_workers).  ctx is borrowed for the
 * pool's life.  *out receives a new pool, free with nkg_pool_free.  0,
 * NKG_EINVAL, NKG_ENOMEM, or NKG_EIO when a thread cannot be started. */
#define NKG_POOL_MAX_WORKERS 256u
int nkg_pool_new(unsigned n_workers, size_t window, nkg_pool_work_fn *work, nkg_pool_done_fn *done,
                 void *ctx, struct nkg_pool **out);

/* Queues item (borrowed until its done() call) after every item submitted
 * before.  Runs done() for the items that have finished, in order, and
 * blocks while the window is full. */
void nkg_pool_submit(struct nkg_pool *p, void *item);

/* Waits for every submitted item and runs their done() in order. */
void nkg_pool_drain(struct nkg_pool *p);

/* Drains, stops and joins the threads, frees p; accepts NULL. */
void nkg_pool_free(struct nkg_pool *p);

/* The number of online CPUs (at least 1). */
unsigned nkg_online_cpus(void);

/* ---- progress line --------------------------------------------------------- */

/* "12/340 articles  5.6/s  ETA 1:00" on one line of a terminal, redrawn in
 * place with '\r' at most ten times a second and erased by
 * nkg_progress_clear.  Nothing is drawn when the progress is disabled. */
struct nkg_progress {
	FILE *f;          /* borrowed (stderr) */
	bool enabled;     /* draw at all */
	bool shown;       /* a line is on the screen now */
	double start;     /* monotonic seconds at init */
	double last_draw; /* monotonic seconds of the last draw */
	size_t done;      /* units done */
	size_t total;     /* units expected, 0 = not known yet */
};

/* Monotonic clock in seconds. */
double nkg_monotonic_seconds(void);

/* enabled: draw on f (borrowed).  total: 0 when not known. */
void nkg_progress_init(struct nkg_progress *p, FILE *f, bool enabled, size_t total);

/* Sets done (and total when not 0) and redraws when 100 ms have passed since
 * the last draw, or always with force. */
void nkg_progress_update(struct nkg_progress *p, size_t done, size_t total, bool force);

/* Erases the line, if shown (before a message is printed, and at the end). */
void nkg_progress_clear(struct nkg_progress *p);

/* Formats the line into out (NUL-terminated, truncated to size) for done of
 * total (0 = unknown) after `elapsed` seconds: "3/10 articles  1.5/s  ETA
 * 0:05", "3 articles  1.5/s" without a total; the rate and ETA are left out
 * while elapsed is under 0.05 s or nothing is done. */
void nkg_progress_format(size_t done, size_t total, double elapsed, char *out, size_t size);

#endif
