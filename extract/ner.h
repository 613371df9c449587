/* ner.h - a statistical name tagger: an averaged perceptron over BIO tags.
 *
 * The tagger labels each token of a sentence O, B-PER, I-PER, B-ORG, I-ORG,
 * B-LOC or I-LOC.  Each token gets NKG_NER_NFEAT hashed features (the
 * templates are listed in ner.c): lower-cased word, word shape, prefixes and
 * suffixes of 1-4 bytes, capitalisation and sentence start, words and shapes
 * at -2..+2, gazetteer and word-list flags (extract/lexicon.h), and the
 * decision of the rule pipeline of entities.c (which rule, which kind, begin
 * or inside) for the token and its neighbours, what the same word was
 * elsewhere in the document (enum nkg_ner_doc_bit), and the word classes of
 * the token and its neighbours (clusters of GloVe word vectors,
 * nkg_ner_word_class, feature-set version 4).  A feature's hash picks a
 * bucket of a fixed table (1 << bits buckets, NKG_NER_SLOTS weights each,
 * one per tag); a token's score for a tag is the sum of its features'
 * weights; tag transitions have their own weights; the best sequence is
 * found by Viterbi decoding, with I-X allowed only after B-X or I-X, in
 * memory bounded by a window of tokens however long the sentence
 * (nkg_ner_tag_window).
 *
 * Training (Collins 2002) runs the decoder on each sentence and, where it is
 * wrong, adds 1 to the gold tags' weights and subtracts 1 from the predicted
 * ones; the weights are integers and the model keeps their average over
 * every step, so training is exact and deterministic: the same sentences,
 * seed and epochs give a byte-identical model file.
 *
 * Model file (little-endian): "NKGNER1\n", uint32 bits, uint32 n_tags (7),
 * uint32 feature-set version, the stamp of the word-class table the model
 * was trained with (nkg_ner_table_stamp: uint32 entries, uint32 FNV-1a of
 * the table file's bytes; since version 5), float scale (score units per weight),
 * 8x8 int16 transitions (row 7: sentence start), uint32 number of non-zero
 * buckets, then per bucket a varint gap from the previous bucket index and
 * n_tags zig-zag varint int16 weights.  Averaged weights are quantised to
 * int16 and zeros are not stored.
 */
#ifndef NKG_NER_H
#define NKG_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "token.h"

enum nkg_ner_tag {
	NKG_NER_O,
	NKG_NER_B_PER,
	NKG_NER_I_PER,
	NKG_NER_B_ORG,
	NKG_NER_I_ORG,
	NKG_NER_B_LOC,
	NKG_NER_I_LOC,
	NKG_NER_NTAGS
};

#define NKG_NER_SLOTS        8  /* weights per bucket (NKG_NER_NTAGS, padded) */
#define NKG_NER_NFEAT        52 /* features per token */
#define NKG_NER_VERSION      5  /* of the feature templates; a model of another is refused */
#define NKG_NER_DEFAULT_BITS 18

/* Kinds of the rule pipeline's decision on a token (enum values are part of
 * the features: append, never reorder). */
enum nkg_ner_hint_kind {
	NKG_NER_HINT_NONE,    /* in no name run */
	NKG_NER_HINT_DROPPED, /* in a run the rules rejected */
	NKG_NER_HINT_PERSON,
	NKG_NER_HINT_ORG,
	NKG_NER_HINT_PLACE,   /* gazetteer or cued place */
	NKG_NER_HINT_PENDING, /* one word left to coreference */
	NKG_NER_HINT_OTHER    /* "Iraqi capital" and the like */
};

/* What the other occurrences of a capitalised word in the same document
 * were (bits of nkg_ner_input.doc; enum values are part of the features):
 * the rules' kind of the chunk holding them, and how they were written.
 * Document-level evidence in the manner of Ratinov and Roth (2009): "Jackson"
 * at the start of a sentence is the "Vincent Jackson" of an earlier line. */
enum nkg_ner_doc_bit {
	NKG_NER_DOC_PERSON = 1u << 0,  /* in a chunk the rules made a person */
	NKG_NER_DOC_ORG = 1u << 1,     /* ... an organisation */
	NKG_NER_DOC_PLACE = 1u << 2,   /* ... a place */
	NKG_NER_DOC_PENDING = 1u << 3, /* ... one word left to coreference */
	NKG_NER_DOC_DROPPED = 1u << 4, /* ... a run the rules rejected */
	NKG_NER_DOC_LOWER = 1u << 5,   /* written in lower case ("police") */
	NKG_NER_DOC_STRONG = 1u << 6,  /* capitalised where other words are not */
	NKG_NER_DOC_MULTI = 1u << 7    /* inside a chunk of two or more tokens */
};

/* What the caller knows of one token besides its text (entities.c fills it).
 * 16 bytes on LP64: an article holds one per token while it is tagged. */
struct nkg_ner_input {
	const char *rule; /* static rule name of the chunk covering it, or NULL */
	uint32_t lex;     /* nkg_lex_word() flags, 0 for non-words */
	uint8_t hint;     /* enum nkg_ner_hint_kind */
	uint8_t doc;   /* nkg_ner_doc_bit of the word's other occurrences; 0 unless capitalised */
	uint8_t place; /* 1 + enum nkg_lex_place_type of the word alone, 0 if none */
	bool hint_begin : 1; /* first token of that chunk */
	bool demonym : 1;    /* nkg_lex_demonym() knows it */
};

/* entities.c: runs the rule pipeline's name runs and classification on the
 * document (which it leaves unchanged) and fills in[0..toks->n) with what
 * the rules decided for each token: the tagger's input, for training.
 * 0 or NKG_ENOMEM. */
int nkg_entities_ner_input(struct nkg_doc *doc, const struct nkg_tokens *toks,
                           struct nkg_ner_input *in);

/* entities.c: nkg_find_entities, also storing in *n_probes (when not NULL)
 * how many comparisons it made to find the entity of each new mention:
 * entries of its entity index and of its entities' use lists examined, and
 * tests of a name against an entity's names.  For tests: it grows with the
 * names of the article, not with their square (as a scan of the entities
 * per mention would).  0 or a negative enum nkg_err. */
int nkg_find_entities_probes(struct nkg_doc *doc, const struct nkg_tokens *toks,
                             uint64_t *n_probes);

/* The tag of a kind at the begin or inside of a name; kind 0 PER, 1 ORG, 2 LOC. */
static inline bool nkg_ner_is_begin(int tag)
{
	return tag == NKG_NER_B_PER || tag == NKG_NER_B_ORG || tag == NKG_NER_B_LOC;
}

/* "O", "B-PER"... (static). */
const char *nkg_ner_tag_name(int tag);

/* The features of token i (an index into toks) of the sentence holding
 * tokens [first, first + count): NKG_NER_NFEAT 32-bit hashes into out.
 * in has one entry per token of toks (borrowed). */
void nkg_ner_features(const struct nkg_doc *doc, const struct nkg_tokens *toks,
                      const struct nkg_ner_input *in, uint32_t first, uint32_t count, uint32_t i,
                      uint32_t out[NKG_NER_NFEAT]);

/* The features of every token of the sentence [first, first + count):
 * out[i * NKG_NER_NFEAT ...] for its token first + i, the same values as
 * nkg_ner_features gives one by one, but each token's text is read once.
 * scratch: nkg_ner_scratch_size(count) bytes, aligned as malloc aligns
 * (it grows with the sentence; the tagger's own needs less).  No allocation. */
size_t nkg_ner_scratch_size(uint32_t count);
void nkg_ner_sentence_features(const struct nkg_doc *doc, const struct nkg_tokens *toks,
                               const struct nkg_ner_input *in, uint32_t first, uint32_t count,
                               void *scratch, uint32_t *out);

/* The word class of word[0..len) in the embedded table
 * extract/model/wordclusters.bin (tools/lexicon/wordclusters.js), looked up
 * with ASCII letters lower-cased and the Latin letters U+00C0-U+017F folded
 * to their ASCII base letters ("Zürich" = "ZÜRICH" = "zurich", "ß" = "ss";
 * since feature-set version 5): its 10-bit path, 0..1023 (path >> 4: its
 * class of 64, path >> 2: of 256), or -1 when the table lacks the word or
 * newskg has no well-formed table (then no model loads either). */
int nkg_ner_word_class(const char *word, size_t len);

/* The stamp of a word-class table file data[0..len) (borrowed): *count its
 * entries and *hash the FNV-1a of all its bytes.  0, or NKG_EINVAL when data
 * is NULL (no table) or not a table of the format "NKGWCL1\n".  A model
 * file records the stamp of the table it was trained with. */
int nkg_ner_table_stamp(const void *data, size_t len, uint32_t *count, uint32_t *hash);

/* ---- a trained model --------------------------------------------------- */

struct nkg_ner_model;

/* Reads a model file's bytes data[0..len) (borrowed only during the call).
 * 0 and *out (new, free with nkg_ner_model_free); NKG_EINVAL when it is not a
 * model of this version, was trained with another word-class table than the
 * embedded one, or newskg's embedded table is missing or malformed; NKG_ENOMEM. */
int nkg_ner_model_load(const void *data, size_t len, struct nkg_ner_model **out);
void nkg_ner_model_free(struct nkg_ner_model *m);

/* Writes the model file into *data (new, free with nkg_free) and *len.
 * Deterministic.  0 or NKG_ENOMEM. */
int nkg_ner_model_save(const struct nkg_ner_model *m, void **data, size_t *len);

/* The model compiled into newskg (extract/model/ner.bin), loaded on first use
 * (thread-safe) and kept until nkg_ner_default_free().  0 and *out (borrowed;
 * NULL when newskg was built without a model); NKG_ENOMEM; NKG_EINVAL when
 * the embedded file is not a model of this version and word-class table, or
 * the table is missing or malformed (build errors, reported by every
 * extraction: never a tagger silently without its word classes). */
int nkg_ner_default(const struct nkg_ner_model **out);
void nkg_ner_default_free(void);

/* Makes m (consumed; NULL: no tagger, the rules alone) the model that
 * nkg_ner_default() returns from now on instead of the embedded one, until
 * nkg_ner_default_free() (which frees it).  For cross-validation and tests;
 * call it while no extraction runs. */
void nkg_ner_default_set(struct nkg_ner_model *m);

/* Tags the sentence [first, first + count) of toks: tags[i] for each token
 * i of it (tags has one entry per token of toks).  scratch must hold
 * nkg_ner_tag_scratch_size(count, NKG_NER_WINDOW) bytes, aligned as malloc
 * aligns, for the longest sentence; it is reused from sentence to sentence.
 * No allocation.  Memory does not grow with the sentence: see
 * nkg_ner_tag_window. */
void nkg_ner_tag_sentence(const struct nkg_ner_model *m, const struct nkg_doc *doc,
                          const struct nkg_tokens *toks, const struct nkg_ner_input *in,
                          uint32_t first, uint32_t count, void *scratch, uint8_t *tags);

/* nkg_ner_tag_sentence that also writes, when margins is not NULL,
 * margins[i] for each token i of the sentence: how much more the token's
 * own features (transitions left out) favour O over its best name tag, in
 * units of averaged perceptron weight (positive: "no name"). */
void nkg_ner_tag_sentence_margins(const struct nkg_ner_model *m, const struct nkg_doc *doc,
                                  const struct nkg_tokens *toks, const struct nkg_ner_input *in,
                                  uint32_t first, uint32_t count, void *scratch, uint8_t *tags,
                                  float *margins);

/* Undecided tokens the tagger keeps at most (8 bytes each). */
#define NKG_NER_WINDOW 1024

/* Bytes of scratch nkg_ner_tag_window needs for a sentence of count tokens:
 * never more than nkg_ner_scratch_size(count), and for any count at most
 * nkg_ner_tag_scratch_size(UINT32_MAX, window) (about 90 KB for
 * NKG_NER_WINDOW). */
size_t nkg_ner_tag_scratch_size(uint32_t count, uint32_t window);

/* nkg_ner_tag_sentence_margins that keeps at most `window` (2 or more;
 * less counts as 2) tokens undecided.  Features are computed a block of
 * tokens at a time; a token's tag is final once every path the decoder
 * still considers agrees on it, which in prose happens within a few
 * tokens, and then the tags are exactly those of decoding the sentence
 * whole.  When the paths do not agree over `window` tokens (a long run of
 * capitalised words), the best path so far decides the first half of them
 * (a "forced seam").  A sentence of at most `window` tokens is always
 * decoded exactly.  scratch: nkg_ner_tag_scratch_size(count, window)
 * bytes.  Returns the number of forced seams. */
uint32_t nkg_ner_tag_window(const struct nkg_ner_model *m, const struct nkg_doc *doc,
                            const struct nkg_tokens *toks, const struct nkg_ner_input *in,
                            uint32_t first, uint32_t count, uint32_t window, void *scratch,
                            uint8_t *tags, float *margins);

/* ---- training ---------------------------------------------------------- */

/* Training examples: sentences of features and gold tags, copied in. */
struct nkg_ner_trainer;

/* bits: log2 of the number of buckets (10..24).  NULL on failure. */
struct nkg_ner_trainer *nkg_ner_trainer_new(uint32_t bits);
void nkg_ner_trainer_free(struct nkg_ner_trainer *t);

/* Adds one sentence of n tokens: feats[n * NKG_NER_NFEAT] and gold tags[n]
 * (both copied).  0, NKG_EINVAL (a tag out of range), NKG_ENOMEM. */
int nkg_ner_trainer_add(struct nkg_ner_trainer *t, const uint32_t *feats, const uint8_t *tags,
                        uint32_t n);

/* Number of sentences and tokens added. */
void nkg_ner_trainer_counts(const struct nkg_ner_trainer *t, uint32_t *sents, uint32_t *tokens);

/* Trains for `epochs` passes over the sentences, shuffled each pass by a
 * PRNG seeded with seed, and returns the averaged, quantised model in *out
 * (new, free with nkg_ner_model_free).  If errors is not NULL it receives
 * the number of wrongly tagged tokens of the last pass; the model records
 * the stamp of the embedded word-class table.  0, NKG_EINVAL (that table is
 * missing or malformed: the features were computed without it), or NKG_ENOMEM. */
int nkg_ner_train(struct nkg_ner_trainer *t, uint32_t epochs, uint64_t seed,
                  struct nkg_ner_model **out, uint64_t *errors);

/* Tags one sentence from its features (as given to nkg_ner_trainer_add),
 * decoding it whole; scratch: nkg_ner_scratch_size(n) bytes.  For tests and
 * the trainer. */
void nkg_ner_tag_features(const struct nkg_ner_model *m, const uint32_t *feats, uint32_t n,
                          void *scratch, uint8_t *tags);

#endif
