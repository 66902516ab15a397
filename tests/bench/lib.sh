# tests/bench/lib.sh -- shared by the benchmark scripts (sourced):
# the >= 100 MB corpus, best-of-three timing, MB/s and ratios.
set -e
b=${top_builddir:-.}
corpus="$b/bench-corpus.txt"
$SHELL "$top_srcdir/tests/bench/make-corpus.sh" "$corpus" "${BENCH_MB:-100}"
bytes=$(wc -c < "$corpus")
cat "$corpus" > /dev/null	# warm the page cache

# secs CMD... -- best wall time of 3 runs over the corpus, in seconds
secs() {
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
# mbs SECS -- corpus MB per second
mbs() { echo "scale=1; $bytes / 1000000 / $1" | bc -l; }
# ratio T_REF T_PROG -- throughput of PROG as a multiple of REF's
ratio() { echo "scale=5; $1 / $2" | bc -l; }
# max_rss NAME CMD... -- max resident set size over the corpus
max_rss() {
	name=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "$name max RSS: %M KiB" "$@" < "$corpus" > /dev/null
	else
		echo "$name max RSS: /usr/bin/time not installed"
	fi
}
echo "corpus: $bytes bytes (MB/s are an indication; the ratios are measured in the same run)"
t_cat=$(secs cat)
echo "cat: $(mbs "$t_cat") MB/s"
