/* test_graph_place_iri.c - the IRI of a place the gazetteer does not hold:
 * one whose name the extractor marked shared (nkg_entity's shared_name: "Old
 * Town", "City Hall", Iraq's "Kurdistan") takes the place that the text puts
 * it in, so the Old Towns of Prague and Warsaw in two articles are two
 * places; an unshared name ("Jadiriyah") keeps its slug, so two articles'
 * Jadiriyah merge; a shared name with no container keeps its slug too.
 * tests/test_entities_names.c checks which names the extractor marks. */
#include "graph_fixture.h"

#include "extract/doc.h"

#define S(lit) nkg_str_from_cstr(lit)
#define PLACE  "<https://w3id.org/newskg/id/place/"

/* A place the gazetteer does not hold and, when given, the gazetteer city
 * that contains it. */
struct row {
	const char *name;      /* the place */
	const char *container; /* its container's name, or NULL */
	const char *lex_id;    /* the container's gazetteer id */
	bool shared;           /* the extractor's shared_name */
};

static char *write_rows(const struct row *rows, size_t n)
{
	static const char text[] = "the place and the city named in a story";
	struct nkg_doc d;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("places");
	for (size_t i = 0; i < n; i++) {
		uint32_t p, c = NKG_NONE;
		assert_int_equal(
		        nkg_doc_add_entity(&d, NKG_CLASS_DISTRICT, S(rows[i].name), 1.0f, "t", &p),
		        0);
		if (rows[i].container) {
			assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY,
			                                    S(rows[i].container), 1.0f, "t", &c),
			                 0);
			d.entities[c].lex_id = S(rows[i].lex_id);
		}
		d.entities[p].container = c;
		d.entities[p].shared_name = rows[i].shared;
	}
	char *nt = write_nt(&d);
	nkg_doc_release(&d);
	return nt;
}

static void test_generic_name_takes_its_container(void **state)
{
	(void)state;
	static const struct row rows[] = {{"Old Town", "Prague", "city:CZ:prague", true}};
	char *nt = write_rows(rows, 1);
	assert_non_null(strstr(nt, PLACE "old-town-prague> "));
	assert_null(strstr(nt, PLACE "old-town> "));
	assert_int_equal(shape_violations(nt), 0);
	free(nt);
}

/* a place the gazetteer does not hold but whose name is a gazetteer
 * place's (Iraq's Kurdistan region; the gazetteer's Kurdistan is Iran's
 * province, place/kurdistan) takes its container too */
static void test_gazetteer_name_of_another_place(void **state)
{
	(void)state;
	static const struct row rows[] = {{"Kurdistan", "Iraq", "IQ", true}};
	char *nt = write_rows(rows, 1);
	assert_non_null(strstr(nt, PLACE "kurdistan-iraq> "));
	assert_null(strstr(nt, PLACE "kurdistan> "));
	free(nt);
}

/* the container's own qualifier follows it: Paris, Texas */
static void test_container_keeps_its_qualifier(void **state)
{
	(void)state;
	static const struct row rows[] = {{"City Hall", "Paris", "city:US:paris", true}};
	char *nt = write_rows(rows, 1);
	assert_non_null(strstr(nt, PLACE "city-hall-paris-texas> "));
	free(nt);
}

static void test_own_name_and_no_container_keep_their_slug(void **state)
{
	(void)state;
	static const struct row rows[] = {{"Jadiriyah", "Baghdad", "city:IQ:baghdad", false},
	                                  {"Main Square", NULL, NULL, true}};
	char *nt = write_rows(rows, 2);
	assert_non_null(strstr(nt, PLACE "jadiriyah> "));
	assert_non_null(strstr(nt, PLACE "main-square> "));
	assert_null(strstr(nt, PLACE "jadiriyah-baghdad> "));
	free(nt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_generic_name_takes_its_container),
	        cmocka_unit_test(test_container_keeps_its_qualifier),
	        cmocka_unit_test(test_gazetteer_name_of_another_place),
	        cmocka_unit_test(test_own_name_and_no_container_keep_their_slug),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
