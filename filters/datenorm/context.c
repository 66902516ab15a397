/*
 * context.c - what an expression's value depends on beyond its words: the
 * tense of its sentence ("said Friday" is past, "will meet Friday" ahead)
 * and the year a bare month or weekday falls in.  The anchors themselves
 * are in engine.h (anchor(), anaph(), day_anchor()).
 */
#include <stdio.h>
#include <stdlib.h>

#include "engine.h"
#include "rules/rules.h"
#include "xalloc.h"

/* Is token j a lower-case "-ed" word the lexicon does not know:
 * "announced", a past cue? */
static int
ed_form(const struct dn_engine *e, size_t j)
{
	const struct tok *t = &e->tok[j];
	const unsigned char *w = e->s + t->start;
	size_t n = t->end - t->start;

	return t->kind == T_WORD && !t->lex && !(t->flags & DT_CAP) && n >= 4 &&
	    w[n - 2] == 'e' && w[n - 1] == 'd';
}

/*
 * "will be finalized", "is held", "has announced": is token j an
 * auxiliary (lex/auxiliaries.lst), after which a participle is no past
 * cue?  Out of line: the frame of a word look-up would otherwise be
 * cue()'s, paid by every word it reads.
 */
static __attribute__((noinline)) int
auxiliary(const struct dn_engine *e, size_t j)
{
	const struct tok *t = &e->tok[j];

	return lex_shape_maybe(
	           &dn_shape_auxiliary, e->s + t->start, t->end - t->start) &&
	    word_in(e, j, W_AUXILIARY);
}

/* +1 future cue ("will"), -1 past cue ("said", "-ed"), else 0. */
static int
cue(const struct dn_engine *e, size_t j)
{
	const struct tok *t = &e->tok[j];
	int c = cls(e, j);

	if (c == C_FUT && (lflags(e, j) & F_WEAK))
		/* "GM plans to", not "announced plans Friday" */
		return is_prep(e, j + 1, P_TO);
	if (c == C_FUT || (t->flags & DT_LL))
		return 1;
	if (t->kind != T_WORD)
		return 0;
	/* "may be signed", "should be completed": modals point ahead */
	if (c == C_MONTH && !(t->flags & DT_CAP))
		return 1;
	if (!t->lex && !ed_form(e, j)) {
		if (word_is(e, j, "should") || word_is(e, j, "might"))
			return 1;
		/* "to be held": ahead */
		if (word_is(e, j, "be") && j > 0 && is_prep(e, j - 1, P_TO))
			return 1;
		/* "is set to begin" */
		if (word_is(e, j, "set") && is_prep(e, j + 1, P_TO))
			return 1;
		return 0;
	}
	/* a word of the lexicon is a past cue only as a past verb ("said") */
	if (t->lex && c != C_PASTV)
		return 0;
	/* an "-ed" word or a past verb, unless a participle after "be" */
	if (j > 0 && auxiliary(e, j - 1))
		return 0;
	return -1;
}

/* Number the sentences of the paragraph's tokens. */
static void
find_sentences(struct dn_engine *e)
{
	size_t j, k = 0;

	e->have_sid = 1;
	if (e->ntok > e->capsid) {
		free(e->sid);
		e->capsid = e->ntok;
		e->sid = xmalloc(e->capsid * sizeof *e->sid);
	}
	if (!e->have_sents) {
		e->sents.n = 0;
		segment(&e->sg, e->s, e->len, NULL, 0, &e->sents);
		e->have_sents = 1;
	}
	for (j = 0; j < e->ntok; j++) {
		while (k < e->sents.n && e->tok[j].start >= e->sents.v[k].end)
			k++;
		e->sid[j] = (uint32_t)k;
	}
}

static int gap(struct dn_engine *e, size_t j);

/*
 * Does token j end a sentence (or a clause at a semicolon) for the tense
 * search?  The core's segmenter says, so "U.S." and "Inc." do not.
 */
int
sent_end(struct dn_engine *e, size_t j)
{
	if (punct(e, j, ';'))
		return 1;
	if (j < e->ntok && (e->tok[j].flags & DT_GAP))
		return gap(e, j);
	if (j + 1 >= e->ntok)
		return 1;
	if (!e->have_sid)
		find_sentences(e);
	/* before a part passed over: does j's sentence end in j's part? */
	if (e->tok[j + 1].flags & DT_GAP)
		return e->sid[j] < e->sents.n &&
		    e->sents.v[e->sid[j]].end <= e->tok[j + 1].start;
	return e->sid[j] != e->sid[j + 1];
}

/*
 * sent_end() of the part passed over at token j, read as its last token
 * (the search stops there): an answer only when no sentence goes on into
 * it from either side; else the search would read its words, and the
 * paragraph is matched again whole (e->gap_hit).
 */
static int
gap(struct dn_engine *e, size_t j)
{
	if (!e->have_sid)
		find_sentences(e);
	if ((j == 0 || sent_end(e, j - 1)) &&
	    (j + 1 >= e->ntok ||
	        (e->sid[j + 1] < e->sents.n &&
	            e->sents.v[e->sid[j + 1]].start >= e->tok[j].end)))
		return 1;
	e->gap_hit = 1;
	return 1;
}

/* Is token j next to a part passed over?  Then cue() would read it as a
 * word of the sentence: the paragraph is matched again whole. */
static int
near_gap(struct dn_engine *e, size_t j)
{
	if ((j > 0 && (e->tok[j - 1].flags & DT_GAP)) ||
	    (j + 1 < e->ntok && (e->tok[j + 1].flags & DT_GAP)))
		return e->gap_hit = 1;
	return 0;
}

/*
 * Token j after the expression at i, or, when j is the comma that opens
 * an appositive after a name, the comma that closes it: in "On Thursday,
 * Ann Lee, a candidate in the vote to be held in May, led a rally" the
 * appositive's "to be held" is not the sentence's tense.
 */
static size_t
appositive_end(struct dn_engine *e, size_t i, size_t j)
{
	size_t g;

	if (j >= e->ntok || !punct(e, j, ',') || j - 1 <= i ||
	    e->tok[j - 1].kind != T_WORD || !(e->tok[j - 1].flags & DT_CAP))
		return j;
	if (near_gap(e, j))
		return j;
	if (cls(e, j + 1) != C_A && cls(e, j + 1) != C_THE)
		return j;
	for (g = j + 1; g < e->ntok && g < j + 40 && !sent_end(e, g); g++)
		if (punct(e, g, ','))
			return g;
	return j;
}

/*
 * The tense of the sentence around token i, from the nearest cue:
 * "said Friday" -1, "will meet Friday" +1, none 0.
 */
int
tense(struct dn_engine *e, size_t i)
{
	size_t k, f = i;
	int back = 1, fwd = 1, c;

	/* "since November" is past; "until Friday", "by June" ahead */
	for (k = i; k > 0 && k + 3 > i; k--) {
		if (cls(e, k - 1) != C_PREP && cls(e, k - 1) != C_EARLY)
			break;
		if (is_prep(e, k - 1, P_SINCE))
			return -1;
		if (is_prep(e, k - 1, P_UNTIL) || is_prep(e, k - 1, P_BY))
			return 1;
	}
	for (k = 1; k <= 40 && (back || fwd); k++) {
		if (back) {
			if (k > i || sent_end(e, i - k))
				back = 0;
			else if (near_gap(e, i - k))
				return 0;
			else if ((c = cue(e, i - k)) != 0)
				return c;
		}
		if (fwd) {
			f = appositive_end(e, i, f + 1);
			if (f >= e->ntok || sent_end(e, f))
				fwd = 0;
			else if (near_gap(e, f))
				return 0;
			else if ((c = cue(e, f)) != 0)
				return c;
		}
	}
	return 0;
}

/* "Friday": the one before (dir < 0) or after (dir > 0) the anchor. */
void
resolve_weekday(struct dn_engine *e, struct res *r, int wd, int dir, int strict)
{
	struct ymd a = cal_anchor(e);
	long z;
	int cur, back, fwd;

	if (!ymd_full(a)) {
		snprintf(r->val, DN_VALUE_MAX, "XXXX-WXX-%d", wd);
		return;
	}
	z = days_from_civil(a.y, a.m, a.d);
	cur = iso_wday(z);
	back = (cur - wd + 7) % 7;
	fwd = (wd - cur + 7) % 7;
	if (strict && back == 0)
		back = 7;
	/* "will land on Monday" said on a Monday is that day; "next
	 * Monday" is not */
	if (fwd == 0 && strict)
		fwd = 7;
	if (dir == 0)
		dir = back <= fwd ? -1 : 1;
	r->when = civil_from_days(dir < 0 ? z - back : z + fwd);
	put_day(r->val, r->when);
}

/* The year of a bare month or month-day, from the tense. */
int
resolve_year(struct dn_engine *e, size_t i, int m, int d)
{
	struct ymd a = cal_anchor(e);
	int t;
	size_t k;

	if (!a.y)
		return 0;
	if (!a.m)
		return a.y;
	/* "next month, on August 2": the month just named in the sentence */
	if (e->last_tok != (size_t)-1 && e->last_tok <= i && e->last.y &&
	    e->last.m == m && i - e->last_tok < 20) {
		for (k = e->last_tok; k < i && !sent_end(e, k); k++)
			;
		if (k == i)
			return last_date(e).y;
	}
	t = tense(e, i);
	if (t < 0 && (m > a.m || (m == a.m && a.d && d > a.d)))
		return a.y - 1;
	if (t > 0 && (m < a.m || (m == a.m && a.d && d && d < a.d)))
		return a.y + 1;
	/* no tense: the nearest, "the December 12 deadline" said in January */
	if (t == 0 && m - a.m > 6)
		return a.y - 1;
	if (t == 0 && a.m - m > 6)
		return a.y + 1;
	return a.y;
}
