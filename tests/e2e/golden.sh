#!/bin/sh
# Golden files: each article under tests/golden/ is extracted to N-Triples,
# sorted, and compared byte for byte with its reviewed .nt file.  A change in
# the output shows up here as a diff to read; when it is right, regenerate
# the file (tests/golden/README.md) and review it before committing.
. tests/e2e/lib.sh "$1"

golden() { # golden NAME DATE ARTICLE
	nkg extract -q --date "$2" -f ntriples "$3"
	expect_status 0
	LC_ALL=C sort "$T/out" >"$T/$1.nt"
	if ! cmp -s "$T/$1.nt" "tests/golden/$1.nt"; then
		fail "$1: output differs from tests/golden/$1.nt"
		diff "tests/golden/$1.nt" "$T/$1.nt" | head -n 20 | sed 's/^/    /'
	fi
}

golden iraq-rallies 2020-01-24 samples/iraq-rallies.txt
finish
