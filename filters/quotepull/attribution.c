/* attribution.c: for each quotation, whether it is one and who said it.
 *
 * qp_attribute runs three tables, each in the order written:
 *   find_rules    look for the cue (a speech verb, "according to", a colon)
 *                 and the speaker mention: after the quotation, before it,
 *                 between two quotations of one sentence;
 *   then the quotation is kept or dropped (terms.c), and a mention found
 *                 is resolved to a speaker (speaker.c);
 *   carry_rules   a quotation with no cue of its own: the speaker of the
 *                 quotation or the subject of the sentence before, or the
 *                 document's last speaker.
 * before_rules (before.c) are the steps of the backward scan that one
 * find rule makes from the opening mark. */
#include <stddef.h>
#include <string.h>

#include "attr.h"
#include "engine.h"
#include "words.h"


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


/* ---- after the quotation ---- */

/* "…", as Smith said -> Smith; "…" — as the Supreme Court decision put
 * it — -> the Supreme Court decision: the speaker in a clause of manner. */
static int
after_as_clause(struct qp_engine *e, struct attr *a)
{
	const struct quote *q = a->q;
	int j = q->c + 1;

	if (q->c == NO)
		return 0;
	/* '"…," as Lee says': the comma inside the marks */
	if (!(tok_punct(e, j, ',') || qp_dash_at(e, j))) {
		if (q->last <= q->first || !tok_punct(e, q->last - 1, ','))
			return 0;
		j--;
	}
	if (!is_word(e, j + 1) || !tok_is(e, j + 1, "as") ||
	    e->tok[j + 1].sent != a->sent)
		return 0;
	for (int k = j + 2; k < a->se && k < j + 10 && e->tok[k].q == NO &&
	     !qp_chunk_stop(e, k);
	     k++)
		if (qp_verb_tok(e, k) ||
		    (tok_is(e, k, "put") && is_word(e, k + 1) &&
		        tok_is(e, k + 1, "it"))) {
			int men = qp_mention_after(e, j + 2, k, a->sent);
			if (men != NO)
				found(a, men, k, 1);
			break;
		}
	return a->men != NO;
}

/* "We will appeal." — Commissioner Ann Lee -> Ann Lee: a dash, then the
 * speaker (after title words: "— Chief executive Ann Lee") closing the
 * paragraph or the sentence. */
static int
after_dash(struct qp_engine *e, struct attr *a)
{
	const struct quote *q = a->q;
	int j = q->c + 1, m, te, k;

	if (q->c == NO || !qp_dash_at(e, j) || j + 1 >= (int)e->ntok)
		return 0;
	/* "— Chief executive Ann Lee": title words (a role of their own
	 * or none) before the name */
	for (k = j + 1; k < (int)e->ntok && k < j + 4 && is_word(e, k) &&
	     (tok_lex(e, k) & (QL_TITLE | QL_ROLE)) &&
	     !(e->tok[k].fl & F_POSS) &&
	     (e->tok[k].men == NO ||
	         (e->tok[k].men >= 0 &&
	             e->men[e->tok[k].men].kind == MN_ROLE));)
		k++;
	if (k >= (int)e->ntok || e->tok[k].men < 0 ||
	    e->men[e->tok[k].men].kind != MN_NAME ||
	    e->men[e->tok[k].men].ts != k)
		k = j + 1;
	m = e->tok[k].men;
	if (m < 0 || e->men[m].ts != k || e->men[m].kind == MN_PRON)
		return 0;
	te = e->men[m].te;
	if (te < (int)e->ntok && !tok_terminal(e, te) &&
	    !tok_punct(e, te, ',') && !tok_punct(e, te, ';'))
		return 0;
	found(a, m, j, 1);
	return 1;
}

/* "… in two days!" Macron told the world. -> Macron: after ! or ? the
 * speaker and the verb open the next sentence. */
static int
after_exclamation(struct qp_engine *e, struct attr *a)
{
	const struct quote *q = a->q;
	int j = q->c + 1, m;

	if (q->c == NO || j != a->se || j >= (int)e->ntok ||
	    q->last <= q->first ||
	    !(tok_punct(e, q->last - 1, '!') || tok_punct(e, q->last - 1, '?')))
		return 0;
	m = e->tok[j].men;
	if (m < 0 || e->men[m].ts != j || e->men[m].kind == MN_PRON ||
	    !qp_verb_tok(e, e->men[m].te) || qp_ing_word(e, e->men[m].te))
		return 0;
	found(a, m, e->men[m].te, 1);
	return 1;
}

/* "We will not give up." Those were the words of Mayor Tom Baker. -> Tom
 * Baker: a quotation ending its sentence, the next one crediting it ("These
 * are the last words of ...", "That was the message of ..."). */
static int
after_words_of(struct qp_engine *e, struct attr *a)
{
	const struct quote *q = a->q;
	int j = q->c + 1, k, men;

	if (q->c == NO || j != a->se || j + 5 >= (int)e->ntok ||
	    !(tok_is(e, j, "those") || tok_is(e, j, "these") ||
	        tok_is(e, j, "that") || tok_is(e, j, "this") ||
	        tok_is(e, j, "such")))
		return 0;
	k = j + 1;
	if (!(tok_is(e, k, "were") || tok_is(e, k, "are") ||
	        tok_is(e, k, "was") || tok_is(e, k, "is")) ||
	    !tok_is(e, k + 1, "the"))
		return 0;
	/* one word may qualify it: "the very words", "the last words" */
	k += 2;
	if (!tok_is(e, k, "words") && !tok_is(e, k, "message"))
		k++;
	if (!(tok_is(e, k, "words") || tok_is(e, k, "message")) ||
	    !tok_is(e, k + 1, "of"))
		return 0;
	men = qp_mention_after(e, k + 2, end_of_sentence(e, j), e->tok[j].sent);
	if (men == NO || e->men[men].ts > k + 4)
		return 0;
	found(a, men, k, 1);
	return 1;
}

/* Where the attribution after the quotation starts (past a comma), or NO
 * when the quotation ends its sentence: "…," said Baker; "…" Baker said. */
static int
after_start(const struct qp_engine *e, const struct attr *a)
{
	const struct quote *q = a->q;
	int j = q->c + 1;
	int ends_comma = q->last > q->first &&
	    (tok_punct(e, q->last - 1, ',') || tok_punct(e, q->last - 1, '?') ||
	        tok_punct(e, q->last - 1, '!'));

	if (q->c == NO)
		return NO;
	if (tok_punct(e, j, ','))
		j++, ends_comma = 1;
	/* a title: 'Nothing was left': Farmer Ann Lee tells of the flood */
	else if (q->kind == QP_HEADLINE && tok_punct(e, j, ':'))
		j++, ends_comma = 1;
	if (j < a->se &&
	    (ends_comma || (is_word(e, j) && !tok_terminal(e, q->last - 1))))
		return j;
	return NO;
}

/* "…," said coach Tom Baker. -> Tom Baker; "…," says the mayor of
 * Tumba, Kofi Mensah Boateng. -> Kofi Mensah Boateng. Not "…", adding
 * Iran will …: a participle goes on with the sentence's subject. */
static int
after_verb(struct qp_engine *e, struct attr *a)
{
	int j = after_start(e, a), men;

	if (j == NO || !qp_verb_tok(e, j) || qp_ing_word(e, j))
		return 0;
	men = qp_mention_after(e, j + 1, a->se, e->tok[j].sent);
	if (men != NO)
		found(a, men, j, 1);
	return men != NO;
}

/* Pelosi called it a "breach …," according to NBC. -> NBC, unless a
 * speech verb before the quotation names the speaker. */
static int
after_according(struct qp_engine *e, struct attr *a)
{
	int j = after_start(e, a), k, men;

	if (j == NO || qp_verb_tok(e, j) || !qp_according_at(e, j))
		return 0;
	for (k = a->q->o - 1; k >= a->stop; k--)
		if (qp_verb_tok(e, k) || e->tok[k].q != NO)
			break;
	if (k >= a->stop && qp_verb_tok(e, k))
		return 0;
	men = qp_mention_after(e, j + 2, a->se, e->tok[j].sent);
	if (men != NO)
		found(a, men, j, 1);
	return men != NO;
}

/* The old bridge was left "badly cracked in three places" by the flood,
 * according to investigators. -> investigators: "according to X" ending
 * the sentence is the source of a quotation in it with no speech verb. */
static int
according_at_end(struct qp_engine *e, struct attr *a)
{
	int j, men;

	if (a->q->c == NO)
		return 0;
	for (j = a->q->c + 1; j < a->se && !qp_according_at(e, j); j++)
		if (e->tok[j].q != NO || qp_verb_tok(e, j))
			return 0;
	if (j >= a->se)
		return 0;
	for (int k = a->q->o - 1; k >= a->stop; k--)
		if (qp_verb_tok(e, k))
			return 0;
	men = qp_mention_after(e, j + 2, a->se, e->tok[j].sent);
	if (men == NO || e->men[men].te >= a->se ||
	    !tok_terminal(e, e->men[men].te))
		return 0;
	found(a, men, j, 1);
	return 1;
}

/* A title's verb in the present, after its subject: "Ann Lee discusses
 * …", "Lee recalls …" (a plural noun is no verb: "Officials …"). */
static int
headline_verb(const struct qp_engine *e, int k)
{
	const struct tok *t = &e->tok[k];

	return is_word(e, k) && t->men == NO && (t->fl & F_LOWER) &&
	    !(t->fl & F_POSS) && t->e - t->s > 3 && e->s[t->e - 1] == 's' &&
	    e->s[t->e - 2] != 's' &&
	    !(tok_lex(e, k) &
	        (QL_ROLE | QL_TITLE | QL_PREP | QL_DET | QL_CONJ | QL_PRON |
	            QL_ARTICLE | QL_PLURAL));
}

/* Does "and" at k join two names ("Ann Lee and Tom Baker")? */
static int
pair_at(const struct qp_engine *e, int k)
{
	int a = e->tok[k - 1].men, b = e->tok[k + 1].men;

	return a >= 0 && b >= 0 && e->men[a].kind == MN_NAME &&
	    e->men[b].kind == MN_NAME && e->men[a].te == k &&
	    e->men[b].ts == k + 1;
}

/* "…," Ren Zhengfei told reporters. -> Ren Zhengfei: the speaker phrase
 * starts at once and the verb follows it; not "…", while Governor Oleg
 * Klimov indicated. */
static int
after_subject_verb(struct qp_engine *e, struct attr *a)
{
	int j = after_start(e, a), first_m = NO, men = NO;

	if (j == NO || qp_verb_tok(e, j) || qp_according_at(e, j))
		return 0;
	for (int k = j; k < a->se && k < j + 16; k++) {
		if (e->tok[k].q != NO || tok_punct(e, k, ';') ||
		    tok_terminal(e, k))
			break;
		if (is_word(e, k) && (tok_lex(e, k) & QL_CONJ) &&
		    e->tok[k].men == NO) {
			int aside;
			/* "…," Ann Lee and Tom Baker said: two names */
			if (first_m != NO && k + 1 < a->se &&
			    tok_is(e, k, "and") && pair_at(e, k))
				continue;
			aside = k > j && tok_punct(e, k - 1, ',') &&
			    (tok_is(e, k, "who") || tok_is(e, k, "which"));
			if (!aside)
				break;
			while (k + 1 < a->se && !tok_punct(e, k + 1, ','))
				k++;
			continue;
		}
		if (e->tok[k].men != NO && first_m == NO) {
			if (k > j + 2)
				break;
			first_m = k;
		}
		if (qp_verb_tok(e, k) ||
		    (a->q->kind == QP_HEADLINE && first_m != NO &&
		        headline_verb(e, k))) {
			if (first_m != NO)
				men = qp_mention_before(e, k, j);
			if (men != NO)
				found(a, men, k, 1);
			break;
		}
	}
	return men != NO;
}

/* ---- introduced, credited, or between two quotations ---- */

/* "Statement from Mayor Ann Lee: "…"" -> Ann Lee: a short heading
 * naming the speaker after "from" or "by", right before the colon c. */
static int
header_from(const struct qp_engine *e, int c, int ss)
{
	int m = c > 0 ? e->tok[c - 1].men : NO, t;

	if (m < 0 || e->men[m].te != c || e->men[m].kind == MN_PRON ||
	    e->men[m].place)
		return NO;
	t = e->men[m].ts - 1;
	return t >= ss && t - ss <= 3 && is_word(e, t) &&
	        (tok_is(e, t, "from") || tok_is(e, t, "by"))
	    ? m
	    : NO;
}

/* …, who cited his experience: "'one in, all in'" -> the subject of the
 * sentence; defended his decision, "As I …" likewise. */
static int
intro_colon(struct qp_engine *e, struct attr *a)
{
	const struct quote *q = a->q;
	int men;

	if (a->prevq != NO ||
	    !(tok_punct(e, q->o - 1, ':') ||
	        (tok_punct(e, q->o - 1, ',') && (e->tok[q->first].fl & F_CAP))))
		return 0;
	men = qp_sentence_subject(e, a->sent);
	if (men != NO && e->men[men].te > q->o)
		men = NO;
	if (men == NO)
		men = qp_mention_before(e, q->o - 1, a->ss);
	if (men == NO)
		men = header_from(e, q->o - 1, a->ss);
	if (men != NO)
		found(a, men, q->o - 1, 1);
	return men != NO;
}

/* Is "saying" after name m a noun, "the Chuck Jones saying", "Einstein's
 * saying", not the participle of "spoke to Reuters saying"? */
static int
saying_noun(const struct qp_engine *e, const struct mention *m)
{
	int p = m->ts - 1;

	return (e->tok[m->te - 1].fl & F_POSS) ||
	    (p >= 0 && is_word(e, p) &&
	        (tok_is(e, p, "the") || tok_is(e, p, "a") ||
	            tok_is(e, p, "an")));
}

/* citing the Chuck Jones quote that "…" -> Chuck Jones; Einstein's famous
 * line: a saying credited to a name right before it, not to who cites it.
 * This one overrides what the rules before found. */
static int
credited_saying(struct qp_engine *e, struct attr *a)
{
	int x = a->q->o - 1;

	if (x > 0 && is_word(e, x) && tok_is(e, x, "that"))
		x--;
	if (x > 0 && is_word(e, x) &&
	    (tok_is(e, x, "quote") || tok_is(e, x, "quotation") ||
	        tok_is(e, x, "line") || tok_is(e, x, "saying") ||
	        tok_is(e, x, "adage") || tok_is(e, x, "maxim")) &&
	    e->tok[x - 1].men >= 0 &&
	    e->men[e->tok[x - 1].men].kind == MN_NAME &&
	    e->men[e->tok[x - 1].men].te == x &&
	    !(tok_is(e, x, "saying") &&
	        !saying_noun(e, &e->men[e->tok[x - 1].men]))) {
		found(a, e->tok[x - 1].men, x, 1);
		return 1;
	}
	return 0;
}

/* Is token t a word of list w of words.h (lex/citing.lst: "quoted",
 * "citing"; lex/quoted-words.lst: "words", "motto")? */
static int
word_in(const struct qp_engine *e, int t, uint32_t w)
{
	return is_word(e, t) &&
	    (lexicon_flags(
	         &qp_words, e->s + e->tok[t].s, e->tok[t].e - e->tok[t].s) &
	        w) != 0;
}

/* Words quoted from another: "The mayor quoted Rev. Amos Hale, repeating
 * his words: "…"", "State radio quoted Ann Lee as saying: "…"", "In the
 * words of Ann Lee, "…"", "she read a line from Tom Baker: "…"" -> the
 * one quoted, not the one quoting. Not when the one quoting goes on to
 * speak: "The mayor quoted Amos Hale and said: "…"" is the mayor's. This
 * one overrides what the rules before found. */
static int
quoted_source(struct qp_engine *e, struct attr *a)
{
	int o = a->q->o, men = NO, cue = NO;

	/* the mentions back from the opening mark (the paragraph's are in
	 * order), and the words before each ("quoted the Rev. …", "words
	 * of …") */
	size_t lo = 0, hi = e->nmen;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (e->men[mid].ts < o)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo-- > 0 && men == NO) {
		int b = e->men[lo].ts - 1;
		if (b <= a->stop || b < o - 14)
			return 0;
		if (e->men[lo].kind == MN_PRON)
			continue;
		if (tok_is(e, b, "the") && b - 1 > a->stop)
			b--;
		if (word_in(e, b, W_CITING) ||
		    (b - 1 > a->stop &&
		        (tok_is(e, b, "of") || tok_is(e, b, "from")) &&
		        word_in(e, b - 1, W_QUOTED_WORDS)))
			men = (int)lo, cue = b;
	}
	if (men == NO)
		return 0;
	/* "cited the government's "…"": the possessive names what the
	 * quotation is about, unless words of it follow ("Lee's line") */
	if (e->tok[e->men[men].te - 1].fl & F_POSS) {
		int k = e->men[men].te;
		while (k < o && !word_in(e, k, W_QUOTED_WORDS))
			k++;
		if (k == o)
			return 0;
	}
	/* nobody else named, no speech verb of the one quoting between: "as
	 * saying" and "repeating" are the quoted one's */
	for (int k = e->men[men].te; k < o; k++) {
		if (e->tok[k].q != NO)
			return 0;
		if (e->tok[k].men >= 0 && e->men[e->tok[k].men].kind != MN_PRON)
			return 0;
		if (qp_verb_tok(e, k) && !tok_is(e, k - 1, "as") &&
		    !tok_is(e, k, "repeating") && !tok_is(e, k, "echoing"))
			return 0;
	}
	found(a, men, cue, 1);
	return 1;
}

/* "We will," she said, "win." -> the second part is hers: a quotation
 * after another in the same sentence takes its speaker and cue.  Not a
 * word or two many words after it, where the sentence has gone on to
 * something else: "… professed himself "deeply worried" about the
 * future and endorsed using "thrift" and "candour" as the measure" (the
 * terms of a list). */
static int
between_quotes(struct qp_engine *e, struct attr *a)
{
	int words = 0;

	if (a->prevq == NO || !e->qs[a->prevq].have_spk)
		return 0;
	for (int t = e->qs[a->prevq].c + 1; t < a->q->o; t++)
		words += is_word(e, t) && e->tok[t].q == NO;
	if (a->q->kind == QP_PARTIAL && a->q->words <= 2 && words > 5)
		return 0;
	qp_copy_speaker(e, a->q, &e->qs[a->prevq]);
	a->cue = e->qs[a->prevq].cue;
	a->adjacent = 1;
	return 0;
}


/* "((WN)) On your website you state "…"": in an interviewer's question
 * the one addressed is the person interviewed. */
static int
interviewer_you(struct qp_engine *e, struct attr *a)
{
	int who, you = NO;

	if (e->ntok < 6 || !tok_punct(e, 0, '(') || !tok_punct(e, 1, '(') ||
	    !is_word(e, 2) || !tok_punct(e, 3, ')') || !tok_punct(e, 4, ')'))
		return 0;
	for (int t = a->ss; t < a->q->o && you == NO; t++)
		if (is_word(e, t) &&
		    (tok_is(e, t, "you") || tok_is(e, t, "your")))
			you = t;
	if (you == NO || (who = qp_interviewee(e)) == NO)
		return 0;
	{
		char name[256];
		const struct entity *x = &e->ent[who];
		qp_copy_str(name, sizeof name, e->arena + x->name, x->nlen);
		qp_set_speaker_str(e, a->q, name, "");
	}
	a->q->ent = who;
	a->q->spk_kind = QP_SK_PERSON;
	a->cue = you;
	a->adjacent = 1;
	return 1;
}

/* Is token t "I", "I'm" or "we" (the one answering for a team)? */
static int
first_person(const struct qp_engine *e, int t)
{
	return tok_is(e, t, "i") || tok_is(e, t, "i'm") ||
	    tok_is(e, t, "i\xe2\x80\x99m") || tok_is(e, t, "we");
}

/* The one answering an interview turn (name) said quotation a->q, as
 * the words [ts, te) say ("I said", "my blog post"), cue at cue. */
static int
credit_turn(struct qp_engine *e, struct attr *a, const char *name, int ts,
    int te, int cue)
{
	qp_set_speaker_str(e, a->q, name, "");
	a->q->mtx = qp_ob_span(e, ts, te, &a->q->mtx_len);
	a->q->spk_kind = QP_SK_PERSON;
	a->cue = cue;
	a->adjacent = 1;
	return 1;
}

/* "((Ann Berg)) … and I said, "…"", "I was like: "…"", "Then I
 * thought: "…"", "the quiet made me wonder, "…"": in an interview's answer the first
 * person right before the quotation is the one answering. */
static int
first_person_turn(struct qp_engine *e, struct attr *a)
{
	int v = a->q->o - 1, t;
	char name[128];

	while (v > a->stop && (tok_punct(e, v, ',') || tok_punct(e, v, ':')))
		v--;
	if (v <= a->stop || !is_word(e, v) ||
	    !(qp_verb_tok(e, v) || tok_is(e, v, "like") ||
	        tok_is(e, v, "thought") || tok_is(e, v, "wonder")))
		return 0;
	for (t = v - 1; t >= a->stop && t >= v - 3; t--) {
		if (!is_word(e, t))
			return 0;
		if (first_person(e, t) ||
		    (t == v - 1 && tok_is(e, t, "me") &&
		        tok_is(e, v, "wonder")))
			break;
		if (!(e->tok[t].fl & F_LOWER) || e->tok[t].men >= 0 ||
		    (tok_lex(e, t) & QL_PRON))
			return 0;
	}
	if (t < a->stop || t < v - 3)
		return 0;
	if (!qp_turn_speaker(e, name, sizeof name)) {
		/* "To voters, I say, "…"" with no turn label: the person
		 * the document is about */
		int who = qp_interviewee(e);
		if (who == NO || tok_is(e, t, "we") || !qp_verb_tok(e, v))
			return 0;
		qp_copy_str(name, sizeof name, e->arena + e->ent[who].name,
		    e->ent[who].nlen);
	}
	return credit_turn(e, a, name, t, t + 1, v);
}

/* "((Ann Berg)) … The last line of my statement was "…"": a text
 * of the first person's in an interview answer is the one answering's. */
static int
my_text_in_turn(struct qp_engine *e, struct attr *a)
{
	char name[128];

	for (int t = a->stop; t < a->q->o; t++) {
		if (!is_word(e, t) || !tok_is(e, t, "my"))
			continue;
		for (int u = t + 1; u < a->q->o && u <= t + 3; u++)
			if (is_word(e, u) && (tok_lex(e, u) & QL_DOC) &&
			    qp_turn_speaker(e, name, sizeof name))
				return credit_turn(e, a, name, t, u + 1, u);
	}
	return 0;
}

/* The order in which the cue and the speaker are looked for. Each rule
 * runs while no speaker is found, except those marked always. */
static const struct find_rule {
	int (*run)(struct qp_engine *, struct attr *);
	int always;
} find_rules[] = {
	{ interviewer_you, 0 },
	{ first_person_turn, 0 },
	{ my_text_in_turn, 0 },
	{ after_as_clause, 0 },
	{ after_dash, 0 },
	{ after_exclamation, 0 },
	{ after_words_of, 0 },
	{ after_verb, 0 },
	{ after_according, 0 },
	{ according_at_end, 0 },
	{ after_subject_verb, 0 },
	{ qp_before_quote, 0 },
	{ intro_colon, 0 },
	{ quoted_source, 1 },
	{ credited_saying, 1 },
	{ between_quotes, 0 },
};

/* ---- no cue of its own ---- */

/* "…" with three lower-case words or fewer and no cue: no quotation. */
static int
carry_short_partial(struct qp_engine *e, struct attr *a)
{
	(void)e;
	if (a->q->kind != QP_PARTIAL || a->q->words >= 4)
		return 0;
	a->q->keep = 0;
	return 1;
}

/* From Chairwoman Ann Lee:\n\n"We will appeal." -> Ann Lee: the speaker
 * of a paragraph ending in a colon (qp_colon_intro). */
static int
carry_colon(struct qp_engine *e, struct attr *a)
{
	if (a->qi != 0 || a->q->o != 0 || e->colon_para != e->para - 1)
		return 0;
	qp_set_speaker_str(e, a->q, e->colon_spk, e->colon_men);
	a->q->ent = e->colon_ent;
	a->q->spk_kind = e->colon_kind;
	return 1;
}

/* A quotation that runs on from the paragraph before: its speaker. */
static int
carry_run_on(struct qp_engine *e, struct attr *a)
{
	if (a->qi != 0 || !e->run_open || a->q->o != 0)
		return 0;
	qp_set_speaker_str(e, a->q, e->run_spk, e->run_men);
	a->q->ent = e->run_ent;
	a->q->spk_kind = e->run_kind;
	a->q->cont_before = 1;
	return 1;
}

/* Lisa Mancini has been cosplaying for two years, her "passion" for the
 * hobby "stemmed through my love for Halloween." -> Lisa Mancini: the
 * subject of the sentence, before the quotation. */
static int
carry_subject(struct qp_engine *e, struct attr *a)
{
	int subj;

	if (a->ss >= a->q->o)
		return 0;
	subj = qp_sentence_subject(e, a->sent);
	if (subj == NO || e->men[subj].te > a->q->o)
		return 0;
	qp_speaker_from_mention(e, a->q, subj);
	return 1;
}

/* Smith spoke first. "…" -> Smith: the speaker of the last quotation in
 * the sentence before, else that sentence's subject. */
static int
carry_sentence_before(struct qp_engine *e, struct attr *a)
{
	int subj;

	if (a->sent <= 0)
		return 0;
	for (size_t p = a->qi; p-- > 0;) {
		const struct quote *pq = &e->qs[p];
		if (!pq->keep || !pq->have_spk)
			continue;
		if (e->tok[pq->o].sent >= a->sent - 1) {
			qp_copy_speaker(e, a->q, pq);
			return 1;
		}
		break;
	}
	subj = qp_sentence_subject(e, a->sent - 1);
	if (subj == NO)
		return 0;
	qp_speaker_from_mention(e, a->q, subj);
	return 1;
}

/* A paragraph opening with a quotation, a speaker quoted in the last two
 * paragraphs: that speaker goes on. */
static int
carry_paragraph_start(struct qp_engine *e, struct attr *a)
{
	if (a->ss != 0 || e->last_spk_para < e->para - 2 || !e->last_spk[0])
		return 0;
	qp_set_speaker_str(e, a->q, e->last_spk, e->last_men);
	a->q->ent = e->last_spk_ent;
	a->q->spk_kind = e->last_kind;
	return 1;
}

/* A quotation of four words or more: the document's last speaker (a
 * guess the paragraph after may correct, see qp_quote.guessed); a
 * shorter one is no quotation. */
static int
carry_last_speaker(struct qp_engine *e, struct attr *a)
{
	a->q->far = 1;
	if (e->last_spk[0] && a->q->words >= 4) {
		qp_set_speaker_str(e, a->q, e->last_spk, e->last_men);
		a->q->ent = e->last_spk_ent;
		a->q->spk_kind = e->last_kind;
		return 1;
	}
	if (a->q->words < 4)
		a->q->keep = 0;
	return 1;
}

/* The order of the rules for a quotation with no cue: the first that
 * decides ends it. */
static int (*const carry_rules[])(struct qp_engine *, struct attr *) = {
	carry_short_partial,
	carry_colon,
	carry_run_on,
	carry_subject,
	carry_sentence_before,
	carry_paragraph_start,
	carry_last_speaker,
};

/* Is the quotation a sentence of its own right after a quotation of a
 * named speaker? "We won," Mary Smith said. "It's over." */
static int
follows_quote(const struct qp_engine *e, const struct attr *a)
{
	const struct quote *q = a->q;

	if (a->qi == 0 && q->o == 0 && e->colon_para == e->para - 1)
		return 1; /* introduced by the paragraph before */
	if (q->first >= q->last || !(e->tok[q->first].fl & F_CAP) ||
	    !tok_terminal(e, q->last - 1))
		return 0;
	for (size_t p = a->qi; p-- > 0;) {
		const struct quote *pq = &e->qs[p];
		if (pq->keep)
			return pq->have_spk && pq->spk_len &&
			    e->tok[pq->o].sent >= a->sent - 1;
	}
	return a->qi == 0 && a->ss == 0 && e->last_spk[0] &&
	    e->last_spk_para == e->para - 1;
}

/* Is the cue in a subordinate clause opening the sentence, the quotation
 * in the main one? "When Trump tweeted that …, Twitter placed a
 * disclaimer "fact checking" the tweet": no cue for a few words. Not
 * "She told a guard, in French, "they raped me"". */
static int
cue_across_clause(const struct qp_engine *e, const struct attr *a)
{
	int s = a->ss;

	if (a->cue == NO || a->cue > a->q->o || a->adjacent ||
	    a->q->words > 3 || !qp_subordinator(e, s))
		return 0;
	for (int t = a->cue + 1; t < a->q->o; t++)
		if (tok_punct(e, t, ','))
			return 1;
	return 0;
}

/* Is the quotation of a title inside a name, between two capitalised
 * words: "Ann Lee Hosts First "Teachers of the Year" State Dinner"?  Not
 * "Mayor Says "We Will Rebuild" After Flood". */
static int
inside_a_name(const struct qp_engine *e, const struct quote *q)
{
	int b = q->o - 1, n = q->c + 1;

	if (q->c == NO || b < 0 || n >= (int)e->ntok || q->last <= q->first ||
	    e->tok[q->last - 1].type == TK_PUNCT)
		return 0;
	return is_word(e, b) && (e->tok[b].fl & F_CAP) && is_word(e, n) &&
	    (e->tok[n].fl & F_CAP) && e->tok[q->o].s > e->tok[b].e &&
	    e->tok[n].s > e->tok[q->c].e &&
	    !(tok_lex(e, b) & (QL_VERB | QL_PREP | QL_CONJ)) &&
	    !(tok_lex(e, n) & (QL_VERB | QL_PREP | QL_CONJ));
}

/* Decide whether quotation qi is one and find its speaker. */
void
qp_attribute(struct qp_engine *e, size_t qi)
{
	struct quote *q = &e->qs[qi];
	struct attr a = { .qi = qi, .q = q, .men = NO, .cue = NO };
	int said_before, follows;

	a.sent = e->tok[q->o].sent;
	a.ss = qp_first_of_sentence(e, q->o);
	a.se = q->c == NO ? (int)e->ntok : end_of_sentence(e, q->c);
	a.prevq = quote_before_in_sentence(e, qi);
	a.stop = a.prevq != NO ? e->qs[a.prevq].c + 1 : a.ss;

	for (size_t i = 0; i < sizeof find_rules / sizeof *find_rules; i++)
		if (find_rules[i].always || (a.men == NO && !q->have_spk))
			find_rules[i].run(e, &a);

	/* is it a quotation? */
	said_before = a.cue != NO && a.cue < q->o && qp_verb_tok(e, a.cue) &&
	    !(tok_lex(e, a.cue) & QL_CALL) && !qp_ing_word(e, a.cue);
	follows = a.men == NO && a.cue == NO && !q->have_spk &&
	    follows_quote(e, &a);
	if (qp_looks_like_term(e, q,
	        ((a.cue != NO || a.men != NO) && !cue_across_clause(e, &a)) ||
	            follows,
	        a.adjacent || follows, said_before) &&
	    q->kind != QP_HEADLINE) {
		q->keep = 0;
		return;
	}
	if (q->kind == QP_HEADLINE &&
	    ((q->words <= 3 && a.cue == NO && a.men == NO) ||
	        inside_a_name(e, q))) {
		q->keep = 0;
		return;
	}

	q->cue = a.cue;
	if (a.men != NO) {
		qp_speaker_from_mention(e, q, a.men);
		return;
	}
	if (q->have_spk)
		return;
	for (size_t i = 0; i < sizeof carry_rules / sizeof *carry_rules; i++)
		if (carry_rules[i](e, &a))
			return;
}
