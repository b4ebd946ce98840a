#!/usr/bin/env bash
# update_golden.sh — regenerate the golden end-to-end outputs of samples/*.txt
# after an intended change: review `git diff tests/golden` before committing.
#
# Usage: scripts/update_golden.sh [ENTGRAPH_BIN [DEST_DIR]]
#   ENTGRAPH_BIN  default: build/entgraph under the source tree
#   DEST_DIR      default: tests/golden under the source tree
# tests/check_golden.sh runs this same script into a temporary directory and
# diffs the result against tests/golden, so generation lives in one place.
#
# Produced per sample NAME:      NAME.json (--json), NAME.explain.json (--explain)
# Produced for the whole corpus: all/{graph.json,graph.dot,graph.svg,nodes.csv,edges.csv}
#                                and all/summary.txt (stdout, output dir shown as OUT)
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$src/build/entgraph}
dest=${2:-$src/tests/golden}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
case $dest in /*) ;; *) dest=$PWD/$dest ;; esac

if [ ! -x "$bin" ]; then
    echo "update_golden: no entgraph binary at $bin" >&2
    exit 2
fi

mkdir -p "$dest/all"
# Document ids are the paths as given: run from the source tree with relative
# paths so the outputs do not depend on where the checkout lives.
cd "$src"
for f in samples/*.txt; do
    name=$(basename "$f" .txt)
    "$bin" -q --json "$dest/$name.json" --explain "$dest/$name.explain.json" "$f"
done
"$bin" -o "$dest/all" samples/ > "$dest/all/summary.txt.tmp"
sed "s|$dest/all|OUT|g" "$dest/all/summary.txt.tmp" > "$dest/all/summary.txt"
rm -f "$dest/all/summary.txt.tmp"
