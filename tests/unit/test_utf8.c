/* Unit tests: common/utf8 */
#include <criterion/criterion.h>

#include "utf8.h"

Test(utf8, decode_ascii_and_multibyte)
{
	int32_t cp;

	cr_assert_eq(u8_decode((const unsigned char *)"A", 1, &cp), 1);
	cr_assert_eq(cp, 'A');
	cr_assert_eq(u8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
	cr_assert_eq(cp, 0xE9);
	cr_assert_eq(u8_decode((const unsigned char *)"\xE3\x80\x82", 3, &cp), 3);
	cr_assert_eq(cp, 0x3002);
	cr_assert_eq(u8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
	cr_assert_eq(cp, 0x1F600);
}

Test(utf8, invalid_sequences_are_one_byte)
{
	int32_t cp;

	cr_assert_eq(u8_decode((const unsigned char *)"\xFF", 1, &cp), 1);
	cr_assert_eq(cp, U8_INVALID);
	cr_assert_eq(u8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 1);	/* overlong */
	cr_assert_eq(cp, U8_INVALID);
	cr_assert_eq(u8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 1);	/* surrogate */
	cr_assert_eq(cp, U8_INVALID);
	cr_assert_eq(u8_decode((const unsigned char *)"\xE3\x80", 2, &cp), 1);	/* truncated */
	cr_assert_eq(cp, U8_INVALID);
}

Test(utf8, valid_prefix)
{
	const unsigned char s[] = "abc\xC3\xA9x\xFFyz";

	cr_assert_eq(u8_valid_prefix(s, sizeof s - 1, 1), 6);
	cr_assert_eq(u8_valid_prefix(s, 6, 1), 6);
	/* a sequence cut by the end of a buffer: not final, not yet invalid */
	cr_assert_eq(u8_valid_prefix((const unsigned char *)"ab\xE3\x80", 4, 0), 2);
}

Test(utf8, prev)
{
	const unsigned char s[] = "a\xC3\xA9" "b";
	int32_t cp;

	cr_assert_eq(u8_prev(s, 3, &cp), 1);
	cr_assert_eq(cp, 0xE9);
	cr_assert_eq(u8_prev(s, 4, &cp), 3);
	cr_assert_eq(cp, 'b');
}

Test(utf8, classes)
{
	cr_assert(u8_isalpha('a') && u8_isalpha(0xE9) && u8_isalpha(0x4E2D));
	cr_assert(!u8_isalpha('1') && !u8_isalpha(U8_INVALID));
	cr_assert(u8_isupper('Q') && u8_isupper(0xC9) && !u8_isupper(0xE9));
	cr_assert(u8_islower(0xE9) && !u8_islower('A'));
	cr_assert(u8_isdigit('7') && u8_isdigit(0x0663) && !u8_isdigit('x'));
	cr_assert(u8_isspace(' ') && u8_isspace(0xA0) && u8_isspace(0x3000) && !u8_isspace('x'));
	cr_assert(u8_tolower(0xC9) == 0xE9 && u8_tolower('A') == 'a');
}

Test(utf8, sentence_terminals_of_all_scripts)
{
	/* . ! ? 。 ！ ？ । ؟ ። */
	int32_t yes[] = { '.', '!', '?', 0x3002, 0xFF01, 0xFF1F, 0x0964, 0x061F, 0x1362 };
	int32_t no[] = { ',', ';', ':', 'a', 0x2026, 0x3001 };

	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		cr_assert(u8_issterm(yes[i]), "U+%04X", (unsigned)yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		cr_assert(!u8_issterm(no[i]), "U+%04X", (unsigned)no[i]);
}

Test(utf8, encode_roundtrip)
{
	int32_t cps[] = { 'a', 0xE9, 0x20AC, 0x1F600 };
	unsigned char b[4];
	int32_t cp;

	for (size_t i = 0; i < 4; i++) {
		size_t l = u8_encode(cps[i], b);
		cr_assert_eq(u8_decode(b, l, &cp), l);
		cr_assert_eq(cp, cps[i]);
	}
}
