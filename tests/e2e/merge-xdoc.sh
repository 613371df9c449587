#!/bin/sh
# newskg eval-xdoc: cross-document coreference scored on a hand-made gold
# file and hand-written graphs, exact numbers; owl:sameAs links count.
. tests/e2e/lib.sh "$1"

D=http://d.org/doc
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Barack Obama spoke.","entities":[[0,12,"PER","I1"]]}
{"id":"x/1_2","text":"Obama said.","entities":[[0,5,"PER","I1"]]}
{"id":"x/2_1","text":"Obama met in Lima.","entities":[[0,5,"PER","I2"],[13,17,"LOC","L1"]]}
JSON
cat >"$T/g.nt" <<NT
<$D/a> <http://purl.org/dc/terms/identifier> "x/1_1" .
<$D/b> <http://purl.org/dc/terms/identifier> "x/1_2" .
<$D/c> <http://purl.org/dc/terms/identifier> "x/2_1" .
<$D/a#char=0,12> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/b#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/c#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama2> .
<$D/c#char=13,17> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/lima-event> .
<http://e.org/obama> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<http://e.org/obama2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
NT
# Found: a, b (I1, one IRI) and c (I2, another IRI); Lima's mention names
# no entity.  Pairs across documents: (a,b) gold and system, (b,c) same string.
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/g.nt"
expect_status 0
grep -Fxq "all	all	ALL	4	3	0.7500	1	1	1	1.0000	1.0000	1.0000	1	0	0.0000	0.0000	0.0000	1.0000	1.0000	1.0000	0.6667" "$T/out" ||
	fail "eval-xdoc ALL row: $(grep 'all	all	ALL' "$T/out")"
grep -Fxq "all	all	LOC	1	0	0.0000	0	0	0	0.0000	0.0000	0.0000	0	0	0.0000	0.0000	0.0000	0.0000	0.0000	0.0000	0.0000" "$T/out" ||
	fail "eval-xdoc LOC row: $(grep 'all	all	LOC' "$T/out")"
# People and organisations pooled (P+O): Lima's gold mention is not counted.
grep -Fxq "all	all	P+O	3	3	1.0000	1	1	1	1.0000	1.0000	1.0000	1	0	0.0000	0.0000	0.0000	1.0000	1.0000	1.0000	0.6667" "$T/out" ||
	fail "eval-xdoc P+O row: $(grep 'all	all	P+O' "$T/out")"
# Within topics, (b,c) is not a pair (topics 1 and 2) and B-cubed clusters
# stay inside a topic.
grep -Fxq "all	topic	ALL	4	3	0.7500	1	1	1	1.0000	1.0000	1.0000	0	0	0.0000	0.0000	0.0000	1.0000	1.0000	1.0000	0.8000" "$T/out" ||
	fail "eval-xdoc topic row: $(grep 'all	topic	ALL' "$T/out")"

# A second graph says obama2 is obama: every pair is now "same IRI".
printf '<http://e.org/obama2> <http://www.w3.org/2002/07/owl#sameAs> <http://e.org/obama> .\n' >"$T/s.nt"
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/g.nt" "$T/s.nt"
expect_status 0
grep -Fxq "all	all	PER	3	3	1.0000	1	3	1	0.3333	1.0000	0.5000	1	0	0.0000	0.0000	0.0000	0.5556	1.0000	0.7143	0.6667" "$T/out" ||
	fail "eval-xdoc after sameAs: $(grep 'all	all	PER' "$T/out")"

# P+O pools people and organisations: an organisation named in two articles
# and a person in a third given the organisation's IRI.  ORG alone sees one
# right pair; P+O sees the two wrong person-organisation pairs as well.
cat >"$T/po.jsonl" <<'JSON'
{"id":"y/1_1","text":"Acme Corp hired.","entities":[[0,9,"ORG","O1"]]}
{"id":"y/1_2","text":"Acme Corp fired.","entities":[[0,9,"ORG","O1"]]}
{"id":"y/1_3","text":"Acme spoke.","entities":[[0,4,"PER","P1"]]}
JSON
cat >"$T/po.nt" <<NT
<$D/a> <http://purl.org/dc/terms/identifier> "y/1_1" .
<$D/b> <http://purl.org/dc/terms/identifier> "y/1_2" .
<$D/c> <http://purl.org/dc/terms/identifier> "y/1_3" .
<$D/a#char=0,9> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/acme> .
<$D/b#char=0,9> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/acme> .
<$D/c#char=0,4> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/acme> .
<http://e.org/acme> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .
NT
nkg eval-xdoc --split all --tsv "$T/po.jsonl" "$T/po.nt"
expect_status 0
grep -Fxq "all	all	ORG	2	2	1.0000	1	1	1	1.0000	1.0000	1.0000	1	1	1.0000	1.0000	1.0000	1.0000	1.0000	1.0000	1.0000" "$T/out" ||
	fail "eval-xdoc ORG row of po: $(grep 'all	all	ORG' "$T/out")"
grep -Fxq "all	all	P+O	3	3	1.0000	1	3	1	0.3333	1.0000	0.5000	1	1	1.0000	1.0000	1.0000	0.5556	1.0000	0.7143	1.0000" "$T/out" ||
	fail "eval-xdoc P+O row of po: $(grep 'all	all	P+O' "$T/out")"

nkg eval-xdoc --split nope "$T/gold.jsonl" "$T/g.nt"
expect_status 2
expect_err "newskg: --split must be dev, test or all, not 'nope'"
nkg eval-xdoc "$T/gold.jsonl" "$T/missing.nt"
expect_status 2
expect_err "newskg: cannot open '$T/missing.nt': No such file or directory"

finish
