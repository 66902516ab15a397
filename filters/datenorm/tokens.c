/*
 * tokens.c - a paragraph's tokens as the grammar reads them: the core's
 * tokens (common/token.h), some of them split where a rule reads the
 * parts, each word looked up once in the lexicon (lex/, dn_lex.h).
 *
 * The splits: a number keeps its grouping ("2,012"), decimals ("2.5") and
 * a suffix ("9th", "1990s", "10pm") but parts at other joiners
 * ("2013-05-09", "10:30", "5/9"); a word parts at its hyphens ("mid-2019",
 * "twenty-five"); an abbreviation at its periods ("a.m.", "Jan."); a run
 * of periods into periods.  A URL or e-mail address is one token the
 * grammar skips.
 */
#include "engine.h"
#include "utf8.h"
#include "xalloc.h"

static inline struct tok *
tok_push(
    struct dn_engine *e, size_t start, size_t end, int kind, unsigned flags)
{
	struct tok *t;

	if (e->ntok == e->captok) {
		e->captok = e->captok ? e->captok * 2 : 256;
		e->tok = xreallocarray(e->tok, e->captok, sizeof *e->tok);
	}
	t = &e->tok[e->ntok++];
	*t = (struct tok){ .start = (uint32_t)start,
		.end = (uint32_t)end,
		.flags = (uint16_t)flags,
		.kind = (uint8_t)kind };
	return t;
}

/* The word s[a..b): its lexicon entry and the flags the rules read. */
static inline __attribute__((always_inline)) struct tok *
word_at(struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    unsigned flags)
{
	struct tok *t = tok_push(e, a, b, T_WORD, flags);
	const unsigned char *w = s + a;
	size_t n = b - a, i;
	struct lex_key k;
	const struct lex_slot *x;
	uint32_t hit;

	/* "Q3", "FY2012", "FY": all capitals */
	if ((w[0] == 'Q' || w[0] == 'F') && n <= 6) {
		for (i = 1; i < n && !(w[i] >= 'a' && w[i] <= 'z'); i++)
			;
		if (i == n)
			t->flags |= DT_UPPER;
	}
	/* one probe of the lexicon's index, and no branch on whether the
	 * word is there: a third of the words are ("the", "in", "said"),
	 * and nothing foretells which */
	if (lex_key_make(&k, w, n, e->s + e->len) && dn_lexicon.ix != NULL) {
		const struct lex_ix *p = lexicon_key_place(
		    &dn_lexicon, &k, &hit);

		t->lex = (uint16_t)(p->slot & hit);
		t->cls = (uint8_t)(p->cls & hit);
	} else if ((x = lexicon_find(&dn_lexicon, w, n)) != NULL) {
		t->lex = (uint16_t)(x - dn_lexicon.slot + 1); /* a long word */
		t->cls = (uint8_t)x->cls;
	}
	/* C_NONE: "Q3", "FY2012" start one, other words none */
	t->sb = (uint8_t)((e->sb_of[t->cls] &
	                      -(unsigned)((t->cls != C_NONE) |
	                          ((t->flags & DT_UPPER) != 0))) |
	    (t->lex != 0) * SB_LEADS);
	return t;
}

static struct tok *
word(struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    unsigned flags)
{
	return word_at(e, s, a, b, flags);
}

/*
 * The number at s[a..b) (b: the end of its core token): digits with
 * "2,012" grouping and "2.5" decimals, then a suffix ("9th", "1990s",
 * "10am"), or a token the grammar skips ("5km").  Returns its end.
 */
static size_t
number(struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    unsigned flags)
{
	struct tok *t = tok_push(e, a, a + 1, T_NUM, flags);
	size_t j = a, k;

	t->sb = SB_START | SB_LEADS;
	long v = 0;
	int nd = 0;

	for (;;) {
		while (j < b && ISDIGIT(s[j])) {
			if (v < 100000000)
				v = v * 10 + (s[j] - '0');
			nd++;
			j++;
		}
		/* "2,012": a comma and exactly three digits */
		if (j + 3 < b && s[j] == ',' && ISDIGIT(s[j + 1]) &&
		    ISDIGIT(s[j + 2]) && ISDIGIT(s[j + 3]) &&
		    (j + 4 >= b || !ISDIGIT(s[j + 4]))) {
			t->flags |= DT_COMMA;
			j++;
			continue;
		}
		break;
	}
	if (j + 1 < b && s[j] == '.' && ISDIGIT(s[j + 1])) {
		t->flags |= DT_DEC;
		for (j++; j < b && ISDIGIT(s[j]); j++)
			;
	}
	t->val = (int32_t)v;
	t->ndig = (uint8_t)(nd > 255 ? 255 : nd);
	/* the suffix: letters and digits up to the next joiner */
	for (k = j; k < b && s[k] != '-' && s[k] != '.' && s[k] != ',' &&
	     s[k] != ':' && s[k] != '/' && s[k] != '\'' && s[k] != '&';
	     k++)
		;
	if (k > j) {
		unsigned char c0 = s[j] | 0x20,
		              c1 = k - j > 1 ? s[j + 1] | 0x20 : 0;

		if (k - j == 1 && c0 == 's' && v % 10 == 0 &&
		    (nd == 4 || nd == 2))
			t->flags |= DT_DECS;
		else if (k - j == 2 &&
		    ((c0 == 's' && c1 == 't') || (c0 == 'n' && c1 == 'd') ||
		        (c0 == 'r' && c1 == 'd') || (c0 == 't' && c1 == 'h')))
			t->flags |= DT_ORD;
		else if (k - j == 2 && c0 == 'a' && c1 == 'm')
			t->flags |= DT_AM;
		else if (k - j == 2 && c0 == 'p' && c1 == 'm')
			t->flags |= DT_PM;
		else
			t->kind = T_OTHER, t->sb = 0;
		j = k;
	}
	t->end = (uint32_t)j;
	return j;
}

/* A punctuation token at s[a..b): en and em dashes are '-', curly quotes
 * '\'', other symbols a token the grammar skips. */
static void
punctuation(struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    unsigned flags)
{
	struct tok *t = tok_push(e, a, b, T_PUNCT, flags);
	int32_t cp;

	if (s[a] < 0x80) {
		t->val = s[a];
	} else {
		u8_decode(s + a, b - a, &cp);
		if (cp == 0x2013 || cp == 0x2014)
			t->val = '-';
		else if (cp >= 0x2018 && cp <= 0x201d)
			t->val = '\'';
		else
			t->kind = T_OTHER;
	}
	/* "'82" starts one; "-" and "'" may come after a start */
	if (t->kind == T_PUNCT && t->val == '\'')
		t->sb = SB_START | SB_LEADS;
	else if (t->kind == T_PUNCT && t->val == '-')
		t->sb = SB_LEADS;
}

/* Is s[j] an apostrophe before a figure ("Q1'02", "Q1’02"): a word parts
 * there? */
static int
apos_figure(const unsigned char *s, size_t b, size_t j)
{
	size_t l = u8_apos_at(s, b, j);

	return l > 0 && j + l < b && ISDIGIT(s[j + l]);
}

/*
 * The parts of the core token s[a..b) (see the head of this file); flags
 * are the first part's (DT_SP, DT_CAP), the others are glued to it.
 * dots: an abbreviation, parted at each period too.
 */
static void
split(struct dn_engine *e, const unsigned char *s, size_t a, size_t b,
    unsigned flags, int dots)
{
	size_t j;

	while (a < b) {
		if (s[a] == '-' || s[a] == '.' || s[a] == ',' || s[a] == ':' ||
		    s[a] == '/' || s[a] == '&' || s[a] == '\'') {
			punctuation(e, s, a, a + 1, flags);
			a++;
		} else if (apos_figure(s, b, a)) { /* "Q1’02" */
			punctuation(e, s, a, a + 3, flags);
			a += 3;
		} else if (ISDIGIT(s[a])) {
			size_t k = e->ntok;

			a = number(e, s, a, b, flags);
			/* "10−11", "1⁄2", "°30": a figure glued to a symbol
			 * is the symbol's */
			if (!(flags & DT_SP) && k > 0 &&
			    e->tok[k - 1].kind == T_OTHER) {
				e->tok[k].kind = T_OTHER;
				e->tok[k].sb = 0;
			}
		} else {
			for (j = a + 1; j < b && s[j] != '-' &&
			     !(dots && s[j] == '.') && !apos_figure(s, b, j);
			     j++)
				;
			word(e, s, a, j, flags | (ISUPPER(s[a]) ? DT_CAP : 0));
			a = j;
		}
		flags = 0;
	}
}

/* dn_tokenize()'s pass over the core's tokens. */
struct pass {
	struct dn_engine *e;
	const unsigned char *s;
	size_t len;
	size_t prev; /* the end of the core's token before */
	size_t base; /* where in s the text the core tokenizes starts */
};

/* The core token c as the grammar reads it (see the head of this file),
 * made as the core's tokenizer finds c. */
static void
core_token(void *ctx, const struct token *core)
{
	struct pass *p = ctx;
	struct dn_engine *e = p->e;
	const unsigned char *s = p->s;
	size_t start = core->start + p->base, end = core->end + p->base;
	unsigned flags = e->ntok == 0 || start > p->prev ? DT_SP : 0;

	p->prev = end;
	switch (core->kind) {
	case TOK_WORD:
		if (core->flags & TF_CAP)
			flags |= DT_CAP;
		if (!(core->flags & (TF_DIGIT | TF_HYPHEN)) &&
		    s[start] != '\'' && s[start] != 0xE2) {
			/* most words: word() inlined */
			word_at(e, s, start, end, flags);
			break;
		}
		if (u8_apos_at(s, p->len, start) > 0) {
			/* "'s", "'ll": a clitic the core parted */
			struct tok *t = word(e, s, start, end, flags);
			const unsigned char *w = s + end;

			if (end - start <= 4 && (w[-1] | 0x20) == 's')
				t->flags |= DT_POSS;
			/* "he'll", "she’ll": a future cue */
			if ((w[-1] | 0x20) == 'l' && (w[-2] | 0x20) == 'l')
				t->flags |= DT_LL;
			break;
		}
		split(e, s, start, end, flags, 0);
		break;
	case TOK_NUM:
		split(e, s, start, end, flags, 0);
		break;
	case TOK_ABBR:
		split(e, s, start, end,
		    flags | (core->flags & TF_CAP ? DT_CAP : 0), 1);
		break;
	case TOK_PUNCT:
		/* "...": a period each */
		if (s[start] == '.') {
			size_t j;

			for (j = start; j < end; j++)
				punctuation(
				    e, s, j, j + 1, j == start ? flags : 0);
			break;
		}
		punctuation(e, s, start, end, flags);
		break;
	default: /* a URL, an e-mail address */
		tok_push(e, start, end, T_OTHER, flags);
		break;
	}
}

void
dn_tokenize(struct dn_engine *e, const unsigned char *s, size_t len)
{
	struct pass p = { e, s, len, 0, 0 };

	e->ntok = 0;
	tokenize_each(s, len, core_token, &p);
}

/*
 * The tokens of the parts part[0..np) of s[0..len) only, in order, and
 * for each stretch between them (or before the first, after the last)
 * one token the grammar skips (T_OTHER, DT_GAP) that spans it.  A part
 * starts after a blank (or at 0) and ends before one (or at len), and
 * no core token holds a blank or reads past one to decide its end, so
 * the core's tokens of a part are those of the whole text there.
 */
void
dn_tokenize_parts(struct dn_engine *e, const unsigned char *s, size_t len,
    const struct span *part, size_t np)
{
	struct pass p = { e, s, len, 0, 0 };
	size_t k, gap = 0;

	e->ntok = 0;
	for (k = 0; k < np; k++) {
		if (part[k].start > gap)
			tok_push(
			    e, gap, part[k].start, T_OTHER, DT_SP | DT_GAP);
		/* a blank before the part: its first token has DT_SP */
		p.prev = part[k].start > 0 ? part[k].start - 1 : 0;
		p.base = part[k].start;
		tokenize_each(s + part[k].start, part[k].end - part[k].start,
		    core_token, &p);
		gap = part[k].end;
	}
	if (gap < len)
		tok_push(e, gap, len, T_OTHER, DT_SP | DT_GAP);
}
