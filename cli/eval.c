/* eval.c - the scorer of newskg eval: gold records, matching, tables. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/json.h"
#include "../core/utf8.h"

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
			if (m->target < doc->n_entities) {
				enum nkg_entity_kind k =
				        nkg_entity_class_kind(doc->entities[m->target].cls);
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
	score_entities(s, &l.ge, &l.se);
	if (gold->times.present) {
		s->has_times = true;
		if ((rc = score_times(s, &l.gt, &l.st)))
			goto out;
	}
	if (gold->events.present) {
		s->has_events = true;
		score_events(s, &l.gv, &l.sv);
	}
	s->docs++;
	rc = 0;
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

static const char *const layer_names[] = {"names", "times", "events"};

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
	return strcmp(xa->label, xb->label);
}

struct err_list {
	struct err_item *items;
	size_t n, cap;
};

static int err_add(struct err_list *l, int layer, const char *kind,
                   const struct nkg_eval_ann *g, const struct nkg_eval_ann *y)
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
	if ((rc = span_errors(&el, 0, &l.ge, &l.se, true)))
		goto out;
	if (gold->times.present && (rc = time_errors(&el, &l.gt, &l.st)))
		goto out;
	if (gold->events.present && (rc = span_errors(&el, 2, &l.gv, &l.sv, false)))
		goto out;
	if (el.n)
		qsort(el.items, el.n, sizeof(*el.items), item_cmp);
	for (size_t i = 0; i < el.n; i++) {
		const struct err_item *e = &el.items[i];
		fprintf(out, "%.*s\t%s\t%s", (int)id.len, id.ptr ? id.ptr : "",
		        layer_names[e->layer], e->kind);
		print_side(out, e->g, e->layer == 1, doc, byte);
		print_side(out, e->y, e->layer == 1, doc, byte);
		fputc('\n', out);
	}
	rc = 0;
out:
	nkg_free(cp);
	nkg_free(byte);
	nkg_free(el.items);
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
	F_N
};

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
		if ((rc = read_anns(&w, lists[i], i >= F_REGIONS, n_cp)))
			goto out;
	}
	rec->id = m[F_ID].value;
	rec->date = m[F_DATE].value;
	rec->title = m[F_TITLE].value;
	rec->text = m[F_TEXT].value;
	rec->split = m[F_SPLIT].value;
	rec->set = m[F_SET].value;
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
	header(out, "names (exact span and type)", tsv);
	for (int t = 0; t < NKG_EVAL_NTYPES; t++)
		row(out, set, split, "names", t == NKG_EVAL_ALL ? "all (micro)" : type_names[t],
		    &s->ent[t], tsv);
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
	if (!tsv)
		fputc('\n', out);
}
