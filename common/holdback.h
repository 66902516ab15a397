/* holdback.h - paragraphs held back until the paragraphs after them have
 * been read, and what comes after them meanwhile.
 *
 * A headline is read best once the story below it has been: "Huawei
 * founder says ..." names its speaker only in the first paragraph of the
 * body, "REN DENIES SPYING" tags right only once the body has spelled
 * "Ren" as a name, and "Storm hits coast today" above the dateline
 * "Friday, January 4, 2019" means January 4.  A filter holds a document's
 * first chunks (their bytes are copied: the reader's chunk does not live
 * that long), one with hold_start(), more with hold_add(), collects what
 * it would have written after them (blank lines, later paragraphs'
 * output) in `after`, and on release writes the chunks (hold_nth()), then
 * `after`.  Memory stays bounded: hold_fits() tells when more bytes would
 * pass the paragraph cap, and the filter releases first.  A document's
 * end always releases. */
#ifndef NU_HOLDBACK_H
#define NU_HOLDBACK_H
#include <stddef.h>

#include "buf.h"
#include "input.h"

struct held_chunk {
	struct chunk c; /* c.p set by hold_nth() */
	size_t at;      /* its bytes in struct holdback's text */
};

struct holdback {
	int on;           /* a chunk is held */
	int paras;        /* paragraphs read since the hold began */
	const char *name; /* its file's name for records */
	struct held_chunk *held;
	size_t n, cap;    /* chunks held */
	struct buf text;  /* their bytes */
	struct buf after; /* what follows them until the release */
};

/* Hold chunk c of file name (a copy of its bytes) and nothing else;
 * after is emptied. */
void hold_start(struct holdback *h, const char *name, const struct chunk *c);

/* Hold chunk c after those held (hold_start() if none is). */
void hold_add(struct holdback *h, const char *name, const struct chunk *c);

/* The k-th chunk held (k < h->n), its bytes in h->text. */
const struct chunk *hold_nth(struct holdback *h, size_t k);

/* The first chunk held. */
const struct chunk *hold_chunk(struct holdback *h);

/* Can n more bytes wait behind the held chunks within cap bytes? */
int hold_fits(const struct holdback *h, size_t n, size_t cap);

/* The hold is over (the filter has written the chunks and `after`). */
void hold_end(struct holdback *h);

void hold_free(struct holdback *h);

#endif
