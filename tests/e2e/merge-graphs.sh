#!/bin/sh
# newskg merge: union of extracted and hand-written graphs, owl:sameAs
# smushing with exact output, the report, errors named, -o atomicity.
. tests/e2e/lib.sh "$1"

NAME='<http://schema.org/name>'
P=${BASE}person/maria-lopez
Q=${BASE}place/quito

# A hand-written RDF/XML file: Wikidata and DBpedia names for our nodes,
# linked in a chain (wd = dbp, dbp = ours) so only the closure joins them.
cat >"$T/links.rdf" <<'XML'
<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:owl="http://www.w3.org/2002/07/owl#"
         xmlns:schema="http://schema.org/">
  <rdf:Description rdf:about="http://www.wikidata.org/entity/Q2900">
    <owl:sameAs rdf:resource="http://dbpedia.org/resource/Quito"/>
    <schema:name xml:lang="es">Quito</schema:name>
  </rdf:Description>
  <rdf:Description rdf:about="http://dbpedia.org/resource/Quito">
    <owl:sameAs rdf:resource="https://w3id.org/newskg/id/place/quito"/>
  </rdf:Description>
  <rdf:Description rdf:about="http://example.org/people/mlopez">
    <owl:sameAs rdf:resource="https://w3id.org/newskg/id/person/maria-lopez"/>
    <schema:name>Maria Lopez</schema:name>
  </rdf:Description>
</rdf:RDF>
XML

# ---- exact output on small graphs ------------------------------------------
cat >"$T/a.ttl" <<'TTL'
@prefix s: <http://schema.org/> .
<http://x.org/b> s:name "B" ; <http://www.w3.org/2002/07/owl#sameAs> <http://x.org/a> .
TTL
cat >"$T/b.nq" <<'NQ'
<http://x.org/a> <http://schema.org/name> "A" <http://g.org/1> .
<http://x.org/c> <http://www.w3.org/2002/07/owl#sameAs> <http://x.org/b> <http://g.org/1> .
NQ
nkg merge "$T/a.ttl" "$T/b.nq" -f ntriples --report "$T/rep.tsv"
expect_status 0
expect_err 'newskg: merged 2 of 2 inputs: 4 triples in, 4 out; 1 sameAs class, 2 nodes merged, 1 triple rewritten'
cat >"$T/want.nt" <<NT
<http://x.org/a> $NAME "A" .
<http://x.org/a> $NAME "B" .
<http://x.org/a> $SAME <http://x.org/b> .
<http://x.org/a> $SAME <http://x.org/c> .
NT
cmp -s "$T/out" "$T/want.nt" || fail "exact N-Triples: $(diff "$T/want.nt" "$T/out")"
printf '<http://x.org/a>\t<http://x.org/b>\n<http://x.org/a>\t<http://x.org/c>\n' >"$T/want.tsv"
cmp -s "$T/rep.tsv" "$T/want.tsv" || fail "report: $(cat "$T/rep.tsv")"
# N-Quads keeps the graph name of A's name; the links have none.
nkg merge -q "$T/b.nq" "$T/a.ttl" -f nquads
expect_err_empty
grep -Fxq "<http://x.org/a> $NAME \"A\" <http://g.org/1> ." "$T/out" || fail "graph name lost"
[ "$(wc -l <"$T/out")" -eq 4 ] || fail "N-Quads: $(wc -l <"$T/out") lines, expected 4"

# ---- two extracted articles and the RDF/XML links ---------------------------
article "$T/quito.txt" Quito
article "$T/lima.txt" Lima
"$NKG" extract -f ntriples "$T/quito.txt" >"$T/quito.nt" 2>/dev/null
"$NKG" extract "$T/lima.txt" >"$T/lima.ttl" 2>/dev/null
nkg merge "$T/quito.nt" "$T/lima.ttl" "$T/links.rdf" -o "$T/kg.nt" --report "$T/kg.tsv"
expect_status 0
expect_out_empty
expect_parses "$T/kg.nt" ntriples
LC_ALL=C sort -c "$T/kg.nt" 2>/dev/null || fail "kg.nt is not sorted"
[ "$(sort -u "$T/kg.nt" | wc -l)" -eq "$(wc -l <"$T/kg.nt")" ] || fail "kg.nt has duplicates"
expect_nt_line "$T/kg.nt" ntriples "<$Q> $SAME <http://dbpedia.org/resource/Quito> ."
expect_nt_line "$T/kg.nt" ntriples "<$Q> $SAME <http://www.wikidata.org/entity/Q2900> ."
expect_nt_line "$T/kg.nt" ntriples "<$Q> $NAME \"Quito\"@es ."
expect_nt_line "$T/kg.nt" ntriples "<$P> $SAME <http://example.org/people/mlopez> ."
# Both articles' mentions of Maria Lopez point at the one node.
[ "$(grep -c "<http://www.w3.org/2005/11/its/rdf#taIdentRef> <$P> \\.\$" "$T/kg.nt")" -eq 2 ] ||
	fail "Maria Lopez is not one node across the two articles"
# No other member of a class is left as a subject or an object.
if grep -v "$SAME" "$T/kg.nt" | grep -Eq 'dbpedia|wikidata|example\.org'; then
	fail "a merged node survives outside owl:sameAs"
fi
# newskg's own links (owl:sameAs to Wikidata and GeoNames) join the classes
# too; the canonical node stays ours (merge.h: the newskg base first).
cat >"$T/want.tsv" <<TSV
<$P>	<http://example.org/people/mlopez>
<${BASE}place/ecuador>	<http://www.wikidata.org/entity/Q736>
<${BASE}place/lima>	<https://sws.geonames.org/3936456/>
<${BASE}place/peru>	<http://www.wikidata.org/entity/Q419>
<$Q>	<http://dbpedia.org/resource/Quito>
<$Q>	<http://www.wikidata.org/entity/Q2900>
<$Q>	<https://sws.geonames.org/3652462/>
TSV
cmp -s "$T/kg.tsv" "$T/want.tsv" || fail "report: $(cat "$T/kg.tsv")"
# Deterministic, whatever the order of the inputs; Turtle says the same.
nkg merge "$T/links.rdf" "$T/lima.ttl" "$T/quito.nt" -f ntriples
cmp -s "$T/out" "$T/kg.nt" || fail "input order changes the output"
nkg merge "$T/quito.nt" "$T/lima.ttl" "$T/links.rdf" -o "$T/kg.ttl"
to_nt "$T/kg.ttl" turtle && { LC_ALL=C sort "$T/kg.ttl.nt" | cmp -s - "$T/kg.nt" ||
	fail "Turtle and N-Triples disagree"; }

# ---- errors -------------------------------------------------------------------
printf '<http://x.org/a> <http://x.org/p> "ok" .\n<http://x.org/a> oops .\n' >"$T/bad.nt"
printf 'not rdf\n' >"$T/notes.txt"
nkg merge "$T/a.ttl" "$T/missing.ttl" "$T/bad.nt" "$T/notes.txt" "$T" -f nt
expect_status 1
expect_err "newskg: cannot open '$T/missing.ttl': No such file or directory"
expect_err_re "^newskg: '$T/bad.nt': line 2: "
expect_err "newskg: '$T/notes.txt': cannot tell its syntax from its name (use -i)"
expect_err "newskg: cannot open '$T': Is a directory"
expect_err 'newskg: merged 1 of 5 inputs: 2 triples in, 2 out; 1 sameAs class, 1 node merged, 1 triple rewritten'
grep -q '"ok"' "$T/out" && fail "statements of a rejected input were kept"
# -i names the syntax of every input; '-' is standard input.
status=0
"$NKG" merge -i turtle - <"$T/a.ttl" >"$T/out" 2>"$T/err" || status=$?
expect_status 0
grep -q 'owl:sameAs' "$T/out" || fail "-i turtle - wrote no sameAs"
nkg merge -i n3 "$T/a.ttl"
expect_status 2
expect_err "newskg merge: unknown input syntax 'n3' (expected turtle, ntriples, nquads, trig or rdfxml)"
nkg merge
expect_status 2
expect_err 'newskg merge: no input graphs'
nkg merge -f json "$T/a.ttl"
expect_status 2

# ---- -o is replaced atomically, and only when something was merged ------------
echo previous >"$T/keep.nt"
nkg merge "$T/missing.ttl" -o "$T/keep.nt"
expect_status 1
expect_err "newskg: '$T/keep.nt' not written: no input could be merged"
[ "$(cat "$T/keep.nt")" = previous ] || fail "-o was replaced although nothing was merged"
nkg merge "$T/a.ttl" -o "$T/keep.nt"
expect_status 0
grep -q previous "$T/keep.nt" && fail "-o was not replaced"
ls -A "$T" | grep -q '^\.keep\.nt\.' && fail "a temporary file was left beside -o"
nkg merge "$T/a.ttl" -o "$T/no/such/dir/x.nt"
expect_status 2
expect_err_re "^newskg: cannot create a temporary file beside '$T/no/such/dir/x.nt': "

finish
