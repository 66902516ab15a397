#!/bin/sh
# sentsplit on the bundled Golden Rules sample (pySBD, MIT; see README):
# always on, no shared data needed.  Floor: every case right.
. "$top_srcdir/tests/lib.sh"
if [ -z "$PYTHON3" ]; then
	skip "python3 not found"
else
	check "golden-rule sample: all cases exactly right" \
		"$PYTHON3" "$top_srcdir/tests/sentsplit/score.py" golden \
		"$top_builddir/sentsplit" "$top_srcdir/tests/data/golden-sample.jsonl" --floor 100
	cat "$tmp/check.out" | sed 's/^/# /'
fi
done_testing
