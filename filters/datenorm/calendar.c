/*
 * calendar.c - the Gregorian calendar: days since 1970, weekdays, ISO
 * weeks, month lengths and the US summer-time rule.
 */
#include "engine.h"

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
month_days(int y, int m)
{
	static const int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
		31 };

	if (m == 2)
		return y == 0 || leap(y) ? 29 : 28;
	return n[m - 1];
}

/* Days since 1970-01-01 (H. Hinnant's algorithm). */
long
days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct ymd
civil_from_days(long z)
{
	long era, doe, yoe, y, doy, mp;
	struct ymd r;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(y + (r.m <= 2));
	return r;
}

/* ISO weekday, 1 = Monday. */
int
iso_wday(long z)
{
	return (int)(((z % 7) + 7 + 3) % 7) + 1;
}

struct ymd
add_days(struct ymd a, long n)
{
	return civil_from_days(days_from_civil(a.y, a.m, a.d) + n);
}

void
iso_week(struct ymd a, int *wy, int *w)
{
	long z = days_from_civil(a.y, a.m, a.d);
	long thu = z - (iso_wday(z) - 1) + 3;
	struct ymd t = civil_from_days(thu);

	*wy = t.y;
	*w = (int)((thu - days_from_civil(t.y, 1, 1)) / 7) + 1;
}

/* US daylight saving time (the rule since 2007): from the second Sunday
 * of March to the first Sunday of November. */
int
us_summer(struct ymd d)
{
	long z = days_from_civil(d.y, d.m, d.d);
	long mar = days_from_civil(d.y, 3, 8),
	     nov = days_from_civil(d.y, 11, 1);

	mar += (7 - iso_wday(mar)) % 7;
	nov += (7 - iso_wday(nov)) % 7;
	return z >= mar && z < nov;
}

/* The season of a month: 1 spring ... 4 winter (December starts it). */
int
season_of(int m)
{
	return m == 12 || m <= 2 ? 4 : (m - 3) / 3 + 1;
}
