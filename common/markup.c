/* markup.c - the suite's inline tags: scanning, views, insertion */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "xalloc.h"

/* A tag longer than this is text: it bounds the look-ahead on a stray '<'. */
#define TAG_MAX 4096

static const char *const names[TAG_NNAMES] = { "PER", "ORG", "LOC", "MISC",
	"TIMEX3", "QUOTE" };

const char *
tag_name_str(enum tag_name n)
{
	return n < TAG_NNAMES ? names[n] : "";
}

enum tag_name
tag_name_lookup(const unsigned char *s, size_t n)
{
	/* by length and first letter: every '<' of the text asks */
	switch (n) {
	case 3:
		if (memcmp(s, "PER", 3) == 0)
			return TAG_PER;
		if (memcmp(s, "ORG", 3) == 0)
			return TAG_ORG;
		if (memcmp(s, "LOC", 3) == 0)
			return TAG_LOC;
		break;
	case 4:
		if (memcmp(s, "MISC", 4) == 0)
			return TAG_MISC;
		break;
	case 5:
		if (memcmp(s, "QUOTE", 5) == 0)
			return TAG_QUOTE;
		break;
	case 6:
		if (memcmp(s, "TIMEX3", 6) == 0)
			return TAG_TIMEX3;
		break;
	}
	return TAG_NNAMES;
}

static int
is_name_char(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '-';
}

size_t
markup_tag_at(const unsigned char *s, size_t n, struct tag *t)
{
	size_t i = 1, ns;
	enum tag_name name;
	int close = 0;

	if (n < 3 || s[0] != '<')
		return 0;
	if (n > TAG_MAX)
		n = TAG_MAX;
	if (s[1] == '/') {
		close = 1;
		i = 2;
	}
	ns = i;
	while (i < n && s[i] >= 'A' && s[i] <= 'Z')
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	name = tag_name_lookup(s + ns, i - ns);
	if (name == TAG_NNAMES || i >= n)
		return 0;
	if (!close) {
		/* attributes: ( SP+ name="value" )* -- values hold no '<', '"'
		 * or line end */
		while (i < n && s[i] == ' ') {
			size_t j = i;

			while (j < n && s[j] == ' ')
				j++;
			if (j < n && s[j] == '>') {
				i = j;
				break;
			}
			if (j >= n || !is_name_char(s[j]))
				return 0;
			while (j < n && is_name_char(s[j]))
				j++;
			if (j + 1 >= n || s[j] != '=' || s[j + 1] != '"')
				return 0;
			j += 2;
			while (
			    j < n && s[j] != '"' && s[j] != '<' && s[j] != '\n')
				j++;
			if (j >= n || s[j] != '"')
				return 0;
			i = j + 1;
		}
	}
	if (i >= n || s[i] != '>')
		return 0;
	t->name = name;
	t->close = close;
	t->start = 0;
	t->end = i + 1;
	t->pos = 0;
	t->pair = -1;
	return i + 1;
}

static void
add_tag(struct view *v, const struct tag *t)
{
	if (v->ntags == v->tagcap) {
		v->tagcap = v->tagcap ? v->tagcap * 2 : 16;
		v->tags = xreallocarray(v->tags, v->tagcap, sizeof *v->tags);
	}
	v->tags[v->ntags++] = *t;
}

static int
pair_cmp(const void *a, const void *b)
{
	const struct tagpair *x = a, *y = b;

	return (x->open_tag > y->open_tag) - (x->open_tag < y->open_tag);
}

/* Match start and end tags with a stack: an end tag closes the nearest
 * open tag of its name; tags skipped over that way stay unmatched. */
static void
match_pairs(struct view *v)
{
	size_t *stack, depth = 0, i, k;

	v->npairs = 0;
	if (v->ntags == 0)
		return;
	stack = xreallocarray(NULL, v->ntags, sizeof *stack);
	for (i = 0; i < v->ntags; i++) {
		struct tag *t = &v->tags[i];

		if (!t->close) {
			stack[depth++] = i;
			continue;
		}
		for (k = depth; k > 0; k--)
			if (v->tags[stack[k - 1]].name == t->name)
				break;
		if (k == 0)
			continue;
		if (v->npairs == v->paircap) {
			v->paircap = v->paircap ? v->paircap * 2 : 8;
			v->pairs = xreallocarray(
			    v->pairs, v->paircap, sizeof *v->pairs);
		}
		v->pairs[v->npairs].name = t->name;
		v->pairs[v->npairs].start = v->tags[stack[k - 1]].pos;
		v->pairs[v->npairs].end = t->pos;
		v->pairs[v->npairs].open_tag = stack[k - 1];
		v->pairs[v->npairs].close_tag = i;
		v->npairs++;
		depth = k - 1;
	}
	free(stack);
	if (v->npairs > 1)
		qsort(v->pairs, v->npairs, sizeof *v->pairs, pair_cmp);
	for (k = 0; k < v->npairs; k++) {
		v->tags[v->pairs[k].open_tag].pair = (long)k;
		v->tags[v->pairs[k].close_tag].pair = (long)k;
	}
}

size_t
markup_bytes(const unsigned char *p, size_t n)
{
	const unsigned char *lt;
	size_t i = 0, tags = 0;
	struct tag t;

	while (i < n && (lt = memchr(p + i, '<', n - i)) != NULL) {
		size_t tl;

		i = (size_t)(lt - p);
		tl = markup_tag_at(p + i, n - i, &t);
		tags += tl;
		i += tl ? tl : 1;
	}
	return tags;
}

void
view_build(struct view *v, const unsigned char *p, size_t n, int raw)
{
	const unsigned char *lt;
	size_t i = 0;

	v->orig = p;
	v->orig_len = n;
	v->ntags = v->npairs = 0;
	lt = raw ? NULL : memchr(p, '<', n);
	if (lt == NULL) {
		v->text = p;
		v->len = n;
		v->map = NULL;
		return;
	}
	buf_reset(&v->tbuf);
	buf_grow(&v->tbuf, n);
	if (v->mapcap < n + 1) {
		v->mapcap = n + 1;
		v->mapbuf = xreallocarray(
		    v->mapbuf, v->mapcap, sizeof *v->mapbuf);
	}
	v->map = v->mapbuf;
	while (i < n) {
		struct tag t;
		size_t tl, run;

		lt = memchr(p + i, '<', n - i);
		run = (lt ? (size_t)(lt - p) : n) - i;
		for (size_t k = 0; k < run; k++)
			v->map[v->tbuf.len + k] = i + k;
		buf_add(&v->tbuf, p + i, run);
		i += run;
		if (i >= n)
			break;
		tl = markup_tag_at(p + i, n - i, &t);
		if (tl == 0) {
			v->map[v->tbuf.len] = i;
			buf_addc(&v->tbuf, p[i]);
			i++;
			continue;
		}
		t.start = i;
		t.end = i + tl;
		t.pos = v->tbuf.len;
		add_tag(v, &t);
		i += tl;
	}
	v->map[v->tbuf.len] = n;
	v->text = v->tbuf.p ? v->tbuf.p : p;
	v->len = v->tbuf.len;
	match_pairs(v);
}

void
view_free(struct view *v)
{
	buf_free(&v->tbuf);
	free(v->mapbuf);
	free(v->tags);
	free(v->pairs);
	memset(v, 0, sizeof *v);
}

size_t
view_orig(const struct view *v, size_t i)
{
	return v->map ? v->map[i] : i;
}

int
view_crosses(const struct view *v, size_t start, size_t end)
{
	size_t k;

	for (k = 0; k < v->npairs; k++) {
		const struct tagpair *p = &v->pairs[k];

		if (p->start >= end)
			break;
		if ((p->start < start && start < p->end && p->end < end) ||
		    (start < p->start && p->start < end && end < p->end))
			return 1;
	}
	return 0;
}

const struct tagpair *
view_inside(const struct view *v, enum tag_name name, size_t start, size_t end)
{
	const struct tagpair *best = NULL;
	size_t k;

	for (k = 0; k < v->npairs; k++) {
		const struct tagpair *p = &v->pairs[k];

		if (p->start > start)
			break;
		if (p->name == name && p->end >= end)
			best = p;
	}
	return best;
}

const struct tagpair *
view_next_pair(const struct view *v, unsigned mask, size_t *k, size_t before)
{
	for (; *k < v->npairs && v->pairs[*k].start < before; (*k)++)
		if (mask >> v->pairs[*k].name & 1)
			return &v->pairs[(*k)++];
	return NULL;
}

int
tag_attr(const struct view *v, const struct tag *t, const char *name,
    struct buf *out)
{
	const unsigned char *s = v->orig + t->start, *e = v->orig + t->end;
	size_t nl = strlen(name);

	while (s < e) {
		const unsigned char *q = memchr(s, ' ', (size_t)(e - s));

		if (q == NULL)
			return 0;
		s = q + 1;
		if ((size_t)(e - s) > nl + 2 && memcmp(s, name, nl) == 0 &&
		    s[nl] == '=' && s[nl + 1] == '"') {
			s += nl + 2;
			while (s < e && *s != '"') {
				static const struct {
					const char *ent;
					char c;
				} ents[] = {
					{ "&amp;", '&' },
					{ "&lt;", '<' },
					{ "&gt;", '>' },
					{ "&quot;", '"' },
					{ "&apos;", '\'' },
				};
				size_t k;

				if (*s == '&') {
					for (k = 0;
					     k < sizeof ents / sizeof ents[0];
					     k++) {
						size_t el = strlen(ents[k].ent);
						if ((size_t)(e - s) >= el &&
						    memcmp(s, ents[k].ent,
						        el) == 0) {
							buf_addc(out,
							    (unsigned char)
							        ents[k]
							            .c);
							s += el;
							break;
						}
					}
					if (k < sizeof ents / sizeof ents[0])
						continue;
				}
				buf_addc(out, *s++);
			}
			return 1;
		}
		/* skip this attribute's value */
		q = memchr(s, '"', (size_t)(e - s));
		if (q == NULL)
			return 0;
		q = memchr(q + 1, '"', (size_t)(e - q - 1));
		if (q == NULL)
			return 0;
		s = q + 1;
	}
	return 0;
}

void
markup_escape_attr(struct buf *out, const unsigned char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		const char *rep;

		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		/* a line end would break the one-line tag */
		case '\n':
			rep = " ";
			break;
		case '\r':
			rep = " ";
			break;
		default:
			continue;
		}
		buf_add(out, s + from, i - from);
		buf_adds(out, rep);
		from = i + 1;
	}
	buf_add(out, s + from, n - from);
}

static int
close_cmp(const void *a, const void *b)
{
	const struct newtag *x = *(const struct newtag *const *)a;
	const struct newtag *y = *(const struct newtag *const *)b;

	if (x->end != y->end)
		return (x->end > y->end) - (x->end < y->end);
	/* inner (later start) first */
	return (x->start < y->start) - (x->start > y->start);
}

/* Start of the gap before text offset p, in the original. */
static size_t
gap_start(const struct view *v, size_t p)
{
	if (v->map == NULL)
		return p;
	return p == 0 ? 0 : v->map[p - 1] + 1;
}

void
view_insert(
    const struct view *v, const struct newtag *nt, size_t n, struct buf *out)
{
	const struct newtag **cl;
	size_t oi = 0, ci = 0, ti = 0, cursor = 0;

	if (n == 0) {
		buf_add(out, v->orig, v->orig_len);
		return;
	}
	cl = xreallocarray(NULL, n, sizeof *cl);
	for (size_t k = 0; k < n; k++)
		cl[k] = &nt[k];
	qsort(cl, n, sizeof *cl, close_cmp);

	while (oi < n || ci < n) {
		size_t p = oi < n ? nt[oi].start : (size_t)-1;
		size_t gs, tj;

		if (ci < n && cl[ci]->end < p)
			p = cl[ci]->end;
		gs = gap_start(v, p);
		buf_add(out, v->orig + cursor, gs - cursor);
		cursor = gs;
		/* existing tags in this gap */
		while (ti < v->ntags && v->tags[ti].pos < p)
			ti++;
		for (tj = ti; tj < v->ntags && v->tags[tj].pos == p; tj++) {
			const struct tag *e = &v->tags[tj];
			const struct tagpair *pr = e->pair >= 0
			    ? &v->pairs[e->pair]
			    : NULL;

			if (e->close && pr) {
				/* new spans inside the closing pair close first */
				while (ci < n && cl[ci]->end == p &&
				    cl[ci]->start >= pr->start) {
					buf_adds(out, cl[ci]->close);
					ci++;
				}
			} else if (!e->close && pr) {
				while (ci < n && cl[ci]->end == p) {
					buf_adds(out, cl[ci]->close);
					ci++;
				}
				/* new spans around the opening pair open first */
				while (oi < n && nt[oi].start == p &&
				    nt[oi].end > pr->end) {
					buf_adds(out, nt[oi].open);
					oi++;
				}
			}
			buf_add(out, v->orig + e->start, e->end - e->start);
			cursor = e->end;
		}
		ti = tj;
		while (ci < n && cl[ci]->end == p) {
			buf_adds(out, cl[ci]->close);
			ci++;
		}
		while (oi < n && nt[oi].start == p) {
			buf_adds(out, nt[oi].open);
			oi++;
		}
	}
	buf_add(out, v->orig + cursor, v->orig_len - cursor);
	free(cl);
}
