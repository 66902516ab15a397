/* qp_test.h: what the unit tests of the quotepull engine share: run the
 * engine over a document and check what it found (qp_test.c). */
#ifndef QP_TEST_H
#define QP_TEST_H
#include <criterion/criterion.h>
#include <stddef.h>

#include "qp.h"

#define MAXQ 16

struct got {
	size_t n;
	char text[MAXQ][512];
	char speaker[MAXQ][128];
	char cue[MAXQ][32];
	int kind[MAXQ];
	int speaker_kind[MAXQ];
	size_t start[MAXQ], end[MAXQ];
	size_t speaker_start[MAXQ], speaker_end[MAXQ];
};

/* Run the engine over one document: paragraphs separated by blank lines. */
void run_doc(
    const char *doc, struct got *g, const struct qp_ent *ents, size_t nents);
/* doc gives one quote, text by speaker */
void expect1(const char *doc, const char *text, const char *speaker);
/* doc gives two quotes, by speaker0 and speaker1 */
void expect2(const char *doc, const char *speaker0, const char *speaker1);
/* doc gives n quotes, the i-th of them by speaker */
void expect_speaker(const char *doc, size_t n, size_t i, const char *speaker);
/* doc gives no quote */
void expect_none(const char *doc);

#endif
