/* Unit tests: common/output escapers */
#include <criterion/criterion.h>
#include <string.h>

#include "output.h"

#define U (const unsigned char *)

static void
want(struct buf *b, const char *s)
{
	cr_assert_eq(b->len, strlen(s), "got '%.*s', want '%s'", (int)b->len, (char *)b->p, s);
	cr_assert(memcmp(b->p, s, b->len) == 0, "got '%.*s', want '%s'", (int)b->len, (char *)b->p, s);
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

Test(output, space_is_plain)
{
	cr_assert(space_is_plain(U "One two three four five six seven.", 34));
	cr_assert(space_is_plain(U "", 0));
	cr_assert(!space_is_plain(U "One two  three four five six seven.", 35));
	cr_assert(!space_is_plain(U "One two three four\tfive six seven.", 34));
	cr_assert(!space_is_plain(U "One two\nthree", 13));
	/* two spaces across an eight-byte boundary */
	cr_assert(!space_is_plain(U "abcdefg  hij", 12));
	cr_assert(!space_is_plain(U "abcdefgh  ij", 12));
	cr_assert(space_is_plain(U "caf\xC3\xA9 au lait, na\xC3\xAFve", 21));
	for (size_t k = 0; k < 20; k++) {
		unsigned char t[40];
		memset(t, 'x', sizeof t);
		t[k] = t[k + 1] = ' ';
		cr_assert(!space_is_plain(t, sizeof t), "double space at %zu", k);
		t[k + 1] = 'y';
		cr_assert(space_is_plain(t, sizeof t), "single space at %zu", k);
	}
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
	want(&b, "{\"file\":\"-\",\"start\":0,\"end\":5,\"type\":\"DATE\",\"text\":\"say \\\"x\\\"\"}\n");
	buf_free(&b);
}
