/*
 * sides.c - teams named after places are organisations, in sports prose
 * and in a story under a sport's slug, and the slug names nothing:
 *
 *   <LOC>Leeds</LOC> beat <LOC>Hull</LOC> 2-1
 *        ->  <ORG>Leeds</ORG> beat <ORG>Hull</ORG> 2-1           (sides)
 *   <ORG>RUGBY UNION</ORG> - LEEDS SIGN ...  ->  RUGBY UNION - LEEDS SIGN ...
 *                                                       (clear_slug)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * Sides named after places in sports prose: "Leicestershire beat
 * Somerset", "Boston lost to Toronto", "Leeds manager Howard Wilkinson".
 * A place the model found right before or after a verb of a result, or
 * before a player's or a manager's role, is a team: an organisation, as
 * in CoNLL-2003, where clubs named after their towns are ORG.  A country
 * stays a place (national sides are LOC there too).
 */

/* "lost to", "drew with" or "draw with" at tokens k and k + 1 */
static int
result_pair(const unsigned char *buf, const struct token *toks, size_t k)
{
	return (tok_is_ci(buf, &toks[k], "lost") &&
	           tok_is_ci(buf, &toks[k + 1], "to")) ||
	    ((tok_is_ci(buf, &toks[k], "drew") ||
	         tok_is_ci(buf, &toks[k], "draw")) &&
	        tok_is_ci(buf, &toks[k + 1], "with"));
}

static int
team_before(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, size_t j)
{
	if (word(t, j, EW_ROLE))
		return 1;
	if (word(t, j, EW_RESULT_VERB))
		/* not "Kiev beat back an assault" */
		return !(j + 1 < n && tok_is_ci(buf, &toks[j + 1], "back"));
	if (j + 1 < n && word(t, j, EW_SCORED) && fact(t, j + 1, FX_RESULT))
		return 1; /* "Bolton drew 1-1", not "Texas won 52 percent" */
	return j + 1 < n && result_pair(buf, toks, j);
}

static int
team_after(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i)
{
	if (word(t, i - 1, EW_RESULT_VERB))
		return 1;
	if (i < 2)
		return 0;
	return result_pair(buf, toks, i - 2) ||
	    (tok_is_ci(buf, &toks[i - 1], "with") &&
	        fact(t, i - 2, FX_RESULT)) ||
	    (tok_is_ci(buf, &toks[i - 1], "over") && word(t, i - 2, EW_WIN));
}

/*
 * The length in words of a sport's slug that opens an all-caps sentence, a
 * wire headline: "CRICKET - SURREY CLOSE IN ON TITLE", "RUGBY UNION -
 * ..."; 0 for none.
 */
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

/* Whether the name [i, j) is a side of a result whose other side is an
 * organisation: "Chelsea beat Everton 3-1", "Everton lost to Chelsea". */
int
against_org(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, size_t i, size_t j)
{
	const unsigned char *tags = t->tags;

	if (j + 1 < n) {
		if (word(t, j, EW_RESULT_VERB) &&
		    name_at(tags, n, j + 1, 1) == ET_ORG)
			return 1;
		if (j + 2 < n && result_pair(buf, toks, j) &&
		    name_at(tags, n, j + 2, 1) == ET_ORG)
			return 1;
	}
	if (i >= 2) {
		if (word(t, i - 1, EW_RESULT_VERB) &&
		    name_at(tags, n, i - 2, 0) == ET_ORG)
			return 1;
		if (i >= 3 && result_pair(buf, toks, i - 2) &&
		    name_at(tags, n, i - 3, 0) == ET_ORG)
			return 1;
	}
	return 0;
}

/*
 * Places the model found that are sides: before or after a result ("Leeds
 * beat Hull"), before a role ("Leeds manager"); with sport set, every
 * place of a story under a sport's headline ("CRICKET - SURREY CLOSE IN
 * ON TITLE") that is not a country and not where something happens ("at
 * The Oval"): "Surrey moved within sight of the title", "a century
 * against Glamorgan".
 */
static void
retype_sides(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int sport)
{
	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0 || ET_TAG_TYPE(t->tags[i]) != ET_LOC) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (country(t->tk, i, j))
			continue;
		if (sport ? !venue(t, buf, toks, i)
		          : (j < n && team_before(t, buf, toks, n, j)) ||
		            (i > 0 && team_after(t, buf, toks, i)))
			set_run(t->tags, i, j, ET_ORG);
	}
}

void
sides(struct et_tagger *t, const unsigned char *buf, const struct token *toks,
    size_t n)
{
	retype_sides(t, buf, toks, n, 0);
}

void
sport_sides(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	if (t->sport)
		retype_sides(t, buf, toks, n, 1);
}

/* "RUGBY UNION - LEEDS WIN" : the slug names no club. */
void
clear_slug(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	clear_overlapping(t->tags, n, 0, t->slug);
}
