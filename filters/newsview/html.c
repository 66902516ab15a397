/* html.c - the annotated text as one self-contained page: no script, no
 * external asset, every byte of the input escaped */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "nv.h"
#include "output.h"
#include "summary.h"
#include "utf8.h"
#include "xalloc.h"

/* Text as HTML: the five markup characters as references; invalid UTF-8,
 * control characters and C1 controls as U+FFFD (an HTML parser would
 * take them for errors); CR as a space. */
void
html_escape(struct buf *b, const unsigned char *s, size_t n)
{
	size_t i = 0, from = 0;

	while (i < n) {
		unsigned char c = s[i];
		const char *rep;
		size_t len = 1;
		int32_t cp;

		if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' &&
		    c != '"' && c != '\'') {
			i++;
			continue;
		}
		switch (c) {
		// clang-format off
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		case '\t': case '\n': rep = NULL; break;
		case '\r': rep = " "; break;
		// clang-format on
		default:
			if (c < 0x80) {
				rep = "\xEF\xBF\xBD";
				break;
			}
			len = u8_decode(s + i, n - i, &cp);
			rep = NULL;
			if (cp == U8_INVALID || (cp >= 0x80 && cp < 0xA0) ||
			    (cp >= 0xFDD0 && cp <= 0xFDEF) ||
			    (cp & 0xFFFE) == 0xFFFE)
				rep = "\xEF\xBF\xBD";
		}
		if (rep == NULL) {
			i += len;
			continue;
		}
		buf_add(b, s + from, i - from);
		buf_adds(b, rep);
		i += len;
		from = i;
	}
	buf_add(b, s + from, n - from);
}

static void
esc(struct buf *b, const char *s)
{
	html_escape(b, (const unsigned char *)s, strlen(s));
}

/* Colours: dark text (#111) on light backgrounds, 12:1 or better; each
 * type also has its own underline style, for readers who do not tell the
 * colours apart and for grey-scale printers. */
static const char css[] =
    ":root{color-scheme:light}"
    "body{margin:0;padding:1rem;font:1.05rem/1.6 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#111;background:#fff}"
    "header,main{max-width:72rem;margin:0 auto}"
    "h1{font-size:1.3rem;margin:0 0 .5rem}"
    "article>header{border-bottom:1px solid #767676;margin:1.5rem 0 .5rem}"
    "h2{font-size:1.15rem;margin:0}"
    "h3{font-size:1rem;margin:.8rem 0 .3rem}"
    "a{color:#0645ad}"
    ".legend{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;"
    "gap:.4rem 1rem}"
    "article{display:grid;grid-template-columns:minmax(0,1fr);gap:0 2rem}"
    "@media (min-width:60rem){article{grid-template-columns:minmax(0,2fr) "
    "minmax(0,1fr)}.text{grid-column:1;grid-row:2}.summary{grid-column:2;"
    "grid-row:2}article>header{grid-column:1/-1}}"
    ".text p{margin:0 0 1em;overflow-wrap:anywhere}"
    ".src{margin:0 0 .5rem;color:#333;font-size:.9rem}"
    ".summary{font-size:.95rem;overflow-wrap:anywhere}"
    ".summary ul,.summary ol{margin:0;padding-left:1.2rem}"
    ".count{font-variant-numeric:tabular-nums;color:#333}"
    ".aka{color:#333;font-size:.9em}"
    ".e{border-radius:.2em;padding:0 .1em;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone}"
    ".PER{background:#ffe2c4;border-bottom:2px solid #a34f00}"
    ".ORG{background:#d6eaff;border-bottom:2px dashed #0b4f8a}"
    ".LOC{background:#d9f2d5;border-bottom:3px dotted #256b29}"
    ".MISC{background:#ecdffa;border-bottom:3px double #5e2f8f}"
    ".t{background:#fff3b8;border-bottom:2px solid #6b5200;position:relative}"
    ".t:hover::after,.t:focus::after{content:attr(data-value);position:absolute;"
    "left:0;bottom:100%;z-index:1;white-space:nowrap;font-size:.8rem;"
    "line-height:1.4;padding:0 .3em;background:#222;color:#fff;border-radius:.2em}"
    ".q{font-style:italic;background:#f2f2f2;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone}"
    ".who{font-style:normal;font-size:.75em;font-weight:600;background:#444;"
    "color:#fff;border-radius:.2em;padding:0 .3em;margin-right:.2em}"
    ".sb{font-size:.7em;vertical-align:super;color:#555;border-left:1px solid "
    "#767676;padding-left:.15em;margin-left:.1em}"
    "@media print{body{font:11pt/1.45 Georgia,serif;padding:0}"
    "a{color:inherit;text-decoration:none}"
    ".e,.t,.q,.who{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".t::after,.t:hover::after,.t:focus::after{content:\" [\" attr(data-value) "
    "\"]\";position:static;background:none;color:#111;font-size:.8em;padding:0}"
    "article{display:block;break-before:page}"
    "article:first-of-type{break-before:auto}"
    ".summary{border:1px solid #767676;padding:.3rem .6rem;margin-bottom:1rem;"
    "break-inside:avoid}}";

void
nv_html_head(struct buf *b, const struct nv_html_opts *o)
{
	buf_adds(b,
	    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    /* nothing is fetched and nothing runs, whatever the text says */
	    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
	    "'none'; style-src 'unsafe-inline'; img-src data:\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"newsview\">\n"
	    "<link rel=\"icon\" href=\"data:,\">\n<title>");
	esc(b, o->title);
	buf_adds(b, "</title>\n<style>");
	buf_adds(b, css);
	buf_adds(b, "</style>\n</head>\n<body>\n<header>\n<h1>");
	esc(b, o->title);
	buf_adds(b,
	    "</h1>\n<ul class=\"legend\" aria-label=\"Legend\">\n"
	    "<li><span class=\"e PER\">person</span></li>\n"
	    "<li><span class=\"e ORG\">organisation</span></li>\n"
	    "<li><span class=\"e LOC\">place</span></li>\n"
	    "<li><span class=\"e MISC\">other name</span></li>\n"
	    "<li><span class=\"t\" tabindex=\"0\" data-value=\"its value\" "
	    "title=\"its value\">date or time</span></li>\n"
	    "<li><span class=\"q\"><span class=\"who\">speaker</span>quotation</span></li>\n");
	if (o->sentence_marks)
		buf_adds(b, "<li><span class=\"sb\">1</span> sentence</li>\n");
	buf_adds(b, "</ul>\n</header>\n<main>\n");
}

void
nv_html_tail(struct buf *b, const struct nv_doc *d)
{
	if (doc_number(d) == 1)
		buf_adds(b, "<p>No text.</p>\n");
	buf_adds(b, "</main>\n</body>\n</html>\n");
}

static void
put_id(struct buf *b, size_t doc, char kind, size_t n)
{
	buf_adds(b, " id=\"d");
	buf_add_size(b, doc);
	buf_addc(b, '-');
	buf_addc(b, (unsigned char)kind);
	buf_add_size(b, n);
	buf_addc(b, '"');
}

/* The start tag of an annotation; records it in the summary. */
static void
open_annot(struct nv_doc *d, struct buf *b, const struct nv_para *p,
    const struct nv_annot *a)
{
	const unsigned char *text = p->v.text + a->start;
	size_t len = a->end - a->start;
	size_t id;

	switch (a->layer) {
	case NV_ENTITY:
		id = doc_entity(d, a->type, text, len);
		buf_adds(b, "<span class=\"e ");
		buf_adds(b, a->type);
		buf_addc(b, '"');
		put_id(b, doc_number(d), 'e', id);
		buf_adds(b, " title=\"");
		buf_adds(b, a->type);
		buf_adds(b, "\">");
		break;
	case NV_TIMEX:
		id = doc_timex(d, a->type, a->value, text, len);
		buf_adds(b, "<span class=\"t\"");
		put_id(b, doc_number(d), 't', id);
		buf_adds(b, " tabindex=\"0\" data-value=\"");
		esc(b, a->value ? a->value : "");
		buf_adds(b, "\" title=\"");
		esc(b, a->type ? a->type : "TIMEX3");
		buf_addc(b, ' ');
		esc(b, a->value ? a->value : "");
		buf_adds(b, "\">");
		break;
	case NV_QUOTE:
		id = doc_quote(d, a->speaker, text, len);
		buf_adds(b, "<span class=\"q\"");
		put_id(b, doc_number(d), 'q', id);
		buf_adds(b, " data-speaker=\"");
		esc(b, a->speaker ? a->speaker : "");
		buf_adds(b, "\"><span class=\"who\">");
		esc(b, a->speaker && *a->speaker ? a->speaker : "unknown");
		buf_adds(b, "</span>");
		break;
	default:
		break;
	}
}

void
nv_html_para(
    struct nv_doc *d, const struct nv_para *p, const struct nv_html_opts *o)
{
	struct buf *b = doc_body(d);
	const unsigned char *s = p->v.text;
	size_t depth = 0, pos = 0, end[64];

	doc_title(d, s, line_content_len(s, p->v.len));
	buf_adds(b, "<p>");
	for (size_t k = 0; k < p->n; k++) {
		const struct nv_annot *a = &p->a[k];

		/* close what ends before this one starts */
		while (depth > 0 && end[depth - 1] <= a->start) {
			html_escape(b, s + pos, end[depth - 1] - pos);
			pos = end[--depth];
			buf_adds(b, "</span>");
		}
		html_escape(b, s + pos, a->start - pos);
		pos = a->start;
		if (a->layer == NV_SENTENCE) {
			if (o->sentence_marks) {
				size_t n = doc_sentence(d);
				buf_adds(
				    b, "<span class=\"sb\" title=\"sentence ");
				buf_add_size(b, n);
				buf_adds(b, "\">");
				buf_add_size(b, n);
				buf_adds(b, "</span>");
			}
			continue;
		}
		/* an empty pair shows nothing; nesting deeper than this is
		 * shown flat */
		if (a->end == a->start || depth == sizeof end / sizeof end[0])
			continue;
		open_annot(d, b, p, a);
		/* pairs nest (markup.c matches them so); never past the parent */
		end[depth] = depth > 0 && a->end > end[depth - 1]
		    ? end[depth - 1]
		    : a->end;
		depth++;
	}
	while (depth > 0) {
		html_escape(b, s + pos, end[depth - 1] - pos);
		pos = end[--depth];
		buf_adds(b, "</span>");
	}
	/* the paragraph's line end is no text */
	html_escape(b, s + pos, line_content_len(s + pos, p->v.len - pos));
	buf_adds(b, "</p>\n");
}
