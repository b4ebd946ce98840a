/* test_export.c — unit tests for the export stage: JSON, CSV, DOT, SVG and the
 * summary over a small hand-built graph with hostile names.
 * `test_export --write DIR` writes the outputs for tests/check_outputs.py. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cJSON.h>

#include "export.h"
#include "export_gv.h" /* diagnostics capture, tested below */
#include "harness.h"

#define EVIL "Evil \"Quote\" \\ <script>alert(1)</script> & Co\nNew"

static char s_ada[] = "Ada Brightwater", s_ada_id[] = "ada-brightwater";
static char s_evil[] = EVIL, s_evil_id[] = "evil-quote-script-alert-1-script-co-new";
static char s_jose[] = "Jos\xc3\xa9 \xc3\x81lvarez", s_jose_id[] = "jose-alvarez";
static char s_nw[] = "Northwind Holdings", s_nw_id[] = "northwind-holdings";
static char s_port[] = "Port Elster", s_port_id[] = "port-elster";
static char s_alias_formula[] = "=HYPERLINK(\"http://x\",\"y\")", s_alias2[] = "Brightwater";
static char *ada_aliases[] = { s_alias_formula, s_alias2 };
static char s_jose_alias[] = "Pepe, \"the Fixer\"";
static char *jose_aliases[] = { s_jose_alias };
static char s_doc[] = "story-1.txt", s_doc2[] = "-dash.txt", s_date[] = "2024-05-01";
static char s_t1[] = "Ada Brightwater, the lawyer for Jos\xc3\xa9 \xc3\x81lvarez, said \"no comment\".";
static char s_t2[] = "Jos\xc3\xa9 \xc3\x81lvarez criticized " EVIL ", then left.\r\nNext line";
static char s_t3[] = "=cmd|' /C calc'!A0 Northwind Holdings, based in Port Elster";
static char s_t4[] = "Ada Brightwater joined Northwind Holdings.";
static char s_t5[] = "Evil ... Port Elster.";
static char s_window[] = "sentence", s_weight[] = "count";

static eg_evidence ev_ada_jose[] = { { s_doc, s_date, 0, 0, 70, s_t1 } };
static eg_evidence ev_evil_jose[] = { { s_doc, NULL, 3, 200, 290, s_t2 } };
static eg_evidence ev_nw_port[] = { { s_doc2, NULL, 1, 10, 60, s_t3 } };
static eg_evidence ev_ada_nw[] = { { s_doc, s_date, 5, 300, 340, s_t4 } };
static eg_evidence ev_evil_port[] = { { s_doc, s_date, 6, 350, 372, s_t5 } };

/* Nodes: 0 ada, 1 evil, 2 jose, 3 northwind, 4 port. */
static eg_relation rel_ada_jose[] = { { EG_REL_REPRESENTS, 1, 0, 2, 0, 0, ev_ada_jose, 1 } };
static eg_relation rel_evil_jose[] = { { EG_REL_CRITICIZED, 1, 2, 1, 0, 1, ev_evil_jose, 1 } };
static eg_relation rel_ada_nw[] = { { EG_REL_MEMBER_OF, 1, 0, 1, 0, 0, ev_ada_nw, 1 },
                                    { EG_REL_FAMILY, 0, 0, 1, 1, 0, ev_ada_nw, 1 } };
static eg_relation rel_nw_port[] = { { EG_REL_LOCATED_IN, 1, 3, 1, 0, 0, ev_nw_port, 1 } };

static void build(eg_graph *g, eg_node *n, eg_edge *e)
{
    memset(g, 0, sizeof *g);
    memset(n, 0, 5 * sizeof *n);
    memset(e, 0, 6 * sizeof *e);
    n[0] = (eg_node){ s_ada_id, s_ada, EG_PERSON, ada_aliases, 2, 6, 1, 3, 6, 0.6, 0.8, 2.5, 1.0, 0.32, 0.5, 2, 0 };
    n[1] = (eg_node){ s_evil_id, s_evil, EG_ORG, NULL, 0, 2, 1, 2, 3, 0.1, 0.6, 2, 0.5, 0.18, 0, 1, 1 };
    n[2] = (eg_node){ s_jose_id, s_jose, EG_PERSON, jose_aliases, 1, 4, 1, 3, 5, 0.4, 0.7, 2.5, 0.8, 0.22, 0.3, 1, 1 };
    n[3] = (eg_node){ s_nw_id, s_nw, EG_ORG, NULL, 0, 3, 1, 2, 4, 0.2, NAN, 2, 0.6, 0.15, 0, 1, 0 };
    n[4] = (eg_node){ s_port_id, s_port, EG_LOC, NULL, 0, 2, 1, 2, 2, 0, 0.5, 1.5, -0.0, 0.13, 0, 1, 1 };
    e[0] = (eg_edge){ 0, 2, 3, 3, ev_ada_jose, 1, rel_ada_jose, 1 };
    e[1] = (eg_edge){ 1, 2, 2, 2, ev_evil_jose, 1, rel_evil_jose, 1 };
    e[2] = (eg_edge){ 0, 3, 2, 2, ev_ada_nw, 1, rel_ada_nw, 2 };
    e[3] = (eg_edge){ 3, 4, 2, 2, NULL, 0, rel_nw_port, 1 };
    e[4] = (eg_edge){ 1, 4, 1, 1, ev_evil_port, 1, NULL, 0 };
    e[5] = (eg_edge){ 2, 4, 1, 1, NULL, 0, NULL, 0 };
    g->nodes = n;
    g->nnodes = 5;
    g->edges = e;
    g->nedges = 6;
    g->documents = 2;
    g->window = s_window;
    g->weight_scheme = s_weight;
    g->density = 0.6;
    g->modularity = 0.12;
    g->components = 1;
    g->largest_component = 5;
    g->diameter = 2;
    g->communities = 2;
    g->betweenness_exact = 1;
}

/* A tiny RFC 4180 reader: returns the number of records; fields of record
 * `want` are copied into out[] (up to 32, caller frees). */
static int csv_parse(const char *s, int want, char **out, int *nfields)
{
    int rec = 0, field = 0;
    eg_strbuf cur = EG_STRBUF_INIT;
    eg_strbuf_put(&cur, "", 0);
    while (*s) {
        if (*s == '"') {
            for (s++; *s; s++) {
                if (*s == '"' && s[1] == '"') { eg_strbuf_putc(&cur, '"'); s++; }
                else if (*s == '"') { s++; break; }
                else eg_strbuf_putc(&cur, *s);
            }
            continue;
        }
        if (*s == ',' || *s == '\r' || *s == '\n') {
            if (rec == want && field < 32) out[field] = eg_strdup(cur.ptr);
            field++;
            cur.len = 0;
            eg_strbuf_put(&cur, "", 0);
            if (*s == '\r' && s[1] == '\n') s++;
            if (*s != ',') {
                if (rec == want) *nfields = field;
                rec++;
                field = 0;
            }
            s++;
            continue;
        }
        eg_strbuf_putc(&cur, *s++);
    }
    eg_strbuf_free(&cur);
    return rec;
}

static void free_fields(char **f, int n)
{
    for (int i = 0; i < n && i < 32; i++) free(f[i]);
}

static cJSON *get(const cJSON *o, const char *k) { return cJSON_GetObjectItemCaseSensitive(o, k); }

typedef int (*stream_fn)(FILE *f, const eg_graph *g, const char *name);

/* Runs a streaming exporter into memory: its return code, the text in *b. */
static int stream(stream_fn fn, const eg_graph *g, eg_strbuf *b)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) return -100;
    int rc = fn(f, g, "mem");
    if (fclose(f) != 0 && !rc) rc = -101;
    b->len = 0;
    eg_strbuf_put(b, text ? text : "", len);
    free(text);
    return rc;
}

static void test_json(const eg_graph *g)
{
    eg_strbuf b = EG_STRBUF_INIT;
    INT_EQ(stream(eg_export_json, g, &b), 0, "json export");
    cJSON *root = cJSON_Parse(b.ptr);
    OK(root != NULL, "json parses");
    if (!root) { eg_strbuf_free(&b); return; }
    /* streamed item by item, yet what cJSON prints for the whole document */
    char *whole = cJSON_Print(root);
    OK(whole && b.len == strlen(whole) + 1 && strncmp(b.ptr, whole, b.len - 1) == 0 && b.ptr[b.len - 1] == '\n',
       "streamed JSON is cJSON_Print of the document");
    cJSON_free(whole);
    OK(cJSON_IsFalse(get(root, "directed")), "directed false");
    OK(cJSON_IsFalse(get(root, "multigraph")), "multigraph false");
    cJSON *ga = get(root, "graph");
    STR_EQ(cJSON_GetStringValue(get(ga, "generator")), "entgraph " EG_VERSION, "generator");
    STR_EQ(cJSON_GetStringValue(get(ga, "window")), "sentence", "window");
    STR_EQ(cJSON_GetStringValue(get(ga, "betweenness")), "exact", "betweenness exact");
    INT_EQ(cJSON_GetNumberValue(get(ga, "nodes")), 5, "graph.nodes");
    cJSON *nodes = get(root, "nodes"), *links = get(root, "links");
    INT_EQ(cJSON_GetArraySize(nodes), 5, "5 nodes");
    INT_EQ(cJSON_GetArraySize(links), 6, "6 links");
    cJSON *evil = cJSON_GetArrayItem(nodes, 1);
    STR_EQ(cJSON_GetStringValue(get(evil, "label")), EVIL, "evil label round-trips");
    STR_EQ(cJSON_GetStringValue(get(evil, "type")), "ORG", "type name");
    cJSON *ada = cJSON_GetArrayItem(nodes, 0);
    INT_EQ(cJSON_GetArraySize(get(ada, "aliases")), 2, "aliases");
    OK(cJSON_GetNumberValue(get(ada, "pagerank")) == 0.32, "pagerank full precision");
    cJSON *nw = cJSON_GetArrayItem(nodes, 3);
    OK(cJSON_IsNumber(get(nw, "closeness")) && cJSON_GetNumberValue(get(nw, "closeness")) == 0, "NaN -> 0");
    OK(strstr(b.ptr, "-0") == NULL || strstr(b.ptr, "-0.") == NULL, "no negative zero");
    OK(strstr(b.ptr, "nan") == NULL && strstr(b.ptr, "null") == NULL, "no nan/null");
    static const char *const keys[] = { "id", "label", "type", "aliases", "mentions", "documents", "degree",
                                        "strength", "betweenness", "closeness", "harmonic", "eigenvector",
                                        "pagerank", "core", "clustering", "community" };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) OK(get(ada, keys[i]) != NULL, keys[i]);

    cJSON *l1 = cJSON_GetArrayItem(links, 1); /* evil - jose, jose criticized evil */
    STR_EQ(cJSON_GetStringValue(get(l1, "source")), s_evil_id, "link source id");
    STR_EQ(cJSON_GetStringValue(get(l1, "target")), s_jose_id, "link target id");
    cJSON *r = cJSON_GetArrayItem(get(l1, "relations"), 0);
    STR_EQ(cJSON_GetStringValue(get(r, "type")), "criticized", "relation type");
    OK(cJSON_IsTrue(get(r, "directed")), "relation directed");
    STR_EQ(cJSON_GetStringValue(get(r, "source")), s_jose_id, "relation source is the actor");
    STR_EQ(cJSON_GetStringValue(get(r, "target")), s_evil_id, "relation target");
    OK(cJSON_IsTrue(get(r, "hedged")) && cJSON_IsFalse(get(r, "negated")), "hedged/negated bools");
    cJSON *ev = cJSON_GetArrayItem(get(l1, "evidence"), 0);
    OK(get(ev, "date") == NULL, "no date when NULL");
    STR_EQ(cJSON_GetStringValue(get(ev, "text")), s_t2, "evidence text round-trips");
    INT_EQ(cJSON_GetNumberValue(get(ev, "start")), 200, "evidence start");
    cJSON *l0ev = cJSON_GetArrayItem(get(cJSON_GetArrayItem(links, 0), "evidence"), 0);
    STR_EQ(cJSON_GetStringValue(get(l0ev, "date")), s_date, "date when present");
    cJSON *fam = cJSON_GetArrayItem(get(cJSON_GetArrayItem(links, 2), "relations"), 1);
    OK(get(fam, "source") == NULL && cJSON_IsFalse(get(fam, "directed")), "undirected relation has no source");
    OK(cJSON_GetArraySize(get(cJSON_GetArrayItem(links, 5), "relations")) == 0, "co-occurrence link");
    cJSON_Delete(root);
    eg_strbuf_free(&b);
}

static void test_csv(const eg_graph *g)
{
    eg_strbuf b = EG_STRBUF_INIT;
    char *f[32] = { 0 };
    int nf = 0;
    INT_EQ(stream(eg_export_csv_nodes, g, &b), 0, "csv nodes");
    INT_EQ(csv_parse(b.ptr, 2, f, &nf), 6, "header + 5 node rows");
    INT_EQ(nf, 16, "16 node columns");
    STR_EQ(f[1], EVIL, "evil label round-trips in CSV");
    free_fields(f, nf);
    memset(f, 0, sizeof f);
    csv_parse(b.ptr, 1, f, &nf);
    STR_EQ(f[3], "'=HYPERLINK(\"http://x\",\"y\")|Brightwater", "formula alias neutralised");
    STR_EQ(f[0], "ada-brightwater", "id");
    free_fields(f, nf);
    memset(f, 0, sizeof f);
    csv_parse(b.ptr, 3, f, &nf);
    STR_EQ(f[3], "Pepe, \"the Fixer\"", "alias with comma and quotes");
    free_fields(f, nf);
    memset(f, 0, sizeof f);
    csv_parse(b.ptr, 0, f, &nf);
    STR_EQ(f[15], "community", "last header");
    free_fields(f, nf);
    memset(f, 0, sizeof f);

    INT_EQ(stream(eg_export_csv_edges, g, &b), 0, "csv edges");
    INT_EQ(csv_parse(b.ptr, 2, f, &nf), 7, "header + 6 edge rows");
    INT_EQ(nf, 7, "7 edge columns");
    STR_EQ(f[4], "criticized(jose-alvarez->evil-quote-script-alert-1-script-co-new)[hedged]", "relations column");
    OK(f[6] && strncmp(f[6], "story-1.txt:3: ", 15) == 0, "first evidence");
    free_fields(f, nf);
    memset(f, 0, sizeof f);
    csv_parse(b.ptr, 4, f, &nf);
    OK(f[6] && strncmp(f[6], "'-dash.txt:1: =cmd", 18) == 0, "evidence from relation, neutralised");
    STR_EQ(f[5], "0", "evidence_count");
    free_fields(f, nf);
    memset(f, 0, sizeof f);
    csv_parse(b.ptr, 3, f, &nf);
    STR_EQ(f[4], "member_of(ada-brightwater->northwind-holdings);family[negated]", "two relations");
    free_fields(f, nf);
    eg_strbuf_free(&b);
}

static void test_dot(const eg_graph *g)
{
    eg_strbuf b = EG_STRBUF_INIT;
    eg_draw_options o = EG_DRAW_OPTIONS_INIT;
    INT_EQ(eg_export_dot(&b, g, &o), 0, "dot export");
    OK(b.ptr && strncmp(b.ptr, "digraph", 7) == 0, "DOT digraph");
    OK(b.ptr && strstr(b.ptr, "dir=forward"), "dir=forward");
    OK(b.ptr && strstr(b.ptr, "dir=none"), "dir=none");
    OK(b.ptr && strstr(b.ptr, "<TD>represents</TD>"), "relation label");
    OK(b.ptr && strstr(b.ptr, "\"jose-alvarez\" -> \"evil-quote-script-alert-1-script-co-new\""),
       "reversed relation drawn from the actor");
    OK(b.ptr && strstr(b.ptr, "Evil \\\"Quote\\\" \\\\ <script>"), "quotes escaped, backslash doubled");
    OK(b.ptr && !strstr(b.ptr, "Co\nNew"), "newline stripped from label");
    OK(b.ptr && strstr(b.ptr, "layout=neato"), "layout attribute");
    OK(b.ptr && strstr(b.ptr, "Legend"), "legend in DOT");
    OK(b.ptr && strstr(b.ptr, "#56B4E9"), "person fill");
    eg_strbuf_free(&b);

    o.draw_top = 2;
    INT_EQ(eg_export_dot(&b, g, &o), 0, "dot top 2");
    OK(b.ptr && strstr(b.ptr, "ada-brightwater") && strstr(b.ptr, "jose-alvarez") &&
       !strstr(b.ptr, "\tport-elster") && !strstr(b.ptr, "northwind-holdings\t"), "top 2 by pagerank");
    eg_strbuf_free(&b);

    o.draw_top = 0;
    o.layout = "bogus";
    INT_EQ(eg_export_dot(&b, g, &o), EG_EINVAL, "unknown layout rejected");
    OK(strstr(eg_error_last(), "bogus") != NULL, "error names the layout");
    eg_strbuf_free(&b);
}

static void test_svg(const eg_graph *g)
{
    eg_strbuf b = EG_STRBUF_INIT;
    eg_draw_options o = EG_DRAW_OPTIONS_INIT;
    int rc = eg_export_svg(&b, g, &o);
    INT_EQ(rc, 0, "svg export");
    if (rc) fprintf(stderr, "svg: %s\n", eg_error_last());
    OK(b.ptr && strncmp(b.ptr, "<?xml", 5) == 0, "SVG starts with <?xml");
    OK(b.ptr && strstr(b.ptr, "<svg"), "<svg element");
    OK(b.ptr && strstr(b.ptr, "Legend"), "legend");
    OK(b.ptr && !strstr(b.ptr, "<script"), "no script element");
    OK(b.ptr && strstr(b.ptr, "&lt;script&gt;"), "script text escaped");
    OK(b.ptr && strstr(b.ptr, "Jos\xc3\xa9 \xc3\x81lvarez"), "accented label");
    eg_strbuf_free(&b);

    static const char *const layouts[] = { "circo", "dot", "fdp", "sfdp" };
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++) {
        o.layout = layouts[i];
        rc = eg_export_svg(&b, g, &o);
        INT_EQ(rc, 0, layouts[i]);
        if (rc) fprintf(stderr, "svg %s: %s\n", layouts[i], eg_error_last());
        eg_strbuf_free(&b);
    }

    eg_graph empty;
    memset(&empty, 0, sizeof empty);
    INT_EQ(eg_export_svg(&b, &empty, NULL), 0, "empty graph svg");
    OK(b.ptr && strstr(b.ptr, "<svg"), "empty graph still an SVG");
    eg_strbuf_free(&b);
    INT_EQ(stream(eg_export_json, &empty, &b), 0, "empty graph json");
    cJSON *root = cJSON_Parse(b.ptr);
    char *whole = root ? cJSON_Print(root) : NULL;
    OK(whole && b.len == strlen(whole) + 1 && strncmp(b.ptr, whole, b.len - 1) == 0,
       "empty graph: streamed JSON is cJSON_Print of the document");
    cJSON_free(whole);
    cJSON_Delete(root);
    eg_strbuf_free(&b);
}

static void test_summary(const eg_graph *g)
{
    eg_strbuf b = EG_STRBUF_INIT;
    INT_EQ(eg_export_summary(&b, g, 3), 0, "summary");
    OK(b.ptr && strncmp(b.ptr, "entgraph: 5 nodes, 6 edges, 2 documents, 2 communities\n", 55) == 0, "counts line");
    OK(b.ptr && strstr(b.ptr, "Top actors by degree:\n  1. Ada Brightwater (PERSON)"), "top by degree");
    OK(b.ptr && strstr(b.ptr, "Top actors by betweenness:\n  1. Ada Brightwater"), "top by betweenness");
    OK(b.ptr && !strstr(b.ptr, "  4. "), "top limits the list");
    eg_strbuf_free(&b);
    INT_EQ(eg_export_summary(&b, g, 0), 0, "summary, default length");
    OK(b.ptr && strstr(b.ptr, "  5. "), "all five listed");
    OK(b.ptr && strstr(b.ptr, "Co New"), "label on one line");
    eg_strbuf_free(&b);
}

static void test_gv_errors(void)
{
    eg_export__gv_errors_begin();
    agerr(AGWARN, "%s\n", "first a warning");
    agerr(AGERR, "layout %s failed\n", "x");
    agerr(AGERR, "%s\n", "a later error");
    STR_EQ(eg_export__gv_last_error(), "Error: layout x failed", "first Graphviz error captured whole");
    eg_export__gv_errors_end();
}

static void test_names(void)
{
    STR_EQ(eg_etype_name(EG_LOC), "LOC", "etype name");
    STR_EQ(eg_reltype_name(EG_REL_COMMUNICATED_WITH), "communicated_with", "reltype name");
    INT_EQ(eg_reltype_directed(EG_REL_FAMILY), 0, "family undirected");
    INT_EQ(eg_reltype_directed(EG_REL_MET_WITH), 0, "met_with undirected");
    INT_EQ(eg_reltype_directed(EG_REL_LOCATED_IN), 1, "located_in directed");
    int ndir = 0;
    for (int t = 0; t < EG_NRELTYPES; t++) ndir += eg_reltype_directed((eg_reltype)t);
    INT_EQ(ndir, 8, "eight directed types");
}

/* Write errors: a full device is EG_EIO naming the output, not a silent success. */
static void test_write_errors(const eg_graph *g)
{
    static const stream_fn fns[] = { eg_export_json, eg_export_csv_nodes, eg_export_csv_edges };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        static char small[64];
        FILE *f = fopen("/dev/full", "w");
        if (!f) return; /* no /dev/full here */
        setvbuf(f, small, _IOFBF, sizeof small); /* fail during the export, not at fclose */
        INT_EQ(fns[i](f, g, "full.out"), EG_EIO, "write to a full device");
        OK(strstr(eg_error_last(), "full.out: write failed") != NULL, "write error names the output");
        fclose(f);
    }
}

/* Count the entries of dir whose name starts with prefix. */
static int count_prefixed(const char *dir, const char *prefix)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    int n = 0;
    while (d && (de = readdir(d)))
        n += strncmp(de->d_name, prefix, strlen(prefix)) == 0;
    if (d) closedir(d);
    return n;
}

static void test_outfile(void)
{
    char dir[] = "/tmp/eg_outfile.XXXXXX", path[64], buf[16] = { 0 };
    if (!mkdtemp(dir)) { OK(0, "mkdtemp"); return; }
    snprintf(path, sizeof path, "%s/out.txt", dir);
    FILE *f = fopen(path, "w");
    fputs("old", f);
    fclose(f);

    eg_outfile o = EG_OUTFILE_INIT;
    INT_EQ(eg_outfile_open(&o, path), 0, "outfile open");
    fputs("half", o.f);
    INT_EQ(count_prefixed(dir, "out.txt.tmp"), 1, "written to a temporary beside the target");
    eg_outfile_discard(&o);
    f = fopen(path, "r");
    OK(f && fgets(buf, sizeof buf, f) && strcmp(buf, "old") == 0, "discard leaves the old file");
    if (f) fclose(f);
    INT_EQ(count_prefixed(dir, "out.txt.tmp"), 0, "discard removes the temporary");

    INT_EQ(eg_outfile_open(&o, path), 0, "outfile open again");
    fputs("new", o.f);
    INT_EQ(eg_outfile_close(&o), 0, "outfile close");
    f = fopen(path, "r");
    OK(f && fgets(buf, sizeof buf, f) && strcmp(buf, "old") == 0, "closed but not committed: old file");
    if (f) fclose(f);
    INT_EQ(eg_outfile_commit(&o), 0, "outfile commit");
    eg_outfile_discard(&o); /* no-op after commit */
    f = fopen(path, "r");
    OK(f && fgets(buf, sizeof buf, f) && strcmp(buf, "new") == 0, "commit replaces the file");
    if (f) fclose(f);
    INT_EQ(count_prefixed(dir, "out.txt.tmp"), 0, "no temporary after commit");

    INT_EQ(eg_outfile_open(&o, dir), EG_EIO, "a directory is not an output");
    snprintf(path, sizeof path, "%s/none/x.txt", dir);
    INT_EQ(eg_outfile_open(&o, path), EG_EIO, "missing directory");
    OK(strstr(eg_error_last(), "x.txt: cannot create") != NULL, "error names the output");

    snprintf(path, sizeof path, "%s/out.txt", dir);
    unlink(path);
    rmdir(dir);
}

static int write_all(const char *dir, const eg_graph *g)
{
    static const char *const names[] = { "graph.json", "graph.dot", "graph.svg", "nodes.csv", "edges.csv", "summary.txt" };
    for (int i = 0; i < 6; i++) {
        eg_strbuf b = EG_STRBUF_INIT;
        eg_outfile o = EG_OUTFILE_INIT;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        int rc = eg_outfile_open(&o, path);
        if (!rc) {
            switch (i) {
            case 0: rc = eg_export_json(o.f, g, path); break;
            case 1: rc = eg_export_dot(&b, g, NULL); break;
            case 2: rc = eg_export_svg(&b, g, NULL); break;
            case 3: rc = eg_export_csv_nodes(o.f, g, path); break;
            case 4: rc = eg_export_csv_edges(o.f, g, path); break;
            default: rc = eg_export_summary(&b, g, 10); break;
            }
        }
        if (!rc && b.len) fwrite(b.ptr, 1, b.len, o.f);
        if (!rc) rc = eg_outfile_commit(&o);
        eg_outfile_discard(&o);
        eg_strbuf_free(&b);
        if (rc) {
            fprintf(stderr, "test_export: %s: %s\n", names[i], eg_error_last());
            return 1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    eg_graph g;
    eg_node n[5];
    eg_edge e[6];
    build(&g, n, e);
    if (argc == 3 && strcmp(argv[1], "--write") == 0) return write_all(argv[2], &g);
    test_names();
    test_gv_errors();
    test_json(&g);
    test_csv(&g);
    test_dot(&g);
    test_svg(&g);
    test_summary(&g);
    test_write_errors(&g);
    test_outfile();
    return TEST_RESULT();
}
