/* lexicon.h - word lists compiled in from common/lex/ *.lst and the
 * filters' own lists (build-aux/gen-lexicon), or loaded at run time.
 * Entries are ASCII lower case, sorted in byte order; look-ups fold ASCII
 * case. */
#ifndef NU_LEXICON_H
#define NU_LEXICON_H
#include <stddef.h>

struct lexicon {
	const char *const *words;
	size_t n;
};

/* Is s[0..n) (ASCII case folded) an entry? */
int lexicon_has(const struct lexicon *lx, const unsigned char *s, size_t n);

/* Load a list file in the .lst format into *lx.  Returns 0, or -1 with
 * errno set.  lexicon_free() releases it. */
int lexicon_load(struct lexicon *lx, const char *path);
void lexicon_free(struct lexicon *lx);

/* The compiled-in lists of common/lex/ */
extern const struct lexicon lex_abbrev, lex_abbrev_title, lex_starters;

#endif
