/* segscan.c - where a paragraph's candidate boundaries are: one pass over
 * its bytes that stops only at the few that can matter (segscan.h). */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "segscan.h"
#include "xalloc.h"

// clang-format off
const unsigned char seg_cand_byte[256] = {
	['.'] = SC_TERM | SC_LIST, ['!'] = SC_TERM, ['?'] = SC_TERM,
	[')'] = SC_LIST,
	[':'] = SC_WEB, [';'] = SC_WEB, ['='] = SC_WEB, ['*'] = SC_WEB, ['_'] = SC_WEB,
	['@'] = SC_WEB, ['>'] = SC_WEB, ['\n'] = SC_LINE,
	[0xD5] = SC_TERM, [0xD8] = SC_TERM, [0xDB] = SC_TERM,
	[0xDC] = SC_TERM, [0xDF] = SC_TERM, [0xE0] = SC_TERM,
	[0xE1] = SC_TERM, [0xE2] = SC_TERM | SC_LIST, [0xE3] = SC_TERM,
	[0xEA] = SC_TERM, [0xEF] = SC_TERM, [0xF0] = SC_TERM,
};
// clang-format on

/* The blocks of 16 code points that hold a Sentence_Terminal */
static const uint32_t sterm_block[128] = {
#include "sterm-blocks.tab"
};

/* May the character whose UTF-8 lead byte is s[k] be a terminator or a
 * bullet?  Not the letters of most other scripts: "क" (U+0915) is in a
 * block of 16 code points with no terminator; "।" (U+0964) is in one
 * with.  A sequence cut by the end, or not UTF-8, may: the decoder says
 * what it is. */
static inline int
lead_matters(const unsigned char *s, size_t n, size_t k)
{
	unsigned b;

	if (s[k] == 0xE2 || s[k] >= 0xF0 || k + 2 >= n)
		return 1;
	if (s[k] < 0xE0) /* two bytes */
		b = (unsigned)(s[k] & 0x1F) << 2 | (s[k + 1] & 0x3F) >> 4;
	else
		b = (unsigned)(s[k] & 0x0F) << 8 |
		    (unsigned)(s[k + 1] & 0x3F) << 2 | (s[k + 2] & 0x3F) >> 4;
	return sterm_block[b >> 5] >> (b & 31) & 1;
}

static void
grow(struct cands *c)
{
	c->cap *= 2;
	if (c->v == c->local) {
		c->v = xreallocarray(NULL, c->cap, sizeof *c->v);
		memcpy(c->v, c->local, sizeof c->local);
	} else {
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
}

static inline void
push(struct cands *c, size_t i)
{
	if (c->n == c->cap)
		grow(c);
	c->v[c->n++] = i;
}

/* Room for 64 more candidates, so that push_marked() need not look */
static inline void
reserve64(struct cands *c)
{
	while (c->cap - c->n < 64)
		grow(c);
}

/* The index of the lowest set bit of m != 0 */
static inline unsigned
low_bit(uint64_t m)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(m);
#else
	unsigned k = 0;

	while (!(m & 1)) {
		m >>= 1;
		k++;
	}
	return k;
#endif
}

/* Push the candidates among the bytes s[i + k] whose bit k is set in m
 * (at most 64; reserve64() made room): the vector tests mark every byte
 * of the right value and the UTF-8 lead bytes from 0xD5, the table keeps
 * those that matter.  The store is made either way and counted only for
 * a candidate, so that the lead bytes left out cost no mispredicted
 * branch. */
static inline void
push_marked(const unsigned char *s, size_t n, size_t i, uint64_t m,
    unsigned step, struct cands *c)
{
	size_t *v = c->v, cn = c->n; /* locals: a store to v[] may not
	                               * change them */

	while (m != 0) {
		size_t k = i + low_bit(m) / step;
		unsigned keep = seg_cand_byte[s[k]] != 0;

		m &= m - 1;
		if (s[k] >= 0xC0 && keep)
			keep = lead_matters(s, n, k);
		v[cn] = k;
		cn += keep;
	}
	c->n = cn;
}

/* Eight bytes at a time: a mask with the high bit of every byte of x that
 * is a candidate value or a UTF-8 lead byte (0xC0-0xFF).  Exact (no
 * borrow from one byte to the next), so the bits can be read one by one. */
static inline uint64_t
swar_mask(uint64_t x)
{
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
	const uint64_t ones = 0x0101010101010101ULL;
	static const unsigned char val[] = { '.', '!', '?', ')', ':', ';', '=',
		'*', '_', '@', '>', '\n' };
	uint64_t hit = x & (x << 1); /* bits 7 and 6: a lead byte */
	size_t k;

	for (k = 0; k < sizeof val; k++) {
		uint64_t y = x ^ (val[k] * ones);
		/* high bit set where y's byte is zero */
		hit |= ~(((y & low7) + low7) | y | low7);
	}
	return hit & 0x8080808080808080ULL;
}

#ifdef __SSE2__
/* The bits of the sixteen bytes at p that are a candidate value or a UTF-8
 * lead byte from 0xD5 on, the first in seg_cand_byte[]: the Latin,
 * Greek and Cyrillic letters (0xC3 0xCE 0xD0 ...) stop nothing */
static inline uint64_t
sse2_mask(const unsigned char *p)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* signed: 0xD5-0xFF are -43..-1, above (char)0xD4 */
	__m128i m = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char)0xD4)),
	    _mm_cmplt_epi8(x, _mm_setzero_si128()));

	m = _mm_or_si128(m,
	    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
	                     _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
	        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
	            _mm_cmpeq_epi8(x, _mm_set1_epi8(')')))));
	m = _mm_or_si128(m,
	    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(':')),
	                     _mm_cmpeq_epi8(x, _mm_set1_epi8('='))),
	        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('*')),
	            _mm_cmpeq_epi8(x, _mm_set1_epi8('_')))));
	m = _mm_or_si128(m,
	    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('@')),
	                     _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
	        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')),
	            _mm_cmpeq_epi8(x, _mm_set1_epi8('>')))));
	return (uint64_t)(unsigned)_mm_movemask_epi8(m);
}
#endif

void
find_cands(const unsigned char *s, size_t n, struct cands *c)
{
	size_t i = 0;

	c->v = c->local;
	c->n = 0;
	c->cap = sizeof c->local / sizeof c->local[0];
#ifdef __SSE2__
	/* sixty-four bytes a round, so that most rounds have a candidate
	 * and the test for none is seldom mispredicted */
	for (; i + 64 <= n; i += 64) {
		reserve64(c);
		push_marked(s, n, i,
		    sse2_mask(s + i) | sse2_mask(s + i + 16) << 16 |
		        sse2_mask(s + i + 32) << 32 |
		        sse2_mask(s + i + 48) << 48,
		    1, c);
	}
	for (; i + 16 <= n; i += 16) {
		reserve64(c);
		push_marked(s, n, i, sse2_mask(s + i), 1, c);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		x = __builtin_bswap64(x);
#endif
		reserve64(c);
		push_marked(s, n, i, swar_mask(x), 8, c);
	}
	for (; i < n; i++)
		if (seg_cand_byte[s[i]] &&
		    (s[i] < 0xC0 || lead_matters(s, n, i)))
			push(c, i);
}

void
cands_free(struct cands *c)
{
	if (c->v != c->local)
		free(c->v);
	c->v = NULL;
}
