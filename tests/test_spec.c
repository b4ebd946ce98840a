/* test_spec.c — stage tests from spec files: every case in tests/spec/ (*.txt)
 * runs through eg_extract (and eg_run for edge lines); the format is described
 * at the top of each spec file. Usage: test_spec [-v] [FILE.txt [CASE-SUBSTRING]]. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "entgraph.h"
#include "extract.h"
#include "graph.h"

#ifndef EG_SOURCE_DIR
#define EG_SOURCE_DIR ".."
#endif

typedef struct spec_case {
    const char *file;
    int line;             /* line of the ### header */
    char name[256];
    char xfail[256];      /* empty unless marked */
    char *input;          /* owned */
    char **expect;        /* owned lines */
    int *expect_line;
    size_t nexpect;
} spec_case;

static int n_pass, n_fail, n_xfail, n_xpass;
static int verbose;

/* ---- small string helpers ---- */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) s[--n] = 0;
    return s;
}

/* Split "A SEP B" at the first SEP into trimmed a and b (in place); 0 if SEP is missing. */
static int split2(char *s, const char *sep, char **a, char **b)
{
    char *p = strstr(s, sep);
    if (!p) return 0;
    *p = 0;
    *a = trim(s);
    *b = trim(p + strlen(sep));
    return **a && **b;
}

static int reltype_of(const char *s)
{
    for (int t = 0; t < EG_NRELTYPES; t++)
        if (!strcmp(eg_reltype_name((eg_reltype)t), s)) return t;
    return -2;
}

static int etype_of(const char *s)
{
    for (int t = 0; t < EG_NTYPES; t++)
        if (!strcmp(eg_etype_name((eg_etype)t), s)) return t;
    return -1;
}

/* ---- lookups in a document result ---- */

static int ent_alive(const eg_docresult *r, size_t i)
{
    return !r->ent[i].dropped;
}

static int has_alias(const eg_dentity *e, const char *form)
{
    for (size_t k = 0; k < e->naliases; k++)
        if (!strcmp(e->aliases[k], form)) return 1;
    return 0;
}

/* Entity whose label is name, else the one entity having name as an alias; -1 none, -2 ambiguous. */
static int find_ent(const eg_docresult *r, const char *name)
{
    for (size_t i = 0; i < r->nent; i++)
        if (ent_alive(r, i) && !strcmp(r->ent[i].label, name)) return (int)i;
    int found = -1;
    for (size_t i = 0; i < r->nent; i++) {
        if (!ent_alive(r, i) || !has_alias(&r->ent[i], name)) continue;
        if (found >= 0) return -2;
        found = (int)i;
    }
    return found;
}

static void list_entities(const eg_docresult *r, eg_strbuf *b)
{
    eg_strbuf_puts(b, "entities [");
    int first = 1;
    for (size_t i = 0; i < r->nent; i++) {
        if (!ent_alive(r, i)) continue;
        const eg_dentity *e = &r->ent[i];
        eg_strbuf_printf(b, "%s%s %s", first ? "" : "; ", eg_etype_name(e->type), e->label);
        if (e->naliases > 1) {
            eg_strbuf_puts(b, " {");
            int f2 = 1;
            for (size_t k = 0; k < e->naliases; k++) {
                if (!strcmp(e->aliases[k], e->label)) continue;
                eg_strbuf_printf(b, "%s%s", f2 ? "" : ", ", e->aliases[k]);
                f2 = 0;
            }
            eg_strbuf_puts(b, "}");
        }
        first = 0;
    }
    eg_strbuf_puts(b, "]");
}

static void list_relations(const eg_docresult *r, eg_strbuf *b, int typed)
{
    eg_strbuf_puts(b, typed ? "relations [" : "cooc [");
    int first = 1;
    for (size_t i = 0; i < r->nrel; i++) {
        const eg_drel *d = &r->rel[i];
        if (typed != (d->type >= 0)) continue;
        const char *a = r->ent[d->a].label, *c = r->ent[d->b].label;
        if (typed)
            eg_strbuf_printf(b, "%s%s %s -> %s%s%s", first ? "" : "; ", eg_reltype_name((eg_reltype)d->type), a, c,
                             d->negated ? " (negated)" : "", d->hedged ? " (hedged)" : "");
        else
            eg_strbuf_printf(b, "%s%s -- %s", first ? "" : "; ", a, c);
        first = 0;
    }
    eg_strbuf_puts(b, "]");
}

/* Relation records matching type between a and b. want: 0 any, 1 negated, 2 hedged, 3 plain. */
static int rel_match(const eg_docresult *r, int type, int a, int b, int want)
{
    int undirected = type < 0 || !eg_reltype_directed((eg_reltype)type);
    for (size_t i = 0; i < r->nrel; i++) {
        const eg_drel *d = &r->rel[i];
        if (d->type != type) continue;
        int fwd = d->a == a && d->b == b, rev = d->a == b && d->b == a;
        if (!(fwd || (undirected && rev))) continue;
        if (want == 1 && !d->negated) continue;
        if (want == 2 && !d->hedged) continue;
        if (want == 3 && (d->negated || d->hedged)) continue;
        return 1;
    }
    return 0;
}

/* ---- graph lookups (edge lines) ---- */

static long find_node(const eg_graph *g, const char *name)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (!strcmp(g->nodes[i].label, name)) return (long)i;
    for (size_t i = 0; i < g->nnodes; i++)
        for (size_t k = 0; k < g->nodes[i].naliases; k++)
            if (!strcmp(g->nodes[i].aliases[k], name)) return (long)i;
    return -1;
}

static const eg_edge *find_edge(const eg_graph *g, long a, long b)
{
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        if (((long)e->a == a && (long)e->b == b) || ((long)e->a == b && (long)e->b == a)) return e;
    }
    return NULL;
}

/* ---- one expected line ---- */

/* Apply an "options ..." line to o; 0 ok, -1 bad. */
static int parse_options(char *s, eg_options *o)
{
    char *save = NULL;
    for (char *w = strtok_r(s, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        if (!strcmp(w, "window=sentence")) o->window = EG_WINDOW_SENTENCE;
        else if (!strcmp(w, "window=paragraph")) o->window = EG_WINDOW_PARAGRAPH;
        else if (!strcmp(w, "window=document")) o->window = EG_WINDOW_DOCUMENT;
        else if (!strncmp(w, "window=", 7) && atoi(w + 7) > 0) { o->window = EG_WINDOW_SENTENCES; o->window_n = atoi(w + 7); }
        else if (!strcmp(w, "weight=count")) o->weight = EG_WEIGHT_COUNT;
        else if (!strcmp(w, "weight=pmi")) o->weight = EG_WEIGHT_PMI;
        else if (!strcmp(w, "weight=npmi")) o->weight = EG_WEIGHT_NPMI;
        else if (!strcmp(w, "weight=dice")) o->weight = EG_WEIGHT_DICE;
        else if (!strncmp(w, "min_weight=", 11)) o->min_weight = atof(w + 11);
        else return -1;
    }
    return 0;
}

/* Check one expected line. Returns 1 if it holds; otherwise 0 with the reason in why. */
static int check_line(const char *line, const eg_docresult *r, const char *text, eg_graph **g,
                      const spec_case *c, const eg_options *o, eg_strbuf *why)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", line);
    char *sp = strchr(buf, ' ');
    char *kw = buf, *arg = sp ? (*sp = 0, trim(sp + 1)) : buf + strlen(buf);

    if (!strcmp(kw, "sentences")) {
        if ((size_t)atol(arg) == r->tk.nsent) return 1;
        eg_strbuf_printf(why, "%zu sentences", r->tk.nsent);
        return 0;
    }
    if (!strcmp(kw, "token") || !strcmp(kw, "notoken")) {
        size_t al = strlen(arg);
        int found = 0;
        for (size_t i = 0; i < r->tk.ntok && !found; i++)
            found = r->tk.tok[i].len == al && !memcmp(text + r->tk.tok[i].start, arg, al);
        if (found == (kw[0] == 't')) return 1;
        eg_strbuf_puts(why, "tokens [");
        for (size_t i = 0; i < r->tk.ntok && why->len < 600; i++)
            eg_strbuf_printf(why, "%s%.*s", i ? "|" : "", (int)r->tk.tok[i].len, text + r->tk.tok[i].start);
        eg_strbuf_puts(why, "]");
        return 0;
    }
    if (!strcmp(kw, "entity")) {
        char *tname = arg, *label = strchr(arg, ' ');
        if (!label) goto bad;
        *label++ = 0;
        label = trim(label);
        int t = etype_of(tname);
        if (t < 0) goto bad;
        for (size_t i = 0; i < r->nent; i++)
            if (ent_alive(r, i) && !strcmp(r->ent[i].label, label)) {
                if ((int)r->ent[i].type == t) return 1;
                eg_strbuf_printf(why, "%s %s; ", eg_etype_name(r->ent[i].type), label);
                list_entities(r, why);
                return 0;
            }
        list_entities(r, why);
        return 0;
    }
    if (!strcmp(kw, "alias") || !strcmp(kw, "noalias")) {
        char *label, *form;
        int want = kw[0] == 'a';
        if (!split2(arg, "<=", &label, &form)) goto bad;
        for (size_t i = 0; i < r->nent; i++)
            if (ent_alive(r, i) && !strcmp(r->ent[i].label, label)) {
                if (has_alias(&r->ent[i], form) == want) return 1;
                break;
            }
        list_entities(r, why);
        return 0;
    }
    if (!strcmp(kw, "noentity")) {
        if (!*arg) goto bad;
        for (size_t i = 0; i < r->nent; i++)
            if (ent_alive(r, i) && (!strcmp(r->ent[i].label, arg) || has_alias(&r->ent[i], arg))) {
                list_entities(r, why);
                return 0;
            }
        return 1;
    }
    if (!strcmp(kw, "distinct")) {
        char *a, *b;
        if (!split2(arg, "|", &a, &b)) goto bad;
        int ea = find_ent(r, a), eb = find_ent(r, b);
        if (ea >= 0 && eb >= 0 && ea != eb) return 1;
        if (ea >= 0 && ea == eb) eg_strbuf_printf(why, "both are %s; ", r->ent[ea].label);
        list_entities(r, why);
        return 0;
    }
    if (!strcmp(kw, "cooc") || !strcmp(kw, "nocooc")) {
        char *a, *b;
        if (!split2(arg, "--", &a, &b)) goto bad;
        int ea = find_ent(r, a), eb = find_ent(r, b);
        int yes = ea >= 0 && eb >= 0 && rel_match(r, -1, ea, eb, 0);
        if (yes == (kw[0] == 'c')) return 1;
        if (kw[0] == 'c' && (ea < 0 || eb < 0)) list_entities(r, why);
        else list_relations(r, why, 0);
        return 0;
    }
    if (!strcmp(kw, "rel") || !strcmp(kw, "norel") || !strcmp(kw, "negated") || !strcmp(kw, "hedged") ||
        !strcmp(kw, "plain")) {
        char *tname = arg, *rest = strchr(arg, ' ');
        if (!rest) goto bad;
        *rest++ = 0;
        int t = reltype_of(tname);
        char *a, *b;
        if (t < 0 || !split2(rest, "->", &a, &b)) goto bad;
        int want = !strcmp(kw, "negated") ? 1 : !strcmp(kw, "hedged") ? 2 : !strcmp(kw, "plain") ? 3 : 0;
        int ea = find_ent(r, a), eb = find_ent(r, b);
        int yes = ea >= 0 && eb >= 0 && rel_match(r, t, ea, eb, want);
        if (yes == (strcmp(kw, "norel") != 0)) return 1;
        if (strcmp(kw, "norel") && (ea < 0 || eb < 0)) list_entities(r, why);
        else list_relations(r, why, 1);
        return 0;
    }
    if (!strcmp(kw, "edge") || !strcmp(kw, "noedge")) {
        /* edge A -- B count=N | weight=X  (graph built with eg_run over the case text) */
        if (!*g) {
            eg_doc d = { "spec", NULL, c->input, strlen(c->input) };
            if (eg_run(g, &d, 1, o)) {
                eg_strbuf_printf(why, "eg_run failed: %s", eg_error_last());
                return 0;
            }
        }
        char *a, *b, *attr = NULL;
        if (!split2(arg, "--", &a, &b)) goto bad;
        char *eq = strrchr(b, '=');
        if (eq) {
            char *s2 = eq;
            while (s2 > b && s2[-1] != ' ') s2--;
            attr = s2;
            s2[-1] = 0;
            b = trim(b);
        }
        long na = find_node(*g, a), nb = find_node(*g, b);
        const eg_edge *e = na >= 0 && nb >= 0 ? find_edge(*g, na, nb) : NULL;
        if (kw[0] == 'n') {
            if (!e) return 1;
            eg_strbuf_printf(why, "an edge count=%d weight=%g", e->count, e->weight);
            return 0;
        }
        if (!e) {
            eg_strbuf_printf(why, "no edge (nodes %s:%ld %s:%ld, %zu edges)", a, na, b, nb, (*g)->nedges);
            return 0;
        }
        if (!attr) return 1;
        if (!strncmp(attr, "count=", 6)) {
            if (e->count == atoi(attr + 6)) return 1;
        } else if (!strncmp(attr, "weight=", 7)) {
            if (fabs(e->weight - atof(attr + 7)) < 1e-3) return 1;
        } else goto bad;
        eg_strbuf_printf(why, "count=%d weight=%.4f", e->count, e->weight);
        return 0;
    }
bad:
    eg_strbuf_puts(why, "malformed expected line");
    return 0;
}

/* ---- running cases ---- */

static void run_case(spec_case *c)
{
    eg_options o = EG_OPTIONS_INIT;
    size_t first = 0;
    if (c->nexpect && !strncmp(c->expect[0], "options ", 8)) {
        char tmp[512];
        snprintf(tmp, sizeof tmp, "%s", c->expect[0] + 8);
        if (parse_options(tmp, &o)) {
            printf("spec/%s:%d case %s: bad options line\n", c->file, c->expect_line[0], c->name);
            n_fail++;
            return;
        }
        first = 1;
    }
    eg_docresult r;
    eg_graph *g = NULL;
    int failed = 0;
    eg_strbuf msgs = EG_STRBUF_INIT;
    if (eg_extract(&r, c->input, strlen(c->input), &o)) {
        eg_strbuf_printf(&msgs, "spec/%s:%d case %s: eg_extract failed: %s\n", c->file, c->line, c->name, eg_error_last());
        failed = 1;
    } else {
        for (size_t i = first; i < c->nexpect; i++) {
            eg_strbuf why = EG_STRBUF_INIT;
            if (!check_line(c->expect[i], &r, c->input, &g, c, &o, &why)) {
                eg_strbuf_printf(&msgs, "spec/%s:%d case %s: expected %s; got %s\n", c->file, c->expect_line[i], c->name,
                                 c->expect[i], why.len ? why.ptr : "");
                failed = 1;
            }
            eg_strbuf_free(&why);
        }
    }
    eg_docresult_free(&r);
    eg_graph_free(g);
    if (c->xfail[0]) {
        if (failed) {
            n_xfail++;
            if (verbose) printf("xfail spec/%s:%d case %s (%s)\n%s", c->file, c->line, c->name, c->xfail, msgs.ptr ? msgs.ptr : "");
            else printf("xfail spec/%s:%d case %s\n", c->file, c->line, c->name);
        } else {
            n_xpass++;
            printf("XPASS spec/%s:%d case %s: passes now, remove the xfail marker\n", c->file, c->line, c->name);
        }
    } else if (failed) {
        n_fail++;
        fputs(msgs.ptr, stdout);
    } else {
        n_pass++;
    }
    eg_strbuf_free(&msgs);
}

static void free_case(spec_case *c)
{
    free(c->input);
    for (size_t i = 0; i < c->nexpect; i++) free(c->expect[i]);
    free(c->expect);
    free(c->expect_line);
    memset(c, 0, sizeof *c);
}

/* Parse one spec file and run its cases; the case filter (argv) selects by substring of the name. */
static int run_file(const char *dir, const char *fname, const char *filter)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, fname);
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("spec/%s: cannot open\n", fname);
        return -1;
    }
    spec_case c;
    memset(&c, 0, sizeof c);
    int state = 0; /* 0 header text, 1 input, 2 expected */
    int lineno = 0;
    eg_strbuf in = EG_STRBUF_INIT;
    char line[4096];
    int have = 0;
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        if (got) lineno++;
        if (!got || !strncmp(line, "### ", 4)) {
            if (have) {
                /* trim trailing blank lines of the input, end it with one newline */
                while (in.len && in.ptr[in.len - 1] == '\n') in.ptr[--in.len] = 0;
                eg_strbuf_putc(&in, '\n');
                c.input = eg_strbuf_detach(&in);
                if (!filter || strstr(c.name, filter)) run_case(&c);
                free_case(&c);
                have = 0;
            }
            if (!got) break;
            memset(&c, 0, sizeof c);
            c.file = fname;
            c.line = lineno;
            snprintf(c.name, sizeof c.name, "%s", trim(line + 4));
            state = 1;
            have = 1;
            continue;
        }
        if (state == 0) continue;
        if (state == 1) {
            if (!strcmp(line, ".\n") || !strcmp(line, ".")) { state = 2; continue; }
            if (in.len == 0 && !strncmp(line, "# xfail:", 8)) {
                snprintf(c.xfail, sizeof c.xfail, "%s", trim(line + 8));
                continue;
            }
            if (in.len == 0 && trim(line)[0] == 0) continue;
            eg_strbuf_puts(&in, line);
            if (!strchr(line, '\n')) eg_strbuf_putc(&in, '\n');
            continue;
        }
        char *t = trim(line);
        if (!*t || t[0] == '#') continue;
        char **ne = realloc(c.expect, (c.nexpect + 1) * sizeof *ne);
        int *nl = realloc(c.expect_line, (c.nexpect + 1) * sizeof *nl);
        if (ne) c.expect = ne;
        if (nl) c.expect_line = nl;
        if (!ne || !nl) break;
        c.expect[c.nexpect] = eg_strdup(t);
        c.expect_line[c.nexpect++] = lineno;
    }
    free_case(&c);
    eg_strbuf_free(&in);
    fclose(f);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Usage: test_spec [-v] [FILE.txt] [CASE-SUBSTRING] */
int main(int argc, char **argv)
{
    const char *dir = EG_SOURCE_DIR "/tests/spec";
    const char *only = NULL, *filter = NULL;
    int ai = 1;
    if (ai < argc && !strcmp(argv[ai], "-v")) { verbose = 1; ai++; }
    if (ai < argc) only = argv[ai++];
    if (ai < argc) filter = argv[ai++];
    DIR *d = opendir(dir);
    if (!d) {
        printf("cannot open %s\n", dir);
        return 1;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt")) continue;
        if (only && strcmp(de->d_name, only)) continue;
        char **nn = realloc(names, (n + 1) * sizeof *nn);
        if (!nn) break;
        names = nn;
        names[n++] = eg_strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        run_file(dir, names[i], filter);
        free(names[i]);
    }
    free(names);
    printf("%d passed, %d failed, %d xfail, %d XPASS\n", n_pass, n_fail, n_xfail, n_xpass);
    return n_fail ? 1 : 0;
}
