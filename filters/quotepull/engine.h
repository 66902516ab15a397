/* engine.h: the quotepull engine's own types and the interface between its
 * files (qp.h is the public API).
 *
 * Per paragraph, in this order (qp_paragraph in engine.c):
 *   tokens.c       tokenize: byte loop, utf8proc only for bytes >= 0x80
 *   marks.c        pair the quotation marks into quotations
 *   sentences.c    sentence numbers, the core segmenter deciding each boundary
 *   tagged.c       the names tagged upstream (<PER>, <ORG>, ...), then
 *   mentions.c     names, titles, role phrases and pronouns
 *   attribution.c  for each quotation: is it one (terms.c), and who said it,
 *                  from the shallow clause reading in clauses.c
 *   turns.c        speakers from the layout: interview turns, a colon
 *                  ending the paragraph before a quotation
 *   speaker.c      a speaker mention resolved to the name written out
 *   names.c        the document's names, for short mentions, roles, pronouns
 *   index.c        their index: a mention's entity found by its text
 */
#ifndef QP_ENGINE_H
#define QP_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "qp.h"
#include "qp_lex.h"

enum { TK_WORD, TK_NUM, TK_PUNCT, TK_MARK };
enum {
	F_CAP = 1,
	F_ALLCAP = 2,
	F_POSS = 4,
	F_LOWER = 8,
	F_SPB = 16,
	F_HYPH = 32,   /* lower case, a hyphen at byte 2 or 3: "el-Sisi"? */
	F_LOW9 = 64,   /* a mark opening at the baseline: „ ‚ */
	F_SIX = 128,   /* “ ‘: opening in English, closing „ and ‚ */
	F_PLACE = 256, /* in a <LOC> or <MISC> tag from upstream */
	F_NICK = 512   /* a nickname and its marks: Johnny "Shorty" Smith */
};
/* the kinds of marks: a closer closes an opener of its kind */
enum { MK_DQ = 1, MK_SQ, MK_SG, MK_CJ, MK_CJ2 };
enum { MR_NONE, MR_OPEN, MR_CLOSE, MR_AMBIG };
enum {
	CC_SPACE,
	CC_ALNUM,
	CC_OPEN,
	CC_PUNCT,
	CC_QUOTE,
	CC_UTF8 /* in byte_cc only: a byte >= 0x80, decode the code point */
};
enum { MN_NAME = 1, MN_ORG, MN_ROLE, MN_PRON };

#define MAX_ENTITIES 2048
#define NO (-1)
#define MEN_BLOCKED (-2) /* a token of a <LOC>, <MISC> or <TIMEX3> tag */

/* 40 bytes: the small fields fill the gaps between the large ones */
struct tok {
	size_t s, e;
	uint32_t lex;
	uint8_t type, mk, mr;
	uint8_t stem; /* length looked up: no period, no 's */
	uint16_t fl;
	uint8_t lexp; /* lex not looked up yet: tok_lex does it */
	int32_t q;    /* outermost quotation holding the token, or NO */
	int32_t sent;
	int32_t men; /* mention covering the token, or NO */
};

struct mention {
	int ts, te; /* as written, titles included */
	int ns, ne; /* the name proper, or the role phrase's head */
	int kind;
	int indef;       /* "a spokesman", "one passenger" */
	int weak;        /* a lone capitalised word opening a sentence */
	int person;      /* known to be a person (given name, title) */
	int place;       /* tagged <LOC> or <MISC> upstream, no person */
	uint32_t gender; /* QL_FEM / QL_MASC bits */
	int plural;
	int sent;
	int ts_title; /* first title token (capitalised or not), or NO */
	int ent;      /* entity once resolved, or NO */
	int poss_ns,
	    poss_ne;  /* a possessor's name: "Judge Miller's statement" */
	int poss_tok; /* a possessor's role word: "the judge's statement" */
	int desc;     /* a head no lexicon knows, "the suspect said" */
};

struct quote {
	int o, c;        /* open and close mark tokens; NO when absent */
	int first, last; /* content tokens [first, last) */
	size_t start, end, text_start, text_end;
	int words;
	int kind;
	int keep;
	int men; /* speaker mention in this paragraph, or NO */
	int cue; /* cue token, or NO */
	int cont_before, cont_after;
	size_t spk, spk_len; /* resolved speaker in the output arena */
	size_t mtx, mtx_len; /* mention as written in the output arena */
	size_t role,
	    role_len;   /* an unresolved title, lower case, in the arena */
	size_t cue_off; /* the cue word in the arena */
	int have_spk;
	int spk_kind; /* enum qp_speaker_kind, 0 until known */
	int ent;      /* speaker entity, or NO */
	int far;      /* no cue, the speaker only the document's last one */
};

struct entity {
	size_t name, nlen; /* in the document arena */
	int ntok;
	int org;
	int person;
	int place;               /* named only in <LOC> or <MISC> tags */
	size_t at_start, at_end; /* where the name is written in full */
	uint32_t gender;
	uint32_t seen;
	uint32_t count;   /* mentions so far */
	uint32_t sal;     /* last mention outside a prepositional phrase */
	uint32_t subj;    /* last mention as a sentence's subject */
	size_t titles[4]; /* lower-case title words, in the arena */
	uint8_t tlen[4];
	size_t tmods[4]; /* the word qualifying each ("health" minister) */
	uint8_t tmodlen[4];
	int ntitles;
	int32_t slot_first, slot_last; /* its words' name slots, or -1 */
};

/* The document's names by full name and by word, for the look-ups done on
 * every mention. Each slot has a tag in ntag: the generation it was
 * written in (1 + gen % 255, 0 for none) and the top byte of its hash.
 * Slots of an older document are stale by generation, so a reset costs
 * nothing; the probes read the 16 KB of tags and a slot only when its tag
 * matches, as the slots are cold when a document starts. */
#define NAME_SLOTS 8192

struct nslot {
	uint32_t hash;
	uint32_t key; /* in the document arena */
	uint16_t klen;
	int16_t full;  /* the entity of this full name */
	int16_t last;  /* the latest entity ending with this word */
	int16_t first; /* the latest entity starting with this word */
};

struct pair {
	int o, c;
};

struct qp_engine {
	struct lex_memo *memo;          /* of qp_lexicon's look-ups */
	size_t (*orig)(void *, size_t); /* document offsets, or NULL */
	void *orig_ctx;
	const struct lexicon *verbs; /* more speech verbs, or NULL */
	/* per paragraph, reused */
	const unsigned char *s;
	size_t n;
	struct tok *tok;
	size_t ntok, captok;
	size_t nmarks; /* of the tokens, quotation marks */
	struct mention *men;
	size_t nmen, capmen;
	struct quote *qs;
	size_t nq, capq;
	struct pair *pairs;
	size_t npairs, cappairs;
	int *stack;
	size_t capstack;
	char *ob; /* output strings */
	size_t oblen, obcap;
	struct qp_quote *out;
	size_t capout;
	size_t regcur; /* mentions registered so far */
	/* per document */
	struct entity *ent;
	size_t nent, capent;
	char *arena;
	size_t alen, acap;
	struct nslot *names;
	uint16_t *ntag; /* of each slot of names */
	uint32_t gen;
	uint8_t tgen; /* the tags' generation, 1 + gen % 255 */
	size_t nnames;
	uint32_t clock;
	int para; /* paragraphs seen in this document */
	int last_spk_ent;
	char last_spk[256], last_men[256];
	int last_spk_para; /* paragraph of the last attributed quotation */
	int run_open;      /* a quotation runs on from the previous paragraph */
	char run_spk[256], run_men[256];
	int run_ent;
	int colon_para; /* paragraph ending in a colon after a speaker */
	char colon_spk[256], colon_men[256];
	int colon_ent;
	int last_kind, run_kind, colon_kind; /* their speaker kinds */
	int turn_para; /* the last paragraph that was an interview's turn */
	/* the person answering in a "((Name)) …" turn, for its paragraph
	 * and the unlabelled ones after it (turns.c); label_gen is the
	 * document's gen */
	uint32_t label_gen;
	int label_para;
	char label_spk[128];
	/* the last group or organisation that was a sentence's subject, for
	 * "they" in a later paragraph (qp_note_group) */
	int grp_para, grp_ent, grp_kind;
	int sent_first[4]; /* the first token of sentence s at [s & 3] */
	int names_only;    /* qp_names_only: no group notes */
	char grp_spk[256];
};

/* tok_is(e, t, "literal") */
#define tok_is(e, t, w) tok_is_n((e), (t), (w), sizeof(w) - 1)
#define ptok_lex(e, k) tok_lex((e), (int)((k) - (e)->tok))

/* The lexicon's flags of word s[0..n) (ASCII case folded): the few
 * hundred words a text repeats ("said", "he", "told") by the memo, asked
 * first; a word in no list ("Okonkwo") by the lexicon's Bloom filter, a
 * few KB that stay in the cache; the rest by one probe of the index
 * (common/lexicon.h): the lexicon's 640 KB of slots are never read.
 * Inlined in its four callers: a call per look-up cost 2% of the
 * instructions. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint32_t
qp_lex_flags(const struct qp_engine *e, const unsigned char *s, size_t n)
{
	struct lex_key k;
	struct lex_memo_slot *m;

	if (!lex_key_make(&k, s, n, e->s + e->n))
		return lexicon_long_flags(&qp_lexicon, s, n);
	/* the memo first: most words looked up are in it ("said", "the") */
	m = &e->memo->m[k.hash >> (64 - LEX_MEMO_BITS)];
	if (m->len == k.n && m->w[0] == k.w[0] && m->w[1] == k.w[1])
		return m->flags;
	if (!lexicon_maybe(&qp_lexicon, &k))
		return 0;
	m->w[0] = k.w[0];
	m->w[1] = k.w[1];
	m->len = (uint32_t)k.n;
	return m->flags = lexicon_key_flags(&qp_lexicon, &k);
}

/* Look token k up (tokens.c): its lexicon flags, and a verb of --verbs. */
void qp_look_up(const struct qp_engine *, struct tok *k);

/* Does token t consist of exactly the ASCII string w[0..n)
 * (case-insensitive)? */
static inline int
tok_is_n(const struct qp_engine *e, int t, const char *w, size_t n)
{
	const struct tok *k = &e->tok[t];

	if (k->e - k->s != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = e->s[k->s + i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != (unsigned char)w[i])
			return 0;
	}
	return 1;
}

static inline int
tok_punct(const struct qp_engine *e, int t, unsigned char c)
{
	return t >= 0 && (size_t)t < e->ntok && e->tok[t].type == TK_PUNCT &&
	    e->tok[t].e - e->tok[t].s == 1 && e->s[e->tok[t].s] == c;
}

/* Sentence-final punctuation: . ! ? … */
static inline int
tok_terminal(const struct qp_engine *e, int t)
{
	const struct tok *k = &e->tok[t];

	if (k->type != TK_PUNCT)
		return 0;
	if (k->e - k->s == 1)
		return e->s[k->s] == '.' || e->s[k->s] == '!' ||
		    e->s[k->s] == '?';
	return k->e - k->s == 3 && e->s[k->s] == 0xE2 &&
	    e->s[k->s + 1] == 0x80 && e->s[k->s + 2] == 0xA6;
}

static inline int
is_word(const struct qp_engine *e, int t)
{
	return t >= 0 && (size_t)t < e->ntok && e->tok[t].type == TK_WORD;
}

/* The lexicon flags of token t, looked up on first use: most words are
 * never asked about (in quotations, lower-case words of paragraphs with
 * no quotation mark). */
static inline uint32_t
tok_lex(const struct qp_engine *e, int t)
{
	struct tok *k = &e->tok[t];

	if (k->lexp)
		qp_look_up(e, k);
	return k->lex;
}

/* Is token t an age, "45-year-old"? */
static inline int
qp_age_tok(const struct qp_engine *e, int t)
{
	static const char tail[] = "-year-old";
	const struct tok *k;
	size_t d = 0, n = sizeof tail - 1;

	if (t < 0 || (size_t)t >= e->ntok || e->tok[t].type != TK_NUM)
		return 0;
	k = &e->tok[t];
	while (
	    k->s + d < k->e && e->s[k->s + d] >= '0' && e->s[k->s + d] <= '9')
		d++;
	return d >= 1 && d <= 3 && k->e - k->s == d + n &&
	    strncasecmp((const char *)e->s + k->s + d, tail, n) == 0;
}

/* Does token t open a sentence, or follow an opening mark or bracket? */
static inline int
sentence_initial(const struct qp_engine *e, int t)
{
	if (t == 0)
		return 1;
	if (e->tok[t - 1].sent != e->tok[t].sent)
		return 1;
	/* after an opening mark or bracket */
	return (e->tok[t - 1].type == TK_MARK && e->tok[t - 1].q == NO) ||
	    tok_punct(e, t - 1, '(') || tok_punct(e, t - 1, ':');
}

/* The first token of the sentence of token t. */
static inline int
qp_first_of_sentence(const struct qp_engine *e, int t)
{
	int s = e->tok[t].sent;

	while (t > 0 && e->tok[t - 1].sent == s)
		t--;
	return t;
}

/* Can token t belong to a run of capitalised name words?  (None past the
 * paragraph's last token.) */
static inline int
qp_cap_word(const struct qp_engine *e, int t)
{
	const struct tok *k;

	if (t < 0 || (size_t)t >= e->ntok)
		return 0;
	k = &e->tok[t];

	/* "So I said": the pronoun is no part of a name */
	if (k->e - k->s == 1 && e->s[k->s] == 'I')
		return 0;
	return k->type == TK_WORD && (k->fl & (F_CAP | F_ALLCAP)) &&
	    k->q == NO && k->men == NO;
}

/* Is mention m a place or a thing, a speaker only when nothing else is
 * named ("<LOC>London Bridge</LOC>", "Lorenzo" after "Hurricane
 * Lorenzo")? */
static inline int
nonspeaker(const struct qp_engine *e, const struct mention *m)
{
	return m->place || (m->ent >= 0 && e->ent[m->ent].place);
}

/* Might word s[0..n) have the flags of filter f (QF_PRONROLE: QL_PRON or
 * QL_ROLE, QF_ABBR: QL_ABBR)?  0: surely not. */
enum { QF_PRONROLE, QF_ABBR };
static inline int
qp_maybe(const struct qp_engine *e, int f, const unsigned char *s, size_t n)
{
	(void)e;
	return lex_shape_maybe(
	    f == QF_ABBR ? &qp_shape_abbr : &qp_shape_pronrole, s, n);
}

/* engine.c: growing arrays, the output strings */
void *qp_grow(void *p, size_t *cap, size_t need, size_t size);
size_t qp_ob_put(struct qp_engine *, const void *p, size_t n);
size_t qp_ob_span(struct qp_engine *, int a, int b, size_t *len);
void qp_copy_str(char *dst, size_t cap, const char *src, size_t n);
size_t qp_doc_pos(const struct qp_engine *, size_t pos);

/* tokens.c */
void qp_tokenize(struct qp_engine *);
void qp_lookup_words(struct qp_engine *, int has_marks);

/* marks.c */
void qp_pair_marks(struct qp_engine *);

/* sentences.c */
void qp_split_sentences(struct qp_engine *);

/* mentions.c */
void qp_find_mentions(
    struct qp_engine *, const struct qp_ent *ents, size_t nents);
struct mention *qp_add_mention(
    struct qp_engine *, int ts, int te, int ns, int ne, int kind);
void qp_name_mention(struct qp_engine *, int ts, int ns, int ne, int has_title);
int qp_run_end(const struct qp_engine *, int i);
int qp_article_before_noun(const struct qp_engine *, int t);

/* roles.c: role and group phrases; qp_role_mention() adds the phrase
 * ending at head h, qp_group_mention() with the places its group is from
 * (returns the token after it), qp_group_origin() the end of those places
 * after "of"/"from" at k (k if none); qp_description() the first token of
 * a description naming the speaker after a quotation, or NO */
void qp_role_mention(struct qp_engine *, int h);
int qp_group_mention(struct qp_engine *, int h);
int qp_group_origin(const struct qp_engine *, int k);
int qp_cardinal(const struct qp_engine *, int t);
int qp_description(const struct qp_engine *, int h);

/* tagged.c: the upstream tags' mentions; whether any token was blocked */
int qp_tag_mentions(
    struct qp_engine *, const struct qp_ent *ents, size_t nents);

/* names.c and index.c */
size_t qp_name_text(
    const struct qp_engine *, int ns, int ne, unsigned char *buf, size_t cap);
int qp_register_name(struct qp_engine *, struct mention *m);
void qp_register_upto(struct qp_engine *, size_t upto);
int qp_known_name(const struct qp_engine *, const struct mention *m);
int qp_known_person(const struct qp_engine *, const struct mention *m);
int qp_name_word(const struct qp_engine *, int t, int person);
int qp_person_word(const struct qp_engine *, int t);
int qp_ent_by_title(struct qp_engine *, int t);

/* clauses.c */
int qp_verb_tok(const struct qp_engine *, int t);
int qp_ing_word(const struct qp_engine *, int t);
int qp_according_at(const struct qp_engine *, int t);
int qp_dash_at(const struct qp_engine *, int t);
int qp_chunk_stop(const struct qp_engine *, int t);
int qp_in_pp(const struct qp_engine *, const struct mention *m);
int qp_subordinate_verb(const struct qp_engine *, int k, int stop);
int qp_mention_after(const struct qp_engine *, int from, int limit, int sent);
int qp_mention_before(const struct qp_engine *, int v, int stop);
int qp_sentence_subject(const struct qp_engine *, int sent);
int qp_sentence_subject_loose(const struct qp_engine *, int sent, int loose);
int qp_subordinator(const struct qp_engine *, int t);
int qp_group_subject(struct qp_engine *, int sent, size_t x0, int *end);
void qp_note_group(struct qp_engine *);

/* terms.c */
int qp_looks_like_term(const struct qp_engine *, const struct quote *q,
    int has_cue, int adjacent_cue, int said_before);

/* speaker.c */
void qp_speaker_from_mention(struct qp_engine *, struct quote *q, int mi);
void qp_copy_speaker(
    struct qp_engine *, struct quote *q, const struct quote *from);
void qp_set_speaker_str(
    struct qp_engine *, struct quote *q, const char *spk, const char *men);

/* attribution.c */
void qp_attribute(struct qp_engine *, size_t qi);

/* turns.c */
void qp_colon_intro(struct qp_engine *);
void qp_interview_turn(struct qp_engine *);
int qp_interviewee(const struct qp_engine *);
int qp_turn_speaker(const struct qp_engine *, char *name, size_t cap);
int qp_interviewer_label(const struct qp_engine *);

#endif
