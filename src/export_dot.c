/* export_dot.c — stage: export. The styled drawing as DOT text, written by
 * cgraph's agwrite through an I/O discipline that appends to a buffer. */
#include "export_gv.h"

static int dot_putstr(void *chan, const char *str)
{
    eg_strbuf *b = chan;
    eg_strbuf_puts(b, str);
    return b->oom ? EOF : 0;
}

static int dot_flush(void *chan) { return ((eg_strbuf *)chan)->oom ? EOF : 0; }

/* Appends the DOT text of the drawing (options o, NULL for defaults) to out.
 * Returns 0, EG_EINVAL, EG_ENOMEM or EG_EDEP with the message recorded. */
int eg_export_dot(eg_strbuf *out, const eg_graph *g, const eg_draw_options *o)
{
    Agiodisc_t io = { AgIoDisc.afread, dot_putstr, dot_flush };
    Agdisc_t disc = { &AgMemDisc, &AgIdDisc, &io };
    Agraph_t *gr = NULL;
    const char *layout = NULL;
    int rc;

    if (!out) return eg_error_set(EG_EINVAL, "export dot: NULL buffer");
    eg_export__gv_errors_begin();
    rc = eg_export__gv_build(&gr, &layout, g, o, &disc);
    if (rc) goto done;
    if (agwrite(gr, out) != 0 || out->oom) {
        rc = out->oom ? eg_error_set(EG_ENOMEM, "export dot: out of memory")
                      : eg_error_set(EG_EDEP, "export dot: agwrite failed: %s", eg_export__gv_last_error());
        goto done;
    }
done:
    if (gr) agclose(gr);
    eg_export__gv_errors_end();
    return rc;
}
