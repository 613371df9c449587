/* test_extract_events.c - lemmatiser, event triggers, roles, coreference and quotes.
 *
 * The entity stage is another module: these tests add the entities and their
 * mentions by hand (every whole-word occurrence of a surface form), then run
 * the time and event stages on the tokens. */
#include "events_fixture.h"
#include "core/buf.h"
#include "extract/timex_internal.h"

static void describe(const struct fx *f, uint32_t i, char *out, size_t cap)
{
	const struct nkg_doc *d = &f->doc;
	const struct nkg_event *e = &d->events[i];
	size_t len = (size_t)snprintf(
	        out, cap, "%s time=%s place=%s qty=%.*s", nkg_event_class_name(e->cls),
	        e->time == NKG_NONE ? "-" : d->times[e->time].value.ptr, fx_ename(f, e->place),
	        (int)e->quantity.len, e->quantity.len ? e->quantity.ptr : "");
	if (e->factuality != NKG_FACT_ASSERTED) /* asserted, the default, is not written */
		len += (size_t)snprintf(out + len, cap - len, " !%s",
		                        nkg_factuality_name(e->factuality));
	len = fx_triggers(f, i, out, cap, fx_roles(f, i, out, cap, len));
	assert_true(len < cap);
}

static void quote_is(const struct fx *f, uint32_t i, const char *text, const char *speaker,
                     uint32_t event)
{
	const struct nkg_quote *q = &f->doc.quotes[i];
	struct nkg_str s = nkg_doc_slice(&f->doc, q->text);
	assert_int_equal(s.len, strlen(text));
	assert_memory_equal(s.ptr, text, s.len);
	assert_string_equal(fx_ename(f, q->speaker), speaker);
	assert_int_equal(q->event, event);
}

/* ---- lemmatiser ---------------------------------------------------------------- */

static bool test_known(const char *lemma)
{
	static const char *const words[] = {"rally", "vote",    "march", "strike", "meet",
	                                    "tweet", "kill",    "plan",  "attack", "assassinate",
	                                    "stop",  "protest", NULL};
	for (size_t k = 0; words[k]; k++)
		if (strcmp(words[k], lemma) == 0)
			return true;
	return false;
}

static void lemma_is(const char *word, bool with_known, const char *lemma, enum nkg_word_form form)
{
	char out[32];
	enum nkg_word_form f = NKG_FORM_BASE;
	size_t n = nkg_lemmatize(nkg_str_from_cstr(word), with_known ? test_known : NULL, out,
	                         sizeof(out), &f);
	assert_int_equal(n, strlen(lemma));
	assert_string_equal(out, lemma);
	assert_int_equal(f, form);
}

static void test_lemma_regular_and_irregular_forms(void **state)
{
	(void)state;
	lemma_is("rallies", true, "rally", NKG_FORM_S);
	lemma_is("Rallied", true, "rally", NKG_FORM_ED);
	lemma_is("rallying", true, "rally", NKG_FORM_ING);
	lemma_is("voting", true, "vote", NKG_FORM_ING);
	lemma_is("voted", true, "vote", NKG_FORM_ED);
	lemma_is("marches", true, "march", NKG_FORM_S);
	lemma_is("strikes", true, "strike", NKG_FORM_S);
	lemma_is("struck", true, "strike", NKG_FORM_ED);
	lemma_is("met", true, "meet", NKG_FORM_ED);
	lemma_is("tweeted", true, "tweet", NKG_FORM_ED);
	lemma_is("killing", true, "kill", NKG_FORM_ING);
	lemma_is("stopped", true, "stop", NKG_FORM_ED);
	lemma_is("stopping", true, "stop", NKG_FORM_ING);
	lemma_is("protest", true, "protest", NKG_FORM_BASE);
	/* Without a word list: the morphological guess. */
	lemma_is("planned", false, "plan", NKG_FORM_ED);
	lemma_is("assassinated", false, "assassinate", NKG_FORM_ED);
	lemma_is("attacked", false, "attack", NKG_FORM_ED);
	lemma_is("voted", false, "vote", NKG_FORM_ED);
	lemma_is("marches", false, "march", NKG_FORM_S);
	lemma_is("says", false, "say", NKG_FORM_S);
	lemma_is("said", false, "say", NKG_FORM_ED);
	lemma_is("fighting", false, "fight", NKG_FORM_ING);
	lemma_is("boss", false, "boss", NKG_FORM_BASE);
	/* WordNet's exception lists: irregular verbs and nouns */
	lemma_is("slain", false, "slay", NKG_FORM_ED);
	lemma_is("Withdrew", false, "withdraw", NKG_FORM_ED);
	lemma_is("referenda", false, "referendum", NKG_FORM_S);
	lemma_is("crises", false, "crisis", NKG_FORM_S);
	lemma_is("was", false, "be", NKG_FORM_ED);
	lemma_is("has", false, "have", NKG_FORM_S);
	/* Unknown to the list, or too long: 0. */
	char out[8];
	enum nkg_word_form f;
	assert_int_equal(nkg_lemmatize(NKG_STR_LIT("walked"), test_known, out, sizeof(out), &f), 0);
	assert_int_equal(
	        nkg_lemmatize(NKG_STR_LIT("internationalised"), NULL, out, sizeof(out), &f), 0);
	assert_int_equal(nkg_lemmatize(NKG_STR_NULL, NULL, out, sizeof(out), &f), 0);
}

/* ---- the sample article ------------------------------------------------------------ */

static char *read_sample(void)
{
	FILE *fp = fopen("samples/iraq-rallies.txt", "rb");
	if (!fp)
		fp = fopen("../samples/iraq-rallies.txt", "rb");
	assert_non_null(fp);
	char *buf = malloc(1 << 16);
	assert_non_null(buf);
	size_t n = fread(buf, 1, (1 << 16) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return buf;
}

static void test_events_sample_article_with_hand_entities(void **state)
{
	(void)state;
	struct fx f;
	char *text = read_sample();
	fx_init(&f, text, "2020-01-24");
	free(text);
	uint32_t iraq = ent(&f, NKG_CLASS_COUNTRY, "Iraq", "Iraq");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "US");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "United States");
	uint32_t baghdad = ent(&f, NKG_CLASS_CITY, "Baghdad", "Baghdad");
	uint32_t district = ent(&f, NKG_CLASS_DISTRICT, "Jadiriyah", "Jadiriyah district");
	uint32_t airport =
	        ent(&f, NKG_CLASS_AIRPORT, "Baghdad International Airport", "Baghdad airport");
	uint32_t sadr = ent(&f, NKG_CLASS_PERSON, "Muqtada al-Sadr", "Muqtada al-Sadr");
	ent(&f, NKG_CLASS_PERSON, "Muqtada al-Sadr", "Sadr");
	ent(&f, NKG_CLASS_PERSON, "Qassem Soleimani", "Qassem Soleimani");
	ent(&f, NKG_CLASS_PERSON, "Qassem Soleimani", "Soleimani");
	ent(&f, NKG_CLASS_PERSON, "Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandis");
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "Iraqi parliament", "Iraqi parliament");
	ent(&f, NKG_CLASS_PERSON, "James Jeffrey", "James Jeffrey");
	ent(&f, NKG_CLASS_PERSON, "Qais al-Khazali", "Qais al-Khazali");
	ent(&f, NKG_CLASS_PERSON, "Ali al-Sistani", "Ali al-Sistani");
	ent(&f, NKG_CLASS_PERSON, "Donald Trump", "Donald Trump");
	ent(&f, NKG_CLASS_PERSON, "Donald Trump", "Trump");
	ent(&f, NKG_CLASS_PERSON, "Sayed Sadiq al-Hashemi", "Sayed Sadiq al-Hashemi");
	ent(&f, NKG_CLASS_ARMED_GROUP, "Hashd al-Shaabi", "Hashd al-Shaabi");
	ent(&f, NKG_CLASS_ARMED_GROUP, "Hashd al-Shaabi", "Hashd");
	ent(&f, NKG_CLASS_RESEARCH_ORG, "Iraqi Center for Studies", "Iraqi Center for Studies");
	f.doc.entities[baghdad].container = iraq;
	f.doc.entities[district].container = baghdad;
	f.doc.entities[airport].container = baghdad;
	assert_int_equal(nkg_entity_add_role(&f.doc, sadr, NKG_STR_LIT("Shia cleric"), NKG_NONE,
	                                     1.0f, "test"),
	                 0);
	fx_run(&f);

	/* Not events: the headline's generic "assassinations" (no time, place or
	 * participant) and "Iraq's security agreements", a state. */
	assert_int_equal(f.doc.n_events, 10);
	/* The called-for demonstration joins the rally that took place: asserted. */
	EVENT_IS(&f, 0,
	         "protest time=2020-01-24 place=Jadiriyah qty=more than 2.5 million "
	         "agent:Muqtada al-Sadr [rallies][rallies][rallied][rallied]"
	         "[demonstrations][massed][rally][demonstration][protest]"
	         "[demonstration][rally]");
	assert_int_equal(f.doc.events[0].factuality, NKG_FACT_ASSERTED);
	EVENT_IS(&f, 1,
	         "military-strike time=2020-01-03 place=Baghdad International Airport qty= "
	         "agent:United States patient:Qassem Soleimani "
	         "patient:Abu Mahdi al-Muhandis "
	         "[airstrikes][airstrikes][strike][assassinated][strike][drone strike]");
	/* Reported speech without quotes: "X, the director of ..., said more
	 * than 2.5 million took part", "Iraq said the strike ...", "Baghdad
	 * said it wanted ...". */
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Sayed Sadiq al-Hashemi [said]");
	EVENT_IS(&f, 3,
	         "statement time=- place=- qty= speaker:Muqtada al-Sadr "
	         "[statement][statement]");
	EVENT_IS(&f, 4, "vote time=2020-01-05 place=- qty= agent:Iraqi parliament [voted]");
	EVENT_IS(&f, 5, "statement time=- place=- qty= speaker:Iraq [said]");
	EVENT_IS(&f, 6, "statement time=- place=- qty= speaker:Baghdad [said]");
	EVENT_IS(&f, 7, "statement time=2020-01-23 place=- qty= speaker:James Jeffrey [said]");
	EVENT_IS(&f, 8, "statement time=- place=- qty= speaker:Qais al-Khazali [tweeted]");
	/* "Iraq's top Shia authority, Ayatollah Ali al-Sistani, said in his
	 * weekly sermon": the appositive names the speaker; one statement */
	EVENT_IS(&f, 9,
	         "statement time=2020-01-24 place=- qty= speaker:Ali al-Sistani [said][sermon]");
	for (uint32_t k = 0; k < f.doc.n_events; k++)
		assert_int_equal(f.doc.events[k].factuality, NKG_FACT_ASSERTED);

	/* al-Sadr's call, quoted twice ("called on Iraqis to stage", "to call"):
	 * his words, no statement of their own */
	static const char call[] = "a million-strong, peaceful, unified demonstration to "
	                           "condemn the American presence and its violations.";
	assert_int_equal(f.doc.n_quotes, 5);
	quote_is(&f, 0, call, "Muqtada al-Sadr", NKG_NONE);
	quote_is(&f, 1,
	         "If all this is implemented, we will deal with it as a non-occupying country "
	         "\xe2\x80\x93 otherwise it will be considered a country hostile to Iraq",
	         "Muqtada al-Sadr", 3);
	quote_is(&f, 2, "real engagement.", "James Jeffrey", 7);
	quote_is(&f, 3, call, "Muqtada al-Sadr", NKG_NONE);
	quote_is(&f, 4,
	         "To Trump, the fool \xe2\x80\x93 the people\xe2\x80\x99s message of rejection was "
	         "clear: If you don\xe2\x80\x99t leave voluntarily, you\xe2\x80\x99ll be ousted "
	         "despite yourself",
	         "Qais al-Khazali", 8);
	fx_release(&f);
}

/* The whole pipeline (tokens, metadata, entities, times, events) on the sample. */
static void test_events_sample_article_whole_pipeline(void **state)
{
	(void)state;
	struct fx f;
	f.text = read_sample();
	nkg_doc_init(&f.doc, f.text, strlen(f.text));
	f.doc.date = NKG_STR_LIT("2020-01-24");
	f.doc.date_origin = NKG_DATE_OPTION;
	assert_int_equal(nkg_extract(&f.doc), 0);

	assert_int_equal(f.doc.n_events, 10);
	/* The dateline's agency ("TEHRAN (Iran News) –") is no agent of the rally. */
	EVENT_IS(&f, 0,
	         "protest time=2020-01-24 place=Jadiriyah qty=more than 2.5 million "
	         "agent:Muqtada al-Sadr [rallies][rallies][rallied][rallied]"
	         "[demonstrations][massed][rally][demonstration][protest]"
	         "[demonstration][rally]");
	EVENT_IS(&f, 1,
	         "military-strike time=2020-01-03 place=Baghdad Airport qty= "
	         "agent:United States patient:Qassem Soleimani "
	         "patient:Abu Mahdi al-Muhandis "
	         "[airstrikes][airstrikes][strike][assassinated][strike][drone strike]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Sadiq al-Hashemi [said]");
	EVENT_IS(&f, 4, "vote time=2020-01-05 place=- qty= agent:Iraqi parliament [voted]");
	EVENT_IS(&f, 5, "statement time=- place=- qty= speaker:Iraq [said]");
	EVENT_IS(&f, 6, "statement time=- place=- qty= speaker:Baghdad [said]");
	EVENT_IS(&f, 7, "statement time=2020-01-23 place=- qty= speaker:James Jeffrey [said]");
	EVENT_IS(&f, 8, "statement time=- place=- qty= speaker:Qais al-Khazali [tweeted]");
	EVENT_IS(&f, 9,
	         "statement time=2020-01-24 place=- qty= speaker:Ali al-Sistani [said][sermon]");
	assert_int_equal(f.doc.events[0].factuality, NKG_FACT_ASSERTED);
	assert_int_equal(f.doc.n_quotes, 5);
	quote_is(&f, 2, "real engagement.", "James Jeffrey", 7);
	assert_string_equal(fx_ename(&f, f.doc.quotes[0].speaker), "Muqtada al-Sadr");
	assert_string_equal(fx_ename(&f, f.doc.quotes[4].speaker), "Qais al-Khazali");
	assert_int_equal(f.doc.quotes[4].event, 8);
	fx_release(&f);
}

/* ---- business and economy (issue 4) ------------------------------------------------ */

static void test_events_market_movements(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Stock markets around the world fell on Monday. The Dow Jones Industrial Average "
	        "fell by 3.41%, or 251.4 points, on Tuesday. The FTSE 100 index rose 232.90 points "
	        "in London on Wednesday. The index suffered large falls. It fell by 5.00% to "
	        "slip below 4,000. The climber fell 2000 feet on Thursday. The Saints lost 20-13 "
	        "on Sunday. Unemployment rose 5% in the fall of 2008.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_ORGANIZATION, "Dow Jones Industrial Average",
	    "Dow Jones Industrial Average");
	ent(&f, NKG_CLASS_ORGANIZATION, "FTSE 100", "FTSE 100");
	ent(&f, NKG_CLASS_CITY, "London", "London");
	ent(&f, NKG_CLASS_ORGANIZATION, "New Orleans Saints", "Saints");
	fx_run(&f);
	/* a team that lost, unemployment and the season are none; the climber
	 * who fell 2000 feet had an accident (event 3) */
	assert_int_equal(f.doc.n_events, 4);
	/* "It fell by 5.00%" (an amount, a financial word in the sentence
	 * before) joins the last fall that does not conflict: not the Dow's
	 * 3.41% (another amount), the fall of Monday */
	EVENT_IS(&f, 0, "market-fall time=2020-01-20 place=- qty=5.00% [fell][fell]");
	/* "large falls" (a noun near a financial word) joins the last fall */
	EVENT_IS(&f, 1,
	         "market-fall time=2020-01-21 place=- qty=3.41% "
	         "instrument:Dow Jones Industrial Average [fell][falls]");
	EVENT_IS(&f, 2,
	         "market-rise time=2020-01-22 place=London qty=232.90 points "
	         "instrument:FTSE 100 [rose]");
	EVENT_IS(&f, 3, "accident time=2020-01-23 place=- qty= [fell]");
	fx_release(&f);
}

static void test_events_product_launches(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Apple today unveiled the iPod nano. Microsoft (NSDQ: MSFT) has released an "
	        "emergency patch on Wednesday. Steve Jobs introduced the new products in San "
	        "Francisco on Monday. The army launched an attack on the town on Tuesday. "
	        "Microsoft released the name of the hacker on Sunday. The prisoner was released "
	        "on Friday. The Shuffle was introduced in January.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CORPORATION, "Apple", "Apple");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_PERSON, "Steve Jobs", "Steve Jobs");
	ent(&f, NKG_CLASS_CITY, "San Francisco", "San Francisco");
	fx_run(&f);
	/* no product: an attack launched, a name or a prisoner released */
	assert_int_equal(f.doc.n_events, 5);
	/* the product launched is its patient (a schema:Product, issue 4) */
	EVENT_IS(&f, 0,
	         "product-launch time=2020-01-24 place=- qty= agent:Apple patient:iPod nano "
	         "[unveiled]");
	/* over a parenthesis and an auxiliary to the subject */
	EVENT_IS(&f, 1, "product-launch time=2020-01-22 place=- qty= agent:Microsoft [released]");
	/* a person launching products */
	EVENT_IS(&f, 2,
	         "product-launch time=2020-01-20 place=San Francisco qty= agent:Steve Jobs "
	         "[introduced]");
	EVENT_IS(&f, 3, "attack time=2020-01-21 place=- qty= [attack]");
	/* passive, with a product name as subject */
	EVENT_IS(&f, 4, "product-launch time=2020-01 place=- qty= patient:Shuffle [introduced]");
	fx_release(&f);
}

/* Review findings on market movements: an economic quantity or the price of
 * goods is no traded asset; "shares of X" names the instrument; a rise in
 * crime is no market (fin_near: no financial word near). */
static void test_events_market_not_economy(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Microsoft stock is traded in New York. Its sales rose 5 percent on Monday. "
	        "Stocks were mixed. Unemployment fell 0.3 points in March. Oil was flat. The "
	        "price of bread rose 3 percent on Tuesday. House prices fell 2 percent on "
	        "Tuesday. Shares of Microsoft rose 4 percent on Wednesday. Stocks noted a rise "
	        "in sales. The price of oil rose 2 percent on Friday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_CITY, "New York", "New York");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0,
	         "market-rise time=2020-01-22 place=- qty=4 percent instrument:Microsoft [rose]");
	EVENT_IS(&f, 1, "market-rise time=2020-01-24 place=- qty=2 percent [rose]");
	fx_release(&f);

	/* no financial word near: neither noun is a market movement */
	fx_init(&f,
	        "There was a sharp rise in crime in Paris on Monday. Police saw a sharp rise in "
	        "violence in Paris on Tuesday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 0);
	fx_release(&f);
}

/* Two different amounts, or two different instruments, are two movements
 * (two layoffs); an amount written another way is the same ("3%"). */
static void test_events_amounts_keep_movements_apart(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Oil prices rose 3 percent on Tuesday. The Dow rose 100 points on Tuesday. The "
	        "Nasdaq rose 100 points on Tuesday. Shares rose 3%. Airbus cut 1,000 jobs on "
	        "Monday. Airbus cut 2,000 jobs.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_ORGANIZATION, "Dow Jones", "Dow");
	ent(&f, NKG_CLASS_ORGANIZATION, "Nasdaq", "Nasdaq");
	ent(&f, NKG_CLASS_CORPORATION, "Airbus", "Airbus");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 5);
	EVENT_IS(&f, 0, "market-rise time=2020-01-21 place=- qty=3 percent [rose][rose]");
	EVENT_IS(&f, 1,
	         "market-rise time=2020-01-21 place=- qty=100 points instrument:Dow Jones [rose]");
	EVENT_IS(&f, 2,
	         "market-rise time=2020-01-21 place=- qty=100 points instrument:Nasdaq [rose]");
	EVENT_IS(&f, 3, "layoff time=2020-01-20 place=- qty=1,000 agent:Airbus [cut]");
	EVENT_IS(&f, 4, "layoff time=- place=- qty=2,000 agent:Airbus [cut]");
	fx_release(&f);
}

/* "The team said", "the company said": the noun names an organisation of its
 * kind, else nobody. */
static void test_events_org_noun_kinds(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Microsoft won the case. The team said they would appeal. The club said it would "
	        "sign a striker.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 0);
	fx_release(&f);

	fx_init(&f,
	        "Leeds and the Home Office questioned Microsoft. The club said it was angry. The "
	        "company said it was pleased. The ministry said it was calm.",
	        "2020-01-24");
	uint32_t leeds = ent(&f, NKG_CLASS_ORGANIZATION, "Leeds", "Leeds");
	f.doc.entities[leeds].rule = "entities.sports-team";
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "Home Office", "Home Office");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Leeds [said]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Microsoft [said]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Home Office [said]");
	fx_release(&f);
}

/* A name inside a relative clause or after another verb of its clause does
 * not speak; one right after "that" is the relative clause's subject. */
static void test_events_speaker_not_in_relative_clause(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A man who met Angela Merkel said she was tired. The knee was examined and Sean "
	        "Payton said it was fine. It is a flaw that Microsoft says is old.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Angela Merkel", "Angela Merkel");
	ent(&f, NKG_CLASS_PERSON, "Sean Payton", "Sean Payton");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "meeting time=- place=- qty= participant:Angela Merkel [met]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Sean Payton [said]");
	/* present tense: dated by the publication date */
	EVENT_IS(&f, 2, "statement time=2020-01-24 place=- qty= speaker:Microsoft [says]");
	fx_release(&f);
}

/* Plans, earnings and a legal challenge are no products; a company's launch
 * shows a product (a product word, a name, "new"). */
static void test_events_product_needs_a_product(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Microsoft unveiled plans to build a campus on Monday. Microsoft released its "
	        "quarterly earnings on Tuesday. Microsoft launched a legal challenge on "
	        "Wednesday. Microsoft introduced a hiring freeze on Thursday. Apple launched new "
	        "laptops on Friday. Apple released an \"out of band\" patch on Saturday.",
	        "2020-01-26");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_CORPORATION, "Apple", "Apple");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "product-launch time=2020-01-24 place=- qty= agent:Apple [launched]");
	EVENT_IS(&f, 1, "product-launch time=2020-01-25 place=- qty= agent:Apple [released]");
	fx_release(&f);
}

static void test_events_deals_layoffs_lawsuits(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Oracle agreed to buy Sun Microsystems for $7.4 billion on Monday. Google "
	        "acquired YouTube in 2006. Airbus, Europe's biggest aircraft maker, has announced "
	        "10,000 job cuts. The company expects to cut approximately 4,300 jobs in France. "
	        "Cisco sued Apple on Wednesday. General Motors filed for bankruptcy protection "
	        "on Thursday. Toyota recalled 2.3 million vehicles on Tuesday. Russia recalled "
	        "its ambassador on Friday. The bankruptcy court met in Paris on Friday.",
	        "2020-01-24");
	const enum nkg_entity_class corp = NKG_CLASS_CORPORATION;
	ent(&f, corp, "Oracle", "Oracle");
	ent(&f, corp, "Sun Microsystems", "Sun Microsystems");
	ent(&f, corp, "Google", "Google");
	ent(&f, corp, "YouTube", "YouTube");
	ent(&f, corp, "Airbus", "Airbus");
	ent(&f, NKG_CLASS_PLACE, "Europe", "Europe");
	ent(&f, NKG_CLASS_COUNTRY, "France", "France");
	ent(&f, corp, "Cisco", "Cisco");
	ent(&f, corp, "Apple", "Apple");
	ent(&f, corp, "General Motors", "General Motors");
	ent(&f, corp, "Toyota", "Toyota");
	ent(&f, NKG_CLASS_COUNTRY, "Russia", "Russia");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	fx_run(&f);
	/* not: Russia's ambassador recalled, the bankruptcy court */
	assert_int_equal(f.doc.n_events, 9);
	/* "agreed to buy": called for, with the subject of "agreed" and the price */
	EVENT_IS(&f, 0,
	         "acquisition time=2020-01-20 place=- qty=$7.4 billion !called-for agent:Oracle "
	         "patient:Sun Microsystems [buy]");
	EVENT_IS(&f, 1,
	         "acquisition time=2006 place=- qty= agent:Google patient:YouTube [acquired]");
	/* the subject before an appositive */
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Airbus [announced]");
	/* "the company" is the last company named; 10,000 and 4,300 job cuts
	 * are two layoffs (two amounts) */
	EVENT_IS(&f, 3, "layoff time=- place=- qty=10,000 agent:Airbus [job cuts]");
	EVENT_IS(&f, 4,
	         "layoff time=- place=France qty=approximately 4,300 !called-for agent:Airbus "
	         "[cut]");
	EVENT_IS(&f, 5, "lawsuit time=2020-01-22 place=- qty= agent:Cisco patient:Apple [sued]");
	EVENT_IS(&f, 6,
	         "bankruptcy time=2020-01-23 place=- qty= agent:General Motors [bankruptcy]");
	EVENT_IS(&f, 7, "recall time=2020-01-21 place=- qty= agent:Toyota [recalled]");
	EVENT_IS(&f, 8, "meeting time=2020-01-24 place=Paris qty= [met]");
	fx_release(&f);
}

/* Reported speech without quotation marks (issue 4): a named speaker right
 * before the verb, after an appositive or a conjunction, "the company", or
 * after an inverted verb; not a possessive's owner, not a passive. */
static void test_events_reported_speech(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Stocks rose after Ben Bernanke said the economy was recovering. Louis Gallois, "
	        "the Airbus chief executive, said the plan would work. NPD Group released "
	        "figures. The firm said sales grew. The patch works, said Microsoft. Lindsay "
	        "Lohan's attorney said the actress checked into rehab. The computers are said to "
	        "be fast. Microsoft has confirmed the flaw. Bush was put on the injury report "
	        "Wednesday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Ben Bernanke", "Ben Bernanke");
	ent(&f, NKG_CLASS_PERSON, "Louis Gallois", "Louis Gallois");
	ent(&f, NKG_CLASS_CORPORATION, "Airbus", "Airbus");
	ent(&f, NKG_CLASS_CORPORATION, "NPD Group", "NPD Group");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_PERSON, "Lindsay Lohan", "Lindsay Lohan");
	ent(&f, NKG_CLASS_PERSON, "Reggie Bush", "Bush");
	fx_run(&f);
	/* ("Stocks rose" has no time, place or participant: not written) */
	assert_int_equal(f.doc.n_events, 5);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Ben Bernanke [said]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Louis Gallois [said]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:NPD Group [said]");
	/* one speaker's statements join */
	EVENT_IS(&f, 3, "statement time=- place=- qty= speaker:Microsoft [said][confirmed]");
	/* the attorney is no entity: a description, Lohan no speaker */
	EVENT_IS(&f, 4, "statement time=- place=- qty= [said]");
	assert_true(nkg_str_eq_cstr(f.doc.events[4].speaker_text, "Lindsay Lohan's attorney"));
	fx_release(&f);
}

/* Inverted speech verbs: the last name of a run of names and titles, or
 * "the company"; "The US software giant said": a place may modify the noun. */
static void test_events_reported_speech_inverted(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Apple Inc. settled the dispute. The deal is fair, said Apple Inc. CEO Steve Jobs. "
	        "Microsoft fixed the flaw. The patch works, said the company in a statement. "
	        "The US software giant said the update is safe.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CORPORATION, "Apple Inc.", "Apple Inc.");
	ent(&f, NKG_CLASS_PERSON, "Steve Jobs", "Steve Jobs");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "US");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Steve Jobs [said]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Microsoft [said][said]");
	fx_release(&f);
}

/* ---- other styles ----------------------------------------------------------------- */

static void test_events_arrest_and_passive_killing(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Egyptian police arrested Ahmed Ali in Cairo on Monday. Omar Said was killed by "
	        "Islamic State fighters near Mosul on Tuesday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_CITY, "Cairo", "Cairo");
	ent(&f, NKG_CLASS_PERSON, "Omar Said", "Omar Said");
	ent(&f, NKG_CLASS_ARMED_GROUP, "Islamic State", "Islamic State");
	ent(&f, NKG_CLASS_CITY, "Mosul", "Mosul");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "arrest time=2020-01-20 place=Cairo qty= patient:Ahmed Ali [arrested]");
	EVENT_IS(&f, 1,
	         "killing time=2020-01-21 place=Mosul qty= patient:Omar Said "
	         "agent:Islamic State [killed]");
	fx_release(&f);
}

static void test_events_senses_that_are_not_events(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Teachers went on strike in Paris. The general strike spread. Stocks rallied on "
	        "Friday. He had a heart attack. It is their right to protest. "
	        "In March the Rally for Democracy party won.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_POLITICAL_PARTY, "Rally for Democracy", "Rally for Democracy");
	fx_run(&f);
	/* "Stocks rallied" is no protest: a market rise (issue 4); the
	 * teachers' strike is a workers' strike, no military one */
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "labour-strike time=- place=Paris qty= [strike][strike]");
	EVENT_IS(&f, 1, "market-rise time=2020-01-24 place=- qty= [rallied]");
	fx_release(&f);
}

/* Factuality (issue 4): called for, negated, hypothetical, reported. */
static void test_events_factuality(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Muqtada al-Sadr called on Iraqis to stage a peaceful demonstration in Basra. "
	        "Kataib Hezbollah denied carrying out the rocket attack on Monday. "
	        "The parliament will vote on Sunday. The generals could strike Mosul. "
	        "Omar Said was allegedly killed in Mosul on Tuesday. They did not vote in Najaf "
	        "on Wednesday. Iraq's security agreements with the United States remain.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Muqtada al-Sadr", "Muqtada al-Sadr");
	ent(&f, NKG_CLASS_CITY, "Basra", "Basra");
	ent(&f, NKG_CLASS_ARMED_GROUP, "Kataib Hezbollah", "Kataib Hezbollah");
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "Iraqi parliament", "parliament");
	ent(&f, NKG_CLASS_CITY, "Mosul", "Mosul");
	ent(&f, NKG_CLASS_PERSON, "Omar Said", "Omar Said");
	ent(&f, NKG_CLASS_CITY, "Najaf", "Najaf");
	ent(&f, NKG_CLASS_COUNTRY, "Iraq", "Iraq");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "United States");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	EVENT_IS(&f, 0,
	         "protest time=- place=Basra qty= !called-for agent:Muqtada al-Sadr "
	         "[demonstration]");
	/* the denial is a statement of its own, and still negates the attack */
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Kataib Hezbollah [denied]");
	EVENT_IS(&f, 2,
	         "attack time=2020-01-20 place=- qty= !negated agent:Kataib Hezbollah [attack]");
	EVENT_IS(&f, 3,
	         "vote time=2020-01-26 place=- qty= !called-for agent:Iraqi parliament [vote]");
	EVENT_IS(&f, 4,
	         "killing time=2020-01-21 place=Mosul qty= !reported patient:Omar Said [killed]");
	EVENT_IS(&f, 5, "vote time=2020-01-22 place=Najaf qty= !negated [vote]");
	fx_release(&f);
}

/* A calling word that is a noun is no call unless it calls for or to
 * something: "defended the plan in a speech" is a speech that was made,
 * "its plan to stage a rally" a rally called for; and the speech's speaker
 * is its clause's subject. */
static void test_events_calling_noun_is_no_call(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Elisabeth Borne defended the plan in a speech on Monday. The union unveiled "
	        "its plan to stage a rally in Lyon on Friday. Unions criticised Olivier Dussopt "
	        "in a speech on Sunday. Sophie Binet of the CGT defended the reform in a speech "
	        "on Saturday. Unions thanked Gilles Heller and criticised the plan in a speech on "
	        "Thursday.",
	        "2023-02-14");
	ent(&f, NKG_CLASS_PERSON, "Elisabeth Borne", "Elisabeth Borne");
	ent(&f, NKG_CLASS_CITY, "Lyon", "Lyon");
	ent(&f, NKG_CLASS_PERSON, "Olivier Dussopt", "Olivier Dussopt");
	ent(&f, NKG_CLASS_PERSON, "Sophie Binet", "Sophie Binet");
	ent(&f, NKG_CLASS_ORGANIZATION, "CGT", "CGT");
	ent(&f, NKG_CLASS_PERSON, "Gilles Heller", "Gilles Heller");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 5);
	/* the subject of the clause made the speech; an object did not */
	EVENT_IS(&f, 0, "statement time=2023-02-13 place=- qty= speaker:Elisabeth Borne [speech]");
	EVENT_IS(&f, 1, "protest time=2023-02-17 place=Lyon qty= !called-for [rally]");
	EVENT_IS(&f, 2, "statement time=2023-02-12 place=- qty= [speech]");
	/* a name that opens the sentence speaks, whatever follows it */
	EVENT_IS(&f, 3, "statement time=2023-02-11 place=- qty= speaker:Sophie Binet [speech]");
	EVENT_IS(&f, 4, "statement time=2023-02-09 place=- qty= [speech]");
	fx_release(&f);
}

/* A time or place in a reported clause with its own subject belongs to what
 * the clause tells, never the saying; one before the clause, or after "told" and
 * whom, dates the saying.  "would" in such a clause calls for the event. */
static void test_events_reported_clause_time(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Sophie Binet said the unions would hold a rally in Paris on March 7. Binet said "
	        "the unions would call a strike on March 9. Olivier Dussopt said on Monday "
	        "that talks had ended. Gilles Heller told a judge during a hearing on Thursday "
	        "that Lohan left. Marc Blanc said the phone would go on sale in Lyon.",
	        "2023-02-14");
	ent(&f, NKG_CLASS_PERSON, "Sophie Binet", "Sophie Binet");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_PERSON, "Sophie Binet", "Binet");
	ent(&f, NKG_CLASS_PERSON, "Olivier Dussopt", "Olivier Dussopt");
	ent(&f, NKG_CLASS_PERSON, "Gilles Heller", "Gilles Heller");
	ent(&f, NKG_CLASS_PERSON, "Lohan", "Lohan");
	ent(&f, NKG_CLASS_PERSON, "Marc Blanc", "Marc Blanc");
	ent(&f, NKG_CLASS_CITY, "Lyon", "Lyon");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	/* no date for Binet's sayings: March 7 and 9 are the rally's and the
	 * strike's */
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Sophie Binet [said][said]");
	EVENT_IS(&f, 1, "protest time=2023-03-07 place=Paris qty= !called-for [rally]");
	EVENT_IS(&f, 2, "labour-strike time=2023-03-09 place=- qty= !called-for [strike]");
	EVENT_IS(&f, 3, "statement time=2023-02-13 place=- qty= speaker:Olivier Dussopt [said]");
	EVENT_IS(&f, 4, "statement time=2023-02-09 place=- qty= speaker:Gilles Heller [told]");
	/* nor does a place: Lyon is where the phone goes on sale */
	EVENT_IS(&f, 5, "statement time=- place=- qty= speaker:Marc Blanc [said]");
	fx_release(&f);
}

/* A strike with labour words in front of it or near it is a workers'
 * strike; a US strike killing a general stays no strike of workers even
 * beside "general", and a hunger strike is neither. */
static void test_events_labour_strikes(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Rail workers went on strike in Paris on Monday. A walkout began in Lyon on "
	        "Tuesday. Unions called a general strike in Lille on Friday. A US strike killed "
	        "the general in Baghdad on Friday. He began a hunger strike in Nice.",
	        "2023-02-14");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_CITY, "Lyon", "Lyon");
	ent(&f, NKG_CLASS_CITY, "Lille", "Lille");
	ent(&f, NKG_CLASS_COUNTRY, "United States", "US");
	ent(&f, NKG_CLASS_CITY, "Baghdad", "Baghdad");
	ent(&f, NKG_CLASS_CITY, "Nice", "Nice");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0, "labour-strike time=2023-02-13 place=Paris qty= [strike]");
	EVENT_IS(&f, 1, "labour-strike time=2023-02-14 place=Lyon qty= [walkout]");
	EVENT_IS(&f, 2, "labour-strike time=2023-02-10 place=Lille qty= !called-for [strike]");
	EVENT_IS(&f, 3, "killing time=2023-02-10 place=Baghdad qty= agent:United States "
	                  "patient:\"the general\" [killed]");
	fx_release(&f);
}

/* "in the city of Mosul": the area noun's preposition introduces the place. */
static void test_events_place_after_area_noun(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A bombing killed five people in the northern city of Mosul on Monday. "
	        "Protesters marched in the southern Brazilian state of Rio Grande do Sul.",
	        "2024-05-03");
	ent(&f, NKG_CLASS_CITY, "Mosul", "Mosul");
	ent(&f, NKG_CLASS_COUNTRY, "Brazil", "Brazilian");
	ent(&f, NKG_CLASS_ADMIN_AREA, "Rio Grande do Sul", "Rio Grande do Sul");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "attack time=2024-04-29 place=Mosul qty=five [bombing][killed]");
	EVENT_IS(&f, 1, "protest time=- place=Rio Grande do Sul qty= [marched]");
	fx_release(&f);
}

static void test_events_coreference_and_conflicts(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Thousands rallied in Basra on Monday. The demonstration was peaceful. Another "
	        "rally took place in Najaf on Tuesday. Tens of thousands of people marched in "
	        "Najaf.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_CITY, "Basra", "Basra");
	ent(&f, NKG_CLASS_CITY, "Najaf", "Najaf");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0,
	         "protest time=2020-01-20 place=Basra qty=Thousands [rallied][demonstration]");
	EVENT_IS(&f, 1,
	         "protest time=2020-01-21 place=Najaf qty=Tens of thousands "
	         "[rally][marched]");
	fx_release(&f);
}

static void test_events_strike_that_kills_is_one_event(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "An Israeli airstrike killed Khaled Omar outside Gaza City on January 2. The "
	        "attack on Kirkuk killed three.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_COUNTRY, "Israel", "Israeli");
	ent(&f, NKG_CLASS_PERSON, "Khaled Omar", "Khaled Omar");
	ent(&f, NKG_CLASS_CITY, "Gaza City", "Gaza City");
	ent(&f, NKG_CLASS_CITY, "Kirkuk", "Kirkuk");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0,
	         "military-strike time=2020-01-02 place=Gaza City qty= agent:Israel "
	         "patient:Khaled Omar [airstrike][killed]");
	EVENT_IS(&f, 1, "attack time=- place=- qty=three patient:Kirkuk [attack][killed]");
	fx_release(&f);
}

static void test_events_more_triggers_and_their_senses(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Gunmen shot Omar Daoud in Mosul on Monday. The officer fired the fatal shot. The "
	        "actress shot to fame in 1999. Rioting spread in Paris on Tuesday. Sara Haddad "
	        "visited Amman on Wednesday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Omar Daoud", "Omar Daoud");
	ent(&f, NKG_CLASS_CITY, "Mosul", "Mosul");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_CITY, "Amman", "Amman");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "attack time=2020-01-20 place=Mosul qty= patient:Omar Daoud [shot]");
	EVENT_IS(&f, 1, "protest time=2020-01-21 place=Paris qty= [Rioting]");
	EVENT_IS(&f, 2, "meeting time=2020-01-22 place=Amman qty= agent:Sara Haddad [visited]");
	fx_release(&f);
}

static void test_events_relative_where_and_quoted_times(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "He was taken to a building in Clearwater, where police arrested Omar Daoud. "
	        "\"Seventeen years ago, this would not have been possible,\" said Sara Haddad.",
	        "2017-07-18");
	ent(&f, NKG_CLASS_CITY, "Clearwater", "Clearwater");
	ent(&f, NKG_CLASS_PERSON, "Omar Daoud", "Omar Daoud");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	/* the relative clause's arrest happened in the place it refers to */
	EVENT_IS(&f, 0, "arrest time=- place=Clearwater qty= patient:Omar Daoud [arrested]");
	/* the quote's "seventeen years ago" does not date the speech */
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Sara Haddad [said]");
	fx_release(&f);
}

static void test_events_people_centred_classes(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "John Smith resigned on Wednesday. Barack Obama appointed Jane Doe as ambassador "
	        "on Thursday. The resignation of Paul Jones was announced in London. A Paris "
	        "court convicted Pierre Martin on Friday. Pierre Martin was sentenced to five "
	        "years. The trial of Ahmed Ali began in Cairo on Sunday. The clinical trial in "
	        "Boston failed.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	ent(&f, NKG_CLASS_PERSON, "Barack Obama", "Barack Obama");
	ent(&f, NKG_CLASS_PERSON, "Jane Doe", "Jane Doe");
	ent(&f, NKG_CLASS_PERSON, "Paul Jones", "Paul Jones");
	ent(&f, NKG_CLASS_CITY, "London", "London");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_PERSON, "Pierre Martin", "Pierre Martin");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_CITY, "Cairo", "Cairo");
	ent(&f, NKG_CLASS_CITY, "Boston", "Boston");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 5);
	/* two resignations of two people stay two events */
	EVENT_IS(&f, 0, "resignation time=2020-01-22 place=- qty= agent:John Smith [resigned]");
	EVENT_IS(&f, 1,
	         "appointment time=2020-01-23 place=- qty= agent:Barack Obama patient:Jane Doe "
	         "[appointed]");
	EVENT_IS(&f, 2, "resignation time=- place=London qty= agent:Paul Jones [resignation]");
	/* the court's city is the verdict's place, not its agent */
	EVENT_IS(&f, 3,
	         "verdict time=2020-01-24 place=Paris qty= patient:Pierre Martin "
	         "[convicted][sentenced]");
	/* "the clinical trial" is none */
	EVENT_IS(&f, 4, "trial time=2020-01-19 place=Cairo qty= patient:Ahmed Ali [trial]");
	fx_release(&f);
}

static void test_events_accidents_and_disasters(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A bus crashed in Peru on Monday. The stock market crash worried investors. A "
	        "flood of refugees reached Chile. Floods hit Lima on Sunday. The Haiti earthquake "
	        "killed thousands.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_COUNTRY, "Peru", "Peru");
	ent(&f, NKG_CLASS_COUNTRY, "Chile", "Chile");
	ent(&f, NKG_CLASS_CITY, "Lima", "Lima");
	ent(&f, NKG_CLASS_COUNTRY, "Haiti", "Haiti");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "accident time=2020-01-20 place=Peru qty= [crashed]");
	EVENT_IS(&f, 1, "disaster time=2020-01-19 place=Lima qty= [Floods]");
	/* a place right before the noun is its place; the killing it caused is
	 * the same event, "thousands" its toll */
	EVENT_IS(&f, 2, "disaster time=- place=Haiti qty=thousands [earthquake][killed]");
	fx_release(&f);
}

static void test_events_dateline_date_dates_no_event(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f, "LIMA, January 22, 2020 (Reuters) - A bus crashed in Peru.", "2020-01-22");
	f.doc.dateline_place = (struct nkg_str){f.text, 4};
	ent(&f, NKG_CLASS_COUNTRY, "Peru", "Peru");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "accident time=- place=Peru qty= [crashed]");
	fx_release(&f);
}

static void test_events_meeting_and_agreement_partners(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Ahmed Ali met with Sara Haddad in Amman on Monday. Jordan signed a trade "
	        "agreement with Syria on Tuesday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_CITY, "Amman", "Amman");
	ent(&f, NKG_CLASS_COUNTRY, "Jordan", "Jordan");
	ent(&f, NKG_CLASS_COUNTRY, "Syria", "Syria");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0,
	         "meeting time=2020-01-20 place=Amman qty= agent:Ahmed Ali "
	         "participant:Sara Haddad [met]");
	EVENT_IS(&f, 1,
	         "agreement time=2020-01-21 place=- qty= participant:Syria participant:Jordan "
	         "[agreement]");
	fx_release(&f);
}

/* What took place and what is still to come are two events, and an
 * apposition before an auxiliary does not hide the subject. */
static void test_events_past_and_planned_stay_apart(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Tomorrow Lina Sabri plans to meet ministers in Geneva. Omar Haddad met with "
	        "Lina Sabri during her visit. Several envoys wanted to meet with her.",
	        "2015-09-22");
	ent(&f, NKG_CLASS_PERSON, "Lina Sabri", "Lina Sabri");
	ent(&f, NKG_CLASS_PERSON, "Omar Haddad", "Omar Haddad");
	ent(&f, NKG_CLASS_CITY, "Geneva", "Geneva");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0,
	         "meeting time=2015-09-23 place=Geneva qty= !called-for agent:Lina Sabri "
	         "[meet][meet]");
	EVENT_IS(&f, 1,
	         "meeting time=- place=- qty= agent:Omar Haddad participant:Lina Sabri "
	         "[met][visit]");
	fx_release(&f);

	/* the other orders: a wish before what took place; a past meeting before
	 * a dated future one */
	fx_init(&f, "Envoys wanted to meet with Lina Sabri. Omar Haddad met with Lina Sabri.",
	        "2015-09-22");
	ent(&f, NKG_CLASS_PERSON, "Lina Sabri", "Lina Sabri");
	ent(&f, NKG_CLASS_PERSON, "Omar Haddad", "Omar Haddad");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "meeting time=- place=- qty= !called-for participant:Lina Sabri [meet]");
	EVENT_IS(&f, 1,
	         "meeting time=- place=- qty= agent:Omar Haddad participant:Lina Sabri [met]");
	fx_release(&f);
	fx_init(&f,
	        "Omar Haddad met Sami Aziz. Sami Aziz will meet Omar Haddad in Geneva on Friday.",
	        "2015-09-22");
	ent(&f, NKG_CLASS_PERSON, "Omar Haddad", "Omar Haddad");
	ent(&f, NKG_CLASS_PERSON, "Sami Aziz", "Sami Aziz");
	ent(&f, NKG_CLASS_CITY, "Geneva", "Geneva");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0,
	         "meeting time=- place=- qty= agent:Omar Haddad participant:Sami Aziz [met]");
	EVENT_IS(&f, 1,
	         "meeting time=2015-09-25 place=Geneva qty= !called-for agent:Sami Aziz "
	         "participant:Omar Haddad [meet]");
	fx_release(&f);

	fx_init(&f,
	        "Sami Aziz, a 14-year-old boy from Irving, Texas, was arrested at his school. "
	        "Rami Aziz, the director of the school, has also resigned.",
	        "2015-09-22");
	ent(&f, NKG_CLASS_PERSON, "Sami Aziz", "Sami Aziz");
	ent(&f, NKG_CLASS_PERSON, "Rami Aziz", "Rami Aziz");
	ent(&f, NKG_CLASS_ORGANIZATION, "Irving School", "school");
	ent(&f, NKG_CLASS_CITY, "Irving", "Irving");
	ent(&f, NKG_CLASS_ADMIN_AREA, "Texas", "Texas");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "arrest time=- place=- qty= patient:Sami Aziz [arrested]");
	EVENT_IS(&f, 1, "resignation time=- place=- qty= agent:Rami Aziz [resigned]");
	fx_release(&f);
}

/* What a statement reports (struct nkg_event.content): after a speech verb,
 * or after the "that" following a statement noun, to the sentence end. */
static void test_events_statement_content(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Ahmed Ali said on Monday that the strike killed two. Sara Haddad said in her "
	        "weekly sermon on Friday that the vote was fair. Omar Said said on Saturday that "
	        "the talks failed, and Lina Sabri said on Sunday the rally was large. A statement "
	        "by Sami Aziz on Monday condemned the strike. Ali Hassan's statement that police "
	        "arrested ten protesters and Rami Aziz's statement that troops attacked Basra "
	        "angered Iran.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_PERSON, "Omar Said", "Omar Said");
	ent(&f, NKG_CLASS_PERSON, "Lina Sabri", "Lina Sabri");
	ent(&f, NKG_CLASS_PERSON, "Sami Aziz", "Sami Aziz");
	ent(&f, NKG_CLASS_PERSON, "Ali Hassan", "Ali Hassan");
	ent(&f, NKG_CLASS_PERSON, "Rami Aziz", "Rami Aziz");
	ent(&f, NKG_CLASS_CITY, "Basra", "Basra");
	ent(&f, NKG_CLASS_COUNTRY, "Iran", "Iran");
	fx_run(&f);
	/* by speaker: after "that"; to the next statement; after a verb without
	 * "that"; a noun without "that" reports nothing */
	static const char *const want[][2] = {
	        {"Ahmed Ali", "the strike killed two"},
	        {"Sara Haddad", "the vote was fair"},
	        {"Omar Said", "the talks failed, and Lina Sabri"},
	        {"Lina Sabri", "on Sunday the rally was large"},
	        {"Sami Aziz", ""},
	        {"Ali Hassan", "police arrested ten protesters and Rami Aziz's"},
	        {"Rami Aziz", "troops attacked Basra angered Iran"}};
	uint32_t found = 0;
	for (uint32_t i = 0; i < f.doc.n_events; i++) {
		const struct nkg_event *e = &f.doc.events[i];
		if (e->cls != NKG_EVENT_STATEMENT)
			continue;
		const char *speaker = "-";
		for (uint32_t k = 0; k < e->n_participants; k++)
			if (e->participants[k].role == NKG_ROLE_SPEAKER)
				speaker = fx_ename(&f, e->participants[k].entity);
		size_t w = 0;
		while (w < 7 && strcmp(want[w][0], speaker) != 0)
			w++;
		assert_true(w < 7);
		struct nkg_str c = nkg_doc_slice(&f.doc, e->content);
		assert_int_equal(c.len, strlen(want[w][1]));
		assert_memory_equal(c.ptr, want[w][1], c.len);
		found++;
	}
	assert_int_equal(found, 7);
	fx_release(&f);
}

/* A statement's channel, from its trigger or the noun after its verb. */
static void test_events_statement_channels(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Ahmed Ali said Monday in an interview that talks failed. Sara Haddad said "
	        "Tuesday at a news conference that nothing changed. "
	        "\xE2\x80\x9CWe will win the vote,\xE2\x80\x9D Omar Said tweeted. "
	        "Lina Sabri said on Wednesday the letter was forged.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_PERSON, "Omar Said", "Omar Said");
	ent(&f, NKG_CLASS_PERSON, "Lina Sabri", "Lina Sabri");
	fx_run(&f);
	static const char *const want[][2] = {{"Ahmed Ali", "interview"},
	                                      {"Sara Haddad", "press-conference"},
	                                      {"Omar Said", "tweet"},
	                                      {"Lina Sabri", ""}};
	uint32_t n = 0;
	for (uint32_t i = 0; i < f.doc.n_events; i++) {
		const struct nkg_event *e = &f.doc.events[i];
		if (e->cls != NKG_EVENT_STATEMENT)
			continue;
		const char *speaker = "-";
		for (uint32_t k = 0; k < e->n_participants; k++)
			if (e->participants[k].role == NKG_ROLE_SPEAKER)
				speaker = fx_ename(&f, e->participants[k].entity);
		size_t w = 0;
		while (w < 4 && strcmp(want[w][0], speaker) != 0)
			w++;
		assert_true(w < 4);
		assert_string_equal(nkg_channel_name(e->channel), want[w][1]);
		n++;
	}
	assert_int_equal(n, 4);
	fx_release(&f);
}

static void test_quotes_attribution_patterns(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "\xe2\x80\x9cWe will not leave,\xe2\x80\x9d said Ahmed Ali. "
	        "Sara Haddad spoke to reporters in Amman. "
	        "\xe2\x80\x9cWe are ready to talk,\xe2\x80\x9d she said. "
	        "\"It is over,\" Omar Said told reporters. "
	        "Omar Said said: \"The war is over now.\" "
	        "He called them \xe2\x80\x9ctraitors\xe2\x80\x9d. "
	        "Crowds chanted \xe2\x80\x9cGet out, get out!\xe2\x80\x9d",
	        NULL);
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_CITY, "Amman", "Amman");
	ent(&f, NKG_CLASS_PERSON, "Omar Said", "Omar Said");
	fx_run(&f);
	assert_int_equal(f.doc.n_quotes, 4);
	assert_int_equal(f.doc.n_events, 3);
	quote_is(&f, 0, "We will not leave", "Ahmed Ali", 0);
	quote_is(&f, 1, "We are ready to talk", "Sara Haddad", 1);
	quote_is(&f, 2, "It is over", "Omar Said", 2);
	quote_is(&f, 3, "The war is over now.", "Omar Said", 2);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Ahmed Ali [said]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Sara Haddad [said]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Omar Said [told][said]");
	fx_release(&f);
}

/* "..., said ORG role Person": the person behind the title speaks, the
 * organisation or country only says where he works; an organisation alone,
 * or followed by anything else, is the speaker. */
/* Every count the article gives for a protest, in its own sentence or the
 * next two: "thousands of Chileans", "about 40,000 people took part",
 * "organisers put the figure at 150,000"; a repeated count once. */
static void test_events_protest_counts(void **state)
{
	(void)state;
	struct fx f;
	/* S0 protest; S1 (next paragraph) two counts; S2 a repeat and a third
	 * count (two sentences on); S3 nothing; S4 a count three sentences on:
	 * not carried */
	fx_init(&f,
	        "Thousands of Chileans marched in Santiago on Saturday.\n\nPolice said about "
	        "40,000 "
	        "people took part; organisers put the figure at 150,000. "
	        "Police said about 40,000 people took part, and a union said 60,000 joined. "
	        "The city was calm. Hundreds of thousands took part, a union said.",
	        "2023-08-20");
	ent(&f, NKG_CLASS_CITY, "Santiago", "Santiago");
	fx_run(&f);
	/* the protest, and what police said twice (two statements: a speaker
	 * the text only describes is no one to join them by) */
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "protest time=2023-08-19 place=Santiago qty=Thousands [marched]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= [said]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= [said]");
	assert_true(nkg_str_eq_cstr(f.doc.events[1].speaker_text, "Police"));
	assert_true(nkg_str_eq_cstr(f.doc.events[2].speaker_text, "Police"));
	static const char *const more[] = {"about 40,000", "150,000", "60,000"};
	const struct nkg_event *e = &f.doc.events[0];
	assert_int_equal(e->n_more_quantities, 3);
	for (uint32_t k = 0; k < 3; k++) {
		assert_int_equal(e->more_quantities[k].len, strlen(more[k]));
		assert_memory_equal(e->more_quantities[k].ptr, more[k], strlen(more[k]));
	}
	fx_release(&f);

	/* Not carried: people who attended something else, a count of fans, a
	 * count that is no crowd ("the number at 4,000 job cuts"), to a protest
	 * inside a quote; and "thousands of marches" is no count. */
	fx_init(&f,
	        "Thousands marched in Lima on Saturday.\n\n"
	        "Some 50,000 people attended the match on Sunday.\n\n"
	        "Nurses rallied in Quito on Monday. Some 50,000 fans attended the match. "
	        "The ministry estimated the number at 4,000 job cuts.\n\n"
	        "\"We will march,\" Ahmed Ali said. About 9,000 people took part.\n\n"
	        "Thousands of marches filled the streets of Cusco.",
	        "2023-08-20");
	ent(&f, NKG_CLASS_CITY, "Lima", "Lima");
	ent(&f, NKG_CLASS_CITY, "Quito", "Quito");
	ent(&f, NKG_CLASS_CITY, "Cusco", "Cusco");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	fx_run(&f);
	for (uint32_t i = 0; i < f.doc.n_events; i++) {
		const struct nkg_event *ev = &f.doc.events[i];
		assert_int_equal(ev->n_more_quantities, 0);
		if (ev->quantity.len) /* only Lima's own "Thousands", at the start */
			assert_ptr_equal(ev->quantity.ptr, f.text);
	}
	fx_release(&f);
}

/* A reported clause with a subject of its own: the speaker is not its
 * agent ("X said the government would meet Y"); a pronoun and "the
 * company" still name the speaker's side. */
static void test_events_reported_clause_subject(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Ahmed Ali said the government would meet Sara Haddad in Amman. "
	        "Acme said the company will cut 300 jobs.",
	        "2023-08-20");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_CITY, "Amman", "Amman");
	ent(&f, NKG_CLASS_CORPORATION, "Acme", "Acme");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Ahmed Ali [said]");
	EVENT_IS(&f, 1,
	         "meeting time=- place=Amman qty= !called-for participant:Sara Haddad "
	         "[meet]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Acme [said]");
	EVENT_IS(&f, 3, "layoff time=- place=- qty=300 !called-for agent:Acme [cut]");
	fx_release(&f);
}

/* "X said [on Thursday] [that] it would cut 9,000 jobs": "it" is the
 * organisation that said it, and "would" there is a plan (called for), not a
 * hypothesis; without a speech verb "would" stays hypothetical, and "it" is
 * nobody when a person speaks. */
static void test_events_reported_it_and_would(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Acme said on Thursday it would cut 9,000 jobs. "
	        "Ahmed Ali said it would cut 300 jobs. "
	        "Bolt would cut 200 jobs.",
	        "2023-08-20");
	ent(&f, NKG_CLASS_CORPORATION, "Acme", "Acme");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_CORPORATION, "Bolt", "Bolt");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4); /* Ali's "it" cuts nothing: no layoff */
	EVENT_IS(&f, 0, "statement time=2023-08-17 place=- qty= speaker:Acme [said]");
	EVENT_IS(&f, 1, "layoff time=- place=- qty=9,000 !called-for agent:Acme [cut]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Ahmed Ali [said]");
	EVENT_IS(&f, 3, "layoff time=- place=- qty=200 !hypothetical agent:Bolt [cut]");
	fx_release(&f);
}

/* Who called a protest, after the noun: "the march was called by X", "a
 * protest, organised by X,"; "attacked by X" names no organiser. */
static void test_events_protest_called_by(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Thousands marched in Santiago on Saturday. The march had been called by "
	        "Greenpeace. Hundreds joined a protest, organised by Oxfam, in Lima on "
	        "Sunday. A rally in Quito on Friday was attacked by Acme.",
	        "2023-08-20");
	ent(&f, NKG_CLASS_CITY, "Santiago", "Santiago");
	ent(&f, NKG_CLASS_CITY, "Lima", "Lima");
	ent(&f, NKG_CLASS_CITY, "Quito", "Quito");
	ent(&f, NKG_CLASS_ORGANIZATION, "Greenpeace", "Greenpeace");
	ent(&f, NKG_CLASS_ORGANIZATION, "Oxfam", "Oxfam");
	ent(&f, NKG_CLASS_ORGANIZATION, "Acme", "Acme");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0,
	         "protest time=2023-08-19 place=Santiago qty=Thousands agent:Greenpeace "
	         "[marched][march]");
	EVENT_IS(&f, 1, "protest time=2023-08-20 place=Lima qty=Hundreds agent:Oxfam [protest]");
	EVENT_IS(&f, 2, "protest time=- place=Quito qty= [rally]");
	EVENT_IS(&f, 3, "attack time=2023-08-18 place=- qty= agent:Acme [attacked]");
	fx_release(&f);
}

/* ", killing at least 120" after a clause whose subject is a disaster or
 * attack noun is that event (also after a dateline header); so the time of
 * the clause dates it, and an earlier disaster of another year stays
 * apart.  Not when the noun is introduced by a preposition: then the toll
 * is the main clause's act's, after that opening phrase. */
static void test_events_participle_of_a_disaster(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "ANKARA, Turkey (Reuters) - A strong earthquake struck eastern Turkey early on "
	        "Tuesday, killing at least 120 people. "
	        "In 2023, twin earthquakes killed more than 50,000 people in Turkey. "
	        "After the earthquake in Syria on Monday, Ahmed Ali attacked a village, killing "
	        "five.",
	        "2024-06-11");
	f.doc.dateline_place = (struct nkg_str){f.text, 6};
	ent(&f, NKG_CLASS_COUNTRY, "Turkey", "Turkey");
	ent(&f, NKG_CLASS_COUNTRY, "Syria", "Syria");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0,
	         "disaster time=2024-06-11 place=Turkey qty=at least 120 [earthquake][killing]");
	EVENT_IS(&f, 1,
	         "disaster time=2023 place=Turkey qty=more than 50,000 [earthquakes][killed]");
	EVENT_IS(&f, 2, "disaster time=2024-06-10 place=Syria qty= [earthquake]");
	EVENT_IS(&f, 3, "attack time=- place=- qty=five agent:Ahmed Ali [attacked][killing]");
	fx_release(&f);
}

/* "X killed at least 30 ...": a count after the verb is its object, not a
 * headline passive's preposition; and a chain of "said it" is no
 * recursion (20,000 of them in one sentence). */
static void test_events_count_objects_and_said_it_chains(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f, "Acme killed at least 30 villagers in Lima. Bolt arrested about 20 people.",
	        "2024-06-11");
	ent(&f, NKG_CLASS_ORGANIZATION, "Acme", "Acme");
	ent(&f, NKG_CLASS_ORGANIZATION, "Bolt", "Bolt");
	ent(&f, NKG_CLASS_CITY, "Lima", "Lima");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	/* the count is the killing's quantity (how many were killed) */
	EVENT_IS(&f, 0, "killing time=- place=Lima qty=at least 30 agent:Acme [killed]");
	EVENT_IS(&f, 1, "arrest time=- place=- qty=about 20 agent:Bolt [arrested]");
	fx_release(&f);

	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	assert_int_equal(nkg_buf_addstr(&b, "Acme "), 0);
	for (int k = 0; k < 20000; k++)
		assert_int_equal(nkg_buf_addstr(&b, "said it "), 0);
	assert_int_equal(nkg_buf_addstr(&b, "would cut 9,000 jobs."), 0);
	char *text = nkg_buf_detach(&b, NULL);
	fx_init(&f, text, "2024-06-11");
	ent(&f, NKG_CLASS_CORPORATION, "Acme", "Acme");
	fx_run(&f);
	assert_true(f.doc.n_events >= 1);
	fx_release(&f);
	nkg_free(text);
}

/* "The quake hit Malatya at 4:17 a.m., AFAD said.": the time before a
 * closing attribution dates the quake, not the saying, and the minute of
 * the quake lies within its day: one event. */
static void test_events_time_before_closing_attribution(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A strong earthquake struck Turkey early on Tuesday. The quake hit Malatya at "
	        "4:17 a.m., AFAD said.",
	        "2024-06-11");
	ent(&f, NKG_CLASS_COUNTRY, "Turkey", "Turkey");
	ent(&f, NKG_CLASS_CITY, "Malatya", "Malatya");
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "AFAD", "AFAD");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "disaster time=2024-06-11 place=Malatya qty= [earthquake][quake]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:AFAD [said]");
	fx_release(&f);
}

static void test_quotes_speaker_behind_a_title(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "\"This reform is for the banks,\" said CUT president David Acuna. "
	        "\"We were too slow,\" said the company's chief executive Makoto Uchida. "
	        "\"We will win,\" said Iraq's foreign minister Fuad Hussein. "
	        "\"It is over,\" said Reuters. "
	        "\"No comment at all,\" said Acme, the firm of David Acuna. "
	        "\"Not now, not here,\" said Acme in a statement on Ali Khan.",
	        NULL);
	ent(&f, NKG_CLASS_ORGANIZATION, "CUT", "CUT");
	ent(&f, NKG_CLASS_PERSON, "David Acuna", "David Acuna");
	ent(&f, NKG_CLASS_PERSON, "Makoto Uchida", "Makoto Uchida");
	ent(&f, NKG_CLASS_COUNTRY, "Iraq", "Iraq");
	ent(&f, NKG_CLASS_PERSON, "Fuad Hussein", "Fuad Hussein");
	ent(&f, NKG_CLASS_ORGANIZATION, "Reuters", "Reuters");
	ent(&f, NKG_CLASS_ORGANIZATION, "Acme", "Acme");
	ent(&f, NKG_CLASS_PERSON, "Ali Khan", "Ali Khan");
	fx_run(&f);
	assert_int_equal(f.doc.n_quotes, 6);
	quote_is(&f, 0, "This reform is for the banks", "David Acuna", 0);
	quote_is(&f, 1, "We were too slow", "Makoto Uchida", 1);
	quote_is(&f, 2, "We will win", "Fuad Hussein", 2);
	quote_is(&f, 3, "It is over", "Reuters", 3);
	quote_is(&f, 4, "No comment at all", "Acme", 4);
	quote_is(&f, 5, "Not now, not here", "Acme", 4);
	fx_release(&f);
}

static void test_quotes_of_calling_verbs(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The rally came after Ahmed Ali called on supporters to stage \xe2\x80\x9c"
	        "a peaceful, unified march.\xe2\x80\x9d Sara Haddad seized on the anger to call "
	        "\xe2\x80\x9c"
	        "an end to the occupation.\xe2\x80\x9d",
	        NULL);
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	fx_run(&f);
	/* their words, after a conjunction too ("came after X called"), but no
	 * statement events */
	assert_int_equal(f.doc.n_quotes, 2);
	quote_is(&f, 0, "a peaceful, unified march.", "Ahmed Ali", NKG_NONE);
	quote_is(&f, 1, "an end to the occupation.", "Sara Haddad", NKG_NONE);
	assert_string_equal(f.doc.quotes[0].rule, "quote:calling-verb");
	fx_release(&f);

	/* naming, titling and phone calls are not the caller's words; a named
	 * subject's characterisation is */
	fx_init(&f,
	        "The sale of what is called the \xe2\x80\x9c"
	        "old dairy block\xe2\x80\x9d stalled. "
	        "A print called \xe2\x80\x9c"
	        "Cowboys and Indians\xe2\x80\x9d hung there. "
	        "Ahmed Ali ran his so called \xe2\x80\x9c"
	        "black bag\xe2\x80\x9d jobs. "
	        "Sara Haddad called police to her home \xe2\x80\x9c"
	        "for the smell\xe2\x80\x9d. "
	        "Ahmed Ali called the move \xe2\x80\x9c"
	        "a clarification\xe2\x80\x9d.",
	        NULL);
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	fx_run(&f);
	assert_int_equal(f.doc.n_quotes, 1);
	quote_is(&f, 0, "a clarification", "Ahmed Ali", NKG_NONE);
	fx_release(&f);
}

/* A subject after a conjunction is its clause's: "came after X met Y". */
static void test_events_subject_after_a_conjunction(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f, "The talks came after Ahmed Ali met Sara Haddad in Amman on Monday.",
	        "2020-01-24");
	ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
	ent(&f, NKG_CLASS_PERSON, "Sara Haddad", "Sara Haddad");
	ent(&f, NKG_CLASS_CITY, "Amman", "Amman");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0,
	         "meeting time=2020-01-20 place=Amman qty= agent:Ahmed Ali "
	         "participant:Sara Haddad [talks][met]");
	fx_release(&f);
}

/* A time looks for its trigger within 256 tokens: a sentence of a million
 * tokens must not make each lookup a scan of it. */
static void test_events_trigger_reach_is_bounded(void **state)
{
	(void)state;
	char text[4096];
	size_t len = 0;
	struct fx f;
	for (int gap = 0; gap < 2; gap++) {
		len = (size_t)snprintf(text, sizeof(text), "Protesters rallied in Quito");
		for (int k = 0; k < (gap ? 300 : 200); k++)
			len += (size_t)snprintf(text + len, sizeof(text) - len, " far");
		snprintf(text + len, sizeof(text) - len, " on Friday.");
		fx_init(&f, text, "2020-01-24");
		ent(&f, NKG_CLASS_CITY, "Quito", "Quito");
		fx_run(&f);
		assert_int_equal(f.doc.n_events, 1);
		assert_int_equal(f.doc.events[0].time != NKG_NONE, gap == 0);
		fx_release(&f);
	}
}

/* Coreference looks back over at most 64 events of the trigger's class
 * (COREF_LOOKBACK): Ann's second statement joins her first across 63 other
 * speakers' statements, not across 64. */
static void test_events_coreference_lookback_is_bounded(void **state)
{
	(void)state;
	char text[4096], names[64][4];
	struct fx f;
	for (int others = 63; others <= 64; others++) {
		size_t len = (size_t)snprintf(text, sizeof(text), "Ann said so.");
		for (int k = 0; k < others; k++) {
			snprintf(names[k], sizeof(names[k]), "K%c%c", 'a' + k / 26, 'a' + k % 26);
			len += (size_t)snprintf(text + len, sizeof(text) - len, " %s said so.",
			                        names[k]);
		}
		snprintf(text + len, sizeof(text) - len, " Ann said so.");
		fx_init(&f, text, "2020-01-24");
		ent(&f, NKG_CLASS_PERSON, "Ann", "Ann");
		for (int k = 0; k < others; k++)
			ent(&f, NKG_CLASS_PERSON, names[k], names[k]);
		fx_run(&f);
		assert_int_equal(f.doc.n_events, (uint32_t)others + (others == 63 ? 1 : 2));
		EVENT_IS(&f, 0,
		         others == 63 ? "statement time=- place=- qty= speaker:Ann [said][said]"
		                      : "statement time=- place=- qty= speaker:Ann [said]");
		fx_release(&f);
	}
}

static void test_events_no_mentions_no_tokens(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f, "", NULL);
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 0);
	fx_release(&f);
	fx_init(&f, "Protesters rallied on Friday.", NULL);
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "protest time=XXXX-WXX-5 place=- qty= [rallied]");
	fx_release(&f);
}

static void test_events_out_of_memory_fails_cleanly(void **state)
{
	(void)state;
	int rc = -1;
	nkg_arena_set_debug(1);
	for (unsigned long n = 1; n < 400 && rc != 0; n++) {
		struct fx f;
		fx_init(&f,
		        "\xe2\x80\x9cWe will stay,\xe2\x80\x9d said Ahmed Ali. Thousands rallied "
		        "in "
		        "Basra on Monday after a US strike killed Omar Said.",
		        "2020-01-24");
		ent(&f, NKG_CLASS_PERSON, "Ahmed Ali", "Ahmed Ali");
		ent(&f, NKG_CLASS_CITY, "Basra", "Basra");
		ent(&f, NKG_CLASS_COUNTRY, "United States", "US");
		ent(&f, NKG_CLASS_PERSON, "Omar Said", "Omar Said");
		assert_int_equal(nkg_find_times(&f.doc, &f.toks), 0);
		nkg_alloc_fail_after(n, 1);
		rc = nkg_find_events(&f.doc, &f.toks);
		nkg_alloc_fail_after(0, 0);
		if (rc)
			assert_int_equal(rc, NKG_ENOMEM);
		else
			assert_int_equal(f.doc.n_events, 3);
		fx_release(&f);
	}
	assert_int_equal(rc, 0);
	nkg_arena_set_debug(0);
}

/* A time in a participial phrase set off by commas dates the participle,
 * not the trigger outside it; a comma phrase that is no participle still
 * dates the verb. */
static void test_events_time_in_participial_phrase(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Boeing, founded in 1916, said the new jet is delayed. Airbus said, on Monday, "
	        "that its plane is late. The project, begun two years ago, has been delayed, "
	        "Lockheed saying that more work is needed.",
	        "2008-05-24");
	ent(&f, NKG_CLASS_CORPORATION, "Boeing", "Boeing");
	ent(&f, NKG_CLASS_CORPORATION, "Airbus", "Airbus");
	ent(&f, NKG_CLASS_CORPORATION, "Lockheed", "Lockheed");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Boeing [said]");
	EVENT_IS(&f, 1, "statement time=2008-05-19 place=- qty= speaker:Airbus [said]");
	EVENT_IS(&f, 2, "statement time=- place=- qty= speaker:Lockheed [saying]");
	fx_release(&f);
}

/* "<noun> of <time>" dates a trigger noun or is a time phrase; after any
 * other noun the time qualifies that noun ("the biggest loss of 2007"). */
static void test_events_time_after_of(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Shares of Microsoft fell 5 percent, the biggest loss of 2007. Voters chose Obama "
	        "in the election of 2008. Shares of Apple rose 2 percent in the first half of "
	        "2009.",
	        "2010-01-05");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_PERSON, "Barack Obama", "Obama");
	ent(&f, NKG_CLASS_CORPORATION, "Apple", "Apple");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "market-fall time=- place=- qty=5 percent instrument:Microsoft [fell]");
	EVENT_IS(&f, 1, "election time=2008 place=- qty= [election]");
	EVENT_IS(&f, 2, "market-rise time=2009-H1 place=- qty=2 percent instrument:Apple [rose]");
	fx_release(&f);
}

/* A statement in the present tense without a time of its own is made on
 * the publication date; a past one is not dated, nor any without a date. */
static void test_events_present_statement_takes_publication_date(void **state)
{
	(void)state;
	struct fx f;
	const char *text = "Boeing says the new jet is delayed. Airbus said the A380 is late. "
	                   "Lockheed and Raytheon say demand is weak.";
	fx_init(&f, text, "2008-05-24");
	ent(&f, NKG_CLASS_CORPORATION, "Boeing", "Boeing");
	ent(&f, NKG_CLASS_CORPORATION, "Airbus", "Airbus");
	ent(&f, NKG_CLASS_CORPORATION, "Lockheed", "Lockheed");
	ent(&f, NKG_CLASS_CORPORATION, "Raytheon", "Raytheon");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "statement time=2008-05-24 place=- qty= speaker:Boeing [says]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Airbus [said]");
	EVENT_IS(&f, 2, "statement time=2008-05-24 place=- qty= speaker:Raytheon [say]");
	fx_release(&f);

	fx_init(&f, text, NULL);
	ent(&f, NKG_CLASS_CORPORATION, "Boeing", "Boeing");
	fx_run(&f);
	EVENT_IS(&f, 0, "statement time=- place=- qty= speaker:Boeing [says]");
	fx_release(&f);
}

/* Passive business verbs: "X was acquired by Y" is Y's acquisition of X
 * (both companies, as in the active), "X was sued by Y" Y's lawsuit
 * against X; without "by" a lawsuit still has its defendant. */
static void test_events_passive_acquisitions_and_lawsuits(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Compaq was acquired by Hewlett-Packard on Monday. Nokia has been bought by "
	        "Microsoft for $7.2 billion. Microsoft was sued by Apple on Tuesday. Samsung was "
	        "sued on Wednesday. Paris was bought by Apple on Thursday.",
	        "2020-03-15");
	ent(&f, NKG_CLASS_CORPORATION, "Compaq", "Compaq");
	ent(&f, NKG_CLASS_CORPORATION, "Hewlett-Packard", "Hewlett-Packard");
	ent(&f, NKG_CLASS_CORPORATION, "Nokia", "Nokia");
	ent(&f, NKG_CLASS_CORPORATION, "Microsoft", "Microsoft");
	ent(&f, NKG_CLASS_CORPORATION, "Apple", "Apple");
	ent(&f, NKG_CLASS_CORPORATION, "Samsung", "Samsung");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0,
	         "acquisition time=2020-03-09 place=- qty= agent:Hewlett-Packard patient:Compaq "
	         "[acquired]");
	EVENT_IS(&f, 1,
	         "acquisition time=- place=- qty=$7.2 billion agent:Microsoft patient:Nokia "
	         "[bought]");
	EVENT_IS(&f, 2,
	         "lawsuit time=2020-03-10 place=- qty= agent:Apple patient:Microsoft [sued]");
	EVENT_IS(&f, 3, "lawsuit time=2020-03-11 place=- qty= patient:Samsung [sued]");
	fx_release(&f);
}

/* A relative clause set off by commas: its time dates no trigger outside
 * it, and the speaker is what comes before it. */
static void test_events_relative_clause_aside(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Compaq, which was acquired by Hewlett-Packard in 2002, said on Monday that sales "
	        "fell. Steve Jobs, who founded Apple in 1976, said the iPhone is new. Nichols, 37, "
	        "was arrested last month.",
	        "2008-05-24");
	ent(&f, NKG_CLASS_CORPORATION, "Compaq", "Compaq");
	ent(&f, NKG_CLASS_CORPORATION, "Hewlett-Packard", "Hewlett-Packard");
	ent(&f, NKG_CLASS_CORPORATION, "Apple", "Apple");
	ent(&f, NKG_CLASS_PERSON, "Steve Jobs", "Steve Jobs");
	ent(&f, NKG_CLASS_PERSON, "Brian Nichols", "Nichols");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "statement time=2008-05-19 place=- qty= speaker:Compaq [said]");
	EVENT_IS(&f, 1, "statement time=- place=- qty= speaker:Steve Jobs [said]");
	/* ", was arrested": the verb of the clause, no aside */
	EVENT_IS(&f, 2, "arrest time=2008-04 place=- qty= patient:Brian Nichols [arrested]");
	fx_release(&f);
}

/* Headlines and reduced relatives drop "was": "Jackson arrested on
 * suspicion of DUI" is Jackson's arrest, and a place before the noun is
 * where ("Queens woman killed"); with an object the verb is active.  A
 * regular past after "the gunman" is the gunman's verb, not a noun. */
static void test_events_reduced_passive_and_subject_nouns(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Chargers' Jackson arrested on suspicion of DUI\n\n"
	        "Queens woman killed in hit-and-run on Monday. The gunman killed John Smith on "
	        "Tuesday. Police arrested Jackson on Wednesday.",
	        "2009-01-08");
	ent(&f, NKG_CLASS_PERSON, "Vincent Jackson", "Jackson");
	ent(&f, NKG_CLASS_ORGANIZATION, "San Diego Chargers", "Chargers");
	ent(&f, NKG_CLASS_DISTRICT, "Queens", "Queens");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0,
	         "arrest time=2009-01-07 place=- qty= patient:Vincent Jackson "
	         "[arrested][arrested]");
	/* what he was arrested for (test_events16.c) */
	EVENT_IS(&f, 1, "driving-offence time=- place=- qty= agent:Vincent Jackson [DUI]");
	EVENT_IS(&f, 2, "killing time=2009-01-05 place=Queens qty= [killed]");
	EVENT_IS(&f, 3,
	         "killing time=2009-01-06 place=- qty= patient:John Smith agent:\"The gunman\" [killed]");
	fx_release(&f);
}

/* A market movement of something named does not join an earlier one of
 * nothing named (the market as a whole); one of nothing named joins the
 * named one before it. */
static void test_events_market_instrument_coreference(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Stock markets fell sharply on Monday. Shares in HBOS fell by 41.54%. The shares "
	        "fell further in late trading.",
	        "2008-10-07");
	ent(&f, NKG_CLASS_CORPORATION, "HBOS", "HBOS");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "market-fall time=2008-10-06 place=- qty= [fell]");
	EVENT_IS(&f, 1, "market-fall time=- place=- qty=41.54% instrument:HBOS [fell][fell]");
	fx_release(&f);
}

/* How many a killing killed is its quantity, as written: after an active
 * verb (also ", killing ...", where the crash it follows takes it as its
 * toll), before a passive; not a count of something else ("2 birds",
 * "half the passengers"). */
static void test_events_victim_counts(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The jetliner crashed into the ocean in June, killing all 228 people on board. "
	        "Gunmen killed at least 20 people in Basra on Monday. At least 15 people were "
	        "killed in Kabul on Tuesday. Police killed three Iraqis on Friday. He killed 2 "
	        "birds on Saturday. The bomb killed half the passengers on Sunday.",
	        "2009-07-30");
	ent(&f, NKG_CLASS_CITY, "Basra", "Basra");
	ent(&f, NKG_CLASS_CITY, "Kabul", "Kabul");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	EVENT_IS(&f, 0, "accident time=2009-06 place=- qty=228 [crashed][killing]");
	EVENT_IS(&f, 1, "killing time=2009-07-27 place=Basra qty=at least 20 [killed]");
	EVENT_IS(&f, 2, "killing time=2009-07-28 place=Kabul qty=At least 15 [killed]");
	EVENT_IS(&f, 3, "killing time=2009-07-24 place=- qty=three [killed]");
	EVENT_IS(&f, 4, "killing time=2009-07-25 place=- qty= [killed]");
	EVENT_IS(&f, 5, "killing time=2009-07-26 place=- qty= [killed]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_lemma_regular_and_irregular_forms),
	        cmocka_unit_test(test_events_sample_article_with_hand_entities),
	        cmocka_unit_test(test_events_sample_article_whole_pipeline),
	        cmocka_unit_test(test_events_arrest_and_passive_killing),
	        cmocka_unit_test(test_events_senses_that_are_not_events),
	        cmocka_unit_test(test_events_factuality),
	        cmocka_unit_test(test_events_calling_noun_is_no_call),
	        cmocka_unit_test(test_events_reported_clause_time),
	        cmocka_unit_test(test_events_labour_strikes),
	        cmocka_unit_test(test_events_place_after_area_noun),
	        cmocka_unit_test(test_events_coreference_and_conflicts),
	        cmocka_unit_test(test_events_strike_that_kills_is_one_event),
	        cmocka_unit_test(test_events_meeting_and_agreement_partners),
	        cmocka_unit_test(test_events_statement_content),
	        cmocka_unit_test(test_events_statement_channels),
	        cmocka_unit_test(test_events_past_and_planned_stay_apart),
	        cmocka_unit_test(test_events_more_triggers_and_their_senses),
	        cmocka_unit_test(test_events_relative_where_and_quoted_times),
	        cmocka_unit_test(test_events_people_centred_classes),
	        cmocka_unit_test(test_events_accidents_and_disasters),
	        cmocka_unit_test(test_events_dateline_date_dates_no_event),
	        cmocka_unit_test(test_events_market_movements),
	        cmocka_unit_test(test_events_product_launches),
	        cmocka_unit_test(test_events_market_not_economy),
	        cmocka_unit_test(test_events_amounts_keep_movements_apart),
	        cmocka_unit_test(test_events_org_noun_kinds),
	        cmocka_unit_test(test_events_speaker_not_in_relative_clause),
	        cmocka_unit_test(test_events_product_needs_a_product),
	        cmocka_unit_test(test_events_deals_layoffs_lawsuits),
	        cmocka_unit_test(test_events_reported_speech),
	        cmocka_unit_test(test_events_reported_speech_inverted),
	        cmocka_unit_test(test_quotes_attribution_patterns),
	        cmocka_unit_test(test_events_protest_counts),
	        cmocka_unit_test(test_events_reported_clause_subject),
	        cmocka_unit_test(test_events_reported_it_and_would),
	        cmocka_unit_test(test_events_protest_called_by),
	        cmocka_unit_test(test_events_participle_of_a_disaster),
	        cmocka_unit_test(test_events_count_objects_and_said_it_chains),
	        cmocka_unit_test(test_events_time_before_closing_attribution),
	        cmocka_unit_test(test_quotes_speaker_behind_a_title),
	        cmocka_unit_test(test_quotes_of_calling_verbs),
	        cmocka_unit_test(test_events_subject_after_a_conjunction),
	        cmocka_unit_test(test_events_trigger_reach_is_bounded),
	        cmocka_unit_test(test_events_time_in_participial_phrase),
	        cmocka_unit_test(test_events_time_after_of),
	        cmocka_unit_test(test_events_present_statement_takes_publication_date),
	        cmocka_unit_test(test_events_passive_acquisitions_and_lawsuits),
	        cmocka_unit_test(test_events_relative_clause_aside),
	        cmocka_unit_test(test_events_reduced_passive_and_subject_nouns),
	        cmocka_unit_test(test_events_market_instrument_coreference),
	        cmocka_unit_test(test_events_coreference_lookback_is_bounded),
	        cmocka_unit_test(test_events_no_mentions_no_tokens),
	        cmocka_unit_test(test_events_victim_counts),
	        cmocka_unit_test(test_events_out_of_memory_fails_cleanly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
