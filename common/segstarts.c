/* segstarts.c - sentences that start with no terminator before them:
 * list items ("1. ... 2. ...", bullets), headlines and table rows in a
 * hard-wrapped paragraph, and the pieces of e-mail and web text (header
 * lines, sign-offs, URLs and separator lines).  segment() ends the
 * sentence before each start found here. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lexicon.h"
#include "segscan.h"
#include "token.h"
#include "xalloc.h"

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

size_t
seg_bullet_at(const unsigned char *s, size_t n, size_t i)
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

/* Does the marker at s[w] enumerate inside a sentence: after a comma or
 * "and", "or", "either" on the same line, before an item in lower case?
 * "You either 1) cut costs, or 2) raise prices" is one sentence, but
 * "four nights 1) what island ... 2) I would" a list with no stops. */
static int
inline_marker(const unsigned char *s, size_t n, size_t w)
{
	size_t j = w, k = w, b;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == w || k == 0)
		return 0;
	for (b = k; b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z'; b--)
		;
	if (!(s[k - 1] == ',' ||
	        ((b == 0 || s[b - 1] == ' ') &&
	            (seg_word_flags(s, n, b, k) & LEXF_ENUMTIE))))
		return 0;
	while (j < n && s[j] != ' ' && s[j] != '\t')
		j++;
	j = seg_skip_space(s, n, j);
	return j < n && s[j] >= 'a' && s[j] <= 'z';
}

/* Is the figure at s[w] a label's number, after a capitalised word that
 * opens its sentence: "Step 2. Unscrew the panel", "Part 3) Results"?
 * Not after a marker's item: "1. Apples 2. Pears". */
static int
labelled_number(const unsigned char *s, size_t w)
{
	size_t k = w, b;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	for (b = k;
	     b > 0 && ((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z');
	     b--)
		;
	if (k == w || b == k || s[b] < 'A' || s[b] > 'Z')
		return 0;
	if (b == 0 || s[b - 1] == '\n')
		return 1;
	for (k = b; k > 0 && s[k - 1] == ' '; k--)
		;
	if (k == b || k < 2 || strchr(".!?:", s[k - 1]) == NULL)
		return k == 0;
	/* the word before the stop: a figure or one letter is a marker */
	for (b = k - 1; b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n'; b--)
		;
	return !(k - 1 - b == 1 || (s[b] >= '0' && s[b] <= '9'));
}

struct marker {
	size_t pos;
	int value, alpha, bullet;
};

/* Positions where a list item starts: bullets when there are two or more,
 * and markers whose neighbour in the sequence is present too ("1. The
 * first item 2. The second item"). */
void
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
		while (ci < cd->nlist && cd->list[ci] < i)
			ci++;
		if (ci >= cd->nlist)
			break;
		i = cd->list[ci];
		if (s[i] != 0xE2) {
			/* most are a sentence's full stop: "said." is no
			 * marker, only a figure or one letter is ("12." "a)") */
			size_t d = s[i] == ')' && i > 0 && s[i - 1] == '.'
			    ? i - 1
			    : i;

			if (d == 0 ||
			    !((s[d - 1] >= '0' && s[d - 1] <= '9') ||
			        (s[d - 1] >= 'a' && s[d - 1] <= 'z' &&
			            (d == 1 || s[d - 2] == ' ' ||
			                s[d - 2] == '\t' ||
			                s[d - 2] == '\n')))) {
				i++;
				continue;
			}
		}
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
		if ((l = seg_bullet_at(s, n, w)) > 0)
			isb = 1;
		else if ((s[w] >= '0' && s[w] <= '9') ||
		    (s[w] >= 'a' && s[w] <= 'z'))
			v = list_marker(s, n, w, &alpha);
		if (v > 0 &&
		    (inline_marker(s, n, w) ||
		        (!alpha && labelled_number(s, w))))
			v = 0;
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
		    seg_skip_space(s, n,
		        m[k - 1].pos + seg_bullet_at(s, n, m[k - 1].pos)) ==
		        m[k].pos)
			keep = 0;
		if (keep && m[k].pos > 0)
			spanvec_push(starts, m[k].pos, m[k].pos);
	}
	free(m);
}

/* The first word of the line at s[i] after blanks: its length. */
static size_t
first_word_len(const unsigned char *s, size_t n, size_t i)
{
	size_t j;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (j = i; j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\n'; j++)
		;
	return j - i;
}

/* Is the line s[a..e), followed by the line at next, too short to be a
 * line of wrapped text: much shorter than the paragraph's longest, or
 * short and the next line's first word would have fitted on it ("Meeting
 * moved to 4B\nPlease bring"; nobody wraps text at 32 columns or less),
 * and a capital or a digit starts the next line? */
static int
short_line(const unsigned char *s, size_t a, size_t e, size_t next, size_t n,
    size_t longest)
{
	int32_t cp;
	size_t k;

	while (
	    e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e == a || next >= n ||
	    ((e - a) * 5 >= longest * 3 &&
	        e - a + 1 + first_word_len(s, n, next) > 32))
		return 0;
	k = seg_skip_space(s, n, next);
	if (k >= n)
		return 0;
	u8_decode(s + k, n - k, &cp);
	return u8_isupper(cp) || u8_isdigit(cp);
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
	while (
	    e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	return e > a && strchr(".!?,;:-\"')]", s[e - 1]) == NULL &&
	    s[e - 1] < 0x80 && short_line(s, a, e, next, n, longest);
}

/* Is the last word of the line s[a..e), past its closing brackets and
 * full stops, surely no figure?  table_line() needs one, so most lines
 * of prose are settled by their last bytes ("... said on Monday.", "...
 * the “Speaker”") instead of a walk a character at a time.  A
 * character of two bytes or more makes the last word no figure, unless
 * it is a wider blank (then the long way decides). */
static int
last_word_no_figure(const unsigned char *s, size_t a, size_t e)
{
	size_t z = e, w, p;
	int32_t cp;

	while (z > a &&
	    (s[z - 1] == ' ' || s[z - 1] == ')' || s[z - 1] == '.' ||
	        (s[z - 1] >= '\t' && s[z - 1] <= '\r')))
		z--;
	if (z == a)
		return 1;
	if (s[z - 1] >= 0x80) {
		for (p = z - 1; p > a && (s[p] & 0xC0) == 0x80 && z - p < 4;
		     p--)
			;
		return p + u8_decode(s + p, e - p, &cp) != z || !u8_isspace(cp);
	}
	/* a figure's last byte: a digit or one of ",:/-" */
	if (!(s[z - 1] >= '0' && s[z - 1] <= '9') && s[z - 1] != ',' &&
	    s[z - 1] != ':' && s[z - 1] != '/' && s[z - 1] != '-')
		return 1;
	for (w = z; w > a && s[w - 1] != ' ' &&
	     !(s[w - 1] >= '\t' && s[w - 1] <= '\r');
	     w--)
		if (s[w - 1] >= 0x80)
			return 0;
	return !is_figure(s + w, z - w);
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

	if (last_word_no_figure(s, a, e))
		return 0;
	for (size_t i = a; i < e; i = w) {
		size_t l;
		if (seg_space_at(s, e, i, &l)) {
			w = i + l;
			continue;
		}
		for (w = i; w < e && !seg_space_at(s, e, w, &l); w += l)
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
		/* prose that ends in a figure ("... in 2017"): no dateline
		 * after two words that are no names, and no row once the
		 * words in lower case outnumber the figures the rest of
		 * the line could hold (a word and a blank each) */
		if (words - named >= 2 && lower * 2 > figs + (e - w + 1) / 2)
			return 0;
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
	k = seg_skip_space(s, n, e + 1);
	if (k >= n)
		return 0;
	u8_decode(s + k, n - k, &cp);
	return u8_isupper(cp) || u8_isdigit(cp);
}

/* The bullet of a line that starts with "- ", "* " or "+ " (after
 * blanks), or 0. */
static unsigned char
dash_item(const unsigned char *s, size_t a, size_t e)
{
	while (a < e && (s[a] == ' ' || s[a] == '\t'))
		a++;
	if (a + 2 < e && (s[a] == '-' || s[a] == '*' || s[a] == '+') &&
	    s[a + 1] == ' ')
		return s[a];
	return 0;
}

/* Is the line s[a..e) a line of an e-mail that is a sentence of its own
 * whatever its punctuation: a header field ("From: Ann Lee", "Subject:
 * lunch"), a separator ("-----Original Message-----"), a sign-off
 * ("Thanks,", "Best regards"), or, as the paragraph's first line, a
 * salutation ("Hi Rob,", "Dear Ms. Lee,")? */
static int
mail_line(const unsigned char *s, size_t a, size_t e)
{
	size_t k, words = 1, z;

	while (a < e && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (
	    e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e - a < 2)
		return 0;
	/* a field's name, capitalised ("From", "Reply-To", not "FROM"), and
	 * ": " (common/lex/mail_fields.lst) */
	for (z = a, k = 0; z < e && z - a < 9 &&
	     (((s[z] | 0x20) >= 'a' && (s[z] | 0x20) <= 'z') || s[z] == '-');
	     z++)
		k += s[z] <= 'Z' && s[z] != '-' && (z == a || s[z - 1] != '-');
	if (z + 1 < e && s[z] == ':' && s[z + 1] == ' ' && s[a] <= 'Z' &&
	    k == 1 && (seg_word_flags(s, e, a, z) & LEXF_MAILFIELD))
		return 1;
	if (e - a >= 5 && strchr("-=_*~", s[a]) != NULL &&
	    memcmp(s + a, s + a + 1, 4) == 0)
		return 1;
	if (!(s[a] >= 'A' && s[a] <= 'Z'))
		return 0;
	for (z = e; z > a && strchr(",.!", s[z - 1]) != NULL; z--)
		;
	if (lexicon_has(&lex_signoff, s + a, z - a))
		return 1;
	if (s[e - 1] != ',' || e - a > 32)
		return 0;
	for (k = a; k < e; k++)
		words += s[k] == ' ';
	return words <= 4 ? 2 : 0;
}

/* Starts of sentences at line ends: see headline_line(); a table row
 * (table_line()) is a sentence of its own, and so is a list item on a
 * line of its own ("Bring:\n- milk\n- eggs") when two lines or more
 * start with the same bullet. */
void
line_starts(const unsigned char *s, size_t n, const struct cands *cd,
    struct spanvec *starts)
{
	const unsigned char *nl;
	size_t a = 0, longest = 0, e, next;
	size_t first = cd->nline > 0 ? cd->line[0] : n;
	int row = 0, items = 0;
	unsigned char bullet = 0;

	if (first + 1 >= n)
		return; /* one line */
	for (a = 0; a < n; a = e + 1) {
		unsigned char d;

		nl = memchr(s + a, '\n', n - a);
		e = nl ? (size_t)(nl - s) : n;
		if (e - a > longest)
			longest = e - a;
		if (a > 0 && (d = dash_item(s, a, e)) != 0) {
			items += d == bullet || bullet == 0;
			bullet = d;
		}
	}
	/* each line's end is the last line's next */
	for (a = 0, e = first; e < n; a = e + 1, e = next) {
		int nextrow, ml;

		if (a == 0)
			row = table_line(s, a, e);
		nl = memchr(s + e + 1, '\n', n - e - 1);
		next = nl ? (size_t)(nl - s) : n;
		nextrow = table_line(s, e + 1, next);
		/* "From: Ann Lee\nSent: Monday", "Thanks,\nAnn", "Hi Rob,\n" */
		if (((ml = mail_line(s, a, e)) == 1 ||
		        (ml == 2 && a == 0 &&
		            short_line(s, a, e, e + 1, n, longest))) ||
		    mail_line(s, e + 1, next) == 1 ||
		    headline_line(s, a, e, e + 1, n, longest) ||
		    ((row || nextrow) && row_break(s, a, e, n)) ||
		    (items >= 2 && dash_item(s, e + 1, next) == bullet))
			spanvec_push(starts, e + 1, e + 1);
		row = nextrow;
	}
}


/* A clock time at the ':' s[c]: "08:02", "9:30:15", with "AM" or "PM"
 * after it (a space between or not).  Returns 1 and sets [*ts, *te) to
 * the time with its AM or PM (*ampm set), or without (*ampm clear). */
static int
clock_at(const unsigned char *s, size_t n, size_t c, size_t *ts, size_t *te,
    int *ampm)
{
	size_t a = c, e = c + 1;

	while (a > 0 && c - a < 2 && s[a - 1] >= '0' && s[a - 1] <= '9')
		a--;
	if (a == c || (a > 0 && s[a - 1] != ' '))
		return 0; /* "a:b", the second ':' of "9:30:15" */
	for (;;) {
		if (e + 2 > n || !(s[e] >= '0' && s[e] <= '9') ||
		    !(s[e + 1] >= '0' && s[e + 1] <= '9'))
			return 0;
		e += 2;
		if (e < n && s[e] == ':')
			e++;
		else
			break;
	}
	*ts = a;
	*te = e;
	*ampm = 0;
	if (e < n && s[e] == ' ')
		e++;
	if (e + 2 <= n &&
	    (s[e] == 'A' || s[e] == 'P' || s[e] == 'a' || s[e] == 'p') &&
	    (s[e + 1] == 'M' || s[e + 1] == 'm') &&
	    (e + 2 == n || s[e + 2] == ' ')) {
		*te = e + 2;
		*ampm = 1;
	}
	return 1;
}

/* A date in figures ending right before s[e]: "02/13/2001 ", "10/8/99 ".
 * Returns its start, or e when there is none. */
static size_t
date_before(const unsigned char *s, size_t e)
{
	size_t i = e, parts = 0;

	if (i == 0 || s[i - 1] != ' ')
		return e;
	i--;
	for (;;) {
		size_t d = i;

		while (i > 0 && d - i < 4 && s[i - 1] >= '0' && s[i - 1] <= '9')
			i--;
		if (i == d || d - i == 3)
			return e;
		parts++;
		if (parts == 3)
			break;
		if (i == 0 || s[i - 1] != '/')
			return e;
		i--;
	}
	return i == 0 || s[i - 1] == ' ' ? i : e;
}

/* Does the word ending at e read "on" or "at" ("sent on 05/01/2001")? */
static int
after_on_at(const unsigned char *s, size_t e)
{
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e >= 2 && (e == 2 || s[e - 3] == ' ') &&
	    ((s[e - 2] == 'o' && s[e - 1] == 'n') ||
	        (s[e - 2] == 'a' && s[e - 1] == 't'));
}

/* The start of the next word after white space from e, if it starts a
 * sentence after a header's time or a URL: a capital, a quote, or
 * another URL.  0 if not. */
static size_t
next_start(const unsigned char *s, size_t n, size_t e, int url)
{
	size_t k = seg_skip_space(s, n, e);
	int32_t cp;

	if (k == e || k >= n)
		return 0;
	if (s[k] == '"')
		return url ? 0 : k;
	if (url &&
	    ((n - k > 4 && memcmp(s + k, "http", 4) == 0) ||
	        (n - k > 4 && memcmp(s + k, "www.", 4) == 0)))
		return k;
	u8_decode(s + k, n - k, &cp);
	return u8_isupper(cp) ? k : 0;
}

/* Is there a comma in s[i..i + 16)?  Most sentences have none there
 * ("The president said"): one SSE2 test says so. */
static inline int
comma_within16(const unsigned char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	if (n - i >= 16) {
		__m128i x = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i));

		return _mm_movemask_epi8(
		           _mm_cmpeq_epi8(x, _mm_set1_epi8(','))) != 0;
	}
#endif
	return memchr(s + i, ',', n - i < 16 ? n - i : 16) != NULL;
}

/* The closing words of a letter before a comma, at s[i] ("Thanks, Sean",
 * common/lex/signoff.lst): their length with the comma, or 0. */
static size_t
signoff_len(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i + 1;

	if (i >= n || s[i] < 'A' || s[i] > 'Z' || !comma_within16(s, n, i + 1))
		return 0;
	/* a word or two of letters, then ", " */
	while (j < n && j - i < 16 &&
	    ((s[j] >= 'a' && s[j] <= 'z') || (s[j] == ' ' && s[j - 1] != ' ')))
		j++;
	if (j + 1 >= n || s[j] != ',' || s[j + 1] != ' ' ||
	    !lexicon_has(&lex_signoff, s + i, j - i))
		return 0;
	return j + 1 - i;
}

/* A separator line's run of one character at s[c], standing alone:
 * "=====", "*****", "_____", five or more.  Sets [*a, *e). */
static int
separator_at(const unsigned char *s, size_t n, size_t c, size_t *a, size_t *e)
{
	size_t i = c, j = c;

	while (i > 0 && s[i - 1] == s[c])
		i--;
	while (j < n && s[j] == s[c])
		j++;
	*a = i;
	*e = j;
	return j - i >= 5 && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n') &&
	    (j == n || s[j] == ' ' || s[j] == '\n' || s[j] == '\r');
}

/* Does the ">>" at s[c] close a "<<" on its left, with no ">>" or line
 * end between: "<< File: notes.doc >>", not a quoted reply's ">> Hi"? */
static int
attachment_end(const unsigned char *s, size_t n, size_t c)
{
	size_t i;

	if (c + 1 >= n || s[c + 1] != '>' || (c > 0 && s[c - 1] == '>'))
		return 0;
	for (i = c; i >= 2 && c - i < 300; i--) {
		if (s[i - 1] == '\n' || (s[i - 1] == '>' && s[i - 2] == '>'))
			return 0;
		if (s[i - 1] == '<' && s[i - 2] == '<')
			return 1;
	}
	return 0;
}

/* The length of the word of ASCII letters at s[i] */
static size_t
word_len(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))
		j++;
	return j - i;
}

/* A picture's credit after its caption, with no full stop between them
 * ("The old mill at dusk Photo: City archive"): the start of the word
 * before the ':' at s[c], or 0. */
static size_t
credit_at(const unsigned char *s, size_t n, size_t c)
{
	size_t w = c, k;

	while (w > 0 && s[w - 1] >= 'a' && s[w - 1] <= 'z')
		w--;
	if (w < 3 || s[w - 1] < 'A' || s[w - 1] > 'Z' || s[w - 2] != ' ' ||
	    c + 2 >= n || s[c + 1] != ' ')
		return 0;
	w--;
	for (k = w - 1; k > 0 && s[k - 1] == ' '; k--)
		;
	if (k == 0 || strchr(".!?:;,", s[k - 1]) != NULL)
		return 0;
	/* common/lex/credits.lst */
	return seg_word_flags(s, n, w, c) & LEXF_CREDIT ? w : 0;
}

/* The start of a capitalised pronoun and its contraction at s[c] ('),
 * after a lower-case word and before one, or 0: "he's been right | They've
 * been a pain", "kept it up this long | You're a fan" -- inside a
 * sentence these are lower case, so the capital starts one (a title is
 * capitalised on: "starred in You've Got Mail"). */
static size_t
pronoun_start(const unsigned char *s, size_t n, size_t c)
{
	/* 're and 've after the first three, 's after the last two */
	static const char *const pron[] = { "You", "They", "We", "He", "She" };
	size_t w = c, k, e;

	/* most apostrophes are no pronoun's: "Bush's", "don't" */
	if (c < 6 || c + 3 >= n || strchr("uye", s[c - 1]) == NULL ||
	    strchr("rvlds", s[c + 1]) == NULL ||
	    (s[c - 3] != ' ' && s[c - 4] != ' ' && s[c - 5] != ' '))
		return 0;
	while (w > 0 && s[w - 1] >= 'a' && s[w - 1] <= 'z')
		w--;
	if (w < 4 || c - w > 3 || !(s[w - 1] >= 'A' && s[w - 1] <= 'Z'))
		return 0;
	w--;
	if (s[w - 1] != ' ' || !(s[w - 2] >= 'a' && s[w - 2] <= 'z') ||
	    !(s[w - 3] >= 'a' && s[w - 3] <= 'z'))
		return 0;
	for (k = 0; k < sizeof pron / sizeof *pron; k++)
		if (strlen(pron[k]) == c - w &&
		    memcmp(pron[k], s + w, c - w) == 0)
			break;
	if (k == sizeof pron / sizeof *pron)
		return 0;
	for (e = c + 1; e < n && s[e] >= 'a' && s[e] <= 'z'; e++)
		;
	if (e + 1 >= n || s[e] != ' ' || !(s[e + 1] >= 'a' && s[e + 1] <= 'z'))
		return 0;
	if (e - c == 2)
		return s[c + 1] == 'd' || (k >= 3 && s[c + 1] == 's') ? w : 0;
	if (e - c == 3)
		return (s[c + 1] == 'l' && s[c + 2] == 'l') ||
		        (k < 3 && s[c + 2] == 'e' &&
		            (s[c + 1] == 'r' || s[c + 1] == 'v'))
		    ? w
		    : 0;
	return 0;
}

/*
 * E-mail and web text, where a sentence often ends with no terminator:
 * - a header's date and time stand apart: "Kay Mann | 04/26/2001 07:17
 *   AM | Will you be ...", but not "sent on 05/01/2001 08:50 PM";
 * - a sign-off at a sentence's start: "ASAP. Thanks, | Sean";
 * - a URL ends its sentence before a capital or another URL: "see
 *   http://x.org/a | Posted by ...", and so does an e-mail address:
 *   "Email: jo@example.com | Groups: ...";
 * - a separator line: "... Sincerely | ====== | The information ...";
 * - an attachment's name in "<< >>": "<< File: notes.doc >> | Please
 *   see ...";
 * - an emoticon after a word, before a capital: "see you soon :) | Now
 *   I ..." (after a terminator, "soon! :)", segment.c keeps it with the
 *   sentence);
 * - a capitalised pronoun's contraction after a lower-case word:
 *   "ultimately he's been right | They've been ..." (pronoun_start()).
 */
void
web_starts(const unsigned char *s, size_t n, const struct cands *cd,
    struct spanvec *starts)
{
	size_t k, done = 0, p, a, e;
	int ampm;

	if ((p = signoff_len(s, n, 0)) > 0 && (p = next_start(s, n, p, 0)))
		seg_push_start(starts, p);
	for (k = 0; k < cd->nweb; k++) {
		size_t c = cd->web[k];

		if (c < done)
			continue;
		switch (s[c]) {
		case '.':
		case '!':
		case '?':
			/* "ASAP. Thanks, Sean" */
			if (c + 2 < n && s[c + 1] == ' ' &&
			    (p = signoff_len(s, n, c + 2)) > 0 &&
			    (p = next_start(s, n, c + 2 + p, 0)) > 0)
				seg_push_start(starts, p);
			break;
		case ';':
		case ':':
			/* "soon :) Now", not "soon! :) Now" (segment.c) */
			if (c >= 2 && s[c - 1] == ' ' &&
			    strchr(".!?", s[c - 2]) == NULL &&
			    (e = seg_emoticon_len(s, n, c)) > 0) {
				if ((p = next_start(s, n, c + e, 0)) > 0)
					seg_push_start(starts, p);
				done = c + e;
				break;
			}
			if (s[c] == ';')
				break;
			if ((p = credit_at(s, n, c)) > 0) {
				seg_push_start(starts, p);
				break;
			}
			if (c + 2 < n && s[c + 1] == '/' && s[c + 2] == '/') {
				int email;
				size_t w = c, l;

				while (
				    w > 0 && s[w - 1] >= 'a' && s[w - 1] <= 'z')
					w--;
				if ((l = url_len(s + w, n - w, &email)) > 0) {
					done = w + l;
					if ((p = next_start(s, n, done, 1)) > 0)
						seg_push_start(starts, p);
				}
				break;
			}
			if (!clock_at(s, n, c, &a, &e, &ampm))
				break;
			done = e;
			if ((p = date_before(s, a)) < a && p > 0 &&
			    !after_on_at(s, p))
				seg_push_start(starts, p);
			/* "07:17 AM Will you", not "8:00 PM Eastern time" */
			if (ampm && (p = next_start(s, n, e, 0)) > 0 &&
			    !lexicon_has(
			        &lex_after_time, s + p, word_len(s, n, p)))
				seg_push_start(starts, p);
			break;
		case '@': {
			int email;
			size_t w = c, l;

			while (w > 0 &&
			    ((s[w - 1] >= 'a' && s[w - 1] <= 'z') ||
			        (s[w - 1] >= 'A' && s[w - 1] <= 'Z') ||
			        (s[w - 1] >= '0' && s[w - 1] <= '9') ||
			        strchr("._%+-", s[w - 1]) != NULL))
				w--;
			if ((l = url_len(s + w, n - w, &email)) > 0 && email) {
				done = w + l;
				if (done < n && s[done] == '>')
					done++;
				if ((p = next_start(s, n, done, 0)) > 0)
					seg_push_start(starts, p);
			}
			break;
		}
		case '\'':
			if ((p = pronoun_start(s, n, c)) > 0)
				seg_push_start(starts, p);
			break;
		case '>':
			if (attachment_end(s, n, c) &&
			    (p = next_start(s, n, c + 2, 0)) > 0)
				seg_push_start(starts, p);
			break;
		case '=':
		case '*':
		case '_':
			if (!separator_at(s, n, c, &a, &e))
				break;
			done = e;
			if (a > 0)
				seg_push_start(starts, a);
			if ((p = seg_skip_space(s, n, e)) > e && p < n)
				seg_push_start(starts, p);
			break;
		}
	}
}
