/* quotepull - direct quotations and their speakers */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"
#include "holdback.h"
#include "lexicon.h"
#include "markup.h"
#include "msg.h"
#include "utf8.h"
#include "qp.h"
#include "xalloc.h"

#define RUN_PARAS 4

struct quotepull {
	struct common_opts co;
	struct qp_engine *qp;
	struct view v;
	struct qp_ent *ents;
	size_t capents;
	struct newtag *tags;
	size_t captags;
	struct buf tmp, attrs;
	struct out out;
	/* A headline whose speaker is only a title ("Minister says …") is held
	 * back a few paragraphs, until the body names the person; what is
	 * written meanwhile waits in pend. */
	int para;             /* paragraphs of the document so far */
	struct holdback hold; /* the headline; pend in hold.after */
	struct qp_quote *hold_q;
	size_t hold_n;
	/* The paragraphs of a quotation running on with its speaker not
	 * named yet ("\"First.\n\n\"Second,\" said Ann Lee."), held until
	 * the run names one. */
	struct held {
		struct holdback h;
		struct qp_quote *q;
		size_t n;
	} run[RUN_PARAS];
	int nrun;
	int run_quoted; /* the run is of quoted paragraphs (quoted_paragraph) */
	/* The paragraphs that can give no quotation (qp_no_quotes), not
	 * read by the engine yet: they only add names, and those matter only
	 * if a later paragraph of the document has a quotation.  Most
	 * documents end with a run of them, never read. */
	struct holdback later;
	/* Of each paragraph in later: bit 0, it ends a run (QP_NQ_COLON, or
	 * past LATER_BYTES since the last end), read as one that may give a
	 * quotation would be; bit 1, qp_names_only (later_read) */
	unsigned char *later_fl;
	size_t cap_fl;
	size_t run_bytes;     /* of later since the last run's end */
	struct lexicon verbs; /* --verbs */
	int have_verbs;
	const struct chunk *cur; /* the paragraph the engine reads */
};

#define HOLD_PARAS 3
#define LATER_BYTES 16384            /* at most this many bytes in a run */
#define LATER_HOLD (2 * LATER_BYTES) /* and in all runs unread */

static const char *const kind_name[] = { "full", "partial", "headline" };
static const char *const speaker_kind_name[] = { "", "person", "group",
	"organisation" };

static const struct option long_opts[] = { { "verbs", required_argument, NULL,
	                                       CLI_OWN_OPTION },
	{ NULL, 0, NULL, 0 } };

static int
handle(int opt, const char *arg, void *ctx)
{
	struct quotepull *qp = ctx;

	if (opt != CLI_OWN_OPTION)
		return -1;
	if (qp->have_verbs)
		lexicon_free(&qp->verbs);
	if (lexicon_load(&qp->verbs, arg, 1, 0) != 0)
		die("%s: %s", arg, strerror(errno));
	qp->have_verbs = 1;
	return 0;
}

/* The engine's origin: a position of the paragraph it reads as a file
 * offset. */
static size_t
doc_pos(void *ctx, size_t pos)
{
	struct quotepull *qp = ctx;

	return qp->cur->off + view_orig(&qp->v, pos);
}

static void
put_json_doc_pos(struct buf *b, const char *key, size_t pos)
{
	buf_adds(b, ",\"");
	buf_adds(b, key);
	buf_adds(b, "\":");
	if (pos == QP_NOPOS)
		buf_adds(b, "null");
	else
		buf_add_size(b, pos);
}

/* The tag pairs of the view for the engine: <PER>/<ORG> as speaker
 * candidates, <LOC>/<MISC> as names that speak only when nothing else
 * can (a tagger's "<LOC>Hatice Cengiz</LOC>" must not hide a speaker),
 * <TIMEX3> as words that are no names. */
static size_t
view_ents(struct quotepull *qp)
{
	size_t n = 0;

	if (qp->v.npairs > qp->capents) {
		qp->capents = qp->v.npairs;
		qp->ents = xreallocarray(
		    qp->ents, qp->capents, sizeof *qp->ents);
	}
	for (size_t i = 0; i < qp->v.npairs; i++) {
		const struct tagpair *tp = &qp->v.pairs[i];
		if (tp->name == TAG_QUOTE)
			continue;
		qp->ents[n].start = tp->start;
		qp->ents[n].end = tp->end;
		qp->ents[n].type = tp->name == TAG_PER            ? QP_PER
		    : tp->name == TAG_ORG                         ? QP_ORG
		    : tp->name == TAG_LOC || tp->name == TAG_MISC ? QP_PLACE
		                                                  : QP_OTHER;
		n++;
	}
	return n;
}

static void
put_json_pos(struct buf *b, const char *key, const struct chunk *c, size_t pos)
{
	buf_adds(b, ",\"");
	buf_adds(b, key);
	buf_adds(b, "\":");
	if (pos == QP_NOPOS) {
		buf_adds(b, "null");
		return;
	}
	buf_add_size(b, c->toff + pos);
}

/* One quotation as a record (text, tsv or json). */
static void
put_quote(struct quotepull *qp, struct buf *b, const char *name,
    const struct chunk *c, const struct qp_quote *q)
{
	const struct view *v = &qp->v;
	int json;

	buf_reset(&qp->tmp);
	collapse_space(
	    &qp->tmp, v->text + q->text_start, q->text_end - q->text_start);
	switch (qp->co.format) {
	case FMT_TSV:
	case FMT_JSON:
		json = qp->co.format == FMT_JSON;
		record_head(
		    b, json, name, c->toff + q->start, c->toff + q->end);
		record_str(b, json, "speaker", q->speaker);
		record_field(b, json, "quote", qp->tmp.p, qp->tmp.len);
		if (!json)
			break;
		if (q->cue == NULL) {
			/* a quotation tagged in the input: only its speaker is known */
			buf_adds(b,
			    ",\"cue\":null,\"mention\":null,\"mention_start\":null,"
			    "\"mention_end\":null,\"kind\":null,\"continued\":null,"
			    "\"continues\":null}");
			break;
		}
		record_str(b, json, "cue", q->cue);
		record_str(b, json, "mention", q->mention);
		put_json_pos(b, "mention_start", c, q->mention_start);
		put_json_pos(b, "mention_end", c, q->mention_end);
		record_str(b, json, "kind", kind_name[q->kind]);
		record_str(b, json, "speaker_kind",
		    speaker_kind_name[q->speaker_kind]);
		put_json_doc_pos(b, "speaker_start", q->speaker_start);
		put_json_doc_pos(b, "speaker_end", q->speaker_end);
		buf_adds(b,
		    q->cont_before ? ",\"continued\":true"
		                   : ",\"continued\":false");
		buf_adds(b,
		    q->cont_after ? ",\"continues\":true}"
		                  : ",\"continues\":false}");
		break;
	default:
		tsv_escape(
		    b, (const unsigned char *)q->speaker, strlen(q->speaker));
		buf_addc(b, '\t');
		tsv_escape(b, qp->tmp.p, qp->tmp.len);
	}
	buf_addc(b, '\n');
	if (b == &qp->out.b)
		out_record(&qp->out);
}

/* Does quotation q overlap one tagged in the input?  Those stay as they
 * are: quotepull -f inline run twice tags each quotation once. */
static int
quoted_before(const struct view *v, const struct qp_quote *q)
{
	for (size_t k = 0; k < v->npairs && v->pairs[k].start < q->end; k++)
		if (v->pairs[k].name == TAG_QUOTE && v->pairs[k].end > q->start)
			return 1;
	return 0;
}

/* A quotation tagged in the input, as the engine would give it: the text
 * between its marks, a trailing comma dropped; its speaker as tagged. */
static void
put_old(struct quotepull *qp, struct buf *b, const char *name,
    const struct chunk *c, const struct tagpair *tp)
{
	const unsigned char *s = qp->v.text;
	struct qp_quote q = { .start = tp->start,
		.end = tp->end,
		.text_start = tp->start,
		.text_end = tp->end,
		.mention_start = QP_NOPOS,
		.mention_end = QP_NOPOS };
	size_t at, len;
	int32_t cp;

	len = u8_decode(s + q.text_start, q.text_end - q.text_start, &cp);
	if (q.text_end > q.text_start && u8_isopen(cp))
		q.text_start += len;
	at = q.text_end > q.text_start ? u8_prev(s, q.text_end, &cp)
	                               : q.text_end;
	if (at >= q.text_start && q.text_end > q.text_start && u8_isclose(cp))
		q.text_end = at;
	if (q.text_end > q.text_start && s[q.text_end - 1] == ',')
		q.text_end--;
	while (q.text_end > q.text_start &&
	    (s[q.text_end - 1] == ' ' || s[q.text_end - 1] == '\n' ||
	        s[q.text_end - 1] == '\r' || s[q.text_end - 1] == '\t'))
		q.text_end--;
	buf_reset(&qp->attrs);
	tag_attr(&qp->v, &qp->v.tags[tp->open_tag], "speaker", &qp->attrs);
	buf_addc(&qp->attrs, '\0');
	q.speaker = (const char *)qp->attrs.p;
	put_quote(qp, b, name, c, &q);
}

/* The paragraph with <QUOTE speaker="..."> tags inserted around the
 * quotations not tagged yet. */
static void
put_inline(
    struct quotepull *qp, struct buf *b, const struct qp_quote *q, size_t n)
{
	size_t off, nt = 0;

	if (n > qp->captags) {
		qp->captags = n;
		qp->tags = xreallocarray(qp->tags, n, sizeof *qp->tags);
	}
	/* the open tags live in one buffer: offsets first, pointers after */
	buf_reset(&qp->attrs);
	for (size_t i = 0; i < n; i++) {
		if (quoted_before(&qp->v, &q[i]))
			continue;
		qp->tags[nt].start = q[i].start;
		qp->tags[nt].end = q[i].end;
		qp->tags[nt].open = (const char *)(uintptr_t)qp->attrs.len;
		qp->tags[nt].close = "</QUOTE>";
		buf_adds(&qp->attrs, "<QUOTE speaker=\"");
		markup_escape_attr(&qp->attrs,
		    (const unsigned char *)q[i].speaker, strlen(q[i].speaker));
		buf_adds(&qp->attrs, "\">");
		buf_addc(&qp->attrs, '\0');
		nt++;
	}
	for (size_t i = 0; i < nt; i++) {
		off = (size_t)(uintptr_t)qp->tags[i].open;
		qp->tags[i].open = (const char *)qp->attrs.p + off;
	}
	view_insert(&qp->v, qp->tags, nt, b);
}

/* Write a paragraph's quotations (the view is built) to b, with those
 * tagged in the input. */
static void
put_paragraph(struct quotepull *qp, struct buf *b, const char *name,
    const struct chunk *c, const struct qp_quote *q, size_t n)
{
	const struct tagpair *old;
	size_t k = 0;

	qp->out.found += n;
	if (qp->co.format == FMT_INLINE) {
		put_inline(qp, b, q, n);
		if (b == &qp->out.b)
			out_record(&qp->out);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (quoted_before(&qp->v, &q[i]))
			continue;
		while ((old = view_next_pair(
		            &qp->v, 1u << TAG_QUOTE, &k, q[i].start)) != NULL)
			put_old(qp, b, name, c, old);
		put_quote(qp, b, name, c, &q[i]);
	}
	while ((old = view_next_pair(
	            &qp->v, 1u << TAG_QUOTE, &k, (size_t)-1)) != NULL)
		put_old(qp, b, name, c, old);
}

/* A copy of the records q[0..n), their strings with them. */
static struct qp_quote *
copy_quotes(const struct qp_quote *q, size_t n)
{
	struct qp_quote *c = xreallocarray(NULL, n ? n : 1, sizeof *c);

	for (size_t i = 0; i < n; i++) {
		c[i] = q[i];
		c[i].speaker = xstrdup(q[i].speaker);
		c[i].mention = xstrdup(q[i].mention);
		c[i].cue = xstrdup(q[i].cue);
		c[i].role = xstrdup(q[i].role);
	}
	return c;
}

static void
free_quotes(struct qp_quote *q, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free((char *)q[i].speaker);
		free((char *)q[i].mention);
		free((char *)q[i].cue);
		free((char *)q[i].role);
	}
	free(q);
}

/* Keep the headline and its quotations for later. */
static void
hold_headline(struct quotepull *qp, const char *name, const struct chunk *c,
    const struct qp_quote *q, size_t n)
{
	hold_start(&qp->hold, name, c);
	qp->hold_q = copy_quotes(q, n);
	qp->hold_n = n;
}

/* Are the held headline's titles all named by now? */
static int
hold_named(struct quotepull *qp)
{
	for (size_t i = 0; i < qp->hold_n; i++)
		if (qp->hold_q[i].role[0] &&
		    !qp_named(qp->qp, qp->hold_q[i].role))
			return 0;
	return 1;
}

/* Write the held headline, with the names found since, then what waited. */
static void
release_headline(struct quotepull *qp)
{
	const struct chunk *c;

	if (!qp->hold.on)
		return;
	c = hold_chunk(&qp->hold);
	for (size_t i = 0; i < qp->hold_n; i++) {
		struct qp_quote *h = &qp->hold_q[i];
		const char *who = h->role[0] ? qp_named(qp->qp, h->role) : NULL;
		if (who) {
			free((char *)h->speaker);
			h->speaker = xstrdup(who);
		}
	}
	view_build(&qp->v, c->p, c->len, qp->co.raw);
	put_paragraph(qp, &qp->out.b, qp->hold.name, c, qp->hold_q, qp->hold_n);
	buf_add(&qp->out.b, qp->hold.after.p, qp->hold.after.len);
	out_record(&qp->out);
	free_quotes(qp->hold_q, qp->hold_n);
	qp->hold_q = NULL;
	qp->hold_n = 0;
	hold_end(&qp->hold);
}

/* Write the held paragraphs of a running quotation, its pieces with no
 * speaker given who (or left as they are when who is NULL). */
static void
release_run(struct quotepull *qp, const struct qp_quote *who)
{
	for (int k = 0; k < qp->nrun; k++) {
		struct held *r = &qp->run[k];
		const struct chunk *c = hold_chunk(&r->h);
		for (size_t i = 0; who && i < r->n; i++) {
			struct qp_quote *h = &r->q[i];
			if (h->guessed && qp->run_quoted) {
				free((char *)h->speaker);
				free((char *)h->mention);
				h->speaker = xstrdup(who->speaker);
				h->mention = xstrdup("");
				h->mention_start = h->mention_end = QP_NOPOS;
				h->speaker_kind = who->speaker_kind;
				h->speaker_start = who->speaker_start;
				h->speaker_end = who->speaker_end;
			} else if (!h->speaker[0] &&
			    (h->cont_after || h->cont_before)) {
				free((char *)h->speaker);
				h->speaker = xstrdup(who->speaker);
			}
		}
		view_build(&qp->v, c->p, c->len, qp->co.raw);
		put_paragraph(qp, &qp->out.b, r->h.name, c, r->q, r->n);
		buf_add(&qp->out.b, r->h.after.p, r->h.after.len);
		out_record(&qp->out);
		free_quotes(r->q, r->n);
		r->q = NULL;
		hold_end(&r->h);
	}
	qp->nrun = 0;
}

/* Is the paragraph nothing but quotations with no cue and no speaker
 * near ("\"We trained every day.\"")?  Its speaker may be named by the
 * paragraph after. */
static int
quoted_paragraph(const struct quotepull *qp, const struct qp_quote *q, size_t n)
{
	size_t end = qp->v.len;

	while (end > 0 &&
	    (qp->v.text[end - 1] == '\n' || qp->v.text[end - 1] == ' ' ||
	        qp->v.text[end - 1] == '\r'))
		end--;
	if (n == 0 || q[0].start != 0 || q[n - 1].end != end)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!q[i].guessed || q[i].kind != QP_FULL)
			return 0;
	return 1;
}

/* Hold paragraph c while its quotation runs on with no speaker yet, or
 * give the held ones the speaker the run names: "\"We will rebuild.\n\n
 * \"It takes time,\" said Ann Lee." Returns whether c is held. */
static int
run_on(struct quotepull *qp, const char *name, const struct chunk *c,
    const struct qp_quote *q, size_t n)
{
	int open = n > 0 && q[n - 1].cont_after && !q[n - 1].speaker[0];
	int quoted = !open && !qp->co.line_buffered &&
	    quoted_paragraph(qp, q, n);

	if (qp->nrun > 0) {
		/* whether c goes on with the run, and the quotation naming
		 * its speaker */
		int held = 0, ended = 0,
		    *goes = qp->run_quoted ? &quoted : &open;
		const struct qp_quote *names = NULL;
		if (qp->run_quoted) {
			/* "\"We trained every day.\"\n\n\"We won,\" said Ann
			 * Lee.": a paragraph opening with a quotation whose
			 * speaker it names names the run's */
			if (n > 0 && q[0].start == 0 && !q[0].guessed &&
			    q[0].speaker[0] && q[0].mention_start != QP_NOPOS)
				names = &q[0];
		} else {
			ended = n == 0 || !q[0].cont_before;
			if (!ended && q[0].speaker[0])
				names = &q[0];
		}
		if (ended) {
			release_run(qp, NULL); /* the run ended unnamed */
		} else if (names) {
			release_run(qp, names);
			*goes = 0;
		} else if (!*goes || qp->nrun == RUN_PARAS ||
		    !hold_fits(&qp->run[0].h, c->len, qp->co.cap)) {
			release_run(qp, NULL);
			*goes = 0;
		} else {
			held = 1;
		}
		if (!held) /* the held ones' views were built over this one's */
			view_build(&qp->v, c->p, c->len, qp->co.raw);
	}
	if (!(open || quoted) || qp->hold.on)
		return 0;
	qp->run_quoted = quoted;
	hold_start(&qp->run[qp->nrun].h, name, c);
	qp->run[qp->nrun].q = copy_quotes(q, n);
	qp->run[qp->nrun++].n = n;
	return 1;
}

/* Let the engine read the first upto paragraphs kept unread, in order
 * (they give no quotation); the view is theirs afterwards.  Those of a
 * run with two more of it after them only add names (qp_names_only): the
 * paragraphs after a run's end are as after one the engine read at once. */
static void
later_read(struct quotepull *qp, size_t upto)
{
	const struct qp_quote *q;
	unsigned char *fl = qp->later_fl;
	size_t n = qp->later.n, after = 0;

	for (size_t i = n; i-- > 0;) {
		fl[i] &= 1;
		if (fl[i])
			after = 0;
		else
			fl[i] |= (unsigned char)((after++ >= 2) << 1);
	}
	for (size_t i = 0; i < upto; i++) {
		const struct chunk *c = hold_nth(&qp->later, i);
		view_build(&qp->v, c->p, c->len, qp->co.raw);
		qp->cur = c;
		qp_names_only(qp->qp, fl[i] >> 1);
		qp_paragraph(
		    qp->qp, qp->v.text, qp->v.len, qp->ents, view_ents(qp), &q);
	}
	qp_names_only(qp->qp, 0);
	if (upto < n) { /* the rest stays unread, moved to the front */
		struct holdback *h = &qp->later;
		size_t at = h->held[upto].at;

		memmove(h->text.p, h->text.p + at, h->text.len - at);
		h->text.len -= at;
		for (size_t i = upto; i < n; i++) {
			h->held[i - upto] = h->held[i];
			h->held[i - upto].at -= at;
		}
		h->n = n - upto;
		memmove(fl, fl + upto, n - upto);
	} else {
		hold_end(&qp->later);
	}
}

/* Keep paragraph c unread by the engine (it can give no quotation), if
 * it fits in LATER_HOLD, the runs that ended read first when need be;
 * colon: qp_no_quotes said QP_NQ_COLON.  Then the view is c's. */
static int
later_keep(
    struct quotepull *qp, const char *name, const struct chunk *c, int colon)
{
	int ends = colon || qp->run_bytes + c->len > LATER_BYTES;

	if (!hold_fits(&qp->later, c->len, LATER_HOLD)) {
		size_t k = qp->later.n;
		if (ends)
			return 0; /* read at once, after all the runs */
		/* the runs that ended, then this one's bytes fit */
		while (k > 0 && !(qp->later_fl[k - 1] & 1))
			k--;
		later_read(qp, k);
		view_build(&qp->v, c->p, c->len, qp->co.raw);
	}
	if (qp->later.n == qp->cap_fl) {
		qp->cap_fl = qp->cap_fl ? 2 * qp->cap_fl : 64;
		qp->later_fl = xrealloc(qp->later_fl, qp->cap_fl);
	}
	qp->later_fl[qp->later.n] = (unsigned char)ends;
	hold_add(&qp->later, name, c);
	qp->run_bytes = ends ? 0 : qp->run_bytes + c->len;
	return 1;
}

static void
paragraph(struct quotepull *qp, const char *name, const struct chunk *c)
{
	const struct qp_quote *q = NULL;
	size_t n = 0, ne;
	int hold = 0, nq;

	view_build(&qp->v, c->p, c->len, qp->co.raw);
	/* a held headline asks the engine for names after each paragraph */
	nq = qp->hold.on ? 0 : qp_no_quotes(qp->v.text, qp->v.len);
	if (!nq || !later_keep(qp, name, c, nq == QP_NQ_COLON)) {
		if (qp->later.n) {
			later_read(qp, qp->later.n);
			view_build(&qp->v, c->p, c->len, qp->co.raw);
		}
		qp->run_bytes = 0;
		qp->cur = c;
		ne = view_ents(qp);
		n = qp_paragraph(
		    qp->qp, qp->v.text, qp->v.len, qp->ents, ne, &q);
	}
	/* not on a live feed (--line-buffered): each line's answer now */
	if (qp->para++ == 0 && !qp->co.line_buffered)
		for (size_t i = 0; i < n; i++)
			hold |= q[i].kind == QP_HEADLINE && q[i].role[0];
	if (hold) {
		hold_headline(qp, name, c, q, n);
		return;
	}
	if (run_on(qp, name, c, q, n))
		return;
	put_paragraph(
	    qp, qp->hold.on ? &qp->hold.after : &qp->out.b, name, c, q, n);
	if (qp->hold.on && (++qp->hold.paras >= HOLD_PARAS || hold_named(qp)))
		release_headline(qp);
}

static void
chunk(void *ctx, const char *name, const struct chunk *c)
{
	struct quotepull *qp = ctx;
	struct buf *b = &qp->out.b;

	switch (c->kind) {
	case CHUNK_PARA:
		paragraph(qp, name, c);
		break;
	case CHUNK_GAP:
	case CHUNK_BOM:
		if (qp->co.format == FMT_INLINE)
			buf_add(qp->nrun      ? &qp->run[qp->nrun - 1].h.after
			        : qp->hold.on ? &qp->hold.after
			                      : b,
			    c->p, c->len);
		break;
	case CHUNK_DOCEND:
		release_headline(qp);
		release_run(qp, NULL);
		hold_end(&qp->later);
		qp->run_bytes = 0;
		qp_reset(qp->qp);
		qp->para = 0;
		if (c->len == 0)
			break;
		/* separators stay, so a run split on documents joins up */
		if (qp->co.format == FMT_INLINE ||
		    (qp->co.format == FMT_TEXT && c->p[0] == '\f')) {
			buf_add(b, c->p, c->len);
			if (qp->co.format == FMT_TEXT &&
			    c->p[c->len - 1] != '\n')
				buf_addc(b, '\n');
		} else if (c->p[0] == '\0') {
			buf_addc(b, '\0');
		}
		out_record(&qp->out);
		break;
	}
}

int
main(int argc, char **argv)
{
	static struct quotepull qp;
	struct cli c = {
		.synopsis = "[OPTION]... [FILE]...",
		.purpose = "Pull out direct quotations with their speakers.",
		.own_help =
		    "      --verbs=FILE       add the speech verbs in FILE (one word form a line)\n",
		.more_help =
		    "Default output: speaker TAB quote, one quotation a line.\n"
		    "TSV columns: file start end speaker quote; -f inline wraps each\n"
		    "quotation in <QUOTE speaker=\"...\">...</QUOTE>.\n",
		.formats = "text,tsv,jsonl,inline",
		.default_format = FMT_TEXT,
		.short_opts = "",
		.long_opts = long_opts,
		.handle = handle,
		.ctx = &qp,
	};
	struct input_opts io;
	struct filter f = { .chunk = chunk, .ctx = &qp, .jsonl_key = "quotes" };
	int first, status;

	set_progname(argv[0]);
	first = cli_parse(argc, argv, &c, &qp.co);
	input_opts_from(&io, &qp.co);
	out_init(&qp.out, qp.co.line_buffered);
	if (qp.co.header && qp.co.format == FMT_TSV)
		buf_adds(&qp.out.b, "file\tstart\tend\tspeaker\tquote\n");
	qp.qp = qp_new();
	qp_set_origin(qp.qp, doc_pos, &qp);
	if (qp.have_verbs)
		qp_set_verbs(qp.qp, &qp.verbs);
	status = drive(argc - first, argv + first, &qp.co, &io, &f, &qp.out);
	qp_free(qp.qp);
	view_free(&qp.v);
	buf_free(&qp.tmp);
	buf_free(&qp.attrs);
	hold_free(&qp.hold);
	hold_free(&qp.later);
	free(qp.later_fl);
	for (int k = 0; k < RUN_PARAS; k++)
		hold_free(&qp.run[k].h);
	free(qp.ents);
	free(qp.tags);
	if (qp.have_verbs)
		lexicon_free(&qp.verbs);
	return status;
}
