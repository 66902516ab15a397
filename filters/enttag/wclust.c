/*
 * wclust.c - enttag-clusters: word clusters from unlabelled text, for
 * enttag-train --clusters (make model).
 *
 * usage: enttag-clusters [-f] [-m MINCOUNT] [-i ITER] K1 K2 FILE... > OUT
 *
 * Reads raw text (tokenized with the core tokenizer, one sentence or
 * paragraph a line is fine), keeps case ("Jobs" is not "jobs"; -f folds
 * ASCII case), and runs predictive
 * exchange clustering (Uszkoreit and Brants 2008) twice, with K1 and with
 * K2 classes: each word moves to the class that best predicts it from
 * the word before, maximizing
 *   sum over (v, c) of N(v,c) log N(v,c)  -  sum over c of N(c) log N(c).
 * Words seen MINCOUNT times or more are written as "word TAB c1 TAB c2"
 * with classes from 1.  The result is deterministic.
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "token.h"
#include "xalloc.h"

struct vocab {
	char **w;			/* word strings */
	uint64_t *cnt;
	uint32_t *slot;			/* hash slots: index + 1, 0 empty */
	size_t n, cap, mask;
};

static uint64_t
hash_str(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static void vocab_grow(struct vocab *v);

static size_t
vocab_id(struct vocab *v, const char *s, size_t n)
{
	size_t i;

	if ((v->n + 1) * 2 > v->mask + 1)
		vocab_grow(v);
	for (i = hash_str(s, n) & v->mask; v->slot[i]; i = (i + 1) & v->mask) {
		const char *w = v->w[v->slot[i] - 1];
		if (strlen(w) == n && memcmp(w, s, n) == 0)
			return v->slot[i] - 1;
	}
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 1024;
		v->w = xreallocarray(v->w, v->cap, sizeof *v->w);
		v->cnt = xreallocarray(v->cnt, v->cap, sizeof *v->cnt);
	}
	v->w[v->n] = xrealloc(NULL, n + 1);
	memcpy(v->w[v->n], s, n);
	v->w[v->n][n] = '\0';
	v->cnt[v->n] = 0;
	v->slot[i] = (uint32_t)(++v->n);
	return v->n - 1;
}

static void
vocab_grow(struct vocab *v)
{
	size_t ocap = v->slot ? v->mask + 1 : 0, ncap = ocap ? ocap * 2 : 1 << 16;
	uint32_t *os = v->slot;

	v->slot = xreallocarray(NULL, ncap, sizeof *v->slot);
	memset(v->slot, 0, ncap * sizeof *v->slot);
	v->mask = ncap - 1;
	for (size_t j = 0; j < ocap; j++)
		if (os[j]) {
			const char *w = v->w[os[j] - 1];
			size_t i = hash_str(w, strlen(w)) & v->mask;
			while (v->slot[i])
				i = (i + 1) & v->mask;
			v->slot[i] = os[j];
		}
	free(os);
}

/* The text as word ids; 0 is the sentence boundary. */
struct text {
	uint32_t *id;
	size_t n, cap;
};

static void
text_push(struct text *t, uint32_t id)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1 << 20;
		t->id = xreallocarray(t->id, t->cap, sizeof *t->id);
	}
	t->id[t->n++] = id;
}

static int fold;			/* -f */

static void
read_file(const char *path, struct vocab *v, struct text *t)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL, low[256];
	size_t cap = 0;
	ssize_t r;
	struct tokvec tv = { NULL, 0, 0 };

	if (fp == NULL)
		die("%s: cannot open", path);
	while ((r = getline(&line, &cap, fp)) != -1) {
		tokvec_reset(&tv);
		tokenize((unsigned char *)line, (size_t)r, &tv);
		if (tv.n == 0)
			continue;
		for (size_t i = 0; i < tv.n; i++) {
			size_t n = tv.v[i].end - tv.v[i].start;
			if (n >= sizeof low)
				n = sizeof low - 1;
			for (size_t j = 0; j < n; j++) {
				char c = line[tv.v[i].start + j];
				low[j] = (fold && c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
			}
			text_push(t, (uint32_t)vocab_id(v, low, n));
		}
		text_push(t, 0);
	}
	fclose(fp);
	free(line);
	tokvec_free(&tv);
}

/* x log x, tabulated for the small counts that dominate */
#define FT 65536
static double ftab[FT];

static inline double
flog(int64_t x)
{
	return x < FT ? ftab[x] : (double)x * log((double)x);
}

static const uint64_t *sort_cnt;	/* for by_count */

static int
by_count(const void *a, const void *b)
{
	const uint64_t *cnt = sort_cnt;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	if (cnt[x] != cnt[y])
		return cnt[x] < cnt[y] ? 1 : -1;
	return x < y ? -1 : x > y;
}

/* Predecessor lists: for word w, (v, n(v,w)) pairs. */
struct pred {
	size_t *off;			/* w's pairs: [off[w], off[w+1]) */
	uint32_t *v, *n;
};

static int
cmp_pair(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	return *x < *y ? -1 : *x > *y;
}

static void
build_pred(const struct text *t, const uint32_t *wid, size_t nw,
    struct pred *p)
{
	uint64_t *pairs = xreallocarray(NULL, t->n, sizeof *pairs);
	size_t np = 0, k = 0;

	/* pair (w, v) keyed w << 32 | v, for every bigram v w */
	for (size_t i = 1; i < t->n; i++)
		pairs[np++] = (uint64_t)wid[t->id[i]] << 32 | wid[t->id[i - 1]];
	qsort(pairs, np, sizeof *pairs, cmp_pair);
	p->off = xreallocarray(NULL, nw + 1, sizeof *p->off);
	p->v = xreallocarray(NULL, np ? np : 1, sizeof *p->v);
	p->n = xreallocarray(NULL, np ? np : 1, sizeof *p->n);
	for (size_t w = 0, i = 0; w < nw; w++) {
		p->off[w] = k;
		while (i < np && (pairs[i] >> 32) == w) {
			size_t j = i;
			while (j < np && pairs[j] == pairs[i])
				j++;
			p->v[k] = (uint32_t)pairs[i];
			p->n[k] = (uint32_t)(j - i);
			k++;
			i = j;
		}
	}
	p->off[nw] = k;
	free(pairs);
}

/* Exchange clustering of words 0..nw-1 (by falling count) into K classes. */
static void
cluster(const struct pred *p, const uint64_t *wcnt, size_t nw, int K,
    int iters, int *cls)
{
	int64_t *nvc = xreallocarray(NULL, nw * (size_t)K, sizeof *nvc);
	int64_t *nc = xreallocarray(NULL, (size_t)K, sizeof *nc);
	double *gain = xreallocarray(NULL, (size_t)K, sizeof *gain);

	memset(nvc, 0, nw * (size_t)K * sizeof *nvc);
	memset(nc, 0, (size_t)K * sizeof *nc);
	for (size_t w = 0; w < nw; w++) {
		cls[w] = (int)(w % (size_t)K);
		nc[cls[w]] += (int64_t)wcnt[w];
		for (size_t j = p->off[w]; j < p->off[w + 1]; j++)
			nvc[(size_t)p->v[j] * K + cls[w]] += p->n[j];
	}
	for (int it = 0; it < iters; it++) {
		size_t moved = 0;
		for (size_t w = 0; w < nw; w++) {
			int a = cls[w], best = a;
			int64_t n = (int64_t)wcnt[w];
			double bg;
			/* take w out of its class */
			for (size_t j = p->off[w]; j < p->off[w + 1]; j++)
				nvc[(size_t)p->v[j] * K + a] -= p->n[j];
			nc[a] -= n;
			for (int c = 0; c < K; c++)
				gain[c] = flog(nc[c]) - flog(nc[c] + n);
			for (size_t j = p->off[w]; j < p->off[w + 1]; j++) {
				const int64_t *row = nvc + (size_t)p->v[j] * K;
				int64_t m = p->n[j];
				for (int c = 0; c < K; c++)
					if (row[c])
						gain[c] += flog(row[c] + m) - flog(row[c]) - flog(m);
			}
			bg = gain[a];
			for (int c = 0; c < K; c++)
				if (gain[c] > bg + 1e-9) {
					bg = gain[c];
					best = c;
				}
			if (best != a)
				moved++;
			cls[w] = best;
			for (size_t j = p->off[w]; j < p->off[w + 1]; j++)
				nvc[(size_t)p->v[j] * K + best] += p->n[j];
			nc[best] += n;
		}
		fprintf(stderr, "enttag-clusters: K=%d pass %d: %zu words moved\n",
		    K, it + 1, moved);
		if (moved == 0)
			break;
	}
	free(nvc);
	free(nc);
	free(gain);
}

int
main(int argc, char **argv)
{
	struct vocab v = { 0 };
	struct text t = { 0 };
	struct pred p;
	uint32_t *order, *wid;
	int mincount = 3, iters = 8, k1, k2, *c1, *c2, opt;
	size_t nw;

	set_progname(argv[0]);
	while ((opt = getopt(argc, argv, "fm:i:")) != -1) {
		if (opt == 'f')
			fold = 1;
		else if (opt == 'm')
			mincount = atoi(optarg);
		else if (opt == 'i')
			iters = atoi(optarg);
		else
			die("usage: enttag-clusters [-f] [-m MIN] [-i ITER] K1 K2 FILE...");
	}
	if (argc - optind < 3)
		die("usage: enttag-clusters [-f] [-m MIN] [-i ITER] K1 K2 FILE...");
	k1 = atoi(argv[optind]);
	k2 = atoi(argv[optind + 1]);
	if (k1 < 1 || k2 < 1)
		die("bad class counts");
	for (int i = 1; i < FT; i++)
		ftab[i] = (double)i * log((double)i);
	vocab_id(&v, "<s>", 3);		/* id 0: the boundary */
	for (int i = optind + 2; i < argc; i++)
		read_file(argv[i], &v, &t);
	for (size_t i = 0; i < t.n; i++)
		v.cnt[t.id[i]]++;
	/* words by falling count; rare words share one id (the last) */
	order = xreallocarray(NULL, v.n, sizeof *order);
	for (size_t i = 0; i < v.n; i++)
		order[i] = (uint32_t)i;
	sort_cnt = v.cnt;
	qsort(order, v.n, sizeof *order, by_count);
	wid = xreallocarray(NULL, v.n, sizeof *wid);
	for (nw = 0; nw < v.n && v.cnt[order[nw]] >= (uint64_t)mincount; nw++)
		wid[order[nw]] = (uint32_t)nw;
	for (size_t i = nw; i < v.n; i++)
		wid[order[i]] = (uint32_t)nw;
	{
		uint64_t *wcnt = xreallocarray(NULL, nw + 1, sizeof *wcnt);
		memset(wcnt, 0, (nw + 1) * sizeof *wcnt);
		for (size_t i = 0; i < v.n; i++)
			wcnt[wid[i]] += v.cnt[i];
		fprintf(stderr, "enttag-clusters: %zu tokens, %zu words >= %d\n",
		    t.n, nw, mincount);
		build_pred(&t, wid, nw + 1, &p);
		c1 = xreallocarray(NULL, nw + 1, sizeof *c1);
		c2 = xreallocarray(NULL, nw + 1, sizeof *c2);
		cluster(&p, wcnt, nw + 1, k1, iters, c1);
		cluster(&p, wcnt, nw + 1, k2, iters, c2);
		free(wcnt);
	}
	for (size_t i = 0; i < nw; i++)
		if (order[i] != 0 && strchr(v.w[order[i]], '\t') == NULL)
			printf("%s\t%d\t%d\n", v.w[order[i]], c1[i] + 1, c2[i] + 1);
	if (fflush(stdout) != 0 || ferror(stdout))
		die("write error");
	return 0;
}
