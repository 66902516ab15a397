/*
 * perceptron.c - the averaged perceptron over hashed features, BILOU tags
 * and Viterbi decoding, with a document memory as enttag has; several
 * perceptrons trained on different orders of the documents are averaged.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "train.h"
#include "xalloc.h"

static long
wtab_find(const struct wtab *t, uint32_t key)
{
	for (uint32_t i = key & t->mask;; i = (i + 1) & t->mask) {
		if (t->keys[i] == key)
			return t->idx[i];
		if (t->keys[i] == 0)
			return -1;
	}
}

static void
wtab_rehash(struct wtab *t, uint32_t ncap)
{
	uint32_t *ok = t->keys, *oi = t->idx, ocap = t->keys ? t->mask + 1 : 0;

	t->keys = xcalloc(ncap, sizeof *t->keys);
	t->idx = xcalloc(ncap, sizeof *t->idx);
	t->mask = ncap - 1;
	for (uint32_t j = 0; j < ocap; j++)
		if (ok[j]) {
			uint32_t i;
			for (i = ok[j] & t->mask; t->keys[i];
			     i = (i + 1) & t->mask)
				;
			t->keys[i] = ok[j];
			t->idx[i] = oi[j];
		}
	free(ok);
	free(oi);
}

static size_t
wtab_get(struct wtab *t, uint32_t key)
{
	uint32_t i;

	if ((t->n + 1) * 2 > t->mask + 1)
		wtab_rehash(t, (t->mask + 1) * 2);
	for (i = key & t->mask; t->keys[i] && t->keys[i] != key;
	     i = (i + 1) & t->mask)
		;
	if (t->keys[i] == key)
		return t->idx[i];
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1 << 16;
		t->w = xreallocarray(t->w, t->cap * ET_NTAGS, sizeof *t->w);
		t->u = xreallocarray(t->u, t->cap * ET_NTAGS, sizeof *t->u);
	}
	memset(t->w + (size_t)t->n * ET_NTAGS, 0, ET_NTAGS * sizeof *t->w);
	memset(t->u + (size_t)t->n * ET_NTAGS, 0, ET_NTAGS * sizeof *t->u);
	t->keys[i] = key;
	t->idx[i] = t->n;
	return t->n++;
}

/* The static features of every token of the corpus, and the keys of the
 * all-caps part. */
static void
precompute(struct trainer *tr)
{
	struct corpus *c = tr->c;
	size_t cap = c->ntok * 40 + 64, nf = 0;

	tr->tk = xreallocarray(NULL, c->ntok + 1, sizeof *tr->tk);
	tr->foff = xreallocarray(NULL, c->ntok + 1, sizeof *tr->foff);
	tr->feats = xreallocarray(NULL, cap, sizeof *tr->feats);
	for (size_t s = 0; s < c->nsent; s++) {
		size_t b = c->sent[s], n = c->sent[s + 1] - b;
		et_tok_prepare(
		    tr->tk + b, c->text.p, c->toks + b, n, &tr->gaz, NULL);
		for (size_t i = 0;
		     (c->kind[s] == S_UPPER || c->kind[s] == S_TITLE) && i < n;
		     i++)
			tr->tk[b + i].nocase = 1; /* as et_tag_sentence */
		for (size_t i = 0; i < n; i++) {
			if (nf + ET_MAXFEAT > cap) {
				cap *= 2;
				tr->feats = xreallocarray(
				    tr->feats, cap, sizeof *tr->feats);
			}
			tr->foff[b + i] = nf;
			if (c->kind[s] == S_UPPER) {
				size_t k = et_features_caps(
				    tr->tk + b, n, i, tr->feats + nf);
				for (size_t f = nf; f < nf + k; f++)
					gazb_add(&tr->caps, tr->feats[f], 1);
				nf += k;
			} else if (c->kind[s] == S_BLIND)
				nf += et_features_lex(
				    tr->tk + b, n, i, tr->feats + nf);
			else
				nf += et_features(
				    tr->tk + b, n, i, tr->feats + nf);
		}
	}
	tr->foff[c->ntok] = nf;
	if (tr->caps.n > 0) {
		/* and the memory features, which come during training */
		struct et_tok t = { .mem = (1u << ET_NTYPES) - 1 };
		uint32_t memf[ET_NTYPES + 1];
		for (int c1 = 0; c1 < 2; c1++) {
			t.flags = c1 ? ETF_INITCAP : 0;
			for (size_t f = 0, k = et_mem_features(&t, memf); f < k;
			     f++)
				gazb_add(&tr->caps, et_caps_key(memf[f]), 1);
		}
	}
}

static void
update(struct trainer *tr, uint32_t key, int tag, float d)
{
	size_t j = wtab_get(&tr->wt, key) * ET_NTAGS + (size_t)tag;

	tr->wt.w[j] += d;
	tr->wt.u[j] += tr->time * d;
}

static void
tupdate(struct trainer *tr, int prev, int cur, float d)
{
	tr->tw[prev * ET_NTAGS + cur] += d;
	tr->tu[prev * ET_NTAGS + cur] += tr->time * d;
}

/* The memory features of token t of sentence s. */
static size_t
mem_features(
    const struct corpus *c, size_t s, const struct et_tok *t, uint32_t *out)
{
	size_t k = et_mem_features(t, out);

	for (size_t f = 0; c->kind[s] == S_UPPER && f < k; f++)
		out[f] = et_caps_key(out[f]);
	return k;
}

/* One perceptron step on sentence s; returns 1 if it made a mistake. */
static int
train_sentence(struct trainer *tr, size_t s, struct et_mem *mem, float *emit,
    unsigned char *pred, unsigned char *gold, float *work, unsigned char *back)
{
	struct corpus *c = tr->c;
	size_t b = c->sent[s], n = c->sent[s + 1] - b;
	uint32_t memf[ET_NTYPES + 1];
	int partial = 0, wrong = 0;

	for (size_t i = 0; i < n; i++) {
		struct et_tok *t = &tr->tk[b + i];
		float *e = emit + i * ET_NTAGS;
		size_t nm;
		t->mem = c->kind[s] == S_BLIND
		    ? 0
		    : (unsigned char)et_mem_lookup(mem, et_phrase_key(t->hlw));
		nm = mem_features(c, s, t, memf);
		memset(e, 0, ET_NTAGS * sizeof *e);
		for (size_t f = tr->foff[b + i]; f < tr->foff[b + i + 1] + nm;
		     f++) {
			uint32_t key = f < tr->foff[b + i + 1]
			    ? tr->feats[f]
			    : memf[f - tr->foff[b + i + 1]];
			long k = wtab_find(&tr->wt, key);
			if (k >= 0) {
				const float *w = tr->wt.w +
				    (size_t)k * ET_NTAGS;
				for (int g = 0; g < ET_NTAGS; g++)
					e[g] += w[g];
			}
		}
		if (__builtin_popcount(c->allowed[b + i]) != 1)
			partial = 1;
	}
	et_viterbi(emit, tr->tw, n, NULL, pred, work, back);
	if (partial)
		et_viterbi(emit, tr->tw, n, c->allowed + b, gold, work, back);
	else
		memcpy(gold, c->gold + b, n);
	for (size_t i = 0; i < n; i++) {
		int pp = i ? pred[i - 1] : ET_NTAGS,
		    gp = i ? gold[i - 1] : ET_NTAGS;
		if (pred[i] != gold[i]) {
			struct et_tok *t = &tr->tk[b + i];
			size_t nm = mem_features(c, s, t, memf);
			wrong = 1;
			for (size_t f = tr->foff[b + i];
			     f < tr->foff[b + i + 1]; f++) {
				update(tr, tr->feats[f], gold[i], 1);
				update(tr, tr->feats[f], pred[i], -1);
			}
			for (size_t f = 0; f < nm; f++) {
				update(tr, memf[f], gold[i], 1);
				update(tr, memf[f], pred[i], -1);
			}
		}
		if (pred[i] != gold[i] || pp != gp) {
			tupdate(tr, gp, gold[i], 1);
			tupdate(tr, pp, pred[i], -1);
		}
	}
	et_mem_learn(mem, tr->tk + b, n, pred);
	tr->time += 1;
	return wrong;
}

static uint64_t
rng_next(uint64_t *s)
{
	*s += 0x9e3779b97f4a7c15ULL;
	return et_mix(*s);
}

/* Adds factor times the averaged weights of tr to ens (an ensemble of
 * perceptrons trained on different orders of the data). */
static void
ensemble_add(
    struct wtab *ens, float *ens_tw, const struct trainer *tr, double factor)
{
	const struct wtab *wt = &tr->wt;
	double T = tr->time > 0 ? tr->time : 1;

	for (uint32_t i = 0; i <= wt->mask; i++) {
		size_t f, k;
		if (wt->keys[i] == 0)
			continue;
		f = wt->idx[i];
		k = wtab_get(ens, wt->keys[i]);
		for (int g = 0; g < ET_NTAGS; g++) {
			size_t j = f * ET_NTAGS + (size_t)g;
			ens->w[k * ET_NTAGS + (size_t)g] +=
			    (float)((wt->w[j] - wt->u[j] / T) * factor);
		}
	}
	for (int j = 0; j < (ET_NTAGS + 1) * ET_NTAGS; j++)
		ens_tw[j] += (float)((tr->tw[j] - tr->tu[j] / T) * factor);
}


void
trainer_init(struct trainer *tr, struct corpus *c, const struct gazb *gz)
{
	memset(tr, 0, sizeof *tr);
	tr->c = c;
	tr->gaz.keys = gz->keys;
	tr->gaz.vals = gz->vals;
	tr->gaz.mask = gz->mask;
	precompute(tr);
	wtab_rehash(&tr->wt, 1 << 20);
}

static void
wtab_free(struct wtab *t)
{
	free(t->keys);
	free(t->idx);
	free(t->w);
	free(t->u);
	memset(t, 0, sizeof *t);
}

void
trainer_fit(struct trainer *tr, const struct fit_opts *o)
{
	const struct corpus *c = tr->c;
	size_t maxn = 1,
	       *order = xreallocarray(NULL, c->ndoc + 1, sizeof *order);
	float *emit, work[2 * ET_NTAGS];
	unsigned char *pred, *gold, *back;
	struct et_mem mem;
	uint64_t rs = o->seed;
	struct wtab ens = { 0 };
	float ens_tw[(ET_NTAGS + 1) * ET_NTAGS] = { 0 };

	for (size_t s = 0; s < c->nsent; s++)
		if (c->sent[s + 1] - c->sent[s] > maxn)
			maxn = c->sent[s + 1] - c->sent[s];
	emit = xreallocarray(NULL, maxn * ET_NTAGS, sizeof *emit);
	back = xreallocarray(NULL, maxn, ET_NTAGS);
	pred = xrealloc(NULL, maxn);
	gold = xrealloc(NULL, maxn);
	et_mem_init(&mem);
	wtab_rehash(&ens, 1 << 20);
	for (size_t d = 0; d < c->ndoc; d++)
		order[d] = d;
	for (unsigned long run = 0; run < o->runs; run++) {
		if (run > 0) {
			/* a fresh perceptron, another order of the documents */
			wtab_free(&tr->wt);
			wtab_rehash(&tr->wt, 1 << 20);
			memset(tr->tw, 0, sizeof tr->tw);
			memset(tr->tu, 0, sizeof tr->tu);
			tr->time = 0;
			rs = o->seed + run * 7919;
			for (size_t d = 0; d < c->ndoc; d++)
				order[d] = d;
		}
		for (unsigned long it = 0; it < o->iters; it++) {
			size_t wrong = 0;
			for (size_t d = c->ndoc; d > 1; d--) {
				size_t j = rng_next(&rs) % d, t = order[d - 1];
				order[d - 1] = order[j];
				order[j] = t;
			}
			for (size_t k = 0; k < c->ndoc; k++) {
				size_t d = order[k];
				et_mem_clear(&mem);
				for (size_t s = c->doc[d]; s < c->doc[d + 1];
				     s++)
					wrong += (size_t)train_sentence(tr, s,
					    &mem, emit, pred, gold, work, back);
			}
			if (!o->quiet)
				fprintf(stderr,
				    "%s: pass %lu: %zu of %zu sentences "
				    "wrong, %u features\n",
				    progname(), it + 1, wrong, c->nsent,
				    tr->wt.n);
			if (o->checkpoint != NULL &&
			    (it + 1 == o->iters || it % 3 == 2) &&
			    (o->runs == 1 || it + 1 == o->iters))
				o->checkpoint(o->ctx, tr, it + 1 == o->iters);
		}
		ensemble_add(&ens, ens_tw, tr, 1.0 / (double)o->runs);
	}
	/* the final weights: the mean of the runs' averaged weights */
	wtab_free(&tr->wt);
	tr->wt = ens;
	memcpy(tr->tw, ens_tw, sizeof tr->tw);
	memset(tr->tu, 0, sizeof tr->tu);
	tr->time = 1;
	free(order);
	free(emit);
	free(back);
	free(pred);
	free(gold);
	et_mem_free(&mem);
}

void
trainer_free(struct trainer *tr)
{
	wtab_free(&tr->wt);
	free(tr->tk);
	free(tr->feats);
	free(tr->foff);
	gazb_free(&tr->caps);
}
