/* explain.c — --explain output: why each entity exists, what it merged and why,
 * what evidence typed it, and which candidates were rejected (cJSON, streamed
 * one entity or rejected candidate at a time). */
#include "explain.h"
#include "export.h"
#include "text.h"

#include <cjson/cJSON.h>

/* One entity with its votes, type evidence and aliases; NULL when out of memory. */
static cJSON *entity_json(const eg_cent *e)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    int t = EG_PERSON;
    if (e->votes[EG_ORG] > e->votes[t]) t = EG_ORG;
    if (e->votes[EG_LOC] > e->votes[t]) t = EG_LOC;
    int ok = cJSON_AddStringToObject(o, "label", e->label) && cJSON_AddStringToObject(o, "key", e->key) &&
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
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* One rejected candidate; NULL when out of memory. */
static cJSON *rejected_json(const eg_crej *r)
{
    cJSON *o = cJSON_CreateObject();
    if (o && cJSON_AddStringToObject(o, "doc", r->doc) && cJSON_AddStringToObject(o, "text", r->text) &&
        cJSON_AddStringToObject(o, "reason", r->reason))
        return o;
    cJSON_Delete(o);
    return NULL;
}

static cJSON *entity_item(const void *ctx, size_t i) { return entity_json(&((const eg_corpus *)ctx)->ent[i]); }
static cJSON *rejected_item(const void *ctx, size_t i) { return rejected_json(&((const eg_corpus *)ctx)->rej[i]); }

int eg_explain_json(FILE *f, const eg_corpus *c, const eg_graph *g, const char *name)
{
    int rc;
    int jobs = g ? g->jobs : 1;
    fputs("{\n\t\"entities\":\t[", f);
    if ((rc = eg_export__json_items(f, entity_item, c, c->nent, 2, jobs, name))) return rc;
    fputs("],\n\t\"rejected\":\t[", f);
    if ((rc = eg_export__json_items(f, rejected_item, c, c->nrej, 2, jobs, name))) return rc;
    fputs("]\n}\n", f);
    return eg_export__check(f, name);
}
