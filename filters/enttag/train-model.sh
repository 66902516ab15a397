#!/bin/sh
# train-model.sh - retrain the default English model (make model).
# usage: train-model.sh DATA LEXDIR ENTTAG-TRAIN OUT
# DATA is shared/data/enttag (see its SOURCES.md).  The dev sets are never
# trained on: gum.dev.bio, meantime.dev.bio and WikiGold documents 97-116.
# Extra flags for enttag-train may be given in ENTTAG_TRAIN_FLAGS.
set -e
data=$1 lex=$2 train=$3 out=$4
g=$data/gazetteers
tmp=${TMPDIR:-/tmp}/enttag-model.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# WikiGold: documents 1-96 train, 97-116 dev
awk -v tr="$tmp/wg.train.bio" -v dv="$tmp/wg.dev.bio" \
    '/^-DOCSTART-/ { d++ } { print > (d <= 96 ? tr : dv) }' \
    "$data/wikigold.train.bio"
# Words written lower case nearly everywhere in the training text and in
# unlabelled text beside it (never the dev sets)
shared=$data/..
{
	cat "$data/gum.train.bio" "$data/sec.train.bio" \
	    "$data/uner_ewt.train.bio" "$tmp/wg.train.bio"
	for f in "$shared"/quotepull/wikinews_raw/*.txt \
	    "$shared/sentsplit/ewt_train.txt" \
	    "$shared/sentsplit/gum_ccby_train.txt"; do
		test -r "$f" && cat "$f"
	done | tr -s ' \t' '\n\n' | sed 's/[.,;:!?"()]*$//; s/^["(]*//'
} | awk -f "$lex/../lowerwords.awk" | LC_ALL=C sort > "$tmp/lower.txt"
# the 30000 most frequent surnames (the list is sorted by frequency)
head -n 30000 "$g/census1990_last.txt" > "$tmp/last.txt"
"$train" -o "$out" -s 1 ${ENTTAG_TRAIN_FLAGS:--i 12 -F 45000} \
    -l country:$g/iso3166_countries.tsv \
    -l admin:$g/iso3166_subdivisions.tsv -l admin:$g/geonames_admin1.tsv \
    -l city:$g/tzdata_cities.tsv \
    -l first:$g/census1990_first_male.txt \
    -l first:$g/census1990_first_female.txt \
    -l last:"$tmp/last.txt" \
    -l demonym:$lex/demonyms.txt -l orgsuffix:$lex/orgsuffix.txt \
    -l orghead:$lex/orghead.txt -l title:$lex/title.txt \
    -l lochead:$lex/lochead.txt -l mischead:$lex/mischead.txt \
    -l stop:$lex/stop.txt -l orglist:$lex/orgs.txt -l lower:"$tmp/lower.txt" \
    -b "$data/multiconer.train.bio" \
    -c "$data/multiconer.train.bio" -c "$data/multiconer.train.bio" \
    -d "$data/meantime.dev.bio" -d "$data/gum.dev.bio" -d "$tmp/wg.dev.bio" \
    "$tmp/wg.train.bio" "$tmp/wg.train.bio" "$data/sec.train.bio" \
    "$data/gum.train.bio" -p MISC:"$data/uner_ewt.train.bio"
