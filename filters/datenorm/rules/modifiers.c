/*
 * rules/modifiers.c - an expression with a modifier before it, kept in
 * the span: early, mid, late; the start, middle or end of; earlier and
 * later.  The value is that of what they modify.
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	early 2013			DATE 2013 START
 *	mid-2011			DATE 2011 MID
 *	late last year			DATE 2012 END
 *	early May			DATE 2013-05 START
 *	the end of March		DATE 2013-03 END
 *	the beginning of the month	DATE 2013-05 START
 *	earlier this week		DATE 2013-W19
 *	later today			DATE 2013-05-09
 *	around 18:00			TIME 2013-05-09T18:00 APPROX
 *	about noon			TIME 2013-05-09T12:00 APPROX
 *	earlier in the day		DATE 2013-05-09
 */
#include <string.h>

#include "engine.h"
#include "rules.h"

/*
 * Modifiers kept in the span, with the value of what they modify:
 * "early 2013", "mid-2011", "late last year", "the end of this year",
 * "the beginning of the month", "earlier this week", "later today".
 */
int
m_mod(struct dn_engine *e, size_t i, struct res *r)
{
	/* the lexicon value of early/mid/late, beginning/middle/end */
	static const int pos_mod[] = { DN_MOD_NONE, DN_MOD_START, DN_MOD_MID,
		DN_MOD_END };
	size_t k = i;
	int c, mod;

	if (cls(e, k) == C_THE && cls(e, k + 1) == C_POS)
		k++;
	c = cls(e, k);
	if (c == C_POS && !(lflags(e, k) & F_WEAK && k == i)) {
		mod = pos_mod[lval(e, k)];
		k++;
		if (cls(e, k) != C_OF)
			return 0;
		k++;
		if (cls(e, k) == C_THE && unit_at(e, k + 1) >= U_WEEK &&
		    !(lflags(e, k + 1) & F_PL)) {
			/* "the end of the year": the anchor's */
			r->end = k + 2;
			r->type = DN_DATE;
			put_shift(
			    r->val, anchor(e), unit_at(e, k + 1), 0, &r->when);
			r->mod = mod;
			return 1;
		}
		if (!match_at(e, k, r, e->depth + 1) || r->type != DN_DATE)
			return 0;
		r->mod = mod;
		return 1;
	}
	if (c == C_EARLY) {
		mod = pos_mod[lval(e, k)];
		k++;
		if (punct(e, k, '-') && glued(e, k))
			k++;
		if (cls(e, k) == C_PREP || cls(e, k) == C_A)
			return 0;
		if (!match_at(e, k, r, e->depth + 1) ||
		    (r->type != DN_DATE && r->type != DN_TIME))
			return 0;
		if (!strcmp(r->val, "PAST_REF") ||
		    !strcmp(r->val, "PRESENT_REF") ||
		    !strcmp(r->val, "FUTURE_REF"))
			return 0;
		r->mod = mod;
		return 1;
	}
	if (c == C_APPROX && approx_mod(e, k) == DN_MOD_APPROX &&
	    !word_is(e, k, "about")) {
		/* "around 18:00", "roughly noon", "around March 5"; not "about
		 * 2010" (a book about it) */
		if (!match_at(e, k + 1, r, e->depth + 1) ||
		    (r->type != DN_TIME && r->type != DN_DATE) ||
		    strstr(r->val, "_REF") != NULL)
			return 0;
		r->mod = DN_MOD_APPROX;
		return 1;
	}
	if (c == C_APPROX && word_is(e, k, "about")) {
		/* "about 20:00", "about noon": a clock time only */
		if (!match_at(e, k + 1, r, e->depth + 1) || r->type != DN_TIME)
			return 0;
		r->mod = DN_MOD_APPROX;
		return 1;
	}
	if (c == C_EARLIER) {
		k++;
		if (is_prep(e, k, P_IN) && cls(e, k + 1) == C_THE &&
		    unit_at(e, k + 2) >= U_DAY && !(lflags(e, k + 2) & F_PL)) {
			/* "earlier in the day", "later in the year" */
			r->end = k + 3;
			r->type = DN_DATE;
			put_shift(r->val,
			    unit_at(e, k + 2) == U_DAY ? anaph(e) : anchor(e),
			    unit_at(e, k + 2), 0, &r->when);
			return 1;
		}
		c = cls(e, k);
		if (c != C_THIS && c != C_DAYREL && c != C_THAT)
			return 0;
		if (!match_at(e, k, r, e->depth + 1))
			return 0;
		return 1;
	}
	return 0;
}
