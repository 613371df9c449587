/* test_extract_lexicon.c - the embedded gazetteers and word lists. */
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

static const struct nkg_lex_place *find(const char *name)
{
	return nkg_lex_place_find(nkg_str_from_cstr(name));
}

/* The id of the place found under name, "(none)" when there is none. */
static const char *id_of(const char *name)
{
	const struct nkg_lex_place *p = find(name);

	return p ? p->id : "(none)";
}

static uint32_t word(const char *w)
{
	return nkg_lex_word(nkg_str_from_cstr(w));
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_lexicon_free();
	return 0;
}

static void test_place_country_exact(void **state)
{
	(void)state;
	const struct nkg_lex_place *p = find("Iraq");

	assert_non_null(p);
	assert_string_equal(p->id, "IQ");
	assert_string_equal(p->name, "Iraq");
	assert_string_equal(p->country, "IQ");
	assert_null(p->parent);
	assert_int_equal(p->type, NKG_LEX_COUNTRY);
	assert_false(p->is_capital);
	assert_ptr_equal(find("IRAQ"), p);
	assert_ptr_equal(find("iraq"), p);
	assert_ptr_equal(find("Republic of Iraq"), p);
}

static void test_place_country_common_names(void **state)
{
	(void)state;
	assert_string_equal(id_of("Iran"), "IR");
	assert_string_equal(nkg_lex_place_by_id("IR")->name, "Iran");
	assert_string_equal(id_of("Islamic Republic of Iran"), "IR");
	assert_string_equal(id_of("Russia"), "RU");
	assert_string_equal(nkg_lex_place_by_id("RU")->name, "Russia");
	assert_string_equal(nkg_lex_place_by_id("SY")->name, "Syria");
	assert_string_equal(id_of("Syrian Arab Republic"), "SY");
	assert_string_equal(id_of("South Korea"), "KR");
	assert_string_equal(id_of("Korea, Republic of"), "KR");
	assert_string_equal(id_of("North Korea"), "KP");
	assert_string_equal(id_of("Britain"), "GB");
	assert_string_equal(id_of("United Kingdom"), "GB");
	assert_string_equal(id_of("Democratic Republic of the Congo"), "CD");
	assert_string_equal(id_of("Congo"), "CG");
}

static void test_place_united_states_aliases(void **state)
{
	(void)state;
	const struct nkg_lex_place *us = nkg_lex_place_by_id("US");

	assert_non_null(us);
	assert_string_equal(us->name, "United States");
	assert_ptr_equal(find("United States"), us);
	assert_ptr_equal(find("the United States"), us);
	assert_ptr_equal(find("The United States"), us);
	assert_ptr_equal(find("United States of America"), us);
	assert_ptr_equal(find("America"), us);
	assert_ptr_equal(find("US"), us);
	assert_ptr_equal(find("U.S."), us);
	assert_ptr_equal(find("USA"), us);
}

static void test_place_acronym_needs_upper_case(void **state)
{
	(void)state;
	assert_null(find("us"));
	assert_null(find("Us"));
	assert_null(find("u.s."));
	assert_string_equal(id_of("UK"), "GB");
	assert_null(find("uk"));
	/* after a stripped "the", only the rest must be upper case */
	assert_string_equal(id_of("the UK"), "GB");
	assert_null(find("the uk"));
}

static void test_place_city_beats_subdivision(void **state)
{
	(void)state;
	const struct nkg_lex_place *b = find("Baghdad");

	assert_non_null(b);
	assert_string_equal(b->id, "city:IQ:baghdad");
	assert_string_equal(b->name, "Baghdad");
	assert_string_equal(b->country, "IQ");
	assert_string_equal(b->parent, "IQ-BG");
	assert_int_equal(b->type, NKG_LEX_CITY);
	assert_true(b->has_coords);
	assert_true(b->lat > 33.34055 && b->lat < 33.34065);
	assert_true(b->lon > 44.40085 && b->lon < 44.40095);
	assert_int_equal(b->population, 7216000);
	assert_true(b->is_capital);
	assert_ptr_equal(find("BAGHDAD"), b);
	assert_ptr_equal(find("Baghd\xc4\x81"
	                      "d"),
	                 b); /* Baghdād */
	assert_string_equal(id_of("New York"), "city:US:new-york");
	assert_string_equal(id_of("Washington"), "city:US:washington-d-c");
	/* Gaza is a subdivision of Mozambique and of Palestine, and a city of
	 * 410,000 in Palestine: the city beats its own subdivision, and the two
	 * subdivisions tie */
	assert_non_null(nkg_lex_place_by_id("MZ-G"));
	assert_non_null(nkg_lex_place_by_id("PS-GZA"));
	assert_string_equal(id_of("Gaza"), "city:PS:gaza");
	/* a big city abroad does not beat a subdivision */
	assert_string_equal(id_of("Ontario"), "CA-ON");
	/* a national capital of millions does (Santiago de Chile, not the
	 * Dominican province DO-25); a small capital does not */
	assert_non_null(nkg_lex_place_by_id("DO-25"));
	assert_string_equal(id_of("Santiago"), "city:CL:santiago");
	assert_string_equal(id_of("Victoria"), "AU-VIC");
	assert_string_equal(id_of("Sucre"), "CO-SUC");
}

/* The id of the city name is in region, and of the region it matched. */
static const char *city_in(const char *name, const char *region, const char **region_id)
{
	const struct nkg_lex_place *r = NULL;
	const struct nkg_lex_place *p =
	        nkg_lex_city_in(nkg_str_from_cstr(name), nkg_str_from_cstr(region), &r);

	*region_id = r ? r->id : NULL;
	if (p)
		assert_int_equal(p->type, NKG_LEX_CITY);
	return p ? p->id : NULL;
}

static void test_place_city_in_region(void **state)
{
	(void)state;
	const char *r;

	/* every city of the name counts, not only the best one */
	assert_string_equal(id_of("Paris"), "city:FR:paris");
	assert_string_equal(city_in("Paris", "Texas", &r), "city:US:paris");
	assert_string_equal(r, "US-TX");
	assert_string_equal(city_in("PARIS", "France", &r), "city:FR:paris");
	assert_string_equal(r, "FR");
	/* the region by any of its names: Georgia the state, not the country */
	assert_string_equal(id_of("Georgia"), "GE");
	assert_string_equal(city_in("Athens", "Georgia", &r), "city:US:athens");
	assert_string_equal(r, "US-GA");
	assert_string_equal(city_in("ATHENS", "Ga.", &r), "city:US:athens");
	assert_string_equal(r, "US-GA");
	assert_string_equal(city_in("Athens", "Ala.", &r), "city:US:athens-alabama");
	assert_string_equal(r, "US-AL");
	/* a country: the largest of its cities so named */
	assert_string_equal(city_in("Athens", "United States", &r), "city:US:athens");
	assert_string_equal(r, "US");
	assert_string_equal(city_in("Birmingham", "Ala.", &r), "city:US:birmingham");
	assert_string_equal(city_in("Cambridge", "Mass.", &r), "city:US:cambridge");
	assert_string_equal(r, "US-MA");
	/* a subdivision above the city's own: England holds Cambridge's county */
	assert_string_equal(city_in("Cambridge", "England", &r), "city:GB:cambridge");
	assert_string_equal(r, "GB-ENG");
	/* no such city there, an unknown region or name: nothing */
	assert_null(city_in("Paris", "Kentucky", &r));
	assert_null(r);
	assert_null(city_in("Paris", "Atlantis", &r));
	assert_null(city_in("Atlantis", "Texas", &r));
	assert_null(nkg_lex_city_in(nkg_str_from_cstr("Paris"), NKG_STR_NULL, NULL));
	/* AP's abbreviations name the states; periods are part of them */
	assert_string_equal(id_of("Calif."), "US-CA");
	assert_string_equal(id_of("N.Y."), "US-NY");
	assert_string_equal(id_of("W.Va."), "US-WV");
}

static void test_place_subdivision(void **state)
{
	(void)state;
	const struct nkg_lex_place *g = nkg_lex_place_by_id("IQ-BG");

	assert_non_null(g);
	assert_string_equal(g->name, "Baghdad");
	assert_string_equal(g->country, "IQ");
	assert_string_equal(g->parent, "IQ");
	assert_int_equal(g->type, NKG_LEX_ADMIN_AREA);
	assert_false(g->has_coords);
	assert_ptr_equal(find("Baghdad Governorate"), g);
	/* no big city of that name: the subdivision wins */
	assert_string_equal(id_of("Texas"), "US-TX");
	assert_string_equal(id_of("Anbar"), "IQ-AN");
	assert_string_equal(id_of("Al Anb\xc4\x81r"), "IQ-AN");
	assert_string_equal(id_of("Najaf Governorate"), "IQ-NA");
	assert_string_equal(id_of("Najaf"), "city:IQ:najaf");
	/* a country beats a subdivision of another country */
	assert_string_equal(id_of("Georgia"), "GE");
}

static void test_place_diacritics_and_case(void **state)
{
	(void)state;
	assert_string_equal(id_of("TEHRAN"), "city:IR:tehran");
	assert_string_equal(id_of("tehran"), "city:IR:tehran");
	assert_string_equal(id_of("S\xc3\xa3o Paulo"), "city:BR:sao-paulo");
	assert_string_equal(id_of("Sao Paulo"), "city:BR:sao-paulo");
	assert_string_equal(id_of("SAO PAULO"), "city:BR:sao-paulo");
	assert_string_equal(id_of("Z\xc3\xbcrich"), "city:CH:zurich");
	assert_string_equal(id_of("  Iraq "), "IQ");
	assert_string_equal(id_of("Kiev"), "city:UA:kyiv");
	assert_string_equal(id_of("Kyiv"), "city:UA:kyiv");
}

static void test_place_unknown(void **state)
{
	(void)state;
	assert_null(find("Jadiriyah"));
	assert_null(find(""));
	assert_null(find("the"));
	/* small towns named like English words are left out of the data */
	assert_null(find("Of"));
	assert_null(find("Can"));
	assert_null(nkg_lex_place_find(NKG_STR_NULL));
	assert_null(nkg_lex_place_by_id("XX"));
	assert_null(nkg_lex_place_by_id("city:IQ:nowhere"));
	char longname[600];
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	assert_null(find(longname));
}

static void test_place_capital_of(void **state)
{
	(void)state;
	const struct nkg_lex_place *c = nkg_lex_capital_of("IQ");

	assert_non_null(c);
	assert_string_equal(c->id, "city:IQ:baghdad");
	assert_ptr_equal(c, find("Baghdad"));
	assert_string_equal(nkg_lex_capital_of("IR")->name, "Tehran");
	assert_string_equal(nkg_lex_capital_of("US")->id, "city:US:washington-d-c");
	assert_string_equal(nkg_lex_capital_of("GB")->name, "London");
	assert_true(nkg_lex_capital_of("SY")->is_capital);
	assert_null(nkg_lex_capital_of("AQ"));
	assert_null(nkg_lex_capital_of("XX"));
	assert_null(nkg_lex_capital_of("IQ-BG"));
	assert_null(nkg_lex_capital_of(NULL));
}

static void test_demonym_adjective_and_plural(void **state)
{
	(void)state;
	bool plural = true;
	const struct nkg_lex_place *p = nkg_lex_demonym(NKG_STR_LIT("Iraqi"), &plural);

	assert_non_null(p);
	assert_string_equal(p->id, "IQ");
	assert_false(plural);
	p = nkg_lex_demonym(NKG_STR_LIT("Iraqis"), &plural);
	assert_string_equal(p->id, "IQ");
	assert_true(plural);
	assert_string_equal(nkg_lex_demonym(NKG_STR_LIT("American"), &plural)->id, "US");
	assert_false(plural);
	assert_string_equal(nkg_lex_demonym(NKG_STR_LIT("Americans"), &plural)->id, "US");
	assert_true(plural);
	assert_string_equal(nkg_lex_demonym(NKG_STR_LIT("Iranian"), NULL)->id, "IR");
	assert_string_equal(nkg_lex_demonym(NKG_STR_LIT("British"), NULL)->id, "GB");
	assert_string_equal(nkg_lex_demonym(NKG_STR_LIT("IRAQI"), NULL)->id, "IQ");
	assert_null(nkg_lex_demonym(NKG_STR_LIT("Kurdish"), NULL));
	assert_null(nkg_lex_demonym(NKG_STR_LIT("crowd"), NULL));
	assert_null(nkg_lex_demonym(NKG_STR_NULL, NULL));
}

static void test_word_flags(void **state)
{
	(void)state;
	assert_int_equal(word("crowd") & NKG_LEX_COMMON, NKG_LEX_COMMON);
	assert_int_equal(word("Crowd") & NKG_LEX_COMMON, NKG_LEX_COMMON);
	assert_int_equal(word("some") & NKG_LEX_COMMON, NKG_LEX_COMMON);
	assert_int_equal(word("huge") & NKG_LEX_COMMON, NKG_LEX_COMMON);
	assert_int_equal(word("military") & NKG_LEX_COMMON, NKG_LEX_COMMON);
	assert_int_equal(word("Baghdad") & NKG_LEX_COMMON, 0);
	assert_int_equal(word("Donald") & NKG_LEX_GIVEN_NAME, NKG_LEX_GIVEN_NAME);
	assert_int_equal(word("James") & NKG_LEX_GIVEN_NAME, NKG_LEX_GIVEN_NAME);
	assert_int_equal(word("Smith") & NKG_LEX_SURNAME, NKG_LEX_SURNAME);
	assert_int_equal(word("SMITH") & NKG_LEX_SURNAME, NKG_LEX_SURNAME);
	/* particles are not names; WordNet gods are not surnames */
	assert_int_equal(word("Abu") & (NKG_LEX_GIVEN_NAME | NKG_LEX_SURNAME), 0);
	assert_int_equal(word("Aeolus") & NKG_LEX_SURNAME, 0);
	assert_int_equal(word("Adenauer") & NKG_LEX_SURNAME, NKG_LEX_SURNAME);
	assert_int_equal(word("Saddam") & NKG_LEX_GIVEN_NAME, NKG_LEX_GIVEN_NAME);
	assert_int_equal(word("Xqzwv"), 0);
	assert_int_equal(nkg_lex_word(NKG_STR_NULL), 0);
	assert_int_equal(nkg_lex_word(NKG_STR_LIT("")), 0);
}

static void test_word_flags_or_across_files(void **state)
{
	(void)state;
	/* "Rose" is in names.tsv (given name, surname), "rose" in common.tsv */
	assert_int_equal(word("Rose") & (NKG_LEX_GIVEN_NAME | NKG_LEX_SURNAME | NKG_LEX_COMMON),
	                 NKG_LEX_GIVEN_NAME | NKG_LEX_SURNAME | NKG_LEX_COMMON);
	assert_int_equal(word("will") & (NKG_LEX_GIVEN_NAME | NKG_LEX_COMMON),
	                 NKG_LEX_GIVEN_NAME | NKG_LEX_COMMON);
}

static void test_word_trailing_period(void **state)
{
	(void)state;
	/* "crowd." is not in the list: looked up again as "crowd" */
	assert_int_equal(word("crowd.") & NKG_LEX_COMMON, NKG_LEX_COMMON);
	assert_int_equal(word("."), 0);
}

static const char *base(const char *form, enum nkg_lex_pos pos)
{
	return nkg_lex_base_form(form, strlen(form), pos);
}

static void test_base_form_of_irregular_words(void **state)
{
	(void)state;
	assert_string_equal(base("struck", NKG_LEX_VERB), "strike");
	assert_string_equal(base("was", NKG_LEX_VERB), "be");
	assert_string_equal(base("slain", NKG_LEX_VERB), "slay");
	assert_string_equal(base("withdrew", NKG_LEX_VERB), "withdraw");
	assert_string_equal(base("saw", NKG_LEX_VERB), "see");
	assert_string_equal(base("crises", NKG_LEX_NOUN), "crisis");
	assert_string_equal(base("referenda", NKG_LEX_NOUN), "referendum");
	assert_string_equal(base("men", NKG_LEX_NOUN), "man");
	/* regular forms, the wrong part of speech, a prefix of a form: none */
	assert_null(base("walked", NKG_LEX_VERB));
	assert_null(base("crises", NKG_LEX_VERB));
	assert_null(base("struck", NKG_LEX_NOUN));
	assert_null(nkg_lex_base_form("struck", 5, NKG_LEX_VERB));
	assert_null(nkg_lex_base_form(NULL, 0, NKG_LEX_VERB));
}

static void test_lexicon_free_and_reload(void **state)
{
	(void)state;
	assert_int_equal(nkg_lexicon_load(), 0);
	assert_int_equal(nkg_lexicon_load(), 0);
	nkg_lexicon_free();
	nkg_lexicon_free();
	const struct nkg_lex_place *p = find("Baghdad");
	assert_non_null(p);
	assert_string_equal(p->id, "city:IQ:baghdad");
	nkg_lexicon_free();
	assert_int_equal(nkg_lexicon_load(), 0);
	assert_string_equal(id_of("Iraq"), "IQ");
}

static void *find_in_thread(void *arg)
{
	const struct nkg_lex_place **out = arg;

	for (int i = 0; i < 100; i++)
		out[i] = find(i % 2 ? "Baghdad" : "Iraq");
	return NULL;
}

static void test_lexicon_concurrent_first_use(void **state)
{
	(void)state;
	enum { N = 4 };
	pthread_t th[N];
	const struct nkg_lex_place *got[N][100];

	nkg_lexicon_free();
	for (int t = 0; t < N; t++)
		assert_int_equal(pthread_create(&th[t], NULL, find_in_thread, got[t]), 0);
	for (int t = 0; t < N; t++)
		assert_int_equal(pthread_join(th[t], NULL), 0);
	const struct nkg_lex_place *iq = nkg_lex_place_by_id("IQ");
	const struct nkg_lex_place *bg = nkg_lex_place_by_id("city:IQ:baghdad");
	for (int t = 0; t < N; t++) {
		for (int i = 0; i < 100; i++)
			assert_ptr_equal(got[t][i], i % 2 ? bg : iq);
	}
}

static void test_lexicon_load_out_of_memory(void **state)
{
	(void)state;
	int failures = 0;

	nkg_lexicon_free();
	for (unsigned long n = 1;; n++) {
		nkg_alloc_fail_after(n, 0);
		int rc = nkg_lexicon_load();
		nkg_alloc_fail_after(0, 0);
		if (rc == 0)
			break;
		assert_int_equal(rc, NKG_ENOMEM);
		/* a failed load leaves nothing loaded: lookups load afresh */
		failures++;
		assert_true(n < 1000);
	}
	assert_true(failures > 3);
	assert_string_equal(id_of("Iraq"), "IQ");
}

static void test_lexicon_load_time(void **state)
{
	(void)state;
	struct timespec a, b;

	nkg_lexicon_free();
	clock_gettime(CLOCK_MONOTONIC, &a);
	assert_int_equal(nkg_lexicon_load(), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	double ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
	print_message("lexicon load: %.1f ms\n", ms);
	/* generous: sanitizer and valgrind builds are many times slower */
	assert_true(ms < 5000.0);
}

/* A dateline's or a report's "Ft." and "Mt." are the "Fort" and "Mount"
 * GeoNames spells out; "St." stays as written (St. Louis is not in the
 * list, and "Saint Louis" is a district of the Seychelles). */
static void test_place_abbreviated_first_word(void **state)
{
	(void)state;
	assert_string_equal(id_of("Fort Worth"), "city:US:fort-worth");
	assert_string_equal(id_of("Ft. Worth"), "city:US:fort-worth");
	assert_string_equal(id_of("FT. WORTH"), "city:US:fort-worth");
	assert_string_equal(id_of("Ft. Lauderdale"), "city:US:fort-lauderdale");
	const char *region = NULL;
	const char *city = city_in("FT. WORTH", "Texas", &region);
	assert_non_null(city);
	assert_string_equal(city, "city:US:fort-worth");
	assert_string_equal(region, "US-TX");
	assert_string_equal(id_of("St. Louis"), "(none)");
	/* only with the period: "FT Worth" may be the Financial Times' */
	assert_string_equal(id_of("FT Worth"), "(none)");
	assert_string_equal(id_of("Ft."), "(none)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_place_country_exact),
	        cmocka_unit_test(test_place_abbreviated_first_word),
	        cmocka_unit_test(test_place_country_common_names),
	        cmocka_unit_test(test_place_united_states_aliases),
	        cmocka_unit_test(test_place_acronym_needs_upper_case),
	        cmocka_unit_test(test_place_city_beats_subdivision),
	        cmocka_unit_test(test_place_city_in_region),
	        cmocka_unit_test(test_place_subdivision),
	        cmocka_unit_test(test_place_diacritics_and_case),
	        cmocka_unit_test(test_place_unknown),
	        cmocka_unit_test(test_place_capital_of),
	        cmocka_unit_test(test_demonym_adjective_and_plural),
	        cmocka_unit_test(test_word_flags),
	        cmocka_unit_test(test_word_flags_or_across_files),
	        cmocka_unit_test(test_word_trailing_period),
	        cmocka_unit_test(test_base_form_of_irregular_words),
	        cmocka_unit_test(test_lexicon_free_and_reload),
	        cmocka_unit_test(test_lexicon_concurrent_first_use),
	        cmocka_unit_test(test_lexicon_load_out_of_memory),
	        cmocka_unit_test(test_lexicon_load_time),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
