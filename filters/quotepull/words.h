/*
 * words.h - word lists the attribution rules ask about (lex/citing.lst,
 * lex/quoted-words.lst) and the particles of names (lex/name-particles.lst,
 * lex/hyphen-particles.lst; mentions.c), compiled by build-aux/gen-lexicon
 * into a small lexicon of their own, qp_words, beside qp_lexicon
 * (qp_lexdata.c): a word's flags say which lists it is in.  qp_lexicon's
 * 32 flag bits are taken, and these lists change no word class the other
 * rules read.
 */
#ifndef QUOTEPULL_WORDS_H
#define QUOTEPULL_WORDS_H

#include "lexicon.h"

enum {
	W_CITING = 1 << 0,        /* citing.lst: "quoted", "citing" */
	W_QUOTED_WORDS = 1 << 1,  /* quoted-words.lst: "words", "motto" */
	W_NAME_PARTICLE = 1 << 2, /* name-particles.lst: "von", "bin" */
	W_HYPH_PARTICLE = 1 << 3  /* hyphen-particles.lst: "al", "el" */
};

extern const struct lexicon qp_words;

#endif
