/* doc.c - the document model's records and their bookkeeping. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "../core/err.h"

enum nkg_entity_kind nkg_entity_class_kind(enum nkg_entity_class cls)
{
	switch (cls) {
	case NKG_CLASS_PERSON: return NKG_KIND_PERSON;
	case NKG_CLASS_PLACE:
	case NKG_CLASS_COUNTRY:
	case NKG_CLASS_ADMIN_AREA:
	case NKG_CLASS_CITY:
	case NKG_CLASS_DISTRICT:
	case NKG_CLASS_AIRPORT: return NKG_KIND_PLACE;
	case NKG_CLASS_PRODUCT: return NKG_KIND_PRODUCT;
	case NKG_CLASS_MARKET_INDEX: return NKG_KIND_MARKET_INDEX;
	default: return NKG_KIND_ORGANIZATION;
	}
}

const char *nkg_entity_kind_name(enum nkg_entity_kind kind)
{
	switch (kind) {
	case NKG_KIND_PERSON: return "person";
	case NKG_KIND_ORGANIZATION: return "organization";
	case NKG_KIND_PLACE: return "place";
	case NKG_KIND_PRODUCT: return "product";
	case NKG_KIND_MARKET_INDEX: return "index";
	}
	return "thing";
}

const char *nkg_timex_type_name(enum nkg_timex_type t)
{
	switch (t) {
	case NKG_TIMEX_DATE: return "DATE";
	case NKG_TIMEX_TIME: return "TIME";
	case NKG_TIMEX_DURATION: return "DURATION";
	case NKG_TIMEX_SET: return "SET";
	}
	return "DATE";
}

const char *nkg_event_class_name(enum nkg_event_class cls)
{
	static const char *const names[NKG_EVENT_COUNT] = {
	        [NKG_EVENT_PROTEST] = "protest",
	        [NKG_EVENT_MILITARY_STRIKE] = "military-strike",
	        [NKG_EVENT_ATTACK] = "attack",
	        [NKG_EVENT_KILLING] = "killing",
	        [NKG_EVENT_VOTE] = "vote",
	        [NKG_EVENT_ELECTION] = "election",
	        [NKG_EVENT_STATEMENT] = "statement",
	        [NKG_EVENT_MEETING] = "meeting",
	        [NKG_EVENT_ARREST] = "arrest",
	        [NKG_EVENT_AGREEMENT] = "agreement",
	        [NKG_EVENT_APPOINTMENT] = "appointment",
	        [NKG_EVENT_RESIGNATION] = "resignation",
	        [NKG_EVENT_ACCIDENT] = "accident",
	        [NKG_EVENT_DISASTER] = "disaster",
	        [NKG_EVENT_TRIAL] = "trial",
	        [NKG_EVENT_VERDICT] = "verdict",
	        [NKG_EVENT_MARKET_RISE] = "market-rise",
	        [NKG_EVENT_MARKET_FALL] = "market-fall",
	        [NKG_EVENT_PRODUCT_LAUNCH] = "product-launch",
	        [NKG_EVENT_ACQUISITION] = "acquisition",
	        [NKG_EVENT_LAYOFF] = "layoff",
	        [NKG_EVENT_LAWSUIT] = "lawsuit",
	        [NKG_EVENT_BANKRUPTCY] = "bankruptcy",
	        [NKG_EVENT_RECALL] = "recall",
	        [NKG_EVENT_LABOUR_STRIKE] = "labour-strike",
	        [NKG_EVENT_DEATH] = "death",
	        [NKG_EVENT_CHARGE] = "charge",
	        [NKG_EVENT_SPORTS_MATCH] = "sports-match",
	        [NKG_EVENT_FIRE] = "fire",
	        [NKG_EVENT_DISMISSAL] = "dismissal",
	        [NKG_EVENT_CLASH] = "clash",
	        [NKG_EVENT_INJURY] = "injury",
	        [NKG_EVENT_ESCAPE] = "escape",
	        [NKG_EVENT_ADMISSION] = "admission",
	        [NKG_EVENT_FLIGHT] = "flight",
	        [NKG_EVENT_INJURED_RESERVE] = "injured-reserve",
	        [NKG_EVENT_COMMEMORATION] = "commemoration",
	        [NKG_EVENT_DRIVING_OFFENCE] = "driving-offence",
	        [NKG_EVENT_KIDNAPPING] = "kidnapping",
	};
	return (unsigned)cls < NKG_EVENT_COUNT ? names[cls] : "event";
}

const char *nkg_role_type_name(enum nkg_role_type role)
{
	static const char *const names[NKG_ROLE_COUNT] = {
	        [NKG_ROLE_AGENT] = "agent",
	        [NKG_ROLE_PATIENT] = "patient",
	        [NKG_ROLE_PARTICIPANT] = "participant",
	        [NKG_ROLE_SPEAKER] = "speaker",
	        [NKG_ROLE_INSTRUMENT] = "instrument",
	};
	return (unsigned)role < NKG_ROLE_COUNT ? names[role] : "participant";
}

enum nkg_role_type nkg_event_key_role(enum nkg_event_class cls)
{
	switch (cls) {
	case NKG_EVENT_RESIGNATION:
	case NKG_EVENT_ESCAPE:
	case NKG_EVENT_DRIVING_OFFENCE: return NKG_ROLE_AGENT;
	case NKG_EVENT_APPOINTMENT:
	case NKG_EVENT_TRIAL:
	case NKG_EVENT_VERDICT:
	case NKG_EVENT_DEATH:
	case NKG_EVENT_CHARGE:
	case NKG_EVENT_DISMISSAL:
	case NKG_EVENT_INJURY:
	case NKG_EVENT_ADMISSION:
	case NKG_EVENT_INJURED_RESERVE:
	case NKG_EVENT_COMMEMORATION:
	case NKG_EVENT_KIDNAPPING: return NKG_ROLE_PATIENT;
	case NKG_EVENT_MARKET_RISE:
	case NKG_EVENT_MARKET_FALL: return NKG_ROLE_INSTRUMENT;
	case NKG_EVENT_ACQUISITION: return NKG_ROLE_PATIENT;
	case NKG_EVENT_PRODUCT_LAUNCH:
	case NKG_EVENT_LAYOFF:
	case NKG_EVENT_LAWSUIT:
	case NKG_EVENT_BANKRUPTCY:
	case NKG_EVENT_RECALL: return NKG_ROLE_AGENT;
	default: return NKG_ROLE_COUNT;
	}
}

bool nkg_event_key_accepts(enum nkg_event_class cls, enum nkg_entity_class ent)
{
	if (nkg_event_key_role(cls) == NKG_ROLE_COUNT)
		return false;
	return (cls >= NKG_EVENT_MARKET_RISE && cls <= NKG_EVENT_RECALL) || ent == NKG_CLASS_PERSON;
}

void nkg_doc_init(struct nkg_doc *doc, const char *text, size_t text_len)
{
	memset(doc, 0, sizeof(*doc));
	nkg_arena_init(&doc->arena);
	doc->text = text;
	doc->text_len = text_len;
}

void nkg_doc_release(struct nkg_doc *doc)
{
	nkg_arena_release(&doc->arena);
	memset(doc, 0, sizeof(*doc));
}

void nkg_doc_reuse(struct nkg_doc *doc, const char *text, size_t text_len)
{
	struct nkg_arena_block *kept;

	nkg_arena_reset(&doc->arena);
	kept = doc->arena.head;
	nkg_doc_init(doc, text, text_len);
	doc->arena.head = kept;
}

struct nkg_str nkg_doc_slice(const struct nkg_doc *doc, struct nkg_span span)
{
	struct nkg_str s = {doc->text + span.begin, span.end - span.begin};
	return s;
}

/* Makes room for one more element in an arena array of uint32_t-counted items. */
static int grow(struct nkg_arena *a, void **items, uint32_t *cap, uint32_t n, size_t elem)
{
	size_t c = *cap;
	if (n == UINT32_MAX)
		return NKG_ELIMIT;
	int rc = nkg_arena_grow(a, items, &c, (size_t)n + 1, elem);
	if (rc)
		return rc;
	*cap = c > UINT32_MAX ? UINT32_MAX : (uint32_t)c;
	return 0;
}

int nkg_doc_add_entity(struct nkg_doc *doc, enum nkg_entity_class cls, struct nkg_str name,
                       float confidence, const char *rule, uint32_t *idx)
{
	struct nkg_str copy;
	int rc = grow(&doc->arena, (void **)&doc->entities, &doc->cap_entities, doc->n_entities,
	              sizeof(*doc->entities));
	if (rc || (rc = nkg_arena_str(&doc->arena, name, &copy)))
		return rc;
	struct nkg_entity *e = &doc->entities[doc->n_entities];
	memset(e, 0, sizeof(*e));
	e->cls = cls;
	e->name = copy;
	e->nationality = NKG_NONE;
	e->container = NKG_NONE;
	e->confidence = confidence;
	e->rule = rule;
	*idx = doc->n_entities++;
	return 0;
}

static uint32_t time_hash(enum nkg_timex_type type, struct nkg_str value)
{
	uint32_t h = 2166136261u ^ (uint32_t)type;
	for (size_t i = 0; i < value.len; i++)
		h = (h ^ (unsigned char)value.ptr[i]) * 16777619u;
	return h;
}

/* The slot of (type, value) in doc->time_slots: the one holding it, or the
 * empty one where it goes.  The table is never full (grow_time_slots). */
static uint32_t *time_slot(struct nkg_doc *doc, enum nkg_timex_type type, struct nkg_str value,
                           struct nkg_str offset)
{
	uint32_t mask = doc->cap_time_slots - 1, k = time_hash(type, value) & mask;
	for (;; k = (k + 1) & mask) {
		uint32_t s = doc->time_slots[k];
		if (!s ||
		    (doc->times[s - 1].type == type && nkg_str_eq(doc->times[s - 1].value, value) &&
		     nkg_str_eq(doc->times[s - 1].offset, offset)))
			return &doc->time_slots[k];
	}
}

/* Keeps the index at most half full: a new table of twice the size (the old
 * one stays in the arena until the document is released). */
static int grow_time_slots(struct nkg_doc *doc)
{
	if (doc->cap_time_slots && (uint64_t)(doc->n_times + 1) * 2 <= doc->cap_time_slots)
		return 0;
	uint32_t cap = doc->cap_time_slots ? doc->cap_time_slots * 2 : 64;
	if (cap < doc->cap_time_slots)
		return NKG_ELIMIT;
	uint32_t *slots = nkg_arena_calloc(&doc->arena, cap, sizeof(*slots));
	if (!slots)
		return NKG_ENOMEM;
	doc->time_slots = slots;
	doc->cap_time_slots = cap;
	for (uint32_t i = 0; i < doc->n_times; i++)
		*time_slot(doc, doc->times[i].type, doc->times[i].value, doc->times[i].offset) = i + 1;
	return 0;
}

int nkg_doc_add_time(struct nkg_doc *doc, enum nkg_timex_type type, struct nkg_str value,
                     struct nkg_str anchor, const char *rule, uint32_t *idx)
{
	return nkg_doc_add_zoned_time(doc, type, value, NKG_STR_NULL, anchor, rule, idx);
}

int nkg_doc_add_zoned_time(struct nkg_doc *doc, enum nkg_timex_type type, struct nkg_str value,
                           struct nkg_str offset, struct nkg_str anchor, const char *rule,
                           uint32_t *idx)
{
	int rc = grow_time_slots(doc);
	if (rc)
		return rc;
	uint32_t *slot = time_slot(doc, type, value, offset);
	if (*slot) {
		*idx = *slot - 1;
		return 0;
	}
	struct nkg_str v, an = NKG_STR_NULL, off = NKG_STR_NULL;
	rc = grow(&doc->arena, (void **)&doc->times, &doc->cap_times, doc->n_times,
	          sizeof(*doc->times));
	if (rc || (rc = nkg_arena_str(&doc->arena, value, &v)))
		return rc;
	if (anchor.len && (rc = nkg_arena_str(&doc->arena, anchor, &an)))
		return rc;
	if (offset.len && (rc = nkg_arena_str(&doc->arena, offset, &off)))
		return rc;
	struct nkg_time *t = &doc->times[doc->n_times];
	t->type = type;
	t->value = v;
	t->anchor = an;
	t->offset = off;
	t->confidence = 1.0f;
	t->rule = rule;
	*idx = doc->n_times++;
	*slot = doc->n_times; /* time_slot's pointer: doc->times moved, the slots did not */
	return 0;
}

int nkg_doc_add_event(struct nkg_doc *doc, enum nkg_event_class cls, float confidence,
                      const char *rule, uint32_t *idx)
{
	int rc = grow(&doc->arena, (void **)&doc->events, &doc->cap_events, doc->n_events,
	              sizeof(*doc->events));
	if (rc)
		return rc;
	struct nkg_event *e = &doc->events[doc->n_events];
	memset(e, 0, sizeof(*e));
	e->cls = cls;
	e->time = NKG_NONE;
	e->place = NKG_NONE;
	e->confidence = confidence;
	e->rule = rule;
	*idx = doc->n_events++;
	return 0;
}

int nkg_doc_add_mention(struct nkg_doc *doc, struct nkg_span span, enum nkg_mention_kind kind,
                        uint32_t target, float confidence, const char *rule)
{
	if (doc->max_mentions && doc->n_mentions >= doc->max_mentions)
		return NKG_ELIMIT;
	int rc = grow(&doc->arena, (void **)&doc->mentions, &doc->cap_mentions, doc->n_mentions,
	              sizeof(*doc->mentions));
	if (rc)
		return rc;
	struct nkg_mention *m = &doc->mentions[doc->n_mentions++];
	m->span = span;
	m->kind = kind;
	m->target = target;
	m->confidence = confidence;
	m->rule = rule;
	return 0;
}

int nkg_doc_add_quote(struct nkg_doc *doc, struct nkg_span text, uint32_t speaker, uint32_t event,
                      const char *rule, uint32_t *idx)
{
	int rc = grow(&doc->arena, (void **)&doc->quotes, &doc->cap_quotes, doc->n_quotes,
	              sizeof(*doc->quotes));
	if (rc)
		return rc;
	struct nkg_quote *q = &doc->quotes[doc->n_quotes];
	q->text = text;
	q->speaker = speaker;
	q->event = event;
	q->confidence = 1.0f;
	q->rule = rule;
	*idx = doc->n_quotes++;
	return 0;
}

int nkg_event_add_quantity(struct nkg_doc *doc, uint32_t event, struct nkg_str q)
{
	struct nkg_event *e = &doc->events[event];

	if (!q.len || nkg_str_eq(e->quantity, q))
		return 0;
	if (!e->quantity.len) {
		e->quantity = q;
		return 0;
	}
	if (e->n_more_quantities + 1 >= NKG_MAX_QUANTITIES)
		return 0;
	for (uint32_t i = 0; i < e->n_more_quantities; i++)
		if (nkg_str_eq(e->more_quantities[i], q))
			return 0;
	int rc = grow(&doc->arena, (void **)&e->more_quantities, &e->cap_more_quantities,
	              e->n_more_quantities, sizeof(*e->more_quantities));
	if (rc)
		return rc;
	e->more_quantities[e->n_more_quantities++] = q;
	return 0;
}

int nkg_entity_add_alt_name(struct nkg_doc *doc, uint32_t entity, struct nkg_str name)
{
	struct nkg_entity *e = &doc->entities[entity];
	struct nkg_str copy;

	if (nkg_str_eq(e->name, name))
		return 0;
	for (uint32_t i = 0; i < e->n_alt_names; i++)
		if (nkg_str_eq(e->alt_names[i], name))
			return 0;
	int rc = grow(&doc->arena, (void **)&e->alt_names, &e->cap_alt_names, e->n_alt_names,
	              sizeof(*e->alt_names));
	if (rc || (rc = nkg_arena_str(&doc->arena, name, &copy)))
		return rc;
	e->alt_names[e->n_alt_names++] = copy;
	return 0;
}

int nkg_entity_set_name(struct nkg_doc *doc, uint32_t entity, struct nkg_str name)
{
	struct nkg_entity *e = &doc->entities[entity];
	struct nkg_str copy, old = e->name;

	if (nkg_str_eq(old, name))
		return 0;
	int rc = nkg_arena_str(&doc->arena, name, &copy);
	if (rc)
		return rc;
	e->name = copy;
	if ((rc = nkg_entity_add_alt_name(doc, entity, old)) != 0) {
		e->name = old;
		return rc;
	}
	/* The new name must not stay among the alternatives. */
	for (uint32_t i = 0; i < e->n_alt_names; i++) {
		if (nkg_str_eq(e->alt_names[i], name)) {
			memmove(&e->alt_names[i], &e->alt_names[i + 1],
			        (e->n_alt_names - i - 1) * sizeof(*e->alt_names));
			e->n_alt_names--;
			break;
		}
	}
	return 0;
}

int nkg_entity_add_role(struct nkg_doc *doc, uint32_t entity, struct nkg_str title, uint32_t org,
                        float confidence, const char *rule)
{
	struct nkg_entity *e = &doc->entities[entity];
	struct nkg_str copy;

	for (uint32_t i = 0; i < e->n_roles; i++)
		if (e->roles[i].org == org && nkg_str_eq(e->roles[i].title, title))
			return 0;
	int rc =
	        grow(&doc->arena, (void **)&e->roles, &e->cap_roles, e->n_roles, sizeof(*e->roles));
	if (rc || (rc = nkg_arena_str(&doc->arena, title, &copy)))
		return rc;
	struct nkg_role *r = &e->roles[e->n_roles++];
	r->title = copy;
	r->org = org;
	r->confidence = confidence;
	r->rule = rule;
	return 0;
}

int nkg_event_add_participant(struct nkg_doc *doc, uint32_t event, uint32_t entity,
                              enum nkg_role_type role)
{
	struct nkg_event *ev = &doc->events[event];
	for (uint32_t i = 0; i < ev->n_participants; i++)
		if (ev->participants[i].entity == entity && ev->participants[i].role == role)
			return 0;
	int rc = grow(&doc->arena, (void **)&ev->participants, &ev->cap_participants,
	              ev->n_participants, sizeof(*ev->participants));
	if (rc)
		return rc;
	ev->participants[ev->n_participants].entity = entity;
	ev->participants[ev->n_participants].role = role;
	ev->n_participants++;
	return 0;
}

int nkg_event_add_described(struct nkg_doc *doc, uint32_t event, struct nkg_span span,
                            enum nkg_role_type role, bool person)
{
	struct nkg_event *ev = &doc->events[event];
	for (uint32_t i = 0; i < ev->n_described; i++)
		if (ev->described[i].role == role)
			return 0;
	int rc = grow(&doc->arena, (void **)&ev->described, &ev->cap_described, ev->n_described,
	              sizeof(*ev->described));
	if (rc)
		return rc;
	ev->described[ev->n_described++] = (struct nkg_described){span, role, person};
	return 0;
}

static int mention_cmp(const void *pa, const void *pb)
{
	const struct nkg_mention *a = pa, *b = pb;
	if (a->span.begin != b->span.begin)
		return a->span.begin < b->span.begin ? -1 : 1;
	if (a->span.end != b->span.end)
		return a->span.end < b->span.end ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->target != b->target)
		return a->target < b->target ? -1 : 1;
	return 0;
}

void nkg_doc_sort_mentions(struct nkg_doc *doc)
{
	if (doc->n_mentions > 1)
		qsort(doc->mentions, doc->n_mentions, sizeof(*doc->mentions), mention_cmp);
}
