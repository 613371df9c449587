/* eval.h - scoring the extractor against gold annotations (newskg eval).
 *
 * The gold side comes from the files in eval/gold/ (format in eval/README.md) or a
 * CoNLL-2003 file; the system side is a struct nkg_doc that nkg_extract()
 * (or a test) filled.  All offsets here are Unicode code points of the text,
 * end exclusive; the scorer converts the document's byte offsets itself.
 *
 * cli/eval.c holds the scorer and the gold readers (no extraction, no RDF),
 * cli/eval_cmd.c the command that runs the extractor and prints the tables.
 */
#ifndef NKG_EVAL_H
#define NKG_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/str.h"
#include "../extract/doc.h"

#define NKG_EVAL_LABEL_MAX   24 /* label bytes kept, NUL included */
#define NKG_EVAL_VALUE_MAX   64 /* value bytes kept, NUL included */
#define NKG_EVAL_MAX_CLASSES 16 /* distinct event classes per score */

/* One annotation: a span with a label ("PER", "DATE", "OCCURRENCE") and an
 * optional value (a TIMEX3 value; "" when none), both copied. */
struct nkg_eval_ann {
	uint32_t begin, end;
	char label[NKG_EVAL_LABEL_MAX];
	char value[NKG_EVAL_VALUE_MAX];
};

/* A growable list (heap, nkg_alloc).  present: the gold source has this kind
 * of annotation at all (a set without times scores no times). */
struct nkg_eval_anns {
	struct nkg_eval_ann *items;
	size_t n, cap;
	bool present;
};

/* One gold event argument ("arguments"): the trigger span, the argument
 * span, the role: "A0", "A1", "A2", "LOC", "TMP" or "OTHER", and the
 * instance id of the entity it refers to ("" when none), both copied and
 * cut to fit. */
struct nkg_eval_arg {
	uint32_t ev_begin, ev_end;
	uint32_t begin, end;
	char role[8];
	char instance[NKG_EVAL_VALUE_MAX];
};

struct nkg_eval_args {
	struct nkg_eval_arg *items;
	size_t n, cap;
	bool present;
};

/* The TimeML guidelines a set's times were marked by, where they differ:
 * TimeBank's (TempEval-3, GUM, ECB+'s own, the written sets) mark "two
 * years ago" as one DATE; MEANTIME's (MEANTIME, and the sets marked by its
 * conventions: meantime-rest, ecbplus-times, ecb-times, ecbplus-test-times)
 * mark the DURATION "two years".  The extractor gives both (extract.h,
 * NKG_RULE_TIMEX_AGO); the scorer keeps the one the record's set marks. */
enum nkg_eval_guidelines { NKG_EVAL_TIMEBANK, NKG_EVAL_MEANTIME };

/* The gold annotations of one document and where they are complete.
 * regions ("regions", ECB+): the annotated parts of the text, for every
 * layer.  entity_regions, time_regions, event_regions ("entity_regions"...,
 * MEANTIME): the annotated parts for that layer alone; they take precedence
 * over regions.  A list that is not present means the whole text. */
struct nkg_eval_gold {
	enum nkg_eval_guidelines guidelines; /* from the record's "set" */
	struct nkg_eval_anns entities, times, events, regions;
	struct nkg_eval_anns entity_regions, time_regions, event_regions;
	struct nkg_eval_args arguments; /* "arguments" (MEANTIME) */
	/* "event_times" (MEANTIME): the trigger span, label "DATE", value the
	 * date it is anchored to. */
	struct nkg_eval_anns event_times;
};

enum nkg_eval_layer { NKG_EVAL_ENTITIES, NKG_EVAL_TIMES, NKG_EVAL_EVENTS };

void nkg_eval_gold_init(struct nkg_eval_gold *g);
/* Frees the lists; g can be initialised again. */
void nkg_eval_gold_release(struct nkg_eval_gold *g);

/* The regions where the layer's gold is complete: its own list when present,
 * else g->regions when present, else NULL (the whole text).  Borrowed from g. */
const struct nkg_eval_anns *nkg_eval_gold_regions(const struct nkg_eval_gold *g,
                                                  enum nkg_eval_layer layer);

/* Whether [begin,end) lies inside one of regions (always when regions is
 * NULL); a span is inside a region [b,e] when b <= begin and end <= e. */
bool nkg_eval_in_regions(const struct nkg_eval_anns *regions, uint32_t begin, uint32_t end);

/* Appends [begin,end) with label and value (copied, cut to NKG_EVAL_LABEL_MAX
 * - 1 and NKG_EVAL_VALUE_MAX - 1 bytes; value may be empty) and sets a->present.  0, NKG_EINVAL
 * when begin > end, or NKG_ENOMEM (a unchanged). */
int nkg_eval_anns_add(struct nkg_eval_anns *a, uint32_t begin, uint32_t end, const char *label,
                      struct nkg_str value);

/* Counts for precision/recall: tp of sys are correct, tp of gold are found. */
struct nkg_eval_prf {
	uint64_t gold, sys, tp;
};

/* Precision, recall, F1 in [0,1]; 0 when the denominator is 0. */
double nkg_eval_precision(const struct nkg_eval_prf *c);
double nkg_eval_recall(const struct nkg_eval_prf *c);
double nkg_eval_f1(const struct nkg_eval_prf *c);

enum nkg_eval_type { NKG_EVAL_PER, NKG_EVAL_ORG, NKG_EVAL_LOC, NKG_EVAL_ALL, NKG_EVAL_NTYPES };

struct nkg_eval_class {
	char name[NKG_EVAL_LABEL_MAX];
	struct nkg_eval_prf c;
};

/* Scores summed over documents (micro averages). */
struct nkg_eval_score {
	uint64_t docs;
	struct nkg_eval_prf ent[NKG_EVAL_NTYPES]; /* exact span and type; ALL = micro */
	/* the gold of some record gave the layer (has_values: a time value) */
	bool has_entities, has_times, has_values, has_events;
	struct nkg_eval_prf t_strict;  /* exact span */
	struct nkg_eval_prf t_relaxed; /* overlapping span, one-to-one */
	struct nkg_eval_prf t_type;    /* relaxed match with the same type */
	struct nkg_eval_prf t_value;   /* relaxed match with the same value */
	uint64_t t_value_matched;      /* relaxed matches whose gold has a value */
	struct nkg_eval_prf ev_span;   /* exact trigger span, any class */
	struct nkg_eval_class ev_class[NKG_EVAL_MAX_CLASSES]; /* exact span and class, sorted */
	uint32_t n_ev_class;
	uint64_t ev_class_overflow; /* annotations whose class did not fit */
	/* Event participants and dates, over the gold triggers (inside the event
	 * regions) whose exact span newskg finds; see nkg_eval_score_doc(). */
	bool has_args, has_dates;
	uint64_t arg_triggers;           /* gold triggers found (with or without arguments) */
	struct nkg_eval_prf arg_span;    /* A0/A1/A2 arguments by span overlap, any role */
	struct nkg_eval_prf arg;         /* the same, or a gold name of the same instance */
	struct nkg_eval_prf arg_role[3]; /* as arg, A0, A1, A2 with newskg's role mapped to it */
	struct nkg_eval_prf date_exact;  /* gold dates; system: those triggers newskg dates */
	struct nkg_eval_prf date_compat; /* the same, one value a prefix of the other */
};

void nkg_eval_score_init(struct nkg_eval_score *s);

/* Adds one document to s: doc's mentions (byte offsets into doc->text, which
 * must be valid UTF-8) against gold (code points).  Entity mentions are typed
 * by nkg_entity_class_kind (products and market indices are not names and
 * not counted there; they count as participants); time mentions by their time's type and value;
 * event mentions by nkg_eval_event_class().  Duplicate spans with the same
 * label count once.  Of each layer, only the system mentions and the gold
 * annotations inside nkg_eval_gold_regions() of that layer are counted.
 *
 * When the gold has "arguments", every gold trigger inside the event regions
 * whose exact span some event mention has is scored for participants: a gold
 * A0, A1 or A2 argument is found (arg_span) when a participant of an event
 * mentioned there has an entity mention (anywhere) overlapping the argument
 * span, or (arg) also when one overlaps a gold name ("entities", anywhere)
 * of the argument's instance: "He" is found by a mention of the Steve Jobs
 * it refers to.  One-to-one, gold in order, each taking the first free
 * participant of the mapped role (nkg_eval_role_of) and then any; a
 * participant left over that overlaps a gold argument of another role (LOC,
 * OTHER) or one already taken is not counted, the others are wrong.
 * arg_role[k] counts the matches of arg whose gold role is Ak and whose
 * participant's role maps to Ak.
 * When the gold has "event_times", each gold date of a found trigger is
 * compared with the time value of the first event mentioned there that has
 * one: date_exact equal values, date_compat one a prefix of the other.
 * 0 or NKG_ENOMEM (s then unspecified). */
int nkg_eval_score_doc(struct nkg_eval_score *s, const struct nkg_doc *doc,
                       const struct nkg_eval_gold *gold);

/* Prints the differences between doc and gold that nkg_eval_score_doc()
 * counts, one tab-separated line each, ordered by layer (names, times,
 * events, participants, dates) and position:
 *   id  layer  kind  gold-span gold-label gold-text  system-span system-label system-text
 * kind: "missed" (gold only), "spurious" (system only), "type" (a name of
 * the same span and another type), for times the scorer's relaxed
 * matches whose "span", "type" or "value" differ (comma-separated), for
 * participants "role" (found in a role scored as another argument; labels
 * "A1=TRIGGER@offset", "speaker=TRIGGER@offset"), for dates "undated",
 * "compatible" (one value a prefix of the other) or "value".  Spans
 * are code points "b-e", time labels carry "=VALUE" when there is one, texts
 * are cut at 120 bytes with tabs and line breaks as spaces; an absent side
 * is "-" three times.  0 or NKG_ENOMEM. */
int nkg_eval_errors_doc(FILE *out, struct nkg_str id, const struct nkg_doc *doc,
                        const struct nkg_eval_gold *gold);

/* The PropBank argument a participant role of ours is scored as: 0 (A0)
 * for agents and speakers, 1 (A1) for patients and instruments (what a
 * market movement moves is Arg1 of rise.01/fall.01), 2 (A2) for other
 * participants ("met with X", "agreed with X"). */
int nkg_eval_role_of(enum nkg_role_type role);

/* The coarse gold class an event class of ours is scored as: "REPORTING"
 * for statements, "OCCURRENCE" for the others (static string). */
const char *nkg_eval_event_class(enum nkg_event_class cls);

/* One gold record of a JSON Lines file: slices of the line (borrowed). */
struct nkg_eval_record {
	struct nkg_str id, date, title, text, split, set;
};

/* Parses one JSON Lines gold record in line[0..n) (modified in place: keep
 * it alive while rec is used) into rec and gold (initialised by the
 * caller; annotations are appended).  The text must be valid UTF-8 and every
 * annotation inside it.  0; NKG_EJSON, NKG_EUTF8 or NKG_EINVAL with a message
 * in err[0..errlen) ("column 12: expected ']'"); NKG_ENOMEM. */
int nkg_eval_parse_record(char *line, size_t n, struct nkg_eval_record *rec,
                          struct nkg_eval_gold *gold, char *err, size_t errlen);

/* Prints s as a fixed-width table (tsv false) or as tab-separated lines
 * "set split task label gold system tp precision recall f1" (tsv true). */
void nkg_eval_print(FILE *out, const char *set, const char *split, const struct nkg_eval_score *s,
                    bool tsv);

#endif
