#!/bin/sh
# Regenerates eval/gold/*.jsonl from the shared data sets, byte for byte.
#   tools/corpus/convert.sh [DATA_DIR]    (default: ../shared/data beside the project)
# Needs python3 (standard library) and /usr/share/dict/american-english (wamerican).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-$root/../shared/data}
out=$root/eval/gold
mkdir -p "$out"
py="python3 $here/convert.py"
$py meantime "$data/meantime" "$out/meantime.jsonl"
$py ecbplus "$data/ecbplus" "$out/ecbplus.jsonl"
$py gum "$data/gum_news" "$out/gum.jsonl"
# The licences travel with the data derived from each set.
cp "$data/meantime/LICENSE.txt" "$out/LICENSE.meantime.txt"
cp "$data/ecbplus/LICENSEDATA.TXT" "$out/LICENSE.ecbplus.txt"
cp "$data/ecbplus/COPYING-CC.TXT" "$out/COPYING-CC.ecbplus.txt"
cp "$data/gum_news/LICENSE.txt" "$out/LICENSE.gum.txt"
chmod 644 "$out"/*
