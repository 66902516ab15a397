/* utf8.c - UTF-8 decoding and character classes over utf8proc */
#include <config.h>

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <utf8proc.h>

#include "utf8.h"

size_t
u8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned char c = s[0];
	int32_t v;
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else {
		*cp = U8_INVALID;
		return 1;
	}
	if (n < len) {
		*cp = U8_INVALID;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = U8_INVALID;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && v < 0x800) ||
	    (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
	    (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = U8_INVALID;
		return 1;
	}
	*cp = v;
	return len;
}

size_t
u8_prev(const unsigned char *s, size_t i, int32_t *cp)
{
	size_t j = i, k;

	if (i == 0) {
		*cp = U8_INVALID;
		return 0;
	}
	if (s[i - 1] < 0x80) {
		*cp = s[i - 1];
		return i - 1;
	}
	/* back over at most three continuation bytes to a lead byte */
	for (k = 0; k < 4 && j > 0; k++) {
		j--;
		if ((s[j] & 0xC0) != 0x80)
			break;
	}
	if (u8_decode(s + j, i - j, cp) == i - j)
		return j;
	*cp = U8_INVALID;
	return i - 1;
}

size_t
u8_encode(int32_t cp, unsigned char *out)
{
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | (cp >> 6));
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (unsigned char)(0xE0 | (cp >> 12));
		out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char)(0xF0 | (cp >> 18));
	out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The valid prefix of s[0..n) from i, a character boundary, one
 * character at a time */
static size_t
valid_from(const unsigned char *s, size_t n, size_t i)
{
	size_t len;
	int32_t cp;

	for (; i < n; i += len) {
		len = u8_decode(s + i, n - i, &cp);
		if (cp == U8_INVALID)
			return i;
	}
	return n;
}

#ifdef __SSE2__
/* Unsigned byte compares, which SSE2 lacks */
static inline __m128i
ge_u8(__m128i x, unsigned char v)
{
	return _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8((char)v)), x);
}

static inline __m128i
eq_u8(__m128i x, unsigned char v)
{
	return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)v));
}

/* Is the block of sixteen bytes x (x1: the same from one byte on) valid
 * UTF-8 if *carry continuation bytes were due at its start?  Counts
 * instead of decoding: each lead byte asks for its continuation bytes at
 * the next one to three places, and these must be exactly the bytes
 * 10xxxxxx; then the lead bytes that are never valid (C0 C1 F5-FF) and
 * the second bytes that Unicode Table 3-7 forbids (overlong forms,
 * surrogates, beyond U+10FFFF) are ruled out.  *carry: the bits due in
 * the next block. */
static inline int
block_valid(__m128i x, __m128i x1, unsigned *carry)
{
	unsigned lead2 = (unsigned)_mm_movemask_epi8(ge_u8(x, 0xC0));
	unsigned lead3 = (unsigned)_mm_movemask_epi8(ge_u8(x, 0xE0));
	unsigned lead4 = (unsigned)_mm_movemask_epi8(ge_u8(x, 0xF0));
	/* 0x80-0xBF are the signed bytes below (char)0xC0 */
	unsigned cont = (unsigned)_mm_movemask_epi8(
	    _mm_cmplt_epi8(x, _mm_set1_epi8((char)0xC0)));
	unsigned due = *carry | lead2 << 1 | lead3 << 2 | lead4 << 3;
	__m128i a1 = ge_u8(x1, 0xA0), n1 = ge_u8(x1, 0x90);
	__m128i bad = _mm_or_si128(
	    _mm_andnot_si128(ge_u8(x, 0xC2), ge_u8(x, 0xC0)), ge_u8(x, 0xF5));

	bad = _mm_or_si128(bad,
	    _mm_or_si128(_mm_andnot_si128(a1, eq_u8(x, 0xE0)),
	        _mm_and_si128(a1, eq_u8(x, 0xED))));
	bad = _mm_or_si128(bad,
	    _mm_or_si128(_mm_andnot_si128(n1, eq_u8(x, 0xF0)),
	        _mm_and_si128(n1, eq_u8(x, 0xF4))));
	*carry = due >> 16;
	return (due & 0xFFFF) == cont && _mm_movemask_epi8(bad) == 0;
}
#endif

size_t
u8_valid_prefix(const unsigned char *s, size_t n, int last)
{
	size_t i = 0;

	(void)last; /* a cut sequence ends the valid prefix either way */
#ifdef __SSE2__
	{
		unsigned carry = 0, due;

		/* x1 reads one byte past the block */
		for (; i + 17 <= n; i += 16) {
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(s + i));

			if (carry == 0 && _mm_movemask_epi8(x) == 0)
				continue; /* ASCII */
			due = carry;
			if (!block_valid(x,
			        _mm_loadu_si128(
			            (const __m128i *)(const void *)(s + i + 1)),
			        &carry)) {
				carry = due;
				break;
			}
		}
		/* the rest, or the block with the error, character by
		 * character from the lead byte of a character cut at i */
		if (carry != 0)
			do
				i--;
			while ((s[i] & 0xC0) == 0x80);
	}
#endif
	return valid_from(s, n, i);
}

/* ASCII class bits */
// clang-format off
enum { A_ALPHA = 1, A_UPPER = 2, A_LOWER = 4, A_DIGIT = 8, A_SPACE = 16,
       A_STERM = 32, A_OPEN = 64, A_CLOSE = 128 };

static const unsigned char ascii_class[128] = {
	['\t'] = A_SPACE, ['\n'] = A_SPACE, ['\v'] = A_SPACE, ['\f'] = A_SPACE,
	['\r'] = A_SPACE, [' '] = A_SPACE,
	['!'] = A_STERM, ['.'] = A_STERM, ['?'] = A_STERM,
	['"'] = A_OPEN | A_CLOSE, ['\''] = A_OPEN | A_CLOSE,
	['('] = A_OPEN, ['['] = A_OPEN, ['{'] = A_OPEN,
	[')'] = A_CLOSE, [']'] = A_CLOSE, ['}'] = A_CLOSE,
#define D(c) [c] = A_DIGIT
	D('0'), D('1'), D('2'), D('3'), D('4'), D('5'), D('6'), D('7'), D('8'), D('9'),
#undef D
#define U(c) [c] = A_ALPHA | A_UPPER
	U('A'), U('B'), U('C'), U('D'), U('E'), U('F'), U('G'), U('H'), U('I'),
	U('J'), U('K'), U('L'), U('M'), U('N'), U('O'), U('P'), U('Q'), U('R'),
	U('S'), U('T'), U('U'), U('V'), U('W'), U('X'), U('Y'), U('Z'),
#undef U
#define L(c) [c] = A_ALPHA | A_LOWER
	L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'),
	L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
	L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
#undef L
};
// clang-format on

static utf8proc_category_t
cat(int32_t cp)
{
	return utf8proc_category(cp);
}

int
u8_isalpha(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_ALPHA;
	c = cat(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int
u8_isalnum(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & (A_ALPHA | A_DIGIT);
	c = cat(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

int
u8_isupper(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_UPPER;
	c = cat(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int
u8_islower(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_LOWER;
	return cat(cp) == UTF8PROC_CATEGORY_LL;
}

int
u8_isdigit(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_DIGIT;
	return cat(cp) == UTF8PROC_CATEGORY_ND;
}

int
u8_isspace(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_SPACE;
	if (cp == 0x85)
		return 1;
	c = cat(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP;
}

int
u8_ismark(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return 0;
	c = cat(cp);
	return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

static const int32_t sterm_ranges[][2] = {
#include "sterm.tab"
};

int
u8_issterm(int32_t cp)
{
	size_t lo = 0, hi = sizeof sterm_ranges / sizeof sterm_ranges[0];

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_STERM;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cp < sterm_ranges[mid][0])
			hi = mid;
		else if (cp > sterm_ranges[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
u8_isopen(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_OPEN;
	c = cat(cp);
	return c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PI;
}

int
u8_isclose(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return ascii_class[cp] & A_CLOSE;
	c = cat(cp);
	/* U+201D, U+2019 are Pf; U+201C is Pi, but after a terminator a
	 * "German" low-high pair closes too, so Pi counts only when open */
	return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF;
}

int
u8_isdash(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return cp == '-';
	return cat(cp) == UTF8PROC_CATEGORY_PD;
}

int32_t
u8_tolower(int32_t cp)
{
	if (cp < 0)
		return cp;
	if (cp < 0x80)
		return (ascii_class[cp] & A_UPPER) ? cp + 32 : cp;
	return utf8proc_tolower(cp);
}

int32_t
u8_toupper(int32_t cp)
{
	if (cp < 0)
		return cp;
	if (cp < 0x80)
		return (ascii_class[cp] & A_LOWER) ? cp - 32 : cp;
	return utf8proc_toupper(cp);
}

unsigned
u8_class(int32_t cp)
{
	// clang-format off
	static const unsigned short ascii[128] = {
		['\t'] = U8_SPACE, ['\n'] = U8_SPACE, ['\v'] = U8_SPACE,
		['\f'] = U8_SPACE, ['\r'] = U8_SPACE, [' '] = U8_SPACE,
		['!'] = U8_PUNCT, ['"'] = U8_PUNCT, ['#'] = U8_PUNCT,
		['%'] = U8_PUNCT, ['&'] = U8_PUNCT, ['\''] = U8_PUNCT | U8_APOS,
		['('] = U8_PUNCT, [')'] = U8_PUNCT, ['*'] = U8_PUNCT,
		[','] = U8_PUNCT, ['-'] = U8_PUNCT | U8_DASH, ['.'] = U8_PUNCT,
		['/'] = U8_PUNCT, [':'] = U8_PUNCT, [';'] = U8_PUNCT,
		['?'] = U8_PUNCT, ['@'] = U8_PUNCT, ['['] = U8_PUNCT,
		['\\'] = U8_PUNCT, [']'] = U8_PUNCT, ['_'] = U8_PUNCT,
		['{'] = U8_PUNCT, ['}'] = U8_PUNCT,
	};
	// clang-format on
	utf8proc_category_t c;

	if (cp < 0)
		return 0;
	if (cp < 0x80) {
		unsigned a = ascii_class[cp];
		return ascii[cp] | (a & A_ALPHA ? U8_ALPHA : 0) |
		    (a & A_UPPER ? U8_UPPER : 0) |
		    (a & A_LOWER ? U8_LOWER : 0) |
		    (a & A_DIGIT ? U8_DIGIT | U8_NUM : 0);
	}
	if (cp == 0x85)
		return U8_SPACE;
	c = cat(cp);
	switch (c) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return U8_ALPHA | U8_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return U8_ALPHA | U8_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return U8_ALPHA;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return U8_MARK;
	case UTF8PROC_CATEGORY_ND:
		return U8_DIGIT | U8_NUM;
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return U8_NUM;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return U8_SPACE;
	case UTF8PROC_CATEGORY_PD:
		return U8_PUNCT | U8_DASH;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PO:
		return U8_PUNCT;
	case UTF8PROC_CATEGORY_PF:
		return U8_PUNCT | (cp == 0x2019 ? U8_APOS : 0);
	default:
		return 0;
	}
}

size_t
u8_class_at(const unsigned char *s, size_t n, unsigned *cls)
{
	int32_t cp;
	size_t l = u8_decode(s, n, &cp);

	*cls = u8_class(cp);
	return l;
}

size_t
u8_apos_at(const unsigned char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '\'')
		return 1;
	if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99)
		return 3;
	return 0;
}
