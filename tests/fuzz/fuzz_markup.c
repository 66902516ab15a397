/* libFuzzer harness: markup views and tag insertion.  Inserting tags and
 * taking every tag out again gives back the text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "markup.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct view v = { 0 }, w = { 0 };
	struct buf out = BUF_INIT, attr = BUF_INIT;
	struct newtag nt[4];
	size_t n = 0, k, last = 0;

	view_build(&v, data, size, 0);
	for (k = 0; k < v.ntags; k++)
		if (!v.tags[k].close)
			tag_attr(&v, &v.tags[k], "speaker", &attr);
	/* up to four nested or disjoint spans picked from the first bytes */
	for (k = 0; k < 4 && v.len > 0 && k < size; k++) {
		size_t s = last + data[k] % (v.len - last + 1);
		size_t e = s + 1 + (k < size - 1 ? data[k + 1] : 0) % 8;

		if (e > v.len || s >= v.len)
			break;
		if (view_crosses(&v, s, e))
			continue;
		nt[n].start = s;
		nt[n].end = e;
		nt[n].open = "<MISC>";
		nt[n].close = "</MISC>";
		n++;
		last = e;
	}
	view_insert(&v, nt, n, &out);
	view_build(&w, out.p ? out.p : (const unsigned char *)"", out.len, 0);
	if (w.len != v.len || (v.len && memcmp(w.text, v.text, v.len) != 0))
		abort();
	buf_free(&out);
	buf_free(&attr);
	view_free(&v);
	view_free(&w);
	return 0;
}
