/* replay.c - runs a harness of tests/fuzz/ on the files of a corpus, without
 * libFuzzer, so that gcc + ASan (make fuzz-replay) can replay every corpus.
 *
 *   replay-fuzz_utf8 DIR|FILE...
 *
 * Each argument is a file, or a folder whose regular files are replayed in
 * byte order of their names.  Each input is read whole into a buffer of
 * exactly its size and handed to LLVMFuzzerTestOneInput once; a broken
 * invariant aborts (the harness names it), so the exit status is 0 only when
 * every input passed.  Prints "replay: N inputs" at the end.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static unsigned long n_inputs;

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t len = 0, cap = 0;
	int rc = 1;

	if (!f) {
		fprintf(stderr, "replay: cannot open '%s': %s\n", path, strerror(errno));
		return 1;
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 4096;
			uint8_t *p = realloc(data, cap);
			if (!p) {
				fprintf(stderr, "replay: '%s': out of memory\n", path);
				goto out;
			}
			data = p;
		}
		size_t got = fread(data + len, 1, cap - len, f);
		len += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "replay: cannot read '%s': %s\n", path, strerror(errno));
		goto out;
	}
	/* An exact-size copy: a read past the input is a read past the block. */
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact) {
		fprintf(stderr, "replay: '%s': out of memory\n", path);
		goto out;
	}
	if (len)
		memcpy(exact, data, len);
	fprintf(stderr, "replay: %s\n", path);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	n_inputs++;
	rc = 0;
out:
	free(data);
	fclose(f);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	if (!d) {
		fprintf(stderr, "replay: cannot open '%s': %s\n", dir, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **p = realloc(names, cap * sizeof(*names));
			if (!p)
				abort();
			names = p;
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		if (!(names[n] = malloc(len)))
			abort();
		snprintf(names[n], len, "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), by_name);
	for (size_t k = 0; k < n; k++) {
		struct stat st;
		if (stat(names[k], &st) == 0 && S_ISREG(st.st_mode))
			rc |= replay_file(names[k]);
		free(names[k]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	int rc = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR|FILE...\n", argv[0]);
		return 2;
	}
	for (int k = 1; k < argc; k++) {
		struct stat st;
		if (stat(argv[k], &st) != 0) {
			fprintf(stderr, "replay: cannot open '%s': %s\n", argv[k], strerror(errno));
			rc = 1;
		} else if (S_ISDIR(st.st_mode)) {
			rc |= replay_dir(argv[k]);
		} else {
			rc |= replay_file(argv[k]);
		}
	}
	printf("replay: %lu inputs\n", n_inputs);
	return rc;
}
