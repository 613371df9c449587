#!/bin/sh
# newskg eval: usage errors, bad gold records, split filtering, CoNLL input,
# and the shipped gold files (their gold counts are pinned; the system
# counts depend on the extractor and are not checked here).
. tests/e2e/lib.sh "$1"

# Prints the TSV row "task<TAB>label" of $T/out as "gold system correct".
row() {
	awk -F '\t' -v task="$1" -v label="$2" -v set="${3:-}" \
		'$3 == task && $4 == label && (set == "" || $1 == set) { print $5 }' "$T/out"
}

nkg eval
expect_status 2

nkg eval --split train "$T/none.jsonl"
expect_status 2
expect_err "newskg: --split must be dev, test or all, not 'train'"

nkg eval "$T/none.jsonl"
expect_status 1
expect_err "newskg: cannot open '$T/none.jsonl': No such file or directory"

# Two good records (dev, test) around a bad one.
cat >"$T/g.jsonl" <<'JSON'
{"id":"a","date":"2020-01-24","split":"dev","text":"Nothing to see here.","entities":[[0,7,"PER",null]],"times":[],"events":[]}
{"id":"b","split":"dev","text":"abc","entities":[[0,9,"PER"]]}
{"id":"c","split":"test","text":"More text.","entities":[[0,4,"ORG"],[5,9,"LOC"]]}
JSON
nkg eval --tsv "$T/g.jsonl"
expect_status 1
expect_err "newskg: $T/g.jsonl:2: column 50: span outside the text or reversed"
[ "$(row documents -)" = 1 ] || fail "dev: documents $(row documents -), expected 1"
[ "$(row names PER)" = 1 ] || fail "dev: PER gold $(row names PER), expected 1"

nkg eval --tsv --split all "$T/g.jsonl"
[ "$(row documents -)" = 2 ] || fail "all: documents $(row documents -), expected 2"
[ "$(row names 'all (micro)')" = 3 ] || fail "all: gold names $(row names 'all (micro)')"
nkg eval --tsv --split test --set mine "$T/g.jsonl"
[ "$(row documents - mine)" = 1 ] || fail "test: documents $(row documents - mine)"
[ "$(row names ORG mine)" = 1 ] || fail "test: ORG gold $(row names ORG mine)"

# A record without "entities" scores no names: a file of times only prints
# no names table, and its system names count nowhere.
cat >"$T/t.jsonl" <<'JSON'
{"id":"t","date":"2020-01-24","split":"dev","text":"Mary Smith visited Paris on Friday.","times":[[28,34,"DATE","2020-01-24"]]}
JSON
nkg eval --tsv "$T/t.jsonl"
expect_status 0
[ "$(row names 'all (micro)')" = "" ] || fail "times only: a names row was printed"
[ "$(row times 'strict span')" = 1 ] || fail "times only: gold times $(row times 'strict span')"
nkg eval "$T/t.jsonl"
grep -q '^names' "$T/out" && fail "times only: a names table was printed"

# CoNLL-2003: IOB1 (I- starts an entity) and IOB2, MISC ignored.
cat >"$T/c.conll" <<'CONLL'
-DOCSTART- -X- -X- O

EU NNP B-NP I-ORG
rejects VBZ B-VP O
German JJ B-NP I-MISC
call NN I-NP O
. . O O

-DOCSTART- -X- -X- O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
met VBD B-VP O
John NNP B-NP B-PER
in IN B-PP O
New NNP B-NP B-LOC
York NNP I-NP I-LOC
. . O O
CONLL
nkg eval --tsv --conll "$T/c.conll"
expect_status 0
[ "$(row documents - c)" = 2 ] || fail "conll: documents $(row documents - c)"
[ "$(row names PER c)" = 2 ] || fail "conll: PER gold $(row names PER c), expected 2"
[ "$(row names ORG c)" = 1 ] || fail "conll: ORG gold $(row names ORG c), expected 1"
[ "$(row names LOC c)" = 1 ] || fail "conll: LOC gold $(row names LOC c), expected 1"

# Layer regions: a layer counts only inside its own regions (else inside
# "regions"); an empty list leaves nothing of that layer to score, whatever
# the extractor finds.  Text: "Talks began on Monday in Paris. They ended on
# Friday in Rome." (Monday 15-21, Paris 25-30, Friday 46-52, Rome 56-60).
cat >"$T/r.jsonl" <<'JSON'
{"id":"r1","split":"dev","text":"Talks began on Monday in Paris. They ended on Friday in Rome.","regions":[[0,31]],"time_regions":[[0,61]],"entity_regions":[],"event_regions":[],"entities":[[25,30,"LOC",null]],"times":[[15,21,"DATE",null],[46,52,"DATE",null]],"events":[[0,5,"OCCURRENCE",null]]}
{"id":"r2","split":"dev","text":"Talks began on Monday in Paris. They ended on Friday in Rome.","time_regions":[[0,31]],"entities":[[25,30,"LOC",null],[56,60,"LOC",null]],"times":[[15,21,"DATE",null],[46,52,"DATE",null]]}
JSON
nkg eval --tsv --set r "$T/r.jsonl"
expect_status 0
rowsys() { awk -F '\t' -v task="$1" -v label="$2" '$3 == task && $4 == label { print $6 }' "$T/out"; }
[ "$(row times 'strict span')" = 3 ] || fail "regions: time gold $(row times 'strict span'), expected 3"
[ "$(row names 'all (micro)')" = 2 ] || fail "regions: gold names $(row names 'all (micro)'), expected 2"
[ "$(row events 'any class')" = 0 ] || fail "regions: event gold $(row events 'any class'), expected 0"
[ "$(rowsys events 'any class')" = 0 ] || fail "regions: system events $(rowsys events 'any class')"

# Event participants and dates (MEANTIME's "arguments", "event_times"), over
# the gold triggers newskg finds.  Apple sued@6 Samsung: A0 Apple (found),
# Samsung gold A2 but newskg's patient (A1): found, wrong role.  said@80:
# A0 "Tim Cook, Apple's chief executive" found; A1 a clause newskg cannot
# have.  lawsuit@105: no gold arguments, so newskg's agent and patient there
# are wrong.  said@131: A0 "He" is Tim Cook only by its instance ("cook"),
# so the span-overlap row misses it; "a statement" (OTHER) is not scored.
# copied@177 is not found: its arguments and date are not counted.  Dates:
# sued exact, said@80 "2020-03" vs "2020-03-03" compatible, said@131 wrong.
cat >"$T/a.jsonl" <<'JSON'
{"id":"p1","date":"2020-03-05","split":"dev","text":"Apple sued Samsung on Monday, March 2, 2020. Tim Cook, Apple's chief executive, said on Tuesday that the lawsuit was necessary. He said in a statement on Wednesday that Samsung copied the iPhone.","entities":[[0,5,"ORG","apple"],[11,18,"ORG","samsung"],[45,53,"PER","cook"],[55,60,"ORG","apple"],[169,176,"ORG","samsung"]],"events":[[6,10,"OCCURRENCE",null],[80,84,"REPORTING",null],[105,112,"OCCURRENCE",null],[131,135,"REPORTING",null],[177,183,"OCCURRENCE",null]],"arguments":[[6,10,0,5,"A0","apple"],[6,10,11,18,"A2","samsung"],[80,84,45,79,"A0","cook"],[80,84,101,126,"A1",null],[131,135,128,130,"A0","cook"],[131,135,141,150,"OTHER",null],[177,183,169,176,"A0","samsung"],[177,183,184,194,"A1"]],"event_times":[[6,10,"2020-03-02"],[80,84,"2020-03"],[131,135,"2020-03-05"],[177,183,"2019"]]}
JSON
nkg eval --tsv --set a "$T/a.jsonl"
expect_status 0
counts() { # task label -> "gold system correct"
	awk -F '\t' -v task="$1" -v label="$2" \
		'$3 == task && $4 == label { print $5, $6, $7 }' "$T/out"
}
want() { # task label expected
	got=$(counts "$1" "$2")
	[ "$got" = "$3" ] || fail "$1 $2: '$got', expected '$3'"
}
want participants 'triggers found' '4 - -'
want participants 'any role (span overlap)' '5 6 3'
want participants 'any role (same entity)' '5 6 4'
want participants 'A0 = agent, speaker' '3 4 3'
want participants 'A1 = patient, instrument' '1 2 0'
want participants 'A2 = participant' '1 0 0'
want participants 'role accuracy' '4 - 3'
want dates 'exact value' '3 3 1'
want dates 'compatible (prefix)' '3 3 2'
nkg eval --errors "$T/a.jsonl"
expect_status 0
TAB=$(printf '\t')
grep -E "${TAB}(participants|dates)${TAB}" "$T/out" >"$T/got"
cat >"$T/want" <<EOF2
p1${TAB}participants${TAB}role${TAB}11-18${TAB}A2=sued@6${TAB}Samsung${TAB}11-18${TAB}patient=sued@6${TAB}Samsung
p1${TAB}participants${TAB}spurious${TAB}-${TAB}-${TAB}-${TAB}55-60${TAB}agent=lawsuit@105${TAB}Apple
p1${TAB}participants${TAB}missed${TAB}101-126${TAB}A1=said@80${TAB}the lawsuit was necessary${TAB}-${TAB}-${TAB}-
p1${TAB}participants${TAB}spurious${TAB}-${TAB}-${TAB}-${TAB}169-176${TAB}patient=lawsuit@105${TAB}Samsung
p1${TAB}dates${TAB}compatible${TAB}80-84${TAB}date=2020-03${TAB}said${TAB}80-84${TAB}date=2020-03-03${TAB}said
p1${TAB}dates${TAB}value${TAB}131-135${TAB}date=2020-03-05${TAB}said${TAB}131-135${TAB}date=2020-03-03${TAB}said
EOF2
cmp -s "$T/got" "$T/want" || { fail "--errors participants/dates differ:"; diff "$T/want" "$T/got"; }
# Without the two keys there are no such tables; a bad argument is refused.
nkg eval --tsv --set g "$T/g.jsonl"
[ "$(grep -c "${TAB}participants${TAB}\|${TAB}dates${TAB}" "$T/out")" = 0 ] ||
	fail "participants or dates scored without gold"
printf '%s\n' '{"id":"x","split":"dev","text":"abc","events":[[0,3,"OCCURRENCE",null]],"arguments":[[0,3,2,9,"A0",null]]}' >"$T/bad.jsonl"
nkg eval "$T/bad.jsonl"
expect_status 1
expect_err "newskg: $T/bad.jsonl:1: column 91: span outside the text or reversed"
printf '%s\n' '{"id":"x","split":"dev","text":"abc","event_times":[[0,3,2020]]}' >"$T/bad.jsonl"
nkg eval "$T/bad.jsonl"
expect_status 1
expect_err "newskg: $T/bad.jsonl:1: column 58: expected a string"

# The shipped gold files parse completely; their gold counts are pinned.
nkg eval --tsv --split all eval/gold/meantime.jsonl eval/gold/ecbplus.jsonl eval/gold/gum.jsonl
expect_status 0
check() { # set task label expected
	got=$(row "$2" "$3" "$1")
	[ "$got" = "$4" ] || fail "$1 $2 $3: gold $got, expected $4"
}
check meantime documents - 90
# MEANTIME: inside the annotated region (CAT sentences 0-5) of each layer.
check meantime names PER 59
check meantime names ORG 344
check meantime names LOC 176
check meantime times 'strict span' 354
check meantime events 'any class' 1524
check ecbplus documents - 770
check ecbplus names 'all (micro)' 2267
check ecbplus times 'strict span' 854
check gum documents - 24
check gum names 'all (micro)' 1220
check gum times 'strict span' 289
# The participant and date gold of MEANTIME parses: the tables are there.
[ "$(row participants 'triggers found' meantime)" != "" ] || fail "meantime: no participants"
[ "$(row dates 'exact value' meantime)" != "" ] || fail "meantime: no dates"

# --exclude leaves out listed ids and id prefixes; '#' lines are comments.
printf '# seen\ngum/GUM_news_afghan\tread while writing rules\necbplus/4_*\n' >"$T/seen"
nkg eval --tsv --split all --exclude "$T/seen" eval/gold/ecbplus.jsonl eval/gold/gum.jsonl
expect_status 0
check gum documents - 23
check ecbplus documents - 746
nkg eval --split test --exclude "$T/missing" eval/gold/gum.jsonl
expect_status 2
expect_err "newskg: cannot open '$T/missing': No such file or directory"
# --exclude is for gold files; with --conll it is a usage error.
nkg eval --exclude "$T/seen" --conll "$T/c.conll"
expect_status 2
# "two years ago": MEANTIME's guidelines mark the duration "two years",
# TimeBank's (GUM, the written sets) the date over the phrase; the extractor
# gives both and each set is scored on the one its gold marks.  The same text
# under both, and each gold under the other's set (value wrong, span found).
cat >"$T/ago.jsonl" <<'JSON'
{"id":"m","date":"2008-05-24","set":"meantime","split":"dev","text":"Boeing began the work two years ago.","times":[[22,31,"DURATION","P2Y"]]}
{"id":"g","date":"2008-05-24","set":"gum","split":"dev","text":"Boeing began the work two years ago.","times":[[22,35,"DATE","2006"]]}
{"id":"m2","date":"2008-05-24","set":"meantime","split":"test","text":"Boeing began the work two years ago.","times":[[22,35,"DATE","2006"]]}
{"id":"g2","date":"2008-05-24","set":"gum","split":"test","text":"Boeing began the work two years ago.","times":[[22,31,"DURATION","P2Y"]]}
JSON
nkg eval --tsv "$T/ago.jsonl"
expect_status 0
value_row() { awk -F '\t' '$3 == "times" && $4 == "value (relaxed)" { print $5, $6, $7 }' "$T/out"; }
[ "$(value_row)" = "2 2 2" ] || fail "'ago' value under each set's guidelines: $(value_row), expected 2 2 2"
nkg eval --tsv --split test "$T/ago.jsonl"
[ "$(value_row)" = "2 2 0" ] || fail "'ago' value under the other guidelines: $(value_row), expected 2 2 0"
finish
