/* segdates.c - a date in full that stands apart from the sentences of
 * its paragraph, with no full stop between them: a headline's dateline
 * at the paragraph's end ("Biologists find a new sea anemone Tuesday,
 * January 21, 2014"), or a date before the first sentence.  segment()
 * ends the sentence before each start found here. */
#include <config.h>

#include <stdint.h>

#include "lexicon.h"
#include "segscan.h"

/* The length of the capitalised word at s[i] that has the flag f in
 * lex_segwords ("Tuesday", "January"), with a byte after it; or 0 */
static size_t
name_at(const unsigned char *s, size_t n, size_t i, uint32_t f)
{
	size_t j = i + 1;

	if (i >= n || s[i] < 'A' || s[i] > 'Z')
		return 0;
	while (j < n && s[j] >= 'a' && s[j] <= 'z')
		j++;
	/* most capitalised words are no day: "...day" first */
	if (f == LEXF_DAY && (j - i < 6 || s[j - 1] != 'y'))
		return 0;
	return j < n && (seg_word_flags(s, n, i, j) & f) ? j - i : 0;
}

/* The length of a date in full at s[i], "Tuesday, September 1, 2015",
 * or 0 */
static size_t
full_date_at(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i, l, d;

	if ((l = name_at(s, n, j, LEXF_DAY)) == 0)
		return 0;
	j += l;
	if (n - j < 3 || s[j] != ',' || s[j + 1] != ' ')
		return 0;
	j += 2;
	if ((l = name_at(s, n, j, LEXF_MONTH)) == 0 || s[j + l] != ' ')
		return 0;
	j += l + 1;
	for (d = j; j < n && j - d < 3 && s[j] >= '0' && s[j] <= '9'; j++)
		;
	if (j == d || j - d > 2 || n - j < 6 || s[j] != ',' || s[j + 1] != ' ')
		return 0;
	j += 2;
	for (d = j; j < n && j - d < 5 && s[j] >= '0' && s[j] <= '9'; j++)
		;
	return j - d == 4 ? j - i : 0;
}

/* Does the word ending at e (blanks before e skipped) tie a date to what
 * comes before it: "posted on", "updated"? */
static int
date_tied(const unsigned char *s, size_t e)
{
	size_t w;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && s[w - 1] >= 'a' && s[w - 1] <= 'z'; w--)
		;
	/* common/lex/date_ties.lst */
	return (seg_word_flags(s, e, w, e) & LEXF_DATETIE) != 0;
}

/* The length of the dash at s[i] of a dateline (seg_dash_len()) with a
 * blank after it; or 0 */
static size_t
dateline_dash(const unsigned char *s, size_t n, size_t i)
{
	size_t l = seg_dash_len(s, n, i);

	return l > 0 && i + l < n && (s[i + l] == ' ' || s[i + l] == '\n') ? l
	                                                                   : 0;
}

/* A byte of a place's name after its capital: "Łódź", "D.C.", "O'Hare"
 * (a letter first: most bytes are) */
static inline int
place_byte(unsigned char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26 || c >= 0x80 ||
	    c == '.' || c == '\'' || c == '-';
}

/* A place's dateline before a dash that opens a news paragraph, "Evansville,
 * Indiana, United States - This past week ..." or "WASHINGTON (AP) -- The
 * Senate ...": the dateline is a sentence of its own (as in UD's EWT and
 * GUM).  Up to five capitalised words ("La.", "D.C.", "NEW DELHI") with
 * a comma between two of them or an agency in brackets after them; a
 * single name before a dash ("FYI - ...", "Group G - ...") is too often
 * something else.  s[n - 1] ends a sentence (no letter).  Returns where
 * the sentence after the dash starts, or 0. */
static size_t
place_dateline(const unsigned char *s, size_t n, size_t a)
{
	size_t i = a, words = 0, l;
	int comma = 0, agency = 0;

	while (i < n && s[i] >= 'A' && s[i] <= 'Z' && words < 5) {
		words++;
		/* lower-case letters first: most bytes of a word are (no
		 * bound check: s[n - 1] ends a sentence, and is none) */
		for (i++; (unsigned char)(s[i] - 'a') < 26; i++)
			;
		while (i < n && place_byte(s[i]))
			i++;
		if (n - i > 2 && s[i] == ',' && s[i + 1] == ' ') {
			comma = 1;
			i += 2;
			continue;
		}
		if (i >= n || s[i] != ' ')
			return 0;
		i++;
		/* an agency: "(AP)", "(Reuters)" */
		if (i < n && s[i] == '(' && i + 1 < n && s[i + 1] >= 'A' &&
		    s[i + 1] <= 'Z') {
			for (i += 2; i < n && (s[i] | 0x20) >= 'a' &&
			     (s[i] | 0x20) <= 'z';
			     i++)
				;
			if (n - i < 2 || s[i] != ')' || s[i + 1] != ' ')
				return 0;
			agency = 1;
			i += 2;
			break;
		}
	}
	if (words == 0 || !(comma || agency) ||
	    (l = dateline_dash(s, n, i)) == 0)
		return 0;
	i += l + 1;
	if (n - i > 4 && s[i] == 0xe2 && s[i + 1] == 0x80 && s[i + 2] == 0x9c)
		return s[i + 3] >= 'A' && s[i + 3] <= 'Z' ? i : 0;
	if (n - i > 2 && s[i] == '"')
		return s[i + 1] >= 'A' && s[i + 1] <= 'Z' ? i : 0;
	return i < n && s[i] >= 'A' && s[i] <= 'Z' ? i : 0;
}

/* A headline and its dateline in one paragraph, with no full stop
 * between them: "Biologists find a new sea anemone Tuesday, January 21,
 * 2014" is two sentences, and so is "Tuesday, January 21, 2014 Two
 * biologists said ...", but not "It was posted on Tuesday, January 21,
 * 2014".  Only a date in full, at the paragraph's end or start, counts. */
void
dateline_starts(const unsigned char *s, size_t n, struct spanvec *starts)
{
	size_t e = n, a = seg_skip_space(s, n, 0), i, l;

	while (e > a &&
	    (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t' ||
	        s[e - 1] == '\r'))
		e--;
	if (e - a < 20)
		return;
	/* a day's name, six to nine letters, and its comma */
	if ((s[a + 6] == ',' || s[a + 7] == ',' || s[a + 8] == ',' ||
	        s[a + 9] == ',') &&
	    (l = full_date_at(s, e, a)) > 0 && a + l + 1 < e &&
	    s[a + l] == ' ' && s[a + l + 1] >= 'A' && s[a + l + 1] <= 'Z')
		seg_push_start(starts, a + l + 1);
	/* a place's dateline and a dash, in a paragraph that ends as a
	 * sentence does (not a heading: "Paris, France - A Guide") */
	if (s[a] >= 'A' && s[a] <= 'Z' &&
	    (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?' ||
	        s[e - 1] == '"' ||
	        (s[e - 1] == 0x9d && e - a > 3 && s[e - 3] == 0xe2 &&
	            s[e - 2] == 0x80)) &&
	    (l = place_dateline(s, e, a)) > 0)
		seg_push_start(starts, l);
	/* ", 2015" at the end; the shortest date in full, "Friday, May 1,
	 * 2015", has 19 bytes, the longest 29 */
	if (s[e - 6] != ',' || s[e - 5] != ' ' || s[e - 1] < '0' ||
	    s[e - 1] > '9')
		return;
	for (i = e - 19; i + 29 >= e && i > a + 1; i--) {
		unsigned char c;

		if (s[i - 1] != ' ' || s[i] < 'F' || s[i] > 'W' ||
		    full_date_at(s, e, i) != e - i)
			continue;
		c = s[i - 2];
		if (c != ' ' && c != '.' && c != '!' && c != '?' && c != ',' &&
		    c != ';' && c != ':' && !date_tied(s, i - 1))
			seg_push_start(starts, i);
		break;
	}
}
