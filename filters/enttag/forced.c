/*
 * forced.c - user phrases (enttag --gazetteer TYPE:FILE): phrases matched
 * by their exact bytes, the longest at each position, forced to their
 * type over whatever the model and the post-rules made of the tokens.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger.h"

#include "xalloc.h"

/* Hash of a token sequence by exact bytes (user phrases are case-exact). */
static uint64_t
exact_hash(
    const unsigned char *buf, const struct token *toks, size_t i, size_t n)
{
	uint64_t h = 0;
	for (size_t j = i; j < i + n; j++)
		h = et_phrase_step(h,
		    et_hash_bytes(
		        buf + toks[j].start, toks[j].end - toks[j].start, 3));
	return h;
}

static int
forced_lookup(const struct forced *f, uint32_t key)
{
	if (f->n == 0)
		return 0;
	for (uint32_t i = key & f->mask;; i = (i + 1) & f->mask) {
		if (f->keys[i] == key)
			return f->vals[i];
		if (f->keys[i] == 0)
			return 0;
	}
}

static void
forced_insert(struct forced *f, uint32_t key, int val)
{
	uint32_t i;

	if ((f->n + 1) * 2 > f->mask + 1) {
		uint32_t ocap = f->keys ? f->mask + 1 : 0;
		uint32_t *ok = f->keys;
		unsigned char *ov = f->vals;
		uint32_t ncap = ocap ? ocap * 2 : 64;
		f->keys = xrealloc(NULL, ncap * sizeof *f->keys);
		f->vals = xrealloc(NULL, ncap);
		memset(f->keys, 0, ncap * sizeof *f->keys);
		memset(f->vals, 0, ncap);
		f->mask = ncap - 1;
		f->n = 0;
		for (uint32_t j = 0; j < ocap; j++)
			if (ok[j])
				forced_insert(f, ok[j], ov[j]);
		free(ok);
		free(ov);
	}
	for (i = key & f->mask; f->keys[i] && f->keys[i] != key;
	     i = (i + 1) & f->mask)
		;
	if (f->keys[i] == 0)
		f->n++;
	f->keys[i] = key;
	f->vals[i] = (unsigned char)val;
}

void
et_tagger_force(struct et_tagger *t, int type, const unsigned char *s, size_t n)
{
	size_t k;

	tokvec_reset(&t->ftoks);
	tokenize(s, n, &t->ftoks);
	if ((k = t->ftoks.n) == 0 || k > 64)
		return;
	forced_insert(&t->forced,
	    et_phrase_key(exact_hash(s, t->ftoks.v, 0, k)), type + 1);
	if (k > t->forced.maxlen)
		t->forced.maxlen = k;
}

/* User phrases: the longest match at each position wins over the model. */
void
apply_forced(struct et_tagger *t, const unsigned char *buf,
    const struct token *toks, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t best = 0;
		int type = 0;
		for (size_t len = t->forced.maxlen; len > 0; len--) {
			int v;
			if (i + len > n)
				continue;
			v = forced_lookup(&t->forced,
			    et_phrase_key(exact_hash(buf, toks, i, len)));
			if (v) {
				best = len;
				type = v - 1;
				break;
			}
		}
		if (best == 0) {
			i++;
			continue;
		}
		clear_overlapping(t->tags, n, i, i + best);
		set_run(t->tags, i, i + best, type);
		i += best;
	}
}

void
forced_free(struct forced *f)
{
	free(f->keys);
	free(f->vals);
}
