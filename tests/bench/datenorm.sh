#!/bin/sh
# datenorm throughput on >= 100 MB of news text, as a ratio to cat in the
# same run, and max RSS (target: >= 100 MB/s, < 16 MB).  Run by 'make bench'.
. "$top_srcdir/tests/bench/lib.sh"
t_in=$(secs "$b/datenorm" --ref 2013-05-09)
t_tsv=$(secs "$b/datenorm" --ref 2013-05-09 -f tsv)
echo "datenorm (inline): $(mbs "$t_in") MB/s; ratio to cat $(ratio "$t_cat" "$t_in")"
echo "datenorm -f tsv:   $(mbs "$t_tsv") MB/s; ratio to cat $(ratio "$t_cat" "$t_tsv")"
echo "expressions found: $("$b/datenorm" --ref 2013-05-09 -f tsv < "$corpus" | wc -l)"
max_rss datenorm "$b/datenorm" --ref 2013-05-09
