/* cli.c - common options, --help and --version */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "msg.h"
#include "xalloc.h"

enum {
	OPT_LINE_BUFFERED = 0x100,
	OPT_RAW,
	OPT_HEADER,
	OPT_MAX_PARA,
	OPT_JSONL,
	OPT_TEXT_FIELD,
	OPT_HELP,
	OPT_VERSION
};

// clang-format off
static const struct option common_long[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "lines", no_argument, NULL, 'l' },
	{ "exit-status", no_argument, NULL, 'e' },
	{ "zero-terminated", no_argument, NULL, 'z' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "line-buffered", no_argument, NULL, OPT_LINE_BUFFERED },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "header", no_argument, NULL, OPT_HEADER },
	{ "max-paragraph", required_argument, NULL, OPT_MAX_PARA },
	{ "jsonl", no_argument, NULL, OPT_JSONL },
	{ "text-field", required_argument, NULL, OPT_TEXT_FIELD },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
};
// clang-format on
/* a tool's (struct cli's tool): --help and --version, the last two */
#define TOOL_FIRST (sizeof common_long / sizeof common_long[0] - 2)

static const struct {
	const char *name;
	enum format f;
} formats[] = {
	{ "text", FMT_TEXT },
	{ "inline", FMT_INLINE },
	{ "tsv", FMT_TSV },
	{ "jsonl", FMT_JSON },
	{ "conll", FMT_CONLL },
	{ "pair", FMT_PAIR },
	{ "html", FMT_HTML },
	/* the old name of jsonl, kept */
	{ "json", FMT_JSON },
};

const char *
format_name(enum format f)
{
	size_t i;

	for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (formats[i].f == f)
			return formats[i].name;
	return "default";
}

size_t
parse_size(const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	if (*s < '0' || *s > '9')
		return 0;
	v = strtoull(s, &end, 10);
	if (errno)
		return 0;
	switch (*end) {
	case 'k':
	case 'K':
		v <<= 10;
		end++;
		break;
	case 'm':
	case 'M':
		v <<= 20;
		end++;
		break;
	case 'g':
	case 'G':
		v <<= 30;
		end++;
		break;
	}
	if (*end == 'i' && end[1] == 'B')
		end += 2;
	else if (*end == 'B')
		end++;
	if (*end != '\0' || v == 0 || v > (unsigned long long)SIZE_MAX / 2)
		return 0;
	return (size_t)v;
}

void
option_ignored(const char *opt, const char *why)
{
	usage_error("%s would be ignored %s", opt, why);
}

static int
format_allowed(const struct cli *c, const char *name)
{
	const char *p = c->formats;
	size_t n;

	if (strcmp(name, "json") == 0)
		name = "jsonl";
	n = strlen(name);

	while (p && *p) {
		const char *comma = strchr(p, ',');
		size_t l = comma ? (size_t)(comma - p) : strlen(p);

		if (l == n && strncmp(p, name, n) == 0)
			return 1;
		p = comma ? comma + 1 : NULL;
	}
	return 0;
}

/* Is letter one of the filter's own short options?  A filter's own option
 * of a common one's letter or name takes its place: newsview's -l reads
 * each line as a sentence, not as a paragraph. */
static int
own_short(const struct cli *c, int letter)
{
	return letter > 0 && letter < 0x100 && c->short_opts &&
	    strchr(c->short_opts, letter) != NULL;
}

static int
own_long(const struct cli *c, const char *name)
{
	const struct option *o;

	for (o = c->long_opts; o && o->name; o++)
		if (strcmp(o->name, name) == 0)
			return 1;
	return 0;
}

/* GNU's last lines of --help; the address comes from AC_INIT, once the
 * project has one */
static void
bug_report_lines(void)
{
	if (PACKAGE_BUGREPORT[0] != '\0')
		printf("Report bugs to: <%s>\n", PACKAGE_BUGREPORT);
	printf("Full documentation: man %s\n", progname());
}

static void
help(const struct cli *c)
{
	printf("Usage: %s %s\n%s\n\n", progname(), c->synopsis, c->purpose);
	if (c->own_help)
		fputs(c->own_help, stdout);
	if (c->tool) {
		/* its own_help lists --help and --version in its columns */
		if (c->more_help)
			printf("\n%s", c->more_help);
		printf(
		    "\nExit status is 0 on success, 2 on trouble (bad usage, bad "
		    "input,\nwrite error).\n\n");
		bug_report_lines();
		return;
	}
	printf("  -f, --format=FORMAT    output format: %s (default %s)\n",
	    c->formats, format_name(c->default_format));
	if (format_allowed(c, "jsonl"))
		fputs(
		    "                         (json is another name for jsonl)\n",
		    stdout);
	fputs(
	    "      --header           print a header line before TSV output\n",
	    stdout);
	if (!own_short(c, 'l'))
		fputs(
		    "  -l, --lines            each input line is a paragraph of "
		    "its own\n",
		    stdout);
	fputs(
	    "  -e, --exit-status      exit with status 1 when nothing was found\n"
	    "  -z, --zero-terminated  a NUL byte separates documents (input and output)\n"
	    "      --line-buffered    flush the output after every record (with -l,\n"
	    "                         after every input line)\n"
	    "      --raw              treat all input as text, suite tags included\n",
	    stdout);
	if (!c->no_jsonl)
		fputs(
		    "      --jsonl            record mode: read one JSON object a "
		    "line, take its\n"
		    "                         text field, write the object with "
		    "the results added\n"
		    "      --text-field=NAME  the text field of --jsonl (default "
		    "\"text\")\n",
		    stdout);
	fputs(
	    "      --max-paragraph=BYTES  process longer paragraphs in pieces\n"
	    "                         (default 1M; K, M, G suffixes)\n"
	    "  -q, --quiet            no warnings (invalid UTF-8, long paragraphs)\n"
	    "      --help             display this help and exit\n"
	    "      --version          output version information and exit\n",
	    stdout);
	if (c->more_help)
		printf("\n%s", c->more_help);
	printf(
	    "\nWith no FILE, or when FILE is -, read standard input.\n"
	    "Exit status is 0 on success (with -e: 0 if something was found, "
	    "1 if\nnot), 2 on trouble (bad usage, unreadable input, write "
	    "error).\n\n");
	bug_report_lines();
}

void
cli_version(const char *note)
{
	printf(
	    "%s (%s) %s\n"
	    "Copyright (C) 2026 the newsutils authors.\n"
	    "License MIT: <https://opensource.org/licenses/MIT>.\n"
	    "This is free software: you are free to change and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n",
	    progname(), PACKAGE_NAME, PACKAGE_VERSION);
	if (note)
		fputs(note, stdout);
}

/* What would be ignored among the common options. */
static void
check_common(struct common_opts *co)
{
	char with[40];

	snprintf(with, sizeof with, "with -f %s", format_name(co->format));
	if (co->jsonl) {
		if (co->format_given && co->format != FMT_JSON)
			option_ignored(
			    with + 5, "with --jsonl (it writes JSON objects)");
		if (co->header)
			option_ignored("--header", "with --jsonl");
		if (co->zero)
			option_ignored(
			    "-z", "with --jsonl (a record is a line)");
		co->format = FMT_JSON;
	} else {
		if (co->header && co->format != FMT_TSV)
			option_ignored("--header", with);
		if (co->text_field)
			option_ignored("--text-field", "without --jsonl");
	}
	if (co->text_field == NULL)
		co->text_field = "text";
}

int
cli_parse(int argc, char **argv, const struct cli *c, struct common_opts *co)
{
	struct option lo[64];
	size_t nown = 0, ncommon = sizeof common_long / sizeof common_long[0],
	       k;
	char shorts[64];
	const char *p;
	int opt;

	memset(co, 0, sizeof *co);
	co->format = c->default_format;
	co->cap = INPUT_DEFAULT_CAP;
	if (c->long_opts)
		while (c->long_opts[nown].name)
			nown++;
	if (nown + ncommon + 1 > sizeof lo / sizeof lo[0] ||
	    strlen(c->short_opts ? c->short_opts : "") + 6 > sizeof shorts)
		die("too many options");
	memset(lo, 0, sizeof lo);
	if (c->tool) {
		ncommon -= TOOL_FIRST;
		memcpy(lo, common_long + TOOL_FIRST, ncommon * sizeof *lo);
	} else {
		ncommon = 0;
		for (k = 0; k < sizeof common_long / sizeof common_long[0]; k++)
			if (!own_long(c, common_long[k].name) &&
			    !(c->no_jsonl &&
			        (common_long[k].val == OPT_JSONL ||
			            common_long[k].val == OPT_TEXT_FIELD)))
				lo[ncommon++] = common_long[k];
	}
	for (k = 0; k < nown; k++)
		lo[ncommon + k] = c->long_opts[k];
	/* a tool's options may follow its operands: no "+" */
	k = 0;
	for (p = c->tool ? "" : "+f:lezq"; *p; p++) {
		if (*p == '+' || !own_short(c, *p)) {
			shorts[k++] = *p;
			if (p[1] == ':')
				shorts[k++] = ':';
		}
		if (p[1] == ':')
			p++;
	}
	shorts[k] = '\0';
	strcat(shorts, c->short_opts ? c->short_opts : "");

	/* getopt's own messages are replaced by ours */
	opterr = 0;
	while ((opt = getopt_long(argc, argv, shorts, lo, NULL)) != -1) {
		if ((c->tool && opt != OPT_HELP && opt != OPT_VERSION &&
		        opt != '?' && opt != ':') ||
		    own_short(c, opt)) {
			/* a tool's options are all its own (-q too) */
			if (c->handle == NULL ||
			    c->handle(opt, optarg, c->ctx) != 0)
				usage_error(NULL);
			continue;
		}
		switch (opt) {
		case 'f':
			if (!format_allowed(c, optarg))
				usage_error(
				    "invalid format '%s' (use one of: %s)",
				    optarg, c->formats);
			for (k = 0; k < sizeof formats / sizeof formats[0]; k++)
				if (strcmp(formats[k].name, optarg) == 0)
					co->format = formats[k].f;
			co->format_given = 1;
			break;
		case 'l':
			co->lines = 1;
			break;
		case 'e':
			co->exit_status = 1;
			break;
		case 'z':
			co->zero = 1;
			break;
		case 'q':
			co->quiet = 1;
			break;
		case OPT_LINE_BUFFERED:
			co->line_buffered = 1;
			break;
		case OPT_RAW:
			co->raw = 1;
			break;
		case OPT_HEADER:
			co->header = 1;
			break;
		case OPT_JSONL:
			co->jsonl = 1;
			break;
		case OPT_TEXT_FIELD:
			co->text_field = optarg;
			break;
		case OPT_MAX_PARA:
			if ((co->cap = parse_size(optarg)) == 0)
				usage_error(
				    "invalid paragraph size '%s'", optarg);
			break;
		case OPT_HELP:
			help(c);
			exit(fflush(stdout) == 0 && !ferror(stdout)
			        ? 0
			        : NU_EXIT_TROUBLE);
		case OPT_VERSION:
			cli_version(c->version_note);
			exit(fflush(stdout) == 0 && !ferror(stdout)
			        ? 0
			        : NU_EXIT_TROUBLE);
		case '?':
			if (optopt && optopt < 0x100 && strchr(shorts, optopt))
				usage_error(
				    "option requires an argument -- '%c'",
				    optopt);
			else if (optopt && optopt < 0x100)
				usage_error("invalid option -- '%c'", optopt);
			else
				usage_error("unrecognized option '%s'",
				    argv[optind - 1]);
			break;
		case ':':
			usage_error("option '%s' requires an argument",
			    argv[optind - 1]);
			break;
		default:
			if (c->handle == NULL ||
			    c->handle(opt, optarg, c->ctx) != 0)
				usage_error(NULL);
		}
	}
	check_common(co);
	return optind;
}
