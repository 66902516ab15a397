/* lexdefs.h - the flags and classes of the test lexicons (test_lexicon.c,
 * made by build-aux/gen-lexicon from tests/unit/lex-*.lst). */
#ifndef TEST_LEXDEFS_H
#define TEST_LEXDEFS_H
#include "lexicon.h"

enum { TL_VERB = 1 << 0, TL_CAP = 1 << 1, TL_ABBR = 1 << 2, TL_NAME = 1 << 3 };
enum { TL_MONTH = 1, TL_UNIT = 2 };

extern const struct lexicon test_lex, test_lex_empty;
extern const struct lex_shape test_shape_verb; /* gen-lexicon -s */

#endif
