#!/usr/bin/env python3
"""Build gold.tsv from spec.tsv, the hand annotation of the articles here.

spec.tsv columns: doc, prefix, suffix, speakers, type, mention.  The quote
span starts at the first occurrence of prefix (which begins with the opening
mark) after the previous quote of the same doc, and ends after the first
suffix (which ends with the closing mark) from there.  speakers lists the
accepted names with '|', full name first; type is full, partial, headline
or ignore; mention is the attributing mention as written ('-' for none),
located as its nearest occurrence before the quote, else after it.

A blind batch is kept in a gold of its own while it is new, so that the
floors on gold.tsv keep measuring the same quotes: the rows after a line
"# blind batch N ..." of spec.tsv, N in SEPARATE, go to gold-batchN.tsv.
A batch not scored yet keeps its texts in DIR/batchN/, out of the tests
that run quotepull on every DIR/wn*.txt: a doc's text is DIR/DOC.txt, else
DIR/batchN/DOC.txt.

usage: mkgold.py DIR  (reads DIR/spec.tsv and DIR/DOC.txt, writes gold.tsv
and gold-batchN.tsv for each N in SEPARATE)
"""
import os
import re
import sys

SEPARATE = {"14", "15", "16"}
HEADER = ("doc\tquote_start\tquote_end\tspeaker_text\tspeaker_start\tspeaker_end"
          "\ttype\tspeaker_mention\tquote")


def main(d):
    outs = {"gold.tsv": [HEADER]}
    for n in sorted(SEPARATE):
        outs["gold-batch%s.tsv" % n] = [HEADER]
    out = outs["gold.tsv"]
    pos = {}
    texts = {}
    batch = None
    with open(os.path.join(d, "spec.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = re.match(r"# blind batch (\d+)", line)
            if m:
                batch = m.group(1)
                out = outs["gold-batch%s.tsv" % m.group(1) if m.group(1) in SEPARATE
                           else "gold.tsv"]
            if line.startswith("#") or not line.strip():
                continue
            doc, pre, suf, spk, typ, men = line.rstrip("\n").split("\t")
            if doc not in texts:
                path = os.path.join(d, doc + ".txt")
                if not os.path.exists(path) and batch:
                    path = os.path.join(d, "batch" + batch, doc + ".txt")
                with open(path, encoding="utf-8") as t:
                    texts[doc] = t.read().encode("utf-8")
            b = texts[doc]
            s = b.find(pre.encode(), pos.get(doc, 0))
            if s < 0:
                sys.exit("spec.tsv:%d: prefix not found: %s" % (n, pre))
            e = b.find(suf.encode(), s + len(pre.encode()) - len(suf.encode()))
            if e < 0:
                sys.exit("spec.tsv:%d: suffix not found: %s" % (n, suf))
            e += len(suf.encode())
            pos[doc] = e
            ms = me = ""
            if men != "-":
                m = b.rfind(men.encode(), 0, s)
                if m < 0:
                    m = b.find(men.encode(), e)
                if m >= 0:
                    ms, me = str(m), str(m + len(men.encode()))
            q = b[s:e].decode().replace("\t", " ").replace("\n", "\\n")
            out.append("\t".join([doc, str(s), str(e), spk if typ != "ignore" else "-",
                                  ms, me, typ, men, q]))
    for name, rows in outs.items():
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
