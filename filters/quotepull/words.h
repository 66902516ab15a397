/*
 * words.h - word lists the attribution rules ask about (lex/citing.lst,
 * lex/quoted-words.lst), compiled by build-aux/gen-lexicon into a small
 * lexicon of their own, qp_words, beside qp_lexicon (qp_lexdata.c): a
 * word's flags say which lists it is in.  qp_lexicon's 32 flag bits are
 * taken, and these lists change no word class the other rules read.
 */
#ifndef QUOTEPULL_WORDS_H
#define QUOTEPULL_WORDS_H

#include "lexicon.h"

enum {
	W_CITING = 1 << 0,      /* citing.lst: "quoted", "citing" */
	W_QUOTED_WORDS = 1 << 1 /* quoted-words.lst: "words", "motto" */
};

extern const struct lexicon qp_words;

#endif
