#!/usr/bin/env python3
"""join.py ORIGINAL RECORDS KIND -- every stand-off record joined with the
original file gives back its text.

KIND:
  tsv, json    newsview's records: bytes [start, end) are the text, and so
               are code points [char_start, char_end) of the file read as
               UTF-8 (an invalid byte is one character, as Python's
               surrogateescape reads it); prints the records per layer
  TEXT:N:HOW   a filter's TSV records, its text in column N (1-based):
               HOW is exact, folded (white space runs as one space, as
               sentsplit writes it) or inside (quotepull's quote, between
               the marks)
"""
import json
import re
import sys


def unescape(field):
    return re.sub(rb"\\(.)", lambda m: {b"t": b"\t", b"n": b"\n", b"r": b"\r",
                                        b"\\": b"\\"}[m.group(1)], field)


def main():
    orig = open(sys.argv[1], "rb").read()
    text = orig.decode("utf-8", "surrogateescape")
    kind = sys.argv[3]
    layers = {}
    bad = 0
    n = 0
    for line in open(sys.argv[2], "rb"):
        line = line.rstrip(b"\n")
        n += 1
        if kind == "json":
            r = json.loads(line.decode("utf-8"))
            start, end, cs, ce = r["start"], r["end"], r["char_start"], r["char_end"]
            want = r["text"]
            got_b = orig[start:end].decode("utf-8", "replace")
            got_c = text[cs:ce].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            ok = got_b == want and got_c == want
            layers[r["layer"]] = layers.get(r["layer"], 0) + 1
        elif kind == "tsv":
            f = line.split(b"\t")
            start, end, cs, ce = map(int, f[1:5])
            want = unescape(f[10])
            ok = (orig[start:end] == want and
                  text[cs:ce].encode("utf-8", "surrogateescape") == want)
            layer = f[6].decode()
            layers[layer] = layers.get(layer, 0) + 1
        else:
            _, col, how = kind.split(":")
            f = line.split(b"\t")
            start, end = int(f[1]), int(f[2])
            want = unescape(f[int(col) - 1])
            got = orig[start:end]
            if how == "folded":
                got = re.sub(rb"\s+", b" ", got).strip()
            if how == "inside":
                ok = want in re.sub(rb"\s+", b" ", got)
            else:
                ok = got == want
        if not ok:
            bad += 1
            if bad <= 5:
                sys.stderr.write("no join: %r\n" % line[:200])
    if kind in ("tsv", "json"):
        print(" ".join("%s=%d" % kv for kv in sorted(layers.items())))
    if bad or n == 0:
        sys.stderr.write("%d of %d records do not join\n" % (bad, n))
        sys.exit(1)


main()
