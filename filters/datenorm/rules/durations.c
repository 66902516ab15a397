/*
 * rules/durations.c - counts of a unit: durations, and the dates counted
 * from them ("ago", "later", "from now", "in two weeks" said of the
 * future); a count after an amount is a rate, a SET.
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	six months			DURATION P6M
 *	nearly five months		DURATION P5M LESS_THAN
 *	at least two hours		DURATION PT2H EQUAL_OR_MORE
 *	more than a decade		DURATION P10Y MORE_THAN
 *	some 20 years			DURATION P20Y APPROX
 *	roughly a day			DURATION P1D APPROX
 *	one to four months		DURATION PXM
 *	about three years ago		DATE 2010 APPROX
 *	two and a half years		DURATION P2.5Y
 *	a year and a half		DURATION P1.5Y
 *	a [12-year] plan		DURATION P12Y
 *	six straight days		DURATION P6D
 *	He is [54 years old]		DURATION P54Y
 *	for [years]			DURATION PXY
 *	it took [months]		DURATION PXM
 *	[decades-long]			DURATION PXDE
 *	two years ago			DATE 2011
 *	a few years ago			DATE PAST_REF
 *	three days later		DATE 2013-05-12
 *	two weeks from now		DATE 2013-05-23
 *	It will open in [two weeks]	DATE 2013-05-23
 *	$5 billion [a year]		SET P1Y
 */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

/*
 * A bare plural unit after a preposition or a verb whose object is a
 * length of time (lex/length-verbs.lst): "for years", "in minutes",
 * "over the years", "took months", "has been years", "decades-long".
 */
int
m_units(struct dn_engine *e, size_t i, struct res *r)
{
	int u = unit_at(e, i);
	size_t k = i;

	if (!u || !(lflags(e, i) & F_PL) || u == U_WEEKEND)
		return 0;
	if (cls(e, i + 1) == C_AGO) {
		/* "years ago" */
		r->end = i + 2;
		r->type = DN_DATE;
		strcpy(r->val, "PAST_REF");
		return 1;
	}
	if (punct(e, i + 1, '-') && glued(e, i + 1) &&
	    word_is(e, i + 2, "long"))
		k = i + 2;
	else if (!(i > 0 &&
	             (is_prep(e, i - 1, P_IN) || is_prep(e, i - 1, P_FOR) ||
	                 is_prep(e, i - 1, P_WITHIN))) &&
	    !(i > 1 && cls(e, i - 2) == C_PREP &&
	        (word_is(e, i - 1, "just") || word_is(e, i - 1, "only") ||
	            word_is(e, i - 1, "mere"))) &&
	    !(i > 1 && cls(e, i - 1) == C_THE && word_is(e, i - 2, "over")) &&
	    !(i > 0 && word_in(e, i - 1, W_LENGTH_VERB)))
		return 0;
	r->end = k + 1;
	r->type = DN_DURATION;
	put_duration(r->val, 0, 1, u);
	return 1;
}

/* Is "and a half" at k (after a unit: "a year and a half")? */
int
and_half(const struct dn_engine *e, size_t k)
{
	return cls(e, k) == C_AND && lval(e, k) != CONJ_OR &&
	    cls(e, k + 1) == C_A && cls(e, k + 2) == C_HALF;
}

/* An amount before "a year" makes it a rate: "$5 billion a year", "200
 * flights a week" (lex/counted.lst). */
static int
amount_before(const struct dn_engine *e, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	return e->tok[i].kind == T_NUM || cls(e, i) == C_NUMW ||
	    cls(e, i) == C_TIMES || punct(e, i, '%') ||
	    word_in(e, i, W_COUNTED);
}

/*
 * The mod of an approximating word: "nearly", "almost" and "under" say
 * less than the count ("nearly five months"), "over" more, "about",
 * "around", "roughly" either way.
 */
int
approx_mod(const struct dn_engine *e, size_t k)
{
	if (word_is(e, k, "nearly") || word_is(e, k, "almost") ||
	    word_is(e, k, "under"))
		return DN_MOD_LESS_THAN;
	if (word_is(e, k, "over"))
		return DN_MOD_MORE_THAN;
	return DN_MOD_APPROX;
}

/* "about", "around": prepositions too ("a book about a year in Paris") */
int
approx_prep(const struct dn_engine *e, size_t k)
{
	return word_is(e, k, "about") || word_is(e, k, "around");
}

/*
 * Durations and the dates counted from them: "six months" P6M, "the last
 * six months" P6M, "12-year" P12Y, "two years ago" 2011, "three days
 * later", "in two weeks" (future), "a year" after an amount is a SET.
 */
int
count_expr(struct dn_engine *e, size_t i, struct res *r, int the)
{
	size_t k = i, k2;
	double n;
	int x, isa, u, adj = 0, t;
	struct ymd a;

	/* "nearly five months", "more than 20 years", "some 20 years" */
	if (cls(e, k) == C_APPROX) {
		r->mod = approx_mod(e, k);
		k++;
	} else if (cls(e, k) == C_MORE && cls(e, k + 1) == C_THAN) {
		r->mod = word_is(e, k, "less") ? DN_MOD_LESS_THAN
		                               : DN_MOD_MORE_THAN;
		k += 2;
	} else if (is_prep(e, k, P_AT) && cls(e, k + 1) == C_LEAST) {
		r->mod = DN_MOD_EQUAL_OR_MORE;
		k += 2;
	} else if (word_is(e, k, "some") &&
	    (e->tok[k + 1].kind == T_NUM || cls(e, k + 1) == C_NUMW)) {
		r->mod = DN_MOD_APPROX;
		k++;
	}
	if (cls(e, k) == C_HALF && cls(e, k + 1) == C_A) {
		/* "half a year", "half an hour" */
		n = 0.5;
		x = isa = 0;
		k2 = k + 2;
	} else if (!(k2 = count_at(e, k, &n, &x, &isa))) {
		return 0;
	}
	/* "a book about a year in Paris": "about a" is a preposition's;
	 * "more than a decade", "nearly a year", "roughly a day" count */
	if (k > i && isa && approx_prep(e, i))
		return 0;
	{
		/* "one to four months", "two or three years": a range of
		 * counts is one duration of an unknown count */
		double n2;
		int x2, isa2;
		size_t k3;

		if (!isa &&
		    (is_prep(e, k2, P_TO) ||
		        (cls(e, k2) == C_AND && lval(e, k2) == CONJ_OR)) &&
		    (k3 = count_at(e, k2 + 1, &n2, &x2, &isa2)) != 0 && !isa2 &&
		    unit_at(e, k3) && n2 > n) {
			k2 = k3;
			x = 1;
		}
	}
	if (punct(e, k2, '-') && glued(e, k2) && glued(e, k2 + 1) &&
	    unit_at(e, k2 + 1)) {
		k2++; /* "12-year" */
		adj = 1;
	} else if (cls(e, k2) == C_STRAIGHT) {
		k2++; /* "six straight days" */
	}
	if (!(u = unit_at(e, k2)))
		return 0;
	if (u == U_QUARTER && !adj && !x && whole_count(n) && isa)
		return 0; /* "a quarter" of something */
	if (u == U_QUARTER && cls(e, k2 + 1) == C_OF && n <= 3 &&
	    cls(e, k2 - 1) != C_STRAIGHT)
		return 0; /* "three-quarters of states": a fraction */
	if (isa && !adj && (lflags(e, k2) & F_PL))
		return 0;
	if (n == 0 && !x)
		return 0;
	k2++;
	/* "a year and a half": P1.5Y */
	if (!x && !adj && whole_count(n) && and_half(e, k2)) {
		n += 0.5;
		k2 += 3;
	}
	/* "decades-long" */
	if (punct(e, k2, '-') && glued(e, k2) && word_is(e, k2 + 1, "long"))
		k2 += 2;
	/* "54 years old": an age is a duration too */
	else if (u == U_YEAR && word_is(e, k2, "old"))
		k2++;
	r->end = k2;
	r->type = DN_DURATION;
	put_duration(r->val, n, x, u);
	if (adj || the)
		return 1;
	a = anchor(e);
	if (cls(e, k2) == C_AGO) {
		/* "two years ago" -> 2011; "a few years ago" -> PAST_REF */
		r->end = k2 + 1;
		r->type = DN_DATE;
		if (x || !whole_count(n)) {
			strcpy(r->val, "PAST_REF");
			return 1;
		}
		if (u == U_WEEK || u == U_FORTNIGHT)
			put_shift(r->val, a, U_DAY,
			    -(long)n * (u == U_WEEK ? 7 : 14), &r->when);
		else if (u == U_DECADE || u == U_CENTURY)
			put_shift(r->val, a, U_YEAR,
			    -(long)n * (u == U_DECADE ? 10 : 100), &r->when);
		else
			put_shift(r->val, a, u, -(long)n, &r->when);
		return 1;
	}
	if (cls(e, k2) == C_EARLIER && !x && whole_count(n)) {
		/* "three days later": from the last date mentioned */
		r->end = k2 + 1;
		r->type = DN_DATE;
		a = anaph(e);
		n *= lval(e, k2);
		if (u == U_YEAR && e->last.y && e->last_q) {
			/* "the third quarter ... a year earlier": 1988-Q3 */
			int yq = e->last.y * 4 + e->last_q - 1 + (int)n * 4;

			snprintf(r->val, DN_VALUE_MAX, "%04d-Q%d", yq / 4,
			    yq % 4 + 1);
			r->when.y = yq / 4;
			r->q = yq % 4 + 1;
			return 1;
		}
		if (u == U_YEAR && e->last.y && e->last.m && !e->last.d) {
			/* "September ... a year earlier": 1988-09 */
			put_shift(r->val, a, U_MONTH, (long)n * 12, &r->when);
			return 1;
		}
		if (u == U_WEEK)
			put_shift(r->val, a, U_DAY, (long)n * 7, &r->when);
		else if (u == U_DECADE || u == U_CENTURY)
			/* "a decade later" -> 2008 */
			put_shift(r->val, a, U_YEAR,
			    (long)n * (u == U_DECADE ? 10 : 100), &r->when);
		else
			put_shift(r->val, a, u, (long)n, &r->when);
		return 1;
	}
	if (is_prep(e, k2, P_FROM) && word_is(e, k2 + 1, "now") && !x &&
	    whole_count(n)) {
		/* "two weeks from now" */
		r->end = k2 + 2;
		r->type = DN_DATE;
		put_shift(r->val, a, u == U_WEEK ? U_DAY : u,
		    (long)n * (u == U_WEEK ? 7 : 1), &r->when);
		return 1;
	}
	if (isa && u < U_DAY && i > 0 && e->tok[i - 1].kind == T_WORD &&
	    !e->tok[i - 1].lex && !(e->tok[i - 1].flags & DT_CAP) &&
	    e->s[e->tok[i - 1].end - 1] == 's')
		return 0; /* "60 miles an hour": a speed */
	if (isa && amount_before(e, i)) {
		/* "$5 billion a year", "twice a week"; "60 miles an hour" */
		if (u < U_DAY)
			return 0;
		r->type = DN_SET;
		put_duration(r->val, 1, 0, u);
		return 1;
	}
	t = i > 0 && is_prep(e, i - 1, P_IN) && !x ? tense(e, i) : 0;
	if (t > 0 && whole_count(n)) {
		/* "will open in two weeks" */
		r->type = DN_DATE;
		put_shift(r->val, a, u == U_WEEK ? U_DAY : u,
		    (long)n * (u == U_WEEK ? 7 : 1), &r->when);
	}
	return 1;
}

int
m_count(struct dn_engine *e, size_t i, struct res *r)
{
	return count_expr(e, i, r, 0);
}
