#!/bin/sh
# Manual pages: mandoc -Tlint clean, and every long option in --help is in
# the program's page.
. "$top_srcdir/tests/lib.sh"
for page in "$top_srcdir"/man/*.[17]; do
	if [ -z "$MANDOC" ]; then
		skip "mandoc not found"
		break
	fi
	check "mandoc -Tlint $(basename "$page")" "$MANDOC" -Tlint -W warning "$page"
done
for prog in sentsplit enttag enttag-train datenorm quotepull newsview; do
	[ -x "$top_builddir/$prog" ] || continue
	page="$top_srcdir/man/$prog.1"
	run "$prog" --help | grep -o -- '--[a-z][a-z-]*' | sort -u > "$tmp/opts"
	missing=
	while read -r o; do
		grep -q -- "$(printf '%s' "$o" | sed 's/^--//')" "$page" || missing="$missing $o"
	done < "$tmp/opts"
	check "$prog: every long option of --help is in $prog.1${missing:+ (missing:$missing)}" \
		test -z "$missing"
done
done_testing
