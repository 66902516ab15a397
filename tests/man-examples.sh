#!/bin/sh
# The manual's examples are tests: every EXAMPLES display that starts with
# "$ echo" or "$ printf" (so needs no file of the reader's) and shows its
# output is run with the built programs first in PATH (each "$ " line a
# command, a line ending in | or \ continued), and its output must be what
# the page prints, white space aside (the page wraps long lines).
. "$top_srcdir/tests/lib.sh"
bin=$(cd "$top_builddir" && pwd)
n=0
for page in "$top_srcdir"/man/*.[17]; do
	pg=$(basename "$page")
	rm -f "$tmp"/ex.*
	# one ex.K.cmd and ex.K.want per display; mdoc escapes undone
	awk -v dir="$tmp" '
	/^\.Sh / { inex = ($2 == "EXAMPLES") }
	!inex { next }
	/^\.Bd -literal/ { bd = 1; k++; lines = 0; next }
	/^\.Ed/ {
		bd = 0
		if (lines > 0 && cmd[1] ~ /^\$ (echo|printf) /) {
			cont = 0
			for (i = 1; i <= lines; i++) {
				l = cmd[i]
				if (cont || l ~ /^\$ /) {
					sub(/^\$ /, "", l)
					print l > (dir "/ex." k ".cmd")
					cont = (l ~ /[|\\]$/)
				} else {
					print l > (dir "/ex." k ".want")
				}
			}
		}
		next
	}
	bd {
		l = $0
		gsub(/\\\(aq/, "\047", l); gsub(/\\\(dq/, "\"", l)
		gsub(/\\&/, "", l); gsub(/\\-/, "-", l); gsub(/\\e/, "\\", l)
		cmd[++lines] = l
	}' "$page"
	for c in "$tmp"/ex.*.cmd; do
		[ -e "$c" ] || continue
		w=${c%.cmd}.want
		[ -e "$w" ] || continue
		n=$((n + 1))
		mkdir -p "$tmp/work"
		(cd "$tmp/work" && PATH="$bin:$PATH" sh "$c") > "$tmp/got" 2>&1
		tr -d ' \t\n' < "$tmp/got" > "$tmp/got.flat"
		tr -d ' \t\n' < "$w" > "$tmp/want.flat"
		check "$pg: example \"$(head -n 1 "$c" | cut -c1-50)\" prints what the page shows" \
			sh -c "cmp -s '$tmp/got.flat' '$tmp/want.flat' || { cat '$c'; echo '# got:'; cat '$tmp/got'; exit 1; }"
	done
done
check "the manual has examples that are tests ($n)" test "$n" -gt 0
done_testing
