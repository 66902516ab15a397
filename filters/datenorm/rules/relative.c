/*
 * rules/relative.c - expressions relative to the anchor (deictic: today,
 * last month, next Friday) or to the last date the text named (anaphoric:
 * the following day, that year); and general references (now, recently).
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	yesterday			DATE 2013-05-08
 *	tomorrow morning		TIME 2013-05-10TMO
 *	tonight				TIME 2013-05-09TNI
 *	last month			DATE 2013-04
 *	next week			DATE 2013-W20
 *	last night			TIME 2013-05-08TNI
 *	next Friday			DATE 2013-05-10
 *	last summer			DATE 2012-SU
 *	last December			DATE 2012-12
 *	last fiscal year		DATE FY2012
 *	this past weekend		DATE 2013-W18-WE
 *	the following day		DATE 2013-05-10
 *	the past six months		DURATION P6M
 *	the past year and a half	DURATION P1.5Y
 *	the coming weeks		DURATION PXW
 *	the same month a year ago	DATE 2012-05
 *	last year August 8		DATE 2012-08-08
 *	It ends on June 10. By [that time] it is done.	DATE 2013-06-10
 *	right now			DATE PRESENT_REF
 *	these days			DATE PRESENT_REF
 *	[Current] President Ann Lee said	DATE PRESENT_REF
 *	in [recent years]		DATE PAST_REF
 *	soon				DATE FUTURE_REF
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

/* Append a part of day: "yesterday morning" -> 2013-05-08TMO. */
static void
add_partday(const struct dn_engine *e, size_t k, struct res *r)
{
	size_t n;

	if (cls(e, k) != C_PARTDAY || (lflags(e, k) & (F_PL | F_ADJONLY)))
		return;
	n = strlen(r->val);
	snprintf(r->val + n, DN_VALUE_MAX - n, "T%s", partcode[lval(e, k)]);
	r->type = DN_TIME;
	r->end = k + 1;
}

/* "today", "yesterday", "tomorrow morning", "tonight" */
int
m_dayrel(struct dn_engine *e, size_t i, struct res *r)
{
	struct ymd a = anchor(e);

	if (cls(e, i) != C_DAYREL)
		return 0;
	r->type = DN_DATE;
	r->end = i + 1;
	put_shift(r->val, a, U_DAY, lval(e, i), &r->when);
	if (lflags(e, i) & F_NIGHT) {
		strcat(r->val, "TNI");
		r->type = DN_TIME;
		return 1;
	}
	add_partday(e, i + 1, r);
	return 1;
}

/* The current weekend by tense: "over the weekend" (past) -> 2013-W18-WE */
void
put_weekend(struct dn_engine *e, size_t i, struct res *r)
{
	struct ymd a = anchor(e);
	long n = 0;

	if (ymd_full(a)) {
		int wd = iso_wday(days_from_civil(a.y, a.m, a.d));
		int t = tense(e, i);

		if (t < 0 && wd < 6)
			n = -1;
	}
	put_shift(r->val, a, U_WEEKEND, n, &r->when);
}

/*
 * "last year", "a year ago", "a year earlier", "the previous year", after
 * "the same month": the token after the phrase, or 0.
 */
static size_t
year_back(const struct dn_engine *e, size_t k)
{
	if (cls(e, k) == C_OF || is_prep(e, k, P_IN))
		k++;
	if ((cls(e, k) == C_LAST || cls(e, k) == C_PAST) &&
	    unit_at(e, k + 1) == U_YEAR && !(lflags(e, k + 1) & F_PL))
		return k + 2;
	if (cls(e, k) == C_THE &&
	    (cls(e, k + 1) == C_LAST || cls(e, k + 1) == C_PAST) &&
	    unit_at(e, k + 2) == U_YEAR && !(lflags(e, k + 2) & F_PL))
		return k + 3; /* "of the last year" */
	if (cls(e, k) == C_THE && cls(e, k + 1) == C_PREV &&
	    unit_at(e, k + 2) == U_YEAR && !(lflags(e, k + 2) & F_PL))
		return k + 3;
	if ((cls(e, k) == C_A || word_is(e, k, "one")) &&
	    unit_at(e, k + 1) == U_YEAR && !(lflags(e, k + 1) & F_PL) &&
	    (cls(e, k + 2) == C_AGO || cls(e, k + 2) == C_EARLIER ||
	        cls(e, k + 2) == C_BEFORE))
		return k + 3;
	return 0;
}

/*
 * "the same month a year ago", "the same period last year": the date last
 * mentioned, a year back, at the unit named, or for "period" and "time" at
 * the precision of that date.
 */
static void
same_last_year(struct dn_engine *e, struct res *r, int u)
{
	struct ymd p = anaph(e);

	r->type = DN_DATE;
	if (!u) {
		u = e->last.y && e->last_q     ? U_QUARTER
		    : ymd_full(p) && e->last.d ? U_DAY
		    : p.m && e->last.m         ? U_MONTH
		                               : U_YEAR;
	}
	if (!p.y) {
		strcpy(r->val, "XXXX");
		return;
	}
	switch (u) {
	case U_QUARTER:
		if (e->last.y && e->last_q) {
			snprintf(r->val, DN_VALUE_MAX, "%04d-Q%d",
			    e->last.y - 1, e->last_q);
			return;
		}
		put_shift(r->val, p, U_QUARTER, -4, &r->when);
		return;
	case U_MONTH:
		put_shift(r->val, p, U_MONTH, -12, &r->when);
		return;
	case U_WEEK:
		if (ymd_full(p)) {
			int wy, w;

			iso_week(p, &wy, &w);
			snprintf(r->val, DN_VALUE_MAX, "%04d-W%02d", wy - 1,
			    w > 52 ? 52 : w);
			return;
		}
		put_shift(r->val, p, U_YEAR, -1, &r->when);
		return;
	case U_DAY:
		if (ymd_full(p)) {
			p.y--;
			if (p.d > month_days(p.y, p.m))
				p.d = month_days(p.y, p.m); /* February 29 */
			r->when = p;
			put_day(r->val, p);
			return;
		}
		/* FALLTHROUGH */
	default:
		put_shift(r->val, p, U_YEAR, -1, &r->when);
	}
}

/*
 * Expressions with a relative word: "last month", "next Friday", "this
 * morning", "the following day", "that year", "the past six months",
 * "the coming weeks", "last summer", "last fiscal year".
 */
int
rel_expr(struct dn_engine *e, size_t i, struct res *r, int the)
{
	int c = cls(e, i), u, pl, t;
	size_t k = i + 1, k3;
	double n;
	int x, isa;
	struct ymd a, p;
	long dir;

	/* "expected to last several months", "it will last two weeks", "it
	 * could last" (lex/modals.lst): a verb, the duration after it is
	 * tagged alone (not "to last year") */
	if (c == C_LAST && i > 0 && !unit_at(e, i + 1) &&
	    (is_prep(e, i - 1, P_TO) ||
	        (cls(e, i - 1) == C_FUT && !(lflags(e, i - 1) & F_WEAK)) ||
	        word_in(e, i - 1, W_MODAL)))
		return 0;
	if (c == C_REF && lflags(e, i) & F_ADJONLY && lval(e, i) == R_PRESENT)
		c = C_THIS; /* "current quarter" */
	if (c == C_THIS && cls(e, k) == C_PAST) {
		c = C_LAST; /* "this past weekend" */
		k++;
	}
	switch (c) {
	case C_LAST:
	case C_PAST:
	case C_PREV:
	case C_NEXT:
	case C_FOLLOWING:
	case C_THIS:
	case C_THAT:
	case C_SAME:
		break;
	default:
		return 0;
	}
	dir = c == C_LAST || c == C_PAST || c == C_PREV ? -1
	    : c == C_NEXT || c == C_FOLLOWING           ? 1
	                                                : 0;
	/* "the past six months", "the next few weeks" */
	if (dir && c != C_PREV) {
		size_t k2 = count_at(e, k, &n, &x, &isa);

		if (k2 && !isa) {
			if (cls(e, k2) == C_STRAIGHT)
				k2++;
			if ((u = unit_at(e, k2)) != 0) {
				r->end = k2 + 1;
				if (!x && whole_count(n) &&
				    and_half(e, k2 + 1)) {
					n +=
					    0.5; /* "the past two years and a half" */
					r->end += 3;
				}
				r->type = DN_DURATION;
				put_duration(r->val, n, x, u);
				return 1;
			}
		}
	}
	if (c == C_SAME && (unit_at(e, k) || cls(e, k) == C_TIMEW) &&
	    !(lflags(e, k) & F_PL) && (k3 = year_back(e, k + 1)) != 0) {
		same_last_year(e, r, unit_at(e, k));
		/* the period talked about is still the one before */
		memset(&r->when, 0, sizeof r->when);
		r->end = k3;
		return 1;
	}
	if ((u = unit_at(e, k)) != 0) {
		pl = (lflags(e, k) & F_PL) != 0;
		r->end = k + 1;
		r->type = DN_DATE;
		if (pl) {
			/* "the coming weeks", "the past years" */
			if (!dir || c == C_PREV || c == C_FOLLOWING)
				return 0;
			r->type = DN_DURATION;
			put_duration(r->val, 0, 1, u);
			return 1;
		}
		if (u <= U_HOUR)
			return 0; /* "this minute" */
		if ((c == C_LAST || c == C_PAST) && (the || c == C_PAST) &&
		    !(c == C_LAST && u == U_QUARTER)) {
			/* "the past year": a duration; "the past year and a
			 * half" */
			r->type = DN_DURATION;
			if (and_half(e, k + 1)) {
				put_duration(r->val, 1.5, 0, u);
				r->end = k + 4;
			} else {
				put_duration(r->val, 1, 0, u);
			}
			return 1;
		}
		/* "the following day", "that year"; but "the coming week"
		 * is the reader's */
		if (c == C_PREV || c == C_FOLLOWING || c == C_THAT ||
		    c == C_SAME ||
		    (c == C_NEXT &&
		        (u == U_DAY || (the && !(lflags(e, i) & F_WEAK))))) {
			p = anaph(e); /* read now: it tells the anchor */
			put_shift(r->val, p, u, dir, &r->when);
			if (u == U_DAY)
				add_partday(e, k + 1, r);
			return 1;
		}
		if (u == U_DAY)
			return 0; /* "this day" */
		a = anchor(e);
		put_shift(r->val, a, u, dir, &r->when);
		return 1;
	}
	if (the)
		return 0;
	if (is(e, k, C_MONTH) && !(lflags(e, k) & F_ABBR) &&
	    (c == C_LAST || c == C_NEXT || c == C_THIS)) {
		int mon = lval(e, k), y;

		a = anchor(e);
		y = a.y;

		if (cls(e, k + 1) == C_UNIT || day_num(e, k + 1))
			return 0;
		if (y && a.m) {
			if (c == C_LAST && mon >= a.m)
				y--;
			else if (c == C_NEXT && mon <= a.m)
				y++;
		}
		r->end = k + 1;
		r->type = DN_DATE;
		put_month(r->val, y, mon);
		return 1;
	}
	if (is(e, k, C_WEEKDAY) &&
	    (c == C_LAST || c == C_NEXT || c == C_THIS)) {
		t = c == C_LAST ? -1 : c == C_NEXT ? 1 : tense(e, i);
		if (!weekday_date(e, k, r, c == C_THIS ? (t < 0 ? -1 : 1) : t,
		        c != C_THIS))
			return 0;
		return 1;
	}
	if (cls(e, k) == C_SEASON &&
	    (c == C_LAST || c == C_NEXT || c == C_THIS)) {
		int s = lval(e, k), y;

		a = anchor(e);
		y = a.y;

		if (y && a.m) {
			int cur = season_of(a.m);
			int sy = a.m <= 2 ? y - 1 : y;

			if (c == C_LAST)
				y = s < cur ? sy : sy - 1;
			else if (c == C_NEXT)
				y = s > cur ? sy : sy + 1;
			else
				y = sy;
		}
		r->end = k + 1;
		r->type = DN_DATE;
		put_season(r->val, y, s);
		return 1;
	}
	if (cls(e, k) == C_PARTDAY && !(lflags(e, k) & (F_PL | F_ADJONLY))) {
		/* "this morning", "last night", "that evening" */
		struct ymd d = c == C_THAT || c == C_SAME ? anaph(e)
		                                          : anchor(e);

		if (c == C_NEXT || c == C_FOLLOWING)
			return 0;
		if (c == C_LAST && lval(e, k) < PD_EVENING)
			return 0; /* "last morning" */
		put_shift(r->val, d, U_DAY, c == C_LAST ? -1 : 0, &r->when);
		add_partday(e, k, r);
		return 1;
	}
	if (cls(e, k) == C_FISCAL && lval(e, k) == FISCAL_WORD &&
	    unit_at(e, k + 1) == U_YEAR &&
	    (c == C_LAST || c == C_NEXT || c == C_THIS || c == C_PREV)) {
		r->end = k + 2;
		r->type = DN_DATE;
		a = anchor(e);
		if (a.y)
			snprintf(
			    r->val, DN_VALUE_MAX, "FY%04d", a.y + (int)dir);
		else
			strcpy(r->val, "FYXXXX");
		return 1;
	}
	return 0;
}

int
m_rel(struct dn_engine *e, size_t i, struct res *r)
{
	struct res md;
	int y, m, d;

	if (cls(e, i) == C_THAT && word_is(e, i + 1, "time") && i > 0 &&
	    cls(e, i - 1) == C_PREP && !is_prep(e, i - 1, P_DURING) &&
	    !is_prep(e, i - 1, P_FOR) && e->last.y) {
		/* "by that time", "at that time": the date last named (not
		 * "during that time", a stretch of time) */
		r->end = i + 2;
		r->type = DN_DATE;
		r->when = last_date(e);
		if (r->when.d)
			put_day(r->val, r->when);
		else if (r->when.m)
			put_month(r->val, r->when.y, r->when.m);
		else
			put_year(r->val, r->when.y);
		return 1;
	}
	/* "Kamloops This Week", "Good Morning America This Week": a title,
	 * capitals after a name */
	if (i > 0 && (e->tok[i].flags & DT_CAP) &&
	    (e->tok[i + 1 < e->ntok ? i + 1 : i].flags & DT_CAP) &&
	    e->tok[i - 1].kind == T_WORD && (e->tok[i - 1].flags & DT_CAP) &&
	    !e->tok[i - 1].lex)
		return 0;
	if (!rel_expr(e, i, r, 0))
		return 0;
	/* "last year August 8": that day of the year it names */
	memset(&md, 0, sizeof md);
	if (r->type == DN_DATE && strlen(r->val) == 4 && r->val[0] != 'X' &&
	    cls(e, r->end) == C_MONTH && m_month(e, r->end, &md) &&
	    md.type == DN_DATE && !md.abs.y && strlen(md.val) == 10 &&
	    sscanf(md.val, "%*4c-%2d-%2d", &m, &d) == 2) {
		y = atoi(r->val);
		r->end = md.end;
		r->when.y = y;
		r->when.m = m;
		r->when.d = d;
		put_day(r->val, r->when);
	}
	return 1;
}

/*
 * General references: "now", "currently", "recently", "right now",
 * "these days", "recent years" (PAST_REF).
 */
int
m_ref(struct dn_engine *e, size_t i, struct res *r)
{
	static const char *const ref[] = { "PRESENT_REF", "PAST_REF",
		"FUTURE_REF" };
	int c = cls(e, i);
	size_t k = i;

	if (c == C_RIGHT && word_is(e, i + 1, "now"))
		k++;
	else if (is_prep(e, i, P_AT) && word_is(e, i + 1, "present")) {
		/* "at present" */
		r->end = i + 2;
		r->type = DN_DATE;
		strcpy(r->val, "PRESENT_REF");
		return 1;
	} else if (c == C_THESE && unit_at(e, i + 1) == U_DAY) {
		r->end = i + 2;
		r->type = DN_DATE;
		strcpy(r->val, "PRESENT_REF");
		return 1;
	}
	if (cls(e, k) != C_REF)
		return 0;
	/* "Apocalypse Now", "Enlighten Now": a title */
	if ((e->tok[k].flags & DT_CAP) && k > 0 && k == i &&
	    e->tok[k - 1].kind == T_WORD && (e->tok[k - 1].flags & DT_CAP) &&
	    !e->tok[k - 1].lex)
		return 0;
	r->type = DN_DATE;
	strcpy(r->val, ref[lval(e, k)]);
	if (lflags(e, k) & F_ADJONLY) {
		const struct tok *n = k + 1 < e->ntok ? &e->tok[k + 1] : NULL;

		/* "recent years", "in recent weeks" */
		if (lval(e, k) == R_PAST && unit_at(e, k + 1) &&
		    (lflags(e, k + 1) & F_PL)) {
			r->end = k + 2;
			return 1;
		}
		/*
		 * "the current crisis", "recent losses": an adjective before
		 * a common noun ("current account" is a name of sorts, but
		 * TimeML annotates the temporal adjective); before a capital
		 * only an office, a title as it may be written ("the current
		 * President", lex/offices.lst), not "Current Affairs"
		 */
		if (!n || n->kind != T_WORD || n->lex ||
		    ((n->flags & DT_CAP) && !word_in(e, k + 1, W_OFFICE)) ||
		    !(n->flags & DT_SP))
			return 0;
	}
	r->end = k + 1;
	return 1;
}
