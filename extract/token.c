/* token.c - tokens and sentences.
 *
 * One pass over the text.  A token is a word (letters and digits, with
 * inner hyphens, apostrophes, and the dots and commas of numbers), or one
 * punctuation code point.  Abbreviations keep their period: single letters
 * ("J."), dotted initialisms ("U.S."), and the words of a small list of
 * titles, months and common abbreviations ("Lt.", "Gen.", "Jan.", "Inc.").
 *
 * Sentences end at a full stop, "!" or "?" (with any closing quotes or
 * brackets after it) when the next token starts a new sentence; at a blank
 * line; and at a line break unless the line ends in a connecting mark
 * ("," ";" ":" "-") or the next line starts in lower case.  An abbreviation
 * ends a sentence only when it is not a title and the next word is a
 * typical sentence opener ("... in the U.S. The ...").
 */
#include "token.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/arena.h"
#include "../core/err.h"
#include "../core/utf8.h"

bool nkg_cp_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
	       cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
	       cp == 0xFEFF || cp == 0x200C || cp == 0x200D || cp == 0x2060;
}

bool nkg_cp_is_quote(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0xAB || cp == 0xBB || cp == 0x2018 ||
	       cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x201C || cp == 0x201D ||
	       cp == 0x201E || cp == 0x201F || cp == 0x2039 || cp == 0x203A || cp == 0x300C ||
	       cp == 0x300D;
}

bool nkg_cp_is_dash(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
	       cp == 0xFE63 || cp == 0xFF0D;
}

/* Punctuation and symbols outside ASCII: everything else non-ASCII counts as
 * a letter, which is right for the scripts news names are written in. */
static bool cp_is_symbol(uint32_t cp)
{
	if (cp < 0x80)
		return !((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
		         (cp >= 'a' && cp <= 'z'));
	if (cp >= 0x80 && cp <= 0xBF)
		return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return true;
	if (cp >= 0x2000 && cp <= 0x2BFF) /* punctuation, symbols, arrows, shapes */
		return true;
	if (cp >= 0x3000 && cp <= 0x303F) /* CJK punctuation */
		return true;
	if (cp >= 0xFE30 && cp <= 0xFE6F) /* compatibility forms */
		return true;
	if (cp >= 0xFF00 && cp <= 0xFF0F) /* fullwidth punctuation */
		return true;
	if (cp == 0xFFFD || (cp >= 0xFFF0 && cp <= 0xFFFF))
		return true;
	if (cp >= 0x1F000 && cp <= 0x1FAFF) /* emoji and pictographs */
		return true;
	if (cp >= 0x0300 && cp <= 0x036F) /* combining marks join the letter before */
		return false;
	if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4) /* Arabic punctuation */
		return true;
	return false;
}

static bool cp_is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

bool nkg_cp_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
	return !cp_is_symbol(cp) && !nkg_cp_is_space(cp);
}

bool nkg_cp_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F) /* Latin Extended-A: pairs, upper case first */
		return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E) ? (cp & 1) == 1
		                                                                    : (cp & 1) == 0;
	if (cp >= 0x391 && cp <= 0x3AB) /* Greek */
		return true;
	if (cp >= 0x400 && cp <= 0x42F) /* Cyrillic */
		return true;
	return false;
}

/* Words that take a period without ending a sentence.  TITLE ones never end
 * one ("Gen. Soleimani").  The case is the text's: "ST", "MT" and "FT" are
 * Saint, Mount and Fort of a place's name in a dateline's capitals ("ST.
 * LOUIS (AP) -", "FT. WORTH, Texas -"), whose period is theirs and ends no
 * sentence (session 13: "ST. LOUIS" was read as "ST." and the organisation
 * "LOUIS"). */
struct abbrev {
	const char *word;
	bool title;
};

static const struct abbrev abbrevs[] = {
        {"Adm", true},  {"Apr", false},  {"Aug", false},    {"Brig", true},  {"Capt", true},
        {"Cmdr", true}, {"Co", false},   {"Col", true},     {"Corp", false}, {"Cpl", true},
        {"Dec", false}, {"Dept", false}, {"Dr", true},      {"Feb", false},  {"Fr", true},
        {"Ft", false},  {"FT", true},    {"Gen", true},     {"Gov", true},   {"Hon", true},
        {"Inc", false}, {"Jan", false},  {"Jr", false},     {"Jul", false},  {"Jun", false},
        {"Lt", true},   {"Ltd", false},  {"Maj", true},     {"Mar", false},  {"Messrs", true},
        {"Mr", true},   {"Mrs", true},   {"Ms", true},      {"Mt", true},    {"MT", true},
        {"Nov", false}, {"Oct", false},  {"Pres", true},    {"Prof", true},  {"Pvt", true},
        {"Rep", true},  {"Rev", true},   {"Sen", true},     {"Sep", false},  {"Sept", false},
        {"Sgt", true},  {"Sr", false},   {"St", true},      {"ST", true},    {"Supt", true},
        {"vs", false},  {"etc", false},  {"approx", false}, {"est", false},  {"fig", false},
};

/* Returns 1 for a title abbreviation, 2 for another abbreviation, 0 if the
 * word before a period is not one. */
static int abbrev_kind(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++) {
		const char *w = abbrevs[i].word;
		if (strlen(w) == n && memcmp(w, s, n) == 0)
			return abbrevs[i].title ? 1 : 2;
	}
	return 0;
}

/* Capitalised words that usually open a sentence: after an abbreviation such
 * as "U.S." they mean the sentence ended. */
static bool is_sentence_opener(const char *s, size_t n)
{
	static const char *const openers[] = {
	        "The",   "He",   "She", "It",    "They", "We",   "I",       "But",
	        "In",    "On",   "A",   "An",    "This", "That", "There",   "These",
	        "Those", "His",  "Her", "Their", "Its",  "Our",  "However", "Meanwhile",
	        "After", "When", "If",  "As",    "At",   "Some", "Many",    "And",
	};
	for (size_t i = 0; i < sizeof(openers) / sizeof(openers[0]); i++)
		if (strlen(openers[i]) == n && memcmp(openers[i], s, n) == 0)
			return true;
	return false;
}

/* The tokens grow on the heap (realloc: no copies left behind) and are
 * copied into the arena at their final size: growing them in the arena
 * would leave every smaller copy there until the document is released,
 * about as much again as the tokens themselves. */
struct tokenizer {
	struct nkg_doc *doc;
	const char *text;
	size_t len;
	struct nkg_token *toks; /* heap (nkg_realloc) while scanning */
	size_t n, cap;
};

static int push(struct tokenizer *tz, size_t begin, size_t end, uint32_t flags)
{
	if (tz->n >= UINT32_MAX - 1 || end > UINT32_MAX)
		return NKG_ELIMIT;
	if (tz->n == tz->cap) {
		/* First guess: one token per 5 bytes of text (news prose has
		 * about one per 4.8), then doubling. */
		size_t ncap = tz->cap ? tz->cap * 2 : tz->len / 5 + 16;
		if (ncap > SIZE_MAX / sizeof(*tz->toks))
			return NKG_ENOMEM;
		struct nkg_token *p = nkg_realloc(tz->toks, ncap * sizeof(*tz->toks));
		if (!p)
			return NKG_ENOMEM;
		tz->toks = p;
		tz->cap = ncap;
	}
	struct nkg_token *t = &tz->toks[tz->n++];
	t->begin = (uint32_t)begin;
	t->end = (uint32_t)end;
	t->flags = flags;
	t->sentence = 0;
	return 0;
}

static uint32_t peek(const struct tokenizer *tz, size_t i)
{
	size_t j = i;
	return i < tz->len ? nkg_utf8_next(tz->text, tz->len, &j) : 0;
}

/* Scans a word starting at i (a letter or digit); returns its end. */
static size_t scan_word(const struct tokenizer *tz, size_t i, bool *number)
{
	const char *s = tz->text;
	size_t n = tz->len;
	uint32_t first = peek(tz, i);

	*number = cp_is_digit(first);
	while (i < n) {
		size_t j = i;
		uint32_t cp = nkg_utf8_next(s, n, &j);
		if (nkg_cp_is_letter(cp) || cp_is_digit(cp)) {
			i = j;
			continue;
		}
		/* Inner joiners: hyphen, apostrophes, and . , between digits. */
		if (j < n) {
			uint32_t next = peek(tz, j);
			bool alnum_next = nkg_cp_is_letter(next) || cp_is_digit(next);
			if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && alnum_next && i > 0) {
				i = j;
				continue;
			}
			if ((cp == '\'' || cp == 0x2019) && nkg_cp_is_letter(next)) {
				/* A possessive 's stays a token of its own. */
				size_t k = j;
				uint32_t c2 = nkg_utf8_next(s, n, &k);
				uint32_t after = k < n ? peek(tz, k) : 0;
				if ((c2 == 's' || c2 == 'S') &&
				    !(nkg_cp_is_letter(after) || cp_is_digit(after)))
					break;
				i = j;
				continue;
			}
			if ((cp == '.' || cp == ',') && cp_is_digit(next) && *number) {
				i = j;
				continue;
			}
		}
		break;
	}
	return i;
}

/* True when the word s[b..e) followed by '.' is an initialism like U.S or
 * a single letter: letters separated by dots. */
static bool is_initialism(const char *s, size_t b, size_t e)
{
	size_t letters = 0;
	for (size_t i = b; i < e; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '.')
			continue;
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
			return false;
		if (i + 1 < e && s[i + 1] != '.')
			return false;
		letters++;
	}
	return letters >= 1;
}

static int scan(struct tokenizer *tz)
{
	const char *s = tz->text;
	size_t n = tz->len, i = 0;
	uint32_t pending = NKG_TOK_PARA_START;
	int newlines = 0;
	int rc;

	while (i < n) {
		size_t start = i;
		uint32_t cp = nkg_utf8_next(s, n, &i);

		if (nkg_cp_is_space(cp)) {
			pending |= NKG_TOK_SPACE_BEFORE;
			if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
				pending |= NKG_TOK_NEWLINE_BEFORE;
				if (++newlines >= 2 || cp == 0x2029)
					pending |= NKG_TOK_PARA_START;
			}
			continue;
		}
		newlines = 0;
		uint32_t flags = pending;
		pending = 0;

		if (nkg_cp_is_letter(cp) || cp_is_digit(cp)) {
			bool number;
			size_t end = scan_word(tz, start, &number);
			/* Dotted initialisms: U.S. / U.N. / e.g. */
			if (!number && end < n && s[end] == '.' && end + 1 < n &&
			    ((s[end + 1] >= 'A' && s[end + 1] <= 'Z') ||
			     (s[end + 1] >= 'a' && s[end + 1] <= 'z')) &&
			    end - start == 1 && end + 2 < n + 1) {
				size_t k = end;
				while (k + 1 < n && s[k] == '.' &&
				       ((s[k + 1] >= 'A' && s[k + 1] <= 'Z') ||
				        (s[k + 1] >= 'a' && s[k + 1] <= 'z')) &&
				       (k + 2 >= n || s[k + 2] == '.'))
					k += 2;
				if (k > end && k < n && s[k] == '.')
					end = k;
			}
			flags |= NKG_TOK_WORD;
			if (number)
				flags |= NKG_TOK_NUMBER;
			if (nkg_cp_is_upper(cp)) {
				flags |= NKG_TOK_CAPITALIZED;
				size_t j = start, letters = 0;
				bool all = true;
				while (j < end) {
					uint32_t c = nkg_utf8_next(s, end, &j);
					if (nkg_cp_is_letter(c)) {
						letters++;
						if (!nkg_cp_is_upper(c))
							all = false;
					}
				}
				if (all && letters >= 2)
					flags |= NKG_TOK_ALL_CAPS;
			}
			/* A period that belongs to the word. */
			if (!number && end < n && s[end] == '.') {
				if (is_initialism(s, start, end) ||
				    abbrev_kind(s + start, end - start)) {
					end++;
					flags |= NKG_TOK_ABBREV;
				}
			}
			if ((rc = push(tz, start, end, flags)) != 0)
				return rc;
			i = end;
			/* Possessive 's / ’s as its own token. */
			if (i < n && (s[i] == '\'' || (unsigned char)s[i] == 0xE2)) {
				size_t j = i;
				uint32_t q = nkg_utf8_next(s, n, &j);
				if ((q == '\'' || q == 0x2019) && j < n &&
				    (s[j] == 's' || s[j] == 'S')) {
					uint32_t after = j + 1 < n ? peek(tz, j + 1) : 0;
					if (!nkg_cp_is_letter(after) && !cp_is_digit(after)) {
						if ((rc = push(tz, i, j + 1,
						               NKG_TOK_POSSESSIVE |
						                       NKG_TOK_WORD)) != 0)
							return rc;
						i = j + 1;
					}
				}
			}
			continue;
		}
		/* Punctuation or a symbol: one code point, except runs of periods. */
		size_t end = i;
		if (cp == '.')
			while (end < n && s[end] == '.')
				end++;
		flags |= NKG_TOK_PUNCT;
		if (nkg_cp_is_quote(cp)) {
			flags |= NKG_TOK_QUOTE;
			if (cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E ||
			    cp == 0x300C)
				flags |= NKG_TOK_OPEN_QUOTE;
			else if ((cp == '"' || cp == '\'') &&
			         ((flags & NKG_TOK_SPACE_BEFORE) || start == 0 || tz->n == 0 ||
			          (tz->toks[tz->n - 1].flags & NKG_TOK_PUNCT)) &&
			         end < n && !nkg_cp_is_space(peek(tz, end)))
				flags |= NKG_TOK_OPEN_QUOTE;
		}
		if (nkg_cp_is_dash(cp))
			flags |= NKG_TOK_DASH;
		if ((rc = push(tz, start, end, flags)) != 0)
			return rc;
		i = end;
	}
	return 0;
}

static bool tok_is(const struct tokenizer *tz, size_t k, char c)
{
	const struct nkg_token *t = &tz->toks[k];
	return t->end - t->begin == 1 && tz->text[t->begin] == c;
}

static bool is_closer(const struct tokenizer *tz, size_t k)
{
	const struct nkg_token *t = &tz->toks[k];
	if ((t->flags & NKG_TOK_QUOTE) && !(t->flags & NKG_TOK_OPEN_QUOTE))
		return true;
	return tok_is(tz, k, ')') || tok_is(tz, k, ']');
}

/* Can token k start a sentence after a full stop? */
static bool starts_sentence(const struct tokenizer *tz, size_t k)
{
	const struct nkg_token *t = &tz->toks[k];
	if (t->flags & (NKG_TOK_CAPITALIZED | NKG_TOK_NUMBER | NKG_TOK_OPEN_QUOTE))
		return true;
	if (t->flags & NKG_TOK_QUOTE)
		return true;
	return tok_is(tz, k, '(') || tok_is(tz, k, '[') || (t->flags & NKG_TOK_DASH);
}

/* Marks sentence starts; returns 0. */
static void split(struct tokenizer *tz)
{
	size_t n = tz->n;
	if (n == 0)
		return;
	tz->toks[0].flags |= NKG_TOK_SENT_START;
	for (size_t k = 0; k < n; k++) {
		struct nkg_token *t = &tz->toks[k];
		if (k > 0 && (t->flags & NKG_TOK_NEWLINE_BEFORE)) {
			const struct nkg_token *prev = &tz->toks[k - 1];
			bool joins = tok_is(tz, k - 1, ',') || tok_is(tz, k - 1, ';') ||
			             tok_is(tz, k - 1, ':') || (prev->flags & NKG_TOK_DASH);
			bool lower = (t->flags & NKG_TOK_WORD) &&
			             !(t->flags & (NKG_TOK_CAPITALIZED | NKG_TOK_NUMBER));
			if ((t->flags & NKG_TOK_PARA_START) || (!joins && !lower))
				t->flags |= NKG_TOK_SENT_START;
		}
		bool stop = false;
		if (tok_is(tz, k, '!') || tok_is(tz, k, '?') ||
		    ((t->flags & NKG_TOK_PUNCT) && tz->text[t->begin] == '.' &&
		     t->end - t->begin <= 3)) {
			stop = true;
		} else if (t->flags & NKG_TOK_ABBREV) {
			int kind = abbrev_kind(tz->text + t->begin, t->end - t->begin - 1);
			if (kind != 1 && k + 1 < n) {
				const struct nkg_token *nx = &tz->toks[k + 1];
				stop = is_sentence_opener(tz->text + nx->begin,
				                          nx->end - nx->begin);
			}
		}
		if (!stop)
			continue;
		size_t j = k + 1;
		while (j < n && is_closer(tz, j) && !(tz->toks[j].flags & NKG_TOK_SPACE_BEFORE))
			j++;
		if (j < n && (tz->toks[j].flags & NKG_TOK_SPACE_BEFORE) && starts_sentence(tz, j)) {
			if (!(t->flags & NKG_TOK_ABBREV))
				t->flags |= NKG_TOK_SENT_END;
			tz->toks[j].flags |= NKG_TOK_SENT_START;
		} else if (j >= n && !(t->flags & NKG_TOK_ABBREV)) {
			t->flags |= NKG_TOK_SENT_END;
		}
	}
}

int nkg_tokenize(struct nkg_doc *doc, struct nkg_tokens *out)
{
	struct tokenizer tz = {doc, doc->text, doc->text_len, NULL, 0, 0};
	struct nkg_sentence *sents = NULL;
	struct nkg_token *toks = NULL;
	size_t n_sents = 0, cap_sents = 0;
	int rc;

	if ((rc = scan(&tz)) != 0)
		goto out;
	split(&tz);
	for (size_t k = 0; k < tz.n; k++) {
		if (tz.toks[k].flags & NKG_TOK_SENT_START) {
			if ((rc = nkg_arena_grow(&doc->arena, (void **)&sents, &cap_sents,
			                         n_sents + 1, sizeof(*sents))) != 0)
				goto out;
			sents[n_sents].begin = tz.toks[k].begin;
			sents[n_sents].first = (uint32_t)k;
			n_sents++;
		}
		struct nkg_sentence *cur = &sents[n_sents - 1];
		cur->end = tz.toks[k].end;
		cur->count = (uint32_t)(k - cur->first + 1);
		tz.toks[k].sentence = (uint32_t)(n_sents - 1);
	}
	if (tz.n && !(toks = nkg_arena_alloc(&doc->arena, tz.n * sizeof(*toks)))) {
		rc = NKG_ENOMEM;
		goto out;
	}
	if (tz.n)
		memcpy(toks, tz.toks, tz.n * sizeof(*toks));
	out->toks = toks;
	out->n = (uint32_t)tz.n;
	out->sents = sents;
	out->n_sents = (uint32_t)n_sents;
out:
	nkg_free(tz.toks);
	return rc;
}

uint32_t nkg_token_at(const struct nkg_tokens *toks, uint32_t off)
{
	uint32_t lo = 0, hi = toks->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (toks->toks[mid].begin < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
