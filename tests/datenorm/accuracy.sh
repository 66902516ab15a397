#!/bin/sh
# datenorm accuracy: the TempEval-3 measures on MEANTIME English
# (../shared/data/datenorm, skipped when absent; raw, and with MEANTIME's
# conventions mapped to TimeML's, score.py's opening comment) and on datenorm's own
# Wikinews sample (tests/datenorm/wikinews, always there), with mod F1 on
# the sample.  Floors only go up.
. "$top_srcdir/tests/lib.sh"
D="$shared_data/datenorm/meantime-en"
if [ -z "$PYTHON3" ]; then
	skip "python3 not found"
elif ! [ -d "$D" ]; then
	skip "no shared data at $D"
else
	# raw: MEANTIME as it is; mapped: its conventions in TimeML's
	check "datenorm on MEANTIME: TempEval-3 figures, raw and mapped, above the floors" \
		"$PYTHON3" "$top_srcdir/tests/datenorm/score.py" --data "$D" \
		--cmd "$top_builddir/datenorm -f tsv" --map MEANTIME \
		--min-strict 89.1 --min-relaxed 93.7 --min-type 92.6 --min-value 82.8 \
		--min-mapped-strict 89.6 --min-mapped-relaxed 94.0 \
		--min-mapped-type 98.4 --min-mapped-value 86.3
	sed 's/^/# /' "$tmp/check.out"
fi
if [ -z "$PYTHON3" ]; then
	skip "python3 not found"
else
	check "datenorm on its Wikinews sample: TempEval-3 figures and mod above the floors" \
		"$PYTHON3" "$top_srcdir/tests/datenorm/score.py" \
		--data "$top_srcdir/tests/datenorm/wikinews" \
		--cmd "$top_builddir/datenorm -f jsonl" \
		--min-strict 96.0 --min-relaxed 98.6 --min-type 99.9 --min-value 98.6 \
		--min-mod 85.6
	sed 's/^/# /' "$tmp/check.out"
fi
done_testing
