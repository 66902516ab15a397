#!/bin/sh
# Property tests over random and mutated inputs (tests/property.py).
. "$top_srcdir/tests/lib.sh"
if [ -z "$PYTHON3" ]; then
	echo "1..0 # SKIP python3 not found"
	exit 0
fi
exec "$PYTHON3" "$top_srcdir/tests/property.py" "$top_builddir" \
	"$top_srcdir/tests/data/demo-article.txt" "$top_srcdir/tests/fuzz/corpus/common/mixed.txt"
