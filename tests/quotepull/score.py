#!/usr/bin/env python3
"""Score quotepull's TSV output against gold quotes.

usage: score.py [--floor NAME=VALUE ...] [--tagged] GOLD.tsv PRED.tsv

GOLD: doc quote_start quote_end speaker_text speaker_start speaker_end type
      speaker_mention quote (header line; offsets into <doc>.txt, the quote
      span includes its marks; speaker_text lists accepted names with '|';
      type 'ignore' spans are neither credited nor penalised).
PRED: quotepull -f tsv output: file start end speaker quote (file is mapped
      to doc by its base name without .txt).

With --tagged, PRED comes from text that carries the suite's tags
(enttag | quotepull): the files it names are read, and offsets that count
the tags' bytes are mapped to the text without them.
A predicted quote matches a gold one by overlap (any shared byte) or
exactly (same start and end). A quote running over paragraphs is reported
as one piece per paragraph: the pieces that overlap one gold quote count
as that one quote (exact: first piece starts and last ends at the gold
offsets). Speaker accuracy is over the matched quotes; the speaker is right
when, case-folded, without a leading article and whitespace-collapsed, it
equals one accepted name or ends with one as whole words ("Day's animal
foundation" for "foundation"). End-to-end F1 counts a match as right only
with the right speaker.
"""
import os
import re
import sys
from collections import defaultdict


def norm(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    s = re.sub(r"^(the|a|an) ", "", s)
    return s


def speaker_ok(pred, accepted):
    p = norm(pred)
    if not p:
        return False
    for a in accepted.split("|"):
        a = norm(a)
        if not a or a == "-":
            continue
        if p == a or p.endswith(" " + a):
            return True
    return False


def load_gold(path):
    gold = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 7:
                continue
            gold[c[0]].append(dict(s=int(c[1]), e=int(c[2]), spk=c[3], type=c[6]))
    return gold


TAG = re.compile(rb"</?(PER|ORG|LOC|MISC|TIMEX3|QUOTE)(\s[^>]*)?>")


def untag_map(path):
    """The text of a tagged file without its tags, and the map from each
    byte offset of the tagged file to an offset of that text."""
    b = open(path, "rb").read()
    m, text, o, i = [], [], 0, 0
    for t in TAG.finditer(b):
        text.append(b[i:t.start()])
        while i < t.start():
            m.append(o)
            i += 1
            o += 1
        while i < t.end():
            m.append(o)
            i += 1
    text.append(b[i:])
    while i <= len(b):
        m.append(o)
        i += 1
        o += 1
    return b"".join(text), m


def load_pred(path, tagged=False):
    pred = defaultdict(list)
    maps = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 5 or not c[1].isdigit():
                continue
            doc = os.path.basename(c[0])
            if doc.endswith(".txt"):
                doc = doc[:-4]
            spk = c[3].replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")
            s, e = int(c[1]), int(c[2])
            if tagged:
                if c[0] not in maps:
                    maps[c[0]] = untag_map(c[0])
                text, m = maps[c[0]]
                # offsets that already count the text without tags
                # hold the quote there
                head = c[4][:12].encode("utf-8")
                if not (head and head in text[s:s + 8 + len(head)]) and e <= len(m):
                    s, e = m[s], m[e - 1] + 1
            pred[doc].append(dict(s=s, e=e, spk=spk))
    return pred


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold, pred, verbose=False):
    n_gold = n_pred = tp = tp_exact = spk_right = 0
    for doc in sorted(set(gold) | set(pred)):
        gs = [g for g in gold.get(doc, []) if g["type"] != "ignore"]
        ign = [g for g in gold.get(doc, []) if g["type"] == "ignore"]
        n_gold += len(gs)
        pieces = defaultdict(list)   # gold index -> predicted pieces
        for p in pred.get(doc, []):
            hit = [i for i, g in enumerate(gs) if p["s"] < g["e"] and g["s"] < p["e"]]
            if hit:
                # the gold quote overlapping most
                i = max(hit, key=lambda i: min(p["e"], gs[i]["e"]) - max(p["s"], gs[i]["s"]))
                pieces[i].append(p)
                continue
            if any(p["s"] < g["e"] and g["s"] < p["e"] for g in ign):
                continue
            n_pred += 1
            if verbose:
                print("FP  %s %d %d %s" % (doc, p["s"], p["e"], p["spk"]))
        for i, g in enumerate(gs):
            ps = pieces.get(i)
            if not ps:
                if verbose:
                    print("FN  %s %d %d %s" % (doc, g["s"], g["e"], g["spk"]))
                continue
            n_pred += 1
            tp += 1
            ps.sort(key=lambda p: p["s"])
            if ps[0]["s"] == g["s"] and ps[-1]["e"] == g["e"]:
                tp_exact += 1
            elif verbose:
                print("SPAN %s gold %d %d pred %d %d" % (doc, g["s"], g["e"], ps[0]["s"], ps[-1]["e"]))
            if speaker_ok(ps[0]["spk"], g["spk"]):
                spk_right += 1
            elif verbose:
                print("SPK %s %d gold %s pred %s" % (doc, g["s"], g["spk"], ps[0]["spk"]))
    P = tp / n_pred if n_pred else 0.0
    R = tp / n_gold if n_gold else 0.0
    Pe = tp_exact / n_pred if n_pred else 0.0
    Re = tp_exact / n_gold if n_gold else 0.0
    acc = spk_right / tp if tp else 0.0
    Pe2e = spk_right / n_pred if n_pred else 0.0
    Re2e = spk_right / n_gold if n_gold else 0.0
    return dict(gold=n_gold, pred=n_pred, overlap_p=100 * P, overlap_r=100 * R,
                overlap_f1=100 * f1(P, R), exact_p=100 * Pe, exact_r=100 * Re,
                exact_f1=100 * f1(Pe, Re), speaker_acc=100 * acc,
                e2e_f1=100 * f1(Pe2e, Re2e))


def main(argv):
    floors = {}
    verbose = False
    tagged = False
    args = []
    it = iter(argv)
    for a in it:
        if a == "--floor":
            k, v = next(it).split("=")
            floors[k] = float(v)
        elif a == "-v":
            verbose = True
        elif a == "--tagged":
            tagged = True
        else:
            args.append(a)
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    r = score(load_gold(args[0]), load_pred(args[1], tagged), verbose)
    print("quotes: gold %d predicted %d" % (r["gold"], r["pred"]))
    print("overlap   P %.1f R %.1f F1 %.1f" % (r["overlap_p"], r["overlap_r"], r["overlap_f1"]))
    print("exact     P %.1f R %.1f F1 %.1f" % (r["exact_p"], r["exact_r"], r["exact_f1"]))
    print("speaker accuracy on matched quotes %.1f" % r["speaker_acc"])
    print("end-to-end F1 %.1f" % r["e2e_f1"])
    bad = 0
    for k, v in floors.items():
        if r[k] < v:
            print("FAIL: %s %.1f below floor %.1f" % (k, r[k], v))
            bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
