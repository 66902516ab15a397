/*
 * rules.h - the post-rules: what the model's tags become in the light of
 * the sentence's layout and of a few words around a name.  Each runs on
 * t->tags over the sentence buf[toks[0..n)] as written; rules.c lists them
 * in the order they run.  Their files:
 *
 *   tables.c      rows of results and standings
 *   datelines.c   the places of a dateline
 *   orgs.c        organisations by their heads; MISC that speaks
 *   slugs.c       a sport's slug, and the teams of a story under one
 *   persons.c     persons that are MISC or places, or nationalities
 *   products.c    products and stock indices
 *   misc.c        nationalities
 */
#ifndef ET_RULES_H
#define ET_RULES_H

#include "../tagger.h"
#include "words.h"

typedef void post_rule_fn(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);

/* tables.c */
/* Whether the sentence is a row of a table. */
int table_row(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);
post_rule_fn tag_table_row;

/* datelines.c */
int dateline(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);
post_rule_fn tag_dateline;

/* orgs.c */
post_rule_fn org_heads, speakers;

/* slugs.c */
/* The words of a sport's slug that opens a headline, 0 for none. */
size_t sport_slug(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n);
post_rule_fn sport_sides, clear_slug;

/* persons.c */
post_rule_fn the_words, remembered_types, nationalities_first;

/* products.c */
post_rule_fn i_products, indices;

/* misc.c */
post_rule_fn nationalities;

/* ---- what the rules ask about tokens (facts.c) ---- */

/* Whether tokens [i, j) are a country of the lexicons. */
int country(const struct et_tok *tk, size_t i, size_t j);
/* A nationality of the lexicons, or one in -man, -woman ("Welshman"). */
int demonym(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k);
/* Whether token k is the plural of a word of lexicon class c. */
int plural_of(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k, int c);
/* The type of the name that begins (begins = 1) or ends (0) at token k,
 * or -1. */
int name_at(const unsigned char *tags, size_t n, size_t k, int begins);

#endif
