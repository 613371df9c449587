#!/bin/sh
# newskg eval --errors: the differences the tables count, one line each, in
# order of layer and position, for JSON Lines gold and CoNLL-2003 input.
# The gold below is written so that every kind of line occurs once: a name
# of the wrong type, a missed name, a spurious one (a boundary error shows
# as both), a time whose span and value differ, a missed and a spurious
# event trigger; a tab inside a span is printed as a space.
. tests/e2e/lib.sh "$1"

TAB=$(printf '\t')
cat >"$T/g.jsonl" <<'JSON'
{"id":"a","date":"2020-01-24","split":"dev","text":"Barack Obama visited Paris on Monday.\tHe met Angela Merkel.","entities":[[0,12,"PER",null],[21,26,"ORG","city-1"],[36,40,"ORG",null],[45,51,"PER",null]],"times":[[27,36,"DATE","2020-01-21"]],"events":[[13,20,"OCCURRENCE",null],[38,40,"OCCURRENCE","x"]]}
{"id":"b","split":"test","text":"Angela Merkel spoke.","entities":[[0,6,"PER",null]]}
JSON
nkg eval --errors "$T/g.jsonl"
expect_status 0
expect_err_empty
cat >"$T/want" <<EOF2
a${TAB}names${TAB}type${TAB}21-26${TAB}ORG${TAB}Paris${TAB}21-26${TAB}LOC${TAB}Paris
a${TAB}names${TAB}missed${TAB}36-40${TAB}ORG${TAB}. He${TAB}-${TAB}-${TAB}-
a${TAB}names${TAB}missed${TAB}45-51${TAB}PER${TAB}Angela${TAB}-${TAB}-${TAB}-
a${TAB}names${TAB}spurious${TAB}-${TAB}-${TAB}-${TAB}45-58${TAB}PER${TAB}Angela Merkel
a${TAB}times${TAB}span,value${TAB}27-36${TAB}DATE=2020-01-21${TAB}on Monday${TAB}30-36${TAB}DATE=2020-01-20${TAB}Monday
a${TAB}events${TAB}missed${TAB}38-40${TAB}OCCURRENCE${TAB}He${TAB}-${TAB}-${TAB}-
a${TAB}events${TAB}spurious${TAB}-${TAB}-${TAB}-${TAB}41-44${TAB}OCCURRENCE${TAB}met
EOF2
cmp -s "$T/out" "$T/want" || { fail "--errors listing differs:"; diff "$T/want" "$T/out"; }

# The split and --exclude select articles as for the tables.
nkg eval --errors --split test "$T/g.jsonl"
expect_status 0
[ "$(cat "$T/out")" = "b${TAB}names${TAB}missed${TAB}0-6${TAB}PER${TAB}Angela${TAB}-${TAB}-${TAB}-
b${TAB}names${TAB}spurious${TAB}-${TAB}-${TAB}-${TAB}0-13${TAB}PER${TAB}Angela Merkel" ] ||
	fail "--errors --split test: $(cat "$T/out")"
printf 'b\n' >"$T/skip"
nkg eval --errors --split all --exclude "$T/skip" "$T/g.jsonl"
[ "$(grep -c "^b$TAB" "$T/out")" = 0 ] || fail "--exclude: article b listed"
[ "$(wc -l <"$T/out")" -eq 7 ] || fail "--exclude: $(wc -l <"$T/out") lines, expected 7"

# A perfect article lists nothing; --tsv and --errors do not go together.
cat >"$T/ok.jsonl" <<'JSON'
{"id":"ok","split":"dev","text":"Angela Merkel spoke.","entities":[[0,13,"PER",null]]}
JSON
nkg eval --errors "$T/ok.jsonl"
expect_status 0
expect_out_empty
nkg eval --errors --tsv "$T/ok.jsonl"
expect_status 2

# CoNLL-2003 documents are numbered from 1.
cat >"$T/c.conll" <<'CONLL'
-DOCSTART- -X- -X- O

Peter NNP B-NP B-ORG
Blackburn NNP I-NP I-ORG
spoke VBD B-VP O
. . O O
CONLL
nkg eval --errors --conll "$T/c.conll"
expect_status 0
[ "$(cat "$T/out")" = "1${TAB}names${TAB}type${TAB}0-15${TAB}ORG${TAB}Peter Blackburn${TAB}0-15${TAB}PER${TAB}Peter Blackburn" ] ||
	fail "--errors --conll: $(cat "$T/out")"
finish
