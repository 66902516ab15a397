/* driver.h - the loop every filter runs: operands in turn, each read as
 * chunks (input.h) handed to the filter's callback.  An unreadable operand
 * gets a message and the rest are still processed; the status is then 2.
 * Standard output is closed, and write errors caught, at the end. */
#ifndef NU_DRIVER_H
#define NU_DRIVER_H

#include "cli.h"
#include "input.h"
#include "output.h"

struct filter {
	/* called for every chunk; name is the operand for records ("-" for
	 * standard input) */
	void (*chunk)(void *ctx, const char *name, const struct chunk *c);
	void *ctx;
	/* --jsonl: the key the records go under ("sentences", ...) */
	const char *jsonl_key;
	/* called once after the last operand, before the output is closed
	 * (newsview's page ends there), or NULL */
	void (*finish)(void *ctx);
	/* --jsonl: before each record's text, record_begin (if not NULL)
	 * gets the string value of the record's key record_field, or NULL
	 * when the record has no such string (datenorm --ref-field date),
	 * with the input's name and line number for messages */
	const char *record_field;
	void (*record_begin)(
	    void *ctx, const char *name, size_t lineno, const char *value);
};

/* Run over operands argv[0..argc) (none: standard input); flushes and
 * closes o; returns the exit status: 2 after trouble, else 1 with -e when
 * the filter counted nothing in o->found, else 0.
 *
 * With co->jsonl every input line is a JSON object: its text string (key
 * co->text_field, "text" by default) is one document, the filter writes its records as JSON (co->format is set
 * to FMT_JSON), and the object goes out with those records added under
 * f->jsonl_key, their offsets counted in bytes of "text" and the "file"
 * key left out.  Other keys are copied through in their order.  A line
 * that is not such an object is copied unchanged, with a message, and
 * the status is 2.  Every record is a document of its own, so any split
 * of the input gives the same output. */
int drive(int argc, char **argv, struct common_opts *co,
    const struct input_opts *io, const struct filter *f, struct out *o);

/* Input options from the common options. */
void input_opts_from(struct input_opts *io, const struct common_opts *co);

#endif
