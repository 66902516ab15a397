/* qp_lex.c: the lexicon table as an open-addressing hash on lower-case words. */
#include <stdlib.h>
#include <string.h>

#include "qp_lex.h"
#include "xalloc.h"

/* Slots are 8 bytes so the table stays in cache; the hash is compared
 * before the key, and most words looked up are absent. */
struct slot {
	uint32_t hash;
	uint32_t idx;		/* 1 + index into key/flags; 0: empty */
};

struct qp_lex {
	size_t mask;
	struct slot *slot;
	const char **key;
	uint32_t *flags;
	size_t n;
	uint8_t bloom[1 << 13];	/* two bits a word: most absent words stop here */
};

static uint32_t
lowhash(const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		h = (h ^ c) * 16777619u;
	}
	return h;
}

/* Compare s[0..n) lower-cased with the NUL-terminated lower-case key k. */
static int
loweq(const unsigned char *s, size_t n, const char *k)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (k[i] != (char)c || k[i] == '\0')
			return 0;
	}
	return k[n] == '\0';
}

struct qp_lex *
qp_lex_new(void)
{
	struct qp_lex *lx = xcalloc(1, sizeof *lx);
	size_t cap = 16;

	while (cap * 2 < qp_lexdata_len * 3)
		cap <<= 1;
	lx->mask = cap - 1;
	lx->slot = xcalloc(cap, sizeof *lx->slot);
	lx->key = xcalloc(qp_lexdata_len, sizeof *lx->key);
	lx->flags = xcalloc(qp_lexdata_len, sizeof *lx->flags);
	lx->n = 0;
	for (size_t i = 0; i < qp_lexdata_len; i++) {
		const char *w = qp_lexdata[i].word;
		size_t n = strlen(w);
		uint32_t hv = lowhash((const unsigned char *)w, n);
		size_t h = hv & lx->mask;

		while (lx->slot[h].idx && strcmp(lx->key[lx->slot[h].idx - 1], w) != 0)
			h = (h + 1) & lx->mask;
		lx->bloom[(hv & 0xffff) >> 3] |= (uint8_t)(1u << (hv & 7));
		lx->bloom[(hv >> 16) >> 3] |= (uint8_t)(1u << ((hv >> 16) & 7));
		if (!lx->slot[h].idx) {
			lx->key[lx->n] = w;
			lx->slot[h].idx = (uint32_t)++lx->n;
			lx->slot[h].hash = hv;
		}
		lx->flags[lx->slot[h].idx - 1] |= qp_lexdata[i].flags;	/* in two lists: both */
	}
	return lx;
}

void
qp_lex_free(struct qp_lex *lx)
{
	if (!lx)
		return;
	free(lx->slot);
	free(lx->key);
	free(lx->flags);
	free(lx);
}

uint32_t
qp_lex_get(const struct qp_lex *lx, const unsigned char *s, size_t n)
{
	uint32_t hv;
	size_t h;

	if (n == 0 || n > 40)
		return 0;
	hv = lowhash(s, n);
	if (!(lx->bloom[(hv & 0xffff) >> 3] & (1u << (hv & 7))) ||
	    !(lx->bloom[(hv >> 16) >> 3] & (1u << ((hv >> 16) & 7))))
		return 0;
	h = hv & lx->mask;
	while (lx->slot[h].idx) {
		if (lx->slot[h].hash == hv && loweq(s, n, lx->key[lx->slot[h].idx - 1]))
			return lx->flags[lx->slot[h].idx - 1];
		h = (h + 1) & lx->mask;
	}
	return 0;
}
