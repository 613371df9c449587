/* test_events_counted.c - events the text gives by a count, a storm's name
 * or a verb of several words (issue 4): an arrest or killing whose only
 * patient is a count ("35 people had been arrested", "At least 12 were
 * killed"), a storm named without a trigger word ("Hurricane Ian made
 * landfall"), "opened fire" as a shooting that takes the toll of ",
 * killing two"; and who and when across sentences and "and": "he" after a
 * subject the text only describes ("The officer ... says he killed"), a
 * time before the first of two verbs joined by "and" ("On Monday, police
 * arrested X and charged him"); and two places of two countries keep two
 * meetings apart.  As in the other event tests, the entities
 * are added by hand. */
#include "events_fixture.h"

static void events_of(const struct fx *f, char *out, size_t cap)
{
	fx_events_of(f, out, cap, FX_TRIGGERS | FX_HURT | FX_COUNT);
}

/* A count before a passive ("had been arrested") is the arrest's quantity,
 * and an arrest with a count is written though it has no time or place. */
static void test_counted_arrest(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Police said that 35 people had been arrested after the riots.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "statement [said]; arrest q:35 [arrested]");
	fx_release(&f);

	fx_sunday(&f, "Police arrested at least 12 suspects in Leeds on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Leeds");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest @2024-03-04 in:Leeds q:at least 12 [arrested]");
	fx_release(&f);

	/* a rough count, before "of" and a victim noun or alone */
	fx_sunday(&f, "Dozens of protesters were arrested in Leeds on Monday. A bomb exploded in "
	              "Kabul on Monday. Hundreds were injured.\n");
	named(&f, NKG_CLASS_CITY, "Leeds");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest @2024-03-04 in:Leeds q:Dozens [arrested]; attack @2024-03-04 "
	               "in:Kabul hurt:Hundreds [exploded]");
	fx_release(&f);

	/* "the two" are people the text spoke of: no count, and so no event */
	fx_sunday(&f, "The two were arrested after the riots.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* A count alone that opens its clause counts the victims ("At least 12
 * were killed"), the hurt count after "and" joins it; right after an act
 * with a toll, such a killing that names no time, place or doer of its own
 * is that act's toll, and so is one "when" an act took place.  A place's
 * "state" is no saying. */
static void test_counted_bare_toll(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Gunmen attacked a village in Borno state on Friday. At least 12 were killed "
	              "and two were injured.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Borno");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-08 in:Borno hurt:two q:At least 12 [attacked][killed]");
	fx_release(&f);

	/* after an act with a toll in the sentence before: that act's toll */
	fx_sunday(&f, "A bomb exploded in Kabul on Monday. At least 12 people were killed and 30 "
	              "were wounded.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Kabul hurt:30 q:At least 12 [exploded][killed]");
	fx_release(&f);

	/* not with a place of its own, nor by someone */
	fx_sunday(&f, "A bomb exploded in Kabul on Monday. Two people were killed in Herat.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	named(&f, NKG_CLASS_CITY, "Herat");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Kabul [exploded]; killing in:Herat q:Two [killed]");
	fx_release(&f);

	fx_sunday(&f, "A bomb exploded in Kabul on Monday. Three people were killed by police.\n");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Kabul [exploded]; killing q:Three [killed]");
	fx_release(&f);

	/* a killing "when" a landslide struck is the landslide's toll; a
	 * landslide victory no landslide; a cause of its own after the killing
	 * keeps it from the act of the sentence before */
	fx_sunday(&f,
	          "At least 30 people were killed when a landslide buried a village in Uganda on "
	          "Thursday. The party won a landslide victory in Leeds on Monday. A bomb "
	          "exploded in Kabul on Monday. Two were killed when the roof of a shelter "
	          "collapsed.\n");
	named(&f, NKG_CLASS_COUNTRY, "Uganda");
	named(&f, NKG_CLASS_CITY, "Leeds");
	named(&f, NKG_CLASS_CITY, "Kabul");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-07 in:Uganda q:At least 30 [killed][landslide]; attack "
	               "@2024-03-04 in:Kabul [exploded]; killing q:Two [killed]");
	fx_release(&f);

	/* killed "when" an act took place: its toll; a vehicle overturns */
	fx_sunday(&f,
	          "Two people were killed and 15 were injured when a bus overturned near "
	          "Nairobi on Saturday. The court overturned the ruling in Nairobi on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Nairobi");
	fx_run(&f);
	EVENTS_ARE(&f, "accident @2024-03-09 in:Nairobi hurt:15 q:Two [killed][overturned]");
	fx_release(&f);

	/* a number inside a noun phrase is no count of victims */
	fx_sunday(&f, "His 2 sons were killed.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* "Hurricane Ian", "Typhoon Haiyan", "Tropical Storm Harvey": a disaster,
 * the whole name its mention; a verb whose subject it is joins it, and
 * "the storm" after it is the same storm. */
static void test_counted_named_storms(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Hurricane Ian made landfall in Florida on Wednesday. The storm destroyed "
	              "hundreds of homes.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Florida");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-06 in:Florida [Hurricane Ian][landfall][storm]");
	fx_release(&f);

	/* the entity stage may take the storm's name for a person's */
	fx_sunday(&f, "Typhoon Haiyan killed more than 6,000 people in the Philippines in November "
	              "2013.\n");
	named(&f, NKG_CLASS_COUNTRY, "Philippines");
	named(&f, NKG_CLASS_PERSON, "Haiyan");
	fx_run(&f);
	EVENTS_ARE(&f,
	           "disaster @2013-11 in:Philippines q:more than 6,000 [Typhoon Haiyan][killed]");
	fx_release(&f);

	fx_sunday(&f, "Tropical Storm Harvey flooded homes in Houston on Saturday.\n");
	named(&f, NKG_CLASS_CITY, "Houston");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-09 in:Houston [Tropical Storm Harvey]");
	fx_release(&f);

	/* "making landfall" is the storm's, when the sentence names one */
	fx_sunday(&f, "Hurricane Beryl weakened after making landfall in Texas on Monday. The ship "
	              "made landfall in Lisbon on Monday.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Texas");
	named(&f, NKG_CLASS_CITY, "Lisbon");
	fx_run(&f);
	EVENTS_ARE(&f, "disaster @2024-03-04 in:Texas [Hurricane Beryl][landfall]");
	fx_release(&f);

	/* two storms of two names stay two, in one place */
	fx_sunday(&f, "Hurricane Ian caused damage in Florida. Hurricane Nicole caused more damage "
	              "in Florida.\n");
	named(&f, NKG_CLASS_ADMIN_AREA, "Florida");
	fx_run(&f);
	EVENTS_ARE(&f,
	           "disaster in:Florida [Hurricane Ian]; disaster in:Florida [Hurricane Nicole]");
	fx_release(&f);

	/* a team, a centre's name, a storm word before a time: no storm */
	fx_sunday(&f, "The Seattle Storm Lost in Houston on Saturday. Forecasters at the Hurricane "
	              "Center in Miami spoke on Friday. Storm Friday hit Houston.\n");
	named(&f, NKG_CLASS_CITY, "Houston");
	named(&f, NKG_CLASS_CITY, "Miami");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* "opened fire" is one act, a shooting, and ", killing two" its toll: the
 * killing's mention stays, on the shooting. */
static void test_counted_opened_fire(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Soldiers opened fire on the crowd in Khartoum on Monday, killing two "
	              "people.\n");
	named(&f, NKG_CLASS_CITY, "Khartoum");
	fx_run(&f);
	EVENTS_ARE(&f, "attack @2024-03-04 in:Khartoum q:two [opened fire][killing]");
	fx_release(&f);

	fx_sunday(&f, "The school in Leeds opened fire safety classes on Monday.\n");
	named(&f, NKG_CLASS_CITY, "Leeds");
	fx_run(&f);
	EVENTS_ARE(&f, "");
	fx_release(&f);
}

/* "he" after a subject the text describes without a name is that person,
 * not a man named in the sentence before; a description of a woman does
 * not take "he". */
static void test_counted_described_subject(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f,
	          "Police Chief John Miller said an inquiry had begun. The officer, who has not "
	          "been named, says he killed the boy in Dayton.\n");
	named(&f, NKG_CLASS_PERSON, "John Miller");
	named(&f, NKG_CLASS_CITY, "Dayton");
	fx_run(&f);
	EVENTS_ARE(&f, "statement speaker:John Miller [said]; "
	               "killing patient:\"the boy\" in:Dayton [killed]");
	fx_release(&f);

	/* the described subject of the sentence before is the nearest one too */
	fx_sunday(&f, "Police Chief John Miller spoke on Friday. The gunman has not been named. He "
	              "killed the boy in Dayton.\n");
	named(&f, NKG_CLASS_PERSON, "John Miller");
	named(&f, NKG_CLASS_CITY, "Dayton");
	fx_run(&f);
	EVENTS_ARE(&f, "killing patient:\"the boy\" in:Dayton [killed]");
	fx_release(&f);

	fx_sunday(&f, "John Miller was in court on Friday. The woman says he killed the boy in "
	              "Dayton.\n");
	named(&f, NKG_CLASS_PERSON, "John Miller");
	named(&f, NKG_CLASS_CITY, "Dayton");
	fx_run(&f);
	EVENTS_ARE(&f, "killing agent:John Miller patient:\"the boy\" in:Dayton [killed]");
	fx_release(&f);
}

/* A time before the first of two verbs joined by "and" dates both, and
 * "him" after the second is whom the first acted on; a time between them
 * dates both as well (it was the second's alone, the nearer). */
static void test_counted_coordinated_verbs(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "On Monday, police arrested Ahmed Ali and charged him with murder.\n");
	named(&f, NKG_CLASS_PERSON, "Ahmed Ali");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Ahmed Ali @2024-03-04 [arrested]; charge patient:Ahmed Ali "
	               "@2024-03-04 [charged]");
	fx_release(&f);

	/* after a participle's toll; "riot police" is no riot */
	fx_sunday(&f,
	          "On Tuesday, riot police shelled the city, killing 12 civilians, and arrested 30 "
	          "people.\n");
	fx_run(&f);
	EVENTS_ARE(&f, "killing @2024-03-05 q:12 [killing]; arrest @2024-03-05 q:30 [arrested]");
	fx_release(&f);

	fx_sunday(&f, "Police arrested Ahmed Ali on Monday and charged him with murder.\n");
	named(&f, NKG_CLASS_PERSON, "Ahmed Ali");
	fx_run(&f);
	EVENTS_ARE(&f, "arrest patient:Ahmed Ali @2024-03-04 [arrested]; charge patient:Ahmed Ali "
	               "@2024-03-04 [charged]");
	fx_release(&f);
}

/* Two meetings in places of two known countries stay two, though one
 * place is a city and the other a country ("met in Jeddah" and "talks in
 * Egypt"); a city and its own country are one. */
static void test_counted_places_of_two_countries(void **state)
{
	(void)state;
	struct fx f;
	const char *text = "Envoys met in Jeddah on Monday. Further talks were held in Egypt. "
	                   "More talks were held in Saudi Arabia.\n";
	fx_sunday(&f, text);
	uint32_t sa = ent(&f, NKG_CLASS_COUNTRY, "Saudi Arabia", "Saudi Arabia");
	uint32_t jd = ent(&f, NKG_CLASS_CITY, "Jeddah", "Jeddah");
	named(&f, NKG_CLASS_COUNTRY, "Egypt");
	f.doc.entities[jd].container = sa;
	fx_run(&f);
	EVENTS_ARE(&f, "meeting @2024-03-04 in:Jeddah [met][talks]; meeting in:Egypt [talks]");
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_counted_arrest),
	        cmocka_unit_test(test_counted_bare_toll),
	        cmocka_unit_test(test_counted_named_storms),
	        cmocka_unit_test(test_counted_opened_fire),
	        cmocka_unit_test(test_counted_described_subject),
	        cmocka_unit_test(test_counted_coordinated_verbs),
	        cmocka_unit_test(test_counted_places_of_two_countries),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
