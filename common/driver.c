/* driver.c - operands to chunks to the filter */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "driver.h"
#include "msg.h"

void
input_opts_from(struct input_opts *io, const struct common_opts *co)
{
	memset(io, 0, sizeof *io);
	io->zero = co->zero;
	io->quiet = co->quiet;
	io->raw = co->raw;
	io->cap = co->cap;
	io->line_paras = co->lines;
}

static int
run_one(const char *path, const struct common_opts *co,
    const struct input_opts *io, const struct filter *f, struct out *o)
{
	struct reader *r = reader_open(path, io);
	struct chunk c;
	int got;

	(void)co;
	if (r == NULL) {
		warnmsg("%s: %s", path, strerror(errno));
		return NU_EXIT_TROUBLE;
	}
	while ((got = reader_next(r, &c)) > 0) {
		f->chunk(f->ctx, reader_record_name(r), &c);
		out_record(o);
	}
	if (got < 0) {
		warnmsg("%s: %s", reader_display_name(r), strerror(errno));
		/* the document read so far still ends */
		memset(&c, 0, sizeof c);
		c.kind = CHUNK_DOCEND;
		c.p = (const unsigned char *)"";
		f->chunk(f->ctx, reader_record_name(r), &c);
		reader_close(r);
		return NU_EXIT_TROUBLE;
	}
	reader_close(r);
	return 0;
}

/* Run the filter over one --jsonl record's text; the JSON records it
 * writes are taken back out of o and added to obj under the key. */
static void
jsonl_record(json_t *obj, const char *text, size_t len, const char *name,
    const struct input_opts *io, const struct filter *f, struct out *o)
{
	struct reader *r = reader_open_mem(
	    (const unsigned char *)text, len, name, io);
	size_t mark = o->b.len, pos;
	json_t *arr = json_array();
	struct chunk c;

	o->capture = 1;
	while (reader_next(r, &c) > 0)
		f->chunk(f->ctx, name, &c);
	reader_close(r);
	o->capture = 0;
	for (pos = mark; pos < o->b.len;) {
		unsigned char *nl = memchr(o->b.p + pos, '\n', o->b.len - pos);
		size_t end = nl ? (size_t)(nl - o->b.p) : o->b.len;
		json_error_t err;
		json_t *rec;

		if (end > pos &&
		    (rec = json_loadb((const char *)o->b.p + pos, end - pos,
		         JSON_ALLOW_NUL, &err)) != NULL) {
			json_object_del(rec, "file");
			json_array_append_new(arr, rec);
		}
		pos = end + 1;
	}
	o->b.len = mark;
	json_object_set_new(obj, f->jsonl_key, arr);
}

static int
run_jsonl(const char *path, const struct common_opts *co,
    const struct input_opts *io, const struct filter *f, struct out *o)
{
	FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	const char *dname = strcmp(path, "-") == 0 ? "standard input" : path;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int status = 0;

	if (in == NULL) {
		warnmsg("%s: %s", path, strerror(errno));
		return NU_EXIT_TROUBLE;
	}
	while ((len = getline(&line, &cap, in)) >= 0) {
		size_t n = (size_t)len;
		json_error_t err;
		json_t *obj, *text;
		char *dump;

		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			n--;
		if (n > 0 && line[n - 1] == '\r')
			n--;
		obj = json_loadb(line, n, JSON_ALLOW_NUL, &err);
		text = obj ? json_object_get(obj, co->text_field) : NULL;
		if (obj == NULL || !json_is_object(obj) ||
		    !json_is_string(text)) {
			/* never lose data: the line goes through as it came */
			if (n > 0 || (size_t)len > n)
				warnmsg(
				    "%s:%zu: not a JSON object with a \"%s\" "
				    "string%s%s",
				    dname, lineno, co->text_field,
				    obj ? "" : ": ", obj ? "" : err.text);
			json_decref(obj);
			buf_add(&o->b, line, (size_t)len);
			if ((size_t)len == n)
				buf_addc(&o->b, '\n');
			out_record(o);
			status = NU_EXIT_TROUBLE;
			continue;
		}
		if (f->record_begin) {
			json_t *v = f->record_field
			    ? json_object_get(obj, f->record_field)
			    : NULL;

			f->record_begin(f->ctx, dname, lineno,
			    json_is_string(v) ? json_string_value(v) : NULL);
		}
		jsonl_record(obj, json_string_value(text),
		    json_string_length(text),
		    strcmp(path, "-") == 0 ? "-" : path, io, f, o);
		dump = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(obj);
		if (dump == NULL)
			die("out of memory");
		buf_adds(&o->b, dump);
		buf_addc(&o->b, '\n');
		free(dump);
		out_record(o);
	}
	if (ferror(in)) {
		warnmsg("%s: %s", dname, strerror(errno));
		status = NU_EXIT_TROUBLE;
	}
	free(line);
	if (in != stdin)
		fclose(in);
	return status;
}

int
drive(int argc, char **argv, struct common_opts *co,
    const struct input_opts *io, const struct filter *f, struct out *o)
{
	int status = 0, i;
	int (*run)(const char *, const struct common_opts *,
	    const struct input_opts *, const struct filter *,
	    struct out *) = run_one;

	/* "| head" ends us at once and silently */
	signal(SIGPIPE, SIG_DFL);
	if (co->jsonl) {
		if (f->jsonl_key == NULL)
			die("--jsonl is not supported");
		run = run_jsonl;
	}
	if (argc == 0) {
		status |= run("-", co, io, f, o);
	} else {
		for (i = 0; i < argc; i++)
			status |= run(argv[i], co, io, f, o);
	}
	if (f->finish)
		f->finish(f->ctx);
	status |= out_close(o);
	if (status)
		return NU_EXIT_TROUBLE;
	/* -e: grep's convention, for make and && chains */
	return co->exit_status && o->found == 0 ? NU_EXIT_NONE : NU_EXIT_OK;
}
