/* sentsplit - one sentence per line */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"
#include "lexicon.h"
#include "markup.h"
#include "msg.h"
#include "segment.h"

struct sentsplit {
	struct common_opts co;
	struct segmenter sg;
	struct lexicon extra;
	int have_extra;
	struct view v;
	struct spanvec sents;
	struct buf tmp;
	struct out out;
};

// clang-format off
static const struct option long_opts[] = {
	{ "abbreviations", required_argument, NULL, 'a' },
	{ "keep-quotes", no_argument, NULL, 'Q' },
	{ NULL, 0, NULL, 0 }
};
// clang-format on

static int
handle(int opt, const char *arg, void *ctx)
{
	struct sentsplit *ss = ctx;

	switch (opt) {
	case 'a':
		if (ss->have_extra)
			lexicon_free(&ss->extra);
		if (lexicon_load(&ss->extra, arg, 0, LEX_LOAD_DROP_PERIOD) != 0)
			die("%s: %s", arg, strerror(errno));
		ss->have_extra = 1;
		ss->sg.extra_abbrev = &ss->extra;
		return 0;
	case 'Q':
		ss->sg.keep_quotes = 1;
		return 0;
	}
	return -1;
}

static int
is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* One sentence of the paragraph as a record. */
static void
put_sentence(struct sentsplit *ss, const char *name, const struct chunk *c,
    size_t from, size_t to, const struct span *sp)
{
	struct buf *b = &ss->out.b;
	const unsigned char *p = c->p;
	int json;

	switch (ss->co.format) {
	case FMT_TSV:
	case FMT_JSON:
		/* the text as the offsets count it: without the suite's tags */
		buf_reset(&ss->tmp);
		collapse_space(
		    &ss->tmp, ss->v.text + sp->start, sp->end - sp->start);
		json = ss->co.format == FMT_JSON;
		record_head(
		    b, json, name, c->toff + sp->start, c->toff + sp->end);
		record_field(b, json, "text", ss->tmp.p, ss->tmp.len);
		record_end(b, json);
		break;
	default:
		/* the sentence with the tags at its edges, white space folded */
		{
			size_t s0 = from, e0 = to;
			while (s0 < e0 && is_ascii_space(p[s0]))
				s0++;
			while (e0 > s0 && is_ascii_space(p[e0 - 1]))
				e0--;
			/* the reader saw no white space to fold in it */
			if (c->plain_space)
				buf_add(b, p + s0, e0 - s0);
			else
				collapse_space(b, p + s0, e0 - s0);
			buf_addc(b, '\n');
		}
	}
	out_record(&ss->out);
}

/* The sentences of a paragraph with only single spaces in it, as text:
 * when the white space between each two is that one space, the output
 * is the paragraph, each of those spaces a line end, written with one
 * copy ("A b. C d." is "A b.\nC d.\n").  0 when they are not so. */
static int
paragraph_plain(struct sentsplit *ss, const struct chunk *c)
{
	const struct span *v = ss->sents.v;
	size_t k, n = ss->sents.n, a = 0, e = c->len;
	unsigned char *o;

	/* the edges as put_sentence() finds them: a paragraph that starts
	 * or ends with other white space (U+00A0) keeps it */
	while (a < e && is_ascii_space(c->p[a]))
		a++;
	while (e > a && is_ascii_space(c->p[e - 1]))
		e--;
	if (a != v[0].start || e != v[n - 1].end)
		return 0;
	for (k = 0; k + 1 < n; k++)
		if (v[k + 1].start != v[k].end + 1 || c->p[v[k].end] != ' ')
			return 0;
	buf_add(&ss->out.b, c->p + a, e - a);
	buf_addc(&ss->out.b, '\n');
	o = ss->out.b.p + ss->out.b.len - 1 - (e - a);
	for (k = 0; k + 1 < n; k++)
		o[v[k].end - a] = '\n';
	out_record(&ss->out);
	return 1;
}

static void
paragraph(struct sentsplit *ss, const char *name, const struct chunk *c)
{
	size_t k, from = 0;

	/* with no '<' the text is the paragraph, as with --raw */
	view_build(&ss->v, c->p, c->len, ss->co.raw || !c->may_tag);
	ss->sents.n = 0;
	segment(&ss->sg, ss->v.text, ss->v.len, ss->v.pairs, ss->v.npairs,
	    &ss->sents);
	ss->out.found += ss->sents.n;
	/* the text is the paragraph (no tags), and its sentences are to be
	 * written as they come, a line each: most paragraphs of news */
	if (ss->co.format == FMT_TEXT && c->plain_space && ss->v.text == c->p &&
	    ss->sents.n > 0 && !ss->out.line_buffered && paragraph_plain(ss, c))
		return;
	for (k = 0; k < ss->sents.n; k++) {
		/* split the original between sentences at the first white space
		 * after one, so tags at the edges go with their sentence */
		size_t to = k + 1 < ss->sents.n
		    ? view_orig(&ss->v, ss->sents.v[k].end)
		    : c->len;

		put_sentence(ss, name, c, from, to, &ss->sents.v[k]);
		from = to;
	}
}

static void
chunk(void *ctx, const char *name, const struct chunk *c)
{
	struct sentsplit *ss = ctx;
	struct buf *b = &ss->out.b;
	size_t k;

	switch (c->kind) {
	case CHUNK_PARA:
		paragraph(ss, name, c);
		break;
	case CHUNK_GAP:
		/* a blank line stays, as an empty one */
		if (ss->co.format == FMT_TEXT) {
			for (k = 0; k < c->len; k++)
				if (c->p[k] == '\n')
					buf_addc(b, '\n');
			if (c->len > 0 && c->p[c->len - 1] != '\n')
				buf_addc(b, '\n');
		}
		break;
	case CHUNK_BOM:
		break;
	case CHUNK_DOCEND:
		if (c->len == 0)
			break;
		if (ss->co.format == FMT_TEXT) {
			buf_add(b, c->p, c->len);
			if (c->p[0] == '\f' && c->p[c->len - 1] != '\n')
				buf_addc(b, '\n');
		} else if (c->p[0] == '\0') {
			buf_addc(b, '\0');
		}
		break;
	}
}

int
main(int argc, char **argv)
{
	static struct sentsplit ss;
	struct cli c = {
		.synopsis = "[OPTION]... [FILE]...",
		.purpose = "Split text into sentences, one per output line.",
		.own_help =
		    "  -a, --abbreviations=FILE  add the abbreviations in FILE (one a line)\n"
		    "  -Q, --keep-quotes      keep a quotation of several sentences on one line\n",
		.more_help =
		    "Blank lines and document separators are kept; white space inside a\n"
		    "sentence is folded to one space.  TSV columns: file start end text.\n",
		.formats = "text,tsv,jsonl",
		.default_format = FMT_TEXT,
		.short_opts = "a:Q",
		.long_opts = long_opts,
		.handle = handle,
		.ctx = &ss,
	};
	struct input_opts io;
	struct filter f = {
		.chunk = chunk, .ctx = &ss, .jsonl_key = "sentences"
	};
	int first, status;

	set_progname(argv[0]);
	first = cli_parse(argc, argv, &c, &ss.co);
	input_opts_from(&io, &ss.co);
	out_init(&ss.out, ss.co.line_buffered);
	if (ss.co.header && ss.co.format == FMT_TSV)
		buf_adds(&ss.out.b, "file\tstart\tend\ttext\n");
	status = drive(argc - first, argv + first, &ss.co, &io, &f, &ss.out);
	view_free(&ss.v);
	spanvec_free(&ss.sents);
	buf_free(&ss.tmp);
	if (ss.have_extra)
		lexicon_free(&ss.extra);
	return status;
}
