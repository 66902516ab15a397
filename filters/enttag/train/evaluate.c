/*
 * evaluate.c - a model scored on a CoNLL corpus: tagged as enttag tags a
 * document, entities counted exactly (type and extent), P R F per type.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"
#include "xalloc.h"

/* Entities of a BILOU tag sequence, as (start, end, type) triples. */
static size_t
entities(const unsigned char *tags, size_t n, size_t *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		if (tags[i] == 0) {
			i++;
			continue;
		}
		if (ET_TAG_POS(tags[i]) == 0) {
			while (j < n && tags[j] && ET_TAG_POS(tags[j]) == 1 &&
			    ET_TAG_TYPE(tags[j]) == ET_TAG_TYPE(tags[i]))
				j++;
			if (j < n && tags[j] && ET_TAG_POS(tags[j]) == 2 &&
			    ET_TAG_TYPE(tags[j]) == ET_TAG_TYPE(tags[i]))
				j++;
		}
		out[3 * k] = i;
		out[3 * k + 1] = j;
		out[3 * k + 2] = (size_t)ET_TAG_TYPE(tags[i]);
		k++;
		i = j;
	}
	return k;
}

/* Sentence first + s of a corpus (et_sentence_fn). */
struct doc_at {
	const struct corpus *c;
	size_t first;
};

static void
doc_sentence(void *ctx, size_t s, const unsigned char **buf,
    const struct token **toks, size_t *n)
{
	const struct doc_at *d = ctx;
	size_t b = d->c->sent[d->first + s];

	*buf = d->c->text.p;
	*toks = d->c->toks + b;
	*n = d->c->sent[d->first + s + 1] - b;
}

/*
 * Scores the model on c, document by document; the headlines that open a
 * document are tagged again after the rest of it, as enttag does within
 * a paragraph (see et_headlines()).
 */
void
evaluate(
    struct et_tagger *tg, const struct corpus *c, struct counts *ct, FILE *dump)
{
	size_t *ge = NULL, *pe = NULL, cap = 0, pcap = 0;
	unsigned char *pred = NULL;

	memset(ct, 0, sizeof *ct);
	for (size_t d = 0; d < c->ndoc; d++) {
		size_t first = c->doc[d], last = c->doc[d + 1], held = first;
		size_t base = c->sent[first];

		et_tagger_reset(tg);
		if (c->sent[last] - base > pcap) {
			pcap = c->sent[last] - base;
			pred = xrealloc(pred, pcap);
		}
		held = first +
		    et_headlines(tg, last - first, doc_sentence,
		        &(struct doc_at){ c, first }, NULL);
		if (held > first)
			et_tagger_shadow(tg, ET_SHADOW_START);
		for (size_t k = first; k < last + (held - first); k++) {
			/* the document, then its headlines again */
			size_t s = k < last ? k : k - last + first;
			size_t b = c->sent[s], n = c->sent[s + 1] - b;
			struct et_entity *ents;
			unsigned char *tags;
			if (held > first && k == held)
				et_tagger_shadow(tg, ET_SHADOW_LEARN);
			if (held > first && k == last)
				et_tagger_shadow(tg, ET_SHADOW_USE);
			et_tag_sentence(
			    tg, c->text.p, c->toks + b, n, &ents, &tags);
			memcpy(pred + (b - base), tags, n);
		}
		et_tagger_shadow(tg, ET_SHADOW_END);
		for (size_t s = first; s < last; s++) {
			size_t b = c->sent[s], n = c->sent[s + 1] - b, ng, np;
			const unsigned char *tags = pred + (b - base);
			if (n * 3 > cap) {
				cap = n * 3;
				ge = xreallocarray(ge, cap, sizeof *ge);
				pe = xreallocarray(pe, cap, sizeof *pe);
			}
			if (dump != NULL) {
				for (size_t i = 0; i < n; i++) {
					const char *g = "O", *p = "O";
					const char pos[] = "BILU";
					unsigned char gt = c->gold[b + i],
					              pt = tags[i];
					fprintf(dump, "%.*s\t",
					    (int)(c->toks[b + i].end -
					        c->toks[b + i].start),
					    c->text.p + c->toks[b + i].start);
					if (gt)
						fprintf(dump, "%c-%s\t",
						    pos[ET_TAG_POS(gt)],
						    et_type_names[ET_TAG_TYPE(
						        gt)]);
					else
						fprintf(dump, "%s\t", g);
					if (pt)
						fprintf(dump, "%c-%s\n",
						    pos[ET_TAG_POS(pt)],
						    et_type_names[ET_TAG_TYPE(
						        pt)]);
					else
						fprintf(dump, "%s\n", p);
				}
				fputc('\n', dump);
			}
			ng = entities(c->gold + b, n, ge);
			np = entities(tags, n, pe);
			for (size_t i = 0; i < ng; i++)
				ct->gold[ge[3 * i + 2]]++;
			for (size_t i = 0; i < np; i++) {
				ct->pred[pe[3 * i + 2]]++;
				for (size_t j = 0; j < ng; j++)
					if (memcmp(pe + 3 * i, ge + 3 * j,
					        3 * sizeof *pe) == 0)
						ct->tp[pe[3 * i + 2]]++;
			}
		}
	}
	free(ge);
	free(pe);
	free(pred);
}

static void
prf(size_t tp, size_t g, size_t p, double *P, double *R, double *F)
{
	*P = p ? 100.0 * (double)tp / (double)p : 0;
	*R = g ? 100.0 * (double)tp / (double)g : 0;
	*F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
}

double
report(FILE *fp, const char *name, const struct counts *ct, int full)
{
	size_t tp = 0, g = 0, p = 0;
	double P, R, F;

	for (int t = 0; t < ET_NTYPES; t++) {
		tp += ct->tp[t];
		g += ct->gold[t];
		p += ct->pred[t];
		if (full) {
			prf(ct->tp[t], ct->gold[t], ct->pred[t], &P, &R, &F);
			fprintf(fp, "%s\t%s\t%.2f\t%.2f\t%.2f\t%zu\t%zu\n",
			    name, et_type_names[t], P, R, F, ct->gold[t],
			    ct->pred[t]);
		}
	}
	prf(tp, g, p, &P, &R, &F);
	fprintf(fp, "%s\t%s\t%.2f\t%.2f\t%.2f\t%zu\t%zu\n", name, "ALL", P, R,
	    F, g, p);
	return F;
}
