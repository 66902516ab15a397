/* driver.c - operands to chunks to the filter */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <string.h>

#include "driver.h"
#include "msg.h"

void
input_opts_from(struct input_opts *io, const struct common_opts *co)
{
	memset(io, 0, sizeof *io);
	io->zero = co->zero;
	io->quiet = co->quiet;
	io->cap = co->cap;
}

static int
run_one(const char *path, const struct input_opts *io, const struct filter *f,
    struct out *o)
{
	struct reader *r = reader_open(path, io);
	struct chunk c;
	int got;

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

int
drive(int argc, char **argv, const struct common_opts *co,
    const struct input_opts *io, const struct filter *f, struct out *o)
{
	int status = 0, i;

	/* "| head" ends us at once and silently */
	signal(SIGPIPE, SIG_DFL);
	(void)co;
	if (argc == 0) {
		status |= run_one("-", io, f, o);
	} else {
		for (i = 0; i < argc; i++)
			status |= run_one(argv[i], io, f, o);
	}
	status |= out_close(o);
	return status ? NU_EXIT_TROUBLE : 0;
}
