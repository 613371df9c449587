"""read.py - rdflib reads newskg's output (tests/e2e/clients-read.sh).

    /usr/bin/python3 tests/clients/read.py MANIFEST OUTDIR

Run it with Debian's interpreter: rdflib is Debian's python3-rdflib (6.1).
MANIFEST is the one tests/clients/read.mjs reads: one job a line, fields
separated by tabs, NAME FORMAT FILE [QUERY.rq ...], FORMAT one of turtle,
ntriples, nquads.  For each job rdflib parses FILE; any warning it logs or
raises is an error, and so is a literal of an XSD datatype whose lexical
form rdflib cannot read as a value.  Written to OUTDIR:
    NAME.rdflib.nt                 every triple (quad) read, canonical
                                   N-Triples (N-Quads) as rapper writes them,
                                   sorted
    NAME.rdflib.<query>.tsv        the query's results as SPARQL TSV, header
                                   first, then the rows sorted
Exit status 0 when rdflib read everything without a word, 1 otherwise
(each problem on stderr as "clients: ...").

    /usr/bin/python3 tests/clients/read.py --doubles-by-value FILE.nt

prints FILE.nt (canonical, as above) with every xsd:double literal written
as Python writes its value ("9.5E-1" -> "0.95"), sorted, without duplicates.
rdflib 6.1's Turtle parser keeps a bare number such as 9.5E-1 as
str(float(token)), not as the token (notation3.py, nodeOrLiteral): its
Turtle reads are compared with rapper's after this rewrite, so the values
are checked and only that known loss of rdflib is let through.
"""
import re
import logging
import os
import sys
import warnings

import rdflib
from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.term import _toPythonMapping

# Terms as written: rdflib would otherwise rewrite typed literals' lexical
# forms ("9.5E-1"^^xsd:double), and the comparison is of what was written.
rdflib.NORMALIZE_LITERALS = False

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads"}


class Recorder(logging.Handler):
    """Keeps every warning or error rdflib logs."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


failed = False


def problem(msg):
    global failed
    sys.stderr.write("clients: %s\n" % msg)
    failed = True


def escape(s, ascii_only):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif c < 0x20 or c == 0x7F:
            out.append("\\u%04X" % c)
        elif c > 0x7F and ascii_only:
            out.append("\\U%08X" % c if c > 0xFFFF else "\\u%04X" % c)
        else:
            out.append(ch)
    return "".join(out)


def term(t, ascii_only):
    if isinstance(t, URIRef):
        return "<" + escape(str(t), ascii_only) + ">"
    if isinstance(t, BNode):
        return "_:" + str(t)
    if isinstance(t, Literal):
        s = '"' + escape(str(t), ascii_only) + '"'
        if t.language:
            s += "@" + t.language.lower()
        elif t.datatype is not None and str(t.datatype) != XSD_STRING:
            s += "^^<" + escape(str(t.datatype), ascii_only) + ">"
        return s
    raise ValueError("unexpected term %r" % (t,))


def canonical(graph, quads):
    lines = []
    if quads:
        for s, p, o, g in graph.quads((None, None, None, None)):
            ctx = g.identifier if isinstance(g, Graph) else g
            lines.append("%s %s %s %s .\n" % (term(s, True), term(p, True), term(o, True),
                                               term(ctx, True)))
    else:
        for s, p, o in graph:
            lines.append("%s %s %s .\n" % (term(s, True), term(p, True), term(o, True)))
    return "".join(sorted(lines))


def run_query(graph, path, out):
    with open(path, encoding="utf-8") as f:
        q = f.read()
    res = graph.query(q)
    head = "\t".join("?" + str(v) for v in res.vars)
    rows = sorted("\t".join("" if t is None else term(t, False) for t in row) for row in res)
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "\n" + "".join(r + "\n" for r in rows))


def read(name, fmt, path, queries, outdir, rec):
    quads = fmt == "nquads"
    graph = ConjunctiveGraph() if quads else Graph()
    del rec.messages[:]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            graph.parse(path, format=FORMATS[fmt])
        except Exception as e:  # rdflib's parsers raise several types
            problem("rdflib rejects %s (%s): %s" % (path, fmt, str(e).strip()))
            return
        said = rec.messages + [str(w.message) for w in caught]
    if said:
        problem("rdflib warns on %s (%s): %s" % (path, fmt, said[0]))
        return
    # A literal whose lexical form is not of its datatype ("abc"^^xsd:integer)
    # parses without a word; rdflib then has no value for it.
    for o in sorted({o for o in graph.objects() if isinstance(o, Literal)}, key=str):
        if _toPythonMapping.get(o.datatype) is not None and o.value is None:
            problem("rdflib finds an ill-typed literal in %s (%s): %s" % (path, fmt, term(o, True)))
    with open(os.path.join(outdir, name + ".rdflib.nt"), "w", encoding="ascii") as f:
        f.write(canonical(graph, quads))
    for q in queries:
        base = os.path.basename(q)[: -len(".rq")] if q.endswith(".rq") else os.path.basename(q)
        out = os.path.join(outdir, "%s.rdflib.%s.tsv" % (name, base))
        del rec.messages[:]
        try:
            run_query(graph, q, out)
        except Exception as e:
            problem("rdflib cannot run %s on %s: %s" % (q, path, e))
            continue
        if rec.messages:
            problem("rdflib warns running %s on %s: %s" % (q, path, rec.messages[0]))


DOUBLE_RE = re.compile(r'"([^"\\]*)"\^\^<http://www\.w3\.org/2001/XMLSchema#double>')


def doubles_by_value(path):
    with open(path, encoding="ascii") as f:
        lines = {DOUBLE_RE.sub(lambda m: '"%s"^^<%sdouble>' % (
            float(m.group(1)), "http://www.w3.org/2001/XMLSchema#"), line) for line in f}
    sys.stdout.write("".join(sorted(lines)))
    return 0


def main(argv):
    if len(argv) == 2 and argv[0] == "--doubles-by-value":
        return doubles_by_value(argv[1])
    if len(argv) != 2:
        sys.stderr.write("usage: read.py MANIFEST OUTDIR\n")
        return 2
    manifest, outdir = argv
    rec = Recorder()
    logging.getLogger().addHandler(rec)
    logging.getLogger().setLevel(logging.WARNING)
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            name, fmt, path, *queries = line.split("\t")
            if fmt not in FORMATS:
                problem("unknown format '%s' in %s" % (fmt, manifest))
                continue
            read(name, fmt, path, queries, outdir, rec)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
