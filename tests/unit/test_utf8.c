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
	cr_assert_eq(
	    u8_decode((const unsigned char *)"\xE3\x80\x82", 3, &cp), 3);
	cr_assert_eq(cp, 0x3002);
	cr_assert_eq(
	    u8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
	cr_assert_eq(cp, 0x1F600);
}

Test(utf8, invalid_sequences_are_one_byte)
{
	int32_t cp;

	cr_assert_eq(u8_decode((const unsigned char *)"\xFF", 1, &cp), 1);
	cr_assert_eq(cp, U8_INVALID);
	cr_assert_eq(u8_decode((const unsigned char *)"\xC0\xAF", 2, &cp),
	    1); /* overlong */
	cr_assert_eq(cp, U8_INVALID);
	cr_assert_eq(u8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp),
	    1); /* surrogate */
	cr_assert_eq(cp, U8_INVALID);
	cr_assert_eq(u8_decode((const unsigned char *)"\xE3\x80", 2, &cp),
	    1); /* truncated */
	cr_assert_eq(cp, U8_INVALID);
}

Test(utf8, valid_prefix)
{
	const unsigned char s[] = "abc\xC3\xA9x\xFFyz";

	cr_assert_eq(u8_valid_prefix(s, sizeof s - 1, 1), 6);
	cr_assert_eq(u8_valid_prefix(s, 6, 1), 6);
	/* a sequence cut by the end of a buffer: not final, not yet invalid */
	cr_assert_eq(
	    u8_valid_prefix((const unsigned char *)"ab\xE3\x80", 4, 0), 2);
}

Test(utf8, prev)
{
	const unsigned char s[] = "a\xC3\xA9z";
	int32_t cp;

	cr_assert_eq(u8_prev(s, 3, &cp), 1);
	cr_assert_eq(cp, 0xE9);
	cr_assert_eq(u8_prev(s, 4, &cp), 3);
	cr_assert_eq(cp, 'z');
}

Test(utf8, classes)
{
	cr_assert(u8_isalpha('a') && u8_isalpha(0xE9) && u8_isalpha(0x4E2D));
	cr_assert(!u8_isalpha('1') && !u8_isalpha(U8_INVALID));
	cr_assert(u8_isupper('Q') && u8_isupper(0xC9) && !u8_isupper(0xE9));
	cr_assert(u8_islower(0xE9) && !u8_islower('A'));
	cr_assert(u8_isdigit('7') && u8_isdigit(0x0663) && !u8_isdigit('x'));
	cr_assert(u8_isspace(' ') && u8_isspace(0xA0) && u8_isspace(0x3000) &&
	    !u8_isspace('x'));
	cr_assert(u8_tolower(0xC9) == 0xE9 && u8_tolower('A') == 'a');
}

Test(utf8, sentence_terminals_of_all_scripts)
{
	/* . ! ? 。 ！ ？ । ؟ ። */
	int32_t yes[] = { '.', '!', '?', 0x3002, 0xFF01, 0xFF1F, 0x0964, 0x061F,
		0x1362 };
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

/* u8_class answers what the u8_is* functions answer, all at once */
Test(utf8, class_bits_agree_with_the_predicates)
{
	for (int32_t cp = -1; cp < 0x3100; cp++) {
		unsigned c = u8_class(cp);

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		cr_assert_eq(!!(c & U8_ALPHA), !!u8_isalpha(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_UPPER), !!u8_isupper(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_LOWER), !!u8_islower(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_DIGIT), !!u8_isdigit(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_SPACE), !!u8_isspace(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_MARK), !!u8_ismark(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_DASH), !!u8_isdash(cp), "%04X", cp);
		cr_assert_eq(!!(c & U8_WORD), !!u8_isalnum(cp), "%04X", cp);
	}
}

Test(utf8, class_at_a_tokenizer_needs)
{
	/* "May\u00A09": the no-break space is white space, two words */
	static const unsigned char nbsp9[] = { 0xC2, 0xA0, '9' };
	unsigned c;

	cr_assert_eq(u8_class_at(nbsp9, 3, &c), 2);
	cr_assert_eq(c, U8_SPACE);
	cr_assert_eq(
	    u8_class_at((const unsigned char *)"\xE2\x80\x99s", 4, &c), 3);
	cr_assert_eq(c, U8_PUNCT | U8_APOS);
	cr_assert_eq(u8_class_at((const unsigned char *)"'", 1, &c), 1);
	cr_assert_eq(c, U8_PUNCT | U8_APOS);
	cr_assert_eq(
	    u8_class_at((const unsigned char *)"\xC3\x89t\xC3\xA9", 5, &c), 2);
	cr_assert_eq(c, U8_ALPHA | U8_UPPER);
	cr_assert_eq(
	    u8_class_at((const unsigned char *)"\xE2\x80\x94", 3, &c), 3);
	cr_assert_eq(c, U8_PUNCT | U8_DASH);
	cr_assert_eq(u8_class_at((const unsigned char *)"\xFF", 1, &c), 1);
	cr_assert_eq(c, 0);
	cr_assert_eq(u8_class_at((const unsigned char *)"\xE2\x80", 2, &c), 1);
	cr_assert_eq(c, 0);
	/* the left single quote is no apostrophe */
	u8_class_at((const unsigned char *)"\xE2\x80\x98", 3, &c);
	cr_assert_eq(c & U8_APOS, 0);
	cr_assert_eq(
	    u8_apos_at((const unsigned char *)"Ren\xE2\x80\x99s", 7, 3), 3);
	cr_assert_eq(u8_apos_at((const unsigned char *)"Ren's", 5, 3), 1);
	cr_assert_eq(u8_apos_at((const unsigned char *)"Ren\xE2\x80", 5, 3), 0);
}
