/* corpus.h — corpus-wide accumulation of entities and edges (internal). */
#ifndef EG_CORPUS_H
#define EG_CORPUS_H

#include "extract.h"
#include "graph.h"
#include "strmap.h"

#define EG_MAX_REJECTS 10000

typedef struct eg_cent {
    char *label, *key;
    int votes[EG_NTYPES];
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
    eg_strmap entmap, edgemap;
    int ndocs;
    int nwindows;
    eg_crej *rej;
    size_t nrej;
    eg_aliases *aliases; /* owned */
};

int eg_corpus_add_result(eg_corpus *c, const eg_doc *doc, const eg_docresult *r);
/* Hand alias rules to the corpus (it takes ownership). */
void eg_corpus_set_aliases(eg_corpus *c, eg_aliases *a);
void eg_evidence_clear(eg_evidence *ev);

#endif
