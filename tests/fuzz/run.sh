#!/bin/sh
# run.sh [SECONDS] -- build each libFuzzer harness with clang
# (-fsanitize=fuzzer,address,undefined) and run it for SECONDS (default 60)
# from its seed corpus.  A crash leaves its input in the build dir and
# fails; keep it as a regression case in tests/fuzz/corpus/HARNESS/.
set -e
secs=${1:-60}
src=$(cd "${top_srcdir:-.}" && pwd)
mkdir -p "${top_builddir:-.}/fuzz-build"
out=$(cd "${top_builddir:-.}/fuzz-build" && pwd)
CC=${FUZZ_CC:-clang}
if ! command -v "$CC" > /dev/null 2>&1; then
	echo "fuzz: $CC not found (apt-get install clang)"
	exit 77
fi
mkdir -p "$out"
# findings of an earlier run must not fail (or pass) this one
rm -f "$out"/*crash-* "$out"/*timeout-* "$out"/*leak-* "$out"/*oom-*
build=$(cd "${top_builddir:-.}" && pwd)
# sources: a library's list as the build has it (make fuzz passes
# fuzz_LIBRARY), each file from the build tree if generated there
sources() {
	eval "list=\${fuzz_$1-}"
	if [ -z "$list" ]; then
		echo "fuzz: no sources for library $1 (run make fuzz)" >&2
		return 1
	fi
	for f in $list; do
		case $f in
		*.c) if [ -f "$build/$f" ]; then echo "$build/$f"; else echo "$src/$f"; fi ;;
		esac
	done
}
# the build's own configuration
cp "$build/config.h" "$out/config.h"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I$out -I$src/common $(pkg-config --cflags libutf8proc jansson)"
libs="$(pkg-config --libs libutf8proc jansson)"
core=$(sources newsutils)
status=0
export ENTTAG_MODEL="$src/filters/enttag/en.model"
for h in ${FUZZ_HARNESSES:-$(ls "$src"/tests/fuzz/fuzz_*.c)}; do
	name=$(basename "$h" .c)
	# the libraries beside the core: "fuzz-libraries: NAME..."
	extra=
	for l in $(sed -n 's,^/\* fuzz-libraries: \(.*\) \*/$,\1,p' "$h"); do
		extra="$extra $(sources "$l")"
	done
	incs=
	for f in $extra; do incs="$incs -I$(dirname "$f")"; done
	$CC $flags $incs -o "$out/$name" "$h" $core $extra $libs
	mkdir -p "$out/corpus-$name"
	seeds="$src/tests/fuzz/corpus/common"
	[ -d "$src/tests/fuzz/corpus/$name" ] && seeds="$seeds $src/tests/fuzz/corpus/$name"
	echo "fuzz: $name for ${secs}s"
	# a finding leaves an artifact ($name-crash-..., -timeout-, -leak-,
	# -oom-) to keep; a harness that fails without one (it could not
	# start, or load its model) fails by its exit status, kept in a file
	# across the pipe to grep (the whole output in $name.log)
	rm -f "$out/$name.status"
	(cd "$out" && { "./$name" -max_total_time="$secs" -max_len=4096 -timeout=10 \
	    -artifact_prefix="$out/$name-" -print_final_stats=1 \
	    "corpus-$name" $seeds 2>&1; echo $? > "$out/$name.status"; } |
	    tee "$out/$name.log" |
	    grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|Done') || :
	rc=$(cat "$out/$name.status" 2> /dev/null || echo unknown)
	if [ "$rc" != 0 ]; then
		tail -n 5 "$out/$name.log"
		echo "fuzz: FAILED: $name exited with status $rc"
		status=1
	fi
	for f in "$out/$name"-crash-* "$out/$name"-timeout-* "$out/$name"-leak-* "$out/$name"-oom-*; do
		[ -e "$f" ] || continue
		echo "fuzz: FAILED: $name: $f (keep it in tests/fuzz/corpus/$name/ once fixed)"
		status=1
	done
done
exit $status
