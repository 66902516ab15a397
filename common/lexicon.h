/* lexicon.h - the tree's one lexicon mechanism: words with flags, a small
 * integer value and a class, looked up by the bytes of a token.
 *
 * A lexicon is an open-addressing hash table (linear probing, at most half
 * full) laid out at build time by build-aux/gen-lexicon from data files, so
 * a compiled-in lexicon is a const object: no start-up hashing, no global
 * mutable state.  lexicon_load() builds the same table at run time from a
 * list file (sentsplit -a).
 *
 * Words are stored ASCII lower case; look-ups fold ASCII case ("INC",
 * "Inc" and "inc" find "inc").  Bytes >= 0x80 are compared as they are, so
 * UTF-8 words ("café", "señor") are entries too, matched exactly.  A word
 * may hold spaces ("New York") if the caller looks up such spans.
 *
 * Declaring a lexicon in a filter
 * -------------------------------
 * Data file (one entry a line, '#' at the start of a line is a comment,
 * blank lines skipped, fields separated by TABs, surrounding blanks
 * trimmed; every field after the word may be left out or written '-'):
 *
 *	word	FLAGS	VALUE	CLASS
 *	said	VERB
 *	march	MONTH|CAP	3
 *
 * FLAGS is a '|'-separated list of names (or numbers); gen-lexicon puts
 * the prefix of -p before each name and writes the expression into C, so
 * the names are the filter's own constants.  VALUE and CLASS are numbers
 * or names (prefixed the same way).  A word in several files (or lines)
 * gets the union of their flags; its values and classes must agree.
 *
 * Makefile rule (filters/NAME/local.mk):
 *
 *	qp_lexfiles = filters/quotepull/lex/verbs.lst ...
 *	filters/quotepull/qp_lexdata.c: $(qp_lexfiles) \
 *	    build-aux/gen-lexicon$(EXEEXT)
 *		$(AM_V_GEN)(cd $(srcdir) && $(GEN_LEXICON) -i qp_lex.h \
 *		    -p QL_ -l qp_lexicon \
 *		    -f VERB filters/quotepull/lex/verbs.lst \
 *		    -f TITLE filters/quotepull/lex/titles.lst) > $@-t && \
 *		mv $@-t $@
 *	nodist_quotepull_SOURCES = filters/quotepull/qp_lexdata.c
 *	CLEANFILES += filters/quotepull/qp_lexdata.c
 *	EXTRA_DIST += $(qp_lexfiles)
 *	quotepull_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/quotepull
 *
 * (the last line lets the generated file, in the build tree, find the
 * header in the source tree: make distcheck builds apart).
 * and a header (here qp_lex.h) defining QL_VERB, QL_TITLE ... and
 * declaring `extern const struct lexicon qp_lexicon;`.  gen-lexicon's
 * options, read in order: -i HEADER (#include it), -p PREFIX, -l NAME
 * (the files after it make lexicon NAME), -f FLAGS (default flags of the
 * files after it, added to each line's own).  A file given before any -l
 * makes a lexicon of its own, lex_BASENAME (common/lex/abbrev.lst makes
 * lex_abbrev).
 *
 * Look-up cost: a length and first-byte filter rejects most words with no
 * hashing; then one FNV-1a pass over the word and, on average, one or two
 * slots read. */
#ifndef NU_LEXICON_H
#define NU_LEXICON_H
#include <stddef.h>
#include <stdint.h>

#define LEX_MAXWORD 255 /* longer words are in no lexicon */

struct lex_slot {
	uint32_t hash;  /* lexicon_hash() of the word */
	uint32_t word;  /* offset of the word (NUL-terminated) in words[] */
	uint32_t flags; /* the filter's flag bits */
	int32_t value;  /* a small number: a month's 3, a digit's 7 */
	uint16_t cls;   /* the filter's class of the word, or 0 */
	uint8_t len;    /* the word's length in bytes; 0: an empty slot */
};

/* The fields are the table's; read them through the functions below. */
struct lexicon {
	const struct lex_slot *slot;
	size_t mask;       /* slots - 1: a power of two less one */
	const char *words; /* the words, lower case, NUL after each */
	size_t n;          /* entries */
	uint64_t lens;     /* bit k: an entry of k bytes (k >= 63: bit 63) */
	uint32_t first[8]; /* bit c: an entry whose first byte is c */
};

/* The entry for s[0..n) (ASCII case folded), or NULL.  lx may be NULL. */
const struct lex_slot *lexicon_find(
    const struct lexicon *lx, const unsigned char *s, size_t n);

/* Is s[0..n) an entry? */
int lexicon_has(const struct lexicon *lx, const unsigned char *s, size_t n);

/* The flags of s[0..n), 0 when it is no entry. */
uint32_t lexicon_flags(
    const struct lexicon *lx, const unsigned char *s, size_t n);

/* The entry's word, lower case, NUL-terminated. */
const char *lexicon_word(const struct lexicon *lx, const struct lex_slot *e);

/* Walk the entries, in no particular order: start with *it = 0; NULL at
 * the end. */
const struct lex_slot *lexicon_next(const struct lexicon *lx, size_t *it);

/* Load a list file into *lx: one word a line, '#' comment lines and blank
 * lines skipped, blanks around the word trimmed, anything after a TAB
 * ignored.  With LEX_LOAD_DROP_PERIOD a final period is dropped ("Inc."
 * and "Inc" are the same entry: abbreviation lists).  Every entry gets
 * flags.  Returns 0, or -1 with errno set (EINVAL: a word longer than
 * LEX_MAXWORD).  lexicon_free() releases it. */
#define LEX_LOAD_DROP_PERIOD 0x1
int lexicon_load(
    struct lexicon *lx, const char *path, uint32_t flags, unsigned opts);
void lexicon_free(struct lexicon *lx);

/* For building tables (gen-lexicon, lexicon_load): the hash of s[0..n)
 * folded to ASCII lower case, and the slot where that word is, or the
 * empty slot where it would go. */
uint32_t lexicon_hash(const unsigned char *s, size_t n);
size_t lexicon_probe(const struct lex_slot *slot, size_t mask,
    const char *words, const unsigned char *s, size_t n, uint32_t hash);

/* The compiled-in lists of common/lex/ and their flags */
#define LEXF_NUMSIGN 0x1 /* abbrev_title: a title only before a figure */
extern const struct lexicon lex_abbrev, lex_abbrev_title, lex_after_time,
    lex_signoff, lex_starters;

#endif
