/* test_events_reading.c - what reading fresh news articles showed the event
 * stage getting wrong (session 7), one test per class of error: speakers
 * and subjects ("added 104 yards" is no speech, "as X beat", a title's
 * "of", a quote's speaker after a description, "U.S. safety regulators"),
 * counts, agreements made or discussed, coordinated verbs, "strikes down",
 * appointments by "named", and the lemmatiser's guesses under them.
 *
 * The entity stage is another module: entities and their mentions are added
 * by hand (events_fixture.h), then the time and event stages run. */
#include "events_fixture.h"
#include "extract/timex_internal.h"

/* "class time=V place=P role:Name... by:\"description\" q=\"count\"
 * [trigger][trigger]" */
static void describe(const struct fx *f, uint32_t i, char *out, size_t cap)
{
	fx_describe(f, i, out, cap, true);
}

/* "add" is speech with a quote, a clause or nothing after it; with an
 * object it counts ("added 104 yards", "added a second goal", "added to
 * the pressure") it is no statement. */
static void test_reading_added_is_not_always_said(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Derrick Henry added 104 yards on 22 carries. "
	        "Tyler Smith added 17 points for the Vols. "
	        "Anna Berg added a second goal in Leeds. "
	        "Tom Hale added to the pressure on Monday. "
	        "\"We are ready for January,\" Derrick Henry added. "
	        "Tom Hale added that the club would appeal.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_PERSON, "Derrick Henry", "Derrick Henry");
	ent(&f, NKG_CLASS_PERSON, "Tyler Smith", "Tyler Smith");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "statement time=- place=- speaker:Derrick Henry [added]");
	EVENT_IS(&f, 1, "statement time=- place=- speaker:Tom Hale [added]");
	fx_release(&f);
}

/* "ran for another as the Ravens beat the Steelers": "as" starts a clause
 * whose subject is the name before the verb, not the object of "for". */
static void test_reading_subject_after_as(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Lamar Jackson threw two touchdown passes and ran for another as the "
	        "Baltimore Ravens beat the Pittsburgh Steelers 27-20 on Sunday.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_PERSON, "Lamar Jackson", "Lamar Jackson");
	ent(&f, NKG_CLASS_ORGANIZATION, "Baltimore Ravens", "Baltimore Ravens");
	ent(&f, NKG_CLASS_ORGANIZATION, "Pittsburgh Steelers", "Pittsburgh Steelers");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0,
	         "sports-match time=2024-06-23 place=- agent:Baltimore Ravens "
	         "patient:Pittsburgh Steelers [beat]");
	fx_release(&f);
}

/* "U.S. Secretary of State Antony Blinken met": the "of" of a title is no
 * preposition that makes the name an object ("the city of Mosul" is). */
static void test_reading_subject_after_title_of(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "U.S. Secretary of State Antony Blinken met Mohammed bin Salman in Jeddah on "
	        "Monday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "U.S.");
	ent(&f, NKG_CLASS_PERSON, "Antony Blinken", "Antony Blinken");
	ent(&f, NKG_CLASS_PERSON, "Mohammed bin Salman", "Mohammed bin Salman");
	ent(&f, NKG_CLASS_CITY, "Jeddah", "Jeddah");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0,
	         "meeting time=2024-07-01 place=Jeddah agent:Antony Blinken "
	         "participant:Mohammed bin Salman [met]");
	fx_release(&f);
}

/* "Thousands of young protesters marched": the count, over one adjective
 * before the people it counts. */
static void test_reading_crowd_count_with_adjective(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Thousands of young protesters marched through Nairobi on Tuesday. "
	        "Hundreds of angry farmers marched in Leeds on Sunday.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_CITY, "Nairobi", "Nairobi");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "protest time=2024-06-25 place=Nairobi q=\"Thousands\" [marched]");
	EVENT_IS(&f, 1, "protest time=2024-06-23 place=Leeds q=\"Hundreds\" [marched]");
	fx_release(&f);
}

/* An agreement "agreed" is made ("agree" calls for what its "to" governs,
 * not for the agreement it takes: the lemma of "agreed" is "agree", which
 * the lemmatiser's guess gave as "agre"); one discussed is hypothetical,
 * one proposed called for ("proposed" was "propos"). */
static void test_reading_agreements_made_or_discussed(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Israel agreed a ceasefire with Hamas on Monday. "
	        "The two sides discussed a ceasefire in Cairo on Tuesday. "
	        "Egypt proposed an agreement in Leeds on Wednesday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_COUNTRY, "Israel", "Israel");
	ent(&f, NKG_CLASS_ARMED_GROUP, "Hamas", "Hamas");
	ent(&f, NKG_CLASS_COUNTRY, "Egypt", "Egypt");
	ent(&f, NKG_CLASS_CITY, "Cairo", "Cairo");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0,
	         "agreement time=2024-07-01 place=- participant:Hamas participant:Israel "
	         "[ceasefire]");
	assert_int_equal(f.doc.events[0].factuality, NKG_FACT_ASSERTED);
	EVENT_IS(&f, 1, "agreement time=2024-07-02 place=Cairo [ceasefire]");
	assert_int_equal(f.doc.events[1].factuality, NKG_FACT_HYPOTHETICAL);
	EVENT_IS(&f, 2, "agreement time=2024-07-03 place=Leeds [agreement]");
	assert_int_equal(f.doc.events[2].factuality, NKG_FACT_CALLED_FOR);
	fx_release(&f);
}

/* A participle coordinated with an earlier passive is passive ("was
 * arrested ..., extradited ... and sentenced to"), unless an object follows
 * ("was elected in 2005 and killed a man"); a time that ends the conjunct
 * before "and" is that conjunct's ("extradited to Peru in 2007 and
 * sentenced ... in 2009").  A verb right after "and" has the first verb's
 * subject, not its object ("police arrested Tom Hale and charged Tom
 * Hale": no agent, police being no entity; the time before the first verb
 * dates the second too). */
static void test_reading_coordinated_passives_and_times(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Alberto Fujimori was arrested in Chile in 2005, extradited to Peru in 2007 and "
	        "sentenced to 25 years in prison in 2009. "
	        "John Smith was elected in 2005 and killed a man in Leeds in 2009. "
	        "In 2011, police arrested Tom Hale and charged Tom Hale with robbery.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_PERSON, "Alberto Fujimori", "Alberto Fujimori");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_COUNTRY, "Chile", "Chile");
	ent(&f, NKG_CLASS_COUNTRY, "Peru", "Peru");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	EVENT_IS(&f, 0, "arrest time=2005 place=Chile patient:Alberto Fujimori [arrested]");
	EVENT_IS(&f, 1, "verdict time=2009 place=- patient:Alberto Fujimori [sentenced]");
	EVENT_IS(&f, 2, "election time=2005 place=- agent:John Smith [elected]");
	EVENT_IS(&f, 3, "killing time=2009 place=Leeds agent:John Smith patient:\"a man\" [killed]");
	EVENT_IS(&f, 4, "arrest time=2011 place=- patient:Tom Hale [arrested]");
	EVENT_IS(&f, 5, "charge time=2011 place=- patient:Tom Hale [charged]");
	fx_release(&f);
}

/* A court that "strikes down" a law, a name "struck off": no strike. */
static void test_reading_strike_down_is_no_strike(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The Supreme Court strikes down affirmative action. "
	        "The Supreme Court struck down the law on Thursday. "
	        "A doctor was struck off in Leeds on Monday. "
	        "Workers went on strike in Leeds on Monday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "Supreme Court", "Supreme Court");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "labour-strike time=2024-07-01 place=Leeds [strike]");
	fx_release(&f);
}

/* '"...," IndiGo chief executive Pieter Elbers told reporters': the person
 * named after a description right before the speech verb speaks the quote;
 * a description with no person ("the company said") names no speaker. */
static void test_reading_quote_speaker_after_description(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "\"This is a historic moment for aviation,\" IndiGo chief executive Pieter "
	        "Elbers told reporters. "
	        "\"We are ready for the next step,\" the company's chief executive, Anna Berg, "
	        "said. "
	        "\"Nothing has changed at all,\" the company said.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_CORPORATION, "IndiGo", "IndiGo");
	ent(&f, NKG_CLASS_PERSON, "Pieter Elbers", "Pieter Elbers");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	fx_run(&f);
	assert_int_equal(f.doc.n_quotes, 2);
	assert_string_equal(fx_ename(&f, f.doc.quotes[0].speaker), "Pieter Elbers");
	assert_string_equal(fx_ename(&f, f.doc.quotes[1].speaker), "Anna Berg");
	fx_release(&f);
}

/* "named X (as) chief executive", "was named the new coach": appointments;
 * "a man named X, 45,", "named after X", "named coach of the year" none. */
static void test_reading_named_to_a_post(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Nestle named Laurent Freixe as chief executive on Thursday. "
	        "Tony DiLeo was named interim coach on Monday. "
	        "A man named John Smith, 45, was arrested in Leeds on Monday. "
	        "The street was named after Anna Berg in 2001. "
	        "Anna Berg was named coach of the year in 1987.",
	        "2024-10-11");
	ent(&f, NKG_CLASS_CORPORATION, "Nestle", "Nestle");
	ent(&f, NKG_CLASS_PERSON, "Laurent Freixe", "Laurent Freixe");
	ent(&f, NKG_CLASS_PERSON, "Tony DiLeo", "Tony DiLeo");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0,
	         "appointment time=2024-10-10 place=- agent:Nestle patient:Laurent Freixe "
	         "[named]");
	EVENT_IS(&f, 1, "appointment time=2024-10-07 place=- patient:Tony DiLeo [named]");
	EVENT_IS(&f, 2, "arrest time=2024-10-07 place=Leeds patient:John Smith [arrested]");
	fx_release(&f);
}

/* "U.S. safety regulators said": a place before a speaker noun says whose
 * they are; it does not speak. */
static void test_reading_place_in_speaker_description(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Volkswagen is recalling SUVs, U.S. safety regulators said on Tuesday. "
	        "Leeds police said on Monday that the road was closed.",
	        "2024-10-11");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "U.S.");
	ent(&f, NKG_CLASS_CORPORATION, "Volkswagen", "Volkswagen");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "statement time=2024-10-08 place=- by:\"U.S. safety regulators\" [said]");
	EVENT_IS(&f, 1, "statement time=2024-10-07 place=- by:\"Leeds police\" [said]");
	fx_release(&f);
}

/* A time in a clause a pronoun opens after a speech verb is the clause's,
 * not the saying's ("said it expected a loss for the third quarter", "said
 * she was willing to skip class Thursday night"); "announced it himself on
 * Wednesday" dates the announcement. */
static void test_reading_pronoun_opens_reported_clause(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Boeing said it expected a loss for the third quarter. "
	        "Anna Berg admitted she was willing to skip class on Thursday night. "
	        "Sean Payton announced it himself on Wednesday.",
	        "2024-10-11");
	ent(&f, NKG_CLASS_CORPORATION, "Boeing", "Boeing");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_PERSON, "Sean Payton", "Sean Payton");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "statement time=- place=- speaker:Boeing [said]");
	EVENT_IS(&f, 1, "statement time=- place=- speaker:Anna Berg [admitted]");
	EVENT_IS(&f, 2, "statement time=2024-10-09 place=- speaker:Sean Payton [announced]");
	fx_release(&f);
}

/* "a strike by 33,000 machinists" is a labour strike (machinists, pilots,
 * dockworkers... are workers), and "delay the delivery to 2026" does not
 * date it: a time after "to" is where something is moved. */
static void test_reading_workers_strike_and_times_moved_to(void **state)
{
	(void)state;
	struct fx f;
	/* no time, place or participant left: no event */
	fx_init(&f,
	        "Boeing will delay the first delivery of its 777X jetliner to 2026 as a strike "
	        "by 33,000 machinists entered its fifth week.",
	        "2024-10-11");
	ent(&f, NKG_CLASS_CORPORATION, "Boeing", "Boeing");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 0);
	fx_release(&f);
	fx_init(&f, "A strike by pilots grounded flights in Leeds on Monday.", "2024-10-11");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "labour-strike time=2024-10-07 place=Leeds [strike]");
	fx_release(&f);
}

/* "was elected to parliament" names the winner of an election; "elected
 * to receive the payment" is a choice. */
static void test_reading_elected_to_a_body(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Nigel Farage was elected to parliament on Thursday. "
	        "John Smith elected to receive the payment on Monday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_PERSON, "Nigel Farage", "Nigel Farage");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "election time=2024-07-04 place=- agent:Nigel Farage [elected]");
	fx_release(&f);
}

/* The review's counter-examples to the rules above: a person after "a
 * lawyer for" does not speak; a place after a title's "of" is no subject;
 * pilots near a military strike do not make it a workers' one, nor does
 * "off the coast" undo it; a date before "and" + verb with no time of its
 * own dates that verb too; "from Monday to Wednesday" still dates; a
 * "chief suspect" holds no post. */
static void test_reading_review_counter_examples(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "\"He is innocent,\" a lawyer for Tom Hale said on Monday. "
	        "The President of France met Xi Jinping in Paris on Monday. "
	        "Ukrainian pilots carried out a strike on a Russian base on Monday. "
	        "A U.S. strike off the coast of Yemen hit a boat on Tuesday. "
	        "Protesters gathered in Nairobi on Wednesday and marched to parliament. "
	        "Talks ran from Monday to Wednesday in Doha. "
	        "Tom Hale was named chief suspect by police on Monday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_PERSON, "Xi Jinping", "Xi Jinping");
	ent(&f, NKG_CLASS_COUNTRY, "France", "France");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "U.S.");
	ent(&f, NKG_CLASS_COUNTRY, "Yemen", "Yemen");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_CITY, "Nairobi", "Nairobi");
	ent(&f, NKG_CLASS_CITY, "Doha", "Doha");
	fx_run(&f);
	assert_int_equal(f.doc.n_quotes, 0);
	assert_int_equal(f.doc.n_events, 6);
	EVENT_IS(&f, 0, "statement time=2024-07-01 place=- [said]");
	EVENT_IS(&f, 1, "meeting time=2024-07-01 place=Paris participant:Xi Jinping [met]");
	EVENT_IS(&f, 2, "military-strike time=2024-07-01 place=- [strike]");
	EVENT_IS(&f, 3, "military-strike time=2024-07-02 place=- agent:United States [strike]");
	EVENT_IS(&f, 4, "protest time=2024-07-03 place=Nairobi [marched]");
	EVENT_IS(&f, 5, "meeting time=2024-07-03 place=Doha [Talks]");
	fx_release(&f);
}

/* A storm of weather is a disaster, its toll its own; a political storm,
 * the perfect storm, "by storm" and "a storm of" are none. */
static void test_reading_storms(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A storm battered Leeds on Thursday, killing one person. "
	        "The decision caused a political storm in Paris on Monday. "
	        "The film took Paris by storm on Monday. "
	        "The perfect storm hit markets in Paris on Tuesday. "
	        "A storm of criticism broke out in Paris on Wednesday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "disaster time=2024-07-04 place=Leeds [storm][killing]");
	fx_release(&f);
}

/* Who made an agreement: the subject of "signed", "reached", "agreed" before
 * it, and a name joined to that subject by "and". */
static void test_reading_agreement_makers(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Russia signed an agreement with Ukraine on Monday. "
	        "Iran and Saudi Arabia reached an agreement in Beijing on Friday. "
	        "The two sides discussed a treaty in Leeds on Tuesday.",
	        "2024-07-05");
	ent(&f, NKG_CLASS_COUNTRY, "Russia", "Russia");
	ent(&f, NKG_CLASS_COUNTRY, "Ukraine", "Ukraine");
	ent(&f, NKG_CLASS_COUNTRY, "Iran", "Iran");
	ent(&f, NKG_CLASS_COUNTRY, "Saudi Arabia", "Saudi Arabia");
	ent(&f, NKG_CLASS_CITY, "Beijing", "Beijing");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0,
	         "agreement time=2024-07-01 place=- participant:Ukraine participant:Russia "
	         "[agreement]");
	EVENT_IS(&f, 1,
	         "agreement time=2024-07-05 place=Beijing participant:Saudi Arabia "
	         "participant:Iran [agreement]");
	EVENT_IS(&f, 2, "agreement time=2024-07-02 place=Leeds [treaty]");
	fx_release(&f);
}

static void guess_is(const char *word, const char *lemma)
{
	char out[32];
	enum nkg_word_form f = NKG_FORM_BASE;
	size_t n = nkg_lemmatize(nkg_str_from_cstr(word), NULL, out, sizeof(out), &f);
	assert_int_equal(n, strlen(lemma));
	assert_string_equal(out, lemma);
	assert_int_equal(f,
	                 strcmp(word + strlen(word) - 3, "ing") == 0 ? NKG_FORM_ING : NKG_FORM_ED);
}

/* The lemmatiser's guess without a word list: a stem in -ee keeps it
 * ("agreed", "freed"), one in -s before -ed or -ing ends in -se
 * ("proposed", "raised"; "passed" is "pass"). */
static void test_reading_lemma_guesses(void **state)
{
	(void)state;
	guess_is("agreed", "agree");
	guess_is("freed", "free");
	guess_is("proposed", "propose");
	guess_is("raised", "raise");
	guess_is("releasing", "release");
	guess_is("passed", "pass");
	guess_is("missing", "miss");
	guess_is("discussed", "discuss");
	guess_is("needed", "need");
	/* a base form in -eed is no past (review) */
	char out[32];
	enum nkg_word_form form;
	assert_int_equal(nkg_lemmatize(nkg_str_from_cstr("seed"), NULL, out, sizeof(out), &form),
	                 4);
	assert_string_equal(out, "seed");
}

/* An election's place is its jurisdiction: "re-elected in" a constituency
 * of it does not narrow the place the election noun gave (session 8: the
 * Hong Kong election of samples/gum-election.txt went to a constituency
 * once the tagger read "Hong Kong Island" as a place); a verb mention alone
 * keeps its own place. */
static void test_reading_election_place_is_its_jurisdiction(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The Ruritania parliamentary election was held on Sunday. "
	        "In Zenda, Rudolf Rassendyll was re-elected.",
	        "2024-06-25");
	ent(&f, NKG_CLASS_COUNTRY, "Ruritania", "Ruritania");
	ent(&f, NKG_CLASS_CITY, "Zenda", "Zenda");
	ent(&f, NKG_CLASS_PERSON, "Rudolf Rassendyll", "Rudolf Rassendyll");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0,
	         "election time=2024-06-23 place=Ruritania agent:Rudolf Rassendyll "
	         "[election][re-elected]");
	fx_release(&f);

	fx_init(&f, "In Zenda, Rudolf Rassendyll was re-elected on Sunday.", "2024-06-25");
	ent(&f, NKG_CLASS_CITY, "Zenda", "Zenda");
	ent(&f, NKG_CLASS_PERSON, "Rudolf Rassendyll", "Rudolf Rassendyll");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0,
	         "election time=2024-06-23 place=Zenda agent:Rudolf Rassendyll [re-elected]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_reading_added_is_not_always_said),
	        cmocka_unit_test(test_reading_subject_after_as),
	        cmocka_unit_test(test_reading_subject_after_title_of),
	        cmocka_unit_test(test_reading_crowd_count_with_adjective),
	        cmocka_unit_test(test_reading_agreements_made_or_discussed),
	        cmocka_unit_test(test_reading_lemma_guesses),
	        cmocka_unit_test(test_reading_agreement_makers),
	        cmocka_unit_test(test_reading_storms),
	        cmocka_unit_test(test_reading_review_counter_examples),
	        cmocka_unit_test(test_reading_elected_to_a_body),
	        cmocka_unit_test(test_reading_workers_strike_and_times_moved_to),
	        cmocka_unit_test(test_reading_pronoun_opens_reported_clause),
	        cmocka_unit_test(test_reading_place_in_speaker_description),
	        cmocka_unit_test(test_reading_named_to_a_post),
	        cmocka_unit_test(test_reading_quote_speaker_after_description),
	        cmocka_unit_test(test_reading_strike_down_is_no_strike),
	        cmocka_unit_test(test_reading_coordinated_passives_and_times),
	        cmocka_unit_test(test_reading_election_place_is_its_jurisdiction),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
