/* export_json.c — stage: export. The graph as NetworkX node-link JSON (the
 * contract in DESIGN.md), streamed one node or link at a time: cJSON builds and
 * prints each item (so every value is escaped by it); only the brackets, commas
 * and top-level keys between items are written here. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "common.h"
#include "export.h"
#include "jsonint.h"

/* JSON has no NaN or Inf; an undefined metric is written as 0. */
static double finite_or_zero(double x) { return isfinite(x) ? x : 0.0; }

static const char *node_id(const eg_graph *g, size_t i)
{
    return i < g->nnodes && g->nodes[i].id ? g->nodes[i].id : "";
}

static int add_num(cJSON *obj, const char *key, double v)
{
    v = finite_or_zero(v);
    /* whole numbers (offsets, counts) skip cJSON's float formatting; same digits */
    if (v > -1e15 && v < 1e15 && v == (double)(long long)v && !(v == 0 && signbit(v)))
        return eg_json_add_int(obj, key, (long long)v) ? 0 : -1;
    return cJSON_AddNumberToObject(obj, key, v) ? 0 : -1;
}

static int add_str(cJSON *obj, const char *key, const char *v)
{
    return cJSON_AddStringToObject(obj, key, v ? v : "") ? 0 : -1;
}

/* A string that the item points at under a literal key: for node and link trees, printed
 * and deleted while the graph holds their strings. */
static int add_ref(cJSON *obj, const char *key, const char *v)
{
    return eg_json_add_ref(obj, key, v ? v : "") ? 0 : -1;
}

static int add_bool(cJSON *obj, const char *key, int v) { return eg_json_add_bool(obj, key, v) ? 0 : -1; }

static int add_evidence(cJSON *parent, const eg_evidence *ev, size_t nev)
{
    cJSON *arr = eg_json_add_array(parent, "evidence");
    if (!arr) return -1;
    for (size_t i = 0; i < nev; i++) {
        cJSON *e = cJSON_CreateObject();
        if (!eg_json_push(arr, e) || add_ref(e, "doc", ev[i].doc) || (ev[i].date && add_ref(e, "date", ev[i].date)) ||
            add_num(e, "sentence", ev[i].sentence) || add_num(e, "start", (double)ev[i].start) ||
            add_num(e, "end", (double)ev[i].end) || add_ref(e, "text", ev[i].text))
            return -1;
    }
    return 0;
}

/* The graph-level attributes; NULL when out of memory. */
static cJSON *graph_json(const eg_graph *g)
{
    cJSON *ga = cJSON_CreateObject();
    if (!ga) return NULL;
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
        add_num(ga, "diameter", g->diameter) || add_str(ga, "betweenness", bw)) {
        cJSON_Delete(ga);
        return NULL;
    }
    return ga;
}

/* One node object; NULL when out of memory. */
static cJSON *node_json(const eg_node *n)
{
    cJSON *o = cJSON_CreateObject(), *al;
    if (!o) return NULL;
    if (add_ref(o, "id", n->id) || add_ref(o, "label", n->label) ||
        add_ref(o, "type", eg_etype_name(n->type)) || !(al = eg_json_add_array(o, "aliases")))
        goto fail;
    for (size_t i = 0; i < n->naliases; i++) {
        if (!eg_json_push(al, cJSON_CreateStringReference(n->aliases[i] ? n->aliases[i] : ""))) goto fail;
    }
    if (add_num(o, "mentions", n->mentions) || add_num(o, "documents", n->documents) ||
        add_num(o, "degree", n->degree) || add_num(o, "strength", n->strength) ||
        add_num(o, "betweenness", n->betweenness) || add_num(o, "closeness", n->closeness) ||
        add_num(o, "harmonic", n->harmonic) || add_num(o, "eigenvector", n->eigenvector) ||
        add_num(o, "pagerank", n->pagerank) || add_num(o, "core", n->core) ||
        add_num(o, "clustering", n->clustering) || add_num(o, "community", n->community))
        goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

/* One link object with its evidence and relations; NULL when out of memory. */
static cJSON *link_json(const eg_graph *g, const eg_edge *e)
{
    cJSON *o = cJSON_CreateObject(), *rels;
    if (!o) return NULL;
    if (add_ref(o, "source", node_id(g, e->a)) || add_ref(o, "target", node_id(g, e->b)) ||
        add_num(o, "weight", e->weight) || add_num(o, "count", e->count) ||
        add_evidence(o, e->ev, e->nev) || !(rels = eg_json_add_array(o, "relations")))
        goto fail;
    for (size_t i = 0; i < e->nrels; i++) {
        const eg_relation *r = &e->rels[i];
        cJSON *ro = cJSON_CreateObject();
        if (!eg_json_push(rels, ro) || add_ref(ro, "type", eg_reltype_name(r->type)) ||
            add_bool(ro, "directed", r->directed != 0))
            goto fail;
        if (r->directed) {
            size_t tgt = r->source == e->a ? e->b : e->a;
            if (add_ref(ro, "source", node_id(g, r->source)) || add_ref(ro, "target", node_id(g, tgt)))
                goto fail;
        }
        if (add_num(ro, "count", r->count) || add_bool(ro, "negated", r->negated != 0) ||
            add_bool(ro, "hedged", r->hedged != 0) || add_evidence(ro, r->ev, r->nev))
            goto fail;
    }
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

/* Append cJSON's formatted text of item at depth: cJSON prints at depth 0; one tab per
 * level after each newline puts the lines where cJSON_Print of the whole document
 * would (strings never hold a raw newline: cJSON escapes it). Frees item. */
static int put_value(eg_strbuf *b, cJSON *item, int depth, eg_strbuf *scratch)
{
    scratch->len = 0;
    int rc = item ? eg_json_print_to(scratch, item, 1) : -1;
    cJSON_Delete(item);
    if (rc) return -1;
    const char *p = scratch->ptr, *end = p + scratch->len, *nl;
    static const char tabs[] = "\t\t\t\t\t\t\t\t";
    while ((nl = memchr(p, '\n', (size_t)(end - p)))) {
        eg_strbuf_put(b, p, (size_t)(nl - p) + 1);
        for (int d = depth; d > 0; d -= 8) eg_strbuf_put(b, tabs, (size_t)(d < 8 ? d : 8));
        p = nl + 1;
    }
    eg_strbuf_put(b, p, (size_t)(end - p));
    return b->oom ? -1 : 0;
}

int eg_export__json_value(FILE *f, cJSON *item, int depth)
{
    eg_strbuf b = EG_STRBUF_INIT, scratch = EG_STRBUF_INIT;
    int rc = put_value(&b, item, depth, &scratch);
    if (!rc && b.len) fwrite(b.ptr, 1, b.len, f);
    eg_strbuf_free(&b);
    eg_strbuf_free(&scratch);
    return rc;
}

typedef struct items_ctx {
    eg_json_item_fn fn;
    const void *ctx;
    int depth;
} items_ctx;

/* Items [lo, hi), each after ", " but the first of the array. */
static int render_items(const void *ctx, size_t lo, size_t hi, eg_strbuf *out)
{
    const items_ctx *x = ctx;
    eg_strbuf scratch = EG_STRBUF_INIT; /* each item's text, before its lines are indented */
    int rc = 0;
    for (size_t i = lo; i < hi && !rc; i++) {
        if (i) eg_strbuf_put(out, ", ", 2);
        eg_json_arena(1); /* each item's tree from an emptied arena */
        if (put_value(out, x->fn(x->ctx, i), x->depth, &scratch)) rc = EG_ENOMEM;
    }
    eg_json_arena(0);
    eg_strbuf_free(&scratch);
    return rc;
}

#define EG_JSON_BATCH 2048 /* items rendered between writes */

int eg_export__json_items(FILE *f, eg_json_item_fn fn, const void *ctx, size_t n, int depth, int jobs, const char *name)
{
    items_ctx x = {fn, ctx, depth};
    int rc = eg_render_ordered(f, n, EG_JSON_BATCH, jobs, render_items, &x);
    if (rc == EG_ENOMEM) return eg_error_set(rc, "%s: out of memory", name ? name : "output");
    return rc ? eg_error_set(EG_EIO, "%s: write failed: %s", name ? name : "output", strerror(errno ? errno : EIO))
              : eg_export__check(f, name);
}

static cJSON *node_item(const void *ctx, size_t i) { return node_json(&((const eg_graph *)ctx)->nodes[i]); }
static cJSON *link_item(const void *ctx, size_t i)
{
    const eg_graph *g = ctx;
    return link_json(g, &g->edges[i]);
}

int eg_export__check(FILE *f, const char *name)
{
    if (!ferror(f)) return 0;
    return eg_error_set(EG_EIO, "%s: write failed: %s", name ? name : "output", strerror(errno ? errno : EIO));
}

/* Writes the node-link JSON to f, byte for byte what cJSON_Print of the whole
 * document would print (formatted, trailing newline), without building it.
 * name is for messages. Returns 0, EG_EINVAL, EG_ENOMEM or EG_EIO. */
int eg_export_json(FILE *f, const eg_graph *g, const char *name)
{
    int rc;

    if (!f || !g) return eg_error_set(EG_EINVAL, "export json: NULL argument");
    fputs("{\n\t\"directed\":\t", f);
    if (eg_export__json_value(f, cJSON_CreateFalse(), 1)) goto nomem;
    fputs(",\n\t\"multigraph\":\t", f);
    if (eg_export__json_value(f, cJSON_CreateFalse(), 1)) goto nomem;
    fputs(",\n\t\"graph\":\t", f);
    if (eg_export__json_value(f, graph_json(g), 1)) goto nomem;
    fputs(",\n\t\"nodes\":\t[", f);
    if ((rc = eg_export__json_items(f, node_item, g, g->nnodes, 2, g->jobs, name))) return rc;
    fputs("],\n\t\"links\":\t[", f);
    if ((rc = eg_export__json_items(f, link_item, g, g->nedges, 2, g->jobs, name))) return rc;
    fputs("]\n}\n", f);
    return eg_export__check(f, name);
nomem:
    return eg_error_set(EG_ENOMEM, "export json: out of memory");
}
