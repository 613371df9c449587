/* entities_fixture.h - the fixture the entity-stage tests share
 * (test_extract_entities.c, test_entities_names.c): a document run through
 * the tokenizer and nkg_find_entities, and its entities and mentions
 * rendered as text to compare with exact expectations.  Include it once,
 * from a test file: its functions are static. */
#ifndef NKG_TESTS_ENTITIES_FIXTURE_H
#define NKG_TESTS_ENTITIES_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/err.h"
#include "extract/extract.h"
#include "extract/lexicon.h"

static const char *const class_names[NKG_CLASS_COUNT] = {
        [NKG_CLASS_PERSON] = "person",
        [NKG_CLASS_ORGANIZATION] = "org",
        [NKG_CLASS_GOVERNMENT_ORG] = "gov",
        [NKG_CLASS_NEWS_MEDIA_ORG] = "news",
        [NKG_CLASS_RESEARCH_ORG] = "research",
        [NKG_CLASS_EDUCATIONAL_ORG] = "edu",
        [NKG_CLASS_POLITICAL_PARTY] = "party",
        [NKG_CLASS_ARMED_GROUP] = "armed",
        [NKG_CLASS_CORPORATION] = "corp",
        [NKG_CLASS_PLACE] = "place",
        [NKG_CLASS_COUNTRY] = "country",
        [NKG_CLASS_ADMIN_AREA] = "area",
        [NKG_CLASS_CITY] = "city",
        [NKG_CLASS_DISTRICT] = "district",
        [NKG_CLASS_AIRPORT] = "airport",
};

struct fixture {
	struct nkg_doc doc;
	struct nkg_tokens toks;
	char *text;
	struct nkg_buf out;
};

static int group_setup(void **state)
{
	(void)state;
	return nkg_lexicon_load();
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_lexicon_free();
	return 0;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	if (!f)
		return -1;
	nkg_buf_init(&f->out, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	nkg_doc_release(&f->doc);
	nkg_buf_release(&f->out);
	free(f->text);
	free(f);
	return 0;
}

static void run(struct fixture *f, const char *text)
{
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities(&f->doc, &f->toks), 0);
}

static void add_str(struct nkg_buf *b, struct nkg_str s)
{
	nkg_buf_add(b, s.ptr, s.len);
}

/* One line per entity: "class name [alt: a; b] [role: r@org] [nat: N] [religion: R]
 * [in: C]". */
static const char *render(struct fixture *f)
{
	const struct nkg_doc *d = &f->doc;
	nkg_buf_reset(&f->out);
	for (uint32_t i = 0; i < d->n_entities; i++) {
		const struct nkg_entity *e = &d->entities[i];
		nkg_buf_addstr(&f->out, class_names[e->cls]);
		nkg_buf_addstr(&f->out, " ");
		add_str(&f->out, e->name);
		for (uint32_t a = 0; a < e->n_alt_names; a++) {
			nkg_buf_addstr(&f->out, a ? "; " : " [alt: ");
			add_str(&f->out, e->alt_names[a]);
		}
		if (e->n_alt_names)
			nkg_buf_addstr(&f->out, "]");
		for (uint32_t r = 0; r < e->n_roles; r++) {
			nkg_buf_addstr(&f->out, " [role: ");
			add_str(&f->out, e->roles[r].title);
			if (e->roles[r].org != NKG_NONE) {
				nkg_buf_addstr(&f->out, "@");
				add_str(&f->out, d->entities[e->roles[r].org].name);
			}
			nkg_buf_addstr(&f->out, "]");
		}
		if (e->nationality != NKG_NONE) {
			nkg_buf_addstr(&f->out, " [nat: ");
			add_str(&f->out, d->entities[e->nationality].name);
			nkg_buf_addstr(&f->out, "]");
		}
		if (e->religion) {
			nkg_buf_addstr(&f->out, " [religion: ");
			nkg_buf_addstr(&f->out, e->religion);
			nkg_buf_addstr(&f->out, "]");
		}
		if (e->container != NKG_NONE) {
			nkg_buf_addstr(&f->out, " [in: ");
			add_str(&f->out, d->entities[e->container].name);
			nkg_buf_addstr(&f->out, "]");
		}
		nkg_buf_addstr(&f->out, "\n");
	}
	return f->out.ptr ? f->out.ptr : "";
}

/* Mentions in text order: "text>canonical name" joined by " | ". */
static const char *render_mentions(struct fixture *f)
{
	struct nkg_doc *d = &f->doc;
	nkg_doc_sort_mentions(d);
	nkg_buf_reset(&f->out);
	for (uint32_t m = 0; m < d->n_mentions; m++) {
		const struct nkg_mention *mt = &d->mentions[m];
		assert_int_equal(mt->kind, NKG_MENTION_ENTITY);
		assert_true(mt->confidence > 0.0f && mt->confidence <= 1.0f);
		assert_non_null(mt->rule);
		if (m)
			nkg_buf_addstr(&f->out, " | ");
		add_str(&f->out, nkg_doc_slice(d, mt->span));
		nkg_buf_addstr(&f->out, ">");
		add_str(&f->out, d->entities[mt->target].name);
	}
	return f->out.ptr ? f->out.ptr : "";
}

/* Runs the entity stage on text with the Nth allocation failing, for N = 1,
 * 2, ... until a run succeeds (one malloc per arena allocation, so that every
 * one can fail): each failure must be a clean NKG_ENOMEM (ASan checks for
 * leaks).  Returns the number of failed runs; f holds the successful run. */
static int fail_each_allocation(struct fixture *f, const char *text)
{
	int failures = 0;
	nkg_arena_set_debug(1);
	for (unsigned long n = 1; n < 2000; n++) {
		nkg_doc_release(&f->doc);
		nkg_doc_init(&f->doc, text, strlen(text));
		assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
		nkg_alloc_fail_after(n, 1);
		int rc = nkg_find_entities(&f->doc, &f->toks);
		nkg_alloc_fail_after(0, 0);
		if (rc == 0)
			break;
		assert_int_equal(rc, NKG_ENOMEM);
		failures++;
	}
	nkg_arena_set_debug(0);
	return failures;
}

#endif
