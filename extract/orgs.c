/* orgs.c - parses the embedded organizations.tsv into a hash table of folded keys.
 *
 * The file (extract/lexicon/README.md, "Organisations") is copied into one
 * buffer and split in place (tabs, newlines and '|' become NULs), so every
 * QID and name handed out points into it.  Keys are folded by the
 * lexicon's own rule (nkg_lex_fold, extract/lexicon.h) into a second buffer.  The
 * table is open addressing with linear probing over FNV-1a hashes; which
 * record a key finds depends only on the data: a key that two different
 * QIDs claim is marked dead, whatever the order.  Records are sorted by the
 * number of their QID, which nkg_org_by_qid() searches by bisection.
 * Loading is lazy and guarded like the lexicon's (an atomic flag and a mutex).
 */
#include "orgs.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "embedded.h"
#include "lexicon.h"

/* Longest key a lookup folds (bytes); longer names are not in the data. */
#define KEY_MAX 256
/* An acronym key this short or shorter is NKG_ORG_WEAK ("BP", "AAP"). */
#define WEAK_ACRONYM_MAX 3

/* Bits of a slot. */
#define KEY_ALIAS 1u /* every record line lists it as an alias, not the label */
#define KEY_UPPER 2u /* written only in capitals and dots: needs input without lower case */
#define KEY_DEAD  4u /* two QIDs claim it: matches nothing */

struct slot {
	const char *key; /* folded, NUL-terminated; NULL = empty */
	uint32_t len;
	uint32_t hash;
	uint32_t rec; /* index into orgs.recs */
	uint32_t bits;
};

struct orgs {
	char *text; /* organizations.tsv, split in place */
	char *keys; /* folded keys */
	size_t keys_len, keys_cap;
	struct nkg_org *recs;
	uint32_t *qnum; /* the number of each record's QID, ascending */
	size_t n_recs, cap_recs;
	struct slot *slots;
	size_t cap; /* power of two */
};

static struct orgs orgs;
static atomic_bool orgs_loaded;
static pthread_mutex_t orgs_mutex = PTHREAD_MUTEX_INITIALIZER;

static uint32_t fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static struct slot *slot_find(const struct orgs *o, const char *key, size_t len, uint32_t h)
{
	for (size_t i = h & (o->cap - 1);; i = (i + 1) & (o->cap - 1)) {
		struct slot *s = &o->slots[i];

		if (!s->key)
			return s;
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
			return s;
	}
}

/* ---- parsing --------------------------------------------------------------- */

static uint32_t qid_number(const char *s)
{
	uint32_t v = 0;
	size_t n = 0;

	if (s[0] != 'Q' || s[1] < '1' || s[1] > '9')
		return 0;
	for (s++; *s; s++, n++) {
		if (*s < '0' || *s > '9' || n >= 9)
			return 0;
		v = v * 10 + (uint32_t)(*s - '0');
	}
	return v;
}

static bool is_acronym(const char *s)
{
	bool upper = false;

	for (; *s; s++) {
		if (*s >= 'A' && *s <= 'Z')
			upper = true;
		else if (*s != '.')
			return false;
	}
	return upper;
}

/* Splits buf[0..len) (NUL-terminated) into lines in place and calls fn on
 * each one that is neither empty nor a comment; stops at a nonzero return. */
static int each_line(char *buf, size_t len, int (*fn)(struct orgs *, char *), struct orgs *o)
{
	char *p = buf, *end = buf + len;

	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		int rc;

		if (nl)
			*nl = '\0';
		if (*p && *p != '#' && (rc = fn(o, p)) != 0)
			return rc;
		if (!nl)
			break;
		p = nl + 1;
	}
	return 0;
}

/* Occurrences of c in s[0..n) (memchr: the table is 1.4 MB, the bytes rare). */
static size_t count_byte(const char *s, size_t n, char c)
{
	const char *end = s + n;
	size_t k = 0;

	while ((s = memchr(s, c, (size_t)(end - s))) != NULL) {
		k++;
		s++;
	}
	return k;
}

static int add_key(struct orgs *o, const char *name, uint32_t rec, bool alias)
{
	bool lower;
	long k = nkg_lex_fold(nkg_str_from_cstr(name), o->keys + o->keys_len,
	                      o->keys_cap - o->keys_len, &lower);
	const char *key = o->keys + o->keys_len;
	uint32_t h, bits = (alias ? KEY_ALIAS : 0) | (is_acronym(name) ? KEY_UPPER : 0);
	struct slot *s;

	if (k < 0)
		return NKG_ELIMIT;
	if (k == 0)
		return NKG_EINVAL;
	h = fnv1a(key, (size_t)k);
	s = slot_find(o, key, (size_t)k, h);
	if (!s->key) {
		o->keys_len += (size_t)k + 1;
		*s = (struct slot){key, (uint32_t)k, h, rec, bits};
	} else if (s->rec != rec) {
		s->bits |= KEY_DEAD;
	} else {
		/* one record, two spellings of a key: the label and the mixed-case
		 * form win, whatever the order */
		s->bits &= bits | ~(KEY_ALIAS | KEY_UPPER);
	}
	return 0;
}

/* organizations.tsv: qid kind name keys (|-separated; the name is a key only if listed) */
static int parse_org(struct orgs *o, char *line)
{
	static const char *const kinds[] = {"brand", "operator", "network"};
	char *f[4], *p;
	size_t n = 0;
	uint32_t num, rec = (uint32_t)o->n_recs;
	struct nkg_org *r = &o->recs[rec];
	int rc;

	f[n++] = line;
	for (p = line; *p && n < 4; p++) {
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	}
	if (n != 4 || rec >= o->cap_recs || (num = qid_number(f[0])) == 0 || !*f[2])
		return NKG_EINVAL;
	if (rec > 0 && num <= o->qnum[rec - 1])
		return NKG_EINVAL; /* nkg_org_by_qid bisects */
	r->qid = f[0];
	r->name = f[2];
	for (n = 0; n < 3 && strcmp(f[1], kinds[n]) != 0; n++)
		;
	if (n == 3)
		return NKG_EINVAL;
	r->kind = (enum nkg_org_kind)n;
	o->qnum[rec] = num;
	o->n_recs++;
	/* the keys column holds the label too when it is a key: the build
	 * leaves out ambiguous labels ("Shell") */
	for (p = f[3]; *p;) {
		char *bar = strchr(p, '|');

		if (bar)
			*bar = '\0';
		if (*p && (rc = add_key(o, p, rec, strcmp(p, r->name) != 0)) != 0)
			return rc;
		if (!bar)
			break;
		p = bar + 1;
	}
	return 0;
}

static void orgs_release(struct orgs *o)
{
	nkg_free(o->text);
	nkg_free(o->keys);
	nkg_free(o->recs);
	nkg_free(o->qnum);
	nkg_free(o->slots);
	memset(o, 0, sizeof(*o));
}

static const struct nkg_embedded_file *embedded(const char *name)
{
	for (size_t i = 0; i < nkg_lexicon_files_count; i++)
		if (strcmp(nkg_lexicon_files[i].name, name) == 0)
			return &nkg_lexicon_files[i];
	return NULL;
}

static int orgs_build(struct orgs *o)
{
	const struct nkg_embedded_file *tsv = embedded("organizations.tsv");
	size_t n_keys, lines;
	int rc;

	if (!tsv)
		return 0;                   /* built without the table: nothing is found */
	if ((rc = nkg_lexicon_load()) != 0) /* its folding (nkg_lex_fold) */
		return rc;
	lines = count_byte(tsv->data, tsv->len, '\n') + 1;
	n_keys = lines + count_byte(tsv->data, tsv->len, '|');
	o->text = nkg_malloc(tsv->len + 1);
	/* folding never lengthens a name by more than a byte per byte ("ß" -> "ss") */
	o->keys_cap = 2 * tsv->len + 1;
	o->keys = nkg_malloc(o->keys_cap);
	o->recs = nkg_calloc(lines, sizeof(*o->recs));
	o->qnum = nkg_calloc(lines, sizeof(*o->qnum));
	for (o->cap = 1024; o->cap * 7 < n_keys * 10;)
		o->cap *= 2;
	o->slots = nkg_calloc(o->cap, sizeof(*o->slots));
	if (!o->text || !o->keys || !o->recs || !o->qnum || !o->slots)
		return NKG_ENOMEM;
	o->cap_recs = lines;
	memcpy(o->text, tsv->data, tsv->len);
	o->text[tsv->len] = '\0';
	return each_line(o->text, tsv->len, parse_org, o);
}

int nkg_orgs_load(void)
{
	int rc = 0;

	if (atomic_load_explicit(&orgs_loaded, memory_order_acquire))
		return 0;
	pthread_mutex_lock(&orgs_mutex);
	if (!atomic_load_explicit(&orgs_loaded, memory_order_relaxed)) {
		rc = orgs_build(&orgs);
		if (rc == 0)
			atomic_store_explicit(&orgs_loaded, true, memory_order_release);
		else
			orgs_release(&orgs);
	}
	pthread_mutex_unlock(&orgs_mutex);
	return rc;
}

void nkg_orgs_free(void)
{
	pthread_mutex_lock(&orgs_mutex);
	if (atomic_load_explicit(&orgs_loaded, memory_order_relaxed)) {
		orgs_release(&orgs);
		atomic_store_explicit(&orgs_loaded, false, memory_order_release);
	}
	pthread_mutex_unlock(&orgs_mutex);
}

/* ---- lookups ----------------------------------------------------------------- */

static const struct slot *lookup(const char *s, size_t n, bool *lower, char *key, long *klen)
{
	const struct slot *sl;

	if (!orgs.cap || (*klen = nkg_lex_fold((struct nkg_str){s, n}, key, KEY_MAX, lower)) <= 0)
		return NULL;
	sl = slot_find(&orgs, key, (size_t)*klen, fnv1a(key, (size_t)*klen));
	return sl->key ? sl : NULL;
}

/* Whether the matched name is also an ordinary word, a person's name, a
 * nationality or a place (enum nkg_org_match, NKG_ORG_WEAK). */
static bool weak_name(struct nkg_str name, const char *key, size_t klen, uint32_t bits)
{
	const uint32_t wordish = NKG_LEX_COMMON | NKG_LEX_GIVEN_NAME | NKG_LEX_SURNAME |
	                         NKG_LEX_TITLE | NKG_LEX_ROLE_NOUN | NKG_LEX_STOP;

	if ((bits & KEY_UPPER) && klen <= WEAK_ACRONYM_MAX + count_byte(key, klen, '.'))
		return true;
	if (nkg_lex_place_find(name))
		return true;
	if (!memchr(key, ' ', klen))
		return (nkg_lex_word(name) & wordish) || nkg_lex_demonym(name, NULL);
	/* several words, every one an ordinary word: "Best Buy", "General Motors" */
	for (size_t i = 0, j; i < name.len; i = j + 1) {
		for (j = i; j < name.len && name.ptr[j] != ' '; j++)
			;
		if (j > i && !(nkg_lex_word((struct nkg_str){name.ptr + i, j - i}) &
		               (NKG_LEX_COMMON | NKG_LEX_STOP)))
			return false;
	}
	return true;
}

const struct nkg_org *nkg_org_find(struct nkg_str name, unsigned *how)
{
	char key[KEY_MAX];
	long klen;
	bool lower;
	const struct slot *s;

	if (!name.len || nkg_orgs_load() != 0 || nkg_lexicon_load() != 0)
		return NULL;
	s = lookup(name.ptr, name.len, &lower, key, &klen);
	if (!s && name.len > 4 &&
	    nkg_str_eq_nocase((struct nkg_str){name.ptr, 4}, NKG_STR_LIT("the "))) {
		name = (struct nkg_str){name.ptr + 4, name.len - 4};
		s = lookup(name.ptr, name.len, &lower, key, &klen);
	}
	if (!s || (s->bits & KEY_DEAD) || ((s->bits & KEY_UPPER) && lower))
		return NULL;
	if (how)
		*how = ((s->bits & KEY_ALIAS) ? NKG_ORG_BY_ALIAS : 0) |
		       (weak_name(name, key, (size_t)klen, s->bits) ? NKG_ORG_WEAK : 0);
	return &orgs.recs[s->rec];
}

const struct nkg_org *nkg_org_by_qid(const char *qid)
{
	uint32_t num;
	size_t lo = 0, hi;

	if (!qid || nkg_orgs_load() != 0 || (num = qid_number(qid)) == 0)
		return NULL;
	hi = orgs.n_recs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (orgs.qnum[mid] == num)
			return &orgs.recs[mid];
		if (orgs.qnum[mid] < num)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

size_t nkg_orgs_count(void)
{
	return nkg_orgs_load() == 0 ? orgs.n_recs : 0;
}

const char *nkg_org_kind_name(enum nkg_org_kind kind)
{
	switch (kind) {
	case NKG_ORG_BRAND: return "brand";
	case NKG_ORG_OPERATOR: return "operator";
	case NKG_ORG_NETWORK: return "network";
	}
	return "brand";
}
