/*
 * words.h - the word lists the rules ask about (lex/ *.lst without a
 * class), compiled by build-aux/gen-lexicon into one lexicon, dn_words,
 * beside dn_lexicon (dn_lexdata.c): a word's flags say which lists it is
 * in, and rules.h's word_in() asks.  A list can change without touching
 * the rules, and without changing what dn_lexicon knows (its words lead
 * an expression, and a word it does not know is a common one).
 */
#ifndef DATENORM_WORDS_H
#define DATENORM_WORDS_H

#include "lexicon.h"

enum {
	W_PRACTICE = 1 << 0,    /* practices.lst: "trade", "prayers" */
	W_LENGTH_VERB = 1 << 1, /* length-verbs.lst: "took", "spent" */
	W_COUNTED = 1 << 2,     /* counted.lst: "billion", "barrels" */
	W_OWNER = 1 << 3,       /* owners.lst: "their", "its" */
	W_MODAL = 1 << 4,       /* modals.lst: "could", "must" */
	W_OFFICE = 1 << 5,      /* offices.lst: "president", "coach" */
	W_SUPERLATIVE = 1 << 6, /* superlatives.lst: "best", "busiest" */
	W_SESSION = 1 << 7,     /* sessions.lst: "trading", "session" */
	W_YEAR_OWNER = 1 << 8,  /* year-owners.lst: "their", "its" */
	W_COUNT_NOUN = 1 << 9,  /* count-nouns.lst: "people", "million" */
	W_AUXILIARY = 1 << 10   /* auxiliaries.lst: "be", "has" */
};

extern const struct lexicon dn_words;
/* the shapes of the words of some lists (lex_shape_maybe()), which tell
 * most other words from them with no look-up */
extern const struct lex_shape dn_shape_count_noun;
extern const struct lex_shape dn_shape_auxiliary;

#endif
