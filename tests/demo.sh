#!/bin/sh
# demo.sh BUILDDIR ARTICLE -- the main job on the bundled sample article:
# every filter built so far, piped together.  Fails when any stage fails
# or the output is empty: each stage writes a file, so that its exit
# status is seen (POSIX sh has no pipefail).
b=$1 a=$2
ref=2019-01-04	# the article's publication date
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nu-demo.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

have() {
	[ -x "$b/$1" ]
}

# pipeline STAGE... -- the article through each STAGE in turn ("enttag",
# "datenorm --ref 2019-01-04"), printed under a "== A | B" heading
pipeline() {
	echo "== $(printf '%s | ' "$@" | sed 's/ | $//')"
	cp "$a" "$tmp/in"
	for stage; do
		prog=${stage%% *}
		args=${stage#"$prog"}
		# shellcheck disable=SC2086
		"$b/$prog" $args < "$tmp/in" > "$tmp/out"
		rc=$?
		if [ "$rc" -ne 0 ]; then
			echo "demo: $prog failed (exit status $rc)" >&2
			exit 1
		fi
		mv "$tmp/out" "$tmp/in"
	done
	if ! [ -s "$tmp/in" ]; then
		echo "demo: no output" >&2
		exit 1
	fi
	cat "$tmp/in"
}

if have enttag && have datenorm; then
	pipeline sentsplit enttag "datenorm --ref $ref"
elif have enttag; then
	pipeline sentsplit enttag
else
	pipeline sentsplit
fi
if have quotepull; then
	if have enttag; then
		pipeline enttag quotepull
	else
		pipeline quotepull
	fi
fi
if [ -x "$b/newsview" ] && [ -x "$b/enttag" ] && [ -x "$b/datenorm" ] && [ -x "$b/quotepull" ]; then
	echo "== enttag | datenorm --ref $ref | quotepull -f inline | newsview -f html > demo.html"
	"$b/enttag" "$a" | "$b/datenorm" --ref "$ref" | "$b/quotepull" -f inline |
		"$b/newsview" -f html --title "newsutils demo: $(basename "$a")" > "$b/demo.html"
	echo "Open $b/demo.html in a web browser (xdg-open demo.html, or File > Open)."
fi
