#!/usr/bin/env bash
# run.sh — corpus-scale benchmark: generates a news-like JSONL corpus
# (bench/gen_corpus.py) and times, on the same file, `wc -w` (the floor),
# entgraph --jobs 1 and --jobs $(nproc) (extraction alone, as `entgraph extract`,
# and end to end through graph JSON without SVG), and, when Node.js and npm are
# there, the compromise NLP library doing sentence-level person/organisation
# co-occurrence (the usual peer) on a slice. Then peak RSS for each extra size.
#
# Usage: bench/run.sh [SIZE] [RSS_SIZE...]     e.g. bench/run.sh 20M 10M 200M 1G
#   ENTGRAPH   binary (default build/entgraph)   BENCH_DIR  scratch (default /tmp/entgraph-bench)
#   PEER_SLICE bytes of the corpus given to compromise (default 2M)
#   SKIP_BUILD=1 skip the end-to-end runs (metrics on a large graph take minutes)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bin=${ENTGRAPH:-$src/build/entgraph}
dir=${BENCH_DIR:-/tmp/entgraph-bench}
size=${1:-20M}
shift || true
ncpu=$(nproc)
mkdir -p "$dir"

gen() { # gen SIZE -> path
    local f="$dir/corpus-$1.jsonl"
    [ -s "$f" ] || python3 "$src/bench/gen_corpus.py" "$1" -o "$f"
    echo "$f"
}
# measure LABEL CMD... : prints "LABEL seconds peakKB" (stdout of CMD discarded)
measure() {
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$dir/time.out" "$@" > /dev/null 2> "$dir/stderr-$label.txt"
    read -r secs kb < "$dir/time.out"
    echo "$label $secs $kb"
}
row() { # row LABEL SECONDS KB BYTES WORDS
    awk -v l="$1" -v s="$2" -v k="$3" -v b="$4" -v w="$5" 'BEGIN {
        if (s < 0.001) s = 0.001
        printf "| %-44s | %8.2f s | %8.3f MB/s | %12.0f words/s | %6.0f MB |\n", l, s, b / 1e6 / s, w / s, k / 1024 }'
}

corpus=$(gen "$size")
bytes=$(stat -c %s "$corpus")
words=$(wc -w < "$corpus")
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Corpus: $corpus ($bytes bytes, $words words by wc -w, $(wc -l < "$corpus") documents)"
echo
echo "| run | time | throughput | tokens (wc -w) | peak RSS |"
echo "| --- | --- | --- | --- | --- |"
read -r _ s k < <(measure wc wc -w "$corpus"); row "wc -w (the floor)" "$s" "$k" "$bytes" "$words"
for j in 1 "$ncpu"; do
    read -r _ s k < <(measure x "$bin" extract -q -j"$j" "$corpus"); row "entgraph extract --jobs $j (partial graph)" "$s" "$k" "$bytes" "$words"
done
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    for j in 1 "$ncpu"; do
        read -r _ s k < <(measure "e2e$j" "$bin" -q --timings -j"$j" --json /dev/null "$corpus"); row "entgraph --jobs $j --json /dev/null (end to end)" "$s" "$k" "$bytes" "$words"
    done
    for j in 1 "$ncpu"; do # stage by stage: wall time and peak RSS so far (--timings)
        echo
        echo "Stages, --jobs $j:"
        sed -n 's/^entgraph: timing: */    /p' "$dir/stderr-e2e$j.txt"
    done
fi

# the peer: compromise, sentence-level person/organisation co-occurrence
if command -v node > /dev/null && command -v npm > /dev/null; then
    peer=$dir/peer
    if [ ! -d "$peer/node_modules/compromise" ]; then
        mkdir -p "$peer"
        (cd "$peer" && npm init -y > /dev/null && npm install --silent compromise > /dev/null 2>&1) || echo "(npm install compromise failed: no peer)"
    fi
    if [ -d "$peer/node_modules/compromise" ]; then
        cat > "$peer/cooc.js" <<'EOF'
// Sentence-level co-occurrence of people and organisations with compromise.
const fs = require('fs'), readline = require('readline'), nlp = require('compromise');
const pairs = new Map();
let docs = 0;
const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
rl.on('line', line => {
  if (!line.trim()) return;
  const text = JSON.parse(line).text;
  docs++;
  for (const s of nlp(text).sentences().json()) {
    const d = nlp(s.text);
    const names = [...new Set([...d.people().out('array'), ...d.organizations().out('array')].map(x => x.trim()))];
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const k = names[i] < names[j] ? names[i] + '\t' + names[j] : names[j] + '\t' + names[i];
        pairs.set(k, (pairs.get(k) || 0) + 1);
      }
  }
});
rl.on('close', () => console.log(JSON.stringify({ docs, pairs: pairs.size })));
EOF
        slice=$dir/slice.jsonl
        head -c "${PEER_SLICE:-2000000}" "$corpus" | head -n -1 > "$slice"
        sb=$(stat -c %s "$slice")
        sw=$(wc -w < "$slice")
        read -r _ s k < <(measure x node "$peer/cooc.js" "$slice")
        row "compromise $(node -p 'require(process.argv[1]+"/node_modules/compromise/package.json").version' "$peer") (node $(node --version)), $((sb / 1000)) kB slice" "$s" "$k" "$sb" "$sw"
        read -r _ s k < <(measure x "$bin" extract -q -j1 "$slice"); row "entgraph extract --jobs 1, same slice" "$s" "$k" "$sb" "$sw"
    fi
fi

# memory against corpus size
if [ $# -gt 0 ]; then
    echo
    echo "| corpus | bytes | entities | edges | extract --jobs $ncpu peak RSS | time |"
    echo "| --- | --- | --- | --- | --- | --- |"
    for sz in "$@"; do
        f=$(gen "$sz")
        /usr/bin/time -f "%e %M" -o "$dir/time.out" "$bin" extract -q -j"$ncpu" "$f" > "$dir/part.jsonl"
        read -r secs kb < "$dir/time.out"
        printf "| %s | %s | %s | %s | %.0f MB | %s s |\n" "$sz" "$(stat -c %s "$f")" "$(grep -c '^{"entity"' "$dir/part.jsonl")" \
            "$(grep -c '^{"edge"' "$dir/part.jsonl")" "$((kb / 1024))" "$secs"
    done
fi
