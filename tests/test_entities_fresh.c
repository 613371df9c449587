/* test_entities_fresh.c - what reading fresh news articles showed the
 * entity stage getting wrong (session 8), each as a class: a title's
 * complement with "of" or "for" after any title ("Minister for Foreign
 * Affairs Penny Wong", "Secretary of Defense Lloyd Austin"); a people word
 * before a title ("Korean President Yoon Suk Yeol"); a run of people words
 * names nobody ("Latin American"); a club whose city is also a given name
 * ("Houston Texans"); a foreign subdivision named with its noun ("the Aisne
 * department"); an organisation named with and without its country ("U.S.
 * Supreme Court", "Supreme Court") is one; a name in mixed case is the
 * canonical name over the same in capitals; a word no table knows that
 * owns things or has members is an organisation ("Hamas said its
 * fighters", "Hamas leader Ismail Haniyeh"); a headline's ellipsis; more
 * organisation heads ("Program", "Dairy"). */
#include "entities_fixture.h"
#include "extract/ner.h"

static void test_fresh_title_complements(void **state)
{
	struct fixture *f = *state;
	run(f, "Minister for Foreign Affairs Penny Wong spoke on Monday.");
	assert_string_equal(render(f), "person Penny Wong [role: Minister for Foreign Affairs]\n");
	/* a title at a sentence start, and two titled names joined by "and" */
	run(f, "Secretary of Defense Lloyd Austin spoke on Monday.");
	assert_string_equal(render(f), "person Lloyd Austin [role: Secretary of Defense]\n");
	run(f, "He met Minister for Trade Don Farrell and Minister for Defence Richard Marles.");
	assert_string_equal(render(f), "person Don Farrell [role: Minister for Trade]\n"
	                               "person Richard Marles [role: Minister for Defence]\n");
	run(f, "Secretary of the Interior Ken Salazar, who heads it, agreed.");
	assert_string_equal(render(f), "person Ken Salazar [role: Secretary of the Interior]\n");
}

static void test_fresh_title_complements_not(void **state)
{
	struct fixture *f = *state;
	/* the complement is an organisation, no portfolio */
	run(f, "Chairman of the Australian Centre for Control of Iodine Deficiency "
	       "Disorders, Cres Eastman, said it.");
	assert_string_equal(render_mentions(f),
	                    "Australian Centre for Control>Australian Centre for Control | "
	                    "Cres Eastman>Cres Eastman");
	run(f, "Chairman of the Zorbian Institute, Cres Eastman, said it.");
	assert_string_equal(render(f), "research Zorbian Institute\nperson Cres Eastman\n");
	/* an organisation head in the complement is the portfolio's */
	run(f, "Chairman of the Board Cres Eastman said it.");
	assert_string_equal(render(f), "person Cres Eastman [role: Chairman of the Board]\n");
	/* a place in the complement stays a mention */
	run(f, "President of France Emmanuel Macron spoke on Monday.");
	assert_string_equal(render_mentions(f), "France>France | Emmanuel Macron>Emmanuel Macron");
	/* an office, nobody */
	run(f, "The Secretary of Defense said it on Monday.");
	assert_string_equal(render(f), "");
}

static void test_fresh_people_words(void **state)
{
	struct fixture *f = *state;
	run(f, "Korean President Yoon Suk Yeol visited Tokyo on Monday.");
	assert_string_equal(render_mentions(f), "Yoon Suk Yeol>Yoon Suk Yeol | Tokyo>Tokyo");
	assert_string_equal(render(f), "person Yoon Suk Yeol [role: President]\n"
	                               "city Tokyo [in: Japan]\n"
	                               "country Japan\n");
	run(f, "Latin American leaders met on Monday.");
	assert_string_equal(render(f), "");
	run(f, "He toured Latin America on Monday.");
	assert_string_equal(render_mentions(f), "Latin America>Latin America");
}

/* A family name written first, an ordinary word too, names the one person
 * whose name starts with it and with no given name ("Xi", "Moon"); not
 * a given name that is an ordinary word ("Rich", "Will"). */
static void test_fresh_family_names_first(void **state)
{
	struct fixture *f = *state;
	run(f, "Chinese President Xi Jinping arrived on Sunday. Xi will travel on Tuesday.");
	assert_string_equal(render_mentions(f), "Xi Jinping>Xi Jinping | Xi>Xi Jinping");
	run(f, "President Moon Jae-in spoke on Monday. Later Moon said it.");
	assert_string_equal(render_mentions(f), "Moon Jae-in>Moon Jae-in | Moon>Moon Jae-in");
	run(f, "Will Smith spoke on Monday. Will it rain?");
	assert_string_equal(render_mentions(f), "Will Smith>Will Smith");
}

static void test_fresh_given_name_cities(void **state)
{
	struct fixture *f = *state;
	run(f, "The Houston Texans lost again on Sunday.");
	assert_string_equal(render(f), "org Houston Texans\n");
	/* a small town that is a given name stays a person's */
	run(f, "Austin Dias said it on Sunday.");
	assert_string_equal(render(f), "person Austin Dias\n");
}

static void test_fresh_subdivision_nouns(void **state)
{
	struct fixture *f = *state;
	run(f, "Floods hit villages in the Aisne department on Monday.");
	assert_string_equal(render(f), "area Aisne [in: France]\ncountry France\n");
	run(f, "Ontario officials warned residents. Snow is expected across Ontario.");
	assert_string_equal(render_mentions(f), "Ontario>Ontario | Ontario>Ontario");
	/* no noun, no preposition, no country: no place */
	run(f, "Storms hit Aisne on Monday.");
	assert_string_equal(render(f), "");
}

static void test_fresh_country_qualified_orgs(void **state)
{
	struct fixture *f = *state;
	run(f, "The U.S. Supreme Court had ruled. The Supreme Court said.");
	assert_string_equal(render_mentions(f), "U.S. Supreme Court>U.S. Supreme Court | "
	                                        "Supreme Court>U.S. Supreme Court");
	/* a bare name written first is nobody's country's (test_entities_mend.c) */
	run(f,
	    "The Supreme Court ruled. The U.S. Supreme Court had ruled. The Supreme Court said.");
	assert_string_equal(render_mentions(f), "Supreme Court>Supreme Court | "
	                                        "U.S. Supreme Court>U.S. Supreme Court | "
	                                        "Supreme Court>Supreme Court");
	run(f, "The Chinese Communist Party met. The Communist Party said.");
	assert_string_equal(render(f), "party Chinese Communist Party [alt: Communist Party] "
	                               "[nat: China]\ncountry China\n");
	/* two countries' courts: the bare name is neither */
	run(f, "The U.S. Supreme Court ruled. The Israeli Supreme Court said. "
	       "The Supreme Court said.");
	assert_string_equal(render_mentions(f), "U.S. Supreme Court>U.S. Supreme Court | "
	                                        "Israeli Supreme Court>Israeli Supreme Court | "
	                                        "Supreme Court>Supreme Court");
}

static void test_fresh_mixed_case_names(void **state)
{
	struct fixture *f = *state;
	run(f, "The ROYAL NAVY said it. The Royal Navy said on Monday.");
	assert_string_equal(render(f), "gov Royal Navy [alt: ROYAL NAVY]\n");
	/* (session 13: "Quebec City" is the city's name, the gazetteer's
	 * Québec; the capitals' "QUEBEC" has no mention alone to take a name from) */
	run(f, "A storm hit QUEBEC City on Monday. Quebec City officials said.");
	assert_string_equal(render_mentions(f), "QUEBEC>QUEBEC | Quebec City>Québec");
}

static void test_fresh_owner_words(void **state)
{
	struct fixture *f = *state;
	run(f, "Hamas said its fighters had fired rockets.");
	assert_string_equal(render(f), "org Hamas\n");
	/* a member noun or a role noun and a name after the word; every
	 * mention of it then */
	run(f, "Hamas said on Monday it had fired rockets. Hamas leader Ismail Haniyeh spoke.");
	assert_string_equal(render_mentions(f),
	                    "Hamas>Hamas | Hamas>Hamas | Ismail Haniyeh>Ismail Haniyeh");
	assert_string_equal(render(f), "person Ismail Haniyeh [role: leader]\norg Hamas\n");
	run(f, "Kia said on Monday it would recall cars. Kia workers went on strike.");
	assert_string_equal(render(f), "org Kia\n");
	run(f, "Goldman Sachs raised its forecast on Monday.");
	assert_string_equal(render(f), "org Goldman Sachs\n");
}

/* A town that extract/orgs.h knows as a company is the company where the
 * words after one of its mentions say so, at every mention but after a
 * place preposition. */
static void test_fresh_company_towns(void **state)
{
	struct fixture *f = *state;
	run(f, "Toyota said on Monday it would recall cars. Toyota shares fell 2 percent.");
	assert_string_equal(render_mentions(f), "Toyota>Toyota | Toyota>Toyota");
	assert_string_equal(render(f), "corp Toyota\n");
	run(f, "Storms hit Toyota on Monday.");
	assert_string_equal(render(f), "city Toyota [in: Japan]\ncountry Japan\n");
}

/* One name, one entity: a name an article writes once as an
 * organisation's is the organisation where only its words made it a
 * person's; a person with a title or role stays one. */
static void test_fresh_one_name_one_entity(void **state)
{
	struct fixture *f = *state;
	run(f, "Northrop Grumman Corp. won a contract. Northrop Grumman said it was pleased.");
	assert_string_equal(render(f), "corp Northrop Grumman [alt: Northrop Grumman Corp.]\n");
	run(f, "Merrill Lynch said profits fell. Analysts at Merrill Lynch agreed.");
	assert_string_equal(render(f), "org Merrill Lynch\n");
	run(f, "Chairman Ralph Lauren spoke on Monday. Shares of Ralph Lauren rose.");
	assert_string_equal(render(f), "person Ralph Lauren [role: Chairman]\norg Ralph Lauren\n");
}

static void test_fresh_owner_words_not(void **state)
{
	struct fixture *f = *state;
	/* "its" of another clause */
	run(f, "Microsoft lags in updating Internet Explorer because its browser lacks it.");
	assert_string_equal(render(f), "org Microsoft\n");
	/* (the rules' decision: whether the tagger names an unknown word is
	 * its own, and models differ) */
	nkg_ner_default_set(NULL);
	run(f, "He updated Zorblat through its system.");
	nkg_ner_default_free();
	assert_string_equal(render(f), "");
	run(f, "Mark Ruffalo raised his glass on Monday.");
	assert_string_equal(render(f), "person Mark Ruffalo\n");
	/* a word with a lower-case part is no name of a group */
	run(f, "Soon-to-be senior White House aide Carol Browner is from Florida.");
	assert_string_equal(render_mentions(f), "White House>White House | "
	                                        "Carol Browner>Carol Browner | Florida>Florida");
}

/* An ellipsis inside a title-case headline is no full stop: the line's
 * ordinary words end names there ("Checks", "Out"). */
static void test_fresh_headline_ellipsis(void **state)
{
	struct fixture *f = *state;
	run(f, "Lindsay Lohan Checks Out Of Rehab... To Check Into Different Rehab Centre\n\n"
	       "She left on Monday.");
	assert_string_equal(render(f), "person Lindsay Lohan\n");
}

/* A programme, a laboratory or a dairy ends an organisation's name, even
 * one that starts with a person's name; two subjects of one body's
 * complement joined by "and" stay one body. */
static void test_fresh_organisation_heads(void **state)
{
	struct fixture *f = *state;
	run(f, "The works came from the Andy Warhol Photographic Legacy Program on Monday.");
	assert_string_equal(render(f), "org Andy Warhol Photographic Legacy Program\n");
	run(f, "The Matanuska Maid Dairy closed on Monday.");
	assert_string_equal(render(f), "org Matanuska Maid Dairy\n");
	run(f, "The California Department of Alcohol and Drug Program said it.");
	assert_string_equal(render(f), "org California Department of Alcohol and Drug Program\n");
	run(f, "Researchers at the Massachusetts Institute of Technology and the University of "
	       "Sheffield said it.");
	assert_string_equal(render(f), "research Massachusetts Institute of Technology\n"
	                               "edu University of Sheffield\n");
}

static void test_fresh_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "The U.S. Supreme Court ruled. The Supreme Court "
	                                    "said. Hamas said its fighters fired.") > 5);
	assert_string_equal(render_mentions(f), "U.S. Supreme Court>U.S. Supreme Court | "
	                                        "Supreme Court>U.S. Supreme Court | "
	                                        "Hamas>Hamas");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_fresh_title_complements, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_title_complements_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_people_words, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_family_names_first, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_given_name_cities, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_subdivision_nouns, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_country_qualified_orgs, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_mixed_case_names, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_owner_words, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_company_towns, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_one_name_one_entity, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_owner_words_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_headline_ellipsis, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_organisation_heads, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_fresh_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
