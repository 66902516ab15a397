/* before.c: the speaker and the cue before a quotation, by a scan back
 * from its opening mark ("Kino Gabriel said, "…"", "According to police
 * spokesman Mark Hill, the driver "lost control"", "a pattern described by
 * Marine Bulletin as "…""): the before_rules at each token, in order. */
#include <stddef.h>

#include "attr.h"
#include "engine.h"

/* ---- before the quotation: a scan back from the opening mark ---- */

enum { SCAN_ON, SCAN_NEXT, SCAN_STOP }; /* what a before_rule says */

/* the manifesto if written by the suspect could "…": a verb in a reduced
 * clause of condition or time is no cue. */
static int
before_subordinate(struct qp_engine *e, struct attr *a, int k)
{
	return qp_verb_tok(e, k) && qp_subordinate_verb(e, k, a->stop)
	    ? SCAN_NEXT
	    : SCAN_ON;
}

/* Calling it "just another apology", Anna Franowska told … -> Anna
 * Franowska: the participle's subject follows the quotation. */
static int
before_participle(struct qp_engine *e, struct attr *a, int k)
{
	const struct quote *q = a->q;
	int m;

	if (k != a->ss || !qp_verb_tok(e, k) || !qp_ing_word(e, k) ||
	    q->c == NO || !tok_punct(e, q->c + 1, ',') || q->c + 2 >= a->se)
		return SCAN_ON;
	m = e->tok[q->c + 2].men;
	if (m < 0 || e->men[m].ts != q->c + 2 || e->men[m].kind == MN_PRON)
		return SCAN_ON;
	found(a, m, k, k >= q->o - 6);
	return SCAN_STOP;
}

/* According to police spokesman Mark Hill, the driver "lost control". ->
 * Mark Hill; According to him, "…" -> the person the sentence before is
 * about. */
static int
before_according(struct qp_engine *e, struct attr *a, int k)
{
	int lim = k + 2, best = NO;

	if (!qp_according_at(e, k))
		return SCAN_ON;
	while (lim < a->q->o && !tok_punct(e, lim, ','))
		lim++;
	for (int t = k + 2; t < lim; t++)
		if (e->tok[t].men >= 0) {
			const struct mention *m = &e->men[e->tok[t].men];
			if (!(m->kind == MN_NAME &&
			        (e->tok[m->ne - 1].fl & F_POSS)))
				best = e->tok[t].men;
			t = m->te - 1;
		}
	if (best == NO && is_word(e, k + 2) &&
	    (tok_is(e, k + 2, "him") || tok_is(e, k + 2, "her")) &&
	    e->tok[k].sent > 0) {
		int subj = qp_sentence_subject(e, e->tok[k].sent - 1);
		if (subj != NO &&
		    (e->men[subj].kind == MN_NAME ||
		        (e->men[subj].kind == MN_ROLE && !e->men[subj].plural)))
			best = subj;
	}
	if (best != NO) {
		a->men = best;
		a->cue = k;
	}
	return SCAN_STOP;
}

/* he was told by Emergencies Minister Yevgeny Zinichev of "…" -> Yevgeny
 * Zinichev; a pattern described by Marine Bulletin as "…" -> Marine
 * Bulletin: a passive with its agent. */
static int
before_passive(struct qp_engine *e, struct attr *a, int k)
{
	const struct quote *q = a->q;
	int men;

	if (!qp_verb_tok(e, k) || !is_word(e, k + 1) ||
	    !tok_is(e, k + 1, "by") || k <= 0 || !is_word(e, k - 1))
		return SCAN_ON;
	if (!(tok_is(e, k - 1, "was") || tok_is(e, k - 1, "were") ||
	        tok_is(e, k - 1, "been") || tok_is(e, k - 1, "is") ||
	        tok_is(e, k - 1, "being") ||
	        (q->o >= 2 && tok_is(e, q->o - 1, "as") &&
	            e->tok[q->o - 2].men >= 0 &&
	            e->men[e->tok[q->o - 2].men].te == q->o - 1 &&
	            e->men[e->tok[q->o - 2].men].ts <= k + 3)))
		return SCAN_ON;
	men = qp_mention_after(e, k + 2, q->o, e->tok[k].sent);
	a->men = men;
	if (men == NO)
		return SCAN_ON;
	a->cue = k;
	a->adjacent = k >= q->o - 8;
	return SCAN_STOP;
}

/* Is verb k the second of its subject's, "and said", "but then
 * declared"? */
static int
conj_before(const struct qp_engine *e, int k, int ss)
{
	int p = k - 1;

	while (p > ss && is_word(e, p) &&
	    (tok_is(e, p, "then") || tok_is(e, p, "also") ||
	        tok_is(e, p, "later") || tok_is(e, p, "again") ||
	        tok_is(e, p, "finally")))
		p--;
	return is_word(e, p) && (tok_is(e, p, "and") || tok_is(e, p, "but"));
}

/* The subject of a "that" clause between token from and verb k, the
 * first mention after "that" that is no prepositional object nor
 * possessive: "The Herald claimed that during a trip to Paris, Lee
 * refused … and called them "…"" -> Lee; else NO. */
static int
that_clause_subject(const struct qp_engine *e, int from, int k)
{
	int that = NO;

	for (int t = from; t < k && that == NO; t++)
		if (is_word(e, t) && tok_is(e, t, "that") && e->tok[t].q == NO)
			that = t;
	if (that == NO)
		return NO;
	for (size_t x = 0; x < e->nmen; x++) {
		const struct mention *m = &e->men[x];
		if (m->ts <= that || m->te > k || e->tok[m->ts].q != NO)
			continue;
		if (qp_in_pp(e, m) || nonspeaker(e, m) ||
		    (e->tok[m->te - 1].fl & F_POSS))
			continue;
		return (int)x;
	}
	return NO;
}

/* Is mention m the object of a verb or a place, no speaker for a
 * participle right after it: a definite group ("ban the players
 * saying"), a text ("released a statement calling her"), the object of
 * "on", "in", "at", "to" or "with" ("posted a video on Instagram
 * saying"; not "a letter from the council saying")? */
static int
object_before_ing(const struct qp_engine *e, const struct mention *m)
{
	int p = m->ts - 1;

	if (m->kind == MN_ROLE)
		return (m->plural && !m->indef && tok_is(e, m->ts, "the")) ||
		    (tok_lex(e, m->ne - 1) & QL_DOC);
	return p > 0 && is_word(e, p) &&
	    (tok_is(e, p, "on") || tok_is(e, p, "in") || tok_is(e, p, "at") ||
	        tok_is(e, p, "to") || tok_is(e, p, "with"));
}

/* Ann Lee explained the decision to ban the players saying "…" -> Ann
 * Lee: a participle with no comma after an object goes on with the
 * sentence's subject (men is the mention before participle k). */
static int
participle_subject(const struct qp_engine *e, int k, int men)
{
	const struct mention *m;
	int subj;

	if (men == NO)
		return men;
	m = &e->men[men];
	if (!qp_ing_word(e, k) || m->te != k || !object_before_ing(e, m))
		return men;
	subj = qp_sentence_subject(e, e->tok[k].sent);
	if (subj == NO || subj == men || e->men[subj].te > m->ts ||
	    (e->men[subj].kind == MN_ROLE &&
	        (tok_lex(e, e->men[subj].ne - 1) & QL_DOC)))
		return men;
	return subj;
}

/* Does mark t close a quotation, not a name or a term? "Ann Lee, known
 * as "the Iron Lady", said the vote was "rigged"": no "…", said X. */
static int
closes_quotation(const struct qp_engine *e, int t)
{
	for (size_t i = 0; i < e->nq; i++)
		if (e->qs[i].c == t)
			return e->qs[i].keep;
	return 1;
}

/* Kino Gabriel said, "…" -> Kino Gabriel; said Baker: "…" -> Baker;
 * Erdoğan cited Article 5 of the treaty and said "…" -> Erdoğan (the
 * subject of the first verb); called it "a retrograde step" and said
 * "…" -> the speaker of the quotation before. */
static int
before_verb(struct qp_engine *e, struct attr *a, int k)
{
	const struct quote *q = a->q;
	int inverted, men;

	if (!qp_verb_tok(e, k))
		return SCAN_ON;
	inverted = k == a->stop ||
	    (k > 0 && e->tok[k - 1].type == TK_MARK &&
	        closes_quotation(e, k - 1)) ||
	    (k > 1 && tok_punct(e, k - 1, ',') &&
	        e->tok[k - 2].type == TK_MARK && closes_quotation(e, k - 2));
	if (inverted) {
		men = qp_mention_after(e, k + 1, q->o, e->tok[k].sent);
	} else if (a->prevq != NO && k == a->stop + 1 &&
	    e->qs[a->prevq].have_spk && is_word(e, k - 1) &&
	    tok_is(e, k - 1, "and")) {
		qp_copy_speaker(e, a->q, &e->qs[a->prevq]);
		a->cue = k;
		a->adjacent = 1;
		return SCAN_STOP;
	} else if (k > a->ss &&
	    (conj_before(e, k, a->ss) ||
	        (tok_punct(e, k - 1, ',') && qp_ing_word(e, k)))) {
		/* "…, saying "the path toward victory …"" too */
		men = qp_sentence_subject(e, e->tok[k].sent);
		if (men != NO && e->men[men].te > k)
			men = NO;
		if (men != NO && conj_before(e, k, a->ss)) {
			int sub = that_clause_subject(e, e->men[men].te, k);
			if (sub != NO)
				men = sub;
		}
		if (men == NO)
			men = qp_mention_before(e, k, a->ss);
	} else {
		men = qp_mention_before(e, k, a->ss);
		men = participle_subject(e, k, men);
	}
	if (men == NO && !inverted)
		men = qp_mention_after(e, k + 1, q->o, e->tok[k].sent);
	a->men = men;
	if (men != NO)
		a->cue = k;
	a->adjacent = k >= q->o - 6;
	return SCAN_STOP;
}

/* The steps at each token of the scan back from the opening mark, in
 * order; the scan ends at the first that says SCAN_STOP. */
static int (*const before_rules[])(struct qp_engine *, struct attr *, int) = {
	before_subordinate,
	before_participle,
	before_according,
	before_passive,
	before_verb,
};

/* Where the scan back starts: before the opening mark, but before an
 * aside between dashes (Bercow commented on the matter — which the BBC
 * noted as an unusual move — "…": the BBC is no speaker), and at the
 * sentence's first speech verb for a colon's quotation (Blackburn told
 * Discover Magazine the frequency … suggested some deep pattern …: "…"
 * -> Blackburn). */
static int
before_start(const struct qp_engine *e, const struct attr *a)
{
	int k0 = a->q->o - 1;

	if (qp_dash_at(e, k0))
		for (int d = k0 - 1; d > a->stop; d--) {
			if (e->tok[d].q != NO || tok_terminal(e, d))
				break;
			if (qp_dash_at(e, d)) {
				k0 = d - 1;
				break;
			}
		}
	if (tok_punct(e, a->q->o - 1, ':')) {
		int left = NO;
		for (int k = k0; k >= a->stop; k--) {
			if (e->tok[k].q != NO || qp_according_at(e, k)) {
				left = NO;
				break;
			}
			if (qp_verb_tok(e, k) && !qp_ing_word(e, k) &&
			    !qp_subordinate_verb(e, k, a->stop))
				left = k;
		}
		if (left != NO)
			k0 = left;
	}
	return k0;
}

/* The cue before the quotation, by before_rules at each token back from
 * the opening mark to the start of the sentence or the quotation before. */
int
qp_before_quote(struct qp_engine *e, struct attr *a)
{
	for (int k = before_start(e, a); k >= a->stop; k--) {
		int r = SCAN_ON;

		if (e->tok[k].q != NO)
			break;
		for (size_t i = 0;
		     i < sizeof before_rules / sizeof *before_rules &&
		     r == SCAN_ON;
		     i++)
			r = before_rules[i](e, a, k);
		if (r == SCAN_STOP)
			break;
	}
	return a->men != NO;
}
