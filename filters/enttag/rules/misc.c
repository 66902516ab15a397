/*
 * misc.c - nationalities are MISC in every position:
 *
 *   Two Dutchmen and a Dane  ->  Two <MISC>Dutchmen</MISC> and a
 *                                <MISC>Dane</MISC>        (nationalities)
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/* A nationality of the lexicons, or its plural, that the model left
 * untagged, is MISC ("Dutch", "Serbs"), as the CoNLL-2003 guidelines tag
 * it wherever it stands; not in a sentence in capitals. */
void
nationalities(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (t->tags[i] == 0 && fact(t, i, FX_CAP) &&
		    (demonym(t, buf, toks, i) ||
		        plural_of(t, buf, toks, i, G_DEMONYM)))
			t->tags[i] = (unsigned char)ET_TAG(ET_MISC, 3);
}
