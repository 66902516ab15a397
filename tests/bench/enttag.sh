#!/bin/sh
# enttag throughput on >= 100 MB of news text: tokens/s, MB/s and the ratio
# to cat in the same run, max RSS, and the start-up cost (1000 runs on a
# one-line input against 1000 runs of cat).  Run by 'make bench'.
. "$top_srcdir/tests/bench/lib.sh"
t_et=$(secs "$b/enttag")
tokens=$("$b/enttag" -f conll < "$corpus" | grep -c .)
echo "enttag: $(mbs "$t_et") MB/s, $(echo "scale=0; $tokens / $t_et" | bc -l) tokens/s ($tokens tokens); ratio to cat $(ratio "$t_cat" "$t_et")"
max_rss enttag "$b/enttag"

# start-up: 1000 runs each on a one-line input
one="$b/bench-oneline.txt"
echo "Mary Barra, the chief executive of General Motors, spoke in Detroit." > "$one"
loop() {
	i=0
	t0=$(date +%s.%N)
	while [ "$i" -lt 1000 ]; do
		"$@" < "$one" > /dev/null
		i=$((i + 1))
	done
	t1=$(date +%s.%N)
	echo "$t1 - $t0" | bc -l
}
s_cat=$(loop cat)
s_et=$(loop "$b/enttag")
echo "start-up, 1000 runs: cat $s_cat s, enttag $s_et s; enttag/cat $(ratio "$s_et" "$s_cat")"
rm -f "$one"
