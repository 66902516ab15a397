/*
 * train.h - enttag-train's library: the parts of training a model, the
 * CRFsuite way, each in a file of its own:
 *
 *   corpus.c      CoNLL files in memory (sentences, documents, BILOU gold)
 *   gazetteer.c   the phrase table a model carries (lexicons, clusters)
 *   perceptron.c  the averaged perceptron and its passes over a corpus
 *   export.c      averaged weights pruned and quantized to a model blob
 *   evaluate.c    a model scored on a corpus, as enttag tags it
 *
 * train.c is the command line on top of them.
 */
#ifndef ET_TRAIN_H
#define ET_TRAIN_H

#include <stdint.h>
#include <stdio.h>

#include "etmodel.h"

/* ---- corpus.c ---- */

enum sent_kind {
	S_CASED, /* text as written */
	S_BLIND, /* lower-cased text (-c) */
	S_UPPER, /* an upper-case copy (-U) */
	S_TITLE  /* a title-case copy (-T) */
};

struct corpus {
	struct buf_ {
		unsigned char *p;
		size_t len, cap;
	} text; /* token texts, each followed by ' ' */
	struct token *toks;
	uint32_t *allowed;   /* per token: mask of permitted tags */
	unsigned char *gold; /* per token: gold BILOU tag */
	size_t ntok, tcap;
	size_t *sent; /* sentence i: tokens [sent[i], sent[i+1]) */
	size_t nsent, scap;
	unsigned char *kind; /* per sentence: enum sent_kind */
	size_t *doc;         /* document i: sentences [doc[i], doc[i+1]) */
	size_t ndoc, dcap;
};

void corpus_init(struct corpus *);
void corpus_free(struct corpus *);
/* Reads a CoNLL file ("-": standard input); missing: mask of the tags its
 * annotation lacks (left open in training); blind: lower-cased text, for
 * the case-blind features only.  Bad input: a FILE:LINE message, exit 2. */
void corpus_read(
    struct corpus *, const char *path, uint32_t missing, int blind);
/* Adds an upper-case copy of every n-th document (the all-caps part). */
void corpus_add_upper(struct corpus *, size_t every);
/* Adds a title-case copy of every n-th document, from the first on. */
void corpus_add_title(struct corpus *, size_t every, size_t first);

/* ---- gazetteer.c ---- */

/* The phrase table under construction (struct et_gaz once exported). */
struct gazb {
	uint32_t *keys;
	uint32_t *vals;
	uint32_t mask, n;
};

/* The two cluster files (--clusters, --lower-clusters). */
struct clformat;
extern const struct clformat gaz_clusters_cased, gaz_clusters_lower;

void gazb_add(struct gazb *, uint32_t key, uint32_t val);
void gazb_free(struct gazb *);
/* Adds each line of path (first TAB field) to lexicon class cl. */
void gazb_read(struct gazb *, int cl, const char *path);
void gazb_read_clusters(
    struct gazb *, const char *path, const struct clformat *);
/* Adds the names annotated in a CoNLL file, by type ("the" dropped). */
void gazb_read_bio(struct gazb *, const char *path);

/* ---- perceptron.c ---- */

/* Feature weights, one row of ET_NTAGS per feature key. */
struct wtab {
	uint32_t *keys, *idx;
	uint32_t mask, n;
	float *w;
	double *u; /* sum of update time * delta, for averaging */
	size_t cap;
};

struct trainer {
	struct corpus *c;
	struct et_gaz gaz;
	struct et_tok *tk; /* per corpus token */
	uint32_t *feats;   /* static feature keys */
	size_t *foff;      /* token i: feats[foff[i], foff[i+1]) */
	struct wtab wt;
	struct gazb caps; /* the keys of the all-caps part */
	float tw[(ET_NTAGS + 1) * ET_NTAGS];
	double tu[(ET_NTAGS + 1) * ET_NTAGS];
	double time;
};

struct fit_opts {
	unsigned long iters, runs, seed;
	int quiet;
	/* Called after passes 3, 6, ... and the last one (of the last run
	 * when there are several), last set after the last pass; may be
	 * NULL. */
	void (*checkpoint)(void *ctx, const struct trainer *, int last);
	void *ctx;
};

/* Ready to train on c with the phrase table gz (features computed). */
void trainer_init(struct trainer *, struct corpus *c, const struct gazb *gz);
/* Trains: o->runs perceptrons on different orders of the documents, each
 * o->iters passes; the weights left in the trainer are the mean of their
 * averaged weights. */
void trainer_fit(struct trainer *, const struct fit_opts *o);
void trainer_free(struct trainer *);

/* ---- export.c ---- */

/* The model blob of the trainer's averaged weights: the strongest maxfeat
 * features of normal text, maxcaps of the all-caps part, int8 weights. */
unsigned char *export_model(const struct trainer *, const struct gazb *gz,
    size_t maxfeat, size_t maxcaps, uint32_t flags, size_t *lenp);

/* ---- evaluate.c ---- */

struct counts {
	size_t tp[ET_NTYPES], gold[ET_NTYPES], pred[ET_NTYPES];
};

/* Tags c with tg document by document, as enttag does, and counts the
 * entities; dump (may be NULL) gets token, gold and predicted tags. */
void evaluate(struct et_tagger *tg, const struct corpus *c, struct counts *ct,
    FILE *dump);
/* Writes "name TYPE P R F gold predicted" lines (per type if full, and
 * ALL); returns the F1 of ALL. */
double report(FILE *fp, const char *name, const struct counts *ct, int full);

#endif
