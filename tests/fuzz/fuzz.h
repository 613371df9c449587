/* fuzz.h - what every harness of tests/fuzz/ shares.
 *
 * A harness defines LLVMFuzzerTestOneInput() and nothing else that is
 * extern.  It is linked either with libFuzzer (clang -fsanitize=fuzzer,
 * `make fuzz`) or with tests/fuzz/replay.c, a main() that feeds it the files
 * of a corpus (gcc + ASan, `make fuzz-replay`, part of `make check`).
 *
 * A broken invariant is reported by FUZZ_CHECK: it prints the harness's
 * file and line and the condition, then abort()s, which both libFuzzer and
 * the replay driver treat as a crash of that input.
 */
#ifndef NKG_FUZZ_H
#define NKG_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__,       \
			        #cond);                                                            \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

/* A heap copy of data[0..size) of exactly size bytes (plus nothing), so that
 * ASan sees a read one past the end; NULL only when size is 0 and malloc(0)
 * returns NULL.  Free with free(). */
static inline char *fuzz_copy(const uint8_t *data, size_t size)
{
	char *p = malloc(size ? size : 1);
	if (!p)
		abort();
	for (size_t k = 0; k < size; k++)
		p[k] = (char)data[k];
	return p;
}

#endif
