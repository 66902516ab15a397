/* gen-lexicon: compile word lists into lexicon tables (common/lexicon.h).
 *
 *   gen-lexicon [-i HEADER] [-p PREFIX] [-l NAME] [-f FLAGS]
 *               [-s SHAPE=FLAGS] FILE ... > out.c
 *
 * Options are read in order, between the files: -i HEADER adds an
 * #include, -p PREFIX is put before every flag, value and class name,
 * -l NAME starts lexicon NAME (the files after it fill it), -f FLAGS sets
 * the default flags of the files after it, -s SHAPE=FLAGS writes a struct
 * lex_shape named SHAPE over the words of the current lexicon that have
 * any of FLAGS (names as written in the lists and -f, "PRON|ROLE").  A file
 * before any -l makes a lexicon of its own named lex_BASENAME.  The file
 * format is described in common/lexicon.h.  The table is laid out with
 * lexicon_hash() and lexicon_probe(), the functions the look-ups use, and
 * its index with lexicon_index(), so the generated table needs no work at
 * start-up.  The flags are written as the C expressions of the lists
 * ("QL_PRON|QL_PLURAL"): the compiler gives them their values. */
#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "msg.h"
#include "xalloc.h"

struct entry {
	char *flags; /* a C expression, "" for none */
	char *value, *cls;
};

struct lex {
	char *name;
	char *words; /* NUL after each */
	size_t wlen, wcap, n, cap;
	struct lex_slot *slot;
	struct entry *ent; /* beside slot[] */
	int nfiles;
	char **shape; /* the -s options of this lexicon, "SHAPE=FLAGS" */
	size_t nshape;
};

static const char *prefix = "";

static void
fail(const char *file, size_t line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "gen-lexicon: %s:%zu: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* s with PREFIX before every name in it: "VERB|CAP" -> "QL_VERB|QL_CAP";
 * numbers and "-" (none) as they are. */
static char *
prefixed(const char *s)
{
	size_t n = strlen(s), np = strlen(prefix), k = 0;
	char *out = xmalloc(n * (np + 1) + 1);

	if (strcmp(s, "-") == 0)
		s = "";
	while (*s) {
		if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    *s == '_') {
			memcpy(out + k, prefix, np);
			k += np;
			while ((*s >= 'A' && *s <= 'Z') ||
			    (*s >= 'a' && *s <= 'z') || *s == '_' ||
			    (*s >= '0' && *s <= '9'))
				out[k++] = *s++;
		} else if (*s != ' ')
			out[k++] = *s++;
		else
			s++;
	}
	out[k] = '\0';
	return out;
}

/* flags a, with b joined on unless it is already there */
static char *
join_flags(char *a, const char *b)
{
	char *out;

	if (*b == '\0' || strcmp(a, b) == 0)
		return a;
	if (*a == '\0') {
		free(a);
		return xstrdup(b);
	}
	out = xmalloc(strlen(a) + strlen(b) + 2);
	sprintf(out, "%s|%s", a, b);
	free(a);
	return out;
}

/* One more value or class for an entry: the same as before, or none. */
static char *
agree(char *old, char *new, const char *what, const char *file, size_t ln)
{
	if (*new == '\0') {
		free(new);
		return old;
	}
	if (*old != '\0' && strcmp(old, new) != 0)
		fail(file, ln, "%s %s conflicts with %s", what, new, old);
	free(old);
	return new;
}

static void
grow(struct lex *lx)
{
	struct lex_slot *os = lx->slot;
	struct entry *oe = lx->ent;
	size_t ocap = lx->cap, i;

	lx->cap = lx->cap ? lx->cap * 2 : 64;
	lx->slot = xcalloc(lx->cap, sizeof *lx->slot);
	lx->ent = xcalloc(lx->cap, sizeof *lx->ent);
	for (i = 0; i < ocap; i++) {
		const unsigned char *w;
		size_t h;

		if (os[i].len == 0)
			continue;
		w = (const unsigned char *)lx->words + os[i].word;
		h = lexicon_probe(
		    lx->slot, lx->cap - 1, lx->words, w, os[i].len, os[i].hash);
		lx->slot[h] = os[i];
		lx->ent[h] = oe[i];
	}
	free(os);
	free(oe);
}

static void
add(struct lex *lx, const char *word, size_t len, const char *flags,
    char *value, char *cls, const char *file, size_t ln)
{
	const unsigned char *w = (const unsigned char *)word;
	uint32_t hash = lexicon_hash(w, len);
	size_t h, i;

	if (len > LEX_MAXWORD)
		fail(file, ln, "a word longer than %d bytes", LEX_MAXWORD);
	if (2 * (lx->n + 1) > lx->cap)
		grow(lx);
	h = lexicon_probe(lx->slot, lx->cap - 1, lx->words, w, len, hash);
	if (lx->slot[h].len == 0) {
		if (lx->wlen + len + 1 > lx->wcap) {
			lx->wcap = (lx->wcap + len + 1) * 2;
			lx->words = xrealloc(lx->words, lx->wcap);
		}
		for (i = 0; i < len; i++)
			lx->words[lx->wlen + i] = (char)(w[i] +
			    ((unsigned)w[i] - 'A' < 26u) * 32);
		lx->words[lx->wlen + len] = '\0';
		lx->slot[h] = (struct lex_slot){ .hash = hash,
			.word = (uint32_t)lx->wlen,
			.len = (uint8_t)len };
		lx->ent[h] = (struct entry){ xstrdup(""), xstrdup(""),
			xstrdup("") };
		lx->wlen += len + 1;
		lx->n++;
	}
	lx->ent[h].flags = join_flags(lx->ent[h].flags, flags);
	lx->ent[h].value = agree(lx->ent[h].value, value, "value", file, ln);
	lx->ent[h].cls = agree(lx->ent[h].cls, cls, "class", file, ln);
}

/* The next TAB-separated field of *p, blanks trimmed, or "" */
static char *
field(char **p)
{
	static char none[1];
	char *s = *p, *e, *t;

	if (s == NULL)
		return none;
	t = strchr(s, '\t');
	*p = t ? t + 1 : NULL;
	e = t ? t : s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\r'))
		e--;
	while (s < e && *s == ' ')
		s++;
	*e = '\0';
	return s;
}

static void
read_file(struct lex *lx, const char *path, const char *dflags)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, ln = 0;

	if (f == NULL)
		fail(path, 0, "%s", strerror(errno));
	while (getline(&line, &cap, f) >= 0) {
		char *p = line, *word, *flags, *own;

		ln++;
		word = field(&p);
		if (*word == '\0' || *word == '#')
			continue;
		own = prefixed(field(&p));
		flags = join_flags(prefixed(dflags), own);
		free(own);
		{
			char *value = prefixed(field(&p));
			char *cls = prefixed(field(&p));
			add(lx, word, strlen(word), flags, value, cls, path,
			    ln);
		}
		free(flags);
	}
	if (ferror(f))
		fail(path, ln, "%s", strerror(errno));
	free(line);
	fclose(f);
	lx->nfiles++;
}

/* word w as a C string literal, with its NUL when nul */
static void
emit_string(const char *word, int nul)
{
	const unsigned char *w = (const unsigned char *)word;

	putchar('"');
	for (; *w; w++)
		if (*w == '"' || *w == '\\')
			printf("\\%c", *w);
		else if (*w < 0x20 || *w >= 0x7f)
			printf("\\%03o", *w);
		else
			putchar(*w);
	printf("%s\"", nul ? "\\0" : "");
}

/* Has an entry of flags fl ("QL_ROLE|QL_PLURAL") one of the names in
 * want ("QL_PRON|QL_ROLE")? */
static int
has_flag(const char *fl, const char *want)
{
	size_t n = strlen(fl);

	while (*want) {
		size_t k = strcspn(want, "|");

		for (const char *p = fl; p < fl + n; p += strcspn(p, "|") + 1)
			if (strcspn(p, "|") == k && strncmp(p, want, k) == 0)
				return 1;
		want += k + (want[k] == '|');
	}
	return 0;
}

/* The shape filters (-s) of lexicon lx. */
static void
emit_shapes(const struct lex *lx)
{
	for (size_t k = 0; k < lx->nshape; k++) {
		char *name = xstrdup(lx->shape[k]), *eq = strchr(name, '=');
		char *want = prefixed(eq + 1);
		struct lex_shape sh = { { 0 } };

		*eq = '\0';
		for (size_t i = 0; i < lx->cap; i++) {
			const struct lex_slot *s = &lx->slot[i];
			int bit;

			if (s->len == 0 || !has_flag(lx->ent[i].flags, want))
				continue;
			bit = lex_shape_bit(
			    (const unsigned char *)lx->words + s->word, s->len);
			if (bit >= 0)
				sh.bits[bit >> 3] |= (uint8_t)(1u << (bit & 7));
		}
		printf("const struct lex_shape %s = { {", name);
		for (size_t i = 0; i < sizeof sh.bits; i++)
			printf("%s%#x,", i % 12 ? " " : "\n\t", sh.bits[i]);
		printf("\n} };\n");
		free(want);
		free(name);
	}
}

/* NAME with SUFFIX, in a static buffer */
static const char *
ixd_name(const char *name, const char *suffix)
{
	static char buf[2][256];
	static int k;

	k ^= 1;
	snprintf(buf[k], sizeof buf[k], "%s%s", name, suffix);
	return buf[k];
}

/* The Bloom filter and the perfect-hash index of lexicon_index(), the
 * flags by place of the index, and the entries too long for it. */
static void
emit_index(const char *name, const struct lexicon *ixd, const struct entry *ent,
    const struct lex *lx)
{
	size_t i, n;

	n = (size_t)1 << (ixd->bloom_bits - 6);
	printf("static const uint64_t %s_bloom[%zu] = {", name, n);
	for (i = 0; i < n; i++)
		printf("%s%#" PRIx64 "u,", i % 4 ? " " : "\n\t", ixd->bloom[i]);
	printf("\n};\n");
	if (ixd->ix == NULL)
		return;
	n = (size_t)1 << ixd->seed_bits;
	printf("static const uint16_t %s_seed[%zu] = {", name, n);
	for (i = 0; i < n; i++)
		printf("%s%u,", i % 12 ? " " : "\n\t", (unsigned)ixd->seed[i]);
	printf("\n};\n");
	n = (size_t)1 << ixd->ix_bits;
	printf("static const struct lex_ix %s_ix[%zu] = {\n", name, n);
	for (i = 0; i < n; i++) {
		const struct lex_ix *p = &ixd->ix[i];

		if (p->slot == 0 && (i > 0 || ixd->n > 0))
			continue; /* (an empty list: one initializer) */
		printf("\t[%zu] = { { %#" PRIx64 "u, %#" PRIx64 "u }, %" PRIu32
		       ", %u, %s },\n",
		    i, p->w[0], p->w[1], p->slot, (unsigned)p->len,
		    p->slot && *ent[p->slot - 1].cls ? ent[p->slot - 1].cls
		                                     : "0");
	}
	printf("};\n");
	/* A look-up reads its flags from this array beside the index
	 * (lexicon_key_flags()), not from the slots: for a large lexicon
	 * (quotepull's 10k words), the slots' and words' pages are then
	 * never read.  Aligned to its size, at most 64 KB, the kernel's
	 * default window of pages mapped around a fault, so that reading it
	 * maps none of them. */
	printf("static const uint32_t %s_ix_flags[%zu]\n"
	       "    __attribute__((aligned(%zu))) = {\n",
	    name, n, n * 4 < 65536 ? n * 4 : 65536);
	for (i = 0; i < n; i++) {
		uint32_t slot = ixd->ix[i].slot;
		const char *fl = slot ? ent[slot - 1].flags : "";

		if (*fl || i == 0)
			printf("\t[%zu] = %s,\n", i, *fl ? fl : "0");
	}
	printf("};\n");
	printf("static const struct lex_long %s_long[] = {\n", name);
	for (i = 0; i < lx->cap; i++) {
		const struct lex_slot *s = &lx->slot[i];

		if (s->len <= LEX_KEYLEN)
			continue;
		printf("\t{ ");
		emit_string(lx->words + s->word, 0);
		printf(", %u, %s },\n", (unsigned)s->len,
		    *lx->ent[i].flags ? lx->ent[i].flags : "0");
	}
	printf("\t{ \"\", 0, 0 },\n};\n");
}

static void
emit(const struct lex *lx)
{
	struct lexicon ixd = { 0 };
	uint64_t lens = 0;
	uint32_t first[8] = { 0 };
	size_t i;

	printf("\nstatic const char %s_words[] =", lx->name);
	for (i = 0; i < lx->wlen; i += strlen(lx->words + i) + 1) {
		printf("\n\t");
		emit_string(lx->words + i, 1);
	}
	printf("%s;\n", lx->wlen ? "" : " \"\"");
	printf("static const struct lex_slot %s_slots[%zu] = {\n", lx->name,
	    lx->cap);
	for (i = 0; i < lx->cap; i++) {
		const struct lex_slot *s = &lx->slot[i];
		const struct entry *e = &lx->ent[i];

		if (s->len == 0)
			continue;
		printf("\t[%zu] = { %#" PRIx32 "u, %" PRIu32
		       ", %s, %s, %s, %u },\n",
		    i, s->hash, s->word, *e->flags ? e->flags : "0",
		    *e->value ? e->value : "0", *e->cls ? e->cls : "0",
		    (unsigned)s->len);
		lens |= (uint64_t)1 << (s->len < 63 ? s->len : 63);
		{
			unsigned char c = (unsigned char)lx->words[s->word];
			first[c >> 5] |= (uint32_t)1 << (c & 31);
		}
	}
	printf("};\n");
	ixd.slot = lx->slot;
	ixd.mask = lx->cap - 1;
	ixd.words = lx->words;
	ixd.n = lx->n;
	if (lexicon_index(&ixd) != 0)
		fprintf(stderr,
		    "gen-lexicon: %s: no index found, look-ups "
		    "take the slow path\n",
		    lx->name);
	emit_index(lx->name, &ixd, lx->ent, lx);
	printf("const struct lexicon %s = {\n\t%s_slots, %zu, %s_words, %zu,\n"
	       "\t%#" PRIx64 "u,\n\t{ ",
	    lx->name, lx->name, lx->cap - 1, lx->name, lx->n, lens);
	for (i = 0; i < 8; i++)
		printf("%#" PRIx32 "u%s", first[i], i < 7 ? ", " : " },\n");
	printf("\t%s_bloom, %s, %s, %u, %u, %u,\n", lx->name,
	    ixd.ix ? ixd_name(lx->name, "_seed") : "NULL",
	    ixd.ix ? ixd_name(lx->name, "_ix") : "NULL",
	    (unsigned)ixd.bloom_bits, (unsigned)ixd.seed_bits,
	    (unsigned)ixd.ix_bits);
	printf("\t%s, %s\n};\n",
	    ixd.ix ? ixd_name(lx->name, "_ix_flags") : "NULL",
	    ixd.ix ? ixd_name(lx->name, "_long") : "NULL");
	emit_shapes(lx);
	free((void *)ixd.bloom);
	free((void *)ixd.seed);
	free((void *)ixd.ix);
	free((void *)ixd.ix_flags);
}

static void
finish(struct lex *lx)
{
	size_t i;

	if (lx->name == NULL)
		return;
	if (lx->cap == 0)
		grow(lx);
	emit(lx);
	for (i = 0; i < lx->cap; i++)
		if (lx->slot[i].len != 0) {
			free(lx->ent[i].flags);
			free(lx->ent[i].value);
			free(lx->ent[i].cls);
		}
	free(lx->slot);
	free(lx->ent);
	free(lx->words);
	free(lx->name);
	for (i = 0; i < lx->nshape; i++)
		free(lx->shape[i]);
	free(lx->shape);
	memset(lx, 0, sizeof *lx);
}

/* lex_BASENAME for a file given before any -l */
static char *
name_of(const char *path)
{
	const char *b = strrchr(path, '/');
	char *name, *p;

	b = b ? b + 1 : path;
	name = xmalloc(strlen(b) + 5);
	sprintf(name, "lex_%s", b);
	if ((p = strrchr(name, '.')) != NULL && p > name + 4)
		*p = '\0';
	for (p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		        (*p >= '0' && *p <= '9')))
			*p = '_';
	return name;
}

int
main(int argc, char **argv)
{
	struct lex lx = { 0 };
	const char *dflags = "";
	int i, named = 0;

	set_progname("gen-lexicon");
	printf("/* Generated by build-aux/gen-lexicon; do not edit. */\n"
	       "#include \"lexicon.h\"\n");
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (a[0] == '-' && a[1] != '\0' && a[2] == '\0' &&
		    i + 1 < argc) {
			const char *v = argv[++i];
			switch (a[1]) {
			case 'i':
				printf("#include \"%s\"\n", v);
				continue;
			case 'p':
				prefix = v;
				continue;
			case 'l':
				finish(&lx);
				lx.name = xstrdup(v);
				named = 1;
				continue;
			case 'f':
				dflags = v;
				continue;
			case 's':
				if (lx.name == NULL || strchr(v, '=') == NULL) {
					fprintf(stderr,
					    "gen-lexicon: -s %s: give "
					    "SHAPE=FLAGS after -l\n",
					    v);
					return 1;
				}
				lx.shape = xrealloc(lx.shape,
				    (lx.nshape + 1) * sizeof *lx.shape);
				lx.shape[lx.nshape++] = xstrdup(v);
				continue;
			}
			fprintf(stderr, "gen-lexicon: unknown option %s\n", a);
			return 1;
		}
		if (!named) {
			finish(&lx);
			lx.name = name_of(a);
		}
		read_file(&lx, a, dflags);
	}
	finish(&lx);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "gen-lexicon: write error\n");
		return 1;
	}
	return 0;
}
