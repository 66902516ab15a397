#!/bin/sh
# sentsplit accuracy on the development data in ../shared (skipped when it
# is absent).  Floors only go up.  (Its golden_dev.jsonl is the bundled
# tests/data/golden-sample.jsonl, scored by golden.sh.)
. "$top_srcdir/tests/lib.sh"
S="$shared_data/sentsplit"
score() {
	"$PYTHON3" "$top_srcdir/tests/sentsplit/score.py" "$@"
}
if [ -z "$PYTHON3" ]; then
	skip "python3 not found"
elif ! [ -d "$S" ]; then
	skip "no shared data at $S"
else
	for case in "ud $S/gum_ccby_dev 0.9687" \
	    "ud $S/gum_ccby_train 0.9831" \
	    "ud $S/ewt_dev 0.9382"; do
		set -- $case
		check "sentsplit accuracy $1 $(basename "$2"), floor $3" \
			score "$1" "$top_builddir/sentsplit" "$2" --floor "$3"
		sed 's/^/# /' "$tmp/check.out"
	done
fi
done_testing
