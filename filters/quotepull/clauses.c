/* clauses.c: the shallow reading of a sentence that attribution needs:
 * speech verbs, prepositional phrases, asides between commas, the subject
 * of a sentence, and the speaker mention before or after a verb. */
#include "engine.h"

/* Is mention m the object of a preposition? "of journalist Jamal
 * Khashoggi", "to the BBC", "on Twitter". Determiners and lower-case
 * titles between are skipped. */
int
qp_in_pp(const struct qp_engine *e, const struct mention *m)
{
	int b = m->ts - 1;

	while (b >= 0 && is_word(e, b) && !(e->tok[b].fl & F_CAP) &&
	    ((tok_lex(e, b) & QL_DET) ||
	        ((tok_lex(e, b) & QL_TITLE) && !(tok_lex(e, b) & QL_PREP))) &&
	    m->ts - b < 5)
		b--;
	return b >= 0 && is_word(e, b) && (tok_lex(e, b) & QL_PREP) &&
	    e->tok[b].men == NO &&
	    !(tok_is(e, b, "of") && b > 0 && is_word(e, b - 1) &&
	        (tok_lex(e, b - 1) & QL_INDEF));
}

int
qp_verb_tok(const struct qp_engine *e, int t)
{
	const struct tok *k;

	if (!is_word(e, t))
		return 0;
	k = &e->tok[t];
	if (!(ptok_lex(e, k) & QL_VERB) || k->q != NO || (k->fl & F_POSS))
		return 0;
	if ((k->fl & F_CAP) && !sentence_initial(e, t))
		return 0; /* "United States" */
	/* "the statement", "a report": a noun after a determiner */
	if (t > 0 && is_word(e, t - 1) && (tok_lex(e, t - 1) & QL_DET) &&
	    !(tok_lex(e, t - 1) & QL_PRON))
		return 0;
	if (t > 0 && is_word(e, t - 1) && (e->tok[t - 1].fl & F_POSS))
		return 0;
	return 1;
}

int
qp_ing_word(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	return k->e - k->s > 4 && e->s[k->e - 1] == 'g' &&
	    e->s[k->e - 2] == 'n' && e->s[k->e - 3] == 'i';
}

int
qp_according_at(const struct qp_engine *e, int t)
{
	return is_word(e, t) && tok_is(e, t, "according") &&
	    is_word(e, t + 1) && tok_is(e, t + 1, "to");
}

/* A dash set off by spaces: " — ", " – ", " -- " */
int
qp_dash_at(const struct qp_engine *e, int t)
{
	const struct tok *k;

	if (t < 0 || t >= (int)e->ntok || e->tok[t].type != TK_PUNCT)
		return 0;
	k = &e->tok[t];
	if (k->e - k->s == 3 && e->s[k->s] == 0xE2 && e->s[k->s + 1] == 0x80 &&
	    (e->s[k->s + 2] == 0x94 || e->s[k->s + 2] == 0x93))
		return 1;
	return k->e - k->s == 1 && e->s[k->s] == '-' && (k->fl & F_SPB);
}

int
qp_chunk_stop(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	if (k->type == TK_MARK)
		return 1;
	if (k->type == TK_PUNCT)
		return !tok_punct(e, t, '(') && !tok_punct(e, t, ')') &&
		    !tok_punct(e, t, '-');
	return 0;
}

/* The person a name is the affiliation of: "Acme Foods spokeswoman Ann
 * Lee" -> the mention of Ann Lee, after lower-case title words; else NO. */
static int
titled_person_after(const struct qp_engine *e, const struct mention *m)
{
	int t = m->te;

	if (m->kind == MN_PRON || m->kind == MN_ROLE ||
	    (e->tok[m->te - 1].fl & F_POSS))
		return NO;
	while (t < (int)e->ntok && is_word(e, t) && e->tok[t].men == NO &&
	    (e->tok[t].fl & F_LOWER) && (tok_lex(e, t) & QL_ROLE) &&
	    !(e->tok[t].fl & F_POSS))
		t++;
	if (t == m->te || t >= (int)e->ntok ||
	    !(tok_lex(e, t - 1) & QL_TITLE) || e->tok[t].men == NO ||
	    e->men[e->tok[t].men].ts != t ||
	    e->men[e->tok[t].men].kind != MN_NAME)
		return NO;
	return e->tok[t].men;
}

/* A speaker named after the verb: "said coach Tom Baker", "said a
 * protester using the pseudonym Katya", "wrote Joshua Wong on Twitter". */
int
qp_mention_after(const struct qp_engine *e, int from, int limit, int sent)
{
	int best_name = NO, best_org = NO, first = NO, place = NO, t;

	for (t = from; t < limit && t < (int)e->ntok; t++) {
		const struct tok *k = &e->tok[t];
		if (k->sent != sent || k->q != NO || qp_chunk_stop(e, t))
			break;
		if (k->men == NO) {
			if (first != NO && (ptok_lex(e, k) & QL_PREP))
				break; /* "on Twitter" */
			continue;
		}
		const struct mention *m = &e->men[k->men];
		/* "tweeted Mayor of <LOC>London</LOC> …": a place speaks
		 * only when no one else is named */
		if (nonspeaker(e, m)) {
			if (place == NO)
				place = k->men;
			t = m->te - 1;
			continue;
		}
		/* "quipped Acme Foods editor Ann Lee": the organisation
		 * qualifies the title of the person */
		if (titled_person_after(e, m) != NO) {
			t = m->te - 1;
			continue;
		}
		/* "says French minister", "said Danish police": a word
		 * qualifying the role word after it */
		if (m->kind == MN_NAME && m->te - m->ts == 1 && !m->person &&
		    !(e->tok[m->ts].fl & F_POSS) && m->te < (int)e->ntok &&
		    e->tok[m->te].men >= 0 &&
		    e->men[e->tok[m->te].men].ts == m->te &&
		    e->men[e->tok[m->te].men].kind == MN_ROLE)
			continue;
		if (first == NO)
			first = k->men;
		/* the first name: "said Russell Zimmerman per ABC News"; a
		 * person before an organisation: "by Emergencies Minister
		 * Yevgeny Zinichev" */
		if (m->kind == MN_NAME && !(e->tok[m->ne - 1].fl & F_POSS) &&
		    best_name == NO)
			best_name = k->men;
		if (m->kind == MN_ORG && best_org == NO)
			best_org = k->men;
		t = m->te - 1;
	}
	if (best_name != NO && first != NO && e->men[first].kind == MN_PRON)
		return first;
	/* "said the mayor of Tumba, Kofi Mensah Boateng.": the name in
	 * apposition */
	if (best_name == NO && first != NO && e->men[first].kind == MN_ROLE &&
	    !e->men[first].indef)
		for (int u = t; u < limit && u < (int)e->ntok && u - t < 6 &&
		     e->tok[u].sent == sent;
		     u++)
			if (qp_chunk_stop(e, u)) {
				t = u; /* past "of Tumba" */
				break;
			}
	if (best_name == NO && first != NO && e->men[first].kind == MN_ROLE &&
	    !e->men[first].indef && t + 1 < limit && tok_punct(e, t, ',') &&
	    e->tok[t + 1].men >= 0 &&
	    e->men[e->tok[t + 1].men].kind == MN_NAME &&
	    e->men[e->tok[t + 1].men].ts == t + 1) {
		int te = e->men[e->tok[t + 1].men].te;
		if (te >= (int)e->ntok || qp_chunk_stop(e, te))
			return e->tok[t + 1].men;
	}
	/* "said University of California, San Diego's chancellor, Pradeep
	 * Khosla": a person's name in apposition, up to two commas on */
	if (best_name == NO && first != NO && e->men[first].kind != MN_PRON) {
		int commas = 0;
		for (int u = t; u < limit && u < (int)e->ntok && u < t + 14 &&
		     e->tok[u].sent == sent;
		     u++) {
			if (tok_punct(e, u, ',')) {
				if (++commas > 2)
					break;
				continue;
			}
			if (qp_chunk_stop(e, u) || e->tok[u].q != NO)
				break;
			if (e->tok[u].men >= 0 &&
			    e->men[e->tok[u].men].kind == MN_NAME &&
			    e->men[e->tok[u].men].ts == u &&
			    !(e->tok[e->men[e->tok[u].men].ne - 1].fl &
			        F_POSS)) {
				int te = e->men[e->tok[u].men].te;
				if (commas > 0 &&
				    (te >= (int)e->ntok ||
				        qp_chunk_stop(e, te)))
					return e->tok[u].men;
				u = te - 1;
			}
		}
	}
	if (best_name == NO)
		best_name = best_org;
	return best_name != NO ? best_name : first != NO ? first : place;
}

/* Is the comma at t the start of an aside: ", a doctor," ", who led the
 * study," ", 24,"? */
static int
aside_start(const struct qp_engine *e, int t)
{
	int n = t + 1;

	if (!tok_punct(e, t, ','))
		return 0;
	if (n >= (int)e->ntok)
		return 0;
	if (e->tok[n].type == TK_NUM)
		return 1;
	/* ", head of a regional civil defense office," */
	if (is_word(e, n) && (e->tok[n].fl & F_LOWER) &&
	    (tok_lex(e, n) & QL_ROLE) && !(tok_lex(e, n) & QL_VERB))
		return 1;
	/* ", Director General of the …," ", herpetologist David Blackburn,":
	 * a title or role phrase */
	if (e->tok[n].men >= 0 && e->men[e->tok[n].men].ts == n &&
	    e->men[e->tok[n].men].kind == MN_ROLE)
		return 1;
	/* ", Chair In Global Islamic Politics in the Faculty of Arts and
	 * Education at …,": a capitalised role word opening a name-like run */
	if (is_word(e, n) && (e->tok[n].fl & F_CAP) &&
	    !(e->tok[n].fl & F_ALLCAP) && (tok_lex(e, n) & QL_ROLE) &&
	    !(tok_lex(e, n) & (QL_VERB | QL_GIVEN)))
		return 1;
	/* ", speaking for the country's Health Ministry,", ", on radio …," */
	if (is_word(e, n) && (e->tok[n].fl & F_LOWER) &&
	    ((qp_ing_word(e, n) && !(tok_lex(e, n) & (QL_DET | QL_PREP))) ||
	        ((tok_lex(e, n) & QL_PREP) && !tok_is(e, n, "of") &&
	            !tok_is(e, n, "to"))))
		return 1;
	/* ", known as the Iron Lady,", ", elected in 2019,": a past
	 * participle (a naming verb too, no other speech verb) */
	if (is_word(e, n) && (e->tok[n].fl & F_LOWER) &&
	    (tok_is(e, n, "known") || tok_is(e, n, "born") ||
	        (e->tok[n].e - e->tok[n].s > 4 &&
	            e->s[e->tok[n].e - 1] == 'd' &&
	            e->s[e->tok[n].e - 2] == 'e')) &&
	    (!(tok_lex(e, n) & QL_VERB) || (tok_lex(e, n) & QL_CALL)))
		return 1;
	return is_word(e, n) &&
	    ((tok_lex(e, n) & QL_DET) || tok_is(e, n, "who") ||
	        tok_is(e, n, "which") || tok_is(e, n, "whose") ||
	        tok_is(e, n, "also") || tok_is(e, n, "then"));
}

/* The comma opening a list aside that ends at the comma t, ", including
 * Jo Bell, Al Kerr, and Ed Moss,", whose commas are its
 * own; else NO. */
static int
list_aside(const struct qp_engine *e, int t, int stop)
{
	for (int a = t - 1; a >= stop && t - a < 40; a--) {
		if (e->tok[a].q != NO || tok_terminal(e, a))
			return NO;
		if (tok_punct(e, a, ',') && is_word(e, a + 1) &&
		    (tok_is(e, a + 1, "including") ||
		        tok_is(e, a + 1, "among")))
			return a;
	}
	return NO;
}

/* Is mention m the object of a preposition of affiliation ("of CNN", "at
 * the BBC")? */
static int
pp_object(const struct qp_engine *e, const struct mention *m, int stop)
{
	int b = m->ts - 1;

	while (b >= stop && b > m->ts - 4 && is_word(e, b) &&
	    (tok_lex(e, b) & QL_DET) && !(tok_lex(e, b) & QL_PRON))
		b--;
	return b >= stop && is_word(e, b) && e->tok[b].men == NO &&
	    (tok_is(e, b, "of") || tok_is(e, b, "at") || tok_is(e, b, "from") ||
	        tok_is(e, b, "for") || tok_is(e, b, "in"));
}

/* Where the phrase of a mention ending at t ends, with the prepositional
 * phrases after it: "Steve Scalise of Louisiana" in "with Steve Scalise of
 * Louisiana calling". */
static int
phrase_end(const struct qp_engine *e, int t)
{
	while (t + 1 < (int)e->ntok && is_word(e, t) &&
	    (tok_is(e, t, "of") || tok_is(e, t, "from"))) {
		int u = t + 1;
		if (is_word(e, u) && tok_is(e, u, "the"))
			u++;
		if (u >= (int)e->ntok || e->tok[u].men < 0 ||
		    e->men[e->tok[u].men].ts != u)
			break;
		t = e->men[e->tok[u].men].te;
	}
	return t;
}

/* "The company behind the app, <MISC>Lumina Labs</MISC>, said": a name
 * tagged as no speaker, in apposition right before verb v to the
 * organisation's role phrase opening the clause, names it. */
static int
names_org_before(
    const struct qp_engine *e, const struct mention *m, int v, int stop)
{
	if (!m->place || m->ts - 1 <= stop || !tok_punct(e, m->ts - 1, ',') ||
	    m->te + 1 != v || !tok_punct(e, m->te, ','))
		return 0;
	for (int t = stop; t < m->ts - 1; t++) {
		const struct mention *r;
		if (e->tok[t].men == NO)
			continue;
		r = &e->men[e->tok[t].men];
		return r->kind == MN_ROLE && !r->plural &&
		    (tok_lex(e, r->ne - 1) & QL_ORGISH) &&
		    !(tok_lex(e, r->ne - 1) & QL_DOC);
	}
	return 0;
}

/* The speaker before position v (a verb or an introducing colon): the
 * nearest mention that is not the object of a preposition ("Lucy Fischer
 * of The Times told NPR") nor inside an aside ("Hugh Hill, a doctor,
 * said"; "Brett McGurk, who was ..., also criticized"). */
int
qp_mention_before(const struct qp_engine *e, int v, int stop)
{
	int fallback = NO; /* a lone capital opening the sentence */
	int w = v - 1;

	/* "drafted by Alex Greenwich who said": the relative pronoun's
	 * antecedent, even as a prepositional object */
	while (w > stop && is_word(e, w) &&
	    (tok_is(e, w, "also") || tok_is(e, w, "then") ||
	        tok_is(e, w, "later")))
		w--;
	if (w > stop && is_word(e, w) && tok_is(e, w, "who")) {
		int p = w - 1; /* not after a comma: "X, a Y at Z, who said" */
		if (p >= stop && e->tok[p].men >= 0 &&
		    e->men[e->tok[p].men].te == p + 1 &&
		    e->men[e->tok[p].men].kind != MN_PRON &&
		    !nonspeaker(e, &e->men[e->tok[p].men]))
			return e->tok[p].men;
	}

	/* asides are comma-delimited; walk back and skip them */
	for (int t = v - 1; t >= stop; t--) {
		const struct tok *k = &e->tok[t];
		if (k->q != NO) {
			/* "characterised the deaths as "crushing" and wrote" */
			t = e->qs[k->q].o;
			continue;
		}
		/* "… Research and Education (C-MORE) said": an acronym or a
		 * gloss in brackets is not the subject */
		if (tok_punct(e, t, ')')) {
			for (int d = t - 1; d >= stop && t - d < 30; d--)
				if (tok_punct(e, d, '(')) {
					if (d - 1 >= stop &&
					    e->tok[d - 1].men >= 0)
						t = d; /* after a name only */
					break;
				}
			continue;
		}
		if (tok_punct(e, t, ',')) {
			int past = NO, list = list_aside(e, t, stop);
			/* is there an aside opening before this comma? */
			for (int a = t - 1; a >= stop && t - a < 40; a--) {
				if (e->tok[a].q != NO)
					break;
				if (a == list ||
				    (list == NO && aside_start(e, a))) {
					const struct mention *pm = NULL;
					/* "Tom Baker, 52, a farmer from Leeds,
					 * said": an age before the aside is
					 * one with it */
					while (a - 2 >= stop &&
					    e->tok[a - 1].type == TK_NUM &&
					    tok_punct(e, a - 2, ','))
						a -= 2;
					/* the name right before the aside */
					if (a - 1 >= stop &&
					    e->tok[a - 1].men >= 0)
						pm = &e->men[e->tok[a - 1].men];
					/* "One of the study's authors,
					 * herpetologist David Blackburn, told":
					 * the name the aside gives the role */
					if (pm && pm->kind == MN_ROLE &&
					    a != list &&
					    e->tok[t - 1].men >= 0 &&
					    e->men[e->tok[t - 1].men].kind ==
					        MN_NAME &&
					    e->men[e->tok[t - 1].men].te == t &&
					    e->men[e->tok[t - 1].men].ts <=
					        a + 3 &&
					    !(e->tok[t - 2].fl & F_POSS) &&
					    !(e->tok[t - 1].fl & F_POSS))
						return e->tok[t - 1].men;
					/* "Anderson Cooper, of CNN, one of …,
					 * stated", "Anna Franowska of "Have no
					 * fear", an … charity, told": go on
					 * before the aside */
					if ((pm && pm->kind != MN_PRON &&
					        pp_object(e, pm, stop)) ||
					    (!pm && a - 1 >= stop &&
					        e->tok[a - 1].type == TK_MARK &&
					        e->tok[a - 1].q != NO)) {
						past = a;
						break;
					}
					if (pm && pm->kind != MN_PRON)
						return e->tok[a - 1].men;
					break;
				}
				if ((tok_punct(e, a, ',') &&
				        (list == NO || a < list)) ||
				    tok_terminal(e, a))
					break;
			}
			if (past != NO)
				t = past; /* go on before the aside */
			continue;
		}
		/* "The researchers noted implications: Gownaris remarked, "…"":
		 * the clause after a colon has its own subject */
		if (fallback != NO && tok_punct(e, t, ':'))
			return fallback;
		if (k->men == NO)
			continue;
		const struct mention *m = &e->men[k->men];
		int before = m->ts - 1;
		t = m->ts;
		if (m->weak && m->kind == MN_NAME && fallback == NO) {
			fallback = k->men;
			continue;
		}
		if (nonspeaker(
		        e, m)) { /* a place speaks when no one else does */
			if (names_org_before(e, m, v, stop))
				return k->men;
			if (fallback == NO)
				fallback = k->men;
			continue;
		}
		/* "of The Times", "to the BBC", "on Twitter", "of worldwide
		 * victim group Ending Clergy Abuse": objects */
		{
			/* lower-case words only after a group noun: "group
			 * Ending …" */
			int grp = (m->ts > stop && is_word(e, m->ts - 1) &&
			              (tok_lex(e, m->ts - 1) & QL_ORGISH) &&
			              (e->tok[m->ts - 1].fl & F_LOWER)) ||
			    (m->kind == MN_ROLE && m->ts == m->ns);
			int steps = 0;
			while (before >= stop && m->ts - before <= 10) {
				const struct tok *bt = &e->tok[before];
				/* "of the UK's National Crime Agency", "of the
				 * Northern Arapaho tribal … office" */
				if (bt->men >= 0 &&
				    e->men[bt->men].te == before + 1 &&
				    e->men[bt->men].kind != MN_PRON &&
				    ((bt->fl & F_POSS) ||
				        (grp &&
				            e->men[bt->men].kind != MN_ROLE))) {
					before = e->men[bt->men].ts - 1;
					continue;
				}
				if (!is_word(e, before) || ++steps > 4 ||
				    !(((tok_lex(e, before) & QL_DET) &&
				          !(tok_lex(e, before) & QL_PRON)) ||
				        (grp && (bt->fl & F_LOWER) &&
				            !(tok_lex(e, before) &
				                (QL_VERB | QL_PREP | QL_CONJ |
				                    QL_PRON)))))
					break;
				before--;
			}
		}
		/* "outside Washington, D.C. saying": a place in apposition to a
		 * prepositional object is one too */
		if (m->ts - 2 >= stop && tok_punct(e, m->ts - 1, ',') &&
		    m->kind != MN_PRON && e->tok[m->ts - 2].men >= 0 &&
		    e->men[e->tok[m->ts - 2].men].kind != MN_PRON &&
		    e->men[e->tok[m->ts - 2].men].te == m->ts - 1 &&
		    qp_in_pp(e, &e->men[e->tok[m->ts - 2].men]) &&
		    m->ne - m->ns == 1 && (e->tok[m->ts].fl & F_ALLCAP)) {
			t = e->men[e->tok[m->ts - 2].men].ts;
			continue;
		}
		/* "some of the protesters": a quantity, not a prepositional
		 * object; "with Zinichev describing": the subject of the verb
		 * after it */
		if (before >= stop && is_word(e, before) &&
		    (tok_lex(e, before) & QL_PREP) &&
		    e->tok[before].men == NO &&
		    !(phrase_end(e, m->te) == v && tok_is(e, before, "with")) &&
		    !(tok_is(e, before, "of") && before - 1 >= stop &&
		        is_word(e, before - 1) &&
		        (tok_lex(e, before - 1) & QL_INDEF)))
			continue;
		/* "the protesters Wikinews interviewed said": the subject of a
		 * reduced relative clause yields to the noun it qualifies */
		if (m->te < v && is_word(e, m->te) &&
		    (e->tok[m->te].fl & F_LOWER) &&
		    e->tok[m->te].e - e->tok[m->te].s > 3 &&
		    e->s[e->tok[m->te].e - 1] == 'd' &&
		    e->s[e->tok[m->te].e - 2] == 'e' &&
		    !(tok_lex(e, m->te) & QL_VERB) && m->ts - 1 >= stop &&
		    e->tok[m->ts - 1].men >= 0 &&
		    e->men[e->tok[m->ts - 1].men].kind == MN_ROLE)
			return e->tok[m->ts - 1].men;
		/* "Erdogan's" alone is a possessor, not a speaker */
		if ((m->kind == MN_NAME) && (e->tok[m->ne - 1].fl & F_POSS))
			continue;
		/* "Erwin Chemerinsky, Dean of the School of Law called it":
		 * the name a title stands in apposition to; not the object
		 * of a preposition opening the sentence ("In Marsby,
		 * residents said") */
		if ((m->kind == MN_ROLE ||
		        (m->ne - m->ns == 1 && is_word(e, m->te) &&
		            (tok_is(e, m->te, "of") ||
		                tok_is(e, m->te, "at")))) &&
		    m->ts - 2 >= stop && tok_punct(e, m->ts - 1, ',') &&
		    e->tok[m->ts - 2].men >= 0 &&
		    e->men[e->tok[m->ts - 2].men].kind == MN_NAME &&
		    e->men[e->tok[m->ts - 2].men].te == m->ts - 1 &&
		    !(e->tok[m->ts - 2].fl & F_POSS) &&
		    !qp_in_pp(e, &e->men[e->tok[m->ts - 2].men]))
			return e->tok[m->ts - 2].men;
		return k->men;
	}
	return fallback;
}

/* The subject of sentence sent: its first mention outside a prepositional
 * phrase. "Brett McGurk, who was ..., also criticized the decision." */
int
qp_sentence_subject(const struct qp_engine *e, int sent)
{
	return qp_sentence_subject_loose(e, sent, 0);
}

static int subject_from(
    const struct qp_engine *e, int sent, int loose, size_t x0, int lim);

/* Is token t a conjunction opening a subordinate clause: "when",
 * "after", "although", … (lex/subord.lst)? */
int
qp_subordinator(const struct qp_engine *e, int t)
{
	return is_word(e, t) && (tok_lex(e, t) & QL_SUBORD);
}

/* The comma ending a subordinate clause that opens sentence sent
 * ("After Deputy Prime Minister Ann Lee failed to …, the Prime Minister
 * apologised"), or -1; the sentence's first mention is x0 or after. */
static int
opening_clause_end(const struct qp_engine *e, int sent, size_t x0)
{
	int s0;

	while (x0 < e->nmen && e->men[x0].sent < sent)
		x0++;
	if (x0 >= e->nmen || e->men[x0].sent != sent)
		return -1;
	s0 = qp_first_of_sentence(e, e->men[x0].ts);
	if (!qp_subordinator(e, s0))
		return -1;
	for (int t = s0 + 1; t < (int)e->ntok && e->tok[t].sent == sent; t++)
		if (e->tok[t].q != NO)
			return -1;
		else if (tok_punct(e, t, ','))
			return t;
	return -1;
}

/* With loose set, a lone unknown name may be the subject ("Facebook
 * released a statement"). */
int
qp_sentence_subject_loose(const struct qp_engine *e, int sent, int loose)
{
	return subject_from(e, sent, loose, 0, -1);
}

/* The same, the mentions before x0 being of earlier sentences. */
static int
subject_from(const struct qp_engine *e, int sent, int loose, size_t x0, int lim)
{
	/* the main clause's subject first, past an opening subordinate
	 * clause */
	int c = lim < 0 ? opening_clause_end(e, sent, x0) : -1;

	if (c >= 0) {
		int r = subject_from(e, sent, loose, x0, c);
		if (r != NO)
			return r;
	}
	for (size_t x = x0; x < e->nmen; x++) {
		const struct mention *m = &e->men[x];
		if (m->sent < sent || m->ts < lim)
			continue;
		if (m->sent > sent)
			break;
		if (e->tok[m->ts].q != NO ||
		    (m->weak && !qp_known_name(e, m) && !loose) ||
		    qp_in_pp(e, m))
			continue;
		if ((m->kind == MN_NAME && (e->tok[m->ne - 1].fl & F_POSS)) ||
		    nonspeaker(e, m))
			continue;
		/* "The Lind campaign said": the name qualifies the phrase
		 * that is the subject */
		if (m->kind == MN_NAME && x + 1 < e->nmen &&
		    e->men[x + 1].kind == MN_ROLE && e->men[x + 1].ts < m->ts &&
		    e->men[x + 1].te > m->te)
			continue;
		if (m->kind == MN_PRON && m->plural)
			return loose ? (int)x : NO;
		/* "… is of Luke Skywalker's X-wing helmet": a lone unknown word
		 * is no subject */
		if (m->kind == MN_NAME && m->ne - m->ns == 1 && !m->person &&
		    !qp_known_person(e, m) && !loose)
			continue;
		/* "Houthi military spokesperson Yahya Sarea said", "Scripps
		 * Oceanography director Margaret Leinen said": the person
		 * heads the phrase the organisation only qualifies */
		if ((m->kind == MN_ORG || m->kind == MN_NAME ||
		        m->kind == MN_ROLE) &&
		    x + 1 < e->nmen && e->men[x + 1].kind == MN_NAME &&
		    (m->kind != MN_NAME || e->men[x + 1].person) &&
		    e->men[x + 1].sent == sent &&
		    e->men[x + 1].ts - m->te <= 3 &&
		    e->men[x + 1].ts >= m->te) {
			int t = m->te, title = 0;
			const struct mention *n = &e->men[x + 1];
			while (t < n->ts && is_word(e, t) &&
			    (e->tok[t].fl & F_LOWER) &&
			    !(tok_lex(e, t) &
			        (QL_DET | QL_PREP | QL_VERB | QL_CONJ |
			            QL_PRON)))
				title |= (tok_lex(e, t++) &
				             (QL_TITLE | QL_ROLE)) != 0;
			/* a title between or opening the name's phrase in
			 * lower case, not "Trump congratulated Pelosi", "Reed
			 * met Governor Ruth Adler" */
			if (n->ts < n->ns && (e->tok[n->ts].fl & F_LOWER) &&
			    (tok_lex(e, n->ts) & (QL_TITLE | QL_ROLE)))
				title = 1;
			if (t == n->ts && title)
				return (int)x + 1;
		}
		/* "The then-manager … and Director of Mid Wales Tourism
		 * Partnership, David Clay, called it": the name in apposition
		 * to a role */
		if (m->kind == MN_ROLE)
			for (int t = m->te; t < (int)e->ntok &&
			     t < m->te + 12 && e->tok[t].sent == sent;
			     t++) {
				/* not a name in a list aside, ", including
				 * Jo Bell, Al Kerr, and Ed Moss," */
				if (qp_verb_tok(e, t) || e->tok[t].q != NO ||
				    tok_is(e, t, "including") ||
				    tok_is(e, t, "among"))
					break;
				if (tok_punct(e, t, ',') &&
				    t + 1 < (int)e->ntok &&
				    e->tok[t + 1].men >= 0) {
					const struct mention *n =
					    &e->men[e->tok[t + 1].men];
					if (n->kind == MN_NAME &&
					    n->ts == t + 1 &&
					    n->te < (int)e->ntok &&
					    tok_punct(e, n->te, ','))
						return e->tok[t + 1].men;
				}
			}
		return (int)x;
	}
	return NO;
}

/* Is verb k a participle in a reduced clause of condition or time, "if
 * written by the suspect"? */
int
qp_subordinate_verb(const struct qp_engine *e, int k, int stop)
{
	return k > stop && is_word(e, k - 1) &&
	    (tok_is(e, k - 1, "if") || tok_is(e, k - 1, "when") ||
	        tok_is(e, k - 1, "once") || tok_is(e, k - 1, "unless") ||
	        tok_is(e, k - 1, "as")) &&
	    is_word(e, k + 1) && tok_is(e, k + 1, "by");
}

/* The subject of sentence sent if it names a group or an organisation
 * that "they" may take up: "The researchers found …", "The Green Party
 * won …", "Ann Lee and Tom Greene wrote …"; the mention, its phrase
 * ending at token *end, or NO. */
int
qp_group_subject(struct qp_engine *e, int sent, size_t x0, int *end)
{
	int subj = subject_from(e, sent, 0, x0, -1);
	const struct mention *r, *n;

	if (subj == NO)
		return NO;
	r = &e->men[subj];
	*end = r->te;
	if (r->kind == MN_ROLE)
		return r->plural && !r->indef ? subj : NO;
	if (r->kind == MN_ORG ||
	    (r->kind == MN_NAME && r->ent != NO && e->ent[r->ent].org))
		return subj;
	/* two people as one subject */
	if (r->kind == MN_NAME && (size_t)subj + 1 < e->nmen &&
	    is_word(e, r->te) && tok_is(e, r->te, "and")) {
		n = &e->men[subj + 1];
		if (n->kind == MN_NAME && n->ts == r->te + 1 &&
		    !(e->tok[n->ne - 1].fl & F_POSS) && is_word(e, n->te) &&
		    (e->tok[n->te].fl & F_LOWER) &&
		    !(tok_lex(e, n->te) & (QL_PREP | QL_CONJ | QL_DET))) {
			*end = n->te;
			return subj;
		}
	}
	return NO;
}

/* In a paragraph with no quotation mark (its lower-case words were not
 * looked up): the head of a group opening sentence sent, "Scientists at
 * the university found", "Many local residents say", or NO. */
static int
group_opening(struct qp_engine *e, int t, int sent)
{
	int k, h = NO;

	/* the head first: most sentences open with none and need one
	 * look-up or none ("residents", "spokesmen", "people", "children":
	 * every head ends so) */
	for (k = t; k < (int)e->ntok && k < t + 4 && e->tok[k].sent == sent &&
	     is_word(e, k);
	     k++) {
		const unsigned char *w = e->s + e->tok[k].s;
		size_t n = e->tok[k].stem;
		uint32_t f;
		if (n < 3 || (e->tok[k].fl & F_POSS) || !is_word(e, k + 1) ||
		    !(e->tok[k + 1].fl & F_LOWER) ||
		    !((w[n - 1] | 0x20) == 's' ||
		        ((w[n - 1] | 0x20) == 'n' && (w[n - 2] | 0x20) == 'e' &&
		            ((w[n - 3] | 0x20) == 'm' ||
		                (w[n - 3] | 0x20) == 'r')) ||
		        ((w[n - 1] | 0x20) == 'e' && (w[n - 2] | 0x20) == 'l' &&
		            (w[n - 3] | 0x20) == 'p')))
			continue;
		e->tok[k].lexp = 1;
		f = tok_lex(e, k);
		if ((f & QL_ROLE) && (f & QL_PLURAL) && !(f & QL_ORGISH)) {
			h = k;
			break;
		}
	}
	if (h == NO)
		return NO;
	/* no verb, preposition, conjunction or pronoun before it */
	for (k = t; k < h; k++) {
		e->tok[k].lexp = 1;
		if (tok_lex(e, k) & (QL_VERB | QL_PREP | QL_CONJ | QL_PRON))
			return NO;
	}
	return h;
}

/* Has sentence sent, its mentions from x, one that qp_group_subject may
 * give: a group, an organisation, a name before "and"? */
static int
group_candidate(const struct qp_engine *e, int sent, size_t x)
{
	for (; x < e->nmen && e->men[x].sent == sent; x++) {
		const struct mention *m = &e->men[x];
		if ((m->kind == MN_ROLE && m->plural && !m->indef) ||
		    m->kind == MN_ORG ||
		    (m->kind == MN_NAME &&
		        ((m->ent != NO && e->ent[m->ent].org) ||
		            (is_word(e, m->te) && tok_is(e, m->te, "and")))))
			return 1;
	}
	return 0;
}

/* Keep the last group or organisation that was the subject of one of the
 * paragraph's last three sentences, for "they" in the paragraphs after:
 * "Scientists at the university published a study.\n\n\"It is clear,\"
 * they wrote." */
void
qp_note_group(struct qp_engine *e)
{
	int last, end, t;
	size_t x = e->nmen;

	if (e->ntok == 0)
		return;
	last = e->tok[e->ntok - 1].sent;
	for (int s = last; s >= 0 && s > last - 3; s--) {
		int g, k;
		const struct mention *r;
		size_t n;
		/* the first token and the first mention of sentence s */
		t = e->sent_first[s & 3];
		while (x > 0 && e->men[x - 1].sent >= s)
			x--;
		if (!e->nmarks && (k = group_opening(e, t, s)) != NO) {
			/* no mentions of lower-case words were made */
			e->grp_para = e->para;
			e->grp_ent = NO;
			e->grp_kind = QP_SK_GROUP;
			qp_copy_str(e->grp_spk, sizeof e->grp_spk,
			    (const char *)e->s + e->tok[t].s,
			    e->tok[k].e - e->tok[t].s);
			return;
		}
		if (!group_candidate(e, s, x) ||
		    (g = qp_group_subject(e, s, x, &end)) == NO)
			continue;
		r = &e->men[g];
		e->grp_para = e->para;
		if (r->kind != MN_ROLE && end == r->te && r->ent != NO) {
			e->grp_ent = r->ent;
			e->grp_kind = QP_SK_ORG;
			qp_copy_str(e->grp_spk, sizeof e->grp_spk,
			    e->arena + e->ent[r->ent].name,
			    e->ent[r->ent].nlen);
		} else {
			e->grp_ent = NO;
			e->grp_kind = QP_SK_GROUP;
			n = e->tok[end - 1].e - e->tok[r->ts].s;
			qp_copy_str(e->grp_spk, sizeof e->grp_spk,
			    (const char *)e->s + e->tok[r->ts].s, n);
		}
		return;
	}
}
