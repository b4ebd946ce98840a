/* export_gv.h — stage: export (shared by export_dot.c and export_svg.c).
 * Builds the styled cgraph graph both writers render. Internal; with
 * export_gv.c, export_dot.c and export_svg.c the only Graphviz includer. */
#ifndef EG_EXPORT_GV_H
#define EG_EXPORT_GV_H

#include <cgraph.h>

#include "export.h"

/* Build the drawing of g (styled nodes, edges, legend) as a new cgraph graph
 * opened with disc (NULL: Graphviz defaults). *layout receives the engine name
 * (a static string). The caller closes *out with agclose. Returns 0,
 * EG_EINVAL (bad options) or EG_ENOMEM/EG_EDEP with the message recorded. */
int eg_export__gv_build(Agraph_t **out, const char **layout, const eg_graph *g,
                        const eg_draw_options *o, Agdisc_t *disc);

/* Route Graphviz diagnostics into a buffer instead of stderr while exporting;
 * end restores the previous handler. Not thread-safe: Graphviz's error state
 * is process-global. */
void eg_export__gv_errors_begin(void);
void eg_export__gv_errors_end(void);
/* The last Graphviz diagnostic captured since begin ("" if none). */
const char *eg_export__gv_last_error(void);

#endif
