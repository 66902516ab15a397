/* datenorm - temporal expressions found and normalized to TimeML TIMEX3 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datenorm.h"
#include "driver.h"
#include "holdback.h"
#include "markup.h"
#include "msg.h"
#include "timeml.h"
#include "xalloc.h"

#define TIDS_KEPT 4096 /* a power of two */

enum { OPT_REF = CLI_OWN_OPTION, OPT_REF_FIELD, OPT_REPLACE, OPT_TIMEML };

struct datenorm {
	struct common_opts co;
	struct dn_engine *e;
	int replace, timeml, have_ref;
	const char *ref_field; /* --ref-field: a --jsonl record's date */
	long tid;              /* last tN in this document */
	/* the tN of the last TIDS_KEPT expressions by their seq (what
	 * anchors name; an anchor further back is not named): memory stays
	 * bounded in a document of any length */
	struct seq_tid {
		size_t seq, doc;
		long tid;
	} tids[TIDS_KEPT];
	size_t ndoc; /* documents begun: whose seq an entry is */
	/* a title above the dateline: a document's first paragraphs, while
	 * it has no date, are held until its dateline is seen (hold()) */
	struct dn_engine *probe; /* scans them ahead for the dateline */
	struct holdback held;    /* they, and the gaps between them */
	int paras;               /* paragraphs of the document so far */
	int begun;               /* the document's first paragraph was read */
	/* its date line (dct_line()), listed before the first paragraph's
	 * records: text offsets, its value */
	struct {
		int on;
		size_t start, end;
		char value[DN_VALUE_MAX];
	} dl;
	struct view v;
	struct newtag *nt;
	size_t ntcap;
	char (*open)[TM_TAG_MAX]; /* the start tags of nt */
	struct buf doc;           /* --timeml: the document so far */
	struct buf attrs;         /* an input TIMEX3's attributes */
	size_t doc_off;
	int status;
	struct out out;
};

static const struct option long_opts[] = { { "ref", required_argument, NULL,
	                                       OPT_REF },
	{ "replace", no_argument, NULL, OPT_REPLACE },
	{ "ref-field", required_argument, NULL, OPT_REF_FIELD },
	{ "timeml", no_argument, NULL, OPT_TIMEML }, { NULL, 0, NULL, 0 } };

static int
handle(int opt, const char *arg, void *ctx)
{
	struct datenorm *dn = ctx;
	int y, m, d;

	switch (opt) {
	case OPT_REF:
		if (!strcmp(arg, "now")) {
			/* the only place the clock is read */
			time_t t = time(NULL);
			struct tm tm;

			gmtime_r(&t, &tm);
			y = tm.tm_year + 1900;
			m = tm.tm_mon + 1;
			d = tm.tm_mday;
		} else if (dn_parse_ref(arg, &y, &m, &d) < 0) {
			usage_error("invalid --ref date '%s' (want YYYY-MM-DD "
			            "or now)",
			    arg);
		}
		dn_set_ref(dn->e, y, m, d);
		dn->have_ref = 1;
		return 0;
	case OPT_REF_FIELD:
		dn->ref_field = arg;
		return 0;
	case OPT_REPLACE:
		dn->replace = 1;
		return 0;
	case OPT_TIMEML:
		dn->timeml = 1;
		return 0;
	}
	return -1;
}

/* One expression as a TSV or JSON record; start, end: file offsets. */
static void
put_record(struct datenorm *dn, const char *name, size_t start, size_t end,
    const char *type, const char *value, const char *tid, const char *mod,
    long anchor, const unsigned char *text, size_t n)
{
	char at[32];

	struct buf *b = &dn->out.b;
	int json = dn->co.format == FMT_JSON;

	record_head(b, json, name, start, end);
	record_str(b, json, "type", type);
	record_str(b, json, "value", value);
	record_field(b, json, "text", text, n);
	if (json)
		record_str(b, json, "tid", tid);
	if (json && mod)
		record_str(b, json, "mod", mod);
	/* what the value was worked out from: "t0" the document's date */
	if (json && anchor >= 0) {
		snprintf(at, sizeof at, "t%ld", anchor);
		record_str(b, json, "anchor", at);
	}
	record_end(b, json);
	out_record(&dn->out);
}

/* A TIMEX3 of the input as a record, its attributes as they are. */
static void
put_old(struct datenorm *dn, const char *name, const struct chunk *c,
    const struct tagpair *tp)
{
	const struct tag *t = &dn->v.tags[tp->open_tag];
	static const char *const keys[] = { "type", "value", "tid" };
	size_t at[3];

	buf_reset(&dn->attrs);
	for (int i = 0; i < 3; i++) {
		at[i] = dn->attrs.len;
		tag_attr(&dn->v, t, keys[i], &dn->attrs);
		buf_addc(&dn->attrs, '\0');
	}
	put_record(dn, name, c->toff + tp->start, c->toff + tp->end,
	    (const char *)dn->attrs.p + at[0],
	    (const char *)dn->attrs.p + at[1],
	    (const char *)dn->attrs.p + at[2], NULL, -1, dn->v.text + tp->start,
	    tp->end - tp->start);
}

/*
 * Does [start, end) touch a PER, ORG or LOC pair?  "<ORG>Friday Group</ORG>"
 * and "<PER>April</PER>" are names, not dates.
 */
static int
in_name(const struct view *v, size_t start, size_t end)
{
	size_t k;

	for (k = 0; k < v->npairs; k++) {
		const struct tagpair *p = &v->pairs[k];

		if (p->start >= end)
			break;
		if (p->end > start &&
		    (p->name == TAG_PER || p->name == TAG_ORG ||
		        p->name == TAG_LOC))
			return 1;
	}
	return 0;
}

/* Expression seq of this document is tagged tN (what anchors name). */
static void
set_tid(struct datenorm *dn, size_t seq, long tid)
{
	struct seq_tid *t = &dn->tids[seq & (TIDS_KEPT - 1)];

	t->seq = seq;
	t->doc = dn->ndoc;
	t->tid = tid;
}

/* The tN of expression seq, or -1 (not tagged, or too far back). */
static long
tid_of(const struct datenorm *dn, size_t seq)
{
	const struct seq_tid *t = &dn->tids[seq & (TIDS_KEPT - 1)];

	return t->seq == seq && t->doc == dn->ndoc && seq ? t->tid : -1;
}

static void
paragraph(struct datenorm *dn, const char *name, const struct chunk *c)
{
	const struct dn_timex *x;
	const struct tagpair *old;
	size_t n, k, nt = 0, at = 0, po = 0;
	long anchor;
	struct buf *b = &dn->out.b;

	view_build(&dn->v, c->p, c->len, dn->co.raw);
	n = dn_scan(dn->e, dn->v.text, dn->v.len, &x);
	if (dn->dl.on &&
	    (dn->co.format == FMT_TSV || dn->co.format == FMT_JSON))
		put_record(dn, name, c->toff + dn->dl.start,
		    c->toff + dn->dl.end, "DCT", dn->dl.value, "t0", NULL, -1,
		    dn->v.text + dn->dl.start, dn->dl.end - dn->dl.start);
	dn->dl.on = 0;
	if (n > dn->ntcap) {
		dn->ntcap = n;
		dn->nt = xreallocarray(dn->nt, n, sizeof *dn->nt);
		dn->open = xreallocarray(dn->open, n, sizeof *dn->open);
	}
	for (k = 0; k < n; k++) {
		size_t s = view_orig(&dn->v, x[k].start);
		size_t e = view_orig(&dn->v, x[k].end - 1) + 1;
		char tid[32];

		/* the document's date, as a record of its own: DCT */
		if (x[k].dct &&
		    (dn->co.format == FMT_TSV || dn->co.format == FMT_JSON))
			put_record(dn, name, c->toff + x[k].start,
			    c->toff + x[k].end, "DCT", x[k].value, "t0", NULL,
			    -1, dn->v.text + x[k].start, x[k].end - x[k].start);
		/* never cut across a tag, never nest in an old TIMEX3 */
		if (view_crosses(&dn->v, x[k].start, x[k].end) ||
		    view_inside(&dn->v, TAG_TIMEX3, x[k].start, x[k].end) ||
		    in_name(&dn->v, x[k].start, x[k].end))
			continue;
		dn->tid++;
		dn->out.found++;
		set_tid(dn, x[k].seq, dn->tid);
		anchor = x[k].anchor == DN_ANCHOR_DOC ? 0
		    : x[k].anchor == DN_ANCHOR_EXPR
		    ? tid_of(dn, x[k].anchor_seq)
		    : -1;
		switch (dn->co.format) {
		case FMT_TSV:
		case FMT_JSON:
			/* the input's own TIMEX3s are listed too */
			while ((old = view_next_pair(&dn->v, 1u << TAG_TIMEX3,
			            &po, x[k].start)) != NULL)
				put_old(dn, name, c, old);
			snprintf(tid, sizeof tid, "t%ld", dn->tid);
			put_record(dn, name, c->toff + x[k].start,
			    c->toff + x[k].end, dn_type_name(x[k].type),
			    x[k].value, tid, dn_mod_name(x[k].mod), anchor,
			    dn->v.text + x[k].start, x[k].end - x[k].start);
			break;
		default:
			if (dn->replace) {
				buf_add(b, c->p + at, s - at);
				buf_adds(b, x[k].value);
				at = e;
				break;
			}
			tm_start_tag(dn->open[nt], dn->tid, &x[k], anchor);
			dn->nt[nt].start = x[k].start;
			dn->nt[nt].end = x[k].end;
			dn->nt[nt].open = dn->open[nt];
			dn->nt[nt].close = "</TIMEX3>";
			nt++;
		}
	}
	if (dn->co.format == FMT_TSV || dn->co.format == FMT_JSON) {
		while ((old = view_next_pair(
		            &dn->v, 1u << TAG_TIMEX3, &po, (size_t)-1)) != NULL)
			put_old(dn, name, c, old);
		return;
	}
	if (dn->replace)
		buf_add(b, c->p + at, c->len - at);
	else
		view_insert(&dn->v, dn->nt, nt, b);
}

/* --timeml: the whole document is in dn->doc. */
static void
timeml_doc(struct datenorm *dn, const char *name)
{
	struct tm_doc d;
	const char *err;
	size_t k;

	if (dn->doc.len == 0)
		return;
	if (tm_parse(&d, dn->doc.p, dn->doc.len, &err) < 0) {
		warnmsg("%s: %s", name, err);
		dn->status = NU_EXIT_TROUBLE;
		return;
	}
	tm_annotate(&d, dn->e);
	dn->out.found += d.nx;
	if (dn->co.format == FMT_TSV || dn->co.format == FMT_JSON) {
		for (k = 0; k < d.nx; k++) {
			char tid[32];

			snprintf(tid, sizeof tid, "t%zu", k + 1);
			put_record(dn, name, dn->doc_off + d.x[k].start,
			    dn->doc_off + d.x[k].end, dn_type_name(d.x[k].type),
			    d.x[k].value, tid, dn_mod_name(d.x[k].mod),
			    tm_anchor(&d, &d.x[k], 1), d.p + d.x[k].start,
			    d.x[k].end - d.x[k].start);
		}
	} else {
		tm_write(&d, &dn->out.b);
	}
	tm_free(&d);
}

/*
 * --ref-field: a --jsonl record's date (ISO 8601: "2019-01-04",
 * "2019-01-04T10:32:00Z") is its document's date.  A record without one
 * has none; a malformed one gets a message, and exit status 2.
 */
static void
record_begin(void *ctx, const char *name, size_t lineno, const char *value)
{
	struct datenorm *dn = ctx;
	int y = 0, m = 0, d = 0;

	dn_reset_doc(dn->e);
	if (value && dn_parse_ref(value, &y, &m, &d) < 0) {
		warnmsg("%s:%zu: invalid date '%s' in \"%s\" (want YYYY-MM-DD)",
		    name, lineno, value, dn->ref_field);
		dn->status = NU_EXIT_TROUBLE;
		y = m = d = 0;
	}
	dn_set_doc_date(dn->e, y, m, d);
}

static void
process(struct datenorm *dn, const char *name, const struct chunk *c)
{
	int text = dn->co.format != FMT_TSV && dn->co.format != FMT_JSON;

	if (dn->timeml && c->kind != CHUNK_DOCEND) {
		if (dn->doc.len == 0)
			dn->doc_off = c->off;
		buf_add(&dn->doc, c->p, c->len);
		return;
	}
	switch (c->kind) {
	case CHUNK_PARA:
		paragraph(dn, name, c);
		break;
	case CHUNK_GAP:
	case CHUNK_BOM:
		if (text)
			buf_add(&dn->out.b, c->p, c->len);
		break;
	case CHUNK_DOCEND:
		if (dn->timeml) {
			timeml_doc(dn, name);
			buf_reset(&dn->doc);
		}
		if (text || (c->len > 0 && c->p[0] == '\0'))
			buf_add(&dn->out.b, c->p, c->len);
		dn_reset_doc(dn->e);
		dn->tid = 0;
		dn->ndoc++;
		break;
	}
}

#define HOLD_PARAS 3  /* a dateline is in a document's first three */
#define HOLD_MAX 4096 /* paragraphs, a title and a dateline are short */

/* Write the chunks held, in order; the document's date, when their
 * dateline gave it, anchors those above it. */
static void
release(struct datenorm *dn, const char *name)
{
	for (size_t k = 0; k < dn->held.n; k++)
		process(dn, name, hold_nth(&dn->held, k));
	hold_end(&dn->held);
}

/*
 * Hold c, one of a document's first paragraphs (or the gap after one),
 * while the document has no date: "Storm hits coast today" above "Friday,
 * January 4, 2019" means January 4.  The probe engine scans each ahead;
 * at the dateline, or after HOLD_PARAS paragraphs, all are released.
 * Returns 0 when c is not for holding: nothing is held then.
 */
static int
hold(struct datenorm *dn, const char *name, const struct chunk *c)
{
	const struct dn_timex *x;
	size_t n, k;
	int y, m, d, paras_before = dn->paras;

	if (c->kind == CHUNK_GAP && dn->held.on)
		goto keep;
	if (c->kind != CHUNK_PARA || dn->timeml || dn->co.line_buffered ||
	    dn->co.jsonl || dn->paras >= HOLD_PARAS || c->cont || c->more ||
	    c->len > HOLD_MAX || dn_doc_date(dn->e, &y, &m, &d)) {
		release(dn, name);
		if (c->kind == CHUNK_PARA)
			dn->paras = HOLD_PARAS;
		return 0;
	}
	dn->paras++;
	view_build(&dn->v, c->p, c->len, dn->co.raw);
	n = dn_scan(dn->probe, dn->v.text, dn->v.len, &x);
	for (k = 0; k < n && !x[k].dct; k++)
		;
	if (k < n) {
		/* the dateline: what is above it counts from it */
		if (paras_before > 0 &&
		    dn_parse_ref(x[k].value, &y, &m, &d) == 0)
			dn_set_doc_date_ahead(dn->e, y, m, d);
		release(dn, name);
		dn->paras = HOLD_PARAS;
		return 0;
	}
keep:
	hold_add(&dn->held, name, c);
	if (dn->paras >= HOLD_PARAS)
		release(dn, name);
	return 1;
}

/*
 * A document's first line may carry its date the way TimeML writes a
 * document's creation time, as a TIMEX3 with
 * functionInDocument="CREATION_TIME" alone on the line:
 *
 *   <TIMEX3 tid="t0" type="DATE" value="2019-02-11"
 *   functionInDocument="CREATION_TIME">February 11, 2019</TIMEX3>
 *
 * (one line).  Its value is the document's date unless --ref or the
 * record's --ref-field gave one; it is listed as a record of type DCT.
 */
static void
dct_line(struct datenorm *dn, const char *name, const struct chunk *c)
{
	const struct tagpair *tp;
	size_t end;
	int y, m, d;

	if (!c->may_tag || dn->co.raw || dn->timeml ||
	    dn_doc_date(dn->e, &y, &m, &d))
		return;
	view_build(&dn->v, c->p, c->len, 0);
	if (dn->v.npairs == 0)
		return;
	tp = &dn->v.pairs[0];
	end = dn->v.tags[tp->close_tag].end;
	if (tp->name != TAG_TIMEX3 || dn->v.tags[tp->open_tag].start != 0 ||
	    (end < c->len && c->p[end] != '\n' &&
	        !(c->p[end] == '\r' && end + 1 < c->len &&
	            c->p[end + 1] == '\n')))
		return;
	buf_reset(&dn->attrs);
	if (!tag_attr(&dn->v, &dn->v.tags[tp->open_tag], "functionInDocument",
	        &dn->attrs) ||
	    dn->attrs.len != 13 ||
	    memcmp(dn->attrs.p, "CREATION_TIME", 13) != 0)
		return;
	buf_reset(&dn->attrs);
	tag_attr(&dn->v, &dn->v.tags[tp->open_tag], "value", &dn->attrs);
	buf_addc(&dn->attrs, '\0');
	if (dn_parse_ref((const char *)dn->attrs.p, &y, &m, &d) < 0) {
		warnmsg("%s: invalid document date '%s' at byte %zu (want "
		        "YYYY-MM-DD)",
		    name, (const char *)dn->attrs.p, c->off);
		dn->status = NU_EXIT_TROUBLE;
		return;
	}
	dn_set_doc_date(dn->e, y, m, d);
	dn->dl.on = 1;
	dn->dl.start = tp->start;
	dn->dl.end = tp->end;
	snprintf(dn->dl.value, sizeof dn->dl.value, "%04d-%02d-%02d", y, m, d);
}

static void
chunk(void *ctx, const char *name, const struct chunk *c)
{
	struct datenorm *dn = ctx;

	if (c->kind == CHUNK_PARA && !dn->begun) {
		dn->begun = 1;
		dct_line(dn, name, c);
	}
	if (c->kind == CHUNK_DOCEND) {
		release(dn, name);
		dn_reset_doc(dn->probe);
		dn->paras = 0;
		dn->begun = 0;
		dn->dl.on = 0;
	} else if (hold(dn, name, c)) {
		return;
	}
	process(dn, name, c);
}

int
main(int argc, char **argv)
{
	static struct datenorm dn;
	struct cli c = {
		.synopsis = "[OPTION]... [FILE]...",
		.purpose =
		    "Find dates, times, durations and sets and normalize "
		    "them to TimeML TIMEX3.",
		.own_help =
		    "      --ref=DATE         anchor relative expressions on DATE "
		    "(YYYY-MM-DD or now)\n"
		    "      --ref-field=NAME   with --jsonl, a record's date is "
		    "its key NAME (ISO 8601)\n"
		    "      --replace          write the value in place of each "
		    "expression\n"
		    "      --timeml           read and write TimeML documents "
		    "(anchor: the DCT)\n",
		.more_help =
		    "Without --ref the anchor is the document's date: the DCT "
		    "of --timeml input,\na first line TIMEX3 of "
		    "functionInDocument=\"CREATION_TIME\", or a dateline\nin "
		    "its first lines (listed as a record of type DCT); "
		    "unknown parts of a\nvalue are written X.  TSV columns: "
		    "file start end type value text.\n",
		.formats = "inline,tsv,jsonl",
		.default_format = FMT_INLINE,
		.short_opts = "",
		.long_opts = long_opts,
		.handle = handle,
		.ctx = &dn,
	};
	struct input_opts io;
	struct filter f = {
		.chunk = chunk, .ctx = &dn, .jsonl_key = "timexes"
	};
	int first, status;

	set_progname(argv[0]);
	dn.e = dn_new();
	dn.probe = dn_new();
	if (!dn.e)
		die("out of memory");
	first = cli_parse(argc, argv, &c, &dn.co);
	if (dn.replace && dn.co.jsonl)
		option_ignored("--replace", "with --jsonl");
	if (dn.replace && dn.co.format != FMT_INLINE)
		option_ignored("--replace",
		    dn.co.format == FMT_TSV ? "with -f tsv" : "with -f jsonl");
	/* --timeml reads whole documents, its markup its own */
	if (dn.ref_field && !dn.co.jsonl)
		option_ignored("--ref-field", "without --jsonl");
	if (dn.ref_field) {
		f.record_field = dn.ref_field;
		f.record_begin = record_begin;
	}
	if (dn.timeml && dn.replace)
		option_ignored("--replace", "with --timeml");
	if (dn.timeml && dn.co.lines)
		option_ignored("-l", "with --timeml");
	if (dn.timeml && dn.co.raw)
		option_ignored("--raw", "with --timeml");
	input_opts_from(&io, &dn.co);
	out_init(&dn.out, dn.co.line_buffered);
	if (dn.co.header && dn.co.format == FMT_TSV)
		buf_adds(&dn.out.b, "file\tstart\tend\ttype\tvalue\ttext\n");
	status = drive(argc - first, argv + first, &dn.co, &io, &f, &dn.out);
	view_free(&dn.v);
	free(dn.nt);
	free(dn.open);
	buf_free(&dn.doc);
	buf_free(&dn.attrs);
	hold_free(&dn.held);
	dn_free(dn.probe);
	dn_free(dn.e);
	return status ? status : dn.status;
}
