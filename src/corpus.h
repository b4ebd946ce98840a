/* corpus.h — corpus-wide accumulation of entities and edges (internal). */
#ifndef EG_CORPUS_H
#define EG_CORPUS_H

#include "extract.h"
#include "graph.h"
#include "strmap.h"

#define EG_MAX_REJECTS 10000

#define EG_MAX_ALIASES 64 /* distinct surface forms kept per entity (the smallest by strcmp) */
#define EG_MAX_FORMS 16   /* label candidates kept per entity */

/* A corpus entity. Every field merges commutatively (sums, sets, "best of"), so
 * the table does not depend on the order documents or partial graphs arrive in. */
typedef struct eg_cent {
    char *label;           /* points into forms: most mentions, then smallest by strcmp */
    char *key;
    char **forms;          /* label candidates (same key), with their mentions */
    int *form_mentions;
    size_t nforms;
    int votes[EG_NTYPES];
    uint32_t evidence;     /* EG_EV_* bits: kinds of type evidence seen (for --explain) */
    char **aliases, **reasons;
    size_t naliases;
    int mentions, documents, last_doc;
    int windows;
} eg_cent;

typedef struct eg_crel {
    int type, source, target; /* source/target -1 when undirected */
    int count, negated, hedged;
    eg_evidence *ev;
    size_t nev;
} eg_crel;

typedef struct eg_cedge {
    int a, b;
    int count;
    eg_evidence *ev;
    size_t nev;
    eg_crel *rels;
    size_t nrels;
} eg_cedge;

typedef struct eg_crej {
    char *doc, *text;
    const char *reason;
} eg_crej;

typedef struct eg_spill eg_spill;

/* User alias rules (--aliases FILE.json). */
typedef struct eg_aliases eg_aliases;
/* Parse alias rules from a JSON file; caller frees with eg_aliases_free.
 * Errors are "FILE: line L, column C: problem". */
int eg_aliases_load(eg_aliases **out, const char *path);
int eg_aliases_parse(eg_aliases **out, const char *json, size_t len, const char *name);
void eg_aliases_free(eg_aliases *a);
/* Group id of a key for forced merges (-1 none); 1 if the pair may not merge; 1 if dropped; type or -1. */
int eg_aliases_group(const eg_aliases *a, const char *key);
int eg_aliases_forbidden(const eg_aliases *a, const char *k1, const char *k2);
int eg_aliases_dropped(const eg_aliases *a, const char *key);
int eg_aliases_type(const eg_aliases *a, const char *key);
const char *eg_aliases_group_label(const eg_aliases *a, int group);

struct eg_corpus {
    eg_options opts;
    eg_cent *ent;
    size_t nent, capent;
    eg_cedge *edge;
    size_t nedge, capedge;
    eg_strmap entmap;
    eg_u64map edgemap; /* eg_corpus__edge_key(a, b) → index in edge */
    int ndocs;
    int nwindows;
    int windows_skipped; /* windows over EG_MAX_WINDOW_ENTITIES: no co-occurrence pairs */
    eg_crej *rej;
    size_t nrej, caprej;
    eg_aliases *aliases; /* owned */
    size_t table_bytes;  /* estimated heap held by the entity and edge tables (see EG_*_COST) */
    eg_spill *spill;     /* owned; NULL unless the table may spill (spill.h) */
};

/* Estimated heap per entity (with its map slot, a label form and an alias or two),
 * edge (with its map slot), relation and evidence item; an evidence item's text is
 * counted once per sentence text made. Calibrated against peak RSS on
 * bench/gen_corpus.py corpora (bench/RESULTS.md). */
#define EG_ENT_COST(keylen) (sizeof(eg_cent) + 4 * (keylen) + 320)
#define EG_EDGE_COST (sizeof(eg_cedge) + 48)
#define EG_REL_COST (sizeof(eg_crel) + 16)
#define EG_EV_COST (sizeof(eg_evidence) + 16)
#define EG_TEXT_COST(n) ((n) + 24)

/* Merge one document's extraction result into the corpus (doc->text must be the
 * text r was extracted from). Returns 0 or EG_ENOMEM. */
int eg_corpus_add_result(eg_corpus *c, const eg_doc *doc, const eg_docresult *r);

/* Helpers shared with partial.c (partial graphs): find or create by key / pair. */
int eg_corpus__entity(eg_corpus *c, const char *key, int *out);
int eg_corpus__edge(eg_corpus *c, int a, int b, eg_cedge **out);
static inline uint64_t eg_corpus__edge_key(int a, int b) { return (uint64_t)(uint32_t)a << 32 | (uint32_t)b; } /* a < b */
/* Free an edge's evidence and relations, or an entity's strings (not the item itself). */
void eg_corpus__free_edge(eg_cedge *e);
void eg_corpus__free_entity(eg_cent *e);
/* The relation of an edge of c with type (and source when directed), created (and counted in
 * c->table_bytes) if absent; NULL on ENOMEM. */
eg_crel *eg_corpus__rel(eg_corpus *c, eg_cedge *e, int type, int src, int dst);
/* Add mentions to a label candidate (new forms past EG_MAX_FORMS dropped when capped); add an
 * alias (reason: "exact" wins, else smallest). */
int eg_cent__add_form(eg_cent *e, const char *form, int mentions, int capped);
/* Keep the first EG_MAX_FORMS label forms (arrival order), as a capped table would have. */
void eg_cent__cap_forms(eg_cent *e);
int eg_cent__add_alias(eg_cent *e, const char *form, const char *reason);
/* Total order of evidence: document id (digit runs compared as numbers), sentence, offsets, text. */
int eg_evidence__cmp(const eg_evidence *a, const eg_evidence *b);
/* Insert *item (taking its strings) into a sorted list that keeps the max earliest
 * items, one per (doc, sentence); a rejected item's strings are freed. 0 or EG_ENOMEM. */
int eg_evidence__insert(eg_evidence **arr, size_t *n, int max, eg_evidence *item);
/* Hand alias rules to the corpus (it takes ownership). */
void eg_corpus_set_aliases(eg_corpus *c, eg_aliases *a);
void eg_evidence_clear(eg_evidence *ev);

/* Parallel extraction: documents are extracted by `jobs` worker threads and merged
 * into the corpus in the order they were added, so the corpus is the same as with
 * eg_corpus_add one by one. The workers merge too (one at a time, in order), so the
 * caller must not touch the corpus between eg_pipeline_new and eg_pipeline_finish.
 * At most 32 x jobs documents (and 64 MB of text, or one document) are in flight. */
typedef struct eg_pipeline eg_pipeline;
/* jobs <= 1 runs everything on the calling thread. Free with eg_pipeline_free. */
int eg_pipeline_new(eg_pipeline **out, eg_corpus *c, int jobs);
/* Copy doc into the queue (waits while the queue is full); merges finished documents. */
int eg_pipeline_add(eg_pipeline *p, const eg_doc *doc);
/* Wait for every queued document and merge it. */
int eg_pipeline_finish(eg_pipeline *p);
/* Entities in memory after the latest merge, and the spills of the tables so far (extract with
 * --memory; for a progress line). */
size_t eg_pipeline_entities(eg_pipeline *p, size_t *spills);
/* Stops and joins the workers; documents not merged are dropped. NULL is a no-op. */
void eg_pipeline_free(eg_pipeline *p);

#endif
