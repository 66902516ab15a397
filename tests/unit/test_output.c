/* Unit tests: common/output escapers */
#include <criterion/criterion.h>
#include <string.h>

#include "output.h"

#define U (const unsigned char *)

static void
want(struct buf *b, const char *s)
{
	cr_assert_eq(b->len, strlen(s), "got '%.*s', want '%s'", (int)b->len,
	    (char *)b->p, s);
	cr_assert(memcmp(b->p, s, b->len) == 0, "got '%.*s', want '%s'",
	    (int)b->len, (char *)b->p, s);
	buf_reset(b);
}

Test(output, tsv_escape)
{
	struct buf b = BUF_INIT;

	tsv_escape(&b, U "a\tb\nc\rd\\e", 9);
	want(&b, "a\\tb\\nc\\rd\\\\e");
	buf_free(&b);
}

Test(output, json_escape)
{
	struct buf b = BUF_INIT;

	json_escape(&b, U "a\"b\\c\n\x01", 7);
	want(&b, "\"a\\\"b\\\\c\\n\\u0001\"");
	json_escape(&b, U "caf\xC3\xA9 \xFF!", 8);
	want(&b, "\"caf\xC3\xA9 \xEF\xBF\xBD!\"");
	buf_free(&b);
}

Test(output, collapse_space)
{
	struct buf b = BUF_INIT;

	collapse_space(&b, U "a  b\r\n c\td", 10);
	want(&b, "a b c d");
	buf_add_size(&b, 0);
	want(&b, "0");
	buf_add_size(&b, 1234567890123ULL);
	want(&b, "1234567890123");
	buf_free(&b);
}

/* The white space of s[0..n) folded one byte at a time, as the
 * reference for collapse_space()'s sixteen-byte blocks. */
static size_t
fold_bytewise(const unsigned char *s, size_t n, unsigned char *out)
{
	size_t i = 0, k = 0;

	while (i < n) {
		if (strchr(" \t\n\r\v\f", s[i]) != NULL && s[i] != '\0') {
			while (i < n && strchr(" \t\n\r\v\f", s[i]) != NULL &&
			    s[i] != '\0')
				i++;
			out[k++] = ' ';
		} else {
			out[k++] = s[i++];
		}
	}
	return k;
}

Test(output, collapse_space_blocks)
{
	static const char fill[] =
	    "Plain words, caf\xC3\xA9 and more of them, here and there: 64 bytes.";
	struct buf b = BUF_INIT;
	unsigned char t[48], ref[48];

	/* every length, and one odd byte (two spaces, a tab, a line end, a
	 * control byte) at every place, edges of the blocks included */
	for (size_t n = 0; n <= sizeof t; n++) {
		for (size_t k = 0; k <= n; k++) {
			for (int kind = 0; kind < 5; kind++) {
				size_t r;

				memcpy(t, fill, sizeof t);
				if (k < n)
					t[k] = "  \t\n\x01"[kind];
				if (kind == 0 && k + 1 < n)
					t[k + 1] = ' ';
				r = fold_bytewise(t, n, ref);
				collapse_space(&b, t, n);
				cr_assert(b.len == r &&
				        (r == 0 || memcmp(b.p, ref, r) == 0),
				    "length %zu, byte %zu, kind %d", n, k,
				    kind);
				buf_reset(&b);
			}
		}
	}
	buf_free(&b);
}

Test(output, records)
{
	struct buf b = BUF_INIT;

	record_head(&b, 0, "a\tb.txt", 3, 17);
	record_str(&b, 0, "type", "DATE");
	record_field(&b, 0, "text", "two\nweeks", 9);
	record_end(&b, 0);
	want(&b, "a\\tb.txt\t3\t17\tDATE\ttwo\\nweeks\n");
	record_head(&b, 1, "-", 0, 5);
	record_str(&b, 1, "type", "DATE");
	record_field(&b, 1, "text", "say \"x\"", 7);
	record_end(&b, 1);
	want(&b,
	    "{\"file\":\"-\",\"start\":0,\"end\":5,\"type\":\"DATE\",\"text\":\"say \\\"x\\\"\"}\n");
	buf_free(&b);
}
