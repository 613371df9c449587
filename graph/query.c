/* query.c - SPARQL over an indexed in-memory librdf model (see query.h).
 *
 * librdf runs the query with rasqal over the model's indexes (FACTS.md: a
 * two-pattern join on 1M triples takes 0.14 s there, where roqet's plain
 * list takes minutes).  Results are first collected as rows of copied terms,
 * sorted when the query has no ORDER BY (rasqal's parse of the same text
 * tells), then formatted into a buffer that is written in one go, so a
 * failure never leaves half a table on the output.
 */
#include "query.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <redland.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "../ontology/terms.h"

struct nkg_query {
	librdf_world *world;
	librdf_storage *storage;
	librdf_model *model;
	int failed;           /* an error reached the logger since the last clear */
	char last_error[512]; /* the first one */
};

enum term_kind { TERM_UNBOUND, TERM_IRI, TERM_LITERAL, TERM_BLANK };

/* A result term, copied out of librdf (all strings owned, NUL-terminated). */
struct term {
	enum term_kind kind;
	char *value; /* IRI, lexical form or blank label */
	size_t len;
	char *lang; /* literal: language tag or NULL */
	char *dt;   /* literal: datatype IRI or NULL */
};

struct row {
	struct term *t; /* n_vars terms, owned */
	char *key;      /* the row's TSV line: the sort key (owned) */
};

struct rows {
	size_t n_vars;
	char **vars; /* owned copies of the variable names */
	struct row *row;
	size_t n, cap;
};

/* ---- names ---------------------------------------------------------------- */

int nkg_results_format_parse(const char *name, enum nkg_results_format *out)
{
	static const struct {
		const char *name;
		enum nkg_results_format f;
	} names[] = {
	        {"table", NKG_RESULTS_TABLE},
	        {"csv", NKG_RESULTS_CSV},
	        {"tsv", NKG_RESULTS_TSV},
	        {"json", NKG_RESULTS_JSON},
	};
	for (size_t i = 0; name && i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcmp(name, names[i].name)) {
			*out = names[i].f;
			return 0;
		}
	}
	return NKG_EINVAL;
}

static const struct {
	const char *name;
	const char *parser;
} syntaxes[] = {
        {"turtle", "turtle"}, {"ttl", "turtle"}, {"ntriples", "ntriples"}, {"nt", "ntriples"},
        {"nquads", "nquads"}, {"nq", "nquads"},  {"rdfxml", "rdfxml"},     {"xml", "rdfxml"},
        {"rdf", "rdfxml"},    {"owl", "rdfxml"},
};

const char *nkg_query_syntax_name(const char *name)
{
	for (size_t i = 0; name && i < sizeof(syntaxes) / sizeof(syntaxes[0]); i++)
		if (!strcmp(name, syntaxes[i].name))
			return syntaxes[i].parser;
	return NULL;
}

const char *nkg_query_syntax_for_path(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash + 1 : path, '.');
	if (!dot || dot[1] == '\0')
		return NULL;
	return nkg_query_syntax_name(dot + 1);
}

/* ---- engine --------------------------------------------------------------- */

static void keep_error(struct nkg_query *q, const char *msg, int line)
{
	if (q->failed++)
		return; /* keep the first: later ones are usually consequences */
	if (!msg)
		msg = "unknown error";
	if (line > 0)
		snprintf(q->last_error, sizeof(q->last_error), "line %d: %s", line, msg);
	else
		snprintf(q->last_error, sizeof(q->last_error), "%s", msg);
}

/* rasqal's own messages (the query's syntax errors when we parse it). */
static void on_rasqal_log(void *user_data, raptor_log_message *m)
{
	if (m->level >= RAPTOR_LOG_LEVEL_ERROR)
		keep_error(user_data, m->text, m->locator ? raptor_locator_line(m->locator) : -1);
}

static int on_log(void *user_data, librdf_log_message *m)
{
	struct nkg_query *q = user_data;
	raptor_locator *loc;

	if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR)
		return 1; /* warnings (e.g. "variable bound but unused") are dropped */
	loc = librdf_log_message_locator(m);
	keep_error(q, librdf_log_message_message(m), loc ? raptor_locator_line(loc) : -1);
	return 1; /* handled: nothing reaches stderr */
}

static void clear_error(struct nkg_query *q)
{
	q->failed = 0;
	q->last_error[0] = '\0';
}

static int open_model(struct nkg_query *q)
{
	q->storage = librdf_new_storage(q->world, "trees", NULL, NULL);
	if (!q->storage) /* a librdf built without "trees": the indexed hashes */
		q->storage = librdf_new_storage(q->world, "hashes", NULL, "hash-type='memory'");
	if (!q->storage)
		return NKG_ERDF;
	q->model = librdf_new_model(q->world, q->storage, NULL);
	return q->model ? 0 : NKG_ERDF;
}

static void close_model(struct nkg_query *q)
{
	if (q->model)
		librdf_free_model(q->model);
	if (q->storage)
		librdf_free_storage(q->storage);
	q->model = NULL;
	q->storage = NULL;
}

int nkg_query_new(struct nkg_query **qp)
{
	struct nkg_query *q = nkg_calloc(1, sizeof(*q));
	int rc;

	if (!q)
		return NKG_ENOMEM;
	rc = NKG_ERDF;
	if (!(q->world = librdf_new_world()))
		goto fail;
	librdf_world_set_logger(q->world, q, on_log);
	librdf_world_open(q->world);
	if (!librdf_world_get_rasqal(q->world))
		goto fail;
	rasqal_world_set_log_handler(librdf_world_get_rasqal(q->world), q, on_rasqal_log);
	if ((rc = open_model(q)) != 0 || q->failed) {
		rc = NKG_ERDF;
		goto fail;
	}
	*qp = q;
	return 0;
fail:
	nkg_query_free(q);
	return rc;
}

int nkg_query_reset(struct nkg_query *q)
{
	clear_error(q);
	close_model(q);
	return open_model(q);
}

void nkg_query_free(struct nkg_query *q)
{
	if (!q)
		return;
	close_model(q);
	if (q->world)
		librdf_free_world(q->world);
	nkg_free(q);
}

const char *nkg_query_last_error(const struct nkg_query *q)
{
	return q->last_error[0] ? q->last_error : NULL;
}

size_t nkg_query_size(const struct nkg_query *q)
{
	int n = q->model ? librdf_model_size(q->model) : 0;
	return n > 0 ? (size_t)n : 0;
}

/* ---- loading -------------------------------------------------------------- */

/* Reads all of fh into b.  0, NKG_EIO (errno set), NKG_ELIMIT, NKG_ENOMEM. */
static int read_file(FILE *fh, struct nkg_buf *b)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), fh)) > 0) {
		int rc = nkg_buf_add(b, chunk, n);
		if (rc)
			return rc;
	}
	if (ferror(fh)) {
		if (!errno)
			errno = EIO;
		return NKG_EIO;
	}
	return 0;
}

int nkg_query_load_file(struct nkg_query *q, const char *path, const char *syntax)
{
	unsigned char *base = NULL;
	struct nkg_buf text;
	struct stat st;
	FILE *fh;
	int rc, saved;

	clear_error(q);
	if (!q->model)
		return NKG_ERDF;
	if (!syntax && !(syntax = nkg_query_syntax_for_path(path)))
		return NKG_EINVAL;
	if (!(fh = fopen(path, "rb")))
		return NKG_EIO;
	if (fstat(fileno(fh), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fh);
		errno = EISDIR;
		return NKG_EIO;
	}
	/* Read whole, then parsed as a string: librdf's file-handle parse of
	 * N-Triples leaks a URI in librdf 1.0.17 (valgrind), and our own read
	 * tells a read error from a syntax error. */
	nkg_buf_init(&text, NKG_QUERY_MAX_FILE_BYTES);
	errno = 0;
	rc = read_file(fh, &text);
	saved = errno;
	fclose(fh);
	if (rc) {
		if (rc == NKG_ELIMIT)
			snprintf(q->last_error, sizeof(q->last_error), "larger than %zu bytes",
			         (size_t)NKG_QUERY_MAX_FILE_BYTES);
		nkg_buf_release(&text);
		errno = saved;
		return rc;
	}
	/* The file's own URI resolves relative IRIs, as rapper does. */
	base = raptor_uri_filename_to_uri_string(path);
	if (!base) {
		nkg_buf_release(&text);
		return NKG_ENOMEM;
	}
	rc = nkg_query_load_string(q, text.ptr ? text.ptr : "", text.len, syntax,
	                           (const char *)base);
	raptor_free_memory(base);
	nkg_buf_release(&text);
	return rc;
}

int nkg_query_load_string(struct nkg_query *q, const char *text, size_t len, const char *syntax,
                          const char *base_iri)
{
	librdf_parser *parser = NULL;
	librdf_uri *base = NULL;
	int rc = NKG_ERDF;

	clear_error(q);
	if (!q->model || !syntax)
		return NKG_EINVAL;
	/* raptor 2.0.15's N-Triples parser leaks one reference to each distinct
	 * datatype IRI it meets (valgrind: "definitely lost" at world free);
	 * N-Triples is a subset of Turtle, so the Turtle parser reads it without
	 * the leak.  N-Quads has no such way round (one URI per datatype). */
	if (!(parser = librdf_new_parser(q->world, strcmp(syntax, "ntriples") ? syntax : "turtle",
	                                 NULL, NULL)))
		goto out;
	base = librdf_new_uri(q->world,
	                      (const unsigned char *)(base_iri ? base_iri : "file:///dev/stdin"));
	if (!base)
		goto out;
	if (librdf_parser_parse_counted_string_into_model(parser, (const unsigned char *)text, len,
	                                                  base, q->model) ||
	    q->failed)
		goto out;
	rc = 0;
out:
	if (parser)
		librdf_free_parser(parser);
	if (base)
		librdf_free_uri(base);
	if (rc && !q->last_error[0])
		snprintf(q->last_error, sizeof(q->last_error), "cannot parse it as %s", syntax);
	return rc;
}

/* ---- terms ---------------------------------------------------------------- */

static void term_release(struct term *t)
{
	nkg_free(t->value);
	nkg_free(t->lang);
	nkg_free(t->dt);
	memset(t, 0, sizeof(*t));
}

static char *dup_cstr(const char *s)
{
	return s ? nkg_strndup(s, strlen(s)) : NULL;
}

/* Copies node (borrowed; NULL = unbound) into *t.  0 or NKG_ENOMEM. */
static int term_from_node(struct term *t, librdf_node *node)
{
	const unsigned char *s = NULL;
	size_t len = 0;

	memset(t, 0, sizeof(*t));
	if (!node)
		return 0;
	if (librdf_node_is_resource(node)) {
		t->kind = TERM_IRI;
		s = librdf_uri_as_counted_string(librdf_node_get_uri(node), &len);
	} else if (librdf_node_is_literal(node)) {
		const char *lang = librdf_node_get_literal_value_language(node);
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(node);
		t->kind = TERM_LITERAL;
		s = librdf_node_get_literal_value_as_counted_string(node, &len);
		if (lang && *lang && !(t->lang = dup_cstr(lang)))
			goto nomem;
		if (dt && !(t->dt = dup_cstr((const char *)librdf_uri_as_string(dt))))
			goto nomem;
	} else if (librdf_node_is_blank(node)) {
		t->kind = TERM_BLANK;
		s = librdf_node_get_counted_blank_identifier(node, &len);
	} else {
		return 0; /* unknown node type: shown as unbound */
	}
	if (!(t->value = nkg_strndup(s ? (const char *)s : "", s ? len : 0)))
		goto nomem;
	t->len = s ? len : 0;
	return 0;
nomem:
	term_release(t);
	return NKG_ENOMEM;
}

/* N-Triples escapes: inside "..." for literals, inside <...> for IRIs. */
static int add_nt_escaped(struct nkg_buf *b, const char *s, size_t n, bool iri)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int rc;
		if (!iri && c == '\\')
			rc = nkg_buf_add(b, "\\\\", 2);
		else if (!iri && c == '"')
			rc = nkg_buf_add(b, "\\\"", 2);
		else if (!iri && c == '\n')
			rc = nkg_buf_add(b, "\\n", 2);
		else if (!iri && c == '\r')
			rc = nkg_buf_add(b, "\\r", 2);
		else if (!iri && c == '\t')
			rc = nkg_buf_add(b, "\\t", 2);
		else if (c < 0x20 || c == 0x7f || (iri && (c == ' ' || strchr("<>\"{}|^`\\", c))))
			rc = nkg_buf_addf(b, "\\u%04X", c);
		else
			rc = nkg_buf_addch(b, (char)c);
		if (rc)
			return rc;
	}
	return 0;
}

/* The term in N-Triples syntax (TSV cells and the sort key). */
static int add_nt_term(struct nkg_buf *b, const struct term *t)
{
	int rc = 0;
	switch (t->kind) {
	case TERM_UNBOUND: return 0;
	case TERM_IRI:
		if ((rc = nkg_buf_addch(b, '<')) ||
		    (rc = add_nt_escaped(b, t->value, t->len, true)))
			return rc;
		return nkg_buf_addch(b, '>');
	case TERM_BLANK:
		if ((rc = nkg_buf_addstr(b, "_:")))
			return rc;
		return nkg_buf_add(b, t->value, t->len);
	case TERM_LITERAL:
		if ((rc = nkg_buf_addch(b, '"')) ||
		    (rc = add_nt_escaped(b, t->value, t->len, false)) ||
		    (rc = nkg_buf_addch(b, '"')))
			return rc;
		if (t->lang)
			return nkg_buf_addf(b, "@%s", t->lang);
		if (t->dt) {
			if ((rc = nkg_buf_addstr(b, "^^<")) ||
			    (rc = add_nt_escaped(b, t->dt, strlen(t->dt), true)))
				return rc;
			return nkg_buf_addch(b, '>');
		}
		return 0;
	}
	return 0;
}

/* ---- collecting rows ------------------------------------------------------- */

static void rows_release(struct rows *r)
{
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->n_vars; j++)
			term_release(&r->row[i].t[j]);
		nkg_free(r->row[i].t);
		nkg_free(r->row[i].key);
	}
	nkg_free(r->row);
	for (size_t j = 0; j < r->n_vars; j++)
		nkg_free(r->vars[j]);
	nkg_free(r->vars);
	memset(r, 0, sizeof(*r));
}

static int row_key(struct row *row, size_t n_vars)
{
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	for (size_t j = 0; j < n_vars; j++) {
		if ((j && nkg_buf_addch(&b, '\t')) || add_nt_term(&b, &row->t[j]))
			goto nomem;
	}
	if (nkg_buf_addch(&b, '\0')) /* an empty row still gets a key */
		goto nomem;
	row->key = nkg_buf_detach(&b, NULL);
	return row->key ? 0 : NKG_ENOMEM;
nomem:
	nkg_buf_release(&b);
	return NKG_ENOMEM;
}

static int collect_rows(librdf_query_results *res, struct rows *r)
{
	int n = librdf_query_results_get_bindings_count(res);

	if (n < 0)
		return NKG_ERDF;
	if (n > 0 && (size_t)n != r->n_vars) { /* trust librdf's columns over ours */
		for (size_t j = 0; j < r->n_vars; j++)
			nkg_free(r->vars[j]);
		nkg_free(r->vars);
		r->vars = NULL;
		r->n_vars = 0;
	} else {
		n = 0; /* the names from the query's parse stand */
	}
	if (n > 0 && !(r->vars = nkg_calloc((size_t)n, sizeof(*r->vars))))
		return NKG_ENOMEM;
	for (; r->n_vars < (size_t)n; r->n_vars++) {
		const char *name = librdf_query_results_get_binding_name(res, (int)r->n_vars);
		if (!(r->vars[r->n_vars] = dup_cstr(name ? name : "")))
			return NKG_ENOMEM;
	}
	while (!librdf_query_results_finished(res)) {
		struct row *row;
		if (r->n == r->cap) {
			size_t cap = r->cap ? r->cap * 2 : 16;
			struct row *p = nkg_realloc(r->row, cap * sizeof(*p));
			if (!p)
				return NKG_ENOMEM;
			r->row = p;
			r->cap = cap;
		}
		row = &r->row[r->n];
		memset(row, 0, sizeof(*row));
		if (!(row->t = nkg_calloc(r->n_vars ? r->n_vars : 1, sizeof(*row->t))))
			return NKG_ENOMEM;
		r->n++;
		for (size_t j = 0; j < r->n_vars; j++) {
			librdf_node *node = librdf_query_results_get_binding_value(res, (int)j);
			int rc = term_from_node(&row->t[j], node);
			if (node)
				librdf_free_node(node);
			if (rc)
				return rc;
		}
		if (row_key(row, r->n_vars))
			return NKG_ENOMEM;
		if (librdf_query_results_next(res))
			break;
	}
	return 0;
}

static int cmp_rows(const void *a, const void *b)
{
	return strcmp(((const struct row *)a)->key, ((const struct row *)b)->key);
}

/* ---- result formats -------------------------------------------------------- */

static int write_tsv(struct nkg_buf *b, const struct rows *r)
{
	for (size_t j = 0; j < r->n_vars; j++)
		if (nkg_buf_addf(b, "%s?%s", j ? "\t" : "", r->vars[j]))
			return NKG_ENOMEM;
	if (nkg_buf_addch(b, '\n'))
		return NKG_ENOMEM;
	for (size_t i = 0; i < r->n; i++)
		if (nkg_buf_addstr(b, r->row[i].key) || nkg_buf_addch(b, '\n'))
			return NKG_ENOMEM;
	return 0;
}

static int add_csv_field(struct nkg_buf *b, const char *s, size_t n)
{
	bool quote = false;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r';
	if (!quote)
		return nkg_buf_add(b, s, n);
	if (nkg_buf_addch(b, '"'))
		return NKG_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if ((s[i] == '"' && nkg_buf_addch(b, '"')) || nkg_buf_addch(b, s[i]))
			return NKG_ENOMEM;
	return nkg_buf_addch(b, '"');
}

static int write_csv(struct nkg_buf *b, const struct rows *r)
{
	for (size_t j = 0; j < r->n_vars; j++)
		if ((j && nkg_buf_addch(b, ',')) ||
		    add_csv_field(b, r->vars[j], strlen(r->vars[j])))
			return NKG_ENOMEM;
	if (nkg_buf_addstr(b, "\r\n"))
		return NKG_ENOMEM;
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->n_vars; j++) {
			const struct term *t = &r->row[i].t[j];
			if (j && nkg_buf_addch(b, ','))
				return NKG_ENOMEM;
			if (t->kind == TERM_BLANK && nkg_buf_addstr(b, "_:"))
				return NKG_ENOMEM;
			if (t->kind != TERM_UNBOUND && add_csv_field(b, t->value, t->len))
				return NKG_ENOMEM;
		}
		if (nkg_buf_addstr(b, "\r\n"))
			return NKG_ENOMEM;
	}
	return 0;
}

static int add_json_string(struct nkg_buf *b, const char *s, size_t n)
{
	if (nkg_buf_addch(b, '"'))
		return NKG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int rc;
		switch (c) {
		case '"': rc = nkg_buf_add(b, "\\\"", 2); break;
		case '\\': rc = nkg_buf_add(b, "\\\\", 2); break;
		case '\n': rc = nkg_buf_add(b, "\\n", 2); break;
		case '\r': rc = nkg_buf_add(b, "\\r", 2); break;
		case '\t': rc = nkg_buf_add(b, "\\t", 2); break;
		default: rc = c < 0x20 ? nkg_buf_addf(b, "\\u%04x", c) : nkg_buf_addch(b, (char)c);
		}
		if (rc)
			return rc;
	}
	return nkg_buf_addch(b, '"');
}

static int add_json_member(struct nkg_buf *b, const char *key, const char *s, size_t n)
{
	if (nkg_buf_addch(b, ',') || add_json_string(b, key, strlen(key)) ||
	    nkg_buf_addch(b, ':') || add_json_string(b, s, n))
		return NKG_ENOMEM;
	return 0;
}

/* SPARQL 1.1 Query Results JSON, one binding per line. */
static int write_json(struct nkg_buf *b, const struct rows *r)
{
	static const char *const type[] = {"", "uri", "literal", "bnode"};

	if (nkg_buf_addstr(b, "{\"head\":{\"vars\":["))
		return NKG_ENOMEM;
	for (size_t j = 0; j < r->n_vars; j++)
		if ((j && nkg_buf_addch(b, ',')) ||
		    add_json_string(b, r->vars[j], strlen(r->vars[j])))
			return NKG_ENOMEM;
	if (nkg_buf_addstr(b, "]},\"results\":{\"bindings\":["))
		return NKG_ENOMEM;
	for (size_t i = 0; i < r->n; i++) {
		bool first = true;
		if (nkg_buf_addstr(b, i ? ",\n{" : "\n{"))
			return NKG_ENOMEM;
		for (size_t j = 0; j < r->n_vars; j++) {
			const struct term *t = &r->row[i].t[j];
			if (t->kind == TERM_UNBOUND)
				continue; /* unbound variables are left out */
			if ((!first && nkg_buf_addch(b, ',')) ||
			    add_json_string(b, r->vars[j], strlen(r->vars[j])) ||
			    nkg_buf_addstr(b, ":{\"type\":") ||
			    add_json_string(b, type[t->kind], strlen(type[t->kind])) ||
			    add_json_member(b, "value", t->value, t->len))
				return NKG_ENOMEM;
			if (t->lang && add_json_member(b, "xml:lang", t->lang, strlen(t->lang)))
				return NKG_ENOMEM;
			if (t->dt && add_json_member(b, "datatype", t->dt, strlen(t->dt)))
				return NKG_ENOMEM;
			if (nkg_buf_addch(b, '}'))
				return NKG_ENOMEM;
			first = false;
		}
		if (nkg_buf_addch(b, '}'))
			return NKG_ENOMEM;
	}
	return nkg_buf_addstr(b, r->n ? "\n]}}\n" : "]}}\n");
}

/* A name that reads well after "prefix:": letters, digits, '_', '-', and
 * '.' inside. */
static bool plain_local(const char *s)
{
	size_t n = strlen(s);
	if (!n || s[n - 1] == '.' || s[0] == '.' || s[0] == '-')
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-' || c == '.'))
			return false;
	}
	return true;
}

/* Table cells: the text a person reads (one line: control characters escaped). */
static int add_cell(struct nkg_buf *b, const struct term *t)
{
	size_t n_pfx;
	const struct nkg_prefix *pfx = nkg_prefixes(&n_pfx);

	switch (t->kind) {
	case TERM_UNBOUND: return 0;
	case TERM_BLANK:
		if (nkg_buf_addstr(b, "_:"))
			return NKG_ENOMEM;
		return nkg_buf_add(b, t->value, t->len);
	case TERM_IRI:
		for (size_t i = 0; i < n_pfx; i++) {
			size_t k = strlen(pfx[i].iri);
			if (!strncmp(t->value, pfx[i].iri, k) && plain_local(t->value + k))
				return nkg_buf_addf(b, "%s:%s", pfx[i].prefix, t->value + k);
		}
		if (nkg_buf_addch(b, '<') || nkg_buf_add(b, t->value, t->len))
			return NKG_ENOMEM;
		return nkg_buf_addch(b, '>');
	case TERM_LITERAL:
		for (size_t i = 0; i < t->len; i++) {
			unsigned char c = (unsigned char)t->value[i];
			int rc = c == '\n'   ? nkg_buf_add(b, "\\n", 2)
			         : c == '\t' ? nkg_buf_add(b, "\\t", 2)
			         : c == '\r' ? nkg_buf_add(b, "\\r", 2)
			         : c < 0x20  ? nkg_buf_addf(b, "\\u%04X", c)
			                     : nkg_buf_addch(b, (char)c);
			if (rc)
				return rc;
		}
		return 0;
	}
	return 0;
}

/* Adds the cell s[0..len) padded to width + 2 columns; *end receives where
 * its text ends, so the line can drop the padding after its last text. */
static int add_padded(struct nkg_buf *b, const char *s, size_t len, size_t width, size_t *end)
{
	size_t w = nkg_utf8_count(s, len);
	if (nkg_buf_add(b, s, len))
		return NKG_ENOMEM;
	if (len)
		*end = b->len;
	for (; w < width + 2; w++)
		if (nkg_buf_addch(b, ' '))
			return NKG_ENOMEM;
	return 0;
}

/* Ends a table line after its last text. */
static int end_line(struct nkg_buf *b, size_t end)
{
	b->len = end;
	b->ptr[end] = '\0';
	return nkg_buf_addch(b, '\n');
}

/* An aligned table: header, a rule of '-', a line per row; columns two
 * spaces apart, no line ending in spaces. */
static int write_table(struct nkg_buf *b, const struct rows *r)
{
	size_t n_cells = r->n_vars * r->n, end;
	size_t *width = NULL, *start = NULL;
	struct nkg_buf cells;
	int rc = NKG_ENOMEM;

	nkg_buf_init(&cells, 0);
	if (!r->n_vars)
		return nkg_buf_addstr(b, "\n");
	if (!(width = nkg_calloc(r->n_vars, sizeof(*width))) ||
	    !(start = nkg_calloc(n_cells + 1, sizeof(*start))))
		goto out;
	for (size_t j = 0; j < r->n_vars; j++)
		width[j] = nkg_utf8_count(r->vars[j], strlen(r->vars[j]));
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->n_vars; j++) {
			size_t k = i * r->n_vars + j, w;
			start[k] = cells.len;
			if (add_cell(&cells, &r->row[i].t[j]))
				goto out;
			w = nkg_utf8_count(cells.ptr + start[k], cells.len - start[k]);
			if (w > width[j])
				width[j] = w;
		}
	}
	start[n_cells] = cells.len;
	end = b->len;
	for (size_t j = 0; j < r->n_vars; j++)
		if (add_padded(b, r->vars[j], strlen(r->vars[j]), width[j], &end))
			goto out;
	if (end_line(b, end))
		goto out;
	for (size_t j = 0; j < r->n_vars; j++) {
		for (size_t k = 0; k < width[j]; k++)
			if (nkg_buf_addch(b, '-'))
				goto out;
		end = b->len;
		if (j + 1 < r->n_vars && nkg_buf_addstr(b, "  "))
			goto out;
	}
	if (end_line(b, end))
		goto out;
	for (size_t i = 0; i < r->n; i++) {
		end = b->len;
		for (size_t j = 0; j < r->n_vars; j++) {
			size_t k = i * r->n_vars + j;
			if (add_padded(b, cells.ptr + start[k], start[k + 1] - start[k], width[j],
			               &end))
				goto out;
		}
		if (end_line(b, end))
			goto out;
	}
	rc = 0;
out:
	nkg_buf_release(&cells);
	nkg_free(width);
	nkg_free(start);
	return rc;
}

/* ---- graph results ---------------------------------------------------------- */

static int write_graph(struct nkg_query *q, librdf_query_results *res, enum nkg_format fmt,
                       struct nkg_buf *b, size_t *n_triples)
{
	librdf_storage *storage = NULL;
	librdf_model *model = NULL;
	librdf_serializer *ser = NULL;
	librdf_stream *stream = NULL;
	unsigned char *text = NULL;
	size_t len = 0, n_pfx;
	const struct nkg_prefix *pfx = nkg_prefixes(&n_pfx);
	int rc = NKG_ERDF, size;

	if (!(storage = librdf_new_storage(q->world, "trees", NULL, NULL)) ||
	    !(model = librdf_new_model(q->world, storage, NULL)))
		goto out;
	/* librdf gives no stream at all when the CONSTRUCT matched nothing. */
	stream = librdf_query_results_as_stream(res);
	if (q->failed || (stream && librdf_model_add_statements(model, stream)))
		goto out;
	if (!(ser = librdf_new_serializer(
	              q->world, fmt == NKG_FORMAT_TURTLE ? "turtle" : "ntriples", NULL, NULL)))
		goto out;
	if (fmt == NKG_FORMAT_TURTLE) {
		for (size_t i = 0; i < n_pfx; i++) {
			librdf_uri *u;
			/* raptor's Turtle serializer declares rdf: itself and refuses it twice. */
			if (!strcmp(pfx[i].prefix, "rdf"))
				continue;
			u = librdf_new_uri(q->world, (const unsigned char *)pfx[i].iri);
			int bad = !u || librdf_serializer_set_namespace(ser, u, pfx[i].prefix);
			if (u)
				librdf_free_uri(u);
			if (bad)
				goto out;
		}
	}
	size = librdf_model_size(model);
	if (size > 0 &&
	    !(text = librdf_serializer_serialize_model_to_counted_string(ser, NULL, model, &len)))
		goto out;
	if (q->failed)
		goto out;
	rc = NKG_ENOMEM;
	if (text && nkg_buf_add(b, text, len))
		goto out;
	*n_triples = size > 0 ? (size_t)size : 0;
	rc = 0;
out:
	if (text)
		librdf_free_memory(text);
	if (ser)
		librdf_free_serializer(ser);
	if (stream)
		librdf_free_stream(stream);
	if (model)
		librdf_free_model(model);
	if (storage)
		librdf_free_storage(storage);
	return rc;
}

/* ---- running ----------------------------------------------------------------- */

/* ---- rasqal 0.9.33's join hazard (see nkg_query_info.hazard) ------------- */

/* A set of query variables (rasqal gives one object per name and query). */
struct vars {
	rasqal_variable **v; /* owned array; the variables are borrowed */
	size_t n, cap;
};

static bool vars_has(const struct vars *s, const rasqal_variable *v)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i] == v)
			return true;
	return false;
}

/* Adds v unless it is there.  0 or NKG_ENOMEM. */
static int vars_add(struct vars *s, rasqal_variable *v)
{
	if (vars_has(s, v))
		return 0;
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 8;
		rasqal_variable **p = nkg_realloc(s->v, cap * sizeof(*p));
		if (!p)
			return NKG_ENOMEM;
		s->v = p;
		s->cap = cap;
	}
	s->v[s->n++] = v;
	return 0;
}

static void vars_release(struct vars *s)
{
	nkg_free(s->v);
	memset(s, 0, sizeof(*s));
}

/* The variables of a triple pattern, in subject, predicate, object, graph
 * order: their count (at most 4) in out. */
static int triple_vars(rasqal_triple *t, rasqal_variable *out[4])
{
	rasqal_literal *part[4] = {t->subject, t->predicate, t->object, t->origin};
	int n = 0;

	for (int k = 0; k < 4; k++) {
		rasqal_variable *v = part[k] ? rasqal_literal_as_variable(part[k]) : NULL;
		if (v)
			out[n++] = v;
	}
	return n;
}

/* Whether variable v is mentioned by a triple pattern anywhere under gp. */
static bool gp_mentions(rasqal_graph_pattern *gp, const rasqal_variable *v)
{
	rasqal_triple *t;
	rasqal_graph_pattern *sub;

	if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_FILTER)
		return false;
	for (int i = 0; (t = rasqal_graph_pattern_get_triple(gp, i)) != NULL; i++) {
		rasqal_variable *tv[4];
		int n = triple_vars(t, tv);
		for (int k = 0; k < n; k++)
			if (tv[k] == v)
				return true;
	}
	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL; i++)
		if (gp_mentions(sub, v))
			return true;
	return false;
}

/* Adds the variables of the triple patterns under gp to s.  0, NKG_ENOMEM. */
static int gp_vars(rasqal_graph_pattern *gp, struct vars *s)
{
	rasqal_triple *t;
	rasqal_graph_pattern *sub;
	int rc;

	if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_FILTER)
		return 0;
	for (int i = 0; (t = rasqal_graph_pattern_get_triple(gp, i)) != NULL; i++) {
		rasqal_variable *tv[4];
		int n = triple_vars(t, tv);
		for (int k = 0; k < n; k++)
			if ((rc = vars_add(s, tv[k])) != 0)
				return rc;
	}
	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL; i++)
		if ((rc = gp_vars(sub, s)) != 0)
			return rc;
	return 0;
}

/* Whether gp is or holds a sub-SELECT. */
static bool gp_has_select(rasqal_graph_pattern *gp)
{
	rasqal_graph_pattern *sub;

	if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_SELECT)
		return true;
	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL; i++)
		if (gp_has_select(sub))
			return true;
	return false;
}

/* rasqal_expression_visit callback: adds a variable the expression reads
 * to the struct vars in user_data; non-0 (stops the walk) on NKG_ENOMEM. */
static int on_expr_var(void *user_data, rasqal_expression *e)
{
	rasqal_variable *v;

	if (e->op != RASQAL_EXPR_LITERAL || !e->literal)
		return 0;
	v = rasqal_literal_as_variable(e->literal);
	return v && vars_add(user_data, v) ? 1 : 0;
}

/* Adds to s the variables read by the FILTER and BIND expressions under gp
 * (sub-SELECTs not looked into: their own scope).  0, NKG_ENOMEM. */
static int expr_vars(rasqal_graph_pattern *gp, struct vars *s)
{
	rasqal_expression *e = rasqal_graph_pattern_get_filter_expression(gp);
	rasqal_graph_pattern *sub;
	int rc;

	if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_SELECT)
		return 0;
	if (e && rasqal_expression_visit(e, on_expr_var, s))
		return NKG_ENOMEM;
	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL; i++)
		if ((rc = expr_vars(sub, s)) != 0)
			return rc;
	return 0;
}

/* Adds to out the variables of sel (a part holding a sub-SELECT) that an
 * expression under gp reads (of gp itself only, when own is set); all of
 * them when all is set and it reads none (a FILTER of the group: after a
 * sorted sub-SELECT every row loses its values).  0, NKG_ENOMEM. */
static int expr_reads(rasqal_graph_pattern *gp, bool own, const struct vars *sel, bool all,
                      struct vars *out)
{
	rasqal_expression *e = rasqal_graph_pattern_get_filter_expression(gp);
	struct vars read = {0};
	size_t before = out->n;
	int rc = 0;

	if (!own)
		rc = expr_vars(gp, &read);
	else if (e && rasqal_expression_visit(e, on_expr_var, &read))
		rc = NKG_ENOMEM;
	for (size_t k = 0; rc == 0 && k < sel->n; k++)
		if (vars_has(&read, sel->v[k]))
			rc = vars_add(out, sel->v[k]);
	if (rc == 0 && all && out->n == before)
		for (size_t k = 0; rc == 0 && k < sel->n; k++)
			rc = vars_add(out, sel->v[k]);
	vars_release(&read);
	return rc;
}

/* Adds to out the variables a basic pattern binds before its last triple
 * that binds a new variable (the ones a later triple's next match leaves
 * unbound): the variables of the triples before that one.  0, NKG_ENOMEM. */
static int early_bound_vars(rasqal_graph_pattern *bgp, struct vars *out)
{
	struct vars seen = {0};
	int last_binder = -1, rc = 0;
	rasqal_triple *t;

	for (int col = 0; (t = rasqal_graph_pattern_get_triple(bgp, col)) != NULL; col++) {
		rasqal_variable *tv[4];
		int nt = triple_vars(t, tv);
		for (int k = 0; k < nt; k++) {
			if (vars_has(&seen, tv[k]))
				continue;
			if ((rc = vars_add(&seen, tv[k])) != 0)
				goto out;
			last_binder = col;
		}
	}
	for (int col = 0; col < last_binder; col++) {
		rasqal_variable *tv[4];
		int nt = triple_vars(rasqal_graph_pattern_get_triple(bgp, col), tv);
		for (int k = 0; k < nt; k++)
			if ((rc = vars_add(out, tv[k])) != 0)
				goto out;
	}
out:
	vars_release(&seen);
	return rc;
}

/* Adds to out the early-bound variables (early_bound_vars) of every basic
 * pattern under gp, sub-SELECTs included (their rows come from the same
 * joins, and a stored, sorted copy is not safe either).  0, NKG_ENOMEM. */
static int early_vars_under(rasqal_graph_pattern *gp, struct vars *out)
{
	rasqal_graph_pattern *sub;
	int rc;

	switch (rasqal_graph_pattern_get_operator(gp)) {
	case RASQAL_GRAPH_PATTERN_OPERATOR_BASIC: return early_bound_vars(gp, out);
	case RASQAL_GRAPH_PATTERN_OPERATOR_FILTER: return 0;
	default: break;
	}
	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL; i++)
		if ((rc = early_vars_under(sub, out)) != 0)
			return rc;
	return 0;
}

/* The hazards of one group (or OPTIONAL) gp, added to join and expr:
 * - a part's early-bound variable that a later part mentions (join);
 * and when sorted (the query may hold a sub-SELECT with ORDER BY):
 * - a variable shared by a part holding a sub-SELECT and an earlier part
 *   (join: a sorted sub-SELECT after the first part loses rows);
 * - a variable of a part holding a sub-SELECT that a FILTER of the group or
 *   an expression of a later part reads (expr: after a sorted sub-SELECT,
 *   FILTER and BIND see no values).
 * 0, NKG_ENOMEM. */
static int group_hazards(rasqal_graph_pattern *gp, bool sorted, struct vars *join,
                         struct vars *expr)
{
	rasqal_graph_pattern *sub, *other;
	int rc = 0;

	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++) {
		struct vars early = {0}, mine = {0};

		if ((rc = early_vars_under(sub, &early)) != 0)
			goto next;
		for (int j = i + 1; (other = rasqal_graph_pattern_get_sub_graph_pattern(gp, j));
		     j++)
			for (size_t k = 0; k < early.n; k++)
				if (gp_mentions(other, early.v[k]) &&
				    (rc = vars_add(join, early.v[k])) != 0)
					goto next;
		if (!sorted || !gp_has_select(sub))
			goto next;
		if ((rc = gp_vars(sub, &mine)) != 0)
			goto next;
		for (size_t k = 0; k < mine.n; k++)
			for (int j = 0; j < i; j++)
				if (gp_mentions(rasqal_graph_pattern_get_sub_graph_pattern(gp, j),
				                mine.v[k]) &&
				    (rc = vars_add(join, mine.v[k])) != 0)
					goto next;
		for (int j = 0; (other = rasqal_graph_pattern_get_sub_graph_pattern(gp, j)); j++) {
			bool filter = rasqal_graph_pattern_get_operator(other) ==
			              RASQAL_GRAPH_PATTERN_OPERATOR_FILTER;
			if ((j > i || filter) &&
			    (rc = expr_reads(other, false, &mine, filter, expr)) != 0)
				goto next;
		}
		/* a FILTER rasqal attached to the group itself */
		if (rasqal_graph_pattern_get_filter_expression(gp) &&
		    (rc = expr_reads(gp, true, &mine, true, expr)) != 0)
			goto next;
	next:
		vars_release(&early);
		vars_release(&mine);
		if (rc)
			return rc;
	}
	return 0;
}

/* Walks gp: the hazards of every group and OPTIONAL under it (group_hazards),
 * and whether it holds a VALUES or MINUS part.  0, NKG_ENOMEM. */
static int find_hazards(rasqal_graph_pattern *gp, bool sorted, struct vars *join, struct vars *expr,
                        bool *values, bool *minus)
{
	rasqal_graph_pattern *sub;
	rasqal_graph_pattern_operator op = rasqal_graph_pattern_get_operator(gp);
	int rc;

	if (op == RASQAL_GRAPH_PATTERN_OPERATOR_VALUES)
		*values = true;
	if (op == RASQAL_GRAPH_PATTERN_OPERATOR_MINUS)
		*minus = true;
	if ((op == RASQAL_GRAPH_PATTERN_OPERATOR_GROUP ||
	     op == RASQAL_GRAPH_PATTERN_OPERATOR_OPTIONAL) &&
	    (rc = group_hazards(gp, sorted, join, expr)) != 0)
		return rc;
	for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
		if ((rc = find_hazards(sub, sorted, join, expr, values, minus)) != 0)
			return rc;
	return 0;
}

/* Whether the query text holds more ORDER BY clauses than the query's own
 * (top says whether it has one): then a sub-SELECT may be sorted.  rasqal
 * has no accessor for a sub-SELECT's ORDER BY; the text is read word by
 * word, so an "order by" in a comment or string only makes the check more
 * careful. */
static bool sub_select_sorted(const char *text, bool top)
{
	int n = 0;

	for (const char *p = text; *p; p++) {
		const char *w;
		if ((p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) ||
		    strncasecmp(p, "order", 5))
			continue;
		w = p + 5;
		if (!isspace((unsigned char)*w))
			continue;
		while (isspace((unsigned char)*w))
			w++;
		if (!strncasecmp(w, "by", 2) && !isalnum((unsigned char)w[2]) && w[2] != '_')
			n++;
	}
	return n > (top ? 1 : 0);
}

/* Writes the names of s as "?a, ?b" into out[cap]; a list that does not fit
 * ends with ", ..." after the names that do ("..." when none does). */
static void vars_format(const struct vars *s, char *out, size_t cap)
{
	static const char more[] = ", ...";
	size_t len = 0;

	out[0] = '\0';
	for (size_t i = 0; i < s->n; i++) {
		const char *name = s->v[i]->name ? (const char *)s->v[i]->name : "";
		size_t need = strlen(name) + (i ? 3 : 1);
		/* room for this name and, unless it is the last, for ", ..." */
		size_t keep = i + 1 < s->n ? sizeof(more) - 1 : 0;
		if (len + need + keep >= cap) {
			const char *tail = len ? more : more + 2; /* "..." alone */
			if (len + strlen(tail) < cap)
				memcpy(out + len, tail, strlen(tail) + 1);
			return;
		}
		len += (size_t)snprintf(out + len, cap - len, "%s?%s", i ? ", " : "", name);
	}
}

/* The hazards of the parsed query rq into info; NKG_EINVAL (and the reason
 * in q->last_error) for VALUES and MINUS, which rasqal 0.9.33 cannot run;
 * 0; NKG_ENOMEM. */
static int check_hazards(struct nkg_query *q, rasqal_query *rq, const char *text,
                         struct nkg_query_info *info)
{
	rasqal_graph_pattern *gp = rasqal_query_get_query_graph_pattern(rq);
	raptor_sequence *rows = rasqal_query_get_bindings_rows_sequence(rq);
	struct vars join = {0}, expr = {0};
	bool values = rows && raptor_sequence_size(rows) > 0, minus = false;
	raptor_sequence *order = rasqal_query_get_order_conditions_sequence(rq);
	bool sorted = sub_select_sorted(text, order && raptor_sequence_size(order) > 0);
	int rc = gp ? find_hazards(gp, sorted, &join, &expr, &values, &minus) : 0;

	if (rc)
		goto out;
	rc = NKG_EINVAL;
	if (values)
		snprintf(q->last_error, sizeof(q->last_error),
		         "VALUES is not supported: rasqal 0.9.33 crashes or returns wrong rows "
		         "on it");
	else if (minus)
		snprintf(q->last_error, sizeof(q->last_error),
		         "MINUS is not supported: rasqal 0.9.33 cannot run it");
	else
		rc = 0;
	vars_format(&join, info->hazard, sizeof(info->hazard));
	vars_format(&expr, info->expr_hazard, sizeof(info->expr_hazard));
out:
	vars_release(&join);
	vars_release(&expr);
	return rc;
}

/* Parses the query with rasqal (librdf would only parse it when it runs, and
 * then a syntax error looks like a failed execution): 0, whether it has
 * ORDER BY in info->ordered, a SELECT's variables in r->vars (librdf names
 * none when there are no rows) and the hazards in info (check_hazards);
 * NKG_EINVAL with rasqal's message (or check_hazards's) in last_error;
 * NKG_ERDF; NKG_ENOMEM. */
static int check_query(struct nkg_query *q, const char *query, struct rows *r,
                       struct nkg_query_info *info)
{
	rasqal_world *rw = librdf_world_get_rasqal(q->world);
	rasqal_query *rq = rw ? rasqal_new_query(rw, "sparql", NULL) : NULL;
	int rc = NKG_ERDF;

	if (!rq)
		return NKG_ERDF;
	if (rasqal_query_prepare(rq, (const unsigned char *)query, NULL) || q->failed) {
		rc = NKG_EINVAL;
	} else if ((rc = check_hazards(q, rq, query, info)) == 0) {
		raptor_sequence *seq = rasqal_query_get_order_conditions_sequence(rq);
		info->ordered = seq && raptor_sequence_size(seq) > 0;
		seq = rasqal_query_get_verb(rq) == RASQAL_QUERY_VERB_SELECT
		              ? rasqal_query_get_bound_variable_sequence(rq)
		              : NULL;
		int n = seq ? raptor_sequence_size(seq) : 0;
		if (n > 0 && !(r->vars = nkg_calloc((size_t)n, sizeof(*r->vars))))
			rc = NKG_ENOMEM;
		for (; rc == 0 && r->n_vars < (size_t)n; r->n_vars++) {
			rasqal_variable *v = raptor_sequence_get_at(seq, (int)r->n_vars);
			if (!(r->vars[r->n_vars] =
			              dup_cstr(v && v->name ? (const char *)v->name : "")))
				rc = NKG_ENOMEM;
		}
	}
	rasqal_free_query(rq);
	return rc;
}

int nkg_query_check(struct nkg_query *q, const char *query, struct nkg_query_info *info)
{
	struct nkg_query_info inf = {0};
	struct rows rows = {0};
	int rc;

	clear_error(q);
	rc = check_query(q, query, &rows, &inf);
	rows_release(&rows);
	if (rc == NKG_EINVAL && !q->last_error[0])
		snprintf(q->last_error, sizeof(q->last_error), "the query does not parse");
	if (rc == 0)
		*info = inf;
	return rc;
}

int nkg_query_run(struct nkg_query *q, const char *query, const struct nkg_query_output *o,
                  FILE *out, struct nkg_query_info *info)
{
	librdf_query *lq = NULL;
	librdf_query_results *res = NULL;
	struct nkg_query_info inf = {0};
	struct rows rows = {0};
	struct nkg_buf b;
	int rc;

	clear_error(q);
	nkg_buf_init(&b, 0);
	if (!q->model)
		return NKG_ERDF;
	if ((rc = check_query(q, query, &rows, &inf)) != 0)
		goto out;
	rc = NKG_ERDF;
	lq = librdf_new_query(q->world, "sparql", NULL, (const unsigned char *)query, NULL);
	if (!lq || q->failed)
		goto out;
	if (!(res = librdf_query_execute(lq, q->model)) || q->failed)
		goto out;
	if (librdf_query_results_is_bindings(res)) {
		inf.kind = NKG_QUERY_SELECT;
		if ((rc = collect_rows(res, &rows)) != 0 || (rc = NKG_ERDF, q->failed))
			goto out;
		if (!inf.ordered && rows.n > 1)
			qsort(rows.row, rows.n, sizeof(*rows.row), cmp_rows);
		switch (o->results) {
		case NKG_RESULTS_CSV: rc = write_csv(&b, &rows); break;
		case NKG_RESULTS_TSV: rc = write_tsv(&b, &rows); break;
		case NKG_RESULTS_JSON: rc = write_json(&b, &rows); break;
		default: rc = write_table(&b, &rows); break;
		}
		if (rc)
			goto out;
		inf.n_rows = rows.n;
	} else if (librdf_query_results_is_boolean(res)) {
		int v = librdf_query_results_get_boolean(res);
		rc = NKG_ERDF;
		if (v < 0 || q->failed)
			goto out;
		inf.kind = NKG_QUERY_ASK;
		inf.ordered = false;
		inf.boolean = v > 0;
		if (o->results == NKG_RESULTS_JSON)
			rc = nkg_buf_addf(&b, "{\"head\":{},\"boolean\":%s}\n",
			                  v ? "true" : "false");
		else
			rc = nkg_buf_addstr(&b, v ? "true\n" : "false\n");
		if (rc)
			goto out;
	} else if (librdf_query_results_is_graph(res)) {
		inf.kind = NKG_QUERY_GRAPH;
		inf.ordered = false;
		if ((rc = write_graph(q, res, o->graph, &b, &inf.n_rows)) != 0)
			goto out;
	} else {
		rc = NKG_EINVAL;
		snprintf(q->last_error, sizeof(q->last_error),
		         "only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
		goto out;
	}
	rc = NKG_EIO;
	if (b.len && fwrite(b.ptr, 1, b.len, out) != b.len)
		goto out;
	if (info)
		*info = inf;
	rc = 0;
out:
	if (rc == NKG_EINVAL && !q->last_error[0])
		snprintf(q->last_error, sizeof(q->last_error), "the query does not parse");
	else if (rc == NKG_ERDF && !q->last_error[0])
		snprintf(q->last_error, sizeof(q->last_error), "the query failed");
	rows_release(&rows);
	nkg_buf_release(&b);
	if (res)
		librdf_free_query_results(res);
	if (lq)
		librdf_free_query(lq);
	return rc;
}
