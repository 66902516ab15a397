/*
 * value.c - TimeML values written out: a day 2013-05-09, a month 2013-05,
 * a duration P6M, a week 2013-W19, a decade 199, unknown parts as X.
 */
#include <stdio.h>
#include <string.h>

#include "engine.h"

const char *const partcode[] = { "", "MO", "AF", "EV", "NI" };
const char *const seasoncode[] = { "", "SP", "SU", "FA", "WI" };

/* x written in w digits, zero-padded, at v (0 <= x < 10^w): snprintf's
 * "%04d" with none of its cost, for the values of most expressions */
static char *
digits(char *v, int x, int w)
{
	for (int k = w - 1; k >= 0; k--, x /= 10)
		v[k] = (char)('0' + x % 10);
	return v + w;
}

void
put_day(char *v, struct ymd a)
{
	if (!ymd_full(a)) {
		strcpy(v, "XXXX-XX-XX");
	} else if (a.y > 0 && a.y <= 9999 && a.m > 0 && a.m <= 99 && a.d > 0 &&
	    a.d <= 99) {
		v = digits(v, a.y, 4);
		*v++ = '-';
		v = digits(v, a.m, 2);
		*v++ = '-';
		*digits(v, a.d, 2) = '\0';
	} else {
		snprintf(v, DN_VALUE_MAX, "%04d-%02d-%02d", a.y, a.m, a.d);
	}
}

void
put_month(char *v, int y, int m)
{
	if (y > 0 && y <= 9999 && m >= 0 && m <= 99) {
		v = digits(v, y, 4);
		*v++ = '-';
		*digits(v, m, 2) = '\0';
	} else if (y) {
		snprintf(v, DN_VALUE_MAX, "%04d-%02d", y, m);
	} else {
		snprintf(v, DN_VALUE_MAX, "XXXX-%02d", m);
	}
}

void
put_year(char *v, int y)
{
	if (y > 0 && y <= 9999)
		*digits(v, y, 4) = '\0';
	else if (y)
		snprintf(v, DN_VALUE_MAX, "%04d", y);
	else
		strcpy(v, "XXXX");
}

/*
 * A count a date can be shifted by: whole and no larger than the years a
 * TimeML value can hold ("1e30 years ago" is vague, not a date).
 */
int
whole_count(double n)
{
	return n >= -9999 && n <= 9999 && n == (long)n;
}

/*
 * A count without the locale's decimal point: 2.5 -> "2.5".  Beyond a
 * billion the digits of a double are not those written: "X", unknown.
 */
static void
put_num(char *p, size_t n, double x)
{
	long k;

	if (!(x <= 1e9)) {
		snprintf(p, n, "X");
		return;
	}
	k = (long)(x * 1000 + 0.5);

	if (k % 1000 == 0)
		snprintf(p, n, "%ld", k / 1000);
	else if (k % 100 == 0)
		snprintf(p, n, "%ld.%ld", k / 1000, (k % 1000) / 100);
	else if (k % 10 == 0)
		snprintf(p, n, "%ld.%02ld", k / 1000, (k % 1000) / 10);
	else
		snprintf(p, n, "%ld.%03ld", k / 1000, k % 1000);
}

/*
 * How TimeML writes a count of each unit: "PT" and "H" for hours; a
 * fortnight counts two weeks, a decade ten years, except when the count
 * is unknown ("decades" PXDE).
 */
static const struct {
	const char *pre, *suf, *xsuf; /* xsuf: after an unknown count */
	double k;
} unit_code[] = {
	[U_NONE] = { "P", "", "", 1 },
	[U_SEC] = { "PT", "S", "S", 1 },
	[U_MIN] = { "PT", "M", "M", 1 },
	[U_HOUR] = { "PT", "H", "H", 1 },
	[U_DAY] = { "P", "D", "D", 1 },
	[U_WEEK] = { "P", "W", "W", 1 },
	[U_WEEKEND] = { "P", "WE", "WE", 1 },
	[U_FORTNIGHT] = { "P", "W", "W", 2 },
	[U_MONTH] = { "P", "M", "M", 1 },
	[U_QUARTER] = { "P", "Q", "Q", 1 },
	[U_YEAR] = { "P", "Y", "Y", 1 },
	[U_DECADE] = { "P", "Y", "DE", 10 },
	[U_CENTURY] = { "P", "Y", "CE", 100 },
	[U_MILLENNIUM] = { "P", "Y", "Y", 1000 },
};

/* "six months" -> P6M; x: an unknown amount ("several years" -> PXY). */
void
put_duration(char *v, double n, int x, int unit)
{
	char num[24];

	if (x)
		strcpy(num, "X");
	else
		put_num(num, sizeof num, n * unit_code[unit].k);
	snprintf(v, DN_VALUE_MAX, "%s%s%s", unit_code[unit].pre, num,
	    x ? unit_code[unit].xsuf : unit_code[unit].suf);
}

/*
 * The date `n` units away from `a`, at the unit's granularity:
 * "last month" -> 2013-04, "next week" -> 2013-W20.  Unknown parts as X.
 */
void
put_shift(char *v, struct ymd a, int unit, long n, struct ymd *when)
{
	int y, m, q, wy, w;
	struct ymd t;

	switch (unit) {
	case U_DAY:
		if (!ymd_full(a)) {
			put_day(v, a);
			return;
		}
		t = add_days(a, n);
		put_day(v, t);
		*when = t;
		return;
	case U_WEEK:
	case U_WEEKEND:
	case U_FORTNIGHT:
		if (!ymd_full(a)) {
			strcpy(v, "XXXX-WXX");
			if (unit == U_WEEKEND)
				strcat(v, "-WE");
			return;
		}
		t = add_days(a, n * 7);
		iso_week(t, &wy, &w);
		snprintf(v, DN_VALUE_MAX, "%04d-W%02d%s", wy, w,
		    unit == U_WEEKEND ? "-WE" : "");
		return;
	case U_MONTH:
		if (!a.y || !a.m) {
			strcpy(v, "XXXX-XX");
			return;
		}
		m = a.y * 12 + (a.m - 1) + (int)n;
		put_month(v, m / 12, m % 12 + 1);
		when->y = m / 12;
		when->m = m % 12 + 1;
		when->d = 0;
		return;
	case U_QUARTER:
		if (!a.y || !a.m) {
			strcpy(v, "XXXX-QX");
			return;
		}
		q = a.y * 4 + (a.m - 1) / 3 + (int)n;
		snprintf(v, DN_VALUE_MAX, "%04d-Q%d", q / 4, q % 4 + 1);
		return;
	case U_YEAR:
		y = a.y ? a.y + (int)n : 0;
		put_year(v, y);
		if (y) {
			when->y = y;
			when->m = when->d = 0;
		}
		return;
	case U_DECADE:
		/* TimeML writes a decade as its first three digits */
		if (a.y)
			snprintf(v, DN_VALUE_MAX, "%03d", a.y / 10 + (int)n);
		else
			strcpy(v, "XXX");
		return;
	case U_CENTURY:
		if (a.y)
			snprintf(v, DN_VALUE_MAX, "%02d", a.y / 100 + (int)n);
		else
			strcpy(v, "XX");
		return;
	default:
		/* "two hours ago": the day is what TimeML can say */
		put_day(v, a);
		return;
	}
}

/* Season value: "summer" of year y -> 2013-SU. */
void
put_season(char *v, int y, int s)
{
	if (y)
		snprintf(v, DN_VALUE_MAX, "%04d-%s", y, seasoncode[s]);
	else
		snprintf(v, DN_VALUE_MAX, "XXXX-%s", seasoncode[s]);
}
