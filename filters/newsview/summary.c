/* summary.c - one document's summary: names, timeline, quotations */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "nv.h"
#include "output.h"
#include "summary.h"
#include "xalloc.h"

/* a quotation's excerpt in the summary: about this many bytes */
#define EXCERPT 120
/* a first paragraph this long or shorter is the document's headline */
#define TITLE_MAX 200

static const char *const type_names[] = { "PER", "ORG", "LOC", "MISC" };
static const char *const type_heads[] = {
	"People",
	"Organisations",
	"Places",
	"Other names",
};
#define NTYPES 4

struct name {
	int type;
	size_t str; /* offset in strs, NUL-terminated */
	size_t count;
	size_t first; /* the first mention's number */
};

struct timex {
	size_t type, value, text; /* offsets in strs */
	size_t id;
};

struct quote {
	size_t speaker, text;
	size_t id;
};

struct nv_doc {
	size_t article;
	struct buf body;
	struct buf strs; /* the strings of the lists below */
	struct name *names;
	size_t nnames, capnames;
	size_t *slots; /* hash of names: index + 1, or 0 */
	size_t nslots;
	struct timex *tx;
	size_t ntx, captx;
	struct quote *q;
	size_t nq, capq;
	size_t nent, nsent;
	size_t title; /* the first paragraph's text, in strs */
	int titled;
};

struct nv_doc *
nv_doc_new(void)
{
	struct nv_doc *d = xcalloc(1, sizeof *d);

	d->article = 1;
	return d;
}

void
nv_doc_free(struct nv_doc *d)
{
	if (d == NULL)
		return;
	buf_free(&d->body);
	buf_free(&d->strs);
	free(d->names);
	free(d->slots);
	free(d->tx);
	free(d->q);
	free(d);
}

struct buf *
doc_body(struct nv_doc *d)
{
	return &d->body;
}

size_t
doc_number(const struct nv_doc *d)
{
	return d->article;
}

int
doc_empty(const struct nv_doc *d)
{
	return d->body.len == 0;
}

void
doc_next(struct nv_doc *d)
{
	buf_reset(&d->body);
	buf_reset(&d->strs);
	d->nnames = d->ntx = d->nq = d->nent = d->nsent = 0;
	d->titled = 0;
	if (d->slots)
		memset(d->slots, 0, d->nslots * sizeof *d->slots);
	d->article++;
}

/* s[0..n), white space runs as one space, NUL-terminated, into strs. */
static size_t
add_str(struct nv_doc *d, const unsigned char *s, size_t n)
{
	size_t at = d->strs.len;

	collapse_space(&d->strs, s, n);
	buf_addc(&d->strs, '\0');
	return at;
}

static const char *
str(const struct nv_doc *d, size_t at)
{
	return (const char *)d->strs.p + at;
}

static size_t
hash(int type, const char *s)
{
	size_t h = 2166136261u + (size_t)type;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
rehash(struct nv_doc *d)
{
	free(d->slots);
	d->nslots = d->nslots ? d->nslots * 2 : 64;
	d->slots = xcalloc(d->nslots, sizeof *d->slots);
	for (size_t i = 0; i < d->nnames; i++) {
		size_t h = hash(d->names[i].type, str(d, d->names[i].str)) &
		    (d->nslots - 1);
		while (d->slots[h])
			h = (h + 1) & (d->nslots - 1);
		d->slots[h] = i + 1;
	}
}

size_t
doc_entity(
    struct nv_doc *d, const char *type, const unsigned char *text, size_t len)
{
	size_t at = d->strs.len, h;
	int t;

	for (t = 0; t < NTYPES - 1; t++)
		if (strcmp(type, type_names[t]) == 0)
			break;
	d->nent++;
	add_str(d, text, len);
	if (2 * (d->nnames + 1) > d->nslots)
		rehash(d);
	h = hash(t, str(d, at)) & (d->nslots - 1);
	for (; d->slots[h]; h = (h + 1) & (d->nslots - 1)) {
		struct name *nm = &d->names[d->slots[h] - 1];

		if (nm->type == t && strcmp(str(d, nm->str), str(d, at)) == 0) {
			nm->count++;
			d->strs.len = at;
			return d->nent;
		}
	}
	if (d->nnames == d->capnames) {
		d->capnames = d->capnames ? d->capnames * 2 : 32;
		d->names = xreallocarray(
		    d->names, d->capnames, sizeof *d->names);
	}
	d->names[d->nnames] = (struct name){ t, at, 1, d->nent };
	d->slots[h] = ++d->nnames;
	return d->nent;
}

size_t
doc_timex(struct nv_doc *d, const char *type, const char *value,
    const unsigned char *text, size_t len)
{
	struct timex *x;

	if (d->ntx == d->captx) {
		d->captx = d->captx ? d->captx * 2 : 16;
		d->tx = xreallocarray(d->tx, d->captx, sizeof *d->tx);
	}
	x = &d->tx[d->ntx++];
	x->type = add_str(d, (const unsigned char *)(type ? type : ""),
	    type ? strlen(type) : 0);
	x->value = add_str(d, (const unsigned char *)(value ? value : ""),
	    value ? strlen(value) : 0);
	x->text = add_str(d, text, len);
	x->id = d->ntx;
	return x->id;
}

size_t
doc_quote(struct nv_doc *d, const char *speaker, const unsigned char *text,
    size_t len)
{
	struct quote *q;
	size_t cut = len;

	if (d->nq == d->capq) {
		d->capq = d->capq ? d->capq * 2 : 16;
		d->q = xreallocarray(d->q, d->capq, sizeof *d->q);
	}
	q = &d->q[d->nq++];
	q->speaker = add_str(d, (const unsigned char *)(speaker ? speaker : ""),
	    speaker ? strlen(speaker) : 0);
	if (cut > EXCERPT) {
		/* at a space, else at a character boundary */
		cut = EXCERPT;
		while (cut > EXCERPT / 2 && text[cut] != ' ')
			cut--;
		if (text[cut] != ' ')
			for (cut = EXCERPT;
			     cut > 0 && (text[cut] & 0xC0) == 0x80; cut--)
				;
	}
	q->text = add_str(d, text, cut);
	if (cut < len) {
		d->strs.len--;
		buf_adds(&d->strs, " \xE2\x80\xA6");
		buf_addc(&d->strs, '\0');
	}
	q->id = d->nq;
	return q->id;
}

void
doc_title(struct nv_doc *d, const unsigned char *text, size_t len)
{
	if (d->titled)
		return;
	d->titled = 1;
	/* a headline is short; a first paragraph of body text is no title */
	d->title = add_str(d, text, len <= TITLE_MAX ? len : 0);
}

size_t
doc_sentence(struct nv_doc *d)
{
	return ++d->nsent;
}

/* Is a, all its words in a row, within the longer name b? */
static int
short_form(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	const char *p = b;

	if (la == 0 || la >= lb)
		return 0;
	while ((p = strstr(p, a)) != NULL) {
		if ((p == b || p[-1] == ' ') && (p[la] == '\0' || p[la] == ' '))
			return 1;
		p++;
	}
	return 0;
}

size_t
fullest_name(const char *const *names, const size_t *counts, size_t n, size_t i)
{
	size_t best = i;

	for (size_t j = 0; j < n; j++) {
		size_t cj = counts ? counts[j] : 1,
		       cb = counts ? counts[best] : 1;

		if (j == i || !short_form(names[i], names[j]))
			continue;
		if (best == i || cj > cb ||
		    (cj == cb && strlen(names[j]) > strlen(names[best])))
			best = j;
	}
	/* "Pelosi" < "Nancy Pelosi" < "Nancy Pelosi of California" */
	return best == i ? i : fullest_name(names, counts, n, best);
}

static void
esc(struct buf *b, const char *s)
{
	html_escape(b, (const unsigned char *)s, strlen(s));
}

static void
put_href(struct buf *b, const struct nv_doc *d, char kind, size_t id)
{
	buf_adds(b, "<a href=\"#d");
	buf_add_size(b, d->article);
	buf_addc(b, '-');
	buf_addc(b, (unsigned char)kind);
	buf_add_size(b, id);
	buf_adds(b, "\">");
}

struct group {
	size_t name; /* the fullest form */
	size_t total;
};

static int
group_cmp(const void *x, const void *y)
{
	const struct group *a = x, *b = y;

	if (a->total != b->total)
		return (a->total < b->total) - (a->total > b->total);
	return (a->name > b->name) - (a->name < b->name);
}

/* One type's names, each short form counted under its fullest form. */
static void
put_names(struct buf *b, const struct nv_doc *d, int t)
{
	size_t n = 0, total = 0, ng = 0;
	size_t *idx, *counts, *head;
	const char **names;
	struct group *g;

	for (size_t i = 0; i < d->nnames; i++)
		n += d->names[i].type == t;
	if (n == 0)
		return;
	idx = xreallocarray(NULL, n, sizeof *idx);
	counts = xreallocarray(NULL, n, sizeof *counts);
	head = xreallocarray(NULL, n, sizeof *head);
	names = xreallocarray(NULL, n, sizeof *names);
	g = xreallocarray(NULL, n, sizeof *g);
	n = 0;
	for (size_t i = 0; i < d->nnames; i++) {
		if (d->names[i].type != t)
			continue;
		idx[n] = i;
		names[n] = str(d, d->names[i].str);
		counts[n] = d->names[i].count;
		total += counts[n];
		n++;
	}
	for (size_t i = 0; i < n; i++)
		head[i] = fullest_name(names, counts, n, i);
	for (size_t i = 0; i < n; i++) {
		if (head[i] != i)
			continue;
		g[ng].name = i;
		g[ng].total = 0;
		for (size_t j = 0; j < n; j++)
			if (head[j] == i)
				g[ng].total += counts[j];
		ng++;
	}
	qsort(g, ng, sizeof *g, group_cmp);
	buf_adds(b, "<h3><span class=\"e ");
	buf_adds(b, type_names[t]);
	buf_adds(b, "\">");
	buf_adds(b, type_heads[t]);
	buf_adds(b, "</span> <span class=\"count\">");
	buf_add_size(b, total);
	buf_adds(b, "</span></h3>\n<ul class=\"names\">\n");
	for (size_t k = 0; k < ng; k++) {
		size_t i = g[k].name, first = d->names[idx[i]].first;
		int aka = 0;

		for (size_t j = 0; j < n; j++)
			if (head[j] == i && d->names[idx[j]].first < first)
				first = d->names[idx[j]].first;
		buf_adds(b, "<li>");
		put_href(b, d, 'e', first);
		esc(b, names[i]);
		buf_adds(b, "</a> <span class=\"count\">");
		buf_add_size(b, g[k].total);
		buf_adds(b, "</span>");
		for (size_t j = 0; j < n; j++) {
			if (head[j] != i || j == i)
				continue;
			buf_adds(
			    b, aka++ ? ", " : " <span class=\"aka\">also ");
			esc(b, names[j]);
		}
		if (aka)
			buf_adds(b, "</span>");
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ul>\n");
	free(idx);
	free(counts);
	free(head);
	free(names);
	free(g);
}

struct point {
	const char *value, *text;
	size_t id;
};

static int
point_cmp(const void *x, const void *y)
{
	const struct point *a = x, *b = y;
	int c = strcmp(a->value, b->value);

	return c ? c : (a->id > b->id) - (a->id < b->id);
}

/* The dates and times, in the order of their values (ISO 8601 sorts as
 * text); durations and sets are no points in time. */
static void
put_timeline(struct buf *b, const struct nv_doc *d)
{
	struct point *v = xreallocarray(NULL, d->ntx ? d->ntx : 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < d->ntx; i++) {
		const char *t = str(d, d->tx[i].type);
		if (strcmp(t, "DURATION") != 0 && strcmp(t, "SET") != 0)
			v[n++] = (struct point){ str(d, d->tx[i].value),
				str(d, d->tx[i].text), d->tx[i].id };
	}
	if (n > 0) {
		qsort(v, n, sizeof *v, point_cmp);
		buf_adds(b, "<h3>Timeline</h3>\n<ol class=\"timeline\">\n");
		for (size_t i = 0; i < n; i++) {
			if (i > 0 && strcmp(v[i].value, v[i - 1].value) == 0) {
				buf_adds(b, "; ");
			} else {
				if (i > 0)
					buf_adds(b, "</li>\n");
				buf_adds(b, "<li>");
				put_href(b, d, 't', v[i].id);
				buf_adds(b, "<code>");
				esc(b, *v[i].value ? v[i].value : "?");
				buf_adds(b, "</code></a> ");
			}
			esc(b, v[i].text);
		}
		buf_adds(b, "</li>\n</ol>\n");
	}
	free(v);
}

/* The quotations by speaker, speakers in the order they first speak. */
static void
put_quotes(struct buf *b, const struct nv_doc *d)
{
	unsigned char *done;

	if (d->nq == 0)
		return;
	done = xcalloc(d->nq, 1);
	buf_adds(b, "<h3>Who said what</h3>\n<ul class=\"quotes\">\n");
	for (size_t i = 0; i < d->nq; i++) {
		const char *who = str(d, d->q[i].speaker);

		if (done[i])
			continue;
		buf_adds(b, "<li><strong>");
		esc(b, *who ? who : "unknown");
		buf_adds(b, "</strong>\n<ul>\n");
		for (size_t j = i; j < d->nq; j++) {
			if (done[j] ||
			    strcmp(who, str(d, d->q[j].speaker)) != 0)
				continue;
			done[j] = 1;
			buf_adds(b, "<li>");
			put_href(b, d, 'q', d->q[j].id);
			esc(b, str(d, d->q[j].text));
			buf_adds(b, "</a></li>\n");
		}
		buf_adds(b, "</ul></li>\n");
	}
	buf_adds(b, "</ul>\n");
	free(done);
}

void
doc_summary(struct buf *b, struct nv_doc *d)
{
	buf_adds(b, "<aside class=\"summary\" aria-label=\"Summary\">\n");
	if (d->nnames == 0 && d->ntx == 0 && d->nq == 0)
		buf_adds(b, "<p>No names, dates or quotations marked.</p>\n");
	for (int t = 0; t < NTYPES; t++)
		put_names(b, d, t);
	put_timeline(b, d);
	put_quotes(b, d);
	buf_adds(b, "</aside>\n");
}

void
nv_html_doc(struct buf *b, struct nv_doc *d, const char *file, size_t doc)
{
	if (doc_empty(d))
		return;
	buf_adds(b, "<article id=\"d");
	buf_add_size(b, d->article);
	buf_adds(b, "\">\n<header>\n<h2>");
	if (d->titled && *str(d, d->title)) {
		esc(b, str(d, d->title));
		buf_adds(b, "</h2>\n<p class=\"src\">");
	}
	esc(b, strcmp(file, "-") == 0 ? "standard input" : file);
	buf_adds(b, ", document ");
	buf_add_size(b, doc);
	buf_adds(b, d->titled && *str(d, d->title) ? "</p>\n" : "</h2>\n");
	buf_adds(b, "</header>\n");
	doc_summary(b, d);
	buf_adds(b, "<div class=\"text\">\n");
	buf_add(b, d->body.p, d->body.len);
	buf_adds(b, "</div>\n</article>\n");
	doc_next(d);
}
