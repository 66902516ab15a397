/* nv.h - newsview's engine: the annotations the suite's pipe markup
 * carries, and their renderings.  No I/O: everything goes to a struct buf.
 *
 *   nv_para_build()  one paragraph: its view (markup.h), its sentences,
 *                    and every annotation of every layer, in text order
 *   nv_put_records() the annotations as TSV or JSON Lines records
 *   nv_put_conll()   one token a line, a column per layer
 *   nv_html_*()      one page: the text coloured, a summary per document
 */
#ifndef NV_H
#define NV_H
#include <stddef.h>

#include "buf.h"
#include "markup.h"
#include "segment.h"
#include "token.h"

enum nv_layer { NV_SENTENCE, NV_ENTITY, NV_TIMEX, NV_QUOTE, NV_NLAYERS };
#define NV_ALL_LAYERS ((1u << NV_NLAYERS) - 1)

/* "sentence", "entity", "timex", "quote" */
extern const char *const nv_layer_names[NV_NLAYERS];
/* The layer named s, or NV_NLAYERS */
enum nv_layer nv_layer_lookup(const char *s, size_t n);

struct nv_annot {
	enum nv_layer layer;
	size_t start, end;   /* in the paragraph's text (the view's) */
	size_t cstart, cend; /* the same in code points */
	const char *type;    /* PER..MISC, the TIMEX3 type; or NULL */
	const char *value;   /* the TIMEX3 value, or NULL */
	const char *speaker; /* the QUOTE speaker, or NULL */
};

enum nv_sentences {
	NV_SENT_SEGMENT, /* found by the core segmenter, as sentsplit */
	NV_SENT_LINES    /* each line one, as sentsplit writes them */
};

struct nv_para {
	/* settings */
	unsigned layers; /* bits 1 << enum nv_layer */
	enum nv_sentences sentences;
	struct segmenter sg;
	/* the paragraph */
	struct view v;
	struct nv_annot *a; /* by start, outer first */
	size_t n;
	size_t chars; /* code points of the text */
	/* storage */
	size_t cap;
	struct nv_annot *tmp; /* for the merge */
	size_t tmpcap;
	struct spanvec sents;
	struct buf attrs;
};

/* Build p's view of s[0..n) and its annotations (raw: no markup). */
void nv_para_build(
    struct nv_para *p, const unsigned char *s, size_t n, int raw);
void nv_para_free(struct nv_para *p);

/* Records of the paragraph: file, the offsets of the paragraph's text in
 * the file's text without tags (toff bytes, coff code points), doc the
 * document's number in the file. */
void nv_put_records(struct buf *b, int json, const char *file, size_t doc,
    size_t toff, size_t coff, const struct nv_para *p);
/* The TSV header line of those records. */
void nv_put_header(struct buf *b);
/* The paragraph's sentences, one token a line: token, entity (IOB2),
 * TIMEX3 type (IOB2), TIMEX3 value, quotation (IOB2); a blank line after
 * each sentence.  toks is scratch. */
void nv_put_conll(struct buf *b, const struct nv_para *p, struct tokvec *toks);

/* HTML: one page per run, one <article> per document. */
struct nv_doc;
struct nv_html_opts {
	int sentence_marks; /* number the sentences in the text */
	const char *title;
};
struct nv_doc *nv_doc_new(void);
void nv_doc_free(struct nv_doc *d);
void nv_html_head(struct buf *b, const struct nv_html_opts *o);
/* Render the paragraph into the document held in d. */
void nv_html_para(
    struct nv_doc *d, const struct nv_para *p, const struct nv_html_opts *o);
/* Write the document held in d (if it has any text) as an article:
 * heading, summary, text; then forget it. */
void nv_html_doc(struct buf *b, struct nv_doc *d, const char *file, size_t doc);
void nv_html_tail(struct buf *b, const struct nv_doc *d);

/* Escapers, exported for the unit tests. */
void html_escape(struct buf *b, const unsigned char *s, size_t n);
/* Code points of s[0..n); an invalid byte counts as one (U+FFFD). */
size_t nv_chars(const unsigned char *s, size_t n);

#endif
