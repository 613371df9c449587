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
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <redland.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../extract/lexicon.h"
#include "../extract/orgs.h"
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

struct mlink {
	uint32_t a, b;  /* term ids, a's N-Triples form the smaller */
	int rule;       /* enum link_rule */
	uint32_t minor; /* a or b when it is the short form of the other's name, else 0 */
};

/* What a link says of a node for the canonical choice (struct nkg_merge minor). */
enum { MINOR_NONE, MINOR_SHORT, MINOR_BLEND };

/* org-place-name: the longer name must be named in this many documents. */
#define LINK_CLUB_DOCS 3

/* org-team-name: the person the nickname's and the club's documents share
 * is named in at most this many documents, or this share of all of them
 * (per mille), whichever is more. */
#define LINK_SHARED_DOCS     10
#define LINK_SHARED_PERMILLE 20

/* A group of people sharing a surname larger than this is not linked. */
#define LINK_GROUP_MAX 256

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
	struct mlink *links; /* made by nkg_merge_link */
	size_t n_links, cap_links;
	uint8_t *minor; /* [term id]: MINOR_*, set by nkg_merge_link (NULL: none) */
	uint32_t n_minor;
	bool linked;
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
	nkg_free(m->links);
	nkg_free(m->minor);
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

/* MINOR_* of node id: what nkg_merge_link said of it. */
static int minor_of(const struct nkg_merge *m, uint32_t id)
{
	return m->minor && id < m->n_minor ? m->minor[id] : MINOR_NONE;
}

/* True when a should be canonical rather than b (the rule of merge.h);
 * labelled[id] is 1 for a node that is the subject of an rdfs:label. */
static bool better(const struct nkg_merge *m, const uint8_t *labelled, uint32_t a, uint32_t b)
{
	int ca = node_class(m, a), cb = node_class(m, b);
	if (ca != cb)
		return ca < cb;
	if (labelled[a] != labelled[b])
		return labelled[a] > labelled[b];
	bool ma = minor_of(m, a) != MINOR_NONE, mb = minor_of(m, b) != MINOR_NONE;
	if (ma != mb)
		return mb;
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
	uint8_t *labelled = NULL;
	int rc = NKG_ENOMEM;

	if (m->smushed)
		return NKG_EINVAL;
	uint32_t same = lookup(m, OWL_SAME_AS);
	uint32_t t_label = lookup(m, "<" NKG_NS_RDFS "label>");
	uint32_t t_type = lookup(m, "<" NKG_NS_RDF "type>");
	uint32_t t_person = lookup(m, "<" NKG_NS_SCHEMA "Person>");
	uint32_t t_alt = 0;
	if (!(parent = nkg_malloc(((size_t)n + 1) * sizeof(*parent))) ||
	    !(size = nkg_calloc((size_t)n + 1, sizeof(*size))) ||
	    !(canon = nkg_calloc((size_t)n + 1, sizeof(*canon))) ||
	    !(labelled = nkg_calloc((size_t)n + 1, 1)))
		goto out;
	for (size_t k = 0; t_label && k < m->n_quads; k++)
		if (m->quads[k].t[1] == t_label)
			labelled[m->quads[k].t[0]] = 1;
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
		if (!canon[r] || better(m, labelled, i, canon[r]))
			canon[r] = i;
	}
	/* A blend's labels become alternative labels of the full name's node. */
	for (uint32_t i = 1; i <= n && !t_alt; i++) {
		uint32_t r = find(parent, i);
		if (size[r] > 1 && canon[r] != i && minor_of(m, i) == MINOR_BLEND) {
			raptor_term *t = raptor_new_term_from_uri_string(
			        m->rw, (const unsigned char *)NKG_NS_SKOS "altLabel");
			if ((rc = intern_owned(m, t, &t_alt)) != 0)
				goto out;
			rc = NKG_ENOMEM;
		}
	}
	/* Rewrite; drop the sameAs links inside a class (re-added below). */
	size_t w = 0;
	for (size_t k = 0; k < m->n_quads; k++) {
		struct quad q = m->quads[k];
		if (same && q.t[1] == same && !is_literal(m, q.t[2]) &&
		    find(parent, q.t[0]) == find(parent, q.t[2]) && size[find(parent, q.t[0])] > 1)
			continue;
		bool changed = false;
		uint32_t r0 = find(parent, q.t[0]);
		if (t_alt && size[r0] > 1 && canon[r0] != q.t[0] &&
		    minor_of(m, q.t[0]) == MINOR_BLEND) {
			/* the blend's guessed type (an unknown word taken for an
			 * organisation) is not the person's */
			if (q.t[1] == t_type && q.t[2] != t_person)
				continue;
			if (q.t[1] == t_label) {
				q.t[1] = t_alt;
				changed = true;
			}
		}
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
	nkg_free(labelled);
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

/* ---- cross-document entity links (nkg_merge_link) ------------------------------ */

enum link_rule {
	R_PERSON_SAME,    /* the same name, written differently ("LuAnn", "Luann") */
	R_PERSON_SURNAME, /* a bare surname, the one full name with it */
	R_PERSON_MIDDLE,  /* the same given name and surname, a middle name or initial more */
	R_PERSON_INITIAL, /* a given name and its initial */
	R_PERSON_NICK,    /* a given name and its usual short form */
	R_PERSON_SPELL,   /* a given name spelt two ways ("Mikheil", "Mikhail") */
	R_ORG_TEAM,       /* "Saints" and the one "New Orleans Saints" */
	R_ORG_PLACE_NAME, /* "Indianapolis" and the one "Indianapolis Colts" */
	R_VENUE,          /* "Betty Ford Center" an organisation and a place */
	R_PERSON_BLEND,   /* "LiLo" and the "Lindsay Lohan" of its articles */
	R_PERSON_SURNAME_CONTEXT, /* "Obama" and the one "Barack Obama" of its articles' news */
	R_ORG_ACRONYM,            /* "AP" and the one "Associated Press" of its articles' news */
	R_N
};
static const char *const rule_names[R_N] = {
        "person-same-name", "person-surname",  "person-middle-name",     "person-initial",
        "person-nickname",  "person-spelling", "org-team-name",          "org-place-name",
        "venue-same-name",  "person-blend",    "person-surname-context", "org-acronym",
};

enum { K_NONE, K_PERSON, K_ORG, K_PLACE, K_BOTH };

/* A document of an entity: the part of its mention IRIs before '#', and the
 * first byte of its first mention there ("DOC#char=b,e"; ULONG_MAX when no
 * mention says). */
struct ldoc {
	struct nkg_str doc;
	unsigned long first;
};

struct lent {
	uint32_t term;
	int kind;
	bool clean;
	bool org_type;     /* typed with a subclass of schema:Organization too */
	bool nickname;     /* a mention found by "entities.team-nickname": a club's nickname */
	bool full;         /* a person with a label of two words or more */
	bool news;         /* typed schema:NewsMediaOrganization: an agency, a paper */
	bool generic;      /* an organisation named by one common word ("Senate") */
	bool family;       /* a mention of rule "entities.family" ("the Obama family"; set on a
	                    * full name too when coreference gave it the mention, which
	                    * only bare surnames' links read: surname-family-not-person) */
	struct ldoc *docs; /* sorted by doc, one each */
	size_t n_docs, cap_docs;
};

#define NAME_TOKENS 8
struct lname {
	uint32_t ent; /* index into the entities */
	int kind;
	char *buf; /* owned: the normalised tokens, each NUL-terminated */
	const char *tok[NAME_TOKENS];
	unsigned n;
	const char *suffix; /* a person's "jr", "sr", "ii"... or NULL */
	bool caps;          /* written in capitals only ("TV", "NFL") */
	bool capital;       /* its first letter written as a capital */
	bool last_capital;  /* its last word's first letter written as a capital */
	bool all_capital;   /* every word's first letter written as a capital */
	uint8_t blend1;     /* a blend's first part: tok[0][0..blend1), or 0 */
	uint8_t blend2;     /* where its second part starts in tok[0] */
};

/* Usual English short forms of given names, "short formal", and at the end a
 * few of other languages that the news uses ("Alexis", "Alexandros"): two
 * given names are compatible when equal, one is the other's short form, or
 * they are short forms of one formal name. */
static const char *const nicknames[][2] = {
        {"abby", "abigail"},      {"al", "albert"},       {"al", "alan"},
        {"al", "alfred"},         {"alex", "alexander"},  {"alex", "alexandra"},
        {"andy", "andrew"},       {"drew", "andrew"},     {"tony", "anthony"},
        {"art", "arthur"},        {"ben", "benjamin"},    {"benny", "benjamin"},
        {"bernie", "bernard"},    {"bert", "albert"},     {"bert", "herbert"},
        {"bert", "robert"},       {"beth", "elizabeth"},  {"betty", "elizabeth"},
        {"liz", "elizabeth"},     {"becky", "rebecca"},   {"bill", "william"},
        {"billy", "william"},     {"will", "william"},    {"willie", "william"},
        {"bob", "robert"},        {"bobby", "robert"},    {"rob", "robert"},
        {"robbie", "robert"},     {"cathy", "catherine"}, {"kate", "catherine"},
        {"kate", "katherine"},    {"kathy", "katherine"}, {"kathy", "kathleen"},
        {"katie", "katherine"},   {"charlie", "charles"}, {"chuck", "charles"},
        {"chris", "christopher"}, {"chris", "christine"}, {"chris", "christina"},
        {"cindy", "cynthia"},     {"dan", "daniel"},      {"danny", "daniel"},
        {"dave", "david"},        {"deb", "deborah"},     {"debbie", "deborah"},
        {"dick", "richard"},      {"rich", "richard"},    {"rick", "richard"},
        {"ricky", "richard"},     {"don", "donald"},      {"doug", "douglas"},
        {"ed", "edward"},         {"eddie", "edward"},    {"ted", "edward"},
        {"ted", "theodore"},      {"ernie", "ernest"},    {"fred", "frederick"},
        {"freddie", "frederick"}, {"frank", "francis"},   {"frank", "franklin"},
        {"gene", "eugene"},       {"geoff", "geoffrey"},  {"greg", "gregory"},
        {"gerry", "gerald"},      {"jerry", "gerald"},    {"jerry", "jerome"},
        {"hank", "henry"},        {"harry", "henry"},     {"harry", "harold"},
        {"hal", "harold"},        {"herb", "herbert"},    {"jack", "john"},
        {"johnny", "john"},       {"jim", "james"},       {"jimmy", "james"},
        {"jamie", "james"},       {"jeff", "jeffrey"},    {"jen", "jennifer"},
        {"jenny", "jennifer"},    {"joe", "joseph"},      {"joey", "joseph"},
        {"jon", "jonathan"},      {"josh", "joshua"},     {"ken", "kenneth"},
        {"kenny", "kenneth"},     {"larry", "lawrence"},  {"len", "leonard"},
        {"lou", "louis"},         {"maggie", "margaret"}, {"meg", "margaret"},
        {"peggy", "margaret"},    {"mandy", "amanda"},    {"manny", "manuel"},
        {"matt", "matthew"},      {"mike", "michael"},    {"mickey", "michael"},
        {"mitch", "mitchell"},    {"mo", "maurice"},      {"mo", "morris"},
        {"nate", "nathan"},       {"nate", "nathaniel"},  {"nick", "nicholas"},
        {"ollie", "oliver"},      {"pat", "patrick"},     {"pat", "patricia"},
        {"patty", "patricia"},    {"pete", "peter"},      {"phil", "philip"},
        {"phil", "phillip"},      {"ray", "raymond"},     {"ron", "ronald"},
        {"ronnie", "ronald"},     {"rudy", "rudolph"},    {"russ", "russell"},
        {"sam", "samuel"},        {"sam", "samantha"},    {"sandy", "sandra"},
        {"steve", "stephen"},     {"steve", "steven"},    {"stu", "stuart"},
        {"sue", "susan"},         {"susie", "susan"},     {"terry", "terence"},
        {"terry", "theresa"},     {"tim", "timothy"},     {"tom", "thomas"},
        {"tommy", "thomas"},      {"vicky", "victoria"},  {"vince", "vincent"},
        {"walt", "walter"},       {"zach", "zachary"},    {"alexis", "alexandros"},
        {"nikos", "nikolaos"},    {"giannis", "ioannis"}, {"pepe", "jose"},
        {"paco", "francisco"},    {"sasha", "alexander"}, {"misha", "mikhail"},
};

static bool is_nick_of(const char *a, const char *b)
{
	for (size_t i = 0; i < sizeof(nicknames) / sizeof(nicknames[0]); i++)
		if (!strcmp(nicknames[i][0], a) && !strcmp(nicknames[i][1], b))
			return true;
	return false;
}

/* True when a and b differ by one byte inserted, dropped or replaced,
 * not the first. */
static bool one_edit(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;
	if (la < lb)
		return one_edit(b, a);
	if (la - lb > 1)
		return false;
	while (i < lb && a[i] == b[i])
		i++;
	if (i == 0 || i == lb)
		return i == lb && la != lb; /* a first byte differs; one more at the end */
	if (la == lb)
		return !strcmp(a + i + 1, b + i + 1);
	return !strcmp(a + i + 1, b + i);
}

/* True when given names a and b are one name spelt two ways: both of at
 * least 6 bytes, one edit apart (one_edit), not both names the lexicon
 * knows ("Jermayne", "Jerymayne"; "Mikheil", "Mikhail"; not "Mohammed",
 * "Mohamed" nor "Marion", "Marian", which may be two people). */
static bool spelt_two_ways(const char *a, const char *b)
{
	if (strlen(a) < 6 || strlen(b) < 6 || !one_edit(a, b))
		return false;
	return !((nkg_lex_word((struct nkg_str){a, strlen(a)}) & NKG_LEX_GIVEN_NAME) &&
	         (nkg_lex_word((struct nkg_str){b, strlen(b)}) & NKG_LEX_GIVEN_NAME));
}

/* 0 not compatible, 1 equal, 2 an initial, 3 a short form, 4 another
 * spelling. */
static int given_compat(const char *a, const char *b)
{
	if (!strcmp(a, b))
		return 1;
	if ((!a[1] && a[0] == b[0]) || (!b[1] && a[0] == b[0]))
		return 2;
	if (is_nick_of(a, b) || is_nick_of(b, a))
		return 3;
	for (size_t i = 0; i < sizeof(nicknames) / sizeof(nicknames[0]); i++)
		if (!strcmp(nicknames[i][0], a) && is_nick_of(b, nicknames[i][1]))
			return 3;
	return spelt_two_ways(a, b) ? 4 : 0;
}

/* Person names a and b: -1 not compatible, else the rule. */
static int person_compat(const struct lname *a, const struct lname *b)
{
	if (strcmp(a->tok[a->n - 1], b->tok[b->n - 1]) ||
	    (a->suffix && b->suffix && strcmp(a->suffix, b->suffix)))
		return -1; /* another surname; "Jr." and "Sr." */
	if (a->n == 1 || b->n == 1)
		return a->n == b->n ? -1 : R_PERSON_SURNAME;
	int g = given_compat(a->tok[0], b->tok[0]);
	if (!g)
		return -1;
	unsigned ma = a->n - 2, mb = b->n - 2;
	bool middle_diff = false;
	if (ma && mb) {
		if (ma != mb)
			return -1;
		for (unsigned i = 1; i <= ma; i++) {
			int c = given_compat(a->tok[i], b->tok[i]);
			if (c != 1 && c != 2)
				return -1;
			middle_diff |= c != 1;
		}
	} else {
		middle_diff = ma != mb;
	}
	if (g == 4)
		return R_PERSON_SPELL;
	if (g == 3)
		return R_PERSON_NICK;
	if (g == 2)
		return R_PERSON_INITIAL;
	return middle_diff ? R_PERSON_MIDDLE : R_PERSON_SAME;
}

static bool is_suffix_word(const char *t)
{
	static const char *const w[] = {"jr", "sr", "ii", "iii", "iv"};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (!strcmp(t, w[i]))
			return true;
	return false;
}

/* A one-word name made of two short capitalised parts, "LiLo", "A-Rod",
 * "J.Lo": [A-Z][a-z]{0,3}, then "-", "." or nothing, then [A-Z][a-z]{1,4},
 * then nothing or a possessive.  The length of the first part (0 when s is
 * no such name); *second receives where the second part starts in the
 * word parse_name makes of it (full stops dropped, hyphens kept). */
static unsigned blend_cut(const char *s, size_t len, unsigned *second)
{
	size_t i = 0, k = 0;
	unsigned first;
	if (!len || s[0] < 'A' || s[0] > 'Z')
		return 0;
	for (i = 1; i < len && i < 4 && s[i] >= 'a' && s[i] <= 'z'; i++)
		;
	first = (unsigned)i;
	*second = first;
	if (i < len && (s[i] == '-' || s[i] == '.'))
		*second += s[i++] == '-';
	if (i >= len || s[i] < 'A' || s[i] > 'Z')
		return 0;
	for (i++; i < len && s[i] >= 'a' && s[i] <= 'z'; i++)
		k++;
	if (k < 1 || k > 4)
		return 0;
	if (i == len || (len - i == 2 && !memcmp(s + i, "'s", 2)) ||
	    (len - i == 1 && s[i] == '\'') || (len - i == 4 && !memcmp(s + i, "\xE2\x80\x99s", 4)))
		return first;
	return 0;
}

/* Parses the label s[0..len) of entity ent of kind into *out: tokens split at
 * spaces, full stops dropped, ASCII lower-cased, a trailing comma and
 * possessive ("'s", "'", U+2019) dropped; a person's trailing "Jr." and the
 * like and an organisation's leading "the" dropped.  0 (out->buf owned by
 * out), 1 (not a usable name: nothing set) or NKG_ENOMEM. */
static int parse_name(const char *s, size_t len, int kind, uint32_t ent, struct lname *out)
{
	struct lname nm = {.ent = ent, .kind = kind};
	size_t w = 0, i = 0;
	unsigned caps = 0, letters = 0;
	char lead[NAME_TOKENS]; /* the first byte of each word as written */

	if (!(nm.buf = nkg_malloc(len + 1)))
		return NKG_ENOMEM;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
			i++;
		if (i >= len)
			break;
		size_t start = w;
		char c0 = s[i];
		for (; i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\n'; i++) {
			char c = s[i];
			if (c == '.')
				continue;
			if (c >= 'A' && c <= 'Z') {
				caps++;
				c = (char)(c - 'A' + 'a');
			}
			letters += (c >= 'a' && c <= 'z');
			nm.buf[w++] = c;
		}
		if (w > start && nm.buf[w - 1] == ',')
			w--;
		if (w - start >= 2 && nm.buf[w - 1] == 's' && nm.buf[w - 2] == '\'')
			w -= 2;
		else if (w - start >= 4 && !memcmp(nm.buf + w - 4, "\xE2\x80\x99s", 4))
			w -= 4;
		else if (w > start && nm.buf[w - 1] == '\'')
			w--;
		else if (w - start >= 3 && !memcmp(nm.buf + w - 3, "\xE2\x80\x99", 3))
			w -= 3;
		if (w == start)
			continue;
		if (nm.n == NAME_TOKENS)
			goto skip;
		nm.buf[w++] = '\0';
		lead[nm.n] = c0;
		nm.tok[nm.n++] = nm.buf + start;
	}
	if (kind == K_PERSON) {
		while (nm.n > 1 && is_suffix_word(nm.tok[nm.n - 1]))
			nm.suffix = nm.tok[--nm.n];
		if (!nm.n || !nm.tok[nm.n - 1][1])
			goto skip; /* nothing, or a surname that is an initial */
	} else {
		if (nm.n > 1 && !strcmp(nm.tok[0], "the")) {
			memmove(nm.tok, nm.tok + 1, (nm.n - 1) * sizeof(nm.tok[0]));
			memmove(lead, lead + 1, nm.n - 1);
			nm.n--;
		}
		if (!nm.n)
			goto skip;
		nm.caps = caps >= 2 && caps == letters;
		nm.capital = lead[0] >= 'A' && lead[0] <= 'Z';
		nm.last_capital = lead[nm.n - 1] >= 'A' && lead[nm.n - 1] <= 'Z';
		nm.all_capital = true;
		for (unsigned k = 0; k < nm.n; k++)
			nm.all_capital = nm.all_capital && lead[k] >= 'A' && lead[k] <= 'Z';
	}
	if (!letters)
		goto skip;
	if (nm.n == 1 && kind != K_PLACE) {
		unsigned second = 0, first = blend_cut(s, len, &second);
		nm.blend1 = (uint8_t)first;
		nm.blend2 = (uint8_t)second;
	}
	*out = nm;
	return 0;
skip:
	nkg_free(nm.buf);
	return 1;
}

/* The words of a name joined by spaces into out (cap bytes); false when
 * they do not fit. */
static bool joined(const struct lname *a, unsigned from, unsigned to, char *out, size_t cap)
{
	size_t w = 0;
	for (unsigned i = from; i < to; i++) {
		size_t l = strlen(a->tok[i]);
		if (w + l + 2 > cap)
			return false;
		if (w)
			out[w++] = ' ';
		memcpy(out + w, a->tok[i], l);
		w += l;
	}
	out[w] = '\0';
	return true;
}

/* True when the words a->tok[from..to) name a place of the gazetteer. */
static bool place_name(const struct lname *a, unsigned from, unsigned to)
{
	char buf[256];
	if (!joined(a, from, to, buf, sizeof(buf)))
		return false;
	return nkg_lex_place_find((struct nkg_str){buf, strlen(buf)}) != NULL;
}

/* True when all of a's words name a city or a country's subdivision of the
 * gazetteer (not a country: "Japan Airlines" is no club of Japan). */
static bool city_name(const struct lname *a)
{
	char buf[256];
	if (!joined(a, 0, a->n, buf, sizeof(buf)))
		return false;
	const struct nkg_lex_place *p = nkg_lex_place_find((struct nkg_str){buf, strlen(buf)});
	return p && p->type != NKG_LEX_COUNTRY;
}

/* True when the words a->tok[from..to) are a known organisation in its own
 * right (extract/orgs.h, not a weak match). */
static bool known_org(const struct lname *a, unsigned from, unsigned to)
{
	char buf[256];
	unsigned how = 0;
	if (!joined(a, from, to, buf, sizeof(buf)))
		return false;
	return nkg_org_find((struct nkg_str){buf, strlen(buf)}, &how) && !(how & NKG_ORG_WEAK);
}

/* True when b's last word is a club's: one word of at least 4 letters,
 * written with a capital, b not in capitals only, ending in "s" (a plural:
 * "Saints", "Knicks"), not a known organisation in its own right. */
static bool team_word(const struct lname *b)
{
	const char *w = b->tok[b->n - 1];
	size_t len = strlen(w);
	return b->last_capital && !b->caps && len >= 4 && w[len - 1] == 's' &&
	       !known_org(b, b->n - 1, b->n);
}

/* True when a's words are the last words of b's, and b has more. */
static bool suffix_of(const struct lname *a, const struct lname *b)
{
	if (a->n >= b->n)
		return false;
	for (unsigned i = 0; i < a->n; i++)
		if (strcmp(a->tok[i], b->tok[b->n - a->n + i]))
			return false;
	return true;
}

/* True when organisation name a can be a club's nickname: one word, or two
 * ("Tar Heels", "Purple Aces"), each written with a capital, not in
 * capitals only, the last of at least 4 letters ending in "s" (a plural:
 * "Saints", "Knicks"), not a known organisation in its own right. */
static bool nickname_words(const struct lname *a)
{
	size_t len = strlen(a->tok[a->n - 1]);
	return (a->n == 1 || a->n == 2) && a->all_capital && !a->caps && len >= 4 &&
	       a->tok[a->n - 1][len - 1] == 's' && !known_org(a, 0, a->n);
}

/* True when organisation name a, a suffix of b (suffix_of), is the team
 * name of b: a passes nickname_words, and b's other words name a place of
 * the gazetteer ("New Orleans Saints", "North Carolina Tar Heels").
 * Looser forms were measured and left out (graph/merge.h); see also
 * school_team_of. */
static bool team_name_of(const struct lname *a, const struct lname *b)
{
	return nickname_words(a) && place_name(b, 0, b->n - a->n);
}

/* True when a's words are b's first, and b has one or two more. */
static bool prefix_of(const struct lname *a, const struct lname *b)
{
	if (b->n != a->n + 1 && b->n != a->n + 2)
		return false;
	for (unsigned i = 0; i < a->n; i++)
		if (strcmp(a->tok[i], b->tok[i]))
			return false;
	return true;
}

static int lname_cmp(const void *pa, const void *pb)
{
	const struct lname *a = pa, *b = pb;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	int c = strcmp(a->tok[a->n - 1], b->tok[b->n - 1]);
	if (c)
		return c;
	return a->ent < b->ent ? -1 : a->ent > b->ent;
}

static int str_cmp(const void *pa, const void *pb)
{
	return nkg_str_cmp(*(const struct nkg_str *)pa, *(const struct nkg_str *)pb);
}

static int doc_cmp(const void *pa, const void *pb)
{
	return nkg_str_cmp(((const struct ldoc *)pa)->doc, ((const struct ldoc *)pb)->doc);
}

/* True when entities a and b have a mention in one document. */
static bool share_doc(const struct lent *a, const struct lent *b)
{
	size_t i = 0, j = 0;
	while (i < a->n_docs && j < b->n_docs) {
		int c = doc_cmp(&a->docs[i], &b->docs[j]);
		if (!c)
			return true;
		if (c < 0)
			i++;
		else
			j++;
	}
	return false;
}

struct dent {
	struct nkg_str doc;
	uint32_t ent;
};

/* What the extractor's rule of a mention says of its entity (struct linker
 * marks, read in collect):
 *  - MARK_NICK, rule "entities.team-nickname": a club's nickname found
 *    alone (struct lent nickname; school_team_of, shared_person);
 *  - MARK_FAMILY, rule "entities.family": surname-family-not-person, a
 *    person's name right before a word of kin ("The Lerner family, which has
 *    owned the team", "the Haslam brothers") names a family, and the one IRI
 *    of a bare surname so written names it in every article; linking it to
 *    the one member named in full would make the family that person
 *    (review17 X5; struct lent family, surname_group).  The extractor reads
 *    the words after the mention (extract/entities.c family_mention): the
 *    text is its business, the graph's the model. */
#define MARK_NICK   1u
#define MARK_FAMILY 2u

struct linker {
	struct lent *ents;
	size_t n_ents, cap_ents;
	uint32_t *ent_of; /* term id -> entity index + 1 */
	struct lname *names;
	size_t n_names, cap_names;
	int8_t *mat;    /* a group's compatibility: rule or -1 */
	uint32_t *gent; /* a group's distinct entities */
	uint8_t *marks; /* [term id]: MARK_* of a mention's rule, or NULL */
	size_t n_docs;  /* the documents of all entities */
	/* person-surname-context: the (document, entity) pairs of the context
	 * entities (context_entity), sorted by document, and a mark per entity */
	struct dent *dents;
	size_t n_dents;
	uint32_t *stamp;
	uint32_t stamp_no;
};

static int grow(void **arr, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 64;
	void *p = nkg_realloc(*arr, c * size);
	if (!p)
		return NKG_ENOMEM;
	*arr = p;
	*cap = c;
	return 0;
}

/* Links entities ea and eb by rule; minor is 1 when ea's name is the short
 * form of eb's ("LiLo", "Lindsay Lohan"; "Mo", "Maurice"; "Saints", "New
 * Orleans Saints"), 2 when eb's is ea's, 0 when neither. */
static int add_link_in(struct nkg_merge *m, const struct linker *lk, uint32_t ea, uint32_t eb,
                       int rule, int minor, bool same_doc)
{
	const struct lent *a = &lk->ents[ea], *b = &lk->ents[eb];
	/* The article kept them apart, except by a short given name, which
	 * the extractor does not know, and a club named by its city: an
	 * article that names both calls the club by its city ("the Colts
	 * beat Kansas City"; "Indianapolis" as an organisation is the club),
	 * and where the caller says the extractor does not join them (same_doc:
	 * a nickname of two words, "Tar Heels"). */
	if (rule != R_PERSON_NICK && rule != R_ORG_PLACE_NAME && rule != R_PERSON_BLEND &&
	    !same_doc && share_doc(a, b))
		return 0;
	if (grow((void **)&m->links, &m->cap_links, m->n_links, sizeof(*m->links)))
		return NKG_ENOMEM;
	uint32_t x = a->term, y = b->term;
	const struct term *tx = &m->terms[x], *ty = &m->terms[y];
	size_t l = tx->nt_len < ty->nt_len ? tx->nt_len : ty->nt_len;
	int c = memcmp(tx->nt, ty->nt, l);
	if (c > 0 || (!c && tx->nt_len > ty->nt_len)) {
		x = b->term;
		y = a->term;
	}
	uint32_t mt = minor == 1 ? a->term : minor == 2 ? b->term : 0;
	m->links[m->n_links++] = (struct mlink){x, y, rule, mt};
	return 0;
}

static int add_link(struct nkg_merge *m, const struct linker *lk, uint32_t ea, uint32_t eb,
                    int rule, int minor)
{
	return add_link_in(m, lk, ea, eb, rule, minor, false);
}

/* The distinct entities of names[i..j) (sorted by entity) into lk->gent;
 * their count. */
static size_t group_entities(struct linker *lk, size_t i, size_t j)
{
	size_t k = 0;
	for (size_t q = i; q < j; q++)
		if (!k || lk->gent[k - 1] != lk->names[q].ent)
			lk->gent[k++] = lk->names[q].ent;
	return k;
}

static size_t gent_index(const struct linker *lk, size_t k, uint32_t ent)
{
	size_t lo = 0, hi = k;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (lk->gent[mid] < ent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A bare surname or an initial is compatible with a full name (for the
 * guard) but not enough to link them: on 842 articles of unrelated news,
 * half of such links were wrong ("Wang", "David Wang"; "J. Cole", "James
 * Cole"). */
static bool linking_rule(int rule)
{
	return rule != R_PERSON_SURNAME && rule != R_PERSON_INITIAL;
}

/* Of two people linked by person-nickname among names[i..j): 1 when ex's
 * given name is a short form of ey's ("Mo", "Maurice"), 2 when ey's is ex's,
 * 0 when neither (two short forms of one name, "Sasha", "Alex"). */
static int nick_minor(const struct linker *lk, size_t i, size_t j, uint32_t ex, uint32_t ey)
{
	for (size_t a = i; a < j; a++) {
		const struct lname *na = &lk->names[a];
		if (na->ent != ex || na->n < 2)
			continue;
		for (size_t b = i; b < j; b++) {
			const struct lname *nb = &lk->names[b];
			if (nb->ent != ey || nb->n < 2)
				continue;
			if (is_nick_of(na->tok[0], nb->tok[0]))
				return 1;
			if (is_nick_of(nb->tok[0], na->tok[0]))
				return 2;
		}
	}
	return 0;
}

/* People sharing a surname: names[i..j).  pass 0 marks who is unclean (an
 * entity compatible with two that are not compatible with each other, as
 * "George Bush" with "George W. Bush" and "George H. W. Bush", or "Bush"
 * with "Reggie Bush" and "George Bush"); pass 1 links the compatible pairs
 * of clean entities. */
static int person_group(struct nkg_merge *m, struct linker *lk, size_t i, size_t j, int pass)
{
	size_t k = group_entities(lk, i, j);
	if (k < 2 || k > LINK_GROUP_MAX)
		return 0;
	memset(lk->mat, -1, k * k);
	for (size_t a = i; a < j; a++) {
		size_t x = gent_index(lk, k, lk->names[a].ent);
		for (size_t b = a + 1; b < j; b++) {
			size_t y = gent_index(lk, k, lk->names[b].ent);
			int r;
			if (x == y || (r = person_compat(&lk->names[a], &lk->names[b])) < 0)
				continue;
			/* of several labels' rules, the first in enum order */
			if (lk->mat[x * k + y] < 0 || r < lk->mat[x * k + y])
				lk->mat[x * k + y] = lk->mat[y * k + x] = (int8_t)r;
		}
	}
	for (size_t x = 0; x < k; x++) {
		struct lent *e = &lk->ents[lk->gent[x]];
		for (size_t y = 0; y < k; y++) {
			if (y == x || lk->mat[x * k + y] < 0)
				continue;
			if (pass == 0) {
				for (size_t z = y + 1; z < k; z++)
					if (z != x && lk->mat[x * k + z] >= 0 &&
					    lk->mat[y * k + z] < 0)
						e->clean = false;
			} else if (y > x && e->clean && lk->ents[lk->gent[y]].clean &&
			           linking_rule(lk->mat[x * k + y]) &&
			           add_link(m, lk, lk->gent[x], lk->gent[y], lk->mat[x * k + y],
			                    lk->mat[x * k + y] == R_PERSON_NICK
			                            ? nick_minor(lk, i, j, lk->gent[x], lk->gent[y])
			                            : 0)) {
				return NKG_ENOMEM;
			}
		}
	}
	return 0;
}

/* person-surname-context: a bare surname (an entity none of whose labels
 * has two words) is linked to a full name with it when the news around them
 * is one story.  The context of a document is the people and organisations
 * it names that are named in at most LINK_SHARED_DOCS documents (or
 * LINK_SHARED_PERMILLE of all, if more): a story's own actors, not "the
 * United Nations" of every article.  See surname_context. */
#define LINK_SURNAME_CONTEXT 2

/* True when entity e can be context: a person or an organisation named in
 * two documents or more, and in at most the cap of shared_person. */
static bool context_entity(const struct linker *lk, const struct lent *e)
{
	size_t cap = lk->n_docs * LINK_SHARED_PERMILLE / 1000;
	if (cap < LINK_SHARED_DOCS)
		cap = LINK_SHARED_DOCS;
	/* news-agency-not-context: the agency or paper of a dateline ("AP",
	 * "Reuters") is in every story it sends, and generic-body-not-context:
	 * an organisation named by one common word ("Senate", "Parliament",
	 * "police") is a different body in each state or country; sharing
	 * either says nothing about one story (review17 X3: "Dwight Okafor"
	 * of Congress and the "Okafor" of a college-football report, both AP,
	 * both with a "Senate"). */
	if (e->news || e->generic)
		return false;
	return (e->kind == K_PERSON || e->kind == K_ORG) && e->n_docs >= 2 && e->n_docs <= cap;
}

static int dent_cmp(const void *pa, const void *pb)
{
	const struct dent *a = pa, *b = pb;
	int c = nkg_str_cmp(a->doc, b->doc);
	if (c)
		return c;
	return a->ent < b->ent ? -1 : a->ent > b->ent;
}

/* Makes lk->dents and lk->stamp.  0 or NKG_ENOMEM. */
static int context_index(struct linker *lk)
{
	size_t n = 0;
	for (size_t k = 0; k < lk->n_ents; k++)
		if (context_entity(lk, &lk->ents[k]))
			n += lk->ents[k].n_docs;
	if (!(lk->dents = nkg_malloc((n ? n : 1) * sizeof(*lk->dents))) ||
	    !(lk->stamp = nkg_calloc(lk->n_ents ? lk->n_ents : 1, sizeof(*lk->stamp))))
		return NKG_ENOMEM;
	for (size_t k = 0; k < lk->n_ents; k++)
		if (context_entity(lk, &lk->ents[k]))
			for (size_t i = 0; i < lk->ents[k].n_docs; i++)
				lk->dents[lk->n_dents++] =
				        (struct dent){lk->ents[k].docs[i].doc, (uint32_t)k};
	if (lk->n_dents)
		qsort(lk->dents, lk->n_dents, sizeof(*lk->dents), dent_cmp);
	return 0;
}

/* The first of lk->dents of document d. */
static size_t dent_find(const struct linker *lk, struct nkg_str d)
{
	size_t lo = 0, hi = lk->n_dents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (nkg_str_cmp(lk->dents[mid].doc, d) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first of n marks (n <= 4) no entity has yet, for lk->stamp. */
static uint32_t new_marks(struct linker *lk, uint32_t n)
{
	if (lk->stamp_no > UINT32_MAX - 4) {
		memset(lk->stamp, 0, lk->n_ents * sizeof(*lk->stamp));
		lk->stamp_no = 0;
	}
	uint32_t first = lk->stamp_no + 1;
	lk->stamp_no += n;
	return first;
}

/* Marks the context entities of document d other than x and y with mark. */
static void context_mark(struct linker *lk, struct nkg_str d, uint32_t x, uint32_t y, uint32_t mark)
{
	for (size_t i = dent_find(lk, d); i < lk->n_dents && !nkg_str_cmp(lk->dents[i].doc, d); i++)
		if (lk->dents[i].ent != x && lk->dents[i].ent != y)
			lk->stamp[lk->dents[i].ent] = mark;
}

/* True when the news of bare surname s and full name f is one story: each
 * document of s names a context entity that a document of f names too, and
 * they share LINK_SURNAME_CONTEXT of them in all.  The name is one, so an
 * entity s whose documents tell two stories ("Bush" of the Saints' running
 * back and "Bush" of the president's rules) must fit all of them. */
static bool surname_context(struct linker *lk, uint32_t s, uint32_t f)
{
	const struct lent *es = &lk->ents[s], *ef = &lk->ents[f];
	size_t total = 0;
	/* all of f's context: marked base + 1 */
	uint32_t base = new_marks(lk, 3);
	for (size_t i = 0; i < ef->n_docs; i++)
		context_mark(lk, ef->docs[i].doc, s, f, base + 1);
	for (size_t i = 0; i < es->n_docs; i++) {
		bool any = false;
		for (size_t k = dent_find(lk, es->docs[i].doc);
		     k < lk->n_dents && !nkg_str_cmp(lk->dents[k].doc, es->docs[i].doc); k++) {
			uint32_t c = lk->dents[k].ent;
			if (c == s || c == f || lk->stamp[c] < base + 1)
				continue;
			any = true;
			if (lk->stamp[c] == base + 1) {
				lk->stamp[c] = base + 2;
				total++;
			}
		}
		if (!any)
			return false;
	}
	return total >= LINK_SURNAME_CONTEXT;
}

/* A bare surname among the people names[i..j) (one surname; person_group's
 * lk->mat, lk->gent and clean marks still hold): linked to the one full
 * name compatible with it (person-surname) whose news is the surname's
 * (surname_context), or to the first of several that pairwise link by a
 * rule of their own ("Barack Obama", "Barack H. Obama").  Only a clean
 * surname (person_group: one with two full names that are two people,
 * "Sharif" with "Nawaz Sharif" and "Raheel Sharif", is a family name),
 * of three letters or more ("Xi" of "Li Xi" is Xi Jinping: a surname
 * written first), and not a word the lexicon knows as a given name
 * ("Jackson" alone may be a first name). */
static int surname_group(struct nkg_merge *m, struct linker *lk, size_t i, size_t j)
{
	size_t k = group_entities(lk, i, j);
	const char *w = lk->names[i].tok[lk->names[i].n - 1];
	if (k < 2 || k > LINK_GROUP_MAX || strlen(w) < 3 ||
	    (nkg_lex_word((struct nkg_str){w, strlen(w)}) & NKG_LEX_GIVEN_NAME))
		return 0;
	for (size_t x = 0; x < k; x++) {
		uint32_t s = lk->gent[x];
		const struct lent *es = &lk->ents[s];
		if (es->full || !es->clean || es->family)
			continue;
		size_t first = SIZE_MAX;
		bool ok = true;
		for (size_t y = 0; y < k && ok; y++) {
			uint32_t f = lk->gent[y];
			if (y == x || lk->mat[x * k + y] != R_PERSON_SURNAME || !lk->ents[f].full ||
			    share_doc(es, &lk->ents[f]) || !surname_context(lk, s, f))
				continue;
			if (first == SIZE_MAX)
				first = y;
			else
				ok = lk->mat[first * k + y] >= 0 &&
				     linking_rule(lk->mat[first * k + y]);
		}
		if (ok && first != SIZE_MAX &&
		    add_link(m, lk, s, lk->gent[first], R_PERSON_SURNAME_CONTEXT, 1))
			return NKG_ENOMEM;
	}
	return 0;
}

/* The initials of organisation name a into out (cap >= 8): the first
 * letter of each word and of each part of a hyphenated word ("Hewlett-
 * Packard": "hp"), leaving out "of", "and", "the", "for", "&"; false when
 * there are fewer than 2 or more than 6. */
static bool initials(const struct lname *a, char *out, size_t cap)
{
	static const char *const skip[] = {"of", "and", "the", "for", "&"};
	size_t n = 0;
	for (unsigned i = 0; i < a->n; i++) {
		const char *t = a->tok[i];
		bool skipped = false;
		for (size_t k = 0; k < sizeof(skip) / sizeof(skip[0]); k++)
			skipped = skipped || !strcmp(t, skip[k]);
		if (skipped)
			continue;
		for (const char *p = t; *p; p++) {
			if ((p == t || p[-1] == '-') && *p >= 'a' && *p <= 'z') {
				if (n + 1 >= cap || n == 6)
					return false;
				out[n++] = *p;
			}
		}
	}
	out[n] = '\0';
	return n >= 2;
}

/* True when organisation name a can be an acronym: one word of 2 to 6
 * letters written in capitals only ("AP", "NYPD"). */
static bool acronym_word(const struct lname *a)
{
	size_t n = strlen(a->tok[0]);
	if (a->n != 1 || !a->caps || n < 2 || n > 6 ||
	    (nkg_lex_word((struct nkg_str){a->tok[0], n}) & NKG_LEX_COMMON))
		return false; /* "AM", "US": a word before an acronym */
	for (size_t i = 0; i < n; i++)
		if (a->tok[0][i] < 'a' || a->tok[0][i] > 'z')
			return false;
	return true;
}

struct lacr {
	char init[8];
	uint32_t name; /* index into lk->names */
};

static int lacr_cmp(const void *pa, const void *pb)
{
	const struct lacr *a = pa, *b = pb;
	int c = strcmp(a->init, b->init);
	if (c)
		return c;
	return a->name < b->name ? -1 : a->name > b->name;
}

/* org-acronym: an organisation named by an acronym alone (acronym_word) is
 * linked to the one other organisation of two words or more, written with
 * a capital and not in capitals only, whose initials (initials) it is,
 * when their news is one story (surname_context: every article of the
 * acronym names a person or organisation an article of the full name names
 * too, two in all, each named in 2 to 10 articles or 2 %).  By the letters
 * alone, half of such links were wrong on unrelated news ("DC", "Dallas
 * Cowboys"); the story is what ties "AP" to the "Associated Press" of its
 * articles. */
static int org_acronyms(struct nkg_merge *m, struct linker *lk)
{
	struct lacr *v = nkg_malloc((lk->n_names ? lk->n_names : 1) * sizeof(*v));
	size_t n = 0;
	if (!v)
		return NKG_ENOMEM;
	for (size_t i = 0; i < lk->n_names; i++) {
		const struct lname *nb = &lk->names[i];
		if (nb->kind == K_ORG && nb->capital && !nb->caps &&
		    initials(nb, v[n].init, sizeof(v[n].init)))
			v[n++].name = (uint32_t)i;
	}
	if (n)
		qsort(v, n, sizeof(*v), lacr_cmp);
	for (size_t i = 0; i < lk->n_names; i++) {
		const struct lname *na = &lk->names[i];
		if (na->kind != K_ORG || !acronym_word(na))
			continue;
		size_t lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (strcmp(v[mid].init, na->tok[0]) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		uint32_t found = UINT32_MAX;
		bool one = true;
		for (size_t k = lo; k < n && !strcmp(v[k].init, na->tok[0]); k++) {
			uint32_t e = lk->names[v[k].name].ent;
			if (e == na->ent)
				continue;
			one = one && (found == UINT32_MAX || found == e);
			found = e;
		}
		if (one && found != UINT32_MAX && surname_context(lk, na->ent, found) &&
		    add_link(m, lk, na->ent, found, R_ORG_ACRONYM, 1)) {
			nkg_free(v);
			return NKG_ENOMEM;
		}
	}
	nkg_free(v);
	return 0;
}

static bool same_words(const struct lname *a, const struct lname *b);
static size_t group_end(const struct linker *lk, size_t i);
static size_t group_find(const struct linker *lk, int kind, const char *w);
static bool docs_within(const struct lent *a, const struct lent *b);
static uint32_t org_named(const struct linker *lk, const struct lname *f, unsigned from,
                          unsigned to, bool sole_end);

/* True when organisation name a, a suffix of b (suffix_of), is the
 * nickname of b though b's other words name no place ("Bluejays",
 * "Creighton Bluejays", a university's team): a is one word that passes
 * nickname_words, the extractor found it alone as a club (a mention of
 * rule "entities.team-nickname"), b's other words are an organisation of
 * their own (org_named: "Creighton"), and every document that names a
 * names that organisation too.  Without the last two, a nickname that
 * many clubs share joined the one full name that has it: on the written
 * articles "Bulldogs" (Georgia's, South Carolina State's) the "Western
 * Bulldogs", "Riders" (Saskatchewan's) the "Kolkata Knight Riders". */
static bool school_team_of(const struct linker *lk, const struct lname *a, const struct lname *b)
{
	if (a->n != 1 || !lk->ents[a->ent].nickname || !nickname_words(a))
		return false;
	uint32_t p = org_named(lk, b, 0, b->n - a->n, false);
	return p != UINT32_MAX && docs_within(&lk->ents[a->ent], &lk->ents[p]);
}

/* True when a person named in at most LINK_SHARED_DOCS documents (or
 * LINK_SHARED_PERMILLE of all, if more) is named both in a document of
 * a and in one of b.  Asked of a nickname the extractor found alone
 * ("entities.team-nickname"; the others come with the club's full name,
 * in the article or in the tagger's reading) and of one of two words
 * ("Free Press" is no "Winnipeg Free Press"): a club's nickname and its
 * full name are written in
 * reports of its games and players ("Colts" and "Indianapolis Colts" with
 * Peyton Manning), while a nickname many clubs share names another club
 * in other news (on the written articles "Bulldogs" of Georgia and the
 * "Western Bulldogs", the rugby "Hurricanes" and the "Carolina
 * Hurricanes", "Free Press" the advocacy group and the "Winnipeg Free
 * Press": 6 of 20 links wrong without it). */
static bool shared_person(struct linker *lk, uint32_t a, uint32_t b)
{
	/* such a person is a context entity (context_entity: the same bounds;
	 * news and generic are organisations' marks): the people of a's
	 * documents marked through the index, then looked for in b's, so a
	 * pair costs the context of its documents, not every entity */
	const struct lent *ea = &lk->ents[a], *eb = &lk->ents[b];
	uint32_t mark = new_marks(lk, 1);
	for (size_t i = 0; i < ea->n_docs; i++)
		context_mark(lk, ea->docs[i].doc, a, b, mark);
	for (size_t i = 0; i < eb->n_docs; i++)
		for (size_t k = dent_find(lk, eb->docs[i].doc);
		     k < lk->n_dents && !nkg_str_cmp(lk->dents[k].doc, eb->docs[i].doc); k++) {
			uint32_t p = lk->dents[k].ent;
			if (lk->stamp[p] == mark && lk->ents[p].kind == K_PERSON)
				return true;
		}
	return false;
}

/* An organisation's name names[a]: when the name is the last words of
 * exactly one other organisation's name (names[gi..gj): the same last word),
 * linked to it if it is its team name. */
static int org_name(struct nkg_merge *m, struct linker *lk, size_t a, size_t gi, size_t gj)
{
	const struct lname *na = &lk->names[a];
	uint32_t found = UINT32_MAX, count = 0;
	size_t best = 0;

	for (size_t b = gi; b < gj; b++) {
		const struct lname *nb = &lk->names[b];
		if (nb->ent == na->ent || nb->ent == found || !suffix_of(na, nb))
			continue;
		found = nb->ent;
		count++;
		best = b;
	}
	if (count != 1 ||
	    !(team_name_of(na, &lk->names[best]) || school_team_of(lk, na, &lk->names[best])) ||
	    ((lk->ents[na->ent].nickname || na->n > 1) && !shared_person(lk, na->ent, found)))
		return 0;
	/* the extractor joins a club's last word alone to its full name in an
	 * article ("Saints", "New Orleans Saints"), not two ("Tar Heels") */
	return add_link_in(m, lk, na->ent, found, R_ORG_TEAM, 1, na->n > 1);
}

/* The one organisation other than f's named by the words f->tok[from..to)
 * alone, or UINT32_MAX; also UINT32_MAX, when sole_end, if those words end
 * the name of an organisation other than f's (suffix_of). */
static uint32_t org_named(const struct linker *lk, const struct lname *f, unsigned from,
                          unsigned to, bool sole_end)
{
	uint32_t found = UINT32_MAX;
	if (to <= from)
		return found;
	struct lname w = *f;
	w.n = to - from;
	for (unsigned k = 0; k < w.n; k++)
		w.tok[k] = f->tok[from + k];
	size_t gi = group_find(lk, K_ORG, w.tok[w.n - 1]);
	size_t gj = gi < lk->n_names ? group_end(lk, gi) : gi;
	for (size_t b = gi; b < gj; b++) {
		const struct lname *nb = &lk->names[b];
		if (nb->ent == f->ent)
			continue;
		if (same_words(nb, &w)) {
			if (found != UINT32_MAX && found != nb->ent)
				return UINT32_MAX;
			found = nb->ent;
		} else if (sole_end && suffix_of(&w, nb)) {
			return UINT32_MAX;
		}
	}
	return found;
}

/* The one organisation other than f named by the words f->tok[from..n) alone
 * and ending no other organisation's name than f's ("Tar Heels" of "North
 * Carolina Tar Heels": the club's nickname, which org_name links to f, not
 * the nickname of another club too), or UINT32_MAX. */
static uint32_t nickname_entity(const struct linker *lk, const struct lname *f, unsigned from)
{
	return org_named(lk, f, from, f->n, true);
}

/* The number of documents of a and b together. */
static size_t docs_union(const struct lent *a, const struct lent *b)
{
	size_t i = 0, j = 0, n = 0;
	while (i < a->n_docs || j < b->n_docs) {
		int c = i == a->n_docs   ? 1
		        : j == b->n_docs ? -1
		                         : doc_cmp(&a->docs[i], &b->docs[j]);
		i += c <= 0;
		j += c >= 0;
		n++;
	}
	return n;
}

/* An organisation's name names[a]: linked to the one organisation F named
 * by its words and a club's nickname after them (one word that passes
 * team_word, "Indianapolis Colts", or two all written with a capital that
 * name an organisation alone too, "North Carolina Tar Heels" and "Tar
 * Heels": not "Texas Health Resources"), when
 *  - a is all a city's or subdivision's name ("Indianapolis", "North
 *    Carolina"), or the nickname is one word, an organisation alone that
 *    the extractor found alone as a club, in documents that all name a
 *    too ("Creighton", "Creighton Bluejays", "Bluejays" of rule
 *    "entities.team-nickname": a university by its name; school_team_of);
 *    and
 *  - F, with the nickname's own organisation (nickname_entity) when there
 *    is one, is named in at least LINK_CLUB_DOCS documents. */
static int org_city(struct nkg_merge *m, struct linker *lk, size_t a)
{
	const struct lname *na = &lk->names[a];
	uint32_t found = UINT32_MAX, count = 0;
	size_t best = 0;

	if (na->kind != K_ORG)
		return 0;
	bool city = city_name(na);
	for (size_t b = 0; b < lk->n_names; b++) {
		const struct lname *nb = &lk->names[b];
		if (nb->kind != K_ORG || nb->ent == na->ent || nb->ent == found ||
		    !prefix_of(na, nb) || !team_word(nb) ||
		    (nb->n == na->n + 2 &&
		     (!nb->all_capital || nickname_entity(lk, nb, na->n) == UINT32_MAX)))
			continue;
		found = nb->ent;
		count++;
		best = b;
	}
	if (count != 1)
		return 0;
	const struct lname *nf = &lk->names[best];
	uint32_t nick = nickname_entity(lk, nf, na->n);
	if (!city && (nf->n != na->n + 1 || nick == UINT32_MAX || !lk->ents[nick].nickname ||
	              !docs_within(&lk->ents[nick], &lk->ents[na->ent])))
		return 0;
	size_t docs = nick == UINT32_MAX ? lk->ents[found].n_docs
	                                 : docs_union(&lk->ents[found], &lk->ents[nick]);
	if (docs < LINK_CLUB_DOCS)
		return 0;
	return add_link(m, lk, na->ent, found, R_ORG_PLACE_NAME, 1);
}

/* True when a's last word names a building or grounds that is both a place
 * and an organisation ("Betty Ford Center", "Staples Center"). */
static bool venue_word(const struct lname *a)
{
	static const char *const w[] = {
	        "arena", "cathedral", "center", "centre",  "church",  "clinic",  "hospital",
	        "hotel", "mosque",    "museum", "stadium", "theater", "theatre",
	};
	const char *t = a->tok[a->n - 1];
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (!strcmp(t, w[i]))
			return true;
	return false;
}

/* True when a and b have the same words. */
static bool same_words(const struct lname *a, const struct lname *b)
{
	if (a->n != b->n)
		return false;
	for (unsigned i = 0; i < a->n; i++)
		if (strcmp(a->tok[i], b->tok[i]))
			return false;
	return true;
}

/* An organisation's name names[a] of two words or more that ends in a
 * venue word (venue_word) and is no place of the gazetteer: linked to every
 * place of the same name (names[pi..pj): the places of its last word). */
static int venue(struct nkg_merge *m, struct linker *lk, size_t a, size_t pi, size_t pj)
{
	const struct lname *na = &lk->names[a];

	if (na->n < 2 || !venue_word(na) || place_name(na, 0, na->n))
		return 0;
	for (size_t b = pi; b < pj; b++)
		if (same_words(na, &lk->names[b]) &&
		    add_link(m, lk, na->ent, lk->names[b].ent, R_VENUE, 0))
			return NKG_ENOMEM;
	return 0;
}

/* True when every document of a is one of b's. */
static bool docs_within(const struct lent *a, const struct lent *b)
{
	size_t j = 0;
	for (size_t i = 0; i < a->n_docs; i++) {
		while (j < b->n_docs && doc_cmp(&b->docs[j], &a->docs[i]) < 0)
			j++;
		if (j == b->n_docs || doc_cmp(&b->docs[j], &a->docs[i]))
			return false;
	}
	return a->n_docs > 0;
}

/* True when person p is named in every document of blend b, and there
 * before it: a nickname is introduced after the name ("Lindsay Lohan ...
 * LiLo"), while "DiCo, the firm founded by Dina Costa" and "LeBron scored
 * ... Coach Leo Bronson" name another entity first. */
static bool named_before(const struct lent *p, const struct lent *b)
{
	size_t j = 0;
	if (!docs_within(b, p))
		return false;
	for (size_t i = 0; i < b->n_docs; i++) {
		while (doc_cmp(&p->docs[j], &b->docs[i]) < 0)
			j++;
		if (b->docs[i].first == ULONG_MAX || p->docs[j].first >= b->docs[i].first)
			return false;
	}
	return true;
}

/* True when w is a surname particle, never a given name ("Di Conti"). */
static bool particle(const char *w)
{
	static const char *const p[] = {"al", "da", "de",  "del", "di", "dos", "du", "el",
	                                "la", "le", "mac", "mc",  "o",  "van", "von"};
	for (size_t i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		if (!strcmp(w, p[i]))
			return true;
	return false;
}

/* A blend names[a] ("LiLo", blend_cut), a person or an organisation (the
 * extractor cannot tell which an unknown word is; not one typed with a
 * subclass of schema:Organization, which says more than a guess): linked to
 * the one person of two words or more whose given name (no surname
 * particle) starts with the blend's first part and whose surname starts
 * with its second part and is longer, and who is named in every article
 * that names the blend, before it (named_before: "Lindsay Lohan"). */
static int blend(struct nkg_merge *m, struct linker *lk, size_t a)
{
	const struct lname *na = &lk->names[a];
	uint32_t found = UINT32_MAX, count = 0;
	const char *w = na->tok[0];
	size_t l2 = strlen(w) - na->blend2;

	if (!na->blend1 || known_org(na, 0, 1) || lk->ents[na->ent].org_type)
		return 0;
	for (size_t b = 0; b < lk->n_names; b++) {
		const struct lname *nb = &lk->names[b];
		const char *last = nb->tok[nb->n - 1];
		if (nb->kind != K_PERSON || nb->n < 2 || nb->ent == na->ent || nb->ent == found ||
		    strncmp(nb->tok[0], w, na->blend1) || particle(nb->tok[0]) ||
		    strlen(last) <= l2 || strncmp(last, w + na->blend2, l2) ||
		    !named_before(&lk->ents[nb->ent], &lk->ents[na->ent]))
			continue;
		if (count++)
			return 0;
		found = nb->ent;
	}
	return count ? add_link(m, lk, na->ent, found, R_PERSON_BLEND, 1) : 0;
}

static int mlink_cmp(const void *pa, const void *pb)
{
	const struct mlink *a = pa, *b = pb;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	if (a->b != b->b)
		return a->b < b->b ? -1 : 1;
	return a->rule < b->rule ? -1 : a->rule > b->rule;
}

/* The first byte of a mention from its IRI's fragment, p[0..end) = "#char=b,e"
 * (NIF); ULONG_MAX when it says none. */
static unsigned long mention_start(const char *p, const char *end)
{
	static const char key[] = "#char=";
	unsigned long v = 0;
	if (end - p < (ptrdiff_t)sizeof(key) || memcmp(p, key, sizeof(key) - 1) ||
	    p[sizeof(key) - 1] < '0' || p[sizeof(key) - 1] > '9')
		return ULONG_MAX;
	for (const char *d = p + sizeof(key) - 1; d < end && *d >= '0' && *d <= '9'; d++) {
		if (v > (ULONG_MAX - 10) / 10)
			return ULONG_MAX;
		v = v * 10 + (unsigned long)(*d - '0');
	}
	return v;
}

/* True when node id is a schema.org subclass of Organization
 * ("schema:Corporation", "schema:GovernmentOrganization"). */
static bool org_subclass(const struct nkg_merge *m, uint32_t id)
{
	static const char *const w[] = {"Airline", "Consortium",     "Corporation",
	                                "NGO",     "PoliticalParty", "SportsTeam"};
	static const char org[] = "Organization";
	const size_t ns = sizeof(NKG_NS_SCHEMA) - 1, lo = sizeof(org) - 1;
	if (m->terms[id].rt->type != RAPTOR_TERM_TYPE_URI)
		return false;
	struct nkg_str v = node_value(m, id);
	if (v.len <= ns || memcmp(v.ptr, NKG_NS_SCHEMA, ns))
		return false;
	const char *l = v.ptr + ns;
	size_t n = v.len - ns;
	if (n > lo && !memcmp(l + n - lo, org, lo))
		return true;
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (strlen(w[i]) == n && !memcmp(l, w[i], n))
			return true;
	return false;
}

static int collect(struct nkg_merge *m, struct linker *lk)
{
	uint32_t t_type = lookup(m, "<" NKG_NS_RDF "type>");
	uint32_t t_person = lookup(m, "<" NKG_NS_SCHEMA "Person>");
	uint32_t t_org = lookup(m, "<" NKG_NS_SCHEMA "Organization>");
	uint32_t t_place = lookup(m, "<" NKG_NS_SCHEMA "Place>");
	uint32_t t_label = lookup(m, "<" NKG_NS_RDFS "label>");
	uint32_t t_ident = lookup(m, "<" NKG_NS_ITSRDF "taIdentRef>");
	uint32_t t_rule = lookup(m, "<" NKG_NS_NKG "rule>");
	uint32_t t_nick = lookup(m, "\"entities.team-nickname\"");
	uint32_t t_family = lookup(m, "\"entities.family\"");
	uint32_t t_news = lookup(m, "<" NKG_NS_SCHEMA "NewsMediaOrganization>");

	if (!t_type || !t_label || (!t_person && !t_org))
		return 0;
	if (t_rule && (t_nick || t_family)) {
		if (!(lk->marks = nkg_calloc((size_t)m->n_terms + 1, 1)))
			return NKG_ENOMEM;
		for (size_t k = 0; k < m->n_quads; k++) {
			const struct quad *q = &m->quads[k];
			if (q->t[1] == t_rule && t_nick && q->t[2] == t_nick)
				lk->marks[q->t[0]] |= MARK_NICK;
			else if (q->t[1] == t_rule && t_family && q->t[2] == t_family)
				lk->marks[q->t[0]] |= MARK_FAMILY;
		}
	}
	for (size_t k = 0; k < m->n_quads; k++) {
		const struct quad *q = &m->quads[k];
		uint32_t s = q->t[0];
		uint32_t o = q->t[2];
		if (q->t[1] != t_type || !o || (o != t_person && o != t_org && o != t_place) ||
		    m->terms[s].rt->type != RAPTOR_TERM_TYPE_URI)
			continue;
		int kind = o == t_person ? K_PERSON : o == t_org ? K_ORG : K_PLACE;
		if (lk->ent_of[s]) {
			struct lent *e = &lk->ents[lk->ent_of[s] - 1];
			if (e->kind != kind)
				e->kind = K_BOTH;
			continue;
		}
		if (grow((void **)&lk->ents, &lk->cap_ents, lk->n_ents, sizeof(*lk->ents)))
			return NKG_ENOMEM;
		lk->ents[lk->n_ents++] = (struct lent){.term = s, .kind = kind, .clean = true};
		lk->ent_of[s] = (uint32_t)lk->n_ents;
	}
	for (size_t k = 0; k < m->n_quads; k++) {
		const struct quad *q = &m->quads[k];
		const raptor_term *o = m->terms[q->t[2]].rt;
		if (q->t[1] == t_label && lk->ent_of[q->t[0]] &&
		    o->type == RAPTOR_TERM_TYPE_LITERAL) {
			uint32_t e = lk->ent_of[q->t[0]] - 1;
			if (lk->ents[e].kind == K_BOTH)
				continue;
			if (grow((void **)&lk->names, &lk->cap_names, lk->n_names,
			         sizeof(*lk->names)))
				return NKG_ENOMEM;
			int rc = parse_name((const char *)o->value.literal.string,
			                    o->value.literal.string_len, lk->ents[e].kind, e,
			                    &lk->names[lk->n_names]);
			if (rc < 0)
				return rc;
			if (rc == 0 && lk->names[lk->n_names].n >= 2 &&
			    lk->ents[e].kind == K_PERSON)
				lk->ents[e].full = true;
			if (rc == 0 && lk->names[lk->n_names].n == 1 && lk->ents[e].kind == K_ORG &&
			    !lk->names[lk->n_names].caps &&
			    (nkg_lex_word((struct nkg_str){lk->names[lk->n_names].tok[0],
			                                   strlen(lk->names[lk->n_names].tok[0])}) &
			     NKG_LEX_COMMON))
				lk->ents[e].generic = true;
			lk->n_names += rc == 0;
		} else if (t_ident && q->t[1] == t_ident && lk->ent_of[q->t[2]] &&
		           m->terms[q->t[0]].rt->type == RAPTOR_TERM_TYPE_URI) {
			struct lent *e = &lk->ents[lk->ent_of[q->t[2]] - 1];
			struct nkg_str v = node_value(m, q->t[0]);
			if (lk->marks && (lk->marks[q->t[0]] & MARK_NICK))
				e->nickname = true;
			if (lk->marks && (lk->marks[q->t[0]] & MARK_FAMILY))
				e->family = true;
			const char *hash = memchr(v.ptr, '#', v.len);
			if (!hash)
				continue;
			if (grow((void **)&e->docs, &e->cap_docs, e->n_docs, sizeof(*e->docs)))
				return NKG_ENOMEM;
			e->docs[e->n_docs++] = (struct ldoc){{v.ptr, (size_t)(hash - v.ptr)},
			                                     mention_start(hash, v.ptr + v.len)};
		} else if (q->t[1] == t_type && lk->ent_of[q->t[0]] && org_subclass(m, q->t[2])) {
			lk->ents[lk->ent_of[q->t[0]] - 1].org_type = true;
			if (t_news && q->t[2] == t_news)
				lk->ents[lk->ent_of[q->t[0]] - 1].news = true;
		}
	}
	for (size_t k = 0; k < lk->n_ents; k++) {
		struct lent *e = &lk->ents[k];
		size_t w = 0;
		if (e->n_docs)
			qsort(e->docs, e->n_docs, sizeof(*e->docs), doc_cmp);
		for (size_t i = 0; i < e->n_docs; i++) {
			if (!w || doc_cmp(&e->docs[w - 1], &e->docs[i]))
				e->docs[w++] = e->docs[i];
			else if (e->docs[i].first < e->docs[w - 1].first)
				e->docs[w - 1].first = e->docs[i].first;
		}
		e->n_docs = w;
	}
	/* the distinct documents of all entities */
	size_t n = 0;
	for (size_t k = 0; k < lk->n_ents; k++)
		n += lk->ents[k].n_docs;
	struct nkg_str *all = nkg_malloc((n ? n : 1) * sizeof(*all));
	if (!all)
		return NKG_ENOMEM;
	n = 0;
	for (size_t k = 0; k < lk->n_ents; k++)
		for (size_t i = 0; i < lk->ents[k].n_docs; i++)
			all[n++] = lk->ents[k].docs[i].doc;
	if (n)
		qsort(all, n, sizeof(*all), str_cmp);
	lk->n_docs = 0;
	for (size_t i = 0; i < n; i++)
		lk->n_docs += !i || nkg_str_cmp(all[i - 1], all[i]) != 0;
	nkg_free(all);
	return 0;
}

/* The end of the group that starts at names[i]: the names after it of the
 * same kind and the same last word (the names are sorted so by lname_cmp). */
static size_t group_end(const struct linker *lk, size_t i)
{
	const struct lname *g = &lk->names[i];
	size_t j = i;
	while (j < lk->n_names && lk->names[j].kind == g->kind &&
	       !strcmp(lk->names[j].tok[lk->names[j].n - 1], g->tok[g->n - 1]))
		j++;
	return j;
}

/* The first of the names of kind whose last word is w (the names are
 * sorted by lname_cmp), or lk->n_names. */
static size_t group_find(const struct linker *lk, int kind, const char *w)
{
	size_t lo = 0, hi = lk->n_names;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct lname *x = &lk->names[mid];
		int c = x->kind != kind ? (x->kind < kind ? -1 : 1) : strcmp(x->tok[x->n - 1], w);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < lk->n_names &&
	    (lk->names[lo].kind != kind || strcmp(lk->names[lo].tok[lk->names[lo].n - 1], w)))
		return lk->n_names;
	return lo;
}

int nkg_merge_link(struct nkg_merge *m, size_t *n_links)
{
	struct linker lk = {0};
	int rc = NKG_ENOMEM;

	if (m->smushed || m->linked)
		return NKG_EINVAL;
	/* the guards of team_name_of must not fail silently */
	if ((rc = nkg_lexicon_load()) != 0 || (rc = nkg_orgs_load()) != 0)
		return rc;
	rc = NKG_ENOMEM;
	if (!(lk.ent_of = nkg_calloc((size_t)m->n_terms + 1, sizeof(*lk.ent_of))) ||
	    !(lk.mat = nkg_malloc((size_t)LINK_GROUP_MAX * LINK_GROUP_MAX)) ||
	    !(lk.gent = nkg_malloc(LINK_GROUP_MAX * sizeof(*lk.gent))))
		goto out;
	if ((rc = collect(m, &lk)) != 0 || (rc = context_index(&lk)) != 0)
		goto out;
	rc = NKG_ENOMEM;
	if (lk.n_names)
		qsort(lk.names, lk.n_names, sizeof(*lk.names), lname_cmp);
	/* groups: one kind, one last word */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < lk.n_names;) {
			size_t j = group_end(&lk, i);
			if (lk.names[i].kind == K_PERSON && person_group(m, &lk, i, j, pass))
				goto out;
			if (pass == 1 && lk.names[i].kind == K_PERSON &&
			    surname_group(m, &lk, i, j))
				goto out;
			i = j;
		}
	}
	for (size_t a = 0; a < lk.n_names; a++)
		if (blend(m, &lk, a))
			goto out;
	if (org_acronyms(m, &lk))
		goto out;
	for (size_t i = 0; i < lk.n_names;) {
		size_t j = group_end(&lk, i);
		const struct lname *g = &lk.names[i];
		size_t pi =
		        g->kind == K_ORG ? group_find(&lk, K_PLACE, g->tok[g->n - 1]) : lk.n_names;
		size_t pj = pi < lk.n_names ? group_end(&lk, pi) : pi;
		for (size_t a = i; g->kind == K_ORG && a < j; a++)
			if (org_name(m, &lk, a, i, j) || org_city(m, &lk, a) ||
			    venue(m, &lk, a, pi, pj))
				goto out;
		i = j;
	}
	/* one link per pair, the first rule */
	size_t w = 0;
	if (m->n_links)
		qsort(m->links, m->n_links, sizeof(*m->links), mlink_cmp);
	for (size_t k = 0; k < m->n_links; k++)
		if (!w || m->links[w - 1].a != m->links[k].a || m->links[w - 1].b != m->links[k].b)
			m->links[w++] = m->links[k];
	m->n_links = w;
	if (w) {
		uint32_t same = lookup(m, OWL_SAME_AS);
		if (!same) {
			raptor_term *t = raptor_new_term_from_uri_string(
			        m->rw, (const unsigned char *)NKG_NS_OWL "sameAs");
			if ((rc = intern_owned(m, t, &same)) != 0)
				goto out;
			rc = NKG_ENOMEM;
		}
		if (m->n_quads + w > m->cap_quads) {
			struct quad *p = nkg_realloc(m->quads, (m->n_quads + w) * sizeof(*p));
			if (!p)
				goto out;
			m->quads = p;
			m->cap_quads = m->n_quads + w;
		}
		for (size_t k = 0; k < w; k++)
			m->quads[m->n_quads++] =
			        (struct quad){{m->links[k].a, same, m->links[k].b, 0}};
		m->prepared = false;
		/* the short forms, for the canonical node of nkg_merge_smush */
		if (!(m->minor = nkg_calloc((size_t)m->n_terms + 1, 1)))
			goto out;
		m->n_minor = m->n_terms + 1;
		for (size_t k = 0; k < w; k++)
			if (m->links[k].minor)
				m->minor[m->links[k].minor] = m->links[k].rule == R_PERSON_BLEND
				                                      ? MINOR_BLEND
				                                      : MINOR_SHORT;
	}
	m->linked = true;
	if (n_links)
		*n_links = w;
	rc = 0;
out:
	for (size_t k = 0; k < lk.n_ents; k++)
		nkg_free(lk.ents[k].docs);
	for (size_t k = 0; k < lk.n_names; k++)
		nkg_free(lk.names[k].buf);
	nkg_free(lk.ents);
	nkg_free(lk.names);
	nkg_free(lk.ent_of);
	nkg_free(lk.mat);
	nkg_free(lk.gent);
	nkg_free(lk.marks);
	nkg_free(lk.dents);
	nkg_free(lk.stamp);
	if (rc)
		m->n_links = 0;
	return rc;
}

static int link_print_cmp(const void *pa, const void *pb)
{
	const struct mlink *a = pa, *b = pb;
	int c = strcmp(rule_names[a->rule], rule_names[b->rule]);
	if (c)
		return c;
	const struct term *x = &sort_terms[a->a], *y = &sort_terms[b->a];
	if ((c = strcmp(x->nt, y->nt)) != 0)
		return c;
	x = &sort_terms[a->b];
	y = &sort_terms[b->b];
	return strcmp(x->nt, y->nt);
}

int nkg_merge_write_links(const struct nkg_merge *m, FILE *out)
{
	struct mlink *v = nkg_malloc((m->n_links ? m->n_links : 1) * sizeof(*v));
	if (!v)
		return NKG_ENOMEM;
	sort_terms = m->terms;
	if (m->n_links) {
		memcpy(v, m->links, m->n_links * sizeof(*v));
		qsort(v, m->n_links, sizeof(*v), link_print_cmp);
	}
	sort_terms = NULL;
	for (size_t k = 0; k < m->n_links; k++)
		fprintf(out, "link\t%s\t%s\t%s\n", rule_names[v[k].rule], m->terms[v[k].a].nt,
		        m->terms[v[k].b].nt);
	nkg_free(v);
	return fflush(out) || ferror(out) ? NKG_EIO : 0;
}
