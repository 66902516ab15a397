#!/bin/sh
# seed-means.sh - the mean and spread over shuffling seeds of the dev F1
# of models made by train-model.sh (make seed-means).
# usage: seed-means.sh DATA LEXDIR ENTTAG-TRAIN SEEDS...
# The dev sets are small (1090, 602 and 363 entities), and one model's F1
# moves by 1-3 points with the seed alone, so compare two settings on the
# means over 8 seeds or more, never on one model.  The settings are those
# of train-model.sh: ENTTAG_TRAIN_FLAGS, ENTTAG_SELF_TRAIN, ENTTAG_FIRST_FLAGS
# (the seed is set here).  Models are trained two at a time (JOBS).
set -e
if [ $# -lt 4 ]; then
	echo "usage: seed-means.sh DATA LEXDIR ENTTAG-TRAIN SEEDS..." >&2
	exit 2
fi
data=$1 lex=$2 train=$3
shift 3
here=$(dirname "$0")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/enttag-seeds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
awk -v dv="$tmp/wikigold.dev.bio" -f "$here/wikigold-split.awk" \
    "$data/wikigold.train.bio"
cp "$data/meantime.dev.bio" "$data/gum.dev.bio" "$tmp/"
one() {
	if ! { ENTTAG_SEED=$1 TMPDIR=$tmp sh "$here/train-model.sh" "$data" \
	    "$lex" "$train" "$tmp/m$1.model" &&
	    "$train" --test -m "$tmp/m$1.model" "$tmp/meantime.dev.bio" \
	    "$tmp/gum.dev.bio" "$tmp/wikigold.dev.bio" > "$tmp/score$1"; } \
	    > "$tmp/log$1" 2>&1; then
		echo "seed-means.sh: seed $1 failed:" >&2
		tail -n 5 "$tmp/log$1" >&2
		touch "$tmp/failed"
	fi
}
running=0
for s in "$@"; do
	one "$s" &
	running=$((running + 1))
	if [ "$running" -ge "${JOBS:-2}" ]; then
		wait
		running=0
	fi
done
wait
[ ! -e "$tmp/failed" ] || exit 1
for s in "$@"; do
	awk -F'\t' -v s="$s" '$2 == "ALL" {
		sub(/.*\//, "", $1)
		printf "seed %s\t%s\t%.2f\n", s, $1, $5
	}' "$tmp/score$s"
done | tee "$tmp/all" >&2
awk -F'\t' '{ x[$2] += $3; xx[$2] += $3 * $3; n[$2]++ }
END {
	for (k in x) {
		m = x[k] / n[k]
		v = xx[k] / n[k] - m * m
		printf "%-18s mean %.2f  sd %.2f  (%d seeds)\n", k, m,
		    sqrt(v > 0 ? v : 0), n[k]
	}
}' "$tmp/all" | sort
