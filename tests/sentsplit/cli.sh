#!/bin/sh
# sentsplit: formats, options, blank lines, documents, markup
. "$top_srcdir/tests/lib.sh"

printf 'Dr. Smith went to Washington. He met\nthe U.S. president.\n\n\n  \nA new paragraph! Yes.\n' > "$tmp/in.txt"
run sentsplit "$tmp/in.txt" > "$tmp/out.txt"
printf 'Dr. Smith went to Washington.\nHe met the U.S. president.\n\n\n\nA new paragraph!\nYes.\n' > "$tmp/want.txt"
check "text: one sentence a line, blank lines kept, wrapped lines joined" same "$tmp/out.txt" "$tmp/want.txt"

run sentsplit < "$tmp/in.txt" > "$tmp/out2.txt"
check "standard input reads like a file" same "$tmp/out.txt" "$tmp/out2.txt"
run sentsplit - < "$tmp/in.txt" > "$tmp/out2.txt"
check "'-' is standard input" same "$tmp/out.txt" "$tmp/out2.txt"

# split at blank lines, concatenated, equals the unsplit run
awk 'BEGIN { RS = ""; n = 0 } { f = sprintf("%s/part%02d", dir, n++); print > f; close(f) }' \
	dir="$tmp" "$tmp/in.txt"
printf 'A. B.\n\nC. D.\n' > "$tmp/p.txt"
run sentsplit "$tmp/p.txt" > "$tmp/pa.out"
{ printf 'A. B.\n' | run sentsplit; printf '\n' | run sentsplit; printf 'C. D.\n' | run sentsplit; } > "$tmp/pb.out"
check "a run split at blank lines concatenates to the whole run" same "$tmp/pa.out" "$tmp/pb.out"

run sentsplit -f tsv "$tmp/in.txt" > "$tmp/tsv.txt"
check "tsv: file start end text" grep -q "^$tmp/in.txt	0	29	Dr. Smith went to Washington.\$" "$tmp/tsv.txt"
check "tsv: offsets of a wrapped sentence" grep -q "	30	56	He met the U.S. president.\$" "$tmp/tsv.txt"
run sentsplit -f tsv --header < "$tmp/in.txt" | head -n 1 > "$tmp/h.txt"
printf 'file\tstart\tend\ttext\n' > "$tmp/hw.txt"
check "tsv --header" same "$tmp/h.txt" "$tmp/hw.txt"
printf 'A back\\slash and\ta tab.\n' | run sentsplit -f tsv > "$tmp/esc.txt"
printf -- '-\t0\t23\tA back\\\\slash and a tab.\n' > "$tmp/escw.txt"
check "tsv: backslash escaped, tab folded" same "$tmp/esc.txt" "$tmp/escw.txt"

run sentsplit -f json "$tmp/in.txt" | head -n 1 > "$tmp/j.txt"
printf '{"file":"%s","start":0,"end":29,"text":"Dr. Smith went to Washington."}\n' "$tmp/in.txt" > "$tmp/jw.txt"
check "json: one object a sentence, fixed key order" same "$tmp/j.txt" "$tmp/jw.txt"
printf 'Bad \377 byte "here". Next.\n' | run sentsplit -q -f json > "$tmp/j2.txt"
check "json: invalid UTF-8 written as U+FFFD, quotes escaped" \
	grep -q '"text":"Bad '"$(printf '\357\277\275')"' byte \\"here\\"."' "$tmp/j2.txt"

# a table of results: each row a sentence, and the line before it ends
# one; wrapped prose that ends in a number is joined
printf 'Results of matches on Saturday:\nArsenal 2 Coventry 0\nAston Villa 1 Derby 1\nNewcastle 4 3 0 1 9 5 9\nKent 203 ( J. Morris 51 )\nShares rose 2 to 45\nin heavy trading.\n' | run sentsplit > "$tmp/table.txt"
printf 'Results of matches on Saturday:\nArsenal 2 Coventry 0\nAston Villa 1 Derby 1\nNewcastle 4 3 0 1 9 5 9\nKent 203 ( J. Morris 51 )\nShares rose 2 to 45 in heavy trading.\n' > "$tmp/table.exp"
check "a table row is a sentence" same "$tmp/table.exp" "$tmp/table.txt"
# a dateline ends its sentence, however long the lines after it
printf 'CRICKET - TOMBA SECOND .\nLONDON 1996-11-23\nAlberto Tomba was second .\n' | run sentsplit > "$tmp/dl.txt"
check "a dateline is a sentence" grep -qx 'LONDON 1996-11-23' "$tmp/dl.txt"
# a place's dateline and a dash opening a paragraph
printf 'Hobart, Tasmania -- The ferry sailed late. It was full.\n' | run sentsplit > "$tmp/pdl.txt"
printf 'Hobart, Tasmania --\nThe ferry sailed late.\nIt was full.\n' > "$tmp/pdl.exp"
check "a place's dateline before a dash is a sentence" same "$tmp/pdl.exp" "$tmp/pdl.txt"

printf 'Headline without a stop\nSecond line here\n' | run sentsplit -l > "$tmp/l.txt"
check "-l: each line a paragraph" test "$(wc -l < "$tmp/l.txt")" -eq 2

printf 'Talk to Acme Widg. Corp. about it. Then leave.\n' > "$tmp/ab.txt"
printf '# company words\nWidg.\n' > "$tmp/abbr.lst"
run sentsplit -a "$tmp/abbr.lst" "$tmp/ab.txt" > "$tmp/ab.out"
check "-a adds abbreviations" test "$(wc -l < "$tmp/ab.out")" -eq 2
run sentsplit -a "$tmp/no-such.lst" "$tmp/ab.txt" > /dev/null 2>&1
check "-a with a missing file exits 2" test $? -eq 2

printf 'One. Two.\n\f\nThree. Four.\n' | run sentsplit > "$tmp/ff.txt"
printf 'One.\nTwo.\n\f\nThree.\nFour.\n' > "$tmp/ffw.txt"
check "a form feed line separates documents and is copied" same "$tmp/ff.txt" "$tmp/ffw.txt"
printf 'One. Two.\000Three. Four.\000' | run sentsplit -z > "$tmp/z.txt"
printf 'One.\nTwo.\n\000Three.\nFour.\n\000' > "$tmp/zw.txt"
check "-z: NUL separates documents, in and out" same "$tmp/z.txt" "$tmp/zw.txt"

printf '<QUOTE speaker="A">It rained. We left.</QUOTE> <PER>Ren</PER> stayed. He sang.\n' \
	| run sentsplit > "$tmp/m.txt"
printf '<QUOTE speaker="A">It rained. We left.</QUOTE>\n<PER>Ren</PER> stayed.\nHe sang.\n' > "$tmp/mw.txt"
check "never breaks inside a tag pair; tags stay with their sentence" same "$tmp/m.txt" "$tmp/mw.txt"
printf '<PER>Ren</PER> stayed. He sang.\n' | run sentsplit --raw -f tsv | head -n 1 | cut -f2,3 > "$tmp/r.txt"
printf '0\t22\n' > "$tmp/rw.txt"
check "--raw: tags are text" same "$tmp/r.txt" "$tmp/rw.txt"
printf 'Use a < b here. And x<y.\n' | run sentsplit > "$tmp/lt.txt"
check "a stray < is text" test "$(wc -l < "$tmp/lt.txt")" -eq 2

printf '\357\273\277Hi there. Bye.\n' | run sentsplit -f tsv > "$tmp/bom.txt"
check "offsets count the BOM" grep -q "	3	12	Hi there." "$tmp/bom.txt"
printf 'One two.\r\nThree four.\r\n' | run sentsplit -f tsv > "$tmp/cr.txt"
check "no CR inside a sentence or a TSV field" sh -c "! grep -q \"\$(printf '\\r')\" '$tmp/cr.txt'"
printf 'Unterminated line' | run sentsplit > "$tmp/nl.txt"
printf 'Unterminated line\n' > "$tmp/nlw.txt"
check "no final newline: the sentence still ends with one" same "$tmp/nl.txt" "$tmp/nlw.txt"

printf 'x. %.0s' $(seq 1 3000) > "$tmp/long.txt"
run sentsplit --max-paragraph=1K "$tmp/long.txt" > "$tmp/long.out" 2> "$tmp/long.err"
check "--max-paragraph: pieces, with a warning" grep -q "processed in pieces" "$tmp/long.err"
check "--max-paragraph: no byte lost" test "$(tr -d ' \n' < "$tmp/long.out" | wc -c)" -eq 6000
run sentsplit --max-paragraph=zero < /dev/null 2> /dev/null
check "--max-paragraph with a bad size exits 2" test $? -eq 2
run sentsplit -f conll < /dev/null 2> /dev/null
check "an unknown format exits 2" test $? -eq 2

# every byte of non-space text comes out, in order
run sentsplit "$top_srcdir/tests/data/demo-article.txt" | tr -d ' \n\t\r' > "$tmp/a"
tr -d ' \n\t\r' < "$top_srcdir/tests/data/demo-article.txt" > "$tmp/b"
check "output without white space equals input without white space" same "$tmp/a" "$tmp/b"

printf '{"id":1,"text":"Dr. Smith left. He came back."}\n{"id":2,"text":"Yes!"}\n' | run sentsplit --jsonl > "$tmp/jl.txt"
printf '{"id":1,"text":"Dr. Smith left. He came back.","sentences":[{"start":0,"end":15,"text":"Dr. Smith left."},{"start":16,"end":29,"text":"He came back."}]}\n{"id":2,"text":"Yes!","sentences":[{"start":0,"end":4,"text":"Yes!"}]}\n' > "$tmp/jlw.txt"
check "--jsonl: records in, the object with its sentences out" same "$tmp/jl.txt" "$tmp/jlw.txt"
printf '{"text":"A."}\nnot json\n{"text":"B."}\n' | run sentsplit --jsonl > "$tmp/jb.txt" 2> "$tmp/jb.err"
check "--jsonl: a bad line exits 2" test $? -eq 2
check "--jsonl: a bad line is copied through with a message" \
	sh -c "grep -qx 'not json' '$tmp/jb.txt' && grep -q 'standard input:2: not a JSON object' '$tmp/jb.err' && test \$(wc -l < '$tmp/jb.txt') -eq 3"
if command -v parallel > /dev/null 2>&1 && [ -n "$PYTHON3" ]; then
	"$PYTHON3" -c 'import json,sys
t=open(sys.argv[1],encoding="utf-8").read().split("\n\n")
for i,p in enumerate(t*5): print(json.dumps({"n":i,"text":p},ensure_ascii=False))' \
		"$top_srcdir/tests/data/demo-article.txt" > "$tmp/recs.jsonl"
	run sentsplit --jsonl < "$tmp/recs.jsonl" > "$tmp/recs.plain"
	for b in 700 1k 3k; do
		parallel --will-cite --pipe -k --block "$b" "$top_builddir/sentsplit" --jsonl \
			< "$tmp/recs.jsonl" > "$tmp/recs.par"
		check "--jsonl under GNU parallel split every $b at line boundaries equals the plain run" \
			same "$tmp/recs.plain" "$tmp/recs.par"
	done
else
	skip "GNU parallel or python3 missing"
fi

# (each line out before the next comes in: tests/options.sh, on a pipe
# that stays open)
printf 'Tail feed one. Two.\n' | run sentsplit -l --line-buffered > "$tmp/lb.txt"
printf 'Tail feed one. Two.\n' | run sentsplit -l > "$tmp/lb.want"
check "--line-buffered: the two sentences of a run without it" \
	sh -c "test \$(wc -l < '$tmp/lb.txt') -eq 2 && cmp -s '$tmp/lb.want' '$tmp/lb.txt'"
# -Q, --keep-quotes: a quotation of several sentences stays whole
printf 'He said: "We won. It was hard." Then he left.\n' > "$tmp/q.txt"
run sentsplit "$tmp/q.txt" > "$tmp/q.out"
printf 'He said: "We won.\nIt was hard."\nThen he left.\n' > "$tmp/q.want"
check "a quotation is split by default" same "$tmp/q.out" "$tmp/q.want"
run sentsplit -Q "$tmp/q.txt" > "$tmp/q.out"
printf 'He said: "We won. It was hard."\nThen he left.\n' > "$tmp/q.want"
check "-Q keeps a quotation of several sentences on one line" same "$tmp/q.out" "$tmp/q.want"
run sentsplit --keep-quotes -f tsv "$tmp/q.txt" > "$tmp/q.out"
check "--keep-quotes: offsets of the whole quotation" grep -q "	0	31	He said" "$tmp/q.out"
# a sentence that opens with a quotation mark keeps it
printf 'He left."I am done," she said. It ended.\n' | run sentsplit > "$tmp/o.out"
printf 'He left.\n"I am done," she said.\nIt ended.\n' > "$tmp/o.want"
check "the opening quotation mark stays with its sentence" same "$tmp/o.out" "$tmp/o.want"

# a paragraph of single spaces is written with one copy: the same lines as
# sentence by sentence (--line-buffered), with other white space at its
# edges (U+2009), no space between sentences, tags, or spaces doubled
printf 'One here. Two there! Three?\n\n\342\200\211Edge one. Edge two.\342\200\211\n\nHe left."I am done," she said. It ended.\n\nA <PER>Lee</PER> spoke. Then  left.\n' > "$tmp/pl.txt"
run sentsplit "$tmp/pl.txt" > "$tmp/pl.out"
run sentsplit --line-buffered "$tmp/pl.txt" > "$tmp/pl.want"
check "single-spaced paragraphs come out as sentence by sentence" same "$tmp/pl.out" "$tmp/pl.want"
printf 'One here.\nTwo there!\nThree?\n' > "$tmp/pl1.want"
head -n 3 "$tmp/pl.out" > "$tmp/pl1.out"
check "a single-spaced paragraph: each space between sentences a line end" same "$tmp/pl1.out" "$tmp/pl1.want"

done_testing
