/* test_graph_write.c - documents built by hand, written in each format and
 * compared exactly; strict parsing of the output by rapper (raptor2-utils). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "graph/graph.h"

#define S(lit) nkg_str_from_cstr(lit)

struct out {
	char *text; /* malloc'd by open_memstream */
	size_t len;
	size_t n_triples;
	int rc;
};

/* Writes the docs with one writer into memory. */
static struct out write_docs(const struct nkg_doc *const *docs, size_t n_docs, enum nkg_format f,
                             const char *base)
{
	struct out o = {NULL, 0, 0, 0};
	struct nkg_graph_options opt = {f, base, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	FILE *fp = open_memstream(&o.text, &o.len);

	assert_non_null(fp);
	o.rc = nkg_writer_new(&opt, fp, &w);
	for (size_t i = 0; !o.rc && i < n_docs; i++) {
		size_t n = 0;
		o.rc = nkg_writer_add(w, docs[i], &n);
		o.n_triples += n;
	}
	if (!o.rc)
		o.rc = nkg_writer_finish(w);
	nkg_writer_free(w);
	fclose(fp);
	return o;
}

static struct out write_doc(const struct nkg_doc *d, enum nkg_format f)
{
	return write_docs(&d, 1, f, NULL);
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of text sorted, joined with '\n' (malloc'd); *n_lines receives the count. */
static char *sorted_lines(const char *text, size_t *n_lines)
{
	size_t n = 0, cap = 16, len = strlen(text);
	char *copy = strdup(text), **lines = malloc(cap * sizeof(*lines)), *out, *p;
	assert_non_null(copy);
	for (char *s = strtok(copy, "\n"); s; s = strtok(NULL, "\n")) {
		if (n == cap)
			lines = realloc(lines, (cap *= 2) * sizeof(*lines));
		lines[n++] = s;
	}
	qsort(lines, n, sizeof(*lines), cmp_line);
	out = p = malloc(len + 2);
	*p = '\0';
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "%s\n", lines[i]);
	free(lines);
	free(copy);
	if (n_lines)
		*n_lines = n;
	return out;
}

static size_t count_lines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* ---- the golden document ----------------------------------------------- */

/* "Émile spoke in Baghdād on Friday.": É and ā are two bytes each, so code
 * points and bytes differ from the first word on. */
static const char golden_text[] = "\xc3\x89mile spoke in Baghd\xc4\x81"
                                  "d on Friday.";

static void golden_doc(struct nkg_doc *d)
{
	uint32_t person, city, t;
	nkg_doc_init(d, golden_text, sizeof(golden_text) - 1);
	d->id = S("t1");
	d->date = S("2020-01-24");
	d->date_origin = NKG_DATE_METADATA;
	assert_int_equal(
	        nkg_doc_add_entity(d, NKG_CLASS_PERSON, S("\xc3\x89mile"), 0.75f, "name", &person),
	        0);
	assert_int_equal(nkg_doc_add_entity(d, NKG_CLASS_CITY,
	                                    S("Baghd\xc4\x81"
	                                      "d"),
	                                    1.0f, "gaz", &city),
	                 0);
	assert_int_equal(nkg_doc_add_time(d, NKG_TIMEX_DATE, S("2020-01-24"), S("2020-01-24"),
	                                  "weekday", &t),
	                 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){0, 6}, NKG_MENTION_ENTITY, person,
	                                     0.75f, "name"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){16, 24}, NKG_MENTION_ENTITY, city,
	                                     1.0f, "gaz"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(d, (struct nkg_span){28, 34}, NKG_MENTION_TIME, t,
	                                     0.5f, "weekday"),
	                 0);
}

#define D      "<https://w3id.org/newskg/id/doc/t1"
#define ID     "<https://w3id.org/newskg/id/"
#define RDF    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS   "<http://www.w3.org/2000/01/rdf-schema#"
#define XSD    "^^<http://www.w3.org/2001/XMLSchema#"
#define SCHEMA "<http://schema.org/"
#define NIF    "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define ITS    "<http://www.w3.org/2005/11/its/rdf#"
#define NKG    "<https://w3id.org/newskg/ns#"
#define TIME   "<http://www.w3.org/2006/time#"
#define PROV   "<http://www.w3.org/ns/prov#"
#define DCT    "<http://purl.org/dc/terms/"

static const char *const golden_nt[] = {
        D "#char=0,33> " DCT "source> " D "> .",
        D "#char=0,33> " NIF "beginIndex> \"0\"" XSD "nonNegativeInteger> .",
        D "#char=0,33> " NIF "endIndex> \"33\"" XSD "nonNegativeInteger> .",
        D "#char=0,33> " NIF "isString> \"\\u00C9mile spoke in Baghd\\u0101d on Friday.\" .",
        D "#char=0,33> " RDF "type> " NIF "Context> .",
        D "#char=0,33> " RDF "type> " NIF "OffsetBasedString> .",
        D "#char=0,5> " ITS "taClassRef> " SCHEMA "Person> .",
        D "#char=0,5> " ITS "taConfidence> \"7.5E-1\"" XSD "double> .",
        D "#char=0,5> " ITS "taIdentRef> " ID "person/emile> .",
        D "#char=0,5> " NIF "anchorOf> \"\\u00C9mile\" .",
        D "#char=0,5> " NIF "beginIndex> \"0\"" XSD "nonNegativeInteger> .",
        D "#char=0,5> " NIF "endIndex> \"5\"" XSD "nonNegativeInteger> .",
        D "#char=0,5> " NIF "referenceContext> " D "#char=0,33> .",
        D "#char=0,5> " RDF "type> " NIF "OffsetBasedString> .",
        D "#char=0,5> " RDF "type> " NIF "Word> .",
        D "#char=0,5> " NKG "rule> \"name\" .",
        D "#char=15,22> " ITS "taClassRef> " SCHEMA "City> .",
        D "#char=15,22> " ITS "taConfidence> \"1.0E0\"" XSD "double> .",
        D "#char=15,22> " ITS "taIdentRef> " ID "place/baghdad> .",
        D "#char=15,22> " NIF "anchorOf> \"Baghd\\u0101d\" .",
        D "#char=15,22> " NIF "beginIndex> \"15\"" XSD "nonNegativeInteger> .",
        D "#char=15,22> " NIF "endIndex> \"22\"" XSD "nonNegativeInteger> .",
        D "#char=15,22> " NIF "referenceContext> " D "#char=0,33> .",
        D "#char=15,22> " RDF "type> " NIF "OffsetBasedString> .",
        D "#char=15,22> " RDF "type> " NIF "Word> .",
        D "#char=15,22> " NKG "rule> \"gaz\" .",
        D "#char=26,32> " ITS "taClassRef> " TIME "Instant> .",
        D "#char=26,32> " ITS "taConfidence> \"5.0E-1\"" XSD "double> .",
        D "#char=26,32> " ITS "taIdentRef> " ID "time/2020-01-24> .",
        D "#char=26,32> " NIF "anchorOf> \"Friday\" .",
        D "#char=26,32> " NIF "beginIndex> \"26\"" XSD "nonNegativeInteger> .",
        D "#char=26,32> " NIF "endIndex> \"32\"" XSD "nonNegativeInteger> .",
        D "#char=26,32> " NIF "referenceContext> " D "#char=0,33> .",
        D "#char=26,32> " RDF "type> " NIF "OffsetBasedString> .",
        D "#char=26,32> " RDF "type> " NIF "Word> .",
        D "#char=26,32> " NKG "rule> \"weekday\" .",
        D "/extraction> " RDF "type> " PROV "Activity> .",
        D "/extraction> " PROV "wasAssociatedWith> " ID "software/newskg-9.9.9-test> .",
        D "> " DCT "identifier> \"t1\" .",
        D "> " SCHEMA "datePublished> \"2020-01-24\"" XSD "date> .",
        D "> " RDF "type> " SCHEMA "NewsArticle> .",
        D "> " PROV "wasGeneratedBy> " D "/extraction> .",
        D "> " NKG "datePublishedSource> " NKG "DateFromMetadata> .",
        ID "person/emile> " SCHEMA "name> \"\\u00C9mile\" .",
        ID "person/emile> " RDF "type> " SCHEMA "Person> .",
        ID "person/emile> " RDFS "label> \"\\u00C9mile\" .",
        ID "person/emile> " NKG "confidence> \"7.5E-1\"" XSD "double> .",
        ID "person/emile> " NKG "rule> \"name\" .",
        ID "place/baghdad> " SCHEMA "name> \"Baghd\\u0101d\" .",
        ID "place/baghdad> " RDF "type> " SCHEMA "City> .",
        ID "place/baghdad> " RDF "type> " SCHEMA "Place> .",
        ID "place/baghdad> " RDFS "label> \"Baghd\\u0101d\" .",
        ID "place/baghdad> " NKG "confidence> \"1.0E0\"" XSD "double> .",
        ID "place/baghdad> " NKG "rule> \"gaz\" .",
        ID "software/newskg-9.9.9-test> " SCHEMA "name> \"newskg\" .",
        ID "software/newskg-9.9.9-test> " SCHEMA "softwareVersion> \"9.9.9-test\" .",
        ID "software/newskg-9.9.9-test> " RDF "type> " SCHEMA "SoftwareApplication> .",
        ID "software/newskg-9.9.9-test> " RDF "type> " PROV "SoftwareAgent> .",
        ID "time/2020-01-24> " RDF "type> " TIME "Instant> .",
        ID "time/2020-01-24> " TIME "inXSDDate> \"2020-01-24\"" XSD "date> .",
        ID "time/2020-01-24> " NKG "timexType> \"DATE\" .",
        ID "time/2020-01-24> " NKG "timexValue> \"2020-01-24\" .",
};

static void test_write_ntriples_golden(void **state)
{
	struct nkg_doc d;
	size_t n_lines;
	(void)state;
	golden_doc(&d);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	char want_text[16384], *p = want_text;
	for (size_t i = 0; i < sizeof(golden_nt) / sizeof(golden_nt[0]); i++)
		p += snprintf(p, sizeof(want_text) - (size_t)(p - want_text), "%s\n", golden_nt[i]);
	char *got = sorted_lines(o.text, &n_lines), *want = sorted_lines(want_text, NULL);
	assert_string_equal(got, want);
	assert_int_equal(o.n_triples, n_lines);
	assert_int_equal(n_lines, 62);
	free(got);
	free(want);
	free(o.text);
	nkg_doc_release(&d);
}

/* ---- more behaviour ----------------------------------------------------- */

/* Whether text holds line as a whole line. */
static int has_line(const char *text, const char *line)
{
	size_t n = strlen(line);
	for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
		if ((p == text || p[-1] == '\n') && p[n] == '\n')
			return 1;
	return 0;
}

static void test_write_codepoint_offsets(void **state)
{
	/* "😀 " is 5 bytes / 2 code points, "بغداد" 10 bytes / 5 code points. */
	static const char text[] = "\xf0\x9f\x98\x80 \xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf ok";
	struct nkg_doc d;
	uint32_t e;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY,
	                                    S("\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf"), 1.0f,
	                                    "gaz", &e),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){5, 15}, NKG_MENTION_ENTITY, e,
	                                     1.0f, "gaz"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){16, 18}, NKG_MENTION_ENTITY, e,
	                                     1.0f, "gaz"),
	                 0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text,
	                     D "#char=2,7> " NIF "beginIndex> \"2\"" XSD "nonNegativeInteger> ."));
	assert_true(has_line(o.text,
	                     D "#char=2,7> " NIF "endIndex> \"7\"" XSD "nonNegativeInteger> ."));
	assert_true(has_line(o.text, D "#char=2,7> " NIF
	                               "anchorOf> \"\\u0628\\u063A\\u062F\\u0627\\u062F\" ."));
	assert_true(has_line(o.text, D "#char=8,10> " NIF "anchorOf> \"ok\" ."));
	assert_true(has_line(o.text,
	                     D "#char=0,10> " NIF "endIndex> \"10\"" XSD "nonNegativeInteger> ."));
	assert_true(has_line(o.text, D "#char=2,7> " ITS "taIdentRef> " ID
	                               "place/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF> ."));
	free(o.text);
	nkg_doc_release(&d);
}

static void add_time(struct nkg_doc *d, enum nkg_timex_type type, const char *v)
{
	uint32_t t;
	assert_int_equal(nkg_doc_add_time(d, type, S(v), NKG_STR_NULL, "r", &t), 0);
}

static void test_write_date_precision(void **state)
{
	static const char text[] = "x";
	struct nkg_doc d;
	(void)state;
	nkg_doc_init(&d, text, 1);
	d.id = S("dp");
	add_time(&d, NKG_TIMEX_DATE, "2020-01-24");
	add_time(&d, NKG_TIMEX_DATE, "2020-01");
	add_time(&d, NKG_TIMEX_DATE, "2020");
	add_time(&d, NKG_TIMEX_DATE, "XXXX-01-03");
	add_time(&d, NKG_TIMEX_DATE, "2020-W04");
	add_time(&d, NKG_TIMEX_DATE, "2019-02-29");
	add_time(&d, NKG_TIMEX_DURATION, "P3D");
	add_time(&d, NKG_TIMEX_SET, "XXXX-WXX-5");
	add_time(&d, NKG_TIMEX_DATE, "PRESENT_REF");
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, ID "time/2020-01-24> " TIME "inXSDDate> \"2020-01-24\"" XSD
	                                "date> ."));
	assert_true(has_line(o.text, ID "time/2020-01> " TIME "inXSDgYearMonth> \"2020-01\"" XSD
	                                "gYearMonth> ."));
	assert_true(has_line(o.text, ID "time/2020-01> " RDF "type> " TIME "ProperInterval> ."));
	assert_true(has_line(o.text, ID "time/2020> " TIME "inXSDgYear> \"2020\"" XSD "gYear> ."));
	assert_true(has_line(o.text, ID "time/XXXX-01-03> " RDF "type> " TIME "Instant> ."));
	assert_true(has_line(o.text, ID "time/2020-W04> " RDF "type> " TIME "ProperInterval> ."));
	assert_true(has_line(o.text, ID "time/P3D> " RDF "type> " TIME "Duration> ."));
	assert_true(has_line(o.text, ID "time/P3D> " NKG "timexType> \"DURATION\" ."));
	assert_true(has_line(o.text, ID "time/XXXX-WXX-5> " RDF "type> " TIME "TemporalEntity> ."));
	assert_true(
	        has_line(o.text, ID "time/PRESENT_REF> " RDF "type> " TIME "TemporalEntity> ."));
	/* Nothing claims more precision than the value has: exactly three typed
	 * date literals (2020-01-24, 2020-01, 2020); none for 2019-02-29. */
	size_t n_typed = 0;
	for (const char *p = o.text; (p = strstr(p, "<http://www.w3.org/2006/time#inXSD")); p++)
		n_typed++;
	assert_int_equal(n_typed, 3);
	assert_null(strstr(o.text, "\"XXXX-01-03\"^^"));
	assert_null(strstr(o.text, "\"2019-02-29\"^^"));
	free(o.text);
	nkg_doc_release(&d);
}

static void test_write_deterministic(void **state)
{
	struct nkg_doc d;
	(void)state;
	golden_doc(&d);
	for (int f = NKG_FORMAT_TURTLE; f <= NKG_FORMAT_NQUADS; f++) {
		struct out a = write_doc(&d, (enum nkg_format)f),
		           b = write_doc(&d, (enum nkg_format)f);
		assert_int_equal(a.rc, 0);
		assert_int_equal(b.rc, 0);
		assert_int_equal(a.len, b.len);
		assert_memory_equal(a.text, b.text, a.len);
		free(a.text);
		free(b.text);
	}
	nkg_doc_release(&d);
}

/* Two articles naming the same man (one with a non-breaking hyphen, at
 * another offset) give one IRI. */
static void test_write_same_person_two_docs(void **state)
{
	static const char t1[] = "Qais al-Khazali spoke.",
	                  t2[] = "Then Qais al\xe2\x80\x91Khazali left.";
	struct nkg_doc a, b;
	uint32_t e;
	(void)state;
	nkg_doc_init(&a, t1, sizeof(t1) - 1);
	nkg_doc_init(&b, t2, sizeof(t2) - 1);
	assert_int_equal(nkg_doc_add_entity(&a, NKG_CLASS_PERSON, S("Qais al-Khazali"), 1, "n", &e),
	                 0);
	assert_int_equal(
	        nkg_doc_add_mention(&a, (struct nkg_span){0, 15}, NKG_MENTION_ENTITY, e, 1, "n"),
	        0);
	assert_int_equal(nkg_doc_add_entity(&b, NKG_CLASS_PERSON, S("Qais al\xe2\x80\x91Khazali"),
	                                    1, "n", &e),
	                 0);
	assert_int_equal(
	        nkg_doc_add_mention(&b, (struct nkg_span){5, 22}, NKG_MENTION_ENTITY, e, 1, "n"),
	        0);
	struct out oa = write_doc(&a, NKG_FORMAT_NTRIPLES), ob = write_doc(&b, NKG_FORMAT_NTRIPLES);
	assert_int_equal(oa.rc, 0);
	assert_int_equal(ob.rc, 0);
	const char *line = ID "person/qais-al-khazali> " RDF "type> " SCHEMA "Person> .";
	assert_true(has_line(oa.text, line));
	assert_true(has_line(ob.text, line));
	/* No id, no URL: the documents are named by the hash of their text. */
	assert_non_null(strstr(oa.text, ID "doc/sha256-"));
	free(oa.text);
	free(ob.text);
	nkg_doc_release(&a);
	nkg_doc_release(&b);
}

static void test_write_nquads_graph_names(void **state)
{
	struct nkg_doc d;
	size_t n = 0;
	const char *tail = " <https://w3id.org/newskg/id/doc/t1> .";
	(void)state;
	golden_doc(&d);
	struct out o = write_doc(&d, NKG_FORMAT_NQUADS);
	assert_int_equal(o.rc, 0);
	assert_int_equal(count_lines(o.text), o.n_triples);
	for (char *line = strtok(o.text, "\n"); line; line = strtok(NULL, "\n"), n++) {
		size_t len = strlen(line);
		assert_true(len > strlen(tail));
		assert_string_equal(line + len - strlen(tail), tail);
	}
	assert_int_equal(n, 62);
	free(o.text);
	nkg_doc_release(&d);
}

/* Events with a full date and a place merge across articles; the others are
 * numbered per class in order of first mention. */
static void test_write_event_iris(void **state)
{
	static const char text[] = "A rally, a march and a protest in Baghdad.";
	struct nkg_doc d;
	uint32_t late, early, keyed, place, t;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY, S("Baghdad"), 1, "g", &place), 0);
	assert_int_equal(
	        nkg_doc_add_time(&d, NKG_TIMEX_DATE, S("2020-01-24"), NKG_STR_NULL, "r", &t), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_PROTEST, 1, "k", &late), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_PROTEST, 1, "k", &early), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_PROTEST, 1, "k", &keyed), 0);
	d.events[keyed].time = t;
	d.events[keyed].place = place;
	d.events[late].time = t; /* a date but no place: numbered */
	d.events[early].factuality = NKG_FACT_CALLED_FOR;
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){11, 16}, NKG_MENTION_EVENT, late, 1, "k"),
	        0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){2, 7}, NKG_MENTION_EVENT, early, 1, "k"),
	        0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){23, 30}, NKG_MENTION_EVENT,
	                                     keyed, 1, "k"),
	                 0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "#char=2,7> " ITS "taIdentRef> " D "/event/protest-1> ."));
	assert_true(has_line(o.text, D "#char=11,16> " ITS "taIdentRef> " D "/event/protest-2> ."));
	assert_true(has_line(o.text, D "#char=23,30> " ITS "taIdentRef> " ID
	                               "event/protest/2020-01-24/baghdad> ."));
	assert_true(has_line(o.text, ID "event/protest/2020-01-24/baghdad> " RDFS
	                                "label> \"protest on 2020-01-24 in Baghdad\" ."));
	assert_true(
	        has_line(o.text, D "/event/protest-2> " RDFS "label> \"protest on 2020-01-24\" ."));
	assert_true(has_line(o.text, D "/event/protest-1> " RDFS "label> \"protest\" ."));
	/* Factuality is written on every event, asserted by default. */
	assert_true(has_line(o.text, D "/event/protest-1> " NKG "factuality> " NKG "CalledFor> ."));
	assert_true(has_line(o.text, D "/event/protest-2> " NKG "factuality> " NKG "Asserted> ."));
	assert_false(has_line(o.text, D "/event/protest-1> " NKG "factuality> " NKG "Asserted> ."));
	free(o.text);
	nkg_doc_release(&d);
}

/* Person-centred events are keyed by their person; two events whose keys
 * coincide in one article keep two IRIs (the later one document-scoped). */
/* A flight's number ends its key: two flights from one place on one day
 * are two events, each of them merge-safe; a flight without one keeps the
 * plain key. */
static void test_write_flight_numbers(void **state)
{
	static const char text[] = "Flight 447 and flight QF2 left Paris; a flight left.";
	struct nkg_doc d;
	uint32_t f1, f2, f3, place, t;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY, S("Paris"), 1, "g", &place), 0);
	assert_int_equal(
	        nkg_doc_add_time(&d, NKG_TIMEX_DATE, S("2009-06-01"), NKG_STR_NULL, "r", &t), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_FLIGHT, 1, "k", &f1), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_FLIGHT, 1, "k", &f2), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_FLIGHT, 1, "k", &f3), 0);
	for (uint32_t k = 0; k < 3; k++) {
		d.events[k].time = t;
		d.events[k].place = place;
	}
	d.events[f1].ident = (struct nkg_str){text + 7, 3};
	d.events[f2].ident = (struct nkg_str){text + 22, 3};
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){0, 6}, NKG_MENTION_EVENT, f1, 1, "k"), 0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){15, 21}, NKG_MENTION_EVENT, f2, 1, "k"),
	        0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){40, 46}, NKG_MENTION_EVENT, f3, 1, "k"),
	        0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "#char=0,6> " ITS "taIdentRef> " ID
	                               "event/flight/2009-06-01/paris/447> ."));
	assert_true(has_line(o.text, D "#char=15,21> " ITS "taIdentRef> " ID
	                               "event/flight/2009-06-01/paris/qf2> ."));
	assert_true(has_line(o.text, D "#char=40,46> " ITS "taIdentRef> " ID
	                               "event/flight/2009-06-01/paris> ."));
	free(o.text);
	nkg_doc_release(&d);
}

static void test_write_event_iris_keyed_by_person_and_unique(void **state)
{
	static const char text[] = "Quake and flood in Padang. Smith resigned.";
	struct nkg_doc d;
	uint32_t quake, flood, resign, place, smith, t;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY, S("Padang"), 1, "g", &place), 0);
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_PERSON, S("John Smith"), 1, "g", &smith),
	                 0);
	assert_int_equal(
	        nkg_doc_add_time(&d, NKG_TIMEX_DATE, S("2010-01-12"), NKG_STR_NULL, "r", &t), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_DISASTER, 1, "k", &quake), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_DISASTER, 1, "k", &flood), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_RESIGNATION, 1, "k", &resign), 0);
	d.events[quake].time = d.events[flood].time = d.events[resign].time = t;
	d.events[quake].place = d.events[flood].place = d.events[resign].place = place;
	assert_int_equal(nkg_event_add_participant(&d, resign, smith, NKG_ROLE_AGENT), 0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){0, 5}, NKG_MENTION_EVENT, quake, 1, "k"),
	        0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){10, 15}, NKG_MENTION_EVENT,
	                                     flood, 1, "k"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){33, 41}, NKG_MENTION_EVENT,
	                                     resign, 1, "k"),
	                 0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "#char=0,5> " ITS "taIdentRef> " ID
	                               "event/disaster/2010-01-12/padang> ."));
	assert_true(
	        has_line(o.text, D "#char=10,15> " ITS "taIdentRef> " D "/event/disaster-1> ."));
	assert_true(has_line(o.text, D "#char=33,41> " ITS "taIdentRef> " ID
	                               "event/resignation/2010-01-12/person-john-smith> ."));
	assert_true(has_line(o.text, ID "event/resignation/2010-01-12/person-john-smith> " RDFS
	                                "label> \"resignation of John Smith on 2010-01-12 in "
	                                "Padang\" ."));
	free(o.text);
	nkg_doc_release(&d);
}

/* A market movement (issue 4): keyed by what moved (any entity, not only a
 * person), typed nkg:MarketFall and nkg:MarketMovement, with its amount and
 * an nkg:Instrument role; an acquisition is keyed by the company acquired. */
static void test_write_business_events(void **state)
{
	static const char text[] = "The Dow fell 3.41% in New York. Oracle bought Sun.";
	struct nkg_doc d;
	uint32_t dow, ny, oracle, sun, t, fall, deal;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(
	        nkg_doc_add_entity(&d, NKG_CLASS_ORGANIZATION, S("Dow Jones"), 1, "g", &dow), 0);
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY, S("New York"), 1, "g", &ny), 0);
	assert_int_equal(
	        nkg_doc_add_entity(&d, NKG_CLASS_CORPORATION, S("Oracle"), 1, "g", &oracle), 0);
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CORPORATION, S("Sun"), 1, "g", &sun), 0);
	assert_int_equal(
	        nkg_doc_add_time(&d, NKG_TIMEX_DATE, S("2009-02-24"), NKG_STR_NULL, "r", &t), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_MARKET_FALL, 1, "k", &fall), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_ACQUISITION, 1, "k", &deal), 0);
	d.events[fall].time = d.events[deal].time = t;
	d.events[fall].place = ny;
	d.events[fall].quantity = S("3.41%");
	assert_int_equal(nkg_event_add_participant(&d, fall, dow, NKG_ROLE_INSTRUMENT), 0);
	assert_int_equal(nkg_event_add_participant(&d, deal, oracle, NKG_ROLE_AGENT), 0);
	assert_int_equal(nkg_event_add_participant(&d, deal, sun, NKG_ROLE_PATIENT), 0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){8, 12}, NKG_MENTION_EVENT, fall, 1, "k"),
	        0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){39, 45}, NKG_MENTION_EVENT, deal, 1, "k"),
	        0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
#define FALL ID "event/market-fall/2009-02-24/organization-dow-jones> "
#define DEAL ID "event/acquisition/2009-02-24/organization-sun> "
	assert_true(has_line(o.text, D "#char=8,12> " ITS "taIdentRef> " FALL "."));
	assert_true(has_line(o.text, D "#char=8,12> " ITS "taClassRef> " NKG "MarketFall> ."));
	assert_true(has_line(o.text, FALL RDF "type> " NKG "MarketFall> ."));
	assert_true(has_line(o.text, FALL RDF "type> " NKG "MarketMovement> ."));
	assert_true(has_line(o.text, FALL RDFS "label> \"market fall of Dow Jones on 2009-02-24 in "
	                                       "New York\" ."));
	assert_true(has_line(o.text, FALL NKG "quantity> \"3.41%\" ."));
	assert_true(has_line(o.text, ID "event/market-fall/2009-02-24/organization-dow-jones/role/"
	                                "instrument/organization-dow-jones> "
	                                "<http://semanticweb.cs.vu.nl/2009/11/sem/roleType> " NKG
	                                "Instrument> ."));
	assert_true(has_line(o.text, D "#char=39,45> " ITS "taIdentRef> " DEAL "."));
	assert_true(has_line(o.text, DEAL RDF "type> " NKG "Acquisition> ."));
	assert_false(has_line(o.text, DEAL RDF "type> " NKG "MarketMovement> ."));
	assert_true(has_line(o.text, DEAL RDFS "label> \"acquisition of Sun on 2009-02-24\" ."));
#undef FALL
#undef DEAL
	free(o.text);
	nkg_doc_release(&d);
}

/* Organisations named in the credit lines: DOC dcterms:source for the source
 * line's, dcterms:contributor for the contributors'; a person is never one. */
static void test_write_credit_lines(void **state)
{
	static const char text[] = "Reuters said so.\nAFP contributed to this story.\n"
	                           "Source: Reuters, Jane Roe";
	struct nkg_doc d;
	uint32_t reuters, afp, roe;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	d.credit_contributors = (struct nkg_span){17, 20};
	d.credit_sources = (struct nkg_span){56, 73};
	assert_int_equal(
	        nkg_doc_add_entity(&d, NKG_CLASS_NEWS_MEDIA_ORG, S("Reuters"), 1, "g", &reuters),
	        0);
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_NEWS_MEDIA_ORG, S("AFP"), 1, "g", &afp),
	                 0);
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_PERSON, S("Jane Roe"), 1, "g", &roe), 0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){0, 7}, NKG_MENTION_ENTITY,
	                                     reuters, 1, "g"),
	                 0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){17, 20}, NKG_MENTION_ENTITY, afp, 1, "g"),
	        0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){56, 63}, NKG_MENTION_ENTITY,
	                                     reuters, 1, "g"),
	                 0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){65, 73}, NKG_MENTION_ENTITY, roe, 1, "g"),
	        0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "> <http://purl.org/dc/terms/source> " ID
	                               "organization/reuters> ."));
	assert_true(has_line(o.text, D "> <http://purl.org/dc/terms/contributor> " ID
	                               "organization/afp> ."));
	assert_false(
	        has_line(o.text, D "> <http://purl.org/dc/terms/source> " ID "person/jane-roe> ."));
	assert_false(has_line(o.text,
	                      D "> <http://purl.org/dc/terms/source> " ID "organization/afp> ."));
	free(o.text);
	nkg_doc_release(&d);
}

/* A statement is about the other events mentioned in what was said: its
 * content span and its quotes; never about another statement. */
static void test_write_statement_about(void **state)
{
	static const char text[] = "Ali said the strike killed two, Omar said. "
	                           "\xE2\x80\x9CThe vote was fair,\xE2\x80\x9D Sara said.";
	struct nkg_doc d;
	uint32_t s1, s2, s3, strike, vote, q;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_STATEMENT, 1, "k", &s1), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_MILITARY_STRIKE, 1, "k", &strike), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_STATEMENT, 1, "k", &s2), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_VOTE, 1, "k", &vote), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_STATEMENT, 1, "k", &s3), 0);
	d.events[s1].content = (struct nkg_span){9, 41}; /* "the strike killed two, Omar said" */
	d.events[s2].channel = NKG_CHANNEL_TWEET;
	d.events[strike].quantity = (struct nkg_str){text + 27, 3}; /* "two", said by s1 */
	d.events[vote].quantity = (struct nkg_str){text + 5, 3};    /* "aid": no statement's */
	d.events[strike].channel = NKG_CHANNEL_TWEET; /* not a statement: no channel */
	const struct {
		uint32_t b, e, *ev;
	} ms[] = {{4, 8, &s1}, {13, 19, &strike}, {37, 41, &s3}, {50, 54, &vote}, {73, 77, &s2}};
	for (size_t k = 0; k < sizeof(ms) / sizeof(ms[0]); k++)
		assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){ms[k].b, ms[k].e},
		                                     NKG_MENTION_EVENT, *ms[k].ev, 1, "k"),
		                 0);
	assert_int_equal(nkg_doc_add_quote(&d, (struct nkg_span){46, 63}, NKG_NONE, s2, "q", &q),
	                 0);
	nkg_doc_sort_mentions(&d);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "/event/statement-1> <http://schema.org/about> " D
	                               "/event/military-strike-1> ."));
	assert_true(has_line(o.text, D "/event/statement-3> <http://schema.org/about> " D
	                               "/event/vote-1> ."));
	size_t n = 0;
	for (const char *p = o.text; (p = strstr(p, "<http://schema.org/about>")) != NULL; p++)
		n++;
	assert_int_equal(n, 2);
	assert_true(has_line(o.text, D "/event/statement-3> " NKG "channel> " NKG "Tweet> ."));
	/* the strike's "two" is inside what statement-1 reports; the vote's "aid"
	 * is in no statement's content */
	assert_true(has_line(o.text, D "/event/statement-1> " NKG "reportedQuantity> \"two\" ."));
	n = 0;
	for (const char *p = o.text; (p = strstr(p, NKG "reportedQuantity>")) != NULL; p++)
		n++;
	assert_int_equal(n, 1);
	n = 0;
	for (const char *p = o.text; (p = strstr(p, NKG "channel>")) != NULL; p++)
		n++;
	assert_int_equal(n, 1);
	free(o.text);
	nkg_doc_release(&d);
}

/* The news classes of issue 4: a death keyed by who died (as a verdict by
 * its person) and typed nkg:Death; a statement whose speaker the text only
 * describes ("police said") keeps the description as nkg:speakerDescription
 * and is written without time, place or actor; another class's
 * speaker_text is never written. */
static void test_write_death_and_described_speaker(void **state)
{
	/* (the second statement, said by Ann Lee, has no mention) */
	static const char text[] = "Ann Lee died, police said. A fire, police said.";
	struct nkg_doc d;
	uint32_t death, said, fire, ann, t;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_PERSON, S("Ann Lee"), 1, "g", &ann), 0);
	assert_int_equal(
	        nkg_doc_add_time(&d, NKG_TIMEX_DATE, S("2013-09-14"), NKG_STR_NULL, "r", &t), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_DEATH, 1, "k", &death), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_STATEMENT, 1, "k", &said), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_FIRE, 1, "k", &fire), 0);
	d.events[death].time = d.events[fire].time = t;
	assert_int_equal(nkg_event_add_participant(&d, death, ann, NKG_ROLE_PATIENT), 0);
	d.events[said].speaker_text = (struct nkg_str){text + 14, 6}; /* "police" */
	d.events[fire].speaker_text = (struct nkg_str){text + 14, 6}; /* no statement */
	/* a statement that has a named speaker writes no description too */
	uint32_t said2;
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_STATEMENT, 1, "k", &said2), 0);
	assert_int_equal(nkg_event_add_participant(&d, said2, ann, NKG_ROLE_SPEAKER), 0);
	d.events[said2].speaker_text = (struct nkg_str){text + 14, 6};
	const struct {
		uint32_t b, e, ev;
	} ms[] = {{8, 12, death}, {21, 25, said}, {28, 32, fire}};
	for (size_t k = 0; k < sizeof(ms) / sizeof(ms[0]); k++)
		assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){ms[k].b, ms[k].e},
		                                     NKG_MENTION_EVENT, ms[k].ev, 1, "k"),
		                 0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "#char=8,12> " ITS "taIdentRef> " ID
	                               "event/death/2013-09-14/person-ann-lee> ."));
	assert_true(has_line(o.text, ID "event/death/2013-09-14/person-ann-lee> " RDF "type> " NKG
	                                "Death> ."));
	assert_true(has_line(o.text, ID "event/death/2013-09-14/person-ann-lee> " RDFS
	                                "label> \"death of Ann Lee on 2013-09-14\" ."));
	assert_true(
	        has_line(o.text, D "/event/statement-1> " NKG "speakerDescription> \"police\" ."));
	assert_true(has_line(o.text, D "/event/fire-1> " RDF "type> " NKG "Fire> ."));
	size_t n = 0;
	for (const char *p = o.text; (p = strstr(p, NKG "speakerDescription>")) != NULL; p++)
		n++;
	assert_int_equal(n, 1);
	free(o.text);
	nkg_doc_release(&d);
}

/* A protest with several counts: each is an nkg:quantity of the event, and
 * the one inside what a statement reports is that statement's
 * nkg:reportedQuantity; nkg_event_add_quantity keeps each count once. */
static void test_write_protest_counts(void **state)
{
	static const char text[] = "Thousands marched. Ali said about 40,000 took part.";
	struct nkg_doc d;
	uint32_t protest, said;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_PROTEST, 1, "k", &protest), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_STATEMENT, 1, "k", &said), 0);
	d.events[said].content = (struct nkg_span){28, 50}; /* "about 40,000 took part" */
	struct nkg_str thousands = {text, 9}, about = {text + 28, 12};
	assert_int_equal(nkg_event_add_quantity(&d, protest, thousands), 0);
	assert_int_equal(nkg_event_add_quantity(&d, protest, about), 0);
	assert_int_equal(nkg_event_add_quantity(&d, protest, about), 0);
	assert_int_equal(nkg_event_add_quantity(&d, protest, thousands), 0);
	assert_ptr_equal(d.events[protest].quantity.ptr, thousands.ptr);
	assert_int_equal(d.events[protest].n_more_quantities, 1);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){10, 17}, NKG_MENTION_EVENT,
	                                     protest, 1, "k"),
	                 0);
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){23, 27}, NKG_MENTION_EVENT, said, 1, "k"),
	        0);
	nkg_doc_sort_mentions(&d);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "/event/protest-1> " NKG "quantity> \"Thousands\" ."));
	assert_true(has_line(o.text, D "/event/protest-1> " NKG "quantity> \"about 40,000\" ."));
	assert_true(has_line(o.text,
	                     D "/event/statement-1> " NKG "reportedQuantity> \"about 40,000\" ."));
	size_t n = 0;
	for (const char *p = o.text; (p = strstr(p, NKG "quantity>")) != NULL; p++)
		n++;
	assert_int_equal(n, 2);
	n = 0;
	for (const char *p = o.text; (p = strstr(p, NKG "reportedQuantity>")) != NULL; p++)
		n++;
	assert_int_equal(n, 1);
	free(o.text);
	nkg_doc_release(&d);
}

/* An attack's dead and hurt: nkg:quantity the dead, nkg:injuredCount the
 * hurt, each once; an event with no injured count writes none. */
static void test_write_injured_count(void **state)
{
	static const char text[] = "A bomb killed 12 people and wounded 30 others. Ali died.";
	struct nkg_doc d;
	uint32_t attack, death;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	d.id = S("t1");
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_ATTACK, 1, "k", &attack), 0);
	assert_int_equal(nkg_doc_add_event(&d, NKG_EVENT_DEATH, 1, "k", &death), 0);
	d.events[attack].quantity = (struct nkg_str){text + 14, 2};
	d.events[attack].injured = (struct nkg_str){text + 36, 2};
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){7, 13}, NKG_MENTION_EVENT,
	                                     attack, 1, "k"),
	                 0);
	assert_int_equal(nkg_doc_add_mention(&d, (struct nkg_span){51, 55}, NKG_MENTION_EVENT,
	                                     death, 1, "k"),
	                 0);
	nkg_doc_sort_mentions(&d);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, 0);
	assert_true(has_line(o.text, D "/event/attack-1> " NKG "quantity> \"12\" ."));
	assert_true(has_line(o.text, D "/event/attack-1> " NKG "injuredCount> \"30\" ."));
	size_t n = 0;
	for (const char *p = o.text; (p = strstr(p, NKG "injuredCount>")) != NULL; p++)
		n++;
	assert_int_equal(n, 1);
	free(o.text);
	nkg_doc_release(&d);
}

static void test_write_rejects_bad_spans(void **state)
{
	static const char text[] = "Baghd\xc4\x81"
	                           "d";
	struct nkg_doc d;
	uint32_t e;
	(void)state;
	nkg_doc_init(&d, text, sizeof(text) - 1);
	assert_int_equal(nkg_doc_add_entity(&d, NKG_CLASS_CITY, S("Baghdad"), 1, "g", &e), 0);
	/* Ends inside the two bytes of ā. */
	assert_int_equal(
	        nkg_doc_add_mention(&d, (struct nkg_span){0, 6}, NKG_MENTION_ENTITY, e, 1, "g"), 0);
	struct out o = write_doc(&d, NKG_FORMAT_NTRIPLES);
	assert_int_equal(o.rc, NKG_EINVAL);
	assert_int_equal(o.len, 0);
	free(o.text);
	d.mentions[0].span = (struct nkg_span){0, 99};
	o = write_doc(&d, NKG_FORMAT_TURTLE);
	assert_int_equal(o.rc, NKG_EINVAL);
	assert_int_equal(o.len, 0);
	free(o.text);
	d.mentions[0].span = (struct nkg_span){0, 8};
	d.mentions[0].target = 7;
	o = write_doc(&d, NKG_FORMAT_NQUADS);
	assert_int_equal(o.rc, NKG_EINVAL);
	assert_int_equal(o.len, 0);
	free(o.text);
	nkg_doc_release(&d);
}

/* Every allocation of ours failing in turn: a clean NKG_ENOMEM, nothing
 * written, nothing leaked (valgrind/ASan), then success. */
static void test_write_out_of_memory(void **state)
{
	struct nkg_doc d;
	struct nkg_graph_options opt = {NKG_FORMAT_NTRIPLES, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w;
	(void)state;
	golden_doc(&d);
	for (unsigned long n = 1;; n++) {
		char *text = NULL;
		size_t len = 0, nt = 0;
		FILE *fp = open_memstream(&text, &len);
		assert_int_equal(nkg_writer_new(&opt, fp, &w), 0);
		nkg_alloc_fail_after(n, 1);
		int rc = nkg_writer_add(w, &d, &nt);
		nkg_alloc_fail_after(0, 0);
		nkg_writer_free(w);
		fclose(fp);
		if (rc == 0) {
			assert_int_equal(nt, 62);
			free(text);
			break;
		}
		assert_int_equal(rc, NKG_ENOMEM);
		assert_int_equal(len, 0);
		free(text);
		assert_true(n < 10000);
	}
	nkg_doc_release(&d);
}

static void test_writer_options(void **state)
{
	enum nkg_format f;
	struct nkg_writer *w = NULL;
	struct nkg_graph_options opt = {NKG_FORMAT_TURTLE, "https://example.org/kg", NULL};
	(void)state;
	assert_int_equal(nkg_format_parse("ttl", &f), 0);
	assert_int_equal(f, NKG_FORMAT_TURTLE);
	assert_int_equal(nkg_format_parse("nt", &f), 0);
	assert_int_equal(f, NKG_FORMAT_NTRIPLES);
	assert_int_equal(nkg_format_parse("nquads", &f), 0);
	assert_int_equal(f, NKG_FORMAT_NQUADS);
	assert_int_equal(nkg_format_parse("trig", &f), NKG_EINVAL);
	assert_int_equal(nkg_format_parse(NULL, &f), NKG_EINVAL);
	assert_int_equal(nkg_writer_new(&opt, stdout, &w), NKG_EINVAL);
	assert_null(w);
	opt.base = "https://example.org/kg/";
	assert_int_equal(nkg_writer_new(&opt, stdout, &w), 0);
	nkg_writer_free(w);
	nkg_writer_free(NULL);
}

/* ---- hostile names through a strict parser -------------------------------- */

static void hostile_doc(struct nkg_doc *d, const char *text, size_t len)
{
	uint32_t e, o, ev, t, q;
	nkg_doc_init(d, text, len);
	d->url = S("https://example.org/a b\"<c>"); /* not an IRI: written as a literal */
	d->title = S("He said \"no\" \\ and\nleft <now>\x01\x1f\x7f");
	d->source = S("Reuters, \"AFP\" <x>,,");
	assert_int_equal(nkg_doc_add_entity(d, NKG_CLASS_PERSON,
	                                    S("Abu \"Mahdi\" <al>\\Muhandis\n\t\x01"), 1, "n", &e),
	                 0);
	assert_int_equal(nkg_entity_add_alt_name(d, e, S("\"\"\"triple\"\"\"")), 0);
	assert_int_equal(nkg_entity_add_alt_name(d, e, S("'''")), 0);
	assert_int_equal(
	        nkg_doc_add_entity(d, NKG_CLASS_ARMED_GROUP, S(">>> }{ |^` <<<"), 1, "n", &o), 0);
	assert_int_equal(nkg_entity_add_role(d, e, S("deputy \"head\"\n"), o, 1, "r"), 0);
	assert_int_equal(nkg_entity_add_role(d, e, S("envoy\\"), NKG_NONE, 1, "r"), 0);
	assert_int_equal(nkg_doc_add_time(d, NKG_TIMEX_DATE, S("20 20\">"), NKG_STR_NULL, "t", &t),
	                 0);
	assert_int_equal(nkg_doc_add_event(d, NKG_EVENT_STATEMENT, 1, "s\"q", &ev), 0);
	d->events[ev].time = t;
	d->events[ev].quantity = S("\"many\"\n");
	assert_int_equal(nkg_event_add_participant(d, ev, e, NKG_ROLE_SPEAKER), 0);
	assert_int_equal(
	        nkg_doc_add_mention(d, (struct nkg_span){0, 4}, NKG_MENTION_ENTITY, e, 1, "a\nb"),
	        0);
	assert_int_equal(
	        nkg_doc_add_mention(d, (struct nkg_span){0, 4}, NKG_MENTION_EVENT, ev, 1, "c"), 0);
	assert_int_equal(nkg_doc_add_quote(d, (struct nkg_span){5, (uint32_t)len}, e, ev, "q", &q),
	                 0);
}

/* rapper parses file as fmt and writes N-Triples to out; its exit status. */
static int rapper(const char *fmt, const char *file, const char *out)
{
	char cmd[1400];
	snprintf(cmd, sizeof(cmd), "rapper -q -i %s -o ntriples %s > %s 2>/dev/null", fmt, file,
	         out);
	return system(cmd);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void spit(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
}

/* Turtle and N-Quads of two documents on one stream, read back by rapper,
 * give exactly the triples of our N-Triples. */
static void test_write_hostile_names_parse(void **state)
{
	static const char t1[] = "Abu: \"x\\y\"\n<z>", t2[] = "Baghd\xc4\x81"
	                                                      "d \"q\"";
	static const struct {
		enum nkg_format f;
		const char *name;
	} fmts[] = {{NKG_FORMAT_NTRIPLES, "ntriples"},
	            {NKG_FORMAT_TURTLE, "turtle"},
	            {NKG_FORMAT_NQUADS, "nquads"}};
	struct nkg_doc a, b;
	char dir[] = "/tmp/nkg-graph-XXXXXX", in[64], out[64];
	(void)state;
	if (system("rapper --version >/dev/null 2>&1") != 0)
		skip(); /* raptor2-utils missing */
	assert_non_null(mkdtemp(dir));
	snprintf(in, sizeof(in), "%s/in", dir);
	snprintf(out, sizeof(out), "%s/out.nt", dir);
	hostile_doc(&a, t1, sizeof(t1) - 1);
	hostile_doc(&b, t2, sizeof(t2) - 1);
	b.id = S("second \"doc\"");
	const struct nkg_doc *docs[] = {&a, &b};
	struct out nt = write_docs(docs, 2, NKG_FORMAT_NTRIPLES, NULL);
	assert_int_equal(nt.rc, 0);
	assert_int_equal(count_lines(nt.text), nt.n_triples);
	char *want = sorted_lines(nt.text, NULL);

	for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		struct out o = write_docs(docs, 2, fmts[i].f, NULL);
		assert_int_equal(o.rc, 0);
		assert_int_equal(o.n_triples, nt.n_triples);
		spit(in, o.text, o.len);
		assert_int_equal(rapper(fmts[i].name, in, out), 0);
		char *back = slurp(out), *got = sorted_lines(back, NULL);
		/* rapper drops the graph names of N-Quads when writing N-Triples. */
		assert_string_equal(got, want);
		free(back);
		free(got);
		free(o.text);
		unlink(in);
		unlink(out);
	}
	rmdir(dir);
	free(want);
	free(nt.text);
	nkg_doc_release(&a);
	nkg_doc_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_write_ntriples_golden),
	        cmocka_unit_test(test_write_codepoint_offsets),
	        cmocka_unit_test(test_write_date_precision),
	        cmocka_unit_test(test_write_deterministic),
	        cmocka_unit_test(test_write_same_person_two_docs),
	        cmocka_unit_test(test_write_nquads_graph_names),
	        cmocka_unit_test(test_write_event_iris),
	        cmocka_unit_test(test_write_event_iris_keyed_by_person_and_unique),
	        cmocka_unit_test(test_write_flight_numbers),
	        cmocka_unit_test(test_write_business_events),
	        cmocka_unit_test(test_write_credit_lines),
	        cmocka_unit_test(test_write_statement_about),
	        cmocka_unit_test(test_write_death_and_described_speaker),
	        cmocka_unit_test(test_write_protest_counts),
	        cmocka_unit_test(test_write_rejects_bad_spans),
	        cmocka_unit_test(test_write_injured_count),
	        cmocka_unit_test(test_write_out_of_memory),
	        cmocka_unit_test(test_writer_options),
	        cmocka_unit_test(test_write_hostile_names_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
