/*
 * train.c - enttag-train: trains an enttag model (averaged perceptron over
 * hashed features, BILOU tags, Viterbi decoding) from CoNLL files, and
 * scores a model on CoNLL files with --test.  The command line only: the
 * work is done in train/ (see train/train.h).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "msg.h"
#include "train/train.h"
#include "xalloc.h"

struct opts {
	const char *out, *model;
	const char **devs;
	size_t ndev, maxfeat, maxcaps;
	unsigned long iters, runs, seed, upper_every, title_every;
	int test, quiet;
	struct corpus train;
	struct gazb gz;
};

static const char own_help[] =
    "  -o, --output=MODEL        write the model to MODEL\n"
    "  -i, --iterations=N        passes over the data (default 10)\n"
    "  -s, --seed=SEED           shuffling seed (default 1)\n"
    "  -U, --upper=N             also train on an upper-case copy of\n"
    "                            every N-th document (headlines)\n"
    "  -T, --title=N             and on a title-case copy of every\n"
    "                            N-th document (headlines)\n"
    "  -r, --runs=N              average N perceptrons trained on\n"
    "                            different orders (default 1)\n"
    "  -p, --partial=TYPES:FILE  train on FILE whose annotation lacks\n"
    "                            TYPES (comma list), left open\n"
    "  -l, --lexicon=CLASS:FILE  phrase list (one a line) for class CLASS\n"
    "  -b, --lexicon-bio=FILE    names annotated in a CoNLL file as lists\n"
    "  -C, --clusters=FILE       word clusters (word TAB class TAB class)\n"
    "  -L, --lower-clusters=FILE case-blind clusters (lower-case word\n"
    "                            TAB class TAB class TAB class)\n"
    "  -c, --case-blind=FILE     train on lower-cased FILE with the\n"
    "                            features that ignore case only\n"
    "  -d, --dev=FILE            report scores on FILE after each pass\n"
    "  -F, --max-features=N      keep the N strongest features\n"
    "                            (default 150000)\n"
    "  -K, --caps-features=N     keep the N strongest features of\n"
    "                            the all-caps part (-U; default: -F)\n"
    "  -t, --test                score -m MODEL on each FILE\n"
    "  -m, --model=MODEL         the model to score; with -o FILE, write\n"
    "                            token, gold and predicted tags to FILE\n"
    "  -q, --quiet               no progress messages\n"
    "      --help                display this help and exit\n"
    "      --version             output version information and exit\n";

static const struct option long_opts[] = { { "output", required_argument, NULL,
	                                       'o' },
	{ "iterations", required_argument, NULL, 'i' },
	{ "seed", required_argument, NULL, 's' },
	{ "runs", required_argument, NULL, 'r' },
	{ "upper", required_argument, NULL, 'U' },
	{ "title", required_argument, NULL, 'T' },
	{ "partial", required_argument, NULL, 'p' },
	{ "lexicon", required_argument, NULL, 'l' },
	{ "lexicon-bio", required_argument, NULL, 'b' },
	{ "clusters", required_argument, NULL, 'C' },
	{ "lower-clusters", required_argument, NULL, 'L' },
	{ "case-blind", required_argument, NULL, 'c' },
	{ "dev", required_argument, NULL, 'd' },
	{ "max-features", required_argument, NULL, 'F' },
	{ "caps-features", required_argument, NULL, 'K' },
	{ "test", no_argument, NULL, 't' },
	{ "model", required_argument, NULL, 'm' },
	{ "quiet", no_argument, NULL, 'q' }, { NULL, 0, NULL, 0 } };

/* A number in [min, max], else a usage error naming what. */
static unsigned long
number(const char *arg, unsigned long min, unsigned long max, const char *what)
{
	char *end;
	unsigned long v = strtoul(arg, &end, 10);

	if (*end || end == arg || arg[0] == '-' || v < min || v > max)
		usage_error("bad %s '%s'", what, arg);
	return v;
}

/* The tags of a comma list of types ("MISC", "ORG,MISC"). */
static uint32_t
types_mask(const char *s, size_t n, const char *arg)
{
	uint32_t m = 0;

	while (n > 0) {
		size_t k = 0;
		int t;
		while (k < n && s[k] != ',')
			k++;
		if ((t = et_type_from_name(s, k)) < 0)
			usage_error("bad type list in '%s'", arg);
		for (int p = 0; p < 4; p++)
			m |= 1u << ET_TAG(t, p);
		s += k;
		n -= k;
		if (n > 0) {
			s++;
			n--;
		}
	}
	return m;
}

static int
lexicon_class(const char *s, size_t n)
{
	for (int c = 0; c < G_NCLASSES; c++)
		if (strlen(et_gaz_class_names[c]) == n &&
		    strncmp(et_gaz_class_names[c], s, n) == 0)
			return c;
	return -1;
}

/* One option; files are read as they come, in the order given. */
static int
handle(int ch, const char *arg, void *ctx)
{
	struct opts *o = ctx;
	const char *colon = strchr(arg ? arg : "", ':');
	int cl;

	switch (ch) {
	case 'o':
		o->out = arg;
		break;
	case 'i':
		o->iters = number(arg, 1, 1000, "iteration count");
		break;
	case 's':
		o->seed = number(arg, 0, ULONG_MAX, "seed");
		break;
	case 'r':
		o->runs = number(arg, 1, 100, "run count");
		break;
	case 'T':
		o->title_every = number(arg, 0, ULONG_MAX, "document count");
		break;
	case 'U':
		o->upper_every = number(arg, 0, ULONG_MAX, "sentence count");
		break;
	case 'F':
		o->maxfeat = number(arg, 1, ULONG_MAX, "feature count");
		break;
	case 'K':
		o->maxcaps = number(arg, 1, ULONG_MAX, "feature count");
		break;
	case 'p':
		if (colon == NULL)
			usage_error("--partial wants TYPES:FILE");
		corpus_read(&o->train, colon + 1,
		    types_mask(arg, (size_t)(colon - arg), arg), 0);
		break;
	case 'l':
		if (colon == NULL)
			usage_error("--lexicon wants CLASS:FILE");
		if ((cl = lexicon_class(arg, (size_t)(colon - arg))) < 0)
			usage_error("unknown lexicon class in '%s'", arg);
		gazb_read(&o->gz, cl, colon + 1);
		break;
	case 'b':
		gazb_read_bio(&o->gz, arg);
		break;
	case 'C':
		gazb_read_clusters(&o->gz, arg, &gaz_clusters_cased);
		break;
	case 'L':
		gazb_read_clusters(&o->gz, arg, &gaz_clusters_lower);
		break;
	case 'c':
		corpus_read(&o->train, arg, 0, 1);
		break;
	case 'd':
		o->devs = xreallocarray(o->devs, o->ndev + 1, sizeof *o->devs);
		o->devs[o->ndev++] = arg;
		break;
	case 't':
		o->test = 1;
		break;
	case 'm':
		o->model = arg;
		break;
	case 'q':
		o->quiet = 1;
		break;
	default:
		return -1;
	}
	return 0;
}

static void
close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		die("write error: %s", strerror(errno));
}

/* --test: scores the model on each file. */
static int
test(const struct opts *o, char **files, int nfiles)
{
	FILE *dumpfp = NULL;
	size_t len;
	unsigned char *blob;
	const char *err;
	struct et_model *m;
	struct et_tagger *tg;

	if (o->model == NULL)
		usage_error("--test needs -m MODEL");
	if (nfiles == 0)
		usage_error("--test needs CoNLL files to score");
	blob = et_read_file(o->model, &len);
	if ((m = et_model_open_checked(blob, len, &err)) == NULL)
		die("%s: %s", o->model, err);
	if (o->out != NULL && (dumpfp = fopen(o->out, "w")) == NULL)
		die("%s: %s", o->out, strerror(errno));
	tg = et_tagger_new(m);
	for (int i = 0; i < nfiles; i++) {
		struct corpus c;
		struct counts ct;
		corpus_init(&c);
		corpus_read(&c, files[i], 0, 0);
		evaluate(tg, &c, &ct, dumpfp);
		report(stdout, files[i], &ct, 1);
		corpus_free(&c);
	}
	close_stdout();
	if (dumpfp != NULL && fclose(dumpfp) != 0)
		die("%s: write error: %s", o->out, strerror(errno));
	et_tagger_free(tg);
	et_model_close(m);
	free(blob);
	return 0;
}

/* Scores on the dev files during and after training (-d). */
struct dev_report {
	const struct opts *o;
	struct corpus *dev;
	uint32_t mflags;
};

static void
dev_scores(
    struct dev_report *dr, const unsigned char *blob, size_t len, int full)
{
	const char *err;
	struct et_model *m = et_model_open(blob, len, &err);
	struct et_tagger *tg;

	if (m == NULL)
		die("internal error: %s", err);
	tg = et_tagger_new(m);
	for (size_t d = 0; d < dr->o->ndev; d++) {
		struct counts ct;
		evaluate(tg, &dr->dev[d], &ct, NULL);
		report(stderr, dr->o->devs[d], &ct, full);
	}
	et_tagger_free(tg);
	et_model_close(m);
}

static void
checkpoint(void *ctx, const struct trainer *tr, int last)
{
	struct dev_report *dr = ctx;
	size_t len;
	unsigned char *blob = export_model(
	    tr, &dr->o->gz, dr->o->maxfeat, dr->o->maxcaps, dr->mflags, &len);

	dev_scores(dr, blob, len, last);
	free(blob);
}

static int
train(struct opts *o, char **files, int nfiles)
{
	struct dev_report dr = { o, NULL, 0 };
	struct fit_opts fo = { o->iters, o->runs, o->seed, o->quiet, NULL,
		&dr };
	struct trainer tr;
	unsigned char *blob;
	size_t len;
	FILE *fp;

	if (o->out == NULL)
		usage_error("no output model given (-o MODEL)");
	if (o->maxcaps == 0)
		o->maxcaps = o->maxfeat;
	for (int i = 0; i < nfiles; i++)
		corpus_read(&o->train, files[i], 0, 0);
	if (o->train.ntok == 0)
		usage_error("no training data");
	if (o->title_every > 0)
		corpus_add_title(&o->train, o->title_every, o->title_every / 2);
	if (o->upper_every > 0) {
		corpus_add_upper(&o->train, o->upper_every);
		dr.mflags |= ET_MODEL_CAPS;
	}
	if (o->gz.keys == NULL)
		gazb_add(&o->gz, 1, 0);
	trainer_init(&tr, &o->train, &o->gz);
	dr.dev = xcalloc(o->ndev + 1, sizeof *dr.dev);
	for (size_t d = 0; d < o->ndev; d++) {
		corpus_init(&dr.dev[d]);
		corpus_read(&dr.dev[d], o->devs[d], 0, 0);
	}
	if (o->ndev > 0 && !o->quiet)
		fo.checkpoint = checkpoint;
	if (!o->quiet)
		fprintf(stderr,
		    "%s: %zu tokens, %zu sentences, %zu "
		    "documents, %u lexicon phrases\n",
		    progname(), o->train.ntok, o->train.nsent, o->train.ndoc,
		    o->gz.n);
	trainer_fit(&tr, &fo);
	blob = export_model(
	    &tr, &o->gz, o->maxfeat, o->maxcaps, dr.mflags, &len);
	if (o->runs > 1 && fo.checkpoint != NULL)
		dev_scores(&dr, blob, len, 1);
	if ((fp = fopen(o->out, "wb")) == NULL)
		die("%s: %s", o->out, strerror(errno));
	if (fwrite(blob, 1, len, fp) != len || fclose(fp) != 0)
		die("%s: write error: %s", o->out, strerror(errno));
	if (!o->quiet)
		fprintf(stderr, "%s: wrote %s (%zu bytes)\n", progname(),
		    o->out, len);
	for (size_t d = 0; d < o->ndev; d++)
		corpus_free(&dr.dev[d]);
	free(dr.dev);
	free(blob);
	trainer_free(&tr);
	return 0;
}

int
main(int argc, char **argv)
{
	struct opts o = {
		.maxfeat = 150000, .iters = 10, .seed = 1, .runs = 1
	};
	char synopsis[200], classes[1024];
	size_t k;
	struct common_opts co;
	struct cli c = {
		.synopsis = synopsis,
		.purpose = "Train an enttag model from CoNLL files (token TAB "
		           "tag, blank line\nbetween sentences), or score a "
		           "model on them.",
		.own_help = own_help,
		.more_help = classes,
		.short_opts = "o:i:s:r:U:T:p:l:b:C:L:c:d:F:K:tm:q",
		.long_opts = long_opts,
		.handle = handle,
		.ctx = &o,
		.tool = 1,
	};
	int first, rc;

	set_progname(argv[0]);
	snprintf(synopsis, sizeof synopsis,
	    "[OPTION]... -o MODEL FILE...\n  or:  %s --test -m MODEL FILE...",
	    progname());
	k = (size_t)snprintf(classes, sizeof classes, "Lexicon classes:");
	for (int cl = 0; cl < G_NCLASSES && k < sizeof classes; cl++)
		k += (size_t)snprintf(classes + k, sizeof classes - k, "%s%s%s",
		    cl % 8 == 0 ? "\n  " : " ", et_gaz_class_names[cl],
		    cl + 1 < G_NCLASSES ? "," : ".\n");
	corpus_init(&o.train);
	first = cli_parse(argc, argv, &c, &co);
	if (o.test)
		rc = test(&o, argv + first, argc - first);
	else
		rc = train(&o, argv + first, argc - first);
	corpus_free(&o.train);
	gazb_free(&o.gz);
	free(o.devs);
	return rc;
}
