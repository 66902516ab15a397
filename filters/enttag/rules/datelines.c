/*
 * datelines.c - the places of a wire story's dateline are places:
 *
 *   LYON 2011-03-14                  ->  <LOC>LYON</LOC> 2011-03-14
 *   PORT LOUIS , Mauritius 2011-03-14
 *        ->  <LOC>PORT LOUIS</LOC> , <LOC>Mauritius</LOC> 2011-03-14
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * A dateline: places, capitalised and separated by commas, before a
 * date written in figures ("LYON 2011-03-14", "PORT LOUIS , Mauritius
 * 2011-03-14"), as the wire services open their stories.  Each place is
 * tagged LOC.
 */
int
dateline(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	const unsigned char *p;
	size_t len, g = 0, longest = 0;

	if (n < 2)
		return 0;
	p = buf + toks[n - 1].start;
	len = toks[n - 1].end - toks[n - 1].start;
	if (!fact(t, n - 1, FX_FIGURE) || memchr(p, '-', len) == NULL)
		return 0;
	for (size_t i = 0; i < len; i++) {
		g = p[i] >= '0' && p[i] <= '9' ? g + 1 : 0;
		longest = g > longest ? g : longest;
	}
	if (longest != 4 || !fact(t, 0, FX_CAP))
		return 0;
	for (size_t i = 1; i + 1 < n; i++)
		if (!fact(t, i, FX_CAP) &&
		    !(tok_is(buf, &toks[i], ",") && fact(t, i + 1, FX_CAP)))
			return 0;
	return 1;
}

void
tag_dateline(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i + 1 < n; i = j + 1) {
		for (j = i; j + 1 < n && !tok_is(buf, &toks[j], ","); j++)
			;
		clear_overlapping(t->tags, n, i, j);
		set_run(t->tags, i, j, ET_LOC);
	}
}
