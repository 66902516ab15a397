#!/bin/sh
# enttag: the bad-input matrix, the round-trip invariant on it, a GNU
# parallel run, and a malformed model given with -m
. "$top_srcdir/tests/lib.sh"
bad_input_matrix enttag

# the round-trip invariant on every bad input
for f in bad nul crlf bom empty utf8; do
	run enttag -q "$tmp/$f.txt" | strip_tags > "$tmp/$f.rt"
	check "enttag: deleting the tags gives back $f.txt" same "$tmp/$f.txt" "$tmp/$f.rt"
done
run enttag -q "$tmp/huge.txt" | strip_tags | cmp -s - "$tmp/huge.txt"
check "enttag: round trip on the 20 MB line" test $? -eq 0
check "enttag: CRLF line ends are kept" grep -q "$(printf 'back.\r')" "$tmp/crlf.out"
check "enttag: the BOM is copied" \
	sh -c "head -c 3 '$tmp/bom.out' | od -An -tx1 | grep -q 'ef bb bf'"
run enttag -f tsv "$tmp/crlf.txt" > "$tmp/crlf.tsv"
check "enttag: no CR in a TSV record" sh -c "! grep -q \"$(printf '\r')\" '$tmp/crlf.tsv'"
run enttag -q -f json "$tmp/bad.txt" > "$tmp/bad.json"
if [ -n "$PYTHON3" ] && command -v "$PYTHON3" > /dev/null 2>&1; then
	check "enttag: JSON output of invalid UTF-8 is valid JSON" "$PYTHON3" -c '
import json, sys
for line in open(sys.argv[1], "rb"):
    json.loads(line.decode("utf-8"))' "$tmp/bad.json"
else
	skip "python3 not found"
fi

# names seen earlier in a document inform later mentions, so a run split
# at paragraphs equals the plain one with --no-memory, and a run split at
# documents (form feeds) always
for i in 1 2 3 4 5 6 7 8 9 10; do
	cat "$top_srcdir/tests/data/demo-article.txt"; echo
done > "$tmp/many.txt"
parallel_equal enttag '\n\n' "$tmp/many.txt" --no-memory
parallel_equal enttag '\n\n' "$tmp/many.txt" --no-memory -f conll
for i in 1 2 3 4 5 6 7 8 9 10; do
	cat "$top_srcdir/tests/data/demo-article.txt"; printf '\f\n'
done > "$tmp/docs.txt"
parallel_equal enttag '\f\n' "$tmp/docs.txt"

# malformed models
printf 'not a model at all\n' > "$tmp/junk.model"
run enttag -m "$tmp/junk.model" < /dev/null > /dev/null 2> "$tmp/m.err"
check "enttag: a junk model exits 2" test $? -eq 2
check "enttag: a junk model gives a clear message" \
	grep -q "^enttag: .*junk.model: not an enttag model" "$tmp/m.err"
head -c 100000 "$top_srcdir/filters/enttag/en.model" > "$tmp/cut.model"
run enttag -m "$tmp/cut.model" < /dev/null > /dev/null 2> "$tmp/m.err"
check "enttag: a truncated model exits 2" test $? -eq 2
check "enttag: a truncated model says so" grep -q "cut.model: truncated" "$tmp/m.err"
cp "$top_srcdir/filters/enttag/en.model" "$tmp/flip.model"
chmod u+w "$tmp/flip.model"
printf '\377\377\377\377' | dd of="$tmp/flip.model" bs=1 seek=5000 conv=notrunc 2> /dev/null
run enttag -m "$tmp/flip.model" < /dev/null > /dev/null 2> "$tmp/m.err"
check "enttag: a corrupted model exits 2" test $? -eq 2
check "enttag: a corrupted model says so" grep -q "flip.model: model checksum" "$tmp/m.err"
cp "$top_srcdir/filters/enttag/en.model" "$tmp/flags.model"
chmod u+w "$tmp/flags.model"
printf '\002' | dd of="$tmp/flags.model" bs=1 seek=44 conv=notrunc 2> /dev/null
run enttag -m "$tmp/flags.model" < /dev/null > /dev/null 2> "$tmp/m.err"
check "enttag: a model with unknown header flags exits 2" test $? -eq 2
check "enttag: a model with unknown header flags says so" \
	grep -q "flags.model: corrupt model header" "$tmp/m.err"
run enttag -m "$tmp/no-such.model" < /dev/null > /dev/null 2> "$tmp/m.err"
check "enttag: a missing model exits 2" test $? -eq 2
check "enttag: a missing model names the file" grep -q "no-such.model: No such file" "$tmp/m.err"

# one 15 MB line of words and no full stop: a sentence with no end in
# sight is tagged in bounded windows, in bounded memory (16 MB), and no
# byte is lost; a name across a window's edge is still one name
head -c 15000000 /dev/zero | tr '\0' a | sed 's/aaaa/ab c/g' > "$tmp/line.txt"
if [ -n "$NU_SANITIZED" ]; then
	skip "max RSS: sanitizer build"
	run enttag -q < "$tmp/line.txt" > "$tmp/line.out"
elif [ -x /usr/bin/time ]; then
	/usr/bin/time -f '%M' -o "$tmp/rss" "$top_builddir/enttag" -q \
	    < "$tmp/line.txt" > "$tmp/line.out"
	rss=$(tail -n 1 "$tmp/rss")
	check "enttag: a 15 MB line without a full stop: max RSS ${rss} KiB < 16384 KiB" \
	    test "$rss" -lt 16384
else
	skip "max RSS: /usr/bin/time not installed"
	run enttag -q < "$tmp/line.txt" > "$tmp/line.out"
fi
check "enttag: a 15 MB line without a full stop: every byte kept" \
	cmp -s "$tmp/line.txt" "$tmp/line.out"
{
	i=0
	while [ $i -lt 400 ]; do
		printf 'and the talks with Angela Merkel went on in Berlin '
		i=$((i + 1))
	done
	printf '\n'
} > "$tmp/long.txt"
run enttag -f tsv "$tmp/long.txt" > "$tmp/long.tsv"
check "enttag: a sentence of 4000 tokens: every name in every window" \
	test "$(grep -c '	PER	Angela Merkel$' "$tmp/long.tsv")" -eq 400
done_testing
