#!/bin/sh
# The documents for users: the README's quick start and recipes, the
# licence files and --version, and the pages' wording of what issue 22
# found wrong.  (The examples are run by man-examples.sh, the options
# checked against --help by man.sh.)
. "$top_srcdir/tests/lib.sh"
readme="$top_srcdir/README"
pages="$top_srcdir/man/*.[17]"

# README: the quick start is exactly two commands
awk '/^Quick start/ { on = 1; next } on && /^[A-Z]/ && NR > 1 { exit }
	on && /^    [^ ]/ { sub(/^    /, ""); print }' "$readme" > "$tmp/quick"
printf './bootstrap && make demo\nmake check\n' > "$tmp/quick.want"
check "README: the quick start is exactly two commands" same "$tmp/quick.want" "$tmp/quick"

# a section per program, short, and one table of figures
for prog in sentsplit enttag datenorm quotepull newsview; do
	[ -x "$top_builddir/$prog" ] || continue
	lines=$(awk -v p="$prog" '$0 == p { on = 1; next }
		on && /^[-=]+$/ && prev != p { if (started) exit }
		on && /^[a-zA-Z]/ && /^[A-Za-z ]+$/ && getline nx > 0 && nx ~ /^---/ { exit }
		on { started = 1; n++ } { prev = $0 } END { print n + 0 }' "$readme")
	check "README: a section for $prog of at most 30 lines ($lines)" \
		test "$lines" -gt 3 -a "$lines" -le 30
done
check "README: one table of accuracy and speed" \
	test "$(grep -c '^Accuracy and speed' "$readme")" -eq 1
check "README: F1 figures only in the table's section" \
	sh -c "awk '/^Accuracy and speed/ { t = 1 } /^Known limits/ { t = 0 }
		!t && /F1 [0-9]|[0-9] F1/' '$readme' | { ! grep .; }"
check "README: the dependencies name libjansson-dev and the optional ICU" \
	sh -c "grep -q libjansson-dev '$readme' && grep -q 'libicu-dev.*optional' '$readme'"
check "README: the limits: English only, plain text not HTML, iconv for Latin-1" \
	sh -c "grep -q 'English only' '$readme' && grep -q 'not HTML' '$readme' &&
		grep -q 'iconv -f latin1' '$readme'"
check "README: says what sentsplit changes (BOM, CRs, white space)" \
	sh -c "grep -q 'drops a byte' '$readme' && grep -q 'and CRs' '$readme' &&
		grep -q 'folds each run of white space' '$readme'"

# GNU parallel takes '\f\n' literally: the shell must make the form feed
check "README and pages: no --recend '\\f\\n' that parallel takes literally" \
	sh -c "! grep -n \"recend '\\\\\\\\e\\?f\" '$readme' $pages"
check "README and pages: the form-feed recipes use \$'\\f\\n'" \
	sh -c "grep -q \"recend \\\$'\\\\\\\\f\\\\\\\\n'\" '$readme' &&
		grep -q \"recend \\\$'\\\\\\\\ef\\\\\\\\en'\" $top_srcdir/man/newsutils.7"
# xargs over files: -print0 and -0, safe with any file name
for f in "$readme" $pages; do
	if grep -q 'xargs' "$f"; then
		check "$(basename "$f"): every xargs recipe takes -print0 names (xargs -0)" \
			sh -c "! grep 'xargs' '$f' | grep -v -- 'xargs -0'"
	fi
done

# licences: in the tree, in the tarball, in --version
check "LICENSE: the MIT licence" grep -q '^MIT License' "$top_srcdir/LICENSE"
check "LICENSE.data: the model's CC BY-SA 4.0 and its sources" \
	sh -c "grep -q 'CC BY-SA 4.0' '$top_srcdir/LICENSE.data' &&
		grep -q WikiGold '$top_srcdir/LICENSE.data' &&
		grep -q 'demo-article.txt' '$top_srcdir/LICENSE.data'"
printf 'nu-print-distfiles:\n\t@echo $(DISTFILES)\n' > "$tmp/dist.mk"
(cd "$top_builddir" && ${MAKE:-make} -s -f Makefile -f "$tmp/dist.mk" nu-print-distfiles) \
	2> /dev/null | tr ' ' '\n' > "$tmp/distfiles"
for f in LICENSE LICENSE.data README doc/enttag-history.md; do
	check "make dist ships $f" grep -qx "$f" "$tmp/distfiles"
done
for prog in sentsplit enttag enttag-train datenorm quotepull newsview; do
	[ -x "$top_builddir/$prog" ] || continue
	run "$prog" --version > "$tmp/v"
	check "$prog --version: License MIT" grep -q '^License MIT' "$tmp/v"
done
run enttag --version > "$tmp/v"
check "enttag --version names the model's licence too" \
	sh -c "grep -q 'CC BY-SA 4.0' '$tmp/v' && grep -q LICENSE.data '$tmp/v'"

# the pages' wording
for f in $pages; do
	pg=$(basename "$f")
	check "$pg: no bug report line without an address, no design notes" \
		sh -c "! grep -n -i 'issue tracker\\|design notes' '$f'"
	check "$pg: no stray parenthesis or comma in a list" \
		sh -c "! grep -n '\\.\\.\\.,)\\|No \\.\\.\\.,\$\\|for standard input)' '$f'"
	if grep -q '^\.It Cm jsonl\|^\.Cm jsonl' "$f"; then
		check "$pg: says jsonl is also called json" grep -q 'also called' "$f"
	fi
done
done_testing
