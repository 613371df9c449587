/* lexicon.c - parses the embedded gazetteers and word lists into hash tables.
 *
 * All embedded files are copied into one buffer and split in place (tabs,
 * newlines and '|' become NULs), so every name and id handed out points into
 * that buffer.  Keys are folded (ASCII lower case, diacritics removed by the
 * table of fold.tsv) into a second buffer.  The tables are open addressing
 * with linear probing over FNV-1a hashes; which entry wins for a key depends
 * only on the data, never on the table layout.  See extract/lexicon/README.md
 * for the file formats.
 */
#include "lexicon.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/err.h"
#include "../core/utf8.h"
#include "embedded.h"

/* Longest key a lookup folds (bytes); longer names are not in the data. */
#define KEY_MAX 256
/* A city at least this big beats a subdivision of the same name in its country. */
#define CITY_OVER_SUBDIVISION_POP 100000u
/* A national capital at least this big beats a subdivision abroad too:
 * "Santiago" is Chile's capital of 4.8 million, not the Dominican province;
 * "Victoria" (Seychelles, 23,000) stays the Australian state, "Sucre"
 * (Bolivia, 225,000) the Colombian department. */
#define CAPITAL_OVER_FOREIGN_SUBDIVISION_POP 1000000u

struct place_rec {
	struct nkg_lex_place pub;
	const struct nkg_lex_place *capital; /* countries only */
	size_t key_first, key_end;           /* its folded names: offsets into lexicon.keys */
	uint32_t sub_first, sub_end;         /* countries: range of their subdivisions */
};

/* Bits of a by-name candidate. */
#define CAND_ALIAS   1u /* matched an alias, not the canonical name */
#define CAND_UPPER   2u /* an acronym ("US"): matches only input without lower case */
#define CAND_OWN_SUB 4u /* a city whose country has a subdivision of this name */

/* A hash slot.  Word and demonym tables use val and aux.  The by-name table
 * keeps two candidates per key, each the best of its kind under a total
 * order, so the result never depends on the order of the data: val is the
 * best country or subdivision + 1 and city the best city + 1 (0 = none),
 * with their CAND_ bits in aux and city_aux.  nkg_lex_place_find() decides
 * between the two. */
struct slot {
	const char *key; /* folded, NUL-terminated; NULL = empty */
	uint32_t len;
	uint32_t hash;
	uint32_t val;
	uint32_t aux;
	uint32_t city;
	uint32_t city_aux;
};

struct table {
	struct slot *slots;
	size_t cap; /* power of two, or 0 */
	size_t n;
};

/* One city among all those of a folded name (lexicon.city_names): the
 * cities nkg_lex_city_in() chooses from, whatever their rank. */
struct city_link {
	uint32_t city; /* place index */
	uint32_t next; /* next link of the same name + 1, or 0 */
};

struct fold_ent {
	uint32_t cp;
	const char *rep; /* ASCII replacement, may be empty */
	size_t len;
};

struct lexicon {
	char *text; /* all embedded files, split in place */
	char *keys; /* folded keys */
	size_t keys_len, keys_cap;
	struct place_rec *places;
	size_t n_places, cap_places;
	struct fold_ent *fold;
	size_t n_fold;
	struct table by_name, by_id, demonyms, words;
	struct table verb_forms, noun_forms; /* morphology.tsv: val = base's offset in text */
	/* Every city by each folded name: val = its first link in links + 1. */
	struct table city_names;
	struct city_link *links;
	size_t n_links, cap_links;
	const char *prev_flags; /* parse_flags() cache */
	uint32_t prev_bits;
};

static struct lexicon lex;
static atomic_bool lex_loaded;
static pthread_mutex_t lex_mutex = PTHREAD_MUTEX_INITIALIZER;

/* ---- hashing and tables ---------------------------------------------------- */

static uint32_t fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static void table_release(struct table *t)
{
	nkg_free(t->slots);
	memset(t, 0, sizeof(*t));
}

static struct slot *table_find(const struct table *t, const char *key, size_t len, uint32_t h)
{
	if (!t->cap)
		return NULL;
	for (size_t i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		struct slot *s = &t->slots[i];

		if (!s->key)
			return NULL;
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
			return s;
	}
}

static int table_grow(struct table *t)
{
	size_t cap = t->cap ? t->cap * 2 : 1024;
	struct slot *slots = nkg_calloc(cap, sizeof(*slots));

	if (!slots)
		return NKG_ENOMEM;
	for (size_t i = 0; i < t->cap; i++) {
		struct slot *s = &t->slots[i];
		size_t j;

		if (!s->key)
			continue;
		for (j = s->hash & (cap - 1); slots[j].key; j = (j + 1) & (cap - 1))
			;
		slots[j] = *s;
	}
	nkg_free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return 0;
}

/* Makes room for n entries without growing (an optimisation only: upserts
 * grow the table anyway when the estimate was short). */
static int table_reserve(struct table *t, size_t n)
{
	size_t cap = 1024;
	struct slot *slots;

	while (cap * 7 < n * 10)
		cap *= 2;
	if (cap <= t->cap)
		return 0;
	if (t->n == 0) {
		slots = nkg_calloc(cap, sizeof(*slots));
		if (!slots)
			return NKG_ENOMEM;
		nkg_free(t->slots);
		t->slots = slots;
		t->cap = cap;
		return 0;
	}
	while (t->cap < cap) {
		int rc = table_grow(t);

		if (rc)
			return rc;
	}
	return 0;
}

/* The slot for key: the existing one (*fresh = false) or a new one with only
 * key, len and hash set (*fresh = true).  key must outlive the table. */
static int table_upsert(struct table *t, const char *key, size_t len, struct slot **out,
                        bool *fresh)
{
	uint32_t h = fnv1a(key, len);
	struct slot *s = table_find(t, key, len, h);
	size_t i;

	if (s) {
		*out = s;
		*fresh = false;
		return 0;
	}
	if ((t->n + 1) * 10 > t->cap * 7) {
		int rc = table_grow(t);

		if (rc)
			return rc;
	}
	for (i = h & (t->cap - 1); t->slots[i].key; i = (i + 1) & (t->cap - 1))
		;
	s = &t->slots[i];
	s->key = key;
	s->len = (uint32_t)len;
	s->hash = h;
	s->val = 0;
	s->aux = 0;
	s->city = 0;
	s->city_aux = 0;
	t->n++;
	*out = s;
	*fresh = true;
	return 0;
}

/* ---- folding --------------------------------------------------------------- */

static const struct fold_ent *fold_find(const struct lexicon *lx, uint32_t cp)
{
	size_t lo = 0, hi = lx->n_fold;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (lx->fold[mid].cp == cp)
			return &lx->fold[mid];
		if (lx->fold[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Folds s[0..n) into out (cap bytes, NUL-terminated): ASCII lower case,
 * characters of fold.tsv replaced, runs of spaces collapsed, ends trimmed.
 * Returns the length, or -1 when it does not fit.  *lower (may be NULL) says
 * whether s had an ASCII lower-case letter.  Invalid UTF-8 bytes are kept. */
static long fold_key(const struct lexicon *lx, const char *s, size_t n, char *out, size_t cap,
                     bool *lower)
{
	size_t o = 0, i = 0;
	bool low = false;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		const char *rep;
		size_t rlen;

		if (c < 0x80) { /* the fast path: almost every byte */
			i++;
			if (c == ' ') {
				if (o == 0 || out[o - 1] == ' ')
					continue;
			} else if (c >= 'a' && c <= 'z') {
				low = true;
			} else if (c >= 'A' && c <= 'Z') {
				c = (unsigned char)(c + ('a' - 'A'));
			}
			if (o + 1 >= cap)
				return -1;
			out[o++] = (char)c;
			continue;
		} else {
			uint32_t cp;
			size_t k = nkg_utf8_decode(s + i, n - i, &cp);
			const struct fold_ent *f = k ? fold_find(lx, cp) : NULL;

			if (!k)
				k = 1;
			if (f) {
				rep = f->rep;
				rlen = f->len;
			} else {
				rep = s + i;
				rlen = k;
			}
			i += k;
		}
		for (size_t j = 0; j < rlen; j++) {
			char ch = rep[j];

			if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
				continue;
			if (o + 1 >= cap)
				return -1;
			out[o++] = ch;
		}
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	if (lower)
		*lower = low;
	return (long)o;
}

/* Folds s into the key buffer; *key and *len receive the stored key. */
static int store_key(struct lexicon *lx, const char *s, size_t n, const char **key, size_t *len)
{
	long k = fold_key(lx, s, n, lx->keys + lx->keys_len, lx->keys_cap - lx->keys_len, NULL);

	if (k < 0)
		return NKG_ELIMIT;
	*key = lx->keys + lx->keys_len;
	*len = (size_t)k;
	lx->keys_len += (size_t)k + 1;
	return 0;
}

/* ---- parsing helpers --------------------------------------------------------- */

/* Splits the NUL-terminated line at tabs into at most max fields (in place);
 * returns the number of fields. */
static size_t split_fields(char *line, char **f, size_t max)
{
	size_t n = 0;

	f[n++] = line;
	for (char *p = line; *p && n < max; p++) {
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	}
	return n;
}

/* Calls fn on every non-comment, non-empty line of buf[0..len) (NUL-terminated
 * in place).  Stops at the first nonzero return. */
static int each_line(char *buf, size_t len, int (*fn)(struct lexicon *, char *), struct lexicon *lx)
{
	char *p = buf, *end = buf + len;

	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *e = nl ? nl : end;

		if (e > p && e[-1] == '\r')
			e[-1] = '\0';
		*e = '\0';
		if (*p && *p != '#') {
			int rc = fn(lx, p);

			if (rc)
				return rc;
		}
		p = e + 1;
	}
	return 0;
}

/* Locale-independent decimal: [-]digits[.digits]. */
static bool parse_decimal(const char *s, double *out)
{
	double v = 0, scale = 1;
	bool neg = false, digits = false;

	if (*s == '-') {
		neg = true;
		s++;
	}
	for (; *s >= '0' && *s <= '9'; s++, digits = true)
		v = v * 10 + (*s - '0');
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits = true) {
			scale /= 10;
			v += (*s - '0') * scale;
		}
	}
	if (!digits || *s)
		return false;
	*out = neg ? -v : v;
	return true;
}

static uint32_t parse_u32(const char *s)
{
	uint64_t v = 0;

	for (; *s >= '0' && *s <= '9'; s++) {
		v = v * 10 + (uint64_t)(*s - '0');
		if (v > UINT32_MAX)
			return UINT32_MAX;
	}
	return (uint32_t)v;
}

static uint32_t hexval(const char *s)
{
	uint32_t v = 0;

	for (; *s; s++) {
		int d = (*s >= '0' && *s <= '9')   ? *s - '0'
		        : (*s >= 'A' && *s <= 'F') ? *s - 'A' + 10
		        : (*s >= 'a' && *s <= 'f') ? *s - 'a' + 10
		                                   : -1;
		if (d < 0)
			break;
		v = v * 16 + (uint32_t)d;
	}
	return v;
}

/* ---- places -------------------------------------------------------------------- */

static int type_rank(enum nkg_lex_place_type t)
{
	return t == NKG_LEX_COUNTRY ? 3 : t == NKG_LEX_ADMIN_AREA ? 2 : 1;
}

static bool big_city(const struct nkg_lex_place *city)
{
	return city->is_capital || city->population >= CITY_OVER_SUBDIVISION_POP;
}

/* Whether a city candidate (with its CAND_ bits) beats the best country or
 * subdivision of the same name: only a big city, only a subdivision, and only
 * one of its own country, or any when its own country has a subdivision of
 * that name too (Gaza, PS: the subdivisions of Mozambique and Palestine tie,
 * and the city beats its own), or any when it is a national capital of a
 * million people or more (Santiago, CL). */
static bool city_beats_subdivision(const struct nkg_lex_place *city, uint32_t city_aux,
                                   const struct nkg_lex_place *sub)
{
	return sub->type == NKG_LEX_ADMIN_AREA && big_city(city) &&
	       ((city_aux & CAND_OWN_SUB) || strcmp(city->country, sub->country) == 0 ||
	        (city->is_capital && city->population >= CAPITAL_OVER_FOREIGN_SUBDIVISION_POP));
}

/* Total order among countries and subdivisions: a country first, then the
 * canonical name over an alias, the larger population, the smaller id. */
static bool region_better(const struct nkg_lex_place *a, bool a_alias,
                          const struct nkg_lex_place *b, bool b_alias)
{
	if (type_rank(a->type) != type_rank(b->type))
		return type_rank(a->type) > type_rank(b->type);
	if (a_alias != b_alias)
		return !a_alias;
	if (a->population != b->population)
		return a->population > b->population;
	return strcmp(a->id, b->id) < 0;
}

/* Total order among cities: a national capital first, then the larger
 * population, the canonical name over an alias, the smaller id. */
static bool city_better(const struct nkg_lex_place *a, bool a_alias, const struct nkg_lex_place *b,
                        bool b_alias)
{
	if (a->is_capital != b->is_capital)
		return a->is_capital;
	if (a->population != b->population)
		return a->population > b->population;
	if (a_alias != b_alias)
		return !a_alias;
	return strcmp(a->id, b->id) < 0;
}

static bool is_acronym(const char *s)
{
	bool upper = false;

	for (; *s; s++) {
		if (*s >= 'a' && *s <= 'z')
			return false;
		if (*s >= 'A' && *s <= 'Z')
			upper = true;
		else if (*s != '.')
			return false;
	}
	return upper;
}

/* Index of the place with this id, or -1. */
static long place_index(const struct lexicon *lx, const char *id)
{
	size_t len = strlen(id);
	const struct slot *s = table_find(&lx->by_id, id, len, fnv1a(id, len));

	return s ? (long)s->val : -1;
}

static const struct place_rec *rec_by_id(const struct lexicon *lx, const char *id);

/* Whether a subdivision of country cc has the folded name key[0..len). */
static bool country_has_sub_key(const struct lexicon *lx, const char *cc, const char *key,
                                size_t len)
{
	const struct place_rec *c = rec_by_id(lx, cc);

	if (!c || c->pub.type != NKG_LEX_COUNTRY)
		return false;
	for (uint32_t i = c->sub_first; i < c->sub_end; i++) {
		const struct place_rec *r = &lx->places[i];

		if (r->pub.type != NKG_LEX_ADMIN_AREA || strcmp(r->pub.country, cc) != 0)
			continue;
		for (size_t k = r->key_first; k < r->key_end;) {
			size_t n = strlen(lx->keys + k);

			if (n == len && memcmp(lx->keys + k, key, len) == 0)
				return true;
			k += n + 1;
		}
	}
	return false;
}

static int add_place_name(struct lexicon *lx, const char *name, uint32_t idx, bool alias)
{
	const char *key;
	size_t len;
	struct slot *s;
	bool fresh;
	uint32_t aux = (alias ? CAND_ALIAS : 0) | (is_acronym(name) ? CAND_UPPER : 0);
	int rc;

	if (!*name)
		return 0;
	if ((rc = store_key(lx, name, strlen(name), &key, &len)) != 0)
		return rc;
	if ((rc = table_upsert(&lx->by_name, key, len, &s, &fresh)) != 0)
		return rc;
	const struct nkg_lex_place *p = &lx->places[idx].pub;
	if (p->type == NKG_LEX_CITY) {
		struct slot *cn;

		if (lx->n_links == lx->cap_links)
			return NKG_ELIMIT;
		if ((rc = table_upsert(&lx->city_names, key, len, &cn, &fresh)) != 0)
			return rc;
		lx->links[lx->n_links] = (struct city_link){idx, cn->val};
		cn->val = (uint32_t)++lx->n_links;
		if (!s->city || city_better(p, alias, &lx->places[s->city - 1].pub,
		                            (s->city_aux & CAND_ALIAS) != 0)) {
			s->city = idx + 1;
			s->city_aux = aux;
			if (big_city(p) && s->val && country_has_sub_key(lx, p->country, key, len))
				s->city_aux |= CAND_OWN_SUB;
		}
	} else if (!s->val || region_better(p, alias, &lx->places[s->val - 1].pub,
	                                    (s->aux & CAND_ALIAS) != 0)) {
		s->val = idx + 1;
		s->aux = aux;
	}
	return 0;
}

static int add_aliases(struct lexicon *lx, char *list, uint32_t idx)
{
	char *p = list;

	while (*p) {
		char *bar = strchr(p, '|');
		int rc;

		if (bar)
			*bar = '\0';
		if ((rc = add_place_name(lx, p, idx, true)) != 0)
			return rc;
		if (!bar)
			break;
		p = bar + 1;
	}
	return 0;
}

/* Registers the name and the |-separated aliases of place idx. */
static int add_names(struct lexicon *lx, uint32_t idx, char *aliases)
{
	struct place_rec *r = &lx->places[idx];
	int rc;

	r->key_first = lx->keys_len;
	if ((rc = add_place_name(lx, r->pub.name, idx, false)) == 0)
		rc = add_aliases(lx, aliases, idx);
	r->key_end = lx->keys_len;
	return rc;
}

/* A new place with its id registered; *idx receives its index. */
static int new_place(struct lexicon *lx, const char *id, uint32_t *idx)
{
	struct slot *s;
	bool fresh;
	int rc;

	if (lx->n_places == lx->cap_places)
		return NKG_ELIMIT;
	if ((rc = table_upsert(&lx->by_id, id, strlen(id), &s, &fresh)) != 0)
		return rc;
	if (!fresh)
		return NKG_EINVAL; /* duplicate id: the data are broken */
	*idx = (uint32_t)lx->n_places++;
	s->val = *idx;
	memset(&lx->places[*idx], 0, sizeof(lx->places[*idx]));
	return 0;
}

static const char *opt(const char *s)
{
	return *s ? s : NULL;
}

/* Whether s is empty or prefix followed by a decimal number without leading
 * zero ("Q796" with prefix "Q", "98182" with ""): the ids of other datasets
 * become IRIs, so anything else in their columns is broken data. */
static bool valid_ext_id(const char *s, char prefix)
{
	if (!*s)
		return true;
	if (prefix && *s++ != prefix)
		return false;
	if (*s < '1' || *s > '9')
		return false;
	while (*s >= '0' && *s <= '9')
		s++;
	return *s == '\0';
}

/* countries.tsv: id name capital wikidata aliases.  The capital id is kept in
 * the parent field until resolve_capitals(). */
static int parse_country(struct lexicon *lx, char *line)
{
	char *f[5];
	uint32_t idx;
	struct nkg_lex_place *p;
	int rc;

	if (split_fields(line, f, 5) != 5 || !valid_ext_id(f[3], 'Q'))
		return NKG_EINVAL;
	if ((rc = new_place(lx, f[0], &idx)) != 0)
		return rc;
	p = &lx->places[idx].pub;
	p->id = f[0];
	p->name = f[1];
	p->country = f[0];
	p->parent = opt(f[2]);
	p->type = NKG_LEX_COUNTRY;
	p->wikidata = opt(f[3]);
	return add_names(lx, idx, f[4]);
}

/* subdivisions.tsv: id name type country parent wikidata aliases */
static int parse_subdivision(struct lexicon *lx, char *line)
{
	char *f[7];
	uint32_t idx;
	struct nkg_lex_place *p;
	long c;
	int rc;

	if (split_fields(line, f, 7) != 7 || !valid_ext_id(f[5], 'Q'))
		return NKG_EINVAL;
	if ((rc = new_place(lx, f[0], &idx)) != 0)
		return rc;
	p = &lx->places[idx].pub;
	p->id = f[0];
	p->name = f[1];
	p->country = f[3];
	p->parent = opt(f[4]);
	p->type = NKG_LEX_ADMIN_AREA;
	p->nation = strcmp(f[2], "Country") == 0;
	p->wikidata = opt(f[5]);
	c = place_index(lx, p->country);
	if (c >= 0 && lx->places[c].pub.type == NKG_LEX_COUNTRY) {
		struct place_rec *cr = &lx->places[c];

		if (cr->sub_end == 0)
			cr->sub_first = idx;
		cr->sub_end = idx + 1;
	}
	return add_names(lx, idx, f[6]);
}

/* cities.tsv: id name country parent lat lon population capital geonames aliases */
static int parse_city(struct lexicon *lx, char *line)
{
	char *f[10];
	uint32_t idx;
	struct nkg_lex_place *p;
	int rc;

	if (split_fields(line, f, 10) != 10 || !valid_ext_id(f[8], '\0'))
		return NKG_EINVAL;
	if ((rc = new_place(lx, f[0], &idx)) != 0)
		return rc;
	p = &lx->places[idx].pub;
	p->id = f[0];
	p->name = f[1];
	p->country = f[2];
	p->parent = opt(f[3]);
	p->type = NKG_LEX_CITY;
	p->has_coords = parse_decimal(f[4], &p->lat) && parse_decimal(f[5], &p->lon);
	p->population = parse_u32(f[6]);
	p->is_capital = f[7][0] == '1';
	p->geonames = opt(f[8]);
	return add_names(lx, idx, f[9]);
}

static const struct place_rec *rec_by_id(const struct lexicon *lx, const char *id)
{
	long i = place_index(lx, id);

	return i >= 0 ? &lx->places[i] : NULL;
}

static void resolve_capitals(struct lexicon *lx)
{
	for (size_t i = 0; i < lx->n_places; i++) {
		struct place_rec *r = &lx->places[i];

		if (r->pub.type != NKG_LEX_COUNTRY)
			continue;
		if (r->pub.parent) {
			const struct place_rec *c = rec_by_id(lx, r->pub.parent);

			r->capital = c && c->pub.type == NKG_LEX_CITY ? &c->pub : NULL;
		}
		r->pub.parent = NULL;
	}
}

/* ---- demonyms and words ----------------------------------------------------------- */

/* demonyms.tsv: word country adj|plural */
static int parse_demonym(struct lexicon *lx, char *line)
{
	char *f[3];
	const struct place_rec *c;
	const char *key;
	size_t len;
	struct slot *s;
	bool fresh;
	int rc;

	if (split_fields(line, f, 3) != 3)
		return NKG_EINVAL;
	c = rec_by_id(lx, f[1]);
	if (!c || c->pub.type != NKG_LEX_COUNTRY)
		return 0; /* a country the gazetteer lacks: skip the row */
	if ((rc = store_key(lx, f[0], strlen(f[0]), &key, &len)) != 0)
		return rc;
	if ((rc = table_upsert(&lx->demonyms, key, len, &s, &fresh)) != 0)
		return rc;
	if (fresh) {
		s->val = (uint32_t)(c - lx->places);
		s->aux = strcmp(f[2], "plural") == 0;
	}
	return 0;
}

#define FLAG(name, bit)                                                                            \
	{                                                                                          \
		name, sizeof(name) - 1, bit                                                        \
	}
static const struct {
	const char *name;
	size_t len;
	uint32_t bit;
} word_flags[] = {
        FLAG("given_name", NKG_LEX_GIVEN_NAME),
        FLAG("surname", NKG_LEX_SURNAME),
        FLAG("title", NKG_LEX_TITLE),
        FLAG("org_head", NKG_LEX_ORG_HEAD),
        FLAG("place_cue", NKG_LEX_PLACE_CUE),
        FLAG("common", NKG_LEX_COMMON),
        FLAG("particle", NKG_LEX_PARTICLE),
        FLAG("role_noun", NKG_LEX_ROLE_NOUN),
        FLAG("news_org_cue", NKG_LEX_NEWS_ORG_CUE),
        FLAG("gov_org_cue", NKG_LEX_GOV_ORG_CUE),
        FLAG("stop", NKG_LEX_STOP),
        FLAG("feature", NKG_LEX_FEATURE),
};
#undef FLAG

/* Bits of a comma-separated flag list; unknown names are ignored so that a
 * newer data file does not break an older loader.  The previous list is
 * remembered: consecutive lines mostly share theirs ("common"). */
static uint32_t parse_flags(struct lexicon *lx, const char *s)
{
	uint32_t bits = 0;

	if (lx->prev_flags && strcmp(lx->prev_flags, s) == 0)
		return lx->prev_bits;
	lx->prev_flags = s;
	while (*s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);

		for (size_t i = 0; i < sizeof(word_flags) / sizeof(word_flags[0]); i++) {
			if (word_flags[i].len == n && memcmp(word_flags[i].name, s, n) == 0)
				bits |= word_flags[i].bit;
		}
		if (!e)
			break;
		s = e + 1;
	}
	lx->prev_bits = bits;
	return bits;
}

/* any word list: word flags */
static int parse_word(struct lexicon *lx, char *line)
{
	char *f[2];
	const char *key;
	size_t len;
	struct slot *s;
	bool fresh;
	int rc;

	if (split_fields(line, f, 2) != 2)
		return NKG_EINVAL;
	if ((rc = store_key(lx, f[0], strlen(f[0]), &key, &len)) != 0)
		return rc;
	if ((rc = table_upsert(&lx->words, key, len, &s, &fresh)) != 0)
		return rc;
	s->val |= parse_flags(lx, f[1]);
	return 0;
}

/* morphology.tsv: form base verb|noun.  Forms are plain lower-case ASCII
 * words: stored as they are, not folded. */
static int parse_morphology(struct lexicon *lx, char *line)
{
	char *f[3];
	struct table *t;
	struct slot *s;
	bool fresh;
	int rc;

	if (split_fields(line, f, 3) != 3)
		return NKG_EINVAL;
	if (strcmp(f[2], "verb") == 0)
		t = &lx->verb_forms;
	else if (strcmp(f[2], "noun") == 0)
		t = &lx->noun_forms;
	else
		return NKG_EINVAL;
	if ((rc = table_upsert(t, f[0], strlen(f[0]), &s, &fresh)) != 0)
		return rc;
	if (fresh) /* the first base of a form wins (the file is sorted) */
		s->val = (uint32_t)(f[1] - lx->text);
	return 0;
}

/* fold.tsv: hex code point, replacement (lines are sorted by code point) */
static int parse_fold(struct lexicon *lx, char *line)
{
	char *f[2];
	size_t n = split_fields(line, f, 2);
	struct fold_ent *e = &lx->fold[lx->n_fold];

	if (lx->n_fold > 0 && hexval(f[0]) <= lx->fold[lx->n_fold - 1].cp)
		return NKG_EINVAL;
	e->cp = hexval(f[0]);
	e->rep = n == 2 ? f[1] : "";
	e->len = strlen(e->rep);
	lx->n_fold++;
	return 0;
}

/* ---- loading ---------------------------------------------------------------------- */

struct file_view {
	char *data;
	size_t len;
};

/* Number of bytes equal to c in the file (0 for a missing file). */
static size_t count_byte(const struct file_view *v, char c)
{
	size_t n = 0;

	for (const char *p = v->data; p && (p = memchr(p, c, (size_t)(v->data + v->len - p))); p++)
		n++;
	return n;
}

static size_t count_lines(const struct file_view *v)
{
	return v->data ? count_byte(v, '\n') + 1 : 0;
}

static int parse_file(struct lexicon *lx, const struct file_view *v,
                      int (*fn)(struct lexicon *, char *))
{
	return v->data ? each_line(v->data, v->len, fn, lx) : 0;
}

static void lexicon_release(struct lexicon *lx)
{
	nkg_free(lx->text);
	nkg_free(lx->keys);
	nkg_free(lx->places);
	nkg_free(lx->fold);
	table_release(&lx->by_name);
	table_release(&lx->by_id);
	table_release(&lx->demonyms);
	table_release(&lx->words);
	table_release(&lx->verb_forms);
	table_release(&lx->noun_forms);
	table_release(&lx->city_names);
	nkg_free(lx->links);
	memset(lx, 0, sizeof(*lx));
}

/* Embedded tables another module reads: organizations.tsv is
 * extract/orgs.c's (not copied, not a word list). */
static bool not_ours(const char *name)
{
	return strcmp(name, "organizations.tsv") == 0;
}

static int lexicon_build(struct lexicon *lx)
{
	static const char *const special[] = {"fold.tsv",   "countries.tsv", "subdivisions.tsv",
	                                      "cities.tsv", "demonyms.tsv",  "morphology.tsv"};
	enum { N_SPECIAL = sizeof(special) / sizeof(special[0]) };
	struct file_view views[N_SPECIAL] = {{0}};
	size_t total = 0, off = 0, n_places = 0, n_names = 0, n_words = 0;
	int rc;

	for (size_t i = 0; i < nkg_lexicon_files_count; i++)
		if (!not_ours(nkg_lexicon_files[i].name))
			total += nkg_lexicon_files[i].len + 1;
	lx->text = nkg_malloc(total + 1);
	lx->keys = nkg_malloc(total + 1);
	if (!lx->text || !lx->keys)
		return NKG_ENOMEM;
	lx->keys_cap = total + 1;
	for (size_t i = 0; i < nkg_lexicon_files_count; i++) {
		if (not_ours(nkg_lexicon_files[i].name))
			continue;
		memcpy(lx->text + off, nkg_lexicon_files[i].data, nkg_lexicon_files[i].len);
		lx->text[off + nkg_lexicon_files[i].len] = '\0';
		for (size_t k = 0; k < N_SPECIAL; k++) {
			if (strcmp(nkg_lexicon_files[i].name, special[k]) == 0) {
				views[k].data = lx->text + off;
				views[k].len = nkg_lexicon_files[i].len;
			}
		}
		off += nkg_lexicon_files[i].len + 1;
	}

	if (views[0].data) {
		lx->fold = nkg_calloc(count_lines(&views[0]), sizeof(*lx->fold));
		if (!lx->fold)
			return NKG_ENOMEM;
		if ((rc = parse_file(lx, &views[0], parse_fold)) != 0)
			return rc;
	}
	for (size_t k = 1; k <= 3; k++) {
		n_places += count_lines(&views[k]);
		n_names += count_lines(&views[k]) + count_byte(&views[k], '|');
	}
	n_words = count_lines(&(struct file_view){lx->text, total});
	for (size_t k = 0; k < N_SPECIAL; k++)
		n_words -= n_words > count_lines(&views[k]) ? count_lines(&views[k]) : n_words;
	lx->places = nkg_calloc(n_places, sizeof(*lx->places));
	if (!lx->places)
		return NKG_ENOMEM;
	lx->cap_places = n_places;
	/* a city's name, its first alias, one more after each '|' */
	lx->cap_links = 2 * count_lines(&views[3]) + count_byte(&views[3], '|');
	lx->links = nkg_calloc(lx->cap_links ? lx->cap_links : 1, sizeof(*lx->links));
	if (!lx->links)
		return NKG_ENOMEM;
	if ((rc = table_reserve(&lx->by_id, n_places)) != 0 ||
	    (rc = table_reserve(&lx->by_name, n_names)) != 0 ||
	    (rc = table_reserve(&lx->city_names, lx->cap_links)) != 0 ||
	    (rc = table_reserve(&lx->demonyms, count_lines(&views[4]))) != 0 ||
	    (rc = table_reserve(&lx->words, n_words)) != 0)
		return rc;
	if ((rc = parse_file(lx, &views[5], parse_morphology)) != 0)
		return rc;
	if ((rc = parse_file(lx, &views[1], parse_country)) != 0 ||
	    (rc = parse_file(lx, &views[2], parse_subdivision)) != 0 ||
	    (rc = parse_file(lx, &views[3], parse_city)) != 0)
		return rc;
	resolve_capitals(lx);
	if ((rc = parse_file(lx, &views[4], parse_demonym)) != 0)
		return rc;

	off = 0;
	for (size_t i = 0; i < nkg_lexicon_files_count; i++) {
		if (not_ours(nkg_lexicon_files[i].name))
			continue;
		struct file_view v = {lx->text + off, nkg_lexicon_files[i].len};
		bool is_special = false;

		for (size_t k = 0; k < N_SPECIAL; k++)
			is_special |= strcmp(nkg_lexicon_files[i].name, special[k]) == 0;
		if (!is_special && (rc = parse_file(lx, &v, parse_word)) != 0)
			return rc;
		off += nkg_lexicon_files[i].len + 1;
	}
	return 0;
}

int nkg_lexicon_load(void)
{
	int rc = 0;

	if (atomic_load_explicit(&lex_loaded, memory_order_acquire))
		return 0;
	pthread_mutex_lock(&lex_mutex);
	if (!atomic_load_explicit(&lex_loaded, memory_order_relaxed)) {
		rc = lexicon_build(&lex);
		if (rc == 0)
			atomic_store_explicit(&lex_loaded, true, memory_order_release);
		else
			lexicon_release(&lex);
	}
	pthread_mutex_unlock(&lex_mutex);
	return rc;
}

void nkg_lexicon_free(void)
{
	pthread_mutex_lock(&lex_mutex);
	if (atomic_load_explicit(&lex_loaded, memory_order_relaxed)) {
		lexicon_release(&lex);
		atomic_store_explicit(&lex_loaded, false, memory_order_release);
	}
	pthread_mutex_unlock(&lex_mutex);
}

/* ---- lookups ----------------------------------------------------------------------- */

static const struct slot *lookup(const struct table *t, const char *key, size_t len)
{
	return table_find(t, key, len, fnv1a(key, len));
}

/* The place of a by-name slot for input with (lower) or without lower case. */
static const struct nkg_lex_place *slot_place(const struct slot *s, bool lower)
{
	const struct nkg_lex_place *region = NULL, *city = NULL;

	if (s->val && !(lower && (s->aux & CAND_UPPER)))
		region = &lex.places[s->val - 1].pub;
	if (s->city && !(lower && (s->city_aux & CAND_UPPER)))
		city = &lex.places[s->city - 1].pub;
	if (!region)
		return city;
	if (!city)
		return region;
	return city_beats_subdivision(city, s->city_aux, region) ? city : region;
}

/* Whether the text after the first word of name has an ASCII lower-case
 * letter ("the UK": no). */
static bool has_lower_after_first_word(struct nkg_str name)
{
	size_t i = 0;

	while (i < name.len && name.ptr[i] == ' ')
		i++;
	while (i < name.len && name.ptr[i] != ' ')
		i++;
	for (; i < name.len; i++) {
		if (name.ptr[i] >= 'a' && name.ptr[i] <= 'z')
			return true;
	}
	return false;
}

long nkg_lex_fold(struct nkg_str s, char *out, size_t cap, bool *lower)
{
	if (!atomic_load_explicit(&lex_loaded, memory_order_acquire) || !cap)
		return -1;
	return fold_key(&lex, s.ptr ? s.ptr : "", s.len, out, cap, lower);
}

/* The folded key with its first word's abbreviation spelt out ("ft.
 * worth" -> "fort worth", "mt. pleasant" -> "mount pleasant": a dateline's
 * or a report's short form of the name GeoNames spells out), into out; its
 * length, 0 when the key opens with no such word.  Only with the period
 * ("FT Worth" may be the Financial Times'); "Pt." is as often Point as
 * Port.  "St." stays as it is: GeoNames writes "St. Albert" and "Saint
 * Paul" both ways, and the other spelling may name another place ("Saint
 * Louis" is a district of the Seychelles, and St. Louis, Missouri is not in
 * the list). */
static long key_variant(const char *key, long len, char *out, size_t cap)
{
	static const struct {
		const char *from, *to;
	} words[] = {{"ft. ", "fort "}, {"mt. ", "mount "}};
	for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		size_t fl = strlen(words[w].from), tl = strlen(words[w].to);
		if ((size_t)len <= fl || memcmp(key, words[w].from, fl) != 0)
			continue;
		if (tl + (size_t)len - fl + 1 > cap)
			return 0;
		memcpy(out, words[w].to, tl);
		memcpy(out + tl, key + fl, (size_t)len - fl + 1);
		return (long)(tl + (size_t)len - fl);
	}
	return 0;
}

const struct nkg_lex_place *nkg_lex_place_find(struct nkg_str name)
{
	char key[KEY_MAX];
	bool lower;
	long len;
	const struct slot *s;
	const struct nkg_lex_place *p = NULL;

	if (nkg_lexicon_load() != 0 || !name.ptr)
		return NULL;
	len = fold_key(&lex, name.ptr, name.len, key, sizeof(key), &lower);
	if (len <= 0)
		return NULL;
	if ((s = lookup(&lex.by_name, key, (size_t)len)) != NULL)
		p = slot_place(s, lower);
	if (!p && len > 4 && memcmp(key, "the ", 4) == 0 &&
	    (s = lookup(&lex.by_name, key + 4, (size_t)len - 4)) != NULL)
		p = slot_place(s, has_lower_after_first_word(name));
	if (!p) {
		char alt[KEY_MAX];
		long alen = key_variant(key, len, alt, sizeof(alt));
		if (alen > 0 && (s = lookup(&lex.by_name, alt, (size_t)alen)) != NULL)
			p = slot_place(s, lower);
	}
	return p;
}

/* Whether key[0..len) is a folded name or alias of place r. */
static bool rec_has_key(const struct place_rec *r, const char *key, size_t len)
{
	for (size_t k = r->key_first; k < r->key_end;) {
		size_t n = strlen(lex.keys + k);

		if (n == len && memcmp(lex.keys + k, key, len) == 0)
			return true;
		k += n + 1;
	}
	return false;
}

/* The subdivision or country containing city that is named key[0..len),
 * nearest first (its subdivision, that one's parent..., its country), or
 * NULL. */
static const struct nkg_lex_place *region_named(const struct nkg_lex_place *city, const char *key,
                                                size_t len)
{
	const char *id = city->parent;

	/* ISO 3166-2 nests at most three deep; the bound also stops a cycle. */
	for (int depth = 0; id && depth < 4; depth++) {
		const struct place_rec *r = rec_by_id(&lex, id);

		if (!r || r->pub.type != NKG_LEX_ADMIN_AREA)
			break;
		if (rec_has_key(r, key, len))
			return &r->pub;
		id = r->pub.parent;
	}
	const struct place_rec *c = rec_by_id(&lex, city->country);
	return c && rec_has_key(c, key, len) ? &c->pub : NULL;
}

const struct nkg_lex_place *nkg_lex_city_in(struct nkg_str name, struct nkg_str region,
                                            const struct nkg_lex_place **region_out)
{
	char key[KEY_MAX], rkey[KEY_MAX];
	long len, rlen;
	const struct slot *s;
	const struct nkg_lex_place *best = NULL, *best_region = NULL;

	if (region_out)
		*region_out = NULL;
	if (nkg_lexicon_load() != 0 || !name.ptr || !region.ptr)
		return NULL;
	len = fold_key(&lex, name.ptr, name.len, key, sizeof(key), NULL);
	rlen = fold_key(&lex, region.ptr, region.len, rkey, sizeof(rkey), NULL);
	if (len <= 0 || rlen <= 0)
		return NULL;
	if (!(s = lookup(&lex.city_names, key, (size_t)len))) {
		char alt[KEY_MAX];
		long alen = key_variant(key, len, alt, sizeof(alt));
		if (alen <= 0 || !(s = lookup(&lex.city_names, alt, (size_t)alen)))
			return NULL;
	}
	for (uint32_t l = s->val; l; l = lex.links[l - 1].next) {
		const struct nkg_lex_place *city = &lex.places[lex.links[l - 1].city].pub;
		const struct nkg_lex_place *r;

		if (city == best || !(r = region_named(city, rkey, (size_t)rlen)))
			continue;
		/* the canonical name or an alias alike: which is no matter here */
		if (!best || city_better(city, false, best, false)) {
			best = city;
			best_region = r;
		}
	}
	if (region_out)
		*region_out = best_region;
	return best;
}

const struct nkg_lex_place *nkg_lex_place_by_id(const char *id)
{
	const struct place_rec *r;

	if (nkg_lexicon_load() != 0 || !id)
		return NULL;
	r = rec_by_id(&lex, id);
	return r ? &r->pub : NULL;
}

const struct nkg_lex_place *nkg_lex_capital_of(const char *country_code)
{
	const struct place_rec *r;

	if (nkg_lexicon_load() != 0 || !country_code)
		return NULL;
	r = rec_by_id(&lex, country_code);
	return r && r->pub.type == NKG_LEX_COUNTRY ? r->capital : NULL;
}

const struct nkg_lex_place *nkg_lex_demonym(struct nkg_str word, bool *plural)
{
	char key[KEY_MAX];
	long len;
	const struct slot *s;

	if (nkg_lexicon_load() != 0 || !word.ptr)
		return NULL;
	len = fold_key(&lex, word.ptr, word.len, key, sizeof(key), NULL);
	if (len <= 0 || !(s = lookup(&lex.demonyms, key, (size_t)len)))
		return NULL;
	if (plural)
		*plural = s->aux != 0;
	return &lex.places[s->val].pub;
}

/* The word tables are WordNet's American spellings: a British spelling
 * not in them ("neighbouring", "labourers", "organised", "criticising")
 * has the common-word bit of its American one ("neighboring", "laborers",
 * "organized"), only that bit (a name is never guessed from a spelling);
 * "Labour" too, which entities.c reads as the party the article names in
 * full (the price: "Under Armour" at a sentence start, two ordinary words,
 * is no name).  key is folded, len its length. */
static uint32_t british_common(const char *key, size_t len)
{
	char alt[KEY_MAX];
	const struct slot *s;
	if (len < 5 || len >= sizeof(alt))
		return 0;
	for (size_t i = 1; i + 3 <= len; i++) {
		size_t n = 0;
		if (memcmp(key + i, "our", 3) == 0) {
			/* "-our-" -> "-or-" */
			memcpy(alt, key, i + 1);
			memcpy(alt + i + 1, key + i + 2, len - i - 2);
			n = len - 1;
		} else if (i >= 3 &&
		           (memcmp(key + i, "ise", 3) == 0 || memcmp(key + i, "isi", 3) == 0)) {
			/* "-ise", "-ised", "-ising", "-isation" -> "-iz-" */
			memcpy(alt, key, len);
			alt[i + 1] = 'z';
			n = len;
		} else {
			continue;
		}
		s = lookup(&lex.words, alt, n);
		if (s)
			return s->val & NKG_LEX_COMMON;
	}
	return 0;
}

uint32_t nkg_lex_word(struct nkg_str word)
{
	char key[KEY_MAX];
	long len;
	const struct slot *s;

	if (nkg_lexicon_load() != 0 || !word.ptr)
		return 0;
	len = fold_key(&lex, word.ptr, word.len, key, sizeof(key), NULL);
	if (len <= 0)
		return 0;
	s = lookup(&lex.words, key, (size_t)len);
	if (!s && len > 1 && key[len - 1] == '.')
		s = lookup(&lex.words, key, (size_t)len - 1);
	if (!s)
		return british_common(key, (size_t)len);
	return s->val;
}

const char *nkg_lex_base_form(const char *form, size_t len, enum nkg_lex_pos pos)
{
	const struct slot *s;

	if (nkg_lexicon_load() != 0 || !form || len == 0)
		return NULL;
	s = lookup(pos == NKG_LEX_VERB ? &lex.verb_forms : &lex.noun_forms, form, len);
	return s ? lex.text + s->val : NULL;
}
