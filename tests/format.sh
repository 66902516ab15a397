#!/bin/sh
# The formatted part of the tree is as .clang-format formats it: every
# listed file, and every *.c and *.h under a listed directory (generated
# files, which say "do not edit", left out), equals clang-format's output.
# clang-format's layout changes between major versions, so the check needs
# clang-format 14 (the tree's; $CLANG_FORMAT, clang-format-14 or
# clang-format) and is skipped without it.
#
# Format a file with `clang-format -i FILE` (it finds .clang-format from
# the file's directory) and add its path here once it is clean.
formatted='
build-aux/gen-lexicon.c
common/buf.c common/buf.h
common/cli.c common/cli.h
common/driver.c common/driver.h
common/holdback.c common/holdback.h
common/input.c common/input.h
common/lexicon.c common/lexicon.h
common/markup.c common/markup.h
common/msg.c common/msg.h
common/output.c common/output.h
common/segment.c common/segment.h
common/segscan.c common/segscan.h
common/segdates.c
common/segstarts.c
common/segword.c common/segword.h
common/token.c common/token.h common/tokblock.h
common/tokspan.c common/tokspan.h
common/utf8.c common/utf8.h
common/xalloc.c common/xalloc.h
filters/datenorm
filters/enttag
filters/newsview
filters/quotepull
filters/sentsplit
tests/bench/icu-sentences.c
tests/datenorm
tests/enttag
tests/fuzz
tests/newsview
tests/quotepull
tests/unit
'
. "$top_srcdir/tests/lib.sh"

# cf: clang-format 14; found: another version seen
cf= found=
for c in ${CLANG_FORMAT:+"$CLANG_FORMAT"} clang-format-14 clang-format; do
	command -v "$c" > /dev/null 2>&1 || continue
	v=$("$c" --version 2> /dev/null |
		sed -n 's/.*clang-format version \([0-9]*\).*/\1/p')
	if [ "$v" = 14 ]; then
		cf=$c
		break
	fi
	found="$c, version ${v:-unknown}"
done
if [ -z "$cf" ]; then
	# a plan of 0 with a reason: the TAP driver's SKIP (exit 77 is an
	# ERROR under it)
	echo "1..0 # SKIP clang-format 14 not found${found:+ (found $found)}; apt-get install clang-format"
	exit 0
fi
cfg="$top_srcdir/.clang-format"

# the files under the list, one a line
list_files() {
	for p in $formatted; do
		if [ -d "$top_srcdir/$p" ]; then
			(cd "$top_srcdir" && find "$p" -type f \( -name '*.c' -o -name '*.h' \)) |
				sort | while read -r f; do
					head -n 1 "$top_srcdir/$f" | grep -q 'do not edit' ||
						echo "$f"
				done
		else
			echo "$p"
		fi
	done
}

list_files > "$tmp/files"
check "the formatted paths hold files" test -s "$tmp/files"
while read -r f; do
	if [ ! -f "$top_srcdir/$f" ]; then
		not_ok "$f: listed in tests/format.sh but missing"
		continue
	fi
	if "$cf" --style="file:$cfg" "$top_srcdir/$f" > "$tmp/fmt.out" 2> "$tmp/fmt.err" &&
		cmp -s "$top_srcdir/$f" "$tmp/fmt.out"; then
		ok "$f is formatted"
	else
		not_ok "$f is formatted (clang-format -i $f)"
		{
			cat "$tmp/fmt.err"
			diff -u "$top_srcdir/$f" "$tmp/fmt.out" | sed 1,2d
		} | head -20 | sed 's/^/# /'
	fi
done < "$tmp/files"
done_testing
