#!/bin/sh
# newskg merge --link and eval-xdoc --link: people and organisations of
# different articles joined by the rules of graph/merge.h, with the report
# naming each link's rule; without --link nothing is joined.
. tests/e2e/lib.sh "$1"

D=http://d.org/doc

# Two articles: "Maurice Cheeks" and "Saints" in the first, "Mo Cheeks" and
# "New Orleans Saints" in the second, "Bush" in both (as two people).
cat >"$T/a.nt" <<NT
<$D/a> $ID "x/1_1" .
<$D/a#char=0,14> $REF <${BASE}person/maurice-cheeks> .
<$D/a#char=19,25> $REF <${BASE}organization/saints> .
<${BASE}person/maurice-cheeks> $TYPE <http://schema.org/Person> .
<${BASE}person/maurice-cheeks> $LABEL "Maurice Cheeks" .
<${BASE}organization/saints> $TYPE <http://schema.org/Organization> .
<${BASE}organization/saints> $LABEL "Saints" .
<${BASE}person/george-w-bush> $TYPE <http://schema.org/Person> .
<${BASE}person/george-w-bush> $LABEL "George W. Bush" .
NT
cat >"$T/b.nt" <<NT
<$D/b> $ID "x/1_2" .
<$D/b#char=0,9> $REF <${BASE}person/mo-cheeks> .
<$D/b#char=18,36> $REF <${BASE}organization/new-orleans-saints> .
<${BASE}person/mo-cheeks> $TYPE <http://schema.org/Person> .
<${BASE}person/mo-cheeks> $LABEL "Mo Cheeks" .
<${BASE}organization/new-orleans-saints> $TYPE <http://schema.org/Organization> .
<${BASE}organization/new-orleans-saints> $LABEL "New Orleans Saints" .
<${BASE}person/george-h-w-bush> $TYPE <http://schema.org/Person> .
<${BASE}person/george-h-w-bush> $LABEL "George H. W. Bush" .
NT

nkg merge --link --report "$T/rep.txt" -o "$T/m.nt" "$T/a.nt" "$T/b.nt"
expect_status 0
expect_err "newskg: linked 2 pairs of entities"
printf '%s\t%s\n%s\t%s\n%s\t%s\t%s\t%s\n%s\t%s\t%s\t%s\n' \
	"<${BASE}organization/new-orleans-saints>" "<${BASE}organization/saints>" \
	"<${BASE}person/maurice-cheeks>" "<${BASE}person/mo-cheeks>" \
	link org-team-name "<${BASE}organization/new-orleans-saints>" "<${BASE}organization/saints>" \
	link person-nickname "<${BASE}person/maurice-cheeks>" "<${BASE}person/mo-cheeks>" \
	>"$T/want.txt"
cmp -s "$T/want.txt" "$T/rep.txt" || fail "report: $(cat "$T/rep.txt")"
# Smushed: the mentions of both articles name one IRI, the full name's (not
# the shorter: graph/merge.h); the presidents stay two.
grep -Fxq "<$D/b#char=0,9> $REF <${BASE}person/maurice-cheeks> ." "$T/m.nt" ||
	fail "Mo Cheeks's mention not smushed"
grep -Fxq "<$D/a#char=19,25> $REF <${BASE}organization/new-orleans-saints> ." "$T/m.nt" ||
	fail "Saints's mention not smushed"
grep -Fxq "<${BASE}person/maurice-cheeks> $SAME <${BASE}person/mo-cheeks> ." "$T/m.nt" ||
	fail "no sameAs for the linked people"
grep -Fq "george-w-bush" "$T/m.nt" && grep -Fq "george-h-w-bush" "$T/m.nt" ||
	fail "the two presidents were joined"
grep -c "$SAME" "$T/m.nt" | grep -qx 2 || fail "sameAs lines: $(grep -c "$SAME" "$T/m.nt")"

# Without --link: nothing joined, and the report has no link lines.
nkg merge --report "$T/rep0.txt" -o "$T/m0.nt" "$T/a.nt" "$T/b.nt"
expect_status 0
[ ! -s "$T/rep0.txt" ] || fail "report without --link: $(cat "$T/rep0.txt")"
grep -Fq "$SAME" "$T/m0.nt" && fail "sameAs without --link"

# eval-xdoc --link scores the linked graph: both gold instances are found
# in both documents, so 2 system pairs, 2 right, where without it none.
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Maurice Cheeks and Saints","entities":[[0,14,"PER","P1"],[19,25,"ORG","O1"]]}
{"id":"x/1_2","text":"Mo Cheeks and the New Orleans Saints","entities":[[0,9,"PER","P1"],[18,36,"ORG","O1"]]}
JSON
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/a.nt" "$T/b.nt"
expect_status 0
grep -q "^all	all	ALL	4	4	1.0000	2	0	0	" "$T/out" ||
	fail "eval-xdoc without --link: $(grep 'all	all	ALL' "$T/out")"
nkg eval-xdoc --split all --tsv --link "$T/gold.jsonl" "$T/a.nt" "$T/b.nt"
expect_status 0
grep -q "^all	all	ALL	4	4	1.0000	2	2	2	1.0000	1.0000	1.0000	" "$T/out" ||
	fail "eval-xdoc --link: $(grep 'all	all	ALL' "$T/out")"
nkg eval-xdoc --split all --link --explain "$T/gold.jsonl" "$T/a.nt" "$T/b.nt"
expect_status 0
grep -Fxq "link	person-nickname	<${BASE}person/maurice-cheeks>	<${BASE}person/mo-cheeks>" \
	"$T/out" || fail "eval-xdoc --explain does not list the links"

finish
