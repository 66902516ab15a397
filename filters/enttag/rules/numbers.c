/*
 * numbers.c - a name is cut at a bare number before a capitalised word:
 *
 *   <ORG>Derby County 2 Luton Town</ORG> 1
 *        ->  <ORG>Derby County</ORG> 2 <ORG>Luton Town</ORG> 1
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * A bare number followed by a capitalised word does not belong inside a
 * person, organisation or place: "Manchester United 2 Chelsea 1" is two
 * names and two scores, so the span is cut there, and when it is cut its
 * last piece loses a bare number at its end.  Of the gold PER, ORG and
 * LOC names of the training and dev sets one has such a number inside
 * (an address in a filing); MISC keeps them ("Formula 1 World
 * Championship").  Before user phrases, which are kept as given.
 */
void
split_at_numbers(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	unsigned char *tags = t->tags;

	for (size_t i = 0; i < n;) {
		size_t j, a = i;
		int ty = ET_TAG_TYPE(tags[i]);

		if (tags[i] == 0 || ET_TAG_POS(tags[i]) != 0) {
			i++;
			continue;
		}
		j = run_end(tags, n, i);
		for (size_t k = i + 1; ty != ET_MISC && k + 1 < j; k++) {
			if (!(t->tk[k].flags & ETF_ALLDIGIT) ||
			    !(t->tk[k + 1].flags & (ETF_INITCAP | ETF_ALLCAP)))
				continue;
			set_run(tags, a, k, ty);
			tags[k] = 0;
			a = k + 1;
		}
		if (a > i) {
			size_t b = j;
			if (b - a > 1 && (t->tk[b - 1].flags & ETF_ALLDIGIT))
				tags[--b] = 0;
			set_run(tags, a, b, ty);
		}
		i = j;
	}
}