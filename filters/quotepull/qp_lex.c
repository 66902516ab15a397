/* qp_lex.c: the lexicon table as an open-addressing hash on lower-case
 * words. */
#include <stdlib.h>
#include <string.h>

#include "qp_lex.h"
#include "xalloc.h"

/* A slot holds a word's hash, its flags and, for most words, the word
 * itself: a look-up reads one cache line of the table. A longer word is
 * in longkey, its index in the slot's key bytes. Most words looked up are
 * in the table (the, said, of); the bloom filter stops most of the others. */
#define SLOT_KEY 7
_Static_assert(
    SLOT_KEY >= sizeof(uint32_t), "a slot's key bytes hold a longkey index");

struct slot {
	uint32_t hash;
	uint32_t flags;
	uint8_t klen;       /* 0: empty */
	char key[SLOT_KEY]; /* when klen <= SLOT_KEY; else a uint32_t index */
};

struct qp_lex {
	size_t mask;
	struct slot *slot;
	const char **longkey; /* the words longer than SLOT_KEY */
	size_t nlong;
	uint8_t bloom[1 << 13]; /* two bits a word */
	/* for a few flags, a bit for each (first letter, last letter, length
	 * up to 15) of their words: a filter with no hashing, 1.3 KiB */
	uint8_t small[QL_NSMALL][26 * 26 * 16 / 8];
	unsigned char lower[256]; /* ASCII lower case */
};

#define MAX_WORD 40 /* longer words are in no lexicon */

/* The hash of s[0..n) lower-cased (ASCII). */
static uint32_t
lower_hash(const struct qp_lex *lx, const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ lx->lower[s[i]]) * 16777619u;
	return h;
}

static const char *
slot_key(const struct qp_lex *lx, size_t h)
{
	uint32_t i;

	if (lx->slot[h].klen <= SLOT_KEY)
		return lx->slot[h].key;
	memcpy(&i, lx->slot[h].key, sizeof i);
	return lx->longkey[i];
}

const uint32_t qp_lex_small[QL_NSMALL] = { QL_PRON | QL_ROLE, QL_ABBR };

/* The bit of word s[0..n) in a small filter, or -1 when it does not start
 * and end with ASCII letters (those are always "maybe"). */
static int
small_bit(const unsigned char *s, size_t n)
{
	unsigned a = (unsigned)(s[0] | 0x20) - 'a',
	         z = (unsigned)(s[n - 1] | 0x20) - 'a';

	if (a >= 26 || z >= 26)
		return -1;
	return (int)((a * 26 + z) * 16 + (n < 15 ? n : 15));
}

struct qp_lex *
qp_lex_new(void)
{
	struct qp_lex *lx = xcalloc(1, sizeof *lx);
	size_t cap = 16;

	while (cap * 2 < qp_lexdata_len * 3)
		cap <<= 1;
	for (int c = 0; c < 256; c++)
		lx->lower[c] = (unsigned char)(c >= 'A' && c <= 'Z'
		        ? c + 'a' - 'A'
		        : c);
	lx->mask = cap - 1;
	lx->slot = xcalloc(cap, sizeof *lx->slot);
	lx->longkey = xcalloc(qp_lexdata_len, sizeof *lx->longkey);
	for (size_t i = 0; i < qp_lexdata_len; i++) {
		const char *w = qp_lexdata[i].word;
		size_t n = strlen(w);
		uint32_t hv = lower_hash(lx, (const unsigned char *)w, n);
		size_t h = hv & lx->mask;

		if (n == 0 || n > MAX_WORD)
			continue; /* never looked up */
		while (lx->slot[h].klen &&
		    (lx->slot[h].klen != n ||
		        memcmp(slot_key(lx, h), w, n) != 0))
			h = (h + 1) & lx->mask;
		lx->bloom[(hv & 0xffff) >> 3] |= (uint8_t)(1u << (hv & 7));
		lx->bloom[(hv >> 16) >> 3] |= (uint8_t)(1u << ((hv >> 16) & 7));
		if (!lx->slot[h].klen) {
			lx->slot[h].hash = hv;
			lx->slot[h].klen = (uint8_t)n;
			if (n > SLOT_KEY) {
				uint32_t li = (uint32_t)lx->nlong++;
				lx->longkey[li] = w;
				memcpy(lx->slot[h].key, &li, sizeof li);
			} else
				memcpy(lx->slot[h].key, w, n);
		}
		lx->slot[h].flags |=
		    qp_lexdata[i].flags; /* in two lists: both */
		for (int f = 0; f < QL_NSMALL; f++) {
			int bit = small_bit((const unsigned char *)w, n);
			if ((qp_lexdata[i].flags & qp_lex_small[f]) && bit >= 0)
				lx->small[f][bit >> 3] |= (uint8_t)(1u
				    << (bit & 7));
		}
	}
	return lx;
}

void
qp_lex_free(struct qp_lex *lx)
{
	if (!lx)
		return;
	free(lx->slot);
	free(lx->longkey);
	free(lx);
}

uint32_t
qp_lex_get(const struct qp_lex *lx, const unsigned char *s, size_t n)
{
	uint32_t hv;
	size_t h;

	if (n == 0 || n > MAX_WORD)
		return 0;
	hv = lower_hash(lx, s, n);
	if (!(lx->bloom[(hv & 0xffff) >> 3] & (1u << (hv & 7))) ||
	    !(lx->bloom[(hv >> 16) >> 3] & (1u << ((hv >> 16) & 7))))
		return 0;
	for (h = hv & lx->mask; lx->slot[h].klen; h = (h + 1) & lx->mask) {
		if (lx->slot[h].hash == hv && lx->slot[h].klen == n) {
			const char *w = slot_key(lx, h);
			size_t i = 0;
			while (i < n && (unsigned char)w[i] == lx->lower[s[i]])
				i++;
			if (i == n)
				return lx->slot[h].flags;
		}
	}
	return 0;
}

int
qp_lex_maybe(
    const struct qp_lex *lx, int which, const unsigned char *s, size_t n)
{
	int bit;

	if (n == 0 || n > MAX_WORD)
		return 0;
	bit = small_bit(s, n);
	return bit < 0 || (lx->small[which][bit >> 3] & (1u << (bit & 7)));
}
