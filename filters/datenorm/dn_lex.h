/*
 * dn_lex.h - the names in datenorm's lexicon, the lists in lex/: each word's
 * class, value and flags.  build-aux/gen-lexicon compiles the lists into
 * dn_lexicon (see common/lexicon.h); the rules read a token's entry
 * through cls(), lval() and lflags() (engine.h).
 */
#ifndef DATENORM_DN_LEX_H
#define DATENORM_DN_LEX_H

#include "lexicon.h"

/* The class of a lexicon word. */
// clang-format off
enum cls {
	C_NONE, C_MONTH, C_WEEKDAY, C_NUMW, C_ORDW, C_LAST, C_UNIT, C_HALF,
	C_DAYREL, C_PARTDAY, C_NOON, C_SEASON, C_DECADEW, C_HOLIDAY, C_REF,
	C_REFNOUN, C_SETADJ, C_EVERY, C_TIMES, C_THE, C_A, C_PAST, C_PREV,
	C_NEXT, C_FOLLOWING, C_THIS, C_THAT, C_SAME, C_EARLY, C_EARLIER,
	C_AGO, C_BEFORE, C_POS, C_OF, C_PREP, C_AND, C_FISCAL, C_QUANT,
	C_APPROX, C_MORE, C_THAN, C_LEAST, C_STRAIGHT, C_AMPM, C_TZ,
	C_OCLOCK, C_THESE, C_RIGHT, C_LONG, C_BEING, C_TIMEW, C_FUT, C_PASTV,
	C_DAYNAME
};

/* The value of a unit word (C_UNIT). */
enum unit {
	U_NONE, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT,
	U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM
};

/* General references (C_REF, C_REFNOUN): PRESENT_REF, PAST_REF, ... */
enum { R_PRESENT, R_PAST, R_FUTURE };

/* The lexicon value of a preposition (C_PREP). */
enum prep {
	P_IN = 1, P_ON, P_AT, P_SINCE, P_BY, P_UNTIL, P_DURING, P_FROM, P_TO,
	P_BETWEEN, P_THROUGH, P_FOR, P_WITHIN, P_THROUGHOUT
};

/* Parts of the day (C_PARTDAY): index TMO TAF TEV TNI. */
enum { PD_MORNING = 1, PD_AFTERNOON, PD_EVENING, PD_NIGHT };

/* C_AND: "and" or "or"; C_QUANT: "several" (unknown) or "couple" (2);
 * C_FISCAL: "fiscal" or "FY"; C_EVERY: "every" or "per"; C_ORDW "final" */
enum { CONJ_AND, CONJ_OR };
enum { QUANT_SOME = 0, QUANT_COUPLE = 2 };
enum { FISCAL_WORD, FISCAL_FY };
enum { EVERY_EACH, EVERY_PER };
#define ORD_FINAL 99

/* lexicon flags */
#define F_CAP     0x01	/* needs a capital: "May", "March" */
#define F_ABBR    0x02	/* abbreviation: "Jan", "Sept" */
#define F_PL      0x04	/* plural: "years" */
#define F_TENS    0x08	/* "twenty": may take "-five" */
#define F_MULT    0x10	/* "hundred" */
#define F_ADJONLY 0x20	/* "single", "current": not a head on its own */
#define F_UNIT2   0x40	/* "second": also a unit */
#define F_WEAK    0x80	/* common in other senses: needs more context */
#define F_NIGHT   0x100	/* "tonight" */
#define F_DST     0x200	/* a zone an hour ahead in US summer: "ET" */
// clang-format on

extern const struct lexicon dn_lexicon;

#endif
