/*
 * datenorm engine: finds temporal expressions in a paragraph's text and
 * normalizes them to TimeML TIMEX3 types and values.  No I/O.
 *
 * Use: dn_new(); dn_set_ref() once (or per document); dn_scan() on each
 * paragraph's text, in order; dn_reset_doc() at each document end, which
 * forgets the narrative anchor (the last absolute date seen).
 */
#ifndef DATENORM_H
#define DATENORM_H

#include <stddef.h>

enum dn_type { DN_DATE, DN_TIME, DN_DURATION, DN_SET };

#define DN_VALUE_MAX 32

/* One expression: byte offsets into the scanned text, end exclusive. */
struct dn_timex {
	size_t start, end;
	enum dn_type type;
	char value[DN_VALUE_MAX];
};

struct dn_engine;

struct dn_engine *dn_new(void);
void dn_free(struct dn_engine *);

/* The anchor for deictic expressions; y == 0 removes it (narrative mode). */
void dn_set_ref(struct dn_engine *, int y, int m, int d);

/* Forget the per-document state (anchor from the text, last date seen). */
void dn_reset_doc(struct dn_engine *);

/*
 * Scan one paragraph; *out points to the expressions found, in text order,
 * valid until the next call.  Returns their number.
 */
size_t dn_scan(struct dn_engine *, const unsigned char *text, size_t len,
    const struct dn_timex **out);

/*
 * Parse a reference date: YYYY-MM-DD, optionally followed by a time
 * (THH:MM[:SS][zone]), which is ignored.  Returns 0 and fills y m d if it
 * is a valid calendar date, else -1.
 */
int dn_parse_ref(const char *s, int *y, int *m, int *d);

const char *dn_type_name(enum dn_type);

#endif
