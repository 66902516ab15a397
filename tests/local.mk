## Tests: Criterion unit tests run under the plain driver (exit status),
## shell CLI tests under the TAP driver.
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(top_srcdir)'; top_builddir='$(top_builddir)'; \
	abs_top_builddir='$(abs_top_builddir)'; abs_top_srcdir='$(abs_top_srcdir)'; \
	NU_WRAPPER='$(NU_WRAPPER)'; PYTHON3='$(PYTHON3)'; MANDOC='$(MANDOC)'; \
	NU_SANITIZED='$(SAN_CFLAGS)'; \
	LC_ALL=C; export top_srcdir top_builddir abs_top_builddir abs_top_srcdir \
	NU_WRAPPER PYTHON3 MANDOC NU_SANITIZED LC_ALL;
EXTRA_DIST += build-aux/tap-driver.sh tests/lib.sh tests/same-output.sh

UNIT_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
UNIT_LDADD = $(NU_LIBS) $(CRITERION_LIBS)

check_PROGRAMS += tests/unit/test_core
tests_unit_test_core_SOURCES = \
	tests/unit/test_utf8.c tests/unit/test_input.c tests/unit/test_markup.c \
	tests/unit/test_token.c tests/unit/token_ref.c \
	tests/unit/test_segment.c tests/unit/test_output.c \
	tests/unit/test_misc.c tests/unit/test_lexicon.c tests/unit/lexdefs.h
nodist_tests_unit_test_core_SOURCES = tests/unit/lexdata.c
tests_unit_test_core_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/tests/unit
tests_unit_test_core_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_core_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_core
## a lexicon as a filter declares one (common/lexicon.h)
unit_lexfiles = tests/unit/lex-verbs.lst tests/unit/lex-words.lst \
	tests/unit/lex-empty.lst
tests/unit/lexdata.c: $(unit_lexfiles) build-aux/gen-lexicon$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) tests/unit && \
	(cd $(srcdir) && $(GEN_LEXICON) -i lexdefs.h -p TL_ -l test_lex \
	    -f VERB tests/unit/lex-verbs.lst -f - tests/unit/lex-words.lst \
	    -s test_shape_verb=VERB -l test_lex_empty tests/unit/lex-empty.lst) > $@-t && mv $@-t $@
CLEANFILES += tests/unit/lexdata.c
EXTRA_DIST += $(unit_lexfiles)

sentsplit_tests = \
	tests/sentsplit/cli.sh \
	tests/sentsplit/badinput.sh \
	tests/sentsplit/golden.sh \
	tests/sentsplit/accuracy.sh \
	tests/man.sh \
	tests/man-examples.sh
TESTS += $(sentsplit_tests)
## the options every filter shares, and the documents (issue 22)
unix_tests = tests/options.sh tests/docs.sh
TESTS += $(unix_tests)
EXTRA_DIST += $(unix_tests)
## the suite as a whole: properties over mutated input, memory over 1 GB
suite_tests = tests/property.sh tests/memory.sh
TESTS += $(suite_tests)
EXTRA_DIST += $(suite_tests) tests/property.py
## the tree's format (.clang-format) over the formatted paths
TESTS += tests/format.sh
EXTRA_DIST += tests/format.sh .clang-format
EXTRA_DIST += $(sentsplit_tests) tests/sentsplit/score.py \
	tests/sentsplit/blind.jsonl tests/sentsplit/blind2.jsonl \
	tests/sentsplit/blind3.jsonl tests/sentsplit/blind4.jsonl \
	tests/data/golden-sample.jsonl
bench_scripts += tests/bench/sentsplit.sh
## ICU's sentence BreakIterator, the reference sentsplit is measured against
EXTRA_PROGRAMS = tests/bench/icu-sentences
tests_bench_icu_sentences_SOURCES = tests/bench/icu-sentences.c
tests_bench_icu_sentences_CFLAGS = -O2 $(ICU_CFLAGS)
tests_bench_icu_sentences_LDADD = $(ICU_LIBS)
CLEANFILES += tests/bench/icu-sentences
if HAVE_ICU
bench_programs += tests/bench/icu-sentences
endif
EXTRA_DIST += tests/bench/sentsplit.sh tests/bench/make-corpus.sh tests/bench/lib.sh

## the fuzz harnesses' kept inputs (tests/fuzz/corpus, regress-* included)
## replayed through each harness by a plain driver, in every build
fuzz_replay = tests/fuzz/replay-input tests/fuzz/replay-markup \
	tests/fuzz/replay-segment tests/fuzz/replay-datenorm \
	tests/fuzz/replay-quotepull tests/fuzz/replay-enttag
check_PROGRAMS += $(fuzz_replay)
tests_fuzz_replay_input_SOURCES = tests/fuzz/fuzz_input.c tests/fuzz/replay.c
tests_fuzz_replay_input_LDADD = $(NU_LIBS)
tests_fuzz_replay_markup_SOURCES = tests/fuzz/fuzz_markup.c tests/fuzz/replay.c
tests_fuzz_replay_markup_LDADD = $(NU_LIBS)
tests_fuzz_replay_segment_SOURCES = tests/fuzz/fuzz_segment.c tests/fuzz/replay.c
tests_fuzz_replay_segment_LDADD = $(NU_LIBS)
tests_fuzz_replay_datenorm_SOURCES = tests/fuzz/fuzz_datenorm.c tests/fuzz/replay.c
tests_fuzz_replay_datenorm_LDADD = $(DATENORM_LIBS)
tests_fuzz_replay_quotepull_SOURCES = tests/fuzz/fuzz_quotepull.c tests/fuzz/replay.c
tests_fuzz_replay_quotepull_LDADD = $(QUOTEPULL_LIBS)
tests_fuzz_replay_enttag_SOURCES = tests/fuzz/fuzz_enttag.c tests/fuzz/replay.c
tests_fuzz_replay_enttag_LDADD = $(ENTTAG_LIBS)
TESTS += tests/fuzz/replay.sh
EXTRA_DIST += tests/fuzz/replay.sh
# quotepull's blind batch 15, scored against its own gold while it is new
EXTRA_DIST += tests/quotepull/gold/gold-batch15.tsv $(quotepull_gold_batch15_texts)
quotepull_gold_batch15_texts = \
	tests/quotepull/gold/wn2019_123.txt tests/quotepull/gold/wn2019_124.txt \
	tests/quotepull/gold/wn2019_126.txt tests/quotepull/gold/wn2019_135.txt \
	tests/quotepull/gold/wn2019_138.txt tests/quotepull/gold/wn2019_158.txt \
	tests/quotepull/gold/wn2019_159.txt tests/quotepull/gold/wn2019_162.txt \
	tests/quotepull/gold/wn2020_073.txt tests/quotepull/gold/wn2020_097.txt \
	tests/quotepull/gold/wn2020_105.txt tests/quotepull/gold/wn2020_108.txt \
	tests/quotepull/gold/wn2020_112.txt tests/quotepull/gold/wn2020_117.txt
# quotepull's blind sample 4 (tests/quotepull/sample4/README.md)
EXTRA_DIST += tests/quotepull/sample4/README.md \
	tests/quotepull/sample4/spec.tsv tests/quotepull/sample4/gold.tsv \
	tests/quotepull/sample4/s4_000.txt tests/quotepull/sample4/s4_001.txt tests/quotepull/sample4/s4_002.txt \
	tests/quotepull/sample4/s4_003.txt tests/quotepull/sample4/s4_004.txt tests/quotepull/sample4/s4_005.txt \
	tests/quotepull/sample4/s4_006.txt tests/quotepull/sample4/s4_007.txt tests/quotepull/sample4/s4_008.txt \
	tests/quotepull/sample4/s4_009.txt tests/quotepull/sample4/s4_010.txt tests/quotepull/sample4/s4_011.txt \
	tests/quotepull/sample4/s4_012.txt tests/quotepull/sample4/s4_013.txt tests/quotepull/sample4/s4_014.txt \
	tests/quotepull/sample4/s4_015.txt tests/quotepull/sample4/s4_016.txt tests/quotepull/sample4/s4_017.txt \
	tests/quotepull/sample4/s4_018.txt tests/quotepull/sample4/s4_019.txt tests/quotepull/sample4/s4_020.txt \
	tests/quotepull/sample4/s4_021.txt tests/quotepull/sample4/s4_022.txt tests/quotepull/sample4/s4_023.txt \
	tests/quotepull/sample4/s4_024.txt tests/quotepull/sample4/s4_025.txt tests/quotepull/sample4/s4_026.txt \
	tests/quotepull/sample4/s4_027.txt tests/quotepull/sample4/s4_028.txt tests/quotepull/sample4/s4_029.txt \
	tests/quotepull/sample4/s4_030.txt tests/quotepull/sample4/s4_031.txt tests/quotepull/sample4/s4_032.txt \
	tests/quotepull/sample4/s4_033.txt tests/quotepull/sample4/s4_034.txt tests/quotepull/sample4/s4_035.txt
# quotepull's blind batch 16 (scored against gold-batch16.tsv)
EXTRA_DIST += tests/quotepull/gold/gold-batch16.tsv $(quotepull_gold_batch16_texts)
quotepull_gold_batch16_texts = \
	tests/quotepull/gold/wn2019_004.txt tests/quotepull/gold/wn2019_013.txt \
	tests/quotepull/gold/wn2019_034.txt tests/quotepull/gold/wn2019_036.txt \
	tests/quotepull/gold/wn2019_040.txt tests/quotepull/gold/wn2019_058.txt \
	tests/quotepull/gold/wn2019_060.txt tests/quotepull/gold/wn2019_067.txt \
	tests/quotepull/gold/wn2019_070.txt tests/quotepull/gold/wn2019_078.txt \
	tests/quotepull/gold/wn2019_079.txt tests/quotepull/gold/wn2019_084.txt \
	tests/quotepull/gold/wn2019_093.txt tests/quotepull/gold/wn2019_125.txt \
	tests/quotepull/gold/wn2019_127.txt tests/quotepull/gold/wn2019_128.txt \
	tests/quotepull/gold/wn2019_136.txt tests/quotepull/gold/wn2019_155.txt \
	tests/quotepull/gold/wn2019_168.txt tests/quotepull/gold/wn2020_009.txt \
	tests/quotepull/gold/wn2020_021.txt tests/quotepull/gold/wn2020_033.txt \
	tests/quotepull/gold/wn2020_048.txt tests/quotepull/gold/wn2020_056.txt \
	tests/quotepull/gold/wn2020_065.txt tests/quotepull/gold/wn2020_074.txt \
	tests/quotepull/gold/wn2020_075.txt tests/quotepull/gold/wn2020_076.txt \
	tests/quotepull/gold/wn2020_090.txt tests/quotepull/gold/wn2020_111.txt \
	tests/quotepull/gold/wn2020_120.txt
