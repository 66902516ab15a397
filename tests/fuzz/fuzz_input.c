/* libFuzzer harness: the input reader.  Every byte lands in exactly one
 * chunk, in order, whatever the options. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input_opts o = { 0, 0, 1, 64, 0 };
	struct reader *r;
	struct chunk c;
	size_t off = 0;

	if (size < 1)
		return 0;
	o.zero = data[0] & 1;
	o.line_paras = (data[0] >> 1) & 1;
	o.cap = 64 + (size_t)(data[0] >> 2) * 8;
	data++;
	size--;
	r = reader_open_mem(data, size, "fuzz", &o);
	while (reader_next(r, &c) > 0) {
		if (c.off != off || c.len > size - off ||
		    memcmp(c.p, data + off, c.len) != 0)
			abort();
		if (c.kind == CHUNK_PARA && c.len > o.cap)
			abort();
		off += c.len;
	}
	if (off != size)
		abort();
	reader_close(r);
	return 0;
}
