/*
 * etmodel.h - layout of an enttag model blob (shared by reader and trainer)
 *
 * All integers little-endian; every table 4-byte aligned.
 *   header (ET_HDR bytes): magic "ENTTAGM\n", then u32 version, ntags,
 *     fcap, gcap, total size, checksum, f32 scale, u32 nfeat, ngaz, flags
 *   int16 trans[(ntags + 1) * ntags]   transition weights (last row: start)
 *   feature records[fcap], ET_FREC bytes each, open addressing on the key:
 *     u32 key (0: empty slot), int8 weights[ntags], padding
 *     (key and weights share a cache line: one miss per feature)
 *   u32   gkeys[gcap]                 gazetteer phrase keys
 *   u32   gvals[gcap]                 gazetteer class bits
 * A weight is its stored integer times scale.  The checksum is a sum of
 * the 32-bit words after the header, checked for models given with -m.
 */
#ifndef ETMODEL_H
#define ETMODEL_H

#include <stdint.h>
#include <string.h>

#include "etfeat.h"

#define ET_MAGIC "ENTTAGM\n"
#define ET_VERSION 1
#define ET_HDR 64
#define ET_FREC 24 /* bytes of a feature record */
/* flags: the model has a part of its own for all-caps sentences, under
 * the keys of et_features_caps() */
#define ET_MODEL_CAPS 1u

struct et_model {
	const unsigned char *blob;
	size_t len;
	float scale;
	const int16_t *trans;
	const unsigned char *frec; /* feature records */
	uint32_t fmask;
	uint32_t flags; /* ET_MODEL_* */
	struct et_gaz gaz;
	float ftrans[(ET_NTAGS + 1) * ET_NTAGS];
};

/* The ET_NTAGS weights of a feature key, NULL if the model has none. */
static inline const int8_t *
et_model_row(const struct et_model *m, uint32_t key)
{
	for (uint32_t j = key & m->fmask;; j = (j + 1) & m->fmask) {
		const unsigned char *rec = m->frec + (size_t)j * ET_FREC;
		uint32_t k;
		memcpy(&k, rec, 4);
		if (k == key)
			return (const int8_t *)(const void *)(rec + 4);
		if (k == 0)
			return NULL;
	}
}

/*
 * The gazetteer filter of a model (struct et_gaz), ET_FILTER_SIZE bytes:
 * u32 the model's checksum, u32 ET_FILTER_BITS, zeros to byte 64, then
 * the bits (blocks on cache lines where the filter is 64-byte aligned).  The
 * compiled-in model's is made at build time (enttag-mkfilter), so that
 * start-up does not read the table.
 */
#define ET_FILTER_SIZE (64 + ((size_t)1 << ET_FILTER_BITS) / 8)
void et_filter_make(const struct et_model *m, unsigned char *out);
/* Uses the filter f of len bytes for m, if it was made for m. */
int et_model_set_filter(struct et_model *m, const unsigned char *f, size_t len);
uint32_t et_model_checksum(const unsigned char *p, size_t n);
size_t et_model_size(uint32_t fcap, uint32_t gcap);
/* Like et_model_open, also checking the checksum and table sanity. */
struct et_model *et_model_open_checked(
    const unsigned char *blob, size_t len, const char **err);

#endif
