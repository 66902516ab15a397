#!/bin/sh
# rule-table.sh - what each of enttag's post-rules is worth: the F1 of the
# shipped model on every set of dev-sets.sh with all rules, and the F1 each
# rule adds (switched off alone: tests/enttag/rule-table.c).  make
# rule-table; for maintainers, not part of make check.
: "${top_srcdir:=.}" "${top_builddir:=.}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/enttag-rules.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
sets=$(sh "$top_srcdir/tests/enttag/dev-sets.sh" "$tmp") || exit 1
model=$(cd "$top_srcdir/filters/enttag" && pwd)/en.model
table=$(cd "$top_builddir/tests/enttag" && pwd)/rule-table
# shellcheck disable=SC2086
(cd "$tmp" && "$table" "$model" $sets)
