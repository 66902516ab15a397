/*
 * rules.h - the families of the grammar, one file each.  A family
 * (m_NAME) matches at token i: it fills *r (the token after the match,
 * the type and the value) and returns 1, or returns 0.  engine.c's table
 * says at which tokens each family is tried, and in which order.
 */
#ifndef DATENORM_RULES_H
#define DATENORM_RULES_H

#include "engine.h"
#include "words.h"

/* Is the word at i in one of the lists of w (words.h: W_OFFICE, ...)?
 * A word as word_is() takes it: its letters in either case. */
static inline int
word_in(const struct dn_engine *e, size_t i, uint32_t w)
{
	const unsigned char *p;
	size_t n;
	struct lex_key k;

	if (i >= e->ntok || e->tok[i].kind != T_WORD)
		return 0;
	p = e->s + e->tok[i].start;
	n = e->tok[i].end - e->tok[i].start;
	if (!lex_key_make(&k, p, n, e->s + e->len))
		return (lexicon_flags(&dn_words, p, n) & w) != 0;
	return (lexicon_key_flags(&dn_words, &k) & w) != 0;
}

/* dates.c: "May 9, 2013", "Friday", "2013-05-09", "the 1990s" */
int m_month(struct dn_engine *e, size_t i, struct res *r);
int m_daymonth(struct dn_engine *e, size_t i, struct res *r);
int m_weekday(struct dn_engine *e, size_t i, struct res *r);
int m_dayname(struct dn_engine *e, size_t i, struct res *r);
int m_numdate(struct dn_engine *e, size_t i, struct res *r);
int m_year(struct dn_engine *e, size_t i, struct res *r);
int m_apos_year(struct dn_engine *e, size_t i, struct res *r);
int m_weeknum(struct dn_engine *e, size_t i, struct res *r);
/* the weekday at i, before (dir -1) or after (1) the anchor, or (2) as
 * the tense says; strict: not the anchor's own day ("next Monday") */
int weekday_date(
    struct dn_engine *e, size_t i, struct res *r, int dir, int strict);
/* the: after "the", which makes "70s" and a bare 2013 years */
int year_date(struct dn_engine *e, size_t i, struct res *r, int the);
/* "March 15 to 17": after the date from [i, from->end), the second day,
 * from the token it starts at (the value returned, else 0) to r->end */
int range_end_day(
    struct dn_engine *e, size_t i, const struct res *from, struct res *r);
/* at "the" of "on the 4th" */
int the_day_of_month(struct dn_engine *e, size_t i, struct res *r);

/* durations.c: "six months", "two years ago", "for years" */
int m_units(struct dn_engine *e, size_t i, struct res *r);
int and_half(const struct dn_engine *e, size_t k);
int m_count(struct dn_engine *e, size_t i, struct res *r);
/* the mod of "nearly" (LESS_THAN), "about" (APPROX) ... at k; is the
 * word at k one that is a preposition too ("about", "around")? */
int approx_mod(const struct dn_engine *e, size_t k);
int approx_prep(const struct dn_engine *e, size_t k);
/* the: after "the", a duration only ("the six months") */
int count_expr(struct dn_engine *e, size_t i, struct res *r, int the);

/* periods.c: "summer 2013", "the third quarter", "FY2012" */
int m_season(struct dn_engine *e, size_t i, struct res *r);
int m_week_of(struct dn_engine *e, size_t i, struct res *r);
int m_quarter(struct dn_engine *e, size_t i, struct res *r);
int m_fiscal(struct dn_engine *e, size_t i, struct res *r);
/* bare: a date without a year too ("the summer"); "fall" needs bare 2 */
int season_date(struct dn_engine *e, size_t i, struct res *r, int bare);

/* clock.c: "14:30", "2:30 p.m. ET", "noon" */
int m_clock(struct dn_engine *e, size_t i, struct res *r);
int m_noon(struct dn_engine *e, size_t i, struct res *r);

/* relative.c: "yesterday", "last month", "the coming weeks", "now" */
int m_dayrel(struct dn_engine *e, size_t i, struct res *r);
int m_rel(struct dn_engine *e, size_t i, struct res *r);
int m_ref(struct dn_engine *e, size_t i, struct res *r);
/* the: after "the" ("the past year" is a duration) */
int rel_expr(struct dn_engine *e, size_t i, struct res *r, int the);
void put_weekend(struct dn_engine *e, size_t i, struct res *r);

/* sets.c: "every week", "twice a year", "every Monday", "daily" */
int m_set(struct dn_engine *e, size_t i, struct res *r);

/* holidays.c: "Christmas", "Christmas Eve 2012", "Thanksgiving" */
int m_holiday(struct dn_engine *e, size_t i, struct res *r);

/* the.c: "the past", "the day before", "for the year", "the 1990s" */
int m_the(struct dn_engine *e, size_t i, struct res *r);
int m_the_prefix(struct dn_engine *e, size_t i, struct res *r);
int m_streak(struct dn_engine *e, size_t i, struct res *r);
int m_best(struct dn_engine *e, size_t i, struct res *r);
int m_trading(struct dn_engine *e, size_t i, struct res *r);

/* modifiers.c: "early 2013", "the end of March", "earlier this week" */
int m_mod(struct dn_engine *e, size_t i, struct res *r);

#endif
