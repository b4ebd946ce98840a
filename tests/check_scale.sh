#!/usr/bin/env bash
# check_scale.sh — corpus scale: --jobs N gives byte-identical output to --jobs 1;
# map/reduce with partial graphs: merge(extract(A), extract(B)) = extract(A ∪ B),
# merge is commutative and associative (also on concatenated and line-sorted
# input, as a Hadoop reducer sees it), documents counts add up, the partial
# path builds the same graph as the direct run; extract and merge give the same
# bytes when the edge table spills to disk (--memory); bad partial graphs are errors.
#
# Usage (ctest): bash tests/check_scale.sh ENTGRAPH_BIN SOURCE_DIR BINARY_DIR
set -uo pipefail

bin=${1:?usage: check_scale.sh ENTGRAPH_BIN SOURCE_DIR BINARY_DIR}
src=${2:?missing SOURCE_DIR}
out=${3:-${TMPDIR:-/tmp}}
py=/usr/bin/python3
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
tmp=$(mktemp -d "$out/scale.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; fails=$((fails + 1)); }
same() { # same NAME FILE1 FILE2
    if cmp -s "$2" "$3"; then pass "$1"; else fail "$1 ($2 and $3 differ)"; diff "$2" "$3" | head -5 >&2; fi
}

cd "$src" || exit 1
# a small generated corpus (deterministic), split in three parts by documents
$py bench/gen_corpus.py 90K --seed 11 -o "$tmp/c.jsonl" || { echo "generator failed" >&2; exit 1; }
n=$(wc -l < "$tmp/c.jsonl")
head -n $((n / 3)) "$tmp/c.jsonl" > "$tmp/A.jsonl"
sed -n "$((n / 3 + 1)),$((2 * n / 3))p" "$tmp/c.jsonl" > "$tmp/B.jsonl"
tail -n +$((2 * n / 3 + 1)) "$tmp/c.jsonl" > "$tmp/C.jsonl"
echo "generated corpus: $n documents, $(wc -c < "$tmp/c.jsonl") bytes"

# 1. threads: byte-identical outputs and partial graphs
for input in samples "$tmp/c.jsonl"; do
    tag=$(basename "$input")
    "$bin" -q -j1 --json "$tmp/j1.json" --explain "$tmp/j1.explain" --edges-csv "$tmp/j1.csv" "$input" || fail "$tag: --jobs 1 run"
    "$bin" -q -j3 --json "$tmp/j3.json" --explain "$tmp/j3.explain" --edges-csv "$tmp/j3.csv" "$input" || fail "$tag: --jobs 3 run"
    same "$tag: graph.json --jobs 3 = --jobs 1" "$tmp/j1.json" "$tmp/j3.json"
    same "$tag: explain --jobs 3 = --jobs 1" "$tmp/j1.explain" "$tmp/j3.explain"
    same "$tag: edges.csv --jobs 3 = --jobs 1" "$tmp/j1.csv" "$tmp/j3.csv"
    "$bin" extract -q -j1 "$input" > "$tmp/p1" && "$bin" extract -q -j2 "$input" > "$tmp/p2" || fail "$tag: extract"
    same "$tag: extract --jobs 2 = --jobs 1" "$tmp/p1" "$tmp/p2"
done

# 2. merge(extract(A), extract(B)) = extract(A ∪ B), for samples and the generated corpus
ext() { "$bin" extract -q -j2 "$@"; }
ext samples/ferreira_transfer.txt > "$tmp/sa" && ext samples/meridale_halvern.txt samples/trump_jr_wikileaks.txt > "$tmp/sb" &&
    ext samples/ > "$tmp/sab" || fail "samples: extract"
"$bin" merge "$tmp/sa" "$tmp/sb" > "$tmp/sm" || fail "samples: merge"
same "samples: merge(A, B) = extract(A ∪ B)" "$tmp/sm" "$tmp/sab"
ext "$tmp/A.jsonl" > "$tmp/A" && ext "$tmp/B.jsonl" > "$tmp/B" && ext "$tmp/C.jsonl" > "$tmp/C" || fail "corpus: extract parts"
ext "$tmp/A.jsonl" "$tmp/B.jsonl" > "$tmp/AB" && ext "$tmp/B.jsonl" "$tmp/A.jsonl" > "$tmp/BA" &&
    ext "$tmp/c.jsonl" > "$tmp/ABC" || fail "corpus: extract unions"
"$bin" merge "$tmp/A" "$tmp/B" > "$tmp/mAB" && "$bin" merge "$tmp/B" "$tmp/A" > "$tmp/mBA" || fail "corpus: merge"
same "corpus: merge(A, B) = extract(A ∪ B)" "$tmp/mAB" "$tmp/AB"
same "corpus: merge(A, B) = merge(B, A) (commutative)" "$tmp/mAB" "$tmp/mBA"
same "corpus: extract(B ∪ A) = extract(A ∪ B) (input order)" "$tmp/BA" "$tmp/AB"
"$bin" merge "$tmp/mAB" "$tmp/C" > "$tmp/m1" && "$bin" merge "$tmp/B" "$tmp/C" > "$tmp/mBC" &&
    "$bin" merge "$tmp/A" "$tmp/mBC" > "$tmp/m2" && "$bin" merge "$tmp/C" "$tmp/A" "$tmp/B" > "$tmp/m3" || fail "corpus: merge three"
same "corpus: merge(merge(A, B), C) = merge(A, merge(B, C)) (associative)" "$tmp/m1" "$tmp/m2"
same "corpus: merge(C, A, B) = merge(merge(A, B), C)" "$tmp/m3" "$tmp/m1"
same "corpus: merge(A, B, C) = extract(A ∪ B ∪ C)" "$tmp/m1" "$tmp/ABC"
cat "$tmp/C" "$tmp/A" "$tmp/B" | "$bin" merge - > "$tmp/m4" || fail "corpus: merge - (concatenated)"
same "corpus: merge - of concatenated partials" "$tmp/m4" "$tmp/ABC"
LC_ALL=C sort "$tmp/B" "$tmp/C" "$tmp/A" | "$bin" merge - > "$tmp/m5" || fail "corpus: merge - (sorted lines)"
same "corpus: merge - of line-sorted partials (Hadoop reducer input)" "$tmp/m5" "$tmp/ABC"

# graph.json from the partial path: extract(A ∪ B) → build = merge(...) → build = plain command on the partial
"$bin" build -q --json "$tmp/g1.json" "$tmp/ABC" && "$bin" build -q --json "$tmp/g2.json" "$tmp/A" "$tmp/C" "$tmp/B" &&
    cat "$tmp/m1" | "$bin" build -q --json "$tmp/g3.json" - && "$bin" -q --json "$tmp/g4.json" "$tmp/m2" || fail "corpus: build"
same "corpus: build(extract(A ∪ B ∪ C)) = build(A, C, B)" "$tmp/g1.json" "$tmp/g2.json"
same "corpus: build - = build(extract(A ∪ B ∪ C))" "$tmp/g3.json" "$tmp/g1.json"
same "corpus: plain command on a partial graph = build" "$tmp/g4.json" "$tmp/g1.json"

# documents counts add up; the direct run gives the same graph (order, float noise and community numbers aside)
"$bin" -q --json "$tmp/direct.json" "$tmp/c.jsonl" || fail "corpus: direct run"
"$bin" build -q --json "$tmp/sgraph.json" "$tmp/sab" && "$bin" -q --json "$tmp/sdirect.json" samples/ || fail "samples: build"
$py - "$tmp" <<'EOF' || fail "documents counts and direct = partial path"
import json, sys, math
t = sys.argv[1]
def part(p):
    h, ents = None, {}
    for line in open(p, encoding="utf-8"):
        o = json.loads(line)
        if "entgraph_partial" in o: h = o
        elif "entity" in o: ents[o["entity"]] = o
    return h, ents
(ha, a), (hb, b), (hc, c), (hm, m) = (part(f"{t}/{x}") for x in ("A", "B", "C", "ABC"))
assert hm["documents"] == ha["documents"] + hb["documents"] + hc["documents"] > 0, "header documents"
assert hm["windows"] == ha["windows"] + hb["windows"] + hc["windows"], "header windows"
shared = 0
for k, e in m.items():
    parts = [p[k] for p in (a, b, c) if k in p]
    shared += len(parts) > 1
    for f in ("documents", "mentions", "windows"):
        assert e[f] == sum(p[f] for p in parts), (k, f)
assert shared > 10, "too few entities shared between the parts to test anything"
print(f"ok   documents/mentions/windows add up over {len(m)} entities ({shared} in several parts)")

def norm(p):
    d = json.load(open(p, encoding="utf-8"))
    comm = {}
    for n in d["nodes"]:
        comm.setdefault(n.pop("community"), set()).add(n["id"])
    d["graph"].pop("modularity"); d["graph"].pop("communities")
    d["nodes"].sort(key=lambda n: n["id"])
    for l in d["links"]:
        l["source"], l["target"] = sorted([l["source"], l["target"]])
        l["relations"].sort(key=lambda r: (r["type"], r.get("source", "")))
    d["links"].sort(key=lambda l: (l["source"], l["target"]))
    return d, sorted(sorted(s) for s in comm.values())
def close(x, y, path="$"):
    if isinstance(x, float) or isinstance(y, float):
        assert math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12), (path, x, y)
    elif isinstance(x, dict):
        assert x.keys() == y.keys(), (path, x.keys() ^ y.keys())
        for k in x: close(x[k], y[k], f"{path}.{k}")
    elif isinstance(x, list):
        assert len(x) == len(y), (path, len(x), len(y))
        for i, (p, q) in enumerate(zip(x, y)): close(p, q, f"{path}[{i}]")
    else:
        assert x == y, (path, x, y)
for direct, built in (("direct.json", "g1.json"), ("sdirect.json", "sgraph.json")):
    (dx, cx), (dy, cy) = norm(f"{t}/{direct}"), norm(f"{t}/{built}")
    close(dx, dy)
    print(f"ok   {direct}: direct run = partial path ({len(dx['nodes'])} nodes, {len(dx['links'])} links)"
          + ("" if cx == cy else " (community partitions differ: node order seeds Leiden)"))
EOF

# 3. bounded memory: tables over --memory spill to sorted runs in $TMPDIR, merged
# at the end; the bytes are the same as without spilling (a merge at 1K spills after nearly every
# line, so runs are merged 16 at a time over two levels); the runs leave nothing behind
mkdir -p "$tmp/spill"
TMPDIR="$tmp/spill" "$bin" extract -q -j1 --memory 4K --timings "$tmp/c.jsonl" > "$tmp/s1" 2> "$tmp/err" || fail "extract --memory 4K"
grep -q "spilled its tables" "$tmp/err" && pass "extract --memory 4K spilled" || fail "extract --memory 4K did not spill"
same "extract with spilling = extract in memory" "$tmp/s1" "$tmp/ABC"
TMPDIR="$tmp/spill" "$bin" extract -q -j3 --memory 64K "$tmp/c.jsonl" > "$tmp/s3" || fail "extract -j3 --memory 64K"
same "extract -j3 with spilling = extract in memory" "$tmp/s3" "$tmp/ABC"
TMPDIR="$tmp/spill" "$bin" merge --memory 1K --timings "$tmp/C" "$tmp/A" "$tmp/B" > "$tmp/s4" 2> "$tmp/err" || fail "merge --memory 1K"
n=$(sed -n 's/.*spilled its tables \([0-9]*\) times.*/\1/p' "$tmp/err")
[ "${n:-0}" -gt 256 ] && pass "merge --memory 1K spilled $n times (runs merged over two levels)" || fail "merge --memory 1K spilled ${n:-0} times, not over 256"
same "merge with spilling = extract(A ∪ B ∪ C)" "$tmp/s4" "$tmp/ABC"
LC_ALL=C sort "$tmp/B" "$tmp/C" "$tmp/A" | TMPDIR="$tmp/spill" "$bin" merge --memory 16K - > "$tmp/s5" || fail "merge - --memory 16K"
same "merge - of line-sorted partials with spilling" "$tmp/s5" "$tmp/ABC"
[ -z "$(ls -A "$tmp/spill")" ] && pass "no temporary files left" || fail "temporary files left in TMPDIR: $(ls "$tmp/spill" | head -3)"
TMPDIR="$tmp/none" "$bin" extract -q --memory 16K "$tmp/A.jsonl" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "$tmp/none: cannot create a temporary file" "$tmp/err" && pass "TMPDIR missing: error names it" ||
    { fail "TMPDIR missing"; cat "$tmp/err" >&2; }
# an entity with more label forms than are kept (16): the first forms to arrive win, spilled or not
$py - "$tmp/forms" <<'EOF'
import json, sys
lines = [{"entgraph_partial": 1},
         {"entity": "k", "labels": [["F%02d" % i, 1] for i in range(16)], "votes": [1, 0, 0], "mentions": 16, "documents": 1}]
lines += [{"entity": "x%d" % i, "labels": [["X%d" % i, 1]], "votes": [1, 0, 0], "mentions": 1, "documents": 1} for i in range(30)]
lines.append({"entity": "k", "labels": [["G%02d" % i, 1] for i in range(16)] + [["F00", 10]], "votes": [1, 0, 0], "mentions": 26, "documents": 1})
open(sys.argv[1], "w").write("".join(json.dumps(l) + "\n" for l in lines))
EOF
"$bin" merge --memory 0 "$tmp/forms" > "$tmp/f0" && TMPDIR="$tmp/spill" "$bin" merge --memory 1K "$tmp/forms" > "$tmp/f1" || fail "merge of many label forms"
same "label forms past the cap: spilled = in memory" "$tmp/f0" "$tmp/f1"
grep -q '\["F00",11\]' "$tmp/f1" && pass "the first forms keep their later mentions" || fail "F00 lost its mentions"
printf '{"entgraph_partial":1}\n{"entity":"a","label":"A","mentions":-1,"edge":["a","b"]}\n' > "$tmp/badent"
"$bin" merge "$tmp/badent" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "badent:2: entity counts must be non-negative" "$tmp/err" && pass "a bad entity line: its own error" ||
    { fail "bad entity line"; cat "$tmp/err" >&2; }
grep -v '"entity"' "$tmp/A" > "$tmp/noentA"
"$bin" merge --memory 4K "$tmp/noentA" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "never defined" "$tmp/err" && pass "merge --memory 4K: edge without its entities is an error" ||
    fail "merge --memory 4K of edges without entities"
"$bin" -q --memory 16K --json /dev/null samples/ 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "belongs to extract and merge" "$tmp/err" && pass "--memory on a graph run: usage error" || fail "--memory on a graph run"
"$bin" extract --memory 5X samples/ > /dev/null 2>&1
[ $? -eq 2 ] && pass "--memory 5X: usage error" || fail "--memory 5X"

# 4. errors
"$bin" -q --json "$tmp/x.json" "$tmp/A" samples/ferreira_transfer.txt 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "cannot mix" "$tmp/err" && pass "partial graph mixed with documents: usage error" || fail "mixing partial graphs and documents"
printf '{"entgraph_partial":1}\nnot json\n' > "$tmp/bad1"
"$bin" merge "$tmp/bad1" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "bad1:2: not a partial graph line" "$tmp/err" && pass "malformed partial line: error with FILE:LINE" || { fail "malformed partial line"; cat "$tmp/err" >&2; }
"$bin" extract -q --window paragraph samples/ferreira_transfer.txt > "$tmp/para"
"$bin" merge "$tmp/sa" "$tmp/para" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "another --window" "$tmp/err" && pass "merging different windows: error" || fail "merging different windows"
grep -v '"entity"' "$tmp/sa" > "$tmp/noent"
"$bin" build -q --json /dev/null "$tmp/noent" 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "never defined" "$tmp/err" && pass "edge without its entities: error" || fail "edge without entities"
"$bin" merge samples/ferreira_transfer.txt > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && pass "merge of a text file: error" || fail "merge of a text file"
"$bin" extract --json x.json samples/ > /dev/null 2>&1
[ $? -eq 2 ] && pass "extract with an output option: usage error" || fail "extract --json"
"$bin" -j 0 samples/ > /dev/null 2>&1
[ $? -eq 2 ] && pass "--jobs 0: usage error" || fail "--jobs 0"
# no progress line unless stderr is a terminal
"$bin" --json /dev/null "$tmp/A.jsonl" 2> "$tmp/err"
[ ! -s "$tmp/err" ] && pass "no progress line when stderr is not a terminal" || fail "progress written to a non-terminal"

[ $fails -eq 0 ] && echo "check_scale: all passed" || echo "check_scale: $fails failed" >&2
exit $((fails > 0))
