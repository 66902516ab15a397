/* holdback.c - a paragraph held back (see holdback.h) */
#include <config.h>

#include "holdback.h"

void
hold_start(struct holdback *h, const char *name, const struct chunk *c)
{
	buf_reset(&h->text);
	buf_add(&h->text, c->p, c->len);
	buf_reset(&h->after);
	h->c = *c;
	h->name = name;
	h->paras = 0;
	h->on = 1;
}

const struct chunk *
hold_chunk(struct holdback *h)
{
	h->c.p = h->text.p;
	return &h->c;
}

int
hold_fits(const struct holdback *h, size_t n, size_t cap)
{
	return h->text.len + h->after.len + n <= cap;
}

void
hold_end(struct holdback *h)
{
	buf_reset(&h->after);
	h->on = 0;
}

void
hold_free(struct holdback *h)
{
	buf_free(&h->text);
	buf_free(&h->after);
}
