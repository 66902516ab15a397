/*
 * parts.c - what the rule families' expressions are made of: a day of the
 * month ("9", "9th"), a year ("2013", not "2013 employees"), a year after
 * a month (", 2013"), a count ("six", "two and a half", "a few").
 */
#include <stdio.h>

#include "engine.h"
#include "rules/rules.h"

/* A day of the month: "9", "09", "9th". */
int
day_num(const struct dn_engine *e, size_t i)
{
	const struct tok *t;

	if (i >= e->ntok)
		return 0;
	t = &e->tok[i];
	if (t->kind != T_NUM || t->ndig > 2 || t->val < 1 || t->val > 31 ||
	    (t->flags & (DT_DECS | DT_COMMA | DT_DEC | DT_AM | DT_PM)))
		return 0;
	/* "9:30", "9-10", "9/11" are not days */
	if (i + 1 < e->ntok && glued(e, i + 1) &&
	    (punct(e, i + 1, ':') || punct(e, i + 1, '/') ||
	        punct(e, i + 1, '%')))
		return 0;
	return 1;
}

/*
 * "Apple's 2013 results", "the 2012 elections": a recent year after a
 * possessive (lex/year-owners.lst) or "the" names the year of a plural
 * noun.  Out of line, as count_noun(): the frame of a word look-up would
 * otherwise be year_num()'s, paid by every token it turns away at once.
 */
static __attribute__((noinline)) int
year_owner(const struct dn_engine *e, size_t i)
{
	int v = e->tok[i].val;

	if (i == 0 || v < 1950 || v > 2039)
		return 0;
	if (cls(e, i - 1) == C_THE || word_in(e, i - 1, W_YEAR_OWNER))
		return 1;
	/* "firm's 2013", "companies' 2013" */
	if (i >= 1 && possessive(e, i - 1))
		return 1;
	return i >= 2 && punct(e, i - 1, '\'') && glued(e, i - 1) &&
	    e->tok[i - 2].kind == T_WORD &&
	    (e->s[e->tok[i - 2].end - 1] | 0x20) == 's';
}

/* "2012 people", "1500 million": a noun of lex/count-nouns.lst after a
 * four-digit number makes it a count, though it ends in no plural s. */
static __attribute__((noinline)) int
count_noun(const struct dn_engine *e, size_t n)
{
	return word_in(e, n, W_COUNT_NOUN);
}

/*
 * A four-digit number that is a year.  "in 2012", "2012 was" are years;
 * "2012 employees" (a plural noun follows), "$2012", "2012%" are not.
 */
int
year_num(const struct dn_engine *e, size_t i, int strong)
{
	const struct tok *t;
	size_t n;

	if (!plain_num(e, i) || e->tok[i].ndig != 4)
		return 0;
	t = &e->tok[i];
	if (t->val < 1000 || t->val > 2199)
		return 0;
	if (t->start > 0) {
		unsigned char p = e->s[t->start - 1];

		if (p == '$' || p == '#' || p == '-' || p == '/' || p == '.' ||
		    p == ',' || p == '+' || p == ':' || ISALPHA(p) ||
		    (p >= 0x80 && !ISSPACE(p) && t->start >= 2 &&
		        e->s[t->start - 2] != 0x80))
			if (!(p == '-' && i >= 2 &&
			        e->tok[i - 2].kind == T_WORD &&
			        !(e->tok[i - 1].flags & DT_SP)))
				return 0;
	}
	n = i + 1;
	if (n < e->ntok && glued(e, n) &&
	    (punct(e, n, '%') || punct(e, n, ':') || punct(e, n, '/') ||
	        (punct(e, n, '.') && n + 1 < e->ntok && glued(e, n + 1) &&
	            e->tok[n + 1].kind == T_NUM)))
		return 0;
	if (strong)
		return 1;
	/* "the Russell 2000 Index", "Windows 2000 Server": a name */
	if (i > 0 && e->tok[i - 1].kind == T_WORD && !e->tok[i - 1].lex &&
	    (e->tok[i - 1].flags & DT_CAP) && n < e->ntok &&
	    e->tok[n].kind == T_WORD && (e->tok[n].flags & DT_CAP) &&
	    !e->tok[n].lex)
		return 0;
	if (t->val < 1800 || t->val > 2099) {
		/* "in 1066": an old year needs a preposition */
		return i > 0 && cls(e, i - 1) == C_PREP;
	}
	if (cls(e, n) == C_UNIT)
		return 0;
	/* "2012 employees": a count before a plural noun */
	if (n < e->ntok && e->tok[n].kind == T_WORD && !e->tok[n].lex &&
	    !(e->tok[n].flags & DT_CAP)) {
		const unsigned char *w = e->s + e->tok[n].start;
		size_t wl = e->tok[n].end - e->tok[n].start;

		if (wl >= 3 && w[wl - 1] == 's' && w[wl - 2] != 's' &&
		    w[wl - 2] != 'u' && w[wl - 2] != 'i' &&
		    !(i > 0 &&
		        (cls(e, i - 1) == C_PREP ||
		            cls(e, i - 1) == C_MONTH)) &&
		    !year_owner(e, i))
			return 0;
		if (lex_shape_maybe(&dn_shape_count_noun, w, wl) &&
		    count_noun(e, n))
			return 0;
	}
	return 1;
}

/* A month, day, year triple the text gave; y may be 0 (resolved). */
int
month_day(struct dn_engine *e, size_t i, struct res *r, int y, int m, int d)
{
	if (m < 1 || m > 12 || d < 1 || d > month_days(y, m)) {
		/* "February 30": no such day; not tagged as a date */
		r->type = -1;
		return 1;
	}
	r->type = DN_DATE;
	if (y) {
		set_abs(r, y, m, d);
	} else {
		y = resolve_year(e, i, m, d);
		if (!y || d > month_days(y, m)) {
			snprintf(r->val, DN_VALUE_MAX, "XXXX-%02d-%02d", m, d);
			return 1;
		}
		r->when.y = y;
		r->when.m = m;
		r->when.d = d;
	}
	put_day(r->val, r->when);
	return 1;
}

/* "Jan." — an abbreviated month may take a full stop. */
size_t
after_month(const struct dn_engine *e, size_t i)
{
	if ((lflags(e, i) & F_ABBR) && punct(e, i + 1, '.') && glued(e, i + 1))
		return i + 2;
	return i + 1;
}

/* A year after a month or day: "2013", ", 2013", "of 2013". */
size_t
year_after(const struct dn_engine *e, size_t k, int *y)
{
	if (year_num(e, k, 1)) {
		*y = e->tok[k].val;
		return k + 1;
	}
	if ((punct(e, k, ',') || cls(e, k) == C_OF) && year_num(e, k + 1, 1)) {
		*y = e->tok[k + 1].val;
		return k + 2;
	}
	return k;
}

/*
 * A count: "six", "twenty-five", "18", "2.5", "a", "a few", "several",
 * "two and a half".  Returns the token after it, or 0.
 */
size_t
count_at(const struct dn_engine *e, size_t i, double *n, int *x, int *isa)
{
	size_t k = i;
	const struct tok *t;

	*n = 0;
	*x = *isa = 0;
	if (i >= e->ntok)
		return 0;
	t = &e->tok[i];
	if (t->kind == T_NUM &&
	    !(t->flags & (DT_ORD | DT_DECS | DT_AM | DT_PM))) {
		const unsigned char *p = e->s + t->start;
		double v = 0, f = 0.1;
		int frac = 0;

		for (; p < e->s + t->end; p++) {
			if (*p == '.')
				frac = 1;
			else if (ISDIGIT(*p) && frac) {
				v += f * (*p - '0');
				f /= 10;
			} else if (ISDIGIT(*p))
				v = v * 10 + (*p - '0');
		}
		*n = v;
		k++;
	} else if (cls(e, i) == C_NUMW && !(lflags(e, i) & F_MULT)) {
		int v = lval(e, i);

		k++;
		if ((lflags(e, i) & F_TENS) && punct(e, k, '-') &&
		    glued(e, k) && cls(e, k + 1) == C_NUMW &&
		    lval(e, k + 1) < 10 && glued(e, k + 1)) {
			v += lval(e, k + 1);
			k += 2;
		} else if ((lflags(e, i) & F_TENS) && cls(e, k) == C_NUMW &&
		    lval(e, k) < 10) {
			v += lval(e, k);
			k++;
		}
		if (cls(e, k) == C_NUMW && (lflags(e, k) & F_MULT)) {
			v *= lval(e, k);
			k++;
		}
		*n = v;
	} else if (cls(e, i) == C_A) {
		k++;
		if (cls(e, k) == C_QUANT && lval(e, k) == QUANT_SOME &&
		    word_is(e, k, "few")) {
			*x = 1;
			k++;
		} else if (cls(e, k) == C_QUANT && lval(e, k) == QUANT_COUPLE) {
			*n = 2;
			k++;
			if (cls(e, k) == C_OF)
				k++;
		} else if (cls(e, k) == C_NUMW && (lflags(e, k) & F_MULT)) {
			*n = lval(e, k);
			k++;
		} else {
			*n = 1;
			*isa = 1;
		}
	} else if (cls(e, i) == C_QUANT && !(lflags(e, i) & F_WEAK) &&
	    lval(e, i) == QUANT_SOME) {
		*x = 1;
		k++;
	} else {
		return 0;
	}
	if (!*x && cls(e, k) == C_AND && lval(e, k) == CONJ_AND &&
	    cls(e, k + 1) == C_A && cls(e, k + 2) == C_HALF) {
		*n += 0.5;
		k += 3;
	}
	return k;
}
