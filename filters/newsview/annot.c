/* annot.c - a paragraph's annotations, every layer, in text order */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nv.h"
#include "utf8.h"
#include "xalloc.h"

const char *const nv_layer_names[NV_NLAYERS] = {
	"sentence",
	"entity",
	"timex",
	"quote",
};

enum nv_layer
nv_layer_lookup(const char *s, size_t n)
{
	for (int i = 0; i < NV_NLAYERS; i++)
		if (strlen(nv_layer_names[i]) == n &&
		    memcmp(nv_layer_names[i], s, n) == 0)
			return (enum nv_layer)i;
	return NV_NLAYERS;
}

size_t
nv_chars(const unsigned char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (i < n) {
		uint64_t w;
		int32_t cp;

		/* eight ASCII bytes at a time: English news is mostly that */
		if (n - i >= 8) {
			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				i += 8;
				chars += 8;
				continue;
			}
		}
		if (s[i] < 0x80)
			i++;
		else
			i += u8_decode(s + i, n - i, &cp);
		chars++;
	}
	return chars;
}

/* Code points of valid UTF-8: the bytes that are no continuation bytes
 * (10xxxxxx), eight at a time. */
static size_t
valid_chars(const unsigned char *s, size_t n)
{
	size_t i = 0, cont = 0;
	uint64_t w;

	for (; n - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		w = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
		/* the eight 0/1 bytes summed into the top byte */
		cont += (size_t)((w * 0x0101010101010101ULL) >> 56);
	}
	for (; i < n; i++)
		cont += (s[i] & 0xC0) == 0x80;
	return n - cont;
}

/* Where a layer's tags are */
static enum nv_layer
layer_of(enum tag_name t)
{
	switch (t) {
	case TAG_TIMEX3:
		return NV_TIMEX;
	case TAG_QUOTE:
		return NV_QUOTE;
	default:
		return NV_ENTITY;
	}
}

static struct nv_annot *
push(struct nv_para *p, enum nv_layer layer, size_t start, size_t end)
{
	struct nv_annot *a;

	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->a = xreallocarray(p->a, p->cap, sizeof *p->a);
	}
	a = &p->a[p->n++];
	memset(a, 0, sizeof *a);
	a->layer = layer;
	a->start = start;
	a->end = end;
	return a;
}

/* An attribute of the pair's start tag into p->attrs; its offset there
 * (turned into a pointer once the buffer stops moving), or 0 if absent:
 * offset 0 holds a NUL that no attribute uses. */
static const char *
attr(struct nv_para *p, const struct tagpair *tp, const char *name)
{
	size_t at = p->attrs.len;

	if (!tag_attr(&p->v, &p->v.tags[tp->open_tag], name, &p->attrs))
		return NULL;
	buf_addc(&p->attrs, '\0');
	return (const char *)(uintptr_t)at;
}

/* The sentences: the segmenter's, or the paragraph's lines. */
static void
find_sentences(struct nv_para *p)
{
	const unsigned char *s = p->v.text;
	size_t i = 0, n = p->v.len;

	p->sents.n = 0;
	if (p->sentences == NV_SENT_SEGMENT) {
		segment(&p->sg, s, n, p->v.pairs, p->v.npairs, &p->sents);
		return;
	}
	while (i < n) {
		const unsigned char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - s) : n, b = i;

		i = nl ? e + 1 : n;
		while (b < e && (s[b] == ' ' || s[b] == '\t'))
			b++;
		while (e > b &&
		    (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
			e--;
		if (e > b)
			spanvec_push(&p->sents, b, e);
	}
}

static int
annot_cmp(const void *x, const void *y)
{
	const struct nv_annot *a = x, *b = y;

	if (a->start != b->start)
		return (a->start > b->start) - (a->start < b->start);
	if (a->end != b->end)
		return (a->end < b->end) - (a->end > b->end);
	return (a->layer > b->layer) - (a->layer < b->layer);
}

/* p->a holds two runs in order, [0, mid) and [mid, n): one, in order. */
static void
merge(struct nv_para *p, size_t mid)
{
	size_t i = 0, j = mid, k = 0;

	if (p->tmpcap < p->n) {
		p->tmpcap = p->cap;
		p->tmp = xreallocarray(p->tmp, p->tmpcap, sizeof *p->tmp);
	}
	while (i < mid || j < p->n) {
		if (j == p->n ||
		    (i < mid && annot_cmp(&p->a[i], &p->a[j]) <= 0))
			p->tmp[k++] = p->a[i++];
		else
			p->tmp[k++] = p->a[j++];
	}
	memcpy(p->a, p->tmp, p->n * sizeof *p->a);
}

/* Code point offsets: starts come in order, so one cursor counts them;
 * each end is counted on from its start. */
static void
count_chars(struct nv_para *p)
{
	const unsigned char *s = p->v.text;
	size_t at = 0, chars = 0;
	size_t (*count)(const unsigned char *, size_t) = nv_chars;

	if (u8_valid_prefix(s, p->v.len, 1) == p->v.len)
		count = valid_chars;
	for (size_t k = 0; k < p->n; k++) {
		struct nv_annot *a = &p->a[k];

		chars += count(s + at, a->start - at);
		at = a->start;
		a->cstart = chars;
		a->cend = chars + count(s + a->start, a->end - a->start);
	}
	p->chars = chars + count(s + at, p->v.len - at);
}

void
nv_para_build(struct nv_para *p, const unsigned char *s, size_t n, int raw)
{
	size_t k;

	view_build(&p->v, s, n, raw);
	p->n = 0;
	buf_reset(&p->attrs);
	buf_addc(&p->attrs, '\0');
	if (p->layers >> NV_SENTENCE & 1) {
		find_sentences(p);
		for (k = 0; k < p->sents.n; k++)
			push(p, NV_SENTENCE, p->sents.v[k].start,
			    p->sents.v[k].end);
	}
	for (k = 0; k < p->v.npairs; k++) {
		const struct tagpair *tp = &p->v.pairs[k];
		enum nv_layer l = layer_of(tp->name);
		struct nv_annot *a;

		if (!(p->layers >> l & 1))
			continue;
		a = push(p, l, tp->start, tp->end);
		switch (l) {
		case NV_ENTITY:
			a->type = tag_name_str(tp->name);
			break;
		case NV_TIMEX:
			a->type = attr(p, tp, "type");
			a->value = attr(p, tp, "value");
			break;
		case NV_QUOTE:
			a->speaker = attr(p, tp, "speaker");
			break;
		default:
			break;
		}
	}
	/* the attributes' offsets become pointers */
	for (k = 0; k < p->n; k++) {
		struct nv_annot *a = &p->a[k];

		if (a->layer == NV_ENTITY)
			continue;
		if (a->type)
			a->type = (const char *)p->attrs.p + (uintptr_t)a->type;
		if (a->value)
			a->value = (const char *)p->attrs.p +
			    (uintptr_t)a->value;
		if (a->speaker)
			a->speaker = (const char *)p->attrs.p +
			    (uintptr_t)a->speaker;
	}
	if (p->sents.n > 0 && p->n > p->sents.n)
		merge(p, p->sents.n);
	count_chars(p);
}

void
nv_para_free(struct nv_para *p)
{
	view_free(&p->v);
	spanvec_free(&p->sents);
	buf_free(&p->attrs);
	free(p->a);
	free(p->tmp);
	p->a = p->tmp = NULL;
	p->n = p->cap = p->tmpcap = 0;
}
