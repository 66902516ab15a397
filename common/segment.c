/* segment.c - sentence boundaries within a paragraph
 *
 * Candidates are runs of sentence terminators (. ! ? ... and the
 * Sentence_Terminal characters of other scripts).  After the run come
 * closing quotes and brackets, then white space; the word before the run
 * and the word after it decide.  List markers ("1.", "a)", "•") that
 * form a sequence start sentences of their own. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "segscan.h"
#include "segword.h"
#include "token.h"
#include "xalloc.h"

void
spanvec_push(struct spanvec *sv, size_t start, size_t end)
{
	if (sv->n == sv->cap) {
		sv->cap = sv->cap ? sv->cap * 2 : 16;
		sv->v = xreallocarray(sv->v, sv->cap, sizeof *sv->v);
	}
	sv->v[sv->n].start = start;
	sv->v[sv->n].end = end;
	sv->n++;
}

void
spanvec_free(struct spanvec *sv)
{
	free(sv->v);
	sv->v = NULL;
	sv->n = sv->cap = 0;
}

/* The end of s[start..e) without trailing white space. */
static size_t
trim_back(const unsigned char *s, size_t start, size_t e)
{
	while (e > start) {
		int32_t cp;
		size_t j;

		if (s[e - 1] < 0x80) { /* most sentences end in ASCII */
			if (s[e - 1] != ' ' &&
			    (s[e - 1] < '\t' || s[e - 1] > '\r'))
				break;
			e--;
			continue;
		}
		j = u8_prev(s, e, &cp);
		if (!u8_isspace(cp))
			break;
		e = j;
	}
	return e;
}

/* Closing quote or bracket at s[i]: its length, or 0.  The ASCII quotes
 * count when they stand right after a terminator ("great." she said). */
static size_t
closer_at(const unsigned char *s, size_t n, size_t i)
{
	int32_t cp;
	size_t l;

	if (s[i] < 0x80)
		return (s[i] == '"' || s[i] == '\'' || s[i] == ')' ||
		           s[i] == ']' || s[i] == '}')
		    ? 1
		    : 0;
	l = u8_decode(s + i, n - i, &cp);
	/* » closes in French and German usage; “ closes in German */
	return (u8_isclose(cp) || cp == 0x00BB || cp == 0x201C) ? l : 0;
}

/* What follows a candidate boundary */
enum next_kind { NX_END, NX_UPPER, NX_LOWER, NX_DIGIT, NX_OTHER };

struct next {
	enum next_kind kind;
	size_t word; /* the following word (letters only) */
	size_t wlen; /* its length: next_wlen(), once asked for */
	int quoted;  /* an opening quote or bracket came first */
};

static void
look_next(const unsigned char *s, size_t n, size_t i, struct next *nx)
{
	size_t l;
	int32_t cp;

	nx->quoted = 0;
	nx->wlen = 0;
	nx->word = i;
	i = seg_skip_space(s, n, i);
	while (i < n && (l = seg_opener_at(s, n, i)) > 0) {
		nx->quoted = 1;
		i += l;
	}
	if (i >= n) {
		nx->kind = nx->quoted ? NX_OTHER : NX_END;
		return;
	}
	if (s[i] < 0x80) {
		unsigned char c = s[i];
		nx->kind = c >= 'A' && c <= 'Z' ? NX_UPPER
		    : c >= 'a' && c <= 'z'      ? NX_LOWER
		    : c >= '0' && c <= '9'      ? NX_DIGIT
		                                : NX_OTHER;
	} else {
		u8_decode(s + i, n - i, &cp);
		if (u8_isupper(cp))
			nx->kind = NX_UPPER;
		else if (u8_islower(cp))
			nx->kind = NX_LOWER;
		else if (u8_isdigit(cp))
			nx->kind = NX_DIGIT;
		else if (u8_isalpha(cp))
			nx->kind =
			    NX_UPPER; /* caseless scripts: a letter starts */
		else
			nx->kind = NX_OTHER;
	}
	nx->word = i;
	nx->wlen = SIZE_MAX; /* most decisions need only the kind */
}

/* The length of the next word: letters, marks and apostrophes. */
static size_t
next_wlen(const unsigned char *s, size_t n, struct next *nx)
{
	size_t i = nx->word, l;
	int32_t cp;

	if (nx->wlen != SIZE_MAX)
		return nx->wlen;
	while (i < n) {
		if (s[i] < 0x80) {
			unsigned char c = s[i] | 0x20;
			if (!(c >= 'a' && c <= 'z') && s[i] != '\'')
				break;
			i++;
			continue;
		}
		/* "It’s" as "It's" */
		if ((l = u8_apos_at(s, n, i)) > 0) {
			i += l;
			continue;
		}
		l = u8_decode(s + i, n - i, &cp);
		if (!u8_isalpha(cp) && !u8_ismark(cp))
			break;
		i += l;
	}
	nx->wlen = i - nx->word;
	return nx->wlen;
}

/* The slot + 1 of w[0..wl) in a compiled-in lexicon (lx->ix is set), or
 * 0: one probe of its index, the word read at once where the buffer goes
 * on to limit. */
static inline uint32_t
index_slot(const struct lexicon *lx, const unsigned char *w, size_t wl,
    const unsigned char *limit)
{
	struct lex_key k;
	const struct lex_slot *e;

	if (lex_key_make(&k, w, wl, limit))
		return lexicon_maybe(lx, &k) ? lexicon_key_slot(lx, &k) : 0;
	e = lexicon_find(lx, w, wl);
	return e != NULL ? (uint32_t)(e - lx->slot) + 1 : 0;
}

/* Is the next word a likely sentence starter ("The", "He", "However")?
 * "I" is not: it is capitalised anywhere. */
static int
next_is_starter(const unsigned char *s, size_t n, struct next *nx)
{
	size_t wl;

	if (nx->kind != NX_UPPER)
		return 0;
	wl = next_wlen(s, n, nx);
	if (wl == 1 && s[nx->word] == 'I')
		return 0;
	/* "It’s" is looked up as "It's" */
	if (wl <= 32 && memchr(s + nx->word, 0xE2, wl) != NULL) {
		unsigned char w[32];
		size_t l = tok_fold_apos(s + nx->word, wl, w);

		return index_slot(&lex_starters, w, l, w + l) != 0;
	}
	return index_slot(&lex_starters, s + nx->word, wl, s + n) != 0;
}

static int
is_protected(const struct tagpair *p, size_t np, size_t pos)
{
	size_t k;

	for (k = 0; k < np && p[k].start < pos; k++)
		if (pos < p[k].end)
			return 1;
	return 0;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

/* Is the word at [ws, t) the first of its sentence (after list bullets)?
 * "1. The first item" -- a list marker's period ends nothing. */
static int
sentence_initial(const unsigned char *s, size_t sent_start, size_t ws)
{
	size_t i = sent_start, l;

	while (i < ws) {
		if ((l = seg_bullet_at(s, ws, i)) > 0 ||
		    (l = seg_opener_at(s, ws, i)) > 0) {
			i += l;
			i = seg_skip_space(s, ws, i);
			continue;
		}
		break;
	}
	return i == ws;
}

/* A parenthetical citation at s[i] after white space, "(Smith 2010)",
 * "(p. 4)", "(ibid., 12)": short, with a figure, no sentence of its own
 * inside, and a capital or the end after it.  Its length from i, or 0. */
static size_t
citation_len(const unsigned char *s, size_t n, size_t i)
{
	size_t j = seg_skip_space(s, n, i), k, digits = 0;
	int32_t cp;

	if (j >= n || s[j] != '(')
		return 0;
	for (k = j + 1; k < n && k - j < 60 && s[k] != ')'; k++) {
		if (s[k] == '(' || s[k] == '\n' || s[k] == '"')
			return 0;
		digits += s[k] >= '0' && s[k] <= '9';
	}
	if (k >= n || s[k] != ')' || digits == 0 || s[k - 1] == '.' ||
	    s[k - 1] == '!' || s[k - 1] == '?')
		return 0;
	k++;
	j = seg_skip_space(s, n, k);
	if (j >= n)
		return k - i;
	if (j == k)
		return 0;
	u8_decode(s + j, n - j, &cp);
	return u8_isupper(cp) ? k - i : 0;
}

/* Is there, after white space from i, an aside in brackets that the
 * sentence goes on after: a comma, a semicolon or a colon right after
 * it, or with word too, a word in lower case?  "for Viva Maria!
 * (1965), and the", "in the U.S. (Playhouse Square) and"; but in a
 * transcript "a waste? (Inaudible) given" may start anew. */
static int
aside_goes_on(const unsigned char *s, size_t n, size_t i, int word)
{
	size_t j = seg_skip_space(s, n, i), k;

	if (j >= n || s[j] != '(')
		return 0;
	for (k = j + 1; k < n && k - j < 60 && s[k] != ')'; k++)
		if (s[k] == '(' || s[k] == '\n')
			return 0;
	if (k >= n || s[k] != ')' || ++k >= n)
		return 0;
	return s[k] == ',' || s[k] == ';' || s[k] == ':' ||
	    (word && s[k] == ' ' && k + 1 < n && s[k + 1] >= 'a' &&
	        s[k + 1] <= 'z');
}

/* Are the marks s[q..i) quotes that open the sentence starting at s[i]:
 * a capital right after them, and each mark one that may open ('"',
 * "'", “, ‘, «, „)? */
static int
opens_sentence(const unsigned char *s, size_t n, size_t q, size_t i)
{
	int32_t cp;

	while (q < i) {
		size_t l = u8_decode(s + q, i - q, &cp);

		if (cp != '"' && cp != '\'' && cp != 0x201C && cp != 0x2018 &&
		    cp != 0x00AB && cp != 0x201E)
			return 0;
		q += l;
	}
	u8_decode(s + i, n - i, &cp);
	return u8_isupper(cp);
}

/* A dash and a name that close the paragraph after a sentence, its
 * author's, go with it: '... a long game." - Ann Lee', "... about it.
 * — Ann Lee".  Is s[i..n) one (one to four capitalised words)? */
static int
attribution_at(const unsigned char *s, size_t n, size_t i)
{
	size_t words = 0, l;

	i = seg_skip_space(s, n, i);
	if ((l = seg_dash_len(s, n, i)) == 0)
		return 0;
	i += l;
	if (i >= n || s[i] != ' ')
		return 0;
	for (;;) {
		i = seg_skip_space(s, n, i);
		if (i >= n)
			return words > 0;
		if (s[i] < 'A' || s[i] > 'Z' || ++words > 4)
			return 0;
		while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' &&
		    s[i] != '\r')
			i++;
	}
}

/* What follows the terminator run at [t, te): closing quotes and
 * brackets, citation marks and an emoticon that go with the sentence,
 * then the next word.  Returns 0 (no boundary there), 1 (a boundary at
 * *end, whatever the words) or -1: *end, *nx and *quoted_end are set for
 * the words to decide. */
static int
after_run(const unsigned char *s, size_t n, size_t sent_start, size_t t,
    size_t te, int cjk, size_t *end, struct next *nx, int *quoted_end)
{
	size_t i = te, l;

	/* "said. The", "it. and": a space and an ASCII letter, the common
	 * case, where none of the below can apply (but for "xD", an
	 * emoticon) */
	if (te + 1 < n && s[te] == ' ' && (s[te + 1] | 0x20) >= 'a' &&
	    (s[te + 1] | 0x20) <= 'z' && (s[te + 1] | 0x20) != 'x') {
		*end = te;
		*quoted_end = 0;
		nx->kind = s[te + 1] <= 'Z' ? NX_UPPER : NX_LOWER;
		nx->word = te + 1;
		nx->wlen = SIZE_MAX;
		nx->quoted = 0;
		return -1;
	}
	/* '"[...] I always knew' -- omission marks in brackets that open a
	 * sentence end nothing ("Delhi[...] This hotel" may) */
	if (t > 0 && (s[t - 1] == '[' || s[t - 1] == '(') && te < n &&
	    (s[te] == ']' || s[te] == ')') &&
	    sentence_initial(s, sent_start, t - 1))
		return 0;
	while (i < n && (l = closer_at(s, n, i)) > 0)
		i += l;
	*quoted_end = i > te && s[i - 1] != ')' && s[i - 1] != ']' &&
	    s[i - 1] != '}';
	/* 'He left."I am done," she said' -- a quote mark between the period
	 * and a capital opens the next sentence, and stays with it */
	if (i < n && i > te && !cjk && opens_sentence(s, n, te, i)) {
		*end = te;
		return 1;
	}
	/* a terminator must be followed by white space, except CJK full stops */
	if (i < n && !cjk && !seg_space_at(s, n, i, &l))
		return 0;
	/* "(we fly next day. ) Hop", "the high ground ? ? ? Talk" -- no
	 * sentence starts with a closing bracket or a run of question marks
	 * (a '?' after a full stop may be a stray: "Contract. ? Do not") */
	for (;;) {
		size_t j = seg_skip_space(s, n, i);

		if (j == i || j >= n ||
		    !(s[j] == ')' || s[j] == ']' ||
		        ((s[j] == '?' || s[j] == '!') &&
		            (s[i - 1] == '?' || s[i - 1] == '!'))) ||
		    (j + 1 < n && !seg_space_at(s, n, j + 1, &l)))
			break;
		i = j + 1;
	}
	/* "in Dulwich. [17] [18]", "in Rome. [citation needed]" -- citation
	 * marks belong to the sentence */
	for (;;) {
		size_t j = seg_skip_space(s, n, i), k;

		if (j >= n || s[j] != '[')
			break;
		k = j + 1;
		if (k < n && s[k] >= '0' && s[k] <= '9') {
			while (k < n && k - j < 6 && s[k] >= '0' && s[k] <= '9')
				k++;
		} else {
			while (k < n && k - j < 32 &&
			    ((s[k] >= 'a' && s[k] <= 'z') || s[k] == ' '))
				k++;
		}
		if (k == j + 1 || k >= n || s[k] != ']')
			break;
		i = k + 1;
	}
	/* "a new era." (Smith 2010) Others -- a citation after a quotation
	 * belongs to it */
	if (*quoted_end)
		i += citation_len(s, n, i);
	/* "Thanks for reading! :)" -- an emoticon belongs to the sentence */
	{
		size_t j = seg_skip_space(s, n, i), el;
		if (j < n && (el = seg_emoticon_len(s, n, j)) > 0)
			i = j + el;
	}
	*end = i;
	if (attribution_at(s, n, i))
		return 0;
	look_next(s, n, i, nx);
	return nx->kind == NX_END ? 1 : -1;
}

/* Is s[te..end), what after_run() kept with the sentence past its
 * terminators, an emoticon alone: "That's good. :) only", "great! :P
 * you"?  A word in lower case after it starts the next sentence, as
 * after the bare terminator. */
static int
emoticon_only(const unsigned char *s, size_t n, size_t te, size_t end)
{
	size_t j = seg_skip_space(s, n, te);

	return j < end && j + seg_emoticon_len(s, n, j) == end;
}

/* Is w[0..wl) a word in capitals only, two letters or more: "NO!",
 * "WOW! the", shouted, where "Yahoo! in" is a name? */
static int
shouted(const unsigned char *w, size_t wl)
{
	size_t i;

	for (i = 0; i < wl; i++)
		if (w[i] < 'A' || w[i] > 'Z')
			return 0;
	return wl >= 2;
}

/* Does the period at s[t] stand apart, a space between it and the word
 * in lower case it closes (ws, the start of the word before it, is t)?
 * "skills whatsoever . if you mind" */
static int
spaced_stop(const unsigned char *s, size_t ws, size_t t)
{
	return ws == t && t >= 2 && s[t - 1] == ' ' && s[t - 2] >= 'a' &&
	    s[t - 2] <= 'z';
}

/* Does a URL start at s[i]: "http://", "https://" or "www."? */
static int
url_start(const unsigned char *s, size_t n, size_t i)
{
	if (s[i] == 'w')
		return n - i > 4 && memcmp(s + i, "www.", 4) == 0;
	return s[i] == 'h' && n - i > 7 &&
	    (memcmp(s + i, "http://", 7) == 0 ||
	        (n - i > 8 && memcmp(s + i, "https://", 8) == 0));
}

/* Decide whether the terminator run at [t, te) ends a sentence; on yes,
 * store the boundary (after closers) in *end. */
static int
boundary_at(const struct segmenter *sg, const unsigned char *s, size_t n,
    size_t sent_start, size_t t, size_t te, int dots, int bang, int cjk,
    size_t *end)
{
	size_t ws;
	struct next nx;
	enum abbr_class ac;
	/* ". . ." -- spaced omission marks, as in quoted text */
	int spaced = te - t >= 3 && s[t + 1] == ' ';
	int quoted_end; /* a closing quote after the run: 'said "No."' */
	int r = after_run(s, n, sent_start, t, te, cjk, end, &nx, &quoted_end);

	if (r >= 0)
		return r;
	/* "officials say... http://x.org/a", 'wrote "so it goes." www.x.org'
	 * -- a URL after a terminator starts a sentence, closers or not */
	if (nx.kind == NX_LOWER && !nx.quoted && url_start(s, n, nx.word))
		return 1;
	/* "or affiliates. , 2000" -- no sentence starts with a comma */
	if (nx.kind == NX_OTHER && (s[nx.word] == ',' || s[nx.word] == ';'))
		return 0;
	if (cjk)
		return 1;
	/* "Direct Dial:? 203", "providers,? gas" -- a question mark glued
	 * to a comma or a colon stands for a character lost in transit */
	if (bang && t > 0 &&
	    (s[t - 1] == ',' || s[t - 1] == ':' || s[t - 1] == ';'))
		return 0;
	if (bang) {
		/* "Yahoo! in", "“Why?” she asked" -- but "what should i do? i
		 * don't" ends at an unquoted question mark, and "it's fab! so
		 * go" at exclamation marks after a word that is no name (one
		 * in capitals is shouted: "WOW! the"); so does one before an
		 * aside in brackets that opens in lower case: "a nice touch!
		 * (other dishes are fine)", "why? (no idea)" */
		if (nx.kind != NX_LOWER)
			return !(nx.quoted && *end == te &&
			    aside_goes_on(s, n, te, 0));
		if ((*end != te && !emoticon_only(s, n, te, *end)) ||
		    (nx.quoted && !(nx.word == te + 2 && s[te + 1] == '(')))
			return 0;
		if (s[te - 1] == '?')
			return 1;
		seg_word_before(s, t, &ws);
		return te - t > 1 || ws == t ||
		    !(s[ws] >= 'A' && s[ws] <= 'Z') || shouted(s + ws, t - ws);
	}
	/* two periods, an informal ellipsis: "the best.. so we went", but
	 * "Ann Lee Jr.. Hornsby sued" */
	if (dots == 2 && (nx.kind == NX_LOWER || nx.kind == NX_UPPER))
		return nx.kind == NX_UPPER;
	if (dots == 3 || dots == -1)
		/* an ellipsis ends a sentence only before a capitalised word:
		 * "so... Next", not "what I mean... well" or ". . . I didn't" */
		return nx.kind == NX_UPPER &&
		    !(spaced && next_wlen(s, n, &nx) == 1 && s[nx.word] == 'I');
	seg_word_before(s, t, &ws);
	ac = classify_word(sg, s + ws, t - ws, s + n);
	/* "No. 5", but "she said no. Then" */
	if (ac == AB_NUMSIGN)
		ac = nx.kind == NX_DIGIT || s[nx.word] == '#' ? AB_TITLE
		                                              : AB_NONE;
	/* 'She said "No." Then', "as 'Inc.' It" -- a quotation closed after
	 * the period ends with it */
	if (quoted_end && nx.kind == NX_UPPER && ac != AB_NONE &&
	    ac != AB_NUMBER)
		return 1;
	/* "it is expensive. anybody can go" -- after a plain word, a period
	 * ends the sentence even before a lower-case word; after an
	 * abbreviation or an initial it does not ("Inc. and", "p. 55") */
	if (nx.kind == NX_LOWER)
		return ac == AB_NONE &&
		    (*end == te || emoticon_only(s, n, te, *end)) &&
		    (spaced_stop(s, ws, t) ||
		        (t - ws >= 2 && seg_plain_word(s + ws, t - ws)));
	/* "1. The first item" -- a marker at the start of its sentence */
	if ((ac == AB_NUMBER || ac == AB_INITIAL) && t - ws <= 3 &&
	    sentence_initial(s, sent_start, ws))
		return 0;
	switch (ac) {
	case AB_TITLE:
		/* "Dr. Smith", "No. 5", "St. Louis" */
		return 0;
	case AB_INITIAL:
	case AB_ABBR:
		/* "Co. It closed", "U.S. How", not "J. R. R. Tolkien", "U.S. for" */
		if (nx.kind == NX_DIGIT)
			return 0;
		/* "at 3 p.m. Sen. Warren replied", but "3 p.m. Monday",
		 * "7 p.m. ET" */
		if (nx.kind == NX_UPPER && seg_time_abbrev(s + ws, t - ws))
			return !lexicon_has(
			    &lex_after_time, s + nx.word, next_wlen(s, n, &nx));
		/* "pets, toys etc. I think" -- "etc." closes a list, and a
		 * capital after it starts a sentence */
		if (nx.kind == NX_UPPER && t - ws == 3 &&
		    (s[ws] | 0x20) == 'e' && (s[ws + 1] | 0x20) == 't' &&
		    (s[ws + 2] | 0x20) == 'c')
			return 1;
		/* "J. A. Smith", "W. W. Rouse Ball" -- initials in a row */
		if (nx.kind == NX_UPPER && next_wlen(s, n, &nx) == 1 &&
		    nx.word + 1 < n && s[nx.word + 1] == '.')
			return 0;
		return (next_is_starter(s, n, &nx) ||
		           (nx.quoted && nx.kind == NX_UPPER)) &&
		    !(nx.quoted && aside_goes_on(s, n, *end, 1));
	default:
		return 1;
	}
}

/* Does a terminator run start at s[t] and end the sentence begun at
 * sent_start?  See segment.h. */
int
sent_boundary_at(const struct segmenter *sg, const unsigned char *s, size_t n,
    size_t sent_start, size_t t, size_t *next, size_t *end)
{
	int32_t cp;
	size_t i = t, l;
	int dots = 0, bang = 0, cjk = 0, term = 0;

	/* the terminator run: . ! ? … and ". . ." */
	while (i < n) {
		if (s[i] == '.') {
			dots = dots < 0 ? dots : dots + 1;
			i++;
			/* ". . ." -- spaced ellipsis; but in "the end. ...and
			 * then" the full stop ends a sentence and the
			 * ellipsis opens the next */
			if (i + 1 < n && s[i] == ' ' && s[i + 1] == '.' &&
			    dots >= 1 &&
			    !(i + 3 < n && s[i + 2] == '.' && s[i + 3] == '.' &&
			        (i + 4 == n || s[i + 4] != '.')))
				i++;
			term = 1;
			continue;
		}
		if (s[i] == '!' || s[i] == '?') {
			bang = 1;
			i++;
			term = 1;
			continue;
		}
		if (s[i] < 0x80)
			break;
		/* U+2000-U+203F: only … and ‼ ‽ end sentences; the quotes and
		 * dashes there are common, so decide them without decoding */
		if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
		    s[i + 2] != 0xA6 && s[i + 2] != 0xBC && s[i + 2] != 0xBD)
			break;
		l = u8_decode(s + i, n - i, &cp);
		if (cp == 0x2026) { /* … */
			dots = -1;
			i += l;
			term = 1;
			continue;
		}
		if (u8_issterm(cp)) {
			/* 。！？ need no space after them */
			if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
			    cp == 0xFF61)
				cjk = 1;
			else
				bang = 1;
			i += l;
			term = 1;
			continue;
		}
		break;
	}
	if (!term) {
		*next = t + (s[t] < 0x80 ? 1 : u8_decode(s + t, n - t, &cp));
		return 0;
	}
	*next = i;
	if (dots > 4)
		dots = 4;
	if (dots == 4 || (dots >= 1 && bang))
		dots =
		    1; /* "period . . . ." and "....": an ellipsis and a stop */
	if (dots > 3)
		dots = 1;
	return boundary_at(sg, s, n, sent_start, t, i, dots, bang, cjk, end);
}

/* The closed quotations of s[0..n) for --keep-quotes: '"' pairs in
 * turn, and “ ” « » pairs.  A quotation left open ends nowhere and keeps
 * nothing together. */
static void
quotations(const unsigned char *s, size_t n, struct spanvec *q)
{
	size_t i, open = SIZE_MAX;
	int32_t cp, close = 0;

	for (i = 0; i < n; i++) {
		size_t l = 1;

		if (s[i] == '"')
			cp = '"';
		else if (s[i] == 0xE2 || s[i] == 0xC2)
			l = u8_decode(s + i, n - i, &cp);
		else
			continue;
		if (open == SIZE_MAX) {
			if (cp == '"' || cp == 0x201C || cp == 0x00AB) {
				open = i;
				close = cp == '"'  ? '"'
				    : cp == 0x201C ? 0x201D
				                   : 0x00BB;
			}
		} else if (cp == close) {
			spanvec_push(q, open, i + l);
			open = SIZE_MAX;
		}
		i += l - 1;
	}
}

static int
in_quotation(const struct spanvec *q, size_t *k, size_t pos)
{
	while (*k < q->n && q->v[*k].end <= pos)
		(*k)++;
	return *k < q->n && q->v[*k].start < pos && pos < q->v[*k].end;
}

void
segment(const struct segmenter *sg, const unsigned char *s, size_t n,
    const struct tagpair *prot, size_t nprot, struct spanvec *out)
{
	struct spanvec starts = { NULL, 0, 0 }, quotes = { NULL, 0, 0 };
	struct cands cd;
	size_t i, start, si = 0, ci = 0, qi = 0;

	find_cands(s, n, &cd);
	/* sentences that start with no terminator before them */
	list_starts(s, n, &cd, &starts);
	line_starts(s, n, &cd, &starts);
	web_starts(s, n, &cd, &starts);
	dateline_starts(s, n, &starts);
	if (sg->keep_quotes)
		quotations(s, n, &quotes);
	for (i = 1; i < starts.n; i++)
		if (starts.v[i].start < starts.v[i - 1].start) {
			qsort(starts.v, starts.n, sizeof *starts.v, span_cmp);
			break;
		}
	start = seg_skip_space(s, n, 0);
	i = start;
	while (i < n) {
		size_t end, next;

		/* the next terminator byte */
		while (ci < cd.nterm && cd.term[ci] < i)
			ci++;
		next = ci < cd.nterm ? cd.term[ci] : n;
		/* a list item starts before it */
		if (si < starts.n && starts.v[si].start <= next) {
			size_t p = starts.v[si++].start;
			if (p > start && !is_protected(prot, nprot, p)) {
				size_t e = trim_back(s, start, p);
				if (e > start)
					spanvec_push(out, start, e);
				start = seg_skip_space(s, n, p);
			}
			continue;
		}
		if (next >= n)
			break;
		if (!sent_boundary_at(sg, s, n, start, next, &i, &end))
			continue;
		if (is_protected(prot, nprot, end) || end >= n ||
		    in_quotation(&quotes, &qi, end))
			continue;
		/* the sentence ends after closers; trim white space */
		{
			size_t e = trim_back(s, start, end);
			if (e > start)
				spanvec_push(out, start, e);
		}
		start = seg_skip_space(s, n, end);
		i = start;
	}
	/* the rest of the paragraph */
	{
		size_t e = trim_back(s, start, n);
		if (e > start)
			spanvec_push(out, start, e);
	}
	spanvec_free(&starts);
	spanvec_free(&quotes);
	cands_free(&cd);
}
