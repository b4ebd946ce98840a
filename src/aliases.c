/* aliases.c — user alias rules (--aliases FILE.json): forced merges, forbidden
 * merges, dropped entities and fixed types, read with cJSON.
 * {"merge": [["A", "B", ...]], "forbid": [["A", "B"]], "drop": ["X"], "types": {"X": "ORG"}} */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "common.h"
#include "corpus.h"
#include "strmap.h"

struct eg_aliases {
    eg_strmap group;   /* key -> group id */
    char **group_label;
    size_t ngroups;
    eg_strmap forbid;  /* "k1\tk2" -> 1 */
    eg_strmap drop;    /* key -> 1 */
    eg_strmap types;   /* key -> type */
};

static char *keyof(const char *s) { return eg_name_key(s); }

static int put(eg_strmap *m, const char *s, intptr_t v)
{
    char *k = keyof(s);
    if (!k) return EG_ENOMEM;
    intptr_t *p = eg_strmap_put(m, k, strlen(k), v, NULL);
    free(k);
    if (!p) return EG_ENOMEM;
    *p = v;
    return 0;
}

void eg_aliases_free(eg_aliases *a)
{
    if (!a) return;
    eg_strmap_free(&a->group);
    eg_strmap_free(&a->forbid);
    eg_strmap_free(&a->drop);
    eg_strmap_free(&a->types);
    for (size_t i = 0; i < a->ngroups; i++) free(a->group_label[i]);
    free(a->group_label);
    free(a);
}

static void line_col(const char *json, const char *at, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (const char *p = json; p < at && *p; p++) {
        if (*p == '\n') { (*line)++; *col = 1; }
        else (*col)++;
    }
}

int eg_aliases_parse(eg_aliases **out, const char *json, size_t len, const char *name)
{
    *out = NULL;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(json, len, &end, 0);
    if (!root) {
        int line, col;
        line_col(json, end ? end : json, &line, &col);
        return eg_error_set(EG_EINVAL, "%s: line %d, column %d: malformed JSON", name, line, col);
    }
    int rc = 0;
    eg_aliases *a = calloc(1, sizeof *a);
    if (!a) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
    if (!cJSON_IsObject(root)) { rc = eg_error_set(EG_EINVAL, "%s: expected a JSON object with merge/forbid/drop/types", name); goto done; }
    for (cJSON *f = root->child; f; f = f->next) {
        if (strcmp(f->string, "merge") && strcmp(f->string, "forbid") && strcmp(f->string, "drop") && strcmp(f->string, "types")) {
            rc = eg_error_set(EG_EINVAL, "%s: unknown key \"%s\" (expected merge, forbid, drop, types)", name, f->string);
            goto done;
        }
    }
    const cJSON *merge = cJSON_GetObjectItemCaseSensitive(root, "merge");
    if (merge) {
        if (!cJSON_IsArray(merge)) { rc = eg_error_set(EG_EINVAL, "%s: \"merge\" must be a list of lists of names", name); goto done; }
        const cJSON *grp;
        cJSON_ArrayForEach(grp, merge) {
            if (!cJSON_IsArray(grp) || cJSON_GetArraySize(grp) < 1) { rc = eg_error_set(EG_EINVAL, "%s: each \"merge\" entry must be a list of names", name); goto done; }
            char **gl = realloc(a->group_label, (a->ngroups + 1) * sizeof *gl);
            if (!gl) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
            a->group_label = gl;
            size_t g = a->ngroups++; /* counted before filling, so an error below frees the label */
            a->group_label[g] = NULL;
            const cJSON *nm;
            cJSON_ArrayForEach(nm, grp) {
                if (!cJSON_IsString(nm) || !nm->valuestring[0]) { rc = eg_error_set(EG_EINVAL, "%s: names in \"merge\" must be non-empty strings", name); goto done; }
                if (!a->group_label[g] && !(a->group_label[g] = eg_strdup(nm->valuestring))) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
                if (put(&a->group, nm->valuestring, (intptr_t)g)) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
            }
        }
    }
    const cJSON *forbid = cJSON_GetObjectItemCaseSensitive(root, "forbid");
    if (forbid) {
        if (!cJSON_IsArray(forbid)) { rc = eg_error_set(EG_EINVAL, "%s: \"forbid\" must be a list of name pairs", name); goto done; }
        const cJSON *pr;
        cJSON_ArrayForEach(pr, forbid) {
            const cJSON *x = cJSON_GetArrayItem(pr, 0), *y = cJSON_GetArrayItem(pr, 1);
            if (!cJSON_IsArray(pr) || cJSON_GetArraySize(pr) != 2 || !cJSON_IsString(x) || !cJSON_IsString(y)) {
                rc = eg_error_set(EG_EINVAL, "%s: each \"forbid\" entry must be a pair of names", name);
                goto done;
            }
            char *kx = keyof(x->valuestring), *ky = keyof(y->valuestring);
            eg_strbuf b = EG_STRBUF_INIT;
            if (kx && ky) {
                eg_strbuf_printf(&b, "%s\t%s", kx, ky);
                if (!b.oom && !eg_strmap_put(&a->forbid, b.ptr, b.len, 1, NULL)) b.oom = 1;
                b.len = 0;
                eg_strbuf_printf(&b, "%s\t%s", ky, kx);
                if (!b.oom && !eg_strmap_put(&a->forbid, b.ptr, b.len, 1, NULL)) b.oom = 1;
            }
            int bad = !kx || !ky || b.oom;
            free(kx);
            free(ky);
            eg_strbuf_free(&b);
            if (bad) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
        }
    }
    const cJSON *drop = cJSON_GetObjectItemCaseSensitive(root, "drop");
    if (drop) {
        if (!cJSON_IsArray(drop)) { rc = eg_error_set(EG_EINVAL, "%s: \"drop\" must be a list of names", name); goto done; }
        const cJSON *nm;
        cJSON_ArrayForEach(nm, drop) {
            if (!cJSON_IsString(nm)) { rc = eg_error_set(EG_EINVAL, "%s: names in \"drop\" must be strings", name); goto done; }
            if (put(&a->drop, nm->valuestring, 1)) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
        }
    }
    const cJSON *types = cJSON_GetObjectItemCaseSensitive(root, "types");
    if (types) {
        if (!cJSON_IsObject(types)) { rc = eg_error_set(EG_EINVAL, "%s: \"types\" must map names to PERSON, ORG or LOC", name); goto done; }
        for (const cJSON *t = types->child; t; t = t->next) {
            int ty = -1;
            if (cJSON_IsString(t))
                for (int k = 0; k < EG_NTYPES; k++)
                    if (!strcmp(t->valuestring, eg_etype_name((eg_etype)k))) ty = k;
            if (ty < 0) { rc = eg_error_set(EG_EINVAL, "%s: type of \"%s\" must be PERSON, ORG or LOC", name, t->string); goto done; }
            if (put(&a->types, t->string, ty)) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
        }
    }
done:
    cJSON_Delete(root);
    if (rc) { eg_aliases_free(a); return rc; }
    *out = a;
    return 0;
}

int eg_aliases_load(eg_aliases **out, const char *path)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) return eg_error_set(EG_EIO, "%s: cannot open: %s", path, strerror(errno));
    eg_strbuf b = EG_STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) eg_strbuf_put(&b, buf, n);
    int err = ferror(f);
    fclose(f);
    if (err) { eg_strbuf_free(&b); return eg_error_set(EG_EIO, "%s: read error", path); }
    if (b.oom) { eg_strbuf_free(&b); return eg_error_set(EG_ENOMEM, "%s: out of memory", path); }
    int rc = eg_aliases_parse(out, b.ptr ? b.ptr : "", b.len, path);
    eg_strbuf_free(&b);
    return rc;
}

int eg_aliases_group(const eg_aliases *a, const char *key)
{
    intptr_t *v = eg_strmap_get(&a->group, key, strlen(key));
    return v ? (int)*v : -1;
}

const char *eg_aliases_group_label(const eg_aliases *a, int group)
{
    return group >= 0 && (size_t)group < a->ngroups ? a->group_label[group] : NULL;
}

int eg_aliases_forbidden(const eg_aliases *a, const char *k1, const char *k2)
{
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%s\t%s", k1, k2);
    if (n < 0 || (size_t)n >= sizeof buf) return 0;
    return eg_strmap_get(&a->forbid, buf, (size_t)n) != NULL;
}

int eg_aliases_dropped(const eg_aliases *a, const char *key) { return eg_strmap_get(&a->drop, key, strlen(key)) != NULL; }

int eg_aliases_type(const eg_aliases *a, const char *key)
{
    intptr_t *v = eg_strmap_get(&a->types, key, strlen(key));
    return v ? (int)*v : -1;
}

void eg_corpus_set_aliases(eg_corpus *c, eg_aliases *a)
{
    eg_aliases_free(c->aliases);
    c->aliases = a;
}
