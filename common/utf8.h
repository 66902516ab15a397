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
 * the end of the buffer counts as invalid only when final is true. */
size_t u8_valid_prefix(const unsigned char *s, size_t n, int final);

int u8_isalpha(int32_t cp);	/* letters (L*) */
int u8_isalnum(int32_t cp);	/* letters, marks, digits (N*) */
int u8_isupper(int32_t cp);	/* Lu, Lt */
int u8_islower(int32_t cp);	/* Ll */
int u8_isdigit(int32_t cp);	/* Nd */
int u8_isspace(int32_t cp);	/* ASCII white space, Zs, Zl, Zp, NEL */
int u8_ismark(int32_t cp);	/* M* (combining) */
int u8_issterm(int32_t cp);	/* Unicode Sentence_Terminal */
int u8_isopen(int32_t cp);	/* Ps, Pi and the ASCII quotes */
int u8_isclose(int32_t cp);	/* Pe, Pf and the ASCII quotes */
int u8_isdash(int32_t cp);	/* Pd */
int32_t u8_tolower(int32_t cp);
int32_t u8_toupper(int32_t cp);

#endif
