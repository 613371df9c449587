/* fuzz_utf8.c - core/utf8.h: validate, repair, decode, next, prev, encode
 * and count must agree with each other and with the WHATWG Encoding
 * Standard's UTF-8 decoder (written out again below, independently).
 *
 * On any bytes: repair's output equals the WHATWG decoder's, its count of
 * replacements equals the decoder's count of errors, and it validates;
 * validate succeeds iff nothing was replaced, and otherwise names the first
 * byte where the decoder failed.  On the repaired (valid) text: decode, next
 * and encode round-trip each code point, prev walks back over exactly the
 * boundaries next walked forward, count agrees with both.
 */
#include <string.h>

#include "../../core/buf.h"
#include "../../core/utf8.h"
#include "fuzz.h"

/* The Encoding Standard's UTF-8 decoder ("utf-8 decoder", section 8.1.1),
 * writing UTF-8 to out and counting errors; *first_err receives the offset
 * of the byte that started the first ill-formed sequence. */
static size_t whatwg_decode(const uint8_t *s, size_t n, uint8_t *out, size_t *out_len,
                            size_t *first_err)
{
	uint32_t cp = 0;
	unsigned needed = 0, seen = 0;
	uint8_t lower = 0x80, upper = 0xBF;
	size_t errors = 0, o = 0, seq_start = 0;
	char enc[4];

#define EMIT(c)                                                                                    \
	do {                                                                                       \
		size_t l_ = nkg_utf8_encode((c), enc);                                             \
		memcpy(out + o, enc, l_);                                                          \
		o += l_;                                                                           \
	} while (0)
#define ERROR_AT(off)                                                                              \
	do {                                                                                       \
		if (errors++ == 0)                                                                 \
			*first_err = (off);                                                        \
		EMIT(0xFFFDu);                                                                     \
	} while (0)

	for (size_t i = 0; i < n;) {
		uint8_t b = s[i];
		if (needed == 0) {
			seq_start = i;
			if (b <= 0x7F) {
				EMIT(b);
			} else if (b >= 0xC2 && b <= 0xDF) {
				needed = 1;
				cp = b & 0x1F;
			} else if (b >= 0xE0 && b <= 0xEF) {
				if (b == 0xE0)
					lower = 0xA0;
				if (b == 0xED)
					upper = 0x9F;
				needed = 2;
				cp = b & 0xF;
			} else if (b >= 0xF0 && b <= 0xF4) {
				if (b == 0xF0)
					lower = 0x90;
				if (b == 0xF4)
					upper = 0x8F;
				needed = 3;
				cp = b & 0x7;
			} else {
				ERROR_AT(i);
			}
			i++;
			continue;
		}
		if (b < lower || b > upper) {
			cp = 0;
			needed = seen = 0;
			lower = 0x80;
			upper = 0xBF;
			ERROR_AT(seq_start);
			continue; /* the byte is read again as the start of a sequence */
		}
		lower = 0x80;
		upper = 0xBF;
		cp = (cp << 6) | (b & 0x3F);
		i++;
		if (++seen == needed) {
			EMIT(cp);
			cp = 0;
			needed = seen = 0;
		}
	}
	if (needed)
		ERROR_AT(seq_start);
#undef EMIT
#undef ERROR_AT
	*out_len = o;
	return errors;
}

static void check_valid_walk(const char *s, size_t n)
{
	size_t count = nkg_utf8_count(s, n);
	size_t *bounds = malloc((count + 1) * sizeof(*bounds));
	size_t nb = 0, i = 0;

	FUZZ_CHECK(bounds != NULL);
	while (i < n) {
		uint32_t cp = 0, cp2;
		char enc[4];
		size_t len = nkg_utf8_decode(s + i, n - i, &cp);
		FUZZ_CHECK(len >= 1 && len <= 4);
		FUZZ_CHECK(cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF));
		FUZZ_CHECK(nkg_utf8_encode(cp, enc) == len);
		FUZZ_CHECK(memcmp(enc, s + i, len) == 0);
		FUZZ_CHECK(nb < count);
		bounds[nb++] = i;
		size_t j = i;
		cp2 = nkg_utf8_next(s, n, &j);
		FUZZ_CHECK(cp2 == cp);
		FUZZ_CHECK(j == i + len);
		i = j;
	}
	FUZZ_CHECK(i == n);
	FUZZ_CHECK(nb == count);
	/* Backwards over the same boundaries. */
	i = n;
	while (i > 0) {
		size_t before = i;
		uint32_t cp = nkg_utf8_prev(s, &i), cp2 = 0;
		FUZZ_CHECK(nb > 0);
		FUZZ_CHECK(i == bounds[--nb]);
		FUZZ_CHECK(nkg_utf8_decode(s + i, before - i, &cp2) == before - i);
		FUZZ_CHECK(cp2 == cp);
	}
	FUZZ_CHECK(nb == 0);
	free(bounds);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_copy(data, size);
	uint8_t *ref = malloc(size * 3 + 1);
	size_t ref_len = 0, first_err = SIZE_MAX, replaced = SIZE_MAX, bad = SIZE_MAX;
	struct nkg_buf out;

	FUZZ_CHECK(ref != NULL);
	size_t errors = whatwg_decode(data, size, ref, &ref_len, &first_err);

	nkg_buf_init(&out, 0);
	FUZZ_CHECK(nkg_utf8_repair(s, size, &out, &replaced) == 0);
	FUZZ_CHECK(replaced == errors);
	FUZZ_CHECK(out.len == ref_len);
	FUZZ_CHECK(ref_len == 0 || memcmp(out.ptr, ref, ref_len) == 0);
	FUZZ_CHECK(nkg_utf8_validate(out.ptr, out.len, NULL) == 0);

	int rc = nkg_utf8_validate(s, size, &bad);
	if (errors == 0) {
		FUZZ_CHECK(rc == 0);
		FUZZ_CHECK(bad == SIZE_MAX); /* untouched on success */
		FUZZ_CHECK(out.len == size && (size == 0 || memcmp(out.ptr, s, size) == 0));
	} else {
		FUZZ_CHECK(rc != 0);
		FUZZ_CHECK(bad == first_err);
		/* Everything before the first bad byte is valid and kept as it is. */
		FUZZ_CHECK(nkg_utf8_validate(s, bad, NULL) == 0);
		FUZZ_CHECK(bad == 0 || memcmp(out.ptr, s, bad) == 0);
		FUZZ_CHECK(nkg_utf8_decode(s + bad, size - bad, &(uint32_t){0}) == 0);
	}
	check_valid_walk(out.ptr ? out.ptr : "", out.len);

	nkg_buf_release(&out);
	free(ref);
	free(s);
	return 0;
}
