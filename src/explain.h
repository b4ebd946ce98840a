/* explain.h — --explain: per-entity aliases with merge reasons, type evidence,
 * and the rejected candidates with their reasons (JSON). */
#ifndef EG_EXPLAIN_H
#define EG_EXPLAIN_H

#include "common.h"
#include "corpus.h"

int eg_explain_json(eg_strbuf *out, const eg_corpus *c, const eg_graph *g);

#endif
