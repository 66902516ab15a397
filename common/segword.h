/* segword.h - the word before a terminator run, for segment.c: where it
 * starts and whether it is a plain word (segword.c), and what kind of
 * word it is, inline here for the hot path (classify_word()).  Filters
 * call segment.h, not this. */
#ifndef NU_SEGWORD_H
#define NU_SEGWORD_H
#include <stddef.h>
#include <stdint.h>

#include "segscan.h"

/* What the word before a period is (classify_word()) */
enum abbr_class {
	AB_NONE,
	AB_TITLE,
	AB_NUMSIGN, /* "No." "pp.": a title before a figure */
	AB_ABBR,
	AB_INITIAL,
	AB_NUMBER
};

/* The word before a terminator run starting at t: back to white space,
 * past opening quotes and brackets.  *ws: its start. */
void seg_word_before(const unsigned char *s, size_t t, size_t *ws);

/* A word of letters only (apostrophes and hyphens inside allowed). */
int seg_plain_word(const unsigned char *w, size_t n);

/* Is w[0..wl) a postscript's mark, "P.S" or "PS" (the period after it
 * cut off), any case?  It opens its sentence and ends none: "P.S. By
 * the way", "PS. Love the site".  classify_word() asks only with a
 * period inside or of two letters. */
static inline int
seg_postscript_mark(const unsigned char *w, size_t wl)
{
	return (w[0] | 0x20) == 'p' && (w[wl - 1] | 0x20) == 's' &&
	    (wl == 2 || (wl == 3 && w[1] == '.'));
}

/* The word w[0..wl) before a period; limit: the end of the text. */
static inline enum abbr_class
classify_word(const struct segmenter *sg, const unsigned char *w, size_t wl,
    const unsigned char *limit)
{
	size_t i, letters = 0, digits = 0, dots = 0;
	struct lex_key k;

	if (wl == 0)
		return AB_NONE;
	for (i = 0; i < wl; i++) {
		unsigned char c = w[i];
		if (c == '.')
			dots++;
		else if (c >= '0' && c <= '9')
			digits++;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c >= 0x80)
			letters++;
	}
	if (digits > 0 && letters == 0)
		return AB_NUMBER;
	/* "U.S", "a.m", "Ph.D", "e.g" -- letters with inner periods */
	if (dots > 0 && letters > 0 && digits == 0 &&
	    letters <= 2 * (dots + 1) + 1)
		return seg_postscript_mark(w, wl) ? AB_TITLE : AB_ABBR;
	/* "J." "E." -- a single letter */
	if (wl == 1 && letters == 1)
		return AB_INITIAL;
	/* the compiled-in abbreviations are six letters or fewer: one key,
	 * each lexicon's Bloom filter (most words are in neither: "said."),
	 * then one probe of its index */
	if (wl <= 6 && lex_key_make(&k, w, wl, limit)) {
		uint32_t e = lexicon_maybe(&lex_abbrev_title, &k)
		    ? lexicon_key_slot(&lex_abbrev_title, &k)
		    : 0;

		if (e != 0)
			return lex_abbrev_title.slot[e - 1].flags & LEXF_NUMSIGN
			    ? AB_NUMSIGN
			    : AB_TITLE;
		if (lexicon_maybe(&lex_abbrev, &k) &&
		    lexicon_key_slot(&lex_abbrev, &k) != 0)
			return AB_ABBR;
	}
	if (sg->extra_abbrev != NULL && lexicon_has(sg->extra_abbrev, w, wl))
		return AB_ABBR;
	return wl == 2 && seg_postscript_mark(w, wl) ? AB_TITLE : AB_NONE;
}

/* Is w[0..wl) "a.m" or "p.m" (the period after it cut off), any case? */
static inline int
seg_time_abbrev(const unsigned char *w, size_t wl)
{
	return wl == 3 && w[1] == '.' && (w[2] | 0x20) == 'm' &&
	    ((w[0] | 0x20) == 'a' || (w[0] | 0x20) == 'p');
}

#endif
