/* corpus.c — stage 7: per-document results → corpus-wide entities and edges,
 * then the graph model (cross-document aliases, weights, filters, metrics).
 * Memory grows with entities and edges; evidence is bounded per edge. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "corpus.h"
#include "extract.h"
#include "metrics.h"
#include "strmap.h"

/* Copy an evidence item for sentences [s0, s1] of a document. */
static int make_evidence(eg_evidence *ev, const eg_doc *doc, const eg_docresult *r, int s0, int s1, int snip)
{
    const eg_sentence *a = &r->tk.sent[s0], *b = &r->tk.sent[s1];
    ev->doc = eg_strdup(doc->id ? doc->id : "-");
    ev->date = doc->date ? eg_strdup(doc->date) : NULL;
    ev->sentence = s0;
    ev->start = a->start;
    ev->end = b->end;
    size_t n = b->end - a->start;
    if (snip > 0 && n > (size_t)snip) {
        n = (size_t)snip;
        while (n > 0 && ((unsigned char)doc->text[a->start + n] & 0xC0) == 0x80) n--; /* UTF-8 boundary */
    }
    /* newlines inside a window become spaces */
    ev->text = eg_strndup(doc->text + a->start, n);
    if (!ev->doc || !ev->text || (doc->date && !ev->date)) return EG_ENOMEM;
    for (char *p = ev->text; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    return 0;
}

void eg_evidence_clear(eg_evidence *ev)
{
    free(ev->doc);
    free(ev->date);
    free(ev->text);
}

static int push_evidence(eg_evidence **arr, size_t *n, int max, const eg_doc *doc, const eg_docresult *r, int s0, int s1, int snip)
{
    if (max > 0 && *n >= (size_t)max) return 0;
    /* one item per sentence */
    if (*n && (*arr)[*n - 1].sentence == s0 && !strcmp((*arr)[*n - 1].doc, doc->id ? doc->id : "-")) return 0;
    eg_evidence *p = realloc(*arr, (*n + 1) * sizeof *p);
    if (!p) return EG_ENOMEM;
    *arr = p;
    memset(&p[*n], 0, sizeof p[*n]);
    int rc = make_evidence(&p[*n], doc, r, s0, s1, snip);
    (*n)++;
    return rc;
}

eg_corpus *eg_corpus_new(const eg_options *opts)
{
    eg_corpus *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    eg_options d = EG_OPTIONS_INIT;
    c->opts = opts ? *opts : d;
    return c;
}

static void free_cent(eg_cent *e)
{
    free(e->label);
    free(e->key);
    for (size_t k = 0; k < e->naliases; k++) { free(e->aliases[k]); free(e->reasons[k]); }
    free(e->aliases);
    free(e->reasons);
}

static void free_cedge(eg_cedge *e)
{
    for (size_t k = 0; k < e->nev; k++) eg_evidence_clear(&e->ev[k]);
    free(e->ev);
    for (size_t t = 0; t < e->nrels; t++) {
        for (size_t k = 0; k < e->rels[t].nev; k++) eg_evidence_clear(&e->rels[t].ev[k]);
        free(e->rels[t].ev);
    }
    free(e->rels);
}

void eg_corpus_free(eg_corpus *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->nent; i++) free_cent(&c->ent[i]);
    free(c->ent);
    for (size_t i = 0; i < c->nedge; i++) free_cedge(&c->edge[i]);
    free(c->edge);
    eg_strmap_free(&c->entmap);
    eg_strmap_free(&c->edgemap);
    for (size_t i = 0; i < c->nrej; i++) { free(c->rej[i].doc); free(c->rej[i].text); }
    free(c->rej);
    eg_aliases_free(c->aliases);
    free(c);
}

static int cent_add_alias(eg_cent *e, const char *form, const char *reason)
{
    for (size_t i = 0; i < e->naliases; i++)
        if (!strcmp(e->aliases[i], form)) return 0;
    if (e->naliases >= 64) return 0; /* bounded: aliases are names, not evidence */
    char **a = realloc(e->aliases, (e->naliases + 1) * sizeof *a);
    if (!a) return EG_ENOMEM;
    e->aliases = a;
    char **r = realloc(e->reasons, (e->naliases + 1) * sizeof *r);
    if (!r) return EG_ENOMEM;
    e->reasons = r;
    e->aliases[e->naliases] = eg_strdup(form);
    e->reasons[e->naliases] = eg_strdup(reason);
    if (!e->aliases[e->naliases] || !e->reasons[e->naliases]) return EG_ENOMEM;
    e->naliases++;
    return 0;
}

/* Global entity index for a document entity (created if new). */
static int intern_entity(eg_corpus *c, const eg_dentity *d, int docno, int *out)
{
    char *key = eg_name_key(d->label);
    if (!key) return EG_ENOMEM;
    int ins;
    intptr_t *slot = eg_strmap_put(&c->entmap, key, strlen(key), (intptr_t)c->nent, &ins);
    if (!slot) { free(key); return EG_ENOMEM; }
    if (ins) {
        if (c->nent == c->capent) {
            size_t cap = c->capent ? c->capent * 2 : 64;
            eg_cent *p = realloc(c->ent, cap * sizeof *p);
            if (!p) { free(key); return EG_ENOMEM; }
            c->ent = p;
            c->capent = cap;
        }
        eg_cent *e = &c->ent[c->nent++];
        memset(e, 0, sizeof *e);
        e->key = key;
        e->label = eg_strdup(d->label);
        e->last_doc = -1;
        if (!e->label) return EG_ENOMEM;
    } else {
        free(key);
    }
    eg_cent *e = &c->ent[*slot];
    e->mentions += d->mentions;
    for (int t = 0; t < EG_NTYPES; t++) e->votes[t] += d->votes[t];
    if (e->last_doc != docno) { e->documents++; e->last_doc = docno; }
    for (size_t k = 0; k < d->naliases; k++) {
        int rc = cent_add_alias(e, d->aliases[k], d->reasons[k]);
        if (rc) return rc;
    }
    *out = (int)*slot;
    return 0;
}

static int edge_slot(eg_corpus *c, int a, int b, eg_cedge **out)
{
    if (a > b) { int t = a; a = b; b = t; }
    char k[32];
    int n = snprintf(k, sizeof k, "%d:%d", a, b);
    int ins;
    intptr_t *slot = eg_strmap_put(&c->edgemap, k, (size_t)n, (intptr_t)c->nedge, &ins);
    if (!slot) return EG_ENOMEM;
    if (ins) {
        if (c->nedge == c->capedge) {
            size_t cap = c->capedge ? c->capedge * 2 : 64;
            eg_cedge *p = realloc(c->edge, cap * sizeof *p);
            if (!p) return EG_ENOMEM;
            c->edge = p;
            c->capedge = cap;
        }
        eg_cedge *e = &c->edge[c->nedge++];
        memset(e, 0, sizeof *e);
        e->a = a;
        e->b = b;
    }
    *out = &c->edge[*slot];
    return 0;
}

static int add_typed(eg_cedge *e, int src, int dst, const eg_drel *d, const eg_doc *doc, const eg_docresult *r, const eg_options *o)
{
    int directed = eg_reltype_directed((eg_reltype)d->type);
    eg_crel *t = NULL;
    for (size_t i = 0; i < e->nrels; i++)
        if (e->rels[i].type == d->type && (!directed || e->rels[i].source == src)) t = &e->rels[i];
    if (!t) {
        eg_crel *p = realloc(e->rels, (e->nrels + 1) * sizeof *p);
        if (!p) return EG_ENOMEM;
        e->rels = p;
        t = &p[e->nrels++];
        memset(t, 0, sizeof *t);
        t->type = d->type;
        t->source = directed ? src : -1;
        t->target = directed ? dst : -1;
    }
    t->count++;
    if (d->negated) t->negated++;
    if (d->hedged) t->hedged++;
    return push_evidence(&t->ev, &t->nev, o->max_evidence, doc, r, d->sent, d->sent_end, o->snippet_max);
}

int eg_corpus_add_result(eg_corpus *c, const eg_doc *doc, const eg_docresult *r)
{
    int rc = 0;
    int *map = malloc((r->nent ? r->nent : 1) * sizeof *map);
    if (!map) return eg_error_set(EG_ENOMEM, "out of memory");
    int docno = c->ndocs++;
    for (size_t i = 0; i < r->nent; i++)
        if ((rc = intern_entity(c, &r->ent[i], docno, &map[i]))) goto done;
    for (size_t i = 0; i < r->nent; i++) c->ent[map[i]].windows += r->ent_windows ? r->ent_windows[i] : 0;
    c->nwindows += r->nwindows;
    for (size_t i = 0; i < r->nrel; i++) {
        const eg_drel *d = &r->rel[i];
        int a = map[d->a], b = map[d->b];
        if (a == b) continue;
        eg_cedge *e;
        if ((rc = edge_slot(c, a, b, &e))) goto done;
        if (d->type < 0) {
            e->count++;
            if ((rc = push_evidence(&e->ev, &e->nev, c->opts.max_evidence, doc, r, d->sent, d->sent_end, c->opts.snippet_max))) goto done;
        } else if ((rc = add_typed(e, a, b, d, doc, r, &c->opts))) {
            goto done;
        }
    }
    /* rejected candidates for --explain, bounded */
    for (size_t i = 0; i < r->nrej && c->nrej < EG_MAX_REJECTS; i++) {
        eg_crej *p = realloc(c->rej, (c->nrej + 1) * sizeof *p);
        if (!p) { rc = EG_ENOMEM; goto done; }
        c->rej = p;
        p[c->nrej].doc = eg_strdup(doc->id ? doc->id : "-");
        p[c->nrej].text = eg_strndup(doc->text + r->rej[i].start, r->rej[i].len);
        p[c->nrej].reason = r->rej[i].reason;
        c->nrej++;
        if (!p[c->nrej - 1].doc || !p[c->nrej - 1].text) { rc = EG_ENOMEM; goto done; }
    }
done:
    free(map);
    if (rc == EG_ENOMEM) return eg_error_set(rc, "out of memory");
    return rc;
}

int eg_corpus_add(eg_corpus *c, const eg_doc *doc)
{
    eg_docresult r;
    int rc = eg_extract(&r, doc->text, doc->len, &c->opts);
    if (!rc) rc = eg_corpus_add_result(c, doc, &r);
    eg_docresult_free(&r);
    return rc;
}
