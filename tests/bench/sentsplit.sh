#!/bin/sh
# sentsplit throughput on >= 100 MB of news text, as a ratio to cat and to
# wc -w (C locale) in the same run, and max RSS.  Run by 'make bench'.
set -e
b=${top_builddir:-.}
corpus="$b/bench-corpus.txt"
$SHELL "$top_srcdir/tests/bench/make-corpus.sh" "$corpus" 100
bytes=$(wc -c < "$corpus")
secs() {	# secs CMD... -- best wall time of 3 runs, in seconds
	best=
	for i in 1 2 3; do
		t0=$(date +%s.%N)
		"$@" < "$corpus" > /dev/null
		t1=$(date +%s.%N)
		t=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}
cat "$corpus" > /dev/null
t_cat=$(secs cat)
t_wc=$(LC_ALL=C secs wc -w)
t_ss=$(secs "$b/sentsplit")
mbs() { echo "scale=1; $bytes / 1000000 / $1" | bc -l; }
echo "corpus: $bytes bytes"
echo "cat:       $(mbs "$t_cat") MB/s"
echo "wc -w:     $(mbs "$t_wc") MB/s"
echo "sentsplit: $(mbs "$t_ss") MB/s"
echo "sentsplit/cat ratio:  $(echo "scale=3; $t_cat / $t_ss" | bc -l)"
echo "sentsplit/wc-w ratio: $(echo "scale=3; $t_wc / $t_ss" | bc -l)"
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f 'sentsplit max RSS: %M KiB' "$b/sentsplit" < "$corpus" > /dev/null
else
	echo "max RSS: /usr/bin/time not installed"
fi
if [ -x "$b/tests/bench/icu-sentences" ]; then
	t_icu=$(secs "$b/tests/bench/icu-sentences")
	echo "ICU BreakIterator: $(mbs "$t_icu") MB/s; sentsplit/ICU ratio: $(echo "scale=2; $t_icu / $t_ss" | bc -l)"
fi
