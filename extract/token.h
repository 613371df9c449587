/* token.h - tokens and sentences of a document's text.
 *
 * The tokenizer reads the original text (no normalisation, so offsets stay
 * true): curly quotes, dashes, bullets and Unicode spaces are classified, not
 * rewritten.  Words keep internal hyphens and apostrophes ("al-Sadr",
 * "don't"); a possessive "'s"/"’s" is its own token; abbreviations keep their
 * period ("Lt.", "Gen.", "U.S.", "Jan.").  Tokens and sentences live in the
 * document's arena.
 */
#ifndef NKG_TOKEN_H
#define NKG_TOKEN_H

#include <stdbool.h>
#include <stdint.h>

#include "doc.h"

enum nkg_token_flag {
	NKG_TOK_WORD = 1u << 0,        /* letters, digits, inner hyphens/apostrophes */
	NKG_TOK_NUMBER = 1u << 1,      /* starts with a digit: "2.5", "5,200", "1990s" */
	NKG_TOK_PUNCT = 1u << 2,       /* one punctuation or symbol code point */
	NKG_TOK_CAPITALIZED = 1u << 3, /* first letter upper case */
	NKG_TOK_ALL_CAPS = 1u << 4,    /* two or more letters, all upper case */
	NKG_TOK_SENT_START = 1u << 5,  /* first token of its sentence */
	NKG_TOK_PARA_START = 1u << 6,  /* first token after a blank line or at the start */
	NKG_TOK_QUOTE = 1u << 7,       /* a quotation mark: " “ ” ‘ ’ « » (and ' alone) */
	NKG_TOK_OPEN_QUOTE = 1u << 8,  /* a quotation mark that opens (by glyph or position) */
	NKG_TOK_DASH = 1u << 9,        /* - – — ― as a token */
	NKG_TOK_ABBREV = 1u << 10,     /* ends with a period that is not a full stop */
	NKG_TOK_POSSESSIVE = 1u << 11, /* the "'s" / "’s" after a noun */
	NKG_TOK_SPACE_BEFORE = 1u << 12,   /* white space precedes it */
	NKG_TOK_NEWLINE_BEFORE = 1u << 13, /* a line break precedes it */
	NKG_TOK_SENT_END = 1u << 14        /* the . ! ? that ends a sentence */
};

struct nkg_token {
	uint32_t begin, end; /* bytes in doc->text */
	uint32_t flags;      /* enum nkg_token_flag bits */
	uint32_t sentence;   /* index into nkg_tokens.sents */
};

struct nkg_sentence {
	uint32_t begin, end; /* bytes in doc->text, first to last token */
	uint32_t first;      /* index of its first token */
	uint32_t count;      /* number of tokens */
};

/* Arrays owned by the document's arena. */
struct nkg_tokens {
	struct nkg_token *toks;
	uint32_t n;
	struct nkg_sentence *sents;
	uint32_t n_sents;
};

/* Tokenizes doc->text into *out (arena-owned). 0, NKG_ENOMEM or NKG_ELIMIT
 * (more than UINT32_MAX tokens). */
int nkg_tokenize(struct nkg_doc *doc, struct nkg_tokens *out);

/* Index of the first token that begins at or after byte off (toks->n when
 * none): a binary search. */
uint32_t nkg_token_at(const struct nkg_tokens *toks, uint32_t off);

/* The token's text (borrowed from doc->text). */
static inline struct nkg_str nkg_token_str(const struct nkg_doc *doc, const struct nkg_token *t)
{
	struct nkg_str s = {doc->text + t->begin, t->end - t->begin};
	return s;
}

/* Code point classes used by the tokenizer and the extractors. */
bool nkg_cp_is_space(uint32_t cp);  /* includes NBSP, U+2000-U+200B, U+202F, U+3000, U+FEFF */
bool nkg_cp_is_letter(uint32_t cp); /* ASCII letters and non-ASCII letters (approximation) */
bool nkg_cp_is_upper(uint32_t cp);  /* ASCII and Latin-1/Latin Extended-A upper case */
bool nkg_cp_is_quote(uint32_t cp);
bool nkg_cp_is_dash(uint32_t cp);

#endif
