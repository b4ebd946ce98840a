/* graph.h — the graph model: nodes, edges, typed relations, evidence.
 * Built by graph.c from resolved entities and relations; read by metrics and
 * every exporter. Internal to libentgraph. */
#ifndef EG_GRAPH_H
#define EG_GRAPH_H

#include <stddef.h>

#include "entgraph.h"

typedef enum { EG_PERSON = 0, EG_ORG = 1, EG_LOC = 2, EG_NTYPES } eg_etype;

typedef enum {
    EG_REL_FAMILY = 0,
    EG_REL_REPRESENTS,
    EG_REL_MEMBER_OF,
    EG_REL_LEADS,
    EG_REL_COMMUNICATED_WITH,
    EG_REL_MET_WITH,
    EG_REL_CRITICIZED,
    EG_REL_INVESTIGATES,
    EG_REL_TRANSACTED_WITH,
    EG_REL_LOCATED_IN,
    EG_NRELTYPES
} eg_reltype;

const char *eg_etype_name(eg_etype t);      /* "PERSON", "ORG", "LOC" */
const char *eg_reltype_name(eg_reltype t);  /* "family", ... */
int eg_reltype_directed(eg_reltype t);      /* 1 if the type has a direction */

/* One sentence (or window) that shows an edge or relation. Strings owned by the graph. */
typedef struct eg_evidence {
    char *doc;      /* document id */
    char *date;     /* document date or NULL */
    int sentence;   /* sentence index in the document, 0-based */
    size_t start;   /* byte offsets of the sentence in the document */
    size_t end;
    char *text;     /* sentence text, trimmed to opts.snippet_max bytes */
} eg_evidence;

typedef struct eg_relation {
    eg_reltype type;
    int directed;     /* copy of eg_reltype_directed(type) */
    size_t source;    /* node index of the actor that does/holds the role (directed only) */
    int count;        /* how many times the text states it */
    int negated;      /* every statement was negated */
    int hedged;       /* every statement was hedged ("according to", "reportedly") */
    eg_evidence *ev;
    size_t nev;
} eg_relation;

typedef struct eg_node {
    char *id;         /* stable slug of label */
    char *label;      /* canonical name */
    eg_etype type;
    char **aliases;   /* distinct surface forms, label excluded, sorted */
    size_t naliases;
    int mentions;
    int documents;
    /* metrics, filled by eg_metrics_compute */
    int degree;
    double strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering;
    int core;
    int community;
} eg_node;

typedef struct eg_edge {
    size_t a, b;      /* node indices, a < b */
    double weight;    /* per options.weight */
    int count;        /* co-occurrence windows */
    eg_evidence *ev;  /* co-occurrence evidence */
    size_t nev;
    eg_relation *rels;
    size_t nrels;
} eg_edge;

struct eg_graph {
    eg_node *nodes;
    size_t nnodes;
    eg_edge *edges;
    size_t nedges;
    /* run description */
    int documents;
    int windows_skipped;       /* co-occurrence windows over the entity limit (no pairs) */
    const char *window;        /* "sentence", "paragraph", "document", "3" ... (static or owned in window_buf) */
    char window_buf[32];
    const char *weight_scheme; /* "count", "pmi", "npmi", "dice" */
    /* graph-level metrics, filled by eg_metrics_compute */
    double density, modularity;
    int components, largest_component, diameter;
    int communities;
    int betweenness_exact;     /* 1 exact, 0 betweenness, closeness and harmonic estimated with a cutoff */
    int diameter_exact;        /* 1 exact, 0 a double-sweep lower bound (large graphs) */
    double betweenness_cutoff; /* sampled sources used when estimated */
    int jobs;                  /* threads that render the exports (0 or 1: the caller's) */
};

#endif
