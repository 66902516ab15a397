#!/bin/sh
# newsview: formats, layers, offsets, documents, the page, bad input.
. "$top_srcdir/tests/lib.sh"

printf 'Obama met <PER>Merkel</PER> in <LOC>Berlin</LOC> <TIMEX3 tid="t1" type="DATE" value="2019-01-03">yesterday</TIMEX3>.\n' > "$tmp/a.txt"
run newsview --header "$tmp/a.txt" > "$tmp/out"
{
	printf 'file\tstart\tend\tchar_start\tchar_end\tdoc\tlayer\ttype\tvalue\tspeaker\ttext\n'
	printf '%s\t0\t34\t0\t34\t1\tsentence\t\t\t\tObama met Merkel in Berlin yesterday.\n' "$tmp/a.txt" |
		sed 's/\t34\t0\t34\t/\t37\t0\t37\t/'
	printf '%s\t10\t16\t10\t16\t1\tentity\tPER\t\t\tMerkel\n' "$tmp/a.txt"
	printf '%s\t20\t26\t20\t26\t1\tentity\tLOC\t\t\tBerlin\n' "$tmp/a.txt"
	printf '%s\t27\t36\t27\t36\t1\ttimex\tDATE\t2019-01-03\t\tyesterday\n' "$tmp/a.txt"
} > "$tmp/want"
check "-f tsv --header: every layer, offsets in the text without tags" same "$tmp/want" "$tmp/out"

run newsview -f jsonl "$tmp/a.txt" > "$tmp/jsonl"
run newsview -f json "$tmp/a.txt" > "$tmp/json"
check "-f json is -f jsonl" same "$tmp/jsonl" "$tmp/json"
check "-f jsonl: fixed keys, null where a layer has none" grep -q \
	'^{"file":".*a.txt","start":10,"end":16,"char_start":10,"char_end":16,"doc":1,"layer":"entity","type":"PER","value":null,"speaker":null,"text":"Merkel"}$' "$tmp/jsonl"

printf 'Se\303\261or <PER>Jos\303\251 Mart\303\255nez</PER> spoke.\n' > "$tmp/u.txt"
run newsview -L entity "$tmp/u.txt" | cut -f2-5 > "$tmp/out"
printf '7\t22\t6\t19\n' > "$tmp/want"
check "bytes in start/end, code points in char_start/char_end" same "$tmp/want" "$tmp/out"
if [ -n "$PYTHON3" ]; then
	sed 's,</*PER>,,g' "$tmp/u.txt" > "$tmp/u.plain"
	run newsview -f json "$tmp/u.txt" > "$tmp/u.json"
	check "a string sliced by char_start:char_end is the name (as jq and Python slice)" \
		"$PYTHON3" -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    assert text[r["char_start"]:r["char_end"]] == r["text"], r' "$tmp/u.plain" "$tmp/u.json"
else
	skip "python3 not found"
fi

printf '<QUOTE speaker="Ada &quot;Ace&quot; Ng">"We won," she said.</QUOTE>\n' > "$tmp/q.txt"
run newsview -L quote "$tmp/q.txt" | cut -f7- > "$tmp/out"
printf 'quote\t\t\tAda "Ace" Ng\t"We won," she said.\n' > "$tmp/want"
check "a quotation's speaker, its attribute unescaped" same "$tmp/want" "$tmp/out"

run newsview -L sentence,timex "$tmp/a.txt" | cut -f7 | tr '\n' ' ' > "$tmp/out"
check "-L picks the layers" test "$(cat "$tmp/out")" = "sentence timex "
run newsview -L sentence,places "$tmp/a.txt" > /dev/null 2> "$tmp/err"
check "-L with an unknown layer is a usage error" test $? -eq 2
check "-L with an unknown layer says which" grep -q "invalid layer list 'sentence,places'" "$tmp/err"

printf 'He left. She stayed.\nThen <PER>Ng</PER> came.\n' > "$tmp/lines.txt"
run newsview -l -L sentence "$tmp/lines.txt" | cut -f2,3,11 > "$tmp/out"
printf '0\t20\tHe left. She stayed.\n21\t34\tThen Ng came.\n' > "$tmp/want"
check "-l: each line is one sentence (sentsplit's output)" same "$tmp/want" "$tmp/out"
run newsview -L sentence "$tmp/lines.txt" | cut -f2,3 | tr '\n' ' ' > "$tmp/out"
check "without -l the core segmenter finds the sentences" test "$(cat "$tmp/out")" = "0	8 9	20 21	34 "

printf 'One <PER>Ada</PER>.\n\f\nTwo <ORG>Acme</ORG>.\n' > "$tmp/docs.txt"
run newsview -L entity "$tmp/docs.txt" | cut -f2,3,6,11 > "$tmp/out"
printf '4\t7\t1\tAda\n15\t19\t2\tAcme\n' > "$tmp/want"
check "a form feed line ends a document: doc counts on, offsets too" same "$tmp/want" "$tmp/out"
run newsview -L entity "$tmp/docs.txt" "$tmp/a.txt" | cut -f2,6 | tail -n 2 > "$tmp/out"
printf '10\t1\n20\t1\n' > "$tmp/want"
check "offsets and document numbers start again in each file" same "$tmp/want" "$tmp/out"
printf 'One <PER>Ada</PER>.\000Two <ORG>Acme</ORG>.\n' | run newsview -z -L entity | cut -f2,6 > "$tmp/out"
printf '4\t1\n13\t2\n' > "$tmp/want"
check "-z: NUL ends a document" same "$tmp/want" "$tmp/out"

run newsview --raw -L entity "$tmp/a.txt" > "$tmp/out"
check "--raw: tags are text, nothing is annotated" test ! -s "$tmp/out"

printf '<PER>Ada</PER> wrote <TIMEX3 tid="t1" type="DATE" value="2019">in 2019</TIMEX3>.\n\f\n<ORG>Acme</ORG> said "<QUOTE speaker="Acme">Never.</QUOTE>"\n' > "$tmp/c.txt"
run newsview -f conll "$tmp/c.txt" > "$tmp/out"
cat > "$tmp/want" <<'END'
-DOCSTART-	O	O	_	O

Ada	B-PER	O	_	O
wrote	O	O	_	O
in	O	B-DATE	2019	O
2019	O	I-DATE	2019	O
.	O	O	_	O

-DOCSTART-	O	O	_	O

Acme	B-ORG	O	_	O
said	O	O	_	O
"	O	O	_	O
Never	O	O	_	B-QUOTE
.	O	O	_	I-QUOTE
"	O	O	_	O

END
check "-f conll: a column per layer, -DOCSTART- before each document" same "$tmp/want" "$tmp/out"

# the page: what the browser test checks in a browser, checked here as text
run newsview -f html -s "$tmp/a.txt" "$tmp/q.txt" > "$tmp/p.html"
check "-f html: one page" test "$(grep -c '<!DOCTYPE html>' "$tmp/p.html")" -eq 1
check "-f html: an article per document" test "$(grep -c '<article' "$tmp/p.html")" -eq 2
check "-f html: the legend" grep -q 'class="legend"' "$tmp/p.html"
check "-f html: the entities by type" grep -q '<span class="e PER" id="d1-e1" title="PER">Merkel</span>' "$tmp/p.html"
check "-f html: the date's value" grep -q 'data-value="2019-01-03"' "$tmp/p.html"
check "-f html: the speaker" grep -q '<span class="who">Ada &quot;Ace&quot; Ng</span>' "$tmp/p.html"
check "-f html -s: sentence marks" grep -q 'class="sb" title="sentence 1"' "$tmp/p.html"
check "-f html: no script, no external asset" sh -c "! grep -Eiq '<script|src=|https?:' '$tmp/p.html'"
printf '<PER>Donald Trump</PER> met <PER>Ng</PER>. <PER>Trump</PER> left <TIMEX3 tid="t2" type="DATE" value="2019-01-04">today</TIMEX3>, <TIMEX3 tid="t1" type="DATE" value="2018">last year</TIMEX3> too.\n' |
	run newsview -f html > "$tmp/s.html"
check "-f html summary: Trump counted under Donald Trump" \
	grep -q '<li><a href="#d1-e1">Donald Trump</a> <span class="count">2</span> <span class="aka">also Trump</span></li>' "$tmp/s.html"
check "-f html summary: the timeline in the order of the values" sh -c \
	"grep -o '<code>[0-9-]*' '$tmp/s.html' | tr -d '\n' | grep -qx '<code>2018<code>2019-01-04'"
run newsview -f html --title 'Week 1' "$tmp/a.txt" | grep -c '<title>Week 1</title>' > "$tmp/out"
check "--title" test "$(cat "$tmp/out")" = 1

# hostile input: markup in the text, in attribute values, in file names
cat > "$tmp/evil.txt" <<'END'
<script>alert(1)</script> <PER><img src=x onerror=alert(2)></PER> met
<QUOTE speaker="&lt;/span&gt;&lt;script&gt;alert(3)&lt;/script&gt;">"<iframe src=javascript:alert(4)>"</QUOTE>
<TIMEX3 tid="t1" type="DATE&quot; onmouseover=&quot;alert(5)" value="&quot;&gt;&lt;b&gt;x">today</TIMEX3> </body><style>*{display:none}</style>
END
cp "$tmp/evil.txt" "$tmp/<b>evil<b>.txt"
run newsview -f html "$tmp/<b>evil<b>.txt" > "$tmp/evil.html"
check "hostile input: no element but the page's own" sh -c \
	"! grep -Eiq '<(script|img|iframe|b>|/body><style)|\" onmouseover' '$tmp/evil.html'"
check "hostile input: the text is shown, escaped" grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/evil.html"
if command -v tidy > /dev/null 2>&1; then
	check "hostile input: tidy finds no error" tidy -errors -q "$tmp/evil.html"
	check "the page of two files with sentence marks: tidy finds no error" tidy -errors -q "$tmp/p.html"
else
	skip "tidy not installed"
	skip "tidy not installed"
fi

# the four filters' records count in the same text (DESIGN.md, "Output formats")
printf 'Obama met <PER>Merkel</PER>.\n' | run enttag -f tsv | cut -f2-5 > "$tmp/out"
printf '0\t5\tPER\tObama\n10\t16\tPER\tMerkel\n' > "$tmp/want"
check "enttag -f tsv lists the names tagged in its input too" same "$tmp/want" "$tmp/out"

# memory: the stream formats hold a paragraph, whatever the input's size
if [ -z "$NU_SANITIZED" ] && [ -x /usr/bin/time ]; then
	for i in $(seq 1 400); do cat "$tmp/a.txt" "$tmp/q.txt" "$tmp/c.txt"; echo; done > "$tmp/seed"
	for i in $(seq 1 64); do cat "$tmp/seed"; done > "$tmp/seed64"
	for f in tsv jsonl conll; do
		for i in 1 2 3 4 5 6 7 8; do cat "$tmp/seed64"; done |
			/usr/bin/time -f '%M' -o "$tmp/rss" "$top_builddir/newsview" -f $f > /dev/null
		rss=$(tail -n 1 "$tmp/rss")
		check "-f $f over $(($(wc -c < "$tmp/seed64") * 8 / 1000000)) MB: max RSS $rss KiB < 16384 KiB" \
			test "$rss" -lt 16384
	done
else
	skip "max RSS: a sanitizer build, or no GNU time"
fi

bad_input_matrix newsview
# the page holds one document; bad bytes become U+FFFD (HTML must be UTF-8)
printf 'Caf\351 <PER>Ren\377</PER> \000\001 \302\205.\r\n' > "$tmp/bad.txt"
run newsview -q -f html "$tmp/bad.txt" > "$tmp/bad.html"
check "-f html: invalid UTF-8 and control bytes as U+FFFD" \
	test "$(grep '^<p>' "$tmp/bad.html" | grep -o "$(printf '\357\277\275')" | wc -l)" -eq 5
if command -v tidy > /dev/null 2>&1; then
	check "-f html: bad bytes leave the page valid" tidy -errors -q "$tmp/bad.html"
	run newsview -f html < /dev/null > "$tmp/empty.html"
	check "-f html: empty input is a valid page" tidy -errors -q "$tmp/empty.html"
else
	skip "tidy not installed"
	skip "tidy not installed"
fi
done_testing
