#!/bin/sh
# JSON Lines input: records become documents named by id, a bad record is
# reported with its line (and column) and the others are still written.
. tests/e2e/lib.sh
cd "$T" || exit 1

D=${BASE}doc/
# echo would turn the JSON escape \n into a newline: print lines as they are.
line() { printf '%s\n' "$1"; }
{
	line '{"id":"rec-1","title":"Rally in Madrid","date":"2020-03-05T10:00:00Z","text":"Thousands marched through Madrid on Friday.\nThe organisers said so."}'
	line ''
	line '{"id" "rec-bad", "text": "never read"}'
	line '   '
	line '{"id":"rec-4","source":"Example News","extra":{"nested":[1,2,{"text":"no"}]},"text":"Police in Lisbon said the march was peaceful."}'
	line '{"id":"rec-5","date":"2020-13-01","text":"Bad date."}'
	line '{"id":"rec-6","text":""}'
	line '{"id":"rec-7","title":"No text here"}'
	line '{"id":"rec-8","title":["x"],"text":"Title is an array."}'
	printf '{"id":"rec-9","text":"caf\351 in Paris"}\r\n'
	line '{"id":42,"text":"A numeric id from Rome."}'
} >feed.jsonl

nkg extract --date 2020-01-24 -f ntriples feed.jsonl
expect_status 1
expect_err "newskg: 'feed.jsonl:3': malformed JSON at column 7: expected ':'"
expect_err "newskg: 'feed.jsonl:6': invalid \"date\" '2020-13-01' (expected YYYY-MM-DD or an ISO 8601 date-time)"
expect_err "newskg: 'feed.jsonl:7': no text"
expect_err "newskg: 'feed.jsonl:8': no \"text\" field"
expect_err "newskg: 'feed.jsonl:9': \"title\" must be a string, not an array"
expect_err "newskg: 'feed.jsonl:10': invalid UTF-8 at byte 25"
expect_err_lines 6
cp "$T/out" feed.nt
expect_parses feed.nt ntriples
expect_has_doc feed.nt ntriples "${D}rec-1"
expect_has_doc feed.nt ntriples "${D}rec-4"
expect_has_doc feed.nt ntriples "${D}42"
expect_no_doc feed.nt ntriples "${D}rec-bad"
expect_no_doc feed.nt ntriples "${D}rec-5"
# The record's date wins over --date (its day, not moved to UTC); else --date.
expect_doc_date feed.nt ntriples "${D}rec-1" 2020-03-05
# The record's title is the headline.
expect_nt_line feed.nt ntriples "<${D}rec-1> <http://schema.org/headline> \"Rally in Madrid\" ."
expect_name feed.nt ntriples Lisbon
expect_doc_date feed.nt ntriples "${D}rec-4" 2020-01-24
if ask feed.nt ntriples "ASK { <${D}rec-1> ?p ?o FILTER(str(?o) = \"2020-01-24\") }"; then
	fail "--date overrode the record's own date"
fi

# --lenient repairs the bad line instead.
nkg extract --lenient -f ntriples feed.jsonl
expect_status 1
expect_err "newskg: warning: 'feed.jsonl:10': replaced 1 invalid UTF-8 sequence by U+FFFD"
cp "$T/out" lenient.nt
expect_has_doc lenient.nt ntriples "${D}rec-9"

# Standard input with --jsonl; names in messages are <stdin>:LINE.
printf '{"id":"in-1","text":"Workers in Berlin went on strike."}\n{"id":2}\n' |
	{ status=0; "$NKG" extract --jsonl -f ntriples >"$T/out" 2>"$T/err" || status=$?; echo $status >"$T/st"; }
status=$(cat "$T/st")
expect_status 1
expect_err "newskg: '<stdin>:2': no \"text\" field"
cp "$T/out" stdin.nt
expect_has_doc stdin.nt ntriples "${D}in-1"

# --jsonl reads a file of any name as JSON Lines; without it, .txt is text.
cp feed.jsonl feed.txt
nkg extract --jsonl -f ntriples feed.txt
expect_status 1
expect_err "newskg: 'feed.txt:3': malformed JSON at column 7: expected ':'"

# A file with no records at all is an error naming it.
printf '\n  \n' >none.jsonl
nkg extract none.jsonl
expect_status 1
expect_err "newskg: 'none.jsonl': no articles (no JSON Lines records)"

# A 50 MB line between two good records: refused, the others written.
{
	line '{"id":"before","text":"Farmers protested in Warsaw."}'
	printf '{"id":"huge","text":"'
	head -c 52428800 /dev/zero | tr '\0' 'a'
	printf '"}\n'
	line '{"id":"after","text":"Students protested in Prague."}'
} >big.jsonl
nkg extract -f ntriples big.jsonl
expect_status 1
expect_err "newskg: 'big.jsonl:2': article is larger than the limit of 16777216 bytes (--max-article-bytes)"
expect_err_lines 1
cp "$T/out" big.nt
expect_has_doc big.nt ntriples "${D}before"
expect_has_doc big.nt ntriples "${D}after"
# A line is held up to the cap, never whole: memory follows the cap.
expect_small_rss 8192 --max-article-bytes 1M big.jsonl
expect_small_rss 49152 big.jsonl

finish
