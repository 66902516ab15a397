#!/usr/bin/env python3
"""Make gold.tsv (doc start end TYPE VALUE text MOD, byte offsets) from
annotations.tsv, where each line names a span by its text: the first
occurrence, as a whole word, after the previous span of the same document."""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
pos = {}
out = []
for line in open(os.path.join(here, "annotations.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    doc, span, typ, val = f[:4]
    mod = f[4] if len(f) > 4 else ""
    text = open(os.path.join(here, "text", doc + ".txt"), "rb").read()
    m = re.compile(rb"(?<![\w-])" + re.escape(span.encode()) + rb"(?![\w-])").search(
        text, pos.get(doc, 0))
    if not m:
        sys.exit("%s: %r not found" % (doc, span))
    pos[doc] = m.start() + 1
    out.append("\t".join([doc, str(m.start()), str(m.end()), typ, val, span, mod]))
with open(os.path.join(here, "gold.tsv"), "w", encoding="utf-8") as g:
    g.write("\n".join(out) + "\n")
