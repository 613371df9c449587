/* eval.c - the scorer of newskg eval: gold records, matching, tables. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/json.h"
#include "../core/utf8.h"
#include "../extract/extract.h"

void nkg_eval_gold_init(struct nkg_eval_gold *g)
{
	memset(g, 0, sizeof(*g));
}

static void anns_release(struct nkg_eval_anns *a)
{
	nkg_free(a->items);
	memset(a, 0, sizeof(*a));
}

void nkg_eval_gold_release(struct nkg_eval_gold *g)
{
	anns_release(&g->entities);
	anns_release(&g->times);
	anns_release(&g->events);
	anns_release(&g->regions);
	anns_release(&g->entity_regions);
	anns_release(&g->time_regions);
	anns_release(&g->event_regions);
	nkg_free(g->arguments.items);
	memset(&g->arguments, 0, sizeof(g->arguments));
	anns_release(&g->event_times);
}

const struct nkg_eval_anns *nkg_eval_gold_regions(const struct nkg_eval_gold *g,
                                                  enum nkg_eval_layer layer)
{
	const struct nkg_eval_anns *own = layer == NKG_EVAL_ENTITIES ? &g->entity_regions
	                                  : layer == NKG_EVAL_TIMES  ? &g->time_regions
	                                                             : &g->event_regions;
	if (own->present)
		return own;
	return g->regions.present ? &g->regions : NULL;
}

bool nkg_eval_in_regions(const struct nkg_eval_anns *regions, uint32_t begin, uint32_t end)
{
	if (!regions)
		return true;
	for (size_t i = 0; i < regions->n; i++)
		if (regions->items[i].begin <= begin && end <= regions->items[i].end)
			return true;
	return false;
}

static void set_label(char *dst, size_t max, const char *src, size_t len)
{
	if (len > max - 1)
		len = max - 1;
	memcpy(dst, src, len);
	dst[len] = '\0';
}

static int anns_add(struct nkg_eval_anns *a, uint32_t begin, uint32_t end, struct nkg_str label,
                    struct nkg_str value)
{
	if (begin > end)
		return NKG_EINVAL;
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 16;
		struct nkg_eval_ann *p = nkg_realloc(a->items, cap * sizeof(*p));
		if (!p)
			return NKG_ENOMEM;
		a->items = p;
		a->cap = cap;
	}
	struct nkg_eval_ann *x = &a->items[a->n++];
	x->begin = begin;
	x->end = end;
	set_label(x->label, sizeof(x->label), label.ptr ? label.ptr : "", label.len);
	set_label(x->value, sizeof(x->value), value.ptr ? value.ptr : "", value.len);
	a->present = true;
	return 0;
}

int nkg_eval_anns_add(struct nkg_eval_anns *a, uint32_t begin, uint32_t end, const char *label,
                      struct nkg_str value)
{
	return anns_add(a, begin, end, nkg_str_from_cstr(label), value);
}

/* ---- precision, recall, F1 ------------------------------------------------- */

double nkg_eval_precision(const struct nkg_eval_prf *c)
{
	return c->sys ? (double)c->tp / (double)c->sys : 0.0;
}

double nkg_eval_recall(const struct nkg_eval_prf *c)
{
	return c->gold ? (double)c->tp / (double)c->gold : 0.0;
}

double nkg_eval_f1(const struct nkg_eval_prf *c)
{
	/* 2PR/(P+R) = 2tp/(gold+sys) */
	return c->gold + c->sys ? 2.0 * (double)c->tp / (double)(c->gold + c->sys) : 0.0;
}

static void prf_add(struct nkg_eval_prf *acc, uint64_t gold, uint64_t sys, uint64_t tp)
{
	acc->gold += gold;
	acc->sys += sys;
	acc->tp += tp;
}

void nkg_eval_score_init(struct nkg_eval_score *s)
{
	memset(s, 0, sizeof(*s));
}

const char *nkg_eval_event_class(enum nkg_event_class cls)
{
	return cls == NKG_EVENT_STATEMENT ? "REPORTING" : "OCCURRENCE";
}

static const char *const type_names[NKG_EVAL_NTYPES] = {"PER", "ORG", "LOC", "all"};

/* ---- matching ------------------------------------------------------------- */

static int ann_cmp(const void *pa, const void *pb)
{
	const struct nkg_eval_ann *a = pa, *b = pb;
	if (a->begin != b->begin)
		return a->begin < b->begin ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(a->label, b->label);
}

/* Sorts a copy-free list in place and drops repeats: of the same span and
 * label (by_span false), or of the same span (by_span true, first label in
 * sort order kept). */
static void sort_unique(struct nkg_eval_anns *a, bool by_span)
{
	if (a->n < 2)
		return;
	qsort(a->items, a->n, sizeof(*a->items), ann_cmp);
	size_t w = 1;
	for (size_t r = 1; r < a->n; r++) {
		const struct nkg_eval_ann *p = &a->items[w - 1], *x = &a->items[r];
		bool same = p->begin == x->begin && p->end == x->end &&
		            (by_span || strcmp(p->label, x->label) == 0);
		if (!same)
			a->items[w++] = *x;
	}
	a->n = w;
}

static bool has_exact(const struct nkg_eval_anns *a, const struct nkg_eval_ann *x, bool label)
{
	for (size_t i = 0; i < a->n; i++) {
		const struct nkg_eval_ann *y = &a->items[i];
		if (y->begin == x->begin && y->end == x->end &&
		    (!label || strcmp(y->label, x->label) == 0))
			return true;
	}
	return false;
}

/* Appends a copy of the annotations of src inside regions to dst (the
 * scorer sorts and dedupes its copies). */
static int copy_gold(struct nkg_eval_anns *dst, const struct nkg_eval_anns *src,
                     const struct nkg_eval_anns *regions)
{
	for (size_t i = 0; i < src->n; i++) {
		const struct nkg_eval_ann *x = &src->items[i];
		if (!nkg_eval_in_regions(regions, x->begin, x->end))
			continue;
		int rc = anns_add(dst, x->begin, x->end, nkg_str_from_cstr(x->label),
		                  nkg_str_from_cstr(x->value));
		if (rc)
			return rc;
	}
	return 0;
}

static void score_entities(struct nkg_eval_score *s, const struct nkg_eval_anns *gold,
                           const struct nkg_eval_anns *sys)
{
	for (int t = 0; t < NKG_EVAL_ALL; t++) {
		uint64_t g = 0, n = 0, tp = 0;
		for (size_t i = 0; i < gold->n; i++)
			g += strcmp(gold->items[i].label, type_names[t]) == 0;
		for (size_t i = 0; i < sys->n; i++) {
			if (strcmp(sys->items[i].label, type_names[t]) != 0)
				continue;
			n++;
			tp += has_exact(gold, &sys->items[i], true);
		}
		prf_add(&s->ent[t], g, n, tp);
		prf_add(&s->ent[NKG_EVAL_ALL], g, n, tp);
	}
}

static bool overlap(const struct nkg_eval_ann *a, const struct nkg_eval_ann *b)
{
	if (a->begin == a->end || b->begin == b->end)
		return a->begin == b->begin && a->end == b->end;
	return a->begin < b->end && b->begin < a->end;
}

/* The TempEval-3 one-to-one matching of two lists unique by span: first
 * exact spans, then, for the gold left, the first overlapping system time
 * not taken.  match[i] = system index + 1 (0: gold i unmatched), taken[j]:
 * system j matched; both arrays sized by the caller.  Returns the number of
 * exact-span matches. */
static uint64_t match_times(const struct nkg_eval_anns *gold, const struct nkg_eval_anns *sys,
                            size_t *match, bool *taken)
{
	uint64_t strict = 0;
	for (size_t i = 0; i < gold->n; i++) {
		for (size_t j = 0; j < sys->n; j++) {
			if (sys->items[j].begin == gold->items[i].begin &&
			    sys->items[j].end == gold->items[i].end) {
				match[i] = j + 1;
				taken[j] = true;
				strict++;
				break;
			}
		}
	}
	for (size_t i = 0; i < gold->n; i++) {
		for (size_t j = 0; !match[i] && j < sys->n; j++) {
			if (!taken[j] && overlap(&gold->items[i], &sys->items[j])) {
				match[i] = j + 1;
				taken[j] = true;
			}
		}
	}
	return strict;
}

/* TempEval-3: strict and relaxed span match, then type and value on the
 * relaxed (one-to-one) matches.  Both lists unique by span.  Type P/R/F1
 * count only the gold times with a type (not "UNKNOWN": GUM leaves some
 * untyped) and the system times not matched to an untyped one; value P/R/F1
 * likewise only gold times with a value: what nobody wrote down can be
 * neither right nor wrong. */
static int score_times(struct nkg_eval_score *s, const struct nkg_eval_anns *gold,
                       const struct nkg_eval_anns *sys)
{
	size_t *match = NULL; /* gold index -> sys index + 1, 0 unmatched */
	bool *taken = NULL;
	int rc = NKG_ENOMEM;
	uint64_t strict = 0, relaxed = 0, type_ok = 0, value_ok = 0, with_value = 0;
	uint64_t gold_valued = 0, sys_on_valueless = 0, gold_typed = 0, sys_on_untyped = 0;

	if (gold->n && !(match = nkg_calloc(gold->n, sizeof(*match))))
		goto out;
	if (sys->n && !(taken = nkg_calloc(sys->n, sizeof(*taken))))
		goto out;
	strict = match_times(gold, sys, match, taken);
	for (size_t i = 0; i < gold->n; i++) {
		if (!match[i])
			continue;
		const struct nkg_eval_ann *g = &gold->items[i], *y = &sys->items[match[i] - 1];
		relaxed++;
		if (strcmp(g->label, "UNKNOWN") != 0)
			type_ok += strcmp(g->label, y->label) == 0;
		else
			sys_on_untyped++;
		if (g->value[0]) {
			with_value++;
			value_ok += strcmp(g->value, y->value) == 0;
		} else {
			sys_on_valueless++;
		}
	}
	for (size_t i = 0; i < gold->n; i++) {
		gold_valued += gold->items[i].value[0] != '\0';
		gold_typed += strcmp(gold->items[i].label, "UNKNOWN") != 0;
	}
	s->has_values |= gold_valued > 0;
	prf_add(&s->t_strict, gold->n, sys->n, strict);
	prf_add(&s->t_relaxed, gold->n, sys->n, relaxed);
	prf_add(&s->t_type, gold_typed, sys->n - sys_on_untyped, type_ok);
	prf_add(&s->t_value, gold_valued, sys->n - sys_on_valueless, value_ok);
	s->t_value_matched += with_value;
	rc = 0;
out:
	nkg_free(match);
	nkg_free(taken);
	return rc;
}

/* The counter of an event class, added in sorted place; NULL when full. */
static struct nkg_eval_prf *event_class(struct nkg_eval_score *s, const char *name)
{
	uint32_t i = 0;
	while (i < s->n_ev_class && strcmp(s->ev_class[i].name, name) < 0)
		i++;
	if (i < s->n_ev_class && strcmp(s->ev_class[i].name, name) == 0)
		return &s->ev_class[i].c;
	if (s->n_ev_class == NKG_EVAL_MAX_CLASSES)
		return NULL;
	memmove(&s->ev_class[i + 1], &s->ev_class[i], (s->n_ev_class - i) * sizeof(s->ev_class[0]));
	memset(&s->ev_class[i], 0, sizeof(s->ev_class[i]));
	set_label(s->ev_class[i].name, sizeof(s->ev_class[i].name), name, strlen(name));
	s->n_ev_class++;
	return &s->ev_class[i].c;
}

/* Event triggers: exact span of any class, then exact span and class.  Both
 * lists unique by (span, class). */
static void score_events(struct nkg_eval_score *s, const struct nkg_eval_anns *gold,
                         const struct nkg_eval_anns *sys)
{
	uint64_t g = 0, n = 0, tp = 0;
	for (size_t i = 0; i < gold->n; i++) {
		bool first = i == 0 || gold->items[i - 1].begin != gold->items[i].begin ||
		             gold->items[i - 1].end != gold->items[i].end;
		g += first;
	}
	for (size_t i = 0; i < sys->n; i++) {
		bool first = i == 0 || sys->items[i - 1].begin != sys->items[i].begin ||
		             sys->items[i - 1].end != sys->items[i].end;
		if (!first)
			continue;
		n++;
		tp += has_exact(gold, &sys->items[i], false);
	}
	prf_add(&s->ev_span, g, n, tp);
	for (size_t i = 0; i < gold->n; i++) {
		struct nkg_eval_prf *c = event_class(s, gold->items[i].label);
		if (c)
			c->gold++;
		else
			s->ev_class_overflow++;
	}
	for (size_t i = 0; i < sys->n; i++) {
		struct nkg_eval_prf *c = event_class(s, sys->items[i].label);
		if (!c) {
			s->ev_class_overflow++;
			continue;
		}
		c->sys++;
		c->tp += has_exact(gold, &sys->items[i], true);
	}
}

/* cp[i] = number of code points in text[0..i) for every byte offset i. */
static uint32_t *code_points(const char *text, size_t len)
{
	uint32_t *cp = nkg_malloc((len + 1) * sizeof(*cp));
	if (!cp)
		return NULL;
	uint32_t n = 0;
	for (size_t i = 0; i < len; i++) {
		cp[i] = n;
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			n++;
	}
	/* A continuation byte's entry is the count before its character's end;
	 * spans start and end on character boundaries, where it is exact. */
	cp[len] = n;
	return cp;
}

static int collect_system(const struct nkg_doc *doc, const uint32_t *cp,
                          const struct nkg_eval_gold *gold, struct nkg_eval_anns *ents,
                          struct nkg_eval_anns *times, struct nkg_eval_anns *events)
{
	const struct nkg_eval_anns *r_ent = nkg_eval_gold_regions(gold, NKG_EVAL_ENTITIES);
	const struct nkg_eval_anns *r_time = nkg_eval_gold_regions(gold, NKG_EVAL_TIMES);
	const struct nkg_eval_anns *r_event = nkg_eval_gold_regions(gold, NKG_EVAL_EVENTS);

	for (uint32_t i = 0; i < doc->n_mentions; i++) {
		const struct nkg_mention *m = &doc->mentions[i];
		if (m->span.begin > m->span.end || m->span.end > doc->text_len)
			continue;
		uint32_t b = cp[m->span.begin], e = cp[m->span.end];
		int rc = 0;
		switch (m->kind) {
		case NKG_MENTION_ENTITY:
			if (!nkg_eval_in_regions(r_ent, b, e))
				break;
			/* a description ("the cleric") is a mention but no name */
			if (m->rule && !strcmp(m->rule, NKG_RULE_ROLE_NOUN))
				break;
			if (m->target < doc->n_entities) {
				enum nkg_entity_kind k =
				        nkg_entity_class_kind(doc->entities[m->target].cls);
				/* products and market indices are no PER/ORG/LOC names */
				if (k == NKG_KIND_PRODUCT || k == NKG_KIND_MARKET_INDEX)
					break;
				int t = k == NKG_KIND_PERSON  ? NKG_EVAL_PER
				        : k == NKG_KIND_PLACE ? NKG_EVAL_LOC
				                              : NKG_EVAL_ORG;
				rc = anns_add(ents, b, e, nkg_str_from_cstr(type_names[t]),
				              NKG_STR_NULL);
			}
			break;
		case NKG_MENTION_TIME:
			if (!nkg_eval_in_regions(r_time, b, e))
				break;
			/* "two years ago": the date or the duration in it, as the
			 * gold's guidelines mark it */
			if (m->rule && !strcmp(m->rule, gold->guidelines == NKG_EVAL_MEANTIME
			                                        ? NKG_RULE_TIMEX_AGO
			                                        : NKG_RULE_TIMEX_AGO_DURATION))
				break;
			if (m->target < doc->n_times) {
				const struct nkg_time *t = &doc->times[m->target];
				const char *type = nkg_timex_type_name(t->type);
				rc = anns_add(times, b, e, nkg_str_from_cstr(type), t->value);
			}
			break;
		case NKG_MENTION_EVENT:
			if (!nkg_eval_in_regions(r_event, b, e))
				break;
			if (m->target < doc->n_events) {
				const char *c = nkg_eval_event_class(doc->events[m->target].cls);
				rc = anns_add(events, b, e, nkg_str_from_cstr(c), NKG_STR_NULL);
			}
			break;
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* The six lists one document is scored on: system and gold names, times
 * and events, inside the layer's regions, sorted and unique as the scorer
 * needs them.  Times are collected only when the gold has times, events
 * only when it has events.  cp: byte -> code point of doc->text. */
struct doc_lists {
	struct nkg_eval_anns se, st, sv, ge, gt, gv;
};

static void lists_release(struct doc_lists *l)
{
	anns_release(&l->se);
	anns_release(&l->st);
	anns_release(&l->sv);
	anns_release(&l->ge);
	anns_release(&l->gt);
	anns_release(&l->gv);
}

static int lists_collect(struct doc_lists *l, const struct nkg_doc *doc, const uint32_t *cp,
                         const struct nkg_eval_gold *gold)
{
	const struct nkg_eval_anns *r_ent = nkg_eval_gold_regions(gold, NKG_EVAL_ENTITIES);
	const struct nkg_eval_anns *r_time = nkg_eval_gold_regions(gold, NKG_EVAL_TIMES);
	const struct nkg_eval_anns *r_event = nkg_eval_gold_regions(gold, NKG_EVAL_EVENTS);
	int rc;

	memset(l, 0, sizeof(*l));
	if ((rc = collect_system(doc, cp, gold, &l->se, &l->st, &l->sv)) ||
	    (rc = copy_gold(&l->ge, &gold->entities, r_ent)) ||
	    (rc = copy_gold(&l->gt, &gold->times, r_time)) ||
	    (rc = copy_gold(&l->gv, &gold->events, r_event)))
		return rc;
	sort_unique(&l->se, false);
	sort_unique(&l->ge, false);
	sort_unique(&l->st, true);
	sort_unique(&l->gt, true);
	sort_unique(&l->sv, false);
	sort_unique(&l->gv, false);
	return 0;
}

/* ---- event participants and dates ------------------------------------------ */

int nkg_eval_role_of(enum nkg_role_type role)
{
	switch (role) {
	case NKG_ROLE_AGENT:
	case NKG_ROLE_SPEAKER: return 0;
	case NKG_ROLE_PATIENT:
	case NKG_ROLE_INSTRUMENT: return 1;
	default: return 2;
	}
}

/* 0, 1, 2 for "A0", "A1", "A2"; -1 for the roles not scored (LOC...). */
static int gold_role(const char *role)
{
	if (role[0] == 'A' && role[1] >= '0' && role[1] <= '2' && role[2] == '\0')
		return role[1] - '0';
	return -1;
}

static int arg_cmp(const void *pa, const void *pb)
{
	const struct nkg_eval_arg *a = pa, *b = pb;
	const uint32_t ka[4] = {a->ev_begin, a->ev_end, a->begin, a->end};
	const uint32_t kb[4] = {b->ev_begin, b->ev_end, b->begin, b->end};
	for (int i = 0; i < 4; i++)
		if (ka[i] != kb[i])
			return ka[i] < kb[i] ? -1 : 1;
	return strcmp(a->role, b->role);
}

/* A participant of the events mentioned at one gold trigger. */
struct part {
	uint32_t entity;
	enum nkg_role_type role;
	size_t gold; /* index + 1 of the gold argument it matched, 0 none */
	bool counted;
};

/* A difference for --errors: indexes into the synthetic sides, SIZE_MAX
 * for an absent side. */
struct arg_err {
	size_t g, y;
	int layer;
	const char *kind;
};

/* The state of scoring one document's participants and dates. */
struct args_ctx {
	const struct nkg_doc *doc;
	const struct nkg_eval_gold *g;
	const uint32_t *cp;
	struct nkg_eval_score *s;       /* counts, or NULL */
	bool errors;                    /* record the differences */
	struct nkg_eval_anns gold, sys; /* --errors: the two sides of each difference */
	struct arg_err *errs;
	size_t n_errs, cap_errs;
	struct part *parts;
	size_t n_parts, cap_parts;
	struct nkg_eval_arg *args; /* the gold arguments, sorted */
	size_t n_args;
};

static void args_ctx_release(struct args_ctx *a)
{
	anns_release(&a->gold);
	anns_release(&a->sys);
	nkg_free(a->errs);
	nkg_free(a->parts);
	nkg_free(a->args);
}

/* The bytes [bb, be) of doc->text, at most max - 1 of them, cut at a
 * character boundary. */
static struct nkg_str byte_text(const struct args_ctx *a, uint32_t bb, uint32_t be, size_t max)
{
	size_t n = be - bb;
	if (n > max - 1) {
		n = max - 1;
		while (n > 0 && ((unsigned char)a->doc->text[bb + n] & 0xC0) == 0x80)
			n--;
	}
	return (struct nkg_str){a->doc->text + bb, n};
}

/* Adds a side (a copy) and returns its index through *idx. */
static int side_add(struct nkg_eval_anns *l, uint32_t b, uint32_t e, const char *label,
                    struct nkg_str value, size_t *idx)
{
	int rc = anns_add(l, b, e, nkg_str_from_cstr(label), value);
	if (!rc)
		*idx = l->n - 1;
	return rc;
}

static int args_err(struct args_ctx *a, int layer, const char *kind, size_t g, size_t y)
{
	if (a->n_errs == a->cap_errs) {
		size_t cap = a->cap_errs ? a->cap_errs * 2 : 16;
		struct arg_err *p = nkg_realloc(a->errs, cap * sizeof(*p));
		if (!p)
			return NKG_ENOMEM;
		a->errs = p;
		a->cap_errs = cap;
	}
	a->errs[a->n_errs++] = (struct arg_err){g, y, layer, kind};
	return 0;
}

/* The first mention of entity (code points) overlapping [b, e), or, when
 * none does and nearest is set, the one nearest to b; false when none. */
static bool entity_mention(const struct args_ctx *a, uint32_t entity, uint32_t b, uint32_t e,
                           bool nearest, struct nkg_span *out)
{
	const struct nkg_doc *doc = a->doc;
	uint32_t best = UINT32_MAX, best_d = UINT32_MAX;
	for (uint32_t i = 0; i < doc->n_mentions; i++) {
		const struct nkg_mention *m = &doc->mentions[i];
		if (m->kind != NKG_MENTION_ENTITY || m->target != entity ||
		    m->span.begin >= m->span.end || m->span.end > doc->text_len)
			continue;
		uint32_t mb = a->cp[m->span.begin], me = a->cp[m->span.end];
		if (mb < e && b < me) {
			*out = m->span;
			return true;
		}
		uint32_t d = me <= b ? b - me : mb - b;
		if (nearest && d < best_d) {
			best_d = d;
			best = i;
		}
	}
	if (best == UINT32_MAX)
		return false;
	*out = doc->mentions[best].span;
	return true;
}

/* Whether a mention of entity overlaps the argument span or (coref) a gold
 * name of the argument's instance; the mention goes to *ms. */
static bool finds(const struct args_ctx *a, uint32_t entity, const struct nkg_eval_arg *x,
                  bool coref, struct nkg_span *ms)
{
	if (entity_mention(a, entity, x->begin, x->end, false, ms))
		return true;
	if (!coref || !x->instance[0])
		return false;
	const struct nkg_eval_anns *ge = &a->g->entities;
	for (size_t i = 0; i < ge->n; i++)
		if (strcmp(ge->items[i].value, x->instance) == 0 &&
		    entity_mention(a, entity, ge->items[i].begin, ge->items[i].end, false, ms))
			return true;
	return false;
}

/* The number of event mentions at exactly [b, e) (code points); the index
 * and byte span of the first go to *first and *tspan. */
static uint32_t events_at(const struct args_ctx *a, uint32_t b, uint32_t e, uint32_t *first,
                          struct nkg_span *tspan)
{
	const struct nkg_doc *doc = a->doc;
	uint32_t n = 0;
	for (uint32_t i = 0; i < doc->n_mentions; i++) {
		const struct nkg_mention *m = &doc->mentions[i];
		if (m->kind != NKG_MENTION_EVENT || m->target >= doc->n_events ||
		    m->span.begin > m->span.end || m->span.end > doc->text_len ||
		    a->cp[m->span.begin] != b || a->cp[m->span.end] != e)
			continue;
		if (!n++) {
			*first = i;
			*tspan = m->span;
		}
	}
	return n;
}

/* The participants of every event mentioned at [b, e), one per entity and
 * mapped role, in mention then participant order. */
static int collect_parts(struct args_ctx *a, uint32_t b, uint32_t e)
{
	const struct nkg_doc *doc = a->doc;
	a->n_parts = 0;
	for (uint32_t i = 0; i < doc->n_mentions; i++) {
		const struct nkg_mention *m = &doc->mentions[i];
		if (m->kind != NKG_MENTION_EVENT || m->target >= doc->n_events ||
		    m->span.begin > m->span.end || m->span.end > doc->text_len ||
		    a->cp[m->span.begin] != b || a->cp[m->span.end] != e)
			continue;
		const struct nkg_event *ev = &doc->events[m->target];
		for (uint32_t k = 0; k < ev->n_participants; k++) {
			const struct nkg_participant *p = &ev->participants[k];
			bool dup = false;
			for (size_t j = 0; j < a->n_parts && !dup; j++)
				dup = a->parts[j].entity == p->entity &&
				      nkg_eval_role_of(a->parts[j].role) ==
				              nkg_eval_role_of(p->role);
			if (dup || p->entity >= doc->n_entities)
				continue;
			if (a->n_parts == a->cap_parts) {
				size_t cap = a->cap_parts ? a->cap_parts * 2 : 8;
				struct part *q = nkg_realloc(a->parts, cap * sizeof(*q));
				if (!q)
					return NKG_ENOMEM;
				a->parts = q;
				a->cap_parts = cap;
			}
			a->parts[a->n_parts++] = (struct part){p->entity, p->role, 0, true};
		}
	}
	return 0;
}

/* Scores the participants of one found gold trigger [b, e) against the
 * gold arguments args[0..n). */
static int score_trigger_args(struct args_ctx *a, uint32_t b, uint32_t e,
                              const struct nkg_eval_arg *args, size_t n, struct nkg_span tspan,
                              bool coref)
{
	int rc;
	uint64_t gold[3] = {0}, sys[3] = {0}, tp_role[3] = {0}, tp = 0, n_gold = 0, n_sys = 0;
	struct nkg_span ms;

	if ((rc = collect_parts(a, b, e)))
		return rc;
	/* Gold in order; first a participant of the mapped role, then any. */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n; i++) {
			int r = gold_role(args[i].role);
			bool taken = false;
			for (size_t j = 0; j < a->n_parts; j++)
				taken |= a->parts[j].gold == i + 1;
			if (r < 0 || taken)
				continue;
			for (size_t j = 0; j < a->n_parts; j++) {
				struct part *p = &a->parts[j];
				if (p->gold || (pass == 0 && nkg_eval_role_of(p->role) != r) ||
				    !finds(a, p->entity, &args[i], coref, &ms))
					continue;
				p->gold = i + 1;
				break;
			}
		}
	}
	/* A participant left over inside some gold argument (of a role not
	 * scored, or a second one in a conjunction) is not counted. */
	for (size_t j = 0; j < a->n_parts; j++) {
		struct part *p = &a->parts[j];
		for (size_t i = 0; i < n && !p->gold && p->counted; i++)
			if (finds(a, p->entity, &args[i], coref, &ms))
				p->counted = false;
	}
	/* --errors shows each argument with its trigger: "said@319". */
	char tv[NKG_EVAL_VALUE_MAX];
	struct nkg_str tt = byte_text(a, tspan.begin, tspan.end, NKG_EVAL_VALUE_MAX - 12);
	snprintf(tv, sizeof(tv), "%.*s@%u", (int)tt.len, tt.ptr, b);
	struct nkg_str trig = nkg_str_from_cstr(tv);
	for (size_t i = 0; i < n; i++) {
		int r = gold_role(args[i].role);
		if (r < 0)
			continue;
		n_gold++;
		gold[r]++;
		const struct part *p = NULL;
		for (size_t j = 0; j < a->n_parts && !p; j++)
			if (a->parts[j].gold == i + 1)
				p = &a->parts[j];
		if (p) {
			tp++;
			tp_role[r] += nkg_eval_role_of(p->role) == r;
		}
		if (!a->errors || !coref || (p && nkg_eval_role_of(p->role) == r))
			continue;
		size_t gi, yi = SIZE_MAX;
		if ((rc = side_add(&a->gold, args[i].begin, args[i].end, args[i].role, trig, &gi)))
			return rc;
		if (p) {
			finds(a, p->entity, &args[i], coref, &ms);
			if ((rc = side_add(&a->sys, a->cp[ms.begin], a->cp[ms.end],
			                   nkg_role_type_name(p->role), trig, &yi)))
				return rc;
		}
		if ((rc = args_err(a, 3, p ? "role" : "missed", gi, yi)))
			return rc;
	}
	for (size_t j = 0; j < a->n_parts; j++) {
		const struct part *p = &a->parts[j];
		if (!p->counted)
			continue;
		n_sys++;
		sys[nkg_eval_role_of(p->role)]++;
		if (p->gold || !a->errors || !coref)
			continue;
		size_t yi;
		if (!entity_mention(a, p->entity, b, e, true, &ms))
			continue;
		if ((rc = side_add(&a->sys, a->cp[ms.begin], a->cp[ms.end],
		                   nkg_role_type_name(p->role), trig, &yi)) ||
		    (rc = args_err(a, 3, "spurious", SIZE_MAX, yi)))
			return rc;
	}
	if (a->s && !coref) {
		prf_add(&a->s->arg_span, n_gold, n_sys, tp);
	} else if (a->s) {
		a->s->arg_triggers++;
		prf_add(&a->s->arg, n_gold, n_sys, tp);
		for (int r = 0; r < 3; r++)
			prf_add(&a->s->arg_role[r], gold[r], sys[r], tp_role[r]);
	}
	return 0;
}

static bool is_prefix(const char *a, const char *b)
{
	return strncmp(a, b, strlen(a)) == 0;
}

/* Scores one gold date: the trigger [g->begin, g->end), the value g->value. */
static int score_date(struct args_ctx *a, const struct nkg_eval_ann *g)
{
	const struct nkg_doc *doc = a->doc;
	uint32_t first;
	struct nkg_span tspan;
	const char *value = NULL;
	char buf[NKG_EVAL_VALUE_MAX];
	int rc;

	if (!events_at(a, g->begin, g->end, &first, &tspan))
		return 0;
	for (uint32_t i = first; i < doc->n_mentions && !value; i++) {
		const struct nkg_mention *m = &doc->mentions[i];
		if (m->kind != NKG_MENTION_EVENT || m->target >= doc->n_events ||
		    m->span.begin > m->span.end || m->span.end > doc->text_len ||
		    a->cp[m->span.begin] != g->begin || a->cp[m->span.end] != g->end)
			continue;
		uint32_t t = doc->events[m->target].time;
		if (t >= doc->n_times)
			continue;
		struct nkg_str v = doc->times[t].value;
		set_label(buf, sizeof(buf), v.ptr ? v.ptr : "", v.len);
		value = buf;
	}
	bool exact = value && strcmp(value, g->value) == 0;
	bool compat = value && (is_prefix(value, g->value) || is_prefix(g->value, value));
	if (a->s) {
		prf_add(&a->s->date_exact, 1, value != NULL, exact);
		prf_add(&a->s->date_compat, 1, value != NULL, compat);
	}
	if (!a->errors || exact)
		return 0;
	size_t gi, yi = SIZE_MAX;
	if ((rc = side_add(&a->gold, g->begin, g->end, "date", nkg_str_from_cstr(g->value), &gi)))
		return rc;
	if (value &&
	    (rc = side_add(&a->sys, g->begin, g->end, "date", nkg_str_from_cstr(value), &yi)))
		return rc;
	return args_err(a, 4, !value ? "undated" : compat ? "compatible" : "value", gi, yi);
}

/* The participant and date scores of one document (see nkg_eval_score_doc);
 * gv: the gold triggers inside the event regions, sorted. */
static int score_args(struct args_ctx *a, const struct nkg_eval_gold *gold,
                      const struct nkg_eval_anns *gv)
{
	const struct nkg_eval_anns *r_event = nkg_eval_gold_regions(gold, NKG_EVAL_EVENTS);
	int rc;

	if (gold->arguments.present) {
		if (a->s)
			a->s->has_args = true;
		if (gold->arguments.n) {
			a->args = nkg_malloc(gold->arguments.n * sizeof(*a->args));
			if (!a->args)
				return NKG_ENOMEM;
			memcpy(a->args, gold->arguments.items,
			       gold->arguments.n * sizeof(*a->args));
			a->n_args = gold->arguments.n;
			qsort(a->args, a->n_args, sizeof(*a->args), arg_cmp);
		}
		size_t k = 0; /* first argument of the current trigger */
		for (size_t i = 0; i < gv->n; i++) {
			const struct nkg_eval_ann *t = &gv->items[i];
			if (i > 0 && gv->items[i - 1].begin == t->begin &&
			    gv->items[i - 1].end == t->end)
				continue;
			while (k < a->n_args &&
			       (a->args[k].ev_begin < t->begin ||
			        (a->args[k].ev_begin == t->begin && a->args[k].ev_end < t->end)))
				k++;
			size_t n = 0;
			while (k + n < a->n_args && a->args[k + n].ev_begin == t->begin &&
			       a->args[k + n].ev_end == t->end)
				n++;
			uint32_t first;
			struct nkg_span tspan;
			if (!events_at(a, t->begin, t->end, &first, &tspan))
				continue;
			if ((rc = score_trigger_args(a, t->begin, t->end, a->args + k, n, tspan,
			                             false)) ||
			    (rc = score_trigger_args(a, t->begin, t->end, a->args + k, n, tspan,
			                             true)))
				return rc;
		}
	}
	if (gold->event_times.present) {
		if (a->s)
			a->s->has_dates = true;
		for (size_t i = 0; i < gold->event_times.n; i++) {
			const struct nkg_eval_ann *g = &gold->event_times.items[i];
			if (!nkg_eval_in_regions(r_event, g->begin, g->end))
				continue;
			if ((rc = score_date(a, g)))
				return rc;
		}
	}
	return 0;
}

int nkg_eval_score_doc(struct nkg_eval_score *s, const struct nkg_doc *doc,
                       const struct nkg_eval_gold *gold)
{
	struct doc_lists l = {0};
	uint32_t *cp = code_points(doc->text, doc->text_len);
	int rc = NKG_ENOMEM;

	if (!cp)
		goto out;
	if ((rc = lists_collect(&l, doc, cp, gold)))
		goto out;
	if (gold->entities.present) {
		s->has_entities = true;
		score_entities(s, &l.ge, &l.se);
	}
	if (gold->times.present) {
		s->has_times = true;
		if ((rc = score_times(s, &l.gt, &l.st)))
			goto out;
	}
	if (gold->events.present) {
		s->has_events = true;
		score_events(s, &l.gv, &l.sv);
	}
	struct args_ctx a = {.doc = doc, .g = gold, .cp = cp, .s = s};
	rc = score_args(&a, gold, &l.gv);
	args_ctx_release(&a);
	if (rc)
		goto out;
	s->docs++;
out:
	nkg_free(cp);
	lists_release(&l);
	return rc;
}

/* ---- the errors of one document (newskg eval --errors) ------------------- */

/* One line of the listing: a gold annotation, a system one, or a pair. */
struct err_item {
	const struct nkg_eval_ann *g, *y;
	int layer; /* index into layer_names: the order of the listing */
	char kind[24];
};

static const char *const layer_names[] = {"names", "times", "events", "participants", "dates"};

static uint32_t item_begin(const struct err_item *e)
{
	return e->g ? e->g->begin : e->y->begin;
}

static int item_cmp(const void *pa, const void *pb)
{
	const struct err_item *a = pa, *b = pb;
	if (a->layer != b->layer)
		return a->layer < b->layer ? -1 : 1;
	uint32_t ba = item_begin(a), bb = item_begin(b);
	if (ba != bb)
		return ba < bb ? -1 : 1;
	/* gold before system at the same place, then by end */
	if (!a->g != !b->g)
		return a->g ? -1 : 1;
	uint32_t ea = a->g ? a->g->end : a->y->end, eb = b->g ? b->g->end : b->y->end;
	if (ea != eb)
		return ea < eb ? -1 : 1;
	const struct nkg_eval_ann *xa = a->g ? a->g : a->y, *xb = b->g ? b->g : b->y;
	int c = strcmp(xa->label, xb->label);
	return c ? c : strcmp(xa->value, xb->value);
}

struct err_list {
	struct err_item *items;
	size_t n, cap;
};

static int err_add(struct err_list *l, int layer, const char *kind, const struct nkg_eval_ann *g,
                   const struct nkg_eval_ann *y)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		struct err_item *p = nkg_realloc(l->items, cap * sizeof(*p));
		if (!p)
			return NKG_ENOMEM;
		l->items = p;
		l->cap = cap;
	}
	struct err_item *e = &l->items[l->n++];
	e->g = g;
	e->y = y;
	e->layer = layer;
	set_label(e->kind, sizeof(e->kind), kind, strlen(kind));
	return 0;
}

/* Exact span with the same label, or (label false) any label; the match or NULL. */
static const struct nkg_eval_ann *find_exact(const struct nkg_eval_anns *a,
                                             const struct nkg_eval_ann *x, bool label)
{
	for (size_t i = 0; i < a->n; i++) {
		const struct nkg_eval_ann *y = &a->items[i];
		if (y->begin == x->begin && y->end == x->end &&
		    (!label || strcmp(y->label, x->label) == 0))
			return y;
	}
	return NULL;
}

/* Names: a gold name the system gave another type is one "type" line;
 * the rest "missed" (gold) and "spurious" (system).  Events: exact span of
 * any class, as scored. */
static int span_errors(struct err_list *l, int layer, const struct nkg_eval_anns *gold,
                       const struct nkg_eval_anns *sys, bool typed)
{
	int rc;
	for (size_t i = 0; i < gold->n; i++) {
		const struct nkg_eval_ann *g = &gold->items[i], *y;
		if (find_exact(sys, g, typed))
			continue;
		if (typed && (y = find_exact(sys, g, false)))
			rc = err_add(l, layer, "type", g, y);
		else
			rc = err_add(l, layer, "missed", g, NULL);
		if (rc)
			return rc;
	}
	for (size_t j = 0; j < sys->n; j++) {
		const struct nkg_eval_ann *y = &sys->items[j];
		if (find_exact(gold, y, typed) || (typed && find_exact(gold, y, false)))
			continue;
		if ((rc = err_add(l, layer, "spurious", NULL, y)))
			return rc;
	}
	return 0;
}

/* Times: the scorer's one-to-one matching; a matched pair is listed when its
 * span, type or value differ ("span,value"), with what was compared. */
static int time_errors(struct err_list *l, const struct nkg_eval_anns *gold,
                       const struct nkg_eval_anns *sys)
{
	size_t *match = NULL;
	bool *taken = NULL;
	int rc = NKG_ENOMEM;

	if (gold->n && !(match = nkg_calloc(gold->n, sizeof(*match))))
		goto out;
	if (sys->n && !(taken = nkg_calloc(sys->n, sizeof(*taken))))
		goto out;
	match_times(gold, sys, match, taken);
	rc = 0;
	for (size_t i = 0; i < gold->n && !rc; i++) {
		const struct nkg_eval_ann *g = &gold->items[i];
		if (!match[i]) {
			rc = err_add(l, 1, "missed", g, NULL);
			continue;
		}
		const struct nkg_eval_ann *y = &sys->items[match[i] - 1];
		char kind[24] = "";
		if (g->begin != y->begin || g->end != y->end)
			strcat(kind, "span");
		if (strcmp(g->label, "UNKNOWN") != 0 && strcmp(g->label, y->label) != 0)
			strcat(strcat(kind, kind[0] ? "," : ""), "type");
		if (g->value[0] && strcmp(g->value, y->value) != 0)
			strcat(strcat(kind, kind[0] ? "," : ""), "value");
		if (kind[0])
			rc = err_add(l, 1, kind, g, y);
	}
	for (size_t j = 0; j < sys->n && !rc; j++)
		if (!taken[j])
			rc = err_add(l, 1, "spurious", NULL, &sys->items[j]);
out:
	nkg_free(match);
	nkg_free(taken);
	return rc;
}

/* Prints "b-e", the label (times: with "=value" when there is one; the
 * value of a name or event is its gold instance, not shown) and the span's
 * text (tabs and line breaks as spaces, at most 120 bytes), or three "-". */
static void print_side(FILE *out, const struct nkg_eval_ann *a, bool value,
                       const struct nkg_doc *doc, const uint32_t *byte)
{
	if (!a) {
		fputs("\t-\t-\t-", out);
		return;
	}
	value = value && a->value[0];
	fprintf(out, "\t%u-%u\t%s%s%s\t", a->begin, a->end, a->label, value ? "=" : "",
	        value ? a->value : "");
	size_t b = byte[a->begin], e = byte[a->end];
	if (e - b > 120)
		e = b + 120;
	while (e > b && e < doc->text_len && ((unsigned char)doc->text[e] & 0xC0) == 0x80)
		e--; /* do not cut a character */
	for (size_t i = b; i < e; i++) {
		char c = doc->text[i];
		fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
	}
}

int nkg_eval_errors_doc(FILE *out, struct nkg_str id, const struct nkg_doc *doc,
                        const struct nkg_eval_gold *gold)
{
	struct doc_lists l = {0};
	struct err_list el = {0};
	struct args_ctx a = {.doc = doc, .g = gold, .errors = true};
	uint32_t *cp = code_points(doc->text, doc->text_len);
	uint32_t *byte = NULL; /* code point -> byte offset */
	int rc = NKG_ENOMEM;

	if (!cp)
		goto out;
	uint32_t n_cp = cp[doc->text_len];
	if (!(byte = nkg_malloc(((size_t)n_cp + 1) * sizeof(*byte))))
		goto out;
	for (size_t i = doc->text_len + 1; i-- > 0;)
		if (i == doc->text_len || ((unsigned char)doc->text[i] & 0xC0) != 0x80)
			byte[cp[i]] = (uint32_t)i;
	if ((rc = lists_collect(&l, doc, cp, gold)))
		goto out;
	if (gold->entities.present && (rc = span_errors(&el, 0, &l.ge, &l.se, true)))
		goto out;
	if (gold->times.present && (rc = time_errors(&el, &l.gt, &l.st)))
		goto out;
	if (gold->events.present && (rc = span_errors(&el, 2, &l.gv, &l.sv, false)))
		goto out;
	a.cp = cp;
	if ((rc = score_args(&a, gold, &l.gv)))
		goto out;
	for (size_t i = 0; i < a.n_errs; i++) {
		const struct arg_err *x = &a.errs[i];
		if ((rc = err_add(&el, x->layer, x->kind,
		                  x->g == SIZE_MAX ? NULL : &a.gold.items[x->g],
		                  x->y == SIZE_MAX ? NULL : &a.sys.items[x->y])))
			goto out;
	}
	if (el.n)
		qsort(el.items, el.n, sizeof(*el.items), item_cmp);
	for (size_t i = 0; i < el.n; i++) {
		const struct err_item *e = &el.items[i];
		fprintf(out, "%.*s\t%s\t%s", (int)id.len, id.ptr ? id.ptr : "",
		        layer_names[e->layer], e->kind);
		print_side(out, e->g, e->layer != 0 && e->layer != 2, doc, byte);
		print_side(out, e->y, e->layer != 0 && e->layer != 2, doc, byte);
		fputc('\n', out);
	}
	rc = 0;
out:
	nkg_free(cp);
	nkg_free(byte);
	nkg_free(el.items);
	args_ctx_release(&a);
	lists_release(&l);
	return rc;
}

/* ---- gold records ------------------------------------------------------------ */

struct walker {
	const char *p, *end, *line;
	char *err;
	size_t errlen;
};

static int fail(struct walker *w, const char *what)
{
	snprintf(w->err, w->errlen, "column %zu: %s", (size_t)(w->p - w->line) + 1, what);
	return NKG_EINVAL;
}

static void skip_ws(struct walker *w)
{
	while (w->p < w->end && (*w->p == ' ' || *w->p == '\t' || *w->p == '\r' || *w->p == '\n'))
		w->p++;
}

static bool eat(struct walker *w, char c)
{
	skip_ws(w);
	if (w->p < w->end && *w->p == c) {
		w->p++;
		return true;
	}
	return false;
}

static int read_uint(struct walker *w, uint32_t *out)
{
	uint64_t v = 0;
	skip_ws(w);
	const char *start = w->p;
	while (w->p < w->end && *w->p >= '0' && *w->p <= '9') {
		v = v * 10 + (uint64_t)(*w->p - '0');
		if (v > UINT32_MAX)
			return fail(w, "offset too large");
		w->p++;
	}
	if (w->p == start)
		return fail(w, "expected an offset (a non-negative integer)");
	if (w->p < w->end && (*w->p == '.' || *w->p == 'e' || *w->p == 'E' || *w->p == '-'))
		return fail(w, "expected an integer offset");
	*out = (uint32_t)v;
	return 0;
}

/* A string without escapes, or null (empty slice). */
static int read_plain(struct walker *w, struct nkg_str *out, bool null_ok)
{
	skip_ws(w);
	if (null_ok && w->end - w->p >= 4 && memcmp(w->p, "null", 4) == 0) {
		w->p += 4;
		*out = NKG_STR_NULL;
		return 0;
	}
	if (w->p >= w->end || *w->p != '"')
		return fail(w, null_ok ? "expected a string or null" : "expected a string");
	const char *s = ++w->p;
	while (w->p < w->end && *w->p != '"') {
		if (*w->p == '\\')
			return fail(w, "escapes are not allowed in annotation strings");
		w->p++;
	}
	if (w->p >= w->end)
		return fail(w, "unterminated string");
	out->ptr = s;
	out->len = (size_t)(w->p - s);
	w->p++;
	return 0;
}

/* [[b,e,label(,value|instance)?],...] or, for regions, [[b,e],...]. */
static int read_anns(struct walker *w, struct nkg_eval_anns *a, bool regions, uint32_t n_cp)
{
	int rc;
	if (!eat(w, '['))
		return fail(w, "expected '['");
	a->present = true;
	if (eat(w, ']'))
		return 0;
	do {
		uint32_t b, e;
		struct nkg_str label = NKG_STR_NULL, value = NKG_STR_NULL;
		if (!eat(w, '['))
			return fail(w, "expected '[' starting an annotation");
		const char *start = w->p - 1;
		if ((rc = read_uint(w, &b)))
			return rc;
		if (!eat(w, ','))
			return fail(w, "expected ','");
		if ((rc = read_uint(w, &e)))
			return rc;
		if (b > e || e > n_cp) {
			w->p = start;
			return fail(w, "span outside the text or reversed");
		}
		if (!regions) {
			if (!eat(w, ','))
				return fail(w, "expected ',' before the label");
			if ((rc = read_plain(w, &label, false)))
				return rc;
			if (eat(w, ',') && (rc = read_plain(w, &value, true)))
				return rc;
		}
		if (!eat(w, ']'))
			return fail(w, "expected ']' ending an annotation");
		if ((rc = anns_add(a, b, e, label, value)))
			return rc;
	} while (eat(w, ','));
	if (!eat(w, ']'))
		return fail(w, "expected ']'");
	return 0;
}

/* One span "b,e" (after '[' or ','), checked against the text. */
static int read_span(struct walker *w, uint32_t *b, uint32_t *e, uint32_t n_cp)
{
	const char *start = w->p;
	int rc;
	if ((rc = read_uint(w, b)))
		return rc;
	if (!eat(w, ','))
		return fail(w, "expected ','");
	if ((rc = read_uint(w, e)))
		return rc;
	if (*b > *e || *e > n_cp) {
		w->p = start;
		return fail(w, "span outside the text or reversed");
	}
	return 0;
}

/* "event_times": [[b,e,value],...], stored with label "DATE". */
static int read_event_times(struct walker *w, struct nkg_eval_anns *a, uint32_t n_cp)
{
	int rc;
	if (!eat(w, '['))
		return fail(w, "expected '['");
	a->present = true;
	if (eat(w, ']'))
		return 0;
	do {
		uint32_t b, e;
		struct nkg_str value;
		if (!eat(w, '['))
			return fail(w, "expected '[' starting an event time");
		if ((rc = read_span(w, &b, &e, n_cp)))
			return rc;
		if (!eat(w, ','))
			return fail(w, "expected ',' before the value");
		if ((rc = read_plain(w, &value, false)))
			return rc;
		if (!eat(w, ']'))
			return fail(w, "expected ']' ending an event time");
		if ((rc = anns_add(a, b, e, NKG_STR_LIT("DATE"), value)))
			return rc;
	} while (eat(w, ','));
	if (!eat(w, ']'))
		return fail(w, "expected ']'");
	return 0;
}

/* "arguments": [[ev_b,ev_e,b,e,role(,instance|null)?],...]. */
static int read_args(struct walker *w, struct nkg_eval_args *a, uint32_t n_cp)
{
	int rc;
	if (!eat(w, '['))
		return fail(w, "expected '['");
	a->present = true;
	if (eat(w, ']'))
		return 0;
	do {
		struct nkg_eval_arg x;
		struct nkg_str role, inst = NKG_STR_NULL;
		if (!eat(w, '['))
			return fail(w, "expected '[' starting an argument");
		if ((rc = read_span(w, &x.ev_begin, &x.ev_end, n_cp)))
			return rc;
		if (!eat(w, ','))
			return fail(w, "expected ','");
		if ((rc = read_span(w, &x.begin, &x.end, n_cp)))
			return rc;
		if (!eat(w, ','))
			return fail(w, "expected ',' before the role");
		if ((rc = read_plain(w, &role, false)))
			return rc;
		if (eat(w, ',') && (rc = read_plain(w, &inst, true)))
			return rc;
		if (!eat(w, ']'))
			return fail(w, "expected ']' ending an argument");
		set_label(x.role, sizeof(x.role), role.ptr, role.len);
		set_label(x.instance, sizeof(x.instance), inst.ptr ? inst.ptr : "", inst.len);
		if (a->n == a->cap) {
			size_t cap = a->cap ? a->cap * 2 : 16;
			struct nkg_eval_arg *p = nkg_realloc(a->items, cap * sizeof(*p));
			if (!p)
				return NKG_ENOMEM;
			a->items = p;
			a->cap = cap;
		}
		a->items[a->n++] = x;
	} while (eat(w, ','));
	if (!eat(w, ']'))
		return fail(w, "expected ']'");
	return 0;
}

enum {
	F_ID,
	F_DATE,
	F_TITLE,
	F_TEXT,
	F_SPLIT,
	F_SET,
	F_ENT,
	F_TIMES,
	F_EVENTS,
	F_REGIONS,
	F_ENT_REGIONS,
	F_TIME_REGIONS,
	F_EVENT_REGIONS,
	F_EVENT_TIMES,
	F_ARGS,
	F_N
};

/* The sets whose times follow MEANTIME's guidelines (eval/README.md). */
static const char *const meantime_sets[] = {"meantime", "meantime-rest", "ecbplus-times",
                                            "ecb-times", "ecbplus-test-times"};

int nkg_eval_parse_record(char *line, size_t n, struct nkg_eval_record *rec,
                          struct nkg_eval_gold *gold, char *err, size_t errlen)
{
	struct nkg_json_member m[F_N] = {
	        [F_ID] = {.key = "id"},
	        [F_DATE] = {.key = "date"},
	        [F_TITLE] = {.key = "title"},
	        [F_TEXT] = {.key = "text"},
	        [F_SPLIT] = {.key = "split"},
	        [F_SET] = {.key = "set"},
	        [F_ENT] = {.key = "entities"},
	        [F_TIMES] = {.key = "times"},
	        [F_EVENTS] = {.key = "events"},
	        [F_REGIONS] = {.key = "regions"},
	        [F_ENT_REGIONS] = {.key = "entity_regions"},
	        [F_TIME_REGIONS] = {.key = "time_regions"},
	        [F_EVENT_REGIONS] = {.key = "event_regions"},
	        [F_EVENT_TIMES] = {.key = "event_times"},
	        [F_ARGS] = {.key = "arguments"},
	};
	struct nkg_json_error jerr;
	struct nkg_eval_anns *lists[F_N] = {
	        [F_ENT] = &gold->entities,
	        [F_TIMES] = &gold->times,
	        [F_EVENTS] = &gold->events,
	        [F_REGIONS] = &gold->regions,
	        [F_ENT_REGIONS] = &gold->entity_regions,
	        [F_TIME_REGIONS] = &gold->time_regions,
	        [F_EVENT_REGIONS] = &gold->event_regions,
	        [F_EVENT_TIMES] = &gold->event_times,
	};
	size_t bad;
	char *copy = NULL;
	int rc;

	if (nkg_utf8_validate(line, n, &bad)) {
		snprintf(err, errlen, "column %zu: invalid UTF-8", bad + 1);
		return NKG_EUTF8;
	}
	/* The parser unescapes strings in place and NUL-terminates them where
	 * their closing quotes were: the annotation arrays are read from a copy. */
	if (!(copy = nkg_malloc(n ? n : 1)))
		return NKG_ENOMEM;
	memcpy(copy, line, n);
	if (nkg_json_parse_record(line, n, m, F_N, &jerr)) {
		snprintf(err, errlen, "column %zu: %s", jerr.column, jerr.msg);
		rc = NKG_EJSON;
		goto out;
	}
	for (int i = F_ID; i <= F_SET; i++) {
		if (m[i].type != NKG_JSON_ABSENT && m[i].type != NKG_JSON_NULL &&
		    m[i].type != NKG_JSON_STRING && !(i == F_ID && m[i].type == NKG_JSON_NUMBER)) {
			snprintf(err, errlen, "column %zu: \"%s\" must be a string, not %s",
			         m[i].column, m[i].key, nkg_json_type_name(m[i].type));
			rc = NKG_EINVAL;
			goto out;
		}
	}
	if (m[F_TEXT].type != NKG_JSON_STRING) {
		snprintf(err, errlen, "no \"text\" string");
		rc = NKG_EINVAL;
		goto out;
	}
	uint32_t n_cp = (uint32_t)nkg_utf8_count(m[F_TEXT].value.ptr, m[F_TEXT].value.len);
	struct walker w = {.line = copy, .end = copy + n, .err = err, .errlen = errlen};
	for (int i = F_ENT; i < F_N; i++) {
		if (m[i].type == NKG_JSON_ABSENT || m[i].type == NKG_JSON_NULL)
			continue;
		if (m[i].type != NKG_JSON_ARRAY) {
			snprintf(err, errlen, "column %zu: \"%s\" must be an array, not %s",
			         m[i].column, m[i].key, nkg_json_type_name(m[i].type));
			rc = NKG_EINVAL;
			goto out;
		}
		w.p = copy + m[i].column - 1;
		if (i == F_ARGS)
			rc = read_args(&w, &gold->arguments, n_cp);
		else if (i == F_EVENT_TIMES)
			rc = read_event_times(&w, lists[i], n_cp);
		else
			rc = read_anns(&w, lists[i], i >= F_REGIONS, n_cp);
		if (rc)
			goto out;
	}
	rec->id = m[F_ID].value;
	rec->date = m[F_DATE].value;
	rec->title = m[F_TITLE].value;
	rec->text = m[F_TEXT].value;
	rec->split = m[F_SPLIT].value;
	rec->set = m[F_SET].value;
	gold->guidelines = NKG_EVAL_TIMEBANK;
	for (size_t i = 0; i < sizeof(meantime_sets) / sizeof(meantime_sets[0]); i++)
		if (nkg_str_eq_cstr(rec->set, meantime_sets[i]))
			gold->guidelines = NKG_EVAL_MEANTIME;
	rc = 0;
out:
	nkg_free(copy);
	return rc;
}

/* ---- tables ------------------------------------------------------------------ */

static void row(FILE *out, const char *set, const char *split, const char *task, const char *label,
                const struct nkg_eval_prf *c, bool tsv)
{
	double p = nkg_eval_precision(c), r = nkg_eval_recall(c), f = nkg_eval_f1(c);
	if (tsv)
		fprintf(out, "%s\t%s\t%s\t%s\t%llu\t%llu\t%llu\t%.4f\t%.4f\t%.4f\n", set, split,
		        task, label, (unsigned long long)c->gold, (unsigned long long)c->sys,
		        (unsigned long long)c->tp, p, r, f);
	else
		fprintf(out, "  %-26s %7llu %7llu %7llu %7.2f %7.2f %7.2f\n", label,
		        (unsigned long long)c->gold, (unsigned long long)c->sys,
		        (unsigned long long)c->tp, 100 * p, 100 * r, 100 * f);
}

static void header(FILE *out, const char *title, bool tsv)
{
	if (!tsv)
		fprintf(out, "%-28s %7s %7s %7s %7s %7s %7s\n", title, "gold", "system", "correct",
		        "P", "R", "F1");
}

/* The participants table: overlap, then per gold role with newskg's role
 * mapped to it, and the share of matches whose roles agree. */
static void print_args(FILE *out, const char *set, const char *split,
                       const struct nkg_eval_score *s, bool tsv)
{
	static const char *const roles[3] = {"A0 = agent, speaker", "A1 = patient, instrument",
	                                     "A2 = participant"};
	uint64_t ok = 0;
	if (tsv)
		fprintf(out, "%s\t%s\tparticipants\ttriggers found\t%llu\t-\t-\t-\t-\t-\n", set,
		        split, (unsigned long long)s->arg_triggers);
	header(out, "event participants", tsv);
	if (!tsv)
		fprintf(out, "  (over the %llu gold triggers found)\n",
		        (unsigned long long)s->arg_triggers);
	row(out, set, split, "participants", "any role (span overlap)", &s->arg_span, tsv);
	row(out, set, split, "participants", "any role (same entity)", &s->arg, tsv);
	for (int r = 0; r < 3; r++) {
		row(out, set, split, "participants", roles[r], &s->arg_role[r], tsv);
		ok += s->arg_role[r].tp;
	}
	double acc = s->arg.tp ? (double)ok / (double)s->arg.tp : 0.0;
	if (tsv)
		fprintf(out, "%s\t%s\tparticipants\trole accuracy\t%llu\t-\t%llu\t-\t-\t%.4f\n",
		        set, split, (unsigned long long)s->arg.tp, (unsigned long long)ok, acc);
	else
		fprintf(out, "  %-26s %7llu %7s %7llu %23.2f\n", "role accuracy (matched)",
		        (unsigned long long)s->arg.tp, "", (unsigned long long)ok, 100 * acc);
}

void nkg_eval_print(FILE *out, const char *set, const char *split, const struct nkg_eval_score *s,
                    bool tsv)
{
	if (tsv) {
		fprintf(out, "%s\t%s\tdocuments\t-\t%llu\t-\t-\t-\t-\t-\n", set, split,
		        (unsigned long long)s->docs);
	} else {
		fprintf(out, "== %s, split %s: %llu documents ==\n", set, split,
		        (unsigned long long)s->docs);
	}
	if (s->has_entities) {
		header(out, "names (exact span and type)", tsv);
		for (int t = 0; t < NKG_EVAL_NTYPES; t++)
			row(out, set, split, "names",
			    t == NKG_EVAL_ALL ? "all (micro)" : type_names[t], &s->ent[t], tsv);
	}
	if (s->has_times) {
		header(out, "times (TempEval-3)", tsv);
		row(out, set, split, "times", "strict span", &s->t_strict, tsv);
		row(out, set, split, "times", "relaxed span", &s->t_relaxed, tsv);
		row(out, set, split, "times", "type (relaxed)", &s->t_type, tsv);
		if (s->has_values) {
			row(out, set, split, "times", "value (relaxed)", &s->t_value, tsv);
			double acc = s->t_value_matched
			                     ? (double)s->t_value.tp / (double)s->t_value_matched
			                     : 0.0;
			if (tsv)
				fprintf(out,
				        "%s\t%s\ttimes\tvalue "
				        "accuracy\t%llu\t-\t%llu\t-\t-\t%.4f\n",
				        set, split, (unsigned long long)s->t_value_matched,
				        (unsigned long long)s->t_value.tp, acc);
			else
				fprintf(out, "  %-26s %7llu %7s %7llu %23.2f\n",
				        "value accuracy (matched)",
				        (unsigned long long)s->t_value_matched, "",
				        (unsigned long long)s->t_value.tp, 100 * acc);
		} else if (!tsv) {
			fprintf(out, "  %-26s %7s\n", "value", "- (gold has no values)");
		}
	}
	if (s->has_events) {
		header(out, "event triggers (exact span)", tsv);
		row(out, set, split, "events", "any class", &s->ev_span, tsv);
		for (uint32_t i = 0; i < s->n_ev_class; i++)
			row(out, set, split, "events", s->ev_class[i].name, &s->ev_class[i].c, tsv);
		if (s->ev_class_overflow && !tsv)
			fprintf(out, "  (%llu annotations of further classes not shown)\n",
			        (unsigned long long)s->ev_class_overflow);
	}
	if (s->has_args)
		print_args(out, set, split, s, tsv);
	if (s->has_dates) {
		header(out, "event dates", tsv);
		row(out, set, split, "dates", "exact value", &s->date_exact, tsv);
		row(out, set, split, "dates", "compatible (prefix)", &s->date_compat, tsv);
	}
	if (!tsv)
		fputc('\n', out);
}
