/* input.h - reading files as documents, paragraphs and the gaps between.
 *
 * A reader turns one file (or standard input) into a stream of chunks.
 * Every byte of the file lands in exactly one chunk, in order, so a filter
 * that copies every chunk reproduces its input byte for byte.
 *
 *   CHUNK_BOM     a UTF-8 byte order mark at the start of a document
 *   CHUNK_GAP     one blank (white-space-only) line, terminator included
 *   CHUNK_PARA    a paragraph: a run of non-blank lines, the final line
 *                 terminator included; or a piece of one past the cap
 *   CHUNK_DOCEND  a document separator: a line holding a single form
 *                 feed, or a NUL under -z; empty at the end of the file
 *
 * Each chunk also says where it starts in the file's text without the
 * suite's tags (toff): "<PER>Obama</PER> met Merkel." puts Merkel at
 * text offset 10, the offset in the original file the tags were put in.
 *
 * Memory is bounded by the paragraph cap plus one read block: a longer
 * paragraph comes in pieces (more/cont flags), cut at a line end, else at
 * white space, else at a character boundary. */
#ifndef NU_INPUT_H
#define NU_INPUT_H
#include <stddef.h>

#define INPUT_DEFAULT_CAP ((size_t)1 << 20)

struct input_opts {
	int zero;       /* -z: NUL separates documents */
	int line_paras; /* every non-blank line is a paragraph */
	int quiet;      /* no warnings (invalid UTF-8, long paragraphs) */
	size_t cap;     /* paragraph cap in bytes */
	int raw;        /* --raw: no markup, so toff == off */
};

enum chunk_kind { CHUNK_PARA, CHUNK_GAP, CHUNK_BOM, CHUNK_DOCEND };

struct chunk {
	enum chunk_kind kind;
	const unsigned char *p; /* valid until the next reader_next() */
	size_t len;
	size_t off; /* offset of p[0] in the file */
	/* offset of p[0] in the file with the suite's tags taken out: where
	 * stand-off records point (a view's text offset i is toff + i) */
	size_t toff;
	int cont;    /* PARA: continues the previous piece */
	int more;    /* PARA: the paragraph goes on in the next chunk */
	int may_tag; /* PARA: 0 when no '<' is in it, so no tag either */
	/* PARA: its white space is single spaces, each before a byte above
	 * 0x20, and its line end: nothing for collapse_space() to do inside
	 * it */
	int plain_space;
};

struct reader;

/* Open path ("-" or NULL: standard input).  NULL with errno set on failure. */
struct reader *reader_open(const char *path, const struct input_opts *o);
/* A reader over a copy of p[0..n), one document (the --jsonl records). */
struct reader *reader_open_mem(const unsigned char *p, size_t n,
    const char *name, const struct input_opts *o);
/* 1: a chunk was stored; 0: end of file; -1: read error, errno set. */
int reader_next(struct reader *r, struct chunk *c);
/* The name for messages ("standard input") and for records ("-"). */
const char *reader_display_name(const struct reader *r);
const char *reader_record_name(const struct reader *r);
void reader_close(struct reader *r);

/* Length of s[0..n) without its line terminator (LF, CR LF, or a lone CR at
 * the end). */
size_t line_content_len(const unsigned char *s, size_t n);

#endif
