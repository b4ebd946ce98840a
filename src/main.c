/* main.c — the entgraph command: options, input, the run, atomic outputs.
 * Exit 0 on success, 1 on runtime errors, 2 on usage errors. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common.h"
#include "corpus.h"
#include "entgraph.h"
#include "explain.h"
#include "jsonint.h"
#include "export.h"
#include "lexicon.h"
#include "metrics.h"
#include "partial.h"
#include "read.h"
#include "spill.h"

enum {
    OPT_JSON = 256, OPT_DOT, OPT_SVG, OPT_WINDOW, OPT_WEIGHT, OPT_MIN_WEIGHT, OPT_TOP, OPT_DROP_ISOLATES,
    OPT_LENIENT, OPT_ALIASES, OPT_EXPLAIN, OPT_LAYOUT, OPT_SIZE_BY, OPT_DRAW_TOP, OPT_EXACT, OPT_JSONL,
    OPT_ID_FIELD, OPT_TEXT_FIELD, OPT_TITLE_FIELD, OPT_DATE_FIELD, OPT_LEXICON, OPT_MAX_EVIDENCE,
    OPT_SNIPPET, OPT_QUIET, OPT_NODES_CSV, OPT_EDGES_CSV, OPT_SUMMARY_TOP, OPT_JOBS, OPT_TIMINGS, OPT_MEMORY
};

/* One table: getopt_long options and --help text. */
static const struct opt {
    struct option o;
    const char *arg, *help;
} opts[] = {
    {{"out-dir", required_argument, NULL, 'o'}, "DIR", "write graph.dot, graph.svg, graph.json, nodes.csv, edges.csv into DIR (default output/)"},
    {{"json", required_argument, NULL, OPT_JSON}, "PATH", "write only the graph JSON to PATH (- = stdout); combinable with --dot/--svg"},
    {{"dot", required_argument, NULL, OPT_DOT}, "PATH", "write only the DOT file to PATH (- = stdout)"},
    {{"svg", required_argument, NULL, OPT_SVG}, "PATH", "write only the SVG drawing to PATH (- = stdout)"},
    {{"nodes-csv", required_argument, NULL, OPT_NODES_CSV}, "PATH", "write only the node CSV to PATH"},
    {{"edges-csv", required_argument, NULL, OPT_EDGES_CSV}, "PATH", "write only the edge CSV to PATH"},
    {{"explain", required_argument, NULL, OPT_EXPLAIN}, "PATH", "also write per-entity aliases, merge reasons, type evidence and rejected candidates (JSON)"},
    {{"window", required_argument, NULL, OPT_WINDOW}, "W", "co-occurrence window: sentence (default), paragraph, document, or N (±N sentences)"},
    {{"weight", required_argument, NULL, OPT_WEIGHT}, "S", "edge weight: count (default), pmi, npmi, dice"},
    {{"min-weight", required_argument, NULL, OPT_MIN_WEIGHT}, "X", "drop edges whose weight is below X"},
    {{"top", required_argument, NULL, OPT_TOP}, "N", "keep the N most central nodes (by PageRank)"},
    {{"drop-isolates", no_argument, NULL, OPT_DROP_ISOLATES}, NULL, "drop nodes without edges"},
    {{"aliases", required_argument, NULL, OPT_ALIASES}, "FILE", "alias rules (JSON): merge, forbid, drop, types"},
    {{"lexicon", required_argument, NULL, OPT_LEXICON}, "FILE", "extra lexicon entries: lines LIST<TAB>ENTRY[<TAB>VALUE]"},
    {{"layout", required_argument, NULL, OPT_LAYOUT}, "L", "drawing layout: neato, fdp, sfdp, circo, dot (default by size)"},
    {{"size-by", required_argument, NULL, OPT_SIZE_BY}, "M", "node size by pagerank (default), degree, betweenness"},
    {{"draw-top", required_argument, NULL, OPT_DRAW_TOP}, "N", "draw the N most central nodes (default 60, 0 = all); JSON keeps all"},
    {{"exact-betweenness", no_argument, NULL, OPT_EXACT}, NULL, "exact betweenness, closeness, harmonic and diameter above 5,000 nodes (slow)"},
    {{"jsonl", no_argument, NULL, OPT_JSONL}, NULL, "read every input as JSONL (one {\"id\",\"text\",...} object per line)"},
    {{"id-field", required_argument, NULL, OPT_ID_FIELD}, "NAME", "JSONL field with the document id (default id)"},
    {{"text-field", required_argument, NULL, OPT_TEXT_FIELD}, "NAME", "JSONL field with the text (default text)"},
    {{"date-field", required_argument, NULL, OPT_DATE_FIELD}, "NAME", "JSONL field with the date (default date)"},
    {{"title-field", required_argument, NULL, OPT_TITLE_FIELD}, "NAME", "JSONL field with the title (default title)"},
    {{"lenient", no_argument, NULL, OPT_LENIENT}, NULL, "replace invalid UTF-8 with U+FFFD and skip malformed JSONL lines, with a warning"},
    {{"max-evidence", required_argument, NULL, OPT_MAX_EVIDENCE}, "N", "evidence items kept per edge and relation (default 20)"},
    {{"snippet", required_argument, NULL, OPT_SNIPPET}, "N", "bytes of sentence text kept per evidence item (default 300)"},
    {{"summary-top", required_argument, NULL, OPT_SUMMARY_TOP}, "N", "actors listed in the summary (default 10)"},
    {{"jobs", required_argument, NULL, 'j'}, "N", "extract in N threads, path metrics in N processes (default: all cores); same output for every N"},
    {{"memory", required_argument, NULL, OPT_MEMORY}, "MB", "extract and merge: memory for the entity and edge tables before they spill to sorted temporary files in $TMPDIR (default 256; K/G suffixes; 0 = never)"},
    {{"timings", no_argument, NULL, OPT_TIMINGS}, NULL, "print each stage's wall time and the peak RSS so far to stderr"},
    {{"quiet", no_argument, NULL, 'q'}, NULL, "no summary, no warnings and no progress line"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"},
    {{"version", no_argument, NULL, 'V'}, NULL, "show the version and exit"},
};
#define NOPTS (sizeof opts / sizeof opts[0])

static void usage(FILE *f)
{
    fprintf(f, "Usage: entgraph [OPTIONS] [FILE|DIR|-]...\n"
               "       entgraph extract [OPTIONS] [FILE|DIR|-]... > part.jsonl   (map: partial graph on stdout)\n"
               "       entgraph merge [OPTIONS] PART... > merged.jsonl          (reduce: PART may be - and concatenated)\n"
               "       entgraph build [OPTIONS] PART...                         (metrics and outputs from partial graphs)\n"
               "Turn English text into a graph of the people, organisations and places it names.\n"
               "Inputs: files, directories (their .txt and .jsonl files, sorted), or - for stdin (the default).\n"
               "Files that are partial graphs (from extract or merge) are built without the build command.\n\n"
               "Options:\n");
    for (size_t i = 0; i < NOPTS; i++) {
        char left[64];
        const struct opt *o = &opts[i];
        if (o->o.val < 256) snprintf(left, sizeof left, "-%c, --%s%s%s", o->o.val, o->o.name, o->arg ? " " : "", o->arg ? o->arg : "");
        else snprintf(left, sizeof left, "    --%s%s%s", o->o.name, o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(f, "  %-28s %s\n", left, o->help);
    }
    fprintf(f, "\nExit status: 0 success, 1 runtime error, 2 usage error.\n");
}

static int usage_error(const char *fmt, ...) EG_PRINTF(1, 2);
static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "entgraph: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, " (try --help)\n");
    va_end(ap);
    return 2;
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return -1;
    *out = (int)v;
    return 0;
}

/* A size in megabytes, or with a K, M or G suffix (--memory 512, 64K, 2G). */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    int shift = 20;
    if (end != s && (*end == 'K' || *end == 'k')) shift = 10, end++;
    else if (end != s && (*end == 'M' || *end == 'm')) shift = 20, end++;
    else if (end != s && (*end == 'G' || *end == 'g')) shift = 30, end++;
    if (errno || end == s || *end || s[0] == '-' || v > (1ull << 40) >> (shift - 10)) return -1;
    *out = (size_t)(v << shift);
    return 0;
}

typedef struct run {
    eg_corpus *corpus;
    eg_pipeline *pipe;
    int quiet, progress;
    size_t docs;
    unsigned long long consumed, total; /* input bytes read / expected (0 = unknown) */
    double t0, last;
    int shown;
} run;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* --timings: one stderr line per stage with its wall time and the peak RSS so far. */
static int timings;
static double stage_t0;
/* With --timings: how often the tables spilled (extract, merge). */
static void spill_done(const eg_corpus *c)
{
    size_t spills;
    unsigned long long bytes;
    eg_spill__stats(c, &spills, &bytes);
    if (timings && spills)
        fprintf(stderr, "entgraph: timing: spilled its tables %zu times, %.1f MB to temporary files\n", spills, bytes / 1048576.0);
}

static void stage_done(const char *name)
{
    if (!timings) return;
    double t = now();
    struct rusage ru;
    long rss = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : 0;
    fprintf(stderr, "entgraph: timing: %-8s %8.3f s  peak RSS %ld MB\n", name, t - stage_t0, rss / 1024);
    stage_t0 = t;
}

/* One line on a terminal's stderr, rewritten at most 4 times a second. */
static void show_progress(run *r, int final)
{
    double t = now();
    if (!final && t - r->last < 0.25) return;
    r->last = t;
    double mb = (double)r->consumed / 1e6, el = t - r->t0, rate = el > 0 ? mb / el : 0;
    char eta[48] = "";
    if (r->total && r->consumed && r->consumed < r->total && rate > 0 && !final) {
        long s = (long)((double)(r->total - r->consumed) / 1e6 / rate);
        snprintf(eta, sizeof eta, "  ETA %ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    }
    size_t spills = 0, ents;
    if (r->pipe) ents = eg_pipeline_entities(r->pipe, &spills);
    else {
        eg_spill__stats(r->corpus, &spills, NULL);
        ents = r->corpus->nent;
    }
    char sp[48] = "";
    if (spills) snprintf(sp, sizeof sp, " in memory (%zu spills)", spills);
    fprintf(stderr, "\r\033[Kentgraph: %zu documents  %.1f MB  %.1f MB/s  %zu entities%s%s%s", r->docs, mb, rate, ents, sp,
            eta, final ? "\n" : "");
    r->shown = 1;
}

/* Bytes in the inputs, for the ETA (0 when unknown: stdin that is not a file). */
static unsigned long long input_size(char *const *paths, int n)
{
    unsigned long long total = 0;
    struct stat st;
    for (int i = 0; i < n; i++) {
        if (!strcmp(paths[i], "-")) {
            if (fstat(0, &st) || !S_ISREG(st.st_mode)) return 0;
            total += (unsigned long long)st.st_size;
        } else if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            DIR *d = opendir(paths[i]);
            struct dirent *de;
            char p[PATH_MAX];
            while (d && (de = readdir(d))) {
                snprintf(p, sizeof p, "%s/%s", paths[i], de->d_name);
                if (de->d_name[0] != '.' && stat(p, &st) == 0 && S_ISREG(st.st_mode)) total += (unsigned long long)st.st_size;
            }
            if (d) closedir(d);
        } else if (stat(paths[i], &st) == 0) {
            total += (unsigned long long)st.st_size;
        }
    }
    if (n == 0) return fstat(0, &st) == 0 && S_ISREG(st.st_mode) ? (unsigned long long)st.st_size : 0;
    return total;
}

static int on_doc(const eg_doc *d, void *ud)
{
    run *r = ud;
    r->docs++;
    int rc = eg_pipeline_add(r->pipe, d);
    if (r->progress) show_progress(r, 0);
    return rc;
}

/* Read partial graphs (files or - for stdin, possibly concatenated) into the corpus. */
static int read_partials(eg_corpus *c, char *const *paths, int n, int *weight)
{
    eg_partial_state st = EG_PARTIAL_STATE_INIT;
    static char dash[] = "-";
    char *const one[] = {dash};
    if (n == 0) { paths = one; n = 1; }
    for (int i = 0; i < n; i++) {
        int is_stdin = !strcmp(paths[i], "-");
        FILE *f = is_stdin ? stdin : fopen(paths[i], "rb");
        if (!f) return eg_error_set(EG_EIO, "%s: cannot open: %s", paths[i], strerror(errno));
        int rc = eg_partial_read(c, &st, f, is_stdin ? "<stdin>" : paths[i]);
        if (!is_stdin) fclose(f);
        if (rc) return rc;
    }
    if (st.weight_set && weight && *weight < 0) *weight = st.weight;
    return eg_partial_finish(c, &st);
}

static void on_warn(const char *msg, void *ud)
{
    run *r = ud;
    if (!r->quiet) fprintf(stderr, "entgraph: warning: %s\n", msg);
}

enum { OUT_JSON, OUT_DOT, OUT_SVG, OUT_NODES_CSV, OUT_EDGES_CSV, OUT_EXPLAIN, OUT_KINDS };

typedef struct out {
    int kind;
    eg_outfile file;
} out;

/* A signal during the render removes the temporaries (the targets stay as they were),
 * then ends the process as the signal would have. */
static out *sig_outs;
static volatile sig_atomic_t sig_nouts;

static void on_fatal_signal(int sig)
{
    for (sig_atomic_t i = 0; i < sig_nouts; i++)
        if (sig_outs[i].file.tmp) unlink(sig_outs[i].file.tmp);
    signal(sig, SIG_DFL);
    raise(sig); /* (pending until the handler returns: the terminating signals are blocked while it runs) */
}

/* Install on_fatal_signal with sigaction, not signal(): under -std=c11 glibc's signal() has System V
 * semantics (the handler is reset on entry and the signal is not blocked), so a second SIGTERM, such as
 * timeout(1) sends to the child and then to its group, killed the process while the first was still
 * removing the temporaries. Here the three signals are blocked while the handler runs. */
static void catch_fatal_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaddset(&sa.sa_mask, SIGHUP);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

/* Render one output into its open file. JSON, CSV and --explain stream item by
 * item; Graphviz renders the drawings (at most --draw-top nodes) into a buffer. */
static int render(const out *o, const eg_graph *g, const eg_corpus *c, const eg_draw_options *dr)
{
    FILE *f = o->file.f;
    const char *name = o->file.name;
    switch (o->kind) {
    case OUT_JSON: return eg_export_json(f, g, name);
    case OUT_NODES_CSV: return eg_export_csv_nodes(f, g, name);
    case OUT_EDGES_CSV: return eg_export_csv_edges(f, g, name);
    case OUT_EXPLAIN: return eg_explain_json(f, c, g, name);
    default: break;
    }
    eg_strbuf b = EG_STRBUF_INIT;
    int rc = o->kind == OUT_DOT ? eg_export_dot(&b, g, dr) : eg_export_svg(&b, g, dr);
    if (!rc) {
        fwrite(b.ptr ? b.ptr : "", 1, b.len, f);
        rc = eg_export__check(f, name);
    }
    eg_strbuf_free(&b);
    return rc;
}

enum { MODE_RUN, MODE_EXTRACT, MODE_MERGE, MODE_BUILD };

int main(int argc, char **argv)
{
    int mode = MODE_RUN;
    if (argc > 1 && !strcmp(argv[1], "extract")) mode = MODE_EXTRACT;
    else if (argc > 1 && !strcmp(argv[1], "merge")) mode = MODE_MERGE;
    else if (argc > 1 && !strcmp(argv[1], "build")) mode = MODE_BUILD;
    if (mode != MODE_RUN) { argv++; argc--; }
    struct option lo[NOPTS + 1];
    for (size_t i = 0; i < NOPTS; i++) lo[i] = opts[i].o;
    memset(&lo[NOPTS], 0, sizeof lo[NOPTS]);
    signal(SIGPIPE, SIG_IGN); /* a closed pipe is a write error we report, not a silent death */
    eg_json_arena_install();   /* before any thread uses cJSON */

    eg_options o = EG_OPTIONS_INIT;
    eg_draw_options dr = EG_DRAW_OPTIONS_INIT;
    eg_read_options ro = EG_READ_OPTIONS_INIT;
    const char *out_dir = NULL, *json = NULL, *dot = NULL, *svg = NULL, *ncsv = NULL, *ecsv = NULL;
    const char *explain = NULL, *aliases = NULL;
    const char *lexicons[16];
    size_t nlex = 0;
    int quiet = 0, summary_top = 10, weight_set = 0, max_ev_set = 0, memory_set = 0;
    size_t memory = (size_t)EG_DEFAULT_MEMORY_MB << 20;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = ncpu > 0 ? (ncpu > 256 ? 256 : (int)ncpu) : 1;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:j:qhV", lo, NULL)) != -1) {
        switch (c) {
        case 'o': out_dir = optarg; break;
        case OPT_JSON: json = optarg; break;
        case OPT_DOT: dot = optarg; break;
        case OPT_SVG: svg = optarg; break;
        case OPT_NODES_CSV: ncsv = optarg; break;
        case OPT_EDGES_CSV: ecsv = optarg; break;
        case OPT_EXPLAIN: explain = optarg; break;
        case OPT_ALIASES: aliases = optarg; break;
        case OPT_LEXICON:
            if (nlex >= 16) return usage_error("at most 16 --lexicon files");
            lexicons[nlex++] = optarg;
            break;
        case OPT_WINDOW:
            if (!strcmp(optarg, "sentence")) o.window = EG_WINDOW_SENTENCE;
            else if (!strcmp(optarg, "paragraph")) o.window = EG_WINDOW_PARAGRAPH;
            else if (!strcmp(optarg, "document")) o.window = EG_WINDOW_DOCUMENT;
            else if (!parse_int(optarg, 0, 1000, &o.window_n)) o.window = o.window_n == 0 ? EG_WINDOW_SENTENCE : EG_WINDOW_SENTENCES;
            else return usage_error("--window: expected sentence, paragraph, document or a number 0-1000, got '%s'", optarg);
            break;
        case OPT_WEIGHT:
            weight_set = 1;
            if (!strcmp(optarg, "count")) o.weight = EG_WEIGHT_COUNT;
            else if (!strcmp(optarg, "pmi")) o.weight = EG_WEIGHT_PMI;
            else if (!strcmp(optarg, "npmi")) o.weight = EG_WEIGHT_NPMI;
            else if (!strcmp(optarg, "dice")) o.weight = EG_WEIGHT_DICE;
            else return usage_error("--weight: expected count, pmi, npmi or dice, got '%s'", optarg);
            break;
        case OPT_MIN_WEIGHT: {
            char *end;
            o.min_weight = strtod(optarg, &end);
            if (end == optarg || *end) return usage_error("--min-weight: expected a number, got '%s'", optarg);
            break;
        }
        case OPT_TOP:
            if (parse_int(optarg, 1, INT_MAX, &o.top)) return usage_error("--top: expected a positive number, got '%s'", optarg);
            break;
        case OPT_DROP_ISOLATES: o.drop_isolates = 1; break;
        case OPT_LENIENT: o.lenient = ro.lenient = 1; break;
        case OPT_EXACT: o.exact_betweenness = 1; break;
        case OPT_LAYOUT:
            if (strcmp(optarg, "neato") && strcmp(optarg, "fdp") && strcmp(optarg, "sfdp") && strcmp(optarg, "circo") &&
                strcmp(optarg, "dot") && strcmp(optarg, "twopi"))
                return usage_error("--layout: expected neato, fdp, sfdp, circo, dot or twopi, got '%s'", optarg);
            dr.layout = optarg;
            break;
        case OPT_SIZE_BY:
            if (!strcmp(optarg, "pagerank")) dr.size_by = EG_SIZE_PAGERANK;
            else if (!strcmp(optarg, "degree")) dr.size_by = EG_SIZE_DEGREE;
            else if (!strcmp(optarg, "betweenness")) dr.size_by = EG_SIZE_BETWEENNESS;
            else return usage_error("--size-by: expected pagerank, degree or betweenness, got '%s'", optarg);
            break;
        case OPT_DRAW_TOP:
            if (parse_int(optarg, 0, INT_MAX, &dr.draw_top)) return usage_error("--draw-top: expected a number, got '%s'", optarg);
            break;
        case OPT_JSONL: ro.jsonl = 1; break;
        case OPT_ID_FIELD: ro.id_field = optarg; break;
        case OPT_TEXT_FIELD: ro.text_field = optarg; break;
        case OPT_DATE_FIELD: ro.date_field = optarg; break;
        case OPT_TITLE_FIELD: ro.title_field = optarg; break;
        case OPT_MAX_EVIDENCE:
            max_ev_set = 1;
            if (parse_int(optarg, 0, 1000000, &o.max_evidence)) return usage_error("--max-evidence: expected a number, got '%s'", optarg);
            break;
        case OPT_SNIPPET:
            if (parse_int(optarg, 0, 1000000, &o.snippet_max)) return usage_error("--snippet: expected a number, got '%s'", optarg);
            break;
        case OPT_SUMMARY_TOP:
            if (parse_int(optarg, 0, 100000, &summary_top)) return usage_error("--summary-top: expected a number, got '%s'", optarg);
            break;
        case 'j':
            if (parse_int(optarg, 1, 1024, &jobs)) return usage_error("--jobs: expected a number 1-1024, got '%s'", optarg);
            break;
        case OPT_MEMORY:
            memory_set = 1;
            if (parse_size(optarg, &memory)) return usage_error("--memory: expected megabytes or a size such as 512K or 2G (0 = never spill), got '%s'", optarg);
            break;
        case 'q': quiet = 1; break;
        case OPT_TIMINGS: timings = 1; break;
        case 'h': usage(stdout); return fclose(stdout) ? 1 : 0;
        case 'V': printf("entgraph %s\n", EG_VERSION); return fclose(stdout) ? 1 : 0;
        case ':': return usage_error("option '%s' needs an argument", argv[optind - 1]);
        default: return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    o.jobs = jobs; /* also the processes for the path metrics */
    int only = json || dot || svg || ncsv || ecsv;
    char *const *inputs = argv + optind;
    int ninputs = argc - optind;
    if (mode == MODE_RUN && ninputs > 0) {
        /* partial graphs given to the plain command are built */
        int parts = 0;
        for (int i = 0; i < ninputs; i++) parts += eg_partial_sniff(inputs[i]);
        if (parts == ninputs) mode = MODE_BUILD;
        else if (parts) return usage_error("cannot mix partial graphs and documents; run entgraph extract on the documents first");
    }
    if ((mode == MODE_EXTRACT || mode == MODE_MERGE) && (only || out_dir || explain))
        return usage_error("%s writes a partial graph to stdout; output options belong to entgraph build",
                           mode == MODE_EXTRACT ? "extract" : "merge");
    (void)max_ev_set;
    if (memory_set && mode != MODE_EXTRACT && mode != MODE_MERGE)
        return usage_error("--memory belongs to extract and merge (the graph built for metrics holds every edge)");
    if (only && out_dir) return usage_error("--out-dir cannot be combined with --json/--dot/--svg/--nodes-csv/--edges-csv");
    int stdout_used = (json && !strcmp(json, "-")) + (dot && !strcmp(dot, "-")) + (svg && !strcmp(svg, "-")) +
                      (ncsv && !strcmp(ncsv, "-")) + (ecsv && !strcmp(ecsv, "-"));
    if (stdout_used > 1) return usage_error("only one output can go to stdout (-)");

    int rc = 1, err = 0;
    run R;
    memset(&R, 0, sizeof R);
    R.quiet = quiet;
    R.progress = !quiet && isatty(2) && (mode == MODE_RUN || mode == MODE_EXTRACT);
    eg_graph *g = NULL;
    out outs[OUT_KINDS];
    size_t nouts = 0;
    char paths[5][PATH_MAX];
    eg_strbuf summary = EG_STRBUF_INIT;
    memset(outs, 0, sizeof outs);

    stage_t0 = now();
    if ((err = eg_lexicon_init())) goto fail;
    for (size_t i = 0; i < nlex; i++)
        if ((err = eg_lexicon_load_file(lexicons[i]))) goto fail;
    R.corpus = eg_corpus_new(&o);
    if (!R.corpus) { err = eg_error_set(EG_ENOMEM, "out of memory"); goto fail; }
    /* extract and merge end in a partial graph, which can be merged from sorted runs on disk */
    if ((mode == MODE_EXTRACT || mode == MODE_MERGE) && memory > 0 && (err = eg_corpus_set_spill(R.corpus, memory, NULL)))
        goto fail;
    if (aliases) {
        eg_aliases *a;
        if ((err = eg_aliases_load(&a, aliases))) goto fail;
        eg_corpus_set_aliases(R.corpus, a);
    }
    if (mode == MODE_MERGE) {
        if ((err = read_partials(R.corpus, inputs, ninputs, NULL))) goto fail;
        stage_done("read");
        if ((err = eg_partial_write(stdout, R.corpus, "<stdout>", jobs))) goto fail;
        stage_done("write");
        spill_done(R.corpus);
        rc = 0;
        goto done;
    }
    /* output directory checked before the (possibly long) run */
    if (!only && mode != MODE_EXTRACT) {
        if (!out_dir) out_dir = "output";
        struct stat st;
        if (stat(out_dir, &st) != 0) {
            if (mkdir(out_dir, 0777) != 0) { err = eg_error_set(EG_EIO, "%s: cannot create output directory: %s", out_dir, strerror(errno)); goto fail; }
        } else if (!S_ISDIR(st.st_mode)) {
            err = eg_error_set(EG_EIO, "%s: not a directory", out_dir);
            goto fail;
        }
        if (access(out_dir, W_OK) != 0) { err = eg_error_set(EG_EIO, "%s: output directory is not writable: %s", out_dir, strerror(errno)); goto fail; }
        static const char *const names[] = {"graph.json", "graph.dot", "graph.svg", "nodes.csv", "edges.csv"};
        for (int i = 0; i < 5; i++) {
            snprintf(paths[i], sizeof paths[i], "%s/%s", out_dir, names[i]);
        }
        json = paths[0]; dot = paths[1]; svg = paths[2]; ncsv = paths[3]; ecsv = paths[4];
    }
    if (mode == MODE_BUILD) {
        int w = weight_set ? -2 : -1;
        if ((err = read_partials(R.corpus, inputs, ninputs, &w))) goto fail;
        if (w >= 0) R.corpus->opts.weight = (eg_weight)w;
        stage_done("read");
    } else {
        if ((err = eg_pipeline_new(&R.pipe, R.corpus, jobs))) goto fail;
        ro.consumed = &R.consumed;
        if (R.progress) {
            R.total = input_size(inputs, ninputs);
            R.t0 = R.last = now();
        }
        err = eg_read_inputs((const char *const *)inputs, (size_t)ninputs, &ro, on_doc, on_warn, &R);
        if (!err) err = eg_pipeline_finish(R.pipe);
        /* join the workers: the metrics fork, and a fork copies only this thread */
        eg_pipeline_free(R.pipe);
        R.pipe = NULL;
        if (R.progress) show_progress(&R, 1);
        if (err) goto fail;
        stage_done("extract");
        if (mode == MODE_EXTRACT) {
            if ((err = eg_partial_write(stdout, R.corpus, "<stdout>", jobs))) goto fail;
            stage_done("write");
            spill_done(R.corpus);
            rc = 0;
            goto done;
        }
    }
    if ((err = eg_corpus_build(&g, R.corpus))) goto fail;
    if (timings) {
        const char *const *names;
        const double *secs;
        size_t n = eg_metrics__timings(&names, &secs);
        for (size_t i = 0; i < n; i++) fprintf(stderr, "entgraph: timing:   metrics %-12s %8.3f s\n", names[i], secs[i]);
    }
    stage_done("build");

    /* Each output is written to a temporary next to its target (stdout and
     * special files directly); the temporaries replace the targets only once
     * every output is complete, so a failed run leaves the old files as they were. */
    const char *targets[OUT_KINDS] = {json, dot, svg, ncsv, ecsv, explain};
    sig_outs = outs;
    catch_fatal_signals();
    for (int k = 0; k < OUT_KINDS; k++) {
        if (!targets[k]) continue;
        outs[nouts].kind = k;
        outs[nouts].file.tmp = NULL;
        sig_nouts = (sig_atomic_t)(nouts + 1); /* the handler sees the temporary as soon as it exists */
        err = eg_outfile_open(&outs[nouts++].file, targets[k]);
        if (err) goto fail;
    }
    for (int to_stdout = 0; to_stdout < 2; to_stdout++) /* stdout last: nothing on it if a file fails */
        for (size_t i = 0; i < nouts; i++) {
            if ((strcmp(outs[i].file.path, "-") == 0) != to_stdout) continue;
            if ((err = render(&outs[i], g, R.corpus, &dr)) || (err = eg_outfile_close(&outs[i].file))) goto fail;
        }
    stage_done("render");
    for (size_t i = 0; i < nouts; i++)
        if ((err = eg_outfile_commit(&outs[i].file))) goto fail;
    stage_done("write");
    if (!only && !quiet) {
        if ((err = eg_export_summary(&summary, g, summary_top))) goto fail;
        fputs(summary.ptr ? summary.ptr : "", stdout);
        printf("Wrote %s/{graph.json,graph.dot,graph.svg,nodes.csv,edges.csv}\n", out_dir);
    }
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "entgraph: %s\n", eg_error_last());
    rc = 1;
done:
    for (size_t i = 0; i < nouts; i++) eg_outfile_discard(&outs[i].file); /* no-op once committed */
    sig_nouts = 0;
    eg_strbuf_free(&summary);
    eg_graph_free(g);
    eg_pipeline_free(R.pipe);
    eg_corpus_free(R.corpus);
    eg_lexicon_free();
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (rc == 0) fprintf(stderr, "entgraph: <stdout>: write failed: %s\n", strerror(errno));
        rc = 1;
    }
    if (fclose(stdout) != 0 && rc == 0) {
        fprintf(stderr, "entgraph: <stdout>: write failed: %s\n", strerror(errno));
        rc = 1;
    }
    return rc;
}
