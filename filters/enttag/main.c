/* enttag - named-entity tagging: <PER> <ORG> <LOC> <MISC> inline tags */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"
#include "holdback.h"
#include "enttag.h"
#include "etmodel.h"
#include "markup.h"
#include "msg.h"
#include "segment.h"
#include "token.h"
#include "xalloc.h"

/* The default English model, compiled in by model.S. */
extern const unsigned char et_model_blob[];
extern const unsigned char et_model_blob_end[];
extern const unsigned char et_filter_blob[];
extern const unsigned char et_filter_blob_end[];

struct forced_list {
	int type;
	const char *path;
};

/* The entities of a paragraph, sentence by sentence. */
struct pents {
	struct et_entity *v;
	size_t n, cap;
	struct span *sr; /* per sentence: its range of v */
	size_t srcap;
};

struct enttag {
	struct common_opts co;
	unsigned types; /* -t: bit per enum et_type */
	int no_memory;  /* forget names at each paragraph */
	const char *model_path;
	unsigned char *model_buf; /* -m: the file's bytes */
	struct forced_list *forced;
	size_t nforced;
	struct et_tagger *tg;
	struct segmenter sg;
	struct view v;
	struct spanvec sents;
	struct tokvec toks;
	/* the window in toks: text[a, b) of text[a, e), NULL text if none */
	struct {
		const unsigned char *text;
		size_t a, e, b;
	} tw;
	struct newtag *nt;
	size_t ntcap;
	int in_doc;           /* -f conll: -DOCSTART- written */
	struct pents pe;      /* the paragraph's entities */
	struct pents saved;   /* the next one's, see release() */
	struct holdback hold; /* a paragraph of headlines held */
	struct out out;
};

enum { OPT_GAZETTEER = CLI_OWN_OPTION, OPT_NO_MEMORY };

static const struct option long_opts[] = {
	{ "types", required_argument, NULL, 't' },
	{ "model", required_argument, NULL, 'm' },
	{ "gazetteer", required_argument, NULL, OPT_GAZETTEER },
	{ "no-memory", no_argument, NULL, OPT_NO_MEMORY }, { NULL, 0, NULL, 0 }
};

static const char *const open_tags[ET_NTYPES] = { "<PER>", "<ORG>", "<LOC>",
	"<MISC>" };
static const char *const close_tags[ET_NTYPES] = { "</PER>", "</ORG>", "</LOC>",
	"</MISC>" };

static int
handle(int opt, const char *arg, void *ctx)
{
	struct enttag *et = ctx;
	const char *p, *colon;
	int t;

	switch (opt) {
	case 't':
		et->types = 0;
		for (p = arg; *p;) {
			size_t n = strcspn(p, ",");
			if ((t = et_type_from_name(p, n)) < 0) {
				warnmsg(
				    "unknown entity type in '%s' (PER, ORG, LOC, "
				    "MISC)",
				    arg);
				return -1;
			}
			et->types |= 1u << t;
			p += n;
			if (*p == ',')
				p++;
		}
		return 0;
	case 'm':
		et->model_path = arg;
		return 0;
	case OPT_NO_MEMORY:
		et->no_memory = 1;
		return 0;
	case OPT_GAZETTEER:
		if ((colon = strchr(arg, ':')) == NULL ||
		    (t = et_type_from_name(arg, (size_t)(colon - arg))) < 0) {
			warnmsg("--gazetteer wants TYPE:FILE (TYPE one of PER, "
			        "ORG, LOC, MISC)");
			return -1;
		}
		et->forced = xreallocarray(
		    et->forced, et->nforced + 1, sizeof *et->forced);
		et->forced[et->nforced].type = t;
		et->forced[et->nforced].path = colon + 1;
		et->nforced++;
		return 0;
	}
	return -1;
}

/* Reads -m FILE whole; a model is a few MB and is used in place. */
static struct et_model *
load_model(const char *path, unsigned char **bufp)
{
	size_t n;
	unsigned char *p = et_read_file(path, &n);
	const char *err;
	struct et_model *m;

	if ((m = et_model_open_checked(p, n, &err)) == NULL)
		die("%s: %s", path, err);
	*bufp = p;
	return m;
}

/* --gazetteer TYPE:FILE: one phrase a line, forced to TYPE. */
static void
load_forced(struct enttag *et, const struct forced_list *fl)
{
	FILE *fp = fopen(fl->path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t r;

	if (fp == NULL)
		die("%s: %s", fl->path, strerror(errno));
	while ((r = getline(&line, &cap, fp)) != -1) {
		size_t n = line_content_len((unsigned char *)line, (size_t)r);
		et_tagger_force(et->tg, fl->type, (unsigned char *)line, n);
	}
	if (ferror(fp))
		die("%s: %s", fl->path, strerror(errno));
	fclose(fp);
	free(line);
}

/* Existing names are kept as they are: a new entity may neither cross a
 * tag pair nor overlap an existing <PER>/<ORG>/<LOC>/<MISC> pair. */
static int
entity_fits(const struct view *v, size_t start, size_t end)
{
	if (view_crosses(v, start, end))
		return 0;
	for (size_t i = 0; i < v->npairs; i++) {
		const struct tagpair *tp = &v->pairs[i];
		if (tp->name > TAG_MISC)
			continue;
		if (tp->start < end && start < tp->end)
			return 0;
	}
	return 1;
}

/* One entity as a TSV or JSON record; start, end: text offsets in the
 * paragraph, type: an enum et_type, which counts as TAG_PER.. does. */
static void
put_record(struct enttag *et, const char *name, const struct chunk *c,
    size_t start, size_t end, int type)
{
	struct buf *b = &et->out.b;
	int json = et->co.format == FMT_JSON;

	if (!(et->types >> type & 1))
		return;
	record_head(b, json, name, c->toff + start, c->toff + end);
	record_str(b, json, "type", et_type_names[type]);
	record_field(b, json, "text", et->v.text + start, end - start);
	record_end(b, json);
	out_record(&et->out);
}

/*
 * A sentence longer than WINDOW_BYTES or WINDOW_TOKENS (a 15 MB line with
 * no full stop) is tokenized and tagged in windows, so that memory stays
 * bounded whatever the input.  Each window but the last leaves its last
 * OVERLAP_TOKENS to the next, which starts LEAD_TOKENS before them, so
 * that every name is tagged with the words around it; a name belongs to
 * the window it starts in.  Ordinary sentences are one window.
 */
#define WINDOW_BYTES 16384
#define WINDOW_TOKENS 1024
#define OVERLAP_TOKENS 64
#define LEAD_TOKENS 16

/* Tokenizes the window of text[a, e) that starts at a into et->toks
 * (offsets relative to text + a); returns its end. */
static size_t
tokenize_window(
    struct enttag *et, const unsigned char *text, size_t a, size_t e)
{
	size_t b = e;

	/* the headline test (paragraph_sentence) has just tokenized the
	 * first sentence, which is tagged next */
	if (text == et->tw.text && a == et->tw.a && e == et->tw.e)
		return et->tw.b;
	if (e - a > WINDOW_BYTES) {
		/* after a white space, or where a character starts */
		for (b = a + WINDOW_BYTES; b > a + WINDOW_BYTES / 2; b--)
			if (text[b - 1] == ' ' || text[b - 1] == '\n')
				break;
		if (b == a + WINDOW_BYTES / 2)
			b = a + WINDOW_BYTES;
		while (b > a + 1 && (text[b] & 0xc0) == 0x80)
			b--;
	}
	tokvec_reset(&et->toks);
	tokenize(text + a, b - a, &et->toks);
	if (et->toks.n > WINDOW_TOKENS) {
		et->toks.n = WINDOW_TOKENS;
		b = a + et->toks.v[WINDOW_TOKENS - 1].end;
	}
	et->tw.text = text;
	et->tw.a = a;
	et->tw.e = e;
	et->tw.b = b;
	return b;
}

/* -f conll: token TAB IOB2 tag, a blank line after each sentence, and a
 * -DOCSTART- line before a document's first sentence, as enttag-train
 * reads them.  Sentence s's entities are ents[0, ne), in paragraph
 * offsets. */
static void
put_conll(struct enttag *et, size_t s, const struct et_entity *ents, size_t ne)
{
	struct buf *b = &et->out.b;
	size_t k = 0, a = et->sents.v[s].start, e = et->sents.v[s].end;

	if (!et->in_doc) {
		buf_adds(b, "-DOCSTART-\tO\n\n");
		et->in_doc = 1;
	}
	while (a < e) {
		size_t next = tokenize_window(et, et->v.text, a, e);
		for (size_t i = 0; i < et->toks.n; i++) {
			size_t ts = a + et->toks.v[i].start;
			size_t te = a + et->toks.v[i].end;
			while (k < ne && ents[k].end <= ts)
				k++;
			tsv_escape(b, et->v.text + ts, te - ts);
			buf_addc(b, '\t');
			if (k < ne && ents[k].start <= ts) {
				buf_adds(b, ts == ents[k].start ? "B-" : "I-");
				buf_adds(b, et_type_names[ents[k].type]);
			} else
				buf_addc(b, 'O');
			buf_addc(b, '\n');
		}
		a = next;
	}
	buf_addc(b, '\n');
	out_record(&et->out);
}

/* Tags sentence s of the paragraph in et->v, window by window; its
 * entities that pass -t and fit the existing markup are appended to
 * et->pe, with paragraph offsets, and their range noted in et->pe.sr[s]. */
static void
tag_sentence(struct enttag *et, size_t s)
{
	struct pents *pe = &et->pe;
	size_t a = et->sents.v[s].start, e = et->sents.v[s].end;
	size_t lead = 0, settled = a; /* no name of a window before it */

	pe->sr[s].start = pe->n;
	for (;;) {
		size_t b = tokenize_window(et, et->v.text, a, e);
		size_t n = et->toks.n, keep = n, next, ne;
		struct et_entity *ents;

		ne = et_tag_sentence(
		    et->tg, et->v.text + a, et->toks.v, n, &ents, NULL);
		if (b < e)
			keep = n > 2 * OVERLAP_TOKENS ? n - OVERLAP_TOKENS
			                              : (n + 1) / 2;
		for (size_t i = 0; i < ne && ents[i].tok_start < keep; i++) {
			ents[i].start += a;
			ents[i].end += a;
			if (ents[i].tok_start < lead || ents[i].start < settled)
				continue; /* the window before's */
			settled = ents[i].end;
			if (!(et->types >> ents[i].type & 1) ||
			    !entity_fits(&et->v, ents[i].start, ents[i].end))
				continue;
			if (pe->n == pe->cap) {
				pe->cap = pe->cap ? pe->cap * 2 : 64;
				pe->v = xreallocarray(
				    pe->v, pe->cap, sizeof *pe->v);
			}
			pe->v[pe->n++] = ents[i];
		}
		if (b == e)
			break;
		if (keep == n) { /* a token or none: on past it */
			a = b;
			lead = 0;
			continue;
		}
		next = keep > 2 * LEAD_TOKENS ? keep - LEAD_TOKENS : keep;
		lead = keep - next;
		a += et->toks.v[next].start;
	}
	pe->sr[s].end = pe->n;
}

/* The view and the sentences of paragraph c. */
static void
prepare(struct enttag *et, const struct chunk *c)
{
	view_build(&et->v, c->p, c->len, et->co.raw);
	et->tw.text = NULL;
	et->sents.n = 0;
	segment(&et->sg, et->v.text, et->v.len, et->v.pairs, et->v.npairs,
	    &et->sents);
	if (et->sents.n > et->pe.srcap) {
		et->pe.srcap = et->sents.n;
		et->pe.sr = xreallocarray(
		    et->pe.sr, et->pe.srcap, sizeof *et->pe.sr);
	}
}

/* Sentence s of the paragraph in et->v, tokenized (et_sentence_fn). */
static void
paragraph_sentence(void *ctx, size_t s, const unsigned char **buf,
    const struct token **toks, size_t *n)
{
	struct enttag *et = ctx;
	size_t off = et->sents.v[s].start;

	/* a headline is judged on its first window */
	tokenize_window(et, et->v.text, off, et->sents.v[s].end);
	*buf = et->v.text + off;
	*toks = et->toks.v;
	*n = et->toks.n;
}

/* Tags the paragraph in et->v; its first held sentences are headlines. */
static void
tag_paragraph(struct enttag *et, size_t held)
{
	et->pe.n = 0;
	if (held > 0) {
		et_tagger_shadow(et->tg, ET_SHADOW_START);
		for (size_t s = 0; s < held; s++)
			tag_sentence(et, s);
		et->pe.n = 0;
		et_tagger_shadow(et->tg, ET_SHADOW_LEARN);
	}
	for (size_t s = held; s < et->sents.n; s++)
		tag_sentence(et, s);
	if (held > 0) {
		et_tagger_shadow(et->tg, ET_SHADOW_USE);
		for (size_t s = 0; s < held; s++)
			tag_sentence(et, s);
		et_tagger_shadow(et->tg, ET_SHADOW_END);
	}
}

/* Writes the paragraph in et->v with the entities in et->pe. */
static void
put_paragraph(struct enttag *et, const char *name, const struct chunk *c)
{
	const struct tagpair *old;
	size_t nnew = 0, k = 0;

	for (size_t s = 0; s < et->sents.n; s++) {
		const struct et_entity *ents = et->pe.v + et->pe.sr[s].start;
		size_t ne = et->pe.sr[s].end - et->pe.sr[s].start;

		et->out.found += ne;

		if (et->co.format == FMT_CONLL) {
			put_conll(et, s, ents, ne);
			continue;
		}
		for (size_t i = 0; i < ne; i++) {
			if (et->co.format != FMT_INLINE) {
				/* the names tagged in the input are listed too */
				while (
				    (old = view_next_pair(&et->v, TAGS_ENTITY,
				         &k, ents[i].start)) != NULL)
					put_record(et, name, c, old->start,
					    old->end, (int)old->name);
				put_record(et, name, c, ents[i].start,
				    ents[i].end, ents[i].type);
				continue;
			}
			if (nnew == et->ntcap) {
				et->ntcap = et->ntcap ? et->ntcap * 2 : 64;
				et->nt = xreallocarray(
				    et->nt, et->ntcap, sizeof *et->nt);
			}
			et->nt[nnew].start = ents[i].start;
			et->nt[nnew].end = ents[i].end;
			et->nt[nnew].open = open_tags[ents[i].type];
			et->nt[nnew].close = close_tags[ents[i].type];
			nnew++;
		}
	}
	if (et->co.format == FMT_INLINE) {
		view_insert(&et->v, et->nt, nnew, &et->out.b);
		out_record(&et->out);
	} else if (et->co.format != FMT_CONLL) {
		while ((old = view_next_pair(
		            &et->v, TAGS_ENTITY, &k, (size_t)-1)) != NULL)
			put_record(
			    et, name, c, old->start, old->end, (int)old->name);
	}
}

/*
 * A paragraph of headlines held back: tagged once (its first tags,
 * unused, go into the memory as they would without holding), copied, and
 * written by release() once the next paragraph has been tagged, or at the
 * document's end.  Blank lines after it are copied behind it.
 */
static void
hold(struct enttag *et, const char *name, const struct chunk *c)
{
	et_tagger_shadow(et->tg, ET_SHADOW_START);
	tag_paragraph(et, 0);
	et_tagger_shadow(et->tg, ET_SHADOW_LEARN);
	hold_start(&et->hold, name, c);
}

/* Tags the held paragraph again and writes it, then its blank lines, then
 * paragraph c (NULL at a document's end), whose tags are in et->pe. */
static void
release(struct enttag *et, const char *name, const struct chunk *c)
{
	struct pents next = et->pe;

	et->pe = et->saved;
	et_tagger_shadow(et->tg, ET_SHADOW_USE);
	prepare(et, hold_chunk(&et->hold));
	tag_paragraph(et, 0);
	put_paragraph(et, et->hold.name, hold_chunk(&et->hold));
	et_tagger_shadow(et->tg, ET_SHADOW_END);
	if (et->co.format == FMT_INLINE && et->hold.after.len > 0) {
		out_bytes(&et->out, et->hold.after.p, et->hold.after.len);
		out_record(&et->out);
	}
	hold_end(&et->hold);
	et->saved = et->pe;
	et->pe = next;
	if (c != NULL) {
		prepare(et, c);
		put_paragraph(et, name, c);
	}
}

static void
paragraph(struct enttag *et, const char *name, const struct chunk *c)
{
	size_t held;
	int alone;

	/* headlines: see et_headlines(); a paragraph of headlines only is
	 * held back until the next one has been tagged */
	prepare(et, c);
	held = et_headlines(
	    et->tg, et->sents.n, paragraph_sentence, et, &alone);
	if (et->hold.on) {
		tag_paragraph(et, 0);
		release(et, name, c);
		return;
	}
	/* not across --no-memory paragraphs, nor on a live feed */
	if (alone && !et->no_memory && !et->co.line_buffered && !c->cont &&
	    !c->more) {
		hold(et, name, c);
		return;
	}
	tag_paragraph(et, held);
	put_paragraph(et, name, c);
}

static void
chunk(void *ctx, const char *name, const struct chunk *c)
{
	struct enttag *et = ctx;

	switch (c->kind) {
	case CHUNK_PARA:
		/* --no-memory: a run split at blank lines equals the plain
		 * run; each paragraph is a document of -f conll */
		if (et->no_memory && !c->cont) {
			et_tagger_reset(et->tg);
			et->in_doc = 0;
		}
		paragraph(et, name, c);
		break;
	case CHUNK_GAP:
	case CHUNK_BOM:
		/* the blank lines after a held headline are held too, up to
		 * the paragraph cap (memory stays bounded) */
		if (et->hold.on && !hold_fits(&et->hold, c->len, et->co.cap))
			release(et, name, NULL);
		if (et->hold.on) {
			buf_add(&et->hold.after, c->p, c->len);
			break;
		}
		if (et->co.format == FMT_INLINE) {
			out_bytes(&et->out, c->p, c->len);
			out_record(&et->out);
		}
		break;
	case CHUNK_DOCEND:
		if (et->hold.on)
			release(et, name, NULL);
		et_tagger_reset(et->tg);
		et->in_doc = 0;
		if (c->len == 0)
			break;
		if (et->co.format == FMT_INLINE)
			out_bytes(&et->out, c->p, c->len);
		else if (c->p[0] == '\0')
			buf_addc(&et->out.b, '\0');
		out_record(&et->out);
		break;
	}
}

int
main(int argc, char **argv)
{
	static struct enttag et;
	struct cli c = {
		.synopsis = "[OPTION]... [FILE]...",
		.purpose =
		    "Tag names of persons, organisations, places and other "
		    "entities.",
		.own_help =
		    "  -t, --types=TYPES      tag only these types (comma list of "
		    "PER,ORG,LOC,MISC)\n"
		    "  -m, --model=MODEL      use the model in the file MODEL (from "
		    "enttag-train)\n"
		    "      --gazetteer=TYPE:FILE  phrases in FILE (one a line) are "
		    "always TYPE\n"
		    "      --no-memory        forget the names seen at each paragraph, "
		    "not only\n"
		    "                         at each document\n",
		.more_help =
		    "Formats: inline (the input with tags inserted), tsv (file start "
		    "end type\ntext), json, conll (token TAB tag, a blank line after "
		    "each sentence).\nNames tagged earlier in a document help "
		    "tag their later mentions;\nsplit input for parallel runs at "
		    "documents (form feeds), or use --no-memory.\n",
		.formats = "inline,tsv,jsonl,conll",
		.version_note =
		    "The compiled-in model: License CC BY-SA 4.0 "
		    "<https://creativecommons.org/licenses/by-sa/4.0/>.\n"
		    "Its training data and word lists, with their licences: "
		    "LICENSE.data.\n",
		.default_format = FMT_INLINE,
		.short_opts = "t:m:",
		.long_opts = long_opts,
		.handle = handle,
		.ctx = &et,
	};
	struct et_model *m;
	struct input_opts io;
	struct filter f = {
		.chunk = chunk, .ctx = &et, .jsonl_key = "entities"
	};
	const char *err;
	int first, status;

	set_progname(argv[0]);
	et.types = (1u << ET_NTYPES) - 1;
	first = cli_parse(argc, argv, &c, &et.co);
	if (et.model_path != NULL)
		m = load_model(et.model_path, &et.model_buf);
	else if ((m = et_model_open(et_model_blob,
	              (size_t)(et_model_blob_end - et_model_blob), &err)) ==
	    NULL)
		die("built-in model: %s", err);
	else
		et_model_set_filter(m, et_filter_blob,
		    (size_t)(et_filter_blob_end - et_filter_blob));
	et.tg = et_tagger_new(m);
	for (size_t i = 0; i < et.nforced; i++)
		load_forced(&et, &et.forced[i]);
	input_opts_from(&io, &et.co);
	out_init(&et.out, et.co.line_buffered);
	if (et.co.header && et.co.format == FMT_TSV)
		buf_adds(&et.out.b, "file\tstart\tend\ttype\ttext\n");
	status = drive(argc - first, argv + first, &et.co, &io, &f, &et.out);
	et_tagger_free(et.tg);
	et_model_close(m);
	free(et.model_buf);
	view_free(&et.v);
	spanvec_free(&et.sents);
	tokvec_free(&et.toks);
	free(et.pe.v);
	free(et.pe.sr);
	free(et.saved.v);
	free(et.saved.sr);
	hold_free(&et.hold);
	free(et.nt);
	free(et.forced);
	return status;
}
