#!/bin/sh
# demo.sh BUILDDIR ARTICLE -- the main job on the bundled sample article:
# every filter built so far, piped together.
b=$1 a=$2
ref=2019-01-04	# the article's publication date
set -e
if [ -x "$b/enttag" ] && [ -x "$b/datenorm" ]; then
	echo "== sentsplit | enttag | datenorm --ref $ref"
	"$b/sentsplit" "$a" | "$b/enttag" | "$b/datenorm" --ref "$ref"
elif [ -x "$b/enttag" ]; then
	echo "== sentsplit | enttag"
	"$b/sentsplit" "$a" | "$b/enttag"
else
	echo "== sentsplit"
	"$b/sentsplit" "$a"
fi
if [ -x "$b/quotepull" ]; then
	if [ -x "$b/enttag" ]; then
		echo "== enttag | quotepull"
		"$b/enttag" "$a" | "$b/quotepull"
	else
		echo "== quotepull"
		"$b/quotepull" "$a"
	fi
fi
if [ -x "$b/newsview" ] && [ -x "$b/enttag" ] && [ -x "$b/datenorm" ] && [ -x "$b/quotepull" ]; then
	echo "== enttag | datenorm --ref $ref | quotepull -f inline | newsview -f html > demo.html"
	"$b/enttag" "$a" | "$b/datenorm" --ref "$ref" | "$b/quotepull" -f inline |
		"$b/newsview" -f html --title "newsutils demo: $(basename "$a")" > "$b/demo.html"
	echo "Open $b/demo.html in a web browser (xdg-open demo.html, or File > Open)."
fi
