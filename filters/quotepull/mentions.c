/* mentions.c: who a paragraph mentions: names (with the titles before them),
 * organisations, role phrases ("the COO", "one passenger") and pronouns,
 * from upstream <PER>/<ORG> tags first, then from capitalised runs and the
 * lexicons. */
#include <stdint.h>
#include <string.h>

#include "engine.h"
#include "words.h"

struct mention *
qp_add_mention(struct qp_engine *e, int ts, int te, int ns, int ne, int kind)
{
	struct mention *m;

	if (e->nmen == e->capmen)
		e->men = qp_grow(
		    e->men, &e->capmen, e->nmen + 1, sizeof *e->men);
	m = &e->men[e->nmen++];
	memset(m, 0, sizeof *m);
	m->ts = ts;
	m->te = te;
	m->ns = ns;
	m->ne = ne;
	m->kind = kind;
	m->sent = e->tok[ts].sent;
	m->ts_title = NO;
	m->ent = NO;
	m->poss_ns = m->poss_ne = m->poss_tok = NO;
	for (int i = ts; i < te; i++)
		e->tok[i].men = (int)(e->nmen - 1);
	return m;
}

/* Lower-case particles inside names: "Ursula von der Leyen", "bin Salman"
 * (lex/name-particles.lst). */
static int
name_particle(const struct qp_engine *e, int t)
{
	size_t n = e->tok[t].e - e->tok[t].s;

	if (e->tok[t].type != TK_WORD || !(e->tok[t].fl & F_LOWER) || n < 2 ||
	    n > 5)
		return 0;
	return (lexicon_flags(&qp_words, e->s + e->tok[t].s, n) &
	           W_NAME_PARTICLE) != 0;
}

/* A lower-case particle joined to a capitalised name: "el-Sisi", "al-Assad"
 * (lex/hyphen-particles.lst: two or three letters before the hyphen). */
static int
hyphen_particle(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];
	const unsigned char *s = e->s + k->s;
	size_t n = k->e - k->s, l;

	if (k->type != TK_WORD || !(k->fl & F_HYPH) || k->q != NO ||
	    k->men != NO)
		return 0;
	/* the hyphen and the capital after it first: most words with a
	 * hyphen near their start have no particle ("co-founder") */
	if (n > 3 && s[2] == '-')
		l = 2;
	else if (n > 4 && s[3] == '-')
		l = 3;
	else
		return 0;
	if (s[l + 1] < 'A' || s[l + 1] > 'Z')
		return 0;
	/* the list folds case; a particle is lower case ("Al-Ahly" is a
	 * name of its own) */
	for (size_t i = 0; i < l; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return (lexicon_flags(&qp_words, s, l) & W_HYPH_PARTICLE) != 0;
}

static uint32_t
gender_of_tokens(const struct qp_engine *e, int a, int b)
{
	uint32_t g = 0;

	for (int i = a; i < b; i++)
		if (tok_lex(e, i) & QL_TITLE)
			g |= tok_lex(e, i) & (QL_FEM | QL_MASC);
	return g;
}

/* Is token t the last word of a name of two words or more of this
 * paragraph before t ("Kanye West … West said"), or if doc is set of
 * the document (its first or last word)? */
static int
seen_surname(const struct qp_engine *e, int t, int doc)
{
	size_t n = e->tok[t].e - e->tok[t].s;

	if (doc && qp_name_word(e, t, 0))
		return 1;
	for (size_t x = 0; x < e->nmen; x++) {
		const struct mention *m = &e->men[x];
		const struct tok *l = &e->tok[m->ne - 1];
		if (m->kind == MN_NAME && m->ne - m->ns >= 2 && m->ne <= t &&
		    !m->place && (size_t)(l->e - l->s) == n &&
		    memcmp(e->s + l->s, e->s + e->tok[t].s, n) == 0)
			return 1;
	}
	return 0;
}

/* Classify and record the name run [ns, ne) with titles from ts. */
void
qp_name_mention(struct qp_engine *e, int ts, int ns, int ne, int has_title)
{
	struct mention *m;
	int org = 0, figure = 0;
	/* "UN" is no given name */
	uint32_t fl = tok_lex(e, ns) &
	    ((e->tok[ns].fl & F_ALLCAP) ? ~(uint32_t)QL_GIVEN : ~0u);

	if (ne <= ns)
		return;
	/* "COVID-19" (read only for a word in capitals) */
	for (size_t i = e->tok[ns].s;
	     ne - ns == 1 && (e->tok[ns].fl & F_ALLCAP) && i < e->tok[ns].e;
	     i++)
		figure |= e->s[i] >= '0' && e->s[i] <= '9';
	/* "Birmingham City University", "BBC", "Department of Defense":
	 * organisations */
	for (int k = ns; k + 1 < ne; k++)
		if ((tok_is(e, k + 1, "of") || tok_is(e, k + 1, "on") ||
		        tok_is(e, k + 1, "for")) &&
		    (tok_lex(e, k) & QL_ORGWORD))
			org = 1;
	if ((tok_lex(e, ne - 1) & QL_ORGWORD) ||
	    (ne - ns == 1 && (e->tok[ns].fl & F_ALLCAP) &&
	        e->tok[ns].e - e->tok[ns].s <= 6 && !figure))
		org = 1;
	m = qp_add_mention(e, ts, ne, ns, ne, org ? MN_ORG : MN_NAME);
	if (has_title)
		m->ts_title = ts;
	if (!org) {
		m->person = has_title || ((fl & QL_GIVEN) && ne - ns >= 2);
		if ((fl & QL_GIVEN) && ne - ns >= 2 &&
		    (fl & (QL_FEM | QL_MASC)) != (QL_FEM | QL_MASC))
			m->gender = fl & (QL_FEM | QL_MASC);
		m->gender |= gender_of_tokens(e, ts, ns);
		if ((m->gender & (QL_FEM | QL_MASC)) == (QL_FEM | QL_MASC))
			m->gender = 0;
		/* "Finance minister ...": a lone capital opening a sentence */
		m->weak = ne - ns == 1 && !has_title &&
		    sentence_initial(e, ns) && !(fl & QL_GIVEN);
		/* "Rapper Jo Marsh … Marsh held a rally": the last word of a
		 * name of two words or more, alone, is that person's surname */
		if (m->weak && ne - ns == 1 && ts == ns &&
		    seen_surname(e, ns, 0))
			m->person = 1, m->weak = 0;
		if (ne - ns > 5)
			m->weak = 1;
		/* "<LOC>London Bridge</LOC>": a place, unless a given name or
		 * a title says it is a person; "the Affordable Care Act",
		 * "Hurricane Lorenzo", "COVID-19": things */
		m->place = !m->person;
		for (int k = ns; k < ne && m->place; k++)
			m->place = (e->tok[k].fl & F_PLACE) != 0;
		if (!m->person &&
		    ((tok_lex(e, ne - 1) & QL_THING) ||
		        (ne - ns >= 2 && (tok_lex(e, ns) & QL_THINGSTART)) ||
		        (figure && (e->tok[ns].fl & F_ALLCAP))))
			m->place = 1;
	}
}

/* "President of Ukraine Volodymyr Zelenskyy": of/to/for/from and a
 * capitalised word after a title, a name tagged upstream as well:
 * "Members of the <ORG>House of Commons</ORG>" reads as it does
 * untagged. */
static int
title_complement(const struct qp_engine *e, int t)
{
	const struct tok *k;

	if (t + 1 >= (int)e->ntok ||
	    !(tok_is(e, t, "of") || tok_is(e, t, "to") || tok_is(e, t, "for") ||
	        tok_is(e, t, "from")))
		return 0;
	if (tok_is(e, t + 1, "the"))
		t++;
	if (t + 1 >= (int)e->ntok)
		return 0;
	k = &e->tok[t + 1];
	return qp_cap_word(e, t + 1) ||
	    (k->type == TK_WORD && (k->fl & (F_CAP | F_ALLCAP)) && k->q == NO &&
	        k->men >= 0 && e->men[k->men].ts == t + 1 &&
	        (e->men[k->men].kind == MN_NAME ||
	            e->men[k->men].kind == MN_ORG));
}

/* The end of the capitalised run from token i, with the particles and the
 * small words a name or an organisation's name holds: "Ursula von der
 * Leyen", "Bashar al-Assad", "Department of the Interior", "High Court of
 * England and Wales". */
int
qp_run_end(const struct qp_engine *e, int i)
{
	int j = i, of_org = 0;

	while (j < (int)e->ntok) {
		/* "flew to the U.S. She met": a name ends with its sentence */
		if (e->tok[j].sent != e->tok[i].sent)
			break;
		/* Johnny "Shorty" Smith */
		if (j > i && (e->tok[j].fl & F_NICK)) {
			j++;
			continue;
		}
		if (qp_cap_word(e, j)) {
			j++;
			/* "Erdogan's office" ends the name; "Sheriff's Office"
			 * goes on */
			if ((e->tok[j - 1].fl & F_POSS) &&
			    !(j < (int)e->ntok && qp_cap_word(e, j) &&
			        (tok_lex(e, j) & QL_ORGWORD)))
				break;
			continue;
		}
		/* "Karl von der Heide", "Ana de la Vega": up to three
		 * particles, then a capitalised word */
		if (j > i && (e->tok[j].fl & F_LOWER) &&
		    e->tok[j].e - e->tok[j].s <= 5) {
			int p = j + 1, q = j;
			/* the shape first: the look-ups only before a capital */
			while (p < (int)e->ntok && p < j + 3 &&
			    (e->tok[p].fl & F_LOWER) &&
			    e->tok[p].e - e->tok[p].s <= 5)
				p++;
			if (p < (int)e->ntok &&
			    e->tok[p].sent == e->tok[i].sent &&
			    qp_cap_word(e, p))
				while (q < p && name_particle(e, q))
					q++;
			if (q == p) {
				j = p;
				continue;
			}
		}
		/* "Abdel Fattah el-Sisi", "Bashar al-Assad", "al-Masirah TV" */
		if ((e->tok[j].fl & F_HYPH) && hyphen_particle(e, j) &&
		    (j > i ||
		        (j + 1 < (int)e->ntok && qp_cap_word(e, j + 1)))) {
			j++;
			continue;
		}
		/* "Department of Defense", "University of the Arts",
		 * "Commission on International Religious Freedom" */
		if (j > i && j + 1 < (int)e->ntok &&
		    (tok_is(e, j, "of") || tok_is(e, j, "on") ||
		        tok_is(e, j, "for")) &&
		    (tok_lex(e, j - 1) & QL_ORGWORD) &&
		    !(e->tok[j - 1].fl & F_POSS)) {
			int nx = j + 1;
			if (tok_is(e, nx, "the") && nx + 1 < (int)e->ntok)
				nx++;
			if (qp_cap_word(e, nx)) {
				j = nx;
				of_org = 1;
				continue;
			}
		}
		/* "High Court of England and Wales", "Department of Health and
		 * Human Services": "and" inside an organisation's name */
		if (of_org && j + 1 < (int)e->ntok && tok_is(e, j, "and") &&
		    qp_cap_word(e, j + 1) &&
		    !(tok_lex(e, j + 1) & (QL_TITLE | QL_GIVEN | QL_STOPCAP))) {
			j++;
			continue;
		}
		break;
	}
	return j;
}

/* Is token t an acronym of three capitals or more among words that are
 * not all capitals: "the WHO said", not "WHO SAID" in a shouted line? */
static int
acronym(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	return (k->fl & F_ALLCAP) && k->e - k->s >= 3 &&
	    !(t > 0 && is_word(e, t - 1) && (e->tok[t - 1].fl & F_ALLCAP)) &&
	    !(is_word(e, t + 1) && (e->tok[t + 1].fl & F_ALLCAP));
}

/* Split a capitalised run into titles, an organisation and a name:
 * "Hong Kong director of Amnesty International Man-kei Tam",
 * "Mayor of London Sadiq Khan", "United States President Donald Trump". */
static int
cap_run(struct qp_engine *e, int i)
{
	int j = qp_run_end(e, i), rs, re, k, lt, ts, has_title = 0;

	rs = i;
	re = j;
	/* "The", "According", "On": not names at the start of a run */
	while (rs < re && (tok_lex(e, rs) & QL_STOPCAP) &&
	    !(tok_lex(e, rs) & QL_TITLE) && !acronym(e, rs))
		rs++;
	/* "So I said", "Previously, ...": a common word opening a sentence */
	if (rs < re && (tok_lex(e, rs) & QL_COMMON) &&
	    !(tok_lex(e, rs) & (QL_GIVEN | QL_TITLE)) &&
	    sentence_initial(e, rs) && !acronym(e, rs))
		rs++;
	while (rs < re && (tok_lex(e, rs) & QL_STOPCAP) &&
	    !(tok_lex(e, rs) & QL_TITLE) && !acronym(e, rs))
		rs++;
	/* "on Twitter West said", "in Leeds Lee said": a name after a
	 * preposition's capitalised object is the person named before */
	if (re - rs == 2 && rs > 0 && is_word(e, rs - 1) &&
	    (tok_lex(e, rs - 1) & QL_PREP) &&
	    !(tok_lex(e, rs) & (QL_GIVEN | QL_TITLE)) &&
	    !(e->tok[rs].fl & F_POSS) && seen_surname(e, rs + 1, 1) &&
	    !qp_name_word(e, rs, 0))
		rs++;
	if (rs >= re)
		return j;
	/* "Kama Melly QC", "Sammy Davis Jr.": letters after the name */
	while (re - rs >= 3 && (tok_lex(e, re - 1) & QL_POSTNOM))
		re--;
	/* lower-case titles before the run: "coach Tom Baker", "police
	 * spokesman Mark Hill" */
	ts = rs;
	while (ts == i && ts > 0 && e->tok[ts - 1].type == TK_WORD &&
	    (e->tok[ts - 1].fl & F_LOWER) && (tok_lex(e, ts - 1) & QL_TITLE) &&
	    e->tok[ts - 1].men == NO && e->tok[ts - 1].q == NO && rs - ts < 3)
		ts--, has_title = 1;
	if (ts < rs)
		ts = rs; /* as written: the capitalised part */
	/* the last title word inside the run ends the titles */
	lt = NO;
	if (!(tok_lex(e, re - 1) & QL_ORGWORD))
		for (k = rs; k < re - 1; k++)
			if ((tok_lex(e, k) & QL_TITLE) &&
			    !(e->tok[k].fl & F_POSS))
				lt = k;
	if (lt == NO && re - rs == 1 && (tok_lex(e, rs) & QL_TITLE) &&
	    !(tok_lex(e, rs) & QL_GIVEN))
		lt = rs; /* "Minister says": a title alone */
	/* "Chief Executive of Hong Kong Carrie Lam": titles only, then "of" */
	if (re - rs >= 2 && (tok_lex(e, re - 1) & QL_TITLE) &&
	    !(e->tok[re - 1].fl & F_POSS) &&
	    (((tok_lex(e, re - 2) & QL_TITLE) ||
	         (e->tok[re - 2].fl & F_ALLCAP)) ||
	        /* "US Special Representative for Iran Brian Hook" */
	        title_complement(e, re)) &&
	    (lt == NO || lt == re - 2))
		lt = re - 1;
	if (lt != NO) {
		has_title = 1;
		if (lt == re - 1) {
			/* "Mayor of London Sadiq Khan", "Ambassador to the
			 * United Nations Nikki Haley" */
			int p = re, q2, r2e;
			if (title_complement(e, p)) {
				q2 = p + 1;
				if (tok_is(e, q2, "the"))
					q2++;
				r2e = q2;
				while (r2e < (int)e->ntok &&
				    qp_cap_word(e, r2e) &&
				    !(e->tok[r2e].fl & F_POSS))
					r2e++;
				if (r2e < (int)e->ntok && qp_cap_word(e, r2e) &&
				    (e->tok[r2e].fl & F_POSS))
					r2e++;
				/* not "Director General of the National Water
				 * Institute": an organisation ends it, no
				 * person's name */
				if (r2e - q2 >= 3 &&
				    !(tok_lex(e, r2e - 1) & QL_ORGWORD)) {
					int nstart = r2e - 2;
					for (k = q2 + 1; k < r2e - 1; k++)
						if ((tok_lex(e, k) &
						        QL_GIVEN) &&
						    !(tok_lex(e, k) &
						        QL_ORGWORD)) {
							nstart = k;
							break;
						}
					qp_name_mention(e, rs, nstart, r2e, 1);
					return r2e;
				}
				/* "Secretary of State Rubio": a surname the
				 * document gave in full */
				if (r2e - q2 == 2 &&
				    seen_surname(e, r2e - 1, 1) &&
				    !(tok_lex(e, q2) & QL_GIVEN)) {
					qp_name_mention(e, rs, r2e - 1, r2e, 1);
					return r2e;
				}
			}
			/* "Minister <PER>Yevgeny Zinichev</PER>": the title of
			 * a tagged name */
			if (re < (int)e->ntok && e->tok[re].men >= 0 &&
			    e->men[e->tok[re].men].kind == MN_NAME)
				return j;
			if (title_complement(e, re)) {
				int u = re + 1;
				while (u < (int)e->ntok &&
				    (qp_cap_word(e, u) || tok_is(e, u, "the")))
					u++;
				if (u < (int)e->ntok && e->tok[u].men >= 0 &&
				    e->men[e->tok[u].men].kind == MN_NAME)
					return j;
			}
			/* a title alone: a role phrase, "Minister", "the
			 * President" */
			{
				int d = rs > 0 && is_word(e, rs - 1) &&
				        (tok_lex(e, rs - 1) & QL_DET) &&
				        e->tok[rs - 1].men == NO
				    ? rs - 1
				    : rs;
				struct mention *m = qp_add_mention(
				    e, d, re, re - 1, re, MN_ROLE);
				m->gender = gender_of_tokens(e, rs, re);
				m->ts_title = rs;
				m->indef = d < rs && (tok_lex(e, d) & QL_INDEF);
			}
			return j;
		}
		rs = lt + 1;
	}
	/* "Amnesty International Man-kei Tam": an organisation, then a name */
	for (k = rs + 1; k < re - 1; k++) {
		/* "Commission on International Religious Freedom" is one
		 * name */
		if (e->tok[k].fl & F_LOWER)
			break;
		if ((tok_lex(e, k) & QL_ORGWORD) && !(e->tok[k].fl & F_POSS) &&
		    re - (k + 1) >= 2 && qp_cap_word(e, k + 1)) {
			qp_name_mention(e, rs, rs, k + 1, 0);
			rs = k + 1;
			break;
		}
	}
	qp_name_mention(e, lt != NO || has_title ? (lt != NO ? ts : rs) : rs,
	    rs, re, has_title);
	return j;
}

/* Is token t (>= 0) "the"?  (Told from its bytes: qp_description() asks this of
 * the two tokens before most lower-case words of a paragraph with a
 * quotation mark.) */
static inline int
the_at(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];
	const unsigned char *w = e->s + k->s;

	return k->e - k->s == 3 && k->type == TK_WORD && (w[0] | 0x20) == 't' &&
	    (w[1] | 0x20) == 'h' && (w[2] | 0x20) == 'e';
}

/* The shape qp_article_before_noun asks for, told from the flags alone:
 * a capitalised word before a lower-case one. */
static inline int
cap_before_lower(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	return (k->fl & F_CAP) && !(k->fl & F_ALLCAP) && is_word(e, t + 1) &&
	    (e->tok[t + 1].fl & F_LOWER);
}

/* Is token t an article of another language opening its sentence before
 * a lower-case noun: "Le maire a dit : « … »", "El alcalde dijo"?  It is
 * no name (not even tagged <PER>): the noun is the speaker's role. */
int
qp_article_before_noun(const struct qp_engine *e, int t)
{
	return cap_before_lower(e, t) && (tok_lex(e, t) & QL_ARTICLE) &&
	    e->tok[t + 1].q == NO && e->tok[t + 1].men == NO &&
	    sentence_initial(e, t) &&
	    !(tok_lex(e, t + 1) &
	        (QL_VERB | QL_PREP | QL_PRON | QL_DET | QL_CONJ | QL_ARTICLE));
}

/* The mentions of the paragraph outside its quotations, in text order:
 * tagged names, then at each word one of: "one of them" (a person of a
 * group), a capitalised run (cap_run: "Mayor of London Sadiq Khan" -> a
 * title and a name), a pronoun ("she"), a role phrase ("the spokeswoman",
 * "police"). */
void
qp_find_mentions(struct qp_engine *e, const struct qp_ent *ents, size_t nents)
{
	int moved = 0, blocked;

	e->nmen = 0;
	blocked = qp_tag_mentions(e, ents, nents);
	for (size_t i = (size_t)qp_interviewer_label(e); i < e->ntok;) {
		struct tok *t;

		/* With no quotation mark in the paragraph there is no
		 * description ('"…," the suspect said' needs one) and no
		 * lower-case mention but "al-Masirah TV": past the numbers,
		 * the punctuation and the other lower-case words at once. */
		if (!e->nmarks) {
			while (i < e->ntok &&
			    (e->tok[i].type != TK_WORD ||
			        (e->tok[i].fl & (F_LOWER | F_HYPH)) == F_LOWER))
				i++;
			if (i == e->ntok)
				break;
		}
		t = &e->tok[i];
		if (t->type == TK_NUM && t->q == NO && t->men == NO &&
		    qp_age_tok(e, (int)i) && qp_description(e, (int)i) != NO) {
			qp_role_mention(e, (int)i); /* "the 45-year-old said" */
			e->men[e->nmen - 1].desc = 1;
			i++;
			continue;
		}
		if (t->q != NO || t->men != NO || t->type != TK_WORD) {
			i++;
			continue; /* in a quotation, a tag or a mention */
		}
		/* With no quotation mark in the paragraph only the names (the
		 * capitalised runs) count: a lower-case pronoun or role phrase
		 * is no speaker there and never registered, so no look-up. */
		if (!e->nmarks && (t->fl & F_LOWER) && !(t->fl & F_HYPH)) {
			i++;
			continue;
		}
		/* "One of them even went as far to say": one person of a
		 * group */
		if ((t->e - t->s == 3 || t->e - t->s == 7) &&
		    (e->s[t->s] | 0x20) == (t->e - t->s == 3 ? 'o' : 'a') &&
		    (tok_is(e, (int)i, "one") ||
		        tok_is(e, (int)i, "another")) &&
		    i + 2 < e->ntok && tok_is(e, (int)i + 1, "of") &&
		    (tok_is(e, (int)i + 2, "them") ||
		        tok_is(e, (int)i + 2, "us")) &&
		    e->tok[i + 2].q == NO) {
			struct mention *m = qp_add_mention(e, (int)i,
			    (int)i + 3, (int)i + 2, (int)i + 3, MN_ROLE);
			m->indef = 1;
			i += 3;
			continue;
		}
		/* "al-Masirah TV": a name opening with a particle */
		if ((t->fl & F_HYPH) && hyphen_particle(e, (int)i) &&
		    i + 1 < e->ntok && qp_cap_word(e, (int)i + 1)) {
			size_t j = (size_t)cap_run(e, (int)i);
			i = j > i ? j : i + 1;
			continue;
		}
		if (!e->nmarks && (t->fl & F_LOWER)) {
			i++;
			continue;
		}
		/* a lower-case word is a mention only as a pronoun or role
		 * word */
		if ((t->fl & F_LOWER) &&
		    (!qp_maybe(e, QF_PRONROLE, e->s + t->s, t->stem) ||
		        !(ptok_lex(e, t) & (QL_PRON | QL_ROLE)))) {
			/* "the suspect said": a head no lexicon knows */
			if (!(t->fl & F_POSS) && i >= 2 &&
			    (the_at(e, (int)i - 1) || the_at(e, (int)i - 2)) &&
			    qp_description(e, (int)i) != NO &&
			    !(ptok_lex(e, t) &
			        (QL_VERB | QL_PREP | QL_PRON | QL_DET |
			            QL_CONJ | QL_STOPCAP))) {
				qp_role_mention(e, (int)i);
				e->men[e->nmen - 1].desc = 1;
			}
			i++;
			continue;
		}
		/* "she's said": a pronoun's 's is no possessive */
		if ((ptok_lex(e, t) & QL_PRON) &&
		    ((t->fl & F_LOWER) || sentence_initial(e, (int)i))) {
			struct mention *m = qp_add_mention(
			    e, (int)i, (int)i + 1, (int)i, (int)i + 1, MN_PRON);
			m->gender = ptok_lex(e, t) & (QL_FEM | QL_MASC);
			m->plural = (ptok_lex(e, t) & QL_PLURAL) != 0;
			i++;
			continue;
		}
		if (cap_before_lower(e, (int)i) &&
		    qp_article_before_noun(e, (int)i)) {
			qp_role_mention(e, (int)i + 1);
			i += 2;
			continue;
		}
		/* "Forty retired diplomats": the number opens the role
		 * phrase, no name */
		if ((t->fl & F_CAP) && i + 1 < e->ntok &&
		    (e->tok[i + 1].fl & F_LOWER) && qp_cardinal(e, (int)i)) {
			i++;
			continue;
		}
		/* "Ministers from Peru and Chile said", "LIMA — Ministers
		 * from …": a group, not a title (not inside a name: "Council
		 * of Ministers") */
		if ((t->fl & F_CAP) && (ptok_lex(e, t) & QL_ROLE) &&
		    (ptok_lex(e, t) & QL_PLURAL) && i + 1 < e->ntok &&
		    qp_group_origin(e, (int)i + 1) > (int)i + 1 &&
		    (i == 0 || e->tok[i - 1].type != TK_WORD ||
		        ((e->tok[i - 1].fl & F_LOWER) &&
		            !tok_is(e, (int)i - 1, "of")))) {
			i = (size_t)qp_group_mention(e, (int)i);
			continue;
		}
		if ((t->fl & (F_CAP | F_ALLCAP)) &&
		    !((ptok_lex(e, t) & QL_ROLE) && !(t->fl & F_ALLCAP) &&
		        sentence_initial(e, (int)i) &&
		        !qp_cap_word(e, (int)i + 1) &&
		        !title_complement(e, (int)i + 1))) {
			size_t j = (size_t)cap_run(e, (int)i);
			i = j > i ? j : i + 1;
			continue;
		}
		if ((ptok_lex(e, t) & QL_ROLE) &&
		    (!(t->fl & F_POSS) || (ptok_lex(e, t) & QL_ORGISH))) {
			/* a title of the name that follows: "coach Tom
			 * Baker" */
			size_t j = i + 1;
			while (j < e->ntok && e->tok[j].type == TK_WORD &&
			    (tok_lex(e, j) & QL_ROLE) &&
			    (e->tok[j].fl & F_LOWER))
				j++;
			if (j < e->ntok && qp_cap_word(e, (int)j) &&
			    !(tok_lex(e, j) & QL_STOPCAP) &&
			    (tok_lex(e, j - 1) & QL_TITLE)) {
				i = j;
				continue;
			}
			if (j - 1 > i) {
				i = j - 1;
				continue; /* "police spokesman" */
			}
			i = (size_t)qp_group_mention(e, (int)i);
			continue;
		}
		i++;
	}
	/* tags and runs were found in two passes: order by position */
	for (size_t a = 1; a < e->nmen; a++)
		for (size_t b = a; b > 0 && e->men[b - 1].ts > e->men[b].ts;
		     b--) {
			struct mention tmp = e->men[b];
			e->men[b] = e->men[b - 1];
			e->men[b - 1] = tmp;
			moved = 1;
		}
	/* the tokens point at their mentions as qp_add_mention left them,
	 * unless the order changed or other tags blocked tokens */
	if (!moved && !blocked)
		return;
	for (size_t i = 0; i < e->ntok; i++)
		e->tok[i].men = NO;
	for (size_t x = 0; x < e->nmen; x++)
		for (int i = e->men[x].ts; i < e->men[x].te; i++)
			e->tok[i].men = (int)x;
}
