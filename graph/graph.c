/* graph.c - what a document becomes in RDF, and how it is written.
 *
 * THE OUTPUT CONTRACT.  B is the base (default https://w3id.org/newskg/id/,
 * must end in '/'); DOC is the document IRI (nkg_doc_iri: B doc/<slug of id>,
 * else B doc/<slug of url>, else B doc/sha256-<32 hex digits of the text's
 * SHA-256>).  Every node is an IRI or a literal: no blank nodes.  Slugs are
 * made by nkg_iri_add_slug (graph/iri.h: ASCII-folded, lower case, "-"
 * between words, other scripts percent-encoded).  Offsets are Unicode code
 * points.  Prefixes are those of ontology/terms.c; every term is declared in
 * ontology/newskg.ttl.
 *
 * Article
 *   DOC a schema:NewsArticle ; schema:headline title ;
 *       schema:datePublished "YYYY-MM-DD"^^xsd:date (only a valid full date) ;
 *       nkg:datePublishedSource nkg:DateFromOption | nkg:DateFromMetadata | nkg:DateFromDateline ;
 *       schema:publisher B organization/<slug> (one per comma-separated name of
 *                        doc->source; each a schema:Organization with schema:name
 *                        and rdfs:label, as every entity has) ;
 *       schema:url <url> (an IRI when the URL is a valid absolute IRI, else a
 *                  plain literal) ; dcterms:identifier id ;
 *       dcterms:source / dcterms:contributor each organisation named in the
 *                  credit lines ("Source: Reuters, Irannews"; "AFP and Press TV
 *                  contributed to this story": doc->credit_*) ;
 *       prov:wasGeneratedBy DOC/extraction .
 *   DOC/extraction a prov:Activity ; prov:wasAssociatedWith B software/newskg-<version> .
 *   B software/newskg-<version> a prov:SoftwareAgent, schema:SoftwareApplication ;
 *       schema:name "newskg" ; schema:softwareVersion version .
 *   DOC#char=0,N a nif:Context, nif:OffsetBasedString ; nif:isString text ;
 *       nif:beginIndex 0 ; nif:endIndex N ; dcterms:source DOC ;
 *       nif:sourceUrl <url> (only when the URL is a valid IRI) .
 *   No timestamps anywhere: the same input gives the same bytes.
 *
 * Mentions (and quote spans)
 *   DOC#char=b,e a nif:Word (no white space inside) or nif:Phrase, nif:OffsetBasedString ;
 *       nif:referenceContext DOC#char=0,N ; nif:beginIndex b ; nif:endIndex e
 *       (xsd:nonNegativeInteger) ; nif:anchorOf the exact slice ;
 *       itsrdf:taIdentRef the entity / event / time / quote ;
 *       itsrdf:taClassRef its most specific class ;
 *       itsrdf:taConfidence (xsd:double) ; nkg:rule "rule name" .
 *   Mentions sharing a span share the node (it then carries each reference,
 *   confidence and rule).
 *
 * Entities: B <kind>/<slug of canonical name>, kind = person | organization | place |
 *   product | index;
 *   a gazetteer place that its name alone does not name gets "-<slug of its
 *   state or country>" after it (B place/paris-texas; Paris alone is place/paris),
 *   and a place of a name many places bear (ordinary words: "Old Town", "City
 *   Hall") or of a gazetteer place's name that it is not, whose container the
 *   text gives, "-<slug of the container>" (B place/old-town-prague,
 *   place/kurdistan-iraq)
 *   a the class of enum nkg_entity_class (schema:City, nkg:ArmedGroup...),
 *     its schema.org superclass for nkg: classes, and the kind's class
 *     (schema:Person / schema:Organization / schema:Place / schema:Product /
 *     schema:Intangible) ;
 *   Products and market indices (issue 4) are what an event acts on, found
 *   by extract/events.c where the event's grammar puts them: B product/<slug
 *   of the name as written> a schema:Product ("the iPod nano" in two
 *   articles is one IRI, product/ipod-nano; "its iPhone" and "the iPhone 3GS"
 *   are two products), a launch's nkg:Patient; B index/<slug of its usual
 *   full name> a nkg:MarketIndex, schema:Intangible ("the Dow" is
 *   index/dow-jones-industrial-average, with skos:altLabel "Dow"),
 *   a market movement's nkg:Instrument.  They have schema:name, rdfs:label,
 *   skos:altLabel, nkg:confidence and nkg:rule as every entity, nothing else; they are
 *   no schema:Person, schema:Organization or schema:Place, so no PER/ORG/LOC
 *   name for newskg eval and eval-xdoc;
 *   schema:name, rdfs:label canonical name ; skos:altLabel each other name ;
 *   nkg:confidence (xsd:double) ; nkg:rule ;
 *   schema:nationality the country ; nkg:religion "Shia Islam" (people and
 *   organisations) ; schema:containedInPlace the container ;
 *   nkg:gazetteerId lex_id ; schema:geo <E>/geo .
 *   <E>/geo a schema:GeoCoordinates ; schema:latitude, schema:longitude (xsd:double) .
 *   A place whose lex_id the gazetteer knows (extract/lexicon.h) links to the
 *   same place elsewhere: owl:sameAs <http://www.wikidata.org/entity/Q796>
 *   (countries, a few subdivisions) ; owl:sameAs <https://sws.geonames.org/98182/>
 *   (cities matched to GeoNames, extract/lexicon/README.md).  Those IRIs are
 *   never subjects: nothing else is said about them.
 *   An organisation (schema:Organization or a subclass; never a person or a
 *   place) links to its Wikidata item, owl:sameAs <http://www.wikidata.org/entity/Q20165>,
 *   when its canonical name is an unambiguous key of extract/lexicon/organizations.tsv
 *   (extract/orgs.h: brands, operators and transit networks of the
 *   name-suggestion-index, matched folded as the gazetteer is), or, when
 *   the canonical name is none, one of its alternative names is, unless that
 *   name is NKG_ORG_WEAK (also a common English word, a person's name, a
 *   nationality, a place, only ordinary words, or an acronym of at most
 *   three letters: "Target", "Apple", "Ford", "Toyota", "Best Buy", "ABC"
 *   link only as the whole canonical name of an entity the extractor gave a
 *   specific organisation class, schema:Corporation, schema:GovernmentOrganization...,
 *   never plain schema:Organization, which the tagger gives "People" or
 *   "Pacific" too, and only when NSI lists it as a brand: a weak operator
 *   or network name describes what it is).  An operator or network named
 *   "Ministry of ...", "Department for ...", "Office of ..." in at most four
 *   words (a body's kind and remit, which other countries' bodies share)
 *   never links.  Two names of one entity that find two organisations give
 *   no link.  No gazetteer id is written for organisations (nkg:gazetteerId's
 *   domain is schema:Place).
 *   Roles (schema.org Role pattern): with an organisation,
 *     E schema:memberOf <E>/role/<org kind>-<org slug>/<title slug> .
 *     that node a schema:OrganizationRole ; schema:memberOf the organisation ;
 *       schema:roleName title ; nkg:confidence ; nkg:rule .
 *   without one, E schema:jobTitle title .
 *
 * Times: B time/<TIMEX3 value, percent-encoded><UTC offset, when the text
 *   gives a local zone: "time/2013-05-03T16:59-04:00">
 *   a time:Instant (a day: YYYY-MM-DD or XXXX-MM-DD, with or without a time),
 *     time:Duration (type DURATION), time:TemporalEntity (type SET, *_REF),
 *     else time:ProperInterval (week, month, season, year, decade) ;
 *   nkg:timexValue value ; nkg:timexType "DATE" | "TIME" | "DURATION" | "SET" ;
 *   never more precision than the value has: time:inXSDDate xsd:date only for
 *   a valid YYYY-MM-DD, time:inXSDgYearMonth for YYYY-MM, time:inXSDgYear for YYYY;
 *   a day's clock time time:inXSDDateTimeStamp xsd:dateTimeStamp when its zone
 *   is known ("2013-05-03T16:59:00-04:00", "...T14:58:00Z"), else
 *   time:inXSDDateTime xsd:dateTime (the wall clock, "2013-05-03T16:59:00").
 *
 * Events: B event/<class>/<YYYY-MM-DD>/<place slug> when the event has a
 *   DATE time that is a full date and a place (the same protest on the same
 *   day in the same place merges across articles); for the person-centred
 *   classes (nkg_event_key_role: resignation, appointment, trial, verdict,
 *   death, charge, dismissal) with a person in the key role,
 *   B event/<class>/<YYYY-MM-DD>/person-<slug>
 *   instead (two resignations in London on one day are two events), and
 *   for the business classes with any entity in the key role (what moved in
 *   a market movement, the company acquired, the company that launched, cut
 *   jobs, sued, went bankrupt or recalled) B event/<class>/<YYYY-MM-DD>/<kind>-<slug>
 *   (B event/market-fall/2009-02-24/index-dow-jones-industrial-average);
 *   an event with an ident (a flight's number) ends its key in
 *   /<ident slug> (B event/flight/2009-06-01/rio-de-janeiro/af447: two
 *   flights from one place on one day are two events), else
 *   DOC/event/<class>-<k> (also for an event whose key an earlier event of
 *   the article already took: two disasters of different kinds in one
 *   place on one day),
 *   k = 1, 2... per class in order of first mention (unmentioned ones last).
 *   a sem:Event, schema:Event, nkg:<Class> (and nkg:MarketMovement beside
 *   nkg:MarketRise and nkg:MarketFall) ; rdfs:label "protest on 2020-01-24 in Jadiriyah"
 *   ("resignation of John Smith on ..." for a person-centred event) ;
 *   sem:hasTime T ; sem:hasTimeStamp, schema:startDate (typed xsd:date / gYearMonth /
 *   gYear as the value allows, xsd:dateTimeStamp / dateTime for a day's clock time,
 *   omitted otherwise) ; sem:hasPlace P ; schema:location P ;
 *   sem:hasActor each participant ; nkg:hasRole <EV>/role/<role>/<kind>-<slug> ;
 *   nkg:quantity "more than 2.5 million" (one per count the article gives; a
 *   market movement's amount, a layoff's jobs, how many a killing killed) ;
 *   nkg:injuredCount "30 others" (an attack, strike, killing, disaster,
 *   accident, clash, fire or nkg:Injury: how many it hurt, as written;
 *   struct nkg_event.injured) ;
 *   nkg:confidence ; nkg:rule ;
 *   nkg:factuality nkg:Asserted | nkg:Negated | nkg:CalledFor | nkg:Hypothetical |
 *                  nkg:Reported (always written; enum nkg_factuality) ;
 *   statements: nkg:channel nkg:Sermon | nkg:Tweet | ... when the text names one
 *   (enum nkg_channel) ; nkg:speakerDescription "police" when no entity is the
 *   speaker and the text describes one ("police said", "a state official
 *   said", "Western observers said", "reports from Ashgabat said"): a
 *   literal as written, never an entity or a role (two "police" need not be
 *   the same people); such a statement needs no time, place or actor .
 *   <EV>/role/... a sem:Role ; rdf:value the entity ; sem:roleType nkg:Agent |
 *   nkg:Patient | nkg:Participant | nkg:Speaker | nkg:Instrument .
 *
 * Statements: <EV> schema:about <EV2> for each other event, not a statement,
 *   with a mention inside what was said (struct nkg_event.content, and the
 *   quotes whose statement it is), once each, in event order; <EV>
 *   nkg:reportedQuantity "more than 2.5 million" (and schema:about <EV2>) when
 *   EV2's quantity is written inside what EV reports ("al-Hashemi said more
 *   than 2.5 million took part").
 *
 * Quotes: DOC/quote/<b>-<e> (code points of the quoted words)
 *   a schema:Quotation ; schema:text the words ; schema:isPartOf DOC ;
 *   schema:spokenByCharacter, prov:wasAttributedTo the speaker ;
 *   nkg:statementEvent the statement event ; nkg:confidence ; nkg:rule ;
 *   and the span DOC#char=b,e as a mention with itsrdf:taIdentRef the quote.
 *
 * Serialization.  Each document is built in its own librdf model on a
 * "trees" storage (sorted, byte-stable), written, and freed.  Turtle and
 * N-Triples go through librdf's serializers (Turtle with every prefix
 * declared and no base, so IRIs are absolute; each document repeats its
 * @prefix block, which keeps concatenated output valid).  N-Quads: "trees"
 * has no contexts in librdf 1.0.17 (context adds fail with "Model does not
 * support contexts"), so the model's sorted stream is fed to raptor's
 * "nquads" serializer with every statement's graph set to DOC.  Dot (for
 * looking at a graph with Graphviz, not for reading it back): graph/dot.c
 * draws the same sorted model as one digraph named DOC per document, IRIs
 * labelled prefix:local or relative to B (raptor's own "dot" serializer
 * leaks and labels nodes with whole IRIs; see graph/dot.h).
 */
#include "graph.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <redland.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "../extract/lexicon.h"
#include "../extract/orgs.h"
#include "../ontology/terms.h"
#include "dot.h"
#include "iri.h"

#ifndef NKG_VERSION
#define NKG_VERSION "0"
#endif

/* A double written as xsd:double text; text[0] == 0: an empty slot. */
struct double_text {
	uint64_t bits; /* of the double */
	int is_float;
	char text[32];
};

struct nkg_writer {
	librdf_world *world;
	enum nkg_format format;
	FILE *out;
	char *base;                        /* owned */
	char *agent_iri;                   /* owned */
	char *version;                     /* owned */
	librdf_node *term[NKG_TERM_COUNT]; /* owned vocabulary nodes: copy before consuming calls */
	librdf_uri **ns;                   /* owned, one per prefix */
	size_t n_ns;
	int rdf_failed; /* an error reached the logger */
	char last_error[256];
	/* What raptor writes goes through here to out: raptor writes most
	 * bytes one call at a time, and its file-handle stream turns each
	 * into a locked fputc (a third of the whole run's time). */
	char *sink_pos; /* next free byte of sink */
	char sink[1 << 16];
	struct double_text dcache[64]; /* format_double's answers: few values recur */
};

/* Everything one document's build needs; lives for one nkg_writer_add. */
struct builder {
	struct nkg_writer *w;
	const struct nkg_doc *doc;
	librdf_model *model;
	struct nkg_buf iri; /* scratch for minting IRIs */
	char *doc_iri;      /* owned */
	librdf_node *doc_node, *ctx_node;
	librdf_node **entity, **event, **time; /* owned nodes, by index */
	uint32_t *offs, *cps; /* sorted byte offsets and their code-point offsets */
	size_t n_offs;
	int rc; /* first error; later calls do nothing */
};

int nkg_format_parse(const char *name, enum nkg_format *out)
{
	static const struct {
		const char *name;
		enum nkg_format f;
	} names[] = {
	        {"turtle", NKG_FORMAT_TURTLE},     {"ttl", NKG_FORMAT_TURTLE},
	        {"ntriples", NKG_FORMAT_NTRIPLES}, {"nt", NKG_FORMAT_NTRIPLES},
	        {"nquads", NKG_FORMAT_NQUADS},     {"nq", NKG_FORMAT_NQUADS},
	        {"dot", NKG_FORMAT_DOT},           {"gv", NKG_FORMAT_DOT},
	};
	for (size_t i = 0; name && i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcmp(name, names[i].name)) {
			*out = names[i].f;
			return 0;
		}
	}
	return NKG_EINVAL;
}

/* ---- writer ------------------------------------------------------------- */

static int on_log(void *user_data, librdf_log_message *m)
{
	struct nkg_writer *w = user_data;
	if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) {
		const char *msg = librdf_log_message_message(m);
		w->rdf_failed = 1;
		snprintf(w->last_error, sizeof(w->last_error), "%s", msg ? msg : "unknown error");
	}
	return 1; /* handled: nothing reaches stderr */
}

int nkg_writer_new(const struct nkg_graph_options *opt, FILE *out, struct nkg_writer **wp)
{
	const char *base = opt->base ? opt->base : NKG_DEFAULT_BASE;
	const char *tv = opt->tool_version ? opt->tool_version : "newskg " NKG_VERSION;
	struct nkg_writer *w;
	struct nkg_buf b;
	size_t n_pfx;
	const struct nkg_prefix *pfx = nkg_prefixes(&n_pfx);
	int rc = NKG_ENOMEM;

	if (!nkg_iri_base_ok(base) || (unsigned)opt->format > NKG_FORMAT_DOT)
		return NKG_EINVAL;
	if (!strncmp(tv, "newskg ", 7))
		tv += 7;
	if (!*tv)
		return NKG_EINVAL;
	w = nkg_calloc(1, sizeof(*w));
	if (!w)
		return NKG_ENOMEM;
	w->format = opt->format;
	w->out = out;
	nkg_buf_init(&b, 0);
	if (!(w->base = nkg_strndup(base, strlen(base))) ||
	    !(w->version = nkg_strndup(tv, strlen(tv))))
		goto fail;
	if (nkg_buf_addstr(&b, base) || nkg_buf_addstr(&b, "software/newskg-") ||
	    nkg_iri_add_pct(&b, nkg_str_from_cstr(tv)))
		goto fail;
	if (!(w->agent_iri = nkg_buf_detach(&b, NULL)))
		goto fail;
	if (!(w->ns = nkg_calloc(n_pfx, sizeof(*w->ns))))
		goto fail;

	rc = NKG_ERDF;
	if (!(w->world = librdf_new_world()))
		goto fail;
	librdf_world_set_logger(w->world, w, on_log);
	librdf_world_open(w->world);
	for (int t = 0; t < NKG_TERM_COUNT; t++) {
		const char *iri = nkg_term_iri((enum nkg_term)t);
		w->term[t] = librdf_new_node_from_uri_string(w->world, (const unsigned char *)iri);
		if (!w->term[t])
			goto fail;
	}
	for (w->n_ns = 0; w->n_ns < n_pfx; w->n_ns++) {
		w->ns[w->n_ns] = librdf_new_uri(w->world, (const unsigned char *)pfx[w->n_ns].iri);
		if (!w->ns[w->n_ns])
			goto fail;
	}
	if (w->rdf_failed)
		goto fail;
	*wp = w;
	return 0;
fail:
	nkg_buf_release(&b);
	nkg_writer_free(w);
	return rc;
}

void nkg_writer_set_output(struct nkg_writer *w, FILE *out)
{
	w->out = out;
}

int nkg_writer_finish(struct nkg_writer *w)
{
	return fflush(w->out) || ferror(w->out) ? NKG_EIO : 0;
}

const char *nkg_writer_last_error(const struct nkg_writer *w)
{
	return w->last_error[0] ? w->last_error : NULL;
}

void nkg_writer_free(struct nkg_writer *w)
{
	if (!w)
		return;
	for (int t = 0; t < NKG_TERM_COUNT; t++)
		if (w->term[t])
			librdf_free_node(w->term[t]);
	for (size_t i = 0; i < w->n_ns; i++)
		librdf_free_uri(w->ns[i]);
	nkg_free(w->ns);
	if (w->world)
		librdf_free_world(w->world);
	nkg_free(w->base);
	nkg_free(w->agent_iri);
	nkg_free(w->version);
	nkg_free(w);
}

/* ---- nodes and triples -------------------------------------------------- */

static void fail(struct builder *b, int rc)
{
	if (!b->rc)
		b->rc = rc;
}

/* Adds (s, p, o): s borrowed, o consumed (NULL means its construction
 * failed).  Errors are kept in b->rc. */
static void emit(struct builder *b, librdf_node *s, enum nkg_term p, librdf_node *o)
{
	librdf_node *sc, *pc;
	librdf_statement *st;

	if (!o) {
		fail(b, NKG_ENOMEM);
		return;
	}
	if (b->rc) {
		librdf_free_node(o);
		return;
	}
	sc = librdf_new_node_from_node(s);
	pc = librdf_new_node_from_node(b->w->term[p]);
	if (!sc || !pc) {
		if (sc)
			librdf_free_node(sc);
		if (pc)
			librdf_free_node(pc);
		librdf_free_node(o);
		fail(b, NKG_ENOMEM);
		return;
	}
	st = librdf_new_statement_from_nodes(b->w->world, sc, pc, o); /* consumes all three */
	if (!st) {
		fail(b, NKG_ENOMEM);
		return;
	}
	if (librdf_model_add_statement(b->model, st))
		fail(b, NKG_ERDF);
	librdf_free_statement(st);
}

static librdf_node *term(struct builder *b, enum nkg_term t)
{
	return librdf_new_node_from_node(b->w->term[t]);
}

static void emit_type(struct builder *b, librdf_node *s, enum nkg_term cls)
{
	emit(b, s, NKG_T_RDF_TYPE, term(b, cls));
}

/* A new IRI node from the scratch buffer. */
static librdf_node *iri_node(struct builder *b)
{
	return librdf_new_node_from_counted_uri_string(
	        b->w->world, (const unsigned char *)b->iri.ptr, b->iri.len);
}

static librdf_node *lit(struct builder *b, struct nkg_str s, int datatype)
{
	librdf_uri *dt = datatype >= 0 ? librdf_node_get_uri(b->w->term[datatype]) : NULL;
	return librdf_new_node_from_typed_counted_literal(
	        b->w->world, (const unsigned char *)(s.ptr ? s.ptr : ""), s.len, NULL, 0, dt);
}

static void emit_str(struct builder *b, librdf_node *s, enum nkg_term p, struct nkg_str v)
{
	emit(b, s, p, lit(b, v, -1));
}

static void emit_cstr(struct builder *b, librdf_node *s, enum nkg_term p, const char *v)
{
	if (v)
		emit_str(b, s, p, nkg_str_from_cstr(v));
}

/* v in decimal into out (at least 10 bytes, not terminated); returns the length. */
static size_t utoa(char *out, uint32_t v)
{
	char tmp[10];
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

static void emit_uint(struct builder *b, librdf_node *s, enum nkg_term p, uint32_t v)
{
	char n[10];
	struct nkg_str str = {n, utoa(n, v)};
	emit(b, s, p, lit(b, str, NKG_T_XSD_NONNEGATIVEINTEGER));
}

/* The shortest decimal that reads back as the same value (as a float when
 * is_float), written in the canonical form of xsd:double: mantissa with a
 * point, "E", exponent ("1.0E0", "5.0E-1", "3.33406E1").  The exponent
 * matters: raptor's Turtle writer prints doubles bare, and a bare "1" or
 * "0.5" would read back as xsd:integer or xsd:decimal. */
static void format_double(char *out, size_t n, double v, int is_float)
{
	char e[40], *x;
	int prec;

	for (prec = 0; prec <= 16; prec++) {
		snprintf(e, sizeof(e), "%.*e", prec, v);
		double back = strtod(e, NULL);
		if (is_float ? (float)back == (float)v : back == v)
			break;
	}
	x = strchr(e, 'e');
	*x = '\0';
	snprintf(out, n, "%s%sE%d", e, strchr(e, '.') ? "" : ".0", atoi(x + 1));
}

/* Non-finite values are not written (no confidence beats "NaN"). */
static void emit_double(struct builder *b, librdf_node *s, enum nkg_term p, double v, int is_float)
{
	uint64_t bits;
	if (!isfinite(v))
		return;
	memcpy(&bits, &v, sizeof(bits));
	/* format_double costs up to 17 snprintf + strtod rounds; its answer
	 * depends only on (v, is_float), so it is kept by value. */
	struct double_text *e =
	        &b->w->dcache[(bits ^ (bits >> 29) ^ (bits >> 47) ^ (uint64_t)is_float) % 64];
	if (e->bits != bits || e->is_float != is_float || !e->text[0]) {
		char n[48];
		format_double(n, sizeof(n), v, is_float);
		if (strlen(n) < sizeof(e->text)) {
			e->bits = bits;
			e->is_float = is_float;
			memcpy(e->text, n, strlen(n) + 1);
		} else {
			emit(b, s, p, lit(b, nkg_str_from_cstr(n), NKG_T_XSD_DOUBLE));
			return;
		}
	}
	emit(b, s, p, lit(b, nkg_str_from_cstr(e->text), NKG_T_XSD_DOUBLE));
}

static void emit_ref(struct builder *b, librdf_node *s, enum nkg_term p, librdf_node *o)
{
	if (b->rc)
		return;
	emit(b, s, p, librdf_new_node_from_node(o));
}

/* Starts the scratch IRI with prefix. */
static void iri_start(struct builder *b, const char *prefix)
{
	nkg_buf_reset(&b->iri);
	if (!b->rc && nkg_buf_addstr(&b->iri, prefix))
		fail(b, NKG_ENOMEM);
}

static void iri_add(struct builder *b, const char *s)
{
	if (!b->rc && nkg_buf_addstr(&b->iri, s))
		fail(b, NKG_ENOMEM);
}

static void iri_slug(struct builder *b, struct nkg_str s)
{
	int rc;
	if (!b->rc && (rc = nkg_iri_add_slug(&b->iri, s)))
		fail(b, rc);
}

static void iri_pct(struct builder *b, struct nkg_str s)
{
	int rc;
	if (!b->rc && (rc = nkg_iri_add_pct(&b->iri, s)))
		fail(b, rc);
}

static void iri_uint(struct builder *b, uint32_t v)
{
	char n[10];
	size_t len = utoa(n, v);
	if (!b->rc && nkg_buf_add(&b->iri, n, len))
		fail(b, NKG_ENOMEM);
}

/* Starts the scratch IRI with the IRI of node n (borrowed). */
static void iri_start_node(struct builder *b, librdf_node *n)
{
	size_t len;
	const unsigned char *s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
	nkg_buf_reset(&b->iri);
	if (!b->rc && nkg_buf_add(&b->iri, s, len))
		fail(b, NKG_ENOMEM);
}

/* The scratch IRI as a node, or NULL after an error (recorded). */
static librdf_node *iri_done(struct builder *b)
{
	librdf_node *n;
	if (b->rc)
		return NULL;
	if (!(n = iri_node(b)))
		fail(b, NKG_ENOMEM);
	return n;
}

/* ---- value checks --------------------------------------------------------- */

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int num(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

enum precision { PREC_NONE, PREC_YEAR, PREC_MONTH, PREC_DAY };

/* How much of an xsd date v is: YYYY, YYYY-MM or a real YYYY-MM-DD. */
static enum precision date_precision(struct nkg_str v)
{
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	const char *s = v.ptr;

	if (v.len < 4 || !digits(s, 4))
		return PREC_NONE;
	if (v.len == 4)
		return PREC_YEAR;
	if (v.len < 7 || s[4] != '-' || !digits(s + 5, 2))
		return PREC_NONE;
	int y = num(s, 4), m = num(s + 5, 2);
	if (m < 1 || m > 12)
		return PREC_NONE;
	if (v.len == 7)
		return PREC_MONTH;
	if (v.len != 10 || s[7] != '-' || !digits(s + 8, 2))
		return PREC_NONE;
	int d = num(s + 8, 2);
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && !leap))
		return PREC_NONE;
	return PREC_DAY;
}

/* A single day, known year or not: YYYY-MM-DD or XXXX-MM-DD, maybe with a time. */
static bool is_day(struct nkg_str v)
{
	const char *s = v.ptr;
	if (v.len < 10 || (!digits(s, 4) && memcmp(s, "XXXX", 4) != 0))
		return false;
	return s[4] == '-' && digits(s + 5, 2) && s[7] == '-' && digits(s + 8, 2) &&
	       (v.len == 10 || s[10] == 'T');
}

static enum nkg_term time_class(const struct nkg_time *t)
{
	if (t->type == NKG_TIMEX_DURATION)
		return NKG_T_TIME_DURATION;
	if (t->type == NKG_TIMEX_SET ||
	    (t->value.len >= 4 && !memcmp(t->value.ptr + t->value.len - 4, "_REF", 4)))
		return NKG_T_TIME_TEMPORALENTITY;
	if (is_day(t->value))
		return NKG_T_TIME_INSTANT;
	return NKG_T_TIME_PROPERINTERVAL;
}

/* The typed literal of a DATE value as precise as it is, or NULL (no error). */
static librdf_node *date_literal(struct builder *b, const struct nkg_time *t, enum nkg_term *prop)
{
	static const enum nkg_term dt[] = {
	        [PREC_YEAR] = NKG_T_XSD_GYEAR,
	        [PREC_MONTH] = NKG_T_XSD_GYEARMONTH,
	        [PREC_DAY] = NKG_T_XSD_DATE,
	};
	static const enum nkg_term in[] = {
	        [PREC_YEAR] = NKG_T_TIME_INXSDGYEAR,
	        [PREC_MONTH] = NKG_T_TIME_INXSDGYEARMONTH,
	        [PREC_DAY] = NKG_T_TIME_INXSDDATE,
	};
	enum precision p = t->type == NKG_TIMEX_DATE ? date_precision(t->value) : PREC_NONE;
	librdf_node *n;

	if (p == PREC_NONE || b->rc)
		return NULL;
	if (prop)
		*prop = in[p];
	if (!(n = lit(b, t->value, (int)dt[p])))
		fail(b, NKG_ENOMEM);
	return n;
}

/* The typed literal of a TIME value that is a day's clock time, or NULL
 * (no error): "2013-05-03T16:59" of offset "-04:00" time:inXSDDateTimeStamp
 * "2013-05-03T16:59:00-04:00" (xsd:dateTimeStamp; "...T14:58Z" too); of no
 * zone time:inXSDDateTime "2013-05-03T16:59:00" (xsd:dateTime, a wall
 * clock's).  Seconds the text did not give are ":00". */
static librdf_node *clock_literal(struct builder *b, const struct nkg_time *t, enum nkg_term *prop)
{
	struct nkg_str v = t->value;
	const char *s = v.ptr;
	char buf[48];
	if (t->type != NKG_TIMEX_TIME || v.len < 16 || s[10] != 'T' ||
	    date_precision((struct nkg_str){s, 10}) != PREC_DAY || !digits(s + 11, 2) ||
	    s[13] != ':' || !digits(s + 14, 2) || b->rc)
		return NULL;
	size_t k = 16;
	bool sec = v.len >= 19 && s[16] == ':' && digits(s + 17, 2);
	if (sec)
		k = 19;
	bool utc = k < v.len && s[k] == 'Z';
	if (k + utc != v.len)
		return NULL; /* "T09:00TMO"-like values: no clock to type */
	int n = snprintf(buf, sizeof(buf), "%.*s%s%s%.*s", (int)k, s, sec ? "" : ":00",
	                 utc ? "Z" : "", (int)t->offset.len, t->offset.ptr);
	if (n < 0 || (size_t)n >= sizeof(buf))
		return NULL;
	bool zoned = utc || t->offset.len;
	*prop = zoned ? NKG_T_TIME_INXSDDATETIMESTAMP : NKG_T_TIME_INXSDDATETIME;
	librdf_node *l = lit(b, nkg_str_from_cstr(buf),
	                     zoned ? NKG_T_XSD_DATETIMESTAMP : NKG_T_XSD_DATETIME);
	if (!l)
		fail(b, NKG_ENOMEM);
	return l;
}

static bool has_space(struct nkg_str s)
{
	for (size_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.ptr[i];
		if (c == ' ' || (c >= '\t' && c <= '\r') ||
		    (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xA0))
			return true;
	}
	return false;
}

/* ---- offsets ------------------------------------------------------------ */

static int cmp_u32(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, c = *(const uint32_t *)pb;
	return a < c ? -1 : a > c;
}

static bool span_ok(const struct nkg_doc *doc, struct nkg_span s)
{
	const unsigned char *t = (const unsigned char *)doc->text;
	if (s.begin >= s.end || s.end > doc->text_len)
		return false;
	return (t[s.begin] & 0xC0) != 0x80 && (s.end == doc->text_len || (t[s.end] & 0xC0) != 0x80);
}

/* Collects every byte offset a span uses and converts them all to code
 * points in one pass over the text. */
static int build_offsets(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;
	size_t n = 0, cap = 2 * ((size_t)doc->n_mentions + doc->n_quotes) + 2, cp = 0, pos = 0;

	if (doc->text_len > UINT32_MAX)
		return NKG_ELIMIT;
	if (!(b->offs = nkg_malloc(cap * sizeof(*b->offs))))
		return NKG_ENOMEM;
	b->offs[n++] = 0;
	b->offs[n++] = (uint32_t)doc->text_len;
	for (uint32_t i = 0; i < doc->n_mentions; i++) {
		if (!span_ok(doc, doc->mentions[i].span))
			return NKG_EINVAL;
		b->offs[n++] = doc->mentions[i].span.begin;
		b->offs[n++] = doc->mentions[i].span.end;
	}
	for (uint32_t i = 0; i < doc->n_quotes; i++) {
		if (!span_ok(doc, doc->quotes[i].text))
			return NKG_EINVAL;
		b->offs[n++] = doc->quotes[i].text.begin;
		b->offs[n++] = doc->quotes[i].text.end;
	}
	qsort(b->offs, n, sizeof(*b->offs), cmp_u32);
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (!u || b->offs[u - 1] != b->offs[i])
			b->offs[u++] = b->offs[i];
	b->n_offs = u;
	if (!(b->cps = nkg_malloc(u * sizeof(*b->cps))))
		return NKG_ENOMEM;
	for (size_t i = 0; i < u; i++) {
		for (; pos < b->offs[i]; pos++)
			cp += ((unsigned char)doc->text[pos] & 0xC0) != 0x80;
		b->cps[i] = (uint32_t)cp;
	}
	return 0;
}

static uint32_t cp_of(const struct builder *b, uint32_t off)
{
	const uint32_t *p = bsearch(&off, b->offs, b->n_offs, sizeof(*b->offs), cmp_u32);
	assert(p);
	return b->cps[p - b->offs];
}

/* ---- the document ------------------------------------------------------- */

static void article(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;
	struct nkg_writer *w = b->w;
	librdf_node *d = b->doc_node, *n;
	uint32_t len_cp = cp_of(b, (uint32_t)doc->text_len);
	bool url_iri = doc->url.len && nkg_iri_is_safe(doc->url);

	emit_type(b, d, NKG_T_SCHEMA_NEWSARTICLE);
	if (doc->title.len)
		emit_str(b, d, NKG_T_SCHEMA_HEADLINE, doc->title);
	if (doc->date.len && date_precision(doc->date) == PREC_DAY) {
		static const enum nkg_term origin[] = {
		        [NKG_DATE_NONE] = NKG_TERM_COUNT,
		        [NKG_DATE_OPTION] = NKG_T_NKG_DATEFROMOPTION,
		        [NKG_DATE_METADATA] = NKG_T_NKG_DATEFROMMETADATA,
		        [NKG_DATE_DATELINE] = NKG_T_NKG_DATEFROMDATELINE,
		};
		emit(b, d, NKG_T_SCHEMA_DATEPUBLISHED, lit(b, doc->date, NKG_T_XSD_DATE));
		if ((unsigned)doc->date_origin <= NKG_DATE_DATELINE &&
		    origin[doc->date_origin] != NKG_TERM_COUNT)
			emit(b, d, NKG_T_NKG_DATEPUBLISHEDSOURCE,
			     term(b, origin[doc->date_origin]));
	}
	/* Publishers: "Reuters, AFP" -> two organisations. */
	for (size_t i = 0; i < doc->source.len;) {
		size_t j = i;
		while (j < doc->source.len && doc->source.ptr[j] != ',')
			j++;
		struct nkg_str name = {doc->source.ptr + i, j - i};
		while (name.len && (name.ptr[0] == ' ' || name.ptr[0] == '\t'))
			name.ptr++, name.len--;
		while (name.len &&
		       (name.ptr[name.len - 1] == ' ' || name.ptr[name.len - 1] == '\t'))
			name.len--;
		if (name.len) {
			iri_start(b, w->base);
			iri_add(b, nkg_entity_kind_name(NKG_KIND_ORGANIZATION));
			iri_add(b, "/");
			iri_slug(b, name);
			if ((n = iri_done(b)) != NULL) {
				emit_ref(b, d, NKG_T_SCHEMA_PUBLISHER, n);
				emit_type(b, n, NKG_T_SCHEMA_ORGANIZATION);
				emit_str(b, n, NKG_T_SCHEMA_NAME, name);
				emit_str(b, n, NKG_T_RDFS_LABEL, name);
				librdf_free_node(n);
			}
		}
		i = j + 1;
	}
	if (doc->url.len) {
		if (url_iri)
			emit(b, d, NKG_T_SCHEMA_URL,
			     librdf_new_node_from_counted_uri_string(
			             w->world, (const unsigned char *)doc->url.ptr, doc->url.len));
		else
			emit_str(b, d, NKG_T_SCHEMA_URL, doc->url);
	}
	if (doc->id.len)
		emit_str(b, d, NKG_T_DCTERMS_IDENTIFIER, doc->id);

	/* Provenance: which program made this description; no timestamps. */
	iri_start(b, b->doc_iri);
	iri_add(b, "/extraction");
	if ((n = iri_done(b)) != NULL) {
		librdf_node *agent;
		emit_ref(b, d, NKG_T_PROV_WASGENERATEDBY, n);
		emit_type(b, n, NKG_T_PROV_ACTIVITY);
		iri_start(b, w->agent_iri);
		if ((agent = iri_done(b)) != NULL) {
			emit_ref(b, n, NKG_T_PROV_WASASSOCIATEDWITH, agent);
			emit_type(b, agent, NKG_T_PROV_SOFTWAREAGENT);
			emit_type(b, agent, NKG_T_SCHEMA_SOFTWAREAPPLICATION);
			emit_cstr(b, agent, NKG_T_SCHEMA_NAME, "newskg");
			emit_cstr(b, agent, NKG_T_SCHEMA_SOFTWAREVERSION, w->version);
			librdf_free_node(agent);
		}
		librdf_free_node(n);
	}

	/* The NIF context: the whole text. */
	n = b->ctx_node;
	emit_type(b, n, NKG_T_NIF_CONTEXT);
	emit_type(b, n, NKG_T_NIF_OFFSETBASEDSTRING);
	emit_str(b, n, NKG_T_NIF_ISSTRING, (struct nkg_str){doc->text, doc->text_len});
	emit_uint(b, n, NKG_T_NIF_BEGININDEX, 0);
	emit_uint(b, n, NKG_T_NIF_ENDINDEX, len_cp);
	emit_ref(b, n, NKG_T_DCTERMS_SOURCE, d);
	if (url_iri)
		emit(b, n, NKG_T_NIF_SOURCEURL,
		     librdf_new_node_from_counted_uri_string(
		             w->world, (const unsigned char *)doc->url.ptr, doc->url.len));
}

static int check_entity(const struct nkg_doc *doc, uint32_t i, bool none_ok)
{
	return (i == NKG_NONE && none_ok) || i < doc->n_entities ? 0 : NKG_EINVAL;
}

/* The gazetteer place of entity e, or NULL (also when the gazetteer cannot
 * be loaded: place_links() reports that). */
static const struct nkg_lex_place *entity_lex_place(const struct nkg_entity *e)
{
	char id[64];
	if (nkg_entity_class_kind(e->cls) != NKG_KIND_PLACE || !e->lex_id.len ||
	    e->lex_id.len >= sizeof(id) || nkg_lexicon_load() != 0)
		return NULL;
	memcpy(id, e->lex_id.ptr, e->lex_id.len);
	id[e->lex_id.len] = '\0';
	return nkg_lex_place_by_id(id);
}

/* Appends "-<slug of its state or country>" to the scratch buffer when p,
 * the gazetteer place of a place called name, is not the one that name
 * alone names (Paris, Texas, chosen by a dateline's region; the name alone
 * is Paris, France). */
static void gazetteer_qualifier(struct builder *b, const struct nkg_lex_place *p,
                                struct nkg_str name)
{
	const struct nkg_lex_place *q = NULL;
	if (!p || nkg_lex_place_find(name) == p)
		return;
	if (p->parent && strcmp(p->parent, p->country) != 0)
		q = nkg_lex_place_by_id(p->parent);
	if (!q && strcmp(p->id, p->country) != 0)
		q = nkg_lex_place_by_id(p->country);
	if (!q)
		return;
	iri_add(b, "-");
	iri_slug(b, nkg_str_from_cstr(q->name));
}

/* Appends what tells entity e's place from others of its name: the
 * gazetteer's state or country (gazetteer_qualifier), or, for a place
 * whose name the extractor found shared (nkg_entity's shared_name),
 * "-<slug of its container>" with the container's own gazetteer qualifier
 * ("the Old Town of Prague" is place/old-town-prague, Warsaw's
 * place/old-town-warsaw; "the Kurdistan region of Iraq", which is not the
 * gazetteer's Kurdistan in Iran, place/kurdistan-iraq): two places never
 * share an IRI across articles. */
static void place_qualifier(struct builder *b, const struct nkg_entity *e)
{
	const struct nkg_lex_place *p = entity_lex_place(e);
	if (!p && e->shared_name && e->container < b->doc->n_entities) {
		const struct nkg_entity *in = &b->doc->entities[e->container];
		if (in == e || nkg_entity_class_kind(in->cls) != NKG_KIND_PLACE)
			return;
		iri_add(b, "-");
		iri_slug(b, in->name);
		gazetteer_qualifier(b, entity_lex_place(in), in->name);
		return;
	}
	gazetteer_qualifier(b, p, e->name);
}

/* B <kind>/<slug> of entity i into the scratch buffer (see place_qualifier). */
static void entity_iri(struct builder *b, uint32_t i)
{
	const struct nkg_entity *e = &b->doc->entities[i];
	iri_start(b, b->w->base);
	iri_add(b, nkg_entity_kind_name(nkg_entity_class_kind(e->cls)));
	iri_add(b, "/");
	iri_slug(b, e->name);
	place_qualifier(b, e);
}

/* owl:sameAs links of a place to its Wikidata item and GeoNames feature,
 * when the gazetteer has them for the place's lex_id (issue 3).  A gazetteer
 * that cannot be loaded fails the document, so no link is ever dropped
 * silently. */
static void place_links(struct builder *b, librdf_node *n, const struct nkg_entity *e)
{
	char id[64];
	const struct nkg_lex_place *p;
	int rc;

	if (b->rc || nkg_entity_class_kind(e->cls) != NKG_KIND_PLACE || !e->lex_id.len ||
	    e->lex_id.len >= sizeof(id))
		return;
	if ((rc = nkg_lexicon_load()) != 0) {
		fail(b, rc);
		return;
	}
	memcpy(id, e->lex_id.ptr, e->lex_id.len);
	id[e->lex_id.len] = '\0';
	if (!(p = nkg_lex_place_by_id(id)))
		return;
	if (p->wikidata) {
		iri_start(b, "http://www.wikidata.org/entity/");
		iri_add(b, p->wikidata);
		emit(b, n, NKG_T_OWL_SAMEAS, iri_done(b));
	}
	if (p->geonames) {
		iri_start(b, "https://sws.geonames.org/");
		iri_add(b, p->geonames);
		iri_add(b, "/");
		emit(b, n, NKG_T_OWL_SAMEAS, iri_done(b));
	}
}

/* "Ministry of ...", "Department for ...": a name of at most four words
 * made of what the body is, which other countries' bodies have too. */
static bool descriptive_body(struct nkg_str name)
{
	size_t words = 1;
	for (size_t i = 0; i < name.len; i++)
		words += name.ptr[i] == ' ';
	if (words > 4) /* "Ministry of Defense of the Russian Federation": one body */
		return false;
	static const char *const bodies[] = {
	        "ministry ", "department ", "office ",      "agency ",  "bureau ", "authority ",
	        "council ",  "commission ", "directorate ", "service ", NULL};
	for (size_t k = 0; bodies[k]; k++) {
		size_t n = strlen(bodies[k]);
		if (name.len > n + 4 && strncasecmp(name.ptr, bodies[k], n) == 0 &&
		    (strncmp(name.ptr + n, "of ", 3) == 0 || strncmp(name.ptr + n, "for ", 4) == 0))
			return true;
	}
	return false;
}

/* owl:sameAs link of an organisation to its Wikidata item, from the table
 * of extract/orgs.h (issue 3; the rule is in the header comment above):
 * the canonical name, or failing that the alternative names, must find one
 * organisation; an alternative name that is NKG_ORG_WEAK counts for
 * nothing, and two names finding two organisations give no link.  A table
 * that cannot be loaded fails the document, as for places. */
static void org_links(struct builder *b, librdf_node *n, const struct nkg_entity *e)
{
	const struct nkg_org *o, *alt = NULL;
	unsigned how;
	int rc;

	if (b->rc || nkg_entity_class_kind(e->cls) != NKG_KIND_ORGANIZATION)
		return;
	if ((rc = nkg_orgs_load()) != 0 || (rc = nkg_lexicon_load()) != 0) {
		fail(b, rc);
		return;
	}
	/* a weak canonical name needs a class the extractor had evidence for,
	 * and a brand: an operator's weak name describes what it is; so does
	 * "Ministry of Defence" (every country has one) */
	if ((o = nkg_org_find(e->name, &how)) &&
	    (((how & NKG_ORG_WEAK) &&
	      (e->cls == NKG_CLASS_ORGANIZATION || o->kind != NKG_ORG_BRAND)) ||
	     (o->kind != NKG_ORG_BRAND && descriptive_body(e->name))))
		return;
	for (uint32_t k = 0; k < e->n_alt_names; k++) {
		const struct nkg_org *a = nkg_org_find(e->alt_names[k], &how);

		if (!a || (how & NKG_ORG_WEAK))
			continue;
		if ((o && a != o) || (alt && a != alt))
			return;
		alt = a;
	}
	if (!(o = o ? o : alt))
		return;
	iri_start(b, "http://www.wikidata.org/entity/");
	iri_add(b, o->qid);
	emit(b, n, NKG_T_OWL_SAMEAS, iri_done(b));
}

/* "<kind>-<slug>" of entity i appended to the scratch buffer. */
static void entity_key(struct builder *b, uint32_t i)
{
	const struct nkg_entity *e = &b->doc->entities[i];
	iri_add(b, nkg_entity_kind_name(nkg_entity_class_kind(e->cls)));
	iri_add(b, "-");
	iri_slug(b, e->name);
	place_qualifier(b, e);
}

static void entities(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;

	for (uint32_t i = 0; i < doc->n_entities && !b->rc; i++) {
		const struct nkg_entity *e = &doc->entities[i];
		if ((unsigned)e->cls >= NKG_CLASS_COUNT ||
		    check_entity(doc, e->nationality, true) ||
		    check_entity(doc, e->container, true)) {
			fail(b, NKG_EINVAL);
			return;
		}
		for (uint32_t r = 0; r < e->n_roles; r++)
			if (check_entity(doc, e->roles[r].org, true))
				fail(b, NKG_EINVAL);
		entity_iri(b, i);
		b->entity[i] = iri_done(b);
	}
	for (uint32_t i = 0; i < doc->n_entities && !b->rc; i++) {
		const struct nkg_entity *e = &doc->entities[i];
		librdf_node *n = b->entity[i], *g;
		enum nkg_term sup = nkg_term_entity_superclass(e->cls);

		emit_type(b, n, nkg_term_entity_class(e->cls));
		if (sup != NKG_TERM_COUNT)
			emit_type(b, n, sup);
		emit_type(b, n, nkg_term_entity_kind(nkg_entity_class_kind(e->cls)));
		emit_str(b, n, NKG_T_SCHEMA_NAME, e->name);
		emit_str(b, n, NKG_T_RDFS_LABEL, e->name);
		for (uint32_t k = 0; k < e->n_alt_names; k++)
			emit_str(b, n, NKG_T_SKOS_ALTLABEL, e->alt_names[k]);
		emit_double(b, n, NKG_T_NKG_CONFIDENCE, e->confidence, 1);
		emit_cstr(b, n, NKG_T_NKG_RULE, e->rule);
		if (e->nationality != NKG_NONE)
			emit_ref(b, n, NKG_T_SCHEMA_NATIONALITY, b->entity[e->nationality]);
		if (e->religion)
			emit_cstr(b, n, NKG_T_NKG_RELIGION, e->religion);
		if (e->container != NKG_NONE)
			emit_ref(b, n, NKG_T_SCHEMA_CONTAINEDINPLACE, b->entity[e->container]);
		if (e->lex_id.len)
			emit_str(b, n, NKG_T_NKG_GAZETTEERID, e->lex_id);
		place_links(b, n, e);
		org_links(b, n, e);
		if (e->has_coords) {
			iri_start_node(b, n);
			iri_add(b, "/geo");
			if ((g = iri_done(b)) != NULL) {
				emit_ref(b, n, NKG_T_SCHEMA_GEO, g);
				emit_type(b, g, NKG_T_SCHEMA_GEOCOORDINATES);
				emit_double(b, g, NKG_T_SCHEMA_LATITUDE, e->lat, 0);
				emit_double(b, g, NKG_T_SCHEMA_LONGITUDE, e->lon, 0);
				librdf_free_node(g);
			}
		}
		for (uint32_t r = 0; r < e->n_roles; r++) {
			const struct nkg_role *role = &e->roles[r];
			if (role->org == NKG_NONE) {
				emit_str(b, n, NKG_T_SCHEMA_JOBTITLE, role->title);
				continue;
			}
			iri_start_node(b, n);
			iri_add(b, "/role/");
			entity_key(b, role->org);
			iri_add(b, "/");
			iri_slug(b, role->title);
			if ((g = iri_done(b)) != NULL) {
				emit_ref(b, n, NKG_T_SCHEMA_MEMBEROF, g);
				emit_type(b, g, NKG_T_SCHEMA_ORGANIZATIONROLE);
				emit_ref(b, g, NKG_T_SCHEMA_MEMBEROF, b->entity[role->org]);
				emit_str(b, g, NKG_T_SCHEMA_ROLENAME, role->title);
				emit_double(b, g, NKG_T_NKG_CONFIDENCE, role->confidence, 1);
				emit_cstr(b, g, NKG_T_NKG_RULE, role->rule);
				librdf_free_node(g);
			}
		}
	}
}

static void times(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;

	for (uint32_t i = 0; i < doc->n_times && !b->rc; i++) {
		const struct nkg_time *t = &doc->times[i];
		enum nkg_term in;
		librdf_node *n, *d;

		if (!t->value.len) {
			fail(b, NKG_EINVAL);
			return;
		}
		iri_start(b, b->w->base);
		iri_add(b, "time/");
		iri_pct(b, t->value);
		iri_pct(b, t->offset); /* one wall clock in two zones: two times */
		if (!(n = b->time[i] = iri_done(b)))
			return;
		emit_type(b, n, time_class(t));
		emit_str(b, n, NKG_T_NKG_TIMEXVALUE, t->value);
		emit_cstr(b, n, NKG_T_NKG_TIMEXTYPE, nkg_timex_type_name(t->type));
		if ((d = date_literal(b, t, &in)) != NULL || (d = clock_literal(b, t, &in)) != NULL)
			emit(b, n, in, d);
	}
}

struct event_order {
	uint32_t first; /* byte offset of the first mention, UINT32_MAX if none */
	uint32_t idx;
};

static int cmp_event_order(const void *pa, const void *pb)
{
	const struct event_order *a = pa, *c = pb;
	if (a->first != c->first)
		return a->first < c->first ? -1 : 1;
	return a->idx < c->idx ? -1 : a->idx > c->idx;
}

/* The entity whose event a keyed event is (nkg_event_key_role: who
 * resigned, who was appointed, tried or sentenced; what moved in a market,
 * the company acquired, the company that launched, cut jobs, sued, went
 * bankrupt or recalled): the first participant in that role that
 * nkg_event_key_accepts, or NKG_NONE. */
static uint32_t event_key_person(const struct nkg_doc *doc, const struct nkg_event *ev)
{
	enum nkg_role_type role = nkg_event_key_role(ev->cls);
	for (uint32_t p = 0; role != NKG_ROLE_COUNT && p < ev->n_participants; p++)
		if (ev->participants[p].role == role &&
		    nkg_event_key_accepts(ev->cls, doc->entities[ev->participants[p].entity].cls))
			return ev->participants[p].entity;
	return NKG_NONE;
}

/* True when event i gets a merge-safe IRI from its date and its key person
 * or place. */
static bool event_keyed(const struct nkg_doc *doc, const struct nkg_event *ev)
{
	return ev->time != NKG_NONE &&
	       (ev->place != NKG_NONE || event_key_person(doc, ev) != NKG_NONE) &&
	       doc->times[ev->time].type == NKG_TIMEX_DATE &&
	       date_precision(doc->times[ev->time].value) == PREC_DAY;
}

static void event_iris(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;
	struct event_order *ord;
	uint32_t k[NKG_EVENT_COUNT] = {0};

	for (uint32_t i = 0; i < doc->n_events; i++) {
		const struct nkg_event *ev = &doc->events[i];
		if ((unsigned)ev->cls >= NKG_EVENT_COUNT ||
		    (ev->time != NKG_NONE && ev->time >= doc->n_times) ||
		    check_entity(doc, ev->place, true)) {
			fail(b, NKG_EINVAL);
			return;
		}
		for (uint32_t p = 0; p < ev->n_participants; p++)
			if (check_entity(doc, ev->participants[p].entity, false))
				fail(b, NKG_EINVAL);
	}
	if (b->rc || !doc->n_events)
		return;
	if (!(ord = nkg_malloc(doc->n_events * sizeof(*ord)))) {
		fail(b, NKG_ENOMEM);
		return;
	}
	for (uint32_t i = 0; i < doc->n_events; i++)
		ord[i] = (struct event_order){UINT32_MAX, i};
	for (uint32_t m = 0; m < doc->n_mentions; m++) {
		const struct nkg_mention *mn = &doc->mentions[m];
		if (mn->kind == NKG_MENTION_EVENT && mn->target < doc->n_events &&
		    mn->span.begin < ord[mn->target].first)
			ord[mn->target].first = mn->span.begin;
	}
	qsort(ord, doc->n_events, sizeof(*ord), cmp_event_order);
	for (uint32_t o = 0; o < doc->n_events && !b->rc; o++) {
		uint32_t i = ord[o].idx;
		const struct nkg_event *ev = &doc->events[i];
		const char *cls = nkg_event_class_name(ev->cls);
		librdf_node *n = NULL;
		if (event_keyed(doc, ev)) {
			iri_start(b, b->w->base);
			iri_add(b, "event/");
			iri_add(b, cls);
			iri_add(b, "/");
			iri_pct(b, doc->times[ev->time].value);
			iri_add(b, "/");
			uint32_t who = event_key_person(doc, ev);
			if (who != NKG_NONE) {
				iri_add(b, nkg_entity_kind_name(
				                   nkg_entity_class_kind(doc->entities[who].cls)));
				iri_add(b, "-");
				iri_slug(b, doc->entities[who].name);
			} else {
				iri_slug(b, doc->entities[ev->place].name);
			}
			/* "flight 447": one flight of the many from one place */
			if (ev->ident.len) {
				iri_add(b, "/");
				iri_slug(b, ev->ident);
			}
			n = iri_done(b);
			/* Two events the extraction keeps apart but the key does not
			 * tell apart (an earthquake and a flood in one place on one
			 * day): the later one gets a document-scoped IRI. */
			for (uint32_t p = 0; n && p < o; p++) {
				if (librdf_node_equals(n, b->event[ord[p].idx])) {
					librdf_free_node(n);
					n = NULL;
					break;
				}
			}
		}
		if (!n && !b->rc) {
			iri_start(b, b->doc_iri);
			iri_add(b, "/event/");
			iri_add(b, cls);
			iri_add(b, "-");
			iri_uint(b, ++k[ev->cls]);
			n = iri_done(b);
		}
		b->event[i] = n;
	}
	nkg_free(ord);
}

/* The sem:Role node role (NULL: its IRI could not be made, nothing is
 * written) of the participant actor of event ev, in role type type; role
 * is freed. */
static void emit_role(struct builder *b, librdf_node *ev, librdf_node *role,
                      enum nkg_role_type type, librdf_node *actor)
{
	if (!role)
		return;
	emit_ref(b, ev, NKG_T_NKG_HASROLE, role);
	emit_type(b, role, NKG_T_SEM_ROLE);
	emit_ref(b, role, NKG_T_RDF_VALUE, actor);
	emit(b, role, NKG_T_SEM_ROLETYPE, term(b, nkg_term_role_type(type)));
	librdf_free_node(role);
}

/* Whether event ev has a participant in the speaker role. */
static bool has_speaker(const struct nkg_event *ev)
{
	for (uint32_t k = 0; k < ev->n_participants; k++)
		if (ev->participants[k].role == NKG_ROLE_SPEAKER)
			return true;
	return false;
}

static void events(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;
	struct nkg_buf label;
	uint32_t described = 0; /* the article's described participants so far */

	event_iris(b);
	nkg_buf_init(&label, 0);
	for (uint32_t i = 0; i < doc->n_events && !b->rc; i++) {
		const struct nkg_event *ev = &doc->events[i];
		librdf_node *n = b->event[i];
		const char *cls = nkg_event_class_name(ev->cls);

		emit_type(b, n, NKG_T_SEM_EVENT);
		emit_type(b, n, NKG_T_SCHEMA_EVENT);
		emit_type(b, n, nkg_term_event_class(ev->cls));
		if (nkg_term_event_superclass(ev->cls) != NKG_TERM_COUNT)
			emit_type(b, n, nkg_term_event_superclass(ev->cls));

		/* "military strike on 2020-01-03 in Baghdad", "verdict of Pierre Martin
		 * on 2020-01-24 in Paris" */
		nkg_buf_reset(&label);
		int rc = nkg_buf_addstr(&label, cls);
		for (size_t c = 0; c < label.len; c++)
			if (label.ptr[c] == '-')
				label.ptr[c] = ' ';
		uint32_t who = event_key_person(doc, ev);
		if (!rc && who != NKG_NONE)
			rc = nkg_buf_addstr(&label, " of ") ||
			     nkg_buf_add(&label, doc->entities[who].name.ptr,
			                 doc->entities[who].name.len);
		if (!rc && ev->time != NKG_NONE)
			rc = nkg_buf_addstr(&label, " on ") ||
			     nkg_buf_add(&label, doc->times[ev->time].value.ptr,
			                 doc->times[ev->time].value.len);
		if (!rc && ev->place != NKG_NONE)
			rc = nkg_buf_addstr(&label, " in ") ||
			     nkg_buf_add(&label, doc->entities[ev->place].name.ptr,
			                 doc->entities[ev->place].name.len);
		if (rc) {
			fail(b, NKG_ENOMEM);
			break;
		}
		emit_str(b, n, NKG_T_RDFS_LABEL, nkg_buf_str(&label));

		if (ev->time != NKG_NONE) {
			const struct nkg_time *t = &doc->times[ev->time];
			librdf_node *d;
			enum nkg_term unused;
			emit_ref(b, n, NKG_T_SEM_HASTIME, b->time[ev->time]);
			/* a date, or a day's clock time ("2013-05-03T16:59:00-04:00") */
			if ((d = date_literal(b, t, NULL)) != NULL ||
			    (d = clock_literal(b, t, &unused)) != NULL) {
				emit_ref(b, n, NKG_T_SEM_HASTIMESTAMP, d);
				emit(b, n, NKG_T_SCHEMA_STARTDATE, d);
			}
		}
		if (ev->place != NKG_NONE) {
			emit_ref(b, n, NKG_T_SEM_HASPLACE, b->entity[ev->place]);
			emit_ref(b, n, NKG_T_SCHEMA_LOCATION, b->entity[ev->place]);
		}
		for (uint32_t p = 0; p < ev->n_participants; p++) {
			const struct nkg_participant *pa = &ev->participants[p];
			emit_ref(b, n, NKG_T_SEM_HASACTOR, b->entity[pa->entity]);
			iri_start_node(b, n);
			iri_add(b, "/role/");
			iri_add(b, nkg_role_type_name(pa->role));
			iri_add(b, "/");
			entity_key(b, pa->entity);
			emit_role(b, n, iri_done(b), pa->role, b->entity[pa->entity]);
		}
		/* Participants described, not named ("a gunman", "the driver"):
		 * a node of this article's (a description is no identity, so no
		 * IRI another article could share), labelled as written, a
		 * person when the text says so, in its role. */
		for (uint32_t p = 0; p < ev->n_described && !b->rc; p++) {
			const struct nkg_described *ds = &ev->described[p];
			struct nkg_str text = nkg_doc_slice(doc, ds->span);
			librdf_node *d;
			iri_start(b, b->doc_iri);
			iri_add(b, "/described/");
			iri_uint(b, ++described);
			if (!(d = iri_done(b)))
				break;
			emit_type(b, d, NKG_T_NKG_DESCRIBEDPARTICIPANT);
			if (ds->person)
				emit_type(b, d, NKG_T_SCHEMA_PERSON);
			emit_str(b, d, NKG_T_RDFS_LABEL, text);
			emit_str(b, d, NKG_T_SCHEMA_NAME, text);
			emit_ref(b, n, NKG_T_SEM_HASACTOR, d);
			iri_start_node(b, d);
			iri_add(b, "/role/");
			iri_add(b, nkg_role_type_name(ds->role));
			emit_role(b, n, iri_done(b), ds->role, d);
			librdf_free_node(d);
		}
		if (ev->quantity.len)
			emit_str(b, n, NKG_T_NKG_QUANTITY, ev->quantity);
		for (uint32_t k = 0; k < ev->n_more_quantities; k++)
			emit_str(b, n, NKG_T_NKG_QUANTITY, ev->more_quantities[k]);
		/* "killing 12 people and wounding 30 others": how many were hurt */
		if (ev->injured.len)
			emit_str(b, n, NKG_T_NKG_INJUREDCOUNT, ev->injured);
		/* Factuality (issue 4): whether the article says it took place. */
		emit(b, n, NKG_T_NKG_FACTUALITY, term(b, nkg_term_factuality(ev->factuality)));
		if (ev->cls == NKG_EVENT_STATEMENT &&
		    nkg_term_channel(ev->channel) != NKG_TERM_COUNT)
			emit(b, n, NKG_T_NKG_CHANNEL, term(b, nkg_term_channel(ev->channel)));
		/* a description only for a statement no name speaks: a group
		 * that took a named speaker keeps only the speaker */
		if (ev->cls == NKG_EVENT_STATEMENT && ev->speaker_text.len && !has_speaker(ev))
			emit_str(b, n, NKG_T_NKG_SPEAKERDESCRIPTION, ev->speaker_text);
		emit_double(b, n, NKG_T_NKG_CONFIDENCE, ev->confidence, 1);
		emit_cstr(b, n, NKG_T_NKG_RULE, ev->rule);
	}
	nkg_buf_release(&label);
}

/* The NIF string node of a span, with its offsets and anchor; NULL on error. */
static librdf_node *phrase(struct builder *b, struct nkg_span span)
{
	struct nkg_str text = nkg_doc_slice(b->doc, span);
	uint32_t cb = cp_of(b, span.begin), ce = cp_of(b, span.end);
	librdf_node *p;

	iri_start(b, b->doc_iri);
	iri_add(b, "#char=");
	iri_uint(b, cb);
	iri_add(b, ",");
	iri_uint(b, ce);
	if (!(p = iri_done(b)))
		return NULL;
	emit_type(b, p, has_space(text) ? NKG_T_NIF_PHRASE : NKG_T_NIF_WORD);
	emit_type(b, p, NKG_T_NIF_OFFSETBASEDSTRING);
	emit_ref(b, p, NKG_T_NIF_REFERENCECONTEXT, b->ctx_node);
	emit_uint(b, p, NKG_T_NIF_BEGININDEX, cb);
	emit_uint(b, p, NKG_T_NIF_ENDINDEX, ce);
	emit_str(b, p, NKG_T_NIF_ANCHOROF, text);
	return p;
}

static void mentions(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;

	for (uint32_t m = 0; m < doc->n_mentions && !b->rc; m++) {
		const struct nkg_mention *mn = &doc->mentions[m];
		librdf_node *target, *p;
		enum nkg_term cls;

		switch (mn->kind) {
		case NKG_MENTION_ENTITY:
			if (mn->target >= doc->n_entities)
				goto bad;
			target = b->entity[mn->target];
			cls = nkg_term_entity_class(doc->entities[mn->target].cls);
			break;
		case NKG_MENTION_EVENT:
			if (mn->target >= doc->n_events)
				goto bad;
			target = b->event[mn->target];
			cls = nkg_term_event_class(doc->events[mn->target].cls);
			break;
		case NKG_MENTION_TIME:
			if (mn->target >= doc->n_times)
				goto bad;
			target = b->time[mn->target];
			cls = time_class(&doc->times[mn->target]);
			break;
		default: goto bad;
		}
		if (!(p = phrase(b, mn->span)))
			return;
		emit_ref(b, p, NKG_T_ITSRDF_TAIDENTREF, target);
		emit(b, p, NKG_T_ITSRDF_TACLASSREF, term(b, cls));
		emit_double(b, p, NKG_T_ITSRDF_TACONFIDENCE, mn->confidence, 1);
		emit_cstr(b, p, NKG_T_NKG_RULE, mn->rule);
		librdf_free_node(p);
	}
	return;
bad:
	fail(b, NKG_EINVAL);
}

/* The organisations named in the credit lines (doc->credit_sources,
 * credit_contributors): DOC dcterms:source / dcterms:contributor each, once,
 * in entity order. */
static void credits(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;
	const struct nkg_span *span[2] = {&doc->credit_sources, &doc->credit_contributors};
	static const enum nkg_term prop[2] = {NKG_T_DCTERMS_SOURCE, NKG_T_DCTERMS_CONTRIBUTOR};
	uint8_t *named;

	if (b->rc || !doc->n_entities ||
	    (doc->credit_sources.end <= doc->credit_sources.begin &&
	     doc->credit_contributors.end <= doc->credit_contributors.begin))
		return;
	if (!(named = nkg_calloc(doc->n_entities, 1))) {
		fail(b, NKG_ENOMEM);
		return;
	}
	for (uint32_t m = 0; m < doc->n_mentions; m++) {
		const struct nkg_mention *mn = &doc->mentions[m];
		if (mn->kind != NKG_MENTION_ENTITY || mn->target >= doc->n_entities ||
		    nkg_entity_class_kind(doc->entities[mn->target].cls) != NKG_KIND_ORGANIZATION)
			continue;
		for (int k = 0; k < 2; k++)
			if (mn->span.begin >= span[k]->begin && mn->span.end <= span[k]->end)
				named[mn->target] |= (uint8_t)(1u << k);
	}
	for (uint32_t e = 0; e < doc->n_entities; e++)
		for (int k = 0; k < 2; k++)
			if (named[e] & (1u << k))
				emit_ref(b, b->doc_node, prop[k], b->entity[e]);
	nkg_free(named);
}

static void quotes(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;

	for (uint32_t i = 0; i < doc->n_quotes && !b->rc; i++) {
		const struct nkg_quote *q = &doc->quotes[i];
		librdf_node *n, *p;

		if (check_entity(doc, q->speaker, true) ||
		    (q->event != NKG_NONE && q->event >= doc->n_events)) {
			fail(b, NKG_EINVAL);
			return;
		}
		iri_start(b, b->doc_iri);
		iri_add(b, "/quote/");
		iri_uint(b, cp_of(b, q->text.begin));
		iri_add(b, "-");
		iri_uint(b, cp_of(b, q->text.end));
		if (!(n = iri_done(b)))
			return;
		emit_type(b, n, NKG_T_SCHEMA_QUOTATION);
		emit_str(b, n, NKG_T_SCHEMA_TEXT, nkg_doc_slice(doc, q->text));
		emit_ref(b, n, NKG_T_SCHEMA_ISPARTOF, b->doc_node);
		if (q->speaker != NKG_NONE) {
			emit_ref(b, n, NKG_T_SCHEMA_SPOKENBYCHARACTER, b->entity[q->speaker]);
			emit_ref(b, n, NKG_T_PROV_WASATTRIBUTEDTO, b->entity[q->speaker]);
		}
		if (q->event != NKG_NONE)
			emit_ref(b, n, NKG_T_NKG_STATEMENTEVENT, b->event[q->event]);
		emit_double(b, n, NKG_T_NKG_CONFIDENCE, q->confidence, 1);
		emit_cstr(b, n, NKG_T_NKG_RULE, q->rule);
		if ((p = phrase(b, q->text)) != NULL) {
			emit_ref(b, p, NKG_T_ITSRDF_TAIDENTREF, n);
			emit(b, p, NKG_T_ITSRDF_TACLASSREF, term(b, NKG_T_SCHEMA_QUOTATION));
			librdf_free_node(p);
		}
		librdf_free_node(n);
	}
}

struct about_pairs {
	uint64_t *v; /* statement << 32 | event */
	size_t n, cap;
};

static int add_pair(struct about_pairs *ps, uint32_t statement, uint32_t event)
{
	if (ps->n == ps->cap) {
		size_t cap = ps->cap ? 2 * ps->cap : 16;
		uint64_t *v = nkg_realloc(ps->v, cap * sizeof(*v));
		if (!v)
			return NKG_ENOMEM;
		ps->v = v;
		ps->cap = cap;
	}
	ps->v[ps->n++] = (uint64_t)statement << 32 | event;
	return 0;
}

/* Adds (statement, event) for each event other than a statement with a
 * mention inside span (mentions are sorted by position).  0 or NKG_ENOMEM. */
static int events_inside(const struct nkg_doc *doc, uint32_t statement, struct nkg_span span,
                         struct about_pairs *ps)
{
	uint32_t lo = 0, hi = doc->n_mentions;

	if (span.end <= span.begin)
		return 0;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (doc->mentions[mid].span.begin < span.begin)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (uint32_t m = lo; m < doc->n_mentions && doc->mentions[m].span.begin < span.end; m++) {
		const struct nkg_mention *mn = &doc->mentions[m];
		if (mn->kind != NKG_MENTION_EVENT || mn->span.end > span.end ||
		    mn->target >= doc->n_events || mn->target == statement ||
		    doc->events[mn->target].cls == NKG_EVENT_STATEMENT)
			continue;
		int rc = add_pair(ps, statement, mn->target);
		if (rc)
			return rc;
	}
	return 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

struct said {
	uint32_t begin, end, event;
};

static int cmp_said(const void *a, const void *b)
{
	const struct said *x = a, *y = b;
	if (x->begin != y->begin)
		return x->begin < y->begin ? -1 : 1;
	return (x->event > y->event) - (x->event < y->event);
}

/* Events whose quantity is written inside what a statement reports
 * ("al-Hashemi said [more than 2.5 million took part ...]"): the statement
 * whose content starts last before the quantity gets nkg:reportedQuantity
 * with the words, and the pair (statement, event) goes to ps for
 * schema:about.  The claim stays on the statement, whose IRI is the
 * article's own, so merged articles keep who said which number.  0 or
 * NKG_ENOMEM. */
static int quantity_sources(struct builder *b, struct about_pairs *ps)
{
	const struct nkg_doc *doc = b->doc;
	struct said *s = NULL;
	uint32_t n = 0;
	int rc = 0;

	for (uint32_t i = 0; i < doc->n_events; i++)
		if (doc->events[i].cls == NKG_EVENT_STATEMENT &&
		    doc->events[i].content.end > doc->events[i].content.begin)
			n++;
	if (!n)
		return 0;
	if (!(s = nkg_malloc((size_t)n * sizeof(*s))))
		return NKG_ENOMEM;
	n = 0;
	for (uint32_t i = 0; i < doc->n_events; i++) {
		const struct nkg_event *ev = &doc->events[i];
		if (ev->cls == NKG_EVENT_STATEMENT && ev->content.end > ev->content.begin)
			s[n++] = (struct said){ev->content.begin, ev->content.end, i};
	}
	qsort(s, n, sizeof(*s), cmp_said);
	for (uint32_t i = 0; i < doc->n_events && !rc && !b->rc; i++) {
		const struct nkg_event *ev = &doc->events[i];
		for (uint32_t k = 0; k <= ev->n_more_quantities && !rc; k++) {
			struct nkg_str q = k ? ev->more_quantities[k - 1] : ev->quantity;
			if (!q.len || !doc->text || q.ptr < doc->text ||
			    q.ptr + q.len > doc->text + doc->text_len)
				continue;
			uint32_t off = (uint32_t)(q.ptr - doc->text), lo = 0, hi = n;
			while (lo < hi) { /* the first statement starting after off */
				uint32_t mid = lo + (hi - lo) / 2;
				if (s[mid].begin <= off)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo > 0 && off + q.len <= s[lo - 1].end && s[lo - 1].event != i) {
				emit_str(b, b->event[s[lo - 1].event], NKG_T_NKG_REPORTEDQUANTITY,
				         q);
				rc = add_pair(ps, s[lo - 1].event, i);
			}
		}
	}
	nkg_free(s);
	return rc;
}

/* Statements: schema:about the events their content and quotes mention and
 * those whose quantity they report, once each, in (statement, event) order;
 * nkg:reportedQuantity (quantity_sources). */
static void statement_subjects(struct builder *b)
{
	const struct nkg_doc *doc = b->doc;
	struct about_pairs ps = {0};
	int rc = 0;

	for (uint32_t i = 0; i < doc->n_events && !rc; i++)
		if (doc->events[i].cls == NKG_EVENT_STATEMENT)
			rc = events_inside(doc, i, doc->events[i].content, &ps);
	for (uint32_t q = 0; q < doc->n_quotes && !rc; q++) {
		uint32_t e = doc->quotes[q].event;
		if (e < doc->n_events && doc->events[e].cls == NKG_EVENT_STATEMENT)
			rc = events_inside(doc, e, doc->quotes[q].text, &ps);
	}
	if (!rc)
		rc = quantity_sources(b, &ps);
	if (rc) {
		fail(b, rc);
	} else if (ps.n) {
		qsort(ps.v, ps.n, sizeof(*ps.v), cmp_u64);
		for (size_t k = 0; k < ps.n && !b->rc; k++)
			if (k == 0 || ps.v[k] != ps.v[k - 1])
				emit_ref(b, b->event[ps.v[k] >> 32], NKG_T_SCHEMA_ABOUT,
				         b->event[(uint32_t)ps.v[k]]);
	}
	nkg_free(ps.v);
}

/* ---- writing -------------------------------------------------------------- */

/* The sink: a raptor iostream that fills w->sink and hands it to w->out
 * with fwrite when full and at the end of each document. */
static void sink_flush(struct nkg_writer *w)
{
	if (w->sink_pos > w->sink)
		fwrite(w->sink, 1, (size_t)(w->sink_pos - w->sink), w->out);
	w->sink_pos = w->sink;
}

/* sink_write_byte when the buffer is full.  Not inlined, so that
 * sink_write_byte, called for nearly every output byte, needs no stack frame. */
__attribute__((noinline)) static int sink_write_byte_full(struct nkg_writer *w, int byte)
{
	sink_flush(w);
	*w->sink_pos++ = (char)byte;
	return 0;
}

static int sink_write_byte(void *ctx, const int byte)
{
	struct nkg_writer *w = ctx;
	if (w->sink_pos == w->sink + sizeof(w->sink))
		return sink_write_byte_full(w, byte);
	*w->sink_pos++ = (char)byte;
	return 0;
}

/* Returns the number of items written, as raptor's own file stream does
 * (raptor compares it with nmemb). */
static int sink_write_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb)
{
	struct nkg_writer *w = ctx;
	size_t n = size * nmemb;
	if (n > (size_t)(w->sink + sizeof(w->sink) - w->sink_pos)) {
		sink_flush(w);
		if (n > sizeof(w->sink)) {
			fwrite(ptr, 1, n, w->out);
			return (int)nmemb;
		}
	}
	memcpy(w->sink_pos, ptr, n);
	w->sink_pos += n;
	return (int)nmemb;
}

/* Version 2 although nothing is read: raptor 2.0.15 refuses a version 1
 * handler that has no read_bytes (its mode check looks at the V2 fields). */
static const raptor_iostream_handler sink_handler = {
        .version = 2,
        .write_byte = sink_write_byte,
        .write_bytes = sink_write_bytes,
};

static raptor_iostream *sink_open(struct nkg_writer *w)
{
	w->sink_pos = w->sink;
	return raptor_new_iostream_from_handler(librdf_world_get_raptor(w->world), w,
	                                        &sink_handler);
}

/* Writes the model's sorted stream with raptor's serializer for the
 * writer's format straight to the sink.  Turtle declares every prefix
 * (raptor declares rdf: itself and refuses it twice); N-Quads sets every
 * statement's graph to DOC.  Going to raptor directly rather than through
 * librdf_serializer: librdf's iostream variant frees the stream it is
 * given (on some paths only), its file-handle variant writes byte by byte
 * through fputc; the terms and bytes are the same (librdf nodes are raptor
 * terms, librdf URIs raptor URIs). */
static int write_raptor(struct builder *b)
{
	static const char *const syntax[] = {
	        [NKG_FORMAT_TURTLE] = "turtle",
	        [NKG_FORMAT_NTRIPLES] = "ntriples",
	        [NKG_FORMAT_NQUADS] = "nquads",
	};
	struct nkg_writer *w = b->w;
	raptor_world *rw = librdf_world_get_raptor(w->world);
	raptor_serializer *ser = raptor_new_serializer(rw, syntax[w->format]);
	raptor_iostream *io = NULL;
	librdf_stream *st = NULL;
	size_t n_pfx;
	const struct nkg_prefix *pfx = nkg_prefixes(&n_pfx);
	int rc = NKG_ERDF;

	if (!ser)
		return NKG_ERDF;
	for (size_t i = 0; w->format == NKG_FORMAT_TURTLE && i < n_pfx; i++)
		if (strcmp(pfx[i].prefix, "rdf") &&
		    raptor_serializer_set_namespace(ser, w->ns[i],
		                                    (const unsigned char *)pfx[i].prefix))
			goto out;
	if (!(io = sink_open(w)) || raptor_serializer_start_to_iostream(ser, NULL, io))
		goto out;
	if (!(st = librdf_model_as_stream(b->model)))
		goto out;
	for (; !librdf_stream_end(st); librdf_stream_next(st)) {
		librdf_statement *s = librdf_stream_get_object(st); /* borrowed */
		raptor_statement q;
		if (!s)
			goto out;
		raptor_statement_init(&q, rw);
		q.subject = librdf_statement_get_subject(s);
		q.predicate = librdf_statement_get_predicate(s);
		q.object = librdf_statement_get_object(s);
		if (w->format == NKG_FORMAT_NQUADS)
			q.graph = b->doc_node;
		/* q only borrows its terms: it is not cleared. */
		if (raptor_serializer_serialize_statement(ser, &q))
			goto out;
	}
	if (raptor_serializer_serialize_end(ser))
		goto out;
	rc = 0;
out:
	if (st)
		librdf_free_stream(st);
	raptor_free_serializer(ser);
	if (io)
		raptor_free_iostream(io);
	sink_flush(w);
	return rc;
}

static void free_nodes(librdf_node **nodes, uint32_t n)
{
	for (uint32_t i = 0; nodes && i < n; i++)
		if (nodes[i])
			librdf_free_node(nodes[i]);
	nkg_free(nodes);
}

int nkg_writer_add(struct nkg_writer *w, const struct nkg_doc *doc, size_t *n_triples)
{
	struct builder b;
	librdf_storage *storage = NULL;
	int rc, size;

	memset(&b, 0, sizeof(b));
	b.w = w;
	b.doc = doc;
	nkg_buf_init(&b.iri, 0);
	w->rdf_failed = 0;
	w->last_error[0] = '\0';

	if (!doc->text && doc->text_len) {
		rc = NKG_EINVAL;
		goto out;
	}
	if ((rc = build_offsets(&b)) != 0)
		goto out;
	rc = NKG_ENOMEM;
	if (!(b.doc_iri = nkg_doc_iri(w->base, doc)))
		goto out;
	if ((doc->n_entities && !(b.entity = nkg_calloc(doc->n_entities, sizeof(*b.entity)))) ||
	    (doc->n_events && !(b.event = nkg_calloc(doc->n_events, sizeof(*b.event)))) ||
	    (doc->n_times && !(b.time = nkg_calloc(doc->n_times, sizeof(*b.time)))))
		goto out;
	rc = NKG_ERDF;
	if (!(storage = librdf_new_storage(w->world, "trees", NULL, NULL)) ||
	    !(b.model = librdf_new_model(w->world, storage, NULL)))
		goto out;

	iri_start(&b, b.doc_iri);
	b.doc_node = iri_done(&b);
	iri_add(&b, "#char=0,");
	iri_uint(&b, cp_of(&b, (uint32_t)doc->text_len));
	b.ctx_node = iri_done(&b);
	if ((rc = b.rc) != 0)
		goto out;

	article(&b);
	entities(&b);
	times(&b);
	events(&b);
	mentions(&b);
	credits(&b);
	quotes(&b);
	statement_subjects(&b);
	if ((rc = b.rc) != 0)
		goto out;
	if (w->rdf_failed) {
		rc = NKG_ERDF;
		goto out;
	}
	size = librdf_model_size(b.model);
	if (w->format == NKG_FORMAT_DOT)
		rc = nkg_dot_write(b.model, b.doc_iri, w->base, w->out);
	else
		rc = write_raptor(&b);
	if (ferror(w->out))
		rc = NKG_EIO;
	else if (!rc && w->rdf_failed)
		rc = NKG_ERDF;
	if (!rc && n_triples)
		*n_triples = size < 0 ? 0 : (size_t)size;
out:
	free_nodes(b.entity, doc->n_entities);
	free_nodes(b.event, doc->n_events);
	free_nodes(b.time, doc->n_times);
	if (b.doc_node)
		librdf_free_node(b.doc_node);
	if (b.ctx_node)
		librdf_free_node(b.ctx_node);
	if (b.model)
		librdf_free_model(b.model);
	if (storage)
		librdf_free_storage(storage);
	nkg_free(b.doc_iri);
	nkg_free(b.offs);
	nkg_free(b.cps);
	nkg_buf_release(&b.iri);
	return rc;
}
