/* utf8.h - UTF-8 decoding and character classes.
 * ASCII is answered from a table; utf8proc is consulted only for code
 * points >= 0x80.  Invalid bytes decode as U8_INVALID, length 1, and
 * belong to no class (they are non-letters). */
#ifndef NU_UTF8_H
#define NU_UTF8_H
#include <stddef.h>
#include <stdint.h>

#define U8_INVALID ((int32_t)-1)

/* Decode the code point at s[0..n), n >= 1; store it in *cp and return its
 * length (1 for an invalid or truncated sequence, with *cp = U8_INVALID). */
size_t u8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Decode the code point that ends just before s[i]; return its start. */
size_t u8_prev(const unsigned char *s, size_t i, int32_t *cp);
/* Encode cp into out (4 bytes room); return the length. */
size_t u8_encode(int32_t cp, unsigned char *out);
/* Length of the longest valid UTF-8 prefix of s[0..n).  A sequence cut by
 * the end of the buffer counts as invalid only when last is true (no more
 * input follows). */
size_t u8_valid_prefix(const unsigned char *s, size_t n, int last);

int u8_isalpha(int32_t cp); /* letters (L*) */
int u8_isalnum(int32_t cp); /* letters, marks, digits (N*) */
int u8_isupper(int32_t cp); /* Lu, Lt */
int u8_islower(int32_t cp); /* Ll */
int u8_isdigit(int32_t cp); /* Nd */
int u8_isspace(int32_t cp); /* ASCII white space, Zs, Zl, Zp, NEL */
int u8_ismark(int32_t cp);  /* M* (combining) */
int u8_issterm(int32_t cp); /* Unicode Sentence_Terminal */
int u8_isopen(int32_t cp);  /* Ps, Pi and the ASCII quotes */
int u8_isclose(int32_t cp); /* Pe, Pf and the ASCII quotes */
int u8_isdash(int32_t cp);  /* Pd */
int32_t u8_tolower(int32_t cp);
int32_t u8_toupper(int32_t cp);

/* All the classes of a code point from one look-up, for tokenizers that
 * ask several questions of each character.  U+00A0 (no-break space) and
 * the other Zs are U8_SPACE, as everywhere in the tree: "May\u00A09"
 * is two words. */
#define U8_ALPHA 0x001 /* L* */
#define U8_UPPER 0x002 /* Lu, Lt */
#define U8_LOWER 0x004 /* Ll */
#define U8_DIGIT 0x008 /* Nd */
#define U8_NUM 0x010   /* N* (digits, "½", "Ⅻ") */
#define U8_MARK 0x020  /* M* */
#define U8_SPACE 0x040 /* as u8_isspace() */
#define U8_PUNCT 0x080 /* P* */
#define U8_DASH 0x100  /* Pd */
#define U8_APOS 0x200  /* ' and U+2019, the apostrophes */
#define U8_WORD (U8_ALPHA | U8_NUM | U8_MARK) /* inside a word */
unsigned u8_class(int32_t cp);

/* Decode the character at s[0..n), n >= 1, and give its classes; returns
 * its length.  Invalid bytes: length 1, no class. */
size_t u8_class_at(const unsigned char *s, size_t n, unsigned *cls);

/* Length of the apostrophe (' or U+2019 ’) at s[i..n), or 0: "Ren’s" and
 * "Ren's" are the same word to every filter. */
size_t u8_apos_at(const unsigned char *s, size_t n, size_t i);

#endif
