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
annotation differs in places (datenorm(1), STANDARDS).  With --map
MEANTIME, two sets of figures are printed: "raw" counts each difference
as an error, as the TempEval-3 scorer would, so that they stay comparable
with earlier runs and with other systems; "mapped" first rewrites the
gold where MEANTIME's convention differs from TimeML's, by these rules
(map_meantime()), and nothing else:
  1. A duration value written unit first ("PY5", "PM6") is P5Y, P6M.
  2. The type follows the value, as in TimeML: a P value is a DURATION
     (MEANTIME: "six years" DATE P6Y), unless a SET; a value with a time
     of day ("2008-01-09TMO") is a TIME; PRESENT_REF, PAST_REF and
     FUTURE_REF are DATEs (MEANTIME: "current" DURATION PRESENT_REF).
  3. "N units ago": TimeML one DATE over "N units ago", its value the
     document's date N units back at the unit's granularity (years: YYYY,
     months: YYYY-MM, weeks and days: the day, as MEANTIME writes "a week
     ago"); MEANTIME a DURATION PnU, "ago" in or out of the extent.
  4. "annual", "monthly", "weekly", "daily", "quarterly", "yearly",
     "hourly": TimeML a SET; MEANTIME a DURATION of the same value.
  5. "from 2009 to 2011", "between 2014 and 2016": TimeML a DATE at each
     end; MEANTIME one DURATION over the range.
  6. "the past decade", "the last year", "the past nine days": TimeML a
     DURATION (P10Y, P1Y, P9D); MEANTIME a DATE (200, 2009, P9D).
  7. A part of a period, TimeML's mod: "mid-2011", "the start of this
     year", "later this year" are the year (TimeML: value 2009, mod
     START); MEANTIME writes the part as a value ("2011-06-XX",
     "2009-01-01", "2006-Q4").
Differences of extent only (modifiers: TimeML keeps "more than", "about",
"early" in the extent, MEANTIME leaves "more than" out and keeps "very",
"over" and the noun after "ten-year"; "the 1980s": datenorm keeps "the",
MEANTIME not) change only the strict figure, and are not mapped.
"""
import argparse
import datetime
import json
import os
import re
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


NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve"
    .split())}
NUMBERS.update({"a": 1, "an": 1})
UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE"}
FREQ = {"annual", "annually", "monthly", "weekly", "daily", "quarterly",
        "yearly", "hourly"}


def count(w):
    return int(w) if w.isdigit() else NUMBERS.get(w.lower())


def ago(dct, n, unit):
    """The document's date n units back, at the unit's granularity."""
    y, m, d = (int(x) for x in dct[:10].split("-"))
    if unit == "Y":
        return "%04d" % (y - n)
    if unit == "M":
        k = y * 12 + m - 1 - n
        return "%04d-%02d" % (k // 12, k % 12 + 1)
    days = n * 7 if unit == "W" else n
    t = datetime.date(y, m, d) - datetime.timedelta(days=days)
    return t.isoformat()


def map_meantime(text, dct, g):
    """MEANTIME's gold of one document in TimeML's conventions (rules
    1-7 of the opening comment)."""
    out = []
    for (s, e, typ, val, mod) in g:
        t = text[s:e].decode("utf-8", "replace")
        low = t.lower()
        m = re.fullmatch(r"P([YMWD])(\d+)", val)
        if m:                                           # 1
            val = "P" + m.group(2) + m.group(1)
        m = re.fullmatch(r"P(\d+)([YMWD])", val)
        if m:                                           # 3
            after = text[e:e + 4].decode("utf-8", "replace")
            if low.endswith(" ago") or after == " ago":
                if not low.endswith(" ago"):
                    e += 4
                out.append((s, e, "DATE",
                            ago(dct, int(m.group(1)), m.group(2)), mod))
                continue
        if low in FREQ and typ == "DURATION":           # 4
            typ = "SET"
        m = re.fullmatch(r"(from|between) (\d{4}) (to|and) (\d{4})", t)
        if m and typ == "DURATION":                     # 5
            for k in (2, 4):
                # MEANTIME may have tagged an end on its own too
                if not any(y[0] == s + m.start(k) and y[1] == s + m.end(k)
                           for y in g):
                    out.append((s + m.start(k), s + m.end(k), "DATE",
                                m.group(k), mod))
            continue
        m = re.fullmatch(r"the (?:past|last) (?:(\w+) )?(year|month|"
                         r"week|day|decade)s?", low)
        if m and typ == "DATE":                         # 6
            n = count(m.group(1)) if m.group(1) else 1
            if n is not None:
                u = UNITS[m.group(2)]
                typ, val = "DURATION", ("P%dY" % (10 * n) if u == "DE"
                                        else "P%d%s" % (n, u))
        if typ == "DATE" and re.match(r"\d{4}-", val) and re.search(
                r"\b(mid-?|start|beginning|middle|end|early|late|later)\b",
                low) and re.search(r"\byear\b|\b\d{4}\b", low) and \
                not re.search(r"\b(month|week|day|quarter|january|february|"
                              r"march|april|may|june|july|august|september|"
                              r"october|november|december)\b", low):
            val = val[:4]                               # 7
        if re.match(r"P[\dXT]", val) and typ != "SET":  # 2
            typ = "DURATION"
        elif re.match(r"\d{4}-\d\d-\d\dT", val):
            typ = "TIME"
        elif val in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") and \
                typ == "DURATION":
            typ = "DATE"
        out.append((s, e, typ, val, mod))
    return out


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def score(docs, verbose):
    """docs: (name, text, sys, gold) each.  The TempEval-3 figures."""
    n_sys = n_gold = strict = relaxed_s = relaxed_g = typ = val = 0
    mod_sys = mod_ok = mod_gold = 0
    have_mod = False
    for doc, text, s, g in docs:
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
                if verbose:
                    print("SPURIOUS %s\t%s\t%s\t%s" % (doc[:30], x[2], x[3],
                          text[x[0]:x[1]].decode("utf-8", "replace")))
                continue
            used.add(hit)
            y = g[hit]
            relaxed_s += 1
            typ += x[2] == y[2]
            val += x[3] == y[3]
            mod_ok += bool(x[4]) and x[4] == y[4]
            if verbose and x[4] is not None and (x[4] or "") != (y[4] or ""):
                print("MOD      %s\t%s %s\t(gold %s)\t%s" % (
                    doc[:30], x[3], x[4] or "-", y[4] or "-",
                    text[x[0]:x[1]].decode("utf-8", "replace")))
            if verbose and (x[3] != y[3] or x[2] != y[2]):
                print("WRONG    %s\t%s %s\t(gold %s %s)\t%s | %s" % (
                    doc[:30], x[2], x[3], y[2], y[3],
                    text[x[0]:x[1]].decode("utf-8", "replace"),
                    text[y[0]:y[1]].decode("utf-8", "replace")))
        relaxed_g += len(used)
        if verbose:
            for k, y in enumerate(g):
                if k not in used:
                    print("MISSED   %s\t%s %s\t%s" % (doc[:30], y[2], y[3],
                          text[y[0]:y[1]].decode("utf-8", "replace")))
    f = {"gold": n_gold, "found": n_sys}
    f["strict"] = prf(strict, n_sys, strict, n_gold)
    f["relaxed"] = prf(relaxed_s, n_sys, relaxed_g, n_gold)
    f["value"] = prf(val, n_sys, val, n_gold)
    f["type"] = 100 * typ / relaxed_s if relaxed_s else 0.0
    f["mod"] = prf(mod_ok, mod_sys, mod_ok, mod_gold) if have_mod else None
    f["mod_gold"] = mod_gold
    return f


def report(f, title, prefix, floors, tag=""):
    if title:
        print(title)
    for name, label in (("strict", "strict span  "),
                        ("relaxed", "relaxed span "),
                        ("value", "value        ")):
        print("%s P %5.1f  R %5.1f  F1 %5.1f" % ((prefix + label,) + f[name]))
    print("%stype accuracy %5.1f" % (prefix, f["type"]))
    if f["mod"] is not None:
        print("%smod           P %5.1f  R %5.1f  F1 %5.1f  (%d gold)" % (
            (prefix,) + f["mod"] + (f["mod_gold"],)))
    bad = []
    for name, floor in floors:
        got = f[name] if name == "type" else f[name] and f[name][2]
        if got is None:
            if floor:
                bad.append("%s not measured" % name)
        elif got < floor:
            bad.append("%s%s %.1f below floor %.1f" % (tag, name, got,
                                                       floor))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--cmd", default="datenorm -f tsv")
    ap.add_argument("--map", choices=["MEANTIME"],
                    help="also score against the gold in TimeML's conventions")
    ap.add_argument("-v", "--verbose", action="store_true")
    measures = ("strict", "relaxed", "type", "value", "mod")
    for m in measures:
        ap.add_argument("--min-" + m, type=float, default=0.0)
        ap.add_argument("--min-mapped-" + m, type=float, default=0.0)
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
    docs = []
    for doc in sorted(dcts):
        path = os.path.join(a.data, "text", doc + ".txt")
        text = open(path, "rb").read()
        docs.append((doc, text, run(cmd, dcts[doc], path), gold.get(doc, [])))
    raw = score(docs, a.verbose and not a.map)
    print("datenorm on %s: %d gold, %d found" % (os.path.basename(
        os.path.normpath(a.data)), raw["gold"], raw["found"]))
    bad = report(raw, "raw (each difference of convention an error):" if
                 a.map else "", "", [(m, getattr(a, "min_" + m))
                                     for m in measures])
    if a.map:
        mapped = [(d, t, s, map_meantime(t, dcts[d], g)) for d, t, s, g in docs]
        f = score(mapped, a.verbose)
        bad += report(f, "mapped (%s's conventions in TimeML's: %d gold):" %
                      (a.map, f["gold"]), "", [(m, getattr(a, "min_mapped_" + m))
                                               for m in measures], "mapped ")
    for b in bad:
        print("FAIL: " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
