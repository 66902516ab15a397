/* marks.c: quotation marks paired into quotations. Openers go on a stack, a
 * closer pops to the nearest opener of its kind; a pair no other pair
 * encloses is a quotation; a double opener left open with words after it
 * runs on into the next paragraph. */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

static void
add_pair(struct qp_engine *e, int o, int c)
{
	e->pairs = qp_grow(
	    e->pairs, &e->cappairs, e->npairs + 1, sizeof *e->pairs);
	e->pairs[e->npairs++] = (struct pair){ o, c };
}

static int
count_words(const struct qp_engine *e, int first, int last)
{
	int w = 0;

	for (int i = first; i < last; i++)
		if (e->tok[i].type == TK_WORD || e->tok[i].type == TK_NUM)
			w++;
	return w;
}

static void
add_quote(struct qp_engine *e, int o, int c)
{
	struct quote *q;

	e->qs = qp_grow(e->qs, &e->capq, e->nq + 1, sizeof *e->qs);
	q = &e->qs[e->nq++];
	memset(q, 0, sizeof *q);
	q->o = o;
	q->c = c;
	q->first = o + 1;
	q->last = c == NO ? (int)e->ntok : c;
	q->men = NO;
	q->cue = NO;
	q->ent = NO;
	q->keep = 1;
	q->start = e->tok[o].s;
	q->end = c == NO ? e->tok[e->ntok - 1].e : e->tok[c].e;
	q->text_start = e->tok[o].e;
	q->text_end = c == NO ? q->end : e->tok[c].s;
	q->words = count_words(e, q->first, q->last);
	q->cont_after = c == NO;
}

/* Is the pair o, c a nickname inside a name? Johnny "Shorty" Smith, Jeremy
 * "Spike" Cohen: capitalised words in marks, between two of a name. */
static int
nickname(const struct qp_engine *e, int o, int c)
{
	if (o < 1 || c + 1 >= (int)e->ntok || c - o < 2 || c - o > 4)
		return 0;
	for (int t = o - 1; t <= c + 1; t += c + 2 - o)
		if (!is_word(e, t) || !(e->tok[t].fl & F_CAP) ||
		    (e->tok[t].fl & F_POSS) ||
		    (tok_lex(e, t) & (QL_STOPCAP | QL_COMMON)))
			return 0;
	for (int t = o + 1; t < c; t++)
		if (!is_word(e, t) || !(e->tok[t].fl & F_CAP))
			return 0;
	return 1;
}

/* Pair the marks: openers go on a stack, a closer pops to the nearest
 * opener of its kind. A single closer with no single opener is an
 * apostrophe ("the farmers' protest"). Straight marks open or close by
 * flanking; an ambiguous one closes when its kind is open. */
static int
pair_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	return (x->o > y->o) - (x->o < y->o);
}

void
qp_pair_marks(struct qp_engine *e)
{
	size_t sp = 0;
	int runs = 0, maxc = -1, first_dq = 1, cont = NO;

	e->npairs = 0;
	e->nq = 0;
	if (e->nmarks == 0)
		return;
	for (size_t i = 0; i < e->ntok; i++) {
		struct tok *t = &e->tok[i];
		int role, k, found = NO, was_first;

		if (t->type != TK_MARK)
			continue;
		k = t->mk;
		was_first = first_dq && k == MK_DQ;
		if (k == MK_DQ)
			first_dq = 0;
		for (size_t j = sp; j-- > 0;)
			if (e->tok[e->stack[j]].mk == k) {
				found = (int)j;
				break;
			}
		role = t->mr;
		if (role == MR_AMBIG)
			role = found != NO ? MR_CLOSE : MR_OPEN;
		/* "„We are satisfied.“": “ closes a baseline opener */
		if ((t->fl & F_SIX) && found != NO &&
		    (e->tok[e->stack[found]].fl & F_LOW9))
			role = MR_CLOSE;
		/* ’ at a word's start with no single quote open: "’em" */
		if (role == MR_OPEN) {
			e->stack = qp_grow(
			    e->stack, &e->capstack, sp + 1, sizeof *e->stack);
			e->stack[sp++] = (int)i;
			continue;
		}
		if (found == NO) {
			/* "… nationally.\n\nI've spent … his grave."": a
			 * quotation running on from the paragraph before with
			 * no opening mark of its own */
			if (was_first && e->run_open && sp == 0 && i > 0)
				cont = (int)i;
			continue; /* apostrophe or stray closer */
		}
		add_pair(e, e->stack[found], (int)i);
		sp = (size_t)found;
	}
	/* Openers left on the stack pair with nothing, and a pair is a
	 * quotation when no other pair encloses it: a stray mark does not nest
	 * ("Daily Xtra‍'s director said "some solace …""). A double opener left
	 * at the bottom with four words or more after it and no double pair
	 * after it is a quotation running on into the next paragraph. */
	if (sp > 0 && e->tok[e->stack[0]].mk == MK_DQ &&
	    count_words(e, e->stack[0] + 1, (int)e->ntok) >= 4) {
		runs = 1;
		for (size_t p = 0; p < e->npairs; p++)
			if (e->pairs[p].o > e->stack[0] &&
			    e->tok[e->pairs[p].o].mk == MK_DQ)
				runs = 0;
	}
	if (e->npairs > 1)
		qsort(e->pairs, e->npairs, sizeof *e->pairs, pair_cmp);
	if (cont != NO) {
		struct quote *q;
		add_quote(e, 0, cont);
		q = &e->qs[e->nq - 1];
		q->first = 0;
		q->text_start = e->tok[0].s;
		q->words = count_words(e, 0, q->last);
		q->cont_before = 1;
		maxc = cont;
	}
	for (size_t p = 0; p < e->npairs; p++) {
		const struct pair *pr = &e->pairs[p];
		if (pr->c < maxc || (runs && pr->o > e->stack[0]))
			continue; /* inside another pair or the running quote */
		maxc = pr->c;
		if (nickname(e, pr->o, pr->c)) {
			for (int t = pr->o; t <= pr->c; t++)
				e->tok[t].fl |= F_NICK;
			continue;
		}
		add_quote(e, pr->o, pr->c);
	}
	if (runs)
		add_quote(e, e->stack[0], NO);
	/* pairs close in order, but a promoted pair may precede an outer one */
	for (size_t a = 1; a < e->nq; a++)
		for (size_t b = a; b > 0 && e->qs[b - 1].o > e->qs[b].o; b--) {
			struct quote tmp = e->qs[b];
			e->qs[b] = e->qs[b - 1];
			e->qs[b - 1] = tmp;
		}
	for (size_t qi = 0; qi < e->nq; qi++) {
		struct quote *q = &e->qs[qi];
		int end = q->c == NO ? (int)e->ntok - 1 : q->c;
		for (int i = q->o; i <= end; i++)
			e->tok[i].q = (int)qi;
	}
}
