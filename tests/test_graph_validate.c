/* test_graph_validate.c - SHACL shapes compiled to SPARQL: the query made for
 * each constraint kind, the exact violations it finds in small graphs, the
 * shapes it refuses, and ontology/shapes.ttl against graphs of newskg's shape. */
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
#include "graph/validate.h"

#define PFX                                                                                        \
	"@prefix sh: <http://www.w3.org/ns/shacl#> .\n"                                            \
	"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"                                     \
	"@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"                           \
	"@prefix ex: <http://ex/> .\n"
#define TYPE     "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define TARGET_C "{ ?this " TYPE " <http://ex/C> }"

static struct nkg_validator *v;

static int group_setup(void **state)
{
	(void)state;
	return nkg_validator_new(&v);
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_validator_free(v);
	v = NULL;
	return 0;
}

static void load(const char *shapes)
{
	int rc = nkg_validator_load_shapes(v, shapes, strlen(shapes));
	if (rc)
		fail_msg("shapes rejected: %s", nkg_validator_error(v));
}

/* Runs the loaded shapes on Turtle data; the violations go to *vs. */
static void run(const char *data, struct nkg_violations *vs)
{
	nkg_violations_init(vs);
	int rc = nkg_validator_run(v, data, strlen(data), "turtle", vs);
	if (rc)
		fail_msg("run failed: %s", nkg_validator_error(v));
}

static void expect(const struct nkg_violations *vs, size_t i, const char *focus, const char *path,
                   const char *value, const char *message)
{
	assert_true(i < vs->n);
	assert_string_equal(vs->v[i].focus, focus);
	if (path)
		assert_string_equal(vs->v[i].path, path);
	else
		assert_null(vs->v[i].path);
	if (value)
		assert_string_equal(vs->v[i].value, value);
	else
		assert_null(vs->v[i].value);
	assert_string_equal(vs->v[i].message, message);
}

/* ---- each constraint kind: its query and its violations ------------------ */

static void test_validate_min_count(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S a sh:NodeShape ; sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:p ; sh:minCount 2 ; sh:message \"two p\" ] .\n");
	assert_int_equal(nkg_validator_check_count(v), 1);
	assert_string_equal(
	        nkg_validator_check_query(v, 0),
	        "SELECT ?this WHERE {\n"
	        "\t" TARGET_C "\n"
	        "\tOPTIONAL { ?this <http://ex/p> ?nkg_v1 . ?this <http://ex/p> ?nkg_v2 . "
	        "FILTER(!sameTerm(?nkg_v1, ?nkg_v2)) BIND(true AS ?nkg_ok) }\n"
	        "\tFILTER(!BOUND(?nkg_ok))\n"
	        "}\n");
	run(PFX "ex:a a ex:C ; ex:p 1, 2 .\n ex:b a ex:C ; ex:p 1 .\n ex:c a ex:C .\n"
	        "ex:d ex:p 5 .\n",
	    &vs);
	assert_int_equal(vs.n, 2);
	expect(&vs, 0, "<http://ex/b>", "<http://ex/p>", NULL, "two p");
	expect(&vs, 1, "<http://ex/c>", "<http://ex/p>", NULL, "two p");
	assert_string_equal(vs.v[0].component, "MinCountConstraintComponent");
	assert_string_equal(vs.v[0].shape, "<http://ex/S>");
	nkg_violations_release(&vs);
}

static void test_validate_max_count(void **state)
{
	struct nkg_violations vs, vs2;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:p ; sh:maxCount 1 ] .\n");
	assert_string_equal(nkg_validator_check_query(v, 0),
	                    "SELECT ?this WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\t?this <http://ex/p> ?nkg_v1 . ?this <http://ex/p> ?nkg_v2 . "
	                    "FILTER(!sameTerm(?nkg_v1, ?nkg_v2)) \n"
	                    "}\n");
	run(PFX "ex:a a ex:C ; ex:p 1, 2 .\n ex:b a ex:C ; ex:p 1 .\n ex:c a ex:C .\n"
	        "ex:d a ex:C ; ex:p 1, \"1\", 1.0 .\n",
	    &vs);
	assert_int_equal(vs.n, 2);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/p>", NULL, "more than 1 values");
	expect(&vs, 1, "<http://ex/d>", "<http://ex/p>", NULL, "more than 1 values");
	load(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxCount 2 ] .\n");
	assert_string_equal(nkg_validator_check_query(v, 0),
	                    "SELECT ?this WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\t?this <http://ex/p> ?nkg_v1 . ?this <http://ex/p> ?nkg_v2 . "
	                    "?this <http://ex/p> ?nkg_v3 . FILTER(!sameTerm(?nkg_v1, ?nkg_v2) && "
	                    "!sameTerm(?nkg_v1, ?nkg_v3) && !sameTerm(?nkg_v2, ?nkg_v3)) \n"
	                    "}\n");
	run(PFX "ex:a a ex:C ; ex:p 1, 2 .\n ex:d a ex:C ; ex:p 1, \"1\", 1.0 .\n", &vs2);
	assert_int_equal(vs2.n, 1);
	expect(&vs2, 0, "<http://ex/d>", "<http://ex/p>", NULL, "more than 2 values");
	nkg_violations_release(&vs2);
	nkg_violations_release(&vs);
}

static void test_validate_datatype(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:d ; sh:datatype xsd:date ; sh:message \"a date\" ] ,\n"
	         "  [ sh:path ex:n ; sh:datatype xsd:nonNegativeInteger ] .\n");
	assert_int_equal(nkg_validator_check_count(v), 2);
	/* Sorted by query text: ex:d before ex:n. */
	assert_string_equal(nkg_validator_check_query(v, 0),
	                    "SELECT ?this ?value WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\t?this <http://ex/d> ?value .\n"
	                    "\tFILTER(!isLiteral(?value) || LANG(?value) != \"\" || "
	                    "!sameTerm(DATATYPE(?value), <http://www.w3.org/2001/XMLSchema#date>)\n"
	                    "\t       || sameTerm(COALESCE(<http://www.w3.org/2001/XMLSchema#date>"
	                    "(STR(?value)), \"!\"), \"!\"))\n"
	                    "}\n");
	assert_string_equal(nkg_validator_check_query(v, 1),
	                    "SELECT ?this ?value WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\t?this <http://ex/n> ?value .\n"
	                    "\tFILTER(!isLiteral(?value) || LANG(?value) != \"\" || "
	                    "!sameTerm(DATATYPE(?value), "
	                    "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>))\n"
	                    "}\n");
	run(PFX "ex:a a ex:C ; ex:d \"2020-02-30\"^^xsd:date ; ex:n 3 .\n"
	        "ex:b a ex:C ; ex:d \"2020-02-29\"^^xsd:date ;"
	        " ex:n \"3\"^^xsd:nonNegativeInteger .\n"
	        "ex:c a ex:C ; ex:d \"2020-02-28\" , ex:x .\n"
	        "ex:e a ex:C ; ex:d \"2021-02-29\"^^xsd:date .\n"
	        "ex:f a ex:C ; ex:d \"2020-02-28\"@en .\n",
	    &vs);
	assert_int_equal(vs.n, 6);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/d>",
	       "\"2020-02-30\"^^<http://www.w3.org/2001/XMLSchema#date>", "a date");
	expect(&vs, 1, "<http://ex/a>", "<http://ex/n>",
	       "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>",
	       "the value is not a valid literal of "
	       "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>");
	expect(&vs, 2, "<http://ex/c>", "<http://ex/d>", "\"2020-02-28\"", "a date");
	expect(&vs, 3, "<http://ex/c>", "<http://ex/d>", "<http://ex/x>", "a date");
	expect(&vs, 4, "<http://ex/e>", "<http://ex/d>",
	       "\"2021-02-29\"^^<http://www.w3.org/2001/XMLSchema#date>", "a date");
	/* A language-tagged literal is an rdf:langString, never an xsd:date. */
	expect(&vs, 5, "<http://ex/f>", "<http://ex/d>", "\"2020-02-28\"@en", "a date");
	nkg_violations_release(&vs);
}

static void test_validate_class(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:p ; sh:class ex:K ; sh:message \"p is a K\" ] .\n");
	assert_string_equal(nkg_validator_check_query(v, 0),
	                    "SELECT ?this ?value WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\t?this <http://ex/p> ?value .\n"
	                    "\tOPTIONAL { ?value " TYPE " <http://ex/K> . BIND(true AS ?nkg_ok) }\n"
	                    "\tFILTER(!BOUND(?nkg_ok))\n"
	                    "}\n");
	run(PFX "ex:a a ex:C ; ex:p ex:x , ex:y , \"lit\" .\n ex:x a ex:K, ex:L .\n"
	        "ex:y a ex:L .\n",
	    &vs);
	assert_int_equal(vs.n, 2);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/p>", "\"lit\"", "p is a K");
	expect(&vs, 1, "<http://ex/a>", "<http://ex/p>", "<http://ex/y>", "p is a K");
	nkg_violations_release(&vs);
}

static void test_validate_pattern(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:p ; sh:pattern \"^a\\\\.b\" ; sh:flags \"i\" ] .\n");
	assert_string_equal(
	        nkg_validator_check_query(v, 0),
	        "SELECT ?this ?value WHERE {\n"
	        "\t" TARGET_C "\n"
	        "\t?this <http://ex/p> ?value .\n"
	        "\tFILTER(isBlank(?value) || !REGEX(STR(?value), \"^a\\\\.b\", \"i\"))\n"
	        "}\n");
	run(PFX "ex:a a ex:C ; ex:p \"A.Bc\" , \"axb\" , <a.b:x> .\n", &vs);
	assert_int_equal(vs.n, 1);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/p>", "\"axb\"",
	       "the value does not match \"^a\\\\.b\"");
	nkg_violations_release(&vs);
}

static void test_validate_equals_and_has_value(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:name ; sh:equals ex:label ; sh:message \"same\" ] ,\n"
	         "  [ sh:path rdf:type ; sh:hasValue ex:D ; sh:message \"also a D\" ] .\n");
	assert_int_equal(nkg_validator_check_count(v), 2);
	assert_string_equal(nkg_validator_check_query(v, 0),
	                    "SELECT ?this ?value WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\t{ ?this <http://ex/name> ?value OPTIONAL { ?this <http://ex/label> "
	                    "?value . BIND(true AS ?nkg_ok) } FILTER(!BOUND(?nkg_ok)) }\n"
	                    "\tUNION\n"
	                    "\t{ ?this <http://ex/label> ?value OPTIONAL { ?this <http://ex/name> "
	                    "?value . BIND(true AS ?nkg_ok) } FILTER(!BOUND(?nkg_ok)) }\n"
	                    "}\n");
	assert_string_equal(nkg_validator_check_query(v, 1),
	                    "SELECT ?this WHERE {\n"
	                    "\t" TARGET_C "\n"
	                    "\tOPTIONAL { ?this " TYPE " <http://ex/D> . BIND(true AS ?nkg_ok) }\n"
	                    "\tFILTER(!BOUND(?nkg_ok))\n"
	                    "}\n");
	run(PFX "ex:a a ex:C, ex:D ; ex:name \"X\" ; ex:label \"X\" .\n"
	        "ex:b a ex:C ; ex:name \"Y\" ; ex:label \"Z\" .\n"
	        "ex:c a ex:C, ex:D ; ex:name \"W\" .\n",
	    &vs);
	assert_int_equal(vs.n, 4);
	expect(&vs, 0, "<http://ex/b>", "<http://ex/name>", "\"Y\"", "same");
	expect(&vs, 1, "<http://ex/b>", "<http://ex/name>", "\"Z\"", "same");
	expect(&vs, 2, "<http://ex/b>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", NULL,
	       "also a D");
	expect(&vs, 3, "<http://ex/c>", "<http://ex/name>", "\"W\"", "same");
	assert_string_equal(vs.v[2].component, "HasValueConstraintComponent");
	nkg_violations_release(&vs);
}

static void test_validate_sparql(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX
	     "ex:P sh:declare [ sh:prefix \"ex\" ; sh:namespace \"http://ex/\"^^xsd:anyURI ] .\n"
	     "ex:S sh:targetClass ex:C ; sh:sparql [ sh:prefixes ex:P ;\n"
	     "  sh:message \"{$this} has {?value} > {?max}\" ;\n"
	     "  sh:select \"SELECT $this ?value ?max WHERE { $this ex:n ?value . "
	     "BIND(2 AS ?max) FILTER(?value > ?max) }\" ] .\n");
	assert_string_equal(nkg_validator_check_query(v, 0),
	                    "PREFIX ex: <http://ex/>\n"
	                    "SELECT ?this ?value ?max WHERE {\n"
	                    "\t" TARGET_C " ?this ex:n ?value . BIND(2 AS ?max) "
	                    "FILTER(?value > ?max) }\n");
	run(PFX "ex:a a ex:C ; ex:n 1 , 3 .\n ex:b ex:n 5 .\n", &vs);
	assert_int_equal(vs.n, 1);
	expect(&vs, 0, "<http://ex/a>", NULL, "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>",
	       "<http://ex/a> has 3 > 2");
	assert_string_equal(vs.v[0].component, "SPARQLConstraintComponent");
	nkg_violations_release(&vs);
}

static void test_validate_targets(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetSubjectsOf ex:s ; sh:targetObjectsOf ex:o ;\n"
	         " sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message \"p\" ] .\n");
	assert_string_equal(
	        nkg_validator_check_query(v, 0),
	        "SELECT ?this WHERE {\n"
	        "\t{ ?this <http://ex/s> ?nkg_o } UNION { ?nkg_s <http://ex/o> ?this }\n"
	        "\tOPTIONAL { ?this <http://ex/p> ?nkg_v1 . BIND(true AS ?nkg_ok) }\n"
	        "\tFILTER(!BOUND(?nkg_ok))\n"
	        "}\n");
	run(PFX "ex:a ex:s 1 , 2 .\n ex:b ex:s 1 ; ex:p 1 .\n ex:x ex:o ex:c , ex:b .\n", &vs);
	assert_int_equal(vs.n, 2);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/p>", NULL, "p");
	expect(&vs, 1, "<http://ex/c>", "<http://ex/p>", NULL, "p");
	nkg_violations_release(&vs);
}

static void test_validate_deactivated(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ;\n"
	         " sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:deactivated true ] ,\n"
	         "  [ sh:path ex:q ; sh:minCount 1 ] .\n");
	assert_int_equal(nkg_validator_check_count(v), 1);
	run(PFX "ex:a a ex:C .\n", &vs);
	assert_int_equal(vs.n, 1);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/q>", NULL, "fewer than 1 values");
	nkg_violations_release(&vs);
}

/* ---- what the compiler refuses ------------------------------------------ */

static void refused(const char *shapes, int want, const char *message)
{
	int rc = nkg_validator_load_shapes(v, shapes, strlen(shapes));
	assert_int_equal(rc, want);
	assert_string_equal(nkg_validator_error(v), message);
}

static void test_validate_refuses_unsupported(void **state)
{
	(void)state;
	refused(PFX "ex:S sh:targetClass ex:C ; sh:or ( [ sh:path ex:p ; sh:minCount 1 ] ) .\n",
	        NKG_EINVAL, "sh:or is not supported");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:severity sh:Warning ;"
	            " sh:property [ sh:path ex:p ; sh:minCount 1 ] .\n",
	        NKG_EINVAL, "sh:severity is not supported");
	refused(PFX "ex:S sh:targetClass ex:C ;"
	            " sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .\n",
	        NKG_EINVAL,
	        "a property shape of <http://ex/S> needs one sh:path, an IRI (path expressions "
	        "are not supported)");
	refused(PFX "ex:S a sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .\n",
	        NKG_EINVAL,
	        "shape <http://ex/S> has no target (sh:targetClass, sh:targetSubjectsOf or "
	        "sh:targetObjectsOf)");
	refused(PFX "ex:S sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .\n",
	        NKG_EINVAL, "sh:targetNode is not supported");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .\n"
	            "ex:Q sh:path ex:q ; sh:minCount 1 .\n",
	        NKG_EINVAL,
	        "the property shape <http://ex/Q> is not used by any shape with a target");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:sparql [ sh:select \"SELECT $this WHERE "
	            "{ $this $PATH ?v }\" ] .\n",
	        NKG_EINVAL,
	        "a sh:sparql constraint of <http://ex/S> uses $PATH, which is not supported");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount -1 ] .\n",
	        NKG_EINVAL,
	        "sh:minCount of a property shape of <http://ex/S> must be a non-negative "
	        "integer");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxCount 8 ] .\n",
	        NKG_EINVAL,
	        "sh:maxCount 8 of a property shape of <http://ex/S> is more than newskg "
	        "checks (7)");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ] .\n", NKG_EINVAL,
	        "a property shape of <http://ex/S> has no constraint");
	assert_int_equal(nkg_validator_load_shapes(v, "ex:S sh:x .", 11), NKG_ERDF);
	/* A refused load keeps the shapes loaded before. */
	load(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .\n");
	refused(PFX "ex:S sh:targetClass ex:C ; sh:closed true .\n", NKG_EINVAL,
	        "sh:closed is not supported");
	assert_int_equal(nkg_validator_check_count(v), 1);
}

static void test_validate_bad_data(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load(PFX "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .\n");
	nkg_violations_init(&vs);
	assert_int_equal(nkg_validator_run(v, "<a> <b> .", 9, "ntriples", &vs), NKG_ERDF);
	assert_int_equal(vs.n, 0);
	assert_int_equal(nkg_validator_run(v, "", 0, "rdfxml", &vs), NKG_EINVAL);
	/* Graph names are ignored. */
	const char *nq = "<http://ex/a> " TYPE " <http://ex/C> <http://ex/g> .\n";
	assert_int_equal(nkg_validator_run(v, nq, strlen(nq), "nquads", &vs), 0);
	assert_int_equal(vs.n, 1);
	expect(&vs, 0, "<http://ex/a>", "<http://ex/p>", NULL, "fewer than 1 values");
	nkg_violations_release(&vs);
}

/* ---- ontology/shapes.ttl on graphs shaped like newskg's ------------------- */

#define NKG_PFX                                                                                    \
	"@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"                           \
	"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"                                \
	"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"                                     \
	"@prefix schema: <http://schema.org/> .\n"                                                 \
	"@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .\n"       \
	"@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .\n"                                 \
	"@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n"                              \
	"@prefix time: <http://www.w3.org/2006/time#> .\n"                                         \
	"@prefix prov: <http://www.w3.org/ns/prov#> .\n"                                           \
	"@prefix dcterms: <http://purl.org/dc/terms/> .\n"                                         \
	"@prefix nkg: <https://w3id.org/newskg/ns#> .\n"                                           \
	"@prefix d: <https://w3id.org/newskg/id/doc/t> .\n"                                        \
	"@prefix id: <https://w3id.org/newskg/id/> .\n"

/* A small article with one of everything; each test breaks one thing. */
static const char *const good[] = {
        "d: a schema:NewsArticle ; schema:headline \"Zoë rallies in Baghdad\" ;\n"
        "  schema:datePublished \"2020-01-24\"^^xsd:date .\n",
        "<https://w3id.org/newskg/id/doc/t#char=0,22> a nif:Context, nif:OffsetBasedString ;\n"
        "  nif:isString \"Zoë rallies in Baghdad\" ; dcterms:source d: ;\n"
        "  nif:beginIndex \"0\"^^xsd:nonNegativeInteger ;"
        "  nif:endIndex \"22\"^^xsd:nonNegativeInteger .\n",
        "<https://w3id.org/newskg/id/doc/t#char=0,3> a nif:Word, nif:OffsetBasedString ;\n"
        "  nif:referenceContext <https://w3id.org/newskg/id/doc/t#char=0,22> ;\n"
        "  nif:beginIndex \"0\"^^xsd:nonNegativeInteger ;"
        "  nif:endIndex \"3\"^^xsd:nonNegativeInteger ;\n"
        "  nif:anchorOf \"Zoë\" ; itsrdf:taIdentRef <https://w3id.org/newskg/id/person/zoe> .\n",
        "<https://w3id.org/newskg/id/doc/t#char=15,22> a nif:Word, nif:OffsetBasedString ;\n"
        "  nif:referenceContext <https://w3id.org/newskg/id/doc/t#char=0,22> ;\n"
        "  nif:beginIndex \"15\"^^xsd:nonNegativeInteger ;"
        "  nif:endIndex \"22\"^^xsd:nonNegativeInteger ;\n"
        "  nif:anchorOf \"Baghdad\" ; itsrdf:taIdentRef <https://w3id.org/newskg/id/place/baghdad> "
        ".\n",
        "<https://w3id.org/newskg/id/person/zoe> a schema:Person ; schema:name \"Zoë\" ; "
        "rdfs:label \"Zoë\" .\n",
        "<https://w3id.org/newskg/id/place/baghdad> a schema:City, schema:Place ; schema:name "
        "\"Baghdad\" ;"
        "  rdfs:label \"Baghdad\" .\n",
        "<https://w3id.org/newskg/id/time/2020-01-24> a time:Instant ; nkg:timexValue "
        "\"2020-01-24\" ;"
        "  nkg:timexType \"DATE\" ; time:inXSDDate \"2020-01-24\"^^xsd:date .\n",
        "id:ev a sem:Event, schema:Event, nkg:Protest ; sem:hasTime "
        "<https://w3id.org/newskg/id/time/2020-01-24> ;\n"
        "  sem:hasTimeStamp \"2020-01-24\"^^xsd:date ; sem:hasPlace "
        "<https://w3id.org/newskg/id/place/baghdad> ;\n"
        "  nkg:hasRole <https://w3id.org/newskg/id/ev/role> .\n",
        "<https://w3id.org/newskg/id/ev/role> a sem:Role ; rdf:value "
        "<https://w3id.org/newskg/id/person/zoe> ; sem:roleType nkg:Agent .\n",
        "id:q a schema:Quotation ; schema:text \"rallies\" ;"
        "  schema:spokenByCharacter <https://w3id.org/newskg/id/person/zoe> ; prov:wasAttributedTo "
        "<https://w3id.org/newskg/id/person/zoe> .\n",
};
#define N_GOOD (sizeof(good) / sizeof(good[0]))

static char *article(size_t skip, const char *extra)
{
	size_t len = strlen(NKG_PFX) + strlen(extra) + 1;
	for (size_t i = 0; i < N_GOOD; i++)
		len += strlen(good[i]);
	char *s = malloc(len);
	assert_non_null(s);
	strcpy(s, NKG_PFX);
	for (size_t i = 0; i < N_GOOD; i++)
		if (i != skip)
			strcat(s, good[i]);
	strcat(s, extra);
	return s;
}

static void load_default(void)
{
	size_t len = 0;
	const char *ttl = nkg_validate_default_shapes(&len);
	assert_non_null(ttl);
	assert_int_equal(len, strlen(ttl));
	int rc = nkg_validator_load_shapes(v, ttl, len);
	if (rc)
		fail_msg("ontology/shapes.ttl rejected: %s", nkg_validator_error(v));
}

static void run_article(size_t skip, const char *extra, struct nkg_violations *vs)
{
	char *s = article(skip, extra);
	run(s, vs);
	free(s);
}

#define DOC "<https://w3id.org/newskg/id/doc/t>"
#define ZOE "<https://w3id.org/newskg/id/person/zoe>"
#define W0  "<https://w3id.org/newskg/id/doc/t#char=0,3>"
#define CTX "<https://w3id.org/newskg/id/doc/t#char=0,22>"
#define EV  "<https://w3id.org/newskg/id/ev>"

static void test_validate_default_shapes_conform(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load_default();
	assert_int_equal(nkg_validator_check_count(v), 66);
	run_article(N_GOOD, "", &vs);
	for (size_t i = 0; i < vs.n; i++)
		print_message("unexpected: %s %s %s\n", vs.v[i].focus,
		              vs.v[i].path ? vs.v[i].path : "-", vs.v[i].message);
	assert_int_equal(vs.n, 0);
	nkg_violations_release(&vs);
}

static void test_validate_default_shapes_each_rule(void **state)
{
	struct nkg_violations vs;
	(void)state;
	load_default();

	/* Two headlines (one not a plain string) and an invalid date; a missing
	 * headline is allowed: a one-line article has none. */
	run_article(0,
	            "d: a schema:NewsArticle ; schema:datePublished \"2020-02-30\"^^xsd:date ;\n"
	            "  schema:headline \"One\", \"2\"^^xsd:integer .\n",
	            &vs);
	assert_int_equal(vs.n, 3);
	expect(&vs, 0, DOC, "<http://schema.org/datePublished>",
	       "\"2020-02-30\"^^<http://www.w3.org/2001/XMLSchema#date>",
	       "the publication date is at most one valid xsd:date");
	expect(&vs, 1, DOC, "<http://schema.org/headline>", NULL,
	       "an article has at most one headline, a plain string");
	expect(&vs, 2, DOC, "<http://schema.org/headline>",
	       "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>",
	       "an article has at most one headline, a plain string");
	nkg_violations_release(&vs);

	/* A shifted offset: the anchor no longer matches the text. */
	run_article(2,
	            W0 " a nif:Word ; nif:referenceContext " CTX " ;\n"
	               " nif:beginIndex \"1\"^^xsd:nonNegativeInteger ;"
	               " nif:endIndex \"3\"^^xsd:nonNegativeInteger ;\n"
	               " nif:anchorOf \"Zoë\" ; itsrdf:taIdentRef " ZOE " .\n",
	            &vs);
	assert_int_equal(vs.n, 1);
	expect(&vs, 0, W0, NULL, "\"Zoë\"",
	       "nif:anchorOf \"Zoë\" is not the context's text at [1,3)");
	nkg_violations_release(&vs);

	/* An end beyond the text, a begin after the end. */
	run_article(2,
	            W0 " a nif:Word ; nif:referenceContext " CTX " ;\n"
	               " nif:beginIndex \"4\"^^xsd:nonNegativeInteger ;"
	               " nif:endIndex \"23\"^^xsd:nonNegativeInteger ;\n"
	               " nif:anchorOf \"Zoë\" ; itsrdf:taIdentRef " ZOE " .\n",
	            &vs);
	assert_int_equal(vs.n, 1);
	expect(&vs, 0, W0, NULL, NULL,
	       "nif:beginIndex 4 and nif:endIndex 23 must satisfy begin <= end <= the context's "
	       "length");
	nkg_violations_release(&vs);

	/* An entity without schema:name; a referent without a type. */
	run_article(
	        4,
	        ZOE
	        " rdfs:label \"Zoë\" ; a schema:Person .\n"
	        "<https://w3id.org/newskg/id/doc/t#char=15,22> itsrdf:taIdentRef id:nothing .\n",
	        &vs);
	assert_int_equal(vs.n, 3);
	expect(&vs, 0, "<https://w3id.org/newskg/id/nothing>",
	       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", NULL,
	       "the target of an itsrdf:taIdentRef has an rdf:type");
	expect(&vs, 1, ZOE, "<http://schema.org/name>", NULL,
	       "an entity has exactly one schema:name");
	expect(&vs, 2, ZOE, "<http://schema.org/name>", "\"Zoë\"",
	       "an entity's schema:name and rdfs:label are equal");
	nkg_violations_release(&vs);

	/* An event of no nkg class; a role without a roleType; a time without a value. */
	run_article(
	        7,
	        EV
	        " a sem:Event, schema:Event ; sem:hasTime <https://w3id.org/newskg/id/time/x> .\n"
	        "<https://w3id.org/newskg/id/time/x> a time:ProperInterval ; nkg:timexType "
	        "\"WEEK\" .\n"
	        "<https://w3id.org/newskg/id/ev/role2> a sem:Role ; rdf:value " ZOE
	        " ; sem:roleType nkg:Boss .\n",
	        &vs);
	assert_int_equal(vs.n, 4);
	expect(&vs, 0, "<https://w3id.org/newskg/id/ev/role2>",
	       "<http://semanticweb.cs.vu.nl/2009/11/sem/roleType>",
	       "<https://w3id.org/newskg/ns#Boss>",
	       "a sem:Role has exactly one sem:roleType: nkg:Agent, nkg:Patient, nkg:Participant "
	       "or nkg:Speaker");
	expect(&vs, 1, EV, NULL, NULL, "an event has a type among the nkg event classes");
	expect(&vs, 2, "<https://w3id.org/newskg/id/time/x>",
	       "<https://w3id.org/newskg/ns#timexType>", "\"WEEK\"",
	       "nkg:timexType is DATE, TIME, DURATION or SET");
	expect(&vs, 3, "<https://w3id.org/newskg/id/time/x>",
	       "<https://w3id.org/newskg/ns#timexValue>", NULL,
	       "a time has exactly one nkg:timexValue");
	nkg_violations_release(&vs);

	/* A quotation with two speakers; https://schema.org/; an invalid event date. */
	run_article(9,
	            "id:q a schema:Quotation ; schema:text \"rallies\" ;\n"
	            "  schema:spokenByCharacter id:a, id:b ; prov:wasAttributedTo id:a, id:b .\n" EV
	            " a <https://schema.org/Event> ; sem:hasTimeStamp \"2020-13-01\"^^xsd:date .\n",
	            &vs);
	assert_int_equal(vs.n, 4);
	expect(&vs, 0, EV, "<http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp>",
	       "\"2020-13-01\"^^<http://www.w3.org/2001/XMLSchema#date>",
	       "<http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> \"2020-13-01\" is not a "
	       "valid xsd:date");
	expect(&vs, 1, EV, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
	       "<https://schema.org/Event>",
	       "<https://schema.org/Event> uses https://schema.org/; newskg writes schema.org "
	       "terms "
	       "as http://schema.org/");
	expect(&vs, 2, "<https://w3id.org/newskg/id/q>", "<http://schema.org/spokenByCharacter>",
	       NULL, "a quotation has at most one speaker (schema:spokenByCharacter)");
	expect(&vs, 3, "<https://w3id.org/newskg/id/q>",
	       "<http://www.w3.org/ns/prov#wasAttributedTo>", NULL,
	       "a quotation is attributed to at most one speaker (prov:wasAttributedTo)");
	nkg_violations_release(&vs);
}

/* Every allocation of a load and a run fails in turn: clean errors, no leaks,
 * and out untouched. */
static void test_validate_out_of_memory(void **state)
{
	struct nkg_violations vs;
	char *data = article(4, ZOE " a schema:Person ; rdfs:label \"Zoë\" .\n");
	size_t len = 0;
	const char *ttl = nkg_validate_default_shapes(&len);
	(void)state;
	for (unsigned long n = 1;; n++) {
		int rc;
		nkg_alloc_fail_after(n, 0);
		rc = nkg_validator_load_shapes(v, ttl, len);
		if (!rc) {
			nkg_violations_init(&vs);
			rc = nkg_validator_run(v, data, strlen(data), "turtle", &vs);
			if (rc)
				assert_int_equal(vs.n, 0);
		}
		nkg_alloc_fail_after(0, 0);
		if (!rc) {
			assert_int_equal(vs.n, 2);
			nkg_violations_release(&vs);
			assert_true(n > 100);
			break;
		}
		assert_int_equal(rc, NKG_ENOMEM);
		assert_true(n < 100000);
	}
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_validate_min_count),
	        cmocka_unit_test(test_validate_max_count),
	        cmocka_unit_test(test_validate_datatype),
	        cmocka_unit_test(test_validate_class),
	        cmocka_unit_test(test_validate_pattern),
	        cmocka_unit_test(test_validate_equals_and_has_value),
	        cmocka_unit_test(test_validate_sparql),
	        cmocka_unit_test(test_validate_targets),
	        cmocka_unit_test(test_validate_deactivated),
	        cmocka_unit_test(test_validate_refuses_unsupported),
	        cmocka_unit_test(test_validate_bad_data),
	        cmocka_unit_test(test_validate_default_shapes_conform),
	        cmocka_unit_test(test_validate_default_shapes_each_rule),
	        cmocka_unit_test(test_validate_out_of_memory),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
