# lowerwords.awk - words written lower case nearly everywhere they occur
# not first in a sentence ("apple" vs "Apple"); input: one token per line
# (column 1), blank lines between sentences.  Output: one word a line.
BEGIN { FS = "\t"; first = 1 }
/^$/ { first = 1; next }
/^-DOCSTART-/ { first = 1; next }
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
	for (l in n)
		if (n[l] >= 3 && low[l] >= 0.9 * n[l])
			print l
}
