#!/bin/sh
# newsview's page in a real browser.  Headless Chromium renders the demo
# pipeline's page once: the DOM it makes holds every entity, TIMEX3 and
# quotation of the records, with the legend and no script; the page logs
# nothing to the console (a blocked load or a parse error would); a
# screenshot is made; tidy finds no error.
. "$top_srcdir/tests/lib.sh"

browser=$(command -v chromium || command -v chromium-browser)
if [ -z "$browser" ]; then
	echo "1..0 # SKIP chromium not installed (Debian: apt-get install chromium)"
	exit 0
fi
A="$top_srcdir/tests/data/demo-article.txt"

run enttag "$A" | run datenorm --ref 2019-01-04 | run quotepull -f inline > "$tmp/demo.ann"
run newsview -f html -s --title 'newsview demo' "$tmp/demo.ann" > "$tmp/page.html"
run newsview "$tmp/demo.ann" > "$tmp/records.tsv"

chrome() {
	timeout 180 "$browser" --headless --no-sandbox --disable-gpu \
		--disable-background-networking --disable-component-update \
		--disable-sync --no-first-run --user-data-dir="$tmp/profile" "$@"
}

chrome --enable-logging=stderr --v=0 --dump-dom "file://$tmp/page.html" \
	> "$tmp/dom.html" 2> "$tmp/chrome.err"
check "chromium renders the page" test -s "$tmp/dom.html"
if [ -n "$PYTHON3" ]; then
	check "the DOM: every annotation of the records, in order, the legend, no script" \
		"$PYTHON3" "$top_srcdir/tests/newsview/dom.py" "$tmp/dom.html" "$tmp/records.tsv"
else
	skip "python3 not found"
fi
check "the DOM: no script element" sh -c "! grep -qi '<script' '$tmp/dom.html'"
check "the console: no message (errors, blocked loads)" sh -c "! grep ':CONSOLE' '$tmp/chrome.err'"

chrome --window-size=1000,1400 --run-all-compositor-stages-before-draw --screenshot="$tmp/shot.png" "file://$tmp/page.html" \
	> /dev/null 2>&1
check "a screenshot is made (a PNG)" sh -c \
	"test -s '$tmp/shot.png' && head -c 4 '$tmp/shot.png' | od -c | grep -q 'P   N   G'"

if command -v tidy > /dev/null 2>&1; then
	check "tidy -errors finds no error in the page" tidy -errors -q "$tmp/page.html"
else
	skip "tidy not installed (Debian: apt-get install tidy)"
fi
done_testing
