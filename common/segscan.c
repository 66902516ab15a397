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
	['.'] = SC_TERM | SC_LIST | SC_WEB, ['!'] = SC_TERM | SC_WEB,
	['?'] = SC_TERM | SC_WEB,
	[')'] = SC_LIST,
	[':'] = SC_WEB, [';'] = SC_WEB, ['='] = SC_WEB, ['*'] = SC_WEB, ['_'] = SC_WEB,
	['@'] = SC_WEB, ['>'] = SC_WEB, ['\''] = SC_WEB, ['\n'] = SC_LINE,
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

/* Make room for twice as many in each list */
static void
grow(struct cands *c)
{
	size_t *v = xreallocarray(NULL, 4 * 2 * c->cap, sizeof *v);

	memcpy(v, c->term, c->nterm * sizeof *v);
	memcpy(v + 2 * c->cap, c->list, c->nlist * sizeof *v);
	memcpy(v + 4 * c->cap, c->web, c->nweb * sizeof *v);
	memcpy(v + 6 * c->cap, c->line, c->nline * sizeof *v);
	if (c->term != c->local)
		free(c->term);
	c->cap *= 2;
	c->term = v;
	c->list = v + c->cap;
	c->web = v + 2 * c->cap;
	c->line = v + 3 * c->cap;
}

/* No less than the longest of the lists: one OR, not three compares */
static inline size_t
most(const struct cands *c)
{
	return c->nterm | c->nlist | c->nweb | c->nline;
}

static inline void
push(struct cands *c, size_t i, unsigned cls)
{
	if (most(c) >= c->cap)
		grow(c);
	c->term[c->nterm] = i;
	c->nterm += cls & SC_TERM;
	c->list[c->nlist] = i;
	c->nlist += (cls & SC_LIST) != 0;
	c->web[c->nweb] = i;
	c->nweb += (cls & SC_WEB) != 0;
	c->line[c->nline] = i;
	c->nline += (cls & SC_LINE) != 0;
}

/* Room for 64 more candidates in each list, so that push_marked() need
 * not look */
static inline void
reserve64(struct cands *c)
{
	while (most(c) + 64 > c->cap)
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
 * of the right value (and a few others) and the UTF-8 lead bytes from
 * 0xD5, the table keeps those that matter.  The stores are made to every
 * list either way and counted only in the lists of the byte's classes,
 * so that no branch is mispredicted on which. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void
push_marked(const unsigned char *s, size_t n, size_t i, uint64_t m,
    unsigned step, struct cands *c)
{
	/* locals: a store to a list may not change them */
	size_t *vt = c->term, *vl = c->list, *vw = c->web, *vn = c->line;
	size_t nt = c->nterm, nl = c->nlist, nw = c->nweb, nn = c->nline;

	while (m != 0) {
		size_t k = i + low_bit(m) / step;
		unsigned cls = seg_cand_byte[s[k]];

		m &= m - 1;
		if (s[k] >= 0xC0 && cls && !lead_matters(s, n, k))
			cls = 0;
		vt[nt] = k;
		nt += cls & SC_TERM;
		vl[nl] = k;
		nl += (cls & SC_LIST) != 0;
		vw[nw] = k;
		nw += (cls & SC_WEB) != 0;
		vn[nn] = k;
		nn += (cls & SC_LINE) != 0;
	}
	c->nterm = nt;
	c->nlist = nl;
	c->nweb = nw;
	c->nline = nn;
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
		'*', '_', '@', '>', '\'', '\n' };
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
/* The bits of the sixteen bytes at p that are a candidate value, '<',
 * '(', or a UTF-8 lead byte from 0xD5 on, the first in seg_cand_byte[]: the
 * Latin, Greek and Cyrillic letters (0xC3 0xCE 0xD0 ...) stop nothing.
 * A range test is an add that moves the range to the bottom of the
 * signed bytes and one signed compare. */
static inline uint64_t
sse2_mask(const unsigned char *p)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* 0xD5-0xFF to -128..-86 */
	__m128i m = _mm_cmplt_epi8(
	    _mm_add_epi8(x, _mm_set1_epi8((char)0xAB)), _mm_set1_epi8(-85));
	/* ':' ';' '<' '=' '>' '?' '@' (0x3A-0x40) to -128..-122 */
	__m128i r = _mm_cmplt_epi8(
	    _mm_add_epi8(x, _mm_set1_epi8(0x46)), _mm_set1_epi8(-121));
	/* '\'' '(' ')' '*' (0x27-0x2A) to -128..-125 */
	__m128i q = _mm_cmplt_epi8(
	    _mm_add_epi8(x, _mm_set1_epi8(0x59)), _mm_set1_epi8(-124));

	m = _mm_or_si128(m,
	    _mm_or_si128(r,
	        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
	            _mm_cmpeq_epi8(x, _mm_set1_epi8('!')))));
	m = _mm_or_si128(m,
	    _mm_or_si128(q,
	        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('_')),
	            _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')))));
	return (uint64_t)(unsigned)_mm_movemask_epi8(m);
}

static inline uint64_t
sse2_mask64(const unsigned char *p)
{
	return sse2_mask(p) | sse2_mask(p + 16) << 16 |
	    sse2_mask(p + 32) << 32 | sse2_mask(p + 48) << 48;
}
#endif

void
find_cands(const unsigned char *s, size_t n, struct cands *c)
{
	size_t i = 0;

	c->cap = sizeof c->local / sizeof c->local[0] / 4;
	c->term = c->local;
	c->list = c->local + c->cap;
	c->web = c->local + 2 * c->cap;
	c->line = c->local + 3 * c->cap;
	c->nterm = c->nlist = c->nweb = c->nline = 0;
#ifdef __SSE2__
	/* sixty-four bytes a round, so that most rounds have a candidate
	 * and the test for none is seldom mispredicted */
	for (; i + 64 <= n; i += 64) {
		reserve64(c);
		push_marked(s, n, i, sse2_mask64(s + i), 1, c);
	}
	/* the last bytes as one more round, from a copy with zeros after
	 * them (no candidate) */
	if (i < n) {
		unsigned char tail[64] = { 0 };

		memcpy(tail, s + i, n - i);
		reserve64(c);
		push_marked(s, n, i, sse2_mask64(tail), 1, c);
		return;
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
			push(c, i, seg_cand_byte[s[i]]);
}

void
cands_free(struct cands *c)
{
	if (c->term != c->local)
		free(c->term);
	c->term = c->list = c->web = c->line = NULL;
}
