/*
 * products.c - products and stock indices are MISC:
 *
 *   the iPad  ->  the <MISC>iPad</MISC>; an A350  ->  an <MISC>A350</MISC>
 *                                                       (i_products)
 *   the <ORG>FTSE</ORG> 250 index  ->  the <MISC>FTSE</MISC> 250 index
 *                                                       (indices)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/* Whether p[0, len) names a model of a product: a number of two to four
 * digits, with up to three capitals before it and letters, digits or a
 * hyphen after it ("A380", "747-400", "777s", "A400M"); not a year. */
static int
model_number(const unsigned char *p, size_t len)
{
	size_t i = 0, d;

	while (i < len && i < 3 && p[i] >= 'A' && p[i] <= 'Z')
		i++;
	for (d = i; d < len && p[d] >= '0' && p[d] <= '9'; d++)
		;
	if (d - i < 2 || d - i > 4)
		return 0;
	if (i == 0 && d - i == 4 && (p[0] == '1' || p[0] == '2'))
		return 0; /* 1996, 2008 */
	for (; d < len; d++)
		if (!((p[d] >= '0' && p[d] <= '9') ||
		        (p[d] >= 'A' && p[d] <= 'Z') ||
		        (p[d] >= 'a' && p[d] <= 'z') || p[d] == '-'))
			return 0;
	return 1;
}

/*
 * Where the model found no name, a word of Apple's kind, "iPhone",
 * "iPods", "iOS", is a product (its capital inside hides it from the
 * shape of names), and so is a model's designation alone, one or two
 * capitals and three digits or more: "A380", "B747", but not "M25", "G8"
 * nor "USD910".
 */
void
i_products(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, k, c, d;
		if (t->tags[i] != 0 || len < 3)
			continue;
		if (p[0] == 'i' && p[1] >= 'A' && p[1] <= 'Z') {
			for (k = 2; k < len && p[k] >= 'a' && p[k] <= 'z'; k++)
				;
			if (k < len)
				for (k = 2;
				     k < len && p[k] >= 'A' && p[k] <= 'Z'; k++)
					;
			if (k == len)
				t->tags[i] = (unsigned char)ET_TAG(ET_MISC, 3);
			continue;
		}
		for (c = 0; c < len && c < 3 && p[c] >= 'A' && p[c] <= 'Z'; c++)
			;
		if (c == 0 || c == 3 || !model_number(p, len))
			continue; /* not a sum, "USD910" */
		for (d = c; d < len && p[d] >= '0' && p[d] <= '9'; d++)
			;
		if (d - c >= 3)
			t->tags[i] = (unsigned char)ET_TAG(ET_MISC, 3);
	}
}

/*
 * Stock indices are MISC, as MEANTIME has them: a name that ends
 * in "Average" or "Index" ("Dow Jones Industrial Average"), and a name or
 * a run of capitalised words (not first in the sentence: "Stock index
 * futures") right before "index" or "average", a number between allowed
 * ("the Nikkei average", "Hang Seng index", "S&P 500 index").
 */
void
indices(struct et_tagger *t, const unsigned char *buf, const struct token *toks,
    size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		size_t k;
		if (asc_upper(buf[toks[i].start]) &&
		    word(t, i, EW_INDEX_NAME) &&
		    (t->tags[i] == 0 || ET_TAG_POS(t->tags[i]) == 0 ||
		        ET_TAG_POS(t->tags[i]) == 3)) {
			j = t->tags[i] ? run_end(t->tags, n, i) : i + 1;
			for (k = i + 1;
			     k < j && !(t->tk[k].flags & ETF_ALLDIGIT); k++)
				;
			memset(t->tags + i, 0, j - i);
			set_run(t->tags, i, k, ET_MISC);
			continue;
		}
		if (t->tags[i] == 0) {
			j = i;
			while (i > 0 && j < n && t->tags[j] == 0 &&
			    fact(t, j, FX_CAP) &&
			    !(t->tk[j].gz[3] & (1u << G_STOP)))
				j++;
			if (j == i) {
				j = i + 1;
				continue;
			}
		} else
			j = run_end(t->tags, n, i);
		k = j < n && fact(t, j, FX_FIGURE) ? j + 1 : j;
		if ((k < n && fact(t, k, FX_LOWER) &&
		        word(t, k, EW_INDEX_HEAD)) ||
		    (t->tags[i] != 0 && j - i >= 2 &&
		        !fact(t, j - 1, FX_LOWER) &&
		        word(t, j - 1, EW_INDEX_HEAD)))
			set_run(t->tags, i, j, ET_MISC);
	}
}
