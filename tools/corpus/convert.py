#!/usr/bin/env python3
"""Convert the shared news data sets into newskg's gold JSON Lines format.

    convert.py meantime DATA_DIR OUT.jsonl
    convert.py ecbplus  DATA_DIR OUT.jsonl
    convert.py gum      DATA_DIR OUT.jsonl
    convert.py meantime-layers DATA_DIR   (prints where MEANTIME's layers are annotated)

Python 3 standard library only.  The output is deterministic: files are read
in sorted order, records are written in sorted id order, JSON keys in a fixed
order.  eval/README.md documents the format and every mapping made here.
"""

import datetime
import glob
import hashlib
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

# ---- text reconstruction ----------------------------------------------------

# Tokens written without a space before them.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "n't", "N'T",
                   "...", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m"}
# Tokens written without a space after them.
NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "US$", "#"}
# PTB quote tokens are written as ASCII double quotes.
REWRITE = {"``": '"', "''": '"'}
FINAL = {".", "!", "?", "''", '"', "'"}


def detokenize(sentences):
    """sentences: list of token lists.  Returns (text, offsets) where offsets
    is a list (per sentence) of lists of (begin, end) code point offsets.

    Spacing is not in the source: tokens are joined by one space except
    around punctuation (NO_SPACE_BEFORE / NO_SPACE_AFTER), PTB quotes become
    '"'; a sentence that does not end in final punctuation (a headline, a
    dateline) is followed by a blank line, other sentences by one space."""
    out = []
    pos = 0
    offsets = []
    prev_tok = None
    for si, toks in enumerate(sentences):
        sent_off = []
        for ti, tok in enumerate(toks):
            surface = REWRITE.get(tok, tok)
            if prev_tok is not None and ti > 0:
                if tok not in NO_SPACE_BEFORE and prev_tok not in NO_SPACE_AFTER:
                    out.append(" ")
                    pos += 1
            out.append(surface)
            sent_off.append((pos, pos + len(surface)))
            pos += len(surface)
            prev_tok = tok
        offsets.append(sent_off)
        if si + 1 < len(sentences) and toks:
            sep = " " if toks[-1] in FINAL else "\n\n"
            out.append(sep)
            pos += len(sep)
    return "".join(out), offsets


# ---- proper names inside a longer mention -----------------------------------

CONNECTORS = {"of", "and", "&", "de", "du", "der", "van", "von", "la", "for", "-"}
LEADING_DROP = {"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her",
                "Their", "Our", "My", "Your"}


def is_name_token(tok):
    return any(c.isupper() for c in tok) and any(c.isalpha() for c in tok)


def name_run(toks):
    """Index range [i, j) of the last run of name tokens in toks (a mention's
    tokens cut at its first comma or parenthesis), connectors allowed between
    name tokens, leading determiners dropped; None when there is none."""
    cut = len(toks)
    for k, t in enumerate(toks):
        if t in {",", "(", ")", "--", ";"} and k > 0:
            cut = k
            break
    best = None
    i = 0
    while i < cut:
        if not is_name_token(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < cut:
            if is_name_token(toks[j]):
                j += 1
            elif toks[j] in CONNECTORS and j + 1 < cut and is_name_token(toks[j + 1]):
                j += 2
            else:
                break
        best = (i, j)
        i = j
    if best is None:
        return None
    i, j = best
    while i < j and toks[i] in LEADING_DROP:
        i += 1
    return (i, j) if i < j else None


def find_sub(toks, sub):
    """Last index where token list sub occurs in toks, or -1."""
    for k in range(len(toks) - len(sub), -1, -1):
        if toks[k:k + len(sub)] == sub:
            return k
    return -1


def split_by_hash(records):
    """A deterministic half split: records ranked by SHA-256 of their id,
    even ranks dev, odd ranks test (so each half is exactly half, +-1)."""
    ranked = sorted(records, key=lambda r: hashlib.sha256(r["id"].encode("utf-8")).hexdigest())
    for k, r in enumerate(ranked):
        r["split"] = "dev" if k % 2 == 0 else "test"


def dedupe(items):
    """Sorts annotations by span and drops later duplicates of a span."""
    seen = set()
    out = []
    for it in sorted(items, key=lambda a: (a[0], a[1])):
        if (it[0], it[1]) in seen:
            continue
        seen.add((it[0], it[1]))
        out.append(it)
    return out


def record(set_name, doc_id, date, title, split, spacing, text, regions, entities, times, events,
           layer_regions=None):
    """layer_regions: None or {"entity_regions": [[b, e], ...], "time_regions": ...,
    "event_regions": ...}, written after "regions" in that key order."""
    rec = {"id": doc_id}
    if date:
        rec["date"] = date
    if title:
        rec["title"] = title
    rec["set"] = set_name
    rec["split"] = split
    rec["spacing"] = spacing
    rec["text"] = text
    if regions is not None:
        rec["regions"] = regions
    for key in ("entity_regions", "time_regions", "event_regions"):
        if layer_regions and key in layer_regions:
            rec[key] = layer_regions[key]
    rec["entities"] = [list(e) for e in dedupe(entities)]
    if times is not None:
        rec["times"] = [list(t) for t in dedupe(times)]
    if events is not None:
        rec["events"] = [list(e) for e in dedupe(events)]
    return rec


# ---- MEANTIME ----------------------------------------------------------------

MEANTIME_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
MEANTIME_EVENT = {"SPEECH_COGNITIVE": "REPORTING", "GRAMMATICAL": "GRAMMATICAL",
                  "OTHER": "OCCURRENCE", "MIX": "OCCURRENCE"}
# The document-level annotation of MEANTIME (every TIMEX3, every typed entity
# and event mention) covers the CAT sentences 0-5: the title, the date line and
# the first four body sentences.  After them only the mentions of the
# instances chosen for cross-document annotation are marked, and no times.
MEANTIME_ANNOTATED_SENTENCES = 6


def meantime_regions(order, offs):
    """The annotated region of a MEANTIME article, the same for the three
    layers: from the first token of the text to the last token of the last
    sentence numbered below MEANTIME_ANNOTATED_SENTENCES (CAT numbering).
    order: the sorted CAT sentence numbers; offs: their token offsets."""
    last = [si for si, s in enumerate(order) if s < MEANTIME_ANNOTATED_SENTENCES and offs[si]]
    if not last:
        return {}
    region = [[offs[0][0][0], offs[last[-1]][-1][1]]]
    return {"entity_regions": region, "time_regions": region, "event_regions": region}


def convert_meantime(data_dir):
    records = []
    files = sorted(glob.glob(os.path.join(data_dir, "intra_cross-doc_annotation", "*", "*.xml")))
    for path in files:
        root = ET.parse(path).getroot()
        doc_id = "meantime/" + root.get("doc_name")
        sents = {}
        tok_pos = {}
        for t in root.iter("token"):
            s = int(t.get("sentence"))
            sents.setdefault(s, []).append(t)
        order = sorted(sents)
        sent_toks = [[t.text for t in sents[s]] for s in order]
        text, offs = detokenize(sent_toks)
        tid_sent = {}
        for si, s in enumerate(order):
            for ti, t in enumerate(sents[s]):
                tok_pos[t.get("t_id")] = offs[si][ti]
                tid_sent[t.get("t_id")] = (si, ti)
        title = text[:offs[0][-1][1]] if offs and offs[0] else None

        markables = root.find("Markables")
        by_mid = {m.get("m_id"): m for m in markables}
        refers = {}
        for r in root.find("Relations").iter("REFERS_TO"):
            tgt = r.find("target")
            if tgt is None:
                continue
            for s in r.findall("source"):
                refers[s.get("m_id")] = tgt.get("m_id")

        date = None
        entities, times, events = [], [], []
        for m in markables:
            anchors = [a.get("t_id") for a in m.findall("token_anchor")]
            if m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
                date = (m.get("value") or "")[:10] or None
            if not anchors:
                continue
            anchors.sort(key=lambda a: int(a))
            if m.tag == "ENTITY_MENTION":
                st = m.get("syntactic_type")
                if st is not None and st not in ("NAM", "PRE.NAM"):
                    continue
                ent = by_mid.get(refers.get(m.get("m_id")))
                if ent is None or ent.get("ent_type") not in MEANTIME_TYPES:
                    continue
                toks = [root_tok for root_tok in anchors]
                words = []
                for a in toks:
                    si, ti = tid_sent[a]
                    words.append(sent_toks[si][ti])
                head = (m.get("head") or "").split()
                k = find_sub(words, head) if head else -1
                if k >= 0:
                    i, j = k, k + len(head)
                else:
                    run = name_run(words)
                    if run is None:
                        continue
                    i, j = run
                b, e = tok_pos[toks[i]][0], tok_pos[toks[j - 1]][1]
                entities.append((b, e, MEANTIME_TYPES[ent.get("ent_type")],
                                 ent.get("instance_id") or None))
            elif m.tag == "TIMEX3":
                b, e = tok_pos[anchors[0]][0], tok_pos[anchors[-1]][1]
                times.append((b, e, m.get("type") or "DATE", m.get("value") or None))
            elif m.tag == "EVENT_MENTION":
                ev = by_mid.get(refers.get(m.get("m_id")))
                cls = MEANTIME_EVENT.get(ev.get("class") if ev is not None else "", "OCCURRENCE")
                inst = ev.get("instance_id") if ev is not None else None
                b, e = tok_pos[anchors[0]][0], tok_pos[anchors[-1]][1]
                events.append((b, e, cls, inst or None))
        rec = record("meantime", doc_id, date, title, None, "detokenized", text, None,
                     entities, times, events, meantime_regions(order, offs))
        span = {}
        for m in markables:
            anchors = sorted((a.get("t_id") for a in m.findall("token_anchor")), key=int)
            if anchors:
                span[m.get("m_id")] = (tok_pos[anchors[0]][0], tok_pos[anchors[-1]][1])
        rec["arguments"] = meantime_arguments(root, by_mid, refers, span)
        rec["event_times"] = meantime_event_times(root, by_mid, span, date)
        records.append(rec)
    return records


# PropBank roles of HAS_PARTICIPANT, reduced; any other role is OTHER.
MEANTIME_ROLES = {"arg0": "A0", "arg1": "A1", "arg2": "A2", "argm-loc": "LOC", "argm-tmp": "TMP"}
# A calendar value: a year, possibly followed by month, day, week, quarter...
CALENDAR_VALUE = re.compile(r"[0-9]{4}(-[0-9A-Z]+)*$")


def relation_ends(rel, by_mid):
    """The markables of a relation's first source and first target, or None."""
    src, tgt = rel.find("source"), rel.find("target")
    if src is None or tgt is None:
        return None
    s, t = by_mid.get(src.get("m_id")), by_mid.get(tgt.get("m_id"))
    if s is None or t is None:
        return None
    return s, t


def meantime_arguments(root, by_mid, refers, span):
    """[[ev_begin, ev_end, arg_begin, arg_end, role, instance], ...]: every
    HAS_PARTICIPANT from an event mention with tokens to an ENTITY_MENTION
    with tokens (VALUE targets, amounts and prices, are not participants and
    are dropped), the argument span from its first to its last token, the
    role reduced by MEANTIME_ROLES, the instance_id of the ENTITY the mention
    refers to (as in "entities") or None.  Sorted; one role per (event,
    argument) pair."""
    out = []
    for rel in root.find("Relations").iter("HAS_PARTICIPANT"):
        ends = relation_ends(rel, by_mid)
        if ends is None:
            continue
        ev, arg = ends
        if ev.tag != "EVENT_MENTION" or arg.tag != "ENTITY_MENTION":
            continue
        es, ts = span.get(ev.get("m_id")), span.get(arg.get("m_id"))
        if es is None or ts is None:
            continue
        role = MEANTIME_ROLES.get((rel.get("sem_role") or "").lower(), "OTHER")
        ent = by_mid.get(refers.get(arg.get("m_id")))
        inst = (ent.get("instance_id") if ent is not None else None) or None
        out.append((es[0], es[1], ts[0], ts[1], role, inst))
    seen = set()
    res = []
    for a in sorted(out, key=lambda a: a[:5]):
        if a[:4] in seen:
            continue
        seen.add(a[:4])
        res.append(list(a))
    return res


def meantime_event_times(root, by_mid, span, date):
    """[[ev_begin, ev_end, value], ...]: the date of every event mention with
    tokens that a TLINK anchors to a DATE TIMEX3 (event SIMULTANEOUS or
    IS_INCLUDED timex, or timex SIMULTANEOUS or INCLUDES event).  The document
    creation time gives the document date; another timex its value when that
    is a calendar value (PAST_REF, XXXX-XX-XX and durations typed DATE are
    dropped).  An event with several anchors takes the one written in the
    text over the creation time, then the most specific (longest) value, then
    the smallest.  Sorted by event span."""
    best = {}
    for rel in root.find("Relations").iter("TLINK"):
        ends = relation_ends(rel, by_mid)
        if ends is None:
            continue
        s, t = ends
        rt = rel.get("reltype")
        if s.tag == "EVENT_MENTION" and t.tag == "TIMEX3" and rt in ("SIMULTANEOUS",
                                                                     "IS_INCLUDED"):
            ev, tx = s, t
        elif s.tag == "TIMEX3" and t.tag == "EVENT_MENTION" and rt in ("SIMULTANEOUS",
                                                                       "INCLUDES"):
            ev, tx = t, s
        else:
            continue
        es = span.get(ev.get("m_id"))
        if es is None or tx.get("type") != "DATE":
            continue
        dct = tx.get("functionInDocument") == "CREATION_TIME"
        value = date if dct else tx.get("value")
        if not value or not CALENDAR_VALUE.match(value):
            continue
        key = (0 if dct else 1, len(value), [-ord(c) for c in value])
        if es not in best or key > best[es][0]:
            best[es] = (key, value)
    return [[es[0], es[1], best[es][1]] for es in sorted(best)]


def measure_meantime_layers(data_dir, out):
    """Prints, over every MEANTIME article, where the annotation layers lie
    relative to MEANTIME_ANNOTATED_SENTENCES: the evidence for
    meantime_regions() (eval/README.md, "Annotated regions")."""
    limit = MEANTIME_ANNOTATED_SENTENCES
    files = sorted(glob.glob(os.path.join(data_dir, "intra_cross-doc_annotation", "*", "*.xml")))
    n_sent, sizes, last_timex = 0, [], {}
    inside, after, after_docs = {}, {}, {}
    caps = {"inside": [0, 0], "after": [0, 0]}
    for path in files:
        root = ET.parse(path).getroot()
        toks = list(root.iter("token"))
        sent_of = {t.get("t_id"): int(t.get("sentence")) for t in toks}
        sizes.append(len(set(sent_of.values())))
        n_sent += sizes[-1]
        covered = set()
        timex_max = -1
        for m in root.find("Markables"):
            anchors = [a.get("t_id") for a in m.findall("token_anchor")]
            if not anchors:
                continue
            last = max(sent_of[a] for a in anchors)
            # A markable of the document-level annotation has attributes
            # besides m_id; the cross-document annotation adds bare ones.
            key = (m.tag, "document" if len(m.attrib) > 1 else "cross-document")
            if last < limit:
                inside[key] = inside.get(key, 0) + 1
            else:
                after[key] = after.get(key, 0) + 1
                if key[1] == "document":
                    after_docs.setdefault(root.get("doc_name"), set()).add(last)
            if m.tag == "TIMEX3":
                timex_max = max(timex_max, last)
            if m.tag == "ENTITY_MENTION":
                covered.update(anchors)
        last_timex[timex_max] = last_timex.get(timex_max, 0) + 1
        for k in range(1, len(toks)):
            t, prev = toks[k], toks[k - 1]
            s = int(t.get("sentence"))
            if s < 2 or int(prev.get("sentence")) != s:
                continue
            if t.text[:1].isupper() and t.text.isalpha():
                c = caps["inside" if s < limit else "after"]
                c[0] += 1
                c[1] += t.get("t_id") in covered
    w = out.write
    w("articles %d, sentences %d (%d to %d per article), annotated limit: sentences 0-%d\n"
      % (len(files), n_sent, min(sizes), max(sizes), limit - 1))
    w("last sentence with a TIMEX3: %s\n"
      % ", ".join("%d in %d" % (k, v) for k, v in sorted(last_timex.items(), reverse=True)))
    for name, tab in (("inside", inside), ("after", after)):
        for key in sorted(tab):
            w("%-6s %-14s %-14s %5d\n" % (name, key[0], key[1], tab[key]))
    for doc in sorted(after_docs):
        w("document-level markables after the limit: %s, sentences %s\n"
          % (doc, sorted(after_docs[doc])))
    for name in ("inside", "after"):
        n, k = caps[name]
        w("capitalised non-initial tokens of body sentences %s: %d, in an entity mention %d "
          "(%.1f %%)\n" % (name, n, k, 100.0 * k / n if n else 0.0))


# ---- ECB+ --------------------------------------------------------------------

ECB_ENTITY = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "LOC",
              "LOC_GEO": "LOC", "LOC_FAC": "LOC"}
ECB_TIME = {"TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME", "TIME_DURATION": "DURATION",
            "TIME_REPETITION": "SET"}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def load_words(path):
    """Lower-case common words (wamerican): a one-token capitalised mention at
    the start of a sentence is a name only if it is not one of them."""
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower():
                words.add(w)
    return words


def ecb_date(sent_toks):
    """The publication date of an ECB+ article: from its URL (first
    sentence: .../2013/may/03/... or /2013/05/03/) or from a sentence that is
    only a date ('May 03 , 2013'); None when neither is there."""
    if sent_toks and sent_toks[0] and sent_toks[0][0].lower() == "http":
        url = "".join(sent_toks[0])
        m = re.search(r"/((?:19|20)\d\d)/([a-z]{3}|\d\d)/(\d\d)/", url, re.I)
        if m:
            mon = m.group(2).lower()
            mon = MONTHS.get(mon) if mon.isalpha() else int(mon)
            if mon and 1 <= mon <= 12 and 1 <= int(m.group(3)) <= 31:
                return "%s-%02d-%02d" % (m.group(1), mon, int(m.group(3)))
    for toks in sent_toks[:4]:
        s = " ".join(toks)
        m = re.fullmatch(r"(?:[A-Z][a-z]+ , )?([A-Z][a-z]+)\.? (\d{1,2}) , ((?:19|20)\d\d)", s)
        if m and m.group(1)[:3].lower() in MONTHS:
            return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    return None


def convert_ecbplus(data_dir, words):
    listed = {}
    with open(os.path.join(data_dir, "ECBplus_coreference_sentences.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            topic, fname, sent = line.strip().split(",")
            listed.setdefault("%s_%s" % (topic, fname), set()).add(int(sent))
    records = []
    for path in sorted(glob.glob(os.path.join(data_dir, "ECB+", "*", "*.xml"))):
        base = os.path.basename(path)[:-4]
        if base not in listed:
            continue
        topic = int(base.split("_")[0])
        root = ET.parse(path).getroot()
        sents = {}
        for t in root.iter("token"):
            sents.setdefault(int(t.get("sentence")), []).append(t)
        order = sorted(sents)
        all_toks = [[t.text for t in sents[s]] for s in order]
        date = ecb_date(all_toks)
        # The URL line of the ECB+ articles is not article text.
        keep = [s for s in order
                if not (s == 0 and base.endswith("plus") and sents[s][0].text.lower() == "http")]
        sent_toks = [[t.text for t in sents[s]] for s in keep]
        text, offs = detokenize(sent_toks)
        tok_pos, tid_sent = {}, {}
        for si, s in enumerate(keep):
            for ti, t in enumerate(sents[s]):
                tok_pos[t.get("t_id")] = offs[si][ti]
                tid_sent[t.get("t_id")] = (s, ti)
        title = None
        if base.endswith("plus") and keep and sent_toks[0] and sent_toks[0][-1] not in FINAL:
            title = text[:offs[0][-1][1]]
        regions = []
        for si, s in enumerate(keep):
            if s in listed[base] and offs[si]:
                regions.append([offs[si][0][0], offs[si][-1][1]])

        markables = root.find("Markables")
        by_mid = {m.get("m_id"): m for m in markables}
        instance = {}
        for r in root.find("Relations"):
            tgt = r.find("target")
            if tgt is None:
                continue
            t = by_mid.get(tgt.get("m_id"))
            note = r.get("note") if r.tag == "CROSS_DOC_COREF" else None
            if note is None and t is not None:
                note = t.get("instance_id")
            for s in r.findall("source"):
                instance.setdefault(s.get("m_id"), note)

        entities, times, events = [], [], []
        for m in markables:
            anchors = sorted((a.get("t_id") for a in m.findall("token_anchor")), key=int)
            anchors = [a for a in anchors if a in tok_pos]
            if not anchors or tid_sent[anchors[0]][0] not in listed[base]:
                continue
            inst = instance.get(m.get("m_id")) or None
            tag = m.tag
            if tag in ECB_ENTITY:
                sent_no, first_ti = tid_sent[anchors[0]]
                toks = [sents[sent_no][tid_sent[a][1]].text for a in anchors]
                run = name_run(toks)
                if run is None:
                    continue
                i, j = run
                if (j - i == 1 and first_ti + i == 0 and toks[i].lower() in words):
                    continue
                b, e = tok_pos[anchors[i]][0], tok_pos[anchors[j - 1]][1]
                entities.append((b, e, ECB_ENTITY[tag], inst))
            elif tag in ECB_TIME:
                b, e = tok_pos[anchors[0]][0], tok_pos[anchors[-1]][1]
                times.append((b, e, ECB_TIME[tag], None))
            elif tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_"):
                cls = tag.split("ACTION_", 1)[1]
                b, e = tok_pos[anchors[0]][0], tok_pos[anchors[-1]][1]
                events.append((b, e, cls, inst))
        split = "dev" if topic % 2 == 1 else "test"
        records.append(record("ecbplus", "ecbplus/" + base, date, title, split, "detokenized",
                              text, regions, entities, times, events))
    return records


# ---- GUM news ----------------------------------------------------------------

GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
ENTITY_OPEN = re.compile(r"\(([0-9]+)-([a-z]+)-([^()]*)")
ENTITY_CLOSE = re.compile(r"([0-9]+)\)")


def gum_parse(path):
    """Returns (meta, paragraphs) where paragraphs is a list of lists of
    sentences, each a list of token dicts."""
    meta = {}
    paras = []
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# meta::"):
                k, _, v = line[len("# meta::"):].partition(" = ")
                meta[k] = v
            elif line.startswith("# newpar") and not line.startswith("# newpar_"):
                paras.append([])
            elif line.startswith("#"):
                continue
            elif not line:
                if sent:
                    if not paras:
                        paras.append([])
                    paras[-1].append(sent)
                    sent = []
            else:
                cols = line.split("\t")
                if "." in cols[0]:
                    continue
                misc = dict(kv.partition("=")[::2] for kv in cols[9].split("|") if kv != "_")
                sent.append({"id": cols[0], "form": cols[1], "xpos": cols[4],
                             "head": cols[6], "deprel": cols[7], "misc": misc})
    if sent:
        paras[-1].append(sent)
    return meta, [p for p in paras if p]


def convert_gum(data_dir):
    records = []
    for path in sorted(glob.glob(os.path.join(data_dir, "conllu", "*.conllu"))):
        meta, paras = gum_parse(path)
        base = os.path.basename(path)[:-len(".conllu")]
        doc_id = "gum/" + base
        out = []
        pos = 0
        entities = []
        doc_words = []      # every syntactic word of the document, in order
        time_mentions = []  # (first, last) indexes into doc_words, inclusive
        for pi, para in enumerate(paras):
            if pi > 0:
                out.append("\n\n")
                pos += 2
            for si, sent in enumerate(para):
                if si > 0:
                    out.append(" ")
                    pos += 1
                # Surface tokens: a range line "3-4" stands for its words.
                words = []      # (id, begin, end, token dict) of syntactic words
                skip_until = 0
                for tok in sent:
                    if "-" in tok["id"]:
                        lo, hi = (int(x) for x in tok["id"].split("-"))
                        b = pos
                        out.append(tok["form"])
                        pos += len(tok["form"])
                        rng = (b, pos)
                        skip_until = hi
                        range_space = tok["misc"].get("SpaceAfter") != "No"
                        continue
                    n = int(tok["id"])
                    if n <= skip_until:
                        # "Trump's": the first word gets its own letters.
                        if n == lo and tok["form"] and len(tok["form"]) < rng[1] - rng[0]:
                            words.append((n, rng[0], rng[0] + len(tok["form"]), tok))
                        elif n > lo and words and words[-1][0] == lo and words[-1][2] < rng[1]:
                            words.append((n, words[-1][2], rng[1], tok))
                        else:
                            words.append((n, rng[0], rng[1], tok))
                        if n == skip_until and range_space and tok is not sent[-1]:
                            out.append(" ")
                            pos += 1
                        continue
                    b = pos
                    out.append(tok["form"])
                    pos += len(tok["form"])
                    words.append((n, b, pos, tok))
                    if tok["misc"].get("SpaceAfter") != "No" and tok is not sent[-1]:
                        out.append(" ")
                        pos += 1
                entities.extend(gum_names(words))
                first = len(doc_words)
                time_mentions.extend((first + s, first + t)
                                     for s, t, etype, _ in gum_mentions(words) if etype == "time")
                doc_words.extend(words)
        text = "".join(out)
        elements = gum_xml_dates(os.path.join(data_dir, "xml", base + ".xml"), doc_words)
        times = gum_times(doc_words, time_mentions, elements)
        records.append(record("gum", doc_id, meta.get("dateCreated"), meta.get("title"),
                              None, "original", text, None, entities, times, None))
    return records


# GUM's time annotation is not TIMEX3: eval/README.md ("Times", GUM) says how it is
# mapped.  Dependents that end a TIMEX3 extent: a clause or apposition after the time
# noun ("ten days before the beginning of the Hajj, the annual pilgrimage to Mecca").
GUM_TIME_CUT = {"acl", "acl:relcl", "appos", "parataxis", "advcl", "conj", "cc"}
GUM_WEEKDAY_END = 6     # date.weekday() of Sunday
# TimeML: a day and a part of the day is a TIME, "2015-09-17TNI".
GUM_PART_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
GUM_TRAILING = {",", ":", ".", "POS", "''", "``", "HYPH", "-LRB-", "-RRB-"}


def gum_xml_dates(path, doc_words):
    """The TEI <date> and <time> elements of GUM's XML version of a document:
    [(first, last, tag, attrs)] with first/last indexes (inclusive) into
    doc_words.  The XML has one line per syntactic word (word, tab, tags...),
    the same words in the same order as the CoNLL-U, and one line per tag."""
    found = []
    stack = []
    k = 0
    tag_re = re.compile(r"<(/?)(date|time)\b([^>]*)>")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("<"):
                m = tag_re.match(line)
                if not m:
                    continue
                if m.group(1):
                    first, tag, attrs = stack.pop()
                    if k > first:
                        found.append((first, k - 1, tag, attrs))
                else:
                    attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
                    stack.append((k, m.group(2), attrs))
                continue
            if not line.strip():
                continue
            form = line.split("\t")[0].replace("&amp;", "&").replace("&lt;", "<")
            form = form.replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            if k >= len(doc_words) or doc_words[k][3]["form"] != form:
                raise ValueError("%s: word %d '%s' is not the CoNLL-U word" % (path, k, form))
            k += 1
    if k != len(doc_words):
        raise ValueError("%s: %d words, the CoNLL-U has %d" % (path, k, len(doc_words)))
    return sorted(found)


def gum_value(tag, attrs):
    """(TIMEX3 type, value or None) of a TEI <date>/<time> element.  when=
    "2017-07-21" / "2017" / "2010-09" are TIMEX3 values already; a clock time
    drops zero seconds ("2010-09-04T22:30:00" -> "2010-09-04T22:30"); a clock time
    without a date ("15:11:00") has no TIMEX3 value; from/to that is one ISO
    week (Monday-Sunday) is "2017-W28", a weekend (Saturday-Sunday) "2015-W38-WE",
    a whole month "2015-09", a whole year "2015", decade "196", century "19";
    notBefore = notAfter is that value; any other range ("the past 30 days": notBefore/notAfter) has no value
    and no type, since it may be a TIMEX3 DATE or DURATION."""
    when = attrs.get("when")
    if when is None and attrs.get("notBefore") and attrs.get("notBefore") == attrs.get("notAfter"):
        when = attrs["notBefore"]
    typ = "TIME" if tag == "time" or (when and "T" in when) else "DATE"
    if when is not None:
        if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", when):
            return typ, when
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d)(:\d\d)?", when)
        if m:
            sec = m.group(2)
            return typ, m.group(1) + (sec if sec and sec != ":00" else "")
        return typ, None
    lo, hi = attrs.get("from"), attrs.get("to")
    day = r"\d{4}-\d\d-\d\d"
    if not (lo and hi and re.fullmatch(day, lo) and re.fullmatch(day, hi)):
        return "UNKNOWN", None
    a = datetime.date.fromisoformat(lo)
    b = datetime.date.fromisoformat(hi)
    year, week, _ = a.isocalendar()
    if b.weekday() == GUM_WEEKDAY_END and a.isocalendar()[:2] == b.isocalendar()[:2]:
        if (b - a).days == 6:
            return typ, "%04d-W%02d" % (year, week)
        if (b - a).days == 1:
            return typ, "%04d-W%02d-WE" % (year, week)
    nxt = b + datetime.timedelta(days=1)
    if a.day == 1 and nxt.day == 1 and (a.year, a.month) == (b.year, b.month):
        return typ, lo[:7]
    if a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31 and a.year == b.year:
        return typ, lo[:4]
    if a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31:
        if a.year % 10 == 0 and b.year == a.year + 9:
            return typ, lo[:3]
        if a.year % 100 == 0 and b.year == a.year + 99:
            return typ, lo[:2]
    return "UNKNOWN", None


def gum_trim(doc_words, s, t):
    """The TIMEX3-like extent of a GUM time mention [s, t] (doc_words indexes,
    inclusive): the run of words around the mention's head (its first word
    whose head is outside the mention) that hang on that head through the
    mention's own words without passing a clause, apposition or conjunct
    (GUM_TIME_CUT): "February 1, 2003 when it disintegrated" -> "February 1,
    2003" (the clause hangs on the verb outside), "ten days before the
    beginning of the Hajj, the annual pilgrimage" -> "ten days before the
    beginning of the Hajj".  Then trailing punctuation and a possessive ("This
    year 's") and leading prepositions ("prior to") are dropped.  Returns
    (s, t) or None when nothing is left."""
    local = {doc_words[k][0]: k for k in range(s, t + 1)}

    def up(k):
        h = doc_words[k][3]["head"]
        return local.get(int(h) if h.isdigit() else 0)

    head = next((k for k in range(s, t + 1) if up(k) is None), s)

    def inside(k):
        for _ in range(t - s + 1):
            if k == head:
                return True
            if doc_words[k][3]["deprel"] in GUM_TIME_CUT:
                return False
            k = up(k)
            if k is None:
                return False
        return False

    lo = head
    while lo > s and inside(lo - 1):
        lo -= 1
    hi = head
    while hi < t and inside(hi + 1):
        hi += 1
    while hi >= lo and (doc_words[hi][3]["xpos"] in GUM_TRAILING or
                        doc_words[hi][3]["deprel"] == "case"):
        hi -= 1
    while lo <= hi and doc_words[lo][3]["deprel"] in ("case", "fixed", "mark"):
        lo += 1
    return (lo, hi) if lo <= hi else None


def gum_times(doc_words, mentions, elements):
    """Gold times of a GUM document (eval/README.md, "Times"): the time
    mentions that are not pronouns, trimmed by gum_trim, plus the TEI
    date/time elements; spans nested in another are dropped (TIMEX3 do not
    nest); type and value come from a TEI element of exactly that span, else
    from the one element inside the span, else the type is "UNKNOWN" and the
    value null; a full date whose span ends in a part of the day ("Thursday
    night") becomes a TIME with the TimeML suffix (TNI, TMO, TAF, TEV)."""
    spans = {}
    for s, t in mentions:
        if all(doc_words[k][3]["xpos"] in ("PRP", "PRP$", "DT") for k in range(s, t + 1)):
            continue
        span = gum_trim(doc_words, s, t)
        if span:
            spans.setdefault(span, None)
    for first, last, tag, attrs in elements:
        spans[(first, last)] = (tag, attrs)
    keep = [sp for sp in spans
            if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    out = []
    for sp in sorted(keep):
        el = spans[sp]
        if el is None:
            inner = [e for e in elements if sp[0] <= e[0] and e[1] <= sp[1]]
            el = (inner[0][2], inner[0][3]) if len(inner) == 1 else None
        typ, value = gum_value(*el) if el else ("UNKNOWN", None)
        part = GUM_PART_OF_DAY.get(doc_words[sp[1]][3]["form"].lower())
        if part and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            typ, value = "TIME", value + part
        out.append((doc_words[sp[0]][1], doc_words[sp[1]][2], typ, value))
    return out


NAME_DEPRELS = {"flat", "compound", "amod", "nummod", "fixed", "goeswith", "flat:name"}
NAME_CONNECTORS = {"of", "the", "and", "&", "for", "de"}


def is_nnp(tok):
    return tok["xpos"] in ("NNP", "NNPS")


def attaches(words, k, nb):
    """Whether word k continues the name that word nb (its neighbour) is in:
    a proper noun that hangs on the name as a flat/compound/modifier part, or
    a connector ("of", "of the", "and") inside a longer proper name."""
    tok = words[k][3]
    if tok["form"] in NAME_CONNECTORS:
        return True
    if not is_nnp(tok):
        return False
    prev = words[nb][3]
    if prev["form"] in NAME_CONNECTORS:
        return True
    return tok["deprel"] in NAME_DEPRELS or prev["deprel"] in NAME_DEPRELS


def gum_mentions(words):
    """Entity mentions of one sentence, from the CoNLL-U Entity= column:
    [(first, last, entity type, rest)], first/last indexes into words."""
    stack = {}
    mentions = []
    for i, (n, b, e, tok) in enumerate(words):
        ent = tok["misc"].get("Entity", "")
        k = 0
        while k < len(ent):
            mo = ENTITY_OPEN.match(ent, k)
            if mo:
                stack.setdefault(mo.group(1), []).append((i, mo.group(2), mo.group(3)))
                k = mo.end()
                if k < len(ent) and ent[k] == ")":
                    s, etype, rest = stack[mo.group(1)].pop()
                    mentions.append((s, i, etype, rest))
                    k += 1
                continue
            mc = ENTITY_CLOSE.match(ent, k)
            if mc:
                s, etype, rest = stack[mc.group(1)].pop()
                mentions.append((s, i, etype, rest))
                k = mc.end()
                continue
            k += 1
    return mentions


def gum_names(words):
    """Name mentions of one sentence: mentions of a person, organisation or
    place whose syntactic head is a proper noun; the span is the run of proper
    nouns around that head."""
    out = []
    for s, t, etype, rest in gum_mentions(words):
        if etype not in GUM_TYPES:
            continue
        span_ids = {words[x][0] for x in range(s, t + 1)}
        head = None
        for x in range(s, t + 1):
            h = int(words[x][3]["head"]) if words[x][3]["head"].isdigit() else 0
            if h not in span_ids:
                head = x
                break
        if head is None or not is_nnp(words[head][3]):
            continue
        i = head
        while i > s and attaches(words, i - 1, i):
            i -= 1
        while i < head and not is_nnp(words[i][3]):
            i += 1
        j = head
        while j < t and attaches(words, j + 1, j):
            j += 1
        while j > head and not is_nnp(words[j][3]):
            j -= 1
        # infstat-salience-centering-minspan-link[-identity]
        parts = rest.split("-", 5)
        ident = parts[5] if len(parts) > 5 and parts[5] else None
        out.append((words[i][1], words[j][2], GUM_TYPES[etype], ident))
    return out


def main(argv):
    if len(argv) == 3 and argv[1] == "meantime-layers":
        measure_meantime_layers(argv[2], sys.stdout)
        return 0
    if len(argv) != 4 or argv[1] not in ("meantime", "ecbplus", "gum"):
        sys.stderr.write("usage: convert.py meantime|ecbplus|gum DATA_DIR OUT.jsonl\n"
                         "       convert.py meantime-layers DATA_DIR\n")
        return 2
    kind, data_dir, out = argv[1], argv[2], argv[3]
    if kind == "meantime":
        recs = convert_meantime(data_dir)
    elif kind == "ecbplus":
        recs = convert_ecbplus(data_dir, load_words("/usr/share/dict/american-english"))
    else:
        recs = convert_gum(data_dir)
    if kind != "ecbplus":
        split_by_hash(recs)
    recs.sort(key=lambda r: r["id"])
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
