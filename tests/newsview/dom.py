#!/usr/bin/env python3
"""dom.py DOM RECORDS -- the DOM a browser made of newsview's page holds
every annotation of RECORDS (newsview -f tsv of the same input), in order,
with its text, value and speaker; the legend; and no script."""
import re
import sys
from html.parser import HTMLParser

KIND = {"e": "entity", "t": "timex", "q": "quote"}


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, annotation or None, is the speaker label)
        self.found = []          # [layer, type/value/speaker, text]
        self.open = []           # annotations open, innermost last
        self.tags = {}
        self.legend = False
        self.in_legend = 0
        self.in_who = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        cls = (a.get("class") or "").split()
        if "legend" in cls:
            self.legend = True
        if tag == "ul" and "legend" in cls:
            self.in_legend += 1
        elif tag == "ul" and self.in_legend:
            self.in_legend += 1
        ann = None
        if tag == "span" and cls and cls[0] in KIND and not self.in_legend \
                and a.get("id"):
            layer = KIND[cls[0]]
            attr = {"entity": cls[1] if len(cls) > 1 else "",
                    "timex": a.get("data-value", ""),
                    "quote": a.get("data-speaker", "")}[layer]
            ann = [layer, attr, ""]
            self.found.append(ann)
        who = tag == "span" and "who" in cls
        self.in_who += who
        self.stack.append((tag, ann, who))
        if ann:
            self.open.append(ann)

    def handle_endtag(self, tag):
        while self.stack:
            t, ann, who = self.stack.pop()
            if ann:
                self.open.remove(ann)
            self.in_who -= who
            if t == "ul" and self.in_legend:
                self.in_legend -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_who:
            return
        for ann in self.open:
            ann[2] += data


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    dom = Dom()
    dom.feed(open(sys.argv[1], encoding="utf-8").read())
    want = []
    for line in open(sys.argv[2], encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        layer = f[6]
        if layer == "sentence" or f[1] == f[2]:
            continue
        attr = {"entity": f[7], "timex": f[8], "quote": f[9]}[layer]
        text = f[10].replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
        want.append([layer, attr, fold(text)])
    got = [[l, a, fold(t)] for l, a, t in dom.found]
    errors = []
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                errors.append("annotation %d: page has %r, records %r" % (i, g, w))
                break
        if len(got) != len(want):
            errors.append("page has %d annotations, records %d" % (len(got), len(want)))
    if not dom.legend:
        errors.append("no legend")
    if dom.tags.get("script"):
        errors.append("a script element")
    counts = {}
    for l, _, _ in got:
        counts[l] = counts.get(l, 0) + 1
    print("page: " + " ".join("%s=%d" % kv for kv in sorted(counts.items())))
    for e in errors:
        print("error: " + e)
    sys.exit(1 if errors or not got else 0)


main()
