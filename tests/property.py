#!/usr/bin/env python3
"""property.py BUILDDIR SEEDFILE... -- property tests over random and
mutated inputs, for every filter that is built:

  - sentsplit's output without white space equals its input without white
    space (less a byte order mark), tags included, and it breaks lines
    between the sentences of a paragraph;
  - every annotating filter (enttag, datenorm, quotepull -f inline) gives
    back its input byte for byte, the tags it was given unchanged and in
    place, and only inserts tags of its own layer (enttag PER ORG LOC
    MISC, datenorm TIMEX3, quotepull QUOTE);
  - each adds its layer to the documents made to have one (PROBES), plain
    or already annotated by the others;
  - output is identical under LC_ALL=C and LC_ALL=C.UTF-8;
  - every filter accepts every other filter's output: all pipe orders of
    the four give back the input once the tags are deleted, and carry
    every layer at the end.

Inputs are deterministic (a fixed seed): pieces of the seed files cut,
shuffled and mutated with random bytes, invalid UTF-8, NUL, CR LF, stray
'<', suite tags, quotes and terminators.  Prints TAP."""
import itertools, os, random, re, subprocess, sys

TAGS = re.compile(rb"</?(?:PER|ORG|LOC|MISC)>|<(?:TIMEX3|QUOTE)(?: [^>]*)?>|</(?:TIMEX3|QUOTE)>")
# each annotating filter's own layer: the tags it may insert
LAYER = {"enttag": re.compile(rb"</?(?:PER|ORG|LOC|MISC)>"),
         "datenorm": re.compile(rb"<TIMEX3(?: [^>]*)?>|</TIMEX3>"),
         "quotepull": re.compile(rb"<QUOTE(?: [^>]*)?>|</QUOTE>")}
# documents every filter has something to do in: two sentences on a line,
# names, a date, a quotation with its speaker (written for this test)
PROBES = [b"\"The bridge will open in spring,\" said Maria Lopez, the mayor of Denver. "
          b"She spoke on Tuesday, March 4, 2014 at City Hall.\n",
          b"Shares of Siemens fell 3 percent in Frankfurt on 12 June 2015. \"We expected worse,\" "
          b"said Peter Braun, an analyst at Deutsche Bank.\n"]
SPACE = re.compile(rb"[ \t\n\r\f\v]+")
INSERTS = [b"<", b">", b"&", b"\"", b"'", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xe2\x80\x99",
           b". ", b"? ", b"! ", b"...", b"\xe2\x80\xa6", b"\xe3\x80\x82", b"\xff", b"\xc3",
           b"\x00", b"\r\n", b"\n\n", b"\f\n", b"<PER>Ren</PER>", b"<ORG>Huawei</ORG> ",
           b"<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2013\">2013</TIMEX3>", b"</PER>",
           b"<QUOTE speaker=\"A\">\"Yes,\" he said.</QUOTE>", b"Dr. ", b"U.S. ", b"May 9, 2013 ",
           b"\"We tried,\" said Baker, \"but lost.\" ", b"\t", b"  ", b"\xef\xbb\xbf"]


def make_inputs(seeds, n, rnd):
    paras = []
    for path in seeds:
        with open(path, "rb") as f:
            paras += [p for p in f.read().split(b"\n\n") if p.strip()]
    out = []
    for _ in range(n):
        doc = bytearray(b"\n\n".join(rnd.choice(paras) for _ in range(rnd.randint(1, 4))))
        for _ in range(rnd.randint(0, 12)):
            pos = rnd.randint(0, len(doc))
            r = rnd.random()
            if r < 0.6:
                doc[pos:pos] = rnd.choice(INSERTS)
            elif r < 0.8 and len(doc) > 2:
                del doc[pos:pos + rnd.randint(1, 5)]
            else:
                doc[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 4)))
        out.append(bytes(doc))
    return out


def run(cmd, data, locale="C"):
    env = dict(os.environ, LC_ALL=locale)
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return p.returncode, p.stdout


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, name, detail=""):
        self.n += 1
        if ok:
            print("ok %d - %s" % (self.n, name))
        else:
            self.failed += 1
            print("not ok %d - %s" % (self.n, name))
            for line in detail.splitlines()[:10]:
                print("# " + line)


def inserted(layer, doc, out):
    """The tags of LAYER that OUT has and DOC has not, when OUT is DOC with
    only such tags inserted (DOC's own bytes, tags included, unchanged and
    in place); else None and where OUT went wrong."""
    i, pos, tags = 0, 0, []
    for m in layer.finditer(out):
        text = out[pos:m.start()]
        if doc[i:i + len(text)] != text:
            return None, first_diff(out[pos:], doc[i:])
        i += len(text)
        if doc.startswith(m.group(), i):
            i += len(m.group())
        else:
            tags.append(m.group())
        pos = m.end()
    if doc[i:] != out[pos:]:
        return None, first_diff(out[pos:], doc[i:])
    return tags, ""


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "first difference at byte %d: %r vs %r" % (i, a[max(0, i - 30):i + 30], b[max(0, i - 30):i + 30])
    return "lengths %d vs %d" % (len(a), len(b))


def main():
    build, seeds = sys.argv[1], sys.argv[2:]
    rnd = random.Random(20261129)
    docs = make_inputs(seeds, 40, rnd)
    tap = Tap()
    prog = lambda name: os.path.join(build, name)
    have = {n: os.access(prog(n), os.X_OK) for n in ("sentsplit", "enttag", "datenorm", "quotepull")}
    annot = {"enttag": [prog("enttag"), "-q"], "datenorm": [prog("datenorm"), "-q", "--ref", "2013-05-09"],
             "quotepull": [prog("quotepull"), "-q", "-f", "inline"]}
    annot = {n: cmd for n, cmd in annot.items() if have[n]}
    every = {"sentsplit": [prog("sentsplit"), "-q"], **annot}
    every = {n: cmd for n, cmd in every.items() if have[n]}
    for i, doc in enumerate(docs):
        if "sentsplit" in every:
            rc, out = run(every["sentsplit"], doc)
            want = SPACE.sub(b"", doc.replace(b"\xef\xbb\xbf", b""))
            got = SPACE.sub(b"", out.replace(b"\xef\xbb\xbf", b""))
            tap.check(rc == 0 and got == want, "sentsplit doc %d: text and tags kept, only white space changed" % i,
                      "rc %d; %s" % (rc, first_diff(got, want)))
        for name, cmd in annot.items():
            rc, out = run(cmd, doc)
            tags, where = inserted(LAYER[name], doc, out)
            tap.check(rc == 0 and tags is not None,
                      "%s doc %d: the input kept byte for byte, tags in place, only %s tags added" % (name, i, name),
                      "rc %d; %s" % (rc, where))
    # the layers: each filter's on the probes, plain and over the others'
    for k, probe in enumerate(PROBES):
        if "sentsplit" in every:
            rc, out = run(every["sentsplit"], probe)
            tap.check(rc == 0 and out.count(b"\n") > probe.count(b"\n"),
                      "sentsplit probe %d: a line for each sentence" % k, "rc %d; %r" % (rc, out[:200]))
        for name, cmd in annot.items():
            for under in [None] + [n for n in annot if n != name]:
                data = probe if under is None else run(annot[under], probe)[1]
                rc, out = run(cmd, data)
                tags, where = inserted(LAYER[name], data, out)
                tap.check(rc == 0 and tags,
                          "%s probe %d%s: its layer added, the input kept" %
                          (name, k, "" if under is None else " after " + under),
                          "rc %d; %s; %r" % (rc, where or "no tags added", out[:200]))
    # locales
    blob = b"\n\n".join(docs)
    for name, cmd in every.items():
        a, b = run(cmd, blob, "C"), run(cmd, blob, "C.UTF-8")
        tap.check(a == b, "%s: the same output under LC_ALL=C and C.UTF-8" % name)
    # every pipe order of the filters built: the text kept, every layer there
    clean = b"\n\n".join([TAGS.sub(b"", d) for d in docs[:10]] + PROBES)
    for order in itertools.permutations(every):
        data, ok, why = clean, True, ""
        for name in order:
            rc, data = run(every[name], data)
            if rc != 0 and ok:
                ok, why = False, "%s: exit status %d" % (name, rc)
        if "sentsplit" in order:
            got = SPACE.sub(b"", TAGS.sub(b"", data.replace(b"\xef\xbb\xbf", b"")))
            want = SPACE.sub(b"", clean.replace(b"\xef\xbb\xbf", b""))
        else:
            got, want = TAGS.sub(b"", data), clean
        if ok and got != want:
            ok, why = False, first_diff(got, want)
        for name in annot:
            if ok and not LAYER[name].search(data):
                ok, why = False, "no %s tags at the end" % name
        tap.check(ok, "pipe %s: accepted, the text kept, every layer there" % " | ".join(order), why)
    print("1..%d" % tap.n)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
