#!/usr/bin/env python3
"""Score datenorm on a directory of documents with gold TIMEX3 spans.

Layout (MEANTIME as converted in ../shared/data/datenorm/meantime-en):
  text/<doc>.txt   the documents
  gold.tsv         doc start end TYPE VALUE text [MOD]  (byte offsets)
  dct.tsv          doc DCT                         (the reference date)

Each document is run through `CMD --ref DCT FILE` (CMD prints TSV:
file start end type value text, or JSON Lines with a "mod" key; records
of type DCT are not expressions).  Printed: the TempEval-3 measures —
strict and relaxed span P/R/F1, type accuracy and value F1 (a relaxed
match with the right value), and when the gold has a MOD column and CMD
prints JSON, mod F1 (a relaxed match with the same mod, over the
expressions that have one).  With floors (--min-NAME X) the exit status
is 1 when a figure is below its floor.

datenorm follows TimeML 1.2.1 as TempEval-3 applied it; MEANTIME's
annotation differs in places (datenorm(1), STANDARDS), and these figures
count each difference as an error, as the TempEval-3 scorer would, so
that they stay comparable with earlier runs and with other systems:
  - "three weeks ago": TimeML one DATE; MEANTIME "three weeks" DURATION.
  - "from 2010 to 2012", "between March and May": TimeML a DATE at each
    end; MEANTIME one DURATION over the range.
  - "the past decade": TimeML DURATION; MEANTIME DATE.
  - "annual": TimeML SET P1Y; MEANTIME DURATION.
  - modifiers: TimeML keeps "more than", "about", "early" in the extent
    (with mod); MEANTIME leaves "more than" out, keeps "very", "over" and
    the noun after "ten-year".
  - "the 1980s", "the 12:00 deadline": datenorm keeps "the"; MEANTIME not.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys


def read_gold(path):
    gold = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 5:
                continue
            gold.setdefault(p[0], []).append((int(p[1]), int(p[2]), p[3], p[4],
                                              p[6] if len(p) > 6 else None))
    return gold


def run(cmd, dct, path):
    out = subprocess.run(cmd + ["--ref", dct, path], stdout=subprocess.PIPE,
                         check=True).stdout.decode("utf-8", "replace")
    res = []
    for line in out.splitlines():
        if line.startswith("{"):
            o = json.loads(line)
            p = [o["file"], o["start"], o["end"], o["type"], o["value"],
                 o.get("mod", "")]
        else:
            p = line.split("\t")[:5] + [None]
        if len(p) >= 5 and p[3] != "DCT":
            res.append((int(p[1]), int(p[2]), p[3], p[4], p[5]))
    return res


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--cmd", default="datenorm -f tsv")
    ap.add_argument("-v", "--verbose", action="store_true")
    for m in ("strict", "relaxed", "type", "value", "mod"):
        ap.add_argument("--min-" + m, type=float, default=0.0)
    a = ap.parse_args()
    cmd = shlex.split(a.cmd)
    gold = read_gold(os.path.join(a.data, "gold.tsv"))
    dcts = {}
    with open(os.path.join(a.data, "dct.tsv"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2:
                d = p[1]
                # one DCT is written DD-MM-YYYY ("03-02-2009": its gold
                # says "last month" is 2009-01)
                if len(d) == 10 and d[2] == "-" and d[5] == "-":
                    d = d[6:] + "-" + d[3:5] + "-" + d[:2]
                dcts[p[0]] = d
    n_sys = n_gold = strict = relaxed_s = relaxed_g = typ = val = 0
    mod_sys = mod_gold = mod_ok = 0
    have_mod = False
    for doc in sorted(dcts):
        path = os.path.join(a.data, "text", doc + ".txt")
        text = open(path, "rb").read()
        g = gold.get(doc, [])
        s = run(cmd, dcts[doc], path)
        n_sys += len(s)
        n_gold += len(g)
        if any(y[4] is not None for y in g) and any(x[4] is not None for x in s):
            have_mod = True
        mod_sys += sum(1 for x in s if x[4])
        mod_gold += sum(1 for y in g if y[4])
        gs = {(x[0], x[1]) for x in g}
        strict += sum(1 for x in s if (x[0], x[1]) in gs)
        used = set()
        for x in s:
            hit = None
            for k, y in enumerate(g):
                if k not in used and x[0] < y[1] and y[0] < x[1]:
                    hit = k
                    break
            if hit is None:
                if a.verbose:
                    print("SPURIOUS %s\t%s\t%s\t%s" % (doc[:30], x[2], x[3],
                          text[x[0]:x[1]].decode("utf-8", "replace")))
                continue
            used.add(hit)
            y = g[hit]
            relaxed_s += 1
            typ += x[2] == y[2]
            val += x[3] == y[3]
            mod_ok += bool(x[4]) and x[4] == y[4]
            if a.verbose and x[4] is not None and (x[4] or "") != (y[4] or ""):
                print("MOD      %s\t%s %s\t(gold %s)\t%s" % (
                    doc[:30], x[3], x[4] or "-", y[4] or "-",
                    text[x[0]:x[1]].decode("utf-8", "replace")))
            if a.verbose and (x[3] != y[3] or x[2] != y[2]):
                print("WRONG    %s\t%s %s\t(gold %s %s)\t%s | %s" % (
                    doc[:30], x[2], x[3], y[2], y[3],
                    text[x[0]:x[1]].decode("utf-8", "replace"),
                    text[y[0]:y[1]].decode("utf-8", "replace")))
        relaxed_g += len(used)
        if a.verbose:
            for k, y in enumerate(g):
                if k not in used:
                    print("MISSED   %s\t%s %s\t%s" % (doc[:30], y[2], y[3],
                          text[y[0]:y[1]].decode("utf-8", "replace")))
    sp, sr, sf = prf(strict, n_sys, strict, n_gold)
    rp, rr, rf = prf(relaxed_s, n_sys, relaxed_g, n_gold)
    vp, vr, vf = prf(val, n_sys, val, n_gold)
    tacc = 100 * typ / relaxed_s if relaxed_s else 0.0
    print("datenorm on %s: %d gold, %d found" % (os.path.basename(
        os.path.normpath(a.data)), n_gold, n_sys))
    print("strict span   P %5.1f  R %5.1f  F1 %5.1f" % (sp, sr, sf))
    print("relaxed span  P %5.1f  R %5.1f  F1 %5.1f" % (rp, rr, rf))
    print("type accuracy %5.1f" % tacc)
    print("value         P %5.1f  R %5.1f  F1 %5.1f" % (vp, vr, vf))
    mf = None
    if have_mod:
        mp, mr, mf = prf(mod_ok, mod_sys, mod_ok, mod_gold)
        print("mod           P %5.1f  R %5.1f  F1 %5.1f  (%d gold)" % (
            mp, mr, mf, mod_gold))
    bad = []
    for name, got, floor in (("strict", sf, a.min_strict),
                             ("relaxed", rf, a.min_relaxed),
                             ("type", tacc, a.min_type),
                             ("value", vf, a.min_value),
                             ("mod", mf, a.min_mod)):
        if got is None:
            if floor:
                bad.append("%s not measured" % name)
        elif got < floor:
            bad.append("%s %.1f below floor %.1f" % (name, got, floor))
    for b in bad:
        print("FAIL: " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
