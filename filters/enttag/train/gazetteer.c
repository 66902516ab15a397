/*
 * gazetteer.c - the phrase table a model carries: lexicon phrases by
 * class (-l), names annotated in CoNLL files (-b), and word clusters
 * (-C, -L), all under 32-bit keys in one open-addressing table.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "train.h"
#include "xalloc.h"

void
gazb_add(struct gazb *g, uint32_t key, uint32_t val)
{
	uint32_t i;

	if ((g->n + 1) * 5 > (g->mask + 1) * 3 || g->keys == NULL) {
		uint32_t ocap = g->keys ? g->mask + 1 : 0,
		         ncap = ocap ? ocap * 2 : 1024;
		uint32_t *ok = g->keys;
		uint32_t *ov = g->vals;
		g->keys = xcalloc(ncap, sizeof *g->keys);
		g->vals = xcalloc(ncap, sizeof *g->vals);
		g->mask = ncap - 1;
		g->n = 0;
		for (uint32_t j = 0; j < ocap; j++)
			if (ok[j])
				gazb_add(g, ok[j], ov[j]);
		free(ok);
		free(ov);
	}
	for (i = key & g->mask; g->keys[i] && g->keys[i] != key;
	     i = (i + 1) & g->mask)
		;
	if (g->keys[i] == 0)
		g->n++;
	g->keys[i] = key;
	g->vals[i] |= val;
}

static uint32_t
gazb_get(const struct gazb *g, uint32_t key)
{
	if (g->keys == NULL)
		return 0;
	for (uint32_t i = key & g->mask; g->keys[i]; i = (i + 1) & g->mask)
		if (g->keys[i] == key)
			return g->vals[i];
	return 0;
}

static uint64_t
phrase_hash(const unsigned char *buf, const struct token *t, size_t n)
{
	uint64_t h = 0;

	for (size_t i = 0; i < n; i++)
		h = et_phrase_step(
		    h, et_hash_lower(buf + t[i].start, t[i].end - t[i].start));
	return h;
}

void
gazb_read(struct gazb *g, int cl, const char *path)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	struct tokvec toks = { NULL, 0, 0 };
	ssize_t r;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	while ((r = getline(&line, &cap, fp)) != -1) {
		size_t n = strcspn(line, "\t\r\n"), k;
		if (n == 0 || line[0] == '#')
			continue;
		tokvec_reset(&toks);
		tokenize((unsigned char *)line, n, &toks);
		if ((k = toks.n) == 0 || k > ET_GAZ_MAXLEN)
			continue;
		gazb_add(g,
		    et_phrase_key(
		        phrase_hash((unsigned char *)line, toks.v, k)),
		    (uint32_t)1 << cl);
	}
	fclose(fp);
	free(line);
	tokvec_free(&toks);
}

/* The two cluster files: --clusters, "word TAB coarse TAB fine" lines
 * (enttag-clusters), under the cluster key of the word as written; and
 * --lower-clusters, "word TAB class TAB class TAB class" (enttag-vclusters),
 * under the case-blind cluster key of the lower-cased word (etfeat.h). */
struct clformat {
	int n, lower;
	unsigned long max[3];
	int shift[3];
};
const struct clformat gaz_clusters_cased = { 2, 0, { G_CL1_MAX, G_CL2_MAX, 0 },
	{ G_CL1_SHIFT, G_CL2_SHIFT, 0 } };
const struct clformat gaz_clusters_lower = { 3, 1,
	{ LCL1_MAX, LCL2_MAX, LCL3_MAX }, { 0, LCL2_SHIFT, LCL3_SHIFT } };

void
gazb_read_clusters(struct gazb *g, const char *path, const struct clformat *f)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t r;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	while ((r = getline(&line, &cap, fp)) != -1) {
		size_t n = strcspn(line, "\t");
		uint32_t key, val = 0;
		char *p = line + n;

		lineno++;
		if (line[n] != '\t' || n == 0)
			die("%s:%zu: want word and %d TAB-separated classes",
			    path, lineno, f->n);
		for (int j = 0; j < f->n; j++) {
			char *e;
			unsigned long c = strtoul(p, &e, 10);
			if (*p == '\t' && e > p + 1 && c <= f->max[j] &&
			    (j + 1 == f->n || *e == '\t')) {
				val |= (uint32_t)c << f->shift[j];
				p = e;
				continue;
			}
			if (f->n > 2)
				die("%s:%zu: bad cluster numbers (at most %lu, %lu "
				    "and %lu)",
				    path, lineno, f->max[0], f->max[1],
				    f->max[2]);
			die("%s:%zu: bad cluster numbers (at most %lu and %lu)",
			    path, lineno, f->max[0], f->max[1]);
		}
		key = f->lower
		    ? et_lcluster_key(et_hash_lower((unsigned char *)line, n))
		    : et_cluster_key(
		          et_hash_bytes((unsigned char *)line, n, 0));
		if ((gazb_get(g, key) & ~G_CLASS_MASK) == 0) /* first wins */
			gazb_add(g, key, val);
	}
	if (ferror(fp))
		die("%s: %s", path, strerror(errno));
	fclose(fp);
	free(line);
}

void
gazb_read_bio(struct gazb *g, const char *path)
{
	struct corpus c;

	corpus_init(&c);
	corpus_read(&c, path, 0, 0);
	for (size_t i = 0; i < c.ntok;) {
		size_t j = i + 1;
		int t;
		if (c.gold[i] == 0) {
			i++;
			continue;
		}
		t = ET_TAG_TYPE(c.gold[i]);
		if (ET_TAG_POS(c.gold[i]) == 0)
			while (j < c.ntok && c.gold[j] != 0 &&
			    ET_TAG_POS(c.gold[j]) == 1)
				j++;
		if (ET_TAG_POS(c.gold[i]) == 0 && j < c.ntok)
			j++;
		{
			size_t a = i;
			const unsigned char *w = c.text.p + c.toks[a].start;
			if (j - a > 1 && c.toks[a].end - c.toks[a].start == 3 &&
			    (w[0] | 0x20) == 't' && (w[1] | 0x20) == 'h' &&
			    (w[2] | 0x20) == 'e')
				a++;
			if (j - a <= ET_GAZ_MAXLEN)
				gazb_add(g,
				    et_phrase_key(phrase_hash(
				        c.text.p, c.toks + a, j - a)),
				    (uint32_t)1 << (G_LPER + t));
		}
		i = j;
	}
	corpus_free(&c);
}

void
gazb_free(struct gazb *g)
{
	free(g->keys);
	free(g->vals);
}
