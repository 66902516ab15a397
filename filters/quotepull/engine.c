/* engine.c: the quotepull engine's API (qp.h) and the order of its work
 * on a paragraph; the output strings. No I/O. The parts, in the order
 * qp_paragraph runs them, are listed in engine.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "xalloc.h"

void *
qp_grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t c = *cap ? *cap : 64;
	while (c < need)
		c *= 2;
	p = xrealloc(p, c * size);
	*cap = c;
	return p;
}

size_t
qp_ob_put(struct qp_engine *e, const void *p, size_t n)
{
	size_t off = e->oblen;

	e->ob = qp_grow(e->ob, &e->obcap, e->oblen + n + 1, 1);
	memcpy(e->ob + e->oblen, p, n);
	e->oblen += n;
	e->ob[e->oblen++] = '\0';
	return off;
}

/* The tokens [a, b) as written, whitespace runs as one space. */
size_t
qp_ob_span(struct qp_engine *e, int a, int b, size_t *len)
{
	size_t off = e->oblen;

	for (int i = a; i < b; i++) {
		size_t n = e->tok[i].e - e->tok[i].s;
		e->ob = qp_grow(e->ob, &e->obcap, e->oblen + n + 2, 1);
		if (i > a && (e->tok[i].fl & F_SPB))
			e->ob[e->oblen++] = ' ';
		memcpy(e->ob + e->oblen, e->s + e->tok[i].s, n);
		e->oblen += n;
	}
	*len = e->oblen - off;
	e->ob = qp_grow(e->ob, &e->obcap, e->oblen + 1, 1);
	e->ob[e->oblen++] = '\0';
	return off;
}

static int
is_headline(const struct qp_engine *e)
{
	size_t i = e->n;

	if (e->para != 0)
		return 0;
	while (i > 0 &&
	    (e->s[i - 1] == '\n' || e->s[i - 1] == '\r' || e->s[i - 1] == ' '))
		i--;
	if (i == 0 || memchr(e->s, '\n', i) != NULL)
		return 0;
	if (e->ntok == 0 || e->ntok > 40)
		return 0;
	/* a title ends without a full stop */
	return !(e->s[i - 1] == '.' ||
	    (e->tok[e->ntok - 1].type == TK_MARK && e->ntok >= 2 &&
	        tok_terminal(e, (int)e->ntok - 2)));
}

static void
finish_quote(struct qp_engine *e, struct quote *q, int headline)
{
	int f = q->first;

	/* the text: the tokens between the marks, a trailing comma dropped
	 * and no space at either end ("« Nous gagnerons. »") */
	if (q->c == NO)
		q->end = e->tok[e->ntok - 1].e;
	if (q->first < q->last) {
		int l = q->last;
		if (q->c != NO && tok_punct(e, l - 1, ','))
			l--;
		q->text_start = e->tok[q->first].s;
		q->text_end = l > q->first ? e->tok[l - 1].e : q->text_start;
	}
	if (headline)
		q->kind = QP_HEADLINE;
	else if (f < q->last && (e->tok[f].fl & F_LOWER) &&
	    !tok_punct(e, q->o - 1, ',') && !tok_punct(e, q->o - 1, ':'))
		q->kind = QP_PARTIAL;
	else
		q->kind = QP_FULL;
}

struct qp_engine *
qp_new(void)
{
	struct qp_engine *e = xcalloc(1, sizeof *e);

	e->memo = xcalloc(1, sizeof *e->memo);
	e->names = xcalloc(NAME_SLOTS, sizeof *e->names);
	e->ntag = xcalloc(NAME_SLOTS, sizeof *e->ntag);
	qp_reset(e);
	return e;
}

void
qp_free(struct qp_engine *e)
{
	if (!e)
		return;
	free(e->tok);
	free(e->men);
	free(e->qs);
	free(e->pairs);
	free(e->stack);
	free(e->ob);
	free(e->out);
	free(e->ent);
	free(e->arena);
	free(e->names);
	free(e->ntag);
	free(e->memo);
	free(e);
}

void
qp_reset(struct qp_engine *e)
{
	e->nent = 0;
	e->alen = 0;
	e->gen++;
	/* the tags of 255 documents ago would look current: clear them */
	e->tgen = (uint8_t)(1 + e->gen % 255);
	if (e->tgen == 1)
		memset(e->ntag, 0, NAME_SLOTS * sizeof *e->ntag);
	e->nnames = 0;
	e->clock = 0;
	e->para = 0;
	e->last_spk_ent = NO;
	e->last_spk[0] = e->last_men[0] = '\0';
	e->last_spk_para = -10;
	e->run_open = 0;
	e->run_spk[0] = e->run_men[0] = '\0';
	e->run_ent = NO;
	e->colon_para = -10;
	e->turn_para = -10;
	e->grp_para = -10;
	e->grp_spk[0] = '\0';
	/* a long document may have grown the arena: give it back */
	if (e->acap > (1u << 20)) {
		free(e->arena);
		e->arena = NULL;
		e->acap = 0;
	}
}

void
qp_set_origin(struct qp_engine *e, size_t (*orig)(void *, size_t), void *ctx)
{
	e->orig = orig;
	e->orig_ctx = ctx;
}

void
qp_set_verbs(struct qp_engine *e, const struct lexicon *verbs)
{
	e->verbs = verbs;
}

void
qp_names_only(struct qp_engine *e, int on)
{
	e->names_only = on;
}

/* The document offset of paragraph position pos. */
size_t
qp_doc_pos(const struct qp_engine *e, size_t pos)
{
	return e->orig ? e->orig(e->orig_ctx, pos) : pos;
}

void
qp_copy_str(char *dst, size_t cap, const char *src, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

size_t
qp_paragraph(struct qp_engine *e, const unsigned char *text, size_t len,
    const struct qp_ent *ents, size_t nents, const struct qp_quote **out)
{
	size_t nout = 0, empty;
	int headline;
	int run_was_open = e->run_open;

	e->s = text;
	e->n = len;
	e->oblen = 0;
	e->regcur = 0;
	qp_tokenize(e);
	qp_lookup_words(e, e->nmarks > 0);
	qp_pair_marks(e);
	qp_split_sentences(e);
	qp_find_mentions(e, ents, nents);
	headline = is_headline(e);
	for (size_t i = 0; i < e->nq; i++)
		finish_quote(e, &e->qs[i], headline);
	for (size_t i = 0; i < e->nq; i++)
		qp_attribute(e, i);
	/* before the names after the colon's speaker are registered: "He
	 * sent a message to Mark Seidenberg:" is not Seidenberg's */
	qp_colon_intro(e);
	qp_register_upto(e, e->nmen);
	qp_interview_turn(e);
	if (!e->names_only)
		qp_note_group(e);

	/* the document's state, and the cue words into the output arena */
	e->run_open = 0;
	empty = qp_ob_put(e, "", 0);
	for (size_t i = 0; i < e->nq; i++) {
		struct quote *q = &e->qs[i];
		size_t n;

		if (!q->keep)
			continue;
		q->cue_off = q->cue != NO
		    ? qp_ob_span(e, q->cue, q->cue + 1, &n)
		    : empty;
		if (q->have_spk && q->spk_len) {
			qp_copy_str(e->last_spk, sizeof e->last_spk,
			    e->ob + q->spk, q->spk_len);
			qp_copy_str(e->last_men, sizeof e->last_men,
			    e->ob + q->mtx, q->mtx_len);
			e->last_spk_ent = q->ent;
			e->last_kind = q->spk_kind;
			e->last_spk_para = e->para;
		}
		if (q->cont_after) {
			e->run_open = 1;
			qp_copy_str(e->run_spk, sizeof e->run_spk,
			    q->have_spk ? e->ob + q->spk : "",
			    q->have_spk ? q->spk_len : 0);
			qp_copy_str(e->run_men, sizeof e->run_men,
			    q->have_spk ? e->ob + q->mtx : "",
			    q->have_spk ? q->mtx_len : 0);
			e->run_ent = q->ent;
			e->run_kind = q->have_spk ? q->spk_kind : 0;
		}
	}
	/* the arena grows no more: the records point into it */
	e->out = qp_grow(e->out, &e->capout, e->nq + 1, sizeof *e->out);
	for (size_t i = 0; i < e->nq; i++) {
		const struct quote *q = &e->qs[i];
		struct qp_quote *o;

		if (!q->keep)
			continue;
		o = &e->out[nout++];
		o->start = q->start;
		o->end = q->end;
		o->text_start = q->text_start;
		o->text_end = q->text_end;
		o->kind = (enum qp_kind)q->kind;
		o->cont_before = q->cont_before ||
		    (run_was_open && i == 0 && q->o == 0);
		o->cont_after = q->cont_after;
		o->guessed = q->far;
		o->speaker = e->ob + (q->have_spk ? q->spk : empty);
		o->mention = e->ob + (q->have_spk ? q->mtx : empty);
		o->role = e->ob + (q->role_len ? q->role : empty);
		o->cue = e->ob + q->cue_off;
		if (q->men != NO && q->have_spk && q->men < (int)e->nmen &&
		    !q->cont_before) {
			o->mention_start = e->tok[e->men[q->men].ts].s;
			o->mention_end = e->tok[e->men[q->men].te - 1].e;
		} else {
			o->mention_start = o->mention_end = QP_NOPOS;
		}
		o->speaker_kind = (enum qp_speaker_kind)(
		    q->have_spk ? q->spk_kind : 0);
		o->speaker_start = o->speaker_end = QP_NOPOS;
		if (q->have_spk && q->ent != NO && e->ent[q->ent].at_end) {
			o->speaker_start = e->ent[q->ent].at_start;
			o->speaker_end = e->ent[q->ent].at_end;
		} else if (o->mention_start != QP_NOPOS && q->spk_len &&
		    q->spk_len == q->mtx_len &&
		    memcmp(e->ob + q->spk, e->ob + q->mtx, q->spk_len) == 0) {
			o->speaker_start = qp_doc_pos(e, o->mention_start);
			o->speaker_end = qp_doc_pos(e, o->mention_end - 1) + 1;
		}
	}
	e->para++;
	*out = e->out;
	return nout;
}
