/*
 * datenorm engine unit tests: one case per construction of the TimeML
 * TIMEX3 guidelines (TimeML 1.2.1 annotation guidelines, sec. 2.2-2.4)
 * the program claims, anchored on Thursday 2013-05-09 unless said.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "datenorm.h"

/* Scan text with the anchor; return the expression spelled `span`. */
static struct dn_timex
find(const char *ref, const char *text, const char *span)
{
	struct dn_engine *e = dn_new();
	const struct dn_timex *x;
	struct dn_timex r;
	size_t n, k;
	int y, m, d;

	cr_assert_not_null(e);
	if (ref) {
		cr_assert_eq(dn_parse_ref(ref, &y, &m, &d), 0);
		dn_set_ref(e, y, m, d);
	}
	n = dn_scan(e, (const unsigned char *)text, strlen(text), &x);
	memset(&r, 0, sizeof r);
	strcpy(r.value, "(not found)");
	r.type = (enum dn_type)(-1);
	for (k = 0; k < n; k++)
		if (x[k].end - x[k].start == strlen(span) &&
		    !memcmp(text + x[k].start, span, strlen(span)))
			r = x[k];
	dn_free(e);
	return r;
}

/* The number of expressions found in text. */
static size_t
count(const char *text)
{
	struct dn_engine *e = dn_new();
	const struct dn_timex *x;
	size_t n;

	dn_set_ref(e, 2013, 5, 9);
	n = dn_scan(e, (const unsigned char *)text, strlen(text), &x);
	dn_free(e);
	return n;
}

#define REF "2013-05-09"
#define EXPECT(ref, text, span, ty, val)                                       \
	do {                                                                   \
		struct dn_timex t_ = find(ref, text, span);                    \
		cr_expect_str_eq(                                              \
		    t_.value, val, "%s: value of \"%s\"", text, span);         \
		cr_expect_eq(t_.type, ty, "%s: type of \"%s\" is %s", text,    \
		    span, (int)t_.type < 0 ? "none" : dn_type_name(t_.type));  \
	} while (0)

/* calendar dates */
// clang-format off
Test(dates, month_day_year) { EXPECT(REF, "It opened on May 9, 2013.", "May 9, 2013", DN_DATE, "2013-05-09"); }
Test(dates, day_month_year) { EXPECT(REF, "It opened on 9 May 2013.", "9 May 2013", DN_DATE, "2013-05-09"); }
Test(dates, iso) { EXPECT(REF, "Filed 2013-05-09 in court.", "2013-05-09", DN_DATE, "2013-05-09"); }
Test(dates, us_numeric) { EXPECT(REF, "Filed 5/9/2013 in court.", "5/9/2013", DN_DATE, "2013-05-09"); }
Test(dates, month_day) { EXPECT(REF, "The vote was held on April 30.", "April 30", DN_DATE, "2013-04-30"); }
Test(dates, ordinal_of) { EXPECT(REF, "He left on the 3rd of March 2012.", "the 3rd of March 2012", DN_DATE, "2012-03-03"); }
Test(dates, abbreviated) { EXPECT(REF, "Signed Jan. 5, 2010 in Paris.", "Jan. 5, 2010", DN_DATE, "2010-01-05"); }
Test(dates, weekday_with_date) { EXPECT(REF, "On Thursday, May 9, 2013 it rained.", "Thursday, May 9, 2013", DN_DATE, "2013-05-09"); }
Test(dates, feb29_leap) { EXPECT(REF, "It ended February 29, 2012.", "February 29, 2012", DN_DATE, "2012-02-29"); }
Test(dates, feb30_impossible) { cr_expect_eq(count("It ended on February 30, 2012."), 0); }
Test(dates, feb30_no_year) { cr_expect_eq(count("The meeting is on February 30."), 0); }

/* months, years, decades, centuries */
Test(months, month_year) { EXPECT(REF, "Sales fell in October 2012.", "October 2012", DN_DATE, "2012-10"); }
Test(months, bare_past) { EXPECT(REF, "Sales fell in October.", "October", DN_DATE, "2012-10"); }
Test(months, bare_future) { EXPECT(REF, "Sales will rise in October.", "October", DN_DATE, "2013-10"); }
Test(months, may_verb) { cr_expect_eq(count("He said prices may rise."), 0); }
Test(years, year) { EXPECT(REF, "He was born in 1961.", "1961", DN_DATE, "1961"); }
Test(years, not_a_count) { cr_expect_eq(count("The firm hired 2012 employees."), 0); }
Test(years, money) { cr_expect_eq(count("It cost $2012 in fees."), 0); }
Test(years, decade) { EXPECT(REF, "It was popular in the 1990s.", "the 1990s", DN_DATE, "199"); }
Test(years, decade_apostrophe) { EXPECT(REF, "Cars of the '70s were big.", "'70s", DN_DATE, "197"); }
Test(years, century) { EXPECT(REF, "A relic of the 19th century.", "the 19th century", DN_DATE, "18"); }
Test(years, early_year) { EXPECT(REF, "It ships in early 2014.", "early 2014", DN_DATE, "2014"); }
Test(years, mid_year) { EXPECT(REF, "It ships by mid-2014.", "mid-2014", DN_DATE, "2014"); }

/* seasons, quarters, fiscal years, weeks */
Test(periods, season_year) { EXPECT(REF, "It opens in summer 2013.", "summer 2013", DN_DATE, "2013-SU"); }
Test(periods, last_season) { EXPECT(REF, "It closed last winter.", "last winter", DN_DATE, "2012-WI"); }
Test(periods, quarter) { EXPECT(REF, "Profit rose in the third quarter of 2012.", "the third quarter of 2012", DN_DATE, "2012-Q3"); }
Test(periods, quarter_short) { EXPECT(REF, "Q3 2012 revenue was flat.", "Q3 2012", DN_DATE, "2012-Q3"); }
Test(periods, half) { EXPECT(REF, "Sales rose in the first half of 2012.", "the first half of 2012", DN_DATE, "2012-H1"); }
Test(periods, fiscal) { EXPECT(REF, "Revenue for fiscal 2012 rose.", "fiscal 2012", DN_DATE, "FY2012"); }
Test(periods, fiscal_year) { EXPECT(REF, "Revenue for fiscal year 2011 rose.", "fiscal year 2011", DN_DATE, "FY2011"); }
Test(periods, this_week) { EXPECT(REF, "Talks resume this week.", "this week", DN_DATE, "2013-W19"); }
Test(periods, last_week) { EXPECT(REF, "Talks stalled last week.", "last week", DN_DATE, "2013-W18"); }
Test(periods, week_number) { EXPECT(REF, "Deliveries start in week 22.", "week 22", DN_DATE, "2013-W22"); }
Test(periods, weekend) { EXPECT(REF, "The fair opens this weekend.", "this weekend", DN_DATE, "2013-W19-WE"); }

/* parts of the day and clock times */
Test(times, this_morning) { EXPECT(REF, "Police arrived this morning.", "this morning", DN_TIME, "2013-05-09TMO"); }
Test(times, yesterday_afternoon) { EXPECT(REF, "It fell yesterday afternoon.", "yesterday afternoon", DN_TIME, "2013-05-08TAF"); }
Test(times, tonight) { EXPECT(REF, "He speaks tonight.", "tonight", DN_TIME, "2013-05-09TNI"); }
Test(times, last_night) { EXPECT(REF, "It burned last night.", "last night", DN_TIME, "2013-05-08TNI"); }
Test(times, weekday_evening) { EXPECT(REF, "It burned Tuesday evening.", "Tuesday evening", DN_TIME, "2013-05-07TEV"); }
Test(times, clock_24h) { EXPECT(REF, "The plane landed at 14:30.", "14:30", DN_TIME, "2013-05-09T14:30"); }
Test(times, clock_pm) { EXPECT(REF, "The plane landed at 2:30 p.m. local time.", "2:30 p.m.", DN_TIME, "2013-05-09T14:30"); }
Test(times, clock_utc) { EXPECT(REF, "The plane landed at 18:00 UTC.", "18:00 UTC", DN_TIME, "2013-05-09T18:00Z"); }
Test(times, clock_date_in_sentence) { EXPECT(REF, "On May 2 at 10am it began.", "10am", DN_TIME, "2013-05-02T10:00"); }
Test(times, noon) { EXPECT(REF, "They met at noon.", "noon", DN_TIME, "2013-05-09T12:00"); }

/* relative expressions */
Test(relative, yesterday) { EXPECT(REF, "He resigned yesterday.", "yesterday", DN_DATE, "2013-05-08"); }
Test(relative, today) { EXPECT(REF, "Shares rose today.", "today", DN_DATE, "2013-05-09"); }
Test(relative, tomorrow) { EXPECT(REF, "Voting ends tomorrow.", "tomorrow", DN_DATE, "2013-05-10"); }
Test(relative, last_month) { EXPECT(REF, "Sales fell last month.", "last month", DN_DATE, "2013-04"); }
Test(relative, next_year) { EXPECT(REF, "Sales will rise next year.", "next year", DN_DATE, "2014"); }
Test(relative, earlier_this_week) { EXPECT(REF, "He said earlier this week that it would.", "earlier this week", DN_DATE, "2013-W19"); }
Test(relative, years_ago) { EXPECT(REF, "It closed two years ago.", "two years ago", DN_DATE, "2011"); }
Test(relative, days_ago) { EXPECT(REF, "It closed three days ago.", "three days ago", DN_DATE, "2013-05-06"); }
Test(relative, next_weekday) { EXPECT(REF, "They meet next Friday.", "next Friday", DN_DATE, "2013-05-10"); }
Test(relative, last_weekday) { EXPECT(REF, "They met last Friday.", "last Friday", DN_DATE, "2013-05-03"); }
Test(relative, in_two_weeks) { EXPECT(REF, "The plant will open in two weeks.", "two weeks", DN_DATE, "2013-05-23"); }
Test(relative, day_before) { EXPECT(REF, "The vote was on May 2. The day before, he quit.", "The day before", DN_DATE, "2013-05-01"); }
Test(relative, following_day) { EXPECT(REF, "It began on May 2 and ended the following day.", "the following day", DN_DATE, "2013-05-03"); }
Test(relative, days_later) { EXPECT(REF, "It began on May 2; three days later it ended.", "three days later", DN_DATE, "2013-05-05"); }
Test(relative, end_of_year) { EXPECT(REF, "It closes at the end of this year.", "the end of this year", DN_DATE, "2013"); }
Test(relative, last_quarter) { EXPECT(REF, "Profit fell last quarter.", "last quarter", DN_DATE, "2013-Q1"); }
Test(relative, now) { EXPECT(REF, "Prices are now higher.", "now", DN_DATE, "PRESENT_REF"); }
Test(relative, currently) { EXPECT(REF, "He is currently in Paris.", "currently", DN_DATE, "PRESENT_REF"); }
Test(relative, recently) { EXPECT(REF, "He recently moved.", "recently", DN_DATE, "PAST_REF"); }
Test(relative, the_past) { EXPECT(REF, "That is in the past.", "the past", DN_DATE, "PAST_REF"); }
Test(relative, the_future) { EXPECT(REF, "Prices may rise in the future.", "the future", DN_DATE, "FUTURE_REF"); }
Test(relative, near_future) { EXPECT(REF, "Prices may rise in the near future.", "the near future", DN_DATE, "FUTURE_REF"); }

/* weekdays resolved by tense */
Test(tense, said_friday) { EXPECT(REF, "The company said Friday that it would cut jobs.", "Friday", DN_DATE, "2013-05-03"); }
Test(tense, will_meet_friday) { EXPECT(REF, "The board will meet Friday.", "Friday", DN_DATE, "2013-05-10"); }
Test(tense, announced_monday) { EXPECT(REF, "GM announced Monday it would close.", "Monday", DN_DATE, "2013-05-06"); }
Test(tense, same_day_past) { EXPECT(REF, "He resigned on Thursday.", "Thursday", DN_DATE, "2013-05-09"); }
Test(tense, until) { EXPECT(REF, "Markets stay closed until Monday.", "Monday", DN_DATE, "2013-05-13"); }

/* durations */
Test(durations, months) { EXPECT(REF, "He served six months in jail.", "six months", DN_DURATION, "P6M"); }
Test(durations, hours) { EXPECT(REF, "The flight took two hours.", "two hours", DN_DURATION, "PT2H"); }
Test(durations, minutes) { EXPECT(REF, "It lasted 30 minutes.", "30 minutes", DN_DURATION, "PT30M"); }
Test(durations, the_last) { EXPECT(REF, "Prices rose in the last six months.", "the last six months", DN_DURATION, "P6M"); }
Test(durations, compound_number) { EXPECT(REF, "It ran for twenty-five years.", "twenty-five years", DN_DURATION, "P25Y"); }
Test(durations, fraction) { EXPECT(REF, "It took almost two and a half years.", "almost two and a half years", DN_DURATION, "P2.5Y"); }
Test(durations, adjective) { EXPECT(REF, "He signed a 12-year contract.", "12-year", DN_DURATION, "P12Y"); }
Test(durations, a_decade) { EXPECT(REF, "It took a decade to build.", "a decade", DN_DURATION, "P10Y"); }
Test(durations, several) { EXPECT(REF, "It took several years to build.", "several years", DN_DURATION, "PXY"); }
Test(durations, past_week) { EXPECT(REF, "Shares rose over the past week.", "the past week", DN_DURATION, "P1W"); }
Test(durations, half_hour) { EXPECT(REF, "We waited half an hour.", "half an hour", DN_DURATION, "PT0.5H"); }
Test(durations, for_years) { EXPECT(REF, "They have argued for years.", "years", DN_DURATION, "PXY"); }

/* sets */
Test(sets, every_week) { EXPECT(REF, "They meet every week.", "every week", DN_SET, "P1W"); }
Test(sets, every_monday) { EXPECT(REF, "They meet every Monday.", "every Monday", DN_SET, "XXXX-WXX-1"); }
Test(sets, annual) { EXPECT(REF, "The annual meeting is held in Paris.", "annual", DN_SET, "P1Y"); }
Test(sets, weekly) { EXPECT(REF, "The weekly report came out.", "weekly", DN_SET, "P1W"); }
Test(sets, per_year) { EXPECT(REF, "It earns $5 billion a year.", "a year", DN_SET, "P1Y"); }
Test(sets, twice_a_month) { EXPECT(REF, "They meet twice a month.", "twice a month", DN_SET, "P1M"); }
Test(sets, mondays) { EXPECT(REF, "The shop is closed on Mondays.", "Mondays", DN_SET, "XXXX-WXX-1"); }

/* anchors */
Test(anchor, none) { EXPECT(NULL, "He resigned yesterday.", "yesterday", DN_DATE, "XXXX-XX-XX"); }
Test(anchor, none_month) { EXPECT(NULL, "Sales fell last month.", "last month", DN_DATE, "XXXX-XX"); }
// clang-format on
Test(anchor, narrative)
{
	EXPECT(NULL,
	    "The plant closed on March 3, 2010. Two days later it burned.",
	    "Two days later", DN_DATE, "2010-03-05");
	EXPECT(NULL,
	    "The plant closed on March 3, 2010. It reopened the next year.",
	    "the next year", DN_DATE, "2011");
	EXPECT(NULL, "In 2008 sales fell. In June they rose.", "June", DN_DATE,
	    "2008-06");
}
Test(anchor, reset)
{
	struct dn_engine *e = dn_new();
	const struct dn_timex *x;
	const char *a = "It closed on March 3, 2010.",
	           *b = "It burned the day before.";
	size_t n;

	dn_scan(e, (const unsigned char *)a, strlen(a), &x);
	n = dn_scan(e, (const unsigned char *)b, strlen(b), &x);
	cr_assert_eq(n, 1);
	cr_expect_str_eq(x[0].value, "2010-03-02");
	dn_reset_doc(e);
	n = dn_scan(e, (const unsigned char *)b, strlen(b), &x);
	cr_assert_eq(n, 1);
	cr_expect_str_eq(x[0].value, "XXXX-XX-XX");
	dn_free(e);
}

/*
 * The document's date: the paragraphs of one document in turn; the value
 * of the expression spelled `span` in the last one.
 */
static void
expect_in_doc(
    const char *const *para, size_t npara, const char *span, const char *val)
{
	struct dn_engine *e = dn_new();
	const struct dn_timex *x;
	size_t n = 0, k, p;

	for (p = 0; p < npara; p++)
		n = dn_scan(
		    e, (const unsigned char *)para[p], strlen(para[p]), &x);
	for (k = 0; k < n; k++)
		if (x[k].end - x[k].start == strlen(span) &&
		    !memcmp(para[npara - 1] + x[k].start, span, strlen(span)))
			break;
	cr_assert_lt(k, n, "\"%s\" not found", span);
	cr_expect_str_eq(x[k].value, val, "value of \"%s\"", span);
	dn_free(e);
}

/* a year the text mentions is no "now" */
Test(anchor, mentioned_year_is_not_now)
{
	EXPECT(NULL, "She was born in 1939. She received the award last year.",
	    "last year", DN_DATE, "XXXX");
	EXPECT("2019-02-11",
	    "She was born in 1939. It opens in the coming week.",
	    "the coming week", DN_DATE, "2019-W08");
}

Test(anchor, date_line)
{
	const char *doc[] = { "Rain closes schools",
		"Monday, February 11, 2019",
		"She was born in 1939. She received the award last year." };
	const char *lead[] = { "Rain closes schools",
		"OSLO, February 11, 2019 -- Schools closed yesterday." };
	const char *sentence[] = { "It closed on March 3, 2010.",
		"It burned yesterday." };

	expect_in_doc(doc, 3, "last year", "2018");
	expect_in_doc(lead, 2, "yesterday", "2019-02-10");
	expect_in_doc(sentence, 2, "yesterday", "XXXX-XX-XX");
}

Test(anchor, doc_date_marked)
{
	struct dn_engine *e = dn_new();
	const struct dn_timex *x;
	const char *a = "Friday, January 4, 2019";
	int y, m, d;

	cr_assert_eq(dn_scan(e, (const unsigned char *)a, strlen(a), &x), 1);
	cr_expect_eq(x[0].dct, 1);
	cr_expect(dn_doc_date(e, &y, &m, &d));
	cr_expect(y == 2019 && m == 1 && d == 4);
	dn_reset_doc(e);
	cr_expect_not(dn_doc_date(e, &y, &m, &d));
	dn_set_doc_date(e, 2020, 5, 6);
	a = "It aired yesterday.";
	cr_assert_eq(dn_scan(e, (const unsigned char *)a, strlen(a), &x), 1);
	cr_expect_str_eq(x[0].value, "2020-05-05");
	cr_expect_eq(x[0].dct, 0);
	dn_free(e);
}

/* numbers written as words and other traps */
// clang-format off
Test(words, number_words) { EXPECT(REF, "It took thirty minutes.", "thirty minutes", DN_DURATION, "PT30M"); }
Test(words, a_couple) { EXPECT(REF, "It took a couple of weeks.", "a couple of weeks", DN_DURATION, "P2W"); }
Test(traps, no_dates) { cr_expect_eq(count("The 737 jets carried 230 people on the second flight."), 0); }
Test(traps, decimal) { cr_expect_eq(count("Sales rose 2.5 percent."), 0); }
Test(traps, march_verb) { cr_expect_eq(count("Thousands march in the streets."), 0); }

/* names and rates are not temporal */
Test(traps, index_name) { cr_expect_eq(count("The Russell 2000 Index fell."), 0); }
Test(traps, newspaper) { cr_expect_eq(count("He told the Daily Mail so."), 0); }
Test(traps, speed) { cr_expect_eq(count("It flew at 900 km per hour."), 0); }
Test(traps, speed_an_hour) { cr_expect_eq(count("It drove at 60 miles an hour."), 0); }
Test(traps, entity_name_possessive) { EXPECT(REF, "Monday's talks failed.", "Monday", DN_DATE, "2013-05-06"); }

/* more constructions */
Test(more, clock_then_weekday) { EXPECT(REF, "It filed at 12:00 UTC Monday.", "12:00 UTC Monday", DN_TIME, "2013-05-06T12:00Z"); }
Test(more, clock_then_date) { EXPECT(REF, "It will speak at 16:15 UTC, June 1st, in Paris.", "16:15 UTC", DN_TIME, "2013-06-01T16:15Z"); }
Test(more, military_time) { EXPECT(REF, "Trading resumed at 0800 UTC.", "0800 UTC", DN_TIME, "2013-05-09T08:00Z"); }
Test(more, final_quarter) { EXPECT(REF, "It lost money in the final quarter of 2009.", "the final quarter of 2009", DN_DATE, "2009-Q4"); }
Test(more, last_quarter_of) { EXPECT(REF, "It lost money in the last quarter of 2009.", "the last quarter of 2009", DN_DATE, "2009-Q4"); }
Test(more, month_of_next_year) { EXPECT(REF, "It ends in October of next year.", "October of next year", DN_DATE, "2014-10"); }
Test(more, recent_years) { EXPECT(REF, "Sales fell in recent years.", "recent years", DN_DATE, "PAST_REF"); }
Test(more, current_noun) { EXPECT(REF, "The current crisis is deep.", "current", DN_DATE, "PRESENT_REF"); }
Test(more, since_month) { EXPECT(REF, "It is the best week since November.", "November", DN_DATE, "2012-11"); }
Test(more, to_be_held) { EXPECT(REF, "It announced an event to be held on October 12.", "October 12", DN_DATE, "2013-10-12"); }
Test(more, christmas) { EXPECT(REF, "Sales rose at Christmas.", "Christmas", DN_DATE, "2013-12-25"); }
Test(more, the_day_before_yesterday) { EXPECT(REF, "It fell the day before yesterday.", "the day before yesterday", DN_DATE, "2013-05-07"); }
Test(more, this_past_weekend) { EXPECT(REF, "It rained this past weekend.", "this past weekend", DN_DATE, "2013-W18-WE"); }
Test(more, in_season) { EXPECT(REF, "The park opens in spring.", "spring", DN_DATE, "2013-SP"); }
Test(more, the_nineties) { EXPECT(REF, "It boomed in the nineties.", "the nineties", DN_DATE, "199"); }
Test(more, twentieth_century) { EXPECT(REF, "It was built in the twentieth century.", "the twentieth century", DN_DATE, "19"); }
Test(more, from_now) { EXPECT(REF, "It ends two weeks from now.", "two weeks from now", DN_DATE, "2013-05-23"); }
Test(more, per_day) { EXPECT(REF, "It costs $5 per day.", "per day", DN_SET, "P1D"); }

Test(more, first_months) { EXPECT(REF, "In the first nine months, profit rose.", "the first nine months", DN_DURATION, "P9M"); }
Test(more, age) { EXPECT(REF, "Mr. Smith, 54 years old, will retire.", "54 years old", DN_DURATION, "P54Y"); }
Test(more, adjective_the) { EXPECT(REF, "The 24-hour strike began.", "24-hour", DN_DURATION, "PT24H"); }
Test(more, fiscal_year_anchor) { EXPECT(REF, "The company's fiscal year ends Sept. 30.", "fiscal year", DN_DATE, "FY2013"); }

Test(more, year_earlier_quarter) { EXPECT(REF, "Net rose in the third quarter of 2012, up from a year earlier.", "a year earlier", DN_DATE, "2011-Q3"); }
Test(more, the_quarter) { EXPECT(REF, "In the second quarter of 2012 sales rose; for the quarter, profit fell.", "the quarter", DN_DATE, "2012-Q2"); }
Test(more, years_ago) { EXPECT(REF, "It happened years ago.", "years ago", DN_DATE, "PAST_REF"); }
/* found by fuzz_datenorm: a count too large for a date shift is vague */
Test(more, huge_count_ago) { EXPECT(REF, "It formed 100000000000000000000000000000 years ago.", "100000000000000000000000000000 years ago", DN_DATE, "PAST_REF"); }
Test(more, huge_count_later) { EXPECT(REF, "It opened in May. 100000000000000000000000 days later it shut.", "100000000000000000000000 days", DN_DURATION, "PXD"); }
/* the core segmenter finds the sentence: "U.S." does not end it */
Test(more, tense_across_abbrev) { EXPECT(REF, "The visit was announced by U.S. officials Friday.", "Friday", DN_DATE, "2013-05-03"); }
/* the weekday picks the year beside the one the tense gave */
Test(more, weekday_fits_year) { EXPECT(REF, "He said the trial opens Friday, January 3.", "Friday, January 3", DN_DATE, "2014-01-03"); }
/* a month-day after its month named in the same sentence */
Test(more, month_then_day) { EXPECT(REF, "He said he would leave next month, on June 2.", "June 2", DN_DATE, "2013-06-02"); }
/* the date last mentioned, a year back, at the precision named or its own */
Test(more, same_month_year_ago) { EXPECT(REF, "In March 2009 sales rose from the same month a year ago.", "the same month a year ago", DN_DATE, "2008-03"); }
Test(more, same_period_quarter) { EXPECT(REF, "In the third quarter of 2009 profit fell from the same period last year.", "the same period last year", DN_DATE, "2008-Q3"); }
Test(more, same_day_of_last_year) { EXPECT(REF, "On May 3, 2010 it rose from the same day of last year.", "the same day of last year", DN_DATE, "2009-05-03"); }
Test(more, same_week_previous_year) { EXPECT(REF, "In the week to May 7, 2010 sales rose from the same week the previous year.", "the same week the previous year", DN_DATE, "2009-W18"); }
/* time zones: offsets in ISO 8601 form, US summer time by the date */
Test(more, zone_est) { EXPECT(REF, "Trading opens at 9:30 a.m. EST.", "9:30 a.m. EST", DN_TIME, "2013-05-09T09:30-05:00"); }
Test(more, zone_gmt_offset) { EXPECT(REF, "It lands at 6:40 p.m. (GMT +8), they said.", "6:40 p.m. (GMT +8)", DN_TIME, "2013-05-09T18:40+08:00"); }
Test(more, zone_utc_minutes) { EXPECT(REF, "At 10:00 UTC-05:30 it began.", "10:00 UTC-05:30", DN_TIME, "2013-05-09T10:00-05:30"); }
Test(more, zone_et_summer) { EXPECT(REF, "Polls close at 8 p.m. ET.", "8 p.m. ET", DN_TIME, "2013-05-09T20:00-04:00"); }
Test(more, zone_et_winter) { EXPECT(REF, "Polls close at 8 p.m. ET on November 6, 2012.", "8 p.m. ET", DN_TIME, "2012-11-06T20:00-05:00"); }
Test(more, zone_unclosed_paren) { EXPECT(REF, "At 6:40 p.m. (GMT +8 it began.", "6:40 p.m.", DN_TIME, "2013-05-09T18:40"); }
/* "the fiscal year ended June 30, 2012" is FY2012, whatever the anchor */
Test(more, fiscal_year_ended) { EXPECT(REF, "Results for the fiscal year ended June 30, 2012 were weak.", "the fiscal year", DN_DATE, "FY2012"); }
/* "last" as a verb: the duration after it alone */
Test(more, last_verb) { EXPECT(REF, "The trial is expected to last several months.", "several months", DN_DURATION, "PXM"); }
Test(more, to_last_year) { EXPECT(REF, "Prices rose to last year's level.", "last year", DN_DATE, "2012"); }
/* a recent year after a possessive or "the" before a plural noun */
Test(more, year_possessive) { EXPECT(REF, "The firm's 2012 results beat forecasts.", "2012", DN_DATE, "2012"); }
Test(more, year_the_plural) { EXPECT(REF, "It came ahead of the 2014 elections.", "2014", DN_DATE, "2014"); }
Test(more, at_present) { EXPECT(REF, "At present, nobody knows.", "At present", DN_DATE, "PRESENT_REF"); }
Test(more, year_before) { EXPECT(REF, "Sales rose in 2010, and fell the year before.", "the year before", DN_DATE, "2009"); }

Test(more, day_name) { EXPECT(REF, "Candidates look to Super Tuesday.", "Super Tuesday", DN_DATE, "2013-05-07"); }
Test(more, decade_later) { EXPECT(REF, "It opened in 1999. A decade later it closed.", "A decade later", DN_DATE, "2009"); }
Test(traps, fraction) { cr_expect_eq(count("Three-quarters of states agreed."), 0); }
Test(traps, year_count_after_comma) { cr_expect_eq(count("Of these, 1846 persons were hospitalized."), 0); }

Test(more, the_year) { EXPECT(REF, "Sales rose 5% in 2011; for the year, profit fell.", "the year", DN_DATE, "2011"); }
Test(more, year_previous) { EXPECT(REF, "Sales rose in 2011, after a loss the year previous.", "the year previous", DN_DATE, "2010"); }

Test(tense, nearest_without_tense) { EXPECT("2013-01-10", "The December 12 deadline looms.", "December 12", DN_DATE, "2012-12-12"); }
Test(tense, title_now) { cr_expect_eq(count("He is reading Enlighten Now by Pinker."), 0); }

/* --ref parsing */
Test(ref, good) { int y, m, d; cr_expect_eq(dn_parse_ref("2013-05-09", &y, &m, &d), 0); cr_expect_eq(d, 9); }
Test(ref, with_time) { int y, m, d; cr_expect_eq(dn_parse_ref("2013-05-09T10:00", &y, &m, &d), 0); }
Test(ref, bad_day) { int y, m, d; cr_expect_eq(dn_parse_ref("2013-02-30", &y, &m, &d), -1); }
Test(ref, bad_form) { int y, m, d; cr_expect_eq(dn_parse_ref("05/09/2013", &y, &m, &d), -1); }
Test(ref, trailing) { int y, m, d; cr_expect_eq(dn_parse_ref("2013-05-09x", &y, &m, &d), -1); }
Test(ref, short) { int y, m, d; cr_expect_eq(dn_parse_ref("2013-5", &y, &m, &d), -1); }
// clang-format on

/* TimeML's mod: what the words around the value say of it */
#define EXPECT_MOD(text, span, val, m_)                                        \
	do {                                                                   \
		struct dn_timex t_ = find(REF, text, span);                    \
		cr_expect_str_eq(                                              \
		    t_.value, val, "%s: value of \"%s\"", text, span);         \
		cr_expect_eq(t_.mod, m_, "%s: mod of \"%s\" is %s", text,      \
		    span,                                                      \
		    dn_mod_name((enum dn_mod)t_.mod)                           \
		        ? dn_mod_name((enum dn_mod)t_.mod)                     \
		        : "none");                                             \
	} while (0)
Test(mod, start_mid_end)
{
	EXPECT_MOD(
	    "Sales fell in early 2012.", "early 2012", "2012", DN_MOD_START);
	EXPECT_MOD("It opens in mid-2014.", "mid-2014", "2014", DN_MOD_MID);
	EXPECT_MOD(
	    "It closed late last year.", "late last year", "2012", DN_MOD_END);
	EXPECT_MOD("Talks ended at the end of March.", "the end of March",
	    "2013-03", DN_MOD_END);
	EXPECT_MOD("Sales fell in 2012.", "2012", "2012", DN_MOD_NONE);
}
Test(mod, counts)
{
	EXPECT_MOD("It left about three years ago.", "about three years ago",
	    "2010", DN_MOD_APPROX);
	EXPECT_MOD("The war lasted more than a decade.", "more than a decade",
	    "P10Y", DN_MOD_MORE_THAN);
	EXPECT_MOD("The trip took less than an hour.", "less than an hour",
	    "PT1H", DN_MOD_LESS_THAN);
	EXPECT_MOD(
	    "It took nearly a year.", "nearly a year", "P1Y", DN_MOD_LESS_THAN);
	EXPECT_MOD("He waited over two weeks.", "over two weeks", "P2W",
	    DN_MOD_MORE_THAN);
	EXPECT_MOD("It lasts at least a month.", "at least a month", "P1M",
	    DN_MOD_EQUAL_OR_MORE);
	/* a preposition's "about" is not the count's */
	EXPECT_MOD("She wrote a book about a year in Paris.", "a year", "P1Y",
	    DN_MOD_NONE);
}
Test(mod, approx_time)
{
	EXPECT_MOD("The rally began around 18:00.", "around 18:00",
	    "2013-05-09T18:00", DN_MOD_APPROX);
	EXPECT_MOD("It ended about noon.", "about noon", "2013-05-09T12:00",
	    DN_MOD_APPROX);
	EXPECT_MOD(
	    "It took roughly a day.", "roughly a day", "P1D", DN_MOD_APPROX);
	/* "about" before a year is a preposition's */
	EXPECT_MOD("A film about 1968.", "1968", "1968", DN_MOD_NONE);
}

/* a range of counts is one duration with an unknown count */
Test(durations, count_range)
{
	EXPECT(REF, "A stay of one to four months.", "one to four months",
	    DN_DURATION, "PXM");
	EXPECT(
	    REF, "It lasts 2 or 3 weeks.", "2 or 3 weeks", DN_DURATION, "PXW");
	cr_expect_eq(count("Prices rose from 10 to 15 percent."), 0);
}

/* a no-break space is white space: "2018.\u00a0Last year" */
Test(words, no_break_space)
{
	EXPECT(REF, "It ran in 2018.\xc2\xa0Last year it won.", "Last year",
	    DN_DATE, "2012");
	EXPECT(REF, "It fell on 15\xc2\xa0March.", "15\xc2\xa0March", DN_DATE,
	    "2013-03-15");
}

/*
 * A paragraph with no figure and no head word is passed over (engine.c,
 * may_hold()): each expression below has one head only, read in its
 * place ("time" after "that" or "the", "past" after "the" or "distant",
 * "half" after an ordinal), and is still found.
 */
Test(heads, one_head_each)
{
	EXPECT(REF, "For the time being, prices hold.", "the time being",
	    DN_DATE, "PRESENT_REF");
	EXPECT(REF, "Prices are high at present.", "at present", DN_DATE,
	    "PRESENT_REF");
	EXPECT(REF, "He is busy at the moment.", "the moment", DN_DATE,
	    "PRESENT_REF");
	EXPECT(REF, "Rates will fall in the long term.", "the long term",
	    DN_DATE, "FUTURE_REF");
	EXPECT(REF, "It was a custom of the distant past.", "the distant past",
	    DN_DATE, "PAST_REF");
	EXPECT(REF, "Sales rose in the first half.", "the first half", DN_DATE,
	    "2013-H1");
	cr_expect_eq(count("The time came to leave."), 0);
	cr_expect_eq(count("That is half the story."), 0);
}

/* "that time": the date of a paragraph before */
Test(heads, that_time)
{
	static const char *const p[] = { "He moved in May 2009.",
		"At that time he was young." };
	struct dn_engine *e = dn_new();
	const struct dn_timex *x;

	dn_set_ref(e, 2013, 5, 9);
	cr_expect_eq(
	    dn_scan(e, (const unsigned char *)p[0], strlen(p[0]), &x), 1);
	cr_assert_eq(
	    dn_scan(e, (const unsigned char *)p[1], strlen(p[1]), &x), 1);
	cr_expect_str_eq(x[0].value, "2009-05");
	dn_free(e);
}

/* ---- paragraphs skimmed: only the words around figures and head words
 * tokenized (skim.c), the same expressions as when tokenized whole ---- */

/* Scan the paragraphs para[0..np) with the engine skimming and with it
 * tokenizing them whole: the same expressions, anchors and all. */
static void
same_skimmed(const char *const *para, size_t np)
{
	struct dn_engine *a = dn_new(), *b = dn_new();
	size_t p, k;

	dn_set_ref(a, 2013, 5, 9);
	dn_set_ref(b, 2013, 5, 9);
	dn_set_whole(b, 1);
	for (p = 0; p < np; p++) {
		const struct dn_timex *x, *y;
		size_t n = dn_scan(
		    a, (const unsigned char *)para[p], strlen(para[p]), &x);
		size_t m = dn_scan(
		    b, (const unsigned char *)para[p], strlen(para[p]), &y);

		cr_expect_eq(
		    n, m, "%s: %zu expressions, whole %zu", para[p], n, m);
		for (k = 0; k < n && k < m; k++) {
			cr_expect_eq(x[k].start, y[k].start, "%s", para[p]);
			cr_expect_eq(x[k].end, y[k].end, "%s", para[p]);
			cr_expect_eq(x[k].type, y[k].type, "%s", para[p]);
			cr_expect_str_eq(x[k].value, y[k].value, "%s", para[p]);
			cr_expect_eq(x[k].mod, y[k].mod, "%s", para[p]);
			cr_expect_eq(x[k].anchor, y[k].anchor, "%s", para[p]);
			cr_expect_eq(
			    x[k].anchor_seq, y[k].anchor_seq, "%s", para[p]);
		}
	}
	dn_free(a);
	dn_free(b);
}

/* the past tense far back in the sentence, beyond the words tokenized
 * around "Friday": the paragraph is matched again whole */
#define FAR_BACK                                                               \
	"The council announced on its website that the new bridge over the "   \
	"river between the old town and the harbour district, the largest "    \
	"project of its kind in the region so far, opens Friday."
/* "will" far ahead, and an appositive that runs on past them */
#define FAR_AHEAD                                                              \
	"On Friday the committee of the regional parliament in the north of "  \
	"the country and the mayors of the three largest cities in the "       \
	"valley below the mountains will meet."
#define APPOSITIVE                                                             \
	"On Thursday, Ann Lee, a candidate from the small party of the "       \
	"farmers in the north of the country near the border with the old "    \
	"kingdom and its lakes, led a rally to be held there."
/* expressions at both ends, a long stretch with none between */
#define BOTH_ENDS                                                               \
	"Sales rose by a fifth in March. The owners of the shop on the corner " \
	"of the market square said that the new roof and the bigger windows "   \
	"on the side of the street brought in a lot of people who had never "   \
	"come in before, and that the staff were glad of the work. The shop "   \
	"will close around the beginning of next year."

Test(skim, tense_far_back)
{
	EXPECT(REF, FAR_BACK, "Friday", DN_DATE, "2013-05-03");
}
Test(skim, tense_far_ahead)
{
	EXPECT(REF, FAR_AHEAD, "Friday", DN_DATE, "2013-05-10");
}
Test(skim, same_as_whole)
{
	static const char *const p[] = { FAR_BACK, FAR_AHEAD, APPOSITIVE,
		BOTH_ENDS, "Nothing happened here at all.",
		"It rained on Friday. It rained again the day after.",
		"He was 20 years old in 1990. She said that the storm, the "
		"worst the island had seen since its people had kept records "
		"of the weather there, hit on Friday." };

	same_skimmed(p, sizeof p / sizeof p[0]);
}
