/* events_fixture.h - the fixture the event-stage tests share
 * (test_extract_events.c, test_events_things.c): a document whose entity
 * mentions are added by hand, every whole-word occurrence of a surface form
 * (the entity stage is another module), then run through the time and event
 * stages.  Include it once, from a test file: its functions are static. */
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

static void fx_run(struct fx *f)
{
	assert_int_equal(nkg_find_times(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_events(&f->doc, &f->toks), 0);
	nkg_doc_sort_mentions(&f->doc);
}

#endif
