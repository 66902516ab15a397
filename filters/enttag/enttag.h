/*
 * enttag.h - the named-entity tagging engine (no I/O)
 *
 * A sentence is an array of tokens over a text buffer, from the core's
 * tokenizer (token.h: tokenize); the tagger returns entity spans (byte
 * offsets into the same buffer) with a type.
 * The model is a read-only blob (see model.c for its layout) that is used
 * in place: the compiled-in default is never copied or parsed.
 */
#ifndef ENTTAG_H
#define ENTTAG_H

#include <stddef.h>
#include <stdint.h>

#include "token.h"

/* Entity types, fixed by the suite's markup: <PER> <ORG> <LOC> <MISC>. */
enum et_type { ET_PER, ET_ORG, ET_LOC, ET_MISC, ET_NTYPES };

/* BILOU tags: O, then B I L U for each type. */
// clang-format off
#define ET_NTAGS (1 + 4 * ET_NTYPES)
#define ET_TAG(type, pos) (1 + 4 * (type) + (pos))  /* pos: 0 B 1 I 2 L 3 U */
#define ET_TAG_TYPE(tag) (((tag) - 1) / 4)
#define ET_TAG_POS(tag) (((tag) - 1) % 4)
// clang-format on

struct et_entity {
	size_t start, end;         /* byte offsets, end exclusive */
	size_t tok_start, tok_end; /* token indexes, end exclusive */
	int type;                  /* enum et_type */
};

struct et_model;
struct et_tagger;

extern const char *const et_type_names[ET_NTYPES];
int et_type_from_name(const char *s, size_t n); /* -1 if unknown */

/* model.c: checks a blob; NULL and *err set if it is not a valid model. */
struct et_model *et_model_open(
    const unsigned char *blob, size_t len, const char **err);
void et_model_close(struct et_model *);
/* model.c: a whole file in memory (exits 2 with a message on trouble). */
unsigned char *et_read_file(const char *path, size_t *len);

/* tagger.c */
struct et_tagger *et_tagger_new(const struct et_model *);
void et_tagger_free(struct et_tagger *);
/* Forget document memory (names seen): call at each document end. */
void et_tagger_reset(struct et_tagger *);
/* Adds a user phrase forced to a type (longest match wins); the phrase
 * is tokenized with tokenize() and matched case-sensitively. */
void et_tagger_force(
    struct et_tagger *, int type, const unsigned char *s, size_t n);
/*
 * Tags one sentence: ntok tokens over buf.  Returns the number of
 * entities, stored in an array owned by the tagger (valid until the next
 * call).  If tags is not NULL, it receives the BILOU tag of each token.
 */
size_t et_tag_sentence(struct et_tagger *, const unsigned char *buf,
    const struct token *toks, size_t ntok, struct et_entity **ents,
    unsigned char **tags);
/*
 * Headlines, in capitals only or in title case, name their subjects
 * before the text below them does, in normal case and in full.  So the
 * headlines that open a paragraph (enttag) or a document (enttag-train
 * --test) with text in lower case further down are tagged twice:
 *	et_tagger_shadow(t, ET_SHADOW_START);	the memory is copied
 *	(tag the headlines)			their first tags, unused
 *	et_tagger_shadow(t, ET_SHADOW_LEARN);	copy and memory learn
 *	(tag the text below)			as without headlines
 *	et_tagger_shadow(t, ET_SHADOW_USE);	the copy is used
 *	(tag the headlines again)		their tags
 *	et_tagger_shadow(t, ET_SHADOW_END);	the memory is back
 * The second time, the memory holds what came before the headlines and
 * what the text below taught, never the headlines' own first tags; the
 * text below is tagged as it would be without the second pass.
 *
 * et_headlines() returns how many of the nsent sentences are such
 * headlines (0 without text in lower case after them); sentence(ctx, s,
 * &buf, &toks, &ntok) gives sentence s.  *alone (if not NULL) is set when
 * the sentences are headlines and datelines only.
 */
typedef void et_sentence_fn(void *ctx, size_t s, const unsigned char **buf,
    const struct token **toks, size_t *ntok);
size_t et_headlines(const struct et_tagger *, size_t nsent,
    et_sentence_fn *sentence, void *ctx, int *alone);
// clang-format off
enum et_shadow {
	ET_SHADOW_END, ET_SHADOW_START, ET_SHADOW_LEARN, ET_SHADOW_USE
};
// clang-format on
void et_tagger_shadow(struct et_tagger *, enum et_shadow);

/*
 * The post-rules that follow the model (rules/rules.c), by name in the
 * order they run, for measuring what each is worth: et_rule_name(i) for
 * i < et_rule_count(); et_tagger_rule(t, i, 0) switches rule i off.
 */
size_t et_rule_count(void);
const char *et_rule_name(size_t i);
void et_tagger_rule(struct et_tagger *, size_t i, int on);

#endif
