/* entgraph.h — public API of libentgraph.
 * Text in, entity relationship graph out. Opaque handles; no dependency headers. */
#ifndef ENTGRAPH_H
#define ENTGRAPH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EG_VERSION "0.1.0"

/* Error codes: every call that can fail returns 0 or one of these. */
enum {
    EG_OK = 0,
    EG_EINVAL = -1, /* bad argument or malformed input */
    EG_EIO = -2,    /* read or write failed */
    EG_EUTF8 = -3,  /* invalid UTF-8 */
    EG_ENOMEM = -4, /* allocation failed */
    EG_ELIMIT = -5, /* a documented limit was exceeded */
    EG_EDEP = -6    /* a dependency (Graphviz, igraph, cJSON) failed */
};

/* The last error message recorded on this thread (one line, never NULL). */
const char *eg_error_last(void);

typedef enum { EG_WINDOW_SENTENCE, EG_WINDOW_PARAGRAPH, EG_WINDOW_DOCUMENT, EG_WINDOW_SENTENCES } eg_window;
typedef enum { EG_WEIGHT_COUNT, EG_WEIGHT_PMI, EG_WEIGHT_NPMI, EG_WEIGHT_DICE } eg_weight;

/* Options for a whole run; initialise with EG_OPTIONS_INIT. */
typedef struct eg_options {
    eg_window window;     /* co-occurrence window */
    int window_n;         /* ±N sentences when window == EG_WINDOW_SENTENCES */
    eg_weight weight;     /* edge weight scheme */
    double min_weight;    /* drop edges lighter than this */
    int top;              /* keep the N most central nodes (0 = all) */
    int drop_isolates;    /* drop nodes without edges */
    int lenient;          /* replace invalid UTF-8 with U+FFFD instead of failing */
    int exact_betweenness;/* force exact betweenness on large graphs */
    int max_evidence;     /* evidence items kept per edge / relation */
    int snippet_max;      /* bytes of sentence text kept per evidence item */
    int jobs;             /* processes for betweenness/closeness/harmonic (0 or 1 = this one);
                             forks: no other thread may run during eg_corpus_build / eg_run */
} eg_options;

#define EG_OPTIONS_INIT { EG_WINDOW_SENTENCE, 1, EG_WEIGHT_COUNT, 0.0, 0, 0, 0, 0, 20, 300, 0 }

/* A document: text is borrowed by the library for the duration of a call. */
typedef struct eg_doc {
    const char *id;    /* file name or JSONL id */
    const char *date;  /* may be NULL */
    const char *text;  /* UTF-8, validated */
    size_t len;
} eg_doc;

typedef struct eg_corpus eg_corpus; /* accumulates documents into entities/relations */
typedef struct eg_graph eg_graph;   /* the built graph with metrics */

/* Create an empty corpus; free with eg_corpus_free. Returns NULL on ENOMEM. */
eg_corpus *eg_corpus_new(const eg_options *opts);
void eg_corpus_free(eg_corpus *c);
/* Extract entities and relations of one document into the corpus. */
int eg_corpus_add(eg_corpus *c, const eg_doc *doc);
/* Build the graph (filters, metrics). The caller frees *out with eg_graph_free. */
int eg_corpus_build(eg_graph **out, eg_corpus *c);
void eg_graph_free(eg_graph *g);

/* One-call API: documents in, graph out (caller frees *out). */
int eg_run(eg_graph **out, const eg_doc *docs, size_t ndocs, const eg_options *opts);

#ifdef __cplusplus
}
#endif
#endif
