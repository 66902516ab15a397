/*
 * tokens.c - a paragraph into words, numbers and punctuation, with byte
 * offsets and the facts the grammar reads (see engine.h).
 */
#include "engine.h"
#include "xalloc.h"

static struct tok *
tok_push(struct dn_engine *e)
{
	if (e->ntok == e->captok) {
		e->captok = e->captok ? e->captok * 2 : 256;
		e->tok = xreallocarray(e->tok, e->captok, sizeof *e->tok);
	}
	return &e->tok[e->ntok++];
}

/*
 * The length of a no-break space at s[j] (U+00A0, U+202F), else 0: white
 * space between tokens ("2018.\u00a0 Last year", "15\u00a0March").
 */
static size_t
nbsp(const unsigned char *s, size_t j, size_t len)
{
	if (s[j] == 0xc2 && j + 1 < len && s[j + 1] == 0xa0)
		return 2;
	if (s[j] == 0xe2 && j + 2 < len && s[j + 1] == 0x80 && s[j + 2] == 0xaf)
		return 3;
	return 0;
}

/*
 * Split a paragraph into tokens.  Words run over letters, digits, bytes
 * >= 0x80 and inner apostrophes ("o'clock"); numbers keep digit grouping
 * ("2,012"), decimals ("2.5") and a suffix ("9th", "1990s", "10pm").
 */
void
dn_tokenize(struct dn_engine *e, const unsigned char *s, size_t len)
{
	size_t i = 0, j;
	int sp = 1;

	e->ntok = 0;
	while (i < len) {
		unsigned char c = s[i];
		struct tok *t;

		if (e->bclass[c] == B_SPACE) {
			sp = 1;
			i++;
			continue;
		}
		if (c >= 0x80 && (j = nbsp(s, i, len)) != 0) {
			sp = 1;
			i += j;
			continue;
		}
		t = tok_push(e);
		t->start = (uint32_t)i;
		t->flags = sp ? TF_SP : 0;
		t->lex = 0;
		t->val = 0;
		t->ndig = 0;
		sp = 0;
		if (ISALPHA(c)) {
			j = i + 1;
			while (j < len && e->bclass[s[j]] == B_WORD)
				j++;
			while (j < len &&
			    (e->bclass[s[j]] >= B_WORD ||
			        (s[j] == '\'' && j + 1 < len &&
			            ISALPHA(s[j + 1]))) &&
			    (s[j] < 0x80 || !nbsp(s, j, len))) {
				/* "Monday's": the possessive is not the word */
				if (s[j] == '\'' && (s[j + 1] | 0x20) == 's' &&
				    (j + 2 >= len || !ISALPHA(s[j + 2])))
					break;
				if (s[j] == 0xe2 && j + 3 < len &&
				    s[j + 1] == 0x80 && s[j + 2] == 0x99 &&
				    (s[j + 3] | 0x20) == 's' &&
				    (j + 4 >= len || !ISALPHA(s[j + 4])))
					break;
				j++;
			}
			/* "he’ll": keep a curly apostrophe inside the word */
			word_token(e, t, s + i, j - i);
		} else if (ISDIGIT(c)) {
			long v = 0;
			int nd = 0;

			t->kind = T_NUM;
			j = i;
			for (;;) {
				while (j < len && ISDIGIT(s[j])) {
					if (v < 100000000)
						v = v * 10 + (s[j] - '0');
					nd++;
					j++;
				}
				/* "2,012": a comma and exactly three digits */
				if (j + 3 < len + 0 && s[j] == ',' &&
				    ISDIGIT(s[j + 1]) && ISDIGIT(s[j + 2]) &&
				    ISDIGIT(s[j + 3]) &&
				    (j + 4 >= len || !ISDIGIT(s[j + 4]))) {
					t->flags |= TF_COMMA;
					j++;
					continue;
				}
				break;
			}
			if (j + 1 < len && s[j] == '.' && ISDIGIT(s[j + 1])) {
				t->flags |= TF_DEC;
				j++;
				while (j < len && ISDIGIT(s[j]))
					j++;
			}
			t->val = (int32_t)v;
			t->ndig = (uint8_t)(nd > 255 ? 255 : nd);
			if (j < len &&
			    (ISALPHA(s[j]) || (s[j] >= 0x80 && !nbsp(s, j, len)))) {
				size_t k = j;
				unsigned char a, b;

				while (k < len &&
				    (ISALPHA(s[k]) || ISDIGIT(s[k]) ||
				        (s[k] >= 0x80 && !nbsp(s, k, len))))
					k++;
				a = s[j] | 0x20;
				b = k - j > 1 ? s[j + 1] | 0x20 : 0;
				if (k - j == 1 && a == 's' && v % 10 == 0 &&
				    (nd == 4 || nd == 2))
					t->flags |= TF_DECS;
				else if (k - j == 2 &&
				    ((a == 's' && b == 't') ||
				        (a == 'n' && b == 'd') ||
				        (a == 'r' && b == 'd') ||
				        (a == 't' && b == 'h')))
					t->flags |= TF_ORD;
				else if (k - j == 2 && a == 'a' && b == 'm')
					t->flags |= TF_AM;
				else if (k - j == 2 && a == 'p' && b == 'm')
					t->flags |= TF_PM;
				else
					t->kind = T_OTHER;
				j = k;
			}
		} else if (c >= 0x80) {
			/* dashes and curly quotes are punctuation */
			if (c == 0xe2 && i + 2 < len && s[i + 1] == 0x80 &&
			    (s[i + 2] == 0x93 || s[i + 2] == 0x94)) {
				t->kind = T_PUNCT;
				t->val = '-';
				j = i + 3;
			} else if (c == 0xe2 && i + 2 < len &&
			    s[i + 1] == 0x80 && s[i + 2] >= 0x98 &&
			    s[i + 2] <= 0x9d) {
				t->kind = T_PUNCT;
				t->val = '\'';
				j = i + 3;
			} else {
				t->kind = T_OTHER;
				j = i + 1;
				while (j < len &&
				    (s[j] >= 0x80 || ISALPHA(s[j]) ||
				        ISDIGIT(s[j])) &&
				    !(s[j] == 0xe2 && j + 1 < len &&
				        s[j + 1] == 0x80) && !nbsp(s, j, len))
					j++;
			}
		} else {
			t->kind = T_PUNCT;
			t->val = c;
			j = i + 1;
		}
		t->end = (uint32_t)j;
		i = j;
	}
}
