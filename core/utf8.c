/* utf8.c - UTF-8 validation, repair and decoding. */
#include "utf8.h"

#include "err.h"

size_t nkg_utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c;
	size_t len;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	/* The second byte's range excludes overlongs, surrogates and > U+10FFFF. */
	unsigned char lo = 0x80, hi = 0xBF;
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	if (s[1] < lo || s[1] > hi)
		return 0;
	c = (c << 6) | (s[1] & 0x3F);
	for (size_t k = 2; k < len; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[k] & 0x3F);
	}
	*cp = c;
	return len;
}

int nkg_utf8_validate(const char *s, size_t n, size_t *bad_off)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		/* Fast path over ASCII runs. */
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = nkg_utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			if (bad_off)
				*bad_off = i;
			return NKG_EUTF8;
		}
		i += k;
	}
	return 0;
}

/* Length of the maximal subpart of an ill-formed sequence at s[0..n) (>= 1). */
static size_t invalid_length(const unsigned char *s, size_t n)
{
	size_t len;
	unsigned char lo = 0x80, hi = 0xBF;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 1;
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	size_t k = 1;
	if (k < n && k < len && s[k] >= lo && s[k] <= hi) {
		k++;
		while (k < n && k < len && (s[k] & 0xC0) == 0x80)
			k++;
	}
	return k;
}

int nkg_utf8_repair(const char *s, size_t n, struct nkg_buf *out, size_t *replaced)
{
	static const char repl[3] = {(char)0xEF, (char)0xBF, (char)0xBD};
	size_t i = 0, start = 0, count = 0;
	uint32_t cp;
	int rc;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = nkg_utf8_decode(s + i, n - i, &cp);
		if (k) {
			i += k;
			continue;
		}
		if ((rc = nkg_buf_add(out, s + start, i - start)) != 0)
			return rc;
		if ((rc = nkg_buf_add(out, repl, sizeof(repl))) != 0)
			return rc;
		count++;
		i += invalid_length((const unsigned char *)s + i, n - i);
		start = i;
	}
	if ((rc = nkg_buf_add(out, s + start, n - start)) != 0)
		return rc;
	if (replaced)
		*replaced = count;
	return 0;
}

uint32_t nkg_utf8_next(const char *str, size_t n, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t cp;
	size_t k = nkg_utf8_decode(str + *i, n - *i, &cp);
	if (k == 0) { /* not valid: step one byte so callers always progress */
		cp = s[*i];
		k = 1;
	}
	*i += k;
	return cp;
}

uint32_t nkg_utf8_prev(const char *str, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t end = *i, j = *i - 1;
	uint32_t cp = 0;

	while (j > 0 && end - j < 4 && (s[j] & 0xC0) == 0x80)
		j--;
	if (nkg_utf8_decode(str + j, end - j, &cp) != end - j) {
		j = end - 1;
		cp = s[j];
	}
	*i = j;
	return cp;
}

size_t nkg_utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t nkg_utf8_count(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}
