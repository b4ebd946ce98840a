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

/* ---- Path metrics in fixed chunks, run in forked processes ----
 * Betweenness (and the sampled closeness and harmonic) are sums over sources; exact
 * closeness and harmonic are independent per vertex. The sources or vertices are cut into
 * chunks fixed by the graph alone; each chunk is one igraph call that fills its own slot of
 * a result buffer, and the slots are combined in chunk order, so the numbers are the same
 * bits for every job count. igraph is not thread-safe (IGRAPH_THREAD_SAFE is 0), so the
 * chunks run in forked processes sharing the buffer (MAP_SHARED), the caller being one. */

/* Sampled sources per chunk, and the smallest chunk of vertices in exact mode. */
#define EG_METRICS_CHUNK 32
/* Exact mode cuts the vertices into at most this many chunks: the buffer holds
 * at most this many betweenness vectors. Also the most processes used. */
#define EG_METRICS_MAX_CHUNKS 64
/* Below this many nodes the chunks run in the calling process: a fork costs more. */
#define EG_METRICS_FORK_MIN 500

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the processes share lock-free atomics");

size_t eg_metrics__forked;
int eg_metrics__kill_children;

/* Compute chunk `task` into out (its slot, zero-filled); igraph's handler records failures. */
typedef igraph_error_t eg_mtask(void *ctx, size_t task, double *out);

/* Shared by the processes: the next chunk to take and the first failure. */
typedef struct {
    atomic_int next, failed;
    int code;      /* EG_ENOMEM or EG_EDEP, for the first failure */
    char msg[400]; /* its message */
} eg_mhead;

typedef struct {
    eg_mhead *head;
    unsigned char *done; /* one flag per chunk, set once its slot is complete */
    double *out;         /* ntasks slots of width doubles */
    size_t ntasks, width, size;
    int mapped;
} eg_mpool;

/* The chunk buffer, shared with children when shared is set and mmap works,
 * else private. Release with eg_metrics__pool_free. Returns 0 or EG_ENOMEM. */
static int eg_metrics__pool_init(eg_mpool *p, size_t ntasks, size_t width, int shared)
{
    size_t head = (sizeof(eg_mhead) + ntasks + 63) / 64 * 64; /* keeps out aligned */
    void *mem = NULL;

    memset(p, 0, sizeof *p);
    if (width && ntasks > (SIZE_MAX - head) / sizeof(double) / width)
        return eg_error_set(EG_ENOMEM, "metrics: out of memory");
    p->size = head + ntasks * width * sizeof(double);
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
    p->out = (double *)(void *)((char *)mem + head);
    p->ntasks = ntasks;
    p->width = width;
    return 0;
}

static void eg_metrics__pool_free(eg_mpool *p)
{
    if (p->head && p->mapped) munmap(p->head, p->size);
    else free(p->head);
    memset(p, 0, sizeof *p);
}

/* Take chunks until none is left or one failed. Returns 0, or -1 if a chunk failed here. */
static int eg_metrics__work(eg_mpool *p, eg_mtask *fn, void *ctx, int child)
{
    while (!atomic_load(&p->head->failed)) {
        int t = atomic_fetch_add(&p->head->next, 1);
        if (t < 0 || (size_t)t >= p->ntasks) break;
        igraph_error_t ig = fn(ctx, (size_t)t, p->out + (size_t)t * p->width);
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

static _Noreturn void eg_metrics__child(eg_mpool *p, eg_mtask *fn, void *ctx, pid_t parent)
{
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL); /* do not outlive a parent that was killed */
    if (getppid() != parent) _exit(1);
#else
    (void)parent;
#endif
    if (eg_metrics__kill_children) raise(SIGKILL);
    /* _exit: no atexit handlers, no flushing of the stdio buffers copied from the parent */
    _exit(eg_metrics__work(p, fn, ctx, 1) ? 1 : 0);
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

/* Compute chunks 0..ntasks-1 of fn, each into its own `width` doubles of p->out, in up to
 * jobs processes: this one and forked children (n is the node count: small graphs stay in
 * this process). p is released with eg_metrics__pool_free, also on error. Returns 0,
 * EG_ENOMEM, or EG_EDEP when a chunk failed or a child died. */
static int eg_metrics__parallel(eg_mpool *p, size_t ntasks, size_t width, int jobs, size_t n,
                                eg_mtask *fn, void *ctx)
{
    pid_t kids[EG_METRICS_MAX_CHUNKS];
    size_t nproc = jobs > 1 ? (size_t)jobs : 1, nkids = 0;
    int err;

    if (nproc > ntasks) nproc = ntasks;
    if (nproc > EG_METRICS_MAX_CHUNKS) nproc = EG_METRICS_MAX_CHUNKS;
    if (nproc > 1 && (n < EG_METRICS_FORK_MIN || !eg_metrics__single_threaded())) nproc = 1;
    if ((err = eg_metrics__pool_init(p, ntasks, width, nproc > 1))) return err;
    if (!p->mapped) nproc = 1;
    pid_t self = getpid();
    for (size_t i = 1; i < nproc; i++) {
        pid_t pid = fork();
        if (pid < 0) break; /* compute with the processes we have */
        if (pid == 0) eg_metrics__child(p, fn, ctx, self);
        kids[nkids++] = pid;
    }
    eg_metrics__forked += nkids;
    eg_metrics__work(p, fn, ctx, 0);

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
    if (atomic_load(&p->head->failed)) err = eg_error_set(p->head->code, "%s", p->head->msg);
    for (size_t t = 0; t < ntasks && !err; t++)
        if (!p->done[t])
            err = eg_error_set(EG_EDEP, "metrics: chunk %zu of %zu was not computed", t + 1, ntasks);
    return err;
}

/* What the chunk tasks share: sources src[0..nsrc) cut into chunks of `chunk`; src NULL
 * means the vertices 0..nsrc-1 in order. */
typedef struct {
    const igraph_t *graph;
    const igraph_vector_t *dist;
    const igraph_integer_t *src;
    size_t nsrc, chunk, n;
} eg_mwork;

static void eg_metrics__chunk(const eg_mwork *w, size_t t, size_t *c0, size_t *c1)
{
    *c0 = t * w->chunk;
    *c1 = *c0 + w->chunk < w->nsrc ? *c0 + w->chunk : w->nsrc;
}

/* Chunk t as a vertex selector; view backs it when src is set. */
static igraph_vs_t eg_metrics__chunk_vs(const eg_mwork *w, size_t t, igraph_vector_int_t *view)
{
    size_t c0, c1;
    eg_metrics__chunk(w, t, &c0, &c1);
    if (!w->src) return igraph_vss_range((igraph_integer_t)c0, (igraph_integer_t)c1);
    igraph_vector_int_view(view, w->src + c0, (igraph_integer_t)(c1 - c0));
    return igraph_vss_vector(view);
}

/* Betweenness of every vertex over the paths leaving the chunk's sources (n doubles; igraph
 * halves them in an undirected graph, so the chunks of all vertices add up to
 * igraph_betweenness). */
static igraph_error_t eg_metrics__task_betweenness(void *ctx, size_t t, double *out)
{
    const eg_mwork *w = ctx;
    igraph_vector_int_t view;
    igraph_vector_t res;
    igraph_error_t ig = igraph_vector_init(&res, 0);
    if (ig != IGRAPH_SUCCESS) return ig;
    ig = igraph_betweenness_subset(w->graph, &res, igraph_vss_all(), 0, eg_metrics__chunk_vs(w, t, &view),
                                   igraph_vss_all(), w->dist);
    if (ig == IGRAPH_SUCCESS) memcpy(out, VECTOR(res), w->n * sizeof *out);
    igraph_vector_destroy(&res);
    return ig;
}

/* Normalised closeness and reachable count of the chunk's vertices (2 doubles each). */
static igraph_error_t eg_metrics__task_closeness(void *ctx, size_t t, double *out)
{
    const eg_mwork *w = ctx;
    size_t c0, c1;
    igraph_vector_t res;
    igraph_vector_int_t cnt;
    igraph_error_t ig;
    eg_metrics__chunk(w, t, &c0, &c1);
    if ((ig = igraph_vector_init(&res, 0)) != IGRAPH_SUCCESS) return ig;
    if ((ig = igraph_vector_int_init(&cnt, 0)) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&res);
        return ig;
    }
    ig = igraph_closeness(w->graph, &res, &cnt, NULL, igraph_vss_range((igraph_integer_t)c0, (igraph_integer_t)c1),
                          IGRAPH_ALL, w->dist, 1);
    for (size_t i = 0; ig == IGRAPH_SUCCESS && i < c1 - c0; i++) {
        out[2 * i] = VECTOR(res)[i];
        out[2 * i + 1] = (double)VECTOR(cnt)[i];
    }
    igraph_vector_int_destroy(&cnt);
    igraph_vector_destroy(&res);
    return ig;
}

/* Normalised harmonic centrality of the chunk's vertices (1 double each). */
static igraph_error_t eg_metrics__task_harmonic(void *ctx, size_t t, double *out)
{
    const eg_mwork *w = ctx;
    size_t c0, c1;
    igraph_vector_t res;
    igraph_error_t ig;
    eg_metrics__chunk(w, t, &c0, &c1);
    if ((ig = igraph_vector_init(&res, 0)) != IGRAPH_SUCCESS) return ig;
    ig = igraph_harmonic_centrality(w->graph, &res, igraph_vss_range((igraph_integer_t)c0, (igraph_integer_t)c1),
                                    IGRAPH_ALL, w->dist, 1);
    if (ig == IGRAPH_SUCCESS) memcpy(out, VECTOR(res), (c1 - c0) * sizeof *out);
    igraph_vector_destroy(&res);
    return ig;
}

/* For every vertex v, over the chunk's sources s != v that reach it: the sum of d(s, v),
 * the sum of 1/d(s, v) and their count (3 n doubles). */
static igraph_error_t eg_metrics__task_distances(void *ctx, size_t t, double *out)
{
    const eg_mwork *w = ctx;
    const size_t n = w->n;
    double *dsum = out, *hsum = out + n, *reach = out + 2 * n;
    igraph_vector_int_t view;
    igraph_matrix_t D;
    size_t c0, c1;
    igraph_error_t ig;
    eg_metrics__chunk(w, t, &c0, &c1);
    if ((ig = igraph_matrix_init(&D, 0, 0)) != IGRAPH_SUCCESS) return ig;
    ig = igraph_distances_dijkstra(w->graph, &D, eg_metrics__chunk_vs(w, t, &view), igraph_vss_all(), w->dist,
                                   IGRAPH_ALL);
    for (size_t r = 0; ig == IGRAPH_SUCCESS && r < c1 - c0; r++) {
        size_t s = (size_t)w->src[c0 + r];
        for (size_t v = 0; v < n; v++) {
            double d = MATRIX(D, (igraph_integer_t)r, (igraph_integer_t)v);
            if (v == s || !isfinite(d) || !(d > 0)) continue;
            reach[v] += 1.0;
            dsum[v] += d;
            hsum[v] += 1.0 / d;
        }
    }
    igraph_matrix_destroy(&D);
    return ig;
}

/* Betweenness, closeness and harmonic centrality estimated from the shortest paths of k
 * seeded random sources: betweenness counts the paths leaving the sources and scales by
 * n/k; closeness and harmonic average each node's distances to the sources (in an
 * undirected graph d(s, v) = d(v, s)). Fills the three node fields and charges the time
 * since *t to betweenness, then to closeness (harmonic shares its distances). */
static int eg_metrics__sampled(const igraph_t *graph, const igraph_vector_t *dist, eg_graph *g, size_t n,
                               int jobs, double *t)
{
    const size_t k = n < EG_METRICS_SAMPLES ? n : EG_METRICS_SAMPLES;
    const size_t ntasks = (k + EG_METRICS_CHUNK - 1) / EG_METRICS_CHUNK;
    const double nd = (double)n;
    igraph_vector_int_t src;
    eg_mpool pool = {0};
    unsigned char *sampled = NULL;
    int err = 0, has_src = 0;

    EG_IG_INIT(igraph_vector_int_init_range(&src, 0, (igraph_integer_t)n), has_src);
    for (size_t i = 0; i < k; i++) { /* partial Fisher-Yates with igraph's seeded generator */
        igraph_integer_t j = RNG_INTEGER((igraph_integer_t)i, (igraph_integer_t)n - 1);
        igraph_integer_t x = VECTOR(src)[i];
        VECTOR(src)[i] = VECTOR(src)[j];
        VECTOR(src)[j] = x;
    }
    EG_IG(igraph_vector_int_resize(&src, (igraph_integer_t)k));
    igraph_vector_int_sort(&src); /* the same sample in the same order, whatever the shuffle path */
    eg_mwork w = { graph, dist, VECTOR(src), k, EG_METRICS_CHUNK, n };

    if ((err = eg_metrics__parallel(&pool, ntasks, n, jobs, n, eg_metrics__task_betweenness, &w))) goto done;
    for (size_t v = 0; v < n; v++) {
        double b = 0.0;
        for (size_t c = 0; c < ntasks; c++) b += pool.out[c * n + v];
        g->nodes[v].betweenness = n > 2 ? b * (nd / (double)k) * 2.0 / ((nd - 1.0) * (nd - 2.0)) : 0.0;
    }
    eg_metrics__pool_free(&pool);
    eg_metrics__lap(EG_T_BETWEENNESS, t);

    if ((err = eg_metrics__parallel(&pool, ntasks, 3 * n, jobs, n, eg_metrics__task_distances, &w))) goto done;
    if (!(sampled = calloc(n, 1))) {
        err = eg_error_set(EG_ENOMEM, "metrics: out of memory");
        goto done;
    }
    for (size_t i = 0; i < k; i++) sampled[VECTOR(src)[i]] = 1;
    for (size_t v = 0; v < n; v++) {
        double dsum = 0.0, hsum = 0.0, reach = 0.0, seen = (double)(k - sampled[v]);
        for (size_t c = 0; c < ntasks; c++) {
            const double *o = pool.out + c * 3 * n;
            dsum += o[v];
            hsum += o[n + v];
            reach += o[2 * n + v];
        }
        g->nodes[v].harmonic = seen > 0 ? hsum / seen : 0.0;
        g->nodes[v].closeness = (seen > 0 && reach > 0) ? (reach / seen) / (dsum / reach) : 0.0;
    }
    eg_metrics__lap(EG_T_CLOSENESS, t);
done:
    eg_metrics__pool_free(&pool);
    free(sampled);
    if (has_src) igraph_vector_int_destroy(&src);
    return err;
}

static int eg_metrics__run(eg_graph *g, int exact, int jobs, const eg_medge *e, size_t m)
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
    eg_mpool pool = {0};
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
        if ((err = eg_metrics__sampled(&graph, &dist, g, n, jobs, &t))) goto done;
    } else {
        /* every vertex a source, in chunks of at least EG_METRICS_CHUNK; below
         * EG_METRICS_FORK_MIN nodes (one process anyway) a single chunk, whose sums are
         * those of igraph_betweenness */
        size_t chunk = (n + EG_METRICS_MAX_CHUNKS - 1) / EG_METRICS_MAX_CHUNKS;
        if (chunk < EG_METRICS_CHUNK) chunk = EG_METRICS_CHUNK;
        if (n < EG_METRICS_FORK_MIN) chunk = n ? n : 1;
        const size_t ntasks = (n + chunk - 1) / chunk;
        eg_mwork wk = { &graph, &dist, NULL, n, chunk, n };

        if ((err = eg_metrics__parallel(&pool, ntasks, n, jobs, n, eg_metrics__task_betweenness, &wk))) goto done;
        for (size_t i = 0; i < n; i++) {
            double b = 0.0;
            for (size_t c = 0; c < ntasks; c++) b += pool.out[c * n + i];
            g->nodes[i].betweenness = n > 2 ? b * 2.0 / ((nd - 1.0) * (nd - 2.0)) : 0.0;
        }
        eg_metrics__pool_free(&pool);
        eg_metrics__lap(EG_T_BETWEENNESS, &t);

        /* Closeness with Wasserman-Faust scaling: (r / sum d) * (r / (n-1)) over the
         * r nodes reachable from u. igraph's normalised closeness is r / sum d. */
        if ((err = eg_metrics__parallel(&pool, ntasks, 2 * chunk, jobs, n, eg_metrics__task_closeness, &wk))) goto done;
        for (size_t i = 0; i < n; i++) { /* the slots are consecutive: vertex i at 2i */
            double c = pool.out[2 * i], r = pool.out[2 * i + 1];
            g->nodes[i].closeness = (r > 0 && isfinite(c)) ? c * r / (nd - 1.0) : 0.0;
        }
        eg_metrics__pool_free(&pool);
        eg_metrics__lap(EG_T_CLOSENESS, &t);

        /* Harmonic: sum of 1/d over the other nodes, divided by n-1 by igraph. */
        if (n > 1) {
            if ((err = eg_metrics__parallel(&pool, ntasks, chunk, jobs, n, eg_metrics__task_harmonic, &wk))) goto done;
            for (size_t i = 0; i < n; i++) {
                double h = pool.out[i];
                g->nodes[i].harmonic = isfinite(h) ? h : 0.0;
            }
            eg_metrics__pool_free(&pool);
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

    {
#ifdef _OPENMP
        /* PRPACK's OpenMP threads add up in a varying order, so the last digits of
         * PageRank changed from run to run: one thread gives the same bits every time
         * (and leaves no idle OpenMP thread behind for the next fork). */
        int omp_threads = omp_get_max_threads();
        omp_set_num_threads(1);
#endif
        igraph_error_t ig = igraph_pagerank(&graph, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(), 0,
                                            0.85, &w, NULL);
#ifdef _OPENMP
        omp_set_num_threads(omp_threads);
#endif
        EG_IG(ig);
    }
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
    eg_metrics__pool_free(&pool);
    if (has_graph) igraph_destroy(&graph);
    if (has_el) igraph_vector_int_destroy(&el);
    if (has_imemb) igraph_vector_int_destroy(&imemb);
    if (has_icount) igraph_vector_int_destroy(&icount);
    if (has_w) igraph_vector_destroy(&w);
    if (has_dist) igraph_vector_destroy(&dist);
    if (has_res) igraph_vector_destroy(&res);
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
