/* orgs.h - organisations with their Wikidata items, compiled into the binary.
 *
 * The data are extract/lexicon/organizations.tsv: the brands, operators and
 * transit networks of OpenStreetMap's name-suggestion-index that are
 * organisations, each with its Wikidata QID, the Wikidata label and the
 * names NSI knows it by (extract/lexicon/README.md, "Organisations", says
 * how it was made and what was left out).  The file is embedded like the
 * other lexicons and parsed once, on first use, into a hash table.  Every
 * pointer returned is borrowed from that table and valid until
 * nkg_orgs_free().  Lookups are thread-safe.
 *
 * Keys are folded as the gazetteer's are (ASCII lower case, diacritics of
 * fold.tsv removed, runs of spaces collapsed, ends trimmed: "NISSAN" =
 * "Nissan"); a key written only in capitals and dots ("BP", "KFC") matches
 * only input without ASCII lower case.  A key of two different QIDs is
 * ambiguous and matches nothing (the build leaves such keys out; the loader
 * also kills any it finds).
 */
#ifndef NKG_ORGS_H
#define NKG_ORGS_H

#include <stddef.h>

#include "../core/str.h"

/* What NSI lists the organisation as (the tag its QID came from). */
enum nkg_org_kind {
	NKG_ORG_BRAND,    /* brand:wikidata: a chain, a bank, a maker ("Nissan", "HSBC") */
	NKG_ORG_OPERATOR, /* operator:wikidata: runs facilities (police, utilities, agencies) */
	NKG_ORG_NETWORK   /* network:wikidata: a transit network and its operator */
};

struct nkg_org {
	const char *qid;  /* Wikidata item, "Q20165" */
	const char *name; /* its Wikidata label, "Nissan" */
	enum nkg_org_kind kind;
};

/* Bits of nkg_org_find()'s *how. */
enum nkg_org_match {
	/* The name matched one of NSI's names for it, not the Wikidata label. */
	NKG_ORG_BY_ALIAS = 1u << 0,
	/* The name is also something else: one word that is an ordinary
	 * lower-case English word, a given name, surname, title or role noun of
	 * extract/lexicon ("Target", "Next", "Apple", "Amazon", "Ford"), a
	 * nationality adjective, a place the gazetteer knows ("Toyota"), several
	 * words that are all ordinary words ("Best Buy"), or an acronym of at
	 * most three letters ("BP", "ABC").  Callers should link such a name
	 * only when other evidence says it is this organisation (graph/graph.c:
	 * the whole canonical name of an entity the extractor gave a specific
	 * organisation class, such as schema:Corporation). */
	NKG_ORG_WEAK = 1u << 1
};

/* Parses the embedded table once (thread-safe).  0 or NKG_ENOMEM (NKG_EINVAL
 * or NKG_ELIMIT only if the embedded data are malformed: a build error).
 * nkg_org_find() loads on first use, so calling this is optional; a caller
 * that must not lose links silently calls it and fails on an error. */
int nkg_orgs_load(void);

/* Frees the table (for leak checkers at exit); a later lookup loads it again. */
void nkg_orgs_free(void);

/* The organisation whose unambiguous key name is (folded, see above; a
 * leading "the " is tried without when the whole name is unknown), or NULL
 * when none is, the key is ambiguous, or a table failed to load.  *how (may
 * be NULL) receives enum nkg_org_match bits; it is written only when an
 * organisation is returned.  Uses extract/lexicon.h for NKG_ORG_WEAK. */
const struct nkg_org *nkg_org_find(struct nkg_str name, unsigned *how);

/* The organisation with this QID ("Q20165"), or NULL. */
const struct nkg_org *nkg_org_by_qid(const char *qid);

/* Number of organisations in the table (0 when it failed to load). */
size_t nkg_orgs_count(void);

/* Stable lower-case name of a kind: "brand", "operator", "network". */
const char *nkg_org_kind_name(enum nkg_org_kind kind);

#endif
