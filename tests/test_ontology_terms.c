/* test_ontology_terms.c - the term table (ontology/terms.c) against the
 * ontology file (ontology/newskg.ttl): everything the program can write is
 * declared.  Run from the repository root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <raptor2.h>

#include "ontology/terms.h"

#define TTL_PATH    "ontology/newskg.ttl"
#define MAX_TRIPLES 4096

struct triple {
	char *s, *p, *o; /* IRIs or literal values, malloc'd */
};

struct onto {
	struct triple t[MAX_TRIPLES];
	size_t n;
	int overflow;
};

static struct onto *g_onto;

static char *term_str(raptor_term *t)
{
	const char *v = "";
	if (t->type == RAPTOR_TERM_TYPE_URI)
		v = (const char *)raptor_uri_as_string(t->value.uri);
	else if (t->type == RAPTOR_TERM_TYPE_LITERAL)
		v = (const char *)t->value.literal.string;
	else
		v = "_:";
	size_t n = strlen(v);
	char *c = malloc(n + 1);
	if (c)
		memcpy(c, v, n + 1);
	return c;
}

static void on_triple(void *ud, raptor_statement *st)
{
	struct onto *o = ud;
	if (o->n == MAX_TRIPLES) {
		o->overflow = 1;
		return;
	}
	struct triple *t = &o->t[o->n++];
	t->s = term_str(st->subject);
	t->p = term_str(st->predicate);
	t->o = term_str(st->object);
}

static int setup(void **state)
{
	(void)state;
	raptor_world *rw = raptor_new_world();
	FILE *f = fopen(TTL_PATH, "rb");
	g_onto = calloc(1, sizeof(*g_onto));
	if (!rw || !f || !g_onto)
		return -1;
	raptor_parser *p = raptor_new_parser(rw, "turtle");
	raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)"file:///newskg.ttl");
	raptor_parser_set_statement_handler(p, g_onto, on_triple);
	int rc = raptor_parser_parse_file_stream(p, f, TTL_PATH, base);
	raptor_free_uri(base);
	raptor_free_parser(p);
	raptor_free_world(rw);
	fclose(f);
	return rc || g_onto->overflow ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < g_onto->n; i++) {
		free(g_onto->t[i].s);
		free(g_onto->t[i].p);
		free(g_onto->t[i].o);
	}
	free(g_onto);
	return 0;
}

static int has(const char *s, const char *p, const char *o)
{
	for (size_t i = 0; i < g_onto->n; i++) {
		const struct triple *t = &g_onto->t[i];
		if ((!s || !strcmp(t->s, s)) && (!p || !strcmp(t->p, p)) &&
		    (!o || !strcmp(t->o, o)))
			return 1;
	}
	return 0;
}

static void test_terms_all_declared(void **state)
{
	(void)state;
	int missing = 0;
	for (int t = 0; t < NKG_TERM_COUNT; t++) {
		const char *iri = nkg_term_iri((enum nkg_term)t);
		assert_non_null(iri);
		if (!has(iri, NKG_NS_RDF "type", NULL)) {
			fprintf(stderr, "not declared in %s: %s\n", TTL_PATH, nkg_term_curie(t));
			missing++;
		}
	}
	assert_int_equal(missing, 0);
}

static void test_terms_nkg_documented(void **state)
{
	(void)state;
	int bad = 0;
	for (int t = 0; t < NKG_TERM_COUNT; t++) {
		const char *iri = nkg_term_iri((enum nkg_term)t);
		if (strncmp(iri, NKG_NS_NKG, strlen(NKG_NS_NKG)) != 0)
			continue;
		if (!has(iri, NKG_NS_RDFS "label", NULL) ||
		    !has(iri, NKG_NS_RDFS "comment", NULL) ||
		    !has(iri, NKG_NS_RDFS "isDefinedBy", NKG_ONTOLOGY_IRI)) {
			fprintf(stderr, "undocumented: %s\n", nkg_term_curie(t));
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_terms_event_classes_are_events(void **state)
{
	(void)state;
	for (int c = 0; c < NKG_EVENT_COUNT; c++) {
		const char *iri = nkg_term_iri(nkg_term_event_class((enum nkg_event_class)c));
		assert_int_equal(has(iri, NKG_NS_RDFS "subClassOf", NKG_NS_SEM "Event"), 1);
		assert_int_equal(has(iri, NKG_NS_RDFS "subClassOf", NKG_NS_SCHEMA "Event"), 1);
	}
	for (int r = 0; r < NKG_ROLE_COUNT; r++) {
		const char *iri = nkg_term_iri(nkg_term_role_type((enum nkg_role_type)r));
		assert_int_equal(has(iri, NKG_NS_RDF "type", NKG_NS_SEM "RoleType"), 1);
	}
}

/* nkg:MarketRise and nkg:MarketFall are written with nkg:MarketMovement beside
 * them, nkg:LabourStrike with nkg:Protest: the ontology says each is a
 * subclass of it; no other class has one. */
static void test_terms_event_superclasses(void **state)
{
	int with = 0;
	(void)state;
	for (int c = 0; c < NKG_EVENT_COUNT; c++) {
		enum nkg_term sup = nkg_term_event_superclass((enum nkg_event_class)c);
		if (sup == NKG_TERM_COUNT)
			continue;
		with++;
		assert_string_equal(nkg_term_curie(sup), c == NKG_EVENT_LABOUR_STRIKE
		                                                 ? "nkg:Protest"
		                                                 : "nkg:MarketMovement");
		assert_int_equal(has(nkg_term_iri(nkg_term_event_class((enum nkg_event_class)c)),
		                     NKG_NS_RDFS "subClassOf", nkg_term_iri(sup)),
		                 1);
	}
	assert_int_equal(with, 3);
	assert_int_equal(has(NKG_NS_NKG "Instrument", NKG_NS_RDF "type", NKG_NS_SEM "RoleType"), 1);
}

static void test_terms_entity_subclasses(void **state)
{
	(void)state;
	assert_int_equal(has(NKG_NS_NKG "District", NKG_NS_RDFS "subClassOf",
	                     NKG_NS_SCHEMA "AdministrativeArea"),
	                 1);
	assert_int_equal(has(NKG_NS_NKG "ArmedGroup", NKG_NS_RDFS "subClassOf",
	                     NKG_NS_SCHEMA "Organization"),
	                 1);
	assert_int_equal(has(NKG_NS_NKG "PoliticalParty", NKG_NS_RDFS "subClassOf",
	                     NKG_NS_SCHEMA "Organization"),
	                 1);
	/* Every nkg: entity class is written beside its schema.org superclass. */
	for (int c = 0; c < NKG_CLASS_COUNT; c++) {
		enum nkg_term t = nkg_term_entity_class((enum nkg_entity_class)c);
		enum nkg_term sup = nkg_term_entity_superclass((enum nkg_entity_class)c);
		if (sup == NKG_TERM_COUNT)
			continue;
		assert_int_equal(has(nkg_term_iri(t), NKG_NS_RDFS "subClassOf", nkg_term_iri(sup)),
		                 1);
	}
}

static void test_terms_ontology_header(void **state)
{
	(void)state;
	assert_int_equal(has(NKG_ONTOLOGY_IRI, NKG_NS_RDF "type", NKG_NS_OWL "Ontology"), 1);
	assert_int_equal(has(NKG_ONTOLOGY_IRI, NKG_NS_OWL "versionInfo", NULL), 1);
	assert_int_equal(has(NKG_ONTOLOGY_IRI, NKG_NS_DCTERMS "license", NULL), 1);
	assert_int_equal(has(NKG_ONTOLOGY_IRI, NKG_NS_RDFS "comment", NULL), 1);
}

/* schema.org is http:// in RDF; an https:// IRI would be a different term. */
static void test_terms_no_https_schema(void **state)
{
	(void)state;
	for (int t = 0; t < NKG_TERM_COUNT; t++)
		assert_null(strstr(nkg_term_iri((enum nkg_term)t), "https://schema.org"));
	for (size_t i = 0; i < g_onto->n; i++) {
		assert_null(strstr(g_onto->t[i].s, "https://schema.org"));
		assert_null(strstr(g_onto->t[i].p, "https://schema.org"));
		assert_null(strstr(g_onto->t[i].o, "https://schema.org"));
	}
}

static void test_terms_curies_and_prefixes(void **state)
{
	(void)state;
	size_t n;
	const struct nkg_prefix *p = nkg_prefixes(&n);
	assert_int_equal(n, 13);
	assert_string_equal(nkg_term_curie(NKG_T_SCHEMA_PERSON), "schema:Person");
	assert_string_equal(nkg_term_iri(NKG_T_SCHEMA_PERSON), "http://schema.org/Person");
	assert_string_equal(nkg_term_iri(NKG_T_NKG_PROTEST), "https://w3id.org/newskg/ns#Protest");
	assert_null(nkg_term_iri(NKG_TERM_COUNT));
	/* Each curie expands with the prefix table to the term's IRI. */
	for (int t = 0; t < NKG_TERM_COUNT; t++) {
		const char *c = nkg_term_curie((enum nkg_term)t), *colon = strchr(c, ':');
		char full[256];
		size_t i;
		assert_non_null(colon);
		for (i = 0; i < n; i++)
			if (strlen(p[i].prefix) == (size_t)(colon - c) &&
			    !strncmp(p[i].prefix, c, (size_t)(colon - c)))
				break;
		assert_true(i < n);
		snprintf(full, sizeof(full), "%s%s", p[i].iri, colon + 1);
		assert_string_equal(full, nkg_term_iri((enum nkg_term)t));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_terms_all_declared),
	        cmocka_unit_test(test_terms_nkg_documented),
	        cmocka_unit_test(test_terms_event_classes_are_events),
	        cmocka_unit_test(test_terms_event_superclasses),
	        cmocka_unit_test(test_terms_entity_subclasses),
	        cmocka_unit_test(test_terms_ontology_header),
	        cmocka_unit_test(test_terms_no_https_schema),
	        cmocka_unit_test(test_terms_curies_and_prefixes),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
