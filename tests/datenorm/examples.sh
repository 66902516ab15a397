#!/bin/sh
# datenorm: the examples at the head of each rule family
# (filters/datenorm/rules/*.c) are what the program does.  An example line
# in a file's opening comment reads
#	TEXT<TAB>...<TAB>TYPE VALUE [MOD]
# with the anchor Thursday 2013-05-09; the expression is the part of TEXT
# in [brackets], or all of it.
. "$top_srcdir/tests/lib.sh"
for f in "$top_srcdir"/filters/datenorm/rules/*.c; do
	# the examples are in the file's first comment
	sed -n '1,/\*\//p' "$f" |
	    sed -n -E "s#^ \\*	([^	]+)	+(DATE|TIME|DURATION|SET) ([^ ]+)( ([A-Z_]+))?\$#$(basename "$f")	\\1	\\2 \\3\\4#p"
done > "$tmp/examples"
check "the rule files hold examples" test -s "$tmp/examples"
while IFS='	' read -r file text want; do
	span=$(printf '%s' "$text" | sed 's/.*\[\(.*\)\].*/\1/')
	input=$(printf '%s' "$text" | tr -d '[]')
	# TYPE VALUE [MOD] from the JSON record of the span
	got=$(printf '%s\n' "$input" | run datenorm -f jsonl --ref 2013-05-09 |
	    grep -F "\"text\":\"$span\"" |
	    sed -E 's/.*"type":"([^"]*)","value":"([^"]*)".*/\1 \2 &/;
		s/ \{.*"mod":"([^"]*)".*/ \1/; s/ \{.*//')
	check "$file: $text -> $want" test "$got" = "$want"
	[ "$got" = "$want" ] || echo "# got: ${got:-nothing}"
done < "$tmp/examples"
done_testing
