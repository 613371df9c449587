/* sha256.h - SHA-256 (FIPS 180-4), libc only.
 *
 * Used to name documents that have neither an id nor a URL by the hash of
 * their text.  Streaming: init, update any number of times, final.
 */
#ifndef NKG_SHA256_H
#define NKG_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define NKG_SHA256_LEN 32

/* Caller-owned state; no heap memory is used. */
struct nkg_sha256 {
	uint32_t h[8];
	uint64_t total;          /* bytes hashed so far */
	unsigned char block[64]; /* pending input */
	size_t used;             /* bytes pending in block */
};

void nkg_sha256_init(struct nkg_sha256 *c);
/* Hashes the n bytes at p (borrowed; p may be NULL when n == 0). */
void nkg_sha256_update(struct nkg_sha256 *c, const void *p, size_t n);
/* Writes the digest to out; c must be initialised again before reuse. */
void nkg_sha256_final(struct nkg_sha256 *c, unsigned char out[NKG_SHA256_LEN]);

/* One-shot digest of p[0..n). */
void nkg_sha256(const void *p, size_t n, unsigned char out[NKG_SHA256_LEN]);

/* Writes the first n_hex lower-case hex digits (n_hex <= 64) of the digest of
 * p[0..n) to hex, followed by a NUL (hex holds n_hex + 1 bytes). */
void nkg_sha256_hex(const void *p, size_t n, char *hex, size_t n_hex);

#endif
