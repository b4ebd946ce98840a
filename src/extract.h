/* extract.h — per-document extraction: the stages mentions → classify →
 * resolve → relate run over one document and leave a small result. */
#ifndef EG_EXTRACT_H
#define EG_EXTRACT_H

#include "common.h"
#include "text.h"

/* Documented limits. A window naming more entities than this adds no co-occurrence pairs
 * (they would number k(k-1)/2); a document is at most EG_MAX_DOC_BYTES (byte offsets are 32-bit). */
#define EG_MAX_WINDOW_ENTITIES 1000
#define EG_MAX_DOC_BYTES ((size_t)0xFFFFFFF0u)

/* A candidate that was not kept as a mention, with the reason (for --explain). */
typedef struct eg_reject {
    uint32_t start, len; /* byte span */
    const char *reason;  /* static string */
} eg_reject;

/* Cues found around a mention: title/role peeled off or lower-case role before it. */
typedef struct eg_cue {
    uint32_t mention;      /* mention index */
    uint32_t tok_start, tok_end; /* the cue tokens */
    int pre_mention;       /* mention index of "ORG" in "ORG Title Name", or -1 */
} eg_cue;

/* A per-document entity after resolution. */
typedef struct eg_dentity {
    char *label;           /* canonical surface form, owned */
    eg_etype type;
    int votes[EG_NTYPES];
    uint32_t evbits;       /* EG_EV_* bits of every mention */
    char **aliases;        /* distinct surface forms incl. label, owned */
    size_t naliases;
    char **reasons;        /* merge reason per alias (parallel to aliases), owned */
    int mentions;
    int ntoks;             /* word count of the label */
    int suffix_jr;
    int dropped;
    int gender;            /* EG_GENDER_M or EG_GENDER_F when the text states one sex only, else 0 */
} eg_dentity;

/* A person's sex as the text states it (honorifics, given names): bits, both = unknown. */
#define EG_GENDER_M 1
#define EG_GENDER_F 2

/* One relation record of a document, between entity indices. */
typedef struct eg_drel {
    int a, b;              /* entity indices; for typed directed relations a = source */
    int type;              /* -1 = co-occurrence, else eg_reltype */
    int sent, sent_end;    /* sentence range of the evidence (window) */
    int negated, hedged;
} eg_drel;

typedef struct eg_docresult {
    eg_tokens tk;
    eg_mention *m;
    size_t nm, capm;
    eg_cue *cues;
    size_t ncues, capcues;
    eg_reject *rej;
    size_t nrej, caprej;
    eg_dentity *ent;
    size_t nent, capent;
    eg_drel *rel;
    size_t nrel, caprel;
    int *ent_windows;      /* co-occurrence windows each entity appears in */
    int nwindows;          /* windows in the document */
    int windows_skipped;   /* windows with more than EG_MAX_WINDOW_ENTITIES names: no pairs */
    int modifier_places;   /* places named only by an abbreviation before a noun ("U.S. prosecutors"), dropped */
} eg_docresult;

/* Run every per-document stage over text. Caller frees with eg_docresult_free. */
int eg_extract(eg_docresult *r, const char *text, size_t len, const eg_options *o);
void eg_docresult_free(eg_docresult *r);

/* Stages (each in its own file). */
int eg_mentions_find(eg_docresult *r, const char *text, size_t len);
void eg_classify(eg_docresult *r, const char *text);
int eg_resolve(eg_docresult *r, const char *text);
int eg_relate(eg_docresult *r, const char *text, const eg_options *o);

/* Helpers shared by the stages. */
int eg_docresult_reject(eg_docresult *r, uint32_t start, uint32_t len, const char *reason);
/* Lower-case comparison key of a surface name (periods dropped, ’→', jnr/junior→jr). Caller frees. */
char *eg_name_key(const char *name);

#endif
