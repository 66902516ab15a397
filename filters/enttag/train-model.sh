#!/bin/sh
# train-model.sh - retrain the default English model (make model).
# usage: train-model.sh DATA LEXDIR ENTTAG-TRAIN OUT
#    or: train-model.sh --check-inputs DATA LEXDIR
# DATA is shared/data/enttag (see its SOURCES.md).  The dev sets are never
# trained on: gum.dev.bio, meantime.dev.bio and WikiGold documents 97-116;
# -d only reports their scores after each pass.  ENTTAG_SEED (default 3) is
# the shuffling seed; extra flags for enttag-train may be given in
# ENTTAG_TRAIN_FLAGS (both models) and ENTTAG_FIRST_FLAGS (the first model
# of the self-training).  ENTTAG_CLUSTERS names the case-blind word
# clusters (enttag-train -L; default lex/glove-clusters.txt.gz; empty:
# none); they also extend the "lower" lexicon (lowerwords.awk).
# ENTTAG_KEEP=DIR keeps the lower lexicon, the first model and the
# self-training text there.
#
# The annotated data: WikiGold 1-96 (twice), SEC, GUM train, UNER EWT
# (MISC left open), Re-DocRED dev and test (wiki/SOURCES.md); MultiCoNER
# as lists and as case-blind text; every 8th document also in title case
# (-T 8) and an all-caps part trained on upper-case copies (-U 1).
# Self-training (ENTTAG_SELF_TRAIN=0 turns it off): a first model, trained
# on the annotated data alone, tags the unlabelled Wikinews articles of
# shared/data/quotepull/wikinews_raw (2019-2020; no dev document is among
# them) with enttag (ENTTAG, by default the enttag beside ENTTAG-TRAIN),
# and the model written to OUT is trained on that output as well.
# Compare settings on means over seeds (seed-means.sh, make seed-means)
# and on the newswire samples, never on one model or one dev set.
#
# Reproducible: the files are read in a fixed order (LC_ALL=C), training
# is deterministic for a seed, so at the commit that ships it this script
# makes en.model byte for byte (model_sha256; tests/enttag/train.sh checks
# that en.model is that model).  Where a remake differs, the checksums
# below tell which step moved: inputs_sha256 is that of every file read
# (data, gazetteers, lex/, in order; --check-inputs compares it without
# training, and tests/enttag/train.sh runs it: a list of lex/ changed
# without a new model fails there); first_sha256 that of the first model
# (enttag-train's training changed); self_sha256 that of the
# self-training text, which the enttag of the tree writes: a change to its
# rules, tokenizer or sentence splitter changes it, and so the model.
model_sha256=f850dfb11551f498598f3946a903f65efd982e0c575008acbe017887712e34c2
inputs_sha256=30787bf3b0555a14ba14923249c7f6a7bf521a6c96d1ee1797709642dc9efdfe
first_sha256=e7b2241b5ea6415fe91792697375b69cf383e6fff8f1e7966be4deda55c6b722
self_sha256=fdaec120f263153fb437a20472d892d0308eb3f1eecafb79541f47320376046b
LC_ALL=C
export LC_ALL
# inputs DATA LEXDIR: every file this script reads, in the order read
inputs() {
	for f in wikigold.train.bio gum.train.bio sec.train.bio \
	    uner_ewt.train.bio multiconer.train.bio wiki/redocred_dev.bio.gz \
	    wiki/redocred_test.bio.gz gazetteers/iso3166_countries.tsv \
	    gazetteers/iso3166_subdivisions.tsv gazetteers/geonames_admin1.tsv \
	    gazetteers/tzdata_cities.tsv gazetteers/census1990_first_male.txt \
	    gazetteers/census1990_first_female.txt \
	    gazetteers/census1990_last.txt; do
		echo "$1/$f"
	done
	for f in "$1"/../quotepull/wikinews_raw/*.txt \
	    "$1/../sentsplit/ewt_train.txt" \
	    "$1/../sentsplit/gum_ccby_train.txt" "$2"/*.txt \
	    "$2/glove-clusters.txt.gz" "$2/../wikigold-split.awk" \
	    "$2/../lowerwords.awk"; do
		echo "$f"
	done
}
# sum_inputs DATA LEXDIR: the sha256 of the sha256s of those files
sum_inputs() {
	inputs "$1" "$2" | while read -r f; do
		if [ -r "$f" ]; then sha256sum < "$f"; else echo "missing $f"; fi
	done | sha256sum | cut -d ' ' -f 1
}
if [ "$1" = --check-inputs ]; then
	sum=$(sum_inputs "$2" "$3")
	if [ "$sum" != "$inputs_sha256" ]; then
		echo "train-model.sh: the data or lexicons differ from those" \
		    "en.model was made from (sha256 $sum): make model" >&2
		exit 1
	fi
	exit 0
fi
set -e
data=$1 lex=$2 train=$3 out=$4
enttag=${ENTTAG:-$(dirname "$train")/enttag}
g=$data/gazetteers
tmp=${TMPDIR:-/tmp}/enttag-model.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# step_sum FILE SHA256 WHAT [WHY]: says when a step's output differs
step_sum() {
	s=$(sha256sum < "$1" | cut -d ' ' -f 1)
	[ "$s" = "$2" ] ||
		echo "train-model.sh: $3 differs from the shipped model's" \
		    "(sha256 $s)${4:+ $4}" >&2
}
step_sum_inputs() {
	s=$(sum_inputs "$data" "$lex")
	[ "$s" = "$inputs_sha256" ] ||
		echo "train-model.sh: the inputs differ from the shipped" \
		    "model's (sha256 $s)" >&2
}
step_sum_inputs
# WikiGold: documents 1-96 train, 97-116 dev
awk -v tr="$tmp/wg.train.bio" -v dv="$tmp/wg.dev.bio" \
    -f "$lex/../wikigold-split.awk" "$data/wikigold.train.bio"
# Words written lower case nearly everywhere in the training text and in
# unlabelled text beside it (never the dev sets), and with clusters the
# words of the classes of such words
shared=$data/..
{
	cat "$data/gum.train.bio" "$data/sec.train.bio" \
	    "$data/uner_ewt.train.bio" "$tmp/wg.train.bio"
	for f in "$shared"/quotepull/wikinews_raw/*.txt \
	    "$shared/sentsplit/ewt_train.txt" \
	    "$shared/sentsplit/gum_ccby_train.txt"; do
		test -r "$f" && cat "$f"
	done | tr -s ' \t' '\n\n' | awk '{
		# a blank line after a word that ends a sentence
		e = $0 ~ /[.!?]["\047)]*$/
		sub(/[.,;:!?"()]*$/, ""); sub(/^["(]*/, ""); print
		if (e) print ""
	}'
} > "$tmp/cased.tok"
clusters=${ENTTAG_CLUSTERS-$lex/glove-clusters.txt.gz}
if [ -n "$clusters" ]; then
	gzip -dcf "$clusters" > "$tmp/clusters.txt"
	clusters=$tmp/clusters.txt
fi
awk -v clusters="$clusters" -f "$lex/../lowerwords.awk" "$tmp/cased.tok" \
    > "$tmp/lower.u"
LC_ALL=C sort -u "$tmp/lower.u" > "$tmp/lower.txt"
# Re-DocRED's hand-annotated Wikipedia documents (wiki/SOURCES.md)
for f in redocred_dev redocred_test; do
	gzip -dc "$data/wiki/$f.bio.gz" > "$tmp/$f.bio"
done
# the 30000 most frequent surnames (the list is sorted by frequency)
head -n 30000 "$g/census1990_last.txt" > "$tmp/last.txt"
# fit OUTPUT [OPTION|FILE]...: the lexicons, the case-blind text and the
# annotated files every model is trained on, and more
fit() {
	o=$1
	shift
	"$train" -o "$o" -s "${ENTTAG_SEED:-3}" \
	    ${ENTTAG_TRAIN_FLAGS:--i 12 -F 90000 -K 90000 -r 3 -U 1 -T 8} \
	    -l country:$g/iso3166_countries.tsv -l country:$lex/countries.txt \
	    -l admin:$g/iso3166_subdivisions.tsv \
	    -l admin:$g/geonames_admin1.tsv \
	    -l city:$g/tzdata_cities.tsv \
	    -l first:$g/census1990_first_male.txt \
	    -l first:$g/census1990_first_female.txt \
	    -l last:"$tmp/last.txt" \
	    -l demonym:$lex/demonyms.txt -l orgsuffix:$lex/orgsuffix.txt \
	    -l orghead:$lex/orghead.txt -l title:$lex/title.txt \
	    -l lochead:$lex/lochead.txt -l mischead:$lex/mischead.txt \
	    -l stop:$lex/stop.txt -l orglist:$lex/orgs.txt \
	    -l lower:"$tmp/lower.txt" ${clusters:+-L "$clusters"} \
	    -b "$data/multiconer.train.bio" \
	    -c "$data/multiconer.train.bio" -c "$data/multiconer.train.bio" \
	    "$tmp/wg.train.bio" "$tmp/wg.train.bio" "$data/sec.train.bio" \
	    "$data/gum.train.bio" -p MISC:"$data/uner_ewt.train.bio" \
	    "$tmp/redocred_dev.bio" "$tmp/redocred_test.bio" "$@"
}
self=
if [ "${ENTTAG_SELF_TRAIN:-1}" = 1 ]; then
	# the first model: three perceptrons on different orders of the
	# data, averaged, more features kept (it is not shipped)
	fit "$tmp/first.model" -q ${ENTTAG_FIRST_FLAGS:--r 3 -F 100000}
	for f in "$shared"/quotepull/wikinews_raw/*.txt; do
		test -r "$f" || continue
		printf -- '-DOCSTART-\tO\n\n'
		"$enttag" -m "$tmp/first.model" -f conll < "$f"
	done > "$tmp/self.bio"
	self=$tmp/self.bio
	step_sum "$tmp/first.model" "$first_sha256" "the first model"
	step_sum "$self" "$self_sha256" "the self-training text" \
	    "(enttag's output changed)"
fi
fit "$out" \
    -d "$data/meantime.dev.bio" -d "$data/gum.dev.bio" -d "$tmp/wg.dev.bio" \
    ${self:+"$self"}
if [ -n "${ENTTAG_KEEP:-}" ]; then
	cp "$tmp/lower.txt" ${self:+"$tmp/first.model" "$self"} "$ENTTAG_KEEP/"
fi
sum=$(sha256sum < "$out" | cut -d ' ' -f 1)
if [ "$sum" = "$model_sha256" ]; then
	echo "train-model.sh: $out is the shipped model, byte for byte" >&2
else
	echo "train-model.sh: $out is not the shipped model (sha256 $sum)" >&2
fi
