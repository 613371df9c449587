/* events.c - event triggers, their time, place and participants, and quotes.
 *
 * Runs after the entity and time stages and reads their mentions.
 *
 * Triggers.  A word is lemmatised (nkg_lemmatize) and looked up in the
 * trigger table below, which says its class and whether it counts as a noun,
 * a verb or both.  Sense rules: triggers inside an entity name are not
 * events, nor capitalised words inside a sentence, except in a sentence
 * written in title case or capitals as headlines are ("Chargers' Jamal
 * Williams Arrested For DUI": title_case_sentences); "march" must be lower
 * case; "massed" only as a verb; "talks" only in
 * the plural; "strike" only as a noun with a determiner or a modifier before
 * it ("a US strike", "the drone strike"), and in a labour context ("on
 * strike", "general strike", "strike action", unions, workers in the
 * sentence) a workers' strike, never a hunger strike; "rally" not after market words
 * ("stocks rallied") nor as "rally behind/around"; "attack" not in "heart
 * attack"; "crash" not after market words; "flood", "tsunami", "avalanche"
 * not as "a flood of"; "hurricane", "typhoon", "cyclone", "storm" lower case (a
 * named storm is a name; not "a political storm", "the perfect storm", "by
 * storm", "a storm of"); "landfall" only in a sentence naming a storm;
 * "landslide" not in a sentence of a vote or a win ("a landslide
 * victory"); "riot" not before police, gear, squad... ("riot police"); "trial" not as
 * "clinical/drug trial" or "trial period";
 * "convicted", "acquitted", "sentenced" only inflected (not "a convict");
 * a verb-only word after a determiner is another sense's noun ("fired the
 * fatal shot"), but a regular past in -ed after a determiner and a word is
 * a verb ("the gunman killed", regular_past), and "shot to fame" no
 * shooting.  A verb after "to", a modal
 * or a negation is not a factual event and is skipped ("a right to
 * protest", "will vote", "did not vote").  Speech
 * verbs (say, tell, tweet, announce...) make a statement event only when they
 * introduce a quote or carry their own time ("said Thursday"): reported speech
 * is otherwise too common to be an event of its own, unless a named speaker
 * says it (reported speech, see near_subject: "Microsoft said on Tuesday
 * that ...", "X, the company's chief executive, said", "after Ben Bernanke
 * said", "the company said" = the last company named, "the club said" the
 * last sports team, "the ministry said" the last government body, else
 * nobody (org_noun_fits), "..., said X").  Not "Lohan's attorney said" (a
 * possessive's owner is not the speaker), nor a name inside a relative
 * clause or after another verb ("A man who met Angela Merkel said",
 * inside_relative), nor a passive ("are said to be"); "report" and "claim" in the base or -s
 * form need a speaker even when dated ("injury report Wednesday").  A
 * speaker the text describes without a name is a speaker too
 * (nominal_speaker; its words become the event's speaker_text, never an
 * entity, so such statements join no other): a phrase ending in a speaker
 * noun (police, officials, a witness, sources, her father, the woman's
 * friend, Lohan's attorney, cops and family; speaker_nouns) that opens its
 * clause right before the verb, or a name after it over "from/of/in/at"
 * ("reports from Ashgabat said"), or after an inverted verb at the end of
 * the clause (", said a police spokesman."); not over a person noun ("The
 * man police say fled").  The verb then looks for no subject entity
 * ("Gray was shot, police said" is no statement of Gray's).
 *
 * Phrases (issue 4): "took office", "takes office" and "sworn in" are
 * appointments (the one who takes office the patient; not after "he" or
 * "she", nor "sworn in court"), "jailed for six years" a verdict (a term
 * after "for": office_sense); "a hit and run" a vehicle's accident as a
 * noun too, unless it modifies one ("a hit-and-run crash": hit_and_run);
 * "a fire virtually destroyed" a fire (an -ly adverb before the verb).
 *
 * Commemorations (issue 4): "vigil", "funeral", "memorial service" are
 * gatherings to mourn the dead (commemoration_sense: not "funeral home",
 * "kept vigil", "a memorial" alone); the person after "for"/"of" is the
 * patient, a place before it its place, never an agent.  A vigil and a
 * funeral are two events.  After "during/after/following/before/amid" a
 * vigil is the background of the event before it, which keeps the place
 * and time written before the vigil (not_the_background: "A riot broke out
 * in Brooklyn during a vigil").
 *
 * Business and economy (issue 4).  Market movements (rise, gain, climb,
 * jump, soar, surge, rebound; fall, drop, decline, lose, plunge, plummet,
 * tumble, slump, slide, sink, dip, sell-off; and "rally", "crash" after a
 * financial word): a verb needs a financial word in its subject ("stocks",
 * "shares", "index", "the Dow"...; not a person: "the climber fell") or an
 * amount in percent or points right after it ("It fell by 5.00%") with a
 * financial word in its sentence or the one before; never a subject whose
 * head is an economic quantity or the price of goods ("Its sales rose 5
 * percent", "Unemployment fell 0.3 points", "the price of bread rose":
 * econ_at); a noun needs a financial word near, no economic quantity after
 * it ("a rise in sales"), and is not the season ("in the fall", "fall of
 * 2008").  The entity in the subject is the nkg:Instrument ("Shares of
 * Microsoft rose", "with Citigroup falling"), a place there the event's
 * place, the amount its quantity ("3.41%", "232.90 points").  Product
 * launches (launch, unveil, introduce, release, debut): an active verb whose
 * subject is a company or a person, whose object is no attack, missile,
 * name, statement, prisoner, bill, plan, earnings, challenge... (not_products,
 * by word or lemma), and that shows a product (a product word, a name, "new":
 * product_sense); or a passive whose subject is a product ("the Shuffle was
 * introduced").  Acquisitions (acquire, buy, purchase, merge; acquisition,
 * takeover, merger, buyout) need companies on both sides ("Compaq was
 * acquired by HP" as "HP acquired Compaq": passive_subject) or a company
 * before/after the noun; the price after "for" is the quantity.  Layoffs:
 * "layoffs", "redundancies", "job cuts", "laid off", and cut/slash/shed/
 * eliminate with a job word after it ("cut 4,300 jobs"); the number is the
 * quantity.  Lawsuits (sue, lawsuit: plaintiff agent, "against X" patient;
 * "X was sued by Y": Y agent, X patient),
 * bankruptcy ("filed for bankruptcy", "bankruptcy protection", "went
 * bankrupt"; not "bankruptcy court") and product recalls (a company
 * recalls, not an ambassador).  The company of a noun comes from the entity
 * before it or the subject of the verb that carries it ("Airbus announced
 * job cuts", "GM filed for bankruptcy").  Business events corefer only with
 * the same key entity (nkg_event_key_role); market movements, layoffs and
 * acquisitions also only with the same amount when both give one ("rose 3
 * percent" and "rose 100 points" are two movements; "3%" = "3 percent"); a
 * market movement of something named never joins an earlier one of nothing
 * named ("Stock markets fell", then "shares in HBOS fell 41.54%").
 *
 * Products and market indices (issue 4: what a launch or a market movement
 * acts on is mostly no person, organisation or place).  After the triggers
 * (find_things, make_things), a launch's products become entities of class
 * NKG_CLASS_PRODUCT and its patients: the object of an active verb, one name
 * or a list ("unveiled Mac OS X Lion, iOS 5, and iCloud"), over determiners,
 * a possessive ("Apple's"), up to four modifiers ("new, faster iPhone") and
 * "lineup/line/range/family/series of"; else an apposition after an object
 * that says it is new ("its latest addition to the iPod line, the iPod
 * nano"); or the name before a passive's "was" ("the Shuffle was
 * introduced", not when the sentence's first word may begin it; over a
 * modal, ", to", a product word after the name and a list: "iCloud and iOS 5
 * will be released").  A name is a run of words with a capital inside or not
 * first in the sentence, then numbers, "&" and model words ("iPod nano",
 * "iOS 5", "3G iPhone"; not "3G" alone, not a nationality, an entity, a time
 * or a quotation): a description ("a 3G version of its iPhone device", "the
 * new products") names none.  A market verb whose subject has no entity gets
 * the index its subject names as its instrument (NKG_CLASS_MARKET_INDEX):
 * the nearest name before the verb not introduced by a preposition, that is
 * a known index (index_names, by letters and digits: "The UK's FTSE-100
 * index" is "FTSE 100", "the Dow" the "Dow Jones Industrial Average", its
 * canonical name) or a name with a number or an acronym before "index" ("the
 * Argentinean MERVAL index"; not "the Consumer Price Index"); a subject "it"
 * the index named last in its sentence or the one before, with no
 * organisation or person named since (index_pronoun).  One entity per class
 * and name (case folded), its other names as written (alt_names), a mention
 * of every other whole occurrence of the name (more_thing_mentions: "The
 * iPod nano is ...", not "iPod" in "iPod nano"); at most MAX_THING_ENTITIES
 * per article.  Launches of different products do not corefer
 * (products_differ), nor a passive about a product with a launch that names
 * none.  A movement of an index without a time of its own takes that of the
 * market's movement before it that it may not join ("US stock markets
 * dropped on Thursday.  The Dow ... dropped by 4.08%": one session;
 * session_time).
 *
 * Deaths, charges, sports matches, fires, dismissals (issue 4; news_sense).
 * Death: "die" (not "die down/out/off/hard/away"), "death" (not a death
 * penalty, sentence, row, toll, threat...; not "to death" nor "near
 * death": "stabbed to death" is the killing's, "fell to his death" a death),
 * "dead" after a be-form or "declared/found/presumed/shot/left..." at the
 * end of its phrase (not "the dead", "a dead end"); who died is the
 * patient: the subject (a place there is the place: death_subject; "he"
 * or "she" only when resolve_pronoun names someone who is not the subject
 * of a speech verb of that sentence or the one before, death_pronoun; else
 * the death joins no named person's death and nothing joins it), "X's death",
 * "the death of X"
 * (a person).  Charge (criminal): "charged"
 * with "with/in/over" and a crime word (crime_words: "charged with
 * murder", not "charged with overseeing the count"), after its person
 * objects ("charged X and Y with"); "accused of/in" and a crime word or
 * act ("accused of killing", not "accused of hypocrisy"); "indicted";
 * "indictment" (not "an indictment of modern life"); the noun "charges"
 * after a crime word ("DUI charges"), before "against" or "of" a crime, or
 * after face/file/bring/press/drop/deny... ("faces charges").  The accused
 * is the patient (the object, the passive's subject, "Jackson's charges"),
 * who charged the agent.  Sports match: "playoff(s)" always; "beat",
 * "defeat", "win", "victory", "game", "match" only in a sentence about
 * sports (a score such as "20-13" or "20 - 13", a sports word, a sports
 * team: sports_sentence) that names no election, vote, war, court or
 * contract; a verb with a score after it or an object; "won" with a score,
 * "over/against" or a match noun after it ("won his 10th consecutive bout";
 * not "won two games", a record); a noun after a score, "straight",
 * "consecutive", a possessive, or before "over/against/to" ("a 31-24
 * victory over the Jaguars"); "game"/"match" (no sports word themselves)
 * only on evidence of their own (match_evidence: a score near, a
 * possessive, "the second game", "against X", or "the game" in a sentence
 * about sports), never "per game", "the passing game", "40 games", "its new
 * game", "will match", "video game", "game plan".
 * The winner is the agent (the subject, "the Tar Heels' victory"), the
 * loser the patient (the object, "over X", "the Jaguars' defeat"; "defeat
 * to X": X the agent).  Two matches corefer only when they share a side or
 * one names none (sides_differ), and "the playoffs" never join one of
 * their games.  Fire: the nouns "fire", "blaze", "arson" after a
 * determiner, a possessive, a modifier after a determiner ("a suspicious
 * fire"), "by/in/from/after", "set/caught (on)" or first in the sentence,
 * and ending their phrase ("fire department" is none), never after
 * open/cease/return/under/hold/friendly/of... ("opened fire", "under
 * fire", "line of fire"): fire_sense; a place before it is its place,
 * what burned its patient: the object of a burning verb right after it
 * ("the fire that destroyed X") or the name right before "was destroyed by
 * fire" (fire_patient; never a possessive's owner).
 * Dismissal: "fired"/"firing" as a verb, "sacked", "dismissed": active with
 * a person as its object over up to three role words ("fired head coach
 * Maurice Cheeks"), or a passive whose subject is the person right before
 * it ("Cheeks was fired", "O'Brien, fired on June 8,"; not "the bullet that
 * killed X was fired"); not "fired at/on/upon/off/into" (shots); "sacked"
 * and "dismissed" need a role word or "from"/"as" ("dismissed X as naive"
 * is no dismissal, nor a quarterback "sacked"): dismissal_sense.  Death,
 * charge and dismissal are keyed by their person (nkg_event_key_role).
 * A fall from a height is an accident, not a market fall: "fall", "fell",
 * "plunge", "tumble" before "to his/their death(s)", before "from/off/
 * down/over" and a height word within four tokens ("from a ridge"), a verb
 * before a height ("fell about 200 feet", "falling 2, 000ft": height_at),
 * a noun after a place or "fatal" ("dies in New Zealand fall"):
 * fall_accident; "slipped" before "and fell".  Two accidents whose agents
 * are different people do not corefer (people_differ: two climbers, two
 * falls), and "he fell" takes no agent (as "he died").  A vehicle hitting
 * someone is an accident too: "hit" or "struck" before "by" and a vehicle
 * word ("was hit by a car", "struck by a vehicle"), after one ("a drunken
 * driver struck her", "the car that hit her"), before "with his car", and
 * "hit and run" (vehicle_hit); the one hit is its patient (the passive's
 * subject), an active verb's subject none (the driver is rarely named, and
 * the name before is the victim's).  A vehicle, boat or train that
 * "overturned" or "derailed" has an accident (vehicle_upset: not "the court
 * overturned the ruling", "derailed the talks").
 *
 * Explosions (blast_sense): "explode", "detonate", "go off", "blow (X) up",
 * "explosion", "blast" (not "an explosion of anger") are a bombing (an
 * attack) when a bomb word (bomb, bomber, device, explosives, suicide,
 * militants...) is in the subject, the noun's phrase or its object, an
 * accident when an accident word is (gas, boiler, factory, pipeline,
 * tanker, fireworks...: "a gas explosion at a factory"), else by the same
 * words in the sentence; a noun none explains is an attack only before a
 * crowded target ("an explosion ripped through a market"), a verb none.
 * The toll after it joins it as after any act ("A bomb exploded in Kabul,
 * killing 12 people": one attack, quantity 12).
 *
 * Clashes (issue 4; clash_sense): "clash" as a noun or verb where a word of
 * force (police, troops, protesters, riot, violence, tear gas, casualties)
 * is in its sentence or the two before, never "a clash of cultures", a
 * sports fixture, a debate or a schedule; the sides are participants, none
 * the agent ("clashes between police and X", "X clashed with Y"), a place
 * among them its place; its toll is counted as an attack's.
 *
 * Escapes (issue 4; escape_sense): "escape", "escaped", "jailbreak" where
 * a word of custody (prison, jail, custody, inmate, guards, a transfer, a
 * manhunt, a fugitive, convicted...) is in its sentence or the one before;
 * never "narrowly/barely escaped", "escaped injury/death/being ...",
 * "escape the heat", "an escape route/attempt".  Who escaped is the agent
 * when a person ("A Texas inmate escaped": Texas its place; "an escaped
 * inmate" names nobody); escapes are keyed by that person.
 *
 * Admissions to care (issue 4; admission_sense): "checked into", "checks
 * in", "checked herself into" (the verb and its particle are the mention)
 * with a care word (rehab, treatment, clinic, hospital, detox...) after it
 * in the sentence, never into a hotel, motel or room; "entered" with a care
 * word within four tokens ("entered rehab", "entered the Promises
 * Treatment Center"); "hospitalized".  The person admitted, the subject,
 * is the patient; admissions are keyed by that person.
 *
 * Conferences, flights, injured reserve (issue 4).  "conference" (lower
 * case) is a meeting (conference_sense: not a press, news, video or phone
 * conference, not before call, room, game, title, record..., not in a
 * sentence about sports, nor a conference table).  "flight" (singular: "grounded flights" tells
 * of none) is an aircraft's flight (NKG_EVENT_FLIGHT, flight_sense) after a kind of flight
 * (maiden, test, return, passenger, first...) or an airline's name ("a Qantas flight": the airline
 * its agent, but not its key: two flights of one airline are two), before a number ("flight 447"),
 * or with a word of aviation (plane, airline, pilot, airport, Airbus...) in its own clause
 * or the sentence before;
 * never before attendant, crew, recorder, path, number, nor after top, took, in; "of" only
 * after a kind or before an aircraft ("the first flight of the Boeing 787"; not "a flight of
 * stairs"); not a flight to safety or quality, from justice, nor after a possessive ("the
 * suspect's flight") without a kind, an airline or a number.  Flights corefer unless one is
 * "another"/"a second" flight or their numbers differ.  The verb "place" before "on" and
 * "IR", "injured reserve", "the injured list", "the disabled list" (over "the", "10-day" and
 * "season-ending")
 * puts a player on injured reserve (NKG_EVENT_INJURED_RESERVE, injured_reserve_sense): the team,
 * its subject, the agent, the player, its object or the passive's subject ("Pierre Thomas placed on
 * IR"), the patient, who keys it.
 *
 * Elections (issue 4): "elected" is one only with its winner named
 * (elect_sense: "X was elected president", "voters elected X"; not
 * "elected to stop", "elected officials"); the winner is the agent, the
 * defeated the patient, as in a sports match (election_sides: "X won the
 * election on Saturday, defeating Y", "X defeated Y in the election", "Y
 * lost Sunday's runoff election"); people or parties, never places.  "X won
 * 56 percent of the vote" makes the vote X's election (vote_share_verb), X
 * a participant (a share is no win).
 *
 * A killing in the passive "when" an act with a toll took place is its toll
 * ("Two people were killed when a bus overturned": when_act), and so is one
 * right before "in/by" and the act's noun ("Jamar was killed in a car
 * accident", "killed by a roadside bomb blast": in_act); whom such a
 * killing killed (its passive's subject) are the act's patients.  A
 * regular past after "that" is a verb of a relative clause, not a noun
 * after a determiner ("an accident that killed a woman"), and a killing
 * there is the toll of the act whose noun is the nearest trigger before
 * it ("the crash of an Airbus in Karachi that killed 97 people":
 * relative_act), not of another event ("bombings at a rally in Ankara
 * that killed 100" stays a killing of its own).
 *
 * Driving offences (issue 4; offence_sense): "DUI", "DWI" (in capitals),
 * "drunk/drunken/drink driving", "driving under the influence", "driving
 * while intoxicated", "speeding", only where a person's offence is told:
 * after "suspicion of", "arrested for", "charged with", "convicted of",
 * "guilty to", or before "charges", "arrest", "conviction", "case"
 * (offence_context); never drunk driving in general, a DUI checkpoint or
 * lawyer, what the law does to "a first DUI arrest", nor speeding cars.  The
 * offender is the agent (offence_participants); an arrest and the offence
 * it was for share their time and place (offence_at_arrest); speeding and
 * drunk driving are two offences.
 *
 * Kidnappings (issue 4; kidnap_sense): "kidnap", "abduct", "kidnapping",
 * "abduction" (not a kidnapping ring, gang, plot, attempt or charge, nor
 * the plural noun, which tells of kidnappings in general: "to escape
 * kidnappings"), and "hostage" after take/hold/seize in its clause, the
 * verb then its head and "took two guards hostage" its span.  The one
 * taken is the patient (a person only: "kidnapped Dapchi schoolgirls" names
 * no one taken), the kidnapper the agent; keyed by the patient.
 *
 * Named storms (named_storm): "Hurricane Ian", "Typhoon Haiyan", "Cyclone
 * Freddy", "Tropical Storm Harvey" are a disaster with no other trigger
 * word, the whole name its mention ("Hurricane Ian made landfall in
 * Florida"; a verb whose subject it is joins it, "Typhoon Haiyan killed
 * more than 6,000", even where the entity stage took the name for a
 * person's); not "the Hurricane Center", "Hurricane Season", "the Seattle
 * Storm"; two storms of two names never corefer.  "opened fire" is a
 * shooting (an attack), one act of two words that a toll after it joins as
 * it joins a verb ("Soldiers opened fire on the crowd, killing two": one
 * attack, quantity two, mentions "opened fire" and "killing").
 *
 * In one sentence, a killing or attack verb whose subject is a strike,
 * attack, disaster or accident noun ("a US strike assassinated X", "the
 * earthquake killed thousands") joins that noun's event: the model has no
 * sub-event link, and the text describes one act.  The victims become the
 * noun's event's patients.
 *
 * Attributes, per sentence:
 *  - time: each DATE/TIME mention of the sentence (not one introduced by
 *    since/after/before/until, which relate rather than locate) goes to the
 *    trigger nearest to it that no clause word (that, since, after, but...)
 *    separates from it, within 256 tokens, and not across quotation marks (a time in a quote
 *    never dates the speech verb outside it); the date of a dateline ("PARIS, May 3, 2011
 *    (Reuters) -") dates the article, never an event; a time in an aside set off by a
 *    comma that opens with a participle or a relative pronoun ("Apple, founded in 1976,
 *    said", "the 737, begun two years ago,", "Compaq, which HP bought in 2002, said")
 *    dates only a trigger inside the aside (in_aside), or, when the aside names no
 *    event and opens right after an event noun with "which" or a participle, that
 *    noun, as does a place there ("The protest, which took place in Lyon on
 *    Sunday,", "the attack, carried out near Kandahar on Monday,"; within eight
 *    tokens, no "of" before it, not a comma that closes a clause the noun ends, nor
 *    "based/born/founded... in": aside_event_noun), and so does a relative clause
 *    with no comma and no event of its own, to the noun before its "that" or
 *    "which" ("an accident that hurt a woman in Queens on Friday":
 *    relative_event_noun, for places too); only a participle or a subject relative
 *    (situating_clause): an object relative ("which Israel blamed on Iran on
 *    Monday", "that police in London banned") or a reaction ("claimed by ISIS on
 *    Monday", "condemned by leaders in Paris") neither dates nor places the noun,
 *    and the time of the verb after the clause, whose subject the noun is, wins
 *    over the clause's ("The conference that moved to Lisbon three years ago opened
 *    on Monday night": main_verb_time); a time before a purpose clause
 *    whose event is the nearest ("met the king at his palace on Saturday to hand in his
 *    resignation") dates the main clause's verb too (purpose_main); a time
 *    before or between two verbs joined by "and" dates both, and a pronoun
 *    object of the second is whom the first acted on ("On Monday, police
 *    arrested X and charged him": coordinated_verbs); not a time after
 *    "of" unless a
 *    trigger noun or a time word comes
 *    before it ("the election of 2008", "the end of 2008"; not "the biggest loss of
 *    2007"); a statement in the present tense ("Boeing says") without a time of its own
 *    takes the publication date (present_statements), and so does a market movement or
 *    a launch in a headline not in the past ("Shares worldwide surge": present_headlines);
 *  - place: place mentions introduced by in/at/outside/near/across/inside/
 *    throughout, given to the nearest trigger the same way, and to every
 *    trigger of a relative clause it opens ("in California, where he was
 *    interrogated and arrested"); the most specific
 *    wins (a contained place over its container, then by class: airport and
 *    district, city, region, country).  A place right before a protest,
 *    election, meeting, disaster or accident ("Iraq rallies", "the Haiti
 *    earthquake") is its place;
 *  - agent: the subject of an active verb (the nearest entity to the left in
 *    the clause that no preposition introduces, not across a speech verb
 *    whose reported clause has a subject of its own: "She said the
 *    government would meet X" has no agent, "Acme said the company will
 *    cut jobs" has Acme; after an appositive ", X,"
 *    the nearest person, also when auxiliaries stand between the comma and
 *    the verb: "X, a boy from Irving, Texas, was arrested"), an entity
 *    right before a noun trigger ("a US strike", "Iraq's security
 *    agreements"; a place below a country before an attack, killing or
 *    arrest noun, or after its "of a/an", is its place, local_act: "the
 *    Brooklyn shooting", "the shooting of a Brooklyn mother"), the subject of
 *    "call", "stage",
 *    "organise", "hold" or "lead" before a protest, "by X" after the protest
 *    noun and such a verb ("the march was called by X", "a protest, organised
 *    by X,"), or "by X" after a passive;
 *  - patient: the objects of an active killing/attack/strike/arrest/
 *    appointment/verdict verb (the people if there are any, else the first
 *    entity), "of/against/on/targeting X" after such a noun or after
 *    "trial", the subject of a passive ("X was appointed/sentenced"), also of
 *    a killing, arrest, appointment or verdict verb in -ed without "be" and
 *    with no object in a headline or reduced relative ("Chargers' Jackson
 *    arrested on suspicion of DUI": reduced_passive), a place there being
 *    the event's place ("Queens woman killed in hit-and-run");
 *    "the resignation of X" makes X the resignation's agent; a place as the
 *    agent of a verdict or trial ("a Paris court convicted") is its place;
 *  - participant: "with X" after a meeting or agreement, the objects of
 *    "meet" (the place visited is a visit's place: "visited Amman");
 *  - speaker (statements): the verb's subject or the quote's speaker, "by X",
 *    "X's statement", and the subject of "said in his sermon";
 *  - quantity (protests): "more than 2.5 million took part", "thousands
 *    marched", "thousands of Chileans marched": a count phrase followed by a
 *    participation verb, or "put/estimated the figure/crowd/turnout at N";
 *    each count goes to the nearest protest of its sentence, else, when it
 *    counts a crowd (no noun, "people", a demonym, "protesters"...; not
 *    "50,000 fans") and its verb says of nothing else ("took part.", "joined
 *    the march"; not "attended the match"), to the last protest of the two
 *    sentences before ("... marched on Saturday.
 *    Police said about 40,000 people took part; organisers put the figure
 *    at 150,000"): every distinct count is kept (more_quantities, at most
 *    NKG_MAX_QUANTITIES);
 *  - quantity (killings): how many were killed, the count after an active
 *    verb or a participle ("killing all 228 people on board": "228";
 *    "killed at least 30 villagers") or before a passive ("At least 15
 *    people were killed", "35 people had been arrested") when a victim
 *    noun, a nationality's plural or the phrase's end follows it (not
 *    "killed 2 birds"; victim_count), or alone when it opens its clause
 *    ("At least 12 were killed and two were injured"; not "the two were
 *    arrested"); an arrest's count the same way ("arrested 35 protesters");
 *  - injured (acts with a toll): how many were hurt, the same way after
 *    "wounding/injuring/wounded/injured" that follows the act or its toll
 *    ("killing 12 people and wounding 30 others") or before a passive ("At
 *    least 40 people were wounded", in the act's sentence or the next):
 *    injury_counts, nkg_event.injured; the persons named as hurt there
 *    ("wounding two officers, John Doe and Mark Roe", "Alice Brown was
 *    wounded") are patients of an attack, strike, disaster or accident
 *    (hurt_people), never of a killing or a clash.  A fire's hurt are its
 *    own too ("Three firefighters were hurt", hurt_class).  People hurt
 *    where neither their sentence nor the one before reports such an act
 *    are an injury of its own (NKG_EVENT_INJURY, injury_sense,
 *    drop_reported_injuries): "injured", "wounded", "hurt" in the passive
 *    (over one adverb: "was badly hurt"; "got hurt"; not "to be injured",
 *    "being hurt") whose subject is a count ("Two officers were injured in
 *    Lyon": its injured), a person named right before the be-form (its
 *    patient: injuries are keyed by their person), "he/she/they" or a
 *    person noun ("A teenager was injured"); never "No one was hurt",
 *    "nobody", "none", "no passengers";
 *  - place (disasters): the place a disaster noun or named storm struck,
 *    hit, battered, lashed, swept or tore through... right after it, over
 *    up to two auxiliaries or adverbs, a determiner and two modifiers
 *    ("Hurricane Katrina struck New Orleans", "The earthquake hit central
 *    Italy": disaster_struck); a storm that the entity stage took whole as
 *    a name ("Hurricane Katrina" as one mention) is a named storm still.
 *
 * Coreference.  In document order, each trigger group joins the most recent
 * of the last 64 earlier events of the same class (COREF_LOOKBACK: linear
 * time on hostile input) with which nothing conflicts: no two different
 * times, no two places where neither contains the other and both are of the
 * same granularity or in two known countries ("met in Jeddah" and "talks
 * in Egypt"); disasters the same kind (an earthquake is no flood);
 * appointments, trials and verdicts need the same person
 * appointed, tried or sentenced, resignations the same person resigning.
 * Statements also need the same speaker, or a definite
 * noun ("the statement") naming the same kind of statement.  A protest that
 * is called for ("called on Iraqis to stage a demonstration") joins the rally
 * it announces; it brings an agent, never a second time.  What a past-tense,
 * asserted verb says took place ("Brin met with him") never joins an event
 * dated after the publication date ("tomorrow he plans to meet
 * dignitaries"), nor, while neither has a time, a wish or plan ("envoys
 * wanted to meet with her").
 *
 * Factuality (enum nkg_factuality), per mention, then the best of an event's
 * mentions (one asserted mention makes the event asserted; then reported,
 * called-for, negated, hypothetical).  Right before a verb: a negation
 * ("did not vote") is negated, "will"/"shall"/"going to" called-for,
 * "could"/"may"/"would"... hypothetical ("would" in a reported clause,
 * "said it would cut", called-for), an infinitive "to" called-for when a
 * calling verb governs it ("called on Iraqis to stage", "vowed to strike"),
 * else no event at all ("a right to protest").  Before a noun: "no" negated,
 * "planned"/"upcoming"/"next" called-for, "possible"/"potential"
 * hypothetical, "alleged" reported.  Then the nearest cue back in the
 * clause (not across a clause word, another trigger or into a quote): "if"
 * hypothetical, "allegedly"/"reportedly" reported, "deny" negated ("denied
 * carrying out the strike"), and for nouns a calling verb called-for.  What
 * did not happen (issue 4): a noun or an -ing verb (or one after "being")
 * that a verb undoes as its direct object (over determiners, numbers,
 * modifiers and names only; not over a preposition, "following" or a
 * second noun phrase: undoes_object) is negated: foil, thwart, prevent,
 * avert, cancel, scrap, abort, "call off", and avoid of an -ing verb
 * ("foiled a bombing", "called off the strike", "prevented him from
 * attacking"; not "cancelled flights to Paris following the attack",
 * "avoided the protest": undoing_lemmas); not when the undoing verb is
 * itself negated or failed ("failed to prevent", "could not prevent", "was
 * unable to avert", "did nothing to prevent": undoer_failed); "escape" of
 * a verb ("narrowly escaped being stabbed"); an assassination escaped or
 * survived, or any killing noun before "attempt"/"bid"/"plot", did not
 * happen ("survived an assassination attempt"); an attack escaped or
 * survived did ("escaped a knife attack").  A noun that is the subject of
 * such a passive, over a prepositional phrase or an aside but not over
 * another verb or noun phrase ("The attack on Monday meant the match was
 * cancelled"), is negated, "postponed" or "delayed until/to..." called-for
 * ("The strike, planned for Monday, was called off": undone_after; "delayed
 * by two hours" took place); "failed/refused to" before a verb negated
 * ("failed to vote").  The subject of survive or escape before an attack
 * or killing noun is its patient ("Senator X survived an attack", "Mayor Y
 * escapes knife attack", "escaped unhurt from the attack").
 * Speech verbs that are not asserted are no statement.
 *
 * Events too vague to write are dropped after coreference: those with no
 * time, no place and no participant, named or described ("a gunman killed
 * a woman": described_participants) (the graph promises each event at least
 * one of them, ontology/shapes.ttl: "following assassinations and
 * airstrikes", "the statement" of an unknown speaker), unless a count says
 * whom an arrest or an act with a toll befell ("35 people had been
 * arrested": counted_patients); and agreements no mention presents as
 * made ("signed", "reached") that have no time: "Iraq's security agreements
 * with the United States" is a state.  A news agency (NKG_CLASS_NEWS_MEDIA_ORG)
 * is never the agent or participant of an event other than a statement: it
 * reports it.  "X denied carrying out the attack": the subject of carry
 * out/conduct/launch/claim before an attack noun is its agent.
 *
 * Quotes.  Text between paired quotation marks, of two words or more (a
 * single quoted word is a scare quote), attributed by a speech verb next to
 * it: after it ("...,” he tweeted", "...,” the statement said", "...,” said
 * X", "...,” X said") or before it in the same sentence ("X said there was no
 * “...”"), or by a calling verb before it ("X called on Iraqis to stage
 * “...”", "... to call “...”", "X called the move “...”": X's words, no
 * statement event; rule quote:calling-verb; see calling_verb_at).  A subject after a conjunction is
 * the subject of its clause ("came after X called").  An unattributed quote is not recorded.
 *
 * Pronouns (resolve_pronoun; for speakers, quotes and subjects): "he"/"she"
 * is the most recent person mention in subject position (the first person
 * mention of its sentence, not introduced by a preposition, outside quotes)
 * whose sex agrees, searching back from the pronoun up to five sentences;
 * nobody when its own sentence or the one before opens with a person the
 * text describes without a name, of a sex that agrees ("The officer, who
 * has not been named, says he killed the boy": not the police chief named
 * before; described_subject).
 * A person's sex (person_genders) comes from its given name
 * (events_gender.c: rig's US name lists, names of one sex only), a title,
 * kin or role word right before a mention ("Mrs.", "her husband",
 * "spokeswoman Pat Roe", "His sister, Kim Roe, said") or among its roles,
 * failing those from the pronouns of a sentence naming it alone ("Taylor
 * Reed lost his job"); conflicting evidence is none.  When the subject is
 * of the other sex, the one other person of the sentence known to be of
 * the pronoun's sex ("Mary Jones met John Smith. ... he said"); nobody
 * when another person there may be meant ("Mary Jones met Smith").  Nobody
 * either across a paragraph's start when the sentence found or one of the
 * two before it in its paragraph opens with another person of that sex as
 * its subject (strict_subject: "Reed wants a vote. Ward wants more time.
 * // On Thursday, he said").  "his"/"her" right before the noun of a
 * person's event (death, resignation, arrest, trial, appointment, verdict,
 * charge, dismissal) names its key person when the sentence names exactly
 * one person before it, of that sex, with no noun for another person
 * between ("since his arrest", "calls for his resignation"; not "saw his
 * brother plunge to his death"): possessive_referent.
 */
#include "extract.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "events_gender.h"
#include "lexicon.h"
#include "timex_internal.h"

#define WORD_MAX         48
#define MAX_PARTS        12
#define MAX_DESCRIBED    3
#define MAX_THINGS       4 /* products one launch names, at most */
#define MAX_NAME_TOKENS  8 /* tokens of a product's or an index's name, at most */
#define QUOTE_MAX_TOKENS 400
#define PRONOUN_WINDOW   64 /* tokens a pronoun's referent is looked for in, one way */
#define SENSE_WINDOW     40 /* tokens a sense or sharing rule looks through, one way */

const char *nkg_factuality_name(enum nkg_factuality f)
{
	static const char *const names[NKG_FACT_COUNT] = {
	        [NKG_FACT_ASSERTED] = "asserted",     [NKG_FACT_NEGATED] = "negated",
	        [NKG_FACT_CALLED_FOR] = "called-for", [NKG_FACT_HYPOTHETICAL] = "hypothetical",
	        [NKG_FACT_REPORTED] = "reported",
	};
	return (unsigned)f < NKG_FACT_COUNT ? names[f] : "asserted";
}

const char *nkg_channel_name(enum nkg_channel ch)
{
	static const char *const names[NKG_CHANNEL_COUNT] = {
	        [NKG_CHANNEL_NONE] = "",
	        [NKG_CHANNEL_WRITTEN_STATEMENT] = "written-statement",
	        [NKG_CHANNEL_SERMON] = "sermon",
	        [NKG_CHANNEL_SPEECH] = "speech",
	        [NKG_CHANNEL_TWEET] = "tweet",
	        [NKG_CHANNEL_SOCIAL_POST] = "social-post",
	        [NKG_CHANNEL_INTERVIEW] = "interview",
	        [NKG_CHANNEL_PRESS_CONFERENCE] = "press-conference",
	        [NKG_CHANNEL_LETTER] = "letter",
	        [NKG_CHANNEL_ANNOUNCEMENT] = "announcement",
	};
	return (unsigned)ch < NKG_CHANNEL_COUNT ? names[ch] : "";
}

/* ---- lemmatiser -------------------------------------------------------------- */

static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Consonant-vowel-consonant ending that usually drops a silent e ("vot" -> "vote"). */
static bool wants_e(const char *s, size_t n)
{
	if (n < 2)
		return false;
	char a = s[n - 1], b = s[n - 2];
	if (a == 'v' || a == 'c' || (a == 'g' && b != 'n') || a == 'z')
		return true;
	if ((b == 'a' && a == 't') || (b == 'i' && a == 'z') || (b == 'u' && a == 's'))
		return true;
	/* "proposed", "raised", "released", "sensed": -se ("passed" is -ss) */
	if (a == 's' && b != 's' && n > 3)
		return true;
	return n <= 3 && !is_vowel(a) && is_vowel(b) && a != 'w' && a != 'x' && a != 'y';
}

/* Verbs in -ee whose past adds a "d" ("agreed"): s[0..n), lower case. */
static bool ee_verb(const char *s, size_t n)
{
	static const char *const ee[] = {"agree",     "disagree", "free",    "decree",
	                                 "guarantee", "referee",  "oversee", NULL};
	for (const char *const *v = ee; *v; v++)
		if (strlen(*v) == n && memcmp(s, *v, n) == 0)
			return true;
	return false;
}

static bool doubled(const char *s, size_t n)
{
	return n >= 3 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) && s[n - 1] != 'l' &&
	       s[n - 1] != 's' && s[n - 1] != 'f' && s[n - 1] != 'z';
}

/* ---- sorted views of the word tables, built once ------------------------------- */

/* The tables stay in their reading order (first entry wins); lookups go
 * through these indexes sorted by key, equal keys in table order, so a
 * binary search finds the same entry the linear scan did. */
/* The inflection of an irregular verb form of WordNet's verb.exc: most are
 * pasts and participles ("struck", "slain"); some are -ing or -s forms with a
 * doubled or changed stem ("stopping", "quizzes", "has"); "was" is the one
 * past in -s. */
static enum nkg_word_form irregular_verb_form(const char *w, size_t len)
{
	if (len > 4 && memcmp(w + len - 3, "ing", 3) == 0)
		return NKG_FORM_ING;
	if (w[len - 1] == 's' && strcmp(w, "was") != 0)
		return NKG_FORM_S;
	return NKG_FORM_ED;
}

struct cand {
	char s[WORD_MAX];
	enum nkg_word_form form;
};

static void add_cand(struct cand *c, int *n, const char *s, size_t len, const char *suffix,
                     enum nkg_word_form form)
{
	size_t sl = strlen(suffix);
	if (*n >= 8 || len + sl + 1 > WORD_MAX || len == 0)
		return;
	memcpy(c[*n].s, s, len);
	memcpy(c[*n].s + len, suffix, sl + 1);
	c[*n].form = form;
	(*n)++;
}

size_t nkg_lemmatize(struct nkg_str word, bool (*known)(const char *lemma), char *out, size_t cap,
                     enum nkg_word_form *form)
{
	char w[WORD_MAX];
	struct cand c[8];
	int n = 0;
	size_t len = word.len;

	if (len == 0 || len >= WORD_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char ch = word.ptr[i];
		w[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
	}
	w[len] = '\0';

	add_cand(c, &n, w, len, "", NKG_FORM_BASE);
	/* irregular forms from WordNet's exception lists: verbs first
	 * ("struck", "was"), then nouns ("crises", "men") */
	const char *irr = nkg_lex_base_form(w, len, NKG_LEX_VERB);
	if (irr)
		add_cand(c, &n, irr, strlen(irr), "", irregular_verb_form(w, len));
	else if ((irr = nkg_lex_base_form(w, len, NKG_LEX_NOUN)) != NULL)
		add_cand(c, &n, irr, strlen(irr), "", NKG_FORM_S);
	if (n == 1) {
		if (len > 4 && strcmp(w + len - 3, "ies") == 0) {
			add_cand(c, &n, w, len - 3, "y", NKG_FORM_S);
			add_cand(c, &n, w, len - 1, "", NKG_FORM_S);
		} else if (len > 4 && strcmp(w + len - 3, "ied") == 0) {
			add_cand(c, &n, w, len - 3, "y", NKG_FORM_ED);
		} else if (len > 5 && strcmp(w + len - 3, "ing") == 0) {
			size_t s = len - 3;
			if (doubled(w, s))
				add_cand(c, &n, w, s - 1, "", NKG_FORM_ING);
			if (known || !wants_e(w, s))
				add_cand(c, &n, w, s, "", NKG_FORM_ING);
			add_cand(c, &n, w, s, "e", NKG_FORM_ING);
			if (!known)
				add_cand(c, &n, w, s, "", NKG_FORM_ING);
		} else if (len > 3 && strcmp(w + len - 2, "ed") == 0 &&
		           (w[len - 3] != 'e' || ee_verb(w, len - 1))) {
			/* ("need", "seed", "proceed" are base forms) */
			size_t s = len - 2;
			/* "agreed", "freed", "guaranteed": the stem keeps its e */
			if (w[s - 1] == 'e' && !known)
				add_cand(c, &n, w, len - 1, "", NKG_FORM_ED);
			if (doubled(w, s))
				add_cand(c, &n, w, s - 1, "", NKG_FORM_ED);
			if (known || !wants_e(w, s))
				add_cand(c, &n, w, s, "", NKG_FORM_ED);
			add_cand(c, &n, w, len - 1, "", NKG_FORM_ED);
			if (!known)
				add_cand(c, &n, w, s, "", NKG_FORM_ED);
		} else if (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' &&
		           w[len - 2] != 'i') {
			bool es = len > 4 && w[len - 2] == 'e' &&
			          (w[len - 3] == 'x' || w[len - 3] == 'z' || w[len - 3] == 's' ||
			           (w[len - 3] == 'h' && (w[len - 4] == 'c' || w[len - 4] == 's')));
			if (es)
				add_cand(c, &n, w, len - 2, "", NKG_FORM_S);
			add_cand(c, &n, w, len - 1, "", NKG_FORM_S);
			if (!es && len > 4 && w[len - 2] == 'e')
				add_cand(c, &n, w, len - 2, "", NKG_FORM_S);
		}
	}
	int pick = -1;
	if (known) {
		for (int k = 0; k < n && pick < 0; k++)
			if (known(c[k].s))
				pick = k;
	} else {
		pick = n > 1 ? 1 : 0;
	}
	if (pick < 0)
		return 0;
	size_t l = strlen(c[pick].s);
	if (l + 1 > cap)
		return 0;
	memcpy(out, c[pick].s, l + 1);
	*form = c[pick].form;
	return l;
}

/* ---- trigger table --------------------------------------------------------------- */

enum { P_NOUN = 1, P_VERB = 2 };
enum {
	F_LOWER = 1u << 0,     /* lower case only ("march", not "March") */
	F_INFLECTED = 1u << 1, /* only as -ed/-ing verb ("massed") */
	F_PLURAL = 1u << 2,    /* only in the plural ("talks") */
	F_STRIKE = 1u << 3,    /* the strike sense checks */
	F_RALLY = 1u << 4,     /* the rally sense checks */
	F_ATTACK = 1u << 5,    /* not "heart attack" */
	F_SPEECH = 1u << 6,    /* speech verb: a statement only when quoted or dated */
	F_SUPPORT = 1u << 7,   /* "call", "stage", "organise": its subject is a protest's agent */
	F_MARKET = 1u << 8,    /* not after market words ("a stock market crash") */
	F_NOT_OF = 1u << 9,    /* not a measure phrase "X of" ("a flood of refugees") */
	F_COURT = 1u << 10,    /* the court sense of "trial", not "clinical trial" */
	F_MOVE = 1u << 11,     /* market movement: only with a financial subject or amount */
	F_PRODUCT = 1u << 12, /* product launch: a company's act, not a missile's or a prisoner's */
	F_BIZ = 1u << 13,     /* acquisition, layoff, lawsuit, bankruptcy, recall sense checks */
	F_NEWS = 1u << 14     /* death, charge, sports match, fire, dismissal sense checks */
};

#define NOT_EVENT NKG_EVENT_COUNT

/* Sets of classes are bit masks in 64 bits (nearest_trigger). */
typedef uint64_t class_set;
_Static_assert(NKG_EVENT_COUNT <= 64, "event classes must fit a 64-bit mask");
#define CLASS_BIT(cls) ((class_set)1 << (cls))
#define ALL_CLASSES    (~(class_set)0 >> (64 - NKG_EVENT_COUNT))

struct trigger_word {
	const char *lemma;
	enum nkg_event_class cls; /* NOT_EVENT for support verbs */
	unsigned pos, flags;
};

static const struct trigger_word trigger_words[] = {
        {"rally", NKG_EVENT_PROTEST, P_NOUN | P_VERB, F_RALLY},
        {"demonstration", NKG_EVENT_PROTEST, P_NOUN, 0},
        {"demonstrate", NKG_EVENT_PROTEST, P_VERB, 0},
        {"protest", NKG_EVENT_PROTEST, P_NOUN | P_VERB, 0},
        {"march", NKG_EVENT_PROTEST, P_NOUN | P_VERB, F_LOWER},
        {"mass", NKG_EVENT_PROTEST, P_VERB, F_INFLECTED},
        {"sit-in", NKG_EVENT_PROTEST, P_NOUN, 0},
        {"riot", NKG_EVENT_PROTEST, P_NOUN | P_VERB, 0},
        {"rioting", NKG_EVENT_PROTEST, P_NOUN, 0},
        {"strike", NKG_EVENT_MILITARY_STRIKE, P_NOUN, F_STRIKE},
        {"walkout", NKG_EVENT_LABOUR_STRIKE, P_NOUN, 0},
        {"airstrike", NKG_EVENT_MILITARY_STRIKE, P_NOUN, 0},
        {"air-strike", NKG_EVENT_MILITARY_STRIKE, P_NOUN, 0},
        {"bombardment", NKG_EVENT_MILITARY_STRIKE, P_NOUN, 0},
        {"shelling", NKG_EVENT_MILITARY_STRIKE, P_NOUN, 0},
        {"attack", NKG_EVENT_ATTACK, P_NOUN | P_VERB, F_ATTACK},
        {"bombing", NKG_EVENT_ATTACK, P_NOUN, 0},
        {"shooting", NKG_EVENT_ATTACK, P_NOUN, 0},
        {"ambush", NKG_EVENT_ATTACK, P_NOUN | P_VERB, 0},
        {"shoot", NKG_EVENT_ATTACK, P_VERB, F_INFLECTED},
        {"stab", NKG_EVENT_ATTACK, P_VERB, F_INFLECTED},
        {"stabbing", NKG_EVENT_ATTACK, P_NOUN, 0},
        {"assault", NKG_EVENT_ATTACK, P_NOUN | P_VERB, 0},
        {"bomb", NKG_EVENT_ATTACK, P_VERB, F_INFLECTED},
        {"assassination", NKG_EVENT_KILLING, P_NOUN, 0},
        {"assassinate", NKG_EVENT_KILLING, P_VERB, 0},
        {"killing", NKG_EVENT_KILLING, P_NOUN, 0},
        {"kill", NKG_EVENT_KILLING, P_VERB, 0},
        {"murder", NKG_EVENT_KILLING, P_NOUN | P_VERB, 0},
        {"homicide", NKG_EVENT_KILLING, P_NOUN, 0},
        {"massacre", NKG_EVENT_KILLING, P_NOUN | P_VERB, 0},
        {"slay", NKG_EVENT_KILLING, P_VERB, 0},
        {"behead", NKG_EVENT_KILLING, P_VERB, 0},
        {"vote", NKG_EVENT_VOTE, P_NOUN | P_VERB, 0},
        {"referendum", NKG_EVENT_VOTE, P_NOUN, 0},
        {"election", NKG_EVENT_ELECTION, P_NOUN, 0},
        {"elect", NKG_EVENT_ELECTION, P_VERB, F_NEWS | F_INFLECTED},
        {"re-elect", NKG_EVENT_ELECTION, P_VERB, F_NEWS | F_INFLECTED},
        {"reelect", NKG_EVENT_ELECTION, P_VERB, F_NEWS | F_INFLECTED},
        {"statement", NKG_EVENT_STATEMENT, P_NOUN, 0},
        {"sermon", NKG_EVENT_STATEMENT, P_NOUN, 0},
        {"speech", NKG_EVENT_STATEMENT, P_NOUN, 0},
        {"address", NKG_EVENT_STATEMENT, P_NOUN, 0},
        {"tweet", NKG_EVENT_STATEMENT, P_NOUN | P_VERB, 0},
        {"announcement", NKG_EVENT_STATEMENT, P_NOUN, 0},
        {"keynote", NKG_EVENT_STATEMENT, P_NOUN, 0},
        {"meeting", NKG_EVENT_MEETING, P_NOUN, 0},
        {"meet", NKG_EVENT_MEETING, P_VERB, 0},
        {"talk", NKG_EVENT_MEETING, P_NOUN, F_PLURAL},
        {"summit", NKG_EVENT_MEETING, P_NOUN, 0},
        {"conference", NKG_EVENT_MEETING, P_NOUN, F_LOWER | F_NEWS},
        {"flight", NKG_EVENT_FLIGHT, P_NOUN, F_LOWER | F_NEWS},
        {"place", NKG_EVENT_INJURED_RESERVE, P_VERB, F_NEWS},
        {"visit", NKG_EVENT_MEETING, P_NOUN | P_VERB, 0},
        {"arrest", NKG_EVENT_ARREST, P_NOUN | P_VERB, 0},
        {"detain", NKG_EVENT_ARREST, P_VERB, 0},
        {"apprehend", NKG_EVENT_ARREST, P_VERB, 0},
        {"agreement", NKG_EVENT_AGREEMENT, P_NOUN, 0},
        {"accord", NKG_EVENT_AGREEMENT, P_NOUN, 0},
        {"treaty", NKG_EVENT_AGREEMENT, P_NOUN, 0},
        {"pact", NKG_EVENT_AGREEMENT, P_NOUN, 0},
        {"ceasefire", NKG_EVENT_AGREEMENT, P_NOUN, 0},
        {"appoint", NKG_EVENT_APPOINTMENT, P_VERB, 0},
        {"appointment", NKG_EVENT_APPOINTMENT, P_NOUN, 0},
        {"nominate", NKG_EVENT_APPOINTMENT, P_VERB, 0},
        {"nomination", NKG_EVENT_APPOINTMENT, P_NOUN, 0},
        {"inaugurate", NKG_EVENT_APPOINTMENT, P_VERB, 0},
        {"inauguration", NKG_EVENT_APPOINTMENT, P_NOUN, 0},
        {"hire", NKG_EVENT_APPOINTMENT, P_VERB, F_INFLECTED},
        {"name", NKG_EVENT_APPOINTMENT, P_VERB, F_NEWS},
        {"take", NKG_EVENT_APPOINTMENT, P_VERB, F_NEWS},  /* "took office" (office_sense) */
        {"swear", NKG_EVENT_APPOINTMENT, P_VERB, F_NEWS}, /* "sworn in" */
        {"jail", NKG_EVENT_VERDICT, P_VERB, F_NEWS | F_INFLECTED}, /* "jailed for 6 years" */
        {"resign", NKG_EVENT_RESIGNATION, P_VERB, 0},
        {"resignation", NKG_EVENT_RESIGNATION, P_NOUN, 0},
        {"accident", NKG_EVENT_ACCIDENT, P_NOUN, 0},
        {"crash", NKG_EVENT_ACCIDENT, P_NOUN | P_VERB, F_MARKET},
        {"collision", NKG_EVENT_ACCIDENT, P_NOUN, 0},
        {"collide", NKG_EVENT_ACCIDENT, P_VERB, 0},
        {"derailment", NKG_EVENT_ACCIDENT, P_NOUN, 0},
        {"capsize", NKG_EVENT_ACCIDENT, P_VERB, 0},
        {"overturn", NKG_EVENT_ACCIDENT, P_VERB, F_NEWS | F_INFLECTED},
        {"derail", NKG_EVENT_ACCIDENT, P_VERB, F_NEWS | F_INFLECTED},
        {"earthquake", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"quake", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"flood", NKG_EVENT_DISASTER, P_NOUN, F_NOT_OF},
        {"flooding", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"hurricane", NKG_EVENT_DISASTER, P_NOUN, F_LOWER},
        {"typhoon", NKG_EVENT_DISASTER, P_NOUN, F_LOWER},
        {"cyclone", NKG_EVENT_DISASTER, P_NOUN, F_LOWER},
        {"landfall", NKG_EVENT_DISASTER, P_NOUN, F_LOWER}, /* a storm's */
        {"tornado", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"storm", NKG_EVENT_DISASTER, P_NOUN, F_LOWER | F_NOT_OF},
        {"tsunami", NKG_EVENT_DISASTER, P_NOUN, F_NOT_OF},
        {"mudslide", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"landslide", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"avalanche", NKG_EVENT_DISASTER, P_NOUN, F_NOT_OF},
        {"wildfire", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"bushfire", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"eruption", NKG_EVENT_DISASTER, P_NOUN, 0},
        {"trial", NKG_EVENT_TRIAL, P_NOUN, F_COURT},
        {"court-martial", NKG_EVENT_TRIAL, P_NOUN | P_VERB, 0},
        {"convict", NKG_EVENT_VERDICT, P_VERB, F_INFLECTED},
        {"acquit", NKG_EVENT_VERDICT, P_VERB, F_INFLECTED},
        {"sentence", NKG_EVENT_VERDICT, P_VERB, F_INFLECTED},
        {"verdict", NKG_EVENT_VERDICT, P_NOUN, 0},
        {"acquittal", NKG_EVENT_VERDICT, P_NOUN, 0},
        /* business and economy (see biz_sense and market_sense) */
        {"rise", NKG_EVENT_MARKET_RISE, P_NOUN | P_VERB, F_MOVE},
        {"gain", NKG_EVENT_MARKET_RISE, P_NOUN | P_VERB, F_MOVE},
        {"climb", NKG_EVENT_MARKET_RISE, P_VERB, F_MOVE},
        {"jump", NKG_EVENT_MARKET_RISE, P_NOUN | P_VERB, F_MOVE},
        {"soar", NKG_EVENT_MARKET_RISE, P_VERB, F_MOVE},
        {"surge", NKG_EVENT_MARKET_RISE, P_NOUN | P_VERB, F_MOVE},
        {"rebound", NKG_EVENT_MARKET_RISE, P_NOUN | P_VERB, F_MOVE},
        {"fall", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"drop", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"decline", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"lose", NKG_EVENT_MARKET_FALL, P_VERB, F_MOVE},
        {"plunge", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"plummet", NKG_EVENT_MARKET_FALL, P_VERB, F_MOVE},
        {"tumble", NKG_EVENT_MARKET_FALL, P_VERB, F_MOVE},
        {"slump", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"slide", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"sink", NKG_EVENT_MARKET_FALL, P_VERB, F_MOVE},
        {"dip", NKG_EVENT_MARKET_FALL, P_NOUN | P_VERB, F_MOVE},
        {"sell-off", NKG_EVENT_MARKET_FALL, P_NOUN, F_MOVE},
        {"selloff", NKG_EVENT_MARKET_FALL, P_NOUN, F_MOVE},
        {"launch", NKG_EVENT_PRODUCT_LAUNCH, P_VERB, F_PRODUCT},
        {"unveil", NKG_EVENT_PRODUCT_LAUNCH, P_VERB, F_PRODUCT},
        {"introduce", NKG_EVENT_PRODUCT_LAUNCH, P_VERB, F_PRODUCT},
        {"release", NKG_EVENT_PRODUCT_LAUNCH, P_VERB, F_PRODUCT},
        {"debut", NKG_EVENT_PRODUCT_LAUNCH, P_VERB, F_PRODUCT},
        {"acquire", NKG_EVENT_ACQUISITION, P_VERB, F_BIZ},
        {"buy", NKG_EVENT_ACQUISITION, P_VERB, F_BIZ},
        {"purchase", NKG_EVENT_ACQUISITION, P_VERB, F_BIZ},
        {"merge", NKG_EVENT_ACQUISITION, P_VERB, F_BIZ},
        {"acquisition", NKG_EVENT_ACQUISITION, P_NOUN, F_BIZ},
        {"takeover", NKG_EVENT_ACQUISITION, P_NOUN, F_BIZ},
        {"merger", NKG_EVENT_ACQUISITION, P_NOUN, F_BIZ},
        {"buyout", NKG_EVENT_ACQUISITION, P_NOUN, F_BIZ},
        {"layoff", NKG_EVENT_LAYOFF, P_NOUN, F_BIZ},
        {"lay", NKG_EVENT_LAYOFF, P_VERB, F_BIZ},
        {"cut", NKG_EVENT_LAYOFF, P_NOUN | P_VERB, F_BIZ},
        {"slash", NKG_EVENT_LAYOFF, P_VERB, F_BIZ},
        {"shed", NKG_EVENT_LAYOFF, P_VERB, F_BIZ},
        {"eliminate", NKG_EVENT_LAYOFF, P_VERB, F_BIZ},
        {"redundancy", NKG_EVENT_LAYOFF, P_NOUN, F_BIZ | F_PLURAL},
        {"sue", NKG_EVENT_LAWSUIT, P_VERB, F_BIZ},
        {"countersue", NKG_EVENT_LAWSUIT, P_VERB, F_BIZ},
        {"lawsuit", NKG_EVENT_LAWSUIT, P_NOUN, F_BIZ},
        {"bankruptcy", NKG_EVENT_BANKRUPTCY, P_NOUN, F_BIZ},
        {"bankrupt", NKG_EVENT_BANKRUPTCY, P_NOUN, F_BIZ},
        {"recall", NKG_EVENT_RECALL, P_NOUN | P_VERB, F_BIZ},
        /* deaths, charges, sports matches, fires, dismissals (news_sense) */
        {"die", NKG_EVENT_DEATH, P_VERB, F_NEWS},
        {"death", NKG_EVENT_DEATH, P_NOUN, F_NEWS},
        {"dead", NKG_EVENT_DEATH, P_NOUN, F_NEWS},
        {"charge", NKG_EVENT_CHARGE, P_NOUN | P_VERB, F_NEWS},
        {"accuse", NKG_EVENT_CHARGE, P_VERB, F_NEWS},
        {"indict", NKG_EVENT_CHARGE, P_VERB, F_NEWS},
        {"indictment", NKG_EVENT_CHARGE, P_NOUN, F_NEWS},
        {"beat", NKG_EVENT_SPORTS_MATCH, P_VERB, F_NEWS},
        {"defeat", NKG_EVENT_SPORTS_MATCH, P_NOUN | P_VERB, F_NEWS},
        {"win", NKG_EVENT_SPORTS_MATCH, P_NOUN | P_VERB, F_NEWS},
        {"victory", NKG_EVENT_SPORTS_MATCH, P_NOUN, F_NEWS},
        {"game", NKG_EVENT_SPORTS_MATCH, P_NOUN, F_NEWS},
        {"match", NKG_EVENT_SPORTS_MATCH, P_NOUN, F_NEWS},
        {"playoff", NKG_EVENT_SPORTS_MATCH, P_NOUN, F_NEWS},
        {"fire", NKG_EVENT_FIRE, P_NOUN | P_VERB, F_NEWS},
        {"blaze", NKG_EVENT_FIRE, P_NOUN, F_NEWS | F_NOT_OF},
        {"arson", NKG_EVENT_FIRE, P_NOUN, F_NEWS},
        {"sack", NKG_EVENT_DISMISSAL, P_VERB, F_NEWS | F_INFLECTED},
        {"dismiss", NKG_EVENT_DISMISSAL, P_VERB, F_NEWS | F_INFLECTED},
        {"slip", NKG_EVENT_ACCIDENT, P_VERB, F_NEWS | F_INFLECTED},
        {"hit", NKG_EVENT_ACCIDENT, P_VERB, F_NEWS},
        /* clashes (clash_sense) */
        {"clash", NKG_EVENT_CLASH, P_NOUN | P_VERB, F_NEWS},
        /* people hurt, where no act that hurt them is reported (injury_sense) */
        {"injure", NKG_EVENT_INJURY, P_VERB, F_NEWS | F_INFLECTED},
        {"wound", NKG_EVENT_INJURY, P_VERB, F_NEWS | F_INFLECTED},
        {"hurt", NKG_EVENT_INJURY, P_VERB, F_NEWS},
        /* vigils, funerals, memorial services (commemoration_sense) */
        {"vigil", NKG_EVENT_COMMEMORATION, P_NOUN, F_NEWS},
        {"funeral", NKG_EVENT_COMMEMORATION, P_NOUN, F_NEWS},
        {"memorial", NKG_EVENT_COMMEMORATION, P_NOUN, F_NEWS},
        /* driving offences (offence_sense): "drunk driving", "DUI", "speeding" */
        {"dui", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        {"dwi", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        {"driving", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        {"drunk-driving", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        {"drunken-driving", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        {"drink-driving", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        {"speeding", NKG_EVENT_DRIVING_OFFENCE, P_NOUN, F_NEWS},
        /* kidnappings, abductions, hostage-takings (kidnap_sense) */
        {"kidnap", NKG_EVENT_KIDNAPPING, P_VERB, F_NEWS},
        {"kidnapping", NKG_EVENT_KIDNAPPING, P_NOUN, F_NEWS},
        {"abduct", NKG_EVENT_KIDNAPPING, P_VERB, F_NEWS},
        {"abduction", NKG_EVENT_KIDNAPPING, P_NOUN, F_NEWS},
        {"hostage", NKG_EVENT_KIDNAPPING, P_NOUN, F_NEWS},
        /* a prisoner's escape (escape_sense) */
        {"escape", NKG_EVENT_ESCAPE, P_NOUN | P_VERB, F_NEWS},
        {"jailbreak", NKG_EVENT_ESCAPE, P_NOUN, F_NEWS},
        /* admission to care (admission_sense) */
        {"check", NKG_EVENT_ADMISSION, P_VERB, F_NEWS},
        {"enter", NKG_EVENT_ADMISSION, P_VERB, F_NEWS | F_INFLECTED},
        {"hospitalize", NKG_EVENT_ADMISSION, P_VERB, F_NEWS | F_INFLECTED},
        {"hospitalise", NKG_EVENT_ADMISSION, P_VERB, F_NEWS | F_INFLECTED},
        /* explosions: a bombing or an accident (blast_sense) */
        {"explode", NKG_EVENT_ATTACK, P_VERB, F_NEWS},
        {"explosion", NKG_EVENT_ATTACK, P_NOUN, F_NEWS | F_NOT_OF},
        {"blast", NKG_EVENT_ATTACK, P_NOUN, F_NEWS | F_NOT_OF},
        {"detonate", NKG_EVENT_ATTACK, P_VERB, F_NEWS},
        {"go", NKG_EVENT_ATTACK, P_VERB, F_NEWS},
        {"blow", NKG_EVENT_ATTACK, P_VERB, F_NEWS},
        /* speech verbs */
        {"say", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"tell", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"write", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"state", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"add", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"declare", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"announce", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"insist", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"warn", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"stress", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"explain", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"urge", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"vow", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"reply", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"confirm", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"deny", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"report", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"claim", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"admit", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        {"acknowledge", NKG_EVENT_STATEMENT, P_VERB, F_SPEECH},
        /* support verbs */
        {"call", NOT_EVENT, P_VERB, F_SUPPORT},
        {"organize", NOT_EVENT, P_VERB, F_SUPPORT},
        {"organise", NOT_EVENT, P_VERB, F_SUPPORT},
        {"stage", NOT_EVENT, P_VERB, F_SUPPORT},
        {"hold", NOT_EVENT, P_VERB, F_SUPPORT},
        {"lead", NOT_EVENT, P_VERB, F_SUPPORT},
};

/* trigger_words sorted by lemma, equal lemmas in table order (as irregular_order). */
#define N_TRIGGER (sizeof(trigger_words) / sizeof(trigger_words[0]))
static uint16_t trigger_order[N_TRIGGER];
static pthread_once_t trigger_once = PTHREAD_ONCE_INIT;

static int cmp_trigger(const void *pa, const void *pb)
{
	uint16_t a = *(const uint16_t *)pa, b = *(const uint16_t *)pb;
	int c = strcmp(trigger_words[a].lemma, trigger_words[b].lemma);
	return c ? c : (a > b) - (a < b);
}

static void sort_triggers(void)
{
	for (size_t k = 0; k < N_TRIGGER; k++)
		trigger_order[k] = (uint16_t)k;
	qsort(trigger_order, N_TRIGGER, sizeof(trigger_order[0]), cmp_trigger);
}

/* The first entry of trigger_words for lemma, or NULL: a binary search,
 * since every candidate lemma of every token asks. */
static const struct trigger_word *find_word(const char *lemma)
{
	size_t lo = 0, hi = N_TRIGGER;
	pthread_once(&trigger_once, sort_triggers);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(trigger_words[trigger_order[mid]].lemma, lemma) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < N_TRIGGER && strcmp(trigger_words[trigger_order[lo]].lemma, lemma) == 0)
		return &trigger_words[trigger_order[lo]];
	return NULL;
}

static bool known_word(const char *lemma)
{
	return find_word(lemma) != NULL;
}

/* ---- per-document working state ------------------------------------------------ */

struct ment {
	uint32_t b, e; /* tokens [b, e) */
	uint32_t entity;
	enum nkg_entity_kind kind;
	enum nkg_entity_class cls;
};

#define TRIG_MORE_Q 4 /* counts kept per protest trigger besides its quantity */

struct trig {
	uint32_t b, e, head; /* tokens of the span, and of the trigger word */
	uint32_t sent;
	const struct trigger_word *w;
	enum nkg_event_class cls;
	enum nkg_word_form form;
	bool verb, passive, definite;
	uint32_t group; /* index of the trigger heading its group */
	uint32_t event;
	/* Group attributes, on heads. */
	uint32_t time, time_dist, place;
	struct nkg_participant parts[MAX_PARTS];
	uint32_t n_parts;
	struct nkg_str quantity;
	struct nkg_str injured; /* acts with a toll: how many were hurt, as written */
	/* Protests: further participant counts ("police said about 40,000 took
	 * part; organisers put the figure at 150,000"), distinct, in text order. */
	struct nkg_str more_q[TRIG_MORE_Q];
	uint32_t n_more_q;
	uint32_t speaker;
	uint32_t quote_speaker;   /* for speech verbs introducing a quote */
	uint32_t desc_b, desc_e;  /* speech verbs: tokens of a speaker no entity names, or 0, 0 */
	enum nkg_factuality fact; /* of this mention */
	bool made;                /* agreement noun after "sign", "reach"...: an act, not a state */
	uint32_t maker;           /* agreements: the token of that verb, or NKG_NONE */
	bool vague_he; /* deaths: "he died" with no one the pronoun surely names (death_pronoun) */
	bool storm;    /* a named storm: "Hurricane Ian" (named_storm), its name at head */
	uint32_t arrest; /* driving offences: the arrest trigger whose phrase it is in, or NKG_NONE */
	bool stopped; /* driving offences: told where the driver was stopped, arrested or seen
	               * speeding, not at a later legal step (offence_at_arrest; session 12 review, E1) */
	/* Heads: participants no entity names, as described ("a gunman", "the
	 * driver"): tokens [dsc_b, dsc_e) and role (described_participants). */
	uint32_t dsc_b[MAX_DESCRIBED], dsc_e[MAX_DESCRIBED];
	enum nkg_role_type dsc_role[MAX_DESCRIBED];
	uint32_t n_dsc;
	/* Business triggers: the entities the sense check found (NKG_NONE if none). */
	uint32_t subj, obj;
	/* Products a launch names, the index a market movement moved: their
	 * name tokens [thing_b, thing_e) (find_things), the canonical name of a
	 * known index or NULL, and their entities (make_things). */
	uint32_t thing_b[MAX_THINGS], thing_e[MAX_THINGS], thing[MAX_THINGS];
	const char *thing_name[MAX_THINGS];
	const char *thing_rule;
	uint32_t n_things;
};

struct qt {
	uint32_t open, close; /* tokens of the marks */
	struct nkg_span text;
	uint32_t verb;    /* speech verb token, or NKG_NONE */
	uint32_t noun;    /* statement noun token that says it, or NKG_NONE */
	uint32_t speaker; /* entity, or NKG_NONE */
	bool calling;     /* attributed through a calling verb ("called on X to stage") */
};

/* Per event made here: what coreference needs besides doc->events. */
struct evx {
	const char *lemma;
	uint32_t speaker;
	uint32_t prev; /* the previous event of its class (index from base), or NKG_NONE */
	int fact_rank; /* best (lowest) fact_rank() of its mentions so far */
	bool past;     /* a mention says it took place (trig_is_past) */
	bool wish;     /* every mention so far is called-for or hypothetical */
	bool vague;    /* a death made by "he died" naming nobody surely: joins nothing more */
	struct nkg_str storm;  /* disasters: the name of a named storm ("Ian"), or empty */
	struct nkg_str number; /* flights: the flight number ("447", "QF2"), or empty */
};

struct ectx {
	struct nkg_doc *doc;
	const struct nkg_tokens *toks;
	struct ment *ments;
	uint32_t n_ments;
	uint32_t *cover;      /* per token: longest entity mention covering it */
	uint32_t *tstart;     /* per token: time mention (doc index) starting here */
	uint32_t *tend;       /* per token: its last token + 1 */
	uint8_t *quoted;      /* per token: inside paired quote marks */
	uint32_t *seps;       /* seps[k]: clause words and ';' among tokens [0, k) */
	uint32_t *trig_at;    /* per token: trigger whose head it is */
	uint32_t labour_sent; /* sentence + 1 whose labour_words answer is cached, or 0 */
	bool labour_has;
	uint32_t sports_sent; /* sentence + 1 whose sports_sentence answer is cached, or 0 */
	bool sports_has;
	struct trig *trigs;
	uint32_t n_trigs, cap_trigs;
	struct qt *quotes;
	uint32_t n_quotes, cap_quotes;
	struct evx *evx;
	uint32_t cap_evx;
	uint32_t last[NKG_EVENT_COUNT]; /* per class: its latest event (from base), or NKG_NONE */
	/* The last protest trigger of the sentences done so far (sentence_attributes),
	 * and its sentence; NKG_NONE before the first. */
	uint32_t last_protest, last_protest_sent;
	/* The same for the last trigger of an act with a toll (toll_class):
	 * "30 people were wounded" in the next sentence counts its injured. */
	uint32_t last_toll, last_toll_sent;
	/* Per entity (the first n_gender): the sex the text tells of a person
	 * (enum nkg_gender), for "he" and "she" (person_genders). */
	uint8_t *gender;
	uint32_t n_gender;
	/* Per sentence: written in title case or capitals, as headlines are
	 * ("Chargers' Jamal Williams Arrested For DUI"): title_case_sentences. */
	uint8_t *title_case;
};

static struct nkg_str tk(const struct ectx *c, uint32_t i)
{
	return nkg_token_str(c->doc, &c->toks->toks[i]);
}

static bool is_w(const struct ectx *c, uint32_t i, const char *w)
{
	if (i >= c->toks->n)
		return false;
	struct nkg_str t = tk(c, i);
	/* most words differ in their first letter: no strlen then (the
	 * bit 0x20 only ever tells two letters' cases apart) */
	if (t.len == 0 || ((unsigned char)t.ptr[0] | 0x20) != ((unsigned char)w[0] | 0x20))
		return false;
	return nkg_str_eq_nocase(t, nkg_str_from_cstr(w));
}

static bool is_any(const struct ectx *c, uint32_t i, const char *const *list)
{
	for (; *list; list++)
		if (is_w(c, i, *list))
			return true;
	return false;
}

static uint32_t tflags(const struct ectx *c, uint32_t i)
{
	return c->toks->toks[i].flags;
}

static bool is_lower_word(const struct ectx *c, uint32_t i)
{
	struct nkg_str s = tk(c, i);
	return (tflags(c, i) & NKG_TOK_WORD) && s.len && s.ptr[0] >= 'a' && s.ptr[0] <= 'z';
}

/* Whether token i is a regular past or participle ("killed", "convicted";
 * not "shot", "struck"): never a noun. */
static bool regular_past(const struct ectx *c, uint32_t i)
{
	struct nkg_str s = tk(c, i);
	return s.len > 3 && s.ptr[s.len - 2] == 'e' && s.ptr[s.len - 1] == 'd';
}

/* Whether token i is a past or a participle: "killed", "drew", "began". */
static bool past_form(const struct ectx *c, uint32_t i)
{
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	if (!is_lower_word(c, i))
		return false;
	if (regular_past(c, i))
		return !is_any(c, i,
		               (const char *const[]){"need", "speed", "red", "bed", "seed", "feed",
		                                     "breed", "hundred", "indeed", "shed", "greed",
		                                     NULL});
	/* an irregular past of WordNet's exceptions: "drew", "began" */
	struct nkg_str w = tk(c, i);
	char low[WORD_MAX];
	if (w.len >= sizeof(low))
		return false;
	for (size_t q = 0; q < w.len; q++)
		low[q] = (char)((w.ptr[q] >= 'A' && w.ptr[q] <= 'Z') ? w.ptr[q] + 32 : w.ptr[q]);
	low[w.len] = 0;
	if (nkg_lex_base_form(low, w.len, NKG_LEX_VERB))
		return irregular_verb_form(low, w.len) == NKG_FORM_ED;
	return nkg_lemmatize(w, known_word, lemma, sizeof(lemma), &form) && form == NKG_FORM_ED;
}

static uint32_t sent_first(const struct ectx *c, uint32_t i)
{
	return c->toks->sents[c->toks->toks[i].sentence].first;
}

static uint32_t sent_end(const struct ectx *c, uint32_t i)
{
	const struct nkg_sentence *s = &c->toks->sents[c->toks->toks[i].sentence];
	return s->first + s->count;
}

static const char *const determiners[] = {
        "a",   "an", "the",  "this",    "that", "these", "those", "his",  "her", "its", "their",
        "our", "my", "your", "another", "any",  "each",  "every", "some", "no",  NULL};
static const char *const preps[] = {
        "of",     "in",      "at",        "on",      "to",     "by",     "with",    "from",
        "for",    "against", "outside",   "near",    "across", "inside", "into",    "under",
        "over",   "about",   "after",     "before",  "since",  "during", "between", "among",
        "toward", "towards", "through",   "without", "within", "behind", "around",  "throughout",
        "amid",   "upon",    "targeting", NULL};
static const char *const area_nouns[] = {"state",    "province",    "city",    "region",
                                         "district", "town",        "village", "county",
                                         "island",   "governorate", NULL};
static const char *const loc_preps[] = {"in",         "at",      "outside", "near", "across",
                                        "throughout", "through", "inside",  NULL};
static const char *const clause_words[] = {"that",   "because", "although", "while", "when",
                                           "if",     "whether", "but",      "since", "after",
                                           "before", "until",   "which",    "where", NULL};
static const char *const relative_words[] = {"which", "who", "whom", "whose", NULL};
static const char *const modals[] = {"to",    "will",  "would",  "could", "should", "may",
                                     "might", "can",   "must",   "shall", "not",    "never",
                                     "n't",   "won't", "cannot", NULL};
static const char *const object_pronouns[] = {"him", "her", "them", NULL};
static const char *const be_forms[] = {"was", "were", "been", "being", "is",
                                       "are", "be",   "got",  NULL};

static bool is_punct(const struct ectx *c, uint32_t i)
{
	return tflags(c, i) & NKG_TOK_PUNCT;
}

/* "Henry added 104 yards", "added a second goal", "added to the pressure":
 * "add" with an object it counts or a "to" is no speech (what is said
 * follows as a clause, a quote or nothing: "he added that ...", "he
 * added."). */
static bool added_not_said(const struct ectx *c, const struct trigger_word *w, uint32_t i)
{
	static const char *const counted[] = {
	        "a",  "an",    "another", "to",   "more", "two", "three", "four", "five",  "six",
	        "up", "seven", "eight",   "nine", "ten",  "its", "his",   "her",  "their", NULL};
	if (strcmp(w->lemma, "add") != 0 || i + 1 >= sent_end(c, i))
		return false;
	return (tflags(c, i + 1) & NKG_TOK_NUMBER) || is_any(c, i + 1, counted);
}

/* The preposition that introduces the mention (looking back over
 * determiners, a possessive, titles and up to two lower-case modifiers), or
 * NKG_NONE. */
static uint32_t intro_prep(const struct ectx *c, uint32_t b)
{
	uint32_t first = sent_first(c, b);
	int lower = 0;
	bool caps = true;
	/* "Secretary of State Antony Blinken met": a title's "of" before a
	 * person; "the Governor of Texas said" keeps its preposition */
	bool person = c->cover[b] != NKG_NONE && c->ments[c->cover[b]].kind == NKG_KIND_PERSON;
	for (uint32_t j = b, steps = 0; j > first && steps < 5; steps++) {
		j--;
		if (caps && person && j > first && (is_w(c, j, "of") || is_w(c, j, "for")) &&
		    (tflags(c, j - 1) & NKG_TOK_CAPITALIZED) &&
		    (nkg_lex_word(tk(c, j - 1)) & NKG_LEX_TITLE))
			return NKG_NONE;
		if (is_any(c, j, preps))
			return j;
		if (!(tflags(c, j) & NKG_TOK_CAPITALIZED))
			caps = false;
		if (is_any(c, j, determiners) || (tflags(c, j) & NKG_TOK_POSSESSIVE))
			continue;
		if (is_punct(c, j))
			return NKG_NONE;
		if (tflags(c, j) & NKG_TOK_CAPITALIZED)
			continue;
		/* "ran for another as the Ravens beat": a clause starts
		 * between the preposition and the name */
		if (is_any(c, j, clause_words) || is_w(c, j, "as"))
			return NKG_NONE;
		if (is_lower_word(c, j) && ++lower <= 2)
			continue;
		return NKG_NONE;
	}
	return NKG_NONE;
}

static bool is_person(const struct ectx *c, uint32_t m)
{
	return c->ments[m].kind == NKG_KIND_PERSON;
}

static const struct trigger_word *speech_verb_at(const struct ectx *c, uint32_t i);

/* ---- who "he" and "she" are ---------------------------------------------------- */

/* Words right before a person's name, or the last word of a role of theirs,
 * that tell the person's sex: titles, kin, "-man"/"-woman" roles. */
static const char *const male_words[] = {
        "mr",        "mr.",         "sir",         "king",       "prince",      "lord",
        "duke",      "earl",        "baron",       "pope",       "cardinal",    "ayatollah",
        "imam",      "monsignor",   "father",      "brother",    "son",         "husband",
        "boyfriend", "grandfather", "uncle",       "nephew",     "widower",     "spokesman",
        "chairman",  "congressman", "businessman", "councilman", "assemblyman", "alderman",
        "policeman", "fireman",     "sportsman",   "anchorman",  "frontman",    NULL};
static const char *const female_words[] = {
        "mrs",          "mrs.",          "ms",          "ms.",           "miss",
        "madam",        "madame",        "mme",         "mme.",          "queen",
        "princess",     "lady",          "dame",        "duchess",       "baroness",
        "countess",     "empress",       "mother",      "sister",        "daughter",
        "wife",         "girlfriend",    "grandmother", "aunt",          "niece",
        "widow",        "spokeswoman",   "chairwoman",  "congresswoman", "businesswoman",
        "councilwoman", "assemblywoman", "policewoman", "actress",       "sportswoman",
        "anchorwoman",  "heiress",       NULL};

static enum nkg_gender word_gender(struct nkg_str w)
{
	for (const char *const *l = male_words; *l; l++)
		if (nkg_str_eq_nocase(w, nkg_str_from_cstr(*l)))
			return NKG_GENDER_MALE;
	for (const char *const *l = female_words; *l; l++)
		if (nkg_str_eq_nocase(w, nkg_str_from_cstr(*l)))
			return NKG_GENDER_FEMALE;
	return NKG_GENDER_UNKNOWN;
}

/* The first word of a name ("Mary" of "Mary Jones"), when the name has
 * another after it: a lone word is as often a surname. */
static struct nkg_str first_name_word(struct nkg_str name)
{
	for (size_t i = 0; i < name.len; i++)
		if (name.ptr[i] == ' ')
			return (struct nkg_str){name.ptr, i};
	return (struct nkg_str){name.ptr, 0};
}

/* The last word of s ("spokeswoman" of "a police spokeswoman"). */
static struct nkg_str last_word(struct nkg_str s)
{
	size_t i = s.len;
	while (i > 0 && s.ptr[i - 1] != ' ')
		i--;
	return (struct nkg_str){s.ptr + i, s.len - i};
}

/* The sex the pronouns of a sentence tell of the one person it names
 * ("hitting Gray multiple times in his torso"): his/him/himself after the
 * person, and no she/her/herself anywhere in it (or the reverse); unknown
 * when the sentence names another person or none, or quotes. */
static enum nkg_gender sentence_pronoun_gender(const struct ectx *c, uint32_t s, uint32_t *who)
{
	static const char *const he[] = {"he", "his", "him", "himself", NULL};
	static const char *const she[] = {"she", "her", "hers", "herself", NULL};
	const struct nkg_sentence *se = &c->toks->sents[s];
	uint32_t person = NKG_NONE;
	bool male = false, female = false;
	for (uint32_t j = se->first; j < se->first + se->count; j++) {
		if (c->quoted[j] || (tflags(c, j) & NKG_TOK_QUOTE))
			return NKG_GENDER_UNKNOWN;
		uint32_t m = c->cover[j];
		if (m != NKG_NONE && is_person(c, m)) {
			if (person != NKG_NONE && person != c->ments[m].entity)
				return NKG_GENDER_UNKNOWN;
			person = c->ments[m].entity;
			j = c->ments[m].e - 1;
			continue;
		}
		if (is_any(c, j, she))
			female = true;
		else if (person != NKG_NONE && is_any(c, j, he))
			male = true;
	}
	*who = person;
	if (person == NKG_NONE || male == female)
		return NKG_GENDER_UNKNOWN;
	return male ? NKG_GENDER_MALE : NKG_GENDER_FEMALE;
}

/* Fills c->gender: for each person, the sex its given names (the first
 * word of its canonical or another name of two words or more), its roles
 * ("spokeswoman") and the words right before its mentions ("Mrs.", "her
 * husband", "His sister, Mahnefah Gray, said") tell; failing those, the pronouns
 * of the sentences that name it alone (sentence_pronoun_gender); unknown
 * when the evidence says nothing or disagrees. */
static int person_genders(struct ectx *c)
{
	const struct nkg_doc *doc = c->doc;
	uint8_t *weak = nkg_calloc((size_t)doc->n_entities + 1, 1);
	c->gender = nkg_calloc((size_t)doc->n_entities + 1, 1);
	if (!c->gender || !weak) {
		nkg_free(weak);
		return NKG_ENOMEM;
	}
	c->n_gender = doc->n_entities;
	uint8_t *seen = c->gender; /* bit 1 male, bit 2 female, as enum nkg_gender */
	for (uint32_t e = 0; e < doc->n_entities; e++) {
		const struct nkg_entity *en = &doc->entities[e];
		if (en->cls != NKG_CLASS_PERSON)
			continue;
		seen[e] |= (uint8_t)nkg_given_name_gender(first_name_word(en->name));
		for (uint32_t k = 0; k < en->n_alt_names; k++)
			seen[e] |=
			        (uint8_t)nkg_given_name_gender(first_name_word(en->alt_names[k]));
		for (uint32_t k = 0; k < en->n_roles; k++)
			seen[e] |= (uint8_t)word_gender(last_word(en->roles[k].title));
	}
	for (uint32_t m = 0; m < c->n_ments; m++) {
		uint32_t b = c->ments[m].b, e = c->ments[m].entity;
		uint32_t first = sent_first(c, b);
		if (!is_person(c, m) || e >= c->n_gender || b == first)
			continue;
		uint32_t w = b - 1, after = c->ments[m].e;
		/* "His sister, Mahnefah Gray, told": an apposition closed by a
		 * comma after a kin word or title (not "stabbed his wife, Bowe
		 * cited") */
		if (is_w(c, w, ",") && w > first && after < sent_end(c, b) && is_w(c, after, ","))
			w--;
		seen[e] |= (uint8_t)word_gender(tk(c, w));
	}
	for (uint32_t s = 0; s < c->toks->n_sents; s++) {
		uint32_t who = NKG_NONE;
		enum nkg_gender g = sentence_pronoun_gender(c, s, &who);
		if (g != NKG_GENDER_UNKNOWN && who < c->n_gender)
			weak[who] |= (uint8_t)g;
	}
	for (uint32_t e = 0; e < c->n_gender; e++) {
		if (seen[e] == 0)
			seen[e] = weak[e];
		if (seen[e] == (NKG_GENDER_MALE | NKG_GENDER_FEMALE))
			seen[e] = NKG_GENDER_UNKNOWN;
	}
	nkg_free(weak);
	return 0;
}

static enum nkg_gender entity_gender(const struct ectx *c, uint32_t e)
{
	return e < c->n_gender ? (enum nkg_gender)c->gender[e] : NKG_GENDER_UNKNOWN;
}

/* Whether a person of sex g may be entity e (unknown agrees with all). */
static bool gender_agrees(const struct ectx *c, enum nkg_gender g, uint32_t e)
{
	enum nkg_gender h = entity_gender(c, e);
	return g == NKG_GENDER_UNKNOWN || h == NKG_GENDER_UNKNOWN || g == h;
}

/* The person mention in subject position of the sentence's tokens
 * [first, end): its first person mention outside quotes when no
 * preposition introduces it; NKG_NONE otherwise (*any says whether there
 * was a person at all). */
static uint32_t sentence_subject(const struct ectx *c, uint32_t first, uint32_t end, bool *any)
{
	*any = false;
	for (uint32_t j = first; j < end; j++) {
		uint32_t m = c->cover[j];
		if (m == NKG_NONE || c->quoted[j])
			continue;
		if (is_person(c, m) && c->ments[m].b == j) {
			*any = true;
			return intro_prep(c, j) == NKG_NONE ? m : NKG_NONE;
		}
		j = c->ments[m].e - 1;
	}
	return NKG_NONE;
}

/* Whom a pronoun of sex g refers to in the sentence's tokens [first, end):
 * the subject person when the sex agrees; when the subject is known to be
 * of the other sex, the one other person of the sentence known to be of
 * sex g ("Mary Jones met John Smith. ... he said"), none when another
 * person there may be ("Mary Jones met Smith": *stop, unresolved); NKG_NONE
 * to look further back (no person, the first introduced by a preposition,
 * or only persons of the other sex). */
static uint32_t sentence_referent(const struct ectx *c, uint32_t first, uint32_t end,
                                  enum nkg_gender g, bool *stop)
{
	bool any;
	uint32_t sm = sentence_subject(c, first, end, &any);
	*stop = false;
	if (sm == NKG_NONE)
		return NKG_NONE;
	uint32_t subj = c->ments[sm].entity;
	if (gender_agrees(c, g, subj))
		return subj;
	uint32_t found = NKG_NONE;
	for (uint32_t j = c->ments[sm].e; j < end && j < c->ments[sm].e + PRONOUN_WINDOW; j++) {
		uint32_t m = c->cover[j];
		if (m == NKG_NONE || c->quoted[j])
			continue;
		uint32_t e = c->ments[m].entity;
		if (is_person(c, m) && e != subj && gender_agrees(c, g, e)) {
			if (entity_gender(c, e) == NKG_GENDER_UNKNOWN ||
			    (found != NKG_NONE && found != e)) {
				*stop = true;
				return NKG_NONE;
			}
			found = e;
		}
		j = c->ments[m].e - 1;
	}
	return found;
}

static bool sentence_starts_paragraph(const struct ectx *c, uint32_t s)
{
	return c->toks->toks[c->toks->sents[s].first].flags & NKG_TOK_PARA_START;
}

/* The person a sentence opens with as its subject, strictly: before the
 * mention only capitalised words, determiners, a time, commas and quote
 * marks, a preposition or clause word opening the sentence ("On Thursday,
 * Reed said", "As Greg McDermott said"), and at most three other
 * lower-case words that are no clause word nor speech verb ("The police
 * commissioner, Raymond W. Kelly, said"; not "Police said that two
 * officers shot the teenager, Kimani Gray").  An entity or NKG_NONE. */
static uint32_t strict_subject(const struct ectx *c, uint32_t s)
{
	const struct nkg_sentence *se = &c->toks->sents[s];
	uint32_t lower = 0;
	for (uint32_t j = se->first; j < se->first + se->count; j++) {
		if (c->quoted[j])
			continue;
		uint32_t m = c->cover[j];
		if (m != NKG_NONE) {
			if (is_person(c, m) && c->ments[m].b == j)
				return c->ments[m].entity;
			j = c->ments[m].e - 1;
			continue;
		}
		if (c->tstart[j] != NKG_NONE) {
			j = c->tend[j] - 1;
			continue;
		}
		if (j == se->first && (is_any(c, j, preps) || is_any(c, j, clause_words) ||
		                       is_w(c, j, "as") || is_w(c, j, "when")))
			continue;
		if (is_punct(c, j) || is_any(c, j, determiners) ||
		    (tflags(c, j) & NKG_TOK_CAPITALIZED))
			continue;
		if (is_any(c, j, clause_words) || speech_verb_at(c, j) || ++lower > 3)
			return NKG_NONE;
	}
	return NKG_NONE;
}

/* Whether the candidate's sentence s or one of the two before it in its
 * paragraph has as its strict subject a person other than e that a
 * pronoun of sex g may be: two persons compete for the pronoun of the next
 * paragraph ("Reed wants a vote this week.  Ward wants more time. // On
 * Thursday, he said"). */
static bool paragraph_competes(const struct ectx *c, uint32_t s, uint32_t e, enum nkg_gender g)
{
	for (uint32_t k = s, n = 0; n < 3; n++, k--) {
		uint32_t p = strict_subject(c, k);
		if (p != NKG_NONE && p != e && gender_agrees(c, g, p))
			return true;
		if (k == 0 || sentence_starts_paragraph(c, k))
			break;
	}
	return false;
}

/* The person "his" or "her" at tok names before a noun ("since his
 * arrest", "calls for his resignation"): the one person mentioned before
 * it in its sentence, outside quotes, when the sex agrees; NKG_NONE when
 * the sentence names none or two ("Berdymukhamedov, the successor of
 * Niyazov, who ruled until his death": either), when a noun for a person
 * stands between them ("Miles Vinar spoke about seeing his brother plunge
 * to his death": the brother's), or when the pronoun is quoted.  Only the
 * PRONOUN_WINDOW tokens before it count (linear time on hostile input). */
static uint32_t possessive_referent(const struct ectx *c, uint32_t tok)
{
	/* the nouns for a person that may stand between them: not
	 * person_nouns (the heads of a description, later in this file),
	 * which holds most of these but is wider and lacks "officer",
	 * "friend", "player" and "people": one list for both would change
	 * whom a "his" names */
	static const char *const others[] = {
	        "man",     "woman",    "boy",    "girl",     "child",  "children", "baby",
	        "teen",    "teenager", "victim", "officer",  "driver", "suspect",  "friend",
	        "student", "player",   "worker", "resident", "person", "people",   NULL};
	if (c->quoted[tok])
		return NKG_NONE;
	enum nkg_gender g = is_w(c, tok, "her") ? NKG_GENDER_FEMALE : NKG_GENDER_MALE;
	uint32_t found = NKG_NONE, from = sent_first(c, tok);
	if (tok - from > PRONOUN_WINDOW)
		from = tok - PRONOUN_WINDOW;
	for (uint32_t j = from; j < tok; j++) {
		uint32_t m = c->cover[j];
		if (found != NKG_NONE && m == NKG_NONE &&
		    (word_gender(tk(c, j)) != NKG_GENDER_UNKNOWN || is_any(c, j, others)))
			return NKG_NONE;
		if (m == NKG_NONE || c->quoted[j])
			continue;
		if (is_person(c, m)) {
			if (found != NKG_NONE && found != c->ments[m].entity)
				return NKG_NONE;
			found = c->ments[m].entity;
		}
		j = c->ments[m].e - 1;
	}
	return found != NKG_NONE && gender_agrees(c, g, found) ? found : NKG_NONE;
}

/* The person the subject pronoun at tok ("he", "she") refers to: the
 * nearest sentence_referent, in tok's sentence before it, then up to five
 * sentences back (quoted words name nobody: the sentences of a quote are
 * passed over); never across a paragraph's start when the paragraph it
 * is found in has another person of that sex as a subject ("Reed wants a
 * vote. Ward wants more time. // On Thursday, he said": nobody). */
/* Nouns of one unnamed person that may open a sentence as its subject,
 * and those of them whose sex they tell. */
static const char *const lone_people[] = {
        "officer", "policeman", "policewoman", "gunman",   "man",      "woman",    "boy",
        "girl",    "soldier",   "driver",      "teenager", "guard",    "attacker", "shooter",
        "trooper", "deputy",    "pilot",       "teacher",  "doctor",   "nurse",    "father",
        "mother",  "husband",   "wife",        "son",      "daughter", NULL};
static const char *const lone_men[] = {"policeman", "gunman",  "man", "boy",
                                       "father",    "husband", "son", NULL};
static const char *const lone_women[] = {"policewoman", "woman",    "girl", "mother",
                                         "wife",        "daughter", NULL};

/* Whether the sentence [first, end) opens with a person it describes but
 * does not name, of a sex that agrees with g, as its subject: a
 * determiner, at most three lower-case words (a possessive among them: "the
 * boy's father"), a noun of lone_people, then no name in apposition ("The
 * officer, John Doe,") and no "of"; before any person mention.  "The
 * officer, who has not been named, says he killed the boy": "he" is the
 * officer, not a person named in the sentence before.  Not when a person
 * named in the two sentences before holds that noun as a role ("Officer
 * John Doe ... The officer said he"). */
static bool described_subject(const struct ectx *c, uint32_t first, uint32_t end, enum nkg_gender g)
{
	if (first >= end || !is_any(c, first, determiners) || c->cover[first] != NKG_NONE)
		return false;
	uint32_t j = first + 1;
	while (j < end && j < first + 4 && is_lower_word(c, j) && !is_any(c, j, lone_people) &&
	       c->cover[j] == NKG_NONE && !is_any(c, j, preps) && !is_any(c, j, clause_words))
		j++;
	if (j + 1 >= end || !is_any(c, j, lone_people) || c->cover[j] != NKG_NONE || c->quoted[j] ||
	    is_w(c, j + 1, "of") || (tflags(c, j) & NKG_TOK_POSSESSIVE))
		return false;
	if (is_w(c, j + 1, ",") && j + 2 < end && c->cover[j + 2] != NKG_NONE)
		return false;
	if ((g == NKG_GENDER_MALE && is_any(c, j, lone_women)) ||
	    (g == NKG_GENDER_FEMALE && is_any(c, j, lone_men)))
		return false;
	uint32_t s = c->toks->toks[first].sentence;
	uint32_t from = c->toks->sents[s >= 2 ? s - 2 : 0].first;
	if (first - from > PRONOUN_WINDOW)
		from = first - PRONOUN_WINDOW; /* bounded: hostile input */
	for (uint32_t k = from; k < first; k++) {
		uint32_t m = c->cover[k];
		if (m == NKG_NONE || !is_person(c, m))
			continue;
		const struct nkg_entity *e = &c->doc->entities[c->ments[m].entity];
		struct nkg_str noun = tk(c, j);
		for (uint32_t r = 0; r < e->n_roles; r++) {
			struct nkg_str ti = e->roles[r].title;
			if (ti.len >= noun.len &&
			    nkg_str_eq_nocase(
			            (struct nkg_str){ti.ptr + ti.len - noun.len, noun.len}, noun))
				return false;
		}
		k = c->ments[m].e - 1;
	}
	return true;
}

static uint32_t resolve_pronoun(const struct ectx *c, uint32_t tok)
{
	enum nkg_gender g = is_w(c, tok, "she")  ? NKG_GENDER_FEMALE
	                    : is_w(c, tok, "he") ? NKG_GENDER_MALE
	                                         : NKG_GENDER_UNKNOWN;
	uint32_t s = c->toks->toks[tok].sentence;
	bool crossed = false;
	for (uint32_t back = 0; back <= 5 && back <= s; back++) {
		const struct nkg_sentence *se = &c->toks->sents[s - back];
		if (back > 0 && sentence_starts_paragraph(c, s - back + 1))
			crossed = true;
		uint32_t end = back == 0 ? tok : se->first + se->count;
		bool stop;
		uint32_t r = sentence_referent(c, se->first, end, g, &stop);
		/* the nearest subject is a person the text only describes */
		if (g != NKG_GENDER_UNKNOWN && back <= 1 && described_subject(c, se->first, end, g))
			return NKG_NONE;
		if (r != NKG_NONE)
			return crossed && paragraph_competes(c, s - back, r, g) ? NKG_NONE : r;
		if (stop)
			return NKG_NONE;
	}
	return NKG_NONE;
}

/* The subject of the verb at tok: an entity index or NKG_NONE.  When an event
 * noun of class strike/attack/disaster/accident comes before any entity, *event_tok receives
 * its token (event_tok may be NULL). */
/* Nouns that name an organisation of the text again: "the company said".
 * Each names one kind (org_noun_fits): a company, a sports team, a
 * government body; a bank may be a company or a central bank. */
static const char *const company_nouns[] = {
        "company",   "firm",         "giant",    "carrier", "manufacturer",
        "maker",     "airline",      "retailer", "group",   "planemaker",
        "automaker", "conglomerate", "insurer",  "bank",    NULL};
static const char *const team_nouns[] = {"team", "club", "side", "squad", NULL};
static const char *const government_nouns[] = {"agency", "ministry", "department", "bank", NULL};
static const char *const org_nouns[] = {
        "company", "firm",     "bank",       "giant",      "carrier",   "manufacturer",
        "maker",   "airline",  "agency",     "retailer",   "group",     "team",
        "club",    "side",     "squad",      "planemaker", "automaker", "conglomerate",
        "insurer", "ministry", "department", NULL};

/* Plural nouns for people that open a reported clause without a
 * determiner: "said police arrested 14 people". */
static const char *const group_subjects[] = {
        "police",    "officials",     "authorities", "protesters", "demonstrators", "troops",
        "soldiers",  "officers",      "militants",   "gunmen",     "rebels",        "residents",
        "witnesses", "investigators", "prosecutors", "workers",    "students",      "people",
        "lawmakers", "doctors",       "rescuers",    NULL};

/* Whether a speech verb at j, before token tok, opens a reported clause with
 * a subject of its own: "She said [the government] would meet union
 * leaders" (a determiner after the verb or after its "that"), unless the
 * noun names an organisation again ("Nissan said the company would cut
 * jobs": the company is Nissan). */
static bool reported_subject_after(const struct ectx *c, uint32_t j, uint32_t tok)
{
	uint32_t k = j + 1;
	if (k < tok && is_w(c, k, "that"))
		k++;
	if (k >= tok || speech_verb_at(c, j) == NULL)
		return false;
	/* "said 14 people were arrested", "said police arrested": a count or
	 * a plural noun for people opens the clause */
	static const char *const counts[] = {"two",      "three",     "four",    "five", "six",
	                                     "seven",    "eight",     "nine",    "ten",  "dozens",
	                                     "hundreds", "thousands", "several", "many", NULL};
	if ((tflags(c, k) & NKG_TOK_NUMBER) || is_any(c, k, counts) || is_any(c, k, group_subjects))
		return true;
	return k + 1 < tok && is_any(c, k, determiners) && !is_any(c, k + 1, org_nouns);
}

static bool lemma_in(const struct ectx *c, uint32_t i, const char *const *list);

/* Whether the speech verb at v reports a clause with a subject of its own
 * that starts before token tok: "said [the unions] would call ...", "said
 * that [Sadr] would lead ..." (a determiner, or a name followed by a
 * lower-case word, after the verb or its "that"). */
static bool reports_own_clause(const struct ectx *c, uint32_t v, uint32_t tok)
{
	uint32_t k = v + 1;
	if (k < tok && is_w(c, k, "that"))
		k++;
	if (k >= tok || speech_verb_at(c, v) == NULL ||
	    lemma_in(c, v,
	             (const char *const[]){"tell", "told", "inform", "warn", "assure", "remind",
	                                   "advise", NULL}))
		return false; /* "told a judge during a hearing Thursday that": whom */
	if (is_any(c, k, determiners) && !is_w(c, k, "this") && !is_w(c, k, "that"))
		return k + 1 < tok;
	/* "said it expected a loss for the third quarter", "said they
	 * would"; not "announced it himself on Wednesday" */
	if (is_any(c, k, (const char *const[]){"they", "he", "she", "we", NULL}))
		return k + 1 < tok && is_lower_word(c, k + 1);
	if (is_w(c, k, "it"))
		return k + 1 < tok && is_lower_word(c, k + 1) &&
		       (is_any(c, k + 1, modals) || is_any(c, k + 1, be_forms) ||
		        is_any(c, k + 1,
		               (const char *const[]){"had", "has", "did", "does", NULL}) ||
		        regular_past(c, k + 1));
	uint32_t m = c->cover[k];
	return m != NKG_NONE && c->ments[m].b == k && c->ments[m].e < tok &&
	       is_lower_word(c, c->ments[m].e) && !is_any(c, c->ments[m].e, preps);
}

static uint32_t appositive_head(const struct ectx *c, uint32_t p);
static bool place_of_apposition(const struct ectx *c, uint32_t b);

static uint32_t subject_at(const struct ectx *c, uint32_t tok, uint32_t *event_tok, bool follow_and)
{
	static const char *const pronouns[] = {"he", "she", NULL};
	/* Auxiliaries and adverbs between an apposition's closing comma and
	 * its verb: "X, a boy from Irving, Texas, was arrested". */
	static const char *const aux[] = {
	        "was",   "were",       "is",        "are",        "be",    "been", "has",
	        "have",  "had",        "will",      "would",      "could", "can",  "may",
	        "might", "must",       "shall",     "should",     "not",   "also", "later",
	        "then",  "reportedly", "allegedly", "personally", NULL};
	uint32_t first = sent_first(c, tok);
	uint32_t v = tok;
	/* "police arrested Tom Hale and charged him": the first verb's
	 * subject, not its object; over a list's commas ("was arrested in
	 * 2005, extradited in 2007 and sentenced") */
	if (follow_and && tok > first + 1 && is_w(c, tok - 1, "and")) {
		for (uint32_t j = tok - 1; j > first + 1 && tok - j < 24;) {
			j--;
			if (is_any(c, j, clause_words) || (is_punct(c, j) && !is_w(c, j, ",")))
				break;
			uint32_t t = c->trig_at[j];
			if (((t != NKG_NONE && c->trigs[t].verb && c->trigs[t].head == j) ||
			     (is_lower_word(c, j) && regular_past(c, j))) &&
			    !is_w(c, j - 1, ","))
				return subject_at(c, j, event_tok, false); /* one hop */
		}
	}
	while (v > first + 1 && tok - v < 4 && is_any(c, v - 1, aux))
		v--;
	bool appositive = v > first && is_w(c, v - 1, ",");
	uint32_t cand = NKG_NONE, person = NKG_NONE;

	/* "Nvidia, a chipmaker based in Santa Clara, California, said": the
	 * name before the apposition, not the last one inside it */
	if (appositive && !event_tok) {
		uint32_t h = appositive_head(c, v - 1);
		if (h != NKG_NONE)
			return h;
	}

	if (event_tok)
		*event_tok = NKG_NONE;
	for (uint32_t j = tok, steps = 0; j > first && steps < 40; steps++) {
		j--;
		/* "Compaq, which HP bought in 2002, said": what the relative
		 * clause names is not the subject, what comes before it is. */
		if (appositive && j > first + 1 && is_any(c, j, relative_words) &&
		    is_w(c, j - 1, ",")) {
			cand = person = NKG_NONE;
			continue;
		}
		/* Clause words and any punctuation but a comma end the search:
		 * a dateline's "(Iran News) –" is not the subject. */
		if (is_any(c, j, clause_words) || (is_punct(c, j) && !is_w(c, j, ",")) ||
		    (tflags(c, j) & NKG_TOK_QUOTE))
			break;
		uint32_t t = c->trig_at[j];
		if (event_tok && t != NKG_NONE && cand == NKG_NONE && !c->trigs[t].verb &&
		    (c->trigs[t].cls == NKG_EVENT_MILITARY_STRIKE ||
		     c->trigs[t].cls == NKG_EVENT_ATTACK || c->trigs[t].cls == NKG_EVENT_DISASTER ||
		     c->trigs[t].cls == NKG_EVENT_ACCIDENT)) {
			*event_tok = j;
			return NKG_NONE;
		}
		if (cand == NKG_NONE && !appositive && is_any(c, j, pronouns))
			return resolve_pronoun(c, j);
		if (cand == NKG_NONE && reported_subject_after(c, j, tok))
			break;
		uint32_t m = c->cover[j];
		if (m == NKG_NONE || c->quoted[j])
			continue;
		uint32_t me = c->ments[m].e;
		j = c->ments[m].b;
		if (appositive && c->ments[m].kind == NKG_KIND_PLACE && place_of_apposition(c, j))
			continue; /* "X, based in Santa Clara, California, said" */
		uint32_t p = intro_prep(c, j);
		if (p != NKG_NONE) {
			/* "came after Sadr called": a conjunction, and Sadr its
			 * clause's subject */
			if (me == tok && is_any(c, p, clause_words) && !appositive)
				return c->ments[m].entity;
			continue;
		}
		if (!appositive)
			return c->ments[m].entity;
		if (cand == NKG_NONE)
			cand = c->ments[m].entity;
		if (person == NKG_NONE && is_person(c, m))
			person = c->ments[m].entity;
	}
	return person != NKG_NONE ? person : cand;
}

static uint32_t subject_of(const struct ectx *c, uint32_t tok, uint32_t *event_tok)
{
	return subject_at(c, tok, event_tok, true);
}

/* Entities after token from (exclusive) up to the end of the phrase: the
 * people if any, else the first entity.  Returns the count written. */
static uint32_t objects_after(const struct ectx *c, uint32_t from, uint32_t *out, uint32_t max)
{
	static const char *const stops[] = {
	        "outside", "in",    "at",   "on",     "near", "during", "after", "before",  "since",
	        "for",     "with",  "from", "across", "to",   "into",   "by",    "over",    "amid",
	        "as",      "while", "when", "that",   "who",  "which",  "but",   "because", NULL};
	uint32_t end = sent_end(c, from);
	uint32_t all[MAX_PARTS], n_all = 0, n = 0;
	bool any_person = false;

	for (uint32_t j = from + 1; j < end && j < from + 30; j++) {
		if (is_any(c, j, stops))
			break;
		if (is_w(c, j, ",")) {
			if (j + 1 < end && c->cover[j + 1] != NKG_NONE)
				continue;
			break;
		}
		if (is_punct(c, j) && !(tflags(c, j) & NKG_TOK_DASH))
			break;
		uint32_t m = c->cover[j];
		if (m == NKG_NONE)
			continue;
		if (n_all < MAX_PARTS)
			all[n_all++] = m;
		if (is_person(c, m))
			any_person = true;
		j = c->ments[m].e - 1;
	}
	for (uint32_t k = 0; k < n_all && n < max; k++) {
		if (any_person && !is_person(c, all[k]))
			continue;
		out[n++] = c->ments[all[k]].entity;
		if (!any_person)
			break;
	}
	return n;
}

/* ---- places -------------------------------------------------------------------- */

static int place_rank(enum nkg_entity_class cls)
{
	switch (cls) {
	case NKG_CLASS_AIRPORT:
	case NKG_CLASS_DISTRICT: return 5;
	case NKG_CLASS_CITY: return 4;
	case NKG_CLASS_PLACE:
	case NKG_CLASS_ADMIN_AREA: return 3;
	case NKG_CLASS_COUNTRY: return 2;
	default: return 1;
	}
}

/* True when place a contains place b (b's container chain reaches a). */
static bool contains(const struct nkg_doc *doc, uint32_t a, uint32_t b)
{
	for (int k = 0; k < 16 && b != NKG_NONE && b < doc->n_entities; k++) {
		b = doc->entities[b].container;
		if (b == a)
			return true;
	}
	return false;
}

/* The country place p is or lies in (its container chain), or NKG_NONE. */
static uint32_t country_of(const struct nkg_doc *doc, uint32_t p)
{
	for (int k = 0; k < 16 && p != NKG_NONE && p < doc->n_entities; k++) {
		if (doc->entities[p].cls == NKG_CLASS_COUNTRY)
			return p;
		p = doc->entities[p].container;
	}
	return NKG_NONE;
}

/* Two places an event cannot have both: neither contains the other, and
 * they are of one granularity (two cities) or in two known countries
 * ("met in Jeddah" and "talks in Egypt"). */
static bool places_conflict(const struct nkg_doc *doc, uint32_t a, uint32_t b)
{
	if (a == NKG_NONE || b == NKG_NONE || a == b || contains(doc, a, b) || contains(doc, b, a))
		return false;
	uint32_t ca = country_of(doc, a), cb = country_of(doc, b);
	if (ca != NKG_NONE && cb != NKG_NONE && ca != cb)
		return true;
	return place_rank(doc->entities[a].cls) == place_rank(doc->entities[b].cls);
}

/* The more specific of two places (a wins ties). */
static uint32_t more_specific(const struct nkg_doc *doc, uint32_t a, uint32_t b)
{
	if (a == NKG_NONE)
		return b;
	if (b == NKG_NONE || a == b)
		return a;
	if (contains(doc, a, b))
		return b;
	if (contains(doc, b, a))
		return a;
	return place_rank(doc->entities[b].cls) > place_rank(doc->entities[a].cls) ? b : a;
}

/* ---- building -------------------------------------------------------------------- */

static void add_part(struct trig *t, uint32_t entity, enum nkg_role_type role)
{
	if (entity == NKG_NONE)
		return;
	for (uint32_t k = 0; k < t->n_parts; k++)
		if (t->parts[k].entity == entity && t->parts[k].role == role)
			return;
	if (t->n_parts < MAX_PARTS) {
		t->parts[t->n_parts].entity = entity;
		t->parts[t->n_parts].role = role;
		t->n_parts++;
	}
}

/* Token index of the first token whose begin >= off (n if none). */
static uint32_t tok_at(const struct ectx *c, uint32_t off)
{
	return nkg_token_at(c->toks, off);
}

/* The byte range of a dateline's header ("PORT-AU-PRINCE, January 13, 2010
 * (Reuters) -"): from its place word to the dash that ends it on the same
 * line.  Its date is the publication's, not an event's.  *b == *e when the
 * text has no dateline or the header has no dash. */
static void dateline_header(const struct nkg_doc *doc, size_t *b, size_t *e)
{
	const char *p = doc->dateline_place.ptr;

	*b = *e = 0;
	if (!p || p < doc->text || p >= doc->text + doc->text_len)
		return;
	size_t i = (size_t)(p - doc->text);
	for (size_t j = i; j < doc->text_len && doc->text[j] != '\n'; j++) {
		unsigned char ch = (unsigned char)doc->text[j];
		bool dash = (ch == '-' && j > i && doc->text[j - 1] == ' ') ||
		            (ch == 0xE2 && j + 2 < doc->text_len &&
		             (unsigned char)doc->text[j + 1] == 0x80 &&
		             ((unsigned char)doc->text[j + 2] == 0x93 ||
		              (unsigned char)doc->text[j + 2] == 0x94)); /* en and em dash */
		if (dash) {
			*b = i;
			*e = j;
			return;
		}
	}
}

static int index_mentions(struct ectx *c)
{
	struct nkg_doc *doc = c->doc;
	uint32_t n = c->toks->n;

	c->cover = nkg_malloc((size_t)n * sizeof(uint32_t) + 1);
	c->tstart = nkg_malloc((size_t)n * sizeof(uint32_t) + 1);
	c->tend = nkg_malloc((size_t)n * sizeof(uint32_t) + 1);
	c->trig_at = nkg_malloc((size_t)n * sizeof(uint32_t) + 1);
	c->quoted = nkg_calloc((size_t)n + 1, 1);
	c->seps = nkg_malloc(((size_t)n + 1) * sizeof(uint32_t));
	c->ments = nkg_malloc((size_t)doc->n_mentions * sizeof(*c->ments) + 1);
	if (!c->cover || !c->tstart || !c->tend || !c->trig_at || !c->quoted || !c->seps ||
	    !c->ments)
		return NKG_ENOMEM;
	c->seps[0] = 0;
	for (uint32_t i = 0; i < n; i++)
		c->seps[i + 1] = c->seps[i] + (is_any(c, i, clause_words) || is_w(c, i, ";"));
	for (uint32_t i = 0; i < n; i++)
		c->cover[i] = c->tstart[i] = c->tend[i] = c->trig_at[i] = NKG_NONE;

	size_t dl_b, dl_e;
	dateline_header(doc, &dl_b, &dl_e);
	for (uint32_t k = 0; k < doc->n_mentions; k++) {
		const struct nkg_mention *m = &doc->mentions[k];
		if (m->kind == NKG_MENTION_TIME && m->span.begin >= dl_b && m->span.end <= dl_e)
			continue; /* the dateline's date dates the article, not an event */
		uint32_t b = tok_at(c, m->span.begin), e = b;
		while (e < n && c->toks->toks[e].end <= m->span.end)
			e++;
		if (e == b)
			continue;
		if (m->kind == NKG_MENTION_TIME) {
			if (m->target < doc->n_times && c->tstart[b] == NKG_NONE) {
				c->tstart[b] = m->target;
				c->tend[b] = e;
			}
			continue;
		}
		if (m->kind != NKG_MENTION_ENTITY || m->target >= doc->n_entities)
			continue;
		struct ment *mt = &c->ments[c->n_ments];
		mt->b = b;
		mt->e = e;
		mt->entity = m->target;
		mt->cls = doc->entities[m->target].cls;
		mt->kind = nkg_entity_class_kind(mt->cls);
		for (uint32_t j = b; j < e; j++) {
			uint32_t o = c->cover[j];
			if (o == NKG_NONE || c->ments[o].e - c->ments[o].b < e - b)
				c->cover[j] = c->n_ments;
		}
		c->n_ments++;
	}
	/* A token covered by a shorter mention inside a longer one points to
	 * the longer; make every covered run consistent with its mention. */
	for (uint32_t i = 0; i < n; i++) {
		uint32_t m = c->cover[i];
		if (m != NKG_NONE && (c->ments[m].b > i || c->ments[m].e <= i))
			c->cover[i] = NKG_NONE;
	}
	return 0;
}

static uint32_t closing_for(uint32_t open_cp)
{
	switch (open_cp) {
	case 0x201C: return 0x201D;
	case 0x2018: return 0x2019;
	case 0x00AB: return 0x00BB;
	default: return open_cp;
	}
}

static uint32_t first_cp(const struct ectx *c, uint32_t i)
{
	struct nkg_str s = tk(c, i);
	size_t k = 0;
	return s.len ? nkg_utf8_next(s.ptr, s.len, &k) : 0;
}

static const struct trigger_word *speech_verb_at(const struct ectx *c, uint32_t i)
{
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	if (!(tflags(c, i) & NKG_TOK_WORD) || !is_lower_word(c, i))
		return NULL;
	if (!nkg_lemmatize(tk(c, i), known_word, lemma, sizeof(lemma), &form))
		return NULL;
	const struct trigger_word *w = find_word(lemma);
	if (!w || !(w->pos & P_VERB) || w->cls != NKG_EVENT_STATEMENT)
		return NULL;
	return w;
}

/* A verb that calls for something, or calls something so, in the
 * caller's own words quoted at token q: "Sadr called on Iraqis to stage
 * “...”", "... to call “...”", "Kempthorne called the move “a
 * clarification”", "urged ... “...”".  The verb follows "to" or a named
 * subject right before it (a pronoun's antecedent is too often wrong
 * here), and the quote comes within 12 tokens with no punctuation between
 * unless "on"/"for" follows the verb.  Not a naming or titling "call"
 * ("what is called “...”", "so called “...”", "a print called “...”"),
 * nor a phone call ("called police"). */
static bool calling_verb_at(const struct ectx *c, uint32_t i, uint32_t q)
{
	static const char *const calling[] = {"call", "urge", "demand", "appeal", NULL};
	static const char *const phone[] = {
	        "police", "911", "authorities", "ambulance", "paramedics", "firefighters", NULL};
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	size_t k;
	if (i == 0 || q <= i || !is_lower_word(c, i) ||
	    !nkg_lemmatize(tk(c, i), NULL, lemma, sizeof(lemma), &form))
		return false;
	for (k = 0; calling[k] && strcmp(lemma, calling[k]) != 0; k++)
		;
	if (!calling[k] || !(is_w(c, i - 1, "to") || c->cover[i - 1] != NKG_NONE) ||
	    is_any(c, i + 1, phone))
		return false;
	if (is_w(c, i + 1, "on") || is_w(c, i + 1, "for"))
		return true;
	if (q - i > 12)
		return false;
	for (uint32_t j = i + 1; j < q; j++)
		if (tflags(c, j) & NKG_TOK_PUNCT)
			return false;
	return true;
}

static bool statement_noun_at(const struct ectx *c, uint32_t i)
{
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	if (!is_lower_word(c, i) ||
	    !nkg_lemmatize(tk(c, i), known_word, lemma, sizeof(lemma), &form))
		return false;
	const struct trigger_word *w = find_word(lemma);
	return w && w->cls == NKG_EVENT_STATEMENT && (w->pos & P_NOUN) && form != NKG_FORM_ED;
}

/* Pairs quotation marks and attributes each quote (see the file comment). */
/* The speaker of "..., said M": mention m, or, when m is no person, the
 * person that m qualifies through a title or role of up to four words
 * before the end of the clause ("said CUT president David Acuna", "said
 * Nissan chief executive Makoto Uchida", "said Iraq's foreign minister X"):
 * the organisation or country names where the speaker works, not who spoke. */
static uint32_t speaker_after(const struct ectx *c, uint32_t m, uint32_t end)
{
	if (is_person(c, m))
		return m;
	uint32_t j = c->ments[m].e;
	if (j < end && (tflags(c, j) & NKG_TOK_POSSESSIVE))
		j++;
	for (uint32_t words = 0; j < end && words <= 4; j++, words++) {
		uint32_t p = c->cover[j];
		if (p != NKG_NONE && p != m)
			return is_person(c, p) && c->ments[p].b == j && words > 0 ? p : m;
		if (p != NKG_NONE || !(tflags(c, j) & NKG_TOK_WORD) || is_any(c, j, preps) ||
		    is_any(c, j, clause_words))
			break;
	}
	return m;
}

/* The person after a role of up to four lower-case words (and possessives)
 * that starts at token j, before the end of the clause ("said [CUT]
 * president David Acuna" when CUT is no entity, "said the company's chief
 * executive X"): its entity, or NKG_NONE. */
static uint32_t titled_person_at(const struct ectx *c, uint32_t j, uint32_t end)
{
	for (uint32_t words = 0; j < end && words <= 4; j++, words++) {
		uint32_t p = c->cover[j];
		if (p != NKG_NONE)
			return is_person(c, p) && c->ments[p].b == j && words > 0
			               ? c->ments[p].entity
			               : NKG_NONE;
		if (!(is_lower_word(c, j) || (tflags(c, j) & NKG_TOK_POSSESSIVE)) ||
		    is_any(c, j, preps) || is_any(c, j, clause_words))
			break;
	}
	return NKG_NONE;
}

/* "...," IndiGo chief executive Pieter Elbers told reporters; "...," the
 * company's CEO, Tim Cook, said: the person named after a description of
 * at most eight words (an organisation, a possessive, role words, a comma;
 * no preposition: "a lawyer for Tom Hale said" is not Hale) right before a
 * speech verb speaks the quote before it.  Sets q's verb and
 * speaker when found. */
static void described_speaker_after(const struct ectx *c, uint32_t after, uint32_t end,
                                    struct qt *q)
{
	for (uint32_t j = after; j < end && j < after + 8; j++) {
		uint32_t m = c->cover[j];
		if (m != NKG_NONE && c->ments[m].b == j) {
			if (c->ments[m].kind == NKG_KIND_PERSON) {
				uint32_t v = c->ments[m].e;
				if (v < end && is_w(c, v, ",") && v + 1 < end)
					v++;
				if (v < end && speech_verb_at(c, v)) {
					q->verb = v;
					q->speaker = c->ments[m].entity;
				}
				return;
			}
			j = c->ments[m].e - 1;
			continue;
		}
		/* "a lawyer for Tom Hale said", "the mother of Jane Doe told":
		 * whom the description is about does not speak */
		if (is_any(c, j, clause_words) || speech_verb_at(c, j) || is_any(c, j, preps) ||
		    (is_punct(c, j) && !is_w(c, j, ",") && !(tflags(c, j) & NKG_TOK_POSSESSIVE)) ||
		    (tflags(c, j) & NKG_TOK_QUOTE))
			return;
	}
}

static int find_quotes(struct ectx *c)
{
	static const char *const pronouns[] = {"he", "she", NULL};
	const struct nkg_token *t = c->toks->toks;
	uint32_t n = c->toks->n;

	for (uint32_t i = 0; i < n; i++) {
		if (!(t[i].flags & NKG_TOK_OPEN_QUOTE))
			continue;
		uint32_t want = closing_for(first_cp(c, i)), close = NKG_NONE;
		for (uint32_t k = i + 1; k < n && k < i + QUOTE_MAX_TOKENS; k++) {
			if (t[k].flags & NKG_TOK_PARA_START)
				break;
			if (!(t[k].flags & NKG_TOK_QUOTE))
				continue;
			if (t[k].flags & NKG_TOK_OPEN_QUOTE)
				break;
			if (first_cp(c, k) == want || (want == '"' && first_cp(c, k) == 0x201D)) {
				close = k;
				break;
			}
		}
		if (close == NKG_NONE)
			continue;
		for (uint32_t k = i + 1; k < close; k++)
			c->quoted[k] = 1;
		uint32_t words = 0;
		for (uint32_t k = i + 1; k < close; k++)
			if (t[k].flags & NKG_TOK_WORD)
				words++;
		struct qt q = {i,        close, {t[i].end, t[close].begin}, NKG_NONE, NKG_NONE,
		               NKG_NONE, false};
		/* The words inside, without a trailing comma and spaces. */
		if (close > i + 1) {
			q.text.begin = t[i + 1].begin;
			uint32_t last = close - 1;
			if (is_w(c, last, ",") && last > i + 1)
				last--;
			q.text.end = t[last].end;
		}
		uint32_t after = close + 1, end = sent_end(c, close);
		if (after < n && is_w(c, after, ","))
			after++;
		if (words >= 2 && after < n && t[after].sentence == t[close].sentence) {
			uint32_t m = c->cover[after];
			if (speech_verb_at(c, after)) {
				q.verb = after;
				uint32_t j = after + 1;
				while (j < end && (is_any(c, j, determiners) ||
				                   (c->cover[j] == NKG_NONE &&
				                    (tflags(c, j) & NKG_TOK_CAPITALIZED))))
					j++;
				if (j < end && c->cover[j] != NKG_NONE)
					q.speaker =
					        c->ments[speaker_after(c, c->cover[j], end)].entity;
				else if (j < end)
					q.speaker = titled_person_at(c, j, end);
			} else if (is_any(c, after, pronouns) && after + 1 < end &&
			           speech_verb_at(c, after + 1)) {
				q.verb = after + 1;
				q.speaker = resolve_pronoun(c, after);
			} else if (m != NKG_NONE && c->ments[m].b == after && c->ments[m].e < end &&
			           speech_verb_at(c, c->ments[m].e)) {
				q.verb = c->ments[m].e;
				q.speaker = c->ments[m].entity;
			} else if (is_any(c, after, determiners)) {
				uint32_t j = after + 1;
				while (j < end && j < after + 4 && !statement_noun_at(c, j) &&
				       is_lower_word(c, j))
					j++;
				if (j + 1 < end && statement_noun_at(c, j) &&
				    speech_verb_at(c, j + 1))
					q.noun = j;
			}
			if (q.verb == NKG_NONE && q.noun == NKG_NONE)
				described_speaker_after(c, after, end, &q);
		}
		if (words >= 2 && q.verb == NKG_NONE && q.noun == NKG_NONE) {
			/* A speech verb before it in the same sentence. */
			uint32_t first = sent_first(c, i);
			for (uint32_t j = i; j > first && j + 16 > i;) {
				j--;
				if (t[j].flags & NKG_TOK_QUOTE)
					break;
				if (speech_verb_at(c, j) && !is_any(c, j - 1, modals)) {
					q.verb = j;
					q.speaker = subject_of(c, j, NULL);
					break;
				}
				/* "X called on Iraqis to stage “...”", "X seized on
				 * the anger to call “...”": X's words, but no
				 * statement of its own */
				if (calling_verb_at(c, j, i) &&
				    (!is_any(c, j - 1, modals) || is_w(c, j - 1, "to"))) {
					q.speaker = subject_of(c, j, NULL);
					q.calling = q.speaker != NKG_NONE;
					if (q.calling)
						break; /* else a speech verb further back may say it
						        */
				}
			}
		}
		if (q.speaker == NKG_NONE && q.noun == NKG_NONE)
			continue;
		if (c->n_quotes == c->cap_quotes) {
			uint32_t cap = c->cap_quotes ? 2 * c->cap_quotes : 16;
			struct qt *nq = nkg_realloc(c->quotes, (size_t)cap * sizeof(*nq));
			if (!nq)
				return NKG_ENOMEM;
			c->quotes = nq;
			c->cap_quotes = cap;
		}
		c->quotes[c->n_quotes++] = q;
	}
	return 0;
}

/* ---- triggers ------------------------------------------------------------------ */

static const char *const strike_mods[] = {
        "air",    "drone", "missile", "rocket",      "artillery", "military",
        "aerial", "naval", "deadly",  "retaliatory", "precision", "targeted",
        "fresh",  "new",   "latest",  "cruise",      NULL};
static const char *const span_mods[] = {"air", "drone", "missile", "rocket", "artillery", NULL};
static const char *const labour_words[] = {
        "hunger",      "general", "labour",      "labor",   "union",  "unions",   "workers",
        "employees",   "wage",    "wages",       "pay",     "staff",  "walkout",  "picket",
        "teachers",    "nurses",  "doctors",     "drivers", "miners", "strikers", "machinists",
        "dockworkers", "dockers", "autoworkers", NULL};
/* "a general strike", "a nationwide strike", "a 24-hour strike" */
static const char *const strike_scopes[] = {"general", "nationwide", "national",   "24-hour",
                                            "48-hour", "one-day",    "indefinite", NULL};

static bool plural_people_at(const struct ectx *c, uint32_t j);

/* "a strike by 33,000 machinists", "a strike by pilots": "by", maybe a
 * count and an adjective, then people in the plural who are no armed force
 * ("a strike by Israeli jets", "by US troops" are raids). */
static bool strike_by_workers(const struct ectx *c, uint32_t i)
{
	static const char *const armed[] = {
	        "troops", "soldiers",   "forces",  "jets",        "drones",    "militants",
	        "rebels", "fighters",   "planes",  "aircraft",    "warplanes", "missiles",
	        "gunmen", "insurgents", "bombers", "helicopters", NULL};
	uint32_t j = i + 2, end = sent_end(c, i);
	if (j >= end || !is_w(c, i + 1, "by"))
		return false;
	if (tflags(c, j) & NKG_TOK_NUMBER)
		j++;
	if (j + 1 < end && is_lower_word(c, j) && !plural_people_at(c, j))
		j++;
	return j < end && is_lower_word(c, j) && plural_people_at(c, j) && !is_any(c, j, armed);
}

/* Whether a word of labour_words but "hunger" and "general" lies within
 * twelve words of token i in its sentence ("unions called a strike"). */
static bool labour_near(const struct ectx *c, uint32_t i)
{
	uint32_t b = sent_first(c, i), e = sent_end(c, i);
	if (i > b + 12)
		b = i - 12;
	if (e > i + 13)
		e = i + 13;
	for (uint32_t j = b; j < e; j++)
		if (is_any(c, j, labour_words) && !is_w(c, j, "hunger") && !is_w(c, j, "general"))
			return true;
	return false;
}

static const char *const market_words[] = {"stocks", "shares", "markets", "market",  "prices",
                                           "dollar", "oil",    "bonds",   "index",   "currency",
                                           "euro",   "yen",    "gold",    "futures", NULL};
/* "clinical trial", "a trial period": not a court's trial */
static const char *const non_court_trials[] = {"clinical", "drug",  "vaccine", "free", "field",
                                               "human",    "pilot", "time",    NULL};
static const char *const trial_uses[] = {"period",  "run", "version",      "basis",
                                         "balloon", "and", "subscription", NULL};
static const char *const definite_dets[] = {"the", "this", "that", "these", "those", NULL};

static bool sentence_has(const struct ectx *c, uint32_t i, const char *const *list)
{
	for (uint32_t j = sent_first(c, i); j < sent_end(c, i); j++)
		if (is_any(c, j, list))
			return true;
	return false;
}

/* sentence_has(c, i, labour_words), asked once per sentence: "strike"
 * triggers in one long sentence would each scan it. */
static bool sentence_has_labour(struct ectx *c, uint32_t i)
{
	uint32_t s = c->toks->toks[i].sentence;
	if (c->labour_sent != s + 1) {
		c->labour_has = sentence_has(c, i, labour_words);
		c->labour_sent = s + 1;
	}
	return c->labour_has;
}

/* The token before i in its sentence, or NKG_NONE. */
static uint32_t prev_tok(const struct ectx *c, uint32_t i)
{
	return i > sent_first(c, i) ? i - 1 : NKG_NONE;
}

static bool prev_is(const struct ectx *c, uint32_t i, const char *const *list)
{
	uint32_t p = prev_tok(c, i);
	return p != NKG_NONE && is_any(c, p, list);
}

/* ---- factuality ------------------------------------------------------------ */

/* Verbs whose "to" complement is called for: "called on Iraqis to stage". */
static const char *const calling_lemmas[] = {
        "call",   "urge",     "plan",      "vow",     "threaten", "want",    "demand", "ask",
        "decide", "agree",    "prepare",   "seek",    "intend",   "promise", "pledge", "aim",
        "hope",   "expect",   "schedule",  "propose", "invite",   "order",   "appeal", "push",
        "press",  "announce", "encourage", "agreed",  NULL};
static const char *const future_modals[] = {"will", "shall", "'ll", "’ll", NULL};
static const char *const hypo_modals[] = {"would", "could",  "may",  "might",
                                          "can",   "should", "must", NULL};
static const char *const negations[] = {"not",     "n't",     "never",  "cannot", "won't",
                                        "won’t",   "didn't",  "didn’t", "don't",  "don’t",
                                        "doesn't", "doesn’t", NULL};
static const char *const reported_cues[] = {"allegedly", "reportedly", "alleged", "purportedly",
                                            "purported", "supposedly", NULL};
static const char *const planned_mods[] = {"planned",    "proposed", "upcoming", "future",
                                           "scheduled",  "expected", "next",     "promised",
                                           "threatened", NULL};
static const char *const possible_mods[] = {"possible", "potential",    "likely",
                                            "imminent", "hypothetical", NULL};

/* Verbs that say their object did not happen: "foiled a bombing", "prevented
 * an attack", "avoided a strike", "cancelled the summit"; "escape" only of a
 * verb ("narrowly escaped being stabbed": one escapes an attack that
 * happened). */
static const char *const undoing_lemmas[] = {
        "foil",     "thwart", "prevent",  "avert",  "cancel", "cancels", "cancelled",
        "canceled", "scrap",  "scrapped", "scraps", "abort",  "avoid",   NULL};
static const char *const undone_participles[] = {"foiled",    "thwarted", "prevented", "averted",
                                                 "cancelled", "canceled", "scrapped",  "aborted",
                                                 "avoided",   NULL};

static bool lemma_in(const struct ectx *c, uint32_t i, const char *const *list)
{
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	if (!is_lower_word(c, i) || !nkg_lemmatize(tk(c, i), NULL, lemma, sizeof(lemma), &form))
		return false;
	for (; *list; list++)
		if (strcmp(lemma, *list) == 0 || is_w(c, i, *list))
			return true;
	return false;
}

/* Whether the trigger at b is the direct object of the undoing verb at u
 * (or of "call off" ending at u): only determiners right after the verb,
 * numbers, modifiers and names between ("foiled a planned car bombing",
 * "called off the strike"), and for a verb "him from", "being" ("prevented
 * him from attacking"); not over a preposition, "following" or a second
 * determiner ("cancelled flights to Paris following the attack",
 * "prevented rescuers from reaching the site of the crash"). */
static bool undoes_object(const struct ectx *c, uint32_t u, uint32_t b, bool verb)
{
	for (uint32_t k = u + 1; k < b; k++) {
		if (verb && (is_w(c, k, "from") || is_w(c, k, "being") || is_w(c, k, "been") ||
		             is_any(c, k, object_pronouns)))
			continue;
		if (is_any(c, k, preps) || is_w(c, k, "following") ||
		    (is_any(c, k, determiners) && k != u + 1) ||
		    (is_punct(c, k) && !(tflags(c, k) & NKG_TOK_DASH)))
			return false;
	}
	return true;
}

/* Whether the undoing verb at u is itself negated or failed: "could not
 * prevent", "was unable to prevent", "failed to avert", "did nothing to
 * stop", "tried to prevent": what it would have undone happened. */
static bool undoer_failed(const struct ectx *c, uint32_t u)
{
	static const char *const failing[] = {
	        "unable", "fail",   "failed",    "fails",   "failing",   "tried", "try",
	        "tries",  "trying", "attempted", "nothing", "powerless", NULL};
	static const char *const between[] = {"to",  "could", "would", "did", "do",     "does",
	                                      "can", "was",   "were",  "is",  "are",    "had",
	                                      "has", "have",  "been",  "be",  "little", NULL};
	uint32_t j = u;
	for (int k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
		if (is_any(c, j, negations) || is_any(c, j, failing))
			return true;
		if (!is_any(c, j, between))
			return false;
	}
	return false;
}

/* Whether the word at i, or its lemma, is one of list (lower-case words):
 * "plans" is "plan". */
static bool word_or_lemma_in(const struct ectx *c, uint32_t i, const char *const *list)
{
	return is_any(c, i, list) || lemma_in(c, i, list);
}

/* Order of preference when mentions disagree: one asserted mention makes
 * the event asserted; a reported one beats a plan, a plan a denial. */
static int fact_rank(enum nkg_factuality f)
{
	switch (f) {
	case NKG_FACT_ASSERTED: return 0;
	case NKG_FACT_REPORTED: return 1;
	case NKG_FACT_CALLED_FOR: return 2;
	case NKG_FACT_NEGATED: return 3;
	case NKG_FACT_HYPOTHETICAL: return 4;
	case NKG_FACT_COUNT: break;
	}
	return 0;
}

/* The verb governing an infinitive "to" at token to, within four tokens
 * before it ("called on Iraqis to", "urged them to"), is a calling verb. */
static bool called_to(const struct ectx *c, uint32_t to)
{
	uint32_t j = to;
	for (int k = 0; k < 4; k++) {
		j = prev_tok(c, j);
		if (j == NKG_NONE || is_any(c, j, clause_words))
			return false;
		if (lemma_in(c, j, calling_lemmas))
			return true;
	}
	return false;
}

/* Whether "would" at token w is the future of a reported clause: a speech
 * verb at most six tokens before it with nothing but its subject, "that",
 * a time and "on" between ("Microsoft said on Thursday it would cut",
 * "she said the government would meet"): "will" said in the past, a plan,
 * not a hypothesis. */
static bool reported_would(const struct ectx *c, uint32_t w)
{
	uint32_t first = sent_first(c, w);
	for (uint32_t k = w; k > first && k + 6 > w;) {
		k--;
		if (is_punct(c, k) || c->quoted[k] ||
		    (is_any(c, k, clause_words) && !is_w(c, k, "that")))
			return false;
		if (speech_verb_at(c, k))
			return true;
	}
	return false;
}

/* Factuality of the trigger at head i starting at token b (see enum
 * nkg_factuality).  *skip is set for an infinitive nobody calls for ("a
 * right to protest"), which is no event at all. */
static enum nkg_factuality trigger_factuality(const struct ectx *c, uint32_t b, uint32_t i,
                                              bool verb, enum nkg_word_form form, bool *skip)
{
	*skip = false;
	/* A modal, "to" or a negation right before a verb (one -ly adverb may
	 * sit between: "did not really vote"). */
	if (verb || form == NKG_FORM_BASE) {
		uint32_t p = prev_tok(c, i);
		if (p != NKG_NONE && is_lower_word(c, p)) {
			struct nkg_str ps = tk(c, p);
			if (ps.len > 2 && ps.ptr[ps.len - 2] == 'l' && ps.ptr[ps.len - 1] == 'y' &&
			    prev_tok(c, p) != NKG_NONE && !is_any(c, p, reported_cues))
				p = prev_tok(c, p);
		}
		if (p != NKG_NONE) {
			if (is_any(c, p, negations))
				return NKG_FACT_NEGATED;
			if (is_any(c, p, future_modals) ||
			    (is_w(c, p, "would") && reported_would(c, p)))
				return NKG_FACT_CALLED_FOR;
			if (is_any(c, p, hypo_modals))
				return NKG_FACT_HYPOTHETICAL;
			if (is_w(c, p, "to")) {
				uint32_t pp = prev_tok(c, p);
				if (pp != NKG_NONE && is_w(c, pp, "going"))
					return NKG_FACT_CALLED_FOR;
				/* "continued to fall", "began to protest": it happens */
				if (pp != NKG_NONE &&
				    lemma_in(c, pp,
				             (const char *const[]){"continue", "begin", "start",
				                                   "began", "begun", NULL}))
					return NKG_FACT_ASSERTED;
				if (called_to(c, p))
					return NKG_FACT_CALLED_FOR;
				/* "failed to win", "refused to resign": it did not */
				if (pp != NKG_NONE &&
				    lemma_in(c, pp,
				             (const char *const[]){"fail", "failed", "refuse",
				                                   "refused", NULL}))
					return NKG_FACT_NEGATED;
				*skip = true;
				return NKG_FACT_ASSERTED;
			}
		}
	}
	/* Modifiers of a noun: "no strike", "a planned rally", "possible strikes". */
	if (!verb) {
		uint32_t j = b;
		for (int k = 0; k < 2; k++) {
			j = prev_tok(c, j);
			if (j == NKG_NONE)
				break;
			if (is_w(c, j, "no"))
				return NKG_FACT_NEGATED;
			if (is_any(c, j, planned_mods))
				return NKG_FACT_CALLED_FOR;
			if (is_any(c, j, possible_mods))
				return NKG_FACT_HYPOTHETICAL;
			if (is_any(c, j, reported_cues))
				return NKG_FACT_REPORTED;
			if (!is_lower_word(c, j) || is_any(c, j, determiners))
				break;
		}
	}
	/* The clause before it: "denied carrying out the strike", "called on
	 * Iraqis to stage a demonstration", "if they vote", "reportedly
	 * killed".  The nearest cue wins; a clause word or punctuation other
	 * than a comma or a quotation mark ends the search. */
	/* what a verb undoes is its object: a noun, or a verb in -ing or
	 * after "being" ("escaped being stabbed", "prevented him from
	 * attacking"); not a clause after a comma */
	uint32_t pb = prev_tok(c, b);
	bool undoable = !verb || form == NKG_FORM_ING ||
	                (pb != NKG_NONE && (is_w(c, pb, "being") || is_w(c, pb, "been")));
	bool comma = false;
	struct nkg_str tb = tk(c, b);
	uint32_t j = b;
	for (int k = 0; k < 14; k++) {
		j = prev_tok(c, j);
		if (j == NKG_NONE)
			break;
		if (is_w(c, j, ","))
			comma = true;
		if (is_w(c, j, "if") || is_w(c, j, "unless"))
			return NKG_FACT_HYPOTHETICAL;
		if (is_any(c, j, clause_words) || is_w(c, j, "and") ||
		    (is_punct(c, j) && !is_w(c, j, ",") && !(tflags(c, j) & NKG_TOK_QUOTE)))
			break;
		if (c->quoted[j] && !c->quoted[b])
			break; /* "“... If you don't leave ...,” he tweeted" */
		/* a denial is a statement of its own and still negates */
		if (lemma_in(c, j, (const char *const[]){"deny", "denied", NULL}))
			return NKG_FACT_NEGATED;
		/* "foiled a bombing", "called off the strike", "escaped being
		 * stabbed"; not "failed to prevent the attack" */
		if (undoable && !comma &&
		    ((lemma_in(c, j, undoing_lemmas) &&
		      (verb || !lemma_in(c, j, (const char *const[]){"avoid", NULL}))) ||
		     (verb && lemma_in(c, j,
		                       (const char *const[]){"escape", "escaped", "escapes",
		                                             "escaping", NULL})) ||
		     (is_w(c, j, "off") && j > 0 &&
		      lemma_in(c, j - 1, (const char *const[]){"call", NULL}))) &&
		    undoes_object(
		            c, j, b,
		            verb || form == NKG_FORM_ING ||
		                    (tb.len > 4 && memcmp(tb.ptr + tb.len - 3, "ing", 3) == 0)))
			return undoer_failed(c, is_w(c, j, "off") ? j - 1 : j) ? NKG_FACT_ASSERTED
			                                                       : NKG_FACT_NEGATED;
		if (c->trig_at[j] != NKG_NONE)
			break; /* another event's words: "rallied to call for" */
		if (is_any(c, j, reported_cues))
			return NKG_FACT_REPORTED;
		/* "the unions would hold a rally", "will stage a march" */
		if (!verb &&
		    (is_any(c, j, future_modals) || (is_w(c, j, "would") && reported_would(c, j))))
			return NKG_FACT_CALLED_FOR;
		if (!verb && lemma_in(c, j, calling_lemmas) &&
		    !lemma_in(c, j, (const char *const[]){"announce", "agree", NULL}) &&
		    !(prev_is(c, j, determiners) && !is_w(c, j + 1, "for") &&
		      !is_w(c, j + 1, "to")))
			return NKG_FACT_CALLED_FOR; /* not a noun: "defended the plan in a speech"
			                             */
		if (!verb && is_w(c, j, "to") && called_to(c, j))
			return NKG_FACT_CALLED_FOR;
	}
	return NKG_FACT_ASSERTED;
}

static int push_trig(struct ectx *c, const struct trig *t)
{
	if (c->n_trigs == c->cap_trigs) {
		uint32_t cap = c->cap_trigs ? 2 * c->cap_trigs : 32;
		struct trig *nt = nkg_realloc(c->trigs, (size_t)cap * sizeof(*nt));
		if (!nt)
			return NKG_ENOMEM;
		c->trigs = nt;
		c->cap_trigs = cap;
	}
	c->trig_at[t->head] = c->n_trigs;
	c->trigs[c->n_trigs++] = *t;
	return 0;
}

/* Pushes a trigger just found: a group of its own, no event, time, place
 * or speaker yet. */
static int push_new_trig(struct ectx *c, struct trig *t)
{
	t->group = c->n_trigs;
	t->event = NKG_NONE;
	t->time = t->place = t->speaker = NKG_NONE;
	t->time_dist = UINT32_MAX;
	t->arrest = NKG_NONE;
	t->stopped = false;
	return push_trig(c, t);
}

static uint32_t quote_of_verb(const struct ectx *c, uint32_t i)
{
	for (uint32_t k = 0; k < c->n_quotes; k++)
		if (c->quotes[k].verb == i && c->quotes[k].noun == NKG_NONE)
			return k;
	return NKG_NONE;
}

static bool time_starts(const struct ectx *c, uint32_t i)
{
	if (i >= c->toks->n || c->tstart[i] == NKG_NONE)
		return false;
	const struct nkg_time *t = &c->doc->times[c->tstart[i]];
	/* "now", "recently": they relate to the publication, they do not date an event. */
	if (t->value.len > 4 && memcmp(t->value.ptr + t->value.len - 4, "_REF", 4) == 0)
		return false;
	return t->type == NKG_TIMEX_DATE || t->type == NKG_TIMEX_TIME;
}

/* ---- business and economy ------------------------------------------------------ */

/* Words that make a subject financial: "shares", "the Dow", "the FTSE 100 index". */
static const char *const fin_words[] = {
        "stocks",  "stock",      "shares", "markets",     "market",     "index",
        "indices", "indexes",    "prices", "price",       "dollar",     "euro",
        "yen",     "oil",        "bonds",  "yields",      "currency",   "futures",
        "dow",     "nasdaq",     "ftse",   "nikkei",      "dax",        "cac",
        "s&p",     "indicators", "bourse", "commodities", "sterling",   "rouble",
        "ruble",   "yuan",       "peso",   "rupee",       "treasuries", NULL};
static const char *const pct_words[] = {"%", "percent", "per", "pct", "points", "point", NULL};
static const char *const num_words[] = {"one",   "two",   "three", "four", "five", "six",
                                        "seven", "eight", "nine",  "ten",  "half", NULL};
static const char *const aux_skip[] = {
        "has",        "have",       "had",     "also",  "today",  "yesterday", "now",      "just",
        "officially", "reportedly", "finally", "again", "will",   "formally",  "publicly", "would",
        "could",      "may",        "might",   "shall", "should", NULL};
/* "launched an attack", "released the name", "introduced a bill", "unveiled
 * plans", "released its earnings": no product.  Compared by lemma too
 * (word_or_lemma_in). */
static const char *const not_products[] = {
        "attack",   "strike",      "offensive", "operation", "raid",          "assault",
        "missile",  "rocket",      "war",       "campaign",  "investigation", "probe",
        "inquiry",  "appeal",      "bid",       "name",      "statement",     "report",
        "video",    "footage",     "figures",   "data",      "details",       "prisoner",
        "hostage",  "information", "photos",    "list",      "legislation",   "bill",
        "law",      "plan",        "proposal",  "measures",  "budget",        "policy",
        "reforms",  "him",         "her",       "them",      "suspect",       "results",
        "balloons", "satellite",   NULL};
/* More of them: searches, custody, earnings, studies, challenges, programmes. */
static const char *const not_products_more[] = {
        "crackdown",    "manhunt",      "search",    "bail",      "custody",    "jail",
        "prison",       "earnings",     "study",     "survey",    "challenge",  "review",
        "lawsuit",      "suit",         "complaint", "strategy",  "initiative", "effort",
        "drive",        "scheme",       "program",   "programme", "process",    "talks",
        "negotiations", "consultation", "warning",   "document",  "documents",  "records",
        "transcript",   "letter",       "memo",      "evidence",  "findings",   "forecast",
        "guidance",     "outlook",      "numbers",   "profit",    "profits",    "revenue",
        "sales",        "accounts",     "estimates", NULL};
/* What a company launches: a product word (compared by lemma too). */
static const char *const product_words[] = {
        "product",    "version",     "model",    "update",  "patch",    "phone",      "device",
        "service",    "software",    "line",     "lineup",  "range",    "chip",       "processor",
        "console",    "game",        "app",      "browser", "computer", "laptop",     "notebook",
        "tablet",     "smartphone",  "handset",  "car",     "vehicle",  "drug",       "edition",
        "feature",    "tool",        "platform", "beta",    "upgrade",  "fix",        "camera",
        "television", "server",      "system",   "brand",   "album",    "gadget",     "player",
        "printer",    "engine",      "aircraft", "jet",     "plane",    "smartwatch", "watch",
        "headset",    "application", NULL};
static const char *const job_words[] = {"jobs",     "job",       "positions", "posts",
                                        "workers",  "employees", "staff",     "workforce",
                                        "employee", "worker",    "roles",     NULL};
static const char *const envoy_words[] = {"ambassador", "envoy",  "diplomats", "ambassadors",
                                          "envoys",     "troops", NULL};
/* Verbs that carry a business noun: "filed a lawsuit", "announced job cuts". */
static const char *const biz_doing[] = {
        "announce", "plan",     "file",     "make",   "complete", "seal",   "agree", "approve",
        "confirm",  "report",   "seek",     "reveal", "unveil",   "order",  "issue", "go",
        "declare",  "enter",    "launch",   "bring",  "face",     "settle", "win",   "lose",
        "drop",     "finalize", "finalise", "close",  "pursue",   NULL};

static bool is_company(const struct ectx *c, uint32_t entity)
{
	enum nkg_entity_class cls = c->doc->entities[entity].cls;
	return nkg_entity_class_kind(cls) == NKG_KIND_ORGANIZATION &&
	       cls != NKG_CLASS_GOVERNMENT_ORG && cls != NKG_CLASS_ARMED_GROUP &&
	       cls != NKG_CLASS_POLITICAL_PARTY && cls != NKG_CLASS_NEWS_MEDIA_ORG;
}

/* Whether token j lies inside a time mention starting at most 6 tokens before it. */
static bool in_time(const struct ectx *c, uint32_t j)
{
	for (uint32_t k = j + 1, n = 0; k > 0 && n < 6; n++) {
		k--;
		if (c->tstart[k] != NKG_NONE)
			return c->tend[k] > j;
	}
	return false;
}

/* Whether entity is a sports team: the entity stage marks a place used as a
 * team with its rule (there is no class of its own). */
static bool is_team(const struct ectx *c, uint32_t entity)
{
	const char *rule = c->doc->entities[entity].rule;
	return rule && strcmp(rule, "entities.sports-team") == 0;
}

/* Whether the organisation noun at p can name entity: "the company" a
 * company (an organisation that is no sports team, government, news
 * medium, party or armed group; "the group" also an armed group), "the
 * team"/"the club"/"the side" a sports team, "the agency"/"the ministry"/
 * "the department" a government body, "the bank" a company or a government
 * body ("the central bank"). */
static bool org_noun_fits(const struct ectx *c, uint32_t p, uint32_t entity)
{
	if (is_any(c, p, team_nouns))
		return is_team(c, entity);
	enum nkg_entity_class cls = c->doc->entities[entity].cls;
	if (is_any(c, p, government_nouns) && cls == NKG_CLASS_GOVERNMENT_ORG)
		return true;
	if (is_w(c, p, "group") && cls == NKG_CLASS_ARMED_GROUP)
		return true; /* "Hamas ... the group said" */
	return is_any(c, p, company_nouns) && is_company(c, entity) && !is_team(c, entity);
}

/* "the company", "The US software giant": the most recent organisation
 * mention before the noun at p (up to five sentences and 400 tokens back)
 * of the kind the noun names (org_noun_fits: "The team said" is no
 * company's statement), when "the" comes within three tokens before it;
 * NKG_NONE else. */
static uint32_t resolve_org_noun(const struct ectx *c, uint32_t p)
{
	uint32_t first = sent_first(c, p), j = p;
	bool the = false;
	for (int k = 0; k < 3 && j > first; k++) {
		j--;
		if (is_w(c, j, "the")) {
			the = true;
			break;
		}
		/* "The US software giant": a place may modify the noun */
		if ((c->cover[j] != NKG_NONE && c->ments[c->cover[j]].kind != NKG_KIND_PLACE) ||
		    is_punct(c, j))
			break;
	}
	if (!the)
		return NKG_NONE;
	uint32_t s = c->toks->toks[p].sentence;
	uint32_t lo = c->toks->sents[s >= 5 ? s - 5 : 0].first;
	if (j > lo + 400)
		lo = j - 400; /* a hostile sentence of a million tokens is not scanned */
	for (uint32_t k = j; k > lo;) {
		k--;
		uint32_t m = c->cover[k];
		if (m == NKG_NONE || c->quoted[k])
			continue;
		if (c->ments[m].kind == NKG_KIND_ORGANIZATION &&
		    org_noun_fits(c, p, c->ments[m].entity))
			return c->ments[m].entity;
		k = c->ments[m].b;
	}
	return NKG_NONE;
}

/* Whether the place mention starting at b says where an entity is ("based
 * in Santa Clara", "headquartered in Seattle", "born in Lagos"), or is the
 * region after such a place ("Santa Clara, California"): no place of an
 * event, and within an apposition no head of it. */
static bool place_of_apposition(const struct ectx *c, uint32_t b)
{
	static const char *const describing[] = {"based",  "headquartered", "located", "born",
	                                         "raised", "incorporated",  "listed",  NULL};
	uint32_t first = sent_first(c, b);
	if (b > first + 1 && is_w(c, b - 1, ",") && c->cover[b - 2] != NKG_NONE &&
	    c->ments[c->cover[b - 2]].kind == NKG_KIND_PLACE)
		b = c->ments[c->cover[b - 2]].b; /* "Santa Clara, California" */
	uint32_t p = intro_prep(c, b);
	return p != NKG_NONE && p > first && is_any(c, p - 1, describing);
}

/* The subject before an appositive that ends with the comma at p: "Airbus,
 * Europe's biggest aircraft manufacturer, has announced", "Louis Gallois,
 * the Airbus chief executive, said", or before a relative clause set off by
 * commas ("Compaq, which HP bought in 2002, said"): the entity right before
 * the comma that opens it (within 16 tokens), not introduced by a
 * preposition; else a person named by the appositive itself ("Iraq's top
 * Shia authority, Ayatollah Ali al-Sistani, said"). */
static uint32_t appositive_head(const struct ectx *c, uint32_t p)
{
	uint32_t first = sent_first(c, p), named = NKG_NONE,
	         m = p > first ? c->cover[p - 1] : NKG_NONE;
	if (m != NKG_NONE && c->ments[m].e == p && c->ments[m].kind == NKG_KIND_PERSON &&
	    !c->quoted[p - 1])
		named = c->ments[m].entity;
	for (uint32_t j = p, steps = 0; j > first + 1 && steps < 16; steps++) {
		j--;
		bool relative = is_any(c, j, relative_words) && is_w(c, j - 1, ",");
		if ((is_any(c, j, clause_words) && !relative) || (tflags(c, j) & NKG_TOK_QUOTE) ||
		    (is_punct(c, j) && !is_w(c, j, ",")))
			return NKG_NONE;
		if (relative)
			continue;
		if (!is_w(c, j, ","))
			continue;
		m = c->cover[j - 1];
		/* "Nvidia, based in Santa Clara, California, said": a place of
		 * the apposition, before its own comma; go on to the head */
		if (m != NKG_NONE && c->ments[m].e == j && c->ments[m].kind == NKG_KIND_PLACE &&
		    place_of_apposition(c, c->ments[m].b))
			continue;
		if (m == NKG_NONE || c->ments[m].e != j || c->quoted[j - 1] ||
		    intro_prep(c, c->ments[m].b) != NKG_NONE)
			return named;
		return c->ments[m].entity;
	}
	return NKG_NONE;
}

/* Whether the mention starting at b lies inside a relative clause, or
 * after another verb of its clause: "A man who met Angela Merkel said" is
 * no statement of Merkel's.  Looking back from b to the start of its clause
 * (the sentence, punctuation, a conjunction or a clause word: "Stocks rose
 * after Ben Bernanke said", "The knee was examined and coach Sean Payton
 * said"): a finite verb (a verb trigger, a form of "be" or "have") rejects
 * it; so does a relative pronoun (who, whom, whose, which; "that" after a
 * noun) with words between it and the mention, while one right before it
 * makes the mention the subject of the relative clause ("a flaw that
 * Microsoft says ..."). */
static bool inside_relative(const struct ectx *c, uint32_t b)
{
	static const char *const relatives[] = {"who", "whom", "whose", "which", NULL};
	static const char *const finite[] = {"is",  "are",  "was", "were",
	                                     "has", "have", "had", NULL};
	static const char *const conjunctions[] = {"and", "or", "nor", "so", "yet", "then", NULL};
	uint32_t first = sent_first(c, b), words = 0;
	for (uint32_t j = b, steps = 0; j > first && steps < 12; steps++) {
		j--;
		if (c->cover[j] != NKG_NONE) {
			j = c->ments[c->cover[j]].b;
			continue;
		}
		uint32_t p = prev_tok(c, j);
		bool relative =
		        is_any(c, j, relatives) ||
		        (is_w(c, j, "that") && p != NKG_NONE && (tflags(c, p) & NKG_TOK_WORD) &&
		         c->cover[p] == NKG_NONE && !speech_verb_at(c, p) && !is_any(c, p, preps) &&
		         !(c->trig_at[p] != NKG_NONE && c->trigs[c->trig_at[p]].verb));
		if (relative)
			return words > 0;
		if (is_any(c, j, clause_words) || is_any(c, j, conjunctions) ||
		    (is_punct(c, j) && !is_w(c, j, "&")) || (tflags(c, j) & NKG_TOK_QUOTE))
			return false;
		if (is_any(c, j, finite) ||
		    (c->trig_at[j] != NKG_NONE && c->trigs[c->trig_at[j]].verb))
			return true;
		if (!is_any(c, j, determiners))
			words++;
	}
	return false;
}

/* The subject right before the verb at i: an entity mention that ends at
 * i, or before a few auxiliaries, adverbs and times ("Apple today
 * launched", "Microsoft on Wednesday released", "X has announced"); an
 * appositive's person ("Louis Gallois, the Airbus chief executive, said");
 * "he"/"she" resolved.  Not a mention a preposition introduces, nor one in
 * a possessive ("Lohan's attorney said" is not Lohan), nor one inside a
 * relative clause or after another verb (inside_relative: "A man who met
 * Angela Merkel said" is no statement of Merkel's).  NKG_NONE else. */
static uint32_t near_subject_of(const struct ectx *c, uint32_t i, bool follow_it);

/* "it" at token p in a clause reported by a speech verb: the organisation
 * that said it ("Microsoft said on Monday that it would cut 9,000 jobs"):
 * back over "that", a time and "on" to the speech verb, whose subject is
 * the answer when it is an organisation; else NKG_NONE. */
static uint32_t reporting_org(const struct ectx *c, uint32_t p)
{
	uint32_t first = sent_first(c, p), k = p;
	while (k > first && k + 6 > p) {
		k--;
		if (is_w(c, k, "that") || is_w(c, k, "on") || in_time(c, k))
			continue;
		if (!speech_verb_at(c, k))
			return NKG_NONE;
		uint32_t s = near_subject_of(c, k, false); /* no chain of "said it" */
		if (s == NKG_NONE)
			return NKG_NONE;
		enum nkg_entity_kind kind = nkg_entity_class_kind(c->doc->entities[s].cls);
		return kind == NKG_KIND_ORGANIZATION ? s : NKG_NONE;
	}
	return NKG_NONE;
}

static uint32_t near_subject(const struct ectx *c, uint32_t i)
{
	return near_subject_of(c, i, true);
}

/* near_subject, where "it" is followed to the organisation that said it
 * only when follow_it (reporting_org asks without, so "X said it said it
 * ..." is no recursion). */
static uint32_t near_subject_of(const struct ectx *c, uint32_t i, bool follow_it)
{
	static const char *const pronouns[] = {"he", "she", NULL};
	uint32_t first = sent_first(c, i);
	for (uint32_t j = i, steps = 0; j > first && steps < 6; steps++) {
		uint32_t p = j - 1;
		uint32_t m = c->cover[p];
		if (c->quoted[p] && !c->quoted[i])
			return NKG_NONE;
		if (m != NKG_NONE) {
			/* "after Ben Bernanke said": a conjunction, not a preposition */
			uint32_t ip = intro_prep(c, c->ments[m].b);
			if ((ip != NKG_NONE && !is_any(c, ip, clause_words)) ||
			    inside_relative(c, c->ments[m].b))
				return NKG_NONE;
			return c->ments[m].entity;
		}
		if (is_w(c, p, ","))
			return appositive_head(c, p);
		if (is_w(c, p, ")")) {
			/* "Microsoft (NSDQ: MSFT) has released" */
			uint32_t o = p;
			while (o > first && o + 8 > p && !is_w(c, o, "("))
				o--;
			if (!is_w(c, o, "("))
				return NKG_NONE;
			j = o;
			continue;
		}
		if (is_any(c, p, pronouns))
			return resolve_pronoun(c, p);
		if (is_w(c, p, "it"))
			return follow_it ? reporting_org(c, p) : NKG_NONE;
		if (is_any(c, p, org_nouns) && p > first)
			return resolve_org_noun(c, p);
		/* "Oracle agreed to buy": the subject of the verb governing "to" */
		if (is_w(c, p, "to") && j == i && p > first && is_lower_word(c, p - 1) &&
		    !is_any(c, p - 1, preps)) {
			j = p - 1;
			continue;
		}
		if (in_time(c, p) || is_w(c, p, "on") || is_any(c, p, aux_skip)) {
			j = p;
			continue;
		}
		struct nkg_str ps = tk(c, p);
		if (is_lower_word(c, p) && ps.len > 3 && ps.ptr[ps.len - 2] == 'l' &&
		    ps.ptr[ps.len - 1] == 'y') {
			j = p;
			continue;
		}
		return NKG_NONE;
	}
	return NKG_NONE;
}

/* The subject of the passive verb at i: near_subject() before its forms of
 * "be" and auxiliaries ("Compaq was acquired", "Microsoft has been sued",
 * "YouTube was officially bought").  NKG_NONE else. */
static uint32_t passive_subject(const struct ectx *c, uint32_t i)
{
	uint32_t first = sent_first(c, i), j = i;
	for (int k = 0;
	     k < 4 && j > first + 1 && (is_any(c, j - 1, be_forms) || is_any(c, j - 1, aux_skip));
	     k++)
		j--;
	return j == i ? NKG_NONE : near_subject(c, j);
}

/* The speaker after an inverted speech verb: "..., said Apple Inc. CEO Steve
 * Jobs." (the last entity mention of a run of names and titles that ends the
 * clause), "..., said the company in a statement".  NKG_NONE else. */
static uint32_t inverted_subject(const struct ectx *c, uint32_t i)
{
	uint32_t p = prev_tok(c, i), end = sent_end(c, i), last = NKG_NONE;
	if (p == NKG_NONE || !(is_w(c, p, ",") || (tflags(c, p) & NKG_TOK_QUOTE)))
		return NKG_NONE;
	uint32_t j = i + 1;
	/* "..., said the company in a statement" */
	if (is_w(c, j, "the") && j + 1 < end && is_any(c, j + 1, org_nouns)) {
		uint32_t e = j + 2;
		if (e < end && !is_punct(c, e) && !is_w(c, e, "in") && !is_w(c, e, "on"))
			return NKG_NONE;
		return resolve_org_noun(c, j + 1);
	}
	/* the last name of a run of names, titles and determiners: "said Apple
	 * Inc. CEO Steve Jobs" is Jobs */
	while (j < end && j < i + 10) {
		uint32_t m = c->cover[j];
		if (m != NKG_NONE) {
			last = m;
			j = c->ments[m].e;
		} else if (is_any(c, j, determiners) || (tflags(c, j) & NKG_TOK_CAPITALIZED)) {
			j++;
		} else {
			break;
		}
	}
	if (last == NKG_NONE || c->ments[last].e != j)
		return NKG_NONE;
	if (j < end && !is_punct(c, j) && !is_w(c, j, "in") && !is_w(c, j, "on") &&
	    !time_starts(c, j))
		return NKG_NONE;
	return c->ments[last].entity;
}

/* An amount right after a market verb or inside [from, to): "3.41%", "by 5.00%",
 * "232.90 points", "four percent".  Writes its tokens to [*qb, *qe). */
static bool find_amount(const struct ectx *c, uint32_t from, uint32_t to, uint32_t *qb,
                        uint32_t *qe)
{
	for (uint32_t j = from; j < to && j < c->toks->n; j++) {
		if (!(tflags(c, j) & NKG_TOK_NUMBER) && !is_any(c, j, num_words))
			continue;
		uint32_t e = j + 1;
		if (e < to && is_any(c, e, pct_words)) {
			if (is_w(c, e, "per") && e + 1 < c->toks->n && is_w(c, e + 1, "cent"))
				e++;
			else if (is_w(c, e, "per"))
				return false;
			*qb = j;
			*qe = e + 1;
			return true;
		}
		return false;
	}
	return false;
}

/* What a company or an economy counts, not a traded asset (the ontology:
 * a market movement is "not revenue, profit, sales or employment"): "Its
 * sales rose 5 percent", "Unemployment fell 0.3 points". */
static const char *const econ_nouns[] = {
        "sales",     "revenue",      "revenues",   "profit",     "profits",    "earnings",
        "income",    "unemployment", "employment", "jobless",    "inflation",  "turnout",
        "output",    "exports",      "imports",    "population", "production", "productivity",
        "wages",     "salaries",     "spending",   "deficit",    "debt",       "gdp",
        "growth",    "orders",       "demand",     "crime",      "attendance", "membership",
        "ratings",   "emissions",    "costs",      "losses",     "margins",    "margin",
        "shipments", "subscribers",  "visitors",   "enrolment",  "enrollment", "payrolls",
        NULL};
/* Words a measure of an economic noun may end in: "the unemployment rate". */
static const char *const econ_measures[] = {"rate",    "rates",  "level",   "levels", "figure",
                                            "figures", "number", "numbers", "growth", NULL};
/* What a price may be the price of and still be a traded asset ("the price
 * of oil", "share prices"), besides fin_words. */
static const char *const traded_goods[] = {
        "share",  "crude",  "gold",      "silver",    "copper", "platinum", "palladium",
        "nickel", "zinc",   "aluminum",  "aluminium", "wheat",  "corn",     "soybeans",
        "cocoa",  "coffee", "cotton",    "sugar",     "bond",   "asset",    "assets",
        "stock",  "gas",    "commodity", NULL};
/* Goods whose prices are no market ("house prices", "food prices"). */
static const char *const goods_mods[] = {
        "house",    "housing",  "home",   "property", "food", "bread",  "petrol",
        "fuel",     "consumer", "retail", "ticket",   "rent", "rental", "electricity",
        "energy",   "milk",     "meat",   "grocery",  "land", "drug",   "water",
        "producer", "import",   "export", "farm",     "egg",  "eggs",   NULL};

/* Whether token j is "price(s)" of goods, not of a traded asset: "the price
 * of bread", "house prices" (not "the price of oil", "share prices"). */
static bool goods_price(const struct ectx *c, uint32_t j)
{
	if (!is_w(c, j, "price") && !is_w(c, j, "prices"))
		return false;
	uint32_t p = prev_tok(c, j);
	if (p != NKG_NONE && c->cover[p] == NKG_NONE && is_any(c, p, goods_mods))
		return true;
	if (!is_w(c, j + 1, "of") || j + 2 >= sent_end(c, j))
		return false;
	uint32_t k = j + 2;
	while (k + 1 < sent_end(c, j) && is_any(c, k, determiners))
		k++;
	return is_lower_word(c, k) && c->cover[k] == NKG_NONE && !is_any(c, k, fin_words) &&
	       !is_any(c, k, traded_goods);
}

/* Whether the noun at j names an economic quantity or the price of goods:
 * "sales", "the unemployment rate", "the price of bread". */
static bool econ_at(const struct ectx *c, uint32_t j)
{
	if (is_any(c, j, econ_nouns) || goods_price(c, j))
		return true;
	uint32_t p = prev_tok(c, j);
	return is_any(c, j, econ_measures) && p != NKG_NONE && is_any(c, p, econ_nouns);
}

/* The head of the subject of the verb at i, over auxiliaries, adverbs and
 * times ("Its sales have risen", "Unemployment in March fell"): the word
 * before the first "of" of the clause before the verb ("Sales of the iPod",
 * "the price of bread"), else the word right before the verb; NKG_NONE when
 * there is none (a clause word, a quote or punctuation first). */
static uint32_t subject_head(const struct ectx *c, uint32_t i)
{
	uint32_t first = sent_first(c, i), h = NKG_NONE, j = i;
	while (j > first) {
		uint32_t p = j - 1;
		struct nkg_str ps = tk(c, p);
		if (is_any(c, p, aux_skip) || in_time(c, p) ||
		    (is_lower_word(c, p) && ps.len > 3 && ps.ptr[ps.len - 2] == 'l' &&
		     ps.ptr[ps.len - 1] == 'y'))
			j = p;
		else
			break;
	}
	if (j == first || !(tflags(c, j - 1) & NKG_TOK_WORD))
		return NKG_NONE;
	h = j - 1;
	for (uint32_t k = j, steps = 0; k > first && steps < 12; steps++) {
		k--;
		if (is_any(c, k, clause_words) || (tflags(c, k) & NKG_TOK_QUOTE) ||
		    (is_punct(c, k) && !is_w(c, k, "&")) ||
		    (c->trig_at[k] != NKG_NONE && c->trigs[c->trig_at[k]].verb))
			break;
		if (is_w(c, k, "of") && k > first && (tflags(c, k - 1) & NKG_TOK_WORD))
			h = k - 1;
	}
	return h;
}

/* Whether a financial word lies in the clause before the verb at i (up to
 * 12 tokens back, not across a clause word or a quote); the entity found
 * there (not a person) goes to *instr, a place to *place.  A company after
 * "shares of" or "stock in" is the instrument ("Shares of Microsoft rose"),
 * and so is the subject of "with X falling". */
static bool fin_subject(const struct ectx *c, uint32_t i, uint32_t *instr, uint32_t *place)
{
	uint32_t first = sent_first(c, i);
	bool fin = false;
	*instr = *place = NKG_NONE;
	for (uint32_t j = i, steps = 0; j > first && steps < 12; steps++) {
		j--;
		if (is_any(c, j, clause_words) || is_w(c, j, ";") ||
		    (tflags(c, j) & NKG_TOK_QUOTE) ||
		    (c->trig_at[j] != NKG_NONE && c->trigs[c->trig_at[j]].verb))
			break;
		if (is_any(c, j, fin_words))
			fin = true;
		uint32_t m = c->cover[j];
		if (m == NKG_NONE || c->ments[m].e != j + 1)
			continue;
		if (c->ments[m].kind == NKG_KIND_PERSON) {
			if (!fin)
				return false; /* "the climber fell" */
		} else if (c->ments[m].kind == NKG_KIND_PLACE) {
			if (*place == NKG_NONE)
				*place = c->ments[m].entity;
		} else if (*instr == NKG_NONE) {
			uint32_t ip = intro_prep(c, c->ments[m].b);
			if (ip == NKG_NONE ||
			    ((is_w(c, ip, "of") || is_w(c, ip, "in")) && ip == c->ments[m].b - 1 &&
			     ip > first &&
			     is_any(c, ip - 1,
			            (const char *const[]){"shares", "stock", "stocks", NULL})) ||
			    (is_w(c, ip, "with") && c->ments[m].e == i))
				*instr = c->ments[m].entity; /* "with Citigroup falling 9.7%" */
		}
	}
	return fin;
}

/* Whether a financial word lies within 30 tokens of i, in i's sentence or the
 * one before ("The FTSE 100 index ... . It fell by 5.00%"). */
static bool fin_near(const struct ectx *c, uint32_t i)
{
	uint32_t s = c->toks->toks[i].sentence;
	uint32_t lo = c->toks->sents[s > 0 ? s - 1 : 0].first, hi = sent_end(c, i);
	if (lo + 30 < i)
		lo = i - 30;
	if (hi > i + 30)
		hi = i + 30;
	for (uint32_t j = lo; j < hi; j++)
		if (is_any(c, j, fin_words))
			return true;
	return false;
}

/* Market movement sense (F_MOVE, and "rally" and "crash" after financial
 * words).  A verb needs a financial word in its subject ("stocks fell", "the
 * Dow Jones Industrial Average dropped"), or, with no person as subject, an
 * amount in percent or points right after it and a financial word near
 * ("It fell by 5.00%"); never a subject whose head is an economic quantity
 * or the price of goods (econ_at: "Its sales rose 5 percent", "the price of
 * bread rose").  A noun ("large falls", "a gain of 10 percent") needs a
 * determiner or modifier before it, a financial word near, no economic
 * quantity after "in"/"of" ("a rise in sales"), and is not the season ("in
 * the fall", "fall of 2008").  Fills t's instrument, place and quantity (the
 * amount). */
static bool market_sense(struct ectx *c, uint32_t i, struct trig *t)
{
	uint32_t instr, place, qb, qe, p = prev_tok(c, i);
	bool fin = fin_subject(c, i, &instr, &place);
	uint32_t from = i + 1;
	while (from < i + 5 &&
	       (is_w(c, from, "by") || is_w(c, from, "in") || is_w(c, from, "value") ||
	        is_w(c, from, "about") || is_w(c, from, "nearly") || is_w(c, from, "almost") ||
	        is_w(c, from, "around") || is_w(c, from, "some") || is_w(c, from, "over") ||
	        is_w(c, from, "roughly") || is_w(c, from, "of") || is_w(c, from, "a")))
		from++;
	bool amount = find_amount(c, from, from + 2, &qb, &qe);
	if (!t->verb) {
		if (p == NKG_NONE || (is_w(c, i + 1, "of") && !amount) || is_w(c, i + 1, "season"))
			return false;
		uint32_t pp = prev_tok(c, p);
		if (is_any(c, p,
		           (const char *const[]){"this", "last", "next", "early", "late", NULL}) ||
		    (pp != NKG_NONE && is_w(c, pp, "in") && is_w(c, p, "the")))
			return false;
		if (!fin_near(c, i))
			return false;
		/* "a rise in sales", "a fall in the unemployment rate" */
		if (is_w(c, i + 1, "in") || is_w(c, i + 1, "of"))
			for (uint32_t j = i + 2; j < i + 6 && j < sent_end(c, i); j++) {
				if (econ_at(c, j))
					return false;
				if (!is_lower_word(c, j) || is_any(c, j, preps))
					break;
			}
	} else if (subject_head(c, i) != NKG_NONE && econ_at(c, subject_head(c, i))) {
		return false; /* "Its sales rose 5 percent", "the price of bread rose" */
	} else if (!fin &&
	           !(amount && fin_near(c, i) && (instr == NKG_NONE || is_company(c, instr)) &&
	             (p == NKG_NONE || c->cover[p] == NKG_NONE ||
	              c->ments[c->cover[p]].kind != NKG_KIND_PERSON))) {
		return false;
	}
	t->subj = instr;
	t->obj = place;
	if (amount)
		t->quantity = (struct nkg_str){c->doc->text + c->toks->toks[qb].begin,
		                               c->toks->toks[qe - 1].end - c->toks->toks[qb].begin};
	return true;
}

/* The first entity among the next few tokens of the phrase after i, or NKG_NONE. */
static uint32_t first_object(const struct ectx *c, uint32_t i)
{
	uint32_t objs[MAX_PARTS];
	return objects_after(c, i, objs, 1) ? objs[0] : NKG_NONE;
}

/* Whether a word of list lies among tokens (i, i + n] of i's sentence before a clause break. */
static bool ahead(const struct ectx *c, uint32_t i, uint32_t n, const char *const *list)
{
	uint32_t end = sent_end(c, i);
	for (uint32_t j = i + 1; j < end && j <= i + n; j++) {
		if (is_any(c, j, list))
			return true;
		if (is_punct(c, j) || is_any(c, j, clause_words))
			break;
	}
	return false;
}

/* The subject of a verb before a business noun ("Airbus announced job cuts",
 * "GM filed for bankruptcy"): within four tokens back, else NKG_NONE. */
static uint32_t doer_before(const struct ectx *c, uint32_t b)
{
	uint32_t j = b;
	for (int k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
		if (is_punct(c, j) || is_any(c, j, clause_words) || c->cover[j] != NKG_NONE)
			break;
		if (lemma_in(c, j, biz_doing)) {
			uint32_t s = near_subject(c, j);
			return s != NKG_NONE ? s : subject_of(c, j, NULL);
		}
	}
	return NKG_NONE;
}

/* The entity right before a noun at b ("Airbus job cuts", "Toyota's recall"),
 * over up to two modifiers and a possessive, or NKG_NONE. */
static uint32_t entity_before(const struct ectx *c, uint32_t b)
{
	uint32_t first = sent_first(c, b);
	if (b <= first)
		return NKG_NONE;
	uint32_t j = b - 1;
	for (int k = 0;
	     k < 2 && j > first && is_lower_word(c, j) && c->cover[j] == NKG_NONE &&
	     !is_any(c, j, determiners) && !is_any(c, j, preps) && !is_any(c, j, clause_words);
	     k++)
		j--;
	if ((tflags(c, j) & NKG_TOK_POSSESSIVE) && j > first)
		j--;
	uint32_t m = c->cover[j];
	return m != NKG_NONE && c->ments[m].e == j + 1 && !c->quoted[j] ? c->ments[m].entity
	                                                                : NKG_NONE;
}

/* Whether token j is a product name: a word with an upper-case letter
 * inside ("iPod", "MacBook") or a capitalised word, not an entity, not the
 * first of its sentence. */
static bool product_name_at(const struct ectx *c, uint32_t j)
{
	struct nkg_str w = tk(c, j);
	if (c->cover[j] != NKG_NONE || !(tflags(c, j) & NKG_TOK_WORD))
		return false;
	if ((tflags(c, j) & NKG_TOK_CAPITALIZED) && !(tflags(c, j) & NKG_TOK_SENT_START))
		return true;
	for (size_t k = 1; k < w.len; k++)
		if (w.ptr[k] >= 'A' && w.ptr[k] <= 'Z')
			return true;
	return false;
}

/* A passive product launch: "the Shuffle was introduced in January", "The
 * software patch, which was released last night": the subject before the
 * "be" (over "which", a comma, an adverb) is a product word or a product
 * name, and no person. */
static bool product_passive(const struct ectx *c, uint32_t i)
{
	uint32_t j = prev_tok(c, i);
	for (int k = 0; k < 2 && j != NKG_NONE && !is_any(c, j, be_forms); k++)
		j = prev_tok(c, j); /* "was first released" */
	if (j == NKG_NONE || !is_any(c, j, be_forms))
		return false;
	for (int k = 0; k < 6 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
		if (c->cover[j] != NKG_NONE || (is_any(c, j, clause_words) && !is_w(c, j, "which")))
			return false;
		if (word_or_lemma_in(c, j, product_words) || product_name_at(c, j))
			return true;
		if (is_punct(c, j) && !is_w(c, j, ","))
			return false;
	}
	return false;
}

/* Product launch sense (F_PRODUCT): an active verb whose subject is a
 * company ("Apple today launched", "Microsoft has released") or a person
 * ("Steve Jobs unveiled the new products"), whose object is none of
 * not_products, by word or lemma ("launched an attack", "released the name",
 * "unveiled plans", "released its quarterly earnings", "launched a legal
 * challenge"), and that shows a product: a product word, a name (a
 * capitalised word that is no entity, "iPod"), "new" or "latest" among the
 * eight words after the verb, before punctuation other than a hyphen or a
 * quotation mark ("released an "out of band" patch"). */
static bool product_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	uint32_t end = sent_end(c, i);
	if (!t->verb)
		return false;
	for (uint32_t j = i + 1; j < end && j <= i + 5; j++) {
		if (word_or_lemma_in(c, j, not_products) ||
		    word_or_lemma_in(c, j, not_products_more))
			return false;
		if (is_punct(c, j) || is_any(c, j, clause_words))
			break;
	}
	if (t->passive)
		return product_passive(c, i);
	uint32_t s = near_subject(c, i);
	if (s == NKG_NONE)
		return false;
	if (!is_company(c, s) && c->doc->entities[s].cls != NKG_CLASS_PERSON)
		return false;
	bool shown = false;
	for (uint32_t j = i + 1; !shown && j < end && j <= i + 8; j++) {
		if ((is_punct(c, j) && !is_w(c, j, "-") && !(tflags(c, j) & NKG_TOK_QUOTE)) ||
		    is_any(c, j, clause_words))
			break;
		shown = word_or_lemma_in(c, j, product_words) || is_w(c, j, "new") ||
		        is_w(c, j, "latest") ||
		        ((tflags(c, j) & NKG_TOK_CAPITALIZED) && c->cover[j] == NKG_NONE &&
		         !in_time(c, j)) ||
		        (product_name_at(c, j) && !in_time(c, j));
	}
	if (!shown)
		return false;
	t->subj = s;
	return true;
}

/* ---- products and market indices (issue 4) --------------------------------------- */

/* Lower-case words that go on a product name after it: "iPod nano", "iPad mini". */
static const char *const model_words[] = {"nano", "mini", "shuffle", "touch", "classic", "pro",
                                          "plus", "max",  "lite",    "ultra", NULL};
/* A collective before "of" and the product's name: "a new lineup of MacBook Air laptops". */
static const char *const collective_heads[] = {"lineup", "line", "range", "family", "series", NULL};
/* What an object must say for its apposition to name the product launched:
 * "its latest addition to the iPod line, the iPod nano". */
static const char *const newness_words[] = {"new",     "newest",    "latest",     "addition",
                                            "version", "iteration", "generation", NULL};
static const char *const index_words[] = {"index", "indices", "indexes", NULL};

/* A market index by the letters and digits of its name, lower case ('&'
 * kept, everything else dropped): "FTSE-100", "FTSE 100" -> "ftse100". */
struct index_name {
	const char *key;
	const char *name; /* canonical: the IRI comes from it */
};
static const struct index_name index_names[] = {
        {"dowjonesindustrialaverage", "Dow Jones Industrial Average"},
        {"dowjonesindustrials", "Dow Jones Industrial Average"},
        {"dowjones", "Dow Jones Industrial Average"},
        {"dow", "Dow Jones Industrial Average"},
        {"djia", "Dow Jones Industrial Average"},
        {"nasdaq", "Nasdaq Composite"},
        {"nasdaqcomposite", "Nasdaq Composite"},
        {"s&p500", "S&P 500"},
        {"s&p", "S&P 500"},
        {"standard&poors500", "S&P 500"},
        {"standardandpoors500", "S&P 500"},
        {"ftse100", "FTSE 100"},
        {"ftse", "FTSE 100"},
        {"ftse250", "FTSE 250"},
        {"nikkei225", "Nikkei 225"},
        {"nikkei", "Nikkei 225"},
        {"dax", "DAX"},
        {"dax30", "DAX"},
        {"cac40", "CAC 40"},
        {"cac", "CAC 40"},
        {"hangseng", "Hang Seng Index"},
        {"bovespa", "Bovespa"},
        {"merval", "MERVAL"},
        {"russell2000", "Russell 2000"},
        {"sensex", "BSE Sensex"},
        {"kospi", "KOSPI"},
        {"shanghaicomposite", "Shanghai Composite"},
        {"eurostoxx50", "Euro Stoxx 50"},
        {"ibex35", "IBEX 35"},
        {"ftsemib", "FTSE MIB"},
        {"aex", "AEX"},
        {NULL, NULL}};

static bool upper_after_first(struct nkg_str w)
{
	for (size_t k = 1; k < w.len; k++)
		if (w.ptr[k] >= 'A' && w.ptr[k] <= 'Z')
			return true;
	return false;
}

/* Whether token j may stand in a product or index name: a word with an
 * upper-case letter after its first ("iPod", "MacBook", "3G"), or a
 * capitalised word not first in its sentence (unless start_ok, for
 * indices: "Dow Jones fell"); after the first token (first false) also a
 * number ("iOS 5", "FTSE 100"), "&", a model word ("iPod nano") and, with
 * start_ok, a possessive ("Standard & Poor's 500").  Never a determiner,
 * nor a token of an entity mention, a time or a quotation. */
static bool name_tok(const struct ectx *c, uint32_t j, bool first, bool start_ok)
{
	if (j >= c->toks->n || c->cover[j] != NKG_NONE || c->quoted[j] || in_time(c, j))
		return false;
	struct nkg_str w = tk(c, j);
	uint32_t f = tflags(c, j);
	if (is_any(c, j, determiners))
		return false; /* "The Dow" at the start of a sentence */
	if (!first && start_ok &&
	    ((f & NKG_TOK_POSSESSIVE) ||
	     (is_w(c, j, "and") && j > 0 && is_w(c, j - 1, "Standard"))))
		return true; /* "Standard & Poor's 500", "Standard and Poor's 500" */
	if (!first && ((f & NKG_TOK_NUMBER) || is_w(c, j, "&") ||
	               ((f & NKG_TOK_WORD) && is_any(c, j, model_words))))
		return true;
	if (!(f & NKG_TOK_WORD))
		return false;
	if (upper_after_first(w))
		return true;
	return (f & (NKG_TOK_CAPITALIZED | NKG_TOK_ALL_CAPS)) &&
	       (start_ok || !(f & NKG_TOK_SENT_START));
}

/* The end of the name starting at token j, before lim: a run of name_tok
 * tokens (start_ok passed on; at most MAX_NAME_TOKENS, a longer run names
 * nothing) with at least one that begins with a letter
 * ("3G iPhone", not "3G" alone), without a nationality first ("the British
 * FTSE": not a name of its own) or a trailing "&" or possessive; j when
 * none starts there. */
static uint32_t name_end(const struct ectx *c, uint32_t j, uint32_t lim, bool start_ok)
{
	if (j >= lim || !name_tok(c, j, true, start_ok) || nkg_lex_demonym(tk(c, j), NULL))
		return j;
	uint32_t k = j + 1;
	while (k < lim && k <= j + MAX_NAME_TOKENS && name_tok(c, k, false, start_ok))
		k++;
	if (k > j + MAX_NAME_TOKENS)
		return j; /* a run too long for a name: none (and linear time) */
	while (k > j + 1 && (is_w(c, k - 1, "&") || (tflags(c, k - 1) & NKG_TOK_POSSESSIVE)))
		k--;
	bool letter = false;
	for (uint32_t x = j; x < k && !letter; x++) {
		struct nkg_str w = tk(c, x);
		letter = w.len && ((w.ptr[0] | 0x20) >= 'a' && (w.ptr[0] | 0x20) <= 'z');
	}
	return letter ? k : j;
}

/* Whether token k may modify a product's name in a launch's object:
 * a lower-case word that is no preposition, clause word or conjunction. */
static bool object_mod(const struct ectx *c, uint32_t k)
{
	return is_lower_word(c, k) && !upper_after_first(tk(c, k)) && !is_any(c, k, preps) &&
	       !is_any(c, k, clause_words) && !is_w(c, k, "and") && !is_w(c, k, "or") &&
	       !in_time(c, k) && !c->quoted[k];
}

/* One item of a launch verb's object from *j (before lim): determiners, a
 * possessive ("Apple's", "the company's"), up to four modifiers ("new,
 * faster", "much-anticipated"), once "lineup/line/range/family/series of",
 * then a name (name_end), then up to three lower-case words ("laptops",
 * "software suite").  The name's tokens go to [*nb, *ne), *j past the
 * item; false when the item names nothing. */
static bool launch_item(const struct ectx *c, uint32_t *j, uint32_t lim, uint32_t *nb, uint32_t *ne)
{
	uint32_t k = *j;
	for (int pass = 0; pass < 2; pass++) {
		int mods = 0;
		while (k < lim) {
			uint32_t m = c->cover[k];
			if (is_any(c, k, determiners) || (tflags(c, k) & NKG_TOK_POSSESSIVE)) {
				k++;
			} else if (m != NKG_NONE && c->ments[m].b == k &&
			           c->ments[m].kind == NKG_KIND_ORGANIZATION &&
			           c->ments[m].e < lim &&
			           (tflags(c, c->ments[m].e) & NKG_TOK_POSSESSIVE)) {
				k = c->ments[m].e + 1; /* "Apple's" */
			} else if (mods < 4 && object_mod(c, k)) {
				mods++;
				k++;
			} else if (mods && (is_w(c, k, ",") || is_w(c, k, "-")) && k + 1 < lim &&
			           object_mod(c, k + 1)) {
				k++; /* "new, faster iPhone" */
			} else {
				break;
			}
		}
		uint32_t e = name_end(c, k, lim, false);
		if (e > k) {
			*nb = k;
			*ne = e;
			k = e;
			for (int n = 0; n < 3 && k < lim && object_mod(c, k); n++)
				k++;
			*j = k;
			return true;
		}
		if (pass || k == *j || !is_w(c, k, "of") || !is_any(c, k - 1, collective_heads))
			return false;
		k++;
	}
	return false;
}

/* "its latest addition to the iPod line, the iPod nano": an object with a
 * word of newness_words before a comma (at most 14 tokens on, none a clause
 * word, a quote or a verb trigger), then "the" and a name that ends its
 * phrase.  The name's tokens go to [*nb, *ne). */
static bool launch_apposition(const struct ectx *c, uint32_t j, uint32_t lim, uint32_t *nb,
                              uint32_t *ne)
{
	bool cue = false;
	for (uint32_t k = j; k < lim && k < j + 14; k++) {
		if (is_any(c, k, clause_words) || (tflags(c, k) & NKG_TOK_QUOTE) ||
		    (c->trig_at[k] != NKG_NONE && c->trigs[c->trig_at[k]].verb))
			return false;
		cue = cue || is_any(c, k, newness_words) || word_or_lemma_in(c, k, product_words);
		if (!is_w(c, k, ","))
			continue;
		if (!cue || !is_w(c, k + 1, "the"))
			return false;
		uint32_t e = name_end(c, k + 2, lim, false);
		if (e == k + 2 || (e < lim && !is_punct(c, e) && !is_any(c, e, clause_words)))
			return false;
		*nb = k + 2;
		*ne = e;
		return true;
	}
	return false;
}

/* Whether the first token of a sentence, capitalised as every first word
 * is, may begin a name ("Snow Leopard, which ..."): no determiner. */
static bool open_first(const struct ectx *c, uint32_t first)
{
	return (tflags(c, first) & NKG_TOK_CAPITALIZED) && !is_any(c, first, determiners);
}

static void add_thing(struct trig *t, uint32_t b, uint32_t e, const char *name)
{
	for (uint32_t k = 0; k < t->n_things; k++)
		if (t->thing_b[k] == b)
			return;
	if (t->n_things == MAX_THINGS)
		return;
	t->thing_b[t->n_things] = b;
	t->thing_e[t->n_things] = e;
	t->thing_name[t->n_things] = name;
	t->thing[t->n_things] = NKG_NONE;
	t->n_things++;
}

/* The products a launch names.  Active: the object after the verb (over
 * adverbs and times), one item or a list joined by ',' and "and"
 * ("Mac OS X Lion, iOS 5, and iCloud"), else an apposition that names it
 * (launch_apposition).  Passive: the name right before "was" ("the Shuffle
 * was introduced", over ", which").  Nothing from a name that is an
 * entity, lies in a time or quotation, or is a description ("a 3G version
 * of its iPhone": a version of it is another product, unnamed). */
/* The first token of the name that ends at token j, before the passive
 * launch verb at i, or NKG_NONE: not when the sentence's first word might
 * begin it ("Snow Leopard, which was released": it cannot be told). */
static uint32_t passive_name(const struct ectx *c, uint32_t i, uint32_t j)
{
	if (!name_tok(c, j, false, false))
		return NKG_NONE;
	uint32_t s = j, first = sent_first(c, i);
	while (s > first && s + MAX_NAME_TOKENS > j && name_tok(c, s - 1, false, false))
		s--;
	while (s <= j && name_end(c, s, j + 1, false) != j + 1)
		s++;
	return s <= j && !(s == first + 1 && open_first(c, first)) ? s : NKG_NONE;
}

static void launch_things(const struct ectx *c, uint32_t i, struct trig *t)
{
	uint32_t lim = sent_end(c, i), nb, ne;
	if (t->passive) {
		uint32_t j = prev_tok(c, i);
		for (int k = 0; k < 2 && j != NKG_NONE && !is_any(c, j, be_forms); k++)
			j = prev_tok(c, j);
		if (j == NKG_NONE || !is_any(c, j, be_forms) || (j = prev_tok(c, j)) == NKG_NONE)
			return;
		if (is_any(c, j, modals)) { /* "would be released", ", to be released" */
			bool to = is_w(c, j, "to");
			if ((j = prev_tok(c, j)) != NKG_NONE && to && is_w(c, j, ","))
				j = prev_tok(c, j);
		}
		if (j != NKG_NONE && is_w(c, j, "which") && (j = prev_tok(c, j)) != NKG_NONE &&
		    is_w(c, j, ","))
			j = prev_tok(c, j);
		/* "the Mac OS X operating system was released" */
		if (j != NKG_NONE && object_mod(c, j) && word_or_lemma_in(c, j, product_words))
			for (int k = 0; k < 3 && j != NKG_NONE && object_mod(c, j); k++)
				j = prev_tok(c, j);
		for (int items = 0; items < MAX_THINGS && j != NKG_NONE; items++) {
			uint32_t s = passive_name(c, i, j);
			if (s == NKG_NONE)
				break;
			add_thing(t, s, j + 1, NULL);
			t->thing_rule = "event:launch-passive";
			/* "iCloud and iOS 5 will be released" */
			j = prev_tok(c, s);
			if (j == NKG_NONE || (!is_w(c, j, "and") && !is_w(c, j, ",")))
				break;
			if (is_w(c, j, "and") && (j = prev_tok(c, j)) != NKG_NONE &&
			    is_w(c, j, ","))
				j = prev_tok(c, j);
			else if (is_w(c, j, ","))
				j = prev_tok(c, j);
		}
		return;
	}
	uint32_t j = i + 1;
	while (j < lim && (is_any(c, j, aux_skip) || in_time(c, j)))
		j++;
	uint32_t start = j;
	if (!launch_item(c, &j, lim, &nb, &ne)) {
		if (launch_apposition(c, start, lim, &nb, &ne)) {
			add_thing(t, nb, ne, NULL);
			t->thing_rule = "event:launch-apposition";
		}
		return;
	}
	add_thing(t, nb, ne, NULL);
	t->thing_rule = "event:launch-object";
	while (j < lim) {
		uint32_t k = j;
		if (is_w(c, k, ","))
			k++;
		if (is_w(c, k, "and"))
			k++;
		if (k == j || !launch_item(c, &k, lim, &nb, &ne))
			break;
		add_thing(t, nb, ne, NULL);
		j = k;
	}
}

/* The key of tokens [b, e) for index_names: their letters and digits, lower case, and '&'. */
static const char *known_index(const struct ectx *c, uint32_t b, uint32_t e)
{
	char key[64];
	size_t n = 0;
	for (uint32_t k = b; k < e; k++) {
		struct nkg_str w = tk(c, k);
		for (size_t x = 0; x < w.len; x++) {
			char ch = w.ptr[x];
			if (ch >= 'A' && ch <= 'Z')
				ch = (char)(ch | 0x20);
			if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '&'))
				continue;
			if (n + 1 >= sizeof(key))
				return NULL;
			key[n++] = ch;
		}
	}
	key[n] = 0;
	for (const struct index_name *x = index_names; x->key; x++)
		if (strcmp(x->key, key) == 0)
			return x->name;
	return NULL;
}

/* Whether w looks like a nationality adjective: capitalised, ending in
 * "an", "ese" or "ish" ("Argentinean", "Japanese", "British"). */
static bool nationality_like(struct nkg_str w)
{
	static const char *const ends[] = {"an", "ese", "ish", NULL};
	if (!w.len || w.ptr[0] < 'A' || w.ptr[0] > 'Z' || upper_after_first(w))
		return false;
	for (const char *const *x = ends; *x; x++) {
		size_t n = strlen(*x);
		if (w.len > n + 2 && memcmp(w.ptr + w.len - n, *x, n) == 0)
			return true;
	}
	return false;
}

/* Whether the name token j (not "index") ends the name of an index that
 * begins at or after first: a known index (index_names) or a name with a
 * number or an acronym of three letters or more before "index".  Its
 * tokens go to [*ns, *ne), the token after it and its "index" to *after,
 * its canonical name (NULL: as written) to *name.  *ns is also set when
 * the name is no index's, for the caller to go on before it. */
/* Economic indicators an index word follows that no market trades: "the
 * ISM index rose for a third month" is no market index. */
static const char *const indicator_acronyms[] = {"ism", "pmi", "cpi", "ppi",  "zew", "ifo",
                                                 "gdp", "hpi", "pce", "nfib", NULL};

static bool index_name_at(const struct ectx *c, uint32_t j, uint32_t first, uint32_t *ns,
                          uint32_t *ne, uint32_t *after, const char **name)
{
	uint32_t e = j + 1, s = j;
	while (s > first && s + MAX_NAME_TOKENS > j && name_tok(c, s - 1, false, true) &&
	       !is_any(c, s - 1, index_words))
		s--;
	while (s < e && name_end(c, s, e, true) != e)
		s++;
	*ns = s < e ? s : j;
	if (s == e)
		return false;
	uint32_t a = e;
	if (is_any(c, a, index_words))
		a++;
	const char *known = known_index(c, s, e);
	/* "the Argentinean MERVAL index": a nationality the lexicon lacks */
	while (!known && a > e && s + 1 < e && nationality_like(tk(c, s)))
		s++;
	if (!known && a > e) {
		for (uint32_t k = s; k < e && !known; k++) {
			struct nkg_str w = tk(c, k);
			if ((tflags(c, k) & NKG_TOK_NUMBER) ||
			    ((tflags(c, k) & NKG_TOK_ALL_CAPS) && w.len >= 3 &&
			     !is_any(c, k, indicator_acronyms)))
				known = "";
		}
	}
	if (!known)
		return false;
	*ns = s;
	*ne = e;
	*after = a;
	*name = *known ? known : NULL;
	return true;
}

/* The market index a market verb's subject names, when no entity moved
 * (t->subj): the nearest name in the clause before the verb (up to 12
 * tokens back, not across a clause word, ';', a quote or another verb
 * trigger) that no preposition introduces ("with the FTSE index falling"
 * only right before the verb) and that is an index (index_name_at: "the
 * Dow", "The UK's FTSE-100 index", "Japan's Nikkei 225", "the Argentinean
 * MERVAL index", "The Russell 2000 Index"; not "the Consumer Price
 * Index"). */
static void market_things(const struct ectx *c, uint32_t i, struct trig *t)
{
	uint32_t first = sent_first(c, i), s, e, after;
	const char *name;
	if (!t->verb || t->subj != NKG_NONE)
		return;
	for (uint32_t j = i, steps = 0; j > first && steps < 12; steps++) {
		j--;
		if (is_any(c, j, clause_words) || is_w(c, j, ";") ||
		    (tflags(c, j) & NKG_TOK_QUOTE) ||
		    (c->trig_at[j] != NKG_NONE && c->trigs[c->trig_at[j]].verb))
			return;
		if (c->cover[j] != NKG_NONE && c->ments[c->cover[j]].kind == NKG_KIND_PERSON)
			return;
		if (!name_tok(c, j, false, true) || is_any(c, j, index_words))
			continue;
		if (!index_name_at(c, j, first, &s, &e, &after, &name)) {
			j = s;
			continue;
		}
		uint32_t ip = intro_prep(c, s);
		if (ip != NKG_NONE && !(is_w(c, ip, "with") && after == i))
			return;
		add_thing(t, s, e, name);
		t->thing_rule = "event:market-subject";
		return;
	}
}

/* "The British FTSE 100 index was one the indices that suffered.  It fell
 * by 5.00%": a market verb whose subject is "it" (right before it, over
 * auxiliaries and adverbs) moved the nearest index named before it in its
 * sentence or the one before (index_name_at), unless an organisation or a
 * person is named between them ("Barclays said it fell" is Barclays).
 * Whether t took one. */
static bool index_pronoun(const struct ectx *c, struct trig *t)
{
	uint32_t j = prev_tok(c, t->head), s, e, after;
	const char *name;
	while (j != NKG_NONE && (is_any(c, j, aux_skip) || in_time(c, j)))
		j = prev_tok(c, j);
	if (!t->verb || t->subj != NKG_NONE || j == NKG_NONE || !is_w(c, j, "it"))
		return false;
	uint32_t sent = c->toks->toks[j].sentence;
	uint32_t lo = c->toks->sents[sent > 0 ? sent - 1 : 0].first;
	for (uint32_t k = j, steps = 0; k > lo && steps < 60; steps++) {
		k--;
		uint32_t m = c->cover[k];
		if ((tflags(c, k) & NKG_TOK_QUOTE) ||
		    (m != NKG_NONE && (c->ments[m].kind == NKG_KIND_ORGANIZATION ||
		                       c->ments[m].kind == NKG_KIND_PERSON)))
			return false;
		if (!name_tok(c, k, false, true) || is_any(c, k, index_words))
			continue;
		if (!index_name_at(c, k, sent_first(c, k), &s, &e, &after, &name)) {
			k = s;
			continue;
		}
		add_thing(t, s, e, name);
		t->thing_rule = "event:market-pronoun";
		return true;
	}
	return false;
}

/* The products of every launch, the index of every market verb. */
static void find_things(struct ectx *c)
{
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		if (t->cls == NKG_EVENT_PRODUCT_LAUNCH)
			launch_things(c, t->head, t);
		else if ((t->cls == NKG_EVENT_MARKET_RISE || t->cls == NKG_EVENT_MARKET_FALL) &&
		         !index_pronoun(c, t))
			market_things(c, t->head, t);
	}
}

/* Products and indices made per article at most (more are not made): the
 * searches by name stay linear in the article's length. */
#define MAX_THING_ENTITIES 64

/* The product or index made here (from first_entity on) of class cls named
 * name (ASCII case folded), or NKG_NONE. */
static uint32_t thing_named(const struct nkg_doc *doc, uint32_t first_entity,
                            enum nkg_entity_class cls, struct nkg_str name)
{
	for (uint32_t x = first_entity; x < doc->n_entities; x++)
		if (doc->entities[x].cls == cls && nkg_str_eq_nocase(doc->entities[x].name, name))
			return x;
	return NKG_NONE;
}

/* Every other place the article names a product or index made here by the
 * same whole name: "The iPod nano is the second model", "the company's
 * iLife software suite", "the Dow" after "the Dow Jones Industrial Average
 * fell" (not "iPod" inside "iPod nano", which is another product).  A span
 * mentions[first_mention..] already has is skipped. */
static int more_thing_mentions(struct ectx *c, uint32_t first_entity, uint32_t first_mention)
{
	struct nkg_doc *doc = c->doc;
	uint32_t n = c->toks->n, n_made = doc->n_mentions;
	int rc = 0;
	if (first_entity == doc->n_entities)
		return 0;
	uint8_t *had = nkg_calloc((size_t)n + 1, 1);
	if (!had)
		return NKG_ENOMEM;
	for (uint32_t x = first_mention; x < n_made; x++)
		had[tok_at(c, doc->mentions[x].span.begin)] = 1;
	for (uint32_t k = 0; k < n && !rc; k++) {
		for (int idx = 0; idx < 2; idx++) {
			bool start_ok = idx == 1;
			uint32_t first = sent_first(c, k);
			if (had[k] || (k > first && name_tok(c, k - 1, false, start_ok)) ||
			    (!start_ok && k == first + 1 && open_first(c, first)))
				continue;
			uint32_t e = name_end(c, k, sent_end(c, k), start_ok);
			if (e == k)
				continue;
			struct nkg_span sp = {c->toks->toks[k].begin, c->toks->toks[e - 1].end};
			const char *known = start_ok ? known_index(c, k, e) : NULL;
			if (start_ok && !known)
				continue;
			uint32_t x = thing_named(
			        doc, first_entity,
			        start_ok ? NKG_CLASS_MARKET_INDEX : NKG_CLASS_PRODUCT,
			        known ? nkg_str_from_cstr(known) : nkg_doc_slice(doc, sp));
			if (x == NKG_NONE)
				continue;
			if ((rc = nkg_entity_add_alt_name(doc, x, nkg_doc_slice(doc, sp))) ||
			    (rc = nkg_doc_add_mention(doc, sp, NKG_MENTION_ENTITY, x, 0.6f,
			                              "event:same-name")))
				break;
			had[k] = 1;
		}
	}
	nkg_free(had);
	return rc;
}

/* The entities of the things find_things found: one per class and name
 * (ASCII case folded: "iPod Nano" is the "iPod nano" named before), a known
 * index named by its canonical name with the words written as another
 * name ("Dow"), and a mention of each name (once per span); then the other
 * mentions of those names (more_thing_mentions). */
static int make_things(struct ectx *c)
{
	struct nkg_doc *doc = c->doc;
	uint32_t first_mention = doc->n_mentions, first_entity = doc->n_entities;
	int rc;
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		enum nkg_entity_class cls = t->cls == NKG_EVENT_PRODUCT_LAUNCH
		                                    ? NKG_CLASS_PRODUCT
		                                    : NKG_CLASS_MARKET_INDEX;
		for (uint32_t k = 0; k < t->n_things; k++) {
			struct nkg_span sp = {c->toks->toks[t->thing_b[k]].begin,
			                      c->toks->toks[t->thing_e[k] - 1].end};
			struct nkg_str written = nkg_doc_slice(doc, sp);
			struct nkg_str name =
			        t->thing_name[k] ? nkg_str_from_cstr(t->thing_name[k]) : written;
			uint32_t e = thing_named(doc, first_entity, cls, name);
			if (e == NKG_NONE && doc->n_entities - first_entity == MAX_THING_ENTITIES)
				continue;
			if (e == NKG_NONE &&
			    (rc = nkg_doc_add_entity(doc, cls, name, 0.7f, t->thing_rule, &e)))
				return rc;
			if ((rc = nkg_entity_add_alt_name(doc, e, written)))
				return rc;
			/* two triggers reading one name are near each other */
			bool dup = false;
			for (uint32_t x = doc->n_mentions, steps = 0;
			     x > first_mention && steps < 16 && !dup; steps++) {
				x--;
				dup = doc->mentions[x].span.begin == sp.begin &&
				      doc->mentions[x].span.end == sp.end;
			}
			if (!dup && (rc = nkg_doc_add_mention(doc, sp, NKG_MENTION_ENTITY, e, 0.7f,
			                                      t->thing_rule)))
				return rc;
			t->thing[k] = e;
		}
	}
	return more_thing_mentions(c, first_entity, first_mention);
}

/* A price after "for": "for $2.5 billion", "for US$ 40 million".  [*qb, *qe). */
static bool find_price(const struct ectx *c, uint32_t from, uint32_t to, uint32_t *qb, uint32_t *qe)
{
	static const char *const scales[] = {"million", "billion", "trillion", "bn", "m", NULL};
	for (uint32_t j = from; j + 1 < to && j < c->toks->n; j++) {
		if (!is_w(c, j, "for"))
			continue;
		uint32_t b = j + 1, e = b;
		while (e < to && e < b + 5 &&
		       ((tflags(c, e) & NKG_TOK_NUMBER) || is_any(c, e, scales) ||
		        (is_punct(c, e) && !is_w(c, e, ",") && !is_w(c, e, ".")) ||
		        (tflags(c, e) & NKG_TOK_ALL_CAPS)))
			e++;
		bool num = false;
		for (uint32_t k = b; k < e; k++)
			num = num || (tflags(c, k) & NKG_TOK_NUMBER);
		if (!num)
			return false;
		*qb = b;
		*qe = e;
		return true;
	}
	return false;
}

static void set_qty(struct ectx *c, struct trig *t, uint32_t qb, uint32_t qe)
{
	t->quantity = (struct nkg_str){c->doc->text + c->toks->toks[qb].begin,
	                               c->toks->toks[qe - 1].end - c->toks->toks[qb].begin};
}

/* Sense checks of the F_BIZ triggers (see the file comment); may widen the
 * span ("laid off", "job cuts") and decide noun or verb. */
static bool biz_sense(struct ectx *c, uint32_t i, struct trig *t)
{
	const char *lemma = t->w->lemma;
	uint32_t p = prev_tok(c, i), end = sent_end(c, i), qb, qe;
	switch (t->cls) {
	case NKG_EVENT_ACQUISITION:
		if (t->verb && t->passive) {
			/* "Compaq was acquired by HP": both companies, as active */
			uint32_t o = passive_subject(c, i);
			uint32_t s = is_w(c, i + 1, "by") ? first_object(c, i + 1) : NKG_NONE;
			if (o == NKG_NONE || s == NKG_NONE || !is_company(c, o) ||
			    !is_company(c, s))
				return false;
			t->subj = s;
			t->obj = o;
		} else if (t->verb) {
			uint32_t s = near_subject(c, i);
			if (s == NKG_NONE || !is_company(c, s))
				return false;
			uint32_t o = first_object(
			        c,
			        strcmp(lemma, "merge") == 0 && is_w(c, i + 1, "with") ? i + 1 : i);
			if (o == NKG_NONE || !is_company(c, o))
				return false;
			t->subj = s;
			t->obj = o;
		} else {
			uint32_t a = entity_before(c, i);
			uint32_t o = is_w(c, i + 1, "of") || is_w(c, i + 1, "with")
			                     ? first_object(c, i + 1)
			                     : NKG_NONE;
			if (a != NKG_NONE && !is_company(c, a))
				return false;
			if (o != NKG_NONE && !is_company(c, o))
				return false;
			if (a == NKG_NONE && o == NKG_NONE)
				return false;
			if (a == NKG_NONE && is_w(c, i + 1, "of")) {
				/* "the acquisition of X by Y" */
				for (uint32_t j = i + 2; j < end && j < i + 10; j++)
					if (is_w(c, j, "by")) {
						a = first_object(c, j);
						break;
					}
			}
			t->subj = a;
			t->obj = o;
		}
		if (find_price(c, i + 1, end < i + 20 ? end : i + 20, &qb, &qe))
			set_qty(c, t, qb, qe);
		return true;
	case NKG_EVENT_LAYOFF:
		if (strcmp(lemma, "lay") == 0) {
			if (!is_w(c, i + 1, "off"))
				return false;
			t->e = i + 2;
			t->verb = true;
		} else if (strcmp(lemma, "cut") == 0 && p != NKG_NONE &&
		           (is_w(c, p, "job") || is_w(c, p, "jobs"))) {
			t->b = p; /* "job cuts", "10,000 job cuts" */
			t->verb = false;
			uint32_t n = prev_tok(c, p);
			if (n != NKG_NONE && (tflags(c, n) & NKG_TOK_NUMBER))
				set_qty(c, t, n, n + 1);
		} else if (strcmp(lemma, "layoff") != 0 && strcmp(lemma, "redundancy") != 0) {
			/* "cut 4,300 jobs", "slashed its workforce"; not "a cut in jobs" */
			if (!ahead(c, i, 4, job_words) || t->passive || prev_is(c, i, determiners))
				return false;
			t->verb = true;
		}
		for (uint32_t j = i + 1; j < end && j < i + 6 && !t->quantity.len; j++) {
			if ((tflags(c, j) & NKG_TOK_NUMBER) && !is_punct(c, j)) {
				qb = j;
				if (j > i + 1 &&
				    is_any(c, j - 1,
				           (const char *const[]){"approximately", "about", "some",
				                                 "around", "nearly", "over", NULL}))
					qb = j - 1;
				qe = j + 1;
				while (qe < end &&
				       is_any(c, qe,
				              (const char *const[]){"million", "thousand", NULL}))
					qe++;
				set_qty(c, t, qb, qe);
				break;
			}
			if (is_punct(c, j) && !is_w(c, j, ","))
				break;
		}
		t->subj = t->verb ? near_subject(c, t->head) : entity_before(c, t->b);
		if (t->subj == NKG_NONE)
			t->subj = doer_before(c, t->b);
		return true;
	case NKG_EVENT_LAWSUIT:
		if (t->verb) {
			if (t->passive) {
				/* "Microsoft was sued by Apple" */
				t->obj = passive_subject(c, i);
				if (is_w(c, i + 1, "by"))
					t->subj = first_object(c, i + 1);
				return t->obj != NKG_NONE;
			}
			t->subj = near_subject(c, i);
			t->obj = first_object(c, i);
			return t->subj != NKG_NONE || t->obj != NKG_NONE;
		}
		t->subj = entity_before(c, i);
		if (t->subj == NKG_NONE)
			t->subj = doer_before(c, i);
		if (is_w(c, i + 1, "against"))
			t->obj = first_object(c, i + 1);
		else if (is_w(c, i + 1, "by"))
			t->subj = first_object(c, i + 1);
		return true;
	case NKG_EVENT_BANKRUPTCY:
		if (strcmp(lemma, "bankrupt") == 0) {
			if (p == NKG_NONE ||
			    !lemma_in(c, p, (const char *const[]){"go", "declare", NULL}))
				return false;
		} else if (!(p != NKG_NONE && (is_w(c, p, "for") || is_w(c, p, "into") ||
		                               (tflags(c, p) & NKG_TOK_NUMBER))) &&
		           !is_w(c, i + 1, "protection") && !is_w(c, i + 1, "filing")) {
			return false; /* "bankruptcy court", "bankruptcy law" */
		}
		t->verb = false;
		t->subj = entity_before(c, i);
		if (t->subj == NKG_NONE)
			t->subj = doer_before(c, i);
		return t->subj == NKG_NONE || is_company(c, t->subj) ||
		       c->doc->entities[t->subj].cls == NKG_CLASS_PERSON;
	case NKG_EVENT_RECALL:
		if (ahead(c, i, 4, envoy_words))
			return false;
		if (t->verb) {
			t->subj = t->passive ? NKG_NONE : near_subject(c, i);
			return t->subj != NKG_NONE && is_company(c, t->subj);
		}
		t->subj = entity_before(c, i);
		return t->subj != NKG_NONE && is_company(c, t->subj);
	default: return false;
	}
}

/* Participants of a business trigger, from what its sense check found. */
static void biz_participants(struct ectx *c, const struct trig *t, struct trig *h)
{
	switch (t->cls) {
	case NKG_EVENT_MARKET_RISE:
	case NKG_EVENT_MARKET_FALL:
		add_part(h, t->subj, NKG_ROLE_INSTRUMENT);
		if (t->subj == NKG_NONE && t->n_things)
			add_part(h, t->thing[0], NKG_ROLE_INSTRUMENT);
		if (t->obj != NKG_NONE)
			h->place = more_specific(c->doc, h->place, t->obj);
		break;
	case NKG_EVENT_ACQUISITION:
		add_part(h, t->subj, NKG_ROLE_AGENT);
		add_part(h, t->obj,
		         strcmp(t->w->lemma, "merge") == 0 || strcmp(t->w->lemma, "merger") == 0
		                 ? NKG_ROLE_PARTICIPANT
		                 : NKG_ROLE_PATIENT);
		break;
	case NKG_EVENT_LAWSUIT:
		add_part(h, t->subj, NKG_ROLE_AGENT);
		add_part(h, t->obj, NKG_ROLE_PATIENT);
		break;
	case NKG_EVENT_PRODUCT_LAUNCH:
		add_part(h, t->subj, NKG_ROLE_AGENT);
		for (uint32_t k = 0; k < t->n_things; k++)
			add_part(h, t->thing[k], NKG_ROLE_PATIENT);
		break;
	default: add_part(h, t->subj, NKG_ROLE_AGENT); break;
	}
}

/* The classes whose patient is a person: a killing, an arrest, an
 * appointment, a verdict. */
static bool person_event(enum nkg_event_class cls)
{
	return cls == NKG_EVENT_KILLING || cls == NKG_EVENT_ARREST ||
	       cls == NKG_EVENT_APPOINTMENT || cls == NKG_EVENT_VERDICT ||
	       cls == NKG_EVENT_CHARGE || cls == NKG_EVENT_DISMISSAL ||
	       cls == NKG_EVENT_INJURED_RESERVE || cls == NKG_EVENT_KIDNAPPING;
}

/* Whether "to" at p ends a move in time ("delay the delivery to 2026",
 * "was postponed to Thursday", "pushed back the vote to May"): a verb of
 * moving within ten words before it in its clause.  Not "from Monday to
 * Wednesday" nor "the run-up to Tuesday's election". */
static bool moved_to(const struct ectx *c, uint32_t p)
{
	static const char *const moving[] = {"delay",      "postpone",   "postponed",   "postpones",
	                                     "postponing", "reschedule", "rescheduled", "push",
	                                     "move",       "defer",      "adjourn",     "adjourned",
	                                     "bring",      "brought",    "extend",      NULL};
	uint32_t first = sent_first(c, p);
	for (uint32_t j = p; j > first && p - j < 11;) {
		j--;
		if (is_any(c, j, clause_words) || (is_punct(c, j) && !is_w(c, j, ",")))
			return false;
		if (lemma_in(c, j, moving))
			return true;
	}
	return false;
}

/* Whether the time [j, e) ends the conjunct before the verb trigger ti,
 * which has a time of its own: "extradited to Peru in 2007 and sentenced
 * to 25 years in 2009" (2007 is the extradition's, a verb in -ed before the
 * time in its clause says so); "attacked Israel on Oct. 7 and killed 1,200
 * people" dates the killing. */
static bool previous_conjunct_time(const struct ectx *c, uint32_t first, uint32_t j, uint32_t e,
                                   uint32_t ti)
{
	const struct trig *t = &c->trigs[ti];
	uint32_t k = e;
	if (!t->verb || t->head < e)
		return false;
	if (k < t->head && is_w(c, k, ","))
		k++;
	if (k + 1 != t->head || !is_w(c, k, "and"))
		return false;
	/* only when the verb after "and" has a time of its own: "attacked
	 * Israel on Oct. 7 and killed 1,200 people" is one day */
	bool own = false;
	for (uint32_t q = t->head + 1; q < sent_end(c, t->head) && !own; q++) {
		if (is_any(c, q, clause_words) || is_w(c, q, "and") ||
		    (is_punct(c, q) && !(tflags(c, q) & NKG_TOK_NUMBER)))
			break;
		own = time_starts(c, q);
	}
	if (!own)
		return false;
	for (uint32_t q = j; q > first;) {
		q--;
		if (is_any(c, q, clause_words) || (is_punct(c, q) && !is_w(c, q, ",")))
			return false;
		if (is_lower_word(c, q) && regular_past(c, q))
			return true;
		if (is_w(c, q, ","))
			return false;
	}
	return false;
}

/* "He was arrested in Chile in 2005, extradited to Peru in 2007 and
 * sentenced to 25 years": a participle in -ed right after "and" or a comma
 * that goes on without an object shares the passive of an earlier
 * "was/were ...-ed" in its sentence (not across a clause word or other
 * punctuation); "was elected and killed a man" is active. */
static bool coordinated_passive(const struct ectx *c, uint32_t i)
{
	static const char *const objects[] = {"him", "her", "them", "it", "us", "me", NULL};
	uint32_t p = prev_tok(c, i), first = sent_first(c, i);
	if (p == NKG_NONE || !(is_w(c, p, "and") || is_w(c, p, ",")) || i + 1 >= sent_end(c, i) ||
	    is_any(c, i + 1, determiners) || is_any(c, i + 1, objects) ||
	    c->cover[i + 1] != NKG_NONE || (tflags(c, i + 1) & NKG_TOK_NUMBER))
		return false;
	for (uint32_t j = p, steps = 0; j > first + 1 && steps < 24; steps++) {
		j--;
		if (is_any(c, j, clause_words) || (is_punct(c, j) && !is_w(c, j, ",")))
			return false;
		if (is_lower_word(c, j) && regular_past(c, j) && is_any(c, j - 1, be_forms))
			/* "Compaq, which was acquired by HP in 2002, said":
			 * after a comma, no relative clause's passive */
			return !(is_w(c, p, ",") && j >= 2 && is_any(c, j - 2, relative_words));
	}
	return false;
}

/* A passive without "be", in a headline or a reduced relative: "Chargers'
 * Jackson arrested on suspicion of DUI", "Man killed in crash", "X,
 * sentenced to life in 2005,".  Killing, arrest, appointment and verdict
 * verbs always take an object; in -ed with nothing after them but a
 * preposition, punctuation, a time or the end of the sentence, and no
 * "have" before them, they are passives.  i: the verb. */
static bool reduced_passive(const struct ectx *c, uint32_t i, enum nkg_event_class cls)
{
	static const char *const have[] = {"has", "have", "had", "having", NULL};
	if (!person_event(cls) || prev_is(c, i, have))
		return false;
	uint32_t n = i + 1;
	/* "killed at least 30", "killed about 40", "arrested over 20": a count
	 * is the object of an active verb, not a preposition's */
	if (n + 1 < sent_end(c, i) && is_any(c, n, preps) &&
	    ((tflags(c, n + 1) & NKG_TOK_NUMBER) ||
	     is_any(c, n + 1,
	            (const char *const[]){"least", "most", "more", "nearly", "some", "dozens",
	                                  "hundreds", "thousands", NULL})))
		return false;
	return n >= sent_end(c, i) || is_any(c, n, preps) ||
	       (is_punct(c, n) && !(tflags(c, n) & NKG_TOK_DASH)) || c->tstart[n] != NKG_NONE;
}

/* ---- deaths, charges, sports matches, fires, dismissals ------------------------- */

/* Crimes and their words, for a criminal charge ("charged with murder",
 * "DUI charges", "accused of killing"). */
static const char *const crime_words[] = {
        "murder",      "murders",      "murdering",     "manslaughter", "homicide",    "assault",
        "assaulting",  "dui",          "dwi",           "driving",      "drunk",       "drunken",
        "theft",       "robbery",      "burglary",      "fraud",        "rape",        "raping",
        "kidnapping",  "possession",   "battery",       "arson",        "terrorism",   "conspiracy",
        "corruption",  "bribery",      "embezzlement",  "smuggling",    "trafficking", "misconduct",
        "perjury",     "obstruction",  "vandalism",     "trespassing",  "harassment",  "stalking",
        "attempted",   "first-degree", "second-degree", "third-degree", "felony",      "felonies",
        "misdemeanor", "misdemeanour", "misdemeanor",   "offences",     "offenses",    "crimes",
        "crime",       "killing",      "shooting",      "stabbing",     "death",       "criminal",
        "criminally",  "negligent",    "reckless",      "endangerment", "vehicular",   "weapons",
        "firearms",    "illegal",      "espionage",     "treason",      "sedition",    "drug",
        "drugs",       "fatal",        "hit-and-run",   "murdered",     "killed",      "shot",
        NULL};
/* Verbs whose object "charges" are criminal: "faces DUI charges", "filed
 * charges against". */
static const char *const charge_verbs[] = {"face",  "file", "bring", "press",   "drop",   "deny",
                                           "plead", "lay",  "level", "dismiss", "reduce", NULL};
/* Words that make a sentence one about sports: a match's result, its
 * season, its people. */
static const char *const sports_words[] = {
        "playoff",      "playoffs",     "season",        "quarter",     "halftime",     "innings",
        "touchdown",    "touchdowns",   "coach",         "quarterback", "league",       "nfl",
        "nba",          "nhl",          "mlb",           "tournament",  "championship", "seed",
        "seeded",       "scored",       "scoring",       "goal",        "goals",        "bout",
        "knockout",     "round",        "rounds",        "heavyweight", "title",        "semifinal",
        "semifinals",   "quarterfinal", "quarterfinals", "final",       "cup",          "unbeaten",
        "interception", "yards",        "team",          "fans",        "stadium",      "inning",
        "overtime",     "striker",      "midfielder",    "defender",    "pitcher",      "slam",
        "set",          "sets",         "opponent",      "opponents",   "rematch",      NULL};
/* Words that make a win or a defeat one of politics, war or law. */
static const char *const contest_words[] = {
        "election",    "elections",  "electoral",    "vote",
        "votes",       "voters",     "poll",         "polls",
        "ballot",      "candidate",  "candidates",   "party",
        "parliament",  "war",        "battle",       "troops",
        "court",       "lawsuit",    "case",         "bill",
        "contract",    "referendum", "campaign",     "primary",
        "seats",       "seat",       "senate",       "congress",
        "legislation", "elected",    "constituency", "constituencies",
        "incumbent",   "re-elected", "reelected",    NULL};
/* Nouns a match is (the object of "won": "won his 10th consecutive bout"). */
static const char *const match_nouns[] = {"game",  "match", "bout",    "fight", "race",
                                          "final", "tie",   "contest", NULL};

/* Whether a match's score starts at token j: "31-24" (one token) or "20 -
 * 13", each side at most three digits (not "2011-12", not a year). */
static bool score_at(const struct ectx *c, uint32_t j)
{
	if (j >= c->toks->n || !(tflags(c, j) & NKG_TOK_NUMBER))
		return false;
	struct nkg_str s = tk(c, j);
	size_t a = 0;
	while (a < s.len && s.ptr[a] >= '0' && s.ptr[a] <= '9')
		a++;
	if (a == 0 || a > 3)
		return false;
	if (a < s.len) {
		size_t b = a + 1;
		while (b < s.len && s.ptr[b] >= '0' && s.ptr[b] <= '9')
			b++;
		return s.ptr[a] == '-' && b == s.len && b - a - 1 >= 1 && b - a - 1 <= 3;
	}
	if (j + 2 >= sent_end(c, j) || !(tflags(c, j + 1) & NKG_TOK_DASH) ||
	    !(tflags(c, j + 2) & NKG_TOK_NUMBER))
		return false;
	struct nkg_str r = tk(c, j + 2);
	size_t k = 0;
	while (k < r.len && r.ptr[k] >= '0' && r.ptr[k] <= '9')
		k++;
	return k == r.len && k >= 1 && k <= 3;
}

/* Whether i's sentence is about sports (a score, a sports word, a sports
 * team) and not about an election, a war or a court (contest_words). */
static bool sports_sentence_scan(const struct ectx *c, uint32_t i)
{
	uint32_t first = sent_first(c, i), end = sent_end(c, i);
	bool sports = false;
	for (uint32_t j = first; j < end; j++) {
		if (is_any(c, j, contest_words))
			return false;
		if (!sports &&
		    (score_at(c, j) || is_any(c, j, sports_words) ||
		     (c->cover[j] != NKG_NONE && is_team(c, c->ments[c->cover[j]].entity))))
			sports = true;
	}
	return sports;
}

/* sports_sentence_scan, asked once per sentence: a sentence of thousands
 * of "beat"/"win"/"game" candidates would scan itself for each. */
static bool sports_sentence(struct ectx *c, uint32_t i)
{
	uint32_t sn = c->toks->toks[i].sentence;
	if (c->sports_sent != sn + 1) {
		c->sports_has = sports_sentence_scan(c, i);
		c->sports_sent = sn + 1;
	}
	return c->sports_has;
}

/* Whether the mention at token j (if any) starting there is a person. */
static bool person_at(const struct ectx *c, uint32_t j)
{
	uint32_t m = j < c->toks->n ? c->cover[j] : NKG_NONE;
	return m != NKG_NONE && c->ments[m].b == j && is_person(c, m);
}

/* Whether the noun at i ("fire", "blaze", "arson") names a fire: a noun
 * after a determiner, a possessive, a modifier after a determiner ("a
 * suspicious fire"), "by"/"in"/"from"/"after", "set"/"caught", or first in
 * its sentence; followed by what ends a noun phrase (punctuation, a
 * preposition, a clause word, a verb: "the fire that destroyed", "a fire
 * broke out", "a fire Friday") and never a noun it modifies ("fire
 * department", "fire crews").  Not gunfire: "opened fire", "under fire",
 * "returned fire", "cease fire", "line of fire". */
static bool fire_sense(const struct ectx *c, uint32_t i)
{
	static const char *const not_before[] = {"open",       "opened",      "opening",
	                                         "opens",      "cease",       "under",
	                                         "return",     "returned",    "returns",
	                                         "returning",  "hold",        "held",
	                                         "holding",    "friendly",    "gun",
	                                         "sniper",     "artillery",   "mortar",
	                                         "rocket",     "tank",        "automatic",
	                                         "live",       "hostile",     "exchange",
	                                         "exchanged",  "trading",     "traded",
	                                         "covering",   "suppressing", "draw",
	                                         "drew",       "drawing",     "rapid",
	                                         "of",         "heavy",       "machine-gun",
	                                         "machinegun", "on",          "anti-aircraft",
	                                         "small-arms", "enemy",       "with",
	                                         NULL};
	static const char *const before_ok[] = {"by",    "in",      "from",     "after",
	                                        "set",   "sets",    "setting",  "caught",
	                                        "catch", "catches", "catching", NULL};
	static const char *const burn_verbs[] = {
	        "broke",      "breaks",   "swept",  "sweeps",  "tore",      "tears",
	        "spread",     "spreads",  "ripped", "rips",    "began",     "begins",
	        "gutted",     "guts",     "raged",  "rages",   "destroyed", "destroys",
	        "erupted",    "erupts",   "burned", "burns",   "burnt",     "engulfed",
	        "engulfs",    "started",  "starts", "caused",  "causes",    "left",
	        "leaves",     "killed",   "kills",  "forced",  "forces",    "consumed",
	        "consumes",   "razed",    "razes",  "damaged", "damages",   "devastated",
	        "devastates", "occurred", "occurs", "struck",  "strikes",   "claimed",
	        "claims",     "is",       "was",    "were",    "are",       "has",
	        "had",        "have",     "fire",   "attack",  NULL};
	uint32_t p = prev_tok(c, i);
	uint32_t n = i + 1, end = sent_end(c, i);
	/* "set on fire", "caught on fire", but not "on fire" alone */
	bool set_on = p != NKG_NONE && is_w(c, p, "on") && prev_is(c, p, before_ok);
	if (p != NKG_NONE && is_any(c, p, not_before) && !set_on)
		return false;
	bool before = p == NKG_NONE || is_any(c, p, determiners) || is_any(c, p, before_ok) ||
	              (tflags(c, p) & NKG_TOK_POSSESSIVE) || set_on;
	if (!before && p != NKG_NONE && is_lower_word(c, p) && !is_any(c, p, preps)) {
		/* "a suspicious fire", "an overnight fire", "an arson fire" */
		uint32_t d = p;
		for (int k = 0; k < 3 && d != NKG_NONE && !before; k++) {
			d = prev_tok(c, d);
			before = d != NKG_NONE && is_any(c, d, determiners);
			if (d != NKG_NONE && !before && !is_lower_word(c, d) &&
			    !(tflags(c, d) & NKG_TOK_DASH))
				break;
		}
	}
	if (!before)
		return false;
	if (n >= end || (is_punct(c, n) && !(tflags(c, n) & NKG_TOK_DASH)))
		return true;
	/* "a suspicious fire virtually destroyed the church": an adverb in -ly
	 * before the verb */
	if (n + 1 < end && is_lower_word(c, n) && tk(c, n).len > 3 &&
	    memcmp(tk(c, n).ptr + tk(c, n).len - 2, "ly", 2) == 0 &&
	    (is_any(c, n + 1, burn_verbs) || regular_past(c, n + 1)))
		return true;
	return is_any(c, n, preps) || is_any(c, n, clause_words) || is_any(c, n, relative_words) ||
	       is_any(c, n, burn_verbs) || regular_past(c, n) || time_starts(c, n) ||
	       is_w(c, n, "and");
}

/* Whether the verb at i ("fired", "sacked", "dismissed") dismisses a
 * person from a post: active with a person as its object, over up to three
 * role words ("fired head coach Maurice Cheeks"); or passive ("Cheeks was
 * fired", "O'Brien, fired on June 8,") with a person as its subject and
 * not "fired at/on/upon/off/into" (shots).  "dismissed" needs "from" or a
 * role word ("dismissed X as naive" is no dismissal). */
static bool dismissal_sense(const struct ectx *c, uint32_t i, const struct trig *t)
{
	static const char *const role_words[] = {
	        "coach",    "head",      "manager",      "chief",       "executive",
	        "director", "assistant", "general",      "president",   "ceo",
	        "boss",     "the",       "his",          "her",         "their",
	        "its",      "offensive", "defensive",    "coordinator", "editor",
	        "minister", "secretary", "commissioner", "officer",     NULL};
	static const char *const shots[] = {"at",     "on",      "upon", "off", "into", "from",
	                                    "toward", "towards", "back", "up",  NULL};
	bool dismiss = lemma_in(c, i, (const char *const[]){"dismiss", "sack", NULL});
	/* "fired at police", "shots were fired on the crowd"; "fired on June 8" is a date */
	if (is_any(c, i + 1, shots) && !time_starts(c, i + 2))
		return false;
	if (t->passive) {
		/* the person right before the verb, over auxiliaries and an
		 * appositive's comma: not "the bullet that killed X was fired" */
		static const char *const aux[] = {"was",  "were",  "is",  "are",  "been",
		                                  "be",   "being", "has", "have", "had",
		                                  "also", "just",  ",",   NULL};
		uint32_t j = i;
		for (int k = 0; k < 4 && j > sent_first(c, i) && is_any(c, j - 1, aux); k++)
			j--;
		if (j == i || j == sent_first(c, i) || c->cover[j - 1] == NKG_NONE ||
		    c->ments[c->cover[j - 1]].e != j || !is_person(c, c->cover[j - 1]))
			return false;
		/* the person is no object: "the bullet that killed X was fired" */
		uint32_t b = c->ments[c->cover[j - 1]].b;
		if (b > sent_first(c, i) && is_lower_word(c, b - 1) &&
		    (c->trig_at[b - 1] != NKG_NONE || regular_past(c, b - 1) ||
		     is_any(c, b - 1, preps)))
			return false;
		return !dismiss || is_w(c, i + 1, "from") || is_w(c, i + 1, "as");
	}
	uint32_t j = i + 1;
	bool role = false;
	for (int k = 0; k < 3 && j < sent_end(c, i) && is_any(c, j, role_words); k++, j++)
		role = role || !is_any(c, j, determiners);
	if (!person_at(c, j))
		return false;
	if (!dismiss || role)
		return true;
	j = c->ments[c->cover[j]].e;
	return is_w(c, j, "from");
}

/* Whether "hit" or "struck" at i is a vehicle hitting someone: "was hit by
 * a car", "struck by a vehicle", "a drunken driver struck her", "the car
 * that hit her", "hit and run"; not "hit a record", "the storm hit". */
static const char *const vehicles[] = {
        "car",   "cars",   "vehicle",  "truck",   "lorry",      "bus",   "van",  "suv",
        "taxi",  "cab",    "motorist", "driver",  "motorcycle", "train", "tram", "camry",
        "sedan", "pickup", "jeep",     "tractor", "minivan",    NULL};

/* Whether "overturned" or "derailed" at i is a vehicle's accident: its
 * subject, over at most three lower-case words before it, is a vehicle,
 * a boat or a train ("a bus overturned near Nairobi", "the crowded
 * minibus carrying pilgrims overturned"; not "the court overturned the
 * ruling", "derailed the talks"), and it is no passive. */
static bool vehicle_upset(const struct ectx *c, uint32_t i, const struct trig *t)
{
	static const char *const more[] = {"minibus", "coach",  "boat",      "ferry",
	                                   "vessel",  "tanker", "trains",    "wagons",
	                                   "buses",   "trucks", "carriages", NULL};
	uint32_t first = sent_first(c, i), j = i;
	if (t->passive)
		return false;
	for (int k = 0; k < 4 && j > first; k++) {
		j--;
		if ((is_any(c, j, vehicles) && !is_w(c, j, "driver") && !is_w(c, j, "motorist")) ||
		    is_any(c, j, more))
			return true;
		if (!is_lower_word(c, j) || is_any(c, j, clause_words))
			break;
	}
	return false;
}

/* Whether "hit" at i begins "hit and run", "hit - and - run", "hit & run"
 * or "hit - run": a vehicle's accident.  As a noun (after a determiner: "in a
 * hit and run that killed a woman", "Fatal Queens Hit & Run") only where it
 * modifies no noun ("a hit-and-run crash", "the hit and run driver": the
 * crash is the event, the driver none). */
static bool hit_and_run(const struct ectx *c, uint32_t i, bool noun)
{
	uint32_t end = sent_end(c, i), n = i + 1;
	uint32_t r;
	if (!is_w(c, i, "hit") || n + 1 >= end)
		return false;
	if ((is_w(c, n, "and") || is_w(c, n, "&")) && is_w(c, n + 1, "run"))
		r = n + 1;
	else if ((tflags(c, n) & NKG_TOK_DASH) && is_w(c, n + 1, "run"))
		r = n + 1;
	else if (n + 3 < end && (tflags(c, n) & NKG_TOK_DASH) && is_w(c, n + 1, "and") &&
	         (tflags(c, n + 2) & NKG_TOK_DASH) && is_w(c, n + 3, "run"))
		r = n + 3;
	else
		return false;
	r++;
	return !noun || r >= end || !is_lower_word(c, r) || is_any(c, r, preps) ||
	       is_any(c, r, clause_words) || is_any(c, r, relative_words);
}

static bool vehicle_hit(const struct ectx *c, uint32_t i)
{
	uint32_t first = sent_first(c, i), end = sent_end(c, i), n = i + 1;
	if (hit_and_run(c, i, false))
		return true;
	if (is_w(c, n, "by"))
		for (uint32_t j = n + 1; j < end && j <= n + 6 && !is_punct(c, j); j++)
			if (is_any(c, j, vehicles))
				return true;
	/* "a drunken driver struck her", "the car that hit her" */
	uint32_t j = i;
	if (j > first && is_any(c, j - 1, (const char *const[]){"that", "which", NULL}))
		j--;
	for (int k = 0; k < 3 && j > first; k++) {
		j--;
		if (is_any(c, j, vehicles))
			return true;
		if (is_punct(c, j) || !is_lower_word(c, j))
			break;
	}
	/* "struck her with his car" */
	for (uint32_t k = n; k < end && k <= n + 4 && !is_punct(c, k); k++)
		if (is_w(c, k, "with")) {
			for (uint32_t v = k + 1; v < end && v <= k + 3; v++)
				if (is_any(c, v, vehicles))
					return true;
			break;
		}
	return false;
}

/* Whether a number and a unit of height start at token j ("200ft", "about
 * 150 metres", "2, 000ft", "half a kilometre"); *after receives the token
 * after them. */
static bool height_at(const struct ectx *c, uint32_t j, uint32_t end, uint32_t *after)
{
	static const char *const units[] = {
	        "ft", "feet",  "foot", "metres",    "meters",     "metre",     "meter",
	        "m",  "yards", "km",   "kilometre", "kilometres", "kilometer", NULL};
	static const char *const about[] = {"about", "around", "some", "nearly", "almost", "over",
	                                    "more",  "than",   "up",   "to",     NULL};
	for (int k = 0; k < 3 && j < end && is_any(c, j, about); k++)
		j++;
	if (j + 1 < end && is_w(c, j, "half") && is_w(c, j + 1, "a"))
		j += 2;
	else if (j < end && (tflags(c, j) & NKG_TOK_NUMBER)) {
		struct nkg_str s = tk(c, j);
		size_t d = 0;
		while (d < s.len &&
		       ((s.ptr[d] >= '0' && s.ptr[d] <= '9') || s.ptr[d] == ',' || s.ptr[d] == '.'))
			d++;
		/* "200ft", "60m" */
		for (const char *const *u = units; d < s.len && *u; u++)
			if (s.len - d == strlen(*u) && memcmp(s.ptr + d, *u, s.len - d) == 0) {
				*after = j + 1;
				return true;
			}
		j++;
		/* "2, 000ft" as the text splits it */
		if (j + 1 < end && is_w(c, j, ",") && (tflags(c, j + 1) & NKG_TOK_NUMBER))
			return height_at(c, j + 1, end, after);
	} else {
		return false;
	}
	if (j < end && is_any(c, j, units)) {
		*after = j + 1;
		return true;
	}
	return false;
}

/* Whether "fall", "fell", "plunge" at i is a person's fall from a height,
 * an accident ("fell about 200 feet", "fell to his death", "falling from a
 * ridge", "dies in New Zealand fall", "after a fall from a mountain"), not
 * a market's fall, the fall of a government, the season or "fell ill". */
static bool fall_accident(const struct ectx *c, uint32_t i, bool verb)
{
	static const char *const heights[] = {
	        "ridge",       "mountain", "cliff",  "roof",     "building", "window",
	        "balcony",     "ladder",   "bridge", "horse",    "height",   "tree",
	        "scaffolding", "stairs",   "ledge",  "crane",    "tower",    "slope",
	        "rock",        "glacier",  "gully",  "crevasse", "wall",     NULL};
	static const char *const fatal[] = {"fatal", "deadly", "accidental", NULL};
	uint32_t end = sent_end(c, i), n = i + 1, after;
	uint32_t p = prev_tok(c, i);
	/* "Prices fell from a peak of $100", "Stocks fell off a cliff": a
	 * market's fall, whatever it fell from */
	if (p != NKG_NONE && is_any(c, p, fin_words))
		return false;
	/* "to his death", "to their deaths" */
	if (is_w(c, n, "to") && n + 2 < end && is_any(c, n + 1, determiners) &&
	    (is_w(c, n + 2, "death") || is_w(c, n + 2, "deaths")))
		return true;
	if (is_w(c, n, "from") || is_w(c, n, "off") || is_w(c, n, "down") || is_w(c, n, "over")) {
		for (uint32_t j = n + 1; j < end && j <= n + 4; j++)
			if (is_any(c, j, heights))
				return true;
	}
	if (verb)
		return height_at(c, n, end, &after);
	/* the noun: "a fall from a mountain", "dies in New Zealand fall", "a
	 * fatal fall" */
	if (p != NKG_NONE &&
	    (is_any(c, p, fatal) || (c->cover[p] != NKG_NONE && c->ments[c->cover[p]].e == i &&
	                             c->ments[c->cover[p]].kind == NKG_KIND_PLACE)))
		return true;
	return false;
}

/* Words that make an explosion a bombing, and words that make it an
 * accident (blast_sense). */
static const char *const bomb_words[] = {
        "bomb",     "bombs",     "bomber",     "bombers",    "car-bomb",   "device",
        "devices",  "explosive", "explosives", "ied",        "ieds",       "landmine",
        "grenade",  "grenades",  "suicide",    "terrorist",  "terrorists", "terror",
        "militant", "militants", "insurgent",  "insurgents", NULL};
static const char *const blast_accidents[] = {
        "gas",       "boiler",   "factory",  "plant",      "pipeline",   "tanker",
        "fireworks", "firework", "chemical", "chemicals",  "refinery",   "warehouse",
        "reactor",   "cylinder", "methane",  "leak",       "furnace",    "coal",
        "colliery",  "miners",   "propane",  "fertilizer", "fertiliser", "depot",
        "kitchen",   "oil",      "fuel",     "train",      "truck",      NULL};
/* Crowded places an explosion "ripped through" as an attack's target. */
static const char *const blast_targets[] = {
        "market",  "marketplace", "mosque", "church",  "shrine", "checkpoint", "rally",
        "funeral", "wedding",     "crowd",  "bazaar",  "cafe",   "restaurant", "hotel",
        "embassy", "convoy",      "bus",    "station", "square", "school",     NULL};

/* Whether a word of list lies in [b, e) of the sentence. */
static bool any_in(const struct ectx *c, uint32_t b, uint32_t e, const char *const *list)
{
	for (uint32_t j = b; j < e; j++)
		if (is_any(c, j, list))
			return true;
	return false;
}

/* An explosion (issue 4): "A bomb exploded in Kabul", "a car bomb went
 * off", "a suicide bomber blew himself up", "detonated explosives", "a
 * bomb blast", "an explosion ripped through a market" are bombings (the
 * attack a ", killing N" joins); "a gas explosion", "a blast at a
 * factory", "a boiler exploded" accidents (t->cls changes).  "go" only
 * with "off", "blow" only with "up" within three tokens.  The words
 * that decide are those of the subject (verbs) or of the noun's phrase,
 * up to six tokens before it in its clause and a "at/in/near the X"
 * after it, then the sentence; an explosion none of them explains is no
 * event ("the explosion of anger" is not one either: F_NOT_OF). */
static bool blast_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	const char *lemma = t->w->lemma;
	uint32_t first = sent_first(c, i), end = sent_end(c, i), n = i + 1;
	if (strcmp(lemma, "go") == 0 && !is_w(c, n, "off"))
		return false;
	if (strcmp(lemma, "blow") == 0) {
		bool up = false;
		for (uint32_t j = n; j < end && j <= n + 2 && !up; j++)
			up = is_w(c, j, "up");
		if (!up)
			return false;
	}
	/* the subject or the noun's own phrase */
	uint32_t b = i;
	for (int k = 0; k < 6 && b > first; k++) {
		if (is_punct(c, b - 1) || is_any(c, b - 1, clause_words))
			break;
		b--;
	}
	uint32_t e = i + (t->verb ? 0 : 1);
	if (!t->verb && n < end && (is_w(c, n, "at") || is_w(c, n, "in") || is_w(c, n, "near")))
		for (e = n + 1; e < end && e <= n + 4 && !is_punct(c, e); e++)
			;
	/* "detonated explosives", "blew up a gas pipeline": the object */
	if (t->verb && !t->passive && strcmp(lemma, "explode") != 0 && strcmp(lemma, "go") != 0)
		for (e = n; e < end && e <= n + 5 && !is_punct(c, e); e++)
			;
	if (any_in(c, b, e, bomb_words))
		return true;
	if (any_in(c, b, e, blast_accidents)) {
		t->cls = NKG_EVENT_ACCIDENT;
		return true;
	}
	if (any_in(c, first, end, bomb_words))
		return true;
	if (any_in(c, first, end, blast_accidents)) {
		t->cls = NKG_EVENT_ACCIDENT;
		return true;
	}
	/* "an explosion ripped through a market" */
	return !t->verb && any_in(c, i, end, blast_targets);
}

/* "X won 56 percent of the vote": the verb token ("won", "received",
 * "took", "got", "garnered", "secured") of a share of the vote whose
 * subject is a person, for the noun "vote" at i; NKG_NONE else.  Such a
 * vote is the election a candidate stood in, not a vote taken on a
 * question (a referendum "passed with 56 percent of the vote" is none). */
static uint32_t vote_share_verb(const struct ectx *c, uint32_t i)
{
	static const char *const getting[] = {"won",      "wins",    "received", "receives",
	                                      "took",     "got",     "garnered", "secured",
	                                      "captured", "claimed", NULL};
	uint32_t first = sent_first(c, i), j = i;
	if (j > first && is_w(c, j - 1, "the"))
		j--;
	if (j <= first || !is_w(c, j - 1, "of"))
		return NKG_NONE;
	j--;
	/* "56 percent", "56%", "56 per cent", "nearly 56 percent" */
	if (j > first && is_w(c, j - 1, "cent") && j - 1 > first && is_w(c, j - 2, "per"))
		j -= 2;
	else if (j > first && (is_w(c, j - 1, "percent") || is_w(c, j - 1, "%")))
		j--;
	else
		return NKG_NONE;
	if (j <= first || !(tflags(c, j - 1) & NKG_TOK_NUMBER))
		return NKG_NONE;
	j--;
	for (int k = 0; k < 3 && j > first && !is_any(c, j - 1, getting); k++)
		if (!is_lower_word(c, --j))
			return NKG_NONE; /* "about", "nearly", "more than" */
	if (j <= first || !is_any(c, j - 1, getting))
		return NKG_NONE;
	uint32_t s = subject_of(c, j - 1, NULL);
	if (s == NKG_NONE || nkg_entity_class_kind(c->doc->entities[s].cls) != NKG_KIND_PERSON)
		return NKG_NONE;
	return j - 1;
}

/* "elected" as an election (issue 4), only with its winner named: a
 * passive whose subject is a person ("Barack Obama was elected president",
 * "was democratically elected") or an active verb with a person right after
 * it ("Ghanaians elected John Mahama"), "was elected to parliament"; never
 * "elected to + verb" (a choice: "elected to receive"), "the newly elected president", "elected
 * officials", nor "the current staff was elected in December 2008", whose
 * date would go to the article's election it joins. */
static bool elect_sense(const struct ectx *c, uint32_t i, const struct trig *t)
{
	/* "was elected to parliament", "elected to office": a body */
	static const char *const bodies[] = {"parliament", "office",   "congress", "power",
	                                     "council",    "assembly", "senate",   NULL};
	uint32_t n = i + 1, end = sent_end(c, i);
	if (n + 1 < end && is_w(c, n, "to") && is_lower_word(c, n + 1) &&
	    !is_any(c, n + 1, determiners) && !is_any(c, n + 1, bodies))
		return false;
	uint32_t who = NKG_NONE;
	if (t->passive)
		who = subject_of(c, i, NULL);
	else if (n < end && c->cover[n] != NKG_NONE && c->ments[c->cover[n]].b == n)
		who = c->ments[c->cover[n]].entity;
	return who != NKG_NONE &&
	       nkg_entity_class_kind(c->doc->entities[who].cls) == NKG_KIND_PERSON;
}

/* "clash" as a violent confrontation (issue 4): a word of force (police,
 * troops, protesters, riot, violence, tear gas, casualties...: force_words)
 * in its sentence or the two before ("clashes between police and
 * protesters", "Eight days of clashes have caused ..." after a sentence on
 * riots); never "a clash of cultures", a sports fixture (sports_sentence,
 * or a league, cup, stadium... word: "Saturday's league clash with
 * Chelsea"), a scheduling or personality clash, nor
 * in a sentence about words ("clashed in a televised debate", "clashed
 * over the budget at the meeting"). */
static bool clash_sense(struct ectx *c, uint32_t i)
{
	static const char *const force_words[] = {
	        "police",     "policemen",  "cops",          "officers",      "riot",
	        "riots",      "rioters",    "rioting",       "protesters",    "protestors",
	        "protest",    "protests",   "demonstrators", "demonstration", "demonstrations",
	        "troops",     "soldiers",   "security",      "army",          "militants",
	        "rebels",     "insurgents", "fighters",      "gunmen",        "militia",
	        "militiamen", "youths",     "anarchists",    "mob",           "armed",
	        "violent",    "violence",   "deadly",        "bloody",        "tear",
	        "killed",     "injured",    "wounded",       "dead",          "petrol",
	        "molotov",    "stones",     "rubber",        "barricades",    "gunfire",
	        NULL};
	static const char *const word_contests[] = {
	        "debate",   "debates",     "debated",    "televised", "interview", "verbal",
	        "spat",     "argument",    "hearing",    "committee", "tweets",    "words",
	        "cultures", "personality", "scheduling", "schedule",  "styles",    NULL};
	static const char *const fixtures[] = {
	        "fixture",    "derby",      "stadium",       "league", "cup",
	        "season",     "semi-final", "quarter-final", "final",  "championship",
	        "tournament", "kickoff",    "kick-off",      NULL};
	uint32_t first = sent_first(c, i), end = sent_end(c, i);
	if (is_w(c, i + 1, "of"))
		return false;
	uint32_t p = prev_tok(c, i);
	if (p != NKG_NONE &&
	    is_any(c, p,
	           (const char *const[]){"personality", "scheduling", "culture", "cultural",
	                                 "policy", "ideological", NULL}))
		return false;
	if (sports_sentence(c, i) || any_in(c, first, end, word_contests) ||
	    any_in(c, first, end, fixtures))
		return false;
	uint32_t sent = c->toks->toks[i].sentence;
	uint32_t from = sent >= 2 ? c->toks->sents[sent - 2].first : 0;
	return any_in(c, from, end, force_words);
}

static bool ends_in_ing(struct nkg_str w);

/* Whether a match's score lies within six tokens of token i, in its
 * sentence. */
static bool score_near(const struct ectx *c, uint32_t i)
{
	uint32_t first = sent_first(c, i), end = sent_end(c, i);
	for (uint32_t j = i > first + 6 ? i - 6 : first; j < end && j <= i + 6; j++)
		if (score_at(c, j))
			return true;
	return false;
}

/* Whether the noun "game" or "match" at i names one match: never "yards
 * per game", "the passing game", "its new game", "will match", "40 games"
 * (unless against a side: "the final two games against Detroit"); on
 * evidence of its own (a score within six tokens, a possessive before it,
 * "Sunday's game", "the Colts' game", an ordinal or a kind of match before
 * it, "the second game", "the title match", or "against", "vs." after it),
 * or after "the", "this", "that" in a sentence about sports ("the best
 * game they have played this season").  The word itself is no sign of
 * sports (sports_words leaves it out). */
static bool match_evidence(struct ectx *c, uint32_t i)
{
	static const char *const kinds[] = {
	        "first",      "second",       "third",        "fourth",     "fifth",
	        "sixth",      "seventh",      "final",        "opening",    "playoff",
	        "title",      "home",         "road",         "league",     "cup",
	        "semifinal",  "quarterfinal", "championship", "exhibition", "preseason",
	        "qualifying", "group",        "derby",        "rivalry",    "decisive",
	        "deciding",   "last",         "next",         "upcoming",   "weekend",
	        NULL};
	static const char *const versus[] = {"against", "vs", "vs.", "versus", NULL};
	static const char *const never[] = {"per",   "new", "will",  "would", "to",    "can",
	                                    "could", "may", "might", "video", "board", NULL};
	uint32_t p = prev_tok(c, i);
	bool against = is_any(c, i + 1, versus);
	if (p != NKG_NONE && (is_any(c, p, never) || ends_in_ing(tk(c, p))))
		return false;
	if (p != NKG_NONE && ((tflags(c, p) & NKG_TOK_NUMBER) || is_any(c, p, num_words)) &&
	    !against)
		return false; /* "won 40 games", "lost two games" */
	if (score_near(c, i) || against ||
	    (p != NKG_NONE && ((tflags(c, p) & NKG_TOK_POSSESSIVE) || is_any(c, p, kinds))))
		return true;
	return p != NKG_NONE && is_any(c, p, (const char *const[]){"the", "this", "that", NULL}) &&
	       sports_sentence(c, i);
}

/* Whether "name" at i appoints: "Nestle named Laurent Freixe (as) chief
 * executive", "X was named the new coach", "names X as CEO": a person
 * named, then "as", a determiner or adjectives, then a role or title
 * word.  Not "named after", "a man named John Smith", "was named in the
 * lawsuit", "was named coach of the year". */
static bool name_appoints(const struct ectx *c, uint32_t i)
{
	static const char *const skip[] = {"as",     "the",       "its", "his", "her",
	                                   "their",  "a",         "an",  "new", "interim",
	                                   "acting", "permanent", NULL};
	static const char *const roles[] = {"chief",  "coach",     "manager",   "captain", "chair",
	                                    "editor", "successor", "executive", "ceo",     NULL};
	uint32_t p = prev_tok(c, i), j = i + 1, end = sent_end(c, i);
	bool passive = p != NKG_NONE && is_any(c, p, be_forms);
	if (!passive) {
		uint32_t m = j < end ? c->cover[j] : NKG_NONE;
		if (m == NKG_NONE || c->ments[m].b != j || c->ments[m].kind != NKG_KIND_PERSON)
			return false;
		j = c->ments[m].e;
	}
	for (int k = 0; k < 4 && j < end && is_any(c, j, skip); k++)
		j++;
	if (j >= end || c->quoted[j])
		return false;
	/* "was named chief suspect": no post */
	if (j + 1 < end &&
	    is_any(c, j + 1, (const char *const[]){"suspect", "suspects", "witness", NULL}))
		return false;
	/* "was named coach of the year": an award */
	if (j + 3 < end && is_w(c, j + 1, "of") && is_w(c, j + 2, "the") &&
	    is_any(c, j + 3, (const char *const[]){"year", "week", "month", "season", NULL}))
		return false;
	return (nkg_lex_word(tk(c, j)) & (NKG_LEX_TITLE | NKG_LEX_ROLE_NOUN)) ||
	       is_any(c, j, roles);
}

/* Sense checks of the news classes (F_NEWS).  May change t->cls ("fired"
 * as a verb is a dismissal, as a noun a fire).  i: the trigger word. */
static bool injury_sense(const struct ectx *c, uint32_t i, struct trig *t);

static const char *const care_words[] = {"rehab",    "rehabilitation", "treatment",  "clinic",
                                         "hospital", "detox",          "sanatorium", NULL};

/* Whether a care word (care_words) lies in [b, e). */
static bool care_in(const struct ectx *c, uint32_t b, uint32_t e)
{
	for (uint32_t j = b; j < e; j++)
		if (is_any(c, j, care_words))
			return true;
	return false;
}

/* Whether "vigil", "funeral" or "memorial" at i is a gathering to mourn or
 * honour the dead (NKG_EVENT_COMMEMORATION): a noun, not one that
 * modifies another ("funeral home", "funeral director", "funeral
 * arrangements", "vigil site"), not "kept vigil" at a bedside; "memorial"
 * only before "service(s)", the span widened over it ("a memorial
 * service"; "a memorial" alone is as often a monument). */
static bool commemoration_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	static const char *const not_heads[] = {"home",     "homes",        "director", "directors",
	                                        "parlor",   "parlour",      "parlors",  "parlours",
	                                        "industry", "costs",        "expenses", "insurance",
	                                        "business", "arrangements", "site",     "plans",
	                                        "fund",     "fees",         NULL};
	static const char *const keeps[] = {"keep", "keeps", "kept", "keeping", NULL};
	uint32_t p = prev_tok(c, i), n = i + 1, end = sent_end(c, i);
	if (t->verb)
		return false;
	if (strcmp(t->w->lemma, "memorial") == 0) {
		if (n >= end || !(is_w(c, n, "service") || is_w(c, n, "services")))
			return false;
		t->e = n + 1;
		return true;
	}
	if (n < end && is_any(c, n, not_heads))
		return false;
	return !(p != NKG_NONE && is_any(c, p, keeps));
}

/* Whether "take", "swear" or "jail" at i takes office or sentences (the
 * span widened to the verb's particle): "took office", "takes office"
 * (appointment; the one who takes it is the patient); "sworn in", "was
 * sworn in as mayor", "swore in the new cabinet" (appointment), not "sworn
 * in court" nor "swore in a letter"; "jailed for six years", "was jailed for life" (a verdict: a
 * sentence of prison), not "jailed without trial" nor "jailed for
 * contempt" (no term), nor "jailed in 2009, six years after": "for" and
 * the term within six words after it, in its clause. */
static bool office_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	static const char *const terms[] = {"year",  "years", "month", "months", "week",
	                                    "weeks", "day",   "days",  "life",   NULL};
	const char *lemma = t->w->lemma;
	uint32_t n = i + 1, end = sent_end(c, i);
	if (n >= end)
		return false;
	if (strcmp(lemma, "take") == 0) {
		if (!is_w(c, n, "office"))
			return false;
		t->e = n + 1;
		return true;
	}
	if (strcmp(lemma, "swear") == 0) {
		if (!is_w(c, n, "in") ||
		    is_any(c, n + 1, (const char *const[]){"court", "a", NULL}))
			return false;
		t->e = n + 1;
		return true;
	}
	bool term_for = false;
	for (uint32_t j = n; j < end && j <= n + 6; j++) {
		if (is_w(c, j, "for"))
			term_for = true;
		else if (term_for && is_any(c, j, terms))
			return true;
		if (is_punct(c, j) && !(tflags(c, j) & NKG_TOK_DASH))
			break;
	}
	return false;
}

/* Whether "check", "enter" or "hospitalized" at i tells of a person
 * admitted to care (NKG_EVENT_ADMISSION), the span widened to the verb's
 * particle: "checked into", "checks in", "checked herself into" with a
 * care word in the sentence after it (within SENSE_WINDOW), never into a
 * hotel, motel or room; "entered" with a care word within four tokens
 * ("entered rehab", "entered the Promises Treatment Center");
 * "hospitalized" always.  Not the noun "rehab": the stay, which news marks
 * as an event no more often than not. */
static bool admission_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	static const char *const selves[] = {"herself", "himself", "themselves", NULL};
	static const char *const lodgings[] = {"hotel", "motel", "room", "hostel", "inn", NULL};
	const char *lemma = t->w->lemma;
	uint32_t n = i + 1, end = sent_end(c, i);
	uint32_t far = end > i + SENSE_WINDOW ? i + SENSE_WINDOW : end;
	if (strcmp(lemma, "hospitalize") == 0 || strcmp(lemma, "hospitalise") == 0)
		return true;
	if (strcmp(lemma, "enter") == 0) {
		uint32_t e = n + 4 < end ? n + 4 : end;
		return t->form == NKG_FORM_ED && care_in(c, n, e);
	}
	/* "check": its particle */
	uint32_t k = n;
	if (k < end && is_any(c, k, selves))
		k++;
	if (k < end && (tflags(c, k) & NKG_TOK_DASH) && is_w(c, k + 1, "in"))
		k++; /* "checked - in" */
	if (k >= end || !(is_w(c, k, "into") || is_w(c, k, "in")))
		return false;
	for (uint32_t j = k + 1; j < k + 4 && j < end; j++)
		if (is_any(c, j, lodgings))
			return false;
	if (!care_in(c, k + 1, far))
		return false;
	t->e = k + 1;
	t->verb = true;
	return true;
}

/* Whether "escape", "escaped", "jailbreak" at i is a prisoner's escape from
 * custody (NKG_EVENT_ESCAPE): a word of custody (prison, jail, custody,
 * inmate, guards, a transfer, a manhunt, a fugitive...) in its sentence or
 * the one before, within SENSE_WINDOW tokens; never "narrowly/barely
 * escaped", "escaped injury/death/unhurt/being ...", "escape the heat", nor
 * the noun before "route", "hatch", "clause", "attempt" ("an escape
 * attempt" may have failed). */
static bool escape_sense(const struct ectx *c, uint32_t i, const struct trig *t)
{
	static const char *const custody[] = {
	        "prison",       "prisons",  "jail",         "jails",      "custody",    "inmate",
	        "inmates",      "prisoner", "prisoners",    "convict",    "convicts",   "fugitive",
	        "fugitives",    "guards",   "penitentiary", "courthouse", "detention",  "lockup",
	        "correctional", "manhunt",  "transported",  "transfer",   "recaptured", "lifer",
	        "jailbreak",    "jailers",  "warden",       "convicted",  NULL};
	static const char *const not_after[] = {"injury",     "injuries",  "death",     "harm",
	                                        "unhurt",     "unscathed", "uninjured", "being",
	                                        "serious",    "the",       "with",      "notice",
	                                        "punishment", "unharmed",  NULL};
	static const char *const noun_uses[] = {
	        "route",    "routes", "hatch", "hatches", "clause", "velocity", "attempt",
	        "attempts", "room",   "key",   "plan",    "plans",  NULL};
	uint32_t p = prev_tok(c, i), n = i + 1, end = sent_end(c, i);
	if (p != NKG_NONE && (is_w(c, p, "narrowly") || is_w(c, p, "barely")))
		return false;
	if (t->verb && n < end && is_any(c, n, not_after) && !is_w(c, n, "the"))
		return false;
	if (t->verb && n < end && is_w(c, n, "the") && n + 1 < end && !is_any(c, n + 1, custody) &&
	    !is_any(c, n + 1, (const char *const[]){"van", "bus", "facility", "unit", NULL}))
		return false; /* "escape the heat", not "escaped the prison" */
	if (!t->verb && n < end && is_any(c, n, noun_uses))
		return false;
	uint32_t b = sent_first(c, i);
	if (b > 0)
		b = sent_first(c, b - 1);
	if (i > b + SENSE_WINDOW)
		b = i - SENSE_WINDOW;
	if (end > i + SENSE_WINDOW)
		end = i + SENSE_WINDOW;
	for (uint32_t j = b; j < end; j++)
		if (j != i && is_any(c, j, custody))
			return true;
	return false;
}

/* Whether "conference" at i is a gathering (a meeting): "a conference in
 * Wyoming", "its largest developers conference"; not a press or news
 * conference (a statement's channel), a conference call or room, nor a
 * sports league ("their first conference game", a sentence about sports). */
static bool conference_sense(struct ectx *c, uint32_t i)
{
	static const char *const before[] = {"press", "news", "video", "telephone", "phone", NULL};
	static const char *const after[] = {
	        "call",      "calls",     "room",      "rooms",        "center",     "centre",
	        "hall",      "champion",  "champions", "championship", "title",      "game",
	        "games",     "play",      "record",    "rival",        "rivals",     "opponent",
	        "opponents", "standings", "leader",    "leaders",      "tournament", "schedule",
	        "foe",       "foes",      "final",     "finals",       "semifinal",  "realignment",
	        "player",    "players",   "team",      "teams",        "race",       "opener",
	        "table",     "tables",    NULL};
	uint32_t p = prev_tok(c, i);
	if ((p != NKG_NONE && is_any(c, p, before)) || is_any(c, i + 1, after))
		return false;
	return !sports_sentence(c, i);
}

/* Whether token k is a word of aviation: "plane", "airport", "Boeing". */
static bool aviation_word(const struct ectx *c, uint32_t k)
{
	static const char *const aviation[] = {
	        "plane",  "planes",     "aircraft",   "airliner", "airliners", "jet",
	        "jets",   "jetliner",   "airline",    "airlines", "airport",   "airports",
	        "pilot",  "pilots",     "cockpit",    "takeoff",  "take-off",  "runway",
	        "landed", "landing",    "airbus",     "boeing",   "a380",      "a350",
	        "a400m",  "superjumbo", "helicopter", "airways",  "flew",      NULL};
	return (tflags(c, k) & NKG_TOK_WORD) && is_any(c, k, aviation);
}

/* Whether "flight" at i is an aircraft's flight: a kind of flight before
 * it ("maiden", "test", "return", "passenger"...), an airline named right
 * before it ("a Qantas flight"), a flight number after it, or a word of
 * aviation in its clause (not over a clause word, "as" or a semicolon) or in
 * the sentence before;
 * "flight of" only of a kind of flight or before an aircraft ("the maiden
 * flight of the A380", "the first flight of the Boeing 787"; not "a flight
 * of stairs"); never a flight attendant, crew, recorder, path..., "top
 * flight", "took flight", "in flight", a flight to safety or quality, from
 * justice, nor a person's flight ("the suspect's flight") that no kind,
 * airline or number makes an aircraft's. */
static bool flight_sense(struct ectx *c, uint32_t i)
{
	static const char *const kinds[] = {
	        "maiden",     "test",    "return",     "passenger", "commercial",
	        "cargo",      "charter", "connecting", "domestic",  "international",
	        "scheduled",  "nonstop", "non-stop",   "inaugural", "transatlantic",
	        "evacuation", "rescue",  "doomed",     "ill-fated", NULL};
	static const char *const not_after[] = {
	        "attendant", "attendants", "crew",       "crews",    "deck",       "recorder",
	        "recorders", "data",       "path",       "paths",    "plan",       "plans",
	        "simulator", "school",     "instructor", "suit",     "controller", "controllers",
	        "risk",      "engineer",   "jacket",     "control",  "line",       "lines",
	        "time",      "times",      "hours",      "status",   "tracking",   "information",
	        "bag",       "schedule",   "schedules",  "training", "number",     "numbers",
	        NULL};
	static const char *const not_before[] = {"top", "took", "take",   "taking",      "takes",
	                                         "in",  "mid",  "second", "first-class", NULL};
	uint32_t p = prev_tok(c, i), first = sent_first(c, i), end = sent_end(c, i);
	/* "grounded flights", "take connecting flights": many, none told */
	if (is_w(c, i, "flights") || is_any(c, i + 1, not_after) ||
	    (p != NKG_NONE && is_any(c, p, not_before)))
		return false;
	/* "a flight to safety", "flight from justice" */
	if (i + 2 < end && ((is_w(c, i + 1, "to") &&
	                     is_any(c, i + 2, (const char *const[]){"safety", "quality", NULL})) ||
	                    (is_w(c, i + 1, "from") && is_w(c, i + 2, "justice"))))
		return false;
	/* "First flight is scheduled in early March"; "the first flight of"
	 * only of an aircraft (below) */
	bool kind = p != NKG_NONE &&
	            (is_any(c, p, kinds) || (is_w(c, p, "first") && !is_w(c, i + 1, "of")));
	/* "a flight of stairs", "of fancy", "of capital"; not "the maiden
	 * flight of the A380", "the first flight of the Boeing 787" */
	if (is_w(c, i + 1, "of") && !kind) {
		bool aircraft = false;
		for (uint32_t k = i + 2; k < end && k < i + 6 && !aircraft; k++)
			aircraft = aviation_word(c, k) ||
			           ((tflags(c, k) & NKG_TOK_CAPITALIZED) &&
			            (tflags(c, k + 1 < end ? k + 1 : k) & NKG_TOK_NUMBER));
		return aircraft;
	}
	if (kind)
		return true;
	/* "a Qantas flight", "the Air France flight" */
	if (p != NKG_NONE && c->cover[p] != NKG_NONE &&
	    c->ments[c->cover[p]].kind == NKG_KIND_ORGANIZATION)
		return true;
	if (i + 1 < end && (tflags(c, i + 1) & NKG_TOK_NUMBER))
		return true; /* "flight 447" */
	/* "the suspect's flight", "the family's flight": fleeing */
	if (p != NKG_NONE && (tflags(c, p) & NKG_TOK_POSSESSIVE))
		return false;
	/* a word of aviation in its clause or in the sentence before ("...
	 * ordered her off the plane.  The flight arrived in Seoul") */
	uint32_t from = i;
	while (from > first && !is_any(c, from - 1, clause_words) && !is_w(c, from - 1, "as") &&
	       !is_w(c, from - 1, ";"))
		from--;
	for (uint32_t k = from; k < end; k++) {
		if (k > i && (is_any(c, k, clause_words) || is_w(c, k, "as") || is_w(c, k, ";")))
			break;
		if (aviation_word(c, k))
			return true;
	}
	for (uint32_t k = first > 0 ? sent_first(c, first - 1) : first; k < first; k++)
		if (aviation_word(c, k))
			return true;
	return false;
}

/* Whether the verb "place" at i puts a player on injured reserve: "on"
 * within eight tokens after it, then, over "the" and "season-ending", "IR",
 * "injured reserve", "the injured list", "the disabled list" ("placed
 * running back Reggie Bush on injured reserve", "Thomas was placed on
 * IR"); not "placed a bet on", "placed on leave". */
static bool injured_reserve_sense(const struct ectx *c, uint32_t i)
{
	uint32_t end = sent_end(c, i);
	for (uint32_t k = i + 1; k < end && k <= i + 8; k++) {
		if (is_punct(c, k) && !(tflags(c, k) & NKG_TOK_DASH))
			return false;
		if (!is_w(c, k, "on") && !is_w(c, k, "On"))
			continue;
		uint32_t j = k + 1;
		while (j < end && j < k + 5 &&
		       (is_w(c, j, "the") || is_w(c, j, "The") || is_w(c, j, "season") ||
		        is_w(c, j, "-") || is_w(c, j, "ending") || is_w(c, j, "season-ending") ||
		        is_w(c, j, "Season-Ending") || is_w(c, j, "day") ||
		        (tflags(c, j) & NKG_TOK_NUMBER))) /* "the 10-day injured list" */
			j++;
		if (j >= end)
			return false;
		if (is_w(c, j, "IR"))
			return true;
		if (j + 1 < end &&
		    (is_w(c, j, "injured") || is_w(c, j, "Injured") || is_w(c, j, "disabled") ||
		     is_w(c, j, "Disabled")) &&
		    (is_w(c, j + 1, "reserve") || is_w(c, j + 1, "Reserve") ||
		     is_w(c, j + 1, "list") || is_w(c, j + 1, "List")))
			return true;
		return false;
	}
	return false;
}

/* Whether token i is "DUI" or "DWI" written in capitals, as news writes
 * these offences: an acronym in capitals inside a sentence is otherwise
 * skipped as a name. */
static bool offence_acronym(const struct ectx *c, uint32_t i)
{
	struct nkg_str w = tk(c, i);
	return (tflags(c, i) & NKG_TOK_ALL_CAPS) && w.len == 3 &&
	       (memcmp(w.ptr, "DUI", 3) == 0 || memcmp(w.ptr, "DWI", 3) == 0);
}

/* Words after which a driving offence is one a person was stopped,
 * arrested, charged or convicted for, not drunk driving in general
 * ("the dangers of drunk driving"): "of" after these ... */
static const char *const offence_of[] = {
        "suspicion", "suspicions", "suspected", "convicted", "accused", "guilty",  "conviction",
        "count",     "counts",     "charge",    "charges",   "charged", "arrest",  "arrests",
        "arrested",  "cited",      "booked",    "jailed",    "sentenced", "sentence",
        "fined",     NULL};
/* ... and nouns it may modify: "DUI charges", "his DUI arrest", "on DUI
 * suspicion". */
static const char *const offence_heads[] = {
        "charge",  "charges",    "arrest",      "arrests",     "conviction", "convictions",
        "case",    "cases",      "suspicion",   "offence",     "offense",    "offences",
        "offenses", "citation", "incident",    "count",       "counts",     NULL};

/* Whether the driving offence word at i stands where a person's offence
 * is told (offence_context): right after "suspicion" ("suspicion DUI"),
 * after "of" that follows a word of offence_of ("arrested on suspicion of
 * drunken driving", "convicted of DUI"), after "for" or "with" that
 * follows a past participle or "over" ("arrested for DUI", "charged with
 * DWI", "pulled over for speeding"), after "guilty/contest to" ("pleaded
 * no contest to DUI"), or before a noun of offence_heads ("faces DUI
 * charges"); b is the first token of the phrase, e its end. */
/* The word an offence's "for" or "with" hangs from, back from pp over a
 * time and a place between ("arrested early Sunday in San Diego for"), as
 * offence_participants walks; NKG_NONE past the sentence's start first. */
static uint32_t offence_verb(const struct ectx *c, uint32_t pp, uint32_t first)
{
	for (int k = 0; k < 12 && pp != NKG_NONE && pp >= first; k++) {
		if (in_time(c, pp) || is_any(c, pp, loc_preps) || is_w(c, pp, "on"))
			pp = prev_tok(c, pp);
		else if (c->cover[pp] != NKG_NONE &&
		         c->ments[c->cover[pp]].kind == NKG_KIND_PLACE)
			pp = prev_tok(c, c->ments[c->cover[pp]].b);
		else
			return pp;
	}
	return NKG_NONE;
}

/* Whether the legal step at v is denied: a negation right before it or
 * before its "was/been" ("was not charged", "has never been convicted",
 * "wasn't charged"); session 12 review, E3. */
static bool step_negated(const struct ectx *c, uint32_t v)
{
	uint32_t q = prev_tok(c, v);
	for (int k = 0; k < 3 && q != NKG_NONE; k++, q = prev_tok(c, q)) {
		if (is_any(c, q, negations))
			return true;
		if (!is_any(c, q, be_forms) && !is_w(c, q, "has") && !is_w(c, q, "have"))
			return false;
	}
	return false;
}

/* The trigger whose phrase ends at token e, its head among the
 * OFFENCE_JOIN tokens before e in e's sentence, the nearest first: the
 * offence a second one is joined to by the "and" or "or" at e ("for
 * speeding [and] drunk driving"), which offence_context and
 * offence_participants both look for; NKG_NONE when there is none. */
#define OFFENCE_JOIN 5
static uint32_t trig_ending_at(const struct ectx *c, uint32_t e)
{
	uint32_t first = sent_first(c, e);
	for (uint32_t k = e; k-- > first && k + OFFENCE_JOIN >= e;)
		if (c->trig_at[k] != NKG_NONE && c->trigs[c->trig_at[k]].e == e)
			return c->trig_at[k];
	return NKG_NONE;
}

static bool offence_context(const struct ectx *c, uint32_t b, uint32_t e)
{
	uint32_t p = prev_tok(c, b);
	if (e < c->toks->n && is_any(c, e, offence_heads))
		return true;
	if (p == NKG_NONE)
		return false;
	if (is_w(c, p, "suspicion") || is_w(c, p, "suspicions"))
		return true;
	uint32_t pp = prev_tok(c, p);
	if (pp == NKG_NONE)
		return false;
	/* "of misdemeanor drunk driving", "for suspicion DUI" */
	if (is_any(c, p, (const char *const[]){"misdemeanor", "misdemeanour", "felony", "alleged",
	                                       NULL}))
		return offence_context(c, p, e);
	/* session 12 review, E5: "arrested in Dallas for drunk driving", "charged on
	 * Monday in Ohio with DWI": back over a time or a place to the verb */
	if (is_w(c, p, "for") || is_w(c, p, "with"))
		pp = offence_verb(c, pp, sent_first(c, b));
	if (pp == NKG_NONE)
		return false;
	/* session 12 review, E3: "was not charged with drunk driving" tells of no
	 * offence */
	if (step_negated(c, pp))
		return false;
	if (is_w(c, p, "of"))
		return is_any(c, pp, offence_of);
	if (is_w(c, p, "for") || is_w(c, p, "with"))
		return is_any(c, pp, offence_of) || is_w(c, pp, "over") ||
		       (is_lower_word(c, pp) && regular_past(c, pp));
	/* session 12 review, E5: "with driving while intoxicated and speeding": a second
	 * offence joined to one of the same context */
	if (is_w(c, p, "and") || is_w(c, p, "or")) {
		uint32_t o = trig_ending_at(c, p);
		return o != NKG_NONE && c->trigs[o].cls == NKG_EVENT_DRIVING_OFFENCE;
	}
	if (is_w(c, p, "to"))
		return is_w(c, pp, "guilty") || is_w(c, pp, "contest");
	return false;
}

/* "misdemeanor drunken - driving charges": the offence's grade before it
 * is part of its span. */
static void offence_grade(const struct ectx *c, struct trig *t)
{
	uint32_t p = prev_tok(c, t->b);
	if (p != NKG_NONE &&
	    is_any(c, p, (const char *const[]){"misdemeanor", "misdemeanour", "felony", NULL}))
		t->b = p;
}

/* Whether the word at i names a driving offence (NKG_EVENT_DRIVING_OFFENCE)
 * that a person committed, widening t's span over its phrase: "DUI" or
 * "DWI" (not before checkpoint, lawyer, court, law, class...); "driving"
 * after "drunk", "drunken" or "drink" ("drink - driving", its modifier
 * the span's start), or before "under the influence" or "while
 * intoxicated/impaired/drunk" (the span to that word); "speeding".  Each
 * only in a person's offence context (offence_context); "speeding" also as
 * a verb after "was/were" in a sentence about police ("after he was
 * speeding down state Route 94, the California Highway Patrol said"). */
static bool offence_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	static const char *const not_offence[] = {
	        "checkpoint", "checkpoints", "lawyer",   "lawyers",  "attorney", "attorneys",
	        "court",      "courts",      "law",      "laws",     "class",    "classes",
	        "program",    "programs",    "school",   "unit",     "task",     "crackdown",
	        "campaign",   "campaigns",   "patrol",   "patrols",  "deaths",   "rate",
	        "rates",      "statistics",  "prevention", "awareness", "ticket", "tickets",
	        "camera",     "cameras",     "limit",    "limits",   NULL};
	static const char *const drunk[] = {"drunk", "drunken", "drink", NULL};
	static const char *const intoxicated[] = {"intoxicated", "impaired", "drunk", NULL};
	static const char *const police[] = {
	        "police",   "patrol",   "officer",  "officers", "trooper", "troopers", "deputy",
	        "deputies", "arrested", "arrest",   "pulled",   "stopped", "cited",    "chase",
	        NULL};
	const char *lemma = t->w->lemma;
	uint32_t p = prev_tok(c, i), n = i + 1, end = sent_end(c, i);
	if (n < end && is_any(c, n, not_offence))
		return false;
	/* "a first-time DUI conviction carries a fine", "a first DUI arrest
	 * leads to a referral": what the law says of any offender */
	if (p != NKG_NONE && (is_w(c, p, "first-time") ||
	                      (is_any(c, p, (const char *const[]){"first", "second", NULL}) &&
	                       prev_is(c, p, (const char *const[]){"a", "an", "any", NULL}))))
		return false;
	if (strcmp(lemma, "dui") == 0 || strcmp(lemma, "dwi") == 0 || strchr(lemma, '-')) {
		if (!offence_context(c, i, n))
			return false;
		offence_grade(c, t);
		return true;
	}
	if (strcmp(lemma, "driving") == 0) {
		uint32_t b = i, e = n;
		if (p != NKG_NONE && (tflags(c, p) & NKG_TOK_DASH) && p > 0 && is_any(c, p - 1, drunk))
			b = p - 1; /* "drink - driving" */
		else if (p != NKG_NONE && is_any(c, p, drunk))
			b = p;
		else if (n + 2 < end && is_w(c, n, "under") && is_w(c, n + 1, "the") &&
		         is_w(c, n + 2, "influence"))
			e = n + 3;
		else if (n + 1 < end && is_w(c, n, "while") && is_any(c, n + 1, intoxicated))
			e = n + 2;
		else
			return false;
		if (!offence_context(c, b, e))
			return false;
		t->b = b;
		t->e = e;
		offence_grade(c, t);
		return true;
	}
	/* "speeding" */
	if (offence_context(c, i, n))
		return true;
	if (p == NKG_NONE || !(is_w(c, p, "was") || is_w(c, p, "were")))
		return false;
	uint32_t b = sent_first(c, i);
	b = i > b + SENSE_WINDOW ? i - SENSE_WINDOW : b;
	end = end > i + SENSE_WINDOW ? i + SENSE_WINDOW : end;
	for (uint32_t k = b; k < end; k++)
		if (is_any(c, k, police)) {
			t->verb = true;
			return true;
		}
	return false;
}

/* Who a count of victims counts: "228 people", "five soldiers"; people
 * taken hostage too ("took tourists hostage", kidnap_sense). */
static const char *const victim_nouns[] = {
        "people",       "persons",    "passengers",  "civilians",     "soldiers",  "children",
        "others",       "men",        "women",       "residents",     "crew",      "members",
        "workers",      "officers",   "policemen",   "police",        "troops",    "protesters",
        "students",     "pilgrims",   "worshippers", "villagers",     "militants", "fighters",
        "miners",       "tourists",   "inmates",     "prisoners",     "hostages",  "employees",
        "patients",     "victims",    "pedestrians", "motorists",     "guards",    "relatives",
        "boys",         "girls",      "suspects",    "demonstrators", "activists", "journalists",
        "firefighters", "bystanders", "spectators",  "cyclists",      "drivers",   "climbers",
        "hikers",       "fans",       NULL};

/* Whether the word at i tells of a kidnapping (NKG_EVENT_KIDNAPPING):
 * "kidnap", "abduct" and their nouns, not before ring, gang, plot,
 * attempt, threat, charges... (a plan, a band or a charge of one); and
 * "hostage" after take, hold or seize within six tokens of its clause
 * ("took two transport officers hostage", "were held hostage"), the verb
 * then the trigger's head and the phrase its span, so that the verb's
 * object is the one taken and a passive's subject too; not "a hostage
 * crisis", "hostages were freed". */
/* Words that may follow "hostage" taken as the complement of take/hold
 * ("held hostage overnight", "taken hostage and released") ... */
static const char *const hostage_after[] = {"and",   "or",       "overnight", "briefly",
                                            "again", "together", "temporarily", "for",
                                            NULL};
/* ... and people taken hostage with no number ("took tourists hostage"):
 * a victim noun, "him", "her", "them", or one of these; session 12
 * review, H1. */
static const char *const hostage_taken[] = {
        "us",       "me",       "everyone",  "staff",    "foreigners", "sailors",
        "family",   "families", "nationals", "teachers", "customers",  "dozens",
        "hundreds", "several",  "many",      "some",     NULL};

static bool kidnap_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	static const char *const not_kidnap[] = {
	        "ring",    "rings",   "gang",   "gangs",     "plot",  "plots",  "attempt",
	        "attempts", "threat", "threats", "industry", "insurance", "bid", "scheme",
	        "charge",  "charges", "case",   "cases",     "trial", "count",  "counts",
	        "suspect", "suspects", "law",   "laws",      "victim", "victims",
	        /* session 12 review, H2: "a kidnapping expert", a trade or a measure of them */
	        "expert", "experts", "specialist", "specialists", "negotiator", "negotiators",
	        "consultant", "consultants", "business", "rate", "rates", "statistics",
	        "capital", NULL};
	static const char *const taking[] = {"take", "hold", "seize", NULL};
	uint32_t n = i + 1, end = sent_end(c, i), first = sent_first(c, i);
	/* "to escape kidnappings", "blamed for bombings and kidnappings": a
	 * plural noun tells of kidnappings in general; each is told by its verb */
	if (strcmp(t->w->lemma, "hostage") != 0)
		return !(n < end && is_any(c, n, not_kidnap)) && (t->verb || t->form != NKG_FORM_S);
	if (t->form != NKG_FORM_BASE)
		return false;
	/* session 12 review, H1: "the hostage crisis", "the hostage release", "took the
	 * hostage negotiation course": "hostage" before a noun, or after a
	 * determiner, is a hostage or a noun's modifier, not the complement of
	 * taking someone */
	if (n < end && is_lower_word(c, n) && !is_any(c, n, preps) &&
	    !is_any(c, n, clause_words) && !is_any(c, n, hostage_after) &&
	    !(tk(c, n).len > 3 && memcmp(tk(c, n).ptr + tk(c, n).len - 2, "ly", 2) == 0))
		return false;
	if (i > first && is_any(c, i - 1, determiners))
		return false;
	bool taken = false; /* a person, a pronoun or a count between verb and "hostage" */
	for (uint32_t k = i; k-- > first && k + 7 > i;) {
		if (is_punct(c, k) || is_any(c, k, clause_words))
			return false;
		/* session 12 review, H1: "held in Doha on the hostage release": the object
		 * of taking is a noun phrase, with no preposition in it */
		if (k + 1 < i && is_any(c, k, preps))
			return false;
		if ((tflags(c, k) & NKG_TOK_NUMBER) || is_any(c, k, num_words) ||
		    is_any(c, k, object_pronouns) || is_any(c, k, victim_nouns) ||
		    is_any(c, k, hostage_taken) ||
		    (c->cover[k] != NKG_NONE && is_person(c, c->cover[k])))
			taken = true;
		char lemma[WORD_MAX];
		enum nkg_word_form form;
		if (!is_lower_word(c, k) ||
		    !nkg_lemmatize(tk(c, k), NULL, lemma, sizeof(lemma), &form))
			continue;
		/* "took", "held", "taken": irregular forms */
		const char *base = is_any(c, k, (const char *const[]){"took", "taken", NULL})
		                           ? "take"
		                   : is_w(c, k, "held") ? "hold"
		                                        : lemma;
		bool is_taking = false;
		for (const char *const *q = taking; *q; q++)
			is_taking = is_taking || strcmp(base, *q) == 0;
		if (!is_taking)
			continue;
		/* session 12 review, H1: "may hold prices hostage", "held the economy
		 * hostage": holding is a figure of speech unless a person, a
		 * pronoun or a count is held ("held them hostage", "held two
		 * guards hostage") or none is written ("were held hostage");
		 * taking is not ("took a priest and worshippers hostage") */
		if (k + 1 < i && !taken && strcmp(base, "hold") == 0)
			return false;
		uint32_t p = prev_tok(c, k);
		t->b = k;
		t->head = k;
		t->verb = true;
		t->form = form == NKG_FORM_BASE && strcmp(base, lemma) != 0 ? NKG_FORM_ED : form;
		t->passive = p != NKG_NONE && is_any(c, p, be_forms);
		t->definite = false;
		return true;
	}
	return false;
}

static bool news_sense(struct ectx *c, uint32_t i, struct trig *t)
{
	const char *lemma = t->w->lemma;
	uint32_t p = prev_tok(c, i), n = i + 1, end = sent_end(c, i);
	bool noun = !t->verb;

	if (t->w->cls == NKG_EVENT_ATTACK)
		return blast_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_ELECTION)
		return elect_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_CLASH)
		return clash_sense(c, i);
	if (t->w->cls == NKG_EVENT_INJURY)
		return injury_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_ESCAPE)
		return escape_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_ADMISSION)
		return admission_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_COMMEMORATION)
		return commemoration_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_DRIVING_OFFENCE)
		return offence_sense(c, i, t);
	if (t->w->cls == NKG_EVENT_KIDNAPPING)
		return kidnap_sense(c, i, t);
	if (strcmp(lemma, "conference") == 0)
		return conference_sense(c, i);
	if (t->w->cls == NKG_EVENT_FLIGHT)
		return !t->verb && flight_sense(c, i);
	if (t->w->cls == NKG_EVENT_INJURED_RESERVE)
		return t->verb && injured_reserve_sense(c, i);
	if (strcmp(lemma, "fire") == 0 || strcmp(lemma, "sack") == 0 ||
	    strcmp(lemma, "dismiss") == 0) {
		/* "Soldiers opened fire on the crowd, killing two": a shooting,
		 * the act "opened fire" as one verb, whose toll joins it as a
		 * verb's does (clause_act_verb); not "open fire safety classes" */
		if (strcmp(lemma, "fire") == 0 && t->form == NKG_FORM_BASE && p != NKG_NONE &&
		    is_any(c, p, (const char *const[]){"opened", "opens", "opening", NULL}) &&
		    (n >= end || is_punct(c, n) || is_any(c, n, preps) || is_w(c, n, "and") ||
		     is_any(c, n, clause_words))) {
			t->cls = NKG_EVENT_ATTACK;
			t->b = p;
			t->verb = true;
			t->definite = false;
			if (is_w(c, p, "opened"))
				t->form = NKG_FORM_ED;
			return true;
		}
		if (strcmp(lemma, "fire") == 0 &&
		    (t->form == NKG_FORM_BASE || t->form == NKG_FORM_S))
			return fire_sense(c, i);
		if (!t->verb)
			return false;
		t->cls = NKG_EVENT_DISMISSAL;
		return dismissal_sense(c, i, t);
	}
	if (strcmp(lemma, "blaze") == 0 || strcmp(lemma, "arson") == 0)
		return fire_sense(c, i);
	if (strcmp(lemma, "name") == 0)
		return t->verb && name_appoints(c, i);
	if (strcmp(lemma, "take") == 0 || strcmp(lemma, "swear") == 0 || strcmp(lemma, "jail") == 0)
		return t->verb && office_sense(c, i, t);

	switch (t->w->cls) {
	case NKG_EVENT_DEATH:
		if (strcmp(lemma, "die") == 0)
			/* "die down", "die out", "die hard" */
			return !is_any(
			        c, n,
			        (const char *const[]){"down", "out", "off", "hard", "away", NULL});
		if (strcmp(lemma, "dead") == 0)
			/* "was declared dead", "shot dead", "found dead": not
			 * "the dead", "a dead end", "dead wood" */
			return p != NKG_NONE &&
			       (is_any(c, p, be_forms) ||
			        is_any(c, p,
			               (const char *const[]){"declared", "pronounced", "found",
			                                     "presumed", "feared", "left", "shot",
			                                     "confirmed", "reported", "lying",
			                                     "lay", NULL})) &&
			       (n >= end || is_punct(c, n) || is_any(c, n, preps) ||
			        is_any(c, n, clause_words) || time_starts(c, n));
		/* "death": not a death penalty, sentence, toll or threat; not
		 * "to death" ("stabbed to death" is the killing), "to his death" is */
		if (p != NKG_NONE && (is_w(c, p, "to") || is_w(c, p, "near")))
			return false;
		return !is_any(c, n,
		               (const char *const[]){
		                       "penalty",  "penalties",   "sentence", "sentences", "row",
		                       "toll",     "tolls",       "threat",   "threats",   "squad",
		                       "squads",   "certificate", "camp",     "camps",     "metal",
		                       "star",     "wish",        "knell",    "rate",      "rates",
		                       "spiral",   "trap",        "traps",    "blow",      "grip",
		                       "benefit",  "benefits",    "warrant",  "warrants",  "march",
		                       "sentence", "-",           NULL});
	case NKG_EVENT_CHARGE:
		if (strcmp(lemma, "accuse") == 0) {
			/* "the teen accused of killing X", "two men accused in the
			 * shooting death": not "X accused Y of hypocrisy" */
			if (t->form != NKG_FORM_ED || !(is_w(c, n, "of") || is_w(c, n, "in")))
				return false;
			static const char *const crime_acts[] = {
			        "stealing",   "robbing",    "attacking",   "firing",
			        "running",    "kidnapping", "abusing",     "molesting",
			        "setting",    "plotting",   "selling",     "laundering",
			        "hacking",    "bribing",    "threatening", "beating",
			        "possessing", "raping",     "defrauding",  "embezzling",
			        "causing",    "spying",     "leaking",     "hitting",
			        "striking",   NULL};
			for (uint32_t j = n + 1; j < end && j <= n + 4; j++)
				if (is_any(c, j, crime_words) || is_any(c, j, crime_acts))
					return true;
			return false;
		}
		if (strcmp(lemma, "indict") == 0)
			return t->form == NKG_FORM_ED &&
			       (t->passive || person_at(c, n) ||
			        is_any(c, n, (const char *const[]){"on", "for", "in", NULL}));
		if (strcmp(lemma, "indictment") == 0)
			return !(is_w(c, n, "of") && is_lower_word(c, n + 1) &&
			         !is_any(c, n + 1, determiners));
		if (t->verb) {
			/* "was charged with murder", "charged in the death of",
			 * "charged X with her murder"; not "charged with overseeing
			 * elections", "charged the batteries", "charged $5" */
			if (t->form != NKG_FORM_ED)
				return false;
			uint32_t j = n;
			bool named = !t->passive && person_at(c, j);
			if (named)
				j = c->ments[c->cover[j]].e;
			else if (!t->passive && is_any(c, j, object_pronouns))
				j++; /* "arrested X and charged him with murder" */
			if (named) {
				/* "charged Andrew Lopez and Jonathan Carrasquillo with" */
				while (j < end && (is_w(c, j, "and") || is_w(c, j, ",")) &&
				       person_at(c, j + 1))
					j = c->ments[c->cover[j + 1]].e;
			}
			if (!(is_w(c, j, "with") || is_w(c, j, "in") || is_w(c, j, "over")))
				return false;
			for (uint32_t k = j + 1; k < end && k <= j + 5; k++)
				if (is_any(c, k, crime_words))
					return true;
			return false;
		}
		/* the noun: "DUI charges", "manslaughter charges", "faces
		 * charges", "charges against X", "charges of murder"; not "in
		 * charge", "free of charge", "service charges" */
		if (p != NKG_NONE && is_any(c, p, crime_words))
			return true;
		if (is_w(c, n, "against"))
			return true;
		if (is_w(c, n, "of") && is_any(c, n + 1, crime_words))
			return true;
		for (uint32_t j = i, k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
			if (is_punct(c, j) || is_any(c, j, clause_words))
				break;
			if (lemma_in(c, j, charge_verbs))
				return t->form == NKG_FORM_S ||
				       is_any(c, prev_tok(c, i), determiners);
		}
		return false;
	case NKG_EVENT_SPORTS_MATCH:
		if (strcmp(lemma, "playoff") == 0)
			return true;
		bool game = strcmp(lemma, "game") == 0 || strcmp(lemma, "match") == 0;
		if (!game && !sports_sentence(c, i))
			return false;
		if (game) {
			static const char *const not_mods[] = {
			        "video",    "computer", "board",   "mobile", "online", "card",
			        "waiting",  "blame",    "numbers", "shell",  "end",    "long",
			        "guessing", "ball",     "war",     "mind",   "power",  "perfect",
			        "dna",      "good",     NULL};
			static const char *const not_heads[] = {
			        "plan",    "plans",    "show",      "shows",      "changer",
			        "console", "consoles", "developer", "developers", "industry",
			        "theory",  "warden",   "wardens",   "reserve",    "reserves",
			        "day",     "time",     "film",      "tape",       "point",
			        "-",       NULL};
			return noun && !(p != NKG_NONE && is_any(c, p, not_mods)) &&
			       !is_any(c, n, not_heads) && !is_w(c, n, "for") &&
			       match_evidence(c, i);
		}
		if (strcmp(lemma, "win") == 0 && t->verb) {
			/* "won his 10th consecutive bout", "won 31-24", "won
			 * over X": not "won a contract", "won two games" (a record) */
			if (score_at(c, n) || is_w(c, n, "over") || is_w(c, n, "against"))
				return true;
			for (uint32_t j = n; j < end && j <= n + 4; j++) {
				if (is_any(c, j, match_nouns))
					return true;
				if (is_punct(c, j) || (tflags(c, j) & NKG_TOK_NUMBER) ||
				    is_any(c, j, num_words))
					return false;
			}
			return false;
		}
		if (noun) {
			/* "a 31-24 victory over the Jaguars", "win over Kansas
			 * City", "the Tar Heels' victory against Evansville" */
			uint32_t q = p;
			if (q != NKG_NONE &&
			    (is_any(c, q,
			            (const char *const[]){"straight", "consecutive", "lopsided",
			                                  "latest", "regulation", "quarter",
			                                  NULL})))
				return true;
			return (p != NKG_NONE &&
			        (score_at(c, p) || (p > 1 && score_at(c, p - 2)))) ||
			       is_w(c, n, "over") || is_w(c, n, "against") || is_w(c, n, "to") ||
			       (p != NKG_NONE && (tflags(c, p) & NKG_TOK_POSSESSIVE));
		}
		/* "Colts beat Chiefs 20-13", "the Bluejays defeated Drake 65-53" */
		if (t->passive)
			return false;
		for (uint32_t j = n; j < end && j <= n + 8; j++)
			if (score_at(c, j))
				return true;
		return (n < end && c->cover[n] != NKG_NONE) || is_any(c, n, determiners);
	case NKG_EVENT_ACCIDENT:
		if (strcmp(lemma, "hit") == 0)
			return vehicle_hit(c, i);
		if (strcmp(lemma, "overturn") == 0 || strcmp(lemma, "derail") == 0)
			return vehicle_upset(c, i, t);
		/* "slipped and fell about 200 feet": not "slipping a screen",
		 * "shares slipped" */
		return is_w(c, n, "and") &&
		       is_any(c, n + 1,
		              (const char *const[]){"fell", "falling", "fall", "falls", "plunged",
		                                    "tumbled", NULL});
	default: return true;
	}
}

/* ---- speakers the text describes ------------------------------------------------ */

/* Who may speak without a name: "police said", "a state official said". */
static const char *const speaker_nouns[] = {"police",
                                            "cops",
                                            "officials",
                                            "official",
                                            "authorities",
                                            "prosecutors",
                                            "prosecutor",
                                            "investigators",
                                            "officers",
                                            "officer",
                                            "witnesses",
                                            "witness",
                                            "sources",
                                            "source",
                                            "observers",
                                            "spokesman",
                                            "spokeswoman",
                                            "spokesperson",
                                            "spokesmen",
                                            "representative",
                                            "reports",
                                            "report",
                                            "message",
                                            "residents",
                                            "relatives",
                                            "family",
                                            "friends",
                                            "friend",
                                            "neighbors",
                                            "neighbours",
                                            "doctors",
                                            "doctor",
                                            "experts",
                                            "analysts",
                                            "analyst",
                                            "lawyers",
                                            "lawyer",
                                            "attorney",
                                            "attorneys",
                                            "father",
                                            "mother",
                                            "brother",
                                            "sister",
                                            "son",
                                            "daughter",
                                            "wife",
                                            "husband",
                                            "organisers",
                                            "organizers",
                                            "activists",
                                            "rescuers",
                                            "paramedics",
                                            "firefighters",
                                            "troopers",
                                            "deputies",
                                            "detectives",
                                            "detective",
                                            "aides",
                                            "aide",
                                            "diplomats",
                                            "diplomat",
                                            "critics",
                                            "scientists",
                                            "researchers",
                                            "regulators",
                                            "coroner",
                                            "medics",
                                            "survivors",
                                            "students",
                                            "teachers",
                                            "rep",
                                            "publicist",
                                            NULL};

/* People a description before a speaker noun does not run over: "the man
 * police say was behind" is the man whom police speak of. */
static const char *const people_nouns[] = {"man",  "woman",  "men",    "women",   "boy",
                                           "girl", "person", "people", "suspect", "driver",
                                           "teen", "child",  "victim", NULL};

/* Whether token j is a speaker noun as a word of running text (lower case,
 * or capitalised first in its sentence: "Police said"), in no name. */
static bool speaker_noun_at(const struct ectx *c, uint32_t j)
{
	if (j >= c->toks->n || c->cover[j] != NKG_NONE || c->quoted[j] ||
	    !is_any(c, j, speaker_nouns))
		return false;
	return is_lower_word(c, j) || (tflags(c, j) & NKG_TOK_SENT_START);
}

/* The start of a description ending with the speaker noun at j: back over
 * modifiers ("state", "Western", "senior"), a place ("U.S. safety
 * regulators"), a possessive ("the woman's friend"), "X and" another
 * speaker noun ("cops and family"), to a determiner; it must open its clause (the sentence's start,
 * punctuation or a clause word before it).  NKG_NONE when it does not. */
static uint32_t description_start(const struct ectx *c, uint32_t j)
{
	uint32_t first = sent_first(c, j), b = j;
	for (int k = 0; k < 5 && b > first; k++) {
		uint32_t q = b - 1;
		if (is_any(c, q, determiners)) {
			b = q;
			break;
		}
		if ((tflags(c, q) & NKG_TOK_POSSESSIVE) && q > first &&
		    (tflags(c, q - 1) & NKG_TOK_WORD)) {
			/* "the woman's friend", "Lohan's attorney": the owner
			 * is part of the description, not the speaker */
			uint32_t m = c->cover[q - 1];
			b = m != NKG_NONE ? c->ments[m].b : q - 1;
			if (m != NKG_NONE)
				break;
			continue;
		}
		if (is_w(c, q, "and") && q > first && speaker_noun_at(c, q - 1)) {
			b = q - 1;
			continue;
		}
		/* "U.S. safety regulators", "Baghdad police": a place is no
		 * speaker, it says whose they are */
		uint32_t m = c->cover[q];
		if (m != NKG_NONE && c->ments[m].e == b && c->ments[m].kind == NKG_KIND_PLACE &&
		    !c->quoted[q]) {
			b = c->ments[m].b;
			continue;
		}
		if (c->cover[q] != NKG_NONE || c->quoted[q] || !(tflags(c, q) & NKG_TOK_WORD) ||
		    (tflags(c, q) & NKG_TOK_NUMBER) || is_any(c, q, preps) ||
		    is_any(c, q, clause_words) || is_any(c, q, be_forms) || is_any(c, q, modals) ||
		    is_any(c, q, relative_words) || c->trig_at[q] != NKG_NONE ||
		    regular_past(c, q) || is_w(c, q, "and") || is_w(c, q, "or") ||
		    is_any(c, q, people_nouns))
			break;
		b = q;
	}
	/* "Chohan ’ s friend" as the text splits it: the owner is no part */
	if (is_w(c, b, "s"))
		return NKG_NONE;
	if (b == first || is_any(c, b - 1, clause_words) ||
	    (is_punct(c, b - 1) && !(tflags(c, b - 1) & NKG_TOK_DASH)))
		return b;
	return NKG_NONE;
}

/* A speaker the text describes but no entity names, for the speech verb at
 * i: before it ("police said", "a state official said", "Western observers
 * said", "cops and family said", "reports from Ashgabat said" over "from/of/
 * in/at" and a name), or after it at the end of an inverted clause (", said
 * a police spokesman.").  Writes its tokens [*b, *e). */
static bool nominal_speaker(const struct ectx *c, uint32_t i, uint32_t *b, uint32_t *e)
{
	uint32_t first = sent_first(c, i), end = sent_end(c, i);
	if (i > first) {
		uint32_t j = i - 1, last = i;
		/* "reports from Ashgabat said": a name after the noun */
		uint32_t m = c->cover[j];
		if (m != NKG_NONE && c->ments[m].e == i && c->ments[m].b > first + 1) {
			/* "a message from the Central Commission ... said" */
			uint32_t pb = c->ments[m].b - 1;
			if (is_w(c, pb, "the") && pb > first + 1)
				pb--;
			if (is_any(c, pb, (const char *const[]){"from", "of", "in", "at", NULL}))
				j = pb - 1;
		}
		if (speaker_noun_at(c, j)) {
			uint32_t s = description_start(c, j);
			if (s != NKG_NONE) {
				*b = s;
				*e = last;
				return true;
			}
		}
	}
	/* "..., said a police spokesman.", "..., said reports from Ashgabat." */
	if (i > first && (is_w(c, i - 1, ",") || (tflags(c, i - 1) & NKG_TOK_QUOTE))) {
		uint32_t j = i + 1, k;
		if (is_any(c, j, determiners))
			j++;
		for (k = j; k < end && k < j + 3 && is_lower_word(c, k) &&
		            c->cover[k] == NKG_NONE && !is_any(c, k, preps);
		     k++)
			;
		if (k == j || !speaker_noun_at(c, k - 1))
			return false;
		if (k + 1 < end &&
		    is_any(c, k, (const char *const[]){"from", "of", "at", "in", NULL})) {
			uint32_t n = is_w(c, k + 1, "the") ? k + 2 : k + 1;
			uint32_t m = n < end ? c->cover[n] : NKG_NONE;
			if (m != NKG_NONE && c->ments[m].b == n &&
			    (c->ments[m].e >= end || is_punct(c, c->ments[m].e)))
				k = c->ments[m].e;
		}
		if (k >= end || (is_punct(c, k) && !(tflags(c, k) & NKG_TOK_DASH)) ||
		    is_any(c, k,
		           (const char *const[]){"for", "of", "at", "in", "with", "from", NULL})) {
			*b = i + 1;
			*e = k;
			return true;
		}
	}
	return false;
}

/* "demonstrate" in its protest sense: intransitive, the sentence ends or a
 * preposition of place, time or cause follows ("another 1,000 demonstrated
 * in the capital", "students demonstrated against the reform"; not "Apple
 * demonstrated iOS 5", "demonstrated that", "demonstrated to investors"),
 * and its subject is no company. */
static bool protest_demonstrate(const struct ectx *c, uint32_t i)
{
	static const char *const after[] = {
	        "in",  "against", "outside", "at",     "near",  "across", "through",    "on",
	        "for", "along",   "around",  "before", "after", "during", "throughout", NULL};
	static const char *const showings[] = {"video", "study",      "test", "tests",
	                                       "paper", "demo",       "lab",  "laboratory",
	                                       "trial", "experiment", NULL};
	uint32_t n = i + 1, s;
	if (n < sent_end(c, i) && !is_any(c, n, after) &&
	    !(is_punct(c, n) && !(tflags(c, n) & NKG_TOK_DASH)) && c->tstart[n] == NKG_NONE)
		return false;
	/* "demonstrated in a video", "in tests": a showing, not a protest */
	if (is_w(c, n, "in") && n + 2 < sent_end(c, i) && is_any(c, n + 1, determiners) &&
	    is_any(c, n + 2, showings))
		return false;
	s = near_subject(c, i);
	return s == NKG_NONE || !is_company(c, s);
}

/* "address" as a speech: after a speech adjective ("a televised address",
 * "his keynote address", "the weekly radio address") or before "to the"
 * ("an address to the nation"); never a postal or web address. */
static bool speech_address(const struct ectx *c, uint32_t i)
{
	static const char *const kinds[] = {"televised", "televized",    "television", "radio",
	                                    "keynote",   "inaugural",    "weekly",     "national",
	                                    "farewell",  "commencement", "video",      "recorded",
	                                    "broadcast", "nationwide",   "annual",     NULL};
	uint32_t p = prev_tok(c, i);
	if (p != NKG_NONE && is_any(c, p, kinds))
		return true;
	return is_w(c, i + 1, "to") && is_w(c, i + 2, "the");
}

/* Fills c->title_case: a sentence of at least three words of four letters
 * or more, at least three quarters of them capitalised ("Woman Killed In
 * Queens Hit-And-Run", "CHARGERS' RECEIVER ARRESTED"); its capitalised
 * words may be triggers (find_triggers), where elsewhere a capital inside
 * a sentence is a name's. */
static int title_case_sentences(struct ectx *c)
{
	c->title_case = nkg_calloc((size_t)c->toks->n_sents + 1, 1);
	if (!c->title_case)
		return NKG_ENOMEM;
	for (uint32_t s = 0; s < c->toks->n_sents; s++) {
		const struct nkg_sentence *se = &c->toks->sents[s];
		uint32_t words = 0, caps = 0;
		for (uint32_t j = se->first; j < se->first + se->count; j++) {
			if (!(tflags(c, j) & NKG_TOK_WORD) || tk(c, j).len < 4)
				continue;
			words++;
			if (tflags(c, j) & (NKG_TOK_CAPITALIZED | NKG_TOK_ALL_CAPS))
				caps++;
		}
		c->title_case[s] = words >= 3 && 4 * caps >= 3 * words;
	}
	return 0;
}

/* A storm named by its name, a disaster with no other trigger word
 * ("Hurricane Ian made landfall", "Typhoon Haiyan killed", "Tropical Storm
 * Harvey"): "Hurricane", "Typhoon", "Cyclone" or "Storm" capitalised, then
 * one capitalised word, its name, that no capitalised word follows
 * ("Hurricane Center Director") and that is no time, no part of a longer
 * name, and no ordinary word, head or cue of a name ("the Hurricane
 * Center", "Hurricane Season") unless a given name ("Hurricane Sandy"); "Storm" only first in its
 * clause or after "Tropical" (not "the Seattle Storm").  Over "Tropical" or "Super" before it.  The
 * span's tokens [*b, name + 1); its trigger word's lemma, or NULL. */
static const char *named_storm(const struct ectx *c, uint32_t i, uint32_t *b)
{
	static const char *const kinds[][2] = {{"Hurricane", "hurricane"},
	                                       {"Typhoon", "typhoon"},
	                                       {"Cyclone", "cyclone"},
	                                       {"Storm", "storm"}};
	const char *lemma = NULL;
	struct nkg_str w = tk(c, i);
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]) && !lemma; k++)
		if (nkg_str_eq_cstr(w, kinds[k][0]))
			lemma = kinds[k][1];
	uint32_t n = i + 1, p = prev_tok(c, i), end = sent_end(c, i);
	if (!lemma || n >= end || c->quoted[i])
		return NULL;
	bool lead = p != NKG_NONE && (is_w(c, p, "Tropical") || is_w(c, p, "Super"));
	/* "Hurricane Katrina" taken whole as a name by the entity stage: a
	 * storm still (only the whole name, "Hurricane Center Director" none) */
	uint32_t whole = c->cover[i];
	if (whole != NKG_NONE &&
	    (c->ments[whole].b != (lead ? p : i) || c->ments[whole].e != n + 1))
		return NULL;
	if (lemma[0] == 's' && !lead && p != NKG_NONE && !is_lower_word(c, p) && !is_punct(c, p))
		return NULL;
	struct nkg_str nm = tk(c, n);
	if (!(tflags(c, n) & NKG_TOK_WORD) || !(tflags(c, n) & NKG_TOK_CAPITALIZED) || nm.len < 2 ||
	    in_time(c, n) || c->quoted[n] ||
	    (c->cover[n] != NKG_NONE && c->cover[n] != whole &&
	     (c->ments[c->cover[n]].b != n || c->ments[c->cover[n]].e != n + 1)))
		return NULL;
	for (size_t k = 0; k < nm.len; k++)
		if (!((nm.ptr[k] >= 'a' && nm.ptr[k] <= 'z') ||
		      (nm.ptr[k] >= 'A' && nm.ptr[k] <= 'Z')))
			return NULL;
	if (n + 1 < end && (tflags(c, n + 1) & (NKG_TOK_CAPITALIZED | NKG_TOK_ALL_CAPS)))
		return NULL;
	/* "the Hurricane Center", "Hurricane Season": a word, no name
	 * (unless a given name too: "Hurricane Sandy") */
	uint32_t lx = nkg_lex_word(nm);
	if ((lx & (NKG_LEX_ORG_HEAD | NKG_LEX_PLACE_CUE | NKG_LEX_NEWS_ORG_CUE |
	           NKG_LEX_GOV_ORG_CUE | NKG_LEX_TITLE | NKG_LEX_ROLE_NOUN)) ||
	    ((lx & NKG_LEX_COMMON) && !(lx & NKG_LEX_GIVEN_NAME) &&
	     nkg_given_name_gender(nm) == NKG_GENDER_UNKNOWN))
		return NULL;
	*b = lead ? p : i;
	return lemma;
}

/* Whether the event noun at i is the subject of a passive that undoes it,
 * within sixteen tokens and over an aside set off by commas: "The attack
 * was thwarted", "The strike, planned for Monday, was called off", "the
 * summit, which was cancelled": *fact receives NEGATED, or CALLED_FOR for
 * "postponed" (it is still to come). */
static bool undone_after(const struct ectx *c, uint32_t i, enum nkg_factuality *fact)
{
	bool aside = false;
	uint32_t n = c->toks->n;
	for (uint32_t k = i + 1, steps = 0; k < n && steps < 16; k++, steps++) {
		if (is_w(c, k, ",")) {
			aside = !aside;
			continue;
		}
		if (is_punct(c, k) || (is_any(c, k, clause_words) && !is_w(c, k, "which")))
			return false;
		/* not over the noun's own verb or another noun's: "The attack on
		 * Monday meant the match was cancelled" */
		if (!aside && !is_any(c, k, be_forms) &&
		    (c->trig_at[k] != NKG_NONE || past_form(c, k) ||
		     (is_any(c, k, determiners) && !is_any(c, k - 1, preps))))
			return false;
		if (!is_any(c, k, be_forms) || (aside && !is_w(c, k - 1, "which")))
			continue;
		uint32_t v = k + 1;
		if (v < n && is_w(c, v, "been"))
			v++;
		struct nkg_str vs = v < n ? tk(c, v) : (struct nkg_str){0};
		if (v < n && vs.len > 2 && vs.ptr[vs.len - 2] == 'l' && vs.ptr[vs.len - 1] == 'y')
			v++; /* "was quickly called off" */
		if (v >= n)
			return false;
		if (is_any(c, v, undone_participles) ||
		    (is_w(c, v, "called") && v + 1 < n && is_w(c, v + 1, "off"))) {
			*fact = NKG_FACT_NEGATED;
			return true;
		}
		/* "was delayed until May", "delayed indefinitely": still to come;
		 * "was delayed by an hour and began at noon": it took place */
		if (is_w(c, v, "postponed") ||
		    (is_w(c, v, "delayed") && v + 1 < n &&
		     is_any(c, v + 1,
		            (const char *const[]){"until", "till", "to", "indefinitely", NULL}))) {
			*fact = NKG_FACT_CALLED_FOR;
			return true;
		}
		return false;
	}
	return false;
}

static int find_triggers(struct ectx *c)
{
	const struct nkg_token *t = c->toks->toks;
	for (uint32_t i = 0; i < c->toks->n; i++) {
		char lemma[WORD_MAX];
		enum nkg_word_form form;
		uint32_t sb;
		const char *storm = (t[i].flags & NKG_TOK_WORD) ? named_storm(c, i, &sb) : NULL;
		if (storm) {
			struct trig tr;
			memset(&tr, 0, sizeof(tr));
			tr.maker = tr.subj = tr.obj = tr.quote_speaker = NKG_NONE;
			tr.fact = NKG_FACT_ASSERTED;
			tr.b = sb;
			tr.head = i + 1;
			tr.e = i + 2;
			tr.sent = t[i].sentence;
			tr.w = find_word(storm);
			tr.cls = NKG_EVENT_DISASTER;
			tr.form = NKG_FORM_BASE;
			tr.definite = true;
			tr.storm = true;
			int rc = push_new_trig(c, &tr);
			if (rc)
				return rc;
			i++; /* the name */
			continue;
		}
		if (!(t[i].flags & NKG_TOK_WORD) || c->cover[i] != NKG_NONE)
			continue;
		if ((t[i].flags & (NKG_TOK_CAPITALIZED | NKG_TOK_ALL_CAPS)) &&
		    !(t[i].flags & NKG_TOK_SENT_START) && !c->title_case[t[i].sentence] &&
		    !offence_acronym(c, i))
			continue;
		if (!nkg_lemmatize(tk(c, i), known_word, lemma, sizeof(lemma), &form))
			continue;
		const struct trigger_word *w = find_word(lemma);
		if (!w || w->cls == NOT_EVENT)
			continue;
		if ((w->flags & F_PLURAL) && form != NKG_FORM_S)
			continue;
		if ((w->flags & F_INFLECTED) && form != NKG_FORM_ED && form != NKG_FORM_ING)
			continue;
		if ((w->flags & F_LOWER) && !is_lower_word(c, i))
			continue;
		/* "struck by a car": a verb of "strike" that is an accident */
		bool vehicle = strcmp(w->lemma, "strike") == 0 &&
		               (form == NKG_FORM_ED || form == NKG_FORM_ING) && vehicle_hit(c, i);
		if (!(w->pos & P_VERB) && form != NKG_FORM_BASE && form != NKG_FORM_S && !vehicle)
			continue;
		bool det_before = prev_is(c, i, determiners);
		bool verb = !(w->pos & P_NOUN) || form == NKG_FORM_ED ||
		            (form == NKG_FORM_ING && !det_before);
		bool skip;
		enum nkg_factuality fact = trigger_factuality(c, i, i, verb, form, &skip);
		if (!verb && fact == NKG_FACT_ASSERTED)
			undone_after(c, i, &fact);
		/* "escaped an assassination attempt", "survived an assassination
		 * bid": the killing did not happen; an attack one escaped or
		 * survived did ("escaped a knife attack") */
		if (!verb && fact == NKG_FACT_ASSERTED && w->cls == NKG_EVENT_KILLING &&
		    is_any(c, i + 1,
		           (const char *const[]){"attempt", "attempts", "bid", "plot", NULL}))
			fact = NKG_FACT_NEGATED;
		if (!verb && fact == NKG_FACT_ASSERTED && w->cls == NKG_EVENT_KILLING &&
		    strcmp(w->lemma, "assassination") == 0) {
			uint32_t j = i;
			for (int k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
				if (lemma_in(c, j,
				             (const char *const[]){"escape", "escaped", "escapes",
				                                   "escaping", "survive",
				                                   "survived", "survives",
				                                   "surviving", NULL})) {
					fact = NKG_FACT_NEGATED;
					break;
				}
				/* not "escaped injury in the attack" */
				if (!is_lower_word(c, j) || c->cover[j] != NKG_NONE ||
				    is_any(c, j,
				           (const char *const[]){"in", "of", "from", "during",
				                                 "after", "by", "at", "on", "with",
				                                 NULL}))
					break;
			}
		}
		if (skip || ((w->flags & F_SPEECH) && fact != NKG_FACT_ASSERTED))
			continue;
		struct trig tr;
		memset(&tr, 0, sizeof(tr));
		tr.maker = NKG_NONE;
		tr.fact = fact;
		tr.quote_speaker = NKG_NONE;
		uint32_t q = quote_of_verb(c, i);
		if (q != NKG_NONE)
			tr.quote_speaker = c->quotes[q].speaker;
		tr.subj = tr.obj = NKG_NONE;
		if ((w->flags & F_SPEECH) && q == NKG_NONE && added_not_said(c, w, i))
			continue;
		if (w->flags & F_SPEECH) {
			bool dated = time_starts(c, i + 1) ||
			             (is_w(c, i + 1, "on") && time_starts(c, i + 2));
			/* "injury report Wednesday": a noun, unless someone reports */
			bool noun_like =
			        (form == NKG_FORM_BASE || form == NKG_FORM_S) &&
			        (strcmp(w->lemma, "report") == 0 || strcmp(w->lemma, "claim") == 0);
			/* Reported speech: "Microsoft said on Tuesday that ...",
			 * "..., said Apple CEO Steve Jobs": a named speaker. */
			if (q == NKG_NONE && (!dated || noun_like)) {
				tr.quote_speaker = near_subject(c, i);
				if (tr.quote_speaker == NKG_NONE)
					tr.quote_speaker = inverted_subject(c, i);
			}
			/* "police said", "a state official said": a speaker
			 * the text describes but does not name */
			if (tr.quote_speaker == NKG_NONE &&
			    !nominal_speaker(c, i, &tr.desc_b, &tr.desc_e) && q == NKG_NONE &&
			    (!dated || noun_like))
				continue;
		}
		uint32_t p = prev_tok(c, i);
		bool labour = false;
		if ((w->flags & F_STRIKE) && !vehicle) {
			/* "Supreme Court strikes down the law"; a verb "struck off"
			 * the register (not "a strike off the coast") */
			if (p == NKG_NONE || is_w(c, i + 1, "down") ||
			    (verb && is_any(c, i + 1, (const char *const[]){"out", "off", NULL})))
				continue;
			bool ok = is_any(c, p, determiners) || is_any(c, p, strike_mods) ||
			          (t[p].flags & (NKG_TOK_CAPITALIZED | NKG_TOK_POSSESSIVE)) ||
			          c->cover[p] != NKG_NONE;
			bool by_workers = strike_by_workers(c, i);
			bool no_raid = is_any(c, p, labour_words) || is_w(c, p, "on") ||
			               is_w(c, i + 1, "action") || sentence_has_labour(c, i) ||
			               by_workers;
			/* a workers' strike, on better evidence than the
			 * sentence's words that only rule out a military one
			 * ("A US strike killed the general"); never a hunger
			 * strike */
			labour = no_raid && strcmp(w->lemma, "strike") == 0 &&
			         !is_w(c, p, "hunger") &&
			         ((is_any(c, p, labour_words) && !is_w(c, p, "general")) ||
			          is_any(c, p, strike_scopes) || is_w(c, p, "on") ||
			          is_w(c, i + 1, "action") || labour_near(c, i) || by_workers);
			if (!labour && (no_raid || !ok))
				continue;
		}
		/* "stocks rallied", "the Dow rallied", "a stock market crash": markets */
		enum nkg_event_class cls = labour    ? NKG_EVENT_LABOUR_STRIKE
		                           : vehicle ? NKG_EVENT_ACCIDENT
		                                     : w->cls;
		if (w->flags & (F_RALLY | F_MARKET)) {
			uint32_t instr, place;
			if ((p != NKG_NONE && is_any(c, p, market_words)) ||
			    (verb && fin_subject(c, i, &instr, &place)))
				cls = (w->flags & F_RALLY) ? NKG_EVENT_MARKET_RISE
				                           : NKG_EVENT_MARKET_FALL;
		}
		if ((w->flags & F_RALLY) && cls == w->cls &&
		    (is_w(c, i + 1, "behind") || is_w(c, i + 1, "around")))
			continue;
		/* A verb-only word after a determiner is a noun of another sense
		 * ("fired the fatal shot", "a bank shot"); "shot to fame" is no
		 * shooting.  After a determiner and a word, a regular past in -ed
		 * is a verb whose subject that word is ("the gunman killed", "a
		 * jury convicted"), as is a speech verb after an organisation
		 * noun or a speaker noun ("the company said", "a prosecutor
		 * said"). */
		/* "that" before a regular past is a relative pronoun, not a
		 * determiner: "a hit and run accident that killed a woman" */
		bool relative_that = is_w(c, p, "that") && regular_past(c, i);
		if (!(w->pos & P_NOUN) && p != NKG_NONE && !hit_and_run(c, i, true) &&
		    !relative_that &&
		    (is_any(c, p, determiners) ||
		     (is_lower_word(c, p) && prev_is(c, p, determiners) &&
		      !((w->flags & F_SPEECH) &&
		        (is_any(c, p, org_nouns) || is_any(c, p, speaker_nouns))) &&
		      !regular_past(c, i))))
			continue;
		if (strcmp(w->lemma, "shoot") == 0 && is_w(c, i + 1, "to"))
			continue;
		if ((w->flags & F_NOT_OF) && is_w(c, i + 1, "of"))
			continue;
		if ((w->flags & F_COURT) && ((p != NKG_NONE && is_any(c, p, non_court_trials)) ||
		                             is_any(c, i + 1, trial_uses)))
			continue;
		if ((w->flags & F_ATTACK) && p != NKG_NONE &&
		    (is_w(c, p, "heart") || is_w(c, p, "panic") || is_w(c, p, "anxiety")))
			continue;
		if (strcmp(w->lemma, "demonstrate") == 0 && !protest_demonstrate(c, i))
			continue;
		if (strcmp(w->lemma, "address") == 0 && !speech_address(c, i))
			continue;
		/* "a landslide victory", "won by a landslide": an election's */
		if (strcmp(w->lemma, "landslide") == 0) {
			static const char *const polls[] = {
			        "victory",  "win",    "won",         "wins",
			        "majority", "defeat", "election",    "elected",
			        "vote",     "votes",  "re-election", "reelection",
			        "poll",     "polls",  "ballot",      NULL};
			uint32_t sf = sent_first(c, i), se = sent_end(c, i), k;
			sf = i > sf + SENSE_WINDOW ? i - SENSE_WINDOW : sf; /* bounded */
			se = se > i + SENSE_WINDOW ? i + SENSE_WINDOW : se;
			k = sf;
			while (k < se && !is_any(c, k, polls))
				k++;
			if (k < se)
				continue;
		}
		/* "keynote speech", "keynote speaker": the speech is the event */
		if (strcmp(w->lemma, "keynote") == 0 &&
		    is_any(c, i + 1,
		           (const char *const[]){"speech", "speeches", "address", "speaker",
		                                 "speakers", "presentation", "session", "lecture",
		                                 NULL}))
			continue;
		/* "riot police", "riot gear": a kind of police, no riot */
		if (strcmp(w->lemma, "riot") == 0 &&
		    is_any(c, i + 1,
		           (const char *const[]){"police", "policemen", "officers", "gear", "squad",
		                                 "squads", "shields", "shield", "control", "units",
		                                 "unit", "troops", "act", "helmets", NULL}))
			continue;
		/* "made landfall": a storm's, when its sentence names one (not
		 * "the ship made landfall") */
		if (strcmp(w->lemma, "landfall") == 0) {
			static const char *const storms[] = {"storm",    "hurricane", "typhoon",
			                                     "cyclone",  "storms",    "hurricanes",
			                                     "typhoons", "cyclones",  NULL};
			uint32_t sf = sent_first(c, i), se = sent_end(c, i), k;
			sf = i > sf + SENSE_WINDOW ? i - SENSE_WINDOW : sf; /* bounded */
			se = se > i + SENSE_WINDOW ? i + SENSE_WINDOW : se;
			k = sf;
			while (k < se && !is_any(c, k, storms))
				k++;
			if (k == se)
				continue;
		}
		/* "in Borno state on Friday": a place's state, no saying */
		if (strcmp(w->lemma, "state") == 0 && form != NKG_FORM_ED && form != NKG_FORM_ING &&
		    p != NKG_NONE && c->cover[p] != NKG_NONE &&
		    c->ments[c->cover[p]].kind == NKG_KIND_PLACE)
			continue;
		/* a storm of weather: not "a political storm", "the perfect
		 * storm", "took Paris by storm" */
		if (strcmp(w->lemma, "storm") == 0 && p != NKG_NONE &&
		    (is_w(c, p, "by") ||
		     is_any(c, p,
		            (const char *const[]){"political", "diplomatic", "media", "social",
		                                  "perfect", "legal", "public", "twitter", NULL})))
			continue;
		tr.b = i;
		tr.e = i + 1;
		tr.head = i;
		if (w->cls == NKG_EVENT_AGREEMENT) {
			static const char *const making[] = {
			        "sign",  "reach",     "conclude", "seal",     "strike",  "broker",
			        "ink",   "negotiate", "finalize", "finalise", "approve", "ratify",
			        "agree", "clinch",    "forge",    NULL};
			/* "discussed a ceasefire", "considered a treaty": not made (a
			 * proposed or sought one is called for: calling_lemmas) */
			static const char *const talking[] = {"discuss", "consider", "explore",
			                                      NULL};
			uint32_t j = i;
			for (int k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
				if (lemma_in(c, j, making)) {
					tr.made = true;
					tr.maker = j;
					break;
				}
				if (lemma_in(c, j, talking)) {
					if (tr.fact == NKG_FACT_ASSERTED)
						tr.fact = NKG_FACT_HYPOTHETICAL;
					break;
				}
				if (is_punct(c, j) || is_any(c, j, clause_words))
					break;
			}
		}
		if ((w->flags & F_STRIKE) && p != NKG_NONE && is_any(c, p, span_mods))
			tr.b = p;
		/* "fell about 200 feet", "fell to his death": an accident */
		if (cls == NKG_EVENT_MARKET_FALL &&
		    (strcmp(w->lemma, "fall") == 0 || strcmp(w->lemma, "plunge") == 0 ||
		     strcmp(w->lemma, "tumble") == 0) &&
		    fall_accident(c, i, verb))
			cls = NKG_EVENT_ACCIDENT;
		/* "X won 56 percent of the vote": the election X stood in */
		if (cls == NKG_EVENT_VOTE && !verb && vote_share_verb(c, i) != NKG_NONE)
			cls = NKG_EVENT_ELECTION;
		/* "fired", "firing" as verbs: a dismissal (news_sense) */
		if ((w->flags & F_NEWS) && verb && strcmp(w->lemma, "fire") == 0)
			cls = NKG_EVENT_DISMISSAL;
		tr.sent = t[i].sentence;
		tr.w = w;
		tr.cls = cls;
		tr.form = form;
		tr.verb = verb;
		/* "the massive rally": a definite noun phrase. */
		uint32_t d = prev_tok(c, tr.b);
		for (int k = 0;
		     k < 2 && d != NKG_NONE && is_lower_word(c, d) && !is_any(c, d, determiners);
		     k++)
			d = prev_tok(c, d);
		tr.definite = !verb && d != NKG_NONE && is_any(c, d, definite_dets);
		if (verb && form == NKG_FORM_ED && p != NKG_NONE) {
			uint32_t pp = p;
			struct nkg_str ps = tk(c, p);
			if (ps.len > 2 && ps.ptr[ps.len - 1] == 'y' && ps.ptr[ps.len - 2] == 'l')
				pp = prev_tok(c, p);
			tr.passive = pp != NKG_NONE && is_any(c, pp, be_forms);
		}
		if (verb && form == NKG_FORM_ED && !tr.passive &&
		    (reduced_passive(c, i, cls) || coordinated_passive(c, i)))
			tr.passive = true;
		if ((cls == NKG_EVENT_MARKET_RISE || cls == NKG_EVENT_MARKET_FALL) &&
		    !market_sense(c, i, &tr))
			continue;
		if ((w->flags & F_PRODUCT) && !product_sense(c, i, &tr))
			continue;
		if ((w->flags & F_BIZ) && !biz_sense(c, i, &tr))
			continue;
		if ((w->flags & F_NEWS) && !news_sense(c, i, &tr))
			continue;
		int rc = push_new_trig(c, &tr);
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- attributes ---------------------------------------------------------------- */

/* Whether a clause word or ';' lies strictly between tokens a and b: O(1)
 * from the prefix counts. */
static bool separated(const struct ectx *c, uint32_t a, uint32_t b)
{
	if (a > b) {
		uint32_t x = a;
		a = b;
		b = x;
	}
	return b > a + 1 && c->seps[b] - c->seps[a + 1] > 0;
}

/* How far, in tokens, a time or place looks for its trigger: a sentence of
 * a million tokens (hostile input) must not make each lookup a scan of it. */
#define TRIGGER_REACH 256

/* Words in -ed, and finite pasts, that are no participles: ", was killed"
 * after an apposition is the verb of the clause, not an aside. */
static const char *const not_participles[] = {"indeed", "need",    "speed", "red",  "bed",
                                              "feed",   "seed",    "shed",  "was",  "were",
                                              "had",    "hundred", "did",   "used", NULL};

/* Whether the time starting at token j lies in an aside set off by a comma
 * that opens with a participle or a relative pronoun ("the 737, begun two
 * years ago, has been", "Apple, founded in 1976, said", "Compaq, which HP
 * bought in 2002, said"): it dates only a trigger inside the aside, which
 * runs from the comma to the next comma or the end of the sentence, and
 * [*b, *e) receives those tokens; jend: the end of the phrase at j. */
static bool in_aside(const struct ectx *c, uint32_t first, uint32_t end, uint32_t j, uint32_t jend,
                     uint32_t *b, uint32_t *e)
{
	for (uint32_t k = j; k-- > first && j - k <= 16;) {
		if (!is_w(c, k, ",")) {
			if ((is_punct(c, k) && !(tflags(c, k) & NKG_TOK_DASH)) ||
			    (is_any(c, k, clause_words) && !(k > first && is_w(c, k - 1, ","))))
				return false;
			continue;
		}
		uint32_t v = k + 1;
		char lemma[WORD_MAX];
		enum nkg_word_form form;
		bool aside =
		        v < j && (is_any(c, v, relative_words) ||
		                  (is_lower_word(c, v) && !is_any(c, v, not_participles) &&
		                   nkg_lemmatize(tk(c, v), NULL, lemma, sizeof(lemma), &form) &&
		                   form == NKG_FORM_ED));
		if (!aside)
			return false;
		*b = v;
		for (*e = jend; *e < end && !is_w(c, *e, ","); (*e)++)
			;
		return true;
	}
	return false;
}

/* Participles whose aside describes a thing, not an event: "a group based
 * in Syria", "a man born in 1970". */
static const char *const describing_participles[] = {
        "based", "born", "headquartered", "located", "founded", "owned", "led", "run", NULL};

/* Words that open a finite clause. */
static const char *const clause_openers[] = {"who",  "whom",    "whose", "which",   "that",
                                             "when", "where",   "while", "because", "although",
                                             "if",   "whether", "as",    NULL};

/* Participles of what others did about an event, which neither date nor
 * place it: "The bombing, claimed by ISIS on Monday,", "the attack,
 * condemned by leaders in Paris,", "the protest, which was banned". */
static const char *const reaction_participles[] = {
        "claimed",  "blamed",   "condemned",  "denounced",    "described", "called",
        "reported", "praised",  "criticised", "criticized",   "banned",    "announced",
        "welcomed", "hailed",   "decried",    "dubbed",       "labelled",  "labeled",
        "branded",  "deplored", "attributed", "investigated", "mourned",   NULL};

/* Whether the aside or relative clause that opens at k (a participle, or
 * "which"/"that") tells of the event noun before it, so that its time and
 * place are the noun's: a participle or a subject relative ("carried out
 * near Kandahar", "which drew thousands", "that has spread to York"), not
 * an object relative, whose subject did something about the event ("which
 * Israel blamed on Iran", "that police in London had banned", "which
 * unions called"), nor a reaction ("claimed by ISIS on Monday", "which was
 * condemned in Paris"). */
static bool situating_clause(const struct ectx *c, uint32_t k, uint32_t end)
{
	static const char *const auxiliaries[] = {"has",   "have",  "had",    "will", "would",
	                                          "could", "might", "should", "may",  NULL};
	static const char *const pronouns[] = {"he", "she", "they", "it", "we",
	                                       "i",  "you", "one",  NULL};
	uint32_t v = k;
	if (is_w(c, k, "which") || is_w(c, k, "that")) {
		/* over adverbs and auxiliaries: "which had quickly drawn" */
		for (v = k + 1; v < end && v < k + 4; v++) {
			struct nkg_str s = tk(c, v);
			bool ly = is_lower_word(c, v) && s.len > 3 && s.ptr[s.len - 2] == 'l' &&
			          s.ptr[s.len - 1] == 'y';
			if (!ly && !is_any(c, v, be_forms) && !is_any(c, v, auxiliaries))
				break;
		}
		if (v >= end)
			return false;
		/* a subject of its own between "which" and its verb */
		if (!is_lower_word(c, v) || c->cover[v] != NKG_NONE || is_any(c, v, determiners) ||
		    is_any(c, v, pronouns))
			return false;
		if (v == k + 1 && !past_form(c, v) && c->trig_at[v] == NKG_NONE)
			for (uint32_t u = v + 1; u < end && u <= v + 4 && !is_punct(c, u); u++)
				if (past_form(c, u) || is_any(c, u, be_forms) ||
				    is_any(c, u, auxiliaries))
					return false; /* "which police had banned" */
	}
	return !is_any(c, v, reaction_participles);
}

/* The event noun an aside [ab, ...) right after it describes, when the aside
 * names no event of its own: "The protest, which took place in Lyon on
 * Sunday,", "the attack, carried out near Kandahar on Monday,": the trigger
 * index of the noun right before the aside's comma, or NKG_NONE (a verb, a
 * relative "who", a describing participle, no trigger).  j: the time or
 * place, at most eight tokens into the aside and with no "of" before it
 * there ("the election, held under the framework of a new constitution
 * approved in September": the constitution's). */
static uint32_t aside_event_noun(const struct ectx *c, uint32_t first, uint32_t ab, uint32_t ae,
                                 uint32_t j)
{
	if (ab < first + 2 || !is_w(c, ab - 1, ",") || ab >= ae || j < ab || j > ab + 8 ||
	    is_any(c, ab, describing_participles) ||
	    (is_any(c, ab, relative_words) && !is_w(c, ab, "which")) ||
	    !situating_clause(c, ab, ae))
		return NKG_NONE;
	uint32_t ti = c->trig_at[ab - 2];
	if (ti == NKG_NONE || c->trigs[ti].verb || c->trigs[ti].head != ab - 2)
		return NKG_NONE;
	/* the comma may close a clause the noun ends ("Nichols, who argued he
	 * was insane when he carried out the killings, spoke on Saturday") */
	for (uint32_t k = ab - 2; k-- > first && !is_w(c, k, ",");)
		if (is_any(c, k, clause_openers))
			return NKG_NONE;
	for (uint32_t k = ab; k < ae; k++)
		if (c->trig_at[k] != NKG_NONE || (k < j && is_w(c, k, "of")))
			return NKG_NONE;
	return ti;
}

/* Whether token j is past the verb of the clause that opens at k and in
 * the main clause after it: a second verb group between them ("The
 * agreement that troops would leave by 2011 was signed in 2008"). */
static bool main_clause_at(const struct ectx *c, uint32_t k, uint32_t j)
{
	int groups = 0;
	bool in_group = false;
	for (uint32_t u = k + 1; u < j; u++) {
		bool v = past_form(c, u) || is_any(c, u, be_forms) || is_any(c, u, modals) ||
		         is_any(c, u, (const char *const[]){"has", "have", "had", NULL});
		if (v && !in_group)
			groups++;
		in_group = v;
	}
	return groups >= 2;
}

/* The event noun whose relative clause, with no event of its own, holds
 * token j: "an accident that hurt a woman in Queens on Friday": back from j
 * over at most ten words with no punctuation, trigger or other clause word
 * to "that" or "which" right after a trigger noun; its trigger index, or
 * NKG_NONE; not a statement's "that", which opens what it says.
 * *situating: whether the clause tells where and when the event was
 * (situating_clause), not what someone did about it ("the attack that
 * Israel blamed on Iran on Monday"). */
static uint32_t relative_event_noun(const struct ectx *c, uint32_t first, uint32_t j,
                                    bool *situating)
{
	for (uint32_t k = j, steps = 0; k-- > first + 1 && steps < 10; steps++) {
		if (is_punct(c, k) || c->trig_at[k] != NKG_NONE)
			return NKG_NONE;
		if (!is_any(c, k, clause_words))
			continue;
		if (!is_w(c, k, "that") && !is_w(c, k, "which"))
			return NKG_NONE;
		uint32_t ti = c->trig_at[k - 1];
		/* "said in a statement that inflation would slow": what it says */
		if (ti == NKG_NONE || c->trigs[ti].verb || c->trigs[ti].head != k - 1 ||
		    c->trigs[ti].cls == NKG_EVENT_STATEMENT)
			return NKG_NONE;
		*situating = situating_clause(c, k, sent_end(c, j)) || main_clause_at(c, k, j);
		return ti;
	}
	return NKG_NONE;
}

/* The time after the time at j, in the clause of the verb that follows a
 * relative clause, with no punctuation, trigger or clause word between:
 * "The conference that moved to Lisbon three years ago opened on Monday
 * night", "The agreement that troops would leave by 2011 was signed in
 * 2008": the main verb's time, whose subject is the noun; or NKG_NONE.  A
 * verb comes first, and no determiner or possessive after it: not a time
 * in its object ("destroyed the cathedral's 19th-century spire"). */
static uint32_t main_verb_time(const struct ectx *c, uint32_t j, uint32_t end)
{
	bool verb = false;
	for (uint32_t k = c->tend[j]; k < end; k++) {
		if (c->tstart[k] != NKG_NONE)
			return verb && !(k > 0 && (tflags(c, k - 1) & NKG_TOK_POSSESSIVE))
			               ? k
			               : NKG_NONE;
		if (is_punct(c, k) || c->trig_at[k] != NKG_NONE || is_any(c, k, clause_words) ||
		    (verb && is_any(c, k, determiners)))
			return NKG_NONE;
		if (past_form(c, k) || is_any(c, k, be_forms))
			verb = true;
	}
	return NKG_NONE;
}

/* Nouns that make "<noun> of <time>" a time phrase ("the end of 2008"). */
static const char *const time_parts[] = {
        "half",    "end",    "beginning", "start",  "middle", "part",    "quarter", "rest",
        "course",  "spring", "summer",    "autumn", "fall",   "winter",  "morning", "afternoon",
        "evening", "night",  "week",      "month",  "year",   "weekend", NULL};

/* Whether a time after "of" (token p) dates an event: only a trigger noun
 * right before "of" ("the election of 2008") or a time phrase ("the end of
 * 2008"); "the second-biggest loss of 2007", "its best week of the year"
 * qualify a noun that is no event. */
static bool of_time_dates(const struct ectx *c, uint32_t p)
{
	uint32_t q = prev_tok(c, p);
	return q != NKG_NONE && (c->trig_at[q] != NKG_NONE || is_any(c, q, time_parts));
}

/* The trigger of the sentence [first, end) nearest to tokens [b, e) and not
 * separated from them, within TRIGGER_REACH tokens, or NKG_NONE; *dist
 * receives the distance.  classes: a bitmask of event classes to consider. */
static uint32_t nearest_trigger(const struct ectx *c, uint32_t first, uint32_t end, uint32_t b,
                                uint32_t e, class_set classes, uint32_t *dist)
{
	uint32_t best = NKG_NONE, bd = UINT32_MAX;
	if (b > first + TRIGGER_REACH)
		first = b - TRIGGER_REACH;
	if (end > e + TRIGGER_REACH)
		end = e + TRIGGER_REACH;
	for (uint32_t j = first; j < end; j++) {
		uint32_t ti = c->trig_at[j];
		if (ti == NKG_NONE || !(classes & CLASS_BIT(c->trigs[ti].cls)))
			continue;
		const struct trig *t = &c->trigs[ti];
		uint32_t d = t->head < b ? b - t->head : t->head >= e ? t->head - e + 1 : 0;
		if (separated(c, t->head, t->head < b ? b : e - 1))
			continue;
		if (d < bd) {
			bd = d;
			best = ti;
		}
	}
	*dist = bd;
	return best;
}

/* A time or place [b, e) that nearest_trigger() gave to trigger ti: when
 * ti is a vigil or a funeral after it, introduced by "during", "after",
 * "following", "before" or "amid" ("A riot broke out in Brooklyn during a
 * vigil"), the vigil is the other event's background: the nearest other
 * trigger of the sentence (*dist updated), or ti when there is none. */
static uint32_t not_the_background(const struct ectx *c, uint32_t ti, uint32_t first, uint32_t end,
                                   uint32_t b, uint32_t e, uint32_t *dist)
{
	static const char *const circumstance[] = {"during", "after", "following",
	                                           "before", "amid",  NULL};
	const struct trig *t = &c->trigs[ti];
	if (t->cls != NKG_EVENT_COMMEMORATION || t->head < e)
		return ti;
	bool intro = false;
	for (uint32_t j = e; j < t->b && !intro; j++)
		intro = is_any(c, j, circumstance);
	if (!intro)
		return ti;
	uint32_t d2, t2 = nearest_trigger(c, first, end, b, e,
	                                  ALL_CLASSES & ~CLASS_BIT(NKG_EVENT_COMMEMORATION), &d2);
	if (t2 == NKG_NONE)
		return ti;
	*dist = d2;
	return t2;
}

/* A time or place [b, e) that nearest_trigger() gave to trigger ti: when
 * ti is a speech verb and [b, e) lies in the clause it reports, and that
 * clause has a subject of its own ("She said the unions would call a
 * strike on March 7", "said the phone would go on sale in the United
 * States"), it belongs to the nearest other event inside the clause, or
 * to none: the trigger to use (*dist updated), or NKG_NONE. */
static uint32_t not_the_saying(const struct ectx *c, uint32_t ti, uint32_t b, uint32_t e,
                               uint32_t end, class_set classes, uint32_t *dist)
{
	const struct trig *st = &c->trigs[ti];
	if (st->cls != NKG_EVENT_STATEMENT || !st->verb || st->e > b ||
	    !reports_own_clause(c, st->e - 1, b))
		return ti;
	uint32_t d2, t2 = nearest_trigger(c, st->e, end, b, e,
	                                  classes & ~CLASS_BIT(NKG_EVENT_STATEMENT), &d2);
	if (t2 == NKG_NONE || c->trigs[t2].head < st->e)
		return NKG_NONE;
	*dist = d2;
	return t2;
}

/* A role noun after "by the": the most recent person mentioned before tok
 * who holds that role ("a statement by the influential cleric"). */
static uint32_t resolve_role(const struct ectx *c, uint32_t noun_tok, uint32_t before)
{
	struct nkg_str noun = tk(c, noun_tok);
	for (uint32_t j = before; j > 0;) {
		j--;
		uint32_t m = c->cover[j];
		if (m == NKG_NONE)
			continue;
		j = c->ments[m].b;
		if (!is_person(c, m))
			continue;
		const struct nkg_entity *en = &c->doc->entities[c->ments[m].entity];
		for (uint32_t r = 0; r < en->n_roles; r++) {
			struct nkg_str title = en->roles[r].title;
			size_t k = title.len;
			while (k > 0 && title.ptr[k - 1] != ' ')
				k--;
			struct nkg_str last = {title.ptr + k, title.len - k};
			if (nkg_str_eq_nocase(last, noun))
				return c->ments[m].entity;
		}
	}
	return NKG_NONE;
}

static bool known_participation(const char *lemma)
{
	static const char *const verbs[] = {"take",        "participate", "join",  "attend",
	                                    "gather",      "rally",       "march", "protest",
	                                    "demonstrate", "turn",        "mass",  "throng",
	                                    "flood",       "pour",        "fill",  NULL};
	for (size_t k = 0; verbs[k]; k++)
		if (strcmp(verbs[k], lemma) == 0)
			return true;
	return false;
}

static const char *const count_nouns[] = {"figure", "number",     "turnout",
                                          "crowd",  "attendance", NULL};
static const char *const estimating_verbs[] = {
        "put", "puts", "putting", "estimated", "estimate", "estimates", "placed", "places", NULL};

/* Whether token j is a plural noun for people or a demonym in the plural
 * ("protesters", "supporters", "Chileans", "Iraqis"): a word ending in "s"
 * that is no participation verb ("thousands of marches" is no count). */
static bool plural_people_at(const struct ectx *c, uint32_t j)
{
	struct nkg_str s = tk(c, j);
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	if (!(tflags(c, j) & NKG_TOK_WORD) || (tflags(c, j) & NKG_TOK_NUMBER) || s.len < 4 ||
	    s.ptr[s.len - 1] != 's')
		return false;
	if (nkg_lex_demonym(s, NULL))
		return true;
	return is_lower_word(c, j) &&
	       !nkg_lemmatize(s, known_participation, lemma, sizeof(lemma), &form);
}

/* Plural nouns for the people a protest gathers: a count of them may be
 * carried to a protest of an earlier sentence; "50,000 fans attended the
 * match" may not. */
static const char *const crowd_nouns[] = {
        "people",    "protesters", "protestors",  "demonstrators", "marchers",  "supporters",
        "workers",   "students",   "activists",   "residents",     "citizens",  "women",
        "men",       "farmers",    "teachers",    "nurses",        "doctors",   "members",
        "opponents", "followers",  "worshippers", "mourners",      "employees", "strikers",
        "youths",    "veterans",   "pensioners",  "retirees",      NULL};

/* Whether the participation verb phrase ending before token a says nothing
 * more ("took part.", "turned out, police said") or goes on to a protest
 * ("joined the march"): not "attended the match", "took part in the race". */
static bool ends_or_joins_protest(const struct ectx *c, uint32_t a, uint32_t end)
{
	if (a >= end || is_punct(c, a) || is_any(c, a, clause_words) || speech_verb_at(c, a))
		return true;
	for (uint32_t k = a; k < end && k < a + 4 && !is_punct(c, k); k++) {
		uint32_t ti = c->trig_at[k];
		if (ti != NKG_NONE && c->trigs[ti].cls == NKG_EVENT_PROTEST)
			return true;
	}
	return false;
}

/* Whether the count's noun at j names a crowd: a crowd noun or a demonym. */
static bool crowd_noun_at(const struct ectx *c, uint32_t j)
{
	return is_any(c, j, crowd_nouns) || nkg_lex_demonym(tk(c, j), NULL) != NULL;
}

/* A participant count in [first, end): "more than 2.5 million took part",
 * "tens of thousands of people marched", "thousands of Chileans marched",
 * "organisers put the figure at 150,000" (then nothing but punctuation,
 * "people" or a crowd noun after it: not "estimated the number at 4,000 job
 * cuts").  On success the phrase's tokens go to [*qb, *qe), and *crowd says
 * whether it counts people a protest gathers (no noun, "people", a demonym,
 * a crowd noun): only such a count may go to a protest of another
 * sentence. */
static bool find_quantity(const struct ectx *c, uint32_t first, uint32_t end, uint32_t *qb,
                          uint32_t *qe, bool *crowd)
{
	static const char *const scales[] = {"hundred",  "thousand",  "million",  "billion",
	                                     "hundreds", "thousands", "millions", "dozens",
	                                     "tens",     NULL};
	static const char *const mods1[] = {"over",      "about", "around",  "nearly",
	                                    "almost",    "some",  "roughly", "approximately",
	                                    "estimated", NULL};
	for (uint32_t j = first; j < end; j++) {
		bool num = (tflags(c, j) & NKG_TOK_NUMBER) || is_any(c, j, scales);
		if (!num || c->quoted[j])
			continue;
		uint32_t b = j, e = j + 1;
		while (e < end && (is_any(c, e, scales) ||
		                   (is_w(c, e, "of") && e + 1 < end && is_any(c, e + 1, scales))))
			e += is_w(c, e, "of") ? 2 : 1;
		if (b > first && is_any(c, b - 1, mods1)) {
			b--;
			if (b > first && is_w(c, b, "estimated") && is_w(c, b - 1, "an"))
				b--;
		} else if (b >= first + 2 && is_w(c, b - 1, "than") &&
		           (is_w(c, b - 2, "more") || is_w(c, b - 2, "fewer") ||
		            is_w(c, b - 2, "less"))) {
			b -= 2;
		} else if (b >= first + 2 && is_w(c, b - 1, "least") && is_w(c, b - 2, "at")) {
			b -= 2;
		} else if (b >= first + 2 && is_w(c, b - 1, "to") && is_w(c, b - 2, "up")) {
			b -= 2;
		}
		/* "organisers put the figure at 150,000", "police estimated the
		 * crowd at 40,000" */
		if (b >= first + 4 && is_w(c, b - 1, "at") && is_any(c, b - 2, count_nouns) &&
		    is_any(c, b - 3, determiners) && is_any(c, b - 4, estimating_verbs)) {
			if (e < end && !is_punct(c, e) && !crowd_noun_at(c, e))
				continue;
			*qb = b;
			*qe = e;
			*crowd = true;
			return true;
		}
		uint32_t v = e, noun = NKG_NONE;
		if (v < end && is_w(c, v, "of") && v + 1 < end && is_w(c, v + 1, "people")) {
			noun = v + 1;
			v += 2;
		} else if (v + 1 < end && is_w(c, v, "of") && plural_people_at(c, v + 1)) {
			noun = v + 1;
			v += 2; /* "thousands of Chileans", "hundreds of protesters" */
		} else if (v + 2 < end && is_w(c, v, "of") && is_lower_word(c, v + 1) &&
		           !plural_people_at(c, v + 1) && plural_people_at(c, v + 2)) {
			noun = v + 2;
			v += 3; /* "thousands of young protesters" */
		} else if (v < end && (tflags(c, v) & NKG_TOK_WORD) &&
		           !(tflags(c, v) & NKG_TOK_NUMBER)) {
			struct nkg_str s = tk(c, v);
			char lemma[WORD_MAX];
			enum nkg_word_form form;
			if ((s.len > 3 && s.ptr[s.len - 1] == 's') || is_w(c, v, "people")) {
				if (!nkg_lemmatize(s, known_participation, lemma, sizeof(lemma),
				                   &form))
					noun = v++;
			}
		}
		char lemma[WORD_MAX];
		enum nkg_word_form form;
		if (v < end && is_lower_word(c, v) &&
		    nkg_lemmatize(tk(c, v), known_participation, lemma, sizeof(lemma), &form) &&
		    form != NKG_FORM_BASE) {
			if (strcmp(lemma, "take") == 0 && !is_w(c, v + 1, "part"))
				continue;
			if (strcmp(lemma, "turn") == 0 && !is_w(c, v + 1, "out"))
				continue;
			*qb = b;
			*qe = e;
			*crowd = (noun == NKG_NONE || crowd_noun_at(c, noun)) &&
			         ends_or_joins_protest(c,
			                               v +
			                                       (strcmp(lemma, "take") == 0 ||
			                                        strcmp(lemma, "turn") == 0) +
			                                       1,
			                               end);
			return true;
		}
	}
	return false;
}

/* Gives a protest trigger group's head h a participant count: its quantity
 * when it has none, else one more, unless it has that one (same words). */
static void trig_add_quantity(struct trig *h, struct nkg_str q)
{
	if (!h->quantity.len) {
		h->quantity = q;
		return;
	}
	if (nkg_str_eq(h->quantity, q))
		return;
	for (uint32_t k = 0; k < h->n_more_q; k++)
		if (nkg_str_eq(h->more_q[k], q))
			return;
	if (h->n_more_q < TRIG_MORE_Q)
		h->more_q[h->n_more_q++] = q;
}

static void set_speaker(struct trig *h, uint32_t entity)
{
	if (entity == NKG_NONE)
		return;
	if (h->speaker == NKG_NONE)
		h->speaker = entity;
	add_part(h, entity, NKG_ROLE_SPEAKER);
}

/* "the march was called by X", "a protest, organised by X,": the token of
 * "by" after a protest noun ending at token e, over a comma or a form of
 * "be" and a calling/organising verb in -ed; NKG_NONE when the words
 * after the noun say nothing of who called it. */
static uint32_t support_passive_by(const struct ectx *c, uint32_t e)
{
	uint32_t end = sent_end(c, e > 0 ? e - 1 : 0), j = e;
	if (j < end && is_w(c, j, ","))
		j++;
	for (uint32_t k = 0;
	     k < 2 && j < end && (is_any(c, j, be_forms) || is_w(c, j, "had") || is_w(c, j, "has"));
	     k++)
		j++; /* "was", "had been" */
	if (j + 1 >= end || !is_lower_word(c, j) || !is_w(c, j + 1, "by"))
		return NKG_NONE;
	char lemma[WORD_MAX];
	enum nkg_word_form form;
	if (!nkg_lemmatize(tk(c, j), known_word, lemma, sizeof(lemma), &form) ||
	    form != NKG_FORM_ED)
		return NKG_NONE;
	const struct trigger_word *w = find_word(lemma);
	return w && (w->flags & F_SUPPORT) ? j + 1 : NKG_NONE;
}

/* Participants of one trigger, written to its group's head. */
/* Whether token j is a plural of a nationality: "three Iraqis". */
static bool people_of(const struct ectx *c, uint32_t j)
{
	bool plural = false;
	return nkg_lex_demonym(tk(c, j), &plural) && plural;
}

/* The count of the victims of a killing verb, as written (without "all"
 * and the noun): after an active verb, "killing all 228 people on board",
 * "killed at least 120", "killed five soldiers"; before a passive, "at
 * least 20 people were killed".  An approximation ("at least", "more
 * than", "about", "nearly"...), a number or a number word, a scale
 * ("million"), then a victim noun, a nationality's plural ("three
 * Iraqis") or the end of the phrase; or a rough count ("Dozens of
 * protesters were arrested", "several", "hundreds"); not a number in a time or a quotation;
 * a verb, or a noun "killing" after a comma (a participle).  Tokens to
 * [*qb, *qe). */
static bool victim_count(const struct ectx *c, const struct trig *t, uint32_t *qb, uint32_t *qe)
{
	static const char *const approx[] = {"about", "around",        "nearly",  "almost", "some",
	                                     "over",  "approximately", "roughly", NULL};
	static const char *const two_word[][2] = {
	        {"at", "least"}, {"more", "than"}, {"up", "to"}, {"as", "many"}};
	static const char *const scales[] = {"hundred", "thousand", "million", NULL};
	static const char *const rough_counts[] = {"dozens", "hundreds", "thousands",
	                                           "scores", "several",  "eleven",
	                                           "twelve", "twenty",   NULL};
	uint32_t first = sent_first(c, t->head), end = sent_end(c, t->head), b, j, e;
	struct nkg_str w = tk(c, t->head);
	uint32_t pv = prev_tok(c, t->head);
	/* ", killing all 228 people": the noun "killing" as a participle */
	bool participle = w.len > 3 && memcmp(w.ptr + w.len - 3, "ing", 3) == 0 && pv != NKG_NONE &&
	                  is_w(c, pv, ",");
	if (!t->verb && !participle)
		return false;
	if (t->passive) {
		uint32_t p = prev_tok(c, t->head), q;
		if (p == NKG_NONE || !is_any(c, p, be_forms) || (q = prev_tok(c, p)) == NKG_NONE)
			return false;
		/* "35 people had been arrested" */
		if (is_w(c, p, "been") && q > first &&
		    (is_w(c, q, "had") || is_w(c, q, "have") || is_w(c, q, "has")))
			q--;
		/* a count alone, no noun after it, opens its clause: "At least
		 * 12 were killed and two were injured" (bare) */
		bool bare = !(is_any(c, q, victim_nouns) || people_of(c, q));
		if (!bare && q == first)
			return false;
		j = bare ? q : q - 1; /* the number */
		e = bare ? q + 1 : q;
		/* "Dozens of protesters were arrested" */
		if (!bare && q >= first + 2 && is_w(c, q - 1, "of") &&
		    is_any(c, q - 2, rough_counts)) {
			j = q - 2;
			e = q - 1;
		}
		while (j > first && is_any(c, j, scales))
			j--;
		b = j;
		if (b > first && is_any(c, b - 1, approx))
			b--;
		else
			for (size_t k = 0; k < sizeof(two_word) / sizeof(two_word[0]); k++)
				if (b >= first + 2 && is_w(c, b - 2, two_word[k][0]) &&
				    is_w(c, b - 1, two_word[k][1]))
					b -= 2;
		if (bare && b > first && !is_w(c, b - 1, ",") && !is_w(c, b - 1, "and") &&
		    !is_w(c, b - 1, ";") && !is_w(c, b - 1, "while"))
			return false; /* not "the two were arrested" */
	} else {
		j = t->head + 1;
		if (is_w(c, j, "all"))
			j++;
		b = j;
		if (is_any(c, j, approx))
			j++;
		else
			for (size_t k = 0; k < sizeof(two_word) / sizeof(two_word[0]); k++)
				if (is_w(c, j, two_word[k][0]) && is_w(c, j + 1, two_word[k][1]))
					j += 2;
		e = j + 1;
		while (e < end && is_any(c, e, scales))
			e++;
		if (e < end && !is_punct(c, e) && !is_any(c, e, preps) &&
		    !is_any(c, e, victim_nouns) && !people_of(c, e) &&
		    !is_any(c, e, clause_words) && !is_w(c, e, "and"))
			return false;
	}
	if (j >= end || c->quoted[j] || in_time(c, j) || c->cover[j] != NKG_NONE ||
	    !((tflags(c, j) & NKG_TOK_NUMBER) || (is_any(c, j, num_words) && !is_w(c, j, "half")) ||
	      is_any(c, j, rough_counts)))
		return false;
	*qb = b;
	*qe = e;
	return true;
}

/* What a fire burned (its patient): the object of a burning verb right
 * after it ("the fire that destroyed X", "a fire gutted X") or the subject
 * right before "was/were/been destroyed by/in ... fire". */
static void fire_patient(struct ectx *c, const struct trig *t, struct trig *h)
{
	static const char *const burning[] = {
	        "destroyed", "damaged",  "devastated", "gutted",   "burned",  "burnt", "razed",
	        "engulfed",  "consumed", "hit",        "destroys", "damages", "guts",  "burns",
	        "razes",     "engulfs",  "ravaged",    "ravages",  NULL};
	uint32_t end = sent_end(c, t->head), j = t->e, objs[1];
	if (j < end && (is_w(c, j, "that") || is_w(c, j, "which")))
		j++;
	if (j < end && is_lower_word(c, j) && tk(c, j).len > 2 &&
	    memcmp(tk(c, j).ptr + tk(c, j).len - 2, "ly", 2) == 0)
		j++;
	if (j < end && is_any(c, j, burning)) {
		/* the object right after the verb, over a determiner and up to
		 * three modifiers */
		uint32_t k = j + 1;
		for (int s = 0;
		     s < 4 && k < end &&
		     (is_any(c, k, determiners) || (is_lower_word(c, k) && !is_any(c, k, preps)));
		     s++)
			k++;
		uint32_t m = k < end ? c->cover[k] : NKG_NONE;
		/* "destroyed Palmer's dairy": Palmer did not burn */
		if (m != NKG_NONE && c->ments[m].b == k &&
		    !(c->ments[m].e < end && (tflags(c, c->ments[m].e) & NKG_TOK_POSSESSIVE)) &&
		    objects_after(c, k - 1, objs, 1))
			add_part(h, objs[0], NKG_ROLE_PATIENT);
		return;
	}
	/* "X was destroyed by fire", "X was damaged in a suspicious fire" */
	uint32_t p = prev_tok(c, t->b);
	for (int s = 0; s < 3 && p != NKG_NONE && !is_w(c, p, "by") && !is_w(c, p, "in"); s++)
		p = prev_tok(c, p);
	if (p == NKG_NONE)
		return;
	uint32_t v = prev_tok(c, p);
	if (v == NKG_NONE || !is_any(c, v, burning))
		return;
	uint32_t b = prev_tok(c, v);
	if (b != NKG_NONE && is_lower_word(c, b) && tk(c, b).len > 2 &&
	    memcmp(tk(c, b).ptr + tk(c, b).len - 2, "ly", 2) == 0)
		b = prev_tok(c, b); /* "badly" */
	if (b == NKG_NONE || !is_any(c, b, be_forms))
		return;
	uint32_t m = b > sent_first(c, b) ? c->cover[b - 1] : NKG_NONE;
	if (b > sent_first(c, b) && is_any(c, b - 1, (const char *const[]){"has", "have", NULL}))
		m = NKG_NONE;
	if (m != NKG_NONE && c->ments[m].e == b &&
	    !(c->ments[m].e < end && (tflags(c, c->ments[m].e) & NKG_TOK_POSSESSIVE)))
		add_part(h, c->ments[m].entity, NKG_ROLE_PATIENT);
}

/* Who died: the subject of "died" or "is dead" when a person; a place there
 * is where ("Queens woman dies"). */
static void death_subject(struct ectx *c, struct trig *h, uint32_t subj)
{
	if (subj == NKG_NONE)
		return;
	enum nkg_entity_kind kind = nkg_entity_class_kind(c->doc->entities[subj].cls);
	if (kind == NKG_KIND_PERSON)
		add_part(h, subj, NKG_ROLE_PATIENT);
	else if (kind == NKG_KIND_PLACE)
		h->place = more_specific(c->doc, h->place, subj);
}

static bool is_person_entity(const struct ectx *c, uint32_t e)
{
	return nkg_entity_class_kind(c->doc->entities[e].cls) == NKG_KIND_PERSON;
}

/* Acts done to people in one place: a place named with their noun is
 * where they happened ("the Brooklyn shooting"), not who did them. */
static bool local_act(enum nkg_event_class cls)
{
	return cls == NKG_EVENT_ATTACK || cls == NKG_EVENT_KILLING || cls == NKG_EVENT_ARREST ||
	       cls == NKG_EVENT_KIDNAPPING;
}

/* Whether the first mention of entity e after token from in its sentence
 * follows "a" or "an" ("the shooting of a Brooklyn mom"), or, in a
 * headline without articles, goes on with a word ("Shooting Of Hero
 * Brooklyn Mom"). */
static bool indefinite_place(const struct ectx *c, uint32_t from, uint32_t e)
{
	uint32_t end = sent_end(c, from);
	for (uint32_t j = from + 1; j < end && j < from + 30; j++) {
		uint32_t m = c->cover[j];
		if (m != NKG_NONE && c->ments[m].entity == e && c->ments[m].b == j) {
			uint32_t after = c->ments[m].e;
			return is_w(c, j - 1, "a") || is_w(c, j - 1, "an") ||
			       (c->title_case[c->toks->toks[j].sentence] && after < end &&
			        (tflags(c, after) & NKG_TOK_WORD));
		}
	}
	return false;
}

/* Whether "he"/"she" before the death verb t names who died when the
 * resolver gives person r (resolve_pronoun: the sex agrees, no other
 * person competes): not when r is the subject of a speech verb of t's
 * sentence before it or of the sentence before ("Chief Tom Lane said a
 * second man was found in a river.  He died at a hospital": the one who
 * tells of a death is rarely who died). */
static bool death_pronoun(const struct ectx *c, const struct trig *t, uint32_t r)
{
	if (r == NKG_NONE || !is_person_entity(c, r))
		return false;
	uint32_t first = sent_first(c, t->head);
	if (t->sent > 0)
		first = c->toks->sents[t->sent - 1].first;
	if (t->head - first > PRONOUN_WINDOW)
		first = t->head - PRONOUN_WINDOW;
	for (uint32_t j = first; j < t->head; j++)
		if (!c->quoted[j] && speech_verb_at(c, j) && subject_of(c, j, NULL) == r)
			return false;
	return true;
}

/* The classes whose victims a killing that joins them counts ("An
 * earthquake struck ..., killing at least 120 people": the disaster's
 * toll, its quantity). */
static bool toll_class(enum nkg_event_class cls)
{
	return cls == NKG_EVENT_KILLING || cls == NKG_EVENT_ATTACK ||
	       cls == NKG_EVENT_MILITARY_STRIKE || cls == NKG_EVENT_DISASTER ||
	       cls == NKG_EVENT_ACCIDENT || cls == NKG_EVENT_CLASH;
}

/* Verbs whose subject makes the speech their object names: "gave an
 * address", "delivered a speech", "made a statement". */
static const char *const delivering[] = {"give", "deliver", "make", "issue", "read", NULL};

/* Who won and who lost an election (issue 4; as a sports match: the
 * winner is the agent, the defeated the patient), people or parties, never
 * places: the subject of "won"/"defeated"/"beat" before the election noun
 * in its clause ("John Mahama won the election on Saturday", "X won
 * Saturday's presidential election", "X defeated Y in the election": Y the
 * patient), the subject of "lost" the patient, of "won/received N percent
 * of the vote" a participant (a candidate); "defeating"/"beating" Y
 * after the noun (", defeating Mahamudu Bawumia"); the object of an
 * active "elected" ("Ghanaians elected John Mahama"). */
static void election_sides(struct ectx *c, const struct trig *t, struct trig *h)
{
	static const char *const wins[] = {"won", "wins", "win", "winning", NULL};
	static const char *const beats[] = {"defeated", "defeats",   "defeat",  "beat",
	                                    "beats",    "defeating", "beating", NULL};
	static const char *const losses[] = {"lost", "loses", "lose", "losing", NULL};
	uint32_t first = sent_first(c, t->head), end = sent_end(c, t->head), objs[MAX_PARTS], n;
	if (t->verb) {
		if (!t->passive && strcmp(t->w->lemma, "elect") != 0)
			return;
		if (!t->passive) {
			n = objects_after(c, t->head, objs, 1);
			if (n && is_person_entity(c, objs[0]))
				add_part(h, objs[0], NKG_ROLE_AGENT);
		}
		return;
	}
	/* back over determiners, modifiers, a possessive time, "in" and the
	 * defeated ("defeated Y in the election"): the verb */
	uint32_t j = t->b,
	         v = strcmp(t->w->lemma, "vote") == 0 ? vote_share_verb(c, t->head) : NKG_NONE;
	for (int k = 0; k < 8 && j > first && v == NKG_NONE; k++) {
		j--;
		if (is_any(c, j, wins) || is_any(c, j, beats) || is_any(c, j, losses))
			v = j;
		else if (c->quoted[j] || is_any(c, j, clause_words) ||
		         (c->trig_at[j] != NKG_NONE && c->trig_at[j] != c->trig_at[t->head]) ||
		         !(is_any(c, j, determiners) || is_lower_word(c, j) || in_time(c, j) ||
		           c->cover[j] != NKG_NONE ||
		           (tflags(c, j) & (NKG_TOK_POSSESSIVE | NKG_TOK_NUMBER))))
			break;
	}
	j = v;
	bool share = v != NKG_NONE && strcmp(t->w->lemma, "vote") == 0;
	bool won = v != NKG_NONE && is_any(c, v, wins) && !share;
	bool beat = v != NKG_NONE && is_any(c, v, beats);
	bool lost = v != NKG_NONE && is_any(c, v, losses);
	/* "X won 44 percent of the vote": a candidate, the winner or not */
	if (share) {
		uint32_t s = subject_of(c, v, NULL);
		if (s != NKG_NONE)
			add_part(h, s, NKG_ROLE_PARTICIPANT);
	}
	if (won || beat || lost) {
		uint32_t s = subject_of(c, j, NULL);
		if (s != NKG_NONE &&
		    nkg_entity_class_kind(c->doc->entities[s].cls) != NKG_KIND_PLACE)
			add_part(h, s, lost ? NKG_ROLE_PATIENT : NKG_ROLE_AGENT);
		if (beat) {
			n = objects_after(c, j, objs, 1);
			if (n &&
			    nkg_entity_class_kind(c->doc->entities[objs[0]].cls) != NKG_KIND_PLACE)
				add_part(h, objs[0], NKG_ROLE_PATIENT);
		}
	}
	/* ", defeating Mahamudu Bawumia" */
	for (uint32_t k = t->e; k + 1 < end; k++) {
		if (is_any(c, k, clause_words) || is_w(c, k, ";") || c->quoted[k])
			break;
		if (is_w(c, k, ",") && (is_w(c, k + 1, "defeating") || is_w(c, k + 1, "beating"))) {
			n = objects_after(c, k + 1, objs, 1);
			if (n &&
			    nkg_entity_class_kind(c->doc->entities[objs[0]].cls) != NKG_KIND_PLACE)
				add_part(h, objs[0], NKG_ROLE_PATIENT);
			break;
		}
	}
}

/* The classes whose noun takes a plural's possessive as its participant
 * ("the Tar Heels' victory", "the workers' deaths"): listed, not a range of
 * the enum, so that a class appended later joins only when it says so. */
static bool plural_possessive_class(enum nkg_event_class cls)
{
	return cls == NKG_EVENT_DEATH || cls == NKG_EVENT_CHARGE || cls == NKG_EVENT_SPORTS_MATCH ||
	       cls == NKG_EVENT_FIRE || cls == NKG_EVENT_DISMISSAL;
}

/* The subject of the verb at v that makes an agreement ("signed",
 * "reached", "agreed"), and the name joined to it by "and" before it
 * ("Israel and Hamas agreed"): written to out (at most max), their count. */
static uint32_t agreement_makers(const struct ectx *c, uint32_t v, uint32_t *out, uint32_t max)
{
	uint32_t s = subject_of(c, v, NULL), n = 0;
	if (s == NKG_NONE || max == 0)
		return 0;
	out[n++] = s;
	uint32_t first = sent_first(c, v);
	for (uint32_t j = v; j > first && v - j < 8;) {
		j--;
		uint32_t m = c->cover[j];
		if (m == NKG_NONE || c->ments[m].entity != s)
			continue;
		uint32_t a = c->ments[m].b;
		if (a >= first + 2 && is_w(c, a - 1, "and") && c->cover[a - 2] != NKG_NONE &&
		    n < max && c->ments[c->cover[a - 2]].entity != s)
			out[n++] = c->ments[c->cover[a - 2]].entity;
		break;
	}
	return n;
}

/* The step an offence is told at, v (a token or NKG_NONE): t->arrest the
 * trigger there (an arrest, a charge, a verdict...), t->stopped whether v
 * is where the driver was caught in the act (an arrest, "pulled over",
 * "stopped", "cited", "was speeding") rather than a later legal step
 * ("charged with", "plead guilty to", "DUI case"), whose time and place
 * are not the offence's (offence_at_arrest; session 12 review, E1, E2). */
static void offence_step(const struct ectx *c, struct trig *t, uint32_t v)
{
	static const char *const stopping[] = {"pulled",   "stopped", "cited",  "caught",
	                                       "ticketed", "clocked", "booked", "nabbed",
	                                       NULL};
	uint32_t a = v == NKG_NONE ? NKG_NONE : c->trig_at[v];
	if (a != NKG_NONE)
		t->arrest = a;
	t->stopped = t->verb || (a != NKG_NONE && c->trigs[a].cls == NKG_EVENT_ARREST) ||
	             (v != NKG_NONE && is_any(c, v, stopping));
}

/* The offender of a driving offence, a person, its agent: the owner before
 * it ("Jackson's DUI charges", "Williams' DUI arrest"; a place there is
 * where: "a Queens DUI"); else the subject of the verb the offence's
 * phrase hangs from, over the words of that phrase ("Jamal Williams was
 * arrested on suspicion of drunken driving", "X faces DUI charges", "X
 * was pulled over for speeding"), or of "was speeding" itself; "he" or
 * "she" there the one resolve_pronoun names. */
static void offence_participants(struct ectx *c, struct trig *t, struct trig *h)
{
	static const char *const phrase[] = {
	        "of",      "for",        "with",         "on",       "to",       "over",
	        "a",       "an",         "the",          "his",      "her",      "suspicion",
	        "suspicions", "alleged", "misdemeanor",  "misdemeanour", "felony", "guilty",
	        "contest", "no",         "initially",    "early",    NULL};
	uint32_t first = sent_first(c, t->b);
	uint32_t j = t->b;
	if (j > first) {
		uint32_t k = j - 1;
		if (((tflags(c, k) & NKG_TOK_POSSESSIVE) ||
		     ((tflags(c, k) & NKG_TOK_QUOTE) && tk(c, k).len <= 3)) &&
		    k > first)
			k--;
		uint32_t m = c->cover[k];
		if (m != NKG_NONE && c->ments[m].e == k + 1 && !c->quoted[k]) {
			if (c->ments[m].kind == NKG_KIND_PLACE && !is_team(c, c->ments[m].entity))
				h->place = more_specific(c->doc, h->place, c->ments[m].entity);
			else if (is_person(c, m))
				add_part(h, c->ments[m].entity, NKG_ROLE_AGENT);
			/* "Williams' DUI arrest": the arrest's; "Kim's DUI case": a
			 * legal step's */
			offence_step(c, t, t->e < sent_end(c, t->b) ? t->e : NKG_NONE);
			return;
		}
	}
	/* "drunken-driving charges against Jamal Williams" */
	uint32_t objs[1];
	if (t->e + 1 < sent_end(c, t->b) && is_any(c, t->e, offence_heads) &&
	    is_w(c, t->e + 1, "against") && objects_after(c, t->e + 1, objs, 1) &&
	    is_person_entity(c, objs[0])) {
		add_part(h, objs[0], NKG_ROLE_AGENT);
		return;
	}
	uint32_t v = NKG_NONE;
	if (t->verb) {
		v = t->head; /* "was speeding" */
	} else {
		for (int k = 0; k < 12 && (j = prev_tok(c, j)) != NKG_NONE && j >= first; k++) {
			if (is_any(c, j, phrase) || (tflags(c, j) & NKG_TOK_DASH))
				continue;
			/* session 12 review, E5: "for speeding and drunk driving": over the
			 * offence it is joined to */
			if (is_w(c, j, "and") || is_w(c, j, "or")) {
				uint32_t o = trig_ending_at(c, j);
				if (o != NKG_NONE && c->trigs[o].cls == NKG_EVENT_DRIVING_OFFENCE) {
					j = c->trigs[o].b;
					continue;
				}
			}
			/* over a time or a place: "arrested early Sunday in San
			 * Diego for suspicion of DUI" */
			if (in_time(c, j) || is_any(c, j, loc_preps))
				continue;
			if (c->cover[j] != NKG_NONE && c->ments[c->cover[j]].kind == NKG_KIND_PLACE) {
				j = c->ments[c->cover[j]].b;
				continue;
			}
			/* session 12 review, E5: "Police arrested Jamal Williams on Sunday on
			 * suspicion of drunk driving": the object of an arrest,
			 * charge or verdict verb */
			uint32_t m = c->cover[j];
			bool pron = m == NKG_NONE && is_any(c, j, object_pronouns); /* "arrested him" */
			uint32_t av = pron ? prev_tok(c, j)
			              : m == NKG_NONE ? NKG_NONE
			                              : prev_tok(c, c->ments[m].b);
			if (av != NKG_NONE && av >= first && (pron || is_person(c, m)) &&
			    c->trig_at[av] != NKG_NONE && c->trigs[c->trig_at[av]].verb &&
			    !c->trigs[c->trig_at[av]].passive &&
			    (c->trigs[c->trig_at[av]].cls == NKG_EVENT_ARREST ||
			     c->trigs[c->trig_at[av]].cls == NKG_EVENT_CHARGE ||
			     c->trigs[c->trig_at[av]].cls == NKG_EVENT_VERDICT)) {
				uint32_t who = pron ? resolve_pronoun(c, j) : c->ments[m].entity;
				if (who != NKG_NONE && is_person_entity(c, who))
					add_part(h, who, NKG_ROLE_AGENT);
				offence_step(c, t, av);
				return;
			}
			if ((tflags(c, j) & NKG_TOK_WORD) && c->cover[j] == NKG_NONE &&
			    !is_any(c, j, clause_words) && !is_any(c, j, determiners))
				v = j;
			break;
		}
	}
	offence_step(c, t, v);
	if (v == NKG_NONE)
		return;
	uint32_t subj = subject_of(c, v, NULL);
	if (subj == NKG_NONE) {
		/* "after he was speeding", "he was arrested for DUI" */
		uint32_t q = prev_tok(c, v);
		for (int k = 0; k < 3 && q != NKG_NONE && q >= first && is_any(c, q, be_forms);
		     k++)
			q = prev_tok(c, q);
		if (q != NKG_NONE && q >= first &&
		    is_any(c, q, (const char *const[]){"he", "she", NULL}))
			subj = resolve_pronoun(c, q);
	}
	if (subj != NKG_NONE && is_person_entity(c, subj))
		add_part(h, subj, NKG_ROLE_AGENT);
}

static void trigger_participants(struct ectx *c, uint32_t ti)
{
	struct trig *t = &c->trigs[ti];
	struct trig *h = &c->trigs[t->group];
	uint32_t objs[MAX_PARTS], n;
	uint32_t first = sent_first(c, t->head), end = sent_end(c, t->head);
	bool statement = t->cls == NKG_EVENT_STATEMENT;
	enum nkg_role_type agent_role = statement                   ? NKG_ROLE_SPEAKER
	                                : t->cls == NKG_EVENT_CLASH ? NKG_ROLE_PARTICIPANT
	                                                            : NKG_ROLE_AGENT;

	if (t->cls >= NKG_EVENT_MARKET_RISE && t->cls <= NKG_EVENT_RECALL) {
		biz_participants(c, t, h);
		return;
	}
	if (t->cls == NKG_EVENT_DRIVING_OFFENCE) {
		offence_participants(c, t, h);
		return;
	}

	/* "Senator X survived an attack", "Mayor Y escapes knife attack": the
	 * subject of survive or escape is whom the attack befell */
	if (!t->verb && (t->cls == NKG_EVENT_ATTACK || t->cls == NKG_EVENT_KILLING)) {
		static const char *const survived[] = {"survive",   "survived", "survives",
		                                       "surviving", "escape",   "escaped",
		                                       "escapes",   "escaping", NULL};
		static const char *const unhurt[] = {"unhurt", "unharmed", "uninjured", "unscathed",
		                                     NULL};
		uint32_t j = t->b;
		for (int k = 0; k < 6 && (j = prev_tok(c, j)) != NKG_NONE && j >= first; k++) {
			if (is_any(c, j, survived)) {
				uint32_t subj = subject_of(c, j, NULL);
				if (subj != NKG_NONE && is_person_entity(c, subj))
					add_part(h, subj, NKG_ROLE_PATIENT);
				break;
			}
			/* "escaped unhurt from the knife attack" */
			if (is_w(c, j, "from") && j > first && is_any(c, j - 1, unhurt))
				continue;
			if (!is_lower_word(c, j) || c->cover[j] != NKG_NONE || is_any(c, j, preps))
				break;
		}
	}

	/* An entity right before a noun: "a US strike", "Iraq's agreements". */
	if (!t->verb && t->b > first) {
		uint32_t j = t->b - 1;
		for (int k = 0; k < 2 && j > first && (is_lower_word(c, j) || score_at(c, j)) &&
		                c->cover[j] == NKG_NONE && !is_any(c, j, determiners) &&
		                !is_any(c, j, preps) && !is_any(c, j, clause_words);
		     k++)
			j--;
		bool poss = false;
		if (tflags(c, j) & NKG_TOK_POSSESSIVE && j > first) {
			j--;
			poss = true;
		} else if (plural_possessive_class(t->cls) && j > first &&
		           (tflags(c, j) & NKG_TOK_QUOTE) && tk(c, j).len <= 3 &&
		           !(tflags(c, j) & NKG_TOK_SPACE_BEFORE) &&
		           tk(c, j - 1).ptr[tk(c, j - 1).len - 1] == 's') {
			/* "the Tar Heels' victory": a plural's possessive */
			j--;
			poss = true;
		}
		uint32_t m = c->cover[j];
		if (m != NKG_NONE && c->ments[m].e == j + 1 && !c->quoted[j]) {
			/* "the Brooklyn shooting": a place below a country is
			 * where an attack, killing or arrest was ("a US strike":
			 * a country is who struck) */
			bool place_like =
			        c->ments[m].kind == NKG_KIND_PLACE &&
			        !is_team(c, c->ments[m].entity) &&
			        (t->cls == NKG_EVENT_PROTEST || t->cls == NKG_EVENT_ELECTION ||
			         t->cls == NKG_EVENT_MEETING || t->cls == NKG_EVENT_DISASTER ||
			         t->cls == NKG_EVENT_ACCIDENT || t->cls == NKG_EVENT_FIRE ||
			         t->cls == NKG_EVENT_DEATH ||
			         (local_act(t->cls) && c->ments[m].cls != NKG_CLASS_COUNTRY));
			/* "Buckley's death", "Jackson's DUI charges", "the Jaguars'
			 * defeat": whom it befell */
			bool befell = t->cls == NKG_EVENT_DEATH || t->cls == NKG_EVENT_CHARGE ||
			              t->cls == NKG_EVENT_DISMISSAL ||
			              strcmp(t->w->lemma, "defeat") == 0;
			bool no_doer = t->cls == NKG_EVENT_FIRE ||
			               (t->cls == NKG_EVENT_SPORTS_MATCH &&
			                (!poss || strcmp(t->w->lemma, "playoff") == 0));
			if (place_like)
				h->place = more_specific(c->doc, h->place, c->ments[m].entity);
			else if (no_doer)
				;
			else if (statement)
				set_speaker(h, c->ments[m].entity);
			else if (befell && is_person(c, m))
				add_part(h, c->ments[m].entity, NKG_ROLE_PATIENT);
			else if (befell && t->cls == NKG_EVENT_SPORTS_MATCH)
				add_part(h, c->ments[m].entity, NKG_ROLE_PATIENT);
			else if (!befell)
				add_part(h, c->ments[m].entity, agent_role);
		}
	}

	/* "his arrest", "her death", "calls for his resignation": whose,
	 * when the sentence names that one person before it */
	if (!t->verb && t->b > first &&
	    is_any(c, t->b - 1, (const char *const[]){"his", "her", NULL}) &&
	    (person_event(t->cls) || t->cls == NKG_EVENT_DEATH || t->cls == NKG_EVENT_TRIAL ||
	     t->cls == NKG_EVENT_RESIGNATION) &&
	    t->cls != NKG_EVENT_KILLING) {
		uint32_t r = possessive_referent(c, t->b - 1);
		if (r != NKG_NONE)
			add_part(h, r,
			         t->cls == NKG_EVENT_RESIGNATION ? NKG_ROLE_AGENT
			                                         : NKG_ROLE_PATIENT);
	}

	/* Subject of a verb; a killing in the passive that is an act's toll
	 * ("Jamar was killed in a car accident": in_act, when_act) gives the
	 * act whom it killed. */
	if (t->verb && (t->group == ti || (t->passive && t->cls == NKG_EVENT_KILLING))) {
		uint32_t subj = t->quote_speaker;
		if (subj == NKG_NONE && t->desc_e == t->desc_b)
			subj = subject_of(c, t->head, NULL);
		if (t->passive && subj != NKG_NONE && person_event(t->cls) &&
		    nkg_entity_class_kind(c->doc->entities[subj].cls) == NKG_KIND_PLACE) {
			/* "Queens woman killed in hit-and-run": where, not whom */
			h->place = more_specific(c->doc, h->place, subj);
		} else if (t->passive && t->cls == NKG_EVENT_ELECTION) {
			/* "X was elected president": the winner */
			if (subj != NKG_NONE && is_person_entity(c, subj))
				add_part(h, subj, NKG_ROLE_AGENT);
		} else if (t->cls == NKG_EVENT_CLASH) {
			/* "mourners clashed with police": a side, no aggressor */
			if (subj != NKG_NONE &&
			    nkg_entity_class_kind(c->doc->entities[subj].cls) == NKG_KIND_PLACE)
				h->place = more_specific(c->doc, h->place, subj);
			else
				add_part(h, subj, NKG_ROLE_PARTICIPANT);
		} else if (t->cls == NKG_EVENT_ELECTION) {
			/* "Ghanaians elected X": the winner is the object
			 * (election_sides); a place as the subject is where */
			if (subj != NKG_NONE &&
			    nkg_entity_class_kind(c->doc->entities[subj].cls) == NKG_KIND_PLACE)
				h->place = more_specific(c->doc, h->place, subj);
		} else if (t->cls == NKG_EVENT_APPOINTMENT && !t->passive &&
		           strcmp(t->w->lemma, "take") == 0) {
			/* "Maria Lopez took office": the one appointed; not "once
			 * he takes office" (who "he" is, quotes hide) */
			if (subj != NKG_NONE && is_person_entity(c, subj) &&
			    !prev_is(c, t->head, (const char *const[]){"he", "she", NULL}))
				add_part(h, subj, NKG_ROLE_PATIENT);
		} else if (t->cls == NKG_EVENT_ADMISSION) {
			/* "Tara Reid checked into rehab", "X was hospitalized": the
			 * person admitted */
			if (subj != NKG_NONE && is_person_entity(c, subj))
				add_part(h, subj, NKG_ROLE_PATIENT);
		} else if (t->cls == NKG_EVENT_ESCAPE) {
			/* "A Texas inmate escaped": where, not who; "an escaped
			 * inmate": no subject; an organisation never escapes */
			if (subj == NKG_NONE || prev_is(c, t->head, determiners))
				;
			else if (nkg_entity_class_kind(c->doc->entities[subj].cls) ==
			         NKG_KIND_PLACE)
				h->place = more_specific(c->doc, h->place, subj);
			else if (is_person_entity(c, subj))
				add_part(h, subj, NKG_ROLE_AGENT);
		} else if (t->passive) {
			add_part(h, subj, NKG_ROLE_PATIENT);
			if (is_w(c, t->head + 1, "by")) {
				n = objects_after(c, t->head + 1, objs, 1);
				if (n)
					add_part(h, objs[0], NKG_ROLE_AGENT);
			}
		} else if (statement) {
			set_speaker(h, subj);
		} else if (t->cls == NKG_EVENT_DEATH) {
			if (!prev_is(c, t->head, (const char *const[]){"he", "she", NULL}))
				death_subject(c, h, subj);
			else if (death_pronoun(c, t, subj))
				death_subject(c, h, subj);
			else
				h->vague_he = true;
		} else if (t->cls == NKG_EVENT_ACCIDENT &&
		           (prev_is(c, t->head, (const char *const[]){"he", "she", NULL}) ||
		            strcmp(t->w->lemma, "hit") == 0 ||
		            strcmp(t->w->lemma, "strike") == 0)) {
			/* "he slipped and fell": as "he died" above; "the driver
			 * who hit her": the driver is no entity, and the name
			 * before is the victim's */
		} else {
			add_part(h, subj, NKG_ROLE_AGENT);
		}
	}
	if (t->cls == NKG_EVENT_ELECTION)
		election_sides(c, t, h);
	/* What burned: "the fire that destroyed the Matanuska Maid warehouse",
	 * "a fire gutted X", "X was destroyed by fire" (X right before the
	 * be-form, no possessive's owner: "Palin's church was damaged" is no
	 * fire of Palin's) */
	if (t->cls == NKG_EVENT_FIRE && !t->verb)
		fire_patient(c, t, h);
	/* "X was declared dead", "a climber is dead after": who died */
	if (t->cls == NKG_EVENT_DEATH && !t->verb && strcmp(t->w->lemma, "dead") == 0)
		death_subject(c, h, subject_of(c, t->head, NULL));

	/* "Borne defended the plan in a speech": a statement noun after "in" was
	 * made by the subject of its clause, a name that opens the sentence
	 * ("Sophie Binet of the CGT ..."; not "Unions criticised Borne in a
	 * speech": Borne is no subject there). */
	if (statement && !t->verb && t->group == ti && h->speaker == NKG_NONE) {
		uint32_t p = intro_prep(c, t->b);
		uint32_t subj =
		        p != NKG_NONE && is_w(c, p, "in") ? subject_of(c, p, NULL) : NKG_NONE;
		for (uint32_t j = first; subj != NKG_NONE && j < p; j++) {
			uint32_t m = c->cover[j];
			if (m == NKG_NONE || c->ments[m].entity != subj)
				continue;
			/* the name opens the clause: only capitalised words
			 * (titles), determiners and punctuation before it */
			bool opens = c->ments[m].e < p;
			for (uint32_t q = first; opens && q < c->ments[m].b; q++)
				opens = !is_lower_word(c, q) || is_any(c, q, determiners);
			if (opens)
				set_speaker(h, subj);
			break;
		}
		/* "In his keynote address Wednesday, Jobs announced": the person
		 * that opens the clause after the comma */
		/* "Boric gave a televised address", "delivered a speech": the
		 * subject of the verb that gives it */
		uint32_t v = t->b;
		while (v > first && v + 4 > t->b && is_lower_word(c, v - 1) &&
		       !lemma_in(c, v - 1, delivering))
			v--;
		if (h->speaker == NKG_NONE && v > first && v + 4 > t->b &&
		    lemma_in(c, v - 1, delivering))
			set_speaker(h, subject_of(c, v - 1, NULL));
		uint32_t pr = t->b;
		while (pr > first + 1 && pr + 3 > t->b && is_lower_word(c, pr - 1) &&
		       !is_w(c, pr - 1, "his") && !is_w(c, pr - 1, "her"))
			pr--; /* over "keynote", "weekly radio" */
		if (p == first && h->speaker == NKG_NONE && pr > first + 1 &&
		    (is_w(c, pr - 1, "his") || is_w(c, pr - 1, "her"))) {
			uint32_t k = t->e;
			while (k < end && k < t->e + 6 && !is_punct(c, k))
				k++;
			uint32_t m = k + 1 < end && is_w(c, k, ",") ? c->cover[k + 1] : NKG_NONE;
			if (m != NKG_NONE && c->ments[m].b == k + 1 && is_person(c, m))
				set_speaker(h, c->ments[m].entity);
		}
	}

	/* Targets and victims; the appointed, the tried and the sentenced. */
	if (t->cls == NKG_EVENT_KILLING || t->cls == NKG_EVENT_ATTACK ||
	    t->cls == NKG_EVENT_MILITARY_STRIKE || t->cls == NKG_EVENT_ARREST ||
	    t->cls == NKG_EVENT_KIDNAPPING ||
	    t->cls == NKG_EVENT_APPOINTMENT || t->cls == NKG_EVENT_TRIAL ||
	    t->cls == NKG_EVENT_VERDICT || t->cls == NKG_EVENT_CHARGE ||
	    t->cls == NKG_EVENT_DISMISSAL || t->cls == NKG_EVENT_SPORTS_MATCH ||
	    t->cls == NKG_EVENT_DEATH || t->cls == NKG_EVENT_INJURED_RESERVE) {
		bool match = t->cls == NKG_EVENT_SPORTS_MATCH;
		n = 0;
		if (t->verb && !t->passive && t->cls != NKG_EVENT_DEATH)
			n = objects_after(c, t->head, objs, MAX_PARTS);
		else if (!t->verb && !match &&
		         (is_w(c, t->e, "of") || is_w(c, t->e, "against") ||
		          ((is_w(c, t->e, "on") || is_w(c, t->e, "targeting")) &&
		           t->cls != NKG_EVENT_DEATH)))
			n = objects_after(c, t->e, objs, MAX_PARTS);
		else if (!t->verb && match && (is_w(c, t->e, "over") || is_w(c, t->e, "against")))
			/* "a 31-24 victory over the Jaguars": the loser */
			n = objects_after(c, t->e, objs, 1);
		else if (!t->verb && match && is_w(c, t->e, "to") &&
		         strcmp(t->w->lemma, "defeat") == 0) {
			/* "the Jaguars' defeat to the Colts": the winner */
			if (objects_after(c, t->e, objs, 1))
				add_part(h, objs[0], NKG_ROLE_AGENT);
		}
		/* "the shooting of a Brooklyn mom": a place after "a" or "an"
		 * describes whom an attack, killing or arrest befell, and is
		 * where it was ("the attack on Kirkuk": Kirkuk the target) */
		if (!t->verb && local_act(t->cls))
			for (uint32_t k = 0; k < n; k++)
				if (nkg_entity_class_kind(c->doc->entities[objs[k]].cls) ==
				            NKG_KIND_PLACE &&
				    indefinite_place(c, t->e, objs[k])) {
					if (c->doc->entities[objs[k]].cls != NKG_CLASS_COUNTRY)
						h->place = more_specific(c->doc, h->place, objs[k]);
					n = k;
				}
		/* "the death of Zurana Horton": only a person dies; only a
		 * person is kidnapped ("kidnapped Dapchi schoolgirls": no Dapchi) */
		if (t->cls == NKG_EVENT_DEATH || t->cls == NKG_EVENT_KIDNAPPING)
			for (uint32_t k = 0; k < n; k++)
				if (nkg_entity_class_kind(c->doc->entities[objs[k]].cls) !=
				    NKG_KIND_PERSON)
					n = k;
		for (uint32_t k = 0; k < n; k++)
			add_part(h, objs[k], NKG_ROLE_PATIENT);
		/* "killing all 228 people on board": how many, the killing's quantity */
		uint32_t qb, qe;
		if (((t->cls == NKG_EVENT_KILLING &&
		      (toll_class(h->cls) || h->cls == NKG_EVENT_FIRE)) ||
		     (t->cls == NKG_EVENT_ARREST && h->cls == NKG_EVENT_ARREST)) &&
		    !h->quantity.len && victim_count(c, t, &qb, &qe))
			h->quantity = (struct nkg_str){c->doc->text + c->toks->toks[qb].begin,
			                               c->toks->toks[qe - 1].end -
			                                       c->toks->toks[qb].begin};
	}

	/* "a vigil for Kimani Gray", "the funeral of X": the one mourned, a
	 * person */
	if (t->cls == NKG_EVENT_COMMEMORATION && !t->verb &&
	    (is_w(c, t->e, "for") || is_w(c, t->e, "of"))) {
		n = objects_after(c, t->e, objs, MAX_PARTS);
		for (uint32_t k = 0; k < n; k++)
			if (is_person_entity(c, objs[k]))
				add_part(h, objs[k], NKG_ROLE_PATIENT);
	}
	/* "a Brooklyn vigil": where, not who held it; nobody else is its
	 * agent either (the mourners are no entity) */
	if (t->cls == NKG_EVENT_COMMEMORATION) {
		uint32_t kept = 0;
		for (uint32_t k = 0; k < h->n_parts; k++) {
			const struct nkg_participant *pa = &h->parts[k];
			if (pa->role == NKG_ROLE_PATIENT)
				h->parts[kept++] = *pa;
			else if (nkg_entity_class_kind(c->doc->entities[pa->entity].cls) ==
			         NKG_KIND_PLACE)
				h->place = more_specific(c->doc, h->place, pa->entity);
		}
		h->n_parts = kept;
	}

	/* "the resignation of X": X resigns. */
	if (t->cls == NKG_EVENT_RESIGNATION && !t->verb && is_w(c, t->e, "of")) {
		n = objects_after(c, t->e, objs, 1);
		if (n)
			add_part(h, objs[0], NKG_ROLE_AGENT);
	}

	/* Partners of a meeting or an agreement; the sides of a clash
	 * ("clashes between police and X", "clashed with X"). */
	if (t->cls == NKG_EVENT_MEETING || t->cls == NKG_EVENT_AGREEMENT ||
	    (t->cls == NKG_EVENT_CLASH && !is_w(c, t->e, "of"))) {
		n = 0;
		if (is_w(c, t->e, "with") || is_w(c, t->e, "between"))
			n = objects_after(c, t->e, objs, MAX_PARTS);
		else if (t->verb && !t->passive)
			n = objects_after(c, t->head, objs, MAX_PARTS);
		/* "Russia signed an agreement with Ukraine", "Israel and Hamas
		 * agreed a ceasefire": who made it */
		if (t->cls == NKG_EVENT_AGREEMENT && t->maker != NKG_NONE && n < MAX_PARTS)
			n += agreement_makers(c, t->maker, objs + n, MAX_PARTS - n);
		bool visit = strcmp(t->w->lemma, "visit") == 0;
		for (uint32_t k = 0; k < n; k++) {
			/* "visited Amman": where the visit went, not who met */
			if (visit &&
			    nkg_entity_class_kind(c->doc->entities[objs[k]].cls) == NKG_KIND_PLACE)
				h->place = more_specific(c->doc, h->place, objs[k]);
			else
				add_part(h, objs[k], NKG_ROLE_PARTICIPANT);
		}
	}

	if (statement && !t->verb) {
		/* "a statement by X" / "by the influential cleric" */
		if (is_w(c, t->e, "by")) {
			n = objects_after(c, t->e, objs, 1);
			if (n) {
				set_speaker(h, objs[0]);
			} else {
				uint32_t j = t->e + 1;
				while (j < end &&
				       (is_any(c, j, determiners) || is_lower_word(c, j)) &&
				       j + 1 < end && is_lower_word(c, j + 1))
					j++;
				if (j < end && is_lower_word(c, j))
					set_speaker(h, resolve_role(c, j, t->b));
			}
		}
		/* "X said in his weekly sermon" */
		uint32_t j = prev_tok(c, t->b);
		for (int k = 0; k < 3 && j != NKG_NONE && !is_w(c, j, "in") &&
		                (is_any(c, j, determiners) || is_lower_word(c, j));
		     k++)
			j = prev_tok(c, j);
		if (j != NKG_NONE && is_w(c, j, "in")) {
			uint32_t v = prev_tok(c, j);
			if (v != NKG_NONE && speech_verb_at(c, v))
				set_speaker(h, subject_of(c, v, NULL));
		}
	}

	/* The one who carried out, launched or claimed an attack ("X denied
	 * carrying out the attack"). */
	if (!t->verb && (t->cls == NKG_EVENT_ATTACK || t->cls == NKG_EVENT_MILITARY_STRIKE ||
	                 t->cls == NKG_EVENT_KILLING)) {
		static const char *const doing[] = {"carry",   "conduct",    "launch",
		                                    "mount",   "stage",      "claim",
		                                    "execute", "perpetrate", NULL};
		uint32_t j = t->b;
		for (int k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE; k++) {
			if (is_punct(c, j) || is_any(c, j, clause_words) || c->cover[j] != NKG_NONE)
				break;
			if (lemma_in(c, j, doing)) {
				add_part(h, subject_of(c, j, NULL), NKG_ROLE_AGENT);
				break;
			}
		}
	}

	/* "A Paris court convicted X": a court is no entity here, and the place
	 * before it is where the court sits, not who judged. */
	if (t->cls == NKG_EVENT_VERDICT || t->cls == NKG_EVENT_TRIAL) {
		uint32_t kept = 0;
		for (uint32_t k = 0; k < h->n_parts; k++) {
			const struct nkg_participant *pa = &h->parts[k];
			if (pa->role == NKG_ROLE_AGENT &&
			    nkg_entity_class_kind(c->doc->entities[pa->entity].cls) ==
			            NKG_KIND_PLACE)
				h->place = more_specific(c->doc, h->place, pa->entity);
			else
				h->parts[kept++] = *pa;
		}
		h->n_parts = kept;
	}

	/* The one who called, staged or organised a protest. */
	if (t->cls == NKG_EVENT_PROTEST) {
		for (uint32_t j = t->b; j > first;) {
			j--;
			char lemma[WORD_MAX];
			enum nkg_word_form form;
			if (!is_lower_word(c, j) || c->cover[j] != NKG_NONE ||
			    !nkg_lemmatize(tk(c, j), known_word, lemma, sizeof(lemma), &form))
				continue;
			const struct trigger_word *w = find_word(lemma);
			if (w && (w->flags & F_SUPPORT)) {
				add_part(h, subject_of(c, j, NULL), NKG_ROLE_AGENT);
				break;
			}
		}
		uint32_t by = support_passive_by(c, t->e);
		if (by != NKG_NONE)
			add_part(h, first_object(c, by), NKG_ROLE_AGENT);
	}
}

static bool ends_in_ing(struct nkg_str w)
{
	return w.len > 4 && memcmp(w.ptr + w.len - 3, "ing", 3) == 0;
}

/* The strike, attack, disaster or accident noun that is the subject of the
 * sentence's main clause, for a participle after a comma at token comma:
 * "A magnitude 6.8 earthquake struck eastern Turkey early on Tuesday,
 * killing at least 120": the noun is the sentence's first noun phrase
 * (nothing but words before it, no preposition or comma) and no clause
 * word stands between it and the comma.  Its token, or NKG_NONE. */
static uint32_t clause_subject_act(const struct ectx *c, uint32_t first, uint32_t comma)
{
	size_t hb, he;
	dateline_header(c->doc, &hb, &he);
	/* after a dateline header ("ANKARA, Turkey (Reuters) -") */
	while (he > hb && first < comma && c->toks->toks[first].begin <= he)
		first++; /* the header and its dash */
	for (uint32_t k = first; k < comma && k < first + 8; k++) {
		if (is_any(c, k, preps) || is_punct(c, k) || c->quoted[k])
			return NKG_NONE;
		uint32_t ti = c->trig_at[k];
		if (ti == NKG_NONE)
			continue;
		const struct trig *n = &c->trigs[ti];
		if (n->verb || (n->cls != NKG_EVENT_MILITARY_STRIKE && n->cls != NKG_EVENT_ATTACK &&
		                n->cls != NKG_EVENT_DISASTER && n->cls != NKG_EVENT_ACCIDENT &&
		                n->cls != NKG_EVENT_CLASH))
			return NKG_NONE;
		for (uint32_t j = k + 1; j < comma; j++)
			if (is_any(c, j, clause_words) || is_punct(c, j))
				return NKG_NONE;
		return k;
	}
	return NKG_NONE;
}

/* The verb of an act (a strike, attack, disaster or accident) that the
 * clause [first, comma) is about (after an opening phrase of a preposition
 * or clause word and its comma): its first trigger, a verb in the active,
 * with no clause word before it ("A plane carrying 72 people crashed into
 * a gorge while landing"; not "Officials who crashed ..."): its token, or
 * NKG_NONE. */
static uint32_t clause_act_verb(const struct ectx *c, uint32_t first, uint32_t comma)
{
	/* "After the earthquake on Monday, X attacked a village, killing
	 * five": the clause after an opening phrase of a preposition */
	if (first < comma && (is_any(c, first, preps) || is_any(c, first, clause_words)))
		for (uint32_t k = first + 1; k < comma; k++)
			if (is_w(c, k, ",")) {
				first = k + 1;
				break;
			}
	for (uint32_t k = first; k < comma; k++) {
		if (is_any(c, k, clause_words) || c->quoted[k])
			return NKG_NONE;
		uint32_t ti = c->trig_at[k];
		if (ti == NKG_NONE)
			continue;
		const struct trig *n = &c->trigs[ti];
		if (!n->verb || n->passive ||
		    (n->cls != NKG_EVENT_MILITARY_STRIKE && n->cls != NKG_EVENT_ATTACK &&
		     n->cls != NKG_EVENT_DISASTER && n->cls != NKG_EVENT_ACCIDENT &&
		     n->cls != NKG_EVENT_CLASH))
			return NKG_NONE;
		return k;
	}
	return NKG_NONE;
}

/* The comma of a closing attribution whose speech verb is statement
 * trigger ti: ", AFAD said." / ", said AFAD." / ", the agency said.", the
 * verb at most five tokens after the comma with no other trigger between,
 * and at most two tokens (a speaker) before the sentence's end after it.
 * NKG_NONE otherwise. */
static uint32_t closing_attribution(const struct ectx *c, uint32_t ti, uint32_t end)
{
	const struct trig *t = &c->trigs[ti];
	if (t->cls != NKG_EVENT_STATEMENT || !t->verb)
		return NKG_NONE;
	uint32_t h = t->head, k = h + 1;
	while (k < end && !is_punct(c, k) && k < h + 4)
		k++;
	if (k < end && !is_punct(c, k))
		return NKG_NONE;
	if (k < end && is_w(c, k, ","))
		return NKG_NONE; /* "..., X said, and ..." goes on */
	for (uint32_t j = h; j > 0 && j + 6 > h;) {
		j--;
		if (is_w(c, j, ","))
			return j;
		if (c->trig_at[j] != NKG_NONE || is_punct(c, j))
			return NKG_NONE;
	}
	return NKG_NONE;
}

/* A time or place [b, e) that nearest_trigger() gave to trigger ti of the
 * sentence [first, end): when ti is a closing attribution ("..., AFAD
 * said.") and [b, e) lies before its comma, it belongs to what was said,
 * never to the saying: the nearest other event before the comma (*dist
 * updated), or NKG_NONE ("The cyclone made landfall late on Sunday, the
 * agency said": no event there, no date for either).  Else ti. */
static uint32_t not_the_attribution(const struct ectx *c, uint32_t ti, uint32_t first, uint32_t end,
                                    uint32_t b, uint32_t e, uint32_t *dist)
{
	const class_set others = ALL_CLASSES & ~CLASS_BIT(NKG_EVENT_STATEMENT);
	uint32_t comma = closing_attribution(c, ti, end);
	if (comma == NKG_NONE || b >= comma)
		return ti;
	return nearest_trigger(c, first, comma, b, e, others, dist);
}

/* The be-form of a passive hurt word at j ("were injured", "was badly
 * hurt", "got hurt"; not "to be injured", "being hurt": a wish or a
 * state), at most one adverb in -ly between: its token, or NKG_NONE. */
static uint32_t hurt_be(const struct ectx *c, uint32_t j)
{
	static const char *const bes[] = {"was", "were", "is", "are", "been", "got", NULL};
	uint32_t p = prev_tok(c, j);
	if (p != NKG_NONE && is_lower_word(c, p) && tk(c, p).len > 2 &&
	    memcmp(tk(c, p).ptr + tk(c, p).len - 2, "ly", 2) == 0)
		p = prev_tok(c, p);
	if (p == NKG_NONE || p < sent_first(c, j) || !is_any(c, p, bes))
		return NKG_NONE;
	return p;
}

/* The people a hurt word at j names as hurt: the persons of an active
 * verb's object ("wounding two officers, John Doe and Mark Roe",
 * "injuring John Doe"), or the person right before a passive's be-form
 * ("Alice Brown was wounded"; not "Mark Roe's son was injured").  Returns the
 * count written to out. */
static uint32_t hurt_people(const struct ectx *c, const struct trig *v, uint32_t *out, uint32_t max)
{
	uint32_t j = v->head, n = 0;
	if (!v->passive) {
		uint32_t objs[MAX_PARTS];
		uint32_t k = objects_after(c, j, objs, MAX_PARTS);
		for (uint32_t i = 0; i < k && n < max; i++)
			if (is_person_entity(c, objs[i]))
				out[n++] = objs[i];
		return n;
	}
	uint32_t be = prev_tok(c, j);
	if (be == NKG_NONE || be == sent_first(c, j) || !is_any(c, be, be_forms))
		return 0;
	uint32_t m = c->cover[be - 1];
	if (m != NKG_NONE && is_person(c, m) && c->ments[m].e == be && !c->quoted[be - 1] &&
	    max > 0)
		out[n++] = c->ments[m].entity;
	return n;
}

/* The acts whose toll the hurt of their sentence (or the next) are: an
 * attack, strike, killing, disaster, accident, clash (toll_class) or a
 * fire ("A firefighter was injured in the fire"). */
static bool hurt_class(enum nkg_event_class cls)
{
	return toll_class(cls) || cls == NKG_EVENT_FIRE;
}

/* A hurt word as the mention of an injury of its own (issue 4: "Two
 * officers were injured in Lyon on Tuesday"): "injured", "wounded" or
 * "hurt" in the passive (hurt_be; "was badly hurt"), whose subject says who
 * was hurt: a count (victim_count: "At least 40 people were wounded"), a
 * person named right before the be-form ("Alice Brown was wounded"), "he",
 * "she", "they", or a person noun ("A teenager was seriously injured");
 * never when "no", "nobody", "none" or "neither" says none was ("No one
 * was hurt", "no passengers were injured").  Whether the sentence reports
 * the act that hurt them is decided once every trigger is known
 * (drop_reported_injuries).  The trigger is marked a passive verb. */
static bool injury_sense(const struct ectx *c, uint32_t i, struct trig *t)
{
	static const char *const nobody[] = {"no",    "nobody", "none", "neither",
	                                     "noone", "no-one", NULL};
	static const char *const hurt_subjects[] = {
	        "he",           "she",       "they",       "man",     "woman",     "boy",
	        "girl",         "child",     "teenager",   "teen",    "officer",   "policeman",
	        "driver",       "passenger", "pedestrian", "player",  "worker",    "firefighter",
	        "firefighters", "soldier",   "student",    "cyclist", "motorist",  "resident",
	        "bystander",    "guard",     "victim",     "toddler", "baby",      "person",
	        "rider",        "climber",   "hiker",      "tourist", "spectator", "spectators",
	        "fans",         "players",   NULL};
	uint32_t be = hurt_be(c, i), first = sent_first(c, i);
	if (be == NKG_NONE || be == first || c->quoted[i])
		return false;
	uint32_t s = prev_tok(c, be);
	if (is_w(c, be, "been") && s > first &&
	    (is_w(c, s, "had") || is_w(c, s, "have") || is_w(c, s, "has")))
		s--;
	for (uint32_t k = s, n = 0; n < 4 && k != NKG_NONE && k >= first; n++, k = prev_tok(c, k))
		if (is_any(c, k, nobody))
			return false;
	struct trig v = *t;
	v.head = be + 1 == i ? i : be + 1; /* victim_count reads the be-form before head */
	v.verb = v.passive = true;
	uint32_t qb, qe, who[1];
	bool ok = victim_count(c, &v, &qb, &qe) || hurt_people(c, &v, who, 1) ||
	          is_any(c, s, hurt_subjects) || is_any(c, s, victim_nouns);
	if (!ok)
		return false;
	t->verb = t->passive = true;
	t->form = NKG_FORM_ED;
	return true;
}

/* Drops the injury triggers (injury_sense) of a sentence that reports an
 * act that hurt them (hurt_class), or whose sentence before does: its
 * hurt belong to that act (injury_counts); and of a sentence that reports a
 * death ("one protester died and 84 people were injured on Wednesday": the
 * death keeps its date, and no second event tells of one incident).  Runs
 * right after find_triggers, while every trigger is its own group. */
static void drop_reported_injuries(struct ectx *c)
{
	uint32_t last = NKG_NONE, n = 0;
	bool last_death = false;
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		if (t->cls == NKG_EVENT_INJURY && last != NKG_NONE &&
		    (last == t->sent || (last + 1 == t->sent && !last_death)))
			t->cls = NOT_EVENT;
		else if ((hurt_class(t->cls) || t->cls == NKG_EVENT_DEATH) && !c->quoted[t->head]) {
			last = t->sent;
			last_death = t->cls == NKG_EVENT_DEATH;
		}
	}
	last = NKG_NONE;
	for (uint32_t ti = c->n_trigs; ti > 0;) {
		struct trig *t = &c->trigs[--ti];
		if (t->cls == NKG_EVENT_INJURY && last == t->sent)
			t->cls = NOT_EVENT;
		else if ((hurt_class(t->cls) || t->cls == NKG_EVENT_DEATH) && !c->quoted[t->head])
			last = t->sent;
	}
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		c->trig_at[t->head] = NKG_NONE;
		if ((unsigned)t->cls == NOT_EVENT)
			continue;
		t->group = n;
		c->trig_at[t->head] = n;
		c->trigs[n++] = *t;
	}
	c->n_trigs = n;
}

/* How many an act hurt (issue 4: "how many were wounded"), the event's
 * injured count, and whom it hurt by name: the count after
 * "wounding"/"injuring"/"wounded"/"injured" in the active ("killing 12
 * people and wounding 30 others", ", injuring at least 50", "killed five
 * and wounded 10"), for the act of the nearest trigger before it in the
 * sentence whose event has a toll (toll_class: an attack, strike,
 * killing, disaster or accident), or the count before a passive ("30
 * people were wounded"), for the nearest such trigger of the sentence,
 * else the last one of the sentence before.  The count is read as a
 * killing's (victim_count: a number, then a victim noun, a nationality's
 * plural or the phrase's end): "wounded 30 others", not "wounded his
 * pride".  The first count an event gets wins.  The persons hurt
 * (hurt_people: "wounding two officers, John Doe and Mark Roe", "Alice
 * Brown was wounded in the shooting") are patients of that act when it is
 * an attack, strike, disaster or accident; a killing's patients are whom
 * it killed, a clash's sides its participants: neither takes them. */
static void injury_counts(struct ectx *c, uint32_t first, uint32_t end)
{
	static const char *const hurt[] = {"wounding", "injuring", "wounded",
	                                   "injured",  "hurt",     NULL};
	uint32_t sent = c->toks->toks[first].sentence;
	for (uint32_t j = first; j < end; j++) {
		if (!is_any(c, j, hurt) || c->quoted[j])
			continue;
		struct trig v;
		memset(&v, 0, sizeof(v));
		v.head = v.b = j;
		v.e = j + 1;
		v.verb = true;
		uint32_t p = prev_tok(c, j), be = hurt_be(c, j);
		v.passive = p != NKG_NONE && p >= first && is_any(c, p, be_forms);
		/* "were seriously injured": counted before the be-form */
		if (!v.passive && be != NKG_NONE) {
			v.passive = true;
			v.head = be + 1;
		}
		if (!v.passive && is_w(c, j, "hurt"))
			continue; /* "hurt his knee", "hurt sales" */
		uint32_t qb, qe, ti = NKG_NONE, people[MAX_PARTS];
		bool counted = victim_count(c, &v, &qb, &qe);
		uint32_t n_people = hurt_people(c, &v, people, MAX_PARTS);
		if (!counted && n_people == 0)
			continue;
		/* an injury of its own: nothing else hurt them */
		if (c->trig_at[j] != NKG_NONE && c->trigs[c->trig_at[j]].cls == NKG_EVENT_INJURY)
			ti = c->trig_at[j];
		for (uint32_t k = j; k > first && ti == NKG_NONE;) {
			k--;
			if (is_w(c, k, ";"))
				break;
			uint32_t x = c->trig_at[k];
			if (x != NKG_NONE && !c->quoted[k] &&
			    hurt_class(c->trigs[c->trigs[x].group].cls))
				ti = x;
		}
		if (ti == NKG_NONE && v.passive) {
			for (uint32_t k = j + 1; k < end && ti == NKG_NONE; k++) {
				uint32_t x = c->trig_at[k];
				if (x != NKG_NONE && !c->quoted[k] &&
				    hurt_class(c->trigs[c->trigs[x].group].cls))
					ti = x;
			}
			if (ti == NKG_NONE && c->last_toll != NKG_NONE &&
			    sent - c->last_toll_sent == 1)
				ti = c->last_toll;
		}
		if (ti == NKG_NONE)
			continue;
		struct trig *h = &c->trigs[c->trigs[ti].group];
		if (counted && !h->injured.len)
			h->injured = (struct nkg_str){c->doc->text + c->toks->toks[qb].begin,
			                              c->toks->toks[qe - 1].end -
			                                      c->toks->toks[qb].begin};
		if (h->cls != NKG_EVENT_KILLING && h->cls != NKG_EVENT_CLASH)
			for (uint32_t k = 0; k < n_people; k++)
				add_part(h, people[k], NKG_ROLE_PATIENT);
	}
	for (uint32_t j = first; j < end; j++) {
		uint32_t ti = c->trig_at[j];
		if (ti != NKG_NONE && !c->quoted[j] &&
		    hurt_class(c->trigs[c->trigs[ti].group].cls)) {
			c->last_toll = ti;
			c->last_toll_sent = sent;
		}
	}
}

/* A time [b, e) whose nearest trigger ti lies in a purpose clause after
 * it ("Rutte met the king at his palace on Saturday to hand in his
 * resignation": "to" or "in order to" and a verb between the time and ti)
 * also dates the main clause's verb before it, the nearest trigger before
 * the time that nothing separates from it and that is a verb not itself in
 * such a clause: its index (*dist its distance), or NKG_NONE. */
static uint32_t purpose_main(const struct ectx *c, uint32_t first, uint32_t b, uint32_t e,
                             uint32_t ti, uint32_t *dist)
{
	const struct trig *t = &c->trigs[ti];
	if (t->head < e)
		return NKG_NONE;
	bool purpose = false;
	for (uint32_t k = e; k + 1 < t->head + 1 && !purpose; k++)
		purpose = is_w(c, k, "to") && is_lower_word(c, k + 1) &&
		          !is_any(c, k + 1, determiners) && !(tflags(c, k + 1) & NKG_TOK_NUMBER) &&
		          !in_time(c, k + 1) && c->cover[k + 1] == NKG_NONE;
	if (!purpose)
		return NKG_NONE;
	uint32_t d, mv = nearest_trigger(c, first, b, b, e, ALL_CLASSES, &d);
	if (mv == NKG_NONE || !c->trigs[mv].verb || c->quoted[c->trigs[mv].head] != c->quoted[b])
		return NKG_NONE;
	/* not "..., to meet X on Saturday to ...": the main verb is no infinitive */
	uint32_t p = prev_tok(c, c->trigs[mv].head);
	if (p != NKG_NONE && is_w(c, p, "to"))
		return NKG_NONE;
	*dist = d;
	return mv;
}

/* The charge, verdict, arrest or trial verb that governs the crime noun
 * of trigger ti: "charged [John Smith] with murder", "convicted of fraud",
 * "charged in the shooting death": its trigger, or NKG_NONE. */
static uint32_t charging_verb(const struct ectx *c, uint32_t ti, uint32_t first)
{
	const struct trig *t = &c->trigs[ti];
	uint32_t k = t->b;
	if (t->verb || k < first + 2)
		return NKG_NONE;
	k--;
	/* over a determiner and a modifier: "in the shooting death" */
	for (int n = 0; n < 2 && k > first + 1 && !is_any(c, k, preps) &&
	                (is_any(c, k, determiners) || is_lower_word(c, k));
	     n++)
		k--;
	if (!is_w(c, k, "with") && !is_w(c, k, "of") && !is_w(c, k, "in"))
		return NKG_NONE;
	k--;
	if (c->cover[k] != NKG_NONE && c->ments[c->cover[k]].b > first)
		k = c->ments[c->cover[k]].b - 1; /* over the accused's name */
	uint32_t g = c->trig_at[k];
	if (g == NKG_NONE || !c->trigs[g].verb)
		return NKG_NONE;
	enum nkg_event_class cls = c->trigs[g].cls;
	return cls == NKG_EVENT_CHARGE || cls == NKG_EVENT_VERDICT || cls == NKG_EVENT_ARREST ||
	                       cls == NKG_EVENT_TRIAL
	               ? g
	               : NKG_NONE;
}

/* Verbs joined by "and" tell one story: "On Monday, police arrested Ahmed
 * Ali and charged him with murder".  A verb right after "and" (or "and
 * then") without a time of its own takes the time of the verb before the
 * "and" (the nearest trigger verb of the clause, no speech verb, nothing but words and
 * names between) when that time stands before that verb; a time between
 * the two ("arrested X on Monday and charged him") dates both too, the
 * first verb whose phrase it ends first;
 * and a pronoun object of the second ("charged him", "her", "them") is
 * the person the first verb acted on when it has no patient of its own. */
static bool has_role(const struct nkg_participant *p, uint32_t n, enum nkg_role_type role);

static void coordinated_verbs(struct ectx *c, uint32_t first, uint32_t end)
{
	for (uint32_t j = first + 1; j < end; j++) {
		uint32_t t2 = c->trig_at[j];
		if (t2 == NKG_NONE || !c->trigs[t2].verb || c->quoted[j])
			continue;
		uint32_t a = j - 1;
		if (is_w(c, a, "then") && a > first)
			a--;
		if (!is_w(c, a, "and"))
			continue;
		uint32_t t1 = NKG_NONE;
		for (uint32_t k = a; k > first && k + SENSE_WINDOW > a && t1 == NKG_NONE;) {
			k--;
			if (is_any(c, k, clause_words) || c->quoted[k] ||
			    (is_punct(c, k) && !is_w(c, k, ",")))
				break;
			if (c->trig_at[k] != NKG_NONE)
				t1 = c->trig_at[k];
		}
		/* not "Two years before, he said, ... and then arrested him" */
		/* the first may be a participle: "On Tuesday, the army shelled
		 * the city, killing 12, and arrested 30 people" */
		bool participle = t1 != NKG_NONE && ends_in_ing(tk(c, c->trigs[t1].head)) &&
		                  c->trigs[t1].b > first && is_w(c, c->trigs[t1].b - 1, ",");
		if (t1 == NKG_NONE || !(c->trigs[t1].verb || participle) ||
		    c->trigs[t1].group == c->trigs[t2].group ||
		    c->trigs[t1].cls == NKG_EVENT_STATEMENT ||
		    c->trigs[t2].cls == NKG_EVENT_STATEMENT)
			continue;
		struct trig *h1 = &c->trigs[c->trigs[t1].group],
		            *h2 = &c->trigs[c->trigs[t2].group];
		/* "arrested Ahmed Ali on Monday and charged him": the time
		 * that ends the first verb's phrase dates it, not only the
		 * nearer second verb */
		if (h1->time == NKG_NONE && h2->time != NKG_NONE)
			for (uint32_t k = c->trigs[t1].e; k < a; k++)
				if (c->tstart[k] == h2->time) {
					h1->time = h2->time;
					h1->time_dist = UINT32_MAX - 1;
					break;
				}
		if (h2->time == NKG_NONE && h1->time != NKG_NONE)
			for (uint32_t k = c->trigs[t1].b > first + SENSE_WINDOW
			                          ? c->trigs[t1].b - SENSE_WINDOW
			                          : first;
			     k < c->trigs[t1].b; k++)
				if (c->tstart[k] == h1->time) {
					h2->time = h1->time;
					h2->time_dist = UINT32_MAX - 1;
					break;
				}
		if (!is_any(c, j + 1, object_pronouns) ||
		    has_role(h2->parts, h2->n_parts, NKG_ROLE_PATIENT))
			continue;
		for (uint32_t k = 0; k < h1->n_parts; k++)
			if (h1->parts[k].role == NKG_ROLE_PATIENT &&
			    nkg_entity_class_kind(c->doc->entities[h1->parts[k].entity].cls) ==
			            NKG_KIND_PERSON)
				add_part(h2, h1->parts[k].entity, NKG_ROLE_PATIENT);
	}
}

/* "A bomb exploded in Kabul on Monday. At least 12 people were killed.":
 * a killing in the passive with a count of victims (victim_count) and no
 * "by", whose sentence names no time, no place, no trigger before it and
 * no cause after it ("when", "after", "as"...),
 * right after a sentence with an act that has a toll (an attack, strike,
 * disaster, accident or clash: c->last_toll), is that act's toll. */
static bool toll_of_last_act(const struct ectx *c, const struct trig *t, uint32_t first,
                             uint32_t end)
{
	uint32_t qb, qe;
	if (t->cls != NKG_EVENT_KILLING || !t->verb || !t->passive || c->last_toll == NKG_NONE ||
	    c->toks->toks[first].sentence - c->last_toll_sent != 1 || is_w(c, t->e, "by"))
		return false;
	enum nkg_event_class cls = c->trigs[c->trigs[c->last_toll].group].cls;
	if (cls == NKG_EVENT_KILLING || !toll_class(cls) || !victim_count(c, t, &qb, &qe))
		return false;
	if (end - first > 4 * SENSE_WINDOW)
		return false; /* a sentence that long tells more than a toll */
	for (uint32_t j = first; j < end; j++)
		if ((c->trig_at[j] != NKG_NONE && j < t->head) || time_starts(c, j) ||
		    (c->cover[j] != NKG_NONE && c->ments[c->cover[j]].kind == NKG_KIND_PLACE) ||
		    (j > t->head && is_any(c, j,
		                           (const char *const[]){"when", "after", "because", "as",
		                                                 "while", NULL})))
			return false; /* "... were killed when the roof collapsed" */
	return true;
}

/* "Two people were killed when a bus overturned near Nairobi": a killing
 * in the passive whose "when" clause (within twelve tokens, no trigger
 * between) opens with an act that has a toll (an attack, strike, disaster,
 * accident or clash verb in the active, or its noun as the clause's
 * subject: "when a landslide buried a village"; the clause's first
 * trigger) is that act's toll: the token of the act's trigger, or NKG_NONE. */
static uint32_t when_act(const struct ectx *c, const struct trig *t, uint32_t end)
{
	if (t->cls != NKG_EVENT_KILLING || !t->verb || !t->passive)
		return NKG_NONE;
	uint32_t w = t->e;
	while (w < end && w < t->e + 12 && !is_w(c, w, "when") && c->trig_at[w] == NKG_NONE &&
	       !c->quoted[w] && !is_w(c, w, ";"))
		w++;
	if (w >= end || !is_w(c, w, "when"))
		return NKG_NONE;
	for (uint32_t k = w + 1; k < end && k < w + 12; k++) {
		if (is_any(c, k, clause_words) || c->quoted[k] || is_punct(c, k))
			return NKG_NONE;
		uint32_t ti = c->trig_at[k];
		if (ti == NKG_NONE)
			continue;
		const struct trig *n = &c->trigs[ti];
		/* "when a landslide buried a village": the act's noun as the
		 * clause's subject, only determiners and modifiers before it */
		bool subject = !n->verb;
		for (uint32_t q = w + 1; subject && q < n->b; q++)
			subject = is_lower_word(c, q) && !is_any(c, q, preps);
		return (n->verb || subject) && !n->passive && n->cls != NKG_EVENT_KILLING &&
		                       toll_class(n->cls)
		               ? k
		               : NKG_NONE;
	}
	return NKG_NONE;
}

/* "A woman was killed in a hit-and-run crash", "Three soldiers were
 * killed by a roadside bomb blast", "killed in the earthquake": a killing
 * in the passive right before "in" or "by", a determiner or a possessive
 * and at most three modifiers, then the noun of an act that has a toll
 * (toll_class, no killing; what ends its phrase after it) is that act's
 * toll: the token of the act's trigger, or NKG_NONE.  Not a place or a
 * name between ("killed in Kabul in a blast": nearest_trigger's). */
static uint32_t in_act(const struct ectx *c, const struct trig *t, uint32_t end)
{
	if (t->cls != NKG_EVENT_KILLING || !t->verb || !t->passive)
		return NKG_NONE;
	uint32_t k = t->e;
	if (k >= end || !(is_w(c, k, "in") || is_w(c, k, "by")))
		return NKG_NONE;
	k++;
	if (k < end && (is_any(c, k, determiners) || (tflags(c, k) & NKG_TOK_POSSESSIVE)))
		k++;
	for (int n = 0; n < 4 && k < end; n++, k++) {
		uint32_t ti = c->trig_at[k];
		if (ti != NKG_NONE) {
			const struct trig *a = &c->trigs[ti];
			return !a->passive && a->cls != NKG_EVENT_KILLING && toll_class(a->cls) &&
			                       !c->quoted[k]
			               ? k
			               : NKG_NONE;
		}
		/* "a hit - and - run crash" */
		if ((tflags(c, k) & NKG_TOK_DASH) || is_w(c, k, "and"))
			continue;
		if (!is_lower_word(c, k) || c->cover[k] != NKG_NONE || is_any(c, k, preps) ||
		    is_any(c, k, clause_words) || in_time(c, k))
			return NKG_NONE;
	}
	return NKG_NONE;
}

/* The place a disaster struck (issue 4: "Hurricane Katrina struck New
 * Orleans", "Typhoon Haiyan battered the Philippines", "The earthquake hit
 * central Italy", "the storm swept through Florida"): a disaster noun or
 * named storm of the sentence [first, end), then at most two auxiliaries
 * or adverbs ("has", "later"), a verb of striking, optionally "through",
 * "across" or "into", a determiner and up to two modifiers, and a place
 * mention starting there: the disaster's place (the most specific). */
static void disaster_struck(struct ectx *c, uint32_t first, uint32_t end)
{
	static const char *const striking[] = {
	        "struck",  "strikes",   "hit",        "hits",     "battered",  "batters",
	        "pounded", "pounds",    "lashed",     "lashes",   "slammed",   "slams",
	        "ravaged", "ravages",   "devastated", "pummeled", "pummelled", "hammered",
	        "rocked",  "rocks",     "shook",      "swept",    "sweeps",    "tore",
	        "flooded", "inundated", NULL};
	static const char *const fillers[] = {"has",  "had",  "have",  "later",
	                                      "then", "also", "again", NULL};
	static const char *const through[] = {"through", "across", "into", "over", NULL};
	for (uint32_t j = first; j < end; j++) {
		uint32_t ti = c->trig_at[j];
		if (ti == NKG_NONE || c->quoted[j])
			continue;
		const struct trig *t = &c->trigs[ti];
		if (t->cls != NKG_EVENT_DISASTER || t->verb)
			continue;
		uint32_t k = t->e;
		for (int n = 0; n < 2 && k < end &&
		                (is_any(c, k, fillers) ||
		                 (is_lower_word(c, k) && tk(c, k).len > 2 &&
		                  memcmp(tk(c, k).ptr + tk(c, k).len - 2, "ly", 2) == 0));
		     n++)
			k++;
		if (k >= end || !is_any(c, k, striking) || c->quoted[k])
			continue;
		k++;
		if (k < end && is_any(c, k, through))
			k++;
		if (k < end && is_any(c, k, determiners))
			k++;
		for (int n = 0;
		     n < 2 && k < end && is_lower_word(c, k) && c->cover[k] == NKG_NONE &&
		     !is_any(c, k, preps) && !is_any(c, k, clause_words);
		     n++)
			k++;
		uint32_t m = k < end ? c->cover[k] : NKG_NONE;
		if (m == NKG_NONE || c->ments[m].b != k || c->ments[m].kind != NKG_KIND_PLACE)
			continue;
		struct trig *h = &c->trigs[t->group];
		h->place = more_specific(c->doc, h->place, c->ments[m].entity);
	}
}

/* "a hit and run accident that killed a woman", "the crash of a PIA
 * Airbus in Karachi that killed 97 people": a killing verb in the active
 * right after "that", whose nearest trigger before it (within thirteen
 * tokens, no clause word or punctuation between) is the noun of an act
 * that has a toll (toll_class, no killing), is that act's toll, as "the
 * crash killed a woman" is: the token of the act's trigger, or NKG_NONE.
 * Not when the nearest is another event ("bombings at a peace rally in
 * Ankara that killed 100": the rally killed nobody). */
static uint32_t relative_act(const struct ectx *c, const struct trig *t, uint32_t first)
{
	if (t->cls != NKG_EVENT_KILLING || !t->verb || t->passive || t->head < first + 2 ||
	    !is_w(c, t->head - 1, "that"))
		return NKG_NONE;
	for (uint32_t k = t->head - 1; k-- > first && k + 14 > t->head;) {
		uint32_t a = c->trig_at[k];
		if (a == NKG_NONE) {
			/* over what follows the noun: "the crash of a PIA Airbus
			 * in Karachi that killed 97", "the bombing at the airport
			 * last week that killed" */
			if (is_any(c, k, clause_words) || c->quoted[k] ||
			    (is_punct(c, k) && !(tflags(c, k) & NKG_TOK_DASH)))
				return NKG_NONE;
			continue;
		}
		const struct trig *n = &c->trigs[a];
		/* a fire too (hurt_class; session 12 review, K2: "A fire at a factory in
		 * Dhaka that killed 12 workers broke out on Sunday") */
		return k + 1 == n->e && !n->verb && n->cls != NKG_EVENT_KILLING &&
		                       hurt_class(n->cls) && !c->quoted[k]
		               ? k
		               : NKG_NONE;
	}
	return NKG_NONE;
}

/* The trigger a time at j goes to when the nearest, ti, is a killing in a
 * relative clause ("that killed 77 people") joined to no act and j lies in
 * the main clause after it (main_clause_at: a second verb group between):
 * the noun trigger before "that", whose clause that is ("The trial of the
 * gunman in Oslo that killed 77 people began on Monday": the trial's
 * Monday), the killing then undated; otherwise ti ("The bullet that
 * killed Ali Khan was fired on Monday": the firing that killed, no other
 * event).  *dist becomes the distance from the noun.  session 12 review, K1. */
static uint32_t relative_killing_host(const struct ectx *c, uint32_t ti, uint32_t first,
                                      uint32_t j, uint32_t *dist)
{
	const struct trig *t = &c->trigs[ti];
	if (t->cls != NKG_EVENT_KILLING || !t->verb || t->passive || t->group != ti ||
	    t->head < first + 1 || !is_w(c, t->head - 1, "that") || j < t->head ||
	    !main_clause_at(c, t->head - 1, j))
		return ti;
	for (uint32_t k = t->head - 1; k-- > first && k + 14 > t->head;) {
		uint32_t a = c->trig_at[k];
		if (a == NKG_NONE) {
			if (is_any(c, k, clause_words) || is_punct(c, k))
				return ti;
			continue;
		}
		if (c->trigs[a].verb || k + 1 != c->trigs[a].e)
			return ti;
		*dist = j - c->trigs[a].head;
		return a;
	}
	return ti;
}

/* Whether time tm has no date in its value ("later": XXXX-XX-XX). */
static bool vague_time(const struct ectx *c, uint32_t tm)
{
	struct nkg_str v = c->doc->times[tm].value;
	return v.len >= 4 && memcmp(v.ptr, "XXXX", 4) == 0;
}

/* "Jackson was arrested on suspicion of drunken driving early Tuesday on
 * State Route 52": a driving offence that a person was arrested for
 * happened when and where the arrest was (the driver is stopped in the
 * act), so the time and the place written next to either are both's: the
 * nearer one took it from the other. */
static void offence_at_arrest(struct ectx *c, uint32_t first, uint32_t end)
{
	/* twice: "arrested for speeding and drunk driving on Monday", the
	 * first offence's arrest dated by the second's */
	for (int pass = 0; pass < 2; pass++)
	for (uint32_t j = first; j < end; j++) {
		uint32_t ti = c->trig_at[j];
		if (ti == NKG_NONE || c->trigs[ti].cls != NKG_EVENT_DRIVING_OFFENCE)
			continue;
		struct trig *o = &c->trigs[c->trigs[ti].group];
		if (!c->trigs[ti].stopped) {
			/* session 12 review, E1, E2: "charged with DWI on Friday in Albany",
			 * "expected to plead guilty to DUI next week in Reno": the
			 * time and place are the legal step's, the offence's own
			 * are not told */
			if (c->trigs[ti].arrest != NKG_NONE) {
				struct trig *s = &c->trigs[c->trigs[c->trigs[ti].arrest].group];
				if (s != o && s->time == NKG_NONE)
					s->time = o->time;
				if (s != o && s->place == NKG_NONE)
					s->place = o->place;
			}
			o->time = o->place = NKG_NONE;
			continue;
		}
		if (c->trigs[ti].arrest == NKG_NONE)
			continue;
		struct trig *a = &c->trigs[c->trigs[c->trigs[ti].arrest].group];
		if (o == a || a->cls != NKG_EVENT_ARREST)
			continue;
		/* session 12 review, E5: "arrested on Monday in Dallas for drunk driving he
		 * committed on Saturday in Austin": an offence dated apart from
		 * the arrest took place apart from it */
		if (a->time != NKG_NONE && o->time != NKG_NONE && a->time != o->time) {
			if (a->place == NKG_NONE) {
				a->place = o->place; /* "arrested ... in Dallas for" */
				o->place = NKG_NONE;
			}
			continue;
		}
		/* session 12 review, E6: not a time with no date in it ("later arrested":
		 * XXXX-XX-XX), which tells nothing of the other */
		if (a->time == NKG_NONE)
			a->time = o->time;
		else if (o->time == NKG_NONE && !vague_time(c, a->time))
			o->time = a->time;
		if (a->place == NKG_NONE)
			a->place = o->place;
		else if (o->place == NKG_NONE)
			o->place = a->place;
	}
}

static void sentence_attributes(struct ectx *c, uint32_t first, uint32_t end)
{
	const class_set all = ALL_CLASSES;
	uint32_t dist;

	/* Groups: a killing/attack verb whose subject is a strike, attack, disaster or
	 * accident noun. */
	for (uint32_t j = first; j < end; j++) {
		uint32_t ti = c->trig_at[j];
		if (ti == NKG_NONE)
			continue;
		struct trig *t = &c->trigs[ti];
		if (t->cls != NKG_EVENT_KILLING && t->cls != NKG_EVENT_ATTACK)
			continue;
		uint32_t etok = NKG_NONE;
		if (t->verb && !t->passive)
			subject_of(c, t->head, &etok);
		if (etok == NKG_NONE)
			etok = relative_act(c, t, first);
		/* ", killing at least 120": a participle (the word may be read as
		 * the noun "killing"), whose subject is the main clause's */
		if (etok == NKG_NONE && t->head > first && is_w(c, t->head - 1, ",") &&
		    ends_in_ing(tk(c, t->head)) && !is_w(c, t->head + 1, "of"))
			etok = clause_subject_act(c, first, t->head - 1);
		/* "A plane crashed in Pokhara on Sunday, killing at least 68":
		 * the main clause's act verb */
		if (etok == NKG_NONE && t->head > first && is_w(c, t->head - 1, ",") &&
		    ends_in_ing(tk(c, t->head)) && !is_w(c, t->head + 1, "of"))
			etok = clause_act_verb(c, first, t->head - 1);
		if (etok != NKG_NONE)
			t->group = c->trigs[c->trig_at[etok]].group;
		else if (toll_of_last_act(c, t, first, end))
			t->group = c->trigs[c->last_toll].group;
		else if ((etok = when_act(c, t, end)) != NKG_NONE)
			t->group = c->trigs[c->trig_at[etok]].group;
		else if ((etok = in_act(c, t, end)) != NKG_NONE)
			t->group = c->trigs[c->trig_at[etok]].group;
	}
	for (uint32_t j = first; j < end; j++)
		if (c->trig_at[j] != NKG_NONE)
			trigger_participants(c, c->trig_at[j]);

	/* Times to the nearest trigger. */
	for (uint32_t j = first; j < end; j++) {
		if (!time_starts(c, j))
			continue;
		uint32_t p = prev_tok(c, j);
		/* "delay the delivery to 2026": a time after "to" is where
		 * something is moved, not when anything happened */
		if (p != NKG_NONE &&
		    (is_w(c, p, "since") || is_w(c, p, "after") || is_w(c, p, "before") ||
		     is_w(c, p, "until") || is_w(c, p, "till") || is_w(c, p, "from") ||
		     is_w(c, p, "by") || (is_w(c, p, "to") && moved_to(c, p))))
			continue;
		if (p != NKG_NONE && is_w(c, p, "of") && !of_time_dates(c, p))
			continue;
		uint32_t ab, ae;
		bool aside = in_aside(c, first, end, j, c->tend[j], &ab, &ae);
		uint32_t ti = nearest_trigger(c, aside ? ab : first, aside ? ae : end, j,
		                              c->tend[j], all, &dist);
		if (ti != NKG_NONE && !aside)
			ti = not_the_background(c, ti, first, end, j, c->tend[j], &dist);
		/* session 12 review, K1: "The trial of the gunman in Oslo that killed 77
		 * people began on Monday": a time past the main verb after a
		 * relative killing that is no act's toll is the main clause's
		 * (relative_killing_host) */
		if (ti != NKG_NONE && !aside)
			ti = relative_killing_host(c, ti, first, j, &dist);
		/* "The protest, which took place in Lyon on Sunday,": the noun's */
		if (aside && ti == NKG_NONE &&
		    (ti = aside_event_noun(c, first, ab, ae, j)) != NKG_NONE)
			dist = j - c->trigs[ti].head;
		/* "an accident that hurt a woman on Friday": the noun's, unless
		 * the noun has a time of its own, or the verb it is the subject
		 * of after the clause has ("the conference that moved to Lisbon
		 * three years ago" opened "on Monday night"); not the time of
		 * what someone did about it ("the attack that Israel blamed on
		 * Iran on Monday") */
		bool situating = false;
		if (!aside && ti == NKG_NONE &&
		    (ti = relative_event_noun(c, first, j, &situating)) != NKG_NONE) {
			uint32_t mt = main_verb_time(c, j, end);
			if (mt == NKG_NONE && !situating)
				continue;
			struct trig *h = &c->trigs[c->trigs[ti].group];
			dist = TRIGGER_REACH + (mt == NKG_NONE ? j : mt) - c->trigs[ti].head;
			if (h->time == NKG_NONE || dist < h->time_dist) {
				h->time = c->tstart[mt == NKG_NONE ? j : mt];
				h->time_dist = dist;
			}
			continue;
		}
		/* "the vote in Saturday's election", "Friday's massive rally": a
		 * time in the possessive dates the noun it determines, and no
		 * other event */
		uint32_t q = c->tend[j], k = q + 1;
		while (k < end && k < q + 4 && c->trig_at[k] == NKG_NONE &&
		       (is_lower_word(c, k) || (tflags(c, k) & NKG_TOK_NUMBER)))
			k++; /* "Friday night's 88-72 loss" */
		if (k < end && (tflags(c, q) & NKG_TOK_POSSESSIVE)) {
			if (c->trig_at[k] != NKG_NONE && !c->trigs[c->trig_at[k]].verb) {
				ti = c->trig_at[k];
				dist = 0;
			} else if (k > q + 1 || is_lower_word(c, k)) {
				continue; /* "the vote on Saturday's budget": the budget's */
			}
		}
		/* "charged with murder on Monday", "convicted of fraud in 2009":
		 * the charge's or the verdict's date, not the crime's */
		if (ti != NKG_NONE) {
			uint32_t g = charging_verb(c, ti, first);
			if (g != NKG_NONE)
				ti = g;
		}
		if (ti == NKG_NONE)
			continue;
		/* "The quake hit Malatya at 4:17 a.m., AFAD said." */
		if ((ti = not_the_attribution(c, ti, first, end, j, c->tend[j], &dist)) == NKG_NONE)
			continue;
		/* A time inside a reported clause with its own subject dates
		 * what the clause tells, not the saying: "She said the unions
		 * would call a nationwide strike on March 7" (no event in the
		 * clause: no date for the statement either). */
		if ((ti = not_the_saying(c, ti, j, c->tend[j], end, all, &dist)) == NKG_NONE)
			continue;
		/* A time inside a quotation dates what the quote tells, not the
		 * speech that quotes it ("'Seventeen years ago ...,' said X"). */
		if (c->quoted[j] != c->quoted[c->trigs[ti].head])
			continue;
		if (previous_conjunct_time(c, first, j, c->tend[j], ti))
			continue;
		struct trig *h = &c->trigs[c->trigs[ti].group];
		if (h->time == NKG_NONE || dist < h->time_dist) {
			h->time = c->tstart[j];
			h->time_dist = dist;
		}
		/* "met the king at his palace on Saturday to hand in his
		 * resignation": the main verb's event too */
		uint32_t mv = purpose_main(c, first, j, c->tend[j], ti, &dist);
		if (mv != NKG_NONE) {
			h = &c->trigs[c->trigs[mv].group];
			if (h->time == NKG_NONE || dist < h->time_dist) {
				h->time = c->tstart[j];
				h->time_dist = dist;
			}
		}
	}
	coordinated_verbs(c, first, end);
	disaster_struck(c, first, end);
	/* Places introduced by a locative preposition. */
	for (uint32_t j = first; j < end; j++) {
		uint32_t m = c->cover[j];
		if (m == NKG_NONE || c->ments[m].b != j || c->ments[m].kind != NKG_KIND_PLACE ||
		    c->quoted[j])
			continue;
		uint32_t p = intro_prep(c, j);
		/* "in the southern Brazilian state of Rio Grande do Sul", "in the
		 * city of Mosul": the preposition before the area noun */
		if (p != NKG_NONE && is_w(c, p, "of") && p > first &&
		    is_any(c, p - 1, area_nouns)) {
			uint32_t q = intro_prep(c, p - 1);
			if (q != NKG_NONE && is_any(c, q, loc_preps))
				p = q;
		}
		if (p == NKG_NONE || !is_any(c, p, loc_preps) || place_of_apposition(c, j))
			continue;
		/* "... in California, where he was interrogated and then
		 * arrested": the relative clause's events happened there. */
		uint32_t k = c->ments[m].e;
		if (is_w(c, k, ","))
			k++;
		if (is_w(c, k, "where")) {
			for (uint32_t r = k + 1; r < end && !is_any(c, r, clause_words); r++) {
				if (c->trig_at[r] == NKG_NONE)
					continue;
				struct trig *h = &c->trigs[c->trigs[c->trig_at[r]].group];
				h->place = more_specific(c->doc, h->place, c->ments[m].entity);
			}
		}
		/* "The attack, carried out near Kandahar on Monday,": the noun's */
		uint32_t ab, ae, ti = NKG_NONE;
		if (in_aside(c, first, end, j, c->ments[m].e, &ab, &ae)) {
			if ((ti = aside_event_noun(c, first, ab, ae, j)) != NKG_NONE) {
				struct trig *h = &c->trigs[c->trigs[ti].group];
				h->place = more_specific(c->doc, h->place, c->ments[m].entity);
				continue;
			}
			/* "The attack, condemned by leaders in Paris,": where they
			 * are, not where it was */
			bool own = false; /* "which praised a man who killed six" */
			for (uint32_t q = ab; q < ae && !own; q++)
				own = c->trig_at[q] != NKG_NONE;
			if (!own && ab >= first + 2 && is_w(c, ab - 1, ",") &&
			    c->trig_at[ab - 2] != NKG_NONE && !c->trigs[c->trig_at[ab - 2]].verb &&
			    !situating_clause(c, ab, ae))
				continue;
		}
		/* "an accident that hurt a woman in Queens": the noun's; not
		 * where someone did something about it ("the protest that police
		 * in London banned") */
		bool situating = false;
		uint32_t rel = relative_event_noun(c, first, j, &situating);
		if (rel != NKG_NONE && !situating)
			continue;
		ti = nearest_trigger(c, first, end, j, c->ments[m].e, all, &dist);
		if (ti == NKG_NONE && (ti = rel) != NKG_NONE)
			dist = j - c->trigs[ti].head;
		if (ti == NKG_NONE)
			continue;
		ti = not_the_background(c, ti, first, end, j, c->ments[m].e, &dist);
		/* "pulled over on a freeway outside San Diego, the California
		 * Highway Patrol said": where it happened, not where it was said */
		if ((ti = not_the_attribution(c, ti, first, end, j, c->ments[m].e, &dist)) ==
		    NKG_NONE)
			continue;
		if ((ti = not_the_saying(c, ti, j, c->ments[m].e, end, all, &dist)) == NKG_NONE)
			continue;
		struct trig *h = &c->trigs[c->trigs[ti].group];
		h->place = more_specific(c->doc, h->place, c->ments[m].entity);
	}
	/* Participant counts: each for the nearest protest of the sentence, else,
	 * when it counts a crowd and says of nothing else, for the last protest
	 * of the two sentences before ("Thousands marched on Saturday. Police
	 * said about 40,000 people took part"). */
	uint32_t qb, qe, sent = c->toks->toks[first].sentence;
	bool crowd;
	for (uint32_t from = first; from < end && find_quantity(c, from, end, &qb, &qe, &crowd);
	     from = qe) {
		uint32_t ti =
		        nearest_trigger(c, first, end, qb, qe, CLASS_BIT(NKG_EVENT_PROTEST), &dist);
		if (ti == NKG_NONE && crowd && c->last_protest != NKG_NONE &&
		    sent - c->last_protest_sent <= 2)
			ti = c->last_protest;
		if (ti != NKG_NONE)
			trig_add_quantity(&c->trigs[c->trigs[ti].group],
			                  (struct nkg_str){c->doc->text + c->toks->toks[qb].begin,
			                                   c->toks->toks[qe - 1].end -
			                                           c->toks->toks[qb].begin});
	}
	for (uint32_t j = first; j < end; j++) {
		uint32_t ti = c->trig_at[j];
		if (ti != NKG_NONE && c->trigs[ti].cls == NKG_EVENT_PROTEST && !c->quoted[j]) {
			c->last_protest = ti;
			c->last_protest_sent = sent;
		}
	}
	injury_counts(c, first, end);
	offence_at_arrest(c, first, end);
}

/* ---- coreference and output ------------------------------------------------------- */

/* Whether two participant lists name different key entities (people for
 * the person-centred classes, nkg_event_key_accepts) in the key role. */
static bool key_people_differ(const struct nkg_doc *doc, enum nkg_event_class cls,
                              enum nkg_role_type role, const struct nkg_participant *a, uint32_t na,
                              const struct nkg_participant *b, uint32_t nb)
{
	for (uint32_t i = 0; i < na; i++) {
		if (a[i].role != role ||
		    !nkg_event_key_accepts(cls, doc->entities[a[i].entity].cls))
			continue;
		for (uint32_t j = 0; j < nb; j++) {
			if (b[j].role == role && b[j].entity != a[i].entity &&
			    nkg_event_key_accepts(cls, doc->entities[b[j].entity].cls))
				return true;
		}
	}
	return false;
}

/* A disaster's kind, so that an earthquake and a flood stay two events:
 * synonyms share one ("quake" = "earthquake", the storms). */
static const char *disaster_kind(const char *lemma)
{
	static const char *const same[][2] = {
	        {"quake", "earthquake"},  {"flooding", "flood"},  {"typhoon", "hurricane"},
	        {"cyclone", "hurricane"}, {"storm", "hurricane"}, {"landfall", "hurricane"},
	        {"bushfire", "wildfire"},
	};
	for (size_t k = 0; k < sizeof(same) / sizeof(same[0]); k++)
		if (strcmp(lemma, same[k][0]) == 0)
			return same[k][1];
	return lemma;
}

/* A mention that says its event took place: a past-tense verb, asserted
 * ("met", "rallied"; not "was to meet", not a passive). */
static bool trig_is_past(const struct trig *t)
{
	return t->verb && t->form == NKG_FORM_ED && !t->passive && t->fact == NKG_FACT_ASSERTED;
}

/* A mention that only wishes, plans or supposes its event: "wanted to
 * meet", "could strike". */
static bool trig_is_wish(const struct trig *t)
{
	return t->fact == NKG_FACT_CALLED_FOR || t->fact == NKG_FACT_HYPOTHETICAL;
}

/* Whether time (a doc->times index or NKG_NONE) is a date after the
 * publication date, compared at the precision both give ("2015-09-23" or
 * "2015-10" after "2015-09-22"). */
static bool after_publication(const struct nkg_doc *doc, uint32_t time)
{
	if (time == NKG_NONE || doc->date.len != 10)
		return false;
	/* Only calendar dates: YYYY, YYYY-MM, YYYY-MM-DD (a time's date part);
	 * "2012-Q4", "2012-W51" or "2012-SU" are not compared. */
	struct nkg_str v = doc->times[time].value;
	size_t n = v.len >= 10 ? 10 : v.len;
	if (n != 4 && n != 7 && n != 10)
		return false;
	for (size_t k = 0; k < n; k++) {
		bool dash = k == 4 || k == 7;
		if (dash ? v.ptr[k] != '-' : (v.ptr[k] < '0' || v.ptr[k] > '9'))
			return false;
	}
	return memcmp(v.ptr, doc->date.ptr, n) > 0;
}

/* An amount in a comparable form: letters lower-cased, digits, '.', '$'
 * and '%' kept, spaces and thousands commas dropped, "percent"/"per
 * cent"/"pct" as '%' and "points" as "point" ("3.41%" = "3.41 percent",
 * "4,300" = "4300").  Writes at most cap - 1 bytes and a NUL. */
static void qty_form(struct nkg_str q, char *out, size_t cap)
{
	static const char *const same[][2] = {{"percent", "%"}, {"pct", "%"}, {"points", "point"}};
	size_t n = 0;
	for (size_t k = 0; k < q.len && n + 1 < cap; k++) {
		char ch = q.ptr[k];
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' ||
		    ch == '$' || ch == '%')
			out[n++] = ch;
	}
	out[n] = '\0';
	for (size_t k = 0; k < sizeof(same) / sizeof(same[0]); k++) {
		char *at = strstr(out, same[k][0]);
		if (!at)
			continue;
		size_t wl = strlen(same[k][0]), rl = strlen(same[k][1]);
		memmove(at + rl, at + wl, strlen(at + wl) + 1);
		memcpy(at, same[k][1], rl);
	}
}

/* Whether two amounts of a market movement, layoff or acquisition differ:
 * "rose 3 percent" and "rose 100 points" are two movements. */
static bool quantities_differ(struct nkg_str a, struct nkg_str b)
{
	char fa[64], fb[64];
	if (!a.len || !b.len)
		return false;
	qty_form(a, fa, sizeof(fa));
	qty_form(b, fb, sizeof(fb));
	return strcmp(fa, fb) != 0;
}

static bool has_role(const struct nkg_participant *p, uint32_t n, enum nkg_role_type role)
{
	for (uint32_t k = 0; k < n; k++)
		if (p[k].role == role)
			return true;
	return false;
}

/* Whether one of two time values is a clock time of the other's day:
 * "2024-06-11" and "2024-06-11T04:17" (the day of a quake and the minute it
 * hit are one time; a month and a day in it are not: "unveiled today" and
 * "introduced in January" are two launches). */
static bool time_within(const struct nkg_doc *doc, uint32_t a, uint32_t b)
{
	struct nkg_str x = doc->times[a].value, y = doc->times[b].value;
	if (x.len > y.len) {
		struct nkg_str t = x;
		x = y;
		y = t;
	}
	return x.len == 10 && x.len < y.len && memcmp(x.ptr, y.ptr, x.len) == 0 &&
	       y.ptr[x.len] == 'T' && x.ptr[0] >= '0' && x.ptr[0] <= '9';
}

static bool has_product(const struct nkg_doc *doc, const struct nkg_participant *p, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (doc->entities[p[i].entity].cls == NKG_CLASS_PRODUCT)
			return true;
	return false;
}

/* Whether two launches are of different products: both name products
 * (NKG_CLASS_PRODUCT) and none in common ("Apple unveiled Lion" is not the
 * launch of "Snow Leopard, which was released in 2009"), or one names a
 * product and has no agent, the other names none (a passive about a
 * product, "the Shuffle was introduced in January", is not "Steve Jobs
 * introduced the next generation of software"). */
static bool products_differ(const struct nkg_doc *doc, const struct nkg_participant *a, uint32_t na,
                            const struct nkg_participant *b, uint32_t nb)
{
	bool pa = has_product(doc, a, na), pb = has_product(doc, b, nb);
	if (pa != pb)
		return pa ? !has_role(a, na, NKG_ROLE_AGENT) : !has_role(b, nb, NKG_ROLE_AGENT);
	if (!pa)
		return false;
	for (uint32_t i = 0; i < na; i++)
		for (uint32_t j = 0; j < nb; j++)
			if (b[j].entity == a[i].entity &&
			    doc->entities[a[i].entity].cls == NKG_CLASS_PRODUCT)
				return false;
	return true;
}

/* Whether an event and a trigger group each name a person as agent and no
 * person of one is one of the other. */
static bool people_differ(const struct nkg_doc *doc, const struct nkg_event *ev,
                          const struct trig *h)
{
	bool a = false, b = false;
	for (uint32_t i = 0; i < ev->n_participants; i++) {
		const struct nkg_participant *p = &ev->participants[i];
		if (p->role != NKG_ROLE_AGENT || doc->entities[p->entity].cls != NKG_CLASS_PERSON)
			continue;
		a = true;
		for (uint32_t j = 0; j < h->n_parts; j++)
			if (h->parts[j].entity == p->entity)
				return false;
	}
	for (uint32_t j = 0; j < h->n_parts; j++)
		b = b || (h->parts[j].role == NKG_ROLE_AGENT &&
		          doc->entities[h->parts[j].entity].cls == NKG_CLASS_PERSON);
	return a && b;
}

/* Whether two sports matches name their sides (agents and patients) and
 * share none. */
static bool sides_differ(const struct nkg_event *ev, const struct trig *h)
{
	bool a = false, b = false;
	for (uint32_t i = 0; i < ev->n_participants; i++) {
		const struct nkg_participant *p = &ev->participants[i];
		if (p->role != NKG_ROLE_AGENT && p->role != NKG_ROLE_PATIENT)
			continue;
		a = true;
		for (uint32_t j = 0; j < h->n_parts; j++)
			if (h->parts[j].entity == p->entity)
				return false;
	}
	for (uint32_t j = 0; j < h->n_parts; j++)
		b = b || h->parts[j].role == NKG_ROLE_AGENT || h->parts[j].role == NKG_ROLE_PATIENT;
	return a && b;
}

/* Whether the verb trigger h has an indefinite subject of its own: "a
 * second man was charged", "an 80-year-old woman died", "another
 * protester was charged" (back over forms of "be" and auxiliaries, then up
 * to five lower-case words or numbers, to "a", "an" or "another"). */
static bool indefinite_subject(const struct ectx *c, const struct trig *h)
{
	if (!h->verb)
		return false;
	uint32_t first = sent_first(c, h->head), j = h->head;
	while (j > first && (is_any(c, j - 1, be_forms) || is_any(c, j - 1, aux_skip)))
		j--;
	for (int k = 0; k < 6 && j > first; k++) {
		j--;
		if (is_w(c, j, "a") || is_w(c, j, "an") || is_w(c, j, "another"))
			return true;
		if (c->cover[j] != NKG_NONE || is_punct(c, j) || is_any(c, j, clause_words) ||
		    !(is_lower_word(c, j) || (tflags(c, j) & NKG_TOK_NUMBER)))
			return false;
	}
	return false;
}

/* The number of the flight at token i: a number or a code of letters and
 * digits right after it, or in an apposition ("flight 447", "Flight QF2",
 * "a second Qantas flight, QF2,"); else empty. */
static struct nkg_str flight_number(const struct ectx *c, uint32_t i)
{
	uint32_t n = c->toks->n, k = i + 1;
	if (k < n && is_w(c, k, ","))
		k++;
	if (k >= n || !(tflags(c, k) & (NKG_TOK_WORD | NKG_TOK_NUMBER)))
		return NKG_STR_NULL;
	struct nkg_str s = tk(c, k);
	bool digit = false;
	for (size_t q = 0; q < s.len; q++)
		if (s.ptr[q] >= '0' && s.ptr[q] <= '9')
			digit = true;
		else if (!(s.ptr[q] >= 'A' && s.ptr[q] <= 'Z'))
			return NKG_STR_NULL;
	return digit && s.len <= 8 ? s : NKG_STR_NULL;
}

/* Whether the flight at token i is another than one told before: "another
 * Qantas flight", "a second flight", "the other flight". */
static bool other_flight(const struct ectx *c, uint32_t i)
{
	uint32_t j = i;
	for (int k = 0; k < 4 && (j = prev_tok(c, j)) != NKG_NONE && !is_punct(c, j); k++)
		if (is_any(c, j,
		           (const char *const[]){"another", "second", "third", "other", "separate",
		                                 NULL}))
			return true;
	return false;
}

static bool compatible(const struct ectx *c, uint32_t base, uint32_t e, const struct trig *h)
{
	const struct nkg_event *ev = &c->doc->events[e];
	const struct evx *x = &c->evx[e - base];
	if (ev->cls != h->cls)
		return false;
	/* "She died" that names nobody surely is a death of its own: "her
	 * death" after it is as likely the named one's before */
	if (x->vague)
		return false;
	if (ev->time != NKG_NONE && h->time != NKG_NONE && ev->time != h->time &&
	    !time_within(c->doc, ev->time, h->time))
		return false;
	/* What took place is not what is still to come: "Brin met with him"
	 * and "tomorrow he plans to meet dignitaries" are two meetings. */
	if ((x->past && after_publication(c->doc, h->time)) ||
	    (trig_is_past(h) && after_publication(c->doc, ev->time)))
		return false;
	/* Nor is a wish ("dignitaries wanted to meet with his son") the one
	 * that took place, in either order, unless a time tells they are the
	 * same; a protest called for is the rally it announces (above). */
	if (h->cls != NKG_EVENT_PROTEST && ev->time == NKG_NONE && h->time == NKG_NONE &&
	    ((x->past && trig_is_wish(h)) || (x->wish && trig_is_past(h))))
		return false;
	if (places_conflict(c->doc, ev->place, h->place))
		return false;
	if (h->cls == NKG_EVENT_DISASTER &&
	    strcmp(disaster_kind(x->lemma), disaster_kind(h->w->lemma)) != 0)
		return false;
	/* "pulled over for speeding ... arrested on suspicion of drunken
	 * driving": two offences of one driver */
	if (h->cls == NKG_EVENT_DRIVING_OFFENCE &&
	    (strcmp(x->lemma, "speeding") == 0) != (strcmp(h->w->lemma, "speeding") == 0))
		return false;
	/* "vigils were held ... the funeral is on Friday": two gatherings */
	if (h->cls == NKG_EVENT_COMMEMORATION && strcmp(x->lemma, h->w->lemma) != 0)
		return false;
	/* "A Qantas flight ... Another Qantas flight", "flight 447 ... flight
	 * 212": two flights */
	if (h->cls == NKG_EVENT_FLIGHT) {
		struct nkg_str num = flight_number(c, h->head);
		if (other_flight(c, h->head) ||
		    (num.len && x->number.len && !nkg_str_eq(num, x->number)))
			return false;
	}
	/* "Hurricane Ian ... Hurricane Fiona": two storms */
	if (h->storm && x->storm.len && !nkg_str_eq(x->storm, tk(c, h->head)))
		return false;
	/* "Belgium defeated Panama ... Sweden defeated South Korea": two
	 * matches when each names its sides and they share none */
	if (h->cls == NKG_EVENT_SPORTS_MATCH && sides_differ(ev, h))
		return false;
	/* one climber's fall is not another's */
	if (h->cls == NKG_EVENT_ACCIDENT && people_differ(c->doc, ev, h))
		return false;
	/* "the playoffs" (a series) are not one of their games */
	if (h->cls == NKG_EVENT_SPORTS_MATCH &&
	    (strcmp(x->lemma, "playoff") == 0) != (strcmp(h->w->lemma, "playoff") == 0))
		return false;
	if ((h->cls == NKG_EVENT_MARKET_RISE || h->cls == NKG_EVENT_MARKET_FALL ||
	     h->cls == NKG_EVENT_LAYOFF || h->cls == NKG_EVENT_ACQUISITION) &&
	    quantities_differ(ev->quantity, h->quantity))
		return false;
	/* "Stock markets worldwide continue to fall" (the market) and, later,
	 * "shares in HBOS falling 41.54%" (one company): the movement of
	 * something named does not join an earlier one of nothing named. */
	if ((h->cls == NKG_EVENT_MARKET_RISE || h->cls == NKG_EVENT_MARKET_FALL) &&
	    has_role(h->parts, h->n_parts, NKG_ROLE_INSTRUMENT) &&
	    !has_role(ev->participants, ev->n_participants, NKG_ROLE_INSTRUMENT))
		return false;
	if (h->cls == NKG_EVENT_PRODUCT_LAUNCH &&
	    products_differ(c->doc, ev->participants, ev->n_participants, h->parts, h->n_parts))
		return false;
	enum nkg_role_type key = nkg_event_key_role(h->cls);
	if (key != NKG_ROLE_COUNT && key_people_differ(c->doc, h->cls, key, ev->participants,
	                                               ev->n_participants, h->parts, h->n_parts))
		return false;
	/* "Porter was charged with fraud" and, later, "a 19-year-old man was
	 * charged in the shooting": a named person's charge, death or
	 * dismissal takes no one whose subject is another, indefinite one,
	 * nor a death whose "he" names nobody surely (death_pronoun: "Carl
	 * Olsen died on Sunday. ... Chief Tom Lane said a man was found. He
	 * died at a hospital" are two deaths) */
	if ((h->cls == NKG_EVENT_CHARGE || h->cls == NKG_EVENT_DEATH ||
	     h->cls == NKG_EVENT_DISMISSAL) &&
	    key != NKG_ROLE_COUNT && has_role(ev->participants, ev->n_participants, key) &&
	    !has_role(h->parts, h->n_parts, key) && (indefinite_subject(c, h) || h->vague_he))
		return false;
	if (h->cls == NKG_EVENT_STATEMENT) {
		if (h->speaker != NKG_NONE && x->speaker != NKG_NONE)
			return h->speaker == x->speaker;
		return h->definite && strcmp(x->lemma, h->w->lemma) == 0;
	}
	return true;
}

/* ---- described participants -------------------------------------------------- */

/* Nouns that name a person without naming who: "a gunman killed a woman",
 * "A driver has been charged with DWI".  With the role nouns of the
 * lexicon ("the cleric", "an official"), the heads of a description that
 * can be an event's participant (described_participants). */
static const char *const person_nouns[] = {
        "man",       "woman",     "men",        "women",      "boy",         "girl",
        "boys",      "girls",     "child",      "teenager",   "teen",        "youth",
        "driver",    "motorist",  "pedestrian", "cyclist",    "gunman",      "gunmen",
        "attacker",  "assailant", "suspect",    "victim",     "person",      "resident",
        "student",   "mother",    "father",     "son",        "daughter",    "wife",
        "husband",   "baby",      "toddler",    "worker",     "soldier",     "policeman",
        "passenger", "tourist",   "bomber",     "robber",     "shooter",     "thief",
        "killer",    "inmate",    "prisoner",   "hostage",    "guard",       "nurse",
        "doctor",    "teacher",   "trooper",    "deputy",     "patrolman",   "policewoman",
        "neighbor",  "neighbour", "girlfriend", "boyfriend",  "grandmother", "grandfather",
        "teenagers", "suspects",  "attackers",  "assailants", "robbers",     "soldiers",
        "policemen", "hostages",  "students",   "workers",    "children",    "gunwoman",
        NULL};

/* Whether token i can head a person's description: a lower-case person
 * noun or role noun ("woman", "driver", "official"), not a possessive's
 * owner ("a woman's car") nor the first noun of a compound ("driver
 * education"). */
static bool person_noun_at(const struct ectx *c, uint32_t i)
{
	if (i >= c->toks->n || !is_lower_word(c, i))
		return false;
	if (!is_any(c, i, person_nouns) && !(nkg_lex_word(tk(c, i)) & NKG_LEX_ROLE_NOUN))
		return false;
	uint32_t n = i + 1;
	if (n < sent_end(c, i) && ((tflags(c, n) & NKG_TOK_POSSESSIVE) || is_w(c, n, "'s")))
		return false;
	return true;
}

/* The article of a description: only "a", "an", "the" (a count is the
 * event's quantity, "his wife" is someone the text names elsewhere). */
static bool description_article(const struct ectx *c, uint32_t i)
{
	return is_w(c, i, "a") || is_w(c, i, "an") || is_w(c, i, "the");
}

/* Whether no entity mention touches tokens [b, e): a name in the phrase
 * ("the Dallas driver", "a Hamas gunman") makes it the entity's or the
 * entity rules' business. */
static bool unnamed_span(const struct ectx *c, uint32_t b, uint32_t e)
{
	for (uint32_t j = b; j < e; j++)
		if (c->cover[j] != NKG_NONE || c->trig_at[j] != NKG_NONE || c->quoted[j])
			return false;
	return true;
}

/* Words between a description's article and its head: lower-case
 * modifiers, numbers and hyphens ("a 23-year-old", "an unidentified
 * male"), at most four tokens. */
static bool modifier_at(const struct ectx *c, uint32_t j)
{
	if (is_any(c, j, determiners) || is_any(c, j, preps) || is_any(c, j, clause_words) ||
	    is_any(c, j, be_forms) || is_w(c, j, "and") || is_w(c, j, "or"))
		return false;
	return is_lower_word(c, j) || (tflags(c, j) & (NKG_TOK_NUMBER | NKG_TOK_DASH));
}

/* A description that ends at token last (its head): [*b, last + 1) from
 * its article; false if there is none. */
static bool description_ending(const struct ectx *c, uint32_t last, uint32_t *b)
{
	uint32_t first = sent_first(c, last);
	if (!person_noun_at(c, last))
		return false;
	for (uint32_t j = last, steps = 0; j > first && steps < 5; steps++) {
		j--;
		if (description_article(c, j)) {
			*b = j;
			return unnamed_span(c, j, last + 1);
		}
		if (!modifier_at(c, j))
			return false;
	}
	return false;
}

/* A description that starts at token b (its article): its end (the
 * token after its head), or NKG_NONE.  The head is the last person noun of
 * a run ("a police officer"). */
static uint32_t description_from(const struct ectx *c, uint32_t b)
{
	uint32_t end = sent_end(c, b);
	if (b >= end || !description_article(c, b))
		return NKG_NONE;
	for (uint32_t j = b + 1; j < end && j <= b + 5; j++) {
		if (person_noun_at(c, j)) {
			while (j + 1 < end && person_noun_at(c, j + 1))
				j++;
			/* "a man in his 30s" ends at "man"; "the driver education
			 * course" is no person */
			if (j + 1 < end && is_lower_word(c, j + 1) && !is_any(c, j + 1, preps) &&
			    !is_any(c, j + 1, clause_words) && !is_any(c, j + 1, relative_words) &&
			    !is_w(c, j + 1, "and") && !is_w(c, j + 1, "or") &&
			    !is_any(c, j + 1, be_forms) && !is_any(c, j + 1, modals) &&
			    !is_w(c, j + 1, "has") && !is_w(c, j + 1, "had") &&
			    !is_w(c, j + 1, "have"))
				return NKG_NONE;
			return unnamed_span(c, b, j + 1) ? j + 1 : NKG_NONE;
		}
		if (!modifier_at(c, j))
			return NKG_NONE;
	}
	return NKG_NONE;
}

/* The subject description of the verb at token v: the person noun phrase
 * right before it and its auxiliaries ("A driver [has been] charged", "a
 * gunman killed"), opening its clause (at the sentence's start, after a
 * comma or a clause word: not "the wife of a man killed"); [*b, *e). */
static bool description_subject(const struct ectx *c, uint32_t v, uint32_t *b, uint32_t *e)
{
	static const char *const aux[] = {"has",       "have",       "had",       "was",   "were",
	                                  "is",        "are",        "been",      "being", "be",
	                                  "allegedly", "reportedly", "fatally",   "later", "also",
	                                  "then",      "critically", "seriously", NULL};
	uint32_t first = sent_first(c, v), j = v;
	while (j > first && is_any(c, j - 1, aux)) {
		/* "a driver who speeds is arrested": the present tells what is
		 * done to anyone, not what happened */
		if (is_w(c, j - 1, "is") || is_w(c, j - 1, "are") || is_w(c, j - 1, "be"))
			return false;
		j--;
	}
	if (j == first || !description_ending(c, j - 1, b))
		return false;
	if (*b > first && !is_w(c, *b - 1, ",") && !is_any(c, *b - 1, clause_words) &&
	    !is_w(c, *b - 1, "and"))
		return false;
	*e = j;
	return true;
}

static void add_described(struct trig *h, uint32_t b, uint32_t e, enum nkg_role_type role)
{
	for (uint32_t k = 0; k < h->n_parts; k++)
		if (h->parts[k].role == role)
			return; /* a name fills the role */
	for (uint32_t k = 0; k < h->n_dsc; k++)
		if (h->dsc_role[k] == role)
			return;
	if (h->n_dsc < MAX_DESCRIBED) {
		h->dsc_b[h->n_dsc] = b;
		h->dsc_e[h->n_dsc] = e;
		h->dsc_role[h->n_dsc++] = role;
	}
}

/* Participants as described (issue 4: "A driver has been charged with
 * DWI", "a gunman killed a woman"): for a verb of a class about what
 * befalls people (killing, attack, arrest, charge, verdict, death,
 * injury, kidnapping, escape) told as having happened (a past or a
 * participle, asserted: not "could kill", "was not arrested", nor the
 * present of a generic "a driver who ... is arrested"), the person noun
 * phrase of its subject (the agent; the patient of a passive, or of
 * "died") and of its object (the patient), or after "by" of a passive
 * (the agent), where no entity fills that role.  A driving offence
 * charged or arrested for takes the patient of that charge or arrest as
 * its offender ("A driver has been charged with DWI").  The event is then
 * kept though it has no time, place or name (settle_events).  A definite
 * noun of those classes takes the description after "of" ("on" for an
 * attack) as its patient. */
static void described_participants(struct ectx *c)
{
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		struct trig *h = &c->trigs[t->group];
		uint32_t b, e;
		switch (t->cls) {
		case NKG_EVENT_KILLING:
		case NKG_EVENT_ATTACK:
		case NKG_EVENT_ARREST:
		case NKG_EVENT_CHARGE:
		case NKG_EVENT_VERDICT:
		case NKG_EVENT_DEATH:
		case NKG_EVENT_INJURY:
		case NKG_EVENT_KIDNAPPING:
		case NKG_EVENT_ESCAPE: break;
		case NKG_EVENT_DRIVING_OFFENCE:
			/* the charge or arrest before it in its sentence */
			for (uint32_t k = ti; k-- > 0 && c->trigs[k].sent == t->sent;) {
				const struct trig *a = &c->trigs[c->trigs[k].group];
				if (c->trigs[k].cls != NKG_EVENT_CHARGE &&
				    c->trigs[k].cls != NKG_EVENT_ARREST)
					continue;
				for (uint32_t d = 0; d < a->n_dsc; d++)
					if (a->dsc_role[d] == NKG_ROLE_PATIENT)
						add_described(h, a->dsc_b[d], a->dsc_e[d],
						              NKG_ROLE_AGENT);
				break;
			}
			continue;
		default: continue;
		}
		if (t->fact != NKG_FACT_ASSERTED || c->quoted[t->head] || c->title_case[t->sent])
			continue;
		/* A definite noun names one event that took place: "the killing
		 * of a woman", "the arrest of a suspect", "the attack on a
		 * guard" (the one it befell), not "a killing of a woman would". */
		if (!t->verb) {
			uint32_t prep = t->e;
			bool on = t->cls == NKG_EVENT_ATTACK;
			if (t->definite && prep < sent_end(c, prep) &&
			    is_w(c, prep, on ? "on" : "of") &&
			    (e = description_from(c, prep + 1)) != NKG_NONE)
				add_described(h, prep + 1, e, NKG_ROLE_PATIENT);
			continue;
		}
		if (t->form != NKG_FORM_ED)
			continue;
		bool intransitive = t->cls == NKG_EVENT_DEATH;
		if (description_subject(c, t->b, &b, &e))
			add_described(h, b, e,
			              t->passive || intransitive ? NKG_ROLE_PATIENT
			                                         : NKG_ROLE_AGENT);
		if (t->passive) {
			uint32_t by = t->e;
			if (by < sent_end(c, by) && is_w(c, by, "by") &&
			    (e = description_from(c, by + 1)) != NKG_NONE)
				add_described(h, by + 1, e, NKG_ROLE_AGENT);
		} else if (!intransitive && (e = description_from(c, t->e)) != NKG_NONE) {
			add_described(h, t->e, e, NKG_ROLE_PATIENT);
		}
	}
}

/* Whether ev is a killing, an arrest or an act with a toll whose count says
 * whom it befell though no name does ("35 people had been arrested", "At
 * least 12 were killed"): a fact worth writing without a time or place. */
static bool counted_patients(const struct nkg_event *ev)
{
	return (ev->quantity.len || ev->injured.len) &&
	       (toll_class(ev->cls) || ev->cls == NKG_EVENT_ARREST || ev->cls == NKG_EVENT_INJURY);
}

/* After coreference: each event's factuality is the best of its mentions';
 * events too vague to write are dropped and the others renumbered (t->event
 * becomes NKG_NONE for the mentions of a dropped one).  Dropped: an event
 * without time, place or participant (named or described); an agreement no mention presents as made
 * ("signed an agreement") and that has no time: "Iraq's security agreements with the United States"
 * is a standing state, not an event. */
static int settle_events(struct ectx *c, uint32_t base)
{
	struct nkg_doc *doc = c->doc;
	uint32_t n = doc->n_events - base, kept = 0;
	if (n == 0)
		return 0;
	uint32_t *map = nkg_malloc((size_t)n * sizeof(*map));
	if (!map)
		return NKG_ENOMEM;
	bool *made = nkg_calloc(n, sizeof(*made));
	if (!made) {
		nkg_free(map);
		return NKG_ENOMEM;
	}
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		t->event = c->trigs[t->group].event;
		struct evx *x = &c->evx[t->event - base];
		struct nkg_event *ev = &doc->events[t->event];
		if (fact_rank(t->fact) < x->fact_rank) {
			x->fact_rank = fact_rank(t->fact);
			ev->factuality = t->fact;
		}
		if (t->made)
			made[t->event - base] = true;
	}
	for (uint32_t k = 0; k < n; k++) {
		const struct nkg_event *ev = &doc->events[base + k];
		bool keep = ev->time != NKG_NONE || ev->place != NKG_NONE || ev->n_participants ||
		            ev->speaker_text.len || counted_patients(ev) || ev->n_described;
		if (ev->cls == NKG_EVENT_AGREEMENT)
			keep = keep && (made[k] || ev->time != NKG_NONE);
		if (keep) {
			if (kept != k) {
				doc->events[base + kept] = doc->events[base + k];
				c->evx[kept] = c->evx[k];
			}
			map[k] = base + kept++;
		} else {
			map[k] = NKG_NONE;
		}
	}
	doc->n_events = base + kept;
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		t->event = map[t->event - base];
	}
	nkg_free(map);
	nkg_free(made);
	return 0;
}

/* A statement in the present tense ("Boeing says", "the company claims") is
 * made as the article is written: without a time of its own it takes the
 * publication date (TimeML: the creation time includes it; in MEANTIME dev
 * 10 of 12 present speech verbs without a time of their own, and only 7 of
 * 16 past ones).  After settle_events: no dropped event comes back. */
static int present_statements(struct ectx *c)
{
	struct nkg_doc *doc = c->doc;
	uint32_t dct = NKG_NONE;
	int rc;

	if (doc->date.len != 10 || doc->date_origin == NKG_DATE_NONE)
		return 0;
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		const struct trig *t = &c->trigs[ti];
		if (t->event == NKG_NONE || !t->verb || t->passive ||
		    t->fact != NKG_FACT_ASSERTED ||
		    (t->form != NKG_FORM_S && t->form != NKG_FORM_BASE))
			continue;
		struct nkg_event *ev = &doc->events[t->event];
		if (ev->cls != NKG_EVENT_STATEMENT || ev->time != NKG_NONE)
			continue;
		if (dct == NKG_NONE &&
		    (rc = nkg_doc_add_time(doc, NKG_TIMEX_DATE, doc->date, NKG_STR_NULL,
		                           "event:present-statement", &dct)))
			return rc;
		ev->time = dct;
	}
	return 0;
}

/* The channel a word names: a statement trigger's lemma or a noun after a
 * speech verb ("in an interview", "at a news conference", "on Twitter"). */
static enum nkg_channel channel_of_word(const struct ectx *c, uint32_t i)
{
	static const struct {
		const char *word;
		enum nkg_channel ch;
	} words[] = {
	        {"statement", NKG_CHANNEL_WRITTEN_STATEMENT},
	        {"statements", NKG_CHANNEL_WRITTEN_STATEMENT},
	        {"sermon", NKG_CHANNEL_SERMON},
	        {"speech", NKG_CHANNEL_SPEECH},
	        {"address", NKG_CHANNEL_SPEECH},
	        {"tweet", NKG_CHANNEL_TWEET},
	        {"tweets", NKG_CHANNEL_TWEET},
	        {"tweeted", NKG_CHANNEL_TWEET},
	        {"Twitter", NKG_CHANNEL_TWEET},
	        {"Facebook", NKG_CHANNEL_SOCIAL_POST},
	        {"Instagram", NKG_CHANNEL_SOCIAL_POST},
	        {"post", NKG_CHANNEL_SOCIAL_POST},
	        {"interview", NKG_CHANNEL_INTERVIEW},
	        {"briefing", NKG_CHANNEL_PRESS_CONFERENCE},
	        {"letter", NKG_CHANNEL_LETTER},
	        {"announcement", NKG_CHANNEL_ANNOUNCEMENT},
	};
	if (is_w(c, i, "conference") && i > 0 &&
	    (is_w(c, i - 1, "press") || is_w(c, i - 1, "news")))
		return NKG_CHANNEL_PRESS_CONFERENCE;
	if (is_w(c, i, "post") && !is_lower_word(c, i))
		return NKG_CHANNEL_NONE; /* "the Jerusalem Post" */
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (is_w(c, i, words[k].word))
			return words[k].ch;
	return NKG_CHANNEL_NONE;
}

/* Each statement's channel (struct nkg_event.channel), from the first of its
 * mentions that names one: the trigger itself ("sermon", "tweeted", "the
 * statement said"), or a channel noun in the noun phrase right after a
 * preposition (determiners, then at most three lower-case words) in the
 * seven words after a speech verb, before any "that" or punctuation ("said
 * in an interview with", "told reporters at a news conference", "said
 * Monday in a letter", "wrote on Twitter"; not "said on Monday the letter
 * was forged"). */
static void statement_channels(struct ectx *c)
{
	static const char *const channel_preps[] = {"in", "at", "on", "during", "via", NULL};

	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		const struct trig *t = &c->trigs[ti];
		if (t->cls != NKG_EVENT_STATEMENT || t->event == NKG_NONE)
			continue;
		struct nkg_event *ev = &c->doc->events[t->event];
		if (ev->channel != NKG_CHANNEL_NONE)
			continue;
		enum nkg_channel ch = channel_of_word(c, t->head);
		uint32_t end = sent_end(c, t->head), words = 0;
		bool prep = false;
		for (uint32_t k = t->e;
		     ch == NKG_CHANNEL_NONE && t->verb && k < end && k < t->e + 7; k++) {
			if (is_w(c, k, "that") || is_punct(c, k))
				break;
			if (is_any(c, k, channel_preps)) {
				prep = true;
				words = 0;
				continue;
			}
			if (!prep)
				continue; /* "told reporters at ...", "said Monday in ..." */
			/* the noun phrase after the preposition: determiners, then at
			 * most three lower-case words, the channel noun among them */
			if ((ch = channel_of_word(c, k)) != NKG_CHANNEL_NONE)
				break;
			if (is_any(c, k, determiners) && words == 0)
				continue;
			if (is_lower_word(c, k) && ++words <= 3)
				continue;
			prep = false; /* "said in Baghdad the speech ...": past it */
		}
		ev->channel = ch;
	}
}

/* Whether token i heads a mention of a statement other than event ev. */
static bool other_statement_at(const struct ectx *c, uint32_t i, uint32_t ev)
{
	uint32_t o = c->trig_at[i];
	return o != NKG_NONE && c->trigs[o].cls == NKG_EVENT_STATEMENT && c->trigs[o].event != ev;
}

/* Each statement's content (struct nkg_event.content): after the first
 * mention of the event that reports a clause, from the word after a "that"
 * at most eight words after its trigger ("said in his weekly sermon on
 * Friday that ..."), else from the word after a speech verb, to the end of
 * the sentence or the next mention of another statement, without the
 * closing punctuation.  "Iraq said [the strike ... violated the mandate]";
 * "... ,” he tweeted." reports nothing after it; a noun without "that"
 * reports nothing. */
static void statement_contents(struct ectx *c)
{
	const struct nkg_token *tk = c->toks->toks;

	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		const struct trig *t = &c->trigs[ti];
		if (t->cls != NKG_EVENT_STATEMENT || t->event == NKG_NONE)
			continue;
		struct nkg_event *ev = &c->doc->events[t->event];
		if (ev->content.end > ev->content.begin)
			continue;
		uint32_t end = sent_end(c, t->head), b = t->e, e;
		/* a "that" close after the trigger starts the reported clause:
		 * "said in his weekly sermon on Friday that ..." (the sermon is
		 * this statement's own mention; another statement's stops it) */
		while (b < end && b < t->e + 8 && !is_w(c, b, "that") &&
		       !other_statement_at(c, b, t->event))
			b++;
		if (b < end && is_w(c, b, "that"))
			b++;
		else if (t->verb)
			b = t->e; /* "Iraq said the strike ..." */
		else
			continue; /* a noun reports only a "that" clause */
		for (e = b; e < end && !other_statement_at(c, e, t->event); e++)
			;
		while (e > b && is_punct(c, e - 1))
			e--;
		if (e > b)
			ev->content = (struct nkg_span){tk[b].begin, tk[e - 1].end};
	}
}

/* How many earlier events of its class a trigger group may join (the most
 * recent compatible one among them): bounds coreference to linear time. */
#define COREF_LOOKBACK 64

/* The time of the market movement that a movement of an index could not
 * join (compatible: "US stock markets dropped on Thursday. The Dow Jones
 * Industrial Average dropped by 4.08%": one session): the latest earlier
 * one of its class that moved nothing named; NKG_NONE for other events,
 * and for a company's shares ("Shares in HBOS fell" may be of any day). */
static uint32_t session_time(const struct ectx *c, uint32_t base, uint32_t e, const struct trig *h)
{
	bool index = false;
	if (h->cls != NKG_EVENT_MARKET_RISE && h->cls != NKG_EVENT_MARKET_FALL)
		return NKG_NONE;
	for (uint32_t k = 0; k < h->n_parts; k++)
		index |= h->parts[k].role == NKG_ROLE_INSTRUMENT &&
		         c->doc->entities[h->parts[k].entity].cls == NKG_CLASS_MARKET_INDEX;
	if (!index)
		return NKG_NONE;
	for (uint32_t x = c->evx[e - base].prev; x != NKG_NONE; x = c->evx[x].prev) {
		const struct nkg_event *ev = &c->doc->events[base + x];
		if (has_role(ev->participants, ev->n_participants, NKG_ROLE_INSTRUMENT))
			continue;
		return ev->time;
	}
	return NKG_NONE;
}

/* A headline tells the day's news in the present tense: a market movement
 * or a product launch there ("Shares worldwide surge due to US government
 * plan", "Apple launches 3G iPhone": the first sentence, without a full
 * stop; a trigger not in the past, asserted) without a time of its own took
 * place on the publication date.
 * Before settle_events, which drops events without a time, place or
 * participant. */
static int present_headlines(struct ectx *c)
{
	struct nkg_doc *doc = c->doc;
	uint32_t dct = NKG_NONE;
	int rc;

	if (doc->date.len != 10 || doc->date_origin == NKG_DATE_NONE || !c->toks->n_sents ||
	    (tflags(c, sent_end(c, 0) - 1) & NKG_TOK_SENT_END))
		return 0;
	for (uint32_t ti = 0; ti < c->n_trigs && c->trigs[ti].sent == 0; ti++) {
		const struct trig *t = &c->trigs[ti];
		/* "surge" after a plural subject reads as the noun: any form but
		 * the past ("Apple unveiled") */
		if (t->event == NKG_NONE || t->passive || t->fact != NKG_FACT_ASSERTED ||
		    t->form == NKG_FORM_ED)
			continue;
		struct nkg_event *ev = &doc->events[t->event];
		if ((ev->cls != NKG_EVENT_MARKET_RISE && ev->cls != NKG_EVENT_MARKET_FALL &&
		     ev->cls != NKG_EVENT_PRODUCT_LAUNCH) ||
		    ev->time != NKG_NONE)
			continue;
		if (dct == NKG_NONE &&
		    (rc = nkg_doc_add_time(doc, NKG_TIMEX_DATE, doc->date, NKG_STR_NULL,
		                           "event:present-headline", &dct)))
			return rc;
		ev->time = dct;
	}
	return 0;
}

static int make_events(struct ectx *c)
{
	struct nkg_doc *doc = c->doc;
	uint32_t base = doc->n_events;
	int rc;

	for (uint32_t k = 0; k < NKG_EVENT_COUNT; k++)
		c->last[k] = NKG_NONE;

	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *h = &c->trigs[ti];
		if (h->group != ti)
			continue;
		/* the most recent compatible event among the last COREF_LOOKBACK
		 * of its class: a document of 80,000 market falls must not make
		 * each trigger a scan of all of them */
		uint32_t e = NKG_NONE, x = c->last[h->cls];
		for (uint32_t steps = 0; x != NKG_NONE && steps < COREF_LOOKBACK;
		     steps++, x = c->evx[x].prev) {
			if (compatible(c, base, base + x, h)) {
				e = base + x;
				break;
			}
		}
		if (e == NKG_NONE) {
			const char *rule = h->verb ? "event:verb-trigger" : "event:noun-trigger";
			if ((rc = nkg_doc_add_event(doc, h->cls, h->verb ? 0.8f : 0.85f, rule, &e)))
				return rc;
			if (doc->n_events - base > c->cap_evx) {
				uint32_t cap = c->cap_evx ? 2 * c->cap_evx : 16;
				struct evx *nx = nkg_realloc(c->evx, (size_t)cap * sizeof(*nx));
				if (!nx)
					return NKG_ENOMEM;
				c->evx = nx;
				c->cap_evx = cap;
			}
			c->evx[e - base].lemma = h->w->lemma;
			c->evx[e - base].speaker = NKG_NONE;
			c->evx[e - base].fact_rank = INT32_MAX;
			c->evx[e - base].past = false;
			c->evx[e - base].wish = true;
			c->evx[e - base].vague =
			        h->vague_he && !has_role(h->parts, h->n_parts, NKG_ROLE_PATIENT);
			c->evx[e - base].prev = c->last[h->cls];
			c->evx[e - base].storm = NKG_STR_NULL;
			c->evx[e - base].number = NKG_STR_NULL;
			c->last[h->cls] = e - base;
		}
		if (h->cls == NKG_EVENT_FLIGHT && !c->evx[e - base].number.len)
			c->evx[e - base].number = doc->events[e].ident = flight_number(c, h->head);
		if (h->storm && !c->evx[e - base].storm.len)
			c->evx[e - base].storm = tk(c, h->head);
		if (trig_is_past(h))
			c->evx[e - base].past = true;
		if (!trig_is_wish(h))
			c->evx[e - base].wish = false;
		struct nkg_event *ev = &doc->events[e];
		if (ev->time == NKG_NONE)
			ev->time = h->time;
		if (ev->time == NKG_NONE)
			ev->time = session_time(c, base, e, h);
		/* An election's place is its whole jurisdiction ("the Hong Kong
		 * legislative election"): a verb mention's narrower place is a
		 * constituency of it ("was re-elected in the Kowloon West
		 * constituency"), which does not narrow a place already known. */
		if (!(h->cls == NKG_EVENT_ELECTION && h->verb && ev->place != NKG_NONE))
			ev->place = more_specific(doc, ev->place, h->place);
		if (!ev->injured.len)
			ev->injured = h->injured;
		if (h->cls != NKG_EVENT_PROTEST) {
			if (!ev->quantity.len)
				ev->quantity = h->quantity;
		} else {
			/* every count the article gives for a protest */
			if ((rc = nkg_event_add_quantity(doc, e, h->quantity)))
				return rc;
			for (uint32_t k = 0; k < h->n_more_q; k++)
				if ((rc = nkg_event_add_quantity(doc, e, h->more_q[k])))
					return rc;
		}
		if (c->evx[e - base].speaker == NKG_NONE)
			c->evx[e - base].speaker = h->speaker;
		if (h->cls == NKG_EVENT_STATEMENT && h->desc_e > h->desc_b &&
		    h->speaker == NKG_NONE && c->evx[e - base].speaker == NKG_NONE &&
		    !ev->speaker_text.len) {
			const struct nkg_token *tb = &c->toks->toks[h->desc_b],
			                       *te = &c->toks->toks[h->desc_e - 1];
			ev->speaker_text =
			        (struct nkg_str){doc->text + tb->begin, te->end - tb->begin};
		}
		for (uint32_t k = 0; k < h->n_parts; k++) {
			/* A news agency reports events; it takes part only in statements
			 * or as a target ("TEHRAN (Iran News) – ... rallied"). */
			if (doc->entities[h->parts[k].entity].cls == NKG_CLASS_NEWS_MEDIA_ORG &&
			    h->cls != NKG_EVENT_STATEMENT && h->parts[k].role != NKG_ROLE_PATIENT)
				continue;
			/* "Greece rocked by more clashes": a clash's side is no
			 * place; the place is where it happened */
			if (h->cls == NKG_EVENT_CLASH &&
			    nkg_entity_class_kind(doc->entities[h->parts[k].entity].cls) ==
			            NKG_KIND_PLACE) {
				ev->place = more_specific(doc, ev->place, h->parts[k].entity);
				continue;
			}
			if ((rc = nkg_event_add_participant(doc, e, h->parts[k].entity,
			                                    h->parts[k].role)))
				return rc;
		}
		for (uint32_t k = 0; k < h->n_dsc; k++) {
			struct nkg_span sp = {c->toks->toks[h->dsc_b[k]].begin,
			                      c->toks->toks[h->dsc_e[k] - 1].end};
			if ((rc = nkg_event_add_described(doc, e, sp, h->dsc_role[k], true)))
				return rc;
		}
		h->event = e;
	}
	if ((rc = present_headlines(c)) || (rc = settle_events(c, base)) ||
	    (rc = present_statements(c)))
		return rc;
	for (uint32_t ti = 0; ti < c->n_trigs; ti++) {
		struct trig *t = &c->trigs[ti];
		if (t->event == NKG_NONE)
			continue;
		struct nkg_span sp = {c->toks->toks[t->b].begin, c->toks->toks[t->e - 1].end};
		if ((rc = nkg_doc_add_mention(doc, sp, NKG_MENTION_EVENT, t->event,
		                              t->verb ? 0.8f : 0.85f,
		                              t->group == ti ? "event:trigger" : "event:subevent")))
			return rc;
	}
	statement_contents(c);
	statement_channels(c);
	for (uint32_t k = 0; k < c->n_quotes; k++) {
		const struct qt *q = &c->quotes[k];
		uint32_t ev = NKG_NONE, speaker = q->speaker,
		         tok = q->noun != NKG_NONE ? q->noun : q->verb;
		uint32_t ti = tok != NKG_NONE ? c->trig_at[tok] : NKG_NONE;
		if (ti != NKG_NONE)
			ev = c->trigs[ti].event;
		if (speaker == NKG_NONE && ev != NKG_NONE && ev >= base)
			speaker = c->evx[ev - base].speaker;
		if (speaker == NKG_NONE && ev == NKG_NONE)
			continue;
		if (ev != NKG_NONE && speaker != NKG_NONE &&
		    (rc = nkg_event_add_participant(doc, ev, speaker, NKG_ROLE_SPEAKER)))
			return rc;
		uint32_t qi;
		if ((rc = nkg_doc_add_quote(doc, q->text, speaker, ev,
		                            q->noun != NKG_NONE ? "quote:statement-noun"
		                            : q->calling        ? "quote:calling-verb"
		                                                : "quote:speech-verb",
		                            &qi)))
			return rc;
	}
	return 0;
}

int nkg_find_events(struct nkg_doc *doc, const struct nkg_tokens *toks)
{
	struct ectx c;
	int rc;

	memset(&c, 0, sizeof(c));
	c.doc = doc;
	c.toks = toks;
	c.last_protest = NKG_NONE;
	c.last_toll = NKG_NONE;
	if (toks->n == 0)
		return 0;
	if ((rc = index_mentions(&c)) != 0)
		goto out;
	if ((rc = person_genders(&c)) != 0)
		goto out;
	if ((rc = title_case_sentences(&c)) != 0)
		goto out;
	if ((rc = find_quotes(&c)) != 0)
		goto out;
	if ((rc = find_triggers(&c)) != 0)
		goto out;
	drop_reported_injuries(&c);
	find_things(&c);
	if ((rc = make_things(&c)) != 0)
		goto out;
	for (uint32_t s = 0; s < toks->n_sents; s++)
		sentence_attributes(&c, toks->sents[s].first,
		                    toks->sents[s].first + toks->sents[s].count);
	described_participants(&c);
	rc = make_events(&c);
out:
	nkg_free(c.cover);
	nkg_free(c.tstart);
	nkg_free(c.tend);
	nkg_free(c.trig_at);
	nkg_free(c.quoted);
	nkg_free(c.seps);
	nkg_free(c.ments);
	nkg_free(c.trigs);
	nkg_free(c.quotes);
	nkg_free(c.evx);
	nkg_free(c.gender);
	nkg_free(c.title_case);
	return rc;
}
