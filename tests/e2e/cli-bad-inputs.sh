#!/bin/sh
# Issue 2's bad inputs: each gives its exact message and exit status 1, and
# the good articles of the same run are still written.
. tests/e2e/lib.sh
cd "$T" || exit 1

article good1.txt Madrid
article good2.txt Lisbon
G1=$(doc_iri_of good1.txt)
G2=$(doc_iri_of good2.txt)
mkdir noarticles
echo "notes" >noarticles/README.md
mkdir noarticles/.hidden
article noarticles/.hidden/a.txt Oslo
printf 'Valid start \377 then more text.\n' >badutf8.txt
: >empty.txt
printf '  \n\t\n' >blank.txt
printf 'seventeen bytes..\000and then text\n' >bin.dat
# 50 MB on one line, made here rather than committed.
head -c 52428800 /dev/zero | tr '\0' 'a' >big.txt

# Every bad input in one run, between the good ones.
nkg extract --date 2020-01-24 -f ntriples good1.txt missing.txt noarticles badutf8.txt \
	empty.txt blank.txt bin.dat big.txt good2.txt
expect_status 1
expect_err "newskg: cannot open 'missing.txt': No such file or directory"
expect_err "newskg: 'noarticles': no article files (*.txt, *.jsonl) in this folder"
expect_err "newskg: 'badutf8.txt': invalid UTF-8 at byte 12"
expect_err "newskg: 'empty.txt': no text"
expect_err "newskg: 'blank.txt': no text"
expect_err "newskg: 'bin.dat': binary file (NUL byte at 17)"
expect_err "newskg: 'big.txt': article is larger than the limit of 16777216 bytes (--max-article-bytes)"
expect_err_lines 7
cp "$T/out" all.nt
expect_parses all.nt ntriples
expect_has_doc all.nt ntriples "$G1"
expect_has_doc all.nt ntriples "$G2"
expect_doc_date all.nt ntriples "$G1" 2020-01-24
expect_nt_line all.nt ntriples "<$G1> <http://schema.org/headline> \"Protesters rally in Madrid\" ."
expect_nt_line all.nt ntriples "<$G2> <http://schema.org/headline> \"Protesters rally in Lisbon\" ."
expect_name all.nt ntriples Madrid
expect_name all.nt ntriples Lisbon

# Each alone: exit 1, its message, and nothing written to stdout for it.
for f in missing.txt noarticles badutf8.txt empty.txt bin.dat; do
	nkg extract -f ntriples "$f"
	expect_status 1
	expect_err_lines 1
done

# --lenient: the bad byte becomes U+FFFD, with a warning and exit 0.
nkg extract --lenient -f ntriples badutf8.txt
expect_status 0
expect_err "newskg: warning: 'badutf8.txt': replaced 1 invalid UTF-8 sequence by U+FFFD"
cp "$T/out" lenient.nt
printf 'Valid start \357\277\275 then more text.\n' >repaired.txt
expect_has_doc lenient.nt ntriples "$(doc_iri_of repaired.txt)"
if ! ask lenient.nt ntriples 'ASK { ?s ?p ?o FILTER(CONTAINS(str(?o), "start \uFFFD then")) }'
then
	fail "the U+FFFD is not in the lenient output"
fi
# -q keeps the warning quiet.
nkg extract --lenient -q -f ntriples badutf8.txt
expect_status 0
expect_err_empty

# --lenient does not make binary files text.
nkg extract --lenient bin.dat
expect_status 1
expect_err "newskg: 'bin.dat': binary file (NUL byte at 17)"

# The 50 MB line is refused from its size: memory stays far below it.
expect_small_rss 4096 big.txt good1.txt
# A smaller limit applies to it too.
nkg extract --max-article-bytes 100 good1.txt
expect_status 1
expect_err "newskg: 'good1.txt': article is larger than the limit of 100 bytes (--max-article-bytes)"

finish
