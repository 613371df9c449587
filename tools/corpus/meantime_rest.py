#!/usr/bin/env python3
"""Turns eval/meantime-rest/*.txt (the time expressions of the MEANTIME dev
articles past the part MEANTIME annotated, marked for this project; format
and conventions in eval/README.md, "MEANTIME's unannotated rest") into
eval/gold/meantime-rest.jsonl, the gold format of eval/README.md.

    meantime_rest.py [-o OUT] [FILE...]

Without FILE it reads every eval/meantime-rest/*.txt (sorted by name) and
rewrites eval/gold/meantime-rest.jsonl (or OUT).  Each file must rebuild,
markup removed, the exact text of its article in eval/gold/meantime.jsonl,
whose record must be of split "dev"; an error names the file and the first
character that differs, and exits 1 with nothing written.  The records have
a `times` layer and `time_regions` (the marked rest) only: no names or
events are scored on them.  The output depends only on the files: running it
twice gives the same bytes.

Python 3 standard library only.
"""
import json
import os
import re
import sys

from written import TIME  # the time markup of the written corpus, [[DATE value|words]]

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "eval", "meantime-rest")
OUT = os.path.join(ROOT, "eval", "gold", "meantime-rest.jsonl")
MEANTIME = os.path.join(ROOT, "eval", "gold", "meantime.jsonl")
HEAD = "PUBLICATION DATE: "
PART1 = "=====MEANTIME PART (already annotated by MEANTIME; read, do not change)=====\n"
PART2 = "\n=====YOUR PART (mark every time expression below this line)=====\n"


class Bad(Exception):
    pass


def unmark(s):
    """The text of s without time markup, and the times [begin, end, type, value]."""
    out, times, pos, n = [], [], 0, 0
    for m in TIME.finditer(s):
        out.append(s[pos:m.start()])
        n += m.start() - pos
        words = m.group(3)
        times.append([n, n + len(words), m.group(1), m.group(2)])
        out.append(words)
        n += len(words)
        pos = m.end()
    out.append(s[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        i = plain.find("[[") if "[[" in plain else plain.find("]]")
        raise Bad("broken markup near %r" % plain[max(0, i - 20):i + 20])
    return plain, times


def check_text(text, g, what):
    """Raises Bad naming the first character where text differs from gold
    record g's text (what names the record)."""
    if text != g["text"]:
        i = next((k for k in range(min(len(text), len(g["text"])))
                  if text[k] != g["text"][k]), min(len(text), len(g["text"])))
        raise Bad("text differs from %s at character %d: %r, expected %r"
                  % (what, i, text[i:i + 30], g["text"][i:i + 30]))


def load_gold(path):
    """The records of gold file path by id."""
    gold = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            gold[g["id"]] = g
    return gold


def convert(files, gold, record):
    """record(path, gold) of every file, sorted by id (None: left out); each
    error reported on stderr with its file.  Returns the records, or None
    after an error."""
    recs, bad = [], 0
    for path in files:
        try:
            r = record(path, gold)
            if r is not None:
                recs.append(r)
        except Bad as e:
            sys.stderr.write("%s: %s\n" % (path, e))
            bad += 1
        except OSError as e:
            sys.stderr.write("%s: %s\n" % (path, e.strerror))
            bad += 1
    if bad:
        return None
    recs.sort(key=lambda r: r["id"])
    return recs


def write_records(out, recs):
    """Writes recs to out as JSON Lines through a temporary file (no half-
    written output) and reports the counts on stderr."""
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    os.replace(tmp, out)
    sys.stderr.write("%s: %d articles, %d time expressions\n"
                     % (out, len(recs), sum(len(r["times"]) for r in recs)))


def record(path, gold):
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    first, sep, body = raw.partition("\n")
    if not first.startswith(HEAD) or not re.fullmatch(r"\d{4}-\d\d-\d\d", first[len(HEAD):]):
        raise Bad("line 1 must be '%sYYYY-MM-DD'" % HEAD)
    if not body.startswith(PART1) or body.count(PART2) != 1:
        raise Bad("the two part lines are missing or repeated")
    part1, _, part2 = body[len(PART1):].partition(PART2)
    region, _ = unmark(part1)
    rest, times = unmark(part2)
    g = gold.get("meantime/" + name)
    if g is None:
        raise Bad("no article meantime/%s in %s" % (name, MEANTIME))
    if g.get("split") != "dev":
        raise Bad("meantime/%s is not of split dev" % name)
    text = region + rest
    check_text(text, g, "meantime/" + name)
    if not times:
        raise Bad("no time expression marked after the part line")
    base = len(region)
    r = {"id": "meantime-rest/" + name, "date": first[len(HEAD):]}
    if "title" in g:
        r["title"] = g["title"]
    r.update({"set": "meantime-rest", "split": "dev", "spacing": g["spacing"], "text": text,
              "time_regions": [[base, len(text)]],
              "times": [[base + b, base + e, t, v] for b, e, t, v in times]})
    return r


def main(argv):
    out = OUT
    args = argv[1:]
    if len(args) >= 2 and args[0] == "-o":
        out, args = args[1], args[2:]
    if any(a.startswith("-") for a in args):
        sys.stderr.write("usage: meantime_rest.py [-o OUT] [FILE...]\n")
        return 2
    files = args or sorted(os.path.join(SRC, n) for n in os.listdir(SRC) if n.endswith(".txt"))
    recs = convert(files, load_gold(MEANTIME), record)
    if recs is None:
        return 1
    write_records(out, recs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
