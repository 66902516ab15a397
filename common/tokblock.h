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
 * letters or digits (alnum), digits, lower-case letters, spaces, commas.
 * A text is classed once in blocks, and its plain words are cut from the
 * masks (block_words()), with no vector work and no branch a word. */
struct block {
	size_t base, lim; /* s[base..lim) classed */
	uint64_t alnum, digit, lower, space, comma;
};

/* The classes of 64 bytes from p, in b (b->base not set). */
static inline void
block_classes(struct block *b, const unsigned char *p)
{
	b->alnum = b->digit = b->lower = b->space = b->comma = 0;
	for (unsigned q = 0; q < 64; q += 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(p + q));
		unsigned dg,
		    al = tok_ascii_classes16(v, &dg),
		    b5 = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)),
		    sp = (unsigned)_mm_movemask_epi8(
		        _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))),
		    cm = (unsigned)_mm_movemask_epi8(
		        _mm_cmpeq_epi8(v, _mm_set1_epi8(',')));

		b->alnum |= (uint64_t)(al | dg) << q;
		b->comma |= (uint64_t)cm << q;
		b->digit |= (uint64_t)dg << q;
		b->lower |= (uint64_t)(al & b5) << q;
		b->space |= (uint64_t)sp << q;
	}
}

/* Class the 64 bytes at s[i]; past s[n] no class at all (not even a
 * space).  Near the end of a long text the last 64 bytes are classed
 * and shifted, with no copy. */
static inline void
block_fill(struct block *b, const unsigned char *s, size_t n, size_t i)
{
	b->base = i;
	b->lim = n - i >= 64 ? i + 64 : n;
	if (n - i >= 64) {
		block_classes(b, s + i);
	} else if (n >= 64) {
		unsigned sh = (unsigned)(64 - (n - i));

		block_classes(b, s + n - 64);
		b->alnum >>= sh;
		b->digit >>= sh;
		b->lower >>= sh;
		b->space >>= sh;
		b->comma >>= sh;
	} else {
		unsigned char tail[64];

		memset(tail, 0, sizeof tail); /* a NUL is no space */
		memcpy(tail, s + i, n - i);
		block_classes(b, tail);
	}
}

/* The block seen from s[i] (bit 0 is s[i]), filled again at i when it
 * has fewer than 32 bytes left there (off wraps around before the first
 * fill). */
static inline __attribute__((always_inline)) void
block_at(struct block *b, const unsigned char *s, size_t n, size_t i,
    struct block *v)
{
	size_t off = i - b->base;

	if (off > 32) {
		block_fill(b, s, n, i);
		off = 0;
	}
	v->base = i;
	v->lim = b->lim;
	v->alnum = b->alnum >> off;
	v->digit = b->digit >> off;
	v->lower = b->lower >> off;
	v->space = b->space >> off;
	v->comma = b->comma >> off;
}

/*
 * The plain words of "the mayor said, at noon (": from the view v (bit
 * 0 a letter or digit), the runs of ASCII letters and digits each
 * followed by one space or by a comma and one space, and, but for the
 * last, by another run.  Returns a mask with a bit at the last byte of
 * each, and in *commas one at each comma's.  A run that reaches the end
 * of the view is none of them.  Told from the masks, with no branch a
 * byte or a word.
 */
static inline uint64_t
block_words(const struct block *v, uint64_t *commas)
{
	/* "said, ": a comma between a run and a space ("3, 4" too: a
	 * comma joins figures only with no space after it) */
	uint64_t comma = v->comma & (v->alnum << 1) & (v->space >> 1),
	         /* where the chain stops: a byte neither letter, digit,
		  * space nor such a comma, a space before anything but a
		  * letter or digit, or the end */
	    stop = ~(v->alnum | v->space | comma) |
	    (v->space & ~(v->alnum >> 1)) | (uint64_t)1 << 63;
	unsigned z = (unsigned)__builtin_ctzll(stop);

	*commas = comma;
	return v->alnum & ((v->space | comma) >> 1) & (((uint64_t)1 << z) - 1);
}

/* The run at bit 0 of the view v that is no plain word of
 * block_words() ("said," "U.S."): its length with its counts in *w, or
 * 0 when it reaches the end of the view before the end of the text. */
static inline size_t
block_run(const struct block *v, size_t n, struct wordshape *w)
{
	uint64_t rest = ~v->alnum, keep, dg;
	unsigned len, letters;

	/* 64 letters or digits: __builtin_ctzll(0) is undefined */
	if (rest == 0)
		return 0;
	len = (unsigned)__builtin_ctzll(rest);
	if (v->base + len >= v->lim && v->lim < n)
		return 0; /* it may go on past the view */
	keep = ((uint64_t)1 << len) - 1;
	dg = v->digit & keep;
	/* digits are rare: count them only when there are some */
	for (letters = len; dg != 0; dg &= dg - 1)
		letters--;
	w->letters = (int)letters;
	w->digits = (int)(len - letters);
	w->upper = v->lower & keep ? 0 : (int)letters;
	return len;
}
#endif /* TOK_SSE2 */
#endif
