/* turns.c: speakers given by a paragraph's layout: an interview's turn
 * ("Jane Doe: We will appeal.", "A: We will.", "Q: …" gives none) and a
 * paragraph ending in a colon after its speaker ("From Chairwoman Ann
 * Lee:"), for the quotation opening the next one. */
#include <stddef.h>
#include <string.h>

#include "engine.h"

/* Remember the speaker of a paragraph that ends in a colon, for the
 * quotation opening the next one: "From Chairwoman Ann Lee:", "At Ballot
 * Access News, Mark Seidenberg commented:". */
void
qp_colon_intro(struct qp_engine *e)
{
	int c = (int)e->ntok - 1, ss, men;
	struct quote *t;

	e->colon_para = -10;
	if (c < 1 || !tok_punct(e, c, ':') || e->tok[c].q != NO)
		return;
	ss = qp_first_of_sentence(e, c);
	men = qp_sentence_subject(e, e->tok[c].sent);
	if (men != NO && e->men[men].te > c)
		men = NO;
	if (men == NO)
		men = qp_mention_before(e, c, ss);
	for (size_t m = e->nmen; men == NO && m-- > 0;)
		if (e->men[m].sent == e->tok[c].sent &&
		    e->men[m].kind != MN_PRON && !e->men[m].place &&
		    e->men[m].te <= c)
			men = (int)m; /* "From Chairwoman Ann Lee:" */
	if (men == NO)
		return;
	/* resolved as the speaker of a quotation standing at the colon */
	e->qs = qp_grow(e->qs, &e->capq, e->nq + 1, sizeof *e->qs);
	t = &e->qs[e->nq];
	memset(t, 0, sizeof *t);
	t->o = t->first = t->last = c;
	t->c = t->men = t->cue = t->ent = NO;
	qp_speaker_from_mention(e, t, men);
	if (!t->have_spk || !t->spk_len)
		return;
	qp_copy_str(
	    e->colon_spk, sizeof e->colon_spk, e->ob + t->spk, t->spk_len);
	qp_copy_str(
	    e->colon_men, sizeof e->colon_men, e->ob + t->mtx, t->mtx_len);
	e->colon_ent = t->ent;
	e->colon_kind = t->spk_kind;
	e->colon_para = e->para;
}

/* The person the interview is with: the one the document names most
 * often, the last named of them; not a letter, the "Q" of "Q: …" turns
 * that outnumber the name. */
int
qp_interviewee(const struct qp_engine *e)
{
	int best = NO;

	for (size_t i = 0; i < e->nent; i++)
		if (e->ent[i].person && !e->ent[i].org && e->ent[i].nlen > 1 &&
		    (best == NO || e->ent[i].count > e->ent[best].count ||
		        (e->ent[i].count == e->ent[best].count &&
		            e->ent[i].seen > e->ent[best].seen)))
			best = (int)i;
	return best;
}

/* Does word t have a capital after a small letter ("JorgensenImage")? */
static int
camel_case(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	for (size_t i = k->s + 1; i < k->e; i++)
		if (e->s[i] >= 'A' && e->s[i] <= 'Z' && e->s[i - 1] >= 'a' &&
		    e->s[i - 1] <= 'z')
			return 1;
	return 0;
}

/* The person whose initials are the capitals of token t ("NG" for
 * Natasha Gownaris), or NO. */
static int
initials_of(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];
	size_t n = k->e - k->s;
	int best = NO;

	if (n < 2 || n > 3 || !(k->fl & F_ALLCAP))
		return NO;
	for (size_t i = 0; i < e->nent; i++) {
		const struct entity *x = &e->ent[i];
		const char *w = e->arena + x->name;
		size_t j = 0, a = 0;
		if (!x->person || x->ntok != (int)n)
			continue;
		for (; a < x->nlen && j < n; j++) {
			if (w[a] != (char)e->s[k->s + j])
				break;
			while (a < x->nlen && w[a] != ' ')
				a++;
			a++;
		}
		if (j == n && (best == NO || x->seen > e->ent[best].seen))
			best = (int)i;
	}
	return best;
}

/* Does the paragraph end with a sentence's last mark ("Yes.", "No!")? */
static int
ends_sentence(const struct qp_engine *e)
{
	int t = (int)e->ntok - 1;

	if (t > 0 && e->tok[t].type == TK_MARK && e->tok[t].mr != MR_OPEN)
		t--;
	return t >= 0 && tok_terminal(e, t);
}

/* The label of a turn "((Ann Berg)) I think …": its last token (the
 * first being 2), or NO. */
static int
turn_label(const struct qp_engine *e)
{
	int t = 2;

	if (!tok_punct(e, 0, '(') || !tok_punct(e, 1, '('))
		return NO;
	while (t < 8 && is_word(e, t))
		t++;
	if (t == 2 || !tok_punct(e, t, ')') || !tok_punct(e, t + 1, ')'))
		return NO;
	return t - 1;
}

/* Is the label ending at token last the interviewer's ("((WN))")? */
static int
interviewer_label(const struct qp_engine *e, int last)
{
	return last == 2 &&
	    (tok_is(e, 2, "wn") || tok_is(e, 2, "wikinews") ||
	        tok_is(e, 2, "q") || tok_is(e, 2, "interviewer"));
}

/* The first token after the interviewer's label opening the paragraph
 * ("((WN)) So, …"), else 0: that label names nobody who is quoted. */
int
qp_interviewer_label(const struct qp_engine *e)
{
	int last = turn_label(e);

	return last != NO && interviewer_label(e, last) ? last + 3 : 0;
}

/* The person answering in this paragraph, a "((Name)) …" turn or one
 * going on from it: 1 with the name in name[0..cap), else 0.  "((WN))",
 * the interviewer, and initials of nobody named are none. */
int
qp_turn_speaker(const struct qp_engine *e, char *name, size_t cap)
{
	int last = turn_label(e), who;

	if (last == NO) {
		if (e->label_gen != e->gen || e->label_para != e->para - 1 ||
		    !e->label_spk[0])
			return 0;
		qp_copy_str(name, cap, e->label_spk, strlen(e->label_spk));
		return 1;
	}
	if (interviewer_label(e, last))
		return 0;
	if (last == 2 && (e->tok[2].fl & F_ALLCAP)) {
		if ((who = initials_of(e, 2)) == NO)
			return 0;
		qp_copy_str(
		    name, cap, e->arena + e->ent[who].name, e->ent[who].nlen);
		return 1;
	}
	qp_copy_str(name, cap, (const char *)e->s + e->tok[2].s,
	    e->tok[last].e - e->tok[2].s);
	return 1;
}

/* Keep the turn's person for the paragraphs that go on with it. */
static void
note_turn_label(struct qp_engine *e)
{
	char name[sizeof e->label_spk];

	if (turn_label(e) == NO &&
	    (e->label_gen != e->gen || e->label_para != e->para - 1))
		return;
	if (!qp_turn_speaker(e, name, sizeof name))
		name[0] = '\0';
	memcpy(e->label_spk, name, sizeof name);
	e->label_gen = e->gen;
	e->label_para = e->para;
}

/* An interview's turn, a paragraph opening with a label and a colon:
 * "Jane Doe: We will appeal.", "A: We will." -> the rest of the paragraph
 * is a quotation of the one named, or of the person interviewed; "Q:",
 * "Wikinews:" turns are the interviewer's questions and give none. */
void
qp_interview_turn(struct qp_engine *e)
{
	int c, men = NO, answer = 0, who = NO;
	struct quote *q;

	note_turn_label(e);
	for (c = 0; c < (int)e->ntok && c < 5 && !tok_punct(e, c, ':'); c++)
		if (e->tok[c].type != TK_WORD)
			return;
	if (c == 0 || c >= 5 || c + 1 >= (int)e->ntok)
		return;
	if (c == 1 &&
	    (tok_is(e, 0, "q") || tok_is(e, 0, "question") ||
	        tok_is(e, 0, "interviewer") || tok_is(e, 0, "wikinews") ||
	        tok_is(e, 0, "wn"))) {
		e->turn_para = e->para;
		return;
	}
	if (c == 1 && (tok_is(e, 0, "a") || tok_is(e, 0, "answer"))) {
		answer = 1;
	} else if (c == 1 && (who = initials_of(e, 0)) != NO) {
		answer = 1; /* "NG: …" after "Natasha Gownaris: …" */
	} else if (e->tok[0].men >= 0 && e->men[e->tok[0].men].ts == 0 &&
	    e->men[e->tok[0].men].te == c) {
		const struct mention *m = &e->men[e->tok[0].men];
		int known = m->ent != NO && e->ent[m->ent].person;
		int turns = e->turn_para >= e->para - 2, words = 0;
		for (int t = c + 1; t < (int)e->ntok; t++)
			words += e->tok[t].type == TK_WORD;
		/* "Note: …" is no turn: a person, or a run of turns; nor is
		 * a picture's credit, "Jo JorgensenImage: Jo Jorgensen for
		 * President." */
		if (!(m->kind == MN_NAME && (m->person || known || turns)) &&
		    !(m->kind == MN_ORG && (e->tok[0].fl & F_ALLCAP) && turns))
			return;
		/* a short first turn only of a person named before, a
		 * sentence: "Hill: Yes." after "Mark Hill, the mayor" */
		if (!turns &&
		    (camel_case(e, c - 1) ||
		        (words < 6 &&
		            !(known && e->ent[m->ent].count >= 2 &&
		                ends_sentence(e)))))
			return;
		men = e->tok[0].men;
	} else {
		return;
	}
	for (size_t i = 0; i < e->nq; i++)
		e->qs[i].keep = 0; /* the quotations inside the answer */
	e->qs = qp_grow(e->qs, &e->capq, e->nq + 1, sizeof *e->qs);
	q = &e->qs[e->nq++];
	memset(q, 0, sizeof *q);
	q->o = q->first = c + 1;
	q->c = (int)e->ntok - 1;
	q->last = (int)e->ntok;
	q->start = q->text_start = e->tok[c + 1].s;
	q->end = q->text_end = e->tok[e->ntok - 1].e;
	q->keep = 1;
	q->kind = QP_FULL;
	q->men = q->ent = NO;
	q->cue = c;
	for (int t = q->first; t < q->last; t++)
		q->words += e->tok[t].type == TK_WORD ||
		    e->tok[t].type == TK_NUM;
	if (men != NO) {
		qp_speaker_from_mention(e, q, men);
	} else if (answer && (who != NO || (who = qp_interviewee(e)) != NO)) {
		const struct entity *x = &e->ent[who];
		char name[256];
		qp_copy_str(name, sizeof name, e->arena + x->name, x->nlen);
		qp_set_speaker_str(e, q, name, "");
		q->ent = who;
		q->spk_kind = QP_SK_PERSON;
	}
	e->turn_para = e->para;
}
