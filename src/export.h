/* export.h — stage: writers. JSON and CSV stream the graph to a FILE, item by
 * item; the drawings (DOT, SVG) and the summary render into a caller-owned buffer. */
#ifndef EG_EXPORT_H
#define EG_EXPORT_H

#include "common.h"
#include "graph.h"

typedef enum { EG_SIZE_PAGERANK, EG_SIZE_DEGREE, EG_SIZE_BETWEENNESS } eg_size_by;

typedef struct eg_draw_options {
    const char *layout;   /* "neato", "fdp", "sfdp", "circo", "dot"; NULL = by size */
    eg_size_by size_by;
    int draw_top;         /* draw the N most central nodes (0 = all) */
} eg_draw_options;

#define EG_DRAW_OPTIONS_INIT { NULL, EG_SIZE_PAGERANK, 60 }

/* DOT via cgraph agwrite. */
int eg_export_dot(eg_strbuf *out, const eg_graph *g, const eg_draw_options *o);
/* SVG laid out and rendered in process with gvc. */
int eg_export_svg(eg_strbuf *out, const eg_graph *g, const eg_draw_options *o);
/* NetworkX node-link graph JSON (cJSON), one node or link in memory at a time.
 * Write errors are EG_EIO "NAME: write failed: ..."; f is not closed. */
int eg_export_json(FILE *f, const eg_graph *g, const char *name);
/* CSV, one row per node / per edge (RFC 4180 quoting), written to f as above. */
int eg_export_csv_nodes(FILE *f, const eg_graph *g, const char *name);
int eg_export_csv_edges(FILE *f, const eg_graph *g, const char *name);
/* Helpers shared by the streaming writers (not public). */
struct cJSON;
/* Print item with cJSON, formatted as a value nested depth levels deep in the
 * document, to f, then delete it (item may be NULL: an allocation failed).
 * Returns 0, or -1 if item was NULL or printing ran out of memory (not recorded). */
int eg_export__json_value(FILE *f, struct cJSON *item, int depth);
/* 0, or EG_EIO "NAME: write failed: ..." once f's error indicator is set. */
int eg_export__check(FILE *f, const char *name);
/* Items 0..n-1 of a JSON array, item i from fn(ctx, i) (freed here), each printed
 * formatted at depth with ", " between them, by up to jobs threads batch by batch
 * and written in order (the bytes do not depend on jobs). 0, EG_ENOMEM or EG_EIO. */
typedef struct cJSON *(*eg_json_item_fn)(const void *ctx, size_t i);
int eg_export__json_items(FILE *f, eg_json_item_fn fn, const void *ctx, size_t n, int depth, int jobs, const char *name);

/* Human-readable summary: counts, top actors by degree and betweenness. */
int eg_export_summary(eg_strbuf *out, const eg_graph *g, int top);

#endif
