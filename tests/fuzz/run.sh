#!/bin/sh
# Runs each libFuzzer harness of BUILD/fuzz/ for SECONDS, one at a time, at
# low priority (the machine is shared): seeds from tests/fuzz/corpus/<t>,
# new inputs into BUILD/corpus/<t>, crashes into BUILD/crashes/.  With
# MERGE=1 the new inputs that add coverage are merged, minimised, into
# tests/fuzz/corpus/<t>.
#
#   sh tests/fuzz/run.sh BUILD SECONDS MERGE TARGET...
set -u
build=$1
secs=$2
merge=$3
shift 3
# Redland: no storage modules (faster start, nothing dlopen'ed).
REDLAND_MODULE_PATH=$(mktemp -d)
export REDLAND_MODULE_PATH
status=0
for t in "$@"; do
	mkdir -p "$build/corpus/$t" "$build/crashes" "tests/fuzz/corpus/$t"
	echo "fuzz: $t for ${secs}s"
	if ! nice -n 10 "$build/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=20 \
		-rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix="$build/crashes/$t-" \
		"$build/corpus/$t" "tests/fuzz/corpus/$t" >"$build/fuzz-$t.log" 2>&1; then
		status=1
		echo "fuzz: $t FAILED, see $build/fuzz-$t.log and $build/crashes/"
		tail -n 30 "$build/fuzz-$t.log"
	fi
	grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$build/fuzz-$t.log" |
		sed "s/^/fuzz: $t /"
	if [ "$merge" = 1 ]; then
		nice -n 10 "$build/fuzz/fuzz_$t" -merge=1 -timeout=20 -rss_limit_mb=2048 \
			-max_len=65536 "tests/fuzz/corpus/$t" "$build/corpus/$t" \
			>>"$build/fuzz-$t.log" 2>&1 || status=1
	fi
done
rm -rf "$REDLAND_MODULE_PATH"
exit $status
