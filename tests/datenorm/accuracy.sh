#!/bin/sh
# datenorm accuracy on MEANTIME English (../shared/data/datenorm, skipped
# when absent): the TempEval-3 measures.  Floors only go up.
. "$top_srcdir/tests/lib.sh"
D="$shared_data/datenorm/meantime-en"
if [ -z "$PYTHON3" ]; then
	skip "python3 not found"
elif ! [ -d "$D" ]; then
	skip "no shared data at $D"
else
	check "datenorm on MEANTIME: TempEval-3 figures above the floors" \
		"$PYTHON3" "$top_srcdir/tests/datenorm/score.py" --data "$D" \
		--cmd "$top_builddir/datenorm -f tsv" \
		--min-strict 87.2 --min-relaxed 92.5 --min-type 92.0 --min-value 81.4
	sed 's/^/# /' "$tmp/check.out"
fi
done_testing
