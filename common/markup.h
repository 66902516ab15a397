/* markup.h - the suite's inline tags.
 *
 * Only these names, well formed, are markup; every other '<' is text:
 *   <PER> <ORG> <LOC> <MISC> and their end tags,
 *   <TIMEX3 name="value" ...>  </TIMEX3>
 *   <QUOTE name="value" ...>   </QUOTE>
 * Attribute values escape & < > " as &amp; &lt; &gt; &quot;.
 *
 * A view is a paragraph with its tags taken out: engines analyse the plain
 * text, and the view maps every text offset back to the original bytes.
 * The inserter writes the original with new tags placed so that existing
 * and new pairs nest properly and deleting every suite tag gives back the
 * input exactly. */
#ifndef NU_MARKUP_H
#define NU_MARKUP_H
#include <stddef.h>

#include "buf.h"

enum tag_name {
	TAG_PER,
	TAG_ORG,
	TAG_LOC,
	TAG_MISC,
	TAG_TIMEX3,
	TAG_QUOTE,
	TAG_NNAMES
};

struct tag {
	enum tag_name name;
	int close;         /* an end tag */
	size_t start, end; /* the tag's bytes in the original */
	size_t pos;        /* text offset the tag stands before */
	long pair;         /* index in view.pairs, or -1 if unmatched */
};

/* A matched pair of tags, in text (view) offsets: [start, end). */
struct tagpair {
	enum tag_name name;
	size_t start, end;
	size_t open_tag;  /* index of the start tag in view.tags */
	size_t close_tag; /* index of the end tag */
};

struct view {
	const unsigned char *orig; /* the original bytes */
	size_t orig_len;
	const unsigned char *text; /* the text without tags */
	size_t len;
	size_t *map;      /* text offset -> original offset, len + 1
				 * entries; NULL when there are no tags */
	struct tag *tags; /* every tag, in order */
	size_t ntags;
	struct tagpair *pairs; /* matched pairs, by start tag order */
	size_t npairs;
	/* storage */
	struct buf tbuf;
	size_t *mapbuf;
	size_t mapcap, tagcap, paircap;
};

/* A new span to insert: [start, end) in text offsets; open and close are
 * the complete tags to write. */
struct newtag {
	size_t start, end;
	const char *open;
	const char *close;
};

const char *tag_name_str(enum tag_name n);
/* The tag name spelled s[0..n), or TAG_NNAMES. */
enum tag_name tag_name_lookup(const unsigned char *s, size_t n);

/* If a well-formed suite tag starts at s[0], fill *t (start 0) and return
 * its length; else 0. */
size_t markup_tag_at(const unsigned char *s, size_t n, struct tag *t);

/* The bytes of p[0..n) that are suite tags: what view_build() takes out. */
size_t markup_bytes(const unsigned char *p, size_t n);

/* Build the view of p[0..n).  With raw set, nothing is markup. */
void view_build(struct view *v, const unsigned char *p, size_t n, int raw);
void view_free(struct view *v);
/* Original offset of text offset i (0 <= i <= len). */
size_t view_orig(const struct view *v, size_t i);
/* True if [start, end) crosses a pair boundary (overlaps a pair without
 * nesting inside it or around it). */
int view_crosses(const struct view *v, size_t start, size_t end);
/* The innermost pair of the given name containing [start, end), or NULL. */
const struct tagpair *view_inside(
    const struct view *v, enum tag_name name, size_t start, size_t end);

/* Stand-off output lists the annotations of its layer already in the
 * input among its own: the next pair from index *k on whose name is in
 * mask (bits 1 << TAG_...) and that starts before text offset before;
 * *k moves past it.  NULL when there is none. */
#define TAGS_ENTITY                                                            \
	(1u << TAG_PER | 1u << TAG_ORG | 1u << TAG_LOC | 1u << TAG_MISC)
const struct tagpair *view_next_pair(
    const struct view *v, unsigned mask, size_t *k, size_t before);

/* Value of attribute name in the start tag t of the original, unescaped,
 * appended to out.  Returns 1 if found. */
int tag_attr(const struct view *v, const struct tag *t, const char *name,
    struct buf *out);

/* Append s[0..n) escaped for an attribute value. */
void markup_escape_attr(struct buf *out, const unsigned char *s, size_t n);

/* Write the original bytes with the new tags inserted, to out.  tags must
 * be sorted by start, then by end descending (outer first), and properly
 * nested among themselves. */
void view_insert(
    const struct view *v, const struct newtag *tags, size_t n, struct buf *out);

#endif
