/* explain.c — --explain output: why each entity exists, what it merged and why,
 * what evidence typed it, and which candidates were rejected (cJSON). */
#include "explain.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

int eg_explain_json(eg_strbuf *out, const eg_corpus *c, const eg_graph *g)
{
    (void)g;
    cJSON *root = cJSON_CreateObject();
    cJSON *ents = root ? cJSON_AddArrayToObject(root, "entities") : NULL;
    cJSON *rej = root ? cJSON_AddArrayToObject(root, "rejected") : NULL;
    int ok = ents && rej;
    for (size_t i = 0; ok && i < c->nent; i++) {
        const eg_cent *e = &c->ent[i];
        cJSON *o = cJSON_CreateObject();
        ok = o && cJSON_AddItemToArray(ents, o);
        if (!ok) { cJSON_Delete(o); break; }
        int t = EG_PERSON;
        if (e->votes[EG_ORG] > e->votes[t]) t = EG_ORG;
        if (e->votes[EG_LOC] > e->votes[t]) t = EG_LOC;
        ok = cJSON_AddStringToObject(o, "label", e->label) && cJSON_AddStringToObject(o, "key", e->key) &&
             cJSON_AddStringToObject(o, "type", eg_etype_name((eg_etype)t)) &&
             cJSON_AddNumberToObject(o, "mentions", e->mentions) && cJSON_AddNumberToObject(o, "documents", e->documents);
        cJSON *v = ok ? cJSON_AddObjectToObject(o, "type_votes") : NULL;
        ok = v && cJSON_AddNumberToObject(v, "PERSON", e->votes[EG_PERSON]) &&
             cJSON_AddNumberToObject(v, "ORG", e->votes[EG_ORG]) && cJSON_AddNumberToObject(v, "LOC", e->votes[EG_LOC]);
        cJSON *te = ok ? cJSON_AddArrayToObject(o, "type_evidence") : NULL;
        ok = te != NULL;
        for (int b = 0; ok && b < EG_EV_COUNT; b++)
            if (e->evidence & (1u << b)) ok = cJSON_AddItemToArray(te, cJSON_CreateString(eg_evidence_name(b))) != 0;
        cJSON *al = ok ? cJSON_AddArrayToObject(o, "aliases") : NULL;
        ok = al != NULL;
        for (size_t k = 0; ok && k < e->naliases; k++) {
            cJSON *a = cJSON_CreateObject();
            ok = a && cJSON_AddItemToArray(al, a) && cJSON_AddStringToObject(a, "form", e->aliases[k]) &&
                 cJSON_AddStringToObject(a, "reason", e->reasons[k]);
        }
    }
    for (size_t i = 0; ok && i < c->nrej; i++) {
        cJSON *o = cJSON_CreateObject();
        ok = o && cJSON_AddItemToArray(rej, o) && cJSON_AddStringToObject(o, "doc", c->rej[i].doc) &&
             cJSON_AddStringToObject(o, "text", c->rej[i].text) && cJSON_AddStringToObject(o, "reason", c->rej[i].reason);
    }
    char *s = ok ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!s) return eg_error_set(EG_ENOMEM, "out of memory while writing --explain");
    eg_strbuf_puts(out, s);
    eg_strbuf_putc(out, '\n');
    free(s);
    return 0;
}
