#!/bin/sh
# enttag-train: training is deterministic, models load, bad CoNLL input is
# reported with its file and line
. "$top_srcdir/tests/lib.sh"

# a tiny corpus: a few sentences, written out several times
{
	printf -- '-DOCSTART-\tO\n\n'
	for i in 1 2 3 4 5 6 7 8; do
		printf 'Mary\tB-PER\nBarra\tI-PER\njoined\tO\nGeneral\tB-ORG\nMotors\tI-ORG\nin\tO\nDetroit\tB-LOC\n.\tO\n\n'
		printf 'The\tO\nGerman\tB-MISC\nfirm\tO\nSiemens\tB-ORG\nhired\tO\nJohn\tB-PER\nSmith\tI-PER\n.\tO\n\n'
		printf 'He\tO\nflew\tO\nto\tO\nParis\tB-LOC\nand\tO\nthen\tO\nto\tO\nBerlin\tB-LOC\n.\tO\n\n'
	done
} > "$tmp/tiny.bio"
printf 'Paris\nBerlin\n' > "$tmp/cities.txt"

run enttag-train -q -i 3 -s 7 -l city:"$tmp/cities.txt" -o "$tmp/a.model" "$tmp/tiny.bio"
check "enttag-train: trains a model" test -s "$tmp/a.model"
run enttag-train -q -i 3 -s 7 -l city:"$tmp/cities.txt" -o "$tmp/b.model" "$tmp/tiny.bio"
check "enttag-train: the same seed gives the same model" cmp "$tmp/a.model" "$tmp/b.model"
run enttag-train -q -i 3 -s 7 -l city:"$tmp/cities.txt" -o "$tmp/c.model" - < "$tmp/tiny.bio"
check "enttag-train: reads standard input as -" cmp "$tmp/a.model" "$tmp/c.model"
run enttag-train "$tmp/tiny.bio" -q -i 3 -s 7 -l city:"$tmp/cities.txt" -o "$tmp/d.model"
check "enttag-train: options may follow the files" cmp "$tmp/a.model" "$tmp/d.model"

printf 'Mary Barra joined General Motors in Detroit.\n' > "$tmp/s.txt"
run enttag -m "$tmp/a.model" "$tmp/s.txt" > "$tmp/s.out"
check "enttag: -m uses a trained model" grep -q '<PER>Mary Barra</PER>' "$tmp/s.out"
run enttag-train --test -m "$tmp/a.model" "$tmp/tiny.bio" > "$tmp/score.out"
check "enttag-train --test scores a model" \
	grep -q "tiny.bio	ALL	100.00	100.00	100.00	64	64" "$tmp/score.out"
run enttag-train -q -i 2 -p MISC:"$tmp/tiny.bio" -o "$tmp/p.model" "$tmp/tiny.bio"
check "enttag-train: --partial trains" test -s "$tmp/p.model"
tr 'A-Z' 'a-z' < "$tmp/tiny.bio" | sed 's/\tb-/\tB-/; s/\ti-/\tI-/; s/\to$/\tO/; s/-per$/-PER/; s/-org$/-ORG/; s/-loc$/-LOC/; s/-misc$/-MISC/; s/^-docstart-/-DOCSTART-/' > "$tmp/lower.bio"
run enttag-train -q -i 2 -c "$tmp/lower.bio" -o "$tmp/c1.model" "$tmp/tiny.bio"
check "enttag-train: --case-blind trains" test -s "$tmp/c1.model"
run enttag-train -q -i 2 -r 2 -U 3 -b "$tmp/lower.bio" -o "$tmp/r1.model" "$tmp/tiny.bio"
run enttag-train -q -i 2 -r 2 -U 3 -b "$tmp/lower.bio" -o "$tmp/r2.model" "$tmp/tiny.bio"
check "enttag-train: --runs, --upper, --lexicon-bio are deterministic" cmp "$tmp/r1.model" "$tmp/r2.model"
# -U: a part of the model of its own for all-caps sentences, flagged in
# the header (byte 44), and -K keeps that part's strongest features
flag() { od -An -tu1 -j44 -N1 "$1" | tr -d ' '; }
run enttag-train -q -i 3 -U 1 -o "$tmp/u.model" "$tmp/tiny.bio"
check "enttag-train -U: the model has an all-caps part" test "$(flag "$tmp/u.model")" = 1
check "enttag-train: without -U the model has none" test "$(flag "$tmp/a.model")" = 0
printf 'JOHN SMITH FLEW TO BERLIN AND THEN TO PARIS .\n' |
	run enttag -m "$tmp/u.model" > "$tmp/u.out"
check "enttag: the all-caps part tags a sentence in capitals" \
	grep -qx '<PER>JOHN SMITH</PER> FLEW TO <LOC>BERLIN</LOC> AND THEN TO <LOC>PARIS</LOC> \.' "$tmp/u.out"
# -T: title-case copies of documents ("Mary Barra Joined General Motors")
# join the training data of the normal part
run enttag-train -q -i 3 -s 7 -l city:"$tmp/cities.txt" -T 1 -o "$tmp/t1.model" "$tmp/tiny.bio"
run enttag-train -q -i 3 -s 7 -l city:"$tmp/cities.txt" -T 1 -o "$tmp/t2.model" "$tmp/tiny.bio"
check "enttag-train -T: deterministic" cmp "$tmp/t1.model" "$tmp/t2.model"
check "enttag-train -T: the title-case copies change the model" \
	sh -c '! cmp -s "$1" "$2"' sh "$tmp/a.model" "$tmp/t1.model"
check "enttag-train -T: without an all-caps part" test "$(flag "$tmp/t1.model")" = 0
run enttag-train -q -T x -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train -T: a bad count is refused" grep -q "document count" "$tmp/err"
run enttag-train -q -i 3 -U 1 -K 5 -o "$tmp/k5.model" "$tmp/tiny.bio"
check "enttag-train -K: fewer all-caps features, a smaller model" \
	test "$(wc -c < "$tmp/k5.model")" -lt "$(wc -c < "$tmp/u.model")"
# the shipped model is the one its recipe records (train-model.sh)
recorded=$(sed -n 's/^model_sha256=//p' "$top_srcdir/filters/enttag/train-model.sh")
shipped=$(sha256sum < "$top_srcdir/filters/enttag/en.model" | cut -d ' ' -f 1)
check "en.model is the model train-model.sh records" test "$recorded" = "$shipped"
# and the data and lexicons are those it was made from (make model would
# remake it byte for byte; a list of lex/ edited without a new model fails)
if have_shared; then
	check "en.model was made from today's data and lex/ (make model)" \
		sh "$top_srcdir/filters/enttag/train-model.sh" --check-inputs \
		"$shared_data/enttag" "$top_srcdir/filters/enttag/lex"
else
	skip "no ../shared: the inputs of en.model are not checked"
fi
run enttag-train -q -K 0 -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: -K 0 is a usage error" test $? -eq 2
run enttag-train -q -F -5 -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: a negative -F is a usage error" test $? -eq 2
run enttag-train --test -m "$tmp/r1.model" -o "$tmp/dump.txt" "$tmp/tiny.bio" > /dev/null
check "enttag-train --test -o writes token, gold and predicted tags" \
	grep -q '^Mary	B-PER	B-PER$' "$tmp/dump.txt"

# word clusters: enttag-clusters is deterministic, --clusters trains
awk -F'\t' 'NF == 0 { print l; l = ""; next } { l = l " " $1 }' "$tmp/tiny.bio" > "$tmp/tiny.txt"
run enttag-clusters -m 2 4 8 "$tmp/tiny.txt" > "$tmp/cl1.tsv" 2> /dev/null
run enttag-clusters -m 2 4 8 "$tmp/tiny.txt" > "$tmp/cl2.tsv" 2> /dev/null
check "enttag-clusters: word TAB class TAB class, deterministic" \
	sh -c "grep -q '^Paris	[1-4]	[1-8]\$' '$tmp/cl1.tsv' && cmp '$tmp/cl1.tsv' '$tmp/cl2.tsv'"
run enttag-train -q -i 2 -C "$tmp/cl1.tsv" -o "$tmp/k.model" "$tmp/tiny.bio"
run enttag -m "$tmp/k.model" "$tmp/s.txt" > "$tmp/k.out"
check "enttag-train: --clusters trains a model enttag loads" grep -q '<LOC>Detroit</LOC>' "$tmp/k.out"
printf 'Paris\t1\t999\n' > "$tmp/badcl.tsv"
run enttag-train -q -i 1 -C "$tmp/badcl.tsv" -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: a bad cluster file: FILE:LINE: message" \
	grep -q "^enttag-train: .*badcl.tsv:1: bad cluster numbers" "$tmp/err"

# case-blind clusters of word vectors: enttag-vclusters is deterministic,
# --lower-clusters trains, and the clusters change the model
printf '8 3\nparis 1 0.1 0\nberlin 0.9 0.2 0\ndetroit 0.8 0 0.1\nmary 0 1 0.1\njohn 0.1 0.9 0\nbarra 0 0.8 0.2\nmotors 0 0 1\nsiemens 0.1 0 0.9\n' > "$tmp/vec.txt"
run enttag-vclusters -i 5 2 3 4 "$tmp/vec.txt" > "$tmp/lcl1.tsv" 2> /dev/null
run enttag-vclusters -i 5 2 3 4 - < "$tmp/vec.txt" > "$tmp/lcl2.tsv" 2> /dev/null
check "enttag-vclusters: word TAB class TAB class TAB class, deterministic" \
	sh -c "test \$(grep -c '^[a-z]*	[1-2]	[1-3]	[1-4]\$' '$tmp/lcl1.tsv') -eq 8 && cmp '$tmp/lcl1.tsv' '$tmp/lcl2.tsv'"
check "enttag-vclusters: words of one class share it" \
	sh -c "test \"\$(grep -E '^(paris|berlin)	' '$tmp/lcl1.tsv' | cut -f 2 | sort -u | wc -l)\" -eq 1"
printf 'paris 1 0\nberlin 1\n' > "$tmp/badvec.txt"
run enttag-vclusters 2 2 2 "$tmp/badvec.txt" > /dev/null 2> "$tmp/err"
check "enttag-vclusters: a short vector: FILE:LINE: message" \
	grep -q "badvec.txt:2: 1 numbers where the first line had 2" "$tmp/err"
run enttag-train -q -i 2 -L "$tmp/lcl1.tsv" -o "$tmp/l.model" "$tmp/tiny.bio"
run enttag -m "$tmp/l.model" "$tmp/s.txt" > "$tmp/l.out"
check "enttag-train: --lower-clusters trains a model enttag loads" grep -q '<LOC>Detroit</LOC>' "$tmp/l.out"
run enttag-train -q -i 2 -o "$tmp/nol.model" "$tmp/tiny.bio"
check "enttag-train: --lower-clusters changes the model" sh -c "! cmp -s '$tmp/l.model' '$tmp/nol.model'"
printf 'paris\t1\t2\t3\nberlin\t1\t2\n' > "$tmp/badlcl.tsv"
run enttag-train -q -i 1 -L "$tmp/badlcl.tsv" -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: a bad case-blind cluster file: FILE:LINE: message" \
	grep -q "^enttag-train: .*badlcl.tsv:2: bad cluster numbers" "$tmp/err"
printf 'paris\t1\t2\t4096\n' > "$tmp/badlcl.tsv"
run enttag-train -q -i 1 -L "$tmp/badlcl.tsv" -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: a case-blind class out of range: FILE:LINE: message" \
	grep -q "^enttag-train: .*badlcl.tsv:1: bad cluster numbers" "$tmp/err"

# lowerwords.awk -v clusters: the unseen words of a class seen as common
# words are common words; a class of names never seen is not such a class
printf 'sodium\t1\t1\t1\npotassium\t1\t1\t1\ncalcium\t1\t1\t1\nchloride\t1\t1\t1\niodine\t1\t1\t1\nsalt\t1\t1\t1\njunta\t1\t2\t2\nousted\t1\t2\t2\nabacha\t1\t2\t2\npatasse\t1\t2\t2\nconte\t1\t2\t2\nbatista\t1\t2\t2\nmobutu\t1\t2\t2\n' > "$tmp/lcl.tsv"
{
	for w in sodium potassium calcium chloride junta ousted; do
		printf 'The\n%s\nrose\n\n' "$w"
	done
	printf 'The\nSalt\nrose\n\nA\nSalt\nrose\n\nA\nsalt\nrose\n\n'
} > "$tmp/lcl.tok"
awk -v clusters="$tmp/lcl.tsv" -f "$top_srcdir/filters/enttag/lowerwords.awk" \
    "$tmp/lcl.tok" | LC_ALL=C sort -u > "$tmp/lcl.out"
printf 'calcium\nchloride\niodine\npotassium\nrose\nsodium\n' > "$tmp/lcl.exp"
check "lowerwords.awk: unseen words of common-word classes, not of names" \
	cmp "$tmp/lcl.out" "$tmp/lcl.exp"

# bad input: file and line in the message, exit 2
printf 'Mary\tB-PER\nBarra\n' > "$tmp/bad1.bio"
run enttag-train -q -o "$tmp/x.model" "$tmp/bad1.bio" 2> "$tmp/err"
check "enttag-train: a line without a tag exits 2" test $? -eq 2
check "enttag-train: a line without a tag: FILE:LINE: message" \
	grep -q "^enttag-train: .*bad1.bio:2: expected a token and a tag" "$tmp/err"
printf 'Mary\tB-PER\n\nParis\tB-CITY\n' > "$tmp/bad2.bio"
run enttag-train -q -o "$tmp/x.model" "$tmp/bad2.bio" 2> "$tmp/err"
check "enttag-train: an unknown type exits 2" test $? -eq 2
check "enttag-train: an unknown type: FILE:LINE: message" \
	grep -q "^enttag-train: .*bad2.bio:3: unknown entity type" "$tmp/err"
printf 'Mary\tX-PER\n' > "$tmp/bad3.bio"
run enttag-train -q -o "$tmp/x.model" "$tmp/bad3.bio" 2> "$tmp/err"
check "enttag-train: a bad tag: FILE:LINE: message, exit 2" \
	grep -q "^enttag-train: .*bad3.bio:1: bad tag 'X-PER'" "$tmp/err"
printf 'Mary\tB-PER\r\nBarra\tI-PER\r\n\r\n' > "$tmp/crlf.bio"
run enttag-train -q -i 1 -o "$tmp/x.model" "$tmp/crlf.bio"
check "enttag-train: CRLF CoNLL is fine" test $? -eq 0
: > "$tmp/empty.bio"
run enttag-train -q -o "$tmp/x.model" "$tmp/empty.bio" 2> "$tmp/err"
check "enttag-train: no training data exits 2" test $? -eq 2
run enttag-train -q -o "$tmp/x.model" "$tmp/no-such.bio" 2> "$tmp/err"
check "enttag-train: a missing file exits 2" test $? -eq 2
check "enttag-train: a missing file is named" grep -q "no-such.bio: No such file" "$tmp/err"
run enttag-train -q "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: no -o is a usage error" test $? -eq 2
check "enttag-train: a usage error says Try --help" grep -q "Try 'enttag-train --help'" "$tmp/err"
run enttag-train -q -o /dev/full "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: a write error exits 2" test $? -eq 2
run enttag-train --test -m "$tmp/bad1.bio" "$tmp/tiny.bio" > /dev/null 2> "$tmp/err"
check "enttag-train --test: a bad model exits 2" test $? -eq 2
run enttag-train -x -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: an unknown option is a usage error" test $? -eq 2
check "enttag-train: an unknown option is named" grep -q "invalid option -- 'x'" "$tmp/err"
run enttag-train -q -i 3 -f text -o "$tmp/x.model" "$tmp/tiny.bio" 2> "$tmp/err"
check "enttag-train: the filters' -f is no option of it" test $? -eq 2
run enttag-train --help > "$tmp/help"
check "enttag-train: --help" grep -q "Usage: enttag-train" "$tmp/help"
run enttag-train --version > "$tmp/version"
check "enttag-train: --version names the package" grep -q newsutils "$tmp/version"
done_testing
