/* check_doc.h - invariants of tokens and of the document model, checked by
 * the harnesses after each extraction stage (FUZZ_CHECK aborts).
 *
 * What every stage must leave true, whatever the text:
 * - tokens: non-empty, in order, not overlapping, inside the text, on code
 *   point boundaries; the gaps between them hold white space only (every
 *   other code point belongs to a token); sentences partition the tokens in
 *   order and span from their first token's begin to their last's end;
 * - mentions and quotes: spans inside the text, non-empty, on code point
 *   boundaries; targets in range for their kind;
 * - entities: class in range; canonical name non-empty valid UTF-8;
 *   alternative names non-empty, valid, distinct from the name; roles with
 *   a valid title and an organisation index in range; nationality and
 *   container in range;
 * - times: type in range, value non-empty valid UTF-8;
 * - events: class in range, time/place/participants in range;
 * - confidences within [0, 1], rules named;
 * - metadata slices the stages set (title, source, date, dateline place)
 *   valid UTF-8.
 */
#ifndef NKG_FUZZ_CHECK_DOC_H
#define NKG_FUZZ_CHECK_DOC_H

#include <string.h>

#include "../../cli/input.h"
#include "../../core/buf.h"
#include "../../core/utf8.h"
#include "../../extract/doc.h"
#include "../../extract/token.h"
#include "fuzz.h"

/* The text newskg extract would hand the extractor for these raw bytes
 * under --lenient (cli/input.h: BOM dropped, invalid UTF-8 replaced, NUL
 * bytes and blank texts refused), copied into a block of exactly its size
 * so that ASan sees any read past it.  NULL when the CLI would refuse the
 * bytes.  Free with free(). */
static inline char *fuzz_article_text(const uint8_t *data, size_t size, size_t *len)
{
	struct nkg_buf repair;
	struct nkg_str text;
	size_t replaced = 0, bad = 0;
	char *copy = NULL;

	nkg_buf_init(&repair, 0);
	if (nkg_input_check_text((const char *)data, size, &repair, &text, &replaced, &bad) == 0) {
		copy = malloc(text.len);
		FUZZ_CHECK(copy != NULL);
		memcpy(copy, text.ptr, text.len);
		*len = text.len;
	}
	nkg_buf_release(&repair);
	return copy;
}

static inline int fuzz_on_boundary(const struct nkg_doc *doc, size_t off)
{
	return off == doc->text_len ||
	       (off < doc->text_len && ((unsigned char)doc->text[off] & 0xC0) != 0x80);
}

static inline void fuzz_check_span(const struct nkg_doc *doc, struct nkg_span sp)
{
	FUZZ_CHECK(sp.begin < sp.end);
	FUZZ_CHECK(sp.end <= doc->text_len);
	FUZZ_CHECK(fuzz_on_boundary(doc, sp.begin));
	FUZZ_CHECK(fuzz_on_boundary(doc, sp.end));
}

static inline void fuzz_check_str(struct nkg_str s, int may_be_empty)
{
	FUZZ_CHECK(may_be_empty || s.len > 0);
	FUZZ_CHECK(s.len == 0 || s.ptr != NULL);
	FUZZ_CHECK(nkg_utf8_validate(s.ptr, s.len, NULL) == 0);
	FUZZ_CHECK(s.len == 0 || memchr(s.ptr, '\0', s.len) == NULL);
}

static inline void fuzz_check_conf(float c, const char *rule)
{
	FUZZ_CHECK(c >= 0.0f && c <= 1.0f); /* false for NaN too */
	FUZZ_CHECK(rule != NULL && rule[0] != '\0');
}

static inline void fuzz_check_tokens(const struct nkg_doc *doc, const struct nkg_tokens *t)
{
	size_t prev_end = 0;

	FUZZ_CHECK(t->n == 0 || t->toks != NULL);
	for (uint32_t k = 0; k < t->n; k++) {
		const struct nkg_token *tok = &t->toks[k];
		FUZZ_CHECK(tok->begin >= prev_end);
		fuzz_check_span(doc, (struct nkg_span){tok->begin, tok->end});
		/* The gap before it is white space only. */
		for (size_t i = prev_end; i < tok->begin;)
			FUZZ_CHECK(nkg_cp_is_space(nkg_utf8_next(doc->text, doc->text_len, &i)));
		size_t i = tok->begin;
		FUZZ_CHECK(!nkg_cp_is_space(nkg_utf8_next(doc->text, doc->text_len, &i)));
		FUZZ_CHECK(tok->sentence < t->n_sents);
		FUZZ_CHECK(k == 0 || tok->sentence >= t->toks[k - 1].sentence);
		FUZZ_CHECK(!(tok->flags & NKG_TOK_SENT_START) ==
		           !(t->sents[tok->sentence].first == k));
		prev_end = tok->end;
	}
	for (size_t i = prev_end; i < doc->text_len;)
		FUZZ_CHECK(nkg_cp_is_space(nkg_utf8_next(doc->text, doc->text_len, &i)));

	uint32_t next = 0;
	for (uint32_t s = 0; s < t->n_sents; s++) {
		const struct nkg_sentence *se = &t->sents[s];
		FUZZ_CHECK(se->count > 0);
		FUZZ_CHECK(se->first == next);
		FUZZ_CHECK(se->first + (uint64_t)se->count <= t->n);
		FUZZ_CHECK(se->begin == t->toks[se->first].begin);
		FUZZ_CHECK(se->end == t->toks[se->first + se->count - 1].end);
		for (uint32_t k = se->first; k < se->first + se->count; k++)
			FUZZ_CHECK(t->toks[k].sentence == s);
		next = se->first + se->count;
	}
	FUZZ_CHECK(next == t->n);
}

static inline void fuzz_check_doc(const struct nkg_doc *doc)
{
	fuzz_check_str(doc->title, 1);
	fuzz_check_str(doc->source, 1);
	fuzz_check_str(doc->date, 1);
	fuzz_check_str(doc->dateline_place, 1);

	FUZZ_CHECK(doc->n_entities <= doc->cap_entities);
	for (uint32_t k = 0; k < doc->n_entities; k++) {
		const struct nkg_entity *e = &doc->entities[k];
		FUZZ_CHECK((unsigned)e->cls < NKG_CLASS_COUNT);
		fuzz_check_str(e->name, 0);
		fuzz_check_conf(e->confidence, e->rule);
		FUZZ_CHECK(e->n_alt_names <= e->cap_alt_names);
		for (uint32_t a = 0; a < e->n_alt_names; a++) {
			fuzz_check_str(e->alt_names[a], 0);
			FUZZ_CHECK(!nkg_str_eq(e->alt_names[a], e->name));
		}
		for (uint32_t r = 0; r < e->n_roles; r++) {
			fuzz_check_str(e->roles[r].title, 0);
			FUZZ_CHECK(e->roles[r].org == NKG_NONE ||
			           e->roles[r].org < doc->n_entities);
			fuzz_check_conf(e->roles[r].confidence, e->roles[r].rule);
		}
		FUZZ_CHECK(e->nationality == NKG_NONE || e->nationality < doc->n_entities);
		FUZZ_CHECK(e->container == NKG_NONE || e->container < doc->n_entities);
		FUZZ_CHECK(e->container != k);
		fuzz_check_str(e->lex_id, 1);
	}
	for (uint32_t k = 0; k < doc->n_times; k++) {
		const struct nkg_time *t = &doc->times[k];
		FUZZ_CHECK((unsigned)t->type <= NKG_TIMEX_SET);
		fuzz_check_str(t->value, 0);
		fuzz_check_str(t->anchor, 1);
		fuzz_check_conf(t->confidence, t->rule);
	}
	for (uint32_t k = 0; k < doc->n_events; k++) {
		const struct nkg_event *ev = &doc->events[k];
		FUZZ_CHECK((unsigned)ev->cls < NKG_EVENT_COUNT);
		FUZZ_CHECK(ev->time == NKG_NONE || ev->time < doc->n_times);
		FUZZ_CHECK(ev->place == NKG_NONE || ev->place < doc->n_entities);
		for (uint32_t p = 0; p < ev->n_participants; p++) {
			FUZZ_CHECK(ev->participants[p].entity < doc->n_entities);
			FUZZ_CHECK((unsigned)ev->participants[p].role < NKG_ROLE_COUNT);
		}
		fuzz_check_str(ev->quantity, 1);
		fuzz_check_conf(ev->confidence, ev->rule);
	}
	for (uint32_t k = 0; k < doc->n_quotes; k++) {
		const struct nkg_quote *q = &doc->quotes[k];
		fuzz_check_span(doc, q->text);
		FUZZ_CHECK(q->speaker == NKG_NONE || q->speaker < doc->n_entities);
		FUZZ_CHECK(q->event == NKG_NONE || q->event < doc->n_events);
		fuzz_check_conf(q->confidence, q->rule);
	}
	for (uint32_t k = 0; k < doc->n_mentions; k++) {
		const struct nkg_mention *m = &doc->mentions[k];
		fuzz_check_span(doc, m->span);
		fuzz_check_conf(m->confidence, m->rule);
		switch (m->kind) {
		case NKG_MENTION_ENTITY: FUZZ_CHECK(m->target < doc->n_entities); break;
		case NKG_MENTION_EVENT: FUZZ_CHECK(m->target < doc->n_events); break;
		case NKG_MENTION_TIME: FUZZ_CHECK(m->target < doc->n_times); break;
		default: FUZZ_CHECK(!"mention kind out of range");
		}
	}
}

#endif
