/*
 * engine.c - the datenorm engine: finds temporal expressions in a
 * paragraph's text and normalizes them to TimeML TIMEX3 values against an
 * anchor date (datenorm.h is the API).
 *
 * The paragraph is split into tokens (tokens.c), each word looked up once
 * in the lexicon (lex/).  At each token that can start an expression, the
 * rule families of rules/ are tried in the order of family[] below; the
 * longest match wins, and of two as long the one tried first.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datenorm.h"
#include "engine.h"
#include "rules/rules.h"
#include "token.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * The class of token i for the table: its lexicon class, or one of these
 * for a number and for an apostrophe before a number ("'82").
 */
enum { S_NUM = C_DAYNAME + 1, S_APOS, S_NEVER };
_Static_assert(S_NEVER < 64, "a start class per bit");

static int
start_class(const struct dn_engine *e, size_t i)
{
	const struct tok *t = &e->tok[i];

	switch (t->kind) {
	case T_NUM:
		return S_NUM;
	case T_PUNCT:
		return t->val == '\'' && glued(e, i + 1) ? S_APOS : S_NEVER;
	case T_WORD:
		return cls(e, i); /* C_NONE: "Q3", "FY2012" */
	}
	return S_NEVER;
}

/*
 * The rule families (rules/), in the order they are tried: at each token,
 * those whose start classes hold the token's.  The order is the tie-break
 * between two matches of one length.
 */
#define NUMBER AT(S_NUM)
#define COUNT                                                                  \
	(AT(C_NUMW) | AT(C_A) | AT(C_QUANT) | AT(C_APPROX) | AT(C_MORE) |      \
	    AT(C_HALF) | AT(C_PREP))
#define RELATIVE                                                               \
	(AT(C_LAST) | AT(C_PAST) | AT(C_PREV) | AT(C_NEXT) | AT(C_FOLLOWING) | \
	    AT(C_THIS) | AT(C_THAT) | AT(C_SAME))
#define REFERENCE (AT(C_REF) | AT(C_RIGHT) | AT(C_THESE))
// clang-format off
static const struct family {
	int (*match)(struct dn_engine *, size_t, struct res *);
	uint64_t at;	/* AT() of the classes of the tokens it starts at */
} family[] = {
	{ m_numdate,	NUMBER },			/* 2013-05-09 */
	{ m_clock,	NUMBER },			/* 14:30 */
	{ m_daymonth,	NUMBER },			/* 9 May */
	{ m_quarter,	NUMBER | AT(C_ORDW) | AT(C_LAST) }, /* 3rd quarter */
	{ m_year,	NUMBER },			/* 2013, 1990s */
	{ m_count,	NUMBER | COUNT },		/* six months */
	{ m_apos_year,	AT(S_APOS) },			/* '82 */
	{ m_fiscal,	AT(C_NONE) | AT(C_FISCAL) },	/* Q3, FY2012 */
	{ m_month,	AT(C_MONTH) },			/* May 9, 2013 */
	{ m_weekday,	AT(C_WEEKDAY) },		/* Friday */
	{ m_dayname,	AT(C_DAYNAME) },		/* Black Monday */
	{ m_dayrel,	AT(C_DAYREL) },			/* yesterday */
	{ m_ref,	AT(C_PREP) | REFERENCE },	/* at present, now */
	{ m_rel,	REFERENCE | RELATIVE },		/* last month */
	{ m_weeknum,	AT(C_UNIT) },			/* week 19 */
	{ m_units,	AT(C_UNIT) },			/* for years */
	{ m_noon,	AT(C_NOON) },			/* noon */
	{ m_holiday,	AT(C_HOLIDAY) },		/* Christmas */
	{ m_season,	AT(C_SEASON) },			/* summer 2013 */
	{ m_set,	AT(C_SETADJ) | AT(C_EVERY) | AT(C_TIMES) }, /* daily */
	{ m_the,	AT(C_THE) },			/* the day before */
	{ m_mod,	AT(C_THE) | AT(C_EARLY) | AT(C_EARLIER) | AT(C_POS) |
			AT(C_APPROX) },			/* early 2013 */
	{ m_the_prefix,	AT(C_THE) },			/* the 1990s */
	{ m_streak,	AT(C_A) | AT(C_THE) | AT(C_ORDW) }, /* a third straight day */
	{ m_week_of,	AT(C_THE) },			/* the last week of May */
	{ m_best,	AT(C_UNIT) },			/* their best week since */
	{ m_trading,	AT(C_PARTDAY) },		/* in morning trading */
};
// clang-format on
#define NFAMILY (sizeof family / sizeof family[0])

/*
 * The longest expression starting at token i, or 0.  depth: how many
 * modifiers wrap this call ("the end of early ..."); bounded, so that
 * "early early early ..." cannot recurse without end.
 */
/* The families to try at a token of each start class, in family[]'s
 * order, ended by -1 (set up by dn_new()): no test of the families that
 * cannot start there. */
static signed char so_tried[S_NEVER + 1][NFAMILY + 1];
_Static_assert(NFAMILY < 127, "a family's index in a signed char");

static void
tried_init(void)
{
	for (int c = 0; c <= S_NEVER; c++) {
		size_t n = 0;

		for (size_t k = 0; k < NFAMILY; k++)
			if (family[k].at & AT(c))
				so_tried[c][n++] = (signed char)k;
		so_tried[c][n] = -1;
	}
}

int
match_at(struct dn_engine *e, size_t i, struct res *best, int depth)
{
	struct res r;
	const signed char *f;
	size_t k;

	memset(best, 0, sizeof *best);
	if (i >= e->ntok || depth > 3)
		return 0;
	for (f = so_tried[start_class(e, i)]; *f >= 0; f++) {
		k = (size_t)*f;
		memset(&r, 0, sizeof r);
		e->depth = depth;
		if (depth == 0)
			*e->used = 0;
		if (family[k].match(e, i, &r) && r.end > best->end) {
			*best = r;
			best->used = *e->used;
		}
	}
	e->depth = depth;
	return best->end > i;
}

/*
 * Can an expression start at a word of this class?  Most lexicon words
 * are modifiers ("the", "a", "in") that only start one before another
 * lexicon word, a number or a dash (SR_NEXT): the cheap test keeps the
 * grammar off most tokens.
 */
enum { SR_NEXT, SR_NEVER, SR_ALWAYS, SR_UPPER }; /* the others: SR_NEXT */
// clang-format off
static const unsigned char start_rule[C_DAYNAME + 1] = {
	[C_NONE] = SR_UPPER, /* "Q3", "FY2012": all capitals */
	[C_FUT] = SR_NEVER, [C_PASTV] = SR_NEVER, [C_OF] = SR_NEVER,
	[C_AND] = SR_NEVER, [C_THAN] = SR_NEVER, [C_LEAST] = SR_NEVER,
	[C_STRAIGHT] = SR_NEVER, [C_AMPM] = SR_NEVER, [C_TZ] = SR_NEVER,
	[C_OCLOCK] = SR_NEVER, [C_BEING] = SR_NEVER, [C_TIMEW] = SR_NEVER,
	[C_LONG] = SR_NEVER, [C_AGO] = SR_NEVER, [C_BEFORE] = SR_NEVER,
	[C_REFNOUN] = SR_NEVER, [C_DECADEW] = SR_NEVER,
	[C_MONTH] = SR_ALWAYS, [C_WEEKDAY] = SR_ALWAYS, [C_DAYREL] = SR_ALWAYS,
	[C_NOON] = SR_ALWAYS, [C_HOLIDAY] = SR_ALWAYS, [C_SEASON] = SR_ALWAYS,
	[C_SETADJ] = SR_ALWAYS, [C_UNIT] = SR_ALWAYS, [C_ORDW] = SR_ALWAYS,
	[C_REF] = SR_ALWAYS, [C_FISCAL] = SR_ALWAYS,
};
// clang-format on

/*
 * The tokens at which the grammar is tried (match_at()): numbers, an
 * apostrophe ("'82"), and words that can start an expression (above),
 * by the start bits tokens.c gave each token (SB_*).  Written to e->cand
 * in order, in one pass with no branch on a token's kind (a paragraph's
 * tokens are mixed past any guessing); their number is returned.
 */
static size_t
candidates(struct dn_engine *e)
{
	const struct tok *t = e->tok;
	size_t i, n = e->ntok, nc = 0;

	if (n > e->capcand) {
		free(e->cand);
		e->capcand = n + n / 2;
		e->cand = xreallocarray(NULL, e->capcand, sizeof *e->cand);
	}
	for (i = 0; i + 1 < n; i++) {
		e->cand[nc] = (uint32_t)i;
		nc += (t[i].sb & SB_START) |
		    ((t[i].sb >> 1) & (t[i + 1].sb >> 2) & 1);
	}
	if (n > 0) {
		e->cand[nc] = (uint32_t)(n - 1);
		nc += t[n - 1].sb & SB_START;
	}
	return nc;
}

/* ---- the interface ----------------------------------------------------- */

struct dn_engine *
dn_new(void)
{
	struct dn_engine *e = xcalloc(1, sizeof *e);

	e->used = &e->used_store;
	dn_heads_init(e);
	/* SR_UPPER (C_NONE) as SB_START: tokens.c keeps it for all
	 * capitals */
	for (size_t c = 0; c <= C_DAYNAME; c++)
		e->sb_of[c] = start_rule[c] == SR_NEXT ? SB_NEXT
		    : start_rule[c] == SR_NEVER        ? 0
		                                       : SB_START;
	tried_init();
	return e;
}

void
dn_free(struct dn_engine *e)
{
	if (!e)
		return;
	free(e->tok);
	free(e->out);
	free(e->sid);
	free(e->cand);
	spanvec_free(&e->sents);
	spanvec_free(&e->keep);
	spanvec_free(&e->trig);
	free(e);
}

void
dn_set_ref(struct dn_engine *e, int y, int m, int d)
{
	e->ref.y = y;
	e->ref.m = y ? m : 0;
	e->ref.d = y ? d : 0;
}

void
dn_set_whole(struct dn_engine *e, int on)
{
	e->whole = on != 0;
}

void
dn_set_doc_date(struct dn_engine *e, int y, int m, int d)
{
	e->doc.y = y;
	e->doc.m = y ? m : 0;
	e->doc.d = y ? d : 0;
	e->doc_ahead = 0;
}

void
dn_set_doc_date_ahead(struct dn_engine *e, int y, int m, int d)
{
	dn_set_doc_date(e, y, m, d);
	e->doc_ahead = y != 0;
}

int
dn_doc_date(const struct dn_engine *e, int *y, int *m, int *d)
{
	struct ymd a = anchor(e);

	*y = a.y;
	*m = a.m;
	*d = a.d;
	return a.y != 0;
}

void
dn_reset_doc(struct dn_engine *e)
{
	e->last_q = 0;
	e->npara = 0;
	e->seq = e->last_seq = e->narr_seq = 0;
	e->doc_ahead = 0;
	memset(&e->doc, 0, sizeof e->doc);
	memset(&e->narr, 0, sizeof e->narr);
	memset(&e->last, 0, sizeof e->last);
}

/*
 * What the value of r was worked out from: the last date the text talked
 * about ("the day before"), the last year it gave ("In 2008 ... In June"),
 * the document's date ("yesterday", and "now": PRESENT_REF); nothing for
 * a value the text gives the year of, a duration or a set, or one with
 * unknown parts ("XXXX-XX-XX").
 */
static void
set_anchor(const struct dn_engine *e, const struct res *r, struct dn_timex *x)
{
	x->anchor = DN_ANCHOR_NONE;
	if (r->type != DN_DATE && r->type != DN_TIME)
		return;
	if (strstr(r->val, "_REF")) {
		x->anchor = DN_ANCHOR_DOC;
		return;
	}
	/* the text gives its year ("early 2012", "March 15, 2019") */
	if (strchr(r->val, 'X') || r->abs.y)
		return;
	/* an anchor no tag stands for: none named */
	if (r->used & U_LAST) {
		x->anchor = e->last_seq ? DN_ANCHOR_EXPR : DN_ANCHOR_NONE;
		x->anchor_seq = e->last_seq;
	} else if (r->used & U_NARR) {
		x->anchor = e->narr_seq ? DN_ANCHOR_EXPR : DN_ANCHOR_NONE;
		x->anchor_seq = e->narr_seq;
	} else if (r->used & U_DOC) {
		x->anchor = DN_ANCHOR_DOC;
	}
}

/* Add one expression to the output array. */
static void
emit(struct dn_engine *e, size_t start, size_t end, const struct res *r)
{
	struct dn_timex *x;

	if (e->nout == e->capout) {
		e->capout = e->capout ? e->capout * 2 : 16;
		e->out = xreallocarray(e->out, e->capout, sizeof *e->out);
	}
	x = &e->out[e->nout++];
	x->start = start;
	x->end = end;
	x->type = (enum dn_type)r->type;
	memcpy(x->value, r->val, DN_VALUE_MAX);
	x->value[DN_VALUE_MAX - 1] = '\0';
	x->dct = 0;
	x->mod = (unsigned char)r->mod;
	x->seq = ++e->seq;
	set_anchor(e, r, x);
}

/*
 * Is the full date of tokens [i, end) the document's dateline?  In the
 * first paragraphs of a document, near the start of its paragraph, and
 * either the paragraph is a short line ("Friday, January 4, 2019",
 * "Published: Jan. 4, 2019 10:32 a.m.") or a dash or bracket follows it
 * ("LONDON, January 4, 2019 -- Rain fell...", "Jan. 4, 2019 (AP) -").
 */
#define DATELINE_PARAS 3  /* title, date line, first paragraph */
#define DATELINE_AT 48    /* the date starts within these bytes */
#define DATELINE_LINE 120 /* a paragraph this short is a date line */
static int
dateline(const struct dn_engine *e, size_t i, size_t end, const struct res *r)
{
	const unsigned char *p;
	size_t at;

	if (e->ref.y || (e->doc.y && !e->doc_ahead) ||
	    e->npara >= DATELINE_PARAS || !ymd_full(r->abs) ||
	    (r->type != DN_DATE && r->type != DN_TIME) ||
	    e->tok[i].start > DATELINE_AT)
		return 0;
	at = e->len;
	while (at > 0 && ISSPACE(e->s[at - 1]))
		at--;
	/* a line, not a sentence: "It closed on March 3, 2010." is none */
	if (at <= DATELINE_LINE && at > 0 && !strchr(".!?\"", e->s[at - 1]))
		return 1;
	at = e->tok[end - 1].end;
	while (at < e->len && (e->s[at] == ' ' || e->s[at] == '\t'))
		at++;
	p = e->s + at;
	if (at < e->len && (*p == '-' || *p == '(' || *p == '|'))
		return 1;
	/* an en or em dash: U+2013, U+2014 */
	return at + 2 < e->len && p[0] == 0xE2 && p[1] == 0x80 &&
	    (p[2] == 0x93 || p[2] == 0x94);
}

/* Every expression of the paragraph's tokens, emitted. */
static void
match_all(struct dn_engine *e)
{
	size_t i, c, nc;
	struct res r;

	nc = candidates(e);
	for (c = 0, i = 0; c < nc; c++) {
		const struct tok *t = &e->tok[e->cand[c]];

		if (e->cand[c] < i)
			continue; /* inside the expression before */
		i = e->cand[c];
		if (!match_at(e, i, &r, 0)) {
			i++;
			continue;
		}
		if (r.type >= 0) {
			struct res to;
			size_t k;

			emit(e, t->start, e->tok[r.end - 1].end, &r);
			memset(&to, 0, sizeof to);
			if ((k = (size_t)range_end_day(e, i, &r, &to)) != 0) {
				/* "March 15 to 17, 2019": the year is both's */
				if (to.abs.y && !r.abs.y) {
					r.when.y = to.abs.y;
					put_day(
					    e->out[e->nout - 1].value, r.when);
				}
				emit(e, e->tok[k].start, e->tok[to.end - 1].end,
				    &to);
				/* "17" takes its month from "March 15" */
				e->out[e->nout - 1].anchor = DN_ANCHOR_EXPR;
				e->out[e->nout - 1].anchor_seq =
				    e->out[e->nout - 2].seq;
				if (to.abs.y && !r.abs.y)
					e->out[e->nout - 2].anchor =
					    DN_ANCHOR_NONE;
				r.abs = to.abs;
				r.when = to.when;
				r.end = to.end;
			} else if (dateline(e, i, r.end, &r)) {
				e->doc = r.abs;
				e->doc_ahead = 0;
				e->out[e->nout - 1].dct = 1;
				e->out[e->nout - 1].anchor = DN_ANCHOR_NONE;
			}
		}
		/* the expression that gave them, 0 if it is not tagged */
		if (r.abs.y) {
			e->narr = r.abs;
			e->narr_seq = r.type >= 0 ? e->seq : 0;
		}
		if (r.when.y) {
			e->last_seq = r.type >= 0 ? e->seq : 0;
			e->last = r.when;
			e->last_q = r.q;
			e->last_tok = r.end;
		}
		i = r.end;
	}
}

/* What match_all() changes in e, kept to go back to. */
struct before {
	struct ymd doc, narr, last;
	int doc_ahead, last_q;
	size_t seq, last_seq, narr_seq;
};

size_t
dn_scan(struct dn_engine *e, const unsigned char *text, size_t len,
    const struct dn_timex **out)
{
	struct before b;

	e->nout = 0;
	*out = NULL;
	e->s = text;
	e->len = len;
	e->last_tok = (size_t)-1;
	e->have_sid = 0;
	e->have_sents = 0;
	e->gap_hit = 0;
	/* the figures and head words, for dn_windows() */
	e->trig.n = 0;
	if (!dn_holds(e, text, len, &e->trig)) {
		e->ntok = 0;
		e->npara++;
		*out = e->out;
		return 0;
	}
	if (!dn_windows(e, text, len)) {
		dn_tokenize(e, text, len);
		match_all(e);
	} else {
		b = (struct before){ e->doc, e->narr, e->last, e->doc_ahead,
			e->last_q, e->seq, e->last_seq, e->narr_seq };
		dn_tokenize_parts(e, text, len, e->keep.v, e->keep.n);
		match_all(e);
		if (e->gap_hit) {
			/* a sentence went on into a part passed over: the
			 * paragraph again, whole */
			e->doc = b.doc;
			e->narr = b.narr;
			e->last = b.last;
			e->doc_ahead = b.doc_ahead;
			e->last_q = b.last_q;
			e->seq = b.seq;
			e->last_seq = b.last_seq;
			e->narr_seq = b.narr_seq;
			e->nout = 0;
			e->last_tok = (size_t)-1;
			e->have_sid = 0;
			e->gap_hit = 0;
			dn_tokenize(e, text, len);
			match_all(e);
		}
	}
	e->npara++;
	*out = e->out;
	return e->nout;
}

int
dn_parse_ref(const char *s, int *y, int *m, int *d)
{
	int i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !ISDIGIT(s[i]))
			return -1;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ')
		return -1;
	if (*y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > month_days(*y, *m))
		return -1;
	return 0;
}

const char *
dn_type_name(enum dn_type t)
{
	static const char *const name[] = { "DATE", "TIME", "DURATION", "SET" };

	return t <= DN_SET ? name[t] : "DATE";
}

const char *
dn_mod_name(enum dn_mod m)
{
	static const char *const name[] = { NULL, "START", "MID", "END",
		"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
		"EQUAL_OR_MORE" };

	return m <= DN_MOD_EQUAL_OR_MORE ? name[m] : NULL;
}
