/* jsonint.c — see jsonint.h. */
#include "jsonint.h"

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

cJSON *eg_json_add_int(cJSON *obj, const char *key, long long v)
{
    cJSON *n = eg_json_int(v);
    if (!n) return NULL;
    return add(obj, key, n);
}

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
