## datenorm: temporal expressions normalized to TimeML TIMEX3

# The engine (no I/O) with its compiled-in lexicon, and the TimeML reader
noinst_LIBRARIES += libdatenorm.a
libdatenorm_a_SOURCES = \
	filters/datenorm/datenorm.h filters/datenorm/engine.c \
	filters/datenorm/engine.h filters/datenorm/dn_lex.h \
	filters/datenorm/tokens.c filters/datenorm/skim.c \
	filters/datenorm/calendar.c filters/datenorm/value.c \
	filters/datenorm/context.c filters/datenorm/parts.c \
	filters/datenorm/rules/rules.h filters/datenorm/rules/words.h \
	filters/datenorm/rules/dates.c \
	filters/datenorm/rules/durations.c \
	filters/datenorm/rules/periods.c \
	filters/datenorm/rules/clock.c \
	filters/datenorm/rules/relative.c \
	filters/datenorm/rules/sets.c \
	filters/datenorm/rules/holidays.c \
	filters/datenorm/rules/the.c \
	filters/datenorm/rules/modifiers.c \
	filters/datenorm/timeml.c filters/datenorm/timeml.h
nodist_libdatenorm_a_SOURCES = filters/datenorm/dn_lexdata.c
libdatenorm_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/filters/datenorm
DATENORM_LIBS = libdatenorm.a $(NU_LIBS)

# the lexicon: the words that can take part in an expression, or tell the
# tense, with a class, a value and flags (the names of dn_lex.h)
dn_lexdir = filters/datenorm/lex
datenorm_lex = \
	$(dn_lexdir)/months.lst $(dn_lexdir)/weekdays.lst \
	$(dn_lexdir)/numbers.lst $(dn_lexdir)/units.lst $(dn_lexdir)/days.lst \
	$(dn_lexdir)/seasons.lst $(dn_lexdir)/holidays.lst \
	$(dn_lexdir)/references.lst $(dn_lexdir)/sets.lst \
	$(dn_lexdir)/modifiers.lst $(dn_lexdir)/zones.lst $(dn_lexdir)/tense.lst
# and beside it dn_words, the lists the rules ask about, a flag each
# (rules/words.h)
datenorm_words = \
	$(dn_lexdir)/practices.lst $(dn_lexdir)/length-verbs.lst \
	$(dn_lexdir)/counted.lst $(dn_lexdir)/owners.lst \
	$(dn_lexdir)/modals.lst $(dn_lexdir)/offices.lst \
	$(dn_lexdir)/superlatives.lst $(dn_lexdir)/sessions.lst \
	$(dn_lexdir)/year-owners.lst $(dn_lexdir)/count-nouns.lst \
	$(dn_lexdir)/auxiliaries.lst
filters/datenorm/dn_lexdata.c: $(datenorm_lex) $(datenorm_words) \
    build-aux/gen-lexicon$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) filters/datenorm && \
	(cd $(srcdir) && $(GEN_LEXICON) -i dn_lex.h -i rules/words.h \
	    -l dn_lexicon $(datenorm_lex) \
	    -l dn_words -p W_ \
	    -f PRACTICE $(dn_lexdir)/practices.lst \
	    -f LENGTH_VERB $(dn_lexdir)/length-verbs.lst \
	    -f COUNTED $(dn_lexdir)/counted.lst \
	    -f OWNER $(dn_lexdir)/owners.lst \
	    -f MODAL $(dn_lexdir)/modals.lst \
	    -f OFFICE $(dn_lexdir)/offices.lst \
	    -f SUPERLATIVE $(dn_lexdir)/superlatives.lst \
	    -f SESSION $(dn_lexdir)/sessions.lst \
	    -f YEAR_OWNER $(dn_lexdir)/year-owners.lst \
	    -f COUNT_NOUN $(dn_lexdir)/count-nouns.lst \
	    -f AUXILIARY $(dn_lexdir)/auxiliaries.lst \
	    -s dn_shape_count_noun=COUNT_NOUN \
	    -s dn_shape_auxiliary=AUXILIARY) > $@-t && mv $@-t $@
BUILT_SOURCES += filters/datenorm/dn_lexdata.c
CLEANFILES += filters/datenorm/dn_lexdata.c
EXTRA_DIST += $(datenorm_lex) $(datenorm_words)

bin_PROGRAMS += datenorm
datenorm_SOURCES = filters/datenorm/main.c
datenorm_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/filters/datenorm
datenorm_LDADD = $(DATENORM_LIBS)
dist_man_MANS += man/datenorm.1

# Tests
check_PROGRAMS += tests/datenorm/test_datenorm
tests_datenorm_test_datenorm_SOURCES = tests/datenorm/test_datenorm.c
tests_datenorm_test_datenorm_CPPFLAGS = $(AM_CPPFLAGS) \
	-I$(top_srcdir)/filters/datenorm
tests_datenorm_test_datenorm_CFLAGS = $(UNIT_CFLAGS)
tests_datenorm_test_datenorm_LDADD = $(DATENORM_LIBS) $(UNIT_LDADD)
TESTS += tests/datenorm/test_datenorm

datenorm_tests = \
	tests/datenorm/cli.sh \
	tests/datenorm/badinput.sh \
	tests/datenorm/examples.sh \
	tests/datenorm/accuracy.sh
TESTS += $(datenorm_tests)
EXTRA_DIST += $(datenorm_tests) tests/datenorm/score.py \
	tests/datenorm/sample.tml
# datenorm's own TimeML dev sample (scored by accuracy.sh)
EXTRA_DIST += tests/datenorm/wikinews/SOURCES.md \
	tests/datenorm/wikinews/annotations.tsv \
	tests/datenorm/wikinews/dct.tsv tests/datenorm/wikinews/gold.tsv \
	tests/datenorm/wikinews/make-gold.py \
	tests/datenorm/wikinews/text/wn2020_052.txt \
	tests/datenorm/wikinews/text/wn2020_058.txt \
	tests/datenorm/wikinews/text/wn2020_068.txt \
	tests/datenorm/wikinews/text/wn2020_075.txt \
	tests/datenorm/wikinews/text/wn2020_079.txt \
	tests/datenorm/wikinews/text/wn2020_081.txt \
	tests/datenorm/wikinews/text/wn2020_089.txt \
	tests/datenorm/wikinews/text/wn2020_101.txt
bench_scripts += tests/bench/datenorm.sh
EXTRA_DIST += tests/bench/datenorm.sh
