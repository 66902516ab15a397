/*
 * corpus.c - CoNLL files in memory: token TAB tag lines (BIO, BIOES or
 * BILOU), a blank line between sentences, -DOCSTART- lines between
 * documents; the gold tags kept as BILOU, with the tags each token may
 * take (all of them where the file's annotation lacks a type).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "train.h"
#include "xalloc.h"

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

void
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

void
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
sent_end(
    struct corpus *c, size_t b, char *pfx, int *ty, uint32_t missing, int blind)
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
		g = (unsigned char)ET_TAG(t,
		    begin && end ? 3
		        : begin  ? 0
		        : end    ? 2
		                 : 1);
		c->gold[b + j] = g;
		c->allowed[b + j] = 1u << g;
	}
	sent_mark(c);
	c->kind[c->nsent] = blind ? S_BLIND : S_CASED;
	c->nsent++;
}

void
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
		for (e = n; e > a && line[e - 1] != ' ' && line[e - 1] != '\t';
		     e--)
			;
		if (e == a && a > 0 && line[a - 1] == '\t')
			continue; /* "\tO": an empty token (stripped space) */
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
			    "(PER, ORG, LOC or MISC)",
			    path, lineno, (int)(te - ts), line + ts);
		if (c->ntok + 1 > c->tcap) {
			c->tcap = c->tcap ? c->tcap * 2 : 1 << 14;
			c->toks = xreallocarray(
			    c->toks, c->tcap, sizeof *c->toks);
			c->allowed = xreallocarray(
			    c->allowed, c->tcap, sizeof *c->allowed);
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

/* Appends a copy of sentence s in capitals (kind S_UPPER) or in title
 * case (S_TITLE: the first letter of every word a capital). */
static void
sent_add_recased(struct corpus *c, size_t s, int kind)
{
	for (size_t i = c->sent[s]; i < c->sent[s + 1]; i++) {
		size_t start = c->toks[i].start, len = c->toks[i].end - start;
		size_t at = c->text.len;
		if (c->ntok + 1 > c->tcap) {
			c->tcap *= 2;
			c->toks = xreallocarray(
			    c->toks, c->tcap, sizeof *c->toks);
			c->allowed = xreallocarray(
			    c->allowed, c->tcap, sizeof *c->allowed);
			c->gold = xrealloc(c->gold, c->tcap);
		}
		text_add(c, NULL, len); /* room first: the text may move */
		memcpy(c->text.p + at, c->text.p + start, len);
		for (size_t k = at; k < at + (kind == S_TITLE ? 1 : len); k++)
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
	c->kind[c->nsent] = (unsigned char)kind;
	c->nsent++;
}

/*
 * Adds an upper-case copy of every n-th document (its cased sentences),
 * a document of its own, so that headlines ("GM NAMES MARY BARRA CEO")
 * and wire copy in capitals are not out of reach of the model.  The
 * copies train the model's all-caps part (et_features_caps), with a
 * document memory of their own as in a document in capitals.
 */
void
corpus_add_upper(struct corpus *c, size_t every)
{
	size_t nd = c->ndoc;

	for (size_t d = 0; d < nd; d += every) {
		size_t before = c->nsent;
		for (size_t s = c->doc[d]; s < c->doc[d + 1]; s++)
			if (c->kind[s] == S_CASED)
				sent_add_recased(c, s, S_UPPER);
		if (c->nsent > before)
			doc_close(c, c->nsent);
	}
}

/*
 * Adds a title-case copy of every n-th document from the first-th on, a
 * document of its own, for the normal part of the model: in a headline
 * written so ("Rebels Take Two Towns In The North") a capital says
 * nothing, and text with many titles of works in it ("In the Mood")
 * would otherwise teach that capitalised small words make a MISC.
 */
void
corpus_add_title(struct corpus *c, size_t every, size_t first)
{
	size_t nd = c->ndoc;

	for (size_t d = first; d < nd; d += every) {
		size_t before = c->nsent;
		for (size_t s = c->doc[d]; s < c->doc[d + 1]; s++)
			if (c->kind[s] == S_CASED)
				sent_add_recased(c, s, S_TITLE);
		if (c->nsent > before)
			doc_close(c, c->nsent);
	}
}
