/* newsview - the suite's annotated text as records, columns or a page */
#include <config.h>

#include <string.h>

#include "driver.h"
#include "msg.h"
#include "nv.h"

struct newsview {
	struct common_opts co;
	struct nv_para p;
	struct nv_doc *doc;
	struct nv_html_opts html;
	struct tokvec toks;
	size_t docno;  /* the document's number in its file */
	size_t chars;  /* code points of the file's text so far */
	int conll_doc; /* -DOCSTART- written for this document */
	struct out out;
};

enum { OPT_TITLE = CLI_OWN_OPTION };

static const struct option long_opts[] = {
	{ "lines", no_argument, NULL, 'l' },
	{ "layers", required_argument, NULL, 'L' },
	{ "sentence-marks", no_argument, NULL, 's' },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ NULL, 0, NULL, 0 },
};

/* -L sentence,entity,timex,quote */
static int
parse_layers(const char *arg, unsigned *layers)
{
	*layers = 0;
	while (*arg) {
		size_t n = strcspn(arg, ",");
		enum nv_layer l = nv_layer_lookup(arg, n);

		if (l == NV_NLAYERS)
			return -1;
		*layers |= 1u << l;
		arg += n + (arg[n] == ',');
	}
	return *layers ? 0 : -1;
}

static int
handle(int opt, const char *arg, void *ctx)
{
	struct newsview *nv = ctx;

	switch (opt) {
	case 'l':
		nv->p.sentences = NV_SENT_LINES;
		return 0;
	case 'L':
		if (parse_layers(arg, &nv->p.layers) == 0)
			return 0;
		warnmsg(
		    "invalid layer list '%s' (use: sentence,entity,timex,quote)",
		    arg);
		return -1;
	case 's':
		nv->html.sentence_marks = 1;
		return 0;
	case OPT_TITLE:
		nv->html.title = arg;
		return 0;
	}
	return -1;
}

static void
paragraph(struct newsview *nv, const char *name, const struct chunk *c)
{
	struct buf *b = &nv->out.b;

	nv_para_build(&nv->p, c->p, c->len, nv->co.raw);
	nv->out.found += nv->p.n;
	switch (nv->co.format) {
	case FMT_CONLL:
		if (!nv->conll_doc && nv->p.n > 0) {
			buf_adds(b, "-DOCSTART-\tO\tO\t_\tO\n\n");
			nv->conll_doc = 1;
		}
		nv_put_conll(b, &nv->p, &nv->toks);
		break;
	case FMT_HTML:
		nv_html_para(nv->doc, &nv->p, &nv->html);
		break;
	default:
		nv_put_records(b, nv->co.format == FMT_JSON, name, nv->docno,
		    c->toff, nv->chars, &nv->p);
	}
	nv->chars += nv->p.chars;
}

static void
chunk(void *ctx, const char *name, const struct chunk *c)
{
	struct newsview *nv = ctx;

	switch (c->kind) {
	case CHUNK_PARA:
		paragraph(nv, name, c);
		return;
	case CHUNK_GAP:
	case CHUNK_BOM:
		nv->chars += nv_chars(c->p, c->len);
		return;
	case CHUNK_DOCEND:
		nv->chars += nv_chars(c->p, c->len);
		if (nv->co.format == FMT_HTML)
			nv_html_doc(&nv->out.b, nv->doc, name, nv->docno);
		nv->conll_doc = 0;
		nv->docno++;
		if (c->len == 0) {
			/* the end of the file: the next one counts afresh */
			nv->docno = 1;
			nv->chars = 0;
		}
		return;
	}
}

static void
finish(void *ctx)
{
	struct newsview *nv = ctx;

	if (nv->co.format == FMT_HTML)
		nv_html_tail(&nv->out.b, nv->doc);
}

int
main(int argc, char **argv)
{
	static struct newsview nv;
	struct cli c = {
		.synopsis = "[OPTION]... [FILE]...",
		.purpose =
		    "Show the suite's annotations: records of every layer, CoNLL columns,\n"
		    "or a page to look at.",
		.own_help =
		    "  -L, --layers=LAYERS    the layers to show, of sentence,entity,timex,quote\n"
		    "                         (default all)\n"
		    "  -l, --lines            each input line is a sentence (sentsplit's output)\n"
		    "  -s, --sentence-marks   html: number the sentences in the text\n"
		    "      --title=TEXT       html: the page's title (default the first FILE)\n",
		.more_help =
		    "TSV columns: file start end char_start char_end doc layer type value\n"
		    "speaker text; start and end count bytes, char_start and char_end code\n"
		    "points, both in the text without the suite's tags.  -f conll: token,\n"
		    "entity, TIMEX3 type, TIMEX3 value, quotation.  -f html: one page, no\n"
		    "scripts, no external assets.\n",
		.formats = "tsv,jsonl,conll,html",
		/* its records are JSON Lines already */
		.no_jsonl = 1,
		.default_format = FMT_TSV,
		.short_opts = "lL:s",
		.long_opts = long_opts,
		.handle = handle,
		.ctx = &nv,
	};
	struct input_opts io;
	struct filter f = { .chunk = chunk, .ctx = &nv, .finish = finish };
	int first, status;

	set_progname(argv[0]);
	nv.p.layers = NV_ALL_LAYERS;
	nv.docno = 1;
	first = cli_parse(argc, argv, &c, &nv.co);
	if (nv.co.format == FMT_CONLL)
		nv.p.layers |= 1u << NV_SENTENCE;
	if (nv.co.format == FMT_HTML && !nv.html.sentence_marks)
		nv.p.layers &= ~(1u << NV_SENTENCE);
	if (nv.html.title == NULL)
		nv.html.title = first < argc && strcmp(argv[first], "-") != 0
		    ? argv[first]
		    : "newsview";
	input_opts_from(&io, &nv.co);
	out_init(&nv.out, nv.co.line_buffered);
	if (nv.co.header && nv.co.format == FMT_TSV)
		nv_put_header(&nv.out.b);
	if (nv.co.format == FMT_HTML) {
		nv.doc = nv_doc_new();
		nv_html_head(&nv.out.b, &nv.html);
	}
	status = drive(argc - first, argv + first, &nv.co, &io, &f, &nv.out);
	nv_para_free(&nv.p);
	nv_doc_free(nv.doc);
	tokvec_free(&nv.toks);
	return status;
}
