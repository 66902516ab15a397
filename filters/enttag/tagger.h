/*
 * tagger.h - the tagger's insides, shared by its files:
 *
 *   tagger.c       model scores, Viterbi, the post-rules' run, entity spans
 *   truecase.c     sentences in capitals or title case, scored from a
 *                  recased copy as well
 *   forced.c       user phrases (--gazetteer) forced over the model
 *   facts.c        facts about each token and the sentence, made once
 *   rules/rules.c  the post-rules, in the order they run (post_rules[]);
 *                  rules/ holds one family a file
 */
#ifndef ET_TAGGER_H
#define ET_TAGGER_H

#include "etmodel.h"

#define NWORDS(w) (sizeof(w) / sizeof *(w))

/* User phrases: exact phrase hashes -> type + 1 (forced.c). */
struct forced {
	uint32_t *keys;
	unsigned char *vals; /* type + 1; 0 empty */
	uint32_t mask, n;
	size_t maxlen;
};

/* Facts about a token of the sentence as written, made once a sentence
 * (facts.c) for the post-rules and the spans. */
struct et_fact {
	uint16_t shape; /* FX_* */
	uint32_t words; /* EW_*: the rules' word lists it is in (words.h) */
};

enum {
	FX_CAP = 1 << 0,     /* starts with a capital letter, of any script */
	FX_LOWER = 1 << 1,   /* starts with an ASCII lower-case letter */
	FX_FIGURE = 1 << 2,  /* a figure: "12", "3-1", "1996-08-30" */
	FX_SCORE = 1 << 3,   /* a figure of short digit groups: "3", "5-42" */
	FX_RESULT = 1 << 4,  /* a score of two numbers: "2-1", "98-87" */
	FX_INITIAL = 1 << 5, /* "J." */
	FX_VERSUS = 1 << 6   /* "v", "vs", "v.", "vs." */
};

struct et_tagger {
	const struct et_model *m;
	size_t cap;
	struct et_tok *tk;  /* the features' facts (of a recased copy) */
	struct et_fact *fx; /* the rules' facts (of the text as written) */
	float *emit;
	float *emit2;    /* a recased sentence as written */
	float *emit3;    /* ..., by the model's all-caps part */
	uint32_t *feats; /* ET_MAXFEAT keys per token */
	unsigned char *tags, *back;
	float work[2 * ET_NTAGS];
	struct et_entity *ents;
	struct et_mem mem;
	struct et_mem mem2;        /* for recased sentences, see tagger.c */
	struct et_mem smem, smem2; /* their shadows: et_tagger_shadow() */
	int shadow;                /* the last et_tagger_shadow() mode */
	struct forced forced;
	struct tokvec ftoks;
	unsigned char *tc; /* truecased copy of a sentence */
	size_t tccap;
	struct token *tctoks; /* its tokens, offsets into tc */
	int table;            /* the sentence is a table row */
	int dateline;         /* or a dateline */
	int sport;            /* the story's headline is a sport's */
	size_t slug;          /* words of the sentence's sport slug */
	uint32_t rules_off;   /* bit r: post_rules[r] is switched off */
};

/* ---- tagger.c: spans ---- */

/* Writes a BILOU run of one type over tokens [i, j). */
void set_run(unsigned char *tags, size_t i, size_t j, int type);
/* Clears every entity that overlaps tokens [i, j). */
void clear_overlapping(unsigned char *tags, size_t n, size_t i, size_t j);
/* The end of the span that starts at i (its tag not O). */
size_t run_end(const unsigned char *tags, size_t n, size_t i);
/* Possessives and punctuation: never part of a name ("GM's" -> GM). */
int edge_junk(
    const struct et_tok *tk, const unsigned char *buf, const struct token *s);
/* Sums the model's weights of the features of each token in t->emit;
 * caps: under the keys of the all-caps part. */
void score_tokens(struct et_tagger *t, size_t n, int caps);

/* ---- facts.c ---- */

/* Whether token i has the fact f (FX_*). */
static inline int
fact(const struct et_tagger *t, size_t i, unsigned f)
{
	return (t->fx[i].shape & f) != 0;
}

/* Whether token i is in one of the word lists of w (EW_*, words.h). */
static inline int
word(const struct et_tagger *t, size_t i, uint32_t w)
{
	return (t->fx[i].words & w) != 0;
}

/* The facts of the sentence's tokens (t->fx) and of the sentence: a row
 * of a table, a dateline, a sport's slug; caps: it is in capitals. */
void et_facts(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int caps);
int tok_is(const unsigned char *buf, const struct token *t, const char *w);
/* Whether the token is w, whatever its case ("lost", "LOST"). */
int tok_is_ci(const unsigned char *buf, const struct token *t, const char *w);
/* The lexicon classes of a word (see etfeat.h). */
uint32_t lexclass(const struct et_model *m, const unsigned char *w, size_t len);
/* Words the lexicons have in lower case: the "lower" and "stop" lists. */
#define LOWER_CLASSES (1u << G_LOWER | 1u << G_STOP)
int asc_upper(unsigned char c);
int asc_lower(unsigned char c);

/* ---- truecase.c ---- */

int shouting(const unsigned char *buf, const struct token *toks, size_t n);
int titlecase(const struct et_model *m, const unsigned char *buf,
    const struct token *toks, size_t n);
/* Scores a sentence in capitals (caps) or title case from a recased copy
 * as well; see truecase.c. */
enum { RC_TITLE, RC_TRUE, RC_UPPER };
void recase(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int how);
void mix_scores(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);
void score_caps_part(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int caps);
void mix_caps(struct et_tagger *t, size_t n);

/* ---- forced.c ---- */

/* User phrases: the longest match at each position wins over the model. */
void apply_forced(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);
void forced_free(struct forced *f);

/* ---- rules/ ---- */

/* Runs the post-rules of post_rules[] (rules/rules.c) on t->tags. */
void et_post_rules(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);

#endif
