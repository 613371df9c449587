/* test_extract_entities.c - people, organisations and places, coreference,
 * roles, nationality and containment, on short texts and the sample article. */
#include "entities_fixture.h"
#include "extract/ner.h"

static void test_entities_title_role_and_nationality(void **state)
{
	struct fixture *f = *state;
	run(f, "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin "
	       "on Tuesday.");
	assert_string_equal(render(f), "person Emmanuel Macron [role: President] [nat: France]\n"
	                               "person Angela Merkel [role: Chancellor] [nat: Germany]\n"
	                               "city Berlin [in: Germany]\n"
	                               "country Germany\n"
	                               "country France\n");
	assert_string_equal(render_mentions(f), "Emmanuel Macron>Emmanuel Macron | "
	                                        "Angela Merkel>Angela Merkel | Berlin>Berlin");
}

static void test_entities_religion_after_a_new_nationality(void **state)
{
	struct fixture *f = *state;
	/* Iran, the nationality, is the ninth entity: adding it moves the
	 * array of eight, and the religion set after it must not go to the
	 * old copy. */
	run(f, "Mr. Ali Hassan, Mr. Omar Said, Mr. Zaid Karim, Mr. Samir Nouri, Mr. Hadi Amiri, "
	       "Mr. Jamal Faleh and Mr. Adel Mahdi met. Shia Iranian President Hassan Rouhani "
	       "spoke.");
	assert_int_equal(f->doc.n_entities, 9);
	assert_string_equal(render(f), "person Ali Hassan [alt: Mr. Ali Hassan]\n"
	                               "person Omar Said [alt: Mr. Omar Said]\n"
	                               "person Zaid Karim [alt: Mr. Zaid Karim]\n"
	                               "person Samir Nouri [alt: Mr. Samir Nouri]\n"
	                               "person Hadi Amiri [alt: Mr. Hadi Amiri]\n"
	                               "person Jamal Faleh [alt: Mr. Jamal Faleh]\n"
	                               "person Adel Mahdi [alt: Mr. Adel Mahdi]\n"
	                               "person Hassan Rouhani [role: President] [nat: Iran] "
	                               "[religion: Shia Islam]\n"
	                               "country Iran\n");
}

static void test_entities_country_modifier_is_a_place_mention(void **state)
{
	struct fixture *f = *state;
	run(f, "A US strike killed Iranian Lt. Gen. Qassem Soleimani. Later, US Defense Secretary "
	       "Mark Esper said Soleimani had been planning attacks.");
	assert_string_equal(
	        render(f), "country United States [alt: US]\n"
	                   "person Qassem Soleimani [alt: Soleimani] [role: Lt. Gen.] [nat: Iran]\n"
	                   "person Mark Esper [role: Defense Secretary] [nat: United States]\n"
	                   "country Iran\n");
	assert_string_equal(
	        render_mentions(f),
	        "US>United States | Qassem Soleimani>Qassem Soleimani | "
	        "US>United States | Mark Esper>Mark Esper | Soleimani>Qassem Soleimani");
}

static void test_entities_sentence_initial_common_words(void **state)
{
	struct fixture *f = *state;
	run(f,
	    "Huge crowds gathered in Cairo. Some waved flags.\n\nLong opposed to the law, "
	    "Military factions marched. Crowd of people chanted \xe2\x80\x9cGet out!\xe2\x80\x9d "
	    "On Friday, January 3, they left.");
	assert_string_equal(render(f), "city Cairo [in: Egypt]\ncountry Egypt\n");
	assert_string_equal(render_mentions(f), "Cairo>Cairo");
}

static void test_entities_demonyms_are_not_places(void **state)
{
	struct fixture *f = *state;
	run(f, "Iraqis and Iranian officials met American diplomats and Iraqi groups.");
	assert_string_equal(render(f), "");
	assert_int_equal(f->doc.n_mentions, 0);
}

static void test_entities_religions_are_attributes(void **state)
{
	struct fixture *f = *state;
	run(f, "Shia cleric Muqtada al-Sadr met Sunni lawmaker Ahmed Karim. A Muslim woman named "
	       "Yvonne Hiller spoke. Muslims and Christians prayed. She became a born-again "
	       "Christian and worked for Billy Graham.");
	assert_string_equal(render(f),
	                    "person Muqtada al-Sadr [role: cleric] [religion: Shia Islam]\n"
	                    "person Ahmed Karim [role: lawmaker] [religion: Sunni Islam]\n"
	                    "person Yvonne Hiller [religion: Islam]\n"
	                    "person Billy Graham\n");
}

static void test_entities_particles(void **state)
{
	struct fixture *f = *state;
	run(f, "Egyptian leader Abdel Fattah el-Sisi praised Ursula von der Leyen. The killing of "
	       "Osama bin Laden was recalled. Sisi spoke later.");
	assert_string_equal(render(f),
	                    "person Abdel Fattah el-Sisi [alt: Sisi] [role: leader] [nat: Egypt]\n"
	                    "person Ursula von der Leyen\n"
	                    "person Osama bin Laden\n"
	                    "country Egypt\n");
	assert_string_equal(render_mentions(f),
	                    "Abdel Fattah el-Sisi>Abdel Fattah el-Sisi | "
	                    "Ursula von der Leyen>Ursula von der Leyen | "
	                    "Osama bin Laden>Osama bin Laden | Sisi>Abdel Fattah el-Sisi");
}

static void test_entities_shared_surname_stays_two_people(void **state)
{
	struct fixture *f = *state;
	run(f, "George Bush and Laura Bush visited Dallas. Bush said it was hot.");
	assert_string_equal(render(f), "person George Bush\n"
	                               "person Laura Bush [alt: Bush]\n"
	                               "city Dallas [in: United States]\n"
	                               "country United States\n");
	/* The bare surname goes to the nearest full name before it, with low confidence. */
	nkg_doc_sort_mentions(&f->doc);
	const struct nkg_mention *last = &f->doc.mentions[f->doc.n_mentions - 1];
	assert_memory_equal(f->doc.text + last->span.begin, "Bush", 4);
	assert_string_equal(last->rule, "entities.coref.surname-ambiguous");
	assert_true(last->confidence < 0.6f);
}

static void test_entities_surname_before_full_name(void **state)
{
	struct fixture *f = *state;
	/* Headline first, full name later: still one person. */
	run(f, "Sadr supporters rally\n\nShia cleric Muqtada al-Sadr called the rally. "
	       "Supporters of al-Sadr came. A representative read a statement by the "
	       "influential cleric.");
	assert_string_equal(render(f), "person Muqtada al-Sadr [alt: Sadr; al-Sadr] [role: cleric] "
	                               "[religion: Shia Islam]\n");
	assert_string_equal(render_mentions(f),
	                    "Sadr>Muqtada al-Sadr | Muqtada al-Sadr>Muqtada al-Sadr | "
	                    "al-Sadr>Muqtada al-Sadr | influential cleric>Muqtada al-Sadr");
}

static void test_entities_acronym_definition(void **state)
{
	struct fixture *f = *state;
	run(f, "The Islamic Revolutionary Guard Corps (IRGC) fired missiles. Officials of the "
	       "IRGC said more would follow. NATO condemned it.");
	assert_string_equal(render(f), "gov Islamic Revolutionary Guard Corps [alt: IRGC]\n"
	                               "org NATO\n");
	assert_string_equal(render_mentions(f),
	                    "Islamic Revolutionary Guard Corps>Islamic Revolutionary Guard Corps | "
	                    "IRGC>Islamic Revolutionary Guard Corps | "
	                    "IRGC>Islamic Revolutionary Guard Corps | NATO>NATO");
}

static void test_entities_surname_wins_over_town(void **state)
{
	struct fixture *f = *state;
	/* Jackson is a town in the gazetteer, and the surname of the person
	 * named in full before: one kind per name, the person.  A city and a
	 * plural word are a club. */
	run(f, "San Diego Chargers receiver Vincent Jackson was arrested on Tuesday. "
	       "Police released Jackson later.");
	assert_string_equal(render(f), "org San Diego Chargers\n"
	                               "person Vincent Jackson [alt: Jackson]\n");
	assert_string_equal(render_mentions(f), "San Diego Chargers>San Diego Chargers | "
	                                        "Vincent Jackson>Vincent Jackson | "
	                                        "Jackson>Vincent Jackson");
}

/* run() with the metadata stage first, which reads the dateline. */
static void run_with_metadata(struct fixture *f, const char *text)
{
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_metadata(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities(&f->doc, &f->toks), 0);
}

/* The id of the gazetteer place named name in the article, or "". */
static const char *lex_id_of(struct fixture *f, const char *name)
{
	for (uint32_t i = 0; i < f->doc.n_entities; i++) {
		const struct nkg_entity *e = &f->doc.entities[i];
		if (nkg_str_eq(e->name, nkg_str_from_cstr(name)))
			return e->lex_id.ptr ? e->lex_id.ptr : "";
	}
	return "";
}

static void test_entities_dateline_region_chooses_the_city(void **state)
{
	struct fixture *f = *state;
	/* The city of the dateline's region, for every mention of its name. */
	run_with_metadata(f, "Storm\n\nPARIS, Texas (AP) \xe2\x80\x94 A storm hit Paris on "
	                     "Monday.\n\nMore rain is due.\n");
	assert_string_equal(render(f), "area Texas [in: United States]\n"
	                               "country United States\n"
	                               "city Paris [in: Texas]\n"
	                               "news AP\n");
	assert_string_equal(render_mentions(f), "PARIS>Paris | Texas>Texas | AP>AP | Paris>Paris");
	assert_string_equal(lex_id_of(f, "Paris"), "city:US:paris");
	/* The region's name is the region that holds the city: the state. */
	run_with_metadata(f, "Rally\n\nATHENS, Georgia (AP) \xe2\x80\x94 Students in Athens "
	                     "marched across Georgia.\n\nMore follows.\n");
	assert_string_equal(lex_id_of(f, "Athens"), "city:US:athens");
	assert_string_equal(lex_id_of(f, "Georgia"), "US-GA");
	/* AP's abbreviations of states. */
	run_with_metadata(f, "Fire\n\nBIRMINGHAM, Ala. (AP) \xe2\x80\x94 A fire in Birmingham "
	                     "destroyed a church.\n\nMore follows.\n");
	assert_string_equal(lex_id_of(f, "Birmingham"), "city:US:birmingham");
	run_with_metadata(f, "Study\n\nCAMBRIDGE, Mass. (AP) \xe2\x80\x94 Researchers in "
	                     "Cambridge said so.\n\nMore follows.\n");
	assert_string_equal(lex_id_of(f, "Cambridge"), "city:US:cambridge");
	/* Without a region, or with one holding no city of the name, the
	 * gazetteer's best city stays. */
	run_with_metadata(f, "Storm\n\nPARIS (AP) \xe2\x80\x94 A storm hit Paris.\n\nMore.\n");
	assert_string_equal(lex_id_of(f, "Paris"), "city:FR:paris");
	run_with_metadata(f, "Storm\n\nPARIS, Atlantis (AP) \xe2\x80\x94 A storm hit Paris."
	                     "\n\nMore.\n");
	assert_string_equal(lex_id_of(f, "Paris"), "city:FR:paris");
	run_with_metadata(f, "Rally\n\nATHENS, Greece (AP) \xe2\x80\x94 Students in Athens "
	                     "marched.\n\nMore follows.\n");
	assert_string_equal(lex_id_of(f, "Athens"), "city:GR:athens");
}

static void test_entities_name_in_apposition_to_a_place_noun(void **state)
{
	struct fixture *f = *state;
	/* A place whatever its particles: not the person "La Moneda". */
	run(f, "Protesters gathered outside the presidential palace, La Moneda. "
	       "Police fired tear gas near the stadium, Estadio Nacional, on Friday.");
	assert_string_equal(render(f), "place La Moneda\n"
	                               "place Estadio Nacional\n");
	assert_string_equal(render_mentions(f), "La Moneda>La Moneda | "
	                                        "Estadio Nacional>Estadio Nacional");
	/* The subject of a verb after the comma is no apposition. */
	run(f, "Crowds waited outside the palace, Maria Lopez said.");
	assert_string_equal(render(f), "person Maria Lopez\n");
}

static void test_entities_town_as_subject_of_a_person_verb(void **state)
{
	struct fixture *f = *state;
	/* Obama is a town in Japan; met, said: a person when the tagger reads
	 * one of its mentions as one ("In Paris, Obama met"); "in Obama" stays
	 * the town. */
	/* "Vladimir Putin" in full: "Putin" alone is the tagger's to name,
	 * and the model retrained after session 5 does not */
	run(f, "Obama met Vladimir Putin in Paris. Obama said the talks went well. "
	       "In Paris, Obama met reporters. Police in Obama said the festival drew crowds.");
	assert_string_equal(render_mentions(f), "Obama>Obama | Vladimir Putin>Vladimir Putin | "
	                                        "Paris>Paris | Obama>Obama | Paris>Paris | "
	                                        "Obama>Obama | Obama>Obama");
	assert_string_equal(render(f), "person Obama\n"
	                               "person Vladimir Putin\n"
	                               "city Paris [in: France]\n"
	                               "country France\n"
	                               "city Obama [in: Japan]\n"
	                               "country Japan\n");
	/* A name of the names list needs no tagger: Jackson, Mississippi. */
	run(f, "Jackson said he agreed.");
	assert_string_equal(render(f), "person Jackson\n");
	/* A town after a place preposition, or a capital, stays a place. */
	run(f, "Talks in Jackson ended. Paris said it would not attend.");
	assert_string_equal(render(f), "city Jackson [in: United States]\n"
	                               "country United States\n"
	                               "city Paris [in: France]\n"
	                               "country France\n");
}

static void test_entities_short_capitals_are_no_towns(void **state)
{
	struct fixture *f = *state;
	/* "GAO" only matches the Gao region of Mali because the gazetteer
	 * ignores case; "DUI" and "EST" are abbreviations, not names. */
	run(f, "Boeing filed a protest with the GAO in March. The GAO upheld it.");
	assert_null(strstr(render(f), "Gao"));
	assert_null(strstr(render(f), "Mali"));
	run(f, "He was arrested for DUI at 2 a.m. EST on Sunday.");
	assert_string_equal(render(f), "");
}

static void test_entities_sentence_initial_name_from_tagger(void **state)
{
	struct fixture *f = *state;
	/* A capitalised-anyway word alone: named when the tagger's own
	 * evidence for a name is strong, not when it is an ordinary word. */
	run(f, "Microsoft released a patch on Tuesday.");
	assert_string_equal(render(f), "org Microsoft\n");
	assert_string_equal(render_mentions(f), "Microsoft>Microsoft");
	run(f, "Police arrested two men.");
	assert_string_equal(render(f), "");
}

/* text without the possessives that end a mention ("Lohan's>", "CHARGERS'>"
 * as "Lohan>", "CHARGERS>"): whether a mention holds one is the tagger's
 * span's (see the top comment of extract/entities.c). */
static const char *no_possessive(const char *text)
{
	static char out[1024];
	size_t n = 0;
	assert_true(strlen(text) < sizeof(out));
	for (const char *p = text; *p; p++) {
		if (p[0] == '\'' && p[1] == 's' && p[2] == '>')
			p++;
		else if (!(p[0] == '\'' && p[1] == '>'))
			out[n++] = *p;
	}
	out[n] = '\0';
	return out;
}

static void test_entities_possessive_is_no_part_of_a_name(void **state)
{
	struct fixture *f = *state;
	run(f, "Lindsay Lohan checks into rehab\n\nCNN says Lohan's lawyer, Mark Heller, made "
	       "the arrangements for Lohan. Turkmenistan's president spoke.");
	assert_string_equal(render(f), "person Lindsay Lohan [alt: Lohan]\n"
	                               "person Mark Heller\n"
	                               "country Turkmenistan\n"
	                               "org CNN\n");
	/* The mention may hold the possessive when the tagger's span does
	 * (models retrained for other rules have and have not in turn: compared
	 * without it); the entity's name never does. */
	assert_string_equal(
	        no_possessive(render_mentions(f)),
	        "Lindsay Lohan>Lindsay Lohan | CNN>CNN | Lohan>Lindsay Lohan | "
	        "Mark Heller>Mark Heller | Lohan>Lindsay Lohan | Turkmenistan>Turkmenistan");
}

static void test_entities_legal_form_and_units_of_organisations(void **state)
{
	struct fixture *f = *state;
	run(f, "Microsoft released a patch. Mike Reavey, director of the Microsoft Security "
	       "Response Center, urged users to install it. Microsoft Corp. said more would "
	       "follow. Microsoft declined to comment.");
	assert_string_equal(
	        render(f),
	        "person Mike Reavey [role: director@Microsoft Security Response Center]\n"
	        "org Microsoft Security Response Center\n"
	        "corp Microsoft [alt: Microsoft Corp.]\n");
	assert_string_equal(
	        render_mentions(f),
	        "Microsoft>Microsoft | Mike Reavey>Mike Reavey | "
	        "Microsoft Security Response Center>Microsoft Security Response Center | "
	        "Microsoft Corp.>Microsoft | Microsoft>Microsoft");
}

/* A legal form, or "and" between two organisations, ends an organisation's name. */
static void test_entities_legal_form_ends_the_name(void **state)
{
	struct fixture *f = *state;
	run(f, "Shares rose after Apple Inc. CEO Steve Jobs spoke.");
	assert_string_equal(render(f),
	                    "corp Apple [alt: Apple Inc.]\nperson Steve Jobs [role: CEO]\n");
	assert_string_equal(render_mentions(f), "Apple Inc.>Apple | Steve Jobs>Steve Jobs");
	/* "and" between two organisations with heads of their own */
	run(f, "Scientists of the Massachusetts Institute of Technology and the University of "
	       "Sheffield wrote it. The Ministry of Trade and Industry agreed.");
	assert_string_equal(render_mentions(f),
	                    "Massachusetts Institute of Technology>Massachusetts Institute of "
	                    "Technology | University of Sheffield>University of Sheffield | "
	                    "Ministry of Trade and Industry>Ministry of Trade and Industry");
	/* at the start of a line, where "Apple" is an ordinary word: the legal
	 * form after it makes it a name */
	run(f, "Apple Inc. CEO Steve Jobs on medical leave\n\nHe said so.");
	assert_string_equal(render_mentions(f), "Apple Inc.>Apple | Steve Jobs>Steve Jobs");
}

/* An ordinary word is a name where the article uses it as one: written
 * capitalised mid-sentence elsewhere, never in lower case. */
static void test_entities_ordinary_word_used_as_name(void **state)
{
	struct fixture *f = *state;
	run(f, "Shares of Apple rose on Monday. Analysts said Apple would gain.");
	assert_string_equal(render_mentions(f), "Apple>Apple | Apple>Apple");
	run(f, "Shares of Apple rose. He ate an apple. Analysts said Apple would gain.");
	assert_string_equal(render_mentions(f), "");
	/* a plural only as a place: "Queens", not the team "Saints" */
	run(f, "A fire broke out in Queens on Monday. Firefighters in Queens said so.");
	assert_string_equal(render_mentions(f), "Queens>Queens | Queens>Queens");
	run(f, "Fans of the Saints cheered on Sunday. Coach Sean Payton said the Saints played "
	       "well.");
	assert_string_equal(render_mentions(f), "Sean Payton>Sean Payton");
}

/* Titles before only titles name nobody; "General" before an ordinary word
 * that is no name starts an organisation's name. */
static void test_entities_titles_that_name_nobody(void **state)
{
	struct fixture *f = *state;
	run(f, "Shares of General Motors fell on Monday. The Prime Minister of Japan spoke. "
	       "General Brown and President Trump met in Paris.");
	assert_string_equal(render(f), "org General Motors\n"
	                               "country Japan\n"
	                               "city Paris [in: France]\n"
	                               "country France\n"
	                               "person Brown [role: General]\n"
	                               "person Trump [role: President]\n");
}

static void test_entities_mount_spelled_out(void **state)
{
	struct fixture *f = *state;
	run(f, "The climbers stayed in Mt Cook village. Rescuers flew from Mount Cook village "
	       "on Sunday.");
	assert_string_equal(render(f), "city Mount Cook [alt: Mt Cook]\n");
	assert_string_equal(render_mentions(f), "Mt Cook>Mount Cook | Mount Cook>Mount Cook");
}

/* Middle initials stay in a person's canonical name: a name without them is
 * the same person in the article, different initials are two people. */
static void test_entities_middle_initials(void **state)
{
	struct fixture *f = *state;
	run(f, "Dr. Raj K. Chohan spoke on Monday. Chohan said Michael J. Fox visited.");
	assert_string_equal(render(f), "person Raj K. Chohan [alt: Chohan] [role: Dr.]\n"
	                               "person Michael J. Fox\n");
	/* different middle initials: two people; none: the same one */
	run(f, "George H. W. Bush met George W. Bush in Texas. George Bush spoke.");
	assert_string_equal(render(f), "person George H. W. Bush [alt: George Bush]\n"
	                               "person George W. Bush\n"
	                               "area Texas [in: United States]\n"
	                               "country United States\n");
}

/* A town the gazetteer does not know is the tagger's to name after "in",
 * "at" or "near"; then it is also the same word elsewhere. */
static void test_entities_town_from_tagger(void **state)
{
	struct fixture *f = *state;
	run(f, "Sarah Palin returned to Wasilla on Monday. Reporters waited in Wasilla.");
	assert_string_equal(render(f), "person Sarah Palin\nplace Wasilla\n");
	assert_string_equal(render_mentions(f),
	                    "Sarah Palin>Sarah Palin | Wasilla>Wasilla | Wasilla>Wasilla");
	run(f, "Sarah Palin returned to Wasilla on Monday.");
	assert_string_equal(render(f), "person Sarah Palin\n");
}

static void test_entities_surname_in_capitals(void **state)
{
	struct fixture *f = *state;
	run(f, "CHARGERS' WILLIAMS ARRESTED\n\nThe San Diego Chargers defensive tackle Jamal "
	       "Williams was arrested on Sunday.");
	/* the last word of a club in a line of capitals names it ("CHARGERS'",
	 * whose possessive the mention holds or not as the tagger's span
	 * does: compared without it); WILLIAMS is the surname */
	assert_string_equal(render(f), "org San Diego Chargers [alt: CHARGERS]\n"
	                               "person Jamal Williams [alt: WILLIAMS]\n");
	assert_string_equal(
	        no_possessive(render_mentions(f)),
	        "CHARGERS>San Diego Chargers | WILLIAMS>Jamal Williams | "
	        "San Diego Chargers>San Diego Chargers | Jamal Williams>Jamal Williams");
}

static void test_entities_titled_surname_wins_over_town(void **state)
{
	struct fixture *f = *state;
	/* Obama is a town in Japan in the gazetteer: alone it is that town, but
	 * the surname of a person named by a title in the article is that person.
	 * (Not "Obama said ...": the subject of a person verb is a person when
	 * the tagger reads it as one, entities.town-as-person-subject, and the
	 * retrained model does.) */
	run(f, "The festival in Obama drew crowds.");
	assert_string_equal(render(f), "city Obama [in: Japan]\ncountry Japan\n");
	run(f, "President Obama on Tuesday overturned the rule. Obama said scientists would "
	       "be heard.");
	assert_string_equal(render(f), "person Obama [role: President]\n");
	assert_string_equal(render_mentions(f), "Obama>Obama | Obama>Obama");
}

static void test_entities_given_name_alone(void **state)
{
	struct fixture *f = *state;
	run(f, "Kathina Thomas was shot outside her home in Albany. Kathina was 10. Her mother "
	       "Lisa Thomas spoke.");
	assert_string_equal(render(f), "person Kathina Thomas [alt: Kathina]\n"
	                               "city Albany [in: United States]\n"
	                               "country United States\n"
	                               "person Lisa Thomas\n");
	assert_string_equal(
	        render_mentions(f),
	        "Kathina Thomas>Kathina Thomas | Albany>Albany | Kathina>Kathina Thomas | "
	        "Lisa Thomas>Lisa Thomas");
	/* Two people with that given name: it is linked to neither (a given
	 * name of the lexicon, so that the rules make both people: what the
	 * tagger makes of "Kathina Smith" after "and" changed with the model
	 * retrained for the company contexts and trade heads). */
	run(f, "Maria Thomas and Maria Smith were hurt. Maria was 10.");
	assert_string_equal(render(f), "person Maria Thomas\nperson Maria Smith\nperson Maria\n");
}

static void test_entities_city_and_plural_word_is_a_club(void **state)
{
	struct fixture *f = *state;
	/* A city and a plural word are a club, the city alone the city; a
	 * given name and a surname are a person whatever the gazetteer says. */
	run(f, "David Jones bought shares of Hainan Airlines. The Miami Dolphins signed a player, "
	       "the club said in Miami.");
	assert_string_equal(render(f), "person David Jones\n"
	                               "org Hainan Airlines\n"
	                               "org Miami Dolphins\n"
	                               "city Miami [in: United States]\n"
	                               "country United States\n");
	assert_string_equal(render_mentions(f), "David Jones>David Jones | "
	                                        "Hainan Airlines>Hainan Airlines | "
	                                        "Miami Dolphins>Miami Dolphins | Miami>Miami");
}

static void test_entities_known_organisations(void **state)
{
	struct fixture *f = *state;
	/* extract/orgs.h names organisations the tagger may not know; one word
	 * that is a person's surname in the article is that person, and an
	 * honorific makes a person. */
	run(f, "Shares of Boeing fell while Air France ordered jets. Paris Hilton visited Rome. "
	       "Hilton said Mr. Lee agreed.");
	assert_string_equal(render(f), "org Air France\n"
	                               "person Paris Hilton [alt: Hilton]\n"
	                               "city Rome [in: Italy]\n"
	                               "country Italy\n"
	                               "corp Boeing\n"
	                               "person Lee\n");
	assert_string_equal(render_mentions(f), "Boeing>Boeing | Air France>Air France | "
	                                        "Paris Hilton>Paris Hilton | Rome>Rome | "
	                                        "Hilton>Paris Hilton | Lee>Lee");
}

static void test_entities_place_in_front_of_a_team(void **state)
{
	struct fixture *f = *state;
	/* The tagger reads "New Orleans Saints" as one organisation: the place
	 * in front is no mention of New Orleans; "Saints" alone names the team. */
	run(f, "The New Orleans Saints beat the Kansas City Chiefs in New Orleans on Sunday. "
	       "The Saints scored first. Officers of the California Highway Patrol watched.");
	assert_string_equal(render(f), "org New Orleans Saints [alt: Saints]\n"
	                               "org Kansas City Chiefs\n"
	                               "city New Orleans [in: United States]\n"
	                               "country United States\n"
	                               "org California Highway Patrol\n");
	assert_string_equal(render_mentions(f),
	                    "New Orleans Saints>New Orleans Saints | "
	                    "Kansas City Chiefs>Kansas City Chiefs | New Orleans>New Orleans | "
	                    "Saints>New Orleans Saints | "
	                    "California Highway Patrol>California Highway Patrol");
	/* A possessive after the place: two names. */
	run(f, "She entered California's Betty Ford Center on Monday.");
	assert_string_equal(render(f), "area California [in: United States]\n"
	                               "country United States\n"
	                               "org Betty Ford Center\n");
}

static void test_entities_national_teams_in_sports_reports(void **state)
{
	struct fixture *f = *state;
	/* A score and a word of sport make a sports report; there a country
	 * that plays is its team, wherever the article names it, except after
	 * "in", "at", "near" or "from". */
	run(f, "Sweden defeated South Korea 1 - 0 in their first match. Sweden had more of "
	       "the ball. Fans in Sweden celebrated.");
	assert_string_equal(render(f), "org Sweden\norg South Korea\ncountry Sweden\n");
	assert_string_equal(
	        render_mentions(f),
	        "Sweden>Sweden | South Korea>South Korea | Sweden>Sweden | Sweden>Sweden");
	const struct nkg_mention *m = f->doc.mentions;
	assert_int_equal(f->doc.entities[m[2].target].cls, NKG_CLASS_ORGANIZATION);
	assert_int_equal(f->doc.entities[m[3].target].cls, NKG_CLASS_COUNTRY);
	assert_string_equal(m[2].rule, "entities.sports-team");
	/* No score: a report about countries. */
	run(f, "Sweden defeated a motion by South Korea in the first session.");
	assert_string_equal(render(f), "country Sweden\ncountry South Korea\n");
	/* A nation that ISO 3166-2 lists as a subdivision plays too. */
	run(f, "England beat Wales 2 - 1 in the match. Fans in Wales were quiet.");
	assert_string_equal(render(f), "org England\norg Wales\n"
	                               "area Wales [in: United Kingdom]\n"
	                               "country United Kingdom\n");
}

static void test_entities_appositive_role_at_organisation(void **state)
{
	struct fixture *f = *state;
	run(f, "Jane Doe, the director of the Institute for Policy Studies, said the vote "
	       "mattered. Omar Haddad, a Hamas commander, disagreed.");
	assert_string_equal(render(f),
	                    "person Jane Doe [role: director@Institute for Policy Studies]\n"
	                    "research Institute for Policy Studies\n"
	                    "person Omar Haddad [role: commander@Hamas]\n"
	                    "org Hamas\n");
}

static void test_entities_districts_airports_and_capitals(void **state)
{
	struct fixture *f = *state;
	run(f, "Blasts hit the Karrada district of the Iraqi capital and Baghdad airport. "
	       "The Syrian capital was calm.");
	assert_string_equal(render(f), "district Karrada [in: Baghdad]\n"
	                               "airport Baghdad Airport [in: Baghdad]\n"
	                               "city Baghdad [in: Iraq]\n"
	                               "country Iraq\n"
	                               "city Damascus [in: Syria]\n"
	                               "country Syria\n");
	assert_string_equal(render_mentions(f),
	                    "Karrada>Karrada | Iraqi capital>Baghdad | Baghdad>Baghdad | "
	                    "Baghdad airport>Baghdad Airport | Syrian capital>Damascus");
}

static void test_entities_news_organisations(void **state)
{
	struct fixture *f = *state;
	run(f, "CAIRO (Reuters) - Egypt's Al-Ahram newspaper and Nile TV reported the "
	       "protest.\n\nAP contributed to this report.\n\nSource: Reuters, MENA");
	assert_string_equal(render(f), "city Cairo [in: Egypt]\n"
	                               "country Egypt\n"
	                               "news Reuters\n"
	                               "news Al-Ahram [nat: Egypt]\n"
	                               "news Nile TV\n"
	                               "news AP\n"
	                               "news MENA\n");
	assert_string_equal(render_mentions(f),
	                    "CAIRO>Cairo | Reuters>Reuters | Egypt>Egypt | Al-Ahram>Al-Ahram | "
	                    "Nile TV>Nile TV | AP>AP | Reuters>Reuters | MENA>MENA");
}

static void test_entities_government_organisation_from_demonym(void **state)
{
	struct fixture *f = *state;
	run(f, "The Iraqi parliament voted. The Iraqi parliament met again.");
	assert_string_equal(render(f), "gov Iraqi parliament [nat: Iraq]\ncountry Iraq\n");
	assert_string_equal(
	        render_mentions(f),
	        "Iraqi parliament>Iraqi parliament | Iraqi parliament>Iraqi parliament");
}

static void test_entities_curly_quotes_and_nbsp(void **state)
{
	struct fixture *f = *state;
	/* NBSP inside a name, curly quotes around a quote, an em dash. */
	run(f, "\xe2\x80\x9cWe will stay,\xe2\x80\x9d said Prime Minister Boris\xc2\xa0Johnson "
	       "\xe2\x80\x94 in London.");
	assert_string_equal(render(f), "person Boris Johnson [role: Prime Minister]\n"
	                               "city London [in: United Kingdom]\n"
	                               "country United Kingdom\n");
	assert_string_equal(render_mentions(f),
	                    "Boris\xc2\xa0Johnson>Boris Johnson | London>London");
}

static void test_entities_sentence_longer_than_the_tagger_window(void **state)
{
	struct fixture *f = *state;
	/* One sentence of 2,003 tokens: more than the tagger keeps undecided
	 * (NKG_NER_WINDOW) and than a block of its features; the names of
	 * each copy are found as in the short sentence. */
	static const char unit[] = "Police said John Smith met Mary Jones in Berlin, ";
	size_t u = strlen(unit), reps = 200;
	char *text = malloc(u * reps + 16);
	assert_non_null(text);
	for (size_t k = 0; k < reps; k++)
		memcpy(text + k * u, unit, u);
	strcpy(text + u * reps, "and left.");
	run(f, "Police said John Smith met Mary Jones in Berlin, and left.");
	char *one = strdup(render(f));
	assert_non_null(one);
	assert_string_equal(one, "person John Smith\nperson Mary Jones\ncity Berlin [in: Germany]\n"
	                         "country Germany\n");
	assert_int_equal(f->doc.n_mentions, 3);
	f->text = text; /* freed by teardown */
	run(f, text);
	assert_int_equal(f->toks.n_sents, 1);
	assert_int_equal(f->toks.n, 2003);
	assert_string_equal(render(f), one);
	assert_int_equal(f->doc.n_mentions, 600);
	free(one);
}

/* The agency of a dateline is no alias of the place before it: "(AP)" after
 * "SANTIAGO, Chile" is the Associated Press, not a name of Chile. */
static void test_entities_dateline_agency_is_no_acronym(void **state)
{
	struct fixture *f = *state;
	static const char text[] =
	        "SANTIAGO, Chile (AP) \xe2\x80\x94 Thousands marched through the capital.\n";
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_metadata(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities(&f->doc, &f->toks), 0);
	assert_string_equal(render(f), "city Santiago [in: Chile]\ncountry Chile\nnews AP\n");
}

/* A gazetteer place whose name holds lower-case words is one name ("Bosnia
 * and Herzegovina", "Rio Grande do Sul"); other names joined by "and" stay
 * apart, and a place's own "and" is no connector that joins the next name. */
static void test_entities_place_names_with_lower_case_words(void **state)
{
	struct fixture *f = *state;
	run(f, "Troops left Bosnia and Herzegovina and Trinidad and Tobago. Floods hit Rio "
	       "Grande do Sul. The Isle of Man and the Bank of England agreed. Boeing and "
	       "Airbus signed.\n");
	assert_string_equal(render(f), "country Bosnia [alt: Bosnia and Herzegovina]\n"
	                               "country Trinidad & Tobago [alt: Trinidad and Tobago]\n"
	                               "area Rio Grande do Sul [in: Brazil]\n"
	                               "country Brazil\n"
	                               "country Isle of Man\n"
	                               "corp Bank of England\n"
	                               "org Boeing\n"
	                               "org Airbus\n");
}

/* "the Iraqi parliament" names one body; "a Kenyan court" is one of many,
 * and would share one IRI with every other Kenyan court: no entity. */
static void test_entities_indefinite_body_is_no_name(void **state)
{
	struct fixture *f = *state;
	run(f, "A Kenyan court jailed him. The Iraqi parliament voted.\n");
	assert_string_equal(render(f), "gov Iraqi parliament [nat: Iraq]\ncountry Iraq\n");
}

/* Organisation names: two ordinary words joined by "and" before a head
 * ("Food and Drug Administration"), and a head capitalised where no other
 * word is keeps the word before it at a sentence start ("Amnesty
 * International said"); "Boeing and Airbus Group" stays two, and "Several"
 * names nothing. */
static void test_entities_org_names_with_and_and_heads(void **state)
{
	struct fixture *f = *state;
	run(f, "The Food and Drug Administration approved it. The Fish and Wildlife Service "
	       "agreed. Boeing and Airbus Group signed. Amnesty International said so. "
	       "Several Party members left.\n");
	assert_string_equal(render(f), "org Food and Drug Administration\n"
	                               "org Fish and Wildlife Service\n"
	                               "org Airbus Group\n"
	                               "org Amnesty International\n"
	                               "org Boeing\n");
}

/* A company's short name is the company: before its full name when the rest
 * of the name only says what kind of company ("Samsung" ... "Samsung
 * Electronics"; not "Microsoft" ... "Microsoft Update"), and a town that
 * starts the full name ("Toyota" ... "Toyota Motor Corp.") unless the
 * text puts it as a place ("in Toyota"). */
static void test_entities_company_short_names(void **state)
{
	struct fixture *f = *state;
	run(f, "Samsung unveils phone. Samsung Electronics unveiled a phone on Monday. "
	       "Toyota Motor Corp. said profit rose. Toyota also cut jobs. He lives in Toyota.\n");
	assert_string_equal(render(f), "corp Samsung Electronics [alt: Samsung]\n"
	                               "corp Toyota Motor [alt: Toyota Motor Corp.; Toyota]\n"
	                               "city Toyota [in: Japan]\n"
	                               "country Japan\n");
}

/* One unknown word is a company when the words around it say so: an
 * apposition naming a company, "shares of" before it, "shares" after it
 * mid-sentence; not "Some shares", not a person's apposition. */
static void test_entities_company_context(void **state)
{
	struct fixture *f = *state;
	run(f, "Vale, the mining company, said so. Apple, its main rival, agreed. Shares of "
	       "Kraton fell, while Petrobras shares rose. Some shares fell. Smith, the "
	       "company's founder, left.\n");
	assert_string_equal(render(f), "corp Vale\n"
	                               "corp Apple\n"
	                               "corp Kraton\n"
	                               "corp Petrobras\n");
}

/* A capitalised "County" or "Parish" is part of the place's name (Orange
 * County is not Orange), and so is a capitalised "Province" (session 13:
 * the gold holds it in 40 of 42 provinces, "Gansu Province"). */
static void test_entities_county_names(void **state)
{
	struct fixture *f = *state;
	run(f, "He will appear in Cook County court. Officials in Orange County and in Anbar "
	       "Province agreed.\n");
	assert_string_equal(render_mentions(f), "Cook County>Cook County | "
	                                        "Orange County>Orange County | "
	                                        "Anbar Province>Anbar Province");
}

static void test_entities_empty_text(void **state)
{
	struct fixture *f = *state;
	run(f, "");
	assert_int_equal(f->doc.n_entities, 0);
	run(f, "the and of , . \xe2\x80\x94");
	assert_int_equal(f->doc.n_entities, 0);
}

static void test_entities_out_of_memory(void **state)
{
	struct fixture *f = *state;
	static const char text[] =
	        "US President Donald Trump said Sayed Sadiq al-Hashemi, the director of the Iraqi "
	        "Center for Studies, met the Iraqi parliament in the Jadiriyah district of "
	        "Baghdad. "
	        "Trump and NATO and Reuters agreed.";
	assert_true(fail_each_allocation(f, text) > 20);
	/* The last run succeeded with every allocation granted. */
	assert_int_equal(f->doc.n_entities > 5, 1);
}

/* A made-up capitalised word for i ("Zxbaaa", "Zxiaaa"...): no English
 * word, given name or place of the lexicon. */
static void made_up_word(char out[7], unsigned i, unsigned salt)
{
	unsigned v = i * 7 + salt;
	out[0] = 'Z';
	out[1] = 'x';
	for (int k = 2; k < 6; k++, v /= 26)
		out[k] = (char)('a' + v % 26);
	out[6] = '\0';
}

/* An article of n distinct organisations, n people named in full and then
 * by their surnames, n cued places and n references to "the cleric": the
 * probes of nkg_find_entities_probes, with the entities counted by kind. */
static uint64_t many_names(struct fixture *f, unsigned n, uint32_t *orgs, uint32_t *people,
                           uint32_t *places)
{
	struct nkg_buf b;
	char w1[7], w2[7], w3[7];
	uint64_t probes = 0;

	nkg_buf_init(&b, 0);
	nkg_buf_addstr(&b, "Many names\n\n");
	for (unsigned i = 0; i < n; i++) {
		made_up_word(w1, i, 1);
		made_up_word(w2, i, 2);
		made_up_word(w3, i, 3);
		char line[160];
		snprintf(
		        line, sizeof(line),
		        "Shares of %s Corporation rose. The cleric %s %s visited the %s district. ",
		        w1, w2, w3, w1);
		nkg_buf_addstr(&b, line);
	}
	for (unsigned i = 0; i < n; i++) {
		made_up_word(w3, i, 3);
		char line[64];
		snprintf(line, sizeof(line), "Later %s and the cleric left. ", w3);
		nkg_buf_addstr(&b, line);
	}
	free(f->text);
	f->text = nkg_strndup(b.ptr, b.len);
	assert_non_null(f->text);
	nkg_buf_release(&b);
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, f->text, strlen(f->text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities_probes(&f->doc, &f->toks, &probes), 0);
	*orgs = *people = *places = 0;
	for (uint32_t e = 0; e < f->doc.n_entities; e++) {
		enum nkg_entity_kind k = nkg_entity_class_kind(f->doc.entities[e].cls);
		*orgs += k == NKG_KIND_ORGANIZATION;
		*people += k == NKG_KIND_PERSON;
		*places += k == NKG_KIND_PLACE;
	}
	return probes;
}

/* The probes of an article that names the same few entities n times. */
static uint64_t same_names(struct fixture *f, unsigned n)
{
	uint64_t probes = 0;
	struct nkg_buf b;
	nkg_buf_init(&b, 0);
	for (unsigned i = 0; i < n; i++)
		nkg_buf_addstr(&b,
		               "Zxqaaa Corporation met Mr. Zxraaa Zxsaaa in the Zxtaaa district. "
		               "Zxsaaa and the Zxqaaa Corporation (ZC) said so.\n\n");
	free(f->text);
	f->text = nkg_strndup(b.ptr, b.len);
	assert_non_null(f->text);
	nkg_buf_release(&b);
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, f->text, strlen(f->text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities_probes(&f->doc, &f->toks, &probes), 0);
	assert_string_equal(render(f), "corp Zxqaaa Corporation [alt: ZC]\n"
	                               "person Zxraaa Zxsaaa [alt: Mr. Zxraaa Zxsaaa; Zxsaaa]\n"
	                               "district Zxtaaa\n");
	return probes;
}

static void test_entities_lookup_is_not_quadratic(void **state)
{
	struct fixture *f = *state;
	uint32_t orgs, people, places;
	/* With a scan of the entities per mention, the probes would be about
	 * 4,000 x 4,000 / 2 for 1,000 names of each kind; the index keeps them
	 * within a few per name, and doubling the names doubles them. */
	uint64_t p1 = many_names(f, 1000, &orgs, &people, &places);
	assert_int_equal(orgs, 1000);
	assert_int_equal(people, 1000);
	assert_int_equal(places, 1000);
	/* Every surname alone is its person. */
	uint32_t surname_refs = 0;
	for (uint32_t m = 0; m < f->doc.n_mentions; m++)
		surname_refs += strcmp(f->doc.mentions[m].rule, "entities.coref.surname") == 0;
	assert_int_equal(surname_refs, 1000);
	uint64_t p2 = many_names(f, 2000, &orgs, &people, &places);
	assert_int_equal(orgs, 2000);
	assert_int_equal(people, 2000);
	assert_int_equal(places, 2000);
	print_message("probes: %llu for 1,000 names of each kind, %llu for 2,000\n",
	              (unsigned long long)p1, (unsigned long long)p2);
	assert_in_range(p1, 1000, 16 * 4000);
	assert_in_range(p2, 2 * p1 - p1 / 4, 2 * p1 + p1 / 4);
	/* Names repeated: each new mention of a known name costs the same. */
	p1 = same_names(f, 1000);
	p2 = same_names(f, 2000);
	print_message("probes: %llu for 1,000 repeats, %llu for 2,000\n", (unsigned long long)p1,
	              (unsigned long long)p2);
	assert_in_range(p1, 1000, 16 * 4000);
	assert_in_range(p2, 2 * p1 - p1 / 4, 2 * p1 + p1 / 4);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	char *buf = malloc(1 << 16);
	size_t n = buf ? fread(buf, 1, (1 << 16) - 1, fp) : 0;
	fclose(fp);
	if (buf)
		buf[n] = '\0';
	*len = n;
	return buf;
}

static void test_entities_sample_article(void **state)
{
	struct fixture *f = *state;
	size_t len;
	f->text = read_file("samples/iraq-rallies.txt", &len);
	assert_non_null(f->text);
	run(f, f->text);
	assert_string_equal(
	        render(f),
	        "country Iraq\n"
	        "country United States [alt: US; America]\n"
	        "city Tehran [in: Iran]\n"
	        "country Iran\n"
	        "news Iran News [alt: Irannews]\n"
	        "person Sadiq al-Hashemi [alt: Sayed Sadiq al-Hashemi] "
	        "[role: director@Iraqi Center for Studies]\n"
	        "research Iraqi Center for Studies [nat: Iraq]\n"
	        "district Jadiriyah [in: Baghdad]\n"
	        "person Donald Trump [alt: Trump] [role: President] [nat: United States]\n"
	        "news Al-Ahd [nat: Iraq]\n"
	        "person Muqtada al-Sadr [alt: Sadr] [role: cleric] [religion: Shia Islam]\n"
	        "person Qassem Soleimani [alt: Soleimani] [role: Lt. Gen.] [nat: Iran]\n"
	        "person Abu Mahdi al-Muhandis [role: commander] [nat: Iraq]\n"
	        "airport Baghdad Airport [in: Baghdad]\n"
	        "gov Iraqi parliament [nat: Iraq]\n"
	        "city Baghdad [in: Iraq]\n"
	        "person James Jeffrey [role: special envoy] [nat: United States]\n"
	        "armed Hashd al-Shaabi [alt: Hashd]\n"
	        "person Qais al-Khazali [role: commander@Hashd al-Shaabi]\n"
	        "person Ali al-Sistani [role: Ayatollah] [role: top Shia authority] [nat: Iraq] "
	        "[religion: Shia Islam]\n"
	        "news AFP\n"
	        "news Press TV\n"
	        "news Reuters\n");
	/* Every mention is the name as written: no "the", no possessive. */
	nkg_doc_sort_mentions(&f->doc);
	for (uint32_t m = 0; m < f->doc.n_mentions; m++) {
		struct nkg_str s = nkg_doc_slice(&f->doc, f->doc.mentions[m].span);
		assert_false(s.len >= 4 && memcmp(s.ptr, "the ", 4) == 0);
		assert_false(s.len >= 2 && (memcmp(s.ptr + s.len - 2, "'s", 2) == 0));
		assert_false(s.len >= 4 && (memcmp(s.ptr + s.len - 4, "\xe2\x80\x99s", 4) == 0));
	}
	assert_int_equal(f->doc.n_mentions, 54);
	const char *m = render_mentions(f);
	assert_non_null(strstr(m, "Jadiriyah>Jadiriyah | Iraqi capital>Baghdad"));
	assert_non_null(strstr(m, "US>United States | Donald Trump>Donald Trump"));
	assert_non_null(strstr(m, "Sadr>Muqtada al-Sadr | influential cleric>Muqtada al-Sadr"));
	assert_non_null(strstr(m, "Baghdad>Baghdad | Baghdad airport>Baghdad Airport"));
	assert_non_null(strstr(m, "Hashd>Hashd al-Shaabi"));
	assert_null(strstr(m, "Iraqis"));
	assert_null(strstr(m, "Crowd"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	        T(test_entities_title_role_and_nationality),
	        T(test_entities_religions_are_attributes),
	        T(test_entities_religion_after_a_new_nationality),
	        T(test_entities_country_modifier_is_a_place_mention),
	        T(test_entities_sentence_initial_common_words),
	        T(test_entities_demonyms_are_not_places),
	        T(test_entities_particles),
	        T(test_entities_shared_surname_stays_two_people),
	        T(test_entities_surname_before_full_name),
	        T(test_entities_acronym_definition),
	        T(test_entities_surname_wins_over_town),
	        T(test_entities_dateline_region_chooses_the_city),
	        T(test_entities_name_in_apposition_to_a_place_noun),
	        T(test_entities_town_as_subject_of_a_person_verb),
	        T(test_entities_short_capitals_are_no_towns),
	        T(test_entities_sentence_initial_name_from_tagger),
	        T(test_entities_possessive_is_no_part_of_a_name),
	        T(test_entities_legal_form_and_units_of_organisations),
	        T(test_entities_legal_form_ends_the_name),
	        T(test_entities_ordinary_word_used_as_name),
	        T(test_entities_titles_that_name_nobody),
	        T(test_entities_mount_spelled_out),
	        T(test_entities_surname_in_capitals),
	        T(test_entities_town_from_tagger),
	        T(test_entities_middle_initials),
	        T(test_entities_titled_surname_wins_over_town),
	        T(test_entities_given_name_alone),
	        T(test_entities_place_in_front_of_a_team),
	        T(test_entities_city_and_plural_word_is_a_club),
	        T(test_entities_known_organisations),
	        T(test_entities_national_teams_in_sports_reports),
	        T(test_entities_appositive_role_at_organisation),
	        T(test_entities_districts_airports_and_capitals),
	        T(test_entities_news_organisations),
	        T(test_entities_government_organisation_from_demonym),
	        T(test_entities_curly_quotes_and_nbsp),
	        T(test_entities_sentence_longer_than_the_tagger_window),
	        T(test_entities_dateline_agency_is_no_acronym),
	        T(test_entities_place_names_with_lower_case_words),
	        T(test_entities_indefinite_body_is_no_name),
	        T(test_entities_org_names_with_and_and_heads),
	        T(test_entities_company_short_names),
	        T(test_entities_company_context),
	        T(test_entities_county_names),
	        T(test_entities_empty_text),
	        T(test_entities_out_of_memory),
	        T(test_entities_lookup_is_not_quadratic),
	        T(test_entities_sample_article),
#undef T
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
