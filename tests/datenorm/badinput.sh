#!/bin/sh
# datenorm: the bad-input matrix, the round trip and GNU parallel runs
. "$top_srcdir/tests/lib.sh"
bad_input_matrix datenorm --ref 2013-05-09

# round trip on hostile input: deleting the tags gives back the input
printf '\357\273\277On May 9, 2013 at 2 p.m.\r\nIt fell \377 yesterday.\r\n\r\n<PER <b>Friday</b> a<b </ORG> \000 in 2012' > "$tmp/h.txt"
run datenorm --ref 2013-05-09 -q "$tmp/h.txt" | strip_tags > "$tmp/rt"
strip_tags < "$tmp/h.txt" > "$tmp/rt.exp"
check "round trip with BOM, CRLF, invalid UTF-8, NUL, stray tags" same "$tmp/rt.exp" "$tmp/rt"
run datenorm --ref 2013-05-09 -q "$tmp/h.txt" > "$tmp/out"
check "CR never inside a TIMEX3" sh -c "! grep -q \"\$(printf '\\r')</TIMEX3>\" '$tmp/out'"
run datenorm --ref 2013-05-09 --replace -q "$tmp/h.txt" > /dev/null
check "--replace on hostile input exits 0" test $? -eq 0
run datenorm -f json --ref 2013-05-09 -q "$tmp/h.txt" > "$tmp/j"
if [ -n "$PYTHON3" ]; then
	check "JSON stays valid on hostile input" "$PYTHON3" -c 'import sys, json; [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]' "$tmp/j"
else
	skip "python3 not found"
fi

# nested modifiers and long runs of times stay bounded
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "the end of early "; print "2013." }' > "$tmp/deep.txt"
run datenorm -q "$tmp/deep.txt" > "$tmp/out"
check "50000 nested modifiers: exits 0, one tag" test "$(grep -o '<TIMEX3 ' "$tmp/out" | wc -l)" -eq 1
awk 'BEGIN { printf "On May 5, 2013 "; for (i = 0; i < 100000; i++) printf "10:%02d ", i % 60; print "" }' > "$tmp/times.txt"
run datenorm -q -f tsv "$tmp/times.txt" > "$tmp/out"
check "a paragraph of 100000 clock times" test "$(wc -l < "$tmp/out")" -eq 100001

# GNU parallel: documents split at form feeds; paragraphs with --ref
for i in 1 2 3 4 5 6 7 8 9 10; do
	cat "$top_srcdir/tests/data/demo-article.txt"
	printf 'It opened on March 3, 2010. The day before, it rained.\n\f\n'
done > "$tmp/many.txt"
parallel_equal datenorm '\f\n' "$tmp/many.txt"
parallel_equal datenorm '\f\n' "$tmp/many.txt" -f tsv
done_testing
