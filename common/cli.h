/* cli.h - the command-line conventions every filter shares.
 *
 * Common options: -f/--format FORMAT, -l/--lines, -e/--exit-status,
 * -z/--zero-terminated, --line-buffered, -q/--quiet, --raw, --header,
 * --jsonl, --text-field NAME, --max-paragraph BYTES, --help, --version.
 * Format jsonl (JSON Lines) is also called json.  One rule for options
 * that do not apply: an option that would be ignored is a usage error
 * (option_ignored), never silently dropped.
 * A filter adds its own through struct cli; --help prints its text, then
 * the common options.  A tool that is not a filter (enttag-train) sets
 * tool: then --help and --version are its only common options (its
 * own_help lists them), and its options may follow its operands.  Usage errors print one line and the
 * "Try" hint on standard error and exit 2. */
#ifndef NU_CLI_H
#define NU_CLI_H
#include <getopt.h>
#include <stddef.h>

enum format {
	FMT_DEFAULT,
	FMT_TEXT,
	FMT_INLINE,
	FMT_TSV,
	FMT_JSON,
	FMT_CONLL,
	FMT_PAIR,
	FMT_HTML
};

struct common_opts {
	enum format format;
	int zero, line_buffered, quiet, raw, header;
	int lines;              /* -l: every line a paragraph */
	int exit_status;        /* -e: status 1 when nothing was found */
	int jsonl;              /* --jsonl: JSON records in, records out */
	const char *text_field; /* --text-field: the records' text key */
	int format_given;       /* -f was on the command line */
	size_t cap;
};

/* Long-option codes from here up are the filter's own. */
#define CLI_OWN_OPTION 0x200

struct cli {
	const char *synopsis;     /* "[OPTION]... [FILE]..." */
	const char *purpose;      /* one line: what the program does */
	const char *own_help;     /* the filter's option lines, or NULL */
	const char *more_help;    /* text after the option list, or NULL */
	const char *formats;      /* accepted -f values, comma separated */
	const char *version_note; /* more --version lines, or NULL */
	enum format default_format;
	const char *short_opts;         /* the filter's own, getopt syntax */
	const struct option *long_opts; /* the filter's own, or NULL */
	/* Handle one own option; return 0, or -1 after a message (usage
	 * error). */
	int (*handle)(int opt, const char *arg, void *ctx);
	void *ctx;
	int tool;     /* not a filter: see above */
	int no_jsonl; /* no record mode: --jsonl, --text-field unknown */
};

/* Parse argv; return the index of the first operand. */
int cli_parse(
    int argc, char **argv, const struct cli *c, struct common_opts *co);
const char *format_name(enum format f);
/* --version's text on standard output, note (or NULL) at its end. */
void cli_version(const char *note);
/* "prog: OPT would be ignored WHY" ("with -f tsv") and the Try line;
 * exit 2. */
void option_ignored(const char *opt, const char *why) __attribute__((noreturn));
/* Parse a byte count with an optional K, M or G suffix; 0 on error. */
size_t parse_size(const char *s);

#endif
