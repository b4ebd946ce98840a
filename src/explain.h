/* explain.h — --explain: per-entity aliases with merge reasons, type evidence,
 * and the rejected candidates with their reasons (JSON). */
#ifndef EG_EXPLAIN_H
#define EG_EXPLAIN_H

#include "common.h"
#include "corpus.h"

/* Writes the --explain JSON of c to f, formatted as cJSON_Print would, one
 * entity at a time (name is for messages; g is unused). Returns 0, EG_ENOMEM
 * or EG_EIO. */
int eg_explain_json(FILE *f, const eg_corpus *c, const eg_graph *g, const char *name);

#endif
