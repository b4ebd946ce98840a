#!/usr/bin/python3
"""check_outputs.py — parse the exporters' files with real parsers.

Run by ctest as: /usr/bin/python3 check_outputs.py ENTGRAPH_BIN SOURCE_DIR BINARY_DIR
Writes the hostile test graph with BINARY_DIR/test_export --write TMPDIR, then
checks JSON (json + networkx.node_link_graph), SVG (xml.etree), DOT (graphviz
`dot`, test-only) and CSV (csv module). Files under SOURCE_DIR/output/, if
present, get the same format checks. Prints 'N passed, M failed'.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

EVIL = 'Evil "Quote" \\ <script>alert(1)</script> & Co\nNew'
EVIL_DRAWN = EVIL.replace("\n", " ")  # drawings replace control characters
NODE_COLS = ["id", "label", "type", "aliases", "mentions", "documents", "degree", "strength",
             "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "core",
             "clustering", "community"]
EDGE_COLS = ["source", "target", "weight", "count", "relations", "evidence_count", "first_evidence"]
SVG_NS = "{http://www.w3.org/2000/svg}"

passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", what, file=sys.stderr)
    return cond


def load_networkx(data):
    import networkx as nx
    try:
        return nx.node_link_graph(data, edges="links")  # networkx >= 3.4
    except TypeError:
        return nx.node_link_graph(data)  # older: "links" is the default


def check_json(path, hostile):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        check(False, f"{path}: JSON parses ({e})")
        return
    check(True, f"{path}: JSON parses")
    check(data.get("directed") is False and data.get("multigraph") is False, f"{path}: directed/multigraph false")
    ga = data.get("graph", {})
    check(str(ga.get("generator", "")).startswith("entgraph "), f"{path}: generator")
    for key in ("documents", "window", "weight", "nodes", "edges", "density", "components",
                "largest_component", "modularity", "communities", "diameter", "betweenness"):
        check(key in ga, f"{path}: graph.{key}")
    ids = [n.get("id") for n in data.get("nodes", [])]
    check(len(ids) == len(set(ids)), f"{path}: node ids unique")
    check(all(set(NODE_COLS) <= set(n) for n in data.get("nodes", [])), f"{path}: node fields")
    idset = set(ids)
    links = data.get("links", [])
    check(all(l.get("source") in idset and l.get("target") in idset for l in links), f"{path}: links name nodes")
    rel_ok = True
    for l in links:
        for r in l.get("relations", []):
            if r.get("directed"):
                rel_ok &= {r.get("source"), r.get("target")} == {l["source"], l["target"]}
            else:
                rel_ok &= "source" not in r
    check(rel_ok, f"{path}: relation source/target match their link")
    try:
        G = load_networkx(data)
        check(G.number_of_nodes() == len(ids) and G.number_of_edges() == len(links),
              f"{path}: networkx loads same counts")
    except Exception as e:  # noqa: BLE001 - report any loader failure
        check(False, f"{path}: networkx.node_link_graph ({e})")
        return
    if hostile:
        labels = {n["id"]: n["label"] for n in data["nodes"]}
        check(EVIL in labels.values(), f"{path}: hostile label round-trips")
        check(G.nodes["jose-alvarez"]["label"] == "Jos\u00e9 \u00c1lvarez", f"{path}: accented label")
        check(G["ada-brightwater"]["jose-alvarez"]["relations"][0]["type"] == "represents",
              f"{path}: relation reachable through networkx")


def svg_texts(root):
    return ["".join(t.itertext()) for t in root.iter(SVG_NS + "text")]


def check_svg(path, hostile):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        check(False, f"{path}: SVG well-formed ({e})")
        return None
    check(True, f"{path}: SVG well-formed")
    check(root.tag == SVG_NS + "svg", f"{path}: root is <svg>")
    check(not any(el.tag.rsplit("}", 1)[-1].lower() in ("script", "foreignobject") for el in root.iter()),
          f"{path}: no script/foreignObject element")
    check(not any(k.lower().startswith("on") for el in root.iter() for k in el.attrib),
          f"{path}: no event-handler attributes")
    texts = svg_texts(root)
    check(any("Legend" in t for t in texts), f"{path}: legend present")
    if hostile:
        check(EVIL_DRAWN in texts, f"{path}: hostile label drawn as text")
        check("Jos\u00e9 \u00c1lvarez" in texts, f"{path}: accented label drawn")
        check(any("represents" in t for t in texts), f"{path}: relation label drawn")
        titles = [el.get("{http://www.w3.org/1999/xlink}title", "") for el in root.iter()]
        check(any(t.startswith("Ada Brightwater (PERSON)") for t in titles), f"{path}: node tooltip")
    return root


def check_dot(path, hostile, tmp):
    if not shutil.which("dot"):
        print(f"skip {path}: graphviz dot not installed", file=sys.stderr)
        return
    out = os.path.join(tmp, "redrawn.svg")
    p = subprocess.run(["dot", "-Tsvg", path, "-o", out], capture_output=True, text=True, timeout=120)
    check(p.returncode == 0, f"{path}: dot -Tsvg exits 0 ({p.stderr.strip()[:200]})")
    check("rror" not in p.stderr, f"{path}: dot reports no error")
    if p.returncode == 0 and hostile:
        root = check_svg(out, False)
        if root is not None:
            check(EVIL_DRAWN in svg_texts(root), f"{path}: hostile label survives a DOT round trip")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


def check_csv(path, cols, hostile):
    try:
        rows = read_csv(path)
    except (OSError, csv.Error, UnicodeDecodeError) as e:
        check(False, f"{path}: CSV parses ({e})")
        return None
    check(bool(rows) and rows[0] == cols, f"{path}: header")
    check(all(len(r) == len(cols) for r in rows), f"{path}: every row has {len(cols)} fields")
    text_cols = [i for i, c in enumerate(cols) if c in ("label", "aliases", "relations", "first_evidence")]
    check(all(not r[i] or r[i][0] not in "=+-@\t\r" for r in rows[1:] for i in text_cols),
          f"{path}: no text field starts a formula")
    return rows


def main():
    if len(sys.argv) != 4:
        print("usage: check_outputs.py ENTGRAPH_BIN SOURCE_DIR BINARY_DIR", file=sys.stderr)
        return 2
    _, source_dir, binary_dir = sys.argv[1:4]
    tool = os.path.join(binary_dir, "test_export")
    with tempfile.TemporaryDirectory() as tmp:
        if check(os.access(tool, os.X_OK), f"{tool} exists"):
            p = subprocess.run([tool, "--write", tmp], capture_output=True, text=True, timeout=120)
            if check(p.returncode == 0, f"test_export --write ({p.stderr.strip()[:200]})"):
                check_json(os.path.join(tmp, "graph.json"), True)
                check_svg(os.path.join(tmp, "graph.svg"), True)
                check_dot(os.path.join(tmp, "graph.dot"), True, tmp)
                rows = check_csv(os.path.join(tmp, "nodes.csv"), NODE_COLS, True)
                if rows:
                    check(len(rows) == 6, "nodes.csv: 5 node rows")
                    check(any(r[1] == EVIL for r in rows), "nodes.csv: hostile label round-trips")
                    ada = [r for r in rows if r[0] == "ada-brightwater"]
                    check(bool(ada) and ada[0][3].startswith("'=HYPERLINK"), "nodes.csv: formula alias neutralised")
                rows = check_csv(os.path.join(tmp, "edges.csv"), EDGE_COLS, True)
                if rows:
                    check(len(rows) == 7, "edges.csv: 6 edge rows")
                    check(any(EVIL in r[6] for r in rows), "edges.csv: evidence with CRLF and quotes round-trips")
        out = os.path.join(source_dir, "output")
        checks = [("graph.json", lambda p: check_json(p, False)), ("graph.svg", lambda p: check_svg(p, False)),
                  ("graph.dot", lambda p: check_dot(p, False, tmp)),
                  ("nodes.csv", lambda p: check_csv(p, NODE_COLS, False)),
                  ("edges.csv", lambda p: check_csv(p, EDGE_COLS, False))]
        for name, fn in checks:
            path = os.path.join(out, name)
            if os.path.isfile(path):
                fn(path)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
