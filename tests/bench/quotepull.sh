#!/bin/sh
# quotepull throughput on >= 100 MB of news text (the raw Wikinews articles
# repeated, one document each, form feed lines between), as a ratio to cat
# in the same run, and max RSS; then the same text as one single document,
# whose state must stay bounded too.  Run by 'make bench'.
set -e
b=${top_builddir:-.}
src="$top_srcdir/../shared/data/quotepull/wikinews_raw"
corpus="$b/bench-quotepull.txt"
if [ ! -f "$corpus" ] || [ "$(wc -c < "$corpus")" -lt 100000000 ]; then
	if [ -d "$src" ]; then
		for f in "$src"/*.txt; do cat "$f"; printf '\f\n'; done > "$corpus.seed"
	else
		for f in "$top_srcdir"/tests/quotepull/gold/*.txt; do cat "$f"; printf '\f\n'; done > "$corpus.seed"
	fi
	: > "$corpus"
	while [ "$(wc -c < "$corpus")" -lt 100000000 ]; do
		cat "$corpus.seed" "$corpus.seed" "$corpus.seed" "$corpus.seed" >> "$corpus"
		cat "$corpus" "$corpus" > "$corpus.2" && mv "$corpus.2" "$corpus"
	done
	rm -f "$corpus.seed"
fi
bytes=$(wc -c < "$corpus")
secs() {	# secs FILE CMD... -- best wall time of 3 runs, in seconds
	in=$1; shift
	best=
	for i in 1 2 3; do
		t0=$(date +%s.%N)
		"$@" < "$in" > /dev/null
		t1=$(date +%s.%N)
		t=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}
mbs() { echo "scale=1; $bytes / 1000000 / $1" | bc -l; }
cat "$corpus" > /dev/null
t_cat=$(secs "$corpus" cat)
t_qp=$(secs "$corpus" "$b/quotepull")
t_in=$(secs "$corpus" "$b/quotepull" -f inline)
echo "corpus: $bytes bytes, $(grep -c "$(printf '^\f$')" "$corpus") documents"
echo "cat:                  $(mbs "$t_cat") MB/s"
echo "quotepull:            $(mbs "$t_qp") MB/s"
echo "quotepull -f inline:  $(mbs "$t_in") MB/s"
echo "quotepull/cat ratio:  $(echo "scale=3; $t_cat / $t_qp" | bc -l)"
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f 'quotepull max RSS: %M KiB' "$b/quotepull" < "$corpus" > /dev/null
	tr -d '\f' < "$corpus" > "$corpus.one"
	/usr/bin/time -f 'quotepull max RSS, the corpus as one document: %M KiB' \
		"$b/quotepull" < "$corpus.one" > /dev/null
	rm -f "$corpus.one"
else
	echo "max RSS: /usr/bin/time not installed"
fi
