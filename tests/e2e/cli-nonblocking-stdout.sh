# Standard output left non-blocking by whoever made it (a harness's pipe, a
# terminal another program set so): the graph is larger than a pipe holds,
# so writes meet a full pipe while the reader waits; newskg must wait too
# and write the whole graph, as it does into a blocking pipe, not stop with
# "Resource temporarily unavailable" and half a Turtle document (a smoke
# test's rapper rejected that).  The same for query, which writes its own
# standard output.
. tests/e2e/lib.sh "$1"

# nonblocking OUT ERR ARGS...: runs ARGS with standard output the
# non-blocking write end of a pipe whose reader starts half a second later;
# what was read goes to OUT, stderr to ERR; exits with the command's status.
nonblocking() {
	python3 - "$@" <<'PY'
import fcntl, os, subprocess, sys, time
out, err, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
with open(err, "wb") as e:
    p = subprocess.Popen(argv, stdout=w, stderr=e)
os.close(w)
time.sleep(0.5)
data = b""
while True:
    chunk = os.read(r, 65536)
    if not chunk:
        break
    data += chunk
open(out, "wb").write(data)
sys.exit(p.wait())
PY
}

"$NKG" extract --date 2020-01-24 samples/iraq-rallies.txt >"$T/want.ttl" 2>/dev/null
[ "$(wc -c <"$T/want.ttl")" -gt 65536 ] || fail "the sample's graph no longer fills a pipe (test is moot)"

nonblocking "$T/got" "$T/err" "$NKG" extract --date 2020-01-24 samples/iraq-rallies.txt
status=$?
expect_status 0
[ -s "$T/err" ] && fail "stderr: $(head -c 200 "$T/err")"
cmp -s "$T/want.ttl" "$T/got" || fail "extract: the graph through a non-blocking pipe differs from the graph ($(wc -c <"$T/got") of $(wc -c <"$T/want.ttl") bytes)"

# query writes its result to standard output itself
"$NKG" query -q 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o' "$T/want.ttl" >"$T/qwant" 2>/dev/null
nonblocking "$T/qgot" "$T/qerr" "$NKG" query -q 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o' "$T/want.ttl"
status=$?
expect_status 0
cmp -s "$T/qwant" "$T/qgot" || fail "query: the result through a non-blocking pipe differs ($(wc -c <"$T/qgot") of $(wc -c <"$T/qwant") bytes)"

finish
