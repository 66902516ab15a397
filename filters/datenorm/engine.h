/*
 * engine.h - the insides of the datenorm engine, shared by its files.
 * The public face is datenorm.h; nothing here is for the filter's main.c.
 *
 *	engine.c	the API: a paragraph in, expressions out; match_at()
 *			tries the rule families in the order of one table
 *	lex.c		the lexicon (lexicon.def) and a word's facts
 *	tokens.c	a paragraph into words, numbers and punctuation
 *	calendar.c	days, weekdays, ISO weeks, US summer time
 *	value.c		TimeML values: 2013-05-09, P6M, 2013-W19, 199
 *	context.c	the anchor dates, the tense of a sentence
 *	parts.c		what expressions are made of: days, years, counts
 *	rules/		the grammar, one file per family of expressions
 */
#ifndef DATENORM_ENGINE_H
#define DATENORM_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "datenorm.h"
#include "segment.h"

/* ---- the lexicon ------------------------------------------------------- */

/* The class of a lexicon word. */
// clang-format off
enum cls {
	C_NONE, C_MONTH, C_WEEKDAY, C_NUMW, C_ORDW, C_LAST, C_UNIT, C_HALF,
	C_DAYREL, C_PARTDAY, C_NOON, C_SEASON, C_DECADEW, C_HOLIDAY, C_REF,
	C_REFNOUN, C_SETADJ, C_EVERY, C_TIMES, C_THE, C_A, C_PAST, C_PREV,
	C_NEXT, C_FOLLOWING, C_THIS, C_THAT, C_SAME, C_EARLY, C_EARLIER,
	C_AGO, C_BEFORE, C_POS, C_OF, C_PREP, C_AND, C_FISCAL, C_QUANT,
	C_APPROX, C_MORE, C_THAN, C_LEAST, C_STRAIGHT, C_AMPM, C_TZ,
	C_OCLOCK, C_THESE, C_RIGHT, C_LONG, C_BEING, C_TIMEW, C_FUT, C_PASTV,
	C_DAYNAME
};

/* The value of a unit word (C_UNIT). */
enum unit {
	U_NONE, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT,
	U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM
};

/* General references (C_REF, C_REFNOUN): PRESENT_REF, PAST_REF, ... */
enum { R_PRESENT, R_PAST, R_FUTURE };

/* The lexicon value of a preposition (C_PREP). */
enum prep {
	P_IN = 1, P_ON, P_AT, P_SINCE, P_BY, P_UNTIL, P_DURING, P_FROM, P_TO,
	P_BETWEEN, P_THROUGH, P_FOR, P_WITHIN, P_THROUGHOUT
};

/* Parts of the day (C_PARTDAY): index TMO TAF TEV TNI. */
enum { PD_MORNING = 1, PD_AFTERNOON, PD_EVENING, PD_NIGHT };

/* C_AND: "and" or "or"; C_QUANT: "several" (unknown) or "couple" (2);
 * C_FISCAL: "fiscal" or "FY"; C_EVERY: "every" or "per"; C_ORDW "final" */
enum { CONJ_AND, CONJ_OR };
enum { QUANT_SOME = 0, QUANT_COUPLE = 2 };
enum { FISCAL_WORD, FISCAL_FY };
enum { EVERY_EACH, EVERY_PER };
#define ORD_FINAL 99

/* lexicon flags */
#define F_CAP     0x01	/* needs a capital: "May", "March" */
#define F_ABBR    0x02	/* abbreviation: "Jan", "Sept" */
#define F_PL      0x04	/* plural: "years" */
#define F_TENS    0x08	/* "twenty": may take "-five" */
#define F_MULT    0x10	/* "hundred" */
#define F_ADJONLY 0x20	/* "single", "current": not a head on its own */
#define F_UNIT2   0x40	/* "second": also a unit */
#define F_WEAK    0x80	/* common in other senses: needs more context */
#define F_NIGHT   0x100	/* "tonight" */
#define F_DST     0x200	/* a zone an hour ahead in US summer: "ET" */
// clang-format on

struct lexent {
	const char *word;
	unsigned char cls;
	short val;
	unsigned short flags;
};

extern const struct lexent dn_lexicon[];

#define LEX_MAX 512 /* room for the lexicon's entries */
#define HBITS 11
#define HSIZE (1u << HBITS)
#define WMAX 15 /* longest lexicon word */

#define ISALPHA(c) ((unsigned)(((c) | 0x20) - 'a') < 26)
#define ISDIGIT(c) ((unsigned)((c) - '0') < 10)
#define ISUPPER(c) ((unsigned)((c) - 'A') < 26)
#define ISSPACE(c)                                                             \
	((c) == ' ' || (c) == '\n' || (c) == '\t' || (c) == '\r' ||            \
	    (c) == '\f' || (c) == '\v')

/* byte classes for the scanner */
#define B_SPACE 1
#define B_WORD 2 /* ASCII letters and digits: go on a word */
#define B_HIGH 3 /* bytes >= 0x80: go on a word too */

/* ---- tokens ------------------------------------------------------------ */

// clang-format off
enum { T_WORD, T_NUM, T_PUNCT, T_OTHER };
#define TF_SP    0x01	/* white space before the token */
#define TF_CAP   0x02	/* word starts with a capital */
#define TF_ED    0x04	/* lower-case word ending in "-ed": a past cue */
#define TF_ORD   0x08	/* "9th" */
#define TF_DECS  0x10	/* "1990s", "90s" */
#define TF_COMMA 0x20	/* "2,012" */
#define TF_DEC   0x40	/* "2.5" */
#define TF_AM    0x80	/* "10am" */
#define TF_PM    0x100	/* "10pm" */
#define TF_LL    0x200	/* "he'll": a future cue */
#define TF_UPPER 0x400	/* all capitals: "FY2012", "Q3" */
// clang-format on

struct tok {
	uint32_t start, end;
	int32_t val;  /* number value, or the punctuation byte */
	uint16_t lex; /* lexicon index + 1, 0 if none */
	uint16_t flags;
	uint8_t kind;
	uint8_t ndig; /* digits in a number */
};

/* ---- the engine -------------------------------------------------------- */

struct ymd {
	int y, m, d; /* 0 = unknown */
};

struct dn_engine {
	uint16_t hash[HSIZE];      /* lexicon index + 1 */
	uint8_t wlen[LEX_MAX];     /* length of each lexicon word */
	uint16_t lenmask[27 * 27]; /* bit n: a lexicon word of n bytes
				    * starts with these two letters */
	unsigned char bclass[256]; /* B_SPACE, B_WORD, B_HIGH */
	unsigned char lower[256];  /* ASCII lower case */
	unsigned char l27[256];    /* letter 0-25, else 26 */
	struct tok *tok;
	size_t ntok, captok;
	struct dn_timex *out;
	size_t nout, capout;
	const unsigned char *s;
	size_t len;
	struct ymd ref;  /* --ref, or 0 */
	struct ymd doc;  /* the document's date (dateline, DCT), or 0 */
	struct ymd narr; /* last absolute date in the document */
	unsigned npara;  /* paragraphs scanned in this document */
	struct ymd last; /* last date mentioned (for "the day before") */
	size_t last_tok; /* its end token in this paragraph, or -1 */
	int last_q;      /* last is a quarter of last.y, or 0 */
	int depth;       /* of the match_at() in progress */
	/* the sentence of each token, from the core's segmenter, found
	 * when first asked for in a paragraph */
	struct segmenter sg;
	struct spanvec sents;
	uint32_t *sid;
	size_t capsid;
	int have_sid;
};

/* A match in progress. */
struct res {
	size_t end; /* token after the match */
	int type;   /* DN_*, or -1: swallowed, not tagged */
	char val[DN_VALUE_MAX];
	struct ymd abs;  /* set when the text gives the year */
	struct ymd when; /* the date meant, when known */
	int q;           /* a quarter of when.y, or 0 */
	int mod;         /* enum dn_mod */
};

/* ---- token predicates -------------------------------------------------- */

static inline int
cls(const struct dn_engine *e, size_t i)
{
	if (i >= e->ntok || !e->tok[i].lex)
		return C_NONE;
	return dn_lexicon[e->tok[i].lex - 1].cls;
}

static inline int
lval(const struct dn_engine *e, size_t i)
{
	return dn_lexicon[e->tok[i].lex - 1].val;
}

static inline unsigned
lflags(const struct dn_engine *e, size_t i)
{
	return dn_lexicon[e->tok[i].lex - 1].flags;
}

/* Is token i of class c, with a capital when the lexicon wants one? */
static inline int
is(const struct dn_engine *e, size_t i, int c)
{
	if (cls(e, i) != c)
		return 0;
	if ((lflags(e, i) & F_CAP) && !(e->tok[i].flags & TF_CAP))
		return 0;
	return 1;
}

/* Is token i the preposition p ("to": P_TO)? */
static inline int
is_prep(const struct dn_engine *e, size_t i, enum prep p)
{
	return cls(e, i) == C_PREP && lval(e, i) == (int)p;
}

static inline int
punct(const struct dn_engine *e, size_t i, int ch)
{
	return i < e->ntok && e->tok[i].kind == T_PUNCT && e->tok[i].val == ch;
}

/* Token i follows token i - 1 with no space between. */
static inline int
glued(const struct dn_engine *e, size_t i)
{
	return i < e->ntok && !(e->tok[i].flags & TF_SP);
}

/* A unit word at k; 0 if none. */
static inline int
unit_at(const struct dn_engine *e, size_t k)
{
	if (cls(e, k) == C_UNIT)
		return lval(e, k);
	return 0;
}

/* A plain number (no suffix, grouping or decimals): "9", "2013". */
static inline int
plain_num(const struct dn_engine *e, size_t i)
{
	return i < e->ntok && e->tok[i].kind == T_NUM &&
	    !(e->tok[i].flags &
	        (TF_ORD | TF_DECS | TF_COMMA | TF_DEC | TF_AM | TF_PM));
}

/* Is the word at i exactly w (lower case, ASCII)? */
static inline int
word_is(const struct dn_engine *e, size_t i, const char *w)
{
	size_t n, k;
	const unsigned char *p;

	if (i >= e->ntok || e->tok[i].kind != T_WORD)
		return 0;
	p = e->s + e->tok[i].start;
	if ((p[0] | 0x20) != (unsigned char)w[0])
		return 0;
	n = strlen(w);
	if (e->tok[i].end - e->tok[i].start != n)
		return 0;
	for (k = 0; k < n; k++)
		if ((p[k] | 0x20) != (unsigned char)w[k])
			return 0;
	return 1;
}

/* ---- dates and anchors ------------------------------------------------- */

static inline int
ymd_full(struct ymd a)
{
	return a.y && a.m && a.d;
}

/* The text gave this date (with its year): it anchors what follows. */
static inline void
set_abs(struct res *r, int y, int m, int d)
{
	r->abs.y = r->when.y = y;
	r->abs.m = r->when.m = m;
	r->abs.d = r->when.d = d;
}

/*
 * The anchor of deictic expressions ("yesterday", "last year"): --ref,
 * else the document's date; none (all X) without one, for a year the
 * text mentioned is no "now" ("She was born in 1939.  She won the award
 * last year.").
 */
static inline struct ymd
anchor(const struct dn_engine *e)
{
	return e->ref.y ? e->ref : e->doc;
}

/*
 * The anchor of a calendar name without its year ("in June", "on
 * Friday", "the third quarter"): the deictic anchor, else the last year
 * the text gave ("In 2008 sales fell.  In June they rose.").
 */
static inline struct ymd
cal_anchor(const struct dn_engine *e)
{
	return anchor(e).y ? anchor(e) : e->narr;
}

/* The anchor of anaphoric ones ("the day before"): the last date seen. */
static inline struct ymd
anaph(const struct dn_engine *e)
{
	return e->last.y ? e->last : anchor(e);
}

/* The day "the day" means: the last full date mentioned, else the anchor. */
static inline struct ymd
day_anchor(const struct dn_engine *e)
{
	return ymd_full(e->last) ? e->last : anchor(e);
}

/* calendar.c */
int month_days(int y, int m);
long days_from_civil(int y, int m, int d);
struct ymd civil_from_days(long z);
int iso_wday(long z);
struct ymd add_days(struct ymd a, long n);
void iso_week(struct ymd a, int *wy, int *w);
int us_summer(struct ymd d);
int season_of(int m);

/* value.c */
extern const char *const partcode[], *const seasoncode[];
void put_day(char *v, struct ymd a);
void put_month(char *v, int y, int m);
void put_year(char *v, int y);
void put_season(char *v, int y, int s);
int whole_count(double n);
void put_duration(char *v, double n, int x, int unit);
void put_shift(char *v, struct ymd a, int unit, long n, struct ymd *when);

/* lex.c, tokens.c */
void dn_lex_init(struct dn_engine *e);
void word_token(
    struct dn_engine *e, struct tok *t, const unsigned char *w, size_t n);
void dn_tokenize(struct dn_engine *e, const unsigned char *s, size_t len);

/* context.c */
int sent_end(struct dn_engine *e, size_t j);
int tense(struct dn_engine *e, size_t i);
void resolve_weekday(
    struct dn_engine *e, struct res *r, int wd, int dir, int strict);
int resolve_year(struct dn_engine *e, size_t i, int m, int d);

/* parts.c */
int day_num(const struct dn_engine *e, size_t i);
int year_num(const struct dn_engine *e, size_t i, int strong);
size_t after_month(const struct dn_engine *e, size_t i);
size_t year_after(const struct dn_engine *e, size_t k, int *y);
int month_day(
    struct dn_engine *e, size_t i, struct res *r, int y, int m, int d);
size_t count_at(
    const struct dn_engine *e, size_t i, double *n, int *x, int *isa);

/* engine.c: the longest expression at token i (see there) */
int match_at(struct dn_engine *e, size_t i, struct res *best, int depth);

#endif
