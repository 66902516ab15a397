/*
 * rules/clock.c - clock times, with their zone, on the day the sentence
 * names, else the day the text last named (or the anchor); noon and
 * midnight.
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	14:30				TIME 2013-05-09T14:30
 *	2:30 p.m.			TIME 2013-05-09T14:30
 *	10am				TIME 2013-05-09T10:00
 *	3 o'clock			TIME 2013-05-09T03:00
 *	18:00 UTC			TIME 2013-05-09T18:00Z
 *	0800 UTC			TIME 2013-05-09T08:00Z
 *	8 p.m. ET			TIME 2013-05-09T20:00-04:00
 *	9:30 GMT+2			TIME 2013-05-09T09:30+02:00
 *	Tuesday at [18:00]		TIME 2013-05-07T18:00
 *	It met on May 6. It began at [18:00].	TIME 2013-05-06T18:00
 *	at [16:15 UTC], June 1st	TIME 2013-06-01T16:15Z
 *	noon				TIME 2013-05-09T12:00
 *	[midnight] on Friday		TIME 2013-05-10T24:00
 *	noon Tuesday			TIME 2013-05-07T12:00
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "rules.h"

#define NOZONE 10000 /* no zone written */

/*
 * The day of a clock time: a date earlier in the same sentence ("Tuesday
 * at 18:00"), else the last full date the text named, as the story goes
 * on about that day ("A rally was held on Thursday. It began at 18:00."),
 * else the anchor.
 */
static struct ymd
day_of_time(struct dn_engine *e, size_t i)
{
	size_t k;

	if (e->last_tok != (size_t)-1 && e->last_tok <= i &&
	    i - e->last_tok < 60 && ymd_full(e->last)) {
		for (k = e->last_tok; k < i; k++)
			if (sent_end(e, k))
				break;
		if (k == i)
			return last_date(e);
	}
	return day_anchor(e);
}

/*
 * The day of the clock time at token i that ends before k: "at 16:15
 * UTC, June 1st", "midnight on Friday", the date after it; else
 * day_of_time().  Right after it ("12:00 UTC Monday") the date is part of
 * the expression: the token after the expression is returned.
 */
static size_t
date_after(struct dn_engine *e, size_t i, size_t k, struct ymd *day)
{
	size_t k2 = k;
	struct res in;

	*day = day_of_time(e, i);
	if (punct(e, k2, ','))
		k2++;
	if (is_prep(e, k2, P_ON))
		k2++;
	memset(&in, 0, sizeof in);
	if ((m_month(e, k2, &in) || m_daymonth(e, k2, &in) ||
	        weekday_date(e, k2, &in, 2, 0) || m_dayrel(e, k2, &in)) &&
	    in.type == DN_DATE && ymd_full(in.when)) {
		*day = in.when;
		if (k2 == k)
			return in.end;
	}
	return k;
}

/* "+8", "-05:00", "+0530" after "GMT" or "UTC": the token after the
 * offset, its minutes in *off; k if there is none. */
static size_t
zone_offset(const struct dn_engine *e, size_t k, int *off)
{
	const struct tok *t;
	int h, m = 0;
	size_t k2 = k + 2;

	if (!(punct(e, k, '+') || punct(e, k, '-')) || !plain_num(e, k + 1) ||
	    !glued(e, k + 1))
		return k;
	t = &e->tok[k + 1];
	if (t->ndig == 4) {
		h = t->val / 100;
		m = t->val % 100;
	} else if (t->ndig <= 2) {
		h = t->val;
		if (punct(e, k2, ':') && glued(e, k2) && plain_num(e, k2 + 1) &&
		    glued(e, k2 + 1) && e->tok[k2 + 1].ndig == 2) {
			m = e->tok[k2 + 1].val;
			k2 += 2;
		}
	} else {
		return k;
	}
	if (h > 14 || m >= 60)
		return k;
	*off = (punct(e, k, '-') ? -1 : 1) * (h * 60 + m);
	return k2;
}

/* A zone after a clock time: "EST", "UTC", "GMT+2", "(GMT +8)".  The
 * token after it; *off the minutes from UTC, *dst set for "ET". */
static size_t
time_zone(const struct dn_engine *e, size_t k, int *off, int *dst)
{
	size_t k0 = k, paren = punct(e, k, '(');

	k += paren;
	if (cls(e, k) == C_TZ) {
		*off = lval(e, k);
		*dst = (lflags(e, k) & F_DST) != 0;
		k++;
		if (*off == 0)
			k = zone_offset(e, k, off);
	} else if (word_is(e, k, "z") && glued(e, k) && !paren) {
		*off = 0;
		k++;
	} else {
		return k0;
	}
	if (paren) {
		if (!punct(e, k, ')')) {
			*off = NOZONE;
			return k0;
		}
		k++;
	}
	return k;
}

/* Clock times: "14:30", "2:30 p.m.", "10am", "3 o'clock", "18:00 UTC". */
int
m_clock(struct dn_engine *e, size_t i, struct res *r)
{
	const struct tok *t = &e->tok[i];
	int h = 0, mi = -1, pm = -1, zone = NOZONE, dst = 0;
	char zs[16] = "";
	size_t k = i + 1;
	struct ymd day;
	char date[DN_VALUE_MAX];

	if (t->kind != T_NUM ||
	    (t->flags & (DT_ORD | DT_DECS | DT_COMMA | DT_DEC)))
		return 0;
	if (t->ndig == 4 && t->val % 100 < 60 && t->val / 100 <= 24 &&
	    cls(e, k) == C_TZ && lval(e, k) == 0) {
		/* "0800 UTC" */
		h = t->val / 100;
		mi = t->val % 100;
		pm = -2;
	} else if (t->ndig > 2) {
		return 0;
	}
	h = mi < 0 ? t->val : h;
	if (t->flags & DT_AM)
		pm = 0;
	else if (t->flags & DT_PM)
		pm = 1;
	if (pm == -1 && punct(e, k, ':') && glued(e, k) && glued(e, k + 1) &&
	    plain_num(e, k + 1) && e->tok[k + 1].ndig == 2 &&
	    e->tok[k + 1].val < 60) {
		mi = e->tok[k + 1].val;
		k += 2;
		if (punct(e, k, ':') && glued(e, k) && plain_num(e, k + 1) &&
		    e->tok[k + 1].ndig == 2)
			k += 2;
	} else if (pm == -1 && punct(e, k, ':') && glued(e, k) &&
	    glued(e, k + 1) && e->tok[k + 1].kind == T_NUM &&
	    e->tok[k + 1].ndig == 2 &&
	    (e->tok[k + 1].flags & (DT_AM | DT_PM)) && e->tok[k + 1].val < 60) {
		/* "2:30pm" */
		mi = e->tok[k + 1].val;
		pm = (e->tok[k + 1].flags & DT_PM) != 0;
		k += 2;
	}
	if (pm == -1) {
		/* "a.m.", "p.m.", "am", "pm" */
		const struct tok *u = k < e->ntok ? &e->tok[k] : NULL;

		if (u && u->kind == T_WORD && u->end - u->start == 1 &&
		    ((e->s[u->start] | 0x20) == 'a' ||
		        (e->s[u->start] | 0x20) == 'p') &&
		    punct(e, k + 1, '.') && glued(e, k + 1) &&
		    word_is(e, k + 2, "m") && glued(e, k + 2)) {
			pm = (e->s[u->start] | 0x20) == 'p';
			k += 3;
			if (punct(e, k, '.') && glued(e, k))
				k++;
		} else if (cls(e, k) == C_AMPM && (e->tok[k].flags & DT_SP)) {
			pm = lval(e, k) == 12;
			k++;
		} else if (cls(e, k) == C_OCLOCK) {
			pm = -2;
			k++;
		}
	}
	if (mi < 0 && pm == -1)
		return 0;
	if (mi < 0)
		mi = 0;
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return 0;
		h = h % 12 + (pm == 1 ? 12 : 0);
	} else if (h > 24) {
		return 0;
	}
	k = time_zone(e, k, &zone, &dst);
	k = date_after(e, i, k, &day);
	put_day(date, day);
	if (dst) /* "8 p.m. ET": EST or EDT by the date */
		zone = ymd_full(day) ? zone + 60 * us_summer(day) : NOZONE;
	if (zone == 0)
		strcpy(zs, "Z");
	else if (zone != NOZONE)
		snprintf(zs, sizeof zs, "%c%02u:%02u", zone < 0 ? '-' : '+',
		    (unsigned)abs(zone) / 60 % 24, (unsigned)abs(zone) % 60);
	r->end = k;
	r->type = DN_TIME;
	snprintf(r->val, DN_VALUE_MAX, "%.18sT%02u:%02u%.6s", date,
	    (unsigned)h % 100, (unsigned)mi % 100, zs);
	return 1;
}

/* "noon", "midnight" */
int
m_noon(struct dn_engine *e, size_t i, struct res *r)
{
	struct ymd day;
	char date[DN_VALUE_MAX];

	if (cls(e, i) != C_NOON)
		return 0;
	r->end = date_after(e, i, i + 1, &day);
	put_day(date, day);
	r->type = DN_TIME;
	snprintf(r->val, DN_VALUE_MAX, "%.24sT%02u:00", date,
	    (unsigned)lval(e, i) % 100u);
	return 1;
}
