/* fuzz_pipeline.c — fuzz target for the whole pipeline: normalise (UTF-8,
 * lenient) → extract → corpus → graph → JSON/DOT/CSV exporters. Inputs are capped
 * small to keep executions fast; SVG (Graphviz layout) is skipped as too slow. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "corpus.h"
#include "entgraph.h"
#include "export.h"
#include "lexicon.h"
#include "read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int lex_ready;
    if (!lex_ready) {
        if (eg_lexicon_init()) return 0;
        lex_ready = 1;
    }
    if (size > 4096) return 0;
    /* first byte picks options */
    eg_options o = EG_OPTIONS_INIT;
    if (size > 0) {
        unsigned sel = data[0];
        o.window = (eg_window)(sel & 3);
        o.window_n = 1 + ((sel >> 2) & 3);
        o.weight = (eg_weight)((sel >> 4) & 3);
        o.drop_isolates = (sel >> 6) & 1;
        o.top = (sel >> 7) ? 3 : 0;
        data++;
        size--;
    }
    o.lenient = 1;
    char *text = NULL;
    size_t tlen = 0;
    eg_corpus *c = NULL;
    eg_graph *g = NULL;
    eg_strbuf b = EG_STRBUF_INIT;
    if (eg_text_normalise(&text, &tlen, (const char *)data, size, "fuzz", 1, NULL, NULL)) goto done;
    c = eg_corpus_new(&o);
    if (!c) goto done;
    /* the same text as two documents, to exercise cross-document merging */
    eg_doc d1 = {"d1", NULL, text, tlen}, d2 = {"d2", "2020-01-01", text, tlen / 2};
    while (d2.len > 0 && ((unsigned char)text[d2.len] & 0xC0) == 0x80) d2.len--;
    if (eg_corpus_add(c, &d1)) goto done;
    if (eg_corpus_add(c, &d2)) goto done;
    if (eg_corpus_build(&g, c)) goto done;
    eg_draw_options dr = EG_DRAW_OPTIONS_INIT;
    char *out = NULL;
    size_t outlen = 0;
    FILE *f = open_memstream(&out, &outlen);
    if (f) {
        eg_export_json(f, g, "fuzz");
        eg_export_csv_nodes(f, g, "fuzz");
        eg_export_csv_edges(f, g, "fuzz");
        fclose(f);
        free(out);
    }
    eg_export_dot(&b, g, &dr);
    eg_strbuf_free(&b);
    eg_export_summary(&b, g, 5);
done:
    eg_strbuf_free(&b);
    eg_graph_free(g);
    eg_corpus_free(c);
    free(text);
    return 0;
}
