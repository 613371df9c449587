/* timex_fixture.h - what the time-stage tests share (test_extract_timex.c
 * and tests/test_timex*.c): run(), the time mentions of a text as one
 * line, and CHECK, which compares that line.
 * Include it once, from a test file: its function is static. */
#ifndef NKG_TESTS_TIMEX_FIXTURE_H
#define NKG_TESTS_TIMEX_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"

/* Runs the tokenizer and the time stage on text, with publication date
 * "date" (NULL: none), and writes every time mention in text order as
 * "span=value:T|..." (T: D date, T time, U duration, S set; a time with a
 * UTC offset "span=value@-04:00:T") into out. */
static void run(const char *text, const char *date, char *out, size_t cap)
{
	static const char types[] = "DTUS";
	struct nkg_doc doc;
	struct nkg_tokens toks;
	size_t len = 0;

	nkg_doc_init(&doc, text, strlen(text));
	if (date) {
		doc.date = nkg_str_from_cstr(date);
		doc.date_origin = NKG_DATE_OPTION;
	}
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	assert_int_equal(nkg_find_times(&doc, &toks), 0);
	nkg_doc_sort_mentions(&doc);
	out[0] = '\0';
	for (uint32_t i = 0; i < doc.n_mentions; i++) {
		const struct nkg_mention *m = &doc.mentions[i];
		assert_int_equal(m->kind, NKG_MENTION_TIME);
		const struct nkg_time *t = &doc.times[m->target];
		len += (size_t)snprintf(out + len, cap - len, "%s%.*s=%.*s%s%.*s:%c", i ? "|" : "",
		                        (int)(m->span.end - m->span.begin), text + m->span.begin,
		                        (int)t->value.len, t->value.ptr, t->offset.len ? "@" : "",
		                        (int)t->offset.len, t->offset.ptr, types[t->type]);
		assert_true(len < cap);
	}
	nkg_doc_release(&doc);
}

#define CHECK(text, date, expected)                                                                \
	do {                                                                                       \
		char got_[512];                                                                    \
		run((text), (date), got_, sizeof(got_));                                           \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

#endif
