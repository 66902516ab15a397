/*
 * slugs.c - a sport's slug that opens a wire headline in capitals names
 * nothing, and under it the places the model found are teams:
 *
 *   <ORG>RUGBY UNION</ORG> - LEEDS SIGN TWO FORWARDS
 *        ->  RUGBY UNION - LEEDS SIGN TWO FORWARDS          (clear_slug)
 *   CRICKET - KENT CLOSE IN ON TITLE / ... <LOC>Kent</LOC> moved within
 *   sight of the title at <LOC>Canterbury</LOC>
 *        ->  <ORG>Kent</ORG> moved ... at <LOC>Canterbury</LOC>
 *                                                       (sport_sides)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/* The length in words of a sport's slug that opens an all-caps sentence,
 * a wire headline: "CRICKET - KENT CLOSE IN ON TITLE", "RUGBY UNION -
 * ..."; 0 for none. */
size_t
sport_slug(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	size_t i = 0;

	while (i + 1 < n && word(t, i, EW_SPORT))
		i++;
	return tok_is(buf, &toks[i], "-") ? i : 0;
}

/* Whether token i, a place, comes after a preposition of place (or its
 * "the"): "at The Oval", "in Melbourne", "from the Netherlands". */
static int
venue(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i)
{
	if (i > 0 && tok_is_ci(buf, &toks[i - 1], "the"))
		i--;
	return i > 0 && word(t, i - 1, EW_VENUE_PREP);
}

/* In a story under a sport's slug, a place the model found that is not a
 * country and not where something happens is a side, an organisation, as
 * clubs named after their towns are in CoNLL-2003 (national sides stay
 * places). */
void
sport_sides(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	if (!t->sport)
		return;
	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0 || ET_TAG_TYPE(t->tags[i]) != ET_LOC) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (!country(t->tk, i, j) && !venue(t, buf, toks, i))
			set_run(t->tags, i, j, ET_ORG);
	}
}

/* "RUGBY UNION -": the slug names no club. */
void
clear_slug(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	clear_overlapping(t->tags, n, 0, t->slug);
}
