## enttag: the named-entity tagger and its trainer

# The engine (no I/O), shared by enttag and enttag-train
noinst_LIBRARIES += libenttag.a
libenttag_a_SOURCES = \
	filters/enttag/enttag.h filters/enttag/etfeat.h \
	filters/enttag/etmodel.h filters/enttag/feat.c \
	filters/enttag/model.c filters/enttag/tagger.h filters/enttag/tagger.c \
	filters/enttag/facts.c filters/enttag/truecase.c filters/enttag/forced.c \
	filters/enttag/rules/rules.h filters/enttag/rules/rules.c \
	filters/enttag/rules/words.h \
	filters/enttag/rules/tables.c filters/enttag/rules/datelines.c \
	filters/enttag/rules/orgs.c filters/enttag/rules/slugs.c \
	filters/enttag/rules/persons.c filters/enttag/rules/products.c \
	filters/enttag/rules/misc.c
# the post-rules' word lists, one lexicon (rules/words.h)
enttag_words = \
	filters/enttag/rules/words/money.lst \
	filters/enttag/rules/words/dates.lst \
	filters/enttag/rules/words/demonym-ends.lst \
	filters/enttag/rules/words/breaks.lst \
	filters/enttag/rules/words/sports.lst \
	filters/enttag/rules/words/venue-preps.lst \
	filters/enttag/rules/words/place-heads.lst \
	filters/enttag/rules/words/index-names.lst \
	filters/enttag/rules/words/index-heads.lst \
	filters/enttag/rules/words/says.lst \
	filters/enttag/rules/words/particles.lst
nodist_libenttag_a_SOURCES = filters/enttag/rules/words-lex.c
filters/enttag/rules/words-lex.c: $(enttag_words) \
    $(srcdir)/filters/enttag/rules/words.h build-aux/gen-lexicon$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) filters/enttag/rules && \
	(cd $(srcdir)/filters/enttag/rules/words && $(GEN_LEXICON) \
	    -i rules/words.h -p EW_ -l et_words \
	    -f MONEY money.lst -f DATE dates.lst \
	    -f DEMONYM_END demonym-ends.lst -f BREAK breaks.lst \
	    -f SPORT sports.lst -f VENUE_PREP venue-preps.lst \
	    -f PLACE_HEAD place-heads.lst -f INDEX_NAME index-names.lst \
	    -f INDEX_HEAD index-heads.lst -f SAY says.lst \
	    -f PARTICLE particles.lst) > $@-t && \
	mv $@-t $@
BUILT_SOURCES += filters/enttag/rules/words-lex.c
CLEANFILES += filters/enttag/rules/words-lex.c
EXTRA_DIST += $(enttag_words)
# own flags, so that model.c (libenttag_a-model.o) and model.S
# (enttag-model.o) get objects of their own
libenttag_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/enttag
ENTTAG_LIBS = libenttag.a $(NU_LIBS) -lm

bin_PROGRAMS += enttag enttag-train
enttag_SOURCES = filters/enttag/main.c filters/enttag/model.S
enttag_CPPFLAGS = $(AM_CPPFLAGS) \
	-DET_MODEL_FILE='"$(srcdir)/filters/enttag/en.model"' \
	-DET_FILTER_FILE='"filters/enttag/en-filter.bin"'
# the compiled-in model's gazetteer filter, made at build time
noinst_PROGRAMS += enttag-mkfilter
enttag_mkfilter_SOURCES = filters/enttag/mkfilter.c
enttag_mkfilter_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/enttag
enttag_mkfilter_LDADD = $(ENTTAG_LIBS)
filters/enttag/en-filter.bin: $(srcdir)/filters/enttag/en.model \
    enttag-mkfilter$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) filters/enttag && \
	./enttag-mkfilter$(EXEEXT) $(srcdir)/filters/enttag/en.model > $@-t && \
	mv $@-t $@
CLEANFILES += filters/enttag/en-filter.bin
enttag_LDADD = $(ENTTAG_LIBS)
# The trainer's library (train/train.h), for enttag-train and rule-table
noinst_LIBRARIES += libenttag_train.a
libenttag_train_a_SOURCES = \
	filters/enttag/train/train.h filters/enttag/train/corpus.c \
	filters/enttag/train/gazetteer.c filters/enttag/train/perceptron.c \
	filters/enttag/train/export.c filters/enttag/train/evaluate.c
libenttag_train_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/enttag
enttag_train_SOURCES = filters/enttag/train.c
enttag_train_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/enttag
enttag_train_LDADD = libenttag_train.a $(ENTTAG_LIBS)
# make rule-table: what each post-rule is worth on the dev sets and the
# samples (tests/enttag/rule-table.sh)
check_PROGRAMS += tests/enttag/rule-table
tests_enttag_rule_table_SOURCES = tests/enttag/rule-table.c
tests_enttag_rule_table_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/enttag
tests_enttag_rule_table_LDADD = libenttag_train.a $(ENTTAG_LIBS)
rule-table: tests/enttag/rule-table$(EXEEXT)
	top_srcdir=$(top_srcdir) top_builddir=$(top_builddir) \
	$(SHELL) $(srcdir)/tests/enttag/rule-table.sh
.PHONY: rule-table
# word clusters from unlabelled text, for enttag-train --clusters
# (experimental: not used by make model, see train-model.sh)
check_PROGRAMS += enttag-clusters
enttag_clusters_SOURCES = filters/enttag/wclust.c
enttag_clusters_LDADD = $(NU_LIBS) -lm
# case-blind clusters of word vectors, for enttag-train --lower-clusters
# (experimental: not used by make model, see enttag-train.1)
check_PROGRAMS += enttag-vclusters
enttag_vclusters_SOURCES = filters/enttag/vclust.c
enttag_vclusters_LDADD = $(NU_LIBS) -lm

# .incbin is invisible to dependency tracking
filters/enttag/enttag-model.$(OBJEXT): $(srcdir)/filters/enttag/en.model \
    filters/enttag/en-filter.bin

enttag_lex = \
	filters/enttag/lex/demonyms.txt filters/enttag/lex/countries.txt \
	filters/enttag/lex/lochead.txt filters/enttag/lex/mischead.txt \
	filters/enttag/lex/orghead.txt filters/enttag/lex/orgsuffix.txt \
	filters/enttag/lex/stop.txt filters/enttag/lex/title.txt \
	filters/enttag/lex/orgs.txt filters/enttag/lex/glove-clusters.txt.gz
EXTRA_DIST += filters/enttag/en.model filters/enttag/train-model.sh \
	filters/enttag/seed-means.sh filters/enttag/wikigold-split.awk \
	filters/enttag/lowerwords.awk \
	filters/enttag/wink-vectors.js \
	$(enttag_lex)
dist_man_MANS += man/enttag.1 man/enttag-train.1

# make model: retrain filters/enttag/en.model from ../shared/data/enttag
# (enttag tags the unlabelled text of the self-training step)
ENTTAG_CORPUS = $(top_srcdir)/../shared/data/enttag
model: enttag-train$(EXEEXT) enttag$(EXEEXT)
	@if test ! -d "$(ENTTAG_CORPUS)"; then \
		echo "make model: $(ENTTAG_CORPUS) not found" >&2; exit 1; fi
	ENTTAG=./enttag$(EXEEXT) \
	$(SHELL) $(srcdir)/filters/enttag/train-model.sh "$(ENTTAG_CORPUS)" \
		$(srcdir)/filters/enttag/lex ./enttag-train$(EXEEXT) \
		$(srcdir)/filters/enttag/en.model

# make seed-means [SEEDS="1 2 3"]: the dev F1 of make model's setting (or
# of ENTTAG_TRAIN_FLAGS, ENTTAG_SELF_TRAIN), mean and spread over seeds
SEEDS = 1 2 3 4 5 6 7 8
seed-means: enttag-train$(EXEEXT) enttag$(EXEEXT)
	@if test ! -d "$(ENTTAG_CORPUS)"; then \
		echo "make seed-means: $(ENTTAG_CORPUS) not found" >&2; exit 1; fi
	ENTTAG=./enttag$(EXEEXT) \
	$(SHELL) $(srcdir)/filters/enttag/seed-means.sh "$(ENTTAG_CORPUS)" \
		$(srcdir)/filters/enttag/lex ./enttag-train$(EXEEXT) $(SEEDS)
.PHONY: model seed-means

# Tests
enttag_tests = \
	tests/enttag/cli.sh \
	tests/enttag/badinput.sh \
	tests/enttag/train.sh
TESTS += $(enttag_tests) tests/enttag/score
EXTRA_DIST += $(enttag_tests) tests/enttag/score \
	tests/enttag/dev-sets.sh tests/enttag/rule-table.sh \
	tests/data/newswire-sample.bio tests/data/newswire-sample2.bio \
	tests/data/newswire-sample3.bio tests/data/newswire-sample4.bio \
	tests/data/newswire-sample5.bio tests/data/newswire-sample6.bio \
	tests/data/newswire-sample7.bio tests/data/newswire-sample8.bio \
	tests/data/newswire-sample9.bio tests/data/newswire-sample10.bio \
	tests/data/newswire-sample11.bio tests/data/newswire-sample12.bio \
	tests/data/newswire-sample13.bio tests/data/newswire-sample14.bio \
	tests/data/newswire-sample15.bio
check_PROGRAMS += tests/enttag/test_enttag
tests_enttag_test_enttag_SOURCES = tests/enttag/test_enttag.c
tests_enttag_test_enttag_CFLAGS = $(UNIT_CFLAGS)
tests_enttag_test_enttag_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/filters/enttag \
	-DET_TEST_MODEL='"$(srcdir)/filters/enttag/en.model"'
tests_enttag_test_enttag_LDADD = libenttag.a $(UNIT_LDADD) -lm
TESTS += tests/enttag/test_enttag
bench_scripts += tests/bench/enttag.sh
EXTRA_DIST += tests/bench/enttag.sh
