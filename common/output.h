/* output.h - writers.
 *
 * The escapers append to a struct buf (they do no I/O, so they are unit
 * tested alone); out_* move bytes to standard output and catch write
 * errors: a closed pipe ends the program at once and silently, any other
 * failure (a full disk) is "prog: write error: ..." and status 2. */
#ifndef NU_OUTPUT_H
#define NU_OUTPUT_H
#include <stddef.h>

#include "buf.h"

/* TSV field: TAB, LF, CR and backslash as \t \n \r \\ (jq's @tsv). */
void tsv_escape(struct buf *b, const unsigned char *s, size_t n);
/* JSON string with its quotes; invalid UTF-8 becomes U+FFFD. */
void json_escape(struct buf *b, const unsigned char *s, size_t n);
/* Text with each run of white space (and line ends) as one space. */
void collapse_space(struct buf *b, const unsigned char *s, size_t n);
/* Decimal size_t */
void buf_add_size(struct buf *b, size_t v);

/*
 * A record of -f tsv or -f json: record_head writes "FILE<TAB>START<TAB>END"
 * or {"file":FILE,"start":START,"end":END; each record_field adds
 * "<TAB>VALUE" or ,"KEY":"VALUE"; record_end closes the object and the line.
 */
void record_head(
    struct buf *b, int json, const char *file, size_t start, size_t end);
void record_field(
    struct buf *b, int json, const char *key, const void *s, size_t n);
void record_str(struct buf *b, int json, const char *key, const char *s);
void record_end(struct buf *b, int json);

struct out {
	int line_buffered;
	int capture;  /* hold everything (the --jsonl driver) */
	size_t found; /* what the filter found so far (-e) */
	struct buf b; /* pending bytes */
};

void out_init(struct out *o, int line_buffered);
void out_bytes(struct out *o, const void *p, size_t n);
/* Flush the pending bytes if line buffered or if enough piled up. */
void out_record(struct out *o);
/* Flush and close standard output; 0, or 2 after a write error message. */
int out_close(struct out *o);

#endif
