# tests/lib.sh - a small TAP library for the CLI tests (sourced).
# Tests run with LC_ALL=C from the environment the Makefile sets; the
# binaries are in $top_builddir, the data under $top_srcdir.
: "${top_srcdir:=.}" "${top_builddir:=.}"
export LC_ALL="${LC_ALL:-C}"
tap_n=0
tap_fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nu-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# run PROG ARGS... -- the built program, under $NU_WRAPPER (valgrind) if
# set, its reports kept for done_testing (most checks look at the output
# only, not at the exit status valgrind gives on an error)
run() {
	p=$1; shift
	if [ -n "$NU_WRAPPER" ]; then
		$NU_WRAPPER --log-file="$tmp/valgrind.%p" "$top_builddir/$p" "$@"
	else
		"$top_builddir/$p" "$@"
	fi
}

ok() {
	tap_n=$((tap_n + 1))
	printf 'ok %d - %s\n' "$tap_n" "$*"
}

not_ok() {
	tap_n=$((tap_n + 1))
	tap_fail=$((tap_fail + 1))
	printf 'not ok %d - %s\n' "$tap_n" "$*"
}

skip() {
	tap_n=$((tap_n + 1))
	printf 'ok %d # SKIP %s\n' "$tap_n" "$*"
}

# check NAME COMMAND... -- a test that passes when COMMAND succeeds
check() {
	name=$1; shift
	if "$@" > "$tmp/check.out" 2>&1; then
		ok "$name"
	else
		not_ok "$name"
		sed 's/^/# /' "$tmp/check.out" | head -20
	fi
}

# same FILE1 FILE2 -- byte-identical, with a diff shown on failure
same() {
	if cmp -s "$1" "$2"; then
		return 0
	fi
	diff "$1" "$2" | head -20
	return 1
}

done_testing() {
	if [ -n "$NU_WRAPPER" ]; then
		cat "$tmp"/valgrind.* > "$tmp/valgrind.all" 2> /dev/null
		check "no valgrind reports" test ! -s "$tmp/valgrind.all"
		sed 's/^/# /' "$tmp/valgrind.all" | head -20
	fi
	echo "1..$tap_n"
	[ "$tap_fail" -eq 0 ]
}

shared_data="$top_srcdir/../shared/data"
have_shared() {
	[ -d "$shared_data" ]
}

# strip the suite's tags (the round-trip invariant)
strip_tags() {
	sed -E 's,</?(PER|ORG|LOC|MISC)>|<(TIMEX3|QUOTE)( [^>]*)?>|</(TIMEX3|QUOTE)>,,g'
}

# bad_input_matrix PROG [ARGS...] -- the checks every filter must pass on bad
# input: invalid UTF-8, NUL, CRLF, BOM, no final newline, empty input, a huge
# line, a missing file among good ones, /dev/full, a closed pipe, a bad
# option, the same output in the C and a UTF-8 locale.
bad_input_matrix() {
	prog=$1; shift
	printf 'Caf\351 au lait. Next one \377\376 here.\n' > "$tmp/bad.txt"
	run "$prog" "$@" "$tmp/bad.txt" > "$tmp/bad.out" 2> "$tmp/bad.err"
	rc=$?
	check "$prog: invalid UTF-8 exits 0" test "$rc" -eq 0
	check "$prog: invalid UTF-8 warned once with the byte offset" \
		grep -q "$prog: .*bad.txt: invalid UTF-8 at byte 3" "$tmp/bad.err"
	check "$prog: invalid UTF-8 bytes pass through" grep -q "$(printf '\377\376')" "$tmp/bad.out"
	run "$prog" -q "$@" "$tmp/bad.txt" > /dev/null 2> "$tmp/bad.err"
	check "$prog: -q silences the warning" test ! -s "$tmp/bad.err"

	printf 'One\000two. Three.\n' > "$tmp/nul.txt"
	run "$prog" "$@" "$tmp/nul.txt" > "$tmp/nul.out"
	rc=$?
	check "$prog: NUL bytes exit 0" test "$rc" -eq 0
	check "$prog: NUL bytes pass through" grep -qa "two" "$tmp/nul.out"

	printf 'Dr. Smith left.\r\nHe came back.\r\n\r\nThe end.\r\n' > "$tmp/crlf.txt"
	run "$prog" "$@" "$tmp/crlf.txt" > "$tmp/crlf.out"
	check "$prog: CRLF input exits 0" test $? -eq 0

	printf '\357\273\277Hello there. Bye now.' > "$tmp/bom.txt"
	run "$prog" "$@" "$tmp/bom.txt" > "$tmp/bom.out"
	check "$prog: BOM and no final newline" test $? -eq 0

	: > "$tmp/empty.txt"
	run "$prog" "$@" "$tmp/empty.txt" > "$tmp/empty.out"
	check "$prog: empty input exits 0" test $? -eq 0

	awk 'BEGIN { for (i = 0; i < 2000000; i++) printf "word%d ", i % 97; print "" }' \
		> "$tmp/huge.txt"
	run "$prog" -q "$@" "$tmp/huge.txt" > "$tmp/huge.out"
	check "$prog: a 20 MB line without punctuation exits 0" test $? -eq 0

	run "$prog" "$@" "$tmp/crlf.txt" "$tmp/no-such-file" "$tmp/bom.txt" \
		> "$tmp/miss.out" 2> "$tmp/miss.err"
	rc=$?
	check "$prog: a missing file gives exit 2" test "$rc" -eq 2
	check "$prog: a missing file gives a message" \
		grep -q "^$prog: .*no-such-file: No such file or directory" "$tmp/miss.err"
	check "$prog: the files after a missing one are processed" grep -q "Bye" "$tmp/miss.out"

	if [ -w /dev/full ]; then
		run "$prog" "$@" "$tmp/crlf.txt" > /dev/full 2> "$tmp/full.err"
		rc=$?
		check "$prog: > /dev/full exits 2" test "$rc" -eq 2
		check "$prog: > /dev/full says write error" grep -q "$prog: write error" "$tmp/full.err"
	else
		skip "no /dev/full"
	fi

	for i in 1 2 3 4 5 6 7 8; do cat "$tmp/huge.txt"; done > "$tmp/big.txt"
	( run "$prog" -q "$@" "$tmp/big.txt" | head -c 100 > /dev/null ) 2> "$tmp/pipe.err"
	check "$prog: | head is silent" test ! -s "$tmp/pipe.err"

	run "$prog" --no-such-option < /dev/null > /dev/null 2> "$tmp/opt.err"
	rc=$?
	check "$prog: an unknown option exits 2" test "$rc" -eq 2
	check "$prog: an unknown option says Try --help" grep -q "Try '$prog --help'" "$tmp/opt.err"

	printf 'Zo\303\253 met \303\211mile in K\303\266ln. \316\221\316\270\316\256\316\275\316\261 is far.\n' > "$tmp/utf8.txt"
	LC_ALL=C run "$prog" "$@" "$tmp/utf8.txt" > "$tmp/c.out"
	LC_ALL=C.UTF-8 run "$prog" "$@" "$tmp/utf8.txt" > "$tmp/u.out"
	check "$prog: the same output under LC_ALL=C and C.UTF-8" same "$tmp/c.out" "$tmp/u.out"

	run "$prog" --help > "$tmp/help.out"
	check "$prog: --help exits 0" test $? -eq 0
	run "$prog" --version > "$tmp/version.out"
	check "$prog: --version exits 0 and names the package" grep -q newsutils "$tmp/version.out"
}

# parallel_equal PROG RECEND FILE [ARGS...] -- a GNU parallel run split on
# RECEND (backslash escapes such as '\f\n' made into the bytes, as a user's
# shell must make them: --recend $'\f\n') equals the plain run; parallel
# must not warn, and the input must really be split (two blocks or more).
# The blocks are as small as the longest record allows.  Stand-off offsets
# count from the start of each block in a split run, so with -f tsv the
# offset columns are left out of the comparison.
parallel_equal() {
	prog=$1 recend=$2 file=$3; shift 3
	if ! command -v parallel > /dev/null 2>&1; then
		skip "$prog: GNU parallel not installed"
		return
	fi
	# printf %b makes the bytes; the x keeps a final newline from $(...)
	sep=$(printf '%bx' "$recend")
	sep=${sep%x}
	block=$(awk -v RS="$sep" '{ n = length($0) + 2; if (n > m) m = n }
		END { print (m < 2048 ? 2048 : m) }' "$file")
	cmp_filter=cat
	case " $* " in
	*" -f tsv "* | *" --format=tsv "*) cmp_filter='cut -f 1,4-' ;;
	esac
	run "$prog" "$@" < "$file" | $cmp_filter > "$tmp/plain.out"
	rm -f "$tmp/par.log"
	parallel --will-cite --pipe -k --block "$block" --recend "$sep" \
		--joblog "$tmp/par.log" \
		$NU_WRAPPER "$top_builddir/$prog" "$@" < "$file" 2> "$tmp/par.err" |
		$cmp_filter > "$tmp/par.out"
	check "$prog${*:+ $*}: a GNU parallel run split on '$recend' equals the plain run" \
		same "$tmp/plain.out" "$tmp/par.out"
	check "$prog${*:+ $*}: GNU parallel split on '$recend' without a warning" \
		sh -c "! grep . '$tmp/par.err'"
	# the job log: a header line, then a line per job
	jobs=$(($(wc -l < "$tmp/par.log") - 1))
	check "$prog${*:+ $*}: GNU parallel split on '$recend' ran $jobs jobs (more than one)" \
		test "$jobs" -gt 1
}

# live PROG ARGS... -- PROG on a pipe that stays open: the lines of
# $tmp/live.in are written one at a time, and each line's answer (one line)
# is read before the next line is written; the answers go to
# $tmp/live.out.  An answer that does not come fails the call instead of
# hanging: PROG is ended after LIVE_GUARD seconds (default 120), which
# closes the pipe.  Returns 0 when every line got its answer and PROG
# exited 0.
live() {
	p=$1; shift
	rm -f "$tmp/live.i" "$tmp/live.o"
	: > "$tmp/live.out"
	mkfifo "$tmp/live.i" "$tmp/live.o" || return 1
	timeout "${LIVE_GUARD:-120}" $NU_WRAPPER "$top_builddir/$p" "$@" \
		< "$tmp/live.i" > "$tmp/live.o" &
	live_pid=$!
	exec 3> "$tmp/live.i" 4< "$tmp/live.o"
	live_rc=0
	while IFS= read -r line; do
		printf '%s\n' "$line" >&3
		if IFS= read -r answer <&4; then
			printf '%s\n' "$answer" >> "$tmp/live.out"
		else
			echo "# no answer to: $line"
			live_rc=1
			break
		fi
	done < "$tmp/live.in"
	exec 3>&-
	cat <&4 > /dev/null
	exec 4<&-
	wait "$live_pid" || live_rc=1
	return "$live_rc"
}
