/* test_extract_ner.c - the averaged-perceptron name tagger: features,
 * training, decoding, model files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "extract/embedded.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/ner.h"

struct sent {
	struct nkg_doc doc;
	struct nkg_tokens toks;
	struct nkg_ner_input in[64];
};

/* Tokenizes text (one sentence) with empty rule inputs. */
static void sent_init(struct sent *s, const char *text)
{
	memset(s->in, 0, sizeof(s->in));
	nkg_doc_init(&s->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&s->doc, &s->toks), 0);
	assert_true(s->toks.n <= 64);
	assert_int_equal(s->toks.n_sents, 1);
}

static void feats_of(struct sent *s, uint32_t i, uint32_t f[NKG_NER_NFEAT])
{
	nkg_ner_features(&s->doc, &s->toks, s->in, 0, s->toks.n, i, f);
}

static void test_features_exact_values(void **state)
{
	(void)state;
	struct sent a, b;
	uint32_t fa[NKG_NER_NFEAT], fb[NKG_NER_NFEAT], fc[NKG_NER_NFEAT];
	sent_init(&a, "Then Paris voted .");
	sent_init(&b, "Then PARIS and Lyons voted .");
	feats_of(&a, 1, fa);
	/* murmur3 steps over (seed, template, value), values FNV-1a of the
	 * strings (computed independently in Python): the bias is a constant,
	 * the word is FNV-1a of "paris", the shape of "Xxxxx". */
	assert_int_equal(fa[0], 0x064e0951u);
	assert_int_equal(fa[1], 0xb52d1963u);
	assert_int_equal(fa[2], 0x8e830ef8u);
	feats_of(&b, 1, fb);
	assert_int_equal(fa[0], fb[0]);
	assert_int_equal(fa[1], fb[1]);       /* words are lower-cased: paris */
	assert_int_not_equal(fa[2], fb[2]);   /* shapes differ: Xxxxx, XXXXX */
	assert_int_equal(fa[13], fb[13]);     /* previous word: then */
	assert_int_not_equal(fa[15], fb[15]); /* next word: voted, and */
	feats_of(&b, 3, fc);                  /* Lyons */
	assert_int_equal(fa[2], fc[2]);       /* same shape as Paris */
	assert_int_equal(fa[3], fc[3]);       /* short shape Xx */
	assert_int_not_equal(fa[1], fc[1]);
	assert_int_equal(fa[8], fc[8]); /* suffix "s" */
	/* The rules' decision is a feature. */
	a.in[1].hint = NKG_NER_HINT_PLACE;
	a.in[1].hint_begin = true;
	a.in[1].rule = "entities.gazetteer.city";
	feats_of(&a, 1, fb);
	assert_int_equal(fa[1], fb[1]);
	assert_int_not_equal(fa[30], fb[30]);
	assert_int_not_equal(fa[31], fb[31]);
	nkg_doc_release(&a.doc);
	nkg_doc_release(&b.doc);
}

/* What the word was elsewhere in the document is a feature of the token
 * (templates 44-46), and of no neighbour's own templates. */
static void test_features_document_bits(void **state)
{
	(void)state;
	struct sent a;
	uint32_t fa[NKG_NER_NFEAT], fb[NKG_NER_NFEAT], fc[NKG_NER_NFEAT];
	sent_init(&a, "Then Jackson scored .");
	feats_of(&a, 1, fa);
	a.in[1].doc = NKG_NER_DOC_PERSON | NKG_NER_DOC_STRONG | NKG_NER_DOC_MULTI;
	feats_of(&a, 1, fb);
	for (int k = 0; k < 44; k++)
		assert_int_equal(fa[k], fb[k]);
	for (int k = 44; k < 47; k++)
		assert_int_not_equal(fa[k], fb[k]);
	/* the kinds (44) and the writing (45) are separate templates */
	a.in[1].doc = NKG_NER_DOC_PERSON;
	feats_of(&a, 1, fc);
	assert_int_equal(fb[44], fc[44]);
	assert_int_not_equal(fb[45], fc[45]);
	feats_of(&a, 2, fb); /* "scored": its own templates ignore Jackson's bits */
	a.in[1].doc = 0;
	feats_of(&a, 2, fc);
	for (int k = 44; k < 47; k++)
		assert_int_equal(fb[k], fc[k]);
	nkg_doc_release(&a.doc);
}

/* entities.c fills in the document bits from the rules' chunks and the
 * case of the word's other occurrences (case folded, the token itself not
 * counted). */
static void test_document_bits_from_rules(void **state)
{
	(void)state;
	static const char text[] = "Jackson scored twice. The coach praised Vincent Jackson. "
	                           "Police said the police left. Smith won.";
	struct nkg_doc doc;
	struct nkg_tokens toks;
	struct nkg_ner_input in[64];
	nkg_doc_init(&doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&doc, &toks), 0);
	assert_true(toks.n <= 64);
	memset(in, 0xff, sizeof(in));
	assert_int_equal(nkg_entities_ner_input(&doc, &toks, in), 0);
	/* "Jackson" (0) and "Jackson" (8) in the person "Vincent Jackson" */
	assert_memory_equal(text + toks.toks[8].begin, "Jackson", 7);
	assert_int_equal(in[0].doc, NKG_NER_DOC_PERSON | NKG_NER_DOC_STRONG | NKG_NER_DOC_MULTI);
	/* the first: weak, alone, and to the rules the town Jackson */
	assert_int_equal(in[8].doc, NKG_NER_DOC_PLACE);
	assert_memory_equal(text + toks.toks[10].begin, "Police", 6);
	assert_int_equal(in[10].doc, NKG_NER_DOC_LOWER);
	assert_int_equal(in[13].doc, 0); /* lower case: never filled in */
	assert_memory_equal(text + toks.toks[16].begin, "Smith", 5);
	assert_int_equal(in[16].doc, 0); /* once in the document */
	nkg_doc_release(&doc);
}

/* A sentence's features at once are those of its tokens one by one,
 * boundaries included, with rule inputs on some tokens. */
static void test_features_sentence_equals_tokens(void **state)
{
	(void)state;
	static const char text[] = "The chief of Acme Corp. , John O'Neil-Smith , met \"PARIS\" "
	                           "officials in Zürich today .";
	struct sent s;
	uint64_t scratch[4096];
	uint32_t all[64 * NKG_NER_NFEAT], one[NKG_NER_NFEAT];

	nkg_doc_init(&s.doc, text, strlen(text));
	memset(s.in, 0, sizeof(s.in));
	assert_int_equal(nkg_tokenize(&s.doc, &s.toks), 0);
	assert_true(s.toks.n > 10 && s.toks.n <= 64);
	s.in[3].hint = NKG_NER_HINT_ORG;
	s.in[3].hint_begin = true;
	s.in[3].rule = "entities.org-head";
	s.in[4].hint = NKG_NER_HINT_ORG;
	s.in[4].rule = "entities.org-head";
	s.in[4].lex = 8;
	s.in[15].place = 3;
	s.in[15].demonym = true;
	assert_true(nkg_ner_scratch_size(s.toks.n) <= sizeof(scratch));
	/* a sentence inside the tokens: [2, n - 1) */
	uint32_t first = 2, count = s.toks.n - 3;
	nkg_ner_sentence_features(&s.doc, &s.toks, s.in, first, count, scratch, all);
	for (uint32_t i = 0; i < count; i++) {
		nkg_ner_features(&s.doc, &s.toks, s.in, first, count, first + i, one);
		assert_memory_equal(all + (size_t)i * NKG_NER_NFEAT, one, sizeof(one));
	}
	/* boundaries: token 0 of the window sees <S> twice, the first and second
	 * tokens' previous-word features differ */
	assert_int_not_equal(all[13], all[NKG_NER_NFEAT + 13]);
	assert_int_equal(all[14], all[NKG_NER_NFEAT + 14]); /* word -2: <S> for both */
	nkg_doc_release(&s.doc);
}

static const char *const corpus[] = {
        "John Smith visited Paris .", "Acme Corp hired Mary Jones .", "Mary Jones left Acme Corp .",
        "John Smith saw Berlin .",    "Paris and Berlin met .",
};
static const uint8_t corpus_tags[][6] = {
        {1, 2, 0, 5, 0}, {3, 4, 0, 1, 2, 0}, {1, 2, 0, 3, 4, 0}, {1, 2, 0, 5, 0}, {5, 0, 5, 0, 0},
};

static struct nkg_ner_trainer *tiny_trainer(void)
{
	struct nkg_ner_trainer *t = nkg_ner_trainer_new(12);
	assert_non_null(t);
	for (size_t k = 0; k < sizeof(corpus) / sizeof(corpus[0]); k++) {
		struct sent s;
		uint32_t f[8 * NKG_NER_NFEAT];
		sent_init(&s, corpus[k]);
		for (uint32_t i = 0; i < s.toks.n; i++)
			feats_of(&s, i, f + (size_t)i * NKG_NER_NFEAT);
		assert_int_equal(nkg_ner_trainer_add(t, f, corpus_tags[k], s.toks.n), 0);
		nkg_doc_release(&s.doc);
	}
	return t;
}

static void test_train_learns_tiny_corpus(void **state)
{
	(void)state;
	struct nkg_ner_trainer *t = tiny_trainer();
	struct nkg_ner_model *m = NULL;
	uint64_t errors = 99;
	uint32_t sents, toks;
	nkg_ner_trainer_counts(t, &sents, &toks);
	assert_int_equal(sents, 5);
	assert_int_equal(toks, 27);
	assert_int_equal(nkg_ner_train(t, 8, 1, &m, &errors), 0);
	assert_int_equal(errors, 0);
	/* Every training sentence comes back with its tags. */
	for (size_t k = 0; k < sizeof(corpus) / sizeof(corpus[0]); k++) {
		struct sent s;
		uint8_t tags[64];
		uint64_t scratch[2048];
		sent_init(&s, corpus[k]);
		assert_true(nkg_ner_scratch_size(s.toks.n) <= sizeof(scratch));
		nkg_ner_tag_sentence(m, &s.doc, &s.toks, s.in, 0, s.toks.n, scratch, tags);
		assert_memory_equal(tags, corpus_tags[k], s.toks.n);
		nkg_doc_release(&s.doc);
	}
	/* An unseen sentence with known words. */
	struct sent s;
	uint8_t tags[64];
	uint64_t scratch[2048];
	sent_init(&s, "Mary Jones visited Berlin .");
	assert_true(nkg_ner_scratch_size(s.toks.n) <= sizeof(scratch));
	nkg_ner_tag_sentence(m, &s.doc, &s.toks, s.in, 0, s.toks.n, scratch, tags);
	static const uint8_t want[] = {NKG_NER_B_PER, NKG_NER_I_PER, NKG_NER_O, NKG_NER_B_LOC,
	                               NKG_NER_O};
	assert_memory_equal(tags, want, sizeof(want));
	nkg_doc_release(&s.doc);
	nkg_ner_model_free(m);
	nkg_ner_trainer_free(t);
}

static void test_train_is_deterministic_and_round_trips(void **state)
{
	(void)state;
	struct nkg_ner_trainer *t = tiny_trainer();
	struct nkg_ner_model *m1 = NULL, *m2 = NULL, *m3 = NULL;
	void *d1, *d2, *d3;
	size_t l1, l2, l3;
	assert_int_equal(nkg_ner_train(t, 5, 7, &m1, NULL), 0);
	assert_int_equal(nkg_ner_train(t, 5, 7, &m2, NULL), 0);
	assert_int_equal(nkg_ner_model_save(m1, &d1, &l1), 0);
	assert_int_equal(nkg_ner_model_save(m2, &d2, &l2), 0);
	assert_int_equal(l1, l2);
	assert_memory_equal(d1, d2, l1);
	assert_memory_equal(d1, "NKGNER1\n", 8);
	/* load then save gives the same bytes */
	assert_int_equal(nkg_ner_model_load(d1, l1, &m3), 0);
	assert_int_equal(nkg_ner_model_save(m3, &d3, &l3), 0);
	assert_int_equal(l1, l3);
	assert_memory_equal(d1, d3, l1);
	/* damaged files are refused */
	assert_int_equal(nkg_ner_model_load(d1, l1 - 1, &m3), NKG_EINVAL);
	((unsigned char *)d1)[0] = 'X';
	assert_int_equal(nkg_ner_model_load(d1, l1, &m3), NKG_EINVAL);
	nkg_free(d1);
	nkg_free(d2);
	nkg_free(d3);
	nkg_ner_model_free(m1);
	nkg_ner_model_free(m2);
	nkg_ner_model_free(m3);
	nkg_ner_trainer_free(t);
}

/* A hand-written model file: 2^10 buckets, weights on one bucket. */
static size_t put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
	return 4;
}

/* Where a model file's 64 uint32 transitions start: after the magic, bits,
 * n_tags, version, word-class table stamp (2) and scale. */
#define TRANS_OFF (8 + 24)

/* The stamp of the embedded word-class table, which a model must carry. */
static void table_stamp(uint32_t *count, uint32_t *hash)
{
	for (size_t i = 0; i < nkg_model_files_count; i++)
		if (strcmp(nkg_model_files[i].name, "wordclusters.bin") == 0) {
			assert_int_equal(nkg_ner_table_stamp(nkg_model_files[i].data,
			                                     nkg_model_files[i].len, count, hash),
			                 0);
			return;
		}
	fail_msg("no wordclusters.bin embedded");
}

static size_t hand_model(unsigned char *p, uint32_t bucket, int tag, uint8_t weight)
{
	size_t n = 0;
	float scale = 1.0f;
	uint32_t sb, count, hash;
	memcpy(&sb, &scale, 4);
	table_stamp(&count, &hash);
	memcpy(p, "NKGNER1\n", 8);
	n = 8;
	n += put_u32(p + n, 10);
	n += put_u32(p + n, NKG_NER_NTAGS);
	n += put_u32(p + n, NKG_NER_VERSION);
	n += put_u32(p + n, count);
	n += put_u32(p + n, hash);
	n += put_u32(p + n, sb);
	for (int i = 0; i < 64; i++)
		n += put_u32(p + n, 0);
	n += put_u32(p + n, 1);
	/* varint gap (bucket < 1024: two bytes at most) */
	if (bucket < 128) {
		p[n++] = (unsigned char)bucket;
	} else {
		p[n++] = (unsigned char)(0x80 | (bucket & 0x7f));
		p[n++] = (unsigned char)(bucket >> 7);
	}
	for (int t = 0; t < NKG_NER_NTAGS; t++)
		p[n++] = t == tag ? (unsigned char)(weight * 2) : 0; /* zig-zag of a positive */
	return n;
}

static void test_decode_hand_model_and_bio_constraint(void **state)
{
	(void)state;
	struct sent s;
	uint32_t f[NKG_NER_NFEAT];
	unsigned char file[512];
	uint8_t tags[64];
	uint64_t scratch[512];
	struct nkg_ner_model *m = NULL;

	sent_init(&s, "They went to Paris .");
	assert_true(nkg_ner_scratch_size(s.toks.n) <= sizeof(scratch));
	feats_of(&s, 3, f);
	uint32_t bucket = f[1] & 1023; /* the word "paris" */
	assert_int_equal(nkg_ner_model_load(file, hand_model(file, bucket, NKG_NER_B_LOC, 50), &m),
	                 0);
	nkg_ner_tag_sentence(m, &s.doc, &s.toks, s.in, 0, s.toks.n, scratch, tags);
	static const uint8_t want[] = {0, 0, 0, NKG_NER_B_LOC, 0};
	assert_memory_equal(tags, want, 5);
	/* margins: O minus the best name tag, in weight units (scale 1) */
	float margins[5];
	memset(tags, 0xff, sizeof(tags));
	nkg_ner_tag_sentence_margins(m, &s.doc, &s.toks, s.in, 0, s.toks.n, scratch, tags, margins);
	assert_memory_equal(tags, want, 5);
	assert_float_equal(margins[3], -50.0f, 0.0f);
	assert_float_equal(margins[0], 0.0f, 0.0f);
	assert_float_equal(margins[4], 0.0f, 0.0f);
	nkg_ner_model_free(m);
	/* I-LOC may not follow O: the best sequence pays for a B-LOC before it. */
	assert_int_equal(nkg_ner_model_load(file, hand_model(file, bucket, NKG_NER_I_LOC, 50), &m),
	                 0);
	nkg_ner_tag_sentence(m, &s.doc, &s.toks, s.in, 0, s.toks.n, scratch, tags);
	static const uint8_t inside[] = {0, 0, NKG_NER_B_LOC, NKG_NER_I_LOC, 0};
	assert_memory_equal(tags, inside, 5);
	nkg_ner_model_free(m);
	nkg_doc_release(&s.doc);
}

static void test_trainer_rejects_bad_tags(void **state)
{
	(void)state;
	struct nkg_ner_trainer *t = nkg_ner_trainer_new(10);
	uint32_t f[2 * NKG_NER_NFEAT] = {0};
	static const uint8_t i_first[] = {NKG_NER_I_PER, NKG_NER_O};
	static const uint8_t out_of_range[] = {NKG_NER_O, NKG_NER_NTAGS};
	assert_non_null(t);
	assert_int_equal(nkg_ner_trainer_add(t, f, i_first, 2), NKG_EINVAL);
	assert_int_equal(nkg_ner_trainer_add(t, f, out_of_range, 2), NKG_EINVAL);
	assert_null(nkg_ner_trainer_new(9));
	nkg_ner_trainer_free(t);
}

static void test_default_model_is_embedded(void **state)
{
	(void)state;
	const struct nkg_ner_model *m = NULL;
	assert_int_equal(nkg_ner_default(&m), 0);
	assert_non_null(m);
	assert_string_equal(nkg_ner_tag_name(NKG_NER_I_ORG), "I-ORG");
	nkg_ner_default_free();
}

static void test_default_model_can_be_replaced(void **state)
{
	(void)state;
	const struct nkg_ner_model *m = NULL, *embedded = NULL;
	struct nkg_ner_trainer *t = tiny_trainer();
	struct nkg_ner_model *mine = NULL;
	assert_int_equal(nkg_ner_train(t, 2, 1, &mine, NULL), 0);
	nkg_ner_trainer_free(t);
	assert_int_equal(nkg_ner_default(&embedded), 0);
	assert_non_null(embedded);
	nkg_ner_default_set(mine); /* consumed */
	assert_int_equal(nkg_ner_default(&m), 0);
	assert_ptr_equal(m, mine);
	nkg_ner_default_set(NULL); /* frees mine; rules alone */
	m = embedded;
	assert_int_equal(nkg_ner_default(&m), 0);
	assert_null(m);
	nkg_ner_default_free(); /* back to the embedded model on next use */
	assert_int_equal(nkg_ner_default(&m), 0);
	assert_non_null(m);
}

/* ---- windows: tagging in bounded memory --------------------------------- */

/* A text of `reps` copies of unit (each followed by a space), as one
 * sentence; in (one per token) is allocated and zeroed.  Free with
 * long_release. */
struct long_sent {
	char *text;
	struct nkg_doc doc;
	struct nkg_tokens toks;
	struct nkg_ner_input *in;
};

static void long_init(struct long_sent *s, const char *unit, size_t reps, const char *tail)
{
	size_t u = strlen(unit), t = strlen(tail);
	s->text = malloc(u * reps + t + 1);
	assert_non_null(s->text);
	for (size_t k = 0; k < reps; k++)
		memcpy(s->text + k * u, unit, u);
	memcpy(s->text + u * reps, tail, t + 1);
	nkg_doc_init(&s->doc, s->text, u * reps + t);
	assert_int_equal(nkg_tokenize(&s->doc, &s->toks), 0);
	assert_int_equal(s->toks.n_sents, 1);
	s->in = calloc(s->toks.n, sizeof(*s->in));
	assert_non_null(s->in);
}

static void long_release(struct long_sent *s)
{
	nkg_doc_release(&s->doc);
	free(s->in);
	free(s->text);
}

/* Tags s with window w into tags (s->toks.n entries); returns the forced seams. */
static uint32_t tag_long(const struct nkg_ner_model *m, struct long_sent *s, uint32_t w,
                         uint8_t *tags, float *margins)
{
	size_t size = nkg_ner_tag_scratch_size(s->toks.n, w);
	assert_true(size <= nkg_ner_scratch_size(s->toks.n));
	void *scratch = malloc(size);
	assert_non_null(scratch);
	memset(tags, 0xee, s->toks.n);
	uint32_t forced = nkg_ner_tag_window(m, &s->doc, &s->toks, s->in, 0, s->toks.n, w, scratch,
	                                     tags, margins);
	free(scratch);
	return forced;
}

/* The tagger's scratch stops growing at the window: 256 tokens of emission
 * scores (32 bytes each), features (208) and views (88, four more), and
 * 1,024 rows of back pointers (8); never more than decoding whole needs. */
static void test_window_scratch_is_bounded(void **state)
{
	(void)state;
	size_t most = 256 * (32 + 208) + 260 * 88 + 1024 * 8;
	assert_int_equal(nkg_ner_tag_scratch_size(UINT32_MAX, NKG_NER_WINDOW), most);
	assert_int_equal(nkg_ner_tag_scratch_size(NKG_NER_WINDOW, NKG_NER_WINDOW), most);
	assert_int_equal(nkg_ner_tag_scratch_size(NKG_NER_WINDOW - 1, NKG_NER_WINDOW), most - 8);
	assert_int_equal(nkg_ner_tag_scratch_size(10, 0), nkg_ner_tag_scratch_size(10, 2));
	assert_int_equal(nkg_ner_tag_scratch_size(10, 2), 2 * (32 + 208) + 6 * 88 + 2 * 8);
	for (uint32_t n = 0; n <= 3000; n++)
		assert_true(nkg_ner_tag_scratch_size(n, NKG_NER_WINDOW) <= nkg_ner_scratch_size(n));
}

/* A sentence of 600 tokens, longer than a block of features (256) and than
 * the windows: every window gives exactly the tags of decoding it whole
 * (nkg_ner_tag_features over all its features), because the decoder's
 * paths agree within a few tokens; so do the margins. */
static void test_window_long_sentence_equals_whole(void **state)
{
	(void)state;
	struct nkg_ner_trainer *t = tiny_trainer();
	struct nkg_ner_model *m = NULL;
	assert_int_equal(nkg_ner_train(t, 8, 1, &m, NULL), 0);
	nkg_ner_trainer_free(t);
	struct long_sent s;
	/* 12 tokens a copy, 50 copies */
	long_init(&s, "John Smith visited Paris and Mary Jones left Acme Corp and Berlin ", 50, "");
	uint32_t n = s.toks.n;
	assert_int_equal(n, 600);

	/* whole: the features of the sentence, decoded in one piece */
	uint32_t *feats = malloc((size_t)n * NKG_NER_NFEAT * sizeof(*feats));
	void *scratch = malloc(nkg_ner_scratch_size(n));
	uint8_t *whole = malloc(n), *tags = malloc(n);
	float *mw = malloc(n * sizeof(float)), *mt = malloc(n * sizeof(float));
	assert_true(feats && scratch && whole && tags && mw && mt);
	nkg_ner_sentence_features(&s.doc, &s.toks, s.in, 0, n, scratch, feats);
	nkg_ner_tag_features(m, feats, n, scratch, whole);
	/* the tags a copy of the unit gets, and Berlin at the end */
	static const uint8_t unit[12] = {NKG_NER_B_PER, NKG_NER_I_PER, NKG_NER_O,
	                                 NKG_NER_B_LOC, NKG_NER_O,     NKG_NER_B_PER,
	                                 NKG_NER_I_PER, NKG_NER_O,     NKG_NER_B_ORG,
	                                 NKG_NER_I_ORG, NKG_NER_O,     NKG_NER_B_LOC};
	for (uint32_t i = 0; i < n; i++)
		assert_int_equal(whole[i], unit[i % 12]);

	/* windows from 2 tokens to more than the sentence: the paths of this
	 * model agree after two tokens (after one before the word classes of
	 * version 4), so a window of 2 forces a seam in each copy, where the
	 * best path so far is the whole's, and wider ones force none */
	static const uint32_t windows[] = {2, 3, 8, 13, 64, 256, 599, 600, NKG_NER_WINDOW};
	for (size_t k = 0; k < sizeof(windows) / sizeof(windows[0]); k++) {
		assert_int_equal(tag_long(m, &s, windows[k], tags, k == 0 ? mt : NULL),
		                 k == 0 ? 50 : 0);
		assert_memory_equal(tags, whole, n);
	}
	/* at and around the seams of the blocks (256, 512) and of a window of 8 */
	nkg_ner_tag_sentence_margins(m, &s.doc, &s.toks, s.in, 0, n, scratch, tags, mw);
	assert_memory_equal(tags, whole, n);
	assert_memory_equal(mt, mw, n * sizeof(float));
	assert_int_equal(tags[255], NKG_NER_B_LOC); /* Paris, the last of block 1 */
	assert_int_equal(tags[256], NKG_NER_O);
	assert_int_equal(tags[257], NKG_NER_B_PER); /* Mary Jones across nothing */
	assert_int_equal(tags[258], NKG_NER_I_PER);
	assert_int_equal(tags[599], NKG_NER_B_LOC);
	free(feats);
	free(scratch);
	free(whole);
	free(tags);
	free(mw);
	free(mt);
	long_release(&s);
	nkg_ner_model_free(m);
}

/* A hand-written model whose paths never agree: every tag rewards staying
 * the same tag (10), nothing else but the word "paris" (50 for B-PER). */
static size_t sticky_model(unsigned char *p, uint32_t bucket)
{
	size_t n = hand_model(p, bucket, NKG_NER_B_PER, 50);
	for (int t = 0; t < NKG_NER_NTAGS; t++)
		put_u32(p + TRANS_OFF + 4 * (size_t)(t * 8 + t), 10);
	return n;
}

/* Where the paths do not agree within the window the best path so far
 * decides the first half of it: "x x ... x Paris" decoded whole is B-PER on
 * every token (staying B-PER ten times plus Paris's 50 beat all O then a
 * B-PER at Paris), but a window of 4 sees only ties of O and B-PER there
 * and takes O (ties go to the lower tag). */
static void test_window_forced_seam(void **state)
{
	(void)state;
	struct long_sent s;
	unsigned char file[512];
	uint32_t f[NKG_NER_NFEAT];
	uint8_t tags[16], margin_tags[16];
	float margins[16];
	struct nkg_ner_model *m = NULL;

	long_init(&s, "x ", 10, "Paris");
	assert_int_equal(s.toks.n, 11);
	nkg_ner_features(&s.doc, &s.toks, s.in, 0, 11, 10, f);
	assert_int_equal(nkg_ner_model_load(file, sticky_model(file, f[1] & 1023), &m), 0);
	/* whole (window 11 or more): a B-PER on every token */
	assert_int_equal(tag_long(m, &s, 11, tags, NULL), 0);
	static const uint8_t whole[11] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
	assert_memory_equal(tags, whole, 11);
	/* window 4: a seam is forced after 5 tokens (3 decided O); then the
	 * paths agree again and Paris alone is the name */
	assert_int_equal(tag_long(m, &s, 4, tags, NULL), 1);
	static const uint8_t windowed[11] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NKG_NER_B_PER};
	assert_memory_equal(tags, windowed, 11);
	/* margins do not depend on the window */
	assert_int_equal(tag_long(m, &s, 2, margin_tags, margins), 1);
	assert_memory_equal(margin_tags, windowed, 11);
	assert_float_equal(margins[10], -50.0f, 0.0f);
	assert_float_equal(margins[9], 0.0f, 0.0f);
	nkg_ner_model_free(m);
	long_release(&s);
}

/* A forced seam decides only the first half of the window: the second half
 * stays open to what follows.  Model: O -> O, B-PER -> I-PER and I-PER ->
 * I-PER reward 10, "smith" as I-PER 50.  Whole, "x x x x x Smith" is one
 * six-word person (100 against 90 for "x Smith").  A window of 4 cannot
 * tell the all-O path from the person started at the first x when the seam
 * is forced at the fifth token, takes O for the first three, and the fourth
 * and fifth are still open when Smith arrives: "x Smith" is the person.
 * Deciding the whole window there would have left Smith no name. */
static void test_window_forced_seam_leaves_second_half_open(void **state)
{
	(void)state;
	struct long_sent s;
	unsigned char file[512];
	uint32_t f[NKG_NER_NFEAT];
	uint8_t tags[8];
	struct nkg_ner_model *m = NULL;

	long_init(&s, "x ", 5, "Smith");
	assert_int_equal(s.toks.n, 6);
	nkg_ner_features(&s.doc, &s.toks, s.in, 0, 6, 5, f);
	size_t n = hand_model(file, f[1] & 1023, NKG_NER_I_PER, 50);
	put_u32(file + TRANS_OFF + 4 * (NKG_NER_O * 8 + NKG_NER_O), 10);
	put_u32(file + TRANS_OFF + 4 * (NKG_NER_B_PER * 8 + NKG_NER_I_PER), 10);
	put_u32(file + TRANS_OFF + 4 * (NKG_NER_I_PER * 8 + NKG_NER_I_PER), 10);
	assert_int_equal(nkg_ner_model_load(file, n, &m), 0);
	assert_int_equal(tag_long(m, &s, 6, tags, NULL), 0);
	static const uint8_t whole[6] = {NKG_NER_B_PER, NKG_NER_I_PER, NKG_NER_I_PER,
	                                 NKG_NER_I_PER, NKG_NER_I_PER, NKG_NER_I_PER};
	assert_memory_equal(tags, whole, 6);
	assert_int_equal(tag_long(m, &s, 4, tags, NULL), 1);
	static const uint8_t windowed[6] = {NKG_NER_O, NKG_NER_O,     NKG_NER_O,
	                                    NKG_NER_O, NKG_NER_B_PER, NKG_NER_I_PER};
	assert_memory_equal(tags, windowed, 6);
	nkg_ner_model_free(m);
	long_release(&s);
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_ner_default_free();
	nkg_lexicon_free();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_features_exact_values),
	        cmocka_unit_test(test_features_sentence_equals_tokens),
	        cmocka_unit_test(test_features_document_bits),
	        cmocka_unit_test(test_document_bits_from_rules),
	        cmocka_unit_test(test_train_learns_tiny_corpus),
	        cmocka_unit_test(test_train_is_deterministic_and_round_trips),
	        cmocka_unit_test(test_decode_hand_model_and_bio_constraint),
	        cmocka_unit_test(test_trainer_rejects_bad_tags),
	        cmocka_unit_test(test_default_model_is_embedded),
	        cmocka_unit_test(test_default_model_can_be_replaced),
	        cmocka_unit_test(test_window_scratch_is_bounded),
	        cmocka_unit_test(test_window_long_sentence_equals_whole),
	        cmocka_unit_test(test_window_forced_seam),
	        cmocka_unit_test(test_window_forced_seam_leaves_second_half_open),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
