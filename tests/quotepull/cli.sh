#!/bin/sh
# quotepull: output formats, options, document state, the round trip.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/quotepull/gold"

printf '"We tried everything," said coach Tom Baker, "but the rain beat us."\n' > "$tmp/split.txt"
run quotepull "$tmp/split.txt" > "$tmp/out"
printf 'Tom Baker\tWe tried everything\nTom Baker\tbut the rain beat us.\n' > "$tmp/want"
check "default output: speaker TAB quote, split quote, trailing comma dropped" same "$tmp/want" "$tmp/out"

run quotepull -f tsv "$tmp/split.txt" > "$tmp/out"
printf '%s\t0\t22\tTom Baker\tWe tried everything\n%s\t45\t68\tTom Baker\tbut the rain beat us.\n' \
	"$tmp/split.txt" "$tmp/split.txt" > "$tmp/want"
check "-f tsv: file start end speaker quote, offsets with the marks" same "$tmp/want" "$tmp/out"

run quotepull -f tsv --header < "$tmp/split.txt" | head -n 2 > "$tmp/out"
printf 'file\tstart\tend\tspeaker\tquote\n-\t0\t22\tTom Baker\tWe tried everything\n' > "$tmp/want"
check "--header, and - for standard input" same "$tmp/want" "$tmp/out"

run quotepull -f json "$tmp/split.txt" > "$tmp/out"
check "-f json: cue verb" grep -q '"cue":"said"' "$tmp/out"
check "-f json: mention and its offsets" grep -q '"mention":"Tom Baker","mention_start":34,"mention_end":43' "$tmp/out"
check "-f json: kind" grep -q '"kind":"full"' "$tmp/out"
if [ -n "$PYTHON3" ]; then
	run quotepull -f json "$G"/wn*.txt > "$tmp/all.json"
	check "-f json: every line is a JSON object" "$PYTHON3" -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    assert set(["file", "start", "end", "speaker", "quote", "cue", "mention", "kind"]) <= set(o)
    n += 1
assert n > 10' "$tmp/all.json"
else
	skip "python3 not found"
fi

run quotepull -f inline "$tmp/split.txt" > "$tmp/out"
printf '<QUOTE speaker="Tom Baker">"We tried everything,"</QUOTE> said coach Tom Baker, <QUOTE speaker="Tom Baker">"but the rain beat us."</QUOTE>\n' > "$tmp/want"
check "-f inline wraps each quote" same "$tmp/want" "$tmp/out"

for f in "$G"/wn*.txt; do
	run quotepull -f inline "$f" | strip_tags > "$tmp/back"
	same "$f" "$tmp/back" > /dev/null || { not_ok "round trip: $(basename "$f")"; continue; }
done
ok "-f inline round trip: deleting the tags gives back each gold article"

printf 'Ann "Lee" O&apos;s said: "a <b> & \\"c\\" d is here"\n' > "$tmp/esc.txt"
run quotepull -f inline "$tmp/esc.txt" | strip_tags > "$tmp/back"
check "round trip with markup-like text" same "$tmp/esc.txt" "$tmp/back"

# pronouns and short names resolve within a document, never across
printf 'Huawei founder Ren Zhengfei spoke in Shenzhen.\n\n"We will survive," Ren said.\n\f\n"We will grow," Ren said.\n' > "$tmp/docs.txt"
run quotepull "$tmp/docs.txt" > "$tmp/out"
printf 'Ren Zhengfei\tWe will survive\n\f\nRen\tWe will grow\n' > "$tmp/want"
check "short mention resolved to the full name; state reset at a form feed" same "$tmp/want" "$tmp/out"
tr '\f' '\000' < "$tmp/docs.txt" | sed 's/^\x00$//' > /dev/null
printf 'Huawei founder Ren Zhengfei spoke.\n\n"We will survive," Ren said.\n\000"We will grow," Ren said.\n' > "$tmp/z.txt"
run quotepull -z "$tmp/z.txt" | tr '\000' '@' > "$tmp/out"
printf 'Ren Zhengfei\tWe will survive\n@Ren\tWe will grow\n' > "$tmp/want"
check "-z: NUL separates documents" same "$tmp/want" "$tmp/out"

# speakers from <PER> tags upstream (enttag | quotepull)
printf '"We will rebuild," said the mayor of Tumba, <PER>Kofi Mensah Boateng</PER>.\n' > "$tmp/tags.txt"
run quotepull "$tmp/tags.txt" > "$tmp/out"
printf 'Kofi Mensah Boateng\tWe will rebuild\n' > "$tmp/want"
check "<PER> tags give the speaker" same "$tmp/want" "$tmp/out"
printf '"The coating works," said researcher Man-ho <PER>Lam</PER>.\n\n"We tested it twice," <PER>Maria</PER> <MISC>Okonkwo</MISC> said.\n' | run quotepull > "$tmp/out"
printf 'Man-ho Lam\tThe coating works\nMaria Okonkwo\tWe tested it twice\n' > "$tmp/want"
check "a one-word <PER> tag takes the half of the name the tagger left out" same "$tmp/want" "$tmp/out"
# a headline's "says Polish minister": the minister the body names
printf "'The mines will close', says Polish minister\n\nEnergy Minister Ewa Nowak-Lis said on Monday that the last mines would close by 2030.\n" | run quotepull > "$tmp/out"
printf 'Ewa Nowak-Lis\tThe mines will close\n' > "$tmp/want"
check "a headline's speaker after a word qualifying the role" same "$tmp/want" "$tmp/out"
# "According to <PER>Dr. Reyes-Blanco</PER>" after the full name: the
# title the tag took in after a preposition is left out of the name, and
# its token is no mention (the scan after "according to" once ran on it
# for ever)
printf '"The data are clear," said Dr. <PER>Ana Reyes-Blanco</PER>, who led the study. According to <PER>Dr. Reyes-Blanco</PER>, the comet will be "bright enough to see by eye."\n' | run quotepull > "$tmp/out"
printf 'Ana Reyes-Blanco\tThe data are clear\nAna Reyes-Blanco\tbright enough to see by eye.\n' > "$tmp/want"
check "a title left out of a <PER> tag after a preposition is no mention" same "$tmp/want" "$tmp/out"
printf 'Le maire a dit : « Nous allons reconstruire le pont. »\n\n<PER>La</PER> ministre a déclaré : « Le pont rouvrira lundi. »\n\nEl alcalde dijo: "Vamos a reconstruir el puente."\n\nLe Pen said: "We will win."\n' | run quotepull > "$tmp/out"
printf 'Le maire\tNous allons reconstruire le pont.\nLa ministre\tLe pont rouvrira lundi.\nEl alcalde\tVamos a reconstruir el puente.\nLe Pen\tWe will win.\n' > "$tmp/want"
check "an article of another language opening the sentence is no name, tagged <PER> or not" same "$tmp/want" "$tmp/out"
# tags are evidence: a tagged word of a person named before is that
# person, a tag after "Minister of" is read with the title, "The" opens no
# organisation's name, "Members of the <ORG>" is no speaker's name
printf 'Former governor Mark Whitford left the race on Tuesday.\n\n<ORG>Whitford</ORG> backed his rival, <PER>Tom Reyes</PER>. "We must win in November," he said.\n\nChief Minister of <PER>Kerala Ravi Menon</PER> said, "The ferry will run again next week."\n\nOn Monday the <ORG>Harbour Board</ORG> ruled on the fees. <ORG>The Harbour Board</ORG> is the top port body. Above it is the <ORG>National Board</ORG> of <LOC>Norland</LOC>.\n\nThe five-member board found the fees "were set without any notice to the traders who pay them."\n\nMembers of the <ORG>City Council</ORG> walked out and held signs which read "closed" during the vote.\n' | run quotepull > "$tmp/out"
printf 'Mark Whitford\tWe must win in November\nRavi Menon\tThe ferry will run again next week.\nHarbour Board\twere set without any notice to the traders who pay them.\n' > "$tmp/want"
check "tags that cut or hide a name read as the text does" same "$tmp/want" "$tmp/out"
printf '"We will not back the plan," party leaders said.\n\nPolice and county officials said: "The road is closed."\n' | run quotepull > "$tmp/out"
printf 'party leaders\tWe will not back the plan\ncounty officials\tThe road is closed.\n' > "$tmp/want"
check "a group keeps the word that names it (\"party leaders\")" same "$tmp/want" "$tmp/out"
run quotepull -f tsv "$tmp/tags.txt" | cut -f2,3 > "$tmp/out"
printf '0\t18\n' > "$tmp/want"
check "-f tsv offsets count the input's tag bytes" same "$tmp/want" "$tmp/out"
run quotepull -f inline "$tmp/tags.txt" | strip_tags > "$tmp/back"
strip_tags < "$tmp/tags.txt" > "$tmp/want"
check "round trip with upstream tags" same "$tmp/want" "$tmp/back"
run quotepull -f inline "$tmp/tags.txt" | grep -q '<PER>Kofi Mensah Boateng</PER>'
check "-f inline keeps the upstream tags" test $? -eq 0
if [ -x "$top_builddir/enttag" ] && echo x | run enttag > /dev/null 2>&1; then
	run enttag "$G/wn2019_026.txt" | run quotepull > "$tmp/out"
	check "enttag | quotepull finds the speakers" grep -q "^Kelly Dittmar	" "$tmp/out"
else
	skip "enttag not built or not working"
fi

# a headline's speaker named only by a title waits for the body to name it
printf 'Minister says cuts "will not touch hospitals"\n\nSunday, May 3\n\nHealth minister Omar Said promised that the cuts "will not touch hospitals".\n' > "$tmp/head.txt"
run quotepull "$tmp/head.txt" > "$tmp/out"
printf 'Omar Said\twill not touch hospitals\nOmar Said\twill not touch hospitals\n' > "$tmp/want"
check "headline quote: the title resolved from the body" same "$tmp/want" "$tmp/out"
run quotepull -f inline "$tmp/head.txt" | strip_tags > "$tmp/back"
check "headline quote: -f inline keeps the order (round trip)" same "$tmp/head.txt" "$tmp/back"

# the speaker's canonical name, its kind and where the document writes it
printf 'Huawei founder Ren Zhengfei spoke.\n\n"We will survive," Ren said.\n' > "$tmp/canon.txt"
run quotepull -f json "$tmp/canon.txt" > "$tmp/out"
check "-f json: the canonical name and its offsets beside the mention's" grep -q \
	'"speaker":"Ren Zhengfei",.*"mention":"Ren","mention_start":55,"mention_end":58,.*"speaker_kind":"person","speaker_start":15,"speaker_end":27' "$tmp/out"
printf '"We want the park back," the protesters said.\n' | run quotepull -f json > "$tmp/out"
check "-f json: a group speaks as a group" grep -q '"speaker":"the protesters",.*"speaker_kind":"group"' "$tmp/out"

# --verbs adds speech verbs
printf 'chortled\n' > "$tmp/verbs"
printf '"Not today," Ann Lee chortled.\n' > "$tmp/v.txt"
run quotepull "$tmp/v.txt" > "$tmp/out"
check "a word that is no speech verb names no speaker" test "$(cut -f1 "$tmp/out")" = ""
run quotepull --verbs "$tmp/verbs" "$tmp/v.txt" > "$tmp/out"
printf 'Ann Lee\tNot today\n' > "$tmp/want"
check "--verbs FILE: its words are speech verbs" same "$tmp/want" "$tmp/out"
run quotepull --verbs "$tmp/none" < /dev/null 2> "$tmp/err"
check "--verbs with a missing file: status 2 and a message" sh -c "test $? -eq 2 && grep -q 'quotepull: .*none' '$tmp/err'"

# the examples of issue 19, as a user types them
printf 'Merkel said: \342\200\236We are satisfied.\342\200\234 The talks ended on Monday.\n' | run quotepull > "$tmp/out"
printf 'Merkel\tWe are satisfied.\n' > "$tmp/want"
check "German marks pair: the quote ends at its closing mark" same "$tmp/want" "$tmp/out"
printf 'He said: \302\253 We will win. \302\273\n' | run quotepull | cut -f2 > "$tmp/out"
printf 'We will win.\n' > "$tmp/want"
check "guillemets: the spaces inside the marks are no part of the quote" same "$tmp/want" "$tmp/out"
printf '"We won," Mary Smith said. "It'"'"'s over."\n' | run quotepull > "$tmp/out"
printf 'Mary Smith\tWe won\nMary Smith\tIt'"'"'s over.\n' > "$tmp/want"
check "a short quotation after one of the same speaker is a quotation" same "$tmp/want" "$tmp/out"
printf '<a href="https://example.com/a.b?x=1">Apple</a> chief Tim Cook said "We are proud of it."\n' |
	run quotepull > "$tmp/out"
printf 'Tim Cook\tWe are proud of it.\n' > "$tmp/want"
check "markup attribute values are no quotations" same "$tmp/want" "$tmp/out"
printf 'The so-called "border deal" was signed. Johnny "Shorty" Smith said "We will keep going."\n' |
	run quotepull > "$tmp/out"
printf 'Johnny Smith\tWe will keep going.\n' > "$tmp/want"
check "terms and nicknames in quotation marks are no quotations" same "$tmp/want" "$tmp/out"
if [ -x "$top_builddir/enttag" ] && echo x | run enttag > /dev/null 2>&1; then
	echo 'A man was shot on London Bridge on Friday. "I am in awe of the people who ran towards danger" tweeted Mayor of London Sadiq Khan.' |
		run enttag | run quotepull | cut -f1 > "$tmp/out"
	check "enttag | quotepull: a title of a place before a person gives the person" \
		test "$(cat "$tmp/out")" = "Sadiq Khan"
else
	skip "enttag not built or not working"
fi

# a quotation running over paragraphs is named when its last piece is
printf 'The plan came out on Monday.\n\n"The first part of it starts in May.\n\n"The second part follows in June," said Ann Lee, the mayor.\n' > "$tmp/run.txt"
run quotepull "$tmp/run.txt" > "$tmp/out"
printf 'Ann Lee\tThe first part of it starts in May.\nAnn Lee\tThe second part follows in June\n' > "$tmp/want"
check "a run of quoted paragraphs takes the speaker its last piece names" same "$tmp/want" "$tmp/out"
run quotepull -f inline "$tmp/run.txt" | strip_tags > "$tmp/back"
check "a run held back: -f inline keeps the order (round trip)" same "$tmp/run.txt" "$tmp/back"

# closed quoted paragraphs with no speaker near take the one the next names
printf 'Ann Lee spoke in May.\n\nThe club moved.\n\nThe fans stayed.\n\n"It was hard. We trained every day."\n\n"We won," said Tom Greene, the coach.\n' > "$tmp/qrun.txt"
run quotepull "$tmp/qrun.txt" > "$tmp/out"
printf 'Tom Greene\tIt was hard. We trained every day.\nTom Greene\tWe won\n' > "$tmp/want"
check "a quoted paragraph with no speaker near takes the one the next paragraph names" same "$tmp/want" "$tmp/out"
run quotepull -f inline "$tmp/qrun.txt" | strip_tags > "$tmp/back"
check "a quoted paragraph held back: -f inline keeps the order (round trip)" same "$tmp/qrun.txt" "$tmp/back"
printf '"It was hard. We trained every day."\n\nTom Greene left the club.\n' | run quotepull > "$tmp/out"
printf '\tIt was hard. We trained every day.\n' > "$tmp/want"
check "a quoted paragraph is not given the name of a paragraph after that quotes nobody" same "$tmp/want" "$tmp/out"

# a description speaks as written; an age finds the person of that age
printf '"We will sue," said the landlord.\n\nKarl Olsen, 45, was arrested on Monday.\n\n"I am innocent," the 45-year-old said.\n' > "$tmp/desc.txt"
run quotepull "$tmp/desc.txt" > "$tmp/out"
printf 'the landlord\tWe will sue\nKarl Olsen\tI am innocent\n' > "$tmp/want"
check "a description no lexicon knows is the speaker; \"the 45-year-old\" the person of that age" same "$tmp/want" "$tmp/out"
printf 'Police arrested 45-year-old Karl Olsen and questioned Ann Lee.\n\n"I am innocent," said the 45-year-old.\n' | run quotepull > "$tmp/out"
printf 'Karl Olsen\tI am innocent\n' > "$tmp/want"
check "an age before a name: \"said the 45-year-old\" gives the person" same "$tmp/want" "$tmp/out"

# scare quotes and titles are not quotations
printf 'The film "Long Road Home" opened, and its new "smart" meters were criticised.\n' > "$tmp/scare.txt"
run quotepull "$tmp/scare.txt" > "$tmp/out"
check "scare quotes and titles give no output, status 0" test ! -s "$tmp/out"

# an <ORG> tag holding the name of a person tagged before is that person
printf '<PER>Teyla Varosh</PER> won the open on Monday.\n\n<PER>Behrad Kashani</PER>, the federation'"'"'s president, explained the ban.\n\n<ORG>Coach Teyla Varosh</ORG> grew up in <LOC>Tabriz</LOC>. She said the game was "a way out of a small town" for her.\n' | run quotepull > "$tmp/out"
printf 'Teyla Varosh\ta way out of a small town\n' > "$tmp/want"
check "an <ORG> tag ending in the name of a person tagged before is the person" same "$tmp/want" "$tmp/out"

# the participles of speech verbs are cues: ", screaming "…""
printf 'Tom Baker held a rally in Leeds, screaming "We will never give up!" The crowd cheered.\n' | run quotepull -f json > "$tmp/out"
grep -q '"speaker":"Tom Baker".*"cue":"screaming"' "$tmp/out"
check "a participle of a speech verb (\"screaming\") is the cue" test $? -eq 0

# the text of a sign and a name after "the title" are no quotations
printf 'Marchers carried a banner from Our Vote saying "let the people decide" and signs that read "No more cuts". She won the title "Grand Master" in May. "We will be back," said organiser Ann Lee.\n' | run quotepull > "$tmp/out"
printf 'Ann Lee\tWe will be back\n' > "$tmp/want"
check "sign texts (\"a banner saying\", \"signs that read\") and \"the title\" are no quotations" same "$tmp/want" "$tmp/out"

run quotepull -f conll < /dev/null 2> "$tmp/err"
check "-f with a format quotepull lacks is a usage error" test $? -eq 2
run quotepull --help | grep -q -- '--format' 
check "--help lists --format" test $? -eq 0

if [ -n "$MANDOC" ]; then
	check "quotepull.1 is mandoc -Tlint clean" "$MANDOC" -Tlint -W warning "$top_srcdir/man/quotepull.1"
else
	skip "mandoc not found"
fi
done_testing
