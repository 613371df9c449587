#!/bin/sh
# graph: the sample article in each format is parsed by rapper, the three
# formats hold the same triples, N-Quads name every quad's graph, two runs
# are byte-identical, and two articles on one stream stay valid.
#   sh tests/e2e/graph-formats.sh BINARY
set -eu
bin=$1
command -v rapper >/dev/null 2>&1 || { echo "skip: rapper (raptor2-utils) missing"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in=samples/iraq-rallies.txt

for f in turtle ntriples nquads; do
	"$bin" extract --date 2020-01-24 -f "$f" "$in" >"$tmp/a.$f"
	"$bin" extract --date 2020-01-24 -f "$f" "$in" >"$tmp/b.$f"
	cmp -s "$tmp/a.$f" "$tmp/b.$f" || { echo "FAIL: $f output differs between two runs"; exit 1; }
	rapper -q -i "$f" -o ntriples "$tmp/a.$f" | LC_ALL=C sort >"$tmp/$f.nt" ||
		{ echo "FAIL: rapper rejects the $f output"; exit 1; }
done
[ -s "$tmp/ntriples.nt" ] || { echo "FAIL: no triples"; exit 1; }
cmp -s "$tmp/ntriples.nt" "$tmp/turtle.nt" || { echo "FAIL: Turtle and N-Triples differ"; exit 1; }
cmp -s "$tmp/ntriples.nt" "$tmp/nquads.nt" || { echo "FAIL: N-Quads and N-Triples differ"; exit 1; }

# Every quad's graph is the article's IRI.
doc=$(grep -o '^<[^>]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle>' \
	"$tmp/a.nquads" | cut -d' ' -f1)
[ -n "$doc" ] || { echo "FAIL: no schema:NewsArticle"; exit 1; }
total=$(wc -l <"$tmp/a.nquads")
named=$(grep -c " $doc \.\$" "$tmp/a.nquads")
[ "$total" -eq "$named" ] || { echo "FAIL: $named of $total quads in graph $doc"; exit 1; }

# No relative IRIs and no https://schema.org in any format.
if grep -q 'https://schema.org' "$tmp/a.turtle" "$tmp/a.ntriples"; then
	echo "FAIL: https://schema.org in output"; exit 1
fi
if grep -q '@base' "$tmp/a.turtle"; then echo "FAIL: @base in Turtle"; exit 1; fi

# Two articles on one stream: still one valid document per format.
sed 's/Baghdad/Basra/g' "$in" >"$tmp/second.txt"
for f in turtle nquads; do
	"$bin" extract --date 2020-01-24 -f "$f" "$in" "$tmp/second.txt" >"$tmp/two.$f"
	rapper -q -i "$f" -c "$tmp/two.$f" 2>"$tmp/err" || { echo "FAIL: two articles in $f"; cat "$tmp/err"; exit 1; }
done
echo "ok"
