#!/bin/sh
# Crash safety: newskg extract --store is killed with SIGKILL in the middle
# of a batch.  Every article graph a reader can see (one with a completion
# marker) must equal the graph a clean run writes for that article, no
# partial graph may survive the next open for writing, and re-running the
# batch must give exactly the store of a clean run.  SQLite, and PostgreSQL
# when NEWSKG_TEST_PG is set (a smaller batch: its adds are slower).
. tests/e2e/lib.sh "$1"
. tests/e2e/store.lib

# Waits until the -v log $1 reports $2 articles or the process $3 ends.
wait_articles() {
	k=0
	while [ "$k" -lt 1200 ]; do
		n=$(grep -c ' triples$' "$1" 2>/dev/null || true)
		[ "${n:-0}" -ge "$2" ] && return 0
		kill -0 "$3" 2>/dev/null || return 1
		sleep 0.1
		k=$((k + 1))
	done
	return 1
}

for kind in $(store_kinds); do
	case $kind in
	sqlite) n_batch=40 kill_after=8 ;;
	postgresql) n_batch=20 kill_after=4 ;;
	esac
	head -n "$n_batch" eval/gold/ecbplus.jsonl >"$T/batch.jsonl"
	"$NKG" extract -q -f nquads "$T/batch.jsonl" | LC_ALL=C sort >"$T/clean.nq"
	S=$(new_spec "$kind" crash)
	FRESH=$(new_spec "$kind" fresh)

	"$NKG" extract -v --store "$S" "$T/batch.jsonl" 2>"$T/log" &
	pid=$!
	if ! wait_articles "$T/log" "$kill_after" "$pid"; then
		fail "$kind: the batch run ended or stalled before $kill_after articles"
		sed 's/^/    log: /' "$T/log" | tail -n 5
	fi
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	grep -q ' articles\? read,' "$T/log" && fail "$kind: the run finished before the kill"

	# What a reader sees: marked graphs, each complete.
	dump "$S" >"$T/crashed.nq"
	marked_of "$T/crashed.nq" >"$T/marked"
	graphs_of "$T/crashed.nq" >"$T/graphs"
	n_marked=$(wc -l <"$T/marked")
	[ "$n_marked" -ge "$kill_after" ] || fail "$kind: only $n_marked complete articles stored"
	[ "$n_marked" -lt "$n_batch" ] || fail "$kind: every article was stored before the kill"
	quads_in "$T/crashed.nq" "$T/marked" >"$T/seen.nq"
	quads_in "$T/clean.nq" "$T/marked" >"$T/want.nq"
	cmp -s "$T/seen.nq" "$T/want.nq" || fail "$kind: a marked article graph differs from a clean run's"
	# Graphs without a marker: none with SQLite's transactions, at most the
	# one in progress with PostgreSQL.
	n_partial=$(comm -23 "$T/graphs" "$T/marked" | wc -l)
	case $kind in
	sqlite) [ "$n_partial" -eq 0 ] || fail "sqlite: $n_partial graphs without a marker" ;;
	postgresql) [ "$n_partial" -le 1 ] || fail "postgresql: $n_partial graphs without a marker" ;;
	esac

	# The next open for writing removes any partial graph.
	nkg remove --store "$S" "${BASE}doc/no-such-article"
	expect_status 1
	dump "$S" >"$T/recovered.nq"
	graphs_of "$T/recovered.nq" >"$T/graphs2"
	cmp -s "$T/graphs2" "$T/marked" || fail "$kind: unmarked graphs survive recovery"
	[ "$n_partial" -eq 0 ] || expect_err "newskg: warning: removed 1 incomplete article graph from the store (an earlier run stopped midway)"

	# Re-running the whole batch gives the store of a clean run.
	nkg extract -q --store "$S" "$T/batch.jsonl"
	expect_status 0
	nkg extract -q --store "$FRESH" "$T/batch.jsonl"
	expect_status 0
	dump "$S" >"$T/rerun.nq"
	dump "$FRESH" >"$T/fresh.nq"
	cmp -s "$T/rerun.nq" "$T/fresh.nq" || fail "$kind: the re-run store differs from a clean run's"
	grep -vF " $BOOK ." "$T/fresh.nq" | cmp -s - "$T/clean.nq" ||
		fail "$kind: the clean store differs from -f nquads"
	[ "$(marked_of "$T/fresh.nq" | wc -l)" -eq "$n_batch" ] ||
		fail "$kind: the clean store lacks markers"
done
finish
