/*
 * timeml: datenorm over a TimeML document (see timeml.h).
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeml.h"
#include "xalloc.h"

static const unsigned char *
find(const unsigned char *p, const unsigned char *end, const char *s)
{
	size_t n = strlen(s);

	while (p + n <= end) {
		const unsigned char *q = memchr(p, s[0], (size_t)(end - p));

		if (!q || q + n > end)
			return NULL;
		if (!memcmp(q, s, n))
			return q;
		p = q + 1;
	}
	return NULL;
}

/* Is the tag at p (a '<') a TIMEX3 start or end tag? */
static int
is_timex_tag(const unsigned char *p, const unsigned char *end)
{
	if (p + 7 <= end && !memcmp(p, "<TIMEX3", 7) &&
	    (p + 7 == end || p[7] == ' ' || p[7] == '>' || p[7] == '\t' ||
	        p[7] == '\n'))
		return 1;
	return p + 9 <= end && !memcmp(p, "</TIMEX3>", 9);
}

/* The value of attribute name="..." in the tag p..end, or NULL. */
static const unsigned char *
attr(const unsigned char *p, const unsigned char *end, const char *name,
    size_t *n)
{
	size_t nl = strlen(name);
	const unsigned char *q = p, *v, *ve;

	while ((q = find(q, end, name)) != NULL) {
		if (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n') &&
		    q + nl + 1 < end && q[nl] == '=' && q[nl + 1] == '"') {
			v = q + nl + 2;
			ve = memchr(v, '"', (size_t)(end - v));
			if (!ve)
				return NULL;
			*n = (size_t)(ve - v);
			return v;
		}
		q += nl;
	}
	return NULL;
}

int
tm_parse(struct tm_doc *d, const unsigned char *p, size_t len, const char **err)
{
	const unsigned char *end = p + len, *t, *te, *dct, *dcte, *q;

	memset(d, 0, sizeof *d);
	d->p = p;
	d->len = len;
	d->dct_tid = -1;
	if (!find(p, end, "<TimeML")) {
		*err = "not a TimeML document (no <TimeML> element)";
		return -1;
	}
	if (!(t = find(p, end, "<TEXT>")) || !(te = find(t, end, "</TEXT>"))) {
		*err = "malformed TimeML: no <TEXT> ... </TEXT> element";
		return -1;
	}
	if (!find(te, end, "</TimeML>")) {
		*err = "malformed TimeML: no </TimeML> end tag";
		return -1;
	}
	d->text_start = (size_t)(t - p) + 6;
	d->text_end = (size_t)(te - p);
	/* every '<' in the text opens a tag that closes before the end */
	for (q = t + 6; q < te; q++) {
		if (*q == '<') {
			const unsigned char *c = memchr(
			    q, '>', (size_t)(te - q));
			const unsigned char *o = memchr(
			    q + 1, '<', (size_t)(te - q - 1));

			if (!c || (o && o < c)) {
				*err = "malformed TimeML: unterminated tag "
				       "inside <TEXT>";
				return -1;
			}
			q = c;
		} else if (*q == '>') {
			*err = "malformed TimeML: stray '>' inside <TEXT>";
			return -1;
		}
	}
	if ((dct = find(p, t, "<DCT>")) != NULL) {
		const unsigned char *v, *ts, *tse;
		size_t n;
		char buf[16];

		if (!(dcte = find(dct, t, "</DCT>")) ||
		    !(ts = find(dct, dcte, "<TIMEX3")) ||
		    !(tse = memchr(ts, '>', (size_t)(dcte - ts))) ||
		    !(v = attr(ts, tse, "value", &n)) || n < 10) {
			*err = "malformed TimeML: <DCT> without a TIMEX3 value";
			return -1;
		}
		memcpy(buf, v, 10);
		buf[10] = '\0';
		if (dn_parse_ref(buf, &d->dct_y, &d->dct_m, &d->dct_d) < 0) {
			*err = "malformed TimeML: the DCT value is not a date";
			return -1;
		}
		if ((v = attr(ts, tse, "tid", &n)) != NULL && n > 1 &&
		    v[0] == 't') {
			d->dct_tid = 0;
			for (q = v + 1; q < v + n && *q >= '0' && *q <= '9';
			     q++)
				d->dct_tid = d->dct_tid * 10 + (*q - '0');
		}
	}
	return 0;
}

/* The end of the paragraph from ps: just after a blank line, or n. */
static size_t
para_end(const unsigned char *s, size_t n, size_t ps)
{
	size_t i = ps;

	while (i < n) {
		const unsigned char *nl = memchr(s + i, '\n', n - i);
		size_t j;

		if (!nl)
			return n;
		j = (size_t)(nl - s) + 1;
		/* a line of white space only ends the paragraph */
		for (i = j;
		     i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r');
		     i++)
			;
		if (i < n && s[i] == '\n' && j > ps + 1)
			return i + 1;
		i = j;
	}
	return n;
}

void
tm_annotate(struct tm_doc *d, struct dn_engine *e)
{
	const unsigned char *p = d->p;
	const struct dn_timex *x;
	size_t i, k, n, j;

	n = d->text_end - d->text_start;
	d->plain = xmalloc(n + 1);
	d->map = xreallocarray(NULL, n + 1, sizeof *d->map);
	d->nplain = 0;
	for (i = d->text_start; i < d->text_end; i++) {
		if (p[i] == '<') {
			const unsigned char *c = memchr(
			    p + i, '>', d->text_end - i);

			i = (size_t)(c - p);
			continue;
		}
		d->map[d->nplain] = i;
		d->plain[d->nplain++] = p[i];
	}
	d->map[d->nplain] = d->text_end;
	dn_reset_doc(e);
	/* the DCT is the document's date (--ref, if given, goes first) */
	dn_set_doc_date(e, d->dct_y, d->dct_m, d->dct_d);
	d->x = NULL;
	d->nx = 0;
	/* paragraph by paragraph (blank lines between), as in plain text */
	for (i = 0; i < d->nplain;) {
		size_t ps = i, pe;

		pe = para_end(d->plain, d->nplain, ps);
		n = dn_scan(e, d->plain + ps, pe - ps, &x);
		d->x = xreallocarray(d->x, d->nx + n + 1, sizeof *d->x);
		for (k = 0; k < n; k++) {
			size_t s = d->map[ps + x[k].start];
			size_t t = d->map[ps + x[k].end - 1] + 1;
			int other = 0;

			/* never cut across an EVENT or SIGNAL tag */
			for (j = s; j < t; j++)
				if (p[j] == '<' &&
				    !is_timex_tag(p + j, p + d->len)) {
					other = 1;
					break;
				}
			if (other)
				continue;
			d->x[d->nx] = x[k];
			d->x[d->nx].start = s;
			d->x[d->nx].end = t;
			d->nx++;
		}
		i = pe;
	}
}

/* Append the string a at *b. */
static void
add(char **b, const char *a)
{
	size_t n = strlen(a);

	memcpy(*b, a, n);
	*b += n;
}

void
tm_start_tag(char *b, long tid, const struct dn_timex *x, long anchor)
{
	char num[24], val[DN_VALUE_MAX], *p = num + sizeof num;

	*--p = '\0';
	do
		*--p = (char)('0' + tid % 10);
	while ((tid /= 10) > 0 && p > num);
	memcpy(val, x->value, DN_VALUE_MAX);
	val[DN_VALUE_MAX - 1] = '\0';
	add(&b, "<TIMEX3 tid=\"t");
	add(&b, p);
	add(&b, "\" type=\"");
	add(&b, dn_type_name(x->type));
	add(&b, "\" value=\"");
	add(&b, val);
	if (dn_mod_name(x->mod)) {
		add(&b, "\" mod=\"");
		add(&b, dn_mod_name(x->mod));
	}
	if (x->dct)
		add(&b, "\" functionInDocument=\"CREATION_TIME");
	if (anchor >= 0) {
		p = num + sizeof num;
		*--p = '\0';
		do
			*--p = (char)('0' + anchor % 10);
		while ((anchor /= 10) > 0 && p > num);
		add(&b, "\" temporalFunction=\"true\" anchorTimeID=\"t");
		add(&b, p);
	}
	memcpy(b, "\">", 3);
}

static void
put_tag(struct buf *out, long tid, const struct dn_timex *x, long anchor)
{
	char b[TM_TAG_MAX];

	tm_start_tag(b, tid, x, anchor);
	buf_adds(out, b);
}

/* The tN of d->x[k] as tm_write() numbers them. */
static long
tid_of(const struct tm_doc *d, size_t k)
{
	long t = (long)k + 1;

	return d->dct_tid >= 1 && t >= d->dct_tid ? t + 1 : t;
}

long
tm_anchor(const struct tm_doc *d, const struct dn_timex *x, int json)
{
	size_t lo = 0, hi = d->nx, mid;

	if (x->anchor == DN_ANCHOR_DOC)
		return d->dct_tid >= 0 ? d->dct_tid : 0;
	if (x->anchor != DN_ANCHOR_EXPR)
		return -1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->x[mid].seq < x->anchor_seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == d->nx || d->x[lo].seq != x->anchor_seq)
		return -1;
	return json ? (long)lo + 1 : tid_of(d, lo);
}

void
tm_write(const struct tm_doc *d, struct buf *out)
{
	const unsigned char *p = d->p;
	size_t i = d->text_start, k = 0, open = 0;
	long tid = 0;
	int in = 0;

	buf_add(out, p, d->text_start);
	while (i < d->text_end) {
		if (k < d->nx && !in && i == d->x[k].start) {
			if (++tid == d->dct_tid)
				tid++;
			put_tag(out, tid, &d->x[k], tm_anchor(d, &d->x[k], 0));
			in = 1;
			open = d->x[k].end;
		}
		if (p[i] == '<') {
			const unsigned char *c = memchr(
			    p + i, '>', d->text_end - i);
			size_t n = (size_t)(c - p) + 1 - i;

			if (!is_timex_tag(p + i, p + d->len))
				buf_add(out, p + i, n);
			i += n;
		} else {
			buf_addc(out, p[i]);
			i++;
		}
		if (in && i >= open) {
			buf_adds(out, "</TIMEX3>");
			in = 0;
			k++;
		}
	}
	buf_add(out, p + d->text_end, d->len - d->text_end);
}

void
tm_free(struct tm_doc *d)
{
	free(d->plain);
	free(d->map);
	free(d->x);
	memset(d, 0, sizeof *d);
}
