#!/bin/sh
# Memory: each filter over 1 GB of generated news text, streamed through a
# pipe; its max RSS must stay under the bound (16 MB; memory is bounded by
# the longest paragraph, never by the input size).  Skipped in sanitizer
# builds, whose shadow memory makes RSS meaningless, and without GNU time.
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
# ~4 MB of paragraphs, repeated to the size wanted
for i in $(seq 1 64); do cat "$top_srcdir/tests/data/demo-article.txt"; echo; done > "$tmp/seed.txt"
seed_mb=$(($(wc -c < "$tmp/seed.txt") / 1000))
stream() {	# stream MB -- MB megabytes of text on standard output
	n=$(($1 * 1000 / seed_mb + 1))
	i=0
	while [ $i -lt $n ]; do cat "$tmp/seed.txt"; i=$((i + 1)); done
}
for spec in "sentsplit 1024" "datenorm 1024 --ref 2019-01-04" "quotepull 1024" \
    "enttag 1024"; do
	set -- $spec
	prog=$1 mb=$2
	shift 2
	[ -x "$top_builddir/$prog" ] || continue
	stream "$mb" | /usr/bin/time -f '%M' -o "$tmp/rss" "$top_builddir/$prog" -q "$@" > /dev/null
	rss=$(tail -n 1 "$tmp/rss")
	check "$prog over $mb MB: max RSS ${rss} KiB < $bound_kb KiB" test "$rss" -lt "$bound_kb"
done
# a held headline (enttag) followed by 64 MB of blank lines: they are held
# up to the paragraph cap only
if [ -x "$top_builddir/enttag" ]; then
	{ printf 'MANDELA MEETS KOHL IN BONN\n'; yes '' | head -c 67108864
	    printf 'Nelson Mandela met Helmut Kohl in Bonn .\n'; } |
	    /usr/bin/time -f '%M' -o "$tmp/rss" "$top_builddir/enttag" -q > "$tmp/held.out"
	rss=$(tail -n 1 "$tmp/rss")
	check "enttag: a headline before 64 MB of blank lines: max RSS ${rss} KiB < $bound_kb KiB" test "$rss" -lt "$bound_kb"
fi
done_testing
