/* terms.h - every RDF term newskg writes, and the prefixes of its Turtle.
 *
 * graph/ never spells an IRI itself: it asks this table.  Each term here is
 * declared in ontology/newskg.ttl (tests/test_ontology_terms.c checks it), so
 * the ontology documents exactly what the output contains.  All strings are
 * static: borrowed, valid for the life of the process.
 */
#ifndef NKG_TERMS_H
#define NKG_TERMS_H

#include <stddef.h>

#include "../extract/doc.h"

#define NKG_NS_RDF     "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NKG_NS_RDFS    "http://www.w3.org/2000/01/rdf-schema#"
#define NKG_NS_XSD     "http://www.w3.org/2001/XMLSchema#"
#define NKG_NS_OWL     "http://www.w3.org/2002/07/owl#"
#define NKG_NS_SCHEMA  "http://schema.org/"
#define NKG_NS_NIF     "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NKG_NS_ITSRDF  "http://www.w3.org/2005/11/its/rdf#"
#define NKG_NS_SEM     "http://semanticweb.cs.vu.nl/2009/11/sem/"
#define NKG_NS_TIME    "http://www.w3.org/2006/time#"
#define NKG_NS_PROV    "http://www.w3.org/ns/prov#"
#define NKG_NS_DCTERMS "http://purl.org/dc/terms/"
#define NKG_NS_SKOS    "http://www.w3.org/2004/02/skos/core#"
#define NKG_NS_NKG     "https://w3id.org/newskg/ns#"
/* Prefixes used in Turtle output and in nkg_term_curie(). */
#define NKG_PFX_RDF     "rdf"
#define NKG_PFX_RDFS    "rdfs"
#define NKG_PFX_XSD     "xsd"
#define NKG_PFX_OWL     "owl"
#define NKG_PFX_SCHEMA  "schema"
#define NKG_PFX_NIF     "nif"
#define NKG_PFX_ITSRDF  "itsrdf"
#define NKG_PFX_SEM     "sem"
#define NKG_PFX_TIME    "time"
#define NKG_PFX_PROV    "prov"
#define NKG_PFX_DCTERMS "dcterms"
#define NKG_PFX_SKOS    "skos"
#define NKG_PFX_NKG     "nkg"
/* The ontology document itself (owl:Ontology). */
#define NKG_ONTOLOGY_IRI "https://w3id.org/newskg/ns"

/* X(enum suffix, namespace macro suffix, local name) */
#define NKG_TERM_LIST(X)                                                                           \
	X(RDF_TYPE, RDF, "type")                                                                   \
	X(RDF_VALUE, RDF, "value")                                                                 \
	X(RDFS_LABEL, RDFS, "label")                                                               \
	X(XSD_DATE, XSD, "date")                                                                   \
	X(XSD_GYEARMONTH, XSD, "gYearMonth")                                                       \
	X(XSD_GYEAR, XSD, "gYear")                                                                 \
	X(XSD_DATETIME, XSD, "dateTime")                                                           \
	X(XSD_DATETIMESTAMP, XSD, "dateTimeStamp")                                                 \
	X(XSD_DOUBLE, XSD, "double")                                                               \
	X(XSD_NONNEGATIVEINTEGER, XSD, "nonNegativeInteger")                                       \
	X(XSD_ANYURI, XSD, "anyURI")                                                               \
	X(SCHEMA_NEWSARTICLE, SCHEMA, "NewsArticle")                                               \
	X(SCHEMA_HEADLINE, SCHEMA, "headline")                                                     \
	X(SCHEMA_DATEPUBLISHED, SCHEMA, "datePublished")                                           \
	X(SCHEMA_PUBLISHER, SCHEMA, "publisher")                                                   \
	X(SCHEMA_URL, SCHEMA, "url")                                                               \
	X(SCHEMA_NAME, SCHEMA, "name")                                                             \
	X(SCHEMA_PERSON, SCHEMA, "Person")                                                         \
	X(SCHEMA_ORGANIZATION, SCHEMA, "Organization")                                             \
	X(SCHEMA_GOVERNMENTORGANIZATION, SCHEMA, "GovernmentOrganization")                         \
	X(SCHEMA_NEWSMEDIAORGANIZATION, SCHEMA, "NewsMediaOrganization")                           \
	X(SCHEMA_RESEARCHORGANIZATION, SCHEMA, "ResearchOrganization")                             \
	X(SCHEMA_EDUCATIONALORGANIZATION, SCHEMA, "EducationalOrganization")                       \
	X(SCHEMA_CORPORATION, SCHEMA, "Corporation")                                               \
	X(SCHEMA_PLACE, SCHEMA, "Place")                                                           \
	X(SCHEMA_COUNTRY, SCHEMA, "Country")                                                       \
	X(SCHEMA_ADMINISTRATIVEAREA, SCHEMA, "AdministrativeArea")                                 \
	X(SCHEMA_CITY, SCHEMA, "City")                                                             \
	X(SCHEMA_AIRPORT, SCHEMA, "Airport")                                                       \
	X(SCHEMA_PRODUCT, SCHEMA, "Product")                                                       \
	X(SCHEMA_INTANGIBLE, SCHEMA, "Intangible")                                                 \
	X(SCHEMA_CONTAINEDINPLACE, SCHEMA, "containedInPlace")                                     \
	X(SCHEMA_GEO, SCHEMA, "geo")                                                               \
	X(SCHEMA_GEOCOORDINATES, SCHEMA, "GeoCoordinates")                                         \
	X(SCHEMA_LATITUDE, SCHEMA, "latitude")                                                     \
	X(SCHEMA_LONGITUDE, SCHEMA, "longitude")                                                   \
	X(SCHEMA_NATIONALITY, SCHEMA, "nationality")                                               \
	X(SCHEMA_MEMBEROF, SCHEMA, "memberOf")                                                     \
	X(SCHEMA_ORGANIZATIONROLE, SCHEMA, "OrganizationRole")                                     \
	X(SCHEMA_ROLENAME, SCHEMA, "roleName")                                                     \
	X(SCHEMA_JOBTITLE, SCHEMA, "jobTitle")                                                     \
	X(SCHEMA_EVENT, SCHEMA, "Event")                                                           \
	X(SCHEMA_STARTDATE, SCHEMA, "startDate")                                                   \
	X(SCHEMA_LOCATION, SCHEMA, "location")                                                     \
	X(SCHEMA_QUOTATION, SCHEMA, "Quotation")                                                   \
	X(SCHEMA_TEXT, SCHEMA, "text")                                                             \
	X(SCHEMA_SPOKENBYCHARACTER, SCHEMA, "spokenByCharacter")                                   \
	X(SCHEMA_ISPARTOF, SCHEMA, "isPartOf")                                                     \
	X(SCHEMA_ABOUT, SCHEMA, "about")                                                           \
	X(SCHEMA_SOFTWAREAPPLICATION, SCHEMA, "SoftwareApplication")                               \
	X(SCHEMA_SOFTWAREVERSION, SCHEMA, "softwareVersion")                                       \
	X(NIF_CONTEXT, NIF, "Context")                                                             \
	X(NIF_OFFSETBASEDSTRING, NIF, "OffsetBasedString")                                         \
	X(NIF_PHRASE, NIF, "Phrase")                                                               \
	X(NIF_WORD, NIF, "Word")                                                                   \
	X(NIF_ISSTRING, NIF, "isString")                                                           \
	X(NIF_BEGININDEX, NIF, "beginIndex")                                                       \
	X(NIF_ENDINDEX, NIF, "endIndex")                                                           \
	X(NIF_SOURCEURL, NIF, "sourceUrl")                                                         \
	X(NIF_REFERENCECONTEXT, NIF, "referenceContext")                                           \
	X(NIF_ANCHOROF, NIF, "anchorOf")                                                           \
	X(ITSRDF_TAIDENTREF, ITSRDF, "taIdentRef")                                                 \
	X(ITSRDF_TACLASSREF, ITSRDF, "taClassRef")                                                 \
	X(ITSRDF_TACONFIDENCE, ITSRDF, "taConfidence")                                             \
	X(SEM_EVENT, SEM, "Event")                                                                 \
	X(SEM_HASTIME, SEM, "hasTime")                                                             \
	X(SEM_HASTIMESTAMP, SEM, "hasTimeStamp")                                                   \
	X(SEM_HASPLACE, SEM, "hasPlace")                                                           \
	X(SEM_HASACTOR, SEM, "hasActor")                                                           \
	X(SEM_ROLE, SEM, "Role")                                                                   \
	X(SEM_ROLETYPE, SEM, "roleType")                                                           \
	X(SEM_ROLETYPE_CLASS, SEM, "RoleType")                                                     \
	X(TIME_TEMPORALENTITY, TIME, "TemporalEntity")                                             \
	X(TIME_INSTANT, TIME, "Instant")                                                           \
	X(TIME_PROPERINTERVAL, TIME, "ProperInterval")                                             \
	X(TIME_DURATION, TIME, "Duration")                                                         \
	X(TIME_INXSDDATE, TIME, "inXSDDate")                                                       \
	X(TIME_INXSDGYEARMONTH, TIME, "inXSDgYearMonth")                                           \
	X(TIME_INXSDGYEAR, TIME, "inXSDgYear")                                                     \
	X(TIME_INXSDDATETIME, TIME, "inXSDDateTime")                                               \
	X(TIME_INXSDDATETIMESTAMP, TIME, "inXSDDateTimeStamp")                                     \
	X(PROV_ACTIVITY, PROV, "Activity")                                                         \
	X(PROV_SOFTWAREAGENT, PROV, "SoftwareAgent")                                               \
	X(PROV_WASGENERATEDBY, PROV, "wasGeneratedBy")                                             \
	X(PROV_WASASSOCIATEDWITH, PROV, "wasAssociatedWith")                                       \
	X(PROV_WASATTRIBUTEDTO, PROV, "wasAttributedTo")                                           \
	X(DCTERMS_IDENTIFIER, DCTERMS, "identifier")                                               \
	X(DCTERMS_SOURCE, DCTERMS, "source")                                                       \
	X(DCTERMS_CONTRIBUTOR, DCTERMS, "contributor")                                             \
	X(SKOS_ALTLABEL, SKOS, "altLabel")                                                         \
	X(NKG_POLITICALPARTY, NKG, "PoliticalParty")                                               \
	X(NKG_ARMEDGROUP, NKG, "ArmedGroup")                                                       \
	X(NKG_DISTRICT, NKG, "District")                                                           \
	X(NKG_MARKETINDEX, NKG, "MarketIndex")                                                     \
	X(NKG_PROTEST, NKG, "Protest")                                                             \
	X(NKG_MILITARYSTRIKE, NKG, "MilitaryStrike")                                               \
	X(NKG_ATTACK, NKG, "Attack")                                                               \
	X(NKG_KILLING, NKG, "Killing")                                                             \
	X(NKG_VOTE, NKG, "Vote")                                                                   \
	X(NKG_ELECTION, NKG, "Election")                                                           \
	X(NKG_STATEMENT, NKG, "Statement")                                                         \
	X(NKG_MEETING, NKG, "Meeting")                                                             \
	X(NKG_ARREST, NKG, "Arrest")                                                               \
	X(NKG_AGREEMENT, NKG, "Agreement")                                                         \
	X(NKG_APPOINTMENT, NKG, "Appointment")                                                     \
	X(NKG_RESIGNATION, NKG, "Resignation")                                                     \
	X(NKG_ACCIDENT, NKG, "Accident")                                                           \
	X(NKG_DISASTER, NKG, "Disaster")                                                           \
	X(NKG_TRIAL, NKG, "Trial")                                                                 \
	X(NKG_VERDICT, NKG, "Verdict")                                                             \
	X(NKG_MARKETMOVEMENT, NKG, "MarketMovement")                                               \
	X(NKG_MARKETRISE, NKG, "MarketRise")                                                       \
	X(NKG_MARKETFALL, NKG, "MarketFall")                                                       \
	X(NKG_PRODUCTLAUNCH, NKG, "ProductLaunch")                                                 \
	X(NKG_ACQUISITION, NKG, "Acquisition")                                                     \
	X(NKG_LAYOFF, NKG, "Layoff")                                                               \
	X(NKG_LAWSUIT, NKG, "Lawsuit")                                                             \
	X(NKG_BANKRUPTCY, NKG, "Bankruptcy")                                                       \
	X(NKG_RECALL, NKG, "Recall")                                                               \
	X(NKG_LABOURSTRIKE, NKG, "LabourStrike")                                                   \
	X(NKG_DEATH, NKG, "Death")                                                                 \
	X(NKG_CHARGE, NKG, "Charge")                                                               \
	X(NKG_SPORTSMATCH, NKG, "SportsMatch")                                                     \
	X(NKG_FIRE, NKG, "Fire")                                                                   \
	X(NKG_DISMISSAL, NKG, "Dismissal")                                                         \
	X(NKG_CLASH, NKG, "Clash")                                                                 \
	X(NKG_INJURY, NKG, "Injury")                                                               \
	X(NKG_ESCAPE, NKG, "Escape")                                                               \
	X(NKG_ADMISSION, NKG, "Admission")                                                         \
	X(NKG_FLIGHT, NKG, "Flight")                                                               \
	X(NKG_INJUREDRESERVE, NKG, "InjuredReserve")                                               \
	X(NKG_COMMEMORATION, NKG, "Commemoration")                                                 \
	X(NKG_DRIVINGOFFENCE, NKG, "DrivingOffence")                                               \
	X(NKG_KIDNAPPING, NKG, "Kidnapping")                                                       \
	X(NKG_AGENT, NKG, "Agent")                                                                 \
	X(NKG_PATIENT, NKG, "Patient")                                                             \
	X(NKG_PARTICIPANT, NKG, "Participant")                                                     \
	X(NKG_SPEAKER, NKG, "Speaker")                                                             \
	X(NKG_INSTRUMENT, NKG, "Instrument")                                                       \
	X(NKG_DATESOURCE, NKG, "DateSource")                                                       \
	X(NKG_DATEFROMOPTION, NKG, "DateFromOption")                                               \
	X(NKG_DATEFROMMETADATA, NKG, "DateFromMetadata")                                           \
	X(NKG_DATEFROMDATELINE, NKG, "DateFromDateline")                                           \
	X(NKG_DATEPUBLISHEDSOURCE, NKG, "datePublishedSource")                                     \
	X(NKG_CONFIDENCE, NKG, "confidence")                                                       \
	X(NKG_RULE, NKG, "rule")                                                                   \
	X(NKG_INGESTCOMPLETE, NKG, "ingestComplete")                                               \
	X(NKG_GAZETTEERID, NKG, "gazetteerId")                                                     \
	X(NKG_RELIGION, NKG, "religion")                                                           \
	X(NKG_TIMEXVALUE, NKG, "timexValue")                                                       \
	X(NKG_TIMEXTYPE, NKG, "timexType")                                                         \
	X(NKG_QUANTITY, NKG, "quantity")                                                           \
	X(NKG_REPORTEDQUANTITY, NKG, "reportedQuantity")                                           \
	X(NKG_INJUREDCOUNT, NKG, "injuredCount")                                                   \
	X(NKG_SPEAKERDESCRIPTION, NKG, "speakerDescription")                                       \
	X(NKG_DESCRIBEDPARTICIPANT, NKG, "DescribedParticipant")                                   \
	X(NKG_HASROLE, NKG, "hasRole")                                                             \
	X(NKG_STATEMENTEVENT, NKG, "statementEvent")                                               \
	X(NKG_FACTUALITY_CLASS, NKG, "Factuality")                                                 \
	X(NKG_FACTUALITY, NKG, "factuality")                                                       \
	X(NKG_ASSERTED, NKG, "Asserted")                                                           \
	X(NKG_NEGATED, NKG, "Negated")                                                             \
	X(NKG_CALLEDFOR, NKG, "CalledFor")                                                         \
	X(NKG_HYPOTHETICAL, NKG, "Hypothetical")                                                   \
	X(NKG_REPORTED, NKG, "Reported")                                                           \
	X(NKG_CHANNEL_CLASS, NKG, "Channel")                                                       \
	X(NKG_CHANNEL, NKG, "channel")                                                             \
	X(NKG_WRITTENSTATEMENT, NKG, "WrittenStatement")                                           \
	X(NKG_SERMON, NKG, "Sermon")                                                               \
	X(NKG_SPEECH, NKG, "Speech")                                                               \
	X(NKG_TWEET, NKG, "Tweet")                                                                 \
	X(NKG_SOCIALMEDIAPOST, NKG, "SocialMediaPost")                                             \
	X(NKG_INTERVIEW, NKG, "Interview")                                                         \
	X(NKG_PRESSCONFERENCE, NKG, "PressConference")                                             \
	X(NKG_LETTER, NKG, "Letter")                                                               \
	X(NKG_ANNOUNCEMENT, NKG, "Announcement")                                                   \
	X(OWL_SAMEAS, OWL, "sameAs")

enum nkg_term {
#define NKG_TERM_ENUM(id, ns, local) NKG_T_##id,
	NKG_TERM_LIST(NKG_TERM_ENUM)
#undef NKG_TERM_ENUM
	        NKG_TERM_COUNT
};

/* The full IRI of t (static), NULL when t is out of range. */
const char *nkg_term_iri(enum nkg_term t);

/* The compact name of t for messages and tests, e.g. "schema:Person" (static). */
const char *nkg_term_curie(enum nkg_term t);

struct nkg_prefix {
	const char *prefix; /* "schema" */
	const char *iri;    /* "http://schema.org/" */
};

/* The prefixes declared in Turtle output, in a fixed order; *n receives the count. */
const struct nkg_prefix *nkg_prefixes(size_t *n);

/* schema.org (or nkg:) class of an entity class; the kind's class
 * (schema:Person, schema:Organization, schema:Place, schema:Product,
 * schema:Intangible for a market index) for nkg_entity_class_kind. */
enum nkg_term nkg_term_entity_class(enum nkg_entity_class cls);
/* The superclass written beside an nkg: entity class (schema:Organization for
 * nkg:ArmedGroup, schema:AdministrativeArea for nkg:District, schema:Intangible
 * for nkg:MarketIndex), else NKG_TERM_COUNT. */
enum nkg_term nkg_term_entity_superclass(enum nkg_entity_class cls);
enum nkg_term nkg_term_entity_kind(enum nkg_entity_kind kind);
/* nkg: event class (nkg:Protest ...). */
enum nkg_term nkg_term_event_class(enum nkg_event_class cls);
/* The nkg: class written beside an event class that has one (nkg:MarketMovement
 * for nkg:MarketRise and nkg:MarketFall, nkg:Protest for nkg:LabourStrike), else
 * NKG_TERM_COUNT. */
enum nkg_term nkg_term_event_superclass(enum nkg_event_class cls);
/* nkg: role type individual (nkg:Agent ...). */
enum nkg_term nkg_term_role_type(enum nkg_role_type role);
/* nkg: factuality individual (nkg:Asserted ...); nkg:Asserted when out of range. */
enum nkg_term nkg_term_factuality(enum nkg_factuality f);
/* nkg: channel individual (nkg:Sermon ...); NKG_TERM_COUNT for NONE or out of range. */
enum nkg_term nkg_term_channel(enum nkg_channel ch);

#endif
