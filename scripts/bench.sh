#!/usr/bin/env bash
# Benchmarks of the whole pipeline and of each stage, saved under the commit
# they measure and compared with benchstat; then the side-by-side comparison
# with go-trafilatura and prose v2 (examples/compare).
#
# usage: scripts/bench.sh [OLD_RESULTS.txt]
#
#   OLD_RESULTS.txt  an earlier run's benchmark file: benchstat compares it
#                    with this run (otherwise it summarises this run alone)
#
# environment:
#   COUNT=6          runs of each benchmark (benchstat wants 6 or more)
#   OUT=DIR          where results go (default $TMPDIR/communique-bench)
#   COMMITTED=1      measure HEAD as committed (a `git archive` copy), not the
#                    work tree with its uncommitted changes
#   COMPARE=0        skip the comparison harness
#   PROFILE=1        also write CPU profiles of the two pipeline benchmarks
#                    and print their hot spots (go tool pprof -top)
#
# On a machine shared with other work, read the */cpu-s metrics (throughput
# per CPU-second of the process) rather than the wall-clock ones.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
count=${COUNT:-6}
out=${OUT:-${TMPDIR:-/tmp}/communique-bench}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rev=$(git rev-parse --short HEAD)
if [ "${COMMITTED:-0}" = 1 ]; then
	src="$out/src-$rev"
	rm -rf "$src" && mkdir -p "$src"
	git archive HEAD | tar -x -C "$src"
	cd "$src"
else
	git diff --quiet HEAD -- || rev="$rev-dirty"
fi
res="$out/$rev.txt"
benchstat() { go run golang.org/x/perf/cmd/benchstat@latest "$@"; }

echo "== pipeline benchmarks at $rev ($count runs) -> $res" >&2
go test -run '^$' -bench '^BenchmarkExtract(Text|AEB|Long)$' -benchmem -count "$count" ./extract/ | tee "$res"

# Per-stage benchmarks: every package that has any.
stages=$(grep -l '^func Benchmark' --include='*_test.go' -r dates entities quotes extract internal 2>/dev/null |
	xargs -r -n1 dirname | sort -u | sed 's|^|./|')
if [ -n "$stages" ]; then
	echo "== stage benchmarks: $(echo $stages)" >&2
	# shellcheck disable=SC2086
	go test -run '^$' -bench . -skip '^BenchmarkExtract(Text|AEB|Long|Parallel)$' -benchmem -count "$count" $stages |
		tee -a "$res"
fi

echo "== two-core scaling (one Extractor shared by GOMAXPROCS goroutines)" >&2
go test -run '^$' -bench '^BenchmarkExtractParallel$' -benchmem -cpu 1,2 -count "$count" ./extract/ > "$out/$rev-parallel.txt"
benchstat -col /gomaxprocs "$out/$rev-parallel.txt"

if [ $# -ge 1 ]; then
	echo "== benchstat $1 $res" >&2
	benchstat "$1" "$res"
else
	benchstat "$res"
fi

if [ "${PROFILE:-0}" = 1 ]; then
	for b in Text AEB; do
		go test -run '^$' -bench "^BenchmarkExtract$b\$" -benchtime 3s \
			-cpuprofile "$out/$rev-$b.cpu" -o "$out/extract.test" ./extract/ >/dev/null
		echo "== CPU profile of BenchmarkExtract$b: $out/$rev-$b.cpu" >&2
		go tool pprof -top -cum -nodecount 40 "$out/extract.test" "$out/$rev-$b.cpu" 2>/dev/null | sed -n '1,50p'
	done
fi

if [ "${COMPARE:-1}" != 0 ]; then
	echo "== comparison with the peers -> $out/compare-$rev.md, chart examples/compare/compare.svg" >&2
	(cd examples/compare && go run . -pred "$out/pred-$rev" -commit "$rev") | tee "$out/compare-$rev.md"
	if [ "$(pwd)" != "$root" ]; then
		cp examples/compare/compare.svg "$root/examples/compare/compare.svg"
	fi
fi
