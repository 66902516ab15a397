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

# pipeline [-o FILE] STAGE... -- the article through each STAGE in turn
# ("enttag", "datenorm --ref 2019-01-04", read as shell words), printed
# or written to FILE, under a "== A | B" heading
pipeline() {
	dest=
	if [ "$1" = -o ]; then
		dest=$2
		shift 2
	fi
	echo "== $(printf '%s | ' "$@" | sed 's/ | $//')${dest:+ > $(basename "$dest")}"
	cp "$a" "$tmp/in"
	for stage; do
		eval "\"\$b\"/$stage" < "$tmp/in" > "$tmp/out"
		rc=$?
		if [ "$rc" -ne 0 ]; then
			echo "demo: ${stage%% *} failed (exit status $rc)" >&2
			exit 1
		fi
		mv "$tmp/out" "$tmp/in"
	done
	if ! [ -s "$tmp/in" ]; then
		echo "demo: no output" >&2
		exit 1
	fi
	if [ -n "$dest" ]; then
		mv "$tmp/in" "$dest"
	else
		cat "$tmp/in"
	fi
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
if have newsview && have enttag && have datenorm && have quotepull; then
	pipeline -o "$b/demo.html" enttag "datenorm --ref $ref" "quotepull -f inline" \
	    "newsview -f html --title 'newsutils demo: $(basename "$a")'"
	echo "Open $b/demo.html in a web browser (xdg-open demo.html, or File > Open)."
fi
