#!/bin/sh
# newskg eval-xdoc --possessive: a gold mention that is an entity mention
# and the possessive after it ("Obama's", "Obama’s": ECB+ spans keep it,
# newskg's leave it out) counts as found when the gold writes the instance
# without it too; without the option it does not.  The baseline scores it
# by the same string as newskg ("Obama"), and a name that ends so
# ("McDonald's", never written without) is not cut (review17 X1, X2).
. tests/e2e/lib.sh "$1"

D=http://d.org/doc
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Obama spoke.","entities":[[0,5,"PER","I1"]]}
{"id":"x/1_2","text":"Obama's aide spoke.","entities":[[0,7,"PER","I1"]]}
{"id":"x/1_3","text":"Obama’s plan, Lima' s.","entities":[[0,7,"PER","I1"],[14,21,"LOC","L1"]]}
{"id":"x/1_4","text":"McDonald's fell.","entities":[[0,10,"ORG","O1"]]}
{"id":"x/1_5","text":"McDonald's rose.","entities":[[0,10,"ORG","O1"]]}
JSON
cat >"$T/g.nt" <<NT
<$D/a> <http://purl.org/dc/terms/identifier> "x/1_1" .
<$D/b> <http://purl.org/dc/terms/identifier> "x/1_2" .
<$D/c> <http://purl.org/dc/terms/identifier> "x/1_3" .
<$D/d> <http://purl.org/dc/terms/identifier> "x/1_4" .
<$D/e> <http://purl.org/dc/terms/identifier> "x/1_5" .
<$D/a#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/b#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/c#char=0,5> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/obama> .
<$D/c#char=14,18> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/lima> .
<$D/d#char=0,8> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/mcdonald> .
<$D/e#char=0,8> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <http://e.org/mcdonald> .
<http://e.org/obama> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<http://e.org/lima> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Place> .
<http://e.org/mcdonald> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .
NT
# Without: one of three found, no pair.
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/g.nt"
expect_status 0
grep -q "^all	all	PER	3	1	0.3333	0	0	0	" "$T/out" ||
	fail "PER row without: $(grep 'all	all	PER' "$T/out")"
# With: all three found ("'s" and "’s", U+2019 one code point), three pairs,
# all right, and the baseline's too: all three are "Obama" to it.
# "Lima" is no mention of "Lima' s" (a space before the s: not found).
# "McDonald" is a truncated "McDonald's": not found.
nkg eval-xdoc --split all --tsv --possessive "$T/gold.jsonl" "$T/g.nt"
expect_status 0
expect_err_empty
grep -q "^all	all	PER	3	3	1.0000	3	3	3	1.0000	1.0000	1.0000	3	3	1.0000	1.0000	1.0000	" "$T/out" ||
	fail "PER row with: $(grep 'all	all	PER' "$T/out")"
grep -q "^all	all	LOC	1	0	0.0000	" "$T/out" ||
	fail "LOC row with: $(grep 'all	all	LOC' "$T/out")"
grep -q "^all	all	ORG	2	0	0.0000	" "$T/out" ||
	fail "ORG row with: $(grep 'all	all	ORG' "$T/out")"
finish
