#!/bin/sh
# make-corpus.sh OUT MB -- news-like text of at least MB megabytes, made by
# repeating the raw Wikinews articles in ../shared (or, without them, the
# bundled sample article).  Kept out of the source tree.
out=$1 mb=$2
src="$top_srcdir/../shared/data/quotepull/wikinews_raw"
if [ -f "$out" ] && [ "$(wc -c < "$out")" -ge $((mb * 1000000)) ]; then
	exit 0
fi
if [ -d "$src" ]; then
	cat "$src"/*.txt | awk '{ print } /^$/ { }' > "$out.seed"
else
	cat "$top_srcdir/tests/data/demo-article.txt" > "$out.seed"
fi
: > "$out"
while [ "$(wc -c < "$out")" -lt $((mb * 1000000)) ]; do
	cat "$out.seed" "$out.seed" "$out.seed" "$out.seed" >> "$out"
	cat "$out" "$out" > "$out.2" 2>/dev/null && mv "$out.2" "$out"
done
rm -f "$out.seed"
