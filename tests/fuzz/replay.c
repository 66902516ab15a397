/* replay FILE... -- feed each file once to a libFuzzer harness's entry
 * point, as libFuzzer does when given files: the kept inputs of
 * tests/fuzz/corpus (the regress-* cases of fixed bugs among them) run in
 * every build under make check, no libFuzzer needed.  A harness aborts on
 * a broken invariant; a sanitizer build stops on its findings.  Each input
 * sits in a buffer of its own size, so that a read past its end is seen. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* the whole of FILE in a buffer of exactly its size (1 when empty) */
static uint8_t *
slurp(const char *path, size_t *size)
{
	FILE *f;
	uint8_t *buf = NULL, *fit;
	size_t n = 0, cap = 0, got;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	do {
		if (n == cap) {
			cap = cap ? 2 * cap : 4096;
			if ((fit = realloc(buf, cap)) == NULL)
				goto fail;
			buf = fit;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	if (ferror(f) || (fit = malloc(n ? n : 1)) == NULL)
		goto fail;
	memcpy(fit, buf, n);
	free(buf);
	fclose(f);
	*size = n;
	return fit;
fail:
	free(buf);
	fclose(f);
	return NULL;
}

int
main(int argc, char *argv[])
{
	uint8_t *data;
	size_t size;
	int i;

	for (i = 1; i < argc; i++) {
		if ((data = slurp(argv[i], &size)) == NULL) {
			perror(argv[i]);
			return 2;
		}
		LLVMFuzzerTestOneInput(data, size);
		free(data);
	}
	return 0;
}
