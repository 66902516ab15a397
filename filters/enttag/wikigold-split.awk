# wikigold-split.awk - the one split of WikiGold (shared/data/enttag/
# wikigold.train.bio) into training documents 1-96 and the held-back dev
# documents 97-116, which are never trained on.  Writes the training part
# to the file named by tr and the dev part to dv; an empty name skips it.
# Used by train-model.sh, seed-means.sh and tests/enttag/score.
/^-DOCSTART-/ { d++ }
d <= 96 && tr != "" { print > tr }
d > 96 && dv != "" { print > dv }
