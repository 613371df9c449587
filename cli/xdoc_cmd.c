/* xdoc_cmd.c - newskg eval-xdoc: cross-document coreference of entities,
 * measured on a graph newskg wrote (or merged) against gold instance ids.
 *
 *   newskg extract --jsonl -f ntriples -o ecb.nt eval/gold/ecbplus.jsonl
 *   newskg eval-xdoc --split dev eval/gold/ecbplus.jsonl ecb.nt
 *
 * The graphs are read and smushed as newskg merge does (graph/merge.h), so
 * owl:sameAs links count.  From them: the document IRI of each record
 * (DOC dcterms:identifier "id"), the entities (nodes typed schema:Person,
 * schema:Organization or schema:Place) and the mentions (DOC#char=b,e
 * itsrdf:taIdentRef ENTITY; code points, as in the gold).
 *
 * Every gold PER/ORG/LOC mention with an instance id is FOUND when a mention
 * of an entity has exactly its span; the system identity of a found mention
 * is that entity's IRI (the smallest, if a span names several).  Over the
 * found mentions:
 *   pairwise  every pair of mentions in DIFFERENT documents: precision,
 *             recall, F1 of "same IRI" against "same gold instance";
 *   baseline  the same with "same surface string" (the exact mention text);
 *   B-cubed   per mention, over the clusters of the whole split (documents
 *             pooled), system and baseline.
 * Two scopes: "all" pairs every two documents; "topic" only documents of
 * the same topic (ECB+ ids "ecbplus/<topic>_<n>...", where gold instances
 * are annotated within a topic).  Per gold type, over people and
 * organisations together ("P+O", see type_names) and over all three.
 *
 * --link first adds the cross-document links of nkg_merge_link (graph/merge.h:
 * people, organisations and venues whose names say they are one), as
 * `newskg merge --link` does; --explain then also lists them.
 *
 * --explain (analysis only; it changes no score) then lists, scope "all",
 * the gold instances whose found mentions have several system entities,
 * with the pairs across documents lost, and the system entities whose
 * mentions have several gold instances, with the wrong pairs; largest
 * first, then in sort order, with each part's mention strings and counts.
 *
 * --missed (analysis only) then lists the gold mentions NOT found, which
 * the scores leave out: per type their number and the pairs across
 * documents they are in (with found mentions of their instance, and with
 * each other), then one line each, largest first: the pairs it would make
 * with the found mentions of its instance in other documents, type,
 * instance, record id, code-point span, text, and the entity mention that
 * overlaps it (a span drawn otherwise: "Lohan" for "Lohan's") or "-"
 * (nothing found there: a name the extractor missed, a description, a
 * pronoun).
 *
 * --possessive (analysis only) changes which gold mentions are scored: it
 * counts as FOUND also a gold mention whose span is an entity mention's and
 * a possessive after it ("'s", "'", or with U+2019), when the gold writes
 * that instance without the possessive elsewhere too ("Lohan's" of an
 * instance with a "Lohan"; "McDonald's" alone is a name that ends so).
 * ECB+ spans keep the possessive ("Lindsay Lohan's"), newskg's mentions
 * leave it out, as NIF and the other gold sets do.  Such a mention is
 * scored by the string without the possessive for newskg and the baseline
 * alike, so both score the same mentions the same way.  Off by default:
 * the found mentions differ, so numbers with and without it are not
 * comparable (ECB+ dev, --link: 0.915 vs 0.728 without, 0.917 vs 0.726
 * with).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "../graph/merge.h"
#include "../ontology/terms.h"
#include "commands.h"
#include "eval.h"
#include "input.h"

static const char usage_text[] =
        "usage: newskg eval-xdoc [--split dev|test|all] [--tsv] [--link] [--explain] [--missed] "
        "[--possessive] GOLD.jsonl GRAPH...\n"
        "\n"
        "Scores cross-document coreference of names: the entity IRIs that GRAPH\n"
        "(newskg output of the GOLD records, any RDF syntax; several are merged\n"
        "and owl:sameAs smushed) gives the gold mentions, against their gold\n"
        "instance ids, pairwise over mentions in different documents and with\n"
        "B-cubed, beside the baseline 'same surface string'; rows per type (PER,\n"
        "ORG, LOC), people and organisations together (P+O) and all.  Default split: dev.\n"
        "--explain then lists, largest first, the gold instances whose found\n"
        "mentions got several entity IRIs (with the pairs across documents that\n"
        "costs) and the entity IRIs given to several gold instances (with the\n"
        "wrong pairs), each with its mentions' strings and counts.\n"
        "--link first links people, organisations and venues of different articles\n"
        "whose names say they are one, as 'newskg merge --link' does (--explain lists\n"
        "the links, with their rules).\n"
        "--missed then lists the gold mentions not found (the scores leave them out),\n"
        "largest first by the pairs across documents they would make with the found\n"
        "mentions of their instance, with the entity mention overlapping each, if any.\n"
        "--possessive (analysis only) also scores a gold mention that is an entity\n"
        "mention and a possessive after it (\"Lohan's\": ECB+ spans keep it, newskg's\n"
        "do not) when the gold has the instance without it elsewhere; newskg and the\n"
        "baseline both score it without the possessive.  It changes the mentions\n"
        "scored: numbers with and without it are not comparable.\n";

/* The rows of the tables: the three gold types, then two pools of them.
 * "P+O" (people and organisations) is there because ECB+ gives places
 * instances per event, not per place: "New Zealand" is two instances in
 * the one article 23_11ecbplus, where a knowledge graph has one country.
 * A system that gives a place one IRI makes every such pair, as the
 * baseline of same strings does (on the dev split 193 of the baseline's
 * 611 place pairs are "wrong" so); it can gain on places only by the few
 * pairs of two names of one place.  The P+O row scores the pairs of gold
 * people and organisations (a person and an organisation given one IRI
 * included); a pair of one of them with a place only ALL counts. */
enum { T_PER, T_ORG, T_LOC, T_PO, T_ALL, T_N };
static const char *const type_names[T_N] = {"PER", "ORG", "LOC", "P+O", "ALL"};

/* True when a mention of gold type type is counted in row t. */
static bool in_row(int type, int t)
{
	return t == T_ALL || type == t || (t == T_PO && (type == T_PER || type == T_ORG));
}

struct link {
	char *a, *b; /* owned */
	uint32_t x, y;
};

struct mention {
	uint32_t doc;
	int type;
	char *topic, *gold, *sys, *surf; /* owned; sys NULL when not found */
};

/* A gold mention not found. */
struct missed {
	uint32_t doc, begin, end; /* code points */
	int type;
	char *gold, *rec, *surf; /* owned */
	char *near, *near_surf;  /* owned: an overlapping entity mention, or NULL */
	uint64_t pairs;          /* with found mentions of its instance, other documents */
};

struct xdoc {
	struct link *ids, *ments; /* ids: a doc IRI, b record id; ments: a doc IRI, b entity, x-y */
	size_t n_ids, cap_ids, n_ments, cap_ments;
	char **ents;
	size_t n_ents, cap_ents;
	struct mention *m;
	size_t n_m, cap_m;
	size_t gold[T_N]; /* gold mentions with an instance */
	struct missed *miss;
	size_t n_miss, cap_miss;
	bool possessive; /* --possessive */
	int pass;        /* read_gold: 0 collects attest (with --possessive), 1 scores */
	char **attest;   /* owned, sorted: "instance\x1fsurface" of every gold mention */
	size_t n_attest, cap_attest;
};

static int push(void **arr, size_t *n, size_t *cap, size_t size)
{
	if (*n < *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 256;
	void *p = nkg_realloc(*arr, c * size);
	if (!p)
		return NKG_ENOMEM;
	*arr = p;
	*cap = c;
	return 0;
}

static char *dup_str(struct nkg_str s)
{
	return nkg_strndup(s.ptr ? s.ptr : "", s.len);
}

static bool str_is(struct nkg_str s, const char *c)
{
	return s.len == strlen(c) && !memcmp(s.ptr, c, s.len);
}

/* Parses "...#char=B,E" into the document part and the offsets. */
static bool parse_mention_iri(struct nkg_str v, size_t *doc_len, uint32_t *b, uint32_t *e)
{
	static const char tag[] = "#char=";
	for (size_t i = 0; i + sizeof(tag) - 1 <= v.len; i++) {
		if (memcmp(v.ptr + i, tag, sizeof(tag) - 1))
			continue;
		uint64_t x = 0, y = 0;
		size_t k = i + sizeof(tag) - 1, d = 0;
		for (; k < v.len && v.ptr[k] >= '0' && v.ptr[k] <= '9' && d < 10; k++, d++)
			x = x * 10 + (uint64_t)(v.ptr[k] - '0');
		if (!d || k >= v.len || v.ptr[k++] != ',')
			return false;
		for (d = 0; k < v.len && v.ptr[k] >= '0' && v.ptr[k] <= '9' && d < 10; k++, d++)
			y = y * 10 + (uint64_t)(v.ptr[k] - '0');
		if (!d || k != v.len || x > UINT32_MAX || y > UINT32_MAX)
			return false;
		*doc_len = i;
		*b = (uint32_t)x;
		*e = (uint32_t)y;
		return true;
	}
	return false;
}

static int on_statement(void *ctx, const struct nkg_merge_term *s, const struct nkg_merge_term *p,
                        const struct nkg_merge_term *o, const struct nkg_merge_term *g)
{
	struct xdoc *x = ctx;
	size_t dl;
	uint32_t b, e;
	(void)g;

	if (s->kind != NKG_MERGE_IRI)
		return 0;
	if (str_is(p->value, NKG_NS_DCTERMS "identifier") && o->kind == NKG_MERGE_LITERAL) {
		if (push((void **)&x->ids, &x->n_ids, &x->cap_ids, sizeof(*x->ids)))
			return NKG_ENOMEM;
		struct link *l = &x->ids[x->n_ids];
		l->a = dup_str(s->value);
		l->b = dup_str(o->value);
		x->n_ids++;
		return l->a && l->b ? 0 : NKG_ENOMEM;
	}
	if (str_is(p->value, NKG_NS_RDF "type") &&
	    (str_is(o->value, NKG_NS_SCHEMA "Person") ||
	     str_is(o->value, NKG_NS_SCHEMA "Organization") ||
	     str_is(o->value, NKG_NS_SCHEMA "Place"))) {
		if (push((void **)&x->ents, &x->n_ents, &x->cap_ents, sizeof(*x->ents)))
			return NKG_ENOMEM;
		if (!(x->ents[x->n_ents] = dup_str(s->value)))
			return NKG_ENOMEM;
		x->n_ents++;
		return 0;
	}
	if (str_is(p->value, NKG_NS_ITSRDF "taIdentRef") && o->kind == NKG_MERGE_IRI &&
	    parse_mention_iri(s->value, &dl, &b, &e)) {
		if (push((void **)&x->ments, &x->n_ments, &x->cap_ments, sizeof(*x->ments)))
			return NKG_ENOMEM;
		struct link *l = &x->ments[x->n_ments];
		l->a = dup_str((struct nkg_str){s->value.ptr, dl});
		l->b = dup_str(o->value);
		l->x = b;
		l->y = e;
		x->n_ments++;
		return l->a && l->b ? 0 : NKG_ENOMEM;
	}
	return 0;
}

static int cmp_str(const void *pa, const void *pb)
{
	return strcmp(*(char *const *)pa, *(char *const *)pb);
}

static int cmp_id(const void *pa, const void *pb)
{
	const struct link *a = pa, *b = pb;
	int c = strcmp(a->b, b->b);
	return c ? c : strcmp(a->a, b->a);
}

static int cmp_ment(const void *pa, const void *pb)
{
	const struct link *a = pa, *b = pb;
	int c = strcmp(a->a, b->a);
	if (c)
		return c;
	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	return strcmp(a->b, b->b);
}

static bool is_entity(const struct xdoc *x, const char *iri)
{
	return bsearch(&iri, x->ents, x->n_ents, sizeof(*x->ents), cmp_str) != NULL;
}

static const char *doc_of(const struct xdoc *x, const char *id)
{
	size_t lo = 0, hi = x->n_ids;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(x->ids[mid].b, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n_ids && !strcmp(x->ids[lo].b, id) ? x->ids[lo].a : NULL;
}

/* Index of the first mention of doc at or after span [b, e) in the sorted
 * mentions (x->n_ments when none). */
static size_t first_ment(const struct xdoc *x, const char *doc, uint32_t b, uint32_t e)
{
	struct link key = {.a = (char *)doc, .b = (char *)"", .x = b, .y = e};
	size_t lo = 0, hi = x->n_ments;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cmp_ment(&x->ments[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The entity IRI of the mention doc#char=b,e, or NULL. */
static const char *entity_at(const struct xdoc *x, const char *doc, uint32_t b, uint32_t e)
{
	for (size_t lo = first_ment(x, doc, b, e); lo < x->n_ments; lo++) {
		const struct link *l = &x->ments[lo];
		if (strcmp(l->a, doc) || l->x != b || l->y != e)
			break;
		if (is_entity(x, l->b))
			return l->b;
	}
	return NULL;
}

/* Byte offset of code point cp in text (valid UTF-8). */
static size_t cp_byte(const char *text, size_t len, uint32_t cp)
{
	size_t i = 0;
	for (uint32_t k = 0; k < cp && i < len; k++) {
		i++;
		while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
			i++;
	}
	return i;
}

static int type_of(const char *label)
{
	for (int t = T_PER; t <= T_LOC; t++)
		if (!strcmp(label, type_names[t]))
			return t;
	return -1;
}

/* The first entity mention of doc (in span order) that overlaps [b, e)
 * (code points), or NULL. */
static const struct link *overlapping(const struct xdoc *x, const char *doc, uint32_t b, uint32_t e)
{
	for (size_t lo = first_ment(x, doc, 0, 0); lo < x->n_ments && !strcmp(x->ments[lo].a, doc);
	     lo++) {
		const struct link *l = &x->ments[lo];
		if (l->x >= e)
			break;
		if (l->y > b && is_entity(x, l->b))
			return l;
	}
	return NULL;
}

/* Records the gold mention a of record rec (id, doc: its document IRI or
 * NULL) as not found.  0 or NKG_ENOMEM. */
static int add_missed(struct xdoc *x, uint32_t doc_no, const char *id, const char *doc,
                      const struct nkg_eval_record *rec, const struct nkg_eval_ann *a, int t)
{
	if (push((void **)&x->miss, &x->n_miss, &x->cap_miss, sizeof(*x->miss)))
		return NKG_ENOMEM;
	struct missed *ms = &x->miss[x->n_miss++];
	size_t bb = cp_byte(rec->text.ptr, rec->text.len, a->begin);
	size_t be = cp_byte(rec->text.ptr, rec->text.len, a->end);
	const struct link *l = doc ? overlapping(x, doc, a->begin, a->end) : NULL;
	memset(ms, 0, sizeof(*ms));
	ms->doc = doc_no;
	ms->begin = a->begin;
	ms->end = a->end;
	ms->type = t;
	ms->gold = nkg_strndup(a->value, strlen(a->value));
	ms->rec = nkg_strndup(id, strlen(id));
	ms->surf = dup_str((struct nkg_str){rec->text.ptr + bb, be - bb});
	if (!ms->gold || !ms->rec || !ms->surf)
		return NKG_ENOMEM;
	if (l) {
		size_t nb = cp_byte(rec->text.ptr, rec->text.len, l->x);
		size_t ne = cp_byte(rec->text.ptr, rec->text.len, l->y);
		ms->near = nkg_strndup(l->b, strlen(l->b));
		ms->near_surf = dup_str((struct nkg_str){rec->text.ptr + nb, ne - nb});
		if (!ms->near || !ms->near_surf)
			return NKG_ENOMEM;
	}
	return 0;
}

/* The code points of the possessive that ends gold mention a of rec ("'s",
 * "'", U+2019 "s", U+2019), when something is before it; 0 when none. */
static size_t possessive_len(const struct nkg_eval_record *rec, const struct nkg_eval_ann *a)
{
	size_t bb = cp_byte(rec->text.ptr, rec->text.len, a->begin);
	size_t be = cp_byte(rec->text.ptr, rec->text.len, a->end);
	const char *t = rec->text.ptr + bb;
	size_t n = be - bb, cut = 0;
	if (n >= 2 && t[n - 1] == 's' && t[n - 2] == '\'')
		cut = 2;
	else if (n >= 4 && t[n - 1] == 's' && !memcmp(t + n - 4, "\xE2\x80\x99", 3))
		cut = 2;
	else if (n >= 1 && t[n - 1] == '\'')
		cut = 1;
	else if (n >= 3 && !memcmp(t + n - 3, "\xE2\x80\x99", 3))
		cut = 1;
	return cut && a->end - a->begin > cut ? cut : 0;
}

/* "instance\x1fsurface" of gold mention a of rec, its last cut code points
 * left out (free with nkg_free), or NULL. */
static char *attest_key(const struct nkg_eval_record *rec, const struct nkg_eval_ann *a,
                        uint32_t cut)
{
	size_t bb = cp_byte(rec->text.ptr, rec->text.len, a->begin);
	size_t be = cp_byte(rec->text.ptr, rec->text.len, a->end - cut);
	size_t nv = strlen(a->value);
	char *k = nkg_malloc(nv + 1 + (be - bb) + 1);
	if (!k)
		return NULL;
	memcpy(k, a->value, nv);
	k[nv] = '\x1f';
	memcpy(k + nv + 1, rec->text.ptr + bb, be - bb);
	k[nv + 1 + be - bb] = '\0';
	return k;
}

/* possessive-attested: the first pass of --possessive keeps every gold
 * mention's instance and surface, so that a possessive is cut only from a
 * name the gold also writes without it for the same instance ("Lohan's"
 * of an instance with a "Lohan"); "McDonald's", "Macy's" are names that
 * end so, and a newskg mention "McDonald" is a truncated name, not found
 * (review17 X2). */
static int add_attest(struct xdoc *x, const struct nkg_eval_record *rec,
                      const struct nkg_eval_gold *gold)
{
	for (size_t k = 0; k < gold->entities.n; k++) {
		const struct nkg_eval_ann *a = &gold->entities.items[k];
		if (type_of(a->label) < 0 || !a->value[0])
			continue;
		if (push((void **)&x->attest, &x->n_attest, &x->cap_attest, sizeof(*x->attest)))
			return NKG_ENOMEM;
		if (!(x->attest[x->n_attest] = attest_key(rec, a, 0)))
			return NKG_ENOMEM;
		x->n_attest++;
	}
	return 0;
}

static bool attested(const struct xdoc *x, const struct nkg_eval_record *rec,
                     const struct nkg_eval_ann *a, uint32_t cut, int *rc)
{
	char *k = attest_key(rec, a, cut);
	if (!k) {
		*rc = NKG_ENOMEM;
		return false;
	}
	bool found = x->n_attest &&
	             bsearch(&k, x->attest, x->n_attest, sizeof(*x->attest), cmp_str) != NULL;
	nkg_free(k);
	return found;
}

static int add_record(struct xdoc *x, uint32_t doc_no, const struct nkg_eval_record *rec,
                      const struct nkg_eval_gold *gold)
{
	char *id = dup_str(rec->id);
	const char *doc;
	if (!id)
		return NKG_ENOMEM;
	doc = doc_of(x, id);
	/* The topic: what lies between '/' and '_' in "ecbplus/12_3ecb". */
	const char *slash = strchr(id, '/'), *start = slash ? slash + 1 : id;
	const char *us = strchr(start, '_');
	struct nkg_str topic = {start, us ? (size_t)(us - start) : 0};
	for (size_t k = 0; k < gold->entities.n; k++) {
		const struct nkg_eval_ann *a = &gold->entities.items[k];
		int t = type_of(a->label);
		if (t < 0 || !a->value[0])
			continue;
		for (int r = 0; r < T_N; r++)
			x->gold[r] += in_row(t, r);
		const char *sys = doc ? entity_at(x, doc, a->begin, a->end) : NULL;
		uint32_t cut = 0;
		if (!sys && doc && x->possessive) {
			int arc = 0;
			cut = (uint32_t)possessive_len(rec, a);
			if (cut && !attested(x, rec, a, cut, &arc))
				cut = 0;
			if (arc) {
				nkg_free(id);
				return arc;
			}
			if (cut)
				sys = entity_at(x, doc, a->begin, a->end - cut);
		}
		if (!sys) {
			if (add_missed(x, doc_no, id, doc, rec, a, t)) {
				nkg_free(id);
				return NKG_ENOMEM;
			}
			continue;
		}
		if (push((void **)&x->m, &x->n_m, &x->cap_m, sizeof(*x->m))) {
			nkg_free(id);
			return NKG_ENOMEM;
		}
		/* the baseline's string is the one newskg's mention is scored by:
		 * without the possessive cut (review17 X1: "Lohan's" and "Lohan" are
		 * one string to both, or the option would lower the baseline) */
		size_t bb = cp_byte(rec->text.ptr, rec->text.len, a->begin);
		size_t be = cp_byte(rec->text.ptr, rec->text.len, a->end - cut);
		struct mention *m = &x->m[x->n_m++];
		m->doc = doc_no;
		m->type = t;
		m->topic = dup_str(topic);
		m->gold = nkg_strndup(a->value, strlen(a->value));
		m->sys = nkg_strndup(sys, strlen(sys));
		m->surf = dup_str((struct nkg_str){rec->text.ptr + bb, be - bb});
		if (!m->topic || !m->gold || !m->sys || !m->surf) {
			nkg_free(id);
			return NKG_ENOMEM;
		}
	}
	nkg_free(id);
	return 0;
}

/* ---- counting ----------------------------------------------------------- */

/* A mention's key for grouping: the fields asked for, joined by \x1f. */
enum { K_TOPIC = 1, K_GOLD = 2, K_SYS = 4, K_SURF = 8 };

struct keyed {
	char *key;
	uint32_t doc, idx;
};

static int cmp_keyed(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);
	if (c)
		return c;
	return a->doc < b->doc ? -1 : a->doc > b->doc;
}

/* Groups the mentions of type t (T_ALL: all) by the key fields: *pairs
 * receives the number of pairs with equal keys in different documents,
 * size[i] the size of mention i's group (for B-cubed). */
static int count(const struct xdoc *x, int t, int fields, uint64_t *pairs, uint32_t *size)
{
	struct keyed *k = nkg_calloc(x->n_m ? x->n_m : 1, sizeof(*k));
	size_t n = 0;
	int rc = NKG_ENOMEM;

	if (!k)
		return NKG_ENOMEM;
	for (size_t i = 0; i < x->n_m; i++) {
		const struct mention *m = &x->m[i];
		if (!in_row(m->type, t))
			continue;
		size_t len = 4 + ((fields & K_TOPIC) ? strlen(m->topic) : 0) +
		             ((fields & K_GOLD) ? strlen(m->gold) : 0) +
		             ((fields & K_SYS) ? strlen(m->sys) : 0) +
		             ((fields & K_SURF) ? strlen(m->surf) : 0);
		char *s = nkg_malloc(len + 1);
		if (!s)
			goto out;
		snprintf(s, len + 1, "%s\x1f%s\x1f%s\x1f%s", (fields & K_TOPIC) ? m->topic : "",
		         (fields & K_GOLD) ? m->gold : "", (fields & K_SYS) ? m->sys : "",
		         (fields & K_SURF) ? m->surf : "");
		k[n++] = (struct keyed){s, m->doc, (uint32_t)i};
	}
	if (n)
		qsort(k, n, sizeof(*k), cmp_keyed);
	*pairs = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		uint64_t same_doc = 0;
		while (j < n && !strcmp(k[j].key, k[i].key)) {
			size_t d = j;
			while (d < n && !strcmp(k[d].key, k[i].key) && k[d].doc == k[j].doc)
				d++;
			same_doc += (uint64_t)(d - j) * (d - j - 1) / 2;
			j = d;
		}
		uint64_t g = j - i;
		*pairs += g * (g - 1) / 2 - same_doc;
		for (size_t q = i; q < j; q++)
			size[k[q].idx] = (uint32_t)g;
		i = j;
	}
	rc = 0;
out:
	for (size_t i = 0; i < n; i++)
		nkg_free(k[i].key);
	nkg_free(k);
	return rc;
}

struct score {
	uint64_t found, gold_pairs, sys_pairs, tp, base_pairs, base_tp;
	double b3p, b3r, base_b3p, base_b3r; /* sums over mentions */
};

static int score(const struct xdoc *x, int t, bool topic, struct score *s)
{
	uint32_t *sz[5] = {0};
	int rc = NKG_ENOMEM;
	int tf = topic ? K_TOPIC : 0;

	memset(s, 0, sizeof(*s));
	for (int i = 0; i < 5; i++)
		if (!(sz[i] = nkg_calloc(x->n_m ? x->n_m : 1, sizeof(*sz[i]))))
			goto out;
	if ((rc = count(x, t, tf | K_GOLD, &s->gold_pairs, sz[0])) ||
	    (rc = count(x, t, tf | K_SYS, &s->sys_pairs, sz[1])) ||
	    (rc = count(x, t, tf | K_GOLD | K_SYS, &s->tp, sz[2])) ||
	    (rc = count(x, t, tf | K_SURF, &s->base_pairs, sz[3])) ||
	    (rc = count(x, t, tf | K_GOLD | K_SURF, &s->base_tp, sz[4])))
		goto out;
	for (size_t i = 0; i < x->n_m; i++) {
		if (!in_row(x->m[i].type, t))
			continue;
		s->found++;
		s->b3p += (double)sz[2][i] / sz[1][i];
		s->b3r += (double)sz[2][i] / sz[0][i];
		s->base_b3p += (double)sz[4][i] / sz[3][i];
		s->base_b3r += (double)sz[4][i] / sz[0][i];
	}
	rc = 0;
out:
	for (int i = 0; i < 5; i++)
		nkg_free(sz[i]);
	return rc;
}

static double ratio(double a, double b)
{
	return b > 0 ? a / b : 0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void print_scores(const struct xdoc *x, const char *split, bool tsv, int *rc)
{
	static const char *const scopes[] = {"all", "topic"};
	if (!tsv)
		printf("cross-document coreference, split %s (pairs: mentions in different "
		       "documents)\n%-6s %-4s %5s %5s %6s | %8s %8s %8s %6s %6s %6s | %8s %8s "
		       "%6s %6s %6s | %6s %6s %6s | %6s\n",
		       split, "scope", "type", "gold", "found", "cover", "g-pairs", "s-pairs", "tp",
		       "P", "R", "F1", "b-pairs", "b-tp", "bP", "bR", "bF1", "B3P", "B3R", "B3F1",
		       "bB3F1");
	for (int sc = 0; sc < 2; sc++) {
		for (int t = 0; t < T_N; t++) {
			struct score s;
			if ((*rc = score(x, t, sc == 1, &s)) != 0)
				return;
			double p = ratio((double)s.tp, (double)s.sys_pairs);
			double r = ratio((double)s.tp, (double)s.gold_pairs);
			double bp = ratio((double)s.base_tp, (double)s.base_pairs);
			double br = ratio((double)s.base_tp, (double)s.gold_pairs);
			double b3p = ratio(s.b3p, (double)s.found),
			       b3r = ratio(s.b3r, (double)s.found);
			double bb3p = ratio(s.base_b3p, (double)s.found);
			double bb3r = ratio(s.base_b3r, (double)s.found);
			double cov = ratio((double)s.found, (double)x->gold[t]);
			printf(tsv ? "%s\t%s\t%s\t%zu\t%" PRIu64 "\t%.4f\t%" PRIu64 "\t%" PRIu64
			             "\t%" PRIu64 "\t%.4f\t%.4f\t%.4f\t%" PRIu64 "\t%" PRIu64
			             "\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\n"
			           : "%.0s%-6s %-4s %5zu %5" PRIu64 " %6.3f | %8" PRIu64
			             " %8" PRIu64 " %8" PRIu64 " %6.3f %6.3f %6.3f | %8" PRIu64
			             " %8" PRIu64
			             " %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f\n",
			       split, scopes[sc], type_names[t], x->gold[t], s.found, cov,
			       s.gold_pairs, s.sys_pairs, s.tp, p, r, f1(p, r), s.base_pairs,
			       s.base_tp, bp, br, f1(bp, br), b3p, b3r, f1(b3p, b3r),
			       f1(bb3p, bb3r));
		}
	}
}

/* ---- --explain: where pairs are lost or wrongly made ----------------------- */

static const char *group_key(const struct mention *m, bool by_sys, int level)
{
	/* level 0: the group, level 1: its parts */
	return (by_sys ? level == 0 : level == 1) ? m->sys : m->gold;
}

static int cmp_mention(const struct xdoc *x, bool by_sys, uint32_t a, uint32_t b)
{
	const struct mention *p = &x->m[a], *q = &x->m[b];
	int c;
	if (!by_sys && p->type != q->type)
		return p->type < q->type ? -1 : 1;
	if ((c = strcmp(group_key(p, by_sys, 0), group_key(q, by_sys, 0))) ||
	    (c = strcmp(group_key(p, by_sys, 1), group_key(q, by_sys, 1))) ||
	    (c = strcmp(p->surf, q->surf)))
		return c;
	if (p->doc != q->doc)
		return p->doc < q->doc ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* qsort has no context argument: a small merge sort instead. */
static void sort_mentions(const struct xdoc *x, bool by_sys, uint32_t *v, uint32_t *tmp, size_t n)
{
	if (n < 2)
		return;
	size_t h = n / 2;
	sort_mentions(x, by_sys, v, tmp, h);
	sort_mentions(x, by_sys, v + h, tmp, n - h);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = cmp_mention(x, by_sys, v[i], v[j]) <= 0 ? v[i++] : v[j++];
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
}

static int cmp_u32(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	return a < b ? -1 : a > b;
}

/* Pairs of mentions v[0..n) in different documents; docs is scratch. */
static uint64_t cross_pairs(const struct xdoc *x, const uint32_t *v, size_t n, uint32_t *docs)
{
	uint64_t same = 0;
	for (size_t i = 0; i < n; i++)
		docs[i] = x->m[v[i]].doc;
	qsort(docs, n, sizeof(*docs), cmp_u32);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && docs[j] == docs[i])
			j++;
		same += (uint64_t)(j - i) * (j - i - 1) / 2;
		i = j;
	}
	return (uint64_t)n * (n - 1) / 2 - same;
}

struct finding {
	uint64_t pairs;
	size_t first, n; /* a run of the sorted mention indexes */
};

static int cmp_finding(const void *pa, const void *pb)
{
	const struct finding *a = pa, *b = pb;
	if (a->pairs != b->pairs)
		return a->pairs > b->pairs ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

static void put_clean(const char *s)
{
	for (; *s; s++)
		putchar((unsigned char)*s < 0x20 ? ' ' : *s);
}

/* Prints one finding: the group, then each part with its surfaces. */
static void print_finding(const struct xdoc *x, bool by_sys, const uint32_t *v,
                          const struct finding *f)
{
	const struct mention *g = &x->m[v[f->first]];
	printf("%8" PRIu64 " ", f->pairs);
	if (!by_sys)
		printf("%s ", type_names[g->type]);
	put_clean(group_key(g, by_sys, 0));
	putchar('\n');
	for (size_t i = f->first; i < f->first + f->n;) {
		const struct mention *p = &x->m[v[i]];
		printf("         ");
		if (by_sys)
			printf("%s ", type_names[p->type]);
		put_clean(group_key(p, by_sys, 1));
		putchar(':');
		size_t j = i;
		while (j < f->first + f->n &&
		       !strcmp(group_key(&x->m[v[j]], by_sys, 1), group_key(p, by_sys, 1))) {
			size_t k = j;
			while (k < f->first + f->n &&
			       !strcmp(group_key(&x->m[v[k]], by_sys, 1),
			               group_key(p, by_sys, 1)) &&
			       !strcmp(x->m[v[k]].surf, x->m[v[j]].surf))
				k++;
			printf(" \"");
			put_clean(x->m[v[j]].surf);
			printf("\" %zu", k - j);
			j = k;
		}
		putchar('\n');
		i = j;
	}
}

/* by_sys false: gold instances whose mentions got several system entities,
 * with the pairs across documents that this loses (recall); by_sys true:
 * system entities whose mentions have several gold instances, with the
 * wrong pairs across documents (precision).  Largest first. */
static int explain(const struct xdoc *x, bool by_sys)
{
	size_t n = x->n_m ? x->n_m : 1, n_f = 0;
	uint32_t *v = nkg_malloc(n * sizeof(*v)), *tmp = nkg_malloc(n * sizeof(*tmp));
	struct finding *f = nkg_malloc(n * sizeof(*f));
	int rc = NKG_ENOMEM;
	if (!v || !tmp || !f)
		goto out;
	for (size_t i = 0; i < x->n_m; i++)
		v[i] = (uint32_t)i;
	sort_mentions(x, by_sys, v, tmp, x->n_m);
	for (size_t i = 0; i < x->n_m;) {
		const struct mention *g = &x->m[v[i]];
		size_t j = i, parts = 0;
		uint64_t inside = 0;
		while (j < x->n_m && (by_sys || x->m[v[j]].type == g->type) &&
		       !strcmp(group_key(&x->m[v[j]], by_sys, 0), group_key(g, by_sys, 0))) {
			size_t k = j;
			while (k < x->n_m && (by_sys || x->m[v[k]].type == g->type) &&
			       !strcmp(group_key(&x->m[v[k]], by_sys, 0),
			               group_key(g, by_sys, 0)) &&
			       !strcmp(group_key(&x->m[v[k]], by_sys, 1),
			               group_key(&x->m[v[j]], by_sys, 1)))
				k++;
			inside += cross_pairs(x, v + j, k - j, tmp);
			parts++;
			j = k;
		}
		uint64_t pairs = cross_pairs(x, v + i, j - i, tmp) - inside;
		if (parts > 1 && pairs > 0)
			f[n_f++] = (struct finding){pairs, i, j - i};
		i = j;
	}
	if (n_f)
		qsort(f, n_f, sizeof(*f), cmp_finding);
	printf(by_sys ? "system entities joining gold instances (wrong pairs across documents):\n"
	              : "gold instances split over system entities (pairs lost across "
	                "documents):\n");
	for (size_t i = 0; i < n_f; i++)
		print_finding(x, by_sys, v, &f[i]);
	rc = 0;
out:
	nkg_free(v);
	nkg_free(tmp);
	nkg_free(f);
	return rc;
}

/* ---- --missed: the gold mentions not found ------------------------------- */

static int cmp_missed(const void *pa, const void *pb)
{
	const struct missed *a = pa, *b = pb;
	int c;
	if (a->pairs != b->pairs)
		return a->pairs > b->pairs ? -1 : 1;
	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	if ((c = strcmp(a->gold, b->gold)) || (c = strcmp(a->rec, b->rec)))
		return c;
	return a->begin < b->begin ? -1 : a->begin > b->begin;
}

/* Prints the gold mentions not found, as the header says. */
static void missed(struct xdoc *x)
{
	uint64_t n[T_N] = {0}, with_found[T_N] = {0}, among[T_N] = {0};
	for (size_t i = 0; i < x->n_miss; i++) {
		struct missed *ms = &x->miss[i];
		ms->pairs = 0;
		for (size_t k = 0; k < x->n_m; k++)
			ms->pairs += x->m[k].doc != ms->doc && !strcmp(x->m[k].gold, ms->gold);
		for (size_t k = i + 1; k < x->n_miss; k++) {
			bool same = x->miss[k].doc != ms->doc && !strcmp(x->miss[k].gold, ms->gold);
			for (int r = 0; r < T_N; r++)
				among[r] += same && in_row(ms->type, r);
		}
		for (int r = 0; r < T_N; r++) {
			n[r] += in_row(ms->type, r);
			with_found[r] += in_row(ms->type, r) ? ms->pairs : 0;
		}
	}
	if (x->n_miss)
		qsort(x->miss, x->n_miss, sizeof(*x->miss), cmp_missed);
	printf("gold mentions not found (pairs across documents: with found mentions of their "
	       "instance, among themselves):\n");
	for (int t = 0; t < T_N; t++)
		printf("%-4s %5" PRIu64 " mentions %8" PRIu64 " %8" PRIu64 "\n", type_names[t],
		       n[t], with_found[t], among[t]);
	for (size_t i = 0; i < x->n_miss; i++) {
		const struct missed *ms = &x->miss[i];
		printf("%8" PRIu64 " %s ", ms->pairs, type_names[ms->type]);
		put_clean(ms->gold);
		putchar(' ');
		put_clean(ms->rec);
		printf(" %" PRIu32 ",%" PRIu32 " \"", ms->begin, ms->end);
		put_clean(ms->surf);
		printf("\" ");
		if (ms->near) {
			put_clean(ms->near);
			printf(" \"");
			put_clean(ms->near_surf);
			printf("\"\n");
		} else {
			printf("-\n");
		}
	}
}

/* ---- the command ---------------------------------------------------------- */

static void xdoc_release(struct xdoc *x)
{
	for (size_t i = 0; i < x->n_ids; i++) {
		nkg_free(x->ids[i].a);
		nkg_free(x->ids[i].b);
	}
	for (size_t i = 0; i < x->n_ments; i++) {
		nkg_free(x->ments[i].a);
		nkg_free(x->ments[i].b);
	}
	for (size_t i = 0; i < x->n_ents; i++)
		nkg_free(x->ents[i]);
	for (size_t i = 0; i < x->n_miss; i++) {
		nkg_free(x->miss[i].gold);
		nkg_free(x->miss[i].rec);
		nkg_free(x->miss[i].surf);
		nkg_free(x->miss[i].near);
		nkg_free(x->miss[i].near_surf);
	}
	nkg_free(x->miss);
	for (size_t i = 0; i < x->n_attest; i++)
		nkg_free(x->attest[i]);
	nkg_free(x->attest);
	for (size_t i = 0; i < x->n_m; i++) {
		nkg_free(x->m[i].topic);
		nkg_free(x->m[i].gold);
		nkg_free(x->m[i].sys);
		nkg_free(x->m[i].surf);
	}
	nkg_free(x->ids);
	nkg_free(x->ments);
	nkg_free(x->ents);
	nkg_free(x->m);
}

static int read_gold(struct xdoc *x, const char *path, const char *split)
{
	struct nkg_line_reader lr;
	FILE *f = fopen(path, "rb");
	uint32_t doc_no = 0;
	char err[200];
	int rc;

	if (!f) {
		fprintf(stderr, "newskg: cannot open '%s': %s\n", path, strerror(errno));
		return NKG_EIO;
	}
	if ((rc = nkg_line_reader_init(&lr, f, (size_t)64 << 20)) != 0) {
		fclose(f);
		return rc;
	}
	while ((rc = nkg_line_reader_next(&lr)) == 1) {
		struct nkg_eval_record rec;
		struct nkg_eval_gold gold;
		if (!lr.line.len)
			continue;
		nkg_eval_gold_init(&gold);
		rc = nkg_eval_parse_record(lr.line.ptr, lr.line.len, &rec, &gold, err, sizeof(err));
		if (rc == 0 &&
		    (!strcmp(split, "all") || !rec.split.len || str_is(rec.split, split)))
			rc = x->pass == 0 ? add_attest(x, &rec, &gold)
			                  : add_record(x, doc_no++, &rec, &gold);
		else if (rc && rc != NKG_ENOMEM)
			fprintf(stderr, "newskg: '%s:%zu': %s\n", path, lr.lineno, err);
		nkg_eval_gold_release(&gold);
		if (rc)
			break;
	}
	nkg_line_reader_release(&lr);
	fclose(f);
	return rc < 0 ? rc : 0;
}

int nkg_cmd_eval_xdoc(int argc, char **argv)
{
	const char *split = "dev";
	bool tsv = false, explain_too = false, link = false, missed_too = false, possessive = false;
	int k = 1, rc, status = 2;
	struct nkg_merge *mg = NULL;
	struct xdoc x;
	char err[256];

	for (; k < argc && argv[k][0] == '-' && argv[k][1]; k++) {
		if (!strcmp(argv[k], "-h") || !strcmp(argv[k], "--help")) {
			fputs(usage_text, stdout);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
		} else if (!strcmp(argv[k], "--tsv")) {
			tsv = true;
		} else if (!strcmp(argv[k], "--explain")) {
			explain_too = true;
		} else if (!strcmp(argv[k], "--link")) {
			link = true;
		} else if (!strcmp(argv[k], "--missed")) {
			missed_too = true;
		} else if (!strcmp(argv[k], "--possessive")) {
			possessive = true;
		} else if (!strcmp(argv[k], "--split") && k + 1 < argc) {
			split = argv[++k];
		} else {
			fprintf(stderr, "newskg eval-xdoc: unknown option '%s'\n%s", argv[k],
			        usage_text);
			return 2;
		}
	}
	if (strcmp(split, "dev") && strcmp(split, "test") && strcmp(split, "all")) {
		fprintf(stderr, "newskg: --split must be dev, test or all, not '%s'\n", split);
		return 2;
	}
	if (argc - k < 2) {
		fputs(usage_text, stderr);
		return 2;
	}
	memset(&x, 0, sizeof(x));
	x.possessive = possessive;
	if ((rc = nkg_merge_new(NULL, &mg)) != 0)
		goto fail;
	for (int i = k + 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			fprintf(stderr, "newskg: cannot open '%s': %s\n", argv[i], strerror(errno));
			goto out;
		}
		rc = nkg_merge_add_stream(mg, f, argv[i], NULL, NULL, err, sizeof(err));
		fclose(f);
		if (rc) {
			fprintf(stderr, "newskg: '%s': %s\n", argv[i],
			        err[0] ? err : nkg_strerror(rc));
			goto out;
		}
	}
	if ((link && (rc = nkg_merge_link(mg, NULL))) || (rc = nkg_merge_smush(mg, NULL)) ||
	    (rc = nkg_merge_visit(mg, on_statement, &x)))
		goto fail;
	if (x.n_ents)
		qsort(x.ents, x.n_ents, sizeof(*x.ents), cmp_str);
	if (x.n_ids)
		qsort(x.ids, x.n_ids, sizeof(*x.ids), cmp_id);
	if (x.n_ments)
		qsort(x.ments, x.n_ments, sizeof(*x.ments), cmp_ment);
	if (possessive) {
		if ((rc = read_gold(&x, argv[k], split)) != 0) {
			if (rc == NKG_EIO)
				goto out;
			goto fail;
		}
		if (x.n_attest)
			qsort(x.attest, x.n_attest, sizeof(*x.attest), cmp_str);
	}
	x.pass = 1;
	if ((rc = read_gold(&x, argv[k], split)) != 0) {
		if (rc == NKG_EIO)
			goto out;
		goto fail;
	}
	rc = 0;
	print_scores(&x, split, tsv, &rc);
	if (!rc && explain_too && !(rc = explain(&x, false)))
		rc = explain(&x, true);
	if (!rc && explain_too && link) {
		printf("links added by --link:\n");
		rc = nkg_merge_write_links(mg, stdout);
	}
	if (!rc && missed_too)
		missed(&x);
	if (rc)
		goto fail;
	status = fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
	goto out;
fail:
	fprintf(stderr, "newskg: eval-xdoc: %s\n", nkg_strerror(rc));
out:
	nkg_merge_free(mg);
	xdoc_release(&x);
	return status;
}
