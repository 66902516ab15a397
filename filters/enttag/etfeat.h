/*
 * etfeat.h - feature extraction shared by the tagger and the trainer
 *
 * Every feature is a 32-bit hash key (never 0).  A token yields at most
 * ET_MAXFEAT keys; the key list of a token ends at the first 0.
 */
#ifndef ETFEAT_H
#define ETFEAT_H

#include <stddef.h>
#include <stdint.h>

#include "enttag.h"
#include "lexicon.h"

#define ET_MAXFEAT 64
#define ET_GAZ_MAXLEN 6 /* longest gazetteer phrase, in tokens */

/* Gazetteer classes: bits of the 32-bit value stored with a phrase. */
// clang-format off
enum et_gaz_class {
	G_FIRST, G_LAST, G_COUNTRY, G_ADMIN, G_CITY, G_DEMONYM, G_ORGSUF,
	G_ORGHEAD, G_TITLE, G_LPER, G_LORG, G_LLOC, G_LMISC, G_LOCHEAD,
	G_MISCHEAD, G_STOP, G_ORGLIST, G_LOWER, G_NCLASSES
};
// clang-format on
extern const char *const et_gaz_class_names[G_NCLASSES];

/*
 * Word clusters (enttag-train --clusters) share the phrase table under a
 * key of their own, made from the word as written (et_cluster_key): a
 * coarse class in bits 18-23 and a fine one in bits 24-31, 0 for a word
 * with no cluster.  The classes are kept out of the lexicon bits, so a
 * key collision can at worst add a class to one word.
 */
#define G_CLASS_MASK ((1u << G_NCLASSES) - 1)
#define G_CL1_SHIFT 18
#define G_CL1_MAX 63
#define G_CL2_SHIFT 24
#define G_CL2_MAX 255

/*
 * Case-blind word clusters (enttag-train --lower-clusters), k-means classes
 * of word vectors at three sizes, stored under et_lcluster_key of the
 * lower-cased word: up to 255 classes in bits 0-7, 1023 in bits 8-17 and
 * 4095 in bits 18-29.  A key collision with a phrase can at worst give
 * one word wrong classes.
 */
#define LCL1_MAX 255
#define LCL2_SHIFT 8
#define LCL2_MAX 1023
#define LCL3_SHIFT 18
#define LCL3_MAX 4095

/*
 * An open-addressing table of phrase hashes (linear probing, 0 = empty),
 * with an optional filter of its keys: a key that the filter rules out is
 * not looked for in the table.  Most lookups (the phrases of two to six
 * tokens from each token) find nothing, and in the filter's 256 KiB such
 * a lookup costs less than a cache miss in the table's 4 MB.
 */
struct et_gaz {
	const uint32_t *keys;
	const uint32_t *vals;
	uint32_t mask;          /* capacity - 1; capacity a power of 2 */
	const uint64_t *filter; /* NULL, or 2^ET_FILTER_BITS bits */
};

/* The filter: the tree's blocked Bloom filter (common/lexicon.h) over
 * the keys, in 2^ET_FILTER_BITS bits.  Never a false "no", so lookups
 * find what they would find without it. */
#define ET_FILTER_BITS 21
static inline uint64_t
et_filter_hash(uint32_t key)
{
	return (uint64_t)key * 0x9e3779b97f4a7c15ULL;
}

static inline int
et_filter_maybe(const uint64_t *bits, uint32_t key)
{
	return lex_bloom_maybe(bits, ET_FILTER_BITS, et_filter_hash(key));
}

/* Document memory: lower-cased word hash -> types it was tagged with. */
struct et_mem {
	uint32_t *keys;
	unsigned char *vals;
	uint32_t mask, n;
};

// clang-format off
/* Per-token facts computed once per sentence. */
struct et_tok {
	uint64_t hw, hlw, hsh;		/* word, lower-cased, short shape */
	uint64_t hpre[3], hsuf[4];	/* lower-cased prefixes, suffixes */
	uint32_t gz[4];			/* gazetteer classes as B I L U */
	uint32_t cl;			/* word clusters, as stored */
	uint32_t lcl;			/* case-blind clusters, as stored */
	unsigned flags;
	unsigned char mem;		/* types seen in the document */
	unsigned char nocase;		/* its capitals say nothing: the
					 * case-blind clusters are read as
					 * for a lower-case word */
};
// clang-format on

// clang-format off
enum {
	ETF_INITCAP = 1, ETF_ALLCAP = 2, ETF_HASDIGIT = 4, ETF_ALLDIGIT = 8,
	ETF_PUNCT = 16, ETF_LOWER = 32, ETF_HASALPHA = 64, ETF_QUOTE = 128
};
// clang-format on

uint64_t et_hash_bytes(const unsigned char *s, size_t n, uint64_t h);
uint64_t et_mix(uint64_t x);
uint64_t et_hash_lower(const unsigned char *s, size_t n);
uint32_t et_phrase_key(uint64_t h);
uint64_t et_phrase_step(uint64_t h, uint64_t hlw);
uint32_t et_gaz_lookup(const struct et_gaz *, uint32_t key);
/* The table key of the clusters of a word whose et_hash_bytes is hw. */
uint32_t et_cluster_key(uint64_t hw);
/* The table key of the case-blind clusters of a word (its hlw). */
uint32_t et_lcluster_key(uint64_t hlw);

/* The key of the word feature of a word whose et_hash_bytes is hw (a
 * model holds it when the word, so written, was seen in training). */
uint32_t et_word_key(uint64_t hw);

/* Fills tk[0..n) from the token spans; gaz and mem may be NULL. */
void et_tok_prepare(struct et_tok *tk, const unsigned char *buf,
    const struct token *toks, size_t n, const struct et_gaz *gaz,
    const struct et_mem *mem);
/* Writes the feature keys of token i into out (0-terminated). */
size_t et_features(const struct et_tok *tk, size_t n, size_t i, uint32_t *out);

/* The same, under the keys of a model's all-caps part (feat.c). */
size_t et_features_caps(
    const struct et_tok *tk, size_t n, size_t i, uint32_t *out);
uint32_t et_caps_key(uint32_t key);

/* Only the case-blind features of token i. */
size_t et_features_lex(
    const struct et_tok *tk, size_t n, size_t i, uint32_t *out);
/* The document-memory part of et_features (at most ET_NTYPES keys). */
size_t et_mem_features(const struct et_tok *t, uint32_t *out);

void et_mem_init(struct et_mem *);
void et_mem_free(struct et_mem *);
void et_mem_clear(struct et_mem *);
/* Copies src into dst, both made by et_mem_init(). */
void et_mem_copy(struct et_mem *dst, const struct et_mem *src);
int et_mem_lookup(const struct et_mem *, uint32_t key);
/* Records the entities of a tagged sentence in the memory. */
void et_mem_learn(struct et_mem *, const struct et_tok *tk, size_t n,
    const unsigned char *tags);

/* Viterbi over BILOU with the forbidden transitions excluded.  emit is
 * n x ET_NTAGS, trans is (ET_NTAGS + 1) x ET_NTAGS (last row: start);
 * allowed (may be NULL) gives a mask of permitted tags per token. */
void et_viterbi(const float *emit, const float *trans, size_t n,
    const uint32_t *allowed, unsigned char *out, float *work,
    unsigned char *back);
int et_trans_ok(int prev, int cur); /* prev == ET_NTAGS: sentence start */

#endif
