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
 * files after it, added to each line's own), -s SHAPE=FLAGS (a struct
 * lex_shape named SHAPE over the lexicon's words with any of FLAGS, to
 * declare `extern const struct lex_shape SHAPE;` in the header).  A file
 * given before any -l makes a lexicon of its own, lex_BASENAME
 * (common/lex/abbrev.lst makes lex_abbrev).
 *
 * So a filter's word classes are all flags of one lexicon, each list file
 * giving its words one (-f): a new class of words is a list, a flag in the
 * header and one -f in the rule, and every look-up of the word returns it
 * with the others at no extra cost.
 *
 * Look-up cost: lexicon_find(): a length and first-byte filter rejects
 * most words with no hashing; then one FNV-1a pass over the word and, on
 * average, one or two slots read.  lexicon_lookup(), for a filter's inner
 * loop: a word of LEX_KEYLEN bytes or fewer is read in two 8-byte loads,
 * folded and hashed at once (struct lex_key), and found with one probe of
 * a perfect-hash index that gen-lexicon lays out at build time: no loop
 * and no branch on whether the word is there.  lexicon_maybe() asks the
 * lexicon's Bloom filter (3 bits a word, 12 bits a word of room) first,
 * for a large lexicon whose index would not stay in the cache: most words
 * of a text are in no list ("Washington", "tweeted"), and a few KB say so;
 * lexicon_key_flags() reads the flags from an array beside the index, not
 * from the slots; a struct lex_memo (lexicon_memo_flags()) keeps the
 * answers for the few hundred words a text repeats; words longer than
 * LEX_KEYLEN are listed apart (lexicon_long_flags()).  A struct lex_shape
 * tells, with no hashing, that a word surely has none of some flags. */
#ifndef NU_LEXICON_H
#define NU_LEXICON_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define LEX_MAXWORD 255 /* longer words are in no lexicon */

struct lex_slot {
	uint32_t hash;  /* lexicon_hash() of the word */
	uint32_t word;  /* offset of the word (NUL-terminated) in words[] */
	uint32_t flags; /* the filter's flag bits */
	int32_t value;  /* a small number: a month's 3, a digit's 7 */
	uint16_t cls;   /* the filter's class of the word, or 0 */
	uint8_t len;    /* the word's length in bytes; 0: an empty slot */
};

/* One place of the perfect-hash index: a word's key (struct lex_key) and
 * its slot. */
struct lex_ix {
	uint64_t w[2];
	uint32_t slot; /* its lex_slot + 1; 0: an empty place */
	uint16_t len;
	uint16_t cls; /* its lex_slot's cls, at hand */
};

/* An entry of more than LEX_KEYLEN bytes ("software-as-a-service"),
 * which the index does not hold. */
struct lex_long {
	const char *word; /* lower case */
	uint32_t len;     /* 0: the end of the list */
	uint32_t flags;
};

/* The fields are the table's; read them through the functions below. */
struct lexicon {
	const struct lex_slot *slot;
	size_t mask;       /* slots - 1: a power of two less one */
	const char *words; /* the words, lower case, NUL after each */
	size_t n;          /* entries */
	uint64_t lens;     /* bit k: an entry of k bytes (k >= 63: bit 63) */
	uint32_t first[8]; /* bit c: an entry whose first byte is c */
	/* the words of LEX_KEYLEN bytes or fewer, by their keys: */
	const uint64_t *bloom;   /* their Bloom filter, 2^bloom_bits bits */
	const uint16_t *seed;    /* per bucket (the hash's top seed_bits),
	                         * the seed that places its words in ix */
	const struct lex_ix *ix; /* 2^ix_bits places; NULL: no index */
	uint8_t bloom_bits, seed_bits, ix_bits;
	const uint32_t *ix_flags;     /* the flags of the entry at each place of
	                           * ix (0: none there); NULL when ix is */
	const struct lex_long *longw; /* the entries of more than LEX_KEYLEN
	                               * bytes; NULL: not listed apart */
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

/*
 * The fast look-up.  A word's key: its bytes folded to ASCII lower case
 * in w[], zero after the word, and their hash; only for words of 1 to
 * LEX_KEYLEN bytes.
 */
#define LEX_KEYLEN 16
struct lex_key {
	uint64_t w[2];
	uint64_t hash;
	size_t n;
};

/* Eight bytes folded to ASCII lower case at once ("SaiD" -> "said");
 * bytes >= 0x80 stay as they are. */
static inline uint64_t
lex_fold8(uint64_t v)
{
	uint64_t b = v & 0x7F7F7F7F7F7F7F7Full,
	         up = (b + 0x3F3F3F3F3F3F3F3Full) ^ (b + 0x2525252525252525ull);

	return v | (up & ~v & 0x8080808080808080ull) >> 2;
}

/* Make the key of s[0..n) in *k; limit: the end of the buffer that holds
 * s, so that sixteen bytes are read at once where they are there.  Returns
 * 0 (no key) for a word of 0 or more than LEX_KEYLEN bytes.  (Eight bytes
 * are read as a little-endian number on every machine, so that the keys
 * gen-lexicon computed are the ones a look-up computes.) */
static inline int
lex_key_make(struct lex_key *k, const unsigned char *s, size_t n,
    const unsigned char *limit)
{
	if (n - 1 >= LEX_KEYLEN)
		return 0;
	k->w[0] = k->w[1] = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (limit >= s && (size_t)(limit - s) >= LEX_KEYLEN) {
		/* one load, the bytes after the word masked off, with no
		 * branch on the word's length (n < 8 is a coin toss) */
		size_t b0 = 64 - ((8 * (8 - n)) & -(size_t)(n < 8)),
		       b1 = (8 * (n - 8)) & -(size_t)(n > 8);

		memcpy(k->w, s, LEX_KEYLEN);
		k->w[0] &= ~(uint64_t)0 >> (64 - b0);
		k->w[1] &= (((uint64_t)1 << (b1 & 63)) - 1) |
		    -(uint64_t)(b1 >> 6);
	} else
#endif
		for (size_t i = 0; i < n; i++)
			k->w[i >> 3] |= (uint64_t)s[i] << (8 * (i & 7));
	(void)limit;
	k->w[0] = lex_fold8(k->w[0]);
	k->w[1] = lex_fold8(k->w[1]);
	k->n = n;
	k->hash = (k->w[0] ^ k->w[1] * 0xC2B2AE3D27D4EB4Full) *
	        0x9E3779B97F4A7C15ull +
	    n * 0x632BE59BD9B4E019ull;
	return 1;
}

/*
 * The tree's one prefilter: a Bloom filter in blocks of 512 bits (a cache
 * line), three bits a key in the block that the key's hash picks (its top
 * bits; the three bits from its low 27), in 2^log2 bits (log2 > 9).  Never
 * a false "no".  Each lexicon has one over its keys (lexicon_maybe());
 * enttag's gazetteer filter is one over the model's phrase hashes.
 */
static inline uint64_t *
lex_bloom_block(
    const uint64_t *bits, unsigned log2, uint64_t h, uint32_t bit[3])
{
	bit[0] = (uint32_t)h & 511;
	bit[1] = (uint32_t)(h >> 9) & 511;
	bit[2] = (uint32_t)(h >> 18) & 511;
	return (uint64_t *)(uintptr_t)(bits + (h >> (64 - (log2 - 9)) << 3));
}

static inline void
lex_bloom_add(uint64_t *bits, unsigned log2, uint64_t h)
{
	uint32_t b[3];
	uint64_t *blk = lex_bloom_block(bits, log2, h, b);

	for (int i = 0; i < 3; i++)
		blk[b[i] >> 6] |= (uint64_t)1 << (b[i] & 63);
}

/* May the key of hash h be in the filter?  0: surely not. */
static inline int
lex_bloom_maybe(const uint64_t *bits, unsigned log2, uint64_t h)
{
	uint32_t b[3];
	const uint64_t *blk = lex_bloom_block(bits, log2, h, b);

	return (int)(blk[b[0] >> 6] >> (b[0] & 63) &
	    blk[b[1] >> 6] >> (b[1] & 63) & blk[b[2] >> 6] >> (b[2] & 63) & 1);
}

/* A key's hash for the Bloom filter: the low bits of a product are weak
 * (they see only the low bytes of the word), so the high ones are folded
 * in. */
static inline uint64_t
lex_key_bloom_hash(const struct lex_key *k)
{
	return k->hash ^ k->hash >> 31;
}

/* May the word of key k be an entry?  0: surely not. */
static inline int
lexicon_maybe(const struct lexicon *lx, const struct lex_key *k)
{
	if (lx->bloom == NULL)
		return 1;
	return lex_bloom_maybe(
	    lx->bloom, lx->bloom_bits, lex_key_bloom_hash(k));
}

/* The place in the index of the key of hash h in a bucket of seed s. */
static inline size_t
lex_ix_place(uint64_t h, uint16_t s, unsigned ix_bits)
{
	return (size_t)(((h + s * 0xD6E8FEB86659FD93ull) ^ (h >> 29)) *
	        0x9E3779B97F4A7C15ull >>
	    (64 - ix_bits));
}

const struct lex_slot *lexicon_find_slow(
    const struct lexicon *lx, const struct lex_key *k);

/* The one place of lx's index (lx->ix != NULL) where key k can be; *hit
 * is all ones when it is there, else 0: a mask, not a branch, so that a
 * caller takes p->slot & *hit and p->cls & *hit and branches later, if at
 * all. */
static inline const struct lex_ix *
lexicon_key_place(
    const struct lexicon *lx, const struct lex_key *k, uint32_t *hit)
{
	const struct lex_ix *p = &lx->ix[lex_ix_place(
	    k->hash, lx->seed[k->hash >> (64 - lx->seed_bits)], lx->ix_bits)];

	*hit = -(uint32_t)((p->w[0] == k->w[0]) & (p->w[1] == k->w[1]) &
	    (p->len == k->n));
	return p;
}

/* The slot + 1 of the entry of key k (its index in lx's slots, plus one),
 * or 0: one probe of the index, and no branch on the answer. */
static inline uint32_t
lexicon_key_slot(const struct lexicon *lx, const struct lex_key *k)
{
	const struct lex_ix *p;
	uint32_t hit;

	if (lx->ix == NULL) {
		const struct lex_slot *e = lexicon_find_slow(lx, k);
		return e ? (uint32_t)(e - lx->slot) + 1 : 0;
	}
	p = lexicon_key_place(lx, k, &hit);
	return p->slot & hit;
}

/* The flags of the entry of key k, 0 when there is none: one probe of
 * the index, and the flags read beside it (ix_flags), with no branch on
 * the answer. */
static inline uint32_t
lexicon_key_flags(const struct lexicon *lx, const struct lex_key *k)
{
	const struct lex_ix *p;
	uint32_t hit;

	if (lx->ix == NULL) {
		const struct lex_slot *e = lexicon_find_slow(lx, k);
		return e ? e->flags : 0;
	}
	p = lexicon_key_place(lx, k, &hit);
	return lx->ix_flags[p - lx->ix] & hit;
}

/* The flags of s[0..n), a word of more than LEX_KEYLEN bytes (or none),
 * read from the lexicon's list of long entries. */
uint32_t lexicon_long_flags(
    const struct lexicon *lx, const unsigned char *s, size_t n);

/*
 * A memo of look-ups, for a large lexicon whose index does not stay in
 * the cache (quotepull's 10k words): the word last looked up in each of
 * its places (by its key's hash) with its answer, as most words of a text
 * are a few hundred, looked up again and again ("said", "he", "told").
 * Zeroed (xcalloc) is empty.
 */
#define LEX_MEMO_BITS 11
struct lex_memo {
	struct lex_memo_slot {
		uint64_t w[2];
		uint32_t flags; /* the entry's flags, or 0 */
		uint32_t len;   /* the word's length; 0: empty */
	} m[1 << LEX_MEMO_BITS];
};

/* lexicon_key_flags() through the memo. */
static inline uint32_t
lexicon_memo_flags(
    const struct lexicon *lx, struct lex_memo *memo, const struct lex_key *k)
{
	struct lex_memo_slot *m = &memo->m[k->hash >> (64 - LEX_MEMO_BITS)];

	if (m->len != k->n || m->w[0] != k->w[0] || m->w[1] != k->w[1]) {
		m->w[0] = k->w[0];
		m->w[1] = k->w[1];
		m->len = (uint32_t)k->n;
		m->flags = lexicon_key_flags(lx, k);
	}
	return m->flags;
}

/*
 * A filter over the words of a lexicon with some flags (gen-lexicon -s),
 * by first letter, last letter and length (15 for 15 or more): a word that
 * fails it surely has none of the flags, told with no hashing, so that a
 * rule can skip the look-up (most words before a period are no
 * abbreviation: "said.", "Monday.").  A word that does not start and end
 * with an ASCII letter always passes.
 */
struct lex_shape {
	uint8_t bits[26 * 26 * 16 / 8];
};

/* The shape's bit of word s[0..n), or -1 for a word that does not start
 * and end with an ASCII letter. */
static inline int
lex_shape_bit(const unsigned char *s, size_t n)
{
	unsigned a, z;

	if (n == 0)
		return -1;
	a = (unsigned)(s[0] | 0x20) - 'a';
	z = (unsigned)(s[n - 1] | 0x20) - 'a';
	if (a >= 26 || z >= 26)
		return -1;
	return (int)((a * 26 + z) * 16 + (n < 15 ? n : 15));
}

/* May word s[0..n) have the flags of shape sh?  0: surely not. */
static inline int
lex_shape_maybe(const struct lex_shape *sh, const unsigned char *s, size_t n)
{
	int bit = lex_shape_bit(s, n);

	return bit < 0 || (sh->bits[bit >> 3] >> (bit & 7) & 1);
}

/* The entry of key k, or NULL. */
static inline const struct lex_slot *
lexicon_find_key(const struct lexicon *lx, const struct lex_key *k)
{
	uint32_t slot = lexicon_key_slot(lx, k);

	return slot ? &lx->slot[slot - 1] : NULL;
}

/* The entry for s[0..n) (ASCII case folded), or NULL, as lexicon_find()
 * finds it, faster; limit: the end of s's buffer (see lex_key_make). */
static inline const struct lex_slot *
lexicon_lookup(const struct lexicon *lx, const unsigned char *s, size_t n,
    const unsigned char *limit)
{
	struct lex_key k;

	if (!lex_key_make(&k, s, n, limit))
		return lexicon_find(lx, s, n);
	return lexicon_find_key(lx, &k);
}

/* For gen-lexicon and lexicon_load(): lay out the Bloom filter and the
 * index of the entries of slot[0..mask] (words[] as in struct lexicon) in
 * *lx's bloom, seed, ix and ix_flags fields, allocated (free each).  Returns 0, or
 * -1 when no layout was found (ix stays NULL: look-ups take the slow
 * path, with the same answers). */
int lexicon_index(struct lexicon *lx);

/* The compiled-in lists of common/lex/ and their flags */
#define LEXF_NUMSIGN 0x1 /* abbrev_title: a title only before a figure */
extern const struct lexicon lex_abbrev, lex_abbrev_title, lex_after_time,
    lex_signoff, lex_starters;
/* lex_segwords: the words of common/segstarts.c, a flag for each list */
#define LEXF_CREDIT 0x2     /* credits.lst: "Photo:" after a caption */
#define LEXF_DATETIE 0x4    /* date_ties.lst: "posted on" a date */
#define LEXF_DAY 0x8        /* days.lst: "Tuesday" */
#define LEXF_ENUMTIE 0x10   /* enum_ties.lst: "either 1) ... or 2)" */
#define LEXF_MAILFIELD 0x20 /* mail_fields.lst: "From:" */
#define LEXF_MONTH 0x40     /* months.lst: "January" */
extern const struct lexicon lex_segwords;

#endif
