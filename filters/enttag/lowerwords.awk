# lowerwords.awk - words written lower case nearly everywhere they occur
# not first in a sentence ("apple" vs "Apple"); input: one token per line
# (column 1), blank lines between sentences.  Output: one word a line.
#
# With -v clusters=FILE (enttag-vclusters output: word TAB class TAB class
# TAB class), also the common words the text is too small to show, found
# by their finest class.  A word is "seen in lower case" when at least 80%
# of its uses, not first in a sentence, are in lower case.  A class
# qualifies when at least 30% of its words are seen in lower case and at
# most 20% of those seen at all are not; a word of such a class is printed
# unless it is seen and not in lower case.  "iodine", "ultrasound" (never
# seen) go with "sodium" or "laser"; "abacha" does not go with "ousted"
# and "junta", whose class is mostly names never seen.  A word may be
# printed twice.
BEGIN {
	FS = "\t"
	first = 1
	while (clusters != "" && (r = getline line < clusters) > 0) {
		split(line, f, "\t")
		cl[f[1]] = f[4]
		size[f[4]]++
	}
	if (r < 0) {
		print "lowerwords.awk: cannot read " clusters > "/dev/stderr"
		exit 2
	}
}
/^$/ || /^-DOCSTART-/ { first = 1; next }
{
	w = $1
	if (!first && w ~ /^[A-Za-z][a-z]+$/) {
		l = tolower(w)
		n[l]++
		if (w == l)
			low[l]++
	}
	first = 0
}
END {
	if (r < 0)
		exit 2
	for (l in n) {
		if (n[l] >= 3 && low[l] >= 0.9 * n[l])
			print l
		if (l in cl) {
			if (low[l] >= 0.8 * n[l])
				nlow[cl[l]]++
			else
				ncap[cl[l]]++
		}
	}
	for (w in cl) {
		c = cl[w]
		if (w !~ /^[a-z][a-z]+$/ || nlow[c] < 0.3 * size[c] ||
		    ncap[c] > 0.2 * (nlow[c] + ncap[c]))
			continue
		if (!(w in n) || low[w] >= 0.8 * n[w])
			print w
	}
}
