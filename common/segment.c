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
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "segment.h"
#include "token.h"
#include "utf8.h"
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

/* Bytes that may start a terminator: . ! ? and the UTF-8 lead bytes of
 * the Sentence_Terminal characters and of '…' (see sterm.tab). */
// clang-format off
static const unsigned char term_byte[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1,
	[0xD5] = 1, [0xD8] = 1, [0xDB] = 1, [0xDC] = 1, [0xDF] = 1,
	[0xE0] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xEA] = 1, [0xEF] = 1,
	[0xF0] = 1,
};
// clang-format on


static int
space_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	if (s[i] < 0x80) {
		*len = 1;
		return s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
		    s[i] == '\r' || s[i] == '\f' || s[i] == '\v';
	}
	*len = u8_decode(s + i, n - i, &cp);
	return u8_isspace(cp);
}

static size_t
skip_space(const unsigned char *s, size_t n, size_t i)
{
	size_t l;

	while (i < n && space_at(s, n, i, &l))
		i += l;
	return i;
}

/* An emoticon at s[i] followed by white space or the end: ":)", ";-)",
 * ":(", "=)", ":D", "^_^", "<3"; returns its length or 0. */
static size_t
emoticon_len(const unsigned char *s, size_t n, size_t i)
{
	// clang-format off
	static const char *const emo[] = {
		":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", "^_^", "^^", "<3",
		":)", ":(", ";)", ":D", ":P", ":p", "=)", "=(", ":/", ":o", ":O", "xD", "XD",
	};
	// clang-format on
	size_t k;

	if (strchr(":;=^<xX", s[i]) == NULL || s[i] == '\0')
		return 0;
	for (k = 0; k < sizeof emo / sizeof emo[0]; k++) {
		size_t l = strlen(emo[k]);
		if (n - i >= l && memcmp(s + i, emo[k], l) == 0 &&
		    (i + l == n || s[i + l] == ' ' || s[i + l] == '\n' ||
		        s[i + l] == '\t' || s[i + l] == '\r'))
			return l;
	}
	return 0;
}

/* The end of s[start..e) without trailing white space. */
static size_t
trim_back(const unsigned char *s, size_t start, size_t e)
{
	while (e > start) {
		int32_t cp;
		size_t j = u8_prev(s, e, &cp);

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

/* Opening quote or bracket at s[i]: its length, or 0. */
static size_t
opener_at(const unsigned char *s, size_t n, size_t i)
{
	int32_t cp;
	size_t l;

	if (s[i] < 0x80)
		return (s[i] == '"' || s[i] == '\'' || s[i] == '(' ||
		           s[i] == '[' || s[i] == '{' || s[i] == '`')
		    ? 1
		    : 0;
	l = u8_decode(s + i, n - i, &cp);
	return (u8_isopen(cp) || cp == 0x00AB || cp == 0x201E || cp == 0x201A)
	    ? l
	    : 0;
}

/* What follows a candidate boundary */
enum next_kind { NX_END, NX_UPPER, NX_LOWER, NX_DIGIT, NX_OTHER };

struct next {
	enum next_kind kind;
	size_t word, wlen; /* the following word (letters only) */
	int quoted;        /* an opening quote or bracket came first */
};

static void
look_next(const unsigned char *s, size_t n, size_t i, struct next *nx)
{
	size_t l;
	int32_t cp;

	nx->quoted = 0;
	nx->wlen = 0;
	nx->word = i;
	i = skip_space(s, n, i);
	while (i < n && (l = opener_at(s, n, i)) > 0) {
		nx->quoted = 1;
		i += l;
	}
	if (i >= n) {
		nx->kind = nx->quoted ? NX_OTHER : NX_END;
		return;
	}
	l = u8_decode(s + i, n - i, &cp);
	if (u8_isupper(cp))
		nx->kind = NX_UPPER;
	else if (u8_islower(cp))
		nx->kind = NX_LOWER;
	else if (u8_isdigit(cp))
		nx->kind = NX_DIGIT;
	else if (u8_isalpha(cp))
		nx->kind = NX_UPPER; /* caseless scripts: a letter starts */
	else
		nx->kind = NX_OTHER;
	nx->word = i;
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
}

/* Is the next word a likely sentence starter ("The", "He", "However")?
 * "I" is not: it is capitalised anywhere. */
static int
next_is_starter(const unsigned char *s, const struct next *nx)
{
	if (nx->kind != NX_UPPER)
		return 0;
	if (nx->wlen == 1 && s[nx->word] == 'I')
		return 0;
	/* "It’s" is looked up as "It's" */
	if (nx->wlen <= 32 && memchr(s + nx->word, 0xE2, nx->wlen) != NULL) {
		unsigned char w[32];
		size_t l = tok_fold_apos(s + nx->word, nx->wlen, w);

		return lexicon_has(&lex_starters, w, l);
	}
	return lexicon_has(&lex_starters, s + nx->word, nx->wlen);
}

/* The word before a terminator run starting at t: back to white space,
 * past opening quotes and brackets. */
static void
word_before(const unsigned char *s, size_t t, size_t *ws)
{
	size_t i = t, l;
	int32_t cp;

	while (i > 0) {
		size_t j = u8_prev(s, i, &cp);
		if (u8_isspace(cp))
			break;
		i = j;
	}
	while (i < t && (l = opener_at(s, t, i)) > 0)
		i += l;
	*ws = i;
}

/* A word of letters only (apostrophes and hyphens inside allowed). */
static int
plain_word(const unsigned char *w, size_t n)
{
	size_t i = 0, l;
	int32_t cp;

	while (i < n) {
		if (w[i] < 0x80) {
			unsigned char c = w[i] | 0x20;
			if (!(c >= 'a' && c <= 'z') &&
			    !((w[i] == '\'' || w[i] == '-') && i > 0))
				return 0;
			i++;
			continue;
		}
		if (i > 0 && (l = u8_apos_at(w, n, i)) > 0) {
			i += l;
			continue;
		}
		l = u8_decode(w + i, n - i, &cp);
		if (!u8_isalpha(cp) && !u8_ismark(cp))
			return 0;
		i += l;
	}
	return 1;
}

enum abbr_class { AB_NONE, AB_TITLE, AB_ABBR, AB_INITIAL, AB_NUMBER };

static enum abbr_class
classify_word(const struct segmenter *sg, const unsigned char *w, size_t wl)
{
	size_t i, letters = 0, digits = 0, dots = 0;

	if (wl == 0)
		return AB_NONE;
	for (i = 0; i < wl; i++) {
		unsigned char c = w[i];
		if (c == '.')
			dots++;
		else if (c >= '0' && c <= '9')
			digits++;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c >= 0x80)
			letters++;
	}
	if (digits > 0 && letters == 0)
		return AB_NUMBER;
	/* "U.S", "a.m", "Ph.D", "e.g" -- letters with inner periods */
	if (dots > 0 && letters > 0 && digits == 0 &&
	    letters <= 2 * (dots + 1) + 1)
		return AB_ABBR;
	/* "J." "E." -- a single letter */
	if (wl == 1 && letters == 1)
		return AB_INITIAL;
	/* the compiled-in abbreviations are six letters or fewer */
	if (wl <= 6 && lexicon_has(&lex_abbrev_title, w, wl))
		return AB_TITLE;
	if ((wl <= 6 && lexicon_has(&lex_abbrev, w, wl)) ||
	    lexicon_has(sg->extra_abbrev, w, wl))
		return AB_ABBR;
	return AB_NONE;
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

/* A list marker at s[i] (i at a word start): "12." "3)" "4.)" "a." "b)".
 * Returns its value (1-based, letters a=1) or 0; *alpha set for letters. */
static int
list_marker(const unsigned char *s, size_t n, size_t i, int *alpha)
{
	size_t j = i;
	int v = 0;

	*alpha = 0;
	if (i < n && s[i] >= 'a' && s[i] <= 'z') {
		v = s[i] - 'a' + 1;
		*alpha = 1;
		j = i + 1;
	} else {
		while (j < n && j - i < 3 && s[j] >= '0' && s[j] <= '9')
			v = v * 10 + (s[j++] - '0');
		if (j == i || (j < n && s[j] >= '0' && s[j] <= '9'))
			return 0;
	}
	if (j < n && s[j] == '.')
		j++;
	if (j < n && s[j] == ')')
		j++;
	/* a period or a parenthesis must follow the value, then a space */
	if (j >= n || (s[j - 1] != '.' && s[j - 1] != ')') ||
	    (s[j] != ' ' && s[j] != '\t'))
		return 0;
	return v;
}

static size_t
bullet_at(const unsigned char *s, size_t n, size_t i)
{
	int32_t cp;
	size_t l;

	if (s[i] < 0x80)
		return 0;
	l = u8_decode(s + i, n - i, &cp);
	/* • ‣ ◦ ▪ ● ⁃ */
	return (cp == 0x2022 || cp == 0x2023 || cp == 0x25E6 || cp == 0x25AA ||
	           cp == 0x25CF || cp == 0x2043)
	    ? l
	    : 0;
}

/* Bytes a list marker ends with ("1." "a)") or a bullet starts with. */
static const unsigned char list_byte[256] = {
	['.'] = 1, [')'] = 1, [0xE2] = 1
};

/* The positions of the bytes either scan looks at, found in one pass. */
struct cands {
	size_t *v;
	size_t n, cap;
	size_t local[256];
};

static void
find_cands(const unsigned char *s, size_t n, struct cands *c)
{
	size_t i = 0;

	c->v = c->local;
	c->n = 0;
	c->cap = sizeof c->local / sizeof c->local[0];
	for (;;) {
		/* sixteen or eight bytes at a time while none is '.', '!',
		 * '?', ')' or non-ASCII: most of a paragraph */
#ifdef __SSE2__
		for (; i + 16 <= n; i += 16) {
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(s + i));
			__m128i m = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
			        _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
			        _mm_cmpeq_epi8(x, _mm_set1_epi8(')'))));

			if (_mm_movemask_epi8(_mm_or_si128(m, x)) != 0)
				break;
		}
#endif
		for (; i + 8 <= n; i += 8) {
			const uint64_t ones = 0x0101010101010101ULL;
			const uint64_t high = 0x8080808080808080ULL;
			uint64_t x, a, b, c2, d;

			memcpy(&x, s + i, 8);
			a = x ^ ('.' * ones);
			b = x ^ ('!' * ones);
			c2 = x ^ ('?' * ones);
			d = x ^ (')' * ones);
			if (((x | ((a - ones) & ~a) | ((b - ones) & ~b) |
			         ((c2 - ones) & ~c2) | ((d - ones) & ~d)) &
			        high) != 0)
				break;
		}
		while (i < n && !term_byte[s[i]] && !list_byte[s[i]])
			i++;
		if (i >= n)
			break;
		if (c->n == c->cap) {
			c->cap *= 2;
			if (c->v == c->local) {
				c->v = xreallocarray(
				    NULL, c->cap, sizeof *c->v);
				memcpy(c->v, c->local, sizeof c->local);
			} else {
				c->v = xreallocarray(
				    c->v, c->cap, sizeof *c->v);
			}
		}
		c->v[c->n++] = i++;
	}
}

struct marker {
	size_t pos;
	int value, alpha, bullet;
};

/* Positions where a list item starts: bullets when there are two or more,
 * and markers whose neighbour in the sequence is present too ("1. The
 * first item 2. The second item"). */
static void
list_starts(const unsigned char *s, size_t n, const struct cands *cd,
    struct spanvec *starts)
{
	struct marker *m = NULL;
	size_t nm = 0, cap = 0, i = 0, k, nb = 0, ci = 0;

	for (;;) {
		size_t l, w;
		int alpha = 0, v = 0, isb = 0;

		/* markers end in '.' or ')', bullets start with 0xE2: look
		 * only there */
		while (
		    ci < cd->n && (cd->v[ci] < i || !list_byte[s[cd->v[ci]]]))
			ci++;
		if (ci >= cd->n)
			break;
		i = cd->v[ci];
		if (s[i] == 0xE2) {
			w = i;
		} else {
			/* back over "12" or "a" (and the '.' of ".)") */
			w = i;
			if (s[i] == ')' && w > 0 && s[w - 1] == '.')
				w--;
			while (w > 0 && i - w < 4 &&
			    ((s[w - 1] >= '0' && s[w - 1] <= '9') ||
			        (s[w - 1] >= 'a' && s[w - 1] <= 'z')))
				w--;
		}
		if (!(w == 0 || s[w - 1] == ' ' || s[w - 1] == '\t' ||
		        s[w - 1] == '\n') ||
		    (w == i && s[i] != 0xE2)) {
			i++;
			continue;
		}
		if ((l = bullet_at(s, n, w)) > 0)
			isb = 1;
		else if ((s[w] >= '0' && s[w] <= '9') ||
		    (s[w] >= 'a' && s[w] <= 'z'))
			v = list_marker(s, n, w, &alpha);
		if (s[i] == '.' && i + 1 < n && s[i + 1] == ')')
			i++; /* one marker, "1.)" */
		if (isb || v > 0) {
			if (nm == cap) {
				cap = cap ? cap * 2 : 8;
				m = xreallocarray(m, cap, sizeof *m);
			}
			m[nm].pos = w;
			m[nm].value = v;
			m[nm].alpha = isb ? 0 : alpha;
			m[nm].bullet = isb;
			nb += isb;
			nm++;
		}
		i++;
	}
	for (k = 0; k < nm; k++) {
		int keep = 0;
		size_t j;

		if (m[k].bullet) {
			keep = nb >= 2;
		} else {
			for (j = 0; j < nm && !keep; j++) {
				if (j == k || m[j].bullet ||
				    m[j].alpha != m[k].alpha)
					continue;
				if ((j > k && m[j].value == m[k].value + 1) ||
				    (j < k && m[j].value == m[k].value - 1))
					keep = 1;
			}
			/* letters only as a run from "a": "a. ... b. ..." */
			if (keep && m[k].alpha) {
				keep = 0;
				for (j = 0; j < nm; j++)
					if (m[j].alpha && !m[j].bullet &&
					    m[j].value == 1)
						keep = 1;
			}
		}
		/* a marker right after a bullet starts no new item: "• 9." */
		if (keep && k > 0 && m[k - 1].bullet && nb >= 2 &&
		    skip_space(
		        s, n, m[k - 1].pos + bullet_at(s, n, m[k - 1].pos)) ==
		        m[k].pos)
			keep = 0;
		if (keep && m[k].pos > 0)
			spanvec_push(starts, m[k].pos, m[k].pos);
	}
	free(m);
}

/* Does the line s[a..e) end a sentence by itself -- a headline or dateline
 * in a hard-wrapped paragraph ("Pelosi elected Speaker\nFriday, January
 * 4, 2019\nNancy Pelosi yesterday ...")?  Only when it holds no final
 * punctuation that would decide it anyway, is much shorter than the
 * paragraph's longest line (so not a wrapped line), and the next line
 * starts with a capital or a digit. */
static int
headline_line(const unsigned char *s, size_t a, size_t e, size_t next, size_t n,
    size_t longest)
{
	int32_t cp;
	size_t k;

	while (
	    e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e == a || next >= n || (e - a) * 5 >= longest * 3)
		return 0;
	if (strchr(".!?,;:-\"')]", s[e - 1]) != NULL || s[e - 1] >= 0x80)
		return 0;
	k = skip_space(s, n, next);
	if (k >= n)
		return 0;
	u8_decode(s + k, n - k, &cp);
	return u8_isupper(cp) || u8_isdigit(cp);
}

/*
 * Is the line s[a..e) a row of a table of results or standings, that
 * ends its sentence whatever follows ("Arsenal 2 Coventry 0", "Newcastle
 * 4 3 0 1 9 5 9", "Somerset 83 and 174", "Kent 203 ( J. Morris 51 )")?
 * It ends in a figure (a closing bracket or a full stop may follow), holds two
 * figures or more and at most one word in lower case for every two
 * figures: wrapped prose that happens to end in a number ("rose 2 to 45")
 * has more words than figures.  A wire story's dateline, capitalised
 * words before a date in figures ("LONDON 1996-08-30"), is one too.
 */
static int
table_line(const unsigned char *s, size_t a, size_t e)
{
	size_t figs = 0, lower = 0, words = 0, named = 0, w, z;
	int last = 0, date = 0;

	for (size_t i = a; i < e; i = w) {
		size_t l;
		if (space_at(s, e, i, &l)) {
			w = i + l;
			continue;
		}
		for (w = i; w < e && !space_at(s, e, w, &l); w += l)
			;
		/* a closing bracket and a full stop after the last figure:
		 * "Surrey 388 ( G. Butcher 64 ) .", "Kent 203-6." */
		for (z = w; z > i && (s[z - 1] == ')' || s[z - 1] == '.'); z--)
			;
		if (z == i)
			continue;
		last = is_figure(s + i, z - i);
		date = last && z - i >= 8 && memchr(s + i, '-', z - i) != NULL;
		figs += (size_t)last;
		lower += s[i] >= 'a' && s[i] <= 'z';
		words++;
		named += (s[i] >= 'A' && s[i] <= 'Z') ||
		    (z - i == 1 && s[i] == ',');
	}
	/* a dateline: "LONDON 1996-08-30", "PARK CITY , Utah 1996-11-23" */
	if (date && words >= 2 && named == words - 1)
		return 1;
	return last && figs >= 2 && lower * 2 <= figs;
}

/* May a sentence end at the line end e, next to a table row?  Not after a
 * hyphen or a comma, and only before a capital or a digit. */
static int
row_break(const unsigned char *s, size_t a, size_t e, size_t n)
{
	int32_t cp;
	size_t k;

	while (
	    e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e == a || s[e - 1] == '-' || s[e - 1] == ',')
		return 0;
	k = skip_space(s, n, e + 1);
	if (k >= n)
		return 0;
	u8_decode(s + k, n - k, &cp);
	return u8_isupper(cp) || u8_isdigit(cp);
}

/* Starts of sentences at line ends: see headline_line(), and a table row
 * (table_line()) is a sentence of its own. */
static void
line_starts(const unsigned char *s, size_t n, struct spanvec *starts)
{
	const unsigned char *nl = memchr(s, '\n', n);
	size_t a = 0, longest = 0, e;
	int row = 0;

	if (nl == NULL || (size_t)(nl - s) + 1 >= n)
		return; /* one line */
	for (a = 0; a < n; a = e + 1) {
		nl = memchr(s + a, '\n', n - a);
		e = nl ? (size_t)(nl - s) : n;
		if (e - a > longest)
			longest = e - a;
	}
	for (a = 0; a < n; a = e + 1) {
		size_t next;
		int nextrow;
		nl = memchr(s + a, '\n', n - a);
		if (nl == NULL)
			break;
		e = (size_t)(nl - s);
		if (a == 0)
			row = table_line(s, a, e);
		nl = memchr(s + e + 1, '\n', n - e - 1);
		next = nl ? (size_t)(nl - s) : n;
		nextrow = table_line(s, e + 1, next);
		if (headline_line(s, a, e, e + 1, n, longest) ||
		    ((row || nextrow) && row_break(s, a, e, n)))
			spanvec_push(starts, e + 1, e + 1);
		row = nextrow;
	}
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
		if ((l = bullet_at(s, ws, i)) > 0 ||
		    (l = opener_at(s, ws, i)) > 0) {
			i += l;
			i = skip_space(s, ws, i);
			continue;
		}
		break;
	}
	return i == ws;
}

/* Decide whether the terminator run at [t, te) ends a sentence; on yes,
 * store the boundary (after closers) in *end. */
static int
boundary_at(const struct segmenter *sg, const unsigned char *s, size_t n,
    size_t sent_start, size_t t, size_t te, int dots, int bang, int cjk,
    size_t *end)
{
	size_t i = te, l, ws;
	struct next nx;
	enum abbr_class ac;
	/* ". . ." -- spaced omission marks, as in quoted text */
	int spaced = te - t >= 3 && s[t + 1] == ' ';

	while (i < n && (l = closer_at(s, n, i)) > 0)
		i += l;
	/* a terminator must be followed by white space, except CJK full stops */
	if (i < n && !cjk && !space_at(s, n, i, &l))
		return 0;
	/* "in Dulwich. [17] [18]", "in Rome. [citation needed]" -- citation
	 * marks belong to the sentence */
	for (;;) {
		size_t j = skip_space(s, n, i), k;

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
	/* "Thanks for reading! :)" -- an emoticon belongs to the sentence */
	{
		size_t j = skip_space(s, n, i), el;
		if (j < n && (el = emoticon_len(s, n, j)) > 0)
			i = j + el;
	}
	*end = i;
	look_next(s, n, i, &nx);
	if (nx.kind == NX_END)
		return 1;
	if (cjk)
		return 1;
	if (bang)
		/* "Yahoo! in", "“Why?” she asked" -- but "what should i do? i
		 * don't" ends at an unquoted question mark */
		return nx.kind != NX_LOWER || (s[te - 1] == '?' && *end == te);
	if (dots == 3 || dots == -1)
		/* an ellipsis ends a sentence only before a capitalised word:
		 * "so... Next", not "what I mean... well" or ". . . I didn't" */
		return nx.kind == NX_UPPER &&
		    !(spaced && nx.wlen == 1 && s[nx.word] == 'I');
	word_before(s, t, &ws);
	ac = classify_word(sg, s + ws, t - ws);
	/* "it is expensive. anybody can go" -- after a plain word, a period
	 * ends the sentence even before a lower-case word; after an
	 * abbreviation or an initial it does not ("Inc. and", "p. 55") */
	if (nx.kind == NX_LOWER)
		return ac == AB_NONE && *end == te && t - ws >= 2 &&
		    plain_word(s + ws, t - ws);
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
		/* "J. A. Smith", "W. W. Rouse Ball" -- initials in a row */
		if (nx.kind == NX_UPPER && nx.wlen == 1 && nx.word + 1 < n &&
		    s[nx.word + 1] == '.')
			return 0;
		return next_is_starter(s, &nx) ||
		    (nx.quoted && nx.kind == NX_UPPER);
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
			/* ". . ." -- spaced ellipsis */
			if (i + 1 < n && s[i] == ' ' && s[i + 1] == '.' &&
			    (dots >= 1))
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

void
segment(const struct segmenter *sg, const unsigned char *s, size_t n,
    const struct tagpair *prot, size_t nprot, struct spanvec *out)
{
	struct spanvec starts = { NULL, 0, 0 };
	struct cands cd;
	size_t i, start, si = 0, ci = 0;

	find_cands(s, n, &cd);
	list_starts(s, n, &cd, &starts);
	{
		size_t nlist = starts.n;
		line_starts(s, n, &starts);
		if (nlist > 0 && starts.n > nlist)
			qsort(starts.v, starts.n, sizeof *starts.v, span_cmp);
	}
	start = skip_space(s, n, 0);
	i = start;
	while (i < n) {
		size_t end, next;

		/* the next terminator byte */
		while (ci < cd.n && (cd.v[ci] < i || !term_byte[s[cd.v[ci]]]))
			ci++;
		next = ci < cd.n ? cd.v[ci] : n;
		/* a list item starts before it */
		if (si < starts.n && starts.v[si].start <= next) {
			size_t p = starts.v[si++].start;
			if (p > start && !is_protected(prot, nprot, p)) {
				size_t e = trim_back(s, start, p);
				if (e > start)
					spanvec_push(out, start, e);
				start = skip_space(s, n, p);
			}
			continue;
		}
		if (next >= n)
			break;
		if (!sent_boundary_at(sg, s, n, start, next, &i, &end))
			continue;
		if (is_protected(prot, nprot, end) || end >= n)
			continue;
		/* the sentence ends after closers; trim white space */
		{
			size_t e = trim_back(s, start, end);
			if (e > start)
				spanvec_push(out, start, e);
		}
		start = skip_space(s, n, end);
		i = start;
	}
	/* the rest of the paragraph */
	{
		size_t e = trim_back(s, start, n);
		if (e > start)
			spanvec_push(out, start, e);
	}
	spanvec_free(&starts);
	if (cd.v != cd.local)
		free(cd.v);
}
