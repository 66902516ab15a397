/* lexicon.c - sorted word lists */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "xalloc.h"

static int
cmp_folded(const char *w, const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = s[i], d = (unsigned char)w[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (d == '\0')
			return -1;
		if (d != c)
			return d < c ? -1 : 1;
	}
	return w[n] == '\0' ? 0 : 1;
}

int
lexicon_has(const struct lexicon *lx, const unsigned char *s, size_t n)
{
	size_t lo = 0, hi;

	if (lx == NULL)
		return 0;
	hi = lx->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_folded(lx->words[mid], s, n);

		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int
lexicon_load(struct lexicon *lx, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, **w = NULL;
	size_t cap = 0, n = 0, wcap = 0;
	ssize_t len;

	if (f == NULL)
		return -1;
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *s = line, *e = line + len;

		while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
			e--;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		if (s == e || *s == '#')
			continue;
		/* "Inc." and "Inc" are the same entry */
		if (e - s > 1 && e[-1] == '.')
			e--;
		*e = '\0';
		for (char *p = s; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p += 32;
		if (n == wcap) {
			wcap = wcap ? wcap * 2 : 32;
			w = xreallocarray(w, wcap, sizeof *w);
		}
		w[n++] = xstrdup(s);
	}
	free(line);
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		while (n > 0)
			free(w[--n]);
		free(w);
		errno = e;
		return -1;
	}
	fclose(f);
	qsort(w, n, sizeof *w, strp_cmp);
	lx->words = (const char *const *)w;
	lx->n = n;
	return 0;
}

void
lexicon_free(struct lexicon *lx)
{
	size_t i;

	for (i = 0; i < lx->n; i++)
		free((void *)lx->words[i]);
	free((void *)lx->words);
	lx->words = NULL;
	lx->n = 0;
}
