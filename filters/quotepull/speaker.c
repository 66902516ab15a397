/* speaker.c: the speaker mention of a quotation resolved to the name the
 * record gives: a name to its fullest form in the document, a role phrase to
 * the person holding that title, a pronoun to the last fitting person, a
 * text ("the statement") to its author. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "engine.h"

void
qp_set_speaker_str(struct qp_engine *e, struct quote *q, const char *spk, const char *men)
{
	q->spk_len = strlen(spk);
	q->spk = qp_ob_put(e, spk, q->spk_len);
	q->mtx_len = strlen(men);
	q->mtx = qp_ob_put(e, men, q->mtx_len);
	q->have_spk = 1;
}

/* Resolve a definite role phrase ("the COO", "the archbishop") to the last
 * named person with that title, or failing that the next one in this
 * paragraph ("The governor was blunt. ... Governor Ruth Adler made"). */
static int
resolve_role(struct qp_engine *e, int mi)
{
	struct mention *m = &e->men[mi];
	int h = m->ne - 1, best = NO;

	if (m->indef || m->plural || (tok_lex(e, h) & QL_ORGISH))
		return NO;
	best = qp_ent_by_title(e, h);
	if (best != NO)
		return best;
	for (size_t k = (size_t)mi + 1; k < e->nmen; k++) {
		struct mention *n = &e->men[k];
		if (n->kind != MN_NAME || n->ts_title == NO)
			continue;
		for (int t = n->ts_title; t < n->ns; t++)
			if (e->tok[t].type == TK_WORD && e->tok[t].e - e->tok[t].s == e->tok[h].e - e->tok[h].s &&
			    strncasecmp((const char *)e->s + e->tok[t].s, (const char *)e->s + e->tok[h].s,
			    e->tok[h].e - e->tok[h].s) == 0)
				return qp_register_name(e, n);
	}
	return NO;
}

/* Resolve he/she to the last named person of a fitting gender. */
static int
resolve_pronoun(struct qp_engine *e, int mi)
{
	struct mention *m = &e->men[mi];
	int best = NO;
	uint32_t bestseen = 0;

	if (m->plural && m->sent > 0) {
		/* "The USCIRF also criticized the move. They released a statement":
		 * the organisation that was the subject just before */
		int subj = qp_sentence_subject_loose(e, m->sent - 1, 1);
		if (subj != NO && e->men[subj].kind == MN_ORG)
			return qp_register_name(e, &e->men[subj]);
	}
	if (m->plural || !(m->gender & (QL_FEM | QL_MASC))) {
		/* "they said", "it said": the last organisation */
		for (size_t i = 0; i < e->nent; i++)
			if (e->ent[i].org && e->ent[i].seen >= bestseen) {
				best = (int)i;
				bestseen = e->ent[i].seen;
			}
		return m->plural ? NO : best;
	}
	for (size_t i = 0; i < e->nent; i++) {
		struct entity *x = &e->ent[i];
		if (x->org || (x->gender && !(x->gender & m->gender)))
			continue;
		if (!x->person && x->ntok < 2)
			continue;
		/* a known person beats an unknown name ("State Fire Brigade"),
		 * and one of the right gender one of unknown gender */
		/* "… the character of Anya Jenkins, … "It was a good day," she
		 * recalls": a name in a prepositional phrase is less salient */
		uint32_t base = x->sal && x->sal + 6 > x->seen ? x->sal + 6 : x->seen;
		/* a subject outweighs the objects named after it */
		if (x->subj && x->subj + 8 > base)
			base = x->subj + 8;
		uint32_t score = base + (x->gender ? 2 : 0) + (x->person ? 12 : 0);
		if (best == NO || score > bestseen) {
			best = (int)i;
			bestseen = score;
		}
	}
	return best;
}

/* Fill q's speaker from mention mi. */
void
qp_speaker_from_mention(struct qp_engine *e, struct quote *q, int mi)
{
	struct mention *m = &e->men[mi];
	int ent = NO;
	size_t len;

	qp_register_upto(e, (size_t)mi);
	switch (m->kind) {
	case MN_NAME:
	case MN_ORG:
		ent = qp_register_name(e, m);
		break;
	case MN_ROLE:
		/* "reads Judge Miller's statement": the author of the text */
		if ((tok_lex(e, m->ne - 1) & QL_DOC) && m->poss_ns != NO) {
			struct mention tmp = *m;
			tmp.kind = MN_NAME;
			tmp.ts = tmp.ns = m->poss_ns;
			tmp.te = tmp.ne = m->poss_ne;
			tmp.ent = NO;
			tmp.ts_title = NO;
			ent = qp_register_name(e, &tmp);
			break;
		}
		/* a text with no possessor: "a tweet from Mike Pompeo read",
		 * "Their statement also read" after the author's first quote,
		 * "Facebook released a statement which read, "…"" */
		if ((tok_lex(e, m->ne - 1) & QL_DOC) && m->poss_ns == NO && m->poss_tok == NO) {
			int subj;
			/* "a tweet on Monday by US Secretary of State Mike Pompeo" */
			/* "The opinion of the Court": its author */
			for (int t = m->te; t + 1 < (int)e->ntok && t < m->te + 5 && !qp_chunk_stop(e, t); t++) {
				int u = t + 1;
				if (t == m->te && tok_is(e, t, "of") && is_word(e, u) && tok_is(e, u, "the") &&
				    u + 1 < (int)e->ntok)
					u++;
				if ((tok_is(e, t, "from") || tok_is(e, t, "by") || (t == m->te && tok_is(e, t, "of"))) &&
				    e->tok[u].men >= 0 && e->men[e->tok[u].men].ts == u &&
				    (e->men[e->tok[u].men].kind == MN_NAME || e->men[e->tok[u].men].kind == MN_ORG ||
				    !tok_is(e, t, "of")) &&
				    e->men[e->tok[u].men].kind != MN_PRON && e->tok[u].men != mi) {
					qp_speaker_from_mention(e, q, e->tok[u].men);
					return;
				}
			}
			/* "The government statement": the government */
			if (m->ne - 1 > m->ts && (tok_lex(e, m->ne - 2) & QL_ROLE)) {
				q->men = mi;
				q->ent = NO;
				q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
				q->spk = qp_ob_span(e, m->ts, m->ne - 1, &q->spk_len);
				q->have_spk = 1;
				return;
			}
			for (struct quote *p = q; p-- > e->qs;) {
				if (!p->keep || !p->have_spk)
					continue;
				if (e->tok[p->o].sent >= m->sent - 1) {
					qp_copy_speaker(e, q, p);
					return;
				}
				break;
			}
			subj = qp_sentence_subject_loose(e, m->sent, 1);
			if (subj != NO && subj != mi &&
			    (e->men[subj].kind != MN_PRON || e->men[subj].plural) &&
			    !(e->men[subj].kind == MN_ROLE && (tok_lex(e, e->men[subj].ne - 1) & QL_DOC))) {
				qp_speaker_from_mention(e, q, subj);
				return;
			}
			/* "A spokesperson told the Military Times … "…;" read the
			 * statement": the previous sentence's speaker */
			if (!m->indef && m->sent > 0) {
				subj = qp_sentence_subject(e, m->sent - 1);
				if (subj != NO && !(e->men[subj].kind == MN_ROLE &&
				    (tok_lex(e, e->men[subj].ne - 1) & QL_DOC))) {
					qp_speaker_from_mention(e, q, subj);
					return;
				}
			}
		}
		/* "The family's statement read": the family */
		if ((tok_lex(e, m->ne - 1) & QL_DOC) && m->poss_tok != NO &&
		    !(tok_lex(e, m->poss_tok) & QL_TITLE)) {
			const struct tok *pt = &e->tok[m->poss_tok];
			size_t n;
			q->men = mi;
			q->ent = NO;
			q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
			q->spk = qp_ob_span(e, m->ts, m->poss_tok + 1, &n);
			q->spk_len = n >= 2 && pt->e - pt->s > 2 ? n - 2 : n;	/* drop the 's */
			if (n >= 4 && (unsigned char)e->ob[q->spk + n - 3] == 0x99)
				q->spk_len = n - 4;	/* ’s */
			e->ob[q->spk + q->spk_len] = '\0';
			q->have_spk = 1;
			return;
		}
		if ((tok_lex(e, m->ne - 1) & QL_DOC) && m->poss_tok != NO &&
		    (tok_lex(e, m->poss_tok) & QL_TITLE)) {
			ent = qp_ent_by_title(e, m->poss_tok);	/* "the judge's statement" */
			if (ent != NO)
				break;
		}
		ent = resolve_role(e, mi);
		/* "The Wooster professor added": a definite person's role with
		 * no one of that title refers back to the speaker just quoted */
		if (ent == NO && !m->indef && !m->plural && !(tok_lex(e, m->ne - 1) & QL_ORGISH)) {
			for (struct quote *p = q; p-- > e->qs;)
				if (p->keep && p->ent != NO) {
					ent = p->ent;
					break;
				}
			if (ent == NO && q == e->qs && e->last_spk_ent != NO &&
			    e->last_spk_para >= e->para - 1)
				ent = e->last_spk_ent;
			if (ent != NO && e->ent[ent].org)
				ent = NO;
		}
		break;
	case MN_PRON:
		/* "The head of the internal investigators told the court "…".
		 * She also said "…"": a pronoun right after an unnamed speaker */
		if (!m->plural && (m->gender & (QL_FEM | QL_MASC)))
			for (struct quote *p = q; p-- > e->qs;) {
				if (!p->keep || !p->have_spk)
					continue;
				if (p->ent == NO && p->men != NO && e->men[p->men].kind == MN_ROLE &&
				    !e->men[p->men].plural && e->tok[p->o].sent >= m->sent - 1) {
					qp_copy_speaker(e, q, p);
					q->men = mi;
					q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
					return;
				}
				break;
			}
		/* "One of the victims decided … She said": the person of the
		 * previous sentence, named only by a role */
		if (!m->plural && (m->gender & (QL_FEM | QL_MASC)) && m->sent > 0) {
			int subj = qp_sentence_subject(e, m->sent - 1);
			if (subj != NO && e->men[subj].kind == MN_ROLE && !e->men[subj].plural &&
			    !(tok_lex(e, e->men[subj].ne - 1) & QL_ORGISH) &&
			    resolve_role(e, subj) == NO) {
				const struct mention *r = &e->men[subj];
				q->men = mi;
				q->ent = NO;
				q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
				q->spk = qp_ob_span(e, r->ts, r->te, &q->spk_len);
				q->have_spk = 1;
				return;
			}
		}
		/* ""…," he added": the speaker just quoted goes on */
		if (!m->plural && (m->gender & (QL_FEM | QL_MASC)) && q->cue != NO &&
		    (tok_is(e, q->cue, "added") || tok_is(e, q->cue, "adding") ||
		    tok_is(e, q->cue, "continued")))
			for (struct quote *p = q; p-- > e->qs;) {
				if (!p->keep || !p->have_spk)
					continue;
				if (p->ent != NO && !e->ent[p->ent].org &&
				    (!e->ent[p->ent].gender || (e->ent[p->ent].gender & m->gender)))
					ent = p->ent;
				break;
			}
		if (ent == NO)
			ent = resolve_pronoun(e, mi);
		break;
	}
	if (e->regcur <= (size_t)mi)
		e->regcur = (size_t)mi + 1;
	/* "Minister says …" in a headline: the title, for a later name */
	if (ent == NO && m->kind == MN_ROLE && !m->indef && !m->plural &&
	    (tok_lex(e, m->ne - 1) & QL_TITLE)) {
		const struct tok *h = &e->tok[m->ne - 1];
		char low[40];
		size_t n = h->e - h->s < sizeof low ? h->e - h->s : sizeof low - 1;
		for (size_t i = 0; i < n; i++)
			low[i] = (char)(e->s[h->s + i] >= 'A' && e->s[h->s + i] <= 'Z' ?
			    e->s[h->s + i] + ('a' - 'A') : e->s[h->s + i]);
		q->role = qp_ob_put(e, low, n);
		q->role_len = n;
	}
	q->men = mi;
	q->ent = ent;
	q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
	if (ent != NO) {
		q->spk = qp_ob_put(e, e->arena + e->ent[ent].name, e->ent[ent].nlen);
		q->spk_len = e->ent[ent].nlen;
		if (!e->ent[ent].org)
			e->ent[ent].person = 1;
		e->ent[ent].seen = ++e->clock;
	} else if (m->kind == MN_PRON) {
		q->spk = qp_ob_put(e, "", 0);
		q->spk_len = 0;
	} else {
		int a = m->ts, b = m->te;
		if (m->kind == MN_NAME || m->kind == MN_ORG) {
			unsigned char buf[256];
			size_t n = qp_name_text(e, m->ns, m->ne, buf, sizeof buf);
			q->spk = qp_ob_put(e, buf, n);
			q->spk_len = n;
		} else {
			q->spk = qp_ob_span(e, a, b, &len);
			q->spk_len = len;
			/* "The court's summary concluded": the court, no 's */
			if (b - 1 == m->ne - 1 && (e->tok[b - 1].fl & F_POSS)) {
				const struct tok *h = &e->tok[b - 1];
				size_t cut = e->s[h->e - 1] == '.' ? 1 : 0;
				cut += e->s[h->e - 1 - cut - 1] == '\'' ? 2 : 4;
				if (cut < len) {
					q->spk_len = len - cut;
					e->ob[q->spk + q->spk_len] = '\0';
				}
			}
		}
	}
	q->have_spk = 1;
}

void
qp_copy_speaker(struct qp_engine *e, struct quote *q, const struct quote *from)
{
	const char *spk = e->ob + from->spk;

	q->spk = from->spk;
	q->spk_len = from->spk_len;
	q->mtx = from->mtx;
	q->mtx_len = from->mtx_len;
	q->men = from->men;
	q->ent = from->ent;
	q->have_spk = from->have_spk;
	(void)spk;
}
