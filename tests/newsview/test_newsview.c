/* test_newsview.c - newsview's engine: annotations, records, HTML */
#include <criterion/criterion.h>
#include <string.h>

#include "nv.h"
#include "summary.h"

static struct nv_para
para(unsigned layers)
{
	struct nv_para p;

	memset(&p, 0, sizeof p);
	p.layers = layers;
	return p;
}

static const char *
records(struct nv_para *p, const char *s, int json)
{
	static struct buf b;

	buf_reset(&b);
	nv_para_build(p, (const unsigned char *)s, strlen(s), 0);
	nv_put_records(&b, json, "f", 1, 0, 0, p);
	buf_addc(&b, '\0');
	return (const char *)b.p;
}

Test(annot, every_layer_in_text_order)
{
	struct nv_para p = para(NV_ALL_LAYERS);
	const char *s =
	    "<QUOTE speaker=\"Ada Ng\">\"We won,\"</QUOTE> <PER>Ng</PER> said "
	    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019-01-03\">yesterday</TIMEX3>.\n";

	nv_para_build(&p, (const unsigned char *)s, strlen(s), 0);
	cr_assert_eq(p.n, 4);
	cr_assert_eq(p.a[0].layer, NV_SENTENCE);
	cr_assert_eq(p.a[1].layer, NV_QUOTE);
	cr_assert_str_eq(p.a[1].speaker, "Ada Ng");
	cr_assert_eq(p.a[2].layer, NV_ENTITY);
	cr_assert_str_eq(p.a[2].type, "PER");
	cr_assert_eq(p.a[2].start, 10);
	cr_assert_eq(p.a[3].layer, NV_TIMEX);
	cr_assert_str_eq(p.a[3].value, "2019-01-03");
	cr_assert_str_eq(p.a[3].type, "DATE");
	nv_para_free(&p);
}

Test(annot, char_offsets_count_code_points)
{
	struct nv_para p = para(1u << NV_ENTITY);
	const char *s = "Señor <PER>José Martínez</PER> met.";

	nv_para_build(&p, (const unsigned char *)s, strlen(s), 0);
	cr_assert_eq(p.n, 1);
	cr_assert_eq(p.a[0].start, 7);
	cr_assert_eq(p.a[0].end, 22);
	cr_assert_eq(p.a[0].cstart, 6);
	cr_assert_eq(p.a[0].cend, 19);
	cr_assert_eq(p.chars, 24);
	nv_para_free(&p);
}

Test(annot, invalid_bytes_count_one_each)
{
	cr_assert_eq(
	    nv_chars((const unsigned char *)"a\xC3\xA9\xFF\x80z", 6), 5);
	cr_assert_eq(
	    nv_chars((const unsigned char *)"abcdefghijklmnop\xE2\x80\x9C", 19),
	    17);
}

Test(annot, sentence_lines)
{
	struct nv_para p = para(1u << NV_SENTENCE);
	const char *s = "One here.\n  Two there.  \n";

	p.sentences = NV_SENT_LINES;
	nv_para_build(&p, (const unsigned char *)s, strlen(s), 0);
	cr_assert_eq(p.n, 2);
	cr_assert_eq(p.a[1].start, 12);
	cr_assert_eq(p.a[1].end, 22);
	nv_para_free(&p);
}

Test(records, tsv_and_json)
{
	struct nv_para p = para(1u << NV_ENTITY | 1u << NV_TIMEX);

	cr_assert_str_eq(records(&p, "Obama met <PER>Merkel</PER>.", 0),
	    "f\t10\t16\t10\t16\t1\tentity\tPER\t\t\tMerkel\n");
	cr_assert_str_eq(
	    records(
	        &p, "<TIMEX3 type=\"DATE\" value=\"2019\">2019</TIMEX3>", 1),
	    "{\"file\":\"f\",\"start\":0,\"end\":4,\"char_start\":0,\"char_end\":4,"
	    "\"doc\":1,\"layer\":\"timex\",\"type\":\"DATE\",\"value\":\"2019\","
	    "\"speaker\":null,\"text\":\"2019\"}\n");
	nv_para_free(&p);
}

Test(records, conll_columns)
{
	struct nv_para p = para(NV_ALL_LAYERS);
	struct tokvec toks = { 0 };
	struct buf b = BUF_INIT;
	const char *s =
	    "<PER>Ada Ng</PER> left <TIMEX3 type=\"DATE\" value=\"2019\">in 2019</TIMEX3>.";

	nv_para_build(&p, (const unsigned char *)s, strlen(s), 0);
	nv_put_conll(&b, &p, &toks);
	buf_addc(&b, '\0');
	cr_assert_str_eq((const char *)b.p,
	    "Ada\tB-PER\tO\t_\tO\n"
	    "Ng\tI-PER\tO\t_\tO\n"
	    "left\tO\tO\t_\tO\n"
	    "in\tO\tB-DATE\t2019\tO\n"
	    "2019\tO\tI-DATE\t2019\tO\n"
	    ".\tO\tO\t_\tO\n\n");
	buf_free(&b);
	tokvec_free(&toks);
	nv_para_free(&p);
}

Test(html, escapes_everything)
{
	struct buf b = BUF_INIT;
	const char *s = "<script>alert('x')</script> & \"q\" \x01\xFF\xC2\x85";

	html_escape(&b, (const unsigned char *)s, strlen(s));
	buf_addc(&b, '\0');
	cr_assert_str_eq((const char *)b.p,
	    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; "
	    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	buf_free(&b);
}

Test(html, page_from_hostile_input)
{
	struct nv_para p = para(NV_ALL_LAYERS);
	struct nv_html_opts o = { 1, "<b>t</b>" };
	struct nv_doc *d = nv_doc_new();
	struct buf b = BUF_INIT;
	const char *s =
	    "<PER><img src=x onerror=alert(1)></PER> said "
	    "<QUOTE speaker=\"&lt;script&gt;x&lt;/script&gt;\">\"<svg onload=alert(2)>\"</QUOTE>\n";

	nv_html_head(&b, &o);
	nv_para_build(&p, (const unsigned char *)s, strlen(s), 0);
	nv_html_para(d, &p, &o);
	nv_html_doc(&b, d, "f\"><script>", 1);
	nv_html_tail(&b, d);
	buf_addc(&b, '\0');
	cr_assert_null(strstr((const char *)b.p, "<script"));
	cr_assert_null(strstr((const char *)b.p, "<img"));
	cr_assert_null(strstr((const char *)b.p, "<svg"));
	cr_assert_null(strstr((const char *)b.p, "<b>"));
	cr_assert_not_null(
	    strstr((const char *)b.p, "&lt;img src=x onerror=alert(1)&gt;"));
	buf_free(&b);
	nv_doc_free(d);
	nv_para_free(&p);
}

Test(summary, fullest_name)
{
	const char *names[] = { "Trump", "Donald Trump", "Pelosi",
		"Nancy Pelosi", "Rum", "Congress", "U.S. Congress",
		"United States Congress" };
	size_t counts[] = { 3, 1, 5, 2, 1, 2, 2, 1 };

	cr_assert_eq(fullest_name(names, counts, 8, 0), 1);
	cr_assert_eq(fullest_name(names, counts, 8, 2), 3);
	cr_assert_eq(
	    fullest_name(names, counts, 8, 4), 4, "words, not letters");
	cr_assert_eq(
	    fullest_name(names, counts, 8, 5), 6, "the most mentioned");
	cr_assert_eq(fullest_name(names, counts, 8, 1), 1);
}
