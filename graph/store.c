/* store.c - persistent stores: one librdf context per article, a completion
 * marker per complete article, recovery of incomplete ones (see store.h).
 *
 * librdf's storages are driven through the model API only; the database
 * libraries are called directly for what librdf cannot do: SQLite to test
 * whether a file holds a store and to add the indexes, libpq to test whether
 * a database holds the model, to add the indexes and to hold the writer's
 * advisory lock.
 */
#include "store.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libpq-fe.h>
#include <redland.h>
#include <sqlite3.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../ontology/terms.h"
#include "iri.h"

#ifndef NKG_VERSION
#define NKG_VERSION "0"
#endif

#define XSD_BOOLEAN      "http://www.w3.org/2001/XMLSchema#boolean"
#define DEFAULT_PG_MODEL "newskg"

enum kind { KIND_SQLITE, KIND_POSTGRESQL };

struct spec {
	enum kind kind;
	char *path;     /* sqlite: the file */
	char *name;     /* postgresql: the model name */
	char *options;  /* postgresql: librdf storage options, without new= */
	char *conninfo; /* postgresql: libpq connection string */
	char *display;  /* for messages: the spec without its password */
};

struct nkg_store {
	struct spec spec;
	enum nkg_store_mode mode;
	librdf_world *world;
	bool own_world;
	librdf_storage *storage;
	librdf_model *model;
	librdf_parser *parser;
	librdf_node *book;   /* the bookkeeping graph */
	librdf_node *marker; /* the marker's predicate */
	librdf_node *yes;    /* "true"^^xsd:boolean */
	PGconn *pg;          /* postgresql, write mode: holds the lock */
	size_t recovered;
	/* nkg_store_add_doc: a writer of N-Triples into a memory stream */
	char *base, *tool_version;
	struct nkg_writer *writer;
	FILE *mem;
	char *mem_buf; /* libc's (open_memstream): free() */
	size_t mem_len;
	char log[512]; /* latest librdf error */
	char err[768];
};

/* ---- messages ------------------------------------------------------------- */

static void set_err(struct nkg_store *st, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
static void set_err(struct nkg_store *st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(st->err, sizeof(st->err), fmt, ap);
	va_end(ap);
}

/* The latest librdf message, or a fallback. */
static const char *rdf_why(const struct nkg_store *st, const char *fallback)
{
	return st->log[0] ? st->log : fallback;
}

static int on_log(void *user_data, librdf_log_message *m)
{
	struct nkg_store *st = user_data;
	if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) {
		const char *msg = librdf_log_message_message(m);
		size_t n;
		snprintf(st->log, sizeof(st->log), "%s", msg ? msg : "unknown error");
		n = strlen(st->log);
		while (n && (st->log[n - 1] == '\n' || st->log[n - 1] == ' '))
			st->log[--n] = '\0';
	}
	return 1;
}

/* ---- the spec -------------------------------------------------------------- */

static void spec_release(struct spec *s)
{
	nkg_free(s->path);
	nkg_free(s->name);
	nkg_free(s->options);
	nkg_free(s->conninfo);
	nkg_free(s->display);
	memset(s, 0, sizeof(*s));
}

static const char *const pg_keys[] = {"host", "port", "database", "user", "password", "name"};
#define N_PG_KEYS (sizeof(pg_keys) / sizeof(pg_keys[0]))

/* Parses spec into *s (fields new, free with spec_release).  0, NKG_EINVAL
 * with why, or NKG_ENOMEM. */
static int spec_parse(const char *spec, struct spec *s, char *why, size_t why_len)
{
	const char *val[N_PG_KEYS] = {0};
	size_t len[N_PG_KEYS] = {0};
	struct nkg_buf b;
	int rc = NKG_ENOMEM;

	memset(s, 0, sizeof(*s));
	nkg_buf_init(&b, 0);
	if (!spec || !*spec) {
		snprintf(why, why_len, "empty store specification");
		return NKG_EINVAL;
	}
	if (!strncmp(spec, "sqlite:", 7)) {
		if (!spec[7]) {
			snprintf(why, why_len, "'%s': no file name after 'sqlite:'", spec);
			return NKG_EINVAL;
		}
		s->kind = KIND_SQLITE;
		if (!(s->path = nkg_strndup(spec + 7, strlen(spec + 7))) ||
		    !(s->display = nkg_strndup(spec, strlen(spec))))
			goto fail;
		return 0;
	}
	if (strncmp(spec, "postgresql:", 11) != 0) {
		const char *colon = strchr(spec, ':');
		snprintf(why, why_len,
		         "'%.*s': unknown kind of store (expected sqlite:PATH or "
		         "postgresql:host=...,database=...,user=...,password=...)",
		         colon ? (int)(colon - spec) : (int)strlen(spec), spec);
		return NKG_EINVAL;
	}
	s->kind = KIND_POSTGRESQL;
	for (const char *p = spec + 11; *p;) {
		const char *end = strchr(p, ',');
		const char *eq;
		size_t n = end ? (size_t)(end - p) : strlen(p), k;
		eq = memchr(p, '=', n);
		if (!eq) {
			snprintf(why, why_len, "'%.*s' in the PostgreSQL store is not KEY=VALUE",
			         (int)n, p);
			return NKG_EINVAL;
		}
		for (k = 0; k < N_PG_KEYS; k++)
			if (strlen(pg_keys[k]) == (size_t)(eq - p) &&
			    !memcmp(p, pg_keys[k], (size_t)(eq - p)))
				break;
		if (k == N_PG_KEYS) {
			snprintf(why, why_len,
			         "unknown PostgreSQL store setting '%.*s' (expected "
			         "host, port, database, user, password, name)",
			         (int)(eq - p), p);
			return NKG_EINVAL;
		}
		val[k] = eq + 1;
		len[k] = n - (size_t)(eq + 1 - p);
		for (size_t i = 0; i < len[k]; i++) {
			if (val[k][i] == '\'' || val[k][i] == '\\') {
				snprintf(why, why_len,
				         "the PostgreSQL store setting '%s' contains "
				         "a quote or a backslash",
				         pg_keys[k]);
				return NKG_EINVAL;
			}
		}
		p = end ? end + 1 : p + n;
	}
	for (size_t k = 0; k < 5; k++) {
		if (!val[k] || (!len[k] && k != 4)) {
			snprintf(why, why_len,
			         "the PostgreSQL store needs '%s=' (host, port, "
			         "database, user, password)",
			         pg_keys[k]);
			return NKG_EINVAL;
		}
	}
	if (!len[4]) {
		snprintf(why, why_len,
		         "the PostgreSQL store needs a password (librdf's storage "
		         "refuses to start without one)");
		return NKG_EINVAL;
	}
	if (val[5] && !len[5]) {
		snprintf(why, why_len, "empty 'name=' in the PostgreSQL store");
		return NKG_EINVAL;
	}
	if (val[5] ? !(s->name = nkg_strndup(val[5], len[5]))
	           : !(s->name = nkg_strndup(DEFAULT_PG_MODEL, strlen(DEFAULT_PG_MODEL))))
		goto fail;
	if (nkg_buf_addf(&b, "host='%.*s',port='%.*s',database='%.*s',user='%.*s',password='%.*s'",
	                 (int)len[0], val[0], (int)len[1], val[1], (int)len[2], val[2], (int)len[3],
	                 val[3], (int)len[4], val[4]))
		goto fail;
	if (!(s->options = nkg_buf_detach(&b, NULL)))
		goto fail;
	if (nkg_buf_addf(&b,
	                 "host='%.*s' port='%.*s' dbname='%.*s' user='%.*s' password='%.*s' "
	                 "connect_timeout=10",
	                 (int)len[0], val[0], (int)len[1], val[1], (int)len[2], val[2], (int)len[3],
	                 val[3], (int)len[4], val[4]))
		goto fail;
	if (!(s->conninfo = nkg_buf_detach(&b, NULL)))
		goto fail;
	if (nkg_buf_addf(&b, "postgresql:host=%.*s,port=%.*s,database=%.*s,user=%.*s,name=%s",
	                 (int)len[0], val[0], (int)len[1], val[1], (int)len[2], val[2], (int)len[3],
	                 val[3], s->name))
		goto fail;
	if (!(s->display = nkg_buf_detach(&b, NULL)))
		goto fail;
	return 0;
fail:
	nkg_buf_release(&b);
	spec_release(s);
	snprintf(why, why_len, "%s", nkg_strerror(rc));
	return rc;
}

int nkg_store_spec_check(const char *spec, char *why, size_t why_len)
{
	struct spec s;
	int rc = spec_parse(spec, &s, why, why_len);
	if (!rc)
		spec_release(&s);
	return rc;
}

/* ---- SQLite ------------------------------------------------------------------- */

/* *exists = the file holds librdf's tables.  0 or NKG_ERDF (message set). */
static int sqlite_probe(struct nkg_store *st, bool create, bool *exists)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *q = NULL;
	int flags = create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
	int rc = NKG_ERDF;

	if (sqlite3_open_v2(st->spec.path, &db, flags, NULL) != SQLITE_OK) {
		set_err(st, "cannot open '%s': %s", st->spec.path,
		        db ? sqlite3_errmsg(db) : "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(db,
	                       "SELECT count(*) FROM sqlite_master WHERE type='table' "
	                       "AND name IN ('triples', 'uris', 'blanks', 'literals')",
	                       -1, &q, NULL) != SQLITE_OK ||
	    sqlite3_step(q) != SQLITE_ROW) {
		set_err(st, "cannot read '%s': %s", st->spec.path, sqlite3_errmsg(db));
		goto out;
	}
	*exists = sqlite3_column_int(q, 0) == 4;
	rc = 0;
out:
	sqlite3_finalize(q);
	sqlite3_close(db);
	return rc;
}

static int sqlite_add_indexes(struct nkg_store *st)
{
	static const char sql[] =
	        "CREATE INDEX IF NOT EXISTS blankindex ON blanks(blank);"
	        "CREATE INDEX IF NOT EXISTS literalindex ON literals(text, language, datatype);"
	        "CREATE INDEX IF NOT EXISTS sbindex ON triples(subjectBlank, predicateUri);"
	        "CREATE INDEX IF NOT EXISTS nkgcontextindex ON triples(contextUri);";
	sqlite3 *db = NULL;
	char *msg = NULL;
	int rc = 0;

	if (sqlite3_open_v2(st->spec.path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_busy_timeout(db, 10000) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		set_err(st, "cannot index '%s': %s", st->spec.path,
		        msg  ? msg
		        : db ? sqlite3_errmsg(db)
		             : "out of memory");
		rc = NKG_ERDF;
	}
	sqlite3_free(msg);
	sqlite3_close(db);
	return rc;
}

static int open_sqlite(struct nkg_store *st)
{
	bool exists = false;
	struct stat sb;
	int rc;

	if (st->mode == NKG_STORE_READ && stat(st->spec.path, &sb) != 0) {
		set_err(st, "cannot open '%s': %s", st->spec.path, strerror(errno));
		return errno == ENOENT ? NKG_ENOTFOUND : NKG_ERDF;
	}
	if ((rc = sqlite_probe(st, st->mode == NKG_STORE_WRITE, &exists)) != 0)
		return rc;
	if (!exists && st->mode == NKG_STORE_READ) {
		set_err(st, "'%s' is not a newskg store", st->spec.path);
		return NKG_ENOTFOUND;
	}
	st->log[0] = '\0';
	st->storage =
	        librdf_new_storage(st->world, "sqlite", st->spec.path, exists ? NULL : "new='yes'");
	if (!st->storage) {
		set_err(st, "cannot open the SQLite store '%s': %s", st->spec.path,
		        rdf_why(st, "librdf's sqlite storage is missing (Debian package "
		                    "librdf-storage-sqlite)"));
		return NKG_ERDF;
	}
	return 0;
}

/* ---- PostgreSQL ----------------------------------------------------------------- */

/* Closes the bookkeeping connection.  A writer's advisory lock is released
 * first, in the session: PQfinish alone leaves it to the server's backend
 * exit, which can come after the next writer has tried (and been refused). */
static void pg_close(struct nkg_store *st)
{
	if (!st->pg)
		return;
	if (st->mode == NKG_STORE_WRITE && PQstatus(st->pg) == CONNECTION_OK) {
		PGresult *res = PQexec(st->pg, "SELECT pg_advisory_unlock_all()");
		PQclear(res);
	}
	PQfinish(st->pg);
	st->pg = NULL;
}

static char *pg_value(struct nkg_store *st, const char *sql, const char *param, bool *isnull,
                      int *rc)
{
	const char *params[1] = {param};
	PGresult *res = PQexecParams(st->pg, sql, param ? 1 : 0, NULL, params, NULL, NULL, 0);
	char *v = NULL;

	*rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		set_err(st, "PostgreSQL store %s: %s", st->spec.display, PQerrorMessage(st->pg));
		*rc = NKG_ERDF;
		goto out;
	}
	*isnull = PQntuples(res) < 1 || PQgetisnull(res, 0, 0);
	if (!*isnull) {
		const char *s = PQgetvalue(res, 0, 0);
		if (!(v = nkg_strndup(s, strlen(s))))
			*rc = NKG_ENOMEM;
	}
out:
	PQclear(res);
	return v;
}

static int pg_exec(struct nkg_store *st, const char *sql)
{
	PGresult *res = PQexec(st->pg, sql);
	int ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
	if (!ok)
		set_err(st, "PostgreSQL store %s: %s", st->spec.display, PQerrorMessage(st->pg));
	PQclear(res);
	return ok ? 0 : NKG_ERDF;
}

/* The model's id as text (new), NULL in *id when the model or its table
 * does not exist. */
static int pg_model_id(struct nkg_store *st, char **id)
{
	bool isnull;
	int rc;
	char *v;

	*id = NULL;
	v = pg_value(st, "SELECT to_regclass('models')::text", NULL, &isnull, &rc);
	nkg_free(v);
	if (rc || isnull)
		return rc;
	v = pg_value(st, "SELECT id::text FROM models WHERE name = $1", st->spec.name, &isnull,
	             &rc);
	if (rc || isnull)
		return rc;
	for (const char *p = v; *p; p++) {
		if (*p < '0' || *p > '9') {
			nkg_free(v);
			set_err(st, "PostgreSQL store %s: unexpected model id", st->spec.display);
			return NKG_ERDF;
		}
	}
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	if (nkg_buf_addf(&b, "SELECT to_regclass('statements%s')::text", v)) {
		nkg_buf_release(&b);
		nkg_free(v);
		return NKG_ENOMEM;
	}
	char *t = pg_value(st, b.ptr, NULL, &isnull, &rc);
	nkg_buf_release(&b);
	nkg_free(t);
	if (rc || isnull) {
		nkg_free(v);
		return rc;
	}
	*id = v;
	return 0;
}

static int pg_add_indexes(struct nkg_store *st, const char *id)
{
	struct nkg_buf b;
	int rc;

	nkg_buf_init(&b, 0);
	if (nkg_buf_addf(&b,
	                 "CREATE INDEX IF NOT EXISTS statements%s_spoc ON statements%s "
	                 "(subject, predicate, object, context);"
	                 "CREATE INDEX IF NOT EXISTS statements%s_c ON statements%s (context)",
	                 id, id, id, id)) {
		nkg_buf_release(&b);
		return NKG_ENOMEM;
	}
	rc = pg_exec(st, b.ptr);
	nkg_buf_release(&b);
	return rc;
}

/* CREATE INDEX IF NOT EXISTS notices are of no interest. */
static void quiet_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

static int open_postgresql(struct nkg_store *st)
{
	struct nkg_buf b;
	char *id = NULL, *v;
	bool isnull;
	int rc;

	nkg_buf_init(&b, 0);
	st->pg = PQconnectdb(st->spec.conninfo);
	if (!st->pg) {
		rc = NKG_ENOMEM;
		goto out;
	}
	if (PQstatus(st->pg) != CONNECTION_OK) {
		char *m = PQerrorMessage(st->pg);
		size_t n = strlen(m);
		while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
			n--;
		set_err(st, "cannot connect to the PostgreSQL store %s: %.*s", st->spec.display,
		        (int)n, m);
		rc = NKG_ERDF;
		goto out;
	}
	PQsetNoticeProcessor(st->pg, quiet_notice, NULL);
	if (st->mode == NKG_STORE_WRITE) {
		v = pg_value(st, "SELECT pg_try_advisory_lock(hashtext('newskg-store:' || $1))",
		             st->spec.name, &isnull, &rc);
		if (!rc && (isnull || strcmp(v, "t") != 0)) {
			set_err(st, "the PostgreSQL store %s is in use by another writer",
			        st->spec.display);
			rc = NKG_ERDF;
		}
		nkg_free(v);
		if (rc)
			goto out;
	}
	if ((rc = pg_model_id(st, &id)) != 0)
		goto out;
	if (!id && st->mode == NKG_STORE_READ) {
		set_err(st, "the PostgreSQL store %s does not exist", st->spec.display);
		rc = NKG_ENOTFOUND;
		goto out;
	}
	rc = NKG_ENOMEM;
	if (nkg_buf_addf(&b, "%s%s", id ? "" : "new='yes',", st->spec.options))
		goto out;
	st->log[0] = '\0';
	st->storage = librdf_new_storage(st->world, "postgresql", st->spec.name, b.ptr);
	if (!st->storage) {
		set_err(st, "cannot open the PostgreSQL store %s: %s", st->spec.display,
		        rdf_why(st, "librdf's postgresql storage is missing (Debian package "
		                    "librdf-storage-postgresql)"));
		rc = NKG_ERDF;
		goto out;
	}
	if (st->mode == NKG_STORE_READ) {
		rc = 0;
		goto out;
	}
	if (!id && ((rc = pg_model_id(st, &id)) != 0 || !id)) {
		if (!rc)
			set_err(st, "PostgreSQL store %s: librdf made no model table",
			        st->spec.display);
		rc = rc ? rc : NKG_ERDF;
		goto out;
	}
	rc = pg_add_indexes(st, id);
out:
	if (st->pg && (rc || st->mode == NKG_STORE_READ))
		pg_close(st);
	nkg_free(id);
	nkg_buf_release(&b);
	return rc;
}

/* ---- helpers on the model --------------------------------------------------------- */

static librdf_node *uri_node(struct nkg_store *st, const char *iri)
{
	return librdf_new_node_from_uri_string(st->world, (const unsigned char *)iri);
}

/* A new marker statement for doc (doc consumed). */
static librdf_statement *marker_for(struct nkg_store *st, librdf_node *doc)
{
	librdf_node *p, *o;
	if (!doc)
		return NULL;
	p = librdf_new_node_from_node(st->marker);
	o = librdf_new_node_from_node(st->yes);
	if (!p || !o) {
		librdf_free_node(doc);
		if (p)
			librdf_free_node(p);
		if (o)
			librdf_free_node(o);
		return NULL;
	}
	return librdf_new_statement_from_nodes(st->world, doc, p, o);
}

struct strv {
	char **v;
	size_t n, cap;
};

static void strv_release(struct strv *s)
{
	for (size_t k = 0; k < s->n; k++)
		nkg_free(s->v[k]);
	nkg_free(s->v);
	memset(s, 0, sizeof(*s));
}

static int strv_push(struct strv *s, const char *p, size_t n)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		char **v = nkg_realloc(s->v, cap * sizeof(*v));
		if (!v)
			return NKG_ENOMEM;
		s->v = v;
		s->cap = cap;
	}
	if (!(s->v[s->n] = nkg_strndup(p, n)))
		return NKG_ENOMEM;
	s->n++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool strv_has(const struct strv *s, const char *k)
{
	return s->n && bsearch(&k, s->v, s->n, sizeof(*s->v), cmp_str) != NULL;
}

/* The IRIs of the marked (complete) articles, sorted. */
static int complete_docs(struct nkg_store *st, struct strv *out)
{
	librdf_stream *s = librdf_model_context_as_stream(st->model, st->book);
	int rc = 0;

	if (!s) {
		set_err(st, "cannot read the store %s: %s", st->spec.display,
		        rdf_why(st, "no stream"));
		return NKG_ERDF;
	}
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *x = librdf_stream_get_object(s);
		librdf_node *subj = x ? librdf_statement_get_subject(x) : NULL;
		librdf_node *pred = x ? librdf_statement_get_predicate(x) : NULL;
		size_t n;
		const unsigned char *u;
		if (!subj || !pred || !librdf_node_is_resource(subj) ||
		    !librdf_node_equals(pred, st->marker))
			continue;
		u = librdf_uri_as_counted_string(librdf_node_get_uri(subj), &n);
		if ((rc = strv_push(out, (const char *)u, n)) != 0)
			break;
	}
	librdf_free_stream(s);
	if (!rc && out->n)
		qsort(out->v, out->n, sizeof(*out->v), cmp_str);
	return rc;
}

/* The article graphs (every context but the bookkeeping one), sorted. */
static int graphs(struct nkg_store *st, struct strv *out)
{
	librdf_iterator *it = librdf_model_get_contexts(st->model);
	int rc = 0;

	if (!it) {
		set_err(st, "cannot list the graphs of the store %s: %s", st->spec.display,
		        rdf_why(st, "no iterator"));
		return NKG_ERDF;
	}
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *c = librdf_iterator_get_object(it);
		size_t n;
		const unsigned char *u;
		if (!c || !librdf_node_is_resource(c) || librdf_node_equals(c, st->book))
			continue;
		u = librdf_uri_as_counted_string(librdf_node_get_uri(c), &n);
		if ((rc = strv_push(out, (const char *)u, n)) != 0)
			break;
	}
	librdf_free_iterator(it);
	if (!rc && out->n)
		qsort(out->v, out->n, sizeof(*out->v), cmp_str);
	return rc;
}

/* Removes every article graph without a marker. */
static int recover(struct nkg_store *st)
{
	struct strv done = {0}, all = {0};
	int rc;

	if ((rc = complete_docs(st, &done)) != 0 || (rc = graphs(st, &all)) != 0)
		goto out;
	for (size_t k = 0; k < all.n; k++) {
		if (strv_has(&done, all.v[k]))
			continue;
		librdf_node *c = uri_node(st, all.v[k]);
		if (!c) {
			rc = NKG_ENOMEM;
			goto out;
		}
		st->log[0] = '\0';
		int r = librdf_model_context_remove_statements(st->model, c);
		librdf_free_node(c);
		if (r) {
			set_err(st, "cannot remove the incomplete graph <%s>: %s", all.v[k],
			        rdf_why(st, "the storage refused"));
			rc = NKG_ERDF;
			goto out;
		}
		st->recovered++;
	}
out:
	strv_release(&done);
	strv_release(&all);
	return rc;
}

/* ---- open and free ---------------------------------------------------------------- */

int nkg_store_open(const char *spec, const struct nkg_store_options *opt, struct nkg_store **out)
{
	static const struct nkg_store_options defaults = {NKG_STORE_WRITE, NULL, NULL, NULL};
	struct nkg_store *st;
	const char *base, *tv;
	char why[256];
	int rc;

	if (!opt)
		opt = &defaults;
	*out = NULL;
	base = opt->base ? opt->base : NKG_DEFAULT_BASE;
	tv = opt->tool_version ? opt->tool_version : "newskg " NKG_VERSION;
	if (!(st = nkg_calloc(1, sizeof(*st))))
		return NKG_ENOMEM;
	st->mode = opt->mode;
	if ((rc = spec_parse(spec, &st->spec, why, sizeof(why))) != 0) {
		set_err(st, "%s", why);
		goto fail;
	}
	if (!nkg_iri_base_ok(base)) {
		set_err(st, "invalid base IRI '%s'", base);
		rc = NKG_EINVAL;
		goto fail;
	}
	rc = NKG_ENOMEM;
	if (!(st->base = nkg_strndup(base, strlen(base))) ||
	    !(st->tool_version = nkg_strndup(tv, strlen(tv))))
		goto fail;
	if (opt->world) {
		st->world = opt->world;
	} else {
		if (!(st->world = librdf_new_world()))
			goto fail;
		st->own_world = true;
		librdf_world_set_logger(st->world, st, on_log);
		librdf_world_open(st->world);
	}
	if (!(st->book = uri_node(st, NKG_STORE_BOOK_GRAPH)) ||
	    !(st->marker = uri_node(st, nkg_term_iri(NKG_T_NKG_INGESTCOMPLETE))))
		goto fail;
	librdf_uri *dt = librdf_new_uri(st->world, (const unsigned char *)XSD_BOOLEAN);
	if (!dt)
		goto fail;
	st->yes = librdf_new_node_from_typed_literal(st->world, (const unsigned char *)"true", NULL,
	                                             dt);
	librdf_free_uri(dt);
	if (!st->yes)
		goto fail;

	rc = st->spec.kind == KIND_SQLITE ? open_sqlite(st) : open_postgresql(st);
	if (rc)
		goto fail;
	st->log[0] = '\0';
	if (!(st->model = librdf_new_model(st->world, st->storage, NULL))) {
		set_err(st, "cannot open the store %s: %s", st->spec.display,
		        rdf_why(st, "no model"));
		rc = NKG_ERDF;
		goto fail;
	}
	/* librdf makes the SQLite tables when the model opens the storage. */
	if (st->mode == NKG_STORE_WRITE && st->spec.kind == KIND_SQLITE &&
	    (rc = sqlite_add_indexes(st)) != 0)
		goto fail;
	if (st->mode == NKG_STORE_WRITE && (rc = recover(st)) != 0)
		goto fail;
	st->err[0] = '\0';
	*out = st;
	return 0;
fail:
	if (rc == NKG_ENOMEM && !st->err[0])
		set_err(st, "%s", nkg_strerror(rc));
	if (!st->err[0])
		set_err(st, "cannot open the store '%s'", spec ? spec : "");
	*out = st;
	/* Keep the message, drop the rest. */
	{
		char keep[sizeof(st->err)];
		memcpy(keep, st->err, sizeof(keep));
		struct nkg_store *shell = nkg_calloc(1, sizeof(*shell));
		nkg_store_free(st);
		*out = shell;
		if (shell)
			memcpy(shell->err, keep, sizeof(keep));
	}
	return rc;
}

struct librdf_model_s *nkg_store_model(struct nkg_store *st)
{
	return st->model;
}

struct librdf_world_s *nkg_store_world(struct nkg_store *st)
{
	return st->world;
}

size_t nkg_store_recovered(const struct nkg_store *st)
{
	return st->recovered;
}

const char *nkg_store_error(const struct nkg_store *st)
{
	return st ? st->err : "";
}

void nkg_store_free(struct nkg_store *st)
{
	if (!st)
		return;
	nkg_writer_free(st->writer);
	if (st->mem)
		fclose(st->mem);
	free(st->mem_buf);
	if (st->parser)
		librdf_free_parser(st->parser);
	if (st->model)
		librdf_free_model(st->model);
	if (st->storage)
		librdf_free_storage(st->storage);
	if (st->book)
		librdf_free_node(st->book);
	if (st->marker)
		librdf_free_node(st->marker);
	if (st->yes)
		librdf_free_node(st->yes);
	if (st->own_world && st->world)
		librdf_free_world(st->world);
	pg_close(st);
	spec_release(&st->spec);
	nkg_free(st->base);
	nkg_free(st->tool_version);
	nkg_free(st);
}

/* ---- writing --------------------------------------------------------------------- */

static bool transactional(const struct nkg_store *st)
{
	return st->spec.kind == KIND_SQLITE;
}

static int begin(struct nkg_store *st)
{
	if (transactional(st) && librdf_model_transaction_start(st->model) != 0) {
		set_err(st, "cannot start a transaction in the store %s: %s", st->spec.display,
		        rdf_why(st, "the storage refused"));
		return NKG_ERDF;
	}
	return 0;
}

static int commit(struct nkg_store *st)
{
	if (transactional(st) && librdf_model_transaction_commit(st->model) != 0) {
		set_err(st, "cannot commit to the store %s: %s", st->spec.display,
		        rdf_why(st, "the storage refused"));
		return NKG_ERDF;
	}
	return 0;
}

static void rollback(struct nkg_store *st)
{
	if (transactional(st))
		librdf_model_transaction_rollback(st->model);
}

/* Whether the store holds the marker of doc, or any statement in its graph. */
static int doc_present(struct nkg_store *st, librdf_node *doc, bool *found)
{
	librdf_stream *s = librdf_model_context_as_stream(st->model, doc);
	*found = false;
	if (!s) {
		set_err(st, "cannot read the store %s: %s", st->spec.display,
		        rdf_why(st, "no stream"));
		return NKG_ERDF;
	}
	*found = !librdf_stream_end(s);
	librdf_free_stream(s);
	if (*found)
		return 0;
	if (!(s = librdf_model_context_as_stream(st->model, st->book))) {
		set_err(st, "cannot read the store %s: %s", st->spec.display,
		        rdf_why(st, "no stream"));
		return NKG_ERDF;
	}
	for (; !*found && !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *x = librdf_stream_get_object(s);
		librdf_node *subj = x ? librdf_statement_get_subject(x) : NULL;
		*found = subj && librdf_node_equals(subj, doc);
	}
	librdf_free_stream(s);
	return 0;
}

/* Steps (1) and (2) of store.h: the marker, then the graph. */
static int withdraw(struct nkg_store *st, librdf_node *doc)
{
	librdf_node *d = librdf_new_node_from_node(doc);
	librdf_statement *m = marker_for(st, d);
	int r;

	if (!m)
		return NKG_ENOMEM;
	st->log[0] = '\0';
	r = librdf_model_context_remove_statement(st->model, st->book, m);
	librdf_free_statement(m);
	/* Removing an absent statement is no failure; a storage error is. */
	if (r && st->log[0]) {
		set_err(st, "cannot remove the marker of <%s>: %s",
		        librdf_uri_as_string(librdf_node_get_uri(doc)), st->log);
		return NKG_ERDF;
	}
	st->log[0] = '\0';
	if (librdf_model_context_remove_statements(st->model, doc) != 0) {
		set_err(st, "cannot remove the graph <%s>: %s",
		        librdf_uri_as_string(librdf_node_get_uri(doc)),
		        rdf_why(st, "the storage refused"));
		return NKG_ERDF;
	}
	return 0;
}

int nkg_store_remove(struct nkg_store *st, const char *doc_iri, bool *found)
{
	librdf_node *doc = uri_node(st, doc_iri);
	bool present = false;
	int rc;

	st->err[0] = '\0';
	if (!doc)
		return NKG_ENOMEM;
	if ((rc = doc_present(st, doc, &present)) != 0 || (rc = begin(st)) != 0)
		goto out;
	if ((rc = withdraw(st, doc)) != 0) {
		rollback(st);
		goto out;
	}
	if ((rc = commit(st)) != 0)
		goto out;
	if (found)
		*found = present;
out:
	librdf_free_node(doc);
	return rc;
}

struct parsed {
	librdf_statement **v;
	size_t n, cap;
};

static void parsed_release(struct parsed *p)
{
	for (size_t k = 0; k < p->n; k++)
		librdf_free_statement(p->v[k]);
	nkg_free(p->v);
}

/* Parses N-Triples into copies of its statements.  With raptor's Turtle
 * parser (N-Triples is Turtle): its N-Triples parser leaks a URI for every
 * xsd:date or xsd:gYear literal (raptor 2.0.15). */
static int parse_nt(struct nkg_store *st, const char *doc_iri, const char *nt, size_t len,
                    struct parsed *out)
{
	librdf_uri *base = NULL;
	librdf_stream *s = NULL;
	int rc = NKG_ERDF;

	if (!st->parser && !(st->parser = librdf_new_parser(st->world, "turtle", NULL, NULL))) {
		set_err(st, "no Turtle parser: %s", rdf_why(st, "librdf refused"));
		return NKG_ERDF;
	}
	if (!len)
		return 0;
	if (!(base = librdf_new_uri(st->world, (const unsigned char *)doc_iri))) {
		rc = NKG_ENOMEM;
		goto out;
	}
	st->log[0] = '\0';
	s = librdf_parser_parse_counted_string_as_stream(st->parser, (const unsigned char *)nt, len,
	                                                 base);
	if (!s) {
		set_err(st, "cannot parse the graph of <%s>: %s", doc_iri,
		        rdf_why(st, "no stream"));
		goto out;
	}
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *x = librdf_stream_get_object(s);
		if (!x)
			continue;
		if (librdf_node_is_blank(librdf_statement_get_subject(x)) ||
		    librdf_node_is_blank(librdf_statement_get_object(x))) {
			set_err(st, "the graph of <%s> holds a blank node", doc_iri);
			rc = NKG_EINVAL;
			goto out;
		}
		if (out->n == out->cap) {
			size_t cap = out->cap ? out->cap * 2 : 256;
			librdf_statement **v = nkg_realloc(out->v, cap * sizeof(*v));
			if (!v) {
				rc = NKG_ENOMEM;
				goto out;
			}
			out->v = v;
			out->cap = cap;
		}
		if (!(out->v[out->n] = librdf_new_statement_from_statement(x))) {
			rc = NKG_ENOMEM;
			goto out;
		}
		out->n++;
	}
	if (st->log[0]) {
		set_err(st, "cannot parse the graph of <%s>: %s", doc_iri, st->log);
		rc = NKG_EINVAL;
		goto out;
	}
	rc = 0;
out:
	if (s)
		librdf_free_stream(s);
	if (base)
		librdf_free_uri(base);
	return rc;
}

int nkg_store_put_ntriples(struct nkg_store *st, const char *doc_iri, const char *nt, size_t len,
                           size_t *n_triples)
{
	struct parsed p = {0};
	librdf_node *doc = NULL;
	librdf_statement *m = NULL;
	int rc;

	st->err[0] = '\0';
	if ((rc = parse_nt(st, doc_iri, nt, len, &p)) != 0)
		goto out;
	rc = NKG_ENOMEM;
	if (!(doc = uri_node(st, doc_iri)) || !(m = marker_for(st, librdf_new_node_from_node(doc))))
		goto out;
	if ((rc = begin(st)) != 0)
		goto out;
	if ((rc = withdraw(st, doc)) != 0)
		goto fail;
	for (size_t k = 0; k < p.n; k++) {
		st->log[0] = '\0';
		if (librdf_model_context_add_statement(st->model, doc, p.v[k]) != 0) {
			set_err(st, "cannot add to the graph <%s>: %s", doc_iri,
			        rdf_why(st, "the storage refused"));
			rc = NKG_ERDF;
			goto fail;
		}
	}
	st->log[0] = '\0';
	if (librdf_model_context_add_statement(st->model, st->book, m) != 0) {
		set_err(st, "cannot mark <%s> complete: %s", doc_iri,
		        rdf_why(st, "the storage refused"));
		rc = NKG_ERDF;
		goto fail;
	}
	if ((rc = commit(st)) != 0)
		goto out;
	if (n_triples)
		*n_triples = p.n;
	goto out;
fail:
	rollback(st);
out:
	if (m)
		librdf_free_statement(m);
	if (doc)
		librdf_free_node(doc);
	parsed_release(&p);
	return rc;
}

int nkg_store_add_doc(struct nkg_store *st, const struct nkg_doc *doc, size_t *n_triples)
{
	char *iri = NULL;
	off_t start;
	int rc;

	st->err[0] = '\0';
	if (!st->writer) {
		struct nkg_graph_options gopt = {NKG_FORMAT_NTRIPLES, st->base, st->tool_version};
		if (!st->mem && !(st->mem = open_memstream(&st->mem_buf, &st->mem_len))) {
			set_err(st, "%s", nkg_strerror(NKG_ENOMEM));
			return NKG_ENOMEM;
		}
		if ((rc = nkg_writer_new(&gopt, st->mem, &st->writer)) != 0) {
			set_err(st, "cannot start the RDF writer: %s", nkg_strerror(rc));
			return rc;
		}
	}
	if (fseeko(st->mem, 0, SEEK_SET) != 0 || (start = ftello(st->mem)) < 0) {
		set_err(st, "%s", nkg_strerror(NKG_ENOMEM));
		return NKG_ENOMEM;
	}
	if ((rc = nkg_writer_add(st->writer, doc, NULL)) != 0) {
		const char *detail = nkg_writer_last_error(st->writer);
		set_err(st, "cannot build its graph: %s%s%s%s", nkg_strerror(rc),
		        detail ? " (" : "", detail ? detail : "", detail ? ")" : "");
		return rc == NKG_EIO ? NKG_ENOMEM : rc;
	}
	off_t end;
	if (fflush(st->mem) != 0 || (end = ftello(st->mem)) < start) {
		set_err(st, "%s", nkg_strerror(NKG_ENOMEM));
		return NKG_ENOMEM;
	}
	if (!(iri = nkg_doc_iri(st->base, doc))) {
		set_err(st, "%s", nkg_strerror(NKG_ENOMEM));
		return NKG_ENOMEM;
	}
	rc = nkg_store_put_ntriples(st, iri, st->mem_buf + start, (size_t)(end - start), n_triples);
	nkg_free(iri);
	return rc;
}

/* ---- reading -------------------------------------------------------------------------- */

int nkg_store_each_doc(struct nkg_store *st, int (*fn)(const char *doc_iri, void *ctx), void *ctx)
{
	struct strv done = {0};
	int rc = complete_docs(st, &done);

	for (size_t k = 0; !rc && k < done.n; k++)
		rc = fn(done.v[k], ctx);
	strv_release(&done);
	return rc;
}

/* Appends node in N-Triples syntax. */
static int term_nt(raptor_iostream *io, librdf_node *n)
{
	return librdf_node_write(n, io);
}

int nkg_store_dump(struct nkg_store *st, FILE *out)
{
	struct strv lines = {0}, ctxs = {0};
	int rc;

	st->err[0] = '\0';
	if ((rc = graphs(st, &ctxs)) != 0)
		goto out;
	if ((rc = strv_push(&ctxs, NKG_STORE_BOOK_GRAPH, strlen(NKG_STORE_BOOK_GRAPH))) != 0)
		goto out;
	for (size_t k = 0; k < ctxs.n; k++) {
		librdf_node *c = uri_node(st, ctxs.v[k]);
		librdf_stream *s = c ? librdf_model_context_as_stream(st->model, c) : NULL;
		if (!s) {
			if (c)
				librdf_free_node(c);
			set_err(st, "cannot read the graph <%s>: %s", ctxs.v[k],
			        rdf_why(st, "no stream"));
			rc = NKG_ERDF;
			goto out;
		}
		for (; !rc && !librdf_stream_end(s); librdf_stream_next(s)) {
			librdf_statement *x = librdf_stream_get_object(s);
			void *str = NULL;
			size_t n = 0;
			raptor_iostream *io = raptor_new_iostream_to_string(
			        librdf_world_get_raptor(st->world), &str, &n, malloc);
			if (!io) {
				rc = NKG_ENOMEM;
				break;
			}
			int bad = term_nt(io, librdf_statement_get_subject(x)) ||
			          raptor_iostream_write_byte(' ', io) ||
			          term_nt(io, librdf_statement_get_predicate(x)) ||
			          raptor_iostream_write_byte(' ', io) ||
			          term_nt(io, librdf_statement_get_object(x)) ||
			          raptor_iostream_write_byte(' ', io) || term_nt(io, c) ||
			          raptor_iostream_counted_string_write(" .", 2, io);
			raptor_free_iostream(io); /* finishes str */
			if (bad || !str) {
				free(str);
				rc = bad ? NKG_ERDF : NKG_ENOMEM;
				break;
			}
			rc = strv_push(&lines, str, n);
			free(str);
		}
		librdf_free_stream(s);
		librdf_free_node(c);
		if (rc)
			goto out;
	}
	if (lines.n)
		qsort(lines.v, lines.n, sizeof(*lines.v), cmp_str);
	errno = 0;
	for (size_t k = 0; k < lines.n; k++)
		if (fputs(lines.v[k], out) == EOF || fputc('\n', out) == EOF)
			break;
	if (fflush(out) != 0 || ferror(out)) {
		set_err(st, "cannot write the dump: %s", strerror(errno ? errno : EIO));
		rc = NKG_EIO;
	}
out:
	strv_release(&lines);
	strv_release(&ctxs);
	return rc;
}
