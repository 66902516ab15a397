/* names.h: between the name index (index.c) and the registration of
 * names (names.c). The look-ups the other files use are in engine.h. */
#ifndef QP_NAMES_H
#define QP_NAMES_H

#include "engine.h"

/* Copy s[0..n) (ASCII lower case with lower) into the document's arena,
 * NUL-terminated; its offset. */
size_t qp_arena_put(
    struct qp_engine *, const unsigned char *s, size_t n, int lower);

/* The entity of name mention m, found or added (index.c), or NO. */
int qp_name_entity(struct qp_engine *, const struct mention *m);

/* "the National Transportation Safety Board (NTSB)": the letters in
 * brackets after token ne - 1 name entity ent too. */
void qp_acronym_alias(struct qp_engine *, int ent, int ne);

#endif
