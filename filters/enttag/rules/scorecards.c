/*
 * scorecards.c - a cricket scorecard's fielders and bowlers are persons:
 *
 *   Rahul Dravid c <LOC>Taylor</LOC> b Vettori 41
 *        ->  Rahul Dravid c <PER>Taylor</PER> b <PER>Vettori</PER> 41
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * A cricket scorecard names the fielder after "c" or "st" and the bowler
 * after "b" ("Sachin Tendulkar c Healy b McGrath 62", "lbw b Warne 4"):
 * persons, whatever the model made of them.  Only in a sentence with a
 * figure, as a batsman's line is.
 */
void
scorecard(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	size_t i, j;

	for (i = 0; i < n && !fact(t, i, FX_FIGURE); i++)
		;
	if (i == n)
		return;
	for (i = 0; i + 1 < n; i++) {
		const struct token *w = &toks[i];
		size_t len = w->end - w->start;
		if (len > 2 || buf[w->start] < 'a' || !word(t, i, EW_SCORECARD))
			continue;
		for (j = i + 1; j < n && fact(t, j, FX_CAP | FX_INITIAL); j++)
			;
		if (j == i + 1 || (j == i + 2 && fact(t, i + 1, FX_INITIAL)))
			continue;
		clear_overlapping(t->tags, n, i + 1, j);
		set_run(t->tags, i + 1, j, ET_PER);
		i = j - 1;
	}
}