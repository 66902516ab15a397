/* input.c - files to documents, paragraphs and gaps */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "input.h"
#include "markup.h"
#include "msg.h"
#include "utf8.h"
#include "xalloc.h"

#define READ_BLOCK ((size_t)1 << 16)

struct reader {
	int fd; /* -1 for a reader over memory */
	int eof;
	int err;           /* errno of a failed read, reported once */
	const char *dname; /* for messages */
	const char *rname; /* for records */
	struct input_opts o;
	unsigned char *buf;
	size_t cap;      /* allocated */
	size_t beg, end; /* unconsumed bytes: buf[beg..end) */
	size_t off;      /* file offset of buf[beg] */
	size_t toff;     /* the same without the suite's tags */
	int docstart;    /* next chunk begins a document */
	int incut;       /* inside a paragraph cut at the cap */
	int done;        /* the final DOCEND was given */
	int warned_utf8, warned_cap;
};

struct reader *
reader_open(const char *path, const struct input_opts *o)
{
	struct reader *r;
	int fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
		path = NULL;
	} else if ((fd = open(path, O_RDONLY)) < 0) {
		return NULL;
	}
	r = xcalloc(1, sizeof *r);
	r->fd = fd;
	r->dname = path ? path : "standard input";
	r->rname = path ? path : "-";
	r->o = *o;
	if (r->o.cap < 64)
		r->o.cap = 64;
	r->docstart = 1;
	return r;
}

struct reader *
reader_open_mem(const unsigned char *p, size_t n, const char *name,
    const struct input_opts *o)
{
	struct reader *r = xcalloc(1, sizeof *r);

	r->fd = -1;
	r->dname = r->rname = name;
	r->o = *o;
	if (r->o.cap < 64)
		r->o.cap = 64;
	r->docstart = 1;
	r->buf = xmalloc(n + 1);
	memcpy(r->buf, p, n);
	r->cap = n + 1;
	r->end = n;
	r->eof = 1;
	return r;
}

const char *
reader_display_name(const struct reader *r)
{
	return r->dname;
}

const char *
reader_record_name(const struct reader *r)
{
	return r->rname;
}

void
reader_close(struct reader *r)
{
	if (r == NULL)
		return;
	if (r->fd != STDIN_FILENO && r->fd >= 0)
		close(r->fd);
	free(r->buf);
	free(r);
}

/* Read until buf[beg..end) holds at least n bytes, or end of file. */
static void
ensure(struct reader *r, size_t n)
{
	while (!r->eof && r->end - r->beg < n) {
		ssize_t got;

		if (r->beg > 0 &&
		    (r->end == r->beg || r->cap - r->end < READ_BLOCK)) {
			memmove(r->buf, r->buf + r->beg, r->end - r->beg);
			r->end -= r->beg;
			r->beg = 0;
		}
		if (r->cap - r->end < READ_BLOCK) {
			r->cap = r->cap ? r->cap * 2 : 2 * READ_BLOCK;
			while (r->cap - r->end < READ_BLOCK)
				r->cap *= 2;
			r->buf = xrealloc(r->buf, r->cap);
		}
		got = read(r->fd, r->buf + r->end, READ_BLOCK);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			r->err = errno;
			r->eof = 1;
		} else if (got == 0) {
			r->eof = 1;
		} else {
			r->end += (size_t)got;
		}
	}
}

size_t
line_content_len(const unsigned char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '\n')
		n--;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	return n;
}

enum line_kind { LINE_BLANK, LINE_TEXT, LINE_FF };

/* What the bytes of a line or a paragraph may hold, noted by the scan for
 * its line end so that no other pass over them is needed when they hold
 * none: SEEN_HIGH a byte >= 0x80 (UTF-8 to check), SEEN_LT a '<' (a tag
 * to count), SEEN_WS white space other than single spaces before a byte
 * above 0x20 and the line end ("a\tb", "a  b", a line end within).  A
 * bit may be set for a byte a little past the line end, never clear when
 * the line holds one. */
enum { SEEN_HIGH = 1, SEEN_LT = 2, SEEN_WS = 4 };

struct line {
	size_t len;   /* bytes from its start, terminator included */
	int complete; /* ends at LF, before a NUL (-z), or at EOF */
	enum line_kind kind;
	unsigned seen; /* SEEN_ bits */
};

/* The first '\n' in s[0..n), or NULL; the SEEN_ bits of the bytes before
 * it go to *seen.  One pass, sixteen bytes at a time (SSE2) or eight
 * (portable), instead of memchr() and then a pass for each bit. */
static const unsigned char *
find_line_end(const unsigned char *s, size_t n, unsigned *seen)
{
	size_t i = 0;

#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), lt = _mm_set1_epi8('<');
	const __m128i sp = _mm_set1_epi8(' ');
	__m128i high = _mm_setzero_si128(), tag = _mm_setzero_si128();
	__m128i ws = _mm_setzero_si128();
	const unsigned char *end = NULL;

	/* x1, the block from one byte on, reads one byte past it */
	for (; i + 17 <= n; i += 16) {
		__m128i x = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i));
		__m128i x1 = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i + 1));
		__m128i eol = _mm_cmpeq_epi8(x, nl),
		        space = _mm_cmpeq_epi8(x, sp);
		unsigned m = (unsigned)_mm_movemask_epi8(eol);

		/* the whole block counts, the bytes after the '\n' too */
		high = _mm_or_si128(high, x);
		tag = _mm_or_si128(tag, _mm_cmpeq_epi8(x, lt));
		/* bytes below 0x21 but ' ' and '\n', a space before one */
		ws = _mm_or_si128(ws,
		    _mm_andnot_si128(_mm_or_si128(space, eol),
		        _mm_cmpeq_epi8(_mm_min_epu8(x, sp), x)));
		ws = _mm_or_si128(ws,
		    _mm_and_si128(
		        space, _mm_cmpeq_epi8(_mm_min_epu8(x1, sp), x1)));
		if (m != 0) {
			end = s + i + (unsigned)__builtin_ctz(m);
			break;
		}
	}
	if (_mm_movemask_epi8(high))
		*seen |= SEEN_HIGH;
	if (_mm_movemask_epi8(tag))
		*seen |= SEEN_LT;
	if (_mm_movemask_epi8(ws))
		*seen |= SEEN_WS;
	if (end != NULL)
		return end;
#endif
	for (; i < n; i++) {
		if (s[i] == '\n')
			return s + i;
		if (s[i] >= 0x80)
			*seen |= SEEN_HIGH;
		else if (s[i] == '<')
			*seen |= SEEN_LT;
		else if (s[i] <= ' ')
			*seen |= SEEN_WS;
	}
	return NULL;
}

/* Find the line starting limit bytes or fewer at buf[pos]: read more as
 * needed, but never hold more than limit bytes of it. */
static void
scan_line(struct reader *r, size_t pos, size_t limit, struct line *l)
{
	size_t from = pos, n, i;
	const unsigned char *s, *nl, *nul;

	l->seen = 0;
	for (;;) {
		s = r->buf + r->beg;
		n = r->end - r->beg;
		if (n > pos + limit)
			n = pos + limit;
		nl = find_line_end(s + from, n - from, &l->seen);
		nul = r->o.zero
		    ? memchr(s + from, '\0', (nl ? (size_t)(nl - s) : n) - from)
		    : NULL;
		if (nul) {
			l->len = (size_t)(nul - s) - pos;
			l->complete = 1;
			break;
		}
		if (nl) {
			l->len = (size_t)(nl - s) + 1 - pos;
			l->complete = 1;
			break;
		}
		if (n - pos >= limit || r->eof) {
			l->len = n - pos;
			l->complete = r->eof && n - pos < limit;
			break;
		}
		from = n;
		ensure(r,
		    pos + limit < n + READ_BLOCK ? pos + limit
		                                 : n + READ_BLOCK);
		if (r->end - r->beg == n && r->eof) {
			l->len = n - pos;
			l->complete = 1;
			break;
		}
	}
	s = r->buf + r->beg + pos;
	n = line_content_len(s, l->len);
	l->kind = LINE_BLANK;
	if (n == 1 && s[0] == '\f' && l->complete) {
		l->kind = LINE_FF;
		return;
	}
	for (i = 0; i < n; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
		    s[i] != '\v') {
			l->kind = LINE_TEXT;
			break;
		}
	}
}

/* Where to cut a piece of a paragraph that has no line end within n bytes:
 * after the last white space in its second half, else at a character
 * boundary. */
static size_t
cut_point(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = n; i > n / 2; i--)
		if (s[i - 1] == ' ' || s[i - 1] == '\t')
			return i;
	i = n;
	while (i > 1 && (s[i] & 0xC0) == 0x80 && n - i < 3)
		i--;
	return i;
}

static void
check_utf8(struct reader *r, const struct chunk *c)
{
	size_t ok;

	if (r->warned_utf8 || c->kind == CHUNK_BOM)
		return;
	ok = u8_valid_prefix(c->p, c->len, 1);
	if (ok < c->len) {
		r->warned_utf8 = 1;
		if (!r->o.quiet)
			warnmsg("%s: invalid UTF-8 at byte %zu", r->dname,
			    c->off + ok);
	}
}

static void
emit(struct reader *r, struct chunk *c, enum chunk_kind kind, size_t len,
    unsigned seen)
{
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->p = r->buf + r->beg;
	c->len = len;
	c->off = r->off;
	c->toff = r->toff;
	r->beg += len;
	r->off += len;
	/* only a paragraph can hold tags: the others are blank lines, a byte
	 * order mark or a separator */
	r->toff += len;
	c->may_tag = kind == CHUNK_PARA && (seen & SEEN_LT);
	c->plain_space = kind == CHUNK_PARA && !(seen & SEEN_WS);
	if (c->may_tag && !r->o.raw)
		r->toff -= markup_bytes(c->p, len);
	if (seen & SEEN_HIGH)
		check_utf8(r, c);
}

int
reader_next(struct reader *r, struct chunk *c)
{
	struct line l;
	size_t len, cap = r->o.cap;

	if (r->done)
		return 0;
	/* one byte is enough to go on: a live feed (tail -f | sentsplit -l
	 * --line-buffered) gets each line out as soon as it is complete */
	ensure(r, 1);
	if (r->docstart && r->end > r->beg && r->buf[r->beg] == 0xEF)
		ensure(r, 3);
	if (r->err) {
		errno = r->err;
		r->done = 1;
		return -1;
	}
	if (r->beg == r->end) {
		memset(c, 0, sizeof *c);
		c->kind = CHUNK_DOCEND;
		c->p = r->buf ? r->buf + r->beg : (const unsigned char *)"";
		c->off = r->off;
		c->toff = r->toff;
		r->done = 1;
		return 1;
	}
	if (r->docstart) {
		r->docstart = 0;
		if (r->end - r->beg >= 3 &&
		    memcmp(r->buf + r->beg, "\xEF\xBB\xBF", 3) == 0) {
			emit(r, c, CHUNK_BOM, 3, SEEN_HIGH);
			return 1;
		}
	}
	if (r->o.zero && r->buf[r->beg] == '\0') {
		emit(r, c, CHUNK_DOCEND, 1, 0);
		r->docstart = 1;
		r->incut = 0;
		return 1;
	}
	scan_line(r, 0, cap, &l);
	if (l.kind == LINE_FF) {
		emit(r, c, CHUNK_DOCEND, l.len, l.seen);
		r->docstart = 1;
		r->incut = 0;
		return 1;
	}
	if (l.kind == LINE_BLANK && l.complete) {
		emit(r, c, CHUNK_GAP, l.len, l.seen);
		r->incut = 0;
		return 1;
	}
	/* a paragraph: this line and the text lines after it, within the cap */
	len = l.len;
	if (!l.complete) {
		len = cut_point(r->buf + r->beg, l.len);
	} else if (!r->o.line_paras) {
		while (len < cap &&
		    !(r->o.zero && len < r->end - r->beg &&
		        r->buf[r->beg + len] == '\0')) {
			struct line nx;

			ensure(r, len + 1);
			if (r->end - r->beg <= len)
				break;
			scan_line(r, len, cap - len, &nx);
			if (nx.kind != LINE_TEXT)
				break;
			if (!nx.complete) {
				/* the paragraph outgrows the cap: stop at this line end */
				l.complete = 0;
				break;
			}
			len += nx.len;
			l.seen |= nx.seen | SEEN_WS;
		}
		if (len >= cap)
			l.complete = 0;
	}
	emit(r, c, CHUNK_PARA, len, l.seen);
	c->cont = r->incut;
	c->more = !l.complete;
	r->incut = c->more;
	if (c->more && !r->warned_cap) {
		r->warned_cap = 1;
		if (!r->o.quiet)
			warnmsg(
			    "%s: paragraph at byte %zu longer than %zu bytes, processed in pieces",
			    r->dname, c->off, cap);
	}
	return 1;
}
