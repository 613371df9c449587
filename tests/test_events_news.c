/* test_events_news.c - the news event classes of issue 4 beyond business:
 * deaths, criminal charges, sports matches, fires, dismissals; each with its
 * sense checks (a wrong event is worse than none) and its roles.
 *
 * The entity stage is another module: entities and their mentions are added
 * by hand (events_fixture.h), then the time and event stages run. */
#include "events_fixture.h"

/* "class time=V place=P role:Name... by:"description" [trigger][trigger]" */
static void describe(const struct fx *f, uint32_t i, char *out, size_t cap)
{
	fx_describe(f, i, out, cap, false);
}

/* Who died: the subject of "died", "X's death", "the death of X", "was
 * declared dead"; not a death penalty, "died down", "stabbed to death"
 * (the killing's), nor the dead ("the dead were buried"). */
static void test_news_deaths(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Robert Buckley died on Sunday after a fall in New Zealand. "
	        "Buckley's death came a day after that of Duncan Rait. "
	        "Anna Berg was declared dead at the scene on Monday. "
	        "The death penalty was abolished in 1965. The wind died down on Tuesday. "
	        "A man was stabbed to death in Leeds. The dead were buried in Leeds.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_PERSON, "Robert Buckley", "Robert Buckley");
	ent(&f, NKG_CLASS_PERSON, "Robert Buckley", "Buckley");
	ent(&f, NKG_CLASS_PERSON, "Duncan Rait", "Duncan Rait");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_COUNTRY, "New Zealand", "New Zealand");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "death time=2013-09-15 place=- patient:Robert Buckley [died][death]");
	EVENT_IS(&f, 1, "death time=2013-09-16 place=- patient:Anna Berg [dead]");
	EVENT_IS(&f, 2, "attack time=- place=Leeds patient:\"A man\" [stabbed]");
	fx_release(&f);
}

/* Criminal charges: "charged X with murder", "accused of killing", "faces
 * manslaughter charges"; not the agency "charged with overseeing" a vote,
 * a price charged, "in charge of", "accused of hypocrisy". */
static void test_news_charges(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The FBI charged John Smith with robbery on Friday. "
	        "Mary Jones, accused of killing her neighbour, faces manslaughter charges. "
	        "The commission charged with overseeing the count met on Monday in Ashgabat. "
	        "Customers were charged $5 on Monday in Ashgabat. "
	        "Tom Hale was in charge of the team on Monday. "
	        "Tom Hale was accused of hypocrisy on Monday.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "FBI", "FBI");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	ent(&f, NKG_CLASS_PERSON, "Mary Jones", "Mary Jones");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_CITY, "Ashgabat", "Ashgabat");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "charge time=2013-09-13 place=- agent:FBI patient:John Smith [charged]");
	EVENT_IS(&f, 1, "charge time=- place=- patient:Mary Jones [accused][charges]");
	fx_release(&f);
}

/* Sports matches and who beat whom; not a contract won, an election won or
 * a political defeat, nor a candidate who "defeated his opponents". */
static void test_news_sports_matches(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The Colts beat the Chiefs 20-13 on Sunday. "
	        "Belgium defeated Panama 3 - 0 in Sochi on Monday. "
	        "Airbus won a contract on Monday. Obama won the election on Tuesday. "
	        "The party suffered a defeat in the vote on Tuesday. "
	        "The Tar Heels' 91-73 victory over Evansville came on Thursday.",
	        "2012-12-24");
	ent(&f, NKG_CLASS_ORGANIZATION, "Colts", "Colts");
	ent(&f, NKG_CLASS_ORGANIZATION, "Chiefs", "Chiefs");
	ent(&f, NKG_CLASS_COUNTRY, "Belgium", "Belgium");
	ent(&f, NKG_CLASS_COUNTRY, "Panama", "Panama");
	ent(&f, NKG_CLASS_CITY, "Sochi", "Sochi");
	ent(&f, NKG_CLASS_CORPORATION, "Airbus", "Airbus");
	ent(&f, NKG_CLASS_PERSON, "Barack Obama", "Obama");
	ent(&f, NKG_CLASS_ORGANIZATION, "Tar Heels", "Tar Heels");
	ent(&f, NKG_CLASS_CITY, "Evansville", "Evansville");
	fx_run(&f);
	/* two matches: their sides differ; the election and the vote are no match
	 * (Obama, who won the election, is its agent) */
	assert_int_equal(f.doc.n_events, 5);
	EVENT_IS(&f, 0, "sports-match time=2012-12-23 place=- agent:Colts patient:Chiefs [beat]");
	EVENT_IS(
	        &f, 1,
	        "sports-match time=2012-12-24 place=Sochi agent:Belgium patient:Panama [defeated]");
	EVENT_IS(&f, 2, "election time=2012-12-18 place=- agent:Barack Obama [election]");
	EVENT_IS(&f, 3, "vote time=2012-12-18 place=- [vote]");
	EVENT_IS(&f, 4,
	         "sports-match time=2012-12-20 place=- agent:Tar Heels patient:Evansville "
	         "[victory]");
	fx_release(&f);

	/* a candidate "defeated his opponents" ("opponents" is a sports word
	 * too): "constituency" and "elected" make it politics, and "was elected"
	 * the election he won */
	fx_init(&f,
	        "Edward Yiu defeated his opponents in the Landscape constituency and was "
	        "elected.",
	        "2016-09-05");
	ent(&f, NKG_CLASS_PERSON, "Edward Yiu", "Edward Yiu");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 1);
	EVENT_IS(&f, 0, "election time=- place=- agent:Edward Yiu [elected]");
	fx_release(&f);
}

/* Fires: "a fire destroyed", "the blaze", "destroyed by fire" (what burned
 * its patient); not gunfire
 * ("opened fire" is a shooting, "fired a missile" none), "under fire", the
 * fire department, a firestorm of criticism. */
static void test_news_fires(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A fire destroyed the old dairy in Palmer on Tuesday. The blaze spread fast. "
	        "The Wasilla Bible Church was badly damaged by fire on Friday. "
	        "On Monday a fire gutted Palmer's Mat Maid dairy. "
	        "Police opened fire on the crowd in Lagos on Monday. "
	        "The army fired a missile at Gaza on Monday. "
	        "The fire department came from Wasilla on Monday. "
	        "The senator came under fire in Lagos on Monday. "
	        "A firestorm of criticism followed in Lagos on Monday.",
	        "2012-08-08");
	ent(&f, NKG_CLASS_CITY, "Palmer", "Palmer");
	ent(&f, NKG_CLASS_CITY, "Lagos", "Lagos");
	ent(&f, NKG_CLASS_CITY, "Gaza", "Gaza");
	ent(&f, NKG_CLASS_CITY, "Wasilla", "Wasilla");
	ent(&f, NKG_CLASS_ORGANIZATION, "Wasilla Bible Church", "Wasilla Bible Church");
	fx_run(&f);
	/* what burned is the patient; Palmer, the dairy's owner, did not burn */
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0, "fire time=2012-08-07 place=Palmer [fire][blaze]");
	EVENT_IS(&f, 1, "fire time=2012-08-03 place=- patient:Wasilla Bible Church [fire]");
	EVENT_IS(&f, 2, "fire time=2012-08-06 place=- [fire]");
	/* "opened fire": a shooting, no blaze */
	EVENT_IS(&f, 3, "attack time=2012-08-06 place=Lagos [opened fire]");
	fx_release(&f);
}

/* Dismissals: "fired coach X", "X was fired as coach"; not a shot fired,
 * "the bullet that killed X was fired", "dismissed the election as a sham". */
static void test_news_dismissals(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "The 76ers fired coach Maurice Cheeks on Saturday. "
	        "Jim Brown was fired as manager on Monday. "
	        "The bullet that killed Ali Khan was fired on Monday in Athens. "
	        "The officer fired the shot in Athens on Monday. "
	        "Critics dismissed Ali Khan as naive on Monday.",
	        "2008-12-08");
	ent(&f, NKG_CLASS_ORGANIZATION, "Philadelphia 76ers", "76ers");
	ent(&f, NKG_CLASS_PERSON, "Maurice Cheeks", "Maurice Cheeks");
	ent(&f, NKG_CLASS_PERSON, "Jim Brown", "Jim Brown");
	ent(&f, NKG_CLASS_PERSON, "Ali Khan", "Ali Khan");
	ent(&f, NKG_CLASS_CITY, "Athens", "Athens");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0,
	         "dismissal time=2008-12-06 place=- agent:Philadelphia 76ers patient:Maurice "
	         "Cheeks [fired]");
	EVENT_IS(&f, 1, "dismissal time=2008-12-08 place=- patient:Jim Brown [fired]");
	/* the bullet's killing, no dismissal */
	EVENT_IS(&f, 2, "killing time=2008-12-08 place=Athens patient:Ali Khan [killed]");
	fx_release(&f);
}

/* Statements whose speaker the text describes but does not name: "police
 * said", "a state official said", "cops and family said", "reports from
 * Ashgabat said", ", said a police spokesman.", "Lohan's attorney said";
 * not the one the sentence speaks of ("The man police say fled"); a named
 * speaker wins. */
static void test_news_described_speakers(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Gray was shot in Brooklyn, police said. "
	        "The clinic is unlicensed, a state official said. "
	        "The vote ended, said reports from Ashgabat. "
	        "She was hit by a car, cops and family said. "
	        "The fire is out, said a police spokesman. "
	        "The man police say fled was caught. "
	        "Lohan is fine, Mark Heller said. "
	        "Lohan's attorney said she is fine.",
	        "2013-03-11");
	ent(&f, NKG_CLASS_PERSON, "Kimani Gray", "Gray");
	ent(&f, NKG_CLASS_CITY, "Brooklyn", "Brooklyn");
	ent(&f, NKG_CLASS_CITY, "Ashgabat", "Ashgabat");
	ent(&f, NKG_CLASS_PERSON, "Lindsay Lohan", "Lohan");
	ent(&f, NKG_CLASS_PERSON, "Mark Heller", "Mark Heller");
	fx_run(&f);
	/* "The man police say fled": the man is whom police speak of, no speaker */
	assert_int_equal(f.doc.n_events, 8);
	EVENT_IS(&f, 0, "attack time=- place=Brooklyn patient:Kimani Gray [shot]");
	EVENT_IS(&f, 1, "statement time=- place=- by:\"police\" [said]");
	EVENT_IS(&f, 2, "statement time=- place=- by:\"a state official\" [said]");
	EVENT_IS(&f, 3, "statement time=- place=- by:\"reports from Ashgabat\" [said]");
	EVENT_IS(&f, 4, "statement time=- place=- by:\"cops and family\" [said]");
	EVENT_IS(&f, 5, "statement time=- place=- by:\"a police spokesman\" [said]");
	EVENT_IS(&f, 6, "statement time=- place=- speaker:Mark Heller [said]");
	/* a possessive's owner is no speaker: part of the description */
	EVENT_IS(&f, 7, "statement time=- place=- by:\"Lohan's attorney\" [said]");
	fx_release(&f);
}

/* A person's fall from a height is an accident ("fell about 200 feet",
 * "slipped and fell", "fell to his death", "dies in New Zealand fall"); a
 * market's fall, the fall of a government and the season are not. */
static void test_news_falls(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Robert Buckley fell about 600 metres on Saturday. "
	        "Anna Berg slipped and fell 200ft from a ridge near Mount Cook on Friday. "
	        "Shares fell 3% in London on Friday. The fall of the government came in 1990. "
	        "Tom Hale left in the fall.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_PERSON, "Robert Buckley", "Robert Buckley");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_PLACE, "Mount Cook", "Mount Cook");
	ent(&f, NKG_CLASS_CITY, "London", "London");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	fx_run(&f);
	/* two climbers, two falls (people_differ) */
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "accident time=2013-09-14 place=- agent:Robert Buckley [fell]");
	EVENT_IS(&f, 1,
	         "accident time=2013-09-13 place=Mount Cook agent:Anna Berg [slipped][fell]");
	EVENT_IS(&f, 2, "market-fall time=2013-09-13 place=London [fell]");
	fx_release(&f);
}

/* Review fixes: "charged John Smith with murder on Monday" dates the
 * charge, not the murder; "a second man was charged" is another charge than
 * John Smith's, not one that moves his to Friday. */
static void test_news_charges_dated_and_apart(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Police charged John Smith with murder on Monday. "
	        "A second man was charged with theft on Friday.",
	        "2026-11-24");
	ent(&f, NKG_CLASS_PERSON, "John Smith", "John Smith");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "charge time=2026-11-23 place=- patient:John Smith [charged]");
	EVENT_IS(&f, 1, "charge time=2026-11-20 place=- patient:\"A second man\" [charged]");
	fx_release(&f);
}

/* Review fixes: a market that fell "from a peak" or "off a cliff" is a
 * market fall, not a fall from a height. */
static void test_news_market_falls_from_peaks(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Prices fell from a peak of $100 in London on Friday. "
	        "Stocks fell off a cliff in Tokyo on Monday.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_CITY, "London", "London");
	ent(&f, NKG_CLASS_CITY, "Tokyo", "Tokyo");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "market-fall time=2013-09-13 place=London [fell]");
	EVENT_IS(&f, 1, "market-fall time=2013-09-16 place=Tokyo [fell]");
	fx_release(&f);
}

/* "game" and "match" name a match only on evidence of their own, not
 * because the sentence is about sports: not "yards per game", "the
 * passing game", "won 40 games", a new video game, "will match"; two
 * matches on the same day with different sides stay two. */
static void test_news_games_that_are_no_match(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Tom Riley averaged 8 yards per game on Sunday, coach Mark Jensen said. "
	        "Mark Jensen said on Sunday the passing game was the difference. "
	        "Tom Riley has won 40 games as a starter in the league since 2019. "
	        "Ubisoft said on Sunday its new game will launch in the fall. "
	        "Ubisoft will match employee donations to the team on Sunday.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_PERSON, "Tom Riley", "Tom Riley");
	ent(&f, NKG_CLASS_PERSON, "Mark Jensen", "Mark Jensen");
	ent(&f, NKG_CLASS_CORPORATION, "Ubisoft", "Ubisoft");
	fx_run(&f);
	for (uint32_t i = 0; i < f.doc.n_events; i++)
		assert_int_not_equal(f.doc.events[i].cls, NKG_EVENT_SPORTS_MATCH);
	fx_release(&f);

	fx_init(&f,
	        "The Colts beat the Chiefs 20-13 on Sunday. "
	        "The Jets beat the Bills 31-24 on Sunday. "
	        "The Jets lost Sunday's game against the Bills.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_ORGANIZATION, "Colts", "Colts");
	ent(&f, NKG_CLASS_ORGANIZATION, "Chiefs", "Chiefs");
	ent(&f, NKG_CLASS_ORGANIZATION, "Jets", "Jets");
	ent(&f, NKG_CLASS_ORGANIZATION, "Bills", "Bills");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "sports-match time=2013-09-15 place=- agent:Colts patient:Chiefs [beat]");
	EVENT_IS(&f, 1,
	         "sports-match time=2013-09-15 place=- agent:Jets patient:Bills [beat][game]");
	fx_release(&f);
}

/* A vehicle hitting someone is an accident whose patient is the one hit;
 * "hit a record", "the storm hit" and a military strike are not. */
static void test_news_vehicle_hits(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Raj Chohan was struck by a gray car in Queens on Friday. "
	        "Shares hit a record in London on Monday. The storm hit Leeds on Monday.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_PERSON, "Raj Chohan", "Raj Chohan");
	ent(&f, NKG_CLASS_DISTRICT, "Queens", "Queens");
	ent(&f, NKG_CLASS_CITY, "London", "London");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	/* the storm is a disaster of its own (test_events_reading.c), the
	 * place it hit its place */
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "accident time=2013-09-13 place=Queens patient:Raj Chohan [struck]");
	EVENT_IS(&f, 1, "disaster time=2013-09-16 place=Leeds [storm]");
	fx_release(&f);
}

/* Explosions: a bomb that explodes or goes off, a suicide bomber who blows
 * himself up, an explosion in a crowded market are bombings, which the
 * toll ", killing N" joins; a gas or boiler explosion is an accident; an
 * explosion of anger, a phone that goes off, prices that explode none. */
static void test_news_explosions(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A bomb exploded in Kabul on Monday, killing 12 people. "
	        "A car bomb went off outside a police station in Baghdad on Tuesday, killing at "
	        "least 15 people. "
	        "A suicide bomber blew himself up at a checkpoint in Mogadishu on Wednesday, "
	        "killing eight soldiers. "
	        "An explosion ripped through a market in Peshawar on Thursday, killing 20 people. "
	        "A gas explosion at a factory in Tianjin on Friday killed 11 workers. "
	        "A boiler exploded in Leeds on Saturday. "
	        "There was an explosion of anger in Leeds on Sunday. His phone went off in Leeds "
	        "on Sunday. Prices exploded in Leeds on Sunday.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_CITY, "Kabul", "Kabul");
	ent(&f, NKG_CLASS_CITY, "Baghdad", "Baghdad");
	ent(&f, NKG_CLASS_CITY, "Mogadishu", "Mogadishu");
	ent(&f, NKG_CLASS_CITY, "Peshawar", "Peshawar");
	ent(&f, NKG_CLASS_CITY, "Tianjin", "Tianjin");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	EVENT_IS(&f, 0, "attack time=2013-09-16 place=Kabul [exploded][killing]");
	EVENT_IS(&f, 1, "attack time=2013-09-10 place=Baghdad [went][killing]");
	EVENT_IS(&f, 2,
	         "attack time=2013-09-11 place=Mogadishu agent:\"A suicide bomber\" [blew][killing]");
	EVENT_IS(&f, 3, "attack time=2013-09-12 place=Peshawar [explosion][killing]");
	EVENT_IS(&f, 4, "accident time=2013-09-13 place=Tianjin [explosion][killed]");
	EVENT_IS(&f, 5, "accident time=2013-09-14 place=Leeds [exploded]");
	const char *const tolls[] = {"12", "at least 15", "eight", "20", "11"};
	for (uint32_t k = 0; k < 5; k++)
		assert_true(nkg_str_eq_cstr(f.doc.events[k].quantity, tolls[k]));
	fx_release(&f);
}

/* How many an act hurt (nkg_event.injured): the count after "wounding"
 * or "injuring" that follows the act or its toll, after "wounded" that
 * follows a killing, before a passive "were wounded" in the act's sentence
 * or the next; not "wounded his pride"; a passive with no act near is an
 * injury of its own (test_events_hurt.c). */
static void test_news_injuries(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "A bomb exploded in Kabul on Monday, killing 12 people and wounding 30 others. "
	        "An earthquake struck near Malatya on Tuesday, injuring at least 50. "
	        "A car bomb went off in Baghdad on Wednesday. At least 40 people were wounded. "
	        "Gunmen killed five villagers and wounded 10 in Kano on Thursday. "
	        "The remark wounded his pride in Leeds on Friday. "
	        "Ali was seen in Leeds on Friday. Two officers were injured.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_CITY, "Kabul", "Kabul");
	ent(&f, NKG_CLASS_CITY, "Malatya", "Malatya");
	ent(&f, NKG_CLASS_CITY, "Baghdad", "Baghdad");
	ent(&f, NKG_CLASS_CITY, "Kano", "Kano");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 5);
	EVENT_IS(&f, 0, "attack time=2013-09-16 place=Kabul [exploded][killing]");
	EVENT_IS(&f, 1, "disaster time=2013-09-10 place=Malatya [earthquake]");
	EVENT_IS(&f, 2, "attack time=2013-09-11 place=Baghdad [went]");
	EVENT_IS(&f, 3, "killing time=2013-09-12 place=Kano [killed]");
	EVENT_IS(&f, 4, "injury time=- place=- [injured]");
	const char *const dead[] = {"12", "", "", "five", ""};
	const char *const hurt[] = {"30", "at least 50", "At least 40", "10", "Two"};
	for (uint32_t k = 0; k < 5; k++) {
		assert_true(nkg_str_eq_cstr(f.doc.events[k].quantity, dead[k]));
		assert_true(nkg_str_eq_cstr(f.doc.events[k].injured, hurt[k]));
	}
	fx_release(&f);
}

/* Election winners and losers, as in a sports match: the winner is the
 * agent, the defeated the patient ("X won the election, defeating Y", "X
 * defeated Y in the election", "X was elected president"); a candidate's
 * share of the vote makes the candidate a participant; "elected" with no
 * named winner, "elected to" a choice and "elected officials" are none. */
static void test_news_election_sides(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "John Mahama won the election on Saturday, defeating Mahamudu Bawumia. "
	        "Barack Obama was elected president in November 2008. "
	        "Nicolas Sarkozy defeated Segolene Royal in the presidential election on "
	        "Sunday. Ségolène Royal lost Sunday's runoff election in France. "
	        "Tony Weeks elected to stop the bout in Leeds on Monday. Elected officials met "
	        "in Leeds on Monday. The staff was elected in December 2008.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_PERSON, "John Mahama", "John Mahama");
	ent(&f, NKG_CLASS_PERSON, "Mahamudu Bawumia", "Mahamudu Bawumia");
	ent(&f, NKG_CLASS_PERSON, "Barack Obama", "Barack Obama");
	ent(&f, NKG_CLASS_PERSON, "Nicolas Sarkozy", "Nicolas Sarkozy");
	ent(&f, NKG_CLASS_PERSON, "Segolene Royal", "Segolene Royal");
	ent(&f, NKG_CLASS_PERSON, "Segolene Royal", "Ségolène Royal");
	ent(&f, NKG_CLASS_PERSON, "Tony Weeks", "Tony Weeks");
	ent(&f, NKG_CLASS_COUNTRY, "France", "France");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 4);
	EVENT_IS(&f, 0,
	         "election time=2013-09-14 place=- agent:John Mahama patient:Mahamudu Bawumia "
	         "[election]");
	EVENT_IS(&f, 1, "election time=2008-11 place=- agent:Barack Obama [elected]");
	EVENT_IS(&f, 2,
	         "election time=2013-09-15 place=France agent:Nicolas Sarkozy "
	         "patient:Segolene Royal [election][election]");
	EVENT_IS(&f, 3, "meeting time=2013-09-16 place=Leeds [met]");
	fx_release(&f);

	/* a share of the vote: the candidate's election, the candidate a
	 * participant (no winner); a referendum's share stays a vote */
	fx_init(&f,
	        "John Mahama won 56 percent of the vote in Ghana on Saturday. "
	        "The referendum in Ireland passed on Friday with 62% of the vote.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_PERSON, "John Mahama", "John Mahama");
	ent(&f, NKG_CLASS_COUNTRY, "Ghana", "Ghana");
	ent(&f, NKG_CLASS_COUNTRY, "Ireland", "Ireland");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 2);
	EVENT_IS(&f, 0, "election time=2013-09-14 place=Ghana participant:John Mahama [vote]");
	EVENT_IS(&f, 1, "vote time=2013-09-13 place=Ireland [referendum][vote]");
	fx_release(&f);
}

/* A time before a purpose clause dates the main verb's event too ("met the
 * king at his palace on Saturday to hand in his resignation"), not an
 * infinitive's ("wants to meet X on Monday to sign a pact": only the
 * pact), and a time after the purpose clause stays with its nearest. */
static void test_news_purpose_clause_times(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Mark Rutte met Willem-Alexander at his palace in The Hague on Saturday to hand in "
	        "his resignation. "
	        "Ali Khan wants to meet Tom Hale in Leeds on Monday to sign a pact. "
	        "Anna Berg visited Leeds to discuss the strike on Thursday.",
	        "2023-07-10");
	ent(&f, NKG_CLASS_PERSON, "Mark Rutte", "Mark Rutte");
	ent(&f, NKG_CLASS_PERSON, "Willem-Alexander", "Willem-Alexander");
	ent(&f, NKG_CLASS_CITY, "The Hague", "The Hague");
	ent(&f, NKG_CLASS_PERSON, "Ali Khan", "Ali Khan");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_PERSON, "Anna Berg", "Anna Berg");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 6);
	EVENT_IS(&f, 0,
	         "meeting time=2023-07-08 place=The Hague agent:Mark Rutte "
	         "participant:Willem-Alexander [met]");
	EVENT_IS(&f, 1, "resignation time=2023-07-08 place=- [resignation]");
	EVENT_IS(&f, 2, "meeting time=- place=Leeds agent:Ali Khan participant:Tom Hale [meet]");
	/* who is to sign it: the subject of "sign" (test_events_reading.c) */
	EVENT_IS(&f, 3, "agreement time=2023-07-10 place=- participant:Ali Khan [pact]");
	EVENT_IS(&f, 4, "meeting time=- place=Leeds agent:Anna Berg [visited]");
	EVENT_IS(&f, 5, "military-strike time=2023-07-06 place=- [strike]");
	fx_release(&f);
}

/* Clashes: a violent confrontation whose sides are participants (none the
 * agent), with its toll; not a sports fixture, a debate, a clash of
 * cultures, nor a clash with no word of force near it. */
static void test_news_clashes(void **state)
{
	(void)state;
	struct fx f;
	fx_init(&f,
	        "Thousands protested in Santiago on Friday. Clashes between police and Mapuche "
	        "activists broke out near the Plaza Italia on Friday. "
	        "Mourners clashed with NYPD officers in Brooklyn on Monday, injuring three "
	        "officers. "
	        "Arsenal face Chelsea in Saturday's league clash at the Emirates in London. "
	        "Tom Hale and Ali Khan clashed over taxes in a televised debate in Denver on "
	        "Wednesday. The show in Paris on Tuesday was a clash of cultures. "
	        "Our schedules clashed in Leeds on Tuesday.",
	        "2013-09-16");
	ent(&f, NKG_CLASS_CITY, "Santiago", "Santiago");
	ent(&f, NKG_CLASS_ORGANIZATION, "Mapuche activists", "Mapuche activists");
	ent(&f, NKG_CLASS_PLACE, "Plaza Italia", "Plaza Italia");
	ent(&f, NKG_CLASS_GOVERNMENT_ORG, "NYPD", "NYPD");
	ent(&f, NKG_CLASS_DISTRICT, "Brooklyn", "Brooklyn");
	ent(&f, NKG_CLASS_ORGANIZATION, "Arsenal", "Arsenal");
	ent(&f, NKG_CLASS_ORGANIZATION, "Chelsea", "Chelsea");
	ent(&f, NKG_CLASS_CITY, "London", "London");
	ent(&f, NKG_CLASS_PERSON, "Tom Hale", "Tom Hale");
	ent(&f, NKG_CLASS_PERSON, "Ali Khan", "Ali Khan");
	ent(&f, NKG_CLASS_CITY, "Denver", "Denver");
	ent(&f, NKG_CLASS_CITY, "Paris", "Paris");
	ent(&f, NKG_CLASS_CITY, "Leeds", "Leeds");
	fx_run(&f);
	assert_int_equal(f.doc.n_events, 3);
	EVENT_IS(&f, 0, "protest time=2013-09-13 place=Santiago [protested]");
	EVENT_IS(&f, 1,
	         "clash time=2013-09-13 place=Plaza Italia participant:Mapuche activists "
	         "[Clashes]");
	EVENT_IS(&f, 2, "clash time=2013-09-16 place=Brooklyn participant:NYPD [clashed]");
	assert_true(nkg_str_eq_cstr(f.doc.events[2].injured, "three"));
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_news_deaths),
	        cmocka_unit_test(test_news_charges),
	        cmocka_unit_test(test_news_sports_matches),
	        cmocka_unit_test(test_news_fires),
	        cmocka_unit_test(test_news_dismissals),
	        cmocka_unit_test(test_news_described_speakers),
	        cmocka_unit_test(test_news_falls),
	        cmocka_unit_test(test_news_market_falls_from_peaks),
	        cmocka_unit_test(test_news_charges_dated_and_apart),
	        cmocka_unit_test(test_news_games_that_are_no_match),
	        cmocka_unit_test(test_news_vehicle_hits),
	        cmocka_unit_test(test_news_explosions),
	        cmocka_unit_test(test_news_injuries),
	        cmocka_unit_test(test_news_election_sides),
	        cmocka_unit_test(test_news_purpose_clause_times),
	        cmocka_unit_test(test_news_clashes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
