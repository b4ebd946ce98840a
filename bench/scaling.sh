#!/usr/bin/env bash
# scaling.sh — pathological-input scaling benchmark: prints wall time and peak
# memory of entgraph against input size for each input family, so super-linear
# growth shows as a ratio well above the size ratio.
# Usage: bench/scaling.sh [ENTGRAPH] (default build/entgraph); SCALES="1 2 4 8" overrides sizes.
set -u
E=${1:-build/entgraph}
SCALES=${SCALES:-1 2 4 8}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
T=$(mktemp -d "${TMPDIR:-/tmp}/eg_scaling.XXXXXX")
trap 'rm -rf "$T"' EXIT
# family: description | generator (python expression writing to file f with scale k)
gen() {
    "$PY" - "$1" "$2" "$3" <<'PYEOF'
import random, string, sys
fam, k, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(k)
def word(i):
    s = ""
    i += 1
    while i:
        s += string.ascii_lowercase[i % 26]
        i //= 26
    return s.capitalize()
with open(path, "w") as f:
    if fam == "text":          # ordinary sentences, 5 MB per step, no newline
        unit = "Barack Obama met Angela Merkel in Berlin and the talks went on for a long time. "
        f.write(unit * (5 * 1024 * 1024 * k // len(unit)))
    elif fam == "sentence":    # one sentence of 256 KB per step with sparse names
        fill = "the of and said in a to was for on".split()
        names = ["John %sson" % word(i) for i in range(50 * k)]
        f.write(" ".join(random.choice(names) if random.random() < 0.01 else random.choice(fill)
                         for _ in range(45000 * k)) + ".\n")
    elif fam == "caps":        # 25k distinct capitalised words per step
        f.write(" ".join(word(i) + "x" for i in range(25000 * k)) + ".\n")
    elif fam == "one-name":    # 25k mentions of one name per step
        f.write("Barack Obama spoke. " * (25000 * k))
    elif fam == "many-names":  # 50 distinct names per step, all in one sentence (output is quadratic)
        f.write("Officials said " + ", ".join("Mary %sson" % word(i) for i in range(50 * k)) + " met.\n")
    elif fam == "doc-window":  # 50 entities and 500 sentences per step, --window document
        people = ["Mary %sson" % word(i) for i in range(50 * k)]
        f.write(" ".join("%s met %s on Monday." % (random.choice(people), random.choice(people))
                         for _ in range(500 * k)))
PYEOF
}
printf '%-12s %6s %10s %9s %9s %8s\n' family scale bytes seconds peak_MB edges
for fam in text sentence caps one-name many-names doc-window; do
    extra=""
    [ "$fam" = doc-window ] && extra="--window document"
    for k in $SCALES; do
        gen "$fam" "$k" "$T/in.txt"
        bytes=$(wc -c <"$T/in.txt")
        /usr/bin/time -f '%e %M' -o "$T/time" timeout 600 "$E" -q $extra --json "$T/out.json" "$T/in.txt" 2>/dev/null
        rc=$?
        read -r secs kb <"$T/time" 2>/dev/null || { secs=?; kb=0; }
        [ $rc -eq 124 ] && secs=">600"
        edges=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["links"]))' "$T/out.json" 2>/dev/null || echo -)
        printf '%-12s %6s %10s %9s %9s %8s\n' "$fam" "$k" "$bytes" "$secs" "$((kb / 1024))" "$edges"
        rm -f "$T/out.json"
    done
done
