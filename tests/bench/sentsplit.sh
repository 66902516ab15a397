#!/bin/sh
# sentsplit throughput on >= 100 MB of news text, as a ratio to cat, to
# wc -w (C locale) and to ICU's sentence BreakIterator in the same run, and
# max RSS.  Run by 'make bench'.
. "$top_srcdir/tests/bench/lib.sh"
t_wc=$(LC_ALL=C secs wc -w)
t_ss=$(secs "$b/sentsplit")
echo "wc -w: $(mbs "$t_wc") MB/s"
echo "sentsplit: $(mbs "$t_ss") MB/s; ratio to cat $(ratio "$t_cat" "$t_ss"), to wc -w $(ratio "$t_wc" "$t_ss")"
if [ -x "$b/tests/bench/icu-sentences" ]; then
	t_icu=$(secs "$b/tests/bench/icu-sentences")
	echo "ICU BreakIterator: $(mbs "$t_icu") MB/s; sentsplit/ICU ratio $(ratio "$t_icu" "$t_ss")"
else
	echo "ICU reference not built (libicu-dev missing)"
fi
max_rss sentsplit "$b/sentsplit"
