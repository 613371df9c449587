#!/bin/sh
# bench/run.sh - speed and memory of newskg, as ratios against references run
# in the same session.  See bench/README.md.
#
#   sh bench/run.sh NEWSKG            the benchmark (what `make bench` runs)
#   sh bench/run.sh --perf NEWSKG     profile newskg on the 1x corpus, top 15
#
# Everything it makes goes to BENCH_DIR (default: the folder of NEWSKG +
# /bench, i.e. build/bench for `make bench`).  Settings (environment):
#   BENCH_RUNS=3             timed runs per measurement (the median is kept)
#   BENCH_NT_MULTS="1 10"    corpus multipliers for N-Triples (e.g. "1 10 100")
#   BENCH_TTL_MULTS="1 10"   corpus multipliers for Turtle
#   BENCH_FLOOR_MULTS="1 10" multipliers at which the raptor/librdf floor runs
#                            (each must also be in BENCH_NT_MULTS)
#   BENCH_COMPROMISE_MULT=1  corpus multiplier for compromise
#   BENCH_COMPROMISE_RUNS    timed runs of compromise (default BENCH_RUNS)
#   BENCH_SKIP_COMPROMISE=1  do not run compromise (ratio 2 not measured)
#   BENCH_TIMEOUT=1800       seconds after which one newskg run is killed
#   BENCH_DATA               the shared data (default ../shared/data beside the repo)
#   BENCH_KEEP=1             keep the outputs of the bigger corpora
#   BENCH_JOBS=2             also run N-Triples with -j N at the compromise
#                            corpus (wall-clock ratio beside the CPU one); 1: not
#   BENCH_TINY=N             also run N tiny one-line articles (e.g. 1000000):
#                            articles/s, triples/s, peak RSS; 0 (default): not
#   BENCH_TINY_OUT=file      write the tiny run's output to a file (deleted
#                            afterwards) instead of /dev/null
#   BENCH_PERF_TOOL          perf or callgrind (--perf; default: perf when usable)
#   BENCH_PERF_FORMAT        ntriples or turtle (--perf; default ntriples)
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench

die() {
	echo "bench: $*" >&2
	exit 1
}

usage() {
	echo "usage: sh bench/run.sh [--perf] NEWSKG" >&2
	exit 2
}

PERF=0
if [ "${1:-}" = "--perf" ]; then
	PERF=1
	shift
fi
[ $# -eq 1 ] || usage
NEWSKG=$1
case $NEWSKG in
/*) ;;
*) NEWSKG=$PWD/$NEWSKG ;;
esac

BD=${BENCH_DIR:-$(dirname "$NEWSKG")/bench}
DATA=${BENCH_DATA:-$ROOT/../shared/data}
RUNS=${BENCH_RUNS:-3}
# (set to empty to skip: BENCH_NT_MULTS= BENCH_TTL_MULTS= BENCH_FLOOR_MULTS=)
NT_MULTS=${BENCH_NT_MULTS-1 10}
TTL_MULTS=${BENCH_TTL_MULTS-1 10}
FLOOR_MULTS=${BENCH_FLOOR_MULTS-1 10}
CMP_MULT=${BENCH_COMPROMISE_MULT:-1}
CMP_RUNS=${BENCH_COMPROMISE_RUNS:-$RUNS}
SKIP_CMP=${BENCH_SKIP_COMPROMISE:-0}
TIMEOUT=${BENCH_TIMEOUT:-1800}
KEEP=${BENCH_KEEP:-0}
JOBS=${BENCH_JOBS:-2}
TINY=${BENCH_TINY:-0}
TINY_OUT=${BENCH_TINY_OUT:-null}

# ---- prerequisites ---------------------------------------------------------

# need COMMAND DEBIAN-PACKAGE: installs the package when the command is missing.
need() {
	command -v "$1" >/dev/null 2>&1 && return 0
	echo "bench: '$1' is missing, installing Debian package $2" >&2
	sh "$ROOT/tools/install-deps.sh" "$2" >&2 || true
	command -v "$1" >/dev/null 2>&1
}

[ -x "$NEWSKG" ] || die "no newskg binary at '$NEWSKG' (build it first: make)"
if [ ! -d "$DATA/meantime" ] || [ ! -d "$DATA/gum_news" ] || [ ! -d "$DATA/ecbplus" ]; then
	die "shared data not found in '$DATA'" \
		"(set BENCH_DATA to the folder holding meantime/, gum_news/, ecbplus/)"
fi
need python3 python3 || die "python3 is missing and could not be installed"
need cc gcc || die "no C compiler (make deps installs gcc)"
need pkg-config pkg-config || die "pkg-config is missing (make deps installs it)"
pkg-config --exists redland raptor2 ||
	die "Redland development files are missing (make deps installs librdf0-dev libraptor2-dev)"
case $RUNS in '' | *[!0-9]* | 0) die "BENCH_RUNS must be a positive number, not '$RUNS'" ;; esac
for m in $NT_MULTS $TTL_MULTS $FLOOR_MULTS $CMP_MULT; do
	case $m in '' | *[!0-9]* | 0) die "corpus multipliers must be positive numbers, not '$m'" ;; esac
done
case $JOBS in '' | *[!0-9]* | 0) die "BENCH_JOBS must be a positive number, not '$JOBS'" ;; esac
case $TINY in '' | *[!0-9]*) die "BENCH_TINY must be a number, not '$TINY'" ;; esac
case $TINY_OUT in null | file) ;; *) die "BENCH_TINY_OUT must be null or file, not '$TINY_OUT'" ;; esac
for m in $FLOOR_MULTS; do
	case " $NT_MULTS " in *" $m "*) ;; *) die "BENCH_FLOOR_MULTS: $m is not in BENCH_NT_MULTS" ;; esac
done

mkdir -p "$BD"
CFLAGS_BENCH="-std=c11 -O2 -g -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
-Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wvla -fno-common"
# shellcheck disable=SC2086
cc $CFLAGS_BENCH -o "$BD/measure" "$BENCH/measure.c" ||
	die "cannot compile bench/measure.c"
# shellcheck disable=SC2086,SC2046
cc $CFLAGS_BENCH $(pkg-config --cflags redland raptor2) -o "$BD/rdf_floor" "$BENCH/rdf_floor.c" \
	$(pkg-config --libs redland raptor2) || die "cannot compile bench/rdf_floor.c"

# newer A B: A was modified after B.
newer() {
	[ -n "$(find "$1" -newer "$2" 2>/dev/null)" ]
}

# ---- corpus ----------------------------------------------------------------

# corpus MULT...: builds the corpora that are missing or older than the script.
corpus() {
	todo=""
	for m in "$@"; do
		f=$BD/corpus-${m}x.jsonl
		if [ ! -s "$f" ] || [ ! -s "$BD/corpus-${m}x.stats" ] ||
			newer "$BENCH/make_corpus.py" "$f"; then
			case " $todo " in *" $m "*) ;; *) todo="$todo $m" ;; esac
		fi
	done
	[ -z "$todo" ] && return 0
	echo "bench: building corpus (multipliers:$todo) in $BD" >&2
	# shellcheck disable=SC2086
	python3 "$BENCH/make_corpus.py" "$DATA" "$BD" $todo || die "cannot build the corpus"
}

# ---- --perf ------------------------------------------------------------------

if [ "$PERF" = 1 ]; then
	corpus 1
	fmt=${BENCH_PERF_FORMAT:-ntriples}
	tool=${BENCH_PERF_TOOL:-}
	if [ -z "$tool" ]; then
		if command -v perf >/dev/null 2>&1 &&
			perf record -q -o "$BD/perf-probe.data" true >/dev/null 2>&1; then
			tool=perf
		else
			tool=callgrind
		fi
		rm -f "$BD/perf-probe.data"
	fi
	in=$BD/corpus-1x.jsonl
	case $tool in
	perf)
		need perf linux-perf || die "perf is missing (apt-get install linux-perf)"
		echo "bench: perf record of newskg extract --jsonl -f $fmt on $in" >&2
		perf record -q -g -o "$BD/perf.data" "$NEWSKG" extract --jsonl -f "$fmt" "$in" \
			>/dev/null 2>"$BD/perf-newskg.err" ||
			die "perf record failed (see $BD/perf-newskg.err; kernel.perf_event_paranoid?)"
		echo "Top 15 functions by self time (perf, $fmt, 1x corpus):"
		perf report -i "$BD/perf.data" --no-children --sort dso,symbol -g none --stdio \
			2>/dev/null | grep -E '^ +[0-9.]+%' | sed 's/[[:space:]-]*$//' | head -n 15
		echo "(full profile: perf report -i $BD/perf.data)"
		;;
	callgrind)
		need valgrind valgrind || die "valgrind is missing (apt-get install valgrind)"
		echo "bench: callgrind of newskg extract --jsonl -f $fmt on $in (slow: ~50x)" >&2
		valgrind --tool=callgrind --callgrind-out-file="$BD/callgrind.out" \
			"$NEWSKG" extract --jsonl -f "$fmt" "$in" >/dev/null 2>"$BD/callgrind.err" ||
			die "valgrind failed (see $BD/callgrind.err)"
		echo "Top 15 functions by self cost (callgrind instructions, $fmt, 1x corpus):"
		callgrind_annotate "$BD/callgrind.out" 2>/dev/null |
			grep -E '^ *[0-9,]+ \([ 0-9.]+%\)' | grep -v 'PROGRAM TOTALS' | head -n 15
		echo "(full profile: callgrind_annotate $BD/callgrind.out)"
		;;
	*) die "BENCH_PERF_TOOL must be perf or callgrind, not '$tool'" ;;
	esac
	exit 0
fi

# ---- the benchmark -------------------------------------------------------------

RES=$BD/results.tsv
: >"$RES"
tab=$(printf '\t')

# rec TYPE KEY=VALUE...: one result line (tab-separated).
rec() {
	line=$1
	shift
	for kv in "$@"; do
		line="$line$tab$kv"
	done
	printf '%s\n' "$line" >>"$RES"
}

# field LINE KEY: the value of KEY=... in a line of key=value words.
field() {
	printf '%s\n' "$1" | tr '\t' ' ' | tr ' ' '\n' | sed -n "s/^$2=//p" | head -n 1
}

ext_of() {
	case $1 in
	ntriples) echo nt ;;
	turtle) echo ttl ;;
	nquads) echo nq ;;
	esac
}

# count_triples FILE: statements in an N-Triples / N-Quads file.
count_triples() {
	grep -cv -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1" || true
}

# shellcheck disable=SC2086
ALL_MULTS=$(printf '%s\n' $NT_MULTS $TTL_MULTS $FLOOR_MULTS $CMP_MULT | sort -n -u | tr '\n' ' ')
# shellcheck disable=SC2086
corpus $ALL_MULTS
uptime_load=$(cut -d' ' -f1-3 /proc/loadavg)

# -- machine and versions
cpu=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
# shellcheck disable=SC1091
os=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)
nv=$("$NEWSKG" --version 2>/dev/null | head -n 1) || nv=""
[ -n "$nv" ] || nv="(newskg --version failed)"
rec info "key=nproc" "value=$(nproc)"
rec info "key=cpu" "value=${cpu:-unknown}"
rec info "key=memory" "value=$mem"
rec info "key=os" "value=$os, kernel $(uname -r)"
rec info "key=date" "value=$(date -u '+%Y-%m-%d %H:%M UTC')"
rec info "key=load" "value=$uptime_load (1/5/15 min load average before the runs)"
rec info "key=newskg" "value=$nv"
rec info "key=raptor2" "value=$(pkg-config --modversion raptor2)"
rec info "key=librdf" "value=$(pkg-config --modversion redland)"
rec info "key=runs" "value=$RUNS"
for m in $ALL_MULTS; do
	read -r a w b <"$BD/corpus-${m}x.stats"
	rec corpus "mult=$m" "articles=$a" "words=$w" "bytes=$b"
done

# run_newskg FORMAT MULT [JOBS]: RUNS timed runs of newskg extract (-j JOBS,
# default 1).  The output goes to $BD/out-MULTx.EXT at 1x and at the floor's
# multipliers (deleted later for big corpora), else to /dev/null (the 100x
# N-Triples would be ~5 GB); the triple count is then the 1x count times
# MULT.  With JOBS > 1 the output goes to out-MULTx-jJOBS.EXT instead.
run_newskg() {
	fmt=$1
	m=$2
	jobs=${3:-1}
	in=$BD/corpus-${m}x.jsonl
	out=/dev/null
	jx=""
	[ "$jobs" = 1 ] || jx=-j$jobs
	case " 1 $FLOOR_MULTS " in
	*" $m "*) out=$BD/out-${m}x$jx.$(ext_of "$fmt") ;;
	esac
	err=$BD/newskg-$fmt-${m}x$jx.err
	r=1
	while [ "$r" -le "$RUNS" ]; do
		echo "bench: newskg extract --jsonl -f $fmt -j $jobs, ${m}x corpus, run $r/$RUNS" >&2
		line=$("$BD/measure" -t "$TIMEOUT" "$out" "$err" "$NEWSKG" extract --jsonl -f "$fmt" \
			-j "$jobs" "$in") ||
			die "cannot run $NEWSKG"
		st=$(field "$line" status)
		if [ "$(field "$line" timeout)" = 1 ]; then
			echo "bench: newskg took more than $TIMEOUT s on the ${m}x corpus: killed" >&2
			rec fail "what=newskg $fmt ${m}x" "why=killed after $TIMEOUT s (BENCH_TIMEOUT)"
			return 1
		fi
		if [ "$st" -ge 2 ]; then
			echo "bench: newskg failed (exit $st) on the ${m}x corpus:" >&2
			head -n 5 "$err" >&2
			rec fail "what=newskg $fmt ${m}x" "why=exit status $st: $(head -n 1 "$err")"
			return 1
		fi
		if [ "$st" = 1 ]; then
			nerr=$(wc -l <"$err")
			txt="newskg $fmt ${m}x exited 1 (some articles rejected; $nerr lines on stderr,"
			rec note "text=$txt first: $(head -n 1 "$err"))"
		fi
		triples=""
		if [ "$r" = 1 ] && [ "$fmt" != turtle ] && [ "$out" != /dev/null ]; then
			triples=$(count_triples "$out")
		fi
		# shellcheck disable=SC2086
		rec newskg "fmt=$fmt" "mult=$m" "jobs=$jobs" "run=$r" $line ${triples:+"triples=$triples"}
		r=$((r + 1))
	done
	return 0
}

for m in $NT_MULTS; do
	run_newskg ntriples "$m" || true
done
for m in $TTL_MULTS; do
	run_newskg turtle "$m" || true
done
# -j JOBS beside -j 1 on the compromise corpus: wall clock on JOBS cores
if [ "$JOBS" != 1 ]; then
	case " $NT_MULTS " in
	*" $CMP_MULT "*)
		if run_newskg ntriples "$CMP_MULT" "$JOBS"; then
			a=$BD/out-${CMP_MULT}x.nt
			b=$BD/out-${CMP_MULT}x-j$JOBS.nt
			if [ -s "$a" ] && [ -s "$b" ]; then
				same=no
				cmp -s "$a" "$b" && same=yes
				rec check "file=-j $JOBS output, ntriples ${CMP_MULT}x" "identical_to_j1=$same"
			fi
			rm -f "$b"
		fi
		;;
	*) rec note "text=-j $JOBS not run: BENCH_COMPROMISE_MULT ($CMP_MULT) is not in BENCH_NT_MULTS" ;;
	esac
fi

# -- many tiny articles: the per-article overhead at scale
if [ "$TINY" -gt 0 ]; then
	tin=$BD/tiny-$TINY.jsonl
	if [ ! -s "$tin" ] || [ ! -s "$BD/tiny-$TINY.stats" ] || newer "$BENCH/make_corpus.py" "$tin"; then
		echo "bench: writing $TINY tiny articles to $tin" >&2
		python3 "$BENCH/make_corpus.py" --tiny "$TINY" "$BD" || die "cannot build the tiny corpus"
	fi
	read -r a w b <"$BD/tiny-$TINY.stats"
	rec tinycorpus "articles=$a" "words=$w" "bytes=$b" "output=$TINY_OUT"
	# the triples, counted once outside the timed runs (a pipe into wc)
	echo "bench: counting the triples of $TINY tiny articles (untimed)" >&2
	tt=$("$NEWSKG" extract -q -f ntriples "$tin" 2>/dev/null | wc -l | tr -d ' ') || tt=""
	tout=/dev/null
	[ "$TINY_OUT" = file ] && tout=$BD/out-tiny.nt
	terr=$BD/newskg-tiny.err
	r=1
	while [ "$r" -le "$RUNS" ]; do
		echo "bench: newskg extract -f ntriples on $TINY tiny articles, run $r/$RUNS" >&2
		line=$("$BD/measure" -t "$TIMEOUT" "$tout" "$terr" "$NEWSKG" extract -f ntriples \
			"$tin") || die "cannot run $NEWSKG"
		st=$(field "$line" status)
		if [ "$(field "$line" timeout)" = 1 ] || [ "$st" -ge 1 ]; then
			rec fail "what=newskg tiny $TINY" "why=exit status $st: $(head -n 1 "$terr")"
			break
		fi
		# shellcheck disable=SC2086
		rec tiny "run=$r" $line ${tt:+"triples=$tt"}
		r=$((r + 1))
		rm -f "$BD/out-tiny.nt"
	done
	rm -f "$BD/out-tiny.nt" "$terr"
fi

# -- sanity: the 1x outputs parse with rapper and hold the same triples
if command -v rapper >/dev/null 2>&1; then
	for f in "$BD/out-1x.nt:ntriples" "$BD/out-1x.ttl:turtle"; do
		path=${f%:*}
		syn=${f##*:}
		[ -s "$path" ] || continue
		n=$(rapper -i "$syn" -c "$path" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
		rec check "file=$(basename "$path")" "rapper_triples=${n:-parse error}"
	done
else
	rec note "text=rapper (raptor2-utils) not installed: outputs not re-parsed"
fi

# -- reference: how fast rapper parses the 1x N-Triples (optional)
if command -v rapper >/dev/null 2>&1 && [ -s "$BD/out-1x.nt" ]; then
	r=1
	while [ "$r" -le "$RUNS" ]; do
		echo "bench: rapper -i ntriples -c on the 1x output, run $r/$RUNS" >&2
		line=$("$BD/measure" -t "$TIMEOUT" /dev/null /dev/null rapper -q -i ntriples -c \
			"$BD/out-1x.nt") || break
		# shellcheck disable=SC2086
		rec rapper "mult=1" "run=$r" $line
		r=$((r + 1))
	done
fi

# -- ratio 1: the raptor/librdf floor on the same triples
for m in $FLOOR_MULTS; do
	nt=$BD/out-${m}x.nt
	[ -s "$nt" ] || {
		rec fail "what=floor ${m}x" "why=no N-Triples output of newskg at ${m}x"
		continue
	}
	nq=$BD/out-${m}x.nq
	echo "bench: newskg -f nquads on the ${m}x corpus (untimed: document boundaries for the floor)" >&2
	line=$("$BD/measure" -t "$TIMEOUT" "$nq" "$BD/newskg-nquads-${m}x.err" \
		"$NEWSKG" extract --jsonl -f nquads "$BD/corpus-${m}x.jsonl") || line="status=255"
	if [ "$(field "$line" status)" -le 1 ] && [ -s "$nq" ] &&
		[ "$(count_triples "$nq")" = "$(count_triples "$nt")" ]; then
		input=$nq
		split=""
	else
		read -r a w b <"$BD/corpus-${m}x.stats"
		input=$nt
		split="-n $a"
		rec note "text=floor ${m}x: no usable N-Quads output, N-Triples split into $a equal documents"
	fi
	for fmt in ntriples turtle; do
		pfx=""
		[ "$fmt" = turtle ] && [ -s "$BD/out-1x.ttl" ] && pfx="-p $BD/out-1x.ttl"
		echo "bench: raptor/librdf floor, $fmt, ${m}x ($RUNS runs)" >&2
		# shellcheck disable=SC2086
		if out=$("$BD/rdf_floor" -f "$fmt" $pfx $split -r "$RUNS" "$input" 2>"$BD/floor.err"); then
			summary=$(printf '%s\n' "$out" | tail -n 1)
			# shellcheck disable=SC2086
			rec floor "fmt=$fmt" "mult=$m" $summary
		else
			rec fail "what=floor $fmt ${m}x" "why=$(head -n 1 "$BD/floor.err")"
		fi
	done
	# the floor writes exactly what newskg wrote (same triples, same bytes)?
	if [ "$m" = 1 ]; then
		for fmt in ntriples turtle; do
			ref=$BD/out-1x.$(ext_of "$fmt")
			[ -s "$ref" ] || continue
			pfx=""
			[ "$fmt" = turtle ] && pfx="-p $ref"
			# shellcheck disable=SC2086
			if "$BD/rdf_floor" -f "$fmt" $pfx $split -r 1 -o "$BD/floor-1x.out" "$input" \
				>/dev/null 2>&1 && cmp -s "$BD/floor-1x.out" "$ref"; then
				same=yes
			else
				same=no
			fi
			rec check "file=floor output, $fmt 1x" "identical_to_newskg=$same"
			rm -f "$BD/floor-1x.out"
		done
	fi
	[ "$m" = 1 ] || [ "$KEEP" = 1 ] || rm -f "$nq"
done
if [ "$KEEP" != 1 ]; then
	for m in $ALL_MULTS; do
		[ "$m" = 1 ] || rm -f "$BD/out-${m}x.nt" "$BD/out-${m}x.ttl" "$BD/out-${m}x.nq"
	done
fi

# -- ratio 2: compromise on the same texts
if [ "$SKIP_CMP" = 1 ]; then
	rec note "text=compromise skipped (BENCH_SKIP_COMPROMISE=1)"
elif ! need node nodejs || ! need npm npm; then
	rec fail "what=compromise" "why=node or npm missing (apt-get install nodejs npm)"
	echo "bench: node/npm missing: compromise not measured" >&2
else
	rec info "key=node" "value=$(node --version)"
	if [ ! -f "$BENCH/node_modules/compromise/package.json" ] ||
		[ ! -f "$BENCH/node_modules/.package-lock.json" ] ||
		newer "$BENCH/package-lock.json" "$BENCH/node_modules/.package-lock.json"; then
		echo "bench: npm ci --prefix bench (installs compromise)" >&2
		npm ci --prefix "$BENCH" --no-audit --no-fund >&2 ||
			rec fail "what=compromise" "why=npm ci --prefix bench failed"
	fi
	if [ -f "$BENCH/node_modules/compromise/package.json" ]; then
		echo "bench: compromise people/places/organizations, ${CMP_MULT}x corpus ($CMP_RUNS runs)" >&2
		if out=$(cd "$BENCH" && node compromise.mjs "$BD/corpus-${CMP_MULT}x.jsonl" "$CMP_RUNS" \
			2>"$BD/compromise.err"); then
			summary=$(printf '%s\n' "$out" | tail -n 1)
			# shellcheck disable=SC2086
			rec compromise "mult=$CMP_MULT" $summary
		else
			rec fail "what=compromise" "why=$(head -n 1 "$BD/compromise.err")"
		fi
	fi
fi

python3 "$BENCH/report.py" "$RES" "$BD/report.md" || die "cannot write the report"
echo "bench: report written to $BD/report.md" >&2
