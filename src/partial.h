/* partial.h — map/reduce: a corpus's entity and edge tables as a partial graph
 * in JSONL (entgraph extract), merged associatively (merge), then built (build). */
#ifndef EG_PARTIAL_H
#define EG_PARTIAL_H

#include <stdio.h>

#include "corpus.h"

/* What the header lines of the partial graphs read so far said. */
typedef struct eg_partial_state {
    int headers;            /* header lines seen */
    long lines;             /* non-empty lines read */
    eg_window window;       /* from the first header */
    int window_n;
    int weight, weight_set; /* extract-time --weight, a default for build */
    int max_evidence;       /* smallest evidence cap of the headers (0 = unlimited) */
    int snippet;            /* largest snippet length of the headers */
} eg_partial_state;

#define EG_PARTIAL_STATE_INIT { 0, 0, EG_WINDOW_SENTENCE, 1, 0, 0, -1, 0 }

/* 1 if the line is a partial-graph header ({"entgraph_partial": 1, ...}). */
int eg_partial_is_header(const char *line, size_t n);
/* 1 if the file at path starts with a partial-graph header line, 0 if not or unreadable. */
int eg_partial_sniff(const char *path);

/* Add every line of f (one or more concatenated partial graphs, lines in any
 * order) into c. Errors name "NAME:LINE". Returns 0 or an EG_E* code. */
int eg_partial_read(eg_corpus *c, eg_partial_state *st, FILE *f, const char *name);
/* After the last eg_partial_read: check every entity was defined, apply the
 * headers' options to c (window, evidence cap) and put c in canonical order. */
int eg_partial_finish(eg_corpus *c, eg_partial_state *st);

/* Sort c's entities by key and edges by key pair (indices remapped), so output
 * does not depend on the order documents or partial graphs arrived in. */
int eg_corpus_canonicalise(eg_corpus *c);

/* Write c as a canonical partial graph: header, entities by key, edges by key
 * pair (canonicalises c first). Lines are printed by up to jobs threads, batch by
 * batch, and written in order: the bytes do not depend on jobs. 0, EG_ENOMEM or EG_EIO. */
int eg_partial_write(FILE *f, eg_corpus *c, const char *name, int jobs);

#endif
