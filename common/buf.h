/* buf.h - a growable byte buffer */
#ifndef NU_BUF_H
#define NU_BUF_H
#include <stddef.h>

struct buf {
	unsigned char *p;
	size_t len;
	size_t cap;
};

#define BUF_INIT                                                               \
	{                                                                      \
		NULL, 0, 0                                                     \
	}

void buf_grow(struct buf *b, size_t extra); /* room for len + extra */
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_reset(struct buf *b);
void buf_free(struct buf *b);

/* Inline: the writers add a byte at a time ('\n', '\t', escapes) */
static inline void
buf_addc(struct buf *b, unsigned char c)
{
	if (b->len == b->cap)
		buf_grow(b, 1);
	b->p[b->len++] = c;
}

#endif
