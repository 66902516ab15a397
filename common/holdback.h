/* holdback.h - a paragraph held back until the paragraphs after it have
 * been read, and what comes after it meanwhile.
 *
 * A headline is read best once the story below it has been: "Huawei
 * founder says ..." names its speaker only in the first paragraph of the
 * body, and "REN DENIES SPYING" tags right only once the body has spelled
 * "Ren" as a name.  A filter holds the headline's paragraph (its bytes are
 * copied: the reader's chunk does not live that long), collects what it
 * would have written after it (blank lines, later paragraphs' output) in
 * `after`, and on release writes the headline, then `after`.  Memory stays
 * bounded: hold_fits() tells when more bytes would pass the paragraph cap,
 * and the filter releases first.  A document's end always releases. */
#ifndef NU_HOLDBACK_H
#define NU_HOLDBACK_H
#include <stddef.h>

#include "buf.h"
#include "input.h"

struct holdback {
	int on;           /* a paragraph is held */
	int paras;        /* paragraphs read since it was held */
	const char *name; /* its file's name for records */
	struct chunk c;   /* the held paragraph, c.p into text */
	struct buf text;  /* its bytes */
	struct buf after; /* what follows it until the release */
};

/* Hold paragraph c of file name (a copy of its bytes); after is emptied. */
void hold_start(struct holdback *h, const char *name, const struct chunk *c);

/* The held paragraph, its bytes in h->text. */
const struct chunk *hold_chunk(struct holdback *h);

/* Can n more bytes wait behind the held paragraph within cap bytes? */
int hold_fits(const struct holdback *h, size_t n, size_t cap);

/* The hold is over (the filter has written the paragraph and `after`). */
void hold_end(struct holdback *h);

void hold_free(struct holdback *h);

#endif
