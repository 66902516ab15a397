## newsview: the annotated stream as records, CoNLL columns or a page

# The engine (no I/O)
noinst_LIBRARIES += libnewsview.a
libnewsview_a_SOURCES = \
	filters/newsview/nv.h filters/newsview/annot.c \
	filters/newsview/records.c filters/newsview/html.c \
	filters/newsview/summary.c filters/newsview/summary.h
NEWSVIEW_LIBS = libnewsview.a $(NU_LIBS)

bin_PROGRAMS += newsview
newsview_SOURCES = filters/newsview/main.c
newsview_LDADD = $(NEWSVIEW_LIBS)
dist_man_MANS += man/newsview.1
# make demo's page
CLEANFILES += demo.html

# Tests
check_PROGRAMS += tests/newsview/test_newsview
tests_newsview_test_newsview_SOURCES = tests/newsview/test_newsview.c
tests_newsview_test_newsview_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/filters/newsview
tests_newsview_test_newsview_CFLAGS = $(UNIT_CFLAGS)
tests_newsview_test_newsview_LDADD = libnewsview.a $(UNIT_LDADD)
TESTS += tests/newsview/test_newsview

newsview_tests = \
	tests/newsview/cli.sh \
	tests/newsview/join.sh \
	tests/newsview/browser.sh
TESTS += $(newsview_tests)
EXTRA_DIST += $(newsview_tests) tests/newsview/join.py tests/newsview/dom.py
bench_scripts += tests/bench/newsview.sh
EXTRA_DIST += tests/bench/newsview.sh
EXTRA_DIST += doc/newsview-demo.png
