/*
 * truecase.c - sentences in capitals or in title case, such as headlines
 * ("OIL GIANT BUYS TWO NORTH SEA FIELDS", "Oil Giant Buys Two North Sea
 * Fields"), scored from a recased copy and, with a model that has one, by
 * the model's all-caps part as well.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger.h"

#include "xalloc.h"

/*
 * All-caps ("shouting") sentences, such as wire headlines: "RUGBY -
 * LEEDS SIGN TWO WELSH FORWARDS , BATH LOSE COACH ."  The model learned
 * from mixed-case text, where case is the best clue to a name, and in
 * capitals it finds few names.  Such a sentence is scored twice, as
 * written and as a truecased copy ("Rugby - Leeds sign two Welsh forwards
 * , Bath lose coach ."), and the scores are mixed (mix_scores): the copy
 * finds the names, the original keeps the copy's guesses about case from
 * making names of common words.  In the original the capitals say
 * nothing: its words' case-blind clusters are read as those of lower-case
 * words (et_tok.nocase), or the class of "rugby" and "basketball" makes a
 * name of "RUGBY".  Title-case sentences ("Leeds Sign Two Welsh Forwards ,
 * Bath Lose Coach .") are treated alike, their copy with the known
 * lower-case words in lower case.  The spans refer to the original text.
 * Only ASCII letters change case, so every token keeps its length.
 */
int
asc_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

int
asc_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * Shouting: at least 3 words (tokens with an ASCII letter) written in
 * capitals only, one of them of 4 letters or more, and at most one word
 * in 10 with a lower-case letter.  A normal sentence, however many
 * acronyms it has ("The NBA and NFL met."), has its lower-case words; a
 * short one ("OK.", "USA", "IBM AND HP") is left alone.  Most sentences
 * are known not to shout after a word or two.
 */
int
shouting(const unsigned char *buf, const struct token *toks, size_t n)
{
	size_t nup = 0, nlow = 0, nlong = 0;

	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, u = 0, l = 0;
		for (size_t j = 0; j < len; j++) {
			u += asc_upper(p[j]);
			l += asc_lower(p[j]);
		}
		if (l > 0) {
			if (++nlow * 10 > n)
				return 0; /* too many, whatever follows */
		} else if (u > 0) {
			nup++;
			nlong += u >= 4;
		}
	}
	return nup >= 3 && nlong > 0 && nlow * 10 <= nup + nlow;
}

/* Whether the model knows a word, so written, as part of a name: its
 * word feature weighs more for some entity tag than for O. */
static int
known_name(const struct et_model *m, const unsigned char *w, size_t len)
{
	const int8_t *r = et_model_row(
	    m, et_word_key(et_hash_bytes(w, len, 0)));

	if (r == NULL)
		return 0;
	for (int c = 1; c < ET_NTAGS; c++)
		if (r[c] > r[0])
			return 1;
	return 0;
}

/* Whether a word has dots between single letters: "U.S.", "N.V." */
static int
dotted(const unsigned char *w, size_t len)
{
	size_t run = 0, dots = 0;

	for (size_t j = 0; j < len; j++) {
		if (w[j] == '.') {
			dots++;
			run = 0;
		} else if (++run > 1)
			return 0;
	}
	return dots > 0;
}

/*
 * The case a word of capitals would have in normal text: as written if it
 * is an acronym: letters with dots ("U.S.") or a short word the model
 * knows so written as (part of) a name ("US", "NATO", not "IN"); lower case
 * if the model's lexicons know it as a lower-case word (the "lower" and
 * "stop" lists; not first in the sentence); otherwise capitalised
 * ("JAPAN" -> "Japan", "3RD" -> "3rd").
 */
static void
truecase_word(const struct et_model *m, unsigned char *w, size_t len, int first)
{
	size_t u = 0, l = 0;

	for (size_t j = 0; j < len; j++) {
		u += asc_upper(w[j]);
		l += asc_lower(w[j]);
	}
	if (u == 0 || l > 0 || dotted(w, len))
		return;
	if (u == len && len <= 5 && known_name(m, w, len))
		return;
	if (!first && (lexclass(m, w, len) & LOWER_CLASSES)) {
		for (size_t j = 0; j < len; j++)
			w[j] += asc_upper(w[j]) ? 32 : 0;
		return;
	}
	for (size_t j = asc_upper(w[0]) ? 1 : 0; j < len; j++)
		w[j] += asc_upper(w[j]) ? 32 : 0;
}

/*
 * Title case ("Leeds Sign Two Welsh Forwards , Bath Lose Coach ."): at
 * least 4 words, none starting with a lower-case letter, at least 2 of
 * them (a quarter or more) capitalised words, not first, that the
 * lexicons know as lower-case words.
 */
int
titlecase(const struct et_model *m, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	size_t nw = 0, nlowcap = 0;

	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, a = 0;
		while (a < len && !asc_upper(p[a]) && !asc_lower(p[a]))
			a++;
		if (a == len)
			continue;
		if (asc_lower(p[a]))
			return 0; /* most sentences, at their 2nd word */
		nw++;
	}
	if (nw < 4)
		return 0;
	nw = 0;
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start, a = 0;
		while (a < len && !asc_upper(p[a]))
			a++;
		if (a == len)
			continue;
		if (nw++ > 0 && a == 0 && len > 1 && asc_lower(p[1]) &&
		    (lexclass(m, p, len) & LOWER_CLASSES))
			nlowcap++;
	}
	return nlowcap >= 2 && nlowcap * 4 >= nw;
}

/* The capitalised words of a title-case sentence that the lexicons know
 * as lower-case words, not first, go lower case. */
static void
title_word(const struct et_model *m, unsigned char *w, size_t len, int first)
{
	if (!first && len > 1 && asc_upper(w[0]) && asc_lower(w[1]) &&
	    (lexclass(m, w, len) & LOWER_CLASSES))
		w[0] += 32;
}

void
recase(struct et_tagger *t, const unsigned char *buf, const struct token *toks,
    size_t n, int how)
{
	size_t base = toks[0].start, len = toks[n - 1].end - base;
	int first = 1;

	if (len > t->tccap) {
		t->tccap = len;
		t->tc = xrealloc(t->tc, len);
	}
	memcpy(t->tc, buf + base, len);
	for (size_t i = 0; i < n; i++) {
		size_t a = toks[i].start - base, b = toks[i].end - base;
		t->tctoks[i] = toks[i];
		t->tctoks[i].start = a;
		t->tctoks[i].end = b;
		if (how == RC_UPPER) {
			for (size_t j = a; j < b; j++)
				t->tc[j] -= asc_lower(t->tc[j]) ? 32 : 0;
		} else if (how == RC_TRUE)
			truecase_word(t->m, t->tc + a, b - a, first);
		else
			title_word(t->m, t->tc + a, b - a, first);
		for (size_t j = a; j < b && first; j++)
			if (asc_lower(t->tc[j]) || asc_upper(t->tc[j]))
				first = 0;
	}
}

/*
 * The scores of a recased sentence: the copy's in t->emit, the original's
 * in t->emit2.  A word the copy put in lower case is a word the lexicons
 * know as a common one, its capital a matter of style ("Wins"), so there
 * the copy weighs 0.7, so that "Acme Wins Navy Radar Contract" makes no
 * name of "Acme Wins Navy"; elsewhere copy and original weigh the same: a
 * heavier copy everywhere makes names of the capitalised common words the
 * lexicons miss, a lighter one misses names.
 */
void
mix_scores(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned char *o = buf + toks[i].start;
		const unsigned char *c = t->tc + t->tctoks[i].start;
		size_t len = toks[i].end - toks[i].start, ou = 0, cu = 0;
		float w, *e = t->emit + i * ET_NTAGS;
		const float *e2 = t->emit2 + i * ET_NTAGS;

		for (size_t j = 0; j < len; j++) {
			ou += asc_upper(o[j]);
			cu += asc_upper(c[j]);
		}
		w = ou > 0 && cu == 0 ? 0.7f : 0.5f;
		for (int g = 0; g < ET_NTAGS; g++)
			e[g] = w * e[g] + (1 - w) * e2[g];
	}
}

/* The scores of the all-caps part in t->emit3; a title-case sentence is
 * put in capitals for it, and its tokens' facts are then made again. */
void
score_caps_part(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int caps)
{
	if (!caps) {
		recase(t, buf, toks, n, RC_UPPER);
		et_tok_prepare(t->tk, t->tc, t->tctoks, n, &t->m->gaz, &t->mem);
		for (size_t i = 0; i < n; i++)
			t->tk[i].nocase = 1;
	}
	score_tokens(t, n, 1);
	memcpy(t->emit3, t->emit, n * ET_NTAGS * sizeof *t->emit);
	if (!caps) {
		et_tok_prepare(t->tk, buf, toks, n, &t->m->gaz, &t->mem);
		for (size_t i = 0; i < n; i++)
			t->tk[i].nocase = 1;
	}
}

/*
 * A model trained with upper-case copies of its documents (enttag-train
 * -U) has a part of its own for all-caps sentences, which knows how names
 * look in capitals.  Its scores (t->emit3) and those above weigh the same
 * in an all-caps sentence.  A title-case sentence, whose capitals say as
 * little, is given to the part in capitals, with the same weight.
 */
void
mix_caps(struct et_tagger *t, size_t n)
{
	for (size_t j = 0; j < n * ET_NTAGS; j++)
		t->emit[j] = 0.5f * (t->emit[j] + t->emit3[j]);
}
