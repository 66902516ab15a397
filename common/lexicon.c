/* lexicon.c - look-ups in a lexicon table, and building one from a list
 * file at run time (the compiled-in tables come from build-aux/gen-lexicon,
 * which lays them out with the same two functions, lexicon_hash() and
 * lexicon_probe()). */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "xalloc.h"

static inline unsigned char
fold(unsigned char c)
{
	return (unsigned char)(c + (((unsigned)c - 'A' < 26u) << 5));
}

uint32_t
lexicon_hash(const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ fold(s[i])) * 16777619u;
	return h;
}

size_t
lexicon_probe(const struct lex_slot *slot, size_t mask, const char *words,
    const unsigned char *s, size_t n, uint32_t hash)
{
	size_t h;

	for (h = hash & mask; slot[h].len != 0; h = (h + 1) & mask) {
		const unsigned char *w;
		size_t i;

		if (slot[h].hash != hash || slot[h].len != n)
			continue;
		w = (const unsigned char *)words + slot[h].word;
		for (i = 0; i < n && w[i] == fold(s[i]); i++)
			;
		if (i == n)
			break;
	}
	return h;
}

const struct lex_slot *
lexicon_find(const struct lexicon *lx, const unsigned char *s, size_t n)
{
	size_t h;

	if (lx == NULL || n == 0 || n > LEX_MAXWORD)
		return NULL;
	/* most words looked up are in no lexicon: two bit tests first */
	if (!(lx->lens >> (n < 63 ? n : 63) & 1))
		return NULL;
	if (!(lx->first[fold(s[0]) >> 5] >> (fold(s[0]) & 31) & 1))
		return NULL;
	h = lexicon_probe(
	    lx->slot, lx->mask, lx->words, s, n, lexicon_hash(s, n));
	return lx->slot[h].len != 0 ? &lx->slot[h] : NULL;
}

const struct lex_slot *
lexicon_find_slow(const struct lexicon *lx, const struct lex_key *k)
{
	unsigned char w[LEX_KEYLEN];

	for (size_t i = 0; i < k->n; i++)
		w[i] = (unsigned char)(k->w[i >> 3] >> (8 * (i & 7)));
	return lexicon_find(lx, w, k->n);
}

uint32_t
lexicon_long_flags(const struct lexicon *lx, const unsigned char *s, size_t n)
{
	if (lx->longw == NULL)
		return lexicon_flags(lx, s, n);
	for (const struct lex_long *w = lx->longw; w->len != 0; w++) {
		size_t i;

		if (w->len != n)
			continue;
		for (i = 0; i < n && (unsigned char)w->word[i] == fold(s[i]);
		     i++)
			;
		if (i == n)
			return w->flags;
	}
	return 0;
}

/* The words of a bucket of the index, while it is laid out. */
struct ixword {
	struct lex_key k;
	uint32_t slot; /* + 1 */
	uint16_t cls;
	uint32_t bucket, size; /* its bucket, and the words in it */
};

/* The largest buckets first, as they are the hardest to place. */
static int
by_bucket_size(const void *a, const void *b)
{
	const struct ixword *x = a, *y = b;

	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	return x->slot < y->slot ? -1 : x->slot > y->slot;
}

/* Place the words of one bucket, w[0..n), with the first seed that puts
 * each in a free place of ix; 0 when there is none. */
static int
place_bucket(struct lex_ix *ix, unsigned ix_bits, const struct ixword *w,
    size_t n, uint16_t *seed)
{
	size_t at[64], i, j;

	if (n > sizeof at / sizeof at[0])
		return 0;
	for (uint32_t s = 0; s <= 0xFFFF; s++) {
		for (i = 0; i < n; i++) {
			at[i] = lex_ix_place(w[i].k.hash, (uint16_t)s, ix_bits);
			if (ix[at[i]].slot != 0)
				break;
			for (j = 0; j < i && at[j] != at[i]; j++)
				;
			if (j < i)
				break;
		}
		if (i < n)
			continue;
		for (i = 0; i < n; i++)
			ix[at[i]] = (struct lex_ix){ { w[i].k.w[0],
				                         w[i].k.w[1] },
				w[i].slot, (uint16_t)w[i].k.n, w[i].cls };
		*seed = (uint16_t)s;
		return 1;
	}
	return 0;
}

static unsigned
log2_at_least(size_t n)
{
	unsigned b = 0;

	while (((size_t)1 << b) < n)
		b++;
	return b;
}

int
lexicon_index(struct lexicon *lx)
{
	struct ixword *w = xcalloc(lx->mask + 1, sizeof *w);
	uint32_t *size;
	uint64_t *bloom;
	uint16_t *seed;
	struct lex_ix *ix = NULL;
	uint32_t *ix_flags;
	size_t n = 0, i, j;
	unsigned bb, sb, ib, tries;

	for (i = 0; lx->slot != NULL && i <= lx->mask; i++) {
		const unsigned char *s = (const unsigned char *)lx->words +
		    lx->slot[i].word;

		if (lx->slot[i].len == 0 ||
		    !lex_key_make(&w[n].k, s, lx->slot[i].len, s))
			continue;
		w[n].cls = lx->slot[i].cls;
		w[n++].slot = (uint32_t)i + 1;
	}
	/* 12 bits a word: one look-up in about 100 of a word that is not
	 * there gets through */
	bb = log2_at_least(12 * n);
	bb = bb < 10 ? 10 : bb;
	bloom = xcalloc((size_t)1 << (bb - 6), sizeof *bloom);
	for (i = 0; i < n; i++)
		lex_bloom_add(bloom, bb, lex_key_bloom_hash(&w[i].k));
	/* about four words a bucket, the index at most 4/5 full */
	sb = log2_at_least(n / 4 + 1);
	sb = sb < 1 ? 1 : sb;
	size = xcalloc((size_t)1 << sb, sizeof *size);
	seed = xcalloc((size_t)1 << sb, sizeof *seed);
	for (i = 0; i < n; i++) {
		w[i].bucket = (uint32_t)(w[i].k.hash >> (64 - sb));
		size[w[i].bucket]++;
	}
	for (i = 0; i < n; i++)
		w[i].size = size[w[i].bucket];
	qsort(w, n, sizeof *w, by_bucket_size);
	ib = log2_at_least(n + n / 4 + 1);
	ib = ib < 1 ? 1 : ib;
	for (tries = 0; tries < 4; tries++, ib++) {
		free(ix);
		ix = xcalloc((size_t)1 << ib, sizeof *ix);
		memset(seed, 0, ((size_t)1 << sb) * sizeof *seed);
		for (i = 0; i < n; i = j) {
			for (j = i; j < n && w[j].bucket == w[i].bucket; j++)
				;
			if (!place_bucket(
			        ix, ib, w + i, j - i, &seed[w[i].bucket]))
				break;
		}
		if (i >= n)
			break;
	}
	free(w);
	free(size);
	lx->bloom = bloom;
	lx->bloom_bits = (uint8_t)bb;
	if (tries == 4) {
		free(ix);
		free(seed);
		lx->seed = NULL;
		lx->ix = NULL;
		lx->ix_flags = NULL;
		return -1;
	}
	lx->seed = seed;
	lx->seed_bits = (uint8_t)sb;
	lx->ix = ix;
	lx->ix_bits = (uint8_t)ib;
	ix_flags = xcalloc((size_t)1 << ib, sizeof *ix_flags);
	for (i = 0; i < (size_t)1 << ib; i++)
		if (ix[i].slot != 0)
			ix_flags[i] = lx->slot[ix[i].slot - 1].flags;
	lx->ix_flags = ix_flags;
	return 0;
}

int
lexicon_has(const struct lexicon *lx, const unsigned char *s, size_t n)
{
	return lexicon_find(lx, s, n) != NULL;
}

uint32_t
lexicon_flags(const struct lexicon *lx, const unsigned char *s, size_t n)
{
	const struct lex_slot *e = lexicon_find(lx, s, n);

	return e != NULL ? e->flags : 0;
}

const char *
lexicon_word(const struct lexicon *lx, const struct lex_slot *e)
{
	return lx->words + e->word;
}

const struct lex_slot *
lexicon_next(const struct lexicon *lx, size_t *it)
{
	if (lx == NULL || lx->slot == NULL)
		return NULL;
	while (*it <= lx->mask) {
		const struct lex_slot *e = &lx->slot[(*it)++];
		if (e->len != 0)
			return e;
	}
	return NULL;
}

/* The words of a list file, lower case, each followed by NUL, in *words;
 * their count in *n.  Returns 0 or -1 with errno set. */
static int
read_words(FILE *f, unsigned opts, char **words, size_t *wlen, size_t *n)
{
	char *line = NULL, *buf = NULL;
	size_t cap = 0, len = 0, bcap = 0;
	ssize_t got;

	*n = 0;
	while ((got = getline(&line, &cap, f)) >= 0) {
		char *s = line, *e = memchr(line, '\t', (size_t)got);

		if (e == NULL)
			e = line + got;
		while (e > s &&
		    (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' ||
		        e[-1] == '\t'))
			e--;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		if (s == e || *s == '#')
			continue;
		if ((opts & LEX_LOAD_DROP_PERIOD) && e - s > 1 && e[-1] == '.')
			e--;
		if (e - s > LEX_MAXWORD) {
			free(line);
			free(buf);
			errno = EINVAL;
			return -1;
		}
		if (len + (size_t)(e - s) + 1 > bcap) {
			bcap = (bcap + (size_t)(e - s) + 1) * 2;
			buf = xrealloc(buf, bcap);
		}
		for (; s < e; s++)
			buf[len++] = (char)fold((unsigned char)*s);
		buf[len++] = '\0';
		(*n)++;
	}
	free(line);
	if (ferror(f)) {
		free(buf);
		return -1;
	}
	*words = buf;
	*wlen = len;
	return 0;
}

int
lexicon_load(
    struct lexicon *lx, const char *path, uint32_t flags, unsigned opts)
{
	FILE *f = fopen(path, "r");
	struct lex_slot *slot;
	char *words = NULL;
	size_t n, wlen, cap = 4, off;
	int e;

	memset(lx, 0, sizeof *lx);
	if (f == NULL)
		return -1;
	if (read_words(f, opts, &words, &wlen, &n) != 0) {
		e = errno;
		fclose(f);
		errno = e;
		return -1;
	}
	fclose(f);
	while (cap < 2 * n)
		cap *= 2;
	slot = xcalloc(cap, sizeof *slot);
	lx->mask = cap - 1;
	for (off = 0; off < wlen; off += strlen(words + off) + 1) {
		const unsigned char *w = (const unsigned char *)words + off;
		size_t len = strlen(words + off);
		uint32_t hash = lexicon_hash(w, len);
		size_t h = lexicon_probe(slot, lx->mask, words, w, len, hash);

		if (slot[h].len != 0)
			continue; /* a repeated word */
		slot[h] = (struct lex_slot){ .hash = hash,
			.word = (uint32_t)off,
			.flags = flags,
			.len = (uint8_t)len };
		lx->n++;
		lx->lens |= (uint64_t)1 << (len < 63 ? len : 63);
		lx->first[w[0] >> 5] |= (uint32_t)1 << (w[0] & 31);
	}
	lx->slot = slot;
	lx->words = words;
	lexicon_index(lx);
	return 0;
}

void
lexicon_free(struct lexicon *lx)
{
	free((void *)lx->slot);
	free((void *)lx->words);
	free((void *)lx->bloom);
	free((void *)lx->seed);
	free((void *)lx->ix);
	free((void *)lx->ix_flags);
	memset(lx, 0, sizeof *lx);
}
