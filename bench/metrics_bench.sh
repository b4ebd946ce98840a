#!/bin/sh
# metrics_bench.sh — build and run the metrics benchmark.
# Usage: bench/metrics_bench.sh [NODES [EDGES [--exact] [--jobs N]]]   (default 20000 100000, 1 job)
# EG_BENCH_BUILD names the build directory (default /tmp/entgraph-bench).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${EG_BENCH_BUILD:-/tmp/entgraph-bench}
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DEG_BUILD_BENCH=ON -DEG_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target metrics_bench >/dev/null
"$build/bench/metrics_bench" "$@"
