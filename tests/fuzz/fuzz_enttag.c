/* libFuzzer harness: the enttag engine with the shipped model, sentence
 * after sentence of one document (the core tokenizer and segmenter give
 * the tokens).  Entities are in order, inside the text, on token bounds. */
/* fuzz-libraries: enttag */
#define _GNU_SOURCE 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "token.h"
#include "../../filters/enttag/enttag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct et_tagger *
tagger(void)
{
	static struct et_tagger *t;
	static unsigned char *blob;
	const char *path = getenv("ENTTAG_MODEL");
	const char *err = NULL;
	struct et_model *m;
	FILE *f;
	long n;

	if (t != NULL)
		return t;
	if (path == NULL || (f = fopen(path, "rb")) == NULL)
		abort();
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	blob = malloc((size_t)n);
	if (blob == NULL || fread(blob, 1, (size_t)n, f) != (size_t)n)
		abort();
	fclose(f);
	if ((m = et_model_open(blob, (size_t)n, &err)) == NULL)
		abort();
	return t = et_tagger_new(m);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct et_tagger *t = tagger();
	struct segmenter sg = { NULL };
	struct spanvec sv = { NULL, 0, 0 };
	struct tokvec tv = { NULL, 0, 0 };
	size_t k, j;

	segment(&sg, data, size, NULL, 0, &sv);
	for (k = 0; k < sv.n; k++) {
		struct et_entity *ents;
		size_t ne, prev = sv.v[k].start;

		tokvec_reset(&tv);
		tokenize(
		    data + sv.v[k].start, sv.v[k].end - sv.v[k].start, &tv);
		for (j = 0; j < tv.n; j++) {
			tv.v[j].start += sv.v[k].start;
			tv.v[j].end += sv.v[k].start;
		}
		ne = et_tag_sentence(t, data, tv.v, tv.n, &ents, NULL);
		for (j = 0; j < ne; j++) {
			if (ents[j].start < prev ||
			    ents[j].end <= ents[j].start ||
			    ents[j].end > sv.v[k].end ||
			    ents[j].tok_end > tv.n || ents[j].type < 0 ||
			    ents[j].type >= ET_NTYPES)
				abort();
			prev = ents[j].end;
		}
	}
	et_tagger_reset(t);
	spanvec_free(&sv);
	tokvec_free(&tv);
	return 0;
}
