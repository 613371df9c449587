/* test_graph_merge_link.c - cross-document links of people and organisations
 * (nkg_merge_link): the exact links each rule makes and the exact pairs its
 * guards refuse. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../extract/lexicon.h"
#include "../extract/orgs.h"
#include "../graph/merge.h"

#define KG  "https://w3id.org/newskg/id/"
#define PER "person"
#define ORG "organization"
#define LOC "place"

#define TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

/* The N-Triples of an entity: its type, its label, one mention in doc that
 * starts at byte at. */
static void ent_at(char *buf, size_t cap, const char *kind, const char *slug, const char *label,
                   const char *doc, unsigned at)
{
	size_t n = strlen(buf);
	int w = snprintf(
	        buf + n, cap - n,
	        "<" KG "%s/%s> " TYPE " <http://schema.org/%s> .\n"
	        "<" KG "%s/%s> <http://www.w3.org/2000/01/rdf-schema#label> \"%s\" .\n"
	        "<http://d.org/%s#char=%u,%u> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
	        "<" KG "%s/%s> .\n",
	        kind, slug,
	        !strcmp(kind, PER)   ? "Person"
	        : !strcmp(kind, LOC) ? "Place"
	                             : "Organization",
	        kind, slug, label, doc, at, at + 4, kind, slug);
	assert_true(w > 0 && (size_t)w < cap - n);
}

/* As ent_at, the mention at byte 0. */
static void ent(char *buf, size_t cap, const char *kind, const char *slug, const char *label,
                const char *doc)
{
	ent_at(buf, cap, kind, slug, label, doc, 0);
}

/* As ent_at, and the mention found by the extractor's rule of a club's
 * nickname alone ("entities.team-nickname"). */
static void nick_at(char *buf, size_t cap, const char *slug, const char *label, const char *doc,
                    unsigned at)
{
	ent_at(buf, cap, ORG, slug, label, doc, at);
	size_t n = strlen(buf);
	int w = snprintf(buf + n, cap - n,
	                 "<http://d.org/%s#char=%u,%u> <https://w3id.org/newskg/ns#rule> "
	                 "\"entities.team-nickname\" .\n",
	                 doc, at, at + 4);
	assert_true(w > 0 && (size_t)w < cap - n);
}

/* The graphs nt[0..n) merged, linked and smushed, as N-Triples (free with
 * free()). */
static char *merged(const char *const *nt, size_t n)
{
	struct nkg_merge *m = NULL;
	char err[200], *buf = NULL;
	size_t len = 0;

	assert_int_equal(nkg_merge_new(NULL, &m), 0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(nkg_merge_add_bytes(m, nt[i], strlen(nt[i]), "g.nt", NULL, NULL,
		                                     err, sizeof(err)),
		                 0);
	assert_int_equal(nkg_merge_link(m, NULL), 0);
	assert_int_equal(nkg_merge_smush(m, NULL), 0);
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(nkg_merge_write(m, NKG_FORMAT_NTRIPLES, f, NULL), 0);
	fclose(f);
	nkg_merge_free(m);
	return buf;
}

/* The link lines nkg_merge_link makes for the graph nt (free with free()). */
static char *links(const char *nt, size_t *n_links)
{
	struct nkg_merge *m = NULL;
	char err[200], *buf = NULL;
	size_t len = 0;

	assert_int_equal(nkg_merge_new(NULL, &m), 0);
	assert_int_equal(
	        nkg_merge_add_bytes(m, nt, strlen(nt), "g.nt", NULL, NULL, err, sizeof(err)), 0);
	assert_int_equal(nkg_merge_link(m, n_links), 0);
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(nkg_merge_write_links(m, f), 0);
	fclose(f);
	nkg_merge_free(m);
	return buf;
}

#define L(rule, a, b) "link\t" rule "\t<" KG a ">\t<" KG b ">\n"

static void test_link_person_rules(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 0;
	ent(g, sizeof(g), PER, "maurice-cheeks", "Maurice Cheeks", "a");
	ent(g, sizeof(g), PER, "mo-cheeks", "Mo Cheeks", "b");
	ent(g, sizeof(g), PER, "raj-k-chohan", "Raj K. Chohan", "a");
	ent(g, sizeof(g), PER, "raj-chohan", "Raj Chohan", "c");
	ent(g, sizeof(g), PER, "joseph-comeaux-jr", "Joseph Comeaux Jr.", "a");
	ent(g, sizeof(g), PER, "joseph-comeaux", "Joseph Comeaux", "b");
	/* compatible, but too little to link: an initial, a bare surname */
	ent(g, sizeof(g), PER, "j-smith", "J. Smith", "a");
	ent(g, sizeof(g), PER, "john-smith", "John Smith", "b");
	ent(g, sizeof(g), PER, "palin", "Palin", "a");
	ent(g, sizeof(g), PER, "sarah-palin", "Sarah Palin", "b");
	/* not compatible: other given names, father and son, a surname that is
	 * an initial */
	ent(g, sizeof(g), PER, "mary-jones", "Mary Jones", "a");
	ent(g, sizeof(g), PER, "ann-jones", "Ann Jones", "b");
	ent(g, sizeof(g), PER, "ann-j", "Ann J.", "c");
	ent(g, sizeof(g), PER, "floyd-mayweather-sr", "Floyd Mayweather Sr.", "a");
	ent(g, sizeof(g), PER, "floyd-mayweather-jr", "Floyd Mayweather Jr.", "b");
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("person-middle-name", "person/raj-chohan", "person/raj-k-chohan")
	                     L("person-nickname", "person/maurice-cheeks", "person/mo-cheeks")
	                             L("person-same-name", "person/joseph-comeaux-jr",
	                               "person/joseph-comeaux"));
	assert_int_equal(n, 3);
	free(out);
}

static void test_link_person_spelling(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 9;
	/* one given name spelt two ways: one byte more, one byte other */
	ent(g, sizeof(g), PER, "jermayne-timmons", "Jermayne Timmons", "a");
	ent(g, sizeof(g), PER, "jerymayne-timmons", "Jerymayne Timmons", "b");
	ent(g, sizeof(g), PER, "mikheil-saakashvili", "Mikheil Saakashvili", "a");
	ent(g, sizeof(g), PER, "mikhail-saakashvili", "Mikhail Saakashvili", "b");
	/* two names the lexicon knows (two people, maybe); another first
	 * letter; shorter than 6; two edits; one article */
	ent(g, sizeof(g), PER, "andrea-ricci", "Andrea Ricci", "a");
	ent(g, sizeof(g), PER, "andreas-ricci", "Andreas Ricci", "b");
	ent(g, sizeof(g), PER, "kurbanguly-berdymukhamedov", "Kurbanguly Berdymukhamedov", "a");
	ent(g, sizeof(g), PER, "gurbanguly-berdymukhamedov", "Gurbanguly Berdymukhamedov", "b");
	ent(g, sizeof(g), PER, "tariq-kamau", "Tariq Kamau", "a");
	ent(g, sizeof(g), PER, "tarriq-kamau", "Tarriq Kamau", "b");
	ent(g, sizeof(g), PER, "vassilis-saraliotis", "Vassilis Saraliotis", "a");
	ent(g, sizeof(g), PER, "vasilios-saraliotis", "Vasilios Saraliotis", "b");
	ent(g, sizeof(g), PER, "salmaan-taseer", "Salmaan Taseer", "c");
	ent(g, sizeof(g), PER, "salman-taseer", "Salman Taseer", "c");
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("person-spelling", "person/jermayne-timmons", "person/jerymayne-timmons")
	                     L("person-spelling", "person/mikhail-saakashvili",
	                       "person/mikheil-saakashvili"));
	assert_int_equal(n, 2);
	free(out);
}

static void test_link_person_nickname_other_languages(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 9;
	ent(g, sizeof(g), PER, "alexandros-grigoropoulos", "Alexandros Grigoropoulos", "a");
	ent(g, sizeof(g), PER, "alexis-grigoropoulos", "Alexis Grigoropoulos", "b");
	ent(g, sizeof(g), PER, "pepe-mujica", "Pepe Mujica", "a");
	ent(g, sizeof(g), PER, "jose-mujica", "Jose Mujica", "b");
	/* two short forms of one name: Sasha and Alex for Alexander */
	ent(g, sizeof(g), PER, "sasha-banks", "Sasha Banks", "a");
	ent(g, sizeof(g), PER, "alex-banks", "Alex Banks", "b");
	/* not a short form of it */
	ent(g, sizeof(g), PER, "alexis-kohler", "Alexis Kohler", "a");
	ent(g, sizeof(g), PER, "alexander-kohler", "Alexander Kohler", "b");
	char *out = links(g, &n);
	assert_string_equal(out, L("person-nickname", "person/alex-banks", "person/sasha-banks")
	                                 L("person-nickname", "person/alexandros-grigoropoulos",
	                                   "person/alexis-grigoropoulos")
	                                         L("person-nickname", "person/jose-mujica",
	                                           "person/pepe-mujica"));
	assert_int_equal(n, 3);
	free(out);
}

static void test_link_person_blend(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 9;
	/* named in full in the blend's article, before it (and in another) */
	ent_at(g, sizeof(g), ORG, "lilo", "LiLo", "a", 18);
	ent(g, sizeof(g), PER, "lindsay-lohan", "Lindsay Lohan", "a");
	ent(g, sizeof(g), PER, "lindsay-lohan", "Lindsay Lohan", "b");
	ent_at(g, sizeof(g), PER, "a-rod", "A-Rod's", "c", 9);
	ent_at(g, sizeof(g), PER, "alex-rodriguez", "Alex Rodriguez", "c", 8);
	ent_at(g, sizeof(g), PER, "jlo", "J.Lo", "d", 30);
	ent(g, sizeof(g), PER, "jennifer-lopez", "Jennifer Lopez", "d");
	/* the person missing from one of the blend's articles */
	ent(g, sizeof(g), PER, "kstew", "KStew", "e");
	ent(g, sizeof(g), PER, "kstew", "KStew", "f");
	ent(g, sizeof(g), PER, "kristen-stewart", "Kristen Stewart", "e");
	/* two people fit */
	ent(g, sizeof(g), ORG, "dipa", "DiPa", "g");
	ent(g, sizeof(g), PER, "dimitra-papadopoulou", "Dimitra Papadopoulou", "g");
	ent(g, sizeof(g), PER, "dimitri-payet", "Dimitri Payet", "g");
	/* the second part is the whole surname; a place; a known organisation;
	 * a second part of six letters; a lower-case first letter */
	ent(g, sizeof(g), PER, "kimo", "KiMo", "h");
	ent(g, sizeof(g), PER, "kira-mo", "Kira Mo", "h");
	ent(g, sizeof(g), LOC, "sohi", "SoHi", "h");
	ent(g, sizeof(g), PER, "sofia-higgins", "Sofia Higgins", "h");
	ent(g, sizeof(g), ORG, "fedex", "FedEx", "i");
	ent(g, sizeof(g), PER, "fedor-exley", "Fedor Exley", "i");
	ent(g, sizeof(g), PER, "desantis", "DeSantis", "j");
	ent(g, sizeof(g), PER, "debra-santiston", "Debra Santiston", "j");
	ent(g, sizeof(g), ORG, "ebay", "eBay", "k");
	ent(g, sizeof(g), PER, "emma-bayer", "Emma Bayer", "k");
	char *out = links(g, &n);
	assert_string_equal(out, L("person-blend", "organization/lilo", "person/lindsay-lohan") L(
	                                 "person-blend", "person/a-rod", "person/alex-rodriguez")
	                                 L("person-blend", "person/jennifer-lopez", "person/jlo"));
	assert_int_equal(n, 3);
	free(out);
}

/* Blends that are another entity than the person named with them. */
static void test_link_person_blend_refused(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 9;
	/* named before the person: "DiCo, the Milan design firm founded by
	 * Dina Costa"; "LeBron scored 30 points ... Coach Leo Bronson"; the
	 * person before it in one article, after it in the other */
	ent_at(g, sizeof(g), ORG, "dico", "DiCo", "a", 0);
	ent_at(g, sizeof(g), PER, "dina-costa", "Dina Costa", "a", 37);
	ent_at(g, sizeof(g), PER, "lebron", "LeBron", "b", 0);
	ent_at(g, sizeof(g), PER, "leo-bronson", "Leo Bronson", "b", 40);
	ent_at(g, sizeof(g), PER, "mimo", "MiMo", "c", 20);
	ent_at(g, sizeof(g), PER, "mila-monroe", "Mila Monroe", "c", 0);
	ent_at(g, sizeof(g), PER, "mimo", "MiMo", "d", 0);
	ent_at(g, sizeof(g), PER, "mila-monroe", "Mila Monroe", "d", 10);
	/* a company by its own type: "KiKo, the cosmetics company, hired Kim
	 * Kowalski" (the person named first all the same) */
	ent_at(g, sizeof(g), ORG, "kiko", "KiKo", "e", 30);
	ent_at(g, sizeof(g), PER, "kim-kowalski", "Kim Kowalski", "e", 0);
	strcat(g, "<" KG "organization/kiko> " TYPE " <http://schema.org/Corporation> .\n");
	/* a surname particle is no given name */
	ent_at(g, sizeof(g), ORG, "deco", "DeCo", "f", 30);
	ent_at(g, sizeof(g), PER, "de-conti", "De Conti", "f", 0);
	ent_at(g, sizeof(g), ORG, "vabe", "VaBe", "g", 30);
	ent_at(g, sizeof(g), PER, "van-beek", "van Beek", "g", 0);
	char *out = links(g, &n);
	assert_string_equal(out, "");
	assert_int_equal(n, 0);
	free(out);
}

/* A blend joins the full name's node: person/lindsay-lohan, a person only,
 * "LiLo" its alternative label; merging step by step gives the same graph
 * as merging at once. */
static void test_link_blend_smush_keeps_full_name(void **state)
{
	(void)state;
	char a[4096] = "", b[4096] = "", c[4096] = "";
	ent(a, sizeof(a), PER, "lindsay-lohan", "Lindsay Lohan", "a");
	ent_at(a, sizeof(a), ORG, "lilo", "LiLo", "a", 18);
	ent(b, sizeof(b), PER, "lindsay-lohan", "Lindsay Lohan", "b");
	ent(c, sizeof(c), PER, "lindsay-dee-lohan", "Lindsay Dee Lohan", "c");
	const char *ab[] = {a, b};
	char *out = merged(ab, 2);
	assert_string_equal(
	        out,
	        "<http://d.org/a#char=0,4> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
	        "<" KG "person/lindsay-lohan> .\n"
	        "<http://d.org/a#char=18,22> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
	        "<" KG "person/lindsay-lohan> .\n"
	        "<http://d.org/b#char=0,4> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
	        "<" KG "person/lindsay-lohan> .\n"
	        "<" KG "person/lindsay-lohan> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
	        "<http://schema.org/Person> .\n"
	        "<" KG "person/lindsay-lohan> <http://www.w3.org/2000/01/rdf-schema#label> "
	        "\"Lindsay Lohan\" .\n"
	        "<" KG "person/lindsay-lohan> <http://www.w3.org/2002/07/owl#sameAs> "
	        "<" KG "organization/lilo> .\n"
	        "<" KG "person/lindsay-lohan> <http://www.w3.org/2004/02/skos/core#altLabel> "
	        "\"LiLo\" .\n");
	/* then a third article, and all three at once */
	const char *step[] = {out, c}, *all[] = {a, b, c};
	char *two = merged(step, 2), *one = merged(all, 3);
	assert_string_equal(two, one);
	assert_non_null(strstr(one, "<http://d.org/c#char=0,4> <http://www.w3.org/2005/11/its/"
	                            "rdf#taIdentRef> <" KG "person/lindsay-lohan> .\n"));
	free(out);
	free(two);
	free(one);
}

static void test_link_guard_two_people_one_surname(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 9;
	/* "George Bush" fits both presidents: it is linked to neither, nor
	 * are they linked to each other.  The Hellers are one person. */
	ent(g, sizeof(g), PER, "george-bush", "George Bush", "a");
	ent(g, sizeof(g), PER, "george-w-bush", "George W. Bush", "b");
	ent(g, sizeof(g), PER, "george-h-w-bush", "George H. W. Bush", "c");
	ent(g, sizeof(g), PER, "bush", "Bush", "d");
	ent(g, sizeof(g), PER, "heller", "Heller", "a");
	ent(g, sizeof(g), PER, "mark-heller", "Mark Heller", "b");
	ent(g, sizeof(g), PER, "mark-jay-heller", "Mark Jay Heller", "c");
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("person-middle-name", "person/mark-heller", "person/mark-jay-heller"));
	assert_int_equal(n, 1);
	free(out);
}

static void test_link_person_surname_context(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* "Obama" of article c shares two of its story's people with the
	 * articles of "Barack Obama" (Biden with b, Clinton with a): linked. */
	ent(g, sizeof(g), PER, "barack-obama", "Barack Obama", "a");
	ent(g, sizeof(g), PER, "barack-obama", "Barack Obama", "b");
	ent(g, sizeof(g), PER, "obama", "Obama", "c");
	ent(g, sizeof(g), PER, "joe-biden", "Joe Biden", "b");
	ent(g, sizeof(g), PER, "joe-biden", "Joe Biden", "c");
	ent(g, sizeof(g), PER, "hillary-clinton", "Hillary Clinton", "a");
	ent(g, sizeof(g), PER, "hillary-clinton", "Hillary Clinton", "c");
	/* one shared entity is too little ("Heller", "Mark Heller") */
	ent(g, sizeof(g), PER, "heller", "Heller", "d");
	ent(g, sizeof(g), PER, "mark-heller", "Mark Heller", "e");
	ent(g, sizeof(g), ORG, "morningside", "Morningside", "d");
	ent(g, sizeof(g), ORG, "morningside", "Morningside", "e");
	/* two full names with the surname: a family, whatever the story */
	ent(g, sizeof(g), PER, "sharif", "Sharif", "f");
	ent(g, sizeof(g), PER, "nawaz-sharif", "Nawaz Sharif", "g");
	ent(g, sizeof(g), PER, "raheel-sharif", "Raheel Sharif", "h");
	/* a bare name that is a given name; one of two letters */
	ent(g, sizeof(g), PER, "jackson", "Jackson", "f");
	ent(g, sizeof(g), PER, "vincent-jackson", "Vincent Jackson", "g");
	ent(g, sizeof(g), PER, "xi", "Xi", "f");
	ent(g, sizeof(g), PER, "li-xi", "Li Xi", "g");
	ent(g, sizeof(g), ORG, "pml-n", "PML-N", "f");
	ent(g, sizeof(g), ORG, "pml-n", "PML-N", "g");
	ent(g, sizeof(g), ORG, "pml-n", "PML-N", "h");
	ent(g, sizeof(g), PER, "imran-khan", "Imran Khan", "f");
	ent(g, sizeof(g), PER, "imran-khan", "Imran Khan", "g");
	ent(g, sizeof(g), PER, "imran-khan", "Imran Khan", "h");
	/* "Locke" of article j shares nothing with "Gary Locke"'s: one name,
	 * so it must fit every story it is in */
	ent(g, sizeof(g), PER, "locke", "Locke", "i");
	ent(g, sizeof(g), PER, "locke", "Locke", "j");
	ent(g, sizeof(g), PER, "gary-locke", "Gary Locke", "k");
	ent(g, sizeof(g), ORG, "commerce-department", "Commerce Department", "i");
	ent(g, sizeof(g), ORG, "commerce-department", "Commerce Department", "k");
	ent(g, sizeof(g), PER, "steven-chu", "Steven Chu", "i");
	ent(g, sizeof(g), PER, "steven-chu", "Steven Chu", "k");
	char *out = links(g, &n);
	assert_string_equal(out,
	                    L("person-surname-context", "person/barack-obama", "person/obama"));
	assert_int_equal(n, 1);
	free(out);
}

/* Appends the N-Triples line line to buf. */
static void add_nt(char *buf, size_t cap, const char *line)
{
	size_t n = strlen(buf);
	int w = snprintf(buf + n, cap - n, "%s\n", line);
	assert_true(w > 0 && (size_t)w < cap - n);
}

#define NEWS_TYPE(slug) \
	"<" KG "organization/" slug "> " TYPE " <http://schema.org/NewsMediaOrganization> ."

static void test_link_context_not_news_nor_generic(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* review17 X3: the agency of every dateline ("AP", typed
	 * schema:NewsMediaOrganization) and a body named by one common word
	 * ("Senate") are no story's actors: "Okafor" of a football report
	 * shares only them with "Dwight Okafor" of Congress, refused. */
	ent(g, sizeof(g), PER, "dwight-okafor", "Dwight Okafor", "a");
	ent(g, sizeof(g), PER, "dwight-okafor", "Dwight Okafor", "b");
	ent(g, sizeof(g), PER, "okafor", "Okafor", "c");
	ent(g, sizeof(g), ORG, "ap", "AP", "a");
	ent(g, sizeof(g), ORG, "ap", "AP", "b");
	ent(g, sizeof(g), ORG, "ap", "AP", "c");
	add_nt(g, sizeof(g), NEWS_TYPE("ap"));
	ent(g, sizeof(g), ORG, "senate", "Senate", "a");
	ent(g, sizeof(g), ORG, "senate", "Senate", "b");
	ent(g, sizeof(g), ORG, "senate", "Senate", "c");
	/* "ICC" of The Hague shares Reuters and Imran Khan with the articles
	 * of the "International Cricket Council": one actor, refused */
	ent(g, sizeof(g), ORG, "international-cricket-council", "International Cricket Council",
	    "d");
	ent(g, sizeof(g), ORG, "international-cricket-council", "International Cricket Council",
	    "e");
	ent(g, sizeof(g), ORG, "icc", "ICC", "f");
	ent(g, sizeof(g), ORG, "reuters", "Reuters", "d");
	ent(g, sizeof(g), ORG, "reuters", "Reuters", "e");
	ent(g, sizeof(g), ORG, "reuters", "Reuters", "f");
	add_nt(g, sizeof(g), NEWS_TYPE("reuters"));
	ent(g, sizeof(g), PER, "imran-khan", "Imran Khan", "d");
	ent(g, sizeof(g), PER, "imran-khan", "Imran Khan", "f");
	/* "Parliament" alone, the same: "Mottley" shares it and Ralph Gonsalves */
	ent(g, sizeof(g), PER, "mia-mottley", "Mia Mottley", "g");
	ent(g, sizeof(g), PER, "mottley", "Mottley", "h");
	ent(g, sizeof(g), ORG, "parliament", "Parliament", "g");
	ent(g, sizeof(g), ORG, "parliament", "Parliament", "h");
	ent(g, sizeof(g), PER, "ralph-gonsalves", "Ralph Gonsalves", "g");
	ent(g, sizeof(g), PER, "ralph-gonsalves", "Ralph Gonsalves", "h");
	/* two actors of the story besides them: still linked */
	ent(g, sizeof(g), PER, "gary-locke", "Gary Locke", "i");
	ent(g, sizeof(g), PER, "locke", "Locke", "j");
	ent(g, sizeof(g), ORG, "ap", "AP", "i");
	ent(g, sizeof(g), ORG, "ap", "AP", "j");
	ent(g, sizeof(g), ORG, "commerce-department", "Commerce Department", "i");
	ent(g, sizeof(g), ORG, "commerce-department", "Commerce Department", "j");
	ent(g, sizeof(g), PER, "steven-chu", "Steven Chu", "i");
	ent(g, sizeof(g), PER, "steven-chu", "Steven Chu", "j");
	char *out = links(g, &n);
	assert_string_equal(out, L("person-surname-context", "person/gary-locke", "person/locke"));
	assert_int_equal(n, 1);
	free(out);
}

/* As ent_at, and the mention of the extractor's rule of a name before a
 * word of kin ("entities.family"). */
static void family_at(char *buf, size_t cap, const char *slug, const char *label, const char *doc,
                      unsigned at)
{
	ent_at(buf, cap, PER, slug, label, doc, at);
	size_t n = strlen(buf);
	int w = snprintf(buf + n, cap - n,
	                 "<http://d.org/%s#char=%u,%u> <https://w3id.org/newskg/ns#rule> "
	                 "\"entities.family\" .\n",
	                 doc, at, at + 4);
	assert_true(w > 0 && (size_t)w < cap - n);
}

static void test_link_surname_family(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* review17 X5: "The Koch brothers" (the mention at 4-8 of c, of rule
	 * "entities.family") names a family: not linked to "Charles Koch",
	 * though the story is one.  "Lutz" of f, of another rule in f: linked.
	 * The mark is the entity's: "Koch" of rule entities.family in c and
	 * alone in g is one IRI, a family in both. */
	ent(g, sizeof(g), PER, "charles-koch", "Charles Koch", "a");
	ent(g, sizeof(g), PER, "charles-koch", "Charles Koch", "b");
	family_at(g, sizeof(g), "koch", "Koch", "c", 4);
	ent(g, sizeof(g), PER, "koch", "Koch", "g");
	ent(g, sizeof(g), PER, "mark-holden", "Mark Holden", "a");
	ent(g, sizeof(g), PER, "mark-holden", "Mark Holden", "c");
	ent(g, sizeof(g), PER, "mark-holden", "Mark Holden", "g");
	ent(g, sizeof(g), ORG, "americans-for-prosperity", "Americans for Prosperity", "b");
	ent(g, sizeof(g), ORG, "americans-for-prosperity", "Americans for Prosperity", "c");
	ent(g, sizeof(g), ORG, "americans-for-prosperity", "Americans for Prosperity", "g");
	ent(g, sizeof(g), PER, "anna-lutz", "Anna Lutz", "d");
	ent(g, sizeof(g), PER, "anna-lutz", "Anna Lutz", "e");
	ent_at(g, sizeof(g), PER, "lutz", "Lutz", "f", 4);
	ent(g, sizeof(g), PER, "olaf-scholz", "Olaf Scholz", "d");
	ent(g, sizeof(g), PER, "olaf-scholz", "Olaf Scholz", "f");
	ent(g, sizeof(g), ORG, "bundestag", "Bundestag", "e");
	ent(g, sizeof(g), ORG, "bundestag", "Bundestag", "f");
	char *out = links(g, &n);
	assert_string_equal(out, L("person-surname-context", "person/anna-lutz", "person/lutz"));
	assert_int_equal(n, 1);
	free(out);
	/* without the rule, "Koch" links */
	char *k = strstr(g, "<http://d.org/c#char=4,8> <https://w3id.org/newskg/ns#rule>");
	assert_non_null(k);
	memcpy(strstr(k, "entities.family"), "entities.xxxxxx", 15);
	out = links(g, &n);
	assert_string_equal(
	        out, L("person-surname-context", "person/anna-lutz", "person/lutz")
	                     L("person-surname-context", "person/charles-koch", "person/koch"));
	assert_int_equal(n, 2);
	free(out);
}

static void test_link_person_surname_context_smush(void **state)
{
	(void)state;
	char ab[4096] = "", c[4096] = "";
	ent(ab, sizeof(ab), PER, "barack-obama", "Barack Obama", "a");
	ent(ab, sizeof(ab), PER, "barack-obama", "Barack Obama", "b");
	ent(ab, sizeof(ab), PER, "joe-biden", "Joe Biden", "b");
	ent(ab, sizeof(ab), PER, "hillary-clinton", "Hillary Clinton", "a");
	ent(c, sizeof(c), PER, "obama", "Obama", "c");
	ent(c, sizeof(c), PER, "joe-biden", "Joe Biden", "c");
	ent(c, sizeof(c), PER, "hillary-clinton", "Hillary Clinton", "c");
	/* the full name is the node; step by step as all at once */
	const char *first[] = {ab}, *all[] = {ab, c};
	char *one = merged(all, 2), *out = merged(first, 1);
	const char *step[] = {out, c};
	char *two = merged(step, 2);
	assert_string_equal(two, one);
	assert_non_null(strstr(one, "<http://d.org/c#char=0,4> "
	                            "<http://www.w3.org/2005/11/its/rdf#taIdentRef> <" KG
	                            "person/barack-obama> .\n"));
	assert_non_null(strstr(one, "<" KG "person/barack-obama> <http://www.w3.org/2002/07/"
	                            "owl#sameAs> <" KG "person/obama> .\n"));
	assert_null(strstr(one, "\n<" KG "person/obama>"));
	free(one);
	free(out);
	free(two);
}

static void test_link_guard_same_article(void **state)
{
	(void)state;
	char g[8192] = "";
	size_t n = 9;
	/* One article named both "Raj Chohan" and "Raj K. Chohan" as two
	 * entities: it kept them apart, so no link; a short given name is the
	 * exception (the extractor does not know "Bill" is "William"). */
	ent(g, sizeof(g), PER, "raj-chohan", "Raj Chohan", "a");
	ent(g, sizeof(g), PER, "raj-k-chohan", "Raj K. Chohan", "a");
	ent(g, sizeof(g), PER, "bill-ingaldson", "Bill Ingaldson", "b");
	ent(g, sizeof(g), PER, "william-ingaldson", "William Ingaldson", "b");
	ent(g, sizeof(g), ORG, "saints", "Saints", "c");
	ent(g, sizeof(g), ORG, "new-orleans-saints", "New Orleans Saints", "c");
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("person-nickname", "person/bill-ingaldson", "person/william-ingaldson"));
	assert_int_equal(n, 1);
	free(out);
}

static void test_link_org_team_names(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	ent(g, sizeof(g), ORG, "saints", "Saints'", "a");
	ent(g, sizeof(g), ORG, "new-orleans-saints", "the New Orleans Saints", "b");
	ent(g, sizeof(g), ORG, "steelers", "Steelers", "a");
	ent(g, sizeof(g), ORG, "pittsburgh-steelers", "Pittsburgh Steelers", "b");
	/* two teams end in "Knicks": which one? */
	ent(g, sizeof(g), ORG, "knicks", "Knicks", "a");
	ent(g, sizeof(g), ORG, "new-york-knicks", "New York Knicks", "b");
	ent(g, sizeof(g), ORG, "westchester-knicks", "Westchester Knicks", "c");
	/* not a place before it, not a plural, several words, capitals only,
	 * not written with a capital */
	ent(g, sizeof(g), ORG, "bank-of-china", "Bank of China", "a");
	ent(g, sizeof(g), ORG, "agricultural-bank-of-china", "Agricultural Bank of China", "b");
	ent(g, sizeof(g), ORG, "motions", "Motions", "a");
	ent(g, sizeof(g), ORG, "research-in-motions", "Research In Motions", "b");
	ent(g, sizeof(g), ORG, "storm", "Storm", "a");
	ent(g, sizeof(g), ORG, "melbourne-storm", "Melbourne Storm", "b");
	ent(g, sizeof(g), ORG, "james-hawks", "James Hawks", "a");
	ent(g, sizeof(g), ORG, "atlanta-james-hawks", "Atlanta James Hawks", "b");
	ent(g, sizeof(g), ORG, "treatment-centers", "Treatment Centers", "a");
	ent(g, sizeof(g), ORG, "malibu-treatment-centers", "Malibu Treatment Centers", "b");
	ent(g, sizeof(g), ORG, "texans", "TEXANS", "a");
	ent(g, sizeof(g), ORG, "houston-texans", "Houston Texans", "b");
	ent(g, sizeof(g), ORG, "seahawks", "seahawks", "a");
	ent(g, sizeof(g), ORG, "seattle-seahawks", "Seattle Seahawks", "b");
	/* a person and an organisation are never linked */
	ent(g, sizeof(g), PER, "lakers", "Lakers", "c");
	ent(g, sizeof(g), ORG, "los-angeles-lakers", "Los Angeles Lakers", "d");
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("org-team-name", "organization/new-orleans-saints", "organization/saints")
	                     L("org-team-name", "organization/pittsburgh-steelers",
	                       "organization/steelers"));
	assert_int_equal(n, 2);
	free(out);
}

static void test_link_org_nickname_found_alone(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* "Colts" found alone as a club; its article and one of the full name's
	 * share a player */
	nick_at(g, sizeof(g), "colts", "Colts", "a", 0);
	ent_at(g, sizeof(g), PER, "peyton-manning", "Peyton Manning", "a", 10);
	ent(g, sizeof(g), ORG, "indianapolis-colts", "Indianapolis Colts", "b");
	ent_at(g, sizeof(g), PER, "peyton-manning", "Peyton Manning", "b", 10);
	/* "Bulldogs" found alone, no person shared with "Melbourne Bulldogs":
	 * another club of that nickname */
	nick_at(g, sizeof(g), "bulldogs", "Bulldogs", "c", 0);
	ent_at(g, sizeof(g), PER, "jane-roe", "Jane Roe", "c", 10);
	ent(g, sizeof(g), ORG, "melbourne-bulldogs", "Melbourne Bulldogs", "d");
	ent_at(g, sizeof(g), PER, "john-doe", "John Doe", "d", 10);
	/* "Rams": the one person shared is named in 11 articles, too many */
	nick_at(g, sizeof(g), "rams", "Rams", "e", 0);
	ent(g, sizeof(g), ORG, "los-angeles-rams", "Los Angeles Rams", "f");
	for (const char *d = "efghijklmno"; *d; d++) {
		char doc[2] = {*d, 0};
		ent_at(g, sizeof(g), PER, "ann-common", "Ann Common", doc, 20);
	}
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("org-team-name", "organization/colts", "organization/indianapolis-colts"));
	assert_int_equal(n, 1);
	free(out);
}

static void test_link_org_two_word_nickname(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* "Tar Heels" in three articles, one of them with the full name (the
	 * extractor joins no two-word nickname to it there), a player shared;
	 * the state as an organisation then joins the full name, which is
	 * named with its nickname in three articles */
	for (const char *d = "abc"; *d; d++) {
		char doc[2] = {*d, 0};
		ent(g, sizeof(g), ORG, "tar-heels", "Tar Heels", doc);
	}
	ent_at(g, sizeof(g), ORG, "north-carolina-tar-heels", "North Carolina Tar Heels", "c", 10);
	ent_at(g, sizeof(g), PER, "tyler-hansbrough", "Tyler Hansbrough", "a", 30);
	ent_at(g, sizeof(g), PER, "tyler-hansbrough", "Tyler Hansbrough", "c", 30);
	ent_at(g, sizeof(g), ORG, "north-carolina", "North Carolina", "d", 0);
	/* two words, no person shared: a newspaper's name, another body */
	ent(g, sizeof(g), ORG, "free-press", "Free Press", "e");
	ent(g, sizeof(g), ORG, "winnipeg-free-press", "Winnipeg Free Press", "f");
	/* two words after a city that name no organisation alone */
	ent(g, sizeof(g), ORG, "texas", "Texas", "g");
	for (const char *d = "hij"; *d; d++) {
		char doc[2] = {*d, 0};
		ent(g, sizeof(g), ORG, "texas-rangers", "Texas Rangers", doc);
		ent_at(g, sizeof(g), ORG, "texas-health-resources", "Texas Health Resources", doc,
		       10);
	}
	char *out = links(g, &n);
	assert_string_equal(
	        out, L("org-place-name", "organization/north-carolina-tar-heels",
	               "organization/north-carolina")
	                     L("org-place-name", "organization/texas-rangers", "organization/texas")
	                             L("org-team-name", "organization/north-carolina-tar-heels",
	                               "organization/tar-heels"));
	assert_int_equal(n, 3);
	free(out);
}

static void test_link_org_school_team(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* "Creighton" (no place) in every article of "Bluejays", found alone as
	 * a club; "Creighton Bluejays" once, a player shared */
	for (const char *d = "abc"; *d; d++) {
		char doc[2] = {*d, 0};
		ent(g, sizeof(g), ORG, "creighton", "Creighton", doc);
	}
	nick_at(g, sizeof(g), "bluejays", "Bluejays", "a", 10);
	nick_at(g, sizeof(g), "bluejays", "Bluejays", "b", 10);
	ent_at(g, sizeof(g), PER, "doug-mcdermott", "Doug McDermott", "a", 20);
	ent(g, sizeof(g), ORG, "creighton-bluejays", "Creighton Bluejays", "d");
	ent_at(g, sizeof(g), PER, "doug-mcdermott", "Doug McDermott", "d", 20);
	/* "Drake" is not named in every article of "Bulldogs" */
	ent(g, sizeof(g), ORG, "drake", "Drake", "e");
	nick_at(g, sizeof(g), "bulldogs", "Bulldogs", "e", 10);
	nick_at(g, sizeof(g), "bulldogs", "Bulldogs", "f", 10);
	ent_at(g, sizeof(g), PER, "ben-simmons", "Ben Simmons", "e", 20);
	ent(g, sizeof(g), ORG, "drake-bulldogs", "Drake Bulldogs", "g");
	ent_at(g, sizeof(g), PER, "ben-simmons", "Ben Simmons", "g", 20);
	ent(g, sizeof(g), ORG, "drake", "Drake", "h");
	char *out = links(g, &n);
	assert_string_equal(out,
	                    L("org-place-name", "organization/creighton-bluejays",
	                      "organization/creighton") L("org-team-name", "organization/bluejays",
	                                                  "organization/creighton-bluejays"));
	assert_int_equal(n, 2);
	free(out);
}

static void test_link_org_place_names(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* a city as an organisation and the one club of that city, named in
	 * full in three articles: one of them names both (the exception to
	 * the same-article guard) */
	ent(g, sizeof(g), ORG, "indianapolis", "Indianapolis", "a");
	ent(g, sizeof(g), ORG, "indianapolis-colts", "Indianapolis Colts", "a");
	ent(g, sizeof(g), ORG, "indianapolis-colts", "Indianapolis Colts", "b");
	ent(g, sizeof(g), ORG, "indianapolis-colts", "Indianapolis Colts", "c");
	/* the club named in two articles only */
	ent(g, sizeof(g), ORG, "kansas-city", "Kansas City", "d");
	ent(g, sizeof(g), ORG, "kansas-city-chiefs", "Kansas City Chiefs", "e");
	ent(g, sizeof(g), ORG, "kansas-city-chiefs", "Kansas City Chiefs", "f");
	/* two clubs of one city: which one? */
	ent(g, sizeof(g), ORG, "chicago", "Chicago", "a");
	for (const char *d = "bcd"; *d; d++) {
		char doc[2] = {*d, 0};
		ent(g, sizeof(g), ORG, "chicago-bulls", "Chicago Bulls", doc);
		ent(g, sizeof(g), ORG, "chicago-bears", "Chicago Bears", doc);
		/* a country; a name in capitals only; not a place */
		ent(g, sizeof(g), ORG, "japan-airlines", "Japan Airlines", doc);
		ent(g, sizeof(g), ORG, "boston-celtics", "BOSTON CELTICS", doc);
		ent(g, sizeof(g), ORG, "acme-holdings", "Acme Holdings", doc);
	}
	ent(g, sizeof(g), ORG, "japan", "Japan", "e");
	ent(g, sizeof(g), ORG, "boston", "Boston", "e");
	ent(g, sizeof(g), ORG, "acme", "Acme", "e");
	/* a place is no organisation named by a city */
	ent(g, sizeof(g), LOC, "indianapolis", "Indianapolis", "e");
	char *out = links(g, &n);
	assert_string_equal(out, L("org-place-name", "organization/indianapolis-colts",
	                           "organization/indianapolis"));
	assert_int_equal(n, 1);
	free(out);
}

static void test_link_org_acronym(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* "HD" of article c shares a person and a company of its story with
	 * the articles of "Harley-Davidson" (a hyphen's parts give initials
	 * too): linked.  ("HP" is a common word, horsepower, to the lexicon.) */
	ent(g, sizeof(g), ORG, "harley-davidson", "Harley-Davidson", "a");
	ent(g, sizeof(g), ORG, "harley-davidson", "Harley-Davidson", "b");
	ent(g, sizeof(g), ORG, "hd", "HD", "c");
	ent(g, sizeof(g), PER, "jochen-zeitz", "Jochen Zeitz", "a");
	ent(g, sizeof(g), PER, "jochen-zeitz", "Jochen Zeitz", "c");
	ent(g, sizeof(g), ORG, "livewire-group", "LiveWire Group", "b");
	ent(g, sizeof(g), ORG, "livewire-group", "LiveWire Group", "c");
	/* "of" and "and" give no initial: "FDA" of the one "Food and Drug
	 * Administration", which shares the story of d */
	ent(g, sizeof(g), ORG, "fda", "FDA", "d");
	ent(g, sizeof(g), ORG, "food-and-drug-administration", "Food and Drug Administration", "e");
	ent(g, sizeof(g), PER, "scott-gottlieb", "Scott Gottlieb", "d");
	ent(g, sizeof(g), PER, "scott-gottlieb", "Scott Gottlieb", "e");
	ent(g, sizeof(g), ORG, "pfizer", "Pfizer", "d");
	ent(g, sizeof(g), ORG, "pfizer", "Pfizer", "e");
	/* refused: no shared story ("DC", "Dallas Cowboys"); two full names
	 * with the initials; a common word ("AM"); one word as the full name */
	ent(g, sizeof(g), ORG, "dc", "DC", "f");
	ent(g, sizeof(g), ORG, "dallas-cowboys", "Dallas Cowboys", "g");
	ent(g, sizeof(g), ORG, "nrl", "NRL", "h");
	ent(g, sizeof(g), ORG, "national-rugby-league", "National Rugby League", "i");
	ent(g, sizeof(g), ORG, "national-rifle-league", "National Rifle League", "j");
	ent(g, sizeof(g), ORG, "am", "AM", "h");
	ent(g, sizeof(g), ORG, "african-movies", "African Movies", "i");
	ent(g, sizeof(g), ORG, "ab", "AB", "h");
	ent(g, sizeof(g), ORG, "abba", "Abba", "i");
	ent(g, sizeof(g), PER, "peter-beattie", "Peter Beattie", "h");
	ent(g, sizeof(g), PER, "peter-beattie", "Peter Beattie", "i");
	ent(g, sizeof(g), PER, "peter-beattie", "Peter Beattie", "j");
	ent(g, sizeof(g), ORG, "fox-sports", "Fox Sports", "h");
	ent(g, sizeof(g), ORG, "fox-sports", "Fox Sports", "i");
	ent(g, sizeof(g), ORG, "fox-sports", "Fox Sports", "j");
	char *out = links(g, &n);
	assert_string_equal(
	        out,
	        L("org-acronym", "organization/fda", "organization/food-and-drug-administration")
	                L("org-acronym", "organization/harley-davidson", "organization/hd"));
	assert_int_equal(n, 2);
	free(out);
}

static void test_link_venue_same_name(void **state)
{
	(void)state;
	char g[16384] = "";
	size_t n = 9;
	/* a clinic an organisation in one article and a place in another */
	ent(g, sizeof(g), ORG, "betty-ford-center", "Betty Ford Center", "a");
	ent(g, sizeof(g), LOC, "betty-ford-center", "the Betty Ford Center", "b");
	ent(g, sizeof(g), ORG, "valley-hotel", "Valley Hotel", "c");
	ent(g, sizeof(g), LOC, "valley-hotel", "Valley Hotel", "d");
	/* one article kept them apart */
	ent(g, sizeof(g), ORG, "staples-center", "Staples Center", "a");
	ent(g, sizeof(g), LOC, "staples-center", "Staples Center", "a");
	/* other names, no venue word, one word, a person */
	ent(g, sizeof(g), ORG, "valley-inn", "Valley Inn", "a");
	ent(g, sizeof(g), LOC, "valley-hotel-spa", "Valley Hotel Spa", "b");
	ent(g, sizeof(g), ORG, "tar-heels", "Tar Heels", "a");
	ent(g, sizeof(g), LOC, "tar-heels", "Tar Heels", "b");
	ent(g, sizeof(g), ORG, "center", "Center", "a");
	ent(g, sizeof(g), LOC, "center", "Center", "b");
	ent(g, sizeof(g), PER, "smith-center", "Smith Center", "a");
	ent(g, sizeof(g), LOC, "smith-center", "Smith Center", "b");
	char *out = links(g, &n);
	assert_string_equal(
	        out,
	        L("venue-same-name", "organization/betty-ford-center", "place/betty-ford-center")
	                L("venue-same-name", "organization/valley-hotel", "place/valley-hotel"));
	assert_int_equal(n, 2);
	free(out);
}

static void test_link_then_smush_gives_one_iri(void **state)
{
	(void)state;
	char g[4096] = "", err[200], *buf = NULL;
	size_t len = 0, n = 0;
	struct nkg_merge *m = NULL;
	struct nkg_merge_stats st;
	ent(g, sizeof(g), PER, "mo-cheeks", "Mo Cheeks", "b");
	ent(g, sizeof(g), PER, "maurice-cheeks", "Maurice Cheeks", "a");
	ent(g, sizeof(g), ORG, "saints", "Saints", "a");
	ent(g, sizeof(g), ORG, "new-orleans-saints", "New Orleans Saints", "b");

	assert_int_equal(nkg_merge_new(NULL, &m), 0);
	assert_int_equal(nkg_merge_add_bytes(m, g, strlen(g), "g.nt", NULL, NULL, err, sizeof(err)),
	                 0);
	assert_int_equal(nkg_merge_link(m, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(nkg_merge_link(m, &n), NKG_EINVAL);
	assert_int_equal(nkg_merge_smush(m, &st), 0);
	assert_int_equal(st.classes, 2);
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(nkg_merge_write_report(m, f), 0);
	fclose(f);
	/* the full name's IRI is canonical, not the shorter */
	assert_string_equal(buf,
	                    "<" KG "organization/new-orleans-saints>\t<" KG "organization/saints>\n"
	                    "<" KG "person/maurice-cheeks>\t<" KG "person/mo-cheeks>\n");
	free(buf);
	buf = NULL;
	f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(nkg_merge_write(m, NKG_FORMAT_NTRIPLES, f, NULL), 0);
	fclose(f);
	assert_non_null(strstr(buf, "<http://d.org/a#char=0,4> <http://www.w3.org/2005/11/its/rdf#"
	                            "taIdentRef> <" KG "person/maurice-cheeks> .\n"));
	assert_non_null(strstr(buf, "<" KG
	                            "person/maurice-cheeks> <http://www.w3.org/2002/07/owl#sameAs> "
	                            "<" KG "person/mo-cheeks> .\n"));
	assert_null(strstr(buf, "<" KG "person/mo-cheeks> <http://www.w3.org/1999"));
	free(buf);
	nkg_merge_free(m);
}

static void test_link_nothing_to_link(void **state)
{
	(void)state;
	size_t n = 9;
	char *out = links("<http://x/a> <http://x/p> \"A\" .\n", &n);
	assert_string_equal(out, "");
	assert_int_equal(n, 0);
	free(out);
}

static void test_link_out_of_memory(void **state)
{
	(void)state;
	char g[8192] = "";
	unsigned long fails = 0, k;
	ent(g, sizeof(g), PER, "maurice-cheeks", "Maurice Cheeks", "a");
	ent(g, sizeof(g), PER, "mo-cheeks", "Mo Cheeks", "b");
	ent(g, sizeof(g), ORG, "saints", "Saints", "a");
	ent(g, sizeof(g), ORG, "new-orleans-saints", "New Orleans Saints", "b");

	for (k = 1; k < 2000; k++) {
		struct nkg_merge *m = NULL;
		char err[200], *buf = NULL;
		size_t len = 0, n = 0;
		FILE *f = open_memstream(&buf, &len);
		int rc;

		nkg_alloc_fail_after(k, 0);
		rc = nkg_merge_new(NULL, &m);
		if (rc == 0)
			rc = nkg_merge_add_bytes(m, g, strlen(g), "t.nt", NULL, NULL, err,
			                         sizeof(err));
		if (rc == 0)
			rc = nkg_merge_link(m, &n);
		if (rc == 0)
			rc = nkg_merge_smush(m, NULL);
		if (rc == 0)
			rc = nkg_merge_write_links(m, f);
		nkg_alloc_fail_after(0, 0);
		nkg_merge_free(m);
		fclose(f);
		free(buf);
		if (rc == 0) {
			assert_int_equal(n, 2);
			break;
		}
		assert_int_equal(rc, NKG_ENOMEM);
		fails++;
	}
	assert_true(k < 2000);
	assert_true(fails > 10);
}

/* The gazetteer and the organisations nkg_merge_link loads, freed for the
 * leak checkers. */
static int teardown(void **state)
{
	(void)state;
	nkg_orgs_free();
	nkg_lexicon_free();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_link_person_rules),
	        cmocka_unit_test(test_link_person_spelling),
	        cmocka_unit_test(test_link_person_nickname_other_languages),
	        cmocka_unit_test(test_link_person_blend),
	        cmocka_unit_test(test_link_person_blend_refused),
	        cmocka_unit_test(test_link_blend_smush_keeps_full_name),
	        cmocka_unit_test(test_link_guard_two_people_one_surname),
	        cmocka_unit_test(test_link_person_surname_context),
	        cmocka_unit_test(test_link_person_surname_context_smush),
	        cmocka_unit_test(test_link_context_not_news_nor_generic),
	        cmocka_unit_test(test_link_surname_family),
	        cmocka_unit_test(test_link_guard_same_article),
	        cmocka_unit_test(test_link_org_team_names),
	        cmocka_unit_test(test_link_org_place_names),
	        cmocka_unit_test(test_link_org_nickname_found_alone),
	        cmocka_unit_test(test_link_org_two_word_nickname),
	        cmocka_unit_test(test_link_org_school_team),
	        cmocka_unit_test(test_link_org_acronym),
	        cmocka_unit_test(test_link_venue_same_name),
	        cmocka_unit_test(test_link_then_smush_gives_one_iri),
	        cmocka_unit_test(test_link_nothing_to_link),
	        cmocka_unit_test(test_link_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
