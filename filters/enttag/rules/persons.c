/*
 * persons.c - persons the model found that are not, or not only, persons:
 *
 *   the <PER>Dax</PER> fell  ->  the <MISC>Dax</MISC> fell   (the_words)
 *   <LOC>Vinca Island</LOC> ... <PER>Vinca</PER>
 *        ->  ... <LOC>Vinca</LOC>                     (remembered_types)
 *   <PER>Dane Lars Holm</PER>  ->  <MISC>Dane</MISC> <PER>Lars Holm</PER>
 *                                                (nationalities_first)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/* Calls retype(t, buf, toks, n, i, j) on each person [i, j) of t->tags. */
static void
each_person(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n,
    void (*retype)(struct et_tagger *, const unsigned char *,
        const struct token *, size_t, size_t, size_t))
{
	for (size_t i = 0, j; i < n; i = j) {
		if (t->tags[i] == 0 || ET_TAG_TYPE(t->tags[i]) != ET_PER) {
			j = i + 1;
			continue;
		}
		j = run_end(t->tags, n, i);
		retype(t, buf, toks, n, i, j);
	}
}

/* One word after "the" that no name list nor the document has as a person
 * is MISC: "the Nikkei dropped", "the Tagbanuas". */
static void
the_word(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, size_t i, size_t j)
{
	if (j == i + 1 && i > 0 && tok_is_ci(buf, &toks[i - 1], "the") &&
	    !(t->tk[i].mem & (1u << ET_PER)) &&
	    !(t->tk[i].gz[3] & (1u << G_FIRST | 1u << G_LAST)))
		set_run(t->tags, i, j, ET_MISC);
}

void
the_words(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	each_person(t, buf, toks, n, the_word);
}

/* One word the document has tagged only as a place, or only as an
 * organisation, is that, unless a name list has it as a first name or a
 * surname: "Coron" after "Coron Island". */
static void
remembered(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, size_t i, size_t j)
{
	if (j == i + 1 &&
	    (t->tk[i].mem == 1u << ET_LOC || t->tk[i].mem == 1u << ET_ORG) &&
	    !(t->tk[i].gz[3] & (1u << G_FIRST | 1u << G_LAST)))
		set_run(t->tags, i, j,
		    t->tk[i].mem == 1u << ET_LOC ? ET_LOC : ET_ORG);
}

void
remembered_types(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	each_person(t, buf, toks, n, remembered);
}

/* A nationality before a name is no part of it ("Swede Jonas Lindqvist",
 * "Puerto Rican Felix Trinidad": MISC, then the person), unless the word
 * is a first name as well ("Christian Bale", "Dane Cook") and no first
 * name follows it ("German Marco Reinholt"). */
static void
nationality_first(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, size_t i, size_t j)
{
	if (j - i >= 3 && (t->tk[i].gz[0] & (1u << G_DEMONYM)) &&
	    (t->tk[i + 1].gz[2] & (1u << G_DEMONYM))) {
		set_run(t->tags, i, i + 2, ET_MISC); /* "Puerto Rican" */
		set_run(t->tags, i + 2, j, ET_PER);
	} else if (j - i >= 2 && demonym(t, buf, toks, i) &&
	    (!(t->tk[i].gz[3] & (1u << G_FIRST)) ||
	        (j - i >= 3 && (t->tk[i + 1].gz[3] & (1u << G_FIRST))))) {
		set_run(t->tags, i, i + 1, ET_MISC);
		set_run(t->tags, i + 1, j, ET_PER);
	}
}

void
nationalities_first(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	each_person(t, buf, toks, n, nationality_first);
}
