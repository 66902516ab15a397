/* Unit tests: common/lexicon, common/cli helpers, common/buf */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "lexicon.h"

#define U (const unsigned char *)

Test(lexicon, compiled_in_lists)
{
	cr_assert(lexicon_has(&lex_abbrev, U "Inc", 3));
	cr_assert(lexicon_has(&lex_abbrev, U "INC", 3));
	cr_assert(lexicon_has(&lex_abbrev_title, U "Dr", 2));
	cr_assert(!lexicon_has(&lex_abbrev, U "Inco", 4));
	cr_assert(!lexicon_has(&lex_abbrev, U "In", 2));
	cr_assert(lexicon_has(&lex_starters, U "The", 3));
	cr_assert(!lexicon_has(&lex_starters, U "I", 1));
	cr_assert(!lexicon_has(NULL, U "x", 1));
	/* sorted, so binary search finds every entry */
	for (size_t i = 0; i < lex_abbrev.n; i++)
		cr_assert(lexicon_has(&lex_abbrev, U lex_abbrev.words[i], strlen(lex_abbrev.words[i])));
}

Test(lexicon, load_from_file)
{
	char path[] = "/tmp/nu-lex-XXXXXX";
	int fd = mkstemp(path);
	struct lexicon lx;
	const char *text = "# comment\nWidg.\n  Xyz \r\n\nabc\n";

	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	cr_assert_eq(lexicon_load(&lx, path), 0);
	unlink(path);
	cr_assert_eq(lx.n, 3);
	cr_assert(lexicon_has(&lx, U "widg", 4));
	cr_assert(lexicon_has(&lx, U "XYZ", 3));
	cr_assert(lexicon_has(&lx, U "abc", 3));
	cr_assert(!lexicon_has(&lx, U "comment", 7));
	lexicon_free(&lx);
	cr_assert_eq(lexicon_load(&lx, "/nonexistent/x.lst"), -1);
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
