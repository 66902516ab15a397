/* tagged.c: the names tagged upstream (<PER>, <ORG>, <LOC>, <MISC>,
 * <TIMEX3>) as mentions, before the paragraph's own reading: a tag is
 * evidence, widened or cut where the text reads otherwise ("Man-kei
 * <PER>Tam</PER>", "Mayor of <LOC>London</LOC> <PER>Sadiq Khan</PER>",
 * "Foreign <ORG>Ministry of Iraq</ORG>"). */
#include <stdint.h>
#include <string.h>

#include "engine.h"

/* Is token t a capitalised word that may be half of a name the tagger
 * cut: no title, no capital a lexicon knows ("Monday", "Senator")? */
static int
name_half(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	/* "Fourteen-year-old <PER>Zoe</PER>": an age, no name */
	if (k->e - k->s > 4 && memcmp(e->s + k->e - 4, "-old", 4) == 0)
		return 0;
	return is_word(e, t) && (k->fl & F_CAP) && !(k->fl & F_ALLCAP) &&
	    !(k->fl & F_POSS) && k->q == NO && k->men == NO &&
	    !(tok_lex(e, t) &
	        (QL_TITLE | QL_STOPCAP | QL_ORGWORD | QL_POSTNOM | QL_THING |
	            QL_THINGSTART | QL_THINGNOUN));
}

/* A one-word <PER> tag [*a, *b) with the rest of the name right by it:
 * "Man-kei <PER>Tam</PER>" (a hyphenated or given name before, or a
 * capital after a preposition, "at Saint <PER>Jude</PER>"),
 * "<PER>Jenn</PER> <MISC>St-Onge</MISC>" (a given name and a capitalised
 * word after). */
static void
half_tagged(const struct qp_engine *e, int *a, int *b)
{
	int t = *a - 1;

	if (t >= 0 && name_half(e, t) && e->tok[t].e + 1 == e->tok[*a].s &&
	    (memchr(e->s + e->tok[t].s, '-', e->tok[t].e - e->tok[t].s) ||
	        (tok_lex(e, t) & QL_GIVEN) ||
	        (t > 0 && is_word(e, t - 1) && (e->tok[t - 1].fl & F_LOWER) &&
	            (tok_lex(e, t - 1) & QL_PREP))))
		(*a)--;
	else if (*b < (int)e->ntok && !(e->tok[*a].fl & F_POSS) &&
	    (tok_lex(e, *a) & QL_GIVEN) && name_half(e, *b))
		(*b)++;
}

/* Is token t the last word of a <PER> tag of two words or more before
 * tag x ("<PER>Tom Hart</PER>" for "Hart")? */
static int
surname_tagged_before(
    const struct qp_engine *e, const struct qp_ent *ents, size_t x, int t)
{
	size_t n = e->tok[t].e - e->tok[t].s;

	for (size_t y = 0; y < x; y++) {
		const struct qp_ent *g = &ents[y];
		if (g->type != QP_PER || g->end - g->start <= n + 1)
			continue;
		if (memcmp(e->s + g->end - n, e->s + e->tok[t].s, n) == 0 &&
		    e->s[g->end - n - 1] == ' ')
			return 1;
	}
	return 0;
}

/* The titles right before token a of a tagged name: "Prime Minister
 * <PER>…", "coach <PER>…", a title with its complement, "Mayor of
 * <LOC>London</LOC> <PER>Sadiq Khan</PER>", "Ambassador to the United
 * Nations <PER>…</PER>", and the capitalised words that qualify them,
 * "<LOC>Santa Barbara County</LOC> Sheriff <PER>Bill Brown</PER>", "US
 * Secretary of State <PER>…</PER>". Returns where they start, a when
 * there are none. */
static int
titles_before(const struct qp_engine *e, int a)
{
	int k = a - 1, j, t;

	while (k >= 0 && a - k <= 3 && is_word(e, k) &&
	    (tok_lex(e, k) & QL_TITLE) && e->tok[k].men == NO &&
	    e->tok[k].q == NO)
		k--;
	t = k + 1;
	if (t == a) {
		for (j = k; j >= 0 && a - j <= 6 && qp_cap_word(e, j) &&
		     !(tok_lex(e, j) & QL_TITLE);
		     j--)
			;
		if (j == k)
			return a;
		if (j >= 0 && tok_is(e, j, "the"))
			j--;
		if (j < 1 ||
		    !(tok_is(e, j, "of") || tok_is(e, j, "to") ||
		        tok_is(e, j, "for") || tok_is(e, j, "from")))
			return a;
		for (t = j; t - 1 >= 0 && a - t < 9 && qp_cap_word(e, t - 1) &&
		     (tok_lex(e, t - 1) & QL_TITLE);)
			t--;
		if (t == j)
			return a;
	}
	/* the capitalised words before the titles */
	if (!(e->tok[t].fl & (F_CAP | F_ALLCAP)))
		return t; /* "coach <PER>…" */
	for (k = t - 1; k >= 0 && t - k <= 4 && qp_cap_word(e, k) &&
	     e->tok[k].sent == e->tok[t].sent && !(e->tok[k].fl & F_POSS) &&
	     !(tok_lex(e, k) & (QL_STOPCAP | QL_VERB)) &&
	     !((tok_lex(e, k) & QL_COMMON) && sentence_initial(e, k));
	     k--)
		;
	return k + 1;
}

/* Is the tag [a, b) a title's complement, "President of <ORG>Ukraine
 * Volodymyr Zelenskyy</ORG>", "First Minister of <PER>Scotland Nicola
 * Sturgeon</PER>"? Then it is read with the title, as untagged. */
static int
title_complement_tag(const struct qp_engine *e, int a, int b)
{
	return a >= 2 && (tok_is(e, a - 1, "of") || tok_is(e, a - 1, "for")) &&
	    qp_cap_word(e, a - 2) && (tok_lex(e, a - 2) & QL_TITLE) &&
	    !(tok_lex(e, b - 1) & QL_ORGWORD);
}

/* Does the tag [a, b) hold a person's name after its first word ("<ORG>
 * Ukraine Volodymyr Zelenskyy</ORG>")? Then the paragraph's own reading
 * decides. */
static int
person_inside(struct qp_engine *e, int a, int b)
{
	if (title_complement_tag(e, a, b))
		return 1;
	/* "the <ORG>COO</ORG> said": a role, as the COO named before */
	if (b - a == 1 && (tok_lex(e, a) & QL_ROLE) && a > 0 &&
	    is_word(e, a - 1) && (tok_lex(e, a - 1) & QL_DET))
		return 1;
	if (b - a < 2 || (tok_lex(e, b - 1) & QL_ORGWORD))
		return 0;
	/* "<ORG>IM Ann Lee</ORG>" after "<PER>Ann Lee</PER>": a name of a
	 * person read before, with a title the tagger took for a name */
	if (b - a >= 3 && qp_person_word(e, b - 1) && qp_person_word(e, b - 2))
		return 1;
	for (int k = a + 1; k < b - 1; k++)
		if ((tok_lex(e, k) & QL_GIVEN) && !(e->tok[k].fl & F_ALLCAP) &&
		    qp_cap_word(e, k + 1))
			return 1;
	return 0;
}

/* An organisation's tag [*a, *b) widened to the name the paragraph
 * reads: "High Court of England</ORG> and Wales", "Foreign <ORG>Ministry
 * of Iraq</ORG>". */
static void
org_extent(struct qp_engine *e, int *a, int *b)
{
	int k;

	if (*b < (int)e->ntok &&
	    (tok_is(e, *b, "of") || tok_is(e, *b, "on") ||
	        tok_is(e, *b, "for") || tok_is(e, *b, "and"))) {
		k = qp_run_end(e, *a);
		if (k > *b)
			*b = k;
	}
	/* "Foreign <ORG>Ministry …": a title word only before the word
	 * that makes an organisation's name */
	for (k = *a - 1; k >= 0 && *a - k <= 3 && qp_cap_word(e, k) &&
	     e->tok[k].sent == e->tok[*a].sent && !(e->tok[k].fl & F_POSS) &&
	     !(tok_lex(e, k) & (QL_STOPCAP | QL_VERB)) &&
	     (!(tok_lex(e, k) & QL_TITLE) || (tok_lex(e, *a) & QL_ORGWORD)) &&
	     !sentence_initial(e, k);
	     k--)
		;
	*a = k + 1;
}

/* The tags from upstream, before the paragraph's own reading: <PER> and
 * <ORG> are names ("<PER>Crown Prince Mohammad bin Salman</PER>" with its
 * titles), the words of a <TIMEX3> are no names, and those of a <LOC> or
 * <MISC> are marked: a name of them speaks only when nothing else can.
 * Tags are evidence, the paragraph's own reading corrects them.
 * Returns whether any token was blocked. */
int
qp_tag_mentions(struct qp_engine *e, const struct qp_ent *ents, size_t nents)
{
	int blocked = 0, label = qp_interviewer_label(e);

	for (size_t x = 0; x < nents; x++) {
		size_t lo = 0, hi = e->ntok;
		int a, b, ns, ne, ts, type, has_title = 0;
		struct mention *m;

		while (lo < hi) { /* the first token at or after the tag */
			size_t mid = lo + (hi - lo) / 2;
			if (e->tok[mid].s < ents[x].start)
				lo = mid + 1;
			else
				hi = mid;
		}
		a = b = (int)lo;
		while (b < (int)e->ntok && e->tok[b].e <= ents[x].end)
			b++;
		/* "<PER>Oleksiy Honcharuk</PER>'s offer": the possessive */
		if (b < (int)e->ntok && e->tok[b].s < ents[x].end &&
		    (e->tok[b].fl & F_POSS))
			b++;
		if (a == b || a < label) /* "((<ORG>WN</ORG>)) …" */
			continue;
		type = ents[x].type;
		/* "<ORG>Bloomberg</ORG> endorsed" after "Michael Bloomberg",
		 * "said <MISC>Ren</MISC>" after "Ren Zhengfei": a word of a
		 * person's name read before is that person */
		if ((type == QP_ORG || type == QP_PLACE) && b - a == 1 &&
		    e->tok[a].q == NO && e->tok[a].men == NO &&
		    qp_person_word(e, a))
			type = QP_PER;
		/* "on <PER>Radio Hart</PER> accused" after "Tom Hart":
		 * a tag after a preposition that took in the word before a
		 * person's surname read before */
		if (type == QP_PER && b - a == 2 && a > 0 &&
		    is_word(e, a - 1) && (e->tok[a - 1].fl & F_LOWER) &&
		    (tok_lex(e, a - 1) & QL_PREP) &&
		    !(tok_lex(e, a) & QL_GIVEN) && !qp_person_word(e, a) &&
		    (qp_person_word(e, b - 1) ||
		        surname_tagged_before(e, ents, x, b - 1)) &&
		    e->tok[a].men == NO) {
			e->tok[a].men = MEN_BLOCKED; /* no title of the name */
			blocked = 1;
			a++;
		}
		if (type == QP_PLACE) {
			for (int i = a; i < b; i++)
				e->tok[i].fl |= F_PLACE;
			continue;
		}
		if (type != QP_PER && type != QP_ORG) {
			for (int i = a; i < b; i++)
				if (e->tok[i].men == NO)
					e->tok[i].men = MEN_BLOCKED;
			blocked = 1;
			continue;
		}
		if (e->tok[a].q != NO || e->tok[a].men != NO)
			continue;
		if (type == QP_ORG) {
			if (person_inside(e, a, b))
				continue;
			org_extent(e, &a, &b);
			/* "<ORG>The Court of Session</ORG>", "<ORG>central
			 * Interior Ministry</ORG>": the name starts after an
			 * article or a lower-case word, as untagged */
			ns = a;
			while (ns < b - 1 && is_word(e, ns) &&
			    ((e->tok[ns].fl & F_LOWER) ||
			        ((tok_lex(e, ns) & QL_STOPCAP) &&
			            !(tok_lex(e, ns) & QL_TITLE))))
				ns++;
			/* "television broadcaster <ORG>PBS</ORG>" */
			ts = titles_before(e, a);
			m = qp_add_mention(e,
			    ts < a && !(e->tok[ts].fl & F_CAP) ? ts : a, b, ns,
			    b, MN_ORG);
			continue;
		}
		if (b - a == 1 && qp_article_before_noun(e, a))
			continue; /* "<PER>Le</PER> maire a dit :" */
		if (b - a >= 2 && title_complement_tag(e, a, b))
			continue;
		if (b - a == 1)
			half_tagged(e, &a, &b);
		/* "<PER>Durham Hall QC</PER>": letters after the name */
		ne = b;
		while (ne - a >= 3 && (tok_lex(e, ne - 1) & QL_POSTNOM))
			ne--;
		/* "<PER>Crown Prince Mohammad bin Salman</PER>": titles
		 * inside */
		ns = a;
		while (ns < ne - 1 && e->tok[ns].type == TK_WORD &&
		    (tok_lex(e, ns) & QL_TITLE) &&
		    (!(tok_lex(e, ns) & QL_GIVEN) || ns < ne - 2))
			ns++, has_title = 1;
		ts = titles_before(e, a);
		if (ts < a)
			has_title = 1;
		qp_name_mention(e, ts, ns, ne, has_title);
		m = &e->men[e->nmen - 1];
		m->weak = 0;
		for (int i = ne; i < b; i++)
			e->tok[i].men = (int)(e->nmen - 1);
		m->te = b;
		/* "cargo ship MV <PER>Namse Bangdzod</PER>": a thing */
		if (ts == a && a > 0 && is_word(e, a - 1) &&
		    (tok_lex(e, a - 1) & (QL_THINGSTART | QL_THINGNOUN))) {
			m->place = 1;
			continue;
		}
		/* "<PER>Hurricane Lorenzo</PER>": a thing all the same */
		if (!m->place || (e->tok[ns].fl & F_PLACE) ||
		    (e->tok[ne - 1].fl & F_PLACE)) {
			m->person = 1;
			m->place = 0;
		}
	}
	return blocked;
}
