#!/bin/sh
# newskg eval-xdoc --missed: the gold mentions not found, each with the pairs
# across documents it would make with the found mentions of its instance and
# the entity mention overlapping it; the per-type totals; the scores as
# without it.
. tests/e2e/lib.sh "$1"

D=http://d.org/doc
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Barack Obama spoke in Lima.","entities":[[0,12,"PER","I1"],[22,26,"LOC","L1"]]}
{"id":"x/1_2","text":"Obama's aide said.","entities":[[0,7,"PER","I1"]]}
{"id":"x/1_3","text":"Obama: he said he met her in Lima.","entities":[[0,5,"PER","I1"],[7,9,"PER","I1"],[15,17,"PER","I1"],[22,25,"PER","I2"],[29,33,"LOC","L1"]]}
JSON
cat >"$T/g.nt" <<NT
<$D/a> <http://purl.org/dc/terms/identifier> "x/1_1" .
<$D/b> <http://purl.org/dc/terms/identifier> "x/1_2" .
<$D/c> <http://purl.org/dc/terms/identifier> "x/1_3" .
<$D/a#char=0,12> $REF <http://e.org/obama> .
<$D/b#char=0,5> $REF <http://e.org/obama> .
<$D/a#char=22,26> $REF <http://e.org/lima> .
<$D/c#char=0,5> $REF <http://e.org/obama> .
<$D/c#char=29,33> $REF <http://e.org/lima> .
<http://e.org/obama> $TYPE <http://schema.org/Person> .
<http://e.org/lima> $TYPE <http://schema.org/Place> .
NT
# Found: "Barack Obama" (a), "Obama" (c) and both "Lima".  Not found:
# "Obama's" in b (the entity mention "Obama" overlaps it), 2 pairs with the
# found a and c; the two "he" of c, 1 pair each (with a: c is their own
# document); among themselves 2 pairs (b with each "he" of c); "her" (I2),
# alone, 0.
nkg eval-xdoc --split all --missed "$T/gold.jsonl" "$T/g.nt"
expect_status 0
expect_err_empty
sed -n '/^gold mentions not found/,$p' "$T/out" >"$T/missed"
cat >"$T/want" <<'TXT'
gold mentions not found (pairs across documents: with found mentions of their instance, among themselves):
PER      4 mentions        4        2
ORG      0 mentions        0        0
LOC      0 mentions        0        0
P+O      4 mentions        4        2
ALL      4 mentions        4        2
       2 PER I1 x/1_2 0,7 "Obama's" http://e.org/obama "Obama"
       1 PER I1 x/1_3 7,9 "he" -
       1 PER I1 x/1_3 15,17 "he" -
       0 PER I2 x/1_3 22,25 "her" -
TXT
cmp -s "$T/want" "$T/missed" || fail "missed: $(diff "$T/want" "$T/missed")"
# The scores are those without --missed.
sed '/^gold mentions not found/,$d' "$T/out" >"$T/scores"
nkg eval-xdoc --split all "$T/gold.jsonl" "$T/g.nt"
cmp -s "$T/scores" "$T/out" || fail "scores differ with --missed"

finish
