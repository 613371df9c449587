/* test_entities_names.c - canonical names and types that decide entity IRIs:
 * function words, spellings, compounds, "City, State" in running text,
 * organisation heads at a sentence start (extract/entities.c). */
#include "entities_fixture.h"
#include "extract/ner.h"

static void test_names_spelling_variants_are_one_entity(void **state)
{
	struct fixture *f = *state;
	run(f, "Lindsay Lohan checked into the Betty Ford Centre on Monday. The Betty Ford Center "
	       "in Rancho Mirage treats addiction.");
	/* named as first written; graph/iri.c gives both spellings one IRI */
	assert_string_equal(render(f), "person Lindsay Lohan\n"
	                               "org Betty Ford Centre [alt: Betty Ford Center]\n"
	                               "city Rancho Mirage [in: United States]\n"
	                               "country United States\n");
	assert_string_equal(render_mentions(f),
	                    "Lindsay Lohan>Lindsay Lohan | Betty Ford Centre>Betty Ford Centre | "
	                    "Betty Ford Center>Betty Ford Centre | Rancho Mirage>Rancho Mirage");
	/* a name written one way only is published as written; a theatre
	 * where something takes place is the building, a place (venues) */
	run(f, "Staff of the Carter Centre met the Labour Party at the Globe Theatre.");
	assert_string_equal(render(f), "org Carter Centre\n"
	                               "party Labour Party\n"
	                               "place Globe Theatre\n");
	run(f, "Officials at the Carter Center met. Staff of the CARTER CENTRE said so.");
	assert_string_equal(render(f), "org Carter Center [alt: CARTER CENTRE]\n");
}

static void test_names_organisation_head_at_sentence_start(void **state)
{
	struct fixture *f = *state;
	run(f, "Bank of America reported a loss. Government Accountability Office officials "
	       "upheld the protest.");
	assert_string_equal(render(f), "corp Bank of America\n"
	                               "org Government Accountability Office\n");
	run(f, "The Ministry of Defence said on Monday that the test had failed.");
	assert_string_equal(render(f), "gov Ministry of Defence\n");
}

static void test_names_compound_adjective_is_no_part_of_a_name(void **state)
{
	struct fixture *f = *state;
	run(f, "The sale began as a deal between Aeroflot and Chicago-based Boeing last year. "
	       "Boeing said it was pleased.");
	assert_string_equal(render(f), "org Aeroflot\norg Boeing\n");
	assert_string_equal(render_mentions(f),
	                    "Aeroflot>Aeroflot | Boeing>Boeing | Boeing>Boeing");
	/* the compound's first part runs back over the name before it: no
	 * "Los" or "New" alone */
	run(f, "He met New York-based bankers and Los Angeles-based lawyers.");
	assert_string_equal(render_mentions(f), "");
	run(f, "Analysts at New York-based Morgan Stanley agreed.");
	assert_string_equal(render_mentions(f), "Morgan Stanley>Morgan Stanley");
}

static void test_names_shouted_words_name_nobody(void **state)
{
	struct fixture *f = *state;
	run(f, "He left the court to chants of ONE MORE YEAR! ONE MORE YEAR! from the crowd.");
	assert_int_equal(f->doc.n_entities, 0);
	assert_int_equal(f->doc.n_mentions, 0);
	/* two words in capitals are no shouting, ordinary words or not */
	run(f, "He joined AMNESTY INTERNATIONAL last year.");
	assert_string_equal(render(f), "org AMNESTY INTERNATIONAL\n");
	run(f, "Fans of UNITED AIRLINES complained.");
	assert_string_equal(render(f), "org UNITED AIRLINES\n");
}

/* "Food and Drug Administration" joins an ordinary word to a head across
 * "and"; a place before "and" stays a place of its own. */
static void test_names_place_and_an_organisation(void **state)
{
	struct fixture *f = *state;
	run(f, "Envoys from Turkey and Gulf Cooperation Council states met on Monday.");
	assert_string_equal(render(f), "country Turkey\ngov Gulf Cooperation Council\n");
}

static void test_names_city_and_region_in_running_text(void **state)
{
	struct fixture *f = *state;
	/* the tagger reads "Mobile, Alabama" as one span: two places */
	run(f,
	    "The company will assemble the planes in Mobile, Alabama. Workers in Mobile cheered.");
	assert_string_equal(render(f), "area Alabama [in: United States]\n"
	                               "country United States\n"
	                               "city Mobile [in: Alabama]\n");
	assert_string_equal(render_mentions(f), "Mobile>Mobile | Alabama>Alabama | Mobile>Mobile");
	/* the region chooses the city for every mention of its name */
	run(f, "The fire broke out in Paris, Texas, on Sunday. Paris has 25,000 people.");
	assert_string_equal(render(f), "area Texas [in: United States]\n"
	                               "country United States\n"
	                               "city Paris [in: Texas]\n");
	assert_string_equal(render_mentions(f), "Paris>Paris | Texas>Texas | Paris>Paris");
	/* a state's abbreviation, split by the tokenizer from its period: the
	 * state contains the city, the abbreviation is its mention */
	run(f, "The game was played in Athens, Ga. on Saturday.");
	assert_string_equal(render(f), "area Georgia [alt: Ga.] [in: United States]\n"
	                               "country United States\n"
	                               "city Athens [in: Georgia]\n");
	assert_string_equal(render_mentions(f), "Athens>Athens | Ga.>Georgia");
	/* a list is no city and region */
	run(f, "Envoys from Washington, Georgia and Ukraine met in Kiev.");
	assert_string_equal(render(f),
	                    "city Washington D.C. [alt: Washington] [in: United States]\n"
	                    "country United States\n"
	                    "country Georgia\n"
	                    "country Ukraine\n"
	                    "city Kyiv [alt: Kiev] [in: Ukraine]\n");
	/* ... with a city the region would choose: Paris stays in France */
	run(f, "Envoys from Paris, Texas and Ukraine met in Kiev.");
	assert_string_equal(render(f), "city Paris [in: France]\n"
	                               "country France\n"
	                               "area Texas [in: United States]\n"
	                               "country United States\n"
	                               "country Ukraine\n"
	                               "city Kyiv [alt: Kiev] [in: Ukraine]\n");
	/* two pairs of one city name: each chooses its own city, the second
	 * for the mentions from it on */
	run(f, "The trucks drove from Portland, Oregon, to Portland, Texas, in five days. "
	       "Portland welcomed them.");
	assert_string_equal(render_mentions(f), "Portland>Portland | Oregon>Oregon | "
	                                        "Portland>Portland | Texas>Texas | "
	                                        "Portland>Portland");
	nkg_doc_sort_mentions(&f->doc);
	const struct nkg_mention *mt = f->doc.mentions;
	assert_int_not_equal(mt[0].target, mt[2].target);
	assert_int_equal(mt[2].target, mt[4].target);
	struct nkg_str in0 = f->doc.entities[f->doc.entities[mt[0].target].container].name;
	assert_int_equal(in0.len, 6);
	assert_memory_equal(in0.ptr, "Oregon", 6);
	assert_int_equal(f->doc.entities[mt[2].target].container, mt[3].target);
}

/* GeoNames writes some states "State of Maine", "State of Wyoming": the
 * lexicon's cities there have their state as parent (tools/lexicon/build.py),
 * so a region after the city chooses it and contains it. */
static void test_names_city_in_a_state_geonames_calls_state_of(void **state)
{
	struct fixture *f = *state;
	run(f, "The ship docked in Portland, Maine, on Friday.");
	assert_string_equal(render(f), "area Maine [in: United States]\n"
	                               "country United States\n"
	                               "city Portland [in: Maine]\n");
	assert_string_equal(render_mentions(f), "Portland>Portland | Maine>Maine");
	run(f, "In Wyoming, ranchers met in Cheyenne on Friday.");
	assert_string_equal(render(f), "area Wyoming [in: United States]\n"
	                               "country United States\n"
	                               "city Cheyenne [in: Wyoming]\n");
}

/* A name the text shows to be a made thing is no person, organisation or
 * place, there and wherever the article writes it again. */
static void test_names_products_are_no_names(void **state)
{
	struct fixture *f = *state;
	/* a colour before a make and model; the model alone later */
	run(f, "Police said a woman was hit by a silver Toyota Camry on Friday. The driver of the "
	       "Camry fled.");
	assert_int_equal(f->doc.n_entities, 0);
	assert_int_equal(f->doc.n_mentions, 0);
	/* an apposition that calls it a version of something */
	run(f, "Samsung showed Nova, the successor to its older phone. Critics liked Nova.");
	assert_string_equal(render(f), "corp Samsung\n");
	/* a model number before it, a product noun after it; the maker before
	 * the model number is part of the product's name too
	 * (makers_before_models) */
	run(f, "The airline will buy 20 Airbus 380 Superjumbo aircraft. The Superjumbo flies in "
	       "2014.");
	assert_string_equal(render_mentions(f), "");
	/* a counted plural, its other mentions and its singular */
	run(f, "He bought 12 Stratocasters last year. The Stratocasters were sold in May. Each "
	       "Stratocaster cost 2,000 dollars.");
	assert_int_equal(f->doc.n_mentions, 0);
	run(f, "Paramedics found 3 Glocks in the car. The Glocks were loaded.");
	assert_int_equal(f->doc.n_mentions, 0);
	/* a longer name that ends in it keeps the rest */
	run(f, "The museum shows 100 Polaroids taken by Andy Warhol. Visitors liked the Warhol "
	       "Polaroids and the Polaroid camera.");
	assert_string_equal(render_mentions(f), "Andy Warhol>Andy Warhol | Warhol>Andy Warhol");
}

/* What looks like such evidence and is none: a team's season, an age, a
 * picture of a person, a maker before its products, a subject after an
 * aside. */
static void test_names_products_near_misses(void **state)
{
	struct fixture *f = *state;
	run(f, "The 2008 Chiefs lost to Denver. The driver, 15-year-old Jermayne Timmons, was "
	       "held. Police said 15-year-old Timmons fled.");
	assert_string_equal(render_mentions(f),
	                    "Denver>Denver | Jermayne Timmons>Jermayne Timmons | "
	                    "Timmons>Jermayne Timmons");
	run(f, "Warhol made a blue Marilyn and a pink Marilyn. Marilyn Monroe was his subject.");
	assert_string_equal(render_mentions(f), "Warhol>Warhol | Marilyn>Marilyn Monroe | "
	                                        "Marilyn>Marilyn Monroe | "
	                                        "Marilyn Monroe>Marilyn Monroe");
	run(f, "Future Macintosh computers will use Intel processors, Intel said.");
	assert_string_equal(render_mentions(f), "Intel>Intel | Intel>Intel");
	run(f, "Apple unveiled its phone on Monday. According to Apple, the update adds 250 "
	       "features.");
	assert_string_equal(render_mentions(f), "Apple>Apple | Apple>Apple");
}

/* Words for a people or a language with no country of their own name
 * nobody alone, and "Englishman" is no part of a name: the rules' reading,
 * the tagger's input (nkg_entities_ner_input). */
static void test_names_people_words_name_nobody(void **state)
{
	struct fixture *f = *state;
	static const char text[] = "One English climber died. Englishman Robert Buckley fell.";
	struct nkg_ner_input in[16];
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(f->toks.n, 10);
	assert_int_equal(nkg_entities_ner_input(&f->doc, &f->toks, in), 0);
	assert_memory_equal(text + f->toks.toks[1].begin, "English", 7);
	assert_int_equal(in[1].hint, NKG_NER_HINT_DROPPED);
	assert_memory_equal(text + f->toks.toks[5].begin, "Englishman", 10);
	assert_int_equal(in[5].hint, NKG_NER_HINT_NONE);
	assert_int_equal(in[6].hint, NKG_NER_HINT_PERSON);
	assert_true(in[6].hint_begin);
	assert_int_equal(in[7].hint, NKG_NER_HINT_PERSON);
	run(f, "One Australian and one English climber died near Mount Cook. On Saturday "
	       "Englishman Robert Buckley fell.");
	assert_string_equal(render_mentions(f),
	                    "Mount Cook>Mount Cook | Robert Buckley>Robert Buckley");
	/* the surname of a person named in full, before a speech verb */
	run(f, "Bill English met reporters in Wellington. English said the deal was done.");
	assert_string_equal(render_mentions(f), "Bill English>Bill English | "
	                                        "Wellington>Wellington | English>Bill English");
}

/* A name right after "<place>-based" is an organisation, whatever made it a
 * person ("Northrop" is a given name), there and wherever the article
 * writes it. */
static void test_names_place_based_organisation(void **state)
{
	struct fixture *f = *state;
	run(f, "The Air Force chose Los Angeles based Northrop Grumman on Monday. Boeing said the "
	       "bid favoured Northrop.");
	assert_string_equal(render(f), "armed Air Force\n"
	                               "city Los Angeles [in: United States]\n"
	                               "country United States\n"
	                               "org Northrop Grumman [alt: Northrop]\n"
	                               "org Boeing\n");
	assert_string_equal(render_mentions(f),
	                    "Air Force>Air Force | Los Angeles>Los Angeles | "
	                    "Northrop Grumman>Northrop Grumman | Boeing>Boeing | "
	                    "Northrop>Northrop Grumman");
	/* a noun between: the person stays */
	run(f, "He met London-based artist John Smith.");
	assert_string_equal(render(f), "person John Smith\n");
	/* so does a person the text names as one: a role in an apposition */
	run(f, "The firm hired Chicago-based John Smith, a lawyer, on Monday. John Smith said "
	       "he was pleased.");
	assert_string_equal(render_mentions(f), "John Smith>John Smith | John Smith>John Smith");
	assert_int_equal(f->doc.n_entities, 1);
	assert_int_equal(f->doc.entities[0].cls, NKG_CLASS_PERSON);
}

/* A convention or art centre is a venue, a place; a bare "City Hall" is the
 * hall of the article's one city, named after it, or no entity. */
static void test_names_venues_and_city_halls(void **state)
{
	struct fixture *f = *state;
	run(f, "The event was held at the Moscone West Convention Center in San Francisco.");
	assert_string_equal(render(f), "place Moscone West Convention Center\n"
	                               "city San Francisco [in: United States]\n"
	                               "country United States\n");
	run(f, "PORTLAND, Ore. (AP) - The meeting took place at City Hall. City Hall officials "
	       "declined to comment.");
	/* the second "City Hall" too: the article writes it as a name where
	 * not every word is capitalised */
	assert_string_equal(render_mentions(f), "PORTLAND>Portland | Ore.>Oregon | AP>AP | "
	                                        "City Hall>Portland City Hall | "
	                                        "City Hall>Portland City Hall");
	run(f, "The meeting took place on Monday. City Hall officials declined to comment.");
	assert_int_equal(f->doc.n_entities, 0);
	/* "Cathay" is no alias of China ("Cathay Pacific", "Cathay Bank") */
	assert_null(nkg_lex_place_find(nkg_str_from_cstr("Cathay")));
	assert_non_null(nkg_lex_place_find(nkg_str_from_cstr("Red China")));
}

/* Pieces of job titles are no names: a title or role noun ends no name
 * and starts no person's, and splits an organisation from the person after
 * it. */
static void test_names_job_titles_are_no_names(void **state)
{
	struct fixture *f = *state;
	/* a tagger span of a title alone */
	run(f, "He was named Sixers Head Coach on Monday.");
	assert_int_equal(f->doc.n_mentions, 0);
	/* after a club, before a person */
	run(f, "Taking over is the former Denver Nuggets Coach.");
	assert_string_equal(render(f), "org Denver Nuggets\n");
	run(f, "Philadelphia 76ers President and General Manager Billy King announced it.");
	assert_string_equal(render_mentions(f),
	                    "Philadelphia 76ers>Philadelphia 76ers | Billy King>Billy King");
	/* an organisation head, then a title and a person, or a role */
	run(f, "Lohan lawyer Mark Heller told L.A. Superior Court Judge James R. Dabney that she "
	       "had checked in.");
	assert_string_equal(render_mentions(f), "Mark Heller>Mark Heller | "
	                                        "L.A. Superior Court>L.A. Superior Court | "
	                                        "James R. Dabney>James R. Dabney");
	run(f, "Jeff Rathke, the State Department Spokesperson, said the talks would go on.");
	assert_string_equal(render(f), "person Jeff Rathke\norg State Department\n");
	/* not after a connector, nor a given name and one such word */
	run(f, "The Ministry of Defence said so. Mike Judge spoke.");
	assert_string_equal(render(f), "gov Ministry of Defence\nperson Mike Judge\n");
}

/* A list of places joined by "and" is no organisation, however the tagger
 * reads it. */
static void test_names_list_of_places_joined_by_and(void **state)
{
	struct fixture *f = *state;
	run(f, "Leaders of Bosnia and Herzegovina and Trinidad and Tobago and Bosnia and "
	       "Herzegovina and Trinidad and Tobago and Bosnia and Herzegovina met on Monday.");
	assert_string_equal(render(f), "country Bosnia [alt: Bosnia and Herzegovina]\n"
	                               "country Trinidad & Tobago [alt: Trinidad and Tobago]\n");
	assert_int_equal(f->doc.n_mentions, 5);
}

static void test_names_club_named_in_the_singular(void **state)
{
	struct fixture *f = *state;
	run(f, "The Kansas City Chiefs lost. They were on the Colts 27-yard line when the "
	       "Indianapolis Colt defense held.");
	assert_string_equal(render(f), "org Kansas City Chiefs\n"
	                               "org Indianapolis Colts [alt: Indianapolis Colt; Colts]\n");
	/* a city that is also a given name, before an ordinary plural */
	run(f, "The Chiefs beat the Cleveland Browns on Sunday.");
	assert_string_equal(render(f), "org Cleveland Browns\n");
	/* without the plural in the article the name stays as written */
	run(f, "The Kansas City Star reported the fire.");
	assert_string_equal(render(f), "org Kansas City Star\n");
}

static void test_names_shared_given_name_goes_to_the_nearest_before(void **state)
{
	struct fixture *f = *state;
	run(f, "Jermayne Timmons was charged on Monday. \"Jermayne fired the shot,\" a witness "
	       "said. Jermayne Taylor testified later.");
	assert_string_equal(render(f), "person Jermayne Timmons [alt: Jermayne]\n"
	                               "person Jermayne Taylor\n");
	nkg_doc_sort_mentions(&f->doc);
	const struct nkg_mention *m = &f->doc.mentions[1];
	assert_string_equal(m->rule, "entities.coref.given-name-ambiguous");
	assert_true(m->confidence == 0.5f);
}

static void test_names_foreign_article_starts_an_organisation(void **state)
{
	struct fixture *f = *state;
	run(f, "The German magazine Der Spiegel reported the problem, as did Le Monde.");
	assert_string_equal(render(f), "org Der Spiegel\norg Le Monde\n");
	run(f, "French far-right leader Marine Le Pen spoke.");
	assert_string_equal(render(f), "person Marine Le Pen [role: leader]\n");
	/* a surname with an article is no organisation where the article
	 * writes it after a given name (even a weak one at a sentence start),
	 * and it names that person */
	run(f, "Marine Le Pen won 41 percent. Le Pen said on Sunday she was pleased.");
	assert_string_equal(render(f), "person Marine Le Pen [alt: Le Pen]\n");
	run(f, "Marine Le Pen won 41 percent on Sunday.");
	assert_string_equal(render(f), "person Marine Le Pen\n");
	run(f, "Jean-Yves Le Drian flew to Mali. Le Drian said the talks went well.");
	assert_string_equal(render(f), "person Jean-Yves Le Drian [alt: Le Drian]\n"
	                               "country Mali\n");
	/* of two people with that surname, neither */
	run(f, "Marine Le Pen and Jean-Marie Le Pen spoke. Le Pen said so.");
	assert_string_equal(render(f), "person Marine Le Pen\nperson Jean-Marie Le Pen\n"
	                               "person Le Pen\n");
	/* a nickname in quotes after a given name */
	run(f, "Police caught Joaquin \"El Chapo\" Guzman. El Chapo had escaped twice.");
	assert_string_equal(render_mentions(f), "El Chapo>El Chapo | Guzman>Guzman | "
	                                        "El Chapo>El Chapo");
	assert_int_equal(f->doc.entities[0].cls, NKG_CLASS_PERSON);
	/* a given name or a title after the article starts a person's name */
	run(f, "Reporters asked Le Roy about the plan.");
	assert_string_equal(render(f), "person Le Roy\n");
	run(f, "Officials met El General on Monday.");
	assert_string_equal(render(f), "person El General\n");
	/* a word in front that is no name keeps the newspaper */
	run(f, "Yesterday Le Monde reported the deal. Le Monde said it was done.");
	assert_string_equal(render(f), "org Le Monde\n");
}

/* The table of surnames with an article can fail to allocate: a clean
 * error, no leak (ASan). */
static void test_names_foreign_surname_out_of_memory(void **state)
{
	struct fixture *f = *state;
	static const char text[] = "Marine Le Pen won 41 percent. Le Pen said she was pleased.";
	assert_true(fail_each_allocation(f, text) > 5);
	assert_string_equal(render(f), "person Marine Le Pen [alt: Le Pen]\n");
}

/* A time word or sentence adverb before an organisation head at a sentence
 * start is no part of its name (a legislature's head alone is one:
 * legislatures_alone). */
static void test_names_sentence_adverb_before_a_head(void **state)
{
	struct fixture *f = *state;
	run(f, "Yesterday Congress passed the bill.");
	assert_string_equal(render_mentions(f), "Congress>Congress");
	run(f, "Meanwhile Parliament voted. Today Parliament met again.");
	assert_string_equal(render_mentions(f), "Parliament>Parliament | Parliament>Parliament");
	run(f, "Meanwhile Council voted.");
	assert_string_equal(render(f), "");
	/* an ordinary word that is part of the name stays */
	run(f, "Amnesty International said on Monday the trial was unfair.");
	assert_string_equal(render(f), "org Amnesty International\n");
}

static void test_names_title_case_words_from_the_tagger(void **state)
{
	struct fixture *f = *state;
	/* a capitalised function word is no part of the name ("Malibu Rehab",
	 * a place for the taggers of sessions 10 and 12, was nothing for that
	 * of session 11) */
	run(f, "Lindsay Lohan Checks Out Of Betty Ford Treatment Center And Into Malibu Rehab\n\n"
	       "Lindsay Lohan left the clinic.");
	assert_string_equal(render(f), "person Lindsay Lohan\n"
	                               "org Betty Ford Treatment Center\n"
	                               "place Malibu Rehab\n");
	/* an ordinary word after "of the" ends an award, no person */
	run(f, "Tyler Hansbrough, who was crowned the National Player of the Year, moved into "
	       "the top spot. He hopes to repeat as Player of the Year.");
	assert_string_equal(render(f), "person Tyler Hansbrough\n");
	/* ordinary words of a title-case line are no person */
	run(f, "San Diego Chargers Defensive Tackle Faces DUI Charges\n\n"
	       "Jamal Williams was arrested.");
	assert_string_equal(render(f), "city San Diego [in: United States]\n"
	                               "country United States\n"
	                               "person Jamal Williams\n");
}

/* Every allocation of the new passes (city and region, clubs in the
 * singular, spellings) can fail: a clean error each time, no leak (ASan). */
/* Organisation heads of unions, studios and firms (cues.tsv): the words
 * before them are the organisation's, not a person or a place ("Bokeh" was
 * a place). */
static void test_names_union_studio_and_firm_heads(void **state)
{
	struct fixture *f = *state;
	run(f, "The Confederation of Chilean Workers said on Monday it would strike.");
	assert_string_equal(render(f), "org Confederation of Chilean Workers\n");
	run(f, "Zenimax Studios said on Monday it would cut 200 jobs.");
	assert_string_equal(render(f), "org Zenimax Studios\n");
	run(f, "Kim Forrest, chief investment officer at Bokeh Capital Partners, said so.");
	assert_string_equal(render_mentions(f), "Kim Forrest>Kim Forrest | "
	                                        "Bokeh Capital Partners>Bokeh Capital Partners");
}

static void test_names_software_and_movements_are_nobody(void **state)
{
	struct fixture *f = *state;
	/* a browser the text shows as software, there and wherever the article
	 * writes it */
	run(f, "Users downloaded the Firefox browser on Monday. Version 3 of Firefox fixed the "
	       "bug, and Firefox gained share.");
	assert_string_equal(render(f), "");
	run(f, "Engineers released version 2 of Gigaloader on Friday.");
	assert_string_equal(render(f), "");
	/* a religion is no person; its church is an organisation */
	run(f, "The Church of Scientology said that Scientology was attacked by hackers.");
	assert_string_equal(render(f), "org Church of Scientology\n");
}

static void test_names_people_words_are_nobody(void **state)
{
	struct fixture *f = *state;
	/* "Western" is also a subdivision of Fiji; "Briton" a noun for a people */
	run(f, "The nation was shedding its past, but Western observers said nothing had "
	       "changed.");
	assert_string_equal(render(f), "");
	run(f, "Briton John Smith won the race. The Briton said two Britons had helped him.");
	assert_string_equal(render(f), "person John Smith\n");
}

static void test_names_job_title_before_a_given_name(void **state)
{
	struct fixture *f = *state;
	run(f, "Santa Monica Chief Deputy City Attorney Terry White confirmed it on Thursday. "
	       "White said she was in rehab.");
	assert_string_equal(render(f), "city Santa Monica [in: United States]\n"
	                               "country United States\n"
	                               "person Terry White [alt: White]\n");
}

static void test_names_numbered_club_town_of_and_portfolio(void **state)
{
	struct fixture *f = *state;
	/* a city and a numbered plural is a club, not the city */
	run(f, "The Philadelphia 76ers fired their coach on Saturday.");
	assert_string_equal(render(f), "org Philadelphia 76ers\n");
	run(f, "In the 1990s Philadelphia grew.");
	assert_string_equal(render(f), "city Philadelphia [in: United States]\n"
	                               "country United States\n");
	/* "the town of X": a place, not a person */
	run(f, "South Korea evacuated 80 people in the town of Yeoncheon after a shell landed.");
	assert_string_equal(render(f), "country South Korea\n"
	                               "city Yeoncheon\n");
	/* a title and an ordinary plural before a role noun: a portfolio */
	run(f, "Maxime Bernier resigned as Foreign Affairs minister in May.");
	assert_string_equal(render(f), "person Maxime Bernier\n");
}

static void test_names_foreign_subdivision_unnamed_country(void **state)
{
	struct fixture *f = *state;
	/* Meta is also a department of Colombia, which the article never names */
	run(f, "The FTC sued Meta on Tuesday.");
	assert_string_equal(render(f), "org FTC\n");
	/* after a place preposition, or with its country named, it stays */
	run(f, "Floods hit the department of Meta on Tuesday.");
	assert_string_equal(render(f), "area Meta [in: Colombia]\n"
	                               "country Colombia\n");
	run(f, "Colombia said Meta was flooded.");
	assert_string_equal(render(f), "country Colombia\n"
	                               "area Meta [in: Colombia]\n");
	/* a US state alone stays a place */
	run(f, "Texas sued the company on Tuesday.");
	assert_string_equal(render(f), "area Texas [in: United States]\n"
	                               "country United States\n");
}

/* A compass word after a place belongs to the tagger's span of the place
 * ("Kowloon West", a constituency): whether the tagger names it is its own
 * (models differ), but never as the city Kowloon. */
static void test_names_compass_word_after_a_place(void **state)
{
	struct fixture *f = *state;
	run(f, "In the Kowloon West geographical constituency, Ann Chiang was re-elected.");
	assert_null(strstr(render_mentions(f), "Kowloon>"));
	assert_non_null(strstr(render(f), "person Ann Chiang\n"));
	/* at a sentence start a compass word is an ordinary word */
	run(f, "Turnout in Kowloon rose. West of the harbour it fell.");
	assert_string_equal(render_mentions(f), "Kowloon>Kowloon");
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The lines of text (each ending in a newline) in byte order. */
static const char *sorted_lines(const char *text)
{
	static char out[4096];
	char copy[4096], *lines[64];
	size_t n = 0;
	assert_true(strlen(text) < sizeof(copy));
	strcpy(copy, text);
	for (char *p = copy, *nl; *p && (nl = strchr(p, '\n')); p = nl + 1) {
		assert_true(n < sizeof(lines) / sizeof(lines[0]));
		*nl = '\0';
		lines[n++] = p;
	}
	qsort(lines, n, sizeof(lines[0]), cmp_line);
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		strcat(out, lines[i]);
		strcat(out, "\n");
	}
	return out;
}

/* A place whose settlement or street word is part of its name ("Sadr
 * City", "Tahrir Square", "the Old Town") keeps the place the text puts
 * it in ("in Baghdad", "of Prague"), as "the Jadiriyah district of
 * Baghdad" does (the container was looked for one token too far). */
static void test_names_own_cue_place_and_its_container(void **state)
{
	struct fixture *f = *state;
	run(f, "Gunmen attacked Sadr City in Baghdad. Crowds filled Tahrir Square in Cairo.");
	assert_string_equal(sorted_lines(render(f)), "city Baghdad [in: Iraq]\n"
	                                             "city Cairo [in: Egypt]\n"
	                                             "city Sadr City [in: Baghdad]\n"
	                                             "country Egypt\n"
	                                             "country Iraq\n"
	                                             "place Tahrir Square [in: Cairo]\n");
	/* a settlement's or a province's word before "of" and its name: the
	 * run is where it is, no settlement itself nor inside it */
	run(f, "Erdogan spoke in the Black Sea city of Trabzon. He is from the Black Sea "
	       "province of Trabzon.");
	assert_string_equal(sorted_lines(render(f)), "city Trabzon [in: Turkey]\n"
	                                             "country Turkey\n"
	                                             "person Erdogan\n"
	                                             "place Black Sea\n");
	/* a quantifier before a settlement's word names nothing */
	run(f, "\"Every town in New Zealand will share the grief,\" Key said.");
	assert_string_equal(sorted_lines(render(f)), "country New Zealand\n");
	/* an area's word between ("the Sadr City district of Baghdad"); a
	 * region of a state is inside it */
	run(f, "A bomb exploded in the Sadr City district of Baghdad. Ranchers in the Panhandle "
	       "region of Texas lost cattle.");
	assert_string_equal(sorted_lines(render(f)), "area Panhandle [in: Texas]\n"
	                                             "area Texas [in: United States]\n"
	                                             "city Baghdad [in: Iraq]\n"
	                                             "city Sadr City [in: Baghdad]\n"
	                                             "country Iraq\n"
	                                             "country United States\n");
	/* a gazetteer place of another country than the text's is not the
	 * place meant: Iran's Kurdistan province is not Iraq's region */
	run(f, "Fighting raged in the Kurdistan region of Iraq.");
	assert_string_equal(sorted_lines(render(f)), "area Kurdistan [in: Iraq]\n"
	                                             "country Iraq\n");
	/* which names do not tell a place from others (shared_name): ordinary
	 * words with a place word, not one word nor a name of its own */
	run(f, "Police raided the Jadiriyah district of Baghdad and the Old Town of Prague. "
	       "Troops returned to the Swat district of Pakistan.");
	for (uint32_t i = 0; i < f->doc.n_entities; i++) {
		const struct nkg_entity *e = &f->doc.entities[i];
		bool old_town = e->name.len == 8 && memcmp(e->name.ptr, "Old Town", 8) == 0;
		assert_int_equal(e->shared_name, old_town);
	}
	run(f, "Tourists crowded the Old Town of Prague on Sunday.");
	assert_string_equal(sorted_lines(render(f)), "city Old Town [in: Prague]\n"
	                                             "city Prague [in: Czechia]\n"
	                                             "country Czechia\n");
}

static void test_names_out_of_memory(void **state)
{
	struct fixture *f = *state;
	static const char text[] =
	        "The Colts and the Indianapolis Colt defense met in Mobile, Alabama, near the "
	        "Betty Ford Centre. Bank of America and Chicago-based Boeing agreed.";
	assert_true(fail_each_allocation(f, text) > 20);
	/* the order of the entities is the order the tagger's spans and the
	 * rules' chunks made them in, which differs from model to model
	 * ("Mobile, Alabama" as one span of the tagger or two): compared
	 * sorted */
	assert_string_equal(sorted_lines(render(f)),
	                    "area Alabama [in: United States]\n"
	                    "city Mobile [in: Alabama]\n"
	                    "corp Bank of America\n"
	                    "country United States\n"
	                    "org Betty Ford Centre\n"
	                    "org Boeing\n"
	                    "org Indianapolis Colts [alt: Indianapolis Colt; Colts]\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	        T(test_names_spelling_variants_are_one_entity),
	        T(test_names_organisation_head_at_sentence_start),
	        T(test_names_compound_adjective_is_no_part_of_a_name),
	        T(test_names_shouted_words_name_nobody),
	        T(test_names_place_and_an_organisation),
	        T(test_names_city_and_region_in_running_text),
	        T(test_names_city_in_a_state_geonames_calls_state_of),
	        T(test_names_products_are_no_names),
	        T(test_names_products_near_misses),
	        T(test_names_people_words_name_nobody),
	        T(test_names_place_based_organisation),
	        T(test_names_venues_and_city_halls),
	        T(test_names_job_titles_are_no_names),
	        T(test_names_list_of_places_joined_by_and),
	        T(test_names_club_named_in_the_singular),
	        T(test_names_shared_given_name_goes_to_the_nearest_before),
	        T(test_names_foreign_article_starts_an_organisation),
	        T(test_names_foreign_surname_out_of_memory),
	        T(test_names_sentence_adverb_before_a_head),
	        T(test_names_title_case_words_from_the_tagger),
	        T(test_names_union_studio_and_firm_heads),
	        T(test_names_software_and_movements_are_nobody),
	        T(test_names_people_words_are_nobody),
	        T(test_names_job_title_before_a_given_name),
	        T(test_names_numbered_club_town_of_and_portfolio),
	        T(test_names_foreign_subdivision_unnamed_country),
	        T(test_names_compass_word_after_a_place),
	        T(test_names_own_cue_place_and_its_container),
	        T(test_names_out_of_memory),
#undef T
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
