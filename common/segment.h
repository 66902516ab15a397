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
	const struct lexicon *extra_abbrev; /* -a FILE, or NULL */
	int keep_quotes; /* no boundary inside a closed quotation (-Q) */
};

void segment(const struct segmenter *sg, const unsigned char *s, size_t n,
    const struct tagpair *protect, size_t nprotect, struct spanvec *out);

/* The decision segment() takes at each candidate, for callers that find
 * their own candidates (quotepull asks it outside quotations): does the
 * run of terminators (. ! ? … ". . ." and the Sentence_Terminal
 * characters) starting at s[t] end the sentence that began at sent_start?
 * The words before and after the run decide (abbreviations, initials,
 * numbers, ellipses, sentence starters).  *next is set to the end of the
 * run (past s[t]'s character when none starts there), where a scan goes
 * on; on yes, *end to the boundary: after closing quotes and brackets,
 * citation marks and an emoticon that belong to the sentence.  Returns 1
 * or 0.  A boundary at n (*end == n) is the paragraph's end. */
int sent_boundary_at(const struct segmenter *sg, const unsigned char *s,
    size_t n, size_t sent_start, size_t t, size_t *next, size_t *end);

void spanvec_push(struct spanvec *sv, size_t start, size_t end);
void spanvec_free(struct spanvec *sv);

#endif
