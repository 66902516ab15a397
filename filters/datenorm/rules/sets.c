/*
 * rules/sets.c - sets of times: what recurs every so often.  The value is
 * the period (P1W) or the recurring time with its unknown parts as X.
 *
 * Examples (anchor: Thursday 2013-05-09):
 *
 *	every week			SET P1W
 *	every three months		SET P3M
 *	each year			SET P1Y
 *	per month			SET P1M
 *	twice a week			SET P1W
 *	every Monday			SET XXXX-WXX-1
 *	every morning			SET XXXX-XX-XXTMO
 *	every summer			SET XXXX-SU
 *	daily				SET P1D
 *	quarterly			SET P3M
 */
#include <stdio.h>

#include "engine.h"
#include "rules.h"

/*
 * Sets: "every week" P1W, "every Monday" XXXX-WXX-1, "each year",
 * "per month", "annual" P1Y, "twice a week" P1W.
 */
int
m_set(struct dn_engine *e, size_t i, struct res *r)
{
	int c = cls(e, i), u;
	size_t k = i + 1;
	double n = 1;
	int x, isa;

	r->type = DN_SET;
	if (c == C_SETADJ) {
		/* "Daily Mail", "The Weekly Standard": names */
		if ((e->tok[i].flags & DT_CAP) && i + 1 < e->ntok &&
		    (e->tok[i + 1].flags & DT_CAP))
			return 0;
		r->end = i + 1;
		put_duration(r->val, lval(e, i) == U_QUARTER ? 3 : 1, 0,
		    lval(e, i) == U_QUARTER ? U_MONTH : lval(e, i));
		return 1;
	}
	if (c == C_TIMES && lval(e, i) > 0 &&
	    (cls(e, k) == C_A || cls(e, k) == C_EVERY) &&
	    (u = unit_at(e, k + 1)) != 0 && !(lflags(e, k + 1) & F_PL)) {
		r->end = k + 2;
		put_duration(r->val, 1, 0, u);
		return 1;
	}
	if (c != C_EVERY)
		return 0;
	if (lval(e, i) == EVERY_PER) {
		/* "per year": a rate; "km per hour" is a speed */
		if (!(u = unit_at(e, k)) || (lflags(e, k) & F_PL) || u < U_DAY)
			return 0;
		r->end = k + 1;
		put_duration(r->val, 1, 0, u);
		return 1;
	}
	if (word_is(e, k, "other")) {
		n = 2;
		k++;
	} else {
		size_t k2 = count_at(e, k, &n, &x, &isa);

		if (k2 && !x && !isa && unit_at(e, k2))
			k = k2;
		else
			n = 1;
	}
	if ((u = unit_at(e, k)) != 0) {
		r->end = k + 1;
		put_duration(r->val, n, 0, u);
		return 1;
	}
	if (is(e, k, C_WEEKDAY)) {
		r->end = k + 1;
		snprintf(r->val, DN_VALUE_MAX, "XXXX-WXX-%d", lval(e, k));
		return 1;
	}
	if (cls(e, k) == C_PARTDAY && !(lflags(e, k) & F_ADJONLY)) {
		r->end = k + 1;
		snprintf(r->val, DN_VALUE_MAX, "XXXX-XX-XXT%s",
		    partcode[lval(e, k)]);
		return 1;
	}
	if (is(e, k, C_MONTH) && !(lflags(e, k) & F_ABBR)) {
		r->end = k + 1;
		snprintf(r->val, DN_VALUE_MAX, "XXXX-%02d", lval(e, k));
		return 1;
	}
	if (cls(e, k) == C_SEASON && !(lflags(e, k) & F_WEAK)) {
		r->end = k + 1;
		snprintf(
		    r->val, DN_VALUE_MAX, "XXXX-%s", seasoncode[lval(e, k)]);
		return 1;
	}
	return 0;
}
