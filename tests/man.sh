#!/bin/sh
# Manual pages: mandoc -Tlint clean, and each program's page agrees with
# its --help: every option of --help has an entry in the page's OPTIONS
# list (.It Fl ...), with the same short and long names and the same
# argument, and is in the SYNOPSIS; every option of the page's list is in
# --help.
. "$top_srcdir/tests/lib.sh"
for page in "$top_srcdir"/man/*.[17]; do
	if [ -z "$MANDOC" ]; then
		skip "mandoc not found"
		break
	fi
	check "mandoc -Tlint $(basename "$page")" "$MANDOC" -Tlint -W warning "$page"
done

# help_opts: --help's option lines as "-s arg" and "--long=arg" (or "-s",
# "--long"), the argument in lower case, one a line
help_opts() {
	awk '/^ +-/ {
		line = $0
		sub(/^ +/, "", line)
		short = ""
		if (line ~ /^-[A-Za-z0-9],/) {
			short = substr(line, 1, 2)
			line = substr(line, 4)
			sub(/^ +/, "", line)
		}
		if (line !~ /^--/) {
			if (short != "")
				print short
			next
		}
		split(line, w, " ")
		long = w[1]
		arg = ""
		if (index(long, "=") > 0) {
			arg = substr(long, index(long, "=") + 1)
			long = substr(long, 1, index(long, "=") - 1)
		}
		arg = tolower(arg)
		if (short != "")
			print short (arg != "" ? " " arg : "")
		print long (arg != "" ? "=" arg : "")
	}' | sort -u
}

# mdoc_text: the options of mdoc lines as text: "Fl f Ar format" is
# "-f format", "Fl -ref Ns = Ns Ar date" is "--ref=date", "Ar type : Ns Ar
# file" is "type:file"
mdoc_text() {
	sed -e 's/^\.Fl /-/' -e 's/^\.[A-Z][a-z] //' -e 's/ Ns = Ns /=/g' -e 's/ : Ns /:/g' \
		-e 's/Ns = Ns /=/g' -e 's/Fl /-/g' -e 's/Ar //g' -e 's/Op //g' \
		-e 's/ Ns //g' -e 's/ Ns$//'
}

# page_opts PAGE: the options of the .It Fl entries of its OPTIONS list
page_opts() {
	awk '/^\.Sh / { on = ($2 == "OPTIONS") } on && /^\.It Fl / { print }' "$1" |
		mdoc_text | awk '{
			n = split($0, part, / , /)
			for (i = 1; i <= n; i++) {
				p = part[i]
				sub(/^ +/, "", p)
				sub(/ +$/, "", p)
				if (p ~ /^-/)
					print p
			}
		}' | sort -u
}

# the page's SYNOPSIS, as text, one word a line
synopsis_words() {
	awk '/^\.Sh / { on = ($2 == "SYNOPSIS") } on && !/^\.Sh/' "$1" |
		mdoc_text | tr ' ' '\n' | grep .
}

for prog in sentsplit enttag enttag-train datenorm quotepull newsview; do
	[ -x "$top_builddir/$prog" ] || continue
	page="$top_srcdir/man/$prog.1"
	run "$prog" --help | help_opts > "$tmp/help.opts"
	page_opts "$page" > "$tmp/page.opts"
	missing=$(comm -23 "$tmp/help.opts" "$tmp/page.opts" | tr '\n' ' ')
	check "$prog: every option of --help, with its argument, is in the OPTIONS of $prog.1${missing:+ (missing: $missing)}" \
		test -z "$missing"
	extra=$(comm -13 "$tmp/help.opts" "$tmp/page.opts" | tr '\n' ' ')
	check "$prog: every option in the OPTIONS of $prog.1 is in --help${extra:+ (not in --help: $extra)}" \
		test -z "$extra"

	# the SYNOPSIS: "-f format" (or "--format=format" when there is no short
	# name), a flag without argument alone or in a cluster (-elqz)
	synopsis_words "$page" > "$tmp/syn.words"
	tr '\n' ' ' < "$tmp/syn.words" > "$tmp/syn.line"
	nosyn=
	# every option as the SYNOPSIS should show it
	run "$prog" --help | awk '/^ +-/ {
		line = $0; sub(/^ +/, "", line)
		split(line, w, " ")
		if (line ~ /^-[A-Za-z0-9],/) {
			arg = ""
			if (index(w[2], "=") > 0)
				arg = tolower(substr(w[2], index(w[2], "=") + 1))
			print substr(line, 2, 1) "\t" arg
		} else if (w[1] != "--help" && w[1] != "--version") {
			if (index(w[1], "=") > 0)
				w[1] = substr(w[1], 1, index(w[1], "=")) \
				    tolower(substr(w[1], index(w[1], "=") + 1))
			print w[1] "\t"
		}
	}' > "$tmp/syn.want"
	while IFS='	' read -r o arg; do
		case $o in
		--*)
			grep -qx -- "$o" "$tmp/syn.words"
			;;
		*)
			if [ -n "$arg" ]; then
				grep -q -- "-$o $arg " "$tmp/syn.line"
			else
				grep -q -- "^-[A-Za-z0-9]*$o[A-Za-z0-9]*\$" "$tmp/syn.words"
			fi
			;;
		esac || nosyn="$nosyn -${o#-}${arg:+ $arg}"
	done < "$tmp/syn.want"
	check "$prog: every option of --help is in the SYNOPSIS of $prog.1${nosyn:+ (missing:$nosyn)}" \
		test -z "$nosyn"
done
done_testing
