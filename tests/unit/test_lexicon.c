/* Unit tests: a lexicon compiled in by build-aux/gen-lexicon, with flags,
 * values and classes, as a filter declares one (common/lexicon.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "lexdefs.h"

#define U (const unsigned char *)

static const struct lex_slot *
find(const char *w)
{
	return lexicon_find(&test_lex, U w, strlen(w));
}

Test(lexicon_gen, flags_values_classes)
{
	const struct lex_slot *e;

	cr_assert_eq(lexicon_flags(&test_lex, U "SAID", 4), TL_VERB);
	cr_assert_eq(lexicon_flags(&test_lex, U "tweeted", 7), TL_VERB);
	/* "march" is in both files: the union of the flags */
	e = find("March");
	cr_assert_not_null(e);
	cr_assert_eq(e->flags, TL_VERB | TL_CAP);
	cr_assert_eq(e->value, 3);
	cr_assert_eq(e->cls, TL_MONTH);
	cr_assert_str_eq(lexicon_word(&test_lex, e), "march");
	e = find("sept");
	cr_assert_eq(e->flags, TL_CAP | TL_ABBR);
	cr_assert_eq(e->value, 9);
	e = find("week");
	cr_assert_eq(e->flags, 0);
	cr_assert_eq(e->value, 7);
	cr_assert_eq(e->cls, TL_UNIT);
	cr_assert_eq(find("minus")->value, -4);
	cr_assert_eq(find("spaced")->flags, TL_ABBR);
}

Test(lexicon_gen, words_with_spaces_and_utf8)
{
	cr_assert_eq(lexicon_flags(&test_lex, U "new york", 8), TL_NAME);
	cr_assert_eq(lexicon_flags(&test_lex, U "Se\xc3\xb1or", 6), TL_NAME);
	cr_assert_null(find("New  York"));
	cr_assert_null(find("se"));
	cr_assert_null(find("said "));
}

/* A word longer than LEX_KEYLEN is listed apart (lexicon_long_flags). */
Test(lexicon_gen, long_words)
{
	const char *w = "SPEECH-to-text-engine";

	cr_assert_eq(lexicon_long_flags(&test_lex, U w, strlen(w)), TL_NAME);
	cr_assert_eq(lexicon_flags(&test_lex, U w, strlen(w)), TL_NAME);
	cr_assert_eq(lexicon_long_flags(&test_lex, U w, strlen(w) - 1), 0);
	cr_assert_eq(lexicon_long_flags(&test_lex, U "x", 0), 0);
	cr_assert_eq(lexicon_long_flags(&test_lex_empty, U w, strlen(w)), 0);
}

/* gen-lexicon -s test_shape_verb=VERB: the shapes of the VERB words */
Test(lexicon_gen, shape)
{
	cr_assert(lex_shape_maybe(&test_shape_verb, U "Said", 4));
	cr_assert(lex_shape_maybe(&test_shape_verb, U "TWEETED", 7));
	cr_assert(lex_shape_maybe(&test_shape_verb, U "march", 5));
	cr_assert(!lex_shape_maybe(&test_shape_verb, U "sept", 4));
	cr_assert(!lex_shape_maybe(&test_shape_verb, U "sound", 5));
	cr_assert(!lex_shape_maybe(&test_shape_verb, U "sad", 3));
	/* not a letter at either end: always maybe */
	cr_assert(lex_shape_maybe(&test_shape_verb, U "said1", 5));
	cr_assert(lex_shape_maybe(&test_shape_verb, U "", 0));
	cr_assert(lex_shape_maybe(&test_shape_verb, U "\xc3\xa9t", 3));
}

Test(lexicon_gen, counts_and_empty)
{
	const struct lex_slot *e;
	size_t it = 0, n = 0;

	while ((e = lexicon_next(&test_lex, &it)) != NULL)
		n++;
	cr_assert_eq(n, 12);
	cr_assert_eq(test_lex.n, 12);
	cr_assert_eq(test_lex_empty.n, 0);
	cr_assert_null(lexicon_find(&test_lex_empty, U "said", 4));
	it = 0;
	cr_assert_null(lexicon_next(&test_lex_empty, &it));
}

/* lexicon_lookup() (the key, the Bloom filter, the perfect-hash index)
 * gives lexicon_find()'s answer for s[0..n), in a buffer that ends at s + n
 * (bytes read one at a time) and in one with more bytes after it (sixteen
 * read at once); lexicon_key_flags(), lexicon_memo_flags() and
 * lexicon_long_flags() give its flags. */
static struct lex_memo memo; /* test_lex's */

static void
same_answer(const struct lexicon *lx, const unsigned char *s, size_t n)
{
	unsigned char buf[LEX_MAXWORD + 32];
	const struct lex_slot *want = lexicon_find(lx, s, n);
	struct lex_key k;

	memcpy(buf, s, n);
	memset(buf + n, 'x', 32);
	cr_assert_eq(lexicon_lookup(lx, s, n, s + n), want, "%.*s", (int)n, s);
	cr_assert_eq(
	    lexicon_lookup(lx, buf, n, buf + n + 32), want, "%.*s", (int)n, s);
	if (lex_key_make(&k, s, n, s + n)) {
		cr_assert_eq(lexicon_key_flags(lx, &k), want ? want->flags : 0,
		    "%.*s", (int)n, s);
		if (lx == &test_lex)
			cr_assert_eq(lexicon_memo_flags(lx, &memo, &k),
			    want ? want->flags : 0, "memo: %.*s", (int)n, s);
	} else {
		cr_assert_eq(lexicon_long_flags(lx, s, n),
		    want ? want->flags : 0, "%.*s", (int)n, s);
	}
	if (want != NULL && lex_key_make(&k, s, n, s + n)) {
		uint32_t hit;
		const struct lex_ix *p = lexicon_key_place(lx, &k, &hit);

		cr_assert(lexicon_maybe(lx, &k), "%.*s", (int)n, s);
		cr_assert(hit == ~(uint32_t)0 && p->cls == want->cls &&
		        &lx->slot[p->slot - 1] == want,
		    "%.*s", (int)n, s);
	}
}

static void
every_word(const struct lexicon *lx)
{
	const struct lex_slot *e;
	size_t it = 0;

	while ((e = lexicon_next(lx, &it)) != NULL) {
		const char *w = lexicon_word(lx, e);
		unsigned char up[LEX_MAXWORD];

		same_answer(lx, U w, e->len);
		for (size_t i = 0; i < e->len; i++)
			up[i] = (unsigned char)(w[i] >= 'a' && w[i] <= 'z'
			        ? w[i] - 32
			        : w[i]);
		same_answer(lx, up, e->len);
		if (e->len > 1)
			same_answer(lx, U w, e->len - 1u);
	}
}

Test(lexicon_lookup, agrees_with_find)
{
	static const char *const words[] = { "said", "SAID", "Said", "sai",
		"saidx", "tweeted", "new york", "Se\xc3\xb1or", "SE\xc3\xb1OR",
		"", "a", "@", "[", "`", "{", "z\x01", "said\0", "inc", "Inc" };
	unsigned seed = 12345;

	every_word(&test_lex);
	every_word(&test_lex_empty);
	every_word(&lex_abbrev);
	every_word(&lex_abbrev_title);
	every_word(&lex_starters);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t n = strlen(words[i]) + (strcmp(words[i], "said") == 0);

		same_answer(&test_lex, U words[i], n);
		same_answer(&lex_abbrev, U words[i], n);
	}
	/* random strings over a small alphabet: many are entries */
	for (int t = 0; t < 200000; t++) {
		static const char letters[] = "aeiostndrAESI.@\x80";
		unsigned char s[20];
		size_t n;

		seed = seed * 1103515245u + 12345u;
		n = 1 + (seed >> 16) % 18;
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			s[i] = (unsigned char)letters[(seed >> 16) % 17];
		}
		same_answer(&lex_abbrev, s, n);
		same_answer(&test_lex, s, n);
	}
}
