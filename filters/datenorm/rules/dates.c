/*
 * rules/dates.c - calendar dates: a month with a day or a year, a day with
 * a month, a weekday, a numeric date, a year or a decade, a week number.
 * A date without its year takes the year the tense points to; a weekday
 * is the one before or after the anchor, by the tense.
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	May 9, 2013			DATE 2013-05-09
 *	9th of May			DATE 2013-05-09
 *	Jan. 5				DATE 2013-01-05
 *	May 2013			DATE 2013-05
 *	sales rose in [May]		DATE 2013-05
 *	Thursday, May 9, 2013		DATE 2013-05-09
 *	He said [Friday]		DATE 2013-05-03
 *	He will meet on [Friday]	DATE 2013-05-10
 *	Friday morning			TIME 2013-05-10TMO
 *	on [Mondays]			SET XXXX-WXX-1
 *	the [Sunday] trade ban		SET XXXX-WXX-7
 *	2013-05-09			DATE 2013-05-09
 *	5/9/2013			DATE 2013-05-09
 *	in [2012]			DATE 2012
 *	He died on [the 4th].		DATE 2013-05-04
 *	from March 15 to [17]		DATE 2013-03-17
 *	the 1990s			DATE 199
 *	in ['82]			DATE 1982
 *	week 19				DATE 2013-W19
 */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

/* A bare "May" or "March" is a verb unless a preposition comes first. */
static int
month_context(const struct dn_engine *e, size_t i)
{
	int c;

	if (!(lflags(e, i) & F_CAP) || lval(e, i) == 8 /* August */)
		return 1;
	if (i == 0)
		return 0;
	if (i > 1 && punct(e, i - 1, '-') && glued(e, i) &&
	    cls(e, i - 2) == C_EARLY)
		return 1; /* "mid-May" */
	c = cls(e, i - 1);
	return c == C_PREP || c == C_EARLY || c == C_LAST || c == C_NEXT ||
	    c == C_THIS || c == C_OF || c == C_BEFORE || c == C_PAST ||
	    c == C_AND || c == C_POS;
}

/* "May 9, 2013", "May 9", "May 2013", "May of 2013", "May" */
int
m_month(struct dn_engine *e, size_t i, struct res *r)
{
	int mon, y = 0;
	size_t k, k2;

	if (!is(e, i, C_MONTH))
		return 0;
	mon = lval(e, i);
	k = after_month(e, i);
	if (day_num(e, k) && cls(e, k + 1) != C_UNIT) {
		int d = e->tok[k].val;

		r->end = year_after(e, k + 1, &y);
		if (r->end == k + 1 && punct(e, k + 1, ',') &&
		    year_num(e, k + 2, 1)) {
			y = e->tok[k + 2].val;
			r->end = k + 3;
		}
		return month_day(e, i, r, y, mon, d);
	}
	k2 = year_after(e, k, &y);
	if (k2 > k) {
		r->end = k2;
		r->type = DN_DATE;
		put_month(r->val, y, mon);
		set_abs(r, y, mon, 0);
		return 1;
	}
	if (cls(e, k) == C_OF &&
	    (cls(e, k + 1) == C_THIS || cls(e, k + 1) == C_LAST ||
	        cls(e, k + 1) == C_NEXT) &&
	    unit_at(e, k + 2) == U_YEAR && !(lflags(e, k + 2) & F_PL)) {
		/* "October of next year" */
		y = anchor(e).y;
		if (y)
			y += cls(e, k + 1) == C_THIS  ? 0
			    : cls(e, k + 1) == C_LAST ? -1
			                              : 1;
		r->end = k + 3;
		r->type = DN_DATE;
		put_month(r->val, y, mon);
		r->when.y = y;
		r->when.m = y ? mon : 0;
		return 1;
	}
	if ((lflags(e, i) & F_ABBR) || !month_context(e, i))
		return 0;
	/* "in May": the May the tense points to */
	r->end = k;
	r->type = DN_DATE;
	y = resolve_year(e, i, mon, 0);
	put_month(r->val, y, mon);
	if (y) {
		r->when.y = y;
		r->when.m = mon;
	}
	return 1;
}

/* "9 May 2013", "9th of May", "9 May" */
int
m_daymonth(struct dn_engine *e, size_t i, struct res *r)
{
	size_t k = i + 1;
	int y = 0;

	if (!day_num(e, i))
		return 0;
	if (cls(e, k) == C_OF)
		k++;
	if (!is(e, k, C_MONTH))
		return 0;
	if ((lflags(e, k) & F_CAP) && !(e->tok[k].flags & DT_CAP))
		return 0;
	r->end = year_after(e, after_month(e, k), &y);
	return month_day(e, i, r, y, lval(e, k), e->tok[i].val);
}

/*
 * "Wednesday, July 31" with no year: if the year chosen from the tense
 * puts July 31 on another weekday, the year beside it that fits.
 */
static void
fit_weekday(const struct dn_engine *e, struct res *r, int wd)
{
	struct ymd w = r->when, a = cal_anchor(e);
	int k, dy = w.y < a.y ? 1 : -1;

	if (iso_wday(days_from_civil(w.y, w.m, w.d)) == wd ||
	    strlen(r->val) != 10)
		return;
	for (k = 0; k < 2; k++, dy = -dy) {
		w.y = r->when.y + dy;
		if (w.d <= month_days(w.y, w.m) &&
		    iso_wday(days_from_civil(w.y, w.m, w.d)) == wd) {
			r->when = w;
			put_day(r->val, w);
			return;
		}
	}
}

/* A noun of what is done every such day (lex/practices.lst): "the
 * Sunday trade ban", "Sunday opening hours", "Friday prayers" (not
 * "Sunday's vote", nor "the Thursday edition", that Thursday's). */
static int
practice_after(const struct dn_engine *e, size_t k)
{
	return k < e->ntok && !(e->tok[k].flags & DT_CAP) &&
	    (e->tok[k].flags & DT_SP) && word_in(e, k, W_PRACTICE);
}

/* "Friday", "Friday morning", "Thursday, May 9, 2013", "Mondays" */
int
weekday_date(struct dn_engine *e, size_t i, struct res *r, int dir, int strict)
{
	int wd;
	size_t k;
	struct res in;

	if (!is(e, i, C_WEEKDAY) || !(e->tok[i].flags & DT_CAP))
		return 0;
	wd = lval(e, i);
	r->type = DN_DATE;
	r->end = i + 1;
	if ((lflags(e, i) & F_PL) || practice_after(e, i + 1)) {
		r->type = DN_SET;
		snprintf(r->val, DN_VALUE_MAX, "XXXX-WXX-%d", wd);
		return 1;
	}
	k = i + 1;
	if (punct(e, k, ','))
		k++;
	memset(&in, 0, sizeof in);
	if ((m_month(e, k, &in) || m_daymonth(e, k, &in)) && in.end > k + 1) {
		*r = in;
		if (!in.abs.y && ymd_full(in.when))
			fit_weekday(e, r, wd);
		return 1;
	}
	if (dir == 2)
		dir = tense(e, i);
	resolve_weekday(e, r, wd, dir, strict);
	if (cls(e, i + 1) == C_PARTDAY && !(lflags(e, i + 1) & F_PL) &&
	    !(lflags(e, i + 1) & F_ADJONLY)) {
		size_t n = strlen(r->val);

		snprintf(r->val + n, DN_VALUE_MAX - n, "T%s",
		    partcode[lval(e, i + 1)]);
		r->type = DN_TIME;
		r->end = i + 2;
	}
	return 1;
}

/* "Friday": the one the tense points to */
int
m_weekday(struct dn_engine *e, size_t i, struct res *r)
{
	return weekday_date(e, i, r, 2, 0);
}

/* "Black Monday", "Super Tuesday": a day's name */
int
m_dayname(struct dn_engine *e, size_t i, struct res *r)
{
	if (!is(e, i, C_DAYNAME) || !is(e, i + 1, C_WEEKDAY) ||
	    (lflags(e, i + 1) & F_PL))
		return 0;
	return weekday_date(e, i + 1, r, 2, 0);
}

/* Numeric dates: "2013-05-09", "5/9/2013", "2013/05/09". */
int
m_numdate(struct dn_engine *e, size_t i, struct res *r)
{
	const struct tok *a = &e->tok[i], *b, *c;
	int sep, y, m, d;

	if (!plain_num(e, i) || i + 4 >= e->ntok + 0)
		return 0;
	if (!(punct(e, i + 1, '-') || punct(e, i + 1, '/')))
		return 0;
	sep = e->tok[i + 1].val;
	if (!glued(e, i + 1) || !glued(e, i + 2) || !plain_num(e, i + 2) ||
	    !punct(e, i + 3, sep) || !glued(e, i + 3) || !glued(e, i + 4) ||
	    !plain_num(e, i + 4))
		return 0;
	b = &e->tok[i + 2];
	c = &e->tok[i + 4];
	if (a->ndig == 4 && b->ndig <= 2 && c->ndig <= 2) {
		y = a->val;
		m = b->val;
		d = c->val;
	} else if (sep == '/' && a->ndig <= 2 && b->ndig <= 2 &&
	    (c->ndig == 4 || c->ndig == 2)) {
		y = c->ndig == 2 ? (c->val < 50 ? 2000 : 1900) + c->val
		                 : c->val;
		m = a->val; /* "5/9/2013": US order */
		d = b->val;
		if (m > 12) {
			m = b->val; /* "25/12/2013" */
			d = a->val;
		}
	} else {
		return 0;
	}
	if (y < 1000 || m < 1 || m > 12)
		return 0;
	r->end = i + 5;
	return month_day(e, i, r, y, m, d);
}

/* "1990s" / "'90s" -> 199 (TimeML's decade), "2013" -> 2013 */
int
year_date(struct dn_engine *e, size_t i, struct res *r, int the)
{
	const struct tok *t = &e->tok[i];

	if (t->kind != T_NUM)
		return 0;
	if (t->flags & DT_DECS) {
		int v = t->val;

		/* "in the 30s°F": a temperature, no decade */
		if (glued(e, i + 1) && e->tok[i + 1].kind == T_OTHER)
			return 0;

		if (t->ndig == 2) {
			/* "'90s", "the 70s and 80s", "the early 80s" */
			if (!(i > 0 && punct(e, i - 1, '\'') && glued(e, i)) &&
			    !the &&
			    !(i > 0 &&
			        (cls(e, i - 1) == C_AND ||
			            cls(e, i - 1) == C_EARLY ||
			            cls(e, i - 1) == C_THE)))
				return 0;
			v += v < 30 ? 2000 : 1900;
		}
		r->end = i + 1;
		r->type = DN_DATE;
		snprintf(r->val, DN_VALUE_MAX, "%03d", v / 10);
		return 1;
	}
	if (t->ndig == 2 && i > 1 && punct(e, i - 1, '\'') && glued(e, i) &&
	    plain_num(e, i) &&
	    !(i + 1 < e->ntok && glued(e, i + 1) &&
	        e->tok[i + 1].kind != T_PUNCT) &&
	    (cls(e, i - 2) == C_PREP || cls(e, i - 2) == C_OF ||
	        cls(e, i - 2) == C_MONTH || cls(e, i - 2) == C_SEASON ||
	        cls(e, i - 2) == C_AND)) {
		/* "'82" */
		int y = t->val + (t->val < 30 ? 2000 : 1900);

		r->end = i + 1;
		r->type = DN_DATE;
		put_year(r->val, y);
		set_abs(r, y, 0, 0);
		return 1;
	}
	if (!year_num(e, i, the))
		return 0;
	r->end = i + 1;
	r->type = DN_DATE;
	put_year(r->val, t->val);
	set_abs(r, t->val, 0, 0);
	return 1;
}

int
m_year(struct dn_engine *e, size_t i, struct res *r)
{
	return year_date(e, i, r, 0);
}

/* "'82", "'90s": the year after an apostrophe */
int
m_apos_year(struct dn_engine *e, size_t i, struct res *r)
{
	return year_date(e, i + 1, r, 0);
}

/* "week 19" -> 2013-W19 */
int
m_weeknum(struct dn_engine *e, size_t i, struct res *r)
{
	int y;

	if (unit_at(e, i) != U_WEEK || (lflags(e, i) & F_PL) ||
	    !plain_num(e, i + 1) || e->tok[i + 1].val < 1 ||
	    e->tok[i + 1].val > 53 || unit_at(e, i + 2))
		return 0;
	r->end = year_after(e, i + 2, &y);
	if (r->end == i + 2)
		y = cal_anchor(e).y;
	r->type = DN_DATE;
	if (y)
		snprintf(
		    r->val, DN_VALUE_MAX, "%04d-W%02d", y, e->tok[i + 1].val);
	else
		snprintf(r->val, DN_VALUE_MAX, "XXXX-W%02d", e->tok[i + 1].val);
	return 1;
}

/*
 * "He died on the 4th.": a day of the month alone, after "on the", in
 * the month of the last date mentioned, else the anchor's month, the one
 * before when the tense is past and the day still to come.  Before a
 * word it is something else ("on the 4th floor").
 */
int
the_day_of_month(struct dn_engine *e, size_t i, struct res *r)
{
	struct ymd a = e->last.m ? last_date(e) : cal_anchor(e);
	size_t k = i + 1;
	int d, t;

	if (i == 0 || !is_prep(e, i - 1, P_ON) || k >= e->ntok ||
	    !(e->tok[k].flags & DT_ORD) || !day_num(e, k) ||
	    (k + 1 < e->ntok && e->tok[k + 1].kind != T_PUNCT &&
	        cls(e, k + 1) != C_AND && cls(e, k + 1) != C_PREP))
		return 0;
	d = e->tok[k].val;
	r->end = k + 1;
	r->type = DN_DATE;
	if (!a.y || !a.m) {
		snprintf(r->val, DN_VALUE_MAX, "XXXX-XX-%02d", d);
		return 1;
	}
	if (!e->last.m && a.d) {
		t = tense(e, i);
		if (t < 0 && d > a.d && --a.m == 0) {
			a.m = 12;
			a.y--;
		} else if (t > 0 && d < a.d && ++a.m == 13) {
			a.m = 1;
			a.y++;
		}
	}
	if (d > month_days(a.y, a.m))
		return 0;
	a.d = d;
	r->when = a;
	put_day(r->val, a);
	return 1;
}

/*
 * The end of a range of days after the full date `from`: "March 15 to
 * 17", "May 3-5, 2019", "June 1 through 4": the second day, a DATE of its
 * own in the month of the first, as TimeML marks a range (two TIMEX3).
 * A year after it is the first one's too when that has none.
 */
int
range_end_day(
    struct dn_engine *e, size_t i, const struct res *from, struct res *r)
{
	size_t k = from->end, k2;
	int d, y = 0;
	/* "from March 15 to 17 it rained": the range is said */
	int said = i > 0 &&
	    (is_prep(e, i - 1, P_FROM) || is_prep(e, i - 1, P_BETWEEN));

	if (from->type != DN_DATE || !ymd_full(from->when) ||
	    !(is_prep(e, k, P_TO) || is_prep(e, k, P_THROUGH) ||
	        (punct(e, k, '-') &&
	            e->tok[k + 1 < e->ntok ? k + 1 : k].kind == T_NUM)))
		return 0;
	k++;
	if (!day_num(e, k) || (d = e->tok[k].val) <= from->when.d ||
	    d > month_days(from->when.y, from->when.m) ||
	    (k + 1 < e->ntok &&
	        (cls(e, k + 1) == C_MONTH || unit_at(e, k + 1) ||
	            (glued(e, k + 1) && e->tok[k + 1].kind != T_PUNCT) ||
	            punct(e, k + 1, '%') ||
	            /* "June 1 to 4 percent", "July 4 - 6 people" */
	            (e->tok[k + 1].kind == T_WORD && !said &&
	                !(e->tok[k + 1].flags & DT_CAP) &&
	                cls(e, k + 1) != C_PREP && cls(e, k + 1) != C_AND))))
		return 0;
	k2 = k + 1;
	if (punct(e, k2, ','))
		k2 = year_after(e, k2 + 1, &y) > k2 + 1
		    ? year_after(e, k2 + 1, &y)
		    : k2;
	r->type = DN_DATE;
	r->when = from->when;
	r->when.d = d;
	if (y) {
		r->when.y = y;
		r->abs = r->when;
	}
	r->end = y ? k2 : k + 1;
	put_day(r->val, r->when);
	return (int)k;
}
