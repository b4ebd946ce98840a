/* corpus.c — stage 7: per-document results → corpus-wide entities and edges,
 * then the graph model (cross-document aliases, weights, filters, metrics).
 * Memory grows with entities and edges; evidence is bounded per edge. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "corpus.h"
#include "extract.h"
#include "lexicon.h"
#include "metrics.h"
#include "spill.h"
#include "strmap.h"

/* The shared strings of the document being merged: its id and date, and the text of
 * each one-sentence window, made once and referenced by every evidence item. */
typedef struct evctx {
    const eg_doc *doc;
    const eg_docresult *r;
    char *id, *date;
    char **sent; /* per sentence: its trimmed text (NULL until needed) */
    int snip;
    size_t *bytes; /* the corpus's table_bytes: texts and items made are counted here */
} evctx;

static char *snippet(const evctx *x, int s0, int s1)
{
    const eg_sentence *a = &x->r->tk.sent[s0], *b = &x->r->tk.sent[s1];
    size_t n = b->end - a->start;
    if (x->snip > 0 && n > (size_t)x->snip) {
        n = (size_t)x->snip;
        while (n > 0 && ((unsigned char)x->doc->text[a->start + n] & 0xC0) == 0x80) n--; /* UTF-8 boundary */
    }
    char *t = eg_rcstr_new(x->doc->text + a->start, n);
    *x->bytes += EG_TEXT_COST(n);
    /* newlines inside a window become spaces */
    for (char *p = t; p && *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    return t;
}

/* An evidence item for sentences [s0, s1] of the document, sharing its strings. */
static int make_evidence(eg_evidence *ev, evctx *x, int s0, int s1)
{
    const eg_sentence *a = &x->r->tk.sent[s0], *b = &x->r->tk.sent[s1];
    ev->doc = eg_rcstr_ref(x->id);
    ev->date = eg_rcstr_ref(x->date);
    ev->sentence = s0;
    ev->start = a->start;
    ev->end = b->end;
    if (s0 != s1) {
        ev->text = snippet(x, s0, s1);
    } else {
        if (!x->sent[s0]) x->sent[s0] = snippet(x, s0, s0);
        ev->text = eg_rcstr_ref(x->sent[s0]);
    }
    return ev->text ? 0 : EG_ENOMEM;
}

void eg_evidence_clear(eg_evidence *ev)
{
    eg_rcstr_unref(ev->doc);
    eg_rcstr_unref(ev->date);
    eg_rcstr_unref(ev->text);
    ev->doc = ev->date = ev->text = NULL;
}

static int isdig(char c) { return c >= '0' && c <= '9'; }

/* Document ids compared with digit runs as numbers ("doc-9" < "doc-10"), then bytewise. */
static int doc_cmp(const char *a, const char *b)
{
    const char *p = a, *q = b;
    while (*p && *q) {
        if (isdig(*p) && isdig(*q)) {
            while (*p == '0') p++;
            while (*q == '0') q++;
            size_t n = 0, m = 0;
            while (isdig(p[n])) n++;
            while (isdig(q[m])) m++;
            if (n != m) return n < m ? -1 : 1;
            int r = memcmp(p, q, n);
            if (r) return r;
            p += n;
            q += m;
            continue;
        }
        if (*p != *q) return (unsigned char)*p < (unsigned char)*q ? -1 : 1;
        p++;
        q++;
    }
    if (*p || *q) return *p ? 1 : -1;
    return strcmp(a, b);
}

static int key_cmp(const char *da, int sa, const char *db, int sb)
{
    int r = doc_cmp(da, db);
    if (r) return r;
    return sa < sb ? -1 : sa > sb;
}

int eg_evidence__cmp(const eg_evidence *a, const eg_evidence *b)
{
    int r = key_cmp(a->doc, a->sentence, b->doc, b->sentence);
    if (r) return r;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    if ((r = strcmp(a->text, b->text))) return r;
    if (!a->date || !b->date) return !a->date - !b->date;
    return strcmp(a->date, b->date);
}

int eg_evidence__insert(eg_evidence **arr, size_t *n, int max, eg_evidence *item)
{
    eg_evidence *v = *arr;
    size_t lo = 0, hi = *n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (eg_evidence__cmp(&v[mid], item) <= 0) lo = mid + 1;
        else hi = mid;
    }
    /* one item per (doc, sentence): the smallest wins */
    if (lo > 0 && !key_cmp(v[lo - 1].doc, v[lo - 1].sentence, item->doc, item->sentence)) {
        eg_evidence_clear(item);
        return 0;
    }
    if (lo < *n && !key_cmp(v[lo].doc, v[lo].sentence, item->doc, item->sentence)) {
        eg_evidence_clear(&v[lo]);
        v[lo] = *item;
        return 0;
    }
    if (max > 0 && *n >= (size_t)max) {
        if (lo >= *n) { eg_evidence_clear(item); return 0; }
        eg_evidence_clear(&v[*n - 1]);
        (*n)--;
    } else {
        eg_evidence *p = realloc(v, (*n + 1) * sizeof *p);
        if (!p) { eg_evidence_clear(item); return EG_ENOMEM; }
        *arr = v = p;
    }
    memmove(&v[lo + 1], &v[lo], (*n - lo) * sizeof *v);
    v[lo] = *item;
    (*n)++;
    return 0;
}

static int push_evidence(eg_evidence **arr, size_t *n, int max, evctx *x, int s0, int s1)
{
    const char *id = x->id;
    const eg_docresult *r = x->r;
    /* cheap rejects before making an item: the list is full and this sorts after its last
     * item, or the last item is this very sentence (documents arrive in order) */
    if (*n && max > 0 && *n >= (size_t)max && key_cmp((*arr)[*n - 1].doc, (*arr)[*n - 1].sentence, id, s0) < 0) return 0;
    if (*n && (*arr)[*n - 1].sentence == s0 && !strcmp((*arr)[*n - 1].doc, id) &&
        (*arr)[*n - 1].start <= r->tk.sent[s0].start && (*arr)[*n - 1].end <= r->tk.sent[s1].end)
        return 0;
    eg_evidence item;
    memset(&item, 0, sizeof item);
    int rc = make_evidence(&item, x, s0, s1);
    if (rc) { eg_evidence_clear(&item); return rc; }
    size_t n0 = *n;
    rc = eg_evidence__insert(arr, n, max, &item);
    if (*n > n0) *x->bytes += EG_EV_COST;
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

void eg_corpus__free_entity(eg_cent *e)
{
    for (size_t k = 0; k < e->nforms; k++) free(e->forms[k]);
    free(e->forms);
    free(e->form_mentions);
    free(e->key);
    for (size_t k = 0; k < e->naliases; k++) { free(e->aliases[k]); free(e->reasons[k]); }
    free(e->aliases);
    free(e->reasons);
}

void eg_corpus__free_edge(eg_cedge *e)
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
    for (size_t i = 0; i < c->nent; i++) eg_corpus__free_entity(&c->ent[i]);
    free(c->ent);
    for (size_t i = 0; i < c->nedge; i++) eg_corpus__free_edge(&c->edge[i]);
    free(c->edge);
    eg_strmap_free(&c->entmap);
    eg_u64map_free(&c->edgemap);
    for (size_t i = 0; i < c->nrej; i++) { free(c->rej[i].doc); free(c->rej[i].text); }
    free(c->rej);
    eg_aliases_free(c->aliases);
    eg_spill_free(c->spill);
    free(c);
}

/* "exact" (the form was a document's label) first, then the smallest reason. */
static int reason_better(const char *a, const char *b)
{
    int ea = !strcmp(a, "exact"), eb = !strcmp(b, "exact");
    if (ea != eb) return ea;
    return strcmp(a, b) < 0;
}

/* The label: the form with most mentions, then the smallest by strcmp. */
static void pick_label(eg_cent *e)
{
    size_t best = 0;
    for (size_t k = 1; k < e->nforms; k++)
        if (e->form_mentions[k] > e->form_mentions[best] ||
            (e->form_mentions[k] == e->form_mentions[best] && strcmp(e->forms[k], e->forms[best]) < 0))
            best = k;
    e->label = e->nforms ? e->forms[best] : NULL;
}

void eg_cent__cap_forms(eg_cent *e)
{
    if (e->nforms <= EG_MAX_FORMS) return;
    for (size_t k = EG_MAX_FORMS; k < e->nforms; k++) free(e->forms[k]);
    e->nforms = EG_MAX_FORMS;
    pick_label(e);
}

int eg_cent__add_alias(eg_cent *e, const char *form, const char *reason)
{
    size_t slot = e->naliases, worst = 0;
    for (size_t i = 0; i < e->naliases; i++) {
        if (!strcmp(e->aliases[i], form)) {
            if (reason_better(reason, e->reasons[i])) {
                char *r = eg_strdup(reason);
                if (!r) return EG_ENOMEM;
                free(e->reasons[i]);
                e->reasons[i] = r;
            }
            return 0;
        }
        if (strcmp(e->aliases[i], e->aliases[worst]) > 0) worst = i;
    }
    /* bounded: aliases are names, not evidence; the smallest forms stay (order-independent) */
    if (e->naliases >= EG_MAX_ALIASES) {
        if (strcmp(form, e->aliases[worst]) >= 0) return 0;
        slot = worst;
    } else {
        char **a = realloc(e->aliases, (e->naliases + 1) * sizeof *a);
        if (!a) return EG_ENOMEM;
        e->aliases = a;
        char **r = realloc(e->reasons, (e->naliases + 1) * sizeof *r);
        if (!r) return EG_ENOMEM;
        e->reasons = r;
        e->aliases[slot] = e->reasons[slot] = NULL;
        e->naliases++;
    }
    char *f = eg_strdup(form), *r = eg_strdup(reason);
    if (!f || !r) { free(f); free(r); return EG_ENOMEM; }
    free(e->aliases[slot]);
    free(e->reasons[slot]);
    e->aliases[slot] = f;
    e->reasons[slot] = r;
    return 0;
}

int eg_cent__add_form(eg_cent *e, const char *form, int mentions, int capped)
{
    size_t i = 0;
    while (i < e->nforms && strcmp(e->forms[i], form)) i++;
    if (i == e->nforms) {
        if (capped && e->nforms >= EG_MAX_FORMS) return 0;
        char **f = realloc(e->forms, (e->nforms + 1) * sizeof *f);
        if (!f) return EG_ENOMEM;
        e->forms = f;
        int *m = realloc(e->form_mentions, (e->nforms + 1) * sizeof *m);
        if (!m) return EG_ENOMEM;
        e->form_mentions = m;
        if (!(f[i] = eg_strdup(form))) return EG_ENOMEM;
        m[i] = 0;
        e->nforms++;
    }
    e->form_mentions[i] += mentions;
    pick_label(e);
    return 0;
}

int eg_corpus__entity(eg_corpus *c, const char *key, int *out)
{
    int ins;
    intptr_t *slot = eg_strmap_put(&c->entmap, key, strlen(key), (intptr_t)c->nent, &ins);
    if (!slot) return EG_ENOMEM;
    if (ins) {
        if (c->nent == c->capent) {
            size_t cap = c->capent ? c->capent * 2 : 64;
            eg_cent *p = realloc(c->ent, cap * sizeof *p);
            if (!p) return EG_ENOMEM;
            c->ent = p;
            c->capent = cap;
        }
        eg_cent *e = &c->ent[c->nent];
        memset(e, 0, sizeof *e);
        e->last_doc = -1;
        if (!(e->key = eg_strdup(key))) return EG_ENOMEM;
        c->nent++;
        c->table_bytes += EG_ENT_COST(strlen(key));
    }
    *out = (int)*slot;
    return 0;
}

/* Global entity index for a document entity (created if new). */
static int intern_entity(eg_corpus *c, const eg_dentity *d, int docno, int *out)
{
    char *key = eg_name_key(d->label);
    if (!key) return EG_ENOMEM;
    int rc = eg_corpus__entity(c, key, out);
    free(key);
    if (rc) return rc;
    eg_cent *e = &c->ent[*out];
    /* (a table that may spill keeps every form, in arrival order: the cap is applied when the runs
     * are merged, so it keeps the same first forms as one table would) */
    if ((rc = eg_cent__add_form(e, d->label, d->mentions, !c->spill))) return rc;
    e->mentions += d->mentions;
    for (int t = 0; t < EG_NTYPES; t++) e->votes[t] += d->votes[t];
    e->evidence |= d->evbits;
    if (e->last_doc != docno) { e->documents++; e->last_doc = docno; }
    for (size_t k = 0; k < d->naliases; k++)
        if ((rc = eg_cent__add_alias(e, d->aliases[k], d->reasons[k]))) return rc;
    return 0;
}

int eg_corpus__edge(eg_corpus *c, int a, int b, eg_cedge **out)
{
    if (a > b) { int t = a; a = b; b = t; }
    int ins;
    intptr_t *slot = eg_u64map_put(&c->edgemap, eg_corpus__edge_key(a, b), (intptr_t)c->nedge, &ins);
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
        c->table_bytes += EG_EDGE_COST;
        e->a = a;
        e->b = b;
    }
    *out = &c->edge[*slot];
    return 0;
}

eg_crel *eg_corpus__rel(eg_corpus *c, eg_cedge *e, int type, int src, int dst)
{
    int directed = eg_reltype_directed((eg_reltype)type);
    for (size_t i = 0; i < e->nrels; i++)
        if (e->rels[i].type == type && (!directed || e->rels[i].source == src)) return &e->rels[i];
    eg_crel *p = realloc(e->rels, (e->nrels + 1) * sizeof *p);
    if (!p) return NULL;
    e->rels = p;
    eg_crel *t = &p[e->nrels++];
    memset(t, 0, sizeof *t);
    c->table_bytes += EG_REL_COST;
    t->type = type;
    t->source = directed ? src : -1;
    t->target = directed ? dst : -1;
    return t;
}

static int add_typed(eg_corpus *c, eg_cedge *e, int src, int dst, const eg_drel *d, evctx *x)
{
    eg_crel *t = eg_corpus__rel(c, e, d->type, src, dst);
    if (!t) return EG_ENOMEM;
    t->count++;
    if (d->negated) t->negated++;
    if (d->hedged) t->hedged++;
    return push_evidence(&t->ev, &t->nev, c->opts.max_evidence, x, d->sent, d->sent_end);
}

int eg_corpus_add_result(eg_corpus *c, const eg_doc *doc, const eg_docresult *r)
{
    int rc = 0;
    int *map = malloc((r->nent ? r->nent : 1) * sizeof *map);
    evctx x = {doc, r, eg_rcstr_new(doc->id ? doc->id : "-", strlen(doc->id ? doc->id : "-")),
               doc->date ? eg_rcstr_new(doc->date, strlen(doc->date)) : NULL,
               calloc(r->tk.nsent ? r->tk.nsent : 1, sizeof(char *)), c->opts.snippet_max, &c->table_bytes};
    if (!map || !x.id || (doc->date && !x.date) || !x.sent) { rc = EG_ENOMEM; goto done; }
    int docno = c->ndocs++;
    for (size_t i = 0; i < r->nent; i++)
        if ((rc = intern_entity(c, &r->ent[i], docno, &map[i]))) goto done;
    for (size_t i = 0; i < r->nent; i++) c->ent[map[i]].windows += r->ent_windows ? r->ent_windows[i] : 0;
    c->nwindows += r->nwindows;
    c->windows_skipped += r->windows_skipped;
    for (size_t i = 0; i < r->nrel; i++) {
        const eg_drel *d = &r->rel[i];
        int a = map[d->a], b = map[d->b];
        if (a == b) continue;
        eg_cedge *e;
        if ((rc = eg_corpus__edge(c, a, b, &e))) goto done;
        if (d->type < 0) {
            e->count++;
            if ((rc = push_evidence(&e->ev, &e->nev, c->opts.max_evidence, &x, d->sent, d->sent_end))) goto done;
        } else if ((rc = add_typed(c, e, a, b, d, &x))) {
            goto done;
        }
    }
    /* rejected candidates for --explain, bounded */
    for (size_t i = 0; i < r->nrej && c->nrej < EG_MAX_REJECTS; i++) {
        if (c->nrej == c->caprej) {
            size_t cap = c->caprej ? 2 * c->caprej : 64;
            eg_crej *q = realloc(c->rej, cap * sizeof *q);
            if (!q) { rc = EG_ENOMEM; goto done; }
            c->rej = q;
            c->caprej = cap;
        }
        eg_crej *p = c->rej;
        p[c->nrej].doc = eg_strdup(doc->id ? doc->id : "-");
        p[c->nrej].text = eg_strndup(doc->text + r->rej[i].start, r->rej[i].len);
        p[c->nrej].reason = r->rej[i].reason;
        c->nrej++;
        if (!p[c->nrej - 1].doc || !p[c->nrej - 1].text) { rc = EG_ENOMEM; goto done; }
    }
done:
    free(map);
    eg_rcstr_unref(x.id);
    eg_rcstr_unref(x.date);
    if (x.sent)
        for (size_t i = 0; i < r->tk.nsent; i++) eg_rcstr_unref(x.sent[i]);
    free(x.sent);
    if (rc == EG_ENOMEM) return eg_error_set(rc, "out of memory");
    return rc ? rc : eg_spill__maybe(c);
}

int eg_corpus_add(eg_corpus *c, const eg_doc *doc)
{
    eg_docresult r;
    int rc = eg_extract(&r, doc->text, doc->len, &c->opts);
    if (!rc) rc = eg_corpus_add_result(c, doc, &r);
    eg_docresult_free(&r);
    return rc;
}

/* ---- parallel extraction, merged in input order ---- */

#define EG_PIPELINE_DOCS_PER_JOB 32                /* documents in flight per worker, at most */
#define EG_PIPELINE_MAX_BYTES ((size_t)64 << 20)   /* and at most this much text (one document always) */

typedef struct eg_slot {
    char *id, *date, *text;
    size_t len;
    eg_docresult r;
    int rc, done;
    char err[512];
} eg_slot;

/* Workers take documents in input order, extract them, and whichever worker finds
 * the document at the head of the queue finished merges it and the finished ones
 * after it (one merger at a time, in order), so the caller only reads and queues. */
struct eg_pipeline {
    eg_corpus *c;
    int jobs, nthreads, stop, merging, waiting;
    pthread_t *th;
    pthread_mutex_t mu;
    pthread_cond_t work, space;
    eg_slot *ring;
    size_t cap;
    size_t head, next, tail; /* head: next to merge; next: next to extract; tail: next free */
    size_t inflight;         /* text bytes queued and not merged */
    size_t nent;             /* corpus entities after the last merge (for progress) */
    size_t spills;           /* spills of the tables so far (for progress) */
    int err;                 /* first merge or extraction error, with its message */
    char errmsg[512];
};

static void slot_clear(eg_slot *s)
{
    free(s->id);
    free(s->date);
    free(s->text);
    eg_docresult_free(&s->r);
    memset(s, 0, sizeof *s);
}

/* Called with p->mu held by a worker that is not merging: merge the finished
 * documents at the head, in order, releasing the lock while each merges. */
static void pipeline_merge(eg_pipeline *p)
{
    p->merging = 1;
    while (p->head != p->next && p->ring[p->head % p->cap].done) {
        eg_slot *s = &p->ring[p->head % p->cap];
        int failed = p->err != 0;
        pthread_mutex_unlock(&p->mu);
        int rc = 0;
        char msg[512] = "";
        if (!failed) {
            if (s->rc) {
                rc = s->rc;
                snprintf(msg, sizeof msg, "%s", s->err);
            } else {
                eg_doc d = {s->id, s->date, s->text, s->len};
                if ((rc = eg_corpus_add_result(p->c, &d, &s->r))) snprintf(msg, sizeof msg, "%s", eg_error_last());
            }
        }
        size_t len = s->len, nent = p->c->nent, spills;
        eg_spill__stats(p->c, &spills, NULL);
        slot_clear(s);
        pthread_mutex_lock(&p->mu);
        if (rc && !p->err) {
            p->err = rc;
            memcpy(p->errmsg, msg, sizeof msg);
        }
        p->nent = nent;
        p->spills = spills;
        p->inflight -= len;
        p->head++;
        /* wake the caller when it waits for room (half the queue) or for the end */
        if (p->waiting && (p->tail - p->head <= p->cap / 2 || p->head == p->tail || p->err)) pthread_cond_broadcast(&p->space);
    }
    p->merging = 0;
}

static void *pipeline_worker(void *arg)
{
    eg_pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next == p->tail && !p->stop) pthread_cond_wait(&p->work, &p->mu);
        if (p->next == p->tail) break;
        eg_slot *s = &p->ring[p->next++ % p->cap];
        pthread_mutex_unlock(&p->mu);
        s->rc = eg_extract(&s->r, s->text, s->len, &p->c->opts);
        if (s->rc) snprintf(s->err, sizeof s->err, "%s", eg_error_last());
        pthread_mutex_lock(&p->mu);
        s->done = 1;
        if (!p->merging) pipeline_merge(p);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int eg_pipeline_new(eg_pipeline **out, eg_corpus *c, int jobs)
{
    *out = NULL;
    eg_pipeline *p = calloc(1, sizeof *p);
    if (!p) return eg_error_set(EG_ENOMEM, "out of memory");
    p->c = c;
    p->jobs = jobs < 1 ? 1 : jobs;
    *out = p;
    if (p->jobs == 1) return 0;
    /* the lexicon is loaded once here, not raced for by the workers */
    int rc = eg_lexicon_init();
    if (rc) return rc;
    /* enough documents in flight that the workers rarely wait for the in-order merge */
    p->cap = EG_PIPELINE_DOCS_PER_JOB * (size_t)p->jobs;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->th = calloc((size_t)p->jobs, sizeof *p->th);
    if (!p->ring || !p->th) return eg_error_set(EG_ENOMEM, "out of memory");
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->space, NULL);
    for (int i = 0; i < p->jobs; i++) {
        if (pthread_create(&p->th[i], NULL, pipeline_worker, p)) {
            if (i == 0) return eg_error_set(EG_EIO, "cannot start a worker thread");
            break; /* run with the threads we have */
        }
        p->nthreads++;
    }
    return 0;
}

/* The first error of a worker, recorded on this thread; called with p->mu held. */
static int pipeline_error(const eg_pipeline *p)
{
    return eg_error_set(p->err, "%s", p->errmsg);
}

int eg_pipeline_add(eg_pipeline *p, const eg_doc *doc)
{
    if (p->jobs == 1) return eg_corpus_add(p->c, doc);
    pthread_mutex_lock(&p->mu);
    /* wait while the queue is full, by count or by bytes (one document always fits) */
    if (p->tail - p->head == p->cap || p->inflight + doc->len > EG_PIPELINE_MAX_BYTES) {
        /* full: sleep until the workers have merged half of it (fewer wake-ups) */
        p->waiting = 1;
        while (!p->err && p->head != p->tail &&
               (p->tail - p->head > p->cap / 2 || p->inflight + doc->len > EG_PIPELINE_MAX_BYTES / 2))
            pthread_cond_wait(&p->space, &p->mu);
        p->waiting = 0;
    }
    int rc = p->err ? pipeline_error(p) : 0;
    pthread_mutex_unlock(&p->mu);
    if (rc) return rc;
    eg_slot *s = &p->ring[p->tail % p->cap]; /* merged and cleared: no worker touches it */
    memset(s, 0, sizeof *s);
    s->id = eg_strdup(doc->id ? doc->id : "-");
    s->date = doc->date ? eg_strdup(doc->date) : NULL;
    s->text = malloc(doc->len + 1);
    if (!s->id || !s->text || (doc->date && !s->date)) { slot_clear(s); return eg_error_set(EG_ENOMEM, "out of memory"); }
    memcpy(s->text, doc->text, doc->len);
    s->text[doc->len] = 0;
    s->len = doc->len;
    pthread_mutex_lock(&p->mu);
    p->inflight += doc->len;
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

int eg_pipeline_finish(eg_pipeline *p)
{
    if (p->jobs == 1) return 0;
    pthread_mutex_lock(&p->mu);
    p->waiting = 1;
    while (!p->err && p->head != p->tail) pthread_cond_wait(&p->space, &p->mu);
    p->waiting = 0;
    int rc = p->err ? pipeline_error(p) : 0;
    pthread_mutex_unlock(&p->mu);
    return rc;
}

size_t eg_pipeline_entities(eg_pipeline *p, size_t *spills)
{
    *spills = 0;
    if (!p) return 0;
    if (p->jobs == 1) {
        eg_spill__stats(p->c, spills, NULL);
        return p->c->nent;
    }
    pthread_mutex_lock(&p->mu);
    size_t n = p->nent;
    *spills = p->spills;
    pthread_mutex_unlock(&p->mu);
    return n;
}

void eg_pipeline_free(eg_pipeline *p)
{
    if (!p) return;
    if (p->nthreads) {
        pthread_mutex_lock(&p->mu);
        p->stop = 1;
        p->tail = p->next; /* drop queued documents that no worker has taken */
        pthread_cond_broadcast(&p->work);
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < p->nthreads; i++) pthread_join(p->th[i], NULL);
    }
    for (size_t i = 0; p->ring && i < p->cap; i++) slot_clear(&p->ring[i]);
    if (p->ring) {
        pthread_mutex_destroy(&p->mu);
        pthread_cond_destroy(&p->work);
        pthread_cond_destroy(&p->space);
    }
    free(p->ring);
    free(p->th);
    free(p);
}
