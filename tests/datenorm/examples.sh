#!/bin/sh
# datenorm: the examples at the head of each rule family
# (filters/datenorm/rules/*.c) are what the program does.  An example line
# in a file's opening comment reads
#	TEXT<TAB>...<TAB>TYPE VALUE
# with the anchor Thursday 2013-05-09; the expression is the part of TEXT
# in [brackets], or all of it.
. "$top_srcdir/tests/lib.sh"
for f in "$top_srcdir"/filters/datenorm/rules/*.c; do
	# the examples are in the file's first comment
	sed -n '1,/\*\//p' "$f" |
	    sed -n -E "s#^ \\*	([^	]+)	+(DATE|TIME|DURATION|SET) ([^ ]+)\$#$(basename "$f")	\\1	\\2	\\3#p"
done > "$tmp/examples"
check "the rule files hold examples" test -s "$tmp/examples"
while IFS='	' read -r file text type value; do
	span=$(printf '%s' "$text" | sed 's/.*\[\(.*\)\].*/\1/')
	input=$(printf '%s' "$text" | tr -d '[]')
	got=$(printf '%s\n' "$input" | run datenorm -f tsv --ref 2013-05-09 |
	    awk -F '\t' -v s="$span" '$6 == s { print $4 " " $5 }')
	check "$file: $text -> $type $value" test "$got" = "$type $value"
	[ "$got" = "$type $value" ] || echo "# got: ${got:-nothing}"
done < "$tmp/examples"
done_testing
