/* train_cmd.c - newskg train: the name tagger (extract/ner.h) from gold files.
 *
 *   newskg train --out FILE [--epochs N] [--seed N] [--bits N] [--dev-weight N] GOLD.jsonl...
 *
 * Reads the dev split of JSON Lines gold files (eval/README.md; records
 * without a split count as dev) and the records of split "train" (training
 * data that is never scored: extract/model/written/), runs the tokenizer, metadata and the rule
 * pipeline of entities.c on each text exactly as `newskg extract` does, turns
 * the gold PER/ORG/LOC spans into BIO tags of our tokens (the longest span
 * wins when they nest; spans that cover no whole token are skipped; only
 * tokens inside the regions where the gold annotates names are trained on:
 * nkg_eval_gold_regions(gold, NKG_EVAL_ENTITIES)), trains the averaged
 * perceptron and writes the model file.  The same inputs and options give a
 * byte-identical file.
 *
 * --dev-weight N adds each dev record N times (in every epoch), so that the
 * few gold names count beside the many of the written articles: the gold
 * sets' own conventions (what MEANTIME marks as an organisation, say) would
 * otherwise be outvoted by the written corpus's (extract/model/README.md).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../core/sha256.h"
#include "../core/utf8.h"
#include "../extract/extract.h"
#include "../extract/ner.h"
#include "commands.h"
#include "eval.h"

#define MAX_FILE (1u << 30)

static const char usage[] =
        "usage: newskg train --out FILE [--epochs N] [--seed N] [--bits N] [--dev-weight N]\n"
        "                    GOLD.jsonl...\n"
        "   or: newskg train --folds K [--tsv | --errors] [--epochs N] [--seed N] [--bits N]\n"
        "                    [--dev-weight N] GOLD.jsonl...\n"
        "\n"
        "Trains the name tagger on the dev split of gold files (eval/README.md) and\n"
        "their records of split 'train' (trained on, never scored), and\n"
        "writes the model to FILE (extract/model/ner.bin is the one built into\n"
        "newskg).  Defaults: 12 epochs, seed 1, 2^18 feature buckets.  Training is\n"
        "deterministic: the same inputs and options give the same file.\n"
        "--dev-weight N (1-20, default 1) trains on each dev record N times.\n"
        "\n"
        "With --folds K (2-10) no model is written: the dev documents are split\n"
        "into K folds (an ECB+ topic stays in one fold), each fold is tagged by a\n"
        "model trained on the others and scored as 'newskg eval' does, and one\n"
        "table per gold file with dev records is printed (split 'dev-cvK'); the\n"
        "'train' records are in the training data of every fold.  Use it to decide\n"
        "changes without looking at the test split.  --errors prints instead the\n"
        "differences of each document from its gold, as 'newskg eval --errors'\n"
        "does (fold by fold, documents in input order within a fold).\n";

static int slurp(const char *path, struct nkg_buf *buf)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n;
	int rc = 0;

	if (!f) {
		fprintf(stderr, "newskg: cannot open '%s': %s\n", path, strerror(errno));
		return NKG_EIO;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if ((rc = nkg_buf_add(buf, chunk, n)) != 0)
			break;
	if (!rc && ferror(f))
		rc = NKG_EIO;
	if (rc)
		fprintf(stderr, "newskg: cannot read '%s': %s\n", path, nkg_strerror(rc));
	fclose(f);
	return rc;
}

/* Byte offset of each code point of text (and of its end). */
static uint32_t *cp_offsets(struct nkg_str text, uint32_t *n_cp)
{
	size_t n = nkg_utf8_count(text.ptr, text.len);
	uint32_t *off = nkg_malloc((n + 1) * sizeof(*off));
	if (!off)
		return NULL;
	size_t i = 0, b = 0;
	while (b < text.len && i < n) {
		uint32_t cp;
		size_t k = nkg_utf8_decode(text.ptr + b, text.len - b, &cp);
		off[i++] = (uint32_t)b;
		b += k ? k : 1;
	}
	off[i] = (uint32_t)text.len;
	*n_cp = (uint32_t)i;
	return off;
}

static int btag_of(const char *label)
{
	if (strcmp(label, "PER") == 0)
		return NKG_NER_B_PER;
	if (strcmp(label, "ORG") == 0)
		return NKG_NER_B_ORG;
	if (strcmp(label, "LOC") == 0)
		return NKG_NER_B_LOC;
	return -1;
}

static int by_length_desc(const void *pa, const void *pb)
{
	const struct nkg_eval_ann *a = pa, *b = pb;
	uint32_t la = a->end - a->begin, lb = b->end - b->begin;
	if (la != lb)
		return la > lb ? -1 : 1;
	return a->begin < b->begin ? -1 : a->begin > b->begin;
}

/* Gold BIO tags of the tokens; trainable[i] false outside every region where
 * the names are annotated (nkg_eval_gold_regions: MEANTIME's entity_regions,
 * ECB+'s regions).  Outside them unmarked names are not "no name": MEANTIME
 * marks only some names after its sixth sentence. */
static void gold_tags(const struct nkg_tokens *toks, const struct nkg_eval_gold *gold,
                      const uint32_t *off, uint32_t n_cp, struct nkg_eval_ann *sorted,
                      uint8_t *tags, uint8_t *trainable)
{
	const struct nkg_eval_anns *regions = nkg_eval_gold_regions(gold, NKG_EVAL_ENTITIES);
	memset(tags, NKG_NER_O, toks->n);
	memset(trainable, 1, toks->n);
	if (regions) {
		memset(trainable, 0, toks->n);
		for (size_t r = 0; r < regions->n; r++) {
			const struct nkg_eval_ann *g = &regions->items[r];
			if (g->end > n_cp)
				continue;
			uint32_t b = off[g->begin], e = off[g->end];
			for (uint32_t i = 0; i < toks->n; i++)
				if (toks->toks[i].begin >= b && toks->toks[i].end <= e)
					trainable[i] = 1;
		}
	}
	/* longest first, in a copy: the scorer wants the gold in span order */
	size_t n_ents = gold->entities.n;
	for (size_t k = 0; k < n_ents; k++)
		sorted[k] = gold->entities.items[k];
	if (n_ents)
		qsort(sorted, n_ents, sizeof(*sorted), by_length_desc);
	for (size_t k = 0; k < n_ents; k++) {
		const struct nkg_eval_ann *g = &sorted[k];
		int bt = btag_of(g->label);
		if (bt < 0 || g->end > n_cp)
			continue;
		uint32_t b = off[g->begin], e = off[g->end];
		uint32_t s = UINT32_MAX, last = 0;
		bool clash = false;
		for (uint32_t i = 0; i < toks->n && toks->toks[i].begin < e; i++) {
			if (toks->toks[i].begin < b || toks->toks[i].end > e)
				continue;
			if (s == UINT32_MAX)
				s = i;
			last = i;
			clash = clash || tags[i] != NKG_NER_O;
		}
		if (s == UINT32_MAX || clash)
			continue;
		for (uint32_t i = s; i <= last; i++)
			tags[i] = (uint8_t)(i == s ? bt : bt + 1);
	}
}

struct train_opts {
	const char *out;
	uint32_t epochs, bits, folds;
	uint32_t dev_weight; /* times each dev record is added */
	uint64_t seed;
	bool tsv, errors;
};

/* One record: its trainable runs of tokens, sentence by sentence. */
static int add_record(struct nkg_ner_trainer *tr, const struct nkg_eval_record *rec,
                      const struct nkg_eval_gold *gold)
{
	struct nkg_doc doc;
	struct nkg_tokens toks;
	struct nkg_ner_input *in = NULL;
	uint8_t *tags = NULL, *trainable = NULL;
	uint32_t *feats = NULL, *off = NULL, n_cp = 0;
	struct nkg_eval_ann *sorted = NULL;
	void *scratch = NULL;
	int rc;

	nkg_doc_init(&doc, rec->text.ptr, rec->text.len);
	doc.id = rec->id;
	doc.title = rec->title;
	if (rec->date.len) {
		doc.date = rec->date;
		doc.date_origin = NKG_DATE_METADATA;
	}
	if ((rc = nkg_tokenize(&doc, &toks)) || (rc = nkg_find_metadata(&doc, &toks)))
		goto out;
	rc = NKG_ENOMEM;
	uint32_t longest = 0;
	for (uint32_t s = 0; s < toks.n_sents; s++)
		if (toks.sents[s].count > longest)
			longest = toks.sents[s].count;
	in = nkg_calloc(toks.n + 1, sizeof(*in));
	tags = nkg_malloc(toks.n + 1);
	trainable = nkg_malloc(toks.n + 1);
	feats = nkg_malloc(((size_t)longest + 1) * NKG_NER_NFEAT * sizeof(*feats));
	scratch = nkg_malloc(nkg_ner_scratch_size(longest + 1));
	sorted = nkg_malloc((gold->entities.n + 1) * sizeof(*sorted));
	off = cp_offsets(rec->text, &n_cp);
	if (!in || !tags || !trainable || !feats || !scratch || !sorted || !off)
		goto out;
	if ((rc = nkg_entities_ner_input(&doc, &toks, in)))
		goto out;
	gold_tags(&toks, gold, off, n_cp, sorted, tags, trainable);
	for (uint32_t s = 0; s < toks.n_sents && !rc; s++) {
		uint32_t first = toks.sents[s].first, count = toks.sents[s].count;
		nkg_ner_sentence_features(&doc, &toks, in, first, count, scratch, feats);
		for (uint32_t i = 0; i < count && !rc;) {
			if (!trainable[first + i]) {
				i++;
				continue;
			}
			uint32_t e = i;
			while (e < count && trainable[first + e])
				e++;
			uint8_t *g = tags + first + i;
			if (g[0] == NKG_NER_I_PER || g[0] == NKG_NER_I_ORG || g[0] == NKG_NER_I_LOC)
				g[0]--; /* a region cut a name: it begins here */
			rc = nkg_ner_trainer_add(tr, feats + (size_t)i * NKG_NER_NFEAT, g, e - i);
			i = e;
		}
	}
out:
	nkg_free(in);
	nkg_free(tags);
	nkg_free(trainable);
	nkg_free(feats);
	nkg_free(scratch);
	nkg_free(sorted);
	nkg_free(off);
	nkg_doc_release(&doc);
	return rc;
}

/* The dev and train records of the gold files, parsed once and kept (the
 * records are slices of the files' buffers). */
struct item {
	struct nkg_eval_record rec;
	struct nkg_eval_gold gold;
	uint32_t file; /* index into the file list */
	uint32_t fold; /* cross-validation fold; TRAIN_ONLY for split "train" */
};

/* The fold of a "train" record: in no fold, so trained on in every one. */
#define TRAIN_ONLY UINT32_MAX

struct corpus {
	struct nkg_buf *bufs; /* one per file */
	size_t n_files;
	struct item *items;
	size_t n, cap;
};

static void corpus_release(struct corpus *c)
{
	for (size_t i = 0; i < c->n; i++)
		nkg_eval_gold_release(&c->items[i].gold);
	for (size_t f = 0; f < c->n_files; f++)
		nkg_buf_release(&c->bufs[f]);
	nkg_free(c->items);
	nkg_free(c->bufs);
}

static int corpus_push(struct corpus *c, const struct nkg_eval_record *rec,
                       const struct nkg_eval_gold *gold, uint32_t file)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 256;
		struct item *p = nkg_realloc(c->items, cap * sizeof(*p));
		if (!p)
			return NKG_ENOMEM;
		c->items = p;
		c->cap = cap;
	}
	struct item *it = &c->items[c->n++];
	it->rec = *rec;
	it->gold = *gold;
	it->file = file;
	it->fold = 0;
	return 0;
}

/* Reads the dev and train records of file number `file` (path) into c->bufs[file] and
 * c->items. */
static int read_gold(struct corpus *c, const char *path, uint32_t file)
{
	struct nkg_buf *buf = &c->bufs[file];
	char err[160];
	int rc;

	nkg_buf_init(buf, MAX_FILE);
	c->n_files = file + 1;
	if ((rc = slurp(path, buf)) != 0)
		return rc;
	char *line = buf->ptr, *end = buf->ptr + buf->len;
	for (size_t lineno = 1; line && line < end && !rc; lineno++) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
		char *next = nl ? nl + 1 : NULL;
		struct nkg_eval_record rec;
		struct nkg_eval_gold gold;

		if (n && line[n - 1] == '\r')
			n--;
		if (strspn(line, " \t\r") >= n) {
			line = next;
			continue;
		}
		nkg_eval_gold_init(&gold);
		rc = nkg_eval_parse_record(line, n, &rec, &gold, err, sizeof(err));
		if (rc && rc != NKG_ENOMEM)
			fprintf(stderr, "newskg: %s:%zu: %s\n", path, lineno, err);
		else if (rc)
			fprintf(stderr, "newskg: %s:%zu: %s\n", path, lineno, nkg_strerror(rc));
		else if (rec.split.len == 0 || nkg_str_eq_cstr(rec.split, "dev") ||
		         nkg_str_eq_cstr(rec.split, "train")) {
			if ((rc = corpus_push(c, &rec, &gold, file)) == 0)
				nkg_eval_gold_init(&gold); /* the corpus owns the lists */
			else
				fprintf(stderr, "newskg: %s:%zu: %s\n", path, lineno,
				        nkg_strerror(rc));
		}
		nkg_eval_gold_release(&gold);
		line = next;
	}
	return rc;
}

/* Adds the items not in fold `skip` (every item when skip is TRAIN_ONLY). */
static int add_items(struct nkg_ner_trainer *tr, const struct corpus *c, uint32_t skip,
                     uint32_t dev_weight, char *const *paths)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct item *it = &c->items[i];
		if (it->fold == skip)
			continue;
		uint32_t times = nkg_str_eq_cstr(it->rec.split, "train") ? 1 : dev_weight;
		int rc = 0;
		for (uint32_t k = 0; k < times && !rc; k++)
			rc = add_record(tr, &it->rec, &it->gold);
		if (rc) {
			fprintf(stderr, "newskg: %s: %.*s: %s\n", paths[it->file],
			        (int)it->rec.id.len, it->rec.id.ptr, nkg_strerror(rc));
			return rc;
		}
	}
	return 0;
}

/* ---- cross-validation ----------------------------------------------------- */

/* The fold of a record: by document, except that the documents of one ECB+
 * topic ("ecbplus/12_3ecb"), which share entities and events, stay together. */
static uint32_t fold_of(const struct nkg_eval_record *rec, uint32_t folds)
{
	struct nkg_str key = rec->id;
	if (nkg_str_eq_cstr(rec->set, "ecbplus")) {
		const char *us = memchr(key.ptr, '_', key.len);
		if (us)
			key.len = (size_t)(us - key.ptr);
	}
	struct nkg_sha256 h;
	unsigned char d[NKG_SHA256_LEN];
	nkg_sha256_init(&h);
	nkg_sha256_update(&h, key.ptr, key.len);
	nkg_sha256_final(&h, d);
	return (uint32_t)(((uint32_t)d[0] << 24 | (uint32_t)d[1] << 16 | (uint32_t)d[2] << 8 |
	                   d[3]) %
	                  folds);
}

static int score_item(struct nkg_eval_score *score, const struct item *it, bool errors)
{
	struct nkg_doc doc;
	int rc;

	nkg_doc_init(&doc, it->rec.text.ptr, it->rec.text.len);
	doc.id = it->rec.id;
	doc.title = it->rec.title;
	if (it->rec.date.len) {
		doc.date = it->rec.date;
		doc.date_origin = NKG_DATE_METADATA;
	}
	if ((rc = nkg_extract(&doc)) == 0)
		rc = nkg_eval_score_doc(score, &doc, &it->gold);
	if (rc == 0 && errors)
		rc = nkg_eval_errors_doc(stdout, it->rec.id, &doc, &it->gold);
	nkg_doc_release(&doc);
	return rc;
}

/* K-fold cross-validation inside the dev split: for each fold, a model
 * trained on the other folds tags that fold's documents, scored as `newskg
 * eval` does; prints one table per gold file that has dev records, split
 * "dev-cv<K>". */
static int cross_validate(struct corpus *c, const struct train_opts *o, char *const *paths)
{
	struct nkg_eval_score *scores = nkg_calloc(c->n_files, sizeof(*scores));
	bool *scored = nkg_calloc(c->n_files, sizeof(*scored)); /* files with dev records */
	int rc = NKG_ENOMEM;
	if (!scores || !scored)
		goto out;
	for (size_t f = 0; f < c->n_files; f++)
		nkg_eval_score_init(&scores[f]);
	for (size_t i = 0; i < c->n; i++) {
		struct item *it = &c->items[i];
		bool train_only = nkg_str_eq_cstr(it->rec.split, "train");
		it->fold = train_only ? TRAIN_ONLY : fold_of(&it->rec, o->folds);
		scored[it->file] |= !train_only;
	}
	for (uint32_t f = 0; f < o->folds; f++) {
		struct nkg_ner_trainer *tr = nkg_ner_trainer_new(o->bits);
		struct nkg_ner_model *m = NULL;
		rc = NKG_ENOMEM;
		if (!tr)
			goto out;
		if (!(rc = add_items(tr, c, f, o->dev_weight, paths)))
			rc = nkg_ner_train(tr, o->epochs, o->seed, &m, NULL);
		nkg_ner_trainer_free(tr);
		if (rc)
			goto out;
		nkg_ner_default_set(m);
		for (size_t i = 0; i < c->n && !rc; i++)
			if (c->items[i].fold == f &&
			    (rc = score_item(&scores[c->items[i].file], &c->items[i], o->errors)))
				fprintf(stderr, "newskg: %.*s: %s\n", (int)c->items[i].rec.id.len,
				        c->items[i].rec.id.ptr, nkg_strerror(rc));
		nkg_ner_default_free();
		if (rc)
			goto out;
	}
	char split[32];
	snprintf(split, sizeof(split), "dev-cv%u", o->folds);
	for (size_t f = 0; f < c->n_files && !o->errors; f++) {
		if (!scored[f])
			continue;
		const char *base = strrchr(paths[f], '/');
		char set[128];
		snprintf(set, sizeof(set), "%s", base ? base + 1 : paths[f]);
		char *dot = strrchr(set, '.');
		if (dot)
			*dot = '\0';
		nkg_eval_print(stdout, set, split, &scores[f], o->tsv);
	}
	rc = 0;
out:
	nkg_free(scored);
	nkg_free(scores);
	return rc;
}

static int write_file(const char *path, const void *data, size_t len)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= (int)sizeof(tmp)) {
		fprintf(stderr, "newskg: output path too long: '%s'\n", path);
		return NKG_EINVAL;
	}
	FILE *f = fopen(tmp, "wb");
	if (!f) {
		fprintf(stderr, "newskg: cannot open '%s': %s\n", tmp, strerror(errno));
		return NKG_EIO;
	}
	bool ok = fwrite(data, 1, len, f) == len;
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path) != 0) {
		fprintf(stderr, "newskg: cannot write '%s': %s\n", path, strerror(errno));
		remove(tmp);
		return NKG_EIO;
	}
	return 0;
}

static bool parse_u(const char *s, unsigned long long max, unsigned long long *out)
{
	char *end;
	errno = 0;
	if (!s[0] || s[0] == '-')
		return false;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v > max)
		return false;
	*out = v;
	return true;
}

int nkg_cmd_train(int argc, char **argv)
{
	struct train_opts o = {NULL, 12, NKG_NER_DEFAULT_BITS, 0, 1, 1, false, false};
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			return 0;
		}
		if (a[0] != '-' || a[1] == '\0')
			break;
		if (strcmp(a, "--tsv") == 0) {
			o.tsv = true;
			continue;
		}
		if (strcmp(a, "--errors") == 0) {
			o.errors = true;
			continue;
		}
		bool known = strcmp(a, "--out") == 0 || strcmp(a, "--epochs") == 0 ||
		             strcmp(a, "--seed") == 0 || strcmp(a, "--bits") == 0 ||
		             strcmp(a, "--folds") == 0 || strcmp(a, "--dev-weight") == 0;
		if (!known) {
			fprintf(stderr, "newskg: unknown option '%s'\n%s", a, usage);
			return 2;
		}
		if (i + 1 >= argc) {
			fprintf(stderr, "newskg: option '%s' needs a value\n", a);
			return 2;
		}
		const char *v = argv[++i];
		unsigned long long x;
		if (strcmp(a, "--out") == 0) {
			o.out = v;
		} else if (strcmp(a, "--epochs") == 0 && parse_u(v, 1000, &x) && x > 0) {
			o.epochs = (uint32_t)x;
		} else if (strcmp(a, "--seed") == 0 && parse_u(v, UINT64_MAX, &x)) {
			o.seed = x;
		} else if (strcmp(a, "--bits") == 0 && parse_u(v, 24, &x) && x >= 10) {
			o.bits = (uint32_t)x;
		} else if (strcmp(a, "--folds") == 0 && parse_u(v, 10, &x) && x >= 2) {
			o.folds = (uint32_t)x;
		} else if (strcmp(a, "--dev-weight") == 0 && parse_u(v, 20, &x) && x >= 1) {
			o.dev_weight = (uint32_t)x;
		} else if (strcmp(a, "--out") != 0) {
			fprintf(stderr, "newskg: invalid value '%s' for '%s'\n", v, a);
			return 2;
		}
	}
	if (!o.out == !o.folds || i >= argc || (o.errors && (o.tsv || !o.folds))) {
		fputs(usage, stderr);
		return 2;
	}

	struct corpus c = {0};
	struct nkg_ner_trainer *tr = NULL;
	struct nkg_ner_model *m = NULL;
	void *data = NULL;
	size_t len = 0;
	uint64_t errors = 0;
	int rc = NKG_ENOMEM;
	if (!(c.bufs = nkg_calloc((size_t)(argc - i), sizeof(*c.bufs))))
		goto out;
	for (rc = 0; i + (int)c.n_files < argc && !rc;)
		rc = read_gold(&c, argv[i + (int)c.n_files], (uint32_t)c.n_files);
	if (rc)
		goto out;
	if (o.folds) {
		rc = cross_validate(&c, &o, argv + i);
		goto out;
	}
	rc = NKG_ENOMEM;
	if (!(tr = nkg_ner_trainer_new(o.bits)))
		goto out;
	if ((rc = add_items(tr, &c, TRAIN_ONLY, o.dev_weight, argv + i)))
		goto out;
	uint32_t sents, tokens;
	nkg_ner_trainer_counts(tr, &sents, &tokens);
	clock_t t0 = clock();
	if ((rc = nkg_ner_train(tr, o.epochs, o.seed, &m, &errors)) ||
	    (rc = nkg_ner_model_save(m, &data, &len))) {
		fprintf(stderr, "newskg: training failed: %s\n", nkg_strerror(rc));
		goto out;
	}
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	if ((rc = write_file(o.out, data, len)))
		goto out;
	fprintf(stderr,
	        "newskg: trained on %u sentences, %u tokens, %u epochs in %.1f s (CPU); "
	        "%llu tokens wrong in the last epoch; wrote '%s' (%zu bytes)\n",
	        sents, tokens, o.epochs, secs, (unsigned long long)errors, o.out, len);
out:
	if (rc == NKG_ENOMEM)
		fprintf(stderr, "newskg: %s\n", nkg_strerror(rc));
	nkg_free(data);
	nkg_ner_model_free(m);
	nkg_ner_trainer_free(tr);
	corpus_release(&c);
	return rc ? 2 : 0;
}
