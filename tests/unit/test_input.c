/* Unit tests: common/input */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"

struct got {
	enum chunk_kind kind[64];
	char text[64][256];
	size_t off[64];
	int more[64], cont[64];
	size_t n;
	char all[65536];
	size_t alllen;
};

static void
read_all(
    const char *data, size_t len, const struct input_opts *o, struct got *g)
{
	char path[] = "/tmp/nu-input-XXXXXX";
	int fd = mkstemp(path);
	struct reader *r;
	struct chunk c;

	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, data, len), (ssize_t)len);
	close(fd);
	r = reader_open(path, o);
	cr_assert_not_null(r);
	memset(g, 0, sizeof *g);
	while (reader_next(r, &c) > 0) {
		cr_assert_lt(g->n, 64);
		g->kind[g->n] = c.kind;
		memcpy(g->text[g->n], c.p, c.len < 255 ? c.len : 255);
		g->off[g->n] = c.off;
		g->more[g->n] = c.more;
		g->cont[g->n] = c.cont;
		cr_assert_eq(c.off, g->alllen, "chunks must be contiguous");
		memcpy(g->all + g->alllen, c.p, c.len);
		g->alllen += c.len;
		g->n++;
	}
	reader_close(r);
	unlink(path);
	cr_assert_eq(g->alllen, len, "every byte lands in a chunk");
	cr_assert(memcmp(g->all, data, len) == 0);
}

static const struct input_opts plain = { 0, 0, 1, INPUT_DEFAULT_CAP, 0 };

Test(input, paragraphs_and_gaps)
{
	struct got g;
	const char *s = "One. Two\nthree.\n\n  \nFour.\n";

	read_all(s, strlen(s), &plain, &g);
	cr_assert_eq(g.n, 5);
	cr_assert_eq(g.kind[0], CHUNK_PARA);
	cr_assert_str_eq(g.text[0], "One. Two\nthree.\n");
	cr_assert_eq(g.kind[1], CHUNK_GAP);
	cr_assert_eq(g.kind[2], CHUNK_GAP);
	cr_assert_str_eq(g.text[2], "  \n");
	cr_assert_eq(g.kind[3], CHUNK_PARA);
	cr_assert_eq(g.off[3], 20);
	cr_assert_eq(g.kind[4], CHUNK_DOCEND);
}

Test(input, bom_crlf_and_no_final_newline)
{
	struct got g;
	const char *s = "\xEF\xBB\xBFHello.\r\n\r\nBye.";

	read_all(s, strlen(s), &plain, &g);
	cr_assert_eq(g.kind[0], CHUNK_BOM);
	cr_assert_eq(g.kind[1], CHUNK_PARA);
	cr_assert_str_eq(g.text[1], "Hello.\r\n");
	cr_assert_eq(g.kind[2], CHUNK_GAP);
	cr_assert_eq(g.kind[3], CHUNK_PARA);
	cr_assert_str_eq(g.text[3], "Bye.");
	cr_assert_eq(g.kind[4], CHUNK_DOCEND);
}

Test(input, form_feed_separates_documents)
{
	struct got g;
	const char *s = "A.\n\f\n\xEF\xBB\xBFZ.\n";

	read_all(s, strlen(s), &plain, &g);
	cr_assert_eq(g.kind[0], CHUNK_PARA);
	cr_assert_eq(g.kind[1], CHUNK_DOCEND);
	cr_assert_str_eq(g.text[1], "\f\n");
	cr_assert_eq(g.kind[2], CHUNK_BOM, "a BOM may open every document");
	cr_assert_eq(g.kind[3], CHUNK_PARA);
}

Test(input, nul_separates_documents_with_z)
{
	struct got g;
	struct input_opts z = plain;
	const char s[] = "A b.\0C d.\n";

	z.zero = 1;
	read_all(s, sizeof s - 1, &z, &g);
	cr_assert_eq(g.kind[0], CHUNK_PARA);
	cr_assert_str_eq(g.text[0], "A b.");
	cr_assert_eq(g.kind[1], CHUNK_DOCEND);
	cr_assert_eq(g.kind[2], CHUNK_PARA);
	/* without -z a NUL is a byte of text */
	read_all(s, sizeof s - 1, &plain, &g);
	cr_assert_eq(g.kind[0], CHUNK_PARA);
	cr_assert_eq(g.kind[1], CHUNK_DOCEND);
	cr_assert_eq(g.n, 2);
}

Test(input, long_paragraph_comes_in_pieces)
{
	struct got g;
	struct input_opts small = plain;
	char s[600];

	small.cap = 100;
	memset(s, 'x', sizeof s);
	for (size_t i = 10; i < sizeof s; i += 11)
		s[i] = ' ';
	read_all(s, sizeof s, &small, &g);
	cr_assert_gt(g.n, 6);
	cr_assert_eq(g.kind[0], CHUNK_PARA);
	cr_assert(g.more[0] && !g.cont[0]);
	cr_assert(g.cont[1]);
	for (size_t i = 0; i + 1 < g.n; i++)
		cr_assert_leq(strlen(g.text[i]), 100);
}

Test(input, lines_as_paragraphs)
{
	struct got g;
	struct input_opts l = plain;
	const char *s = "a\nb\n";

	l.line_paras = 1;
	read_all(s, strlen(s), &l, &g);
	cr_assert_eq(g.n, 3);
	cr_assert_str_eq(g.text[0], "a\n");
	cr_assert_str_eq(g.text[1], "b\n");
}

Test(input, empty_file)
{
	struct got g;

	read_all("", 0, &plain, &g);
	cr_assert_eq(g.n, 1);
	cr_assert_eq(g.kind[0], CHUNK_DOCEND);
}

Test(input, missing_file)
{
	cr_assert_null(reader_open("/nonexistent/newsutils", &plain));
}
