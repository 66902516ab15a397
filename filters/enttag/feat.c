/*
 * feat.c - token facts, hashed features, gazetteer matching, document
 * memory and BILOU Viterbi decoding, shared by enttag and enttag-train
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "etfeat.h"
#include "xalloc.h"

const char *const et_type_names[ET_NTYPES] = { "PER", "ORG", "LOC", "MISC" };

// clang-format off
const char *const et_gaz_class_names[G_NCLASSES] = {
	"first", "last", "country", "admin", "city", "demonym", "orgsuffix",
	"orghead", "title", "PER", "ORG", "LOC", "MISC", "lochead",
	"mischead", "stop", "orglist", "lower"
};
// clang-format on

// clang-format off
/* Feature templates: the first input of each hashed key. */
enum {
	T_BIAS = 1, T_W, T_LW, T_SH, T_PRE, T_SUF, T_LWM1, T_LWP1, T_LWM2,
	T_LWP2, T_SHM1, T_SHP1, T_SHM1SH, T_SHSHP1, T_LWM1LW, T_LWLWP1,
	T_SHLWM1, T_SHLWP1, T_FIRSTSH, T_FIRSTLW, T_FLAGS, T_GAZ, T_GAZM1,
	T_GAZP1, T_MEM, T_SHM2SHM1, T_FLAGSM1, T_FLAGSP1, T_GAZM1SH,
	T_CL2, T_CL1CAP, T_LCL1CAP, T_LCL2, T_LCL3, T_LCL2M1, T_LCL2P1,
	T_LCL3M1, T_LCL3P1
};
// clang-format on

#define BOS_HASH 0x5bd1e9955bd1e995ULL
#define EOS_HASH 0x9e3779b97f4a7c15ULL

int
et_type_from_name(const char *s, size_t n)
{
	for (int t = 0; t < ET_NTYPES; t++)
		if (strlen(et_type_names[t]) == n &&
		    memcmp(et_type_names[t], s, n) == 0)
			return t;
	return -1;
}

/* The finalizer of MurmurHash3: spreads every input bit over the word. */
uint64_t
et_mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

uint64_t
et_hash_bytes(const unsigned char *s, size_t n, uint64_t h)
{
	h ^= 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return et_mix(h ^ n);
}

static inline uint32_t
fkey(unsigned tmpl, uint64_t v)
{
	uint32_t k = (uint32_t)(et_mix(v + tmpl * 0x9e3779b97f4a7c15ULL) >> 32);
	return k ? k : 1;
}

static inline uint64_t
comb(uint64_t a, uint64_t b)
{
	return et_mix(a * 31 + b + 0x632be59bd9b4e019ULL);
}

uint32_t
et_word_key(uint64_t hw)
{
	return fkey(T_W, hw);
}

uint32_t
et_phrase_key(uint64_t h)
{
	uint32_t k = (uint32_t)(h >> 32);
	return k ? k : 1;
}

uint64_t
et_phrase_step(uint64_t h, uint64_t hlw)
{
	return et_mix(h * 0x100000001b3ULL ^ hlw);
}

uint32_t
et_cluster_key(uint64_t hw)
{
	return et_phrase_key(et_phrase_step(0x2545f4914f6cdd1dULL, hw));
}

uint32_t
et_lcluster_key(uint64_t hlw)
{
	return et_phrase_key(et_phrase_step(0x6a09e667f3bcc909ULL, hlw));
}

uint32_t
et_gaz_lookup(const struct et_gaz *g, uint32_t key)
{
	if (g == NULL || g->keys == NULL ||
	    (g->filter && !et_filter_maybe(g->filter, key)))
		return 0;
	for (uint32_t i = key & g->mask;; i = (i + 1) & g->mask) {
		if (g->keys[i] == key)
			return g->vals[i];
		if (g->keys[i] == 0)
			return 0;
	}
}

/*
 * Quote marks of every style hash alike, so that the ``PTB'' quotes of
 * the training data and the "straight" or “curly” ones of real text agree.
 */
static int
is_quote_token(const unsigned char *s, size_t n)
{
	static const char *const q[] = { "\"", "``", "''", "\xe2\x80\x9c",
		"\xe2\x80\x9d", "\xe2\x80\x9e", "\xc2\xab", "\xc2\xbb", NULL };
	if (n == 0 || n > 3) /* none is longer */
		return 0;
	for (int i = 0; q[i]; i++)
		if (strlen(q[i]) == n && memcmp(q[i], s, n) == 0)
			return 1;
	return 0;
}

/* Lower-cases s into out (at most cap bytes); returns the length used. */
static size_t
lower_into(const unsigned char *s, size_t n, unsigned char *out, size_t cap,
    unsigned *flags, unsigned char *shape, size_t *shlen)
{
	size_t o = 0, sl = 0;
	unsigned nup = 0, nlow = 0, ndig = 0, nother = 0;
	unsigned char last = 0;

	for (size_t i = 0; i < n;) {
		unsigned char c = s[i], sc;
		utf8proc_int32_t cp = c;
		utf8proc_ssize_t len = 1;

		if (c >= 0x80) {
			len = utf8proc_iterate(
			    s + i, (utf8proc_ssize_t)(n - i), &cp);
			if (len < 1) {
				len = 1;
				cp = -1;
			}
		}
		if (cp >= 'A' && cp <= 'Z') {
			sc = 'X';
			nup++;
			cp += 32;
		} else if (cp >= 'a' && cp <= 'z') {
			sc = 'x';
			nlow++;
		} else if (cp >= '0' && cp <= '9') {
			sc = 'd';
			ndig++;
		} else if (cp < 0x80 && cp >= 0) {
			sc = (unsigned char)cp;
			nother++;
		} else if (cp < 0) {
			sc = '?';
			nother++;
		} else {
			utf8proc_category_t cat = utf8proc_category(cp);
			if (cat == UTF8PROC_CATEGORY_LU ||
			    cat == UTF8PROC_CATEGORY_LT) {
				sc = 'X';
				nup++;
				cp = utf8proc_tolower(cp);
			} else if (cat >= UTF8PROC_CATEGORY_LL &&
			    cat <= UTF8PROC_CATEGORY_ME) {
				sc = 'x';
				nlow++;
			} else if (cat == UTF8PROC_CATEGORY_ND) {
				sc = 'd';
				ndig++;
			} else {
				sc = '*';
				nother++;
			}
		}
		/* short shape: runs of one class collapse, "McDonald" -> XxXx */
		if (sc != last && sl < 12)
			shape[sl++] = sc;
		last = sc;
		if (cp >= 0 && cp < 0x80) {
			if (o < cap)
				out[o++] = (unsigned char)cp;
		} else if (cp >= 0) {
			unsigned char tmp[4];
			utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
			for (utf8proc_ssize_t j = 0; j < k && o < cap; j++)
				out[o++] = tmp[j];
		} else if (o < cap)
			out[o++] = c;
		i += (size_t)len;
	}
	*shlen = sl;
	if (nup + nlow > 0)
		*flags |= ETF_HASALPHA;
	if (nup > 0 && s[0] < 0x80 && s[0] >= 'A' && s[0] <= 'Z')
		*flags |= ETF_INITCAP;
	else if (nup > 0 && shape[0] == 'X')
		*flags |= ETF_INITCAP;
	if (nup > 1 && nlow == 0)
		*flags |= ETF_ALLCAP;
	if (nlow > 0 && nup == 0)
		*flags |= ETF_LOWER;
	if (ndig > 0)
		*flags |= ETF_HASDIGIT;
	if (ndig > 0 && nup + nlow + nother == 0)
		*flags |= ETF_ALLDIGIT;
	if (nup + nlow + ndig == 0)
		*flags |= ETF_PUNCT;
	return o;
}

uint64_t
et_hash_lower(const unsigned char *s, size_t n)
{
	unsigned char low[128], sh[16];
	unsigned flags = 0;
	size_t shl;
	size_t k;

	if (is_quote_token(s, n))
		return et_hash_bytes((const unsigned char *)"\"", 1, 0);
	k = lower_into(s, n, low, sizeof low, &flags, sh, &shl);
	return et_hash_bytes(low, k, 0);
}

/* The table keys looked up for the token at i: its word clusters, its
 * case-blind clusters and the phrases of 1 to ET_GAZ_MAXLEN tokens that
 * start there (0 past the sentence's end). */
#define GAZ_NKEYS (2 + ET_GAZ_MAXLEN)
static void
gaz_keys(const struct et_tok *tk, size_t n, size_t i, uint32_t *keys)
{
	uint64_t h = 0;

	keys[0] = et_cluster_key(tk[i].hw);
	keys[1] = et_lcluster_key(tk[i].hlw);
	for (size_t len = 1; len <= ET_GAZ_MAXLEN; len++) {
		if (i + len > n) {
			keys[1 + len] = 0;
			continue;
		}
		h = et_phrase_step(h, tk[i + len - 1].hlw);
		keys[1 + len] = et_phrase_key(h);
	}
}

static void
gaz_prefetch(const struct et_gaz *g, const uint32_t *keys)
{
	for (int k = 0; k < GAZ_NKEYS && keys[k]; k++) {
		if (g->filter && !et_filter_maybe(g->filter, keys[k]))
			continue;
		__builtin_prefetch(&g->keys[keys[k] & g->mask]);
		if (k < 3) /* words mostly found: their values too */
			__builtin_prefetch(&g->vals[keys[k] & g->mask]);
	}
}

/*
 * Marks the gazetteer phrases found in the sentence on their tokens.  The
 * lookups are cache misses: the keys of the token GAZ_AHEAD places on are
 * prefetched while those of this one are looked up, so that they overlap.
 */
#define GAZ_AHEAD 4
static void
gaz_match(struct et_tok *tk, size_t n, const struct et_gaz *g)
{
	uint32_t ring[GAZ_AHEAD + 1][GAZ_NKEYS];

	if (g == NULL || g->keys == NULL)
		return; /* tok_facts() left no classes */
	for (size_t i = 0; i < n + GAZ_AHEAD; i++) {
		size_t a = i, b = i - GAZ_AHEAD; /* ahead, here */
		const uint32_t *keys;
		if (a < n && !(tk[a].flags & ETF_PUNCT)) {
			gaz_keys(tk, n, a, ring[a % (GAZ_AHEAD + 1)]);
			gaz_prefetch(g, ring[a % (GAZ_AHEAD + 1)]);
		}
		if (i < GAZ_AHEAD || (tk[b].flags & ETF_PUNCT))
			continue;
		keys = ring[b % (GAZ_AHEAD + 1)];
		tk[b].cl = et_gaz_lookup(g, keys[0]) & ~G_CLASS_MASK;
		tk[b].lcl = et_gaz_lookup(g, keys[1]);
		for (size_t len = 1; len <= ET_GAZ_MAXLEN && b + len <= n;
		     len++) {
			uint32_t v = et_gaz_lookup(g, keys[1 + len]);
			if (v == 0)
				continue;
			if (len == 1) {
				tk[b].gz[3] |= v;
				continue;
			}
			tk[b].gz[0] |= v;
			for (size_t j = b + 1; j + 1 < b + len; j++)
				tk[j].gz[1] |= v;
			tk[b + len - 1].gz[2] |= v;
		}
	}
}

int
et_mem_lookup(const struct et_mem *m, uint32_t key)
{
	if (m == NULL || m->n == 0)
		return 0;
	for (uint32_t i = key & m->mask;; i = (i + 1) & m->mask) {
		if (m->keys[i] == key)
			return m->vals[i];
		if (m->keys[i] == 0)
			return 0;
	}
}

/* The facts of one token s[0, len).  A typographic apostrophe (U+2019,
 * as most news sites print it) counts as the apostrophe the training text
 * has: "People’s" is "People's", "’s" is "'s". */
static void
tok_facts(struct et_tok *t, const unsigned char *s, size_t len)
{
	unsigned char low[128], sh[16], ap[128];
	size_t k, shl;

	if (len <= sizeof ap && memchr(s, 0xe2, len) != NULL) {
		size_t na = 0;
		for (size_t i = k = 0; i < len; i++) {
			ap[k++] = s[i];
			if (i + 2 < len && s[i] == 0xe2 && s[i + 1] == 0x80 &&
			    s[i + 2] == 0x99) {
				ap[k - 1] = '\'';
				i += 2;
				na++;
			}
		}
		if (na > 0) {
			s = ap;
			len = k;
		}
	}
	memset(t, 0, sizeof *t);
	k = lower_into(s, len, low, sizeof low, &t->flags, sh, &shl);
	if (is_quote_token(s, len)) {
		t->hw = t->hlw = et_hash_bytes(
		    (const unsigned char *)"\"", 1, 0);
		t->flags |= ETF_QUOTE;
	} else {
		t->hw = et_hash_bytes(s, len, 0);
		t->hlw = et_hash_bytes(low, k, 0);
	}
	t->hsh = et_hash_bytes(sh, shl, 7);
	for (size_t p = 0; p < 3; p++)
		t->hpre[p] = et_hash_bytes(low, p + 1 < k ? p + 1 : k, p + 11);
	for (size_t p = 0; p < 4; p++) {
		size_t m = p + 1 < k ? p + 1 : k;
		t->hsuf[p] = et_hash_bytes(low + k - m, m, p + 21);
	}
}

void
et_tok_prepare(struct et_tok *tk, const unsigned char *buf,
    const struct token *toks, size_t n, const struct et_gaz *gaz,
    const struct et_mem *mem)
{
	for (size_t i = 0; i < n; i++)
		tok_facts(
		    &tk[i], buf + toks[i].start, toks[i].end - toks[i].start);
	for (size_t i = 0; mem != NULL && i < n; i++)
		tk[i].mem = (unsigned char)et_mem_lookup(
		    mem, et_phrase_key(tk[i].hlw));
	if (gaz != NULL)
		gaz_match(tk, n, gaz);
}

static uint32_t
gaz_any(const struct et_tok *t)
{
	return (t->gz[0] | t->gz[1] | t->gz[2] | t->gz[3]) & G_CLASS_MASK;
}

static unsigned
cl1(const struct et_tok *t)
{
	return (t->cl >> G_CL1_SHIFT) & G_CL1_MAX;
}

static unsigned
cl2(const struct et_tok *t)
{
	return (t->cl >> G_CL2_SHIFT) & G_CL2_MAX;
}

/*
 * Word clusters learned from unlabelled text, by the word as written
 * (enttag-train --clusters): "Ryanair" may share a class with "Lufthansa"
 * where the training data never names it, and "Jobs" is not "jobs".
 * A model trained without clusters gets no cluster features at all.
 */
static size_t
cluster_features(const struct et_tok *t, uint32_t *out)
{
	unsigned cap = (t->flags & ETF_INITCAP) != 0;
	size_t k = 0;

	if (cl1(t))
		out[k++] = fkey(T_CL1CAP, cl1(t) * 2 + cap);
	if (cl2(t))
		out[k++] = fkey(T_CL2, cl2(t));
	return k;
}

/* Whether only punctuation comes before word i of the sentence, where a
 * capital says little about a name ("Soccer fans ..."). */
static int
sent_first(const struct et_tok *tk, size_t i)
{
	while (i > 0 && (tk[i - 1].flags & ETF_PUNCT))
		i--;
	return i == 0;
}

/*
 * Case-blind clusters of the word and of its neighbours (--lower-clusters):
 * classes of word vectors learned from far more text than the annotated
 * data, so "ryanair" and "lufthansa" or "kabul" and "kandahar" share
 * classes.  The word's classes are crossed with its case: lower case,
 * capitalised, or capitalised first in the sentence, where every word is
 * ("Soccer fans ...": as capitalised, the class of "soccer" and
 * "basketball" made names of them).  A capitalised word that is
 * otherwise written in lower case gets none of its own: its vector is the
 * common word's ("Jobs").  Nor does a known organisation (the orglist
 * lexicon): the vector of a firm named after its founder is a person's
 * ("Ford", "Chrysler").  Where capitals say nothing (tk[i].nocase, see
 * etfeat.h) the word's classes are read as those of a lower-case word.
 */
static size_t
lcluster_features(
    const struct et_tok *tk, size_t n, size_t i, int withcap, uint32_t *out)
{
	uint32_t c = tk[i].lcl, m1 = i > 0 ? tk[i - 1].lcl : 0,
	         p1 = i + 1 < n ? tk[i + 1].lcl : 0;
	unsigned cap = withcap && !tk[i].nocase &&
	    (tk[i].flags & ETF_INITCAP) != 0;
	size_t k = 0;

	if (cap && (tk[i].gz[3] & (1u << G_LOWER | 1u << G_ORGLIST)))
		c = 0;
	else if (cap && sent_first(tk, i))
		cap = 2;
	if (c & LCL1_MAX)
		out[k++] = fkey(T_LCL1CAP, (c & LCL1_MAX) * 3 + cap);
	if (c >> LCL2_SHIFT & LCL2_MAX)
		out[k++] = fkey(T_LCL2, (c >> LCL2_SHIFT & LCL2_MAX) * 3 + cap);
	if (c >> LCL3_SHIFT & LCL3_MAX)
		out[k++] = fkey(T_LCL3, (c >> LCL3_SHIFT & LCL3_MAX) * 3 + cap);
	if (m1 >> LCL2_SHIFT & LCL2_MAX)
		out[k++] = fkey(T_LCL2M1, m1 >> LCL2_SHIFT & LCL2_MAX);
	if (p1 >> LCL2_SHIFT & LCL2_MAX)
		out[k++] = fkey(T_LCL2P1, p1 >> LCL2_SHIFT & LCL2_MAX);
	if (m1 >> LCL3_SHIFT & LCL3_MAX)
		out[k++] = fkey(T_LCL3M1, m1 >> LCL3_SHIFT & LCL3_MAX);
	if (p1 >> LCL3_SHIFT & LCL3_MAX)
		out[k++] = fkey(T_LCL3P1, p1 >> LCL3_SHIFT & LCL3_MAX);
	return k;
}

size_t
et_features(const struct et_tok *tk, size_t n, size_t i, uint32_t *out)
{
	const struct et_tok *t = &tk[i];
	uint64_t lwm1 = i > 0 ? tk[i - 1].hlw : BOS_HASH;
	uint64_t lwm2 = i > 1 ? tk[i - 2].hlw : BOS_HASH;
	uint64_t lwp1 = i + 1 < n ? tk[i + 1].hlw : EOS_HASH;
	uint64_t lwp2 = i + 2 < n ? tk[i + 2].hlw : EOS_HASH;
	uint64_t shm1 = i > 0 ? tk[i - 1].hsh : BOS_HASH;
	uint64_t shm2 = i > 1 ? tk[i - 2].hsh : BOS_HASH;
	uint64_t shp1 = i + 1 < n ? tk[i + 1].hsh : EOS_HASH;
	unsigned cap = (t->flags & ETF_INITCAP) != 0;
	size_t k = 0;

	out[k++] = fkey(T_BIAS, 0);
	out[k++] = fkey(T_W, t->hw);
	out[k++] = fkey(T_LW, t->hlw);
	out[k++] = fkey(T_SH, t->hsh);
	for (int p = 0; p < 3; p++)
		out[k++] = fkey(T_PRE, t->hpre[p]);
	for (int p = 0; p < 4; p++)
		out[k++] = fkey(T_SUF, t->hsuf[p]);
	out[k++] = fkey(T_LWM1, lwm1);
	out[k++] = fkey(T_LWP1, lwp1);
	out[k++] = fkey(T_LWM2, lwm2);
	out[k++] = fkey(T_LWP2, lwp2);
	out[k++] = fkey(T_SHM1, shm1);
	out[k++] = fkey(T_SHP1, shp1);
	out[k++] = fkey(T_SHM1SH, comb(shm1, t->hsh));
	out[k++] = fkey(T_SHSHP1, comb(t->hsh, shp1));
	out[k++] = fkey(T_SHM2SHM1, comb(shm2, shm1));
	out[k++] = fkey(T_LWM1LW, comb(lwm1, t->hlw));
	out[k++] = fkey(T_LWLWP1, comb(t->hlw, lwp1));
	out[k++] = fkey(T_SHLWM1, comb(t->hsh, lwm1));
	out[k++] = fkey(T_SHLWP1, comb(t->hsh, lwp1));
	out[k++] = fkey(T_FLAGS, t->flags);
	out[k++] = fkey(
	    T_FLAGSM1, comb(i > 0 ? tk[i - 1].flags : 999, t->flags));
	out[k++] = fkey(
	    T_FLAGSP1, comb(i + 1 < n ? tk[i + 1].flags : 999, t->flags));
	if (i == 0) {
		out[k++] = fkey(T_FIRSTSH, t->hsh);
		out[k++] = fkey(T_FIRSTLW, t->hlw);
	}
	k += cluster_features(t, out + k);
	k += lcluster_features(tk, n, i, 1, out + k);
	for (int p = 0; p < 4; p++) {
		uint32_t g = t->gz[p] & G_CLASS_MASK;
		while (g && k < ET_MAXFEAT - 8) {
			int c = __builtin_ctz(g);
			g &= g - 1;
			out[k++] = fkey(
			    T_GAZ, (uint64_t)((c * 4 + p) * 2 + cap));
		}
	}
	if (i > 0) {
		uint32_t g = gaz_any(&tk[i - 1]);
		while (g && k < ET_MAXFEAT - 6) {
			int c = __builtin_ctz(g);
			g &= g - 1;
			out[k++] = fkey(T_GAZM1, (uint64_t)(c * 2 + cap));
		}
	}
	if (i + 1 < n) {
		uint32_t g = gaz_any(&tk[i + 1]);
		/* room left for the memory features and the final 0 */
		while (g && k < ET_MAXFEAT - 1 - ET_NTYPES) {
			int c = __builtin_ctz(g);
			g &= g - 1;
			out[k++] = fkey(T_GAZP1, (uint64_t)(c * 2 + cap));
		}
	}
	k += et_mem_features(t, out + k);
	out[k] = 0;
	return k;
}

/*
 * The features of a token of an all-caps sentence, for a model with a
 * part of its own for such sentences (ET_MODEL_CAPS): the same templates
 * under keys of their own, learned from upper-case copies of the training
 * documents (enttag-train -U), so that what capitals teach leaves the
 * weights of normal text alone.
 */
uint32_t
et_caps_key(uint32_t key)
{
	uint32_t c = (uint32_t)(et_mix(key ^ 0x5bd1e9955bd1e995ULL) >> 32);

	return c ? c : 1;
}

size_t
et_features_caps(const struct et_tok *tk, size_t n, size_t i, uint32_t *out)
{
	size_t k = et_features(tk, n, i, out);

	for (size_t f = 0; f < k; f++)
		out[f] = et_caps_key(out[f]);
	return k;
}

/* The features that ignore case, for lower-cased training text such as
 * MultiCoNER: words, affixes and neighbours, no shapes, no lists. */
size_t
et_features_lex(const struct et_tok *tk, size_t n, size_t i, uint32_t *out)
{
	const struct et_tok *t = &tk[i];
	uint64_t lwm1 = i > 0 ? tk[i - 1].hlw : BOS_HASH;
	uint64_t lwm2 = i > 1 ? tk[i - 2].hlw : BOS_HASH;
	uint64_t lwp1 = i + 1 < n ? tk[i + 1].hlw : EOS_HASH;
	uint64_t lwp2 = i + 2 < n ? tk[i + 2].hlw : EOS_HASH;
	size_t k = 0;

	out[k++] = fkey(T_LW, t->hlw);
	for (int p = 0; p < 3; p++)
		out[k++] = fkey(T_PRE, t->hpre[p]);
	for (int p = 0; p < 4; p++)
		out[k++] = fkey(T_SUF, t->hsuf[p]);
	out[k++] = fkey(T_LWM1, lwm1);
	out[k++] = fkey(T_LWP1, lwp1);
	out[k++] = fkey(T_LWM2, lwm2);
	out[k++] = fkey(T_LWP2, lwp2);
	out[k++] = fkey(T_LWM1LW, comb(lwm1, t->hlw));
	out[k++] = fkey(T_LWLWP1, comb(t->hlw, lwp1));
	k += lcluster_features(tk, n, i, 0, out + k);
	out[k] = 0;
	return k;
}

size_t
et_mem_features(const struct et_tok *t, uint32_t *out)
{
	unsigned cap = (t->flags & ETF_INITCAP) != 0;
	size_t k = 0;

	for (int ty = 0; ty < ET_NTYPES; ty++)
		if ((t->mem >> ty) & 1)
			out[k++] = fkey(T_MEM, (uint64_t)(ty * 2 + cap));
	return k;
}

void
et_mem_init(struct et_mem *m)
{
	m->mask = 1023;
	m->n = 0;
	m->keys = xcalloc(m->mask + 1, sizeof *m->keys);
	m->vals = xcalloc(m->mask + 1, 1);
}

void
et_mem_copy(struct et_mem *dst, const struct et_mem *src)
{
	memcpy(dst->keys, src->keys, (src->mask + 1) * sizeof *src->keys);
	memcpy(dst->vals, src->vals, src->mask + 1);
	dst->n = src->n;
}

void
et_mem_free(struct et_mem *m)
{
	free(m->keys);
	free(m->vals);
}

void
et_mem_clear(struct et_mem *m)
{
	if (m->n == 0)
		return;
	memset(m->keys, 0, (m->mask + 1) * sizeof *m->keys);
	memset(m->vals, 0, m->mask + 1);
	m->n = 0;
}

/*
 * Remembers the capitalised words of each entity with its type, so that
 * "Barra" after "Mary Barra" is known as a person.  The table is small and
 * fixed; when it fills up it starts over (bounded memory on long input).
 */
void
et_mem_learn(struct et_mem *m, const struct et_tok *tk, size_t n,
    const unsigned char *tags)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t key, j;
		if (tags[i] == 0 || !(tk[i].flags & (ETF_INITCAP | ETF_ALLCAP)))
			continue;
		if (tk[i].gz[3] & (1u << G_STOP))
			continue;
		if (m->n * 2 >= m->mask)
			et_mem_clear(m);
		key = et_phrase_key(tk[i].hlw);
		for (j = key & m->mask; m->keys[j] && m->keys[j] != key;
		     j = (j + 1) & m->mask)
			;
		if (m->keys[j] == 0) {
			m->keys[j] = key;
			m->n++;
		}
		m->vals[j] |= (unsigned char)(1u << ET_TAG_TYPE(tags[i]));
	}
}

int
et_trans_ok(int prev, int cur)
{
	int pin = prev != ET_NTAGS && prev != 0 &&
	    (ET_TAG_POS(prev) == 0 || ET_TAG_POS(prev) == 1);

	if (pin) /* inside an entity: continue it (I) or close it (L) */
		return cur != 0 && ET_TAG_TYPE(cur) == ET_TAG_TYPE(prev) &&
		    (ET_TAG_POS(cur) == 1 || ET_TAG_POS(cur) == 2);
	return cur == 0 || ET_TAG_POS(cur) == 0 || ET_TAG_POS(cur) == 3;
}

static int
final_ok(int t)
{
	return t == 0 || ET_TAG_POS(t) >= 2;
}

/*
 * Viterbi over BILOU tags.  Only legal transitions are scored: after O, L
 * or U (or at the start) come O, B or U; after B or I of a type come I or
 * L of the same type.  So each tag has at most nine predecessors.  They
 * are tried in increasing order, as one loop over the predecessors with
 * the best of every tag kept apart: the comparisons of different tags do
 * not wait for each other.
 */
void
et_viterbi(const float *emit, const float *trans, size_t n,
    const uint32_t *allowed, unsigned char *out, float *work,
    unsigned char *back)
{
	float *prev = work, *cur = work + ET_NTAGS;
	const float NEG = -1e30f;
	int outside[1 + 2 * ET_NTYPES]; /* O and every L and U */
	int opening[1 + 2 * ET_NTYPES]; /* O and every B and U */

	if (n == 0)
		return;
	outside[0] = opening[0] = 0;
	for (int t = 0; t < ET_NTYPES; t++) {
		outside[1 + 2 * t] = ET_TAG(t, 2);
		outside[2 + 2 * t] = ET_TAG(t, 3);
		opening[1 + 2 * t] = ET_TAG(t, 0);
		opening[2 + 2 * t] = ET_TAG(t, 3);
	}
	for (int c = 0; c < ET_NTAGS; c++) {
		int good = et_trans_ok(ET_NTAGS, c) &&
		    (!allowed || (allowed[0] >> c & 1)) &&
		    (n > 1 || final_ok(c));
		prev[c] = good ? emit[c] + trans[ET_NTAGS * ET_NTAGS + c] : NEG;
	}
	for (size_t i = 1; i < n; i++) {
		float best[ET_NTAGS];
		unsigned char arg[ET_NTAGS];
		for (int c = 0; c < ET_NTAGS; c++) {
			best[c] = NEG;
			arg[c] = 0;
		}
		for (int k = 0; k < 1 + 2 * ET_NTYPES; k++) {
			int p = outside[k];
			const float *tr = trans + p * ET_NTAGS;
			if (!(prev[p] > NEG))
				continue;
			for (int j = 0; j < 1 + 2 * ET_NTYPES; j++) {
				int c = opening[j];
				float s = prev[p] + tr[c];
				if (s > best[c]) {
					best[c] = s;
					arg[c] = (unsigned char)p;
				}
			}
		}
		for (int t = 0; t < ET_NTYPES; t++)
			for (int p = ET_TAG(t, 0); p <= ET_TAG(t, 1); p++) {
				const float *tr = trans + p * ET_NTAGS;
				if (!(prev[p] > NEG))
					continue;
				for (int c = ET_TAG(t, 1); c <= ET_TAG(t, 2);
				     c++) {
					float s = prev[p] + tr[c];
					if (s > best[c]) {
						best[c] = s;
						arg[c] = (unsigned char)p;
					}
				}
			}
		for (int c = 0; c < ET_NTAGS; c++) {
			if ((allowed && !(allowed[i] >> c & 1)) ||
			    (i + 1 == n && !final_ok(c))) {
				cur[c] = NEG;
				back[i * ET_NTAGS + c] = 0;
				continue;
			}
			cur[c] = best[c] <= NEG
			    ? NEG
			    : best[c] + emit[i * ET_NTAGS + c];
			back[i * ET_NTAGS + c] = arg[c];
		}
		float *tmp = prev;
		prev = cur;
		cur = tmp;
	}
	{
		int arg = 0;
		float best = prev[0];
		for (int c = 1; c < ET_NTAGS; c++)
			if (prev[c] > best) {
				best = prev[c];
				arg = c;
			}
		for (size_t i = n; i-- > 0;) {
			out[i] = (unsigned char)arg;
			if (i > 0)
				arg = back[i * ET_NTAGS + arg];
		}
	}
}
