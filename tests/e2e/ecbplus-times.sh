#!/bin/sh
# The time expressions marked by hand by MEANTIME's conventions
# (tools/corpus/ecbplus_times.py) of 129 ECB+ dev articles (eval/ecbplus-times/,
# 137 files, 8 NONE), of 216 ECB dev articles dated by their annotators
# (eval/ecb-times/, 250 files, 34 NONE) and of 107 ECB+ test articles
# (eval/ecbplus-test-times/, 109 files, 2 NONE): the shipped
# eval/gold/ecbplus-times.jsonl, ecb-times.jsonl and ecbplus-test-times.jsonl
# are what the converter makes of the files, byte for byte, with the text of
# each article exactly as eval/gold/ecbplus.jsonl has it; a changed text
# names the file and the character, a file without a date is refused and one
# marked NONE left out; the gold counts are pinned and only times are scored
# on these records.
. tests/e2e/lib.sh "$1"
C=tools/corpus/ecbplus_times.py

if ! python3 "$C" -o "$T/e.jsonl" >"$T/out" 2>"$T/err"; then
	fail "ecbplus_times.py failed"
	show_err
elif ! cmp -s "$T/e.jsonl" eval/gold/ecbplus-times.jsonl; then
	fail "eval/gold/ecbplus-times.jsonl differs from what ecbplus_times.py makes of the files"
fi
if ! python3 "$C" -o "$T/ecb.jsonl" eval/ecb-times/*.txt >"$T/out" 2>"$T/err"; then
	fail "ecbplus_times.py failed on eval/ecb-times"
	show_err
elif ! cmp -s "$T/ecb.jsonl" eval/gold/ecb-times.jsonl; then
	fail "eval/gold/ecb-times.jsonl differs from what ecbplus_times.py makes of the files"
fi
if ! python3 "$C" -o "$T/test.jsonl" eval/ecbplus-test-times/*.txt >"$T/out" 2>"$T/err"; then
	fail "ecbplus_times.py failed on eval/ecbplus-test-times"
	show_err
elif ! cmp -s "$T/test.jsonl" eval/gold/ecbplus-test-times.jsonl; then
	fail "eval/gold/ecbplus-test-times.jsonl differs from what ecbplus_times.py makes of the files"
fi

src=eval/ecbplus-times/11_1ecbplus.txt
mkdir "$T/ecbplus-times"
sed 's/to be held on two - party basis/to be held on three - party basis/' "$src" >"$T/ecbplus-times/11_1ecbplus.txt"
status=0
python3 "$C" -o "$T/bad.jsonl" "$T/ecbplus-times/11_1ecbplus.txt" >"$T/out" 2>"$T/err" || status=$?
expect_status 1
expect_err "$T/ecbplus-times/11_1ecbplus.txt: text differs from ecbplus/11_1ecbplus at character 55: 'hree - party basis\\n\\n26 Septemb', expected 'wo - party basis\\n\\n26 September'"
[ -e "$T/bad.jsonl" ] && fail "an output file was written for a bad input"

# the set is the name of the file's folder
cp "$src" "$T/11_1ecbplus.txt"
status=0
python3 "$C" --check "$T/11_1ecbplus.txt" >"$T/out" 2>"$T/err" || status=$?
expect_status 1
expect_err "$T/11_1ecbplus.txt: a file of eval/ecbplus-times/, eval/ecb-times/ or eval/ecbplus-test-times/ is needed"

sed '1s/.*/PUBLICATION DATE: 26 September 2013/' "$src" >"$T/ecbplus-times/11_1ecbplus.txt"
status=0
python3 "$C" --check "$T/ecbplus-times/11_1ecbplus.txt" >"$T/out" 2>"$T/err" || status=$?
expect_status 1
expect_err "$T/ecbplus-times/11_1ecbplus.txt: line 1 must be 'PUBLICATION DATE: YYYY-MM-DD' or 'PUBLICATION DATE: NONE'"

sed '1s/.*/PUBLICATION DATE: NONE/' "$src" >"$T/ecbplus-times/11_1ecbplus.txt"
status=0
python3 "$C" --check "$T/ecbplus-times/11_1ecbplus.txt" >"$T/out" 2>"$T/err" || status=$?
expect_status 0
expect_err "1 files fine (0 with times, 0 time expressions)"

nkg eval --tsv --split all eval/gold/ecbplus-times.jsonl
expect_status 0
row() { awk -F '\t' -v t="$1" -v l="$2" '$3 == t && $4 == l { print $5 }' "$T/out"; }
[ "$(row documents -)" = 129 ] || fail "documents $(row documents -), expected 129"
[ "$(row times 'strict span')" = 1049 ] || fail "gold times $(row times 'strict span'), expected 1049"
[ "$(row names 'all (micro)')" = "" ] || fail "names were scored on a file of times only"

nkg eval --tsv --split all eval/gold/ecb-times.jsonl
expect_status 0
[ "$(row documents -)" = 216 ] || fail "ECB documents $(row documents -), expected 216"
[ "$(row times 'strict span')" = 1446 ] || fail "ECB gold times $(row times 'strict span'), expected 1446"

# the held-out test articles are of split test only (scored, never tuned on)
nkg eval --tsv --split dev eval/gold/ecbplus-test-times.jsonl
expect_status 0
[ "$(row documents -)" = 0 ] || fail "ECB+ test times: $(row documents -) dev documents, expected 0"
nkg eval --tsv --split test eval/gold/ecbplus-test-times.jsonl
expect_status 0
[ "$(row documents -)" = 107 ] || fail "ECB+ test documents $(row documents -), expected 107"
[ "$(row times 'strict span')" = 882 ] || fail "ECB+ test gold times $(row times 'strict span'), expected 882"
finish
