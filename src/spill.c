/* spill.c — bounded memory for extract and merge (an external merge sort).
 *
 * When the corpus's tables pass their budget, the entities (sorted by key) and then
 * the edges (sorted by their entities' key pair) are written to a temporary run
 * file, and both tables are emptied. The partial-graph writer reads the runs back
 * in key order (a k-way merge over a heap), entities first and edges second,
 * combining the records of one key exactly as merge does (counts summed, bounded
 * sets unioned, records of one key taken in run order), so the output is the same
 * bytes as a run that never spilled. Memory then follows the budget, not the
 * number of entities. Runs are binary, native-endian and private to the process:
 * each file is unlinked as soon as it is created, so nothing is left behind
 * however the run ends. */
#define _POSIX_C_SOURCE 200809L
#include "spill.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

#define RUN_BUFSIZE (256 * 1024) /* stdio buffer per run file */

typedef struct run {
    FILE *f;
    char *buf;                   /* f's stdio buffer */
    size_t nent, nedge;          /* records in the entity section, then the edge section */
    long edge_off;               /* where the edge section starts */
    size_t left;                 /* records left in the section being read */
    int level;                   /* 0: a flush of the tables; L + 1: EG_SPILL_FANIN runs of level L merged */
    eg_strbuf ka, kb, body;      /* the current record (keys NUL-terminated; kb empty for an entity) */
    int live;                    /* a current record is loaded */
} run;

struct eg_spill {
    size_t budget;
    char *dir;
    run *runs;
    size_t nruns, capruns;
    size_t spills;               /* flushes of the tables */
    unsigned long long bytes;    /* bytes written to runs */
};

static const char *tmp_dir(const eg_spill *s)
{
    if (s->dir && s->dir[0]) return s->dir;
    const char *t = getenv("TMPDIR");
    return t && t[0] ? t : "/tmp";
}

int eg_corpus_set_spill(eg_corpus *c, size_t budget, const char *dir)
{
    eg_spill *s = calloc(1, sizeof *s);
    if (!s || (dir && !(s->dir = eg_strdup(dir)))) {
        free(s);
        return eg_error_set(EG_ENOMEM, "out of memory");
    }
    s->budget = budget;
    eg_spill_free(c->spill);
    c->spill = s;
    return 0;
}

static void run_close(run *r)
{
    if (r->f) fclose(r->f);
    free(r->buf);
    eg_strbuf_free(&r->ka);
    eg_strbuf_free(&r->kb);
    eg_strbuf_free(&r->body);
    memset(r, 0, sizeof *r);
}

void eg_spill_free(eg_spill *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->nruns; i++) run_close(&s->runs[i]);
    free(s->runs);
    free(s->dir);
    free(s);
}

size_t eg_spill__runs(const eg_corpus *c) { return c->spill ? c->spill->nruns : 0; }

void eg_spill__stats(const eg_corpus *c, size_t *spills, unsigned long long *bytes)
{
    *spills = c->spill ? c->spill->spills : 0;
    if (bytes) *bytes = c->spill ? c->spill->bytes : 0;
}

static int io_error(const eg_spill *s, const char *what)
{
    return eg_error_set(EG_EIO, "%s: temporary file %s failed: %s (set TMPDIR to a directory with more room, or raise --memory)",
                        tmp_dir(s), what, strerror(errno ? errno : EIO));
}

/* A new run file, already unlinked, open for writing and reading back. */
static int run_new(eg_spill *s, run *r)
{
    memset(r, 0, sizeof *r);
    const char *dir = tmp_dir(s);
    size_t n = strlen(dir) + sizeof "/entgraph-spill-XXXXXX";
    char *path = malloc(n);
    if (!path || !(r->buf = malloc(RUN_BUFSIZE))) {
        free(path);
        return eg_error_set(EG_ENOMEM, "out of memory");
    }
    snprintf(path, n, "%s/entgraph-spill-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd < 0) {
        int e = errno;
        free(path);
        free(r->buf);
        r->buf = NULL;
        return eg_error_set(EG_EIO, "%s: cannot create a temporary file: %s (set TMPDIR to a writable directory)", dir, strerror(e));
    }
    unlink(path);
    free(path);
    r->f = fdopen(fd, "w+b");
    if (!r->f) {
        int rc = io_error(s, "open");
        close(fd);
        free(r->buf);
        r->buf = NULL;
        return rc;
    }
    setvbuf(r->f, r->buf, _IOFBF, RUN_BUFSIZE);
    return 0;
}

/* ---- records: [u32 len][key a][u32 len][key b][u32 len][body], key a < key b ---- */

static void put_u32(eg_strbuf *b, uint32_t v) { eg_strbuf_put(b, (const char *)&v, sizeof v); }
static void put_i32(eg_strbuf *b, int v) { eg_strbuf_put(b, (const char *)&v, sizeof v); }
static void put_u64(eg_strbuf *b, uint64_t v) { eg_strbuf_put(b, (const char *)&v, sizeof v); }

static void put_str(eg_strbuf *b, const char *s)
{
    size_t n = strlen(s);
    put_u32(b, (uint32_t)n);
    eg_strbuf_put(b, s, n);
}

static void put_evidence(eg_strbuf *b, const eg_evidence *ev, size_t nev)
{
    put_u32(b, (uint32_t)nev);
    for (size_t i = 0; i < nev; i++) {
        put_str(b, ev[i].doc);
        eg_strbuf_putc(b, ev[i].date ? 1 : 0);
        if (ev[i].date) put_str(b, ev[i].date);
        put_i32(b, ev[i].sentence);
        put_u64(b, ev[i].start);
        put_u64(b, ev[i].end);
        put_str(b, ev[i].text);
    }
}

/* The body of edge e, whose first key is the entity `first`. */
static void put_edge(eg_strbuf *b, const eg_cedge *e, int first)
{
    put_i32(b, e->count);
    put_evidence(b, e->ev, e->nev);
    put_u32(b, (uint32_t)e->nrels);
    for (size_t t = 0; t < e->nrels; t++) {
        const eg_crel *r = &e->rels[t];
        put_i32(b, r->type);
        eg_strbuf_putc(b, (char)(r->source < 0 ? 0 : r->source == first ? 1 : 2));
        put_i32(b, r->count);
        put_i32(b, r->negated);
        put_i32(b, r->hedged);
        put_evidence(b, r->ev, r->nev);
    }
}

/* The body of entity e: label forms in their order, votes, evidence bits, aliases, counts. */
static void put_entity(eg_strbuf *b, const eg_cent *e)
{
    put_u32(b, (uint32_t)e->nforms);
    for (size_t k = 0; k < e->nforms; k++) {
        put_str(b, e->forms[k]);
        put_i32(b, e->form_mentions[k]);
    }
    for (int t = 0; t < EG_NTYPES; t++) put_i32(b, e->votes[t]);
    put_u32(b, e->evidence);
    put_u32(b, (uint32_t)e->naliases);
    for (size_t k = 0; k < e->naliases; k++) {
        put_str(b, e->aliases[k]);
        put_str(b, e->reasons[k]);
    }
    put_i32(b, e->mentions);
    put_i32(b, e->documents);
    put_i32(b, e->windows);
}

/* Append one record to r->f. */
static int write_record(eg_spill *s, run *r, const char *ka, const char *kb, const eg_strbuf *body)
{
    size_t lka = strlen(ka), lkb = strlen(kb);
    if (body->len > UINT32_MAX || lka > UINT32_MAX || lkb > UINT32_MAX)
        return eg_error_set(EG_ENOMEM, "%s: a record of over 4 GB cannot be spilled (lower --max-evidence or raise --memory)", tmp_dir(s));
    uint32_t la = (uint32_t)lka, lb = (uint32_t)lkb, n = (uint32_t)body->len;
    errno = 0;
    if (fwrite(&la, sizeof la, 1, r->f) != 1 || fwrite(ka, 1, la, r->f) != la || fwrite(&lb, sizeof lb, 1, r->f) != 1 ||
        fwrite(kb, 1, lb, r->f) != lb || fwrite(&n, sizeof n, 1, r->f) != 1 || (n && fwrite(body->ptr, 1, n, r->f) != n))
        return io_error(s, "write");
    s->bytes += 12ull + la + lb + n;
    return 0;
}

static int read_field(FILE *f, eg_strbuf *b)
{
    uint32_t n;
    if (fread(&n, sizeof n, 1, f) != 1) return -1;
    if (b->cap < (size_t)n + 1) {
        char *p = realloc(b->ptr, (size_t)n + 1);
        if (!p) return -2;
        b->ptr = p;
        b->cap = (size_t)n + 1;
    }
    if (n && fread(b->ptr, 1, n, f) != n) return -1;
    b->len = n;
    b->ptr[n] = '\0';
    return 0;
}

/* Load the next record of the section being read; r->live is 0 at its end. */
static int run_next(eg_spill *s, run *r)
{
    if (!r->left) {
        r->live = 0;
        return 0;
    }
    r->left--;
    int rc = read_field(r->f, &r->ka);
    if (!rc) rc = read_field(r->f, &r->kb);
    if (!rc) rc = read_field(r->f, &r->body);
    if (rc == -2) return eg_error_set(EG_ENOMEM, "out of memory");
    if (rc) return io_error(s, "read (truncated record)");
    r->live = 1;
    return 0;
}

/* ---- flush: the tables → one sorted run ---- */

typedef struct keyed {
    const char *lo, *hi;
    size_t item;
    int first; /* an edge's entity index of lo */
} keyed;

static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    int d = strcmp(a->lo, b->lo);
    return d ? d : strcmp(a->hi, b->hi);
}

static void clear_tables(eg_corpus *c)
{
    for (size_t i = 0; i < c->nedge; i++) eg_corpus__free_edge(&c->edge[i]);
    c->nedge = 0;
    eg_u64map_free(&c->edgemap);
    for (size_t i = 0; i < c->nent; i++) eg_corpus__free_entity(&c->ent[i]);
    c->nent = 0;
    eg_strmap_free(&c->entmap);
    c->table_bytes = 0;
}

static int add_run(eg_spill *s, run **out)
{
    if (s->nruns == s->capruns) {
        size_t cap = s->capruns ? 2 * s->capruns : 16;
        run *p = realloc(s->runs, cap * sizeof *p);
        if (!p) return eg_error_set(EG_ENOMEM, "out of memory");
        s->runs = p;
        s->capruns = cap;
    }
    run *r = &s->runs[s->nruns];
    int rc = run_new(s, r);
    if (rc) return rc;
    s->nruns++;
    *out = r;
    return 0;
}

/* Write entities [0, nent) or edges [0, nedge) of c, in key order, to r (sorted: the tables
 * are in key order already, as a merge loads them). */
static int write_section(eg_spill *s, run *r, const eg_corpus *c, int edges, int sorted)
{
    size_t n = edges ? c->nedge : c->nent;
    keyed *k = malloc((n ? n : 1) * sizeof *k);
    if (!k) return eg_error_set(EG_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        if (!edges) {
            k[i] = (keyed){c->ent[i].key, "", i, 0};
            continue;
        }
        const eg_cedge *e = &c->edge[i];
        const char *ka = c->ent[e->a].key, *kb = c->ent[e->b].key;
        int swap = strcmp(ka, kb) > 0;
        k[i] = (keyed){swap ? kb : ka, swap ? ka : kb, i, swap ? e->b : e->a};
    }
    if (!sorted) qsort(k, n, sizeof *k, cmp_keyed);
    eg_strbuf body = EG_STRBUF_INIT;
    int rc = 0;
    for (size_t i = 0; !rc && i < n; i++) {
        body.len = 0;
        if (edges) put_edge(&body, &c->edge[k[i].item], k[i].first);
        else put_entity(&body, &c->ent[k[i].item]);
        if (body.oom) rc = eg_error_set(EG_ENOMEM, "out of memory");
        else rc = write_record(s, r, k[i].lo, k[i].hi, &body);
    }
    eg_strbuf_free(&body);
    free(k);
    return rc;
}

static int compact(eg_corpus *c);

/* Fill run r: the entity section, then the edge section, each written by section(edges, arg);
 * the edge section's offset is kept and the file flushed. */
static int fill_run(eg_spill *s, run *r, int (*section)(int edges, void *arg), void *arg)
{
    int rc = section(0, arg);
    errno = 0;
    if (!rc && (r->edge_off = ftell(r->f)) < 0) rc = io_error(s, "seek");
    if (!rc) rc = section(1, arg);
    errno = 0;
    if (!rc && fflush(r->f) != 0) rc = io_error(s, "write");
    return rc;
}

typedef struct fctx {
    eg_spill *s;
    run *r;
    eg_corpus *c;
} fctx;

static int table_section(int edges, void *arg)
{
    fctx *x = arg;
    return write_section(x->s, x->r, x->c, edges, 0);
}

int eg_spill__flush(eg_corpus *c)
{
    eg_spill *s = c->spill;
    if (!s || (!c->nent && !c->nedge)) return 0;
    run *r = NULL;
    int rc = add_run(s, &r);
    if (rc) return rc;
    fctx x = {s, r, c};
    if ((rc = fill_run(s, r, table_section, &x))) return rc;
    r->nent = c->nent;
    r->nedge = c->nedge;
    s->spills++;
    clear_tables(c);
    return compact(c);
}

int eg_spill__maybe(eg_corpus *c)
{
    if (!c->spill || !c->spill->budget || c->table_bytes <= c->spill->budget) return 0;
    return eg_spill__flush(c);
}

/* ---- merge: runs → edges in key-pair order ---- */

typedef struct rdctx {
    eg_corpus *c;
    const char *p, *end;
    char *doc, *date; /* the last document id and date read, shared by the next items */
} rdctx;

static int get_bytes(rdctx *x, void *out, size_t n)
{
    if ((size_t)(x->end - x->p) < n) return -1;
    memcpy(out, x->p, n);
    x->p += n;
    return 0;
}

/* A string field: *s points into the body, *n its length. */
static int get_str(rdctx *x, const char **s, uint32_t *n)
{
    if (get_bytes(x, n, sizeof *n) || (size_t)(x->end - x->p) < *n) return -1;
    *s = x->p;
    x->p += *n;
    return 0;
}

static int get_evidence(rdctx *x, eg_evidence **ev, size_t *nev)
{
    uint32_t n;
    if (get_bytes(x, &n, sizeof n)) return -1;
    for (uint32_t i = 0; i < n; i++) {
        const char *doc, *date = NULL, *text;
        uint32_t ld, lt, ldate = 0;
        char hasdate;
        eg_evidence e;
        memset(&e, 0, sizeof e);
        uint64_t start, end;
        if (get_str(x, &doc, &ld) || get_bytes(x, &hasdate, 1) || (hasdate && get_str(x, &date, &ldate)) ||
            get_bytes(x, &e.sentence, sizeof e.sentence) || get_bytes(x, &start, sizeof start) ||
            get_bytes(x, &end, sizeof end) || get_str(x, &text, &lt))
            return -1;
        e.doc = eg_rcstr_shared(&x->doc, doc, ld);
        e.date = hasdate ? eg_rcstr_shared(&x->date, date, ldate) : NULL;
        e.start = (size_t)start;
        e.end = (size_t)end;
        e.text = eg_rcstr_new(text, lt);
        if (!e.doc || (hasdate && !e.date) || !e.text) { eg_evidence_clear(&e); return -2; }
        if (eg_evidence__insert(ev, nev, x->c->opts.max_evidence, &e)) return -2;
    }
    return 0;
}

/* Combine the run's current edge record into c's edge of its key pair; its entities
 * are found, or made as bare keys, in c's entity table. */
static int load_edge(rdctx *x, const run *r)
{
    eg_corpus *c = x->c;
    int a, b;
    if (eg_corpus__entity(c, r->ka.ptr, &a) || eg_corpus__entity(c, r->kb.ptr, &b)) return -2;
    if (a == b) return -1;
    eg_cedge *e;
    if (eg_corpus__edge(c, a, b, &e)) return -2;
    x->p = r->body.ptr;
    x->end = r->body.ptr + r->body.len;
    int count, rc;
    uint32_t nrels;
    if (get_bytes(x, &count, sizeof count)) return -1;
    e->count += count;
    if ((rc = get_evidence(x, &e->ev, &e->nev))) return rc;
    if (get_bytes(x, &nrels, sizeof nrels)) return -1;
    for (uint32_t t = 0; t < nrels; t++) {
        int type, cnt, neg, hed;
        char dir;
        if (get_bytes(x, &type, sizeof type) || get_bytes(x, &dir, 1) || get_bytes(x, &cnt, sizeof cnt) ||
            get_bytes(x, &neg, sizeof neg) || get_bytes(x, &hed, sizeof hed) || type < 0 || type >= EG_NRELTYPES)
            return -1;
        eg_crel *rel = eg_corpus__rel(c, e, type, dir == 0 ? -1 : dir == 1 ? a : b, dir == 0 ? -1 : dir == 1 ? b : a);
        if (!rel) return -2;
        rel->count += cnt;
        rel->negated += neg;
        rel->hedged += hed;
        if ((rc = get_evidence(x, &rel->ev, &rel->nev))) return rc;
    }
    return x->p == x->end ? 0 : -1;
}

/* A string field copied into buf (NUL-terminated). */
static int get_cstr(rdctx *x, eg_strbuf *buf)
{
    const char *s;
    uint32_t n;
    if (get_str(x, &s, &n)) return -1;
    buf->len = 0;
    eg_strbuf_put(buf, s, n);
    return buf->oom || !buf->ptr ? -2 : 0;
}

/* Combine the run's current entity record into c's entity of its key. */
static int load_entity(rdctx *x, const run *r)
{
    eg_corpus *c = x->c;
    int idx, rc = 0;
    if (eg_corpus__entity(c, r->ka.ptr, &idx)) return -2;
    eg_cent *e = &c->ent[idx];
    x->p = r->body.ptr;
    x->end = r->body.ptr + r->body.len;
    eg_strbuf f = EG_STRBUF_INIT, g = EG_STRBUF_INIT;
    uint32_t n, bits;
    int v, votes[EG_NTYPES], counts[3];
    if (get_bytes(x, &n, sizeof n)) return -1;
    for (uint32_t k = 0; !rc && k < n; k++) {
        if (!(rc = get_cstr(x, &f)) && !(rc = get_bytes(x, &v, sizeof v)) && eg_cent__add_form(e, f.ptr, v, 1)) rc = -2;
    }
    if (!rc && (get_bytes(x, votes, sizeof votes) || get_bytes(x, &bits, sizeof bits) || get_bytes(x, &n, sizeof n))) rc = -1;
    for (uint32_t k = 0; !rc && k < n; k++) {
        if (!(rc = get_cstr(x, &f)) && !(rc = get_cstr(x, &g)) && eg_cent__add_alias(e, f.ptr, g.ptr)) rc = -2;
    }
    if (!rc && get_bytes(x, counts, sizeof counts)) rc = -1;
    eg_strbuf_free(&f);
    eg_strbuf_free(&g);
    if (rc) return rc;
    for (int t = 0; t < EG_NTYPES; t++) e->votes[t] += votes[t];
    e->evidence |= bits;
    e->mentions += counts[0];
    e->documents += counts[1];
    e->windows += counts[2];
    return x->p == x->end ? 0 : -1;
}

/* Heap of live runs, smallest key pair first (ties by run index, so the records of
 * one key are combined in the order they were written). */
static int run_less(const eg_spill *s, size_t i, size_t j)
{
    const run *a = &s->runs[i], *b = &s->runs[j];
    int d = strcmp(a->ka.ptr, b->ka.ptr);
    if (!d) d = strcmp(a->kb.ptr, b->kb.ptr);
    return d ? d < 0 : i < j;
}

static void sift_down(const eg_spill *s, size_t *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && run_less(s, h[l], h[m])) m = l;
        if (l + 1 < n && run_less(s, h[l + 1], h[m])) m = l + 1;
        if (m == i) return;
        size_t t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

/* One section of runs [first, nruns) (edges = 0: entities, 1: edges), in key order: the records
 * of one key become one entity or edge of c, whose tables start empty. emit(c, arg)
 * is called when `batch` items are loaded (only between keys) and at the end, and
 * must empty the tables (eg_spill__clear). */
static int merge_section(eg_corpus *c, size_t first, int edges, size_t batch, eg_spill_emit emit, void *arg)
{
    eg_spill *s = c->spill;
    size_t n = 0, *h = malloc((s->nruns ? s->nruns : 1) * sizeof *h);
    rdctx x = {c, NULL, NULL, NULL, NULL};
    int rc = h ? 0 : eg_error_set(EG_ENOMEM, "out of memory");
    for (size_t i = first; !rc && i < s->nruns; i++) {
        run *r = &s->runs[i];
        errno = 0;
        if (fflush(r->f) != 0 || fseek(r->f, edges ? r->edge_off : 0, SEEK_SET) != 0) {
            rc = io_error(s, "seek");
            break;
        }
        r->left = edges ? r->nedge : r->nent;
        if (!(rc = run_next(s, r)) && r->live) h[n++] = i;
    }
    for (size_t i = n; !rc && i-- > 0;) sift_down(s, h, n, i);
    eg_strbuf la = EG_STRBUF_INIT, lb = EG_STRBUF_INIT; /* the key loaded last */
    while (!rc && n) {
        run *r = &s->runs[h[0]];
        if (!la.ptr || strcmp(r->ka.ptr, la.ptr) || strcmp(r->kb.ptr, lb.ptr)) {
            size_t items = edges ? c->nedge : c->nent;
            if (items >= batch && (rc = emit(c, arg))) break;
            la.len = lb.len = 0;
            eg_strbuf_put(&la, r->ka.ptr, r->ka.len);
            eg_strbuf_put(&lb, r->kb.ptr, r->kb.len);
            if (la.oom || lb.oom || !la.ptr || !lb.ptr) { rc = eg_error_set(EG_ENOMEM, "out of memory"); break; }
        }
        int lr = edges ? load_edge(&x, r) : load_entity(&x, r);
        if (lr == -2) rc = eg_error_set(EG_ENOMEM, "out of memory");
        else if (lr) rc = eg_error_set(EG_EIO, "%s: temporary file holds a corrupt record", tmp_dir(s));
        if (rc || (rc = run_next(s, r))) break;
        if (r->live) sift_down(s, h, n, 0);
        else {
            h[0] = h[--n];
            sift_down(s, h, n, 0);
        }
    }
    eg_strbuf_free(&la);
    eg_strbuf_free(&lb);
    if (!rc && (c->nent || c->nedge)) rc = emit(c, arg);
    eg_rcstr_unref(x.doc);
    eg_rcstr_unref(x.date);
    free(h);
    return rc;
}

static void close_runs(eg_spill *s)
{
    for (size_t i = 0; i < s->nruns; i++) run_close(&s->runs[i]);
    s->nruns = 0;
}

void eg_spill__clear(eg_corpus *c) { clear_tables(c); }

/* ---- compaction: the newest runs of one level → one run of the next, so open files stay
 * few and each record is rewritten only once per level (a tiered merge, as in log-structured
 * stores). Runs stay in the order they were written: older runs come first and have the same or
 * a higher level, so the newest EG_SPILL_FANIN runs of a level are the tail of the list. ---- */

typedef struct cctx {
    eg_corpus *c;
    eg_spill *s;
    run *out;
    size_t first;
    int edges;
} cctx;

/* Append the loaded entities or edges (already in key order) to the new run. */
static int emit_to_run(eg_corpus *c, void *arg)
{
    cctx *x = arg;
    int rc = write_section(x->s, x->out, c, x->edges, 1);
    if (x->edges) x->out->nedge += c->nedge;
    else x->out->nent += c->nent;
    clear_tables(c);
    return rc;
}

static int merged_section(int edges, void *arg)
{
    cctx *x = arg;
    x->edges = edges;
    return merge_section(x->c, x->first, edges, 4096, emit_to_run, x);
}

/* Merge runs [first, nruns) into one run of the given level, which takes their place. */
static int merge_tail(eg_corpus *c, size_t first, int level)
{
    eg_spill *s = c->spill;
    run out;
    int rc = run_new(s, &out);
    if (rc) return rc;
    out.level = level;
    cctx x = {c, s, &out, first, 0};
    if ((rc = fill_run(s, &out, merged_section, &x))) {
        run_close(&out);
        return rc;
    }
    for (size_t i = first; i < s->nruns; i++) run_close(&s->runs[i]);
    s->runs[first] = out;
    s->nruns = first + 1;
    return 0;
}

static int compact(eg_corpus *c)
{
    eg_spill *s = c->spill;
    for (;;) {
        if (!s->nruns) return 0;
        int level = s->runs[s->nruns - 1].level;
        size_t first = s->nruns;
        while (first > 0 && s->runs[first - 1].level == level) first--;
        if (s->nruns - first < EG_SPILL_FANIN) return 0;
        int rc = merge_tail(c, first, level + 1);
        if (rc) return rc;
    }
}

int eg_spill__merge(eg_corpus *c, size_t batch, eg_spill_emit emit_entities, eg_spill_emit emit_edges, void *arg)
{
    int rc = eg_spill__flush(c);
    if (!rc) rc = merge_section(c, 0, 0, batch, emit_entities, arg);
    if (!rc) rc = merge_section(c, 0, 1, batch, emit_edges, arg);
    close_runs(c->spill);
    return rc;
}
