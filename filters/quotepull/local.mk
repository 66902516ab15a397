## quotepull: direct quotations and their speakers

# The engine (no I/O) and its compiled-in lexicon
noinst_LIBRARIES += libquotepull.a
libquotepull_a_SOURCES = \
	filters/quotepull/engine.c \
	filters/quotepull/tokens.c \
	filters/quotepull/marks.c \
	filters/quotepull/sentences.c \
	filters/quotepull/mentions.c \
	filters/quotepull/roles.c \
	filters/quotepull/tagged.c \
	filters/quotepull/names.c \
	filters/quotepull/index.c \
	filters/quotepull/clauses.c \
	filters/quotepull/speaker.c \
	filters/quotepull/terms.c \
	filters/quotepull/attribution.c \
	filters/quotepull/before.c \
	filters/quotepull/pronouns.c \
	filters/quotepull/turns.c \
	filters/quotepull/qp.h filters/quotepull/engine.h filters/quotepull/attr.h \
	filters/quotepull/spk.h filters/quotepull/names.h \
	filters/quotepull/qp_lex.h filters/quotepull/words.h
nodist_libquotepull_a_SOURCES = filters/quotepull/qp_lexdata.c
libquotepull_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/filters/quotepull
QUOTEPULL_LIBS = libquotepull.a $(NU_LIBS)

qp_lexdir = filters/quotepull/lex
quotepull_lex = \
	$(qp_lexdir)/verbs.lst $(qp_lexdir)/preps.lst $(qp_lexdir)/dets.lst \
	$(qp_lexdir)/pronouns.lst $(qp_lexdir)/roles.lst $(qp_lexdir)/orgwords.lst \
	$(qp_lexdir)/stopcaps.lst $(qp_lexdir)/given_female.lst \
	$(qp_lexdir)/given_male.lst $(qp_lexdir)/abbrev.lst $(qp_lexdir)/conj.lst \
	$(qp_lexdir)/quant.lst $(qp_lexdir)/postnominal.lst $(qp_lexdir)/common.lst \
	$(qp_lexdir)/things.lst $(qp_lexdir)/articles.lst \
	$(qp_lexdir)/title_status.lst $(qp_lexdir)/carriers.lst \
	$(qp_lexdir)/cardinals.lst $(qp_lexdir)/subord.lst \
	$(qp_lexdir)/termnouns.lst
# and beside it qp_words, lists the attribution rules ask about, a flag
# each (words.h)
quotepull_words = $(qp_lexdir)/citing.lst $(qp_lexdir)/quoted-words.lst \
	$(qp_lexdir)/name-particles.lst $(qp_lexdir)/hyphen-particles.lst
filters/quotepull/qp_lexdata.c: $(quotepull_lex) $(quotepull_words) \
    build-aux/gen-lexicon$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) filters/quotepull && \
	(cd $(srcdir) && $(GEN_LEXICON) -i qp_lex.h -i words.h -p QL_ -l qp_lexicon \
	    -f VERB $(qp_lexdir)/verbs.lst -f PREP $(qp_lexdir)/preps.lst \
	    -f DET $(qp_lexdir)/dets.lst -f PRON $(qp_lexdir)/pronouns.lst \
	    -f - $(qp_lexdir)/roles.lst -f ORGWORD $(qp_lexdir)/orgwords.lst \
	    -f STOPCAP $(qp_lexdir)/stopcaps.lst \
	    -f 'GIVEN|FEM' $(qp_lexdir)/given_female.lst \
	    -f 'GIVEN|MASC' $(qp_lexdir)/given_male.lst \
	    -f ABBR $(qp_lexdir)/abbrev.lst -f CONJ $(qp_lexdir)/conj.lst \
	    -f INDEF $(qp_lexdir)/quant.lst -f POSTNOM $(qp_lexdir)/postnominal.lst \
	    -f COMMON $(qp_lexdir)/common.lst -f THING $(qp_lexdir)/things.lst \
	    -f ARTICLE $(qp_lexdir)/articles.lst \
	    -f STATUS $(qp_lexdir)/title_status.lst \
	    -f CARRIER $(qp_lexdir)/carriers.lst \
	    -f CARDINAL $(qp_lexdir)/cardinals.lst \
	    -f SUBORD $(qp_lexdir)/subord.lst \
	    -f TERMNOUN $(qp_lexdir)/termnouns.lst \
	    -s 'qp_shape_pronrole=PRON|ROLE' -s qp_shape_abbr=ABBR \
	    -l qp_words -p W_ -f CITING $(qp_lexdir)/citing.lst \
	    -f QUOTED_WORDS $(qp_lexdir)/quoted-words.lst \
	    -f NAME_PARTICLE $(qp_lexdir)/name-particles.lst \
	    -f HYPH_PARTICLE $(qp_lexdir)/hyphen-particles.lst) \
		> $@-t && mv $@-t $@
BUILT_SOURCES += filters/quotepull/qp_lexdata.c
CLEANFILES += filters/quotepull/qp_lexdata.c

EXTRA_DIST += $(quotepull_lex) $(quotepull_words)

bin_PROGRAMS += quotepull
quotepull_SOURCES = filters/quotepull/main.c
quotepull_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/filters/quotepull
quotepull_LDADD = $(QUOTEPULL_LIBS)
dist_man_MANS += man/quotepull.1

# Tests
check_PROGRAMS += tests/quotepull/test_quotepull
tests_quotepull_test_quotepull_SOURCES = tests/quotepull/test_quotepull.c \
	tests/quotepull/test_speakers.c tests/quotepull/test_reader.c \
	tests/quotepull/test_tags.c \
	tests/quotepull/qp_test.c tests/quotepull/qp_test.h
tests_quotepull_test_quotepull_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/filters/quotepull
tests_quotepull_test_quotepull_CFLAGS = $(UNIT_CFLAGS)
tests_quotepull_test_quotepull_LDADD = libquotepull.a $(UNIT_LDADD)
TESTS += tests/quotepull/test_quotepull

quotepull_tests = \
	tests/quotepull/cli.sh \
	tests/quotepull/badinput.sh \
	tests/quotepull/accuracy.sh
TESTS += $(quotepull_tests)
EXTRA_DIST += $(quotepull_tests) tests/quotepull/score.py \
	tests/quotepull/gold/SOURCES.md tests/quotepull/gold/articles.tsv \
	tests/quotepull/gold/gold.tsv tests/quotepull/gold/spec.tsv \
	tests/quotepull/gold/mkgold.py $(quotepull_gold_texts)
quotepull_gold_texts = \
	tests/quotepull/gold/wn2019_000.txt tests/quotepull/gold/wn2019_001.txt \
	tests/quotepull/gold/wn2019_002.txt tests/quotepull/gold/wn2019_003.txt \
	tests/quotepull/gold/wn2019_006.txt tests/quotepull/gold/wn2019_007.txt \
	tests/quotepull/gold/wn2019_008.txt tests/quotepull/gold/wn2019_009.txt \
	tests/quotepull/gold/wn2019_011.txt tests/quotepull/gold/wn2019_012.txt \
	tests/quotepull/gold/wn2019_014.txt tests/quotepull/gold/wn2019_015.txt \
	tests/quotepull/gold/wn2019_016.txt tests/quotepull/gold/wn2019_017.txt \
	tests/quotepull/gold/wn2019_018.txt tests/quotepull/gold/wn2019_019.txt \
	tests/quotepull/gold/wn2019_021.txt tests/quotepull/gold/wn2019_022.txt \
	tests/quotepull/gold/wn2019_023.txt tests/quotepull/gold/wn2019_025.txt \
	tests/quotepull/gold/wn2019_026.txt tests/quotepull/gold/wn2019_027.txt \
	tests/quotepull/gold/wn2019_028.txt tests/quotepull/gold/wn2019_029.txt \
	tests/quotepull/gold/wn2019_030.txt tests/quotepull/gold/wn2019_031.txt \
	tests/quotepull/gold/wn2019_032.txt tests/quotepull/gold/wn2019_033.txt \
	tests/quotepull/gold/wn2019_035.txt tests/quotepull/gold/wn2019_037.txt \
	tests/quotepull/gold/wn2019_038.txt tests/quotepull/gold/wn2019_039.txt \
	tests/quotepull/gold/wn2019_041.txt tests/quotepull/gold/wn2019_042.txt \
	tests/quotepull/gold/wn2019_044.txt tests/quotepull/gold/wn2019_045.txt \
	tests/quotepull/gold/wn2019_047.txt tests/quotepull/gold/wn2019_049.txt \
	tests/quotepull/gold/wn2019_050.txt tests/quotepull/gold/wn2019_053.txt \
	tests/quotepull/gold/wn2019_054.txt tests/quotepull/gold/wn2019_055.txt \
	tests/quotepull/gold/wn2019_056.txt tests/quotepull/gold/wn2019_059.txt \
	tests/quotepull/gold/wn2019_061.txt tests/quotepull/gold/wn2019_063.txt \
	tests/quotepull/gold/wn2019_064.txt tests/quotepull/gold/wn2019_066.txt \
	tests/quotepull/gold/wn2019_068.txt tests/quotepull/gold/wn2019_069.txt \
	tests/quotepull/gold/wn2019_072.txt tests/quotepull/gold/wn2019_073.txt \
	tests/quotepull/gold/wn2019_075.txt tests/quotepull/gold/wn2019_077.txt \
	tests/quotepull/gold/wn2019_080.txt tests/quotepull/gold/wn2019_081.txt \
	tests/quotepull/gold/wn2019_082.txt tests/quotepull/gold/wn2019_083.txt \
	tests/quotepull/gold/wn2019_085.txt tests/quotepull/gold/wn2019_088.txt \
	tests/quotepull/gold/wn2019_089.txt tests/quotepull/gold/wn2019_091.txt \
	tests/quotepull/gold/wn2019_094.txt tests/quotepull/gold/wn2019_095.txt \
	tests/quotepull/gold/wn2019_097.txt tests/quotepull/gold/wn2019_098.txt \
	tests/quotepull/gold/wn2019_099.txt tests/quotepull/gold/wn2019_101.txt \
	tests/quotepull/gold/wn2019_103.txt tests/quotepull/gold/wn2019_104.txt \
	tests/quotepull/gold/wn2019_105.txt tests/quotepull/gold/wn2019_106.txt \
	tests/quotepull/gold/wn2019_108.txt tests/quotepull/gold/wn2019_109.txt \
	tests/quotepull/gold/wn2019_110.txt tests/quotepull/gold/wn2019_111.txt \
	tests/quotepull/gold/wn2019_112.txt tests/quotepull/gold/wn2019_113.txt \
	tests/quotepull/gold/wn2019_114.txt tests/quotepull/gold/wn2019_115.txt \
	tests/quotepull/gold/wn2019_116.txt tests/quotepull/gold/wn2019_117.txt \
	tests/quotepull/gold/wn2019_118.txt tests/quotepull/gold/wn2019_119.txt \
	tests/quotepull/gold/wn2019_120.txt tests/quotepull/gold/wn2019_121.txt \
	tests/quotepull/gold/wn2019_122.txt tests/quotepull/gold/wn2019_129.txt \
	tests/quotepull/gold/wn2019_130.txt tests/quotepull/gold/wn2019_131.txt \
	tests/quotepull/gold/wn2019_134.txt tests/quotepull/gold/wn2019_137.txt \
	tests/quotepull/gold/wn2019_139.txt tests/quotepull/gold/wn2019_140.txt \
	tests/quotepull/gold/wn2019_142.txt tests/quotepull/gold/wn2019_143.txt \
	tests/quotepull/gold/wn2019_145.txt tests/quotepull/gold/wn2019_146.txt \
	tests/quotepull/gold/wn2019_147.txt tests/quotepull/gold/wn2019_150.txt \
	tests/quotepull/gold/wn2019_154.txt tests/quotepull/gold/wn2019_156.txt \
	tests/quotepull/gold/wn2019_160.txt tests/quotepull/gold/wn2019_161.txt \
	tests/quotepull/gold/wn2019_164.txt tests/quotepull/gold/wn2019_165.txt \
	tests/quotepull/gold/wn2019_166.txt tests/quotepull/gold/wn2019_170.txt \
	tests/quotepull/gold/wn2020_001.txt tests/quotepull/gold/wn2020_002.txt \
	tests/quotepull/gold/wn2020_008.txt tests/quotepull/gold/wn2020_010.txt \
	tests/quotepull/gold/wn2020_011.txt tests/quotepull/gold/wn2020_012.txt \
	tests/quotepull/gold/wn2020_013.txt tests/quotepull/gold/wn2020_016.txt \
	tests/quotepull/gold/wn2020_026.txt tests/quotepull/gold/wn2020_028.txt \
	tests/quotepull/gold/wn2020_029.txt tests/quotepull/gold/wn2020_034.txt \
	tests/quotepull/gold/wn2020_037.txt tests/quotepull/gold/wn2020_038.txt \
	tests/quotepull/gold/wn2020_040.txt tests/quotepull/gold/wn2020_041.txt \
	tests/quotepull/gold/wn2020_045.txt tests/quotepull/gold/wn2020_046.txt \
	tests/quotepull/gold/wn2020_049.txt tests/quotepull/gold/wn2020_052.txt \
	tests/quotepull/gold/wn2020_053.txt tests/quotepull/gold/wn2020_055.txt \
	tests/quotepull/gold/wn2020_058.txt tests/quotepull/gold/wn2020_059.txt \
	tests/quotepull/gold/wn2020_060.txt tests/quotepull/gold/wn2020_061.txt \
	tests/quotepull/gold/wn2020_062.txt tests/quotepull/gold/wn2020_063.txt \
	tests/quotepull/gold/wn2020_064.txt tests/quotepull/gold/wn2020_067.txt \
	tests/quotepull/gold/wn2020_072.txt tests/quotepull/gold/wn2020_080.txt \
	tests/quotepull/gold/wn2020_081.txt tests/quotepull/gold/wn2020_083.txt \
	tests/quotepull/gold/wn2020_087.txt tests/quotepull/gold/wn2020_089.txt \
	tests/quotepull/gold/wn2020_091.txt tests/quotepull/gold/wn2020_092.txt \
	tests/quotepull/gold/wn2020_094.txt tests/quotepull/gold/wn2020_095.txt \
	tests/quotepull/gold/wn2020_096.txt tests/quotepull/gold/wn2020_098.txt \
	tests/quotepull/gold/wn2020_109.txt tests/quotepull/gold/wn2020_114.txt \
	tests/quotepull/gold/wn2020_115.txt tests/quotepull/gold/wn2020_116.txt \
	tests/quotepull/gold/wn2020_118.txt tests/quotepull/gold/wn2020_123.txt
# blind batch 14, scored against its own gold while it is new
EXTRA_DIST += tests/quotepull/gold/gold-batch14.tsv $(quotepull_gold_batch14_texts)
quotepull_gold_batch14_texts = \
	tests/quotepull/gold/wn2019_092.txt tests/quotepull/gold/wn2019_141.txt \
	tests/quotepull/gold/wn2019_144.txt tests/quotepull/gold/wn2019_167.txt \
	tests/quotepull/gold/wn2020_030.txt tests/quotepull/gold/wn2020_047.txt \
	tests/quotepull/gold/wn2020_051.txt tests/quotepull/gold/wn2020_070.txt \
	tests/quotepull/gold/wn2020_071.txt tests/quotepull/gold/wn2020_078.txt \
	tests/quotepull/gold/wn2020_086.txt tests/quotepull/gold/wn2020_099.txt \
	tests/quotepull/gold/wn2020_119.txt tests/quotepull/gold/wn2020_121.txt