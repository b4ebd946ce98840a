#!/usr/bin/env bash
# run.sh — build the libFuzzer targets with clang in BUILD (default /tmp/build-fuzz)
# and run each for SECONDS (default 60), one after another, on the seed corpus.
# New corpus entries go to BUILD/fuzz/work/<target>/; crashes to BUILD/fuzz/crash/<target>/.
# Usage: fuzz/run.sh [SECONDS] [TARGET...]
set -u
secs=${1:-60}
shift || true
targets=${*:-tokenize pipeline aliases partial}
src=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-/tmp/build-fuzz}
CC=clang cmake -S "$src" -B "$build" -DEG_BUILD_FUZZERS=ON -DEG_BUILD_TESTS=OFF >/dev/null || exit 1
cmake --build "$build" -j2 >/dev/null || exit 1
status=0
for t in $targets; do
  work="$build/fuzz/work/$t"; crash="$build/fuzz/crash/$t"
  mkdir -p "$work" "$crash"
  echo "== fuzz_$t for ${secs}s"
  "$build/fuzz/fuzz_$t" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$crash/" -print_final_stats=1 "$work" "$src/fuzz/corpus/$t" \
      >"$build/fuzz/$t.log" 2>&1 || status=1
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)' "$build/fuzz/$t.log"
  ls "$crash"
done
exit $status
