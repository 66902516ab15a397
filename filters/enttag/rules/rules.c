/*
 * rules.c - the post-rules, in the order they run on the tags Viterbi
 * found; each sees what the ones before it left.  Then come the user's
 * phrases (forced.c) and the trimming of each span's edges (tagger.c).
 */
#include "rules.h"

/* Which sentences a rule is for (facts.c sets the flags). */
enum when {
	TABLE,    /* a row of a table */
	DATELINE, /* a dateline (not a row) */
	PROSE,    /* neither */
	SLUG      /* a headline that opens with a sport's slug */
};

static const struct post_rule {
	const char *name;
	enum when when;
	post_rule_fn *run;
} post_rules[] = {
	{ "tables", TABLE, tag_table_row },                  /* tables.c */
	{ "datelines", DATELINE, tag_dateline },             /* datelines.c */
	{ "org-heads", PROSE, org_heads },                   /* orgs.c */
	{ "sport-sides", PROSE, sport_sides },               /* slugs.c */
	{ "the-words", PROSE, the_words },                   /* persons.c */
	{ "remembered", PROSE, remembered_types },           /* persons.c */
	{ "nationality-first", PROSE, nationalities_first }, /* persons.c */
	{ "i-products", PROSE, i_products },                 /* products.c */
	{ "indices", PROSE, indices },                       /* products.c */
	{ "speakers", PROSE, speakers },                     /* orgs.c */
	{ "nationalities", PROSE, nationalities },           /* misc.c */
	{ "slugs", SLUG, clear_slug },                       /* slugs.c */
};

_Static_assert(NWORDS(post_rules) <= 32, "rules_off has 32 bits");

static int
applies(const struct et_tagger *t, enum when w)
{
	switch (w) {
	case TABLE:
		return t->table;
	case DATELINE:
		return !t->table && t->dateline;
	case PROSE:
		return !t->table && !t->dateline;
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
