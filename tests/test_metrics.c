/* test_metrics.c — unit tests for the metrics stage on hand-built graphs.
 * Also the dump tool for check_metrics_networkx.py: test_metrics --dump EDGELIST [--exact] [--jobs N]. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "graph.h"
#include "harness.h"
#include "metrics.h"

#define NEAR(got, want, msg) do { double gd_ = (got), wd_ = (want); eg_t_run++; \
    if (!(fabs(gd_ - wd_) <= 1e-9 * (1.0 + fabs(wd_)))) { eg_t_fail++; \
    fprintf(stderr, "%s:%d: FAIL %s: got %.12g, want %.12g\n", __FILE__, __LINE__, (msg), \
    gd_, wd_); } } while (0)

/* A graph of n nodes and the given edges, built directly (no graph.c). */
typedef struct { size_t a, b; double w; } tedge;

static eg_graph *build(size_t n, const tedge *e, size_t m)
{
    eg_graph *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->nnodes = n;
    g->nedges = m;
    g->nodes = n ? calloc(n, sizeof *g->nodes) : NULL;
    g->edges = m ? calloc(m, sizeof *g->edges) : NULL;
    for (size_t i = 0; i < m; i++) {
        g->edges[i].a = e[i].a;
        g->edges[i].b = e[i].b;
        g->edges[i].weight = e[i].w;
    }
    return g;
}

static void destroy(eg_graph *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->nnodes; i++) free(g->nodes[i].label);
    free(g->nodes);
    free(g->edges);
    free(g);
}

static void test_path(void)
{
    const tedge e[] = { { 0, 1, 1 }, { 1, 2, 1 } };
    eg_graph *g = build(3, e, 2);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "path: compute");
    INT_EQ(g->nodes[0].degree, 1, "path: degree end");
    INT_EQ(g->nodes[1].degree, 2, "path: degree middle");
    NEAR(g->nodes[1].strength, 2.0, "path: strength middle");
    NEAR(g->nodes[1].betweenness, 1.0, "path: betweenness middle");
    NEAR(g->nodes[0].betweenness, 0.0, "path: betweenness end");
    NEAR(g->nodes[0].closeness, 2.0 / 3.0, "path: closeness end");
    NEAR(g->nodes[1].closeness, 1.0, "path: closeness middle");
    NEAR(g->nodes[0].harmonic, 0.75, "path: harmonic end");
    NEAR(g->nodes[1].harmonic, 1.0, "path: harmonic middle");
    NEAR(g->nodes[0].eigenvector, 1.0 / sqrt(2.0), "path: eigenvector end");
    NEAR(g->nodes[1].eigenvector, 1.0, "path: eigenvector middle");
    NEAR(g->nodes[0].pagerank, 19.0 / 74.0, "path: pagerank end");
    NEAR(g->nodes[1].pagerank, 18.0 / 37.0, "path: pagerank middle");
    INT_EQ(g->nodes[2].core, 1, "path: core");
    NEAR(g->nodes[1].clustering, 0.0, "path: clustering");
    INT_EQ(g->communities, 1, "path: one community");
    NEAR(g->modularity, 0.0, "path: modularity");
    NEAR(g->density, 2.0 / 3.0, "path: density");
    INT_EQ(g->components, 1, "path: components");
    INT_EQ(g->largest_component, 3, "path: largest component");
    INT_EQ(g->diameter, 2, "path: diameter");
    INT_EQ(g->betweenness_exact, 1, "path: exact betweenness");
    destroy(g);
}

/* A triangle whose light edge 0-2 (distance 4) loses to the path through 1 (distance 2). */
static void test_weighted_triangle(void)
{
    const tedge e[] = { { 0, 1, 1 }, { 1, 2, 1 }, { 0, 2, 0.25 } };
    eg_graph *g = build(3, e, 3);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "wtri: compute");
    NEAR(g->nodes[0].strength, 1.25, "wtri: strength");
    INT_EQ(g->nodes[0].degree, 2, "wtri: degree");
    NEAR(g->nodes[1].betweenness, 1.0, "wtri: betweenness via heavy edges");
    NEAR(g->nodes[0].betweenness, 0.0, "wtri: betweenness end");
    NEAR(g->nodes[0].closeness, 2.0 / 3.0, "wtri: closeness uses 1/weight");
    NEAR(g->nodes[0].harmonic, 0.75, "wtri: harmonic uses 1/weight");
    NEAR(g->nodes[0].clustering, 1.0, "wtri: clustering is unweighted");
    INT_EQ(g->nodes[0].core, 2, "wtri: core");
    INT_EQ(g->diameter, 1, "wtri: diameter counts hops");
    destroy(g);
}

static void test_star(void)
{
    const tedge e[] = { { 0, 1, 1 }, { 0, 2, 1 }, { 0, 3, 1 }, { 0, 4, 1 } };
    eg_graph *g = build(5, e, 4);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "star: compute");
    INT_EQ(g->nodes[0].degree, 4, "star: degree centre");
    NEAR(g->nodes[0].betweenness, 1.0, "star: betweenness centre");
    NEAR(g->nodes[3].betweenness, 0.0, "star: betweenness leaf");
    NEAR(g->nodes[0].closeness, 1.0, "star: closeness centre");
    NEAR(g->nodes[3].closeness, 4.0 / 7.0, "star: closeness leaf");
    NEAR(g->nodes[0].harmonic, 1.0, "star: harmonic centre");
    NEAR(g->nodes[3].harmonic, 0.625, "star: harmonic leaf");
    NEAR(g->nodes[0].eigenvector, 1.0, "star: eigenvector centre");
    NEAR(g->nodes[3].eigenvector, 0.5, "star: eigenvector leaf");
    NEAR(g->nodes[3].pagerank, 0.036375 / 0.2775, "star: pagerank leaf");
    NEAR(g->nodes[0].pagerank, 1.0 - 4.0 * 0.036375 / 0.2775, "star: pagerank centre");
    INT_EQ(g->nodes[0].core, 1, "star: core");
    NEAR(g->density, 0.4, "star: density");
    INT_EQ(g->diameter, 2, "star: diameter");
    INT_EQ(g->communities, 1, "star: one community");
    destroy(g);
}

static void test_triangle_isolate(void)
{
    const tedge e[] = { { 0, 1, 1 }, { 1, 2, 1 }, { 2, 0, 1 } }; /* a > b on purpose */
    eg_graph *g = build(4, e, 3);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "tri+iso: compute");
    INT_EQ(g->nodes[3].degree, 0, "tri+iso: isolate degree");
    NEAR(g->nodes[0].betweenness, 0.0, "tri+iso: betweenness");
    NEAR(g->nodes[0].closeness, 2.0 / 3.0, "tri+iso: closeness is WF-scaled");
    NEAR(g->nodes[3].closeness, 0.0, "tri+iso: closeness isolate");
    NEAR(g->nodes[0].harmonic, 2.0 / 3.0, "tri+iso: harmonic");
    NEAR(g->nodes[0].eigenvector, 1.0, "tri+iso: eigenvector triangle");
    NEAR(g->nodes[3].eigenvector, 0.0, "tri+iso: eigenvector isolate");
    NEAR(g->nodes[0].pagerank, 20.0 / 63.0, "tri+iso: pagerank triangle");
    NEAR(g->nodes[3].pagerank, 1.0 / 21.0, "tri+iso: pagerank isolate (dangling)");
    INT_EQ(g->nodes[1].core, 2, "tri+iso: core triangle");
    INT_EQ(g->nodes[3].core, 0, "tri+iso: core isolate");
    NEAR(g->nodes[2].clustering, 1.0, "tri+iso: clustering");
    NEAR(g->nodes[3].clustering, 0.0, "tri+iso: clustering isolate");
    INT_EQ(g->components, 2, "tri+iso: components");
    INT_EQ(g->largest_component, 3, "tri+iso: largest component");
    INT_EQ(g->diameter, 1, "tri+iso: diameter of largest component");
    NEAR(g->density, 0.5, "tri+iso: density");
    INT_EQ(g->communities, 2, "tri+iso: communities");
    INT_EQ(g->nodes[0].community, 0, "tri+iso: triangle is community 0");
    INT_EQ(g->nodes[3].community, 1, "tri+iso: isolate is community 1");
    destroy(g);
}

/* Two triangles joined by a bridge: the textbook two-community graph. */
static void test_two_triangles(void)
{
    const tedge e[] = { { 3, 4, 1 }, { 4, 5, 1 }, { 3, 5, 1 }, { 2, 3, 1 },
                        { 0, 1, 1 }, { 1, 2, 1 }, { 0, 2, 1 } };
    eg_graph *g = build(6, e, 7);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "bridge: compute");
    INT_EQ(g->communities, 2, "bridge: communities");
    NEAR(g->modularity, 5.0 / 14.0, "bridge: modularity");
    for (int i = 0; i < 3; i++) INT_EQ(g->nodes[i].community, 0, "bridge: node 0's side is 0");
    for (int i = 3; i < 6; i++) INT_EQ(g->nodes[i].community, 1, "bridge: other side is 1");
    /* 2 lies on the shortest paths of the pairs {0,1} x {3,4,5}. */
    NEAR(g->nodes[2].betweenness, 6.0 * 2.0 / (5.0 * 4.0), "bridge: betweenness");
    INT_EQ(g->diameter, 3, "bridge: diameter");
    destroy(g);
}

static void test_degenerate(void)
{
    eg_graph *g = build(0, NULL, 0);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "empty: compute");
    INT_EQ(g->components, 0, "empty: components");
    INT_EQ(g->largest_component, 0, "empty: largest");
    INT_EQ(g->communities, 0, "empty: communities");
    NEAR(g->density, 0.0, "empty: density");
    destroy(g);

    g = build(1, NULL, 0);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "single: compute");
    INT_EQ(g->nodes[0].degree, 0, "single: degree");
    NEAR(g->nodes[0].closeness, 0.0, "single: closeness");
    NEAR(g->nodes[0].harmonic, 0.0, "single: harmonic");
    NEAR(g->nodes[0].betweenness, 0.0, "single: betweenness");
    NEAR(g->nodes[0].pagerank, 1.0, "single: pagerank");
    INT_EQ(g->nodes[0].community, 0, "single: community");
    INT_EQ(g->components, 1, "single: components");
    INT_EQ(g->largest_component, 1, "single: largest");
    INT_EQ(g->communities, 1, "single: communities");
    destroy(g);

    g = build(3, NULL, 0);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "edgeless: compute");
    for (int i = 0; i < 3; i++) {
        INT_EQ(g->nodes[i].community, i, "edgeless: community = index");
        NEAR(g->nodes[i].pagerank, 1.0 / 3.0, "edgeless: pagerank uniform");
        NEAR(g->nodes[i].eigenvector, 0.0, "edgeless: eigenvector");
        NEAR(g->nodes[i].closeness, 0.0, "edgeless: closeness");
    }
    INT_EQ(g->components, 3, "edgeless: components");
    INT_EQ(g->communities, 3, "edgeless: communities");
    INT_EQ(g->diameter, 0, "edgeless: diameter");
    destroy(g);

    INT_EQ(eg_metrics_compute(NULL, 0, 1), EG_EINVAL, "NULL graph");
}

/* Self-loops and out-of-range indices are ignored, duplicates merged, weights <= 0 kept tiny. */
static void test_defensive(void)
{
    const tedge e[] = { { 0, 1, 1 }, { 1, 0, 2 }, { 1, 1, 5 }, { 1, 9, 1 }, { 1, 2, 0 },
                        { 2, 3, -1 } };
    eg_graph *g = build(4, e, 6);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "defensive: compute");
    INT_EQ(g->nodes[0].degree, 1, "defensive: duplicate counted once");
    NEAR(g->nodes[0].strength, 3.0, "defensive: duplicate weights summed");
    INT_EQ(g->nodes[1].degree, 2, "defensive: self-loop and bad index ignored");
    OK(g->nodes[2].strength > 0 && g->nodes[2].strength < 1e-6, "defensive: weight <= 0 is tiny");
    INT_EQ(g->components, 1, "defensive: tiny edges still connect");
    OK(isfinite(g->nodes[3].closeness) && g->nodes[3].closeness > 0, "defensive: closeness finite");
    destroy(g);
}

/* Above EG_BETWEENNESS_EXACT_MAX nodes betweenness, closeness and harmonic are estimated
 * from sampled sources. With the threshold lowered and fewer nodes than samples every node
 * is a source, so the estimate must equal the exact values: this checks its scaling. */
static void test_cutoff(void)
{
    const tedge e[] = { { 0, 1, 1 }, { 1, 2, 2 }, { 2, 3, 1 }, { 3, 4, 3 }, { 1, 3, 1 }, { 5, 6, 1 } };
    eg_graph *g = build(8, e, 6);
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "sample: exact compute");
    double b[8], cl[8], h[8];
    for (int i = 0; i < 8; i++) { b[i] = g->nodes[i].betweenness; cl[i] = g->nodes[i].closeness; h[i] = g->nodes[i].harmonic; }
    INT_EQ(g->betweenness_exact, 1, "sample: small graph is exact");
    size_t keep = eg_metrics__large_min;
    eg_metrics__large_min = 4;
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "sample: estimated compute");
    INT_EQ(g->betweenness_exact, 0, "sample: estimated");
    INT_EQ(g->diameter_exact, 0, "sample: diameter is a lower bound");
    for (int i = 0; i < 8; i++) {
        NEAR(g->nodes[i].betweenness, b[i], "sample: every node a source gives exact betweenness");
        NEAR(g->nodes[i].closeness, cl[i], "sample: every node a source gives exact closeness");
        NEAR(g->nodes[i].harmonic, h[i], "sample: every node a source gives exact harmonic");
    }
    INT_EQ(eg_metrics_compute(g, 1, 1), 0, "sample: exact forced");
    INT_EQ(g->betweenness_exact, 1, "sample: exact when forced");
    INT_EQ(g->diameter_exact, 1, "sample: exact diameter when forced");
    eg_metrics__large_min = keep;
    destroy(g);
}

/* A seeded random graph: a sparse component of most nodes (a random tree plus
 * random chords, weights 1-4 or fractional), a small separate component, isolates. */
static eg_graph *random_graph(size_t n, unsigned long long seed)
{
    size_t main_n = n - 12, m = 0, cap = 4 * n;
    tedge *e = malloc(cap * sizeof *e);
    eg_graph *g;
    if (!e) return NULL;
#define RND() (seed = seed * 6364136223846793005ULL + 1442695040888963407ULL, (size_t)(seed >> 33))
    for (size_t v = 1; v < main_n; v++) { /* tree, then ~1.5 chords per node */
        e[m].a = RND() % v;
        e[m].b = v;
        e[m++].w = (RND() & 1) ? (double)(1 + RND() % 4) : 0.25 + (double)(RND() % 1000) / 250.0;
    }
    for (size_t k = 0; k < main_n + main_n / 2 && m < cap; k++) {
        e[m].a = RND() % main_n;
        e[m].b = RND() % main_n;
        e[m++].w = (double)(1 + RND() % 4);
    }
    for (size_t v = main_n + 1; v < main_n + 8 && m < cap; v++) { /* a path of 8; 4 isolates */
        e[m].a = v - 1;
        e[m].b = v;
        e[m++].w = 2.0;
    }
#undef RND
    g = build(n, e, m);
    free(e);
    return g;
}

/* In sampled mode the last chunk of sources runs as pieces whose distance rows are folded
 * into the chunk's first piece. With every node a source (120: chunks of 32, 32, 32 and 24,
 * the last in three pieces) the estimate must still equal the exact values. */
static void test_pieces(void)
{
    const size_t n = 120;
    eg_graph *g = random_graph(n, 11);
    double *x = malloc(3 * n * sizeof *x);
    size_t keep = eg_metrics__large_min;
    OK(g != NULL && x != NULL, "pieces: graph");
    if (!g || !x) {
        destroy(g);
        free(x);
        return;
    }
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "pieces: exact compute");
    for (size_t i = 0; i < n; i++) {
        x[3 * i] = g->nodes[i].betweenness;
        x[3 * i + 1] = g->nodes[i].closeness;
        x[3 * i + 2] = g->nodes[i].harmonic;
    }
    eg_metrics__large_min = 4;
    INT_EQ(eg_metrics_compute(g, 0, 1), 0, "pieces: estimated compute");
    INT_EQ(g->betweenness_exact, 0, "pieces: estimated");
    for (size_t i = 0; i < n; i++) {
        NEAR(g->nodes[i].betweenness, x[3 * i], "pieces: every node a source gives exact betweenness");
        NEAR(g->nodes[i].closeness, x[3 * i + 1], "pieces: every node a source gives exact closeness");
        NEAR(g->nodes[i].harmonic, x[3 * i + 2], "pieces: every node a source gives exact harmonic");
    }
    eg_metrics__large_min = keep;
    free(x);
    destroy(g);
}

/* Every metric of every node and the graph, as raw bytes: compared bit for bit. */
typedef struct {
    double *d;
    int *i;
} snapshot;

static int snap(snapshot *s, const eg_graph *g)
{
    s->d = malloc((g->nnodes * 7 + 2) * sizeof *s->d);
    s->i = malloc((g->nnodes * 3 + 5) * sizeof *s->i);
    if (!s->d || !s->i) return -1;
    for (size_t k = 0; k < g->nnodes; k++) {
        const eg_node *v = &g->nodes[k];
        double d[7] = { v->strength, v->betweenness, v->closeness, v->harmonic, v->eigenvector,
                        v->pagerank, v->clustering };
        memcpy(s->d + 7 * k, d, sizeof d);
        s->i[3 * k] = v->degree;
        s->i[3 * k + 1] = v->core;
        s->i[3 * k + 2] = v->community;
    }
    s->d[7 * g->nnodes] = g->density;
    s->d[7 * g->nnodes + 1] = g->modularity;
    int gi[5] = { g->components, g->diameter, g->communities, g->betweenness_exact, g->diameter_exact };
    memcpy(s->i + 3 * g->nnodes, gi, sizeof gi);
    return 0;
}

static int same(const snapshot *a, const snapshot *b, size_t n)
{
    return memcmp(a->d, b->d, (n * 7 + 2) * sizeof *a->d) == 0 && memcmp(a->i, b->i, (n * 3 + 5) * sizeof *a->i) == 0;
}

static void unsnap(snapshot *s)
{
    free(s->d);
    free(s->i);
}

/* --jobs must not change a bit: the path metrics are computed in fixed chunks, in
 * forked processes for jobs > 1, and combined in chunk order. Exact mode (betweenness,
 * closeness and harmonic over every vertex) and the sampled mode are both checked. */
static void test_jobs(void)
{
    const size_t n = 900;
    eg_graph *g = random_graph(n, 7);
    size_t keep = eg_metrics__large_min;
    OK(g != NULL, "jobs: graph");
    if (!g) return;
    for (int sampled = 0; sampled < 2; sampled++) {
        const char *mode = sampled ? "sampled" : "exact";
        snapshot one = { NULL, NULL };
        eg_metrics__large_min = sampled ? n / 2 : keep;
        INT_EQ(eg_metrics_compute(g, 0, 1), 0, "jobs: compute with 1");
        INT_EQ(g->betweenness_exact, !sampled, "jobs: mode as intended");
        INT_EQ(eg_metrics__forked, 0, "jobs: 1 job forks nothing");
        OK(g->nodes[0].betweenness > 0 && g->nodes[0].closeness > 0, "jobs: metrics computed");
        OK(snap(&one, g) == 0, "jobs: snapshot");
        for (int jobs = 2; jobs <= 3 && one.d; jobs++) {
            snapshot other = { NULL, NULL };
            INT_EQ(eg_metrics_compute(g, 0, jobs), 0, "jobs: compute with 2-3");
            OK(eg_metrics__forked > 0, "jobs: children forked");
            OK(snap(&other, g) == 0 && same(&one, &other, n), sampled ? "jobs: sampled metrics identical for 2-3 jobs"
                                                                     : "jobs: exact metrics identical for 2-3 jobs");
            for (size_t q = 0; other.d && q < n * 7 + 2; q++)
                if (memcmp(&one.d[q], &other.d[q], sizeof one.d[q]) != 0) {
                    fprintf(stderr, "  %s mode, %d jobs: value %zu (node %zu, field %zu): %.17g, 1 job %.17g\n",
                            mode, jobs, q, q / 7, q % 7, other.d[q], one.d[q]);
                    break;
                }
            unsnap(&other);
        }
        unsnap(&one);
    }
    eg_metrics__large_min = keep;

    /* a child that dies is an error, never a silently wrong number */
    eg_metrics__kill_children = 1;
    INT_EQ(eg_metrics_compute(g, 0, 2), EG_EDEP, "jobs: a killed child fails the computation");
    OK(strstr(eg_error_last(), "worker process") != NULL, "jobs: the error names the worker process");
    NEAR(g->nodes[0].betweenness, 0.0, "jobs: metrics reset after a failure");
    eg_metrics__kill_children = 0;
    INT_EQ(eg_metrics_compute(g, 0, 2), 0, "jobs: computes again");
    destroy(g);
}

/* ---- dump tool: "u v [w]" lines (or a lone "u" for an isolate), JSON out ---- */

static long dump_node(eg_graph *g, size_t *cap, const char *name)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].label, name) == 0) return (long)i;
    if (g->nnodes == *cap) {
        size_t nc = *cap ? 2 * *cap : 64;
        eg_node *p = realloc(g->nodes, nc * sizeof *p);
        if (!p) return -1;
        g->nodes = p;
        *cap = nc;
    }
    eg_node *v = &g->nodes[g->nnodes];
    memset(v, 0, sizeof *v);
    if (!(v->label = eg_strdup(name))) return -1;
    v->id = v->label;
    return (long)g->nnodes++;
}

static void dump_str(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') printf("\\%c", *s);
        else if ((unsigned char)*s < 0x20) printf("\\u%04x", (unsigned)(unsigned char)*s);
        else putchar(*s);
    }
    putchar('"');
}

static int dump(const char *path, int exact, int jobs)
{
    FILE *f = fopen(path, "r");
    eg_graph g;
    size_t ncap = 0, ecap = 0;
    char line[1024];
    int rc = 1;

    memset(&g, 0, sizeof g);
    if (!f) {
        fprintf(stderr, "test_metrics: cannot open %s\n", path);
        return 2;
    }
    while (fgets(line, sizeof line, f)) {
        char u[256], v[256];
        double w = 1.0;
        int k = sscanf(line, "%255s %255s %lf", u, v, &w);
        if (k < 1 || u[0] == '#') continue;
        long a = dump_node(&g, &ncap, u), b = k >= 2 ? dump_node(&g, &ncap, v) : a;
        if (a < 0 || b < 0) goto done;
        if (k < 2) continue;
        if (g.nedges == ecap) {
            size_t nc = ecap ? 2 * ecap : 64;
            eg_edge *p = realloc(g.edges, nc * sizeof *p);
            if (!p) goto done;
            g.edges = p;
            ecap = nc;
        }
        memset(&g.edges[g.nedges], 0, sizeof g.edges[0]);
        g.edges[g.nedges].a = (size_t)(a < b ? a : b);
        g.edges[g.nedges].b = (size_t)(a < b ? b : a);
        g.edges[g.nedges].weight = w;
        g.nedges++;
    }
    if (eg_metrics_compute(&g, exact, jobs) != 0) {
        fprintf(stderr, "test_metrics: %s\n", eg_error_last());
        goto done;
    }
    printf("{\"nodes\": [");
    for (size_t i = 0; i < g.nnodes; i++) {
        const eg_node *n = &g.nodes[i];
        printf("%s\n {\"name\": ", i ? "," : "");
        dump_str(n->label);
        printf(", \"degree\": %d, \"strength\": %.17g, \"betweenness\": %.17g, "
               "\"closeness\": %.17g, \"harmonic\": %.17g, \"eigenvector\": %.17g, "
               "\"pagerank\": %.17g, \"core\": %d, \"clustering\": %.17g, \"community\": %d}",
               n->degree, n->strength, n->betweenness, n->closeness, n->harmonic,
               n->eigenvector, n->pagerank, n->core, n->clustering, n->community);
    }
    printf("],\n\"graph\": {\"density\": %.17g, \"modularity\": %.17g, \"components\": %d, "
           "\"largest_component\": %d, \"diameter\": %d, \"communities\": %d, "
           "\"betweenness_exact\": %d, \"betweenness_cutoff\": %.17g, \"children\": %zu}}\n",
           g.density, g.modularity, g.components, g.largest_component, g.diameter,
           g.communities, g.betweenness_exact, g.betweenness_cutoff, eg_metrics__forked);
    rc = 0;
done:
    fclose(f);
    for (size_t i = 0; i < g.nnodes; i++) free(g.nodes[i].label);
    free(g.nodes);
    free(g.edges);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--dump") == 0) { /* [--exact] [--jobs N] */
        int exact = 0, jobs = 1;
        for (int i = 3; i < argc; i++) {
            if (strcmp(argv[i], "--exact") == 0) exact = 1;
            else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) jobs = atoi(argv[++i]);
        }
        return dump(argv[2], exact, jobs);
    }
    test_path();
    test_weighted_triangle();
    test_star();
    test_triangle_isolate();
    test_two_triangles();
    test_degenerate();
    test_defensive();
    test_cutoff();
    test_pieces();
    test_jobs();
    return TEST_RESULT();
}
