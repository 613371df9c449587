/* test_extract_doc.c - the document model's records and bookkeeping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "core/err.h"
#include "extract/doc.h"

static const char text[] = "Muqtada al-Sadr met Sadr fans in Baghdad.";

static void test_doc_entity_names_and_aliases(void **state)
{
	(void)state;
	struct nkg_doc doc;
	uint32_t e = 99;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	assert_int_equal(
	        nkg_doc_add_entity(&doc, NKG_CLASS_PERSON, NKG_STR_LIT("Sadr"), 0.9f, "test", &e),
	        0);
	assert_int_equal(e, 0);
	assert_int_equal(doc.entities[0].nationality, NKG_NONE);
	assert_int_equal(doc.entities[0].container, NKG_NONE);
	assert_int_equal(nkg_entity_add_alt_name(&doc, e, NKG_STR_LIT("al-Sadr")), 0);
	assert_int_equal(nkg_entity_add_alt_name(&doc, e, NKG_STR_LIT("al-Sadr")), 0);
	assert_int_equal(nkg_entity_add_alt_name(&doc, e, NKG_STR_LIT("Sadr")), 0);
	assert_int_equal(doc.entities[0].n_alt_names, 1);
	assert_int_equal(nkg_entity_set_name(&doc, e, NKG_STR_LIT("al-Sadr")), 0);
	assert_string_equal(doc.entities[0].name.ptr, "al-Sadr");
	assert_int_equal(doc.entities[0].n_alt_names, 1);
	assert_string_equal(doc.entities[0].alt_names[0].ptr, "Sadr");
	assert_int_equal(nkg_entity_set_name(&doc, e, NKG_STR_LIT("Muqtada al-Sadr")), 0);
	assert_int_equal(doc.entities[0].n_alt_names, 2);
	assert_string_equal(doc.entities[0].alt_names[1].ptr, "al-Sadr");
	nkg_doc_release(&doc);
}

static void test_doc_times_are_shared_by_value(void **state)
{
	(void)state;
	struct nkg_doc doc;
	uint32_t a, b, c;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	assert_int_equal(nkg_doc_add_time(&doc, NKG_TIMEX_DATE, NKG_STR_LIT("2020-01-24"),
	                                  NKG_STR_LIT("2020-01-24"), "r", &a),
	                 0);
	assert_int_equal(nkg_doc_add_time(&doc, NKG_TIMEX_DATE, NKG_STR_LIT("2020-01-03"),
	                                  NKG_STR_NULL, "r", &b),
	                 0);
	assert_int_equal(nkg_doc_add_time(&doc, NKG_TIMEX_DATE, NKG_STR_LIT("2020-01-24"),
	                                  NKG_STR_NULL, "r", &c),
	                 0);
	assert_int_equal(a, 0);
	assert_int_equal(b, 1);
	assert_int_equal(c, 0);
	assert_int_equal(doc.n_times, 2);
	assert_string_equal(doc.times[0].anchor.ptr, "2020-01-24");
	assert_int_equal(doc.times[1].anchor.len, 0);
	nkg_doc_release(&doc);
}

/* Past the index's first growths, with types apart and after reuse: every
 * value keeps its first index. */
static void test_doc_many_times_keep_their_index(void **state)
{
	(void)state;
	struct nkg_doc doc;
	char v[16];
	uint32_t idx;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	for (int pass = 0; pass < 2; pass++) {
		for (uint32_t k = 0; k < 3000; k++) {
			uint32_t i = pass ? 2999 - k : k; /* the second pass backwards */
			int n = snprintf(v, sizeof(v), "%04u-01-01", 1000 + i);
			struct nkg_str s = {v, (size_t)n};
			assert_int_equal(
			        nkg_doc_add_time(&doc, NKG_TIMEX_DATE, s, NKG_STR_NULL, "r", &idx),
			        0);
			assert_int_equal(idx, 2 * i);
			assert_int_equal(nkg_doc_add_time(&doc, NKG_TIMEX_DURATION, s, NKG_STR_NULL,
			                                  "r", &idx),
			                 0);
			assert_int_equal(idx, 2 * i + 1);
		}
		assert_int_equal(doc.n_times, 6000);
	}
	nkg_doc_reuse(&doc, text, sizeof(text) - 1);
	assert_int_equal(nkg_doc_add_time(&doc, NKG_TIMEX_DATE, NKG_STR_LIT("2999-01-01"),
	                                  NKG_STR_NULL, "r", &idx),
	                 0);
	assert_int_equal(idx, 0);
	assert_int_equal(doc.n_times, 1);
	nkg_doc_release(&doc);
}

static void test_doc_mentions_sort_and_limit(void **state)
{
	(void)state;
	struct nkg_doc doc;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	doc.max_mentions = 3;
	assert_int_equal(nkg_doc_add_mention(&doc, (struct nkg_span){33, 40}, NKG_MENTION_ENTITY, 1,
	                                     1.0f, "r"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&doc, (struct nkg_span){0, 15}, NKG_MENTION_ENTITY, 0,
	                                     1.0f, "r"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&doc, (struct nkg_span){20, 24}, NKG_MENTION_ENTITY, 0,
	                                     1.0f, "r"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&doc, (struct nkg_span){25, 29}, NKG_MENTION_EVENT, 0,
	                                     1.0f, "r"),
	                 NKG_ELIMIT);
	nkg_doc_sort_mentions(&doc);
	assert_int_equal(doc.mentions[0].span.begin, 0);
	assert_int_equal(doc.mentions[1].span.begin, 20);
	assert_int_equal(doc.mentions[2].span.begin, 33);
	struct nkg_str s = nkg_doc_slice(&doc, doc.mentions[2].span);
	assert_int_equal(s.len, 7);
	assert_memory_equal(s.ptr, "Baghdad", 7);
	nkg_doc_release(&doc);
}

static void test_doc_events_participants_and_roles(void **state)
{
	(void)state;
	struct nkg_doc doc;
	uint32_t ev, p, org;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	assert_int_equal(nkg_doc_add_entity(&doc, NKG_CLASS_PERSON, NKG_STR_LIT("Muqtada al-Sadr"),
	                                    1.0f, "r", &p),
	                 0);
	assert_int_equal(nkg_doc_add_entity(&doc, NKG_CLASS_RESEARCH_ORG,
	                                    NKG_STR_LIT("Iraqi Center for Studies"), 1.0f, "r",
	                                    &org),
	                 0);
	assert_int_equal(nkg_doc_add_event(&doc, NKG_EVENT_PROTEST, 0.8f, "r", &ev), 0);
	assert_int_equal(doc.events[ev].time, NKG_NONE);
	assert_int_equal(nkg_event_add_participant(&doc, ev, p, NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_event_add_participant(&doc, ev, p, NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_event_add_participant(&doc, ev, p, NKG_ROLE_PARTICIPANT), 0);
	assert_int_equal(doc.events[ev].n_participants, 2);
	/* counts: the first is the quantity, repeats are ignored, and at most
	 * NKG_MAX_QUANTITIES are kept in all */
	for (size_t k = 1; k <= 12; k++) {
		struct nkg_str q = {text, k}; /* distinct prefixes of the text */
		assert_int_equal(nkg_event_add_quantity(&doc, ev, q), 0);
		assert_int_equal(nkg_event_add_quantity(&doc, ev, q), 0);
	}
	assert_int_equal(doc.events[ev].quantity.len, 1);
	assert_int_equal(doc.events[ev].n_more_quantities, NKG_MAX_QUANTITIES - 1);
	for (uint32_t k = 0; k < doc.events[ev].n_more_quantities; k++)
		assert_int_equal(doc.events[ev].more_quantities[k].len, k + 2);
	assert_int_equal(nkg_entity_add_role(&doc, p, NKG_STR_LIT("director"), org, 0.9f, "r"), 0);
	assert_int_equal(nkg_entity_add_role(&doc, p, NKG_STR_LIT("director"), org, 0.9f, "r"), 0);
	assert_int_equal(doc.entities[p].n_roles, 1);
	assert_int_equal(doc.entities[p].roles[0].org, org);
	assert_string_equal(nkg_event_class_name(NKG_EVENT_MILITARY_STRIKE), "military-strike");
	assert_string_equal(nkg_role_type_name(NKG_ROLE_SPEAKER), "speaker");
	assert_string_equal(nkg_entity_kind_name(nkg_entity_class_kind(NKG_CLASS_AIRPORT)),
	                    "place");
	assert_string_equal(nkg_entity_kind_name(nkg_entity_class_kind(NKG_CLASS_NEWS_MEDIA_ORG)),
	                    "organization");
	nkg_doc_release(&doc);
}

static void test_doc_add_fails_cleanly_without_memory(void **state)
{
	(void)state;
	struct nkg_doc doc;
	uint32_t e = 7;
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	nkg_alloc_fail_after(1, 1);
	assert_int_equal(
	        nkg_doc_add_entity(&doc, NKG_CLASS_PERSON, NKG_STR_LIT("X"), 1.0f, "r", &e),
	        NKG_ENOMEM);
	nkg_alloc_fail_after(0, 0);
	assert_int_equal(e, 7);
	assert_int_equal(doc.n_entities, 0);
	nkg_doc_release(&doc);
}

static void test_doc_reuse_starts_empty_and_keeps_arena_block(void **state)
{
	(void)state;
	static const char other[] = "Protesters rallied in Baghdad.";
	struct nkg_doc doc;
	uint32_t e = 99;
	/* blocks, not one malloc per allocation, even under NKG_ARENA_DEBUG=1
	 * (nkg_doc_reuse initialises the arena from the process default) */
	nkg_arena_set_debug(0);
	nkg_doc_init(&doc, text, sizeof(text) - 1);
	assert_int_equal(
	        nkg_doc_add_entity(&doc, NKG_CLASS_PERSON, NKG_STR_LIT("Sadr"), 0.9f, "test", &e),
	        0);
	doc.max_mentions = 7;
	doc.id = NKG_STR_LIT("first");
	nkg_doc_reuse(&doc, other, sizeof(other) - 1);
	assert_ptr_equal(doc.text, other);
	assert_int_equal(doc.text_len, sizeof(other) - 1);
	assert_int_equal(doc.n_entities, 0);
	assert_null(doc.entities);
	assert_int_equal(doc.max_mentions, 0);
	assert_int_equal(doc.id.len, 0);
	assert_int_equal(doc.arena.used, 0);
	unsigned long before = nkg_alloc_count();
	assert_int_equal(
	        nkg_doc_add_entity(&doc, NKG_CLASS_PLACE, NKG_STR_LIT("Baghdad"), 0.9f, "test", &e),
	        0);
	assert_int_equal(e, 0);
	assert_string_equal(doc.entities[0].name.ptr, "Baghdad");
	assert_int_equal(nkg_alloc_count(), before); /* served by the kept block */
	nkg_doc_release(&doc);
	/* after a release, reuse is a plain init */
	nkg_doc_reuse(&doc, text, sizeof(text) - 1);
	assert_null(doc.arena.head);
	assert_ptr_equal(doc.text, text);
	nkg_doc_release(&doc);
	const char *env = getenv("NKG_ARENA_DEBUG"); /* the default as it was */
	nkg_arena_set_debug(env && *env && *env != '0');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_doc_entity_names_and_aliases),
	        cmocka_unit_test(test_doc_times_are_shared_by_value),
	        cmocka_unit_test(test_doc_many_times_keep_their_index),
	        cmocka_unit_test(test_doc_mentions_sort_and_limit),
	        cmocka_unit_test(test_doc_events_participants_and_roles),
	        cmocka_unit_test(test_doc_add_fails_cleanly_without_memory),
	        cmocka_unit_test(test_doc_reuse_starts_empty_and_keeps_arena_block),
	};
	return cmocka_run_group_tests_name("extract_doc", tests, NULL, NULL);
}
