/* doc.h - the document model: the seam between extract/ and graph/.
 *
 * extract/ fills a struct nkg_doc from an article's text; graph/ reads it and
 * knows nothing else of extraction.  Everything a document holds lives in its
 * arena and is released with nkg_doc_release().
 *
 * Offsets are BYTE offsets into doc->text (valid UTF-8).  graph/ converts them
 * to Unicode code points for NIF.  Cross references between records are
 * uint32_t indexes into the document's arrays, NKG_NONE for "none".
 */
#ifndef NKG_DOC_H
#define NKG_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/str.h"

#define NKG_NONE UINT32_MAX

/* [begin, end) in bytes of doc->text. */
struct nkg_span {
	uint32_t begin;
	uint32_t end;
};

/* ---- entities ---------------------------------------------------------- */

/* The broad type of an entity.  Appended (issue 4): products and market
 * indices, what an event acts on rather than who acts; they are no names of
 * people, organisations or places (not PER/ORG/LOC in cli/eval.c). */
enum nkg_entity_kind {
	NKG_KIND_PERSON,
	NKG_KIND_ORGANIZATION,
	NKG_KIND_PLACE,
	NKG_KIND_PRODUCT,     /* appended: "iPod nano", "Mac OS X Lion", "Boeing 777" */
	NKG_KIND_MARKET_INDEX /* appended: "Dow Jones Industrial Average", "FTSE 100" */
};

/* The most specific class the text supports; each maps to one schema.org
 * class (or an nkg: subclass of one) in ontology/terms.h. */
enum nkg_entity_class {
	NKG_CLASS_PERSON,         /* schema:Person */
	NKG_CLASS_ORGANIZATION,   /* schema:Organization */
	NKG_CLASS_GOVERNMENT_ORG, /* schema:GovernmentOrganization: parliaments, ministries, armies
	                           */
	NKG_CLASS_NEWS_MEDIA_ORG, /* schema:NewsMediaOrganization: agencies, networks, papers */
	NKG_CLASS_RESEARCH_ORG,   /* schema:ResearchOrganization: centers for studies, institutes */
	NKG_CLASS_EDUCATIONAL_ORG, /* schema:EducationalOrganization: universities, schools */
	NKG_CLASS_POLITICAL_PARTY, /* nkg:PoliticalParty (schema:Organization) */
	NKG_CLASS_ARMED_GROUP,     /* nkg:ArmedGroup (schema:Organization): militias, factions */
	NKG_CLASS_CORPORATION,     /* schema:Corporation */
	NKG_CLASS_PLACE,           /* schema:Place */
	NKG_CLASS_COUNTRY,         /* schema:Country */
	NKG_CLASS_ADMIN_AREA,      /* schema:AdministrativeArea: provinces, states */
	NKG_CLASS_CITY,            /* schema:City */
	NKG_CLASS_DISTRICT, /* nkg:District (schema:AdministrativeArea): districts, neighbourhoods
	                     */
	NKG_CLASS_AIRPORT,  /* schema:Airport */
	/* Appended (issue 4), found by extract/events.c where an event's grammar
	 * puts them: what a company launches, what moved in a market. */
	NKG_CLASS_PRODUCT,      /* schema:Product (kind NKG_KIND_PRODUCT) */
	NKG_CLASS_MARKET_INDEX, /* nkg:MarketIndex, a schema:Intangible */
	NKG_CLASS_COUNT
};

enum nkg_entity_kind nkg_entity_class_kind(enum nkg_entity_class cls);
/* Stable lower-case name of the class, used in entity IRIs ("person",
 * "organization", "place", "product", "index"): the kind, never the subclass, so that a
 * city typed schema:Place in one article and schema:City in another still
 * gets one IRI. */
const char *nkg_entity_kind_name(enum nkg_entity_kind kind);

/* A role a person holds: "director" of the Iraqi Center for Studies, "US
 * special envoy", "Lt. Gen.". */
struct nkg_role {
	struct nkg_str title; /* as written, e.g. "director", "special envoy" */
	uint32_t org;         /* entity index of the organisation, or NKG_NONE */
	float confidence;
	const char *rule; /* static string naming the rule */
};

struct nkg_entity {
	enum nkg_entity_class cls;
	struct nkg_str name;       /* canonical name: decides the IRI */
	struct nkg_str *alt_names; /* other names used in the article, each distinct from name */
	uint32_t n_alt_names, cap_alt_names;
	struct nkg_role *roles;
	uint32_t n_roles, cap_roles;
	uint32_t nationality; /* entity index of a country ("Iranian"), or NKG_NONE */
	uint32_t container;   /* entity index of the place that contains this place, or NKG_NONE */
	/* A place the gazetteer does not hold whose name does not tell it from
	 * others: ordinary words with a place word ("Old Town", "City Hall"),
	 * or a gazetteer place's name it is not (Iraq's Kurdistan, not Iran's).
	 * Its IRI takes its container's name (graph/graph.c). */
	bool shared_name;
	struct nkg_str
	        lex_id;  /* gazetteer key when known ("IQ", "IQ-BG", "geonames:98182"), or empty */
	double lat, lon; /* WGS84 when has_coords */
	bool has_coords;
	float confidence;
	const char *rule;     /* static string naming the rule or model that found it */
	const char *religion; /* appended: "Shia Islam" from "Shia cleric X", static; or NULL */
};

/* ---- time expressions -------------------------------------------------- */

enum nkg_timex_type { NKG_TIMEX_DATE, NKG_TIMEX_TIME, NKG_TIMEX_DURATION, NKG_TIMEX_SET };

/* One normalised time value; mentions with the same value share it. */
struct nkg_time {
	enum nkg_timex_type type;
	struct nkg_str value;  /* TIMEX3 value: "2020-01-24", "2020-W04", "P3D", "XXXX-01-03" */
	struct nkg_str anchor; /* the date it was resolved against, or empty */
	/* A clock time's offset from UTC when the text names its zone: "-04:00"
	 * for "4:59 p.m. EDT" (value "2013-05-03T16:59": TIMEX3 values keep
	 * the wall clock, as MEANTIME writes them); empty for UTC (the value
	 * ends in "Z") and for a time of no zone.  Times of one value and
	 * different offsets are different times. */
	struct nkg_str offset;
	float confidence;
	const char *rule;
};

/* The TIMEX3 type attribute of t: "DATE", "TIME", "DURATION" or "SET"
 * (static string; "DATE" for a value outside the enum). */
const char *nkg_timex_type_name(enum nkg_timex_type t);

/* ---- events ------------------------------------------------------------ */

enum nkg_event_class {
	NKG_EVENT_PROTEST,         /* rally, demonstration, protest, march */
	NKG_EVENT_MILITARY_STRIKE, /* strike, airstrike, drone strike, bombing raid */
	NKG_EVENT_ATTACK,          /* attack, bombing, shooting */
	NKG_EVENT_KILLING,         /* assassination, killing */
	NKG_EVENT_VOTE,            /* vote, ballot */
	NKG_EVENT_ELECTION,
	NKG_EVENT_STATEMENT, /* statement, speech, sermon, tweet, announcement */
	NKG_EVENT_MEETING,   /* meeting, visit, talks */
	NKG_EVENT_ARREST,
	NKG_EVENT_AGREEMENT,
	NKG_EVENT_APPOINTMENT, /* appointed, nominated, inaugurated */
	NKG_EVENT_RESIGNATION,
	NKG_EVENT_ACCIDENT, /* crash, collision, derailment */
	NKG_EVENT_DISASTER, /* earthquake, flood, hurricane, wildfire, eruption */
	NKG_EVENT_TRIAL,
	NKG_EVENT_VERDICT, /* convicted, acquitted, sentenced */
	/* Appended (issue 4): business and economy. */
	NKG_EVENT_MARKET_RISE,    /* "shares rose 5 %", "the Dow gained 155 points" */
	NKG_EVENT_MARKET_FALL,    /* "the FTSE 100 fell 232.90 points", "stocks plunged" */
	NKG_EVENT_PRODUCT_LAUNCH, /* a company launches, unveils, introduces, releases a product */
	NKG_EVENT_ACQUISITION,    /* acquisition, takeover, merger: a company buys another */
	NKG_EVENT_LAYOFF,         /* job cuts, layoffs: an employer cuts jobs */
	NKG_EVENT_LAWSUIT,        /* a lawsuit: X sues Y */
	NKG_EVENT_BANKRUPTCY,     /* a company files for bankruptcy */
	NKG_EVENT_RECALL,         /* a company recalls products */
	/* Appended: the classes above from MARKET_RISE to RECALL are the
	 * business ones (keyed by a company, biz_participants). */
	NKG_EVENT_LABOUR_STRIKE, /* workers' strike, walkout, general strike */
	/* Appended (issue 4): what else the news reports happening to people.
	 * Death, charge and dismissal are person-centred as a verdict is. */
	NKG_EVENT_DEATH,        /* died, death, dead: the one who died is the patient */
	NKG_EVENT_CHARGE,       /* charged with, charges, accused of, indicted (criminal) */
	NKG_EVENT_SPORTS_MATCH, /* a game and its result: beat, defeated, victory over */
	NKG_EVENT_FIRE,         /* a fire or blaze that burns a building; arson */
	NKG_EVENT_DISMISSAL,    /* fired, sacked, dismissed from a post */
	/* Appended (issue 4): a violent confrontation between groups. */
	NKG_EVENT_CLASH, /* clashes between police and protesters, clashed with troops */
	/* Appended (issue 4): people hurt where the text reports no act that
	 * hurt them ("Two officers were injured in Lyon"); the hurt are its
	 * patients, their count its injured. */
	NKG_EVENT_INJURY,
	/* Appended (issue 4): a prisoner's escape from custody ("escaped from a
	 * prison van", "a brazen courthouse escape"); who escaped is the agent. */
	NKG_EVENT_ESCAPE,
	/* Appended (issue 4): a person admitted to care ("checked into rehab",
	 * "entered a treatment center", "was hospitalized"); the person is the
	 * patient. */
	NKG_EVENT_ADMISSION,
	/* Appended (issue 4): an aircraft's flight ("the A380's maiden flight",
	 * "a Qantas flight"); the airline is the agent, not its key: two
	 * flights of one airline are two events. */
	NKG_EVENT_FLIGHT,
	/* Appended (issue 4): a team places a player on injured reserve ("The
	 * Saints placed Reggie Bush on injured reserve"): the team the agent, the
	 * player the patient. */
	NKG_EVENT_INJURED_RESERVE,
	/* Appended (issue 4): a gathering to mourn or honour the dead: a vigil,
	 * a funeral, a memorial service ("a candlelit vigil for Kimani Gray",
	 * "the funeral of X"); the one mourned is the patient. */
	NKG_EVENT_COMMEMORATION,
	/* Appended (issue 4): a driving offence a person is arrested, charged
	 * or stopped for: drunk driving, DUI, DWI, driving under the
	 * influence, speeding ("arrested on suspicion of drunken driving");
	 * the offender is the agent. */
	NKG_EVENT_DRIVING_OFFENCE,
	/* Appended (issue 4): a kidnapping, abduction or hostage-taking ("gunmen
	 * kidnapped two engineers", "took two guards hostage"); the one taken
	 * is the patient, the kidnapper the agent. */
	NKG_EVENT_KIDNAPPING,
	NKG_EVENT_COUNT /* at most 64: the event stage keeps sets of classes in 64-bit masks */
};

/* Stable lower-case name of the class, used in event IRIs ("protest"). */
const char *nkg_event_class_name(enum nkg_event_class cls);

enum nkg_role_type {
	NKG_ROLE_AGENT,   /* who did it, called it or organised it */
	NKG_ROLE_PATIENT, /* target or victim */
	NKG_ROLE_PARTICIPANT,
	NKG_ROLE_SPEAKER,
	NKG_ROLE_INSTRUMENT, /* appended: what a market movement moved (an index, a company's
	                        shares) */
	NKG_ROLE_COUNT
};

const char *nkg_role_type_name(enum nkg_role_type role);

/* Whose event a keyed event is: the role of the person who resigns or
 * escapes (NKG_ROLE_AGENT) or is appointed, tried, sentenced, charged, dismissed,
 * hurt (an injury), admitted to care, placed on injured reserve or who died
 * (NKG_ROLE_PATIENT); for the business classes the entity the event is about: what moved in a
 * market movement (NKG_ROLE_INSTRUMENT), the company acquired
 * (NKG_ROLE_PATIENT), the company that launches, cuts jobs, sues, goes
 * bankrupt or recalls (NKG_ROLE_AGENT); NKG_ROLE_COUNT for the other
 * classes.  Two such events with different entities in that role are
 * different events (coreference, event IRIs). */
enum nkg_role_type nkg_event_key_role(enum nkg_event_class cls);
/* Whether an entity of class ent can key an event of class cls in its key
 * role: only a person for the person-centred classes (resignation,
 * appointment, trial, verdict, death, charge, dismissal, injury, escape,
 * admission, injured reserve), any entity for the business classes (MARKET_RISE to RECALL). */
bool nkg_event_key_accepts(enum nkg_event_class cls, enum nkg_entity_class ent);

struct nkg_participant {
	uint32_t entity;
	enum nkg_role_type role;
};

/* A participant no name gives, as the text describes it ("a gunman", "the
 * driver", "a 23-year-old woman"): a description is no identity, so it is
 * no entity (two articles' "a woman" need not be one woman); graph/ gives it
 * a node of its own article.  person: the head noun makes it a person. */
struct nkg_described {
	struct nkg_span span; /* the description in doc->text */
	enum nkg_role_type role;
	bool person;
};

/* Whether the text says the event took place (TimeML/FactBank-style
 * factuality, coarse).  An event takes the most factual value among its
 * mentions: one asserted mention makes it asserted. */
enum nkg_factuality {
	NKG_FACT_ASSERTED = 0, /* happened or is happening: the default */
	NKG_FACT_NEGATED,      /* said not to have happened: "denied carrying out the strike" */
	NKG_FACT_CALLED_FOR,   /* future, planned, demanded: "called on Iraqis to stage a rally" */
	NKG_FACT_HYPOTHETICAL, /* possible or conditional: "could strike", "if they vote" */
	NKG_FACT_REPORTED,     /* attributed claim: "allegedly", "reportedly", "claimed to have" */
	NKG_FACT_COUNT
};

/* Stable lower-case name ("asserted", "called-for"...). */
const char *nkg_factuality_name(enum nkg_factuality f);

/* How a statement was made, when the text says: "in his weekly sermon", "he
 * tweeted", "in a statement", "told reporters at a news conference". */
enum nkg_channel {
	NKG_CHANNEL_NONE = 0,
	NKG_CHANNEL_WRITTEN_STATEMENT, /* "a statement", "the statement said" */
	NKG_CHANNEL_SERMON,            /* "sermon" */
	NKG_CHANNEL_SPEECH,            /* "speech", "address" */
	NKG_CHANNEL_TWEET,             /* "tweet(ed)", "on Twitter" */
	NKG_CHANNEL_SOCIAL_POST,       /* "on Facebook", "on Instagram", "a post" */
	NKG_CHANNEL_INTERVIEW,         /* "in an interview" */
	NKG_CHANNEL_PRESS_CONFERENCE,  /* "press/news conference", "briefing" */
	NKG_CHANNEL_LETTER,            /* "in a letter" */
	NKG_CHANNEL_ANNOUNCEMENT,      /* "announcement" */
	NKG_CHANNEL_COUNT
};

/* Stable lower-case name ("sermon", "press-conference"...; "" for none). */
const char *nkg_channel_name(enum nkg_channel ch);

struct nkg_event {
	enum nkg_event_class cls;
	uint32_t time;  /* index into doc->times, or NKG_NONE */
	uint32_t place; /* entity index of the most specific place, or NKG_NONE */
	struct nkg_participant *participants;
	uint32_t n_participants, cap_participants;
	struct nkg_str quantity; /* as written, or empty: a protest's participant count ("more
	                          * than 2.5 million"), a market movement's amount ("3.41%"),
	                          * a layoff's job count ("1,000"), a killing's victim
	                          * count ("at least 20", appended) */
	float confidence;
	const char *rule;
	enum nkg_factuality factuality; /* appended: 0 (asserted) unless the text says otherwise */
	/* Appended.  Statements: what a speech verb reports ("said [more than
	 * 2.5 million took part in the demonstrations]"), to the end of its
	 * sentence or the next speech verb; empty (begin == end) otherwise.  The
	 * events mentioned inside it, and inside the statement's quotes, are
	 * what it is about. */
	struct nkg_span content;
	enum nkg_channel channel; /* appended: statements: how it was made, or NONE */
	/* Appended: the other counts the article gives for the same event, in
	 * text order, each distinct from quantity and from each other ("police
	 * said about 40,000 took part; organisers put the figure at 150,000"):
	 * slices of the text, the array in the arena. */
	struct nkg_str *more_quantities;
	uint32_t n_more_quantities, cap_more_quantities;
	/* Appended: statements whose speaker no entity names, the speaker as
	 * written ("police", "a state official", "Western observers", "reports
	 * from Ashgabat"): a slice of doc->text; empty otherwise. */
	struct nkg_str speaker_text;
	/* Appended: an act with a toll (attack, strike, killing, disaster,
	 * accident, clash, fire) or an injury: how many it hurt, as written ("30 others", "at least
	 * 50", "30 people" of "30 people were wounded"): a slice of doc->text; empty otherwise. */
	struct nkg_str injured;
	/* Appended: what tells the event apart from another of its class,
	 * place and day, as written: a flight's number ("447", "QF2"); a slice
	 * of doc->text, empty otherwise.  The graph puts it in the event's IRI
	 * key (two flights from one airport on one day are two events). */
	struct nkg_str ident;
	/* Appended: participants no entity names, as described (struct
	 * nkg_described), in text order; at most one per role. */
	struct nkg_described *described;
	uint32_t n_described, cap_described;
};

/* Counts an event keeps at most (quantity and more_quantities): further
 * ones are dropped, so one article of endless counts stays linear. */
#define NKG_MAX_QUANTITIES 8

/* ---- quotes ------------------------------------------------------------ */

struct nkg_quote {
	struct nkg_span text; /* the quoted words, without the quote marks */
	uint32_t speaker;     /* entity index, or NKG_NONE */
	uint32_t event;       /* the statement event, or NKG_NONE */
	float confidence;
	const char *rule;
};

/* ---- mentions ---------------------------------------------------------- */

enum nkg_mention_kind { NKG_MENTION_ENTITY, NKG_MENTION_EVENT, NKG_MENTION_TIME };

struct nkg_mention {
	struct nkg_span span;
	enum nkg_mention_kind kind;
	uint32_t target;  /* index into entities, events or times, by kind */
	float confidence; /* 0..1 */
	const char *rule; /* static string naming the rule or model */
};

/* ---- the document ------------------------------------------------------ */

enum nkg_date_origin {
	NKG_DATE_NONE,     /* no publication date known */
	NKG_DATE_OPTION,   /* --date on the command line */
	NKG_DATE_METADATA, /* the record's own field (JSON Lines "date") */
	NKG_DATE_DATELINE  /* read from a dateline in the text */
};

struct nkg_doc {
	struct nkg_arena arena; /* owns every record below */

	/* Metadata, set by the reader (empty slices when unknown). */
	struct nkg_str origin; /* where it came from, for messages: "a.txt", "b.jsonl:12" */
	struct nkg_str id;     /* record id (JSON Lines "id") */
	struct nkg_str url;
	struct nkg_str title;  /* headline; the extractor fills it from the text when empty */
	struct nkg_str source; /* publisher or agency */
	struct nkg_str date;   /* publication date, YYYY-MM-DD */
	enum nkg_date_origin date_origin;
	struct nkg_str dateline_place; /* place word of a dateline ("TEHRAN"), or empty */

	/* The text, valid UTF-8 (the reader validated or repaired it).  Borrowed:
	 * the reader keeps it alive as long as the document. */
	const char *text;
	size_t text_len;
	size_t n_replaced; /* invalid sequences replaced by U+FFFD (--lenient) */

	struct nkg_mention *mentions;
	uint32_t n_mentions, cap_mentions;
	struct nkg_entity *entities;
	uint32_t n_entities, cap_entities;
	struct nkg_time *times;
	uint32_t n_times, cap_times;
	struct nkg_event *events;
	uint32_t n_events, cap_events;
	struct nkg_quote *quotes;
	uint32_t n_quotes, cap_quotes;

	uint32_t max_mentions; /* 0: no limit; else adding more fails with NKG_ELIMIT */

	/* Appended: the credit lines at the end of an article, bytes of text
	 * (empty spans when there are none): the names of "Source: Reuters,
	 * Irannews" and of "AFP and Press TV contributed to this story". */
	struct nkg_span credit_sources, credit_contributors;

	/* Appended: nkg_doc_add_time's index of times by (type, value), open
	 * addressing, slot = time index + 1 (0 empty), in the arena; internal. */
	uint32_t *time_slots;
	uint32_t cap_time_slots;

	/* Appended: the region after a dateline's place, as written ("Texas" in
	 * "PARIS, Texas (AP) -", "Ala." in "BIRMINGHAM, Ala. -"), or empty. */
	struct nkg_str dateline_region;
};

/* Zeroes doc and its arena.  text borrowed until nkg_doc_release. */
void nkg_doc_init(struct nkg_doc *doc, const char *text, size_t text_len);
/* Frees every record; doc must be initialised again before reuse. */
void nkg_doc_release(struct nkg_doc *doc);
/* For a doc that was initialised (used or released since): the same as
 * nkg_doc_release then nkg_doc_init(doc, text, text_len), except that one
 * block of the arena is kept for the new document (nkg_arena_reset), so a
 * loop over many small articles does not free and malloc it each time. */
void nkg_doc_reuse(struct nkg_doc *doc, const char *text, size_t text_len);

/* The text of a span (borrowed from doc->text). */
struct nkg_str nkg_doc_slice(const struct nkg_doc *doc, struct nkg_span span);

/* Each add_* appends a zero-initialised record (indexes set to NKG_NONE),
 * copies name/value into the arena, and writes its index to *idx.
 * 0, NKG_ENOMEM, or NKG_ELIMIT past max_mentions. */
int nkg_doc_add_entity(struct nkg_doc *doc, enum nkg_entity_class cls, struct nkg_str name,
                       float confidence, const char *rule, uint32_t *idx);
/* Finds the time with this type and value (and no offset) or adds it. */
int nkg_doc_add_time(struct nkg_doc *doc, enum nkg_timex_type type, struct nkg_str value,
                     struct nkg_str anchor, const char *rule, uint32_t *idx);
/* The same for a time with a UTC offset (struct nkg_time.offset; empty: none). */
int nkg_doc_add_zoned_time(struct nkg_doc *doc, enum nkg_timex_type type, struct nkg_str value,
                           struct nkg_str offset, struct nkg_str anchor, const char *rule,
                           uint32_t *idx);
int nkg_doc_add_event(struct nkg_doc *doc, enum nkg_event_class cls, float confidence,
                      const char *rule, uint32_t *idx);
int nkg_doc_add_mention(struct nkg_doc *doc, struct nkg_span span, enum nkg_mention_kind kind,
                        uint32_t target, float confidence, const char *rule);
int nkg_doc_add_quote(struct nkg_doc *doc, struct nkg_span text, uint32_t speaker, uint32_t event,
                      const char *rule, uint32_t *idx);

/* Adds name to the entity's alternative names unless it equals its name or
 * one already there (exact bytes). */
int nkg_entity_add_alt_name(struct nkg_doc *doc, uint32_t entity, struct nkg_str name);
/* Makes name the canonical name; the old one becomes an alternative name. */
int nkg_entity_set_name(struct nkg_doc *doc, uint32_t entity, struct nkg_str name);
int nkg_entity_add_role(struct nkg_doc *doc, uint32_t entity, struct nkg_str title, uint32_t org,
                        float confidence, const char *rule);
/* Adds the participant unless the same entity already has that role. */
/* Gives event another count as written (struct nkg_event.more_quantities):
 * it becomes the quantity when there is none yet; a count equal to one the
 * event has, or one past NKG_MAX_QUANTITIES, is ignored.  q must be a slice
 * of doc->text.  0 or NKG_ENOMEM. */
int nkg_event_add_quantity(struct nkg_doc *doc, uint32_t event, struct nkg_str q);
int nkg_event_add_participant(struct nkg_doc *doc, uint32_t event, uint32_t entity,
                              enum nkg_role_type role);
/* Adds a described participant (struct nkg_described) unless the event has
 * one in that role already.  0 or NKG_ENOMEM. */
int nkg_event_add_described(struct nkg_doc *doc, uint32_t event, struct nkg_span span,
                            enum nkg_role_type role, bool person);

/* Sorts mentions by (begin, end, kind, target), the order graph/ and the
 * tests rely on. */
void nkg_doc_sort_mentions(struct nkg_doc *doc);

#endif
