# extract -j N writes byte for byte what -j 1 writes, in input order, in
# every format: the samples, the GUM and MEANTIME gold feeds, a feed with
# bad articles in the middle (same messages, same exit status), and with
# --store sqlite (same store).
. tests/e2e/lib.sh "$1"
. tests/e2e/store.lib

# same_runs NAME ARGS...: -j 1, -j 2, -j 4 and -j 0 agree on stdout, stderr
# and exit status.
same_runs() {
	name=$1
	shift
	for j in 1 2 4 0; do
		nkg extract -j $j "$@"
		mv "$T/out" "$T/$name.out.$j"
		# -v: the elapsed time is the one line that may differ.
		grep -v '^newskg: [0-9.]* s elapsed, ' "$T/err" >"$T/$name.err.$j"
		echo $status >"$T/$name.status.$j"
	done
	for j in 2 4 0; do
		cmp -s "$T/$name.out.1" "$T/$name.out.$j" || fail "$name: -j $j output differs"
		cmp -s "$T/$name.err.1" "$T/$name.err.$j" || fail "$name: -j $j stderr differs"
		cmp -s "$T/$name.status.1" "$T/$name.status.$j" ||
			fail "$name: -j $j exit status differs"
	done
	[ -s "$T/$name.out.1" ] || fail "$name: no output"
}

for f in turtle ntriples nquads dot; do
	same_runs samples-$f -f $f --date 2020-01-24 samples/
	same_runs gold-$f -f $f eval/gold/gum.jsonl eval/gold/meantime.jsonl
done
[ "$(cat "$T/samples-turtle.status.1")" = 0 ] || fail "samples: exit status not 0"

# A feed with bad records among good ones, and files that cannot be read.
head -n 5 eval/gold/meantime.jsonl >"$T/bad.jsonl"
echo '{"id": "x", "text": 12}' >>"$T/bad.jsonl"
printf '{"id": "y", "text": "caf\377 in Paris"}\n' >>"$T/bad.jsonl"
echo 'not json' >>"$T/bad.jsonl"
echo '{"id": "z", "text": "   "}' >>"$T/bad.jsonl"
sed -n 6,12p eval/gold/meantime.jsonl >>"$T/bad.jsonl"
mkdir "$T/dir"
cp samples/gum-afghan.txt "$T/dir/a.txt"
printf 'bin\000ary' >"$T/dir/b.txt"
cp samples/gum-election.txt "$T/dir/c.txt"
for f in ntriples turtle; do
	same_runs bad-$f -f $f --date 2020-01-24 "$T/bad.jsonl" "$T/missing.txt" "$T/dir" \
		samples/iraq-rallies.txt
	same_runs bad-v-$f -v -f $f --date 2020-01-24 "$T/bad.jsonl" "$T/dir"
done
[ "$(cat "$T/bad-ntriples.status.1")" = 1 ] || fail "bad feed: exit status not 1"
n=$(grep -c "^newskg: " "$T/bad-ntriples.err.1")
[ "$n" -eq 6 ] || fail "bad feed: $n messages, expected 6"
grep -q "^newskg: '$T/bad.jsonl:7': invalid UTF-8 at byte 24\$" "$T/bad-ntriples.err.1" ||
	fail "bad feed: no UTF-8 message for line 7"
# The summary ends with the elapsed time, on stderr only.
nkg extract -v -f nt "$T/dir"
grep -Eq '^newskg: [0-9]+\.[0-9]{2} s elapsed, [0-9.]+ articles/s, 1 thread$' \
	"$T/err" || fail "-v: no elapsed time"
expect_err "newskg: 3 articles read, 2 written, 1 failed, $(grep -c . "$T/out") triples"
grep -q 'elapsed' "$T/out" && fail "-v: the elapsed time is in the graph"

# --store: the store is written by one thread, in order: same store.
for j in 1 3; do
	nkg extract -j $j --store "sqlite:$T/s$j.db" eval/gold/gum.jsonl samples/
	expect_status 0
	dump "sqlite:$T/s$j.db" >"$T/s$j.nq"
done
[ -s "$T/s1.nq" ] || fail "--store: empty store"
cmp -s "$T/s1.nq" "$T/s3.nq" || fail "--store -j 3: the store differs from -j 1"

# -o with -j: same file.
nkg extract -j 2 -f nquads -o "$T/o2.nq" eval/gold/gum.jsonl
expect_status 0
nkg extract -j 1 -f nquads -o "$T/o1.nq" eval/gold/gum.jsonl
cmp -s "$T/o1.nq" "$T/o2.nq" || fail "-o: -j 2 file differs"

# Bad values of -j.
for v in -1 x 2x 257 ''; do
	nkg extract -j "$v" samples/iraq-rallies.txt
	expect_status 2
	expect_err "newskg: invalid --jobs '$v' (expected a number of threads from 0 to 256; 0 = one per CPU)"
done
nkg extract --jobs 2 --date 2020-01-24 -f nt samples/iraq-rallies.txt
expect_status 0
finish
