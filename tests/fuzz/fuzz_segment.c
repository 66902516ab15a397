/* libFuzzer harness: tokenizer and sentence segmenter.  Tokens and
 * sentences are in order, inside the text, never empty, never
 * overlapping; sentences start and end on non-space bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "segment.h"
#include "token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct segmenter sg = { NULL };
	struct spanvec sv = { NULL, 0, 0 };
	struct tokvec tv = { NULL, 0, 0 };
	struct view v = { 0 };
	size_t k, prev = 0;

	view_build(&v, data, size, 0);
	segment(&sg, v.text, v.len, v.pairs, v.npairs, &sv);
	for (k = 0; k < sv.n; k++) {
		if (sv.v[k].start < prev || sv.v[k].end <= sv.v[k].start ||
		    sv.v[k].end > v.len)
			abort();
		if (is_space(v.text[sv.v[k].start]) ||
		    is_space(v.text[sv.v[k].end - 1]))
			abort();
		prev = sv.v[k].end;
	}
	tokenize(v.text, v.len, &tv);
	for (k = 0, prev = 0; k < tv.n; k++) {
		if (tv.v[k].start < prev || tv.v[k].end <= tv.v[k].start ||
		    tv.v[k].end > v.len)
			abort();
		prev = tv.v[k].end;
	}
	spanvec_free(&sv);
	tokvec_free(&tv);
	view_free(&v);
	return 0;
}
