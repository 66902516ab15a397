/* speaker.c: the speaker mention of a quotation resolved to the name the
 * record gives: a name to its fullest form in the document, a role phrase to
 * the person holding that title, a pronoun to the last fitting person, a
 * text ("the statement") to its author. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "spk.h"

void
qp_set_speaker_str(
    struct qp_engine *e, struct quote *q, const char *spk, const char *men)
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
int
qp_resolve_role(struct qp_engine *e, int mi)
{
	struct mention *m = &e->men[mi];
	int h = m->ne - 1, best = NO;

	if (m->indef || m->plural || (tok_lex(e, h) & QL_ORGISH))
		return NO;
	best = qp_ent_by_title(e, h);
	if (best != NO)
		return best;
	/* "the 45-year-old" -> Karl Olsen, named "Karl Olsen, 45," */
	for (int t = m->ts; t < h + 1; t++)
		if (qp_age_tok(e, t) && (best = qp_ent_by_title(e, t)) != NO)
			return best;
	if (m->desc)
		return NO;
	for (size_t k = (size_t)mi + 1; k < e->nmen; k++) {
		struct mention *n = &e->men[k];
		if (n->kind != MN_NAME || n->ts_title == NO)
			continue;
		for (int t = n->ts_title; t < n->ns; t++)
			if (e->tok[t].type == TK_WORD &&
			    e->tok[t].e - e->tok[t].s ==
			        e->tok[h].e - e->tok[h].s &&
			    strncasecmp((const char *)e->s + e->tok[t].s,
			        (const char *)e->s + e->tok[h].s,
			        e->tok[h].e - e->tok[h].s) == 0)
				return qp_register_name(e, n);
	}
	return NO;
}

static int
is_text(const struct qp_engine *e, const struct mention *m)
{
	return (tok_lex(e, m->ne - 1) & QL_DOC) != 0;
}

/* ---- a name: the document's entity of that name ---- */

/* The entity other than x last seen whose name ends in mention m's last
 * word, of m's gender; else x. */
static int
same_surname_of_gender(
    const struct qp_engine *e, const struct mention *m, int x)
{
	const struct tok *k = &e->tok[m->ne - 1];
	const char *w = (const char *)e->s + k->s;
	size_t n = k->stem;
	int best = x;

	for (size_t i = 0; i < e->nent; i++) {
		const struct entity *y = &e->ent[i];
		if ((int)i == x || !(y->gender & m->gender) || y->nlen <= n ||
		    e->arena[y->name + y->nlen - n - 1] != ' ' ||
		    strncasecmp(e->arena + y->name + y->nlen - n, w, n) != 0)
			continue;
		if (best == x || y->seen > e->ent[best].seen)
			best = (int)i;
	}
	return best;
}

/* said Ren -> Ren Zhengfei, named so earlier */
static int
name_entity(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	int x;

	(void)q;
	x = qp_register_name(e, &e->men[mi]);
	/* "Mrs. Lee" after Governor Tom Lee and Ann Lee -> Ann Lee */
	if (x != NO && (m->gender & (QL_FEM | QL_MASC)) && e->ent[x].gender &&
	    !(e->ent[x].gender & m->gender))
		x = same_surname_of_gender(e, m, x);
	*ent = x;
	return SPK_ENT;
}

/* "Ann Lee and Tom Baker said": two people as the subject before the cue
 * speak together, as written */
static int
name_pair(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi], *p;
	int a = m->ts - 1, s;

	(void)ent;
	if (m->kind != MN_NAME || q->cue == NO || q->cue != m->te || a < 2 ||
	    !tok_is(e, a, "and") || e->tok[a - 1].men < 0 || mi == 0)
		return SPK_NEXT;
	p = &e->men[e->tok[a - 1].men];
	if (p->kind != MN_NAME || p->te != a || nonspeaker(e, p) ||
	    nonspeaker(e, m) || (e->tok[p->ne - 1].fl & F_POSS))
		return SPK_NEXT;
	/* the pair opens its sentence or clause ("Both …"), or follows the
	 * quotation (""…," Ann Lee and Tom Baker said") */
	s = p->ts - 1;
	if (s >= 0 && is_word(e, s) && tok_is(e, s, "both"))
		s--;
	if (s >= 0 && e->tok[s].sent == e->tok[p->ts].sent &&
	    !tok_punct(e, s, ',') && !tok_punct(e, s, ':') && s != q->c)
		return SPK_NEXT;
	qp_register_name(e, &e->men[e->tok[a - 1].men]);
	qp_register_name(e, &e->men[mi]);
	speaker_span(e, q, mi, p->ts, m->te);
	q->spk_kind = QP_SK_GROUP;
	return SPK_DONE;
}

/* ---- a text that speaks for its author ---- */

/* reads Judge Miller's statement -> Judge Miller */
static int
text_of_named(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	struct mention tmp;

	(void)q;
	if (!is_text(e, m) || m->poss_ns == NO)
		return SPK_NEXT;
	tmp = *m;
	tmp.kind = MN_NAME;
	tmp.ts = tmp.ns = m->poss_ns;
	tmp.te = tmp.ne = m->poss_ne;
	tmp.ent = NO;
	tmp.ts_title = NO;
	*ent = qp_register_name(e, &tmp);
	return SPK_ENT;
}

/* A text with no possessor ("a tweet", "the statement"). */
static int
text_alone(const struct qp_engine *e, const struct mention *m)
{
	return is_text(e, m) && m->poss_ns == NO && m->poss_tok == NO;
}

/* Is token t a participle in -ed ("signed", "issued")? */
static int
ed_participle(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	return is_word(e, t) && (k->fl & F_LOWER) && k->e - k->s > 3 &&
	    e->s[k->e - 2] == 'e' && e->s[k->e - 1] == 'd';
}

/* a tweet on Monday by US Secretary of State Mike Pompeo read -> Mike
 * Pompeo; The opinion of the Court -> the Court; The statement, signed
 * by Mayor Ann Lee, said -> Ann Lee */
static int
text_by(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	int t0 = m->te;

	(void)ent;
	if (!text_alone(e, m))
		return SPK_NEXT;
	if (tok_punct(e, t0, ',') && t0 + 2 < (int)e->ntok &&
	    ed_participle(e, t0 + 1) && tok_is(e, t0 + 2, "by"))
		t0 += 2;
	for (int t = t0;
	     t + 1 < (int)e->ntok && t < t0 + 5 && !qp_chunk_stop(e, t); t++) {
		int u = t + 1;
		/* "of the Court", "from the Foreign Ministry", not "from the
		 * mayor", whose mention holds "the" */
		if (is_word(e, u) && tok_is(e, u, "the") &&
		    u + 1 < (int)e->ntok && e->tok[u].men < 0)
			u++;
		if ((tok_is(e, t, "from") || tok_is(e, t, "by") ||
		        (t == m->te && tok_is(e, t, "of"))) &&
		    e->tok[u].men >= 0 && e->men[e->tok[u].men].ts == u &&
		    (e->men[e->tok[u].men].kind == MN_NAME ||
		        e->men[e->tok[u].men].kind == MN_ORG ||
		        !tok_is(e, t, "of")) &&
		    e->men[e->tok[u].men].kind != MN_PRON &&
		    e->tok[u].men != mi) {
			qp_speaker_from_mention(e, q, e->tok[u].men);
			return SPK_DONE;
		}
	}
	return SPK_NEXT;
}

/* The government statement -> The government */
static int
text_of_group(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	(void)ent;
	if (!text_alone(e, m) || m->ne - 1 <= m->ts ||
	    !(tok_lex(e, m->ne - 2) & QL_ROLE))
		return SPK_NEXT;
	speaker_span(e, q, mi, m->ts, m->ne - 1);
	return SPK_DONE;
}

/* "Their statement also read" after the author's first quotation: that
 * quotation's speaker, when it is in this sentence or the one before. */
static int
text_after_quote(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	(void)ent;
	if (!text_alone(e, m))
		return SPK_NEXT;
	for (struct quote *p = q; p-- > e->qs;) {
		if (!p->keep || !p->have_spk)
			continue;
		if (e->tok[p->o].sent >= m->sent - 1) {
			qp_copy_speaker(e, q, p);
			return SPK_DONE;
		}
		break;
	}
	return SPK_NEXT;
}

/* Facebook released a statement which read, "…" -> Facebook: the
 * subject of the sentence, even a lone unknown name. */
static int
text_of_subject(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	int subj;

	(void)ent;
	if (!text_alone(e, m))
		return SPK_NEXT;
	subj = qp_sentence_subject_loose(e, m->sent, 1);
	if (subj == NO || subj == mi ||
	    (e->men[subj].kind == MN_PRON && !e->men[subj].plural) ||
	    (e->men[subj].kind == MN_ROLE && is_text(e, &e->men[subj])))
		return SPK_NEXT;
	qp_speaker_from_mention(e, q, subj);
	return SPK_DONE;
}

/* A spokesperson told the Military Times … "…;" read the statement. ->
 * the spokesperson: the previous sentence's subject. */
static int
text_of_last_subject(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	int subj;

	(void)ent;
	if (!text_alone(e, m) || m->indef || m->sent <= 0)
		return SPK_NEXT;
	subj = qp_sentence_subject(e, m->sent - 1);
	/* a subject opening that sentence, not "The tool has parsers to
	 * handle videos from different sources", whose subject is no name */
	if (subj == NO ||
	    (e->men[subj].kind == MN_ROLE && is_text(e, &e->men[subj])) ||
	    e->men[subj].ts - qp_first_of_sentence(e, e->men[subj].ts) > 4)
		return SPK_NEXT;
	qp_speaker_from_mention(e, q, subj);
	return SPK_DONE;
}

/* The family's statement read -> The family (no 's) */
static int
text_of_possessor(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	const struct tok *pt;
	size_t n;

	(void)ent;
	if (!is_text(e, m) || m->poss_tok == NO ||
	    (tok_lex(e, m->poss_tok) & QL_TITLE))
		return SPK_NEXT;
	pt = &e->tok[m->poss_tok];
	q->men = mi;
	q->ent = NO;
	q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
	q->spk = qp_ob_span(e, m->ts, m->poss_tok + 1, &n);
	q->spk_len = n >= 2 && pt->e - pt->s > 2 ? n - 2 : n; /* drop the 's */
	if (n >= 4 && (unsigned char)e->ob[q->spk + n - 3] == 0x99)
		q->spk_len = n - 4; /* ’s */
	e->ob[q->spk + q->spk_len] = '\0';
	q->have_spk = 1;
	return SPK_DONE;
}

/* the judge's statement -> the last person named with the title judge */
static int
text_of_titled(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	(void)q;
	if (!is_text(e, m) || m->poss_tok == NO ||
	    !(tok_lex(e, m->poss_tok) & QL_TITLE))
		return SPK_NEXT;
	*ent = qp_ent_by_title(e, m->poss_tok);
	return *ent != NO ? SPK_ENT : SPK_NEXT;
}

/* ---- a role phrase ---- */

/* the COO -> Jane Doe, named COO earlier, or Governor Ruth Adler named
 * after it in the paragraph */
static int
role_titled(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	(void)q;
	*ent = qp_resolve_role(e, mi);
	return *ent != NO ? SPK_ENT : SPK_NEXT;
}

/* Does the entity's name hold the word s[0..n) (ASCII case folded)? */
static int
name_has_word(const struct qp_engine *e, const struct entity *x,
    const unsigned char *s, size_t n)
{
	const char *w = e->arena + x->name;

	for (size_t a = 0; a + n <= x->nlen;) {
		size_t b = a;
		while (b < x->nlen && w[b] != ' ')
			b++;
		if (b - a == n && strncasecmp(w + a, (const char *)s, n) == 0)
			return 1;
		a = b + 1;
	}
	return 0;
}

/* the ministry said -> the Ministry of Health, named earlier: the
 * organisation named most often whose name holds the word */
static int
role_organisation(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	const struct tok *h = &e->tok[m->ne - 1];
	uint32_t f = tok_lex(e, m->ne - 1);
	size_t n = h->e - h->s;

	(void)q;
	if (!(f & QL_ORGISH) || (f & QL_PLURAL) || m->indef || m->ts == m->ns ||
	    (h->fl & F_POSS))
		return SPK_NEXT; /* "police": no one name */
	for (size_t i = 0; i < e->nent; i++) {
		const struct entity *x = &e->ent[i];
		if (x->ntok >= 2 && !x->person &&
		    (*ent == NO || x->count > e->ent[*ent].count ||
		        (x->count == e->ent[*ent].count &&
		            x->seen > e->ent[*ent].seen)) &&
		    name_has_word(e, x, e->s + h->s, n))
			*ent = (int)i;
	}
	/* "Globex Corporation …" -> "the company said" */
	if (*ent == NO && (f & QL_GENORG))
		*ent = qp_last_organisation(e, 1);
	if (*ent == NO)
		return SPK_NEXT;
	e->ent[*ent].org = 1;
	return SPK_ENT;
}

/* Ana Lind, who has won twice, was gracious in defeat. "…," the top seed
 * said. -> Ana Lind: a description no lexicon knows, its head not
 * written before in the paragraph, names the person the sentence before
 * was about (not "Lee met the suspect. "…," the suspect said"). */
static int
role_subject_before(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];
	const struct tok *h = &e->tok[m->ne - 1];
	int subj, x;

	(void)q;
	if (!m->desc || m->indef || m->plural || m->sent <= 0)
		return SPK_NEXT;
	for (int t = 0; t < m->ts; t++)
		if (e->tok[t].type == TK_WORD &&
		    e->tok[t].e - e->tok[t].s == h->e - h->s &&
		    strncasecmp((const char *)e->s + e->tok[t].s,
		        (const char *)e->s + h->s, h->e - h->s) == 0)
			return SPK_NEXT;
	subj = qp_sentence_subject(e, m->sent - 1);
	if (subj == NO || e->men[subj].kind != MN_NAME)
		return SPK_NEXT;
	x = qp_register_name(e, &e->men[subj]);
	if (x == NO || !e->ent[x].person || e->ent[x].org || e->ent[x].place)
		return SPK_NEXT;
	*ent = x;
	return SPK_ENT;
}

/* The Wooster professor added -> the speaker just quoted: a definite
 * person's role with no one of that title refers back. */
static int
role_last_speaker(struct qp_engine *e, struct quote *q, int mi, int *ent)
{
	const struct mention *m = &e->men[mi];

	/* "the suspect" is no one just quoted: as written */
	if (m->indef || m->plural || m->desc ||
	    (tok_lex(e, m->ne - 1) & QL_ORGISH))
		return SPK_NEXT;
	for (struct quote *p = q; p-- > e->qs;)
		if (p->keep && p->ent != NO) {
			*ent = p->ent;
			break;
		}
	if (*ent == NO && q == e->qs && e->last_spk_ent != NO &&
	    e->last_spk_para >= e->para - 1)
		*ent = e->last_spk_ent;
	if (*ent != NO && e->ent[*ent].org)
		*ent = NO;
	return SPK_ENT;
}

/* ---- a pronoun ---- */

static speaker_rule *const name_rules[] = { name_pair, name_entity, NULL };
static speaker_rule *const role_rules[] = {
	text_of_named,
	text_by,
	text_of_group,
	text_after_quote,
	text_of_subject,
	text_of_last_subject,
	text_of_possessor,
	text_of_titled,
	role_organisation,
	role_titled,
	role_subject_before,
	role_last_speaker,
	NULL,
};
/* q's speaker from mention mi and its entity ent (NO: as written). */
static void
speaker_write(struct qp_engine *e, struct quote *q, int mi, int ent)
{
	const struct mention *m = &e->men[mi];
	size_t len;

	/* "Minister says …" in a headline: the title, for a later name */
	if (ent == NO && m->kind == MN_ROLE && !m->indef && !m->plural &&
	    (tok_lex(e, m->ne - 1) & QL_TITLE)) {
		const struct tok *h = &e->tok[m->ne - 1];
		char low[40];
		size_t n = h->e - h->s < sizeof low ? h->e - h->s
		                                    : sizeof low - 1;
		for (size_t i = 0; i < n; i++)
			low[i] = (char)(e->s[h->s + i] >= 'A' &&
			            e->s[h->s + i] <= 'Z'
			        ? e->s[h->s + i] + ('a' - 'A')
			        : e->s[h->s + i]);
		q->role = qp_ob_put(e, low, n);
		q->role_len = n;
	}
	q->men = mi;
	q->ent = ent;
	q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
	if (ent != NO) {
		q->spk = qp_ob_put(
		    e, e->arena + e->ent[ent].name, e->ent[ent].nlen);
		q->spk_len = e->ent[ent].nlen;
		if (!e->ent[ent].org)
			e->ent[ent].person = 1;
		e->ent[ent].seen = ++e->clock;
	} else if (m->kind == MN_PRON) {
		q->spk = qp_ob_put(e, "", 0);
		q->spk_len = 0;
	} else if (m->kind == MN_NAME || m->kind == MN_ORG) {
		unsigned char buf[256];
		size_t n = qp_name_text(e, m->ns, m->ne, buf, sizeof buf);
		q->spk = qp_ob_put(e, buf, n);
		q->spk_len = n;
	} else {
		int b = m->te;
		q->spk = qp_ob_span(e, m->ts, b, &len);
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
	q->have_spk = 1;
}

/* The kind of q's speaker: by its entity, else by its mention. */
static int
speaker_kind(const struct qp_engine *e, const struct quote *q)
{
	const struct mention *m;
	uint32_t h;

	if (q->ent != NO)
		return e->ent[q->ent].org   ? QP_SK_ORG
		    : e->ent[q->ent].person ? QP_SK_PERSON
		                            : QP_SK_UNKNOWN;
	if (q->men == NO)
		return QP_SK_UNKNOWN;
	m = &e->men[q->men];
	switch (m->kind) {
	case MN_ORG:
		return QP_SK_ORG;
	case MN_NAME:
		return m->person ? QP_SK_PERSON : QP_SK_UNKNOWN;
	case MN_PRON:
		return m->plural ? QP_SK_GROUP : QP_SK_UNKNOWN;
	}
	h = tok_lex(e, m->ne - 1);
	if ((h & QL_DOC) && m->poss_tok == NO)
		return QP_SK_UNKNOWN; /* "the statement read" */
	if (h & QL_DOC)
		h = tok_lex(e, m->poss_tok); /* "the family's statement" */
	/* "the ministry", "police"; "the protesters", "party leaders" */
	return (h & QL_ORGISH)                 ? QP_SK_ORG
	    : ((h & QL_PLURAL) && !(m->indef)) ? QP_SK_GROUP
	                                       : QP_SK_PERSON;
}

/* Fill q's speaker from mention mi. */
static void from_mention(struct qp_engine *e, struct quote *q, int mi);

void
qp_speaker_from_mention(struct qp_engine *e, struct quote *q, int mi)
{
	from_mention(e, q, mi);
	if (!q->spk_kind)
		q->spk_kind = speaker_kind(e, q);
}

static void
from_mention(struct qp_engine *e, struct quote *q, int mi)
{
	speaker_rule *const *rules;
	int ent = NO;

	qp_register_upto(e, (size_t)mi);
	switch (e->men[mi].kind) {
	case MN_NAME:
	case MN_ORG:
		rules = name_rules;
		break;
	case MN_ROLE:
		rules = role_rules;
		break;
	default:
		rules = qp_pron_rules;
		break;
	}
	for (; *rules; rules++) {
		int r = (*rules)(e, q, mi, &ent);
		if (r == SPK_DONE)
			return;
		if (r == SPK_ENT)
			break;
	}
	if (e->regcur <= (size_t)mi)
		e->regcur = (size_t)mi + 1;
	speaker_write(e, q, mi, ent);
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
	q->spk_kind = from->spk_kind;
	q->have_spk = from->have_spk;
	(void)spk;
}
