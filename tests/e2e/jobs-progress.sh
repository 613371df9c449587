# The progress line of extract: drawn on stderr when it is a terminal (and
# neither -q nor -v is given), redrawn with '\r', erased at the end; never
# when stderr is a file or a pipe, never on stdout, never for one article.
. tests/e2e/lib.sh "$1"

# on_tty OUT ERR ARGS...: runs newskg with stderr on a pseudo-terminal,
# stdout to OUT (or on the terminal too when OUT is "-"); what the terminal
# showed goes to ERR.
on_tty() {
	python3 - "$@" <<'PY'
import os, pty, sys
out, err, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    if out != "-":
        o = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(o, 1)
    os.execv(argv[0], argv)
seen = b""
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
_, st = os.waitpid(pid, 0)
open(err, "wb").write(seen)
sys.exit(os.waitstatus_to_exitcode(st))
PY
}

mkdir "$T/in"
for k in 1 2 3 4 5 6; do cp samples/gum-afghan.txt "$T/in/a$k.txt"; done
cp samples/iraq-rallies.txt "$T/in/b.txt"
on_tty "$T/tty.out" "$T/tty" "$NKG" extract -j 2 -f nt --date 2020-01-24 "$T/in"
[ $? -eq 0 ] || fail "tty: exit status not 0"
grep -q 'articles' "$T/tty" || fail "tty: no progress line"
grep -Eq '[0-7]/7 articles' "$T/tty" || fail "tty: the total (7) is not shown"
printf '\r\033[K' >"$T/clear"
tail -c 4 "$T/tty" | cmp -s - "$T/clear" || fail "tty: the line is not erased at the end"
grep -q 'articles' "$T/tty.out" && fail "tty: progress on stdout"
nkg extract -j 2 -f nt --date 2020-01-24 "$T/in"
cmp -s "$T/out" "$T/tty.out" || fail "tty: stdout differs from a run without a terminal"

# The graph on the terminal too (a console session, `script`): no progress
# line among it, so what the terminal recorded is the Turtle, which rapper
# reads (a smoke test's rapper once rejected the sample's Turtle so).
on_tty - "$T/tty" "$NKG" extract --date 2020-01-24 samples/iraq-rallies.txt
[ $? -eq 0 ] || fail "graph on the tty: exit status not 0"
grep -q 'articles' "$T/tty" && fail "graph on the tty: a progress line among it"
tr -d '\r' <"$T/tty" >"$T/tty.ttl"
nkg extract --date 2020-01-24 samples/iraq-rallies.txt
cmp -s "$T/out" "$T/tty.ttl" || fail "graph on the tty: not the graph a plain run writes"
rapper -q -i turtle -c "$T/tty.ttl" 2>"$T/rapper.err" || fail "graph on the tty: rapper rejects it: $(head -2 "$T/rapper.err")"

# One article has no progress to tell: nothing on the terminal, though the
# graph goes elsewhere (a pipe to "tee" that the terminal shows too).
on_tty "$T/one.out" "$T/tty" "$NKG" extract --date 2020-01-24 samples/iraq-rallies.txt
[ $? -eq 0 ] || fail "one article: exit status not 0"
[ -s "$T/tty" ] && fail "one article: something on the terminal: $(head -c 80 "$T/tty")"
rapper -q -i turtle -c "$T/one.out" 2>"$T/rapper.err" || fail "one article: rapper rejects it"

# The total of a JSON Lines feed is not known: done and rate only.
on_tty "$T/out" "$T/tty" "$NKG" extract -f nt eval/gold/gum.jsonl
grep -Eq '[0-9]+ articles?( |'"$(printf '\033')"')' "$T/tty" || fail "jsonl: no progress line"
grep -q '/24 articles' "$T/tty" && fail "jsonl: a total before the feed was read"

# Not with -q or -v, nor when stderr is not a terminal.
on_tty "$T/out" "$T/tty" "$NKG" extract -q -f nt --date 2020-01-24 "$T/in"
[ -s "$T/tty" ] && fail "-q: something on the terminal"
on_tty "$T/out" "$T/tty" "$NKG" extract -v -f nt --date 2020-01-24 "$T/in"
grep -q '/7 articles' "$T/tty" && fail "-v: a progress line"
grep -q '^newskg: 7 articles read' "$T/tty" || fail "-v: no summary on the terminal"
nkg extract -j 2 -f nt --date 2020-01-24 "$T/in"
expect_status 0
expect_err_empty
finish
