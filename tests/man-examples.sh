#!/bin/sh
# The manual's examples, and the README's, are tests.  Every display of a
# page's EXAMPLES (and newsutils(7)'s SCALING OUT) is run, in a directory
# holding the files the examples name (article.txt, a.txt, corpus.txt,
# news/*.txt, train.conll, ...) made from the bundled samples, with the
# built programs first in PATH, the awk Debian ships (mawk) as awk, and
# bash as the shell (the recipes use $'\f\n').  The pages of one program
# share the directory, as a reader following them would.
#
# - A display of "$ " lines is a shell session: each "$ " line a command,
#   a line ending in | or \ continued; the other lines are the output the
#   page shows, which must be what the commands print, white space aside.
# - A display with a TAB-indented line is a makefile: make builds its
#   first target ("%" made "a": %.ent builds a.ent from a.txt).
# - Any other display is commands.
# A display that shows no output must exit 0, make no complaint on
# standard error (a warning, an error, a usage message), and print something or make a file (or end in cmp, which prints
# nothing when all is well).  GNU parallel --pipe must really split
# (two jobs or more).  Displays that need what is not here (Hadoop, Spark,
# an editor, a browser) are skipped, and say so.
. "$top_srcdir/tests/lib.sh"
bin=$(cd "$top_builddir" && pwd)
src=$(cd "$top_srcdir" && pwd)
gold="$src/tests/quotepull/gold"
n=0

# tools: awk is mawk when there is one; parallel splits small inputs
mkdir -p "$tmp/bin"
if command -v mawk > /dev/null 2>&1; then
	ln -s "$(command -v mawk)" "$tmp/bin/awk"
fi
real_parallel=$(command -v parallel 2>/dev/null)
if [ -n "$real_parallel" ]; then
	cat > "$tmp/bin/parallel" <<EOF
#!/bin/sh
# blocks as small as the longest document allows, and a job log
exec "$real_parallel" --will-cite --block "\$NU_BLOCK" --joblog "$tmp/joblog" "\$@"
EOF
	chmod +x "$tmp/bin/parallel"
fi
shell=$(command -v bash 2>/dev/null || echo sh)

# the files the examples name
fixtures() {
	d=$1
	mkdir -p "$d/news" "$d/articles" "$d/corpus" "$d/te3-input" "$d/te3-output"
	# the sample article, and a line of ours that the examples look for
	# (a company, a relative date)
	for f in article.txt a.txt; do
		cat "$src/tests/data/demo-article.txt" - > "$d/$f" <<-EOF

		Acme Inc. said on Friday that its sales fell last month.
		EOF
	done
	cp "$src/tests/data/demo-article.txt" "$d/raw.txt"
	cp "$src/tests/data/demo-article.txt" "$d/news.txt"
	echo 2019-01-04 > "$d/a.dct"
	# a few Wikinews articles of quotepull's gold
	for f in $(ls "$gold"/*.txt 2>/dev/null | head -n 4); do
		for dd in "$d" "$d/news" "$d/articles" "$d/corpus"; do
			cp "$f" "$dd/"
		done
	done
	# documents separated by form feed lines
	for f in "$src/tests/data/demo-article.txt" $(ls "$gold"/*.txt 2>/dev/null | head -n 8); do
		cat "$f"
		printf '\f\n'
	done > "$d/corpus.txt"
	cp "$d/corpus.txt" "$d/docs.txt"
	cp "$d/corpus.txt" "$d/feed.txt"
	cp "$d/corpus.txt" "$d/big.txt"
	cp "$src/tests/datenorm/sample.tml" "$d/te3-input/sample.tml"
	# CoNLL files, word lists
	cp "$src/tests/data/newswire-sample2.bio" "$d/train.conll"
	cp "$src/tests/data/newswire-sample3.bio" "$d/dev.conll"
	cp "$src/tests/data/newswire-sample4.bio" "$d/test.conll"
	cp "$src/tests/data/newswire-sample5.bio" "$d/web.conll"
	printf 'Shenzhen\nLyon\n' > "$d/cities.txt"
	printf 'Mary\nJohn\n' > "$d/names.txt"
}

# the longest paragraph or document of the fixtures, for parallel's blocks
fixtures "$tmp/probe"
NU_BLOCK=$(cat "$tmp/probe/corpus.txt" | awk -v RS="$(printf '\f')" \
	'{ if (length($0) > m) m = length($0) } END { print m + 64 }')
export NU_BLOCK

# skip_reason FILE -- why a display cannot run here, or nothing
skip_reason() {
	if grep -q 'hadoop\|sc\.textFile\|rdd\.' "$1"; then
		echo "needs Hadoop or Spark"
	elif grep -q '^vi \|; vi \|\$EDITOR' "$1"; then
		echo "needs an editor"
	elif grep -q 'xdg-open\|www-browser' "$1"; then
		echo "needs a browser"
	elif grep -q 'jq ' "$1" && ! command -v jq > /dev/null 2>&1; then
		echo "jq not installed"
	elif grep -q 'parallel ' "$1" && [ -z "$real_parallel" ]; then
		echo "GNU parallel not installed"
	elif grep -q "\\\$'" "$1" && [ "$shell" = sh ]; then
		echo "bash not installed"
	fi
}

# run_display NAME DIR CMDFILE [WANTFILE]
run_display() {
	name=$1 dir=$2 c=$3 w=$4
	n=$((n + 1))
	why=$(skip_reason "$c")
	if [ -n "$why" ]; then
		skip "$name ($why)"
		return
	fi
	rm -f "$tmp/joblog"
	(cd "$dir" && find . -type f -size +0 -exec cksum {} + | sort) > "$tmp/before"
	(cd "$dir" && PATH="$tmp/bin:$bin:$PATH" timeout 600 "$shell" "$c") \
		> "$tmp/got" 2> "$tmp/err"
	rc=$?
	# a file made or changed
	made=$(cd "$dir" && find . -type f -size +0 -exec cksum {} + | sort |
		comm -13 "$tmp/before" - | head -n 1)
	why=
	if [ "$rc" -ne 0 ]; then
		why="exit status $rc"
	elif grep -q "[Ww]arning\|[Ee]rror\|not found\|No such\|[Uu]sage\|Try '" "$tmp/err"; then
		why="complained on standard error"
	elif [ -n "$w" ]; then
		tr -d ' \t\n' < "$tmp/got" > "$tmp/got.flat"
		tr -d ' \t\n' < "$w" > "$tmp/want.flat"
		cmp -s "$tmp/got.flat" "$tmp/want.flat" || why="prints other than the page shows"
	elif [ ! -s "$tmp/got" ] && [ -z "$made" ] &&
		! tail -n 1 "$c" | grep -q 'cmp - [^ |]*$'; then
		why="printed nothing and made no file"
	fi
	if [ -z "$why" ] && grep -q 'parallel .*--pipe' "$c"; then
		jobs=$(($(wc -l < "$tmp/joblog") - 1))
		[ "$jobs" -gt 1 ] || why="GNU parallel ran $jobs job (no split)"
	fi
	if [ -z "$why" ]; then
		ok "$name"
	else
		not_ok "$name: $why"
		sed 's/^/# /' "$c"
		[ -n "$w" ] && { echo '# want:'; sed 's/^/#   /' "$w"; }
		echo '# got:'
		head -n 20 "$tmp/got" "$tmp/err" | sed 's/^/#   /'
	fi
}

# the displays of a page: ex.K.cmd (and ex.K.want, or ex.K.mk); mdoc
# escapes undone
split_page() {
	awk -v dir="$tmp" '
	/^\.Sh / { inex = ($2 == "EXAMPLES" || ($2 == "SCALING" && $3 == "OUT")) }
	!inex { next }
	/^\.Bd -literal/ { bd = 1; k++; lines = 0; next }
	/^\.Ed/ {
		bd = 0
		if (lines == 0)
			next
		mk = 0
		for (i = 1; i <= lines; i++)
			if (cmd[i] ~ /^\t/)
				mk = 1
		if (mk) {
			for (i = 1; i <= lines; i++)
				print cmd[i] > (dir "/ex." k ".mk")
			next
		}
		session = (cmd[1] ~ /^\$ /)
		cont = incmd = 0
		for (i = 1; i <= lines; i++) {
			l = cmd[i]
			# a command goes on after | or \, and on an indented line
			if (!session || cont || l ~ /^\$ / || (incmd && l ~ /^[ \t]/)) {
				sub(/^\$ /, "", l)
				print l > (dir "/ex." k ".cmd")
				cont = (l ~ /[|\\]$/ || l ~ /; do$/)
				incmd = 1
			} else {
				incmd = 0
				print l > (dir "/ex." k ".want")
			}
		}
		next
	}
	bd {
		l = $0
		gsub(/\\\(aq/, "\047", l); gsub(/\\\(dq/, "\"", l)
		gsub(/\\&/, "", l); gsub(/\\-/, "-", l); gsub(/\\e/, "\\", l)
		cmd[++lines] = l
	}' "$1"
}

for page in "$top_srcdir"/man/*.[17]; do
	pg=$(basename "$page")
	rm -f "$tmp"/ex.*
	rm -rf "$tmp/work"
	fixtures "$tmp/work"
	split_page "$page"
	for f in $(ls "$tmp"/ex.*.cmd "$tmp"/ex.*.mk 2>/dev/null | sort -t. -k2n); do
		first=$(grep -v '^$' "$f" | head -n 1 | cut -c1-50)
		case $f in
		*.mk)
			# the first target, a pattern's stem made "a"
			goal=$(grep '^[^	#].*:' "$f" | grep -v '=' | head -n 1 | sed 's/:.*//; s/%/a/')
			cp "$f" "$tmp/work/Makefile.ex"
			# (a phony goal: the files it makes are seen as made)
			# (a make of its own, not a part of make check's)
			printf 'rm -f %s && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -f Makefile.ex %s &&\n{ test ! -e %s || { test -s %s && echo made %s; }; }\n' \
				"$goal" "$goal" "$goal" "$goal" "$goal" > "$f.cmd"
			run_display "$pg: the make rule \"$first\" builds $goal" "$tmp/work" "$f.cmd"
			;;
		*)
			w=${f%.cmd}.want
			[ -e "$w" ] || w=
			run_display "$pg: example \"$first\"${w:+ prints what the page shows}" \
				"$tmp/work" "$f" $w
			;;
		esac
	done
done

# the README's examples: an indented "$ " line (a line ending in | or \
# goes on), then the output it shows
rm -f "$tmp"/ex.*
rm -rf "$tmp/work"
fixtures "$tmp/work"
awk -v dir="$tmp" '
cont { l = $0; sub(/^ +/, "", l); print l > (dir "/ex." k ".cmd"); cont = (l ~ /[|\\]$/); next }
/^    \$ / { k++; l = substr($0, 7); print l > (dir "/ex." k ".cmd"); on = 1; cont = (l ~ /[|\\]$/); next }
on && /^    [^ ]/ { print substr($0, 5) > (dir "/ex." k ".want"); next }
{ on = 0 }' "$top_srcdir/README"
for f in $(ls "$tmp"/ex.*.cmd 2>/dev/null | sort -t. -k2n); do
	w=${f%.cmd}.want
	[ -e "$w" ] || w=
	run_display "README: example \"$(head -n 1 "$f" | cut -c1-50)\"${w:+ prints what it shows}" \
		"$tmp/work" "$f" $w
done

check "the pages and the README have examples that are tests ($n)" test "$n" -gt 20
done_testing
