/* qp.h: the quotepull engine. No I/O: the caller feeds a document's
 * paragraphs in order (their text with suite tags stripped, plus the
 * <PER>/<ORG> spans found in it) and calls qp_reset at the document's end.
 * The engine pairs quotation marks, keeps the quotations and finds their
 * speakers. Its document state grows with the names mentioned, never with
 * the document's length. */
#ifndef QP_H
#define QP_H

#include <stddef.h>
#include <stdint.h>

#define QP_NOPOS SIZE_MAX

enum qp_kind {
	QP_FULL,    /* a sentence or more: "We will not sell the plant." */
	QP_PARTIAL, /* part of the reporting sentence: called it "lousy" */
	QP_HEADLINE /* in the document's title line */
};

enum qp_enttype {
	QP_PER = 1,
	QP_ORG = 2,
	QP_OTHER = 3, /* a date, ...: its words are no speaker */
	QP_PLACE = 4  /* a place or another name (<LOC>, <MISC>): its words
		       * speak only when nothing else can */
};

/* A named entity already tagged upstream, offsets into the paragraph text. */
struct qp_ent {
	size_t start, end;
	int type;
};

/* One quotation (or the part of one that lies in this paragraph). Offsets
 * are into the paragraph text; strings stay valid until the next call. */
/* Who speaks: a person, a group of people ("the protesters"), an
 * organisation ("the ministry"), or not known. */
enum qp_speaker_kind { QP_SK_UNKNOWN, QP_SK_PERSON, QP_SK_GROUP, QP_SK_ORG };

struct qp_quote {
	size_t start, end; /* with the marks that are in this paragraph */
	size_t text_start,
	    text_end;        /* between the marks, trailing comma dropped */
	const char *speaker; /* resolved name, "" when unknown */
	const char *mention; /* the attributing mention as written, or "" */
	size_t mention_start,
	    mention_end; /* QP_NOPOS when not in this paragraph */
	const char *cue; /* the cue verb ("said"), ":" or "" */
	enum qp_kind kind;
	int cont_before;  /* continues a quote of the previous paragraph */
	int cont_after;   /* runs on into the next paragraph */
	int guessed;      /* no cue and no speaker near: the speaker is ""
			   * or one quoted paragraphs before */
	const char *role; /* the title of a speaker not named yet
			   * ("Minister says …"), or "" */
	enum qp_speaker_kind speaker_kind;
	/* where the document names the speaker as the record does, as the
	 * origin function maps offsets (qp_set_origin); QP_NOPOS if unknown */
	size_t speaker_start, speaker_end;
};

struct qp_engine;

struct qp_engine *qp_new(void);
void qp_free(struct qp_engine *);
/* End of a document: forget its names and speakers. */
void qp_reset(struct qp_engine *);
/* The document offset of position pos of the paragraph being analysed,
 * for speaker_start and speaker_end; without one, positions are given as
 * they are. */
void qp_set_origin(
    struct qp_engine *, size_t (*orig)(void *ctx, size_t pos), void *ctx);
/* Words that are speech verbs besides the compiled-in ones ("quipped"):
 * the lexicon stays the caller's. */
struct lexicon;
void qp_set_verbs(struct qp_engine *, const struct lexicon *);
/* Analyse the next paragraph of the document; *out receives the quotations
 * in text order. Returns how many. */
size_t qp_paragraph(struct qp_engine *, const unsigned char *text, size_t len,
    const struct qp_ent *ents, size_t nents, const struct qp_quote **out);
/* Can the paragraph text[0..len) give no quotation, whatever came before
 * it: no quotation mark, no interview turn ("Jane Doe: ...")?  Then it
 * only adds the names that later paragraphs' speakers may need, and a
 * caller may give it to qp_paragraph later, right before the next
 * paragraph of the document that can give one (in order), or never when
 * there is none.  0 when not sure; QP_NQ_COLON for one with a colon after
 * four words at most that cannot be a turn ("At 2:30 the court …"): it
 * ends a run of qp_names_only paragraphs as one that may give a
 * quotation would (a colon's speaker may be "they": qp_colon_intro). */
enum { QP_NQ_COLON = 2 };
int qp_no_quotes(const unsigned char *text, size_t len);
/* With on set, the paragraphs the engine reads next give no quotation and
 * two more follow them before any that may: only their names are needed,
 * not the groups they make the subject (for "they", two paragraphs on). */
void qp_names_only(struct qp_engine *, int on);
/* The person of the document last named with title role ("minister" ->
 * "Omar Said"), or NULL; valid until the next call. A caller may hold a
 * headline back a few paragraphs to name its speaker with this. */
const char *qp_named(struct qp_engine *, const char *role);

#endif
