/* names.c: the document's names. Each name mention is registered as an
 * entity (a person or an organisation, its titles, gender and salience);
 * a one-word mention goes to the latest fuller name holding the word
 * ("Ren" -> "Ren Zhengfei"). The hash table of full names and of their
 * first and last words that finds the entity is in index.c. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "names.h"

/* The lexicon flags of token t, looked up even where tok_lex does not
 * (in a paragraph with no quotation mark). */
static uint32_t
lex_now(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	return k->lexp || k->lex ? tok_lex(e, t)
	                         : qp_lex_flags(e, e->s + k->s, k->stem);
}

/* The word qualifying the title at token t, "health" in "the health
 * minister" or "Health Minister Ann Lee", "Aviation" in "Civil Aviation
 * Minister", or NO; "the new minister" has none (QL_STATUS,
 * lex/title_status.lst). */
static int
title_modifier(const struct qp_engine *e, int t)
{
	const struct tok *k;
	int m = t - 1;

	if (m < 0 || !is_word(e, m) || e->tok[m].sent != e->tok[t].sent ||
	    e->tok[m].q != NO || (e->tok[m].fl & F_POSS) ||
	    (lex_now(e, m) &
	        (QL_DET | QL_PREP | QL_CONJ | QL_VERB | QL_PRON | QL_INDEF |
	            QL_STOPCAP | QL_STATUS)) ||
	    qp_age_tok(e, m))
		return NO;
	k = &e->tok[m];
	if (k->e - k->s > 30 || (e->s[k->s] >= '0' && e->s[k->s] <= '9'))
		return NO;
	return m;
}

/* What qualifies title t: a rank in the title's run before it ("Deputy
 * Prime Minister": deputy), else the word before it ("health minister"),
 * else the name of its field after it ("Minister of Economy"); NO when
 * nothing does. */
static int
title_qualifier(const struct qp_engine *e, int t)
{
	for (int m = t - 1; m >= 0 && m >= t - 4; m--) {
		uint32_t f;
		if (!is_word(e, m) || e->tok[m].sent != e->tok[t].sent)
			break;
		f = lex_now(e, m);
		if (f & QL_RANK)
			return m;
		if (!(f & QL_TITLE) && !(e->tok[m].fl & F_CAP))
			break;
	}
	if (title_modifier(e, t) != NO)
		return title_modifier(e, t);
	/* "Minister of Economy": the economy minister */
	if (t + 2 < (int)e->ntok && is_word(e, t + 1) &&
	    (tok_is(e, t + 1, "of") || tok_is(e, t + 1, "for")) &&
	    is_word(e, t + 2) && (e->tok[t + 2].fl & F_CAP) &&
	    !(lex_now(e, t + 2) & (QL_STOPCAP | QL_DET)))
		return t + 2;
	return NO;
}

/* Give entity x the title s[0..n) ("coach", "45-year-old"). */
static void
ent_add_title_str(
    struct qp_engine *e, struct entity *x, const unsigned char *s, size_t n)
{
	if (x->ntitles >= 4 || n > 30)
		return;
	for (int i = 0; i < x->ntitles; i++)
		if (x->tlen[i] == n &&
		    strncasecmp(e->arena + x->titles[i], (const char *)s, n) ==
		        0)
			return;
	x->titles[x->ntitles] = qp_arena_put(e, s, n, 1);
	x->tlen[x->ntitles++] = (uint8_t)n;
}

static void
ent_add_title(struct qp_engine *e, struct entity *x, int t)
{
	const struct tok *k = &e->tok[t];
	size_t n = k->e - k->s;
	int had = x->ntitles, mod;

	if (!(lex_now(e, t) & QL_TITLE) && !qp_age_tok(e, t))
		return;
	if (k->s + n <= e->n && e->s[k->e - 1] == '.')
		n--;
	ent_add_title_str(e, x, e->s + k->s, n);
	if (x->ntitles > had) {
		x->tmodlen[had] = 0;
		if ((mod = title_qualifier(e, t)) != NO) {
			const struct tok *m = &e->tok[mod];
			x->tmods[had] = qp_arena_put(
			    e, e->s + m->s, m->e - m->s, 1);
			x->tmodlen[had] = (uint8_t)(m->e - m->s);
		}
	}
}

/* "Karl Olsen, 45, was": the age after a person's name, a title for "the
 * 45-year-old" later. */
static void
age_title(struct qp_engine *e, struct entity *x, int t)
{
	static const char tail[] = "-year-old";
	const struct tok *k = &e->tok[t];
	unsigned char buf[16];
	size_t n = k->e - k->s;

	if (t + 1 >= (int)e->ntok || k->type != TK_NUM || n > 3 ||
	    e->tok[t + 1].type != TK_PUNCT ||
	    !(tok_punct(e, t + 1, ',') || tok_punct(e, t + 1, ')')))
		return;
	for (size_t i = 0; i < n; i++)
		if (e->s[k->s + i] < '0' || e->s[k->s + i] > '9')
			return;
	memcpy(buf, e->s + k->s, n);
	memcpy(buf + n, tail, sizeof tail - 1);
	ent_add_title_str(e, x, buf, n + sizeof tail - 1);
	x->person = 1;
}

static int
ent_has_title(const struct qp_engine *e, const struct entity *x, int t)
{
	const struct tok *k = &e->tok[t];
	size_t n = k->e - k->s;

	if (e->s[k->e - 1] == '.')
		n--;
	for (int i = 0; i < x->ntitles; i++)
		if (x->tlen[i] == n &&
		    strncasecmp(e->arena + x->titles[i],
		        (const char *)e->s + k->s, n) == 0)
			return i + 1;
	return 0;
}

/* Does the text around name m show a person? "Agnès Callamard, a UN
 * rapporteur, …", "Kino Gabriel said". */
static int
person_context(const struct qp_engine *e, const struct mention *m)
{
	int t = m->te;

	if (m->kind != MN_NAME || t >= (int)e->ntok)
		return 0;
	/* "Kino Gabriel said", not "Vizmedia dubbed" */
	if (is_word(e, t) && (tok_lex(e, t) & QL_VERB) &&
	    !(tok_lex(e, t) & QL_CALL) && (e->tok[t].fl & F_LOWER))
		return 1;
	if (!tok_punct(e, t, ',') || !is_word(e, t + 1) ||
	    !(tok_lex(e, t + 1) & QL_DET))
		return 0;
	for (int k = t + 2; k < (int)e->ntok && k < t + 6; k++) {
		if (!is_word(e, k))
			return 0;
		if ((tok_lex(e, k) & QL_ROLE) &&
		    !(tok_lex(e, k) & (QL_ORGISH | QL_PLURAL)))
			return 1;
	}
	return 0;
}

/* Is name mention m the subject of its sentence: its first mention, not
 * after a preposition, before the sentence's first verb? */
static int
subject_of_sentence(
    const struct qp_engine *e, const struct mention *m, int in_pp)
{
	int t = m->ts;

	if (e->tok[t].q != NO || in_pp || (e->tok[m->ne - 1].fl & F_POSS))
		return 0;
	for (t = m->ts - 1; t >= 0 && e->tok[t].sent == m->sent; t--) {
		if (m->ts - t > 16)
			return 0; /* far into a long sentence */
		/* "…, while Interior Minister Joachim Brudziński wrote": the
		 * subject of a clause */
		if (is_word(e, t) && (tok_lex(e, t) & QL_CONJ) &&
		    (e->tok[t].fl & F_LOWER) && !tok_is(e, t, "as") &&
		    !tok_is(e, t, "that") && !tok_is(e, t, "and") &&
		    !tok_is(e, t, "or") && !tok_is(e, t, "which") &&
		    !tok_is(e, t, "who") && !tok_is(e, t, "whom") &&
		    !tok_is(e, t, "whose"))
			return 1;
		/* a lone capital opening the sentence ("Refusing to …, Mugabe")
		 * is rarely a name */
		if (e->tok[t].q != NO ||
		    (e->tok[t].men >= 0 &&
		        e->men[e->tok[t].men].kind != MN_PRON &&
		        !e->men[e->tok[t].men].weak) ||
		    qp_verb_tok(e, t))
			return 0;
	}
	return 1;
}


/* Does mention m open its sentence, after "The" at most? */
static int
opens_sentence(const struct qp_engine *e, const struct mention *m)
{
	int t = m->ts;

	if (t > 0 && e->tok[t - 1].sent == m->sent && is_word(e, t - 1) &&
	    tok_is(e, t - 1, "the"))
		t--;
	return sentence_initial(e, t);
}

/* Is token t a definite determiner: "the", "his", "the ministry's"? */
static int
definite(const struct qp_engine *e, int t)
{
	return tok_is(e, t, "the") || tok_is(e, t, "his") ||
	    tok_is(e, t, "her") || tok_is(e, t, "its") ||
	    tok_is(e, t, "their") || (e->tok[t].fl & F_POSS);
}

/* Does the noun phrase end after token h: "spokeswoman." "spokeswoman
 * for the ministry", not "major conduit"? */
static int
phrase_ends_after(const struct qp_engine *e, int h)
{
	return !is_word(e, h + 1) ||
	    (lex_now(e, h + 1) & (QL_PREP | QL_CONJ | QL_VERB));
}

/* "Jane Doe, a spokeswoman for the ministry,", "Jane Doe, the company's
 * chief executive,": the role given in apposition from token t is a title
 * of the person, for "the spokeswoman said" later.  As a predicate ("Jane
 * Doe is the ministry's spokeswoman") the title must end its phrase:
 * "The Andaman Sea is a major conduit" gives no "major".  With predicate
 * 2 ("was appointed chief executive") the role needs no determiner. */
static void
apposition_title(struct qp_engine *e, struct entity *x, int t, int predicate)
{
	for (int k = t; k < (int)e->ntok && k < t + 6; k++) {
		uint32_t f;
		/* "Jane Doe, a spokeswoman for …": the role phrase's head */
		if (k == t && e->tok[k].men >= 0 &&
		    e->men[e->tok[k].men].ts == k &&
		    e->men[e->tok[k].men].kind == MN_ROLE &&
		    !e->men[e->tok[k].men].plural) {
			if (predicate &&
			    ((predicate == 1 && !definite(e, k)) ||
			        !phrase_ends_after(
			            e, e->men[e->tok[k].men].ne - 1)))
				return;
			ent_add_title(e, x, e->men[e->tok[k].men].ne - 1);
			x->person |= !predicate;
			return;
		}
		if (!is_word(e, k) || e->tok[k].q != NO || e->tok[k].men >= 0)
			return;
		f = lex_now(e, k);
		if (k == t && !(f & (QL_DET | QL_TITLE)))
			return;
		/* a predicate names one: "is the spokeswoman", not "was a
		 * physicist" or "was Prime Minister" */
		if (k == t && predicate == 1 && !definite(e, k))
			return;
		if ((f & QL_TITLE) && !(f & QL_PLURAL) &&
		    !(e->tok[k].fl & F_POSS)) {
			while (is_word(e, k + 1) &&
			    (lex_now(e, k + 1) & QL_TITLE) &&
			    !(lex_now(e, k + 1) & QL_PLURAL) &&
			    !(e->tok[k + 1].fl & F_POSS))
				k++; /* "chief executive": the last heads */
			if (predicate && !phrase_ends_after(e, k))
				return;
			ent_add_title(e, x, k);
			x->person |= !predicate;
			return;
		}
		if (f & (QL_VERB | QL_PREP | QL_CONJ))
			return;
	}
}

/* The length of "appointed", "named as", "elected" at token t after a
 * copula ("was appointed chief executive"), or 0. */
static int
appointed_at(const struct qp_engine *e, int t)
{
	if (!is_word(e, t) || e->tok[t].q != NO ||
	    !(tok_is(e, t, "appointed") || tok_is(e, t, "named") ||
	        tok_is(e, t, "elected") || tok_is(e, t, "made")))
		return 0;
	return is_word(e, t + 1) && tok_is(e, t + 1, "as") ? 2 : 1;
}

/* The length of a copula at token t that gives a person a role, "is",
 * "was", "became", "has been", "serves as", or 0. */
static int
copula_at(const struct qp_engine *e, int t)
{
	if (!is_word(e, t) || !(e->tok[t].fl & F_LOWER) || e->tok[t].q != NO)
		return 0;
	if (tok_is(e, t, "became") || tok_is(e, t, "remains") ||
	    tok_is(e, t, "remained"))
		return 1;
	if ((tok_is(e, t, "has") || tok_is(e, t, "had")) && is_word(e, t + 1) &&
	    tok_is(e, t + 1, "been"))
		return 2 + appointed_at(e, t + 2);
	if (tok_is(e, t, "was") || tok_is(e, t, "is"))
		return 1 + appointed_at(e, t + 1);
	if ((tok_is(e, t, "serves") || tok_is(e, t, "served") ||
	        tok_is(e, t, "acts") || tok_is(e, t, "acted")) &&
	    is_word(e, t + 1) && tok_is(e, t + 1, "as"))
		return 2;
	return 0;
}

/* "The ministry's spokeswoman was Jane Roe", "The new coach is Tom Baker":
 * the role given as the subject before a copula and the name of mention
 * m; returns the role's head token, or NO.  The phrase opens its
 * sentence or clause with a determiner or a possessive. */
static int
role_before_copula(const struct qp_engine *e, const struct mention *m)
{
	int c, h, k;

	if (m->ts >= 2 && copula_at(e, m->ts - 1) == 1)
		c = m->ts - 1;
	else if (m->ts >= 3 && copula_at(e, m->ts - 2) == 2)
		c = m->ts - 2;
	else
		return NO;
	h = c - 1;
	if (!is_word(e, h) || e->tok[h].q != NO ||
	    (e->tok[h].fl & (F_POSS | F_ALLCAP)) ||
	    !(lex_now(e, h) & QL_TITLE) || (lex_now(e, h) & QL_PLURAL))
		return NO;
	for (k = h - 1; k >= 0 && h - k <= 3; k--) {
		if (!is_word(e, k) || e->tok[k].q != NO)
			return NO;
		if ((lex_now(e, k) & QL_DET) || (e->tok[k].fl & F_POSS))
			break;
	}
	if (k < 0 || h - k > 3 || !definite(e, k))
		return NO;
	/* the determiner of a role phrase opens the sentence or a clause */
	while (k > 0 && (e->tok[k].fl & F_POSS) && is_word(e, k - 1) &&
	    e->tok[k - 1].sent == e->tok[k].sent &&
	    (lex_now(e, k - 1) & QL_DET))
		k--; /* "the ministry's" */
	if (!(k == 0 || e->tok[k - 1].sent != e->tok[k].sent ||
	        tok_punct(e, k - 1, ',') || tok_punct(e, k - 1, ';')))
		return NO;
	return h;
}

/* "The company's spokeswoman, Anna Berg, said", "Its new coach, Tom
 * Baker, was", "The Prime Minister of Canada, Joan Miller,", "Police
 * arrested a 32-year-old man, Dean Ward,": a role before the name and a
 * comma, definite and opening its sentence, or indefinite as an object
 * with the name closed by a comma; returns the role's head token, or NO.
 * Not "In a letter to the minister, Ann Lee said" (a preposition before
 * the role). */
static int
role_before_name(const struct qp_engine *e, const struct mention *m)
{
	int h = m->ts - 2, k;

	if (h < 1 || !tok_punct(e, m->ts - 1, ','))
		return NO;
	/* the role's complement: "of Canada", "for the ministry" */
	for (int p = h; p > 1 && p >= h - 4; p--) {
		if (!is_word(e, p) || e->tok[p].q != NO)
			break;
		if (tok_is(e, p, "of") || tok_is(e, p, "for")) {
			if (p < h && (lex_now(e, p - 1) & QL_TITLE))
				h = p - 1;
			break;
		}
	}
	if (!is_word(e, h) || e->tok[h].q != NO ||
	    (e->tok[h].fl & (F_POSS | F_ALLCAP)) ||
	    !(lex_now(e, h) & QL_TITLE) || (lex_now(e, h) & QL_PLURAL))
		return NO;
	if (m->te >= (int)e->ntok ||
	    !(tok_punct(e, m->te, ',') ||
	        (is_word(e, m->te) && (lex_now(e, m->te) & QL_VERB))))
		return NO;
	for (k = h - 1; k >= 0 && h - k <= 3; k--) {
		if (qp_age_tok(e, k))
			continue;
		if (!is_word(e, k) || e->tok[k].q != NO)
			return NO;
		if (definite(e, k))
			break;
		/* "a 32-year-old man, Dean Ward,": an object */
		if ((tok_is(e, k, "a") || tok_is(e, k, "an")) &&
		    tok_punct(e, m->te, ',') && k > 0 && is_word(e, k - 1) &&
		    (e->tok[k - 1].fl & F_LOWER) &&
		    e->tok[k - 1].sent == e->tok[k].sent &&
		    !(lex_now(e, k - 1) & (QL_PREP | QL_CONJ)))
			return h;
		if (lex_now(e, k) & (QL_VERB | QL_PREP | QL_CONJ))
			return NO;
	}
	if (k < 0 || h - k > 3)
		return NO;
	while (k > 0 && (e->tok[k].fl & F_POSS) && is_word(e, k - 1) &&
	    e->tok[k - 1].sent == e->tok[k].sent &&
	    (lex_now(e, k - 1) & QL_DET))
		k--; /* "the ministry's" */
	/* the phrase opens its sentence */
	if (k > 0 && e->tok[k - 1].sent == e->tok[k].sent)
		return NO;
	return h;
}

/* Find or add the entity for name mention m; a one-word mention goes to
 * the latest fuller name holding that word ("Ren" -> "Ren Zhengfei"). */
int
qp_register_name(struct qp_engine *e, struct mention *m)
{
	int ntok = m->ne - m->ns, best, rb, in_pp;
	struct entity *x;

	if (m->ent != NO)
		return m->ent;
	if (m->kind != MN_NAME && m->kind != MN_ORG)
		return NO;
	if ((best = qp_name_entity(e, m)) == NO)
		return NO;
	x = &e->ent[best];
	x->seen = ++e->clock;
	x->count++;
	/* "in Leeds": the prepositional phrase asked about below, once */
	in_pp = qp_in_pp(e, m);
	/* "According to Muyembe, many people …": the source is salient */
	if (!in_pp || (m->ts >= 2 && qp_according_at(e, m->ts - 2)))
		x->sal = x->seen;
	/* "Lorenzo" after "Hurricane Lorenzo" names the same thing */
	if (x->place && ntok < x->ntok) {
		;
	} else {
		if ((m->person || person_context(e, m)) && !x->org)
			x->person = 1;
		if (!m->place || x->person)
			x->place = 0;
	}
	if (m->gender && !x->gender)
		x->gender = m->gender;
	if (m->ts_title != NO)
		for (int t = m->ts_title; t < m->ns; t++)
			ent_add_title(e, x, t);
	/* lower-case titles right before: "coach Tom Baker" */
	for (int t = m->ts - 1; t >= 0 && t >= m->ts - 3; t--) {
		if (e->tok[t].type != TK_WORD || !(tok_lex(e, t) & QL_TITLE) ||
		    e->tok[t].q != NO)
			break;
		ent_add_title(e, x, t);
		x->person = 1;
	}
	if (m->kind == MN_NAME && !x->org &&
	    (rb = role_before_name(e, m)) != NO) {
		ent_add_title(e, x, rb);
		x->person = 1;
		/* "a 32-year-old man, Carl Ward," -> "the 32-year-old" */
		for (int t = rb - 1; t >= 0 && t >= rb - 3; t--)
			if (qp_age_tok(e, t))
				ent_add_title(e, x, t);
	}
	if (m->kind == MN_NAME && !x->org && m->te + 1 < (int)e->ntok &&
	    tok_punct(e, m->te, ',')) {
		apposition_title(e, x, m->te + 1, 0);
		age_title(e, x, m->te + 1);
		/* "Jane Roe, who is the council's spokeswoman," */
		if (is_word(e, m->te + 1) && tok_is(e, m->te + 1, "who")) {
			int c = copula_at(e, m->te + 2);
			if (c && m->te + 2 + c < (int)e->ntok)
				apposition_title(e, x, m->te + 2 + c, 1);
		}
	}
	/* the role as a predicate: "Jane Roe is the ministry's
	 * spokeswoman", "The ministry's spokeswoman was Jane Roe" */
	if (m->kind == MN_NAME && !x->org && !m->place && !in_pp) {
		int c = copula_at(e, m->te), head, pred = 1;
		for (int k = m->te; k < m->te + c; k++)
			if (appointed_at(e, k))
				pred = 2;
		if (c && m->te + c < (int)e->ntok)
			apposition_title(e, x, m->te + c, pred);
		else if ((head = role_before_copula(e, m)) != NO)
			ent_add_title(e, x, head);
		/* the object: "The council appointed Jane Roe as its new
		 * spokeswoman" */
		else if (m->ts > 0 && appointed_at(e, m->ts - 1) == 1 &&
		    is_word(e, m->te) && tok_is(e, m->te, "as") &&
		    m->te + 1 < (int)e->ntok)
			apposition_title(e, x, m->te + 1, 0);
	}
	/* "45-year-old Karl Olsen" */
	if (m->kind == MN_NAME && !x->org && qp_age_tok(e, m->ts - 1))
		ent_add_title(e, x, m->ts - 1);
	if (x->ntok >= 2 && tok_punct(e, m->ne, '('))
		qp_acronym_alias(e, best, m->ne);
	/* the subject of its sentence: "Bloomberg endorsed his former rival,
	 * Joe Biden. "…," he said" (for "he" and "she": persons and full
	 * names only, see resolve_pronoun; for "it": no person) */
	if (m->kind == MN_NAME && !x->org &&
	    (x->person || x->ntok >= 2 || opens_sentence(e, m)) &&
	    subject_of_sentence(e, m, in_pp))
		x->subj = x->seen;
	m->ent = best;
	return best;
}

/* Register the mentions before index upto (names seen so far). */
void
qp_register_upto(struct qp_engine *e, size_t upto)
{
	for (; e->regcur < upto && e->regcur < e->nmen; e->regcur++) {
		struct mention *m = &e->men[e->regcur];
		/* "Trump said …" opening a sentence: only a name seen before */
		if ((m->kind == MN_NAME || m->kind == MN_ORG) &&
		    (!m->weak || qp_known_name(e, m)))
			qp_register_name(e, m);
	}
}

/* The last named person with the title of token t ("judge"), or NO. */
int
qp_ent_by_title(struct qp_engine *e, int t)
{
	int best = NO, mod = title_qualifier(e, t), i_t;
	uint32_t bestseen = 0;

	for (size_t i = 0; i < e->nent; i++) {
		struct entity *x = &e->ent[i];
		if (x->org || !(i_t = ent_has_title(e, x, t)))
			continue;
		/* "The local health minister said" is not Civil Aviation
		 * Minister Hardeep Singh Puri */
		if (mod != NO && x->tmodlen[i_t - 1] &&
		    (x->tmodlen[i_t - 1] != e->tok[mod].e - e->tok[mod].s ||
		        strncasecmp(e->arena + x->tmods[i_t - 1],
		            (const char *)e->s + e->tok[mod].s,
		            x->tmodlen[i_t - 1]) != 0))
			continue;
		if (x->seen >= bestseen) {
			best = (int)i;
			bestseen = x->seen;
		}
	}
	return best;
}

const char *
qp_named(struct qp_engine *e, const char *role)
{
	size_t n = strlen(role);
	int best = NO;

	for (size_t i = 0; i < e->nent; i++) {
		const struct entity *x = &e->ent[i];
		if (x->org)
			continue;
		for (int k = 0; k < x->ntitles; k++)
			if (x->tlen[k] == n &&
			    strncasecmp(e->arena + x->titles[k], role, n) ==
			        0 &&
			    (best == NO || x->seen > e->ent[best].seen))
				best = (int)i;
	}
	return best == NO ? NULL : e->arena + e->ent[best].name;
}
