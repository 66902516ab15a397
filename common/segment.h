/* segment.h - the sentence segmenter.
 *
 * segment() finds the sentences of one paragraph of plain text (a view's
 * text: no markup) and appends their spans, trimmed of white space, in
 * order.  Sentences never end inside a protected span (a tag pair).
 * The segmenter holds no state between calls. */
#ifndef NU_SEGMENT_H
#define NU_SEGMENT_H
#include <stddef.h>

#include "lexicon.h"
#include "markup.h"

struct span {
	size_t start, end;
};

struct spanvec {
	struct span *v;
	size_t n, cap;
};

struct segmenter {
	const struct lexicon *extra_abbrev;	/* -a FILE, or NULL */
};

void segment(const struct segmenter *sg, const unsigned char *s, size_t n,
    const struct tagpair *protect, size_t nprotect, struct spanvec *out);

void spanvec_push(struct spanvec *sv, size_t start, size_t end);
void spanvec_free(struct spanvec *sv);

#endif
