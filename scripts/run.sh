#!/usr/bin/env bash
# run.sh — install what is missing, build, and run entgraph on samples/ writing output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
./build/entgraph --out-dir output samples/
