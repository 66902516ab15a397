/* pronouns.c: the speaker a pronoun stands for ("she said", "they
 * wrote", "it said"): the rules of qp_pron_rules, in order. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "engine.h"
#include "spk.h"

/* The organisation named last, or NO: an organisation's name, or a
 * one-word name no person was the subject of ("Amazon announced …"; not
 * "Simu Liu", a person no rule knew as one); with recent, only
 * one named among the last twenty mentions. */
int
qp_last_organisation(const struct qp_engine *e, int recent)
{
	int best = NO;
	uint32_t bestseen = 0;

	for (size_t i = 0; i < e->nent; i++) {
		const struct entity *x = &e->ent[i];
		uint32_t when = x->org ? x->seen
		    : x->subj && x->ntok == 1 && !x->person && !x->place &&
		        !x->gender
		    ? x->subj
		    : 0;
		if (when && when >= bestseen) {
			best = (int)i;
			bestseen = when;
		}
	}
	if (best != NO && recent && e->clock - bestseen > 20)
		return NO;
	return best;
}

/* Resolve he/she to the last named person of a fitting gender. */
static int
resolve_pronoun(struct qp_engine *e, int mi)
{
	struct mention *m = &e->men[mi];
	int best = NO;
	uint32_t bestseen = 0;

	if (m->plural && m->sent > 0) {
		/* "The USCIRF also criticized the move. They released a
		 * statement": the organisation that was the subject just
		 * before */
		int subj = qp_sentence_subject_loose(e, m->sent - 1, 1);
		if (subj != NO && e->men[subj].kind == MN_ORG)
			return qp_register_name(e, &e->men[subj]);
	}
	if (m->plural || !(m->gender & (QL_FEM | QL_MASC))) {
		/* "they said", "it said": the last organisation */
		if (m->plural)
			return NO;
		best = qp_last_organisation(e, 0);
		return best;
	}
	for (size_t i = 0; i < e->nent; i++) {
		struct entity *x = &e->ent[i];
		if (x->org || x->place ||
		    (x->gender && !(x->gender & m->gender)))
			continue;
		if (!x->person && x->ntok < 2)
			continue;
		/* a known person beats an unknown name ("State Fire Brigade"),
		 * and one of the right gender one of unknown gender */
		/* "… the character of Anya Jenkins, … "It was a good day," she
		 * recalls": a name in a prepositional phrase is less salient */
		uint32_t base = x->sal && x->sal + 6 > x->seen ? x->sal + 6
		                                               : x->seen;
		/* a subject outweighs the objects named after it */
		if (x->subj && x->subj + 8 > base)
			base = x->subj + 8;
		uint32_t score = base + (x->gender ? 2 : 0) +
		    (x->person ? 12 : 0);
		if (best == NO || score > bestseen) {
			best = (int)i;
			bestseen = score;
		}
	}
	return best;
}

/* Fill q's speaker from mention mi. */

/* What a speaker rule says: try the next rule; the speaker is entity *ent
 * (NO: the mention as written); or the quotation's speaker is set. */
/* "And I told my mom I have anxiety, and she's like "…"" -> my mom: "he"
 * or "she" after a first-person subject in its sentence is the person
 * of that gender the first person spoke of since, not the speaker. */
static int
pron_first_person_object(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	int i = NO, best = NO;

	(void)ent;
	if (m->plural || !(m->gender & (QL_FEM | QL_MASC)))
		return SPK_NEXT;
	for (int t = m->ts - 1; t >= 0 && e->tok[t].sent == m->sent; t--)
		if (is_word(e, t) && tok_is(e, t, "i") && e->tok[t].q == NO)
			i = t; /* the first of the sentence */
	if (i == NO)
		return SPK_NEXT;
	for (size_t x = 0; x < e->nmen; x++) {
		const struct mention *r = &e->men[x];
		if (r->ts <= i || r->te > m->ts || r->kind == MN_PRON)
			continue;
		if (r->kind == MN_ROLE && !r->plural && (r->gender & m->gender))
			best = (int)x;
		else if (r->kind == MN_NAME)
			return SPK_NEXT; /* a name: the usual rules */
	}
	if (best == NO)
		return SPK_NEXT;
	speaker_span(e, q, mi, e->men[best].ts, e->men[best].te);
	q->spk_kind = QP_SK_PERSON;
	return SPK_DONE;
}

/* The head of the internal investigators told the court "…". She also
 * said "…" -> The head of the internal investigators: a pronoun right
 * after an unnamed speaker. */
static int
pron_unnamed_speaker(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	(void)ent;
	if (m->plural || !(m->gender & (QL_FEM | QL_MASC)))
		return SPK_NEXT;
	for (struct quote *p = q; p-- > e->qs;) {
		if (!p->keep || !p->have_spk)
			continue;
		if (p->ent == NO && p->men != NO &&
		    e->men[p->men].kind == MN_ROLE && !e->men[p->men].plural &&
		    e->tok[p->o].sent >= m->sent - 1) {
			qp_copy_speaker(e, q, p);
			q->men = mi;
			q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
			return SPK_DONE;
		}
		break;
	}
	return SPK_NEXT;
}

/* One of the victims decided … She said -> One of the victims: the
 * person of the previous sentence, named only by a role. */
static int
pron_role_subject(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi], *r;
	int subj;

	(void)ent;
	if (m->plural || !(m->gender & (QL_FEM | QL_MASC)) || m->sent <= 0)
		return SPK_NEXT;
	subj = qp_sentence_subject(e, m->sent - 1);
	if (subj == NO || e->men[subj].kind != MN_ROLE || e->men[subj].plural ||
	    (tok_lex(e, e->men[subj].ne - 1) & QL_ORGISH) ||
	    qp_resolve_role(e, subj) != NO)
		return SPK_NEXT;
	r = &e->men[subj];
	speaker_span(e, q, mi, r->ts, r->te);
	return SPK_DONE;
}

/* The researchers suggested … They reported, "…" -> The researchers: a
 * plural pronoun after a group named as the subject of the sentence
 * before */
static int
pron_group_subject(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi], *r;
	int subj;

	(void)ent;
	if (!m->plural || m->sent <= 0)
		return SPK_NEXT;
	subj = qp_sentence_subject(e, m->sent - 1);
	if (subj == NO || e->men[subj].kind != MN_ROLE || !e->men[subj].plural)
		return SPK_NEXT;
	r = &e->men[subj];
	speaker_span(e, q, mi, r->ts, r->te);
	q->spk_kind = QP_SK_GROUP;
	return SPK_DONE;
}

/* The researchers published a study. The data came from ten sites.
 * "…," they wrote -> The researchers: "they" is the group or organisation
 * that was the subject of one of the three sentences before, or of one of
 * the last two paragraphs. */
static int
pron_group_before(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	int end;

	if (!m->plural || !tok_is(e, m->ts, "they"))
		return SPK_NEXT;
	if (m->sent > 0 &&
	    (end = qp_sentence_subject_loose(e, m->sent - 1, 1)) != NO &&
	    e->men[end].kind == MN_ORG)
		return SPK_NEXT; /* that organisation (resolve_pronoun) */
	for (int s = m->sent - 1; s >= 0 && s >= m->sent - 3; s--) {
		int g = qp_group_subject(e, s, 0, &end);
		const struct mention *r;
		if (g == NO)
			continue;
		r = &e->men[g];
		if (r->kind != MN_ROLE && end == r->te && r->ent != NO) {
			*ent = r->ent;
			e->ent[r->ent].org = 1;
			return SPK_ENT;
		}
		speaker_span(e, q, mi, r->ts, end);
		q->spk_kind = QP_SK_GROUP;
		return SPK_DONE;
	}
	if (e->grp_para < e->para - 2 || !e->grp_spk[0])
		return SPK_NEXT;
	if (e->grp_ent != NO) {
		*ent = e->grp_ent;
		return SPK_ENT;
	}
	q->men = mi;
	q->ent = NO;
	q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
	q->spk_len = strlen(e->grp_spk);
	q->spk = qp_ob_put(e, e->grp_spk, q->spk_len);
	q->have_spk = 1;
	q->spk_kind = QP_SK_GROUP;
	return SPK_DONE;
}

/* Is mention k the subject of a relative clause, "…, which Lee
 * opposed"? */
static int
relative_subject(const struct qp_engine *e, int k)
{
	int t = e->men[k].ts - 1;

	return t >= 0 && is_word(e, t) &&
	    (tok_is(e, t, "which") || tok_is(e, t, "whom"));
}

/* Is mention k in a participle phrase after a comma that goes on with
 * the subject subj, "Lee left the party, citing reports Grant lied"? */
static int
in_participle_adjunct(const struct qp_engine *e, int subj, int k)
{
	for (int t = e->men[subj].te; t + 1 < e->men[k].ts; t++)
		if (tok_punct(e, t, ',') && is_word(e, t + 1) &&
		    (e->tok[t + 1].fl & F_LOWER) && qp_ing_word(e, t + 1))
			return 1;
	return 0;
}

/* Does an entity other than x of the pronoun m's gender have a name in
 * the sentences from m's back to three before? */
static int
other_of_gender(const struct qp_engine *e, const struct mention *m, int x)
{
	for (size_t k = 0; k < e->nmen; k++) {
		const struct mention *n = &e->men[k];
		if (n->sent < m->sent - 3 || n->sent > m->sent)
			continue;
		if (n->kind == MN_NAME && n->ent != NO && n->ent != x &&
		    (e->ent[n->ent].gender & m->gender))
			return 1;
	}
	return 0;
}

/* Does the gender of entity x come from a title ("Mrs", "Duke") in one
 * of its mentions, rather than from a given name alone? */
static int
titled_gender(const struct qp_engine *e, int x)
{
	for (size_t k = 0; k < e->nmen; k++) {
		const struct mention *n = &e->men[k];
		if (n->ent != x)
			continue;
		for (int t = n->ts; t < n->ns; t++)
			if ((tok_lex(e, t) & QL_TITLE) &&
			    (tok_lex(e, t) & (QL_FEM | QL_MASC)))
				return 1;
	}
	return 0;
}

/* Richardson had his own opinion. He provided the text of a message he
 * sent to Mark Seidenberg -> Richardson: a pronoun opening its sentence
 * is the one name of the sentence before, its subject.  A possessive
 * does not count as another name ("Lee called Grant's plan "…". He
 * said" -> Lee), nor does the subject of a relative clause ("Lee
 * backed the ban, which Grant opposed. He said" -> Lee) or a name in a
 * participle phrase ("Lee quit, citing reports Grant lied. He said"), and a gender guessed from a given name alone yields to
 * the pronoun when nobody else of its gender was named just before
 * ("Scholar Li Wen said … He noted" -> Li Wen). */
static int
pron_subject_before(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi], *r;
	struct entity *x;
	int subj;

	(void)q;
	if (m->plural || !(m->gender & (QL_FEM | QL_MASC)) || m->sent <= 0 ||
	    qp_sentence_subject(e, m->sent) != mi)
		return SPK_NEXT;
	subj = qp_sentence_subject(e, m->sent - 1);
	if (subj == NO || e->men[subj].kind != MN_NAME)
		return SPK_NEXT;
	/* the one name of that sentence: not "Duda spoke, while Interior
	 * Minister Joachim Brudziński wrote … He tweeted" */
	for (size_t k = 0; k < e->nmen; k++)
		if ((int)k != subj && e->men[k].sent == m->sent - 1 &&
		    e->men[k].kind == MN_NAME && !nonspeaker(e, &e->men[k]) &&
		    !(e->tok[e->men[k].ne - 1].fl & F_POSS) &&
		    !qp_in_pp(e, &e->men[k]) && !relative_subject(e, (int)k) &&
		    !in_participle_adjunct(e, subj, (int)k))
			return SPK_NEXT;
	r = &e->men[subj];
	if (r->ent == NO || e->ent[r->ent].org || e->ent[r->ent].place)
		return SPK_NEXT;
	x = &e->ent[r->ent];
	if (x->gender && !(x->gender & m->gender)) {
		if (!x->person || titled_gender(e, r->ent) ||
		    other_of_gender(e, m, r->ent))
			return SPK_NEXT;
		x->gender = m->gender & (QL_FEM | QL_MASC);
	}
	*ent = r->ent;
	return SPK_ENT;
}

/* "…," he added -> the speaker just quoted goes on */
static int
pron_goes_on(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	if (m->plural || !(m->gender & (QL_FEM | QL_MASC)) || q->cue == NO ||
	    !(tok_is(e, q->cue, "added") || tok_is(e, q->cue, "adding") ||
	        tok_is(e, q->cue, "continued")))
		return SPK_NEXT;
	for (struct quote *p = q; p-- > e->qs;) {
		if (!p->keep || !p->have_spk)
			continue;
		if (p->ent != NO && !e->ent[p->ent].org &&
		    (!e->ent[p->ent].gender ||
		        (e->ent[p->ent].gender & m->gender)))
			*ent = p->ent;
		break;
	}
	return *ent != NO ? SPK_ENT : SPK_NEXT;
}

/* Is entity x, named by mention m, a person only by what it did
 * ("Toyota announced …", "Toyota said"): no title, no given name, no
 * gender?  Then "it" shows it is an organisation. */
static int
person_by_verb(const struct qp_engine *e, const struct mention *m, int x)
{
	return !m->person && e->ent[x].ntitles == 0 && !e->ent[x].gender &&
	    m->ts == m->ns && !(tok_lex(e, m->ns) & QL_GIVEN);
}

/* Is "it" (mention m) the subject of q's speech verb, "it said",
 * "said it"; not "it was like"? */
static int
it_said(
    const struct qp_engine *e, const struct quote *q, const struct mention *m)
{
	return q->cue != NO && (q->cue == m->te || q->cue + 1 == m->ts) &&
	    (tok_lex(e, q->cue) & QL_VERB) && !tok_is(e, q->cue, "like");
}

/* Amazon announced the plan on Tuesday.\n\n"We are growing," it said. ->
 * Amazon; "The company … It said" -> the company: "it" is the subject of
 * the sentences before (up to three back) that is no person, as an
 * organisation. */
static int
pron_it_subject(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	if (m->plural || (m->gender & (QL_FEM | QL_MASC)) ||
	    !tok_is(e, m->ts, "it"))
		return SPK_NEXT;
	for (int s = m->sent - 1; s >= 0 && s >= m->sent - 3; s--) {
		int subj = qp_sentence_subject(e, s), x;
		const struct mention *r;
		/* "Google bought Fitbit." (a lone capital opening it) */
		if (subj == NO &&
		    (subj = qp_sentence_subject_loose(e, s, 1)) != NO &&
		    !sentence_initial(e, e->men[subj].ts))
			subj = NO;
		if (subj == NO)
			continue;
		r = &e->men[subj];
		if (r->kind == MN_PRON)
			continue;
		if (r->kind == MN_ROLE) {
			if (r->plural || !(tok_lex(e, r->ne - 1) & QL_ORGISH) ||
			    (tok_lex(e, r->ne - 1) & QL_DOC))
				return SPK_NEXT;
			speaker_span(e, q, mi, r->ts, r->te);
			q->spk_kind = QP_SK_ORG;
			return SPK_DONE;
		}
		x = qp_register_name(e, &e->men[subj]);
		if (x == NO || e->ent[x].place || e->ent[x].gender ||
		    (e->ent[x].person &&
		        !(it_said(e, q, m) &&
		            person_by_verb(e, &e->men[subj], x))))
			return SPK_NEXT;
		e->ent[x].person = 0;
		e->ent[x].org = 1;
		*ent = x;
		return SPK_ENT;
	}
	return SPK_NEXT;
}

/* he -> the last named man, a subject rather than an object; it, they ->
 * the last organisation */
static int
pron_resolved(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	(void)q;
	*ent = resolve_pronoun(e, mi);
	return SPK_ENT;
}

/* The rules for each kind of mention, in order: the first that does not
 * say SPK_NEXT decides. */
speaker_rule *const qp_pron_rules[] = {
	pron_first_person_object,
	pron_unnamed_speaker,
	pron_role_subject,
	pron_group_subject,
	pron_group_before,
	pron_goes_on,
	pron_subject_before,
	pron_it_subject,
	pron_resolved,
	NULL,
};
