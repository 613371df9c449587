/* fuzz_json.c - core/json.h against a second, independent reading of RFC
 * 8259 written below (a plain recursive descent over an untouched copy of
 * the line), with the choices json.h documents: \u0000 and lone surrogates
 * refused, raw control characters refused, duplicates refused only for the
 * keys asked for, NKG_JSON_MAX_DEPTH nested containers at most.
 *
 * Both must accept or refuse the same lines; when they accept, every member
 * asked for has the same type, the same decoded string (a slice of the
 * line, NUL-terminated there) or the same number text, and a column inside
 * the line.  When json.h refuses, its column is inside the line (or one
 * past it) and its message is set.  Then the line goes through the JSON
 * Lines record reader of the CLI (nkg_input_parse_record), whose answer
 * must agree: valid records have "text" and a valid date. */
#include <string.h>

#include "../../cli/input.h"
#include "../../core/err.h"
#include "../../core/json.h"
#include "../../core/utf8.h"
#include "fuzz.h"

/* The members the CLI's record reader asks for, so that both readings of a
 * line can be compared with it too. */
#define N_KEYS 6
#define K_TEXT 5
static const char *const keys[N_KEYS] = {"id", "url", "title", "source", "date", "text"};

struct ref {
	const uint8_t *s;
	size_t n, i;
	/* per key asked for: type, decoded value */
	enum nkg_json_type type[N_KEYS];
	uint8_t *val[N_KEYS];
	size_t len[N_KEYS];
	uint8_t *scratch; /* a decoded string */
	size_t scratch_len;
};

static void ws(struct ref *r)
{
	while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' ||
	                       r->s[r->i] == '\r'))
		r->i++;
}

static int hex4(struct ref *r, uint32_t *out)
{
	uint32_t v = 0;
	if (r->n - r->i < 4)
		return -1;
	for (int k = 0; k < 4; k++) {
		uint8_t c = r->s[r->i++];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* A string at r->i (its '"'), decoded into r->scratch. */
static int str(struct ref *r)
{
	r->scratch_len = 0;
	r->i++;
	for (;;) {
		if (r->i >= r->n)
			return -1;
		uint8_t c = r->s[r->i++];
		if (c == '"')
			return 0;
		if (c < 0x20)
			return -1;
		if (c != '\\') {
			r->scratch[r->scratch_len++] = c;
			continue;
		}
		if (r->i >= r->n)
			return -1;
		c = r->s[r->i++];
		const char *simple = strchr("\"\\/bfnrt", c);
		if (c && simple) {
			static const char map[] = "\"\\/\b\f\n\r\t";
			r->scratch[r->scratch_len++] = (uint8_t)map[simple - "\"\\/bfnrt"];
			continue;
		}
		if (c != 'u')
			return -1;
		uint32_t cp, lo;
		if (hex4(r, &cp) != 0 || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
			return -1;
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			if (r->n - r->i < 2 || r->s[r->i] != '\\' || r->s[r->i + 1] != 'u')
				return -1;
			r->i += 2;
			if (hex4(r, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF)
				return -1;
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
		}
		r->scratch_len += nkg_utf8_encode(cp, (char *)r->scratch + r->scratch_len);
	}
}

static int digits(struct ref *r)
{
	size_t start = r->i;
	while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
		r->i++;
	return r->i > start ? 0 : -1;
}

static int num(struct ref *r)
{
	if (r->s[r->i] == '-')
		r->i++;
	if (r->i < r->n && r->s[r->i] == '0')
		r->i++;
	else if (digits(r) != 0)
		return -1;
	if (r->i < r->n && r->s[r->i] == '.') {
		r->i++;
		if (digits(r) != 0)
			return -1;
	}
	if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
		r->i++;
		if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-'))
			r->i++;
		if (digits(r) != 0)
			return -1;
	}
	return 0;
}

static int lit(struct ref *r, const char *w)
{
	size_t l = strlen(w);
	if (r->n - r->i < l || memcmp(r->s + r->i, w, l) != 0)
		return -1;
	r->i += l;
	return 0;
}

static int value(struct ref *r, int depth, enum nkg_json_type *type)
{
	if (r->i >= r->n)
		return -1;
	uint8_t c = r->s[r->i];
	if (c == '"') {
		*type = NKG_JSON_STRING;
		return str(r);
	}
	if (c == 't' || c == 'f' || c == 'n') {
		*type = c == 't' ? NKG_JSON_TRUE : c == 'f' ? NKG_JSON_FALSE : NKG_JSON_NULL;
		return lit(r, c == 't' ? "true" : c == 'f' ? "false" : "null");
	}
	if (c == '-' || (c >= '0' && c <= '9')) {
		*type = NKG_JSON_NUMBER;
		return num(r);
	}
	if (c != '[' && c != '{')
		return -1;
	*type = c == '{' ? NKG_JSON_OBJECT : NKG_JSON_ARRAY;
	if (depth >= NKG_JSON_MAX_DEPTH)
		return -1;
	uint8_t close = c == '{' ? '}' : ']';
	r->i++;
	ws(r);
	if (r->i < r->n && r->s[r->i] == close) {
		r->i++;
		return 0;
	}
	for (;;) {
		enum nkg_json_type t;
		if (c == '{') {
			if (r->i >= r->n || r->s[r->i] != '"' || str(r) != 0)
				return -1;
			ws(r);
			if (r->i >= r->n || r->s[r->i] != ':')
				return -1;
			r->i++;
			ws(r);
		}
		if (value(r, depth + 1, &t) != 0)
			return -1;
		ws(r);
		if (r->i < r->n && r->s[r->i] == ',') {
			r->i++;
			ws(r);
			continue;
		}
		if (r->i < r->n && r->s[r->i] == close) {
			r->i++;
			return 0;
		}
		return -1;
	}
}

/* The whole record: 0 when accepted. */
static int record(struct ref *r)
{
	ws(r);
	if (r->i >= r->n || r->s[r->i] != '{')
		return -1;
	r->i++;
	ws(r);
	if (r->i < r->n && r->s[r->i] == '}') {
		r->i++;
		goto trailing;
	}
	for (;;) {
		if (r->i >= r->n || r->s[r->i] != '"' || str(r) != 0)
			return -1;
		int want = -1;
		for (int k = 0; k < N_KEYS; k++)
			if (r->scratch_len == strlen(keys[k]) &&
			    memcmp(r->scratch, keys[k], r->scratch_len) == 0)
				want = k;
		if (want >= 0 && r->type[want] != NKG_JSON_ABSENT)
			return -1; /* duplicate of a key asked for */
		ws(r);
		if (r->i >= r->n || r->s[r->i] != ':')
			return -1;
		r->i++;
		ws(r);
		size_t at = r->i;
		enum nkg_json_type t;
		if (value(r, 1, &t) != 0)
			return -1;
		if (want >= 0) {
			r->type[want] = t;
			if (t == NKG_JSON_STRING) {
				r->val[want] = malloc(r->scratch_len + 1);
				FUZZ_CHECK(r->val[want] != NULL);
				memcpy(r->val[want], r->scratch, r->scratch_len);
				r->len[want] = r->scratch_len;
			} else if (t == NKG_JSON_NUMBER) {
				r->val[want] = malloc(r->i - at + 1);
				FUZZ_CHECK(r->val[want] != NULL);
				memcpy(r->val[want], r->s + at, r->i - at);
				r->len[want] = r->i - at;
			}
		}
		ws(r);
		if (r->i < r->n && r->s[r->i] == ',') {
			r->i++;
			ws(r);
			continue;
		}
		if (r->i < r->n && r->s[r->i] == '}') {
			r->i++;
			break;
		}
		return -1;
	}
trailing:
	ws(r);
	return r->i == r->n ? 0 : -1;
}

static void check_record_reader(const uint8_t *data, size_t size, int accepted, const struct ref *r)
{
	struct nkg_record rec;
	char msg[200];
	char *line = fuzz_copy(data, size);

	int rc = nkg_input_parse_record(line, size, &rec, msg, sizeof(msg));
	if (!accepted) {
		FUZZ_CHECK(rc == NKG_EJSON);
		FUZZ_CHECK(strncmp(msg, "malformed JSON at column ", 25) == 0);
	} else if (rc == 0) {
		FUZZ_CHECK(r->type[K_TEXT] == NKG_JSON_STRING);
		FUZZ_CHECK(rec.text.len == r->len[K_TEXT]);
		FUZZ_CHECK(rec.text_column >= 1 && rec.text_column <= size);
		FUZZ_CHECK(rec.date.len == 0 || nkg_input_date_valid(rec.date.ptr, rec.date.len));
	} else {
		FUZZ_CHECK(rc == NKG_EINVAL || rc == NKG_EEMPTY);
		FUZZ_CHECK(msg[0] != '\0' && memchr(msg, '\0', sizeof(msg)) != NULL);
	}
	free(line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nkg_json_member m[N_KEYS];
	struct nkg_json_error err = {0, {0}};
	struct ref r;
	char *line = fuzz_copy(data, size);

	memset(&r, 0, sizeof(r));
	r.s = data;
	r.n = size;
	r.scratch = malloc(size + 1);
	FUZZ_CHECK(r.scratch != NULL);
	for (int k = 0; k < N_KEYS; k++)
		m[k].key = keys[k];
	int accepted = record(&r) == 0;
	int rc = nkg_json_parse_record(line, size, m, N_KEYS, &err);

	if (!accepted) {
		FUZZ_CHECK(rc == NKG_EJSON);
		FUZZ_CHECK(err.column >= 1 && err.column <= size + 1);
		FUZZ_CHECK(err.msg[0] != '\0' && memchr(err.msg, '\0', sizeof(err.msg)) != NULL);
	} else {
		FUZZ_CHECK(rc == 0);
		for (int k = 0; k < N_KEYS; k++) {
			FUZZ_CHECK(m[k].type == r.type[k]);
			if (m[k].type == NKG_JSON_ABSENT) {
				FUZZ_CHECK(m[k].column == 0 && m[k].value.len == 0);
				continue;
			}
			FUZZ_CHECK(m[k].column >= 1 && m[k].column <= size);
			if (m[k].type != NKG_JSON_STRING && m[k].type != NKG_JSON_NUMBER) {
				FUZZ_CHECK(m[k].value.len == 0);
				continue;
			}
			const char *p = m[k].value.ptr;
			FUZZ_CHECK(m[k].value.len == r.len[k]);
			FUZZ_CHECK(p >= line && p + m[k].value.len <= line + size);
			FUZZ_CHECK(r.len[k] == 0 || memcmp(p, r.val[k], r.len[k]) == 0);
			if (m[k].type == NKG_JSON_STRING) {
				FUZZ_CHECK(p + m[k].value.len < line + size);
				FUZZ_CHECK(p[m[k].value.len] == '\0');
			}
		}
	}
	if (nkg_utf8_validate((const char *)data, size, NULL) == 0)
		check_record_reader(data, size, accepted, &r);

	for (int k = 0; k < N_KEYS; k++)
		free(r.val[k]);
	free(r.scratch);
	free(line);
	return 0;
}
