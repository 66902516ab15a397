/* Unit tests: common/token */
#include <config.h>

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"

static struct tokvec tv;

static void
tok(const char *s)
{
	tokvec_reset(&tv);
	tokenize((const unsigned char *)s, strlen(s), &tv);
}

static void
expect(const char *s, const char *const *want, size_t n)
{
	tok(s);
	cr_assert_eq(tv.n, n, "%s: %zu tokens, want %zu", s, tv.n, n);
	for (size_t i = 0; i < n; i++) {
		size_t l = tv.v[i].end - tv.v[i].start;
		cr_assert(l == strlen(want[i]) &&
		        memcmp(s + tv.v[i].start, want[i], l) == 0,
		    "%s: token %zu is '%.*s', want '%s'", s, i, (int)l,
		    s + tv.v[i].start, want[i]);
	}
}

#define EXPECT(s, ...)                                                         \
	do {                                                                   \
		static const char *const w[] = { __VA_ARGS__ };                \
		expect(s, w, sizeof w / sizeof w[0]);                          \
	} while (0)

Test(token, words_and_punctuation)
{
	EXPECT("Hello, world!", "Hello", ",", "world", "!");
	EXPECT("a well-known O'Neill", "a", "well-known", "O'Neill");
	EXPECT("Ren's plan", "Ren", "'s", "plan");
	EXPECT("Ren’s plan", "Ren", "’s", "plan");
	/* written apart, as in tokenised text */
	EXPECT("Ren 's plan", "Ren", "'s", "plan");
	EXPECT("the 'sorry' note", "the", "'", "sorry", "'", "note");
	EXPECT("wait...", "wait", "...");
	EXPECT("NEW YORK 83 61 .576 -", "NEW", "YORK", "83", "61", ".576", "-");
	EXPECT("Zürich café", "Zürich", "café");
}

Test(token, negations)
{
	EXPECT("I don't know", "I", "do", "n't", "know");
	EXPECT("can’t", "ca", "n’t");
	EXPECT("won't", "wo", "n't");
	EXPECT("O'Neill isn't", "O'Neill", "is", "n't");
	EXPECT("n't", "n't");
}

Test(token, ptb_clitics_and_names)
{
	EXPECT("I'm sure we're fine", "I", "'m", "sure", "we", "'re", "fine");
	EXPECT("they've you'll he'd", "they", "'ve", "you", "'ll", "he", "'d");
	EXPECT("O'Neill rock'n'roll", "O'Neill", "rock'n'roll");
	EXPECT("Shares of AT&T and S&P rose", "Shares", "of", "AT&T", "and",
	    "S&P", "rose");
	EXPECT("Tom & Jerry", "Tom", "&", "Jerry");
	EXPECT("Detik.com reported", "Detik.com", "reported");
	EXPECT("moved to LA.", "moved", "to", "LA", ".");
	EXPECT("at Amazon.co.uk.", "at", "Amazon.co.uk", ".");
	EXPECT("the end.Next", "the", "end", ".", "Next");
}

Test(token, numbers)
{
	EXPECT("3.5 1,000 10:30", "3.5", "1,000", "10:30");
	EXPECT("on 2013-05-09 or 5/9/2013.", "on", "2013-05-09", "or",
	    "5/9/2013", ".");
	EXPECT("$100.00", "$", "100.00");
	tok("1990s");
	cr_assert_eq(tv.v[0].kind, TOK_WORD);
	tok("42");
	cr_assert_eq(tv.v[0].kind, TOK_NUM);
}

Test(token, abbreviations_keep_inner_periods)
{
	EXPECT(
	    "the U.S. and a.m. Ph.D.", "the", "U.S.", "and", "a.m.", "Ph.D.");
	tok("U.S.");
	cr_assert_eq(tv.v[0].kind, TOK_ABBR);
	EXPECT("Inc. said", "Inc.", "said");
	EXPECT("by J. R. Smith.", "by", "J.", "R.", "Smith", ".");
	EXPECT("the end.", "the", "end", ".");
	EXPECT("Co... and", "Co", "...", "and");
}

Test(token, urls_and_emails)
{
	EXPECT("see https://example.com/a_b.html. Next", "see",
	    "https://example.com/a_b.html", ".", "Next");
	EXPECT(
	    "mail jo.smith@example.org.", "mail", "jo.smith@example.org", ".");
	tok("www.example.com");
	cr_assert_eq(tv.v[0].kind, TOK_URL);
	tok("jo@example.org");
	cr_assert_eq(tv.v[0].kind, TOK_EMAIL);
}

Test(token, flags)
{
	tok("NASA Paris iPhone x2");
	cr_assert(tv.v[0].flags & TF_ALLCAPS);
	cr_assert(tv.v[1].flags & TF_CAP);
	cr_assert(!(tv.v[1].flags & TF_ALLCAPS));
	cr_assert(tv.v[2].flags & TF_LOWER);
	cr_assert(tv.v[3].flags & TF_DIGIT);
}

Test(token, invalid_utf8_is_a_token_of_its_own)
{
	tok("a \xFF b");
	cr_assert_eq(tv.n, 3);
}

/* Tokenize s with ’ and again with ' in its place: the same tokens,
 * kinds and flags (issue 17: "China’s People’s Liberation Army"). */
static void
same_as_straight(const char *curly)
{
	char straight[256];
	unsigned char folded[256];
	struct tokvec a = { 0 }, b = { 0 };
	size_t n = strlen(curly), m = 0, k;

	for (size_t i = 0; i < n; i++) {
		if (memcmp(curly + i, "\xE2\x80\x99", 3) == 0) {
			straight[m++] = '\'';
			i += 2;
		} else
			straight[m++] = curly[i];
	}
	straight[m] = '\0';
	cr_assert_eq(tok_fold_apos((const unsigned char *)curly, n, folded), m);
	cr_assert(memcmp(folded, straight, m) == 0);
	tokenize((const unsigned char *)curly, n, &a);
	tokenize((const unsigned char *)straight, m, &b);
	cr_assert_eq(a.n, b.n, "%s: %zu tokens, with ' %zu", curly, a.n, b.n);
	for (k = 0; k < a.n; k++) {
		unsigned char t[256];
		size_t l = tok_fold_apos(
		    (const unsigned char *)curly + a.v[k].start,
		    a.v[k].end - a.v[k].start, t);

		cr_assert_eq(
		    a.v[k].kind, b.v[k].kind, "%s: token %zu", curly, k);
		cr_assert_eq(
		    a.v[k].flags, b.v[k].flags, "%s: token %zu", curly, k);
		cr_assert(l == b.v[k].end - b.v[k].start &&
		        memcmp(t, straight + b.v[k].start, l) == 0,
		    "%s: token %zu is '%.*s'", curly, k, (int)l, t);
	}
	tokvec_free(&a);
	tokvec_free(&b);
}

Test(token, typographic_apostrophes_as_straight_ones)
{
	EXPECT("China’s People’s Liberation Army", "China", "’s", "People",
	    "’s", "Liberation", "Army");
	EXPECT("Ren’s statement", "Ren", "’s", "statement");
	EXPECT("don’t", "do", "n’t");
	EXPECT("CAN’T", "CA", "N’T");
	EXPECT("we’re here", "we", "’re", "here");
	EXPECT("O’Neill’s", "O’Neill", "’s");
	same_as_straight("China’s People’s Liberation Army, said Ren.");
	same_as_straight(
	    "Ren’s statement: I don’t, we’re, they’ve, you’ll, he’d, I’m.");
	same_as_straight(
	    "The players’ union and O’Neill’s rock’n’roll in the ’90s.");
	same_as_straight("REN’S WON’T Ren ’s ’s’ ’ ’’ x’");
	same_as_straight("‘Quoted’ words’ ends’.");
}

static void
collect(void *ctx, const struct token *t)
{
	struct tokvec *v = ctx;

	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = realloc(v->v, v->cap * sizeof *v->v);
		cr_assert_not_null(v->v);
	}
	v->v[v->n++] = *t;
}

/* tokenize_each() hands on the tokens tokenize() makes, in order. */
Test(token, each_gives_the_same_tokens)
{
	static const char *const text[] = {
		"",
		"Ren's don't I'm we\xe2\x80\x99re U.S. a.m. Inc. J. Smith",
		"3,000 2.5 10:30 2013-05-09 5/9/2013 .576 ... well-known AT&T",
		"see http://x.org/a). mail a.b@c.org \xc2\xa0May\xc2\xa0"
		"9, 2013\n",
		"\xff\xfe bad \xe2\x80\x9cquoted\xe2\x80\x9d Detik.com 1990s 9th",
		"rock'n'roll O'Neill can\xe2\x80\x99t FY2012 Q3 'll",
		/* plain words cut from the block masks, with ", " */
		"the Mayor said, at noon, that 3, 4 and 12 of NASA GDP rose, "
		"as x, Y, z, aa, BB, 7, c9, D10 and more words to go past "
		"the first block, and past the second, into the third one.",
	};
	struct tokvec got = { 0 };

	for (size_t i = 0; i < sizeof text / sizeof text[0]; i++) {
		const unsigned char *s = (const unsigned char *)text[i];
		size_t n = strlen(text[i]);

		tokvec_reset(&tv);
		tokenize(s, n, &tv);
		got.n = 0;
		tokenize_each(s, n, collect, &got);
		cr_assert_eq(got.n, tv.n, "%s", text[i]);
		for (size_t k = 0; k < tv.n; k++)
			cr_assert(got.v[k].start == tv.v[k].start &&
			        got.v[k].end == tv.v[k].end &&
			        got.v[k].kind == tv.v[k].kind &&
			        got.v[k].flags == tv.v[k].flags,
			    "%s: token %zu", text[i], k);
	}
	free(got.v);
}

/* tests/unit/token_ref.c: the same tokenizer without its shortcuts */
void ref_tokenize(const unsigned char *s, size_t n, struct tokvec *tv);

/* The tokens of s[0..n) as the tokenizer and its reference make them;
 * returns the number of tokens, after asserting they are the same. */
static size_t
same_as_reference(const unsigned char *s, size_t n, const char *what)
{
	static struct tokvec ref;

	tokvec_reset(&tv);
	tokenize(s, n, &tv);
	ref.n = 0;
	ref_tokenize(s, n, &ref);
	cr_assert_eq(tv.n, ref.n, "%s: %zu tokens, the reference %zu", what,
	    tv.n, ref.n);
	for (size_t k = 0; k < tv.n; k++)
		cr_assert(tv.v[k].start == ref.v[k].start &&
		        tv.v[k].end == ref.v[k].end &&
		        tv.v[k].kind == ref.v[k].kind &&
		        tv.v[k].flags == ref.v[k].flags,
		    "%s: token %zu at %zu..%zu (kind %d flags %#x), the "
		    "reference's at %zu..%zu (kind %d flags %#x)",
		    what, k, tv.v[k].start, tv.v[k].end, (int)tv.v[k].kind,
		    tv.v[k].flags, ref.v[k].start, ref.v[k].end,
		    (int)ref.v[k].kind, ref.v[k].flags);
	return tv.n;
}

/* Each file of dir (under the source tree) tokenized whole and by lines;
 * returns the number of files read. */
static int
same_on_files(const char *dir)
{
	const char *top = getenv("abs_top_srcdir");
	char path[4096], cmd[4200];
	FILE *ls;
	int files = 0;

	snprintf(path, sizeof path, "%s/%s", top ? top : ".", dir);
	snprintf(cmd, sizeof cmd, "find '%s' -type f 2>/dev/null", path);
	if ((ls = popen(cmd, "r")) == NULL)
		return 0;
	while (fgets(path, sizeof path, ls) != NULL) {
		FILE *f;
		unsigned char *b = NULL;
		size_t n = 0, cap = 0, got, a = 0;

		path[strcspn(path, "\n")] = '\0';
		if ((f = fopen(path, "rb")) == NULL)
			continue;
		do {
			if (n == cap)
				b = realloc(b, cap = cap ? 2 * cap : 65536);
			cr_assert_not_null(b);
			n += got = fread(b + n, 1, cap - n, f);
		} while (got > 0);
		fclose(f);
		same_as_reference(b, n, path);
		for (size_t i = 0; i <= n; i++)
			if (i == n || b[i] == '\n') {
				same_as_reference(b + a, i - a, path);
				a = i + 1;
			}
		free(b);
		files++;
	}
	pclose(ls);
	return files;
}

/* The shortcuts of tokenize() (a class memo for characters >= 0x80, the
 * short ways for punctuation, SSE2) make the tokens its reference makes:
 * on the test data, the fuzz corpora and random strings made of pieces
 * that test the joins ("3,000", "U.S.", "’s", "n't", "x.com", ...). */
Test(token, same_tokens_as_the_reference)
{
	static const char *const piece[] = { "a", "B", "ze", "Word", "US", "3",
		"07", " ", " ", "  ", "\n", "\t", ".", ",", "-", "'", "&", ":",
		"/", "@", "%", "(", ")", "\"", "...", "'s", "n't", "'re",
		"\xe2\x80\x99", "\xe2\x80\x99s", "\xe2\x80\x9c", "\xe2\x80\x9d",
		"\xe2\x80\x94", "\xc2\xa0", "\xc3\xa9", "\xc3\x89t\xc3\xa9",
		"\xe0\xa4\x95", "\xe0\xa4\xbf", "\xe0\xa5\xa8", "\xd0\x96",
		"\xcc\x81", "\xff", "\xe2\x80", "\0", "http://", "www.", ".com",
		"co.uk", "U.S.", "a.m.", "Inc.", "Dr", "J.", "e.g", "mail",
		"x@y.org", "AT", "T", "10:30", "2013-05-09", ".576", "1,000",
		"\xef\xbc\x91", "\xf0\x9f\x98\x80" };
	static const char *const dirs[] = { "tests/data", "tests/fuzz/corpus" };
	unsigned char buf[512];
	unsigned long seed = 20261207;
	size_t tokens = 0;

	/* make check sets abs_top_srcdir; tests/data is distributed */
	cr_assert_gt(same_on_files(dirs[0]), 0, "no file in tests/data");
	same_on_files(dirs[1]);
	for (int r = 0; r < 200000; r++) {
		size_t n = 0, parts;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		parts = 1 + (seed >> 33) % 24;
		for (size_t p = 0; p < parts; p++) {
			const char *x;
			size_t l;

			seed = seed * 6364136223846793005UL +
			    1442695040888963407UL;
			x = piece[(seed >> 33) %
			    (sizeof piece / sizeof piece[0])];
			l = *x ? strlen(x) : 1; /* "\0": one NUL byte */
			if (n + l > sizeof buf)
				break;
			memcpy(buf + n, x, l);
			n += l;
		}
		tokens += same_as_reference(buf, n, "a random string");
	}
	/* runs of letters and digits as long as a 64-byte block or longer,
	 * starting at every place of a block ("x", then "x x", ...) */
	for (size_t lead = 0; lead < 130; lead++) {
		for (size_t len = 60; len <= 200; len += len < 70 ? 1 : 13) {
			size_t n = 0;

			for (size_t k = 0; k < lead; k++)
				buf[n++] = k % 2 ? ' ' : 'x';
			for (size_t k = 0; k < len && n < sizeof buf - 2; k++)
				buf[n++] = (unsigned char)(k % 7 == 6
				        ? '7'
				        : 'a' + k % 26);
			buf[n++] = len % 2 ? '.' : ' ';
			buf[n++] = 'Z';
			tokens += same_as_reference(buf, n, "a long run");
		}
	}
	/* chains of short words with one space or ", " between them, as
	 * long as several blocks, each ended a different way ("the Mayor
	 * said, 3 of 12 ... X.", "... at NASA (", "... the end") */
	for (int r = 0; r < 20000; r++) {
		static const char *const end[] = { ".", " (", "", "\n", "  ",
			", ", ",", "-", "'s", "\xc3\xa9", ". Mr", ",5" };
		size_t n = 0;

		while (n < 300) {
			size_t len;

			seed = seed * 6364136223846793005UL +
			    1442695040888963407UL;
			len = 1 + (seed >> 33) % 9;
			for (size_t k = 0; k < len; k++) {
				unsigned v = (unsigned)(seed >> (k * 3 + 5)) &
				    7;

				buf[n++] = (unsigned char)(v == 0 ? '0' + k
				        : v < 3                   ? 'A' + k * 2
				                : 'a' + k * 3);
			}
			if ((seed >> 60) == 0)
				buf[n++] = ',';
			buf[n++] = ' ';
		}
		n--; /* a chain ends at its last word */
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		memcpy(buf + n, end[(seed >> 33) % 12],
		    strlen(end[(seed >> 33) % 12]));
		n += strlen(end[(seed >> 33) % 12]);
		tokens += same_as_reference(
		    buf + r % 61, n - r % 61, "a chain of words");
	}
	cr_assert_gt(tokens, 200000);
}
