/*
 * export.c - a model blob (etmodel.h) from a trainer's averaged weights:
 * pruned to the strongest features, quantized to int8.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"
#include "xalloc.h"

static int
cmp_float_desc(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return (x < y) - (x > y);
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

/* The importance (imp: the largest weight) of the n-th strongest of the
 * features of part which (0 normal text, 1 all caps), 0 if there are
 * fewer. */
static float
nth_strongest(const float *imp, const unsigned char *part, size_t nf,
    unsigned char which, size_t n)
{
	float *v = xreallocarray(NULL, nf + 1, sizeof *v), r;
	size_t k = 0;

	for (size_t f = 0; f < nf; f++)
		if (part[f] == which)
			v[k++] = imp[f];
	if (k > n) {
		qsort(v, k, sizeof *v, cmp_float_desc);
		r = v[n];
	} else
		r = 0;
	free(v);
	return r;
}

/*
 * Averages, prunes, quantizes to int8.  The part for normal text keeps its
 * maxfeat strongest features, the all-caps part (the keys in tr->caps) its
 * maxcaps strongest.
 */
unsigned char *
export_model(const struct trainer *tr, const struct gazb *gz, size_t maxfeat,
    size_t maxcaps, uint32_t flags, size_t *lenp)
{
	const struct wtab *wt = &tr->wt;
	double T = tr->time > 0 ? tr->time : 1;
	float *avg = xreallocarray(
	          NULL, (size_t)wt->n * ET_NTAGS + 1, sizeof *avg),
	      *imp = xreallocarray(NULL, wt->n + 1, sizeof *imp);
	unsigned char *part = xcalloc(wt->n + 1, 1);
	float thr[2], scale = 0;
	float tavg[(ET_NTAGS + 1) * ET_NTAGS];
	const float prune = 0.5f; /* weights that round to 0 everywhere */
	size_t kept = 0, len;
	uint32_t fcap = 4, gcap = gz->keys ? gz->mask + 1 : 0;
	unsigned char *blob, *p;
	unsigned char *frec;
	struct et_gaz capset = { tr->caps.keys, tr->caps.vals, tr->caps.mask,
		NULL };

	for (size_t f = 0; f < wt->n; f++) {
		float m = 0;
		for (int g = 0; g < ET_NTAGS; g++) {
			size_t j = f * ET_NTAGS + (size_t)g;
			avg[j] = (float)(wt->w[j] - wt->u[j] / T);
			if (fabsf(avg[j]) > m)
				m = fabsf(avg[j]);
		}
		imp[f] = m;
		if (m > scale)
			scale = m;
	}
	for (uint32_t i = 0; i < wt->mask + 1; i++)
		if (wt->keys[i] != 0 && et_gaz_lookup(&capset, wt->keys[i]))
			part[wt->idx[i]] = 1;
	for (int j = 0; j < (ET_NTAGS + 1) * ET_NTAGS; j++)
		tavg[j] = (float)(tr->tw[j] - tr->tu[j] / T);
	/* scale: the largest weight maps to 127 (clipping large weights
	 * costs several points of F1) */
	scale /= 127;
	if (!(scale > 0))
		scale = 1;
	thr[0] = nth_strongest(imp, part, wt->n, 0, maxfeat);
	thr[1] = nth_strongest(imp, part, wt->n, 1, maxcaps);
	for (int h = 0; h < 2; h++)
		if (thr[h] < scale * prune)
			thr[h] = scale * prune;
	for (size_t f = 0; f < wt->n; f++)
		if (imp[f] > thr[part[f]])
			kept++;
	while (fcap < kept * 4 / 3 + 1)
		fcap *= 2;
	len = et_model_size(fcap, gcap);
	blob = xcalloc(1, len);
	memcpy(blob, ET_MAGIC, 8);
	put32(blob + 8, ET_VERSION);
	put32(blob + 12, ET_NTAGS);
	put32(blob + 16, fcap);
	put32(blob + 20, gcap);
	put32(blob + 24, (uint32_t)len);
	memcpy(blob + 32, &scale, 4);
	put32(blob + 36, (uint32_t)kept);
	put32(blob + 40, gz->n);
	put32(blob + 44, flags);
	p = blob + ET_HDR;
	for (int j = 0; j < (ET_NTAGS + 1) * ET_NTAGS; j++) {
		float q = roundf(tavg[j] / scale);
		int16_t v = (int16_t)(q > 32767 ? 32767
		        : q < -32767            ? -32767
		                                : q);
		memcpy(p + 2 * j, &v, 2);
	}
	p += (ET_NTAGS + 1) * ET_NTAGS * 2;
	frec = p;
	for (uint32_t i = 0; i < wt->mask + 1; i++) {
		uint32_t key = wt->keys[i], f = wt->idx[i], j;
		if (key == 0 || !(imp[f] > thr[part[f]]))
			continue;
		for (j = key & (fcap - 1);
		     frec[(size_t)j * ET_FREC] | frec[(size_t)j * ET_FREC + 1] |
		     frec[(size_t)j * ET_FREC + 2] |
		     frec[(size_t)j * ET_FREC + 3];
		     j = (j + 1) & (fcap - 1))
			;
		put32(frec + (size_t)j * ET_FREC, key);
		for (int g = 0; g < ET_NTAGS; g++) {
			float q = roundf(
			    avg[(size_t)f * ET_NTAGS + (size_t)g] / scale);
			frec[(size_t)j * ET_FREC + 4 + (size_t)g] =
			    (unsigned char)(int8_t)(q > 127 ? 127
			            : q < -127              ? -127
			                                    : q);
		}
	}
	p += (size_t)fcap * ET_FREC;
	if (gcap) {
		memcpy(p, gz->keys, (size_t)gcap * 4);
		memcpy(p + (size_t)gcap * 4, gz->vals, (size_t)gcap * 4);
	}
	put32(blob + 28, et_model_checksum(blob + ET_HDR, len - ET_HDR));
	free(avg);
	free(imp);
	free(part);
	*lenp = len;
	return blob;
}
