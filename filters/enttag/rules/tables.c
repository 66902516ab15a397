/*
 * tables.c - rows of tables of results and standings, whose names the
 * model, without a sentence around them, types at random:
 *
 *   <PER>Derby County</PER> 2 <LOC>Luton Town</LOC> 1
 *        ->  <ORG>Derby County</ORG> 2 <ORG>Luton Town</ORG> 1
 *   <ORG>Kenya</ORG> 210 ( <ORG>Otieno</ORG> 55 )
 *        ->  <LOC>Kenya</LOC> 210 ( <PER>Otieno</PER> 55 )
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * Tables of results and standings ("Arsenal 2 Coventry 0", "Newcastle 4
 * 3 0 1 9 5 9", "Wasim Akram 5-42"): a sentence of capitalised words,
 * figures and punctuation, with at most one common word (in lower case,
 * or a capitalised one of the "lower" and "stop" lexicons: title case is
 * no table) for every two figures, and three figures or more or two
 * names before a score; the segmenter cuts such lines into sentences
 * (see table_line() in segment.c).  There the model has no context to
 * go by: a team comes out as a person ("Aston Villa") or a place, or is
 * missed.  Each run of capitalised words right before a score, or beside
 * "v", is a name: a country (national sides) is a place, as in
 * CoNLL-2003; a person when it starts with an initial or a first name
 * and has two words or more, or when the document has tagged its words
 * as a person only; else an organisation (clubs, including those named
 * after their towns).  A run that starts with a month or a weekday is a
 * date; one common word alone ("Total 296") is a name only if the model
 * says so.
 */

/* A short lower-case word of the particles list inside a name:
 * "Newcastle upon Tyne", "Racing de Santander"; not a verb between two
 * names: "Ostapenko beat Keys 6-4 6-2". */
static int
particle(
    const struct et_tagger *t, const struct token *toks, size_t n, size_t i)
{
	return i > 0 && i + 1 < n && fact(t, i, FX_LOWER) &&
	    toks[i].end - toks[i].start <= 4 && fact(t, i - 1, FX_CAP) &&
	    fact(t, i + 1, FX_CAP) && word(t, i, EW_PARTICLE);
}

int
table_row(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	const struct et_tok *tk = t->tk;
	size_t figs = 0, lower = 0, named = 0, label = 0;

	/* a label before a colon: "At The Oval : Lancashire 212 ..." */
	for (size_t i = 0; i < n && i < 6; i++)
		if (tok_is(buf, &toks[i], ":")) {
			label = i + 1;
			break;
		}
	for (size_t i = label; i < n; i++) {
		if (fact(t, i, FX_FIGURE))
			figs++;
		else if (fact(t, i, FX_LOWER)
		        ? !fact(t, i, FX_VERSUS) && !particle(t, toks, n, i)
		        : (tk[i].gz[3] & (1u << G_LOWER | 1u << G_STOP)) != 0)
			lower++;
		else if (!fact(t, i, FX_CAP) && !fact(t, i, FX_LOWER) &&
		    (tk[i].flags & ETF_HASALPHA))
			return 0; /* a word of digits and letters */
	}
	for (size_t i = 0; i + 1 < n && figs == 2; i++)
		if (fact(t, i, FX_CAP) && fact(t, i + 1, FX_SCORE))
			named++;
	/* a place in a numbered list: "2. Tomba 80" */
	if (n > 1 && fact(t, 0, FX_FIGURE) &&
	    (buf[toks[0].end - 1] == '.' || tok_is(buf, &toks[1], ".")))
		named++;
	return figs >= 2 && lower * 2 <= figs && (figs > 2 || named == 2);
}

/* The type of the run [i, j) of a table's row, -1 for an organisation
 * without a clue; in_brackets is whether it is inside brackets, as the
 * scorers, batsmen and bowlers of a side are ("Pakistan 287 ( Saeed
 * Anwar 92 ; Muttiah Muralitharan 4-71 )"). */
static int
table_type(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i, size_t j, int in_brackets)
{
	const struct et_tok *tk = t->tk;
	unsigned mem = 0xff;

	if (country(tk, i, j))
		return ET_LOC;
	if (in_brackets ||
	    (j - i >= 2 &&
	        (fact(t, i, FX_INITIAL) || (tk[i].gz[3] & (1u << G_FIRST)))))
		return ET_PER;
	for (size_t k = i; k < j; k++)
		if (tk[k].mem)
			mem &= tk[k].mem;
	return mem == 1u << ET_PER ? ET_PER : -1; /* ORG, for want of a clue */
}

/*
 * The runs of a row's group (between brackets, semicolons, colons and
 * lone hyphens) name things of a kind: when one is a person by a clue, the
 * runs typed ORG for want of one are persons too ("Olympiakos - David
 * Rivers 22 , Dragan Tarlac 16").
 */
struct row_group {
	size_t start[16], end[16]; /* the runs typed ORG without a clue */
	size_t n;
	int per; /* a run is a person by a clue */
};

static void
group_end(struct et_tagger *t, struct row_group *g)
{
	for (size_t k = 0; g->per && k < g->n; k++)
		set_run(t->tags, g->start[k], g->end[k], ET_PER);
	g->n = 0;
	g->per = 0;
}

void
tag_table_row(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	struct row_group g = { .n = 0 };
	int depth = 0;

	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		int tagged = 0, ty;
		if (!fact(t, i, FX_CAP) || word(t, i, EW_DATE)) {
			if (tok_is(buf, &toks[i], "("))
				depth++;
			else if (tok_is(buf, &toks[i], ")") && depth > 0)
				depth--;
			if (word(t, i, EW_BREAK))
				group_end(t, &g);
			i++;
			continue;
		}
		for (;;) {
			if (j < n && fact(t, j, FX_CAP))
				j++;
			else if (j + 1 < n &&
			    (particle(t, toks, n, j) ||
			        (tok_is(buf, &toks[j], "&") &&
			            fact(t, j + 1, FX_CAP))))
				j += 2;
			else
				break;
		}
		if (!((j < n && fact(t, j, FX_SCORE | FX_VERSUS)) ||
		        (i > 0 && fact(t, i - 1, FX_VERSUS)))) {
			i = j;
			continue;
		}
		for (size_t k = i; k < j; k++)
			tagged |= t->tags[k] != 0;
		if (j > i + 1 || tagged ||
		    !(t->tk[i].gz[3] & (1u << G_LOWER))) {
			clear_overlapping(t->tags, n, i, j);
			ty = table_type(t, buf, toks, i, j, depth > 0);
			set_run(t->tags, i, j, ty < 0 ? ET_ORG : ty);
			g.per |= ty == ET_PER;
			if (ty < 0 && g.n < NWORDS(g.start)) {
				g.start[g.n] = i;
				g.end[g.n++] = j;
			}
		}
		i = j;
	}
	group_end(t, &g);
}
