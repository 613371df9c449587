#!/bin/sh
# query-samples.sh - the analyst's questions over the sample articles: each
# samples/queries/<article>-*.rq runs over 'newskg extract' of
# samples/<article>.txt and must print exactly <same name>.tsv.  Queries
# the extraction cannot answer yet wait in samples/queries/pending/.
. tests/e2e/lib.sh "$1"

# The publication date of each sample (samples/README.md).
date_of() {
	case $1 in
	iraq-rallies) echo 2020-01-24 ;;
	gum-defector) echo 2010-10-09 ;;
	gum-election) echo 2016-09-09 ;;
	gum-afghan) echo 2017-07-18 ;;
	gum-clock) echo 2015-09-22 ;;
	*) echo "no date for $1 in query-samples.sh" >&2 ;;
	esac
}

n=0
for q in samples/queries/*.rq; do
	name=${q##*/}
	expected=${q%.rq}.tsv
	article=$(ls samples/*.txt | while read -r a; do
		b=${a##*/}
		b=${b%.txt}
		case $name in "$b"-*) echo "$b" ;; esac
	done | head -n 1)
	if [ -z "$article" ]; then
		fail "$name: no samples/<article>.txt matches its name"
		continue
	fi
	[ -f "$expected" ] || { fail "$name: no expected results ${expected##*/}"; continue; }
	if [ ! -s "$T/$article.nt" ]; then
		"$NKG" extract -q --date "$(date_of "$article")" -f ntriples "samples/$article.txt" \
			>"$T/$article.nt" 2>"$T/err" || { fail "extract $article failed"; continue; }
	fi
	nkg query -r tsv -Q "$q" "$T/$article.nt"
	expect_status 0
	expect_err_empty
	if ! cmp -s "$T/out" "$expected"; then
		fail "$name: results differ from ${expected##*/}"
		diff "$expected" "$T/out" | head -n 20 | sed 's/^/    /'
	fi
	n=$((n + 1))
done
[ "$n" -ge 12 ] || fail "only $n sample queries ran"
finish
