/* terms.c: is a quotation someone's words, or a term, a name or a title
 * in quotation marks ("a "restructuring"", "the film "Long Road Home"")? */
#include "engine.h"

/* Is the word at t a thing that carries a text: a banner, a sign
 * (QL_CARRIER, lex/carriers.lst)? */
static int
text_carrier(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	/* the whole word: not the stem of "sign's" */
	return is_word(e, t) && (k->fl & F_LOWER) && k->stem == k->e - k->s &&
	    (tok_lex(e, t) & QL_CARRIER);
}

/* "a banner from the campaign saying "…"", "signs that read "…"": the
 * text of a sign is nobody's words */
static int
sign_text(const struct qp_engine *e, int p)
{
	if (p < 1 || !is_word(e, p))
		return 0;
	if (tok_is(e, p, "read") || tok_is(e, p, "reads")) {
		if (is_word(e, p - 1) &&
		    (tok_is(e, p - 1, "that") || tok_is(e, p - 1, "which")))
			p--;
	} else if (!tok_is(e, p, "saying") && !tok_is(e, p, "reading")) {
		return 0;
	}
	for (int t = p - 1; t >= 0 && t >= p - 6; t--) {
		if (e->tok[t].sent != e->tok[p].sent || e->tok[t].q != NO ||
		    (e->tok[t].type == TK_PUNCT && !tok_punct(e, t, '\'')))
			return 0;
		if (text_carrier(e, t))
			return 1;
	}
	return 0;
}

/* Is the naming verb at p in "what X called", "what X has called", "what
 * Ann Lee, head of …, called": X's words ("we had to clear what Dr. Lee
 * called "the rubble""), not a name? */
static int
what_x_called(const struct qp_engine *e, int p)
{
	int t = p - 1, m;

	if (!(tok_lex(e, p) & QL_CALL))
		return 0;
	if (t >= 0 && is_word(e, t) &&
	    (tok_is(e, t, "has") || tok_is(e, t, "had") ||
	        tok_is(e, t, "once")))
		t--;
	/* past an aside: back to the comma after the name */
	if (tok_punct(e, t, ',')) {
		int k = t - 1;
		while (k > 0 && k > t - 24 && e->tok[k].q == NO &&
		    e->tok[k].sent == e->tok[p].sent && !tok_punct(e, k, ','))
			k--;
		if (!tok_punct(e, k, ','))
			return 0;
		t = k - 1;
	}
	if (t < 0 || (m = e->tok[t].men) < 0 || e->men[m].te != t + 1)
		return 0;
	t = e->men[m].ts - 1;
	return t >= 0 && is_word(e, t) && tok_is(e, t, "what");
}

/* Is the quotation a term, a name or a title rather than someone's words?
 * "a "restructuring"", "the film "Long Road Home"", "a program called
 * "Learning Together"". */
int
qp_looks_like_term(const struct qp_engine *e, const struct quote *q,
    int has_cue, int adjacent_cue, int said_before)
{
	int p = q->o - 1;
	int fullish = q->words >= 3 && q->last > q->first &&
	    tok_terminal(e, q->last - 1) && (e->tok[q->first].fl & F_CAP);

	if (q->words == 0)
		return 1;
	if (sign_text(e, p))
		return 1;
	/* the so-called "Brexit deal" */
	if (p >= 0 && is_word(e, p) && tok_is(e, p, "so-called"))
		return 1;
	/* "a "restructuring"", but "said D'Souza had been an "iconic"
	 * leader" */
	if (p >= 0 && is_word(e, p) && (tok_lex(e, p) & QL_DET) &&
	    !(tok_lex(e, p) & QL_PRON) && !fullish && q->words <= 4 &&
	    !said_before)
		return 1;
	/* "which calls itself "Citizens for Truth"" */
	if (p > 0 && is_word(e, p) && (tok_lex(e, p - 1) & QL_CALL) &&
	    (tok_is(e, p, "itself") || tok_is(e, p, "themselves") ||
	        tok_is(e, p, "himself") || tok_is(e, p, "herself")))
		p--;
	if (p >= 0 && is_word(e, p) && !what_x_called(e, p) &&
	    ((tok_lex(e, p) & (QL_CALL | QL_TERMNOUN)) ||
	        (tok_is(e, p, "as") && p > 0 &&
	            (tok_is(e, p - 1, "known") || tok_is(e, p - 1, "to")))) &&
	    q->words <= 6 && !fullish)
		return 1;
	/* "an essay titled "Why we must act now on the climate"": a title
	 * of up to 20 words */
	if (p >= 0 && is_word(e, p) &&
	    (tok_is(e, p, "titled") || tok_is(e, p, "entitled") ||
	        tok_is(e, p, "headlined")) &&
	    q->words <= 20)
		return 1;
	/* "a campaign, "Keep our streets clean and safe",", "Its motto is
	 * "Never give up."": a name in apposition to the noun that names
	 * it, or its complement */
	if (p >= 1 && is_word(e, p - 1) && (e->tok[p - 1].fl & F_LOWER) &&
	    (tok_lex(e, p - 1) & QL_TERMNOUN) && q->words <= 12 &&
	    (tok_punct(e, p, ',') ||
	        (is_word(e, p) && (tok_is(e, p, "is") || tok_is(e, p, "was")))))
		return 1;
	/* "Anna Franowska of "Have no fear", an abuse victim support charity":
	 * the name of a group */
	if (p >= 1 && is_word(e, p) &&
	    (tok_is(e, p, "of") || tok_is(e, p, "from")) &&
	    e->tok[p - 1].men >= 0 &&
	    e->men[e->tok[p - 1].men].kind != MN_PRON && q->words <= 6 &&
	    !fullish && q->last > q->first && (e->tok[q->first].fl & F_CAP))
		return 1;
	/* ""International Women's Day Celebration"": every word capitalised,
	 * no sentence: a name, a banner, a title, even after a verb */
	if (q->words >= 3 && q->words <= 20 && q->last > q->first) {
		int caps = 0, words = 0, small = 0;
		for (int i = q->first; i < q->last; i++) {
			if (e->tok[i].type != TK_WORD)
				continue;
			words++;
			if ((e->tok[i].fl & (F_CAP | F_ALLCAP)) &&
			    e->tok[i].e - e->tok[i].s >= 2)
				caps++;
			else if ((e->tok[i].fl & F_LOWER) &&
			    e->tok[i].e - e->tok[i].s <= 3 && i > q->first)
				/* "Stop All of Us", not "No, I am a Muslim" */
				small++;
		}
		/* "Person of the Year" with no cue by it; with a final stop
		 * only when every word is capitalised: "Underappreciated
		 * Sports Anime/Manga." */
		/* "Guidebook to the Inflation Reduction Act's Clean Energy
		 * and Climate Investments in Indian Country": a long title
		 * has more capitals */
		if (words >= 3 && caps >= 2 && caps + small == words &&
		    (words <= 10 || caps >= 8) &&
		    (caps >= 3 || (caps * 2 >= words && !adjacent_cue)) &&
		    (!tok_terminal(e, q->last - 1) || caps == words))
			return 1;
	}
	/* ("British exit"): a gloss in brackets */
	if (tok_punct(e, p, '(') && q->c != NO && tok_punct(e, q->c + 1, ')') &&
	    q->words <= 4)
		return 1;
	/* "Long Road Home": title case, no sentence, no cue at its side */
	if (!adjacent_cue && q->words <= 8 && q->last > q->first &&
	    !tok_terminal(e, q->last - 1)) {
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
		if (words > 0 && caps >= words - 2 && caps * 2 > words &&
		    (words > 1 || !has_cue))
			return 1;
	}
	/* "restructuring", "smart": scare quotes, a word or two with no cue */
	if (!has_cue && q->words <= 3 && !fullish)
		return 1;
	return 0;
}
