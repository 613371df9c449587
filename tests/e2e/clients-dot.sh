#!/bin/sh
# clients-dot.sh - 'newskg extract -f dot' of every sample is read by
# Graphviz (dot -Tsvg) without a word on stderr, gives one digraph with one
# edge per triple, and the same bytes on a second run.  Without Graphviz the
# test fails, naming the package ('make deps' installs it).
. tests/e2e/lib.sh "$1"

command -v dot >/dev/null 2>&1 || { fail "dot not found: 'make deps' installs graphviz"; exit 1; }

n=0
for a in samples/*.txt; do
	name=${a##*/}
	nkg extract -q --date 2020-01-24 -f dot "$a"
	expect_status 0
	expect_err_empty
	mv "$T/out" "$T/$name.dot"
	"$NKG" extract -q --date 2020-01-24 -f dot "$a" >"$T/again" 2>/dev/null
	cmp -s "$T/$name.dot" "$T/again" || fail "$name: -f dot differs from one run to the next"
	"$NKG" extract -q --date 2020-01-24 -f ntriples "$a" >"$T/$name.nt" 2>/dev/null
	edges=$(grep -c '" -> "' "$T/$name.dot")
	triples=$(grep -c . "$T/$name.nt")
	[ "$edges" -eq "$triples" ] || fail "$name: $edges edges for $triples triples"
	[ "$(grep -c '^digraph "' "$T/$name.dot")" -eq 1 ] || fail "$name: not one digraph"
	if ! dot -Tsvg "$T/$name.dot" >"$T/$name.svg" 2>"$T/dot.err"; then
		fail "Graphviz rejects -f dot of $name: $(head -c 300 "$T/dot.err")"
	elif [ -s "$T/dot.err" ]; then
		fail "Graphviz warns on -f dot of $name: $(head -c 300 "$T/dot.err")"
	fi
	grep -q '</svg>' "$T/$name.svg" || fail "$name: dot -Tsvg wrote no picture"
	n=$((n + 1))
done
[ "$n" -ge 4 ] || fail "only $n samples drawn"

# Two articles: two digraphs, each named by its document.
nkg extract -q -f dot samples/gum-afghan.txt samples/gum-defector.txt
expect_status 0
[ "$(grep -c '^digraph "https://w3id.org/newskg/id/doc/' "$T/out")" -eq 2 ] ||
	fail "two articles did not give two digraphs"
finish
