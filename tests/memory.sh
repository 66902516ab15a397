#!/bin/sh
# Memory: each filter over 1 GB of generated news text, streamed through a
# pipe; its max RSS must stay under the bound (16 MB; memory is bounded by
# the longest paragraph, never by the input size).  The run must also be a
# good one: exit status 0, as many lines out as a run on the seed alone
# (the text the stream repeats; that run must exit 0 and change it) times
# the repeats, about as many bytes (a running count such as datenorm's
# tid="t123456" grows), and the first half of that run's output byte for
# byte.  Skipped in sanitizer builds, whose shadow memory makes RSS
# meaningless, and without GNU time.
. "$top_srcdir/tests/lib.sh"
bound_kb=16384
if [ -n "$NU_SANITIZED" ]; then
	echo "1..0 # SKIP sanitizer build"
	exit 0
fi
if ! [ -x /usr/bin/time ]; then
	echo "1..0 # SKIP GNU time (/usr/bin/time) not installed"
	exit 0
fi
# ~170 KB of paragraphs, repeated to the size wanted
for i in $(seq 1 64); do cat "$top_srcdir/tests/data/demo-article.txt"; echo; done > "$tmp/seed.txt"
seed_kb=$(($(wc -c < "$tmp/seed.txt") / 1000))
stream() {	# the seed $n times
	i=0
	while [ $i -lt "$n" ]; do cat "$tmp/seed.txt"; i=$((i + 1)); done
}
held() {	# a headline enttag holds, 64 MB of blank lines, a sentence
	printf 'MANDELA MEETS KOHL IN BONN\n'
	yes '' | head -c 67108864
	printf 'Nelson Mandela met Helmut Kohl in Bonn .\n'
}

# measure INPUT PROG ARGS... -- run PROG under GNU time over what the
# function INPUT writes: $rss (KiB) and $rc, $lines and $bytes of the
# output, and its first $half bytes in $tmp/head.out
measure() {
	input=$1; shift
	{ "$input" | /usr/bin/time -f '%M' -o "$tmp/rss" "$@"; echo $? > "$tmp/rc"; } |
	    { head -c "$half" > "$tmp/head.out"; wc -lc > "$tmp/wc"; }
	rss=$(tail -n 1 "$tmp/rss")
	rc=$(cat "$tmp/rc")
	set -- $(cat "$tmp/wc")
	lines=$(($1 + $(tr -cd '\n' < "$tmp/head.out" | wc -c)))
	bytes=$(($2 + $(wc -c < "$tmp/head.out")))
}

for spec in "sentsplit 1024" "datenorm 1024 --ref 2019-01-04" "quotepull 1024" \
    "enttag 1024"; do
	set -- $spec
	prog=$1 mb=$2
	shift 2
	[ -x "$top_builddir/$prog" ] || continue
	n=$((mb * 1000 / seed_kb + 1))
	"$top_builddir/$prog" -q "$@" < "$tmp/seed.txt" > "$tmp/ref.out"
	rc=$?
	check "$prog on the seed alone: exit status 0" test "$rc" -eq 0
	check "$prog on the seed alone: an output, not the input" \
	    sh -c 'test -s "$1" && ! cmp -s "$1" "$2"' sh "$tmp/ref.out" "$tmp/seed.txt"
	ref_lines=$(wc -l < "$tmp/ref.out")
	ref_bytes=$(wc -c < "$tmp/ref.out")
	half=$((ref_bytes / 2))
	measure stream "$top_builddir/$prog" -q "$@"
	pct=$((bytes * 100 / (n * ref_bytes)))
	check "$prog over $mb MB: max RSS ${rss} KiB < $bound_kb KiB" test "$rss" -lt "$bound_kb"
	check "$prog over $mb MB: exit status 0" test "$rc" -eq 0
	check "$prog over $mb MB: $lines lines out, $n x $ref_lines" \
	    test "$lines" -eq $((n * ref_lines))
	check "$prog over $mb MB: $bytes bytes out, $pct% of $n x $ref_bytes" \
	    test "$pct" -ge 99 -a "$pct" -le 101
	head -c "$half" "$tmp/ref.out" > "$tmp/ref-head.out"
	check "$prog over $mb MB: the first $half bytes out as in a run on the seed alone" \
	    same "$tmp/ref-head.out" "$tmp/head.out"
done
# the blank lines after a held headline are held up to the paragraph cap
# only, and all come out
if [ -x "$top_builddir/enttag" ]; then
	half=0
	measure held "$top_builddir/enttag" -q
	check "enttag: a headline before 64 MB of blank lines: max RSS ${rss} KiB < $bound_kb KiB" test "$rss" -lt "$bound_kb"
	check "enttag: a headline before 64 MB of blank lines: exit status 0" test "$rc" -eq 0
	check "enttag: a headline before 64 MB of blank lines: $lines lines out of 67108866" \
	    test "$lines" -eq 67108866
fi
done_testing
