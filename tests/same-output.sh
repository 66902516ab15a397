#!/bin/sh
# same-output.sh - do two builds give byte-identical output?
#
#   tests/same-output.sh [-f FILTERS] REF [NEW]
#   tests/same-output.sh --build COMMIT DIR
#
# The first form runs every filter of REF's and NEW's build directories
# (NEW defaults to the current directory) in every output format and mode
# (-f, --timeml, --jsonl, --replace, -l, -z, --raw) over the same inputs,
# and compares the outputs with cmp.  It prints one line per difference
# and a summary; the exit status is 0 when all are identical, 1 when any
# differs.  -f limits the run to a comma-separated list of filters
# (sentsplit,enttag,datenorm,quotepull).
#
# The inputs: tests/data, the fuzz corpora and, when ../shared is beside
# the source tree, all of its text (the dev sets written out as text, the
# Wikinews articles of the bench corpus, MEANTIME, the Golden Rules) and
# the first megabytes of the unlabelled corpora.
#
# The second form builds COMMIT of this repository in DIR (a clone), to
# serve as REF: a restructure is checked with
#   tests/same-output.sh --build main /tmp/ref && tests/same-output.sh /tmp/ref .
set -u
src=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" = --build ]; then
	[ $# -eq 3 ] || { echo "usage: $0 --build COMMIT DIR" >&2; exit 2; }
	rm -rf "$3"
	git clone -q "$src" "$3" && git -C "$3" checkout -q "$2" &&
	    (cd "$3" && autoreconf -fi >/dev/null 2>&1 && ./configure -q &&
	     make -j"$(nproc 2>/dev/null || echo 2)" >/dev/null) || exit 2
	echo "same-output: $2 built in $3"
	exit 0
fi

filters=sentsplit,enttag,datenorm,quotepull
if [ "${1:-}" = -f ]; then
	filters=$2
	shift 2
fi
[ $# -ge 1 ] || { echo "usage: $0 [-f FILTERS] REF [NEW]" >&2; exit 2; }
ref=$(cd "$1" && pwd) || exit 2
new=$(cd "${2:-.}" && pwd) || exit 2
shared=$src/../shared/data
tmp=$(mktemp -d "${TMPDIR:-/tmp}/same-output.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# --- the inputs -----------------------------------------------------------
in=$tmp/in
mkdir -p "$in"
for f in "$src"/tests/data/*.txt "$src"/tests/fuzz/corpus/*/*; do
	[ -f "$f" ] && cp "$f" "$in/$(basename "$(dirname "$f")")-$(basename "$f")"
done
# CoNLL files as text: a sentence a line, documents split by form feeds
bio_text() {
	awk -F '\t' '
	/^-DOCSTART-/ { if (n) printf "\f\n"; n = 0; next }
	NF == 0 { if (line != "") { print line; n++ } line = ""; next }
	{ line = line == "" ? $1 : line " " $1 }
	END { if (line != "") print line }' "$@"
}
bio_text "$src"/tests/data/*.bio > "$in/samples.txt"
if [ -d "$shared" ]; then
	for f in "$shared"/enttag/*.dev.bio; do
		bio_text "$f" > "$in/dev-$(basename "$f" .bio).txt"
	done
	for d in quotepull/wikinews_raw quotepull/wikinews_dev \
	    quotepull/hardcases datenorm/meantime-en/text; do
		[ -d "$shared/$d" ] || continue
		for f in "$shared/$d"/*.txt "$shared/$d"/*; do
			[ -f "$f" ] || continue
			cat "$f"
			printf '\f\n'
		done > "$in/$(echo "$d" | tr / -).txt" 2>/dev/null
	done
	for f in "$shared"/sentsplit/*.txt; do
		cp "$f" "$in/sentsplit-$(basename "$f")"
	done
	for f in "$shared"/sentsplit/*.jsonl; do
		cp "$f" "$in/sentsplit-$(basename "$f")"
	done
	for f in "$shared"/unlabelled/*.txt.gz; do
		gzip -dc "$f" 2>/dev/null | head -c 3000000 \
		    > "$in/unlabelled-$(basename "$f" .txt.gz).txt"
	done
fi
# the TimeML sample, and JSON Lines made of the text inputs
cp "$src/tests/datenorm/sample.tml" "$tmp/sample.tml" 2>/dev/null
for f in "$in"/*.txt; do
	head -c 200000 "$f"
done | python3 -c '
import json, sys
doc = []
for line in sys.stdin.buffer.read().decode("utf-8", "replace").split("\n\n"):
    if line.strip():
        print(json.dumps({"id": len(doc), "text": line}, ensure_ascii=False))
        doc.append(1)
' > "$tmp/records.jsonl" 2>/dev/null || : > "$tmp/records.jsonl"

# --- the runs -------------------------------------------------------------
runs=0
diffs=0
# check NAME PROG INPUT ARGS... -- run PROG from both builds, compare
check() {
	name=$1 prog=$2 input=$3
	shift 3
	"$ref/$prog" "$@" < "$input" > "$tmp/ref.out" 2> "$tmp/ref.err"
	rs=$?
	"$new/$prog" "$@" < "$input" > "$tmp/new.out" 2> "$tmp/new.err"
	ns=$?
	runs=$((runs + 1))
	if [ $rs -ne $ns ] || ! cmp -s "$tmp/ref.out" "$tmp/new.out" ||
	    ! cmp -s "$tmp/ref.err" "$tmp/new.err"; then
		diffs=$((diffs + 1))
		echo "DIFF $prog $* < $name (status $rs/$ns)"
		diff "$tmp/ref.out" "$tmp/new.out" | head -n 6 | sed 's/^/    /'
	fi
}

has() { case ",$filters," in *,"$1",*) return 0 ;; esac; return 1; }

for f in "$in"/*; do
	n=$(basename "$f")
	big=$(wc -c < "$f")
	if has sentsplit; then
		for fmt in text tsv json; do
			check "$n" sentsplit "$f" -q -f "$fmt"
		done
		check "$n" sentsplit "$f" -q -l
		check "$n" sentsplit "$f" -q -z
	fi
	if has datenorm; then
		for fmt in inline tsv json; do
			check "$n" datenorm "$f" -q -f "$fmt"
			check "$n" datenorm "$f" -q -f "$fmt" --ref 2013-05-09
		done
		check "$n" datenorm "$f" -q --replace --ref 2019-02-11
		check "$n" datenorm "$f" -q --raw
	fi
	if has quotepull; then
		for fmt in text tsv json inline; do
			check "$n" quotepull "$f" -q -f "$fmt"
		done
		check "$n" quotepull "$f" -q --raw
	fi
	if has enttag; then
		# enttag runs at a few MB/s: the big inputs once, the rest in
		# every format
		if [ "$big" -gt 1500000 ]; then
			check "$n" enttag "$f" -q
		else
			for fmt in inline tsv json conll; do
				check "$n" enttag "$f" -q -f "$fmt"
			done
			check "$n" enttag "$f" -q -t PER,LOC
			check "$n" enttag "$f" -q --no-memory
		fi
	fi
done
# the filters over each other's output, and the record and TimeML modes
pipe=$tmp/pipe.txt
cat "$in"/*demo* "$in/samples.txt" > "$pipe" 2>/dev/null
if has enttag && has datenorm && has quotepull; then
	"$ref/enttag" -q < "$pipe" | "$ref/datenorm" -q --ref 2019-01-04 > "$tmp/tagged.txt"
	check tagged quotepull "$tmp/tagged.txt" -q -f json
	check tagged quotepull "$tmp/tagged.txt" -q -f inline
	check tagged enttag "$tmp/tagged.txt" -q -f tsv
	check tagged datenorm "$tmp/tagged.txt" -q -f tsv
	check tagged sentsplit "$tmp/tagged.txt" -q
fi
for p in sentsplit enttag datenorm quotepull; do
	has "$p" || continue
	[ -s "$tmp/records.jsonl" ] && check records.jsonl "$p" "$tmp/records.jsonl" -q --jsonl
done
if has datenorm && [ -f "$tmp/sample.tml" ]; then
	check sample.tml datenorm "$tmp/sample.tml" -q --timeml
fi

echo "same-output: $runs runs, $diffs differ ($filters; $(ls "$in" | wc -l) inputs)"
[ "$diffs" -eq 0 ]
