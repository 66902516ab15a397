/* token.c - the tokenizer.  The spans it measures by rule (a URL or
 * e-mail address, a dotted abbreviation, a web name's domain) are in
 * tokspan.c, its 64-byte block classifier in tokblock.h. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
/* TOK_REFERENCE builds the tokenizer without its shortcuts (the class
 * memo, the short ways for punctuation, SSE2): the unit tests compare the
 * two token by token. */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(TOK_REFERENCE)
#define TOK_SSE2 1
#include <emmintrin.h>
#endif

#include "lexicon.h"
#include "token.h"
#include "tokblock.h"
#include "tokspan.h"
#include "utf8.h"
#include "xalloc.h"

/* The lengths and classes of the last characters >= 0x80 seen, by their
 * bytes: a text in Devanagari or Cyrillic uses a few dozen letters over
 * and over, and u8_decode() and u8_class() (utf8proc) are calls.  The key
 * holds every byte u8_decode() may read, so a slot answers as it would;
 * key 0 is an empty slot (a key's first byte is >= 0x80). */
#define UMEMO 128
struct umemo {
	uint32_t key[UMEMO];
	unsigned char len[UMEMO];
	unsigned short cls[UMEMO];
};

/* Where the tokens go: the caller's vector v[0..n) of room cap
 * (tokenize), or fn (tokenize_each); memo: the class memo, set up at the
 * first byte >= 0x80. */
struct sink {
	struct token *v;
	size_t n, cap;
	tok_fn *fn;
	void *ctx;
	struct umemo *memo;
	struct umemo space;
};

static void
grow(struct sink *k)
{
	k->cap = k->cap ? k->cap * 2 : 64;
	k->v = xreallocarray(k->v, k->cap, sizeof *k->v);
}

/* u8_class_at() with the memo: the length of the character at s[0] (>=
 * 0x80) and its classes in *cls. */
static inline size_t
class_at(struct sink *k, const unsigned char *s, size_t n, unsigned *cls)
{
#ifdef TOK_REFERENCE
	(void)k;
	return u8_class_at(s, n, cls);
#else
	/* the bytes u8_decode() may read: 4 from F0, 3 from E0, else 2 */
	size_t kl = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2, l;
	uint32_t key = 0;
	unsigned h = 0;

	if (n >= kl) {
		memcpy(&key, s, kl); /* the rest stays 0 */
		h = (key * 0x9E3779B1u) >> 25;
		if (k->memo != NULL && k->memo->key[h] == key) {
			*cls = k->memo->cls[h];
			return k->memo->len[h];
		}
	}
	l = u8_class_at(s, n, cls);
	if (n >= kl) {
		if (k->memo == NULL) {
			memset(k->space.key, 0, sizeof k->space.key);
			k->memo = &k->space;
		}
		k->memo->key[h] = key;
		k->memo->len[h] = (unsigned char)l;
		k->memo->cls[h] = (unsigned short)*cls;
	}
	return l;
#endif
}

/* each: the tokens go to k->fn (a constant in each copy of run(), so
 * that tokenize() stores a token with no test of fn). */
static inline void
push(struct sink *k, int each, size_t start, size_t end, enum tok_kind kind,
    unsigned flags)
{
	struct token *t;

	if (each) {
		struct token one = { start, end, kind, flags };

		k->fn(k->ctx, &one);
		return;
	}
	if (k->n == k->cap)
		grow(k);
	t = &k->v[k->n++];
	t->start = start;
	t->end = end;
	t->kind = kind;
	t->flags = flags;
}

/* Room for m more tokens in the vector. */
static inline void
reserve(struct sink *k, size_t m)
{
	while (k->cap - k->n < m)
		grow(k);
}

/* ASCII letters and digits for plain_run(): 0x10 counts a letter, 0x01
 * tells a lower-case one; bytes >= 0x80 are 0. */
#define L 0x11 /* lower case */
#define U 0x12 /* upper case */
#define D 0x04 /* digit */
// clang-format off
static const unsigned char ascii_alnum[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
	0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0,
	0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0,
};
// clang-format on
#undef L
#undef U
#undef D

/* A word-internal character: letter, digit or mark (U8_WORD); its length,
 * or 0, and its classes in *cls (one look-up answers every question the
 * tokenizer asks of it). */
static inline size_t
alnum_at(
    struct sink *tv, const unsigned char *s, size_t n, size_t i, unsigned *cls)
{
	size_t l;

	if (s[i] < 0x80) {
		unsigned k = ascii_alnum[s[i]];

		/* a letter or digit: its classes as u8_class() gives them,
		 * with no call */
		if (k != 0) {
			*cls = !(k & 0x10) ? U8_DIGIT | U8_NUM
			    : k & 0x01     ? U8_ALPHA | U8_LOWER
			                   : U8_ALPHA | U8_UPPER;
			return 1;
		}
		*cls = u8_class(s[i]);
		return 0;
	}
	l = class_at(tv, s + i, n - i, cls);
	return *cls & U8_WORD ? l : 0;
}

/* Is s[i..) a possessive, "'s" or "’s" that no letter or digit follows
 * ("Ren's", "Ren 's")?  Returns its length or 0. */
static size_t
possessive_at(struct sink *tv, const unsigned char *s, size_t n, size_t i)
{
	size_t al = u8_apos_at(s, n, i);
	unsigned cls;

	if (al == 0 || i + al >= n || (s[i + al] != 's' && s[i + al] != 'S'))
		return 0;
	if (i + al + 1 < n && alnum_at(tv, s, n, i + al + 1, &cls) > 0)
		return 0;
	return al + 1;
}

/* Where the clitic of the word s[start..end) starts ("I'm", "we're",
 * "they've", "you'll", "he'd"), or start when it has none.  "O'Neill" and
 * "rock'n'roll" have none. */
static size_t
clitic_at(const unsigned char *s, size_t start, size_t end)
{
	static const char *const cl[] = { "m", "re", "ve", "ll", "d" };
	size_t k;

	for (k = 0; k < sizeof cl / sizeof cl[0]; k++) {
		size_t l = strlen(cl[k]), a;

		if (end - start < l + 2 ||
		    !has_prefix_ci(s + end - l, l, cl[k]))
			continue;
		a = end - l;
		if (s[a - 1] == '\'' && a - 1 > start)
			return a - 1;
		/* "we’re": the same with U+2019 */
		if (a >= start + 4 && u8_apos_at(s, a, a - 3) == 3)
			return a - 3;
	}
	return start;
}

/* Is s[0..n) in an abbreviation list ("Inc", "Dr", "etc")?  limit: the
 * end of the text (see lex_key_make()). */
static inline int
is_abbrev(const unsigned char *s, size_t n, const unsigned char *limit)
{
#ifndef TOK_REFERENCE
	struct lex_key k;

	/* one key for both lists */
	if (lex_key_make(&k, s, n, limit))
		return lexicon_find_key(&lex_abbrev, &k) != NULL ||
		    lexicon_find_key(&lex_abbrev_title, &k) != NULL;
#endif
	return lexicon_lookup(&lex_abbrev, s, n, limit) != NULL ||
	    lexicon_lookup(&lex_abbrev_title, s, n, limit) != NULL;
}

/* The kind of a word of shape w; its flags from the shape added. */
static inline enum tok_kind
word_kind(struct wordshape w, unsigned *flags)
{
	if (w.digits)
		*flags |= TF_DIGIT;
	if (w.letters >= 2 && w.upper == w.letters)
		*flags |= TF_ALLCAPS;
	return (w.digits && !w.letters) ? TOK_NUM : TOK_WORD;
}

/*
 * Push the word s[start..i) (flags: its first letter's case and
 * TF_HYPHEN), or the pieces it is made of, and return where the next
 * token starts.  apos: the word may hold an apostrophe (a clitic).
 */
static size_t
word_end(const unsigned char *s, size_t n, struct sink *tv, int each,
    size_t start, size_t i, unsigned flags, struct wordshape w, int apos)
{
	enum tok_kind kind = word_kind(w, &flags);
	size_t al;

	/* "Inc.", "Dr.", "J." -- a known abbreviation or an
	 * initial keeps its period, as in the Penn Treebank */
	if (kind == TOK_WORD && i < n && s[i] == '.' && !w.digits &&
	    !(w.letters >= 2 && w.upper == w.letters) && /* not "LA." */
	    (i + 1 >= n || s[i + 1] != '.') &&
	    ((w.letters == 1 && i - start == 1) ||
	        (i - start <= 6 && is_abbrev(s + start, i - start, s + n)))) {
		push(tv, each, start, i + 1, TOK_ABBR, flags);
		return i + 1;
	}
	/* "I'm" -> "I" "'m", "we're", "they've", "you'll", "he'd" */
	if (apos) {
		size_t cut = clitic_at(s, start, i);

		if (cut > start) {
			push(tv, each, start, cut, TOK_WORD, flags);
			push(tv, each, cut, i, TOK_WORD, TF_LOWER);
			return i;
		}
	}
	/* "don't" -> "do" "n't", "can't" -> "ca" "n't" */
	{
		size_t al3 = 0;

		if (i - start >= 4 && (s[i - 1] == 't' || s[i - 1] == 'T')) {
			if (s[i - 2] == '\'')
				al3 = 1;
			else if (i - start >= 6 && s[i - 4] == 0xE2 &&
			    s[i - 3] == 0x80 && s[i - 2] == 0x99)
				al3 = 3;
		}
		if (al3 && i - start > al3 + 2 &&
		    (s[i - al3 - 2] == 'n' || s[i - al3 - 2] == 'N')) {
			size_t cut = i - al3 - 2;

			push(tv, each, start, cut, TOK_WORD, flags);
			push(tv, each, cut, i, TOK_WORD, TF_LOWER);
			return i;
		}
	}
	push(tv, each, start, i, kind, flags);
	/* the possessive suffix ("'s", "’s") */
	if (i < n && (s[i] == '\'' || s[i] == 0xE2) &&
	    (al = possessive_at(tv, s, n, i)) > 0) {
		push(tv, each, i, i + al, TOK_WORD, TF_LOWER);
		i += al;
	}
	return i;
}


/* The case flag of a word that begins with the ASCII letter or digit c:
 * none for a digit ("3M"). */
static inline unsigned
first_case(unsigned char c)
{
	unsigned k = ascii_alnum[c];

	return !(k & 0x10) ? 0 : k & 0x01 ? TF_LOWER : TF_CAP;
}

/* What may follow a plain run (plain_run()): 0 what joins nothing (a
 * blank, most punctuation); PE_NO what joins it to more or begins an
 * address (url_len() reads on through "._%+-@" and ':'; the joiners
 * "-&'/"; NUL; and bytes >= 0x80, which may be letters); PE_COMMA and
 * PE_PERIOD what joins in some places ("3,000"; "U.S.", "3.5"). */
enum { PE_NO = 1, PE_COMMA, PE_PERIOD };
#define N PE_NO
#define C PE_COMMA
#define P PE_PERIOD
// clang-format off
static const unsigned char plain_end[256] = {
	N, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, N, N, N, 0, 0, 0, N, C, N, P, N,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, N, 0, 0, 0, 0, 0,
	N, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, N,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
	N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,
};
// clang-format on
#undef N
#undef C
#undef P

/*
 * Does the plain run s[i..j) of ASCII letters and digits (letters of
 * them) end its token at s[j]: a blank, most punctuation, or a period or
 * comma that joins nothing ("said ", "said.", "said,", "2013)")?  Then
 * no URL, e-mail address or dotted abbreviation starts at s[i] and
 * nothing joins the run to more, so the token is the run, as the general
 * path would find it.  Returns j, or 0: take the general path.  Always
 * inlined: run() calls it for most words of a text.
 */
static inline __attribute__((always_inline)) size_t
plain_ends(
    const unsigned char *s, size_t n, size_t i, size_t j, unsigned letters)
{
	if (j < n) {
		unsigned char c = s[j];

		switch (plain_end[c]) {
		case PE_NO:
			return 0;
		case PE_COMMA:
			/* "3,000": a comma between figures joins them */
			if (letters == 0 && j + 1 < n &&
			    (unsigned)(s[j + 1] - '0') < 10)
				return 0;
			break;
		case PE_PERIOD:
			/* "U.S.", "a.m.", "x.org", "3.5", "www.": a period
			 * that may join, end an abbreviation or begin a
			 * URL */
			if (j + 1 < n &&
			    (s[j + 1] >= 0x80 || s[j + 1] == '\0' ||
			        is_ascii_alnum(s[j + 1]) ||
			        is_email_punct(s[j + 1])))
				return 0;
			if (j - i == 3 && has_prefix_ci(s + i, 3, "www"))
				return 0;
			break;
		}
	}
	return j;
}

/*
 * The fast path for most of a text: the plain run at s[i] (see
 * plain_ends()).  Returns the run's end with its counts in *w, or 0:
 * take the general path.
 */
static inline size_t
plain_run(const unsigned char *s, size_t n, size_t i, struct wordshape *w)
{
	size_t j = i;
	unsigned k, lower = 0, letters = 0;

#ifdef TOK_SSE2
	/* sixteen bytes at a time: the run's length from a mask, so that no
	 * branch guesses where a word ends */
	while (j + 16 <= n) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + j));
		unsigned dg,
		    al = tok_ascii_classes16(v, &dg),
		    /* bit 5 of each byte: lower case, for a letter */
		    b5 = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)),
		    len = (unsigned)__builtin_ctz(~(al | dg) | 0x10000u),
		    keep = (1u << len) - 1;

		lower |= al & b5 & keep;
		/* digits are rare: count them only when there are some */
		for (dg &= keep, letters += len; dg != 0; dg &= dg - 1)
			letters--;
		j += len;
		if (len < 16)
			goto counted;
	}
#endif
	/* a table look-up a character, no branch on its kind: "Ren",
	 * "G20" and "2013" take the same path */
	for (; j < n && (k = ascii_alnum[s[j]]) != 0; j++) {
		lower |= k & 0x01;
		letters += k >> 4;
	}
#ifdef TOK_SSE2
counted:
#endif
	w->letters = (int)letters;
	w->digits = (int)(j - i - letters);
	w->upper = lower ? 0 : (int)letters; /* all upper or not */
	return plain_ends(s, n, i, j, letters);
}


#ifdef TOK_SSE2
/*
 * Push the words of ends (block_words(): a bit at each one's last byte)
 * in the view v, and the commas after them, as the loop would make
 * them; flags: the first word's TF_NL.  Returns where the next token
 * starts, past the space after the last word.
 */
static inline __attribute__((always_inline)) size_t
plain_words(struct sink *k, int each, const struct block *v, uint64_t ends,
    uint64_t commas, unsigned flags)
{
	uint64_t upper = v->alnum & ~v->digit & ~v->lower;
	size_t i = v->base;
	unsigned p = 0;
	struct token *t = NULL;

	if (!each) {
		/* 32 words at most in 64 bytes, each stored with a comma */
		reserve(k, 64);
		t = k->v + k->n;
	}
	do {
		unsigned e = (unsigned)__builtin_ctzll(ends),
		         c = (unsigned)(commas >> (e + 1)) & 1;
		uint64_t keep = ((uint64_t)2 << e) - ((uint64_t)1 << p),
		         letters = keep & ~v->digit;
		struct token w, comma;

		/* the first character's case (none for a digit: "3M"),
		 * digits, two letters or more and none lower case, digits
		 * alone */
		flags |= (unsigned)((upper >> p) & 1) * TF_CAP |
		    (unsigned)((v->lower >> p) & 1) * TF_LOWER |
		    (unsigned)((v->digit & keep) != 0) * TF_DIGIT |
		    (unsigned)(((v->lower & keep) == 0) &
		        ((letters & (letters - 1)) != 0)) *
		        TF_ALLCAPS;
		w.start = i + p;
		w.end = i + e + 1;
		w.kind = letters != 0 ? TOK_WORD : TOK_NUM;
		w.flags = flags;
		comma.start = i + e + 1;
		comma.end = i + e + 2;
		comma.kind = TOK_PUNCT;
		comma.flags = 0;
		if (!each) {
			/* the comma stored in any case, kept if there */
			t[0] = w;
			t[1] = comma;
			t += 1 + c;
		} else {
			k->fn(k->ctx, &w);
			if (c)
				k->fn(k->ctx, &comma);
		}
		flags = 0;
		p = e + 2 + c;
		ends &= ends - 1;
	} while (ends != 0);
	if (!each)
		k->n = (size_t)(t - k->v);
	return i + p;
}
#endif

/* The tokens of s[0..n) into tv; each: to tv->fn (see push()).  Inlined
 * in tokenize() and tokenize_each(), each a constant in either. */
static inline __attribute__((always_inline)) void
run(const unsigned char *s, size_t n, struct sink *tv, int each)
{
	size_t i = 0;
	int nl = 0;
#ifdef TOK_SSE2
	struct block blk;

	blk.alnum = blk.digit = blk.lower = blk.space = blk.comma = 0;
	blk.base = (size_t)-64; /* filled at the first word */
	blk.lim = 0;
#endif

	while (i < n) {
		int32_t cp;
		unsigned cls;
		size_t l, start = i, al;
		unsigned flags = nl ? TF_NL : 0;
		struct wordshape w;
		int email, may_url = 1, may_abbr = 1;

		/* the fast path first: "said" (see plain_run()) */
		if (ascii_alnum[s[i]] != 0) {
			enum tok_kind kind;

			nl = 0;
#ifdef TOK_SSE2
			{
				struct block v;
				uint64_t ends, commas;
				size_t len;

				block_at(&blk, s, n, i, &v);
				/* "the mayor said (": the words and their
				 * spaces at once (see block_words()) */
				if ((ends = block_words(&v, &commas)) != 0) {
					i = plain_words(
					    tv, each, &v, ends, commas, flags);
					continue;
				}
				len = block_run(&v, n, &w);
				l = len != 0 ? plain_ends(s, n, i, i + len,
				                   (unsigned)w.letters)
				             : plain_run(s, n, i, &w);
			}
#else
			l = plain_run(s, n, i, &w);
#endif
			if (l == 0) {
#ifndef TOK_REFERENCE
				/* a URL, an e-mail address or a dotted
				 * abbreviation only where the run of letters
				 * and digits stops at a character that goes on
				 * with one: "www.", "http:", "ann-lee@",
				 * "U.S.", not "well-known", "don't" */
				size_t e = i + (size_t)(w.letters + w.digits);
				unsigned char c = e < n ? s[e] : ' ';

				may_url = c == ':' || is_email_punct(c);
				may_abbr = c == '.' && w.digits == 0 &&
				    w.letters <= 4;
#endif
				goto general;
			}
			/* the first letter's case: not "3M"'s */
			flags |= first_case(s[i]);
			if (l < n && s[l] == '.') {
				/* no period after it: no abbreviation either */
				i = word_end(
				    s, n, tv, each, start, l, flags, w, 0);
				continue;
			}
			kind = word_kind(w, &flags);
			push(tv, each, start, l, kind, flags);
			/* and a blank after it, as the loop would */
			i = l + (l < n && s[l] == ' ');
			continue;
		}
		if (s[i] < 0x80) {
			if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
			    s[i] == '\f' || s[i] == '\v') {
				i++;
				continue;
			}
			if (s[i] == '\n') {
				nl = 1;
				i++;
				continue;
			}
		} else {
			l = class_at(tv, s + i, n - i, &cls);
			if (cls & U8_SPACE) {
				i += l;
				continue;
			}
#ifndef TOK_REFERENCE
			/* not a letter, digit, mark or apostrophe ("—", "“",
			 * an invalid byte): a token of its own,
			 * as the general path would make it */
			if (!(cls & U8_WORD) && u8_apos_at(s, n, i) == 0) {
				push(tv, each, i, i + l, TOK_PUNCT, flags);
				i += l;
				nl = 0;
				continue;
			}
#endif
		}
		nl = 0;
		/* ASCII punctuation that no path below takes further: a
		 * token of its own (not "'s", ".5", "...") */
		if (s[i] < 0x80 && !ascii_alnum[s[i]] && s[i] != '\'' &&
		    s[i] != '.') {
			push(tv, each, i, i + 1, TOK_PUNCT, flags);
			i++;
			continue;
		}
#ifndef TOK_REFERENCE
		/* a period that begins no "...", no ".576": "said." */
		if (s[i] == '.' &&
		    (i + 1 >= n ||
		        (s[i + 1] != '.' &&
		            (unsigned)(s[i + 1] - '0') >= 10))) {
			push(tv, each, i, i + 1, TOK_PUNCT, flags);
			i++;
			continue;
		}
#endif
	general:
		if (may_url &&
		    (s[i] == 'h' || s[i] == 'H' || s[i] == 'w' || s[i] == 'W' ||
		        s[i] == 'f' || is_ascii_alnum(s[i])) &&
		    (l = url_len(s + i, n - i, &email)) > 0) {
			push(tv, each, i, i + l, email ? TOK_EMAIL : TOK_URL,
			    flags);
			i += l;
			continue;
		}
		if (may_abbr && (al = tok_abbr_len(s, n, i)) > 0) {
			flags |= (s[i] >= 'A' && s[i] <= 'Z') ? TF_CAP
			                                      : TF_LOWER;
			push(tv, each, i, i + al, TOK_ABBR, flags);
			i += al;
			continue;
		}
		l = alnum_at(tv, s, n, i, &cls);
		if (l > 0) {
			int first = 1, apos = 0;

			w.letters = w.upper = w.digits = 0;
			for (;;) {
				if (cls & U8_DIGIT) {
					w.digits++;
				} else if (cls & U8_ALPHA) {
					if (first)
						flags |= cls & U8_UPPER ? TF_CAP
						    : cls & U8_LOWER ? TF_LOWER
						                     : 0;
					w.letters++;
					if (cls & U8_UPPER)
						w.upper++;
				}
				first = 0;
				i += l;
				if (i >= n)
					break;
				if ((l = alnum_at(tv, s, n, i, &cls)) > 0)
					continue;
				/* joiners: "well-known", "O'Neill", "3.5", "1,000",
				 * "10:30", "5/9/2013" -- only between alphanumerics */
				{
					size_t jl = 0, al2;

					if (s[i] == '-')
						jl = 1;
					/* "AT&T", "S&P" -- an ampersand between capitals */
					else if (s[i] == '&' &&
					    s[i - 1] >= 'A' &&
					    s[i - 1] <= 'Z' && i + 1 < n &&
					    s[i + 1] >= 'A' && s[i + 1] <= 'Z')
						jl = 1;
					/* "Detik.com", "Amazon.co.uk" -- a web name */
					else if (s[i] == '.' && w.letters > 0 &&
					    (jl = tok_tld_len(s, n, i + 1)) >
					        0) {
						i += 1 + jl;
						break;
					} else if ((al2 = u8_apos_at(s, n, i)) >
					    0) {
						/* "Ren's" -- the possessive is its own token */
						if (possessive_at(tv, s, n, i))
							break;
						jl = al2;
						apos = 1;
					} else if ((s[i] == '.' ||
					               s[i] == ',' ||
					               s[i] == ':' ||
					               s[i] == '/') &&
					    w.digits > 0 && w.letters == 0 &&
					    i + 1 < n && s[i + 1] >= '0' &&
					    s[i + 1] <= '9')
						jl = 1;
					if (jl == 0 || i + jl >= n ||
					    (l = alnum_at(
					         tv, s, n, i + jl, &cls)) == 0)
						break;
					if (s[i] == '-')
						flags |= TF_HYPHEN;
					i += jl;
				}
			}
			/* a clitic only after an apostrophe that joined */
			i = word_end(s, n, tv, each, start, i, flags, w, apos);
			continue;
		}
		/* a possessive written apart, as in tokenised text
		 * ("Benetton 's Jean Alesi"), is one token as when attached */
		if ((al = possessive_at(tv, s, n, i)) > 0) {
			push(tv, each, i, i + al, TOK_WORD, flags | TF_LOWER);
			i += al;
			continue;
		}
		/* a decimal without its zero, as in a table: ".576" */
		if (s[i] == '.' && i + 1 < n && s[i + 1] >= '0' &&
		    s[i + 1] <= '9' &&
		    (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' ||
		        s[i - 1] == '\n')) {
			for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
				;
			push(tv, each, start, i, TOK_NUM, flags | TF_DIGIT);
			continue;
		}
		/* punctuation: a run of periods is one token ("...") */
		if (s[i] == '.') {
			while (i < n && s[i] == '.')
				i++;
			push(tv, each, start, i, TOK_PUNCT, flags);
			continue;
		}
		l = s[i] < 0x80 ? 1 : u8_decode(s + i, n - i, &cp);
		push(tv, each, start, start + l, TOK_PUNCT, flags);
		i += l;
	}
}

void
tokenize(const unsigned char *s, size_t n, struct tokvec *tv)
{
	struct sink k; /* k.space is set up when used */

	k.v = tv->v;
	k.n = tv->n;
	k.cap = tv->cap;
	k.fn = NULL;
	k.ctx = NULL;
	k.memo = NULL;
	run(s, n, &k, 0);
	tv->v = k.v;
	tv->n = k.n;
	tv->cap = k.cap;
}

void
tokenize_each(const unsigned char *s, size_t n, tok_fn *fn, void *ctx)
{
	struct sink k;

	k.v = NULL;
	k.n = k.cap = 0;
	k.fn = fn;
	k.ctx = ctx;
	k.memo = NULL;
	run(s, n, &k, 1);
}

void
tokvec_reset(struct tokvec *tv)
{
	tv->n = 0;
}

void
tokvec_free(struct tokvec *tv)
{
	free(tv->v);
	tv->v = NULL;
	tv->n = tv->cap = 0;
}

int
is_figure(const unsigned char *s, size_t n)
{
	size_t digits = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] != '.' && s[i] != ',' && s[i] != ':' &&
		    s[i] != '/' && s[i] != '-' && s[i] != '\0')
			return 0; /* NUL too: it was strchr()'s terminator */
	}
	return digits > 0;
}

size_t
tok_fold_apos(const unsigned char *s, size_t n, unsigned char *out)
{
	size_t i = 0, k = 0;

	while (i < n) {
		if (s[i] == 0xE2 && u8_apos_at(s, n, i) == 3) {
			out[k++] = '\'';
			i += 3;
		} else
			out[k++] = s[i++];
	}
	return k;
}
