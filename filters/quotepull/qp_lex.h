/* qp_lex.h: the flags of quotepull's compiled-in lexicon (speech verbs,
 * titles, role nouns, pronouns, given names, ...), the names its list files
 * in filters/quotepull/lex use without the QL_ prefix. */
#ifndef QP_LEX_H
#define QP_LEX_H

#include "lexicon.h"

enum {
	QL_VERB = 1u << 0,   /* speech verb: said, told, tweeted */
	QL_CALL = 1u << 1,   /* naming verb: called, dubbed */
	QL_PREP = 1u << 2,   /* preposition */
	QL_DET = 1u << 3,    /* determiner opening a role phrase */
	QL_INDEF = 1u << 4,  /* indefinite: a, one, another */
	QL_PRON = 1u << 5,   /* subject pronoun */
	QL_TITLE = 1u << 6,  /* stands before a name: COO, coach, Mr */
	QL_ROLE = 1u << 7,   /* heads a speaker phrase: senator, passenger */
	QL_ORGISH = 1u << 8, /* a group or organisation: police, company */
	QL_FEM = 1u << 9,
	QL_MASC = 1u << 10,
	QL_PLURAL = 1u << 11,
	QL_ORGWORD = 1u << 12, /* ends an organisation name: International */
	QL_STOPCAP = 1u << 13, /* capitalised but not a name: The, Monday */
	QL_GIVEN = 1u << 14,   /* a given name */
	QL_ABBR = 1u << 15,    /* abbreviation taking a period: Dr., Inc. */
	QL_CONJ = 1u << 16,    /* opens a clause: while, and, which */
	QL_COMMON = 1u << 17,  /* a common lower-case word: so, now */
	QL_POSTNOM = 1u << 18, /* after a name, no part of it: QC, Jr */
	QL_DOC = 1u << 19,   /* a text that speaks for its author: statement */
	QL_THING = 1u << 20, /* ends the name of a thing: Act, Bridge */
	QL_THINGSTART = 1u << 21, /* opens it: Hurricane */
	QL_THINGNOUN = 1u << 22,  /* names a thing before its name: ship */
	QL_ARTICLE = 1u << 23,    /* an article of another language: le, el */
	QL_STATUS = 1u << 24,     /* a title's tenure or rank: former, acting */
	QL_CARRIER = 1u << 25,    /* carries a text: banner, sign, t-shirt */
	QL_CARDINAL = 1u << 26,   /* a number word: forty, dozens */
	QL_GENORG = 1u << 27,     /* any organisation: company, agency */
	QL_RANK = 1u << 28,       /* another office of the title: deputy */
	QL_SUBORD = 1u << 29,     /* opens a subordinate clause: when */
	QL_TERMNOUN = 1u << 30    /* names what follows: slogan, titled */
};

/* The lexicon of the files in filters/quotepull/lex, compiled in by
 * build-aux/gen-lexicon (common/lexicon.h): look a word up with
 * qp_lex_flags() (engine.h). */
extern const struct lexicon qp_lexicon;

/* The shapes of its words that may have these flags (common/lexicon.h):
 * most words fail them at no hashing cost ("said." is no abbreviation). */
extern const struct lex_shape qp_shape_pronrole, /* QL_PRON | QL_ROLE */
    qp_shape_abbr;                               /* QL_ABBR */

#endif
