#!/bin/sh
# Replays tests/fuzz/corpus/<t> through BUILD/fuzz/replay_<t> for each
# target; any broken invariant or sanitizer report fails.  Prints a line per
# target and "fuzz-replay: N passed, N failed".
#
#   sh tests/fuzz/replay.sh BUILD TARGET...
set -u
build=$1
shift
REDLAND_MODULE_PATH=$(mktemp -d)
export REDLAND_MODULE_PATH
log=$REDLAND_MODULE_PATH/log
pass=0
fail=0
for t in "$@"; do
	if [ ! -d "tests/fuzz/corpus/$t" ]; then
		echo "FAIL fuzz-replay $t: no corpus tests/fuzz/corpus/$t"
		fail=$((fail + 1))
	elif "$build/fuzz/replay_$t" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
		pass=$((pass + 1))
		echo "ok   fuzz-replay $t: $(tail -n 1 "$log" | sed 's/^replay: //')"
	else
		fail=$((fail + 1))
		echo "FAIL fuzz-replay $t"
		grep -v '^replay: tests/' "$log" | head -n 40
		grep '^replay: tests/' "$log" | tail -n 1
	fi
done
rm -rf "$REDLAND_MODULE_PATH"
echo "fuzz-replay: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
