/* test_cli_eval.c - the scorer of newskg eval on hand-made gold and system
 * documents, with exact counts (no extractor involved). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/eval.h"
#include "../core/alloc.h"
#include "../core/err.h"
#include "../extract/extract.h"

/* A document and its gold, freed by the fixture even when an assert fails. */
struct fixture {
	struct nkg_doc doc;
	struct nkg_eval_gold gold;
	struct nkg_eval_score score;
	char line[1024];
};

static int setup(void **state)
{
	struct fixture *f = nkg_calloc(1, sizeof(*f));
	if (!f)
		return -1;
	nkg_eval_gold_init(&f->gold);
	nkg_eval_score_init(&f->score);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	nkg_doc_release(&f->doc);
	nkg_eval_gold_release(&f->gold);
	nkg_free(f);
	return 0;
}

/* Adds an entity with one mention at bytes [b, e). */
static void add_entity(struct nkg_doc *doc, enum nkg_entity_class cls, uint32_t b, uint32_t e)
{
	uint32_t idx;
	struct nkg_str name = {doc->text + b, e - b};
	assert_int_equal(nkg_doc_add_entity(doc, cls, name, 1.0f, "test", &idx), 0);
	struct nkg_span span = {b, e};
	assert_int_equal(nkg_doc_add_mention(doc, span, NKG_MENTION_ENTITY, idx, 1.0f, "test"), 0);
}

static void add_time(struct nkg_doc *doc, enum nkg_timex_type type, const char *value, uint32_t b,
                     uint32_t e)
{
	uint32_t idx;
	assert_int_equal(
	        nkg_doc_add_time(doc, type, nkg_str_from_cstr(value), NKG_STR_NULL, "test", &idx),
	        0);
	struct nkg_span span = {b, e};
	assert_int_equal(nkg_doc_add_mention(doc, span, NKG_MENTION_TIME, idx, 1.0f, "test"), 0);
}

static void add_event(struct nkg_doc *doc, enum nkg_event_class cls, uint32_t b, uint32_t e)
{
	uint32_t idx;
	assert_int_equal(nkg_doc_add_event(doc, cls, 1.0f, "test", &idx), 0);
	struct nkg_span span = {b, e};
	assert_int_equal(nkg_doc_add_mention(doc, span, NKG_MENTION_EVENT, idx, 1.0f, "test"), 0);
}

static void gold(struct nkg_eval_anns *a, uint32_t b, uint32_t e, const char *label,
                 const char *value)
{
	assert_int_equal(nkg_eval_anns_add(a, b, e, label, nkg_str_from_cstr(value)), 0);
}

static void assert_prf(const struct nkg_eval_prf *c, uint64_t g, uint64_t s, uint64_t tp)
{
	assert_int_equal(c->gold, g);
	assert_int_equal(c->sys, s);
	assert_int_equal(c->tp, tp);
}

/* Compares a ratio to the exact fraction num/den (to 1e-12). */
static void assert_ratio(double got, double num, double den)
{
	double want = num / den;
	if (fabs(got - want) > 1e-12)
		fail_msg("got %.15f, want %.0f/%.0f = %.15f", got, num, den, want);
}

static void test_names_exact_span_and_type(void **state)
{
	struct fixture *f = *state;
	/*                    0123456789012345678901234567890123456789 */
	static const char t[] = "Barack Obama visited Paris and Apple Inc. on Monday.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_PERSON, 0, 12);        /* Barack Obama: right */
	add_entity(&f->doc, NKG_CLASS_ORGANIZATION, 21, 26); /* Paris as ORG: wrong type */
	add_entity(&f->doc, NKG_CLASS_CORPORATION, 31, 36);  /* Apple: span too short */
	add_entity(&f->doc, NKG_CLASS_CITY, 45, 51);         /* Monday as LOC: spurious */
	gold(&f->gold.entities, 0, 12, "PER", NULL);
	gold(&f->gold.entities, 21, 26, "LOC", NULL);
	gold(&f->gold.entities, 31, 41, "ORG", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_int_equal(f->score.docs, 1);
	assert_prf(&f->score.ent[NKG_EVAL_PER], 1, 1, 1);
	assert_prf(&f->score.ent[NKG_EVAL_ORG], 1, 2, 0);
	assert_prf(&f->score.ent[NKG_EVAL_LOC], 1, 1, 0);
	assert_prf(&f->score.ent[NKG_EVAL_ALL], 3, 4, 1);
	assert_ratio(nkg_eval_precision(&f->score.ent[NKG_EVAL_ALL]), 1, 4);
	assert_ratio(nkg_eval_recall(&f->score.ent[NKG_EVAL_ALL]), 1, 3);
	/* F1 = 2PR/(P+R) = 2/7 */
	assert_ratio(nkg_eval_f1(&f->score.ent[NKG_EVAL_ALL]), 2, 7);
	/* No time or event gold: those tasks are not scored. */
	assert_false(f->score.has_times);
	assert_false(f->score.has_events);
}

/* "the cleric" for the cleric named before is a mention of him but no name:
 * CoNLL-style scoring counts names only. */
static void test_names_leave_out_role_noun_mentions(void **state)
{
	struct fixture *f = *state;
	/*                       0         1         2         3         4 */
	/*                       0123456789012345678901234567890123456789012345 */
	static const char t[] = "Ali Sadr spoke. Later the cleric left Basra.";
	nkg_doc_init(&f->doc, t, strlen(t));
	uint32_t idx;
	struct nkg_str name = {t, 8};
	assert_int_equal(nkg_doc_add_entity(&f->doc, NKG_CLASS_PERSON, name, 1.0f, "test", &idx),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&f->doc, (struct nkg_span){0, 8}, NKG_MENTION_ENTITY,
	                                     idx, 1.0f, "test"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&f->doc, (struct nkg_span){26, 32}, NKG_MENTION_ENTITY,
	                                     idx, 0.6f, NKG_RULE_ROLE_NOUN),
	                 0);
	add_entity(&f->doc, NKG_CLASS_CITY, 38, 43);
	gold(&f->gold.entities, 0, 8, "PER", NULL);
	gold(&f->gold.entities, 38, 43, "LOC", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.ent[NKG_EVAL_PER], 1, 1, 1);
	assert_prf(&f->score.ent[NKG_EVAL_LOC], 1, 1, 1);
	assert_prf(&f->score.ent[NKG_EVAL_ALL], 2, 2, 2);
}

static void test_names_count_code_points_not_bytes(void **state)
{
	struct fixture *f = *state;
	/* "Zoë Ké met in Québec": ë, é are 2 bytes each in UTF-8. */
	static const char t[] = "Zo\xc3\xab K\xc3\xa9 met in Qu\xc3\xa9"
	                        "bec";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_PERSON, 0, 8); /* bytes of "Zoë Ké" */
	add_entity(&f->doc, NKG_CLASS_CITY, 16, 23); /* bytes of "Québec" */
	gold(&f->gold.entities, 0, 6, "PER", NULL);  /* code points */
	gold(&f->gold.entities, 14, 20, "LOC", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.ent[NKG_EVAL_ALL], 2, 2, 2);
}

static void test_names_duplicates_count_once_and_sum_over_docs(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "Iraq and Iran";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_COUNTRY, 0, 4);
	add_entity(&f->doc, NKG_CLASS_PLACE, 0, 4); /* same span, same kind */
	add_entity(&f->doc, NKG_CLASS_COUNTRY, 9, 13);
	gold(&f->gold.entities, 0, 4, "LOC", NULL);
	gold(&f->gold.entities, 0, 4, "LOC", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_int_equal(f->score.docs, 2);
	assert_prf(&f->score.ent[NKG_EVAL_LOC], 2, 4, 2);
	assert_ratio(nkg_eval_f1(&f->score.ent[NKG_EVAL_LOC]), 4, 6);
}

static void test_names_outside_regions_are_ignored(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "Obama spoke. Putin listened.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_PERSON, 0, 5);
	add_entity(&f->doc, NKG_CLASS_PERSON, 13, 18); /* outside the annotated sentence */
	gold(&f->gold.regions, 0, 12, "", NULL);
	gold(&f->gold.entities, 0, 5, "PER", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.ent[NKG_EVAL_PER], 1, 1, 1);
}

static void test_regions_layer_list_takes_precedence(void **state)
{
	struct fixture *f = *state;
	assert_null(nkg_eval_gold_regions(&f->gold, NKG_EVAL_ENTITIES));
	assert_null(nkg_eval_gold_regions(&f->gold, NKG_EVAL_TIMES));
	gold(&f->gold.regions, 0, 40, "", NULL);
	assert_ptr_equal(nkg_eval_gold_regions(&f->gold, NKG_EVAL_TIMES), &f->gold.regions);
	/* An empty list that is present still counts: nothing is annotated. */
	f->gold.time_regions.present = true;
	assert_ptr_equal(nkg_eval_gold_regions(&f->gold, NKG_EVAL_TIMES), &f->gold.time_regions);
	assert_ptr_equal(nkg_eval_gold_regions(&f->gold, NKG_EVAL_ENTITIES), &f->gold.regions);
	assert_ptr_equal(nkg_eval_gold_regions(&f->gold, NKG_EVAL_EVENTS), &f->gold.regions);
	gold(&f->gold.event_regions, 3, 9, "", NULL);
	gold(&f->gold.entity_regions, 5, 7, "", NULL);
	assert_ptr_equal(nkg_eval_gold_regions(&f->gold, NKG_EVAL_EVENTS), &f->gold.event_regions);
	assert_ptr_equal(nkg_eval_gold_regions(&f->gold, NKG_EVAL_ENTITIES),
	                 &f->gold.entity_regions);
	/* Inside means contained, both ends included. */
	assert_true(nkg_eval_in_regions(NULL, 7, 99));
	assert_true(nkg_eval_in_regions(&f->gold.event_regions, 3, 9));
	assert_true(nkg_eval_in_regions(&f->gold.event_regions, 9, 9));
	assert_false(nkg_eval_in_regions(&f->gold.event_regions, 2, 4));
	assert_false(nkg_eval_in_regions(&f->gold.event_regions, 8, 10));
	assert_false(nkg_eval_in_regions(&f->gold.time_regions, 0, 0));
}

static void test_times_outside_time_regions_are_ignored(void **state)
{
	struct fixture *f = *state;
	/* Only the first sentence has its times annotated (as in MEANTIME);
	 * "é" is two bytes: regions are code points, the doc counts bytes.
	 *                      0         1         2         3         4         5
	 *                      0123456789012345678901234567890123456789012345678901234 */
	static const char t[] = "Caf\xc3\xa9 talks began Monday. Prices rose Friday in Paris.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-20", 18, 24); /* Monday: inside */
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-24", 38, 44); /* Friday: outside */
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-19", 12, 27); /* crosses the end */
	add_entity(&f->doc, NKG_CLASS_CITY, 48, 53);             /* Paris */
	add_event(&f->doc, NKG_EVENT_MEETING, 11, 16);           /* talks */
	gold(&f->gold.time_regions, 0, 24, "", NULL);            /* "Café ... Monday" */
	gold(&f->gold.times, 17, 23, "DATE", "2020-01-20");
	gold(&f->gold.times, 37, 43, "DATE", "2020-01-24"); /* outside: not scored */
	gold(&f->gold.entities, 47, 52, "LOC", NULL);       /* no entity regions */
	f->gold.event_regions.present = true;               /* no event annotated */
	gold(&f->gold.events, 10, 15, "OCCURRENCE", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.t_strict, 1, 1, 1);
	assert_prf(&f->score.t_relaxed, 1, 1, 1);
	assert_prf(&f->score.t_value, 1, 1, 1);
	assert_prf(&f->score.ent[NKG_EVAL_LOC], 1, 1, 1);
	assert_true(f->score.has_events);
	assert_prf(&f->score.ev_span, 0, 0, 0);

	/* The shared regions do not limit a layer that has its own. */
	nkg_eval_score_init(&f->score);
	gold(&f->gold.regions, 0, 10, "", NULL);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.t_strict, 1, 1, 1);
	assert_prf(&f->score.ent[NKG_EVAL_LOC], 0, 0, 0);
}

static void test_times_strict_relaxed_type_value(void **state)
{
	struct fixture *f = *state;
	/*                      0         1         2         3         4
	 *                      0123456789012345678901234567890123456789012345 */
	static const char t[] = "On Friday, January 24 it rained for three days.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-24", 11, 21); /* January 24: exact */
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-24", 3, 9);   /* Friday: exact */
	add_time(&f->doc, NKG_TIMEX_DATE, "P3D", 36, 41);        /* "three" in "three days" */
	gold(&f->gold.times, 3, 9, "DATE", "2020-01-24");
	gold(&f->gold.times, 11, 21, "DATE", "2020-01-24");
	gold(&f->gold.times, 36, 46, "DURATION", "P3D");

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_true(f->score.has_times);
	assert_true(f->score.has_values);
	assert_prf(&f->score.t_strict, 3, 3, 2);
	assert_prf(&f->score.t_relaxed, 3, 3, 3);
	assert_prf(&f->score.t_type, 3, 3, 2); /* DATE vs DURATION */
	assert_prf(&f->score.t_value, 3, 3, 3);
	assert_int_equal(f->score.t_value_matched, 3);
	assert_ratio(nkg_eval_f1(&f->score.t_strict), 4, 6);
}

static void test_times_relaxed_match_is_one_to_one(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "last Friday morning";
	nkg_doc_init(&f->doc, t, strlen(t));
	/* One system time over two gold ones: it may match only one of them. */
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-17", 0, 19);
	gold(&f->gold.times, 0, 11, "DATE", "2020-01-17");
	gold(&f->gold.times, 12, 19, "TIME", "2020-01-17TMO");

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.t_strict, 2, 1, 0);
	assert_prf(&f->score.t_relaxed, 2, 1, 1);
	assert_prf(&f->score.t_value, 2, 1, 1);
	assert_int_equal(f->score.t_value_matched, 1);
	assert_ratio(nkg_eval_recall(&f->score.t_relaxed), 1, 2);
	assert_ratio(nkg_eval_precision(&f->score.t_relaxed), 1, 1);
}

static void test_times_without_gold_values(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "on Tuesday";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-21", 3, 10);
	gold(&f->gold.times, 3, 10, "DATE", NULL);

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_false(f->score.has_values);
	assert_prf(&f->score.t_strict, 1, 1, 1);
	assert_int_equal(f->score.t_value_matched, 0);
}

static void test_times_untyped_or_valueless_gold_count_for_spans_only(void **state)
{
	struct fixture *f = *state;
	/*                      0         1         2
	 *                      012345678901234567890123456 */
	static const char t[] = "on Tuesday for four hours.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-21", 3, 10);
	add_time(&f->doc, NKG_TIMEX_DURATION, "PT4H", 15, 25);
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-22", 0, 2); /* a false positive */
	gold(&f->gold.times, 3, 10, "DATE", "2020-01-21");
	gold(&f->gold.times, 15, 25, "UNKNOWN", NULL); /* GUM: no element, no type */

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_true(f->score.has_values);
	assert_prf(&f->score.t_strict, 2, 3, 2);
	/* the untyped, valueless gold time and the system time on it are left out */
	assert_prf(&f->score.t_type, 1, 2, 1);
	assert_prf(&f->score.t_value, 1, 2, 1);
	assert_int_equal(f->score.t_value_matched, 1);
}

static void test_events_span_and_coarse_class(void **state)
{
	struct fixture *f = *state;
	/*                      0         1         2         3
	 *                      0123456789012345678901234567890123456 */
	static const char t[] = "Protesters rallied; the cleric said so.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_event(&f->doc, NKG_EVENT_PROTEST, 11, 18);   /* rallied */
	add_event(&f->doc, NKG_EVENT_STATEMENT, 31, 35); /* said */
	add_event(&f->doc, NKG_EVENT_MEETING, 0, 10);    /* spurious */
	gold(&f->gold.events, 11, 18, "OCCURRENCE", NULL);
	gold(&f->gold.events, 31, 35, "OCCURRENCE", NULL); /* gold calls it an occurrence */

	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_true(f->score.has_events);
	assert_prf(&f->score.ev_span, 2, 3, 2);
	assert_int_equal(f->score.n_ev_class, 2);
	assert_string_equal(f->score.ev_class[0].name, "OCCURRENCE");
	assert_prf(&f->score.ev_class[0].c, 2, 2, 1);
	assert_string_equal(f->score.ev_class[1].name, "REPORTING");
	assert_prf(&f->score.ev_class[1].c, 0, 1, 0);
	assert_string_equal(nkg_eval_event_class(NKG_EVENT_STATEMENT), "REPORTING");
	assert_string_equal(nkg_eval_event_class(NKG_EVENT_ATTACK), "OCCURRENCE");
}

static void test_timex_type_names(void **state)
{
	(void)state;
	assert_string_equal(nkg_timex_type_name(NKG_TIMEX_DATE), "DATE");
	assert_string_equal(nkg_timex_type_name(NKG_TIMEX_TIME), "TIME");
	assert_string_equal(nkg_timex_type_name(NKG_TIMEX_DURATION), "DURATION");
	assert_string_equal(nkg_timex_type_name(NKG_TIMEX_SET), "SET");
}

static void test_prf_zero_denominators(void **state)
{
	(void)state;
	struct nkg_eval_prf c = {0, 0, 0};
	assert_true(nkg_eval_precision(&c) == 0.0);
	assert_true(nkg_eval_recall(&c) == 0.0);
	assert_true(nkg_eval_f1(&c) == 0.0);
	struct nkg_eval_prf d = {4, 0, 0};
	assert_true(nkg_eval_recall(&d) == 0.0);
	assert_true(nkg_eval_f1(&d) == 0.0);
}

static void test_record_parses_gold_fields(void **state)
{
	struct fixture *f = *state;
	struct nkg_eval_record rec;
	char err[160];
	/* "Qu\u00e9bec" is escaped in the text; offsets count code points. */
	snprintf(
	        f->line, sizeof(f->line), "%s",
	        "{\"id\":\"a/1\",\"date\":\"2020-01-24\",\"title\":\"T\",\"set\":\"x\","
	        "\"split\":\"dev\",\"text\":\"Qu\\u00e9bec on Friday\",\"regions\":[[0,16]],"
	        "\"entities\":[[0,6,\"LOC\",\"Q176\"]],\"times\":[[10,16,\"DATE\",\"2020-01-24\"]],"
	        "\"events\":[ ],\"extra\":{\"a\":[1,2]}}");
	int rc = nkg_eval_parse_record(f->line, strlen(f->line), &rec, &f->gold, err, sizeof(err));
	if (rc)
		fail_msg("%s", err);
	assert_true(nkg_str_eq_cstr(rec.id, "a/1"));
	assert_true(nkg_str_eq_cstr(rec.date, "2020-01-24"));
	assert_true(nkg_str_eq_cstr(rec.split, "dev"));
	assert_true(nkg_str_eq_cstr(rec.text, "Qu\xc3\xa9"
	                                      "bec on Friday"));
	assert_int_equal(f->gold.entities.n, 1);
	assert_int_equal(f->gold.entities.items[0].begin, 0);
	assert_int_equal(f->gold.entities.items[0].end, 6);
	assert_string_equal(f->gold.entities.items[0].label, "LOC");
	assert_int_equal(f->gold.times.n, 1);
	assert_string_equal(f->gold.times.items[0].value, "2020-01-24");
	assert_true(f->gold.events.present);
	assert_int_equal(f->gold.events.n, 0);
	assert_true(f->gold.regions.present);
	assert_int_equal(f->gold.regions.items[0].end, 16);
}

static void test_record_parses_layer_regions(void **state)
{
	struct fixture *f = *state;
	struct nkg_eval_record rec;
	char err[160];
	snprintf(f->line, sizeof(f->line), "%s",
	         "{\"id\":\"m\",\"text\":\"Title\\n\\nMay 1, 2008\\n\\nBody.\","
	         "\"entity_regions\":[[0,25]],\"time_regions\":[[0,18],[20,25]],"
	         "\"event_regions\":[],\"times\":[[7,18,\"DATE\",\"2008-05-01\"]]}");
	int rc = nkg_eval_parse_record(f->line, strlen(f->line), &rec, &f->gold, err, sizeof(err));
	if (rc)
		fail_msg("%s", err);
	assert_false(f->gold.regions.present);
	assert_true(f->gold.entity_regions.present);
	assert_int_equal(f->gold.entity_regions.n, 1);
	assert_int_equal(f->gold.entity_regions.items[0].end, 25);
	assert_int_equal(f->gold.time_regions.n, 2);
	assert_int_equal(f->gold.time_regions.items[1].begin, 20);
	assert_int_equal(f->gold.time_regions.items[1].end, 25);
	assert_string_equal(f->gold.time_regions.items[1].label, "");
	assert_true(f->gold.event_regions.present);
	assert_int_equal(f->gold.event_regions.n, 0);
	assert_false(f->gold.entities.present);
	assert_int_equal(f->gold.times.n, 1);
}

static void expect_bad_record(struct fixture *f, const char *line, int code, const char *msg)
{
	struct nkg_eval_record rec;
	char err[160];
	snprintf(f->line, sizeof(f->line), "%s", line);
	assert_int_equal(
	        nkg_eval_parse_record(f->line, strlen(f->line), &rec, &f->gold, err, sizeof(err)),
	        code);
	assert_string_equal(err, msg);
	nkg_eval_gold_release(&f->gold);
	nkg_eval_gold_init(&f->gold);
}

static void test_record_rejects_bad_annotations(void **state)
{
	struct fixture *f = *state;
	expect_bad_record(f, "{\"text\":\"abc\",\"entities\":[[0,4,\"PER\"]]}", NKG_EINVAL,
	                  "column 27: span outside the text or reversed");
	expect_bad_record(f, "{\"text\":\"abc\",\"entities\":[[2,1,\"PER\"]]}", NKG_EINVAL,
	                  "column 27: span outside the text or reversed");
	expect_bad_record(f, "{\"text\":\"abc\",\"entities\":[[0,1]]}", NKG_EINVAL,
	                  "column 31: expected ',' before the label");
	expect_bad_record(f, "{\"text\":\"abc\",\"times\":[[0,1,\"D\\u0041TE\"]]}", NKG_EINVAL,
	                  "column 31: escapes are not allowed in annotation strings");
	expect_bad_record(f, "{\"text\":\"abc\",\"entities\":{}}", NKG_EINVAL,
	                  "column 26: \"entities\" must be an array, not object");
	expect_bad_record(f, "{\"id\":\"x\"}", NKG_EINVAL, "no \"text\" string");
	expect_bad_record(f, "{\"text\":\"abc\",\"entities\":[[0,1.5,\"PER\"]]}", NKG_EINVAL,
	                  "column 31: expected an integer offset");
	expect_bad_record(f, "{\"text\":\"abc\",\"time_regions\":[[0,3,\"DATE\"]]}", NKG_EINVAL,
	                  "column 35: expected ']' ending an annotation");
	expect_bad_record(f, "{\"text\":\"abc\",\"event_regions\":[[0,4]]}", NKG_EINVAL,
	                  "column 32: span outside the text or reversed");
	expect_bad_record(f, "{\"text\":\"abc\",\"entity_regions\":\"all\"}", NKG_EINVAL,
	                  "column 32: \"entity_regions\" must be an array, not string");
}

static void test_score_survives_allocation_failures(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "Obama met Putin on Monday and spoke.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_PERSON, 0, 5);
	add_entity(&f->doc, NKG_CLASS_PERSON, 10, 15);
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-20", 19, 25);
	add_event(&f->doc, NKG_EVENT_STATEMENT, 30, 35);
	gold(&f->gold.entities, 0, 5, "PER", NULL);
	gold(&f->gold.times, 19, 25, "DATE", "2020-01-20");
	gold(&f->gold.events, 30, 35, "REPORTING", NULL);

	int rc = NKG_ENOMEM;
	unsigned long n;
	for (n = 1; rc == NKG_ENOMEM && n < 100; n++) {
		nkg_eval_score_init(&f->score);
		nkg_alloc_fail_after(n, 0);
		rc = nkg_eval_score_doc(&f->score, &f->doc, &f->gold);
		nkg_alloc_fail_after(0, 0);
	}
	assert_int_equal(rc, 0);
	assert_true(n > 2); /* some allocations did fail first */
	assert_prf(&f->score.ent[NKG_EVAL_ALL], 1, 2, 1);
	assert_prf(&f->score.t_strict, 1, 1, 1);
	assert_prf(&f->score.ev_span, 1, 1, 1);
}

static void test_errors_survive_allocation_failures(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "Obama met Putin on Monday and spoke.";
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_PERSON, 0, 5);
	add_entity(&f->doc, NKG_CLASS_PERSON, 10, 15);
	add_time(&f->doc, NKG_TIMEX_DATE, "2020-01-20", 19, 25);
	add_event(&f->doc, NKG_EVENT_STATEMENT, 30, 35);
	gold(&f->gold.entities, 0, 5, "PER", NULL);
	gold(&f->gold.times, 16, 25, "DATE", "2020-01-21");
	gold(&f->gold.events, 6, 9, "OCCURRENCE", NULL);

	char *out = NULL;
	size_t len = 0;
	int rc = NKG_ENOMEM;
	unsigned long n;
	for (n = 1; rc == NKG_ENOMEM && n < 100; n++) {
		FILE *mem = open_memstream(&out, &len);
		assert_non_null(mem);
		nkg_alloc_fail_after(n, 0);
		rc = nkg_eval_errors_doc(mem, nkg_str_from_cstr("d"), &f->doc, &f->gold);
		nkg_alloc_fail_after(0, 0);
		fclose(mem);
		if (rc)
			free(out);
	}
	assert_int_equal(rc, 0);
	assert_true(n > 2); /* some allocations did fail first */
	assert_string_equal(out, "d\tnames\tspurious\t-\t-\t-\t10-15\tPER\tPutin\n"
	                         "d\ttimes\tspan,value\t16-25\tDATE=2020-01-21\ton Monday"
	                         "\t19-25\tDATE=2020-01-20\tMonday\n"
	                         "d\tevents\tmissed\t6-9\tOCCURRENCE\tmet\t-\t-\t-\n"
	                         "d\tevents\tspurious\t-\t-\t-\t30-35\tREPORTING\tspoke\n");
	free(out);
}

static void test_print_tsv_rows(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "Obama";
	char *out = NULL;
	size_t len = 0;
	nkg_doc_init(&f->doc, t, strlen(t));
	add_entity(&f->doc, NKG_CLASS_PERSON, 0, 5);
	gold(&f->gold.entities, 0, 5, "PER", NULL);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);

	FILE *mem = open_memstream(&out, &len);
	assert_non_null(mem);
	nkg_eval_print(mem, "tiny", "dev", &f->score, true);
	fclose(mem);
	assert_string_equal(out,
	                    "tiny\tdev\tdocuments\t-\t1\t-\t-\t-\t-\t-\n"
	                    "tiny\tdev\tnames\tPER\t1\t1\t1\t1.0000\t1.0000\t1.0000\n"
	                    "tiny\tdev\tnames\tORG\t0\t0\t0\t0.0000\t0.0000\t0.0000\n"
	                    "tiny\tdev\tnames\tLOC\t0\t0\t0\t0.0000\t0.0000\t0.0000\n"
	                    "tiny\tdev\tnames\tall (micro)\t1\t1\t1\t1.0000\t1.0000\t1.0000\n");
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_names_exact_span_and_type, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names_leave_out_role_noun_mentions, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names_count_code_points_not_bytes, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_names_duplicates_count_once_and_sum_over_docs,
	                                        setup, teardown),
	        cmocka_unit_test_setup_teardown(test_names_outside_regions_are_ignored, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_regions_layer_list_takes_precedence, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_times_outside_time_regions_are_ignored, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_times_strict_relaxed_type_value, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_times_relaxed_match_is_one_to_one, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(
	                test_times_untyped_or_valueless_gold_count_for_spans_only, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_times_without_gold_values, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_events_span_and_coarse_class, setup, teardown),
	        cmocka_unit_test(test_timex_type_names),
	        cmocka_unit_test(test_prf_zero_denominators),
	        cmocka_unit_test_setup_teardown(test_record_parses_gold_fields, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_record_parses_layer_regions, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_record_rejects_bad_annotations, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_score_survives_allocation_failures, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_errors_survive_allocation_failures, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_print_tsv_rows, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
