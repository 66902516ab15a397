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

Test(lexicon_gen, counts_and_empty)
{
	const struct lex_slot *e;
	size_t it = 0, n = 0;

	while ((e = lexicon_next(&test_lex, &it)) != NULL)
		n++;
	cr_assert_eq(n, 11);
	cr_assert_eq(test_lex.n, 11);
	cr_assert_eq(test_lex_empty.n, 0);
	cr_assert_null(lexicon_find(&test_lex_empty, U "said", 4));
	it = 0;
	cr_assert_null(lexicon_next(&test_lex_empty, &it));
}
