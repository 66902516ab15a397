/* sentences.c: sentence numbers for a paragraph's tokens, asked of the
 * core segmenter (common/segment.h) at the terminators outside quotations
 * and at the end of each quotation. */
#include <stdint.h>

#include "engine.h"
#include "segment.h"

/* The core segmenter decides each boundary (common/segment.h); quotepull
 * only says where to ask: at the terminators outside quotations, and at
 * the end of a quotation, which is a unit of its sentence ("Nobody."
 * Governor Ruth Adler made the remarks.). */
static const struct segmenter qp_segmenter = { NULL };

/* The byte where the terminator run ending token t starts: t is a . ! ?
 * or … token, or a word keeping its period ("U.S.", "J."); the run goes
 * back over the terminators right before it ("?!", "..."). Returns
 * SIZE_MAX when t ends in no terminator. */
static size_t
terminator_run(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	if (k->type == TK_WORD)
		return e->s[k->e - 1] == '.' ? k->e - 1 : SIZE_MAX;
	if (!tok_terminal(e, t))
		return SIZE_MAX;
	while (
	    t > 0 && e->tok[t - 1].e == e->tok[t].s && tok_terminal(e, t - 1))
		t--;
	return e->tok[t].s;
}

/* The last bytes of . ! ? and … (E2 80 A6). */
static const uint8_t ends_terminal[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, [0xA6] = 1
};

/* Sentence numbers for all tokens. */
void
qp_split_sentences(struct qp_engine *e)
{
	int sent = 0;
	size_t start = e->ntok ? e->tok[0].s
	                       : 0; /* where the sentence starts */
	size_t cut = SIZE_MAX; /* a token from here on starts the next one */
	size_t after = 0; /* terminators before here have been asked about */

	e->sent_first[0] = 0;

	for (size_t i = 0; i < e->ntok; i++) {
		struct tok *t;
		size_t run, next, end;

		/* with no boundary pending, past the tokens that ask nothing
		 * at once: outside a quotation those ending in no . ! ? or …,
		 * inside one all but its closing mark */
		if (cut == SIZE_MAX && !e->nmarks) /* no quotation */
			while (i < e->ntok &&
			    !ends_terminal[e->s[e->tok[i].e - 1]])
				e->tok[i++].sent = sent;
		else
			while (cut == SIZE_MAX && i < e->ntok &&
			    (e->tok[i].q == NO
			            ? !ends_terminal[e->s[e->tok[i].e - 1]]
			            : e->qs[e->tok[i].q].c != (int)i))
				e->tok[i++].sent = sent;
		if (i == e->ntok)
			break;
		t = &e->tok[i];

		if (t->s >= cut) {
			sent++;
			start = t->s;
			cut = SIZE_MAX;
			e->sent_first[sent & 3] = (int)i;
		}
		t->sent = sent;
		if (t->q != NO) {
			/* a quotation ends its sentence as its last word would:
			 * ask at the terminators before the closing mark */
			const struct quote *q = &e->qs[t->q];
			int last = q->last - 1;

			if (q->c != (int)i || q->last <= q->first)
				continue;
			while (last > q->first &&
			    e->tok[last].type == TK_MARK &&
			    e->tok[last].e == e->tok[last + 1].s)
				last--; /* "... over.'" */
			run = terminator_run(e, last);
		} else {
			/* most tokens end in no . ! ? or … (E2 80 A6) */
			if (!ends_terminal[e->s[t->e - 1]] || t->s < after ||
			    (t->type != TK_PUNCT && t->type != TK_WORD))
				continue;
			run = terminator_run(e, (int)i);
		}
		if (run == SIZE_MAX || run < after)
			continue;
		if (sent_boundary_at(
		        &qp_segmenter, e->s, e->n, start, run, &next, &end))
			cut = end;
		else if (t->q != NO &&
		    (tok_punct(e, (int)i + 1, '(') ||
		        tok_punct(e, (int)i + 1, '[')))
			/* "... as well." ((hu))Hungarian language: ... */
			cut = e->tok[i + 1].s;
		after = next;
	}
}
