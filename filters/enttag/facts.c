/*
 * facts.c - what the post-rules ask about a token, made once a sentence
 * from its bytes: case, figures, scores, initials; and about the
 * sentence: a row of a table, a dateline, a sport's slug.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tagger.h"

#include "rules/rules.h"
#include "rules/words.h"
#include "utf8.h"

/* The lexicon classes of a word (see etfeat.h); words written in lower
 * case are in the "lower" or "stop" list. */
#define LOWER_CLASSES (1u << G_LOWER | 1u << G_STOP)
uint32_t
lexclass(const struct et_model *m, const unsigned char *w, size_t len)
{
	return et_gaz_lookup(
	    &m->gaz, et_phrase_key(et_phrase_step(0, et_hash_lower(w, len))));
}

int
tok_is(const unsigned char *buf, const struct token *t, const char *w)
{
	size_t len = strlen(w);

	return t->end - t->start == len && memcmp(buf + t->start, w, len) == 0;
}

/* Whether the token is w, whatever its case ("lost", "LOST"). */
int
tok_is_ci(const unsigned char *buf, const struct token *t, const char *w)
{
	size_t len = strlen(w);

	return t->end - t->start == len &&
	    strncasecmp((const char *)buf + t->start, w, len) == 0;
}

/* Whether tokens [i, j) are a country of the lexicons. */
int
country(const struct et_tok *tk, size_t i, size_t j)
{
	const uint32_t c = 1u << G_COUNTRY;

	return j == i + 1 ? (tk[i].gz[3] & c) != 0
	                  : (tk[i].gz[0] & c) && (tk[j - 1].gz[2] & c);
}

/* Whether p[0, len) has no capital letter. */
static int
lower_case(const unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (asc_upper(p[i]))
			return 0;
	return 1;
}

/* Whether token k is a nationality of the lexicons, or one in -man or
 * -woman ("Welshman": "Welsh"). */
int
demonym(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k)
{
	const unsigned char *p = buf + toks[k].start;
	size_t len = toks[k].end - toks[k].start;

	if (t->tk[k].gz[3] & (1u << G_DEMONYM))
		return 1;
	for (size_t l = 3; l <= 5; l += 2) /* "man", "women" */
		if (len > l + 3 && lower_case(p + len - l, l) &&
		    (lexicon_flags(&et_words, p + len - l, l) &
		        EW_DEMONYM_END) &&
		    (lexclass(t->m, p, len - l) & (1u << G_DEMONYM)))
			return 1;
	return 0;
}

/* Whether token k is the plural of a word of the lexicon class c
 * ("Senators", "Serbs"). */
int
plural_of(const struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t k, int c)
{
	const unsigned char *p = buf + toks[k].start;
	size_t len = toks[k].end - toks[k].start;

	return len > 3 && p[len - 1] == 's' &&
	    (lexclass(t->m, p, len - 1) & (1u << c)) != 0;
}

/* The type of the name that begins (begins = 1) or ends (0) at token k,
 * or -1. */
int
name_at(const unsigned char *tags, size_t n, size_t k, int begins)
{
	int pos;

	if (k >= n || tags[k] == 0)
		return -1;
	pos = ET_TAG_POS(tags[k]);
	if (pos == 3 || pos == (begins ? 0 : 2))
		return ET_TAG_TYPE(tags[k]);
	return -1;
}

/* A score: a figure whose digit groups are at most 3 long, with at most
 * one hyphen (a date "1996-08-30", a year after a dateline's place or a
 * bowler's analysis "9-0-41-1" is not one). */
static int
score(const unsigned char *p, size_t len)
{
	size_t g = 0, hyphens = 0;

	if (!is_figure(p, len))
		return 0;
	for (size_t i = 0; i < len; i++) {
		g = p[i] >= '0' && p[i] <= '9' ? g + 1 : 0;
		hyphens += p[i] == '-';
		if (g > 3 || hyphens > 1)
			return 0;
	}
	return 1;
}

/* Does the word start with a capital letter? */
static int
capitalised(const unsigned char *p, size_t len)
{
	int32_t cp;

	if (p[0] < 0x80)
		return asc_upper(p[0]);
	u8_decode(p, len, &cp);
	return u8_isupper(cp);
}

static unsigned
shape(const unsigned char *p, size_t len)
{
	unsigned s = 0;

	if (capitalised(p, len))
		s |= FX_CAP;
	if (asc_lower(p[0]))
		s |= FX_LOWER;
	if (is_figure(p, len)) {
		s |= FX_FIGURE;
		if (score(p, len)) {
			s |= FX_SCORE;
			if (memchr(p, '-', len) != NULL && p[0] != '-' &&
			    p[len - 1] != '-')
				s |= FX_RESULT;
		}
	}
	if (len == 2 && asc_upper(p[0]) && p[1] == '.')
		s |= FX_INITIAL;
	if (p[0] == 'v' &&
	    (len == 1 || (len == 2 && (p[1] == 's' || p[1] == '.')) ||
	        (len == 3 && p[1] == 's' && p[2] == '.')))
		s |= FX_VERSUS;
	return s;
}

void
et_facts(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n, int caps)
{
	size_t figs = 0;

	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = buf + toks[i].start;
		size_t len = toks[i].end - toks[i].start;
		t->fx[i].shape = (uint16_t)shape(p, len);
		t->fx[i].words = lexicon_flags(&et_words, p, len);
		if (len > 1 && p[len - 1] == '.') /* "Jan." */
			t->fx[i].words |= lexicon_flags(&et_words, p, len - 1) &
			    EW_DATE;
		figs += fact(t, i, FX_FIGURE);
	}
	if (!caps)
		figs = 0;
	/* a row of a table in capitals, "NEW YORK 5 BOSTON 3", is no
	 * headline */
	t->slug = 0;
	if (caps && figs < 2) { /* a headline, a new story */
		t->slug = sport_slug(t, buf, toks, n);
		t->sport = t->slug > 0;
	}
	t->table = (!caps || figs >= 3) && table_row(t, buf, toks, n);
	t->dateline = dateline(t, buf, toks, n);
}
