/*
 * timeml: datenorm over a TimeML document.  The DCT (<DCT><TIMEX3
 * value="...">) anchors the document, the TIMEX3 tags inside <TEXT> are
 * removed, and new ones are found in the text between the other tags.
 * No I/O: a document in, the expressions (original offsets) out.
 */
#ifndef DATENORM_TIMEML_H
#define DATENORM_TIMEML_H

#include <stddef.h>

#include "buf.h"
#include "datenorm.h"

struct tm_doc {
	const unsigned char *p; /* the document */
	size_t len;
	size_t text_start, text_end; /* the <TEXT> content */
	int dct_y, dct_m, dct_d;     /* 0 if none */
	long dct_tid;                /* the DCT's tN number, or -1 */
	/* the content with every tag taken out, and where each byte was */
	unsigned char *plain;
	size_t *map;
	size_t nplain;
	/* expressions, original offsets */
	struct dn_timex *x;
	size_t nx;
};

/*
 * Parse doc; on a malformed document return -1 and set *err to a message
 * (a static string).
 */
int tm_parse(
    struct tm_doc *, const unsigned char *p, size_t len, const char **err);

/*
 * Find the expressions in the <TEXT> content, the DCT the document's
 * date (the engine's --ref date goes first).  Expressions that would
 * cross another tag are dropped.
 */
void tm_annotate(struct tm_doc *, struct dn_engine *);

/*
 * Append the document with the old TIMEX3 tags of <TEXT> taken out and
 * the new ones in, numbered tN from 1 (skipping the DCT's number).
 */
void tm_write(const struct tm_doc *, struct buf *out);

void tm_free(struct tm_doc *);

/* The tN number of the anchor of x, one of d->x, or -1: the DCT's for the
 * document's date, else that of the anchoring expression as tm_write()
 * numbers them (json: as the records number them, from t1). */
long tm_anchor(const struct tm_doc *d, const struct dn_timex *x, int json);

/*
 * The start tag of x into b (TM_TAG_MAX bytes): <TIMEX3 tid="t1"
 * type="DATE" value="2013" mod="START">; the document's date read from
 * its dateline is, as in TimeML, functionInDocument="CREATION_TIME"; a
 * value worked out from another (anchor >= 0: t0 for the document's date)
 * has temporalFunction="true" anchorTimeID="tN".
 */
#define TM_TAG_MAX 256
void tm_start_tag(char *b, long tid, const struct dn_timex *x, long anchor);

#endif
