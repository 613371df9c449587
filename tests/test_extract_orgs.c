/* test_extract_orgs.c - the embedded organisations table and its lookup. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "extract/lexicon.h"
#include "extract/orgs.h"

static const struct nkg_org *find(const char *name, unsigned *how)
{
	return nkg_org_find(nkg_str_from_cstr(name), how);
}

/* The QID found under name, "(none)" when there is none. */
static const char *qid_of(const char *name)
{
	const struct nkg_org *o = find(name, NULL);

	return o ? o->qid : "(none)";
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_orgs_free();
	nkg_lexicon_free();
	return 0;
}

static void test_orgs_find_exact_qids(void **state)
{
	(void)state;
	unsigned how = 99;
	const struct nkg_org *o = find("Nissan", &how);

	assert_non_null(o);
	assert_string_equal(o->qid, "Q20165");
	assert_string_equal(o->name, "Nissan");
	assert_int_equal(o->kind, NKG_ORG_BRAND);
	assert_string_equal(nkg_org_kind_name(o->kind), "brand");
	assert_int_equal(how, 0);
	assert_string_equal(qid_of("Renault"), "Q6686");
	assert_string_equal(qid_of("Mercedes-Benz"), "Q36008");
	assert_string_equal(qid_of("Boeing"), "Q66");
	o = find("Amtrak", NULL);
	assert_non_null(o);
	assert_string_equal(o->qid, "Q23239");
	assert_int_equal(o->kind, NKG_ORG_OPERATOR);
}

static void test_orgs_find_folds_case_and_space(void **state)
{
	(void)state;
	assert_string_equal(qid_of("NISSAN"), "Q20165");
	assert_string_equal(qid_of("nissan"), "Q20165");
	assert_string_equal(qid_of("  Nissan  "), "Q20165");
	assert_string_equal(qid_of("Mercedes-benz"), "Q36008");
	assert_string_equal(qid_of("the Nissan"), "Q20165");
	assert_string_equal(qid_of("Nissa"), "(none)");
	assert_string_equal(qid_of(""), "(none)");
}

static void test_orgs_alias_and_label(void **state)
{
	(void)state;
	unsigned how = 99;
	const struct nkg_org *o = find("Meta", &how);

	/* "Meta" is NSI's brand tag of Q380, whose Wikidata label is "Meta Platforms" */
	assert_non_null(o);
	assert_string_equal(o->qid, "Q380");
	assert_string_equal(o->name, "Meta Platforms");
	assert_int_equal(how & NKG_ORG_BY_ALIAS, NKG_ORG_BY_ALIAS);
	o = find("Meta Platforms", &how);
	assert_non_null(o);
	assert_int_equal(how & NKG_ORG_BY_ALIAS, 0);
}

static void test_orgs_ambiguous_key_finds_nothing(void **state)
{
	(void)state;
	/* "Shell" is the label of Q154950 (the oil company) and of Q110716465
	 * (its fuel station chain): it links to neither */
	assert_string_equal(qid_of("Shell"), "(none)");
	assert_string_equal(qid_of("SHELL"), "(none)");
	assert_non_null(nkg_org_by_qid("Q154950"));
	assert_non_null(nkg_org_by_qid("Q110716465"));
	assert_string_equal(qid_of("Royal Dutch Shell"), "Q154950");
}

static void test_orgs_acronym_needs_upper_case(void **state)
{
	(void)state;
	unsigned how = 0;
	const struct nkg_org *o = find("KFC", &how);

	assert_non_null(o);
	assert_string_equal(o->qid, "Q524757");
	/* three letters: weak, the caller needs more evidence */
	assert_int_equal(how, NKG_ORG_WEAK);
	assert_string_equal(qid_of("kfc"), "(none)");
	assert_string_equal(qid_of("Kfc"), "(none)");
}

static void test_orgs_weak_names(void **state)
{
	(void)state;
	unsigned how = 0;
	const struct nkg_org *o = find("Boeing", &how);

	/* not a common word, a person's name or a known place */
	assert_non_null(o);
	assert_string_equal(o->qid, "Q66");
	assert_int_equal(how, 0);
	/* "amazon" is a lower-case word of wamerican (common.tsv) */
	o = find("Amazon", &how);
	assert_non_null(o);
	assert_string_equal(o->qid, "Q3884");
	assert_int_equal(how, NKG_ORG_WEAK);
	o = find("Toyota", &how);
	assert_non_null(o);
	assert_string_equal(o->qid, "Q53268");
	/* Toyota is a Japanese city of the gazetteer too */
	assert_int_equal(how, NKG_ORG_WEAK);
	/* every word an ordinary word */
	o = find("Best Buy", &how);
	assert_non_null(o);
	assert_string_equal(o->qid, "Q533415");
	assert_int_equal(how, NKG_ORG_WEAK);
	o = find("Apple Inc.", &how);
	assert_non_null(o);
	assert_string_equal(o->qid, "Q312");
	assert_int_equal(how, 0);
}

static void test_orgs_not_places_or_descriptions(void **state)
{
	(void)state;
	/* Q172 (Toronto, the city) operates parks in NSI: a place, left out */
	assert_null(nkg_org_by_qid("Q172"));
	assert_string_equal(qid_of("City of Toronto"), "(none)");
	/* an operator's descriptive name is no key: every country has one */
	assert_string_equal(qid_of("Ministry of Health"), "(none)");
	assert_string_equal(qid_of("Federal Bureau of Investigation"), "(none)");
	assert_string_equal(qid_of("FBI"), "Q8333");
}

static void test_orgs_by_qid(void **state)
{
	(void)state;
	const struct nkg_org *o = nkg_org_by_qid("Q20165");

	assert_non_null(o);
	assert_string_equal(o->name, "Nissan");
	assert_ptr_equal(o, find("Nissan", NULL));
	assert_null(nkg_org_by_qid("Q0"));
	assert_null(nkg_org_by_qid("20165"));
	assert_null(nkg_org_by_qid("Q2016x"));
	assert_null(nkg_org_by_qid(NULL));
	assert_int_equal(nkg_orgs_count() > 20000, 1);
}

static void test_orgs_long_name(void **state)
{
	(void)state;
	char big[600];

	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_string_equal(qid_of(big), "(none)");
}

#define N_THREADS 4

static void *finder(void *arg)
{
	const struct nkg_org **got = arg;

	for (int i = 0; i < 100; i++)
		got[i] = find(i % 2 ? "Renault" : "Nissan", NULL);
	return NULL;
}

static void test_orgs_concurrent_first_use(void **state)
{
	(void)state;
	pthread_t th[N_THREADS];
	const struct nkg_org *got[N_THREADS][100];

	nkg_orgs_free();
	for (int t = 0; t < N_THREADS; t++)
		assert_int_equal(pthread_create(&th[t], NULL, finder, got[t]), 0);
	for (int t = 0; t < N_THREADS; t++)
		assert_int_equal(pthread_join(th[t], NULL), 0);
	for (int t = 0; t < N_THREADS; t++)
		for (int i = 0; i < 100; i++)
			assert_string_equal(got[t][i]->qid, i % 2 ? "Q6686" : "Q20165");
}

static void test_orgs_load_out_of_memory(void **state)
{
	(void)state;
	int failures = 0;

	nkg_orgs_free();
	for (unsigned long n = 1;; n++) {
		nkg_alloc_fail_after(n, 0);
		int rc = nkg_orgs_load();
		nkg_alloc_fail_after(0, 0);
		if (rc == 0)
			break;
		assert_int_equal(rc, NKG_ENOMEM);
		failures++;
		assert_true(n < 100);
	}
	/* text, keys, records, QID numbers, slots (the folding is the loaded
	 * lexicon's, nkg_lex_fold) */
	assert_int_equal(failures, 5);
	assert_string_equal(qid_of("Nissan"), "Q20165");
	/* a lookup whose lexicon cannot load finds nothing, and later works */
	nkg_lexicon_free();
	nkg_alloc_fail_after(1, 1);
	assert_null(find("Nissan", NULL));
	nkg_alloc_fail_after(0, 0);
	assert_string_equal(qid_of("Nissan"), "Q20165");
}

static void test_orgs_load_time(void **state)
{
	(void)state;
	struct timespec a, b;

	nkg_orgs_free();
	clock_gettime(CLOCK_MONOTONIC, &a);
	assert_int_equal(nkg_orgs_load(), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	double ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
	print_message("organisations load: %.1f ms\n", ms);
	/* generous: sanitizer and valgrind builds are many times slower */
	assert_true(ms < 5000.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_orgs_find_exact_qids),
	        cmocka_unit_test(test_orgs_find_folds_case_and_space),
	        cmocka_unit_test(test_orgs_alias_and_label),
	        cmocka_unit_test(test_orgs_ambiguous_key_finds_nothing),
	        cmocka_unit_test(test_orgs_acronym_needs_upper_case),
	        cmocka_unit_test(test_orgs_weak_names),
	        cmocka_unit_test(test_orgs_not_places_or_descriptions),
	        cmocka_unit_test(test_orgs_by_qid),
	        cmocka_unit_test(test_orgs_long_name),
	        cmocka_unit_test(test_orgs_concurrent_first_use),
	        cmocka_unit_test(test_orgs_load_out_of_memory),
	        cmocka_unit_test(test_orgs_load_time),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
