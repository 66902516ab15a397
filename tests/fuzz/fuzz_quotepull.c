/* libFuzzer harness: the quotepull engine, paragraph after paragraph of
 * one document, each read as quotepull reads it: the suite's tags taken
 * out and given as entities (enttag | quotepull).  Quotes are in order and
 * inside the paragraph, their text inside their span, speakers and cues
 * valid strings. */
/* fuzz-libraries: quotepull */
#define _GNU_SOURCE 1 /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/quotepull/qp.h"
#include "markup.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct qp_engine *e;
	static struct view v;
	static struct qp_ent ents[64];
	const struct qp_quote *q;
	const uint8_t *p = data, *end = data + size;

	if (e == NULL)
		e = qp_new();
	/* paragraphs are separated by blank lines */
	while (p < end) {
		const uint8_t *nl = memmem(p, (size_t)(end - p), "\n\n", 2);
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p), n, k,
		       tlen, ne = 0, prev = 0;

		/* as quotepull's view_ents(): every tag but <QUOTE> */
		view_build(&v, p, len, 0);
		for (k = 0; k < v.npairs && ne < 64; k++) {
			const struct tagpair *tp = &v.pairs[k];
			if (tp->name == TAG_QUOTE)
				continue;
			ents[ne].start = tp->start;
			ents[ne].end = tp->end;
			ents[ne++].type = tp->name == TAG_PER ? QP_PER
			    : tp->name == TAG_ORG             ? QP_ORG
			    : tp->name == TAG_LOC || tp->name == TAG_MISC
			    ? QP_PLACE
			    : QP_OTHER;
		}
		tlen = v.len;
		n = qp_paragraph(e, v.text, tlen, ents, ne, &q);
		for (k = 0; k < n; k++) {
			if (q[k].start < prev || q[k].end > tlen ||
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
