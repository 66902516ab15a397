/*
 * train.c - enttag-train: trains an enttag model (averaged perceptron over
 * hashed features, BILOU tags, Viterbi decoding) from CoNLL files, and
 * scores a model on CoNLL files with --test.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "etmodel.h"
#include "msg.h"
#include "xalloc.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "dev"
#endif

/* ---- corpus: CoNLL files in memory ---- */

enum sent_kind {
	S_CASED,			/* text as written */
	S_BLIND,			/* lower-cased text (-c) */
	S_UPPER				/* an upper-case copy (-U) */
};

struct corpus {
	struct buf_ {
		unsigned char *p;
		size_t len, cap;
	} text;				/* token texts, each followed by ' ' */
	struct token *toks;
	uint32_t *allowed;		/* per token: mask of permitted tags */
	unsigned char *gold;		/* per token: gold BILOU tag */
	size_t ntok, tcap;
	size_t *sent;			/* sentence i: tokens [sent[i], sent[i+1]) */
	size_t nsent, scap;
	unsigned char *kind;		/* per sentence: enum sent_kind */
	size_t *doc;			/* document i: sentences [doc[i], doc[i+1]) */
	size_t ndoc, dcap;
};

/* Appends n bytes of s (room for them if s is NULL) and a space. */
static void
text_add(struct corpus *c, const char *s, size_t n)
{
	if (c->text.len + n + 1 > c->text.cap) {
		while (c->text.len + n + 1 > c->text.cap)
			c->text.cap = c->text.cap ? c->text.cap * 2 : 1 << 16;
		c->text.p = xrealloc(c->text.p, c->text.cap);
	}
	if (s != NULL)
		memcpy(c->text.p + c->text.len, s, n);
	c->text.len += n;
	c->text.p[c->text.len++] = ' ';
}

static void
sent_mark(struct corpus *c)
{
	if (c->nsent + 2 > c->scap) {
		c->scap = c->scap ? c->scap * 2 : 1024;
		c->sent = xreallocarray(c->sent, c->scap, sizeof *c->sent);
		c->kind = xrealloc(c->kind, c->scap);
	}
	c->sent[c->nsent + 1] = c->ntok;
}

/* Closes the open document at sentence s. */
static void
doc_close(struct corpus *c, size_t s)
{
	if (c->ndoc + 2 > c->dcap) {
		c->dcap = c->dcap ? c->dcap * 2 : 256;
		c->doc = xreallocarray(c->doc, c->dcap, sizeof *c->doc);
	}
	c->doc[c->ndoc + 1] = s;
	c->ndoc++;
}

static void
corpus_init(struct corpus *c)
{
	memset(c, 0, sizeof *c);
	c->scap = 1024;
	c->sent = xreallocarray(NULL, c->scap, sizeof *c->sent);
	c->kind = xrealloc(NULL, c->scap);
	c->sent[0] = 0;
	c->dcap = 256;
	c->doc = xreallocarray(NULL, c->dcap, sizeof *c->doc);
	c->doc[0] = 0;
}

static void
corpus_free(struct corpus *c)
{
	free(c->text.p);
	free(c->toks);
	free(c->allowed);
	free(c->gold);
	free(c->sent);
	free(c->kind);
	free(c->doc);
}

/* Parses "O", "B-PER", "I-ORG", "E-LOC", "S-MISC" (BIO, BIOES, BILOU). */
static int
parse_tag(const char *s, size_t n, char *prefix, int *type)
{
	if (n == 1 && s[0] == 'O') {
		*prefix = 'O';
		*type = -1;
		return 0;
	}
	if (n < 3 || s[1] != '-' || strchr("BIELSU", s[0]) == NULL)
		return -1;
	*prefix = s[0];
	*type = et_type_from_name(s + 2, n - 2);
	return *type < 0 ? -2 : 0;
}

/* Ends a sentence: converts its raw tags to BILOU and sets the masks. */
static void
sent_end(struct corpus *c, size_t b, char *pfx, int *ty, uint32_t missing,
    int blind)
{
	size_t n = c->ntok - b;

	if (n == 0)
		return;
	/* MultiCoNER spans may start with "the": "the beatles" -> beatles */
	for (size_t j = 0; blind && j + 1 < n; j++) {
		const unsigned char *w = c->text.p + c->toks[b + j].start;
		if (ty[j] >= 0 && ty[j + 1] == ty[j] && strchr("BSU", pfx[j]) &&
		    strchr("IEL", pfx[j + 1]) &&
		    c->toks[b + j].end - c->toks[b + j].start == 3 &&
		    memcmp(w, "the", 3) == 0) {
			ty[j] = -1;
			pfx[j] = 'O';
			pfx[j + 1] = 'B';
		}
	}
	for (size_t j = 0; j < n; j++) {
		int t = ty[j], begin, end;
		unsigned char g;
		if (t < 0) {
			c->gold[b + j] = 0;
			c->allowed[b + j] = 1u | missing;
			continue;
		}
		begin = strchr("BSU", pfx[j]) || j == 0 || ty[j - 1] != t ||
		    strchr("ELSU", pfx[j - 1]);
		end = j + 1 == n || ty[j + 1] != t ||
		    strchr("BSU", pfx[j + 1]) || strchr("ELSU", pfx[j]);
		g = (unsigned char)ET_TAG(t, begin && end ? 3 : begin ? 0 :
		    end ? 2 : 1);
		c->gold[b + j] = g;
		c->allowed[b + j] = 1u << g;
	}
	sent_mark(c);
	c->kind[c->nsent] = blind ? S_BLIND : S_CASED;
	c->nsent++;
}

/* Reads a CoNLL file; missing: mask of tags its annotation lacks. */
static void
corpus_read(struct corpus *c, const char *path, uint32_t missing, int blind)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL, *pfx = NULL;
	int *ty = NULL;
	size_t lcap = 0, lineno = 0, b = c->ntok, first_sent = c->nsent;
	size_t rawcap = 0;
	ssize_t r;
	int docstart = 0;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	while ((r = getline(&line, &lcap, fp)) != -1) {
		size_t n = (size_t)r, a, e, ts, te;
		char prefix;
		int type, rc;
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		for (a = 0; a < n && (line[a] == ' ' || line[a] == '\t'); a++)
			;
		if (a == n || strncmp(line + a, "-DOCSTART-", 10) == 0) {
			sent_end(c, b, pfx, ty, missing, blind);
			b = c->ntok;
			if (a < n) {
				docstart = 1;
				if (c->nsent > c->doc[c->ndoc])
					doc_close(c, c->nsent);
			}
			continue;
		}
		for (e = n; e > a && line[e - 1] != ' ' && line[e - 1] != '\t'; e--)
			;
		if (e == a && a > 0 && line[a - 1] == '\t')
			continue;	/* "\tO": an empty token (stripped space) */
		if (e == a)
			die("%s:%zu: expected a token and a tag", path, lineno);
		ts = e;
		te = n;
		for (e = a; e < n && line[e] != ' ' && line[e] != '\t'; e++)
			;
		rc = parse_tag(line + ts, te - ts, &prefix, &type);
		if (rc == -1)
			die("%s:%zu: bad tag '%.*s'", path, lineno,
			    (int)(te - ts), line + ts);
		if (rc == -2)
			die("%s:%zu: unknown entity type in '%.*s' "
			    "(PER, ORG, LOC or MISC)", path, lineno,
			    (int)(te - ts), line + ts);
		if (c->ntok + 1 > c->tcap) {
			c->tcap = c->tcap ? c->tcap * 2 : 1 << 14;
			c->toks = xreallocarray(c->toks, c->tcap, sizeof *c->toks);
			c->allowed = xreallocarray(c->allowed, c->tcap,
			    sizeof *c->allowed);
			c->gold = xrealloc(c->gold, c->tcap);
		}
		if (c->ntok - b + 1 > rawcap) {
			rawcap = rawcap ? rawcap * 2 : 256;
			pfx = xrealloc(pfx, rawcap);
			ty = xreallocarray(ty, rawcap, sizeof *ty);
		}
		c->toks[c->ntok].start = c->text.len;
		text_add(c, line + a, e - a);
		c->toks[c->ntok].end = c->text.len - 1;
		c->toks[c->ntok].kind = TOK_WORD;
		c->toks[c->ntok].flags = 0;
		pfx[c->ntok - b] = prefix;
		ty[c->ntok - b] = type;
		c->ntok++;
	}
	if (ferror(fp))
		die("%s: %s", path, strerror(errno));
	sent_end(c, b, pfx, ty, missing, blind);
	if (!docstart) {
		/* no -DOCSTART-: every sentence is a document of its own */
		for (size_t s = first_sent; s < c->nsent; s++)
			if (s > c->doc[c->ndoc])
				doc_close(c, s);
	}
	if (c->nsent > c->doc[c->ndoc])
		doc_close(c, c->nsent);
	if (fp != stdin)
		fclose(fp);
	free(line);
	free(pfx);
	free(ty);
}

/* Appends an upper-case copy of sentence s. */
static void
sent_add_upper(struct corpus *c, size_t s)
{
	for (size_t i = c->sent[s]; i < c->sent[s + 1]; i++) {
		size_t start = c->toks[i].start, len = c->toks[i].end - start;
		size_t at = c->text.len;
		if (c->ntok + 1 > c->tcap) {
			c->tcap *= 2;
			c->toks = xreallocarray(c->toks, c->tcap, sizeof *c->toks);
			c->allowed = xreallocarray(c->allowed, c->tcap,
			    sizeof *c->allowed);
			c->gold = xrealloc(c->gold, c->tcap);
		}
		text_add(c, NULL, len);	/* room first: the text may move */
		memcpy(c->text.p + at, c->text.p + start, len);
		for (size_t k = at; k < at + len; k++)
			if (c->text.p[k] >= 'a' && c->text.p[k] <= 'z')
				c->text.p[k] -= 32;
		c->toks[c->ntok] = c->toks[i];
		c->toks[c->ntok].start = at;
		c->toks[c->ntok].end = at + len;
		c->allowed[c->ntok] = c->allowed[i];
		c->gold[c->ntok] = c->gold[i];
		c->ntok++;
	}
	sent_mark(c);
	c->kind[c->nsent] = S_UPPER;
	c->nsent++;
}

/*
 * Adds an upper-case copy of every n-th document (its cased sentences),
 * a document of its own, so that headlines ("GM NAMES MARY BARRA CEO")
 * and wire copy in capitals are not out of reach of the model.  The
 * copies train the model's all-caps part (et_features_caps), with a
 * document memory of their own as in a document in capitals.
 */
static void
corpus_add_upper(struct corpus *c, size_t every)
{
	size_t nd = c->ndoc;

	for (size_t d = 0; d < nd; d += every) {
		size_t before = c->nsent;
		for (size_t s = c->doc[d]; s < c->doc[d + 1]; s++)
			if (c->kind[s] == S_CASED)
				sent_add_upper(c, s);
		if (c->nsent > before)
			doc_close(c, c->nsent);
	}
}

/* ---- gazetteer table under construction ---- */

struct gazb {
	uint32_t *keys;
	uint32_t *vals;
	uint32_t mask, n;
};

static void
gazb_add(struct gazb *g, uint32_t key, uint32_t val)
{
	uint32_t i;

	if ((g->n + 1) * 5 > (g->mask + 1) * 3 || g->keys == NULL) {
		uint32_t ocap = g->keys ? g->mask + 1 : 0, ncap = ocap ? ocap * 2 :
		    1024;
		uint32_t *ok = g->keys;
		uint32_t *ov = g->vals;
		g->keys = xcalloc(ncap, sizeof *g->keys);
		g->vals = xcalloc(ncap, sizeof *g->vals);
		g->mask = ncap - 1;
		g->n = 0;
		for (uint32_t j = 0; j < ocap; j++)
			if (ok[j])
				gazb_add(g, ok[j], ov[j]);
		free(ok);
		free(ov);
	}
	for (i = key & g->mask; g->keys[i] && g->keys[i] != key;
	    i = (i + 1) & g->mask)
		;
	if (g->keys[i] == 0)
		g->n++;
	g->keys[i] = key;
	g->vals[i] |= val;
}

static uint32_t
gazb_get(const struct gazb *g, uint32_t key)
{
	if (g->keys == NULL)
		return 0;
	for (uint32_t i = key & g->mask; g->keys[i]; i = (i + 1) & g->mask)
		if (g->keys[i] == key)
			return g->vals[i];
	return 0;
}

static uint64_t
phrase_hash(const unsigned char *buf, const struct token *t, size_t n)
{
	uint64_t h = 0;

	for (size_t i = 0; i < n; i++)
		h = et_phrase_step(h, et_hash_lower(buf + t[i].start,
		    t[i].end - t[i].start));
	return h;
}

/* Adds each line of path (first TAB field) to class cl. */
static void
gazb_read(struct gazb *g, int cl, const char *path)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	struct tokvec toks = { NULL, 0, 0 };
	ssize_t r;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	while ((r = getline(&line, &cap, fp)) != -1) {
		size_t n = strcspn(line, "\t\r\n"), k;
		if (n == 0 || line[0] == '#')
			continue;
		tokvec_reset(&toks);
		tokenize((unsigned char *)line, n, &toks);
		if ((k = toks.n) == 0 || k > ET_GAZ_MAXLEN)
			continue;
		gazb_add(g, et_phrase_key(phrase_hash((unsigned char *)line,
		    toks.v, k)), (uint32_t)1 << cl);
	}
	fclose(fp);
	free(line);
	tokvec_free(&toks);
}

/* The two cluster files: --clusters, "word TAB coarse TAB fine" lines
 * (enttag-clusters), under the cluster key of the word as written; and
 * --lower-clusters, "word TAB class TAB class TAB class" (enttag-vclusters),
 * under the case-blind cluster key of the lower-cased word (etfeat.h). */
struct clformat {
	int n, lower;
	unsigned long max[3];
	int shift[3];
};
static const struct clformat cl_cased = {
	2, 0, { G_CL1_MAX, G_CL2_MAX, 0 }, { G_CL1_SHIFT, G_CL2_SHIFT, 0 }
};
static const struct clformat cl_lower = {
	3, 1, { LCL1_MAX, LCL2_MAX, LCL3_MAX }, { 0, LCL2_SHIFT, LCL3_SHIFT }
};

static void
gazb_read_clusters(struct gazb *g, const char *path,
    const struct clformat *f)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t r;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	while ((r = getline(&line, &cap, fp)) != -1) {
		size_t n = strcspn(line, "\t");
		uint32_t key, val = 0;
		char *p = line + n;

		lineno++;
		if (line[n] != '\t' || n == 0)
			die("%s:%zu: want word and %d TAB-separated classes", path,
			    lineno, f->n);
		for (int j = 0; j < f->n; j++) {
			char *e;
			unsigned long c = strtoul(p, &e, 10);
			if (*p == '\t' && e > p + 1 && c <= f->max[j] &&
			    (j + 1 == f->n || *e == '\t')) {
				val |= (uint32_t)c << f->shift[j];
				p = e;
				continue;
			}
			if (f->n > 2)
				die("%s:%zu: bad cluster numbers (at most %lu, %lu "
				    "and %lu)", path, lineno, f->max[0], f->max[1],
				    f->max[2]);
			die("%s:%zu: bad cluster numbers (at most %lu and %lu)",
			    path, lineno, f->max[0], f->max[1]);
		}
		key = f->lower ?
		    et_lcluster_key(et_hash_lower((unsigned char *)line, n)) :
		    et_cluster_key(et_hash_bytes((unsigned char *)line, n, 0));
		if ((gazb_get(g, key) & ~G_CLASS_MASK) == 0)	/* first wins */
			gazb_add(g, key, val);
	}
	if (ferror(fp))
		die("%s: %s", path, strerror(errno));
	fclose(fp);
	free(line);
}

/* Adds the names annotated in a CoNLL file, by type ("the" dropped). */
static void
gazb_read_bio(struct gazb *g, const char *path)
{
	struct corpus c;

	corpus_init(&c);
	corpus_read(&c, path, 0, 0);
	for (size_t i = 0; i < c.ntok;) {
		size_t j = i + 1;
		int t;
		if (c.gold[i] == 0) {
			i++;
			continue;
		}
		t = ET_TAG_TYPE(c.gold[i]);
		if (ET_TAG_POS(c.gold[i]) == 0)
			while (j < c.ntok && c.gold[j] != 0 &&
			    ET_TAG_POS(c.gold[j]) == 1)
				j++;
		if (ET_TAG_POS(c.gold[i]) == 0 && j < c.ntok)
			j++;
		{
			size_t a = i;
			const unsigned char *w = c.text.p + c.toks[a].start;
			if (j - a > 1 && c.toks[a].end - c.toks[a].start == 3 &&
			    (w[0] | 0x20) == 't' && (w[1] | 0x20) == 'h' &&
			    (w[2] | 0x20) == 'e')
				a++;
			if (j - a <= ET_GAZ_MAXLEN)
				gazb_add(g, et_phrase_key(phrase_hash(c.text.p,
				    c.toks + a, j - a)),
				    (uint32_t)1 << (G_LPER + t));
		}
		i = j;
	}
	corpus_free(&c);
}

/* ---- weights ---- */

struct wtab {
	uint32_t *keys, *idx;
	uint32_t mask, n;
	float *w;
	double *u;			/* sum of update time * delta, for averaging */
	size_t cap;
};

static long
wtab_find(const struct wtab *t, uint32_t key)
{
	for (uint32_t i = key & t->mask;; i = (i + 1) & t->mask) {
		if (t->keys[i] == key)
			return t->idx[i];
		if (t->keys[i] == 0)
			return -1;
	}
}

static void
wtab_rehash(struct wtab *t, uint32_t ncap)
{
	uint32_t *ok = t->keys, *oi = t->idx, ocap = t->keys ? t->mask + 1 : 0;

	t->keys = xcalloc(ncap, sizeof *t->keys);
	t->idx = xcalloc(ncap, sizeof *t->idx);
	t->mask = ncap - 1;
	for (uint32_t j = 0; j < ocap; j++)
		if (ok[j]) {
			uint32_t i;
			for (i = ok[j] & t->mask; t->keys[i]; i = (i + 1) & t->mask)
				;
			t->keys[i] = ok[j];
			t->idx[i] = oi[j];
		}
	free(ok);
	free(oi);
}

static size_t
wtab_get(struct wtab *t, uint32_t key)
{
	uint32_t i;

	if ((t->n + 1) * 2 > t->mask + 1)
		wtab_rehash(t, (t->mask + 1) * 2);
	for (i = key & t->mask; t->keys[i] && t->keys[i] != key;
	    i = (i + 1) & t->mask)
		;
	if (t->keys[i] == key)
		return t->idx[i];
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1 << 16;
		t->w = xreallocarray(t->w, t->cap * ET_NTAGS, sizeof *t->w);
		t->u = xreallocarray(t->u, t->cap * ET_NTAGS, sizeof *t->u);
	}
	memset(t->w + (size_t)t->n * ET_NTAGS, 0, ET_NTAGS * sizeof *t->w);
	memset(t->u + (size_t)t->n * ET_NTAGS, 0, ET_NTAGS * sizeof *t->u);
	t->keys[i] = key;
	t->idx[i] = t->n;
	return t->n++;
}

/* ---- training ---- */

struct trainer {
	struct corpus *c;
	struct et_gaz gaz;
	struct et_tok *tk;		/* per corpus token */
	uint32_t *feats;		/* static feature keys */
	size_t *foff;			/* token i: feats[foff[i], foff[i+1]) */
	struct wtab wt;
	struct gazb caps;		/* the keys of the all-caps part */
	float tw[(ET_NTAGS + 1) * ET_NTAGS];
	double tu[(ET_NTAGS + 1) * ET_NTAGS];
	double time;
};

static void
precompute(struct trainer *tr)
{
	struct corpus *c = tr->c;
	size_t cap = c->ntok * 40 + 64, nf = 0;

	tr->tk = xreallocarray(NULL, c->ntok + 1, sizeof *tr->tk);
	tr->foff = xreallocarray(NULL, c->ntok + 1, sizeof *tr->foff);
	tr->feats = xreallocarray(NULL, cap, sizeof *tr->feats);
	for (size_t s = 0; s < c->nsent; s++) {
		size_t b = c->sent[s], n = c->sent[s + 1] - b;
		et_tok_prepare(tr->tk + b, c->text.p, c->toks + b, n, &tr->gaz,
		    NULL);
		for (size_t i = 0; c->kind[s] == S_UPPER && i < n; i++)
			tr->tk[b + i].nocase = 1;	/* as et_tag_sentence */
		for (size_t i = 0; i < n; i++) {
			if (nf + ET_MAXFEAT > cap) {
				cap *= 2;
				tr->feats = xreallocarray(tr->feats, cap,
				    sizeof *tr->feats);
			}
			tr->foff[b + i] = nf;
			if (c->kind[s] == S_UPPER) {
				size_t k = et_features_caps(tr->tk + b, n, i,
				    tr->feats + nf);
				for (size_t f = nf; f < nf + k; f++)
					gazb_add(&tr->caps, tr->feats[f], 1);
				nf += k;
			} else if (c->kind[s] == S_BLIND)
				nf += et_features_lex(tr->tk + b, n, i,
				    tr->feats + nf);
			else
				nf += et_features(tr->tk + b, n, i,
				    tr->feats + nf);
		}
	}
	tr->foff[c->ntok] = nf;
	if (tr->caps.n > 0) {
		/* and the memory features, which come during training */
		struct et_tok t = { .mem = (1u << ET_NTYPES) - 1 };
		uint32_t memf[ET_NTYPES + 1];
		for (int c1 = 0; c1 < 2; c1++) {
			t.flags = c1 ? ETF_INITCAP : 0;
			for (size_t f = 0, k = et_mem_features(&t, memf); f < k;
			    f++)
				gazb_add(&tr->caps, et_caps_key(memf[f]), 1);
		}
	}
}

static void
update(struct trainer *tr, uint32_t key, int tag, float d)
{
	size_t j = wtab_get(&tr->wt, key) * ET_NTAGS + (size_t)tag;

	tr->wt.w[j] += d;
	tr->wt.u[j] += tr->time * d;
}

static void
tupdate(struct trainer *tr, int prev, int cur, float d)
{
	tr->tw[prev * ET_NTAGS + cur] += d;
	tr->tu[prev * ET_NTAGS + cur] += tr->time * d;
}

/* The memory features of token t of sentence s. */
static size_t
mem_features(const struct corpus *c, size_t s, const struct et_tok *t,
    uint32_t *out)
{
	size_t k = et_mem_features(t, out);

	for (size_t f = 0; c->kind[s] == S_UPPER && f < k; f++)
		out[f] = et_caps_key(out[f]);
	return k;
}

/* One perceptron step on sentence s; returns 1 if it made a mistake. */
static int
train_sentence(struct trainer *tr, size_t s, struct et_mem *mem,
    float *emit, unsigned char *pred, unsigned char *gold, float *work,
    unsigned char *back)
{
	struct corpus *c = tr->c;
	size_t b = c->sent[s], n = c->sent[s + 1] - b;
	uint32_t memf[ET_NTYPES + 1];
	int partial = 0, wrong = 0;

	for (size_t i = 0; i < n; i++) {
		struct et_tok *t = &tr->tk[b + i];
		float *e = emit + i * ET_NTAGS;
		size_t nm;
		t->mem = c->kind[s] == S_BLIND ? 0 :
		    (unsigned char)et_mem_lookup(mem, et_phrase_key(t->hlw));
		nm = mem_features(c, s, t, memf);
		memset(e, 0, ET_NTAGS * sizeof *e);
		for (size_t f = tr->foff[b + i]; f < tr->foff[b + i + 1] + nm; f++) {
			uint32_t key = f < tr->foff[b + i + 1] ? tr->feats[f] :
			    memf[f - tr->foff[b + i + 1]];
			long k = wtab_find(&tr->wt, key);
			if (k >= 0) {
				const float *w = tr->wt.w + (size_t)k * ET_NTAGS;
				for (int g = 0; g < ET_NTAGS; g++)
					e[g] += w[g];
			}
		}
		if (__builtin_popcount(c->allowed[b + i]) != 1)
			partial = 1;
	}
	et_viterbi(emit, tr->tw, n, NULL, pred, work, back);
	if (partial)
		et_viterbi(emit, tr->tw, n, c->allowed + b, gold, work, back);
	else
		memcpy(gold, c->gold + b, n);
	for (size_t i = 0; i < n; i++) {
		int pp = i ? pred[i - 1] : ET_NTAGS, gp = i ? gold[i - 1] : ET_NTAGS;
		if (pred[i] != gold[i]) {
			struct et_tok *t = &tr->tk[b + i];
			size_t nm = mem_features(c, s, t, memf);
			wrong = 1;
			for (size_t f = tr->foff[b + i]; f < tr->foff[b + i + 1]; f++) {
				update(tr, tr->feats[f], gold[i], 1);
				update(tr, tr->feats[f], pred[i], -1);
			}
			for (size_t f = 0; f < nm; f++) {
				update(tr, memf[f], gold[i], 1);
				update(tr, memf[f], pred[i], -1);
			}
		}
		if (pred[i] != gold[i] || pp != gp) {
			tupdate(tr, gp, gold[i], 1);
			tupdate(tr, pp, pred[i], -1);
		}
	}
	et_mem_learn(mem, tr->tk + b, n, pred);
	tr->time += 1;
	return wrong;
}

static uint64_t
rng_next(uint64_t *s)
{
	*s += 0x9e3779b97f4a7c15ULL;
	return et_mix(*s);
}

/* ---- model export ---- */

/* Adds factor times the averaged weights of tr to ens (an ensemble of
 * perceptrons trained on different orders of the data). */
static void
ensemble_add(struct wtab *ens, float *ens_tw, const struct trainer *tr,
    double factor)
{
	const struct wtab *wt = &tr->wt;
	double T = tr->time > 0 ? tr->time : 1;

	for (uint32_t i = 0; i <= wt->mask; i++) {
		size_t f, k;
		if (wt->keys[i] == 0)
			continue;
		f = wt->idx[i];
		k = wtab_get(ens, wt->keys[i]);
		for (int g = 0; g < ET_NTAGS; g++) {
			size_t j = f * ET_NTAGS + (size_t)g;
			ens->w[k * ET_NTAGS + (size_t)g] +=
			    (float)((wt->w[j] - wt->u[j] / T) * factor);
		}
	}
	for (int j = 0; j < (ET_NTAGS + 1) * ET_NTAGS; j++)
		ens_tw[j] += (float)((tr->tw[j] - tr->tu[j] / T) * factor);
}

static int
cmp_float_desc(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return (x < y) - (x > y);
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

/* The importance (imp: the largest weight) of the n-th strongest of the
 * features of part which (0 normal text, 1 all caps), 0 if there are
 * fewer. */
static float
nth_strongest(const float *imp, const unsigned char *part, size_t nf,
    unsigned char which, size_t n)
{
	float *v = xreallocarray(NULL, nf + 1, sizeof *v), r;
	size_t k = 0;

	for (size_t f = 0; f < nf; f++)
		if (part[f] == which)
			v[k++] = imp[f];
	if (k > n) {
		qsort(v, k, sizeof *v, cmp_float_desc);
		r = v[n];
	} else
		r = 0;
	free(v);
	return r;
}

/*
 * Averages, prunes, quantizes to int8.  The part for normal text keeps its
 * maxfeat strongest features, the all-caps part (the keys in tr->caps) its
 * maxcaps strongest.
 */
static unsigned char *
export_model(const struct trainer *tr, const struct gazb *gz, size_t maxfeat,
    size_t maxcaps, uint32_t flags, size_t *lenp)
{
	const struct wtab *wt = &tr->wt;
	double T = tr->time > 0 ? tr->time : 1;
	float *avg = xreallocarray(NULL, (size_t)wt->n * ET_NTAGS + 1,
	    sizeof *avg), *imp = xreallocarray(NULL, wt->n + 1, sizeof *imp);
	unsigned char *part = xcalloc(wt->n + 1, 1);
	float thr[2], scale = 0;
	float tavg[(ET_NTAGS + 1) * ET_NTAGS];
	const float prune = 0.5f;	/* weights that round to 0 everywhere */
	size_t kept = 0, len;
	uint32_t fcap = 4, gcap = gz->keys ? gz->mask + 1 : 0;
	unsigned char *blob, *p;
	unsigned char *frec;
	struct et_gaz capset = { tr->caps.keys, tr->caps.vals, tr->caps.mask };

	for (size_t f = 0; f < wt->n; f++) {
		float m = 0;
		for (int g = 0; g < ET_NTAGS; g++) {
			size_t j = f * ET_NTAGS + (size_t)g;
			avg[j] = (float)(wt->w[j] - wt->u[j] / T);
			if (fabsf(avg[j]) > m)
				m = fabsf(avg[j]);
		}
		imp[f] = m;
		if (m > scale)
			scale = m;
	}
	for (uint32_t i = 0; i < wt->mask + 1; i++)
		if (wt->keys[i] != 0 && et_gaz_lookup(&capset, wt->keys[i]))
			part[wt->idx[i]] = 1;
	for (int j = 0; j < (ET_NTAGS + 1) * ET_NTAGS; j++)
		tavg[j] = (float)(tr->tw[j] - tr->tu[j] / T);
	/* scale: the largest weight maps to 127 (clipping large weights
	 * costs several points of F1) */
	scale /= 127;
	if (!(scale > 0))
		scale = 1;
	thr[0] = nth_strongest(imp, part, wt->n, 0, maxfeat);
	thr[1] = nth_strongest(imp, part, wt->n, 1, maxcaps);
	for (int h = 0; h < 2; h++)
		if (thr[h] < scale * prune)
			thr[h] = scale * prune;
	for (size_t f = 0; f < wt->n; f++)
		if (imp[f] > thr[part[f]])
			kept++;
	while (fcap < kept * 4 / 3 + 1)
		fcap *= 2;
	len = et_model_size(fcap, gcap);
	blob = xcalloc(1, len);
	memcpy(blob, ET_MAGIC, 8);
	put32(blob + 8, ET_VERSION);
	put32(blob + 12, ET_NTAGS);
	put32(blob + 16, fcap);
	put32(blob + 20, gcap);
	put32(blob + 24, (uint32_t)len);
	memcpy(blob + 32, &scale, 4);
	put32(blob + 36, (uint32_t)kept);
	put32(blob + 40, gz->n);
	put32(blob + 44, flags);
	p = blob + ET_HDR;
	for (int j = 0; j < (ET_NTAGS + 1) * ET_NTAGS; j++) {
		float q = roundf(tavg[j] / scale);
		int16_t v = (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
		memcpy(p + 2 * j, &v, 2);
	}
	p += (ET_NTAGS + 1) * ET_NTAGS * 2;
	frec = p;
	for (uint32_t i = 0; i < wt->mask + 1; i++) {
		uint32_t key = wt->keys[i], f = wt->idx[i], j;
		if (key == 0 || !(imp[f] > thr[part[f]]))
			continue;
		for (j = key & (fcap - 1); frec[(size_t)j * ET_FREC] |
		    frec[(size_t)j * ET_FREC + 1] | frec[(size_t)j * ET_FREC + 2] |
		    frec[(size_t)j * ET_FREC + 3]; j = (j + 1) & (fcap - 1))
			;
		put32(frec + (size_t)j * ET_FREC, key);
		for (int g = 0; g < ET_NTAGS; g++) {
			float q = roundf(avg[(size_t)f * ET_NTAGS + (size_t)g] / scale);
			frec[(size_t)j * ET_FREC + 4 + (size_t)g] = (unsigned char)
			    (int8_t)(q > 127 ? 127 : q < -127 ? -127 : q);
		}
	}
	p += (size_t)fcap * ET_FREC;
	if (gcap) {
		memcpy(p, gz->keys, (size_t)gcap * 4);
		memcpy(p + (size_t)gcap * 4, gz->vals, (size_t)gcap * 4);
	}
	put32(blob + 28, et_model_checksum(blob + ET_HDR, len - ET_HDR));
	free(avg);
	free(imp);
	free(part);
	*lenp = len;
	return blob;
}

/* ---- evaluation ---- */

struct counts {
	size_t tp[ET_NTYPES], gold[ET_NTYPES], pred[ET_NTYPES];
};

/* Entities of a BILOU tag sequence, as (start, end, type) triples. */
static size_t
entities(const unsigned char *tags, size_t n, size_t *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		if (tags[i] == 0) {
			i++;
			continue;
		}
		if (ET_TAG_POS(tags[i]) == 0) {
			while (j < n && tags[j] && ET_TAG_POS(tags[j]) == 1 &&
			    ET_TAG_TYPE(tags[j]) == ET_TAG_TYPE(tags[i]))
				j++;
			if (j < n && tags[j] && ET_TAG_POS(tags[j]) == 2 &&
			    ET_TAG_TYPE(tags[j]) == ET_TAG_TYPE(tags[i]))
				j++;
		}
		out[3 * k] = i;
		out[3 * k + 1] = j;
		out[3 * k + 2] = (size_t)ET_TAG_TYPE(tags[i]);
		k++;
		i = j;
	}
	return k;
}

/* Sentence first + s of a corpus (et_sentence_fn). */
struct doc_at {
	const struct corpus *c;
	size_t first;
};

static void
doc_sentence(void *ctx, size_t s, const unsigned char **buf,
    const struct token **toks, size_t *n)
{
	const struct doc_at *d = ctx;
	size_t b = d->c->sent[d->first + s];

	*buf = d->c->text.p;
	*toks = d->c->toks + b;
	*n = d->c->sent[d->first + s + 1] - b;
}

/*
 * Scores the model on c, document by document; the headlines that open a
 * document are tagged again after the rest of it, as enttag does within
 * a paragraph (see et_headlines()).
 */
static void
evaluate(const struct et_model *m, const struct corpus *c, struct counts *ct,
    FILE *dump)
{
	struct et_tagger *tg = et_tagger_new(m);
	size_t *ge = NULL, *pe = NULL, cap = 0, pcap = 0;
	unsigned char *pred = NULL;

	memset(ct, 0, sizeof *ct);
	for (size_t d = 0; d < c->ndoc; d++) {
		size_t first = c->doc[d], last = c->doc[d + 1], held = first;
		size_t base = c->sent[first];

		et_tagger_reset(tg);
		if (c->sent[last] - base > pcap) {
			pcap = c->sent[last] - base;
			pred = xrealloc(pred, pcap);
		}
		held = first + et_headlines(tg, last - first, doc_sentence,
		    &(struct doc_at){ c, first }, NULL);
		if (held > first)
			et_tagger_shadow(tg, ET_SHADOW_START);
		for (size_t k = first; k < last + (held - first); k++) {
			/* the document, then its headlines again */
			size_t s = k < last ? k : k - last + first;
			size_t b = c->sent[s], n = c->sent[s + 1] - b;
			struct et_entity *ents;
			unsigned char *tags;
			if (held > first && k == held)
				et_tagger_shadow(tg, ET_SHADOW_LEARN);
			if (held > first && k == last)
				et_tagger_shadow(tg, ET_SHADOW_USE);
			et_tag_sentence(tg, c->text.p, c->toks + b, n, &ents, &tags);
			memcpy(pred + (b - base), tags, n);
		}
		et_tagger_shadow(tg, ET_SHADOW_END);
		for (size_t s = first; s < last; s++) {
			size_t b = c->sent[s], n = c->sent[s + 1] - b, ng, np;
			const unsigned char *tags = pred + (b - base);
			if (n * 3 > cap) {
				cap = n * 3;
				ge = xreallocarray(ge, cap, sizeof *ge);
				pe = xreallocarray(pe, cap, sizeof *pe);
			}
			if (dump != NULL) {
				for (size_t i = 0; i < n; i++) {
					const char *g = "O", *p = "O";
					const char pos[] = "BILU";
					unsigned char gt = c->gold[b + i], pt = tags[i];
					fprintf(dump, "%.*s\t", (int)(c->toks[b + i].end -
					    c->toks[b + i].start), c->text.p +
					    c->toks[b + i].start);
					if (gt)
						fprintf(dump, "%c-%s\t", pos[ET_TAG_POS(gt)],
						    et_type_names[ET_TAG_TYPE(gt)]);
					else
						fprintf(dump, "%s\t", g);
					if (pt)
						fprintf(dump, "%c-%s\n", pos[ET_TAG_POS(pt)],
						    et_type_names[ET_TAG_TYPE(pt)]);
					else
						fprintf(dump, "%s\n", p);
				}
				fputc('\n', dump);
			}
			ng = entities(c->gold + b, n, ge);
			np = entities(tags, n, pe);
			for (size_t i = 0; i < ng; i++)
				ct->gold[ge[3 * i + 2]]++;
			for (size_t i = 0; i < np; i++) {
				ct->pred[pe[3 * i + 2]]++;
				for (size_t j = 0; j < ng; j++)
					if (memcmp(pe + 3 * i, ge + 3 * j,
					    3 * sizeof *pe) == 0)
						ct->tp[pe[3 * i + 2]]++;
			}
		}
	}
	free(ge);
	free(pe);
	free(pred);
	et_tagger_free(tg);
}

static void
prf(size_t tp, size_t g, size_t p, double *P, double *R, double *F)
{
	*P = p ? 100.0 * (double)tp / (double)p : 0;
	*R = g ? 100.0 * (double)tp / (double)g : 0;
	*F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
}

static double
report(FILE *fp, const char *name, const struct counts *ct, int full)
{
	size_t tp = 0, g = 0, p = 0;
	double P, R, F;

	for (int t = 0; t < ET_NTYPES; t++) {
		tp += ct->tp[t];
		g += ct->gold[t];
		p += ct->pred[t];
		if (full) {
			prf(ct->tp[t], ct->gold[t], ct->pred[t], &P, &R, &F);
			fprintf(fp, "%s\t%s\t%.2f\t%.2f\t%.2f\t%zu\t%zu\n", name,
			    et_type_names[t], P, R, F, ct->gold[t], ct->pred[t]);
		}
	}
	prf(tp, g, p, &P, &R, &F);
	fprintf(fp, "%s\t%s\t%.2f\t%.2f\t%.2f\t%zu\t%zu\n", name, "ALL", P, R,
	    F, g, p);
	return F;
}

/* ---- command line ---- */

static void
usage(void)
{
	printf("Usage: %s [OPTION]... -o MODEL FILE...\n"
	    "  or:  %s --test -m MODEL FILE...\n"
	    "Train an enttag model from CoNLL files (token TAB tag, blank line\n"
	    "between sentences), or score a model on them.\n\n"
	    "  -o, --output=MODEL        write the model to MODEL\n"
	    "  -i, --iterations=N        passes over the data (default 10)\n"
	    "  -s, --seed=N              shuffling seed (default 1)\n"
	    "  -U, --upper=N             also train on an upper-case copy of\n"
	    "                            every N-th sentence (headlines)\n"
	    "  -r, --runs=N              average N perceptrons trained on\n"
	    "                            different orders (default 1)\n"
	    "  -p, --partial=TYPES:FILE  train on FILE whose annotation lacks\n"
	    "                            TYPES (comma list), left open\n"
	    "  -l, --lexicon=CLASS:FILE  phrase list (one a line) for class CLASS\n"
	    "  -b, --lexicon-bio=FILE    names annotated in a CoNLL file as lists\n"
	    "  -C, --clusters=FILE       word clusters (word TAB class TAB class)\n"
	    "  -L, --lower-clusters=FILE case-blind clusters (lower-case word\n"
	    "                            TAB class TAB class TAB class)\n"
	    "  -c, --case-blind=FILE     train on lower-cased FILE with the\n"
	    "                            features that ignore case only\n"
	    "  -d, --dev=FILE            report scores on FILE after each pass\n"
	    "  -F, --max-features=N      keep the N strongest features\n"
	    "                            (default 150000)\n"
	    "  -K, --caps-features=N     keep the N strongest features of\n"
	    "                            the all-caps part (-U; default: -F)\n"
	    "  -t, --test                score -m MODEL on each FILE\n"
	    "  -m, --model=MODEL         the model to score; with -o FILE, write\n"
	    "                            token, gold and predicted tags to FILE\n"
	    "  -q, --quiet               no progress messages\n"
	    "      --help                display this help and exit\n"
	    "      --version             output version information and exit\n\n"
	    "Lexicon classes:", progname(), progname());
	for (int c = 0; c < G_NCLASSES; c++)
		printf("%s%s%s", c % 8 == 0 ? "\n  " : " ", et_gaz_class_names[c],
		    c + 1 < G_NCLASSES ? "," : ".\n");
	printf("\nExit status is 0 on success, 2 on trouble (bad usage, bad "
	    "input, write error).\n");
}

static uint32_t
types_mask(const char *s, size_t n, const char *arg)
{
	uint32_t m = 0;

	while (n > 0) {
		size_t k = 0;
		int t;
		while (k < n && s[k] != ',')
			k++;
		if ((t = et_type_from_name(s, k)) < 0)
			usage_error("bad type list in '%s'", arg);
		for (int p = 0; p < 4; p++)
			m |= 1u << ET_TAG(t, p);
		s += k;
		n -= k;
		if (n > 0) {
			s++;
			n--;
		}
	}
	return m;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "iterations", required_argument, NULL, 'i' },
		{ "seed", required_argument, NULL, 's' },
		{ "runs", required_argument, NULL, 'r' },
		{ "upper", required_argument, NULL, 'U' },
		{ "partial", required_argument, NULL, 'p' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "lexicon-bio", required_argument, NULL, 'b' },
		{ "clusters", required_argument, NULL, 'C' },
		{ "lower-clusters", required_argument, NULL, 'L' },
		{ "case-blind", required_argument, NULL, 'c' },
		{ "dev", required_argument, NULL, 'd' },
		{ "max-features", required_argument, NULL, 'F' },
		{ "caps-features", required_argument, NULL, 'K' },
		{ "test", no_argument, NULL, 't' },
		{ "model", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'H' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL, *model = NULL;
	const char **devs = NULL;
	size_t ndev = 0, maxfeat = 150000, maxcaps = 0;
	unsigned long iters = 10, seed = 1, runs = 1, upper_every = 0;
	uint32_t mflags = 0;
	int test = 0, quiet = 0, ch;
	struct corpus train;
	struct gazb gz = { 0 };
	struct trainer tr;

	set_progname(argv[0]);
	corpus_init(&train);
	memset(&tr, 0, sizeof tr);
	while ((ch = getopt_long(argc, argv,
	    "o:i:s:r:U:p:l:b:C:L:c:d:F:K:tm:q", longopts, NULL)) != -1) {
		char *end;
		const char *colon;
		switch (ch) {
		case 'o':
			out = optarg;
			break;
		case 'i':
			iters = strtoul(optarg, &end, 10);
			if (*end || end == optarg || iters == 0 || iters > 1000)
				usage_error("bad iteration count '%s'", optarg);
			break;
		case 's':
			seed = strtoul(optarg, &end, 10);
			if (*end || end == optarg)
				usage_error("bad seed '%s'", optarg);
			break;
		case 'r':
			runs = strtoul(optarg, &end, 10);
			if (*end || end == optarg || runs == 0 || runs > 100)
				usage_error("bad run count '%s'", optarg);
			break;
		case 'U':
			upper_every = strtoul(optarg, &end, 10);
			if (*end || end == optarg)
				usage_error("bad sentence count '%s'", optarg);
			break;
		case 'F':
		case 'K':
			*(ch == 'F' ? &maxfeat : &maxcaps) = strtoul(optarg,
			    &end, 10);
			if (*end || end == optarg || optarg[0] == '-' ||
			    (ch == 'F' ? maxfeat : maxcaps) == 0)
				usage_error("bad feature count '%s'", optarg);
			break;
		case 'p':
			if ((colon = strchr(optarg, ':')) == NULL)
				usage_error("--partial wants TYPES:FILE");
			corpus_read(&train, colon + 1,
			    types_mask(optarg, (size_t)(colon - optarg), optarg), 0);
			break;
		case 'l': {
			int cl = -1;
			if ((colon = strchr(optarg, ':')) == NULL)
				usage_error("--lexicon wants CLASS:FILE");
			for (int c = 0; c < G_NCLASSES; c++)
				if (strlen(et_gaz_class_names[c]) ==
				    (size_t)(colon - optarg) &&
				    strncmp(et_gaz_class_names[c], optarg,
				    (size_t)(colon - optarg)) == 0)
					cl = c;
			if (cl < 0)
				usage_error("unknown lexicon class in '%s'", optarg);
			gazb_read(&gz, cl, colon + 1);
			break;
		}
		case 'b':
			gazb_read_bio(&gz, optarg);
			break;
		case 'C':
			gazb_read_clusters(&gz, optarg, &cl_cased);
			break;
		case 'L':
			gazb_read_clusters(&gz, optarg, &cl_lower);
			break;
		case 'c':
			corpus_read(&train, optarg, 0, 1);
			break;
		case 'd':
			devs = xreallocarray(devs, ndev + 1, sizeof *devs);
			devs[ndev++] = optarg;
			break;
		case 't':
			test = 1;
			break;
		case 'm':
			model = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'H':
			usage();
			corpus_free(&train);
			return 0;
		case 'V':
			printf("enttag-train (newsutils) %s\n", PACKAGE_VERSION);
			corpus_free(&train);
			return 0;
		default:
			fprintf(stderr, "Try '%s --help' for more information.\n",
			    progname());
			return 2;
		}
	}
	if (test) {
		FILE *dumpfp = NULL;
		size_t len;
		unsigned char *blob;
		const char *err;
		struct et_model *m;
		if (model == NULL)
			usage_error("--test needs -m MODEL");
		if (optind == argc)
			usage_error("--test needs CoNLL files to score");
		blob = et_read_file(model, &len);
		if ((m = et_model_open_checked(blob, len, &err)) == NULL)
			die("%s: %s", model, err);
		if (out != NULL && (dumpfp = fopen(out, "w")) == NULL)
			die("%s: %s", out, strerror(errno));
		for (int i = optind; i < argc; i++) {
			struct corpus c;
			struct counts ct;
			corpus_init(&c);
			corpus_read(&c, argv[i], 0, 0);
			evaluate(m, &c, &ct, dumpfp);
			report(stdout, argv[i], &ct, 1);
			corpus_free(&c);
		}
		if (fflush(stdout) != 0 || ferror(stdout))
			die("write error: %s", strerror(errno));
		if (dumpfp != NULL && fclose(dumpfp) != 0)
			die("%s: write error: %s", out, strerror(errno));
		et_model_close(m);
		free(blob);
		free(gz.keys);
		free(gz.vals);
		free(devs);
		corpus_free(&train);
		return 0;
	}
	if (out == NULL)
		usage_error("no output model given (-o MODEL)");
	if (maxcaps == 0)
		maxcaps = maxfeat;
	for (int i = optind; i < argc; i++)
		corpus_read(&train, argv[i], 0, 0);
	if (train.ntok == 0)
		usage_error("no training data");
	if (upper_every > 0) {
		corpus_add_upper(&train, upper_every);
		mflags |= ET_MODEL_CAPS;
	}
	if (gz.keys == NULL)
		gazb_add(&gz, 1, 0);
	tr.c = &train;
	tr.gaz.keys = gz.keys;
	tr.gaz.vals = gz.vals;
	tr.gaz.mask = gz.mask;
	precompute(&tr);
	wtab_rehash(&tr.wt, 1 << 20);
	{
		struct corpus *dev = xcalloc(ndev + 1, sizeof *dev);
		size_t maxn = 1, *order = xreallocarray(NULL, train.ndoc + 1,
		    sizeof *order);
		float *emit, work[2 * ET_NTAGS];
		unsigned char *pred, *gold, *back;
		struct et_mem mem;
		uint64_t rs = seed;
		struct wtab ens = { 0 };
		float ens_tw[(ET_NTAGS + 1) * ET_NTAGS] = { 0 };
		unsigned char *blob = NULL;
		size_t len = 0;
		FILE *fp;

		for (size_t d = 0; d < ndev; d++) {
			corpus_init(&dev[d]);
			corpus_read(&dev[d], devs[d], 0, 0);
		}
		for (size_t s = 0; s < train.nsent; s++)
			if (train.sent[s + 1] - train.sent[s] > maxn)
				maxn = train.sent[s + 1] - train.sent[s];
		emit = xreallocarray(NULL, maxn * ET_NTAGS, sizeof *emit);
		back = xreallocarray(NULL, maxn, ET_NTAGS);
		pred = xrealloc(NULL, maxn);
		gold = xrealloc(NULL, maxn);
		et_mem_init(&mem);
		wtab_rehash(&ens, 1 << 20);
		for (size_t d = 0; d < train.ndoc; d++)
			order[d] = d;
		if (!quiet)
			fprintf(stderr, "%s: %zu tokens, %zu sentences, %zu "
			    "documents, %u lexicon phrases\n", progname(),
			    train.ntok, train.nsent, train.ndoc, gz.n);
		for (unsigned long run = 0; run < runs; run++) {
		if (run > 0) {
			/* a fresh perceptron, another order of the documents */
			free(tr.wt.keys);
			free(tr.wt.idx);
			free(tr.wt.w);
			free(tr.wt.u);
			memset(&tr.wt, 0, sizeof tr.wt);
			wtab_rehash(&tr.wt, 1 << 20);
			memset(tr.tw, 0, sizeof tr.tw);
			memset(tr.tu, 0, sizeof tr.tu);
			tr.time = 0;
			rs = seed + run * 7919;
			for (size_t d = 0; d < train.ndoc; d++)
				order[d] = d;
		}
		for (unsigned long it = 0; it < iters; it++) {
			size_t wrong = 0;
			for (size_t d = train.ndoc; d > 1; d--) {
				size_t j = rng_next(&rs) % d, t = order[d - 1];
				order[d - 1] = order[j];
				order[j] = t;
			}
			for (size_t k = 0; k < train.ndoc; k++) {
				size_t d = order[k];
				et_mem_clear(&mem);
				for (size_t s = train.doc[d]; s < train.doc[d + 1]; s++)
					wrong += (size_t)train_sentence(&tr, s, &mem,
					    emit, pred, gold, work, back);
			}
			if (!quiet)
				fprintf(stderr, "%s: pass %lu: %zu of %zu sentences "
				    "wrong, %u features\n", progname(), it + 1, wrong,
				    train.nsent, tr.wt.n);
			if (ndev > 0 && !quiet && (it + 1 == iters || it % 3 == 2) &&
			    (runs == 1 || it + 1 == iters)) {
				const char *err;
				struct et_model *m;
				free(blob);
				blob = export_model(&tr, &gz, maxfeat, maxcaps,
				    mflags, &len);
				if ((m = et_model_open(blob, len, &err)) == NULL)
					die("internal error: %s", err);
				for (size_t d = 0; d < ndev; d++) {
					struct counts ct;
					evaluate(m, &dev[d], &ct, NULL);
					report(stderr, devs[d], &ct, it + 1 == iters);
				}
				et_model_close(m);
			}
		}
		ensemble_add(&ens, ens_tw, &tr, 1.0 / (double)runs);
		}
		/* the final weights: the mean of the runs' averaged weights */
		free(tr.wt.keys);
		free(tr.wt.idx);
		free(tr.wt.w);
		free(tr.wt.u);
		tr.wt = ens;
		memcpy(tr.tw, ens_tw, sizeof tr.tw);
		memset(tr.tu, 0, sizeof tr.tu);
		tr.time = 1;
		free(blob);
		blob = export_model(&tr, &gz, maxfeat, maxcaps, mflags,
		    &len);
		if (runs > 1 && ndev > 0 && !quiet) {
			const char *err;
			struct et_model *m = et_model_open(blob, len, &err);
			if (m == NULL)
				die("internal error: %s", err);
			for (size_t d = 0; d < ndev; d++) {
				struct counts ct;
				evaluate(m, &dev[d], &ct, NULL);
				report(stderr, devs[d], &ct, 1);
			}
			et_model_close(m);
		}
		if ((fp = fopen(out, "wb")) == NULL)
			die("%s: %s", out, strerror(errno));
		if (fwrite(blob, 1, len, fp) != len || fclose(fp) != 0)
			die("%s: write error: %s", out, strerror(errno));
		if (!quiet)
			fprintf(stderr, "%s: wrote %s (%zu bytes)\n", progname(),
			    out, len);
		for (size_t d = 0; d < ndev; d++)
			corpus_free(&dev[d]);
		free(dev);
		free(devs);
		free(order);
		free(emit);
		free(back);
		free(pred);
		free(gold);
		free(blob);
		et_mem_free(&mem);
		free(ens.keys);
		free(ens.idx);
		free(ens.w);
		free(ens.u);
		free(tr.tk);
		free(tr.feats);
		free(tr.foff);
		free(tr.caps.keys);
		free(tr.caps.vals);
		corpus_free(&train);
		free(gz.keys);
		free(gz.vals);
	}
	return 0;
}
