/*
 * rules/the.c - expressions led by "the": general references (the past,
 * the near future), the day or year before the last date named, the
 * period the text is about (for the year, for the quarter), and "the" as
 * part of the expression after it (the 1990s, the third quarter).
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	the past			DATE PAST_REF
 *	the near future			DATE FUTURE_REF
 *	for [the time being]		DATE PRESENT_REF
 *	at [the moment]			DATE PRESENT_REF
 *	the day before			DATE 2013-05-08
 *	the night before		TIME 2013-05-08TNI
 *	later in [the evening]		TIME 2013-05-09TEV
 *	the day before yesterday	DATE 2013-05-07
 *	On March 3, 2010 it fell. [The year before].	DATE 2009
 *	through [the years]		DURATION PXY
 *	profit for [the quarter]	DATE 2013-Q2
 *	a loss for [the entire year]	DATE 2013
 *	the nineties			DATE 199
 *	the year 2000			DATE 2000
 *	It rose for [a third straight day].	DATE 2013-05-09
 *	gains for [fourth week] in a row	DATE 2013-W19
 *	stocks had their best [week] since March	DATE 2013-W19
 *	shares rose in [morning] trading	TIME 2013-05-09TMO
 */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

/* Part of the day at token k ("evening") on the day last named, else
 * the anchor: TIME 2013-05-09TEV. */
static void
part_of_day(struct dn_engine *e, size_t k, struct res *r)
{
	struct ymd p = day_anchor(e);
	size_t n;

	r->end = k + 1;
	r->type = DN_TIME;
	if (ymd_full(p))
		put_day(r->val, p);
	else
		strcpy(r->val, "XXXX-XX-XX");
	n = strlen(r->val);
	snprintf(r->val + n, DN_VALUE_MAX - n, "T%s", partcode[lval(e, k)]);
}

/*
 * "the" before an expression: "the past" PAST_REF, "the future",
 * "the near future", "the long term", "the time being", "the day before",
 * "the day", "the weekend", "the nineties", "the summer", and "the" kept
 * in the span before "1990s", "third quarter", "past six months", ...
 */
int
m_the(struct dn_engine *e, size_t i, struct res *r)
{
	size_t k = i + 1;
	int c = cls(e, k), u;
	struct ymd p;

	if (c == C_PAST &&
	    !count_at(e, k + 1, &(double){ 0 }, &(int){ 0 }, &(int){ 0 }) &&
	    !unit_at(e, k + 1) && !(cls(e, k + 1) == C_STRAIGHT)) {
		r->end = k + 1;
		r->type = DN_DATE;
		strcpy(r->val, "PAST_REF");
		return 1;
	}
	if (c == C_REFNOUN && !(lflags(e, k) & F_WEAK)) {
		r->end = k + 1;
		r->type = DN_DATE;
		strcpy(r->val,
		    lval(e, k) == R_FUTURE ? "FUTURE_REF" : "PRESENT_REF");
		return 1;
	}
	if (c == C_REFNOUN && word_is(e, k, "moment") && i > 0 &&
	    is_prep(e, i - 1, P_AT)) {
		r->end = k + 1; /* "at the moment" */
		r->type = DN_DATE;
		strcpy(r->val, "PRESENT_REF");
		return 1;
	}
	if (c == C_LONG &&
	    (cls(e, k + 1) == C_REFNOUN || cls(e, k + 1) == C_PAST) &&
	    !word_is(e, k + 1, "moment") && !word_is(e, k + 1, "present")) {
		/* "the near future", "the long term", "the distant past" */
		r->end = k + 2;
		r->type = DN_DATE;
		strcpy(r->val,
		    cls(e, k + 1) == C_PAST ? "PAST_REF" : "FUTURE_REF");
		return 1;
	}
	if (c == C_TIMEW && cls(e, k + 1) == C_BEING) {
		r->end = k + 2;
		r->type = DN_DATE;
		strcpy(r->val, "PRESENT_REF");
		return 1;
	}
	if (c == C_DECADEW) {
		r->end = k + 1;
		r->type = DN_DATE;
		snprintf(r->val, DN_VALUE_MAX, "19%d", lval(e, k));
		return 1;
	}
	u = unit_at(e, k);
	if ((u == U_DAY ||
	        (cls(e, k) == C_PARTDAY && lval(e, k) == PD_NIGHT)) &&
	    !(lflags(e, k) & F_PL) && cls(e, k + 1) == C_BEFORE) {
		/* "the day before", "the day after", "the night before" */
		int dir = lval(e, k + 1);

		if (!word_is(e, k + 1, "before") && !word_is(e, k + 1, "after"))
			return 0;
		r->end = k + 2;
		r->type = DN_DATE;
		if (cls(e, k + 2) == C_DAYREL &&
		    !(lflags(e, k + 2) & F_NIGHT)) {
			/* "the day before yesterday" */
			p = anchor(e);
			p = ymd_full(p) ? add_days(p, lval(e, k + 2)) : p;
			r->end = k + 3;
		} else {
			p = day_anchor(e);
		}
		put_shift(r->val, p, U_DAY, dir, &r->when);
		if (u != U_DAY) {
			strcat(r->val, "TNI");
			r->type = DN_TIME;
		}
		return 1;
	}
	if (u >= U_DAY && u <= U_YEAR && u != U_WEEKEND && u != U_FORTNIGHT &&
	    !(lflags(e, k) & F_PL) && cls(e, k + 1) == C_PREV &&
	    !(lflags(e, k + 1) & F_WEAK)) {
		/* "the year previous" */
		r->end = k + 2;
		r->type = DN_DATE;
		put_shift(r->val, u == U_DAY ? day_anchor(e) : anaph(e), u, -1,
		    &r->when);
		return 1;
	}
	if (u >= U_WEEK && u <= U_YEAR && u != U_WEEKEND && u != U_FORTNIGHT &&
	    !(lflags(e, k) & F_PL) &&
	    (word_is(e, k + 1, "before") || word_is(e, k + 1, "after")) &&
	    (k + 2 >= e->ntok || e->tok[k + 2].kind == T_PUNCT ||
	        cls(e, k + 2) == C_AND)) {
		/* "the year before." — from the last date mentioned */
		r->end = k + 2;
		r->type = DN_DATE;
		put_shift(r->val, anaph(e), u, lval(e, k + 1), &r->when);
		return 1;
	}
	if (u == U_DAY && !(lflags(e, k) & F_PL) && ymd_full(day_anchor(e)) &&
	    cls(e, k + 1) != C_OF &&
	    !(k + 1 < e->ntok && e->tok[k + 1].kind == T_PUNCT &&
	        (e->tok[k + 1].val == '\'' || e->tok[k + 1].val == '/' ||
	            e->tok[k + 1].val == '-')) &&
	    !(cls(e, k + 1) == C_AND && cls(e, k + 2) == C_PARTDAY)) {
		/* "on the day": the last date mentioned */
		r->end = k + 1;
		r->type = DN_DATE;
		r->when = day_anchor(e);
		put_day(r->val, r->when);
		return 1;
	}
	if (u && (lflags(e, k) & F_PL) && i > 0 &&
	    (is_prep(e, i - 1, P_THROUGH) || is_prep(e, i - 1, P_THROUGHOUT) ||
	        is_prep(e, i - 1, P_DURING))) {
		/* "through the years" */
		r->end = k + 1;
		r->type = DN_DURATION;
		put_duration(r->val, 0, 1, u);
		return 1;
	}
	if (cls(e, k) == C_PARTDAY && !(lflags(e, k) & (F_PL | F_ADJONLY)) &&
	    !(e->tok[k].flags & DT_CAP) && /* "Imus in the Morning" */
	    i > 0 && cls(e, i - 1) == C_PREP && !is_prep(e, i - 1, P_FOR) &&
	    cls(e, k + 1) != C_OF && cls(e, k + 1) != C_BEFORE) {
		/* "later in the evening": that of the day last named */
		part_of_day(e, k, r);
		return 1;
	}
	if (u == U_WEEKEND && !(lflags(e, k) & F_PL)) {
		r->end = k + 1;
		r->type = DN_DATE;
		put_weekend(e, k, r);
		return 1;
	}
	if ((word_is(e, k, "entire") || word_is(e, k, "whole") ||
	        word_is(e, k, "full")) &&
	    (unit_at(e, k + 1) == U_YEAR || unit_at(e, k + 1) == U_QUARTER)) {
		/* "for the entire year": the year, "entire" in the span */
		k++;
		u = unit_at(e, k);
	}
	if (u == U_YEAR && !(lflags(e, k) & F_PL) && !punct(e, k + 1, '-') &&
	    !year_num(e, k + 1, 1) && (e->last.y || anchor(e).y)) {
		/* "net income for the year": the year last named */
		r->end = k + 1;
		r->type = DN_DATE;
		put_year(r->val, e->last.y ? last_date(e).y : anchor(e).y);
		return 1;
	}
	if (u == U_QUARTER && !(lflags(e, k) & F_PL) && cls(e, k + 1) != C_OF &&
	    !punct(e, k + 1, '-') && unit_at(e, k + 1) != U_CENTURY) {
		/* "profit for the quarter": the quarter last named */
		struct ymd a = anchor(e);

		r->end = k + 1;
		r->type = DN_DATE;
		if (e->last_q && e->last.y) {
			*e->used = U_LAST;
			snprintf(r->val, DN_VALUE_MAX, "%04d-Q%d", e->last.y,
			    e->last_q);
			r->when = e->last;
			r->q = e->last_q;
		} else {
			put_shift(r->val, a, U_QUARTER, 0, &r->when);
		}
		return 1;
	}
	if (c == C_SEASON && season_date(e, k, r, 1))
		return 1;
	if (c == C_UNIT && (u == U_YEAR || u == U_MONTH) &&
	    year_num(e, k + 1, 1) && u == U_YEAR) {
		/* "the year 2000" */
		r->end = k + 2;
		r->type = DN_DATE;
		put_year(r->val, e->tok[k + 1].val);
		set_abs(r, e->tok[k + 1].val, 0, 0);
		return 1;
	}
	return 0;
}

/* Can "the" lead the expression that starts at token k? */
static int
takes_the(const struct dn_engine *e, size_t k)
{
	const struct tok *t = &e->tok[k];
	int c = cls(e, k);

	if (t->kind == T_NUM) {
		/* "the 24-hour strike": "the" goes with the noun */
		if (punct(e, k + 1, '-') && glued(e, k + 1))
			return 0;
		return (t->flags & (DT_DECS | DT_ORD)) || !year_num(e, k, 0) ||
		    t->ndig != 4;
	}
	if (c == C_NUMW && punct(e, k + 1, '-') && glued(e, k + 1) &&
	    unit_at(e, k + 2))
		return 0; /* "the five-year plan" */
	return c == C_ORDW || c == C_PAST || c == C_PREV || c == C_NEXT ||
	    c == C_FOLLOWING || c == C_LAST || c == C_SAME || c == C_EARLY ||
	    c == C_FISCAL || c == C_NUMW || c == C_QUANT || c == C_APPROX ||
	    c == C_DECADEW;
}

/*
 * "the" as part of the expression after it: "the 1990s", "the third
 * quarter", "the past six months", "the last quarter of 2009".
 */
int
m_the_prefix(struct dn_engine *e, size_t i, struct res *r)
{
	if (i + 1 >= e->ntok || !takes_the(e, i + 1))
		return 0;
	switch (cls(e, i + 1)) {
	case C_LAST:
		if (m_quarter(e, i + 1, r))
			return 1;
		memset(r, 0, sizeof *r);
		/* FALLTHROUGH */
	case C_PAST:
	case C_PREV:
	case C_NEXT:
	case C_FOLLOWING:
	case C_SAME:
		return rel_expr(e, i + 1, r, 1);
	case C_NUMW:
	case C_QUANT:
	case C_APPROX:
		return count_expr(e, i + 1, r, 1);
	}
	if (e->tok[i + 1].kind == T_NUM && (e->tok[i + 1].flags & DT_DECS))
		return year_date(e, i + 1, r, 1);
	if (match_at(e, i + 1, r, e->depth + 1))
		return 1;
	memset(r, 0, sizeof *r);
	return the_day_of_month(e, i, r);
}

/* A singular day, week, month, quarter or year at token k, or 0. */
static int
calendar_unit(const struct dn_engine *e, size_t k)
{
	int u = unit_at(e, k);

	return (u == U_DAY || u == U_WEEK || u == U_MONTH || u == U_QUARTER ||
	           u == U_YEAR) &&
	        !(lflags(e, k) & F_PL)
	    ? u
	    : 0;
}

/* The unit u at token k said of the present one: the day last named,
 * this week (month, ...). */
static int
present_unit(struct dn_engine *e, size_t k, int u, struct res *r)
{
	r->end = k + 1;
	r->type = DN_DATE;
	put_shift(
	    r->val, u == U_DAY ? day_anchor(e) : anchor(e), u, 0, &r->when);
	return 1;
}

/*
 * The n-th of a run, said of the present one: "for a third straight
 * day", "the second consecutive quarter", "for fourth week in a row" is
 * the day (the week, ...) the text is about.
 */
int
m_streak(struct dn_engine *e, size_t i, struct res *r)
{
	size_t k = i;
	int u, run = 0;

	if (cls(e, k) == C_A || cls(e, k) == C_THE)
		k++;
	if (cls(e, k) != C_ORDW || lval(e, k) < 2)
		return 0;
	k++;
	if (cls(e, k) == C_STRAIGHT && !word_is(e, k, "full")) {
		run = 1;
		k++;
	}
	if (!(u = calendar_unit(e, k)) || cls(e, k + 1) == C_OF ||
	    punct(e, k + 1, '-'))
		return 0;
	if (word_is(e, k + 1, "in") && cls(e, k + 2) == C_A &&
	    word_is(e, k + 3, "row"))
		run = 1;
	if (!run && !(i > 0 && is_prep(e, i - 1, P_FOR)))
		return 0;
	return present_unit(e, k, u, r);
}

/*
 * A unit after a superlative (lex/superlatives.lst), said of the present
 * one: "their best week since March", "its worst day in a decade" is the
 * week (the day) the text is about.
 */
int
m_best(struct dn_engine *e, size_t i, struct res *r)
{
	int u = calendar_unit(e, i);

	if (!u || i == 0 || (e->tok[i].flags & DT_CAP) ||
	    !(word_is(e, i + 1, "since") || is_prep(e, i + 1, P_IN) ||
	        word_is(e, i + 1, "ever") || punct(e, i + 1, '.')) ||
	    !word_in(e, i - 1, W_SUPERLATIVE))
		return 0;
	return present_unit(e, i, u, r);
}

/* "in morning trading", "during afternoon trading" (lex/sessions.lst):
 * the part of the day last named (or the anchor) */
int
m_trading(struct dn_engine *e, size_t i, struct res *r)
{
	if (cls(e, i) != C_PARTDAY || (lflags(e, i) & (F_PL | F_ADJONLY)) ||
	    i == 0 ||
	    !(is_prep(e, i - 1, P_IN) || is_prep(e, i - 1, P_DURING)) ||
	    !word_in(e, i + 1, W_SESSION))
		return 0;
	part_of_day(e, i, r);
	return 1;
}
