#!/usr/bin/env python3
"""Turns the written articles (extract/model/written/*.txt, format in that
folder's README.md) into eval/gold/written.jsonl, the gold format of
eval/README.md: split "train" (trained on by `newskg train`, never scored),
except one writer's articles, split "test" (never trained on).

    written.py [--check | --lint | --headlines | -o OUT] [FILE...]

Without FILE it reads every extract/model/written/*.txt (sorted by name) and
rewrites eval/gold/written.jsonl (or OUT); the output depends only on the files, so
running it twice gives the same bytes.  --check only reports markup errors
(file:line: message) and exits 1 if there is one.  --lint also lists, for a
writer to read, the capitalised words that no markup covers and that do not
open a sentence (a name left unmarked is taught to the tagger as no name).
--headlines marks, in each file whose headline has no markup, the names its
body marks (the same words, or the same in capitals in an all-caps headline;
the last word of a person's name alone),
rewrites the file and prints each new headline: a proposal for a person to
read and correct, never run unread.

Python 3 standard library only.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "extract", "model", "written")
OUT = os.path.join(ROOT, "eval", "gold", "written.jsonl")
TYPES = ("PER", "ORG", "LOC")
TEST_PREFIX = "wiki-"
MARK = re.compile(r"\[\[(PER|ORG|LOC) ([^\[\]\n]+?)\]\]")
# A time expression: [[DATE 2008-09-15|Monday]] (type, TIMEX3 value, text).
TIME = re.compile(r"\[\[(DATE|TIME|DURATION|SET) ([^\s|\[\]]+)\|([^\[\]\n|]+?)\]\]")
ANY = re.compile(MARK.pattern + "|" + TIME.pattern)

# Capitalised words that are no names and need no second look in --lint.
PLAIN = set("""
I A An The This That These Those It Its He She They We You His Her Their Our My Your
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Mr Mrs Ms Dr
""".split())


class MarkupError(Exception):
    pass


def parse(path):
    """Returns the gold record of one article file."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        raise MarkupError(f"{path}:1: carriage return in file (use LF line ends)")
    lines = raw.split("\n")
    if len(lines) < 4 or not re.fullmatch(r"\d{4}-\d\d-\d\d", lines[0]):
        raise MarkupError(f"{path}:1: first line must be the date, YYYY-MM-DD")
    if not lines[1].strip():
        raise MarkupError(f"{path}:2: second line must be the headline")
    if lines[2].strip():
        raise MarkupError(f"{path}:3: a blank line must follow the headline")
    # Paragraphs: the headline, then blocks separated by blank lines.
    paras = [(2, lines[1].strip())]
    cur, start = [], None
    for no, line in enumerate(lines[3:], start=4):
        if line.strip():
            if start is None:
                start = no
            cur.append((no, line.strip()))
        elif cur:
            paras.append((start, cur))
            cur, start = [], None
    if cur:
        paras.append((start, cur))
    text, ents, times = "", [], []
    for i, para in enumerate(paras):
        if i:
            text += "\n\n"
        pieces = [para] if isinstance(para[1], str) else para[1]
        for j, (no, line) in enumerate(pieces):
            if j:
                text += " "
            pos = 0
            for m in ANY.finditer(line):
                text += line[pos:m.start()]
                name = m.group(2) if m.group(1) else m.group(5)
                if name != name.strip():
                    raise MarkupError(f"{path}:{no}: space inside the brackets: {m.group(0)}")
                if m.group(1):
                    ents.append([len(text), len(text) + len(name), m.group(1), None])
                else:
                    times.append([len(text), len(text) + len(name), m.group(3), m.group(4)])
                text += name
                pos = m.end()
            rest = line[pos:]
            text += rest
            bad = re.search(r"\[\[|\]\]", re.sub(ANY, "", line))
            if bad:
                raise MarkupError(f"{path}:{no}: broken markup near "
                                  f"'{line[max(0, bad.start() - 20):bad.start() + 20]}'")
    stem = os.path.splitext(os.path.basename(path))[0]
    # One writer's articles are held out as a test set (README.md).
    split = "test" if stem.startswith(TEST_PREFIX) else "train"
    title = lines[1].strip()
    title = ANY.sub(lambda m: m.group(2) or m.group(5), title)
    rec = {
        "id": "written/" + stem,
        "date": lines[0],
        "title": title,
        "set": "written",
        "split": split,
        "spacing": "original",
        "text": text,
        "entities": ents,
        "times": times,
    }
    if not times:  # times not annotated in this article: none are scored
        rec["time_regions"] = []
    return rec


def lint(rec):
    """Yields (word, context) for capitalised words no markup covers."""
    text = rec["text"]
    covered = [False] * len(text)
    for b, e, _, _ in rec["entities"]:
        for k in range(b, e):
            covered[k] = True
    headline_end = text.find("\n")
    for m in re.finditer(r"[A-Z][\w'.-]*", text):
        b = m.start()
        if covered[b] or b < headline_end:
            continue
        word = m.group(0).rstrip(".'")
        if word in PLAIN:
            continue
        before = text[:b].rstrip(" \"'(\u201c\u2018")
        if not before or before[-1] in ".!?:\n-\u2014" :
            continue
        yield word, text[max(0, b - 30):m.end() + 20].replace("\n", " ")


def mark_headline(path):
    """Marks in the headline of `path` the names its body marks; returns the
    new headline, or None when the headline has markup or gains none."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = lines[1]
    if MARK.search(head):
        return None
    names = {}
    for line in lines[3:]:
        for m in MARK.finditer(line):
            names.setdefault(m.group(2), m.group(1))
            words = m.group(2).split()
            if m.group(1) == "PER" and len(words) > 1:
                names.setdefault(words[-1], "PER")  # the surname alone
    caps = head.upper() == head
    taken = [None] * len(head)
    for name in sorted(names, key=lambda n: (-len(n), n)):
        pat = re.escape(name.upper() if caps else name)
        for m in re.finditer(r"(?<![\w-])" + pat + r"(?![\w-])", head):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = names[name]
    if not any(taken):
        return None
    out, k = "", 0
    while k < len(head):
        if taken[k] and (k == 0 or taken[k - 1] is None or taken[k - 1] is False):
            e = k
            while e < len(head) and taken[e] == taken[k]:
                e += 1
            out += f"[[{taken[k]} {head[k:e]}]]"
            for j in range(k, e):
                taken[j] = False
            k = e
        else:
            out += head[k]
            k += 1
    lines[1] = out
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    return out


def main(argv):
    mode, out = None, OUT
    if argv and argv[0] == "--headlines":
        files = argv[1:] or sorted(
            os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith(".txt"))
        for path in files:
            new = mark_headline(path)
            if new:
                print(f"{os.path.basename(path)}: {new}")
        return 0
    if argv and argv[0] in ("--check", "--lint"):
        mode, argv = argv[0], argv[1:]
    elif len(argv) >= 2 and argv[0] == "-o":
        out, argv = argv[1], argv[2:]
    files = argv or sorted(
        os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith(".txt"))
    recs, errors = [], 0
    for path in files:
        try:
            rec = parse(path)
        except MarkupError as e:
            print(e, file=sys.stderr)
            errors += 1
            continue
        except UnicodeDecodeError:
            print(f"{path}: not UTF-8", file=sys.stderr)
            errors += 1
            continue
        recs.append(rec)
        if mode == "--lint":
            for word, ctx in lint(rec):
                print(f"{path}: unmarked '{word}': ...{ctx}...")
    if errors:
        return 1
    if mode:
        n = sum(len(r["entities"]) for r in recs)
        print(f"{len(recs)} articles, {n} names", file=sys.stderr)
        return 0
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        print("written.py: two files with one name", file=sys.stderr)
        return 1
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    os.replace(tmp, out)
    n = sum(len(r["entities"]) for r in recs)
    print(f"{out}: {len(recs)} articles, {n} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
