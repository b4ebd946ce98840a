/* spill.h — bounded memory for extract and merge: the entity and edge tables spill
 * to sorted temporary runs when they pass a budget, and the partial-graph writer
 * merges the runs back (internal). */
#ifndef EG_SPILL_H
#define EG_SPILL_H

#include "corpus.h"

#define EG_SPILL_FANIN 16         /* runs of one level merged into one of the next (open runs: 15 per level) */
#define EG_DEFAULT_MEMORY_MB 256 /* --memory */

/* Let c's tables spill once their estimated size (c->table_bytes) passes budget
 * bytes (0: never), into unlinked files in dir (NULL: $TMPDIR, else /tmp). Only
 * a corpus that ends in eg_partial_write may spill: eg_corpus_build refuses one
 * that did. 0 or EG_ENOMEM. */
int eg_corpus_set_spill(eg_corpus *c, size_t budget, const char *dir);
void eg_spill_free(eg_spill *s);

/* Spill if the tables are over budget (called after each document or partial-graph line). */
int eg_spill__maybe(eg_corpus *c);
/* Write the tables as one more sorted run and empty them (no-op when empty). */
int eg_spill__flush(eg_corpus *c);
/* Runs written and not yet merged. */
size_t eg_spill__runs(const eg_corpus *c);
/* Flushes so far and bytes written to runs (bytes may be NULL; for --timings and progress). */
void eg_spill__stats(const eg_corpus *c, size_t *spills, unsigned long long *bytes);
/* Called with a batch of merged entities or edges; must empty c's tables. */
typedef int (*eg_spill_emit)(eg_corpus *c, void *arg);
/* Flush, then read every run back into c's emptied tables in key order: first the
 * entities (one per key, emit_entities called every `batch` entities and at the
 * end), then the edges (one per key pair, with bare-key entities made for their
 * ends; emit_edges likewise). Closes the runs. */
int eg_spill__merge(eg_corpus *c, size_t batch, eg_spill_emit emit_entities, eg_spill_emit emit_edges, void *arg);
/* Free every entity and edge of c and empty the tables. */
void eg_spill__clear(eg_corpus *c);

#endif
