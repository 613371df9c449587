/* test_events_things.c - products and market indices (issue 4): the named
 * things a launch acts on and a market movement moves become entities of
 * their own kinds (NKG_CLASS_PRODUCT, NKG_CLASS_MARKET_INDEX) and the
 * events' patients or instruments; descriptions, entities and names after
 * a preposition do not.
 *
 * As in test_extract_events.c, the entities of the entity stage are added
 * by hand (every whole-word occurrence of a surface form); the time and
 * event stages run on the tokens. */
#include "events_fixture.h"

/* Every article here is published on 2020-01-24. */
static void fx_start(struct fx *f, const char *text)
{
	fx_init(f, text, "2020-01-24");
}

/* "class role:Name(kind)..." of event i. */
static void parts(const struct fx *f, uint32_t i, char *out, size_t cap)
{
	const struct nkg_event *e = &f->doc.events[i];
	size_t len = (size_t)snprintf(out, cap, "%s", nkg_event_class_name(e->cls));
	for (uint32_t k = 0; k < e->n_participants; k++) {
		const struct nkg_entity *x = &f->doc.entities[e->participants[k].entity];
		len += (size_t)snprintf(out + len, cap - len, " %s:%.*s(%s)",
		                        nkg_role_type_name(e->participants[k].role),
		                        (int)x->name.len, x->name.ptr,
		                        nkg_entity_kind_name(nkg_entity_class_kind(x->cls)));
	}
	assert_true(len < cap);
}

#define PARTS_ARE(f, i, expected)                                                                  \
	do {                                                                                       \
		char got_[512];                                                                    \
		parts((f), (i), got_, sizeof(got_));                                               \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

/* The entity mentions of class cls, "text;text;..." in text order. */
static void mentions_of(const struct fx *f, enum nkg_entity_class cls, char *out, size_t cap)
{
	size_t len = 0;
	out[0] = 0;
	for (uint32_t k = 0; k < f->doc.n_mentions; k++) {
		const struct nkg_mention *m = &f->doc.mentions[k];
		if (m->kind != NKG_MENTION_ENTITY || f->doc.entities[m->target].cls != cls)
			continue;
		struct nkg_str s = nkg_doc_slice(&f->doc, m->span);
		len += (size_t)snprintf(out + len, cap - len, "%s%.*s", len ? ";" : "", (int)s.len,
		                        s.ptr);
	}
	assert_true(len < cap);
}

#define MENTIONS_ARE(f, cls, expected)                                                             \
	do {                                                                                       \
		char got_[512];                                                                    \
		mentions_of((f), (cls), got_, sizeof(got_));                                       \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

/* The object of a launch verb names its products: one, or a list; an
 * apposition names it when the object describes it; the product's other
 * mentions by its whole name (case folded) are found, "iPod" inside "iPod
 * nano" is not one. */
static void test_things_launch_objects(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "Apple today unveiled its latest addition to the iPod line, the iPod nano. "
	             "The iPod Nano comes in two colors. Microsoft released Windows 7, Office 2010 "
	             "and Bing on Tuesday. Apple launches 3G iPhone");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	named(&f, NKG_CLASS_CORPORATION, "Microsoft");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	PARTS_ARE(&f, 0, "product-launch agent:Apple(organization) patient:iPod nano(product)");
	PARTS_ARE(&f, 1,
	          "product-launch agent:Microsoft(organization) patient:Windows 7(product) "
	          "patient:Office 2010(product) patient:Bing(product)");
	/* a different product: another launch */
	PARTS_ARE(&f, 2, "product-launch agent:Apple(organization) patient:3G iPhone(product)");
	MENTIONS_ARE(&f, NKG_CLASS_PRODUCT,
	             "iPod nano;iPod Nano;Windows 7;Office 2010;Bing;3G iPhone");
	assert_int_equal(f.doc.n_entities, 7);
	assert_string_equal(nkg_entity_kind_name(nkg_entity_class_kind(NKG_CLASS_PRODUCT)),
	                    "product");
	fx_release(&f);
}

/* Another whole occurrence of a product's name is a mention of it, but not
 * one that the sentence's first word may begin ("Snow Leopard" is another
 * product than "Leopard"). */
static void test_things_more_mentions_not_after_a_first_word(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "Apple released Leopard on Monday. Snow Leopard follows next year. Users like "
	             "Leopard.");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	fx_run(&f);
	PARTS_ARE(&f, 0, "product-launch agent:Apple(organization) patient:Leopard(product)");
	MENTIONS_ARE(&f, NKG_CLASS_PRODUCT, "Leopard;Leopard");
	fx_release(&f);
}

/* A passive's subject: over a modal, ", to", a product word after the name
 * and a list ("iCloud and iOS 5 will be released"). */
static void test_things_launch_passives(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f,
	         "He said Mac OS X Leopard would be released in 2007. Last year the Mac OS X "
	         "operating system was released. iCloud and iOS 5 will be released in the fall "
	         "of 2011. It previews Apple's forthcoming Lion system, to be released in June.");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	PARTS_ARE(&f, 0, "product-launch patient:Mac OS X Leopard(product)");
	PARTS_ARE(&f, 1, "product-launch patient:Mac OS X(product)");
	PARTS_ARE(&f, 2, "product-launch patient:iOS 5(product) patient:iCloud(product)");
	PARTS_ARE(&f, 3, "product-launch patient:Lion(product)");
	fx_release(&f);
}

/* Precision first: a description ("a 3G version of its iPhone device", "the
 * new products"), a person or organisation, a name after a preposition and
 * a time are no products. */
static void test_things_launch_descriptions_are_not_products(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "Apple launched a 3G version of its iPhone device on Monday. Steve Jobs "
	             "unveiled the new products in Cupertino on Tuesday. Nokia introduced "
	             "phones for Verizon on Wednesday. Sony released new cameras in March.");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	named(&f, NKG_CLASS_PERSON, "Steve Jobs");
	named(&f, NKG_CLASS_CITY, "Cupertino");
	named(&f, NKG_CLASS_CORPORATION, "Nokia");
	named(&f, NKG_CLASS_CORPORATION, "Verizon");
	named(&f, NKG_CLASS_CORPORATION, "Sony");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	PARTS_ARE(&f, 0, "product-launch agent:Apple(organization)");
	PARTS_ARE(&f, 1, "product-launch agent:Steve Jobs(person)");
	PARTS_ARE(&f, 2, "product-launch agent:Nokia(organization)");
	PARTS_ARE(&f, 3, "product-launch agent:Sony(organization)");
	MENTIONS_ARE(&f, NKG_CLASS_PRODUCT, "");
	fx_release(&f);

	/* a run of names longer than MAX_NAME_TOKENS (8) names nothing */
	fx_start(&f, "Apple unveiled Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota on Monday. "
	             "Apple unveiled Alpha Beta Gamma Delta Epsilon Zeta Eta Theta on Tuesday.");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	fx_run(&f);
	MENTIONS_ARE(&f, NKG_CLASS_PRODUCT, "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta");
	fx_release(&f);
}

/* Two launches of one company stay two when their products differ; a
 * passive about a product is not a launch that names none. */
static void test_things_launches_of_different_products(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f,
	         "Apple unveiled Lion. Lion replaces Snow Leopard, which was released in 2009.");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	PARTS_ARE(&f, 0, "product-launch agent:Apple(organization) patient:Lion(product)");
	PARTS_ARE(&f, 1, "product-launch patient:Snow Leopard(product)");
	fx_release(&f);

	fx_start(&f, "Steve Jobs introduced the next generation of software. It replaces Mac OS X "
	             "Snow Leopard, which was released in 2009.");
	named(&f, NKG_CLASS_PERSON, "Steve Jobs");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	PARTS_ARE(&f, 0, "product-launch agent:Steve Jobs(person)");
	PARTS_ARE(&f, 1, "product-launch patient:Mac OS X Snow Leopard(product)");
	fx_release(&f);

	/* the sentence's first word may or may not be part of the name: none */
	fx_start(&f, "Snow Leopard, which was released in 2009, is fast.");
	fx_run(&f);
	MENTIONS_ARE(&f, NKG_CLASS_PRODUCT, "");
	fx_release(&f);

	fx_start(&f,
	         "Apple unveiled Lion. Lion replaces Snow Leopard, which was released in 2009.");
	named(&f, NKG_CLASS_CORPORATION, "Apple");
	fx_run(&f);
	/* a capitalised word first in its sentence may be any word: not read */
	MENTIONS_ARE(&f, NKG_CLASS_PRODUCT, "Lion;Snow Leopard");
	fx_release(&f);
}

/* The subject of a market verb names the index that moved: a known index
 * by its usual full name ("the Dow" is the Dow Jones Industrial Average),
 * an apposition, a possessive place (the event's place), an acronym or a
 * number before "index" after a nationality. */
static void test_things_market_indices(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "The Dow Jones Industrial Average fell 2.1% on Monday. The Dow rose 1% on "
	             "Tuesday. The primary UK index, the FTSE 100, rose 8 points on Tuesday. "
	             "Japan's Nikkei 225 fell 406 points on Wednesday. The Argentinean MERVAL "
	             "index had fallen by 6% on Thursday. The Standard and Poor's 500 index lost "
	             "26 points on Friday.");
	named(&f, NKG_CLASS_COUNTRY, "UK");
	named(&f, NKG_CLASS_COUNTRY, "Japan");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	PARTS_ARE(&f, 0, "market-fall instrument:Dow Jones Industrial Average(index)");
	PARTS_ARE(&f, 1, "market-rise instrument:Dow Jones Industrial Average(index)");
	PARTS_ARE(&f, 2, "market-rise instrument:FTSE 100(index)");
	PARTS_ARE(&f, 3, "market-fall instrument:Nikkei 225(index)");
	assert_string_equal(f.doc.entities[f.doc.events[3].place].name.ptr, "Japan");
	PARTS_ARE(&f, 4, "market-fall instrument:MERVAL(index)");
	PARTS_ARE(&f, 5, "market-fall instrument:S&P 500(index)");
	MENTIONS_ARE(&f, NKG_CLASS_MARKET_INDEX,
	             "Dow Jones Industrial Average;Dow;FTSE 100;Nikkei 225;MERVAL;"
	             "Standard and Poor's 500");
	/* the words written are the index's other names */
	const struct nkg_entity *dow = &f.doc.entities[f.doc.events[0].participants[0].entity];
	assert_int_equal(dow->n_alt_names, 1);
	assert_int_equal(dow->alt_names[0].len, 3);
	assert_memory_equal(dow->alt_names[0].ptr, "Dow", 3);
	fx_release(&f);
}

/* No index: a price index, a name after a preposition ("every stock in the
 * Dow Jones"), a company's shares (an entity: the organisation is the
 * instrument, as before). */
static void test_things_market_not_indices(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "The Consumer Price Index rose 0.3% on Monday. Every stock in the Dow Jones "
	             "lost 2% on Tuesday. Shares of Citigroup fell 9% on Wednesday. The ISM index "
	             "rose 2% on Thursday.");
	named(&f, NKG_CLASS_CORPORATION, "Citigroup");
	fx_run(&f);
	/* an economic indicator in capitals is no market index either */
	assert_int_equal(f.doc.n_events, 4);
	PARTS_ARE(&f, 0, "market-rise");
	PARTS_ARE(&f, 1, "market-fall");
	PARTS_ARE(&f, 2, "market-fall instrument:Citigroup(organization)");
	PARTS_ARE(&f, 3, "market-rise");
	MENTIONS_ARE(&f, NKG_CLASS_MARKET_INDEX, "");
	fx_release(&f);
}

/* "It" right before a market verb is the index named last, in its sentence
 * or the one before, unless an organisation is named in between. */
static void test_things_index_pronoun(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "The Argentinean MERVAL index was among the worst on Thursday. It fell by 6% "
	             "to 906. The Nikkei 225 rose 2% on Monday. Barclays said it fell 3% on "
	             "Tuesday.");
	named(&f, NKG_CLASS_CORPORATION, "Barclays");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	PARTS_ARE(&f, 0, "market-fall instrument:MERVAL(index)");
	PARTS_ARE(&f, 1, "market-rise instrument:Nikkei 225(index)");
	PARTS_ARE(&f, 2, "statement speaker:Barclays(organization)");
	PARTS_ARE(&f, 3, "market-fall");
	MENTIONS_ARE(&f, NKG_CLASS_MARKET_INDEX, "MERVAL;Nikkei 225");
	fx_release(&f);
}

/* A movement of a named index does not join the market's movement before
 * it, and takes its time: one session ("US stock markets" dropped on
 * Thursday, the Dow by 4.08%). */
static void test_things_index_takes_the_session_time(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "US stock markets dropped to twelve-year lows on Thursday. The Dow Jones "
	             "Industrial Average dropped by 4.08%, or 280.52 points.");
	named(&f, NKG_CLASS_COUNTRY, "US");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	PARTS_ARE(&f, 0, "market-fall");
	PARTS_ARE(&f, 1, "market-fall instrument:Dow Jones Industrial Average(index)");
	assert_int_equal(f.doc.events[0].time, f.doc.events[1].time);
	assert_string_equal(f.doc.times[f.doc.events[1].time].value.ptr, "2020-01-23");
	assert_int_equal(f.doc.events[1].quantity.len, 5);
	assert_memory_equal(f.doc.events[1].quantity.ptr, "4.08%", 5);
	fx_release(&f);
}

/* A headline's market movement or launch in the present tense took place
 * on the publication date (2020-01-24 here); not one in the past, nor one
 * in a body sentence. */
static void test_things_headline_present_is_today(void **state)
{
	(void)state;
	struct fx f;
	fx_start(&f, "Shares worldwide surge due to US government plan\n\nThe FTSE 100 rose 8% in "
	             "London.");
	named(&f, NKG_CLASS_CITY, "London");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	PARTS_ARE(&f, 0, "market-rise");
	assert_string_equal(f.doc.times[f.doc.events[0].time].value.ptr, "2020-01-24");
	PARTS_ARE(&f, 1, "market-rise instrument:FTSE 100(index)");
	assert_int_equal(f.doc.events[1].time, NKG_NONE);
	fx_release(&f);

	fx_start(&f, "Shares surged due to US government plan\n\nShares surge in London.");
	named(&f, NKG_CLASS_CITY, "London");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	assert_int_equal(f.doc.events[0].time, NKG_NONE);
	assert_string_equal(f.doc.entities[f.doc.events[0].place].name.ptr, "London");
	fx_release(&f);
}

static void test_things_out_of_memory_fails_cleanly(void **state)
{
	(void)state;
	int rc = -1;
	nkg_arena_set_debug(1);
	for (unsigned long n = 1; n < 400 && rc != 0; n++) {
		struct fx f;
		fx_start(&f,
		         "Apple unveiled the iPod nano. The iPod nano is small. The Dow fell 2% "
		         "on Monday.");
		named(&f, NKG_CLASS_CORPORATION, "Apple");
		assert_int_equal(nkg_find_times(&f.doc, &f.toks), 0);
		nkg_alloc_fail_after(n, 1);
		rc = nkg_find_events(&f.doc, &f.toks);
		nkg_alloc_fail_after(0, 0);
		if (rc)
			assert_int_equal(rc, NKG_ENOMEM);
		else
			assert_int_equal(f.doc.n_events, 2);
		fx_release(&f);
	}
	assert_int_equal(rc, 0);
	nkg_arena_set_debug(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_things_launch_objects),
	        cmocka_unit_test(test_things_more_mentions_not_after_a_first_word),
	        cmocka_unit_test(test_things_launch_passives),
	        cmocka_unit_test(test_things_launch_descriptions_are_not_products),
	        cmocka_unit_test(test_things_launches_of_different_products),
	        cmocka_unit_test(test_things_market_indices),
	        cmocka_unit_test(test_things_market_not_indices),
	        cmocka_unit_test(test_things_index_pronoun),
	        cmocka_unit_test(test_things_index_takes_the_session_time),
	        cmocka_unit_test(test_things_headline_present_is_today),
	        cmocka_unit_test(test_things_out_of_memory_fails_cleanly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
