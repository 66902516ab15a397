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
static const char *const result_verbs[] = {
	"beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed",
	"trounced", "overcame", "outscored", "outplayed", "blanked"
};

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
	static const char *const roles[] = {
		"manager", "coach", "striker", "midfielder", "defender",
		"goalkeeper", "captain", "skipper", "batsman", "bowler",
		"pitcher", "quarterback", "winger", "fullback", "playmaker"
	};
	static const char *const scored[] = {
		"drew", "draw", "won", "win", "lost", "lose", "tied", "led",
		"trailed"
	};
	const unsigned char *p = buf + toks[j].start;
	size_t len = toks[j].end - toks[j].start;

	if (one_of(p, len, roles, NWORDS(roles)))
		return 1;
	if (one_of(p, len, result_verbs, NWORDS(result_verbs)))
		/* not "Kiev beat back an assault" */
		return !(j + 1 < n && tok_is_ci(buf, &toks[j + 1], "back"));
	if (j + 1 < n && one_of(p, len, scored, NWORDS(scored)) &&
	    fact(t, j + 1, FX_RESULT))
		return 1;	/* "Bolton drew 1-1", not "Texas won 52 percent" */
	return j + 1 < n && result_pair(buf, toks, j);
}

static int
team_after(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i)
{
	static const char *const wins[] = { "win", "victory", "triumph" };
	const struct token *w = &toks[i - 1];

	if (one_of(buf + w->start, w->end - w->start, result_verbs,
	    NWORDS(result_verbs)))
		return 1;
	if (i < 2)
		return 0;
	w = &toks[i - 2];
	return result_pair(buf, toks, i - 2) ||
	    (tok_is_ci(buf, &toks[i - 1], "with") && fact(t, i - 2, FX_RESULT)) ||
	    (tok_is_ci(buf, &toks[i - 1], "over") &&
	    one_of(buf + w->start, w->end - w->start, wins, NWORDS(wins)));
}

/*
 * The length in words of a sport's slug that opens an all-caps sentence, a
 * wire headline: "CRICKET - SURREY CLOSE IN ON TITLE", "RUGBY UNION -
 * ..."; 0 for none.
 */
size_t
sport_slug(const unsigned char *buf, const struct token *toks, size_t n)
{
	static const char *const sports[] = {
		"soccer", "football", "cricket", "rugby", "tennis", "golf",
		"basketball", "baseball", "hockey", "athletics", "cycling",
		"boxing", "racing", "motorcycling", "skiing", "swimming",
		"squash", "badminton", "volleyball", "handball", "sailing",
		"rowing", "snooker", "nfl", "nba", "nhl", "union", "league",
		"motor", "auto", "horse", "alpine", "ice", "judo", "wrestling",
		"gymnastics", "weightlifting", "fencing", "triathlon",
		"american", "australian", "rules", "gaelic", "track", "and",
		"field"
	};
	size_t i = 0;

	while (i + 1 < n && one_of(buf + toks[i].start, toks[i].end -
	    toks[i].start, sports, NWORDS(sports)))
		i++;
	return tok_is(buf, &toks[i], "-") ? i : 0;
}

/* Whether token i, a place, comes after a preposition of place (or its
 * "the"): "at The Oval", "in Melbourne", "from the Netherlands". */
static int
venue(const unsigned char *buf, const struct token *toks, size_t i)
{
	static const char *const preps[] = {
		"in", "at", "near", "from", "to", "of", "across", "outside",
		"around", "into", "through", "throughout", "toward", "towards",
		"via", "inside", "between", "and"
	};
	const struct token *p;

	if (i > 0 && tok_is_ci(buf, &toks[i - 1], "the"))
		i--;
	if (i == 0)
		return 0;
	p = &toks[i - 1];
	return one_of(buf + p->start, p->end - p->start, preps, NWORDS(preps));
}

/* Whether the name [i, j) is a side of a result whose other side is an
 * organisation: "Chelsea beat Everton 3-1", "Everton lost to Chelsea". */
int
against_org(const unsigned char *tags, const unsigned char *buf,
    const struct token *toks, size_t n, size_t i, size_t j)
{
	const struct token *w;

	if (j + 1 < n) {
		w = &toks[j];
		if (one_of(buf + w->start, w->end - w->start, result_verbs,
		    NWORDS(result_verbs)) && name_at(tags, n, j + 1, 1) ==
		    ET_ORG)
			return 1;
		if (j + 2 < n && result_pair(buf, toks, j) &&
		    name_at(tags, n, j + 2, 1) == ET_ORG)
			return 1;
	}
	if (i >= 2) {
		w = &toks[i - 1];
		if (one_of(buf + w->start, w->end - w->start, result_verbs,
		    NWORDS(result_verbs)) && name_at(tags, n, i - 2, 0) ==
		    ET_ORG)
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
		if (sport ? !venue(buf, toks, i) :
		    (j < n && team_before(t, buf, toks, n, j)) ||
		    (i > 0 && team_after(t, buf, toks, i)))
			set_run(t->tags, i, j, ET_ORG);
	}
}

void
sides(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
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
