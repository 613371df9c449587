/* test_entities_sport.c - sports teams named by their country or town in
 * articles about sport that carry no score (extract/entities.c:
 * sport_context, team_use_wide, team_place_frame). */
#include "entities_fixture.h"

/* run() and the dateline: metadata first, as the pipeline does. */
static void run_dated(struct fixture *f, const char *text)
{
	nkg_doc_release(&f->doc);
	nkg_doc_init(&f->doc, text, strlen(text));
	assert_int_equal(nkg_tokenize(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_metadata(&f->doc, &f->toks), 0);
	assert_int_equal(nkg_find_entities(&f->doc, &f->toks), 0);
}

static void test_sport_context_without_a_score(void **state)
{
	struct fixture *f = *state;
	/* Four words of sport (squad, tournament, coach, season; none of them
	 * two words no other news uses) and no score: a country that plays is
	 * the team, but after "in". */
	run(f, "Portugal named their squad for the tournament on Monday. The coach picked young "
	       "players for the season. Portugal play Ghana next. Fans in Portugal were happy.");
	assert_string_equal(render(f), "org Portugal\norg Ghana\ncountry Portugal\n");
	assert_string_equal(f->doc.mentions[0].rule, "entities.sports-team");
	assert_string_equal(f->doc.mentions[3].rule, "entities.gazetteer.country");
	/* Three (squad, coach, season): no article about sport. */
	run(f, "Portugal named their squad on Monday. The coach picked young players for the "
	       "season. Portugal play Ghana next. Fans in Portugal were happy.");
	assert_string_equal(render(f), "country Portugal\ncountry Ghana\n");
}

static void test_sport_transfer_and_of_frames(void **state)
{
	struct fixture *f = *state;
	/* "on loan from" names the club the player comes from; "the fans of"
	 * a team, "the people of" a place. */
	run(f, "The winger arrived on loan from Portugal last week. The coach said the squad "
	       "needed goals before the league season. The fans of Portugal cheered. The people "
	       "of Portugal voted.");
	assert_string_equal(render(f), "org Portugal\ncountry Portugal\n");
	assert_string_equal(render_mentions(f),
	                    "Portugal>Portugal | Portugal>Portugal | Portugal>Portugal");
	assert_int_equal(f->doc.n_mentions, 3);
	assert_string_equal(f->doc.mentions[0].rule, "entities.sports-team");
	assert_string_equal(f->doc.mentions[1].rule, "entities.sports-team");
	assert_string_equal(f->doc.mentions[2].rule, "entities.gazetteer.country");
	/* without "loan" a place one comes from */
	run(f, "The winger arrived from Portugal last week. The coach said the squad needed "
	       "goals before the league season. The people of Portugal voted.");
	assert_string_equal(render(f), "country Portugal\n");
}

static void test_sport_dateline_and_travel_stay_places(void **state)
{
	struct fixture *f = *state;
	run_dated(f, "LISBON, Portugal - Portugal clinched the title with a draw on Sunday. The "
	             "coach praised the squad, the striker and the goalkeeper after the match. "
	             "Thousands of fans moved to Portugal.");
	assert_string_equal(render(f), "city Lisbon [in: Portugal]\ncountry Portugal\n"
	                               "org Portugal\n");
	assert_int_equal(f->doc.n_mentions, 4);
	assert_string_equal(f->doc.mentions[1].rule, "entities.gazetteer.country");
	assert_string_equal(f->doc.mentions[2].rule, "entities.sports-team");
	assert_string_equal(f->doc.mentions[3].rule, "entities.gazetteer.country");
}

static void test_sport_coordination_with_a_team(void **state)
{
	struct fixture *f = *state;
	/* Norway plays ("Norway face"); Croatia, coordinated with it, is a team too */
	run(f, "Croatia, Norway and Ghana reached the last round. Norway face Ghana on Friday in "
	       "the tournament. The coach named his squad, a striker and a goalkeeper for the "
	       "match.");
	assert_string_equal(render(f), "org Croatia\norg Norway\norg Ghana\n");
	assert_string_equal(f->doc.mentions[0].rule, "entities.sports-team");
}

static void test_sport_club_nicknames(void **state)
{
	struct fixture *f = *state;
	/* A sports report (a score and "touchdowns"): "Colts" and "Chiefs"
	 * played ("beat", "over the"), written capitalised inside a sentence
	 * and never in lower case; every capitalised mention is the club, the
	 * headline's too. */
	run(f, "Colts Beat Chiefs\n\nThe Colts beat the Chiefs 20 - 13 on Sunday. Andrew Luck "
	       "threw two touchdowns for the Colts.");
	assert_string_equal(render(f), "person Andrew Luck\norg Colts\norg Chiefs\n");
	assert_string_equal(render_mentions(f), "Colts>Colts | Chiefs>Chiefs | Colts>Colts | "
	                                        "Chiefs>Chiefs | Andrew Luck>Andrew Luck | "
	                                        "Colts>Colts");
	assert_string_equal(f->doc.mentions[0].rule, "entities.team-nickname");
	/* No score, two words of sport ("injured", "season") and a club's
	 * business after it ("placed"). */
	run(f, "The Saints placed running back Reggie Bush on injured reserve, ending his season.");
	assert_string_equal(render(f), "person Reggie Bush\norg Saints\n");
	/* Named in full in the article: the club, by coreference. */
	run(f, "The New Orleans Saints won 31 - 24 in the game. The Saints scored late.");
	assert_string_equal(render(f), "org New Orleans Saints [alt: Saints]\n");
	assert_int_equal(f->doc.n_mentions, 2);
}

static void test_sport_club_nicknames_refused(void **state)
{
	struct fixture *f = *state;
	/* No article about sport: a party. */
	run(f, "The Democrats beat the Republicans in the vote on Tuesday.");
	assert_string_equal(render(f), "");
	/* An article with sport words, but a vote: parties' members are no
	 * clubs (review of session 12). */
	run(f, "Democrats beat Republicans in the Senate vote on the stadium. The team's coach "
	       "said the season would start late.");
	assert_string_equal(render(f), "gov Senate\n");
	/* Written in lower case too: an ordinary plural. */
	run(f, "The Giants beat the Jets 20 - 13 in the game. The giants of the league lost.");
	assert_string_equal(render(f), "org Jets\n");
	/* Never used as a club: no frame of play ("the Pilgrims landed"). */
	run(f, "The Jets won 20 - 13 in the game. The Pilgrims landed in 1620.");
	assert_string_equal(render(f), "org Jets\n");
	/* A people's plural, a surname: never this rule's (the tagger reads
	 * "Williams" as an organisation here). */
	run(f, "The Americans beat the Williams 20 - 13 in the game.");
	assert_string_equal(render(f), "org Williams\n");
	assert_string_equal(f->doc.mentions[0].rule, "entities.model");
}

static void test_sport_out_of_memory(void **state)
{
	struct fixture *f = *state;
	/* the team list of sports_teams, rebuilt by sports_teams_coordinated */
	assert_true(fail_each_allocation(f, "Croatia, Norway and Ghana reached the last round. "
	                                    "Norway face Ghana on Friday in the tournament. The "
	                                    "coach named his squad, a striker and a goalkeeper "
	                                    "for the match.") > 0);
	assert_string_equal(render(f), "org Croatia\norg Norway\norg Ghana\n");
	/* the sorted words and chunk maps of club_nicknames, and its chunks */
	assert_true(fail_each_allocation(f, "The Colts beat the Chiefs 20 - 13 on Sunday. Andrew "
	                                    "Luck threw two touchdowns for the Colts.") > 0);
	assert_string_equal(render(f), "person Andrew Luck\norg Colts\norg Chiefs\n");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
	        T(test_sport_context_without_a_score),
	        T(test_sport_transfer_and_of_frames),
	        T(test_sport_dateline_and_travel_stay_places),
	        T(test_sport_coordination_with_a_team),
	        T(test_sport_club_nicknames),
	        T(test_sport_club_nicknames_refused),
	        T(test_sport_out_of_memory),
#undef T
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
