/*
 * tagger.c - tags a sentence with a model: features, scores, Viterbi,
 * user phrases, entity spans
 */
#include <stdlib.h>
#include <string.h>

#include "etmodel.h"
#include "xalloc.h"

struct forced {
	uint32_t *keys;
	unsigned char *vals;		/* type + 1; 0 empty */
	uint32_t mask, n;
	size_t maxlen;
};

struct et_tagger {
	const struct et_model *m;
	size_t cap;
	struct et_tok *tk;
	float *emit;
	uint32_t *feats;		/* ET_MAXFEAT keys per token */
	unsigned char *tags, *back;
	float work[2 * ET_NTAGS];
	struct et_entity *ents;
	struct et_mem mem;
	struct forced forced;
	struct tokvec ftoks;
};

struct et_tagger *
et_tagger_new(const struct et_model *m)
{
	struct et_tagger *t = xrealloc(NULL, sizeof *t);

	memset(t, 0, sizeof *t);
	t->m = m;
	et_mem_init(&t->mem);
	return t;
}

void
et_tagger_free(struct et_tagger *t)
{
	if (t == NULL)
		return;
	free(t->tk);
	free(t->emit);
	free(t->feats);
	free(t->tags);
	free(t->back);
	free(t->ents);
	free(t->forced.keys);
	free(t->forced.vals);
	tokvec_free(&t->ftoks);
	et_mem_free(&t->mem);
	free(t);
}

void
et_tagger_reset(struct et_tagger *t)
{
	et_mem_clear(&t->mem);
}

static void
grow(struct et_tagger *t, size_t n)
{
	if (n <= t->cap)
		return;
	while (t->cap < n)
		t->cap = t->cap ? t->cap * 2 : 64;
	t->tk = xrealloc(t->tk, t->cap * sizeof *t->tk);
	t->emit = xrealloc(t->emit, t->cap * ET_NTAGS * sizeof *t->emit);
	t->feats = xreallocarray(t->feats, t->cap * ET_MAXFEAT, sizeof *t->feats);
	t->tags = xrealloc(t->tags, t->cap);
	t->back = xrealloc(t->back, t->cap * ET_NTAGS);
	t->ents = xrealloc(t->ents, t->cap * sizeof *t->ents);
}

/* Hash of a token sequence by exact bytes (user phrases are case-exact). */
static uint64_t
exact_hash(const unsigned char *buf, const struct token *toks, size_t i,
    size_t n)
{
	uint64_t h = 0;
	for (size_t j = i; j < i + n; j++)
		h = et_phrase_step(h, et_hash_bytes(buf + toks[j].start,
		    toks[j].end - toks[j].start, 3));
	return h;
}

static int
forced_lookup(const struct forced *f, uint32_t key)
{
	if (f->n == 0)
		return 0;
	for (uint32_t i = key & f->mask;; i = (i + 1) & f->mask) {
		if (f->keys[i] == key)
			return f->vals[i];
		if (f->keys[i] == 0)
			return 0;
	}
}

static void
forced_insert(struct forced *f, uint32_t key, int val)
{
	uint32_t i;

	if ((f->n + 1) * 2 > f->mask + 1) {
		uint32_t ocap = f->keys ? f->mask + 1 : 0;
		uint32_t *ok = f->keys;
		unsigned char *ov = f->vals;
		uint32_t ncap = ocap ? ocap * 2 : 64;
		f->keys = xrealloc(NULL, ncap * sizeof *f->keys);
		f->vals = xrealloc(NULL, ncap);
		memset(f->keys, 0, ncap * sizeof *f->keys);
		memset(f->vals, 0, ncap);
		f->mask = ncap - 1;
		f->n = 0;
		for (uint32_t j = 0; j < ocap; j++)
			if (ok[j])
				forced_insert(f, ok[j], ov[j]);
		free(ok);
		free(ov);
	}
	for (i = key & f->mask; f->keys[i] && f->keys[i] != key;
	    i = (i + 1) & f->mask)
		;
	if (f->keys[i] == 0)
		f->n++;
	f->keys[i] = key;
	f->vals[i] = (unsigned char)val;
}

void
et_tagger_force(struct et_tagger *t, int type, const unsigned char *s,
    size_t n)
{
	size_t k;

	tokvec_reset(&t->ftoks);
	tokenize(s, n, &t->ftoks);
	if ((k = t->ftoks.n) == 0 || k > 64)
		return;
	forced_insert(&t->forced, et_phrase_key(exact_hash(s, t->ftoks.v, 0, k)),
	    type + 1);
	if (k > t->forced.maxlen)
		t->forced.maxlen = k;
}

/*
 * Sums the quantized weight rows of the features of each token.  The keys
 * of the whole sentence are computed first and their slots prefetched:
 * the lookups are cache misses, and this way they overlap.
 */
static void
score_tokens(struct et_tagger *t, size_t n)
{
	const struct et_model *m = t->m;

	for (size_t i = 0; i < n; i++) {
		uint32_t *feats = t->feats + i * ET_MAXFEAT;
		et_features(t->tk, n, i, feats);
		for (size_t f = 0; feats[f]; f++)
			__builtin_prefetch(m->frec + (size_t)(feats[f] & m->fmask) *
			    ET_FREC);
	}
	for (size_t i = 0; i < n; i++) {
		int32_t acc[ET_NTAGS] = { 0 };
		const uint32_t *feats = t->feats + i * ET_MAXFEAT;
		for (size_t f = 0; feats[f]; f++) {
			uint32_t key = feats[f];
			for (uint32_t j = key & m->fmask;; j = (j + 1) & m->fmask) {
				const unsigned char *rec = m->frec + (size_t)j * ET_FREC;
				uint32_t k;
				memcpy(&k, rec, 4);
				if (k == key) {
					const int8_t *r = (const int8_t *)(const void *)(rec + 4);
					for (int c = 0; c < ET_NTAGS; c++)
						acc[c] += r[c];
					break;
				}
				if (k == 0)
					break;
			}
		}
		for (int c = 0; c < ET_NTAGS; c++)
			t->emit[i * ET_NTAGS + c] = (float)acc[c] * m->scale;
	}
}

/* Writes a BILOU run of one type over tokens [i, j). */
static void
set_run(unsigned char *tags, size_t i, size_t j, int type)
{
	if (j == i + 1) {
		tags[i] = (unsigned char)ET_TAG(type, 3);
		return;
	}
	tags[i] = (unsigned char)ET_TAG(type, 0);
	for (size_t k = i + 1; k + 1 < j; k++)
		tags[k] = (unsigned char)ET_TAG(type, 1);
	tags[j - 1] = (unsigned char)ET_TAG(type, 2);
}

/* Clears every entity that overlaps tokens [i, j). */
static void
clear_overlapping(unsigned char *tags, size_t n, size_t i, size_t j)
{
	size_t a = i, b = j;

	while (a > 0 && tags[a] != 0 && ET_TAG_POS(tags[a]) != 0 &&
	    ET_TAG_POS(tags[a]) != 3)
		a--;
	while (b < n && tags[b] != 0 && (ET_TAG_POS(tags[b]) == 1 ||
	    ET_TAG_POS(tags[b]) == 2))
		b++;
	memset(tags + a, 0, b - a);
}

/* User phrases: the longest match at each position wins over the model. */
static void
apply_forced(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t best = 0;
		int type = 0;
		for (size_t len = t->forced.maxlen; len > 0; len--) {
			int v;
			if (i + len > n)
				continue;
			v = forced_lookup(&t->forced,
			    et_phrase_key(exact_hash(buf, toks, i, len)));
			if (v) {
				best = len;
				type = v - 1;
				break;
			}
		}
		if (best == 0) {
			i++;
			continue;
		}
		clear_overlapping(t->tags, n, i, i + best);
		set_run(t->tags, i, i + best, type);
		i += best;
	}
}

/* Possessives and punctuation are never part of a name: "GM's" -> GM. */
static int
edge_junk(const struct et_tok *tk, const unsigned char *buf,
    const struct token *s)
{
	size_t len = s->end - s->start;
	const unsigned char *p = buf + s->start;

	if ((tk->flags & ETF_PUNCT) && !(len == 1 && p[0] == '&'))
		return 1;
	if (len == 2 && p[0] == '\'' && (p[1] == 's' || p[1] == 'S'))
		return 1;
	if (len == 4 && memcmp(p, "\xe2\x80\x99", 3) == 0 &&
	    (p[3] == 's' || p[3] == 'S'))
		return 1;
	return 0;
}

size_t
et_tag_sentence(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, struct et_entity **ents,
    unsigned char **tags)
{
	size_t ne = 0;

	grow(t, n);
	if (n == 0) {
		*ents = t->ents;
		if (tags)
			*tags = t->tags;
		return 0;
	}
	et_tok_prepare(t->tk, buf, toks, n, &t->m->gaz, &t->mem);
	score_tokens(t, n);
	et_viterbi(t->emit, t->m->ftrans, n, NULL, t->tags, t->work, t->back);
	if (t->forced.n)
		apply_forced(t, buf, toks, n);
	for (size_t i = 0; i < n;) {
		size_t j;
		int ty;
		if (t->tags[i] == 0) {
			i++;
			continue;
		}
		ty = ET_TAG_TYPE(t->tags[i]);
		j = i + 1;
		if (ET_TAG_POS(t->tags[i]) == 0)
			while (j < n && t->tags[j] != 0 &&
			    ET_TAG_POS(t->tags[j]) != 0 &&
			    ET_TAG_POS(t->tags[j]) != 3) {
				int last = ET_TAG_POS(t->tags[j]) == 2;
				j++;
				if (last)
					break;
			}
		{
			size_t a = i, b = j;
			while (a < b && edge_junk(&t->tk[a], buf, &toks[a]))
				t->tags[a++] = 0;
			while (b > a && edge_junk(&t->tk[b - 1], buf, &toks[b - 1]))
				t->tags[--b] = 0;
			if (a < b) {
				set_run(t->tags, a, b, ty);
				t->ents[ne].start = toks[a].start;
				t->ents[ne].end = toks[b - 1].end;
				t->ents[ne].tok_start = a;
				t->ents[ne].tok_end = b;
				t->ents[ne].type = ty;
				ne++;
			}
		}
		i = j;
	}
	et_mem_learn(&t->mem, t->tk, n, t->tags);
	*ents = t->ents;
	if (tags)
		*tags = t->tags;
	return ne;
}
