/* attribution.c: for each quotation, whether it is one and who said it. */
#include <stddef.h>

#include "engine.h"

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
