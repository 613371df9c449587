/* test_graph_clock_times.c - a day's clock time in RDF (graph/graph.c's
 * contract, issue 4): its zone, when the text names one, types it
 * time:inXSDDateTimeStamp (xsd:dateTimeStamp) and ends its IRI, so one
 * wall clock in two zones is two times; a time of no zone is
 * time:inXSDDateTime (xsd:dateTime); a part of a day or an unknown year
 * has no such literal; and the graph conforms to ontology/shapes.ttl, whose
 * time shape holds at most one of each. */
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

#define T   "<https://w3id.org/newskg/id/time/"
#define OT  "<http://www.w3.org/2006/time#"
#define XSD "<http://www.w3.org/2001/XMLSchema#"

static const char text[] = "It opened at 9 a.m. EST and 9 a.m. PST, closed at 14:58 GMT, "
                           "met at 3 p.m. and 5:59:13 PM, that morning and at 8 a.m. CET.";

static uint32_t add_time(struct nkg_doc *d, const char *value, const char *offset, uint32_t b,
                         uint32_t e)
{
	uint32_t t;
	assert_int_equal(nkg_doc_add_zoned_time(d, NKG_TIMEX_TIME, S(value), S(offset),
	                                        S("2008-02-01"), "t", &t),
	                 0);
	assert_int_equal(
	        nkg_doc_add_mention(d, (struct nkg_span){b, e}, NKG_MENTION_TIME, t, 1.0f, "t"), 0);
	return t;
}

static void clock_doc(struct nkg_doc *d)
{
	nkg_doc_init(d, text, sizeof(text) - 1);
	d->id = S("clocks");
	d->date = S("2008-02-01");
	d->date_origin = NKG_DATE_OPTION;
	uint32_t est = add_time(d, "2008-02-01T09:00", "-05:00", 13, 23), ev;
	add_time(d, "2008-02-01T09:00", "-08:00", 28, 38);
	add_time(d, "2008-02-01T14:58Z", "", 50, 59);
	add_time(d, "2008-02-01T15:00", "", 68, 74);
	add_time(d, "2008-02-01T17:59:13", "", 79, 89);
	add_time(d, "2008-02-01TMO", "", 91, 103);
	add_time(d, "XXXX-XX-XXT08:00", "+01:00", 111, 121);
	/* "It opened at 9 a.m. EST": a meeting dated by its clock time */
	assert_int_equal(nkg_doc_add_event(d, NKG_EVENT_MEETING, 0.8f, "t", &ev), 0);
	d->events[ev].time = est;
	assert_int_equal(
	        nkg_doc_add_mention(d, (struct nkg_span){3, 9}, NKG_MENTION_EVENT, ev, 0.8f, "t"),
	        0);
	nkg_doc_sort_mentions(d);
}

/* The lines of nt whose predicate is time:inXSDDateTime or
 * time:inXSDDateTimeStamp, in order. */
static void clock_lines(const char *nt, char *out, size_t cap)
{
	char *copy = strdup(nt);
	size_t n = 0;
	assert_non_null(copy);
	out[0] = '\0';
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		if (strstr(line, OT "inXSDDateTime"))
			n += (size_t)snprintf(out + n, cap - n, "%s\n", line);
		assert_true(n < cap);
	}
	free(copy);
}

static const char want[] = T "2008-02-01T09:00-05:00> " OT "inXSDDateTimeStamp> "
                             "\"2008-02-01T09:00:00-05:00\"^^" XSD "dateTimeStamp> .\n" T
                             "2008-02-01T09:00-08:00> " OT "inXSDDateTimeStamp> "
                             "\"2008-02-01T09:00:00-08:00\"^^" XSD "dateTimeStamp> .\n" T
                             "2008-02-01T14:58Z> " OT "inXSDDateTimeStamp> "
                             "\"2008-02-01T14:58:00Z\"^^" XSD "dateTimeStamp> .\n" T
                             "2008-02-01T15:00> " OT "inXSDDateTime> "
                             "\"2008-02-01T15:00:00\"^^" XSD "dateTime> .\n" T
                             "2008-02-01T17:59:13> " OT "inXSDDateTime> "
                             "\"2008-02-01T17:59:13\"^^" XSD "dateTime> .\n";

static void test_clock_times_typed_by_their_zone(void **state)
{
	struct nkg_doc d;
	char lines[2048];
	(void)state;
	clock_doc(&d);
	char *out = write_nt(&d);
	clock_lines(out, lines, sizeof(lines));
	assert_string_equal(lines, want);
	/* the part of a day and the time of an unknown year are times too */
	assert_non_null(strstr(out, T "2008-02-01TMO> "));
	assert_non_null(strstr(out, T "XXXX-XX-XXT08:00%2B01:00> "));
	/* an event dated by a clock time is stamped with it */
	assert_non_null(strstr(out, "<http://schema.org/startDate> "
	                            "\"2008-02-01T09:00:00-05:00\"^^" XSD "dateTimeStamp> .\n"));
	assert_non_null(strstr(out, "<http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> "
	                            "\"2008-02-01T09:00:00-05:00\"^^" XSD "dateTimeStamp> .\n"));
	/* each mention names its own zone's time */
	assert_non_null(strstr(out, "<https://w3id.org/newskg/id/doc/clocks#char=13,23> "
	                            "<http://www.w3.org/2005/11/its/rdf#taIdentRef> " T
	                            "2008-02-01T09:00-05:00> .\n"));
	assert_non_null(strstr(out, "<https://w3id.org/newskg/id/doc/clocks#char=28,38> "
	                            "<http://www.w3.org/2005/11/its/rdf#taIdentRef> " T
	                            "2008-02-01T09:00-08:00> .\n"));

	assert_int_equal(shape_violations(out), 0);
	free(out);
	nkg_doc_release(&d);
}

/* Two literals of one kind on a time, or a time stamp without its zone,
 * break the time shape. */
static void test_clock_shape_holds_one(void **state)
{
	static const char data[] =
	        T "x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " OT "Instant> .\n" T
	          "x> <https://w3id.org/newskg/ns#timexValue> \"x\" .\n" T "x> " OT
	          "inXSDDateTimeStamp> \"2008-02-01T09:00:00-05:00\"^^" XSD "dateTimeStamp> .\n" T
	          "x> " OT "inXSDDateTimeStamp> \"2008-02-01T09:00:00-08:00\"^^" XSD
	          "dateTimeStamp> .\n" T "y> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " OT
	          "Instant> .\n" T "y> <https://w3id.org/newskg/ns#timexValue> \"y\" .\n" T "y> " OT
	          "inXSDDateTimeStamp> \"2008-02-01T09:00:00\"^^" XSD "dateTimeStamp> .\n";
	(void)state;
	/* x's two stamps, y's stamp without a zone */
	assert_int_equal(shape_violations(data), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_clock_times_typed_by_their_zone),
	        cmocka_unit_test(test_clock_shape_holds_one),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
