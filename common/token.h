/* token.h - a tokenizer with byte offsets.
 *
 * Tokens, as in the Penn Treebank and the CoNLL corpora: words (letters,
 * digits and marks, joined by inner hyphens and apostrophes: "well-known",
 * "O'Neill"), with a possessive "'s" / "’s" and a negation "n't" split off
 * ("Ren" "'s", "do" "n't"); numbers ("3.5", "1,000", "10:30",
 * "2013-05-09", "5/9/2013"); abbreviations with their period, from inner
 * periods ("U.S.", "a.m.", "Ph.D.") or from the abbreviation lists and
 * initials ("Inc.", "Dr.", "J."); URLs and e-mail addresses (trailing
 * punctuation left out); runs of periods ("..."); single punctuation or
 * symbols. */
#ifndef NU_TOKEN_H
#define NU_TOKEN_H
#include <stddef.h>

enum tok_kind { TOK_WORD, TOK_NUM, TOK_ABBR, TOK_URL, TOK_EMAIL, TOK_PUNCT };

/* flags */
#define TF_CAP 0x01     /* first letter upper case */
#define TF_ALLCAPS 0x02 /* letters all upper case (2 or more) */
#define TF_DIGIT 0x04   /* holds a digit */
#define TF_HYPHEN 0x08  /* holds an inner hyphen */
#define TF_LOWER 0x10   /* first letter lower case */
#define TF_NL 0x20      /* a line end precedes it */

struct token {
	size_t start, end;
	enum tok_kind kind;
	unsigned flags;
};

struct tokvec {
	struct token *v;
	size_t n, cap;
};

/* Append the tokens of s[0..n) to tv (offsets relative to s). */
void tokenize(const unsigned char *s, size_t n, struct tokvec *tv);
void tokvec_reset(struct tokvec *tv);

/* The same tokens, each handed to fn(ctx, token) as soon as it is made,
 * in order, so that a filter adds its own facts in the same pass (the
 * token is fn's to read during the call only). */
typedef void tok_fn(void *ctx, const struct token *t);
void tokenize_each(const unsigned char *s, size_t n, tok_fn *fn, void *ctx);
void tokvec_free(struct tokvec *tv);

/* Length of a URL or e-mail address starting at s[0], without trailing
 * punctuation; 0 if there is none.  *email is set for an address. */
size_t url_len(const unsigned char *s, size_t n, int *email);

/* Copy s[0..n) to out (n bytes of room) with each U+2019 apostrophe as
 * ASCII "'": "China’s" and "China's", "don’t" and "don't" are the same
 * token text, as the tokenizer already treats them alike (the same
 * splits, the same flags).  Returns the length written. */
size_t tok_fold_apos(const unsigned char *s, size_t n, unsigned char *out);

/* Is s[0..n) a figure: digits, with . , : / - between or before them
 * ("2", "4-38", "19.32", ".569", "1.")? */
int is_figure(const unsigned char *s, size_t n);

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>

/* The ASCII letters (returned) and digits (*digits) of the sixteen bytes
 * v, a bit each: c | 0x20 in a-z, c in 0-9, unsigned ranges tested as
 * signed ones. */
static inline unsigned
tok_ascii_classes16(__m128i v, unsigned *digits)
{
	__m128i l = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
	    _mm_set1_epi8((char)(128 - 'a')));
	__m128i d = _mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0')));

	*digits = (unsigned)_mm_movemask_epi8(
	    _mm_cmplt_epi8(d, _mm_set1_epi8(-128 + 10)));
	return (unsigned)_mm_movemask_epi8(
	    _mm_cmplt_epi8(l, _mm_set1_epi8(-128 + 26)));
}
#endif

/* The end of the run of ASCII letters and digits that starts at s[i]
 * ("Smith" in "Smith's", "2013" in "2013-05-09"): sixteen bytes at a time
 * where SSE2 is there, so a word costs no branch per byte. */
static inline size_t
tok_ascii_run_end(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; j + 16 <= n; j += 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + j));
		unsigned d, end = (tok_ascii_classes16(v, &d) | d) ^ 0xFFFFu;

		if (end)
			return j + (size_t)__builtin_ctz(end);
	}
#endif
	while (j < n &&
	    ((unsigned)((s[j] | 0x20) - 'a') < 26u ||
	        (unsigned)(s[j] - '0') < 10u))
		j++;
	return j;
}

#endif
