#!/bin/sh
# newskg merge --link and eval-xdoc --link, person-blend: "LiLo" (an
# organisation to the extractor) in an article that names Lindsay Lohan is
# joined with her, so her other articles' mentions and the blend get one IRI,
# hers: person/lindsay-lohan, a person only, "LiLo" an alternative label;
# "KStew" in an article without Kristen Stewart is not joined with her.
# Merging the merged graph with a third article gives the graph of merging
# all three at once.
. tests/e2e/lib.sh "$1"

D=http://d.org/doc

cat >"$T/a.nt" <<NT
<$D/a> $ID "x/1_1" .
<$D/a#char=0,13> $REF <${BASE}person/lindsay-lohan> .
<$D/a#char=18,22> $REF <${BASE}organization/lilo> .
<$D/a#char=27,32> $REF <${BASE}person/kstew> .
<${BASE}person/lindsay-lohan> $TYPE <http://schema.org/Person> .
<${BASE}person/lindsay-lohan> $LABEL "Lindsay Lohan" .
<${BASE}organization/lilo> $TYPE <http://schema.org/Organization> .
<${BASE}organization/lilo> $LABEL "LiLo" .
<${BASE}person/kstew> $TYPE <http://schema.org/Person> .
<${BASE}person/kstew> $LABEL "KStew" .
NT
cat >"$T/b.nt" <<NT
<$D/b> $ID "x/1_2" .
<$D/b#char=0,5> $REF <${BASE}person/lindsay-lohan> .
<$D/b#char=10,25> $REF <${BASE}person/kristen-stewart> .
<${BASE}person/lindsay-lohan> $TYPE <http://schema.org/Person> .
<${BASE}person/lindsay-lohan> $LABEL "Lindsay Lohan" .
<${BASE}person/kristen-stewart> $TYPE <http://schema.org/Person> .
<${BASE}person/kristen-stewart> $LABEL "Kristen Stewart" .
NT

nkg merge --link --report "$T/rep.txt" -o "$T/m.nt" "$T/a.nt" "$T/b.nt"
expect_status 0
expect_err "newskg: linked 1 pair of entities"
printf '%s\t%s\n%s\t%s\t%s\t%s\n' \
	"<${BASE}person/lindsay-lohan>" "<${BASE}organization/lilo>" \
	link person-blend "<${BASE}organization/lilo>" "<${BASE}person/lindsay-lohan>" \
	>"$T/want.txt"
cmp -s "$T/want.txt" "$T/rep.txt" || fail "report: $(cat "$T/rep.txt")"
# The canonical IRI is the full name's, not the shorter (graph/merge.h):
# the blend's mention names hers, and she stays a person with one label.
grep -Fxq "<$D/a#char=18,22> $REF <${BASE}person/lindsay-lohan> ." "$T/m.nt" ||
	fail "LiLo's mention not smushed"
grep -Fxq "<$D/b#char=0,5> $REF <${BASE}person/lindsay-lohan> ." "$T/m.nt" ||
	fail "Lohan's mention not kept"
grep -Fq "organization/lilo> $REF" "$T/m.nt" && fail "a mention names the blend"
grep -F "<${BASE}person/lindsay-lohan> $TYPE" "$T/m.nt" >"$T/types"
printf '%s\n' "<${BASE}person/lindsay-lohan> $TYPE <http://schema.org/Person> ." |
	cmp -s - "$T/types" || fail "types: $(cat "$T/types")"
grep -c "^<${BASE}person/lindsay-lohan> $LABEL" "$T/m.nt" | grep -qx 1 ||
	fail "labels: $(grep "$LABEL" "$T/m.nt")"
grep -Fxq "<${BASE}person/lindsay-lohan> $ALT \"LiLo\" ." "$T/m.nt" || fail "no altLabel LiLo"
grep -Fq "${BASE}person/kstew> $SAME" "$T/m.nt" && fail "KStew joined"
grep -c "$SAME" "$T/m.nt" | grep -qx 1 || fail "sameAs lines: $(grep -c "$SAME" "$T/m.nt")"

# Step by step and at once: a third article names "Lindsay Dee Lohan".
cat >"$T/c.nt" <<NT
<$D/c> $ID "x/1_3" .
<$D/c#char=0,17> $REF <${BASE}person/lindsay-dee-lohan> .
<${BASE}person/lindsay-dee-lohan> $TYPE <http://schema.org/Person> .
<${BASE}person/lindsay-dee-lohan> $LABEL "Lindsay Dee Lohan" .
NT
nkg merge --link -o "$T/step.nt" "$T/m.nt" "$T/c.nt"
expect_status 0
nkg merge --link -o "$T/once.nt" "$T/a.nt" "$T/b.nt" "$T/c.nt"
expect_status 0
cmp -s "$T/step.nt" "$T/once.nt" || fail "step by step and at once differ: $(diff "$T/step.nt" "$T/once.nt")"
grep -Fxq "<$D/c#char=0,17> $REF <${BASE}person/lindsay-lohan> ." "$T/step.nt" ||
	fail "Lindsay Dee Lohan not joined"

# eval-xdoc: LiLo and Lohan of the other article are one gold instance:
# 3 mentions found, pairs across documents 2 (LiLo and Lindsay Lohan of a,
# each with Lohan of b), without --link 1 of them made, with it 2.
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Lindsay Lohan and LiLo and KStew","entities":[[0,13,"PER","P1"],[18,22,"PER","P1"]]}
{"id":"x/1_2","text":"Lohan and Kristen Stewart","entities":[[0,5,"PER","P1"]]}
JSON
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/a.nt" "$T/b.nt"
expect_status 0
grep -q "^all	all	PER	3	3	1.0000	2	1	1	1.0000	0.5000	" "$T/out" ||
	fail "eval-xdoc without --link: $(grep 'all	all	PER' "$T/out")"
nkg eval-xdoc --split all --tsv --link "$T/gold.jsonl" "$T/a.nt" "$T/b.nt"
expect_status 0
grep -q "^all	all	PER	3	3	1.0000	2	2	2	1.0000	1.0000	1.0000	" "$T/out" ||
	fail "eval-xdoc --link: $(grep 'all	all	PER' "$T/out")"

finish
