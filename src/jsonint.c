/* jsonint.c — see jsonint.h. */
#include "jsonint.h"

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

cJSON *eg_json_add_int(cJSON *obj, const char *key, long long v)
{
    cJSON *n = eg_json_int(v);
    if (!n) return NULL;
    if (!cJSON_AddItemToObject(obj, key, n)) {
        cJSON_Delete(n);
        return NULL;
    }
    return n;
}
