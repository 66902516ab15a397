/* summary.h - what the HTML page keeps of one document: its text as
 * rendered so far, and what its summary lists (names by type grouped
 * under the fullest form the document uses, the dates in time order, who
 * said what).  Memory grows with what the document mentions. */
#ifndef NV_SUMMARY_H
#define NV_SUMMARY_H
#include <stddef.h>

#include "buf.h"

struct nv_doc;

/* The rendered text of the document so far. */
struct buf *doc_body(struct nv_doc *d);
/* The article's number on the page, for element ids. */
size_t doc_number(const struct nv_doc *d);
/* Note a mention; return its number in the document (1, 2, ...). */
size_t doc_entity(
    struct nv_doc *d, const char *type, const unsigned char *text, size_t len);
size_t doc_timex(struct nv_doc *d, const char *type, const char *value,
    const unsigned char *text, size_t len);
size_t doc_quote(struct nv_doc *d, const char *speaker,
    const unsigned char *text, size_t len);
size_t doc_sentence(struct nv_doc *d);
/* The document's first paragraph, its title if it is short. */
void doc_title(struct nv_doc *d, const unsigned char *text, size_t len);
/* Does the document hold any text? */
int doc_empty(const struct nv_doc *d);
/* The summary as HTML. */
void doc_summary(struct buf *b, struct nv_doc *d);
/* Forget the document; the next one gets the next article number. */
void doc_next(struct nv_doc *d);

/* The fullest name among names[0..n) of one type that name i is a short
 * form of ("Trump" of "Donald Trump": all its words, in a row, within a
 * longer name), the most mentioned if several; i itself if none.  counts
 * may be NULL.  Exported for the unit tests. */
size_t fullest_name(
    const char *const *names, const size_t *counts, size_t n, size_t i);

#endif
