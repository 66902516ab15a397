/* libFuzzer harness: the quotepull engine, paragraph after paragraph of
 * one document.  Quotes are in order and inside the paragraph, their text
 * inside their span, speakers and cues valid strings. */
/* fuzz-libraries: quotepull */
#define _GNU_SOURCE 1 /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/quotepull/qp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct qp_engine *e;
	const struct qp_quote *q;
	const uint8_t *p = data, *end = data + size;

	if (e == NULL)
		e = qp_new();
	/* paragraphs are separated by blank lines */
	while (p < end) {
		const uint8_t *nl = memmem(p, (size_t)(end - p), "\n\n", 2);
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p), n, k,
		       prev = 0;

		n = qp_paragraph(e, p, len, NULL, 0, &q);
		for (k = 0; k < n; k++) {
			if (q[k].start < prev || q[k].end > len ||
			    q[k].start > q[k].end)
				abort();
			if (q[k].text_start < q[k].start ||
			    q[k].text_end > q[k].end ||
			    q[k].text_start > q[k].text_end)
				abort();
			if (q[k].speaker == NULL || q[k].cue == NULL ||
			    q[k].mention == NULL)
				abort();
			(void)strlen(q[k].speaker);
			prev = q[k].start;
		}
		p += len + (nl ? 2 : 0);
	}
	qp_reset(e);
	return 0;
}
