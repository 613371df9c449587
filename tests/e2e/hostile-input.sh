#!/bin/sh
# Issue 6, hostile input: names that try to break out of RDF syntax, runs of
# capitals and punctuation, the article size limit at its edge, a 100 MB
# article, many tiny records, NUL bytes, truncated UTF-8 and malformed JSON
# Lines.  Each case checks the exact exit status and messages, that rapper
# parses the output, and that the good articles are there.  Measurements are in
# tests/fuzz/README.md ("Limits").
. tests/e2e/lib.sh
cd "$T" || exit 1
NT=ntriples

# ---- names that are RDF syntax: quoted, escaped, never injected ---------------
# Metadata and text with " < > \ newline, tab, controls, RTL marks, bidi overrides.
EVIL='A \"q\" <b> \\c\nd\te\u0001f\u007f \u200fRTL\u200e \u202eOVR\u202c'
{
	printf '{"id":"%s","title":"%s","source":"%s, Second <Org>",' "$EVIL" "$EVIL" "$EVIL"
	printf '"url":"https://ex.org/a b<c>\\"d","text":"Protesters rally in Quito\\n\\n'
	printf 'President %s spoke in Paris on Friday. \\"<x> & \\\\\\"y\\\\\\"\\", said Ana Lopez."}\n' "$EVIL"
	printf '{"id":"x> <http://evil/> \\"","url":"javascript:alert(1)","title":"T",'
	printf '"text":"Evil id in Madrid."}\n'
} >evil.jsonl
# The literal every format must carry, as rapper writes it in N-Triples.
LIT='"A \"q\" <b> \\c\nd\te\u0001f\u007F \u200FRTL\u200E \u202EOVR\u202C"'
D1=${BASE}doc/a-q-b-c-d-e-f-rtl-ovr
D2=${BASE}doc/x-http-evil
for f in turtle ntriples nquads; do
	nkg extract --date 2020-01-24 -f "$f" evil.jsonl
	expect_status 0
	expect_err_empty
	cp "$T/out" "evil.$f"
	expect_nt_line "evil.$f" "$f" "<$D1> <http://purl.org/dc/terms/identifier> $LIT ."
	expect_nt_line "evil.$f" "$f" "<$D1> <http://schema.org/headline> $LIT ."
	expect_nt_line "evil.$f" "$f" "<${BASE}organization/a-q-b-c-d-e-f-rtl-ovr> <http://schema.org/name> $LIT ."
	expect_nt_line "evil.$f" "$f" "<${BASE}organization/second-org> <http://schema.org/name> \"Second <Org>\" ."
	expect_nt_line "evil.$f" "$f" "<$D1> <http://schema.org/url> \"https://ex.org/a b<c>\\\"d\" ."
	expect_nt_line "evil.$f" "$f" "<$D2> <http://purl.org/dc/terms/identifier> \"x> <http://evil/> \\\"\" ."
	expect_nt_line "evil.$f" "$f" "<$D2> <http://schema.org/url> <javascript:alert(1)> ."
	# Nothing but the two documents' own subjects and minted IRIs: no injected <http://evil/>.
	if grep -Eq '^<http://evil/>|<http://evil/> \.$' "evil.$f.nt"; then
		fail "evil.$f: an IRI was injected"
	fi
done
# All three formats say the same.
for f in turtle nquads; do
	sort "evil.$f.nt" >a.nt
	sort evil.ntriples.nt >b.nt
	cmp -s a.nt b.nt || fail "evil.$f and evil.ntriples differ"
done

# ---- 10,000 capitalised words in a row ----------------------------------------
awk 'BEGIN { printf "Capitals everywhere\n\nPresident"
	for (i = 0; i < 10000; i++) printf " Xy%c%c", 97 + i % 26, 97 + int(i / 26) % 26
	print " said on Friday." }' >caps.txt
nkg extract --date 2020-01-24 -f ntriples caps.txt
expect_status 0
expect_err_empty
cp "$T/out" caps.nt
expect_parses caps.nt ntriples
# The 10,000-word name keeps its text but its IRI slug is capped (graph/iri.h).
long=$(grep -o "<${BASE}person/[^>]*>" caps.nt | awk '{ if (length($0) > m) m = length($0) } END { print m }')
[ "${long:-0}" -gt 0 ] && [ "$long" -le 180 ] || fail "a person IRI of length ${long:-0}"

# ---- the article size limit, at its edge -----------------------------------------
# 16 MiB exactly (the default --max-article-bytes) is accepted; one byte more is
# not.  White space pads it: the stages' cost is measured on dense text elsewhere.
mib16=16777216
make_padded() { # FILE SIZE: an article of exactly SIZE bytes
	head='Protesters rally in Quito

Thousands marched in Quito on Friday, said Maria Lopez.
'
	tail='
The organisers said more would come to Lima.
'
	pad=$(($2 - ${#head} - ${#tail}))
	{
		printf '%s' "$head"
		head -c "$pad" /dev/zero | tr '\0' ' '
		printf '%s' "$tail"
	} >"$1"
}
make_padded edge.txt $mib16
make_padded over.txt $((mib16 + 1))
nkg extract --date 2020-01-24 -f ntriples edge.txt over.txt
expect_status 1
expect_err "newskg: 'over.txt': article is larger than the limit of 16777216 bytes (--max-article-bytes)"
expect_err_lines 1
cp "$T/out" edge.nt
# (grep, not SPARQL: roqet is slow on a 16 MiB literal)
expect_parses edge.nt ntriples
grep -q "^<$(doc_iri_of edge.txt)> <http://schema.org/headline> \"Protesters rally in Quito\" \.$" edge.nt ||
	fail "edge.nt: no headline of edge.txt"
grep -q '<http://schema.org/name> "Lima" \.$' edge.nt || fail "edge.nt: nothing named Lima"
# With a larger limit the same file passes.
nkg extract --max-article-bytes 17M -q -f ntriples over.txt
expect_status 0

# ---- a 100 MB article ----------------------------------------------------------------
# Refused by default with the message, the other article written; accepted under a
# larger limit, its text whole in the output (nif:isString).
make_padded big.txt 104857600
nkg extract --date 2020-01-24 -f ntriples big.txt edge.txt
expect_status 1
expect_err "newskg: 'big.txt': article is larger than the limit of 16777216 bytes (--max-article-bytes)"
expect_err_lines 1
grep -q "^<$(doc_iri_of edge.txt)> <http://schema.org/headline> " "$T/out" ||
	fail "big.txt refused, but edge.txt not written"
nkg extract --date 2020-01-24 --max-article-bytes 128M -q -f ntriples -o big.nt big.txt
expect_status 0
[ "$(wc -c <big.nt)" -gt 104857600 ] || fail "big.nt is smaller than its article"
grep -q '<http://schema.org/name> "Lima" \.$' big.nt || fail "big.nt: nothing named Lima"
rm -f big.txt big.nt

# ---- many tiny articles ------------------------------------------------------------
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "{\"id\":\"r%d\",\"text\":\"Rally in Quito %d.\"}\n", i, i }' >tiny.jsonl
nkg extract --date 2020-01-24 -f ntriples tiny.jsonl
expect_status 0
expect_err_empty
cp "$T/out" tiny.nt
n=$(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle>' tiny.nt)
[ "$n" -eq 5000 ] || fail "tiny.jsonl: $n articles written, expected 5000"
rapper -q -i ntriples -c tiny.nt 2>/dev/null || fail "rapper rejects tiny.nt"
grep -Fxq "<${BASE}doc/r4999> <http://purl.org/dc/terms/identifier> \"r4999\" ." tiny.nt ||
	fail "tiny.nt: no record r4999"

# ---- 1 MB of repeated punctuation: no names made of it, output parses -------------
for c in '!' '('; do
	{ printf 'Headline\n\n'; head -c 1048576 /dev/zero | tr '\0' "$c"; printf '\n'; } >punct.txt
	nkg extract --date 2020-01-24 -f ntriples punct.txt
	expect_status 0
	expect_err_empty
	cp "$T/out" punct.nt
	expect_parses punct.nt ntriples
	if grep -q '<http://schema.org/name> "[!(]' punct.nt; then fail "a name made of '$c'"; fi
done

# ---- NUL bytes, truncated UTF-8 ------------------------------------------------------
printf 'Rally in Quito\000 on Friday.\n' >nul.txt
printf 'Protesters rallied in Quito on Friday \342\200' >trunc.txt
article good.txt Lima
nkg extract -f ntriples nul.txt trunc.txt good.txt
expect_status 1
expect_err "newskg: 'nul.txt': binary file (NUL byte at 14)"
expect_err "newskg: 'trunc.txt': invalid UTF-8 at byte 38"
expect_err_lines 2
cp "$T/out" some.nt
expect_has_doc some.nt ntriples "$(doc_iri_of good.txt)"
nkg extract --lenient -f ntriples trunc.txt
expect_status 0
expect_err "newskg: warning: 'trunc.txt': replaced 1 invalid UTF-8 sequence by U+FFFD"
cp "$T/out" trunc.nt
expect_parses trunc.nt ntriples
if ! ask trunc.nt ntriples 'ASK { ?s ?p ?o FILTER(CONTAINS(str(?o), "Friday \uFFFD")) }'; then
	fail "the U+FFFD of the truncated sequence is not in the output"
fi

# ---- malformed JSON Lines: each bad line named with its number, the rest written ------
{
	printf '{"id":"a","text":"Rally in Quito."}\n'
	printf '{"id":"b","text":"x\000y"}\n'
	printf '{"id":"c","text":"Bad \\u0000 escape"}\n'
	printf '{"id":"d" "text":"no colon"}\n'
	printf '{"id":"f","text":"broken \\ud800 surrogate"}\n'
	printf '{"id":"g","text":"cut off\n'
	printf '{"id":"e","text":"Rally in Lima."}\n'
} >mixed.jsonl
nkg extract -f ntriples mixed.jsonl
expect_status 1
expect_err "newskg: 'mixed.jsonl:2': malformed JSON at column 20: control character in string (escape it)"
expect_err "newskg: 'mixed.jsonl:3': malformed JSON at column 23: \\u0000 is not allowed in strings"
expect_err "newskg: 'mixed.jsonl:4': malformed JSON at column 11: expected ',' or '}'"
expect_err_re "^newskg: 'mixed.jsonl:5': malformed JSON at column [0-9]+: .*surrogate"
expect_err_re "^newskg: 'mixed.jsonl:6': malformed JSON at column [0-9]+: "
expect_err_lines 5
cp "$T/out" mixed.nt
expect_has_doc mixed.nt ntriples "${BASE}doc/a"
expect_has_doc mixed.nt ntriples "${BASE}doc/e"
expect_no_doc mixed.nt ntriples "${BASE}doc/d"

finish
