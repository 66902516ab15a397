/* segscan.h - the segmenter's internals, shared by segment.c and
 * segword.c (does a run of terminators end a sentence?), segscan.c
 * (where the candidates are) and segstarts.c and segdates.c (sentences
 * that start with no terminator before them: list items, headlines and
 * table rows, e-mail headers, sign-offs, datelines).
 * Filters call segment.h, not this. */
#ifndef NU_SEGSCAN_H
#define NU_SEGSCAN_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "segment.h"
#include "utf8.h"

/* What a byte may be a candidate for (seg_cand_byte[]), and the lists of
 * struct cands it goes in:
 *   SC_TERM  starts a terminator: . ! ? and the UTF-8 lead bytes of the
 *            Sentence_Terminal characters and of '…' (see sterm.tab)
 *   SC_LIST  ends a list marker ("1." "a)") or starts a bullet
 *   SC_WEB   what web_starts() looks at: ':' of a clock time or a URL,
 *            '@' of an e-mail address, '=' '*' '_' of a separator line,
 *            '>' of an attachment's "<< >>", ':' ';' of an emoticon, '\''
 *            of a pronoun's contraction ("They've"), and
 *            the ASCII terminators (a sign-off after a sentence)
 *   SC_LINE  '\n': whether a paragraph has lines to look at, known
 *            without another pass over it (line_starts) */
enum { SC_TERM = 1, SC_LIST = 2, SC_WEB = 4, SC_LINE = 8 };
extern const unsigned char seg_cand_byte[256];

/* The positions of the candidate bytes of a paragraph, found in one pass
 * (SSE2 or eight bytes at a time over the runs of other bytes): for each
 * class of seg_cand_byte[] the list of its bytes, in order, so that each
 * reader walks only the bytes it looks at. */
struct cands {
	/* SC_TERM, SC_LIST, SC_WEB, SC_LINE */
	size_t *term, *list, *web, *line;
	size_t nterm, nlist, nweb, nline;
	size_t cap; /* room in each list */
	size_t local[4 * 128];
};
void find_cands(const unsigned char *s, size_t n, struct cands *c);
void cands_free(struct cands *c);

/* Is s[i] white space (ASCII or Unicode, U+00A0 too)?  *len: its length. */
static inline int
seg_space_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	if (s[i] < 0x80) {
		*len = 1;
		return s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
		    s[i] == '\r' || s[i] == '\f' || s[i] == '\v';
	}
	*len = u8_decode(s + i, n - i, &cp);
	return u8_isspace(cp);
}

/* The first position from i on that is no white space. */
static inline size_t
seg_skip_space(const unsigned char *s, size_t n, size_t i)
{
	size_t l;

	while (i < n && seg_space_at(s, n, i, &l))
		i += l;
	return i;
}

/* Opening quote or bracket at s[i]: its length, or 0. */
static inline size_t
seg_opener_at(const unsigned char *s, size_t n, size_t i)
{
	int32_t cp;
	size_t l;

	if (s[i] < 0x80)
		return (s[i] == '"' || s[i] == '\'' || s[i] == '(' ||
		           s[i] == '[' || s[i] == '{' || s[i] == '`')
		    ? 1
		    : 0;
	l = u8_decode(s + i, n - i, &cp);
	return (u8_isopen(cp) || cp == 0x00AB || cp == 0x201E || cp == 0x201A)
	    ? l
	    : 0;
}

/* The length of the dash at s[i], "-", "--", "–" or "—"; 0 if none. */
static inline size_t
seg_dash_len(const unsigned char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '-')
		return i + 1 < n && s[i + 1] == '-' ? 2 : 1;
	if (n - i >= 3 && s[i] == 0xE2 && s[i + 1] == 0x80 &&
	    (s[i + 2] == 0x93 || s[i + 2] == 0x94))
		return 3;
	return 0;
}

/* An emoticon at s[i] followed by white space or the end: ":)", ";-)",
 * ":(", "=)", ":D", "^_^", "<3"; returns its length or 0.  A small table
 * here, not a lexicon file (common/lexicon.h): its entries are matched
 * case for case (":D", "xD" are emoticons, ":d", "xd" are not) where a
 * lexicon folds case, they are runs of marks up to the white space, not
 * the tokenizer's words, and the switch on the first byte turns away
 * almost every position before the table is read. */
static inline size_t
seg_emoticon_len(const unsigned char *s, size_t n, size_t i)
{
	// clang-format off
	static const char *const emo[] = {
		":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", "^_^", "^^", "<3",
		":)", ":(", ";)", ":D", ":P", ":p", "=)", "=(", ":/", ":o", ":O", "xD", "XD",
	};
	// clang-format on
	size_t k;

	switch (s[i]) {
	case ':':
	case ';':
	case '=':
	case '^':
	case '<':
	case 'x':
	case 'X':
		break;
	default:
		return 0;
	}
	for (k = 0; k < sizeof emo / sizeof emo[0]; k++) {
		size_t l = strlen(emo[k]);
		if (n - i >= l && memcmp(s + i, emo[k], l) == 0 &&
		    (i + l == n || s[i + l] == ' ' || s[i + l] == '\n' ||
		        s[i + l] == '\t' || s[i + l] == '\r'))
			return l;
	}
	return 0;
}

/* The flags of s[a..z) in lex_segwords (common/lex/: credits, date_ties,
 * days, enum_ties, mail_fields, months), s[0..n) the text: a key, the
 * Bloom filter (most words are in no list), then one probe. */
static inline uint32_t
seg_word_flags(const unsigned char *s, size_t n, size_t a, size_t z)
{
	struct lex_key k;

	if (!lex_key_make(&k, s + a, z - a, s + n))
		return 0;
	return lexicon_maybe(&lex_segwords, &k)
	    ? lexicon_key_flags(&lex_segwords, &k)
	    : 0;
}

/* Append a sentence start at p, once */
static inline void
seg_push_start(struct spanvec *starts, size_t p)
{
	if (starts->n == 0 || starts->v[starts->n - 1].start != p)
		spanvec_push(starts, p, p);
}

/* A list bullet at s[i] (• ‣ ◦ ▪ ● ⁃): its length, or 0. */
size_t seg_bullet_at(const unsigned char *s, size_t n, size_t i);

/* Forced sentence starts, appended to starts in order (segstarts.c;
 * dateline_starts() in segdates.c). */
void list_starts(const unsigned char *s, size_t n, const struct cands *cd,
    struct spanvec *starts);
void line_starts(const unsigned char *s, size_t n, const struct cands *cd,
    struct spanvec *starts);
void web_starts(const unsigned char *s, size_t n, const struct cands *cd,
    struct spanvec *starts);
void dateline_starts(const unsigned char *s, size_t n, struct spanvec *starts);

#endif
