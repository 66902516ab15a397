/*
 * mkfilter.c - writes the gazetteer filter of a model to standard output
 * (et_filter_make): run at build time for the compiled-in model, whose
 * filter model.S includes next to it.
 *
 *	enttag-mkfilter en.model > en-filter.bin
 */
#include <stdio.h>
#include <stdlib.h>

#include "enttag.h"
#include "etmodel.h"
#include "msg.h"
#include "xalloc.h"

int
main(int argc, char **argv)
{
	struct et_model *m;
	unsigned char *blob, *f;
	const char *err;
	size_t len;

	set_progname(argv[0]);
	if (argc != 2)
		die("usage: enttag-mkfilter MODEL > FILTER");
	blob = et_read_file(argv[1], &len);
	if ((m = et_model_open(blob, len, &err)) == NULL)
		die("%s: %s", argv[1], err);
	f = xrealloc(NULL, ET_FILTER_SIZE);
	et_filter_make(m, f);
	if (fwrite(f, 1, ET_FILTER_SIZE, stdout) != ET_FILTER_SIZE ||
	    fflush(stdout) != 0)
		die("write error");
	et_model_close(m);
	free(f);
	free(blob);
	return 0;
}
