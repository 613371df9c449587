/* test_cli_eval_args.c - the participant and date scores of newskg eval
 * (MEANTIME's "arguments" and "event_times") on hand-made gold and system
 * documents, with exact counts (no extractor involved). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/eval.h"
#include "../core/alloc.h"
#include "../core/err.h"

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

/* An entity with one mention at bytes [b, e); its index. */
static uint32_t add_entity(struct nkg_doc *doc, enum nkg_entity_class cls, uint32_t b, uint32_t e)
{
	uint32_t idx;
	struct nkg_str name = {doc->text + b, e - b};
	assert_int_equal(nkg_doc_add_entity(doc, cls, name, 1.0f, "test", &idx), 0);
	struct nkg_span span = {b, e};
	assert_int_equal(nkg_doc_add_mention(doc, span, NKG_MENTION_ENTITY, idx, 1.0f, "test"), 0);
	return idx;
}

static void add_mention(struct nkg_doc *doc, uint32_t entity, uint32_t b, uint32_t e)
{
	struct nkg_span span = {b, e};
	assert_int_equal(nkg_doc_add_mention(doc, span, NKG_MENTION_ENTITY, entity, 1.0f, "test"),
	                 0);
}

/* An event with one mention at bytes [b, e), dated value unless NULL. */
static uint32_t add_event(struct nkg_doc *doc, enum nkg_event_class cls, uint32_t b, uint32_t e,
                          const char *value)
{
	uint32_t idx, t;
	assert_int_equal(nkg_doc_add_event(doc, cls, 1.0f, "test", &idx), 0);
	struct nkg_span span = {b, e};
	assert_int_equal(nkg_doc_add_mention(doc, span, NKG_MENTION_EVENT, idx, 1.0f, "test"), 0);
	if (value) {
		assert_int_equal(nkg_doc_add_time(doc, NKG_TIMEX_DATE, nkg_str_from_cstr(value),
		                                  NKG_STR_NULL, "test", &t),
		                 0);
		doc->events[idx].time = t;
	}
	return idx;
}

static void gold_arg(struct nkg_eval_args *a, uint32_t eb, uint32_t ee, uint32_t b, uint32_t e,
                     const char *role, const char *instance)
{
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 8;
		struct nkg_eval_arg *p = nkg_realloc(a->items, cap * sizeof(*p));
		assert_non_null(p);
		a->items = p;
		a->cap = cap;
	}
	struct nkg_eval_arg *x = &a->items[a->n++];
	memset(x, 0, sizeof(*x));
	x->ev_begin = eb;
	x->ev_end = ee;
	x->begin = b;
	x->end = e;
	snprintf(x->role, sizeof(x->role), "%s", role);
	snprintf(x->instance, sizeof(x->instance), "%s", instance ? instance : "");
	a->present = true;
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

/* "Boeing beat Airbus. It said on Monday that the firm lost." */
static const char text[] = "Boeing beat Airbus. It said on Monday that the firm lost.";

/* beat@7 (agent Boeing, patient Airbus), said@23 (speaker Boeing, dated
 * 2020-01-20), lost@52 (agent Airbus, participant Boeing, undated). */
static void build(struct fixture *f)
{
	nkg_doc_init(&f->doc, text, strlen(text));
	uint32_t boeing = add_entity(&f->doc, NKG_CLASS_CORPORATION, 0, 6);
	uint32_t airbus = add_entity(&f->doc, NKG_CLASS_CORPORATION, 12, 18);
	uint32_t beat = add_event(&f->doc, NKG_EVENT_ACQUISITION, 7, 11, NULL);
	uint32_t said = add_event(&f->doc, NKG_EVENT_STATEMENT, 23, 27, "2020-01-20");
	uint32_t lost = add_event(&f->doc, NKG_EVENT_LAYOFF, 52, 56, NULL);
	assert_int_equal(nkg_event_add_participant(&f->doc, beat, boeing, NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_event_add_participant(&f->doc, beat, airbus, NKG_ROLE_PATIENT), 0);
	assert_int_equal(nkg_event_add_participant(&f->doc, said, boeing, NKG_ROLE_SPEAKER), 0);
	assert_int_equal(nkg_event_add_participant(&f->doc, lost, airbus, NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_event_add_participant(&f->doc, lost, boeing, NKG_ROLE_PARTICIPANT), 0);
	nkg_doc_sort_mentions(&f->doc);

	gold(&f->gold.entities, 0, 6, "ORG", "boeing");
	gold(&f->gold.entities, 12, 18, "ORG", "airbus");
	gold(&f->gold.events, 7, 11, "OCCURRENCE", NULL);
	gold(&f->gold.events, 23, 27, "REPORTING", NULL);
	gold(&f->gold.events, 52, 56, "OCCURRENCE", NULL);
	gold(&f->gold.events, 31, 37, "OCCURRENCE", NULL); /* "Monday": not found */
	/* beat: both found, Airbus gold A2 against newskg's patient (A1). */
	gold_arg(&f->gold.arguments, 7, 11, 0, 6, "A0", "boeing");
	gold_arg(&f->gold.arguments, 7, 11, 12, 18, "A2", "airbus");
	/* said: "It" is Boeing by its instance only. */
	gold_arg(&f->gold.arguments, 23, 27, 20, 22, "A0", "boeing");
	/* lost: "the firm" is Airbus (instance), Boeing overlaps a LOC
	 * argument only: not counted. */
	gold_arg(&f->gold.arguments, 52, 56, 43, 51, "A0", "airbus");
	gold_arg(&f->gold.arguments, 52, 56, 0, 6, "LOC", NULL);
	gold_arg(&f->gold.arguments, 31, 37, 0, 6, "A0", "boeing"); /* trigger not found */
	gold(&f->gold.event_times, 23, 27, "DATE", "2020-01");
	gold(&f->gold.event_times, 52, 56, "DATE", "2020-01-21");
	gold(&f->gold.event_times, 31, 37, "DATE", "2020-01-20");
}

static void test_participants_overlap_instance_and_roles(void **state)
{
	struct fixture *f = *state;
	build(f);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_true(f->score.has_args);
	assert_int_equal(f->score.arg_triggers, 3);
	/* Span overlap alone: Boeing and Airbus of beat; said's speaker and
	 * lost's agent are wrong, lost's Boeing overlaps the LOC argument. */
	assert_prf(&f->score.arg_span, 4, 4, 2);
	assert_prf(&f->score.arg, 4, 4, 4);
	assert_prf(&f->score.arg_role[0], 3, 3, 3);
	assert_prf(&f->score.arg_role[1], 0, 1, 0);
	assert_prf(&f->score.arg_role[2], 1, 0, 0);
}

/* Any mention of the participant's entity counts, not only the one near
 * the trigger; a mention overlapping the argument only partly too. */
static void test_participant_found_by_any_mention(void **state)
{
	struct fixture *f = *state;
	static const char t[] = "Airbus said. The Toulouse-based Airbus Group sued.";
	nkg_doc_init(&f->doc, t, strlen(t));
	uint32_t airbus = add_entity(&f->doc, NKG_CLASS_CORPORATION, 0, 6);
	add_mention(&f->doc, airbus, 32, 38);
	uint32_t sued = add_event(&f->doc, NKG_EVENT_LAWSUIT, 45, 49, NULL);
	assert_int_equal(nkg_event_add_participant(&f->doc, sued, airbus, NKG_ROLE_AGENT), 0);
	nkg_doc_sort_mentions(&f->doc);
	gold(&f->gold.events, 45, 49, "OCCURRENCE", NULL);
	gold_arg(&f->gold.arguments, 45, 49, 13, 44, "A0", NULL);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_prf(&f->score.arg_span, 1, 1, 1);
	assert_prf(&f->score.arg_role[0], 1, 1, 1);
	assert_false(f->score.has_dates);
}

static void test_dates_exact_and_compatible(void **state)
{
	struct fixture *f = *state;
	build(f);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_true(f->score.has_dates);
	/* said: 2020-01-20 vs gold 2020-01 (compatible); lost undated. */
	assert_prf(&f->score.date_exact, 2, 1, 0);
	assert_prf(&f->score.date_compat, 2, 1, 1);
}

static void test_roles_map_to_propbank(void **state)
{
	(void)state;
	assert_int_equal(nkg_eval_role_of(NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_eval_role_of(NKG_ROLE_SPEAKER), 0);
	assert_int_equal(nkg_eval_role_of(NKG_ROLE_PATIENT), 1);
	assert_int_equal(nkg_eval_role_of(NKG_ROLE_INSTRUMENT), 1);
	assert_int_equal(nkg_eval_role_of(NKG_ROLE_PARTICIPANT), 2);
}

static void test_no_tables_without_gold_keys(void **state)
{
	struct fixture *f = *state;
	build(f);
	nkg_eval_gold_release(&f->gold);
	nkg_eval_gold_init(&f->gold);
	gold(&f->gold.events, 7, 11, "OCCURRENCE", NULL);
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	assert_false(f->score.has_args);
	assert_false(f->score.has_dates);
	assert_int_equal(f->score.arg_triggers, 0);
}

static void test_record_parses_arguments_and_event_times(void **state)
{
	struct fixture *f = *state;
	struct nkg_eval_record rec;
	char err[160];
	snprintf(f->line, sizeof(f->line), "%s",
	         "{\"id\":\"m\",\"text\":\"Boeing beat Airbus.\",\"events\":[[7,11,\"OCCURRENCE\","
	         "null]],\"arguments\":[[7,11,0,6,\"A0\",\"ORG1\"],[7,11,12,18,\"A1\",null],"
	         "[7,11,12,18,\"OTHER\"]],\"event_times\":[[7,11,\"2008-03\"]]}");
	int rc = nkg_eval_parse_record(f->line, strlen(f->line), &rec, &f->gold, err, sizeof(err));
	if (rc)
		fail_msg("%s", err);
	assert_true(f->gold.arguments.present);
	assert_int_equal(f->gold.arguments.n, 3);
	const struct nkg_eval_arg *a = f->gold.arguments.items;
	assert_int_equal(a[0].ev_begin, 7);
	assert_int_equal(a[0].ev_end, 11);
	assert_int_equal(a[0].begin, 0);
	assert_int_equal(a[0].end, 6);
	assert_string_equal(a[0].role, "A0");
	assert_string_equal(a[0].instance, "ORG1");
	assert_int_equal(a[1].begin, 12);
	assert_string_equal(a[1].role, "A1");
	assert_string_equal(a[1].instance, "");
	assert_string_equal(a[2].role, "OTHER");
	assert_string_equal(a[2].instance, "");
	assert_true(f->gold.event_times.present);
	assert_int_equal(f->gold.event_times.n, 1);
	assert_int_equal(f->gold.event_times.items[0].begin, 7);
	assert_string_equal(f->gold.event_times.items[0].label, "DATE");
	assert_string_equal(f->gold.event_times.items[0].value, "2008-03");
}

static void expect_bad_record(struct fixture *f, const char *line, const char *msg)
{
	struct nkg_eval_record rec;
	char err[160];
	snprintf(f->line, sizeof(f->line), "%s", line);
	assert_int_equal(
	        nkg_eval_parse_record(f->line, strlen(f->line), &rec, &f->gold, err, sizeof(err)),
	        NKG_EINVAL);
	assert_string_equal(err, msg);
	nkg_eval_gold_release(&f->gold);
	nkg_eval_gold_init(&f->gold);
}

static void test_record_rejects_bad_arguments(void **state)
{
	struct fixture *f = *state;
	expect_bad_record(f, "{\"text\":\"abc\",\"arguments\":[[0,3,1,4,\"A0\"]]}",
	                  "column 33: span outside the text or reversed");
	expect_bad_record(f, "{\"text\":\"abc\",\"arguments\":[[0,3,1,2]]}",
	                  "column 36: expected ',' before the role");
	expect_bad_record(f, "{\"text\":\"abc\",\"arguments\":[[0,3,\"A0\"]]}",
	                  "column 33: expected an offset (a non-negative integer)");
	expect_bad_record(f, "{\"text\":\"abc\",\"event_times\":[[0,3]]}",
	                  "column 34: expected ',' before the value");
	expect_bad_record(f, "{\"text\":\"abc\",\"event_times\":[[0,3,null]]}",
	                  "column 35: expected a string");
}

static void test_score_args_survives_allocation_failures(void **state)
{
	struct fixture *f = *state;
	build(f);
	int rc = NKG_ENOMEM;
	unsigned long n;
	for (n = 1; rc == NKG_ENOMEM && n < 200; n++) {
		nkg_eval_score_init(&f->score);
		nkg_alloc_fail_after(n, 0);
		rc = nkg_eval_score_doc(&f->score, &f->doc, &f->gold);
		nkg_alloc_fail_after(0, 0);
	}
	assert_int_equal(rc, 0);
	assert_true(n > 4);
	assert_prf(&f->score.arg, 4, 4, 4);
	assert_prf(&f->score.date_compat, 2, 1, 1);
}

static void test_errors_list_participants_and_dates(void **state)
{
	struct fixture *f = *state;
	build(f);
	char *out = NULL;
	size_t len = 0;
	int rc = NKG_ENOMEM;
	unsigned long n;
	for (n = 1; rc == NKG_ENOMEM && n < 200; n++) {
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
	assert_true(n > 4);
	assert_string_equal(out, "d\tevents\tmissed\t31-37\tOCCURRENCE\tMonday\t-\t-\t-\n"
	                         "d\tparticipants\trole\t12-18\tA2=beat@7\tAirbus"
	                         "\t12-18\tpatient=beat@7\tAirbus\n"
	                         "d\tdates\tcompatible\t23-27\tdate=2020-01\tsaid"
	                         "\t23-27\tdate=2020-01-20\tsaid\n"
	                         "d\tdates\tundated\t52-56\tdate=2020-01-21\tlost\t-\t-\t-\n");
	free(out);
}

static void test_print_rows(void **state)
{
	struct fixture *f = *state;
	build(f);
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(nkg_eval_score_doc(&f->score, &f->doc, &f->gold), 0);
	FILE *mem = open_memstream(&out, &len);
	assert_non_null(mem);
	nkg_eval_print(mem, "m", "dev", &f->score, true);
	fclose(mem);
	const char *p = strstr(out, "m\tdev\tparticipants");
	assert_non_null(p);
	assert_string_equal(
	        p,
	        "m\tdev\tparticipants\ttriggers found\t3\t-\t-\t-\t-\t-\n"
	        "m\tdev\tparticipants\tany role (span overlap)\t4\t4\t2\t0.5000\t0.5000\t0.5000\n"
	        "m\tdev\tparticipants\tany role (same entity)\t4\t4\t4\t1.0000\t1.0000\t1.0000\n"
	        "m\tdev\tparticipants\tA0 = agent, speaker\t3\t3\t3\t1.0000\t1.0000\t1.0000\n"
	        "m\tdev\tparticipants\tA1 = patient, instrument\t0\t1\t0\t0.0000\t0.0000"
	        "\t0.0000\n"
	        "m\tdev\tparticipants\tA2 = participant\t1\t0\t0\t0.0000\t0.0000\t0.0000\n"
	        "m\tdev\tparticipants\trole accuracy\t4\t-\t3\t-\t-\t0.7500\n"
	        "m\tdev\tdates\texact value\t2\t1\t0\t0.0000\t0.0000\t0.0000\n"
	        "m\tdev\tdates\tcompatible (prefix)\t2\t1\t1\t1.0000\t0.5000\t0.6667\n");
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_participants_overlap_instance_and_roles, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_participant_found_by_any_mention, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_dates_exact_and_compatible, setup, teardown),
	        cmocka_unit_test(test_roles_map_to_propbank),
	        cmocka_unit_test_setup_teardown(test_no_tables_without_gold_keys, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_record_parses_arguments_and_event_times, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_record_rejects_bad_arguments, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_score_args_survives_allocation_failures, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_errors_list_participants_and_dates, setup,
	                                        teardown),
	        cmocka_unit_test_setup_teardown(test_print_rows, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
