#!/usr/bin/env python3
"""Turns eval/ecbplus-times/*.txt (ECB+ dev articles with every time
expression marked by hand for this project, by MEANTIME's conventions; see
eval/README.md, "ECB+ times") into eval/gold/ecbplus-times.jsonl, the gold
format of eval/README.md.

    ecbplus_times.py [-o OUT] [FILE...]
    ecbplus_times.py --check FILE...

The files of eval/ecb-times/ (ECB articles, the same way) make
eval/gold/ecb-times.jsonl: `ecbplus_times.py -o eval/gold/ecb-times.jsonl
eval/ecb-times/*.txt`; those of eval/ecbplus-test-times/ (ECB+ test articles,
a held-out test) eval/gold/ecbplus-test-times.jsonl the same way.

Line 1 of a file is 'PUBLICATION DATE: YYYY-MM-DD' (the date the article's
own text gives) or 'PUBLICATION DATE: NONE' (the text gives none: the file
is skipped); the rest, markup `[[TYPE VALUE|words]]` removed, must be the
exact text of the article in eval/gold/ecbplus.jsonl, of the split its folder
is for ("dev"; "test" for eval/ecbplus-test-times/).  An
error names the file and the first character that differs, and exits 1 with
nothing written.  `--check` only checks the files it is given.  The records
have a `times` layer only, over the whole text (no names or events are
scored on them).  The output depends only on the files: running it twice
gives the same bytes.

Python 3 standard library only.
"""
import os
import re
import sys

from meantime_rest import Bad, check_text, convert, load_gold, unmark, write_records

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "eval", "ecbplus-times")
OUT = os.path.join(ROOT, "eval", "gold", "ecbplus-times.jsonl")
ECBPLUS = os.path.join(ROOT, "eval", "gold", "ecbplus.jsonl")
HEAD = "PUBLICATION DATE: "
TYPES = ("DATE", "TIME", "DURATION", "SET")
# The folders and the split of ECB+ their articles must be of: the test
# articles' times are a held-out test, never tuned on.
SPLITS = {"ecbplus-times": "dev", "ecb-times": "dev", "ecbplus-test-times": "test"}


def record(path, gold):
    """The gold record of one file, or None for a file marked NONE.  Its set
    is the name of the file's folder: "ecbplus-times" (ECB+ articles, dated
    by their own text) or "ecb-times" (ECB articles, dated by the annotator
    from their text and the event they report)."""
    name = os.path.splitext(os.path.basename(path))[0]
    set_name = os.path.basename(os.path.dirname(os.path.abspath(path)))
    if set_name not in SPLITS:
        raise Bad("a file of eval/ecbplus-times/, eval/ecb-times/ or eval/ecbplus-test-times/"
                  " is needed")
    split = SPLITS[set_name]
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    first, _, body = raw.partition("\n")
    date = first[len(HEAD):] if first.startswith(HEAD) else ""
    if date == "NONE":
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        raise Bad("line 1 must be '%sYYYY-MM-DD' or '%sNONE'" % (HEAD, HEAD))
    if body.endswith("\n"):
        body = body[:-1]
    text, times = unmark(body)
    g = gold.get("ecbplus/" + name)
    if g is None:
        raise Bad("no article ecbplus/%s in %s" % (name, ECBPLUS))
    if g.get("split") != split:
        raise Bad("ecbplus/%s is not of split %s" % (name, split))
    check_text(text, g, "ecbplus/" + name)
    for b, e, t, v in times:
        if t not in TYPES:
            raise Bad("unknown type %s at character %d (%r)" % (t, b, text[b:e]))
        if text[b:e] != text[b:e].strip() or b == e:
            raise Bad("span with outer spaces or empty at character %d (%r)" % (b, text[b:e]))
    if not times:
        raise Bad("no time expression marked (write NONE on line 1 to leave it out)")
    r = {"id": set_name + "/" + name, "date": date}
    if "title" in g:
        r["title"] = g["title"]
    r.update({"set": set_name, "split": split, "spacing": g["spacing"], "text": text,
              "times": times})
    return r


def main(argv):
    out, check = OUT, False
    args = argv[1:]
    if args and args[0] == "--check":
        check, args = True, args[1:]
    elif len(args) >= 2 and args[0] == "-o":
        out, args = args[1], args[2:]
    if any(a.startswith("-") for a in args) or (check and not args):
        sys.stderr.write("usage: ecbplus_times.py [-o OUT] [FILE...] | --check FILE...\n")
        return 2
    files = args or sorted(os.path.join(SRC, n) for n in os.listdir(SRC) if n.endswith(".txt"))
    recs = convert(files, load_gold(ECBPLUS), record)
    if recs is None:
        return 1
    if check:
        sys.stderr.write("%d files fine (%d with times, %d time expressions)\n"
                         % (len(files), len(recs), sum(len(r["times"]) for r in recs)))
        return 0
    write_records(out, recs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
