#!/bin/sh
# quotepull: the bad-input matrix (on -f inline, which passes every byte
# through), unbalanced marks, a document that is one giant unclosed quote,
# the round-trip invariant on them, and a GNU parallel run split on documents.
. "$top_srcdir/tests/lib.sh"
bad_input_matrix quotepull -f inline

# the default format on bad input: no crash, status 0
printf '"Caf\351 \377 au lait," said Ann Lee.\n' > "$tmp/bad1.txt"
run quotepull "$tmp/bad1.txt" > "$tmp/bad1.out" 2> /dev/null
check "invalid UTF-8 inside a quote exits 0" test $? -eq 0
check "invalid UTF-8 inside a quote passes through in text output" \
	grep -q "$(printf '\377')" "$tmp/bad1.out"
run quotepull -f json -q "$tmp/bad1.txt" > "$tmp/bad1.json"
if [ -n "$PYTHON3" ]; then
	check "JSON output on invalid UTF-8 is valid JSON" "$PYTHON3" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    json.loads(line)' "$tmp/bad1.json"
else
	skip "python3 not found"
fi

# unbalanced marks: odd counts, stray closers, marks at the edges
cat > "$tmp/odd.txt" <<'TXT'
He said "we will win and then left. Later " nothing" happened.

"

'' " ' “ ” ‘ ’ "" ''

The 6' 2" player said: "Tall," and 'short.

"Unclosed at the end of the document
TXT
run quotepull -f inline "$tmp/odd.txt" > "$tmp/odd.out"
check "unbalanced marks exit 0" test $? -eq 0
strip_tags < "$tmp/odd.out" > "$tmp/odd.back"
check "unbalanced marks: round trip gives the input back" same "$tmp/odd.txt" "$tmp/odd.back"
for fmt in text tsv json; do
	run quotepull -f $fmt "$tmp/odd.txt" > /dev/null
	check "unbalanced marks exit 0 with -f $fmt" test $? -eq 0
done

# a document that is one giant unclosed quote: 2000 paragraphs of it
awk 'BEGIN { printf "\"It began here"; for (i = 0; i < 2000; i++) printf " and went on and on.\n\n\"More of it, paragraph %d, without end", i; print "" }' \
	> "$tmp/giant.txt"
run quotepull -f inline "$tmp/giant.txt" > "$tmp/giant.out"
check "a giant unclosed quote exits 0" test $? -eq 0
strip_tags < "$tmp/giant.out" > "$tmp/giant.back"
check "a giant unclosed quote: round trip" same "$tmp/giant.txt" "$tmp/giant.back"
run quotepull "$tmp/giant.txt" > "$tmp/giant.txt.out"
check "a giant unclosed quote: one record per paragraph at most" \
	test "$(wc -l < "$tmp/giant.txt.out")" -le 2001

# GNU parallel split on documents equals the plain run
: > "$tmp/docs.txt"
for f in "$top_srcdir"/tests/quotepull/gold/wn*.txt; do
	cat "$f" >> "$tmp/docs.txt"
	printf '\f\n' >> "$tmp/docs.txt"
done
for i in 1 2 3; do cat "$tmp/docs.txt"; done > "$tmp/docs3.txt"
parallel_equal quotepull '\f\n' "$tmp/docs3.txt"
parallel_equal quotepull '\f\n' "$tmp/docs3.txt" -f inline
done_testing
