#!/bin/sh
# The join: every record of newsview -f tsv / -f jsonl over the whole
# suite's output gives back its text from the original file, by bytes and
# by code points; so do the four filters' own records over that output,
# and the filters count the same offsets with the others' tags in their
# input as without them.  On the demo article, and on the raw Wikinews
# articles of ../shared when it is there.
. "$top_srcdir/tests/lib.sh"

if [ -z "$PYTHON3" ]; then
	echo "1..0 # SKIP python3 not found"
	exit 0
fi
J="$top_srcdir/tests/newsview/join.py"

# join_all NAME ORIGINAL [DATENORM OPTIONS]
join_all() {
	what=$1 orig=$2; shift 2
	run enttag "$orig" | run datenorm "$@" | run quotepull -f inline > "$tmp/ann"
	check "$what: stripping the tags gives back the original" sh -c \
		"sed -E 's,</?(PER|ORG|LOC|MISC)>|<(TIMEX3|QUOTE)( [^>]*)?>|</(TIMEX3|QUOTE)>,,g' '$tmp/ann' | cmp -s - '$orig'"
	run newsview "$tmp/ann" > "$tmp/nv.tsv"
	check "$what: newsview -f tsv joins, every layer" "$PYTHON3" "$J" "$orig" "$tmp/nv.tsv" tsv
	cp "$tmp/check.out" "$tmp/layers"
	sed 's/^/# /' "$tmp/layers"
	check "$what: all four layers are there" \
		grep -q 'entity=[1-9].*quote=[1-9].*sentence=[1-9].*timex=[1-9]' "$tmp/layers"
	run newsview -f jsonl "$tmp/ann" > "$tmp/nv.json"
	check "$what: newsview -f jsonl joins, by bytes and by characters" \
		"$PYTHON3" "$J" "$orig" "$tmp/nv.json" json
	run enttag -f tsv "$tmp/ann" > "$tmp/f.tsv"
	check "$what: enttag -f tsv over the suite's output joins" "$PYTHON3" "$J" "$orig" "$tmp/f.tsv" TEXT:5:exact
	run datenorm -f tsv "$@" "$tmp/ann" > "$tmp/f.tsv"
	check "$what: datenorm -f tsv over the suite's output joins" "$PYTHON3" "$J" "$orig" "$tmp/f.tsv" TEXT:6:exact
	run quotepull -f tsv "$tmp/ann" > "$tmp/f.tsv"
	check "$what: quotepull -f tsv over the suite's output joins" "$PYTHON3" "$J" "$orig" "$tmp/f.tsv" TEXT:5:inside
	run sentsplit -f tsv "$tmp/ann" > "$tmp/f.tsv"
	check "$what: sentsplit -f tsv over the suite's output joins" "$PYTHON3" "$J" "$orig" "$tmp/f.tsv" TEXT:4:folded
}

A="$top_srcdir/tests/data/demo-article.txt"
join_all "demo" "$A" --ref 2019-01-04

# the issue's own case: Nancy Pelosi where enttag alone puts her
run enttag -f tsv "$A" | cut -f2- > "$tmp/plain"
run datenorm --ref 2019-01-04 "$A" | run enttag -f tsv | cut -f2- > "$tmp/piped"
check "demo: datenorm | enttag -f tsv gives enttag -f tsv's offsets" same "$tmp/plain" "$tmp/piped"
check "demo: Nancy Pelosi at 93" grep -q '^93	105	PER	Nancy Pelosi$' "$tmp/piped"
run datenorm -f tsv --ref 2019-01-04 "$A" | cut -f2- > "$tmp/plain"
run enttag "$A" | run datenorm -f tsv --ref 2019-01-04 | cut -f2- > "$tmp/piped"
check "demo: enttag | datenorm -f tsv gives datenorm -f tsv's offsets" same "$tmp/plain" "$tmp/piped"
run quotepull -f tsv "$A" | cut -f2- > "$tmp/plain"
run enttag "$A" | run datenorm --ref 2019-01-04 | run quotepull -f tsv | cut -f2- > "$tmp/piped"
check "demo: enttag | datenorm | quotepull -f tsv gives quotepull -f tsv's offsets" same "$tmp/plain" "$tmp/piped"
run sentsplit -f tsv "$A" | cut -f2- > "$tmp/plain"
run enttag "$A" | run sentsplit -f tsv | cut -f2- > "$tmp/piped"
check "demo: enttag | sentsplit -f tsv gives sentsplit -f tsv's records" same "$tmp/plain" "$tmp/piped"
run quotepull -f inline "$A" > "$tmp/q1"
run quotepull -f inline "$tmp/q1" > "$tmp/q2"
check "demo: quotepull -f inline twice tags each quotation once" same "$tmp/q1" "$tmp/q2"

# sentsplit's output: its lines are the sentences (-l), and the original
# is sentsplit's output
run sentsplit "$A" > "$tmp/sent.txt"
run enttag "$tmp/sent.txt" | run datenorm --ref 2019-01-04 | run quotepull -f inline > "$tmp/ann"
run newsview -l "$tmp/ann" > "$tmp/nv.tsv"
check "demo through sentsplit: newsview -l -f tsv joins with sentsplit's output" \
	"$PYTHON3" "$J" "$tmp/sent.txt" "$tmp/nv.tsv" tsv
check "demo through sentsplit: -l gives one sentence a line" test \
	"$(grep -c '	sentence	' "$tmp/nv.tsv")" -eq "$(grep -c . "$tmp/sent.txt")"

W="$top_srcdir/../shared/data/quotepull/wikinews_raw"
if [ -d "$W" ]; then
	# one file of all the articles, a form feed line between them
	for f in "$W"/wn*.txt; do
		cat "$f"
		printf '\f\n'
	done > "$tmp/wikinews.txt"
	join_all "Wikinews" "$tmp/wikinews.txt"
else
	skip "no shared data at $W: the Wikinews join is not run"
fi
done_testing
