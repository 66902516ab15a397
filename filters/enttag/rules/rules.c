/*
 * rules.c - the post-rules, in the order they run on the tags Viterbi
 * found; each sees what the ones before it left.  Then come the user's
 * phrases (forced.c) and the trimming of each span's edges (tagger.c).
 */
#include "rules.h"

/* Which sentences a rule is for (facts.c sets the flags). */
enum when {
	ANY,          /* every sentence */
	TABLE,        /* a row of a table */
	DATELINE,     /* a dateline (not a row) */
	PROSE,        /* neither */
	NOT_DATELINE, /* a row or prose */
	SLUG          /* a headline that opens with a sport's slug */
};

static const struct post_rule {
	const char *name;
	enum when when;
	post_rule_fn *run;
} post_rules[] = {
	{ "numbers", ANY, split_at_numbers },      /* numbers.c */
	{ "tables", TABLE, tag_table_row },        /* tables.c */
	{ "datelines", DATELINE, tag_dateline },   /* datelines.c */
	{ "org-heads", PROSE, org_heads },         /* orgs.c */
	{ "sides", PROSE, sides },                 /* sides.c */
	{ "sport-sides", PROSE, sport_sides },     /* sides.c */
	{ "persons", PROSE, retype_persons },      /* persons.c */
	{ "split-names", PROSE, split_names },     /* orgs.c */
	{ "products", PROSE, products },           /* products.c */
	{ "i-products", PROSE, i_products },       /* products.c */
	{ "indices", PROSE, indices },             /* products.c */
	{ "titles", PROSE, titles },               /* persons.c */
	{ "speakers", PROSE, speakers },           /* orgs.c */
	{ "scorecards", NOT_DATELINE, scorecard }, /* scorecards.c */
	{ "slugs", SLUG, clear_slug },             /* sides.c */
};

_Static_assert(NWORDS(post_rules) <= 32, "rules_off has 32 bits");

static int
applies(const struct et_tagger *t, enum when w)
{
	switch (w) {
	case ANY:
		return 1;
	case TABLE:
		return t->table;
	case DATELINE:
		return !t->table && t->dateline;
	case PROSE:
		return !t->table && !t->dateline;
	case NOT_DATELINE:
		return !t->dateline;
	case SLUG:
		return t->slug > 0;
	}
	return 0;
}

void
et_post_rules(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t r = 0; r < NWORDS(post_rules); r++)
		if (applies(t, post_rules[r].when) && !(t->rules_off >> r & 1))
			post_rules[r].run(t, buf, toks, n);
}

size_t
et_rule_count(void)
{
	return NWORDS(post_rules);
}

const char *
et_rule_name(size_t i)
{
	return i < NWORDS(post_rules) ? post_rules[i].name : NULL;
}

void
et_tagger_rule(struct et_tagger *t, size_t i, int on)
{
	if (i >= NWORDS(post_rules))
		return;
	if (on)
		t->rules_off &= ~(1u << i);
	else
		t->rules_off |= 1u << i;
}
