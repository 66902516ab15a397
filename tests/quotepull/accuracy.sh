#!/bin/sh
# quotepull accuracy: quote spans (overlap and exact P/R/F1), speaker
# accuracy on matched quotes and end-to-end F1, on the development data in
# ../shared (skipped when absent) and on the gold kept in tests/quotepull/gold.
# Floors sit just under the measured figures and only go up.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/quotepull/gold"
Q="$shared_data/quotepull"
# score NAME GOLD FLOORS FILE... -- run quotepull -f tsv on the files and score
score() {
	name=$1 gold=$2 floors=$3; shift 3
	run quotepull -f tsv "$@" > "$tmp/$name.tsv" 2> "$tmp/$name.err"
	set --
	for f in $floors; do set -- "$@" --floor "$f"; done
	check "quotepull accuracy on $name (floors: $floors)" \
		"$PYTHON3" "$top_srcdir/tests/quotepull/score.py" "$@" "$gold" "$tmp/$name.tsv"
	sed 's/^/# /' "$tmp/check.out"
}
if [ -z "$PYTHON3" ]; then
	skip "python3 not found"
	done_testing
	exit
fi
score gold-in-repo "$G/gold.tsv" \
	"overlap_f1=99.2 exact_f1=99 speaker_acc=98.2 e2e_f1=97.7" "$G"/wn*.txt
if [ -d "$Q" ]; then
	score wikinews_dev "$Q/wikinews_dev/gold.tsv" \
		"overlap_f1=98 speaker_acc=97 e2e_f1=96" "$Q"/wikinews_dev/*.txt
	score hardcases "$Q/hardcases/gold.tsv" \
		"overlap_f1=98 speaker_acc=97 e2e_f1=96" "$Q"/hardcases/*.txt
else
	skip "no shared data at $Q"
fi
done_testing
