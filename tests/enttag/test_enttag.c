/* test_enttag.c - unit tests of the enttag engine: the core tokens it
 * expects, model checks, tagging, user phrases, all-caps sentences */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enttag.h"
#include "etmodel.h"
#include "token.h"

/* Tokens of s joined by '|'. */
static char *
toks_of(const char *s)
{
	static char out[1024];
	struct tokvec tv = { NULL, 0, 0 };
	const struct token *t;
	size_t n, o = 0;

	tokenize((const unsigned char *)s, strlen(s), &tv);
	t = tv.v;
	n = tv.n;
	for (size_t i = 0; i < n; i++) {
		if (i)
			out[o++] = '|';
		memcpy(out + o, s + t[i].start, t[i].end - t[i].start);
		o += t[i].end - t[i].start;
	}
	out[o] = '\0';
	tokvec_free(&tv);
	return out;
}

/* The model is trained on CoNLL tokens: the core tokenizer must cut raw
 * text the same way. */
Test(tok, punctuation_split)
{
	cr_assert_str_eq(toks_of("Hello, world."), "Hello|,|world|.");
	cr_assert_str_eq(toks_of("(Reuters) -"), "(|Reuters|)|-");
}

Test(tok, possessive_and_negation)
{
	cr_assert_str_eq(toks_of("GM's cars"), "GM|'s|cars");
	cr_assert_str_eq(
	    toks_of("GM\xe2\x80\x99s cars"), "GM|\xe2\x80\x99s|cars");
	cr_assert_str_eq(toks_of("don't"), "do|n't");
	cr_assert_str_eq(toks_of("O'Neill left"), "O'Neill|left");
}

Test(tok, abbreviations_and_numbers)
{
	cr_assert_str_eq(toks_of("the U.S. economy"), "the|U.S.|economy");
	cr_assert_str_eq(toks_of("Apple Inc. said"), "Apple|Inc.|said");
	cr_assert_str_eq(toks_of("J. Smith"), "J.|Smith");
	cr_assert_str_eq(toks_of("$1,000.50 in 2013."), "$|1,000.50|in|2013|.");
	cr_assert_str_eq(toks_of("EADS-led"), "EADS-led");
	cr_assert_str_eq(toks_of("wait..."), "wait|...");
}

Test(tok, offsets_and_utf8)
{
	cr_assert_str_eq(toks_of("K\xc3\xb6ln \xe2\x80\x9cquoted\xe2\x80\x9d"),
	    "K\xc3\xb6ln|\xe2\x80\x9c|quoted|\xe2\x80\x9d");
	cr_assert_str_eq(toks_of("bad \xff byte"), "bad|\xff|byte");
	cr_assert_str_eq(toks_of(""), "");
}

Test(model, rejects_junk)
{
	static const unsigned char junk[64] = "not a model";
	const char *err = NULL;

	cr_assert_null(et_model_open(junk, sizeof junk, &err));
	cr_assert_not_null(err);
	cr_assert_null(et_model_open(junk, 3, &err));
}

static unsigned char *
read_model(size_t *len)
{
	FILE *fp = fopen(ET_TEST_MODEL, "rb");
	unsigned char *p;
	long n;

	cr_assert_not_null(fp, "cannot open %s", ET_TEST_MODEL);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	p = malloc((size_t)n);
	cr_assert_eq(fread(p, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return p;
}

Test(model, rejects_truncated_and_corrupt)
{
	size_t len;
	unsigned char *p = read_model(&len);
	const char *err = NULL;
	struct et_model *m = et_model_open_checked(p, len, &err);

	cr_assert_not_null(m, "%s", err);
	et_model_close(m);
	cr_assert_null(et_model_open_checked(p, len - 1000, &err));
	cr_assert(strstr(err, "truncated") != NULL);
	p[len / 2] ^= 0x55;
	cr_assert_null(et_model_open_checked(p, len, &err));
	cr_assert(strstr(err, "checksum") != NULL);
	free(p);
}

/* The gazetteer filter says "maybe" for every phrase of the table, goes
 * only with the model it was made for, and leaves the lookups alone. */
Test(model, gazetteer_filter)
{
	size_t len, maybe = 0;
	unsigned char *p = read_model(&len);
	unsigned char *f = aligned_alloc(64, ET_FILTER_SIZE);
	const char *err = NULL;
	struct et_model *m = et_model_open(p, len, &err);
	const struct et_gaz *g;

	cr_assert_not_null(m, "%s", err);
	g = &m->gaz;
	et_filter_make(m, f);
	cr_assert_not(et_model_set_filter(m, f, ET_FILTER_SIZE - 1));
	f[0] ^= 1; /* another model's checksum */
	cr_assert_not(et_model_set_filter(m, f, ET_FILTER_SIZE));
	f[0] ^= 1;
	cr_assert(et_model_set_filter(m, f, ET_FILTER_SIZE));
	for (uint32_t i = 0; i <= g->mask; i++) {
		if (g->keys[i] == 0)
			continue;
		cr_assert(et_filter_maybe(g->filter, g->keys[i]));
		cr_assert_eq(et_gaz_lookup(g, g->keys[i]), g->vals[i]);
	}
	/* and rules most other keys out */
	for (uint32_t k = 1; k <= 100000; k++)
		maybe += et_filter_maybe(g->filter, k * 2654435761u);
	cr_assert_lt(maybe, 20000, "%zu of 100000 keys pass", maybe);
	et_model_close(m);
	free(f);
	free(p);
}

/* Tags s and returns "TYPE:text;..." */
static char *
tag(struct et_tagger *tg, const char *s)
{
	static char out[1024];
	struct tokvec tv = { NULL, 0, 0 };
	struct et_entity *e;
	size_t ne, o = 0;

	tokenize((const unsigned char *)s, strlen(s), &tv);
	ne = et_tag_sentence(
	    tg, (const unsigned char *)s, tv.v, tv.n, &e, NULL);
	out[0] = '\0';
	for (size_t i = 0; i < ne; i++)
		o += (size_t)snprintf(out + o, sizeof out - o, "%s:%.*s;",
		    et_type_names[e[i].type], (int)(e[i].end - e[i].start),
		    s + e[i].start);
	tokvec_free(&tv);
	return out;
}

/* The shipped model and a tagger on it, for the tagger tests. */
static unsigned char *fx_model;
static struct et_model *fx_m;
static struct et_tagger *fx_tg;

static void
open_tagger(void)
{
	size_t len;
	const char *err = NULL;

	fx_model = read_model(&len);
	fx_m = et_model_open(fx_model, len, &err);
	cr_assert_not_null(fx_m, "%s", err);
	fx_tg = et_tagger_new(fx_m);
}

static void
close_tagger(void)
{
	et_tagger_free(fx_tg);
	et_model_close(fx_m);
	free(fx_model);
}

Test(tagger, tags_and_forces, .init = open_tagger, .fini = close_tagger)
{
	cr_assert_str_eq(tag(fx_tg,
	                     "Mary Barra , the chief of General Motors , "
	                     "flew to Germany ."),
	    "PER:Mary Barra;ORG:General Motors;LOC:Germany;");
	cr_assert_str_eq(tag(fx_tg, ""), "");
	et_tagger_force(fx_tg, ET_MISC, (const unsigned char *)"chief of", 8);
	cr_assert(
	    strstr(tag(fx_tg, "Mary Barra , the chief of General Motors ."),
	        "MISC:chief of;") != NULL);
	et_tagger_reset(fx_tg);
}

/* All-caps sentences are tagged from a truecased copy of their words too
 * (the spans are in the original); normal ones, acronyms and all, as
 * before. */
Test(tagger, all_caps, .init = open_tagger, .fini = close_tagger)
{
	cr_assert_str_eq(
	    tag(fx_tg, "BARACK OBAMA MEETS ANGELA MERKEL IN BERLIN"),
	    "PER:BARACK OBAMA;PER:ANGELA MERKEL;LOC:BERLIN;");
	et_tagger_reset(fx_tg);
	cr_assert_str_eq(tag(fx_tg,
	                     "RUGBY - FRANCE EDGE WALES , ITALY IN "
	                     "SURPRISE WIN ."),
	    "LOC:FRANCE;LOC:WALES;LOC:ITALY;");
	et_tagger_reset(fx_tg);
	cr_assert_str_eq(tag(fx_tg,
	                     "MARY BARRA , THE CHIEF OF GENERAL MOTORS , "
	                     "FLEW TO GERMANY ."),
	    "PER:MARY BARRA;ORG:GENERAL MOTORS;LOC:GERMANY;");
	et_tagger_reset(fx_tg);
	cr_assert_str_eq(tag(fx_tg, "The NBA and NFL met in New York ."),
	    "ORG:NBA;ORG:NFL;LOC:New York;");
	cr_assert_str_eq(tag(fx_tg, "USA"), "LOC:USA;");
	cr_assert_str_eq(tag(fx_tg, "OK ."), "");
}

/* Title case likewise: the known lower-case words are lowered in the
 * copy, so that they do not join names. */
Test(tagger, title_case, .init = open_tagger, .fini = close_tagger)
{
	cr_assert_str_eq(tag(fx_tg,
	                     "Boeing Wins Air Force Tanker Contract After "
	                     "Long Fight"),
	    "ORG:Boeing;ORG:Air Force;");
	et_tagger_reset(fx_tg);
	cr_assert_str_eq(tag(fx_tg, "Toyota Recalls Cars Sold In Canada"),
	    "ORG:Toyota;LOC:Canada;");
	et_tagger_reset(fx_tg);
	cr_assert_str_eq(tag(fx_tg,
	                     "President Of Brazil Visits China For "
	                     "Trade Talks"),
	    "LOC:Brazil;LOC:China;");
}
