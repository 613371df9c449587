#!/bin/sh
# query-cli.sh - newskg query: exit statuses, messages, formats, order.
. tests/e2e/lib.sh "$1"

cat >"$T/kg.nt" <<'NT'
<http://ex.org/b> <http://schema.org/name> "Bob" .
<http://ex.org/a> <http://schema.org/name> "Alice, A." .
NT
cp "$T/kg.nt" "$T/kg.data"

nkg query -r csv -q 'SELECT ?n WHERE { ?s <http://schema.org/name> ?n }' "$T/kg.nt"
expect_status 0
printf 'n\r\n"Alice, A."\r\nBob\r\n' >"$T/want"
cmp -s "$T/out" "$T/want" || fail "csv rows differ"

nkg query -q 'ASK { ?s ?p "Bob" }' "$T/kg.nt"
expect_status 0
[ "$(cat "$T/out")" = true ] || fail "ASK true not printed"
nkg query -q 'ASK { ?s ?p "Carol" }' "$T/kg.nt"
expect_status 1
[ "$(cat "$T/out")" = false ] || fail "ASK false not printed"

nkg query -q 'SELECT ?s WHERE { ?s ?p }' "$T/kg.nt"
expect_status 2
expect_err "newskg: bad query: line 1: syntax error, unexpected '}'"
expect_out_empty

nkg query -q 'SELECT * WHERE { ?s ?p ?o }' "$T/missing.nt"
expect_status 2
expect_err "newskg: cannot open '$T/missing.nt': No such file or directory"

nkg query -q 'SELECT * WHERE { ?s ?p ?o }' "$T/kg.data"
expect_status 2
expect_err "newskg: cannot tell the RDF syntax of '$T/kg.data' from its name: use -i FORMAT"
nkg query -i ntriples -r tsv -q 'SELECT ?s WHERE { ?s ?p "Bob" }' "$T/kg.data"
expect_status 0
printf '?s\n<http://ex.org/b>\n' >"$T/want"
cmp -s "$T/out" "$T/want" || fail "-i ntriples: rows differ"

printf '<http://ex.org/x> <http://ex.org/p> "open .\n' >"$T/bad.nt"
nkg query -q 'SELECT * WHERE { ?s ?p ?o }' "$T/bad.nt"
expect_status 2
expect_err_re "^newskg: cannot parse '.*bad.nt' as ntriples: line 1: "

nkg query "$T/kg.nt"
expect_status 2
expect_err "newskg: no query: give -q SPARQL or -Q FILE"
nkg query -r xml -q 'ASK {}' "$T/kg.nt"
expect_status 2
expect_err "newskg: unknown results format 'xml' (expected table, csv, tsv or json)"

# The same rows whatever the order of the inputs' triples.
sort -r "$T/kg.nt" >"$T/kg2.nt"
nkg query -r tsv -q 'SELECT ?s ?n WHERE { ?s ?p ?n }' "$T/kg.nt"
cp "$T/out" "$T/out1"
nkg query -r tsv -q 'SELECT ?s ?n WHERE { ?s ?p ?n }' "$T/kg2.nt"
cmp -s "$T/out" "$T/out1" || fail "row order depends on the input order"
finish
