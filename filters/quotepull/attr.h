/* attr.h: what the attribution rules of attribution.c and before.c
 * share: the quotation they look at and what they found. */
#ifndef QP_ATTR_H
#define QP_ATTR_H
#include <stddef.h>

#include "engine.h"

/* What the rules know of the quotation and what they found. */
struct attr {
	size_t qi;
	struct quote *q;
	int sent;     /* the sentence of the opening mark */
	int ss, se;   /* the tokens of its sentence(s), [ss, se) */
	int prevq;    /* a kept quotation before it in the sentence, or NO */
	int stop;     /* looking back stops here: after prevq, or at ss */
	int men;      /* the speaker mention found, or NO */
	int cue;      /* the cue token, or NO */
	int adjacent; /* the cue stands by the quotation */
};

static inline void
found(struct attr *a, int men, int cue, int adjacent)
{
	a->men = men;
	a->cue = cue;
	a->adjacent = adjacent;
}

/* The cue before the quotation: a scan back from the opening mark
 * (before.c). */
int qp_before_quote(struct qp_engine *e, struct attr *a);

#endif
