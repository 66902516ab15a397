/*
 * datenorm engine: finds temporal expressions in a paragraph's text and
 * normalizes them to TimeML TIMEX3 types and values.  No I/O.
 *
 * Use: dn_new(); dn_set_ref() once (or per document); dn_scan() on each
 * paragraph's text, in order; dn_reset_doc() at each document end, which
 * forgets the document's date and the dates it talked about.
 *
 * Deictic expressions ("today", "last year") resolve against the --ref
 * date, else the document's date: dn_set_doc_date(), or the first full
 * date of its first paragraphs written as a dateline ("Friday, January
 * 4, 2019" on a line of its own, "LONDON, January 4, 2019 -- ").
 * Anaphoric ones ("the day before") against the last date mentioned.
 */
#ifndef DATENORM_H
#define DATENORM_H

#include <stddef.h>

enum dn_type { DN_DATE, DN_TIME, DN_DURATION, DN_SET };

#define DN_VALUE_MAX 32

/* TimeML's mod: what the text says of the value ("early 2013" START,
 * "about three years" APPROX, "more than a decade" MORE_THAN). */
enum dn_mod {
	DN_MOD_NONE,
	DN_MOD_START,
	DN_MOD_MID,
	DN_MOD_END,
	DN_MOD_APPROX,
	DN_MOD_LESS_THAN,
	DN_MOD_MORE_THAN,
	DN_MOD_EQUAL_OR_LESS,
	DN_MOD_EQUAL_OR_MORE
};

/* What a value was worked out from (TimeML's temporalFunction and
 * anchorTimeID): nothing, the text gives it whole ("May 9, 2013", "six
 * months"); the document's date ("yesterday", "in June": TimeML's t0); an
 * expression before it ("the day before", "17" of "March 15 to 17"). */
enum dn_anchor { DN_ANCHOR_NONE, DN_ANCHOR_DOC, DN_ANCHOR_EXPR };

/* One expression: byte offsets into the scanned text, end exclusive. */
struct dn_timex {
	size_t start, end;
	enum dn_type type;
	char value[DN_VALUE_MAX];
	unsigned char dct;    /* the document's date was read from it */
	unsigned char mod;    /* enum dn_mod */
	unsigned char anchor; /* enum dn_anchor */
	size_t seq;           /* its number in the document, from 1 */
	size_t anchor_seq;    /* DN_ANCHOR_EXPR: the seq of that one */
};

struct dn_engine;

struct dn_engine *dn_new(void);
void dn_free(struct dn_engine *);

/* The anchor for deictic expressions; y == 0 removes it (narrative mode). */
void dn_set_ref(struct dn_engine *, int y, int m, int d);

/* The document's date (a TimeML DCT, a record's date field); y == 0: none
 * yet, the text's dateline may give it.  Call after dn_reset_doc(). */
void dn_set_doc_date(struct dn_engine *, int y, int m, int d);

/* The document's date, known before its dateline is scanned (a title
 * above the dateline: "Storm hits coast today" then "Friday, January 4,
 * 2019"): it anchors what comes first, and the dateline, when scanned,
 * is still marked (dct).  Call after dn_reset_doc(). */
void dn_set_doc_date_ahead(struct dn_engine *, int y, int m, int d);

/* The document's date in use (--ref's or the document's): 0 if none. */
int dn_doc_date(const struct dn_engine *, int *y, int *m, int *d);

/* Forget the per-document state (anchor from the text, last date seen). */
void dn_reset_doc(struct dn_engine *);

/* on != 0: tokenize every paragraph that may hold an expression whole,
 * not only the words around its figures and head words.  The expressions
 * are the same either way (it is slower): for tests. */
void dn_set_whole(struct dn_engine *, int on);

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

/* "START", "APPROX", ...; NULL for DN_MOD_NONE. */
const char *dn_mod_name(enum dn_mod);

#endif
