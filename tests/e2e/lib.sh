# lib.sh - helpers for the end-to-end scripts (sourced, POSIX sh).
#
#   . tests/e2e/lib.sh "$1"     # $1: the newskg binary; sets NKG and T
#   nkg extract ...             # runs it: $T/out, $T/err, $status
#   expect_status 1
#   expect_err 'newskg: cannot open ...'    # an exact line of stderr
#   expect_has_doc "$T/out" turtle "$IRI"   # the output states facts about IRI
#   finish                       # at the end: exit status of the script
#
# Each failed expectation prints "FAIL <script>: <what>" and the script goes
# on; finish exits 1 if any failed.
set -u
NKG=$1
BASE=https://w3id.org/newskg/id/
# Predicates in N-Triples form, for scripts that write graphs by hand.
TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
LABEL='<http://www.w3.org/2000/01/rdf-schema#label>'
ALT='<http://www.w3.org/2004/02/skos/core#altLabel>'
REF='<http://www.w3.org/2005/11/its/rdf#taIdentRef>'
ID='<http://purl.org/dc/terms/identifier>'
SAME='<http://www.w3.org/2002/07/owl#sameAs>'
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
FAILS=0
SCRIPT=${0##*/}
status=0

fail() {
	echo "FAIL $SCRIPT: $*"
	FAILS=$((FAILS + 1))
}

finish() {
	[ "$FAILS" -eq 0 ]
}

# Runs newskg with the arguments; stdout to $T/out, stderr to $T/err.
nkg() {
	status=0
	"$NKG" "$@" >"$T/out" 2>"$T/err" || status=$?
}

expect_status() {
	[ "$status" -eq "$1" ] || { fail "exit status $status, expected $1"; show_err; }
}

show_err() {
	sed 's/^/    stderr: /' "$T/err" | head -n 20
}

# An exact line of stderr.
expect_err() {
	grep -Fxq -- "$1" "$T/err" || { fail "stderr lacks: $1"; show_err; }
}

# stderr matches this extended regular expression on some line.
expect_err_re() {
	grep -Eq -- "$1" "$T/err" || { fail "stderr matches no: $1"; show_err; }
}

expect_err_empty() {
	[ ! -s "$T/err" ] || { fail "stderr not empty"; show_err; }
}

expect_out_empty() {
	[ ! -s "$T/out" ] || fail "stdout not empty"
}

# The number of lines of stderr.
expect_err_lines() {
	n=$(wc -l <"$T/err")
	[ "$n" -eq "$1" ] || { fail "$n lines on stderr, expected $1"; show_err; }
}

# The IRI newskg gives a document without id or url: base + doc/sha256- +
# 32 hex digits of the SHA-256 of its text (file given as $1).
doc_iri_of() {
	printf '%sdoc/sha256-%s' "$BASE" "$(sha256sum "$1" | cut -c1-32)"
}

# Converts FILE in FORMAT to sorted N-Triples/N-Quads in $2.nt; fails the
# expectation when a strict parse reports anything.
to_nt() {
	if ! rapper -q -i "$2" -o ntriples "$1" >"$1.nt" 2>"$1.rapper"; then
		fail "rapper -i $2 rejects $1: $(head -c 300 "$1.rapper")"
		return 1
	fi
	if [ -s "$1.rapper" ]; then
		fail "rapper -i $2 warns on $1: $(head -c 300 "$1.rapper")"
		return 1
	fi
	return 0
}

# expect_parses FILE FORMAT: a strict parser accepts it and it holds triples.
expect_parses() {
	to_nt "$1" "$2" || return 0
	[ -s "$1.nt" ] || fail "$1 ($2) holds no triples"
}

# ask FILE FORMAT QUERY: 0 when the SPARQL ASK query is true on FILE.
ask() {
	to_nt "$1" "$2" || return 1
	roqet -W 0 -q -i sparql -D "$1.nt" -e "$3" 2>&1 | grep -q 'boolean result: true'
}

# expect_nt_line FILE FORMAT LINE: FILE, as N-Triples, holds exactly LINE.
expect_nt_line() {
	to_nt "$1" "$2" || return 0
	grep -Fxq -- "$3" "$1.nt" || fail "$1 lacks: $3"
}

# expect_name FILE FORMAT NAME: something in FILE is called NAME (schema:name).
expect_name() {
	ask "$1" "$2" "ASK { ?x <http://schema.org/name> \"$3\" }" || fail "$1: nothing named $3"
}

# expect_has_doc FILE FORMAT IRI: FILE states something about the document.
expect_has_doc() {
	ask "$1" "$2" "ASK { <$3> ?p ?o }" || fail "$1 says nothing about <$3>"
}

expect_no_doc() {
	if ask "$1" "$2" "ASK { <$3> ?p ?o }"; then fail "$1 should not hold <$3>"; fi
}

# expect_doc_date FILE FORMAT IRI DATE: the document has a value DATE.
expect_doc_date() {
	ask "$1" "$2" "ASK { <$3> ?p ?o FILTER(str(?o) = \"$4\") }" ||
		fail "$1: <$3> has no value \"$4\""
}

# Writes a short article of its own to FILE, mentioning WORD.
article() {
	cat >"$1" <<ART
Protesters rally in $2

Thousands of people marched through the centre of $2 on Friday, the organisers said.
"We want change," said Maria Lopez, a teacher who joined the march.
ART
}

# expect_small_rss KIB ARGS...: newskg extract ARGS peaks within KIB KiB of
# its peak on a small article alone (the caps keep huge inputs out of memory).
expect_small_rss() {
	[ -x /usr/bin/time ] || return 0
	slack=$1
	shift
	article "$T/rss-base.txt" Quito
	/usr/bin/time -f '%M' -o "$T/rss0" "$NKG" extract "$T/rss-base.txt" >/dev/null 2>&1
	/usr/bin/time -f '%M' -o "$T/rss1" "$NKG" extract "$@" >/dev/null 2>&1
	base=$(tail -n 1 "$T/rss0")
	rss=$(tail -n 1 "$T/rss1")
	[ "$rss" -lt $((base + slack)) ] || fail "extract $* peaked at $rss KiB (alone: $base KiB)"
}
