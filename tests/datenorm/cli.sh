#!/bin/sh
# datenorm: options, output formats, anchors, TimeML, and the checks on
# bad values (--ref, impossible dates, counts that look like years).
. "$top_srcdir/tests/lib.sh"
dn() { run datenorm "$@"; }

printf 'He said Friday that sales rose in May 2013.\n' > "$tmp/a.txt"

dn --ref 2013-05-09 "$tmp/a.txt" > "$tmp/out"
printf 'He said <TIMEX3 tid="t1" type="DATE" value="2013-05-03" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3> that sales rose in <TIMEX3 tid="t2" type="DATE" value="2013-05">May 2013</TIMEX3>.\n' > "$tmp/exp"
check "inline output by default" same "$tmp/exp" "$tmp/out"

dn -f tsv --ref 2013-05-09 < "$tmp/a.txt" > "$tmp/out"
printf -- '-\t8\t14\tDATE\t2013-05-03\tFriday\n-\t34\t42\tDATE\t2013-05\tMay 2013\n' > "$tmp/exp"
check "-f tsv: file start end type value text" same "$tmp/exp" "$tmp/out"

dn -f tsv --header --ref 2013-05-09 < "$tmp/a.txt" | head -1 > "$tmp/out"
printf 'file\tstart\tend\ttype\tvalue\ttext\n' > "$tmp/exp"
check "--header names the TSV columns" same "$tmp/exp" "$tmp/out"

dn -f json --ref 2013-05-09 < "$tmp/a.txt" | head -1 > "$tmp/out"
printf '{"file":"-","start":8,"end":14,"type":"DATE","value":"2013-05-03","text":"Friday","tid":"t1","anchor":"t0"}\n' > "$tmp/exp"
check "-f json: one object a line" same "$tmp/exp" "$tmp/out"
if [ -n "$PYTHON3" ]; then
	dn -f json --ref 2013-05-09 "$tmp/a.txt" > "$tmp/j.out"
	check "-f json output parses as JSON Lines, one object a timex" "$PYTHON3" -c '
import json, sys
r = [json.loads(l) for l in open(sys.argv[1])]
assert [o["text"] for o in r] == ["Friday", "May 2013"], r' "$tmp/j.out"
else
	skip "python3 not found"
fi

dn --replace --ref 2013-05-09 "$tmp/a.txt" > "$tmp/out"
printf 'He said 2013-05-03 that sales rose in 2013-05.\n' > "$tmp/exp"
check "--replace writes the values in place" same "$tmp/exp" "$tmp/out"

dn --replace -f tsv "$tmp/a.txt" > /dev/null 2>&1
check "--replace with -f tsv is a usage error" test $? -eq 2

# the anchor: --ref, the text, or none
printf 'It fell yesterday.\n' > "$tmp/y.txt"
dn -f tsv "$tmp/y.txt" | cut -f5 > "$tmp/out"
echo XXXX-XX-XX > "$tmp/exp"
check "no anchor: unknown parts are X" same "$tmp/exp" "$tmp/out"
printf 'The plant closed on March 3, 2010.\n\nIt burned the day before.\n\f\nIt fell yesterday.\n' > "$tmp/n.txt"
dn -f tsv "$tmp/n.txt" | cut -f5 > "$tmp/out"
printf '2010-03-03\n2010-03-02\nXXXX-XX-XX\n' > "$tmp/exp"
check "narrative anchor within a document, forgotten at a form feed" same "$tmp/exp" "$tmp/out"
dn "$tmp/n.txt" | grep -o 'tid="t[0-9]*"' | tr '\n' ' ' > "$tmp/out"
printf 'tid="t1" tid="t2" tid="t1" ' > "$tmp/exp"
check "tid numbering starts again in each document" same "$tmp/exp" "$tmp/out"
dn --ref 2013-05-09 -f tsv "$tmp/y.txt" | cut -f5 > "$tmp/out"
echo 2013-05-08 > "$tmp/exp"
check "--ref anchors relative expressions" same "$tmp/exp" "$tmp/out"
dn --ref now -f tsv "$tmp/y.txt" | cut -f5 > "$tmp/out"
check "--ref now reads the clock" grep -q '^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$' "$tmp/out"

# malformed --ref values: exit 2 with a clear message
for bad in 2013-02-30 2013-13-01 05/09/2013 2013-5-9 yesterday ''; do
	dn --ref "$bad" "$tmp/y.txt" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	check "--ref '$bad' exits 2" test "$rc" -eq 2
	check "--ref '$bad' says why" grep -q "datenorm: invalid --ref date" "$tmp/err"
done
dn --ref > /dev/null 2>&1
check "--ref without a value exits 2" test $? -eq 2

# impossible dates and counts that look like years
printf 'The deadline was February 30, 2013 and April 31.\n' > "$tmp/f.txt"
dn -f tsv --ref 2013-05-09 "$tmp/f.txt" > "$tmp/out"
check "February 30 and April 31 are not dates" test ! -s "$tmp/out"
printf 'The firm hired 2012 employees and 1999 workers in 2012.\n' > "$tmp/e.txt"
dn -f tsv --ref 2013-05-09 "$tmp/e.txt" | cut -f2,5 > "$tmp/out"
printf '50\t2012\n' > "$tmp/exp"
check "2012 employees is a count, in 2012 a year" same "$tmp/exp" "$tmp/out"

# other tags: kept, never cut across, round trip
printf 'On <LOC>May</LOC> 9 and <ORG>Friday Group</ORG> met <PER>Bob</PER> in June 2012.\n' > "$tmp/t.txt"
dn --ref 2013-05-09 "$tmp/t.txt" > "$tmp/out"
check "never cuts across an existing tag" grep -q '<TIMEX3 tid="t1" type="DATE" value="2012-06">June 2012</TIMEX3>' "$tmp/out"
check "no TIMEX3 over a name (<LOC>May</LOC> 9)" sh -c "! grep -q '<TIMEX3[^>]*><LOC>May' '$tmp/out'"
check "no TIMEX3 inside a name (<ORG>Friday Group</ORG>)" grep -q '<ORG>Friday Group</ORG>' "$tmp/out"
strip_tags < "$tmp/out" > "$tmp/rt"
strip_tags < "$tmp/t.txt" > "$tmp/rt.exp"
check "deleting the tags gives back the text" same "$tmp/rt.exp" "$tmp/rt"
dn --ref 2013-05-09 "$tmp/out" > "$tmp/out2"
check "a second run adds nothing" same "$tmp/out" "$tmp/out2"
dn --ref 2013-05-09 "$top_srcdir/tests/data/demo-article.txt" | strip_tags > "$tmp/rt" 2>/dev/null
check "round trip on the demo article" same "$top_srcdir/tests/data/demo-article.txt" "$tmp/rt"

# TimeML
tml="$top_srcdir/tests/datenorm/sample.tml"
dn --timeml "$tml" > "$tmp/out"
check "--timeml keeps the DCT" grep -q '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-05-09"' "$tmp/out"
check "--timeml anchors on the DCT" grep -q '<TIMEX3 tid="t1" type="DATE" value="2013-05-06" temporalFunction="true" anchorTimeID="t0">Monday</TIMEX3>' "$tmp/out"
check "--timeml keeps EVENT tags" grep -q '<EVENT eid="e2" class="OCCURRENCE">reopen</EVENT> <TIMEX3 tid="t3" type="DATE" value="2013-06" temporalFunction="true" anchorTimeID="t0">next month</TIMEX3>' "$tmp/out"
n=$(grep -o '<TIMEX3 ' "$tmp/out" | wc -l)
check "--timeml replaces the old TIMEX3 tags (5 with the DCT: $n)" test "$n" -eq 5
sed -E 's,<TIMEX3 [^>]*>|</TIMEX3>,,g' "$tml" > "$tmp/a1"
sed -E 's,<TIMEX3 [^>]*>|</TIMEX3>,,g' "$tmp/out" > "$tmp/a2"
check "--timeml changes nothing but TIMEX3 tags" same "$tmp/a1" "$tmp/a2"
dn --timeml -f tsv "$tml" | cut -f4,5,6 | head -1 > "$tmp/out"
printf 'DATE\t2013-05-06\tMonday\n' > "$tmp/exp"
check "--timeml -f tsv" same "$tmp/exp" "$tmp/out"
printf '<TimeML><TEXT>It fell <EVENT eid="e1">today.</TEXT></TimeML>\n' > "$tmp/ok.tml"
printf '<TimeML>\n<TEXT>Nothing ends here.\n' > "$tmp/bad1.tml"
printf '<TimeML><DCT><TIMEX3 tid="t0" value="2013-02-30">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>\n' > "$tmp/bad2.tml"
printf '<TimeML><TEXT>It fell <EVENT eid="e1" today.</TEXT></TimeML>\n' > "$tmp/bad3.tml"
printf 'Just some text, not TimeML.\n' > "$tmp/bad4.tml"
for b in bad1 bad2 bad3 bad4; do
	dn --timeml "$tmp/$b.tml" "$tml" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	check "malformed TimeML $b: exit 2" test "$rc" -eq 2
	check "malformed TimeML $b: message names the file" grep -q "^datenorm: .*$b.tml: .*TimeML" "$tmp/err"
	check "malformed TimeML $b: the next file is still done" grep -q 'Monday</TIMEX3>' "$tmp/out"
done

# the clock is never read without --ref now: the same output with the
# clock set to another day (by faketime; skipped without it)
printf 'It fell on Friday.\n' > "$tmp/c.txt"
if faketime '2001-01-01' true 2> /dev/null; then
	dn -f tsv "$tmp/c.txt" > "$tmp/now.out"
	# (a sanitizer runtime wants to be loaded first, before faketime's)
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	    faketime '2001-01-01' $NU_WRAPPER "$top_builddir/datenorm" -f tsv "$tmp/c.txt" > "$tmp/then.out"
	check "output does not depend on the clock" same "$tmp/now.out" "$tmp/then.out"
else
	skip "output does not depend on the clock: faketime not installed"
fi

# the UTF-8 locale gives the same
LC_ALL=C.UTF-8 dn --ref 2013-05-09 "$tmp/t.txt" > "$tmp/u.out"
LC_ALL=C dn --ref 2013-05-09 "$tmp/t.txt" > "$tmp/c.out"
check "the same output under C and C.UTF-8" same "$tmp/c.out" "$tmp/u.out"

run datenorm --help | grep -q -- '--timeml'
check "--help lists --timeml" test $? -eq 0

# --jsonl: every line a document of its own
printf '{"id":1,"text":"On May 3, 2013 it fell."}\n{"id":2,"text":"It fell yesterday."}\n' > "$tmp/j.jsonl"
dn --jsonl "$tmp/j.jsonl" > "$tmp/out"
printf '%s\n' '{"id":1,"text":"On May 3, 2013 it fell.","timexes":[{"start":3,"end":14,"type":"DATE","value":"2013-05-03","text":"May 3, 2013","tid":"t1"}]}' \
	'{"id":2,"text":"It fell yesterday.","timexes":[{"start":8,"end":17,"type":"DATE","value":"XXXX-XX-XX","text":"yesterday","tid":"t1"}]}' > "$tmp/exp"
check "--jsonl: records in, timexes added, no anchor across records" same "$tmp/exp" "$tmp/out"
# the document's date: its dateline, not the last year it mentions
printf 'Monday, February 11, 2019\n\nShe was born in 1939. She received the award last year.\n' > "$tmp/d.txt"
dn -f tsv "$tmp/d.txt" | cut -f4,5 > "$tmp/out"
printf 'DCT\t2019-02-11\nDATE\t2019-02-11\nDATE\t1939\nDATE\t2018\n' > "$tmp/exp"
check "a dateline is the document's date, listed as a DCT record" same "$tmp/exp" "$tmp/out"
dn "$tmp/d.txt" | head -1 > "$tmp/out"
printf '%s\n' '<TIMEX3 tid="t1" type="DATE" value="2019-02-11" functionInDocument="CREATION_TIME">Monday, February 11, 2019</TIMEX3>' > "$tmp/exp"
check "the dateline's TIMEX3 is the CREATION_TIME" same "$tmp/exp" "$tmp/out"
printf 'LONDON, February 11, 2019 -- Snow fell today.\n' | dn -f tsv | cut -f4,5 > "$tmp/out"
printf 'DCT\t2019-02-11\nDATE\t2019-02-11\nDATE\t2019-02-11\n' > "$tmp/exp"
check "a dateline at the head of the first paragraph" same "$tmp/exp" "$tmp/out"
printf 'She was born in 1939. She received the award last year.\n' | dn -f tsv | cut -f5 > "$tmp/out"
printf '1939\nXXXX\n' > "$tmp/exp"
check "without a document date a mentioned year is no anchor" same "$tmp/exp" "$tmp/out"
echo 'She was born in 1939. It will be presented in the coming week.' | dn --ref 2019-02-11 -f tsv | cut -f5 > "$tmp/out"
printf '1939\n2019-W08\n' > "$tmp/exp"
check "'the coming week' is the reader's week" same "$tmp/exp" "$tmp/out"
printf 'Monday, February 11, 2019\n\nIt snowed yesterday.\n' | dn --ref 2013-05-09 -f tsv | cut -f4,5 > "$tmp/out"
printf 'DATE\t2019-02-11\nDATE\t2013-05-08\n' > "$tmp/exp"
check "--ref goes before the dateline" same "$tmp/exp" "$tmp/out"
# a date line: the document's first line, a TIMEX3 of its CREATION_TIME
dl='<TIMEX3 tid="t0" type="DATE" value="2019-02-11" functionInDocument="CREATION_TIME">Monday</TIMEX3>'
printf '%s\n\nShe was born in 1939. She received the award last year.\n' "$dl" > "$tmp/dl.txt"
dn -f tsv "$tmp/dl.txt" | cut -f2-6 > "$tmp/out"
printf '0\t6\tDCT\t2019-02-11\tMonday\n0\t6\tDATE\t2019-02-11\tMonday\n24\t28\tDATE\t1939\t1939\n53\t62\tDATE\t2018\tlast year\n' > "$tmp/exp"
check "a date line is the document's date, listed as a DCT record" same "$tmp/exp" "$tmp/out"
dn "$tmp/dl.txt" | head -1 > "$tmp/out"
head -1 "$tmp/dl.txt" > "$tmp/exp"
check "datenorm copies the date line as it is" same "$tmp/exp" "$tmp/out"
printf '%s\nIt will be presented in the coming week.\n\f\nIt snowed yesterday.\n' "$dl" | dn -f tsv | cut -f4,5 > "$tmp/out"
printf 'DCT\t2019-02-11\nDATE\t2019-02-11\nDATE\t2019-W08\nDATE\tXXXX-XX-XX\n' > "$tmp/exp"
check "a date line with text below it; the next document has none" same "$tmp/exp" "$tmp/out"
printf 'It snowed.\n%s\nIt snowed yesterday.\n' "$dl" | dn -f tsv | cut -f5 > "$tmp/out"
printf '2019-02-11\nXXXX-XX-XX\n' > "$tmp/exp"
check "a CREATION_TIME below the first line is no date line" same "$tmp/exp" "$tmp/out"
printf '%s\n\nIt snowed yesterday.\n' "$dl" | dn --ref 2013-05-09 -f tsv | cut -f4,5 > "$tmp/out"
printf 'DATE\t2019-02-11\nDATE\t2013-05-08\n' > "$tmp/exp"
check "--ref goes before the date line" same "$tmp/exp" "$tmp/out"
printf 'Friday, January 4, 2019\n\nIt snowed yesterday.\n' | dn | head -1 > "$tmp/hd"
printf '\nIt snowed today.\n' | cat "$tmp/hd" - | dn -f tsv | cut -f4,5 > "$tmp/out"
printf 'DCT\t2019-01-04\nDATE\t2019-01-04\nDATE\t2019-01-04\n' > "$tmp/exp"
check "the dateline datenorm tagged is a date line when read again" same "$tmp/exp" "$tmp/out"
printf '{"date":"2013-05-09","text":"%s\\nIt fell yesterday."}\n{"text":"%s\\nIt fell yesterday."}\n' \
	"$(echo "$dl" | sed 's/"/\\"/g')" "$(echo "$dl" | sed 's/"/\\"/g')" > "$tmp/dl.jsonl"
dn --jsonl --ref-field date "$tmp/dl.jsonl" | grep -o '"value":"[^"]*","text":"yesterday"' > "$tmp/out"
printf '"value":"2013-05-08","text":"yesterday"\n"value":"2019-02-10","text":"yesterday"\n' > "$tmp/exp"
check "--ref-field goes before the date line, which serves a record without it" same "$tmp/exp" "$tmp/out"
printf '<TIMEX3 tid="t0" type="DATE" value="2019-02" functionInDocument="CREATION_TIME">February</TIMEX3>\nIt snowed yesterday.\n' > "$tmp/dlbad.txt"
dn "$tmp/dlbad.txt" > "$tmp/out" 2> "$tmp/err"
check "a date line that is no full date exits 2" test $? -eq 2
check "a date line that is no full date says so" grep -q "dlbad.txt: invalid document date '2019-02'" "$tmp/err"
dn "$tmp/dlbad.txt" 2> /dev/null | strip_tags > "$tmp/rt"
strip_tags < "$tmp/dlbad.txt" > "$tmp/exp"
check "a date line that is no full date: the text comes back whole" same "$tmp/exp" "$tmp/rt"
# the other filters pass a date line through as it is
printf '%s\n\nRen Zhengfei said "we will win" in Paris on Monday.\n' \
	'<TIMEX3 tid="t0" type="DATE" value="2019-02-11" functionInDocument="CREATION_TIME">February 11, 2019</TIMEX3>' > "$tmp/dl2.txt"
head -1 "$tmp/dl2.txt" > "$tmp/exp"
for f in sentsplit enttag 'quotepull -f inline' datenorm; do
	run $f "$tmp/dl2.txt" | head -1 > "$tmp/out"
	check "$f copies a date line byte for byte" same "$tmp/exp" "$tmp/out"
done
run newsview -f tsv "$tmp/dl2.txt" | cut -f7-9 | grep timex > "$tmp/out"
printf 'timex\tDATE\t2019-02-11\n' > "$tmp/exp"
check "newsview shows a date line as a DATE" same "$tmp/exp" "$tmp/out"
# --ref-field: a --jsonl record's own date
printf '%s\n' '{"date":"2019-02-11T10:00:00Z","text":"Sales fell last month."}' \
	'{"text":"Sales fell last month."}' > "$tmp/r.jsonl"
dn --jsonl --ref-field date "$tmp/r.jsonl" | grep -o '"value":"[^"]*"' > "$tmp/out"
printf '"value":"2019-01"\n"value":"XXXX-XX"\n' > "$tmp/exp"
check "--ref-field: each record's date anchors its text" same "$tmp/exp" "$tmp/out"
printf '%s\n' '{"date":"11/02/2019","text":"It fell yesterday."}' > "$tmp/r.jsonl"
dn --jsonl --ref-field date "$tmp/r.jsonl" > "$tmp/out" 2> "$tmp/err"
check "--ref-field: a malformed date exits 2" test $? -eq 2
check "--ref-field: a malformed date says where" grep -q "r.jsonl:1: invalid date '11/02/2019'" "$tmp/err"
check "--ref-field: the record is still written" grep -q '"value":"XXXX-XX-XX"' "$tmp/out"
dn --ref-field date "$tmp/y.txt" > /dev/null 2>&1
check "--ref-field without --jsonl is a usage error" test $? -eq 2

# mod: what the words around a value say of it
printf 'It rose in early 2012 after more than a decade.\n' | dn --ref 2013-05-09 > "$tmp/out"
printf '%s\n' 'It rose in <TIMEX3 tid="t1" type="DATE" value="2012" mod="START">early 2012</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P10Y" mod="MORE_THAN">more than a decade</TIMEX3>.' > "$tmp/exp"
check "mod in the TIMEX3 tags" same "$tmp/exp" "$tmp/out"
printf 'It took about three years.\n' | dn --ref 2013-05-09 -f jsonl | grep -c '"mod":"APPROX"' > "$tmp/out"
echo 1 > "$tmp/exp"
check "mod in the JSON records" same "$tmp/exp" "$tmp/out"

# the forms of issue 18's list
printf "From March 15 to 17 it will rain. They met on New Year's Eve 2019. It will end at midnight on Friday. He died on the 4th.\n" |
	dn --ref 2019-02-11 -f tsv | cut -f5,6 > "$tmp/out"
printf '2019-03-15\tMarch 15\n2019-03-17\t17\n2019-12-31\tNew Year'"'"'s Eve 2019\n2019-02-15T24:00\tmidnight\n2019-02-15\tFriday\n2019-02-04\tthe 4th\n' > "$tmp/exp"
check "a range of days, New Year's Eve, midnight on a weekday, the 4th" same "$tmp/exp" "$tmp/out"
# the core's tokens: a URL is no text, en dashes and no-break spaces part
# words, an apostrophe before a figure parts a quarter from its year
printf 'See http://example.org/2013/05/09/story.html today.\n' |
	dn --ref 2019-02-11 -f tsv | cut -f6 > "$tmp/out"
printf 'today\n' > "$tmp/exp"
check "no date inside a URL" same "$tmp/exp" "$tmp/out"
printf 'He served 1980\342\200\2231987, polled September 25\342\200\22327 and on May\302\2409, 2013.\n' |
	dn --ref 2019-02-11 -f tsv | cut -f5 > "$tmp/out"
printf '1980\n1987\n2018-09-25\n2018-09-27\n2013-05-09\n' > "$tmp/exp"
check "en dash ranges and a no-break space" same "$tmp/exp" "$tmp/out"
printf "In 2002 it began. Launch is in Q1'03.\n" | dn -f tsv | cut -f5,6 > "$tmp/out"
printf "2002\t2002\n2003-Q1\tQ1'03\n" > "$tmp/exp"
check "Q1'03 is a quarter of 2003" same "$tmp/exp" "$tmp/out"
# what a value was worked out from: temporalFunction and anchorTimeID (t0:
# the document's date), the "anchor" key of the JSON records
printf 'Monday, February 11, 2019\n\nShe was born in 1939. She won the award last year, on March 15, 2018, and left the day before. It rained in June.\n' > "$tmp/an.txt"
dn "$tmp/an.txt" | grep -o '<TIMEX3 [^>]*>[^<]*' | sed 's/ type="[A-Z]*"//' > "$tmp/out"
cat > "$tmp/exp" <<'EOT'
<TIMEX3 tid="t1" value="2019-02-11" functionInDocument="CREATION_TIME">Monday, February 11, 2019
<TIMEX3 tid="t2" value="1939">1939
<TIMEX3 tid="t3" value="2018" temporalFunction="true" anchorTimeID="t0">last year
<TIMEX3 tid="t4" value="2018-03-15">March 15, 2018
<TIMEX3 tid="t5" value="2018-03-14" temporalFunction="true" anchorTimeID="t4">the day before
<TIMEX3 tid="t6" value="2018-06" temporalFunction="true" anchorTimeID="t0">June
EOT
check "temporalFunction and anchorTimeID: t0, or the expression a value comes from" same "$tmp/exp" "$tmp/out"
dn -f jsonl "$tmp/an.txt" | grep -o '"tid":"t[0-9]*"\(,"anchor":"t[0-9]*"\)\?' > "$tmp/out"
printf '"tid":"t0"\n"tid":"t1"\n"tid":"t2"\n"tid":"t3","anchor":"t0"\n"tid":"t4"\n"tid":"t5","anchor":"t4"\n"tid":"t6","anchor":"t0"\n' > "$tmp/exp"
check "the JSON records name the anchor" same "$tmp/exp" "$tmp/out"
dn -f tsv "$tmp/an.txt" | awk -F '\t' 'NF != 6' > "$tmp/out"
check "the TSV keeps its six columns" test ! -s "$tmp/out"
printf 'Sales fell in 2012. In June they rose.\n' | dn | grep -o 'anchorTimeID="t[0-9]*">June' > "$tmp/out"
echo 'anchorTimeID="t1">June' > "$tmp/exp"
check "no document date: a month anchors on the year the text gave" same "$tmp/exp" "$tmp/out"
# a title above the dateline counts from it
printf 'Storm hits the coast today\n\nFriday, January 4, 2019\n\nIt came yesterday.\n\f\nNo date: today.\n' > "$tmp/ti.txt"
dn -f tsv "$tmp/ti.txt" | cut -f4,5,6 > "$tmp/out"
printf 'DATE\t2019-01-04\ttoday\nDCT\t2019-01-04\tFriday, January 4, 2019\nDATE\t2019-01-04\tFriday, January 4, 2019\nDATE\t2019-01-03\tyesterday\nDATE\tXXXX-XX-XX\ttoday\n' > "$tmp/exp"
check "a title above the dateline resolves against it; the next document does not" same "$tmp/exp" "$tmp/out"
dn "$tmp/ti.txt" | strip_tags > "$tmp/rt"
check "a title held back: the text comes back whole" same "$tmp/ti.txt" "$tmp/rt"
# issue 18's examples: the modifiers, and what a run used to miss
printf '%s\n' "It opens in mid-2019. Sales fell late last year. It rains in early March. It began about three years ago. It lasted more than a decade." \
	"From March 15 to 17 they met. On New Year's Eve 2019 they danced. It ended at midnight on Friday. He died on the 4th." |
	dn -f jsonl --ref 2019-02-11 | sed -E 's/.*"type":"([^"]*)","value":"([^"]*)","text":"([^"]*)".*"tid":"[^"]*"(,"mod":"([^"]*)")?.*/\3|\1|\2|\5/' > "$tmp/out"
printf '%s\n' 'mid-2019|DATE|2019|MID' 'late last year|DATE|2018|END' \
	'early March|DATE|2019-03|START' 'about three years ago|DATE|2016|APPROX' \
	'more than a decade|DURATION|P10Y|MORE_THAN' 'March 15|DATE|2018-03-15|' \
	'17|DATE|2018-03-17|' "New Year's Eve 2019|DATE|2019-12-31|" \
	'midnight|TIME|2019-02-08T24:00|' 'Friday|DATE|2019-02-08|' \
	'the 4th|DATE|2019-02-04|' > "$tmp/exp"
check "issue 18's examples: mod, ranges, holidays, midnight, the 4th" same "$tmp/exp" "$tmp/out"
# a weekday of a practice is a SET; an office held now is PRESENT_REF; the
# verbs of an appositive are not the sentence's tense
printf '%s\n' 'The Sunday trade ban hurt sales. Current Prime Minister Ann Lee spoke.' \
	'On Thursday, Ann Lee, a candidate in the vote to be held on August 9, led a rally.' |
	dn -f tsv --ref 2020-08-03 | cut -f4-6 > "$tmp/out"
printf 'SET\tXXXX-WXX-7\tSunday\nDATE\tPRESENT_REF\tCurrent\nDATE\t2020-07-30\tThursday\nDATE\t2020-08-09\tAugust 9\n' > "$tmp/exp"
check "a Sunday trade ban, a current office, the tense past an appositive" same "$tmp/exp" "$tmp/out"
# a title in capitals after a name is no date; at a sentence's start it is
printf 'Ann Lee told Kamloops This Week that it fell. This Week, prices rose.\n' |
	dn -f tsv --ref 2020-07-08 | cut -f2,6 > "$tmp/out"
printf '46\tThis Week\n' > "$tmp/exp"
check "Kamloops This Week is a name, This Week opening a sentence a date" same "$tmp/exp" "$tmp/out"
done_testing
