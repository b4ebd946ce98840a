/* extract.c — one document through tokenize → mentions → classify → resolve → relate. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"

int eg_extract(eg_docresult *r, const char *text, size_t len, const eg_options *o)
{
    int rc;
    memset(r, 0, sizeof *r);
    if (len > EG_MAX_DOC_BYTES)
        return eg_error_set(EG_ELIMIT, "document of %zu bytes is over the limit of %zu bytes", len, EG_MAX_DOC_BYTES);
    if ((rc = eg_lexicon_init())) return rc;
    if ((rc = eg_tokenize(&r->tk, text, len))) return rc;
    if ((rc = eg_lex_doc_begin(text, len, r->tk.tok, r->tk.ntok))) return rc;
    if (!(rc = eg_mentions_find(r, text, len))) {
        eg_classify(r, text);
        if (!(rc = eg_resolve(r, text))) rc = eg_relate(r, text, o);
    }
    eg_lex_doc_end();
    return rc;
}

void eg_docresult_free(eg_docresult *r)
{
    if (!r) return;
    eg_tokens_free(&r->tk);
    for (size_t i = 0; i < r->nm; i++) free(r->m[i].name);
    free(r->m);
    free(r->cues);
    free(r->rej);
    for (size_t i = 0; i < r->nent; i++) {
        eg_dentity *e = &r->ent[i];
        free(e->label);
        for (size_t k = 0; k < e->naliases; k++) {
            free(e->aliases[k]);
            free(e->reasons[k]);
        }
        free(e->aliases);
        free(e->reasons);
    }
    free(r->ent);
    free(r->rel);
    free(r->ent_windows);
    memset(r, 0, sizeof *r);
}
