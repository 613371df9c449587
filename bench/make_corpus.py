#!/usr/bin/env python3
"""Build the benchmark corpus from the shared data sets (Python 3 standard library only).

    make_corpus.py DATA_DIR OUT_DIR MULT...
    make_corpus.py --tiny N OUT_DIR

DATA_DIR is the shared data folder (meantime/, gum_news/, ecbplus/).  Writes
OUT_DIR/corpus-<m>x.jsonl for every multiplier m (m copies of the base set,
every copy with distinct ids) and OUT_DIR/corpus-<m>x.stats holding
"articles words bytes" of the article texts (words: white-space separated
tokens; bytes: UTF-8 bytes of the "text" values).

The base set is every article text of
  - MEANTIME English (CAT XML tokens -> text; sentence 0 is the title),
  - GUM news (CoNLL-U "# text" lines, paragraphs from "# newpar"),
  - ECB+ topics 1-35 (XML tokens -> text),
one JSON Lines record each: id, url, title, date, source, text.  The order
is fixed (sorted paths) so that the corpus is byte-identical from run to run.

--tiny N writes OUT_DIR/tiny-N.jsonl and tiny-N.stats instead: N one-line
articles, record k being
  {"id": "t<k, 7 digits>", "date": "2020-01-<1 + k mod 28>",
   "text": "Protesters rallied in Baghdad on Friday, police said. Item <k>."}
(the per-article overhead at scale: a million of them is 119 MB).
"""

import json
import os
import re
import sys
import xml.etree.ElementTree as ET

# Tokens glued to the previous one / to the next one when detokenizing.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "''", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


class Detokenizer:
    """Joins PTB-like tokens into readable text; the quote state runs across sentences."""

    def __init__(self):
        self.in_quote = False

    def join(self, tokens):
        out = []
        glue = True          # no space before the next token
        prev = ""
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok in ("``", "''"):
                tok = '"'
            if tok == '"':
                if self.in_quote:
                    out.append(tok)
                    glue = False
                else:
                    if out and not glue:
                        out.append(" ")
                    out.append(tok)
                    glue = True
                self.in_quote = not self.in_quote
                prev = tok
                continue
            # 100 , 000 -> 100,000; 1 . 29 -> 1.29; Strauss - Kahn -> Strauss-Kahn
            inner = (tok == "," and prev[-1:].isdigit() and len(nxt) == 3 and nxt.isdigit()) or \
                    (tok == "." and prev[-1:].isdigit() and nxt[:1].isdigit()) or \
                    (tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum())
            if out and not glue and tok not in NO_SPACE_BEFORE and not inner:
                out.append(" ")
            out.append(tok)
            glue = tok in NO_SPACE_AFTER or inner
            if tok.count('"') % 2:   # a quote attached to a word ('"Nothing', 'thieves"')
                self.in_quote = not self.in_quote
            prev = tok
        return "".join(out)


def cat_sentences(path):
    """Token text of a CAT XML file (MEANTIME, ECB+) grouped by sentence, in order."""
    root = ET.parse(path).getroot()
    sents = {}
    for tok in root.iter("token"):
        if tok.text is None:
            continue
        s = int(tok.get("sentence", "0"))
        n = int(tok.get("t_id", "0"))
        sents.setdefault(s, []).append((n, tok.text.strip()))
    ordered = []
    detok = Detokenizer()
    for s in sorted(sents):
        toks = [t for _, t in sorted(sents[s]) if t]
        if toks:
            ordered.append(detok.join(toks))
    return root, ordered


def meantime(data):
    base = os.path.join(data, "meantime", "intra_cross-doc_annotation")
    recs = []
    for sub in sorted(os.listdir(base)):
        folder = os.path.join(base, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".xml"):
                continue
            root, sents = cat_sentences(os.path.join(folder, name))
            if len(sents) < 2:
                continue
            date = None
            for tx in root.iter("TIMEX3"):
                if tx.get("functionInDocument") == "CREATION_TIME":
                    v = tx.get("value", "")
                    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                        date = v
                    break
            recs.append({
                "id": "meantime-" + root.get("doc_id", name[:-4]),
                "url": root.get("url"),
                "title": sents[0],
                "date": date,
                "source": "Wikinews",
                "text": "\n\n".join(sents[1:]),
            })
    return recs


def gum(data):
    folder = os.path.join(data, "gum_news", "conllu")
    recs = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".conllu"):
            continue
        meta = {}
        paras = []
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# meta::"):
                    k, _, v = line[len("# meta::"):].partition(" = ")
                    meta[k] = v
                elif line.startswith("# newdoc id = "):
                    meta["id"] = line[len("# newdoc id = "):]
                elif line.startswith("# newpar"):
                    if not line.startswith("# newpar_block"):
                        paras.append([])
                elif line.startswith("# text = "):
                    if not paras:
                        paras.append([])
                    paras[-1].append(line[len("# text = "):])
        paras = [" ".join(p) for p in paras if p]
        title = meta.get("title")
        if paras and title and paras[0] == title:
            paras = paras[1:]
        date = meta.get("dateCreated")
        if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            date = None
        recs.append({
            "id": meta.get("id", name[:-7]),
            "url": meta.get("sourceURL"),
            "title": title,
            "date": date,
            "source": "Wikinews",
            "text": "\n\n".join(paras),
        })
    return recs


def ecbplus(data):
    folder = os.path.join(data, "ecbplus", "ECB+")
    recs = []
    topics = sorted((int(t) for t in os.listdir(folder) if t.isdigit()))
    for topic in topics:
        if not 1 <= topic <= 35:
            continue
        tdir = os.path.join(folder, str(topic))
        for name in sorted(os.listdir(tdir)):
            if not name.endswith(".xml"):
                continue
            _, sents = cat_sentences(os.path.join(tdir, name))
            if not sents:
                continue
            recs.append({
                "id": "ecbplus-" + name[:-4],
                "url": None,
                "title": None,
                "date": None,
                "source": None,
                "text": "\n".join(sents),
            })
    return recs


TINY_TEXT = "Protesters rallied in Baghdad on Friday, police said. Item %d."


def tiny(n, out):
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "tiny-%d.jsonl" % n)
    tmp = path + ".tmp"
    words = nbytes = 0
    with open(tmp, "w", encoding="utf-8") as f:
        for k in range(n):
            text = TINY_TEXT % k
            words += len(text.split())
            nbytes += len(text)
            f.write('{"id": "t%07d", "date": "2020-01-%02d", "text": "%s"}\n'
                    % (k, 1 + k % 28, text))
    os.replace(tmp, path)
    with open(os.path.join(out, "tiny-%d.stats" % n), "w") as f:
        f.write("%d %d %d\n" % (n, words, nbytes))
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "--tiny":
        if not argv[2].isdigit() or int(argv[2]) < 1:
            sys.stderr.write("make_corpus: --tiny needs a positive number, not '%s'\n" % argv[2])
            return 2
        return tiny(int(argv[2]), argv[3])
    if len(argv) < 4:
        sys.stderr.write("usage: make_corpus.py DATA_DIR OUT_DIR MULT...\n")
        return 2
    data, out = argv[1], argv[2]
    mults = [int(m) for m in argv[3:]]
    for sub in ("meantime", "gum_news", "ecbplus"):
        if not os.path.isdir(os.path.join(data, sub)):
            sys.stderr.write("make_corpus: missing '%s'\n" % os.path.join(data, sub))
            return 1
    recs = meantime(data) + gum(data) + ecbplus(data)
    recs = [r for r in recs if r["text"].strip()]
    ids = set()
    for r in recs:
        if r["id"] in ids:
            sys.stderr.write("make_corpus: duplicate id '%s'\n" % r["id"])
            return 1
        ids.add(r["id"])
    words = sum(len(r["text"].split()) for r in recs)
    nbytes = sum(len(r["text"].encode("utf-8")) for r in recs)
    lines = []
    for r in recs:
        lines.append({k: v for k, v in r.items() if v is not None})
    os.makedirs(out, exist_ok=True)
    for m in mults:
        path = os.path.join(out, "corpus-%dx.jsonl" % m)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for copy in range(m):
                for r in lines:
                    if copy:
                        r = dict(r)
                        r["id"] = "%s-copy%d" % (r["id"], copy)
                        if "url" in r:
                            r["url"] = "%s#copy%d" % (r["url"], copy)
                    f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
                    f.write("\n")
        os.replace(tmp, path)
        with open(os.path.join(out, "corpus-%dx.stats" % m), "w") as f:
            f.write("%d %d %d\n" % (len(recs) * m, words * m, nbytes * m))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
