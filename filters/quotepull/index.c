/* index.c: the document's name index. Each entity's full name, and the
 * first and last words of a name of two words or more, have a slot in a
 * hash table (struct nslot, engine.h), so that a mention finds its entity
 * by its text: "Lam" the latest "Carrie Lam", "NTSB" the "National
 * Transportation Safety Board". names.c registers what the text says
 * about each entity. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "names.h"

size_t
qp_arena_put(struct qp_engine *e, const unsigned char *s, size_t n, int lower)
{
	size_t off = e->alen;

	e->arena = qp_grow(e->arena, &e->acap, e->alen + n + 1, 1);
	memcpy(e->arena + e->alen, s, n);
	if (lower)
		for (size_t i = off; i < off + n; i++)
			if (e->arena[i] >= 'A' && e->arena[i] <= 'Z')
				e->arena[i] += 'a' - 'A';
	e->alen += n;
	e->arena[e->alen++] = '\0';
	return off;
}

/* A hash of s[0..n), eight bytes a step: names are long ("Ursula von
 * der Leyen") and each is hashed when it is registered. */
static uint32_t
bytes_hash(const unsigned char *s, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ull ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
	return (uint32_t)(h ^ h >> 29);
}

/* Is slot i taken in this document? */
static inline int
slot_live(const struct qp_engine *e, size_t i)
{
	return (e->ntag[i] & 0xFF) == e->tgen;
}

/* The slot of name or word s[0..n), or of where it would go. */
static size_t
name_pos(
    const struct qp_engine *e, const unsigned char *s, size_t n, uint32_t h)
{
	size_t i = h & (NAME_SLOTS - 1);
	uint16_t tag = (uint16_t)(e->tgen | (h >> 24) << 8);

	while (slot_live(e, i)) {
		const struct nslot *ns = &e->names[i];
		if (e->ntag[i] == tag && ns->hash == h && ns->klen == n &&
		    memcmp(e->arena + ns->key, s, n) == 0)
			break;
		i = (i + 1) & (NAME_SLOTS - 1);
	}
	return i;
}

static const struct nslot *
name_find(const struct qp_engine *e, const unsigned char *s, size_t n)
{
	size_t i = name_pos(e, s, n, bytes_hash(s, n));

	return slot_live(e, i) ? &e->names[i] : NULL;
}

/* The slot of s[0..n), added with the arena bytes at key_off as its key
 * when absent; NULL when the table is full. */
static struct nslot *
name_add_at(struct qp_engine *e, size_t i, uint32_t h, size_t n, size_t key_off)
{
	if (slot_live(e, i))
		return &e->names[i];
	if (e->nnames >= NAME_SLOTS * 3 / 4)
		return NULL;
	e->nnames++;
	if (key_off > UINT32_MAX || n > UINT16_MAX)
		return NULL;
	e->names[i] = (struct nslot){ h, (uint32_t)key_off, (uint16_t)n, NO, NO,
		NO };
	e->ntag[i] = (uint16_t)(e->tgen | (h >> 24) << 8);
	return &e->names[i];
}

static struct nslot *
name_add(struct qp_engine *e, const unsigned char *s, size_t n, size_t key_off)
{
	uint32_t h = bytes_hash(s, n);

	return name_add_at(e, name_pos(e, s, n, h), h, n, key_off);
}

/* Point the words of entity x's name at it: the latest one wins. */
static void
index_words(struct qp_engine *e, int idx)
{
	struct entity *x = &e->ent[idx];
	size_t b = 0, a = x->nlen;

	if (x->ntok < 2)
		return;
	/* the slots of its first and last words, found once: slots never
	 * move within a document */
	if (x->slot_first < 0) {
		struct nslot *ns;
		while (b < x->nlen && e->arena[x->name + b] != ' ')
			b++;
		while (a > 0 && e->arena[x->name + a - 1] != ' ')
			a--;
		ns = name_add(
		    e, (const unsigned char *)e->arena + x->name, b, x->name);
		x->slot_first = ns ? (int32_t)(ns - e->names) : NAME_SLOTS;
		ns = name_add(e, (const unsigned char *)e->arena + x->name + a,
		    x->nlen - a, x->name + a);
		x->slot_last = ns ? (int32_t)(ns - e->names) : NAME_SLOTS;
	}
	if (x->slot_first < NAME_SLOTS)
		e->names[x->slot_first].first = (int16_t)idx;
	/* a surname already standing for someone named three times or more,
	 * and more often: "Joe Lind … Lind … his son Tom Lind … Lind
	 * said" is still Joe Lind (the son goes by his given name) */
	if (x->slot_last < NAME_SLOTS) {
		int old = e->names[x->slot_last].last;
		if (old == NO || old == idx || e->ent[old].count < 3 ||
		    e->ent[old].count <= x->count)
			e->names[x->slot_last].last = (int16_t)idx;
	}
}

/* Where the name ending with token ne - 1 ends, a possessive 's left out
 * ("Erdogan's" -> "Erdogan"). */
static size_t
name_end(const struct qp_engine *e, int ne)
{
	size_t t = e->tok[ne - 1].e;

	if (e->tok[ne - 1].fl & F_POSS) {
		if (e->s[t - 1] == '.')
			t--;
		t -= e->s[t - 2] == '\'' ? 2 : 4;
	}
	return t;
}

/* The name of mention m as text: its tokens from ns to ne, single spaces,
 * a possessive 's dropped ("Erdogan's" -> "Erdogan"). Written to buf. */
size_t
qp_name_text(
    const struct qp_engine *e, int ns, int ne, unsigned char *buf, size_t cap)
{
	size_t n = 0;

	for (int i = ns; i < ne; i++) {
		size_t s = e->tok[i].s, t = e->tok[i].e;
		if (e->tok[i].fl & F_NICK)
			continue; /* Johnny "Shorty" Smith: Johnny Smith */
		if ((e->tok[i].fl & F_POSS) && i == ne - 1) {
			if (e->s[t - 1] == '.')
				t--;
			t -= e->s[t - 2] == '\'' ? 2 : 4;
		}
		if (n > 0 && n < cap)
			buf[n++] = ' ';
		if (t > s) {
			size_t l = t - s < cap - n ? t - s : cap - n;
			memcpy(buf + n, e->s + s, l);
			n += l;
		}
	}
	return n;
}

/* "the National Transportation Safety Board (NTSB)": the letters in
 * brackets after name ne name the same entity, so "the NTSB said" speaks
 * with the full name. */
void
qp_acronym_alias(struct qp_engine *e, int ent, int ne)
{
	const struct tok *k = &e->tok[ne + 1 < (int)e->ntok ? ne + 1 : ne];
	const struct nslot *f;
	struct nslot *ns;
	size_t off;

	if (ne + 2 >= (int)e->ntok || !tok_punct(e, ne, '(') ||
	    !tok_punct(e, ne + 2, ')') || k->type != TK_WORD ||
	    !(k->fl & F_ALLCAP) || k->e - k->s > 10)
		return;
	if ((f = name_find(e, e->s + k->s, k->e - k->s)) && f->full != NO)
		return;
	off = qp_arena_put(e, e->s + k->s, k->e - k->s, 0);
	ns = name_add(e, e->s + k->s, k->e - k->s, off);
	if (ns && ns->full == NO)
		ns->full = (int16_t)ent;
}

/* Do the initials of name w[0..n) spell the letters a[0..na) (upper
 * case)?  With skip, lower-case words give none: "Federal Bureau of
 * Investigation" is FBI, "Department of Justice" DOJ. */
static int
initials_match(
    const char *w, size_t n, const unsigned char *a, size_t na, int skip)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && w[j] != ' ' && w[j] != '-')
			j++;
		if (j > i && !(skip && w[i] >= 'a' && w[i] <= 'z')) {
			if (k >= na || (w[i] & ~0x20) != a[k])
				return 0;
			k++;
		}
		i = j + 1;
	}
	return k == na;
}

/* "The National Transportation Safety Board opened an inquiry. … the NTSB
 * said": the fullest name of the document, not a person's, that the
 * capital letters a[0..na) abbreviate, or NO. */
static int
initials_of(const struct qp_engine *e, const unsigned char *a, size_t na)
{
	int best = NO;

	if (na < 2 || na > 8)
		return NO;
	for (size_t i = 0; i < e->nent; i++) {
		const struct entity *x = &e->ent[i];
		const char *w = e->arena + x->name;
		/* the first letter, unless a small word opens the name */
		if (x->nlen == 0 ||
		    ((w[0] & ~0x20) != a[0] && !(w[0] >= 'a' && w[0] <= 'z')))
			continue;
		if (x->person || x->ntok < (int)na - 1 ||
		    (!initials_match(w, x->nlen, a, na, 1) &&
		        !initials_match(w, x->nlen, a, na, 0)))
			continue;
		if (best == NO || x->count > e->ent[best].count)
			best = (int)i;
	}
	return best;
}

/* The entity of name mention m (a name or an organisation's), found or
 * added: its full name, else for a one-word mention the latest fuller
 * name holding that word ("Ren" -> "Ren Zhengfei"), else the name its
 * capitals abbreviate ("NTSB"); its words then point at it.  NO when the
 * name is empty or the document has too many. */
int
qp_name_entity(struct qp_engine *e, const struct mention *m)
{
	unsigned char buf[256];
	const unsigned char *name = buf;
	const struct tok *k = &e->tok[m->ns];
	size_t n, pos;
	uint32_t h;
	int ntok = m->ne - m->ns, best = NO;
	struct entity *x;

	/* most names are one plain word, read where it is written */
	if (ntok == 1 && !(k->fl & (F_POSS | F_NICK))) {
		name = e->s + k->s;
		n = k->e - k->s < sizeof buf ? k->e - k->s : sizeof buf;
	} else {
		n = qp_name_text(e, m->ns, m->ne, buf, sizeof buf);
	}
	if (n == 0)
		return NO;
	h = bytes_hash(name, n);
	pos = name_pos(e, name, n, h);
	{
		const struct nslot *ns = slot_live(e, pos) ? &e->names[pos]
		                                           : NULL;
		if (ns && ns->full != NO)
			best = ns->full;
		/* "Lam" -> "Carrie Lam", "Ren" -> "Ren Zhengfei": a fuller name
		 * ending with the word, else one starting with it; but an
		 * organisation named so already is not a longer one's, nor is a
		 * name used alone three times one that starts with it
		 * ("Acme", then "Acme Safety team") */
		if (ntok == 1 && ns && (ns->last != NO || ns->first != NO)) {
			int full = ns->last != NO ? ns->last : ns->first;
			if (!(best != NO &&
			        ((e->ent[best].org && e->ent[full].org) ||
			            (ns->last == NO &&
			                e->ent[best].count >= 3))))
				best = full;
		}
	}
	if (best == NO && ntok == 1 && (e->tok[m->ns].fl & F_ALLCAP))
		best = initials_of(e, name, n);
	if (best == NO) {
		if (e->nent >= MAX_ENTITIES)
			return NO;
		e->ent = qp_grow(
		    e->ent, &e->capent, e->nent + 1, sizeof *e->ent);
		x = &e->ent[e->nent];
		memset(x, 0, sizeof *x);
		x->slot_first = x->slot_last = -1;
		x->name = qp_arena_put(e, name, n, 0);
		x->nlen = n;
		x->ntok = ntok;
		x->org = m->kind == MN_ORG;
		x->place = m->place;
		x->at_start = qp_doc_pos(e, e->tok[m->ns].s);
		x->at_end = qp_doc_pos(e, name_end(e, m->ne) - 1) + 1;
		best = (int)e->nent++;
		{
			struct nslot *ns = name_add_at(e, pos, h, n, x->name);
			if (ns)
				ns->full = (int16_t)best;
		}
	}
	index_words(e, best);
	return best;
}

/* Is the one-word mention m a name of the document already? */
int
qp_known_name(const struct qp_engine *e, const struct mention *m)
{
	unsigned char buf[256];
	size_t n = qp_name_text(e, m->ns, m->ne, buf, sizeof buf);
	const struct nslot *ns = name_find(e, buf, n);

	return ns && (ns->full != NO || ns->last != NO || ns->first != NO);
}

/* Is the one-word name m part of a person's name seen before ("Day" after
 * "Doris Day")? */
int
qp_known_person(const struct qp_engine *e, const struct mention *m)
{
	return qp_person_word(e, m->ns);
}

/* Is token t the first or last word of a name of two words or more seen
 * before ("Day" after "Doris Day"), of a person if person is set (else of
 * anything but an organisation)? */
int
qp_name_word(const struct qp_engine *e, int t, int person)
{
	const struct tok *k = &e->tok[t];
	size_t n = k->e - k->s;

	if (k->fl & F_POSS)
		return 0;
	const struct nslot *ns = name_find(e, e->s + k->s, n);
	int i = ns ? (ns->last != NO ? ns->last : ns->first) : NO;

	return i != NO && (person ? e->ent[i].person : !e->ent[i].org) &&
	    e->ent[i].ntok >= 2;
}

/* Is token t a word of a person's name seen before? */
int
qp_person_word(const struct qp_engine *e, int t)
{
	return qp_name_word(e, t, 1);
}
