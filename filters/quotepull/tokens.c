/* tokens.c: a paragraph's tokens (words, numbers, punctuation, quotation
 * marks) with their flags: case shape, possessive, the lexicon stem, and for
 * a mark whether it may open or close. A byte loop with an ASCII fast path;
 * the character classes of common/utf8 for bytes >= 0x80. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "token.h"
#include "utf8.h"

/* The code point at s[i..n) and its length (common/utf8: invalid bytes
 * are one U8_INVALID each). */
static inline size_t
decode(const unsigned char *s, size_t n, size_t i, int32_t *cp)
{
	if (s[i] < 0x80) {
		*cp = s[i];
		return 1;
	}
	return u8_decode(s + i, n - i, cp);
}

/* Is cp a quotation mark? Sets its kind (the marks a closer may close)
 * and style: 0 straight, 1 opening (“ „ « ‘ ‚ ‹ 「 『), 2 closing (” » ’ ›
 * 」 』), 3 opening at the baseline („ ‚: German and central European
 * "„We are satisfied.“"), 4 the English opener that closes a baseline
 * one (“ ‘). */
static int
quote_char(int32_t cp, int *kind, int *style)
{
	static const struct {
		int32_t cp;
		uint8_t kind, style;
	} marks[] = {
		{ '"', MK_DQ, 0 }, { '\'', MK_SQ, 0 },
		{ 0x201C, MK_DQ, 4 },  /* “ */
		{ 0x201E, MK_DQ, 3 },  /* „ */
		{ 0x00AB, MK_DQ, 1 },  /* « */
		{ 0x201D, MK_DQ, 2 },  /* ” */
		{ 0x00BB, MK_DQ, 2 },  /* » */
		{ 0x2018, MK_SQ, 4 },  /* ‘ */
		{ 0x201A, MK_SQ, 3 },  /* ‚ */
		{ 0x2019, MK_SQ, 2 },  /* ’ */
		{ 0x2039, MK_SG, 1 },  /* ‹ */
		{ 0x203A, MK_SG, 2 },  /* › */
		{ 0x300C, MK_CJ, 1 },  /* 「 */
		{ 0x300D, MK_CJ, 2 },  /* 」 */
		{ 0x300E, MK_CJ2, 1 }, /* 『 */
		{ 0x300F, MK_CJ2, 2 }, /* 』 */
	};

	if (cp != '"' && cp != '\'' && cp < 0xAB)
		return 0;
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
		if (marks[i].cp == cp) {
			*kind = marks[i].kind;
			*style = marks[i].style;
			return 1;
		}
	return 0;
}


/* cp_class of each ASCII byte, CC_UTF8 for the others: the tokenizer's
 * fast path. */
#define S CC_SPACE
#define A CC_ALNUM
#define Q CC_QUOTE
#define O                                                                      \
	CC_OPEN /* "(“", "— “": a bracket, a dash or a slash lets a mark open */
#define P CC_PUNCT
#define U CC_UTF8
#define U16 U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U
// clang-format off
static const uint8_t byte_cc[256] = {
	P, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P,	/* \t \n \v \f \r */
	P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
	S, P, Q, P, P, P, P, Q, O, P, P, P, P, O, P, O,	/* space ! " # $ % & ' ( ) * + , - . / */
	A, A, A, A, A, A, A, A, A, A, P, P, P, P, P, P,	/* 0-9 : ; < = > ? */
	P, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,	/* @ A-O */
	A, A, A, A, A, A, A, A, A, A, A, O, P, P, P, P,	/* P-Z [ \ ] ^ _ */
	P, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,	/* ` a-o */
	A, A, A, A, A, A, A, A, A, A, A, O, P, P, P, P,	/* p-z { | } ~ DEL */
	U16, U16, U16, U16, U16, U16, U16, U16
};
// clang-format on
#undef S
#undef A
#undef Q
#undef O
#undef P
#undef U
#undef U16

static inline int
is_alnum_cp(int32_t cp)
{
	return (u8_class(cp) & U8_WORD) != 0;
}

/* The tokenizer's class of cp (of the common classes, common/utf8.h). */
static int
cp_class(int32_t cp)
{
	unsigned c = u8_class(cp);
	int k, st;

	if (cp < 0)
		return CC_PUNCT;
	if (c & U8_SPACE)
		return CC_SPACE;
	if (quote_char(cp, &k, &st))
		return CC_QUOTE;
	if (c & U8_WORD)
		return CC_ALNUM;
	/* "(“", "— “": an opening bracket or a dash lets a mark open */
	if (cp == '(' || cp == '[' || cp == '{' || cp == '/' || (c & U8_DASH))
		return CC_OPEN;
	return CC_PUNCT;
}

/* Unicode format characters (Cf) that text carries invisibly: soft
 * hyphen, zero-width space and joiners, direction marks, word joiner,
 * BOM. */
static inline int
is_format_cp(int32_t cp)
{
	return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
	    cp == 0xFEFF;
}

static int
is_digit_cp(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static inline struct tok *
push_tok(struct qp_engine *e, size_t s, size_t end, int type)
{
	struct tok *t;

	if (e->ntok == e->captok)
		e->tok = qp_grow(
		    e->tok, &e->captok, e->ntok + 1, sizeof *e->tok);
	t = &e->tok[e->ntok++];
	*t = (struct tok){
		.s = s, .e = end, .type = (uint8_t)type, .q = NO, .men = NO
	};
	return t;
}

static int
next_class(const unsigned char *s, size_t n, size_t i)
{
	int32_t cp;

	if (i >= n)
		return CC_SPACE;
	if (s[i] < 0x80)
		return byte_cc[s[i]];
	decode(s, n, i, &cp);
	return cp_class(cp);
}

/* Bytes that may join a word's parts ("don't", "U.S", "1,000", "AT&T")
 * or start a non-ASCII letter: a word ending at one of these needs
 * scan_word_rest. */
static const uint8_t word_joiner[256] = { ['\''] = 1,
	['-'] = 1,
	['.'] = 1,
	[','] = 1,
	['&'] = 1,
#define J16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
	[0x80] = J16,
	J16,
	J16,
	J16,
	J16,
	J16,
	J16,
	J16
#undef J16
};

/* ASCII bytes other than letters and digits: an ASCII joiner before one
 * of them joins nothing ("said, ", "end.\n"). */
#define N16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
#define L16 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
// clang-format off
static const uint8_t no_join_after[256] = {
	N16, N16, N16,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,	/* 0-9 */
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* A-O */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,	/* P-Z */
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* a-o */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,	/* p-z */
	L16, L16, L16, L16, L16, L16, L16, L16
};
// clang-format on
#undef N16
#undef L16

/* Scan the rest of a word or number that starts at i, from j. */
static size_t
scan_word_rest(const unsigned char *s, size_t n, size_t i, size_t j, int num)
{
	int32_t cp, cp2;
	size_t l;

	while (j < n) {
		unsigned char c = s[j];

		if (c < 0x80) {
			if (byte_cc[c] == CC_ALNUM) {
				/* the ASCII fast path */
				for (j++; j < n && byte_cc[s[j]] == CC_ALNUM;
				     j++)
					;
				continue;
			}
			/* of the ASCII bytes only ' - . , & join a word's
			 * parts */
			if (c != '\'' && c != '-' && c != '.' && c != ',' &&
			    c != '&')
				break;
			cp = c;
			l = 1;
		} else {
			l = decode(s, n, j, &cp);
			if (is_alnum_cp(cp)) {
				j += l;
				continue;
			}
			/* "Xtra‍'s": joiners and soft hyphens stay inside a
			 * word */
			if ((cp == 0x200D || cp == 0x200C || cp == 0xAD) &&
			    j > i) {
				j += l;
				continue;
			}
		}
		if (j + l >= n)
			break;
		decode(s, n, j + l, &cp2);
		if ((cp == '\'' || cp == 0x2019) && !num && is_alnum_cp(cp2)) {
			j += l;
			continue;
		}
		if ((cp == '-' || cp == 0x2010 || cp == 0x2011) &&
		    is_alnum_cp(cp2)) {
			j += l;
			continue;
		}
		if (cp == '.' && is_alnum_cp(cp2) &&
		    (num ? is_digit_cp(cp2) : !is_digit_cp(cp2))) {
			j += l;
			continue;
		}
		if (cp == ',' && num && is_digit_cp(cp2)) {
			j += l;
			continue;
		}
		if (cp == '&' && !num && u8_isupper(cp2) && j > i &&
		    s[j - 1] >= 'A' && s[j - 1] <= 'Z') {
			j += l; /* "AT&T" */
			continue;
		}
		break;
	}
	return j;
}

/* Scan a word or number starting at i; returns its end. Apostrophes and
 * hyphens between letters stay inside ("don't", "O'Neill", "Man-kei"), so
 * do inner periods ("U.S") and digit groups ("1,000", "2.5"). *plain tells
 * a word of ASCII letters and digits only. */
static inline size_t
scan_word(const unsigned char *s, size_t n, size_t i, int num, int *plain)
{
	size_t j = tok_ascii_run_end(s, n, i);
	/* the two bytes after the run, a space past the end */
	unsigned c0 = j < n ? s[j] : ' ', c1 = j + 1 < n ? s[j + 1] : ' ';

	/* most words end at a space: of the ASCII bytes only ' - . , & may
	 * join a word's parts, and only with a letter or digit after them
	 * ("said, " "end. "). Told without branches: a comma or a period
	 * after a word is too frequent and too irregular to predict. */
	*plain = (word_joiner[c0] ^ 1) | ((c0 < 0x80) & no_join_after[c1]);
	return *plain ? j : scan_word_rest(s, n, i, j, num);
}

/* word_flags of a word of ASCII letters and digits: no possessive, and
 * the lexicon sees all of it. */
static inline void
plain_word_flags(struct qp_engine *e, struct tok *t)
{
	const unsigned char *s = e->s;
	size_t n = t->e, i = t->s;

	if (s[i] >= 'a' && s[i] <= 'z') {
		t->fl |= F_LOWER;
	} else if (s[i] >= 'A' && s[i] <= 'Z') {
		int letters = 0;

		t->fl |= F_CAP;
		for (size_t j = i; j < n; j++) {
			if (s[j] >= 'a' && s[j] <= 'z') {
				letters = 0;
				break;
			}
			if (s[j] >= 'A' && s[j] <= 'Z')
				letters++;
		}
		if (letters >= 2)
			t->fl |= F_ALLCAP;
	}
	t->stem = (uint8_t)(n - i > 255 ? 255 : n - i);
}

static inline void
word_flags(struct qp_engine *e, struct tok *t)
{
	const unsigned char *s = e->s;
	size_t n = t->e, i = t->s, stem = t->e;
	int32_t cp;
	int letters = 0, uppers = 0;
	size_t l;

	if (s[i] < 0x80) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			t->fl |= F_CAP;
		else if (s[i] >= 'a' && s[i] <= 'z')
			t->fl |= F_LOWER;
	} else {
		decode(s, n, i, &cp);
		if (u8_isupper(cp))
			t->fl |= F_CAP;
		else if (u8_islower(cp))
			t->fl |= F_LOWER;
	}
	/* all capitals ("BBC", "ISIS") only if the first letter is one; a
	 * lower-case letter settles it */
	for (size_t j = i; (t->fl & F_CAP) && j < n; j += l) {
		if (s[j] < 0x80) {
			l = 1;
			cp = s[j];
		} else {
			l = decode(s, n, j, &cp);
		}
		if (u8_isupper(cp)) {
			letters++;
			uppers++;
		} else if (u8_islower(cp)) {
			letters++;
			break;
		}
	}
	if (letters >= 2 && letters == uppers)
		t->fl |= F_ALLCAP;
	if (stem > i && s[stem - 1] == '.')
		stem--;
	/* "Erdogan's office", "Day’s": the lexicon sees the stem */
	if (stem - i > 2 && (s[stem - 1] == 's' || s[stem - 1] == 'S')) {
		if (s[stem - 2] == '\'') {
			t->fl |= F_POSS;
			stem -= 2;
		} else if (stem - i > 4 && s[stem - 2] == 0x99 &&
		    s[stem - 3] == 0x80 && s[stem - 4] == 0xE2) {
			t->fl |= F_POSS;
			stem -= 4;
		}
	}
	t->stem = (uint8_t)(stem - i > 255 ? 255 : stem - i);
	if ((t->fl & F_LOWER) && n - i >= 4 &&
	    (s[i + 2] == '-' || s[i + 3] == '-'))
		t->fl |= F_HYPH;
}

/* Say which words tok_lex may look up in the lexicons. A paragraph with
 * no quotation mark only feeds the document's names, so there only
 * capitalised words and the three words before them are looked up (most
 * words are neither; tokenize marked those); the others have no flags. */
void
qp_lookup_words(struct qp_engine *e, int has_marks)
{
	if (has_marks)
		for (size_t i = 0; i < e->ntok; i++)
			e->tok[i].lexp = e->tok[i].type == TK_WORD;
}

/* The length of an HTML or XML tag at s[i] ("<a href="x.html">", "</p>",
 * "<br/>"), or 0: its attribute values are no quotations. Input is plain
 * text, but pasted markup should not make quotes. */
static size_t
markup_len(const unsigned char *s, size_t n, size_t i)
{
	size_t k = i + 1;

	if (k < n && s[k] == '/')
		k++;
	if (k >= n || !((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
		return 0;
	while (k < n && byte_cc[s[k]] == CC_ALNUM)
		k++;
	if (k >= n ||
	    (s[k] != '>' && s[k] != ' ' && s[k] != '/' && s[k] != '\n' &&
	        s[k] != '\t'))
		return 0;
	for (; k < n && k - i < 4096; k++) {
		if (s[k] == '>')
			return k + 1 - i;
		if (s[k] == '<')
			return 0;
	}
	return 0;
}

void
qp_look_up(const struct qp_engine *e, struct tok *k)
{
	k->lexp = 0;
	k->lex = qp_lex_flags(e, e->s + k->s, k->stem);
	if (e->verbs && !(k->lex & QL_VERB) &&
	    lexicon_has(e->verbs, e->s + k->s, k->stem))
		k->lex |= QL_VERB;
}

void
qp_tokenize(struct qp_engine *e)
{
	const unsigned char *s = e->s;
	size_t n = e->n, i = 0;
	int prev = CC_SPACE, spb = 1;

	e->ntok = 0;
	e->nmarks = 0;
	while (i < n) {
		int32_t cp;
		size_t l;
		int kind = 0, style = 0, cls;

		if (s[i] == ' ') { /* most bytes between words */
			i++;
			prev = CC_SPACE;
			spb = 1;
			continue;
		}
		cls = byte_cc[s[i]];
		if (cls != CC_UTF8) {
			cp = s[i];
			l = 1;
			if (s[i] == '<' && (l = markup_len(s, n, i)) > 0)
				cls = CC_SPACE;
			else
				l = 1;
		} else {
			l = decode(s, n, i, &cp);
			/* "— \u200DAnn Lee": a format character outside a
			 * word (joiner, zero-width space, direction mark,
			 * BOM) is invisible: it changes neither the spacing
			 * nor the word that follows */
			if (is_format_cp(cp)) {
				i += l;
				continue;
			}
			cls = cp_class(cp);
		}
		if (cls == CC_SPACE) {
			i += l;
			prev = CC_SPACE;
			spb = 1;
			continue;
		}
		if (cls == CC_QUOTE) {
			struct tok *t;
			int nx, left, right;

			quote_char(cp, &kind, &style);
			/* "’90s", "'em": an elided start is part of the word */
			if (kind == MK_SQ && prev != CC_ALNUM &&
			    i + l + 1 < n && is_digit_cp(s[i + l]) &&
			    is_digit_cp(s[i + l + 1]) &&
			    (i + l + 2 >= n || !is_digit_cp(s[i + l + 2]))) {
				int plain;
				size_t j = scan_word(s, n, i + l, 0, &plain);
				t = push_tok(e, i, j, TK_NUM);
				t->fl |= spb ? F_SPB : 0;
				spb = 0;
				prev = CC_ALNUM;
				i = j;
				continue;
			}
			nx = next_class(s, n, i + l);
			/* "a drummer' ", he recalled": a space before and a
			 * comma after decide nothing */
			left = (prev == CC_SPACE || prev == CC_OPEN) &&
			    nx != CC_SPACE &&
			    !(i + l < n && nx == CC_PUNCT &&
			        memchr(",;:!?)]", s[i + l], 7) != NULL);
			right = prev != CC_SPACE && prev != CC_OPEN &&
			    (nx == CC_SPACE || nx == CC_PUNCT ||
			        nx == CC_QUOTE);
			t = push_tok(e, i, i + l, TK_MARK);
			e->nmarks++;
			t->fl |= spb ? F_SPB : 0;
			t->mk = (uint8_t)kind;
			if (style == 3)
				t->fl |= F_LOW9;
			if (style == 4)
				t->fl |= F_SIX;
			if (style == 1 || style == 3 || style == 4)
				t->mr = MR_OPEN;
			else if (style == 2)
				t->mr = (left && !right) ? MR_OPEN : MR_CLOSE;
			else if (left && !right)
				t->mr = MR_OPEN;
			else if (right && !left)
				t->mr = MR_CLOSE;
			else
				t->mr = MR_AMBIG;
			prev = t->mr == MR_OPEN ||
			        (t->mr == MR_AMBIG && prev == CC_SPACE)
			    ? CC_OPEN
			    : CC_PUNCT;
			spb = 0;
			i += l;
			continue;
		}
		if (cls == CC_ALNUM) {
			/* a word or a number, and the ones after it while one
			 * space comes between ("the mayor said"): most of a
			 * text, with no return to the byte loop */
			for (;;) {
				int num = is_digit_cp(cp), plain;
				size_t j = scan_word(s, n, i, num, &plain);
				struct tok *t = push_tok(
				    e, i, j, num ? TK_NUM : TK_WORD);

				t->fl |= spb ? F_SPB : 0;
				if (!num) {
					if (plain)
						plain_word_flags(e, t);
					else
						word_flags(e, t);
					/* a capitalised word and the words
					 * right before it */
					if (t->fl & (F_CAP | F_ALLCAP)) {
						t->lexp = 1;
						for (size_t k = e->ntok - 1;
						     k-- > 0 &&
						     k + 4 >= e->ntok &&
						     e->tok[k].type == TK_WORD;)
							e->tok[k].lexp = 1;
					}
					/* "Dr.", "U.S.", "J." keep their
					 * period */
					if (j < n && s[j] == '.') {
						/* a plain word has no inner
						 * period */
						int inner = !plain &&
						    memchr(s + i, '.', j - i) !=
						        NULL;
						int initial = j - i == 1 &&
						    (t->fl & F_CAP);
						if (inner || initial ||
						    (qp_maybe(e, QF_ABBR, s + i,
						         j - i) &&
						        (qp_lex_flags(
						             e, s + i, j - i) &
						            QL_ABBR))) {
							t->e = ++j;
						}
					}
				}
				i = j;
				if (i + 1 >= n || s[i] != ' ' ||
				    byte_cc[s[i + 1]] != CC_ALNUM)
					break;
				cp = s[++i];
				spb = 1;
			}
			spb = 0;
			prev = CC_ALNUM;
			continue;
		}
		{
			struct tok *t = push_tok(e, i, i + l, TK_PUNCT);
			t->fl |= spb ? F_SPB : 0;
		}
		spb = 0;
		prev = cls;
		i += l;
	}
}

/* Is the apostrophe of l bytes at s[i] surely inside a word (qp_tokenize
 * would make no mark of it): "don't", "O'Neill's", "it’s"?  A letter on
 * each side, and the word holding it starts with a letter: "1990's" and
 * "3-D's" are numbers with a mark after them. */
static int
inner_apostrophe(const unsigned char *s, size_t n, size_t i, size_t l)
{
	size_t k = i;

	if (i == 0 || i + l >= n || byte_cc[s[i + l]] != CC_ALNUM ||
	    !((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
		return 0;
	/* back over the letters and joiners to where the word starts */
	while (k > 0 &&
	    (((s[k - 1] | 0x20) >= 'a' && (s[k - 1] | 0x20) <= 'z') ||
	        s[k - 1] == '\'' || s[k - 1] == '-' || s[k - 1] == '.' ||
	        s[k - 1] == ',' || s[k - 1] == '&'))
		k--;
	return k == 0 || s[k - 1] == ' ' || s[k - 1] == '\n' ||
	    s[k - 1] == '\t' || s[k - 1] == '\r';
}

/* The first byte at or after s[i] that may make a quotation mark: " ' <
 * or one above 0x7F; n when none. Sixteen bytes a step where SSE2 is
 * there: most paragraphs have none. */
static size_t
mark_byte(const unsigned char *s, size_t n, size_t i)
{
#if defined(__SSE2__) && defined(__GNUC__)
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
		        _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')), v)));

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	while (
	    i < n && s[i] < 0x80 && s[i] != '"' && s[i] != '\'' && s[i] != '<')
		i++;
	return i;
}

/* Is byte c a space of the tokenizer's table (ASCII only; a byte >= 0x80
 * is no space here)? */
static inline int
ascii_space(unsigned char c)
{
	return byte_cc[c] == CC_SPACE;
}

/* Does qp_tokenize keep the period after the plain word s[0..n) ("Dr.",
 * "J.")?  Its test, with no memo. */
static int
keeps_period(const unsigned char *s, size_t n, const unsigned char *limit)
{
	struct lex_key k;

	if (n == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return 1; /* an initial */
	if (!lex_shape_maybe(&qp_shape_abbr, s, n))
		return 0;
	if (!lex_key_make(&k, s, n, limit))
		return (lexicon_long_flags(&qp_lexicon, s, n) & QL_ABBR) != 0;
	return lexicon_maybe(&qp_lexicon, &k) &&
	    (lexicon_key_flags(&qp_lexicon, &k) & QL_ABBR) != 0;
}

/* Can the paragraph s[0..n), its first colon at s[c], be an interview's
 * turn (qp_interview_turn): one to four words, the colon, more?  0 only
 * when surely not: nothing before or after the colon, five pieces before
 * it, a token before it that is no word (a number, a comma, a bracket, a
 * full stop no abbreviation keeps: "At 2:30 …", "Dakota, a deer. Image:
 * …", "((WN)) : …"), or the interviewer's label ("Q: …"), which gives no
 * quotation. */
static int
maybe_turn(const unsigned char *s, size_t n, size_t c)
{
	size_t k, ws = 0, words = 0;
	int plain = 0, other = 0;

	for (k = c + 1; k < n && ascii_space(s[k]); k++)
		;
	if (k == n)
		return 0;
	for (k = 0; k < c; k++) {
		unsigned char b = s[k];
		int start = k == 0 || ascii_space(s[k - 1]);

		if (b >= 0x80) {
			other = 1; /* a letter, a space or invisible */
			plain = 0;
			continue;
		}
		if (ascii_space(b))
			continue;
		if (start) {
			words++;
			ws = k;
			plain = 1; /* ASCII letters and digits so far */
		}
		if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
			continue;
		if (b >= '0' && b <= '9') {
			if (start)
				return 0; /* a number */
			continue;
		}
		if (b == '\'') { /* inside a word, or a mark */
			plain = 0;
			continue;
		}
		if (start || (b != '-' && b != '&' && b != '.'))
			return 0;
		/* "Square. Image:" */
		if (b == '.' && plain &&
		    (k + 1 == c || ascii_space(s[k + 1])) &&
		    !keeps_period(s + ws, k - ws, s + n))
			return 0;
		plain = 0;
	}
	if (words >= 5 || (words == 0 && !other))
		return 0;
	/* "Q:", "Wikinews:": the interviewer's turn */
	if (words == 1 && !other) {
		static const char *const asker[] = { "q", "question",
			"interviewer", "wikinews", "wn" };
		size_t e = ws;

		while (e < c && !ascii_space(s[e]))
			e++;
		for (size_t i = 0; i < sizeof asker / sizeof *asker; i++)
			if (strlen(asker[i]) == e - ws &&
			    strncasecmp(
			        asker[i], (const char *)s + ws, e - ws) == 0)
				return 0;
	}
	return 1;
}

int
qp_no_quotes(const unsigned char *s, size_t n)
{
	const unsigned char *colon = memchr(s, ':', n);
	int early = 0;

	/* "Jane Doe: …": an interview's turn has four words at most before
	 * its colon */
	if (colon) {
		int chunks = 0;
		/* a piece opening with an ASCII byte other than a space
		 * holds a token at least */
		for (const unsigned char *p = s; p < colon && chunks < 5; p++)
			chunks += *p < 0x80 && byte_cc[*p] != CC_SPACE &&
			    (p == s || p[-1] == ' ');
		if (chunks < 5) {
			if (maybe_turn(s, n, (size_t)(colon - s)))
				return 0;
			early = 1;
		}
	}
	for (size_t i = 0; (i = mark_byte(s, n, i)) < n; i++) {
		unsigned char c = s[i];

		if (c < 0x80) {
			if (c == '"' || c == '<' ||
			    (c == '\'' && !inner_apostrophe(s, n, i, 1)))
				return 0;
			continue;
		}
		if (c == 0xC2 || c == 0xE2 || c == 0xE3) {
			if (i + 2 >= n)
				return 0;
			if (c == 0xC2 && (s[i + 1] == 0xAB || s[i + 1] == 0xBB))
				return 0; /* « » */
			if (c != 0xC2 && s[i + 1] == 0x80 &&
			    ((c == 0xE2 &&
			         ((s[i + 2] >= 0x98 && s[i + 2] <= 0x9F) ||
			             s[i + 2] == 0xB9 || s[i + 2] == 0xBA)) ||
			        (c == 0xE3 && s[i + 2] >= 0x8C &&
			            s[i + 2] <= 0x8F)) &&
			    /* "it’s" */
			    !(c == 0xE2 && s[i + 2] == 0x99 &&
			        inner_apostrophe(s, n, i, 3)))
				return 0; /* ‘ ’ ‚ “ ” „ ‹ › 「 」 『 』 */
		}
		/* no mark starts with a continuation byte: past them at
		 * once ("—", "é") */
		while (i + 1 < n && (s[i + 1] & 0xC0) == 0x80)
			i++;
	}
	return early ? QP_NQ_COLON : 1;
}
