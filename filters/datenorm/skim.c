/*
 * skim.c - which parts of a paragraph the grammar reads: none when it
 * holds no figure and no head word (dn_holds()), else the words around
 * those (dn_windows()); the rest is never tokenized.
 */
#include <stdint.h>
#include <string.h>

#include "engine.h"
#include "token.h"
#include "utf8.h"

/*
 * A paragraph with no expression in it is passed over untokenized (most
 * of a news text: "The council met to discuss the plan.").  Every match
 * of the grammar holds a figure or a head word, a lexicon word of a class
 * of HEAD, as the families show: the others need one of these with them.
 * "Q3", "FY2012", "'82" are figures; "fiscal" and "FY" take a year
 * (a figure) or "year"; "Black" ("Black Monday") a weekday; "every",
 * "per", "twice" a unit, weekday, month, season or part of the day;
 * "last", "next", "this", "that" (rel_expr) a unit, month, weekday,
 * season or part of the day, or "time"; counts ("six", "a", "several",
 * "nearly", "more than") a unit; ordinals a unit or "half"; "the",
 * "early", "end of", "around", "later" wrap an expression with a head
 * (match_at()) or a unit; "at" ("at present"), "right" ("right now"),
 * "these" ("these days") a head after them.
 */
#define HEAD                                                                   \
	(AT(C_MONTH) | AT(C_WEEKDAY) | AT(C_UNIT) | AT(C_HALF) |               \
	    AT(C_DAYREL) | AT(C_PARTDAY) | AT(C_NOON) | AT(C_SEASON) |         \
	    AT(C_DECADEW) | AT(C_HOLIDAY) | AT(C_REF) | AT(C_REFNOUN) |        \
	    AT(C_SETADJ) | AT(C_PAST) | AT(C_TIMEW))
#define HEAD_MAX 31 /* longer words are no head (heads_ok else 0) */

/*
 * Four classes of HEAD are heads only after a word of these (no family
 * starts at them, and where a rule reads them with no other head about,
 * it is after one): "that time", "the time being" (else "the same
 * period" takes "last year"); "the future", "at the moment", "at
 * present", "the long term"; "the past", "the distant past" (else
 * "past" takes a unit, as "this past weekend", "the past six months");
 * "the first half", "first-half", "the last half" (else "half" takes a
 * unit: "half a year", "two years and a half").
 */
// clang-format off
static const uint64_t head_after[C_DAYNAME + 1] = {
	[C_TIMEW] = AT(C_THAT) | AT(C_THE),
	[C_REFNOUN] = AT(C_THE) | AT(C_PREP) | AT(C_LONG),
	[C_PAST] = AT(C_THE) | AT(C_LONG),
	[C_HALF] = AT(C_ORDW) | AT(C_LAST),
};
// clang-format on

/*
 * Is the lexicon word x, written with a capital (cap) or not, a head?
 * Not a month's abbreviation ("Jan" takes a day or a year, or "of next
 * year"), nor "New" (a holiday only before "Year"); a word the lexicon
 * wants a capital for ("May", "Christmas") only with one (is()).
 */
static int
head(const struct lex_slot *x, int cap)
{
	if (!(HEAD & AT(x->cls)))
		return 0;
	if (x->cls == C_MONTH && (x->flags & F_ABBR))
		return 0;
	if (x->cls == C_HOLIDAY && x->value / 100 == 1)
		return 0;
	return cap || !(x->flags & F_CAP);
}

/* The bit of a word of n letters from first to last in heads[] (a
 * letter's bit the same in either case). */
static inline size_t
head_bit(size_t n, unsigned first, unsigned last)
{
	return (n & 31) << 10 | (first & 31) << 5 | (last & 31);
}

/* Set heads[] from the lexicon.  A paragraph is found a head word by its
 * runs of ASCII letters: a head of other bytes turns the test off. */
void
dn_heads_init(struct dn_engine *e)
{
	const struct lex_slot *x;
	size_t it = 0, n, k, b;

	e->heads_ok = 1;
	while ((x = lexicon_next(&dn_lexicon, &it)) != NULL) {
		const char *w = lexicon_word(&dn_lexicon, x);

		if (!head(x, 1))
			continue;
		n = strlen(w);
		for (k = 0; k < n && ISALPHA(w[k]); k++)
			;
		if (n == 0 || k < n || n > HEAD_MAX) {
			e->heads_ok = 0;
			return;
		}
		b = head_bit(n, (unsigned char)w[0], (unsigned char)w[n - 1]);
		e->heads[b >> 6] |= (uint64_t)1 << (b & 63);
	}
}

/* The run of ASCII letters before s[a] in s (pa == pb: none): the word
 * before a head word, if a word is (no other letters come between two
 * tokens). */
static void
run_before(const unsigned char *s, size_t a, size_t *pa, size_t *pb)
{
	while (a > 0 && !ISALPHA(s[a - 1]))
		a--;
	*pb = a;
	while (a > 0 && ISALPHA(s[a - 1]))
		a--;
	*pa = a;
}

/*
 * Is s[a..b), a run of ASCII letters, a head word?  Or, when the run
 * ends in "n" before an apostrophe, the run less its "n" ("don't": the
 * grammar reads "do" "n't")?
 */
static int
head_word(const struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    size_t n)
{
	size_t bit = head_bit(b - a, s[a], s[b - 1]), pa, pb;
	const struct lex_slot *x, *y;

	if (b - a <= HEAD_MAX && (e->heads[bit >> 6] >> (bit & 63) & 1) &&
	    (x = lexicon_lookup(&dn_lexicon, s + a, b - a, s + n)) != NULL &&
	    head(x, ISUPPER(s[a]))) {
		if (!head_after[x->cls])
			return 1;
		run_before(s, a, &pa, &pb);
		if (pb > pa &&
		    (y = lexicon_lookup(&dn_lexicon, s + pa, pb - pa, s + n)) !=
		        NULL &&
		    (head_after[x->cls] & AT(y->cls)))
			return 1;
	}
	return b < n && (s[b] == '\'' || s[b] == 0xE2) && b - a > 1 &&
	    (s[b - 1] | 0x20) == 'n' && u8_apos_at(s, n, b) > 0 &&
	    head_word(e, s, a, b - 1, n);
}

/* head_word(), its most common answer first: no head of that length,
 * first and last letter, and no apostrophe after. */
static inline int
head_at(const struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    size_t n)
{
	size_t bit = head_bit(b - a, s[a], s[b - 1]);

	if (!(e->heads[bit >> 6] >> (bit & 63) & 1) &&
	    (b >= n || (s[b] != '\'' && s[b] != 0xE2)))
		return 0;
	return head_word(e, s, a, b, n);
}

/* The ASCII letters (*letters), apostrophes or first bytes of a curly
 * one (*apos) and digits (returned) of the 64 bytes at p: a bit each. */
static inline uint64_t
classes64(const unsigned char *p, uint64_t *letters, uint64_t *apos)
{
	uint64_t l = 0, d = 0, q = 0;

#if defined(__SSE2__) && defined(__GNUC__)
	for (int k = 0; k < 64; k += 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(p + k));
		unsigned dk, lk = tok_ascii_classes16(v, &dk);
		unsigned qk = (unsigned)_mm_movemask_epi8(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
		        _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));

		l |= (uint64_t)lk << k;
		d |= (uint64_t)dk << k;
		q |= (uint64_t)qk << k;
	}
#else
	for (int k = 0; k < 64; k++) {
		l |= (uint64_t)(ISALPHA(p[k]) != 0) << k;
		d |= (uint64_t)(ISDIGIT(p[k]) != 0) << k;
		q |= (uint64_t)(p[k] == '\'' || p[k] == 0xE2) << k;
	}
#endif
	*letters = l;
	*apos = q;
	return d;
}

/* classes64() of the bytes of s[0..n) from at on, none past n.  The
 * last step of a paragraph of 64 bytes or more reads the 64 bytes that
 * end at n, shifted, not a copy (a copy of a varying length is a
 * branch the processor guesses wrong). */
static inline uint64_t
classes_at(const unsigned char *s, size_t n, size_t at, uint64_t *letters,
    uint64_t *apos)
{
	unsigned char tail[64];
	unsigned sh;
	uint64_t d;

	if (n - at >= 64)
		return classes64(s + at, letters, apos);
	if (n < 64) {
		memset(tail, 0, sizeof tail);
		memcpy(tail, s + at, n - at);
		return classes64(tail, letters, apos);
	}
	sh = (unsigned)(64 - (n - at));
	d = classes64(s + n - 64, letters, apos) >> sh;
	*letters >>= sh;
	*apos >>= sh;
	return d;
}

/*
 * May the paragraph s[0..n) hold an expression: has it a figure or a
 * head word?  A word the grammar reads is a run of ASCII letters, or
 * such a run less its "n" before "'t" (tokens.c, common/token.c).  64
 * bytes a step: a mask of their letters, a word at each run's start.
 * With at NULL, 1 at the first; else the span of each (a run of digits,
 * a head word) is pushed to *at, in order, and 1 returned if any.
 */
int
dn_holds(const struct dn_engine *e, const unsigned char *s, size_t n,
    struct spanvec *at_)
{
	size_t at, start = 0;
	int open = 0; /* a run goes on from the step before, from start */
	uint64_t d;

	if (!e->heads_ok)
		return 1;
	for (at = 0; at < n; at += 64) {
		uint64_t l, q, ends;
		unsigned k;

		if ((d = classes_at(s, n, at, &l, &q)) != 0) {
			if (at_ == NULL)
				return 1;
			for (ends = d & ~(d << 1); ends != 0;
			     ends &= ends - 1) {
				k = (unsigned)__builtin_ctzll(ends);
				uint64_t rest = ~(d >> k);
				unsigned len = rest
				    ? (unsigned)__builtin_ctzll(rest)
				    : 64 - k;

				spanvec_push(at_, at + k, at + k + len);
			}
		}
		if (open) {
			if (l == ~(uint64_t)0)
				continue;
			k = (unsigned)__builtin_ctzll(~l);
			if (head_at(e, s, start, at + k, n)) {
				if (at_ == NULL)
					return 1;
				spanvec_push(at_, start, at + k);
			}
			open = 0;
			l &= ~(((uint64_t)1 << k) - 1);
		}
		/* each run of letters: its first bit, then its end; one that
		 * ends in the step may be a head only if heads[] has its bit
		 * or an apostrophe follows ("don't") */
		for (ends = l & ~(l << 1); ends != 0; ends &= ends - 1) {
			uint64_t after;
			size_t a, b, bit;

			k = (unsigned)__builtin_ctzll(ends);
			after = ~l & (~(uint64_t)0 << k);
			if (after == 0) {
				open = 1;
				start = at + k;
				break;
			}
			a = at + k;
			b = at + (size_t)__builtin_ctzll(after);
			bit = head_bit(b - a, s[a], s[b - 1]);
			if (((e->heads[bit >> 6] >> (bit & 63)) |
			        (q >> (b - at))) &
			        1 &&
			    head_word(e, s, a, b, n)) {
				if (at_ == NULL)
					return 1;
				spanvec_push(at_, a, b);
			}
		}
	}
	if (open && head_at(e, s, start, n, n)) {
		if (at_ == NULL)
			return 1;
		spanvec_push(at_, start, n);
	}
	return at_ != NULL && at_->n > 0;
}

#define MARGIN 12 /* words either side of a figure or head word */

/* A blank a part of the paragraph may start after or end before. */
static inline int
sep(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

/* The blanks (sep()) of the 64 bytes at p: a bit each. */
static inline uint64_t
blanks64(const unsigned char *p)
{
	uint64_t b = 0;

#if defined(__SSE2__) && defined(__GNUC__)
	for (int k = 0; k < 64; k += 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(p + k));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
		        _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));

		b |= (uint64_t)(unsigned)_mm_movemask_epi8(m) << k;
	}
#else
	for (int k = 0; k < 64; k++)
		b |= (uint64_t)sep(p[k]) << k;
#endif
	return b;
}

/* The blanks of the 64 bytes of s[0..n) from at (at <= n): past n, all
 * blanks. */
static inline uint64_t
blanks_at(const unsigned char *s, size_t n, size_t at)
{
	unsigned char tail[64];
	unsigned sh;

	if (n - at >= 64)
		return blanks64(s + at);
	if (n < 64 || at >= n) {
		memset(tail, ' ', sizeof tail);
		memcpy(tail, s + at, n - at);
		return blanks64(tail);
	}
	/* as classes_at() */
	sh = (unsigned)(64 - (n - at));
	return blanks64(s + n - 64) >> sh | ~(uint64_t)0 << (n - at);
}

/* Is the byte before at, if any, in a word? */
static inline uint64_t
in_word_before(const unsigned char *s, size_t at)
{
	return at > 0 && !sep(s[at - 1]);
}

/*
 * A word is a run of non-blanks.  The start of the word MARGIN words
 * before the one that holds s[pos] (a non-blank), or of the first word:
 * the starts of words counted back from pos, 64 bytes a step.
 */
static size_t
margin_start(const unsigned char *s, size_t n, size_t pos)
{
	size_t at = pos & ~(size_t)63, first = pos;
	unsigned need = MARGIN + 1, c;
	uint64_t nb = ~blanks_at(s, n, at), m;

	/* the starts at or before pos */
	m = nb & ~(nb << 1 | in_word_before(s, at)) &
	    (~(uint64_t)0 >> (63 - (pos - at)));
	for (;;) {
		c = (unsigned)__builtin_popcountll(m);
		if (c >= need) {
			for (; need > 1; need--)
				m &= ~(
				    (uint64_t)1 << (63 - __builtin_clzll(m)));
			return at + 63 - (size_t)__builtin_clzll(m);
		}
		if (m != 0)
			first = at + (size_t)__builtin_ctzll(m);
		if (at == 0)
			return first;
		need -= c;
		at -= 64;
		nb = ~blanks64(s + at);
		m = nb & ~(nb << 1 | in_word_before(s, at));
	}
}

/* The end of the word MARGIN words after the one that holds s[pos - 1]
 * (a non-blank), or of the last word: the ends of words counted on from
 * pos, 64 bytes a step. */
static size_t
margin_end(const unsigned char *s, size_t n, size_t pos)
{
	size_t at = pos & ~(size_t)63, last = pos;
	unsigned need = MARGIN + 1, c;
	uint64_t b = blanks_at(s, n, at), m;

	/* the ends at or after pos (a word's end: the blank after it) */
	m = b & (~b << 1 | in_word_before(s, at)) &
	    (~(uint64_t)0 << (pos - at));
	for (;;) {
		c = (unsigned)__builtin_popcountll(m);
		if (c >= need) {
			for (; need > 1; need--)
				m &= m - 1;
			return at + (size_t)__builtin_ctzll(m);
		}
		if (m != 0)
			last = at + 63 - (size_t)__builtin_clzll(m);
		need -= c;
		at += 64;
		if (at > n)
			return last;
		b = blanks_at(s, n, at);
		m = b & (~b << 1 | in_word_before(s, at));
	}
}

/* The starts of words in s[from..to] (from <= to < n), counted up to
 * more than cap. */
static unsigned
starts_between(
    const unsigned char *s, size_t n, size_t from, size_t to, unsigned cap)
{
	size_t at = from & ~(size_t)63;
	uint64_t m = ~(uint64_t)0 << (from - at), nb, st;
	unsigned c = 0;

	for (;;) {
		nb = ~blanks_at(s, n, at);
		st = nb & ~(nb << 1 | in_word_before(s, at)) & m;
		if (to - at < 64)
			return c +
			    (unsigned)__builtin_popcountll(
			        st & ~(uint64_t)0 >> (63 - (to - at)));
		c += (unsigned)__builtin_popcountll(st);
		if (c > cap)
			return c;
		at += 64;
		m = ~(uint64_t)0;
	}
}

/*
 * The parts of the paragraph s[0..n) the grammar reads, in e->keep (0
 * returned when they are all of it): MARGIN words either side of each of
 * its figures and head words (e->trig, from dn_holds()).  Why that is
 * enough:
 * - every match holds a figure or a head word (above), and its words
 *   before and after the nearest one, with what a rule reads around a
 *   match (a few tokens: "Apple's 2013 results", "two years ago", "the
 *   4th floor"), are far fewer than MARGIN: the most are modifiers
 *   wrapped round a head ("around the beginning of this year": five
 *   words before "year"; match_at() wraps at most three deep);
 * - a part starts after a blank and ends before one, so its tokens are
 *   the whole text's there (tokens.c dn_tokenize_parts()), and each
 *   stretch passed over is one token no rule takes (DT_GAP);
 * - what reads further, the tense of a sentence ("said ... Friday", up to
 *   40 tokens either way) and the sentence of the last date, stops at
 *   the sentence's end (sent_end()); when it would read on into a
 *   stretch passed over, context.c says so (e->gap_hit) and dn_scan()
 *   matches the paragraph again, whole.
 */
int
dn_windows(struct dn_engine *e, const unsigned char *s, size_t n)
{
	size_t k, j;

	if (e->whole || e->trig.n == 0)
		return 0;
	e->keep.n = 0;
	/* in order: a step's figures are pushed before its words */
	for (k = 1; k < e->trig.n; k++) {
		struct span t = e->trig.v[k];

		for (j = k; j > 0 && e->trig.v[j - 1].start > t.start; j--)
			e->trig.v[j] = e->trig.v[j - 1];
		e->trig.v[j] = t;
	}
	/*
	 * The part of figure or head word k runs on over those after it
	 * while a part of one would start no further than the word after
	 * the last one's part ends: while no more than 2 * MARGIN words
	 * start from the end of one to the start of the next.  Its words
	 * are counted only at its two ends.
	 */
	for (k = 0; k < e->trig.n; k = j + 1) {
		size_t lo = margin_start(s, n, e->trig.v[k].start);

		for (j = k; j + 1 < e->trig.n &&
		     starts_between(s, n, e->trig.v[j].end,
		         e->trig.v[j + 1].start,
		         2 * MARGIN + 1) <= 2 * MARGIN + 1;
		     j++)
			;
		spanvec_push(&e->keep, lo, margin_end(s, n, e->trig.v[j].end));
	}
	return e->keep.n > 1 ||
	    (e->keep.n == 1 &&
	        (e->keep.v[0].start > 0 || e->keep.v[0].end < n));
}
