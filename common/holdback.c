/* holdback.c - paragraphs held back (see holdback.h) */
#include <config.h>

#include <stdlib.h>

#include "holdback.h"
#include "xalloc.h"

void
hold_start(struct holdback *h, const char *name, const struct chunk *c)
{
	hold_end(h);
	hold_add(h, name, c);
}

void
hold_add(struct holdback *h, const char *name, const struct chunk *c)
{
	if (!h->on) {
		hold_end(h);
		h->name = name;
		h->paras = 0;
		h->on = 1;
	}
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 4;
		h->held = xreallocarray(h->held, h->cap, sizeof *h->held);
	}
	h->held[h->n].c = *c;
	h->held[h->n++].at = h->text.len;
	buf_add(&h->text, c->p, c->len);
}

const struct chunk *
hold_nth(struct holdback *h, size_t k)
{
	h->held[k].c.p = h->text.p + h->held[k].at;
	return &h->held[k].c;
}

const struct chunk *
hold_chunk(struct holdback *h)
{
	return hold_nth(h, 0);
}

int
hold_fits(const struct holdback *h, size_t n, size_t cap)
{
	return h->text.len + h->after.len + n <= cap;
}

void
hold_end(struct holdback *h)
{
	buf_reset(&h->text);
	buf_reset(&h->after);
	h->n = 0;
	h->on = 0;
}

void
hold_free(struct holdback *h)
{
	buf_free(&h->text);
	buf_free(&h->after);
	free(h->held);
}
