/*
 * persons.c - persons that are not, or not only, persons, and titles
 * that are no names:
 *
 *   <PER>Fulham</PER> beat <ORG>Reading</ORG>
 *        ->  <ORG>Fulham</ORG> beat <ORG>Reading</ORG>
 *   the <PER>Dax</PER> fell  ->  the <MISC>Dax</MISC> fell
 *   <PER>Dane Lars Holm</PER>  ->  <MISC>Dane</MISC> <PER>Lars Holm</PER>
 *                                                  (retype_persons)
 *   <PER>Senators</PER> voted  ->  Senators voted        (titles)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/*
 * Persons the model found that are not, or not only, persons:
 * - a side against an organisation is a team ("Chelsea beat Everton 3-1");
 * - one word after "the" that no name list nor the document has as a
 *   person is MISC ("the Nikkei dropped", "the Tagbanuas");
 * - one word the document has tagged only as a place, or only as an
 *   organisation, is that, unless a name list has it as a first name or a
 *   surname ("Coron" after "Coron Island");
 * - a nationality before a name is no part of it ("Swede Jonas Lindqvist",
 *   "Puerto Rican Felix Trinidad": MISC, then the person), unless the word
 *   is a first name as well ("Christian Bale", "Dane Cook") and no first
 *   name follows it ("German Marco Reinholt").
 */
void
retype_persons(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0 || ET_TAG_TYPE(t->tags[i]) != ET_PER) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		if (against_org(t, buf, toks, n, i, j))
			set_run(t->tags, i, j, ET_ORG);
		else if (j == i + 1 && i > 0 &&
		    tok_is_ci(buf, &toks[i - 1], "the") &&
		    !(t->tk[i].mem & (1u << ET_PER)) &&
		    !(t->tk[i].gz[3] & (1u << G_FIRST | 1u << G_LAST)))
			set_run(t->tags, i, j, ET_MISC);
		else if (j == i + 1 &&
		    (t->tk[i].mem == 1u << ET_LOC ||
		        t->tk[i].mem == 1u << ET_ORG) &&
		    !(t->tk[i].gz[3] & (1u << G_FIRST | 1u << G_LAST)))
			set_run(t->tags, i, j,
			    t->tk[i].mem == 1u << ET_LOC ? ET_LOC : ET_ORG);
		else if (j - i >= 3 && (t->tk[i].gz[0] & (1u << G_DEMONYM)) &&
		    (t->tk[i + 1].gz[2] & (1u << G_DEMONYM))) {
			set_run(
			    t->tags, i, i + 2, ET_MISC); /* "Puerto Rican" */
			set_run(t->tags, i + 2, j, ET_PER);
		} else if (j - i >= 2 && demonym(t, buf, toks, i) &&
		    (!(t->tk[i].gz[3] & (1u << G_FIRST)) ||
		        (j - i >= 3 &&
		            (t->tk[i + 1].gz[3] & (1u << G_FIRST))))) {
			set_run(t->tags, i, i + 1, ET_MISC);
			set_run(t->tags, i + 1, j, ET_PER);
		}
	}
}

/*
 * A title alone, or its plural, is no name ("Senators are not impartial",
 * "a Fellow of the Society"), unless it is a surname too ("Major", "King")
 * or the document has a person of that name; nor a place ("Queens").
 */
void
titles(struct et_tagger *t, const unsigned char *buf, const struct token *toks,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t c = t->tk[i].gz[3];
		if (t->tags[i] == 0 || ET_TAG_POS(t->tags[i]) != 3 ||
		    ET_TAG_TYPE(t->tags[i]) == ET_LOC || (c & (1u << G_LAST)) ||
		    (t->tk[i].mem & (1u << ET_PER)))
			continue;
		if ((c & (1u << G_TITLE)) ||
		    plural_of(t, buf, toks, i, G_TITLE))
			t->tags[i] = 0;
	}
}
