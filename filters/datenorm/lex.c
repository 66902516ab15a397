/*
 * lex.c - the lexicon (lexicon.def): the words that can take part in a
 * temporal expression, each with a class, a value and flags, hashed when
 * an engine is made; and the facts about a word the grammar reads.
 */
#include <string.h>

#include "engine.h"

const struct lexent dn_lexicon[] = {
#define W(w, c, v, f) { w, c, v, f },
#include "lexicon.def"
#undef W
};
#define NLEX (sizeof dn_lexicon / sizeof dn_lexicon[0])

_Static_assert(NLEX <= LEX_MAX, "LEX_MAX too small for lexicon.def");

static uint32_t
hash(const unsigned char *w, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ *w++) * 16777619u;
	return h;
}

/* The first two letters of a word as an index (26: not a letter). */
static unsigned
pair_index(const struct dn_engine *e, const unsigned char *w, size_t n)
{
	return e->l27[w[0]] * 27u + (n > 1 ? e->l27[w[1]] : 26u);
}

/*
 * Hash the lexicon (open addressing, first entry of a word wins) and fill
 * the byte tables and the first-letters/length filter of the scanner.
 */
void
dn_lex_init(struct dn_engine *e)
{
	size_t i, n;
	uint32_t h;

	for (i = 0; i < 256; i++) {
		e->bclass[i] = ISSPACE(i)      ? B_SPACE
		    : ISALPHA(i) || ISDIGIT(i) ? B_WORD
		    : i >= 0x80                ? B_HIGH
		                               : 0;
		e->lower[i] = (unsigned char)(ISUPPER(i) ? i | 0x20 : i);
		e->l27[i] = (unsigned char)(ISALPHA(i) ? (i | 0x20) - 'a' : 26);
	}
	for (i = 0; i < NLEX; i++) {
		n = strlen(dn_lexicon[i].word);
		e->wlen[i] = (uint8_t)n;
		e->lenmask[pair_index(
		    e, (const unsigned char *)dn_lexicon[i].word, n)] |=
		    (uint16_t)(1u << n);
		h = hash((const unsigned char *)dn_lexicon[i].word, n) &
		    (HSIZE - 1);
		while (e->hash[h]) {
			if (!strcmp(dn_lexicon[e->hash[h] - 1].word,
			        dn_lexicon[i].word))
				break;
			h = (h + 1) & (HSIZE - 1);
		}
		if (!e->hash[h])
			e->hash[h] = (uint16_t)(i + 1);
	}
}

/* Lexicon index + 1 of the lower-case word w (hash h), or 0. */
static unsigned
lex_find(
    const struct dn_engine *e, const unsigned char *w, size_t n, uint32_t h)
{
	unsigned k;

	h &= HSIZE - 1;
	while ((k = e->hash[h]) != 0) {
		const char *lw = dn_lexicon[k - 1].word;

		if (e->wlen[k - 1] == n && !memcmp(lw, w, n))
			return k;
		h = (h + 1) & (HSIZE - 1);
	}
	return 0;
}

/* Look a word up and set its flags; w..w+n is the word's text. */
void
word_token(struct dn_engine *e, struct tok *t, const unsigned char *w, size_t n)
{
	unsigned char low[WMAX + 1];
	size_t i;
	unsigned pi;

	t->kind = T_WORD;
	if (ISUPPER(w[0]))
		t->flags |= TF_CAP;
	else if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd')
		t->flags |= TF_ED; /* "-ed": a past cue */
	/* "Q3", "FY2012", "FY": all capitals */
	if ((w[0] == 'Q' || w[0] == 'F') && n <= 6) {
		for (i = 1; i < n && !(w[i] >= 'a' && w[i] <= 'z'); i++)
			;
		if (i == n)
			t->flags |= TF_UPPER;
	}
	/* "he'll", "they’ll": a future cue */
	if (n >= 4 && (w[n - 1] | 0x20) == 'l' && (w[n - 2] | 0x20) == 'l' &&
	    (w[n - 3] == '\'' || w[n - 3] == 0x99))
		t->flags |= TF_LL;
	if (n > WMAX)
		return;
	/* most words cannot be in the lexicon: first letters and length */
	pi = e->l27[w[0]] * 27u + (n > 1 ? e->l27[w[1]] : 26u);
	if (e->lenmask[pi] >> n & 1) {
		uint32_t h = 2166136261u;

		for (i = 0; i < n; i++) {
			unsigned char c = e->lower[w[i]];

			low[i] = c;
			h = (h ^ c) * 16777619u; /* hash() */
		}
		t->lex = (uint16_t)lex_find(e, low, n, h);
		if (t->lex)
			t->flags &= ~TF_ED;
	}
}
