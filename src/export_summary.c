/* export_summary.c — stage: export. A plain-text summary for the terminal:
 * counts, graph-level metrics and the top actors by degree and betweenness. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

static double fz(double x) { return isfinite(x) && x != 0 ? x : 0.0; }

static const char *label_of(const eg_node *n) { return n->label ? n->label : ""; }

static int by_degree(const void *pa, const void *pb)
{
    const eg_node *a = *(const eg_node *const *)pa, *b = *(const eg_node *const *)pb;
    if (a->degree != b->degree) return a->degree > b->degree ? -1 : 1;
    if (fz(a->strength) != fz(b->strength)) return fz(a->strength) > fz(b->strength) ? -1 : 1;
    return strcmp(label_of(a), label_of(b));
}

static int by_betweenness(const void *pa, const void *pb)
{
    const eg_node *a = *(const eg_node *const *)pa, *b = *(const eg_node *const *)pb;
    if (fz(a->betweenness) != fz(b->betweenness)) return fz(a->betweenness) > fz(b->betweenness) ? -1 : 1;
    return by_degree(pa, pb);
}

/* Copies a label onto one line: control characters become spaces. */
static void put_label(eg_strbuf *out, const char *s)
{
    for (; s && *s; s++)
        eg_strbuf_putc(out, ((unsigned char)*s < 0x20 || *s == 0x7f) ? ' ' : *s);
}

static void top_list(eg_strbuf *out, const eg_node **v, size_t n, int top, int betw)
{
    for (size_t i = 0; i < n && i < (size_t)top; i++) {
        eg_strbuf_printf(out, "%3zu. ", i + 1);
        put_label(out, label_of(v[i]));
        eg_strbuf_printf(out, " (%s)  degree %d  strength %g", eg_etype_name(v[i]->type), v[i]->degree,
                         fz(v[i]->strength));
        if (betw) eg_strbuf_printf(out, "  betweenness %.4f", fz(v[i]->betweenness));
        eg_strbuf_putc(out, '\n');
    }
}

/* Appends the summary to out; top is the length of each ranking (<= 0: 10).
 * Returns 0, EG_EINVAL or EG_ENOMEM. */
int eg_export_summary(eg_strbuf *out, const eg_graph *g, int top)
{
    const eg_node **v = NULL;
    int rc = 0;

    if (!out || !g) return eg_error_set(EG_EINVAL, "export summary: NULL argument");
    if (top <= 0) top = 10;
    eg_strbuf_printf(out, "entgraph: %zu nodes, %zu edges, %d documents, %d communities\n", g->nnodes,
                     g->nedges, g->documents, g->communities);
    eg_strbuf_printf(out, "density %.4f, %d component%s (largest %d nodes), modularity %.4f, diameter %d\n",
                     fz(g->density), g->components, g->components == 1 ? "" : "s", g->largest_component,
                     fz(g->modularity), g->diameter);
    if (g->windows_skipped)
        eg_strbuf_printf(out, "%d co-occurrence window%s named over 1000 entities and added no pairs\n",
                         g->windows_skipped, g->windows_skipped == 1 ? "" : "s");
    if (!g->betweenness_exact)
        eg_strbuf_printf(out, "betweenness, closeness and harmonic estimated from %g sampled sources; diameter is a lower bound\n", fz(g->betweenness_cutoff));
    if (g->nnodes) {
        v = malloc(g->nnodes * sizeof *v);
        if (!v) goto nomem;
        for (size_t i = 0; i < g->nnodes; i++) v[i] = &g->nodes[i];
        qsort(v, g->nnodes, sizeof *v, by_degree);
        eg_strbuf_puts(out, "\nTop actors by degree:\n");
        top_list(out, v, g->nnodes, top, 0);
        qsort(v, g->nnodes, sizeof *v, by_betweenness);
        eg_strbuf_puts(out, "\nTop actors by betweenness:\n");
        top_list(out, v, g->nnodes, top, 1);
    }
    if (out->oom) goto nomem;
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export summary: out of memory");
done:
    free(v);
    return rc;
}
