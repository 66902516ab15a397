/* tokblock.h - the tokenizer's 64-byte block classifier (private to
 * common/token.c): a text is classed 64 bytes at a time into bit masks,
 * and its plain words ("the mayor said ") are cut from the masks. */
#ifndef NU_TOKBLOCK_H
#define NU_TOKBLOCK_H
#include <stdint.h>
#include <string.h>

#include "token.h"

/* The counts of a word's characters, read by word_end(). */
struct wordshape {
	int letters, upper, digits;
};

#ifdef TOK_SSE2
/* The classes of the 64 bytes s[base..base+64), a bit a byte: ASCII
 * letters or digits (alnum), digits, lower-case letters, spaces.  A text
 * is classed once in blocks, and its plain words are cut from the masks
 * (block_run()), with no vector work and no branch a word. */
struct block {
	size_t base;
	uint64_t alnum, digit, lower, space;
};

/* Class the 64 bytes at s[i] (spaces past s[n], not counted as spaces,
 * at the end of the text). */
static inline void
block_fill(struct block *b, const unsigned char *s, size_t n, size_t i)
{
	unsigned char tail[64];
	const unsigned char *p = s + i;
	uint64_t in = ~(uint64_t)0;

	if (n - i < 64) {
		memset(tail, ' ', sizeof tail);
		memcpy(tail, s + i, n - i);
		p = tail;
		in = ((uint64_t)1 << (n - i)) - 1;
	}
	b->base = i;
	b->alnum = b->digit = b->lower = b->space = 0;
	for (unsigned q = 0; q < 64; q += 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(p + q));
		unsigned dg,
		    al = tok_ascii_classes16(v, &dg),
		    b5 = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)),
		    sp = (unsigned)_mm_movemask_epi8(
		        _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));

		b->alnum |= (uint64_t)(al | dg) << q;
		b->digit |= (uint64_t)dg << q;
		b->lower |= (uint64_t)(al & b5) << q;
		b->space |= (uint64_t)sp << q;
	}
	b->space &= in;
}

/* The plain run at s[i] (s[i] an ASCII letter or digit) cut from the
 * block's masks: its end with its counts in *w, and in *space whether a
 * space follows it; 0 when the run may go on past the block. */
static inline __attribute__((always_inline)) size_t
block_run(struct block *b, const unsigned char *s, size_t n, size_t i,
    struct wordshape *w, int *space)
{
	size_t off = i - b->base;
	uint64_t rest, keep, dg;
	unsigned len, letters;

	/* fill the block at i when fewer than 16 of its bytes are left
	 * (off wraps around before the first fill) */
	if (off >= 48) {
		block_fill(b, s, n, i);
		off = 0;
	}
	/* a block of 64 letters or digits from off = 0: no end in it
	 * (and __builtin_ctzll(0) is undefined) */
	rest = ~(b->alnum >> off);
	if (rest == 0)
		return 0;
	len = (unsigned)__builtin_ctzll(rest);
	if (off + len >= 64)
		return 0;
	keep = ((uint64_t)1 << len) - 1;
	dg = (b->digit >> off) & keep;
	/* digits are rare: count them only when there are some */
	for (letters = len; dg != 0; dg &= dg - 1)
		letters--;
	w->letters = (int)letters;
	w->digits = (int)(len - letters);
	w->upper = (b->lower >> off) & keep ? 0 : (int)letters;
	*space = (int)((b->space >> (off + len)) & 1);
	return i + len;
}
#endif /* TOK_SSE2 */
#endif
