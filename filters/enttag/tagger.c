/*
 * tagger.c - tags a sentence with a model: the token facts, the model's
 * scores (and those of a recased copy, truecase.c), Viterbi, the
 * post-rules (rules/rules.c), user phrases (forced.c) and the entity
 * spans.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger.h"
#include "rules/words.h"

#include "xalloc.h"

struct et_tagger *
et_tagger_new(const struct et_model *m)
{
	struct et_tagger *t = xrealloc(NULL, sizeof *t);

	memset(t, 0, sizeof *t);
	t->m = m;
	et_mem_init(&t->mem);
	et_mem_init(&t->mem2);
	et_mem_init(&t->smem);
	et_mem_init(&t->smem2);
	return t;
}

void
et_tagger_free(struct et_tagger *t)
{
	if (t == NULL)
		return;
	free(t->tk);
	free(t->fx);
	free(t->emit);
	free(t->emit2);
	free(t->emit3);
	free(t->feats);
	free(t->tags);
	free(t->back);
	free(t->ents);
	forced_free(&t->forced);
	tokvec_free(&t->ftoks);
	free(t->tc);
	free(t->tctoks);
	et_mem_free(&t->mem);
	et_mem_free(&t->mem2);
	et_mem_free(&t->smem);
	et_mem_free(&t->smem2);
	free(t);
}

void
et_tagger_reset(struct et_tagger *t)
{
	et_mem_clear(&t->mem);
	et_mem_clear(&t->mem2);
	t->shadow = ET_SHADOW_END;
	t->sport = 0;
}

static void
swap_mem(struct et_mem *a, struct et_mem *b)
{
	struct et_mem x = *a;

	*a = *b;
	*b = x;
}

void
et_tagger_shadow(struct et_tagger *t, enum et_shadow mode)
{
	if (mode == ET_SHADOW_START) {
		et_mem_copy(&t->smem, &t->mem);
		et_mem_copy(&t->smem2, &t->mem2);
	}
	if ((mode == ET_SHADOW_USE) != (t->shadow == ET_SHADOW_USE)) {
		swap_mem(&t->mem, &t->smem);
		swap_mem(&t->mem2, &t->smem2);
	}
	t->shadow = mode;
}

/* Learns the tags into the memory m (t->mem or t->mem2) and, while the
 * shadows learn, into its shadow. */
static void
learn(struct et_tagger *t, struct et_mem *m, size_t n)
{
	et_mem_learn(m, t->tk, n, t->tags);
	if (t->shadow == ET_SHADOW_LEARN)
		et_mem_learn(
		    m == &t->mem ? &t->smem : &t->smem2, t->tk, n, t->tags);
}

static void
grow(struct et_tagger *t, size_t n)
{
	if (n <= t->cap)
		return;
	while (t->cap < n)
		t->cap = t->cap ? t->cap * 2 : 64;
	t->tk = xrealloc(t->tk, t->cap * sizeof *t->tk);
	t->fx = xreallocarray(t->fx, t->cap, sizeof *t->fx);
	t->emit = xrealloc(t->emit, t->cap * ET_NTAGS * sizeof *t->emit);
	t->emit2 = xrealloc(t->emit2, t->cap * ET_NTAGS * sizeof *t->emit2);
	t->emit3 = xrealloc(t->emit3, t->cap * ET_NTAGS * sizeof *t->emit3);
	t->feats = xreallocarray(
	    t->feats, t->cap * ET_MAXFEAT, sizeof *t->feats);
	t->tags = xrealloc(t->tags, t->cap);
	t->back = xrealloc(t->back, t->cap * ET_NTAGS);
	t->ents = xrealloc(t->ents, t->cap * sizeof *t->ents);
	t->tctoks = xreallocarray(t->tctoks, t->cap, sizeof *t->tctoks);
}

/*
 * The sum of the weight rows of a token's features (0-terminated keys),
 * times the model's scale, into emit[0..ET_NTAGS).  A token has fewer
 * than ET_MAXFEAT features of weights in [-128, 127], so the sums fit in
 * 16 bits: where the compiler has vector types they are added 8 at once.
 */
#if defined(__has_builtin)
#if __has_builtin(__builtin_convertvector)
#define SUM_VECTORS 1
#endif
#endif
#ifdef SUM_VECTORS
typedef int8_t v8i8 __attribute__((vector_size(8)));
typedef int16_t v8i16 __attribute__((vector_size(16)));
_Static_assert(ET_MAXFEAT * 128 <= INT16_MAX, "16-bit sums overflow");

static void
sum_rows(const struct et_model *m, const uint32_t *feats, float *emit)
{
	v8i16 vacc[ET_NTAGS / 8];
	int32_t acc[ET_NTAGS] = { 0 };

	memset(vacc, 0, sizeof vacc);
	for (size_t f = 0; feats[f]; f++) {
		const int8_t *r = et_model_row(m, feats[f]);
		if (r == NULL)
			continue;
		for (int v = 0; v < ET_NTAGS / 8; v++) {
			v8i8 b;
			memcpy(&b, r + 8 * v, sizeof b);
			vacc[v] += __builtin_convertvector(b, v8i16);
		}
		for (int c = ET_NTAGS / 8 * 8; c < ET_NTAGS; c++)
			acc[c] += r[c];
	}
	for (int c = 0; c < ET_NTAGS / 8 * 8; c++)
		acc[c] = vacc[c / 8][c % 8];
	for (int c = 0; c < ET_NTAGS; c++)
		emit[c] = (float)acc[c] * m->scale;
}
#else
static void
sum_rows(const struct et_model *m, const uint32_t *feats, float *emit)
{
	int32_t acc[ET_NTAGS] = { 0 };

	for (size_t f = 0; feats[f]; f++) {
		const int8_t *r = et_model_row(m, feats[f]);
		for (int c = 0; r != NULL && c < ET_NTAGS; c++)
			acc[c] += r[c];
	}
	for (int c = 0; c < ET_NTAGS; c++)
		emit[c] = (float)acc[c] * m->scale;
}
#endif

/*
 * Scores each token: the keys of the whole sentence are computed first
 * and their slots prefetched: the lookups are cache misses, and this way
 * they overlap.
 */
void
score_tokens(struct et_tagger *t, size_t n, int caps)
{
	const struct et_model *m = t->m;

	for (size_t i = 0; i < n; i++) {
		uint32_t *feats = t->feats + i * ET_MAXFEAT;
		if (caps)
			et_features_caps(t->tk, n, i, feats);
		else
			et_features(t->tk, n, i, feats);
		for (size_t f = 0; feats[f]; f++)
			__builtin_prefetch(
			    m->frec + (size_t)(feats[f] & m->fmask) * ET_FREC);
	}
	for (size_t i = 0; i < n; i++)
		sum_rows(m, t->feats + i * ET_MAXFEAT, t->emit + i * ET_NTAGS);
}

/* Writes a BILOU run of one type over tokens [i, j). */
void
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
void
clear_overlapping(unsigned char *tags, size_t n, size_t i, size_t j)
{
	size_t a = i, b = j;

	while (a > 0 && tags[a] != 0 && ET_TAG_POS(tags[a]) != 0 &&
	    ET_TAG_POS(tags[a]) != 3)
		a--;
	while (b < n && tags[b] != 0 &&
	    (ET_TAG_POS(tags[b]) == 1 || ET_TAG_POS(tags[b]) == 2))
		b++;
	memset(tags + a, 0, b - a);
}

/* The end of the span whose tag at i is not O: a B tag runs through its
 * I tags to the L tag (or to whatever breaks it), any other is one token. */
size_t
run_end(const unsigned char *tags, size_t n, size_t i)
{
	size_t j = i + 1;

	if (ET_TAG_POS(tags[i]) == 0)
		while (j < n && tags[j] != 0 && ET_TAG_POS(tags[j]) != 0 &&
		    ET_TAG_POS(tags[j]) != 3)
			if (ET_TAG_POS(tags[j++]) == 2)
				break;
	return j;
}

/* Possessives and punctuation are never part of a name: "GM's" -> GM. */
int
edge_junk(
    const struct et_tok *tk, const unsigned char *buf, const struct token *s)
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

/* Whether token k is a currency ("HK$", "US$", "£") or a country's
 * letters glued to one ("HK" of "HK$"): never a name, nor part of one. */
static int
currency(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, size_t k)
{
	const unsigned char *p = buf + toks[k].start;
	size_t len = toks[k].end - toks[k].start;

	/* the signs are 1 to 3 bytes long (rules/words/money.lst) */
	for (size_t l = 1; l <= 3 && l <= len; l++)
		if (lexicon_flags(&et_words, p + len - l, l) & EW_MONEY)
			return 1;
	return k + 1 < n && toks[k + 1].start == toks[k].end &&
	    word(t, k + 1, EW_MONEY);
}

/* Nor, at the edge of a person's name, a figure: a bowler's analysis in
 * "Wasim Akram 9-0-41-1" (of some 25,000 person tokens of the training
 * data, 8 are figures, most of them errors); nor at the edge of any name
 * a figure with a minus, a golfer's score ("-8 Ian Woosnam"). */
static int
edge_out(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k, int type)
{
	return edge_junk(&t->tk[k], buf, &toks[k]) ||
	    ((type == ET_PER || buf[toks[k].start] == '-') &&
	        fact(t, k, FX_FIGURE));
}

/* Viterbi, user phrases and the entity spans of the scores in t->emit
 * (tags in t->tags, spans in t->ents); returns the number of spans. */
static size_t
decode(struct et_tagger *t, const unsigned char *buf, const struct token *toks,
    size_t n)
{
	size_t ne = 0;

	et_viterbi(t->emit, t->m->ftrans, n, NULL, t->tags, t->work, t->back);
	et_post_rules(t, buf, toks, n);
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
		j = run_end(t->tags, n, i);
		{
			size_t a = i, b = j;
			int money = 0, c;
			/* and a sum after a currency: "AU$ 40" */
			while (a < b &&
			    ((c = currency(t, buf, toks, n, a)) ||
			        edge_out(t, buf, toks, a, ty) ||
			        (money && fact(t, a, FX_FIGURE)))) {
				money |= c;
				t->tags[a++] = 0;
			}
			while (b > a && edge_out(t, buf, toks, b - 1, ty))
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
	return ne;
}

/* A headline, in capitals only or in title case (1), text with a word in
 * lower case (0), or neither, as a dateline (-1)? */
static int
sentence_kind(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	if (n > 0 && (shouting(buf, toks, n) || titlecase(t->m, buf, toks, n)))
		return 1;
	for (size_t i = 0; i < n; i++)
		if (asc_lower(buf[toks[i].start]))
			return 0;
	return -1;
}

size_t
et_headlines(const struct et_tagger *t, size_t nsent, et_sentence_fn *sentence,
    void *ctx, int *alone)
{
	size_t k = 0;
	int head = 0;

	for (size_t s = 0; s < nsent; s++) {
		const unsigned char *buf;
		const struct token *toks;
		size_t n;
		int h;
		sentence(ctx, s, &buf, &toks, &n);
		h = sentence_kind(t, buf, toks, n);
		if (h == 0) {
			if (alone != NULL)
				*alone = 0;
			return k;
		}
		head |= h == 1;
		if (h == 1 && k == s)
			k++;
	}
	if (alone != NULL)
		*alone = head;
	return 0;
}

/*
 * The document memory of normal sentences (t->mem) learns from every
 * sentence as tagged as written, so that no normal sentence changes; the
 * truecased copies of all-caps and title-case sentences use a memory of
 * their own (t->mem2) that learns from the final tags of all sentences.
 */
size_t
et_tag_sentence(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, struct et_entity **ents,
    unsigned char **tags)
{
	size_t ne;
	int caps, recased, capspart;

	grow(t, n);
	if (n == 0) {
		*ents = t->ents;
		if (tags)
			*tags = t->tags;
		return 0;
	}
	et_tok_prepare(t->tk, buf, toks, n, &t->m->gaz, &t->mem);
	caps = shouting(buf, toks, n);
	et_facts(t, buf, toks, n, caps);
	recased = caps || titlecase(t->m, buf, toks, n);
	capspart = recased && (t->m->flags & ET_MODEL_CAPS);
	for (size_t i = 0; recased && i < n; i++)
		t->tk[i].nocase = 1;
	if (capspart)
		score_caps_part(t, buf, toks, n, caps);
	score_tokens(t, n, 0);
	if (recased) {
		memcpy(t->emit2, t->emit, n * ET_NTAGS * sizeof *t->emit);
		if (capspart)
			mix_caps(t, n);
		decode(t, buf, toks, n);
		learn(t, &t->mem, n);
		recase(t, buf, toks, n, caps ? RC_TRUE : RC_TITLE);
		et_tok_prepare(
		    t->tk, t->tc, t->tctoks, n, &t->m->gaz, &t->mem2);
		score_tokens(t, n, 0);
		mix_scores(t, buf, toks, n);
		if (capspart)
			mix_caps(t, n);
	}
	ne = decode(t, buf, toks, n);
	if (!recased)
		learn(t, &t->mem, n);
	learn(t, &t->mem2, n);
	*ents = t->ents;
	if (tags)
		*tags = t->tags;
	return ne;
}
