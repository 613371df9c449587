/* terms.c - the IRI table behind terms.h. */
#include "terms.h"

static const char *const iris[NKG_TERM_COUNT] = {
#define NKG_TERM_IRI(id, ns, local) [NKG_T_##id] = NKG_NS_##ns local,
        NKG_TERM_LIST(NKG_TERM_IRI)
#undef NKG_TERM_IRI
};

static const char *const curies[NKG_TERM_COUNT] = {
#define NKG_TERM_CURIE(id, ns, local) [NKG_T_##id] = NKG_PFX_##ns ":" local,
        NKG_TERM_LIST(NKG_TERM_CURIE)
#undef NKG_TERM_CURIE
};

#define NKG_PREFIX(ns)                                                                             \
	{                                                                                          \
		NKG_PFX_##ns, NKG_NS_##ns                                                          \
	}
static const struct nkg_prefix prefixes[] = {
        NKG_PREFIX(RDF),    NKG_PREFIX(RDFS), NKG_PREFIX(XSD),     NKG_PREFIX(OWL),
        NKG_PREFIX(SCHEMA), NKG_PREFIX(NIF),  NKG_PREFIX(ITSRDF),  NKG_PREFIX(SEM),
        NKG_PREFIX(TIME),   NKG_PREFIX(PROV), NKG_PREFIX(DCTERMS), NKG_PREFIX(SKOS),
        NKG_PREFIX(NKG),
};
#undef NKG_PREFIX

const char *nkg_term_iri(enum nkg_term t)
{
	return (unsigned)t < NKG_TERM_COUNT ? iris[t] : NULL;
}

const char *nkg_term_curie(enum nkg_term t)
{
	return (unsigned)t < NKG_TERM_COUNT ? curies[t] : NULL;
}

const struct nkg_prefix *nkg_prefixes(size_t *n)
{
	*n = sizeof(prefixes) / sizeof(prefixes[0]);
	return prefixes;
}

enum nkg_term nkg_term_entity_class(enum nkg_entity_class cls)
{
	switch (cls) {
	case NKG_CLASS_PERSON: return NKG_T_SCHEMA_PERSON;
	case NKG_CLASS_ORGANIZATION: return NKG_T_SCHEMA_ORGANIZATION;
	case NKG_CLASS_GOVERNMENT_ORG: return NKG_T_SCHEMA_GOVERNMENTORGANIZATION;
	case NKG_CLASS_NEWS_MEDIA_ORG: return NKG_T_SCHEMA_NEWSMEDIAORGANIZATION;
	case NKG_CLASS_RESEARCH_ORG: return NKG_T_SCHEMA_RESEARCHORGANIZATION;
	case NKG_CLASS_EDUCATIONAL_ORG: return NKG_T_SCHEMA_EDUCATIONALORGANIZATION;
	case NKG_CLASS_POLITICAL_PARTY: return NKG_T_NKG_POLITICALPARTY;
	case NKG_CLASS_ARMED_GROUP: return NKG_T_NKG_ARMEDGROUP;
	case NKG_CLASS_CORPORATION: return NKG_T_SCHEMA_CORPORATION;
	case NKG_CLASS_PLACE: return NKG_T_SCHEMA_PLACE;
	case NKG_CLASS_COUNTRY: return NKG_T_SCHEMA_COUNTRY;
	case NKG_CLASS_ADMIN_AREA: return NKG_T_SCHEMA_ADMINISTRATIVEAREA;
	case NKG_CLASS_CITY: return NKG_T_SCHEMA_CITY;
	case NKG_CLASS_DISTRICT: return NKG_T_NKG_DISTRICT;
	case NKG_CLASS_AIRPORT: return NKG_T_SCHEMA_AIRPORT;
	case NKG_CLASS_PRODUCT: return NKG_T_SCHEMA_PRODUCT;
	case NKG_CLASS_MARKET_INDEX: return NKG_T_NKG_MARKETINDEX;
	case NKG_CLASS_COUNT: break;
	}
	return nkg_term_entity_kind(nkg_entity_class_kind(cls));
}

enum nkg_term nkg_term_entity_superclass(enum nkg_entity_class cls)
{
	switch (cls) {
	case NKG_CLASS_POLITICAL_PARTY:
	case NKG_CLASS_ARMED_GROUP: return NKG_T_SCHEMA_ORGANIZATION;
	case NKG_CLASS_DISTRICT: return NKG_T_SCHEMA_ADMINISTRATIVEAREA;
	case NKG_CLASS_MARKET_INDEX: return NKG_T_SCHEMA_INTANGIBLE;
	default: return NKG_TERM_COUNT;
	}
}

enum nkg_term nkg_term_entity_kind(enum nkg_entity_kind kind)
{
	switch (kind) {
	case NKG_KIND_PERSON: return NKG_T_SCHEMA_PERSON;
	case NKG_KIND_PLACE: return NKG_T_SCHEMA_PLACE;
	case NKG_KIND_PRODUCT: return NKG_T_SCHEMA_PRODUCT;
	case NKG_KIND_MARKET_INDEX: return NKG_T_SCHEMA_INTANGIBLE;
	case NKG_KIND_ORGANIZATION: break;
	}
	return NKG_T_SCHEMA_ORGANIZATION;
}

enum nkg_term nkg_term_event_class(enum nkg_event_class cls)
{
	static const enum nkg_term t[NKG_EVENT_COUNT] = {
	        [NKG_EVENT_PROTEST] = NKG_T_NKG_PROTEST,
	        [NKG_EVENT_MILITARY_STRIKE] = NKG_T_NKG_MILITARYSTRIKE,
	        [NKG_EVENT_ATTACK] = NKG_T_NKG_ATTACK,
	        [NKG_EVENT_KILLING] = NKG_T_NKG_KILLING,
	        [NKG_EVENT_VOTE] = NKG_T_NKG_VOTE,
	        [NKG_EVENT_ELECTION] = NKG_T_NKG_ELECTION,
	        [NKG_EVENT_STATEMENT] = NKG_T_NKG_STATEMENT,
	        [NKG_EVENT_MEETING] = NKG_T_NKG_MEETING,
	        [NKG_EVENT_ARREST] = NKG_T_NKG_ARREST,
	        [NKG_EVENT_AGREEMENT] = NKG_T_NKG_AGREEMENT,
	        [NKG_EVENT_APPOINTMENT] = NKG_T_NKG_APPOINTMENT,
	        [NKG_EVENT_RESIGNATION] = NKG_T_NKG_RESIGNATION,
	        [NKG_EVENT_ACCIDENT] = NKG_T_NKG_ACCIDENT,
	        [NKG_EVENT_DISASTER] = NKG_T_NKG_DISASTER,
	        [NKG_EVENT_TRIAL] = NKG_T_NKG_TRIAL,
	        [NKG_EVENT_VERDICT] = NKG_T_NKG_VERDICT,
	        [NKG_EVENT_MARKET_RISE] = NKG_T_NKG_MARKETRISE,
	        [NKG_EVENT_MARKET_FALL] = NKG_T_NKG_MARKETFALL,
	        [NKG_EVENT_PRODUCT_LAUNCH] = NKG_T_NKG_PRODUCTLAUNCH,
	        [NKG_EVENT_ACQUISITION] = NKG_T_NKG_ACQUISITION,
	        [NKG_EVENT_LAYOFF] = NKG_T_NKG_LAYOFF,
	        [NKG_EVENT_LAWSUIT] = NKG_T_NKG_LAWSUIT,
	        [NKG_EVENT_BANKRUPTCY] = NKG_T_NKG_BANKRUPTCY,
	        [NKG_EVENT_RECALL] = NKG_T_NKG_RECALL,
	        [NKG_EVENT_LABOUR_STRIKE] = NKG_T_NKG_LABOURSTRIKE,
	        [NKG_EVENT_DEATH] = NKG_T_NKG_DEATH,
	        [NKG_EVENT_CHARGE] = NKG_T_NKG_CHARGE,
	        [NKG_EVENT_SPORTS_MATCH] = NKG_T_NKG_SPORTSMATCH,
	        [NKG_EVENT_FIRE] = NKG_T_NKG_FIRE,
	        [NKG_EVENT_DISMISSAL] = NKG_T_NKG_DISMISSAL,
	        [NKG_EVENT_CLASH] = NKG_T_NKG_CLASH,
	        [NKG_EVENT_INJURY] = NKG_T_NKG_INJURY,
	        [NKG_EVENT_ESCAPE] = NKG_T_NKG_ESCAPE,
	        [NKG_EVENT_ADMISSION] = NKG_T_NKG_ADMISSION,
	        [NKG_EVENT_FLIGHT] = NKG_T_NKG_FLIGHT,
	        [NKG_EVENT_INJURED_RESERVE] = NKG_T_NKG_INJUREDRESERVE,
	        [NKG_EVENT_COMMEMORATION] = NKG_T_NKG_COMMEMORATION,
	        [NKG_EVENT_DRIVING_OFFENCE] = NKG_T_NKG_DRIVINGOFFENCE,
	        [NKG_EVENT_KIDNAPPING] = NKG_T_NKG_KIDNAPPING,
	};
	return (unsigned)cls < NKG_EVENT_COUNT ? t[cls] : NKG_T_SEM_EVENT;
}

enum nkg_term nkg_term_event_superclass(enum nkg_event_class cls)
{
	switch (cls) {
	case NKG_EVENT_MARKET_RISE:
	case NKG_EVENT_MARKET_FALL: return NKG_T_NKG_MARKETMOVEMENT;
	case NKG_EVENT_LABOUR_STRIKE: return NKG_T_NKG_PROTEST;
	default: return NKG_TERM_COUNT;
	}
}

enum nkg_term nkg_term_role_type(enum nkg_role_type role)
{
	switch (role) {
	case NKG_ROLE_AGENT: return NKG_T_NKG_AGENT;
	case NKG_ROLE_PATIENT: return NKG_T_NKG_PATIENT;
	case NKG_ROLE_SPEAKER: return NKG_T_NKG_SPEAKER;
	case NKG_ROLE_INSTRUMENT: return NKG_T_NKG_INSTRUMENT;
	case NKG_ROLE_PARTICIPANT:
	case NKG_ROLE_COUNT: break;
	}
	return NKG_T_NKG_PARTICIPANT;
}

enum nkg_term nkg_term_channel(enum nkg_channel ch)
{
	switch (ch) {
	case NKG_CHANNEL_WRITTEN_STATEMENT: return NKG_T_NKG_WRITTENSTATEMENT;
	case NKG_CHANNEL_SERMON: return NKG_T_NKG_SERMON;
	case NKG_CHANNEL_SPEECH: return NKG_T_NKG_SPEECH;
	case NKG_CHANNEL_TWEET: return NKG_T_NKG_TWEET;
	case NKG_CHANNEL_SOCIAL_POST: return NKG_T_NKG_SOCIALMEDIAPOST;
	case NKG_CHANNEL_INTERVIEW: return NKG_T_NKG_INTERVIEW;
	case NKG_CHANNEL_PRESS_CONFERENCE: return NKG_T_NKG_PRESSCONFERENCE;
	case NKG_CHANNEL_LETTER: return NKG_T_NKG_LETTER;
	case NKG_CHANNEL_ANNOUNCEMENT: return NKG_T_NKG_ANNOUNCEMENT;
	case NKG_CHANNEL_NONE:
	case NKG_CHANNEL_COUNT: break;
	}
	return NKG_TERM_COUNT;
}

enum nkg_term nkg_term_factuality(enum nkg_factuality f)
{
	switch (f) {
	case NKG_FACT_NEGATED: return NKG_T_NKG_NEGATED;
	case NKG_FACT_CALLED_FOR: return NKG_T_NKG_CALLEDFOR;
	case NKG_FACT_HYPOTHETICAL: return NKG_T_NKG_HYPOTHETICAL;
	case NKG_FACT_REPORTED: return NKG_T_NKG_REPORTED;
	case NKG_FACT_ASSERTED:
	case NKG_FACT_COUNT: break;
	}
	return NKG_T_NKG_ASSERTED;
}
