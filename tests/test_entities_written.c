/* test_entities_written.c - classes of names that the fully annotated
 * written corpus (extract/model/written/README.md) showed the entity stage
 * getting wrong (session 8), each on sentences of its own: a town or state
 * used as a club in a sports report ("Denver beat Houston 24-17") is the
 * club, but not a town that names a player of the article ("Reggie Wayne
 * ... threw to Wayne"), nor after a place preposition ("in Denver"); an
 * ordinary word capitalised mid-sentence, once, that the article never
 * writes in lower case is a name the tagger may take ("fined Google and
 * Apple", "wrote on Twitter"). */
#include "entities_fixture.h"

static void test_written_town_teams(void **state)
{
	struct fixture *f = *state;
	run(f, "Denver beat Houston 24-17 on Sunday in the league game. Fans in Denver cheered "
	       "and the Houston coach said the season was not over.");
	assert_string_equal(render_mentions(f), "Denver>Denver | Houston>Houston | "
	                                        "Denver>Denver | Houston>Houston");
	assert_string_equal(render(f), "org Denver\n"
	                               "org Houston\n"
	                               "city Denver [in: United States]\n"
	                               "country United States\n");
}

static void test_written_town_teams_not(void **state)
{
	struct fixture *f = *state;
	/* no score: no sports report, a town stays a town */
	run(f, "Denver beat its own record for snow on Sunday, the weather service said.");
	assert_string_equal(render(f), "city Denver [in: United States]\n"
	                               "country United States\n");
	/* a town that starts the name of a player of the article is no team
	 * (the given name alone is left as it was); Duke is a team, which the
	 * tagger retrained in session 10 finds and the one before missed */
	run(f, "Tyler Hansbrough scored 20 as Carolina beat Duke 80-70 in the league game. "
	       "Tyler scored again late.");
	assert_string_equal(render(f), "person Tyler Hansbrough\n"
	                               "org Carolina\n"
	                               "city Tyler [in: United States]\n"
	                               "country United States\n"
	                               "org Duke\n");
	run(f, "Reggie Wayne caught two passes as Indianapolis beat Tennessee 31-21 in the "
	       "league game. He threw to Wayne twice.");
	assert_string_equal(render_mentions(f), "Reggie Wayne>Reggie Wayne | "
	                                        "Indianapolis>Indianapolis | Tennessee>Tennessee | "
	                                        "Wayne>Reggie Wayne");
}

/* A report with two words of sport and no score ("wickets", "innings") is
 * one too, after the tagger, and more nouns and "played for" show a team:
 * "the England batsman", "played for Wales". */
static void test_written_teams_without_score(void **state)
{
	struct fixture *f = *state;
	run(f, "Alan Bracken took four wickets on the first day. The England batsman said the "
	       "innings was his best since he played for Wales, and he lives in England.");
	assert_string_equal(render(f), "person Alan Bracken\n"
	                               "org England\n"
	                               "org Wales\n"
	                               "area England [in: United Kingdom]\n"
	                               "country United Kingdom\n");
	/* one word of sport is no sports report */
	run(f, "The England batsman said it was his best year.");
	assert_string_equal(render(f), "area England [in: United Kingdom]\n"
	                               "country United Kingdom\n");
}

/* "Congress", "the Senate", "Parliament" alone are legislatures, at a
 * sentence start too; not in a line of capitals, nor in a title-case line. */
static void test_written_legislatures(void **state)
{
	struct fixture *f = *state;
	run(f, "The bill went to the Senate on Monday. Congress passed it, and Parliament "
	       "debated a similar one.");
	assert_string_equal(render(f), "gov Senate\ngov Congress\ngov Parliament\n");
	run(f, "Congress Passes Budget\n\nThe vote was close.");
	assert_string_equal(render(f), "");
}

/* A country that is a given name, before a surname, is the person's given
 * name ("Chad Hurley"), not a country peeled off the name; a title or an
 * organisation head after it keeps the country. */
static void test_written_given_name_countries(void **state)
{
	struct fixture *f = *state;
	run(f, "Chad Hurley and Israel Katz spoke on Monday.");
	assert_string_equal(render(f), "person Chad Hurley\nperson Israel Katz\n");
	run(f, "Jordan Brown saved a penalty.");
	assert_string_equal(render_mentions(f), "Jordan Brown>Jordan Brown");
	run(f, "Jordan King Abdullah met Israel Defense Forces officers.");
	assert_string_equal(render_mentions(f), "Jordan>Jordan | Abdullah>Abdullah | "
	                                        "Israel Defense Forces>Israel Defense Forces");
}

/* A small town that the tagger reads as an organisation at most of its
 * mentions (two or more) is the company at all of them, and since session
 * 10 also after "of" ("Shares of"), where no "in" makes it the town
 * (company_towns_alone).  Rests on the tagger of extract/model/ner.bin: if a
 * retrained model reads the town otherwise, choose another town here. */
static void test_written_tagger_company_towns(void **state)
{
	struct fixture *f = *state;
	run(f, "Jacksonville said on Monday that its profit rose 4 percent. Shares of "
	       "Jacksonville fell 2 percent after Jacksonville cut its forecast.");
	assert_string_equal(render(f), "org Jacksonville\n");
	/* one mention is too few */
	run(f, "Jacksonville said on Monday that its profit rose 4 percent.");
	assert_string_equal(render(f), "city Jacksonville [in: United States]\n"
	                               "country United States\n");
}

static void test_written_ordinary_word_names(void **state)
{
	struct fixture *f = *state;
	run(f, "The regulator said on Monday that it had fined Google and Apple. The minister "
	       "wrote on Twitter that the fines were fair.");
	assert_string_equal(render_mentions(f), "Google>Google | Apple>Apple | Twitter>Twitter");
	/* written in lower case elsewhere: an ordinary word */
	run(f, "The minister wrote on Twitter that the fines were fair. Birds twitter at dawn.");
	assert_string_equal(render_mentions(f), "");
}

static void test_written_out_of_memory(void **state)
{
	struct fixture *f = *state;
	assert_true(fail_each_allocation(f, "Reggie Wayne scored as Denver beat Houston 24-17 in "
	                                    "the league game. Wayne ran in Denver.") > 5);
	assert_string_equal(render_mentions(f), "Reggie Wayne>Reggie Wayne | Denver>Denver | "
	                                        "Houston>Houston | Wayne>Reggie Wayne | "
	                                        "Denver>Denver");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_written_town_teams, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_town_teams_not, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_teams_without_score, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_legislatures, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_given_name_countries, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_tagger_company_towns, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_ordinary_word_names, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_written_out_of_memory, setup, teardown),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
