/* test_graph_org_links.c - owl:sameAs from an organisation to its Wikidata
 * item (extract/orgs.h), written only under the rule of graph/graph.c's
 * header comment: organisations only, unambiguous keys, weak names only as
 * the canonical name of an organisation with a specific class, and never
 * when two names of one entity find two organisations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/alloc.h"
#include "core/err.h"
#include "extract/lexicon.h"
#include "extract/orgs.h"
#include "graph/graph.h"

#define S(lit) nkg_str_from_cstr(lit)

#define SAME "> <http://www.w3.org/2002/07/owl#sameAs> "
#define ORG  "<https://w3id.org/newskg/id/organization/"
#define WD   "<http://www.wikidata.org/entity/"

static const char text[] = "NISSAN Boeing Toyota Amazon Target Amazon.com Renault Group Renault "
                           "Shell Airbus Boeing Co. Ministry of Defence";

struct ent {
	enum nkg_entity_class cls;
	const char *name;
	const char *alt; /* or NULL */
};

/* Each entity's name is found in text for its mention. */
static void org_doc(struct nkg_doc *d)
{
	static const struct ent ents[] = {
	        {NKG_CLASS_CORPORATION, "NISSAN", NULL},              /* folded: Q20165 */
	        {NKG_CLASS_PERSON, "Boeing", NULL},                   /* a person: no link */
	        {NKG_CLASS_CITY, "Toyota", NULL},                     /* a place: no org link */
	        {NKG_CLASS_ORGANIZATION, "Target", NULL},             /* weak, plain Organization */
	        {NKG_CLASS_CORPORATION, "Amazon", NULL},              /* weak, but a Corporation */
	        {NKG_CLASS_ORGANIZATION, "Renault Group", "Renault"}, /* by its alt name */
	        {NKG_CLASS_ORGANIZATION, "Shell", NULL},              /* ambiguous: no link */
	        {NKG_CLASS_ORGANIZATION, "Airbus", "Boeing"}, /* two organisations: no link */
	        /* an operator named for its kind: no link even for a specific class */
	        {NKG_CLASS_GOVERNMENT_ORG, "Ministry of Defence", NULL},
	};
	nkg_doc_init(d, text, sizeof(text) - 1);
	d->id = S("org-links");
	for (size_t i = 0; i < sizeof(ents) / sizeof(ents[0]); i++) {
		const char *at = strstr(text, ents[i].name);
		uint32_t k, b;

		assert_non_null(at);
		b = (uint32_t)(at - text);
		assert_int_equal(nkg_doc_add_entity(d, ents[i].cls, S(ents[i].name), 1.0f, "t", &k),
		                 0);
		if (ents[i].alt)
			assert_int_equal(nkg_entity_add_alt_name(d, k, S(ents[i].alt)), 0);
		assert_int_equal(nkg_doc_add_mention(
		                         d,
		                         (struct nkg_span){b, b + (uint32_t)strlen(ents[i].name)},
		                         NKG_MENTION_ENTITY, k, 1.0f, "t"),
		                 0);
	}
}

/* Writes d as N-Triples; returns the malloc'd text, rc in *rc. */
static char *write_nt(const struct nkg_doc *d, int *rc, unsigned long fail_at)
{
	struct nkg_graph_options opt = {NKG_FORMAT_NTRIPLES, NULL, "newskg 9.9.9-test"};
	struct nkg_writer *w = NULL;
	char *out = NULL;
	size_t len = 0, n = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	assert_int_equal(nkg_writer_new(&opt, fp, &w), 0);
	if (fail_at)
		nkg_alloc_fail_after(fail_at, 1);
	*rc = nkg_writer_add(w, d, &n);
	nkg_alloc_fail_after(0, 0);
	if (!*rc)
		*rc = nkg_writer_finish(w);
	nkg_writer_free(w);
	fclose(fp);
	return out;
}

/* The lines of text holding owl:sameAs, in order, each ending in '\n'. */
static void same_as_lines(const char *nt, char *out, size_t cap)
{
	char *copy = strdup(nt);
	size_t n = 0;

	assert_non_null(copy);
	out[0] = '\0';
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		if (strstr(line, SAME))
			n += (size_t)snprintf(out + n, cap - n, "%s\n", line);
		assert_true(n < cap);
	}
	free(copy);
}

static const char want_links[] = ORG "amazon" SAME WD "Q3884> .\n" ORG "nissan" SAME WD
                                     "Q20165> .\n" ORG "renault-group" SAME WD "Q6686> .\n";

static void test_org_links_by_rule(void **state)
{
	struct nkg_doc d;
	char got[2048];
	int rc;
	(void)state;
	org_doc(&d);
	char *out = write_nt(&d, &rc, 0);
	assert_int_equal(rc, 0);
	same_as_lines(out, got, sizeof(got));
	assert_string_equal(got, want_links);
	free(out);
	nkg_doc_release(&d);
}

/* Every allocation failing in turn, both tables' first loads included:
 * NKG_ENOMEM and nothing written, never a graph silently without its links. */
static void test_org_links_out_of_memory(void **state)
{
	struct nkg_doc d;
	char got[2048];
	int rc;
	(void)state;
	nkg_orgs_free(); /* so that the loads happen inside the writer */
	nkg_lexicon_free();
	org_doc(&d);
	for (unsigned long n = 1;; n++) {
		char *out = write_nt(&d, &rc, n);

		if (rc == 0) {
			same_as_lines(out, got, sizeof(got));
			assert_string_equal(got, want_links);
			free(out);
			break;
		}
		assert_int_equal(rc, NKG_ENOMEM);
		assert_true(out == NULL || out[0] == '\0');
		free(out);
		assert_true(n < 100000);
	}
	nkg_doc_release(&d);
}

static int group_teardown(void **state)
{
	(void)state;
	nkg_orgs_free();
	nkg_lexicon_free();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_org_links_by_rule),
	        cmocka_unit_test(test_org_links_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, group_teardown);
}
