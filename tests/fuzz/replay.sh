#!/bin/sh
# The fuzz harnesses' kept inputs (tests/fuzz/corpus: the seeds, and the
# regress-* cases of the bugs fuzzing found) replayed through each
# harness's entry point by tests/fuzz/replay.c, in every build: a fixed bug
# that comes back fails make check, not only make fuzz.  Every harness
# fuzz_NAME.c needs its replay program tests/fuzz/replay-NAME.
. "$top_srcdir/tests/lib.sh"
corpus="$top_srcdir/tests/fuzz/corpus"
ENTTAG_MODEL="$top_srcdir/filters/enttag/en.model"
export ENTTAG_MODEL
for h in "$top_srcdir"/tests/fuzz/fuzz_*.c; do
	harness=$(basename "$h" .c)
	prog=tests/fuzz/replay-${harness#fuzz_}
	if ! [ -x "$top_builddir/$prog" ]; then
		not_ok "$harness: $prog is not built (tests/local.mk)"
		continue
	fi
	for f in "$corpus"/common/* "$corpus/$harness"/*; do
		[ -f "$f" ] || continue
		run "$prog" "$f" > "$tmp/replay.out" 2>&1
		rc=$?
		check "$harness: ${f#"$corpus"/} replayed, exit status 0" test "$rc" -eq 0
		[ "$rc" -eq 0 ] || sed 's/^/# /' "$tmp/replay.out" | head -20
	done
done
done_testing
