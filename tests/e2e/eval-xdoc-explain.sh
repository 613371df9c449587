#!/bin/sh
# newskg eval-xdoc --explain: the gold instances split over several entity
# IRIs and the IRIs joining several gold instances, with exact pair counts,
# on a hand-made gold file and graph.
. tests/e2e/lib.sh "$1"

D=http://d.org/doc
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Barack Obama spoke in Lima.","entities":[[0,12,"PER","I1"],[22,26,"LOC","L1"]]}
{"id":"x/1_2","text":"Obama said.","entities":[[0,5,"PER","I1"]]}
{"id":"x/2_1","text":"Obama met in Lima.","entities":[[0,5,"PER","I1"],[13,17,"LOC","L2"]]}
JSON
cat >"$T/g.nt" <<NT
<$D/a> <http://purl.org/dc/terms/identifier> "x/1_1" .
<$D/b> <http://purl.org/dc/terms/identifier> "x/1_2" .
<$D/c> <http://purl.org/dc/terms/identifier> "x/2_1" .
<$D/a#char=0,12> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/b#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/c#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama2> .
<$D/a#char=22,26> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/lima> .
<$D/c#char=13,17> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/lima> .
<http://e.org/obama> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<http://e.org/obama2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<http://e.org/lima> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Place> .
NT
# I1 has three mentions in three documents: 3 pairs, of which (a,b) share
# an IRI, so 2 are lost.  lima joins L1 and L2: 1 wrong pair.
nkg eval-xdoc --split all --tsv --explain "$T/gold.jsonl" "$T/g.nt"
expect_status 0
expect_err_empty
sed -n '/^gold instances split/,$p' "$T/out" >"$T/explain"
cat >"$T/want" <<'TXT'
gold instances split over system entities (pairs lost across documents):
       2 PER I1
         http://e.org/obama: "Barack Obama" 1 "Obama" 1
         http://e.org/obama2: "Obama" 1
system entities joining gold instances (wrong pairs across documents):
       1 http://e.org/lima
         LOC L1: "Lima" 1
         LOC L2: "Lima" 1
TXT
cmp -s "$T/want" "$T/explain" || fail "explain: $(diff "$T/want" "$T/explain")"
# The scores are those without --explain, which only adds its lists.
grep -Fxq "all	all	PER	3	3	1.0000	3	1	1	1.0000	0.3333	0.5000	1	1	1.0000	0.3333	0.5000	1.0000	0.5556	0.7143	0.7143" "$T/out" ||
	fail "PER row: $(grep 'all	all	PER' "$T/out")"
sed '/^gold instances split/,$d' "$T/out" >"$T/scores"
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/g.nt"
cmp -s "$T/scores" "$T/out" || fail "scores differ with --explain"

# Nothing to explain: the two headings alone.
printf '<http://e.org/obama2> <http://www.w3.org/2002/07/owl#sameAs> <http://e.org/obama> .\n' >"$T/s.nt"
cat >"$T/gold2.jsonl" <<'JSON'
{"id":"x/1_1","text":"Barack Obama spoke in Lima.","entities":[[0,12,"PER","I1"]]}
{"id":"x/2_1","text":"Obama met in Lima.","entities":[[0,5,"PER","I1"]]}
JSON
nkg eval-xdoc --split all --explain "$T/gold2.jsonl" "$T/g.nt" "$T/s.nt"
expect_status 0
sed -n '/^gold instances split/,$p' "$T/out" >"$T/explain"
printf '%s\n' "gold instances split over system entities (pairs lost across documents):" \
	"system entities joining gold instances (wrong pairs across documents):" >"$T/want"
cmp -s "$T/want" "$T/explain" || fail "explain, nothing split: $(cat "$T/explain")"

finish
