/* export_csv.c — stage: export. Node and edge tables as RFC 4180 CSV, with
 * spreadsheet formula injection neutralised in text fields. */
#include <math.h>
#include <string.h>

#include "export.h"

/* Rows end in CRLF (RFC 4180). A field containing , " CR or LF is quoted with
 * inner quotes doubled. A text field that starts with = + - @ TAB or CR is
 * prefixed with an apostrophe so spreadsheets show it instead of evaluating it
 * as a formula; numeric fields are never prefixed. */
static void csv_text(eg_strbuf *b, const char *s, size_t n)
{
    int lead = n > 0 && strchr("=+-@\t\r", s[0]) != NULL;
    int quote = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n') { quote = 1; break; }
    if (quote) eg_strbuf_putc(b, '"');
    if (lead) eg_strbuf_putc(b, '\'');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') eg_strbuf_putc(b, '"');
        eg_strbuf_putc(b, s[i]);
    }
    if (quote) eg_strbuf_putc(b, '"');
}

static void csv_str(eg_strbuf *b, const char *s) { csv_text(b, s ? s : "", s ? strlen(s) : 0); }

/* Metrics are written with %.6g (JSON keeps full precision); NaN/Inf as 0. */
static void csv_num(eg_strbuf *b, double x) { eg_strbuf_printf(b, "%.6g", isfinite(x) && x != 0 ? x : 0.0); }

static const char *node_id(const eg_graph *g, size_t i)
{
    return i < g->nnodes && g->nodes[i].id ? g->nodes[i].id : "";
}

/* Appends one row per node to out. Aliases are joined with "|".
 * Returns 0, EG_EINVAL or EG_ENOMEM. */
int eg_export_csv_nodes(eg_strbuf *out, const eg_graph *g)
{
    eg_strbuf tmp = EG_STRBUF_INIT;
    int rc = 0;

    if (!out || !g) return eg_error_set(EG_EINVAL, "export csv: NULL argument");
    eg_strbuf_puts(out, "id,label,type,aliases,mentions,documents,degree,strength,betweenness,"
                        "closeness,harmonic,eigenvector,pagerank,core,clustering,community\r\n");
    for (size_t i = 0; i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        csv_str(out, n->id);
        eg_strbuf_putc(out, ',');
        csv_str(out, n->label);
        eg_strbuf_printf(out, ",%s,", eg_etype_name(n->type));
        tmp.len = 0;
        eg_strbuf_put(&tmp, "", 0);
        for (size_t k = 0; k < n->naliases; k++) {
            if (k) eg_strbuf_putc(&tmp, '|');
            eg_strbuf_puts(&tmp, n->aliases[k] ? n->aliases[k] : "");
        }
        if (tmp.oom) goto nomem;
        csv_text(out, tmp.ptr, tmp.len);
        eg_strbuf_printf(out, ",%d,%d,%d,", n->mentions, n->documents, n->degree);
        const double m[] = { n->strength, n->betweenness, n->closeness, n->harmonic, n->eigenvector, n->pagerank };
        for (size_t k = 0; k < sizeof m / sizeof m[0]; k++) {
            csv_num(out, m[k]);
            eg_strbuf_putc(out, ',');
        }
        eg_strbuf_printf(out, "%d,", n->core);
        csv_num(out, n->clustering);
        eg_strbuf_printf(out, ",%d\r\n", n->community);
    }
    if (out->oom) goto nomem;
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export csv: out of memory");
done:
    eg_strbuf_free(&tmp);
    return rc;
}

/* Appends one row per edge to out. relations: semicolon-joined types, a
 * directed one as type(source_id->target_id), suffixed [negated] / [hedged];
 * first_evidence: "doc:sentence: text" of the first co-occurrence evidence
 * (else of the first relation evidence). Returns 0, EG_EINVAL or EG_ENOMEM. */
int eg_export_csv_edges(eg_strbuf *out, const eg_graph *g)
{
    eg_strbuf tmp = EG_STRBUF_INIT;
    int rc = 0;

    if (!out || !g) return eg_error_set(EG_EINVAL, "export csv: NULL argument");
    eg_strbuf_puts(out, "source,target,weight,count,relations,evidence_count,first_evidence\r\n");
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        csv_str(out, node_id(g, e->a));
        eg_strbuf_putc(out, ',');
        csv_str(out, node_id(g, e->b));
        eg_strbuf_putc(out, ',');
        csv_num(out, e->weight);
        eg_strbuf_printf(out, ",%d,", e->count);

        tmp.len = 0;
        eg_strbuf_put(&tmp, "", 0);
        const eg_evidence *first = e->nev ? &e->ev[0] : NULL;
        for (size_t k = 0; k < e->nrels; k++) {
            const eg_relation *r = &e->rels[k];
            if (k) eg_strbuf_putc(&tmp, ';');
            eg_strbuf_puts(&tmp, eg_reltype_name(r->type));
            if (r->directed)
                eg_strbuf_printf(&tmp, "(%s->%s)", node_id(g, r->source),
                                 node_id(g, r->source == e->a ? e->b : e->a));
            if (r->negated) eg_strbuf_puts(&tmp, "[negated]");
            if (r->hedged) eg_strbuf_puts(&tmp, "[hedged]");
            if (!first && r->nev) first = &r->ev[0];
        }
        if (tmp.oom) goto nomem;
        csv_text(out, tmp.ptr, tmp.len);
        eg_strbuf_printf(out, ",%zu,", e->nev);

        tmp.len = 0;
        eg_strbuf_put(&tmp, "", 0);
        if (first)
            eg_strbuf_printf(&tmp, "%s:%d: %s", first->doc ? first->doc : "", first->sentence,
                             first->text ? first->text : "");
        if (tmp.oom) goto nomem;
        csv_text(out, tmp.ptr, tmp.len);
        eg_strbuf_puts(out, "\r\n");
    }
    if (out->oom) goto nomem;
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export csv: out of memory");
done:
    eg_strbuf_free(&tmp);
    return rc;
}
