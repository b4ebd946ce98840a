/* export_json.c — stage: export. The graph as NetworkX node-link JSON (the
 * contract in DESIGN.md), built with cJSON so every string is escaped by it. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <cJSON.h>

#include "export.h"

/* JSON has no NaN or Inf; an undefined metric is written as 0. */
static double finite_or_zero(double x) { return isfinite(x) ? x : 0.0; }

static const char *node_id(const eg_graph *g, size_t i)
{
    return i < g->nnodes && g->nodes[i].id ? g->nodes[i].id : "";
}

static int add_num(cJSON *obj, const char *key, double v)
{
    return cJSON_AddNumberToObject(obj, key, finite_or_zero(v)) ? 0 : -1;
}

static int add_str(cJSON *obj, const char *key, const char *v)
{
    return cJSON_AddStringToObject(obj, key, v ? v : "") ? 0 : -1;
}

static int add_evidence(cJSON *parent, const eg_evidence *ev, size_t nev)
{
    cJSON *arr = cJSON_AddArrayToObject(parent, "evidence");
    if (!arr) return -1;
    for (size_t i = 0; i < nev; i++) {
        cJSON *e = cJSON_CreateObject();
        if (!e) return -1;
        cJSON_AddItemToArray(arr, e);
        if (add_str(e, "doc", ev[i].doc)) return -1;
        if (ev[i].date && add_str(e, "date", ev[i].date)) return -1;
        if (add_num(e, "sentence", ev[i].sentence) || add_num(e, "start", (double)ev[i].start) ||
            add_num(e, "end", (double)ev[i].end) || add_str(e, "text", ev[i].text))
            return -1;
    }
    return 0;
}

static int add_graph_attrs(cJSON *root, const eg_graph *g)
{
    cJSON *ga = cJSON_AddObjectToObject(root, "graph");
    if (!ga) return -1;
    char bw[64];
    if (g->betweenness_exact)
        snprintf(bw, sizeof bw, "exact");
    else
        snprintf(bw, sizeof bw, "estimated from %g sampled sources", finite_or_zero(g->betweenness_cutoff));
    if (add_str(ga, "generator", "entgraph " EG_VERSION) || add_num(ga, "documents", g->documents) ||
        add_str(ga, "window", g->window ? g->window : "sentence") ||
        add_str(ga, "weight", g->weight_scheme ? g->weight_scheme : "count") ||
        add_num(ga, "nodes", (double)g->nnodes) || add_num(ga, "edges", (double)g->nedges) ||
        add_num(ga, "density", g->density) || add_num(ga, "components", g->components) ||
        add_num(ga, "largest_component", g->largest_component) ||
        add_str(ga, "path_metrics", g->betweenness_exact ? "exact" : bw) ||
        add_num(ga, "windows_skipped", g->windows_skipped) ||
        add_str(ga, "diameter_method", g->diameter_exact ? "exact" : "double-sweep lower bound") ||
        add_num(ga, "modularity", g->modularity) || add_num(ga, "communities", g->communities) ||
        add_num(ga, "diameter", g->diameter) || add_str(ga, "betweenness", bw))
        return -1;
    return 0;
}

static int add_node(cJSON *arr, const eg_node *n)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return -1;
    cJSON_AddItemToArray(arr, o);
    if (add_str(o, "id", n->id) || add_str(o, "label", n->label) ||
        add_str(o, "type", eg_etype_name(n->type)))
        return -1;
    cJSON *al = cJSON_AddArrayToObject(o, "aliases");
    if (!al) return -1;
    for (size_t i = 0; i < n->naliases; i++) {
        cJSON *s = cJSON_CreateString(n->aliases[i] ? n->aliases[i] : "");
        if (!s) return -1;
        cJSON_AddItemToArray(al, s);
    }
    if (add_num(o, "mentions", n->mentions) || add_num(o, "documents", n->documents) ||
        add_num(o, "degree", n->degree) || add_num(o, "strength", n->strength) ||
        add_num(o, "betweenness", n->betweenness) || add_num(o, "closeness", n->closeness) ||
        add_num(o, "harmonic", n->harmonic) || add_num(o, "eigenvector", n->eigenvector) ||
        add_num(o, "pagerank", n->pagerank) || add_num(o, "core", n->core) ||
        add_num(o, "clustering", n->clustering) || add_num(o, "community", n->community))
        return -1;
    return 0;
}

static int add_link(cJSON *arr, const eg_graph *g, const eg_edge *e)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return -1;
    cJSON_AddItemToArray(arr, o);
    if (add_str(o, "source", node_id(g, e->a)) || add_str(o, "target", node_id(g, e->b)) ||
        add_num(o, "weight", e->weight) || add_num(o, "count", e->count) ||
        add_evidence(o, e->ev, e->nev))
        return -1;
    cJSON *rels = cJSON_AddArrayToObject(o, "relations");
    if (!rels) return -1;
    for (size_t i = 0; i < e->nrels; i++) {
        const eg_relation *r = &e->rels[i];
        cJSON *ro = cJSON_CreateObject();
        if (!ro) return -1;
        cJSON_AddItemToArray(rels, ro);
        if (add_str(ro, "type", eg_reltype_name(r->type)) ||
            !cJSON_AddBoolToObject(ro, "directed", r->directed != 0))
            return -1;
        if (r->directed) {
            size_t tgt = r->source == e->a ? e->b : e->a;
            if (add_str(ro, "source", node_id(g, r->source)) || add_str(ro, "target", node_id(g, tgt)))
                return -1;
        }
        if (add_num(ro, "count", r->count) || !cJSON_AddBoolToObject(ro, "negated", r->negated != 0) ||
            !cJSON_AddBoolToObject(ro, "hedged", r->hedged != 0) || add_evidence(ro, r->ev, r->nev))
            return -1;
    }
    return 0;
}

/* Appends the node-link JSON (pretty-printed, trailing newline) to out.
 * Returns 0, EG_EINVAL for a NULL argument, or EG_ENOMEM. */
int eg_export_json(eg_strbuf *out, const eg_graph *g)
{
    int rc = 0;
    char *text = NULL;
    cJSON *root = NULL, *nodes, *links;

    if (!out || !g) return eg_error_set(EG_EINVAL, "export json: NULL argument");
    root = cJSON_CreateObject();
    if (!root || !cJSON_AddBoolToObject(root, "directed", 0) ||
        !cJSON_AddBoolToObject(root, "multigraph", 0) || add_graph_attrs(root, g))
        goto nomem;
    if (!(nodes = cJSON_AddArrayToObject(root, "nodes"))) goto nomem;
    for (size_t i = 0; i < g->nnodes; i++)
        if (add_node(nodes, &g->nodes[i])) goto nomem;
    if (!(links = cJSON_AddArrayToObject(root, "links"))) goto nomem;
    for (size_t i = 0; i < g->nedges; i++)
        if (add_link(links, g, &g->edges[i])) goto nomem;
    if (!(text = cJSON_Print(root))) goto nomem;
    eg_strbuf_puts(out, text);
    eg_strbuf_putc(out, '\n');
    if (out->oom) goto nomem;
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export json: out of memory");
done:
    cJSON_free(text);
    cJSON_Delete(root);
    return rc;
}
