/* test_events_pronouns.c - whom "he" and "she" name as a speaker (issue 4):
 * the nearest person in subject position of the same or an earlier
 * sentence whose sex agrees, the sex told by a given name ("Mary"), a
 * title or kin word before the name ("Mrs.", "His sister, Kim Roe,"), a
 * role ("spokeswoman"), or failing those the pronouns of a sentence that
 * names the person alone ("lost his job"); nobody when another person may
 * be meant, or when the pronoun opens a paragraph after one whose
 * sentences have two such persons as subjects.  As in the other event
 * tests, the entities are added by hand. */
#include "events_fixture.h"
#include "extract/events_gender.h"

static uint32_t person(struct fx *f, const char *name, const char *surface)
{
	return ent(f, NKG_CLASS_PERSON, name, surface);
}

/* The speakers of the statements and of the quotes, "statement:Name" per
 * statement (its first speaker, "-" for none) then "quote:Name" per quote,
 * joined by "; ". */
static void speakers_of(const struct fx *f, char *out, size_t cap)
{
	size_t len = 0;
	out[0] = 0;
	for (uint32_t i = 0; i < f->doc.n_events; i++) {
		const struct nkg_event *e = &f->doc.events[i];
		if (e->cls != NKG_EVENT_STATEMENT)
			continue;
		uint32_t who = NKG_NONE;
		for (uint32_t k = 0; k < e->n_participants && who == NKG_NONE; k++)
			if (e->participants[k].role == NKG_ROLE_SPEAKER)
				who = e->participants[k].entity;
		len += (size_t)snprintf(out + len, cap - len, "%sstatement:%s", len ? "; " : "",
		                        fx_ename(f, who));
	}
	for (uint32_t i = 0; i < f->doc.n_quotes; i++)
		len += (size_t)snprintf(out + len, cap - len, "%squote:%s", len ? "; " : "",
		                        fx_ename(f, f->doc.quotes[i].speaker));
	assert_true(len < cap);
}

#define SPEAKERS_ARE(f, expected)                                                                  \
	do {                                                                                       \
		char got_[512];                                                                    \
		speakers_of((f), got_, sizeof(got_));                                              \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

/* The subject is a woman by her given name: "he" is the one man named in
 * the sentence, "she" the subject. */
static void test_pronouns_given_name_sex(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Mary Jones met John Smith in Boston on Monday.\n\n"
	              "\"The talks went well for both sides,\" he said.\n");
	person(&f, "Mary Jones", "Mary Jones");
	person(&f, "John Smith", "John Smith");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:John Smith; quote:John Smith");
	fx_release(&f);

	fx_sunday(&f, "Mary Jones met John Smith in Boston on Monday.\n\n"
	              "\"The talks went well for both sides,\" she said.\n");
	person(&f, "Mary Jones", "Mary Jones");
	person(&f, "John Smith", "John Smith");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Mary Jones; quote:Mary Jones");
	fx_release(&f);
}

/* Names borne by both sexes ("Kim", "Pat"): the titles tell. */
static void test_pronouns_title_sex(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Mr. Kim Lee met Mrs. Pat Park in Boston on Monday.\n\n"
	              "\"We agreed on the plan,\" she said.\n");
	person(&f, "Kim Lee", "Kim Lee");
	person(&f, "Pat Park", "Pat Park");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Pat Park; quote:Pat Park");
	fx_release(&f);

	/* without the titles the subject is taken */
	fx_sunday(&f, "Kim Lee met Pat Park in Boston on Monday.\n\n"
	              "\"We agreed on the plan,\" she said.\n");
	person(&f, "Kim Lee", "Kim Lee");
	person(&f, "Pat Park", "Pat Park");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Kim Lee; quote:Kim Lee");
	fx_release(&f);
}

/* A role word right before the name ("spokeswoman") and a kin word before
 * an apposition closed by a comma ("his sister, Kim Roe,") tell the sex. */
static void test_pronouns_role_and_kin_sex(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Mr. Pat Doe met company spokeswoman Lee Roe on Monday.\n\n"
	              "\"Nothing was decided today,\" she said.\n");
	person(&f, "Pat Doe", "Pat Doe");
	person(&f, "Lee Roe", "Lee Roe");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Lee Roe; quote:Lee Roe");
	fx_release(&f);

	fx_sunday(&f, "Mr. Pat Doe met his sister, Kim Roe, in Boston on Monday.\n\n"
	              "\"We are very happy together,\" she said.\n");
	person(&f, "Pat Doe", "Pat Doe");
	person(&f, "Kim Roe", "Kim Roe");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Kim Roe; quote:Kim Roe");
	fx_release(&f);

	/* not a kin word before a name that opens a clause: "his wife, Bowe
	 * said" leaves Bowe's sex unknown, so "she" may be him: the quote
	 * is nobody's (and not recorded) */
	fx_sunday(&f, "Mr. Pat Doe met his sister, Kim Roe said on Monday.\n\n"
	              "\"We are very happy together,\" she said.\n");
	person(&f, "Pat Doe", "Pat Doe");
	person(&f, "Kim Roe", "Kim Roe");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Kim Roe");
	fx_release(&f);
}

/* When another person of the sentence may be the one meant, nobody is:
 * the statement has no speaker (and, undated, is no event), the quote
 * none (and is not recorded). */
static void test_pronouns_ambiguous_is_nobody(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Mary Jones met Smith in Boston on Monday.\n\n"
	              "\"The talks went well for both sides,\" he said.\n");
	person(&f, "Mary Jones", "Mary Jones");
	person(&f, "Smith", "Smith");
	fx_run(&f);
	SPEAKERS_ARE(&f, "");
	fx_release(&f);
}

/* The pronouns of a sentence that names one person tell that person's sex
 * when nothing else does: "Taylor" is either, "his job" says a man. */
static void test_pronouns_sentence_pronouns_sex(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Taylor Reed lost his job on Friday.\n\n"
	              "\"It was very unfair to me,\" she said.\n");
	person(&f, "Taylor Reed", "Taylor Reed");
	fx_run(&f);
	SPEAKERS_ARE(&f, "");
	fx_release(&f);

	fx_sunday(&f, "Taylor Reed lost his job on Friday.\n\n"
	              "\"It was very unfair to me,\" he said.\n");
	person(&f, "Taylor Reed", "Taylor Reed");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Taylor Reed; quote:Taylor Reed");
	fx_release(&f);
}

/* A pronoun opening a paragraph after one whose last sentences have two
 * persons of its sex as subjects is nobody (the statement dated Thursday
 * stays, without a speaker); with one, that one; within a paragraph the
 * nearest subject still wins. */
static void test_pronouns_paragraph_competition(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Tom Reed and Paul Ward argued over the bill on Wednesday.\n\n"
	              "Reed wants a vote this week. Ward wants more time.\n\n"
	              "\"The vote can wait,\" he said on Thursday.\n");
	person(&f, "Tom Reed", "Tom Reed");
	person(&f, "Tom Reed", "Reed");
	person(&f, "Paul Ward", "Paul Ward");
	person(&f, "Paul Ward", "Ward");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:-");
	fx_release(&f);

	fx_sunday(&f, "Tom Reed and Paul Ward argued over the bill on Wednesday.\n\n"
	              "Reed wants a vote this week. Ward wants more time.\n"
	              "\"The vote can wait,\" he said on Thursday.\n");
	person(&f, "Tom Reed", "Tom Reed");
	person(&f, "Tom Reed", "Reed");
	person(&f, "Paul Ward", "Paul Ward");
	person(&f, "Paul Ward", "Ward");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Paul Ward; quote:Paul Ward");
	fx_release(&f);

	fx_sunday(&f, "Tom Reed and Paul Ward argued over the bill on Wednesday.\n\n"
	              "Reed wants a vote this week. Mary Hill wants more time.\n\n"
	              "\"The vote can wait,\" he said on Thursday.\n");
	person(&f, "Tom Reed", "Tom Reed");
	person(&f, "Tom Reed", "Reed");
	person(&f, "Paul Ward", "Paul Ward");
	person(&f, "Mary Hill", "Mary Hill");
	fx_run(&f);
	SPEAKERS_ARE(&f, "statement:Tom Reed; quote:Tom Reed");
	fx_release(&f);
}

/* Every event, "class role:Name ..." joined by "; ". */
static void roles_of(const struct fx *f, char *out, size_t cap)
{
	size_t len = 0;
	out[0] = 0;
	for (uint32_t i = 0; i < f->doc.n_events; i++) {
		len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? "; " : "",
		                        nkg_event_class_name(f->doc.events[i].cls));
		len = fx_roles(f, i, out, cap, len);
		assert_true(len < cap);
	}
}

#define ROLES_ARE(f, expected)                                                                     \
	do {                                                                                       \
		char got_[512];                                                                    \
		roles_of((f), got_, sizeof(got_));                                                 \
		assert_string_equal(got_, (expected));                                             \
	} while (0)

/* "his"/"her" before a person's event noun is the one person the sentence
 * names before it, when the sex agrees and no noun for another person
 * stands between; nobody otherwise. */
static void test_pronouns_possessive_event_nouns(void **state)
{
	(void)state;
	struct fx f;
	fx_sunday(&f, "Costas Karamanlis ignored calls for his resignation on Monday.\n");
	person(&f, "Costas Karamanlis", "Costas Karamanlis");
	fx_run(&f);
	ROLES_ARE(&f, "resignation agent:Costas Karamanlis");
	fx_release(&f);

	fx_sunday(&f, "Mary Jones welcomed her nomination on Monday.\n");
	person(&f, "Mary Jones", "Mary Jones");
	fx_run(&f);
	ROLES_ARE(&f, "appointment patient:Mary Jones");
	fx_release(&f);

	/* the other sex, two persons, a person noun between: nobody */
	fx_sunday(&f, "Mary Jones welcomed his nomination on Monday.\n");
	person(&f, "Mary Jones", "Mary Jones");
	fx_run(&f);
	ROLES_ARE(&f, "appointment");
	fx_release(&f);

	fx_sunday(&f, "Tom Reed met Paul Ward before his arrest on Monday.\n");
	person(&f, "Tom Reed", "Tom Reed");
	person(&f, "Paul Ward", "Paul Ward");
	fx_run(&f);
	ROLES_ARE(&f, "meeting agent:Tom Reed participant:Paul Ward; arrest");
	fx_release(&f);

	/* only the PRONOUN_WINDOW (64) tokens before it count: a sentence of
	 * endless words does not make each pronoun a scan of all of them */
	char text[1024];
	int n = snprintf(text, sizeof(text), "Tom Reed, ");
	for (int k = 0; k < 32; k++)
		n += snprintf(text + n, sizeof(text) - (size_t)n, "and then ");
	snprintf(text + n, sizeof(text) - (size_t)n, "his arrest came on Monday.\n");
	fx_sunday(&f, text);
	person(&f, "Tom Reed", "Tom Reed");
	fx_run(&f);
	ROLES_ARE(&f, "arrest");
	fx_release(&f);
	n = snprintf(text, sizeof(text), "Tom Reed, ");
	for (int k = 0; k < 30; k++)
		n += snprintf(text + n, sizeof(text) - (size_t)n, "and then ");
	snprintf(text + n, sizeof(text) - (size_t)n, "his arrest came on Monday.\n");
	fx_sunday(&f, text);
	person(&f, "Tom Reed", "Tom Reed");
	fx_run(&f);
	ROLES_ARE(&f, "arrest patient:Tom Reed");
	fx_release(&f);

	fx_sunday(&f, "Miles Vinar saw his brother fall to his death on Thursday.\n");
	person(&f, "Miles Vinar", "Miles Vinar");
	fx_run(&f);
	ROLES_ARE(&f, "death");
	fx_release(&f);
}

/* The given-name table: one sex, both ("Jamie"), case, and no name. */
static void test_pronouns_given_name_table(void **state)
{
	(void)state;
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("Mary")), NKG_GENDER_FEMALE);
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("JOHN")), NKG_GENDER_MALE);
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("Vladimir")), NKG_GENDER_MALE);
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("Jamie")), NKG_GENDER_UNKNOWN);
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("Mar")), NKG_GENDER_UNKNOWN);
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("Maryx")), NKG_GENDER_UNKNOWN);
	assert_int_equal(nkg_given_name_gender(nkg_str_from_cstr("")), NKG_GENDER_UNKNOWN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_pronouns_given_name_sex),
	        cmocka_unit_test(test_pronouns_title_sex),
	        cmocka_unit_test(test_pronouns_role_and_kin_sex),
	        cmocka_unit_test(test_pronouns_ambiguous_is_nobody),
	        cmocka_unit_test(test_pronouns_sentence_pronouns_sex),
	        cmocka_unit_test(test_pronouns_paragraph_competition),
	        cmocka_unit_test(test_pronouns_possessive_event_nouns),
	        cmocka_unit_test(test_pronouns_given_name_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
