#!/bin/sh
# Options, usage errors (exit 2, nothing written), stdin, help and version.
. tests/e2e/lib.sh
cd "$T" || exit 1

article a.txt Madrid
A=$(doc_iri_of a.txt)
USAGE="usage: newskg extract [OPTIONS] [FILE|DIR|-]...  (see 'newskg extract --help')"

# --date must be a real calendar day written YYYY-MM-DD.
for d in 2020-02-30 2019-02-29 2020-13-01 2020-1-24 24/01/2020 2020-01-24T10:00 ''; do
	nkg extract --date "$d" a.txt
	expect_status 2
	expect_err "newskg: invalid --date '$d' (expected a real calendar date as YYYY-MM-DD)"
	expect_err "$USAGE"
	expect_out_empty
done
nkg extract --date 2020-02-29 -f ntriples a.txt
expect_status 0
cp "$T/out" leap.nt
expect_doc_date leap.nt ntriples "$A" 2020-02-29

# Other usage errors.
nkg extract -f rdfxml a.txt
expect_status 2
expect_err "newskg: unknown format 'rdfxml' (expected turtle, ntriples or nquads)"
nkg extract --frobnicate a.txt
expect_status 2
expect_err "newskg: unknown option '--frobnicate'"
nkg extract -x a.txt
expect_status 2
expect_err "newskg: unknown option '-x'"
nkg extract a.txt -o
expect_status 2
expect_err "newskg: option '-o' needs a value"
nkg extract a.txt --date
expect_status 2
expect_err "newskg: option '--date' needs a value"
for n in 0 -5 12X 2G abc ''; do
	nkg extract --max-article-bytes "$n" a.txt
	expect_status 2
	expect_err "newskg: invalid --max-article-bytes '$n' (expected a size from 1 to 1G, e.g. 4096, 64K, 16M)"
done
nkg extract --max-article-bytes 1K a.txt
expect_status 0
nkg extract --base 'not an iri' a.txt
expect_status 2
expect_err "newskg: invalid --base 'not an iri' (expected an absolute IRI ending in '/', without '#')"
expect_out_empty

# --base changes the minted IRIs.
nkg extract --base https://example.org/kg/ -f ntriples a.txt
expect_status 0
cp "$T/out" base.nt
expect_has_doc base.nt ntriples "https://example.org/kg/doc/sha256-$(sha256sum a.txt | cut -c1-32)"
expect_no_doc base.nt ntriples "$A"

# Standard input: no argument or '-'; same document as the file.
status=0
"$NKG" extract -f ntriples <a.txt >"$T/out" 2>"$T/err" || status=$?
expect_status 0
cp "$T/out" stdin.nt
expect_has_doc stdin.nt ntriples "$A"
status=0
"$NKG" extract -f ntriples - <a.txt >"$T/out" 2>"$T/err" || status=$?
expect_status 0
cmp -s "$T/out" stdin.nt || fail "'-' and no argument differ"
status=0
"$NKG" extract </dev/null >"$T/out" 2>"$T/err" || status=$?
expect_status 1
expect_err "newskg: '<stdin>': no text"

# -v: a line per article and a summary; -q: quiet.
nkg extract -v -f ntriples a.txt missing.txt
expect_status 1
expect_err_re "^newskg: 'a.txt': [0-9]+ entities, [0-9]+ events, [0-9]+ quotes, [0-9]+ triples$"
expect_err_re '^newskg: 1 article read, 1 written, 1 failed, [0-9]+ triples$'
nkg extract -q -f ntriples a.txt
expect_status 0
expect_err_empty

# Help and version.
nkg extract --help
expect_status 0
expect_err_empty
grep -q '^usage: newskg extract \[OPTIONS\] \[FILE|DIR|-\]\.\.\.$' "$T/out" || fail "extract --help"
nkg help extract
expect_status 0
grep -q -- '--max-article-bytes N' "$T/out" || fail "help extract"
nkg --version
expect_status 0
grep -Eqx 'newskg [0-9]+\.[0-9]+\.[0-9]+' "$T/out" || fail "--version: $(cat "$T/out")"
nkg --help
expect_status 0
grep -q '^usage: newskg <command>' "$T/out" || fail "--help"
nkg
expect_status 2
expect_out_empty
grep -q '^usage: newskg <command>' "$T/err" || fail "no arguments"
nkg frob
expect_status 2
expect_err "newskg: 'frob' is not a newskg command. See 'newskg --help'."

# extract is the default command when the first argument is an input or an option.
nkg extract --date 2020-01-24 a.txt
cp "$T/out" explicit.ttl
nkg a.txt --date 2020-01-24
expect_status 0
cmp -s "$T/out" explicit.ttl || fail "'newskg FILE' differs from 'newskg extract FILE'"
expect_parses explicit.ttl turtle
nkg --date 2020-01-24 - <a.txt
expect_status 0
cmp -s "$T/out" explicit.ttl || fail "'newskg --date D -' differs from 'newskg extract'"

finish
