#!/bin/sh
# clients-read.sh - every sample article, in every output format, is read by
# four RDF clients that share no code with newskg or with each other:
# rapper (raptor2, strict), rdflib (Debian's python3-rdflib), N3.js (strict)
# and Oxigraph (tests/clients/, installed with npm ci from its lock file).
# Each must accept the file without an error or a warning, and report the
# same triples as rapper (canonical sorted N-Triples / N-Quads, compared byte
# for byte); rdflib and Oxigraph must answer every question of
# samples/queries/<article>-*.rq with the rows of its .tsv (sorted: ties of
# ORDER BY come in any order).  Missing tools fail the test, naming what to
# install: nothing is skipped.
. tests/e2e/lib.sh "$1"
CL=tests/clients
PY=/usr/bin/python3
tab=$(printf '\t')

# Without its clients this test would check nothing: it says so and fails.
missing() {
	fail "$*"
	exit 1
}

command -v rapper >/dev/null 2>&1 || missing "rapper not found: 'make deps' installs raptor2-utils"
command -v node >/dev/null 2>&1 || missing "node not found: 'make deps' installs nodejs and npm"
command -v npm >/dev/null 2>&1 || missing "npm not found: 'make deps' installs nodejs and npm"
"$PY" -c 'import rdflib' >/dev/null 2>&1 ||
	missing "$PY cannot import rdflib: 'make deps' installs Debian's python3-rdflib"

# node_modules as package-lock.json pins it; npm ci again when the lock changed.
if ! cmp -s "$CL/package-lock.json" "$CL/node_modules/.newskg-lock"; then
	npm ci --prefix "$CL" --no-audit --no-fund --loglevel=error >"$T/npm" 2>&1 ||
		missing "'npm ci --prefix $CL' failed (it needs the npm registry): $(tail -n 5 "$T/npm")"
	cp "$CL/package-lock.json" "$CL/node_modules/.newskg-lock"
fi

# The publication date of samples/NAME.txt: the first YYYY-MM-DD in the third
# column of its row in samples/README.md.
date_of() {
	awk -F'|' -v f="$1.txt" '{ gsub(/ /, "", $2) }
		$2 == f && match($4, /[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/) {
			print substr($4, RSTART, RLENGTH); exit
		}' samples/README.md
}

# rapper's strict reading of each file is the reference.
: >"$T/manifest"
jobs=0
for a in samples/*.txt; do
	name=${a##*/}
	name=${name%.txt}
	date=$(date_of "$name")
	[ -n "$date" ] || { fail "samples/README.md gives no date for $name.txt"; continue; }
	queries=
	for q in samples/queries/"$name"-*.rq; do
		[ -f "$q" ] && queries="$queries$tab$q"
	done
	for f in turtle ntriples nquads; do
		job=$name.$f
		nkg extract -q --date "$date" -f "$f" "$a"
		expect_status 0
		expect_err_empty
		mv "$T/out" "$T/$job"
		o=ntriples
		[ "$f" = nquads ] && o=nquads
		if ! rapper -q -i "$f" -o "$o" "$T/$job" >"$T/ref" 2>"$T/rapper"; then
			fail "rapper rejects $job: $(head -c 300 "$T/rapper")"
			continue
		fi
		[ ! -s "$T/rapper" ] || fail "rapper warns on $job: $(head -c 300 "$T/rapper")"
		[ -s "$T/ref" ] || fail "$job holds no triples"
		LC_ALL=C sort -u "$T/ref" >"$T/$job.rapper.nt"
		printf '%s\t%s\t%s%s\n' "$job" "$f" "$T/$job" "$queries" >>"$T/manifest"
		jobs=$((jobs + 1))
	done
done
[ "$jobs" -ge 12 ] || fail "only $jobs sample files made (4 samples x 3 formats expected)"

node "$CL/read.mjs" "$T/manifest" "$T" 2>"$T/node.err" ||
	fail "N3.js or Oxigraph did not read everything: $(head -n 5 "$T/node.err")"
"$PY" "$CL/read.py" "$T/manifest" "$T" 2>"$T/py.err" ||
	fail "rdflib did not read everything: $(head -n 5 "$T/py.err")"

# same_as REFERENCE FILE WHAT: FILE holds exactly the reference's lines.
same_as() {
	if [ ! -f "$2" ]; then
		fail "$3: no output"
	elif ! cmp -s "$1" "$2"; then
		fail "$3 differs from rapper's $(wc -l <"$1") triples:"
		diff "$1" "$2" | head -n 6 | cut -c1-300 | sed 's/^/    /'
	fi
}

# rows FILE: a SPARQL TSV result with its rows sorted (header first).
rows() {
	head -n 1 "$1"
	tail -n +2 "$1" | LC_ALL=C sort
}

compared=0
answers=0
while IFS="$tab" read -r job f file rest <&3; do
	ref=$T/$job.rapper.nt
	same_as "$ref" "$T/$job.n3.nt" "N3.js's reading of $job"
	same_as "$ref" "$T/$job.oxigraph.nt" "Oxigraph's reading of $job"
	if [ "$f" = turtle ]; then
		# rdflib 6.1 keeps a bare Turtle number by value (9.5E-1 -> 0.95).
		"$PY" "$CL/read.py" --doubles-by-value "$ref" >"$ref.by-value"
		ref=$ref.by-value
	fi
	same_as "$ref" "$T/$job.rdflib.nt" "rdflib's reading of $job"
	compared=$((compared + 3))
	IFS=$tab
	for q in $rest; do
		unset IFS
		base=${q##*/}
		base=${base%.rq}
		rows "${q%.rq}.tsv" >"$T/expected"
		for client in oxigraph rdflib; do
			got=$T/$job.$client.$base.tsv
			answers=$((answers + 1))
			if [ ! -f "$got" ]; then
				fail "$client on $job: no answer to $base"
			elif ! rows "$got" | cmp -s "$T/expected" -; then
				fail "$client on $job: $base differs from ${q%.rq}.tsv"
				rows "$got" | diff "$T/expected" - | head -n 8 | sed 's/^/    /'
			fi
		done
	done
	unset IFS
done 3<"$T/manifest"
[ "$compared" -ge 36 ] || fail "only $compared readings compared"
[ "$answers" -ge 72 ] || fail "only $answers answers compared (12 questions x 3 formats x 2 clients)"
finish
