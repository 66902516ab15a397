/*
 * orgs.c - organisations the model typed otherwise, and names to split:
 *
 *   <LOC>Harwell Science Laboratory</LOC>
 *        ->  <ORG>Harwell Science Laboratory</ORG>      (org_heads)
 *   <MISC>The Kremlin</MISC> said  ->  <ORG>The Kremlin</ORG> said
 *                                                       (speakers)
 *   <ORG>Norvik Mining Ltd of Canada</ORG>
 *        ->  <ORG>Norvik Mining Ltd</ORG> of <LOC>Canada</LOC>
 *   <ORG>Friday 's Federal Reserve</ORG> meeting
 *        ->  Friday 's <ORG>Federal Reserve</ORG> meeting (split_names)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * A name of two words or more that ends in the head of an organisation's
 * name (the orghead lexicon: "Eugenics Record Office", "London and South
 * Western Railway", "Collins College") is an organisation, whatever the
 * model made of it (a place, a MISC).  Not the heads that end the names
 * of places as well: a building ("Moscone Center", "St Paul's Church",
 * "Earls Court"), a country ("Czech Republic", "Soviet Union"), a front.
 */
static int
org_head(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t i, size_t j)
{
	if (j - i < 2)
		return 0;
	/* org-heads.lst: heads the shipped model's lexicon lacks */
	return ((t->tk[j - 1].gz[3] & (1u << G_ORGHEAD)) &&
	           !word(t, j - 1, EW_PLACE_HEAD)) ||
	    word(t, j - 1, EW_ORG_HEAD);
}


/* The names of places and MISC (not countries) that end in the head of an
 * organisation's name are organisations. */
void
org_heads(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		int ty = ET_TAG_TYPE(t->tags[i]);
		if (t->tags[i] == 0 || ty == ET_ORG || ty == ET_PER) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (!country(t->tk, i, j) && org_head(t, buf, toks, i, j))
			set_run(t->tags, i, j, ET_ORG);
	}
}

/*
 * A company named with its country, "Tamarind Resources Inc of Canada",
 * is two names when a company's suffix ends the first; not "Bank of
 * France", "Voice of America", "Council of Ex-Muslims of Britain".  A
 * weekday or a month with its possessive opens no name ("Tuesday 's
 * Federal Open Market Committee").
 */
void
split_names(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		size_t k;
		if (t->tags[i] == 0) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (j - i >= 3 && word(t, i, EW_DATE) &&
		    edge_junk(&t->tk[i + 1], buf, &toks[i + 1])) {
			int ty = ET_TAG_TYPE(t->tags[i]);
			t->tags[i] = t->tags[i + 1] = 0;
			set_run(t->tags, i + 2, j, ty);
			j = i + 2;
			continue;
		}
		if (ET_TAG_TYPE(t->tags[i]) != ET_ORG || j - i < 3)
			continue;
		k = j - 2;
		while (k > i && !tok_is(buf, &toks[k], "of"))
			k--;
		if (k == i || !country(t->tk, k + 1, j) ||
		    !(t->tk[k - 1].gz[3] & (1u << G_ORGSUF)))
			continue;
		set_run(t->tags, i, k, ET_ORG);
		t->tags[k] = 0;
		set_run(t->tags, k + 1, j, ET_LOC);
	}
}

/*
 * What the model took for MISC and speaks is an organisation: "The
 * Kremlin said", "ITAR-TASS reported", "PG&E said".  Not a nationality
 * ("Serbs said"), nor a name that opens with a first name or an initial.
 */
void
speakers(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (ET_TAG_TYPE(t->tags[i]) != ET_MISC || j >= n ||
		    !word(t, j, EW_SAY) || demonym(t, buf, toks, i) ||
		    demonym(t, buf, toks, j - 1) ||
		    plural_of(t, buf, toks, j - 1, G_DEMONYM) ||
		    fact(t, i, FX_INITIAL) ||
		    (t->tk[i].gz[3] & (1u << G_FIRST)))
			continue;
		set_run(t->tags, i, j, ET_ORG);
	}
}
