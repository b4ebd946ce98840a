/* jsonint.c — see jsonint.h. */
#include "jsonint.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

cJSON *eg_json_int(long long v)
{
    if (v <= -1000000000000000LL || v >= 1000000000000000LL) return cJSON_CreateNumber((double)v);
    char buf[24], *p = buf + sizeof buf;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    *--p = '\0';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    return cJSON_CreateRaw(p);
}

/* Add n under the literal key; n is deleted when it cannot be added. */
static cJSON *add(cJSON *obj, const char *key, cJSON *n)
{
    if (!n) return NULL;
    if (!cJSON_AddItemToObjectCS(obj, key, n)) {
        cJSON_Delete(n);
        return NULL;
    }
    return n;
}

cJSON *eg_json_add_int(cJSON *obj, const char *key, long long v) { return add(obj, key, eg_json_int(v)); }

cJSON *eg_json_add_ref(cJSON *obj, const char *key, const char *v)
{
    return add(obj, key, cJSON_CreateStringReference(v));
}

cJSON *eg_json_add_array(cJSON *obj, const char *key) { return add(obj, key, cJSON_CreateArray()); }

cJSON *eg_json_add_bool(cJSON *obj, const char *key, int v) { return add(obj, key, cJSON_CreateBool(v)); }

int eg_json_push(cJSON *array, cJSON *item)
{
    if (!item) return 0;
    if (!cJSON_AddItemToArray(array, item)) {
        cJSON_Delete(item);
        return 0;
    }
    return 1;
}

#define PRINT_ROOM 65536 /* spare bytes offered to cJSON: above every line but the longest */

int eg_json_print_to(eg_strbuf *b, const cJSON *item, int fmt)
{
    /* cJSON prints into the buffer's spare room when the text fits (it asks for a few
     * bytes more than it writes); otherwise into its own allocation, copied once. */
    if (eg_strbuf_reserve(b, PRINT_ROOM)) return -1;
    if (cJSON_PrintPreallocated((cJSON *)item, b->ptr + b->len, (int)(b->cap - b->len), fmt)) {
        b->len += strlen(b->ptr + b->len);
        return 0;
    }
    b->ptr[b->len] = '\0';
    char *s = fmt ? cJSON_Print(item) : cJSON_PrintUnformatted(item);
    if (!s) return -1;
    eg_strbuf_put(b, s, strlen(s));
    cJSON_free(s);
    return b->oom ? -1 : 0;
}

typedef struct json_chunk {
    struct json_chunk *next;
    size_t used, cap;
    max_align_t buf[];
} json_chunk;

#define JSON_CHUNK ((size_t)256 << 10)

static _Thread_local json_chunk *json_chunks; /* the thread's arena, newest chunk first */
static _Thread_local int json_arena_on;

static void *json_malloc(size_t n)
{
    if (!json_arena_on) return malloc(n);
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    json_chunk *c = json_chunks;
    while (c && c->cap - c->used < n) c = c->next; /* an emptied older chunk may have room */
    if (!c) {
        size_t cap = n > JSON_CHUNK ? n : JSON_CHUNK;
        if (!(c = malloc(sizeof *c + cap))) return NULL;
        c->used = 0;
        c->cap = cap;
        c->next = json_chunks;
        json_chunks = c;
    }
    void *p = (char *)c->buf + c->used;
    c->used += n;
    return p;
}

static void json_free(void *p)
{
    if (!p) return;
    for (const json_chunk *c = json_chunks; c; c = c->next)
        if ((const char *)p >= (const char *)c->buf && (const char *)p < (const char *)c->buf + c->cap) return;
    free(p);
}

void eg_json_arena_install(void)
{
    cJSON_Hooks h = {json_malloc, json_free};
    cJSON_InitHooks(&h);
}

void eg_json_arena(int on)
{
    json_arena_on = on;
    for (json_chunk *c = json_chunks, *next; c; c = next) {
        next = c->next;
        if (on) {
            c->used = 0;
        } else {
            free(c);
        }
    }
    if (!on) json_chunks = NULL;
}
