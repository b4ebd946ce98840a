#!/usr/bin/env bash
# test.sh — install what is missing, build, and run the whole test suite with ctest;
# then the same suite once more under AddressSanitizer + UndefinedBehaviorSanitizer
# (skip that second pass with EG_NO_SANITIZE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEG_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
if [ "${EG_NO_SANITIZE:-0}" != 1 ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DEG_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$jobs"
  # Graphviz keeps plugin and font caches for the life of the process: leaks inside it are not ours.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 EG_HOSTILE_SCALE=10 EG_HOSTILE_SLOW=5 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
fi
