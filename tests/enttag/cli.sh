#!/bin/sh
# enttag: formats, options, pass-through of the input and of existing tags
. "$top_srcdir/tests/lib.sh"
demo="$top_srcdir/tests/data/demo-article.txt"
model="$top_srcdir/filters/enttag/en.model"

printf 'Mary Barra, the chief executive of General Motors, said in Detroit on Monday that the company would open a plant in Germany.\n' > "$tmp/s.txt"
run enttag "$tmp/s.txt" > "$tmp/s.out"
check "enttag: a person" grep -q '<PER>Mary Barra</PER>' "$tmp/s.out"
check "enttag: an organisation" grep -q '<ORG>General Motors</ORG>' "$tmp/s.out"
check "enttag: places" grep -q '<LOC>Detroit</LOC>.*<LOC>Germany</LOC>' "$tmp/s.out"
check "enttag: trailing punctuation stays outside" grep -q '</LOC>\.$' "$tmp/s.out"

printf "Shares of General Motors rose. General Motors's chief and General Motors\342\200\231 board met.\n" > "$tmp/poss.txt"
run enttag "$tmp/poss.txt" > "$tmp/poss.out"
check "enttag: possessive 's outside the span" grep -q "</ORG>'s chief" "$tmp/poss.out"
check "enttag: possessive ’ outside the span" grep -q "</ORG>$(printf '\342\200\231') board" "$tmp/poss.out"
# a typographic apostrophe (U+2019) is an apostrophe: inside a name as
# outside it
printf 'It is an instrument of China\342\200\231s People\342\200\231s Liberation Army, said Ren.\nRen\342\200\231s statement was brief.\n' > "$tmp/curly.txt"
run enttag "$tmp/curly.txt" > "$tmp/curly.out"
check "enttag: ’ inside a name: the whole name" \
	grep -q "People$(printf '\342\200\231')s Liberation Army</ORG>, said" "$tmp/curly.out"
sed "s/$(printf '\342\200\231')/'/g" "$tmp/curly.txt" | run enttag |
	sed "s/'/$(printf '\342\200\231')/g" > "$tmp/straight.out"
check "enttag: ’ gets the tags ' gets" cmp "$tmp/curly.out" "$tmp/straight.out"
check "enttag: ’s after a name: the name" \
	grep -q "^<PER>Ren</PER>$(printf '\342\200\231')s statement" "$tmp/curly.out"

# all-caps (and title-case) headlines are tagged from a truecased copy
# too; the output keeps the original bytes, and normally cased text is not
# affected
printf 'RUGBY - FRANCE EDGE WALES , ITALY IN SURPRISE WIN .\nBARACK OBAMA MEETS ANGELA MERKEL IN BERLIN\n\n\342\200\234CAF\303\211 SOCIETY\342\200\235 OPENS IN K\303\226LN, SAYS U.S. FIRM\n' > "$tmp/caps.txt"
run enttag "$tmp/caps.txt" > "$tmp/caps.out"
check "enttag: all caps: places" grep -q '^RUGBY - <LOC>FRANCE</LOC> EDGE <LOC>WALES</LOC> , <LOC>ITALY</LOC> IN SURPRISE WIN \.$' "$tmp/caps.out"
check "enttag: all caps: persons and a place" grep -q '^<PER>BARACK OBAMA</PER> MEETS <PER>ANGELA MERKEL</PER> IN <LOC>BERLIN</LOC>$' "$tmp/caps.out"
strip_tags < "$tmp/caps.out" > "$tmp/caps.rt"
check "enttag: all caps: round trip" same "$tmp/caps.txt" "$tmp/caps.rt"
printf 'Boeing Wins Air Force Tanker Contract After Long Fight\n' > "$tmp/title.txt"
run enttag "$tmp/title.txt" > "$tmp/title.out"
check "enttag: title case" grep -q '^<ORG>Boeing</ORG> Wins <ORG>Air Force</ORG> Tanker' "$tmp/title.out"
# the all-caps part reads a title-case sentence put in capitals: the
# capitalised "Province Of" is style, not part of the name
printf 'Farmers In The Province Of Limpopo Fear Another Dry Summer .\n' > "$tmp/title2.txt"
run enttag "$tmp/title2.txt" > "$tmp/title2.out"
check "enttag: title case, read by the all-caps part" \
	grep -qx 'Farmers In The Province Of <LOC>Limpopo</LOC> Fear Another Dry Summer \.' "$tmp/title2.out"
# a common word is no name for being first in its sentence (the word
# classes of "soccer" are those of "basketball" and "hockey")
printf 'Soccer fans gathered in London on Monday.\nCRICKET - MILLNS SIGNS FOR BOLAND .\n' > "$tmp/first.txt"
run enttag "$tmp/first.txt" > "$tmp/first.out"
check "enttag: a capitalised common word first in a sentence" grep -q '^Soccer fans gathered in <LOC>London</LOC> on Monday\.$' "$tmp/first.out"
check "enttag: all caps: a sports heading" grep -q '^CRICKET - ' "$tmp/first.out"
# a score between two names cuts the span ("Manchester United 2 Chelsea 1")
printf 'Manchester United 2 Chelsea 1\n' > "$tmp/score.txt"
run enttag "$tmp/score.txt" > "$tmp/score.out"
check "enttag: a bare number before a capital ends a name" grep -q '^<[A-Z]*>Manchester United</[A-Z]*> 2 <[A-Z]*>Chelsea</[A-Z]*> 1$' "$tmp/score.out"
# a table of results: each line a sentence, each name before a score a
# name: clubs ORG, countries LOC, initials and first names PER, and so
# the names in a side's brackets (scorers, batsmen, bowlers); a dateline
# and a date are no teams, and a bowler's analysis is no score
printf 'Results on Saturday:\nArsenal 2 Coventry 0\nAston Villa 1 Derby 1\nItaly 2 Germany 1\nNewcastle 4 3 0 1 9 5 9\nKent 245 and 190 ( D. Stevens 5-41 ) , Durham 301 .\nBowling : Wasim Akram 9-0-41-1 , Waqar Younis 10-1-34-3\nPakistan 287 ( Saeed Anwar 92 ; Muttiah Muralitharan 4-71 )\nInter 2 ( Ronaldo 34 ) Napoli 1\nNEW YORK 83 61 .576 -\nAt The Oval : Lancashire 212 ( J. Crawley 74 ) and 86-2 .\nLONDON 1996-08-30\nAugust 24 25 26\n' > "$tmp/table.txt"
run enttag "$tmp/table.txt" > "$tmp/table.out"
cat > "$tmp/table.exp" <<'EOF2'
Results on Saturday:
<ORG>Arsenal</ORG> 2 <ORG>Coventry</ORG> 0
<ORG>Aston Villa</ORG> 1 <ORG>Derby</ORG> 1
<LOC>Italy</LOC> 2 <LOC>Germany</LOC> 1
<ORG>Newcastle</ORG> 4 3 0 1 9 5 9
<ORG>Kent</ORG> 245 and 190 ( <PER>D. Stevens</PER> 5-41 ) , <ORG>Durham</ORG> 301 .
Bowling : <PER>Wasim Akram</PER> 9-0-41-1 , <PER>Waqar Younis</PER> 10-1-34-3
<LOC>Pakistan</LOC> 287 ( <PER>Saeed Anwar</PER> 92 ; <PER>Muttiah Muralitharan</PER> 4-71 )
<ORG>Inter</ORG> 2 ( <PER>Ronaldo</PER> 34 ) <ORG>Napoli</ORG> 1
<ORG>NEW YORK</ORG> 83 61 .576 -
At The <LOC>Oval</LOC> : <ORG>Lancashire</ORG> 212 ( <PER>J. Crawley</PER> 74 ) and 86-2 .
<LOC>LONDON</LOC> 1996-08-30
August 24 25 26
EOF2
check "enttag: a table of results" same "$tmp/table.exp" "$tmp/table.out"
# the names of a group of a row are of a kind
printf 'Olympiakos - David Rivers 22 , Dragan Tarlac 16 , Panagiotis Fassoulas 12\n' > "$tmp/group.txt"
run enttag "$tmp/group.txt" > "$tmp/group.out"
check "enttag: a row's group of names: persons like the first" grep -q -- '- <PER>David Rivers</PER> 22 , <PER>Dragan Tarlac</PER> 16 , <PER>Panagiotis Fassoulas</PER> 12$' "$tmp/group.out"
# a dateline: places before a date in figures
printf 'RUGBY - FRANCE EDGE WALES .\nPORT LOUIS , Mauritius 2011-03-14\nFrance began the defence of their Six Nations title with a narrow 21-19 win against Wales on Friday .\n' > "$tmp/dl.txt"
run enttag "$tmp/dl.txt" > "$tmp/dl.out"
check "enttag: a dateline" grep -q '^<LOC>PORT LOUIS</LOC> , <LOC>Mauritius</LOC> 2011-03-14$' "$tmp/dl.out"
# in prose a name before a number is the model's: "Windows 95", "Chapter 11"
printf 'Microsoft sold Windows 95 and Office 97 in Paris.\n' > "$tmp/prose.txt"
run enttag "$tmp/prose.txt" > "$tmp/prose.out"
check "enttag: prose is not a table" sh -c "! grep -q '<ORG>Windows</ORG>' '$tmp/prose.out'"
# a verb between two names is no particle of one name ("Newcastle upon
# Tyne" is one): two players and a score are no row of one club
printf 'Anna Berg beat Lucy Hale 6-4 3-6 6-2 on Friday.\nNewcastle upon Tyne 2 Derby County 1\n' > "$tmp/beat.txt"
run enttag "$tmp/beat.txt" > "$tmp/beat.out"
check "enttag: a verb parts the names of a row" \
	sh -c "grep -q 'beat <[A-Z]*>Lucy Hale</' '$tmp/beat.out' && ! grep -q '<[A-Z]*>Anna Berg beat' '$tmp/beat.out'"
check "enttag: a particle joins a name of a row" \
	grep -q '<ORG>Newcastle upon Tyne</ORG> 2 <ORG>Derby County</ORG> 1' "$tmp/beat.out"
# a nationality before a name is MISC, unless it is a first name too
printf 'Swede Jonas Lindqvist fired a 66 on Friday .\nChristian Bale won an award .\nGerman Marco Reinholt kept his title .\n' > "$tmp/pers.txt"
run enttag "$tmp/pers.txt" > "$tmp/pers.out"
cat > "$tmp/pers.exp" <<'EOF'
<MISC>Swede</MISC> <PER>Jonas Lindqvist</PER> fired a 66 on Friday .
<PER>Christian Bale</PER> won an award .
<MISC>German</MISC> <PER>Marco Reinholt</PER> kept his title .
EOF
check "enttag: nationalities the model took for persons" same "$tmp/pers.exp" "$tmp/pers.out"
# a word the document has tagged only as a place is no person
printf 'We sailed from Coron Island at dawn . Later , a guide told us Coron was once a fishing village .\n' > "$tmp/coron.txt"
run enttag "$tmp/coron.txt" > "$tmp/coron.out"
check "enttag: a place the document knows is no person" grep -q 'told us <LOC>Coron</LOC> was' "$tmp/coron.out"
printf 'The Nikkei dropped 9.62 %% to reach a 20 year low .\n' > "$tmp/the.txt"
run enttag "$tmp/the.txt" > "$tmp/the.out"
check "enttag: one word after the is no person" grep -q '^The <MISC>Nikkei</MISC> dropped' "$tmp/the.out"
# a nationality in -man; a golfer's score is no part of a name
printf 'CRICKET - INDIA WIN .\nBANGALORE 1996-10-21\nColin Montgomerie birdied the 17th to lead Welshman Ian Woosnam .\n-8 Ian Woosnam ( Britain ) 69 66 70\n' > "$tmp/card.txt"
run enttag "$tmp/card.txt" > "$tmp/card.out"
cat > "$tmp/card.exp" <<'EOF'
CRICKET - <LOC>INDIA</LOC> WIN .
<LOC>BANGALORE</LOC> 1996-10-21
<PER>Colin Montgomerie</PER> birdied the 17th to lead <MISC>Welshman</MISC> <PER>Ian Woosnam</PER> .
-8 <PER>Ian Woosnam</PER> ( <LOC>Britain</LOC> ) 69 66 70
EOF
check "enttag: a Welshman, a golfer's score" same "$tmp/card.exp" "$tmp/card.out"
# two-word nationalities; products; stock indices; MISC that speaks; a
# nationality in every position
printf 'Puerto Rican Felix Trinidad defends his title .\nApple sold more iPhones and iPods .\nThe Nikkei average rose and the Hang Seng index fell , while the Dow Jones Industrial Average was flat .\nStock index futures fell .\nThe FTSE 100 fell and the S&P 500 index rose , and the A380 got an iOS app .\nThe Kremlin said Yeltsin was working normally , and Serbs said nothing .\n' > "$tmp/misc2.txt"
run enttag "$tmp/misc2.txt" > "$tmp/misc2.out"
cat > "$tmp/misc2.exp" <<'EOF'
<MISC>Puerto Rican</MISC> <PER>Felix Trinidad</PER> defends his title .
<ORG>Apple</ORG> sold more <MISC>iPhones</MISC> and <MISC>iPods</MISC> .
The <MISC>Nikkei</MISC> average rose and the <MISC>Hang Seng</MISC> index fell , while the <MISC>Dow Jones Industrial Average</MISC> was flat .
Stock index futures fell .
The <MISC>FTSE</MISC> 100 fell and the <MISC>S&P</MISC> 500 index rose , and the <MISC>A380</MISC> got an <MISC>iOS</MISC> app .
The <ORG>Kremlin</ORG> said Yeltsin was working normally , and <MISC>Serbs</MISC> said nothing .
EOF
check "enttag: nationalities, products, indices, MISC that speaks" same "$tmp/misc2.exp" "$tmp/misc2.out"
# more slugs; a dateline stays a place in a sport's story; a numbered
# list of standings is a table
printf 'AMERICAN FOOTBALL - DENVER WIN AGAIN .\nNEW YORK 1996-10-27\nDenver beat Kansas City on Sunday .\n\f\nALPINE SKIING - TOMBA SECOND .\nPARK CITY , Utah 1996-11-23\nAlberto Tomba was second in the slalom .\nWorld Cup standings :\n1. Hans Knauss 100\n2. Tomba 80\n' > "$tmp/ski.txt"
run enttag "$tmp/ski.txt" > "$tmp/ski.out"
check "enttag: a sport's slug names nothing" grep -q '^AMERICAN FOOTBALL - <' "$tmp/ski.out"
printf '%s\n' '<LOC>NEW YORK</LOC> 1996-10-27' \
	"$(printf '\f')" 'ALPINE SKIING - <PER>TOMBA</PER> SECOND .' \
	'<LOC>PARK CITY</LOC> , <LOC>Utah</LOC> 1996-11-23' \
	'<PER>Alberto Tomba</PER> was second in the slalom .' \
	'<MISC>World Cup</MISC> standings :' \
	'1. <PER>Hans Knauss</PER> 100' '2. <PER>Tomba</PER> 80' > "$tmp/ski.exp"
sed -e 1d -e 3d "$tmp/ski.out" > "$tmp/ski2.out"
check "enttag: a dateline in a sport's story, a numbered list" same "$tmp/ski.exp" "$tmp/ski2.out"
# a sport's slug names no club; a currency is no place
printf 'RUGBY UNION - NEW ZEALAND CLINCH SERIES IN PRETORIA .\nPRETORIA 1996-08-24\nHSBC gained 1.50 to HK$ 163.50 , and it cost US$40 .\nFrom the package , AU$ 40 million will be used .\n' > "$tmp/slug.txt"
run enttag "$tmp/slug.txt" > "$tmp/slug.out"
check "enttag: a sport's slug is no name" grep -q '^RUGBY UNION - <LOC>NEW ZEALAND</LOC>' "$tmp/slug.out"
check "enttag: currencies are no names" grep -q '^<ORG>HSBC</ORG> gained 1.50 to HK\$ 163.50 , and it cost US\$40 \.$' "$tmp/slug.out"
check "enttag: a currency before a sum is no name" grep -qx 'From the package , AU\$ 40 million will be used \.' "$tmp/slug.out"
# a name that ends in an organisation's head is an organisation; not a
# country or a building whose head ends place names too
printf 'The Bristol Harbour Railway reopened in 1978 .\nThe Czech Republic and the Soviet Union signed a treaty at the Moscone Center .\n' > "$tmp/oh.txt"
run enttag "$tmp/oh.txt" > "$tmp/oh.out"
printf '%s\n' 'The <ORG>Bristol Harbour Railway</ORG> reopened in 1978 .' \
	'The <LOC>Czech Republic</LOC> and the <LOC>Soviet Union</LOC> signed a treaty at the <LOC>Moscone Center</LOC> .' > "$tmp/oh.exp"
check "enttag: organisation heads" same "$tmp/oh.exp" "$tmp/oh.out"
# in a story under a sport's headline, places that are not where
# something happens are sides; the next story is not about sport
printf 'CRICKET - YORKSHIRE CLOSE IN ON TITLE .\nLONDON 1996-09-05\nYorkshire moved top of the table on Thursday after a win at Headingley against Lancashire .\n\f\nMARKETS FALL IN EUROPE .\nLONDON 1996-09-05\nShares in Lancashire fell and Yorkshire farmers protested .\n' > "$tmp/sport.txt"
run enttag "$tmp/sport.txt" > "$tmp/sport.out"
printf '%s\n' 'CRICKET - <ORG>YORKSHIRE</ORG> CLOSE IN ON TITLE .' \
	'<LOC>LONDON</LOC> 1996-09-05' \
	'<ORG>Yorkshire</ORG> moved top of the table on Thursday after a win at <LOC>Headingley</LOC> against <ORG>Lancashire</ORG> .' \
	"$(printf '\f')" 'MARKETS FALL IN <LOC>EUROPE</LOC> .' \
	'<LOC>LONDON</LOC> 1996-09-05' \
	'Shares in <LOC>Lancashire</LOC> fell and <LOC>Yorkshire</LOC> farmers protested .' > "$tmp/sport.exp"
check "enttag: a sport's story: places are sides, venues stay places" \
	same "$tmp/sport.exp" "$tmp/sport.out"
# a headline is tagged again with what the text below it taught
printf 'MANDELA MEETS KOHL IN BONN .\nSouth African President Nelson Mandela met Chancellor Helmut Kohl in Bonn on Monday .\n' > "$tmp/head.txt"
run enttag "$tmp/head.txt" | head -n 1 > "$tmp/head.out"
check "enttag: a headline learns from the text below it" grep -q '^<PER>MANDELA</PER> MEETS <PER>KOHL</PER> IN <LOC>BONN</LOC> \.$' "$tmp/head.out"
head -n 1 "$tmp/head.txt" | run enttag > "$tmp/head1.out"
check "enttag: a headline alone" sh -c "! grep -q '<PER>MANDELA' '$tmp/head1.out'"
run enttag -f conll "$tmp/head.txt" > "$tmp/head.conll"
check "enttag: -f conll keeps the order of a held headline" sh -c "sed -n 3p '$tmp/head.conll' | grep -q '^MANDELA	B-PER$'"
# a headline in a paragraph of its own waits for the next paragraph; a
# form feed (the document's end) lets it go first; bytes are kept
printf 'MANDELA MEETS KOHL IN BONN\n\n \nSouth African President Nelson Mandela met Chancellor Helmut Kohl in Bonn on Monday .\n' > "$tmp/headp.txt"
run enttag "$tmp/headp.txt" > "$tmp/headp.out"
check "enttag: a headline paragraph learns from the next paragraph" grep -q '^<PER>MANDELA</PER> MEETS <PER>KOHL</PER> IN <LOC>BONN</LOC>$' "$tmp/headp.out"
strip_tags < "$tmp/headp.out" > "$tmp/headp.rt"
check "enttag: a held headline paragraph: deleting the tags gives back the input" same "$tmp/headp.txt" "$tmp/headp.rt"
run enttag -f tsv "$tmp/headp.txt" | cut -f2 > "$tmp/headp.off"
check "enttag: a held headline paragraph: TSV records in input order" sh -c "sort -n -c '$tmp/headp.off' && test \$(wc -l < '$tmp/headp.off') -ge 5"
printf 'MANDELA MEETS KOHL IN BONN\n\f\nSouth African President Nelson Mandela met Chancellor Helmut Kohl in Bonn on Monday .\n' > "$tmp/headf.txt"
run enttag "$tmp/headf.txt" > "$tmp/headf.out"
printf 'MANDELA MEETS KOHL IN BONN\n' | run enttag > "$tmp/head1.out"
check "enttag: a document's end releases a held headline, tagged as alone" \
	sh -c "head -n 1 '$tmp/headf.out' | cmp - '$tmp/head1.out'"
strip_tags < "$tmp/headf.out" > "$tmp/headf.rt"
check "enttag: a released headline: deleting the tags gives back the input" same "$tmp/headf.txt" "$tmp/headf.rt"
printf 'The NBA and NFL met in New York. OK. USA\n' > "$tmp/acr.txt"
run enttag "$tmp/acr.txt" > "$tmp/acr.out"
check "enttag: acronyms in a normal sentence" grep -q '^The <ORG>NBA</ORG> and <ORG>NFL</ORG> met in <LOC>New York</LOC>\. OK\. <LOC>USA</LOC>$' "$tmp/acr.out"

run enttag "$demo" | strip_tags > "$tmp/demo.rt"
check "enttag: deleting the tags gives back the demo article" same "$demo" "$tmp/demo.rt"
run enttag "$demo" > "$tmp/demo.out"
check "enttag: the demo article gets tags" grep -q '<PER>' "$tmp/demo.out"

run enttag -m "$model" "$demo" > "$tmp/demo-m.out"
check "enttag: -m with the shipped model equals the built-in one" same "$tmp/demo.out" "$tmp/demo-m.out"

# TSV: offsets into the file, text as in the file
run enttag -f tsv "$demo" > "$tmp/demo.tsv"
check "enttag: -f tsv has five columns" awk -F'\t' 'NF != 5 { exit 1 }' "$tmp/demo.tsv"
check "enttag: -f tsv types are PER ORG LOC MISC" \
	awk -F'\t' '$4 !~ /^(PER|ORG|LOC|MISC)$/ { exit 1 }' "$tmp/demo.tsv"
bad=0
while IFS='	' read -r f s e ty text; do
	got=$(dd if="$demo" bs=1 skip="$s" count=$((e - s)) 2> /dev/null)
	[ "$got" = "$text" ] || { echo "# $s $e '$got' != '$text'"; bad=1; }
done < "$tmp/demo.tsv"
check "enttag: -f tsv offsets point at the text" test "$bad" -eq 0
run enttag -f tsv --header "$demo" | head -n 1 > "$tmp/h"
check "enttag: --header names the columns" grep -q '^file	start	end	type	text$' "$tmp/h"
run enttag -f tsv < "$demo" | cut -f1 | sort -u > "$tmp/names"
check "enttag: standard input is named -" grep -qx -- - "$tmp/names"

run enttag -f json "$demo" > "$tmp/demo.json"
if [ -n "$PYTHON3" ] && command -v "$PYTHON3" > /dev/null 2>&1; then
	check "enttag: -f json is JSON Lines with file start end type text" "$PYTHON3" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    assert list(o) == ["file", "start", "end", "type", "text"], o' "$tmp/demo.json"
else
	skip "python3 not found"
fi
check "enttag: -f json has as many records as -f tsv" \
	test "$(wc -l < "$tmp/demo.json")" -eq "$(wc -l < "$tmp/demo.tsv")"

run enttag -f conll "$tmp/s.txt" > "$tmp/s.conll"
check "enttag: -f conll is token TAB tag" \
	awk -F'\t' 'NF == 0 { next } NF != 2 || $2 !~ /^(O|[BI]-(PER|ORG|LOC|MISC))$/ { exit 1 }' "$tmp/s.conll"
check "enttag: -f conll tags a person B- I-" \
	sh -c "grep -q '^Mary	B-PER$' '$tmp/s.conll' && grep -q '^Barra	I-PER$' '$tmp/s.conll'"
check "enttag: -f conll ends a sentence with a blank line" \
	sh -c "tail -n 1 '$tmp/s.conll' | grep -q '^$'"
# documents: -DOCSTART- before each, as enttag-train reads them (a file,
# a form feed line, a NUL with -z), so the output trains a model directly
printf 'Mary Barra met Tim Cook in Paris.\n\f\nThe Ford Motor Company hired Jane Smith.\n' > "$tmp/docs.txt"
run enttag -f conll "$tmp/docs.txt" "$tmp/s.txt" > "$tmp/docs.conll"
check "enttag: -f conll opens each document with -DOCSTART-" \
	test "$(grep -c '^-DOCSTART-	O$' "$tmp/docs.conll")" -eq 3
check "enttag: -f conll: -DOCSTART- first, then a blank line" \
	sh -c "head -n 2 '$tmp/docs.conll' | tr '\t\n' '_|' | grep -qx -- '-DOCSTART-_O||'"
printf 'Mary Barra met Tim Cook.\000Jane Smith went to Rome.\000' | run enttag -z -f conll > "$tmp/z.conll"
check "enttag -z -f conll: -DOCSTART- for each NUL-separated document" \
	test "$(grep -c '^-DOCSTART-' "$tmp/z.conll")" -eq 2
run enttag-train -i 1 -o "$tmp/docs.model" "$tmp/docs.conll" 2> "$tmp/docs.err"
check "enttag -f conll | enttag-train: trains, the documents kept" \
	grep -q ' 3 documents' "$tmp/docs.err"
run enttag-train --test -m "$model" "$tmp/docs.conll" > "$tmp/docs.score"
check "enttag -f conll | enttag-train --test: the tags read back" \
	grep -q '	ALL	100.00	100.00	100.00	' "$tmp/docs.score"

run enttag -t PER,LOC "$tmp/s.txt" > "$tmp/t.out"
check "enttag: -t keeps the types asked for" grep -q '<PER>Mary Barra</PER>' "$tmp/t.out"
check "enttag: -t drops the others" sh -c "! grep -q '<ORG>' '$tmp/t.out'"
run enttag -t PERSON < /dev/null > /dev/null 2>&1
check "enttag: -t with an unknown type exits 2" test $? -eq 2

printf 'General Motors\nMotors\nGeneral Motors said\n' > "$tmp/gaz.txt"
run enttag --gazetteer MISC:"$tmp/gaz.txt" "$tmp/s.txt" > "$tmp/g.out"
check "enttag: --gazetteer forces a type" grep -q '<MISC>General Motors</MISC>' "$tmp/g.out"
printf 'Shares in Motors rose.\n' | run enttag --gazetteer LOC:"$tmp/gaz.txt" > "$tmp/g2.out"
check "enttag: --gazetteer tags a one-word phrase" grep -q '<LOC>Motors</LOC>' "$tmp/g2.out"
printf 'The General Motors said they would.\n' | run enttag --gazetteer LOC:"$tmp/gaz.txt" > "$tmp/g3.out"
check "enttag: --gazetteer longest match wins" \
	grep -q '<LOC>General Motors said</LOC>' "$tmp/g3.out"
run enttag --gazetteer FOO:"$tmp/gaz.txt" < /dev/null > /dev/null 2>&1
check "enttag: --gazetteer with a bad type exits 2" test $? -eq 2
run enttag --gazetteer PER:"$tmp/none.txt" < /dev/null > /dev/null 2>&1
check "enttag: --gazetteer with a missing file exits 2" test $? -eq 2

# other filters' tags are kept and never crossed
printf '<PER>General Motors</PER> hired Mary Barra in <TIMEX3 tid="t1" type="DATE" value="2013-12">December 2013</TIMEX3>. <QUOTE speaker="Mary Barra">Detroit is home</QUOTE>, she said.\n' > "$tmp/tags.txt"
run enttag "$tmp/tags.txt" > "$tmp/tags.out"
check "enttag: an existing entity tag is kept as it is" \
	grep -q '^<PER>General Motors</PER> hired' "$tmp/tags.out"
check "enttag: TIMEX3 and QUOTE tags are kept" \
	grep -q '<TIMEX3 tid="t1" type="DATE" value="2013-12">December 2013</TIMEX3>' "$tmp/tags.out"
check "enttag: names inside a QUOTE are tagged" grep -q '<QUOTE speaker="Mary Barra"><LOC>Detroit</LOC>' "$tmp/tags.out"
strip_tags < "$tmp/tags.out" > "$tmp/tags.rt"
strip_tags < "$tmp/tags.txt" > "$tmp/tags.plain"
check "enttag: round trip with existing tags" same "$tmp/tags.plain" "$tmp/tags.rt"
printf '<PER>Detroit</PER> is a city in Michigan.\n' > "$tmp/raw.txt"
run enttag "$tmp/raw.txt" > "$tmp/raw1.out"
check "enttag: no tag is nested in an existing name" grep -q '^<PER>Detroit</PER> is' "$tmp/raw1.out"
run enttag --raw "$tmp/raw.txt" > "$tmp/raw.out"
check "enttag: --raw treats tags as text" grep -q '^<PER><LOC>Detroit</LOC></PER>' "$tmp/raw.out"

# sentsplit output, and sentsplit after enttag
if [ -x "$top_builddir/sentsplit" ]; then
	run sentsplit "$demo" > "$tmp/ss.txt"
	run enttag "$tmp/ss.txt" | strip_tags > "$tmp/ss.rt"
	check "enttag: round trip on sentsplit output" same "$tmp/ss.txt" "$tmp/ss.rt"
	run enttag "$demo" | run sentsplit | strip_tags > "$tmp/es.txt"
	check "enttag | sentsplit equals sentsplit" same "$tmp/ss.txt" "$tmp/es.txt"
else
	skip "sentsplit not built"
	skip "sentsplit not built"
fi

# documents: -z and form feeds pass through
printf 'Mary Barra left.\000Detroit won.\000' | run enttag -z > "$tmp/z.out"
check "enttag: -z keeps the NUL separators" \
	test "$(tr -cd '\000' < "$tmp/z.out" | wc -c)" -eq 2
printf 'Mary Barra left.\n\f\nDetroit won.\n' | run enttag | strip_tags > "$tmp/ff.out"
printf 'Mary Barra left.\n\f\nDetroit won.\n' > "$tmp/ff.txt"
check "enttag: a form feed line passes through" same "$tmp/ff.txt" "$tmp/ff.out"

# (each line out before the next comes in: tests/options.sh, on a pipe
# that stays open)
printf 'Barra left.\n' | run enttag --line-buffered > "$tmp/lb.out"
printf 'Barra left.\n' | run enttag > "$tmp/lb.want"
check "enttag: --line-buffered: the output of a run without it" \
	sh -c "test -s '$tmp/lb.out' && cmp -s '$tmp/lb.want' '$tmp/lb.out'"
run enttag --no-memory "$demo" | strip_tags > "$tmp/nm.rt"
check "enttag: --no-memory round trip" same "$demo" "$tmp/nm.rt"

LC_ALL=C.UTF-8 run enttag "$demo" > "$tmp/demo-u.out"
check "enttag: the same output under C.UTF-8" same "$tmp/demo.out" "$tmp/demo-u.out"
done_testing
