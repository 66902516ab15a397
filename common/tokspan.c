/* tokspan.c - the spans the tokenizer measures by rule (tokspan.h): a
 * URL or e-mail address (url_len(), token.h), an abbreviation with inner
 * periods, the top-level domain of a web name. */
#include <config.h>

#include <string.h>

#include "token.h"
#include "tokspan.h"

/* Characters a URL or address may hold (RFC 3986 unreserved, reserved and
 * '%'), less the quote and bracket pairs that usually surround it. */
static int
is_url_char(unsigned char c)
{
	return is_ascii_alnum(c) || strchr("-._~:/?#@!$&*+,;=%", c) != NULL ||
	    c >= 0x80;
}

size_t
url_len(const unsigned char *s, size_t n, int *email)
{
	size_t i = 0, at = 0, dot_after_at = 0, end;
	unsigned char c0 = n > 0 ? s[0] | 0x20 : 0;

	*email = 0;
	if ((c0 == 'h' || c0 == 'f' || c0 == 'w') &&
	    (has_prefix_ci(s, n, "http://") ||
	        has_prefix_ci(s, n, "https://") ||
	        has_prefix_ci(s, n, "ftp://") || has_prefix_ci(s, n, "www."))) {
		while (i < n && is_url_char(s[i]) && s[i] >= 0x21 &&
		    !(s[i] >= 0x80 && i + 2 < n && s[i] == 0xE2 &&
		        s[i + 1] == 0x80)) /* stop at ’ ” … */
			i++;
		/* "(see http://x.org/a)." -- trailing punctuation is not the URL's */
		while (i > 0 && strchr(".,;:!?'\")]*", s[i - 1]) != NULL)
			i--;
		return i > 7 ? i : 0;
	}
	/* an e-mail address: local@domain.tld */
	while (i < n && (is_ascii_alnum(s[i]) || is_email_punct(s[i]))) {
		if (s[i] == '@') {
			if (at || i == 0)
				return 0;
			at = i;
		} else if (s[i] == '.' && at && i > at + 1 && i + 1 < n &&
		    is_ascii_alnum(s[i + 1])) {
			dot_after_at = i;
		}
		i++;
	}
	if (!at || !dot_after_at)
		return 0;
	end = i;
	while (end > 0 && strchr(".-", s[end - 1]))
		end--;
	if (end <= dot_after_at + 1)
		return 0;
	*email = 1;
	return end;
}


/* Top-level domains that make "word.com" one token. */
size_t
tok_tld_len(const unsigned char *s, size_t n, size_t i)
{
	static const char *const tld[] = { "com", "org", "net", "gov", "edu",
		"info", "co.uk", "io" };
	size_t k;

	for (k = 0; k < sizeof tld / sizeof tld[0]; k++) {
		size_t l = strlen(tld[k]);
		if (n - i >= l && has_prefix_ci(s + i, l, tld[k]) &&
		    (i + l == n || !is_ascii_alnum(s[i + l])))
			return l;
	}
	return 0;
}

/* An abbreviation with inner periods at s[i]: ( alnum{1,4} "." ){2,},
 * e.g. "U.S.", "a.m.", "Ph.D.", "e.g."; returns its length or 0. */
size_t
tok_abbr_len(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i, parts = 0;

	for (;;) {
		size_t k = j;
		while (k < n && k - j < 5 && s[k] < 0x80 &&
		    ((s[k] >= 'a' && s[k] <= 'z') ||
		        (s[k] >= 'A' && s[k] <= 'Z')))
			k++;
		if (k == j || k - j > 4 || k >= n || s[k] != '.')
			break;
		parts++;
		j = k + 1;
	}
	return parts >= 2 ? j - i : 0;
}
