/* test_graph_things.c - products and market indices in RDF (graph/graph.c's
 * contract, issue 4): B product/<slug> a schema:Product, B index/<slug> a
 * nkg:MarketIndex and schema:Intangible, each with one schema:name and
 * rdfs:label and its other names as skos:altLabel; the launch's patient
 * and the movement's instrument are their sem:Role nodes; and the graph
 * conforms to ontology/shapes.ttl. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "graph/graph.h"
#include "graph/validate.h"
#include "graph_fixture.h"

#define S(lit) nkg_str_from_cstr(lit)

#define ID     "<https://w3id.org/newskg/id/"
#define TYPE   "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
#define SCHEMA "<http://schema.org/"
#define NKG    "<https://w3id.org/newskg/ns#"

static const char text[] = "Apple unveiled the iPod nano. The Dow fell 2% on Friday.";

/* Apple launches the iPod nano; the Dow Jones Industrial Average (written
 * "Dow") falls on 2020-01-24. */
static void things_doc(struct nkg_doc *d)
{
	uint32_t apple, nano, dow, t, ev;
	nkg_doc_init(d, text, sizeof(text) - 1);
	d->id = S("things");
	d->date = S("2020-01-24");
	d->date_origin = NKG_DATE_OPTION;
	assert_int_equal(
	        nkg_doc_add_entity(d, NKG_CLASS_CORPORATION, S("Apple"), 1.0f, "t", &apple), 0);
	assert_int_equal(nkg_doc_add_entity(d, NKG_CLASS_PRODUCT, S("iPod nano"), 0.7f, "t", &nano),
	                 0);
	assert_int_equal(nkg_doc_add_entity(d, NKG_CLASS_MARKET_INDEX,
	                                    S("Dow Jones Industrial Average"), 0.7f, "t", &dow),
	                 0);
	assert_int_equal(nkg_entity_add_alt_name(d, dow, S("Dow")), 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){0, 5}, NKG_MENTION_ENTITY, apple,
	                                     1.0f, "t"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){19, 28}, NKG_MENTION_ENTITY, nano,
	                                     0.7f, "t"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){34, 37}, NKG_MENTION_ENTITY, dow,
	                                     0.7f, "t"),
	                 0);
	assert_int_equal(nkg_doc_add_time(d, NKG_TIMEX_DATE, S("2020-01-24"), S(""), "t", &t), 0);
	assert_int_equal(nkg_doc_add_event(d, NKG_EVENT_PRODUCT_LAUNCH, 0.8f, "t", &ev), 0);
	d->events[ev].time = t;
	assert_int_equal(nkg_event_add_participant(d, ev, apple, NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_event_add_participant(d, ev, nano, NKG_ROLE_PATIENT), 0);
	assert_int_equal(
	        nkg_doc_add_mention(d, (struct nkg_span){6, 14}, NKG_MENTION_EVENT, ev, 0.8f, "t"),
	        0);
	assert_int_equal(nkg_doc_add_event(d, NKG_EVENT_MARKET_FALL, 0.8f, "t", &ev), 0);
	d->events[ev].time = t;
	assert_int_equal(nkg_event_add_participant(d, ev, dow, NKG_ROLE_INSTRUMENT), 0);
	assert_int_equal(
	        nkg_doc_add_mention(d, (struct nkg_span){38, 42}, NKG_MENTION_EVENT, ev, 0.8f, "t"),
	        0);
	nkg_doc_sort_mentions(d);
}

/* The lines of nt whose subject starts with prefix, in order. */
static void lines_of(const char *nt, const char *prefix, char *out, size_t cap)
{
	char *copy = strdup(nt);
	size_t n = 0;
	assert_non_null(copy);
	out[0] = '\0';
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		if (strncmp(line, prefix, strlen(prefix)) == 0)
			n += (size_t)snprintf(out + n, cap - n, "%s\n", line);
		assert_true(n < cap);
	}
	free(copy);
}

static const char want_product[] =
        ID "product/ipod-nano> " SCHEMA "name> \"iPod nano\" .\n" ID "product/ipod-nano" TYPE SCHEMA
           "Product> .\n" ID "product/ipod-nano> <http://www.w3.org/2000/01/rdf-schema#label> "
           "\"iPod nano\" .\n" ID "product/ipod-nano> " NKG "confidence> "
           "\"7.0E-1\"^^<http://www.w3.org/2001/XMLSchema#double> .\n" ID "product/ipod-nano> " NKG
           "rule> \"t\" .\n";

static const char want_index[] =
        ID "index/dow-jones-industrial-average> " SCHEMA
           "name> \"Dow Jones Industrial Average\" .\n" ID
           "index/dow-jones-industrial-average" TYPE SCHEMA "Intangible> .\n" ID
           "index/dow-jones-industrial-average" TYPE NKG "MarketIndex> .\n" ID
           "index/dow-jones-industrial-average> <http://www.w3.org/2000/01/rdf-schema#label> "
           "\"Dow Jones Industrial Average\" .\n" ID
           "index/dow-jones-industrial-average> <http://www.w3.org/2004/02/skos/core#altLabel> "
           "\"Dow\" .\n" ID "index/dow-jones-industrial-average> " NKG "confidence> "
           "\"7.0E-1\"^^<http://www.w3.org/2001/XMLSchema#double> .\n" ID
           "index/dow-jones-industrial-average> " NKG "rule> \"t\" .\n";

static void test_things_entities_and_roles(void **state)
{
	struct nkg_doc d;
	char got[4096];
	(void)state;
	things_doc(&d);
	char *out = write_nt(&d);
	lines_of(out, ID "product/", got, sizeof(got));
	assert_string_equal(got, want_product);
	lines_of(out, ID "index/", got, sizeof(got));
	assert_string_equal(got, want_index);
	/* the launch, keyed by its company, has the product as its patient */
	assert_non_null(strstr(out, ID "event/product-launch/2020-01-24/organization-apple> "
	                               "<http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> " ID
	                               "product/ipod-nano> .\n"));
	assert_non_null(strstr(
	        out, ID "event/product-launch/2020-01-24/organization-apple/role/patient/"
	                "product-ipod-nano> <http://semanticweb.cs.vu.nl/2009/11/sem/roleType> " NKG
	                "Patient> .\n"));
	/* the fall, keyed by its index, has it as its instrument */
	assert_non_null(strstr(
	        out, ID "event/market-fall/2020-01-24/index-dow-jones-industrial-average/role/"
	                "instrument/index-dow-jones-industrial-average> "
	                "<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> " ID
	                "index/dow-jones-industrial-average> .\n"));
	/* the mention's class is the entity's */
	assert_non_null(strstr(out, ID "doc/things#char=34,37> "
	                               "<http://www.w3.org/2005/11/its/rdf#taClassRef> " NKG
	                               "MarketIndex> .\n"));

	/* and the whole graph conforms to the shapes */
	assert_int_equal(shape_violations(out), 0);
	free(out);
	nkg_doc_release(&d);
}

/* A product or index without its one name breaks the entity shape: the
 * shapes target the new classes. */
static void test_things_shapes_target_them(void **state)
{
	static const char data[] =
	        "<https://w3id.org/newskg/id/product/x> "
	        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Product> .\n"
	        "<https://w3id.org/newskg/id/index/y> "
	        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
	        "<https://w3id.org/newskg/ns#MarketIndex> .\n";
	(void)state;
	/* schema:name and rdfs:label missing, for each of the two */
	assert_int_equal(shape_violations(data), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_things_entities_and_roles),
	        cmocka_unit_test(test_things_shapes_target_them),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
