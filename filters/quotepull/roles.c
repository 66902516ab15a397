/* roles.c: role and group phrases as mentions: "the COO", "one
 * passenger", "police", "party leaders", "residents of Kellwick", "the
 * players' union", "Forty retired diplomats", and the descriptions that
 * name a speaker only after a quotation ('"…," the suspect said'). */
#include <string.h>

#include "engine.h"

/* Does the plural role h keep the one word before it as its group's
 * name: '"...," party leaders said', "police and county officials"?
 * Only a plain lower-case word right after punctuation, a conjunction
 * or a speech verb ("while union leaders called it", "said opposition
 * leaders"): not "they had women", "hate gay people". */
static int
group_modifier(const struct qp_engine *e, int h)
{
	int m = h - 1;

	if (!(tok_lex(e, h) & QL_PLURAL) || !is_word(e, m) ||
	    e->tok[m].q != NO || e->tok[m].men != NO ||
	    (e->tok[m].fl & (F_POSS | F_HYPH)) || !(e->tok[m].fl & F_LOWER) ||
	    memchr(e->s + e->tok[m].s, '\'', e->tok[m].e - e->tok[m].s) ||
	    (tok_lex(e, m) &
	        (QL_VERB | QL_PREP | QL_PRON | QL_STOPCAP | QL_DET | QL_CONJ |
	            QL_ARTICLE)))
		return 0;
	return m == 0 || !is_word(e, m - 1) ||
	    (tok_lex(e, m - 1) & (QL_CONJ | QL_VERB));
}


/* Is token k the apostrophe of a plural possessive, "players'" in "the
 * players' union": a mark right after a lower-case word ending in s, a
 * space after it? */
static int
plural_possessive(const struct qp_engine *e, int k)
{
	const struct tok *t = &e->tok[k], *w = &e->tok[k - 1];
	size_t n = t->e - t->s;

	return t->type == TK_MARK && k > 0 && t->q == NO &&
	    w->type == TK_WORD && (w->fl & F_LOWER) && w->e == t->s &&
	    e->s[w->e - 1] == 's' && (size_t)k + 1 < e->ntok &&
	    e->tok[k + 1].s > t->e &&
	    ((n == 1 && e->s[t->s] == '\'') ||
	        (n == 3 && e->s[t->s] == 0xE2 && e->s[t->s + 1] == 0x80 &&
	            e->s[t->s + 2] == 0x99));
}

/* Is token t a cardinal number, "200", "Forty", "twenty-five", "a
 * dozen"'s "dozen"? */
int
qp_cardinal(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];
	size_t n = k->e - k->s;

	if (k->type == TK_NUM) {
		for (size_t i = k->s; i < k->e; i++)
			if (!(e->s[i] >= '0' && e->s[i] <= '9') &&
			    e->s[i] != ',')
				return 0;
		return 1;
	}
	if (k->type != TK_WORD)
		return 0;
	if (tok_lex(e, t) & QL_CARDINAL)
		return 1;
	for (size_t i = k->s; i < k->e; i++)
		if (e->s[i] == '-')
			n = i - k->s; /* "twenty-five": its first part */
	return n < k->e - k->s &&
	    (qp_lex_flags(e, e->s + k->s, n) & QL_CARDINAL) != 0;
}

/* A role phrase ending at head h: "the COO", "one passenger", "Day's animal
 * foundation", "police". */
void
qp_role_mention(struct qp_engine *e, int h)
{
	int ts = h, indef = 0, det = 0, pns = NO, pne = NO, ptok = NO,
	    one_of = 0;
	struct mention *m;

	for (int k = h - 1; k >= 0 && h - k <= 4; k--) {
		const struct tok *t = &e->tok[k];
		/* "Erdogan's office": the possessor belongs to the phrase */
		if (t->men >= 0 && (t->fl & F_POSS) &&
		    e->men[t->men].te == k + 1 &&
		    e->men[t->men].kind != MN_PRON) {
			ts = e->men[t->men].ts;
			pns = e->men[t->men].ns;
			pne = e->men[t->men].ne;
			det = 1;
			break;
		}
		if (t->q == NO && t->men == NO && qp_age_tok(e, k)) {
			ts = k; /* "the 45-year-old man" */
			continue;
		}
		/* "the Lind campaign", "the Roe family": a name between the
		 * article and the head qualifies it */
		/* "17 Nobel Prize winners": after a number, a group */
		if (t->men >= 0 && !(t->fl & F_POSS) &&
		    e->men[t->men].te == k + 1 &&
		    e->men[t->men].kind == MN_NAME && e->men[t->men].ts > 0 &&
		    (tok_is(e, e->men[t->men].ts - 1, "the") ||
		        ((tok_lex(e, h) & QL_PLURAL) &&
		            e->tok[e->men[t->men].ts - 1].men == NO &&
		            qp_cardinal(e, e->men[t->men].ts - 1)))) {
			ts = e->men[t->men].ts - 1;
			det = 1;
			break;
		}
		if (t->q == NO && t->men == NO && qp_cardinal(e, k) &&
		    (tok_lex(e, h) & QL_PLURAL)) {
			ts = k; /* "Forty retired diplomats said": a group */
			det = 1;
			break;
		}
		/* "the players' union": a plural possessive qualifies it,
		 * the role phrase just found before it ("the players") too */
		if (plural_possessive(e, k)) {
			int pm = e->tok[k - 1].men;
			if (pm == NO) {
				ts = --k;
				continue;
			}
			if (pm != (int)e->nmen - 1 ||
			    e->men[pm].kind != MN_ROLE || e->men[pm].te != k)
				break;
			ts = e->men[pm].ts;
			det = 1;
			e->nmen--;
			break;
		}
		if (t->q != NO || t->men != NO || t->type != TK_WORD)
			break;
		if (ptok_lex(e, t) & (QL_DET | QL_ARTICLE)) {
			ts = k;
			det = 1;
			indef = (ptok_lex(e, t) & QL_INDEF) != 0;
			break;
		}
		if (t->fl & F_POSS) {
			ts = k;
			ptok = k;
			det = 1;
			break;
		}
		if ((ptok_lex(e, t) &
		        (QL_VERB | QL_PREP | QL_PRON | QL_STOPCAP)) ||
		    !(t->fl & F_LOWER))
			break;
		ts = k;
	}
	if (!det)
		ts = group_modifier(e, h) ? h - 1 : h; /* bare: "police said" */
	/* "One of the victims said": one person of a group */
	if (det && ts >= 2 && tok_is(e, ts - 1, "of") && is_word(e, ts - 2) &&
	    (tok_is(e, ts - 2, "one") || tok_is(e, ts - 2, "another")) &&
	    e->tok[ts - 2].men == NO) {
		ts -= 2;
		indef = 1;
		one_of = 1;
	}
	m = qp_add_mention(e, ts, h + 1, h, h + 1, MN_ROLE);
	m->indef = indef;
	m->gender = tok_lex(e, h) & (QL_FEM | QL_MASC);
	m->plural = (tok_lex(e, h) & QL_PLURAL) != 0 && !one_of;
	m->poss_ns = pns;
	m->poss_ne = pne;
	m->poss_tok = ptok;
	(void)det;
}

/* The end of the places a group is from, after its plural head at k - 1:
 * "residents of Kellwick", "ministers from Peru, Chile and Bolivia" (the
 * group speaks, not the last place); k when there are none.  Capitalised
 * words joined by commas and "and", no person after them ("officials of
 * Ford and John Smith": a given name and another capitalised word). */
int
qp_group_origin(const struct qp_engine *e, int k)
{
	int j = k + 1, end = k;

	if (j >= (int)e->ntok || !is_word(e, k) ||
	    !(tok_is(e, k, "of") || tok_is(e, k, "from")))
		return k;
	while (j < (int)e->ntok && j < k + 16 &&
	    e->tok[j].sent == e->tok[k].sent && qp_cap_word(e, j) &&
	    !(tok_lex(e, j) & (QL_TITLE | QL_ROLE))) {
		while (j < (int)e->ntok && e->tok[j].sent == e->tok[k].sent &&
		    qp_cap_word(e, j))
			j++;
		end = j;
		/* ", and" */
		if (j < (int)e->ntok && tok_punct(e, j, ','))
			j++;
		if (j < (int)e->ntok && is_word(e, j) && tok_is(e, j, "and"))
			j++;
		if (j == end ||
		    ((tok_lex(e, j) & QL_GIVEN) && qp_cap_word(e, j + 1)))
			break;
	}
	return end;
}

/* The role phrase ending at head h, a plural one with the places its
 * group is from ("Residents of Kellwick said"); returns the token after
 * it. */
int
qp_group_mention(struct qp_engine *e, int h)
{
	struct mention *m;
	int end;

	qp_role_mention(e, h);
	m = &e->men[e->nmen - 1];
	if (!m->plural || m->indef)
		return h + 1;
	end = qp_group_origin(e, h + 1);
	for (int k = h + 1; k < end; k++)
		e->tok[k].men = (int)e->nmen - 1;
	m->te = end > h + 1 ? end : h + 1;
	return m->te;
}

/* Does token t follow the closing mark of a quotation, '…," t' or
 * '…", t'? */
static int
after_quote(const struct qp_engine *e, int t)
{
	if (t >= 2 && tok_punct(e, t - 1, ',')) /* '…", the' */
		return e->tok[t - 2].type == TK_MARK &&
		    e->tok[t - 2].mr != MR_OPEN;
	return t >= 2 && e->tok[t - 1].type == TK_MARK && /* '…," the' */
	    e->tok[t - 1].mr != MR_OPEN &&
	    (tok_punct(e, t - 2, ',') || tok_punct(e, t - 2, '?') ||
	        tok_punct(e, t - 2, '!'));
}

/* A description no lexicon knows as the speaker of the quotation before
 * it: '"…," the suspect said', '"…," said the 45-year-old.', the head h
 * with "the" and up to one lower-case word before it.  Returns the
 * phrase's first token, or NO. */
int
qp_description(const struct qp_engine *e, int h)
{
	int ts = h - 1;

	if (ts < 1 || e->tok[h].q != NO)
		return NO;
	if (is_word(e, ts) && !tok_is(e, ts, "the") &&
	    (e->tok[ts].fl & F_LOWER) && e->tok[ts].men == NO)
		ts--; /* "the young suspect" */
	if (!is_word(e, ts) || !tok_is(e, ts, "the") || ts < 2)
		return NO;
	/* '"…," the suspect said' */
	if (after_quote(e, ts) && h + 1 < (int)e->ntok && is_word(e, h + 1) &&
	    (e->tok[h + 1].fl & F_LOWER) && (tok_lex(e, h + 1) & QL_VERB))
		return ts;
	/* '"…," said the suspect.' */
	if (is_word(e, ts - 1) && (e->tok[ts - 1].fl & F_LOWER) &&
	    (tok_lex(e, ts - 1) & QL_VERB) && after_quote(e, ts - 1) &&
	    (h + 1 == (int)e->ntok || e->tok[h + 1].type == TK_PUNCT))
		return ts;
	return NO;
}
