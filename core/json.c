/* json.c - a small strict JSON parser for one JSON Lines record. */
#include "json.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "utf8.h"

struct parser {
	char *s;
	size_t n;
	size_t i;
	struct nkg_json_error *err;
};

static int fail(struct parser *p, size_t at, const char *msg)
{
	if (p->err) {
		p->err->column = at + 1;
		snprintf(p->err->msg, sizeof(p->err->msg), "%s", msg);
	}
	return NKG_EJSON;
}

static void skip_ws(struct parser *p)
{
	while (p->i < p->n) {
		char c = p->s[p->i];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->i++;
	}
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads the 4 hex digits of a \u escape whose backslash is at `at`. */
static int read_u16(struct parser *p, size_t at, uint32_t *out)
{
	uint32_t v = 0;

	if (p->n - at < 6)
		return fail(p, at, "invalid \\u escape: expected 4 hex digits");
	for (size_t k = 2; k < 6; k++) {
		int h = hex_value(p->s[at + k]);
		if (h < 0)
			return fail(p, at, "invalid \\u escape: expected 4 hex digits");
		v = (v << 4) | (uint32_t)h;
	}
	*out = v;
	return 0;
}

/* The opening quote is at p->i.  Unescapes the string in place, moves p->i
 * past the closing quote and sets *out to the decoded bytes (NUL-terminated
 * in the line). */
static int parse_string(struct parser *p, struct nkg_str *out)
{
	size_t start = p->i + 1;
	size_t r = start, w = start;
	int rc;

	for (;;) {
		if (r >= p->n)
			return fail(p, p->n, "unterminated string");
		unsigned char c = (unsigned char)p->s[r];
		if (c == '"')
			break;
		if (c < 0x20)
			return fail(p, r, "control character in string (escape it)");
		if (c != '\\') {
			p->s[w++] = p->s[r++];
			continue;
		}
		if (r + 1 >= p->n)
			return fail(p, p->n, "unterminated string");
		char e = p->s[r + 1];
		char simple = 0;
		switch (e) {
		case '"': simple = '"'; break;
		case '\\': simple = '\\'; break;
		case '/': simple = '/'; break;
		case 'b': simple = '\b'; break;
		case 'f': simple = '\f'; break;
		case 'n': simple = '\n'; break;
		case 'r': simple = '\r'; break;
		case 't': simple = '\t'; break;
		case 'u': break;
		default: return fail(p, r, "invalid escape in string");
		}
		if (simple) {
			p->s[w++] = simple;
			r += 2;
			continue;
		}
		uint32_t cp;
		if ((rc = read_u16(p, r, &cp)) != 0)
			return rc;
		size_t esc = r;
		r += 6;
		if (cp >= 0xDC00 && cp <= 0xDFFF)
			return fail(p, esc, "invalid \\u escape: lone low surrogate");
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			uint32_t lo;
			if (r + 1 >= p->n || p->s[r] != '\\' || p->s[r + 1] != 'u')
				return fail(p, esc, "invalid \\u escape: lone high surrogate");
			if ((rc = read_u16(p, r, &lo)) != 0)
				return rc;
			if (lo < 0xDC00 || lo > 0xDFFF)
				return fail(p, esc, "invalid \\u escape: lone high surrogate");
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			r += 6;
		}
		if (cp == 0)
			return fail(p, esc, "\\u0000 is not allowed in strings");
		char enc[4];
		size_t k = nkg_utf8_encode(cp, enc);
		/* k <= 4 <= the 6 or 12 bytes the escape took, so w stays behind r. */
		memcpy(p->s + w, enc, k);
		w += k;
	}
	p->s[w] = '\0';
	out->ptr = p->s + start;
	out->len = w - start;
	p->i = r + 1;
	return 0;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int parse_number(struct parser *p, struct nkg_str *out)
{
	size_t start = p->i, i = p->i;

	if (i < p->n && p->s[i] == '-')
		i++;
	if (i >= p->n || !is_digit(p->s[i]))
		return fail(p, i, "invalid number");
	if (p->s[i] == '0') {
		i++;
		if (i < p->n && is_digit(p->s[i]))
			return fail(p, i, "invalid number: leading zero");
	} else {
		while (i < p->n && is_digit(p->s[i]))
			i++;
	}
	if (i < p->n && p->s[i] == '.') {
		i++;
		if (i >= p->n || !is_digit(p->s[i]))
			return fail(p, i, "invalid number: expected a digit after '.'");
		while (i < p->n && is_digit(p->s[i]))
			i++;
	}
	if (i < p->n && (p->s[i] == 'e' || p->s[i] == 'E')) {
		i++;
		if (i < p->n && (p->s[i] == '+' || p->s[i] == '-'))
			i++;
		if (i >= p->n || !is_digit(p->s[i]))
			return fail(p, i, "invalid number: expected a digit in the exponent");
		while (i < p->n && is_digit(p->s[i]))
			i++;
	}
	out->ptr = p->s + start;
	out->len = i - start;
	p->i = i;
	return 0;
}

static int parse_literal(struct parser *p, const char *word)
{
	size_t len = strlen(word);
	if (p->n - p->i < len || memcmp(p->s + p->i, word, len) != 0)
		return fail(p, p->i, "expected a value");
	p->i += len;
	return 0;
}

static int parse_value(struct parser *p, int depth, enum nkg_json_type *type, struct nkg_str *val);

/* Parses (and discards) an array or object whose opening bracket is at p->i. */
static int parse_container(struct parser *p, int depth)
{
	bool object = p->s[p->i] == '{';
	char close = object ? '}' : ']';
	enum nkg_json_type t;
	struct nkg_str v;
	int rc;

	if (depth >= NKG_JSON_MAX_DEPTH)
		return fail(p, p->i, "nesting too deep");
	p->i++;
	skip_ws(p);
	if (p->i < p->n && p->s[p->i] == close) {
		p->i++;
		return 0;
	}
	for (;;) {
		if (object) {
			if (p->i >= p->n || p->s[p->i] != '"')
				return fail(p, p->i, "expected a string key");
			if ((rc = parse_string(p, &v)) != 0)
				return rc;
			skip_ws(p);
			if (p->i >= p->n || p->s[p->i] != ':')
				return fail(p, p->i, "expected ':'");
			p->i++;
			skip_ws(p);
		}
		if ((rc = parse_value(p, depth + 1, &t, &v)) != 0)
			return rc;
		skip_ws(p);
		if (p->i < p->n && p->s[p->i] == ',') {
			p->i++;
			skip_ws(p);
			continue;
		}
		if (p->i < p->n && p->s[p->i] == close) {
			p->i++;
			return 0;
		}
		return fail(p, p->i, object ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static int parse_value(struct parser *p, int depth, enum nkg_json_type *type, struct nkg_str *val)
{
	int rc;

	*val = NKG_STR_NULL;
	if (p->i >= p->n)
		return fail(p, p->i, "expected a value");
	switch (p->s[p->i]) {
	case '"': *type = NKG_JSON_STRING; return parse_string(p, val);
	case '{':
	case '[':
		*type = p->s[p->i] == '{' ? NKG_JSON_OBJECT : NKG_JSON_ARRAY;
		return parse_container(p, depth);
	case 't': *type = NKG_JSON_TRUE; return parse_literal(p, "true");
	case 'f': *type = NKG_JSON_FALSE; return parse_literal(p, "false");
	case 'n': *type = NKG_JSON_NULL; return parse_literal(p, "null");
	default:
		if (p->s[p->i] == '-' || is_digit(p->s[p->i])) {
			*type = NKG_JSON_NUMBER;
			rc = parse_number(p, val);
			return rc;
		}
		return fail(p, p->i, "expected a value");
	}
}

int nkg_json_parse_record(char *line, size_t n, struct nkg_json_member *members, size_t n_members,
                          struct nkg_json_error *err)
{
	struct parser p = {line, n, 0, err};
	struct nkg_str key, val;
	enum nkg_json_type type;
	int rc;

	for (size_t m = 0; m < n_members; m++) {
		members[m].type = NKG_JSON_ABSENT;
		members[m].value = NKG_STR_NULL;
		members[m].column = 0;
	}
	skip_ws(&p);
	if (p.i >= n || line[p.i] != '{')
		return fail(&p, p.i, "expected an object");
	p.i++;
	skip_ws(&p);
	if (p.i < n && line[p.i] == '}') {
		p.i++;
		goto trailing;
	}
	for (;;) {
		if (p.i >= n || line[p.i] != '"')
			return fail(&p, p.i, "expected a string key");
		size_t key_at = p.i;
		if ((rc = parse_string(&p, &key)) != 0)
			return rc;
		struct nkg_json_member *want = NULL;
		for (size_t m = 0; m < n_members; m++) {
			if (nkg_str_eq_cstr(key, members[m].key)) {
				want = &members[m];
				break;
			}
		}
		if (want && want->type != NKG_JSON_ABSENT) {
			char msg[sizeof(err->msg)];
			snprintf(msg, sizeof(msg), "duplicate key \"%.60s\"", want->key);
			return fail(&p, key_at, msg);
		}
		skip_ws(&p);
		if (p.i >= n || line[p.i] != ':')
			return fail(&p, p.i, "expected ':'");
		p.i++;
		skip_ws(&p);
		size_t val_at = p.i;
		if ((rc = parse_value(&p, 1, &type, &val)) != 0)
			return rc;
		if (want) {
			want->type = type;
			want->value = val;
			want->column = val_at + 1;
		}
		skip_ws(&p);
		if (p.i < n && line[p.i] == ',') {
			p.i++;
			skip_ws(&p);
			continue;
		}
		if (p.i < n && line[p.i] == '}') {
			p.i++;
			break;
		}
		return fail(&p, p.i, "expected ',' or '}'");
	}
trailing:
	skip_ws(&p);
	if (p.i < n)
		return fail(&p, p.i, "unexpected characters after the object");
	return 0;
}

const char *nkg_json_type_name(enum nkg_json_type type)
{
	switch (type) {
	case NKG_JSON_ABSENT: return "absent";
	case NKG_JSON_NULL: return "null";
	case NKG_JSON_FALSE: return "false";
	case NKG_JSON_TRUE: return "true";
	case NKG_JSON_NUMBER: return "number";
	case NKG_JSON_STRING: return "string";
	case NKG_JSON_ARRAY: return "array";
	case NKG_JSON_OBJECT: return "object";
	}
	return "unknown";
}
