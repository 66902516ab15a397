/* qp_test.c: the helpers of the quotepull engine's unit tests
 * (qp_test.h). */
#include <stdio.h>
#include <string.h>

#include "qp_test.h"

/* Run the engine over one document: paragraphs separated by blank lines. */
void
run_doc(const char *doc, struct got *g, const struct qp_ent *ents, size_t nents)
{
	struct qp_engine *e = qp_new();
	const char *p = doc;
	size_t base = 0;

	memset(g, 0, sizeof *g);
	while (*p) {
		const char *end = strstr(p, "\n\n");
		size_t len = end ? (size_t)(end - p) + 1 : strlen(p);
		const struct qp_quote *q;
		size_t n = qp_paragraph(
		    e, (const unsigned char *)p, len, ents, nents, &q);

		for (size_t i = 0; i < n && g->n < MAXQ; i++, g->n++) {
			snprintf(g->text[g->n], sizeof g->text[0], "%.*s",
			    (int)(q[i].text_end - q[i].text_start),
			    p + q[i].text_start);
			snprintf(g->speaker[g->n], sizeof g->speaker[0], "%s",
			    q[i].speaker);
			snprintf(
			    g->cue[g->n], sizeof g->cue[0], "%s", q[i].cue);
			g->kind[g->n] = q[i].kind;
			g->speaker_kind[g->n] = q[i].speaker_kind;
			g->speaker_start[g->n] = q[i].speaker_start;
			g->speaker_end[g->n] = q[i].speaker_end;
			g->start[g->n] = base + q[i].start;
			g->end[g->n] = base + q[i].end;
		}
		if (!end)
			break;
		base += (size_t)(end - p) + 2;
		p = end + 2;
	}
	qp_free(e);
}

void
expect1(const char *doc, const char *text, const char *speaker)
{
	struct got g;

	run_doc(doc, &g, NULL, 0);
	cr_assert_eq(g.n, 1, "%zu quotes in: %s", g.n, doc);
	cr_assert_str_eq(g.text[0], text);
	cr_assert_str_eq(g.speaker[0], speaker);
}

/* doc gives two quotes, the first by speaker0, the second by speaker1 */
void
expect2(const char *doc, const char *speaker0, const char *speaker1)
{
	struct got g;

	run_doc(doc, &g, NULL, 0);
	cr_assert_eq(g.n, 2, "%zu quotes in: %s", g.n, doc);
	cr_assert_str_eq(g.speaker[0], speaker0);
	cr_assert_str_eq(g.speaker[1], speaker1);
}

/* doc gives n quotes, the i-th of them by speaker */
void
expect_speaker(const char *doc, size_t n, size_t i, const char *speaker)
{
	struct got g;

	run_doc(doc, &g, NULL, 0);
	cr_assert_eq(g.n, n, "%zu quotes in: %s", g.n, doc);
	cr_assert_str_eq(g.speaker[i], speaker);
}

void
expect_none(const char *doc)
{
	struct got g;

	run_doc(doc, &g, NULL, 0);
	cr_assert_eq(g.n, 0, "expected no quote, got \"%s\" in: %s",
	    g.n ? g.text[0] : "", doc);
}
