/* icu-sentences - the reference for sentsplit's benchmark: ICU's sentence
 * BreakIterator over standard input, one sentence per output line.  Built
 * only by 'make bench', and only when ICU's development files exist. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

int
main(void)
{
	size_t cap = 1 << 20, len = 0, n;
	char *buf = malloc(cap), *para;
	UErrorCode err = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &err);

	if (buf == NULL || U_FAILURE(err))
		return 2;
	while ((n = fread(buf + len, 1, cap - len, stdin)) > 0) {
		len += n;
		if (len == cap && (buf = realloc(buf, cap *= 2)) == NULL)
			return 2;
	}
	buf[len] = '\0'; /* len < cap here: strstr below needs the end */
	/* paragraph by paragraph, as sentsplit works */
	para = buf;
	while (para < buf + len) {
		char *end = strstr(para, "\n\n");
		UText *ut;
		int32_t s, e;

		if (end == NULL || end > buf + len)
			end = buf + len;
		err = U_ZERO_ERROR;
		ut = utext_openUTF8(NULL, para, end - para, &err);
		ubrk_setUText(bi, ut, &err);
		for (s = ubrk_first(bi), e = ubrk_next(bi); e != UBRK_DONE;
		     s = e, e = ubrk_next(bi)) {
			fwrite(para + s, 1, (size_t)(e - s), stdout);
			putchar('\n');
		}
		utext_close(ut);
		para = end + 2;
	}
	ubrk_close(bi);
	free(buf);
	return 0;
}
