/* output.h - the output file of a command, replaced atomically.
 *
 * With a path, the output is written to a temporary file beside it
 * (".NAME.XXXXXX", mode 0666 & ~umask) that is flushed, synced and renamed
 * over the path only by nkg_output_commit; a symbolic link is followed (the
 * file it names is replaced, not the link), and a path that exists but is
 * not a regular file (/dev/stdout, a FIFO) is written directly.  Without a
 * path, or with the path "-", the output is standard output.  A stream
 * written directly is made blocking (nkg_output_blocking).  Failures are reported on stderr in
 * the house style ("newskg: cannot write to 'x': ...") by these functions.
 */
#ifndef NKG_CLI_OUTPUT_H
#define NKG_CLI_OUTPUT_H

#include <stdio.h>

struct nkg_output {
	const char *path; /* borrowed: the path given, or NULL for stdout */
	char *target;     /* what gets replaced: path, or the file a symlink names (owned) */
	char *tmp;        /* the temporary beside it (owned), NULL when writing directly */
	FILE *f;          /* where to write */
};

/* Opens path (borrowed, kept in out; NULL or "-" = standard output) for writing.
 * 0; NKG_EIO (message printed) or NKG_ENOMEM.  Call nkg_output_discard
 * whatever the result. */
int nkg_output_open(struct nkg_output *out, const char *path);

/* Flushes, syncs and renames the temporary into place.  0, or NKG_EIO with
 * the message printed; either way the temporary is gone and out released. */
int nkg_output_commit(struct nkg_output *out);

/* Closes and removes the temporary, if any, and frees what nkg_output_open
 * allocated; the path itself is left untouched.  Safe to call twice. */
void nkg_output_discard(struct nkg_output *out);

/* Clears O_NONBLOCK on the descriptor of f when it is set.  A stream left
 * non-blocking by whoever opened it (a harness's pipe, a terminal another
 * program set so) fails a write to a full pipe with EAGAIN, and stdio then
 * drops what it held: the graph would end half-written.  Blocking, the
 * output waits for its reader instead.  main() calls it for standard
 * output, nkg_output_open for a pipe or device named by -o. */
void nkg_output_blocking(FILE *f);

/* Prints "newskg: cannot write to 'path': <strerror(errnum)>" (or "to
 * standard output" when path is NULL; EIO when errnum is 0). */
void nkg_output_write_error(const char *path, int errnum);

#endif
