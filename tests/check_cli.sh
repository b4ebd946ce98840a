#!/usr/bin/env bash
# check_cli.sh — the entgraph command line: exit codes, stdin, outputs, options,
# alias rules, --explain and atomic outputs. Usage: bash check_cli.sh ENTGRAPH SRC BUILD
set -u
E=${1:?usage: check_cli.sh ENTGRAPH_BIN SOURCE_DIR BINARY_DIR}
SRC=${2:-.}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
T=$(mktemp -d "${TMPDIR:-/tmp}/eg_cli.XXXXXX")
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
# expect_rc NAME WANT GOT
expect_rc() { if [ "$3" -eq "$2" ]; then ok; else bad "$1: exit $3, expected $2"; cat "$T/err" 2>/dev/null | head -3; fi; }
# one_line NAME FILE [WORD]: FILE has exactly one line (and names WORD)
one_line() {
    local n; n=$(wc -l <"$2")
    if [ "$n" -ne 1 ]; then bad "$1: expected one line on stderr, got $n"; head -5 "$2"; return; fi
    if [ -n "${3:-}" ] && ! grep -qF -- "$3" "$2"; then bad "$1: stderr does not name '$3': $(cat "$2")"; return; fi
    ok
}
count() { # count FILE.json nodes|edges
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d[sys.argv[2]] if sys.argv[2]=="nodes" else d.get("links", d.get("edges", []))))' "$1" "$2"
}

cat >"$T/a.txt" <<'EOF'
Barack Obama met Angela Merkel in Berlin on Monday. The talks were short.
Later, Obama flew to Paris with John Kerry. Kerry praised the French.

In a separate paragraph, Vladimir Putin spoke in Moscow. Sergei Lavrov said nothing.
Microsoft and Google were not mentioned by Putin.
EOF

# --- usage errors: exit 2, message on stderr, nothing on stdout
"$E" --bogus "$T/a.txt" >"$T/out" 2>"$T/err"; expect_rc "unknown option" 2 $?
one_line "unknown option message" "$T/err" "--bogus"
[ ! -s "$T/out" ] && ok || bad "unknown option wrote to stdout"
"$E" --window sideways "$T/a.txt" >"$T/out" 2>"$T/err"; expect_rc "bad --window" 2 $?
one_line "bad --window message" "$T/err" "sideways"
"$E" --window -3 "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "negative --window" 2 $?
"$E" --weight nope "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "bad --weight" 2 $?
"$E" --top 0 "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "bad --top" 2 $?
"$E" --top 12abc "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "bad --top suffix" 2 $?
"$E" --min-weight x "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "bad --min-weight" 2 $?
"$E" "$T/a.txt" --json >/dev/null 2>"$T/err"; expect_rc "missing option argument" 2 $?
one_line "missing argument message" "$T/err" "--json"
"$E" -o >/dev/null 2>"$T/err"; expect_rc "missing -o argument" 2 $?
"$E" --json - --dot - "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "two outputs on stdout" 2 $?

# --- help and version: stdout, exit 0
"$E" --help >"$T/out" 2>"$T/err"; expect_rc "--help" 0 $?
grep -q -- "--window" "$T/out" && [ ! -s "$T/err" ] && ok || bad "--help text not on stdout"
"$E" -h >/dev/null 2>&1; expect_rc "-h" 0 $?
"$E" --version >"$T/out" 2>"$T/err"; expect_rc "--version" 0 $?
grep -qE '^entgraph [0-9]+\.[0-9]+\.[0-9]+' "$T/out" && ok || bad "--version output: $(cat "$T/out")"

# --- stdin
echo "Barack Obama met Angela Merkel in Berlin." | "$E" --json - - >"$T/stdin.json" 2>"$T/err"; expect_rc "stdin" 0 $?
[ "$(count "$T/stdin.json" nodes 2>/dev/null)" -ge 2 ] 2>/dev/null && ok || bad "stdin: expected >= 2 nodes"
echo "Barack Obama met Angela Merkel in Berlin." | "$E" --json - >"$T/stdin2.json" 2>"$T/err"; expect_rc "stdin by default" 0 $?
cmp -s "$T/stdin.json" "$T/stdin2.json" && ok || bad "implicit stdin differs from '-'"

# --- runtime errors: exit 1, one line naming the culprit
"$E" --json - "$T/missing.txt" >/dev/null 2>"$T/err"; expect_rc "missing file" 1 $?
one_line "missing file message" "$T/err" "missing.txt"
"$E" -o "$T/a.txt/sub" "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "out-dir under a regular file" 1 $?
one_line "out-dir message" "$T/err" "a.txt/sub"
"$E" -o /proc/entgraph-out "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "out-dir under /proc" 1 $?
one_line "/proc out-dir message" "$T/err" "/proc/entgraph-out"
"$E" -o "$T/a.txt" "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "out-dir is a file" 1 $?
one_line "out-dir is a file message" "$T/err" "a.txt"
mkdir -p "$T/adir"
"$E" --json "$T/adir" "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "output path is a directory" 1 $?
one_line "output directory message" "$T/err" "adir"
[ -d "$T/adir" ] && ok || bad "output directory was replaced"
"$E" --json "$T/a.txt/x.json" "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "output under a file" 1 $?
one_line "output under a file message" "$T/err" "x.json"
if [ -w /dev/full ]; then
    "$E" --json /dev/full "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "--json /dev/full" 1 $?
    one_line "/dev/full message" "$T/err" "/dev/full"
    "$E" --json - "$T/a.txt" >/dev/full 2>"$T/err"; expect_rc "stdout is /dev/full" 1 $?
    grep -q . "$T/err" && ok || bad "stdout /dev/full: no message"
fi
# closed stdout pipe: must terminate, exit 1 (write error reported) or die of SIGPIPE
timeout 60 bash -c '"$1" --json - "$2" | head -c0; exit ${PIPESTATUS[0]}' _ "$E" "$T/a.txt" 2>"$T/err"
rc=$?
if [ $rc -eq 124 ]; then bad "closed stdout pipe: hung"
elif [ $rc -eq 1 ] || [ $rc -eq 141 ] || [ $rc -eq 0 ]; then ok
else bad "closed stdout pipe: exit $rc"; fi

# --- default run writes the five files to --out-dir
"$E" -q -o "$T/out1" "$T/a.txt" >"$T/out" 2>"$T/err"; expect_rc "default run" 0 $?
for f in graph.json graph.dot graph.svg nodes.csv edges.csv; do
    [ -s "$T/out1/$f" ] && ok || bad "default run: $f missing or empty"
done
[ ! -s "$T/out" ] && ok || bad "-q still printed a summary"
"$E" -o "$T/out2" "$T/a.txt" >"$T/out" 2>"$T/err"; expect_rc "run with summary" 0 $?
grep -q "Obama" "$T/out" && ok || bad "summary does not list Obama"
ls "$T/out1" | grep -q '\.tmp\|~' && bad "temporary files left in out-dir" || ok
"$PY" -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out1/graph.json" && ok || bad "graph.json is not JSON"

# --- options change the output sensibly
"$E" --json "$T/w_sent.json" --window sentence "$T/a.txt" 2>/dev/null
"$E" --json "$T/w_para.json" --window paragraph "$T/a.txt" 2>/dev/null
"$E" --json "$T/w_doc.json" --window document "$T/a.txt" 2>/dev/null
"$E" --json "$T/w_2.json" --window 2 "$T/a.txt" 2>/dev/null
es=$(count "$T/w_sent.json" edges); ep=$(count "$T/w_para.json" edges); ed=$(count "$T/w_doc.json" edges); e2=$(count "$T/w_2.json" edges)
[ "$ed" -ge "$ep" ] && [ "$ep" -ge "$es" ] && [ "$ed" -gt "$es" ] && ok || bad "--window edges: sentence $es paragraph $ep document $ed"
[ "$e2" -ge "$es" ] && [ "$e2" -le "$ed" ] && ok || bad "--window 2 edges $e2 not between $es and $ed"
nd=$(count "$T/w_doc.json" nodes)
[ "$ed" -eq $((nd * (nd - 1) / 2)) ] && ok || bad "--window document on one doc: $nd nodes but $ed edges (expected a clique)"
"$E" --json "$T/top2.json" --top 2 --window document "$T/a.txt" 2>/dev/null; expect_rc "--top 2" 0 $?
[ "$(count "$T/top2.json" nodes)" -le 2 ] && ok || bad "--top 2 kept $(count "$T/top2.json" nodes) nodes"
"$E" --json "$T/iso.json" --drop-isolates "$T/a.txt" 2>/dev/null; expect_rc "--drop-isolates" 0 $?
"$PY" - "$T/iso.json" "$T/w_sent.json" <<'EOF' && ok || bad "--drop-isolates left isolated nodes or dropped connected ones"
import json, sys
d = json.load(open(sys.argv[1])); full = json.load(open(sys.argv[2]))
links = d.get("links", d.get("edges", []))
ends = {l["source"] for l in links} | {l["target"] for l in links}
assert all(n["id"] in ends for n in d["nodes"]), "isolates left"
fl = full.get("links", full.get("edges", []))
fends = {l["source"] for l in fl} | {l["target"] for l in fl}
assert len(d["nodes"]) == len(fends), (len(d["nodes"]), len(fends))
EOF
"$E" --json "$T/mw.json" --window document --min-weight 2 "$T/a.txt" 2>/dev/null; expect_rc "--min-weight" 0 $?
"$PY" - "$T/mw.json" <<'EOF' && ok || bad "--min-weight 2 kept lighter edges"
import json, sys
d = json.load(open(sys.argv[1]))
assert all(l["weight"] >= 2 for l in d.get("links", d.get("edges", [])))
EOF
[ "$(count "$T/mw.json" edges)" -le "$ed" ] && ok || bad "--min-weight added edges"
for w in count pmi npmi dice; do
    "$E" --json "$T/wt_$w.json" --weight $w "$T/a.txt" 2>/dev/null; expect_rc "--weight $w" 0 $?
done
"$PY" - "$T"/wt_count.json "$T"/wt_npmi.json "$T"/wt_dice.json <<'EOF' && ok || bad "--weight: weights not as documented"
import json, sys
c, n, dc = (json.load(open(p)) for p in sys.argv[1:])
L = lambda d: d.get("links", d.get("edges", []))
assert all(l["weight"] >= 1 for l in L(c))
assert all(-1 - 1e-9 <= l["weight"] <= 1 + 1e-9 for l in L(n))
assert all(0 <= l["weight"] <= 1 + 1e-9 for l in L(dc))
assert [l["weight"] for l in L(c)] != [l["weight"] for l in L(dc)]
EOF

# --- alias rules
printf '{"merge": [["Barack Obama", "Angela Merkel"]]}' >"$T/merge.json"
"$E" --json "$T/al1.json" --aliases "$T/merge.json" "$T/a.txt" 2>"$T/err"; expect_rc "--aliases merge" 0 $?
printf '{"drop": ["Paris"], "types": {"Berlin": "ORG"}, "forbid": [["Vladimir Putin", "Putin"]]}' >"$T/rules.json"
"$E" --json "$T/al2.json" --aliases "$T/rules.json" "$T/a.txt" 2>"$T/err"; expect_rc "--aliases drop/types/forbid" 0 $?
"$PY" - "$T/al1.json" "$T/al2.json" "$T/w_sent.json" <<'EOF' && ok || bad "--aliases rules not applied"
import json, sys
m, r, base = (json.load(open(p)) for p in sys.argv[1:])
lab = lambda d: {n["label"]: n for n in d["nodes"]}
bl = lab(base)
assert "Barack Obama" in bl and "Angela Merkel" in bl, "fixture changed"
ml = lab(m)
assert ("Barack Obama" in ml) != ("Angela Merkel" in ml), "merge did not merge"
assert len(m["nodes"]) == len(base["nodes"]) - 1
rl = lab(r)
assert "Paris" not in rl, "drop ignored"
assert rl["Berlin"]["type"] == "ORG", "types ignored"
assert "Putin" not in rl or "Vladimir Putin" in rl
EOF
printf '{"merge": [["Barack Obama",\n   "Obama"]\n   "x"]}' >"$T/broken.json"
"$E" --json "$T/x.json" --aliases "$T/broken.json" "$T/a.txt" >/dev/null 2>"$T/err"; rc=$?
[ $rc -ne 0 ] && ok || bad "malformed --aliases accepted"
one_line "malformed --aliases message" "$T/err" "broken.json"
grep -qE 'line 3, column [0-9]+' "$T/err" && ok || bad "malformed --aliases: no line/column: $(cat "$T/err")"
[ ! -e "$T/x.json" ] && ok || bad "malformed --aliases still wrote output"
printf '{"types": {"Berlin": "PLANET"}}' >"$T/badtype.json"
"$E" --json /dev/null --aliases "$T/badtype.json" "$T/a.txt" >/dev/null 2>"$T/err"; rc=$?
[ $rc -ne 0 ] && ok || bad "unknown type in --aliases accepted"
"$E" --json /dev/null --aliases "$T/nothere.json" "$T/a.txt" >/dev/null 2>"$T/err"; expect_rc "missing --aliases file" 1 $?
one_line "missing --aliases message" "$T/err" "nothere.json"

# --- --explain
"$E" --json /dev/null --explain "$T/explain.json" "$T/a.txt" 2>/dev/null; expect_rc "--explain" 0 $?
"$PY" - "$T/explain.json" <<'EOF' && ok || bad "--explain JSON lacks entities/rejected"
import json, sys
d = json.load(open(sys.argv[1]))
assert isinstance(d["entities"], list) and d["entities"], "no entities"
assert isinstance(d["rejected"], list)
assert any("Obama" in json.dumps(e) for e in d["entities"])
obama = [e for e in d["entities"] if "Obama" in e["label"]][0]
assert obama["aliases"] and all(a["reason"] for a in obama["aliases"]), "merge reasons missing"
assert "given name" in obama["type_evidence"], obama["type_evidence"]
EOF

# --- a failed run leaves previous outputs intact
"$E" -q -o "$T/keep" "$T/a.txt" 2>/dev/null; expect_rc "first good run" 0 $?
"$E" --json "$T/keep.json" "$T/a.txt" 2>/dev/null
cp -r "$T/keep" "$T/keep.orig"; cp "$T/keep.json" "$T/keep.json.orig"
printf 'Bad \xff\xfe bytes from Barack Obama\n' >"$T/bad.txt"
printf 'Other text about Joe Biden and Kamala Harris.\n' >"$T/other.txt"
"$E" -q -o "$T/keep" "$T/other.txt" "$T/bad.txt" >/dev/null 2>"$T/err"; expect_rc "bad input into existing out-dir" 1 $?
one_line "bad input message" "$T/err" "bad.txt"
diff -r "$T/keep" "$T/keep.orig" >/dev/null && ok || bad "failed run changed files in out-dir"
"$E" --json "$T/keep.json" "$T/other.txt" "$T/missing.txt" >/dev/null 2>"$T/err"; expect_rc "missing input with --json" 1 $?
cmp -s "$T/keep.json" "$T/keep.json.orig" && ok || bad "failed run changed --json output"
"$E" -q -o "$T/keep" --aliases "$T/broken.json" "$T/other.txt" >/dev/null 2>&1
diff -r "$T/keep" "$T/keep.orig" >/dev/null && ok || bad "failed --aliases run changed out-dir"
ls -A "$T/keep" | grep -vqE '^(graph\.(json|dot|svg)|nodes\.csv|edges\.csv)$' && bad "failed run left stray files: $(ls -A "$T/keep")" || ok
if [ -w /dev/full ]; then
    # outputs are streamed to temporaries: one that fails after another was complete replaces nothing
    "$E" --json "$T/keep.json" --explain /dev/full "$T/other.txt" >/dev/null 2>"$T/err"; expect_rc "--explain to /dev/full" 1 $?
    one_line "--explain /dev/full message" "$T/err" "/dev/full"
    cmp -s "$T/keep.json" "$T/keep.json.orig" && ok || bad "a failed later output let --json replace the old file"
    ls -A "$T" | grep -q '^keep\.json\.tmp' && bad "temporary left beside --json: $(ls -A "$T")" || ok
    "$E" --json - --explain /dev/full "$T/other.txt" >"$T/out" 2>/dev/null
    [ ! -s "$T/out" ] && ok || bad "stdout written although another output failed"
fi

# --- across documents: a reordered name one text gives as an alias is the same node; a short form is not
printf 'The Department of Justice, which the text also calls the Justice Department, sued Halvern Bio.\n' >"$T/xd1.txt"
printf 'The Justice Department opened an inquiry into Tessaly Mining.\n' >"$T/xd2.txt"
printf 'Lawyers filed the claim at the Punjab and Haryana High Court, and the High Court agreed to hear it.\n' >"$T/xd3.txt"
printf 'The High Court in Glasgow heard the case against Orkney Ferries.\n' >"$T/xd4.txt"
"$E" -q --json "$T/xd.json" "$T/xd1.txt" "$T/xd2.txt" "$T/xd3.txt" "$T/xd4.txt" >/dev/null 2>&1
"$PY" - "$T/xd.json" <<'PYEOF' && ok || bad "cross-document aliases: $(cat "$T/xd.err" 2>/dev/null)"
import json, sys
labels = [n["label"] for n in json.load(open(sys.argv[1]))["nodes"]]
just = [l for l in labels if "Justice" in l]
courts = [l for l in labels if "High Court" in l]
sys.exit(0 if len(just) == 1 and len(courts) == 2 else 1)
PYEOF

# --- across documents: a middle initial ("Steven T. Mnuchin") is the same person as the name without it
printf 'Treasury Secretary Steven T. Mnuchin announced the sanctions.\n' >"$T/mi1.txt"
printf 'Steven Mnuchin met Anna Berg in Oslo.\n' >"$T/mi2.txt"
"$E" -q --json "$T/mi.json" "$T/mi1.txt" "$T/mi2.txt" >/dev/null 2>&1
"$PY" -c 'import json,sys; l=[n["label"] for n in json.load(open(sys.argv[1]))["nodes"] if "Mnuchin" in n["label"]]; sys.exit(0 if len(l) == 1 else 1)' "$T/mi.json" \
    && ok || bad "a middle initial across documents made two nodes"

# --- across documents: a company form ("Huawei Technologies Co.") is the company named without it
printf 'The Commerce Department added Huawei Technologies Co. to its list.\n' >"$T/cf1.txt"
printf 'Huawei Technologies said it would sue the Commerce Department.\n' >"$T/cf2.txt"
"$E" -q --json "$T/cf.json" "$T/cf1.txt" "$T/cf2.txt" >/dev/null 2>&1
"$PY" -c 'import json,sys; l=[n["label"] for n in json.load(open(sys.argv[1]))["nodes"] if "Huawei" in n["label"]]; sys.exit(0 if len(l) == 1 else 1)' "$T/cf.json" \
    && ok || bad "a company form across documents made two nodes"

# --- a signal at any moment leaves the old outputs and no temporaries
mkdir -p "$T/sig"
"$E" -q --out-dir "$T/sig" "$T/a.txt" >/dev/null 2>&1
cp "$T/sig/graph.json" "$T/sig-before.json"
for i in $(seq 40); do cat "$SRC"/samples/*.txt; echo; done >"$T/big.txt"
for d in 0.05 0.2 0.5 1; do
    timeout -s TERM "$d" "$E" -q --out-dir "$T/sig" "$T/big.txt" >/dev/null 2>&1
    if ls -A "$T/sig" | grep -q 'tmp'; then bad "SIGTERM after ${d}s left a temporary: $(ls -A "$T/sig")"; else ok; fi
    if cmp -s "$T/sig/graph.json" "$T/sig-before.json" || "$PY" -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/sig/graph.json"; then ok
    else bad "SIGTERM after ${d}s left a broken graph.json"; fi
done

echo "check_cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
