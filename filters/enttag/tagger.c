/*
 * tagger.c - tags a sentence with a model: features, scores, Viterbi,
 * user phrases, entity spans; all-caps and title-case sentences are
 * scored from a truecased copy as well
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "etmodel.h"
#include "utf8.h"
#include "xalloc.h"

#define NWORDS(w) (sizeof (w) / sizeof *(w))

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
	float *emit2;			/* a recased sentence as written */
	float *emit3;			/* ..., by the model's all-caps part */
	uint32_t *feats;		/* ET_MAXFEAT keys per token */
	unsigned char *tags, *back;
	float work[2 * ET_NTAGS];
	struct et_entity *ents;
	struct et_mem mem;
	struct et_mem mem2;		/* for recased sentences, see below */
	struct et_mem smem, smem2;	/* their shadows: et_tagger_shadow() */
	int shadow;			/* the last et_tagger_shadow() mode */
	struct forced forced;
	struct tokvec ftoks;
	unsigned char *tc;		/* truecased copy of a sentence */
	size_t tccap;
	struct token *tctoks;		/* its tokens, offsets into tc */
	int table;			/* the sentence is a table row */
	int dateline;			/* or a dateline */
	int sport;			/* the story's headline is a sport's */
	size_t slug;			/* words of the sentence's sport slug */
};

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
	free(t->emit);
	free(t->emit2);
	free(t->emit3);
	free(t->feats);
	free(t->tags);
	free(t->back);
	free(t->ents);
	free(t->forced.keys);
	free(t->forced.vals);
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
		et_mem_learn(m == &t->mem ? &t->smem : &t->smem2, t->tk, n,
		    t->tags);
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
	t->emit2 = xrealloc(t->emit2, t->cap * ET_NTAGS * sizeof *t->emit2);
	t->emit3 = xrealloc(t->emit3, t->cap * ET_NTAGS * sizeof *t->emit3);
	t->feats = xreallocarray(t->feats, t->cap * ET_MAXFEAT, sizeof *t->feats);
	t->tags = xrealloc(t->tags, t->cap);
	t->back = xrealloc(t->back, t->cap * ET_NTAGS);
	t->ents = xrealloc(t->ents, t->cap * sizeof *t->ents);
	t->tctoks = xreallocarray(t->tctoks, t->cap, sizeof *t->tctoks);
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

/* The end of the span whose tag at i is not O: a B tag runs through its
 * I tags to the L tag (or to whatever breaks it), any other is one token. */
static size_t
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

/*
 * A bare number followed by a capitalised word does not belong inside a
 * person, organisation or place: "Manchester United 2 Chelsea 1" is two
 * names and two scores, so the span is cut there, and when it is cut its
 * last piece loses a bare number at its end.  Of the gold PER, ORG and
 * LOC names of the training and dev sets one has such a number inside
 * (an address in a filing); MISC keeps them ("Formula 1 World
 * Championship").  Before user phrases, which are kept as given.
 */
static void
split_at_numbers(struct et_tagger *t, size_t n)
{
	unsigned char *tags = t->tags;

	for (size_t i = 0; i < n;) {
		size_t j, a = i;
		int ty = ET_TAG_TYPE(tags[i]);

		if (tags[i] == 0 || ET_TAG_POS(tags[i]) != 0) {
			i++;
			continue;
		}
		j = run_end(tags, n, i);
		for (size_t k = i + 1; ty != ET_MISC && k + 1 < j; k++) {
			if (!(t->tk[k].flags & ETF_ALLDIGIT) ||
			    !(t->tk[k + 1].flags & (ETF_INITCAP | ETF_ALLCAP)))
				continue;
			set_run(tags, a, k, ty);
			tags[k] = 0;
			a = k + 1;
		}
		if (a > i) {
			size_t b = j;
			if (b - a > 1 && (t->tk[b - 1].flags & ETF_ALLDIGIT))
				tags[--b] = 0;
			set_run(tags, a, b, ty);
		}
		i = j;
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

/* Whether token k is a currency ("HK$", "US$", "£") or a country's
 * letters glued to one ("HK" of "HK$"): never a name, nor part of one. */
static int
currency(const unsigned char *buf, const struct token *toks, size_t n,
    size_t k)
{
	static const char *const signs[] = {
		"$", "\xc2\xa3", "\xe2\x82\xac", "\xc2\xa5"	/* $ £ € ¥ */
	};
	const struct token *s = &toks[k];

	for (size_t c = 0; c < NWORDS(signs); c++) {
		size_t l = strlen(signs[c]);
		const unsigned char *p = buf + s->start;
		if (s->end - s->start >= l &&
		    memcmp(p + (s->end - s->start) - l, signs[c], l) == 0)
			return 1;
		if (k + 1 < n && toks[k + 1].start == s->end &&
		    toks[k + 1].end - toks[k + 1].start == l &&
		    memcmp(buf + toks[k + 1].start, signs[c], l) == 0)
			return 1;
	}
	return 0;
}

/* Nor, at the edge of a person's name, a figure: a bowler's analysis in
 * "Wasim Akram 9-0-41-1" (of some 25,000 person tokens of the training
 * data, 8 are figures, most of them errors); nor at the edge of any name
 * a figure with a minus, a golfer's score ("-8 Ian Woosnam"). */
static int
edge_out(const struct et_tok *tk, const unsigned char *buf,
    const struct token *s, int type)
{
	const unsigned char *p = buf + s->start;
	size_t len = s->end - s->start;

	return edge_junk(tk, buf, s) || ((type == ET_PER || p[0] == '-') &&
	    is_figure(p, len));
}

/*
 * All-caps ("shouting") sentences, such as newswire headlines: "SOCCER -
 * JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."  The model learned
 * from mixed-case text, where case is the best clue to a name, and in
 * capitals it finds few names.  Such a sentence is scored twice, as
 * written and as a truecased copy ("Soccer - Japan get Lucky win , China
 * in surprise defeat ."), and the scores are mixed (mix_scores): the copy
 * finds the names, the original keeps the copy's guesses about case from
 * making names of common words.  In the original the capitals say
 * nothing: its words' case-blind clusters are read as those of lower-case
 * words (et_tok.nocase), or the class of "soccer" and "basketball" makes
 * a name of "SOCCER" (measured over four cluster models: the all-caps
 * copies of the dev sets went from 62.6, 59.5, 62.1 to 62.6, 61.8, 64.0 F1,
 * the title-case copies from 57.8, 51.0, 59.7 to 58.5, 52.7, 60.9).
 * Title-case sentences ("Japan Get Lucky Win , China In Surprise Defeat
 * .") are treated alike, their copy with the known lower-case words in
 * lower case.  The spans refer to the original text.  Only ASCII letters
 * change case, so every token keeps its length.
 */
static int
asc_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
asc_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * Shouting: at least 3 words (tokens with an ASCII letter) written in
 * capitals only, one of them of 4 letters or more, and at most one word
 * in 10 with a lower-case letter.  A normal sentence, however many
 * acronyms it has ("The NBA and NFL met."), has its lower-case words; a
 * short one ("OK.", "USA", "IBM AND HP") is left alone.  Most sentences
 * are known not to shout after a word or two.
 */
static int
shouting(const unsigned char *buf, const struct token *toks, size_t n)
{
	size_t nup = 0, nlow = 0, nlong = 0;

	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, u = 0, l = 0;
		for (size_t j = 0; j < len; j++) {
			u += asc_upper(p[j]);
			l += asc_lower(p[j]);
		}
		if (l > 0) {
			if (++nlow * 10 > n)
				return 0;	/* too many, whatever follows */
		} else if (u > 0) {
			nup++;
			nlong += u >= 4;
		}
	}
	return nup >= 3 && nlong > 0 && nlow * 10 <= nup + nlow;
}

/* The weights of the feature key in the model, NULL if it has none. */
static const int8_t *
model_row(const struct et_model *m, uint32_t key)
{
	for (uint32_t j = key & m->fmask;; j = (j + 1) & m->fmask) {
		const unsigned char *rec = m->frec + (size_t)j * ET_FREC;
		uint32_t k;
		memcpy(&k, rec, 4);
		if (k == key)
			return (const int8_t *)(const void *)(rec + 4);
		if (k == 0)
			return NULL;
	}
}

/* Whether the model knows a word, so written, as part of a name: its
 * word feature weighs more for some entity tag than for O. */
static int
known_name(const struct et_model *m, const unsigned char *w, size_t len)
{
	const int8_t *r = model_row(m, et_word_key(et_hash_bytes(w, len, 0)));

	if (r == NULL)
		return 0;
	for (int c = 1; c < ET_NTAGS; c++)
		if (r[c] > r[0])
			return 1;
	return 0;
}

/* The lexicon classes of a word (see etfeat.h); words written in lower
 * case are in the "lower" or "stop" list. */
#define LOWER_CLASSES (1u << G_LOWER | 1u << G_STOP)
static uint32_t
lexclass(const struct et_model *m, const unsigned char *w, size_t len)
{
	return et_gaz_lookup(&m->gaz, et_phrase_key(et_phrase_step(0,
	    et_hash_lower(w, len))));
}

/* Whether a word has dots between single letters: "U.S.", "N.V." */
static int
dotted(const unsigned char *w, size_t len)
{
	size_t run = 0, dots = 0;

	for (size_t j = 0; j < len; j++) {
		if (w[j] == '.') {
			dots++;
			run = 0;
		} else if (++run > 1)
			return 0;
	}
	return dots > 0;
}

/*
 * The case a word of capitals would have in normal text: as written if it
 * is an acronym: letters with dots ("U.S.") or a short word the model
 * knows so written as (part of) a name ("US", "NATO", not "IN"); lower case
 * if the model's lexicons know it as a lower-case word (the "lower" and
 * "stop" lists; not first in the sentence); otherwise capitalised
 * ("JAPAN" -> "Japan", "3RD" -> "3rd").
 */
static void
truecase_word(const struct et_model *m, unsigned char *w, size_t len,
    int first)
{
	size_t u = 0, l = 0;

	for (size_t j = 0; j < len; j++) {
		u += asc_upper(w[j]);
		l += asc_lower(w[j]);
	}
	if (u == 0 || l > 0 || dotted(w, len))
		return;
	if (u == len && len <= 5 && known_name(m, w, len))
		return;
	if (!first && (lexclass(m, w, len) & LOWER_CLASSES)) {
		for (size_t j = 0; j < len; j++)
			w[j] += asc_upper(w[j]) ? 32 : 0;
		return;
	}
	for (size_t j = asc_upper(w[0]) ? 1 : 0; j < len; j++)
		w[j] += asc_upper(w[j]) ? 32 : 0;
}

/*
 * Title case ("Japan Get Lucky Win , China In Surprise Defeat ."): at
 * least 4 words, none starting with a lower-case letter, at least 2 of
 * them (a quarter or more) capitalised words, not first, that the
 * lexicons know as lower-case words.
 */
static int
titlecase(const struct et_model *m, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	size_t nw = 0, nlowcap = 0;

	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, a = 0;
		while (a < len && !asc_upper(p[a]) && !asc_lower(p[a]))
			a++;
		if (a == len)
			continue;
		if (asc_lower(p[a]))
			return 0;	/* most sentences, at their 2nd word */
		nw++;
	}
	if (nw < 4)
		return 0;
	nw = 0;
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, a = 0;
		while (a < len && !asc_upper(p[a]))
			a++;
		if (a == len)
			continue;
		if (nw++ > 0 && a == 0 && len > 1 && asc_lower(p[1]) &&
		    (lexclass(m, p, len) & LOWER_CLASSES))
			nlowcap++;
	}
	return nlowcap >= 2 && nlowcap * 4 >= nw;
}

/* The capitalised words of a title-case sentence that the lexicons know
 * as lower-case words, not first, go lower case. */
static void
title_word(const struct et_model *m, unsigned char *w, size_t len,
    int first)
{
	if (!first && len > 1 && asc_upper(w[0]) && asc_lower(w[1]) &&
	    (lexclass(m, w, len) & LOWER_CLASSES))
		w[0] += 32;
}

/* Makes t->tc and t->tctoks a copy of a sentence: truecased (RC_TRUE)
 * from all caps, truecased from title case (RC_TITLE), or in capitals
 * (RC_UPPER). */
enum { RC_TITLE, RC_TRUE, RC_UPPER };
static void
recase(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int how)
{
	size_t base = toks[0].start, len = toks[n - 1].end - base;
	int first = 1;

	if (len > t->tccap) {
		t->tccap = len;
		t->tc = xrealloc(t->tc, len);
	}
	memcpy(t->tc, buf + base, len);
	for (size_t i = 0; i < n; i++) {
		size_t a = toks[i].start - base, b = toks[i].end - base;
		t->tctoks[i] = toks[i];
		t->tctoks[i].start = a;
		t->tctoks[i].end = b;
		if (how == RC_UPPER) {
			for (size_t j = a; j < b; j++)
				t->tc[j] -= asc_lower(t->tc[j]) ? 32 : 0;
		} else if (how == RC_TRUE)
			truecase_word(t->m, t->tc + a, b - a, first);
		else
			title_word(t->m, t->tc + a, b - a, first);
		for (size_t j = a; j < b && first; j++)
			if (asc_lower(t->tc[j]) || asc_upper(t->tc[j]))
				first = 0;
	}
}

/*
 * The scores of a recased sentence: the copy's in t->emit, the original's
 * in t->emit2.  A word the copy put in lower case is a word the lexicons
 * know as a common one, its capital a matter of style ("Wins"), so there
 * the copy weighs 0.7; elsewhere copy and original weigh the same.  Mean
 * F1 of three self-trained models on all-caps copies of the dev sets,
 * for one copy weight everywhere of 0.4, 0.45, 0.5, 0.6, 0.7: 60.3,
 * 60.4, 60.2, 59.3, 57.1 (title-case copies: 55.5, 55.1, 54.9, 54.0,
 * 52.6; below 0.5 WikiGold's copies lose 1.8).  With 0.7 for the words
 * put in lower case and 0.5 elsewhere: 60.4 and 54.7, and "Boeing Wins
 * Air Force Tanker Contract" no longer makes one name of "Boeing Wins
 * Air Force".  Heavier copy weights everywhere lose names: the copy makes
 * names of the capitalised common words the lexicons miss.
 */
static void
mix_scores(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned char *o = buf + toks[i].start;
		const unsigned char *c = t->tc + t->tctoks[i].start;
		size_t len = toks[i].end - toks[i].start, ou = 0, cu = 0;
		float w, *e = t->emit + i * ET_NTAGS;
		const float *e2 = t->emit2 + i * ET_NTAGS;

		for (size_t j = 0; j < len; j++) {
			ou += asc_upper(o[j]);
			cu += asc_upper(c[j]);
		}
		w = ou > 0 && cu == 0 ? 0.7f : 0.5f;
		for (int g = 0; g < ET_NTAGS; g++)
			e[g] = w * e[g] + (1 - w) * e2[g];
	}
}

/* The scores of the all-caps part in t->emit3; a title-case sentence is
 * put in capitals for it, and its tokens' facts are then made again. */
static void
score_caps_part(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int caps)
{
	if (!caps) {
		recase(t, buf, toks, n, RC_UPPER);
		et_tok_prepare(t->tk, t->tc, t->tctoks, n, &t->m->gaz, &t->mem);
		for (size_t i = 0; i < n; i++)
			t->tk[i].nocase = 1;
	}
	score_tokens(t, n, 1);
	memcpy(t->emit3, t->emit, n * ET_NTAGS * sizeof *t->emit);
	if (!caps) {
		et_tok_prepare(t->tk, buf, toks, n, &t->m->gaz, &t->mem);
		for (size_t i = 0; i < n; i++)
			t->tk[i].nocase = 1;
	}
}

/*
 * A model trained with upper-case copies of its documents (enttag-train
 * -U) has a part of its own for all-caps sentences, which knows how names
 * look in capitals.  Its scores (t->emit3) and those above weigh the same
 * in an all-caps sentence.  Mean F1 on the all-caps copies of MEANTIME,
 * GUM and WikiGold dev of four self-trained models with the part, for a
 * weight of the part of 0.5, 0.7 and 1 (the part alone): 65.9, 70.6,
 * 66.3; 65.3, 70.5, 67.0; 64.4, 70.1, 66.6; models of the same data
 * without the part, 62.5, 61.7, 64.1 (12 seeds).  On MEANTIME with the
 * first sentence of each document in capitals (the body in normal case,
 * whose names the memory gives the headline) those sentences score 63.9,
 * 62.8 and 63.4, against 61.6 to 65.9 without the part.  A title-case
 * sentence, whose capitals say as little, is given to the part in
 * capitals, with the same weight: the shipped model's title-case copies
 * went from 58.4, 53.6, 60.6 to 61.6, 61.3, 63.5, and MEANTIME's first
 * sentences in title case from 53.9 to 58.3.
 */
static void
mix_caps(struct et_tagger *t, size_t n)
{
	for (size_t j = 0; j < n * ET_NTAGS; j++)
		t->emit[j] = 0.5f * (t->emit[j] + t->emit3[j]);
}

/*
 * Tables of results and standings ("Arsenal 2 Coventry 0", "Newcastle 4
 * 3 0 1 9 5 9", "Wasim Akram 5-42"): a sentence of capitalised words,
 * figures and punctuation, with at most one common word (in lower case,
 * or a capitalised one of the "lower" and "stop" lexicons: title case is
 * no table) for every two figures, and three figures or more or two
 * names before a score; the segmenter cuts such lines into sentences
 * (see table_line() in segment.c).  There the model has no context to
 * go by: a team comes out as a person ("Aston Villa") or a place, or is
 * missed.  Each run of capitalised words right before a score, or beside
 * "v", is a name: a country (national sides) is a place, as in
 * CoNLL-2003; a person when it starts with an initial or a first name
 * and has two words or more, or when the document has tagged its words
 * as a person only; else an organisation (clubs, including those named
 * after their towns).  A run that starts with a month or a weekday is a
 * date; one common word alone ("Total 296") is a name only if the model
 * says so.
 */

/* A score: a figure whose digit groups are at most 3 long, with at most
 * one hyphen (a date "1996-08-30", a year after a dateline's place or a
 * bowler's analysis "9-0-41-1" is not one). */
static int
score(const unsigned char *p, size_t len)
{
	size_t g = 0, hyphens = 0;

	if (!is_figure(p, len))
		return 0;
	for (size_t i = 0; i < len; i++) {
		g = p[i] >= '0' && p[i] <= '9' ? g + 1 : 0;
		hyphens += p[i] == '-';
		if (g > 3 || hyphens > 1)
			return 0;
	}
	return 1;
}

static int
tok_is(const unsigned char *buf, const struct token *t, const char *w)
{
	size_t len = strlen(w);

	return t->end - t->start == len && memcmp(buf + t->start, w, len) == 0;
}


static int
versus(const unsigned char *buf, const struct token *t)
{
	return tok_is(buf, t, "v") || tok_is(buf, t, "vs") ||
	    tok_is(buf, t, "v.") || tok_is(buf, t, "vs.");
}

/* Does the token start with a capital letter? */
static int
capitalised(const unsigned char *buf, const struct token *t)
{
	int32_t cp;

	if (buf[t->start] < 0x80)
		return asc_upper(buf[t->start]);
	u8_decode(buf + t->start, t->end - t->start, &cp);
	return u8_isupper(cp);
}

static int
lower_word(const unsigned char *buf, const struct token *t)
{
	return asc_lower(buf[t->start]);
}

/* A short lower-case word inside a name: "Newcastle upon Tyne",
 * "Racing de Santander". */
static int
particle(const unsigned char *buf, const struct token *toks, size_t n,
    size_t i)
{
	return i > 0 && i + 1 < n && lower_word(buf, &toks[i]) &&
	    toks[i].end - toks[i].start <= 4 && !versus(buf, &toks[i]) &&
	    capitalised(buf, &toks[i - 1]) && capitalised(buf, &toks[i + 1]);
}

static int
table_row(const struct et_tok *tk, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	size_t figs = 0, lower = 0, named = 0, label = 0;

	/* a label before a colon: "At The Oval : Lancashire 212 ..." */
	for (size_t i = 0; i < n && i < 6; i++)
		if (tok_is(buf, &toks[i], ":")) {
			label = i + 1;
			break;
		}
	for (size_t i = label; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start;
		if (is_figure(p, len))
			figs++;
		else if (lower_word(buf, &toks[i]) ? !versus(buf, &toks[i]) &&
		    !particle(buf, toks, n, i) :
		    (tk[i].gz[3] & (1u << G_LOWER | 1u << G_STOP)) != 0)
			lower++;
		else if (!capitalised(buf, &toks[i]) &&
		    !lower_word(buf, &toks[i]) && (tk[i].flags & ETF_HASALPHA))
			return 0;	/* a word of digits and letters */
	}
	for (size_t i = 0; i + 1 < n && figs == 2; i++)
		if (capitalised(buf, &toks[i]) && score(buf + toks[i + 1].start,
		    toks[i + 1].end - toks[i + 1].start))
			named++;
	/* a place in a numbered list: "2. Tomba 80" */
	if (n > 1 && is_figure(buf + toks[0].start, toks[0].end -
	    toks[0].start) && (buf[toks[0].end - 1] == '.' ||
	    tok_is(buf, &toks[1], ".")))
		named++;
	return figs >= 2 && lower * 2 <= figs && (figs > 2 || named == 2);
}

/* Whether p[0, len) is one of the n words w, whatever its case. */
static int
one_of(const unsigned char *p, size_t len, const char *const *w, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (len > 0 && (p[0] | 0x20) == (w[k][0] | 0x20) &&
		    strlen(w[k]) == len &&
		    strncasecmp((const char *)p, w[k], len) == 0)
			return 1;
	return 0;
}

/* Whether the token is w, whatever its case ("lost", "LOST"). */
static int
tok_is_ci(const unsigned char *buf, const struct token *t, const char *w)
{
	return one_of(buf + t->start, t->end - t->start, &w, 1);
}

static int
date_word(const unsigned char *buf, const struct token *t)
{
	static const char *const w[] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
		"Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"No", "Nos", "Week", "Day", "Round", "Game", "Race", "Stage",
		"Heat", "Group"
	};
	size_t len = t->end - t->start;

	if (len > 1 && buf[t->end - 1] == '.')
		len--;
	return one_of(buf + t->start, len, w, NWORDS(w));
}

static int
initial(const unsigned char *buf, const struct token *t)
{
	return t->end - t->start == 2 && asc_upper(buf[t->start]) &&
	    buf[t->start + 1] == '.';
}

/* Whether tokens [i, j) are a country of the lexicons. */
static int
country(const struct et_tok *tk, size_t i, size_t j)
{
	const uint32_t c = 1u << G_COUNTRY;

	return j == i + 1 ? (tk[i].gz[3] & c) != 0 :
	    (tk[i].gz[0] & c) && (tk[j - 1].gz[2] & c);
}

/* The type of the run [i, j) of a table's row, -1 for an organisation
 * without a clue; in_brackets is whether it is inside brackets, as the
 * scorers, batsmen and bowlers of a side are ("Pakistan 287 ( Saeed
 * Anwar 92 ; Muttiah Muralitharan 4-71 )"). */
static int
table_type(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i, size_t j, int in_brackets)
{
	const struct et_tok *tk = t->tk;
	unsigned mem = 0xff;

	if (country(tk, i, j))
		return ET_LOC;
	if (in_brackets || (j - i >= 2 && (initial(buf, &toks[i]) ||
	    (tk[i].gz[3] & (1u << G_FIRST)))))
		return ET_PER;
	for (size_t k = i; k < j; k++)
		if (tk[k].mem)
			mem &= tk[k].mem;
	return mem == 1u << ET_PER ? ET_PER : -1;	/* ORG, for want of a clue */
}

/*
 * The runs of a row's group (between brackets, semicolons, colons and
 * lone hyphens) name things of a kind: when one is a person by a clue, the
 * runs typed ORG for want of one are persons too ("Olympiakos - David
 * Rivers 22 , Dragan Tarlac 16").
 */
struct row_group {
	size_t start[16], end[16];	/* the runs typed ORG without a clue */
	size_t n;
	int per;			/* a run is a person by a clue */
};

static void
group_end(struct et_tagger *t, struct row_group *g)
{
	for (size_t k = 0; g->per && k < g->n; k++)
		set_run(t->tags, g->start[k], g->end[k], ET_PER);
	g->n = 0;
	g->per = 0;
}

static void
tag_table_row(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	static const char *const breaks[] = { "(", ")", ";", ":", "-" };
	struct row_group g = { .n = 0 };
	int depth = 0;

	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		int tagged = 0, ty;
		if (!capitalised(buf, &toks[i]) || date_word(buf, &toks[i])) {
			if (tok_is(buf, &toks[i], "("))
				depth++;
			else if (tok_is(buf, &toks[i], ")") && depth > 0)
				depth--;
			if (one_of(buf + toks[i].start, toks[i].end -
			    toks[i].start, breaks, NWORDS(breaks)))
				group_end(t, &g);
			i++;
			continue;
		}
		for (;;) {
			if (j < n && capitalised(buf, &toks[j]))
				j++;
			else if (j + 1 < n && (particle(buf, toks, n, j) ||
			    (tok_is(buf, &toks[j], "&") &&
			    capitalised(buf, &toks[j + 1]))))
				j += 2;
			else
				break;
		}
		if (!((j < n && (score(buf + toks[j].start,
		    toks[j].end - toks[j].start) || versus(buf, &toks[j]))) ||
		    (i > 0 && versus(buf, &toks[i - 1])))) {
			i = j;
			continue;
		}
		for (size_t k = i; k < j; k++)
			tagged |= t->tags[k] != 0;
		if (j > i + 1 || tagged || !(t->tk[i].gz[3] & (1u << G_LOWER))) {
			clear_overlapping(t->tags, n, i, j);
			ty = table_type(t, buf, toks, i, j, depth > 0);
			set_run(t->tags, i, j, ty < 0 ? ET_ORG : ty);
			g.per |= ty == ET_PER;
			if (ty < 0 && g.n < NWORDS(g.start)) {
				g.start[g.n] = i;
				g.end[g.n++] = j;
			}
		}
		i = j;
	}
	group_end(t, &g);
}

/*
 * Sides named after places in sports prose: "Leicestershire beat
 * Somerset", "Boston lost to Toronto", "Leeds manager Howard Wilkinson".
 * A place the model found right before or after a verb of a result, or
 * before a player's or a manager's role, is a team: an organisation, as
 * in CoNLL-2003, where clubs named after their towns are ORG.  A country
 * stays a place (national sides are LOC there too).
 */
static const char *const result_verbs[] = {
	"beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed",
	"trounced", "overcame", "outscored", "outplayed", "blanked"
};

/* A result: a score of two numbers ("1-1", "98-87"). */
static int
result(const unsigned char *buf, const struct token *t)
{
	const unsigned char *p = buf + t->start;
	size_t len = t->end - t->start;

	return score(p, len) && memchr(p, '-', len) != NULL &&
	    p[0] != '-' && p[len - 1] != '-';
}

/* "lost to", "drew with" or "draw with" at tokens k and k + 1 */
static int
result_pair(const unsigned char *buf, const struct token *toks, size_t k)
{
	return (tok_is_ci(buf, &toks[k], "lost") &&
	    tok_is_ci(buf, &toks[k + 1], "to")) ||
	    ((tok_is_ci(buf, &toks[k], "drew") ||
	    tok_is_ci(buf, &toks[k], "draw")) &&
	    tok_is_ci(buf, &toks[k + 1], "with"));
}

static int
team_before(const unsigned char *buf, const struct token *toks, size_t n,
    size_t j)
{
	static const char *const roles[] = {
		"manager", "coach", "striker", "midfielder", "defender",
		"goalkeeper", "captain", "skipper", "batsman", "bowler",
		"pitcher", "quarterback", "winger", "fullback", "playmaker"
	};
	static const char *const scored[] = {
		"drew", "draw", "won", "win", "lost", "lose", "tied", "led",
		"trailed"
	};
	const unsigned char *p = buf + toks[j].start;
	size_t len = toks[j].end - toks[j].start;

	if (one_of(p, len, roles, NWORDS(roles)))
		return 1;
	if (one_of(p, len, result_verbs, NWORDS(result_verbs)))
		/* not "Kiev beat back an assault" */
		return !(j + 1 < n && tok_is_ci(buf, &toks[j + 1], "back"));
	if (j + 1 < n && one_of(p, len, scored, NWORDS(scored)) &&
	    result(buf, &toks[j + 1]))
		return 1;	/* "Bolton drew 1-1", not "Texas won 52 percent" */
	return j + 1 < n && result_pair(buf, toks, j);
}

static int
team_after(const unsigned char *buf, const struct token *toks, size_t i)
{
	static const char *const wins[] = { "win", "victory", "triumph" };
	const struct token *w = &toks[i - 1];

	if (one_of(buf + w->start, w->end - w->start, result_verbs,
	    NWORDS(result_verbs)))
		return 1;
	if (i < 2)
		return 0;
	w = &toks[i - 2];
	return result_pair(buf, toks, i - 2) ||
	    (tok_is_ci(buf, &toks[i - 1], "with") && result(buf, w)) ||
	    (tok_is_ci(buf, &toks[i - 1], "over") &&
	    one_of(buf + w->start, w->end - w->start, wins, NWORDS(wins)));
}

/* The number of figures in a sentence (a row of a table in capitals,
 * "NEW YORK 5 BOSTON 3", is no headline). */
static size_t
figures(const unsigned char *buf, const struct token *toks, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += is_figure(buf + toks[i].start, toks[i].end - toks[i].start);
	return k;
}

/*
 * The length in words of a sport's slug that opens an all-caps sentence, a
 * wire headline: "CRICKET - SURREY CLOSE IN ON TITLE", "RUGBY UNION -
 * ..."; 0 for none.
 */
static size_t
sport_slug(const unsigned char *buf, const struct token *toks, size_t n)
{
	static const char *const sports[] = {
		"soccer", "football", "cricket", "rugby", "tennis", "golf",
		"basketball", "baseball", "hockey", "athletics", "cycling",
		"boxing", "racing", "motorcycling", "skiing", "swimming",
		"squash", "badminton", "volleyball", "handball", "sailing",
		"rowing", "snooker", "nfl", "nba", "nhl", "union", "league",
		"motor", "auto", "horse", "alpine", "ice", "judo", "wrestling",
		"gymnastics", "weightlifting", "fencing", "triathlon",
		"american", "australian", "rules", "gaelic", "track", "and",
		"field"
	};
	size_t i = 0;

	while (i + 1 < n && one_of(buf + toks[i].start, toks[i].end -
	    toks[i].start, sports, NWORDS(sports)))
		i++;
	return tok_is(buf, &toks[i], "-") ? i : 0;
}

/* Whether token i, a place, comes after a preposition of place (or its
 * "the"): "at The Oval", "in Melbourne", "from the Netherlands". */
static int
venue(const unsigned char *buf, const struct token *toks, size_t i)
{
	static const char *const preps[] = {
		"in", "at", "near", "from", "to", "of", "across", "outside",
		"around", "into", "through", "throughout", "toward", "towards",
		"via", "inside", "between", "and"
	};
	const struct token *p;

	if (i > 0 && tok_is_ci(buf, &toks[i - 1], "the"))
		i--;
	if (i == 0)
		return 0;
	p = &toks[i - 1];
	return one_of(buf + p->start, p->end - p->start, preps, NWORDS(preps));
}

/*
 * A name of two words or more that ends in the head of an organisation's
 * name (the orghead lexicon: "Eugenics Record Office", "London and South
 * Western Railway", "Collins College") is an organisation, whatever the
 * model made of it (a place, a MISC).  Not the heads that end the names
 * of places as well: a building ("Moscone Center", "St Paul's Church",
 * "Earls Court"), a country ("Czech Republic", "Soviet Union"), a front.
 * On the dev sets of MEANTIME, GUM and WikiGold five models gained 0,
 * 0.17 and 0.27 to 0.54 F1; without those exceptions MEANTIME lost 0.18.
 */
static int
org_head(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i, size_t j)
{
	static const char *const places[] = {
		"center", "centre", "church", "republic", "union", "court",
		"front"
	};
	const struct token *h = &toks[j - 1];

	/* heads the shipped model's lexicon lacks (lex/orghead.txt has
	 * them for the next model): "Cold Spring Harbor Laboratory",
	 * "British Library" (WikiGold dev +1.5, GUM +0.3) */
	static const char *const more[] = {
		"laboratory", "laboratories", "museum", "library", "observatory",
		"properties"
	};

	if (j - i < 2)
		return 0;
	return ((t->tk[j - 1].gz[3] & (1u << G_ORGHEAD)) &&
	    !one_of(buf + h->start, h->end - h->start, places,
	    NWORDS(places))) || one_of(buf + h->start, h->end - h->start, more,
	    NWORDS(more));
}

/* The type of the name that begins (begins = 1) or ends (0) at token k,
 * or -1. */
static int
name_at(const unsigned char *tags, size_t n, size_t k, int begins)
{
	int pos;

	if (k >= n || tags[k] == 0)
		return -1;
	pos = ET_TAG_POS(tags[k]);
	if (pos == 3 || pos == (begins ? 0 : 2))
		return ET_TAG_TYPE(tags[k]);
	return -1;
}

/* Whether the name [i, j) is a side of a result whose other side is an
 * organisation: "Chelsea beat Everton 3-1", "Everton lost to Chelsea". */
static int
against_org(const unsigned char *tags, const unsigned char *buf,
    const struct token *toks, size_t n, size_t i, size_t j)
{
	const struct token *w;

	if (j + 1 < n) {
		w = &toks[j];
		if (one_of(buf + w->start, w->end - w->start, result_verbs,
		    NWORDS(result_verbs)) && name_at(tags, n, j + 1, 1) ==
		    ET_ORG)
			return 1;
		if (j + 2 < n && result_pair(buf, toks, j) &&
		    name_at(tags, n, j + 2, 1) == ET_ORG)
			return 1;
	}
	if (i >= 2) {
		w = &toks[i - 1];
		if (one_of(buf + w->start, w->end - w->start, result_verbs,
		    NWORDS(result_verbs)) && name_at(tags, n, i - 2, 0) ==
		    ET_ORG)
			return 1;
		if (i >= 3 && result_pair(buf, toks, i - 2) &&
		    name_at(tags, n, i - 3, 0) == ET_ORG)
			return 1;
	}
	return 0;
}

/* Whether token k is a nationality of the lexicons, or one in -man or
 * -woman ("Welshman": "Welsh"). */
static int
demonym(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k)
{
	static const char *const ends[] = { "man", "men", "woman", "women" };
	const unsigned char *p = buf + toks[k].start;
	size_t len = toks[k].end - toks[k].start;

	if (t->tk[k].gz[3] & (1u << G_DEMONYM))
		return 1;
	for (size_t e = 0; e < NWORDS(ends); e++) {
		size_t l = strlen(ends[e]);
		if (len > l + 3 && memcmp(p + len - l, ends[e], l) == 0 &&
		    (lexclass(t->m, p, len - l) & (1u << G_DEMONYM)))
			return 1;
	}
	return 0;
}

/* Whether token k is the plural of a word of the lexicon class c
 * ("Senators", "Serbs"). */
static int
plural_of(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k, int c)
{
	const unsigned char *p = buf + toks[k].start;
	size_t len = toks[k].end - toks[k].start;

	return len > 3 && p[len - 1] == 's' &&
	    (lexclass(t->m, p, len - 1) & (1u << c)) != 0;
}

/*
 * Persons the model found that are not, or not only, persons:
 * - a side against an organisation is a team ("Chelsea beat Everton 3-1");
 * - one word after "the" that no name list nor the document has as a
 *   person is MISC ("the Nikkei dropped", "the Tagbanuas");
 * - one word the document has tagged only as a place, or only as an
 *   organisation, is that, unless a name list has it as a first name or a
 *   surname ("Coron" after "Coron Island");
 * - a nationality before a name is no part of it ("Swede Jonas Lindqvist",
 *   "Puerto Rican Felix Trinidad": MISC, then the person), unless the word
 *   is a first name as well ("Christian Bale", "Dane Cook") and no first
 *   name follows it ("German Marco Reinholt").
 */
static void
retype_persons(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0 || ET_TAG_TYPE(t->tags[i]) != ET_PER) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (against_org(t->tags, buf, toks, n, i, j))
			set_run(t->tags, i, j, ET_ORG);
		else if (j == i + 1 && i > 0 && tok_is_ci(buf, &toks[i - 1],
		    "the") && !(t->tk[i].mem & (1u << ET_PER)) &&
		    !(t->tk[i].gz[3] & (1u << G_FIRST | 1u << G_LAST)))
			set_run(t->tags, i, j, ET_MISC);
		else if (j == i + 1 && (t->tk[i].mem == 1u << ET_LOC ||
		    t->tk[i].mem == 1u << ET_ORG) &&
		    !(t->tk[i].gz[3] & (1u << G_FIRST | 1u << G_LAST)))
			set_run(t->tags, i, j, t->tk[i].mem == 1u << ET_LOC ?
			    ET_LOC : ET_ORG);
		else if (j - i >= 3 && (t->tk[i].gz[0] & (1u << G_DEMONYM)) &&
		    (t->tk[i + 1].gz[2] & (1u << G_DEMONYM))) {
			set_run(t->tags, i, i + 2, ET_MISC);	/* "Puerto Rican" */
			set_run(t->tags, i + 2, j, ET_PER);
		} else if (j - i >= 2 && demonym(t, buf, toks, i) &&
		    (!(t->tk[i].gz[3] & (1u << G_FIRST)) || (j - i >= 3 &&
		    (t->tk[i + 1].gz[3] & (1u << G_FIRST))))) {
			set_run(t->tags, i, i + 1, ET_MISC);
			set_run(t->tags, i + 1, j, ET_PER);
		}
	}
}

/*
 * A cricket scorecard names the fielder after "c" or "st" and the bowler
 * after "b" ("Sachin Tendulkar c Healy b McGrath 62", "lbw b Warne 4"):
 * persons, whatever the model made of them.  Only in a sentence with a
 * figure, as a batsman's line is.
 */
static void
scorecard(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	static const char *const marks[] = { "c", "b", "st" };
	size_t i, j;

	for (i = 0; i < n && !is_figure(buf + toks[i].start,
	    toks[i].end - toks[i].start); i++)
		;
	if (i == n)
		return;
	for (i = 0; i + 1 < n; i++) {
		const struct token *w = &toks[i];
		size_t len = w->end - w->start;
		if (len > 2 || buf[w->start] < 'a' || !one_of(buf + w->start,
		    len, marks, NWORDS(marks)))
			continue;
		for (j = i + 1; j < n && (capitalised(buf, &toks[j]) ||
		    initial(buf, &toks[j])); j++)
			;
		if (j == i + 1 || (j == i + 2 && initial(buf, &toks[i + 1])))
			continue;
		clear_overlapping(t->tags, n, i + 1, j);
		set_run(t->tags, i + 1, j, ET_PER);
		i = j - 1;
	}
}

/*
 * A company named with its country, "Tamarind Resources Inc of Canada",
 * is two names when a company's suffix ends the first; not "Bank of
 * France", "Voice of America", "Council of Ex-Muslims of Britain".  A
 * weekday or a month with its possessive opens no name ("Tuesday 's
 * Federal Open Market Committee").
 */
static void
split_names(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		size_t k;
		if (t->tags[i] == 0) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (j - i >= 3 && date_word(buf, &toks[i]) &&
		    edge_junk(&t->tk[i + 1], buf, &toks[i + 1])) {
			int ty = ET_TAG_TYPE(t->tags[i]);
			t->tags[i] = t->tags[i + 1] = 0;
			set_run(t->tags, i + 2, j, ty);
			j = i + 2;
			continue;
		}
		if (ET_TAG_TYPE(t->tags[i]) != ET_ORG || j - i < 3)
			continue;
		k = j - 2;
		while (k > i && !tok_is(buf, &toks[k], "of"))
			k--;
		if (k == i || !country(t->tk, k + 1, j) ||
		    !(t->tk[k - 1].gz[3] & (1u << G_ORGSUF)))
			continue;
		set_run(t->tags, i, k, ET_ORG);
		t->tags[k] = 0;
		set_run(t->tags, k + 1, j, ET_LOC);
	}
}

/* Whether p[0, len) names a model of a product: a number of two to four
 * digits, with up to three capitals before it and letters, digits or a
 * hyphen after it ("A380", "747-400", "777s", "A400M"); not a year. */
static int
model_number(const unsigned char *p, size_t len)
{
	size_t i = 0, d;

	while (i < len && i < 3 && p[i] >= 'A' && p[i] <= 'Z')
		i++;
	for (d = i; d < len && p[d] >= '0' && p[d] <= '9'; d++)
		;
	if (d - i < 2 || d - i > 4)
		return 0;
	if (i == 0 && d - i == 4 && (p[0] == '1' || p[0] == '2'))
		return 0;		/* 1996, 2008 */
	for (; d < len; d++)
		if (!((p[d] >= '0' && p[d] <= '9') || (p[d] >= 'A' &&
		    p[d] <= 'Z') || (p[d] >= 'a' && p[d] <= 'z') || p[d] == '-'))
			return 0;
	return 1;
}

/*
 * A maker and a model are a product, MISC: "Boeing 777", "Airbus
 * A330s", as MEANTIME has them ("Airbus A380").
 * Not before a unit: "Honda 30 yen", "Sony 100 shares".
 */
static void
products(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	static const char *const units[] = {
		"percent", "pct", "%", "million", "billion", "mln", "bln",
		"shares", "points", "yen", "cents", "pence", "dollars", "euros",
		"pounds", "marks", "francs", "to", "from", "at", "in"
	};

	for (size_t i = 0, j; i < n; i = j) {
		const struct token *m;
		if (t->tags[i] == 0) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (ET_TAG_TYPE(t->tags[i]) != ET_ORG || j >= n ||
		    t->tags[j] != 0)
			continue;
		m = &toks[j];
		if (!model_number(buf + m->start, m->end - m->start) ||
		    (j + 1 < n && one_of(buf + toks[j + 1].start,
		    toks[j + 1].end - toks[j + 1].start, units, NWORDS(units))))
			continue;
		set_run(t->tags, i, j + 1, ET_MISC);
		j++;
	}
}

/*
 * A title alone, or its plural, is no name ("Senators are not impartial",
 * "a Fellow of the Society"), unless it is a surname too ("Major", "King")
 * or the document has a person of that name; nor a place ("Queens").
 */
static void
titles(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t c = t->tk[i].gz[3];
		if (t->tags[i] == 0 || ET_TAG_POS(t->tags[i]) != 3 ||
		    ET_TAG_TYPE(t->tags[i]) == ET_LOC ||
		    (c & (1u << G_LAST)) || (t->tk[i].mem & (1u << ET_PER)))
			continue;
		if ((c & (1u << G_TITLE)) || plural_of(t, buf, toks, i, G_TITLE))
			t->tags[i] = 0;
	}
}

/*
 * What the model took for MISC and speaks is an organisation: "The
 * Kremlin said", "ITAR-TASS reported", "PG&E said".  Not a nationality
 * ("Serbs said"), nor a name that opens with a first name or an initial.
 */
static void
speakers(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	static const char *const says[] = {
		"said", "says", "told", "reported", "announced", "added",
		"quoted"
	};

	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (ET_TAG_TYPE(t->tags[i]) != ET_MISC || j >= n ||
		    !one_of(buf + toks[j].start, toks[j].end - toks[j].start,
		    says, NWORDS(says)) || demonym(t, buf, toks, i) ||
		    demonym(t, buf, toks, j - 1) ||
		    plural_of(t, buf, toks, j - 1, G_DEMONYM) ||
		    initial(buf, &toks[i]) || (t->tk[i].gz[3] & (1u << G_FIRST)))
			continue;
		set_run(t->tags, i, j, ET_ORG);
	}
}

/*
 * Stock indices are MISC, as MEANTIME has them: a name that ends
 * in "Average" or "Index" ("Dow Jones Industrial Average"), and a name or
 * a run of capitalised words (not first in the sentence: "Stock index
 * futures") right before "index" or "average", a number between allowed
 * ("the Nikkei average", "Hang Seng index", "S&P 500 index").
 */
static void
indices(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	static const char *const heads[] = { "index", "average" };
	/* names of indices only; their number is no part of the name, as
	 * MEANTIME has it ("the FTSE 100", "the S&P 500 index") */
	static const char *const names[] = {
		"FTSE", "S&P", "CAC", "DAX", "Nikkei", "Topix", "DJIA", "Kospi",
		"Sensex", "IBEX", "AEX", "Bovespa", "MSCI", "Stoxx"
	};

	for (size_t i = 0, j; i < n; i = j) {
		size_t k;
		if (asc_upper(buf[toks[i].start]) && one_of(buf + toks[i].start,
		    toks[i].end - toks[i].start, names, NWORDS(names)) &&
		    (t->tags[i] == 0 ||
		    ET_TAG_POS(t->tags[i]) == 0 || ET_TAG_POS(t->tags[i]) == 3)) {
			j = t->tags[i] ? run_end(t->tags, n, i) : i + 1;
			for (k = i + 1; k < j && !(t->tk[k].flags & ETF_ALLDIGIT);
			    k++)
				;
			memset(t->tags + i, 0, j - i);
			set_run(t->tags, i, k, ET_MISC);
			continue;
		}
		if (t->tags[i] == 0) {
			j = i;
			while (i > 0 && j < n && t->tags[j] == 0 &&
			    capitalised(buf, &toks[j]) &&
			    !(t->tk[j].gz[3] & (1u << G_STOP)))
				j++;
			if (j == i) {
				j = i + 1;
				continue;
			}
		} else
			j = run_end(t->tags, n, i);
		k = j < n && is_figure(buf + toks[j].start, toks[j].end -
		    toks[j].start) ? j + 1 : j;
		if ((k < n && lower_word(buf, &toks[k]) && one_of(buf +
		    toks[k].start, toks[k].end - toks[k].start, heads,
		    NWORDS(heads))) || (t->tags[i] != 0 && j - i >= 2 &&
		    !lower_word(buf, &toks[j - 1]) && one_of(buf +
		    toks[j - 1].start, toks[j - 1].end - toks[j - 1].start,
		    heads, NWORDS(heads))))
			set_run(t->tags, i, j, ET_MISC);
	}
}

/*
 * Where the model found no name, a word of Apple's kind, "iPhone",
 * "iPods", "iOS", is a product (its capital inside hides it from the
 * shape of names), and so is a model's designation alone, one or two
 * capitals and three digits or more: "A380", "B747", but not "M25", "G8"
 * nor "USD910".
 */
static void
i_products(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, k, c, d;
		if (t->tags[i] != 0 || len < 3)
			continue;
		if (p[0] == 'i' && p[1] >= 'A' && p[1] <= 'Z') {
			for (k = 2; k < len && p[k] >= 'a' && p[k] <= 'z'; k++)
				;
			if (k < len)
				for (k = 2; k < len && p[k] >= 'A' && p[k] <= 'Z';
				    k++)
					;
			if (k == len)
				t->tags[i] = (unsigned char)ET_TAG(ET_MISC, 3);
			continue;
		}
		for (c = 0; c < len && c < 3 && p[c] >= 'A' && p[c] <= 'Z'; c++)
			;
		if (c == 0 || c == 3 || !model_number(p, len))
			continue;	/* not a sum, "USD910" */
		for (d = c; d < len && p[d] >= '0' && p[d] <= '9'; d++)
			;
		if (d - c >= 3)
			t->tags[i] = (unsigned char)ET_TAG(ET_MISC, 3);
	}
}

/*
 * Sides (see above) and organisation heads: the names of places and MISC
 * the model found that are organisations.  In a story under a sport's
 * headline ("CRICKET - SURREY CLOSE IN ON TITLE") a place that is not a
 * country and not where something happens ("at The Oval") is a side too:
 * "Surrey moved within sight of the title", "a century against Glamorgan".
 * Then the persons (retype_persons), against the organisations found.
 */
static void
retype_names(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		int ty = ET_TAG_TYPE(t->tags[i]);
		if (t->tags[i] == 0 || ty == ET_ORG || ty == ET_PER) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (country(t->tk, i, j))
			continue;
		if (org_head(t, buf, toks, i, j) || (ty == ET_LOC &&
		    ((j < n && team_before(buf, toks, n, j)) ||
		    (i > 0 && team_after(buf, toks, i)) ||
		    (t->sport && !venue(buf, toks, i)))))
			set_run(t->tags, i, j, ET_ORG);
	}
	retype_persons(t, buf, toks, n);
	split_names(t, buf, toks, n);
	products(t, buf, toks, n);
	i_products(t, buf, toks, n);
	indices(t, buf, toks, n);
	titles(t, buf, toks, n);
	speakers(t, buf, toks, n);
}

/*
 * A dateline: places, capitalised and separated by commas, before a
 * date written in figures ("LONDON 1996-08-30", "AL-AIN , United Arab
 * Emirates 1996-12-06"), as the wire services open their stories.  Each
 * place is tagged LOC.
 */
static int
dateline(const unsigned char *buf, const struct token *toks, size_t n)
{
	const unsigned char *p;
	size_t len, g = 0, longest = 0;

	if (n < 2)
		return 0;
	p = buf + toks[n - 1].start;
	len = toks[n - 1].end - toks[n - 1].start;
	if (!is_figure(p, len) || memchr(p, '-', len) == NULL)
		return 0;
	for (size_t i = 0; i < len; i++) {
		g = p[i] >= '0' && p[i] <= '9' ? g + 1 : 0;
		longest = g > longest ? g : longest;
	}
	if (longest != 4 || !capitalised(buf, &toks[0]))
		return 0;
	for (size_t i = 1; i + 1 < n; i++)
		if (!capitalised(buf, &toks[i]) &&
		    !(tok_is(buf, &toks[i], ",") && capitalised(buf, &toks[i + 1])))
			return 0;
	return 1;
}

static void
tag_dateline(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i + 1 < n; i = j + 1) {
		for (j = i; j + 1 < n && !tok_is(buf, &toks[j], ","); j++)
			;
		clear_overlapping(t->tags, n, i, j);
		set_run(t->tags, i, j, ET_LOC);
	}
}

/* Viterbi, user phrases and the entity spans of the scores in t->emit
 * (tags in t->tags, spans in t->ents); returns the number of spans. */
static size_t
decode(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	size_t ne = 0;

	et_viterbi(t->emit, t->m->ftrans, n, NULL, t->tags, t->work, t->back);
	split_at_numbers(t, n);
	if (t->table)
		tag_table_row(t, buf, toks, n);
	else if (t->dateline)
		tag_dateline(t, buf, toks, n);
	else
		retype_names(t, buf, toks, n);
	if (!t->dateline)
		scorecard(t, buf, toks, n);
	if (t->slug)	/* "RUGBY UNION -" names no club */
		clear_overlapping(t->tags, n, 0, t->slug);
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
			while (a < b && ((c = currency(buf, toks, n, a)) ||
			    edge_out(&t->tk[a], buf, &toks[a], ty) ||
			    (money && is_figure(buf + toks[a].start,
			    toks[a].end - toks[a].start)))) {
				money |= c;
				t->tags[a++] = 0;
			}
			while (b > a && edge_out(&t->tk[b - 1], buf, &toks[b - 1],
			    ty))
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
	size_t ne, figs;
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
	figs = caps ? figures(buf, toks, n) : 0;
	t->slug = 0;
	if (caps && figs < 2) {	/* a headline, a new story */
		t->slug = sport_slug(buf, toks, n);
		t->sport = t->slug > 0;
	}
	t->table = (!caps || figs >= 3) && table_row(t->tk, buf, toks, n);
	t->dateline = dateline(buf, toks, n);
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
		et_tok_prepare(t->tk, t->tc, t->tctoks, n, &t->m->gaz,
		    &t->mem2);
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
