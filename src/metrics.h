/* metrics.h — stage: graph metrics and communities (igraph, behind this one door). */
#ifndef EG_METRICS_H
#define EG_METRICS_H

#include "graph.h"

/* Above this many nodes betweenness, closeness and harmonic centrality are estimated
 * from the shortest paths of a seeded sample of sources, and the diameter is a
 * double-sweep lower bound, unless exact is forced: the exact all-pairs searches
 * take minutes there. */
#define EG_BETWEENNESS_EXACT_MAX 5000
/* The node count above which the estimate is used (tests lower it). */
extern size_t eg_metrics__large_min;

/* Fill every node metric and the graph-level metrics of g (see README for the
 * definitions; they match NetworkX). exact forces exact betweenness. The metrics are
 * computed as one list of tasks (the path metrics in fixed chunks) by up to jobs
 * processes (this one and forked children; jobs <= 1: this one only), with the same
 * result bits for every jobs; a caller passing jobs > 1 must not run other threads
 * meanwhile (on Linux, other threads are detected and the tasks then run in this
 * process). Returns 0, EG_ENOMEM, or EG_EDEP with
 * igraph's message or the failure of a child process recorded. */
int eg_metrics_compute(eg_graph *g, int exact, int jobs);

/* For tests: the child processes forked by the last eg_metrics_compute; when
 * kill_children is set, every child kills itself (SIGKILL) before computing. */
extern size_t eg_metrics__forked;
extern int eg_metrics__kill_children;

/* For bench/ and --timings: seconds each step of this thread's last eg_metrics_compute
 * computed, summed over the processes. Sets *names and *secs to static arrays; returns
 * their length. */
size_t eg_metrics__timings(const char *const **names, const double **secs);

#endif
