/* merge.c - the union of RDF graphs, owl:sameAs smushing (see merge.h).
 *
 * Terms are interned: each distinct term (after blank nodes are made local
 * to their input) gets an id >= 1, with its raptor term and its N-Triples
 * form, which is the sort key of the output.  A statement is four ids
 * (subject, predicate, object, graph; graph 0 = default graph).  Sorting the
 * terms once gives each a rank; statements sorted by the ranks of their four
 * terms come out in the byte order of their N-Triples/N-Quads lines, because
 * terms are compared byte for byte and the space that follows each term in
 * a line sorts before every byte a term can hold.
 */
#include "merge.h"

#include <assert.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <redland.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../ontology/terms.h"

#define OWL_SAME_AS "<" NKG_NS_OWL "sameAs>"

struct term {
	raptor_term *rt; /* owned */
	char *nt;        /* owned: N-Triples form */
	size_t nt_len;
	uint32_t hash;
};

struct quad {
	uint32_t t[4]; /* s, p, o, g (0: default graph) */
};

struct pair {
	uint32_t canon, member;
};

struct nkg_merge {
	librdf_world *world;
	raptor_world *rw;   /* borrowed from world */
	char *base;         /* owned */
	struct term *terms; /* [0] unused */
	uint32_t n_terms, cap_terms;
	uint32_t *index; /* open addressing: term ids, 0 = empty */
	uint32_t index_cap;
	struct quad *quads;
	size_t n_quads, cap_quads;
	struct pair *pairs; /* after smushing: (canonical, member), sorted */
	size_t n_pairs;
	/* output order, made by prepare() */
	uint32_t *rank;    /* rank[term id]; rank 0 = default graph */
	uint32_t *by_rank; /* term id of a rank */
	struct quad *out;  /* distinct statements in rank space, sorted */
	size_t n_out;
	bool prepared, smushed;
	/* the parse in progress */
	unsigned input_no;
	unsigned long bnode_no; /* blank nodes generated in this input */
	raptor_parser *parser;
	int rc; /* first error of the parse in progress */
	bool parse_failed;
	char perr[200]; /* first parser message */
	struct nkg_merge_stats stats;
};

/* ---- terms ---------------------------------------------------------------- */

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static uint32_t *slot_of(struct nkg_merge *m, const char *nt, size_t len, uint32_t h)
{
	uint32_t mask = m->index_cap - 1;
	for (uint32_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t id = m->index[i];
		if (!id)
			return &m->index[i];
		const struct term *t = &m->terms[id];
		if (t->hash == h && t->nt_len == len && !memcmp(t->nt, nt, len))
			return &m->index[i];
	}
}

static int grow_index(struct nkg_merge *m)
{
	uint32_t cap = m->index_cap ? m->index_cap * 2 : 1024;
	uint32_t *old = m->index, old_cap = m->index_cap;

	if (cap > (UINT32_MAX >> 1))
		return NKG_ELIMIT;
	uint32_t *idx = nkg_calloc(cap, sizeof(*idx));
	if (!idx)
		return NKG_ENOMEM;
	m->index = idx;
	m->index_cap = cap;
	for (uint32_t i = 0; i < old_cap; i++) {
		if (old[i]) {
			const struct term *t = &m->terms[old[i]];
			*slot_of(m, t->nt, t->nt_len, t->hash) = old[i];
		}
	}
	nkg_free(old);
	return 0;
}

/* Interns rt (consumed, even on failure); *id receives its id. */
static int intern_owned(struct nkg_merge *m, raptor_term *rt, uint32_t *id)
{
	size_t len = 0;
	unsigned char *s = rt ? raptor_term_to_counted_string(rt, &len) : NULL;
	int rc = NKG_ENOMEM;

	if (!s)
		goto fail;
	uint32_t h = hash_bytes((const char *)s, len);
	if ((m->n_terms + 1) * 2 >= m->index_cap && (rc = grow_index(m)) != 0)
		goto fail;
	rc = NKG_ENOMEM;
	uint32_t *slot = slot_of(m, (const char *)s, len, h);
	if (*slot) {
		*id = *slot;
		raptor_free_memory(s);
		raptor_free_term(rt);
		return 0;
	}
	if (m->n_terms + 1 >= m->cap_terms) {
		uint32_t cap = m->cap_terms ? m->cap_terms * 2 : 256;
		struct term *t = nkg_realloc(m->terms, (size_t)cap * sizeof(*t));
		if (!t)
			goto fail;
		m->terms = t;
		m->cap_terms = cap;
	}
	char *nt = nkg_strndup((const char *)s, len);
	if (!nt)
		goto fail;
	raptor_free_memory(s);
	uint32_t n = ++m->n_terms;
	m->terms[n] = (struct term){.rt = rt, .nt = nt, .nt_len = len, .hash = h};
	*slot = n;
	*id = n;
	m->prepared = false;
	return 0;
fail:
	if (s)
		raptor_free_memory(s);
	if (rt)
		raptor_free_term(rt);
	return rc;
}

/* Interns a borrowed term of the parse in progress; blank nodes get the
 * input's prefix "i<input number>". */
static int intern(struct nkg_merge *m, raptor_term *t, uint32_t *id)
{
	if (t->type != RAPTOR_TERM_TYPE_BLANK)
		return intern_owned(m, raptor_term_copy(t), id);
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	if (nkg_buf_addf(&b, "i%u", m->input_no) ||
	    nkg_buf_add(&b, t->value.blank.string, t->value.blank.string_len)) {
		nkg_buf_release(&b);
		return NKG_ENOMEM;
	}
	raptor_term *c =
	        raptor_new_term_from_counted_blank(m->rw, (const unsigned char *)b.ptr, b.len);
	nkg_buf_release(&b);
	return intern_owned(m, c, id);
}

/* The id of the term whose N-Triples form is nt, or 0. */
static uint32_t lookup(struct nkg_merge *m, const char *nt)
{
	size_t len = strlen(nt);
	if (!m->index_cap)
		return 0;
	return *slot_of(m, nt, len, hash_bytes(nt, len));
}

/* ---- life cycle ----------------------------------------------------------- */

static void on_raptor_log(void *user_data, raptor_log_message *msg)
{
	struct nkg_merge *m = user_data;

	if (msg->level < RAPTOR_LOG_LEVEL_ERROR || m->parse_failed)
		return;
	m->parse_failed = true;
	const char *text = msg->text ? msg->text : "unknown error";
	if (msg->locator && msg->locator->line > 0)
		snprintf(m->perr, sizeof(m->perr), "line %d: %s", msg->locator->line, text);
	else
		snprintf(m->perr, sizeof(m->perr), "%s", text);
}

/* Blank node ids of the parse in progress, without raptor's default
 * "r<time>r<pid>r<n>": a label of the input "x" becomes "ux", a node
 * without label "g<n>" (n counts from 1 per input), so that they never
 * collide and the output does not depend on the clock.  raptor frees the
 * string with free(): it is allocated with malloc, not nkg_malloc. */
static unsigned char *on_bnodeid(void *user_data, unsigned char *user_id)
{
	struct nkg_merge *m = user_data;
	char tmp[32];
	size_t n;
	const char *src;

	if (user_id) {
		n = strlen((const char *)user_id);
		src = (const char *)user_id;
	} else {
		n = (size_t)snprintf(tmp, sizeof(tmp), "%lu", ++m->bnode_no);
		src = tmp;
	}
	unsigned char *id = malloc(n + 2);
	if (id) {
		id[0] = user_id ? 'u' : 'g';
		memcpy(id + 1, src, n + 1);
	}
	free(user_id);
	return id;
}

static int on_librdf_log(void *user_data, librdf_log_message *msg)
{
	struct nkg_merge *m = user_data;
	if (librdf_log_message_level(msg) >= LIBRDF_LOG_ERROR && !m->parse_failed) {
		const char *text = librdf_log_message_message(msg);
		m->parse_failed = true;
		snprintf(m->perr, sizeof(m->perr), "%s", text ? text : "unknown error");
	}
	return 1;
}

int nkg_merge_new(const char *base, struct nkg_merge **out)
{
	struct nkg_merge *m = nkg_calloc(1, sizeof(*m));
	if (!base)
		base = NKG_DEFAULT_BASE;
	if (!m)
		return NKG_ENOMEM;
	if (!(m->base = nkg_strndup(base, strlen(base)))) {
		nkg_free(m);
		return NKG_ENOMEM;
	}
	m->n_terms = 0;
	if (!(m->world = librdf_new_world())) {
		nkg_merge_free(m);
		return NKG_ERDF;
	}
	librdf_world_set_logger(m->world, m, on_librdf_log);
	librdf_world_open(m->world);
	m->rw = librdf_world_get_raptor(m->world);
	if (!m->rw || raptor_world_set_log_handler(m->rw, m, on_raptor_log)) {
		nkg_merge_free(m);
		return NKG_ERDF;
	}
	raptor_world_set_generate_bnodeid_handler(m->rw, m, on_bnodeid);
	*out = m;
	return 0;
}

void nkg_merge_free(struct nkg_merge *m)
{
	if (!m)
		return;
	for (uint32_t i = 1; i <= m->n_terms; i++) {
		raptor_free_term(m->terms[i].rt);
		nkg_free(m->terms[i].nt);
	}
	nkg_free(m->terms);
	nkg_free(m->index);
	nkg_free(m->quads);
	nkg_free(m->pairs);
	nkg_free(m->rank);
	nkg_free(m->by_rank);
	nkg_free(m->out);
	if (m->world)
		librdf_free_world(m->world);
	nkg_free(m->base);
	nkg_free(m);
}

/* ---- parsing -------------------------------------------------------------- */

static const struct {
	const char *ext, *syntax;
} extensions[] = {
        {".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"}, {".ntriples", "ntriples"},
        {".nq", "nquads"},  {".nquads", "nquads"}, {".rdf", "rdfxml"},  {".owl", "rdfxml"},
        {".xml", "rdfxml"}, {".trig", "trig"},
};

const char *nkg_merge_syntax_for_name(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++) {
		size_t e = strlen(extensions[i].ext);
		if (n > e && !strncasecmp(name + n - e, extensions[i].ext, e))
			return extensions[i].syntax;
	}
	return NULL;
}

int nkg_merge_syntax_ok(const char *syntax)
{
	static const char *const ok[] = {"turtle", "ntriples", "nquads", "rdfxml", "trig"};
	for (size_t i = 0; syntax && i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(syntax, ok[i]))
			return 1;
	return 0;
}

static void on_statement(void *user_data, raptor_statement *st)
{
	struct nkg_merge *m = user_data;
	struct quad q = {{0, 0, 0, 0}};

	if (m->rc || m->parse_failed)
		return;
	if ((m->rc = intern(m, st->subject, &q.t[0])) ||
	    (m->rc = intern(m, st->predicate, &q.t[1])) ||
	    (m->rc = intern(m, st->object, &q.t[2])) ||
	    (st->graph && (m->rc = intern(m, st->graph, &q.t[3]))))
		goto fail;
	if (m->n_quads == m->cap_quads) {
		size_t cap = m->cap_quads ? m->cap_quads * 2 : 1024;
		struct quad *p = nkg_realloc(m->quads, cap * sizeof(*p));
		if (!p) {
			m->rc = NKG_ENOMEM;
			goto fail;
		}
		m->quads = p;
		m->cap_quads = cap;
	}
	m->quads[m->n_quads++] = q;
	return;
fail:
	raptor_parser_parse_abort(m->parser);
}

/* Runs one parse: f, or data[0..len) when f is NULL. */
static int add_input(struct nkg_merge *m, FILE *f, const char *data, size_t len, const char *name,
                     const char *syntax, const char *base_uri, char *err, size_t errlen)
{
	raptor_uri *base = NULL;
	size_t before = m->n_quads;
	int rc = NKG_ENOMEM;

	if (errlen)
		err[0] = '\0';
	if (!syntax)
		syntax = nkg_merge_syntax_for_name(name);
	if (!nkg_merge_syntax_ok(syntax) || m->smushed) {
		if (errlen)
			snprintf(err, errlen, "%s",
			         syntax ? "unknown syntax" : "unknown syntax: use -i");
		return NKG_EINVAL;
	}
	m->input_no++;
	m->bnode_no = 0;
	m->rc = 0;
	m->parse_failed = false;
	m->perr[0] = '\0';
	if (base_uri) {
		base = raptor_new_uri(m->rw, (const unsigned char *)base_uri);
	} else {
		/* file:///the/absolute/path, made from the name even when no such file */
		unsigned char *u = raptor_uri_filename_to_uri_string(name);
		if (u)
			base = raptor_new_uri(m->rw, u);
		raptor_free_memory(u);
	}
	/* N-Triples is read by the Turtle parser, its superset: raptor 2.0.15's
	 * N-Triples parser leaks a URI per typed literal and the terms of a line
	 * it rejects (its N-Quads parser is the same code: see merge.h). */
	if (!strcmp(syntax, "ntriples"))
		syntax = "turtle";
	if (!base || !(m->parser = raptor_new_parser(m->rw, syntax)))
		goto out;
	raptor_parser_set_statement_handler(m->parser, m, on_statement);
	int prc;
	if (f) {
		prc = raptor_parser_parse_file_stream(m->parser, f, name, base);
	} else {
		prc = raptor_parser_parse_start(m->parser, base);
		if (!prc)
			prc = raptor_parser_parse_chunk(m->parser, (const unsigned char *)data, len,
			                                1);
	}
	if (m->rc) {
		rc = m->rc;
	} else if (prc || m->parse_failed) {
		rc = NKG_ERDF;
		if (errlen)
			snprintf(err, errlen, "%s", m->perr[0] ? m->perr : "cannot parse");
	} else {
		rc = 0;
	}
out:
	if (m->parser)
		raptor_free_parser(m->parser);
	m->parser = NULL;
	if (base)
		raptor_free_uri(base);
	if (rc) {
		m->n_quads = before; /* all or nothing */
	} else {
		m->stats.inputs++;
		m->stats.triples_in += m->n_quads - before;
	}
	m->parse_failed = false;
	return rc;
}

int nkg_merge_add_stream(struct nkg_merge *m, FILE *f, const char *name, const char *syntax,
                         const char *base_uri, char *err, size_t errlen)
{
	return add_input(m, f, NULL, 0, name, syntax, base_uri, err, errlen);
}

int nkg_merge_add_bytes(struct nkg_merge *m, const char *data, size_t len, const char *name,
                        const char *syntax, const char *base_uri, char *err, size_t errlen)
{
	return add_input(m, NULL, data ? data : "", len, name, syntax, base_uri, err, errlen);
}

/* ---- smushing ------------------------------------------------------------- */

static uint32_t find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

static bool is_literal(const struct nkg_merge *m, uint32_t id)
{
	return m->terms[id].rt->type == RAPTOR_TERM_TYPE_LITERAL;
}

/* The bytes a node is compared by: its IRI or blank id. */
static struct nkg_str node_value(const struct nkg_merge *m, uint32_t id)
{
	const raptor_term *t = m->terms[id].rt;
	if (t->type == RAPTOR_TERM_TYPE_URI) {
		size_t n = 0;
		const unsigned char *s = raptor_uri_as_counted_string(t->value.uri, &n);
		return (struct nkg_str){(const char *)s, n};
	}
	return (struct nkg_str){(const char *)t->value.blank.string, t->value.blank.string_len};
}

static int node_class(const struct nkg_merge *m, uint32_t id)
{
	if (m->terms[id].rt->type != RAPTOR_TERM_TYPE_URI)
		return 2;
	struct nkg_str v = node_value(m, id);
	size_t bl = strlen(m->base);
	return v.len >= bl && !memcmp(v.ptr, m->base, bl) ? 0 : 1;
}

/* True when a should be canonical rather than b (the rule of merge.h). */
static bool better(const struct nkg_merge *m, uint32_t a, uint32_t b)
{
	int ca = node_class(m, a), cb = node_class(m, b);
	if (ca != cb)
		return ca < cb;
	struct nkg_str va = node_value(m, a), vb = node_value(m, b);
	if (va.len != vb.len)
		return va.len < vb.len;
	return memcmp(va.ptr, vb.ptr, va.len) < 0;
}

static int prepare(struct nkg_merge *m);

static int pair_cmp(const void *pa, const void *pb)
{
	const uint32_t *a = pa, *b = pb; /* ranks */
	if (a[0] != b[0])
		return a[0] < b[0] ? -1 : 1;
	return a[1] < b[1] ? -1 : a[1] > b[1];
}

int nkg_merge_smush(struct nkg_merge *m, struct nkg_merge_stats *stats)
{
	uint32_t n = m->n_terms;
	uint32_t *parent = NULL, *size = NULL, *canon = NULL;
	int rc = NKG_ENOMEM;

	if (m->smushed)
		return NKG_EINVAL;
	uint32_t same = lookup(m, OWL_SAME_AS);
	if (!(parent = nkg_malloc(((size_t)n + 1) * sizeof(*parent))) ||
	    !(size = nkg_calloc((size_t)n + 1, sizeof(*size))) ||
	    !(canon = nkg_calloc((size_t)n + 1, sizeof(*canon))))
		goto out;
	for (uint32_t i = 0; i <= n; i++)
		parent[i] = i;
	for (size_t k = 0; same && k < m->n_quads; k++) {
		const struct quad *q = &m->quads[k];
		if (q->t[1] != same || is_literal(m, q->t[0]) || is_literal(m, q->t[2]))
			continue;
		uint32_t a = find(parent, q->t[0]), b = find(parent, q->t[2]);
		if (a != b)
			parent[a < b ? b : a] = a < b ? a : b;
	}
	for (uint32_t i = 1; i <= n; i++)
		size[find(parent, i)]++;
	size_t members = 0;
	for (uint32_t i = 1; i <= n; i++) {
		uint32_t r = find(parent, i);
		if (size[r] < 2)
			continue;
		members++;
		if (!canon[r] || better(m, i, canon[r]))
			canon[r] = i;
	}
	/* Rewrite; drop the sameAs links inside a class (re-added below). */
	size_t w = 0;
	for (size_t k = 0; k < m->n_quads; k++) {
		struct quad q = m->quads[k];
		if (same && q.t[1] == same && !is_literal(m, q.t[2]) &&
		    find(parent, q.t[0]) == find(parent, q.t[2]) && size[find(parent, q.t[0])] > 1)
			continue;
		bool changed = false;
		for (int j = 0; j < 3; j += 2) {
			uint32_t r = find(parent, q.t[j]);
			if (size[r] > 1 && canon[r] != q.t[j]) {
				q.t[j] = canon[r];
				changed = true;
			}
		}
		m->stats.stmts_rewritten += changed;
		m->quads[w++] = q;
	}
	m->n_quads = w;
	size_t n_classes = 0;
	for (uint32_t i = 1; i <= n; i++)
		if (size[i] > 1 && parent[i] == i)
			n_classes++;
	if (members) {
		size_t need = w + members - n_classes;
		if (need > m->cap_quads) {
			struct quad *p = nkg_realloc(m->quads, need * sizeof(*p));
			if (!p)
				goto out;
			m->quads = p;
			m->cap_quads = need;
		}
		if (!(m->pairs = nkg_malloc((members - n_classes + 1) * sizeof(*m->pairs))))
			goto out;
	}
	for (uint32_t i = 1; i <= n; i++) {
		uint32_t r = find(parent, i);
		if (size[r] < 2 || canon[r] == i)
			continue;
		m->quads[m->n_quads++] = (struct quad){{canon[r], same, i, 0}};
		m->pairs[m->n_pairs++] = (struct pair){canon[r], i};
	}
	m->stats.classes = n_classes;
	m->stats.nodes_rewritten = m->n_pairs;
	m->smushed = true;
	m->prepared = false;
	if ((rc = prepare(m)) != 0)
		goto out;
	/* The report's order: by canonical node, then member. */
	for (size_t k = 0; k < m->n_pairs; k++)
		m->pairs[k] =
		        (struct pair){m->rank[m->pairs[k].canon], m->rank[m->pairs[k].member]};
	if (m->n_pairs)
		qsort(m->pairs, m->n_pairs, sizeof(*m->pairs), pair_cmp);
	for (size_t k = 0; k < m->n_pairs; k++)
		m->pairs[k] = (struct pair){m->by_rank[m->pairs[k].canon],
		                            m->by_rank[m->pairs[k].member]};
	if (stats)
		*stats = m->stats;
	rc = 0;
out:
	nkg_free(parent);
	nkg_free(size);
	nkg_free(canon);
	return rc;
}

/* ---- output order ----------------------------------------------------------- */

static const struct term *sort_terms; /* qsort has no context argument in C11 */

static int term_cmp(const void *pa, const void *pb)
{
	const struct term *a = &sort_terms[*(const uint32_t *)pa];
	const struct term *b = &sort_terms[*(const uint32_t *)pb];
	size_t n = a->nt_len < b->nt_len ? a->nt_len : b->nt_len;
	int c = memcmp(a->nt, b->nt, n);
	if (c)
		return c;
	return a->nt_len < b->nt_len ? -1 : a->nt_len > b->nt_len;
}

static int quad_cmp(const void *pa, const void *pb)
{
	const struct quad *a = pa, *b = pb;
	for (int j = 0; j < 4; j++)
		if (a->t[j] != b->t[j])
			return a->t[j] < b->t[j] ? -1 : 1;
	return 0;
}

/* Ranks the terms and makes m->out: distinct statements, sorted. */
static int prepare(struct nkg_merge *m)
{
	uint32_t n = m->n_terms;
	uint32_t *rank = NULL, *by_rank = NULL;
	struct quad *out = NULL;

	if (m->prepared)
		return 0;
	if (!(rank = nkg_malloc(((size_t)n + 1) * sizeof(*rank))) ||
	    !(by_rank = nkg_malloc(((size_t)n + 1) * sizeof(*by_rank))) ||
	    !(out = nkg_malloc((m->n_quads ? m->n_quads : 1) * sizeof(*out)))) {
		nkg_free(rank);
		nkg_free(by_rank);
		nkg_free(out);
		return NKG_ENOMEM;
	}
	for (uint32_t i = 0; i <= n; i++)
		by_rank[i] = i;
	sort_terms = m->terms;
	qsort(by_rank + 1, n, sizeof(*by_rank), term_cmp);
	sort_terms = NULL;
	for (uint32_t r = 0; r <= n; r++)
		rank[by_rank[r]] = r;
	for (size_t k = 0; k < m->n_quads; k++)
		for (int j = 0; j < 4; j++)
			out[k].t[j] = rank[m->quads[k].t[j]];
	size_t n_out = 0;
	if (m->n_quads) {
		qsort(out, m->n_quads, sizeof(*out), quad_cmp);
		n_out = 1;
		for (size_t k = 1; k < m->n_quads; k++)
			if (quad_cmp(&out[k], &out[n_out - 1]))
				out[n_out++] = out[k];
	}
	nkg_free(m->rank);
	nkg_free(m->by_rank);
	nkg_free(m->out);
	m->rank = rank;
	m->by_rank = by_rank;
	m->out = out;
	m->n_out = n_out;
	m->stats.triples_out = n_out;
	m->prepared = true;
	return 0;
}

static raptor_term *term_at(const struct nkg_merge *m, uint32_t r)
{
	return m->terms[m->by_rank[r]].rt;
}

/* ---- writing ------------------------------------------------------------------ */

static int write_raptor(struct nkg_merge *m, bool quads, FILE *f, size_t *n)
{
	raptor_serializer *ser = raptor_new_serializer(m->rw, quads ? "nquads" : "ntriples");
	int rc = NKG_ERDF;

	if (!ser)
		return NKG_ERDF;
	if (raptor_serializer_start_to_file_handle(ser, NULL, f))
		goto out;
	for (size_t k = 0; k < m->n_out; k++) {
		const struct quad *q = &m->out[k];
		if (!quads && k && !memcmp(q->t, m->out[k - 1].t, 3 * sizeof(q->t[0])))
			continue; /* the same triple in another graph */
		raptor_statement st;
		raptor_statement_init(&st, m->rw);
		st.subject = term_at(m, q->t[0]);
		st.predicate = term_at(m, q->t[1]);
		st.object = term_at(m, q->t[2]);
		st.graph = quads && q->t[3] ? term_at(m, q->t[3]) : NULL;
		/* st only borrows its terms: it is not cleared. */
		if (raptor_serializer_serialize_statement(ser, &st))
			goto out;
		(*n)++;
	}
	if (raptor_serializer_serialize_end(ser))
		goto out;
	rc = 0;
out:
	raptor_free_serializer(ser);
	return rc;
}

static int add_to_model(struct nkg_merge *m, librdf_model *model, const struct quad *q)
{
	librdf_node *s = librdf_new_node_from_node(term_at(m, q->t[0]));
	librdf_node *p = librdf_new_node_from_node(term_at(m, q->t[1]));
	librdf_node *o = librdf_new_node_from_node(term_at(m, q->t[2]));
	if (!s || !p || !o) {
		if (s)
			librdf_free_node(s);
		if (p)
			librdf_free_node(p);
		if (o)
			librdf_free_node(o);
		return NKG_ENOMEM;
	}
	librdf_statement *st = librdf_new_statement_from_nodes(m->world, s, p, o);
	if (!st)
		return NKG_ENOMEM;
	int rc = librdf_model_add_statement(model, st) ? NKG_ERDF : 0;
	librdf_free_statement(st);
	return rc;
}

static int write_turtle(struct nkg_merge *m, FILE *f, size_t *n)
{
	size_t n_pfx;
	const struct nkg_prefix *pfx = nkg_prefixes(&n_pfx);
	librdf_storage *storage = NULL;
	librdf_model *model = NULL;
	librdf_serializer *ser = NULL;
	int rc = NKG_ERDF;

	if (!(storage = librdf_new_storage(m->world, "trees", NULL, NULL)) ||
	    !(model = librdf_new_model(m->world, storage, NULL)))
		goto out;
	for (size_t k = 0; k < m->n_out; k++) {
		if (k && !memcmp(m->out[k].t, m->out[k - 1].t, 3 * sizeof(m->out[k].t[0])))
			continue; /* the same triple in another graph */
		if ((rc = add_to_model(m, model, &m->out[k])) != 0)
			goto out;
		(*n)++;
	}
	rc = NKG_ERDF;
	if (!(ser = librdf_new_serializer(m->world, "turtle", NULL, NULL)))
		goto out;
	/* raptor's Turtle serializer declares rdf: itself and refuses it twice. */
	for (size_t i = 0; i < n_pfx; i++) {
		if (!strcmp(pfx[i].prefix, "rdf"))
			continue;
		librdf_uri *u = librdf_new_uri(m->world, (const unsigned char *)pfx[i].iri);
		if (!u)
			goto out;
		int bad = librdf_serializer_set_namespace(ser, u, pfx[i].prefix);
		librdf_free_uri(u);
		if (bad)
			goto out;
	}
	if (librdf_serializer_serialize_model_to_file_handle(ser, f, NULL, model))
		goto out;
	rc = 0;
out:
	if (ser)
		librdf_free_serializer(ser);
	if (model)
		librdf_free_model(model);
	if (storage)
		librdf_free_storage(storage);
	return rc;
}

int nkg_merge_write(struct nkg_merge *m, enum nkg_format format, FILE *out, size_t *n_written)
{
	size_t n = 0;
	int rc = prepare(m);
	if (rc)
		return rc;
	m->parse_failed = false;
	if (format == NKG_FORMAT_TURTLE)
		rc = write_turtle(m, out, &n);
	else
		rc = write_raptor(m, format == NKG_FORMAT_NQUADS, out, &n);
	if (rc == 0 && m->parse_failed)
		rc = NKG_ERDF;
	m->parse_failed = false;
	if (fflush(out) || ferror(out))
		return NKG_EIO;
	if (rc == 0 && n_written)
		*n_written = n;
	return rc;
}

int nkg_merge_write_report(const struct nkg_merge *m, FILE *out)
{
	for (size_t k = 0; k < m->n_pairs; k++) {
		const struct term *c = &m->terms[m->pairs[k].canon];
		const struct term *t = &m->terms[m->pairs[k].member];
		fwrite(c->nt, 1, c->nt_len, out);
		fputc('\t', out);
		fwrite(t->nt, 1, t->nt_len, out);
		fputc('\n', out);
	}
	return fflush(out) || ferror(out) ? NKG_EIO : 0;
}

/* ---- visiting ------------------------------------------------------------------ */

static void to_visit_term(raptor_term *t, struct nkg_merge_term *v)
{
	memset(v, 0, sizeof(*v));
	switch (t->type) {
	case RAPTOR_TERM_TYPE_URI: {
		size_t n = 0;
		const unsigned char *s = raptor_uri_as_counted_string(t->value.uri, &n);
		v->kind = NKG_MERGE_IRI;
		v->value = (struct nkg_str){(const char *)s, n};
		break;
	}
	case RAPTOR_TERM_TYPE_BLANK:
		v->kind = NKG_MERGE_BLANK;
		v->value = (struct nkg_str){(const char *)t->value.blank.string,
		                            t->value.blank.string_len};
		break;
	case RAPTOR_TERM_TYPE_LITERAL:
	case RAPTOR_TERM_TYPE_UNKNOWN:
	default:
		v->kind = NKG_MERGE_LITERAL;
		v->value = (struct nkg_str){(const char *)t->value.literal.string,
		                            t->value.literal.string_len};
		if (t->value.literal.language)
			v->lang = (struct nkg_str){(const char *)t->value.literal.language,
			                           t->value.literal.language_len};
		if (t->value.literal.datatype) {
			size_t n = 0;
			const unsigned char *s =
			        raptor_uri_as_counted_string(t->value.literal.datatype, &n);
			v->datatype = (struct nkg_str){(const char *)s, n};
		}
		break;
	}
}

int nkg_merge_visit(struct nkg_merge *m, nkg_merge_visit_fn *fn, void *ctx)
{
	int rc = prepare(m);
	if (rc)
		return rc;
	for (size_t k = 0; k < m->n_out; k++) {
		const struct quad *q = &m->out[k];
		struct nkg_merge_term s, p, o, g;
		to_visit_term(term_at(m, q->t[0]), &s);
		to_visit_term(term_at(m, q->t[1]), &p);
		to_visit_term(term_at(m, q->t[2]), &o);
		if (q->t[3])
			to_visit_term(term_at(m, q->t[3]), &g);
		if ((rc = fn(ctx, &s, &p, &o, q->t[3] ? &g : NULL)) != 0)
			return rc;
	}
	return 0;
}
