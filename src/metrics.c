/* metrics.c — stage: graph metrics and communities.
 * The only file that includes igraph: centralities, k-cores, clustering, Leiden. */
#define _POSIX_C_SOURCE 200809L
#include "metrics.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"

/* Weights are clamped into this range: a weight <= 0 (or NaN) becomes "tiny
 * positive", so that distance = 1/weight stays finite and positive. */
#define EG_METRICS_MIN_WEIGHT 1e-9
#define EG_METRICS_MAX_WEIGHT 1e9
/* Estimated betweenness counts only paths no longer than this many mean edge distances. */
size_t eg_metrics__large_min = EG_BETWEENNESS_EXACT_MAX;

/* Sources sampled for betweenness, closeness and harmonic centrality on large graphs. */
#define EG_METRICS_SAMPLES 256
#define EG_METRICS_SEED 42

/* igraph 0.10 (as built by Debian) keeps its error handler, finally-stack and
 * default RNG in globals: install the handlers once and serialise every call. */
static pthread_once_t eg_metrics__once = PTHREAD_ONCE_INIT;
static pthread_mutex_t eg_metrics__lock = PTHREAD_MUTEX_INITIALIZER;

static void eg_metrics__on_error(const char *reason, const char *file, int line,
                                 igraph_error_t err)
{
    (void)file;
    (void)line;
    eg_error_set(err == IGRAPH_ENOMEM ? EG_ENOMEM : EG_EDEP, "igraph: %s (%s)", reason,
                 igraph_strerror(err));
    IGRAPH_FINALLY_FREE(); /* what igraph's own non-aborting handlers do */
}

static void eg_metrics__on_warning(const char *reason, const char *file, int line)
{
    /* Warnings (e.g. "graph is disconnected" from eigenvector centrality) are
     * expected on our graphs; the library never prints. */
    (void)reason;
    (void)file;
    (void)line;
}

static void eg_metrics__install(void)
{
    igraph_set_error_handler(eg_metrics__on_error);
    igraph_set_warning_handler(eg_metrics__on_warning);
}

enum { EG_T_BETWEENNESS, EG_T_CLOSENESS, EG_T_HARMONIC, EG_T_EIGENVECTOR, EG_T_PAGERANK,
       EG_T_CORE, EG_T_CLUSTERING, EG_T_COMPONENTS, EG_T_LEIDEN, EG_T_NSTEPS };
static const char *const eg_metrics__step_names[EG_T_NSTEPS] = {
    "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
    "core", "clustering", "components", "communities" };
static _Thread_local double eg_metrics__secs[EG_T_NSTEPS];

size_t eg_metrics__timings(const char *const **names, const double **secs)
{
    *names = eg_metrics__step_names;
    *secs = eg_metrics__secs;
    return EG_T_NSTEPS;
}

static double eg_metrics__now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Charge the time since *t to step, and restart the clock. */
static void eg_metrics__lap(int step, double *t)
{
    double now = eg_metrics__now();
    eg_metrics__secs[step] += now - *t;
    *t = now;
}

typedef struct {
    igraph_integer_t a, b;
    double w;
} eg_medge;

static int eg_metrics__edge_cmp(const void *x, const void *y)
{
    const eg_medge *p = x, *q = y;
    if (p->a != q->a) return p->a < q->a ? -1 : 1;
    if (p->b != q->b) return p->b < q->b ? -1 : 1;
    return 0;
}

static double eg_metrics__clamp(double w)
{
    if (!(w >= EG_METRICS_MIN_WEIGHT)) return EG_METRICS_MIN_WEIGHT; /* also NaN */
    if (w > EG_METRICS_MAX_WEIGHT) return EG_METRICS_MAX_WEIGHT;
    return w;
}

/* Normalise g's edges to a simple graph: a < b, no self-loops or bad indices,
 * duplicates merged by summing weights. *out is malloc'd (caller frees). */
static int eg_metrics__simple_edges(eg_medge **out, size_t *nout, const eg_graph *g)
{
    eg_medge *e = NULL;
    size_t n = 0;

    *out = NULL;
    *nout = 0;
    if (g->nedges == 0) return 0;
    e = malloc(g->nedges * sizeof *e);
    if (!e) return eg_error_set(EG_ENOMEM, "metrics: out of memory");
    for (size_t i = 0; i < g->nedges; i++) {
        size_t a = g->edges[i].a, b = g->edges[i].b;
        if (a == b || a >= g->nnodes || b >= g->nnodes) continue;
        e[n].a = (igraph_integer_t)(a < b ? a : b);
        e[n].b = (igraph_integer_t)(a < b ? b : a);
        e[n].w = eg_metrics__clamp(g->edges[i].weight);
        n++;
    }
    qsort(e, n, sizeof *e, eg_metrics__edge_cmp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k > 0 && e[k - 1].a == e[i].a && e[k - 1].b == e[i].b)
            e[k - 1].w = eg_metrics__clamp(e[k - 1].w + e[i].w);
        else
            e[k++] = e[i];
    }
    *out = e;
    *nout = k;
    return 0;
}

typedef struct {
    size_t size, first;
    igraph_integer_t raw;
} eg_mcomm;

static int eg_metrics__comm_cmp(const void *x, const void *y)
{
    const eg_mcomm *p = x, *q = y;
    if (p->size != q->size) return p->size > q->size ? -1 : 1;
    if (p->first != q->first) return p->first < q->first ? -1 : 1;
    return 0;
}

/* Renumber membership in place: 0 is the largest community, ties broken by
 * the smallest node index. Returns the number of communities or -1 on ENOMEM. */
static long eg_metrics__renumber(igraph_vector_int_t *memb, size_t n)
{
    igraph_integer_t maxc = -1;
    for (size_t i = 0; i < n; i++)
        if (VECTOR(*memb)[i] > maxc) maxc = VECTOR(*memb)[i];
    size_t nc = (size_t)(maxc + 1);
    eg_mcomm *c = calloc(nc ? nc : 1, sizeof *c);
    igraph_integer_t *map = malloc((nc ? nc : 1) * sizeof *map);
    long used = 0;
    if (!c || !map) {
        free(c);
        free(map);
        return -1;
    }
    for (size_t k = 0; k < nc; k++) {
        c[k].raw = (igraph_integer_t)k;
        c[k].first = n;
    }
    for (size_t i = 0; i < n; i++) {
        eg_mcomm *ci = &c[VECTOR(*memb)[i]];
        if (ci->size++ == 0) ci->first = i;
    }
    qsort(c, nc, sizeof *c, eg_metrics__comm_cmp);
    for (size_t k = 0; k < nc; k++) {
        map[c[k].raw] = (igraph_integer_t)k;
        if (c[k].size) used++;
    }
    for (size_t i = 0; i < n; i++) VECTOR(*memb)[i] = map[VECTOR(*memb)[i]];
    free(c);
    free(map);
    return used;
}

static void eg_metrics__reset(eg_graph *g)
{
    for (size_t i = 0; i < g->nnodes; i++) {
        eg_node *v = &g->nodes[i];
        v->degree = 0;
        v->strength = v->betweenness = v->closeness = v->harmonic = 0.0;
        v->eigenvector = v->pagerank = v->clustering = 0.0;
        v->core = 0;
        v->community = (int)i;
    }
    g->density = g->modularity = 0.0;
    g->components = (int)g->nnodes;
    g->largest_component = g->nnodes ? 1 : 0;
    g->diameter = 0;
    g->communities = (int)g->nnodes;
    g->betweenness_exact = 1;
    g->diameter_exact = 1;
    g->betweenness_cutoff = 0.0;
    if (g->nnodes == 1) g->nodes[0].pagerank = 1.0;
}

/* Run an igraph call; on failure the handler has recorded the message. */
#define EG_IG(call) do { igraph_error_t ig_ = (call); if (ig_ != IGRAPH_SUCCESS) { \
    err = ig_ == IGRAPH_ENOMEM ? EG_ENOMEM : EG_EDEP; goto done; } } while (0)
#define EG_IG_INIT(call, flag) do { EG_IG(call); (flag) = 1; } while (0)

/* Betweenness, closeness and harmonic centrality estimated from the shortest paths of k
 * seeded random sources: betweenness counts the paths leaving the sources and scales by
 * n/k; closeness and harmonic average each node's distances to the sources (in an
 * undirected graph d(s, v) = d(v, s)). Fills the three node fields. */
static igraph_error_t eg_metrics__sampled(const igraph_t *graph, const igraph_vector_t *dist, eg_graph *g, size_t n)
{
    size_t k = n < EG_METRICS_SAMPLES ? n : EG_METRICS_SAMPLES;
    double nd = (double)n;
    igraph_vector_int_t src, chunk;
    igraph_vector_t res;
    igraph_matrix_t D;
    double *hsum = calloc(n, sizeof *hsum), *dsum = calloc(n, sizeof *dsum);
    size_t *reach = calloc(n, sizeof *reach), *seen = calloc(n, sizeof *seen);
    if (!hsum || !dsum || !reach || !seen) {
        free(hsum); free(dsum); free(reach); free(seen);
        IGRAPH_ERROR("out of memory", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(free, hsum);
    IGRAPH_FINALLY(free, dsum);
    IGRAPH_FINALLY(free, reach);
    IGRAPH_FINALLY(free, seen);
    IGRAPH_CHECK(igraph_vector_int_init_range(&src, 0, (igraph_integer_t)n));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &src);
    for (size_t i = 0; i < k; i++) { /* partial Fisher-Yates with igraph's seeded generator */
        igraph_integer_t j = RNG_INTEGER((igraph_integer_t)i, (igraph_integer_t)n - 1);
        igraph_integer_t x = VECTOR(src)[i];
        VECTOR(src)[i] = VECTOR(src)[j];
        VECTOR(src)[j] = x;
    }
    IGRAPH_CHECK(igraph_vector_int_resize(&src, (igraph_integer_t)k));
    igraph_vector_int_sort(&src); /* the same sample in the same order, whatever the shuffle path */

    IGRAPH_VECTOR_INIT_FINALLY(&res, 0);
    IGRAPH_CHECK(igraph_betweenness_subset(graph, &res, igraph_vss_all(), 0, igraph_vss_vector(&src),
                                           igraph_vss_all(), dist));
    for (size_t i = 0; i < n; i++)
        g->nodes[i].betweenness = n > 2 ? VECTOR(res)[i] * (nd / (double)k) * 2.0 / ((nd - 1.0) * (nd - 2.0)) : 0.0;

    IGRAPH_CHECK(igraph_vector_int_init(&chunk, 0));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &chunk);
    IGRAPH_MATRIX_INIT_FINALLY(&D, 0, 0);
    for (size_t c0 = 0; c0 < k; c0 += 32) {
        size_t c1 = c0 + 32 < k ? c0 + 32 : k;
        IGRAPH_CHECK(igraph_vector_int_resize(&chunk, (igraph_integer_t)(c1 - c0)));
        for (size_t i = c0; i < c1; i++) VECTOR(chunk)[i - c0] = VECTOR(src)[i];
        IGRAPH_CHECK(igraph_distances_dijkstra(graph, &D, igraph_vss_vector(&chunk), igraph_vss_all(), dist, IGRAPH_ALL));
        for (size_t r = 0; r < c1 - c0; r++) {
            size_t s = (size_t)VECTOR(chunk)[r];
            for (size_t v = 0; v < n; v++) {
                if (v == s) continue;
                double d = MATRIX(D, (igraph_integer_t)r, (igraph_integer_t)v);
                seen[v]++;
                if (isfinite(d) && d > 0) { reach[v]++; dsum[v] += d; hsum[v] += 1.0 / d; }
            }
        }
    }
    for (size_t v = 0; v < n; v++) {
        g->nodes[v].harmonic = seen[v] ? hsum[v] / (double)seen[v] : 0.0;
        g->nodes[v].closeness = (seen[v] && reach[v]) ? ((double)reach[v] / (double)seen[v]) / (dsum[v] / (double)reach[v]) : 0.0;
    }
    igraph_matrix_destroy(&D);
    igraph_vector_int_destroy(&chunk);
    igraph_vector_destroy(&res);
    igraph_vector_int_destroy(&src);
    free(seen); free(reach); free(dsum); free(hsum);
    IGRAPH_FINALLY_CLEAN(8);
    return IGRAPH_SUCCESS;
}

static int eg_metrics__run(eg_graph *g, int exact, const eg_medge *e, size_t m)
{
    const size_t n = g->nnodes;
    const double nd = (double)n;
    int err = 0;
    igraph_t graph;
    igraph_vector_int_t el, imemb, icount;
    igraph_vector_t w, dist, res;
    int has_graph = 0, has_el = 0, has_imemb = 0, has_icount = 0;
    int has_w = 0, has_dist = 0, has_res = 0;
    igraph_integer_t ncomp = 0;
    double total_w = 0.0;
    double t = eg_metrics__now();

    memset(eg_metrics__secs, 0, sizeof eg_metrics__secs);
    EG_IG_INIT(igraph_vector_int_init(&el, (igraph_integer_t)(2 * m)), has_el);
    EG_IG_INIT(igraph_vector_init(&w, (igraph_integer_t)m), has_w);
    EG_IG_INIT(igraph_vector_init(&dist, (igraph_integer_t)m), has_dist);
    EG_IG_INIT(igraph_vector_init(&res, 0), has_res);
    EG_IG_INIT(igraph_vector_int_init(&imemb, 0), has_imemb);
    EG_IG_INIT(igraph_vector_int_init(&icount, 0), has_icount);
    for (size_t k = 0; k < m; k++) {
        VECTOR(el)[2 * k] = e[k].a;
        VECTOR(el)[2 * k + 1] = e[k].b;
        VECTOR(w)[k] = e[k].w;
        VECTOR(dist)[k] = 1.0 / e[k].w;
        total_w += e[k].w;
        g->nodes[e[k].a].degree++;
        g->nodes[e[k].b].degree++;
        g->nodes[e[k].a].strength += e[k].w;
        g->nodes[e[k].b].strength += e[k].w;
    }
    EG_IG_INIT(igraph_create(&graph, &el, (igraph_integer_t)n, IGRAPH_UNDIRECTED), has_graph);
    g->density = n > 1 ? 2.0 * (double)m / (nd * (nd - 1.0)) : 0.0;

    /* Betweenness on distances; igraph counts each unordered pair once, NetworkX
     * normalises the ordered-pair sum by (n-1)(n-2): hence 2/((n-1)(n-2)). */
    int large = n > eg_metrics__large_min && !exact && m > 0;
    if (large) {
        /* Sampling estimate (Brandes-Pich for betweenness, Eppstein-Wang for closeness and
         * harmonic): shortest paths on the same distances from EG_METRICS_SAMPLES seeded
         * random sources only, scaled to the whole graph. */
        g->betweenness_exact = 0;
        g->betweenness_cutoff = EG_METRICS_SAMPLES;
        EG_IG(eg_metrics__sampled(&graph, &dist, g, n));
        eg_metrics__lap(EG_T_BETWEENNESS, &t);
    } else {
        EG_IG(igraph_betweenness(&graph, &res, igraph_vss_all(), 0, &dist));
        for (size_t i = 0; i < n; i++)
            g->nodes[i].betweenness = n > 2 ? VECTOR(res)[i] * 2.0 / ((nd - 1.0) * (nd - 2.0)) : 0.0;
        eg_metrics__lap(EG_T_BETWEENNESS, &t);

        /* Closeness with Wasserman-Faust scaling: (r / sum d) * (r / (n-1)) over the
         * r nodes reachable from u. igraph's normalised closeness is r / sum d. */
        EG_IG(igraph_closeness(&graph, &res, &icount, NULL, igraph_vss_all(), IGRAPH_ALL, &dist, 1));
        for (size_t i = 0; i < n; i++) {
            double c = VECTOR(res)[i], r = (double)VECTOR(icount)[i];
            g->nodes[i].closeness = (r > 0 && isfinite(c)) ? c * r / (nd - 1.0) : 0.0;
        }
        eg_metrics__lap(EG_T_CLOSENESS, &t);

        /* Harmonic: sum of 1/d over the other nodes, divided by n-1 by igraph. */
        if (n > 1) {
            EG_IG(igraph_harmonic_centrality(&graph, &res, igraph_vss_all(), IGRAPH_ALL, &dist, 1));
            for (size_t i = 0; i < n; i++)
                g->nodes[i].harmonic = isfinite(VECTOR(res)[i]) ? VECTOR(res)[i] : 0.0;
        }
        eg_metrics__lap(EG_T_HARMONIC, &t);
    }

    if (m > 0) {
        igraph_real_t value = 0;
        EG_IG(igraph_eigenvector_centrality(&graph, &res, &value, 0, 1, &w, NULL));
        for (size_t i = 0; i < n; i++) {
            double x = fabs(VECTOR(res)[i]);
            g->nodes[i].eigenvector = (g->nodes[i].degree > 0 && isfinite(x)) ? x : 0.0;
        }
    }
    eg_metrics__lap(EG_T_EIGENVECTOR, &t);

    EG_IG(igraph_pagerank(&graph, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(), 0,
                          0.85, &w, NULL));
    for (size_t i = 0; i < n; i++) g->nodes[i].pagerank = VECTOR(res)[i];
    eg_metrics__lap(EG_T_PAGERANK, &t);

    EG_IG(igraph_coreness(&graph, &imemb, IGRAPH_ALL));
    for (size_t i = 0; i < n; i++) g->nodes[i].core = (int)VECTOR(imemb)[i];
    eg_metrics__lap(EG_T_CORE, &t);

    EG_IG(igraph_transitivity_local_undirected(&graph, &res, igraph_vss_all(),
                                               IGRAPH_TRANSITIVITY_ZERO));
    for (size_t i = 0; i < n; i++) g->nodes[i].clustering = VECTOR(res)[i];
    eg_metrics__lap(EG_T_CLUSTERING, &t);

    /* Components; the diameter (in hops) is that of the largest component. */
    EG_IG(igraph_connected_components(&graph, &imemb, &icount, &ncomp, IGRAPH_WEAK));
    {
        igraph_integer_t best = 0;
        for (igraph_integer_t k = 1; k < ncomp; k++)
            if (VECTOR(icount)[k] > VECTOR(icount)[best]) best = k;
        g->components = (int)ncomp;
        g->largest_component = ncomp > 0 ? (int)VECTOR(icount)[best] : 0;
        if (g->largest_component > 1) {
            igraph_real_t diam = 0;
            if (large) {
                /* double-sweep lower bound from a node of the largest component */
                igraph_integer_t start = 0;
                while ((size_t)start < n && VECTOR(imemb)[start] != best) start++;
                EG_IG(igraph_pseudo_diameter(&graph, &diam, start, NULL, NULL, 0, 1));
                g->diameter_exact = 0;
            } else if ((size_t)g->largest_component == n) {
                EG_IG(igraph_diameter(&graph, &diam, NULL, NULL, NULL, NULL, 0, 1));
            } else {
                igraph_t sub;
                igraph_vector_int_t keep;
                igraph_integer_t nk = 0;
                EG_IG(igraph_vector_int_init(&keep, VECTOR(icount)[best]));
                for (size_t i = 0; i < n; i++)
                    if (VECTOR(imemb)[i] == best) VECTOR(keep)[nk++] = (igraph_integer_t)i;
                igraph_error_t ig = igraph_induced_subgraph(&graph, &sub, igraph_vss_vector(&keep),
                                                            IGRAPH_SUBGRAPH_AUTO);
                if (ig == IGRAPH_SUCCESS) {
                    ig = igraph_diameter(&sub, &diam, NULL, NULL, NULL, NULL, 0, 1);
                    igraph_destroy(&sub);
                }
                igraph_vector_int_destroy(&keep);
                EG_IG(ig);
            }
            g->diameter = isfinite(diam) ? (int)diam : 0;
        }
    }
    eg_metrics__lap(EG_T_COMPONENTS, &t);

    /* Leiden with the modularity objective: node weights = strength and
     * resolution 1/(2W) make the CPM quality equal to modularity. */
    if (m > 0) {
        igraph_vector_t nw;
        igraph_integer_t nclust = 0;
        igraph_real_t quality = 0, q = 0;
        EG_IG(igraph_vector_init(&nw, (igraph_integer_t)n));
        for (size_t i = 0; i < n; i++) VECTOR(nw)[i] = g->nodes[i].strength;
        igraph_rng_seed(igraph_rng_default(), EG_METRICS_SEED);
        igraph_error_t ig = igraph_community_leiden(&graph, &w, &nw, 1.0 / (2.0 * total_w), 0.01,
                                                    0, -1, &imemb, &nclust, &quality);
        igraph_vector_destroy(&nw);
        EG_IG(ig);
        long used = eg_metrics__renumber(&imemb, n);
        if (used < 0) {
            err = eg_error_set(EG_ENOMEM, "metrics: out of memory");
            goto done;
        }
        for (size_t i = 0; i < n; i++) g->nodes[i].community = (int)VECTOR(imemb)[i];
        g->communities = (int)used;
        EG_IG(igraph_modularity(&graph, &imemb, &w, 1.0, 0, &q));
        g->modularity = isfinite(q) ? q : 0.0;
    }
    eg_metrics__lap(EG_T_LEIDEN, &t);

done:
    if (has_graph) igraph_destroy(&graph);
    if (has_el) igraph_vector_int_destroy(&el);
    if (has_imemb) igraph_vector_int_destroy(&imemb);
    if (has_icount) igraph_vector_int_destroy(&icount);
    if (has_w) igraph_vector_destroy(&w);
    if (has_dist) igraph_vector_destroy(&dist);
    if (has_res) igraph_vector_destroy(&res);
    return err;
}

int eg_metrics_compute(eg_graph *g, int exact)
{
    eg_medge *e = NULL;
    size_t m = 0;
    int err;

    if (!g) return eg_error_set(EG_EINVAL, "metrics: no graph");
    if (g->nnodes > 0 && !g->nodes) return eg_error_set(EG_EINVAL, "metrics: graph without nodes");
    if (g->nnodes > (size_t)INT32_MAX)
        return eg_error_set(EG_ELIMIT, "metrics: too many nodes (%zu)", g->nnodes);
    eg_metrics__reset(g);
    if (g->nnodes < 2 && g->nedges == 0) return 0;
    if ((err = eg_metrics__simple_edges(&e, &m, g)) != 0) return err;

    pthread_once(&eg_metrics__once, eg_metrics__install);
    pthread_mutex_lock(&eg_metrics__lock);
    /* eigenvector centrality (ARPACK) starts from a random vector too: seed before every
     * computation so the same graph always gives the same digits */
    igraph_rng_seed(igraph_rng_default(), EG_METRICS_SEED);
    err = eg_metrics__run(g, exact, e, m);
    pthread_mutex_unlock(&eg_metrics__lock);
    free(e);
    if (err) eg_metrics__reset(g);
    return err;
}
