/* lexicon.h - gazetteers and word lists, compiled into the binary.
 *
 * The data are the TSV files of extract/lexicon/ (see its README for their
 * sources, licences and the scripts that rebuild them), embedded at build
 * time by tools/embed.c and parsed once, on first use, into hash tables.
 * Every pointer returned is borrowed from those tables and valid until
 * nkg_lexicon_free().  Lookups are thread-safe after nkg_lexicon_load().
 */
#ifndef NKG_LEXICON_H
#define NKG_LEXICON_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/str.h"

enum nkg_lex_place_type {
	NKG_LEX_COUNTRY,    /* ISO 3166-1 */
	NKG_LEX_ADMIN_AREA, /* ISO 3166-2 subdivision */
	NKG_LEX_CITY        /* GeoNames city */
};

struct nkg_lex_place {
	const char *name; /* canonical English name, e.g. "Iraq", "Baghdad", "United States" */
	const char *id;   /* "IQ" (ISO 3166-1 alpha-2), "IQ-BG" (ISO 3166-2), "city:IQ:baghdad" */
	const char *country; /* ISO 3166-1 alpha-2 of the country it is in (itself for a country) */
	const char *parent;  /* id of the containing subdivision or country, NULL for a country */
	enum nkg_lex_place_type type;
	double lat, lon; /* WGS84; valid when has_coords */
	bool has_coords;
	uint32_t population; /* 0 when unknown */
	bool is_capital;     /* the national capital of its country */
	/* Ids of the same place in other datasets, NULL when no source gives one
	 * (extract/lexicon/README.md says how they were matched): */
	const char *wikidata; /* Wikidata item, "Q796" (Iraq): countries and a few subdivisions */
	const char *geonames; /* GeoNames id in decimal, "98182" (Baghdad): cities only */
	/* A subdivision that ISO 3166-2 calls a country (England, Scotland,
	 * Wales, Aruba): a nation of its own, in sport for one. */
	bool nation;
};

/* Bits of nkg_lex_word(). */
enum nkg_lex_word_flag {
	NKG_LEX_GIVEN_NAME = 1u << 0, /* a first name: "Donald", "James", "Qassem" */
	NKG_LEX_SURNAME = 1u << 1,    /* a family name */
	NKG_LEX_TITLE =
	        1u << 2, /* a title before a person's name: "President", "Ayatollah", "Gen." */
	NKG_LEX_ORG_HEAD =
	        1u << 3, /* ends an organisation name: "Center", "Party", "network", "TV" */
	NKG_LEX_PLACE_CUE = 1u << 4, /* "district", "province", "city", "airport" */
	NKG_LEX_COMMON = 1u << 5,    /* an ordinary lower-case English word ("crowd", "some") */
	NKG_LEX_PARTICLE =
	        1u << 6, /* a name particle: "al", "bin", "ibn", "abu", "de", "van", "von" */
	NKG_LEX_ROLE_NOUN =
	        1u << 7, /* a role after a name: "director", "commander", "envoy", "cleric" */
	NKG_LEX_NEWS_ORG_CUE = 1u << 8, /* "news", "network", "TV", "agency", "press" */
	NKG_LEX_GOV_ORG_CUE =
	        1u << 9,         /* "parliament", "ministry", "army", "council", "government" */
	NKG_LEX_STOP = 1u << 10, /* never part of a name: "the", "and", "of"... (used with care) */
	NKG_LEX_FEATURE = 1u << 11 /* a sea, river, mountain or region no gazetteer holds: "Nile" */
};

/* Parses the embedded tables once (thread-safe).  0 or NKG_ENOMEM (NKG_EINVAL
 * or NKG_ELIMIT only if the embedded data are malformed: a build error).  Every
 * lookup below loads on first use, so calling this is optional. */
int nkg_lexicon_load(void);

/* Frees the tables (for leak checkers at exit); a later lookup loads them again. */
void nkg_lexicon_free(void);

/* Folds s as every key of the gazetteers is folded: ASCII lower case,
 * characters of fold.tsv replaced ("Baghdād" -> "baghdad", "ß" -> "ss"),
 * runs of spaces collapsed, ends trimmed; into out (cap bytes,
 * NUL-terminated).  For other tables keyed the same way (extract/orgs.c).
 * Returns the length, or -1 when it does not fit or the lexicon is not
 * loaded (call nkg_lexicon_load() first).  *lower (may be NULL) says whether
 * s had an ASCII lower-case letter. */
long nkg_lex_fold(struct nkg_str s, char *out, size_t cap, bool *lower);

/* The place best known under this name or alias, matched case-insensitively
 * on ASCII and with diacritics folded ("Baghdād" = "Baghdad" = "BAGHDAD").
 * Countries win over subdivisions, subdivisions over cities, then the larger
 * population; exception: a city that is a national capital or has at least
 * 100,000 people beats a subdivision of its own country with the same name
 * ("Baghdad" is the city, not the governorate IQ-BG; "New York" the city),
 * or of another country when its own has a subdivision of that name too
 * ("Gaza": the city in PS, not the province MZ-G).
 * A leading "the " is stripped when the whole name is not known ("the United
 * States"), so callers may pass it or not.  Acronyms of the data ("US", "UK",
 * "U.S.") match only input without ASCII lower case ("us" is the pronoun).
 * NULL when unknown or the lexicon failed to load. */
const struct nkg_lex_place *nkg_lex_place_find(struct nkg_str name);

/* The city called name (folded as for nkg_lex_place_find, aliases too)
 * inside a region called region: its subdivision, a subdivision containing
 * that, or its country, by any of their names or aliases ("Paris" in
 * "Texas", "Athens" in "Georgia" or "Ga.", "Birmingham" in "Ala.",
 * "Cambridge" in "England").  Every city of the name is considered, not
 * only the one nkg_lex_place_find() ranks first; among several in the
 * region, a national capital first, then the larger population, then the
 * smaller id.  Lookups by hash: the cost is the number of cities so named.
 * *region_out (may be NULL) receives the region it matched (US-GA for
 * "Georgia" with "Athens", not the country Georgia).  NULL (and *region_out
 * NULL) when no such city is known. */
const struct nkg_lex_place *nkg_lex_city_in(struct nkg_str name, struct nkg_str region,
                                            const struct nkg_lex_place **region_out);

/* The place with this id ("IQ", "IQ-BG", "city:IQ:baghdad"), or NULL. */
const struct nkg_lex_place *nkg_lex_place_by_id(const char *id);

/* The national capital (a NKG_LEX_CITY with is_capital) of the country with
 * this ISO 3166-1 alpha-2 code ("IQ" -> Baghdad), or NULL when the code is
 * unknown or the gazetteer has no capital for it (Antarctica, some
 * territories).  Borrowed, like every place. */
const struct nkg_lex_place *nkg_lex_capital_of(const char *country_code);

/* The country of a demonym or nationality adjective ("Iraqi", "American",
 * "Iranian"), or of its plural people noun ("Iraqis", "Americans") with
 * *plural = true (plural may be NULL).  NULL when unknown. */
const struct nkg_lex_place *nkg_lex_demonym(struct nkg_str word, bool *plural);

/* enum nkg_lex_word_flag bits for a word, looked up case-insensitively
 * (ASCII); 0 when the word is unknown.  A trailing period counts ("Gen."
 * is looked up as given, then without it).  An unknown British spelling
 * ("neighbouring", "organised") has the NKG_LEX_COMMON bit of its American
 * one, and no other. */
uint32_t nkg_lex_word(struct nkg_str word);

enum nkg_lex_pos { NKG_LEX_VERB, NKG_LEX_NOUN };

/* The base form of an irregular inflected form, from WordNet's exception
 * lists (morphology.tsv): verbs "struck" -> "strike", "was" -> "be"; nouns
 * "crises" -> "crisis", "men" -> "man".  form is lower-case ASCII, len bytes
 * (no NUL needed); NULL when the form is not an irregular one of that part of
 * speech (regular forms are the caller's suffix rules). */
const char *nkg_lex_base_form(const char *form, size_t len, enum nkg_lex_pos pos);

#endif
