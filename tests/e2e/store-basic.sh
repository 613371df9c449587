#!/bin/sh
# newskg extract --store and newskg remove: one named graph per article,
# re-ingesting replaces, remove withdraws exactly one article; on SQLite and,
# when NEWSKG_TEST_PG is set, on PostgreSQL.
. tests/e2e/lib.sh "$1"
. tests/e2e/store.lib
SAMPLE=samples/iraq-rallies.txt
DOC=$(doc_iri_of "$SAMPLE")

"$NKG" extract -f nquads --date 2020-01-24 "$SAMPLE" | LC_ALL=C sort >"$T/ref.nq"
printf '<%s> %s "true"^^<http://www.w3.org/2001/XMLSchema#boolean> %s .\n' \
	"$DOC" "$MARKER" "$BOOK" >"$T/marker.nq"
LC_ALL=C sort "$T/ref.nq" "$T/marker.nq" >"$T/want.nq"

for kind in $(store_kinds); do
	S=$(new_spec "$kind" basic)

	# Ingest twice: the store holds exactly one ingest, which is what
	# -f nquads writes plus the completion marker.
	nkg extract --store "$S" --date 2020-01-24 "$SAMPLE"
	expect_status 0
	expect_out_empty
	expect_err_empty
	dump "$S" >"$T/once.nq"
	cmp -s "$T/once.nq" "$T/want.nq" || fail "$kind: one ingest differs from -f nquads + marker"
	nkg extract --store "$S" --date 2020-01-24 "$SAMPLE"
	expect_status 0
	dump "$S" >"$T/twice.nq"
	cmp -s "$T/once.nq" "$T/twice.nq" || fail "$kind: a second ingest changed the store"

	# --store with -o writes the file as well.
	nkg extract --store "$S" -f nquads -o "$T/also.nq" --date 2020-01-24 "$SAMPLE"
	expect_status 0
	LC_ALL=C sort "$T/also.nq" | cmp -s - "$T/ref.nq" || fail "$kind: -o with --store differs"

	# Replace: v1 then v2 of the same id; only v2's triples remain.
	printf '%s\n' '{"id":"store-e2e-1","date":"2021-03-02","text":"Protesters rallied in Mosul on Monday, police said."}' >"$T/v1.jsonl"
	printf '%s\n' '{"id":"store-e2e-1","date":"2021-03-02","text":"Workers went on strike in Basra on Tuesday, the union said."}' >"$T/v2.jsonl"
	"$NKG" extract -f nquads "$T/v2.jsonl" | LC_ALL=C sort >"$T/v2.nq"
	nkg extract --store "$S" "$T/v1.jsonl"
	expect_status 0
	nkg extract --store "$S" "$T/v2.jsonl"
	expect_status 0
	dump "$S" >"$T/replaced.nq"
	echo "<${BASE}doc/store-e2e-1>" >"$T/g2"
	quads_in "$T/replaced.nq" "$T/g2" | cmp -s - "$T/v2.nq" ||
		fail "$kind: after v1 then v2 the graph is not v2's"
	grep -q "Mosul" "$T/replaced.nq" && fail "$kind: v1's triples survived"
	[ "$(graphs_of "$T/replaced.nq" | wc -l)" -eq 2 ] || fail "$kind: expected 2 graphs"

	# Remove withdraws exactly one article (graph and marker).
	nkg remove --store "$S" "${BASE}doc/store-e2e-1"
	expect_status 0
	dump "$S" >"$T/removed.nq"
	cmp -s "$T/removed.nq" "$T/want.nq" || fail "$kind: remove did not leave the sample alone"
	nkg remove --store "$S" "${BASE}doc/store-e2e-1"
	expect_status 1
	expect_err "newskg: '${BASE}doc/store-e2e-1' is not in the store"
	nkg remove --store "$S" "$DOC"
	expect_status 0
	dump "$S" >"$T/empty.nq"
	[ ! -s "$T/empty.nq" ] || fail "$kind: the store is not empty after removing everything"
done

# Usage errors.
nkg extract --store mysql:x "$SAMPLE"
expect_status 2
expect_err "newskg: invalid --store: 'mysql': unknown kind of store (expected sqlite:PATH or postgresql:host=...,database=...,user=...,password=...)"
nkg remove --store "sqlite:$T/x.db"
expect_status 2
expect_err "newskg: no document IRI given"
nkg remove "${BASE}doc/x"
expect_status 2
expect_err "newskg: no store given (--store SPEC)"
nkg extract --store "sqlite:$T/no/such/dir/kg.db" "$SAMPLE"
expect_status 2
expect_err "newskg: cannot open '$T/no/such/dir/kg.db': unable to open database file"
finish
