#!/bin/sh
# The written corpus (extract/model/written/, tools/corpus/written.py): the
# shipped eval/gold/written.jsonl is what the converter makes of the article
# files, byte for byte; markup errors name the file and line; the gold counts
# of the shipped file are pinned (split "train" is in no scored split).
. tests/e2e/lib.sh "$1"
W=tools/corpus/written.py

if ! python3 "$W" -o "$T/w.jsonl" >"$T/out" 2>"$T/err"; then
	fail "written.py failed"
	show_err
elif ! cmp -s "$T/w.jsonl" eval/gold/written.jsonl; then
	fail "eval/gold/written.jsonl differs from what written.py makes of the articles"
fi

mkdir "$T/src"
printf '2020-01-24\n[[LOC Iraq]] rally\n\nOn [[DATE 2020-01-24|Friday]] [[PER Sadr]] spoke.\n' \
	>"$T/src/ok-1.txt"
printf '2020-01-24\nHeadline\n\nA [[PER Sadr spoke.\n' >"$T/src/bad-1.txt"
printf 'Friday\nHeadline\n\nText.\n' >"$T/src/bad-2.txt"
python3 "$W" -o "$T/s.jsonl" "$T/src/ok-1.txt" 2>"$T/err" || fail "ok-1 refused"
expected='{"id":"written/ok-1","date":"2020-01-24","title":"Iraq rally","set":"written","split":"train","spacing":"original","text":"Iraq rally\n\nOn Friday Sadr spoke.","entities":[[0,4,"LOC",null],[22,26,"PER",null]],"times":[[15,21,"DATE","2020-01-24"]]}'
[ "$(cat "$T/s.jsonl")" = "$expected" ] || fail "ok-1 record: $(cat "$T/s.jsonl")"
status=0
python3 "$W" --check "$T/src/bad-1.txt" "$T/src/bad-2.txt" "$T/src/ok-1.txt" \
	>"$T/out" 2>"$T/err" || status=$?
expect_status 1
expect_err "$T/src/bad-1.txt:4: broken markup near 'A [[PER Sadr spoke.'"
expect_err "$T/src/bad-2.txt:1: first line must be the date, YYYY-MM-DD"

nkg eval --tsv --split all eval/gold/written.jsonl
expect_status 0
count() { # task label expected
	got=$(awk -F '\t' -v t="$1" -v l="$2" '$3 == t && $4 == l { print $5 }' "$T/out")
	[ "$got" = "$3" ] || fail "written $1 $2: gold $got, expected $3"
}
count documents - 8028
count names PER 60963
count names ORG 83433
count names LOC 95941
count times 'strict span' 16118
nkg eval --tsv --split test eval/gold/written.jsonl
count documents - 130
count names 'all (micro)' 4333
count times 'strict span' 1098
nkg eval --tsv --split dev eval/gold/written.jsonl
count documents - 0

finish
