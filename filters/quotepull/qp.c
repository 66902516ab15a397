/* qp.c: the quotepull engine: quotation mark pairing and speaker
 * attribution over one document's paragraphs. No I/O.
 *
 * Per paragraph: tokenize (byte loop, utf8proc only for bytes >= 0x80),
 * pair the marks with a stack (flanking decides straight marks), split
 * sentences outside the quotations (the core segmenter decides each
 * boundary, common/segment.h), find the mentions (names, titles, role
 * phrases, pronouns), then for each quotation decide whether it is one and
 * who said it. Names are kept per document to resolve short mentions,
 * role phrases and pronouns. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "engine.h"
#include "segment.h"
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

static int
first_of_sentence(const struct qp_engine *e, int t)
{
	int s = e->tok[t].sent;

	while (t > 0 && e->tok[t - 1].sent == s)
		t--;
	return t;
}

static int
end_of_sentence(const struct qp_engine *e, int t)
{
	int s = e->tok[t].sent;

	while (t < (int)e->ntok && e->tok[t].sent == s)
		t++;
	return t;
}

/* Is the quotation a term, a name or a title rather than someone's words?
 * "a "restructuring"", "the film "Long Road Home"", "a program called
 * "Learning Together"". */
int
qp_looks_like_term(const struct qp_engine *e, const struct quote *q, int has_cue, int adjacent_cue,
    int said_before)
{
	int p = q->o - 1;
	int fullish = q->words >= 3 && q->last > q->first && tok_terminal(e, q->last - 1) &&
	    (e->tok[q->first].fl & F_CAP);

	if (q->words == 0)
		return 1;
	/* "a "restructuring"", but "said D'Souza had been an "iconic" leader" */
	if (p >= 0 && is_word(e, p) && (tok_lex(e, p) & QL_DET) && !(tok_lex(e, p) & QL_PRON) &&
	    !fullish && q->words <= 4 && !said_before)
		return 1;
	if (p >= 0 && is_word(e, p) && ((tok_lex(e, p) & QL_CALL) || tok_is(e, p, "named") ||
	    tok_is(e, p, "titled") || tok_is(e, p, "entitled") ||
	    (tok_is(e, p, "as") && p > 0 && (tok_is(e, p - 1, "known") || tok_is(e, p - 1, "to"))) ||
	    tok_is(e, p, "nicknamed") || tok_is(e, p, "word") || tok_is(e, p, "slogan")) &&
	    q->words <= 6 && !fullish)
		return 1;
	/* "Anna Franowska of "Have no fear", an abuse victim support charity":
	 * the name of a group */
	if (p >= 1 && is_word(e, p) && (tok_is(e, p, "of") || tok_is(e, p, "from")) &&
	    e->tok[p - 1].men >= 0 && e->men[e->tok[p - 1].men].kind != MN_PRON &&
	    q->words <= 6 && !fullish && q->last > q->first && (e->tok[q->first].fl & F_CAP))
		return 1;
	/* ""International Women's Day Celebration"": every word capitalised,
	 * no sentence: a name, a banner, a title, even after a verb */
	if (q->words >= 3 && q->words <= 10 && q->last > q->first && !tok_terminal(e, q->last - 1)) {
		int caps = 0, words = 0, small = 0;
		for (int i = q->first; i < q->last; i++) {
			if (e->tok[i].type != TK_WORD)
				continue;
			words++;
			if ((e->tok[i].fl & (F_CAP | F_ALLCAP)) && e->tok[i].e - e->tok[i].s >= 2)
				caps++;
			else if ((e->tok[i].fl & F_LOWER) && e->tok[i].e - e->tok[i].s <= 3 &&
			    i > q->first)
				small++;	/* "Stop All of Us", not "No, I am a Muslim" */
		}
		if (words >= 3 && caps >= 3 && caps + small == words)
			return 1;
	}
	/* ("British exit"): a gloss in brackets */
	if (tok_punct(e, p, '(') && q->c != NO && tok_punct(e, q->c + 1, ')') && q->words <= 4)
		return 1;
	/* "Long Road Home": title case, no sentence, no cue at its side */
	if (!adjacent_cue && q->words <= 8 && q->last > q->first && !tok_terminal(e, q->last - 1)) {
		int caps = 0, words = 0;
		for (int i = q->first; i < q->last; i++) {
			if (e->tok[i].type != TK_WORD)
				continue;
			words++;
			if (e->tok[i].fl & (F_CAP | F_ALLCAP))
				caps++;
			else if (e->tok[i].e - e->tok[i].s > 3)
				caps -= 8;
		}
		if (words > 0 && caps >= words - 2 && caps * 2 > words && (words > 1 || !has_cue))
			return 1;
	}
	/* "restructuring", "smart": scare quotes, a word or two with no cue */
	if (!has_cue && q->words <= 3 && !fullish)
		return 1;
	return 0;
}

static int
quote_before_in_sentence(const struct qp_engine *e, size_t qi)
{
	if (qi == 0)
		return NO;
	const struct quote *p = &e->qs[qi - 1];
	if (p->c == NO || !p->keep)
		return NO;
	if (e->tok[p->c].sent == e->tok[e->qs[qi].o].sent)
		return (int)qi - 1;
	return NO;
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

/* Decide whether quotation qi is one and find its speaker. */
void
qp_attribute(struct qp_engine *e, size_t qi)
{
	struct quote *q = &e->qs[qi];
	int sent = e->tok[q->o].sent;
	int ss = first_of_sentence(e, q->o);
	int se = q->c == NO ? (int)e->ntok : end_of_sentence(e, q->c);
	int men = NO, cue = NO, adjacent = 0, prevq = quote_before_in_sentence(e, qi);
	int stop = prevq != NO ? e->qs[prevq].c + 1 : ss;

	/* after the quotation: ", said Baker", "Ren Zhengfei told reporters" */
	if (q->c != NO) {
		int j = q->c + 1;
		int ends_comma = q->last > q->first && (tok_punct(e, q->last - 1, ',') ||
		    tok_punct(e, q->last - 1, '?') || tok_punct(e, q->last - 1, '!'));
		/* "…" — as the Supreme Court decision put it —, "…", as Smith
		 * said, : the speaker in a clause of manner */
		if ((tok_punct(e, j, ',') || qp_dash_at(e, j)) && is_word(e, j + 1) && tok_is(e, j + 1, "as") &&
		    e->tok[j + 1].sent == sent) {
			for (int k = j + 2; k < se && k < j + 10 && e->tok[k].q == NO && !qp_chunk_stop(e, k); k++)
				if (qp_verb_tok(e, k) || (tok_is(e, k, "put") && is_word(e, k + 1) &&
				    tok_is(e, k + 1, "it"))) {
					men = qp_mention_after(e, j + 2, k, sent);
					if (men != NO)
						cue = k, adjacent = 1;
					break;
				}
		}
		/* ""… in two days!" Macron told the world": after ! or ? the
		 * speaker and the verb open the next sentence */
		if (men == NO && j == se && j < (int)e->ntok && q->last > q->first &&
		    (tok_punct(e, q->last - 1, '!') || tok_punct(e, q->last - 1, '?')) &&
		    e->tok[j].men >= 0 && e->men[e->tok[j].men].ts == j &&
		    e->men[e->tok[j].men].kind != MN_PRON && qp_verb_tok(e, e->men[e->tok[j].men].te) &&
		    !qp_ing_word(e, e->men[e->tok[j].men].te)) {
			men = e->tok[j].men;
			cue = e->men[men].te;
			adjacent = 1;
		}
		if (tok_punct(e, j, ','))
			j++, ends_comma = 1;
		if (men == NO && j < se && (ends_comma || (is_word(e, j) && !tok_terminal(e, q->last - 1)))) {
			/* "…", adding Iran will …": a participle goes on with the
			 * sentence's subject, it names no speaker after it */
			if (qp_verb_tok(e, j) && qp_ing_word(e, j)) {
				;
			} else if (qp_verb_tok(e, j)) {
				men = qp_mention_after(e, j + 1, se, e->tok[j].sent);
				if (men != NO)
					cue = j, adjacent = 1;
			} else if (qp_according_at(e, j)) {
				/* "Pelosi called it a "breach …," according to NBC":
				 * a speech verb before the quote names the speaker */
				int k;
				for (k = q->o - 1; k >= stop; k--)
					if (qp_verb_tok(e, k) || e->tok[k].q != NO)
						break;
				if (k < stop || !qp_verb_tok(e, k)) {
					men = qp_mention_after(e, j + 2, se, e->tok[j].sent);
					if (men != NO)
						cue = j, adjacent = 1;
				}
			} else {
				/* the speaker phrase starts at once and the verb follows
				 * it: not "…", while Governor Oleg Klimov indicated" */
				int first_m = NO;
				for (int k = j; k < se && k < j + 16; k++) {
					if (e->tok[k].q != NO || tok_punct(e, k, ';') ||
					    tok_terminal(e, k))
						break;
					if (is_word(e, k) && (tok_lex(e, k) & QL_CONJ) && e->tok[k].men == NO) {
						int aside = k > j && tok_punct(e, k - 1, ',') &&
						    (tok_is(e, k, "who") || tok_is(e, k, "which"));
						if (!aside)
							break;
						while (k + 1 < se && !tok_punct(e, k + 1, ','))
							k++;
						continue;
					}
					if (e->tok[k].men != NO && first_m == NO) {
						if (k > j + 2)
							break;
						first_m = k;
					}
					if (qp_verb_tok(e, k)) {
						if (first_m != NO)
							men = qp_mention_before(e, k, j);
						if (men != NO)
							cue = k, adjacent = 1;
						break;
					}
				}
			}
		}
	}
	/* before it: "Kino Gabriel said, ", "called the bill "a gift"",
	 * "According to police spokesman Mark Hill, the driver "lost control"" */
	if (men == NO) {
		int k0 = q->o - 1;
		/* "Bercow commented on the matter — which the BBC noted as an
		 * unusual move — "…"": the aside between dashes is no cue */
		if (qp_dash_at(e, k0))
			for (int d = k0 - 1; d > stop; d--) {
				if (e->tok[d].q != NO || tok_terminal(e, d))
					break;
				if (qp_dash_at(e, d)) {
					k0 = d - 1;
					break;
				}
			}
		/* "Blackburn told Discover Magazine the frequency … suggested
		 * some deep pattern …: "…"": a colon's quotation goes with the
		 * sentence's first speech verb, the others are reported */
		if (tok_punct(e, q->o - 1, ':')) {
			int left = NO;
			for (int k = k0; k >= stop; k--) {
				if (e->tok[k].q != NO || qp_according_at(e, k)) {
					left = NO;
					break;
				}
				if (qp_verb_tok(e, k) && !qp_ing_word(e, k) && !qp_subordinate_verb(e, k, stop))
					left = k;
			}
			if (left != NO)
				k0 = left;
		}
		for (int k = k0; k >= stop; k--) {
			if (e->tok[k].q != NO)
				break;
			/* "the manifesto if written by the suspect could …": a
			 * verb in a reduced clause of condition or time */
			if (qp_verb_tok(e, k) && qp_subordinate_verb(e, k, stop))
				continue;
			/* "Calling it "just another apology", Anna Franowska …
			 * told": the participle's subject follows the quotation */
			if (k == ss && qp_verb_tok(e, k) && qp_ing_word(e, k) && q->c != NO &&
			    tok_punct(e, q->c + 1, ',') && q->c + 2 < se && e->tok[q->c + 2].men >= 0 &&
			    e->men[e->tok[q->c + 2].men].ts == q->c + 2 &&
			    e->men[e->tok[q->c + 2].men].kind != MN_PRON) {
				men = e->tok[q->c + 2].men;
				cue = k;
				adjacent = k >= q->o - 6;
				break;
			}
			if (qp_according_at(e, k)) {
				int lim = k + 2;
				while (lim < q->o && !tok_punct(e, lim, ','))
					lim++;
				int best = NO;
				for (int t = k + 2; t < lim; t++)
					if (e->tok[t].men != NO) {
						const struct mention *m = &e->men[e->tok[t].men];
						if (!(m->kind == MN_NAME && (e->tok[m->ne - 1].fl & F_POSS)))
							best = e->tok[t].men;
						t = m->te - 1;
					}
				/* "According to him, …": the person the sentence before
				 * is about */
				if (best == NO && is_word(e, k + 2) && (tok_is(e, k + 2, "him") ||
				    tok_is(e, k + 2, "her")) && e->tok[k].sent > 0) {
					int subj = qp_sentence_subject(e, e->tok[k].sent - 1);
					if (subj != NO && (e->men[subj].kind == MN_NAME ||
					    (e->men[subj].kind == MN_ROLE && !e->men[subj].plural)))
						best = subj;
				}
				if (best != NO) {
					men = best;
					cue = k;
				}
				break;
			}
			/* "he was told by Emergencies Minister Yevgeny Zinichev of "…"";
			 * "a pattern described by Marine Bulletin as "…"" */
			if (qp_verb_tok(e, k) && is_word(e, k + 1) && tok_is(e, k + 1, "by") && k > 0 &&
			    is_word(e, k - 1) && (tok_is(e, k - 1, "was") || tok_is(e, k - 1, "were") ||
			    tok_is(e, k - 1, "been") || tok_is(e, k - 1, "is") || tok_is(e, k - 1, "being") ||
			    (q->o >= 2 && tok_is(e, q->o - 1, "as") && e->tok[q->o - 2].men >= 0 &&
			    e->men[e->tok[q->o - 2].men].te == q->o - 1 &&
			    e->men[e->tok[q->o - 2].men].ts <= k + 3))) {
				men = qp_mention_after(e, k + 2, q->o, e->tok[k].sent);
				if (men != NO) {
					cue = k;
					adjacent = k >= q->o - 8;
					break;
				}
			}
			if (qp_verb_tok(e, k)) {
				int inverted = k == stop || (k > 0 && e->tok[k - 1].type == TK_MARK) ||
				    (k > 1 && tok_punct(e, k - 1, ',') && e->tok[k - 2].type == TK_MARK);
				if (inverted)
					men = qp_mention_after(e, k + 1, q->o, e->tok[k].sent);
				else if (prevq != NO && k == stop + 1 && e->qs[prevq].have_spk &&
				    is_word(e, k - 1) && tok_is(e, k - 1, "and")) {
					/* "called it "a retrograde step" and said "…"":
					 * the same speaker */
					qp_copy_speaker(e, q, &e->qs[prevq]);
					cue = k;
					adjacent = 1;
					break;
				} else if (k > ss && ((is_word(e, k - 1) && (tok_is(e, k - 1, "and") ||
				    tok_is(e, k - 1, "but"))) || (tok_punct(e, k - 1, ',') && qp_ing_word(e, k)))) {
					/* "…, saying "the path toward victory …"" too */
					/* "Erdoğan cited Article 5 of the treaty and said": the
					 * subject of the first verb */
					men = qp_sentence_subject(e, e->tok[k].sent);
					if (men != NO && e->men[men].te > k)
						men = NO;
					if (men == NO)
						men = qp_mention_before(e, k, ss);
				} else
					men = qp_mention_before(e, k, ss);
				if (men == NO && !inverted)
					men = qp_mention_after(e, k + 1, q->o, e->tok[k].sent);
				if (men != NO)
					cue = k;
				adjacent = k >= q->o - 6;
				break;
			}
		}
	}
	/* "…, who cited his experience: "'one in, all in'"", "defended his decision, "As I…" */
	if (men == NO && prevq == NO && (tok_punct(e, q->o - 1, ':') ||
	    (tok_punct(e, q->o - 1, ',') && (e->tok[q->first].fl & F_CAP)))) {
		men = qp_sentence_subject(e, sent);
		if (men != NO && e->men[men].te > q->o)
			men = NO;
		if (men == NO)
			men = qp_mention_before(e, q->o - 1, ss);
		if (men != NO)
			cue = q->o - 1, adjacent = 1;
	}
	/* "citing the Chuck Jones quote that "…"", "Einstein's famous line":
	 * a saying credited to a name right before it, not to who cites it */
	{
		int x = q->o - 1;
		if (x > 0 && is_word(e, x) && tok_is(e, x, "that"))
			x--;
		if (x > 0 && is_word(e, x) && (tok_is(e, x, "quote") || tok_is(e, x, "quotation") ||
		    tok_is(e, x, "line") || tok_is(e, x, "saying") || tok_is(e, x, "adage") ||
		    tok_is(e, x, "maxim")) && e->tok[x - 1].men >= 0 &&
		    e->men[e->tok[x - 1].men].kind == MN_NAME &&
		    e->men[e->tok[x - 1].men].te == x) {
			men = e->tok[x - 1].men;
			cue = x;
			adjacent = 1;
		}
	}
	if (men == NO && prevq != NO && e->qs[prevq].have_spk) {
		qp_copy_speaker(e, q, &e->qs[prevq]);
		cue = e->qs[prevq].cue;
		adjacent = 1;
	}
	if (qp_looks_like_term(e, q, cue != NO || men != NO, adjacent,
	    cue != NO && cue < q->o && qp_verb_tok(e, cue) && !(tok_lex(e, cue) & QL_CALL) &&
	    !qp_ing_word(e, cue)) && q->kind != QP_HEADLINE) {
		q->keep = 0;
		return;
	}
	if (q->kind == QP_HEADLINE && q->words <= 3 && cue == NO && men == NO) {
		q->keep = 0;
		return;
	}
	q->cue = cue;
	if (men != NO) {
		qp_speaker_from_mention(e, q, men);
		return;
	}
	if (q->have_spk)
		return;
	/* no cue: a continuation. The previous quotation's speaker if it is
	 * near, else the previous sentence's subject. */
	if (q->kind == QP_PARTIAL && q->words < 4) {
		q->keep = 0;
		return;
	}
	if (qi == 0 && e->run_open && q->o == 0) {
		qp_set_speaker_str(e, q, e->run_spk, e->run_men);
		q->ent = e->run_ent;
		q->cont_before = 1;
		return;
	}
	/* "Lisa Mancini has been cosplaying for two years, her "passion" for
	 * the hobby "stemmed through my love for Halloween."" */
	if (ss < q->o) {
		int subj = qp_sentence_subject(e, sent);
		if (subj != NO && e->men[subj].te <= q->o) {
			qp_speaker_from_mention(e, q, subj);
			return;
		}
	}
	if (sent > 0) {
		/* the last kept quotation in the previous sentence */
		for (size_t p = qi; p-- > 0;) {
			const struct quote *pq = &e->qs[p];
			if (!pq->keep || !pq->have_spk)
				continue;
			if (e->tok[pq->o].sent >= sent - 1) {
				qp_copy_speaker(e, q, pq);
				return;
			}
			break;
		}
		int subj = qp_sentence_subject(e, sent - 1);
		if (subj != NO) {
			qp_speaker_from_mention(e, q, subj);
			return;
		}
	}
	if (ss == 0 && e->last_spk_para >= e->para - 2 && e->last_spk[0]) {
		qp_set_speaker_str(e, q, e->last_spk, e->last_men);
		q->ent = e->last_spk_ent;
		return;
	}
	if (e->last_spk[0] && q->words >= 4) {
		qp_set_speaker_str(e, q, e->last_spk, e->last_men);
		q->ent = e->last_spk_ent;
		return;
	}
	if (q->words < 4)
		q->keep = 0;
}

static int
is_headline(const struct qp_engine *e)
{
	size_t i = e->n;

	if (e->para != 0)
		return 0;
	while (i > 0 && (e->s[i - 1] == '\n' || e->s[i - 1] == '\r' || e->s[i - 1] == ' '))
		i--;
	if (i == 0 || memchr(e->s, '\n', i) != NULL)
		return 0;
	if (e->ntok == 0 || e->ntok > 40)
		return 0;
	/* a title ends without a full stop */
	return !(e->s[i - 1] == '.' || (e->tok[e->ntok - 1].type == TK_MARK && e->ntok >= 2 &&
	    tok_terminal(e, (int)e->ntok - 2)));
}

static void
finish_quote(struct qp_engine *e, struct quote *q, int headline)
{
	int f = q->first;

	/* the text: what stands between the marks, a trailing comma dropped */
	if (q->last > q->first && tok_punct(e, q->last - 1, ',') && q->c != NO)
		q->text_end = e->tok[q->last - 1].s;
	if (q->c == NO) {
		q->text_end = e->tok[e->ntok - 1].e;
		q->end = q->text_end;
	}
	while (q->text_end > q->text_start && (e->s[q->text_end - 1] == ' ' ||
	    e->s[q->text_end - 1] == '\n' || e->s[q->text_end - 1] == '\r' ||
	    e->s[q->text_end - 1] == '\t'))
		q->text_end--;
	if (headline)
		q->kind = QP_HEADLINE;
	else if (f < q->last && (e->tok[f].fl & F_LOWER) && !tok_punct(e, q->o - 1, ',') &&
	    !tok_punct(e, q->o - 1, ':'))
		q->kind = QP_PARTIAL;
	else
		q->kind = QP_FULL;
}

struct qp_engine *
qp_new(void)
{
	struct qp_engine *e = xcalloc(1, sizeof *e);

	e->lex = qp_lex_new();
	e->names = xcalloc(NAME_SLOTS, sizeof *e->names);
	qp_reset(e);
	return e;
}

void
qp_free(struct qp_engine *e)
{
	if (!e)
		return;
	qp_lex_free(e->lex);
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
	free(e);
}

void
qp_reset(struct qp_engine *e)
{
	e->nent = 0;
	e->alen = 0;
	e->gen++;
	e->nnames = 0;
	e->clock = 0;
	e->idx_clock = 1;
	e->para = 0;
	e->last_spk_ent = NO;
	e->last_spk[0] = e->last_men[0] = '\0';
	e->last_spk_para = -10;
	e->run_open = 0;
	e->run_spk[0] = e->run_men[0] = '\0';
	e->run_ent = NO;
	/* a long document may have grown the arena: give it back */
	if (e->acap > (1u << 20)) {
		free(e->arena);
		e->arena = NULL;
		e->acap = 0;
	}
}

static void
copy_str(char *dst, size_t cap, const char *src, size_t n)
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
	qp_register_upto(e, e->nmen);

	/* the document's state, and the cue words into the output arena */
	e->run_open = 0;
	empty = qp_ob_put(e, "", 0);
	for (size_t i = 0; i < e->nq; i++) {
		struct quote *q = &e->qs[i];
		size_t n;

		if (!q->keep)
			continue;
		q->cue_off = q->cue != NO ? qp_ob_span(e, q->cue, q->cue + 1, &n) : empty;
		if (q->have_spk && q->spk_len) {
			copy_str(e->last_spk, sizeof e->last_spk, e->ob + q->spk, q->spk_len);
			copy_str(e->last_men, sizeof e->last_men, e->ob + q->mtx, q->mtx_len);
			e->last_spk_ent = q->ent;
			e->last_spk_para = e->para;
		}
		if (q->cont_after) {
			e->run_open = 1;
			copy_str(e->run_spk, sizeof e->run_spk, q->have_spk ? e->ob + q->spk : "",
			    q->have_spk ? q->spk_len : 0);
			copy_str(e->run_men, sizeof e->run_men, q->have_spk ? e->ob + q->mtx : "",
			    q->have_spk ? q->mtx_len : 0);
			e->run_ent = q->ent;
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
		o->cont_before = q->cont_before || (run_was_open && i == 0 && q->o == 0);
		o->cont_after = q->cont_after;
		o->speaker = e->ob + (q->have_spk ? q->spk : empty);
		o->mention = e->ob + (q->have_spk ? q->mtx : empty);
		o->role = e->ob + (q->role_len ? q->role : empty);
		o->cue = e->ob + q->cue_off;
		if (q->men != NO && q->have_spk && q->men < (int)e->nmen && !q->cont_before) {
			o->mention_start = e->tok[e->men[q->men].ts].s;
			o->mention_end = e->tok[e->men[q->men].te - 1].e;
		} else {
			o->mention_start = o->mention_end = QP_NOPOS;
		}
	}
	e->para++;
	*out = e->out;
	return nout;
}
