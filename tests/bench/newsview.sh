#!/bin/sh
# newsview throughput on an annotated corpus: the >= 100 MB bench corpus
# run once through enttag | datenorm | quotepull -f inline, then read by
# newsview in each format, as a ratio to cat over the same file in the
# same run (wall time, best of three) and as CPU time (user + system, the
# figure a loaded machine disturbs least); and max RSS.  Run by 'make
# bench'.
. "$top_srcdir/tests/bench/lib.sh"
ann="$b/bench-corpus.ann"
if [ ! -s "$ann" ] || [ "$ann" -ot "$corpus" ]; then
	echo "annotating the corpus (enttag | datenorm | quotepull -f inline) ..."
	"$b/enttag" -q < "$corpus" | "$b/datenorm" -q | "$b/quotepull" -q -f inline > "$ann.t"
	mv "$ann.t" "$ann"
fi
corpus=$ann
bytes=$(wc -c < "$corpus")
echo "annotated corpus: $bytes bytes, $(grep -o '<[A-Z]' "$corpus" | wc -l) start tags"
cat "$corpus" > /dev/null
t_cat=$(secs cat)
echo "cat: $(mbs "$t_cat") MB/s"

# cpu CMD... -- best user + system seconds of 3 runs
cpu() {
	best=
	for i in 1 2 3; do
		t=$( { /usr/bin/time -f '%U %S' "$@" < "$corpus" > /dev/null; } 2>&1 |
			awk 'END { print $1 + $2 }')
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}
for f in tsv "tsv -L entity,timex,quote" jsonl conll html; do
	t=$(secs "$b/newsview" -f $f)
	c=$(cpu "$b/newsview" -f $f)
	echo "newsview -f $f: $(mbs "$t") MB/s; ratio to cat $(ratio "$t_cat" "$t"); CPU $(mbs "$c") MB/s"
done
for f in tsv jsonl conll html; do
	max_rss "newsview -f $f" "$b/newsview" -f "$f"
done
