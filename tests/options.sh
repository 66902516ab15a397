#!/bin/sh
# The options every filter shares (common/cli.c), tried on each filter:
# -l and --line-buffered on a pipe that stays open, -e, -f jsonl and its
# alias json, --jsonl with --text-field, and the rule that an option which
# would be ignored is an error.
. "$top_srcdir/tests/lib.sh"

filters="sentsplit enttag datenorm quotepull"

# a line each filter finds something in, one it finds nothing in
found_line() {
	case $1 in
	datenorm) echo 'Sales fell last month.' ;;
	quotepull) echo '"We will grow," said Ren Zhengfei.' ;;
	*) echo 'Ren Zhengfei founded Huawei in Shenzhen.' ;;
	esac
}
empty_line() {
	case $1 in
	sentsplit) echo '' ;;
	*) echo 'it rained.' ;;
	esac
}

for f in $filters; do
	# -l --line-buffered: each line answered before the next is written
	case $f in
	datenorm) args='--ref 2013-05-09' ;;
	*) args= ;;
	esac
	found_line "$f" > "$tmp/live.in"
	case $f in
	datenorm) echo 'The deal was signed on Friday.' ;;
	quotepull) echo '"It is done," Zhang Wei told reporters.' ;;
	*) echo 'Zhang Wei left Beijing for Paris.' ;;
	esac >> "$tmp/live.in"
	found_line "$f" >> "$tmp/live.in"
	check "$f -l --line-buffered: each line is answered before the next is written" \
		live "$f" -l --line-buffered $args
	run "$f" -l --line-buffered $args < "$tmp/live.in" > "$tmp/batch.out"
	check "$f -l --line-buffered: the answers are those of the whole run" \
		same "$tmp/batch.out" "$tmp/live.out"

	# -e: grep's exit status; without it, 0 whatever was found
	found_line "$f" | run "$f" -e $args > /dev/null
	check "$f -e: 0 when something was found" test $? -eq 0
	empty_line "$f" | run "$f" -e $args > /dev/null
	check "$f -e: 1 when nothing was found" test $? -eq 1
	run "$f" --exit-status $args < /dev/null > /dev/null
	check "$f --exit-status: 1 on empty input" test $? -eq 1
	empty_line "$f" | run "$f" $args > /dev/null
	check "$f: 0 when nothing was found, without -e" test $? -eq 0
	empty_line "$f" | run "$f" -e $args - "$tmp/no-such-file" > /dev/null 2>&1
	check "$f -e: trouble is still 2" test $? -eq 2
	found_line "$f" | sed 's/"/\\"/g; s/.*/{"id":1,"text":"&"}/' |
		run "$f" -e --jsonl $args > /dev/null
	check "$f -e --jsonl: 0 when something was found" test $? -eq 0
	empty_line "$f" | sed 's/.*/{"id":1,"text":"&"}/' |
		run "$f" -e --jsonl $args > /dev/null
	check "$f -e --jsonl: 1 when nothing was found" test $? -eq 1
done

for f in $filters; do
	# -f jsonl, and json its other name
	found_line "$f" > "$tmp/in.txt"
	run "$f" -f jsonl "$tmp/in.txt" > "$tmp/jsonl.out"
	run "$f" -f json "$tmp/in.txt" > "$tmp/json.out"
	check "$f -f json is -f jsonl" same "$tmp/jsonl.out" "$tmp/json.out"
	check "$f -f jsonl writes one JSON object a line" \
		grep -q '^{"file":"[^"]*in.txt","start":[0-9]' "$tmp/jsonl.out"
	run "$f" --help > "$tmp/help.out"
	check "$f --help names jsonl and its alias json" \
		grep -q 'jsonl.*json is another name for jsonl' "$tmp/help.out" -z

	# --jsonl takes its text from --text-field
	found_line "$f" | sed 's/"/\\"/g; s/.*/{"text":"x","body":"&"}/' > "$tmp/rec.jsonl"
	found_line "$f" | sed 's/"/\\"/g; s/.*/{"text":"&"}/' > "$tmp/rec1.jsonl"
	# the results: from their key on
	results='s/.*\(,"\(sentences\|entities\|timexes\|quotes\)":\[.*\)/\1/p'
	run "$f" --jsonl --text-field body "$tmp/rec.jsonl" | sed -n "$results" > "$tmp/tf.out"
	run "$f" --jsonl "$tmp/rec1.jsonl" | sed -n "$results" > "$tmp/t.out"
	check "$f --jsonl finds something in the line" grep -q '":\[{"start":' "$tmp/t.out"
	check "$f --jsonl --text-field body reads the body" same "$tmp/t.out" "$tmp/tf.out"
	run "$f" --jsonl --text-field body "$tmp/rec1.jsonl" > "$tmp/nf.out" 2> "$tmp/nf.err"
	check "$f --jsonl: a record without the field exits 2" test $? -eq 2
	check "$f --jsonl: a record without the field is copied" same "$tmp/rec1.jsonl" "$tmp/nf.out"
	check "$f --jsonl: a record without the field is named" \
		grep -q "^$f: .*:1: not a JSON object with a \"body\" string" "$tmp/nf.err"

	# an option that would be ignored is an error
	for bad in '--jsonl -f tsv' '--jsonl --header' '--jsonl -z' '--header' \
		'--text-field body'; do
		run "$f" $bad < /dev/null > /dev/null 2> "$tmp/bad.err"
		rc=$?
		check "$f $bad: exit 2, as the option would be ignored" test "$rc" -eq 2
		check "$f $bad: says what would be ignored" \
			grep -q "^$f: .* would be ignored with" "$tmp/bad.err"
	done
	run "$f" --jsonl -f jsonl < /dev/null > /dev/null
	check "$f --jsonl -f jsonl is fine" test $? -eq 0
	run "$f" --header -f tsv < /dev/null > /dev/null
	check "$f --header -f tsv is fine" test $? -eq 0
done
run datenorm --replace -f tsv < /dev/null > /dev/null 2>&1
check "datenorm --replace -f tsv would be ignored: exit 2" test $? -eq 2
run datenorm --replace --jsonl < /dev/null > /dev/null 2>&1
check "datenorm --replace --jsonl would be ignored: exit 2" test $? -eq 2
run datenorm --timeml -l < /dev/null > /dev/null 2>&1
check "datenorm --timeml -l would be ignored: exit 2" test $? -eq 2

# newsview: -e, json for jsonl; its -l is its own (each line a sentence),
# and it has no record mode
if [ -x "$top_builddir/newsview" ]; then
	echo 'It rained.' | run newsview -e -L entity > /dev/null
	check "newsview -e: 1 when there is nothing to show" test $? -eq 1
	echo '<PER>Ren Zhengfei</PER> spoke.' | run newsview -e -L entity > /dev/null
	check "newsview -e: 0 when there is" test $? -eq 0
	echo '<PER>Ren Zhengfei</PER> spoke.' > "$tmp/nv.txt"
	run newsview -f json "$tmp/nv.txt" > "$tmp/json.out"
	run newsview -f jsonl "$tmp/nv.txt" > "$tmp/jsonl.out"
	check "newsview -f json is -f jsonl" same "$tmp/jsonl.out" "$tmp/json.out"
	run newsview --help > "$tmp/help.out"
	check "newsview --help: its own -l, no common one" \
		test "$(grep -c -- '-l, --lines' "$tmp/help.out")" -eq 1
	run newsview --jsonl < /dev/null > /dev/null 2>&1
	check "newsview --jsonl is a usage error" test $? -eq 2
fi

# Without -l a line is no paragraph until a blank line comes: no answer.
# (The guard is short, as nothing can come.)
found_line enttag > "$tmp/live.in"
LIVE_GUARD=3 live enttag --line-buffered > /dev/null
check "enttag --line-buffered without -l waits for the paragraph's end" \
	test $? -ne 0

done_testing
