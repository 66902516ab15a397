/* tokspan.h - private to the tokenizer (common/token.c): the spans it
 * measures by rule rather than a character at a time, in tokspan.c (a URL
 * or e-mail address, an abbreviation with inner periods, the top-level
 * domain of a web name), and the ASCII tests both files ask. */
#ifndef NU_TOKSPAN_H
#define NU_TOKSPAN_H
#include <stddef.h>
#include <string.h>

/* An ASCII letter or digit. */
static int
is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/* Does s[0..n) begin with p (lower case), in either case? */
static int
has_prefix_ci(const unsigned char *s, size_t n, const char *p)
{
	size_t i, l = strlen(p);

	if (n < l)
		return 0;
	for (i = 0; i < l; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != (unsigned char)p[i])
			return 0;
	}
	return 1;
}

/* Punctuation an e-mail address may hold: one of "._%+-@", or NUL (as
 * strchr() found it, the string's terminator). */
static inline int
is_email_punct(unsigned char c)
{
	switch (c) {
	case '.':
	case '_':
	case '%':
	case '+':
	case '-':
	case '@':
	case '\0':
		return 1;
	}
	return 0;
}

/* An abbreviation with inner periods at s[i]: ( alnum{1,4} "." ){2,},
 * e.g. "U.S.", "a.m.", "Ph.D.", "e.g."; returns its length or 0. */
size_t tok_abbr_len(const unsigned char *s, size_t n, size_t i);

/* The length of a top-level domain at s[i] that makes the word before its
 * period a web name ("Detik.com", "Amazon.co.uk"), or 0. */
size_t tok_tld_len(const unsigned char *s, size_t n, size_t i);

#endif
