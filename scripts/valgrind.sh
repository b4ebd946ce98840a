#!/usr/bin/env bash
# valgrind.sh — run entgraph on samples/ under valgrind memcheck; exits non-zero on any
# memory error or on a leak of entgraph's own memory (Graphviz's own leaks are suppressed,
# scripts/valgrind.supp). Usage: scripts/valgrind.sh [ENTGRAPH_BIN]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/entgraph}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite \
  --suppressions=scripts/valgrind.supp "$bin" -q --out-dir "$out" samples/
echo "valgrind: clean"
