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
	return 0;
}

void
lexicon_free(struct lexicon *lx)
{
	free((void *)lx->slot);
	free((void *)lx->words);
	memset(lx, 0, sizeof *lx);
}
