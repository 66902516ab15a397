/*
 * engine.h - the insides of the datenorm engine, shared by its files.
 * The public face is datenorm.h; nothing here is for the filter's main.c.
 *
 *	engine.c	the API: a paragraph in, expressions out; match_at()
 *			tries the rule families in the order of one table
 *	dn_lex.h	the lexicon's names (its lists, lex/, compiled in)
 *	tokens.c	a paragraph's tokens and their facts
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
#include "dn_lex.h"
#include "segment.h"
#include "token.h"

#define ISALPHA(c) ((unsigned)(((c) | 0x20) - 'a') < 26)
#define ISDIGIT(c) ((unsigned)((c) - '0') < 10)
#define ISUPPER(c) ((unsigned)((c) - 'A') < 26)
#define ISSPACE(c)                                                             \
	((c) == ' ' || (c) == '\n' || (c) == '\t' || (c) == '\r' ||            \
	    (c) == '\f' || (c) == '\v')
#define AT(c) ((uint64_t)1 << (c)) /* a class's bit in a set of classes */

/* ---- tokens ------------------------------------------------------------ */

/*
 * A paragraph's tokens are the core's (common/token.h), with some split
 * on datenorm's side where the grammar reads the parts: "2013-05-09" is
 * 2013 - 05 - 09, "mid-2019" mid - 2019, "9th" one number with DT_ORD,
 * "a.m." a . m . (tokens.c).  A token's facts are its kind, the flags
 * below and its lexicon entry.
 */
// clang-format off
enum { T_WORD, T_NUM, T_PUNCT, T_OTHER };
#define DT_SP    0x01	/* white space before the token */
#define DT_CAP   0x02	/* word starts with a capital */
#define DT_POSS  0x04	/* the possessive "'s", "’s" */
#define DT_ORD   0x08	/* "9th" */
#define DT_DECS  0x10	/* "1990s", "90s" */
#define DT_COMMA 0x20	/* "2,012" */
#define DT_DEC   0x40	/* "2.5" */
#define DT_AM    0x80	/* "10am" */
#define DT_PM    0x100	/* "10pm" */
#define DT_LL    0x200	/* "'ll" of "he'll": a future cue */
#define DT_UPPER 0x400	/* all capitals: "FY2012", "Q3" */
#define DT_GAP   0x800	/* a part of the paragraph not tokenized */
// clang-format on

struct tok {
	uint32_t start, end;
	int32_t val;  /* number value, or the punctuation byte */
	uint16_t lex; /* slot of dn_lexicon + 1, 0 if none */
	uint16_t flags;
	uint8_t kind;
	uint8_t ndig; /* digits in a number */
	uint8_t cls;  /* the class of its lexicon entry, or C_NONE */
	uint8_t sb;   /* SB_*: may the grammar start here (engine.c) */
};

/* A token's start bits: an expression may start at it (SB_START), or
 * only when the token after it has SB_LEADS (SB_NEXT). */
#define SB_START 0x1
#define SB_NEXT 0x2
#define SB_LEADS 0x4

/* ---- the engine -------------------------------------------------------- */

struct ymd {
	int y, m, d; /* 0 = unknown */
};

struct dn_engine {
	struct tok *tok;
	size_t ntok, captok;
	uint32_t *cand; /* the tokens the grammar is tried at */
	size_t capcand;
	struct dn_timex *out;
	size_t nout, capout;
	const unsigned char *s;
	size_t len;
	struct ymd ref;  /* --ref, or 0 */
	struct ymd doc;  /* the document's date (dateline, DCT), or 0 */
	int doc_ahead;   /* doc is the dateline's, not scanned yet */
	struct ymd narr; /* last absolute date in the document */
	unsigned npara;  /* paragraphs scanned in this document */
	struct ymd last; /* last date mentioned (for "the day before") */
	size_t last_tok; /* its end token in this paragraph, or -1 */
	int last_q;      /* last is a quarter of last.y, or 0 */
	int depth;       /* of the match_at() in progress */
	/* which anchors the match in progress read (U_*), so that a value
	 * can say what it was worked out from; a pointer, as the rules
	 * read the engine through a const pointer */
	unsigned used_store, *used;
	size_t seq;      /* expressions found in this document */
	size_t last_seq; /* the one that gave last */
	size_t narr_seq; /* the one that gave narr */
	/* the sentence of each token, from the core's segmenter, found
	 * when first asked for in a paragraph */
	struct segmenter sg;
	struct spanvec sents;
	uint32_t *sid;
	size_t capsid;
	int have_sid;
	int have_sents; /* sents is this paragraph's */
	/* the figures and head words of the paragraph, the parts around
	 * them that are tokenized (skim.c dn_windows()), and whether a
	 * sentence was read into a part passed over (context.c) */
	struct spanvec trig, keep;
	int gap_hit;
	int whole; /* tokenize every paragraph whole (dn_set_whole()) */
	/* the head words (skim.c), by length, first and last letter: a
	 * bit each; heads_ok 0 when a paragraph may never be passed over */
	uint64_t heads[512];
	int heads_ok;
	/* the start bits of a word by its class; C_NONE's is the one of an
	 * all-capitals word ("Q3") */
	uint8_t sb_of[C_DAYNAME + 1];
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
	unsigned used;   /* the anchors it read: U_* */
};

/* The anchors a match read: the document's date, the last year the text
 * gave, the last date it talked about. */
#define U_DOC 0x1
#define U_NARR 0x2
#define U_LAST 0x4

/* ---- token predicates -------------------------------------------------- */

static inline int
cls(const struct dn_engine *e, size_t i)
{
	return i < e->ntok ? e->tok[i].cls : C_NONE;
}

static inline int
lval(const struct dn_engine *e, size_t i)
{
	return dn_lexicon.slot[e->tok[i].lex - 1].value;
}

static inline unsigned
lflags(const struct dn_engine *e, size_t i)
{
	return dn_lexicon.slot[e->tok[i].lex - 1].flags;
}

/* Is token i of class c, with a capital when the lexicon wants one? */
static inline int
is(const struct dn_engine *e, size_t i, int c)
{
	if (cls(e, i) != c)
		return 0;
	if ((lflags(e, i) & F_CAP) && !(e->tok[i].flags & DT_CAP))
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
	return i < e->ntok && !(e->tok[i].flags & DT_SP);
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
	        (DT_ORD | DT_DECS | DT_COMMA | DT_DEC | DT_AM | DT_PM));
}

/* Is token i a possessive "'s"? */
static inline int
possessive(const struct dn_engine *e, size_t i)
{
	return i < e->ntok && (e->tok[i].flags & DT_POSS);
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
	struct ymd a = e->ref.y ? e->ref : e->doc;

	if (a.y)
		*e->used = U_DOC;
	return a;
}

/* The last date mentioned, read for a value ("the day before"). */
static inline struct ymd
last_date(const struct dn_engine *e)
{
	*e->used = U_LAST;
	return e->last;
}

/*
 * The anchor of a calendar name without its year ("in June", "on
 * Friday", "the third quarter"): the deictic anchor, else the last year
 * the text gave ("In 2008 sales fell.  In June they rose.").
 */
static inline struct ymd
cal_anchor(const struct dn_engine *e)
{
	struct ymd a = anchor(e);

	if (a.y || !e->narr.y)
		return a;
	*e->used = U_NARR;
	return e->narr;
}

/* The anchor of anaphoric ones ("the day before"): the last date seen. */
static inline struct ymd
anaph(const struct dn_engine *e)
{
	return e->last.y ? last_date(e) : anchor(e);
}

/* The day "the day" means: the last full date mentioned, else the anchor. */
static inline struct ymd
day_anchor(const struct dn_engine *e)
{
	return ymd_full(e->last) ? last_date(e) : anchor(e);
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

/* tokens.c */
/* skim.c */
void dn_heads_init(struct dn_engine *e);
int dn_holds(const struct dn_engine *e, const unsigned char *s, size_t n,
    struct spanvec *at);
int dn_windows(struct dn_engine *e, const unsigned char *s, size_t n);

void dn_tokenize(struct dn_engine *e, const unsigned char *s, size_t len);
void dn_tokenize_parts(struct dn_engine *e, const unsigned char *s, size_t len,
    const struct span *part, size_t np);

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
