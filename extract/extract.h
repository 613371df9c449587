/* extract.h - text -> document model: the whole extraction pipeline.
 *
 * Order: tokens and sentences; article metadata found in the text (headline,
 * dateline, source line); entities with in-article coreference; time
 * expressions normalised against the publication date; events with their
 * time, place and participants; quotes.  Each stage reads what the earlier
 * ones wrote into the document.
 */
#ifndef NKG_EXTRACT_H
#define NKG_EXTRACT_H

#include "doc.h"
#include "token.h"

/* Runs every stage on doc (its text and metadata set by the reader).
 * 0 on success; NKG_ENOMEM or NKG_ELIMIT leave doc partially filled: the
 * caller releases it and reports the error. */
int nkg_extract(struct nkg_doc *doc);

/* The stages, in the order nkg_extract calls them.  Each returns 0 or a
 * negative enum nkg_err and may be called on its own by tests. */

/* metadata.c: headline (first short line) into doc->title when empty; a
 * dateline ("BAGHDAD, Jan 24 (Reuters) -", "TEHRAN (Iran News) –") gives
 * dateline_place, source and, when doc->date is empty, the date; a trailing
 * "source : X" line gives doc->source when empty. */
int nkg_find_metadata(struct nkg_doc *doc, const struct nkg_tokens *toks);

/* entities.c: people, organisations and places, merged within the article
 * (aliases, demonyms, acronyms), with roles, nationality and containment. */
int nkg_find_entities(struct nkg_doc *doc, const struct nkg_tokens *toks);

/* The rule of an entity mention that is a description, not a name: "the
 * cleric" for the one cleric the article named before.  Scoring names
 * (cli/eval.c, CoNLL-style) leaves such mentions out. */
#define NKG_RULE_ROLE_NOUN "entities.coref.role-noun"

/* timex.c: time expressions, normalised to TIMEX3 values against doc->date. */

/* "two years ago" is read two ways by TimeML's guidelines: TimeBank (and
 * GUM) mark one DATE over the phrase; MEANTIME marks the DURATION "two
 * years", whose begin point is that date, a TIMEX3 with no words of its
 * own.  The extractor keeps both: the date over the phrase (the rule
 * NKG_RULE_TIMEX_AGO: the time events are dated by), and after it the
 * duration over the words before "ago" (NKG_RULE_TIMEX_AGO_DURATION).
 * Scoring (cli/eval.c) keeps the one the gold's guidelines mark. */
#define NKG_RULE_TIMEX_AGO          "timex:ago"
#define NKG_RULE_TIMEX_AGO_DURATION "timex:ago.duration"

int nkg_find_times(struct nkg_doc *doc, const struct nkg_tokens *toks);

/* events.c: event triggers with their time, place and participants, and
 * quotes with their speakers. */
int nkg_find_events(struct nkg_doc *doc, const struct nkg_tokens *toks);

#endif
