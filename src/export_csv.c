/* export_csv.c — stage: export. Node and edge tables as RFC 4180 CSV, with
 * spreadsheet formula injection neutralised in text fields; streamed row by row. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "export.h"

/* Rows end in CRLF (RFC 4180). A field containing , " CR or LF is quoted with
 * inner quotes doubled. A text field that starts with = + - @ TAB or CR is
 * prefixed with an apostrophe so spreadsheets show it instead of evaluating it
 * as a formula; numeric fields are never prefixed. */
static void csv_text(FILE *f, const char *s, size_t n)
{
    int lead = n > 0 && strchr("=+-@\t\r", s[0]) != NULL;
    int quote = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n') { quote = 1; break; }
    if (quote) putc('"', f);
    if (lead) putc('\'', f);
    const char *q;
    while (n && (q = memchr(s, '"', n))) { /* write through each quote, then double it */
        size_t k = (size_t)(q - s) + 1;
        fwrite(s, 1, k, f);
        putc('"', f);
        s += k;
        n -= k;
    }
    fwrite(s, 1, n, f);
    if (quote) putc('"', f);
}

static void csv_str(FILE *f, const char *s) { csv_text(f, s ? s : "", s ? strlen(s) : 0); }

/* Metrics are written with %.6g (JSON keeps full precision); NaN/Inf as 0. */
static void csv_num(FILE *f, double x) { fprintf(f, "%.6g", isfinite(x) && x != 0 ? x : 0.0); }

static const char *node_id(const eg_graph *g, size_t i)
{
    return i < g->nnodes && g->nodes[i].id ? g->nodes[i].id : "";
}

/* Writes one row per node to f (name is for messages). Aliases are joined
 * with "|". Returns 0, EG_EINVAL, EG_ENOMEM or EG_EIO. */
int eg_export_csv_nodes(FILE *f, const eg_graph *g, const char *name)
{
    eg_strbuf tmp = EG_STRBUF_INIT;
    int rc = 0;

    if (!f || !g) return eg_error_set(EG_EINVAL, "export csv: NULL argument");
    fputs("id,label,type,aliases,mentions,documents,degree,strength,betweenness,"
          "closeness,harmonic,eigenvector,pagerank,core,clustering,community\r\n", f);
    for (size_t i = 0; i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        csv_str(f, n->id);
        putc(',', f);
        csv_str(f, n->label);
        fprintf(f, ",%s,", eg_etype_name(n->type));
        tmp.len = 0;
        eg_strbuf_put(&tmp, "", 0);
        for (size_t k = 0; k < n->naliases; k++) {
            if (k) eg_strbuf_putc(&tmp, '|');
            eg_strbuf_puts(&tmp, n->aliases[k] ? n->aliases[k] : "");
        }
        if (tmp.oom) goto nomem;
        csv_text(f, tmp.ptr, tmp.len);
        fprintf(f, ",%d,%d,%d,", n->mentions, n->documents, n->degree);
        const double m[] = { n->strength, n->betweenness, n->closeness, n->harmonic, n->eigenvector, n->pagerank };
        for (size_t k = 0; k < sizeof m / sizeof m[0]; k++) {
            csv_num(f, m[k]);
            putc(',', f);
        }
        fprintf(f, "%d,", n->core);
        csv_num(f, n->clustering);
        fprintf(f, ",%d\r\n", n->community);
        if ((rc = eg_export__check(f, name))) goto done;
    }
    rc = eg_export__check(f, name);
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export csv: out of memory");
done:
    eg_strbuf_free(&tmp);
    return rc;
}

/* Writes one row per edge to f (name is for messages). relations:
 * semicolon-joined types, a directed one as type(source_id->target_id),
 * suffixed [negated] / [hedged]; first_evidence: "doc:sentence: text" of the
 * first co-occurrence evidence (else of the first relation evidence).
 * Returns 0, EG_EINVAL, EG_ENOMEM or EG_EIO. */
int eg_export_csv_edges(FILE *f, const eg_graph *g, const char *name)
{
    eg_strbuf tmp = EG_STRBUF_INIT;
    int rc = 0;

    if (!f || !g) return eg_error_set(EG_EINVAL, "export csv: NULL argument");
    fputs("source,target,weight,count,relations,evidence_count,first_evidence\r\n", f);
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        csv_str(f, node_id(g, e->a));
        putc(',', f);
        csv_str(f, node_id(g, e->b));
        putc(',', f);
        csv_num(f, e->weight);
        fprintf(f, ",%d,", e->count);

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
        csv_text(f, tmp.ptr, tmp.len);
        fprintf(f, ",%zu,", e->nev);

        tmp.len = 0;
        eg_strbuf_put(&tmp, "", 0);
        if (first)
            eg_strbuf_printf(&tmp, "%s:%d: %s", first->doc ? first->doc : "", first->sentence,
                             first->text ? first->text : "");
        if (tmp.oom) goto nomem;
        csv_text(f, tmp.ptr, tmp.len);
        fputs("\r\n", f);
        if ((rc = eg_export__check(f, name))) goto done;
    }
    rc = eg_export__check(f, name);
    goto done;
nomem:
    rc = eg_error_set(EG_ENOMEM, "export csv: out of memory");
done:
    eg_strbuf_free(&tmp);
    return rc;
}
