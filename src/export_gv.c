/* export_gv.c — stage: export (shared by DOT and SVG). Turns the graph model
 * into a styled cgraph graph: colour-blind-safe type fills, community borders,
 * metric-scaled nodes, weight-scaled edges, typed-relation labels, a legend. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export_gv.h"

/* Okabe–Ito palette (safe for the common colour-vision deficiencies); the
 * type is also told by shape so the drawing survives greyscale printing. */
static const char *const type_fill[EG_NTYPES] = { "#56B4E9", "#E69F00", "#009E73" };
static const char *const type_shape[EG_NTYPES] = { "ellipse", "box", "hexagon" };
static const char *const type_style[EG_NTYPES] = { "filled", "filled,rounded", "filled" };
static const char *const type_word[EG_NTYPES] = { "person", "organisation", "place" };
/* Community border colours (Paul Tol's "muted" scheme, cycled). */
static const char *const community_pen[] = { "#332288", "#882255", "#117733", "#AA4499", "#44AA99",
                                             "#999933", "#CC6677", "#661100", "#6699CC", "#DDCC77" };
#define N_COMMUNITY_PEN (sizeof community_pen / sizeof community_pen[0])

#define EG_FONT "Helvetica,Arial,sans-serif"
#define EG_TYPED_COLOR "#333333"
#define EG_COOC_COLOR "#999999"
#define EG_FONT_MIN 10.0 /* label font floor, points */
#define EG_FONT_MAX 18.0
#define EG_PEN_MIN 1.0   /* edge penwidth range */
#define EG_PEN_MAX 6.0
#define EG_SFDP_ABOVE 150 /* drawn nodes above which sfdp replaces neato */
#define EG_TOOLTIP_SNIPPET 240

/* ---- diagnostics -------------------------------------------------------- */

static _Thread_local char gv_err[512];  /* the message reported */
static _Thread_local char gv_line[512]; /* the message being assembled */
static agusererrf gv_prev_errf;

/* Graphviz hands a diagnostic over in pieces ("Error", ": ", text ending in
 * '\n'). Keep the first complete one, or the first error after warnings. */
static int gv_capture(char *piece)
{
    size_t n = strlen(gv_line);
    snprintf(gv_line + n, sizeof gv_line - n, "%s", piece);
    if (!strchr(piece, '\n')) return 0;
    for (char *p = gv_line; *p; p++)
        if (*p == '\n' || *p == '\r') *p = ' ';
    n = strlen(gv_line);
    while (n && gv_line[n - 1] == ' ') gv_line[--n] = '\0';
    if (!gv_err[0] || (strncmp(gv_err, "Error", 5) != 0 && strncmp(gv_line, "Error", 5) == 0))
        snprintf(gv_err, sizeof gv_err, "%s", gv_line);
    gv_line[0] = '\0';
    return 0;
}

void eg_export__gv_errors_begin(void)
{
    gv_err[0] = gv_line[0] = '\0';
    gv_prev_errf = agseterrf(gv_capture);
}

void eg_export__gv_errors_end(void) { agseterrf(gv_prev_errf); }

const char *eg_export__gv_last_error(void) { return gv_err[0] ? gv_err : gv_line; }

/* ---- text --------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (max n bytes), or 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len;
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) len = 2;
    else if (s[0] >= 0xe0 && s[0] <= 0xef) len = 3;
    else if (s[0] >= 0xf0 && s[0] <= 0xf4) len = 4;
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80) return 0;
    if (len == 3 && s[0] == 0xe0 && s[1] < 0xa0) return 0;
    if (len == 3 && s[0] == 0xed && s[1] >= 0xa0) return 0;
    if (len == 4 && s[0] == 0xf0 && s[1] < 0x90) return 0;
    if (len == 4 && s[0] == 0xf4 && s[1] >= 0x90) return 0;
    return len;
}

/* Append s as a Graphviz escString value: control characters become spaces,
 * invalid UTF-8 becomes '?', and '\' is doubled so Graphviz's own escapes
 * (\N, \G, \n, \l ...) cannot be triggered by a name. At most max bytes of s
 * are used (cut on a character boundary, "…" appended). */
static void gv_text(eg_strbuf *b, const char *str, size_t max)
{
    const unsigned char *s = (const unsigned char *)(str ? str : "");
    size_t n = strlen((const char *)s), i = 0;
    while (i < n) {
        if (i >= max) { eg_strbuf_puts(b, "\xe2\x80\xa6"); break; }
        size_t k = utf8_len(s + i, n - i);
        if (k == 0) { eg_strbuf_putc(b, '?'); i++; continue; }
        if (k == 1) {
            if (s[i] < 0x20 || s[i] == 0x7f) eg_strbuf_putc(b, ' ');
            else if (s[i] == '\\') eg_strbuf_puts(b, "\\\\");
            else eg_strbuf_putc(b, (char)s[i]);
        } else {
            eg_strbuf_put(b, (const char *)s + i, k);
        }
        i += k;
    }
}

/* ---- attributes --------------------------------------------------------- */

/* cgraph's setters take char *; they copy, never modify. */
static int set(void *obj, const char *name, const char *value)
{
    return agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static int setf(void *obj, const char *name, double v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.4g", isfinite(v) && v != 0 ? v : 0.0);
    return set(obj, name, tmp);
}

static double fz(double x) { return isfinite(x) && x != 0 ? x : 0.0; }

static double size_metric(const eg_node *n, eg_size_by by)
{
    switch (by) {
    case EG_SIZE_DEGREE: return n->degree;
    case EG_SIZE_BETWEENNESS: return fz(n->betweenness);
    case EG_SIZE_PAGERANK: break;
    }
    return fz(n->pagerank);
}

static const char *size_metric_name(eg_size_by by)
{
    switch (by) {
    case EG_SIZE_DEGREE: return "degree";
    case EG_SIZE_BETWEENNESS: return "betweenness";
    case EG_SIZE_PAGERANK: break;
    }
    return "PageRank";
}

struct rank_item {
    size_t idx;
    double v;
    const char *label;
};

static int rank_cmp(const void *pa, const void *pb)
{
    const struct rank_item *a = pa, *b = pb;
    if (a->v != b->v) return a->v > b->v ? -1 : 1;
    int c = strcmp(a->label, b->label);
    if (c) return c;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static const char *pick_layout(const eg_draw_options *o, size_t ndrawn)
{
    static const char *const known[] = { "neato", "fdp", "sfdp", "circo", "dot", "twopi", "osage", "patchwork" };
    if (o->layout && *o->layout) {
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strcmp(o->layout, known[i]) == 0) return known[i];
        return NULL;
    }
    return ndrawn > EG_SFDP_ABOVE ? "sfdp" : "neato";
}

/* The legend: an HTML-like graph label under the drawing, so every layout
 * engine places it (neato and sfdp ignore clusters). */
static void legend_html(eg_strbuf *b, eg_size_by by)
{
    eg_strbuf_puts(b, "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
                      "<TR><TD ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
                      "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"0\"><TR>");
    for (int t = 0; t < EG_NTYPES; t++)
        eg_strbuf_printf(b, "<TD BGCOLOR=\"%s\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"> </TD>"
                            "<TD ALIGN=\"LEFT\">%s (%s)  </TD>",
                         type_fill[t], type_word[t], type_shape[t]);
    eg_strbuf_puts(b, "</TR></TABLE></TD></TR>"
                      "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"0\">"
                      "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" EG_TYPED_COLOR "\"><B>\xe2\x80\x94\xe2\x80\x94\xe2\x96\xb6</B></FONT></TD>"
                      "<TD ALIGN=\"LEFT\">typed relation, labelled (? hedged, not = negated); arrow from the actor</TD></TR>"
                      "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" EG_COOC_COLOR "\">\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94</FONT></TD>"
                      "<TD ALIGN=\"LEFT\">co-occurrence only</TD></TR></TABLE></TD></TR>");
    eg_strbuf_printf(b, "<TR><TD ALIGN=\"LEFT\">node size: %s \xc2\xb7 border colour: community "
                        "\xc2\xb7 line width: edge weight</TD></TR></TABLE>",
                     size_metric_name(by));
}

/* Set an HTML-like attribute value on obj (a graph, node or edge of gr). */
static int set_html_obj(Agraph_t *gr, void *obj, const char *name, const char *html)
{
    char *h = agstrdup_html(gr, (char *)html);
    if (!h) return -1;
    Agsym_t *sym = agattr(gr, agobjkind(obj), (char *)name, (char *)"");
    int rc = sym ? agxset(obj, sym, h) : -1;
    agstrfree(gr, h);
    return rc;
}

static void node_tooltip(eg_strbuf *b, const eg_node *n)
{
    gv_text(b, n->label, 200);
    eg_strbuf_printf(b, " (%s)", eg_etype_name(n->type));
    if (n->naliases) {
        eg_strbuf_puts(b, "\\naka ");
        for (size_t i = 0; i < n->naliases && i < 8; i++) {
            if (i) eg_strbuf_puts(b, "; ");
            gv_text(b, n->aliases[i], 120);
        }
        if (n->naliases > 8) eg_strbuf_printf(b, "; +%zu more", n->naliases - 8);
    }
    eg_strbuf_printf(b, "\\n%d mentions in %d document%s\\ndegree %d, strength %g\\n"
                        "PageRank %.4f, betweenness %.4f\\ncloseness %.4f, eigenvector %.4f\\n"
                        "core %d, clustering %.3f, community %d",
                     n->mentions, n->documents, n->documents == 1 ? "" : "s", n->degree, fz(n->strength),
                     fz(n->pagerank), fz(n->betweenness), fz(n->closeness), fz(n->eigenvector), n->core,
                     fz(n->clustering), n->community);
}

static void edge_tooltip(eg_strbuf *b, const eg_graph *g, const eg_edge *e)
{
    const eg_node *na = &g->nodes[e->a], *nb = &g->nodes[e->b];
    gv_text(b, na->label, 120);
    eg_strbuf_puts(b, " \xe2\x80\x94 ");
    gv_text(b, nb->label, 120);
    eg_strbuf_printf(b, "\\nweight %g, %d co-occurrence%s", fz(e->weight), e->count, e->count == 1 ? "" : "s");
    const eg_evidence *first = e->nev ? &e->ev[0] : NULL;
    for (size_t i = 0; i < e->nrels; i++) {
        const eg_relation *r = &e->rels[i];
        const eg_node *src = r->directed && r->source == e->b ? nb : na;
        const eg_node *dst = src == na ? nb : na;
        eg_strbuf_puts(b, "\\n");
        gv_text(b, src->label, 120);
        eg_strbuf_printf(b, " %s%s%s ", r->negated ? "not " : "", r->hedged ? "reportedly " : "",
                         eg_reltype_name(r->type));
        gv_text(b, dst->label, 120);
        eg_strbuf_printf(b, " (\xc3\x97%d)", r->count);
        if (!first && r->nev) first = &r->ev[0];
    }
    if (first) {
        eg_strbuf_puts(b, "\\n\\n");
        gv_text(b, first->doc, 80);
        eg_strbuf_printf(b, ":%d: ", first->sentence);
        gv_text(b, first->text, EG_TOOLTIP_SNIPPET);
    }
}

/* Direction of an edge's drawing: tail/head nodes and the dir attribute. */
static const char *edge_dir(const eg_edge *e, size_t *tail, size_t *head)
{
    int fwd = 0, back = 0;
    for (size_t i = 0; i < e->nrels; i++) {
        if (!e->rels[i].directed) continue;
        if (e->rels[i].source == e->b) back = 1;
        else fwd = 1;
    }
    *tail = e->a;
    *head = e->b;
    if (fwd && back) return "both";
    if (back) { *tail = e->b; *head = e->a; }
    return fwd || back ? "forward" : "none";
}

int eg_export__gv_build(Agraph_t **out, const char **layout, const eg_graph *g,
                        const eg_draw_options *o, Agdisc_t *disc)
{
    eg_draw_options defaults = EG_DRAW_OPTIONS_INIT;
    struct rank_item *rank = NULL;
    Agnode_t **gvnode = NULL;
    Agraph_t *gr = NULL;
    eg_strbuf s = EG_STRBUF_INIT;
    int rc = 0;
    size_t ndraw = 0;

    *out = NULL;
    if (!g) return eg_error_set(EG_EINVAL, "export graphviz: NULL graph");
    if (!o) o = &defaults;
    if (g->nnodes) {
        rank = malloc(g->nnodes * sizeof *rank);
        gvnode = calloc(g->nnodes, sizeof *gvnode);
        if (!rank || !gvnode) goto nomem;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        rank[i].idx = i;
        rank[i].v = size_metric(&g->nodes[i], o->size_by);
        rank[i].label = g->nodes[i].label ? g->nodes[i].label : "";
    }
    if (g->nnodes) qsort(rank, g->nnodes, sizeof *rank, rank_cmp);
    ndraw = o->draw_top > 0 && (size_t)o->draw_top < g->nnodes ? (size_t)o->draw_top : g->nnodes;
    *layout = pick_layout(o, ndraw);
    if (!*layout) {
        rc = eg_error_set(EG_EINVAL, "unknown layout \"%s\" (use neato, fdp, sfdp, circo, dot, twopi)", o->layout);
        goto done;
    }

    gr = agopen((char *)"entgraph", Agdirected, disc);
    if (!gr) goto nomem;

    /* Graph defaults: written once at the top of the DOT file so users can restyle. */
    int force = strcmp(*layout, "neato") == 0 || strcmp(*layout, "fdp") == 0 || strcmp(*layout, "sfdp") == 0;
    set(gr, "layout", *layout);
    set(gr, "comment", "entgraph " EG_VERSION);
    set(gr, "bgcolor", "white");
    set(gr, "pad", "0.3");
    set(gr, "fontname", EG_FONT);
    set(gr, "fontsize", "11");
    set(gr, "outputorder", "edgesfirst");
    set(gr, "overlap", force ? "prism" : "false");
    set(gr, "splines", ndraw > EG_SFDP_ABOVE ? "false" : "true");
    set(gr, "sep", "+12");
    set(gr, "esep", "+6");
    if (force) set(gr, "start", "42");
    set(gr, "labelloc", "b");
    set(gr, "labeljust", "l");
    legend_html(&s, o->size_by);
    if (s.oom || set_html_obj(gr, gr, "label", s.ptr)) goto nomem;

    agattr(gr, AGNODE, (char *)"fontname", (char *)EG_FONT);
    agattr(gr, AGNODE, (char *)"fontcolor", (char *)"#111111");
    agattr(gr, AGNODE, (char *)"style", (char *)"filled");
    agattr(gr, AGNODE, (char *)"penwidth", (char *)"2.5");
    agattr(gr, AGNODE, (char *)"margin", (char *)"0.08,0.04");
    agattr(gr, AGEDGE, (char *)"fontname", (char *)EG_FONT);
    agattr(gr, AGEDGE, (char *)"fontsize", (char *)"9");
    agattr(gr, AGEDGE, (char *)"arrowsize", (char *)"0.8");

    double vmin = 0, vmax = 0;
    for (size_t k = 0; k < ndraw; k++) {
        if (k == 0 || rank[k].v < vmin) vmin = rank[k].v;
        if (k == 0 || rank[k].v > vmax) vmax = rank[k].v;
    }
    /* Nodes in graph order, so the layout does not depend on the ranking. */
    char *drawn = calloc(g->nnodes ? g->nnodes : 1, 1);
    if (!drawn) goto nomem;
    for (size_t k = 0; k < ndraw; k++) drawn[rank[k].idx] = 1;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (!drawn[i]) continue;
        const eg_node *n = &g->nodes[i];
        char name[64];
        const char *id = n->id && *n->id ? n->id : NULL;
        if (!id || agnode(gr, (char *)id, 0)) { /* missing or duplicate id */
            snprintf(name, sizeof name, "n%zu", i);
            id = name;
        }
        Agnode_t *v = agnode(gr, (char *)id, 1);
        if (!v) { free(drawn); goto nomem; }
        gvnode[i] = v;
        int t = (unsigned)n->type < EG_NTYPES ? (int)n->type : 0;
        double x = vmax > vmin ? (size_metric(n, o->size_by) - vmin) / (vmax - vmin) : 0.3;
        x = sqrt(x); /* area grows with the metric, not the diameter */
        s.len = 0;
        eg_strbuf_put(&s, "", 0);
        gv_text(&s, n->label, 200);
        set(v, "label", s.ptr);
        s.len = 0;
        eg_strbuf_put(&s, "", 0);
        node_tooltip(&s, n);
        set(v, "tooltip", s.ptr);
        set(v, "shape", type_shape[t]);
        set(v, "style", type_style[t]);
        set(v, "fillcolor", type_fill[t]);
        set(v, "color", community_pen[(unsigned)n->community % N_COMMUNITY_PEN]);
        setf(v, "fontsize", EG_FONT_MIN + (EG_FONT_MAX - EG_FONT_MIN) * x);
        setf(v, "width", 0.6 + 1.0 * x);
        setf(v, "height", 0.35 + 0.45 * x);
        char cls[64];
        snprintf(cls, sizeof cls, "%s community-%d", type_word[t], n->community);
        set(v, "class", cls);
        set(v, "type", eg_etype_name(n->type));
        setf(v, "community", n->community);
        setf(v, "mentions", n->mentions);
        setf(v, "degree", n->degree);
        setf(v, "pagerank", n->pagerank);
        setf(v, "betweenness", n->betweenness);
        if (s.oom) { free(drawn); goto nomem; }
    }
    free(drawn);

    double wmin = 0, wmax = 0;
    int first = 1;
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        if (e->a >= g->nnodes || e->b >= g->nnodes || !gvnode[e->a] || !gvnode[e->b]) continue;
        if (first || fz(e->weight) < wmin) wmin = fz(e->weight);
        if (first || fz(e->weight) > wmax) wmax = fz(e->weight);
        first = 0;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        if (e->a >= g->nnodes || e->b >= g->nnodes || !gvnode[e->a] || !gvnode[e->b]) continue;
        size_t tail, head;
        const char *dir = edge_dir(e, &tail, &head);
        Agedge_t *ed = agedge(gr, gvnode[tail], gvnode[head], NULL, 1);
        if (!ed) goto nomem;
        double x = wmax > wmin ? (fz(e->weight) - wmin) / (wmax - wmin) : 0.3;
        setf(ed, "penwidth", EG_PEN_MIN + (EG_PEN_MAX - EG_PEN_MIN) * x);
        set(ed, "dir", dir);
        setf(ed, "eg_weight", e->weight);
        setf(ed, "count", e->count);
        /* Typed edges: an HTML-like label on a white cell so the
         * line does not run through the text; relation names are fixed
         * identifiers, nothing from the input goes into this markup. */
        s.len = 0;
        eg_strbuf_put(&s, "", 0);
        eg_strbuf_puts(&s, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" BGCOLOR=\"white\">");
        for (size_t k = 0; k < e->nrels; k++)
            eg_strbuf_printf(&s, "<TR><TD>%s%s%s</TD></TR>", e->rels[k].negated ? "not " : "",
                             eg_reltype_name(e->rels[k].type), e->rels[k].hedged ? "?" : "");
        eg_strbuf_puts(&s, "</TABLE>");
        if (e->nrels) {
            if (s.oom || set_html_obj(gr, ed, "label", s.ptr)) goto nomem;
            set(ed, "color", EG_TYPED_COLOR);
            set(ed, "fontcolor", EG_TYPED_COLOR);
            set(ed, "class", "typed");
        } else {
            set(ed, "color", EG_COOC_COLOR);
            set(ed, "class", "cooccurrence");
        }
        s.len = 0;
        eg_strbuf_put(&s, "", 0);
        edge_tooltip(&s, g, e);
        set(ed, "tooltip", s.ptr);
        set(ed, "labeltooltip", s.ptr);
        if (s.oom) goto nomem;
    }
    *out = gr;
    gr = NULL;
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export graphviz: out of memory");
done:
    if (gr) agclose(gr);
    eg_strbuf_free(&s);
    free(rank);
    free(gvnode);
    return rc;
}
