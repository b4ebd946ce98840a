/* graph.c — stage 8: corpus entities and edges → the graph model.
 * Cross-document aliases (user rules, then surname → unique full name), edge
 * weights (count, PMI, NPMI, Dice), filters (min weight, top N, isolates),
 * then metrics. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "corpus.h"
#include "metrics.h"
#include "spill.h"

static int dominant(const int *v)
{
    int t = EG_PERSON;
    if (v[EG_ORG] > v[t]) t = EG_ORG;
    if (v[EG_LOC] > v[t]) t = EG_LOC;
    if (!v[0] && !v[1] && !v[2]) t = EG_ORG;
    return t;
}

static int find(int *p, int i)
{
    while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
    return i;
}

static int word_count(const char *k)
{
    int n = 1;
    for (; *k; k++) if (*k == '-') n++;
    return n;
}

static const char *last_word(const char *k)
{
    const char *d = strrchr(k, '-');
    return d ? d + 1 : k;
}

/* Do two keys have the same words, leaving out "of", "the", "for" and "and" ("justice-department",
 * "department-of-justice")? */
static int same_content_words(const char *a, const char *b)
{
    static const char *const skip[] = {"of", "the", "for", "and", NULL};
    const char *x = a, *y = b;
    for (int pass = 0; pass < 2; pass++, x = b, y = a) {
        const char *w = x;
        while (*w) {
            const char *e = strchr(w, '-');
            size_t n = e ? (size_t)(e - w) : strlen(w);
            int sk = 0;
            for (int i = 0; skip[i] && !sk; i++) sk = strlen(skip[i]) == n && !memcmp(w, skip[i], n);
            if (!sk) {
                int found = 0;
                const char *v = y;
                while (*v && !found) {
                    const char *f = strchr(v, '-');
                    size_t m = f ? (size_t)(f - v) : strlen(v);
                    found = m == n && !memcmp(v, w, n);
                    v = f ? f + 1 : v + m;
                }
                if (!found) return 0;
            }
            w = e ? e + 1 : w + n;
        }
    }
    return 1;
}

/* Map key (n bytes) to entity j + 1, or to 0 once a second entity maps there: a key two entities share
 * chooses neither. */
static int put_unique(eg_strmap *m, const char *key, size_t n, size_t j)
{
    int ins;
    intptr_t *h = eg_strmap_put(m, key, n, (intptr_t)j + 1, &ins);
    if (!h) return EG_ENOMEM;
    if (!ins && *h != (intptr_t)j + 1) *h = 0;
    return 0;
}

/* Join every entity whose key the map gives to one other entity, of the same type (want: that type, or
 * -1 for the other entity's), unless the user's rules forbid the pair. */
static void join_mapped(const eg_corpus *c, int *par, const eg_strmap *m, int want)
{
    for (size_t i = 0; i < c->nent; i++) {
        const eg_cent *e = &c->ent[i];
        intptr_t *h = eg_strmap_get(m, e->key, strlen(e->key));
        if (!h || *h <= 0) continue;
        int j = (int)(*h - 1);
        if (j == (int)i || dominant(e->votes) != (want >= 0 ? want : dominant(c->ent[j].votes)) ||
            (c->aliases && eg_aliases_forbidden(c->aliases, e->key, c->ent[j].key)))
            continue;
        int ri = find(par, (int)i), rj = find(par, j);
        if (ri != rj) par[ri < rj ? rj : ri] = ri < rj ? ri : rj;
    }
}

static int ends_jr(const char *k)
{
    size_t n = strlen(k);
    return n > 3 && !strcmp(k + n - 3, "-jr");
}

void eg_graph_free(eg_graph *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->nnodes; i++) {
        eg_node *n = &g->nodes[i];
        free(n->id);
        free(n->label);
        for (size_t k = 0; k < n->naliases; k++) free(n->aliases[k]);
        free(n->aliases);
    }
    free(g->nodes);
    for (size_t i = 0; i < g->nedges; i++) {
        eg_edge *e = &g->edges[i];
        for (size_t k = 0; k < e->nev; k++) eg_evidence_clear(&e->ev[k]);
        free(e->ev);
        for (size_t t = 0; t < e->nrels; t++) {
            for (size_t k = 0; k < e->rels[t].nev; k++) eg_evidence_clear(&e->rels[t].ev[k]);
            free(e->rels[t].ev);
        }
        free(e->rels);
    }
    free(g->edges);
    free(g);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Merge copies of src into the sorted list dst (the max earliest, one per sentence). */
static int copy_evidence(eg_evidence **dst, size_t *nd, const eg_evidence *src, size_t ns, int max)
{
    for (size_t i = 0; i < ns; i++) {
        eg_evidence e = src[i];
        eg_rcstr_ref(e.doc); /* shared with the corpus */
        eg_rcstr_ref(e.date);
        eg_rcstr_ref(e.text);
        int rc = eg_evidence__insert(dst, nd, max, &e);
        if (rc) return rc;
    }
    return 0;
}

/* Keep nodes with keep[i]; renumber; drop edges touching removed nodes. */
static void prune(eg_graph *g, const char *keep)
{
    size_t *newidx = malloc((g->nnodes ? g->nnodes : 1) * sizeof *newidx);
    if (!newidx) return;
    size_t n = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (keep[i]) { newidx[i] = n; g->nodes[n++] = g->nodes[i]; }
        else {
            eg_node *x = &g->nodes[i];
            free(x->id); free(x->label);
            for (size_t k = 0; k < x->naliases; k++) free(x->aliases[k]);
            free(x->aliases);
            newidx[i] = (size_t)-1;
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        eg_edge *e = &g->edges[i];
        if (newidx[e->a] == (size_t)-1 || newidx[e->b] == (size_t)-1) {
            for (size_t k = 0; k < e->nev; k++) eg_evidence_clear(&e->ev[k]);
            free(e->ev);
            for (size_t t = 0; t < e->nrels; t++) {
                for (size_t k = 0; k < e->rels[t].nev; k++) eg_evidence_clear(&e->rels[t].ev[k]);
                free(e->rels[t].ev);
            }
            free(e->rels);
            continue;
        }
        e->a = newidx[e->a];
        e->b = newidx[e->b];
        for (size_t t = 0; t < e->nrels; t++) e->rels[t].source = newidx[e->rels[t].source];
        g->edges[m++] = *e;
    }
    g->nnodes = n;
    g->nedges = m;
    free(newidx);
}

static double pagerank_key(const eg_node *n) { return n->pagerank; }

int eg_corpus_build(eg_graph **out, eg_corpus *c)
{
    *out = NULL;
    if (eg_spill__runs(c)) return eg_error_set(EG_EINVAL, "a corpus whose edges spilled to disk can only be written as a partial graph");
    const eg_options *o = &c->opts;
    int rc = 0;
    size_t N = c->nent;
    int *par = malloc((N ? N : 1) * sizeof *par);
    int *node_of = malloc((N ? N : 1) * sizeof *node_of);
    eg_graph *g = calloc(1, sizeof *g);
    eg_u64map edges = EG_U64MAP_INIT; /* node pair → index in g->edges */
    eg_strmap ids = EG_STRMAP_INIT;
    if (!par || !node_of || !g) { rc = EG_ENOMEM; goto done; }
    for (size_t i = 0; i < N; i++) par[i] = (int)i;

    /* 1. user rules: forced merges */
    if (c->aliases) {
        int *group_rep = NULL;
        size_t ng = 0;
        for (size_t i = 0; i < N; i++) {
            int gi = eg_aliases_group(c->aliases, c->ent[i].key);
            for (size_t k = 0; gi < 0 && k < c->ent[i].naliases; k++) {
                char *ak = eg_name_key(c->ent[i].aliases[k]);
                if (!ak) { free(group_rep); rc = EG_ENOMEM; goto done; }
                gi = eg_aliases_group(c->aliases, ak);
                free(ak);
            }
            if (gi < 0) continue;
            if ((size_t)gi >= ng) {
                int *p = realloc(group_rep, ((size_t)gi + 1) * sizeof *p);
                if (!p) { free(group_rep); rc = EG_ENOMEM; goto done; }
                for (size_t k = ng; k <= (size_t)gi; k++) p[k] = -1;
                group_rep = p;
                ng = (size_t)gi + 1;
            }
            if (group_rep[gi] < 0) group_rep[gi] = (int)i;
            else par[find(par, (int)i)] = find(par, group_rep[gi]);
        }
        free(group_rep);
    }
    /* 1b. across documents: a name of two words or more that one document gives as another entity's alias,
     * with the same words in another order ("Justice Department" beside "Department of Justice"), is that
     * entity, when only one entity has it (not a short form: "High Court" of many high courts) */
    {
        eg_strmap byalias = EG_STRMAP_INIT; /* alias key -> entity index + 1, or 0 when two entities have it */
        for (size_t j = 0; j < N && !rc; j++) {
            const eg_cent *f = &c->ent[j];
            for (size_t k = 0; k < f->naliases && !rc; k++) {
                char *ak = eg_name_key(f->aliases[k]);
                if (!ak) { rc = EG_ENOMEM; break; }
                if (strchr(ak, '-') && strcmp(ak, f->key) && same_content_words(ak, f->key))
                    rc = put_unique(&byalias, ak, strlen(ak), j);
                free(ak);
            }
        }
        if (!rc) join_mapped(c, par, &byalias, -1);
        eg_strmap_free(&byalias);
        if (rc) goto done;
    }
    /* 1c. across documents: a person named with a middle initial in one text ("Steven T. Mnuchin",
     * "Donald J. Trump") is the one named without it in another, when only one name so reduces */
    {
        eg_strmap reduced = EG_STRMAP_INIT; /* "steven-mnuchin" -> entity index + 1, or 0 when two reduce to it */
        char buf[256];
        for (size_t j = 0; j < N && !rc; j++) {
            const eg_cent *f = &c->ent[j];
            const char *d1 = strchr(f->key, '-'), *d2 = d1 ? strchr(d1 + 1, '-') : NULL;
            if (!d1 || !d2 || d2 != d1 + 2 || strchr(d2 + 1, '-') || dominant(f->votes) != EG_PERSON) continue;
            size_t l1 = (size_t)(d1 - f->key), l2 = strlen(d2);
            if (l1 + l2 + 1 > sizeof buf) continue;
            memcpy(buf, f->key, l1);
            memcpy(buf + l1, d2, l2 + 1); /* first word, "-", last word */
            rc = put_unique(&reduced, buf, l1 + l2, j);
        }
        if (!rc) join_mapped(c, par, &reduced, EG_PERSON);
        eg_strmap_free(&reduced);
        if (rc) goto done;
    }
    /* 1d. across documents: an organisation named with its company form in one text ("Huawei Technologies
     * Co.", "Exxon Corp.") is the one named without it in another, when only one name so reduces */
    {
        static const char *const forms[] = {"-co", "-corp", "-inc", "-ltd", "-llc", "-plc", "-sa", "-ag", "-co-ltd",
                                            "-corporation", "-limited", "-company", "-group", NULL};
        eg_strmap reduced = EG_STRMAP_INIT;
        for (size_t j = 0; j < N && !rc; j++) {
            const eg_cent *f = &c->ent[j];
            if (dominant(f->votes) != EG_ORG) continue;
            size_t n = strlen(f->key);
            for (int q = 0; forms[q]; q++) {
                size_t m = strlen(forms[q]);
                /* (two words or more left: not "Co" alone) */
                if (n <= m + 2 || strcmp(f->key + n - m, forms[q]) || !memchr(f->key, '-', n - m)) continue;
                rc = put_unique(&reduced, f->key, n - m, j);
                break;
            }
        }
        if (!rc) join_mapped(c, par, &reduced, EG_ORG);
        eg_strmap_free(&reduced);
        if (rc) goto done;
    }
    /* 2. across documents: a surname-only person joins the one full name that ends with it.
     * Full names are listed by last word first (ascending index), so this is linear. */
    {
        int *next = malloc((N ? N : 1) * sizeof *next);
        eg_strmap bylast = EG_STRMAP_INIT;
        int *tail = malloc((N ? N : 1) * sizeof *tail);
        if (!next || !tail) { free(next); free(tail); rc = EG_ENOMEM; goto done; }
        /* (not a Chinese, Korean or Vietnamese surname that also opens a name of three words written surname
         * first: "Kim" beside "Sung Kim" and "Kim Jong Un" or "Kim Jong-un" stays apart) */
        eg_strmap byfirst = EG_STRMAP_INIT;
        for (size_t j = 0; j < N && !rc; j++) {
            const eg_cent *f = &c->ent[j];
            int wc = word_count(f->key);
            if (dominant(f->votes) != EG_PERSON || ends_jr(f->key) || wc != 3) continue;
            const char *sp = strchr(f->key, '-');
            if (!sp || !eg_east_asian_surname(f->key, (size_t)(sp - f->key))) continue;
            int ins;
            if (sp && !eg_strmap_put(&byfirst, f->key, (size_t)(sp - f->key), 1, &ins)) rc = EG_ENOMEM;
        }
        for (size_t j = 0; j < N; j++) {
            eg_cent *f = &c->ent[j];
            next[j] = -1;
            if (word_count(f->key) < 2 || ends_jr(f->key) || dominant(f->votes) != EG_PERSON) continue;
            const char *lw = last_word(f->key);
            int ins;
            intptr_t *h = eg_strmap_put(&bylast, lw, strlen(lw), (intptr_t)j, &ins);
            if (!h) { rc = EG_ENOMEM; break; }
            if (!ins) next[tail[*h]] = (int)j; /* append to the list headed by *h */
            tail[*h] = (int)j;
        }
        for (size_t i = 0; i < N && !rc; i++) {
            eg_cent *e = &c->ent[i];
            if (word_count(e->key) != 1 || dominant(e->votes) != EG_PERSON) continue;
            if (eg_strmap_get(&byfirst, e->key, strlen(e->key))) continue;
            intptr_t *h = eg_strmap_get(&bylast, e->key, strlen(e->key));
            int cand = -1, ncand = 0;
            for (int j = h ? (int)*h : -1; j >= 0; j = next[j])
                if (find(par, j) != cand) { ncand++; cand = find(par, j); }
            if (ncand == 1 && !(c->aliases && eg_aliases_forbidden(c->aliases, e->key, c->ent[cand].key)) &&
                find(par, (int)i) == (int)i) {
                par[i] = cand;
            }
        }
        free(next);
        free(tail);
        eg_strmap_free(&bylast);
        eg_strmap_free(&byfirst);
        if (rc) goto done;
    }
    /* 3. nodes: one per root, dropped ones excluded */
    for (size_t i = 0; i < N; i++) node_of[i] = -1;
    /* at most one node per entity and one edge per corpus edge: allocated once (growing
     * one by one copied the arrays again for every node and edge) */
    if (!(g->nodes = malloc((N ? N : 1) * sizeof *g->nodes)) ||
        !(g->edges = malloc((c->nedge ? c->nedge : 1) * sizeof *g->edges))) { rc = EG_ENOMEM; goto done; }
    for (size_t i = 0; i < N; i++) {
        int r = find(par, (int)i);
        if (node_of[r] >= 0) { node_of[i] = node_of[r]; continue; }
        if (c->aliases && eg_aliases_dropped(c->aliases, c->ent[r].key)) continue;
        eg_node *n = &g->nodes[g->nnodes];
        memset(n, 0, sizeof *n);
        node_of[r] = node_of[i] = (int)g->nnodes++;
    }
    {
        /* fill labels, types, aliases from all members */
        int (*votes)[EG_NTYPES] = calloc(g->nnodes ? g->nnodes : 1, sizeof *votes);
        int *best = malloc((g->nnodes ? g->nnodes : 1) * sizeof *best);
        if (!votes || !best) { free(votes); free(best); rc = EG_ENOMEM; goto done; }
        for (size_t k = 0; k < g->nnodes; k++) best[k] = -1;
        for (size_t i = 0; i < N; i++) {
            int ni = node_of[find(par, (int)i)];
            if (ni < 0) continue;
            eg_cent *e = &c->ent[i];
            eg_node *n = &g->nodes[ni];
            n->mentions += e->mentions;
            if (e->documents > n->documents) n->documents = e->documents;
            for (int t = 0; t < EG_NTYPES; t++) votes[ni][t] += e->votes[t];
            /* label: most words, then most mentions */
            if (best[ni] < 0) best[ni] = (int)i;
            else {
                eg_cent *b = &c->ent[best[ni]];
                int wb = word_count(b->key), we = word_count(e->key);
                if (we > wb || (we == wb && e->mentions > b->mentions) ||
                    (we == wb && e->mentions == b->mentions && strcmp(e->key, b->key) < 0))
                    best[ni] = (int)i;
            }
        }
        for (size_t ni = 0; ni < g->nnodes; ni++) {
            eg_node *n = &g->nodes[ni];
            eg_cent *b = &c->ent[best[ni]];
            n->label = eg_strdup(b->label);
            n->type = (eg_etype)dominant(votes[ni]);
            if (c->aliases) {
                int t = eg_aliases_type(c->aliases, b->key);
                if (t >= 0) n->type = (eg_etype)t;
            }
            if (!n->label) { rc = EG_ENOMEM; break; }
        }
        for (size_t i = 0; i < N && !rc; i++) {
            int ni = node_of[find(par, (int)i)];
            if (ni < 0) continue;
            eg_node *n = &g->nodes[ni];
            eg_cent *e = &c->ent[i];
            for (size_t k = 0; k < e->naliases; k++) {
                const char *a = e->aliases[k];
                int dup = !strcmp(a, n->label);
                for (size_t q = 0; q < n->naliases && !dup; q++) dup = !strcmp(n->aliases[q], a);
                if (dup) continue;
                char **p = realloc(n->aliases, (n->naliases + 1) * sizeof *p);
                if (!p) { rc = EG_ENOMEM; break; }
                n->aliases = p;
                if (!(n->aliases[n->naliases] = eg_strdup(a))) { rc = EG_ENOMEM; break; }
                n->naliases++;
            }
        }
        free(votes);
        free(best);
        if (rc) goto done;
        for (size_t ni = 0; ni < g->nnodes; ni++) {
            eg_node *n = &g->nodes[ni];
            if (n->naliases > 1) qsort(n->aliases, n->naliases, sizeof *n->aliases, cmp_str);
            char *slug = eg_slug(n->label);
            if (!slug) { rc = EG_ENOMEM; goto done; }
            /* unique ids: a second "x" becomes "x-2" */
            int ins;
            intptr_t *v = eg_strmap_put(&ids, slug, strlen(slug), 1, &ins);
            if (!v) { free(slug); rc = EG_ENOMEM; goto done; }
            if (!ins) {
                eg_strbuf b = EG_STRBUF_INIT;
                for (;;) {
                    b.len = 0;
                    eg_strbuf_printf(&b, "%s-%d", slug, (int)++*v);
                    if (b.oom) break;
                    int ins2;
                    if (!eg_strmap_put(&ids, b.ptr, b.len, 1, &ins2)) break;
                    if (ins2) break;
                }
                free(slug);
                slug = eg_strbuf_detach(&b);
                if (!slug) { rc = EG_ENOMEM; goto done; }
            }
            n->id = slug;
        }
    }
    /* 4. edges under the node mapping */
    for (size_t i = 0; i < c->nedge; i++) {
        eg_cedge *ce = &c->edge[i];
        int a = node_of[find(par, ce->a)], b = node_of[find(par, ce->b)];
        if (a < 0 || b < 0 || a == b) continue;
        if (a > b) { int t = a; a = b; b = t; }
        int ins;
        intptr_t *slot = eg_u64map_put(&edges, eg_corpus__edge_key(a, b), (intptr_t)g->nedges, &ins);
        if (!slot) { rc = EG_ENOMEM; goto done; }
        if (ins) {
            eg_edge *p = g->edges;
            memset(&p[g->nedges], 0, sizeof p[g->nedges]);
            p[g->nedges].a = (size_t)a;
            p[g->nedges].b = (size_t)b;
            g->nedges++;
        }
        eg_edge *e = &g->edges[*slot];
        e->count += ce->count;
        if ((rc = copy_evidence(&e->ev, &e->nev, ce->ev, ce->nev, o->max_evidence))) goto done;
        for (size_t t = 0; t < ce->nrels; t++) {
            eg_crel *cr = &ce->rels[t];
            int directed = eg_reltype_directed((eg_reltype)cr->type);
            size_t src = directed ? (size_t)node_of[find(par, cr->source)] : (size_t)a;
            eg_relation *r = NULL;
            for (size_t q = 0; q < e->nrels; q++)
                if ((int)e->rels[q].type == cr->type && (!directed || e->rels[q].source == src)) r = &e->rels[q];
            if (!r) {
                eg_relation *p = realloc(e->rels, (e->nrels + 1) * sizeof *p);
                if (!p) { rc = EG_ENOMEM; goto done; }
                e->rels = p;
                r = &p[e->nrels++];
                memset(r, 0, sizeof *r);
                r->type = (eg_reltype)cr->type;
                r->directed = directed;
                r->source = src;
                r->negated = 1;
                r->hedged = 1;
            }
            r->count += cr->count;
            if (cr->negated < cr->count) r->negated = 0;
            if (cr->hedged < cr->count) r->hedged = 0;
            if ((rc = copy_evidence(&r->ev, &r->nev, cr->ev, cr->nev, o->max_evidence))) goto done;
        }
    }
    /* only negated statements: keep the relation marked negated but it carries no positive claim */
    /* 5. weights */
    {
        double W = c->nwindows > 0 ? (double)c->nwindows : 1.0;
        double *nw = calloc(g->nnodes ? g->nnodes : 1, sizeof *nw);
        if (!nw) { rc = EG_ENOMEM; goto done; }
        for (size_t i = 0; i < N; i++) {
            int ni = node_of[find(par, (int)i)];
            if (ni >= 0) nw[ni] += c->ent[i].windows;
        }
        for (size_t i = 0; i < g->nedges; i++) {
            eg_edge *e = &g->edges[i];
            int positive = 0;
            for (size_t t = 0; t < e->nrels; t++) if (!e->rels[t].negated) positive += e->rels[t].count;
            double cxy = e->count > 0 ? e->count : (positive > 0 ? 1 : 0.5);
            double nx = nw[e->a] > cxy ? nw[e->a] : cxy, ny = nw[e->b] > cxy ? nw[e->b] : cxy;
            switch (o->weight) {
            case EG_WEIGHT_COUNT: e->weight = e->count > 0 ? e->count : (positive > 0 ? 1 : 0.5); break;
            case EG_WEIGHT_PMI: e->weight = log(cxy * W / (nx * ny)); break;
            case EG_WEIGHT_NPMI: {
                double p = cxy / W;
                e->weight = p >= 1.0 ? 1.0 : log(cxy * W / (nx * ny)) / -log(p);
                break;
            }
            case EG_WEIGHT_DICE: e->weight = 2.0 * cxy / (nx + ny); break;
            }
            if (!isfinite(e->weight)) e->weight = 0;
        }
        free(nw);
    }
    /* 6. filters */
    if (o->min_weight > 0 || o->weight != EG_WEIGHT_COUNT) {
        size_t m = 0;
        for (size_t i = 0; i < g->nedges; i++) {
            eg_edge *e = &g->edges[i];
            if (o->min_weight != 0 && e->weight < o->min_weight) {
                for (size_t k = 0; k < e->nev; k++) eg_evidence_clear(&e->ev[k]);
                free(e->ev);
                for (size_t t = 0; t < e->nrels; t++) {
                    for (size_t k = 0; k < e->rels[t].nev; k++) eg_evidence_clear(&e->rels[t].ev[k]);
                    free(e->rels[t].ev);
                }
                free(e->rels);
                continue;
            }
            g->edges[m++] = *e;
        }
        g->nedges = m;
    }
    g->documents = c->ndocs;
    g->jobs = o->jobs;
    g->windows_skipped = c->windows_skipped;
    g->weight_scheme = o->weight == EG_WEIGHT_PMI ? "pmi" : o->weight == EG_WEIGHT_NPMI ? "npmi" : o->weight == EG_WEIGHT_DICE ? "dice" : "count";
    switch (o->window) {
    case EG_WINDOW_SENTENCE: g->window = "sentence"; break;
    case EG_WINDOW_PARAGRAPH: g->window = "paragraph"; break;
    case EG_WINDOW_DOCUMENT: g->window = "document"; break;
    case EG_WINDOW_SENTENCES:
        snprintf(g->window_buf, sizeof g->window_buf, "%d", o->window_n);
        g->window = g->window_buf;
        break;
    }
    if (o->drop_isolates) {
        char *keep = calloc(g->nnodes ? g->nnodes : 1, 1);
        if (!keep) { rc = EG_ENOMEM; goto done; }
        for (size_t i = 0; i < g->nedges; i++) keep[g->edges[i].a] = keep[g->edges[i].b] = 1;
        prune(g, keep);
        free(keep);
    }
    if ((rc = eg_metrics_compute(g, o->exact_betweenness, o->jobs))) goto done;
    if (o->top > 0 && (size_t)o->top < g->nnodes) {
        /* keep the N nodes with the highest PageRank (ties by label), recompute */
        size_t *idx = malloc(g->nnodes * sizeof *idx);
        char *keep = calloc(g->nnodes, 1);
        if (!idx || !keep) { free(idx); free(keep); rc = EG_ENOMEM; goto done; }
        for (size_t i = 0; i < g->nnodes; i++) idx[i] = i;
        for (size_t i = 1; i < g->nnodes; i++) {
            size_t x = idx[i], j = i;
            while (j > 0 && (pagerank_key(&g->nodes[idx[j - 1]]) < pagerank_key(&g->nodes[x]) ||
                             (pagerank_key(&g->nodes[idx[j - 1]]) == pagerank_key(&g->nodes[x]) &&
                              strcmp(g->nodes[idx[j - 1]].label, g->nodes[x].label) > 0))) {
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = x;
        }
        for (size_t i = 0; i < (size_t)o->top; i++) keep[idx[i]] = 1;
        prune(g, keep);
        free(idx);
        free(keep);
        if ((rc = eg_metrics_compute(g, o->exact_betweenness, o->jobs))) goto done;
    }
done:
    free(par);
    free(node_of);
    eg_u64map_free(&edges);
    eg_strmap_free(&ids);
    if (rc) {
        eg_graph_free(g);
        if (rc == EG_ENOMEM) return eg_error_set(rc, "out of memory while building the graph");
        return rc;
    }
    *out = g;
    return 0;
}

int eg_run(eg_graph **out, const eg_doc *docs, size_t ndocs, const eg_options *opts)
{
    *out = NULL;
    eg_corpus *c = eg_corpus_new(opts);
    if (!c) return eg_error_set(EG_ENOMEM, "out of memory");
    int rc = 0;
    for (size_t i = 0; i < ndocs && !rc; i++) rc = eg_corpus_add(c, &docs[i]);
    if (!rc) rc = eg_corpus_build(out, c);
    eg_corpus_free(c);
    return rc;
}
