#!/bin/sh
# Runs the Redland-facing test binaries, and newskg on the sample article,
# under valgrind: any error or definite/indirect leak fails.
set -u
bin=$1
shift
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"
# Keep librdf from loading storage modules we do not use (see FACTS.md).
REDLAND_MODULE_PATH=$(mktemp -d)
export REDLAND_MODULE_PATH
pass=0
fail=0
run() {
	if $vg "$@" >/dev/null 2>"$REDLAND_MODULE_PATH/err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAILED under valgrind: $*"
		cat "$REDLAND_MODULE_PATH/err"
	fi
}
# The store tests need librdf's storage modules: the default module path,
# with the modules' known leaks suppressed (tests/valgrind.supp).
run_store() {
	if env -u REDLAND_MODULE_PATH $vg --suppressions=tests/valgrind.supp "$@" >/dev/null \
		2>"$REDLAND_MODULE_PATH/err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAILED under valgrind: $*"
		cat "$REDLAND_MODULE_PATH/err"
	fi
}
for t in "$@"; do
	case $t in
	*/test_graph_store*) run_store "$t" ;;
	*) run "$t" ;;
	esac
done
for f in turtle ntriples nquads; do
	run "$bin" extract --date 2020-01-24 -f "$f" samples/iraq-rallies.txt
done
rm -rf "$REDLAND_MODULE_PATH"
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
