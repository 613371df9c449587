/* output.c - the output file of a command, replaced atomically (output.h).
 *
 * Moved here unchanged from cli/extract_cmd.c so that every command that
 * writes a file shares one implementation.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "output.h"
#include "msg.h"

void nkg_output_write_error(const char *path, int errnum)
{
	if (path)
		nkg_msg("cannot write to '%s': %s", path, strerror(errnum ? errnum : EIO));
	else
		nkg_msg("cannot write to standard output: %s", strerror(errnum ? errnum : EIO));
}

void nkg_output_blocking(FILE *f)
{
	int fd = fileno(f);
	int flags = fd >= 0 ? fcntl(fd, F_GETFL) : -1;
	if (flags >= 0 && (flags & O_NONBLOCK))
		(void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
}

int nkg_output_open(struct nkg_output *out, const char *path)
{
	struct stat st;

	if (path && strcmp(path, "-") == 0)
		path = NULL; /* "-o -": standard output, as in rapper, curl, tar */
	out->path = path;
	out->target = NULL;
	out->tmp = NULL;
	out->f = NULL;
	if (!path) {
		out->f = stdout; /* made blocking by main() */
		return 0;
	}
	/* A device or pipe (-o /dev/stdout) cannot be replaced: write to it. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		out->f = fopen(path, "wb");
		if (!out->f) {
			nkg_msg("cannot open '%s': %s", path, strerror(errno));
			return NKG_EIO;
		}
		nkg_output_blocking(out->f);
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
		nkg_msg("cannot create a temporary file beside '%s': %s", path, strerror(errno));
		nkg_free(out->tmp);
		out->tmp = NULL;
		return NKG_EIO;
	}
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || !(out->f = fdopen(fd, "wb"))) {
		nkg_msg("cannot write '%s': %s", out->tmp, strerror(errno));
		close(fd);
		unlink(out->tmp);
		return NKG_EIO;
	}
	return 0;
}

/* Removes the temporary, if any, and frees what output_open allocated. */
void nkg_output_discard(struct nkg_output *out)
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
int nkg_output_commit(struct nkg_output *out)
{
	int rc = 0;

	errno = 0;
	if (fflush(out->f) != 0 || ferror(out->f)) {
		nkg_output_write_error(out->path, errno);
		rc = NKG_EIO;
		goto out;
	}
	if (out->tmp) {
		if (fsync(fileno(out->f)) != 0) {
			nkg_output_write_error(out->path, errno);
			rc = NKG_EIO;
			goto out;
		}
		FILE *f = out->f;
		out->f = NULL;
		if (fclose(f) != 0) {
			nkg_output_write_error(out->path, errno);
			rc = NKG_EIO;
			goto out;
		}
		if (rename(out->tmp, out->target) != 0) {
			nkg_msg("cannot rename '%s' to '%s': %s", out->tmp, out->target,
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
	nkg_output_discard(out);
	return rc;
}
