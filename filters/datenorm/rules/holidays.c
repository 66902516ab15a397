/*
 * rules/holidays.c - holidays on a fixed day, and Thanksgiving (the fourth
 * Thursday of November), in the year written or the anchor's.
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	Christmas			DATE 2013-12-25
 *	Christmas Eve			DATE 2013-12-24
 *	Christmas 2012			DATE 2012-12-25
 *	Thanksgiving			DATE 2013-11-28
 *	Halloween			DATE 2013-10-31
 *	New Year's Eve 2019		DATE 2019-12-31
 *	New Year's Day			DATE 2013-01-01
 */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

/*
 * After "New": "Year's", "Year’s", or "Year" before "Day" or "Eve"; the
 * token after, or 0.  "the New Year sales period" is a season.
 */
static size_t
new_year(const struct dn_engine *e, size_t k)
{
	if (k >= e->ntok || unit_at(e, k) != U_YEAR || (lflags(e, k) & F_PL) ||
	    !(e->tok[k].flags & DT_CAP))
		return 0;
	k++;
	if (possessive(e, k)) /* "Year's", "Year’s" */
		return k + 1;
	return (word_is(e, k, "day") || word_is(e, k, "eve")) &&
	        (e->tok[k].flags & DT_CAP)
	    ? k
	    : 0;
}

/* "Christmas" -> 2013-12-25, "Christmas Eve", "Thanksgiving" */
int
m_holiday(struct dn_engine *e, size_t i, struct res *r)
{
	int v, y = 0, m, d;
	size_t k = i + 1;

	if (!is(e, i, C_HOLIDAY))
		return 0;
	v = lval(e, i);
	m = v / 100;
	d = v % 100;
	if (m == 1 && !(k = new_year(e, k)))
		return 0;
	if (word_is(e, k, "eve") && (e->tok[k].flags & DT_CAP)) {
		/* "New Year's Eve 2019": the last day of 2019 */
		if (m == 1)
			m = 13;
		d--;
		k++;
	} else if (word_is(e, k, "day") && (e->tok[k].flags & DT_CAP)) {
		k++;
	}
	k = year_after(e, k, &y);
	if (!y)
		y = cal_anchor(e).y;
	if (d == 0 && y) {
		/* Thanksgiving: the fourth Thursday of November */
		long z = days_from_civil(y, 11, 1);

		d = 1 + (4 - iso_wday(z) + 7) % 7 + 21;
	}
	if (m == 13) {
		m = 12;
		d = 31;
	}
	r->end = k;
	r->type = DN_DATE;
	if (y && d) {
		r->when.y = y;
		r->when.m = m;
		r->when.d = d;
		put_day(r->val, r->when);
	} else {
		snprintf(r->val, DN_VALUE_MAX, "XXXX-%02d-%02d", m, d ? d : 0);
		if (!d)
			strcpy(r->val, "XXXX-11-XX");
	}
	return 1;
}
