/* segword.c - the word before a terminator run, for segment.c: where it
 * starts and whether it is a plain word.  What kind of word it is
 * (classify_word()) is inline in segword.h. */
#include <config.h>

#include <stdint.h>
#include <stddef.h>

#include "segscan.h"
#include "segword.h"

/* The word before a terminator run starting at t: back to white space,
 * past opening quotes and brackets. */
void
seg_word_before(const unsigned char *s, size_t t, size_t *ws)
{
	size_t i = t, l;
	int32_t cp;

	while (i > 0) {
		size_t j;

		/* ASCII letters and punctuation, the common case: above
		 * ' ', below 0x80 */
		while (i > 0 && s[i - 1] > ' ' && s[i - 1] < 0x80)
			i--;
		if (i == 0)
			break;
		if (s[i - 1] < 0x80) {
			if (s[i - 1] == ' ' ||
			    (s[i - 1] >= '\t' && s[i - 1] <= '\r'))
				break;
			i--; /* another control byte is part of the word */
			continue;
		}
		j = u8_prev(s, i, &cp);
		if (u8_isspace(cp))
			break;
		i = j;
	}
	while (i < t && (l = seg_opener_at(s, t, i)) > 0)
		i += l;
	*ws = i;
}

/* A word of letters only (apostrophes and hyphens inside allowed). */
int
seg_plain_word(const unsigned char *w, size_t n)
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
