/*
 * orgs.c - organisations the model typed otherwise:
 *
 *   <LOC>Harwell Science Institute</LOC>
 *        ->  <ORG>Harwell Science Institute</ORG>      (org_heads)
 *   <MISC>The Kremlin</MISC> said  ->  <ORG>The Kremlin</ORG> said
 *                                                       (speakers)
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
	return j - i >= 2 && (t->tk[j - 1].gz[3] & (1u << G_ORGHEAD)) &&
	    !word(t, j - 1, EW_PLACE_HEAD);
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
