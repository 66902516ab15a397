#!/bin/sh
# quotepull throughput on >= 100 MB of news text (the raw Wikinews articles
# repeated, one document each), as a ratio to cat in the same run, and max
# RSS; then the same text as one single document, whose state must stay
# bounded too.  Run by 'make bench'.
. "$top_srcdir/tests/bench/lib.sh"
t_qp=$(secs "$b/quotepull")
t_in=$(secs "$b/quotepull" -f inline)
echo "documents: $(grep -c "$(printf '^\f$')" "$corpus")"
echo "quotepull: $(mbs "$t_qp") MB/s; ratio to cat $(ratio "$t_cat" "$t_qp")"
echo "quotepull -f inline: $(mbs "$t_in") MB/s; ratio to cat $(ratio "$t_cat" "$t_in")"
max_rss quotepull "$b/quotepull"
tr -d '\f' < "$corpus" > "$corpus.one"
corpus="$corpus.one"
max_rss "quotepull (the corpus as one document)" "$b/quotepull"
rm -f "$corpus"
