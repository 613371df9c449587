/* events_fixture.h - the fixture the event-stage tests share
 * (test_extract_events.c and tests/test_events_*.c): a document whose
 * entity mentions are added by hand, every whole-word occurrence of a
 * surface form (the entity stage is another module), then run through the
 * time and event stages; the pieces of an event's one-line description
 * (fx_roles, fx_triggers, the whole line fx_describe) with EVENT_IS, which
 * compares the including file's describe() of an event; and fx_events_of,
 * every event on one line.
 * Include it once, from a test file: its functions are static. */
#ifndef NKG_TESTS_EVENTS_FIXTURE_H
#define NKG_TESTS_EVENTS_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "extract/extract.h"

struct fx {
	struct nkg_doc doc;
	struct nkg_tokens toks;
	char *text;
};

static void fx_init(struct fx *f, const char *text, const char *date)
{
	size_t n = strlen(text);
	f->text = malloc(n + 1);
	assert_non_null(f->text);
	memcpy(f->text, text, n + 1);
	nkg_doc_init(&f->doc, f->text, n);
	if (date) {
		f->doc.date = nkg_str_from_cstr(date);
		f->doc.date_origin = NKG_DATE_OPTION;
	}
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
}

static void fx_release(struct fx *f)
{
	nkg_doc_release(&f->doc);
	free(f->text);
}

static bool word_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '-';
}

/* Adds an entity (or finds it by name) and a mention for each whole-word
 * occurrence of surface.  Returns the entity index. */
static uint32_t ent(struct fx *f, enum nkg_entity_class cls, const char *name, const char *surface)
{
	uint32_t e = NKG_NONE;
	for (uint32_t i = 0; i < f->doc.n_entities; i++)
		if (nkg_str_eq_cstr(f->doc.entities[i].name, name))
			e = i;
	if (e == NKG_NONE)
		assert_int_equal(
		        nkg_doc_add_entity(&f->doc, cls, nkg_str_from_cstr(name), 1.0f, "test", &e),
		        0);
	size_t sl = strlen(surface);
	for (const char *p = f->text; (p = strstr(p, surface)) != NULL; p += sl) {
		if ((p > f->text && word_char(p[-1])) || word_char(p[sl]))
			continue;
		struct nkg_span sp = {(uint32_t)(p - f->text), (uint32_t)(p - f->text + sl)};
		assert_int_equal(
		        nkg_doc_add_mention(&f->doc, sp, NKG_MENTION_ENTITY, e, 1.0f, "test"), 0);
	}
	return e;
}

/* The name of entity e, or "-". */
static inline const char *fx_ename(const struct fx *f, uint32_t e)
{
	return e == NKG_NONE ? "-" : f->doc.entities[e].name.ptr;
}

/* Appends " role:Name" for each participant of event i to out (holding len
 * bytes); returns the new length. */
static inline size_t fx_roles(const struct fx *f, uint32_t i, char *out, size_t cap, size_t len)
{
	const struct nkg_event *e = &f->doc.events[i];
	for (uint32_t k = 0; k < e->n_participants; k++)
		len += (size_t)snprintf(out + len, cap - len, " %s:%s",
		                        nkg_role_type_name(e->participants[k].role),
		                        fx_ename(f, e->participants[k].entity));
	/* participants described, not named: role:"a woman" */
	for (uint32_t k = 0; k < e->n_described; k++)
		len += (size_t)snprintf(
		        out + len, cap - len, " %s:\"%.*s\"",
		        nkg_role_type_name(e->described[k].role),
		        (int)(e->described[k].span.end - e->described[k].span.begin),
		        f->doc.text + e->described[k].span.begin);
	return len;
}

/* Appends " " and "[trigger]" for each mention of event i; returns the new
 * length. */
static inline size_t fx_triggers(const struct fx *f, uint32_t i, char *out, size_t cap, size_t len)
{
	const struct nkg_doc *d = &f->doc;
	len += (size_t)snprintf(out + len, cap - len, " ");
	for (uint32_t k = 0; k < d->n_mentions; k++) {
		const struct nkg_mention *m = &d->mentions[k];
		if (m->kind == NKG_MENTION_EVENT && m->target == i)
			len += (size_t)snprintf(out + len, cap - len, "[%.*s]",
			                        (int)(m->span.end - m->span.begin),
			                        d->text + m->span.begin);
	}
	return len;
}

/* Compares the including file's describe() of event i with expected. */
#define EVENT_IS(f, i, expected)                                                                   \
	do {                                                                                       \
		char got_[1024];                                                                   \
		describe((f), (i), got_, sizeof(got_));                                            \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

/* Event i as "class time=V place=P role:Name... by:\"description\"
 * [q=\"count\"] [trigger]...", the count when quantity asks for it: the
 * describe() of the files that pin events one by one with EVENT_IS. */
static inline void fx_describe(const struct fx *f, uint32_t i, char *out, size_t cap, bool quantity)
{
	const struct nkg_doc *d = &f->doc;
	const struct nkg_event *e = &d->events[i];
	size_t len = (size_t)snprintf(out, cap, "%s time=%s place=%s", nkg_event_class_name(e->cls),
	                              e->time == NKG_NONE ? "-" : d->times[e->time].value.ptr,
	                              fx_ename(f, e->place));
	len = fx_roles(f, i, out, cap, len);
	if (e->speaker_text.len)
		len += (size_t)snprintf(out + len, cap - len, " by:\"%.*s\"",
		                        (int)e->speaker_text.len, e->speaker_text.ptr);
	if (quantity && e->quantity.len)
		len += (size_t)snprintf(out + len, cap - len, " q=\"%.*s\"", (int)e->quantity.len,
		                        e->quantity.ptr);
	len = fx_triggers(f, i, out, cap, len);
	assert_true(len < cap);
}

/* An article published on Sunday 2024-03-10, as most tests that list
 * every event publish theirs. */
static inline void fx_sunday(struct fx *f, const char *text)
{
	fx_init(f, text, "2024-03-10");
}

/* An entity whose mentions are written as its name. */
static inline void named(struct fx *f, enum nkg_entity_class cls, const char *name)
{
	ent(f, cls, name, name);
}

/* What fx_events_of shows besides class, roles, time and place. */
enum fx_show { FX_TRIGGERS = 1u << 0, FX_HURT = 1u << 1, FX_COUNT = 1u << 2 };

/* Every event, "class role:Name ... @time in:Place" and, as show asks,
 * " hurt:N", " q:N" (its quantity) and "[trigger]...", joined by "; ". */
static inline void fx_events_of(const struct fx *f, char *out, size_t cap, unsigned show)
{
	size_t len = 0;
	out[0] = 0;
	for (uint32_t i = 0; i < f->doc.n_events; i++) {
		const struct nkg_event *e = &f->doc.events[i];
		len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? "; " : "",
		                        nkg_event_class_name(e->cls));
		len = fx_roles(f, i, out, cap, len);
		if (e->time != NKG_NONE) {
			struct nkg_str v = f->doc.times[e->time].value;
			len += (size_t)snprintf(out + len, cap - len, " @%.*s", (int)v.len, v.ptr);
		}
		if (e->place != NKG_NONE)
			len += (size_t)snprintf(out + len, cap - len, " in:%s",
			                        fx_ename(f, e->place));
		if ((show & FX_HURT) && e->injured.len)
			len += (size_t)snprintf(out + len, cap - len, " hurt:%.*s",
			                        (int)e->injured.len, e->injured.ptr);
		if ((show & FX_COUNT) && e->quantity.len)
			len += (size_t)snprintf(out + len, cap - len, " q:%.*s",
			                        (int)e->quantity.len, e->quantity.ptr);
		if (show & FX_TRIGGERS)
			len = fx_triggers(f, i, out, cap, len);
		assert_true(len < cap);
	}
}

/* Compares the including file's events_of() (fx_events_of with what it
 * shows) with expected. */
#define EVENTS_ARE(f, expected)                                                                    \
	do {                                                                                       \
		char got_[1024];                                                                   \
		events_of((f), got_, sizeof(got_));                                                \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

static void fx_run(struct fx *f)
{
	assert_int_equal(nkg_find_times(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_events(&f->doc, &f->toks), 0);
	nkg_doc_sort_mentions(&f->doc);
}

#endif
