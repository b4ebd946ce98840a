/* partial.c — map/reduce: partial graphs as JSONL. A partial graph is the
 * corpus tables (entities, edges, relations, evidence) after extraction; merging
 * two sums counts and unions bounded sets, so merge is associative and commutative. */
#define _POSIX_C_SOURCE 200809L
#include "partial.h"
#include "jsonint.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "common.h"
#include "spill.h"

#define HEADER_KEY "entgraph_partial"

int eg_partial_is_header(const char *line, size_t n)
{
    static const char pfx[] = "{\"" HEADER_KEY "\"";
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
    return n - i >= sizeof pfx - 1 && !memcmp(line + i, pfx, sizeof pfx - 1);
}

int eg_partial_sniff(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    char buf[64];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    return eg_partial_is_header(buf, n);
}

/* ---- canonical order ---- */

static const eg_corpus *sort_c; /* qsort has no context argument; canonicalise is not reentrant */

static int cmp_ent(const void *x, const void *y)
{
    return strcmp(sort_c->ent[*(const int *)x].key, sort_c->ent[*(const int *)y].key);
}

static int cmp_edge(const void *x, const void *y)
{
    const eg_cedge *a = &sort_c->edge[*(const int *)x], *b = &sort_c->edge[*(const int *)y];
    if (a->a != b->a) return a->a < b->a ? -1 : 1;
    return a->b < b->b ? -1 : a->b > b->b;
}

static int cmp_rel(const void *x, const void *y)
{
    const eg_crel *a = x, *b = y;
    if (a->type != b->type) return a->type < b->type ? -1 : 1;
    return a->source < b->source ? -1 : a->source > b->source;
}

static int cmp_str(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* Sort aliases (with their reasons) and label forms by string. */
static int sort_entity_lists(eg_cent *e)
{
    if (e->naliases > 1) {
        size_t n = e->naliases;
        char **pairs = malloc(2 * n * sizeof *pairs);
        if (!pairs) return EG_ENOMEM;
        for (size_t i = 0; i < n; i++) { pairs[2 * i] = e->aliases[i]; pairs[2 * i + 1] = e->reasons[i]; }
        /* sort an index by alias, then permute both arrays */
        char **keys = malloc(n * sizeof *keys);
        if (!keys) { free(pairs); return EG_ENOMEM; }
        for (size_t i = 0; i < n; i++) keys[i] = e->aliases[i];
        qsort(keys, n, sizeof *keys, cmp_str);
        for (size_t i = 0; i < n; i++) {
            size_t j = 0;
            while (pairs[2 * j] != keys[i]) j++; /* n <= EG_MAX_ALIASES */
            e->aliases[i] = pairs[2 * j];
            e->reasons[i] = pairs[2 * j + 1];
        }
        free(keys);
        free(pairs);
    }
    for (size_t i = 1; i < e->nforms; i++) {
        char *f = e->forms[i];
        int m = e->form_mentions[i];
        size_t j = i;
        while (j > 0 && strcmp(e->forms[j - 1], f) > 0) {
            e->forms[j] = e->forms[j - 1];
            e->form_mentions[j] = e->form_mentions[j - 1];
            j--;
        }
        e->forms[j] = f;
        e->form_mentions[j] = m;
    }
    return 0;
}

/* Move a[order[i]] to a[i] for every i, in place, cycle by cycle (order is used up:
 * its entries become -1). tmp holds one element. No second copy of the table. */
static void permute(void *base, size_t n, size_t size, int *order, void *tmp)
{
    char *a = base;
    for (size_t i = 0; i < n; i++) {
        if (order[i] < 0) continue;
        memcpy(tmp, a + i * size, size);
        size_t j = i;
        for (;;) {
            size_t k = (size_t)order[j];
            order[j] = -1;
            if (k == i) {
                memcpy(a + j * size, tmp, size);
                break;
            }
            memcpy(a + j * size, a + k * size, size);
            j = k;
        }
    }
}

int eg_corpus_canonicalise(eg_corpus *c)
{
    int rc = 0;
    size_t N = c->nent, M = c->nedge;
    int *order = malloc((N ? N : 1) * sizeof *order), *newidx = malloc((N ? N : 1) * sizeof *newidx);
    int *eorder = malloc((M ? M : 1) * sizeof *eorder);
    eg_cent tmp_ent;
    eg_cedge tmp_edge;
    if (!order || !newidx || !eorder) { rc = EG_ENOMEM; goto done; }
    sort_c = c;
    for (size_t i = 0; i < N; i++) order[i] = (int)i;
    qsort(order, N, sizeof *order, cmp_ent);
    for (size_t i = 0; i < N; i++) newidx[order[i]] = (int)i;
    permute(c->ent, N, sizeof *c->ent, order, &tmp_ent);
    eg_strmap_free(&c->entmap);
    for (size_t i = 0; i < N; i++) {
        eg_cent *e = &c->ent[i];
        if (!eg_strmap_put(&c->entmap, e->key, strlen(e->key), (intptr_t)i, NULL)) { rc = EG_ENOMEM; goto done; }
        e->last_doc = -1;
        if ((rc = sort_entity_lists(e))) goto done;
    }
    for (size_t i = 0; i < M; i++) {
        eg_cedge *e = &c->edge[i];
        int a = newidx[e->a], b = newidx[e->b];
        e->a = a < b ? a : b;
        e->b = a < b ? b : a;
        for (size_t t = 0; t < e->nrels; t++) {
            if (e->rels[t].source >= 0) e->rels[t].source = newidx[e->rels[t].source];
            if (e->rels[t].target >= 0) e->rels[t].target = newidx[e->rels[t].target];
        }
        if (e->nrels > 1) qsort(e->rels, e->nrels, sizeof *e->rels, cmp_rel);
        eorder[i] = (int)i;
    }
    qsort(eorder, M, sizeof *eorder, cmp_edge);
    permute(c->edge, M, sizeof *c->edge, eorder, &tmp_edge);
    eg_u64map_free(&c->edgemap);
    for (size_t i = 0; i < M; i++)
        if (!eg_u64map_put(&c->edgemap, eg_corpus__edge_key(c->edge[i].a, c->edge[i].b), (intptr_t)i, NULL)) { rc = EG_ENOMEM; goto done; }
done:
    sort_c = NULL;
    free(order);
    free(newidx);
    free(eorder);
    return rc ? eg_error_set(rc, "out of memory while sorting the graph") : 0;
}

/* ---- writer ---- */

static const char *window_name(const eg_options *o, char *buf, size_t n)
{
    switch (o->window) {
    case EG_WINDOW_PARAGRAPH: return "paragraph";
    case EG_WINDOW_DOCUMENT: return "document";
    case EG_WINDOW_SENTENCES: snprintf(buf, n, "%d", o->window_n); return buf;
    default: return "sentence";
    }
}

static const char *const weight_names[] = {"count", "pmi", "npmi", "dice"};

/* The trees below point at the corpus's strings (eg_json_add_ref): each is printed and
 * deleted while the tables hold them. */
static cJSON *evidence_json(const eg_evidence *ev, size_t nev)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; arr && i < nev; i++) {
        cJSON *o = cJSON_CreateObject();
        if (!eg_json_push(arr, o) || !eg_json_add_ref(o, "doc", ev[i].doc) ||
            (ev[i].date && !eg_json_add_ref(o, "date", ev[i].date)) ||
            !eg_json_add_int(o, "sentence", ev[i].sentence) || !eg_json_add_int(o, "start", (long long)ev[i].start) ||
            !eg_json_add_int(o, "end", (long long)ev[i].end) || !eg_json_add_ref(o, "text", ev[i].text))
            goto fail;
    }
    return arr;
fail:
    cJSON_Delete(arr);
    return NULL;
}

/* [a, b], or NULL (both deleted) when one is NULL or out of memory. */
static cJSON *pair(cJSON *a, cJSON *b)
{
    cJSON *arr = cJSON_CreateArray();
    if (arr && a && b && cJSON_AddItemToArray(arr, a)) {
        if (cJSON_AddItemToArray(arr, b)) return arr;
        cJSON_Delete(b);
        cJSON_Delete(arr);
        return NULL;
    }
    cJSON_Delete(arr);
    cJSON_Delete(a);
    cJSON_Delete(b);
    return NULL;
}

static cJSON *entity_json(const eg_cent *e)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !eg_json_add_ref(o, "entity", e->key) || !eg_json_add_ref(o, "label", e->label ? e->label : e->key))
        goto fail;
    cJSON *labels = eg_json_add_array(o, "labels");
    for (size_t k = 0; labels && k < e->nforms; k++)
        if (!eg_json_push(labels, pair(cJSON_CreateStringReference(e->forms[k]), eg_json_int(e->form_mentions[k]))))
            goto fail;
    cJSON *votes = cJSON_CreateIntArray(e->votes, EG_NTYPES);
    if (!labels || !votes || !cJSON_AddItemToObjectCS(o, "votes", votes)) {
        cJSON_Delete(votes);
        goto fail;
    }
    if (!eg_json_add_int(o, "evidence", (long long)e->evidence)) goto fail;
    cJSON *al = eg_json_add_array(o, "aliases");
    for (size_t k = 0; al && k < e->naliases; k++)
        if (!eg_json_push(al, pair(cJSON_CreateStringReference(e->aliases[k]), cJSON_CreateStringReference(e->reasons[k]))))
            goto fail;
    if (!al || !eg_json_add_int(o, "mentions", e->mentions) ||
        !eg_json_add_int(o, "documents", e->documents) || !eg_json_add_int(o, "windows", e->windows))
        goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

static cJSON *edge_json(const eg_corpus *c, const eg_cedge *e)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *ends = pair(cJSON_CreateStringReference(c->ent[e->a].key), cJSON_CreateStringReference(c->ent[e->b].key));
    if (!o || !ends || !cJSON_AddItemToObjectCS(o, "edge", ends)) { cJSON_Delete(ends); goto fail; }
    cJSON *ev = evidence_json(e->ev, e->nev);
    if (!eg_json_add_int(o, "count", e->count) || !ev || !cJSON_AddItemToObjectCS(o, "evidence", ev)) {
        cJSON_Delete(ev);
        goto fail;
    }
    cJSON *rels = eg_json_add_array(o, "relations");
    if (!rels) goto fail;
    for (size_t t = 0; t < e->nrels; t++) {
        const eg_crel *r = &e->rels[t];
        cJSON *ro = cJSON_CreateObject();
        if (!eg_json_push(rels, ro) || !eg_json_add_ref(ro, "type", eg_reltype_name((eg_reltype)r->type))) goto fail;
        if (r->source >= 0 && (!eg_json_add_ref(ro, "source", c->ent[r->source].key) ||
                               !eg_json_add_ref(ro, "target", c->ent[r->target].key)))
            goto fail;
        cJSON *rev = evidence_json(r->ev, r->nev);
        if (!eg_json_add_int(ro, "count", r->count) || !eg_json_add_int(ro, "negated", r->negated) ||
            !eg_json_add_int(ro, "hedged", r->hedged) || !rev || !cJSON_AddItemToObjectCS(ro, "evidence", rev)) {
            cJSON_Delete(rev);
            goto fail;
        }
    }
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

/* Lines [lo, hi) of the partial graph (0: the header, then entities, then edges), each
 * printed by cJSON and ended by a newline, appended to one buffer. */
static cJSON *header_json(const eg_corpus *c)
{
    char wb[32];
    cJSON *h = cJSON_CreateObject();
    cJSON *opt = h && eg_json_add_int(h, HEADER_KEY, 1) ? cJSON_AddObjectToObject(h, "options") : NULL;
    if (!opt || !cJSON_AddStringToObject(opt, "window", window_name(&c->opts, wb, sizeof wb)) ||
        !cJSON_AddStringToObject(opt, "weight", weight_names[c->opts.weight]) ||
        !eg_json_add_int(opt, "max_evidence", c->opts.max_evidence) ||
        !eg_json_add_int(opt, "snippet", c->opts.snippet_max) ||
        !eg_json_add_int(h, "documents", c->ndocs) || !eg_json_add_int(h, "windows", c->nwindows) ||
        !eg_json_add_int(h, "windows_skipped", c->windows_skipped)) {
        cJSON_Delete(h);
        h = NULL;
    }
    return h;
}

/* Lines [lo, hi) of the partial graph (0: the header, then entities, then edges),
 * each printed by cJSON and ended by a newline. */
static int render_lines(const void *ctx, size_t lo, size_t hi, eg_strbuf *out)
{
    const eg_corpus *c = ctx;
    int rc = 0;
    for (size_t i = lo; i < hi && !rc; i++) {
        eg_json_arena(1); /* each line's items from an emptied arena */
        cJSON *o = i == 0 ? header_json(c) : i <= c->nent ? entity_json(&c->ent[i - 1]) : edge_json(c, &c->edge[i - 1 - c->nent]);
        rc = o ? eg_json_print_to(out, o, 0) : -1;
        cJSON_Delete(o);
        eg_strbuf_put(out, "\n", 1);
    }
    eg_json_arena(0);
    return rc ? EG_ENOMEM : 0;
}

#define EG_RENDER_BATCH 4096 /* lines rendered between writes */

/* Entity lines [lo, hi), and edge lines [lo, hi), of the tables. */
static int render_entity_lines(const void *ctx, size_t lo, size_t hi, eg_strbuf *out)
{
    return render_lines(ctx, 1 + lo, 1 + hi, out);
}

static int render_edge_lines(const void *ctx, size_t lo, size_t hi, eg_strbuf *out)
{
    const eg_corpus *c = ctx;
    return render_lines(c, 1 + c->nent + lo, 1 + c->nent + hi, out);
}

static int undefined_entity(const char *key)
{
    return eg_error_set(EG_EINVAL, "partial graph: entity \"%s\" is used by an edge but never defined "
                                   "(were the partial graphs split across reducers?)", key);
}

typedef struct wctx {
    FILE *f;
    int jobs;
    int write_failed; /* writing to f failed (errno says why); other errors have their message */
} wctx;

static int emitted(wctx *w, eg_corpus *c, int rc)
{
    eg_spill__clear(c);
    if (rc == EG_EIO) w->write_failed = 1;
    return rc == EG_ENOMEM ? eg_error_set(rc, "out of memory while writing the partial graph") : rc;
}

/* A batch of entities merged from the spill runs, in key order: written, then freed. */
static int emit_entities(eg_corpus *c, void *arg)
{
    wctx *w = arg;
    for (size_t i = 0; i < c->nent; i++) {
        if (!c->ent[i].nforms)
            return emitted(w, c, undefined_entity(c->ent[i].key));
        if (sort_entity_lists(&c->ent[i])) return emitted(w, c, EG_ENOMEM);
    }
    return emitted(w, c, eg_render_ordered(w->f, c->nent, EG_RENDER_BATCH, w->jobs, render_entity_lines, c));
}

static void trim_edge(eg_cedge *e, int max);

/* A batch of edges merged from the spill runs, in key-pair order: their entities
 * are bare keys in load order, so ends and relations are put in key order here. */
static int emit_edges(eg_corpus *c, void *arg)
{
    wctx *w = arg;
    for (size_t i = 0; i < c->nedge; i++) {
        eg_cedge *e = &c->edge[i];
        if (strcmp(c->ent[e->a].key, c->ent[e->b].key) > 0) {
            int t = e->a;
            e->a = e->b;
            e->b = t;
        }
        trim_edge(e, c->opts.max_evidence);
        for (size_t t = 1; t < e->nrels; t++) {
            /* insertion sort by (type, source key): few relations per edge */
            for (size_t k = t; k > 0; k--) {
                eg_crel *p = &e->rels[k - 1], *q = &e->rels[k];
                int d = p->type - q->type;
                if (!d && p->source >= 0) d = strcmp(c->ent[p->source].key, c->ent[q->source].key);
                if (d <= 0) break;
                eg_crel tmp = *p;
                *p = *q;
                *q = tmp;
            }
        }
    }
    return emitted(w, c, eg_render_ordered(w->f, c->nedge, EG_RENDER_BATCH, w->jobs, render_edge_lines, c));
}

int eg_partial_write(FILE *f, eg_corpus *c, const char *name, int jobs)
{
    int rc;
    if (eg_spill__runs(c) > 0) {
        /* the header, then the runs (and the tables as one more run) merged in key order */
        wctx w = {f, jobs, 0};
        rc = eg_render_ordered(f, 1, 1, 1, render_lines, c);
        if (!rc) {
            rc = eg_spill__merge(c, 4 * EG_RENDER_BATCH, emit_entities, emit_edges, &w);
            if (rc && !w.write_failed) return rc;
        }
    } else {
        for (size_t i = 0; c->spill && i < c->nent; i++) eg_cent__cap_forms(&c->ent[i]);
        if ((rc = eg_corpus_canonicalise(c))) return rc;
        rc = eg_render_ordered(f, 1 + c->nent + c->nedge, EG_RENDER_BATCH, jobs, render_lines, c);
    }
    if (rc == EG_ENOMEM) return eg_error_set(rc, "out of memory while writing the partial graph");
    if (rc || fflush(f) != 0 || ferror(f)) return eg_error_set(EG_EIO, "%s: write failed: %s", name, strerror(errno));
    return 0;
}

/* ---- reader ---- */

typedef struct lctx {
    eg_corpus *c;
    eg_partial_state *st;
    const char *name;
    long lineno;
    char *doc, *date; /* the last evidence document id and date read, shared by the next items */
} lctx;

static int bad(const lctx *x, const char *what)
{
    return eg_error_set(EG_EINVAL, "%s:%ld: %s", x->name, x->lineno, what);
}

static const cJSON *get(const cJSON *o, const char *k) { return cJSON_GetObjectItemCaseSensitive(o, k); }

/* A non-negative integer field (absent = 0); -1 if present but not a number. */
static int num(const cJSON *o, const char *k, long *out)
{
    const cJSON *v = get(o, k);
    *out = 0;
    if (!v) return 0;
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 2147483647.0) return -1;
    *out = (long)v->valuedouble;
    return 0;
}

static int read_header(lctx *x, const cJSON *o)
{
    eg_partial_state *st = x->st;
    const cJSON *ver = get(o, HEADER_KEY);
    if (!cJSON_IsNumber(ver) || ver->valuedouble != 1) return bad(x, "unsupported partial graph version (this entgraph reads version 1)");
    const cJSON *opt = get(o, "options");
    const cJSON *w = opt ? get(opt, "window") : NULL;
    eg_window win = EG_WINDOW_SENTENCE;
    int wn = 1;
    if (cJSON_IsString(w)) {
        const char *s = w->valuestring;
        if (!strcmp(s, "sentence")) win = EG_WINDOW_SENTENCE;
        else if (!strcmp(s, "paragraph")) win = EG_WINDOW_PARAGRAPH;
        else if (!strcmp(s, "document")) win = EG_WINDOW_DOCUMENT;
        else {
            char *end;
            long v = strtol(s, &end, 10);
            if (end == s || *end || v < 1 || v > 1000) return bad(x, "unknown window in the header");
            win = EG_WINDOW_SENTENCES;
            wn = (int)v;
        }
    } else if (w) {
        return bad(x, "header: window must be a string");
    }
    if (st->headers && (win != st->window || (win == EG_WINDOW_SENTENCES && wn != st->window_n)))
        return bad(x, "this partial graph was extracted with another --window than an earlier one; they cannot be merged");
    st->window = win;
    st->window_n = wn;
    const cJSON *wt = opt ? get(opt, "weight") : NULL;
    if (cJSON_IsString(wt) && !st->weight_set) {
        for (int i = 0; i < 4; i++)
            if (!strcmp(wt->valuestring, weight_names[i])) { st->weight = i; st->weight_set = 1; }
    }
    long me = 20, sn = 300, docs = 0, wins = 0, skipped = 0;
    if ((opt && get(opt, "max_evidence") && num(opt, "max_evidence", &me)) ||
        (opt && get(opt, "snippet") && num(opt, "snippet", &sn)) || num(o, "documents", &docs) || num(o, "windows", &wins) ||
        (get(o, "windows_skipped") && num(o, "windows_skipped", &skipped)))
        return bad(x, "header: counts must be non-negative numbers");
    if (st->max_evidence < 0 || (me > 0 && (st->max_evidence == 0 || me < st->max_evidence))) st->max_evidence = (int)me;
    if (sn > st->snippet) st->snippet = (int)sn;
    x->c->ndocs += (int)docs;
    x->c->nwindows += (int)wins;
    x->c->windows_skipped += (int)skipped;
    st->headers++;
    return 0;
}

static int key_of(lctx *x, const cJSON *v, int *out)
{
    if (!cJSON_IsString(v) || !v->valuestring[0]) return bad(x, "entity keys must be non-empty strings");
    int rc = eg_corpus__entity(x->c, v->valuestring, out);
    return rc ? eg_error_set(rc, "out of memory") : 0;
}

static int read_entity(lctx *x, const cJSON *o)
{
    int idx, rc;
    if ((rc = key_of(x, get(o, "entity"), &idx))) return rc;
    eg_cent *e = &x->c->ent[idx];
    long mentions, documents, windows;
    if (num(o, "mentions", &mentions) || num(o, "documents", &documents) || num(o, "windows", &windows))
        return bad(x, "entity counts must be non-negative numbers");
    const cJSON *labels = get(o, "labels"), *it;
    if (cJSON_IsArray(labels) && cJSON_GetArraySize(labels) > 0) {
        cJSON_ArrayForEach(it, labels) {
            const cJSON *f = cJSON_GetArrayItem(it, 0), *n = cJSON_GetArrayItem(it, 1);
            if (!cJSON_IsString(f) || !cJSON_IsNumber(n) || n->valuedouble < 0) return bad(x, "labels must be [form, mentions] pairs");
            if ((rc = eg_cent__add_form(e, f->valuestring, (int)n->valuedouble, !x->c->spill))) return eg_error_set(rc, "out of memory");
        }
    } else {
        const cJSON *l = get(o, "label");
        if (!cJSON_IsString(l)) return bad(x, "entity without a label");
        if ((rc = eg_cent__add_form(e, l->valuestring, (int)mentions, !x->c->spill))) return eg_error_set(rc, "out of memory");
    }
    const cJSON *votes = get(o, "votes");
    if (votes && (!cJSON_IsArray(votes) || cJSON_GetArraySize(votes) != EG_NTYPES)) return bad(x, "votes must be [PERSON, ORG, LOC]");
    for (int t = 0; votes && t < EG_NTYPES; t++) {
        const cJSON *v = cJSON_GetArrayItem(votes, t);
        if (!cJSON_IsNumber(v)) return bad(x, "votes must be numbers");
        e->votes[t] += (int)v->valuedouble;
    }
    const cJSON *ev = get(o, "evidence");
    if (ev && (!cJSON_IsNumber(ev) || ev->valuedouble < 0 || ev->valuedouble >= 4294967296.0))
        return bad(x, "evidence must be a bit set");
    if (ev) e->evidence |= (uint32_t)ev->valuedouble;
    const cJSON *al = get(o, "aliases");
    if (al && !cJSON_IsArray(al)) return bad(x, "aliases must be an array");
    cJSON_ArrayForEach(it, al) {
        const cJSON *f = cJSON_GetArrayItem(it, 0), *r = cJSON_GetArrayItem(it, 1);
        if (!cJSON_IsString(f) || !cJSON_IsString(r)) return bad(x, "aliases must be [form, reason] pairs");
        if ((rc = eg_cent__add_alias(e, f->valuestring, r->valuestring))) return eg_error_set(rc, "out of memory");
    }
    e->mentions += (int)mentions;
    e->documents += (int)documents;
    e->windows += (int)windows;
    return 0;
}

static int read_evidence(lctx *x, const cJSON *arr, eg_evidence **ev, size_t *nev)
{
    const cJSON *it;
    if (arr && !cJSON_IsArray(arr)) return bad(x, "evidence must be an array");
    cJSON_ArrayForEach(it, arr) {
        const cJSON *doc = get(it, "doc"), *date = get(it, "date"), *text = get(it, "text");
        long sent, start, end;
        if (!cJSON_IsString(doc) || !cJSON_IsString(text) || (date && !cJSON_IsString(date)) ||
            num(it, "sentence", &sent) || num(it, "start", &start) || num(it, "end", &end))
            return bad(x, "evidence items need doc, sentence, start, end and text");
        eg_evidence e = {eg_rcstr_shared(&x->doc, doc->valuestring, strlen(doc->valuestring)),
                         date ? eg_rcstr_shared(&x->date, date->valuestring, strlen(date->valuestring)) : NULL, (int)sent,
                         (size_t)start, (size_t)end, eg_rcstr_new(text->valuestring, strlen(text->valuestring))};
        if (!e.doc || !e.text || (date && !e.date)) { eg_evidence_clear(&e); return eg_error_set(EG_ENOMEM, "out of memory"); }
        size_t n0 = *nev, tl = strlen(text->valuestring);
        int rc = eg_evidence__insert(ev, nev, x->c->opts.max_evidence, &e);
        if (rc) return eg_error_set(rc, "out of memory");
        if (*nev > n0) x->c->table_bytes += EG_EV_COST + EG_TEXT_COST(tl);
    }
    return 0;
}

static int read_edge(lctx *x, const cJSON *o)
{
    const cJSON *ends = get(o, "edge");
    if (!cJSON_IsArray(ends) || cJSON_GetArraySize(ends) != 2) return bad(x, "edge must be [key, key]");
    int a, b, rc;
    if ((rc = key_of(x, cJSON_GetArrayItem(ends, 0), &a)) || (rc = key_of(x, cJSON_GetArrayItem(ends, 1), &b))) return rc;
    if (a == b) return bad(x, "an edge needs two different entities");
    eg_cedge *e;
    if ((rc = eg_corpus__edge(x->c, a, b, &e))) return eg_error_set(rc, "out of memory");
    long count;
    if (num(o, "count", &count)) return bad(x, "edge count must be a non-negative number");
    e->count += (int)count;
    if ((rc = read_evidence(x, get(o, "evidence"), &e->ev, &e->nev))) return rc;
    const cJSON *rels = get(o, "relations"), *it;
    if (rels && !cJSON_IsArray(rels)) return bad(x, "relations must be an array");
    cJSON_ArrayForEach(it, rels) {
        const cJSON *ty = get(it, "type");
        int type = -1;
        for (int t = 0; cJSON_IsString(ty) && t < EG_NRELTYPES; t++)
            if (!strcmp(ty->valuestring, eg_reltype_name((eg_reltype)t))) type = t;
        if (type < 0) return bad(x, "unknown relation type");
        int src = -1, dst = -1;
        if (eg_reltype_directed((eg_reltype)type)) {
            if ((rc = key_of(x, get(it, "source"), &src)) || (rc = key_of(x, get(it, "target"), &dst))) return rc;
            if (!((src == a && dst == b) || (src == b && dst == a))) return bad(x, "relation source and target must be the edge's entities");
        }
        long cnt, neg, hed;
        if (num(it, "count", &cnt) || num(it, "negated", &neg) || num(it, "hedged", &hed))
            return bad(x, "relation counts must be non-negative numbers");
        eg_crel *r = eg_corpus__rel(x->c, e, type, src, dst);
        if (!r) return eg_error_set(EG_ENOMEM, "out of memory");
        r->count += (int)cnt;
        r->negated += (int)neg;
        r->hedged += (int)hed;
        if ((rc = read_evidence(x, get(it, "evidence"), &r->ev, &r->nev))) return rc;
    }
    return 0;
}

int eg_partial_read(eg_corpus *c, eg_partial_state *st, FILE *f, const char *name)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    lctx x = {c, st, name, 0, NULL, NULL};
    while ((n = getline(&line, &cap, f)) >= 0) {
        x.lineno++;
        size_t i = 0;
        while (i < (size_t)n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\n' || line[i] == '\r')) i++;
        if (i == (size_t)n) continue;
        st->lines++;
        cJSON *o = cJSON_ParseWithLength(line, (size_t)n);
        if (!cJSON_IsObject(o)) {
            cJSON_Delete(o);
            rc = bad(&x, "not a partial graph line (expected a JSON object; make partial graphs with entgraph extract)");
            break;
        }
        if (get(o, HEADER_KEY)) rc = read_header(&x, o);
        else if (get(o, "entity")) {
            if (!(rc = read_entity(&x, o))) rc = eg_spill__maybe(c);
        } else if (get(o, "edge")) {
            if (!(rc = read_edge(&x, o))) rc = eg_spill__maybe(c);
        } else {
            rc = bad(&x, "not a partial graph line (no entgraph_partial, entity or edge field)");
        }
        cJSON_Delete(o);
        if (rc) break;
    }
    if (!rc && ferror(f)) rc = eg_error_set(EG_EIO, "%s: read error: %s", name, strerror(errno));
    eg_rcstr_unref(x.doc);
    eg_rcstr_unref(x.date);
    free(line);
    return rc;
}

static void trim(eg_evidence *ev, size_t *n, int max)
{
    while (max > 0 && *n > (size_t)max) eg_evidence_clear(&ev[--*n]);
}

/* An edge's and its relations' evidence cut to max items. */
static void trim_edge(eg_cedge *e, int max)
{
    trim(e->ev, &e->nev, max);
    for (size_t t = 0; t < e->nrels; t++) trim(e->rels[t].ev, &e->rels[t].nev, max);
}

int eg_partial_finish(eg_corpus *c, eg_partial_state *st)
{
    if (st->lines > 0 && !st->headers)
        return eg_error_set(EG_EINVAL, "not a partial graph: no {\"entgraph_partial\": 1} header line (make partial graphs with entgraph extract)");
    /* after a spill, an entity may be defined in a run: the writer checks it there */
    int spilled = eg_spill__runs(c) > 0;
    for (size_t i = 0; !spilled && i < c->nent; i++)
        if (!c->ent[i].nforms)
            return undefined_entity(c->ent[i].key);
    if (st->headers) {
        c->opts.window = st->window;
        c->opts.window_n = st->window_n;
        /* the smaller of this run's cap and the partial graphs' caps */
        int me = st->max_evidence;
        if (me > 0 && (c->opts.max_evidence == 0 || me < c->opts.max_evidence)) c->opts.max_evidence = me;
        if (st->snippet > 0) c->opts.snippet_max = st->snippet;
    }
    for (size_t i = 0; i < c->nedge; i++) trim_edge(&c->edge[i], c->opts.max_evidence);
    return spilled ? 0 : eg_corpus_canonicalise(c);
}
