/*
 * model.c - checks a model blob and sets up pointers into it, in place
 *
 * Opening the compiled-in model reads the 64-byte header and the small
 * transition table only: the feature tables are paged in as they are used,
 * so start-up costs no more than for cat.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "etmodel.h"
#include "msg.h"
#include "xalloc.h"

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

size_t
et_model_size(uint32_t fcap, uint32_t gcap)
{
	return ET_HDR + (size_t)(ET_NTAGS + 1) * ET_NTAGS * 2 +
	    (size_t)fcap * ET_FREC + (size_t)gcap * 4 + (size_t)gcap * 4;
}

uint32_t
et_model_checksum(const unsigned char *p, size_t n)
{
	uint32_t s = 0x811c9dc5u;
	size_t i;

	for (i = 0; i + 4 <= n; i += 4)
		s = (s ^ rd32(p + i)) * 0x01000193u;
	for (; i < n; i++)
		s = (s ^ p[i]) * 0x01000193u;
	return s;
}

static int
pow2(uint32_t x)
{
	return x != 0 && (x & (x - 1)) == 0;
}

struct et_model *
et_model_open(const unsigned char *blob, size_t len, const char **err)
{
	struct et_model *m;
	uint32_t fcap, gcap;
	const unsigned char *p;
	float scale;

	if (len < ET_HDR || memcmp(blob, ET_MAGIC, 8) != 0) {
		*err = "not an enttag model (bad magic)";
		return NULL;
	}
	if (((uintptr_t)blob & 3) != 0) {
		*err = "model not aligned";
		return NULL;
	}
	if (rd32(blob + 8) != ET_VERSION) {
		*err = "unsupported model version";
		return NULL;
	}
	if (rd32(blob + 12) != ET_NTAGS) {
		*err = "model has the wrong number of tags";
		return NULL;
	}
	fcap = rd32(blob + 16);
	gcap = rd32(blob + 20);
	if (!pow2(fcap) || (gcap != 0 && !pow2(gcap)) || fcap > (1u << 26) ||
	    gcap > (1u << 26)) {
		*err = "corrupt model header";
		return NULL;
	}
	if (rd32(blob + 24) != len || et_model_size(fcap, gcap) != len) {
		*err = "truncated or oversized model";
		return NULL;
	}
	memcpy(&scale, blob + 32, 4);
	if (!(scale > 0 && scale < 1e6f) ||
	    (rd32(blob + 44) & ~ET_MODEL_CAPS)) {
		*err = "corrupt model header";
		return NULL;
	}
	if ((m = calloc(1, sizeof *m)) == NULL) {
		*err = "out of memory";
		return NULL;
	}
	m->blob = blob;
	m->len = len;
	m->scale = scale;
	m->flags = rd32(blob + 44);
	p = blob + ET_HDR;
	m->trans = (const int16_t *)(const void *)p;
	p += (size_t)(ET_NTAGS + 1) * ET_NTAGS * 2;
	m->frec = p;
	p += (size_t)fcap * ET_FREC;
	m->fmask = fcap - 1;
	if (gcap) {
		m->gaz.keys = (const uint32_t *)(const void *)p;
		p += (size_t)gcap * 4;
		m->gaz.vals = (const uint32_t *)(const void *)p;
		m->gaz.mask = gcap - 1;
	}
	for (int i = 0; i < (ET_NTAGS + 1) * ET_NTAGS; i++)
		m->ftrans[i] = m->trans[i] * scale;
	return m;
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = v & 0xff;
	p[1] = v >> 8 & 0xff;
	p[2] = v >> 16 & 0xff;
	p[3] = v >> 24;
}

void
et_filter_make(const struct et_model *m, unsigned char *out)
{
	uint64_t *bits = (uint64_t *)(void *)(out + 64);

	memset(out, 0, ET_FILTER_SIZE);
	put32(out, rd32(m->blob + 28));
	put32(out + 4, ET_FILTER_BITS);
	for (uint32_t i = 0; m->gaz.keys && i <= m->gaz.mask; i++)
		if (m->gaz.keys[i] != 0)
			lex_bloom_add(bits, ET_FILTER_BITS,
			    et_filter_hash(m->gaz.keys[i]));
}

int
et_model_set_filter(struct et_model *m, const unsigned char *f, size_t len)
{
	if (len != ET_FILTER_SIZE || ((uintptr_t)f & 7) != 0 ||
	    rd32(f) != rd32(m->blob + 28) || rd32(f + 4) != ET_FILTER_BITS)
		return 0;
	m->gaz.filter = (const uint64_t *)(const void *)(f + 64);
	return 1;
}

/* Some empty slot must exist, or a lookup of an absent key never ends. */
static int
has_empty(const unsigned char *p, uint32_t cap, size_t stride)
{
	for (uint32_t i = 0; i < cap; i++)
		if (rd32(p + i * stride) == 0)
			return 1;
	return 0;
}

struct et_model *
et_model_open_checked(const unsigned char *blob, size_t len, const char **err)
{
	struct et_model *m = et_model_open(blob, len, err);

	if (m == NULL)
		return NULL;
	if (et_model_checksum(blob + ET_HDR, len - ET_HDR) != rd32(blob + 28)) {
		*err = "model checksum mismatch (corrupt file)";
		free(m);
		return NULL;
	}
	if (!has_empty(m->frec, m->fmask + 1, ET_FREC) ||
	    (m->gaz.keys &&
	        !has_empty(
	            (const unsigned char *)m->gaz.keys, m->gaz.mask + 1, 4))) {
		*err = "corrupt model tables";
		free(m);
		return NULL;
	}
	return m;
}

void
et_model_close(struct et_model *m)
{
	free(m);
}

/* The whole of a file (a model) in memory; messages and exit 2 on
 * trouble. */
unsigned char *
et_read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *p = NULL;
	size_t cap = 0, n = 0, r;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 1 << 20;
			p = xrealloc(p, cap);
		}
		r = fread(p + n, 1, cap - n, fp);
		n += r;
	} while (r > 0);
	if (ferror(fp))
		die("%s: %s", path, strerror(errno));
	fclose(fp);
	*len = n;
	return p;
}
