/* qp_lex.h: quotepull's compiled-in lexicons (speech verbs, titles, role
 * nouns, pronouns, given names, ...), looked up by lower-case word. */
#ifndef QP_LEX_H
#define QP_LEX_H

#include <stddef.h>
#include <stdint.h>

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
	QL_THINGNOUN = 1u << 22   /* names a thing before its name: ship */
};

struct qp_lexent {
	const char *word;
	uint32_t flags;
};

extern const struct qp_lexent qp_lexdata[];
extern const size_t qp_lexdata_len;

struct qp_lex;

struct qp_lex *qp_lex_new(void);
void qp_lex_free(struct qp_lex *);
/* Flags of the word s[0..n), compared case-insensitively (ASCII); 0 if
 * absent. */
uint32_t qp_lex_get(const struct qp_lex *, const unsigned char *s, size_t n);
/* Might the word have one of the flags of qp_lex_small[which]? 0 means
 * surely not; cheaper than qp_lex_get (a small filter, no table). */
enum { QL_SMALL_PRONROLE, QL_SMALL_ABBR, QL_NSMALL };
extern const uint32_t qp_lex_small[QL_NSMALL];
int qp_lex_maybe(
    const struct qp_lex *, int which, const unsigned char *s, size_t n);

#endif
