#!/bin/sh
# newskg train: the same inputs give the same model; records of split "train"
# are trained on and never scored, records of split "test" are neither; in
# cross-validation a file of "train" records prints no table of its own.
. tests/e2e/lib.sh "$1"

cat >"$T/dev.jsonl" <<'JSON'
{"id":"d1","split":"dev","text":"Maria Lopez met Tom Hale in Lisbon. They spoke.","entities":[[0,11,"PER",null],[16,24,"PER",null],[28,34,"LOC",null]]}
{"id":"d2","text":"Acme Corp hired Ann Wu in Oslo.","entities":[[0,9,"ORG",null],[16,22,"PER",null],[26,30,"LOC",null]]}
JSON
cat >"$T/train.jsonl" <<'JSON'
{"id":"t1","set":"written","split":"train","text":"Zorba Ltd sued Kim Oh in Tunis. He denied it. Talks failed.","entities":[[0,9,"ORG",null],[15,21,"PER",null],[25,30,"LOC",null]]}
JSON
sed 's/"train"/"test"/' "$T/train.jsonl" >"$T/test.jsonl"

nkg train --out "$T/a.bin" "$T/dev.jsonl"
expect_status 0
expect_err_re "^newskg: trained on 3 sentences, 19 tokens, 12 epochs in "
nkg train --out "$T/b.bin" "$T/dev.jsonl"
cmp -s "$T/a.bin" "$T/b.bin" || fail "two trainings on the same input differ"

nkg train --out "$T/c.bin" "$T/dev.jsonl" "$T/train.jsonl"
expect_status 0
expect_err_re "^newskg: trained on 6 sentences, 34 tokens, 12 epochs in "
cmp -s "$T/a.bin" "$T/c.bin" && fail "the train record did not change the model"

nkg train --out "$T/d.bin" "$T/dev.jsonl" "$T/test.jsonl"
expect_err_re "^newskg: trained on 3 sentences, 19 tokens, 12 epochs in "
cmp -s "$T/a.bin" "$T/d.bin" || fail "a test record changed the model"

# --dev-weight N: each dev record N times, a train record once; the same model as
# a file that repeats each dev record N times.
nkg train --dev-weight 2 --out "$T/e.bin" "$T/dev.jsonl" "$T/train.jsonl"
expect_status 0
expect_err_re "^newskg: trained on 9 sentences, 53 tokens, 12 epochs in "
awk '{ print; print }' "$T/dev.jsonl" >"$T/dev2.jsonl"
nkg train --out "$T/f.bin" "$T/dev2.jsonl" "$T/train.jsonl"
cmp -s "$T/e.bin" "$T/f.bin" || fail "--dev-weight 2 differs from the dev records twice"
cmp -s "$T/c.bin" "$T/e.bin" && fail "--dev-weight 2 did not change the model"
nkg train --dev-weight 0 --out "$T/g.bin" "$T/dev.jsonl"
expect_status 2
expect_err "newskg: invalid value '0' for '--dev-weight'"
[ -e "$T/g.bin" ] && fail "a refused --dev-weight wrote a model"

# Cross-validation: one table, for the dev file; none for the train file.
nkg train --folds 2 --tsv "$T/dev.jsonl" "$T/train.jsonl"
expect_status 0
sets=$(awk -F '\t' '$3 == "documents" { print $1 "/" $2 "/" $5 }' "$T/out")
[ "$sets" = "dev/dev-cv2/2" ] || fail "cross-validation tables: '$sets', expected dev/dev-cv2/2"

finish
