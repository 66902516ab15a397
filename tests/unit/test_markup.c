/* Unit tests: common/markup */
#include <criterion/criterion.h>
#include <string.h>

#include "markup.h"

#define U (const unsigned char *)

Test(markup, tag_at)
{
	struct tag t;

	cr_assert_eq(markup_tag_at(U "<PER>x", 6, &t), 5);
	cr_assert_eq(t.name, TAG_PER);
	cr_assert_eq(markup_tag_at(U "</MISC>", 7, &t), 7);
	cr_assert(t.close);
	cr_assert_eq(
	    markup_tag_at(U "<TIMEX3 tid=\"t1\" value=\"2013\">", 30, &t), 30);
	cr_assert_eq(
	    markup_tag_at(U "<QUOTE speaker=\"A &amp; B\">", 27, &t), 27);
	/* not markup: other names, bad attributes, a lone '<' */
	cr_assert_eq(markup_tag_at(U "<b>", 3, &t), 0);
	cr_assert_eq(markup_tag_at(U "<PERSON>", 8, &t), 0);
	cr_assert_eq(markup_tag_at(U "<TIMEX3 tid=t1>", 15, &t), 0);
	cr_assert_eq(markup_tag_at(U "< PER>", 6, &t), 0);
	cr_assert_eq(markup_tag_at(U "<", 1, &t), 0);
	cr_assert_eq(markup_tag_at(U "<PER", 4, &t), 0);
}

Test(markup, view_strips_tags_and_maps_back)
{
	const char *s = "a <PER>Ren</PER> said 3 < 4";
	struct view v = { 0 };

	view_build(&v, U s, strlen(s), 0);
	cr_assert_eq(v.len, strlen("a Ren said 3 < 4"));
	cr_assert(memcmp(v.text, "a Ren said 3 < 4", v.len) == 0);
	cr_assert_eq(v.ntags, 2);
	cr_assert_eq(v.npairs, 1);
	cr_assert_eq(v.pairs[0].start, 2);
	cr_assert_eq(v.pairs[0].end, 5);
	cr_assert_eq(view_orig(&v, 2), 7);
	cr_assert_eq(view_orig(&v, 5), 16);
	cr_assert(view_crosses(&v, 0, 3));
	cr_assert(!view_crosses(&v, 0, 6));
	cr_assert(!view_crosses(&v, 2, 5));
	cr_assert_not_null(view_inside(&v, TAG_PER, 2, 5));
	view_free(&v);
}

Test(markup, raw_means_no_markup)
{
	struct view v = { 0 };

	view_build(&v, U "<PER>x</PER>", 12, 1);
	cr_assert_eq(v.len, 12);
	cr_assert_eq(v.ntags, 0);
	view_free(&v);
}

Test(markup, attribute_escape_and_read)
{
	struct buf b = BUF_INIT, a = BUF_INIT;
	struct view v = { 0 };
	const char *s;

	markup_escape_attr(&b, U "A \"B\" & <C>", 11);
	cr_assert_eq(b.len, strlen("A &quot;B&quot; &amp; &lt;C&gt;"));
	buf_free(&b);
	s = "<QUOTE speaker=\"A &amp; B\">x</QUOTE>";
	view_build(&v, U s, strlen(s), 0);
	cr_assert(tag_attr(&v, &v.tags[0], "speaker", &a));
	cr_assert_eq(a.len, 5);
	cr_assert(memcmp(a.p, "A & B", 5) == 0);
	buf_free(&a);
	view_free(&v);
}

static void
check_insert(
    const char *in, const struct newtag *nt, size_t n, const char *want)
{
	struct view v = { 0 };
	struct buf out = BUF_INIT;

	view_build(&v, U in, strlen(in), 0);
	view_insert(&v, nt, n, &out);
	buf_addc(&out, '\0');
	cr_assert_str_eq((char *)out.p, want);
	buf_free(&out);
	view_free(&v);
}

Test(markup, insert_plain)
{
	struct newtag nt[] = {
		{ 0, 3, "<PER>", "</PER>" },
		{ 11, 15, "<LOC>", "</LOC>" },
	};

	check_insert("Ren met in Oslo.", nt, 2,
	    "<PER>Ren</PER> met in <LOC>Oslo</LOC>.");
}

Test(markup, insert_nests_with_existing_tags)
{
	/* a quote around an existing entity at its very start and end */
	struct newtag q[] = { { 0, 3, "<QUOTE speaker=\"x\">", "</QUOTE>" } };
	struct newtag in[] = { { 0, 3, "<MISC>", "</MISC>" } };
	struct newtag around[] = { { 0, 8, "<QUOTE>", "</QUOTE>" } };

	check_insert("<PER>Ren</PER> said", q, 1,
	    "<PER><QUOTE speaker=\"x\">Ren</QUOTE></PER> said");
	check_insert(
	    "<PER>Ren</PER> said", in, 1, "<PER><MISC>Ren</MISC></PER> said");
	check_insert("<PER>Ren</PER> said x", around, 1,
	    "<QUOTE><PER>Ren</PER> said</QUOTE> x");
}

Test(markup, insert_then_strip_gives_input)
{
	const char *in =
	    "a <ORG>B</ORG> c <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">d</TIMEX3> e";
	struct newtag nt[] = {
		{ 0, 1, "<PER>", "</PER>" },
		{ 6, 7, "<LOC>", "</LOC>" },
	};
	struct view v = { 0 }, w = { 0 };
	struct buf out = BUF_INIT;

	view_build(&v, U in, strlen(in), 0);
	view_insert(&v, nt, 2, &out);
	view_build(&w, out.p, out.len, 0);
	cr_assert_eq(w.len, v.len);
	cr_assert(memcmp(w.text, v.text, v.len) == 0);
	cr_assert_eq(w.npairs, 4);
	buf_free(&out);
	view_free(&v);
	view_free(&w);
}

Test(markup, tags_without_pairs)
{
	/* found by fuzz_markup: a lone end tag and a stray '<', no pairs */
	const char *s = "a </PER> b < c <MISC> d";
	struct view v = { 0 };
	struct buf out = BUF_INIT;
	struct newtag nt[] = { { 0, 1, "<LOC>", "</LOC>" } };

	view_build(&v, U s, strlen(s), 0);
	cr_assert_eq(v.ntags, 2);
	cr_assert_eq(v.npairs, 0);
	cr_assert_eq(v.tags[0].pair, -1);
	view_insert(&v, nt, 1, &out);
	cr_assert_eq(out.len, strlen(s) + 11);
	buf_free(&out);
	view_free(&v);
}
