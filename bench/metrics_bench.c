/* metrics_bench.c — benchmark of the metrics stage (not built by default).
 * Times eg_metrics_compute on a seeded preferential-attachment graph, with --jobs N processes. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "graph.h"
#include "metrics.h"

static uint64_t bench_state = 0x9e3779b97f4a7c15ULL;

static uint64_t bench_rand(void) /* xorshift64*, seeded: the same graph every run */
{
    bench_state ^= bench_state >> 12;
    bench_state ^= bench_state << 25;
    bench_state ^= bench_state >> 27;
    return bench_state * 2685821657736338717ULL;
}

static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* n nodes, about m edges: each new node links to existing ones picked half by
 * degree (an endpoint of a random earlier edge), half uniformly; weights look
 * like co-occurrence counts (mostly 1, a tail up to 8). */
static int bench_graph(eg_graph *g, size_t n, size_t m)
{
    size_t per = (m + n / 2) / n, ne = 0;
    if (per == 0) per = 1;
    memset(g, 0, sizeof *g);
    g->nodes = calloc(n, sizeof *g->nodes);
    g->edges = calloc(per * n, sizeof *g->edges);
    if (!g->nodes || !g->edges) return -1;
    g->nnodes = n;
    for (size_t v = 1; v < n && ne < m; v++) {
        size_t want = v < per ? v : per, first = ne;
        for (size_t k = 0; k < want && ne < m; k++) {
            size_t u;
            if (ne > 0 && (bench_rand() & 1)) {
                const eg_edge *e = &g->edges[bench_rand() % ne];
                u = (bench_rand() & 1) ? e->a : e->b;
            } else {
                u = bench_rand() % v;
            }
            int dup = 0;
            for (size_t j = first; j < ne; j++)
                if (g->edges[j].a == u && g->edges[j].b == v) dup = 1;
            if (dup || u == v) continue;
            g->edges[ne].a = u;
            g->edges[ne].b = v;
            uint64_t r = bench_rand() % 100;
            g->edges[ne].weight = r < 70 ? 1 : r < 85 ? 2 : r < 93 ? 3 : (double)(4 + r % 5);
            ne++;
        }
    }
    g->nedges = ne;
    return 0;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 20000;
    size_t m = argc > 2 ? strtoul(argv[2], NULL, 10) : 100000;
    int exact = 0, jobs = 1;
    eg_graph g;

    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--exact") == 0) exact = 1;
        else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) jobs = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: metrics_bench [NODES [EDGES [--exact] [--jobs N]]]\n");
            return 2;
        }
    }

    if (n < 2 || bench_graph(&g, n, m) != 0) {
        fprintf(stderr, "metrics_bench: cannot build the graph\n");
        return 1;
    }
    double t0 = bench_now();
    int rc = eg_metrics_compute(&g, exact, jobs);
    double t1 = bench_now();
    if (rc != 0) {
        fprintf(stderr, "metrics_bench: %s\n", eg_error_last());
        return 1;
    }
    printf("nodes %zu, edges %zu, components %d, communities %d, modularity %.4f, diameter %d\n",
           g.nnodes, g.nedges, g.components, g.communities, g.modularity, g.diameter);
    printf("jobs %d (%zu child processes)\n", jobs, eg_metrics__forked);
    printf("betweenness %s", g.betweenness_exact ? "exact" : "estimated");
    if (!g.betweenness_exact) printf(" (cutoff %.3g)", g.betweenness_cutoff);
    printf("\n");
    const char *const *names = NULL;
    const double *secs = NULL;
    size_t nsteps = eg_metrics__timings(&names, &secs);
    for (size_t i = 0; i < nsteps; i++) printf("  %-20s %8.3f s\n", names[i], secs[i]);
    printf("eg_metrics_compute: %.3f s\n", t1 - t0);
    free(g.nodes);
    free(g.edges);
    return 0;
}
