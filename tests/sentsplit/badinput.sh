#!/bin/sh
# sentsplit: the bad-input matrix and a GNU parallel run
. "$top_srcdir/tests/lib.sh"
bad_input_matrix sentsplit
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$top_srcdir/tests/data/demo-article.txt"; echo; done > "$tmp/many.txt"
parallel_equal sentsplit '\n\n' "$tmp/many.txt"
done_testing
