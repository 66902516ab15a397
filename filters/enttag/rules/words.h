/*
 * words.h - the post-rules' word lists (rules/words/ *.lst), compiled by
 * build-aux/gen-lexicon into one lexicon, et_words, whose flags say which
 * lists a word is in.  A list can change without retraining the model.
 */
#ifndef ET_WORDS_H
#define ET_WORDS_H

#include "lexicon.h"

enum {
	EW_MONEY = 1 << 0,       /* money.lst: "$", "£" */
	EW_DATE = 1 << 1,        /* dates.lst: "May", "Tue", "Round" */
	EW_DEMONYM_END = 1 << 2, /* demonym-ends.lst: "man", "women" */
	EW_BREAK = 1 << 3,       /* breaks.lst: "(", ";", "-" */
	EW_SPORT = 1 << 4,       /* sports.lst: "rugby", "union" */
	EW_VENUE_PREP = 1 << 5,  /* venue-preps.lst: "at", "in" */
	EW_PLACE_HEAD = 1 << 6,  /* place-heads.lst: "center", "republic" */
	EW_INDEX_NAME = 1 << 7,  /* index-names.lst: "FTSE", "Nikkei" */
	EW_INDEX_HEAD = 1 << 8,  /* index-heads.lst: "index", "average" */
	EW_SAY = 1 << 9,         /* says.lst: "said", "reported" */
	EW_PARTICLE = 1 << 10    /* particles.lst: "upon", "de" */
};

extern const struct lexicon et_words;

#endif
