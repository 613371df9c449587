#!/bin/sh
# validate: every sample article, extracted in every format, conforms to
# ontology/shapes.ttl; a hand-broken copy (an entity's schema:name removed, a
# mention's offset shifted) reports exactly the expected violations, in text
# and as a SHACL report; bad inputs and bad shapes exit 2.
. tests/e2e/lib.sh
ROOT=$(pwd)
cd "$T" || exit 1

# ---- the samples conform -------------------------------------------------------
for s in "$ROOT"/samples/*.txt; do
	b=$(basename "$s" .txt)
	"$NKG" extract -f turtle "$s" >"$b.ttl" 2>/dev/null || fail "extract $b (turtle)"
	"$NKG" extract -f ntriples "$s" >"$b.nt" 2>/dev/null || fail "extract $b (ntriples)"
	"$NKG" extract -f nquads "$s" >"$b.nq" 2>/dev/null || fail "extract $b (nquads)"
	nkg validate "$b.ttl" "$b.nt" "$b.nq"
	expect_status 0
	[ "$(cat out)" = "conforms" ] || { fail "$b does not conform"; sed 's/^/    /' out | head -n 20; }
done
nkg validate --report ttl iraq-rallies.ttl
expect_status 0
grep -q 'sh:conforms true' out || fail "the report of a conforming file lacks sh:conforms true"
expect_err "conforms"

# ---- a hand-broken copy ----------------------------------------------------------
in=iraq-rallies.nt
name_line=$(grep -m1 '^<[^>]*/person/[^>]*> <http://schema.org/name> ' "$in")
E=${name_line%% *}
NAME=$(printf '%s\n' "$name_line" | sed 's/^[^ ]* [^ ]* \(".*"\) \.$/\1/')
anchor_line=$(grep -m1 ' <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ' "$in")
M=${anchor_line%% *}
ANCHOR=$(printf '%s\n' "$anchor_line" | sed 's/^[^ ]* [^ ]* \(".*"\) \.$/\1/')
B=$(grep -F "$M <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> " "$in" |
	sed 's/.* "\([0-9]*\)".*/\1/')
END=$(grep -F "$M <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> " "$in" |
	sed 's/.* "\([0-9]*\)".*/\1/')
[ -n "$E" ] && [ -n "$NAME" ] && [ -n "$M" ] && [ -n "$B" ] && [ -n "$END" ] ||
	fail "cannot find a person and a mention in the sample"
B1=$((B + 1))
grep -vF "$name_line" "$in" |
	sed "s|^$M \(<[^>]*beginIndex>\) \"$B\"|$M \1 \"$B1\"|" >broken.nt
[ "$(wc -l <broken.nt)" -eq "$(($(wc -l <"$in") - 1))" ] || fail "the name line was not removed"
grep -qF "$M <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> \"$B1\"" broken.nt ||
	fail "the offset was not shifted"

nkg validate broken.nt
expect_status 1
cat >want <<EOF
broken.nt: $M: nif:anchorOf $ANCHOR is not the context's text at [$B1,$END)
broken.nt: $E <http://schema.org/name>: an entity has exactly one schema:name
broken.nt: $E <http://schema.org/name>: an entity's schema:name and rdfs:label are equal (value $NAME)
3 violations in 1 file
EOF
# Sorted by focus: the mention (under doc/) sorts before the person.
cmp -s want out || { fail "the broken copy's report differs"; diff want out | sed 's/^/    /'; }
expect_err_empty

# The same as a SHACL validation report that strict Turtle parsers accept.
nkg validate --report ttl broken.nt iraq-rallies.ttl
expect_status 1
expect_err "3 violations in 1 file"
[ "$(grep -c 'a sh:ValidationResult' out)" -eq 3 ] || fail "the report does not hold 3 results"
[ "$(grep -c 'sh:conforms false' out)" -eq 1 ] || fail "the report lacks one sh:conforms false"
grep -q "sh:focusNode $E" out || fail "the report lacks the focus node $E"
grep -q 'sh:sourceConstraintComponent sh:MinCountConstraintComponent' out ||
	fail "the report lacks the MinCount component"
if command -v rapper >/dev/null 2>&1; then
	rapper -q -i turtle -o ntriples out >/dev/null 2>&1 || fail "rapper rejects the --report ttl output"
fi

# Deterministic: two runs, identical bytes.
nkg validate broken.nt iraq-rallies.nq
cp out first
nkg validate iraq-rallies.nq broken.nt
cmp -s first out || fail "the report depends on the order of the files"

# ---- errors ------------------------------------------------------------------------
nkg validate missing.ttl
expect_status 2
expect_err "newskg: cannot read 'missing.ttl': No such file or directory"
nkg validate notes.txt
expect_status 2
expect_err "newskg: cannot tell the format of 'notes.txt': use -f turtle|ntriples|nquads"
printf '<a> <b> .\n' >bad.nt
nkg validate bad.nt
expect_status 2
expect_err_re "^newskg: cannot validate 'bad.nt': not valid ntriples: "
nkg validate -f rdfxml x.rdf
expect_status 2
expect_err "newskg validate: unknown format 'rdfxml' (turtle, ntriples or nquads)"
nkg validate
expect_status 2

# Shapes of one's own; unsupported SHACL is refused, not ignored.
cat >mine.ttl <<'EOF'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
[] sh:targetClass schema:Person ;
	sh:property [ sh:path schema:birthDate ; sh:minCount 1 ; sh:message "no birth date" ] .
EOF
nkg validate --shapes mine.ttl -f nt broken.nt
expect_status 1
grep -Fxq "broken.nt: $E <http://schema.org/birthDate>: no birth date" out ||
	fail "--shapes: no birth-date violation for $E"
cat >or.ttl <<'EOF'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
[] sh:targetClass schema:Person ; sh:or ( [ sh:path schema:name ; sh:minCount 1 ] ) .
EOF
nkg validate --shapes or.ttl broken.nt
expect_status 2
expect_err "newskg: bad shapes 'or.ttl': sh:or is not supported"
# A publisher named only in the metadata, and a one-line article without a
# headline, still conform: every organisation has its rdfs:label.
printf '%s\n' '{"id":"p1","source":"Foo Agency, Bar News","date":"2020-03-02","text":"Protesters rallied in Paris on Monday."}' >pub.jsonl
nkg extract -q -f ntriples -o pub.nt pub.jsonl
expect_status 0
nkg validate pub.nt
expect_status 0
grep -Fxq '<https://w3id.org/newskg/id/organization/foo-agency> <http://www.w3.org/2000/01/rdf-schema#label> "Foo Agency" .' pub.nt ||
	fail "the publisher Foo Agency has no rdfs:label"
finish
