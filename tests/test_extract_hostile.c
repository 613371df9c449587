/* test_extract_hostile.c - regression tests for extraction bugs that hostile
 * inputs (tests/fuzz/, tests/e2e/hostile-*.sh) found: each test names the
 * bug it keeps fixed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "core/buf.h"
#include "core/err.h"
#include "extract/extract.h"
#include "extract/lexicon.h"

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

/* n copies of a paragraph with an organisation, its acronym in brackets and
 * a place, then the paragraph that is checked. */
static char *many_orgs(size_t n, const char *last)
{
	static const char para[] = "The Islamic Revolutionary Guard Corps (IRGC) met officials "
	                           "of the Iraqi Ministry of Oil in Basra on Monday.\n\n";
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(nkg_buf_add(&b, para, sizeof(para) - 1), 0);
	assert_int_equal(nkg_buf_addstr(&b, last), 0);
	return nkg_buf_detach(&b, NULL);
}

/* CPU seconds nkg_find_entities takes on text; *n_entities and the alias
 * check are filled from the document. */
static double entities_time(const char *text, uint32_t *n_entities, int *pmf_is_alias)
{
	struct nkg_doc doc;
	struct nkg_tokens toks;

	nkg_doc_init(&doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	clock_t t0 = clock();
	assert_int_equal(nkg_find_entities(&doc, &toks), 0);
	clock_t t1 = clock();
	*n_entities = doc.n_entities;
	*pmf_is_alias = 0;
	for (uint32_t k = 0; k < doc.n_entities; k++) {
		const struct nkg_entity *e = &doc.entities[k];
		if (!nkg_str_eq_cstr(e->name, "Popular Mobilization Forces"))
			continue;
		for (uint32_t a = 0; a < e->n_alt_names; a++)
			if (nkg_str_eq_cstr(e->alt_names[a], "PMF"))
				*pmf_is_alias = 1;
	}
	nkg_doc_release(&doc);
	return (double)(t1 - t0) / CLOCKS_PER_SEC;
}

/* Bug: link_acronym_definitions compared every pair of name chunks, so a
 * 16 MiB article spent minutes there (4 MB: 7 s, 16 MB: about 2 minutes).
 * Now one pass: four times the text must not cost sixteen times the time
 * (a ratio under 8 leaves room for noise; quadratic gives 16), and the
 * acronym after thousands of chunks is still linked to its definition. */
static void test_hostile_acronyms_in_linear_time(void **state)
{
	static const char tail[] = "Fighters of the Popular Mobilization Forces (PMF) marched. "
	                           "The PMF said so.\n";
	uint32_t n_small, n_big;
	int alias_small, alias_big;
	(void)state;

	char *small = many_orgs(4000, tail);
	char *big = many_orgs(16000, tail);
	double t_small = entities_time(small, &n_small, &alias_small);
	double t_big = entities_time(big, &n_big, &alias_big);
	assert_int_equal(alias_small, 1);
	assert_int_equal(alias_big, 1);
	assert_int_equal(n_small, n_big); /* the same entities, however many repeats */
	if (t_big > 0.5)                  /* below that, timer noise decides */
		assert_in_range((unsigned long)(t_big * 1000), 0, (unsigned long)(t_small * 8000));
	free(small);
	free(big);
}

/* Entities of a text, with the CPU seconds nkg_find_entities took. */
static double run_entities(const char *text, struct nkg_doc *doc)
{
	struct nkg_tokens toks;

	nkg_doc_init(doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(doc, &toks), 0);
	clock_t t0 = clock();
	assert_int_equal(nkg_find_entities(doc, &toks), 0);
	return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

static char *repeat(const char *head, const char *unit, size_t n, const char *tail)
{
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_buf_addstr(&b, head), 0);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(nkg_buf_addstr(&b, unit), 0);
	assert_int_equal(nkg_buf_addstr(&b, tail), 0);
	return nkg_buf_detach(&b, NULL);
}

/* Bug: the name tagger proposed runs of "!" as names, so 32 KB of "!!!"
 * gave organisations and places called "!!!!!!!" with thousands of
 * mentions.  A name needs a word in it. */
static void test_hostile_punctuation_is_no_name(void **state)
{
	struct nkg_doc doc;
	(void)state;

	char *text = repeat("Headline\n\n", "!", 32768, "\n");
	run_entities(text, &doc);
	assert_int_equal(doc.n_entities, 0);
	assert_int_equal(doc.n_mentions, 0);
	nkg_doc_release(&doc);
	free(text);
}

/* Bug: every name looked back to the start of its line for a "Source:"
 * label, so one long line of names was quadratic (128 KB of "!": 16 s).
 * The label is now marked once per line; it still types news organisations. */
static void test_hostile_long_line_in_linear_time(void **state)
{
	static const char unit[] = "Maria Lopez met Ahmed Ali in Basra, ";
	struct nkg_doc doc;
	(void)state;

	char *small = repeat("Headline\n\n", unit, 2000, "and left.\n");
	char *big = repeat("Headline\n\n", unit, 8000, "and left.\n");
	double t_small = run_entities(small, &doc);
	assert_in_range(doc.n_entities, 4, 16); /* the people and Basra, merged */
	nkg_doc_release(&doc);
	double t_big = run_entities(big, &doc);
	assert_in_range(doc.n_entities, 4, 16);
	nkg_doc_release(&doc);
	if (t_big > 0.5) /* below that, timer noise decides */
		assert_in_range((unsigned long)(t_big * 1000), 0, (unsigned long)(t_small * 8000));

	run_entities("Rally in Paris\n\nCrowds marched on Friday.\n\nSource: Reuters, Al Jazeera\n",
	             &doc);
	uint32_t found = 0; /* names on a "Source:" line are news organisations */
	for (uint32_t k = 0; k < doc.n_entities; k++)
		if (nkg_str_eq_cstr(doc.entities[k].name, "Al Jazeera")) {
			assert_int_equal(doc.entities[k].cls, NKG_CLASS_NEWS_MEDIA_ORG);
			found++;
		}
	assert_int_equal(found, 1);
	nkg_doc_release(&doc);
	free(small);
	free(big);
}

/* The time stage's CPU time on text, published on 2020-01-24 (a fiscal
 * year is resolved only against a date). */
static double run_times(const char *text, struct nkg_doc *doc)
{
	struct nkg_tokens toks;

	nkg_doc_init(doc, text, strlen(text));
	doc->date = nkg_str_from_cstr("2020-01-24");
	doc->date_origin = NKG_DATE_OPTION;
	assert_int_equal(nkg_tokenize(doc, &toks), 0);
	clock_t t0 = clock();
	assert_int_equal(nkg_find_times(doc, &toks), 0);
	return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

/* Bug: every "later" and every month of a list looked for its tense over
 * the whole sentence, so 10,000 "later" in one sentence took 27 s and 8,000
 * months joined by "and" 11 s (session 5; the tense is now looked for
 * within 40 tokens, once per list).  A bare "later" is no time now
 * (session 14); "soon" reads the tense the same way. */
static void test_hostile_times_tense_in_linear_time(void **state)
{
	/* the third: each fiscal year read its forecast verb over the whole
	 * sentence, asides rescanned to the period for every word (session
	 * 12: 2,000 of them took 16 s; the verb is now read within 60 tokens,
	 * in one pass) */
	static const char *const units[] = {
	        "soon ", "March and ",
	        ", which sees growth, posted sales for the year to March and "};
	static const unsigned counts[] = {2500, 2500, 500};
	struct nkg_doc doc;
	(void)state;

	for (size_t u = 0; u < 3; u++) {
		char *small = repeat("He said it rose in ", units[u], counts[u], "May.\n");
		char *big = repeat("He said it rose in ", units[u], 4 * counts[u], "May.\n");
		double t_small = run_times(small, &doc);
		assert_true(doc.n_times > 0);
		nkg_doc_release(&doc);
		double t_big = run_times(big, &doc);
		assert_true(doc.n_times > 0);
		nkg_doc_release(&doc);
		if (t_big > 0.5) /* below that, timer noise decides */
			assert_in_range((unsigned long)(t_big * 1000), 0,
			                (unsigned long)(t_small * 8000));
		free(small);
		free(big);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_hostile_acronyms_in_linear_time),
	        cmocka_unit_test(test_hostile_punctuation_is_no_name),
	        cmocka_unit_test(test_hostile_long_line_in_linear_time),
	        cmocka_unit_test(test_hostile_times_tense_in_linear_time),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
