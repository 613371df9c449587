# The recipe of docs/parallel.md: GNU parallel cuts a JSON Lines feed into
# shards, one newskg per shard, and the shard outputs concatenated in order
# (--keep-order) are byte for byte the output of a single run (N-Quads and
# N-Triples stream one article after another, with nothing before or after).
. tests/e2e/lib.sh "$1"

if ! command -v parallel >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		fail "GNU parallel is not installed (Makefile DEB_TEST)"
	else
		echo "skipped: GNU parallel is not installed" >&2
	fi
	finish
	exit
fi
cat eval/gold/gum.jsonl eval/gold/meantime.jsonl >"$T/feed.jsonl"

for f in nquads ntriples; do
	"$NKG" extract -f $f "$T/feed.jsonl" >"$T/single.$f" || fail "$f: single run failed"
	[ -s "$T/single.$f" ] || fail "$f: single run wrote nothing"
	# Shards of 10 articles on 2 job slots; -j 2 threads inside each too.
	parallel --will-cite --pipe -N 10 --keep-order -j 2 \
		"$NKG" extract --jsonl -j 2 -f $f <"$T/feed.jsonl" >"$T/par.$f" ||
		fail "$f: parallel run failed"
	cmp -s "$T/single.$f" "$T/par.$f" || fail "$f: shards differ from a single run"
done

# --sshlogin ':' is this machine without ssh: the remote recipe, run locally.
parallel --will-cite --pipe -N 25 --keep-order -S : \
	"$NKG" extract --jsonl -f nquads <"$T/feed.jsonl" >"$T/ssh.nquads" ||
	fail "--sshlogin: run failed"
cmp -s "$T/single.nquads" "$T/ssh.nquads" || fail "--sshlogin: shards differ from a single run"

# A bad record fails its shard (exit 1, counted by parallel) and nothing else.
{
	head -n 12 "$T/feed.jsonl"
	echo 'not json'
	sed -n '13,30p' "$T/feed.jsonl"
} >"$T/bad.jsonl"
parallel --will-cite --pipe -N 10 --keep-order "$NKG" extract --jsonl -f nquads \
	<"$T/bad.jsonl" >"$T/bad.nquads" 2>"$T/bad.err"
st=$?
[ $st -eq 1 ] || fail "bad record: parallel exit status $st, expected 1 (one shard failed)"
head -n 30 "$T/feed.jsonl" | "$NKG" extract --jsonl -f nquads >"$T/good.nquads"
cmp -s "$T/good.nquads" "$T/bad.nquads" || fail "bad record: the other articles differ"
grep -q "^newskg: '<stdin>:3': malformed JSON" "$T/bad.err" ||
	fail "bad record: no message naming the shard's line 3"
finish
