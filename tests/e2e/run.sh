#!/bin/sh
# Runs every end-to-end script tests/e2e/*.sh (except run.sh and lib.sh)
# from the repository root, each with the newskg binary as $1, and prints a
# line per script and a closing "e2e: N passed, N failed".
#
#   sh tests/e2e/run.sh build/newskg
#
# A script passes when it exits 0.  Scripts named <module>-*.sh belong to
# that module; lib.sh holds helpers they may source.
set -u
if [ $# -ne 1 ]; then
	echo "usage: sh tests/e2e/run.sh BINARY" >&2
	exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in
/*) bin=$1 ;;
*) bin=$(pwd)/$1 ;;
esac
if [ ! -x "$bin" ]; then
	echo "e2e: '$1' is not an executable" >&2
	exit 2
fi
cd "$root" || exit 2
pass=0
fail=0
log=$(mktemp)
for t in tests/e2e/*.sh; do
	case ${t##*/} in run.sh | lib.sh) continue ;; esac
	if sh "$t" "$bin" >"$log" 2>&1; then
		pass=$((pass + 1))
		echo "ok   ${t##*/}"
	else
		fail=$((fail + 1))
		echo "FAIL ${t##*/}"
		sed 's/^/    /' "$log"
	fi
done
rm -f "$log"
echo "e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
