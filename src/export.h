/* export.h — stage: writers. Each renders the graph into a caller-owned buffer;
 * the CLI writes buffers to files atomically. */
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
/* NetworkX node-link graph JSON (cJSON). */
int eg_export_json(eg_strbuf *out, const eg_graph *g);
/* CSV, one row per node / per edge (RFC 4180 quoting). */
int eg_export_csv_nodes(eg_strbuf *out, const eg_graph *g);
int eg_export_csv_edges(eg_strbuf *out, const eg_graph *g);
/* Human-readable summary: counts, top actors by degree and betweenness. */
int eg_export_summary(eg_strbuf *out, const eg_graph *g, int top);

#endif
