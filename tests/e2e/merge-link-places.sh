#!/bin/sh
# newskg merge --link and eval-xdoc --link with the rules for places and
# organisations named by them (graph/merge.h): "Indianapolis" as an
# organisation joins the one "Indianapolis Colts" that three articles name
# (org-place-name), and "Betty Ford Center" an organisation in one article
# joins the place of that name in another (venue-same-name).
. tests/e2e/lib.sh "$1"

D=http://d.org/doc
ORG='<http://schema.org/Organization>'
PLACE='<http://schema.org/Place>'

cat >"$T/a.nt" <<NT
<$D/a> $ID "x/1_1" .
<$D/a#char=0,12> $REF <${BASE}organization/indianapolis> .
<$D/a#char=18,35> $REF <${BASE}organization/betty-ford-center> .
<${BASE}organization/indianapolis> $TYPE $ORG .
<${BASE}organization/indianapolis> $LABEL "Indianapolis" .
<${BASE}organization/betty-ford-center> $TYPE $ORG .
<${BASE}organization/betty-ford-center> $LABEL "Betty Ford Center" .
NT
cat >"$T/b.nt" <<NT
<$D/b> $ID "x/1_2" .
<$D/b#char=0,18> $REF <${BASE}organization/indianapolis-colts> .
<$D/b#char=25,42> $REF <${BASE}place/betty-ford-center> .
<${BASE}organization/indianapolis-colts> $TYPE $ORG .
<${BASE}organization/indianapolis-colts> $LABEL "Indianapolis Colts" .
<${BASE}place/betty-ford-center> $TYPE $PLACE .
<${BASE}place/betty-ford-center> $LABEL "Betty Ford Center" .
NT
for x in c d; do
	n=3
	[ "$x" = d ] && n=4
	cat >"$T/$x.nt" <<NT
<$D/$x> $ID "x/1_$n" .
<$D/$x#char=0,18> $REF <${BASE}organization/indianapolis-colts> .
<${BASE}organization/indianapolis-colts> $TYPE $ORG .
<${BASE}organization/indianapolis-colts> $LABEL "Indianapolis Colts" .
NT
done

nkg merge --link --report "$T/rep.txt" -o "$T/m.nt" "$T/a.nt" "$T/b.nt" "$T/c.nt" "$T/d.nt"
expect_status 0
expect_err "newskg: linked 2 pairs of entities"
printf '%s\t%s\n%s\t%s\n%s\t%s\t%s\t%s\n%s\t%s\t%s\t%s\n' \
	"<${BASE}organization/indianapolis-colts>" "<${BASE}organization/indianapolis>" \
	"<${BASE}place/betty-ford-center>" "<${BASE}organization/betty-ford-center>" \
	link org-place-name "<${BASE}organization/indianapolis-colts>" \
	"<${BASE}organization/indianapolis>" \
	link venue-same-name "<${BASE}organization/betty-ford-center>" \
	"<${BASE}place/betty-ford-center>" >"$T/want.txt"
cmp -s "$T/want.txt" "$T/rep.txt" || fail "report: $(cat "$T/rep.txt")"
# Smushed: the venue is one node, typed both.
grep -Fxq "<$D/a#char=18,35> $REF <${BASE}place/betty-ford-center> ." "$T/m.nt" ||
	fail "the organisation's mention not smushed onto the place"
grep -Fxq "<${BASE}place/betty-ford-center> $TYPE $ORG ." "$T/m.nt" ||
	fail "the venue lost its organisation type"

# With the club in two articles only, "Indianapolis" stays apart.
nkg merge --link --report "$T/rep3.txt" -o "$T/m3.nt" "$T/a.nt" "$T/b.nt" "$T/c.nt"
expect_status 0
expect_err "newskg: linked 1 pair of entities"
grep -Fq "org-place-name" "$T/rep3.txt" && fail "linked a club named in two articles"

# eval-xdoc: 6 gold pairs of the club across the four articles (3 found
# without --link), 1 of the venue (0 without).
cat >"$T/gold.jsonl" <<'JSON'
{"id":"x/1_1","text":"Indianapolis won. Betty Ford Center","entities":[[0,12,"ORG","O1"],[18,35,"LOC","L1"]]}
{"id":"x/1_2","text":"Indianapolis Colts lost. Betty Ford Center","entities":[[0,18,"ORG","O1"],[25,42,"LOC","L1"]]}
{"id":"x/1_3","text":"Indianapolis Colts","entities":[[0,18,"ORG","O1"]]}
{"id":"x/1_4","text":"Indianapolis Colts","entities":[[0,18,"ORG","O1"]]}
JSON
nkg eval-xdoc --split all --tsv "$T/gold.jsonl" "$T/a.nt" "$T/b.nt" "$T/c.nt" "$T/d.nt"
expect_status 0
grep -q "^all	all	ALL	6	6	1.0000	7	3	3	" "$T/out" ||
	fail "eval-xdoc without --link: $(grep 'all	all	ALL' "$T/out")"
nkg eval-xdoc --split all --tsv --link "$T/gold.jsonl" "$T/a.nt" "$T/b.nt" "$T/c.nt" "$T/d.nt"
expect_status 0
grep -q "^all	all	ALL	6	6	1.0000	7	7	7	1.0000	1.0000	1.0000	" "$T/out" ||
	fail "eval-xdoc --link: $(grep 'all	all	ALL' "$T/out")"

finish
