/*
 * tok.c - enttag's tokenizer, matching the Penn-Treebank-like tokens of
 * the CoNLL training data: punctuation split off, "'s" and "n't" split,
 * hyphenated words, abbreviations and "U.S." kept whole.
 */
#include <stdlib.h>
#include <string.h>

#include "enttag.h"
#include "utf8.h"
#include "xalloc.h"

/* lex/abbrev.txt, compiled in by lexdata.S: one abbreviation per line. */
extern const unsigned char et_abbrev_data[];
extern const unsigned char et_abbrev_end[];

enum { C_SP, C_AL, C_DG, C_PU };

static int
cls(const unsigned char *s, size_t n, size_t *len)
{
	unsigned char c = s[0];
	int32_t cp;

	*len = 1;
	if (c < 0x80) {
		if (c == ' ' || (c >= '\t' && c <= '\r'))
			return C_SP;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return C_AL;
		if (c >= '0' && c <= '9')
			return C_DG;
		return c == 0 ? C_SP : C_PU;
	}
	*len = u8_decode(s, n, &cp);
	if (cp == U8_INVALID)
		return C_PU;
	if (u8_isspace(cp))
		return C_SP;
	if (u8_isdigit(cp))
		return C_DG;
	if (u8_isalnum(cp))
		return C_AL;
	return C_PU;
}

static int
is_apos(const unsigned char *s, size_t n, size_t *len)
{
	if (n >= 1 && s[0] == '\'') {
		*len = 1;
		return 1;
	}
	if (n >= 3 && s[0] == 0xe2 && s[1] == 0x80 && s[2] == 0x99) {
		*len = 3;
		return 1;
	}
	return 0;
}

/* An English clitic after an apostrophe ending the word: "GM's", "don't". */
static int
is_clitic(const unsigned char *s, size_t n)
{
	static const char *const cl[] = { "s", "re", "ve", "ll", "d", "m", "t",
	    NULL };
	size_t k = 0;

	while (k < n && k < 3 && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
		k++;
	if (k < n) {
		size_t l;
		int c = cls(s + k, n - k, &l);
		if (c == C_AL || c == C_DG)
			return 0;
	}
	for (int i = 0; cl[i]; i++)
		if (strlen(cl[i]) == k) {
			size_t j;
			for (j = 0; j < k && (s[j] | 0x20) == cl[i][j]; j++)
				;
			if (j == k)
				return 1;
		}
	return 0;
}

/* "Inc." "Dr." "Jan.": words that keep their period, from lex/abbrev.txt. */
static int
is_abbrev(const unsigned char *s, size_t n)
{
	const unsigned char *p = et_abbrev_data, *e = et_abbrev_end;

	if (n > 8)
		return 0;
	while (p < e) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
		size_t l = nl ? (size_t)(nl - p) : (size_t)(e - p);
		if (l == n && memcmp(p, s, n) == 0)
			return 1;
		p += l + 1;
	}
	return 0;
}

static void
push(struct et_span **toks, size_t *cap, size_t *nt, size_t a, size_t b)
{
	if (*nt == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*toks = xreallocarray(*toks, *cap, sizeof **toks);
	}
	(*toks)[*nt].start = a;
	(*toks)[*nt].end = b;
	(*nt)++;
}

/* Scans a word from i; returns its end (exclusive). */
static size_t
scan_word(const unsigned char *buf, size_t i, size_t end, int *inner_dot)
{
	int prev = C_AL;
	size_t l;

	*inner_dot = 0;
	prev = cls(buf + i, end - i, &l);
	i += l;
	while (i < end) {
		int c = cls(buf + i, end - i, &l), nc = C_SP;
		size_t l2 = 0, al;
		unsigned char ch = buf[i];
		if (c == C_AL || c == C_DG) {
			prev = c;
			i += l;
			continue;
		}
		if (is_apos(buf + i, end - i, &al)) {
			/* "O'Neil" joins; "GM's" and "don't" split */
			if (i + al < end && cls(buf + i + al, end - i - al, &l2) ==
			    C_AL && !is_clitic(buf + i + al, end - i - al)) {
				i += al;
				continue;
			}
			break;
		}
		if (i + l < end)
			nc = cls(buf + i + l, end - i - l, &l2);
		if (nc != C_AL && nc != C_DG)
			break;
		if (ch == '.') {		/* "U.S", "3.5" */
			*inner_dot = 1;
		} else if (ch == '-' || ch == '_') {	/* "EADS-led" */
		} else if (ch == '&') {		/* "AT&T", "S&P" */
			if (!(buf[i - 1] >= 'A' && buf[i - 1] <= 'Z' &&
			    buf[i + 1] >= 'A' && buf[i + 1] <= 'Z'))
				break;
		} else if (ch == ',' || ch == '/' || ch == ':') { /* "1,000" */
			if (prev != C_DG || nc != C_DG)
				break;
		} else if (ch == '@') {
		} else
			break;
		prev = nc;
		i += l;
	}
	return i;
}

size_t
et_tokenize(const unsigned char *buf, size_t start, size_t end,
    struct et_span **toks, size_t *cap)
{
	size_t nt = 0, i = start, l;

	while (i < end) {
		int c = cls(buf + i, end - i, &l);
		size_t j, al;
		if (c == C_SP) {
			i += l;
			continue;
		}
		if (c == C_AL || c == C_DG) {
			int dot;
			j = scan_word(buf, i, end, &dot);
			if (is_apos(buf + j, end - j, &al) && j + al < end &&
			    (buf[j + al] | 0x20) == 't' && j > i + 1 &&
			    (buf[j - 1] | 0x20) == 'n') {
				/* "don't" -> "do" "n't" */
				push(toks, cap, &nt, i, j - 1);
				push(toks, cap, &nt, j - 1, j + al + 1);
				i = j + al + 1;
				continue;
			}
			if (j < end && buf[j] == '.' &&
			    !(j + 1 < end && buf[j + 1] == '.') &&
			    (dot || (j - i == 1 && c == C_AL) ||
			    is_abbrev(buf + i, j - i)))
				j++;	/* "U.S." "J." "Inc." */
			push(toks, cap, &nt, i, j);
			i = j;
			continue;
		}
		if (is_apos(buf + i, end - i, &al) && i + al < end &&
		    is_clitic(buf + i + al, end - i - al) && nt > 0 &&
		    (*toks)[nt - 1].end == i) {
			/* the clitic: "'s" "'re" "n't" */
			j = scan_word(buf, i + al, end, &(int){ 0 });
			push(toks, cap, &nt, i, j);
			i = j;
			continue;
		}
		/* punctuation: "..." "--" "``" "''" as one token */
		j = i + l;
		if (buf[i] == '.' || buf[i] == '-' || buf[i] == '`' ||
		    buf[i] == '\'')
			while (j < end && buf[j] == buf[i])
				j++;
		push(toks, cap, &nt, i, j);
		i = j;
	}
	return nt;
}
