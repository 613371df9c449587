#!/bin/sh
# The time expressions marked past MEANTIME's annotated part of its dev
# articles (eval/meantime-rest/, tools/corpus/meantime_rest.py): the shipped
# eval/gold/meantime-rest.jsonl is what the converter makes of the files, byte
# for byte, with the text of each article exactly as eval/gold/meantime.jsonl
# has it; a changed text names the file and the character; the gold counts are
# pinned and no names are scored on these records.
. tests/e2e/lib.sh "$1"
C=tools/corpus/meantime_rest.py

if ! python3 "$C" -o "$T/m.jsonl" >"$T/out" 2>"$T/err"; then
	fail "meantime_rest.py failed"
	show_err
elif ! cmp -s "$T/m.jsonl" eval/gold/meantime-rest.jsonl; then
	fail "eval/gold/meantime-rest.jsonl differs from what meantime_rest.py makes of the files"
fi

src=eval/meantime-rest/10450_Apple_Computer_CEO.txt
sed 's/There are over 500,000 developers/There are over 500,001 developers/' "$src" \
	>"$T/10450_Apple_Computer_CEO.txt"
status=0
python3 "$C" -o "$T/bad.jsonl" "$T/10450_Apple_Computer_CEO.txt" >"$T/out" 2>"$T/err" ||
	status=$?
expect_status 1
expect_err "$T/10450_Apple_Computer_CEO.txt: text differs from meantime/10450_Apple_Computer_CEO at character 626: '1 developers of Apple programs', expected '0 developers of Apple programs'"
[ -e "$T/bad.jsonl" ] && fail "an output file was written for a bad input"

nkg eval --tsv --split all eval/gold/meantime-rest.jsonl
expect_status 0
row() { awk -F '\t' -v t="$1" -v l="$2" '$3 == t && $4 == l { print $5 }' "$T/out"; }
[ "$(row documents -)" = 43 ] || fail "documents $(row documents -), expected 43"
[ "$(row times 'strict span')" = 209 ] || fail "gold times $(row times 'strict span'), expected 209"
[ "$(row names 'all (micro)')" = "" ] || fail "names were scored on a file of times only"
finish
