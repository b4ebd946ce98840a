/* export_svg.c — stage: export. The styled drawing laid out and rendered to
 * SVG in process with gvc (gvLayout, gvRenderData); never shells out. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>

#include <gvc.h>

#include "export_gv.h"

/* One Graphviz context for the whole process, never freed. Graphviz 2.43's
 * pango plugin caches a font name owned by the context, so a second context
 * after gvFreeContext reads freed memory (seen with ASan); reusing one context
 * avoids it and saves reloading the plugins on every call. */
static GVC_t *svg_gvc;
static pthread_once_t svg_gvc_once = PTHREAD_ONCE_INIT;

static void svg_gvc_init(void) { svg_gvc = gvContext(); }

/* Appends the SVG of the drawing (options o, NULL for defaults) to out.
 * Returns 0, EG_EINVAL, EG_ENOMEM or EG_EDEP with Graphviz's message recorded.
 * Not thread-safe: Graphviz keeps global state; export from one thread. */
int eg_export_svg(eg_strbuf *out, const eg_graph *g, const eg_draw_options *o)
{
    GVC_t *gvc = NULL;
    Agraph_t *gr = NULL;
    const char *layout = NULL;
    char *data = NULL;
    unsigned int len = 0;
    int laid_out = 0, rc = 0;

    if (!out) return eg_error_set(EG_EINVAL, "export svg: NULL buffer");
    eg_export__gv_errors_begin();
    /* The context first: it declares the default attributes the layout expects. */
    pthread_once(&svg_gvc_once, svg_gvc_init);
    gvc = svg_gvc;
    if (!gvc) {
        rc = eg_error_set(EG_EDEP, "export svg: cannot create a Graphviz context");
        goto done;
    }
    rc = eg_export__gv_build(&gr, &layout, g, o, NULL);
    if (rc) goto done;
    if (gvLayout(gvc, gr, layout) != 0) {
        rc = eg_error_set(EG_EDEP, "export svg: %s layout failed: %s", layout, eg_export__gv_last_error());
        goto done;
    }
    laid_out = 1;
    if (gvRenderData(gvc, gr, "svg", &data, &len) != 0 || !data) {
        rc = eg_error_set(EG_EDEP, "export svg: rendering failed: %s", eg_export__gv_last_error());
        goto done;
    }
    eg_strbuf_put(out, data, len);
    if (out->oom) rc = eg_error_set(EG_ENOMEM, "export svg: out of memory");
done:
    if (data) gvFreeRenderData(data);
    if (laid_out) gvFreeLayout(gvc, gr);
    if (gr) agclose(gr);
    eg_export__gv_errors_end();
    return rc;
}
