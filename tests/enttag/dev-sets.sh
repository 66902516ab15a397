#!/bin/sh
# dev-sets.sh DIR - writes the sets enttag is scored on into DIR and prints
# their file names on one line: the newswire samples of tests/data, and
# with ../shared the dev sets (never trained on: MEANTIME dev, GUM dev,
# WikiGold documents 97-116), each also in capitals only (*.caps.bio: the
# words upper-cased, the tags kept) and in title case (*.title.bio: every
# word capitalised), as in headlines, and with typographic apostrophes
# (*.curly.bio: "China’s", "don’t"), as news sites print them; the
# copies are made here, never stored.  Used by tests/enttag/score and
# tests/enttag/rule-table.sh.
: "${top_srcdir:=.}"
dir=$1
data="$top_srcdir/../shared/data/enttag"
# newswire-sample.bio, then newswire-sample2.bio, 3, ... in order
sets=newswire-sample.bio
i=2
while [ -f "$top_srcdir/tests/data/newswire-sample$i.bio" ]; do
	sets="$sets newswire-sample$i.bio"
	i=$((i + 1))
done
for f in $sets; do
	cp "$top_srcdir/tests/data/$f" "$dir/" || exit 1
done
if [ -d "$data" ]; then
	awk -v dv="$dir/wikigold.dev.bio" \
	    -f "$top_srcdir/filters/enttag/wikigold-split.awk" \
	    "$data/wikigold.train.bio" || exit 1
	cp "$data/gum.dev.bio" "$data/meantime.dev.bio" "$dir/" || exit 1
	for s in meantime gum wikigold; do
		LC_ALL=C awk -F'\t' -v caps="$dir/$s.caps.bio" \
		    -v title="$dir/$s.title.bio" -v curly="$dir/$s.curly.bio" '
		BEGIN { OFS = "\t" }
		NF == 0 || /^-DOCSTART-/ {
			print > caps; print > title; print > curly; next
		}
		{
			w = $1
			$1 = toupper(w); print > caps
			$1 = toupper(substr(w, 1, 1)) substr(w, 2); print > title
			# an apostrophe before a letter as news sites print it
			while (match(w, /\047[A-Za-z]/))
				w = substr(w, 1, RSTART - 1) "\342\200\231" \
				    substr(w, RSTART + 1)
			$1 = w; print > curly
		}' "$dir/$s.dev.bio" || exit 1
	done
	sets="$sets meantime.dev.bio gum.dev.bio wikigold.dev.bio"
	sets="$sets meantime.caps.bio gum.caps.bio wikigold.caps.bio"
	sets="$sets meantime.title.bio gum.title.bio wikigold.title.bio"
	sets="$sets meantime.curly.bio gum.curly.bio wikigold.curly.bio"
else
	echo "dev-sets: $data not found: the samples only" >&2
fi
echo $sets
