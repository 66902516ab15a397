/* token.c - the tokenizer */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "token.h"
#include "utf8.h"
#include "xalloc.h"

static int
is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

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

	*email = 0;
	if (has_prefix_ci(s, n, "http://") || has_prefix_ci(s, n, "https://") ||
	    has_prefix_ci(s, n, "ftp://") || has_prefix_ci(s, n, "www.")) {
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
	while (i < n && (is_ascii_alnum(s[i]) || strchr("._%+-@", s[i]))) {
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

static void
push(struct tokvec *tv, size_t start, size_t end, enum tok_kind kind,
    unsigned flags)
{
	if (tv->n == tv->cap) {
		tv->cap = tv->cap ? tv->cap * 2 : 64;
		tv->v = xreallocarray(tv->v, tv->cap, sizeof *tv->v);
	}
	tv->v[tv->n].start = start;
	tv->v[tv->n].end = end;
	tv->v[tv->n].kind = kind;
	tv->v[tv->n].flags = flags;
	tv->n++;
}

/* A word-internal character: letter, digit or mark. */
static size_t
alnum_at(const unsigned char *s, size_t n, size_t i, int32_t *cp)
{
	size_t l;

	if (s[i] < 0x80) {
		*cp = s[i];
		return is_ascii_alnum(s[i]) ? 1 : 0;
	}
	l = u8_decode(s + i, n - i, cp);
	return (u8_isalnum(*cp) || u8_ismark(*cp)) ? l : 0;
}

/* Is s[i..) a possessive, "'s" or "’s" that no letter or digit follows
 * ("Ren's", "Ren 's")?  Returns its length or 0. */
static size_t
possessive_at(const unsigned char *s, size_t n, size_t i)
{
	size_t al = u8_apos_at(s, n, i);
	int32_t cp;

	if (al == 0 || i + al >= n || (s[i + al] != 's' && s[i + al] != 'S'))
		return 0;
	if (i + al + 1 < n && alnum_at(s, n, i + al + 1, &cp) > 0)
		return 0;
	return al + 1;
}

/* Top-level domains that make "word.com" one token. */
static size_t
tld_len(const unsigned char *s, size_t n, size_t i)
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

/* Where the clitic of the word s[start..end) starts ("I'm", "we're",
 * "they've", "you'll", "he'd"), or start when it has none.  "O'Neill" and
 * "rock'n'roll" have none. */
static size_t
clitic_at(const unsigned char *s, size_t start, size_t end)
{
	static const char *const cl[] = { "m", "re", "ve", "ll", "d" };
	size_t k;

	for (k = 0; k < sizeof cl / sizeof cl[0]; k++) {
		size_t l = strlen(cl[k]), a;

		if (end - start < l + 2 ||
		    !has_prefix_ci(s + end - l, l, cl[k]))
			continue;
		a = end - l;
		if (s[a - 1] == '\'' && a - 1 > start)
			return a - 1;
		/* "we’re": the same with U+2019 */
		if (a >= start + 4 && u8_apos_at(s, a, a - 3) == 3)
			return a - 3;
	}
	return start;
}

/* An abbreviation with inner periods at s[i]: ( alnum{1,4} "." ){2,},
 * e.g. "U.S.", "a.m.", "Ph.D.", "e.g."; returns its length or 0. */
static size_t
abbr_len(const unsigned char *s, size_t n, size_t i)
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

/* The counts of a word's characters, read by word_end(). */
struct wordshape {
	int letters, upper, digits;
};

/*
 * Push the word s[start..i) (flags: its first letter's case and
 * TF_HYPHEN), or the pieces it is made of, and return where the next
 * token starts.  apos: the word may hold an apostrophe (a clitic).
 */
static size_t
word_end(const unsigned char *s, size_t n, struct tokvec *tv, size_t start,
    size_t i, unsigned flags, struct wordshape w, int apos)
{
	enum tok_kind kind;
	size_t al;

	if (w.digits)
		flags |= TF_DIGIT;
	if (w.letters >= 2 && w.upper == w.letters)
		flags |= TF_ALLCAPS;
	kind = (w.digits && !w.letters) ? TOK_NUM : TOK_WORD;
	/* "Inc.", "Dr.", "J." -- a known abbreviation or an
	 * initial keeps its period, as in the Penn Treebank */
	if (kind == TOK_WORD && i < n && s[i] == '.' && !w.digits &&
	    !(w.letters >= 2 && w.upper == w.letters) && /* not "LA." */
	    (i + 1 >= n || s[i + 1] != '.') &&
	    ((w.letters == 1 && i - start == 1) ||
	        (i - start <= 6 &&
	            (lexicon_has(&lex_abbrev, s + start, i - start) ||
	                lexicon_has(&lex_abbrev_title, s + start, i - start))))) {
		push(tv, start, i + 1, TOK_ABBR, flags);
		return i + 1;
	}
	/* "I'm" -> "I" "'m", "we're", "they've", "you'll", "he'd" */
	if (apos) {
		size_t cut = clitic_at(s, start, i);

		if (cut > start) {
			push(tv, start, cut, TOK_WORD, flags);
			push(tv, cut, i, TOK_WORD, TF_LOWER);
			return i;
		}
	}
	/* "don't" -> "do" "n't", "can't" -> "ca" "n't" */
	{
		size_t al3 = 0;

		if (i - start >= 4 && (s[i - 1] == 't' || s[i - 1] == 'T')) {
			if (s[i - 2] == '\'')
				al3 = 1;
			else if (i - start >= 6 && s[i - 4] == 0xE2 &&
			    s[i - 3] == 0x80 && s[i - 2] == 0x99)
				al3 = 3;
		}
		if (al3 && i - start > al3 + 2 &&
		    (s[i - al3 - 2] == 'n' || s[i - al3 - 2] == 'N')) {
			size_t cut = i - al3 - 2;

			push(tv, start, cut, TOK_WORD, flags);
			push(tv, cut, i, TOK_WORD, TF_LOWER);
			return i;
		}
	}
	push(tv, start, i, kind, flags);
	/* the possessive suffix ("'s", "’s") */
	if (i < n && (s[i] == '\'' || s[i] == 0xE2) &&
	    (al = possessive_at(s, n, i)) > 0) {
		push(tv, i, i + al, TOK_WORD, TF_LOWER);
		i += al;
	}
	return i;
}

/*
 * The fast path for most of a text: a run of ASCII letters and digits
 * that ends at a blank, at most punctuation, or at a period or comma that
 * joins nothing ("said ", "said.", "said,", "2013)").  Then no URL, e-mail
 * address or dotted abbreviation starts at s[i] and nothing joins the run
 * to more, so the token is the run, as the general path would find it.
 * Returns the run's end with its counts in *w, or 0: take the general path.
 */
static size_t
plain_run(const unsigned char *s, size_t n, size_t i, unsigned *flags,
    struct wordshape *w)
{
	size_t j = i;
	unsigned char c;

	w->letters = w->upper = w->digits = 0;
	for (; j < n; j++) {
		c = s[j];
		if ((unsigned)(c - 'a') < 26)
			w->letters++;
		else if ((unsigned)(c - 'A') < 26) {
			w->letters++;
			w->upper++;
		} else if ((unsigned)(c - '0') < 10)
			w->digits++;
		else
			break;
	}
	if (j < n) {
		/* what url_len() reads on (the ASCII of "._%+-@" and ':'),
		 * the joiners, bytes that may be letters, and NUL */
		switch (c = s[j]) {
		case '_':
		case '%':
		case '+':
		case '-':
		case '@':
		case ':':
		case '&':
		case '\'':
		case '/':
		case '\0':
			return 0;
		}
		if (c >= 0x80)
			return 0;
		/* "3,000": a comma between figures joins them */
		if (c == ',' && w->letters == 0 && j + 1 < n &&
		    (unsigned)(s[j + 1] - '0') < 10)
			return 0;
		/* "U.S.", "a.m.", "x.org", "3.5", "www.": a period that may
		 * join, end an abbreviation or begin a URL */
		if (c == '.' &&
		    (j + 1 < n &&
		        (s[j + 1] >= 0x80 || s[j + 1] == '\0' ||
		            is_ascii_alnum(s[j + 1]) ||
		            strchr("._%+-@", s[j + 1]) != NULL)))
			return 0;
		if (c == '.' && j - i == 3 && has_prefix_ci(s + i, 3, "www"))
			return 0;
	}
	if (w->letters > 0 && (unsigned)(s[i] - '0') >= 10) /* a letter */
		*flags |= s[i] <= 'Z' ? TF_CAP : TF_LOWER;
	return j;
}

void
tokenize(const unsigned char *s, size_t n, struct tokvec *tv)
{
	size_t i = 0;
	int nl = 0;

	while (i < n) {
		int32_t cp;
		size_t l, start = i, al;
		unsigned flags = nl ? TF_NL : 0;
		struct wordshape w;
		int email;

		if (s[i] < 0x80) {
			if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
			    s[i] == '\f' || s[i] == '\v') {
				i++;
				continue;
			}
			if (s[i] == '\n') {
				nl = 1;
				i++;
				continue;
			}
		} else {
			l = u8_decode(s + i, n - i, &cp);
			if (u8_isspace(cp)) {
				i += l;
				continue;
			}
		}
		nl = 0;
		if (is_ascii_alnum(s[i]) &&
		    (l = plain_run(s, n, i, &flags, &w)) > 0) {
			i = word_end(s, n, tv, start, l, flags, w, 0);
			continue;
		}
		if ((s[i] == 'h' || s[i] == 'H' || s[i] == 'w' || s[i] == 'W' ||
		        s[i] == 'f' || is_ascii_alnum(s[i])) &&
		    (l = url_len(s + i, n - i, &email)) > 0) {
			push(tv, i, i + l, email ? TOK_EMAIL : TOK_URL, flags);
			i += l;
			continue;
		}
		if ((al = abbr_len(s, n, i)) > 0) {
			flags |= (s[i] >= 'A' && s[i] <= 'Z') ? TF_CAP
			                                      : TF_LOWER;
			push(tv, i, i + al, TOK_ABBR, flags);
			i += al;
			continue;
		}
		l = alnum_at(s, n, i, &cp);
		if (l > 0) {
			int first = 1;

			w.letters = w.upper = w.digits = 0;
			for (;;) {
				if (u8_isdigit(cp)) {
					w.digits++;
				} else if (u8_isalpha(cp)) {
					if (first)
						flags |= u8_isupper(cp) ? TF_CAP
						    : u8_islower(cp) ? TF_LOWER
						                     : 0;
					w.letters++;
					if (u8_isupper(cp))
						w.upper++;
				}
				first = 0;
				i += l;
				if (i >= n)
					break;
				if ((l = alnum_at(s, n, i, &cp)) > 0)
					continue;
				/* joiners: "well-known", "O'Neill", "3.5", "1,000",
				 * "10:30", "5/9/2013" -- only between alphanumerics */
				{
					size_t jl = 0, al2;

					if (s[i] == '-')
						jl = 1;
					/* "AT&T", "S&P" -- an ampersand between capitals */
					else if (s[i] == '&' &&
					    s[i - 1] >= 'A' &&
					    s[i - 1] <= 'Z' && i + 1 < n &&
					    s[i + 1] >= 'A' && s[i + 1] <= 'Z')
						jl = 1;
					/* "Detik.com", "Amazon.co.uk" -- a web name */
					else if (s[i] == '.' && w.letters > 0 &&
					    (jl = tld_len(s, n, i + 1)) > 0) {
						i += 1 + jl;
						break;
					} else if ((al2 = u8_apos_at(s, n, i)) >
					    0) {
						/* "Ren's" -- the possessive is its own token */
						if (possessive_at(s, n, i))
							break;
						jl = al2;
					} else if ((s[i] == '.' ||
					               s[i] == ',' ||
					               s[i] == ':' ||
					               s[i] == '/') &&
					    w.digits > 0 && w.letters == 0 &&
					    i + 1 < n && s[i + 1] >= '0' &&
					    s[i + 1] <= '9')
						jl = 1;
					if (jl == 0 || i + jl >= n ||
					    (l = alnum_at(s, n, i + jl, &cp)) ==
					        0)
						break;
					if (s[i] == '-')
						flags |= TF_HYPHEN;
					i += jl;
				}
			}
			i = word_end(s, n, tv, start, i, flags, w, 1);
			continue;
		}
		/* a possessive written apart, as in tokenised text
		 * ("Benetton 's Jean Alesi"), is one token as when attached */
		if ((al = possessive_at(s, n, i)) > 0) {
			push(tv, i, i + al, TOK_WORD, flags | TF_LOWER);
			i += al;
			continue;
		}
		/* a decimal without its zero, as in a table: ".576" */
		if (s[i] == '.' && i + 1 < n && s[i + 1] >= '0' &&
		    s[i + 1] <= '9' &&
		    (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' ||
		        s[i - 1] == '\n')) {
			for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
				;
			push(tv, start, i, TOK_NUM, flags | TF_DIGIT);
			continue;
		}
		/* punctuation: a run of periods is one token ("...") */
		if (s[i] == '.') {
			while (i < n && s[i] == '.')
				i++;
			push(tv, start, i, TOK_PUNCT, flags);
			continue;
		}
		l = s[i] < 0x80 ? 1 : u8_decode(s + i, n - i, &cp);
		push(tv, start, start + l, TOK_PUNCT, flags);
		i += l;
	}
}

void
tokvec_reset(struct tokvec *tv)
{
	tv->n = 0;
}

void
tokvec_free(struct tokvec *tv)
{
	free(tv->v);
	tv->v = NULL;
	tv->n = tv->cap = 0;
}

int
is_figure(const unsigned char *s, size_t n)
{
	size_t digits = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] != '.' && s[i] != ',' && s[i] != ':' &&
		    s[i] != '/' && s[i] != '-' && s[i] != '\0')
			return 0; /* NUL too: it was strchr()'s terminator */
	}
	return digits > 0;
}

size_t
tok_fold_apos(const unsigned char *s, size_t n, unsigned char *out)
{
	size_t i = 0, k = 0;

	while (i < n) {
		if (s[i] == 0xE2 && u8_apos_at(s, n, i) == 3) {
			out[k++] = '\'';
			i += 3;
		} else
			out[k++] = s[i++];
	}
	return k;
}
