/*
 * rules/periods.c - parts of a year: seasons, quarters, halves, fiscal
 * years; and centuries named by their ordinal.  Without a year, the
 * anchor's (a quarter past, said in the first months, is last year's).
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	summer 2013			DATE 2013-SU
 *	the summer of 2013		DATE 2013-SU
 *	in [spring]			DATE 2013-SP
 *	their [Autumn] meetings		DATE 2013-FA
 *	[Spring] brought rain		DATE 2013-SP
 *	the third quarter of 2009	DATE 2009-Q3
 *	[third-quarter] profit		DATE 2013-Q3
 *	the last quarter of 2009	DATE 2009-Q4
 *	the first half			DATE 2013-H1
 *	the last week of March 2009	DATE 2009-W13
 *	the second week of May		DATE 2013-W19
 *	the first nine months		DURATION P9M
 *	the 20th century		DATE 19
 *	Q3 2012				DATE 2012-Q3
 *	FY2012				DATE FY2012
 *	fiscal year 2012		DATE FY2012
 */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

/* "summer 2013", "the summer of 2013", "summer" (with a determiner, a
 * possessive, or opening a sentence) */
int
season_date(struct dn_engine *e, size_t i, struct res *r, int bare)
{
	int s, y = 0;
	size_t k;

	if (cls(e, i) != C_SEASON)
		return 0;
	s = lval(e, i);
	k = year_after(e, i + 1, &y);
	if (k == i + 1 && !bare && i > 0 && cls(e, i - 1) == C_PREP &&
	    !is_prep(e, i - 1, P_FOR) && !(lflags(e, i) & F_WEAK))
		bare = 1; /* "in spring" */
	if (k == i + 1 && !bare && !(lflags(e, i) & F_WEAK) &&
	    (((e->tok[i].flags & DT_CAP) && i > 0 &&
	         word_in(e, i - 1, W_OWNER)) ||
	        ((i == 0 || sent_end(e, i - 1)) && i + 1 < e->ntok &&
	            e->tok[i + 1].kind == T_WORD &&
	            e->s[e->tok[i + 1].start] >= 'a' &&
	            e->s[e->tok[i + 1].start] <= 'z')))
		bare = 1; /* "their Autumn meetings" (lex/owners.lst),
		           * "Spring brought rain"; not "its summer habitats" */
	if (k == i + 1 && !bare)
		return 0;
	if (k == i + 1 && (lflags(e, i) & F_WEAK) && bare < 2)
		return 0; /* "the fall in prices" */
	r->end = k;
	r->type = DN_DATE;
	if (y) {
		set_abs(r, y, 0, 0);
		r->abs.m = r->when.m = 0;
	} else {
		y = cal_anchor(e).y;
	}
	put_season(r->val, y, s);
	return 1;
}

int
m_season(struct dn_engine *e, size_t i, struct res *r)
{
	return season_date(e, i, r, 0);
}

/* The year a quarter or half belongs to: "of 2009", "of this year". */
static size_t
period_year(struct dn_engine *e, size_t k, int *y, int *explicit)
{
	size_t k2 = year_after(e, k, y);
	struct ymd a = cal_anchor(e);

	*explicit = 0;
	if (k2 > k) {
		*explicit = 1;
		return k2;
	}
	if (cls(e, k) == C_OF &&
	    (cls(e, k + 1) == C_THIS || cls(e, k + 1) == C_LAST ||
	        cls(e, k + 1) == C_NEXT) &&
	    unit_at(e, k + 2) == U_YEAR) {
		*y = a.y ? a.y +
		        (cls(e, k + 1) == C_THIS          ? 0
		                : cls(e, k + 1) == C_LAST ? -1
		                                          : 1)
		         : 0;
		*explicit = 2;
		return k + 3;
	}
	if (cls(e, k) == C_OF && cls(e, k + 1) == C_THE &&
	    unit_at(e, k + 2) == U_YEAR) {
		*y = a.y;
		*explicit = 2;
		return k + 3;
	}
	*y = a.y;
	return k;
}

/* "the third quarter (of 2009)", "third-quarter", "the first half" */
int
m_quarter(struct dn_engine *e, size_t i, struct res *r)
{
	int q, y, ex, u;
	size_t k;
	struct ymd a = cal_anchor(e);

	if (cls(e, i) == C_ORDW && lval(e, i) == 1 && !unit_at(e, i + 1) &&
	    cls(e, i + 1) != C_HALF) {
		/* "the first nine months": a duration */
		double n;
		int x, isa;
		size_t k2 = count_at(e, i + 1, &n, &x, &isa);

		if (!k2 || isa || !(u = unit_at(e, k2)))
			return 0;
		r->end = k2 + 1;
		r->type = DN_DURATION;
		put_duration(r->val, n, x, u);
		return 1;
	}
	if (cls(e, i) == C_ORDW)
		q = lval(e, i);
	else if (cls(e, i) == C_LAST &&
	    (unit_at(e, i + 1) == U_QUARTER || cls(e, i + 1) == C_HALF) &&
	    cls(e, i + 2) == C_OF)
		q = ORD_FINAL; /* "the last quarter of 2009" */
	else if (e->tok[i].kind == T_NUM && (e->tok[i].flags & DT_ORD))
		q = e->tok[i].val;
	else
		return 0;
	k = i + 1;
	if (punct(e, k, '-') && glued(e, k))
		k++;
	u = unit_at(e, k);
	if (q == ORD_FINAL) /* "the final quarter", "the final half" */
		q = u == U_QUARTER ? 4 : 2;
	if (u == U_QUARTER && q >= 1 && q <= 4 && !(lflags(e, k) & F_PL)) {
		k = period_year(e, k + 1, &y, &ex);
		/* "profit fell in the fourth quarter" (said in January) */
		if (!ex && y && a.m && q > (a.m - 1) / 3 + 2 && tense(e, i) < 0)
			y--;
		r->end = k;
		r->type = DN_DATE;
		if (y)
			snprintf(r->val, DN_VALUE_MAX, "%04d-Q%d", y, q);
		else
			snprintf(r->val, DN_VALUE_MAX, "XXXX-Q%d", q);
		if (ex == 1)
			set_abs(r, y, 0, 0);
		r->when.y = y;
		r->q = y ? q : 0;
		return 1;
	}
	if (cls(e, k) == C_HALF && q >= 1 && q <= 2) {
		k = period_year(e, k + 1, &y, &ex);
		r->end = k;
		r->type = DN_DATE;
		if (y)
			snprintf(r->val, DN_VALUE_MAX, "%04d-H%d", y, q);
		else
			snprintf(r->val, DN_VALUE_MAX, "XXXX-H%d", q);
		if (ex == 1)
			set_abs(r, y, 0, 0);
		return 1;
	}
	if (u == U_CENTURY && !(lflags(e, k) & F_PL) && q >= 1 && q <= 30) {
		/* "the 20th century" -> 19 */
		r->end = k + 1;
		r->type = DN_DATE;
		snprintf(r->val, DN_VALUE_MAX, "%02d", q - 1);
		return 1;
	}
	return 0;
}

/* "Q3", "Q3 2012", "FY2012", "FY 2012", "fiscal 2012", "fiscal year 2012" */
int
m_fiscal(struct dn_engine *e, size_t i, struct res *r)
{
	const struct tok *t = &e->tok[i];
	const unsigned char *w = e->s + t->start;
	size_t n = t->end - t->start, k;
	int y = 0;

	if (t->kind != T_WORD)
		return 0;
	if ((t->flags & DT_UPPER) && n == 2 && w[0] == 'Q' && w[1] >= '1' &&
	    w[1] <= '4') {
		k = year_after(e, i + 1, &y);
		/* "Q1'03", "Q1’03": the year after an apostrophe */
		if (!y && punct(e, i + 1, '\'') && glued(e, i + 1) &&
		    plain_num(e, i + 2) && glued(e, i + 2) &&
		    e->tok[i + 2].ndig == 2) {
			y = e->tok[i + 2].val;
			y += y < 30 ? 2000 : 1900;
			set_abs(r, y, 0, 0);
			k = i + 3;
		}
		if (!y)
			y = cal_anchor(e).y;
		r->end = k;
		r->type = DN_DATE;
		if (y)
			snprintf(r->val, DN_VALUE_MAX, "%04d-Q%c", y, w[1]);
		else
			snprintf(r->val, DN_VALUE_MAX, "XXXX-Q%c", w[1]);
		return 1;
	}
	if ((t->flags & DT_UPPER) && (n == 6 || n == 4) && w[0] == 'F' &&
	    w[1] == 'Y' && ISDIGIT(w[2]) && ISDIGIT(w[3]) &&
	    (n == 4 || (ISDIGIT(w[4]) && ISDIGIT(w[5])))) {
		y = n == 6 ? (w[2] - '0') * 1000 + (w[3] - '0') * 100 +
		        (w[4] - '0') * 10 + (w[5] - '0')
		           : 2000 + (w[2] - '0') * 10 + (w[3] - '0');
		r->end = i + 1;
		r->type = DN_DATE;
		snprintf(r->val, DN_VALUE_MAX, "FY%04d", y);
		return 1;
	}
	if (cls(e, i) != C_FISCAL)
		return 0;
	if (lval(e, i) == FISCAL_FY && !(t->flags & DT_UPPER))
		return 0;
	k = i + 1;
	if (unit_at(e, k) == U_YEAR && !(lflags(e, k) & F_PL))
		k++;
	if (year_num(e, k, 1)) {
		y = e->tok[k].val;
		r->end = k + 1;
	} else if (k > i + 1 && lval(e, i) == FISCAL_WORD) {
		/* "fiscal year": the anchor's, or "the fiscal year ended June
		 * 30, 2012": the year it ends in */
		struct res in;

		y = cal_anchor(e).y;
		r->end = k;
		memset(&in, 0, sizeof in);
		if ((word_is(e, k, "ended") || word_is(e, k, "ending") ||
		        word_is(e, k, "ends") || word_is(e, k, "to")) &&
		    (m_month(e, k + 1, &in) || m_daymonth(e, k + 1, &in)) &&
		    in.abs.y)
			y = in.abs.y;
	} else {
		return 0;
	}
	r->type = DN_DATE;
	if (y)
		snprintf(r->val, DN_VALUE_MAX, "FY%04d", y);
	else
		strcpy(r->val, "FYXXXX");
	return 1;
}

/*
 * "the last week of March 2009", "the second week of May": a week is its
 * month's when its Thursday is (ISO 8601's rule for years), so the last
 * week of March 2009 is the one of Thursday, March 26 (2009-W13).
 */
int
m_week_of(struct dn_engine *e, size_t i, struct res *r)
{
	size_t k = i + 1;
	int n, wy, w, y = 0, m;
	long z, thu;
	struct res mo;

	if (cls(e, i) != C_THE)
		return 0;
	if (cls(e, k) == C_ORDW && lval(e, k) <= 5)
		n = lval(e, k);
	else if (cls(e, k) == C_LAST ||
	    (cls(e, k) == C_ORDW && lval(e, k) == ORD_FINAL))
		n = -1;
	else
		return 0;
	if (unit_at(e, k + 1) != U_WEEK || (lflags(e, k + 1) & F_PL) ||
	    cls(e, k + 2) != C_OF || cls(e, k + 3) != C_MONTH ||
	    !match_at(e, k + 3, &mo, e->depth + 1) || mo.type != DN_DATE ||
	    strlen(mo.val) != 7)
		return 0; /* a month alone: "2009-03", "XXXX-03" */
	r->end = mo.end;
	r->type = DN_DATE;
	r->used |= mo.used;
	if (mo.val[0] == 'X') {
		strcpy(r->val, "XXXX-WXX");
		return 1;
	}
	sscanf(mo.val, "%4d-%2d", &y, &m);
	if (n > 0) {
		/* the first Thursday of the month, then n - 1 weeks on */
		z = days_from_civil(y, m, 1);
		thu = z + (4 - iso_wday(z) + 7) % 7 + 7 * (n - 1);
	} else {
		z = days_from_civil(y, m, month_days(y, m));
		thu = z - (iso_wday(z) - 4 + 7) % 7;
	}
	if (civil_from_days(thu).m != m)
		return 0; /* "the fifth week of February" */
	iso_week(civil_from_days(thu), &wy, &w);
	snprintf(r->val, DN_VALUE_MAX, "%04d-W%02d", wy, w);
	r->abs = mo.abs;
	r->when = civil_from_days(thu);
	return 1;
}
