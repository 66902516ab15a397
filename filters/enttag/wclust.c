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
	char **w; /* word strings */
	uint64_t *cnt;
	uint32_t *slot; /* hash slots: index + 1, 0 empty */
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
	size_t ocap = v->slot ? v->mask + 1 : 0,
	       ncap = ocap ? ocap * 2 : 1 << 16;
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

static int fold; /* -f */

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
				low[j] = (fold && c >= 'A' && c <= 'Z')
				    ? (char)(c + 32)
				    : c;
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

static const uint64_t *sort_cnt; /* for by_count */

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
	size_t *off; /* w's pairs: [off[w], off[w+1]) */
	uint32_t *v, *n;
};

static int
cmp_pair(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	return *x < *y ? -1 : *x > *y;
}

static void
build_pred(const struct text *t, const uint32_t *wid, size_t nw, struct pred *p)
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
cluster(const struct pred *p, const uint64_t *wcnt, size_t nw, int K, int iters,
    int *cls)
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
						gain[c] += flog(row[c] + m) -
						    flog(row[c]) - flog(m);
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
		fprintf(stderr,
		    "enttag-clusters: K=%d pass %d: %zu words moved\n", K,
		    it + 1, moved);
		if (moved == 0)
			break;
	}
	free(nvc);
	free(nc);
	free(gain);
}

/*
 * Brown clustering (Brown et al. 1992) as Liang (2005) runs it: the words
 * by falling count enter a window of M classes one at a time, and after
 * each the two classes whose merge loses the least mutual information
 * between adjacent classes are merged; once every word is in, the merges
 * go on to one class.  The merges make a binary tree, and a word's path
 * from the root ("0110...") gives classes at every granularity, so that
 * its prefixes serve as features ("Lufthansa" and "Ryanair" share a long
 * prefix, "Lufthansa" and "Barclays" a shorter one).  Each step costs
 * O(M^2): the loss of every pair is updated, not recomputed (Liang 2005,
 * section 3.2).
 *
 * Slots 0..n-1 hold the classes in the window.  With N(a,b) the count of
 * class a followed by class b and N(a) that of a, the mutual information
 * is, up to a constant, the sum of q(a,b) = N(a,b) log(N(a,b) T / N(a)N(b))
 * over pairs; L(i,j) is what it gains when i and j merge (at most 0).
 */
struct brown {
	size_t m;       /* row length: the window + 1 */
	size_t n;       /* slots in use */
	int64_t *p2;    /* N(a,b), m x m */
	int64_t *pt;    /* its transpose: pt[b][a] = N(a,b) */
	int64_t *p1;    /* N(a) */
	double *lp1;    /* log N(a) - log T / 2 */
	double *qs;     /* q(a,b) + q(b,a); q(a,a) for a == b */
	double *lij;    /* log (N(i) + N(j)) - log T / 2 */
	double *L;      /* L(i,j), i < j */
	uint32_t *node; /* the tree node of each slot */
	double half_lt; /* log T / 2 */
};

static inline double
xlogx(int64_t x)
{
	return x < FT ? ftab[x] : (double)x * log((double)x);
}

/* q of a count c between classes of logs la and lb (as lp1) */
static inline double
qf(int64_t c, double la, double lb)
{
	return c ? xlogx(c) - (double)c * (la + lb) : 0;
}

#define ROW(b, a, i) ((b)->a + (i) * (b)->m)
#define LL(b, i, j)                                                            \
	((b)->L[(i) < (j) ? (i) * (b)->m + (j) : (j) * (b)->m + (i)])

/*
 * Adds to L(i,j) of every pair of slots i < j below n, but for slots x and
 * y, sign times the u term of L(i,j): the class i + j against u, less i and
 * j against u.  c and r are u's column and row of counts (N(., u), N(u, .)),
 * qu its row of qs and lu its lp1: what the pass reads is contiguous.
 */
static void
bpass(struct brown *b, size_t n, size_t x, size_t y, const int64_t *c,
    const int64_t *r, const double *qu, double lu, double sign)
{
	for (size_t i = 0; i < n; i++) {
		const double *l = ROW(b, lij, i);
		double *L = ROW(b, L, i);
		int64_t ci = c[i], ri = r[i];
		double qi = qu[i];
		if (i == x || i == y)
			continue;
		for (size_t j = i + 1; j < n; j++) {
			if (j == x || j == y)
				continue;
			L[j] += sign *
			    (qf(ci + c[j], l[j], lu) + qf(ri + r[j], lu, l[j]) -
			        qi - qu[j]);
		}
	}
}

/* L(i,j) from the counts. */
static double
bscratch(const struct brown *b, size_t i, size_t j)
{
	const int64_t *ri = ROW(b, p2, i), *rj = ROW(b, p2, j);
	const int64_t *ci = ROW(b, pt, i), *cj = ROW(b, pt, j);
	const double *qi = ROW(b, qs, i), *qj = ROW(b, qs, j);
	double l = ROW(b, lij, i)[j], s;

	s = qf(ri[i] + ri[j] + rj[i] + rj[j], l, l) - qi[i] - qj[j] - qi[j];
	for (size_t u = 0; u < b->n; u++)
		if (u != i && u != j)
			s += qf(ri[u] + rj[u], l, b->lp1[u]) +
			    qf(ci[u] + cj[u], b->lp1[u], l) - qi[u] - qj[u];
	return s;
}

/* The facts of slot k from its counts. */
static void
bslot(struct brown *b, size_t k)
{
	b->lp1[k] = log((double)b->p1[k]) - b->half_lt;
	for (size_t u = 0; u < b->n; u++) {
		double l = log((double)(b->p1[k] + b->p1[u])) - b->half_lt;
		ROW(b, lij, k)[u] = ROW(b, lij, u)[k] = l;
	}
	for (size_t u = 0; u < b->n; u++) {
		double q = qf(ROW(b, p2, k)[u], b->lp1[k], b->lp1[u]);
		if (u != k)
			q += qf(ROW(b, p2, u)[k], b->lp1[u], b->lp1[k]);
		ROW(b, qs, k)[u] = ROW(b, qs, u)[k] = q;
	}
}

/* Sets N(a,b) in both the matrix and its transpose. */
static inline void
bset(struct brown *b, size_t a, size_t c, int64_t v)
{
	ROW(b, p2, a)[c] = v;
	ROW(b, pt, c)[a] = v;
}

/* Successor lists, from the predecessor lists. */
static void
build_succ(const struct pred *p, size_t nw, struct pred *s)
{
	size_t *fill;

	s->off = xcalloc(nw + 1, sizeof *s->off);
	for (size_t w = 0; w < nw; w++)
		for (size_t j = p->off[w]; j < p->off[w + 1]; j++)
			s->off[p->v[j] + 1]++;
	for (size_t w = 0; w < nw; w++)
		s->off[w + 1] += s->off[w];
	s->v = xreallocarray(NULL, s->off[nw] ? s->off[nw] : 1, sizeof *s->v);
	s->n = xreallocarray(NULL, s->off[nw] ? s->off[nw] : 1, sizeof *s->n);
	fill = xreallocarray(NULL, nw, sizeof *fill);
	memcpy(fill, s->off, nw * sizeof *fill);
	for (size_t w = 0; w < nw; w++)
		for (size_t j = p->off[w]; j < p->off[w + 1]; j++) {
			size_t k = fill[p->v[j]]++;
			s->v[k] = (uint32_t)w;
			s->n[k] = p->n[j];
		}
	free(fill);
}

/* The root of node x, the path halved on the way (union-find). */
static uint32_t
broot(uint32_t *up, uint32_t x)
{
	while (up[x] != x) {
		up[x] = up[up[x]];
		x = up[x];
	}
	return x;
}

/*
 * Clusters words 0..nw-1 (by falling count; p also has nw, the rare
 * words, which is left out) with a window of M classes; fills left/right
 * (the children of the internal nodes nw..2nw-2; the words are the nodes
 * 0..nw-1) and returns the root.  The classes of the window once every
 * word is in are the leaves of the tree that is written: top[w] is the
 * class of word w, and the nodes from *first on join the classes.
 */
static uint32_t
brown(const struct pred *p, const uint64_t *wcnt, size_t nw, size_t M,
    uint32_t *left, uint32_t *right, uint32_t *top, uint32_t *first)
{
	struct brown b;
	struct pred s;
	uint32_t *up = xreallocarray(NULL, 2 * nw, sizeof *up);
	uint32_t *slotof = xreallocarray(NULL, 2 * nw, sizeof *slotof);
	uint32_t next = (uint32_t)nw; /* the next internal node */
	size_t m = M + 1;
	/* the rows and columns of the two classes of a merge, before it */
	int64_t *old = xreallocarray(NULL, 4 * m, sizeof *old);
	int64_t *c1 = old, *r1 = old + m, *c2 = old + 2 * m, *r2 = old + 3 * m;
	double *oq = xreallocarray(NULL, 2 * m, sizeof *oq);
	double *q1 = oq, *q2 = oq + m;
	uint64_t total = 0;

	b.m = m;
	b.n = 0;
	b.p2 = xcalloc(m * m, sizeof *b.p2);
	b.pt = xcalloc(m * m, sizeof *b.pt);
	b.qs = xcalloc(m * m, sizeof *b.qs);
	b.lij = xcalloc(m * m, sizeof *b.lij);
	b.L = xcalloc(m * m, sizeof *b.L);
	b.p1 = xcalloc(m, sizeof *b.p1);
	b.lp1 = xcalloc(m, sizeof *b.lp1);
	b.node = xcalloc(m, sizeof *b.node);
	for (size_t w = 0; w < nw; w++)
		total += wcnt[w];
	b.half_lt = log((double)total) / 2;
	build_succ(p, nw + 1, &s); /* nw: the rare words */
	for (size_t w = 0; w < 2 * nw; w++)
		up[w] = (uint32_t)w;
	*first = 0;
	for (size_t w = 0; w < nw || b.n > 1;) {
		size_t bi = 0, bj = 1, k;
		double best, l1, l2, ln;

		if (w == nw && *first == 0) {
			/* every word is in: the window's classes are the
			 * leaves of the tree */
			for (size_t v = 0; v < nw; v++)
				top[v] = broot(up, (uint32_t)v);
			*first = next;
		}
		if (w < nw) {
			/* word w enters as slot k; bigrams with words not yet
			 * in the window do not count */
			k = b.n++;
			memset(c1, 0, 2 * m * sizeof *c1);
			slotof[w] = (uint32_t)k;
			for (size_t j = s.off[w]; j < s.off[w + 1]; j++)
				if (s.v[j] <= w)
					r1[slotof[broot(up, s.v[j])]] += s.n[j];
			for (size_t j = p->off[w]; j < p->off[w + 1]; j++)
				if (p->v[j] < w)
					c1[slotof[broot(up, p->v[j])]] +=
					    p->n[j];
			for (size_t u = 0; u < k; u++) {
				bset(&b, k, u, r1[u]);
				bset(&b, u, k, c1[u]);
			}
			bset(&b, k, k, r1[k]);
			b.p1[k] = (int64_t)wcnt[w];
			b.node[k] = (uint32_t)w;
			bslot(&b, k);
			bpass(&b, k, k, k, ROW(&b, pt, k), ROW(&b, p2, k),
			    ROW(&b, qs, k), b.lp1[k], 1);
			for (size_t i = 0; i < k; i++)
				LL(&b, i, k) = bscratch(&b, i, k);
			w++;
			if (w % 1000 == 0)
				fprintf(
				    stderr, "enttag-clusters: %zu words\n", w);
			if (b.n <= M)
				continue;
		}
		/* the best merge */
		best = LL(&b, 0, 1);
		for (size_t i = 0; i < b.n; i++) {
			const double *L = ROW(&b, L, i);
			for (size_t j = i + 1; j < b.n; j++)
				if (L[j] > best) {
					best = L[j];
					bi = i;
					bj = j;
				}
		}
		/* bj into bi */
		memcpy(c1, ROW(&b, pt, bi), b.n * sizeof *c1);
		memcpy(r1, ROW(&b, p2, bi), b.n * sizeof *r1);
		memcpy(c2, ROW(&b, pt, bj), b.n * sizeof *c2);
		memcpy(r2, ROW(&b, p2, bj), b.n * sizeof *r2);
		memcpy(q1, ROW(&b, qs, bi), b.n * sizeof *q1);
		memcpy(q2, ROW(&b, qs, bj), b.n * sizeof *q2);
		l1 = b.lp1[bi];
		l2 = b.lp1[bj];
		for (size_t u = 0; u < b.n; u++)
			if (u != bi && u != bj) {
				bset(&b, bi, u, r1[u] + r2[u]);
				bset(&b, u, bi, c1[u] + c2[u]);
			}
		bset(&b, bi, bi, r1[bi] + r1[bj] + r2[bi] + r2[bj]);
		b.p1[bi] += b.p1[bj];
		bslot(&b, bi);
		ln = b.lp1[bi];
		/* the u terms of the other pairs: bi and bj out, bi + bj in */
		{
			const int64_t *cn = ROW(&b, pt, bi),
			              *rn = ROW(&b, p2, bi);
			const double *qn = ROW(&b, qs, bi);
			for (size_t i = 0; i < b.n; i++) {
				const double *l = ROW(&b, lij, i);
				double *L = ROW(&b, L, i);
				if (i == bi || i == bj)
					continue;
				for (size_t j = i + 1; j < b.n; j++) {
					if (j == bi || j == bj)
						continue;
					L[j] += qf(cn[i] + cn[j], l[j], ln) +
					    qf(rn[i] + rn[j], ln, l[j]) -
					    qn[i] - qn[j] -
					    qf(c1[i] + c1[j], l[j], l1) -
					    qf(r1[i] + r1[j], l1, l[j]) +
					    q1[i] + q1[j] -
					    qf(c2[i] + c2[j], l[j], l2) -
					    qf(r2[i] + r2[j], l2, l[j]) +
					    q2[i] + q2[j];
				}
			}
		}
		left[next - nw] = b.node[bi];
		right[next - nw] = b.node[bj];
		up[b.node[bi]] = up[b.node[bj]] = next;
		slotof[next] = (uint32_t)bi;
		b.node[bi] = next++;
		/* the last slot moves into bj */
		k = b.n - 1;
		if (bj != k) {
			for (size_t u = 0; u < b.n; u++) {
				if (u == bj || u == k)
					continue;
				bset(&b, bj, u, ROW(&b, p2, k)[u]);
				bset(&b, u, bj, ROW(&b, pt, k)[u]);
				ROW(&b, qs, bj)
				[u] = ROW(&b, qs, u)[bj] = ROW(&b, qs, k)[u];
				ROW(&b, lij, bj)
				[u] = ROW(&b, lij, u)[bj] = ROW(&b, lij, k)[u];
				LL(&b, u, bj) = LL(&b, u, k);
			}
			bset(&b, bj, bj, ROW(&b, p2, k)[k]);
			ROW(&b, qs, bj)[bj] = ROW(&b, qs, k)[k];
			ROW(&b, lij, bj)[bj] = ROW(&b, lij, k)[k];
			b.p1[bj] = b.p1[k];
			b.lp1[bj] = b.lp1[k];
			b.node[bj] = b.node[k];
			slotof[b.node[bj]] = (uint32_t)bj;
		}
		b.n--;
		for (size_t i = 0; i < b.n; i++)
			if (i != bi)
				LL(&b, i, bi) = bscratch(&b, i, bi);
	}
	if (*first == 0) { /* one word */
		top[0] = 0;
		*first = next;
	}
	free(b.p2);
	free(b.pt);
	free(b.qs);
	free(b.lij);
	free(b.L);
	free(b.p1);
	free(b.lp1);
	free(b.node);
	free(up);
	free(slotof);
	free(old);
	free(oq);
	free(s.off);
	free(s.v);
	free(s.n);
	return next - 1;
}

/* Writes "word TAB path TAB count" for every word: the path from the root
 * to the word's class (top), 0 for a left branch and 1 for a right one. */
static void
print_paths(const struct vocab *v, const uint32_t *order, size_t nw,
    const uint32_t *left, const uint32_t *right, uint32_t root,
    const uint32_t *top, uint32_t first)
{
	/* a node, its depth and its branch, depth-first: a node's path is
	 * path[0, depth) when it is taken off the stack */
	struct at {
		uint32_t x;
		uint32_t bit;
		size_t d;
	} * st;
	char *path = xrealloc(NULL, 2 * nw + 1), **cpath;
	size_t sp = 0;

	st = xreallocarray(NULL, 2 * nw, sizeof *st);
	cpath = xcalloc(2 * nw, sizeof *cpath);
	st[sp++] = (struct at){ root, 0, 0 };
	while (sp > 0) {
		struct at a = st[--sp];
		if (a.d > 0)
			path[a.d - 1] = (char)('0' + a.bit);
		if (a.x >= first) {
			st[sp++] = (struct at){ right[a.x - nw], 1, a.d + 1 };
			st[sp++] = (struct at){ left[a.x - nw], 0, a.d + 1 };
			continue;
		}
		path[a.d] = '\0';
		cpath[a.x] = xrealloc(NULL, a.d + 2);
		strcpy(cpath[a.x], a.d ? path : "0");
	}
	for (size_t w = 0; w < nw; w++)
		if (order[w] != 0 && strchr(v->w[order[w]], '\t') == NULL)
			printf("%s\t%s\t%llu\n", v->w[order[w]], cpath[top[w]],
			    (unsigned long long)v->cnt[order[w]]);
	for (size_t x = 0; x < 2 * nw; x++)
		free(cpath[x]);
	free(cpath);
	free(st);
	free(path);
}

#define USAGE                                                                  \
	"usage: enttag-clusters [-f] [-m MIN] [-i ITER] K1 K2 FILE...\n"       \
	"       enttag-clusters -b M [-f] [-m MIN] FILE..."

int
main(int argc, char **argv)
{
	struct vocab v = { 0 };
	struct text t = { 0 };
	struct pred p;
	uint32_t *order, *wid;
	int mincount = 3, iters = 8, k1 = 0, k2 = 0, window = 0, opt;
	size_t nw;
	uint64_t *wcnt;

	set_progname(argv[0]);
	while ((opt = getopt(argc, argv, "b:fm:i:")) != -1) {
		if (opt == 'b')
			window = atoi(optarg);
		else if (opt == 'f')
			fold = 1;
		else if (opt == 'm')
			mincount = atoi(optarg);
		else if (opt == 'i')
			iters = atoi(optarg);
		else
			die(USAGE);
	}
	if (window == 0) {
		if (argc - optind < 3)
			die(USAGE);
		k1 = atoi(argv[optind++]);
		k2 = atoi(argv[optind++]);
		if (k1 < 1 || k2 < 1)
			die("bad class counts");
	} else if (window < 2 || optind == argc)
		die(USAGE);
	for (int i = 1; i < FT; i++)
		ftab[i] = (double)i * log((double)i);
	vocab_id(&v, "<s>", 3); /* id 0: the boundary */
	for (int i = optind; i < argc; i++)
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
	wcnt = xcalloc(nw + 1, sizeof *wcnt);
	for (size_t i = 0; i < v.n; i++)
		wcnt[wid[i]] += v.cnt[i];
	fprintf(stderr, "enttag-clusters: %zu tokens, %zu words >= %d\n", t.n,
	    nw, mincount);
	build_pred(&t, wid, nw + 1, &p);
	if (window > 0) {
		uint32_t *left, *right, *top, root, first;
		if (nw == 0)
			die("no word seen %d times", mincount);
		left = xreallocarray(NULL, nw, sizeof *left);
		right = xreallocarray(NULL, nw, sizeof *right);
		top = xreallocarray(NULL, nw, sizeof *top);
		root = brown(
		    &p, wcnt, nw, (size_t)window, left, right, top, &first);
		print_paths(&v, order, nw, left, right, root, top, first);
	} else {
		int *c1 = xreallocarray(NULL, nw + 1, sizeof *c1);
		int *c2 = xreallocarray(NULL, nw + 1, sizeof *c2);
		cluster(&p, wcnt, nw + 1, k1, iters, c1);
		cluster(&p, wcnt, nw + 1, k2, iters, c2);
		for (size_t i = 0; i < nw; i++)
			if (order[i] != 0 &&
			    strchr(v.w[order[i]], '\t') == NULL)
				printf("%s\t%d\t%d\n", v.w[order[i]], c1[i] + 1,
				    c2[i] + 1);
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		die("write error");
	return 0;
}
