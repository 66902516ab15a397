/* records.c - the annotations as stand-off records and CoNLL columns */
#include <config.h>

#include <string.h>

#include "nv.h"
#include "output.h"

void
nv_put_header(struct buf *b)
{
	buf_adds(b,
	    "file\tstart\tend\tchar_start\tchar_end\tdoc\tlayer\ttype\t"
	    "value\tspeaker\ttext\n");
}

static void
put_num(struct buf *b, int json, const char *key, size_t v)
{
	if (json) {
		buf_adds(b, ",\"");
		buf_adds(b, key);
		buf_adds(b, "\":");
	} else {
		buf_addc(b, '\t');
	}
	buf_add_size(b, v);
}

/* A string field; NULL is an empty TSV field or a JSON null. */
static void
put_str(struct buf *b, int json, const char *key, const char *s)
{
	if (s != NULL) {
		record_str(b, json, key, s);
		return;
	}
	if (!json) {
		buf_addc(b, '\t');
		return;
	}
	buf_adds(b, ",\"");
	buf_adds(b, key);
	buf_adds(b, "\":null");
}

/*
 * file start end char_start char_end doc layer type value speaker text:
 *   -	93	105	93	105	1	entity	PER			Nancy Pelosi
 */
void
nv_put_records(struct buf *b, int json, const char *file, size_t doc,
    size_t toff, size_t coff, const struct nv_para *p)
{
	for (size_t k = 0; k < p->n; k++) {
		const struct nv_annot *a = &p->a[k];

		record_head(b, json, file, toff + a->start, toff + a->end);
		put_num(b, json, "char_start", coff + a->cstart);
		put_num(b, json, "char_end", coff + a->cend);
		put_num(b, json, "doc", doc);
		record_str(b, json, "layer", nv_layer_names[a->layer]);
		put_str(b, json, "type", a->type);
		put_str(b, json, "value", a->value);
		put_str(b, json, "speaker", a->speaker);
		record_field(
		    b, json, "text", p->v.text + a->start, a->end - a->start);
		record_end(b, json);
	}
}

/* Walks one layer's annotations along the tokens of the paragraph. */
struct lane {
	enum nv_layer layer;
	size_t k;                   /* the first one that may cover a token */
	const struct nv_annot *cur; /* the last one a token was in */
};

/* The annotation of the lane that covers [s, e), if any. */
static const struct nv_annot *
lane_at(const struct nv_para *p, struct lane *l, size_t s, size_t e)
{
	while (l->k < p->n &&
	    (p->a[l->k].layer != l->layer || p->a[l->k].end <= s))
		l->k++;
	for (size_t k = l->k; k < p->n && p->a[k].start < e; k++)
		if (p->a[k].layer == l->layer && p->a[k].end > s)
			return &p->a[k];
	return NULL;
}

/* An IOB2 column: B-TYPE on the first token of an annotation. */
static void
put_iob(
    struct buf *b, struct lane *l, const struct nv_annot *a, const char *type)
{
	buf_addc(b, '\t');
	if (a == NULL) {
		buf_addc(b, 'O');
	} else {
		buf_adds(b, a == l->cur ? "I-" : "B-");
		buf_adds(b, type && *type ? type : "X");
	}
	l->cur = a;
}

void
nv_put_conll(struct buf *b, const struct nv_para *p, struct tokvec *toks)
{
	struct lane ent = { NV_ENTITY, 0, NULL }, tx = { NV_TIMEX, 0, NULL },
	            qu = { NV_QUOTE, 0, NULL };

	for (size_t k = 0; k < p->n; k++) {
		const struct nv_annot *s = &p->a[k];

		if (s->layer != NV_SENTENCE)
			continue;
		/* an annotation that runs on starts again, B-, in each sentence */
		ent.cur = tx.cur = qu.cur = NULL;
		tokvec_reset(toks);
		tokenize(p->v.text + s->start, s->end - s->start, toks);
		for (size_t i = 0; i < toks->n; i++) {
			size_t ts = s->start + toks->v[i].start,
			       te = s->start + toks->v[i].end;
			const struct nv_annot *a;

			tsv_escape(b, p->v.text + ts, te - ts);
			a = lane_at(p, &ent, ts, te);
			put_iob(b, &ent, a, a ? a->type : NULL);
			a = lane_at(p, &tx, ts, te);
			put_iob(b, &tx, a, a ? a->type : NULL);
			buf_addc(b, '\t');
			if (a && a->value && *a->value)
				tsv_escape(b, (const unsigned char *)a->value,
				    strlen(a->value));
			else
				buf_addc(b, '_');
			a = lane_at(p, &qu, ts, te);
			put_iob(b, &qu, a, "QUOTE");
			buf_addc(b, '\n');
		}
		if (toks->n > 0)
			buf_addc(b, '\n');
	}
}
