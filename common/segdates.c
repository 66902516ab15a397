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
