/* metrics.c — stage: graph metrics and communities; path metrics in forked processes.
 * The only file that includes igraph: centralities, k-cores, clustering, Leiden. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "metrics.h"

#include <errno.h>
#include <fcntl.h>
#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#ifdef _OPENMP
#include <omp.h>
#endif

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

enum { EG_T_BETWEENNESS, EG_T_DISTANCES, EG_T_EIGENVECTOR, EG_T_PAGERANK,
       EG_T_CORE, EG_T_CLUSTERING, EG_T_COMPONENTS, EG_T_LEIDEN, EG_T_NSTEPS };
static const char *const eg_metrics__step_names[EG_T_NSTEPS] = {
    "betweenness", "closeness+harmonic", "eigenvector", "pagerank",
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

/* Charge the time since *t to step in secs, and restart the clock. */
static void eg_metrics__lap(double *secs, int step, double *t)
{
    double now = eg_metrics__now();
    secs[step] += now - *t;
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

/* ---- All metrics as one list of tasks, run in forked processes ----
 * Betweenness (and the sampled closeness and harmonic) are sums over sources; exact
 * closeness and harmonic are independent per vertex. The sources or vertices are cut into
 * chunks fixed by the graph alone; each chunk fills its own slot of a result buffer, and the
 * slots are combined in chunk order, so the numbers are the same bits for every job count.
 * The other igraph metrics are two more tasks of the same list (one with Leiden, one with
 * the rest), so every process takes the next task until none is left and there is a single
 * wait at the end. igraph is not thread-safe (IGRAPH_THREAD_SAFE is 0), so the tasks run in
 * forked processes sharing the buffer (MAP_SHARED), the caller being one. */

/* Sampled sources per chunk, and the smallest chunk of vertices in exact mode. */
#define EG_METRICS_CHUNK 32
/* Exact mode cuts the vertices into at most this many chunks per metric. Also the most
 * processes used. */
#define EG_METRICS_MAX_CHUNKS 64
/* Below this many nodes the tasks run in the calling process: a fork costs more. */
#define EG_METRICS_FORK_MIN 500
/* Sources per distance search: the matrix of a search holds this many rows of n doubles. */
#define EG_METRICS_DIST_BATCH 64
/* Sampled mode: the last chunk of distances runs as pieces of this many sources, the last
 * tasks of the list, so that the processes run out of work at about the same time. */
#define EG_METRICS_PIECE 8
/* ... but only up to this many nodes: a piece returns one row of n doubles per source, so
 * on larger graphs the rows would cost more memory (24 n doubles) than the balance gains */
#define EG_METRICS_PIECES_MAX_N 100000

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the processes share lock-free atomics");

size_t eg_metrics__forked;
int eg_metrics__kill_children;

enum {
    EG_J_REST,        /* eigenvector, PageRank, core, clustering, components: EG_R_* */
    EG_J_LEIDEN,      /* community of each node, then the count and the modularity */
    EG_J_BETWEENNESS, /* the chunk's sources: n doubles */
    EG_J_DISTANCES    /* closeness and harmonic: sums of d, 1/d and reach over the chunk's
                       * sources (3 n), or the distance rows of a piece */
};
/* Layout of the EG_J_REST slot: n values each, then the graph-level numbers. */
enum { EG_R_EIGENVECTOR, EG_R_PAGERANK, EG_R_CORE, EG_R_CLUSTERING, EG_R_NVECTORS };
enum { EG_R_COMPONENTS, EG_R_LARGEST, EG_R_DIAMETER, EG_R_DIAMETER_EXACT, EG_R_NSCALARS };

/* One task: sources (or vertices) [s0, s1) of chunk `chunk`. A piece that does not start
 * its chunk (rows set) gives one row of n values per source, which the caller folds into
 * the chunk's first piece in source order: the same additions as one call for the chunk. */
typedef struct {
    int kind, rows;
    size_t chunk, s0, s1;
    size_t off, len; /* its doubles in the buffer */
} eg_mjob;

/* What the tasks share. src holds the sampled sources, sorted; NULL means vertex i is
 * source i. */
typedef struct {
    const igraph_t *graph;
    const igraph_vector_t *w, *dist; /* edge weights and distances (1/w) */
    const igraph_integer_t *src;
    const eg_graph *g; /* degrees and strengths, filled before the tasks */
    size_t n, nchunks;
    double total_w;
    int large, has_edges;
    eg_mjob *job;
    size_t njobs, size; /* tasks, and doubles of the buffer */
} eg_mwork;

/* Shared by the processes: the next task to take and the first failure. */
typedef struct {
    atomic_int next, failed;
    int code;      /* EG_ENOMEM or EG_EDEP, for the first failure */
    char msg[400]; /* its message */
} eg_mhead;

typedef struct {
    eg_mhead *head;
    unsigned char *done; /* one flag per task, set once its slot is complete */
    double *secs;        /* EG_T_NSTEPS seconds per task: the time it took, by step */
    double *out;         /* the slots */
    size_t size;
    int mapped;
} eg_mpool;

/* The task buffer for w, shared with children when shared is set and mmap works, else
 * private. Release with eg_metrics__pool_free. Returns 0 or EG_ENOMEM. */
static int eg_metrics__pool_init(eg_mpool *p, const eg_mwork *w, int shared)
{
    const size_t ntasks = w->njobs;
    size_t head = (sizeof(eg_mhead) + ntasks + 63) / 64 * 64; /* keeps secs and out aligned */
    void *mem = NULL;

    memset(p, 0, sizeof *p);
    if (w->size > (SIZE_MAX - head) / sizeof(double) - ntasks * EG_T_NSTEPS)
        return eg_error_set(EG_ENOMEM, "metrics: out of memory");
    p->size = head + (ntasks * EG_T_NSTEPS + w->size) * sizeof(double);
    if (shared) {
        mem = mmap(NULL, p->size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (mem == MAP_FAILED) mem = NULL;
        p->mapped = mem != NULL;
    }
    if (!mem && !(mem = calloc(1, p->size))) return eg_error_set(EG_ENOMEM, "metrics: out of memory");
    p->head = mem;
    atomic_init(&p->head->next, 0);
    atomic_init(&p->head->failed, 0);
    p->done = (unsigned char *)mem + sizeof(eg_mhead);
    p->secs = (double *)(void *)((char *)mem + head);
    p->out = p->secs + ntasks * EG_T_NSTEPS;
    return 0;
}

static void eg_metrics__pool_free(eg_mpool *p)
{
    if (p->head && p->mapped) munmap(p->head, p->size);
    else free(p->head);
    memset(p, 0, sizeof *p);
}

/* Add the distances of one source s (row[v * stride] for every vertex v) to the sums of d,
 * 1/d and reach (sums, sums + n, sums + 2 n), over the vertices v != s it reaches. */
static void eg_metrics__fold(double *sums, const double *row, size_t stride, size_t s, size_t n)
{
    double *dsum = sums, *hsum = sums + n, *reach = sums + 2 * n;
    for (size_t v = 0; v < n; v++) {
        double d = row[v * stride];
        if (v == s || !isfinite(d) || !(d > 0)) continue;
        reach[v] += 1.0;
        dsum[v] += d;
        hsum[v] += 1.0 / d;
    }
}

static size_t eg_metrics__source(const eg_mwork *w, size_t i)
{
    return w->src ? (size_t)w->src[i] : i;
}

/* Sources [s0, s1) as a vertex selector; view backs it when src is set. */
static igraph_vs_t eg_metrics__sources(const eg_mwork *w, size_t s0, size_t s1, igraph_vector_int_t *view)
{
    if (!w->src) return igraph_vss_range((igraph_integer_t)s0, (igraph_integer_t)s1);
    igraph_vector_int_view(view, w->src + s0, (igraph_integer_t)(s1 - s0));
    return igraph_vss_vector(view);
}

/* Betweenness of every vertex over the paths leaving sources [s0, s1) (n doubles; igraph
 * halves them in an undirected graph, so the chunks of all vertices add up to
 * igraph_betweenness). */
static igraph_error_t eg_metrics__task_betweenness(const eg_mwork *w, const eg_mjob *j, double *out)
{
    igraph_vector_int_t view;
    igraph_vector_t res;
    igraph_error_t ig = igraph_vector_init(&res, 0);
    if (ig != IGRAPH_SUCCESS) return ig;
    ig = igraph_betweenness_subset(w->graph, &res, igraph_vss_all(), 0, eg_metrics__sources(w, j->s0, j->s1, &view),
                                   igraph_vss_all(), w->dist);
    if (ig == IGRAPH_SUCCESS) memcpy(out, VECTOR(res), w->n * sizeof *out);
    igraph_vector_destroy(&res);
    return ig;
}

/* Closeness and harmonic: the distances from sources [s0, s1) to every vertex, folded into
 * sums (3 n doubles), or copied as rows (n doubles per source). */
static igraph_error_t eg_metrics__task_distances(const eg_mwork *w, const eg_mjob *j, double *out)
{
    const size_t n = w->n;
    igraph_vector_int_t view;
    igraph_matrix_t D;
    igraph_error_t ig;
    if ((ig = igraph_matrix_init(&D, 0, 0)) != IGRAPH_SUCCESS) return ig;
    /* at most EG_METRICS_DIST_BATCH sources per search, so the matrix stays small on large exact
     * graphs; each vertex's sums still add the sources in order */
    for (size_t b0 = j->s0; ig == IGRAPH_SUCCESS && b0 < j->s1; b0 += EG_METRICS_DIST_BATCH) {
        size_t b1 = b0 + EG_METRICS_DIST_BATCH < j->s1 ? b0 + EG_METRICS_DIST_BATCH : j->s1, k = b1 - b0;
        ig = igraph_distances_dijkstra(w->graph, &D, eg_metrics__sources(w, b0, b1, &view), igraph_vss_all(), w->dist,
                                       IGRAPH_ALL);
        if (ig != IGRAPH_SUCCESS) break;
        for (size_t r = 0; r < k; r++) { /* D is column-major: row r has stride k */
            const double *row = &MATRIX(D, (igraph_integer_t)r, 0);
            if (!j->rows) {
                eg_metrics__fold(out, row, k, eg_metrics__source(w, b0 + r), n);
                continue;
            }
            for (size_t v = 0; v < n; v++) out[(b0 - j->s0 + r) * n + v] = row[v * k];
        }
    }
    igraph_matrix_destroy(&D);
    return ig;
}

/* Run an igraph call in a task; on failure the handler has recorded the message. */
#define EG_IG_TRY(call) do { if ((ig = (call)) != IGRAPH_SUCCESS) goto done; } while (0)

/* Eigenvector centrality, PageRank, k-core, clustering, components and the diameter into
 * the EG_R_* layout. Eigenvector centrality (ARPACK) starts from a random vector: it runs
 * before Leiden, the one task that reseeds, in every process (tasks are taken in list
 * order), so it sees the generator as it was at the fork. */
static igraph_error_t eg_metrics__task_rest(const eg_mwork *w, double *out, double *secs)
{
    const size_t n = w->n;
    double *top = out + EG_R_NVECTORS * n, t = eg_metrics__now();
    igraph_vector_t res;
    igraph_vector_int_t imemb, icount;
    igraph_integer_t ncomp = 0;
    int has_res = 0, has_imemb = 0, has_icount = 0;
    igraph_error_t ig;

    EG_IG_TRY(igraph_vector_init(&res, 0));
    has_res = 1;
    EG_IG_TRY(igraph_vector_int_init(&imemb, 0));
    has_imemb = 1;
    EG_IG_TRY(igraph_vector_int_init(&icount, 0));
    has_icount = 1;
    if (w->has_edges) {
        igraph_real_t value = 0;
        ig = igraph_eigenvector_centrality(w->graph, &res, &value, 0, 1, w->w, NULL);
        if (ig == IGRAPH_ENOMEM) goto done;
        /* ARPACK may stop at its iteration limit on a large graph of many near-equal parts ("Maximum number of
         * iterations reached"): eigenvector centrality is written as 0 there rather than failing the whole run */
        int converged = ig == IGRAPH_SUCCESS;
        ig = IGRAPH_SUCCESS;
        for (size_t i = 0; i < n; i++) {
            double x = converged ? fabs(VECTOR(res)[i]) : 0.0;
            out[EG_R_EIGENVECTOR * n + i] = (w->g->nodes[i].degree > 0 && isfinite(x)) ? x : 0.0;
        }
    }
    eg_metrics__lap(secs, EG_T_EIGENVECTOR, &t);

    {
#ifdef _OPENMP
        /* PRPACK's OpenMP threads add up in a varying order, so the last digits of
         * PageRank changed from run to run: one thread gives the same bits every time
         * (and leaves no idle OpenMP thread behind for the next fork). */
        int omp_threads = omp_get_max_threads();
        omp_set_num_threads(1);
#endif
        ig = igraph_pagerank(w->graph, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(), 0, 0.85, w->w,
                             NULL);
#ifdef _OPENMP
        omp_set_num_threads(omp_threads);
#endif
        if (ig != IGRAPH_SUCCESS) goto done;
    }
    for (size_t i = 0; i < n; i++) out[EG_R_PAGERANK * n + i] = VECTOR(res)[i];
    eg_metrics__lap(secs, EG_T_PAGERANK, &t);

    EG_IG_TRY(igraph_coreness(w->graph, &imemb, IGRAPH_ALL));
    for (size_t i = 0; i < n; i++) out[EG_R_CORE * n + i] = (double)VECTOR(imemb)[i];
    eg_metrics__lap(secs, EG_T_CORE, &t);

    EG_IG_TRY(igraph_transitivity_local_undirected(w->graph, &res, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO));
    for (size_t i = 0; i < n; i++) out[EG_R_CLUSTERING * n + i] = VECTOR(res)[i];
    eg_metrics__lap(secs, EG_T_CLUSTERING, &t);

    /* Components; the diameter (in hops) is that of the largest component. */
    EG_IG_TRY(igraph_connected_components(w->graph, &imemb, &icount, &ncomp, IGRAPH_WEAK));
    {
        igraph_integer_t best = 0, largest;
        for (igraph_integer_t k = 1; k < ncomp; k++)
            if (VECTOR(icount)[k] > VECTOR(icount)[best]) best = k;
        largest = ncomp > 0 ? VECTOR(icount)[best] : 0;
        top[EG_R_COMPONENTS] = (double)ncomp;
        top[EG_R_LARGEST] = (double)largest;
        top[EG_R_DIAMETER_EXACT] = 1.0;
        if (largest > 1) {
            igraph_real_t diam = 0;
            if (w->large) {
                /* double-sweep lower bound from a node of the largest component */
                igraph_integer_t start = 0;
                while ((size_t)start < n && VECTOR(imemb)[start] != best) start++;
                EG_IG_TRY(igraph_pseudo_diameter(w->graph, &diam, start, NULL, NULL, 0, 1));
                top[EG_R_DIAMETER_EXACT] = 0.0;
            } else if ((size_t)largest == n) {
                EG_IG_TRY(igraph_diameter(w->graph, &diam, NULL, NULL, NULL, NULL, 0, 1));
            } else {
                igraph_t sub;
                igraph_vector_int_t keep;
                igraph_integer_t nk = 0;
                EG_IG_TRY(igraph_vector_int_init(&keep, largest));
                for (size_t i = 0; i < n; i++)
                    if (VECTOR(imemb)[i] == best) VECTOR(keep)[nk++] = (igraph_integer_t)i;
                ig = igraph_induced_subgraph(w->graph, &sub, igraph_vss_vector(&keep), IGRAPH_SUBGRAPH_AUTO);
                if (ig == IGRAPH_SUCCESS) {
                    ig = igraph_diameter(&sub, &diam, NULL, NULL, NULL, NULL, 0, 1);
                    igraph_destroy(&sub);
                }
                igraph_vector_int_destroy(&keep);
                if (ig != IGRAPH_SUCCESS) goto done;
            }
            top[EG_R_DIAMETER] = isfinite(diam) ? diam : 0.0;
        }
    }
    eg_metrics__lap(secs, EG_T_COMPONENTS, &t);
done:
    if (has_res) igraph_vector_destroy(&res);
    if (has_imemb) igraph_vector_int_destroy(&imemb);
    if (has_icount) igraph_vector_int_destroy(&icount);
    return ig;
}

/* Leiden with the modularity objective: node weights = strength and resolution 1/(2W)
 * make the CPM quality equal to modularity. Writes n community numbers, then their count
 * and the modularity. */
static igraph_error_t eg_metrics__task_leiden(const eg_mwork *w, double *out, double *secs)
{
    const size_t n = w->n;
    double t = eg_metrics__now();
    igraph_vector_t nw;
    igraph_vector_int_t memb;
    igraph_integer_t nclust = 0;
    igraph_real_t quality = 0, q = 0;
    int has_nw = 0, has_memb = 0;
    igraph_error_t ig;

    EG_IG_TRY(igraph_vector_init(&nw, (igraph_integer_t)n));
    has_nw = 1;
    EG_IG_TRY(igraph_vector_int_init(&memb, 0));
    has_memb = 1;
    for (size_t i = 0; i < n; i++) VECTOR(nw)[i] = w->g->nodes[i].strength;
    igraph_rng_seed(igraph_rng_default(), EG_METRICS_SEED);
    EG_IG_TRY(igraph_community_leiden(w->graph, w->w, &nw, 1.0 / (2.0 * w->total_w), 0.01, 0, -1, &memb, &nclust,
                                      &quality));
    long used = eg_metrics__renumber(&memb, n);
    if (used < 0) {
        eg_error_set(EG_ENOMEM, "metrics: out of memory");
        ig = IGRAPH_ENOMEM;
        goto done;
    }
    EG_IG_TRY(igraph_modularity(w->graph, &memb, w->w, 1.0, 0, &q));
    for (size_t i = 0; i < n; i++) out[i] = (double)VECTOR(memb)[i];
    out[n] = (double)used;
    out[n + 1] = isfinite(q) ? q : 0.0;
    eg_metrics__lap(secs, EG_T_LEIDEN, &t);
done:
    if (has_nw) igraph_vector_destroy(&nw);
    if (has_memb) igraph_vector_int_destroy(&memb);
    return ig;
}

/* Run task j into its zero-filled slot, charging its time to secs by step. */
static igraph_error_t eg_metrics__task(const eg_mwork *w, const eg_mjob *j, double *out, double *secs)
{
    static const int step[] = { [EG_J_BETWEENNESS] = EG_T_BETWEENNESS, [EG_J_DISTANCES] = EG_T_DISTANCES };
    double t = eg_metrics__now();
    igraph_error_t ig;
    switch (j->kind) {
    case EG_J_REST: return eg_metrics__task_rest(w, out, secs);
    case EG_J_LEIDEN: return eg_metrics__task_leiden(w, out, secs);
    case EG_J_BETWEENNESS: ig = eg_metrics__task_betweenness(w, j, out); break;
    default: ig = eg_metrics__task_distances(w, j, out); break;
    }
    eg_metrics__lap(secs, step[j->kind], &t);
    return ig;
}

/* Take tasks until none is left or one failed. Returns 0, or -1 if a task failed here. */
static int eg_metrics__work(eg_mpool *p, const eg_mwork *w, int child)
{
    while (!atomic_load(&p->head->failed)) {
        int t = atomic_fetch_add(&p->head->next, 1);
        if (t < 0 || (size_t)t >= w->njobs) break;
        const eg_mjob *j = &w->job[t];
        igraph_error_t ig = eg_metrics__task(w, j, p->out + j->off, p->secs + (size_t)t * EG_T_NSTEPS);
        if (ig != IGRAPH_SUCCESS) {
            if (atomic_exchange(&p->head->failed, 1) == 0) {
                p->head->code = ig == IGRAPH_ENOMEM ? EG_ENOMEM : EG_EDEP;
                snprintf(p->head->msg, sizeof p->head->msg, "%s%s",
                         child ? "metrics: worker process: " : "", eg_error_last());
            }
            return -1;
        }
        p->done[t] = 1;
    }
    return 0;
}

static _Noreturn void eg_metrics__child(eg_mpool *p, const eg_mwork *w, pid_t parent)
{
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL); /* do not outlive a parent that was killed */
    if (getppid() != parent) _exit(1);
#else
    (void)parent;
#endif
    if (eg_metrics__kill_children) raise(SIGKILL);
    /* _exit: no atexit handlers, no flushing of the stdio buffers copied from the parent */
    _exit(eg_metrics__work(p, w, 1) ? 1 : 0);
}

/* 0 if the process is known to run other threads (Linux). A fork copies only the calling
 * thread, and a lock another thread held would stay locked in the child. */
static int eg_metrics__single_threaded(void)
{
#ifdef __linux__
    char buf[8192];
    size_t len = 0;
    ssize_t k;
    int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 1;
    while (len < sizeof buf - 1 && ((k = read(fd, buf + len, sizeof buf - 1 - len)) > 0 ||
                                    (k < 0 && errno == EINTR)))
        if (k > 0) len += (size_t)k;
    close(fd);
    buf[len] = 0;
    const char *t = strstr(buf, "\nThreads:");
    return !t || atoi(t + 9) <= 1;
#else
    return 1;
#endif
}

/* A fork leaves every private page of this process write-protected (copy on write), and
 * that stays so after the children exit: the first write to each page traps. Rendering
 * and freeing a large graph afterwards write ~30k such pages, 0.5-0.8 s on the 20 MB
 * benchmark in a virtual machine. With the children gone, MADV_POPULATE_WRITE (Linux 5.14)
 * makes the pages writable inside the kernel, about 0.02 s for 260 MB. Only resident pages
 * are touched (mincore). A page that was only ever read, still the shared zero page, counts
 * as resident too and gets a page of its own: memory can grow by the zeroed allocations that
 * were read but never written (our tables are written when they are filled). Mappings of
 * 64 GiB and more are reservations (sanitizer shadow memory) and are skipped. Best effort:
 * on any failure the pages fault one by one as before. */
static void eg_metrics__rearm(void)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    static unsigned char vec[16384]; /* residency of 16384 pages; eg_metrics__lock held */
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    FILE *f = fopen("/proc/self/maps", "r");
    char *line = NULL;
    size_t cap = 0;
    int ok = 1;
    if (!f || page == 0 || page == (size_t)-1) {
        if (f) fclose(f);
        return;
    }
    while (ok && getline(&line, &cap, f) > 0) {
        unsigned long lo, hi, off, ino;
        char perms[8], dev[32];
        if (sscanf(line, "%lx-%lx %7s %lx %31s %lu", &lo, &hi, perms, &off, dev, &ino) != 6) continue;
        if (strcmp(perms, "rw-p") != 0 || ino != 0 || hi <= lo || (unsigned long long)(hi - lo) >= 64ull << 30) continue;
        for (uintptr_t a = lo; ok && a < hi;) {
            size_t len = hi - a < sizeof vec * page ? hi - a : sizeof vec * page, np = len / page;
            if (mincore((void *)a, len, vec) != 0) break;
            for (size_t i = 0; i < np;) {
                size_t r = i;
                while (r < np && (vec[r] & 1)) r++;
                if (r > i && madvise((void *)(a + i * page), (r - i) * page, MADV_POPULATE_WRITE) != 0 &&
                    (errno == EINVAL || errno == ENOSYS))
                    ok = 0; /* not supported by this kernel */
                i = r + 1;
            }
            a += len;
        }
    }
    free(line);
    fclose(f);
#endif
}

/* Compute the tasks of w into p->out in up to jobs processes: this one and forked children
 * (small graphs stay in this process). p is released with eg_metrics__pool_free, also on
 * error. Returns 0, EG_ENOMEM, or EG_EDEP when a task failed or a child died. */
static int eg_metrics__parallel(eg_mpool *p, const eg_mwork *w, int jobs)
{
    pid_t kids[EG_METRICS_MAX_CHUNKS];
    size_t nproc = jobs > 1 ? (size_t)jobs : 1, nkids = 0;
    int err;

    if (nproc > w->njobs) nproc = w->njobs;
    if (nproc > EG_METRICS_MAX_CHUNKS) nproc = EG_METRICS_MAX_CHUNKS;
    if (nproc > 1 && (w->n < EG_METRICS_FORK_MIN || !eg_metrics__single_threaded())) nproc = 1;
    if ((err = eg_metrics__pool_init(p, w, nproc > 1))) return err;
    if (!p->mapped) nproc = 1;
    pid_t self = getpid();
    for (size_t i = 1; i < nproc; i++) {
        pid_t pid = fork();
        if (pid < 0) break; /* compute with the processes we have */
        if (pid == 0) eg_metrics__child(p, w, self);
        kids[nkids++] = pid;
    }
    eg_metrics__forked += nkids;
    eg_metrics__work(p, w, 0);

    for (size_t i = 0; i < nkids; i++) {
        int st = 0;
        pid_t r;
        while ((r = waitpid(kids[i], &st, 0)) < 0 && errno == EINTR) {}
        if (r < 0 || err) continue; /* SIGCHLD ignored: reaped already, the done flags decide */
        if (WIFSIGNALED(st))
            err = eg_error_set(EG_EDEP, "metrics: worker process %ld killed by signal %d",
                               (long)kids[i], WTERMSIG(st));
        else if (!WIFEXITED(st) || (WEXITSTATUS(st) != 0 && !atomic_load(&p->head->failed)))
            err = eg_error_set(EG_EDEP, "metrics: worker process %ld exited with status %d",
                               (long)kids[i], WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    }
    if (nkids) eg_metrics__rearm();
    if (atomic_load(&p->head->failed)) err = eg_error_set(p->head->code, "%s", p->head->msg);
    for (size_t t = 0; t < w->njobs && !err; t++)
        if (!p->done[t])
            err = eg_error_set(EG_EDEP, "metrics: task %zu of %zu was not computed", t + 1, w->njobs);
    for (size_t t = 0; t < w->njobs && !err; t++)
        for (int s = 0; s < EG_T_NSTEPS; s++) eg_metrics__secs[s] += p->secs[t * EG_T_NSTEPS + s];
    return err;
}

/* Append a task of `len` doubles to w->job (room for it was allocated). */
static void eg_metrics__add(eg_mwork *w, int kind, int rows, size_t chunk, size_t s0, size_t s1, size_t len)
{
    eg_mjob *j = &w->job[w->njobs++];
    j->kind = kind;
    j->rows = rows;
    j->chunk = chunk;
    j->s0 = s0;
    j->s1 = s1;
    j->off = w->size;
    j->len = len;
    w->size += len;
}

/* The task list: the two whole-graph tasks first (the longest), then the chunks of each
 * path metric; in sampled mode the last chunk of distances is cut into pieces. w->job is
 * malloc'd (caller frees). Returns 0 or EG_ENOMEM. */
static int eg_metrics__plan(eg_mwork *w, size_t nsrc, size_t chunk)
{
    const size_t n = w->n, nc = (nsrc + chunk - 1) / chunk;
    const size_t most = 2 + 3 * nc + (chunk + EG_METRICS_PIECE - 1) / EG_METRICS_PIECE;

    w->nchunks = nc;
    w->njobs = w->size = 0;
    if (!(w->job = calloc(most, sizeof *w->job))) return eg_error_set(EG_ENOMEM, "metrics: out of memory");
    eg_metrics__add(w, EG_J_REST, 0, 0, 0, 0, EG_R_NVECTORS * n + EG_R_NSCALARS);
    if (w->has_edges) eg_metrics__add(w, EG_J_LEIDEN, 0, 0, 0, 0, n + 2);
    for (size_t c = 0; c < nc; c++) {
        size_t s0 = c * chunk, s1 = s0 + chunk < nsrc ? s0 + chunk : nsrc;
        eg_metrics__add(w, EG_J_BETWEENNESS, 0, c, s0, s1, n);
    }
    for (size_t c = 0; c < nc; c++) {
        size_t s0 = c * chunk, s1 = s0 + chunk < nsrc ? s0 + chunk : nsrc;
        if (!w->large || c + 1 < nc || nc < 2 || n > EG_METRICS_PIECES_MAX_N) {
            eg_metrics__add(w, EG_J_DISTANCES, 0, c, s0, s1, 3 * n);
        } else {
            for (size_t p = s0; p < s1; p += EG_METRICS_PIECE) {
                size_t p1 = p + EG_METRICS_PIECE < s1 ? p + EG_METRICS_PIECE : s1;
                eg_metrics__add(w, EG_J_DISTANCES, p > s0, c, p, p1, p > s0 ? (p1 - p) * n : 3 * n);
            }
        }
    }
    return 0;
}

/* Fill g from the computed tasks: every sum over chunks in chunk order. */
static int eg_metrics__combine(eg_graph *g, const eg_mwork *w, const eg_mpool *p, size_t nsrc)
{
    const size_t n = w->n, nc = w->nchunks;
    const double nd = (double)n;
    const double **bt = calloc(nc ? nc : 1, sizeof *bt);
    double **sums = calloc(nc ? nc : 1, sizeof *sums);
    unsigned char *sampled = NULL;
    int err = 0;

    if (!bt || !sums || (w->src && !(sampled = calloc(n, 1)))) {
        err = eg_error_set(EG_ENOMEM, "metrics: out of memory");
        goto done;
    }
    for (size_t t = 0; t < w->njobs; t++) {
        const eg_mjob *j = &w->job[t];
        double *out = p->out + j->off;
        if (j->kind == EG_J_REST) {
            const double *top = out + EG_R_NVECTORS * n;
            for (size_t i = 0; i < n; i++) {
                g->nodes[i].eigenvector = out[EG_R_EIGENVECTOR * n + i];
                g->nodes[i].pagerank = out[EG_R_PAGERANK * n + i];
                g->nodes[i].core = (int)out[EG_R_CORE * n + i];
                g->nodes[i].clustering = out[EG_R_CLUSTERING * n + i];
            }
            g->components = (int)top[EG_R_COMPONENTS];
            g->largest_component = (int)top[EG_R_LARGEST];
            g->diameter = (int)top[EG_R_DIAMETER];
            g->diameter_exact = top[EG_R_DIAMETER_EXACT] != 0.0;
        } else if (j->kind == EG_J_LEIDEN) {
            for (size_t i = 0; i < n; i++) g->nodes[i].community = (int)out[i];
            g->communities = (int)out[n];
            g->modularity = out[n + 1];
        } else if (j->kind == EG_J_BETWEENNESS) {
            bt[j->chunk] = out;
        } else if (j->kind == EG_J_DISTANCES && !j->rows) {
            sums[j->chunk] = out;
        } else { /* distances, after the chunk's first piece in the list */
            for (size_t s = j->s0; s < j->s1; s++)
                eg_metrics__fold(sums[j->chunk], out + (s - j->s0) * n, 1, eg_metrics__source(w, s), n);
        }
    }
    /* Betweenness on distances; igraph counts each unordered pair once, NetworkX
     * normalises the ordered-pair sum by (n-1)(n-2): hence 2/((n-1)(n-2)), and n/k for
     * k sampled sources. */
    for (size_t v = 0; v < n; v++) {
        double b = 0.0;
        for (size_t c = 0; c < nc; c++) b += bt[c][v];
        if (w->large) b *= nd / (double)nsrc;
        g->nodes[v].betweenness = n > 2 ? b * 2.0 / ((nd - 1.0) * (nd - 2.0)) : 0.0;
    }
    /* Closeness and harmonic average each node's distances to the sources (in an undirected
     * graph d(s, v) = d(v, s)), all nodes but itself when exact. Harmonic: the mean of 1/d
     * (igraph's normalised harmonic centrality). Closeness with the Wasserman-Faust scaling:
     * (r / sum d) * (r / (n-1)) over the r nodes reachable from v, NetworkX's definition
     * (igraph's normalised closeness is r / sum d). */
    for (size_t i = 0; w->src && i < nsrc; i++) sampled[w->src[i]] = 1;
    for (size_t v = 0; v < n; v++) {
        double dsum = 0.0, hsum = 0.0, reach = 0.0, seen = (double)(nsrc - (w->src ? sampled[v] : 1));
        for (size_t c = 0; c < nc; c++) {
            dsum += sums[c][v];
            hsum += sums[c][n + v];
            reach += sums[c][2 * n + v];
        }
        g->nodes[v].harmonic = seen > 0 ? hsum / seen : 0.0;
        g->nodes[v].closeness = (seen > 0 && reach > 0) ? (reach / seen) / (dsum / reach) : 0.0;
    }
done:
    free(bt);
    free(sums);
    free(sampled);
    return err;
}

static int eg_metrics__run(eg_graph *g, int exact, int jobs, const eg_medge *e, size_t m)
{
    const size_t n = g->nnodes;
    const double nd = (double)n;
    int err = 0;
    igraph_t graph;
    igraph_vector_int_t el, src;
    igraph_vector_t w, dist;
    int has_graph = 0, has_el = 0, has_src = 0, has_w = 0, has_dist = 0;
    eg_mpool pool = {0};
    eg_mwork wk;
    double total_w = 0.0;
    size_t nsrc = n, chunk;

    memset(eg_metrics__secs, 0, sizeof eg_metrics__secs);
    memset(&wk, 0, sizeof wk);
    EG_IG_INIT(igraph_vector_int_init(&el, (igraph_integer_t)(2 * m)), has_el);
    EG_IG_INIT(igraph_vector_init(&w, (igraph_integer_t)m), has_w);
    EG_IG_INIT(igraph_vector_init(&dist, (igraph_integer_t)m), has_dist);
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

    wk.graph = &graph;
    wk.w = &w;
    wk.dist = &dist;
    wk.g = g;
    wk.n = n;
    wk.total_w = total_w;
    wk.has_edges = m > 0;
    wk.large = n > eg_metrics__large_min && !exact && m > 0;
    if (wk.large) {
        /* Sampling estimate (Brandes-Pich for betweenness, Eppstein-Wang for closeness and
         * harmonic): shortest paths on the same distances from EG_METRICS_SAMPLES seeded
         * random sources only, scaled to the whole graph. */
        nsrc = n < EG_METRICS_SAMPLES ? n : EG_METRICS_SAMPLES;
        chunk = EG_METRICS_CHUNK;
        EG_IG_INIT(igraph_vector_int_init_range(&src, 0, (igraph_integer_t)n), has_src);
        for (size_t i = 0; i < nsrc; i++) { /* partial Fisher-Yates with igraph's seeded generator */
            igraph_integer_t j = RNG_INTEGER((igraph_integer_t)i, (igraph_integer_t)n - 1);
            igraph_integer_t x = VECTOR(src)[i];
            VECTOR(src)[i] = VECTOR(src)[j];
            VECTOR(src)[j] = x;
        }
        EG_IG(igraph_vector_int_resize(&src, (igraph_integer_t)nsrc));
        igraph_vector_int_sort(&src); /* the same sample in the same order, whatever the shuffle path */
        wk.src = VECTOR(src);
        g->betweenness_exact = 0;
        g->betweenness_cutoff = EG_METRICS_SAMPLES;
    } else {
        /* every vertex a source, in chunks of at least EG_METRICS_CHUNK; below
         * EG_METRICS_FORK_MIN nodes (one process anyway) a single chunk, whose sums are
         * those of igraph_betweenness */
        chunk = (n + EG_METRICS_MAX_CHUNKS - 1) / EG_METRICS_MAX_CHUNKS;
        if (chunk < EG_METRICS_CHUNK) chunk = EG_METRICS_CHUNK;
        if (n < EG_METRICS_FORK_MIN) chunk = n ? n : 1;
    }
    if (!(err = eg_metrics__plan(&wk, nsrc, chunk)) && !(err = eg_metrics__parallel(&pool, &wk, jobs)))
        err = eg_metrics__combine(g, &wk, &pool, nsrc);
done:
    eg_metrics__pool_free(&pool);
    free(wk.job);
    if (has_graph) igraph_destroy(&graph);
    if (has_el) igraph_vector_int_destroy(&el);
    if (has_src) igraph_vector_int_destroy(&src);
    if (has_w) igraph_vector_destroy(&w);
    if (has_dist) igraph_vector_destroy(&dist);
    return err;
}

int eg_metrics_compute(eg_graph *g, int exact, int jobs)
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
    eg_metrics__forked = 0;
    err = eg_metrics__run(g, exact, jobs, e, m);
    pthread_mutex_unlock(&eg_metrics__lock);
    free(e);
    if (err) eg_metrics__reset(g);
    return err;
}
