/* iri.c - slugs, percent-encoding, IRI checks and the document IRI. */
#include "iri.h"

#include <stdint.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/sha256.h"
#include "../core/utf8.h"
#include "graph.h"

/* U+00C0..U+024F; "" = no ASCII folding (generated from Unicode NFKD). */
static const char fold_latin1[400][3] = {
        "a",  "a",  "a",  "a", "a", "a",  "ae", "c",  "e",  "e",  "e",  "e",  "i",  "i",  "i",
        "i",  "d",  "n",  "o", "o", "o",  "o",  "o",  "",   "o",  "u",  "u",  "u",  "u",  "y",
        "th", "ss", "a",  "a", "a", "a",  "a",  "a",  "ae", "c",  "e",  "e",  "e",  "e",  "i",
        "i",  "i",  "i",  "d", "n", "o",  "o",  "o",  "o",  "o",  "",   "o",  "u",  "u",  "u",
        "u",  "y",  "th", "y", "a", "a",  "a",  "a",  "a",  "a",  "c",  "c",  "c",  "c",  "c",
        "c",  "c",  "c",  "d", "d", "d",  "d",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",
        "e",  "e",  "g",  "g", "g", "g",  "g",  "g",  "g",  "g",  "h",  "h",  "h",  "h",  "i",
        "i",  "i",  "i",  "i", "i", "i",  "i",  "i",  "i",  "ij", "ij", "j",  "j",  "k",  "k",
        "k",  "l",  "l",  "l", "l", "l",  "l",  "l",  "l",  "l",  "l",  "n",  "n",  "n",  "n",
        "n",  "n",  "n",  "n", "n", "o",  "o",  "o",  "o",  "o",  "o",  "oe", "oe", "r",  "r",
        "r",  "r",  "r",  "r", "s", "s",  "s",  "s",  "s",  "s",  "s",  "s",  "t",  "t",  "t",
        "t",  "t",  "t",  "u", "u", "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",
        "w",  "w",  "y",  "y", "y", "z",  "z",  "z",  "z",  "z",  "z",  "s",  "b",  "b",  "",
        "",   "",   "",   "",  "c", "c",  "d",  "d",  "",   "",   "",   "",   "",   "",   "f",
        "f",  "g",  "",   "",  "",  "i",  "k",  "k",  "l",  "",   "",   "n",  "n",  "o",  "o",
        "o",  "",   "",   "p", "p", "",   "",   "",   "",   "",   "",   "t",  "t",  "t",  "u",
        "u",  "",   "v",  "y", "y", "z",  "z",  "",   "",   "",   "",   "",   "",   "",   "",
        "",   "",   "",   "",  "",  "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a",
        "a",  "i",  "i",  "o", "o", "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",
        "",   "a",  "a",  "a", "a", "ae", "ae", "g",  "g",  "g",  "g",  "k",  "k",  "o",  "o",
        "o",  "o",  "",   "",  "j", "dz", "dz", "dz", "g",  "g",  "",   "",   "n",  "n",  "a",
        "a",  "ae", "ae", "o", "o", "a",  "a",  "a",  "a",  "e",  "e",  "e",  "e",  "i",  "i",
        "i",  "i",  "o",  "o", "o", "o",  "r",  "r",  "r",  "r",  "u",  "u",  "u",  "u",  "s",
        "s",  "t",  "t",  "",  "",  "h",  "h",  "",   "d",  "",   "",   "z",  "z",  "a",  "a",
        "e",  "e",  "o",  "o", "o", "o",  "o",  "o",  "o",  "o",  "y",  "y",  "l",  "n",  "t",
        "j",  "db", "qp", "a", "c", "c",  "l",  "t",  "",   "",   "",   "",   "b",  "u",  "",
        "e",  "e",  "j",  "j", "",  "",   "r",  "r",  "y",  "y",
};
/* U+1E00..U+1EFF; "" = no ASCII folding (generated from Unicode NFKD). */
static const char fold_latin_ext_add[256][3] = {
        "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d",  "d", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "f", "f", "g",  "g", "h", "h",
        "h", "h", "h", "h", "h", "h", "h", "h", "i", "i", "i", "i", "k", "k", "k",  "k", "k", "k",
        "l", "l", "l", "l", "l", "l", "l", "l", "m", "m", "m", "m", "m", "m", "n",  "n", "n", "n",
        "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "o", "o", "p", "p", "p",  "p", "r", "r",
        "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "s",  "s", "t", "t",
        "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", "u",  "u", "v", "v",
        "v", "v", "w", "w", "w", "w", "w", "w", "w", "w", "w", "w", "x", "x", "x",  "x", "y", "y",
        "z", "z", "z", "z", "z", "z", "h", "t", "w", "y", "",  "s", "",  "",  "ss", "",  "a", "a",
        "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a",  "a", "a", "a",
        "a", "a", "a", "a", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e",  "e", "e", "e",
        "e", "e", "i", "i", "i", "i", "o", "o", "o", "o", "o", "o", "o", "o", "o",  "o", "o", "o",
        "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "u", "u", "u",  "u", "u", "u",
        "u", "u", "u", "u", "u", "u", "u", "u", "y", "y", "y", "y", "y", "y", "y",  "y", "",  "",
        "",  "",  "",  "",
};

static const char hex_upper[] = "0123456789ABCDEF";

static bool is_ascii_alnum(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Characters that vanish from a slug without separating words. */
static bool is_dropped(uint32_t c)
{
	switch (c) {
	case 0x27:
	case 0x60:
	case 0xB4:
	case 0x2018:
	case 0x2019:
	case 0x02B9:
	case 0x02BB:
	case 0x02BC:
	case 0x02BE:
	case 0x02BF:
	case 0x0640:
	case 0x200B:
	case 0x200C:
	case 0x200D:
	case 0x2060:
	case 0xFEFF:
	case 0x00AD: return true;
	}
	return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	       (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
	       (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

/* Spaces, punctuation and symbols outside ASCII: word separators. */
static bool is_separator(uint32_t c)
{
	if (c < 0x80)
		return !is_ascii_alnum(c);
	if (c <= 0xBF || c == 0xD7 || c == 0xF7)
		return true;
	switch (c) {
	case 0x060C:
	case 0x061B:
	case 0x061F:
	case 0x06D4:
	case 0x0964:
	case 0x0965:
	case 0xFFFD: return true;
	}
	return (c >= 0x066A && c <= 0x066D) || (c >= 0x2000 && c <= 0x2BFF) ||
	       (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) ||
	       (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE6F) ||
	       (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	       (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

/* ASCII folding of a Latin letter (lower case), or NULL. */
static const char *fold_latin(uint32_t c)
{
	const char *f = NULL;
	if (c >= 0xC0 && c <= 0x24F)
		f = fold_latin1[c - 0xC0];
	else if (c >= 0x1E00 && c <= 0x1EFF)
		f = fold_latin_ext_add[c - 0x1E00];
	return f && f[0] ? f : NULL;
}

/* Lower case of Greek, Cyrillic and full-width Latin; other code points unchanged. */
static uint32_t lower_other(uint32_t c)
{
	if ((c >= 0x0391 && c <= 0x03A9 && c != 0x03A2) || (c >= 0x0410 && c <= 0x042F))
		return c + 0x20;
	if (c >= 0x0400 && c <= 0x040F)
		return c + 0x50;
	return c;
}

/* Is w[0..n) (ASCII letters, any case) "centre" or "theatre", the words
 * slugs spell the American way? */
static bool uk_word(const char *w, size_t n)
{
	static const char *const uk[] = {"centre", "theatre"};
	for (size_t k = 0; k < sizeof(uk) / sizeof(uk[0]); k++) {
		if (n != strlen(uk[k]))
			continue;
		size_t j = 0;
		while (j < n && (w[j] | 0x20) == uk[k][j])
			j++;
		if (j == n)
			return true;
	}
	return false;
}

static bool ascii_letter(char ch)
{
	return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
}

/* The end of the next word of s[*b..n) (a run of ASCII letters) that
 * uk_word accepts, its start in *b; 0 when there is none. */
static size_t next_uk_word(const char *s, size_t n, size_t *b)
{
	while (*b < n) {
		if (!ascii_letter(s[*b])) {
			(*b)++;
			continue;
		}
		size_t e = *b;
		while (e < n && ascii_letter(s[e]))
			e++;
		if (uk_word(s + *b, e - *b))
			return e;
		*b = e;
	}
	return 0;
}

/* Spells every such word of s[0..n) the American way, in place: its last
 * two letters swapped ("Centre" -> "Center", "THEATRE" -> "THEATER"). */
static void us_words(char *s, size_t n)
{
	size_t b = 0, e;
	while ((e = next_uk_word(s, n, &b)) != 0) {
		char t = s[e - 2];
		s[e - 2] = s[e - 1];
		s[e - 1] = t;
		b = e;
	}
}

/* The hash of name, spelled as the slug spells it (so "... Centre" and
 * "... Center" cut at NKG_SLUG_MAX get one suffix too). */
static int add_hash16(struct nkg_buf *out, struct nkg_str name)
{
	char hex[17];
	size_t b = 0;
	if (next_uk_word(name.ptr, name.len, &b) == 0) {
		nkg_sha256_hex(name.ptr, name.len, hex, 16);
	} else {
		char *us = nkg_malloc(name.len ? name.len : 1);
		if (!us)
			return NKG_ENOMEM;
		memcpy(us, name.ptr, name.len);
		us_words(us, name.len);
		nkg_sha256_hex(us, name.len, hex, 16);
		nkg_free(us);
	}
	return nkg_buf_add(out, hex, 16);
}

static int add_pct_byte(struct nkg_buf *out, unsigned char b)
{
	char e[3] = {'%', hex_upper[b >> 4], hex_upper[b & 15]};
	return nkg_buf_add(out, e, 3);
}

/* Whether what follows a dot at name[i] continues an initialism: a
 * letter right after it ("U.S."), or spaces and then one letter and its dot
 * ("A. J. Smith"; not "J. Smith"). */
static bool next_initial(struct nkg_str name, size_t i)
{
	if (i < name.len && ascii_letter(name.ptr[i]))
		return true;
	while (i < name.len && name.ptr[i] == ' ')
		i++;
	return i + 1 < name.len && ascii_letter(name.ptr[i]) && name.ptr[i + 1] == '.' &&
	       (i + 2 == name.len || !ascii_letter(name.ptr[i + 2]));
}

int nkg_iri_add_slug(struct nkg_buf *out, struct nkg_str name)
{
	size_t start = out->len, i = 0, word = 0;
	bool sep = false;
	int rc = 0;

	while (i < name.len && !rc) {
		uint32_t c = nkg_utf8_next(name.ptr, name.len, &i);
		char enc[4];
		const char *f;
		size_t k;

		if (is_dropped(c))
			continue;
		/* the dots of an initialism join its letters: "U.S." and "US"
		 * are one slug, "us"; so do spaced initials, "A. J." and "A.J."
		 * (README "Canonical names") */
		if (c == '.' && word == 1 && next_initial(name, i)) {
			while (name.ptr[i] == ' ')
				i++;
			word = 0;
			continue;
		}
		if (c >= 0xFF10 && c <= 0xFF19)
			c = c - 0xFF10 + '0';
		else if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
			c = (c - 0xFF21) % 0x20 + 'a';
		if (is_separator(c)) {
			sep = true;
			word = 0;
			continue;
		}
		if (sep && out->len > start)
			rc = nkg_buf_addch(out, '-');
		sep = false;
		word++;
		if (rc)
			break;
		if (c < 0x80) {
			rc = nkg_buf_addch(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
		} else if ((f = fold_latin(c)) != NULL) {
			rc = nkg_buf_addstr(out, f);
		} else {
			k = nkg_utf8_encode(lower_other(c), enc);
			for (size_t j = 0; j < k && !rc; j++)
				rc = add_pct_byte(out, (unsigned char)enc[j]);
		}
	}
	/* "centre" and "theatre" spelled the American way: "Betty Ford Centre"
	 * and "Betty Ford Center" are one IRI (README "Canonical names") */
	if (!rc)
		us_words(out->ptr + start, out->len - start);
	if (!rc && out->len - start > NKG_SLUG_MAX) {
		size_t cut = start + NKG_SLUG_MAX;
		/* Never inside a %XX escape: back up to its '%'. */
		if (out->ptr[cut - 1] == '%')
			cut -= 1;
		else if (out->ptr[cut - 2] == '%')
			cut -= 2;
		while (cut > start && out->ptr[cut - 1] == '-')
			cut--;
		out->len = cut;
		out->ptr[cut] = '\0';
		if (!(rc = nkg_buf_addch(out, '-')))
			rc = add_hash16(out, name);
	} else if (!rc && out->len == start) {
		if (!(rc = nkg_buf_addstr(out, "x-")))
			rc = add_hash16(out, name);
	}
	if (rc) {
		out->len = start;
		if (out->ptr)
			out->ptr[start] = '\0';
	}
	return rc;
}

int nkg_iri_add_pct(struct nkg_buf *out, struct nkg_str s)
{
	size_t start = out->len;
	int rc = 0;

	for (size_t i = 0; i < s.len && !rc; i++) {
		unsigned char b = (unsigned char)s.ptr[i];
		if (is_ascii_alnum(b) || b == '-' || b == '.' || b == '_' || b == '~' || b == ':')
			rc = nkg_buf_addch(out, (char)b);
		else
			rc = add_pct_byte(out, b);
	}
	if (rc) {
		out->len = start;
		if (out->ptr)
			out->ptr[start] = '\0';
	}
	return rc;
}

static bool is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* RFC 3987 ucschar (private use is allowed only in queries: refused here). */
static bool is_ucschar(uint32_t c)
{
	if (c < 0xA0 || (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFDD0 && c <= 0xFDEF))
		return false;
	if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFFF0 && c <= 0xFFFF))
		return false;
	return c < 0xE0000 || (c >= 0xE1000 && c <= 0xEFFFD);
}

bool nkg_iri_is_safe(struct nkg_str s)
{
	size_t i = 0;

	if (!s.len || !((s.ptr[0] | 0x20) >= 'a' && (s.ptr[0] | 0x20) <= 'z'))
		return false;
	while (i < s.len && (is_ascii_alnum((unsigned char)s.ptr[i]) || s.ptr[i] == '+' ||
	                     s.ptr[i] == '-' || s.ptr[i] == '.'))
		i++;
	if (i == s.len || s.ptr[i] != ':' || i + 1 == s.len)
		return false;
	if (nkg_utf8_validate(s.ptr, s.len, NULL))
		return false;
	while (i < s.len) {
		unsigned char b = (unsigned char)s.ptr[i];
		if (b >= 0x80) {
			if (!is_ucschar(nkg_utf8_next(s.ptr, s.len, &i)))
				return false;
			continue;
		}
		if (b <= 0x20 || b == 0x7F || b == '<' || b == '>' || b == '"' || b == '{' ||
		    b == '}' || b == '|' || b == '\\' || b == '^' || b == '`')
			return false;
		if (b == '%' && (i + 2 >= s.len || !is_hex(s.ptr[i + 1]) || !is_hex(s.ptr[i + 2])))
			return false;
		i++;
	}
	return true;
}

bool nkg_iri_base_ok(const char *base)
{
	struct nkg_str b = nkg_str_from_cstr(base);
	return b.len && b.ptr[b.len - 1] == '/' && !memchr(b.ptr, '#', b.len) && nkg_iri_is_safe(b);
}

char *nkg_doc_iri(const char *base, const struct nkg_doc *doc)
{
	struct nkg_buf b;
	int rc;

	nkg_buf_init(&b, 0);
	rc = nkg_buf_addstr(&b, base ? base : NKG_DEFAULT_BASE);
	if (!rc)
		rc = nkg_buf_addstr(&b, "doc/");
	if (rc) {
		/* nothing */
	} else if (doc->id.len) {
		rc = nkg_iri_add_slug(&b, doc->id);
	} else if (doc->url.len) {
		rc = nkg_iri_add_slug(&b, doc->url);
	} else {
		char hex[33];
		nkg_sha256_hex(doc->text, doc->text_len, hex, 32);
		if (!(rc = nkg_buf_addstr(&b, "sha256-")))
			rc = nkg_buf_add(&b, hex, 32);
	}
	if (rc) {
		nkg_buf_release(&b);
		return NULL;
	}
	return nkg_buf_detach(&b, NULL);
}
