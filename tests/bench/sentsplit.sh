#!/bin/sh
# sentsplit throughput on >= 100 MB of news text, as a ratio to cat, to
# wc -w (C locale) and to ICU's sentence BreakIterator, and max RSS.  Run
# by 'make bench'.
# - wall time, best of 3 (an indication: a busy machine swings it);
# - CPU time (user + sys), which a shared machine disturbs less: rounds
#   of one run of each program in turn, the ratio taken within each round
#   and the median over the rounds (BENCH_ROUNDS, default 7).
. "$top_srcdir/tests/bench/lib.sh"
ss="$b/sentsplit"
icu="$b/tests/bench/icu-sentences"
[ -x "$icu" ] || icu=

t_wc=$(secs env LC_ALL=C wc -w)
t_ss=$(secs "$ss")
echo "wall, best of 3: wc -w $(mbs "$t_wc") MB/s, sentsplit $(mbs "$t_ss") MB/s; sentsplit/cat $(ratio "$t_cat" "$t_ss"), sentsplit/wc -w $(ratio "$t_wc" "$t_ss")"
if [ -n "$icu" ]; then
	t_icu=$(secs "$icu")
	echo "wall, best of 3: ICU BreakIterator $(mbs "$t_icu") MB/s; sentsplit/ICU $(ratio "$t_icu" "$t_ss")"
else
	echo "ICU reference not built (libicu-dev missing)"
fi

# cpu CMD... -- CPU seconds of one run of CMD over the corpus: from
# wait4() in microseconds where python3 is found (cat takes a few
# hundredths of a second), else from time(1) in hundredths.
py=$(command -v python3 || :)
tf="$b/bench-time.txt"
cpu() {
	if [ -n "$py" ]; then
		"$py" -c '
import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
null = os.open(os.devnull, os.O_WRONLY)
pid = os.fork()
if pid == 0:
    os.dup2(fd, 0)
    os.dup2(null, 1)
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, ru = os.wait4(pid, 0)
print("%.6f" % (ru.ru_utime + ru.ru_stime))
sys.exit(1 if status else 0)' "$corpus" "$@"
	else
		/usr/bin/time -f '%U %S' -o "$tf" "$@" < "$corpus" > /dev/null
		awk '{ print $1 + $2 }' "$tf"
	fi
}
# median -- the median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
if [ -z "$py" ] && ! [ -x /usr/bin/time ]; then
	echo "CPU time: neither python3 nor /usr/bin/time found"
	max_rss sentsplit "$ss"
	exit 0
fi
rounds="$b/bench-rounds.txt"
: > "$rounds"
r=0
while [ "$r" -lt "${BENCH_ROUNDS:-7}" ]; do
	set -- $(cpu cat) $(cpu env LC_ALL=C wc -w) $(cpu "$ss")
	c_cat=$1 c_wc=$2 c_ss=$3
	c_icu=1 # no ICU: a column of ones
	if [ -n "$icu" ]; then
		set -- $(cpu "$icu")
		c_icu=$1
	fi
	echo "$c_cat $c_wc $c_icu $c_ss $(ratio "$c_cat" "$c_ss") $(ratio "$c_wc" "$c_ss") $(ratio "$c_icu" "$c_ss")" >> "$rounds"
	r=$((r + 1))
done
col() { cut -d' ' -f"$1" "$rounds" | median; }
echo "CPU time, median of $r rounds: cat $(col 1) s, wc -w $(col 2) s, sentsplit $(col 4) s ($(mbs "$(col 4)") MB per CPU second)"
echo "CPU time ratios (median of the rounds' ratios): sentsplit/cat $(col 5), sentsplit/wc -w $(col 6)"
if [ -n "$icu" ]; then
	echo "CPU time: ICU BreakIterator $(col 3) s; sentsplit/ICU $(col 7)"
fi
rm -f "$rounds" "$tf"
max_rss sentsplit "$ss"
