#!/usr/bin/python3
# check_metrics_networkx.py — cross-checks the metrics stage against NetworkX.
# Usage (ctest): /usr/bin/python3 check_metrics_networkx.py ENTGRAPH_BIN SOURCE_DIR BINARY_DIR
"""Compares every node and graph metric of eg_metrics_compute (through
`test_metrics --dump EDGELIST`) with NetworkX on (a) Zachary's karate club,
(b) seeded random weighted graphs with several components and isolates,
(c) the JSON the CLI writes for samples/*.txt (skipped with a note when the
CLI is missing or fails), (d) a graph large enough for the path metrics to run
in forked processes (`--jobs 2`): the same bytes as one process, and NetworkX's
betweenness, closeness and harmonic."""
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from fractions import Fraction

import networkx as nx

TOL = 1e-6
TOL_PAGERANK = 1e-5
passed = 0
failed = 0


def check(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", msg)


def near(got, want, tol):
    return abs(got - want) <= tol * max(1.0, abs(want))


def reference(G):
    """NetworkX metrics with the definitions in the README (distance = 1/weight).
    Distances are exact rationals: igraph counts paths whose float lengths differ
    only by rounding (1/3 + 1/6 vs 1/2) as ties, as exact arithmetic does, while
    NetworkX on float distances splits them by rounding accident."""
    n = G.number_of_nodes()
    for u, v, d in G.edges(data=True):
        d["distance"] = Fraction(1) / Fraction(d["weight"])
    ref = {name: {} for name in G}
    eig = {}
    if G.number_of_edges() > 0:
        eig = nx.eigenvector_centrality_numpy(G, weight="weight")
        top = max(abs(x) for x in eig.values())
        eig = {k: abs(x) / top for k, x in eig.items()}
    metrics = {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G, weight="distance", normalized=True),
        "closeness": nx.closeness_centrality(G, distance="distance"),
        "harmonic": {k: (x / (n - 1) if n > 1 else 0.0) for k, x in
                     nx.harmonic_centrality(G, distance="distance").items()},
        "eigenvector": eig,
        "pagerank": nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-13, max_iter=10000),
        "core": nx.core_number(G),
        "clustering": nx.clustering(G),
    }
    for metric, values in metrics.items():
        for name in G:
            ref[name][metric] = float(values.get(name, 0.0))
    return ref


def float_distance_gap(G, nodes):
    """How far NetworkX on float distances is from us (information only)."""
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    b = nx.betweenness_centrality(H, weight="distance", normalized=True)
    return max((abs(x["betweenness"] - b[x["name"]]) for x in nodes), default=0.0)


def compare_nodes(label, G, nodes, metrics):
    ref = reference(G)
    names = [str(x["name"]) for x in nodes]
    check(sorted(names) == sorted(str(x) for x in G), f"{label}: same node set")
    for x in nodes:
        want = ref.get(x["name"])
        if want is None:
            continue
        for metric in metrics:
            if metric not in x:
                check(False, f"{label}: node {x['name']} lacks {metric}")
                continue
            tol = TOL_PAGERANK if metric == "pagerank" else TOL
            check(near(float(x[metric]), float(want[metric]), tol),
                  f"{label}: {metric}({x['name']}) = {x[metric]!r}, networkx {want[metric]!r}")


def compare_graph(label, G, dumped):
    nodes, gm = dumped["nodes"], dumped["graph"]
    order = [x["name"] for x in nodes]
    index = {name: i for i, name in enumerate(order)}
    comps = sorted(nx.connected_components(G), key=lambda c: min(index[v] for v in c))
    largest = max(comps, key=len) if comps else set()  # first of equal size = smallest index
    check(near(gm["density"], nx.density(G), TOL), f"{label}: density")
    check(gm["components"] == len(comps), f"{label}: components {gm['components']} vs {len(comps)}")
    check(gm["largest_component"] == len(largest), f"{label}: largest component")
    diam = nx.diameter(G.subgraph(largest)) if len(largest) > 1 else 0
    check(gm["diameter"] == diam, f"{label}: diameter {gm['diameter']} vs {diam}")
    check(gm["betweenness_exact"] == 1, f"{label}: exact betweenness")

    # Communities: numbered by size (desc), ties by smallest node index.
    parts = {}
    for x in nodes:
        parts.setdefault(x["community"], []).append(index[x["name"]])
    ids = sorted(parts)
    check(ids == list(range(len(ids))), f"{label}: community ids are 0..k-1")
    check(gm["communities"] == len(ids), f"{label}: community count")
    keys = [(-len(parts[c]), min(parts[c])) for c in ids]
    check(keys == sorted(keys), f"{label}: community 0 is the largest, ties by smallest index")
    partition = [set(order[i] for i in parts[c]) for c in ids]
    q = nx.community.modularity(G, partition, weight="weight")
    check(near(gm["modularity"], q, TOL), f"{label}: modularity {gm['modularity']} vs nx {q}")
    louvain = nx.community.louvain_communities(G, weight="weight", seed=1)
    ql = nx.community.modularity(G, louvain, weight="weight")
    check(q >= 0.95 * ql, f"{label}: Leiden modularity {q:.6f} < 0.95 x Louvain {ql:.6f}")
    print(f"{label}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
          f"{len(ids)} communities, Q = {q:.6f} (Louvain {ql:.6f})")


def dump(tool, path, *args, raw=False):
    out = subprocess.run([tool, "--dump", path, *args], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        check(False, f"{tool} --dump {path} exited {out.returncode}: {out.stderr.strip()}")
        return None
    return out.stdout if raw else json.loads(out.stdout)


ALL = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
       "pagerank", "core", "clustering"]


def run_edgelist(label, tool, path, G):
    dumped = dump(tool, path)
    if dumped is None:
        return
    compare_nodes(label, G, dumped["nodes"], ALL)
    compare_graph(label, G, dumped)
    gap = float_distance_gap(G, dumped["nodes"])
    if gap > TOL:
        print(f"{label}: note: NetworkX with float distances differs by up to {gap:.2g} in "
              "betweenness (rounding splits tied paths)")


def karate(tool, source_dir):
    path = os.path.join(source_dir, "tests", "data", "karate.txt")
    K = nx.karate_club_graph()
    F = nx.Graph()
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            u, v, w = line.split()
            F.add_edge(int(u), int(v), weight=float(w))
    same = (sorted(F.nodes) == sorted(K.nodes) and F.number_of_edges() == K.number_of_edges()
            and all(F.has_edge(u, v) and F[u][v]["weight"] == d["weight"]
                    for u, v, d in K.edges(data=True)))
    check(same, "karate: tests/data/karate.txt matches nx.karate_club_graph() with weights")
    G = nx.relabel_nodes(K, str)
    run_edgelist("karate", tool, path, G)


def random_graph(seed, integer_weights):
    """Several components of random sizes, a few isolates, shuffled names."""
    rng = random.Random(seed)
    sizes = [30, 14, 7, 4, 2, 1, 1]
    names = [f"n{i}" for i in range(sum(sizes))]
    rng.shuffle(names)
    G = nx.Graph()
    G.add_nodes_from(names)
    start = 0
    for size in sizes:
        block = names[start:start + size]
        start += size
        for i in range(1, size):  # a random tree keeps the block connected
            G.add_edge(block[i], block[rng.randrange(i)])
        for _ in range(size):
            u, v = rng.sample(block, 2) if size > 1 else (block[0], block[0])
            if u != v:
                G.add_edge(u, v)
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.randint(1, 4)) if integer_weights else \
            round(rng.uniform(0.2, 5.0), 6)
    return G


def write_edgelist(G, path, seed):
    rng = random.Random(seed)
    lines = [f"{u} {v} {d['weight']!r}" for u, v, d in G.edges(data=True)]
    lines += [u for u in G if G.degree(u) == 0]
    rng.shuffle(lines)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def forked(tool, workdir):
    """520 nodes (test_metrics forks from 500): weights 1, 2 or 4 make every
    distance a multiple of 1/4, exact in floating point, so NetworkX can run on
    floats (Fractions take too long at this size)."""
    rng = random.Random(21)
    names = [f"v{i}" for i in range(520)]
    G = nx.Graph()
    G.add_nodes_from(names)
    for i in range(1, 500):  # a tree, chords, and a separate path of 20
        G.add_edge(names[i], names[rng.randrange(i)])
    for _ in range(250):
        u, v = rng.sample(names[:500], 2)
        G.add_edge(u, v)
    for i in range(501, 520):
        G.add_edge(names[i - 1], names[i])
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.choice((1, 2, 4)))
        G[u][v]["distance"] = 1.0 / G[u][v]["weight"]
    path = os.path.join(workdir, "forked.txt")
    write_edgelist(G, path, 21)
    one, two = dump(tool, path, raw=True), dump(tool, path, "--jobs", "2", raw=True)
    if one is None or two is None:
        return
    one, two = json.loads(one), json.loads(two)
    check(two["graph"]["children"] > 0, "forked: --jobs 2 forked a child process")
    two["graph"]["children"] = one["graph"]["children"]
    check(one == two, "forked: --jobs 2 gives the same numbers as --jobs 1")
    nodes = two["nodes"]
    n = G.number_of_nodes()
    ref = {"betweenness": nx.betweenness_centrality(G, weight="distance", normalized=True),
           "closeness": nx.closeness_centrality(G, distance="distance"),
           "harmonic": {k: x / (n - 1) for k, x in nx.harmonic_centrality(G, distance="distance").items()}}
    for x in nodes:
        for metric, values in ref.items():
            check(near(x[metric], values[x["name"]], TOL),
                  f"forked: {metric}({x['name']}) = {x[metric]!r}, networkx {values[x['name']]!r}")
    print(f"forked: {n} nodes, {G.number_of_edges()} edges, --jobs 2 = --jobs 1, path metrics match")


def samples(entgraph, source_dir, workdir):
    sdir = os.path.join(source_dir, "samples")
    files = sorted(f for f in os.listdir(sdir) if f.endswith(".txt")) if os.path.isdir(sdir) else []
    if not files:
        print("note: no samples/*.txt; part (c) skipped")
        return
    if not (os.path.isfile(entgraph) and os.access(entgraph, os.X_OK)):
        print(f"note: {entgraph} not built; part (c) skipped")
        return
    for name in files:
        out = os.path.join(workdir, name + ".json")
        try:
            r = subprocess.run([entgraph, "--json", out, os.path.join(sdir, name)],
                               capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            print(f"note: entgraph failed on {name} ({e}); part (c) skipped for it")
            continue
        if r.returncode != 0 or not os.path.isfile(out):
            print(f"note: entgraph exited {r.returncode} on {name}; part (c) skipped for it")
            continue
        with open(out) as f:
            data = json.load(f)
        G = nx.Graph()
        for x in data.get("nodes", []):
            G.add_node(str(x["id"]))
        for e in data.get("links", []):
            G.add_edge(str(e["source"]), str(e["target"]), weight=float(e["weight"]))
        nodes = [dict(x, name=str(x["id"])) for x in data.get("nodes", [])]
        if G.number_of_edges() == 0:
            print(f"note: {name}: no links; part (c) skipped for it")
            continue
        present = [m for m in ALL if nodes and m in nodes[0]]
        compare_nodes(f"sample {name}", G, nodes, present)
        print(f"sample {name}: {G.number_of_nodes()} nodes, compared {', '.join(present)}")


def main():
    if len(sys.argv) != 4:
        print("usage: check_metrics_networkx.py ENTGRAPH_BIN SOURCE_DIR BINARY_DIR", file=sys.stderr)
        return 2
    entgraph, source_dir, binary_dir = sys.argv[1:]
    tool = os.path.join(binary_dir, "test_metrics")
    if not os.access(tool, os.X_OK):
        print(f"FAIL {tool} not built")
        return 1
    with tempfile.TemporaryDirectory(dir=binary_dir if os.path.isdir(binary_dir) else None) as tmp:
        karate(tool, source_dir)
        for seed, integer in ((11, False), (12, True), (13, False)):
            G = random_graph(seed, integer)
            path = os.path.join(tmp, f"random{seed}.txt")
            write_edgelist(G, path, seed)
            run_edgelist(f"random seed {seed}{' integer weights' if integer else ''}", tool, path, G)
        forked(tool, tmp)
        samples(entgraph, source_dir, tmp)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
