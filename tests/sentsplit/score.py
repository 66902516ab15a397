#!/usr/bin/env python3
"""score.py - sentsplit accuracy.

  score.py golden SENTSPLIT RULES.jsonl [--floor PCT]
      Golden-rule cases: the share of cases whose sentences come out
      exactly as listed.
  score.py ud SENTSPLIT PREFIX [--floor-f1 F]
      UD documents: PREFIX.txt is the raw text, PREFIX.gold.tsv the gold
      sentences (file start end text).  Boundaries are aligned on
      non-space characters (the count of non-space characters before each
      sentence end), and only boundaries inside a paragraph are scored:
      paragraph ends are given by the input.

Exits 1 when a figure is below its floor."""
import json, subprocess, sys


def run(prog, data, *args):
    p = subprocess.run([prog, *args], input=data, stdout=subprocess.PIPE, check=True)
    return p.stdout


def golden(prog, path, floor):
    cases = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    # all cases in one run, one paragraph each
    data = "\n\n".join(c["text"] for c in cases).encode() + b"\n"
    out = run(prog, data).decode("utf-8", "replace").split("\n\n")
    good = 0
    for c, o in zip(cases, out):
        got = [s for s in o.split("\n") if s]
        want = [" ".join(s.split()) for s in c["sentences"]]
        if got == want:
            good += 1
        else:
            print("  miss %2d %s" % (c["id"], c["rule"]))
            for g in got:
                print("       > %s" % g)
    pct = 100.0 * good / len(cases)
    print("golden rules: %d/%d cases exactly right (%.1f%%), floor %.1f%%"
          % (good, len(cases), pct, floor))
    return pct + 1e-9 >= floor


def nonspace_positions(text, spans):
    """Map byte spans to counts of non-space bytes before their ends."""
    b = text
    ns = [0] * (len(b) + 1)
    c = 0
    for i, ch in enumerate(b):
        ns[i] = c
        if ch not in b" \t\r\n":
            c += 1
    ns[len(b)] = c
    return [ns[e] for s, e in spans]


def paragraph_ends(text):
    ends = set()
    paras = []
    i = 0
    for block in text.split(b"\n\n"):
        j = i + len(block)
        if block.strip():
            paras.append((i, j))
        i = j + 2
    return paras


def ud(prog, prefix, floor):
    text = open(prefix + ".txt", "rb").read()
    gold = []
    for line in open(prefix + ".gold.tsv", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        gold.append((int(f[1]), int(f[2])))
    out = run(prog, text, "-f", "tsv")
    sysb = []
    for line in out.decode("utf-8", "replace").split("\n"):
        if line:
            f = line.split("\t")
            sysb.append((int(f[1]), int(f[2])))
    paras = paragraph_ends(text)
    pend = set(nonspace_positions(text, [(s, e) for s, e in paras]))
    g = set(nonspace_positions(text, gold)) - pend
    s = set(nonspace_positions(text, sysb)) - pend
    tp = len(g & s)
    p = tp / len(s) if s else 1.0
    r = tp / len(g) if g else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("%s: intra-paragraph boundaries gold %d system %d: P %.4f R %.4f F1 %.4f, floor %.4f"
          % (prefix.split("/")[-1], len(g), len(s), p, r, f1, floor))
    return f1 + 1e-9 >= floor


def main(argv):
    mode, prog, path = argv[1], argv[2], argv[3]
    floor = float(argv[5]) if len(argv) > 5 else 0.0
    ok = golden(prog, path, floor) if mode == "golden" else ud(prog, path, floor)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
