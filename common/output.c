/* output.c - escapers and the standard output writer */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "msg.h"
#include "output.h"
#include "utf8.h"

#define OUT_BLOCK ((size_t)1 << 16)

/* Has the word a byte equal to c?  (Bit tricks: a zero byte of w ^ c.) */
#define ONES ((uint64_t)0x0101010101010101ULL)
#define HIGHS ((uint64_t)0x8080808080808080ULL)
#define HAS_BYTE(w, c)                                                         \
	((((w) ^ (ONES * (c))) - ONES) & ~((w) ^ (ONES * (c))) & HIGHS)

void
tsv_escape(struct buf *b, const unsigned char *s, size_t n)
{
	size_t i = 0, from = 0;

	buf_grow(b, n);
	while (i < n) {
		const char *rep;
		uint64_t w;

		/* sixteen or eight bytes at a time past the plain text */
#ifdef __SSE2__
		if (n - i >= 16) {
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(s + i));
			__m128i m = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
			        _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')),
			        _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
			int bits = _mm_movemask_epi8(m);

			if (bits == 0) {
				i += 16;
				continue;
			}
			i += (size_t)__builtin_ctz((unsigned)bits);
		}
#endif
		if (n - i >= 8) {
			memcpy(&w, s + i, 8);
			if (!(HAS_BYTE(w, '\t') | HAS_BYTE(w, '\n') |
			        HAS_BYTE(w, '\r') | HAS_BYTE(w, '\\'))) {
				i += 8;
				continue;
			}
		}
		switch (s[i]) {
		case '\t':
			rep = "\\t";
			break;
		case '\n':
			rep = "\\n";
			break;
		case '\r':
			rep = "\\r";
			break;
		case '\\':
			rep = "\\\\";
			break;
		default:
			i++;
			continue;
		}
		buf_add(b, s + from, i - from);
		buf_add(b, rep, 2);
		from = ++i;
	}
	buf_add(b, s + from, n - from);
}

void
json_escape(struct buf *b, const unsigned char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, from = 0;

	buf_addc(b, '"');
	while (i < n) {
		unsigned char c = s[i];
		int32_t cp;
		size_t l;

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		if (c >= 0x80) {
			l = u8_decode(s + i, n - i, &cp);
			if (cp != U8_INVALID) {
				i += l;
				continue;
			}
			buf_add(b, s + from, i - from);
			buf_add(b, "\xEF\xBF\xBD", 3);
			from = ++i;
			continue;
		}
		buf_add(b, s + from, i - from);
		switch (c) {
		case '"':
			buf_add(b, "\\\"", 2);
			break;
		case '\\':
			buf_add(b, "\\\\", 2);
			break;
		case '\n':
			buf_add(b, "\\n", 2);
			break;
		case '\r':
			buf_add(b, "\\r", 2);
			break;
		case '\t':
			buf_add(b, "\\t", 2);
			break;
		default:
			buf_add(b, "\\u00", 4);
			buf_addc(b, (unsigned char)hex[c >> 4]);
			buf_addc(b, (unsigned char)hex[c & 15]);
		}
		from = ++i;
	}
	buf_add(b, s + from, n - from);
	buf_addc(b, '"');
}

// clang-format off
static const unsigned char ws_byte[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\v'] = 1, ['\f'] = 1,
};
// clang-format on

/* From s[i], past whole blocks of sixteen bytes that collapse_space()
 * copies as they are: no byte below 0x21 but single spaces, each before a
 * byte above 0x20 ("a cat sat on the"); returns where a block is not. */
#ifdef __SSE2__
/* Is the block s[i..i + 16) plain in that sense?  A space at its end
 * needs a next byte above 0x20; the text's end counts as white space. */
static inline int
plain_block(const unsigned char *s, size_t n, size_t i)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
	unsigned low = (unsigned)_mm_movemask_epi8(
	    _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(' ')), x));
	unsigned sp = (unsigned)_mm_movemask_epi8(
	    _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
	unsigned next = (low >> 1) |
	    ((unsigned)(i + 16 >= n || s[i + 16] <= ' ') << 15);

	return (low & ~sp) == 0 && (sp & next) == 0;
}
#endif

static size_t
skip_plain_blocks(const unsigned char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	while (i + 16 <= n && plain_block(s, n, i))
		i += 16;
	/* the last bytes as one more block that overlaps the ones checked:
	 * plainness holds byte by byte, so a sentence of 40 bytes needs no
	 * byte-by-byte tail */
	if (i < n && n >= 16 && i + 16 > n && plain_block(s, n, n - 16))
		i = n;
#else
	(void)s;
	(void)n;
#endif
	return i;
}

void
collapse_space(struct buf *b, const unsigned char *s, size_t n)
{
	size_t i = 0, from = 0;

	for (;;) {
		/* the fast path: plain bytes, and single spaces between them */
		i = skip_plain_blocks(s, n, i);
		while (i < n && !ws_byte[s[i]])
			i++;
		if (i + 1 >= n)
			break;
		if (s[i] == ' ' && !ws_byte[s[i + 1]]) {
			i += 2;
			continue;
		}
		buf_add(b, s + from, i - from);
		while (i < n && ws_byte[s[i]])
			i++;
		buf_addc(b, ' ');
		from = i;
	}
	if (i == n - 1 && ws_byte[s[i]] && s[i] != ' ') {
		/* a lone line end or tab at the very end */
		buf_add(b, s + from, i - from);
		buf_addc(b, ' ');
		from = n;
	}
	buf_add(b, s + from, n - from);
}

void
buf_add_size(struct buf *b, size_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	    "8081828384858687888990919293949596979899";
	char tmp[24];
	int k = 24;

	/* two digits a division: offsets of big files have many */
	while (v >= 100) {
		size_t r = v % 100;
		v /= 100;
		tmp[--k] = pairs[2 * r + 1];
		tmp[--k] = pairs[2 * r];
	}
	if (v >= 10) {
		tmp[--k] = pairs[2 * v + 1];
		tmp[--k] = pairs[2 * v];
	} else {
		tmp[--k] = (char)('0' + v);
	}
	buf_add(b, tmp + k, (size_t)(24 - k));
}

void
record_head(struct buf *b, int json, const char *file, size_t start, size_t end)
{
	if (json) {
		buf_adds(b, "{\"file\":");
		json_escape(b, (const unsigned char *)file, strlen(file));
		buf_adds(b, ",\"start\":");
		buf_add_size(b, start);
		buf_adds(b, ",\"end\":");
		buf_add_size(b, end);
	} else {
		tsv_escape(b, (const unsigned char *)file, strlen(file));
		buf_addc(b, '\t');
		buf_add_size(b, start);
		buf_addc(b, '\t');
		buf_add_size(b, end);
	}
}

void
record_field(struct buf *b, int json, const char *key, const void *s, size_t n)
{
	if (json) {
		buf_adds(b, ",\"");
		buf_adds(b, key);
		buf_adds(b, "\":");
		json_escape(b, s, n);
	} else {
		buf_addc(b, '\t');
		tsv_escape(b, s, n);
	}
}

void
record_str(struct buf *b, int json, const char *key, const char *s)
{
	record_field(b, json, key, s, strlen(s));
}

void
record_end(struct buf *b, int json)
{
	if (json)
		buf_addc(b, '}');
	buf_addc(b, '\n');
}

static void
write_all(const unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(STDOUT_FILENO, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			/* a closed pipe with SIGPIPE ignored: end silently */
			if (errno == EPIPE)
				exit(NU_EXIT_TROUBLE);
			die("write error: %s", strerror(errno));
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_init(struct out *o, int line_buffered)
{
	o->line_buffered = line_buffered;
	o->capture = 0;
	o->found = 0;
	o->b.p = NULL;
	o->b.len = o->b.cap = 0;
	buf_grow(&o->b, OUT_BLOCK * 2);
}

void
out_bytes(struct out *o, const void *p, size_t n)
{
	if (o->b.len + n > OUT_BLOCK) {
		write_all(o->b.p, o->b.len);
		o->b.len = 0;
		if (n >= OUT_BLOCK) {
			write_all(p, n);
			return;
		}
	}
	buf_add(&o->b, p, n);
}

void
out_record(struct out *o)
{
	if (o->capture)
		return;
	if (o->line_buffered || o->b.len >= OUT_BLOCK) {
		write_all(o->b.p, o->b.len);
		o->b.len = 0;
	}
}

int
out_close(struct out *o)
{
	write_all(o->b.p, o->b.len);
	o->b.len = 0;
	buf_free(&o->b);
	if (close(STDOUT_FILENO) != 0 && errno != EBADF && errno != EINTR) {
		warnmsg("write error: %s", strerror(errno));
		return NU_EXIT_TROUBLE;
	}
	return 0;
}
