/*
 * datenorm engine: a byte tokenizer, a lexicon lookup and a small
 * hand-written grammar of English temporal expressions, normalized to
 * TimeML TIMEX3 values against an anchor date.
 *
 * The tokenizer turns a paragraph into words, numbers and punctuation with
 * byte offsets; every word is looked up once in a hash of the lexicon
 * (lexicon.def).  The grammar is tried only at tokens that can start an
 * expression (a lexicon word or a number); it takes the longest match.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datenorm.h"
#include "engine.h"
#include "rules/rules.h"
#include "xalloc.h"

/* ---- the grammar ------------------------------------------------------- */

/*
 * The longest expression starting at token i, or 0.  depth: how many
 * modifiers wrap this call ("the end of early ..."); bounded, so that
 * "early early early ..." cannot recurse without end.
 */
int
match_at(struct dn_engine *e, size_t i, struct res *best, int depth)
{
	struct res r;
	int c;

	memset(best, 0, sizeof *best);
	if (i >= e->ntok || depth > 3)
		return 0;
	e->depth = depth;
	c = cls(e, i);
#define TRY(call) do { \
		memset(&r, 0, sizeof r); \
		e->depth = depth; \
		if ((call) && r.end > best->end) \
			*best = r; \
	} while (0)
	switch (e->tok[i].kind) {
	case T_NUM:
		TRY(m_numdate(e, i, &r));
		TRY(m_clock(e, i, &r));
		TRY(m_daymonth(e, i, &r));
		TRY(m_quarter(e, i, &r));
		TRY(m_year(e, i, &r, 0));
		TRY(m_count(e, i, &r, 0));
		break;
	case T_PUNCT:
		if (e->tok[i].val == '\'' && i + 1 < e->ntok && glued(e, i + 1))
			TRY(m_year(e, i + 1, &r, 0));
		break;
	case T_WORD:
		if (!c) {
			TRY(m_fiscal(e, i, &r));
			break;
		}
		switch (c) {
		case C_MONTH:
			TRY(m_month(e, i, &r));
			break;
		case C_WEEKDAY:
			TRY(m_weekday(e, i, &r, 2, 0));
			break;
		case C_DAYREL:
			TRY(m_dayrel(e, i, &r));
			break;
		case C_NUMW:
		case C_A:
		case C_QUANT:
		case C_APPROX:
		case C_MORE:
		case C_HALF:
			TRY(m_count(e, i, &r, 0));
			break;
		case C_PREP:
			if (cls(e, i + 1) == C_LEAST)
				TRY(m_count(e, i, &r, 0));	/* "at least" */
			else if (cls(e, i + 1) == C_REFNOUN)
				TRY(m_ref(e, i, &r));		/* "at present" */
			break;
		case C_ORDW:
			TRY(m_quarter(e, i, &r));
			break;
		case C_FISCAL:
			TRY(m_fiscal(e, i, &r));
			break;
		case C_UNIT:
			TRY(m_weeknum(e, i, &r));
			TRY(m_units(e, i, &r));
			break;
		case C_NOON:
			TRY(m_noon(e, i, &r));
			break;
		case C_HOLIDAY:
			TRY(m_holiday(e, i, &r));
			break;
		case C_DAYNAME:
			/* "Black Monday", "Super Tuesday": a day's name */
			if (is(e, i, C_DAYNAME) && is(e, i + 1, C_WEEKDAY) &&
			    !(lflags(e, i + 1) & F_PL))
				TRY(m_weekday(e, i + 1, &r, 2, 0));
			break;
		case C_SEASON:
			TRY(m_season(e, i, &r, 0));
			break;
		case C_REF:
		case C_RIGHT:
		case C_THESE:
			TRY(m_ref(e, i, &r));
			TRY(m_rel(e, i, &r, 0));
			break;
		case C_SETADJ:
		case C_EVERY:
		case C_TIMES:
			TRY(m_set(e, i, &r));
			break;
		case C_EARLY:
		case C_EARLIER:
		case C_POS:
			TRY(m_mod(e, i, &r));
			break;
		case C_LAST:
			TRY(m_quarter(e, i, &r));
			/* FALLTHROUGH */
		case C_PAST:
		case C_PREV:
		case C_NEXT:
		case C_FOLLOWING:
		case C_THIS:
		case C_THAT:
		case C_SAME:
			TRY(m_rel(e, i, &r, 0));
			break;
		case C_THE:
			TRY(m_the(e, i, &r));
			TRY(m_mod(e, i, &r));
			if (i + 1 < e->ntok && takes_the(e, i + 1)) {
				struct res in;

				memset(&in, 0, sizeof in);
				switch (cls(e, i + 1)) {
				case C_LAST:
					if (m_quarter(e, i + 1, &in) &&
					    in.end > best->end) {
						*best = in;
						break;
					}
					memset(&in, 0, sizeof in);
					/* FALLTHROUGH */
				case C_PAST: case C_PREV:
				case C_NEXT: case C_FOLLOWING: case C_SAME:
					if (m_rel(e, i + 1, &in, 1))
						r = in;
					else
						in.end = 0;
					break;
				case C_NUMW: case C_QUANT: case C_APPROX:
					if (!m_count(e, i + 1, &in, 1))
						in.end = 0;
					break;
				default:
					if (e->tok[i + 1].kind == T_NUM &&
					    (e->tok[i + 1].flags & TF_DECS)) {
						if (!m_year(e, i + 1, &in, 1))
							in.end = 0;
					} else if (!match_at(e, i + 1, &in,
					    depth + 1)) {
						in.end = 0;
					}
				}
				if (in.end > best->end)
					*best = in;
			}
			break;
		}
		break;
	}
#undef TRY
	e->depth = depth;
	return best->end > i;
}

/*
 * Can an expression start at word i?  Most lexicon words are modifiers
 * ("the", "a", "in") that only start one before another lexicon word, a
 * number or a dash: the cheap test keeps the grammar off most tokens.
 */
static int
can_start(const struct dn_engine *e, size_t i)
{
	const struct tok *t;

	switch (cls(e, i)) {
	case C_NONE:
		return (e->tok[i].flags & TF_UPPER) != 0;	/* "Q3" */
	case C_FUT: case C_PASTV: case C_OF: case C_AND: case C_THAN:
	case C_LEAST: case C_STRAIGHT: case C_AMPM: case C_TZ:
	case C_OCLOCK: case C_BEING: case C_TIMEW: case C_LONG: case C_AGO:
	case C_BEFORE: case C_REFNOUN: case C_DECADEW:
		return 0;
	case C_MONTH: case C_WEEKDAY: case C_DAYREL: case C_NOON:
	case C_HOLIDAY: case C_SEASON: case C_SETADJ: case C_UNIT:
	case C_ORDW: case C_REF: case C_FISCAL:
		return 1;
	}
	if (i + 1 >= e->ntok)
		return 0;
	t = &e->tok[i + 1];
	return t->lex || t->kind == T_NUM || (t->kind == T_PUNCT &&
	    (t->val == '-' || t->val == '\''));
}

/* ---- the interface ----------------------------------------------------- */

struct dn_engine *
dn_new(void)
{
	struct dn_engine *e = calloc(1, sizeof *e);

	if (!e)
		return NULL;
	dn_lex_init(e);
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
	spanvec_free(&e->sents);
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
dn_reset_doc(struct dn_engine *e)
{
	e->last_q = 0;
	memset(&e->narr, 0, sizeof e->narr);
	memset(&e->last, 0, sizeof e->last);
}

/* Add one expression to the output array. */
static int
emit(struct dn_engine *e, size_t start, size_t end, const struct res *r)
{
	struct dn_timex *x;

	if (e->nout == e->capout) {
		size_t n = e->capout ? e->capout * 2 : 16;
		struct dn_timex *p = realloc(e->out, n * sizeof *p);

		if (!p)
			return -1;
		e->out = p;
		e->capout = n;
	}
	x = &e->out[e->nout++];
	x->start = start;
	x->end = end;
	x->type = (enum dn_type)r->type;
	memcpy(x->value, r->val, DN_VALUE_MAX);
	x->value[DN_VALUE_MAX - 1] = '\0';
	return 0;
}

size_t
dn_scan(struct dn_engine *e, const unsigned char *text, size_t len,
    const struct dn_timex **out)
{
	size_t i;
	struct res r;

	e->nout = 0;
	*out = NULL;
	e->s = text;
	e->len = len;
	e->last_tok = (size_t)-1;
	e->have_sid = 0;
	if (dn_tokenize(e, text, len) < 0)
		return 0;
	for (i = 0; i < e->ntok;) {
		const struct tok *t = &e->tok[i];

		/* most words are not in the lexicon: skip them at once */
		if ((t->kind == T_WORD && ((!t->lex && !(t->flags & TF_UPPER)) ||
		    !can_start(e, i))) ||
		    t->kind == T_OTHER || (t->kind == T_PUNCT &&
		    t->val != '\'')) {
			i++;
			continue;
		}
		if (!match_at(e, i, &r, 0)) {
			i++;
			continue;
		}
		if (r.type >= 0 && emit(e, t->start, e->tok[r.end - 1].end,
		    &r) < 0)
			break;
		if (r.abs.y)
			e->narr = r.abs;
		if (r.when.y) {
			e->last = r.when;
			e->last_q = r.q;
			e->last_tok = r.end;
		}
		i = r.end;
	}
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
	static const char *const name[] = { "DATE", "TIME", "DURATION",
	    "SET" };

	return t <= DN_SET ? name[t] : "DATE";
}
