/* libFuzzer harness: the datenorm engine.  Expressions are in order,
 * inside the text, never empty, with a value that fits. */
/* fuzz-libraries: datenorm */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/datenorm/datenorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dn_engine *e;
	const struct dn_timex *tx;
	size_t n, k, prev = 0;

	if (e == NULL)
		e = dn_new();
	if (size > 0 && (data[0] & 1))
		dn_set_ref(e, 2013, 5, 9);
	else
		dn_set_ref(e, 0, 0, 0);
	n = dn_scan(e, data, size, &tx);
	for (k = 0; k < n; k++) {
		if (tx[k].start < prev || tx[k].end <= tx[k].start ||
		    tx[k].end > size)
			abort();
		if (memchr(tx[k].value, '\0', DN_VALUE_MAX) == NULL ||
		    tx[k].value[0] == '\0')
			abort();
		prev = tx[k].end;
	}
	if (size > 0 && (data[0] & 2))
		dn_reset_doc(e);
	return 0;
}
