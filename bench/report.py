#!/usr/bin/env python3
"""Turn bench/run.sh's results into the Markdown report (Python 3 standard library only).

    report.py RESULTS.tsv REPORT.md

RESULTS.tsv has one result a line: a type, then tab-separated key=value
fields (see run.sh).  The report goes to standard output and to REPORT.md.
Every speed is computed from the median of the timed runs.
"""

import statistics
import sys

MB = 1e6          # text sizes and MB/s in decimal megabytes
MIB = 1024.0      # ru_maxrss is in KiB; peak RSS shown in MiB


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split("\t")
            row = {"type": parts[0]}
            for kv in parts[1:]:
                k, _, v = kv.partition("=")
                row[k] = v
            rows.append(row)
    return rows


def num(s):
    return float(s) if s not in (None, "") else None


def fmt_int(n):
    return "{:,}".format(int(round(n)))


def fmt_rate(x):
    if x is None:
        return "n/a"
    if x >= 100:
        return fmt_int(x)
    return "{:.2f}".format(x)


def fmt_s(x):
    return "n/a" if x is None else "{:.3f}".format(x)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: report.py RESULTS.tsv REPORT.md\n")
        return 2
    rows = load(argv[1])
    info = {r["key"]: r["value"] for r in rows if r["type"] == "info"}
    corpus = {int(r["mult"]): r for r in rows if r["type"] == "corpus"}
    notes = [r["text"] for r in rows if r["type"] == "note"]
    fails = ["%s: %s" % (r["what"], r["why"]) for r in rows if r["type"] == "fail"]
    checks = [r for r in rows if r["type"] == "check"]

    # newskg -j 1: (fmt, mult) -> runs; -j N (N > 1): (fmt, mult, N) -> runs
    runs = {}
    jruns = {}
    for r in rows:
        if r["type"] == "newskg":
            jobs = int(r.get("jobs", "1"))
            if jobs == 1:
                runs.setdefault((r["fmt"], int(r["mult"])), []).append(r)
            else:
                jruns.setdefault((r["fmt"], int(r["mult"]), jobs), []).append(r)
    nt_triples = {}
    for (fmt, m), rs in runs.items():
        for r in rs:
            if fmt == "ntriples" and r.get("triples"):
                nt_triples[m] = int(r["triples"])

    def triples_at(m):
        if m in nt_triples:
            return nt_triples[m], ""
        if 1 in nt_triples:
            return nt_triples[1] * m, " (1x count x %d)" % m
        return None, ""

    def summary(rs, m):
        c = corpus[m]
        tri, how = triples_at(m)
        return {
            "runs": len(rs),
            "wall": statistics.median(num(r["wall"]) for r in rs),
            "cpu": statistics.median(num(r["user"]) + num(r["sys"]) for r in rs),
            "rss": statistics.median(num(r["maxrss_kb"]) for r in rs) / MIB,
            "articles": int(c["articles"]), "words": int(c["words"]), "bytes": int(c["bytes"]),
            "triples": tri, "how": how,
        }

    res = {}
    for key in sorted(runs, key=lambda k: (k[0] != "ntriples", k[1])):
        res[key] = summary(runs[key], key[1])
    jres = {key: summary(jruns[key], key[1]) for key in sorted(jruns)}

    out = []
    w = out.append
    w("# newskg benchmark")
    w("")
    w("| machine | |")
    w("|---|---|")
    w("| CPU | %s, %s cores (nproc) |" % (info.get("cpu", "?"), info.get("nproc", "?")))
    w("| memory | %s |" % info.get("memory", "?"))
    w("| system | %s |" % info.get("os", "?"))
    w("| date | %s |" % info.get("date", "?"))
    w("| load | %s |" % info.get("load", "?"))
    w("| versions | %s; raptor2 %s; librdf %s; node %s; compromise %s |" % (
        info.get("newskg", "?"), info.get("raptor2", "?"), info.get("librdf", "?"),
        info.get("node", "n/a"),
        next((r.get("version") for r in rows if r["type"] == "compromise"), "n/a")))
    w("")
    w("Corpus: every article text of MEANTIME English, GUM news and ECB+ topics 1-35, as JSON Lines"
      " (words = white-space separated tokens of the texts, MB = 10^6 bytes of text):")
    w("")
    w("| corpus | articles | words | text MB |")
    w("|---|---:|---:|---:|")
    for m in sorted(corpus):
        c = corpus[m]
        w("| %dx | %s | %s | %.2f |" % (m, fmt_int(int(c["articles"])), fmt_int(int(c["words"])),
                                        int(c["bytes"]) / MB))
    w("")
    w("## newskg extract --jsonl (median of %s runs, wall clock, one process)" %
      info.get("runs", "?"))
    w("")
    w("Speeds by wall clock. `-j 1` is one thread; `-j N` rows (BENCH_JOBS) use N threads, so"
      " their CPU time is the sum over the threads.")
    w("")
    w("| format | corpus | threads | wall s | CPU s | articles/s | words/s | MB/s | triples |"
      " triples/s | peak RSS MiB |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows_out = [((fmt, m, 1), x) for (fmt, m), x in res.items()] + list(jres.items())
    for (fmt, m, jobs), x in rows_out:
        wall = x["wall"]
        tri = x["triples"]
        w("| %s | %dx | %d | %s | %s | %s | %s | %.2f | %s | %s | %.1f |" % (
            fmt, m, jobs, fmt_s(wall), fmt_s(x["cpu"]), fmt_rate(x["articles"] / wall),
            fmt_rate(x["words"] / wall), x["bytes"] / MB / wall,
            (fmt_int(tri) + x["how"]) if tri is not None else "n/a",
            fmt_rate(tri / wall) if tri is not None else "n/a", x["rss"]))
    if not rows_out:
        w("| (no successful run) | | | | | | | | | | |")
    w("")

    w("## Ratio 1: newskg over the raptor/librdf floor (target <= 2.0)")
    w("")
    w("Floor: `bench/rdf_floor.c` builds the same triples into one `trees` model per document,"
      " statement by statement, and serializes each to /dev/null in the same format"
      " (newskg's output parsed beforehand, outside the timing). Medians of the runs; the CPU"
      " ratio (user + system time) is the headline: it does not depend on what else the"
      " machine runs.")
    w("")
    w("| format | corpus | triples | newskg CPU s | floor CPU s | **ratio (CPU)** |"
      " newskg wall s | floor wall s | ratio (wall) |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    any_floor = False
    for r in rows:
        if r["type"] != "floor":
            continue
        fmt, m = r["fmt"], int(r["mult"])
        fw, fc = num(r["median_seconds"]), num(r["median_cpu_seconds"])
        x = res.get((fmt, m))
        any_floor = True
        if x is None:
            w("| %s | %dx | %s | n/a | %s | n/a | n/a | %s | n/a |" % (
                fmt, m, fmt_int(int(r["triples"])), fmt_s(fc), fmt_s(fw)))
            continue
        w("| %s | %dx | %s | %s | %s | **%.2f** | %s | %s | %.2f |" % (
            fmt, m, fmt_int(int(r["triples"])), fmt_s(x["cpu"]), fmt_s(fc), x["cpu"] / fc,
            fmt_s(x["wall"]), fmt_s(fw), x["wall"] / fw))
        if r.get("grouping") != "nquads-graph":
            notes.append("floor %s %dx: documents approximated (%s)" % (fmt, m, r.get("grouping")))
        if x["triples"] is not None and int(r["triples"]) != x["triples"]:
            notes.append("floor %s %dx parsed %s triples but newskg wrote %s" % (
                fmt, m, r["triples"], x["triples"]))
    if not any_floor:
        w("| (not measured) | | | | | | | | |")
    w("")

    w("## Ratio 2: newskg words/s over compromise words/s (bar >= 20x)")
    w("")
    cmp_rows = [r for r in rows if r["type"] == "compromise"]
    if cmp_rows:
        c = cmp_rows[-1]
        m = int(c["mult"])
        cw = num(c["words_per_s"])
        x = res.get(("ntriples", m))
        w("compromise: `nlp(text).people()`, `.places()`, `.organizations()` with `.json()` on"
          " every article, NLP part only timed (median of %s runs)." % c.get("runs", "the"))
        w("")
        ccpu = num(c.get("median_cpu_seconds"))
        words = int(c["words"])
        w("| tool | corpus | words | wall s | words/s (wall) | CPU s | words/s (CPU) |")
        w("|---|---|---:|---:|---:|---:|---:|")
        w("| compromise %s (node %s) | %dx | %s | %s | %s | %s | %s |" % (
            c.get("version", "?"), info.get("node", "?"), m, fmt_int(words),
            fmt_s(num(c["median_seconds"])), fmt_rate(cw), fmt_s(ccpu),
            fmt_rate(words / ccpu) if ccpu else "n/a"))
        if x is not None:
            nw = x["words"] / x["wall"]
            nc = x["words"] / x["cpu"]
            w("| newskg (to N-Triples, whole process) | %dx | %s | %s | %s | %s | %s |" % (
                m, fmt_int(x["words"]), fmt_s(x["wall"]), fmt_rate(nw), fmt_s(x["cpu"]),
                fmt_rate(nc)))
            jwall = []
            for (fmt, jm, jobs), jx in jres.items():
                if fmt != "ntriples" or jm != m:
                    continue
                jw = jx["words"] / jx["wall"]
                jwall.append((jobs, jw))
                w("| newskg -j %d (to N-Triples, %d threads) | %dx | %s | %s | %s | %s |"
                  " (not per core) |" % (jobs, jobs, m, fmt_int(jx["words"]),
                                          fmt_s(jx["wall"]), fmt_rate(jw), fmt_s(jx["cpu"])))
            w("")
            if ccpu:
                w("**Ratio 2: %.1fx** by CPU time (the headline: wall times depend on what else"
                  " runs while each tool runs), %.1fx by wall time (newskg words/s / compromise"
                  " words/s; compromise's CPU time includes node's garbage-collector threads,"
                  " measured negligible with --single-threaded-gc)." % (
                      nc / (words / ccpu), nw / cw))
            else:
                w("**Ratio 2: %.1fx** by wall time (newskg words/s / compromise words/s)."
                  % (nw / cw))
            for jobs, jw in jwall:
                w("")
                w("Beside the headline, by **wall clock with `-j %d`** (newskg on %d threads,"
                  " compromise as it runs, in one node process): **%.1fx** (newskg -j %d"
                  " words/s by wall time / compromise words/s by wall time). The bar does not"
                  " say one core, but this is not a per-core figure: the headline stays words/s"
                  " per core (CPU time) above." % (jobs, jobs, jw / cw, jobs))
            if int(c["words"]) != x["words"]:
                notes.append("compromise counted %s words, the corpus %s" % (c["words"],
                                                                           x["words"]))
        else:
            w("")
            w("Ratio 2: n/a (no newskg N-Triples run at %dx)." % m)
    else:
        w("Not measured (see below).")
    w("")

    try:
        load1 = float(info.get("load", "").split()[0])
        ncpu = int(info.get("nproc", "0"))
    except (ValueError, IndexError):
        load1, ncpu = 0.0, 0
    if ncpu and load1 > 0.5 * ncpu:
        notes.insert(0, "the machine was busy (load average %.2f on %d cores before the runs):"
                     " wall times are inflated by other processes; CPU times and the CPU ratio"
                     " are the more reliable figures" % (load1, ncpu))

    tiny = [r for r in rows if r["type"] == "tiny"]
    tc = next((r for r in rows if r["type"] == "tinycorpus"), None)
    if tiny and tc:
        n = int(tc["articles"])
        wall = statistics.median(num(r["wall"]) for r in tiny)
        user = statistics.median(num(r["user"]) for r in tiny)
        sys_ = statistics.median(num(r["sys"]) for r in tiny)
        rss = statistics.median(num(r["maxrss_kb"]) for r in tiny) / MIB
        tri = tiny[0].get("triples")
        tri = int(tri) if tri else None
        w("## Many tiny articles (BENCH_TINY=%s)" % fmt_int(n))
        w("")
        w("%s one-line JSON Lines articles (`{\"id\", \"date\", \"text\": \"Protesters rallied"
          " in Baghdad on Friday, police said. Item N.\"}`, %.1f MB of article text),"
          " `newskg extract -f ntriples`, one thread, output to %s; median of %d runs. The"
          " triples were counted in one more, untimed run." % (
              fmt_int(n), int(tc["bytes"]) / MB,
              "a file" if tc.get("output") == "file" else "/dev/null", len(tiny)))
        w("")
        w("| articles | wall s | user s | sys s | articles/s (wall) | articles/s (CPU) | triples |"
          " triples/s (wall) | triples/s (CPU) | peak RSS MiB |")
        w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        cpu = user + sys_
        w("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f |" % (
            fmt_int(n), fmt_s(wall), fmt_s(user), fmt_s(sys_), fmt_rate(n / wall),
            fmt_rate(n / cpu) if cpu else "n/a",
            fmt_int(tri) if tri is not None else "n/a",
            fmt_rate(tri / wall) if tri is not None else "n/a",
            fmt_rate(tri / cpu) if tri is not None and cpu else "n/a", rss))
        w("")

    rap = [r for r in rows if r["type"] == "rapper"]
    if rap and 1 in nt_triples:
        rw = statistics.median(num(r["wall"]) for r in rap)
        rc = statistics.median(num(r["user"]) + num(r["sys"]) for r in rap)
        w("## Reference: rapper parsing newskg's 1x N-Triples")
        w("")
        w("`rapper -q -i ntriples -c`: %s triples in %s s wall (%s triples/s), %s s CPU"
          " (median of %d runs)." % (fmt_int(nt_triples[1]), fmt_s(rw),
                                     fmt_rate(nt_triples[1] / rw), fmt_s(rc), len(rap)))
        w("")

    if checks:
        w("## Checks")
        w("")
        for r in checks:
            if "rapper_triples" in r:
                w("- `%s` re-parsed by rapper: %s triples" % (r["file"], r["rapper_triples"]))
            elif "identical_to_j1" in r:
                w("- %s byte-identical to -j 1's: %s" % (r["file"], r["identical_to_j1"]))
            else:
                w("- %s byte-identical to newskg's: %s" % (r["file"], r["identical_to_newskg"]))
        if 1 in nt_triples:
            w("- newskg N-Triples 1x: %s triples (line count)" % fmt_int(nt_triples[1]))
        w("")
    if notes or fails:
        w("## Notes")
        w("")
        for n in notes:
            w("- %s" % n)
        for f in fails:
            w("- FAILED %s" % f)
        w("")
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    with open(argv[2], "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
