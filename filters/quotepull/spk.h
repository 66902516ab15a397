/* spk.h: what the speaker rules of speaker.c and pronouns.c share: the
 * rule type, what a rule says, and the look-ups both use. */
#ifndef QP_SPK_H
#define QP_SPK_H
#include "engine.h"

enum { SPK_NEXT, SPK_ENT, SPK_DONE };

typedef int speaker_rule(struct qp_engine *, struct quote *, int mi, int *ent);

/* The speaker is the words [a, b) as written, the mention those of mi. */
static inline void
speaker_span(struct qp_engine *e, struct quote *q, int mi, int a, int b)
{
	const struct mention *m = &e->men[mi];

	q->men = mi;
	q->ent = NO;
	q->mtx = qp_ob_span(e, m->ts, m->te, &q->mtx_len);
	q->spk = qp_ob_span(e, a, b, &q->spk_len);
	q->have_spk = 1;
}

/* the rules for a pronoun, in order (pronouns.c) */
extern speaker_rule *const qp_pron_rules[];
/* the entity a role phrase names ("the spokeswoman"), or NO */
int qp_resolve_role(struct qp_engine *e, int mi);
/* the organisation named last, or NO (recent: among the last twenty
 * mentions) */
int qp_last_organisation(const struct qp_engine *e, int recent);

#endif
