#!/bin/sh
# make-corpus.sh OUT MB -- news-like text of at least MB megabytes, made by
# repeating the raw Wikinews articles in ../shared (or, without them, the
# bundled sample article), each a document.  Kept out of the source tree.
out=$1 mb=$2
src="$top_srcdir/../shared/data/quotepull/wikinews_raw"
if [ -f "$out" ] && [ "$(wc -c < "$out")" -ge $((mb * 1000000)) ]; then
	exit 0
fi
# one document an article, a form-feed line between (DESIGN.md's documents)
if [ -d "$src" ]; then
	for f in "$src"/*.txt; do cat "$f"; printf '\f\n'; done > "$out.seed"
else
	{ cat "$top_srcdir/tests/data/demo-article.txt"; printf '\f\n'; } > "$out.seed"
fi
: > "$out"
while [ "$(wc -c < "$out")" -lt $((mb * 1000000)) ]; do
	cat "$out.seed" "$out.seed" "$out.seed" "$out.seed" >> "$out"
	cat "$out" "$out" > "$out.2" 2>/dev/null && mv "$out.2" "$out"
done
rm -f "$out.seed"
