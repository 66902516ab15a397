/*
 * vclust.c - enttag-vclusters: case-blind word clusters from word vectors,
 * for enttag-train --lower-clusters (make model).
 *
 * usage: enttag-vclusters [-n MAXWORDS] [-i ITER] K1 K2 K3 [FILE] > OUT
 *
 * Reads word vectors in the GloVe text format ("word v1 v2 ... vD" a line,
 * most frequent words first; a word2vec "COUNT DIM" header line is
 * skipped), keeps the first MAXWORDS (default all), and runs spherical
 * k-means (cosine similarity, unit-length vectors) three times, with K1,
 * K2 and K3 classes.  Words are lower-cased by the reader of the output,
 * not here.  Writes "word TAB c1 TAB c2 TAB c3" with classes from 1.
 * The result is deterministic: the first centres are words picked by a
 * fixed pseudo-random sequence, and a class left empty restarts from one.
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "xalloc.h"

struct vecs {
	char **w;
	float *x; /* n x dim, unit length */
	size_t n, cap;
	int dim;
};

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Parses the numbers after the word; returns how many there were. */
static int
parse_floats(char *p, float *out, int max)
{
	int d = 0;

	for (;;) {
		char *e;
		float f;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\n' || *p == '\r' || *p == '\0')
			return d;
		f = strtof(p, &e);
		if (e == p || d == max)
			return -1;
		out[d++] = f;
		p = e;
	}
}

static void
read_vectors(FILE *fp, const char *name, size_t maxw, struct vecs *v)
{
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	float *tmp = xreallocarray(NULL, 4096, sizeof *tmp);

	while (v->n < maxw && getline(&line, &cap, fp) != -1) {
		size_t wl = strcspn(line, " \t\r\n");
		int d;
		double s = 0;

		lineno++;
		d = parse_floats(line + wl, tmp, 4096);
		if (lineno == 1 && d == 1) /* "COUNT DIM" */
			continue;
		if (d < 1 || wl == 0)
			die("%s:%zu: want a word and its vector", name, lineno);
		if (v->dim == 0)
			v->dim = d;
		else if (d != v->dim)
			die("%s:%zu: %d numbers where the first line had %d",
			    name, lineno, d, v->dim);
		if (v->n == v->cap) {
			v->cap = v->cap ? v->cap * 2 : 1024;
			v->w = xreallocarray(v->w, v->cap, sizeof *v->w);
			v->x = xreallocarray(
			    v->x, v->cap * (size_t)v->dim, sizeof *v->x);
		}
		for (int j = 0; j < d; j++)
			s += (double)tmp[j] * tmp[j];
		s = s > 0 ? 1 / sqrt(s) : 0;
		for (int j = 0; j < d; j++)
			v->x[v->n * (size_t)d + (size_t)j] = (float)(tmp[j] *
			    s);
		line[wl] = '\0';
		v->w[v->n++] = xstrdup(line);
	}
	if (ferror(fp))
		die("%s: read error", name);
	free(tmp);
	free(line);
}

/* Spherical k-means of v into K classes, written to cls[]. */
static void
kmeans(const struct vecs *v, int K, int iters, int *cls)
{
	size_t dim = (size_t)v->dim;
	float *c = xreallocarray(NULL, (size_t)K * dim, sizeof *c);
	double *sum = xreallocarray(NULL, (size_t)K * dim, sizeof *sum);
	size_t *cnt = xreallocarray(NULL, (size_t)K, sizeof *cnt);

	for (int k = 0; k < K; k++)
		memcpy(c + (size_t)k * dim, v->x + next_rand() % v->n * dim,
		    dim * sizeof *c);
	for (size_t i = 0; i < v->n; i++)
		cls[i] = -1;
	for (int it = 0; it < iters; it++) {
		size_t moved = 0;
		for (size_t i = 0; i < v->n; i++) {
			const float *xi = v->x + i * dim;
			float best = -2;
			int arg = 0;
			for (int k = 0; k < K; k++) {
				const float *ck = c + (size_t)k * dim;
				float s = 0;
				for (size_t j = 0; j < dim; j++)
					s += xi[j] * ck[j];
				if (s > best) {
					best = s;
					arg = k;
				}
			}
			if (cls[i] != arg)
				moved++;
			cls[i] = arg;
		}
		fprintf(stderr,
		    "enttag-vclusters: K=%d pass %d: %zu words "
		    "moved\n",
		    K, it + 1, moved);
		if (moved == 0)
			break;
		memset(sum, 0, (size_t)K * dim * sizeof *sum);
		memset(cnt, 0, (size_t)K * sizeof *cnt);
		for (size_t i = 0; i < v->n; i++) {
			cnt[cls[i]]++;
			for (size_t j = 0; j < dim; j++)
				sum[(size_t)cls[i] * dim + j] +=
				    v->x[i * dim + j];
		}
		for (int k = 0; k < K; k++) {
			double *sk = sum + (size_t)k * dim, s = 0;
			if (cnt[k] == 0) { /* restart from a word */
				const float *xr = v->x +
				    next_rand() % v->n * dim;
				for (size_t j = 0; j < dim; j++)
					sk[j] = xr[j];
			}
			for (size_t j = 0; j < dim; j++)
				s += sk[j] * sk[j];
			s = s > 0 ? 1 / sqrt(s) : 0;
			for (size_t j = 0; j < dim; j++)
				c[(size_t)k * dim + j] = (float)(sk[j] * s);
		}
	}
	free(c);
	free(sum);
	free(cnt);
}

static void
usage_die(void)
{
	die("usage: enttag-vclusters [-n MAXWORDS] [-i ITER] K1 K2 K3 [FILE]");
}

int
main(int argc, char **argv)
{
	struct vecs v = { 0 };
	size_t maxw = SIZE_MAX;
	int iters = 20, k[3], *cls[3], opt;
	FILE *fp = stdin;
	const char *name = "-";

	set_progname(argv[0]);
	while ((opt = getopt(argc, argv, "n:i:")) != -1) {
		if (opt == 'n')
			maxw = strtoul(optarg, NULL, 10);
		else if (opt == 'i')
			iters = atoi(optarg);
		else
			usage_die();
	}
	if (argc - optind < 3 || argc - optind > 4 || iters < 1)
		usage_die();
	for (int j = 0; j < 3; j++)
		if ((k[j] = atoi(argv[optind + j])) < 1)
			die("bad class count '%s'", argv[optind + j]);
	if (argc - optind == 4 && strcmp(argv[optind + 3], "-") != 0) {
		name = argv[optind + 3];
		if ((fp = fopen(name, "r")) == NULL)
			die("%s: cannot open", name);
	}
	read_vectors(fp, name, maxw, &v);
	if (v.n == 0)
		die("%s: no vectors", name);
	fprintf(stderr, "enttag-vclusters: %zu words of %d dimensions\n", v.n,
	    v.dim);
	for (int j = 0; j < 3; j++) {
		cls[j] = xreallocarray(NULL, v.n, sizeof *cls[j]);
		kmeans(&v, k[j], iters, cls[j]);
	}
	for (size_t i = 0; i < v.n; i++)
		printf("%s\t%d\t%d\t%d\n", v.w[i], cls[0][i] + 1, cls[1][i] + 1,
		    cls[2][i] + 1);
	if (fflush(stdout) != 0 || ferror(stdout))
		die("write error");
	return 0;
}
