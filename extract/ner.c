/* ner.c - the averaged-perceptron BIO tagger of ner.h.
 *
 * Feature templates (index: what is hashed), for token 0 of a sentence
 * window; -1/+1/-2/+2 are the neighbours, "<S>"/"</S>" past the sentence:
 *   0 bias                    1 word (ASCII lower-cased)   2 shape ("Xxxxx", "dd,ddd")
 *   3 short shape ("Xx")      4-7 prefixes of 1-4 bytes     8-11 suffixes of 1-4 bytes
 *  12 case class + sentence/line start                      13-16 words -1 -2 +1 +2
 *  17-20 shapes -1 -2 +1 +2   21 word-1 word0              22 word0 word+1
 *  23 short shapes -1 0 +1    24-26 lexicon flags 0 -1 +1  27-29 gazetteer/demonym 0 -1 +1
 *  30 rule kind + begin       31 rule name + begin         32-33 rule kind + begin -1 +1
 *  34 rule kinds -1 0 +1      35 rule kind + shape         36 rule kind + lexicon flags
 *  37 rule kind + word        38 next token if punctuation (or its class)
 *  39 previous token likewise 40 length bucket + case     41 short shape + lexicon flags
 *  42 word-1 + shape0         43 shape0 + word+1
 *  44 kinds the rules gave the word elsewhere in the document + case class
 *  45 how the word was written elsewhere + case class + sentence/line start
 *  46 all of the word's document bits + rule kind + begin
 *  47-49 word class of 64, 256, 1024 (nkg_ner_word_class)
 *  50-51 word class of 256 of -1, +1
 * Lexicon flags, the rule's decision and the gazetteer come from the caller's
 * struct nkg_ner_input (entities.c), so this file does no lookups itself.
 *
 * Speed (feature-set version 2): a sentence's tokens are read once into
 * views holding hashes of their strings (word, shape, prefixes, suffixes,
 * rule); a feature mixes the template number with one to three of those
 * 32-bit values, so no string is hashed once per window it appears in.
 * Version 1 re-decoded and re-hashed five tokens for every token.
 * Version 3 added the document bits (templates 44-46, nkg_ner_doc_bit):
 * on 2-fold cross-validation inside dev, names F1 67.9 -> 68.1 (MEANTIME),
 * 57.8 -> 60.4 (ECB+), 64.4 -> 66.1 (GUM), at no measurable cost in speed.
 * Version 4 added word classes (templates 47-51; Turian et al. 2010,
 * Ratinov and Roth 2009): hierarchical k-means clusters of the GloVe vectors
 * of the 100,000 most frequent words, so that a word seen rarely or never in
 * training shares weights with words used alike ("putin" with "obama").
 * A word the table lacks has a class of its own.  One lookup per token, a
 * search in the embedded table (extract/model/README.md, "Session 11").
 * Version 5 folds the Latin letters U+00C0-U+017F to ASCII before that
 * lookup ("Erdoğan" takes the class of "erdogan") and stamps the model with
 * the table it was trained with (a model of another table is refused).
 */
#include "ner.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "embedded.h"

static const char *const tag_names[NKG_NER_NTAGS] = {"O",     "B-PER", "I-PER", "B-ORG",
                                                     "I-ORG", "B-LOC", "I-LOC"};

const char *nkg_ner_tag_name(int tag)
{
	return tag >= 0 && tag < NKG_NER_NTAGS ? tag_names[tag] : "?";
}

/* ---- hashing ----------------------------------------------------------- */

/* Each token's strings (word, shape, prefixes...) are hashed once with
 * FNV-1a into 32-bit values; a feature is its template number and one to
 * three such values mixed with murmur3's body and finaliser.  Nothing is
 * hashed twice for the five windows a token is part of. */

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

static uint32_t fnv_bytes(const char *p, size_t n)
{
	uint32_t h = FNV_OFFSET;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * FNV_PRIME;
	return h;
}

static inline unsigned char ascii_lower(unsigned char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (unsigned char)(ch - 'A' + 'a') : ch;
}

static uint32_t fnv_lower(const char *p, size_t n)
{
	uint32_t h = FNV_OFFSET;
	for (size_t i = 0; i < n; i++)
		h = (h ^ ascii_lower((unsigned char)p[i])) * FNV_PRIME;
	return h;
}

static inline uint32_t rotl32(uint32_t x, int r)
{
	return (x << r) | (x >> (32 - r));
}

/* murmur3_32's step for one 32-bit block */
static inline uint32_t mix(uint32_t h, uint32_t k)
{
	k *= 0xcc9e2d51u;
	k = rotl32(k, 15);
	k *= 0x1b873593u;
	h ^= k;
	h = rotl32(h, 13);
	return h * 5 + 0xe6546b64u;
}

/* murmur3 finaliser: spreads the bits into the low ones that pick the bucket */
static inline uint32_t fmix(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

static inline uint32_t f1(uint32_t templ, uint32_t a)
{
	return fmix(mix(mix(0x4e4b4731u, templ), a));
}

static inline uint32_t f2(uint32_t templ, uint32_t a, uint32_t b)
{
	return fmix(mix(mix(mix(0x4e4b4731u, templ), a), b));
}

static inline uint32_t f3(uint32_t templ, uint32_t a, uint32_t b, uint32_t c)
{
	return fmix(mix(mix(mix(mix(0x4e4b4731u, templ), a), b), c));
}

/* ---- per-token views --------------------------------------------------- */

#define SHAPE_MAX 16

/* What the templates use of one token (or of a sentence boundary), hashed. */
struct view {
	uint32_t word;   /* lower-cased text */
	uint32_t shape;  /* "Xxxxx", at most SHAPE_MAX characters */
	uint32_t sshape; /* runs collapsed: "Xx" */
	uint32_t pre[4]; /* lower-cased prefixes of 1-4 bytes */
	uint32_t suf[4]; /* lower-cased suffixes of 1-4 bytes */
	uint32_t lex;    /* nkg_lex_word flags | 1 << 31 outside the sentence */
	uint32_t gaz;    /* place | demonym << 3 | 0x100 outside */
	uint32_t hint;   /* kind | begin << 4 | 0x100 outside */
	uint32_t rule;   /* rule name */
	uint32_t cls;    /* case class, 7 outside */
	uint32_t nb;     /* as a neighbour: punctuation text or case class */
	uint32_t len;    /* length bucket */
	uint32_t flags;  /* token flags, 0 outside */
	uint32_t out;    /* 1 outside the sentence */
	uint32_t doc;    /* nkg_ner_doc_bit of the word elsewhere, 0x100 outside */
	uint32_t wcl;    /* word-class path, WCL_UNKNOWN, or WCL_OUTSIDE */
};

/* ---- word classes ------------------------------------------------------ */

/* extract/model/wordclusters.bin (format in tools/lexicon/wordclusters.js):
 * "NKGWCL1\n", uint32 count, count entries of uint32 FNV-1a of a lower-cased
 * word and uint16 path, sorted by hash.  Read in place, never copied. */
#define WCL_UNKNOWN 0xffffu  /* a word the table lacks */
#define WCL_OUTSIDE 0x10000u /* past the sentence */
#define WCL_ENTRY   6

static const unsigned char *wcl_data; /* first entry, or NULL: no table */
static uint32_t wcl_count, wcl_hash;  /* nkg_ner_table_stamp of the table */
static int wcl_rc = NKG_EINVAL;       /* 0: the table is there and well formed */
static pthread_once_t wcl_once = PTHREAD_ONCE_INIT;

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int nkg_ner_table_stamp(const void *data, size_t len, uint32_t *count, uint32_t *hash)
{
	const unsigned char *p = data;
	if (!p || len < 12 || memcmp(p, "NKGWCL1\n", 8) != 0 || (len - 12) % WCL_ENTRY != 0 ||
	    (len - 12) / WCL_ENTRY != le32(p + 8))
		return NKG_EINVAL;
	*count = le32(p + 8);
	*hash = fnv_bytes(data, len);
	return 0;
}

static void wcl_init(void)
{
	for (size_t i = 0; i < nkg_model_files_count; i++) {
		const char *p = nkg_model_files[i].data;
		if (strcmp(nkg_model_files[i].name, "wordclusters.bin") != 0)
			continue;
		wcl_rc = nkg_ner_table_stamp(p, nkg_model_files[i].len, &wcl_count, &wcl_hash);
		if (wcl_rc == 0)
			wcl_data = (const unsigned char *)p + 12;
		return;
	}
}

/* 0 and the embedded table's stamp, or NKG_EINVAL: it is missing or malformed. */
static int wcl_stamp(uint32_t *count, uint32_t *hash)
{
	pthread_once(&wcl_once, wcl_init);
	*count = wcl_count;
	*hash = wcl_hash;
	return wcl_rc;
}

/* The letters U+00C0-U+017F (Latin-1 Supplement and Latin Extended-A) as
 * their ASCII base letters, lower-cased: extract/lexicon/fold.tsv for this
 * range, as the gazetteers' keys are folded ("" for the non-letters × and ÷
 * and for U+0149, which stay as they are).  GloVe's
 * vocabulary spells most names in ASCII ("zurich", "erdogan", "sao"). */
/* clang-format off */
static const char *const latin_fold[0x180 - 0xc0] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "", "n", "n", "o", "o", "o", "o",
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
/* clang-format on */

/* FNV-1a of word w[0..n) as the word-class table is keyed: ASCII letters
 * lower-cased, the letters of latin_fold folded, every other byte as it is.
 * The same value as fnv_lower for an ASCII word. */
static uint32_t fnv_fold(const char *w, size_t n)
{
	uint32_t h = FNV_OFFSET;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)w[i];
		unsigned char next = i + 1 < n ? (unsigned char)w[i + 1] : 0;
		if (ch >= 0xc3 && ch <= 0xc5 && (next & 0xc0) == 0x80) {
			uint32_t cp = (uint32_t)(ch & 0x1f) << 6 | (next & 0x3fu);
			const char *f = latin_fold[cp - 0xc0];
			if (*f) {
				for (; *f; f++)
					h = (h ^ (unsigned char)*f) * FNV_PRIME;
				i++;
				continue;
			}
		}
		h = (h ^ ascii_lower(ch)) * FNV_PRIME;
	}
	return h;
}

/* The path of the word of FNV-1a hash h, or WCL_UNKNOWN.  The hashes are
 * uniform, so the entry is near h * count / 2^32: a binary search inside a
 * window around that guess, widened to the whole table when h is outside. */
static uint32_t wcl_find(uint32_t h)
{
	pthread_once(&wcl_once, wcl_init);
	if (!wcl_data)
		return WCL_UNKNOWN; /* refused earlier: see wcl_stamp */
	uint32_t guess = (uint32_t)(((uint64_t)h * wcl_count) >> 32);
	uint32_t lo = guess > 1024 ? guess - 1024 : 0;
	uint32_t hi = wcl_count - guess > 1024 ? guess + 1024 : wcl_count;
	if (lo > 0 && le32(wcl_data + (size_t)lo * WCL_ENTRY) > h)
		lo = 0;
	if (hi < wcl_count && le32(wcl_data + (size_t)(hi - 1) * WCL_ENTRY) < h)
		hi = wcl_count;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		uint32_t k = le32(wcl_data + (size_t)mid * WCL_ENTRY);
		if (k == h) {
			const unsigned char *e = wcl_data + (size_t)mid * WCL_ENTRY + 4;
			return (uint32_t)e[0] | (uint32_t)e[1] << 8;
		}
		if (k < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return WCL_UNKNOWN;
}

int nkg_ner_word_class(const char *word, size_t len)
{
	uint32_t p = wcl_find(fnv_fold(word, len));
	return p == WCL_UNKNOWN ? -1 : (int)p;
}

/* The class of 64, 256 or 1024 (g = 4, 2, 0: the path's bits dropped) of a
 * view's word; unknown and outside stay apart from every class. */
static inline uint32_t wcl_at(const struct view *v, int g)
{
	return v->wcl >= WCL_UNKNOWN ? v->wcl : v->wcl >> g;
}

static char shape_char(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return 'd';
	if (nkg_cp_is_upper(cp))
		return 'X';
	if (nkg_cp_is_letter(cp))
		return 'x';
	if (cp < 0x80)
		return (char)cp;
	if (nkg_cp_is_dash(cp))
		return '-';
	if (nkg_cp_is_quote(cp))
		return '\'';
	return 'o';
}

static uint32_t case_class(uint32_t flags)
{
	if (flags & NKG_TOK_NUMBER)
		return 4;
	if (flags & NKG_TOK_ALL_CAPS)
		return 2;
	if (flags & NKG_TOK_CAPITALIZED)
		return 1;
	if (flags & NKG_TOK_WORD)
		return 0;
	return 5;
}

/* The view of a sentence boundary: before (<S>) or after (</S>). */
static void boundary_view(bool before, struct view *v)
{
	const char *w = before ? "<S>" : "</S>";
	size_t n = strlen(w);
	uint32_t h = fnv_bytes(w, n);
	memset(v, 0, sizeof(*v));
	v->word = v->shape = v->sshape = h;
	for (int l = 0; l < 4; l++)
		v->pre[l] = v->suf[l] = h;
	v->lex = 1u << 31;
	v->gaz = v->hint = 0x100;
	v->cls = 7;
	v->doc = 0x100;
	v->wcl = WCL_OUTSIDE;
	v->nb = 0x107;
	v->len = 3;
	v->out = 1;
}

static void token_view(const struct nkg_doc *doc, const struct nkg_token *t,
                       const struct nkg_ner_input *x, struct view *v)
{
	const char *w = doc->text + t->begin;
	size_t n = t->end - t->begin;
	char shape[SHAPE_MAX] = {0}, sshape[SHAPE_MAX] = {0};
	size_t shape_n = 0, sshape_n = 0, off = 0;
	char last = 0;
	bool ascii = true;

	while (off < n) {
		uint32_t cp;
		size_t k;
		if ((unsigned char)w[off] < 0x80) {
			cp = (unsigned char)w[off];
			k = 1;
		} else if ((k = nkg_utf8_decode(w + off, n - off, &cp)) == 0) {
			cp = 0xfffd;
			k = 1;
		}
		ascii = ascii && cp < 0x80;
		off += k;
		char ch = shape_char(cp);
		if (shape_n < SHAPE_MAX)
			shape[shape_n++] = ch;
		if (ch != last && sshape_n < SHAPE_MAX)
			sshape[sshape_n++] = ch;
		last = ch;
	}
	v->shape = fnv_bytes(shape, shape_n);
	v->sshape = fnv_bytes(sshape, sshape_n);
	/* prefixes: the running hash of the word after 1-4 bytes */
	uint32_t h = FNV_OFFSET;
	for (size_t i = 0; i < n; i++) {
		h = (h ^ ascii_lower((unsigned char)w[i])) * FNV_PRIME;
		if (i < 4)
			v->pre[i] = h;
	}
	v->word = h;
	for (size_t l = n; l < 4; l++)
		v->pre[l] = h;
	for (size_t l = 1; l <= 4; l++) {
		size_t m = l < n ? l : n;
		v->suf[l - 1] = fnv_lower(w + n - m, m);
	}
	v->flags = t->flags;
	v->lex = x->lex;
	v->gaz = (uint32_t)x->place | (x->demonym ? 8u : 0u);
	v->hint = (uint32_t)x->hint | (x->hint_begin ? 16u : 0u);
	v->rule = x->rule ? fnv_bytes(x->rule, strlen(x->rule)) : FNV_OFFSET;
	v->cls = case_class(t->flags);
	v->doc = x->doc;
	v->wcl = wcl_find(ascii ? h : fnv_fold(w, n));
	if (t->flags & (NKG_TOK_PUNCT | NKG_TOK_POSSESSIVE | NKG_TOK_QUOTE))
		v->nb = fnv_bytes(w, n) | 0x80000000u;
	else
		v->nb = v->cls & 0x7fffffffu;
	v->len = n <= 3 ? (uint32_t)n : n <= 5 ? 4u : 5u;
	v->out = 0;
}

/* The features of the token of view c, with neighbours m2 m1 [c] p1 p2. */
static void window_features(const struct view *m2, const struct view *m1, const struct view *c,
                            const struct view *p1, const struct view *p2,
                            uint32_t out[NKG_NER_NFEAT])
{
	uint32_t k = 0;

	out[k++] = f1(0, 0);
	out[k++] = f1(1, c->word);
	out[k++] = f1(2, c->shape);
	out[k++] = f1(3, c->sshape);
	for (uint32_t l = 0; l < 4; l++)
		out[k++] = f1(4 + l, c->pre[l]);
	for (uint32_t l = 0; l < 4; l++)
		out[k++] = f1(8 + l, c->suf[l]);
	uint32_t starts = (c->flags & NKG_TOK_SENT_START ? 1u : 0u) |
	                  (c->flags & (NKG_TOK_NEWLINE_BEFORE | NKG_TOK_PARA_START) ? 2u : 0u) |
	                  (m1->out ? 4u : 0u) | (m1->flags & NKG_TOK_QUOTE ? 8u : 0u);
	out[k++] = f2(12, c->cls, starts);
	out[k++] = f1(13, m1->word);
	out[k++] = f1(14, m2->word);
	out[k++] = f1(15, p1->word);
	out[k++] = f1(16, p2->word);
	out[k++] = f1(17, m1->shape);
	out[k++] = f1(18, m2->shape);
	out[k++] = f1(19, p1->shape);
	out[k++] = f1(20, p2->shape);
	out[k++] = f2(21, m1->word, c->word);
	out[k++] = f2(22, c->word, p1->word);
	out[k++] = f3(23, m1->sshape, c->sshape, p1->sshape);
	out[k++] = f1(24, c->lex);
	out[k++] = f1(25, m1->lex);
	out[k++] = f1(26, p1->lex);
	out[k++] = f1(27, c->gaz);
	out[k++] = f1(28, m1->gaz);
	out[k++] = f1(29, p1->gaz);
	out[k++] = f1(30, c->hint);
	out[k++] = f2(31, c->rule, c->hint);
	out[k++] = f1(32, m1->hint);
	out[k++] = f1(33, p1->hint);
	out[k++] = f3(34, m1->hint, c->hint, p1->hint);
	out[k++] = f2(35, c->hint, c->sshape);
	out[k++] = f2(36, c->hint, c->lex);
	out[k++] = f2(37, c->hint, c->word);
	out[k++] = f1(38, p1->nb);
	out[k++] = f1(39, m1->nb);
	out[k++] = f2(40, c->len, c->cls);
	out[k++] = f2(41, c->sshape, c->lex);
	out[k++] = f2(42, m1->word, c->shape);
	out[k++] = f2(43, c->shape, p1->word);
	out[k++] = f2(44, c->doc & 0x1fu, c->cls);
	out[k++] = f3(45, c->doc >> 5, c->cls, starts);
	out[k++] = f3(46, c->doc, c->hint, p1->hint);
	out[k++] = f1(47, wcl_at(c, 4));
	out[k++] = f1(48, wcl_at(c, 2));
	out[k++] = f1(49, wcl_at(c, 0));
	out[k++] = f1(50, wcl_at(m1, 2));
	out[k++] = f1(51, wcl_at(p1, 2));
	_Static_assert(NKG_NER_NFEAT == 52, "feature templates and NKG_NER_NFEAT agree");
}

/* Views of the tokens [first, first + count) with two boundary views on
 * each side: v[0..count + 4). */
static void sentence_views(const struct nkg_doc *doc, const struct nkg_tokens *toks,
                           const struct nkg_ner_input *in, uint32_t first, uint32_t count,
                           struct view *v)
{
	boundary_view(true, &v[0]);
	v[1] = v[0];
	for (uint32_t i = 0; i < count; i++)
		token_view(doc, &toks->toks[first + i], &in[first + i], &v[i + 2]);
	boundary_view(false, &v[count + 2]);
	v[count + 3] = v[count + 2];
}

void nkg_ner_features(const struct nkg_doc *doc, const struct nkg_tokens *toks,
                      const struct nkg_ner_input *in, uint32_t first, uint32_t count, uint32_t i,
                      uint32_t out[NKG_NER_NFEAT])
{
	struct view v[5];
	for (int d = -2; d <= 2; d++) {
		int64_t j = (int64_t)i + d;
		if (j < (int64_t)first || j >= (int64_t)first + count)
			boundary_view(j < (int64_t)first, &v[d + 2]);
		else
			token_view(doc, &toks->toks[j], &in[j], &v[d + 2]);
	}
	window_features(&v[0], &v[1], &v[2], &v[3], &v[4], out);
}

/* ---- decoding ---------------------------------------------------------- */

struct nkg_ner_model {
	uint32_t bits, mask;
	uint32_t wcl_count, wcl_hash; /* stamp of the word-class table it was trained with */
	float scale;
	int16_t trans[NKG_NER_SLOTS][NKG_NER_SLOTS]; /* [prev][cur], prev 7 = start */
	int16_t *w;                                  /* (mask + 1) * NKG_NER_SLOTS */
};

#define START_ROW 7

/* I-X only after B-X or I-X. */
static bool allowed(int prev, int cur)
{
	if (cur == NKG_NER_I_PER || cur == NKG_NER_I_ORG || cur == NKG_NER_I_LOC)
		return prev == cur || prev == cur - 1;
	return true;
}

/* Viterbi over emission scores emis[n][SLOTS] with transitions trans (int32).
 * back: n * SLOTS bytes.  Ties go to the lower tag. */
static void viterbi(int32_t *emis, uint32_t n, const int32_t *trans, uint8_t *back, uint8_t *tags)
{
	if (n == 0)
		return;
	for (int t = 0; t < NKG_NER_NTAGS; t++) {
		if (!allowed(START_ROW, t))
			emis[t] = INT32_MIN / 2;
		else
			emis[t] += trans[START_ROW * NKG_NER_SLOTS + t];
	}
	for (uint32_t i = 1; i < n; i++) {
		int32_t *prev = emis + (size_t)(i - 1) * NKG_NER_SLOTS;
		int32_t *cur = emis + (size_t)i * NKG_NER_SLOTS;
		for (int t = 0; t < NKG_NER_NTAGS; t++) {
			int32_t best = INT32_MIN;
			int arg = 0;
			for (int p = 0; p < NKG_NER_NTAGS; p++) {
				if (!allowed(p, t) || prev[p] <= INT32_MIN / 2)
					continue;
				int32_t s = prev[p] + trans[p * NKG_NER_SLOTS + t];
				if (s > best) {
					best = s;
					arg = p;
				}
			}
			back[(size_t)i * NKG_NER_SLOTS + t] = (uint8_t)arg;
			cur[t] = best == INT32_MIN ? INT32_MIN / 2 : best + cur[t];
		}
		/* Scores relative to the row's best: the same decisions, and a
		 * sentence of 30,000 tokens cannot overflow int32. */
		int32_t mx = INT32_MIN;
		for (int t = 0; t < NKG_NER_NTAGS; t++)
			if (cur[t] > INT32_MIN / 2 && cur[t] > mx)
				mx = cur[t];
		for (int t = 0; t < NKG_NER_NTAGS && mx != INT32_MIN; t++)
			if (cur[t] > INT32_MIN / 2)
				cur[t] -= mx;
	}
	const int32_t *last = emis + (size_t)(n - 1) * NKG_NER_SLOTS;
	int arg = 0;
	for (int t = 1; t < NKG_NER_NTAGS; t++)
		if (last[t] > last[arg])
			arg = t;
	for (uint32_t i = n; i-- > 0;) {
		tags[i] = (uint8_t)arg;
		if (i > 0)
			arg = back[(size_t)i * NKG_NER_SLOTS + arg];
	}
}

/* The scratch of nkg_ner_tag_features (and nkg_ner_sentence_features) for
 * a sentence of count tokens:
 * emission scores, then features, then views, then back pointers. */
struct scratch_layout {
	int32_t *emis;      /* count * NKG_NER_SLOTS */
	uint32_t *feats;    /* count * NKG_NER_NFEAT */
	struct view *views; /* count + 4 */
	uint8_t *back;      /* count * NKG_NER_SLOTS */
};

static size_t scratch_parts(uint32_t count, size_t *feats_off, size_t *views_off, size_t *back_off)
{
	size_t n = count;
	*feats_off = n * NKG_NER_SLOTS * sizeof(int32_t);
	*views_off = *feats_off + n * NKG_NER_NFEAT * sizeof(uint32_t);
	*back_off = *views_off + (n + 4) * sizeof(struct view);
	return *back_off + n * NKG_NER_SLOTS;
}

static struct scratch_layout scratch_layout(void *scratch, uint32_t count)
{
	size_t fo, vo, bo;
	scratch_parts(count, &fo, &vo, &bo);
	struct scratch_layout l = {scratch, (uint32_t *)((char *)scratch + fo),
	                           (struct view *)(void *)((char *)scratch + vo),
	                           (uint8_t *)scratch + bo};
	return l;
}

size_t nkg_ner_scratch_size(uint32_t count)
{
	size_t fo, vo, bo;
	return scratch_parts(count, &fo, &vo, &bo);
}

static void model_trans32(const struct nkg_ner_model *m, int32_t tr[NKG_NER_SLOTS][NKG_NER_SLOTS])
{
	for (int p = 0; p < NKG_NER_SLOTS; p++)
		for (int t = 0; t < NKG_NER_SLOTS; t++)
			tr[p][t] = m->trans[p][t];
}

/* Emission scores of n tokens' features.  The weight table is megabytes and
 * each feature hits a random bucket: the next token's buckets are fetched
 * while this token's are summed. */
static void emit_all(const struct nkg_ner_model *m, const uint32_t *feats, uint32_t n,
                     int32_t *emis)
{
	const int16_t *w = m->w;
	const uint32_t mask = m->mask;
	for (uint32_t i = 0; i < n; i++) {
		const uint32_t *f = feats + (size_t)i * NKG_NER_NFEAT;
		int32_t acc[NKG_NER_SLOTS] = {0};
		if (i + 1 < n)
			for (uint32_t k = 0; k < NKG_NER_NFEAT; k++)
				__builtin_prefetch(w + (size_t)(f[NKG_NER_NFEAT + k] & mask) *
				                               NKG_NER_SLOTS);
		for (uint32_t k = 0; k < NKG_NER_NFEAT; k++) {
			const int16_t *b = w + (size_t)(f[k] & mask) * NKG_NER_SLOTS;
			for (int t = 0; t < NKG_NER_SLOTS; t++)
				acc[t] += b[t];
		}
		memcpy(emis + (size_t)i * NKG_NER_SLOTS, acc, sizeof(acc));
	}
}

void nkg_ner_tag_features(const struct nkg_ner_model *m, const uint32_t *feats, uint32_t n,
                          void *scratch, uint8_t *tags)
{
	struct scratch_layout l = scratch_layout(scratch, n);
	int32_t tr[NKG_NER_SLOTS][NKG_NER_SLOTS];
	model_trans32(m, tr);
	emit_all(m, feats, n, l.emis);
	viterbi(l.emis, n, &tr[0][0], l.back, tags);
}

/* ---- tagging a sentence in bounded memory ------------------------------
 *
 * A sentence is read in blocks of at most BLOCK tokens: views, features and
 * emission scores of one block at a time, so their memory does not grow with
 * the sentence.  The Viterbi pass runs over the blocks as over one sequence;
 * only its back pointers must be kept until the tokens are decided, in a
 * ring of `window` rows (8 bytes a token).
 *
 * A token is decided as soon as every path still open passes through the
 * same tag there ("the survivors merge"): the best path of the whole
 * sentence is one of them, so that tag and all before it are final.  The
 * ring is checked when it is full: in prose the survivors merge within a
 * few tokens (at a word tagged O, say), and the result is exactly that of
 * decoding the sentence whole.  Only if they do not merge within a window
 * (a run of thousands of capitalised words) is a seam forced: the best path
 * so far decides the first half of the window, and the open paths that
 * disagree with it at the seam are closed, so the second half of the window
 * is decided with context on both sides. */

#define BLOCK 256 /* tokens whose features are computed at a time */
#define DEAD  (INT32_MIN / 2)

struct decoder {
	int32_t row[NKG_NER_SLOTS]; /* scores of the last position */
	int32_t tr[NKG_NER_SLOTS][NKG_NER_SLOTS];
	uint8_t *back;   /* ring of rows, NKG_NER_SLOTS each */
	uint32_t ring;   /* rows in it */
	uint32_t d;      /* first undecided position */
	uint32_t forced; /* seams forced so far */
	uint8_t *tags;   /* tags of the sentence's positions */
};

static inline uint8_t *back_row(const struct decoder *v, uint32_t p)
{
	return v->back + (size_t)(p % v->ring) * NKG_NER_SLOTS;
}

/* The first position: emission scores e plus the start transitions. */
static void dec_start(struct decoder *v, const int32_t *e)
{
	for (int t = 0; t < NKG_NER_NTAGS; t++)
		v->row[t] = allowed(START_ROW, t) ? e[t] + v->tr[START_ROW][t] : DEAD;
}

/* Position p > 0 with emission scores e: the step of viterbi() above. */
static void dec_step(struct decoder *v, uint32_t p, const int32_t *e)
{
	uint8_t *back = back_row(v, p);
	int32_t cur[NKG_NER_NTAGS];
	for (int t = 0; t < NKG_NER_NTAGS; t++) {
		int32_t best = INT32_MIN;
		int arg = 0;
		for (int q = 0; q < NKG_NER_NTAGS; q++) {
			if (!allowed(q, t) || v->row[q] <= DEAD)
				continue;
			int32_t s = v->row[q] + v->tr[q][t];
			if (s > best) {
				best = s;
				arg = q;
			}
		}
		back[t] = (uint8_t)arg;
		cur[t] = best == INT32_MIN ? DEAD : best + e[t];
	}
	int32_t mx = INT32_MIN;
	for (int t = 0; t < NKG_NER_NTAGS; t++)
		if (cur[t] > DEAD && cur[t] > mx)
			mx = cur[t];
	for (int t = 0; t < NKG_NER_NTAGS && mx != INT32_MIN; t++)
		if (cur[t] > DEAD)
			cur[t] -= mx;
	memcpy(v->row, cur, sizeof(cur));
}

/* Writes the tags of positions [v->d, p] along the path that has tag x at p. */
static void dec_trace(struct decoder *v, uint32_t p, int x)
{
	for (;;) {
		v->tags[p] = (uint8_t)x;
		if (p == v->d)
			break;
		x = back_row(v, p)[x];
		p--;
	}
}

/* Decides what the open paths at position hi agree on: true if some
 * positions were decided (v->d moved). */
static bool dec_settle(struct decoder *v, uint32_t hi)
{
	uint8_t cur[NKG_NER_NTAGS];
	int n = 0;
	for (int t = 0; t < NKG_NER_NTAGS; t++)
		if (v->row[t] > DEAD)
			cur[n++] = (uint8_t)t;
	for (uint32_t p = hi;; p--) {
		bool same = true;
		for (int k = 1; k < n && same; k++)
			same = cur[k] == cur[0];
		if (same) {
			dec_trace(v, p, cur[0]);
			v->d = p + 1;
			return true;
		}
		if (p == v->d)
			return false;
		const uint8_t *b = back_row(v, p);
		for (int k = 0; k < n; k++)
			cur[k] = b[cur[k]];
	}
}

/* The best tag at the last position: ties go to the lower tag. */
static int dec_best(const struct decoder *v)
{
	int arg = 0;
	for (int t = 1; t < NKG_NER_NTAGS; t++)
		if (v->row[t] > v->row[arg])
			arg = t;
	return arg;
}

/* The open paths at hi did not merge within the ring: the best one decides
 * the first half of [v->d, hi]; the paths that differ from it there close. */
static void dec_force(struct decoder *v, uint32_t hi)
{
	uint32_t c = v->d + (hi - v->d) / 2; /* last position decided */
	int x = dec_best(v);
	for (uint32_t p = hi; p > c; p--)
		x = back_row(v, p)[x];
	dec_trace(v, c, x);
	for (int t = 0; t < NKG_NER_NTAGS; t++) {
		if (v->row[t] <= DEAD)
			continue;
		int y = t;
		for (uint32_t p = hi; p > c; p--)
			y = back_row(v, p)[y];
		if (y != v->tags[c])
			v->row[t] = DEAD;
	}
	v->d = c + 1;
	v->forced++;
}

/* Scratch of nkg_ner_tag_window: emission scores, features and views of one
 * block, then the ring of back pointers. */
static size_t window_parts(uint32_t count, uint32_t window, uint32_t *block, uint32_t *ring,
                           size_t *feats_off, size_t *views_off, size_t *back_off)
{
	if (window < 2)
		window = 2;
	*ring = count < window ? count : window;
	*block = *ring < BLOCK ? *ring : BLOCK;
	size_t b = *block;
	*feats_off = b * NKG_NER_SLOTS * sizeof(int32_t);
	*views_off = *feats_off + b * NKG_NER_NFEAT * sizeof(uint32_t);
	*back_off = *views_off + (b + 4) * sizeof(struct view);
	return *back_off + (size_t)*ring * NKG_NER_SLOTS;
}

size_t nkg_ner_tag_scratch_size(uint32_t count, uint32_t window)
{
	uint32_t block, ring;
	size_t fo, vo, bo;
	return window_parts(count, window, &block, &ring, &fo, &vo, &bo);
}

/* The view of the sentence's position p (boundaries outside [0, count)). */
static void position_view(const struct nkg_doc *doc, const struct nkg_tokens *toks,
                          const struct nkg_ner_input *in, uint32_t first, uint32_t count, int64_t p,
                          struct view *v)
{
	if (p < 0 || p >= (int64_t)count)
		boundary_view(p < 0, v);
	else
		token_view(doc, &toks->toks[first + p], &in[first + p], v);
}

uint32_t nkg_ner_tag_window(const struct nkg_ner_model *m, const struct nkg_doc *doc,
                            const struct nkg_tokens *toks, const struct nkg_ner_input *in,
                            uint32_t first, uint32_t count, uint32_t window, void *scratch,
                            uint8_t *tags, float *margins)
{
	uint32_t block, ring;
	size_t fo, vo, bo;
	if (count == 0)
		return 0;
	window_parts(count, window, &block, &ring, &fo, &vo, &bo);
	int32_t *emis = scratch;
	uint32_t *feats = (uint32_t *)(void *)((char *)scratch + fo);
	struct view *views = (struct view *)(void *)((char *)scratch + vo);
	struct decoder v = {.back = (uint8_t *)scratch + bo, .ring = ring, .tags = tags + first};
	float unit = m->scale > 0 ? 1.0f / m->scale : 1.0f;

	model_trans32(m, v.tr);
	/* views[k] is the view of position o - 2 + k for the block at o */
	for (int64_t k = 0; k < 4; k++)
		position_view(doc, toks, in, first, count, k - 2, &views[k]);
	for (uint32_t o = 0; o < count; o += block) {
		uint32_t nb = count - o < block ? count - o : block;
		if (o > 0)
			memmove(&views[0], &views[block], 4 * sizeof(*views));
		for (uint32_t k = 0; k < nb; k++)
			position_view(doc, toks, in, first, count, (int64_t)o + k + 2,
			              &views[k + 4]);
		for (uint32_t k = 0; k < nb; k++)
			window_features(&views[k], &views[k + 1], &views[k + 2], &views[k + 3],
			                &views[k + 4], feats + (size_t)k * NKG_NER_NFEAT);
		emit_all(m, feats, nb, emis);
		for (uint32_t k = 0; k < nb && margins; k++) {
			const int32_t *e = emis + (size_t)k * NKG_NER_SLOTS;
			int32_t best = e[NKG_NER_B_PER];
			for (int t = NKG_NER_B_PER + 1; t < NKG_NER_NTAGS; t++)
				if (e[t] > best)
					best = e[t];
			margins[first + o + k] = (float)(e[NKG_NER_O] - best) * unit;
		}
		for (uint32_t k = 0; k < nb; k++) {
			uint32_t p = o + k;
			const int32_t *e = emis + (size_t)k * NKG_NER_SLOTS;
			if (p == 0) {
				dec_start(&v, e);
				continue;
			}
			/* row p overwrites row p - ring: rows (v.d, p] must fit */
			if (p - v.d > ring && !dec_settle(&v, p - 1))
				dec_force(&v, p - 1);
			dec_step(&v, p, e);
		}
	}
	/* the best path at the end, as viterbi() picks it */
	dec_trace(&v, count - 1, dec_best(&v));
	return v.forced;
}

void nkg_ner_tag_sentence(const struct nkg_ner_model *m, const struct nkg_doc *doc,
                          const struct nkg_tokens *toks, const struct nkg_ner_input *in,
                          uint32_t first, uint32_t count, void *scratch, uint8_t *tags)
{
	nkg_ner_tag_window(m, doc, toks, in, first, count, NKG_NER_WINDOW, scratch, tags, NULL);
}

void nkg_ner_tag_sentence_margins(const struct nkg_ner_model *m, const struct nkg_doc *doc,
                                  const struct nkg_tokens *toks, const struct nkg_ner_input *in,
                                  uint32_t first, uint32_t count, void *scratch, uint8_t *tags,
                                  float *margins)
{
	nkg_ner_tag_window(m, doc, toks, in, first, count, NKG_NER_WINDOW, scratch, tags, margins);
}

void nkg_ner_sentence_features(const struct nkg_doc *doc, const struct nkg_tokens *toks,
                               const struct nkg_ner_input *in, uint32_t first, uint32_t count,
                               void *scratch, uint32_t *out)
{
	struct view *v = scratch_layout(scratch, count).views;
	sentence_views(doc, toks, in, first, count, v);
	for (uint32_t i = 0; i < count; i++)
		window_features(&v[i], &v[i + 1], &v[i + 2], &v[i + 3], &v[i + 4],
		                out + (size_t)i * NKG_NER_NFEAT);
}

/* ---- model files ------------------------------------------------------- */

static const char magic[8] = {'N', 'K', 'G', 'N', 'E', 'R', '1', '\n'};

static struct nkg_ner_model *model_new(uint32_t bits)
{
	struct nkg_ner_model *m = nkg_calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	m->bits = bits;
	m->mask = (1u << bits) - 1;
	m->w = nkg_calloc((size_t)1 << bits, NKG_NER_SLOTS * sizeof(int16_t));
	if (!m->w) {
		nkg_free(m);
		return NULL;
	}
	return m;
}

void nkg_ner_model_free(struct nkg_ner_model *m)
{
	if (!m)
		return;
	nkg_free(m->w);
	nkg_free(m);
}

struct wbuf {
	unsigned char *p;
	size_t n, cap;
	bool oom;
};

static void put(struct wbuf *b, const void *data, size_t n)
{
	if (b->oom)
		return;
	if (b->n + n > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 4096;
		while (cap < b->n + n)
			cap *= 2;
		unsigned char *p = nkg_realloc(b->p, cap);
		if (!p) {
			b->oom = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, data, n);
	b->n += n;
}

static void put_u32(struct wbuf *b, uint32_t v)
{
	unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
	                      (unsigned char)(v >> 24)};
	put(b, x, 4);
}

static void put_varint(struct wbuf *b, uint32_t v)
{
	unsigned char x[5];
	size_t n = 0;
	do {
		x[n] = (unsigned char)(v & 0x7f);
		v >>= 7;
		if (v)
			x[n] |= 0x80;
		n++;
	} while (v);
	put(b, x, n);
}

static uint32_t zigzag(int16_t v)
{
	return ((uint32_t)(int32_t)v << 1) ^ (uint32_t)((int32_t)v >> 31);
}

static int16_t unzigzag(uint32_t v)
{
	return (int16_t)((int32_t)(v >> 1) ^ -(int32_t)(v & 1));
}

int nkg_ner_model_save(const struct nkg_ner_model *m, void **data, size_t *len)
{
	struct wbuf b = {0};
	uint32_t scale_bits, nonzero = 0;
	size_t buckets = (size_t)m->mask + 1;

	memcpy(&scale_bits, &m->scale, 4);
	put(&b, magic, sizeof(magic));
	put_u32(&b, m->bits);
	put_u32(&b, NKG_NER_NTAGS);
	put_u32(&b, NKG_NER_VERSION);
	put_u32(&b, m->wcl_count);
	put_u32(&b, m->wcl_hash);
	put_u32(&b, scale_bits);
	for (int p = 0; p < NKG_NER_SLOTS; p++)
		for (int t = 0; t < NKG_NER_SLOTS; t++)
			put_u32(&b, (uint32_t)(uint16_t)m->trans[p][t] & 0xffffu);
	for (size_t i = 0; i < buckets; i++)
		for (int t = 0; t < NKG_NER_NTAGS; t++)
			if (m->w[i * NKG_NER_SLOTS + t]) {
				nonzero++;
				break;
			}
	put_u32(&b, nonzero);
	size_t prev = 0;
	for (size_t i = 0; i < buckets; i++) {
		const int16_t *w = m->w + i * NKG_NER_SLOTS;
		bool any = false;
		for (int t = 0; t < NKG_NER_NTAGS; t++)
			any = any || w[t];
		if (!any)
			continue;
		put_varint(&b, (uint32_t)(i - prev));
		prev = i;
		for (int t = 0; t < NKG_NER_NTAGS; t++)
			put_varint(&b, zigzag(w[t]));
	}
	if (b.oom) {
		nkg_free(b.p);
		return NKG_ENOMEM;
	}
	*data = b.p;
	*len = b.n;
	return 0;
}

struct rbuf {
	const unsigned char *p;
	size_t n, off;
	bool bad;
};

static uint32_t get_u32(struct rbuf *r)
{
	if (r->off + 4 > r->n) {
		r->bad = true;
		return 0;
	}
	const unsigned char *x = r->p + r->off;
	r->off += 4;
	return (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
}

static uint32_t get_varint(struct rbuf *r)
{
	uint32_t v = 0;
	for (int shift = 0; shift < 35; shift += 7) {
		if (r->off >= r->n) {
			r->bad = true;
			return 0;
		}
		unsigned char ch = r->p[r->off++];
		v |= (uint32_t)(ch & 0x7f) << shift;
		if (!(ch & 0x80))
			return v;
	}
	r->bad = true;
	return 0;
}

int nkg_ner_model_load(const void *data, size_t len, struct nkg_ner_model **out)
{
	struct rbuf r = {data, len, 0, false};
	if (len < sizeof(magic) || memcmp(data, magic, sizeof(magic)) != 0)
		return NKG_EINVAL;
	r.off = sizeof(magic);
	uint32_t bits = get_u32(&r), ntags = get_u32(&r), version = get_u32(&r);
	if (r.bad || bits < 10 || bits > 24 || ntags != NKG_NER_NTAGS || version != NKG_NER_VERSION)
		return NKG_EINVAL;
	/* trained with the word classes newskg has, or it weighs other features */
	uint32_t count = get_u32(&r), hash = get_u32(&r), have_count, have_hash;
	uint32_t scale_bits = get_u32(&r);
	if (r.bad || wcl_stamp(&have_count, &have_hash) || count != have_count || hash != have_hash)
		return NKG_EINVAL;
	struct nkg_ner_model *m = model_new(bits);
	if (!m)
		return NKG_ENOMEM;
	m->wcl_count = count;
	m->wcl_hash = hash;
	memcpy(&m->scale, &scale_bits, 4);
	for (int p = 0; p < NKG_NER_SLOTS; p++)
		for (int t = 0; t < NKG_NER_SLOTS; t++)
			m->trans[p][t] = (int16_t)(uint16_t)get_u32(&r);
	uint32_t nonzero = get_u32(&r);
	size_t idx = 0;
	for (uint32_t k = 0; k < nonzero && !r.bad; k++) {
		idx += get_varint(&r);
		if (idx > m->mask) {
			r.bad = true;
			break;
		}
		for (int t = 0; t < NKG_NER_NTAGS; t++)
			m->w[idx * NKG_NER_SLOTS + t] = unzigzag(get_varint(&r));
	}
	if (r.bad || r.off != r.n) {
		nkg_ner_model_free(m);
		return NKG_EINVAL;
	}
	*out = m;
	return 0;
}

/* ---- the embedded model ------------------------------------------------ */

static pthread_mutex_t def_mutex = PTHREAD_MUTEX_INITIALIZER;
static atomic_bool def_loaded;
static struct nkg_ner_model *def_model;

int nkg_ner_default(const struct nkg_ner_model **out)
{
	int rc = 0;
	if (atomic_load_explicit(&def_loaded, memory_order_acquire)) {
		*out = def_model;
		return 0;
	}
	pthread_mutex_lock(&def_mutex);
	if (!atomic_load_explicit(&def_loaded, memory_order_relaxed)) {
		def_model = NULL;
		for (size_t i = 0; i < nkg_model_files_count; i++) {
			if (strcmp(nkg_model_files[i].name, "ner.bin") != 0)
				continue;
			rc = nkg_ner_model_load(nkg_model_files[i].data, nkg_model_files[i].len,
			                        &def_model);
			break;
		}
		if (rc == 0)
			atomic_store_explicit(&def_loaded, true, memory_order_release);
	}
	pthread_mutex_unlock(&def_mutex);
	if (rc == 0)
		*out = def_model;
	return rc;
}

void nkg_ner_default_set(struct nkg_ner_model *m)
{
	pthread_mutex_lock(&def_mutex);
	nkg_ner_model_free(def_model);
	def_model = m;
	atomic_store_explicit(&def_loaded, true, memory_order_release);
	pthread_mutex_unlock(&def_mutex);
}

void nkg_ner_default_free(void)
{
	pthread_mutex_lock(&def_mutex);
	nkg_ner_model_free(def_model);
	def_model = NULL;
	atomic_store_explicit(&def_loaded, false, memory_order_release);
	pthread_mutex_unlock(&def_mutex);
}

/* ---- training ---------------------------------------------------------- */

struct nkg_ner_trainer {
	uint32_t bits;
	uint32_t *feats;    /* tokens * NFEAT */
	uint8_t *tags;      /* tokens */
	uint32_t *sent_off; /* sents + 1 token offsets */
	uint32_t n_sents, cap_sents;
	uint32_t n_toks, cap_toks;
};

struct nkg_ner_trainer *nkg_ner_trainer_new(uint32_t bits)
{
	if (bits < 10 || bits > 24)
		return NULL;
	struct nkg_ner_trainer *t = nkg_calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->bits = bits;
	t->sent_off = nkg_calloc(1, sizeof(uint32_t));
	if (!t->sent_off) {
		nkg_free(t);
		return NULL;
	}
	return t;
}

void nkg_ner_trainer_free(struct nkg_ner_trainer *t)
{
	if (!t)
		return;
	nkg_free(t->feats);
	nkg_free(t->tags);
	nkg_free(t->sent_off);
	nkg_free(t);
}

void nkg_ner_trainer_counts(const struct nkg_ner_trainer *t, uint32_t *sents, uint32_t *tokens)
{
	*sents = t->n_sents;
	*tokens = t->n_toks;
}

int nkg_ner_trainer_add(struct nkg_ner_trainer *t, const uint32_t *feats, const uint8_t *tags,
                        uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (tags[i] >= NKG_NER_NTAGS ||
		    (i == 0 ? !allowed(START_ROW, tags[i]) : !allowed(tags[i - 1], tags[i])))
			return NKG_EINVAL;
	if (n == 0)
		return 0;
	if (t->n_toks + (uint64_t)n > UINT32_MAX / NKG_NER_NFEAT)
		return NKG_ELIMIT;
	if (t->n_toks + n > t->cap_toks) {
		uint32_t cap = t->cap_toks ? t->cap_toks : 1024;
		while (cap < t->n_toks + n)
			cap *= 2;
		uint32_t *f = nkg_realloc(t->feats, (size_t)cap * NKG_NER_NFEAT * sizeof(*f));
		if (!f)
			return NKG_ENOMEM;
		t->feats = f;
		uint8_t *g = nkg_realloc(t->tags, cap);
		if (!g)
			return NKG_ENOMEM;
		t->tags = g;
		t->cap_toks = cap;
	}
	if (t->n_sents + 1 >= t->cap_sents) {
		uint32_t cap = t->cap_sents ? t->cap_sents * 2 : 256;
		uint32_t *o = nkg_realloc(t->sent_off, ((size_t)cap + 1) * sizeof(*o));
		if (!o)
			return NKG_ENOMEM;
		t->sent_off = o;
		t->cap_sents = cap;
	}
	memcpy(t->feats + (size_t)t->n_toks * NKG_NER_NFEAT, feats,
	       (size_t)n * NKG_NER_NFEAT * sizeof(*feats));
	memcpy(t->tags + t->n_toks, tags, n);
	t->n_toks += n;
	t->sent_off[++t->n_sents] = t->n_toks;
	return 0;
}

static uint64_t splitmix64(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Weights while training: current value, running sum, step of last change. */
struct avg {
	int32_t *w;
	int64_t *sum;
	uint32_t *ts;
	size_t n;
};

static void avg_update(struct avg *a, size_t i, int32_t delta, uint32_t step)
{
	a->sum[i] += (int64_t)(step - a->ts[i]) * a->w[i];
	a->ts[i] = step;
	a->w[i] += delta;
}

static double avg_value(const struct avg *a, size_t i, uint32_t steps)
{
	int64_t s = a->sum[i] + (int64_t)(steps - a->ts[i]) * a->w[i];
	return steps ? (double)s / steps : 0.0;
}

static int avg_init(struct avg *a, size_t n)
{
	a->n = n;
	a->w = nkg_calloc(n, sizeof(*a->w));
	a->sum = nkg_calloc(n, sizeof(*a->sum));
	a->ts = nkg_calloc(n, sizeof(*a->ts));
	return a->w && a->sum && a->ts ? 0 : NKG_ENOMEM;
}

static void avg_release(struct avg *a)
{
	nkg_free(a->w);
	nkg_free(a->sum);
	nkg_free(a->ts);
}

int nkg_ner_train(struct nkg_ner_trainer *t, uint32_t epochs, uint64_t seed,
                  struct nkg_ner_model **out, uint64_t *errors)
{
	size_t buckets = (size_t)1 << t->bits;
	uint32_t mask = (uint32_t)(buckets - 1);
	struct avg w = {0}, tr = {0};
	uint32_t *order = NULL;
	uint8_t *pred = NULL;
	void *scratch = NULL;
	struct nkg_ner_model *m = NULL;
	uint32_t max_len = 0, step = 0;
	uint64_t wrong = 0;
	uint32_t stamp_count, stamp_hash;
	int rc = NKG_ENOMEM;

	/* the features of the sentences read the word classes: none, no model */
	if (wcl_stamp(&stamp_count, &stamp_hash))
		return NKG_EINVAL;
	for (uint32_t s = 0; s < t->n_sents; s++)
		if (t->sent_off[s + 1] - t->sent_off[s] > max_len)
			max_len = t->sent_off[s + 1] - t->sent_off[s];
	if (avg_init(&w, buckets * NKG_NER_SLOTS) || avg_init(&tr, NKG_NER_SLOTS * NKG_NER_SLOTS))
		goto out;
	order = nkg_malloc(((size_t)t->n_sents + 1) * sizeof(*order));
	pred = nkg_malloc((size_t)max_len + 1);
	scratch = nkg_malloc(nkg_ner_scratch_size(max_len + 1));
	if (!order || !pred || !scratch)
		goto out;
	for (uint32_t s = 0; s < t->n_sents; s++)
		order[s] = s;

	uint64_t rng = seed;
	for (uint32_t ep = 0; ep < epochs; ep++) {
		wrong = 0;
		for (uint32_t s = t->n_sents; s > 1; s--) {
			uint32_t j = (uint32_t)(splitmix64(&rng) % s);
			uint32_t x = order[s - 1];
			order[s - 1] = order[j];
			order[j] = x;
		}
		for (uint32_t k = 0; k < t->n_sents; k++) {
			uint32_t s = order[k], b = t->sent_off[s], n = t->sent_off[s + 1] - b;
			const uint32_t *f = t->feats + (size_t)b * NKG_NER_NFEAT;
			const uint8_t *gold = t->tags + b;
			int32_t *emis = scratch;
			uint8_t *back = (uint8_t *)(emis + (size_t)n * NKG_NER_SLOTS);
			int32_t trm[NKG_NER_SLOTS][NKG_NER_SLOTS];

			step++;
			for (int p = 0; p < NKG_NER_SLOTS; p++)
				for (int q = 0; q < NKG_NER_SLOTS; q++)
					trm[p][q] = tr.w[p * NKG_NER_SLOTS + q];
			for (uint32_t i = 0; i < n; i++) {
				int32_t *e = emis + (size_t)i * NKG_NER_SLOTS;
				for (int q = 0; q < NKG_NER_SLOTS; q++)
					e[q] = 0;
				for (uint32_t j = 0; j < NKG_NER_NFEAT; j++) {
					const int32_t *ww =
					        w.w +
					        (size_t)(f[(size_t)i * NKG_NER_NFEAT + j] & mask) *
					                NKG_NER_SLOTS;
					for (int q = 0; q < NKG_NER_SLOTS; q++)
						e[q] += ww[q];
				}
			}
			viterbi(emis, n, &trm[0][0], back, pred);
			for (uint32_t i = 0; i < n; i++) {
				uint8_t pp = i ? pred[i - 1] : START_ROW;
				uint8_t gp = i ? gold[i - 1] : START_ROW;
				if (pred[i] != gold[i])
					wrong++;
				if (pred[i] != gold[i] || pp != gp) {
					avg_update(&tr, (size_t)gp * NKG_NER_SLOTS + gold[i], 1,
					           step);
					avg_update(&tr, (size_t)pp * NKG_NER_SLOTS + pred[i], -1,
					           step);
				}
				if (pred[i] == gold[i])
					continue;
				for (uint32_t j = 0; j < NKG_NER_NFEAT; j++) {
					size_t bkt = f[(size_t)i * NKG_NER_NFEAT + j] & mask;
					avg_update(&w, bkt * NKG_NER_SLOTS + gold[i], 1, step);
					avg_update(&w, bkt * NKG_NER_SLOTS + pred[i], -1, step);
				}
			}
		}
	}

	/* Average, then quantise to int16 with one scale for all weights. */
	double maxabs = 0;
	for (size_t i = 0; i < w.n; i++) {
		double v = fabs(avg_value(&w, i, step));
		if (v > maxabs)
			maxabs = v;
	}
	for (size_t i = 0; i < tr.n; i++) {
		double v = fabs(avg_value(&tr, i, step));
		if (v > maxabs)
			maxabs = v;
	}
	double scale = maxabs > 0 ? 32000.0 / maxabs : 1.0;
	if (!(m = model_new(t->bits)))
		goto out;
	m->scale = (float)scale;
	m->wcl_count = stamp_count;
	m->wcl_hash = stamp_hash;
	for (size_t i = 0; i < w.n; i++)
		m->w[i] = (int16_t)lround(avg_value(&w, i, step) * scale);
	for (int p = 0; p < NKG_NER_SLOTS; p++)
		for (int q = 0; q < NKG_NER_SLOTS; q++)
			m->trans[p][q] = (int16_t)lround(
			        avg_value(&tr, (size_t)p * NKG_NER_SLOTS + q, step) * scale);
	*out = m;
	if (errors)
		*errors = wrong;
	rc = 0;
out:
	avg_release(&w);
	avg_release(&tr);
	nkg_free(order);
	nkg_free(pred);
	nkg_free(scratch);
	return rc;
}
