/* merge.h - the union of RDF graphs, with owl:sameAs-linked nodes smushed.
 *
 * A merge holds every statement of the graphs added to it IN MEMORY (one
 * interned copy of each distinct term, 16 bytes per statement): roughly the
 * size of the inputs as N-Triples, so it is meant for the graphs of a
 * collection of articles, not for a whole knowledge base.
 *
 * Union.  Statements are kept with their graph name (N-Quads); the same
 * statement in several inputs is kept once (per graph name).  Blank nodes
 * are local to their input: "_:b1" of the second input becomes "_:i2b1",
 * so two inputs never share a blank node by accident.
 *
 * Smushing (nkg_merge_smush).  The owl:sameAs statements whose subject and
 * object are IRIs or blank nodes define an equivalence (symmetric,
 * transitive, reflexive: union-find over the nodes).  In every class of
 * more than one node, ONE CANONICAL NODE is chosen by this rule, first
 * difference wins:
 *   1. an IRI that starts with the base (default NKG_DEFAULT_BASE) before
 *      other IRIs, and any IRI before a blank node;
 *   2. a node with an rdfs:label before one without (a member of an earlier
 *      merge has none left: its statements went to its canonical node, so
 *      merging a merged graph again keeps that node);
 *   3. a node that nkg_merge_link did not find to be the short form of
 *      another's name before one it did: the full name wins ("Maurice
 *      Cheeks" over "Mo Cheeks", "Lindsay Lohan" over "LiLo", "New Orleans
 *      Saints" over "Saints", "Indianapolis Colts" over "Indianapolis");
 *   4. the shorter IRI (or blank node id), in bytes;
 *   5. the lexically smaller, comparing bytes.
 * Then every statement's subject and object that is a member of a class is
 * replaced by the class's canonical node.  A person-blend's statements
 * lose on the way what was the extractor's guess: its rdf:type other than
 * schema:Person is dropped and its rdfs:label becomes a skos:altLabel
 * (person/lindsay-lohan stays a schema:Person labelled "Lindsay Lohan",
 * with the alternative label "LiLo").  So merging articles step by step
 * (merging the merged graph with the next ones) gives the graph of merging
 * them all at once.  Predicates and graph names are
 * NOT rewritten (a predicate or a document graph is never smushed), and
 * literals are never touched (an owl:sameAs whose object is a literal is
 * kept as it is and links nothing).  The owl:sameAs statements between
 * members of one class are replaced by exactly one statement
 * "canonical owl:sameAs member" for each other member, without graph name.
 *
 * Parsers are raptor's.  N-Triples goes through the Turtle parser (a
 * superset), because raptor 2.0.15's N-Triples parser leaks a URI per
 * typed literal and the terms of a rejected line; its N-Quads parser is the
 * same code and has the same leak, which only matters to valgrind (the
 * memory is a few dozen bytes per typed literal, returned at exit).
 *
 * Linking (nkg_merge_link, optional, before smushing).  Entities of
 * different articles whose names differ get different IRIs by the output
 * contract ("Mo Cheeks" person/mo-cheeks, "Maurice Cheeks"
 * person/maurice-cheeks).  Linking adds "a owl:sameAs b" (default graph)
 * between two IRIs typed schema:Person, or two typed schema:Organization,
 * or (venue-same-name only) an organisation and a schema:Place, or
 * (person-blend only) a person and an organisation, whose node smushing
 * leaves a person only (never a person and a place, never a node typed
 * both a person and an organisation), when a rule below says they are one,
 * judged on their rdfs:label values: words split at spaces, full stops
 * dropped, ASCII case ignored, a trailing comma and possessive
 * dropped, an organisation's leading "the" dropped, a person's trailing
 * "Jr.", "Sr.", "II", "III" or "IV" kept apart (two different ones are two
 * people).  People, surname = the last word:
 *   person-same-name    the same words ("Joseph Comeaux Jr.", "Joseph
 *                       Comeaux");
 *   person-middle-name  the same given name and surname, a middle name or
 *                       initial on one side only ("Raj K. Chohan", "Raj
 *                       Chohan");
 *   person-nickname     a given name and its usual English short form, or
 *                       two short forms of one name ("Mo"/"Maurice",
 *                       "Bill"/"William": a fixed table in merge.c, with a
 *                       few short forms of other languages: "Alexis"/
 *                       "Alexandros", "Pepe"/"Jose", "Sasha"/"Alexander");
 *   person-blend        a one-word name made of two short capitalised parts
 *                       ("LiLo", "A-Rod", "J.Lo": one to four letters, then
 *                       two to five, a hyphen or full stop between them or
 *                       nothing; not a known organisation), a person or an
 *                       organisation (the extractor cannot tell which an
 *                       unknown word is; not one typed with a subclass of
 *                       schema:Organization, "schema:Corporation", which is
 *                       more than a guess), and the one person of two words
 *                       or more whose given name, no surname particle (al,
 *                       da, de, del, di, dos, du, el, la, le, mac, mc, o,
 *                       van, von: "Di Conti"), starts with the first part
 *                       and whose longer surname starts with the second,
 *                       named in EVERY article that names the blend, and
 *                       there BEFORE it (first mention offsets, "DOC#char=
 *                       b,e"): a nickname is introduced after the name
 *                       ("Lindsay Lohan ... LiLo"; the article makes the
 *                       nickname plain, the link carries it to the other
 *                       articles), while a blend named first is another
 *                       entity ("DiCo, the firm founded by Dina Costa",
 *                       "LeBron scored ... Coach Leo Bronson").
 *                       On ECB+ dev 1 link ("LiLo", 82 pairs), right; on
 *                       the 2,535 written articles and MEANTIME and GUM dev
 *                       none (the written articles' 210 one-word names with
 *                       an inner capital are companies and parties:
 *                       "DiPa", a party, names no person of its article);
 *   person-spelling     a given name spelt two ways: both of at least 6
 *                       bytes, one byte inserted, dropped or replaced (not
 *                       the first), not both given names the lexicon knows
 *                       ("Mikheil"/"Mikhail", "Jermayne"/"Jerymayne",
 *                       "Salmaan"/"Salman"; not "Mohammed"/"Mohamed" nor
 *                       "Marion"/"Marian", who may be two people).  On the
 *                       1,498 written articles it made 6 links, all right
 *                       (transliterations: "Moqtada"/"Muqtada al-Sadr",
 *                       "Juergen"/"Jurgen Klopp"), on ECB+ dev 3, all
 *                       right.  Surnames spelt two ways are not linked yet
 *                       (people are grouped by surname): one edit alone was
 *                       wrong in 10 of 18 pairs of the written articles
 *                       ("Kerry"/"Terry", "Oakes"/"Oates"), the tests above
 *                       leave right ones ("Karoubi"/"Karroubi",
 *                       "Wetzler"/"Welzler" on dev) and "Palmen"/"Palmer".
 * Middle names on both sides must agree one by one (equal or an initial):
 * "George H. W. Bush" and "George W. Bush" are two people.  A bare surname
 * ("Bush") and a given name's initial ("J. Smith") are compatible with a
 * full name but not linked to one by their names alone: on 842 articles of
 * unrelated news half of such links were wrong ("Wang" and "David Wang").
 *   person-surname-context  a bare surname (a person none of whose labels
 *                       has two words), of three letters or more, not a
 *                       given name of the lexicon ("Jackson"), clean (THE
 *                       GUARD below: "Sharif" with "Nawaz Sharif" and
 *                       "Raheel Sharif" is a family name), and the one full
 *                       name with it (or several that link to each other by
 *                       the rules above) in no article of the surname, when
 *                       EVERY article of the surname names a person or
 *                       organisation that an article of the full name names
 *                       too, and they share two such in all, each named in
 *                       2 to 10 articles (or 2 % of them, if more): the
 *                       story's own actors, never a news organisation
 *                       (schema:NewsMediaOrganization: "AP" of every
 *                       dateline) nor a body named by one common word
 *                       ("Senate"), and no surname ever written before a
 *                       kin word (a mention of the extractor's rule
 *                       "entities.family", "the Lerner family": a family,
 *                       whose one IRI is no member's; graphs extracted
 *                       before that rule existed lack it and are not
 *                       guarded) ("Obama" of a headline, with
 *                       Biden and Clinton, and "Barack Obama").  One IRI
 *                       names every bare "Bush", so one whose articles tell
 *                       two stories fits neither.  On ECB+ dev 1 link (4
 *                       pairs), right; on the 5,248 written articles 27,
 *                       about 2 doubtful (a family with one member named in
 *                       full: "Pinault", "Efromovich").  Session 11's form
 *                       (two shared entities, no other guard) made 15 on
 *                       2,535 of them, 4 wrong.
 * THE GUARD: a person
 * is linked only when every two people compatible with it (bare surnames
 * and initials included) are compatible with each other, so "George Bush"
 * is not linked while the collection holds both "George W. Bush" and
 * "George H. W. Bush".  Organisations:
 *   org-team-name  a nickname: one word of at least 4 letters, or two
 *                  ("Tar Heels"), each written with a capital, not in
 *                  capitals only, the last ending in "s", not a known
 *                  organisation (extract/orgs.h), that ends exactly one
 *                  other organisation's name, whose other words name a
 *                  place of the gazetteer ("Saints", "New Orleans Saints";
 *                  "Tar Heels", "North Carolina Tar Heels"), or, for one
 *                  word the extractor found alone as a club (a mention of
 *                  rule "entities.team-nickname"), an organisation named
 *                  in every article of the nickname ("Bluejays",
 *                  "Creighton Bluejays" with "Creighton" in each article
 *                  of "Bluejays": a university's team).  A nickname found
 *                  alone and one of two words also need a person shared by
 *                  an article of each, named in at most 10 articles (or 2 %
 *                  of them, if more): "Colts" and "Indianapolis Colts" with
 *                  Peyton Manning.  Without it, on the 5,248 written
 *                  articles 6 of 20 new links were wrong, a nickname that
 *                  many clubs share ("Bulldogs" of Georgia and the
 *                  "Western Bulldogs"; the rugby "Hurricanes" and the
 *                  "Carolina Hurricanes"; "Free Press", an advocacy group,
 *                  and the "Winnipeg Free Press"); with it 8 new links
 *                  there, all right, and 2 right ones of session 11 lost
 *                  ("Mets", "Seahawks", now found alone in articles that
 *                  share no person with the full name's).  A nickname of
 *                  two words is linked also where an article names both
 *                  (the extractor joins only a club's last word to its
 *                  full name).
 *   org-place-name  an organisation whose whole name is a city's or a
 *                  subdivision's of the gazetteer (not a country's), and
 *                  the one organisation named by those words and one more
 *                  that passes org-team-name's word test (a capital, not
 *                  capitals only, at least 4 letters, ending in "s", not
 *                  a known organisation), or two more written with a
 *                  capital that name an organisation alone too ("North
 *                  Carolina Tar Heels" and "Tar Heels"; not "Texas Health
 *                  Resources"), when that one, with the organisation of its
 *                  nickname alone, has mentions in at least 3 documents
 *                  ("Indianapolis" as an organisation, "Indianapolis
 *                  Colts"; "Southwest", "Southwest Airlines").  An
 *                  organisation named by no place joins its club so when
 *                  the club's nickname is one word found alone as a club
 *                  in articles that all name the organisation
 *                  ("Creighton", "Creighton Bluejays": org-team-name's
 *                  school rule).  A city as an organisation is a club called
 *                  by its city, or a company by its first words.  Without
 *                  the 3 documents, 6 of the 11 links it made on the 1,498
 *                  written articles were wrong (another club of the city:
 *                  "Reading" FC and "Reading Royals", "Leicester" and
 *                  "Leicester Tigers"; "Surrey" and "Surrey Schools";
 *                  "Nokia" and "Nokia Solutions"); with them it made 4
 *                  there and 6 on ECB+ dev, all right.  Countries are left
 *                  out ("Japan", "Japan Airlines").
 *   org-acronym    an organisation named by one word of 2 to 6 letters in
 *                  capitals only that is no common word of the lexicon
 *                  ("AM", "HP": horsepower), and the one other organisation
 *                  written with a capital, not in capitals only, whose
 *                  initials it is (each word's first letter and each
 *                  hyphenated part's, "of", "and", "the", "for", "&" left
 *                  out: "FDA", "Food and Drug Administration"; "HD",
 *                  "Harley-Davidson"), in no article of the acronym, when
 *                  their news is one story as for person-surname-context
 *                  (every article of the acronym shares a person or
 *                  organisation with the full name's articles, two in all,
 *                  each named in 2 to 10 articles or 2 %).  On the 5,248
 *                  written articles 25 links, all right ("IMF", "PSNI",
 *                  "UNMISS", "KCNA", "Advanced Micro Devices" and "AMD");
 *                  on ECB+ dev 1 ("CHP", California Highway Patrol), right,
 *                  no gold pair.  By the letters alone about half were
 *                  wrong ("DC", "Dallas Cowboys": see below).
 * Venues:
 *   venue-same-name an organisation and a place with the same words, two
 *                  or more, the last one a building's (arena, cathedral,
 *                  center, centre, church, clinic, hospital, hotel, mosque,
 *                  museum, stadium, theater, theatre), the name no place
 *                  of the gazetteer ("Betty Ford Center" a clinic in one
 *                  article, a place in another).
 * Looser organisation rules (any short name that ends one other name, an
 * acronym of one other name without org-acronym's shared story) made wrong
 * links in about half the cases on unrelated news ("Bank of China",
 * "Agricultural Bank of China"; "DC", "Dallas Cowboys") and are not made; nor is an organisation with the place
 * of the same name when that is a place of the gazetteer ("Indianapolis"
 * the club and the city; 170 such pairs on the written articles, mostly
 * countries and cities as teams or governments).  Tried in session 11 and
 * left out: a bare surname linked to the one full name with it when their
 * articles share two or more people or organisations named in at most 2 %
 * of the articles ("Obama", "Barack Obama": 4 pairs on ECB+ dev) made 15
 * links on the 2,535 written articles, at least 4 of them wrong, a family
 * or a namesake ("the Agnelli family" and Andrea Agnelli, "the Pinault
 * family", Brazil's "Ronaldo" and Cristiano Ronaldo; person-surname-context
 * is it with more guards); an organisation named
 * by a place of the gazetteer and another organisation's name of two words
 * or more ("Malibu Promises Treatment Center", "Promises Treatment Center":
 * 9 pairs on ECB+ dev) made 176 links there, nearly all wrong ("Boston
 * Police Department", "Police Department"; "Delta Air Lines", "Air
 * Lines").  Never linked: two
 * entities that have a mention (DOC#char=b,e itsrdf:taIdentRef ENTITY) in
 * one document, since the article itself kept them apart, except by
 * person-nickname and person-blend (the extractor does not know short given
 * names nor blends) and by
 * org-place-name (an article that names "Indianapolis Colts" and
 * "Indianapolis" as an organisation calls the club by its city: the
 * same-article join of a town as a club with its club, and through the
 * club with its nickname, "Indianapolis" and "Colts" of one article) and
 * org-team-name of a nickname of two words; a town as a club and a
 * nickname of one article are not joined without the club's full name in
 * the collection (an article often names both clubs of a game: which town
 * goes with which nickname, the words alone do not say); places
 * with places (the same place name names different places; a place and the
 * places inside it, which gold data often join, are not one).  The
 * per-article IRIs are not changed: smushing then gives each class one
 * canonical IRI by the rule above.
 *
 * Output (nkg_merge_write) is deterministic: N-Triples and N-Quads lines
 * come in byte order (as LC_ALL=C sort would put them), without duplicates;
 * Turtle goes through a librdf "trees" model, which is sorted, with the
 * prefixes of ontology/terms.c.  N-Triples and Turtle drop graph names.
 */
#ifndef NKG_GRAPH_MERGE_H
#define NKG_GRAPH_MERGE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/str.h"
#include "graph.h"

struct nkg_merge;

/* Counts of what happened, for the summary. */
struct nkg_merge_stats {
	size_t inputs;          /* inputs added successfully */
	size_t triples_in;      /* statements parsed from them (duplicates included) */
	size_t classes;         /* sameAs classes of more than one node */
	size_t nodes_rewritten; /* non-canonical members replaced */
	size_t stmts_rewritten; /* statements whose subject or object was replaced */
	size_t triples_out;     /* distinct statements after smushing (graph names count) */
};

/* A new, empty merge.  base (borrowed during the call; NULL =
 * NKG_DEFAULT_BASE) is the prefix preferred for canonical IRIs.
 * 0, NKG_ENOMEM or NKG_ERDF (the librdf world did not open). */
int nkg_merge_new(const char *base, struct nkg_merge **out);

/* Frees m and its librdf world; accepts NULL. */
void nkg_merge_free(struct nkg_merge *m);

/* The raptor syntax name for a file name's extension: ".ttl", ".turtle" ->
 * "turtle"; ".nt" -> "ntriples"; ".nq" -> "nquads"; ".rdf", ".owl", ".xml"
 * -> "rdfxml"; ".trig" -> "trig" (ASCII case ignored).  Static string, or
 * NULL when the extension says nothing. */
const char *nkg_merge_syntax_for_name(const char *name);

/* True when syntax is one nkg_merge_add_* accepts: "turtle", "ntriples",
 * "nquads", "rdfxml" or "trig". */
int nkg_merge_syntax_ok(const char *syntax);

/* Parses the graph in the open stream f (borrowed; read to its end) in
 * syntax (see above; NULL = from name's extension) and adds its statements.
 * name (borrowed) names the input in errors; base_uri (borrowed; NULL = a
 * file: URI made from name) resolves relative IRIs.  All or nothing: when
 * the parser reports an error, none of this input's statements is kept.
 * 0; NKG_EINVAL (no syntax known), NKG_ERDF (a syntax error: err[0..errlen)
 * says "line 3: ..."), NKG_ENOMEM. */
int nkg_merge_add_stream(struct nkg_merge *m, FILE *f, const char *name, const char *syntax,
                         const char *base_uri, char *err, size_t errlen);

/* As nkg_merge_add_stream on the bytes data[0..len) (borrowed). */
int nkg_merge_add_bytes(struct nkg_merge *m, const char *data, size_t len, const char *name,
                        const char *syntax, const char *base_uri, char *err, size_t errlen);

/* Computes the sameAs classes and rewrites the statements as the header
 * says; call once, after the last add.  *stats (may be NULL) receives the
 * counts.  0 or NKG_ENOMEM (m is then unusable but can be freed). */
int nkg_merge_smush(struct nkg_merge *m, struct nkg_merge_stats *stats);

/* Adds the owl:sameAs links of the rules above; call once, after the last
 * add and before nkg_merge_smush.  *n_links (may be NULL) receives the number
 * of links added.  0, NKG_EINVAL (already linked or smushed) or NKG_ENOMEM
 * (m is then unusable but can be freed). */
int nkg_merge_link(struct nkg_merge *m, size_t *n_links);

/* Writes the links nkg_merge_link made, one line each, sorted:
 * "link<TAB>RULE<TAB>A<TAB>B\n", A and B in N-Triples syntax, A the smaller.
 * 0, NKG_ENOMEM or NKG_EIO. */
int nkg_merge_write_links(const struct nkg_merge *m, FILE *out);

/* Writes the merged graph to out (borrowed) in format.  Call after
 * nkg_merge_smush (or without it: the plain union).  *n_written (may be
 * NULL) receives the number of statements written (N-Triples and Turtle
 * write a triple found in several graphs once).  0, NKG_ERDF, NKG_ENOMEM
 * or NKG_EIO (the FILE failed). */
int nkg_merge_write(struct nkg_merge *m, enum nkg_format format, FILE *out, size_t *n_written);

/* Writes what was merged, one line per non-canonical node, sorted:
 * "CANONICAL<TAB>MEMBER\n", both in N-Triples syntax (<iri> or _:id).
 * 0 or NKG_EIO. */
int nkg_merge_write_report(const struct nkg_merge *m, FILE *out);

/* One term of a statement handed to a visitor: kind, its IRI / blank id /
 * lexical form (value), and a literal's language and datatype IRI (empty
 * when none).  All slices are borrowed, valid during the call. */
enum nkg_merge_kind { NKG_MERGE_IRI, NKG_MERGE_BLANK, NKG_MERGE_LITERAL };
struct nkg_merge_term {
	enum nkg_merge_kind kind;
	struct nkg_str value, lang, datatype;
};

/* Called for each distinct statement in output order; g is NULL for the
 * default graph.  Return 0 to go on, anything else stops the walk and is
 * returned by nkg_merge_visit. */
typedef int nkg_merge_visit_fn(void *ctx, const struct nkg_merge_term *s,
                               const struct nkg_merge_term *p, const struct nkg_merge_term *o,
                               const struct nkg_merge_term *g);

/* Walks the statements (after nkg_merge_smush, or the plain union).
 * 0, NKG_ENOMEM, or what fn returned. */
int nkg_merge_visit(struct nkg_merge *m, nkg_merge_visit_fn *fn, void *ctx);

#endif
