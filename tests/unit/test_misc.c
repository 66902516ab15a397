/* Unit tests: common/lexicon, common/cli helpers, common/buf,
 * common/holdback */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "holdback.h"
#include "lexicon.h"

#define U (const unsigned char *)

Test(lexicon, compiled_in_lists)
{
	const struct lex_slot *e;
	size_t it = 0, n = 0;

	cr_assert(lexicon_has(&lex_abbrev, U "Inc", 3));
	cr_assert(lexicon_has(&lex_abbrev, U "INC", 3));
	cr_assert(lexicon_has(&lex_abbrev_title, U "Dr", 2));
	cr_assert(!lexicon_has(&lex_abbrev, U "Inco", 4));
	cr_assert(!lexicon_has(&lex_abbrev, U "In", 2));
	cr_assert(!lexicon_has(&lex_abbrev, U "", 0));
	cr_assert(lexicon_has(&lex_starters, U "The", 3));
	cr_assert(!lexicon_has(&lex_starters, U "I", 1));
	cr_assert(!lexicon_has(NULL, U "x", 1));
	/* every entry is found, under its own spelling and in capitals */
	while ((e = lexicon_next(&lex_abbrev, &it)) != NULL) {
		const char *w = lexicon_word(&lex_abbrev, e);
		char up[LEX_MAXWORD + 1];
		size_t k, len = strlen(w);

		cr_assert_eq(len, e->len);
		for (k = 0; k <= len; k++)
			up[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32
			                                          : w[k]);
		cr_assert(lexicon_find(&lex_abbrev, U w, len) == e, "%s", w);
		cr_assert(lexicon_find(&lex_abbrev, U up, len) == e, "%s", up);
		n++;
	}
	cr_assert_eq(n, lex_abbrev.n);
	cr_assert_gt(n, 100);
	/* the table is at most half full */
	cr_assert_leq(2 * n, lex_abbrev.mask + 1);
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	cr_assert_not_null(f);
	cr_assert_eq(fputs(text, f) >= 0, 1);
	cr_assert_eq(fclose(f), 0);
}

Test(lexicon, load_from_file)
{
	char path[] = "/tmp/nu-lex-XXXXXX";
	int fd = mkstemp(path);
	struct lexicon lx;

	cr_assert(fd >= 0);
	close(fd);
	write_file(path,
	    "# comment\nWidg.\n  Xyz \r\n\nabc\nabc.\n"
	    "caf\xc3\xa9\tignored\n");
	cr_assert_eq(lexicon_load(&lx, path, 0x5, LEX_LOAD_DROP_PERIOD), 0);
	cr_assert_eq(lx.n, 4);
	cr_assert(lexicon_has(&lx, U "widg", 4));
	cr_assert(lexicon_has(&lx, U "XYZ", 3));
	cr_assert(lexicon_has(&lx, U "abc", 3));
	cr_assert_eq(lexicon_flags(&lx, U "Abc", 3), 0x5);
	cr_assert_eq(lexicon_flags(&lx, U "abd", 3), 0);
	cr_assert(!lexicon_has(&lx, U "comment", 7));
	/* UTF-8 words: ASCII letters fold, the rest must match */
	cr_assert(lexicon_has(&lx, U "CAF\xc3\xa9", 5));
	cr_assert(!lexicon_has(&lx, U "CAF\xc3\x89", 5));
	/* the fast look-up of a loaded list */
	cr_assert_not_null(lexicon_lookup(&lx, U "WIDG", 4, U "WIDG" + 4));
	cr_assert_eq(lexicon_lookup(&lx, U "caf\xc3\xa9", 5, NULL),
	    lexicon_find(&lx, U "caf\xc3\xa9", 5));
	cr_assert_null(lexicon_lookup(&lx, U "abd", 3, NULL));
	{
		struct lex_key k;

		lex_key_make(&k, U "Xyz", 3, NULL);
		cr_assert_eq(lexicon_key_flags(&lx, &k), 0x5);
		lex_key_make(&k, U "Xy", 2, NULL);
		cr_assert_eq(lexicon_key_flags(&lx, &k), 0);
		cr_assert_eq(lexicon_long_flags(&lx, U "abc", 3), 0x5);
	}
	lexicon_free(&lx);
	cr_assert(!lexicon_has(&lx, U "abc", 3));

	/* without the option, a final period is part of the word */
	write_file(path, "Widg.\n");
	cr_assert_eq(lexicon_load(&lx, path, 0, 0), 0);
	cr_assert(lexicon_has(&lx, U "widg.", 5));
	cr_assert(!lexicon_has(&lx, U "widg", 4));
	lexicon_free(&lx);

	/* an empty list */
	write_file(path, "# nothing\n");
	cr_assert_eq(lexicon_load(&lx, path, 0, 0), 0);
	cr_assert_eq(lx.n, 0);
	cr_assert(!lexicon_has(&lx, U "x", 1));
	lexicon_free(&lx);

	/* a word too long for a table is an error, not a lost entry */
	{
		char big[LEX_MAXWORD + 3];
		memset(big, 'x', LEX_MAXWORD + 1);
		strcpy(big + LEX_MAXWORD + 1, "\n");
		write_file(path, big);
		errno = 0;
		cr_assert_eq(lexicon_load(&lx, path, 0, 0), -1);
		cr_assert_eq(errno, EINVAL);
	}
	unlink(path);
	cr_assert_eq(lexicon_load(&lx, "/nonexistent/x.lst", 0, 0), -1);
}

/* Many words, all found after the table grew; none invented. */
Test(lexicon, many_words)
{
	char path[] = "/tmp/nu-lex-XXXXXX";
	int fd = mkstemp(path);
	FILE *f;
	struct lexicon lx;
	char w[16];

	cr_assert(fd >= 0);
	f = fdopen(fd, "w");
	for (int i = 0; i < 5000; i++)
		fprintf(f, "w%d\n", i * 7);
	fclose(f);
	cr_assert_eq(lexicon_load(&lx, path, 1, 0), 0);
	unlink(path);
	cr_assert_eq(lx.n, 5000);
	for (int i = 0; i < 35000; i++) {
		int len = snprintf(w, sizeof w, "W%d", i);
		cr_assert_eq(
		    lexicon_has(&lx, U w, (size_t)len), i % 7 == 0, "%s", w);
	}
	lexicon_free(&lx);
}

Test(cli, parse_size)
{
	cr_assert_eq(parse_size("1024"), 1024);
	cr_assert_eq(parse_size("4K"), 4096);
	cr_assert_eq(parse_size("1M"), 1 << 20);
	cr_assert_eq(parse_size("1MiB"), 1 << 20);
	cr_assert_eq(parse_size("2g"), (size_t)2 << 30);
	cr_assert_eq(parse_size("0"), 0);
	cr_assert_eq(parse_size("x"), 0);
	cr_assert_eq(parse_size("12Q"), 0);
	cr_assert_eq(parse_size("-5"), 0);
}

Test(buf, grow_and_add)
{
	struct buf b = BUF_INIT;

	for (int i = 0; i < 1000; i++)
		buf_adds(&b, "ab");
	buf_addc(&b, 'c');
	cr_assert_eq(b.len, 2001);
	cr_assert_eq(b.p[2000], 'c');
	buf_reset(&b);
	cr_assert_eq(b.len, 0);
	buf_free(&b);
	cr_assert_null(b.p);
}

/* Chunks held keep their bytes, in order, past the reader's buffer. */
Test(holdback, chunks_in_order)
{
	struct holdback h = { 0 };
	unsigned char src[16];
	struct chunk c = { .kind = CHUNK_PARA, .p = src, .len = 5, .off = 7 };

	memcpy(src, "Title", 5);
	hold_start(&h, "f", &c);
	memcpy(src, "\n\n", 2);
	c.kind = CHUNK_GAP;
	c.len = 2;
	c.off = 12;
	hold_add(&h, "f", &c);
	memcpy(src, "Friday", 6);
	c.kind = CHUNK_PARA;
	c.len = 6;
	c.off = 14;
	hold_add(&h, "f", &c);
	memset(src, 'x', sizeof src);
	cr_assert(h.on);
	cr_assert_eq(h.n, 3);
	cr_assert_str_eq(h.name, "f");
	cr_assert_eq(hold_chunk(&h)->len, 5);
	cr_assert(!memcmp(hold_chunk(&h)->p, "Title", 5));
	cr_assert_eq(hold_nth(&h, 1)->kind, CHUNK_GAP);
	cr_assert(!memcmp(hold_nth(&h, 1)->p, "\n\n", 2));
	cr_assert_eq(hold_nth(&h, 2)->off, 14);
	cr_assert(!memcmp(hold_nth(&h, 2)->p, "Friday", 6));
	cr_assert(hold_fits(&h, 3, 16));
	cr_assert(!hold_fits(&h, 4, 16));
	buf_add(&h.after, (const unsigned char *)"ab", 2);
	cr_assert(!hold_fits(&h, 2, 16));
	hold_end(&h);
	cr_assert(!h.on);
	cr_assert_eq(h.n, 0);
	cr_assert_eq(h.after.len, 0);
	/* a new hold starts empty */
	hold_add(&h, "g", &c);
	cr_assert_eq(h.n, 1);
	cr_assert_str_eq(h.name, "g");
	cr_assert(!memcmp(hold_chunk(&h)->p, "xxxxxx", 6));
	hold_free(&h);
}
