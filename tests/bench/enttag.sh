#!/bin/sh
# enttag's speed figures (run by 'make bench'), each against a reference
# run in this script; the absolute figures are an indication only:
# - throughput on >= 100 MB of news: tokens/s, and the time as a multiple
#   of LC_ALL=C wc -w's and of cat's on the same corpus (wall time, best
#   of 3), then in CPU time (median of 5), which a busy machine disturbs
#   less.  Tokens are counted as enttag tokenizes: the token lines of its
#   -f conll output.
# - max RSS on the corpus and on one 15 MB line without a full stop;
# - start-up: a one-line input, 15 rounds of 100 runs of cat and 100 of
#   enttag; the median of the rounds and of their ratio;
# - the compiled-in model: its size and the sizes of its tables.
. "$top_srcdir/tests/bench/lib.sh"
et="$b/enttag"
model="$top_srcdir/filters/enttag/en.model"

t_wc=$(secs env LC_ALL=C wc -w)
t_et=$(secs "$et")
tokens=$("$et" -f conll < "$corpus" | grep -vc -e '^$' -e '^-DOCSTART-')
echo "wc -w (LC_ALL=C): $(mbs "$t_wc") MB/s"
echo "enttag: $(mbs "$t_et") MB/s, $(echo "scale=0; $tokens / $t_et" | bc -l) tokens/s ($tokens tokens)"
echo "enttag time / wc -w time: $(ratio "$t_et" "$t_wc"); / cat time: $(ratio "$t_et" "$t_cat")"
# median -- the median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# cpu CMD... -- CPU seconds (user + sys) of CMD over the corpus, median of 5
cpu() {
	for i in 1 2 3 4 5; do
		/usr/bin/time -f '%U %S' -o "$b/bench-time.txt" \
		    "$@" < "$corpus" > /dev/null
		awk '{ print $1 + $2 }' "$b/bench-time.txt"
	done | median
}
if [ -x /usr/bin/time ]; then
	c_wc=$(cpu env LC_ALL=C wc -w)
	c_et=$(cpu "$et")
	rm -f "$b/bench-time.txt"
	echo "CPU time: wc -w $c_wc s, enttag $c_et s ($(echo "scale=0; $tokens / $c_et" | bc -l) tokens per CPU second); enttag/wc -w $(ratio "$c_et" "$c_wc")"
fi
max_rss enttag "$et"
line="$b/bench-line.txt"
head -c 15000000 /dev/zero | tr '\0' a | sed 's/aaaa/ab c/g' > "$line"
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f "enttag max RSS, one 15 MB line: %M KiB" \
	    "$et" -q < "$line" > /dev/null
fi
rm -f "$line"

# start-up
one="$b/bench-oneline.txt"
echo "Mary Barra, the chief executive of General Motors, spoke in Detroit." > "$one"
# round CMD... -- wall seconds of 100 runs of CMD on the one-line input
round() {
	i=0
	t0=$(date +%s.%N)
	while [ "$i" -lt 100 ]; do
		"$@" < "$one" > /dev/null
		i=$((i + 1))
	done
	t1=$(date +%s.%N)
	echo "$t1 - $t0" | bc -l
}
rounds="$b/bench-startup.txt"
: > "$rounds"
r=0
while [ "$r" -lt 15 ]; do
	s_cat=$(round cat)
	s_et=$(round "$et")
	echo "$s_cat $s_et $(ratio "$s_et" "$s_cat")" >> "$rounds"
	r=$((r + 1))
done
echo "start-up, 100 runs (median of 15 rounds): cat $(cut -d' ' -f1 "$rounds" | median) s, enttag $(cut -d' ' -f2 "$rounds" | median) s; enttag/cat $(cut -d' ' -f3 "$rounds" | median)"
rm -f "$one" "$rounds"

# the model: header fields fcap, gcap (u32 at 16, 20), nfeat, ngaz (at 36)
set -- $(od -An -tu4 -j16 -N8 "$model") $(od -An -tu4 -j36 -N8 "$model")
echo "model: $(wc -c < "$model") bytes; $3 features in $1 slots, $4 gazetteer phrases in $2 slots"
